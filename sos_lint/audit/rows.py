"""Turns one raw export row into what the checker needs: an id, group values, the text and its
kind, or the reason the row cannot be checked. Pure and cheap, so any process can do it."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime

from .readers import ROW, Missing, Unreadable, Unsplit
from .spec import AuditSpec

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ].*)?\s*$")
_DAY_FIRST = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[T ].*)?\s*$")  # UK order: 05/03/2024
UNKNOWN_MONTH = "unknown"


@dataclass(frozen=True)
class Prepared:
    id: str
    groups: dict
    text: str
    kind: str | None  # given by the export, or None to infer it
    problem: str  # "" when the row can be checked, else a key of spec.PROBLEMS


def _blank(value) -> bool:
    return (value is None or (isinstance(value, float) and math.isnan(value))
            or type(value).__name__ in ("NAType", "NaTType"))  # pandas' missing values


def _plain(value) -> str:
    """A cell as text: 12.0 -> "12" (spreadsheets store ids as numbers), None -> ""."""
    if _blank(value) or isinstance(value, (Missing, Unreadable)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _encodable(text: str) -> bool:
    """False for text holding bytes the reader could not decode (kept as surrogate escapes)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def month_of(value) -> str:
    """YYYY-MM from a date, a datetime or a date written 2024-03-05, 2024-03 or 05/03/2024."""
    if isinstance(value, (datetime, date)):
        return f"{value.year:04d}-{value.month:02d}"
    text = _plain(value)
    match = _ISO.match(text)
    if match:
        year, month = int(match[1]), int(match[2])
    else:
        match = _DAY_FIRST.match(text)
        if not match:
            return UNKNOWN_MONTH
        year, month = int(match[3]), int(match[2])
    return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else UNKNOWN_MONTH


def kind_of(value) -> str | None:
    """The export's kind label as "worry" or "goal"; None (infer it) when blank or not recognised."""
    text = _plain(value).lower()
    if "goal" in text:
        return "goal"
    if any(word in text for word in ("worry", "danger", "harm", "need")):
        return "worry"
    return None


def row_id(raw: dict, spec: AuditSpec) -> str:
    """The export's id, or "row N" (N counts data rows from 1) when there is no id column or cell."""
    value = _plain(raw.get(spec.id_column)) if spec.id_column else ""
    return value or f"row {int(raw[ROW])}"


def not_a_statement(text: str) -> bool:
    """True for a text `sos-lint check` refuses (another language, only numbers, markup or
    headings, a broken character); its length is the audit's own --max-chars test."""
    from ..gate import reason

    return reason(text, document=False, length=False) is not None


def prepare(raw: dict, spec: AuditSpec) -> Prepared:
    groups = {g.name: month_of(raw.get(g.column)) if g.month else _plain(raw.get(g.column)) for g in spec.group_by}
    needed = [raw.get(c) for c in spec.input_columns]
    text = raw.get(spec.text_column)
    problem = ""
    if isinstance(text, Unsplit):
        problem = text.problem
    elif any(isinstance(v, Missing) for v in needed):
        problem = "missing-column"
    elif any(isinstance(v, Unreadable) or (isinstance(v, str) and not _encodable(v)) for v in needed):
        problem = "unreadable"
    else:
        text = "" if _blank(text) else str(text).strip()
        if not text:
            problem = "empty"
        elif len(text) > spec.max_chars:
            problem = "too-long"
        elif not_a_statement(text):  # round 33 (D#6): the gate `check`, the API and the library use
            problem = "not-a-statement"
    kind = kind_of(raw.get(spec.kind_column)) if spec.kind_column else None
    return Prepared(row_id(raw, spec), groups, text if isinstance(text, str) else "", kind, problem)
