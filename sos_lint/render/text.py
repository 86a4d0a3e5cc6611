"""Terminal renderer: the statement with flagged words highlighted, score bars, then each finding."""
from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from .common import bar, dimension_rows, heading, position, summary_line

_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "hint": "cyan"}


def _statement(report) -> Text:
    text = Text(report.text)
    for finding in report.findings:
        if 0 < finding.end - finding.start < len(report.text):  # whole-statement findings are not underlined
            text.stylize("underline " + _SEVERITY_STYLE[finding.severity], finding.start, finding.end)
    return text


def _plain_statement(report) -> str:
    """Without colour, flagged words are wrapped in «…» so the reader still sees them."""
    marks = sorted({(f.start, f.end) for f in report.findings if 0 < f.end - f.start < len(report.text)})
    out, cursor = [], 0
    for start, end in marks:
        if start < cursor:
            continue
        out += [report.text[cursor:start], "«", report.text[start:end], "»"]
        cursor = end
    out.append(report.text[cursor:])
    return "".join(out)


def render(reports: list, errors: list[str], *, color: bool = False, width: int = 100) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=color, no_color=not color,
                      highlight=False, emoji=False, color_system="standard" if color else None)
    for report in reports:
        console.print(Text(f"{heading(report)}  ({report.kind}, score {report.score:.1f}/10)", style="bold"))
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
            console.print(Text(f"  Strength: {strength}", style="green"))
        if report.findings:
            console.print()
        for finding in report.findings:
            line = Text("  ")
            line.append(f"{position(report, finding.start)}  ")
            line.append(f"{finding.code} {finding.name}", style=_SEVERITY_STYLE[finding.severity])
            line.append(f" ({finding.severity})  {finding.message}")
            console.print(line)
            if finding.suggestion and finding.suggestion not in finding.message:
                console.print(Text(f"      → {finding.suggestion}", style="green"))
        console.print()
    for error in errors:
        console.print(Text(f"error: {error}", style="bold red"))
    console.print(summary_line(reports, errors))
    return buffer.getvalue()
