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
    label: str = ""  # the export's own kind label ("Danger statement"), for the notes
    case: str = ""  # the case column's value (round 34, Q#2: a case's repeated text is counted once)
    notes: tuple = ()  # ("code", "what a reader should know") pairs: unknown kind, bad date, a label only


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


def _written_date(text: str) -> tuple[int, int, int | None] | None:
    """(year, month, day or None) of a date written 2024-03-05, 2024-03 or 05/03/2024; None if it is
    not written as a date."""
    match = _ISO.match(text)
    if match:
        return int(match[1]), int(match[2]), int(match[3]) if match[3] else None
    match = _DAY_FIRST.match(text)
    if match:
        return int(match[3]), int(match[2]), int(match[1])
    return None


def impossible_date(value) -> str:
    """Why a value written as a date is not a real one ("February 2025 has no day 31", "there is no
    month 13"), or "" (a real date, a date cell, or not written as a date at all). Round 36
    (review35i I#10): 31/02/2025 was counted in February without a word."""
    if isinstance(value, (datetime, date)):
        return ""
    written = _written_date(_plain(value))
    if written is None:
        return ""
    year, month, day = written
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    if day is not None:
        try:
            date(year, month, day)
        except ValueError:
            return f"{date(year, month, 1):%B %Y} has no day {day}"
    return ""


def month_of(value) -> str:
    """YYYY-MM from a date, a datetime or a date written 2024-03-05, 2024-03 or 05/03/2024; a date
    that cannot be (31/02/2025, month 13) is not put in any month (UNKNOWN_MONTH)."""
    if isinstance(value, (datetime, date)):
        return f"{value.year:04d}-{value.month:02d}"
    written = _written_date(_plain(value))
    if written is None or impossible_date(value):
        return UNKNOWN_MONTH
    return f"{written[0]:04d}-{written[1]:02d}"


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


# Round 35 (review35i I#3): placeholder() moved to sos_lint.gate, so the library, `check`, the
# HTTP API and audit share one test for "not a statement".
from ..gate import placeholder  # noqa: E402,F401 (re-exported: audit and its tests use it from here)

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
LABEL_WORDS = 2  # a text of at most this many words is a label ("Neglect.", "Domestic abuse"), not a statement


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def several_statements(text: str) -> bool:
    """True when headings inside one cell split it into more than one statement, as `check` splits a
    draft (a worry, then "Safety goal" and a goal)."""
    from .. import cleaning, sections

    try:
        plain = cleaning.clean(text).text
    except cleaning.BrokenText:
        return False
    return len(sections.split(plain)) > 1


def prepare(raw: dict, spec: AuditSpec) -> Prepared:
    groups = {g.name: month_of(raw.get(g.column)) if g.month else _plain(raw.get(g.column)) for g in spec.group_by}
    notes: list[tuple[str, str]] = []
    for g in spec.group_by:
        if g.month and groups[g.name] == UNKNOWN_MONTH and not isinstance(raw.get(g.column), (Missing, Unreadable)):
            value = _plain(raw.get(g.column))
            why = impossible_date(raw.get(g.column))  # a date shown is one no one can have had
            what = f"not a real date: {why}" if why else "not a date"
            shown = "blank" if not value else (what if spec.redact else f"{what} ({value!r})")
            notes.append(("bad-date", f"{g.column} is {shown}: counted in month \"{UNKNOWN_MONTH}\""))
    if spec.redact:  # round 34 (Q#3): a person's name in a group cell is never written
        # Round 41 (review41a P#2/P#3): the redaction decides (word-names, a place in brackets, a school,
        # a statement pasted into the column); see sos_lint.redaction.labels.
        from ..redaction.labels import identifying_cell

        groups = {k: ("(a name)" if identifying_cell(v) else v) for k, v in groups.items()}
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
        elif "\ufffd" in text:  # round 34 (Q#5): letters lost to a wrong encoding; the score would mislead
            problem = "broken-characters"
        elif placeholder(text):
            problem = "placeholder"
        elif not_a_statement(text):  # round 33 (D#6): the gate `check`, the API and the library use
            problem = "not-a-statement"
        elif several_statements(text):  # round 34 (Q#10): `check` would split it; say so, score neither
            problem = "two-statements"
        elif word_count(text) <= LABEL_WORDS:
            notes.append(("label-only", "only a label, not a statement (it is scored, and counted per group)"))
    label = _plain(raw.get(spec.kind_column)) if spec.kind_column else ""
    kind = kind_of(raw.get(spec.kind_column)) if spec.kind_column else None
    if spec.kind_column and kind is None and not isinstance(raw.get(spec.kind_column), (Missing, Unreadable)):
        said = "blank" if not label else ("not worry or goal" if spec.redact else f"{label!r}, not worry or goal")
        notes.append(("unknown-kind", f"the kind column is {said}: the kind was worked out from the wording"))
    number = raw.get(ROW)
    the_id = f"row {int(number)}" if spec.redact and number is not None else row_id(raw, spec)
    case = _plain(raw.get(spec.case_column)) if spec.case_column else ""
    return Prepared(the_id, groups, text if isinstance(text, str) else "", kind, problem, label, case, tuple(notes))
