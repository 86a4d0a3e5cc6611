"""Writes a reviewed copy of a Word plan: a comment on each flagged span and on each statement's
heading, and (with fixes) the safe word-level fixes written into the copy with a comment at each.

The user's original file is never written: the copy goes to a new path, atomically. Runs are split
only where a comment or a fix must start or end, so every other run keeps its formatting.
"""
from __future__ import annotations

import copy
import os
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
    missing = [c.label for c in report.components if not c.present]
    if missing:
        lines.append("Not there yet: " + "; ".join(f"{m}?" if not m.endswith("?") else m for m in missing))
    whole = [f for f in report.findings if f.end <= f.start or (f.start == 0 and f.end >= len(report.text))]
    lines += [f"{f.message}{_try(f)} ({f.code})" for f in whole]
    return "\n".join(lines)


def _word_level(finding, report) -> bool:
    return finding.end > finding.start and not (finding.start == 0 and finding.end >= len(report.text))


def annotate(draft: WordDraft, reports, edits=()) -> int:
    """Add the comments (and apply `edits`: objects with start, end, original, replacement, reason,
    offsets in draft.text) to draft.document in memory. Returns the number of comments added."""
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
            continue  # an edit across two paragraphs is left as advice
        paragraph, start, end = span
        runs = runs_between(paragraph, start, end)
        if not runs or "".join(r.text for r in runs) != edit.original:
            continue
        if tracking:
            if not _write_tracked(runs, edit.replacement, revision):
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
        for finding in report.findings:
            start, end = report.offset + finding.start, report.offset + finding.end
            if not _word_level(finding, report) or any(s < end and start < e for s, e in changed):
                continue  # a span that was just fixed has its own comment
            span = _span(draft, report.offset + finding.start, report.offset + finding.end)
            if span is None:
                continue
            paragraph, start, end = span
            runs = runs_between(paragraph, shifted(paragraph, start), shifted(paragraph, end))
            if runs:
                document.add_comment(runs, text=_finding_comment(finding), author=AUTHOR, initials=INITIALS)
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
    added = annotate(draft, reports, edits)
    if notes is not None:
        if draft.tracked:
            notes.append(f"its {draft.tracked} tracked change(s) were checked as accepted "
                         "(insertions in, deletions out)")
        if edits:
            notes.append("the fixes are tracked changes by sos-lint, to accept or reject in Word's Review pane"
                         if track_changes_on(draft.document) else
                         "the fixes are written untracked (Track Changes is off in this plan), each with a comment")
    save_copy(draft.document, target)
    return target, added
