"""Markdown and JSON renderers for a group comparison: for supervision notes and for other tools."""
from __future__ import annotations

import json

from ..findings import DIMENSION_LABELS, DIMENSIONS
from .common import KIND_LABELS, markdown_safe
from .compare_common import authors_line, combined_note, redaction_line
from ..compare import CHILD_WORDS_MARK, FAMILY_LEFT_HEAD, FAMILY_WORDS_NOTE, child_words_note, same_lines


def _cell(text: str) -> str:
    """Names and draft words: one line, HTML escaped (markdown_safe), except that a bare "&" stays as
    written ("A&E", not "A&amp;E", in the file a chair reads; round 35, C#10): only an "&" that would
    read as an entity ("&lt;") is escaped, so no tag or entity can come from a draft."""
    import re

    return re.sub(r"&amp;(?!(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);)", "&", markdown_safe(text))


def render(comparison, *, color: bool = False) -> str:
    out = ["# Group comparison", "", _cell(authors_line(comparison)), ""]
    if comparison.redacted is not None:
        out += [redaction_line(comparison.redacted), ""]
    for kind in comparison.kinds:
        title = kind.title or KIND_LABELS[kind.kind] + "s"
        out += [f"## {_cell(title)}", "", "### Ranking and scores (0-10)", ""]
        out += ["| # | Draft | Overall | " + " | ".join(DIMENSION_LABELS[d] for d in DIMENSIONS) + " |",
                "|---:|---|---:|" + "---:|" * len(DIMENSIONS)]
        for rank, draft in enumerate(kind.ranked, 1):
            scores = " | ".join(f"{draft.report.scores[d]:.1f}" for d in DIMENSIONS)
            out.append(f"| {rank} | {_cell(draft.author)} | **{draft.report.score:.1f}** | {scores} |")
        out.append("")
        out += [f"*{_cell(line)}*" for line in same_lines(kind)] + ([""] if kind.same else [])
        if kind.components:
            out += ["### Parts of the statement", "", "| Part | Drafts that have it | Best wording |", "|---|---|---|"]
            first_with: dict = {}
            for row in kind.components:
                best = f"{_cell(row.best.text)} *({_cell(row.best.author)})*" if row.best else ""
                if row.best and row.best.child_words:
                    best += f" **({CHILD_WORDS_MARK})**"
                if best and best in first_with:  # round 33: a long sentence once, then referred to
                    best = f"*The same sentence as for \"{first_with[best]}\".*"
                elif best:
                    first_with[best] = row.label
                out.append(f"| {row.label} | {_cell(', '.join(row.authors)) or '**no draft**'} | {best} |")
            out.append("")
        if kind.shared_jargon:
            out += ["### Jargon several drafts share", ""]
            for term in kind.shared_jargon:
                tip = f" Try: {_cell(term.suggestion)}" if term.suggestion else ""
                out.append(f"- \"{_cell(term.words)}\" in {_cell(', '.join(term.authors))}.{tip}")
            out.append("")
        out += ["### Suggested combined draft", "", f"*{combined_note(kind)}*", ""]
        out += [f"{i}. {_cell(s.text)} **[{_cell(s.author)}]**" + (f" **({CHILD_WORDS_MARK})**" if s.child_words else "")
                for i, s in enumerate(kind.combined, 1)]
        if kind.family_left:
            out += ["", f"*{FAMILY_LEFT_HEAD}:*", ""]
            out += [f"- {_cell(w.text)} *({_cell(w.author)})*" for w in kind.family_left]
            out += ["", f"> **Warning:** {_cell(FAMILY_WORDS_NOTE)}"]
        if child_words_note(kind):
            out += ["", f"> **Warning:** {_cell(child_words_note(kind))}"]
        if kind.missing:
            out += ["", f"**No draft has:** {', '.join(kind.missing)}."]
        out.append("")
    out += [f"- error: {_cell(error)}" for error in comparison.errors]
    return "\n".join(out).rstrip("\n") + "\n"


def render_json(comparison, *, color: bool = False) -> str:
    return json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2) + "\n"
