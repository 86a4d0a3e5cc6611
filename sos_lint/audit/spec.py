"""What an audit reads and writes: the input columns, the groupings and the result columns."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..config import Config
from ..findings import DIMENSIONS

DEFAULT_MAX_CHARS = 10_000  # a statement is a few hundred words; a longer cell is the wrong column
# The columns of the per-statement output, after the id and the group columns (text last, if asked).
RESULT_COLUMNS: tuple[str, ...] = ("status", "kind", "kind_source", "score", *DIMENSIONS,
                                   "findings", "missing", "jargon_terms")
SCORE_COLUMNS: tuple[str, ...] = ("score", *DIMENSIONS)
CHECKED = "checked"  # the status of a row that was checked; anything else names why it was not
PROBLEMS: dict[str, str] = {
    "empty": "the text is empty",
    "unreadable": "the cell or line could not be read",
    "missing-column": "the row has no value for a column the audit needs",
    "too-long": "the text is longer than the size limit",
    "not-a-statement": "the text is not an English statement `sos-lint check` would score (another language, "
                       "only numbers, symbols, markup or headings)",
    "check-failed": "the checker stopped on this text (please report it)",
    "unclosed-quote": "the text opens a quote mark (\") that is never closed, so the rows after it were read "
                      "as part of this text; close the quote in the export and run again",
    "swallowed": "the row was caught inside an earlier row's unclosed quote and could not be split from it",
}


class SpecError(ValueError):
    """A usage problem found before anything runs; str() is the one-line message."""


@dataclass(frozen=True)
class GroupBy:
    """One grouping: a column as it is (`team`) or the month of a date column (`month:referred`)."""

    column: str  # the input column
    month: bool = False

    @property
    def name(self) -> str:
        """The column's name in the results (`referred_month` for a month grouping)."""
        return f"{self.column}_month" if self.month else self.column


def parse_group_by(value: str) -> GroupBy:
    """`team` groups by the team column; `month:referral_date` by the month (YYYY-MM) of a date."""
    value = value.strip()
    how, sep, column = value.partition(":")
    if not sep:
        if not value:
            raise SpecError("--group-by needs a column name, such as --group-by team")
        return GroupBy(value)
    if how.strip().lower() != "month" or not column.strip():
        raise SpecError(f"--group-by {value!r}: write a column name (team) or month:COLUMN (month:referral_date)")
    return GroupBy(column.strip(), month=True)


@dataclass(frozen=True)
class AuditSpec:
    """Everything a worker needs to turn raw rows into result rows; small and picklable."""

    text_column: str = "text"
    kind_column: str | None = None
    id_column: str | None = None
    group_by: tuple[GroupBy, ...] = ()
    max_chars: int = DEFAULT_MAX_CHARS
    include_text: bool = False
    config: Config = field(default_factory=Config)
    spacy_model: str | None = None

    @property
    def input_columns(self) -> list[str]:
        """The input columns the audit reads, each once, in a stable order."""
        wanted = [self.text_column, self.kind_column, self.id_column, *(g.column for g in self.group_by)]
        return list(dict.fromkeys(c for c in wanted if c))

    @property
    def group_names(self) -> list[str]:
        return [g.name for g in self.group_by]

    @property
    def output_columns(self) -> list[str]:
        return ["id", *self.group_names, *RESULT_COLUMNS, *(["text"] if self.include_text else [])]

    def validate(self) -> None:
        names = self.group_names
        clash = [n for n in names if n in ("id", "text", *RESULT_COLUMNS)]
        if clash:
            raise SpecError(f"--group-by {clash[0]!r} would overwrite a result column of the same name; "
                            "rename that column in the export")
        twice = {n for n in names if names.count(n) > 1}
        if twice:
            raise SpecError(f"--group-by {sorted(twice)[0]!r} is given twice")
        if self.max_chars < 1:
            raise SpecError("--max-chars must be at least 1")
