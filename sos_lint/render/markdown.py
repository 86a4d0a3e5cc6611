"""Markdown renderer: for pasting a check into a supervision note or a pull request."""
from __future__ import annotations

import re

from .common import (also_said_of, bar, dimension_rows, grouped_findings, heading, markdown_safe, report_notes, places, position,
                     printable, summary_line)

_escape = markdown_safe  # names, messages and table cells: one line, HTML escaped
_REFERENCE = re.compile(r"&(?!(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});)")


def quoted(line: str) -> str:
    """A line of the statement for a Markdown quote: tags are shown, never run, but a character
    reference the writer pasted ("&amp;") is left as it is, so a viewer shows "&" and not "&amp;"
    (round 34, review34q: it was escaped a second time, to "&amp;amp;")."""
    return _REFERENCE.sub("&amp;", line).replace("<", "&lt;").replace(">", "&gt;")


def render(reports: list, errors: list[str], *, color: bool = False) -> str:
    out: list[str] = ["# sos-lint report", ""]
    for report in reports:
        out += [f"## {_escape(heading(report))}", "",
                f"**{report.kind}**, overall score **{report.score:.1f}/10**", ""]
        out += ["> " + quoted(line) for line in printable(report.text).splitlines()] + [""]
        out += ["| Dimension | Score | |", "|---|---:|---|"]
        out += [f"| {label} | {score:.1f} | {bar(score)} |" for label, score in dimension_rows(report)]
        out.append("")
        if report.components:
            out += ["| Part of the statement | Present | Words found |", "|---|---|---|"]
            out += [f"| {c.label} | {'yes' if c.present else '**missing**'} | {_escape(c.evidence)} |"
                    for c in report.components]
            out.append("")
        for strength in report.strengths:
            out.append(f"- Strength: {strength}")
        for note in report_notes(report):
            out += [f"*{note}*", ""]
        for f, group in grouped_findings(report):  # round 34: repeats said once, errors first
            line = f"- `{places(report, group)}` **{f.code}** {f.name} ({f.severity}): {_escape(f.message)}"
            if also_said_of(group):
                line += f" {_escape(also_said_of(group))}"
            if f.suggestion and f.suggestion not in f.message:
                line += f" *Try:* {_escape(f.suggestion)}"
            out.append(line)
        out.append("")
    out += [f"- error: {_escape(error)}" for error in errors]
    out += ["", summary_line(reports, errors), ""]
    return "\n".join(out)
