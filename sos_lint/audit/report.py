"""Writes the summary report (Markdown or HTML, from the file name) the way editors do: a temporary
file beside the target, fsync, then rename, so a reader never sees half a report."""
from __future__ import annotations

from pathlib import Path

from .spec import SpecError
from .summary import Summary, component_labels, view

SUMMARY_SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def summary_format(path: Path) -> str:
    try:
        return SUMMARY_SUFFIXES[Path(path).suffix.lower()]
    except KeyError:
        raise SpecError(f"--summary {path}: name a .md or .html file") from None


def render(summary: Summary, fmt: str, min_group: int, title: str = "Audit summary") -> str:
    data = view(summary, component_labels(), min_group)
    if fmt == "html":
        from .html import render as html
        return html(data, title)
    from .markdown import render as markdown
    return markdown(data, title)


def write_atomic(path: Path, text: str) -> None:
    """Atomic, with the permissions other outputs get: an existing summary keeps its mode, a new one
    gets the user's umask (mkstemp alone would leave it readable by its owner only)."""
    from ..writeback import write_text

    from .writers import folder_exists

    path = Path(path)
    folder_exists(path, "--summary")  # round 41 (review41a P#8): no folder tree made from a typo
    write_text(path, text)
