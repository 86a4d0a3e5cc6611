"""Terminal renderer: the statement with flagged words highlighted, score bars, then each finding.
`render_plain` is the same report for a screen reader (`--format plain`): words only, no bars,
places as "Line 2", severity in words, the rule's code at the end."""
from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from .common import (KIND_LABELS, SEVERITY_WORDS, also_said_of, bar, dimension_rows, from_word, grouped_findings, heading,
                     report_notes, places, printable, summary_line, unbracketed, word_place)

_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "hint": "cyan"}


def _marks(report) -> list[tuple[int, int, str]]:
    """Flagged spans, first come first kept (whole-statement findings are not underlined)."""
    marks, cursor = [], 0
    for f in sorted(report.findings, key=lambda f: (f.start, f.end)):
        if 0 < f.end - f.start < len(report.text) and f.start >= cursor:
            marks.append((f.start, f.end, f.severity))
            cursor = f.end
    return marks


def _statement(report) -> Text:
    """The statement with flagged words underlined; each piece escaped on its own so the marks stay put.
    Round 39 (review39a A#4): in colour too, the flagged words are wrapped in «…», so a reader who
    cannot see the colour (a screen reader reads a terminal's text, not its colours) still meets them."""
    text, cursor = Text(), 0
    for start, end, severity in _marks(report):
        text.append(printable(report.text[cursor:start]))
        text.append("«" + printable(report.text[start:end]) + "»", style="underline " + _SEVERITY_STYLE[severity])
        cursor = end
    text.append(printable(report.text[cursor:]))
    return text


def _plain_statement(report) -> str:
    """Without colour, flagged words are wrapped in «…» so the reader still sees them."""
    out, cursor = [], 0
    for start, end, _ in _marks(report):
        out += [printable(report.text[cursor:start]), "«", printable(report.text[start:end]), "»"]
        cursor = end
    out.append(printable(report.text[cursor:]))
    return "".join(out)


def render(reports: list, errors: list[str], *, color: bool = False, width: int = 100) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=color, no_color=not color,
                      highlight=False, emoji=False, color_system="standard" if color else None)
    for report in reports:
        console.print(Text(printable(f"{heading(report)}  ({report.kind}, score {report.score:.1f}/10)"), style="bold"))
        console.print(_statement(report) if color else Text(_plain_statement(report)))
        console.print()
        for label, score in dimension_rows(report):
            console.print(f"  {label:<20} {bar(score)} {score:4.1f}")
        missing = [c for c in report.components if not c.present]
        if report.components:
            present = [c.label for c in report.components if c.present]
            console.print(f"  Has: {', '.join(present) or 'none of the parts yet'}")
            if missing:
                console.print(f"  Missing: {', '.join(c.label for c in missing)}")
        for strength in report.strengths:
            console.print(Text(printable(f"  Strength: {strength}"), style="green"))
        for note in report_notes(report):
            console.print(f"  {note}")
        if report.findings:
            console.print()
        for finding, group in grouped_findings(report):  # round 34: repeats said once, errors first
            line = Text("  ")
            line.append(f"{places(report, group)}  ")
            line.append(f"{finding.code} {finding.name}", style=_SEVERITY_STYLE[finding.severity])
            line.append(printable(f" ({finding.severity})  {finding.message}"))
            console.print(line)
            if also_said_of(group):
                console.print(Text(printable(f"      {also_said_of(group)}")))
            if finding.suggestion and finding.suggestion not in finding.message:
                console.print(Text(printable(f"      → {finding.suggestion}"), style="green"))
        console.print()
    # Each input that could not be read was said once, on standard error, as it was met
    # (commands/common.py); the summary below counts them.
    console.print(summary_line(reports, errors))
    return buffer.getvalue()


# -- plain: the text report read aloud ------------------------------------------------------------

def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?…\"”" else text + "."


def _line_of(report, offset: int) -> int:
    return report.line + report.text[:offset].count("\n")


def _where(report, group: list) -> str:
    """"Line 2", "Lines 2 and 4" (a Word plan: "Paragraph 1"), said once for a group."""
    if from_word(report):
        numbers = sorted({report.text[:f.start].count("\n") + 1 for f in group})
        word = "Paragraph"
    else:
        numbers = sorted({_line_of(report, f.start) for f in group})
        word = "Line"
    if len(numbers) == 1:
        return f"{word} {numbers[0]}"
    return f"{word}s {', '.join(map(str, numbers[:-1]))} and {numbers[-1]}"


def _words_of(report, group: list) -> str:
    """The flagged words, quoted, once each; "" for findings about the whole statement."""
    said: list[str] = []
    for f in group:
        words = " ".join(report.text[f.start:f.end].split())
        if not words or f.end - f.start >= len(report.text.strip()):
            continue
        if len(words) > 60:
            words = words[:60].rsplit(" ", 1)[0] + " …"
        if words not in said:
            said.append(words)
    return ", ".join(f"“{w}”" for w in said)


def render_plain(reports: list, errors: list[str], *, color: bool = False) -> str:
    """Round 39 (review39a A#4): the text report for a screen reader or a braille display. The
    statement as written (no «» marks: each finding quotes its words), each score as "Plain words:
    1.5 out of 10" (no bar of block characters), each finding as "Line 2: “engage with services”.
    Must change: … Try: … (SOS511)", errors first, with the code at the end for --ignore. No arrows,
    no colour (`color` is accepted and ignored), and nothing but words and ordinary punctuation."""
    out: list[str] = []
    for report in reports:
        title = report.title or KIND_LABELS[report.kind]
        if from_word(report):
            where = f", from {word_place(report)}"
        else:
            where = f", from {report.source}, line {report.line}" if report.source else ""
        out.append(printable(f"{title}{where}. Score: {report.score:.1f} out of 10."))
        out.append(printable(report.text.strip()))
        out.append("")
        out.append("Scores: " + " ".join(f"{label}: {score:.1f} out of 10." for label, score in dimension_rows(report)))
        if report.components:
            present = [c.label for c in report.components if c.present]
            missing = [c.label for c in report.components if not c.present]
            out.append(printable(f"Has: {', '.join(present) or 'none of the parts yet'}."))
            if missing:
                out.append(printable(f"Missing: {', '.join(missing)}."))
        out += [printable(f"Strength: {_sentence(s)}") for s in report.strengths]
        out += [printable(note) for note in report_notes(report)]
        grouped = grouped_findings(report)
        for severity in ("error", "warning", "hint"):
            mine = [(f, g) for f, g in grouped if f.severity == severity]
            if not mine:
                continue
            out.append("")
            out.append(f"{SEVERITY_WORDS[severity]}: {len(mine)} {'thing' if len(mine) == 1 else 'things'}.")
            for finding, group in mine:
                # A message that opens by quoting its words ("\"neglect\" is a label …") is not preceded by them again.
                words = "" if finding.message.startswith('"') else _words_of(report, group)
                line = f"{_where(report, group)}: {words + '. ' if words else ''}{_sentence(finding.message)}"
                if also_said_of(group) and finding.message.startswith('"'):
                    line += f" {also_said_of(group)}"
                if finding.suggestion and finding.suggestion not in finding.message:
                    line += f" Try: {_sentence(unbracketed(finding.suggestion))}"
                out.append(printable(f"{line} ({finding.code})"))
        out.append("")
    out.append(summary_line(reports, errors))
    return "\n".join(out) + "\n"
