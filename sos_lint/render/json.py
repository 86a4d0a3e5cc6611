"""JSON and JSON Lines renderers: the stable, versioned form other tools read."""
from __future__ import annotations

import json

from ..report import SCHEMA_VERSION


def render_json(reports: list, errors: list[str], *, color: bool = False) -> str:
    payload = {
        "schema_version": SCHEMA_VERSION,
        "reports": [r.to_dict() for r in reports],
        "errors": list(errors),
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def render_jsonl(reports: list, errors: list[str] = (), *, color: bool = False) -> str:
    return "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in reports)
