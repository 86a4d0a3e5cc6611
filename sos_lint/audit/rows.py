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
# Round 41 (review41a P#7): Excel's other common ways of writing a date, each unambiguous: a month
# name with the year ("Feb-26", "Feb 2026", "15 Jan 2026", "January 15, 2026") and a compact
# YYYYMMDD ("20260501"). A two-digit year is read as 20YY (a plan is never from the 1900s).
_MONTHS = {name: i for i, names in enumerate((("jan", "january"), ("feb", "february"), ("mar", "march"),
                                              ("apr", "april"), ("may",), ("jun", "june"), ("jul", "july"),
                                              ("aug", "august"), ("sep", "sept", "september"),
                                              ("oct", "october"), ("nov", "november"), ("dec", "december")), 1)
           for name in names}
_MONTH_NAME = r"([A-Za-z]{3,9})\.?"
_NAMED_DAY_FIRST = re.compile(r"^\s*(\d{1,2})(?:st|nd|rd|th)?[\s/-]+" + _MONTH_NAME + r",?[\s/-]+(\d{4}|\d{2})\s*$")
_NAMED_MONTH_FIRST = re.compile(r"^\s*" + _MONTH_NAME + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\s*$")
_NAMED_MONTH_YEAR = re.compile(r"^\s*" + _MONTH_NAME + r"[\s/-]+'?(\d{4}|\d{2})\s*$")
_COMPACT = re.compile(r"^\s*(20\d{2}|19\d{2})(\d{2})(\d{2})\s*$")


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


_MARKUP_OR_SPACE = re.compile(r"<[^<>]*>|&(?:nbsp|#160|#xa0|#x200b|#8203);|[\s\u00a0\u200b\ufeff]", re.IGNORECASE)


def _only_markup(text: str) -> bool:
    """True for a cell holding only HTML tags and spaces ("<p>&nbsp;</p>", "<br/>"): a rich-text box
    left empty, not a statement in another form."""
    return len(text) < 500 and ("<" in text or "&" in text) and not _MARKUP_OR_SPACE.sub("", text)


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
    match = _COMPACT.match(text)
    if match:
        return int(match[1]), int(match[2]), int(match[3])
    for pattern, day_at, month_at, year_at in ((_NAMED_DAY_FIRST, 1, 2, 3), (_NAMED_MONTH_FIRST, 2, 1, 3),
                                               (_NAMED_MONTH_YEAR, None, 1, 2)):
        match = pattern.match(text)
        if match and match[month_at].lower() in _MONTHS:
            year = match[year_at]
            return ((2000 + int(year)) if len(year) == 2 else int(year), _MONTHS[match[month_at].lower()],
                    int(match[day_at]) if day_at else None)
    return None


def date_shape(text: str) -> str:
    """The shape of a value that was not read as a date, with its letters and digits masked
    ("Feb-26" is shown as "Aaa-99"), so even a redacted note says which format failed (round 41, P#7)."""
    text = re.sub(r"[0-9]", "9", text.strip()[:20])
    return "".join(("A" if c.isupper() else "a") if c.isalpha() else c for c in text)


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
    groups = {g.name: month_of(raw.get(g.column)) if g.month else spec.group_value(_plain(raw.get(g.column)))
              for g in spec.group_by}
    notes: list[tuple[str, str]] = []
    for g in spec.group_by:
        if g.month and groups[g.name] == UNKNOWN_MONTH and not isinstance(raw.get(g.column), (Missing, Unreadable)):
            value = _plain(raw.get(g.column))
            why = impossible_date(raw.get(g.column))  # a date shown is one no one can have had
            what = f"not a real date: {why}" if why else "not a date"
            shown = "blank" if not value else (f"{what} (written like {date_shape(value)!r})" if spec.redact
                                               else f"{what} ({value!r})")
            notes.append(("bad-date", f"{g.column} is {shown}: counted in month \"{UNKNOWN_MONTH}\""))
    if spec.redact:  # round 34 (Q#3): a person's name in a group cell is never written
        from ..redaction.labels import identifying_cell
        from .spec import HIDDEN_NAME, redacted_group

        # Round 41: two readings, both of which hide (r41h's shape of a team name; r41f's redaction
        # reading: word-names, a place in brackets, a school, a statement pasted into the column)
        def shown(value):
            hidden = redacted_group(value)
            return hidden if hidden != value else HIDDEN_NAME if identifying_cell(value) else value

        months = {g.name for g in spec.group_by if g.month}
        groups = {k: (v if k in months else shown(v)) for k, v in groups.items()}
    # Round 41: the case column only says which rows are one case; a row without it (a JSON object
    # with no such key) is checked and counted as its own case, not left out as "missing-column"
    # (a case column found by its name must never cost rows that were counted before).
    needed = [raw.get(c) for c in spec.input_columns if c != spec.case_column]
    text = raw.get(spec.text_column)
    problem = ""
    if isinstance(text, Unsplit):
        problem = text.problem
    elif any(isinstance(v, Missing) for v in needed):
        problem = "missing-column"
    elif any(isinstance(v, Unreadable) or (isinstance(v, str) and not _encodable(v)) for v in needed):
        problem = "unreadable"
        why = next((v.why for v in needed if isinstance(v, Unreadable) and v.why), "")
        if why:  # round 41 (review41a P#9): the reader's own reason, in place of the encoding hint
            notes.append(("unreadable", why))
    else:
        text = "" if _blank(text) else str(text).strip()
        if not text or _only_markup(text):  # round 41 (review41a P#12): "<p>&nbsp;</p>" is an empty cell
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
