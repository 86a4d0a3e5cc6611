"""Small pieces every human-facing renderer shares: headings, positions and score bars."""
from __future__ import annotations

import re

from ..findings import DIMENSION_LABELS, DIMENSIONS

KIND_LABELS = {"worry": "Worry statement", "goal": "Safety goal"}
# Round 39 (review39a A#2): severity said in words, the README's words ("error — must change before
# sharing; warning — should change; hint — worth a look"), the same in the HTML report, the plain text
# report and the web page (sos_lint/web/static/common.js SEVERITY).
SEVERITY_WORDS = {"error": "Must change", "warning": "Should change", "hint": "Worth a look"}


def unbracketed(suggestion: str) -> str:
    """A suggestion that is one bracketed question ("[what you saw or heard]") said without its
    brackets, which a screen reader reads out as "left bracket" (review39a A#12). One with words
    around its brackets ("If nothing changes, Kai could [what could happen]") is left as it is."""
    inner = suggestion.strip()
    if inner.startswith("[") and inner.endswith("]") and "[" not in inner[1:-1] and "]" not in inner[1:-1]:
        return inner[1:-1]
    return suggestion


def from_word(report) -> bool:
    """The statement was read out of a Word plan: its line numbers count lines of the draft sos-lint
    assembled from the plan, which mean nothing in Word, so places are said in Word's terms."""
    return str(report.source or "").lower().endswith(".docx")


def word_place(report) -> str:
    """Where a statement sits in a Word plan, in Word's terms: under the plan's heading, or, for a
    statement in a table under a bare label, the table and row ("in table 1, row 3 (“Safety goal”)")."""
    where = report.source or "statement"
    title = report.title or KIND_LABELS[report.kind]
    label, found, place = title.partition(" – in table ")
    if found:
        return f"{where}, in table {place} (“{label}”)"
    return f"{where}, under “{title}”"


def heading(report) -> str:
    where = report.source or "statement"
    title = report.title or KIND_LABELS[report.kind]
    if from_word(report):
        return word_place(report)
    return f"{where}:{report.line}  {title}"


def position(report, offset: int) -> str:
    """line:column of a character offset in the statement, counted in the source file; for a Word
    plan, "paragraph N, character M" counted from the heading the statement sits under."""
    before = report.text[:offset]
    if from_word(report):
        # Round 40 (review40w W#9): Word shows no character numbers: the words found there, to
        # search for in Word, and which paragraph of the statement (blank lines are a list's).
        return f"paragraph {_paragraph_number(before)}, at \u201c{words_at(report.text, offset)}\u201d"
    return line_position(report, offset)


def _paragraph_number(before: str) -> int:
    """The paragraph of the statement an offset is in: each line is one of the plan's paragraphs."""
    return sum(1 for line in before.split("\n")[:-1] if line.strip()) + 1


def words_at(text: str, offset: int, count: int = 4) -> str:
    """The first `count` words of `text` from `offset`, on its line: enough to find them with
    Word's Find, with "…" when the line goes on."""
    line_end = text.find("\n", offset)
    rest = text[offset: line_end if line_end >= 0 else len(text)].split()
    return " ".join(rest[:count]) + ("\u2026" if len(rest) > count else "")


def line_position(report, offset: int) -> str:
    """line:column of a character offset in the statement, counted in the draft's text."""
    before = report.text[:offset]
    line = report.line + before.count("\n")
    column = offset - (before.rfind("\n") + 1) + 1
    return f"{line}:{column}"


def bar(score: float, width: int = 10) -> str:
    full = int(round(score / 10 * width))
    return "█" * full + "░" * (width - full)


def dimension_rows(report):
    for dimension in DIMENSIONS:
        yield DIMENSION_LABELS[dimension], report.scores[dimension]


def not_selected_note(report) -> str:
    """Round 31: said beside a score when --select/--ignore (or the configuration) hid findings, so a
    narrowed run never looks better than the statement is: the score counts every rule."""
    hidden = len(getattr(report, "not_selected", ()) or ())
    if not hidden:
        return ""
    return (f"The score counts every rule: {hidden} more finding{'s are' if hidden != 1 else ' is'} "
            f"not shown here because of --select/--ignore.")


def not_run_note(report) -> str:
    """Round 36: said beside a score when a check failed on the statement and was left out
    (engine._guarded), so a report never looks complete when it is not."""
    codes = list(getattr(report, "checks_not_run", ()) or ())
    if not codes:
        return ""
    named = ", ".join("the learned word check" if c == "learned" else c for c in codes)
    return (f"Not every check could be run on this statement ({named}): sos_lint has a fault here, not your "
            "text. The other checks are shown; please tell whoever looks after sos_lint.")


def report_notes(report) -> list[str]:
    """The notes said beside a statement's score: findings left out by --select/--ignore, checks not run."""
    return [note for note in (not_selected_note(report), not_run_note(report)) if note]


def summary_line(reports: list, errors: list[str]) -> str:
    findings = sum(len(r.findings) for r in reports)
    hidden = sum(len(getattr(r, "not_selected", ()) or ()) for r in reports)
    parts = [f"{len(reports)} statement{'s' if len(reports) != 1 else ''} checked",
             f"{findings} finding{'s' if findings != 1 else ''}"]
    if hidden:
        parts[-1] += f" shown ({hidden} more left out by --select/--ignore; the scores count them)"
    if errors:
        parts.append(f"{len(errors)} input{'s' if len(errors) != 1 else ''} could not be read")
    return ", ".join(parts) + "."


def printable(text: str) -> str:
    """Text safe to show in a terminal: line ends as "\\n", and control characters (an escape
    sequence could recolour or clear the screen) and bidirectional overrides (they can make words
    read in a different order) shown as visible escapes such as \\x1b or \\u202e."""
    from ..readers import shown

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(shown(line).replace("\\x09", "\t") for line in text.split("\n"))


def markdown_safe(text: str) -> str:
    """A name or phrase for one line of Markdown: HTML escaped, line breaks and table bars kept out."""
    from html import escape

    flat = printable(text).replace("\n", " ")
    return escape(flat, quote=False).replace("|", "\\|")


_SEVERITY_RANK = {"error": 0, "warning": 1, "hint": 2}
# A message that opens by quoting the words it is about ("\"attend\" is about going to services…"):
# two such findings with the rest the same are one fault said of several words.
_LEADING_QUOTE = re.compile(r'^"[^"]*"')
# Findings that sum up the others (the parts missing, counted): said after the faults they sum up.
_TALLIES = {"SOS519"}


def grouped_findings(report) -> list[tuple[object, list]]:
    """Round 34 (review34 P#10): the report's findings as the text and Markdown reports show them,
    most useful first. Findings with the same code, message and suggestion ("Mother" three times)
    (or the same message about other quoted words: SOS511 on "engage with" and on "comply with") are
    one line with several places: (the first finding, every finding of the group, in order).
    Errors come before warnings and hints; within a severity, in the order of the text, with the
    tally of missing parts (SOS519) after the faults it sums up. Only the shown order changes: the
    JSON report keeps one finding per place, in the order of the text, as before."""
    groups: dict = {}
    for finding in sorted(report.findings, key=lambda f: (f.start, f.end)):
        key = (finding.code, _LEADING_QUOTE.sub('""', finding.message, count=1), finding.suggestion, finding.severity)
        groups.setdefault(key, []).append(finding)
    ordered = sorted(groups.values(), key=lambda group: (
        _SEVERITY_RANK.get(group[0].severity, 3), group[0].code in _TALLIES, group[0].start, group[0].code))
    return [(group[0], group) for group in ordered]


def places(report, group: list) -> str:
    """"2:1" for one finding, "2:1, 3:14, 4:2 (3 times)" for a group said once."""
    shown = ", ".join(position(report, f.start) for f in group)
    return shown if len(group) == 1 else f"{shown} ({len(group)} times)"


def also_said_of(group: list) -> str:
    """The other words a grouped message is about, when they differ from the first's: "Also:
    \"attend all antenatal appointments\", \"comply with\"." ("" when every one quotes the same words)."""
    first = _LEADING_QUOTE.match(group[0].message)
    if first is None:
        return ""
    others = []
    for finding in group[1:]:
        quoted = _LEADING_QUOTE.match(finding.message)
        if quoted and quoted.group(0) != first.group(0) and quoted.group(0) not in others:
            others.append(quoted.group(0))
    return f"Also: {', '.join(others)}." if others else ""
