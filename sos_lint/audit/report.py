"""Writes the summary report (Markdown or HTML, from the file name) the way editors do: a temporary
file beside the target, fsync, then rename, so a reader never sees half a report."""
from __future__ import annotations

from pathlib import Path

from .spec import SpecError
from .summary import Summary, component_labels, view

SUMMARY_SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".json": "json"}
# Round 41 (review41a P#10): the JSON summary's schema; its keys are listed in docs/audit.md and a
# test holds them, so a dashboard can rely on them. A key is only ever added, with the version raised.
JSON_SCHEMA = "sos-lint-audit-summary/1"


def summary_format(path: Path) -> str:
    try:
        return SUMMARY_SUFFIXES[Path(path).suffix.lower()]
    except KeyError:
        raise SpecError(f"--summary {path}: name a .md, .html or .json file") from None


def render(summary: Summary, fmt: str, min_group: int, title: str = "Audit summary",
           before_after: str | None = None) -> str:
    data = view(summary, component_labels(), min_group, before_after)
    if fmt == "json":
        return as_json(data, before_after)
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


def as_json(data: dict, before_after: str | None = None) -> str:
    """The summary's figures as one JSON object (round 41, review41a P#10): the same figures as the
    Markdown and HTML reports, with the tool's version and the options that shape them, keys sorted
    and no run date, so the same export and options give the same bytes."""
    import json

    from .. import __version__

    out = {"schema": JSON_SCHEMA, "tool": {"name": "sos-lint", "version": __version__},
           "options": {"min_group": data["min_group"], "before_after": before_after}, **data}
    return json.dumps(out, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
