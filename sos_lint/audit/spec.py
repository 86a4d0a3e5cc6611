"""What an audit reads and writes: the input columns, the groupings and the result columns."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..config import Config
from ..findings import DIMENSIONS

from ..gate import MAX_STATEMENT_CHARS

# Round 35 (review35i I#4): the same limit as the library, `check` and the HTTP API (was 10,000, so
# a 7,000-character row the library refuses was scored 8.1 here).
DEFAULT_MAX_CHARS = MAX_STATEMENT_CHARS  # a statement is a few hundred words; a longer cell is the wrong column
# The columns of the per-statement output, after the id and the group columns (text last, if asked).
RESULT_COLUMNS: tuple[str, ...] = ("status", "kind", "kind_source", "score", *DIMENSIONS,
                                   "findings", "missing", "jargon_terms", "notes")
SCORE_COLUMNS: tuple[str, ...] = ("score", *DIMENSIONS)
CHECKED = "checked"  # the status of a row that was checked; anything else names why it was not
# Round 34 (review34q Q#2): a row whose case (or group) and cleaned text repeat an earlier row's is
# checked and keeps its score, but is counted once in the figures: its status says so.
DUPLICATE = "duplicate"
PROBLEMS: dict[str, str] = {
    "empty": "the text is empty",
    "unreadable": "the cell or line could not be read (a CSV from Excel on Windows: try --encoding cp1252)",
    "missing-column": "the row has no value for a column the audit needs",
    "too-long": "the text is longer than the size limit",
    "not-a-statement": "the text is not an English statement `sos-lint check` would score (another language, "
                       "only numbers, symbols, markup or headings)",
    "check-failed": "the checker stopped on this text (please report it)",
    "unclosed-quote": "the text opens a quote mark (\") that is never closed, so the rows after it were read "
                      "as part of this text; close the quote in the export and run again",
    "swallowed": "the row was caught inside an earlier row's unclosed quote and could not be split from it",
    # Round 34 (review34q Q#5, Q#10): rows that would get a score which means nothing.
    "placeholder": "the cell holds a placeholder, not a statement (\"ok\", \"N/A\", \"see previous plan\", "
                   "a bare \"concerns\")",
    "broken-characters": "the text has broken characters (\ufffd) where letters were lost: the export was probably "
                         "saved in another encoding; export it again as UTF-8, or try --encoding cp1252",
    "two-statements": "the cell holds two statements (a worry and a goal), under their own headings or, with "
                      "no heading, a worry and then a goal; `sos-lint check` checks them one by one: put each "
                      "in its own row",
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


def parse_alias(value: str) -> tuple[str, str]:
    """`--same-group "West & Central=West"`: the old name and the name to count it under."""
    old, sep, new = value.partition("=")
    if not sep or not old.strip() or not new.strip():
        raise SpecError(f"--same-group {value!r}: write OLD=NEW, such as --same-group \"West & Central=West\"")
    return old.strip(), new.strip()


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
    case_column: str | None = None  # round 34 (Q#2): rows repeating a case's text are counted once
    redact: bool = False  # round 34 (Q#3): ids become "row N", people's names in group cells are hidden
    config: Config = field(default_factory=Config)
    spacy_model: str | None = None
    # Round 41 (review41a P#12): ("West & Central", "West"): a group renamed during the period is
    # counted under one name (--same-group OLD=NEW), so a rename does not split a team in two.
    aliases: tuple[tuple[str, str], ...] = ()

    def group_value(self, value: str) -> str:
        """A plain group cell after --same-group: an old name (any letter case) becomes the new one."""
        folded = value.strip().casefold()
        return next((new for old, new in self.aliases if old.strip().casefold() == folded), value)

    @property
    def input_columns(self) -> list[str]:
        """The input columns the audit reads, each once, in a stable order."""
        wanted = [self.text_column, self.kind_column, self.id_column, self.case_column,
                  *(g.column for g in self.group_by)]
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
        if self.redact and self.include_text:
            raise SpecError("--redact writes no statement text: the texts hold the family's names; "
                            "leave out --include-text (or use `sos-lint check --redact` on the rows you need)")
        if self.redact:
            people = [g.column for g in self.group_by if not g.month and person_column_name(g.column)]
            if people:
                raise SpecError(f"--redact: --group-by {people[0]!r} groups by people's names; a redacted audit "
                                "shows no table of named staff or family members (group by team instead)")


# Round 34 (review34q Q#3): a table of named workers is a league table of staff, which the model
# card rules out. A group column is about people when its name says so, or when most of its values
# read as a person's name (a known given name followed by one or two capitalised words).
_PERSON_COLUMN = re.compile(r"(?:^|[^a-z])(?:worker|author|practitioner|staff|employee|officer|manager|"
                            # round 41 (review41a P#2): "allocated_sw", "caseworker", "key worker", "case holder"
                            r"sw(?![ _]?(?:team|unit|area|locality|office|service|hub))|caseworker|keyworker|key[ _]?worker|case[ _]?holder|lead[ _]?professional|"
                            r"supervisor|writer|assessor|completed[ _]?by|written[ _]?by|owner|"
                            r"(?:first|last|full|sur|given)[ _]?name|name|person)(?:s)?(?:$|[^a-z])", re.IGNORECASE)
_NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*$")


def person_column_name(column: str) -> bool:
    """True for a column whose name says it holds people (worker, author, social_worker, staff name)."""
    return bool(_PERSON_COLUMN.search(column.replace("-", "_")))


def looks_like_person(value: str) -> bool:
    """True for a cell that reads as a person's name: two or three capitalised words, the first a
    known given name ("Joanne Pryce", "Kofi Boateng"); a team ("Riverside CIN") is not one."""
    from ..people.wordlists import first_names

    words = str(value).split()
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.match(w) for w in words):
        return False
    if any(w.lower() in _SERVICE_WORDS or w.lower() in _PLACE_WORDS for w in words):
        return False  # "Grace Court", "Hope Team": a place or a team named after a word that is also a name
    return words[0].lower() in first_names()


# The words team and service names are built from (a closed class): a cell holding one is a team.
_SERVICE_WORDS = frozenset({"assessment", "support", "team", "teams", "service", "services", "unit", "hub", "duty",
                            "help", "protection", "cin", "cp", "lac", "locality", "area", "office", "children",
                            "family", "families", "early", "court", "care", "safeguarding", "mash", "referral",
                            "intake", "leaving", "disabled", "disability", "disabilities", "youth", "adolescent",
                            "adolescents", "north", "south", "east", "west", "central", "county", "district",
                            "pod", "group", "panel", "practice", "health", "school", "schools", "edge", "front",
                            "door", "fostering", "adoption", "permanence", "looked", "after", "young", "people"})


_PLACE_WORDS = frozenset({"street", "road", "lane", "court", "house", "close", "avenue", "park", "centre", "center",
                          "way", "drive", "place", "square", "gardens", "hall", "lodge", "building", "site", "campus"})


def maybe_person(value: str) -> bool:
    """For --redact, erring on the side of hiding: `looks_like_person`, or two or three capitalised
    words that are neither everyday English words nor the words team names are made of
    ("Bronwen Hughes" is hidden, "Hillside Duty" and "Eastgate Early Help" are not)."""
    if looks_like_person(value):
        return True
    from ..redaction.people import is_common_word

    words = str(value).split()
    return (2 <= len(words) <= 3 and all(_NAME_WORD.match(w) for w in words)
            and not any(w.lower() in _SERVICE_WORDS or is_common_word(w) for w in words))


def person_values(values) -> bool:
    """True when at least half of a column's distinct non-blank values read as people's names."""
    values = [v for v in set(map(str, values)) if v.strip() and not v.startswith("(")]
    return bool(values) and 2 * sum(looks_like_person(v) for v in values) >= len(values)


HIDDEN_NAME = "(a name)"
HIDDEN_TEXT = "(hidden text)"
_CELL_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def redacted_group(value: str) -> str:
    """Round 41 (review41a P#2, P#3): a group cell as a redacted audit writes it. A team's name is a
    few words that either include a word team names are made of ("North", "Duty", "Early Help") or
    are not all capitalised; anything else is hidden: a statement pasted into the group column (more
    than six words, or sentences) becomes "(hidden text)", and two or three capitalised words with
    no such word ("Grace Hill", "Hope Okonkwo (Foleshill)", "Summer Jones") become "(a name)", even
    when each word is also an English word (the round-34 test let "Will Baker" through)."""
    value = str(value)
    words = _CELL_WORD.findall(value)
    if not value.strip() or not words or value.startswith("(no "):
        return value
    if len(words) > 6 or (len(words) >= 4 and re.search(r"[.!?;](?:\s|$)", value)):
        return HIDDEN_TEXT
    if maybe_person(value):
        return HIDDEN_NAME
    if any(w.lower() in _SERVICE_WORDS for w in words):
        return value
    if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
        return HIDDEN_NAME
    return value
