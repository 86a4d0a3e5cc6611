"""Terminal renderer: the statement with flagged words highlighted, score bars, then each finding."""
from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from .common import also_said_of, bar, dimension_rows, grouped_findings, heading, report_notes, places, printable, summary_line

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
    """The statement with flagged words underlined; each piece escaped on its own so the marks stay put."""
    text, cursor = Text(), 0
    for start, end, severity in _marks(report):
        text.append(printable(report.text[cursor:start]))
        text.append(printable(report.text[start:end]), style="underline " + _SEVERITY_STYLE[severity])
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
