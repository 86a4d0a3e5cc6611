"""JSON and JSON Lines renderers: the stable, versioned form other tools read."""
from __future__ import annotations

import json

from ..report import SCHEMA_VERSION


# Round 33 (D#10): said in the JSON itself, so an integrator in JavaScript (UTF-16) or reading
# bytes (UTF-8) knows to convert: `start`, `end` and `offset` count Unicode code points of the
# text as it was sent (a report's `text` is that text's own words, markup and all).
OFFSET_UNIT = "unicode_code_point"


def file_entry(source, reports: list, refused: list[str] = ()) -> dict:
    """One input's line in "files": checked (with how many statements and findings, and the
    lowest score) or refused when none of its statements could be scored."""
    return {"source": source, "status": "checked" if reports else "refused", "message": "; ".join(refused) or None,
            "statements": len(reports), "statements_refused": len(refused),
            "findings": sum(len(r.findings) for r in reports),
            "lowest_score": min((r.score for r in reports), default=None)}


def render_json(reports: list, errors: list[str], *, color: bool = False, files: list | None = None) -> str:
    payload = {
        "schema_version": SCHEMA_VERSION,
        "offset_unit": OFFSET_UNIT,
        "reports": [r.to_dict() for r in reports],
        "errors": list(errors),
    }
    if files is not None:  # `sos-lint check`: what happened to each input, in order (round 33, D#9)
        payload["files"] = files
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def render_jsonl(reports: list, errors: list[str] = (), *, color: bool = False) -> str:
    return "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in reports)
