"""HTML renderer: one self-contained page (inline CSS and SVG, no scripts) that reads well projected."""
from __future__ import annotations

from html import escape

from .common import summary_line
from .compare_html import render as render_comparison  # noqa: F401  (the comparison page, for callers)
from .html_parts import errors_section, page, score_bar, statement_section  # noqa: F401  (score_bar: for callers)


def render(reports: list, errors: list[str], *, color: bool = False) -> str:
    body = ["<h1>sos-lint report</h1>", f'<p class="note">{escape(summary_line(reports, errors))}</p>']
    body += [statement_section(r, f"s{i + 1}") for i, r in enumerate(reports)]
    body.append(errors_section(errors))
    return page("sos-lint report", [b for b in body if b])
