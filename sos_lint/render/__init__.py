"""Report renderers: each turns a list of Reports (and input errors) into one output format."""
from __future__ import annotations

FORMATS: tuple[str, ...] = ("text", "json", "jsonl", "markdown", "html")


def render(fmt: str, reports: list, errors: list[str], *, color: bool = False, width: int = 100) -> str:
    if fmt == "text":
        from .text import render as text
        return text(reports, errors, color=color, width=width)
    if fmt == "json":
        from .json import render_json
        return render_json(reports, errors)
    if fmt == "jsonl":
        from .json import render_jsonl
        return render_jsonl(reports)
    if fmt == "markdown":
        from .markdown import render as markdown
        return markdown(reports, errors)
    if fmt == "html":
        from .html import render as html
        return html(reports, errors)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
