"""Writes a reviewed copy of a Word plan: a comment on each flagged span and on each statement's
heading, and (with fixes) the safe word-level fixes written into the copy with a comment at each.

The user's original file is never written: the copy goes to a new path, atomically. Runs are split
only where a comment or a fix must start or end, so every other run keeps its formatting.
"""
from __future__ import annotations

import copy
import os
import re
from pathlib import Path

from .reader import WordDraft, text_runs

AUTHOR, INITIALS = "sos-lint", "SL"
# Only plain text runs are split; a run holding a picture, a field or a footnote mark is kept whole.
_SPLITTABLE = {"rPr", "t", "tab", "br", "cr", "noBreakHyphen", "softHyphen", "lastRenderedPageBreak"}


def reviewed_path(source: Path) -> Path:
    """plan.docx -> plan.reviewed.docx beside it."""
    return source.with_name(f"{source.stem}.reviewed{source.suffix}")


def free_reviewed_path(source: Path) -> Path:
    """plan.reviewed.docx, or when that is already there (a copy the user may have gone on working
    on in Word), the first free plan.reviewed-2.docx, -3, …: a reviewed copy is never written over
    (round 35, W#10: running --fix again silently replaced the user's edited copy)."""
    first = reviewed_path(source)
    if not os.path.lexists(first):
        return first
    number = 2
    while os.path.lexists(candidate := source.with_name(f"{source.stem}.reviewed-{number}{source.suffix}")):
        number += 1
    return candidate


def _plain(run) -> bool:
    return all(child.tag.rsplit("}", 1)[-1] in _SPLITTABLE for child in run._r)


def _split_at(paragraph, offset: int) -> None:
    from docx.text.run import Run

    pos = 0
    for run in text_runs(paragraph):
        text = run.text
        if pos < offset < pos + len(text) and _plain(run):
            twin = copy.deepcopy(run._r)
            run._r.addnext(twin)
            run.text = text[: offset - pos]
            Run(twin, run._parent).text = text[offset - pos:]
            return
        pos += len(text)


def runs_between(paragraph, start: int, end: int) -> list:
    """The runs that cover [start, end) of the paragraph's run text, split at both ends."""
    _split_at(paragraph, start)
    _split_at(paragraph, end)
    covered, pos = [], 0
    for run in text_runs(paragraph):
        length = len(run.text)
        if length and pos < end and pos + length > start:
            covered.append(run)
        pos += length
    return covered


def _span(draft: WordDraft, start: int, end: int):
    """(paragraph, start, end) in paragraph run text, clipped to the paragraph the span starts in."""
    found = draft.locate(start)
    if found is None:
        return None
    segment, para_start = found
    para_end = para_start + min(end, segment.end) - start
    return segment.paragraph, para_start, max(para_end, para_start + 1)


def _span_runs(draft: WordDraft, start: int, end: int, shifted):
    """The runs a comment on [start, end) of the draft is anchored on: in one paragraph, or, when
    the words run on into the next paragraphs of the same statement (list items, round 40,
    review40w W#11), from the first paragraph's words to the last's, so the comment covers the words
    it is about and not only the first line. Spans across table cells are kept to their first cell."""
    span = _span(draft, start, end)
    if span is None:
        return []
    paragraph, p_start, p_end = span
    last = draft.locate(max(start, end - 1))
    if last is None or last[0].paragraph is paragraph or last[0].paragraph._p.getparent() is not paragraph._p.getparent():
        return runs_between(paragraph, shifted(paragraph, p_start), shifted(paragraph, p_end))
    end_paragraph, end_offset = last[0].paragraph, last[1] + 1
    head = runs_between(paragraph, shifted(paragraph, p_start), len("".join(r.text for r in text_runs(paragraph))))
    tail = runs_between(end_paragraph, 0, shifted(end_paragraph, end_offset))
    return head[:1] + tail[-1:] if head and tail else head or tail


# Round 40 (review40w W#9): comments on the same words are one comment. A finding about a whole
# sentence (its length) keeps its own comment; so does any finding over more than this many words.
_WIDE_CODES = {"SOS201"}
_WIDE_WORDS = 12


def _wide(finding, report) -> bool:
    return finding.code in _WIDE_CODES or len(report.text[finding.start:finding.end].split()) > _WIDE_WORDS


_SWAP_ADVICE = re.compile(r'(?:Write|Try) "[^"]+"(?: instead)?\.')


def _swap_hint(finding) -> bool:
    """A plain-word swap ("attend" -> "go to"): a plain-words rule that offers other words, as a fix
    or in its message ("Write "go to" instead."; the fix may be held back where it does not fit)."""
    return finding.code.startswith("SOS1") and (finding.fix is not None or bool(_SWAP_ADVICE.search(finding.message)))


def merged_findings(report) -> list[tuple[int, int, list]]:
    """The word-level findings of a report as the comments that carry them: (start, end, findings),
    one comment per span. Findings on the same words, or on words that overlap (not a finding about
    a whole sentence), are one comment over all their words, the advice in order: errors first,
    then warnings, then hints, and the advice on the wider words before the advice on a word inside
    them. A plain-word swap is left out where an error or a warning on the same or covering words
    asks for them to be rewritten, so one comment never says "write go to" and "the going is not
    the change" about the same word."""
    found = sorted((f for f in report.findings if _word_level(f, report)), key=lambda f: (f.start, -f.end))
    groups: list[list] = []
    for finding in found:
        for group in groups:
            if any(g.start < finding.end and finding.start < g.end and
                   ((g.start, g.end) == (finding.start, finding.end) or not (_wide(g, report) or _wide(finding, report)))
                   for g in group):
                group.append(finding)
                break
        else:
            groups.append([finding])
    out = []
    for group in groups:
        kept = [f for f in group if not (_swap_hint(f) and any(
            o is not f and o.severity in ("error", "warning") and not _swap_hint(o)
            and o.start <= f.start and f.end <= o.end for o in group))]
        kept.sort(key=lambda f: (_RANK.get(f.severity, 3), -(f.end - f.start), f.start))
        out.append((min(f.start for f in group), max(f.end for f in group), kept))
    return sorted(out, key=lambda item: item[0])


_RANK = {"error": 0, "warning": 1, "hint": 2}


def merged_comment(findings) -> str:
    """One comment's text for the findings on one span: each piece of advice once, on its own line."""
    lines = []
    for finding in findings:
        line = _finding_comment(finding)
        if line not in lines:
            lines.append(line)
    return "\n".join(lines)


def _finding_comment(finding) -> str:
    """What a manager would write in the margin: the message first, "Try: …" only when it adds
    something the message does not already say, and the rule's code last, for `sos-lint explain`
    (round 31: comments began with "SOS302 vague-word" and said the advice twice)."""
    return f"{finding.message}{_try(finding)} ({finding.code})"


def _try(finding) -> str:
    suggestion = (finding.suggestion or "").strip()
    if not suggestion or suggestion.rstrip(".").lower() in finding.message.lower():
        return ""
    return f" Try: {suggestion}"


def _bar_words(score: float) -> str:
    return "strong" if score >= 8 else "fair" if score >= 5 else "needs work"


def statement_comment(report) -> str:
    """The whole-statement comment: score, each dimension in words, the missing parts as questions."""
    from ..findings import DIMENSION_LABELS

    kind = "Worry statement" if report.kind == "worry" else "Goal"
    lines = [f"sos-lint: {kind}, score {report.score:.1f} out of 10."]
    lines += [f"{DIMENSION_LABELS[d]}: {s:.1f} ({_bar_words(s)})" for d, s in report.scores.items()]
    missing = [c for c in report.components if not c.present]
    if missing:
        # Round 40 (review40w W#9): the parts not yet written, as plain questions, one a line
        # ("Not there yet: What it means for the child?; …" read as labels with question marks).
        lines.append("Questions this does not answer yet:")
        lines += [f"- {part_question(c)}" for c in missing]
    whole = [f for f in report.findings if f.end <= f.start or (f.start == 0 and f.end >= len(report.text))]
    lines += [f"{f.message}{_try(f)} ({f.code})" for f in whole]
    return "\n".join(lines)


# Each part of a statement (sos_lint.report.Component.name) as the question the writer answers.
PART_QUESTIONS = {
    "who": "Who is worried?",
    "behaviour": "What did the adults do?",
    "context": "When or where did it happen?",
    "impact": "What does it mean for the child: what did they see, hear or feel?",
    "future": "What could happen if nothing changes?",
    "addressed": "Is it written to the family, as \u201cyou\u201d?",
    "action": "What will the adults do?",
    "network": "Who will help?",
    "others_know": "How will others know that it is happening?",
    "timescale": "For how long?",
    "experience": "What will the child see, hear or feel when it is working?",
    "if_not": "What will happen if it does not happen?",
}


def part_question(component) -> str:
    """A missing part as a plain question; a part with no question here keeps its label."""
    question = PART_QUESTIONS.get(component.name)
    if question and "baby" in component.label.lower():
        question = {"impact": "What does it mean for the baby?",
                    "experience": "What will the baby have when it is working?"}.get(component.name, question)
    return question or component.label.rstrip("?") + "?"


def _word_level(finding, report) -> bool:
    return finding.end > finding.start and not (finding.start == 0 and finding.end >= len(report.text))


def annotate(draft: WordDraft, reports, edits=(), skipped: list | None = None) -> int:
    """Add the comments (and apply `edits`: objects with start, end, original, replacement, reason,
    offsets in draft.text) to draft.document in memory. Returns the number of comments added.
    `skipped`, when given, gets each edit that was not written, with why ("tracked": inside someone
    else's tracked change; "paragraphs": across two paragraphs; "moved": its words are not there)."""
    document, added = draft.document, 0
    # With Track Changes on, the swaps are written as tracked changes by "sos-lint", to accept or
    # reject one by one in Word's Review pane (round 35, W#3).
    tracking = track_changes_on(document)
    revision = _next_id(document)
    # Edits first, right to left inside each paragraph, so the offsets of the rest stay true.
    placed = []
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        span = _span(draft, edit.start, edit.end)
        if span is None or draft.locate(edit.end) is None or draft.locate(edit.end)[0].paragraph is not span[0]:
            if skipped is not None:
                skipped.append((edit, "paragraphs"))
            continue  # an edit across two paragraphs is left as advice
        paragraph, start, end = span
        runs = runs_between(paragraph, start, end)
        if not runs or "".join(r.text for r in runs) != edit.original:
            if skipped is not None:
                skipped.append((edit, "moved"))
            continue
        if tracking:
            if not _write_tracked(runs, edit.replacement, revision):
                if skipped is not None:
                    skipped.append((edit, "tracked"))
                continue  # inside someone's tracked change: left as advice, never written untracked
            revision += 2
        else:
            runs[0].text = edit.replacement
            for run in runs[1:]:
                run.text = ""
        placed.append((paragraph, start, start + len(edit.replacement), edit))
    delta_by_paragraph: dict[int, list] = {}
    for paragraph, start, end, edit in placed:
        delta_by_paragraph.setdefault(id(paragraph), []).append((start, len(edit.replacement) - len(edit.original)))

    def shifted(paragraph, offset: int) -> int:
        return offset + sum(d for s, d in delta_by_paragraph.get(id(paragraph), []) if s < offset)

    for paragraph, start, end, edit in placed:
        start = shifted(paragraph, start)
        runs = runs_between(paragraph, start, start + len(edit.replacement)) or text_runs(paragraph)[:1]
        document.add_comment(runs, text=f"sos-lint changed \u201c{edit.original}\u201d to \u201c{edit.replacement}\u201d: "
                                        f"{edit.reason}", author=AUTHOR, initials=INITIALS)
        added += 1
    changed = [(e.start, e.end) for _, _, _, e in placed]
    for report in reports:
        statement = draft.statement_at(report.offset)
        for first, last, findings in merged_findings(report):
            # a span that was just fixed has its own comment
            findings = [f for f in findings if not any(s < report.offset + f.end and report.offset + f.start < e
                                                       for s, e in changed)]
            if not findings:
                continue
            first, last = min(f.start for f in findings), max(f.end for f in findings)
            runs = _span_runs(draft, report.offset + first, report.offset + last, shifted)
            if runs:
                document.add_comment(runs, text=merged_comment(findings), author=AUTHOR, initials=INITIALS)
                added += 1
        anchor = statement.anchor if statement is not None else None
        anchor_runs = [r for r in text_runs(anchor) if r.text] if anchor is not None else []
        if anchor_runs:
            document.add_comment(anchor_runs, text=statement_comment(report), author=AUTHOR, initials=INITIALS)
            added += 1
    if reports:
        for paragraph, heading in getattr(draft, "repeated", ()):
            runs = [r for r in text_runs(paragraph) if r.text][:1]
            if runs:  # say so once, on the copy, rather than repeat every comment (round 35, W#1)
                document.add_comment(runs, text=f"sos-lint: the same words as \u201c{heading}\u201d, "
                                                "checked there.", author=AUTHOR, initials=INITIALS)
                added += 1
    return added


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def track_changes_on(document) -> bool:
    """True when the document has Track Changes switched on (w:trackRevisions in its settings)."""
    setting = document.settings.element.find(f"{_W}trackRevisions")
    if setting is None:
        return False
    value = setting.get(f"{_W}val", "true").lower()
    return value not in ("false", "0", "off")


def _next_id(document) -> int:
    """A w:id above every id the document's body uses, for new tracked changes."""
    ids = [int(v) for e in document.element.body.iter() if (v := e.get(f"{_W}id", "")).isdigit()]
    return max(ids, default=0) + 1000


def _write_tracked(runs, replacement: str, revision: int) -> bool:
    """Mark `runs` deleted and put `replacement` after them as a tracked insertion, by sos-lint;
    the new run has the first old run's formatting. False (nothing written) when a run is not a
    plain run of the paragraph or a hyperlink (a run inside a tracked change or a field)."""
    import datetime

    from docx.oxml.ns import qn
    from lxml import etree

    if not all(_plain(r) and r._r.getparent().tag in (f"{_W}p", f"{_W}hyperlink") for r in runs):
        return False
    if len({id(r._r.getparent()) for r in runs}) != 1:
        return False
    when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    attributes = {qn("w:author"): AUTHOR, qn("w:date"): when}
    inserted = copy.deepcopy(runs[0]._r)
    for child in list(inserted):
        if child.tag != qn("w:rPr"):
            inserted.remove(child)
    text = etree.SubElement(inserted, qn("w:t"))
    text.text = replacement
    text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    insertion = etree.Element(qn("w:ins"), {qn("w:id"): str(revision + 1), **attributes})
    insertion.append(inserted)
    deletion = etree.Element(qn("w:del"), {qn("w:id"): str(revision), **attributes})
    runs[0]._r.addprevious(deletion)
    for run in runs:
        for child in run._r:
            if child.tag == qn("w:t"):
                child.tag = qn("w:delText")
                child.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        deletion.append(run._r)
    deletion.addnext(insertion)
    return True


def save_copy(document, target: Path) -> None:
    """Save atomically (sos_lint.writeback), so a failed save never leaves half a file."""
    import io

    from ..writeback import write_bytes

    buffer = io.BytesIO()
    document.save(buffer)
    write_bytes(target, buffer.getvalue())


def write_reviewed(source: str | Path, reports, edits=(), target: Path | None = None,
                   notes: list | None = None) -> tuple[Path, int]:
    """Read the plan again, add the comments and edits, and save the copy (never over the source).
    Returns the copy's path and the number of comments; `notes`, when given, gets what the user
    should be told about how the copy was written (tracked changes read as accepted, swaps tracked)."""
    from .reader import read_word

    source = Path(source)
    target = Path(target) if target is not None else free_reviewed_path(source)
    if target.exists() and os.path.samefile(target, source):
        raise ValueError("the reviewed copy would overwrite the original")
    draft = read_word(source)
    skipped: list = []
    added = annotate(draft, reports, edits, skipped)
    if notes is not None:
        # Round 40 (review40w W#14): a swap the copy could not write is said, with its real reason
        # (it was counted as written, and the list of changes not written said nothing of it).
        for edit, why in skipped:
            where = {"tracked": "it is inside a tracked change someone else made; accept or reject that change "
                                "first, then change it yourself",
                     "paragraphs": "it runs across two paragraphs",
                     "moved": "its words in the plan are not where sos-lint read them"}[why]
            notes.append(f"\u00ab{edit.original}\u00bb -> \"{edit.replacement}\" was not written: {where}")
        if draft.tracked:
            notes.append(f"its {draft.tracked} tracked change(s) were checked as accepted "
                         "(insertions in, deletions out)")
        if edits:
            notes.append("the fixes are tracked changes by sos-lint, to accept or reject in Word's Review pane"
                         if track_changes_on(draft.document) else
                         "the fixes are written untracked (Track Changes is off in this plan), each with a comment")
    save_copy(draft.document, target)
    return target, added
