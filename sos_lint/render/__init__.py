"""Renderers in one table per command, keyed by format. The command line's --format choices are
built from these tables, so a new format is one renderer function plus one entry here.

Every check renderer is `render(reports, errors, *, color=False) -> str`; every compare renderer is
`render(comparison, *, color=False) -> str`. Entries are "module:function" inside this package,
imported only when that format is asked for.
"""
from __future__ import annotations

from importlib import import_module
from typing import Callable

CHECK: dict[str, str] = {
    "text": "text:render",
    "plain": "text:render_plain",
    "json": "json:render_json",
    "jsonl": "json:render_jsonl",
    "markdown": "markdown:render",
    "html": "html:render",
}
COMPARE: dict[str, str] = {
    "text": "compare_text:render",
    "markdown": "compare_markdown:render",
    "json": "compare_markdown:render_json",
    "html": "compare_html:render",
}
TABLES: dict[str, dict[str, str]] = {"check": CHECK, "compare": COMPARE}
FORMATS: tuple[str, ...] = tuple(CHECK)


def renderer(command: str, fmt: str) -> Callable[..., str]:
    table = TABLES[command]
    if fmt not in table:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(table)}")
    module, function = table[fmt].split(":")
    return getattr(import_module(f"{__name__}.{module}"), function)


def render(fmt: str, reports: list, errors: list[str], *, color: bool = False, files: list | None = None) -> str:
    """A check report in one format. `files` (what happened to each input) is written by JSON only."""
    if files is not None and fmt == "json":
        return renderer("check", fmt)(reports, errors, color=color, files=files)
    return renderer("check", fmt)(reports, errors, color=color)
