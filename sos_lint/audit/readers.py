"""Streaming readers for case-system exports (CSV, Excel, JSONL, Parquet): one raw row at a time,
only the columns the audit needs, so memory stays flat however long the file."""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Iterator

from .spec import AuditSpec, SpecError

SUFFIXES = (".csv", ".xlsx", ".jsonl", ".parquet")
ROW = "_row"  # the key holding a row's 1-based position among the data rows
_SCAN_JSON_OBJECTS = 100  # JSONL has no header: the columns are the keys seen in the first objects
LONGEST_CELL = 1 << 26


class Missing:
    """The row has no cell for a column the audit needs (a short CSV line, a JSON object without the key)."""

    def __repr__(self) -> str:
        return "Missing()"


class Unreadable:
    """The cell could not be read (bad bytes, an Excel error value, a line that is not JSON).
    Round 41 (review41a P#9): `why` says what was wrong, when the reader knows ("line 32 is not
    valid JSON ..."), so the notes do not blame the encoding for a broken JSONL line."""

    def __init__(self, why: str = "") -> None:
        self.why = why

    def __repr__(self) -> str:
        return f"Unreadable({self.why!r})" if self.why else "Unreadable()"


def _json_kind(value) -> str:
    """What a JSON value is, in words: "a list", "an object", "a number"."""
    return ("a list" if isinstance(value, list) else "an object" if isinstance(value, dict)
            else "a number" if isinstance(value, (int, float)) and not isinstance(value, bool)
            else "true or false" if isinstance(value, bool) else "null" if value is None else "a string")


class Unsplit(Unreadable):
    """A CSV row that could not be split from its neighbours: `problem` is "unclosed-quote" for the
    row whose text opens a quote and never closes it, "swallowed" for each row caught inside it;
    `within` names the row that holds the unclosed quote."""

    def __init__(self, problem: str, within: str = "") -> None:
        self.problem, self.within = problem, within

    def __repr__(self) -> str:
        return f"Unsplit({self.problem!r}, {self.within!r})"


def _shape(value: str) -> str:
    """An id's form: letters -> A, digits -> 9 ("A10" -> "A99"), so "A13" and "X01" match."""
    return "".join("A" if c.isalpha() else "9" if c.isdigit() else c for c in value.strip())


def _coarse(value: str) -> str:
    """A cell's rough form, runs collapsed: "2026-04-11" -> "9-9-9", "Southmere" -> "A", "K-205" -> "A-9"."""
    return re.sub(r"([A9])\1+", r"\1", _shape(value))


def swallowed_lines(record: list[str], header: list[str], text_at: int, id_at: int | None) -> list[list[str]]:
    """The further records hidden inside one CSV record's text cell, when an unclosed quote made the
    reader run on past the end of the row: each line after the first that splits into as many cells
    as the header and whose other cells have the rough form of this row's own (a date where it has a
    date, a word where it has a word); with an id column, its id must have the form of this row's id
    ("K-205" beside "K-204"). [] for an ordinary cell, line breaks and commas included."""
    if text_at >= len(record) or "\n" not in record[text_at].replace("\r", "\n"):
        return []
    own = [record[i] if i < len(record) else "" for i in range(len(header))]
    found = []
    for line in record[text_at].replace("\r\n", "\n").replace("\r", "\n").split("\n")[1:]:
        cells = next(csv.reader([line]), [])
        if len(cells) < len(header):
            continue
        if id_at is not None:
            theirs = cells[id_at].strip()
            if not own[id_at].strip() or not theirs or " " in theirs or _shape(own[id_at]) != _shape(theirs):
                continue
        same_form = all(_coarse(cells[i]) == _coarse(own[i]) for i in range(len(header)) if i != text_at)
        if not same_form and (id_at is not None or len(record) <= len(header)):
            continue
        found.append(cells)
    return found


def allow_long_cells() -> None:
    """Let csv read cells longer than its 128 KB default, so an over-long text reaches the size
    check (a "too-long" bad row) instead of stopping the reader."""
    if csv.field_size_limit() < LONGEST_CELL:
        csv.field_size_limit(LONGEST_CELL)


def _text_or_unreadable(value):
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            return Unreadable()
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # surrogate-escaped bytes that were not valid in the encoding
            return Unreadable()
    return value


def resolve(spec: AuditSpec, available: list[str], source: str) -> dict[str, str]:
    """Map each column the audit needs to the file's own spelling (case and spaces ignored), or
    raise one SpecError naming the first missing column and the ones the file has."""
    exact = {str(c): str(c) for c in available}
    loose = {str(c).strip().lower(): str(c) for c in available}
    mapping = {}
    for wanted in spec.input_columns:
        found = exact.get(wanted) or loose.get(wanted.strip().lower())
        if found is None:
            shown = ", ".join(str(c) for c in available[:30]) or "none"
            raise SpecError(f"{source}: has no column {wanted!r} (it has: {shown})")
        mapping[wanted] = found
    return mapping


DEFAULT_ENCODING = "utf-8-sig"
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")  # the five bytes cp1252 leaves unassigned
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
WINDOWS_HINT = ("this looks like a Windows (cp1252) file, as Excel saves CSV on Windows: add --encoding cp1252")


def sniff_encoding(path: Path, block: int = 1 << 20) -> str:
    """Round 34 (review34q Q#7): why a CSV read as UTF-8 will have unreadable rows and what to do:
    a hint to add --encoding cp1252 when every byte that is not UTF-8 is a cp1252 character ("" for a
    UTF-8 file, or for bytes cp1252 does not have either). The file is not read as cp1252 unasked:
    another code page would give wrong letters without a word. Reads the file once in blocks."""
    bad, utf8 = False, False
    tail = b""
    with open(path, "rb") as handle:
        while chunk := handle.read(block):
            data, tail = tail + chunk, b""
            try:
                data.decode("utf-8")
            except UnicodeDecodeError as error:
                if error.reason == "unexpected end of data" and error.start >= len(data) - 3:
                    tail, data = data[error.start:], data[:error.start]  # a character cut by the block
                    try:
                        data.decode("utf-8")
                    except UnicodeDecodeError:
                        bad = True
                else:
                    bad = True
            if bad and any(b in _CP1252_UNDEFINED for b in data):
                return ""  # not cp1252 either: the rows are listed as unreadable
            utf8 = utf8 or bool(_UTF8_SEQUENCE.search(data))
    if not bad and not tail:
        return ""
    if utf8:
        return ("is not all UTF-8: some rows look like Windows (cp1252) text, as Excel saves CSV on Windows; those "
                "rows could not be read: save the file again as \"CSV UTF-8\" from Excel")
    return "is not UTF-8: " + WINDOWS_HINT + " (the rows with such characters could not be read)"


_CASE_COLUMN = re.compile(r"^(?:case|plan|family|child|client|person|episode|referral|cp|cin|lac|mosaic|lcs|"
                          r"liquid[ _]?logic)[ _-]?(?:ref(?:erence)?|id|no|num(?:ber)?|code)?$", re.IGNORECASE)


def case_column(columns: list[str], taken: list[str], id_column: str | None = None) -> str | None:
    """Round 34 (Q#2): the export's case column when its name says so (case_ref, Case ID, plan_id,
    child_id), so a plan exported twice is found without --case-column; None when there is none or
    more than one (then nothing is guessed). Round 41 (review41a P#5): the --id-column is one row's
    name, not the case's, so when it and one other column both look like a case column the other
    one is the case column (an export with plan_id as the id and case_ref beside it found neither)."""
    found = [c for c in columns if c not in taken and _CASE_COLUMN.match(str(c).strip())]
    if len(found) > 1 and id_column is not None:
        others = [c for c in found if str(c).strip().lower() != str(id_column).strip().lower()]
        if len(others) == 1:
            return others[0]
    return found[0] if len(found) == 1 else None


class Export:
    """An export file opened for an audit: `columns` read up front, `rows()` streamed."""

    def __init__(self, path: str, spec: AuditSpec, encoding: str = DEFAULT_ENCODING, sheet: str | None = None):
        self.path, self.spec, self.encoding, self.sheet = Path(path), spec, encoding, sheet
        self.encoding_note = ""  # round 34 (Q#7): said on the screen when the encoding was worked out
        self.suffix = self.path.suffix.lower()
        if self.suffix not in SUFFIXES:
            raise SpecError(f"{path}: audit reads .csv, .xlsx, .jsonl or .parquet exports")
        if not self.path.exists():
            raise SpecError(f"{path}: no such file")
        if self.path.is_dir() and self.suffix != ".parquet":
            raise SpecError(f"{path}: is a folder, not an export file")
        if self.suffix == ".csv" and encoding == DEFAULT_ENCODING and self.path.is_file():
            why = sniff_encoding(self.path)
            if why:
                self.encoding_note = f"{path}: {why}."
        self.columns = self._columns()
        self.mapping = resolve(spec, self.columns, str(path))

    # -- columns -----------------------------------------------------------------------------
    def _columns(self) -> list[str]:
        try:
            return getattr(self, f"_columns_{self.suffix[1:]}")()
        except SpecError:
            raise
        except (OSError, ValueError, LookupError) as error:
            raise SpecError(f"{self.path}: cannot be read as {self.suffix[1:].upper()} ({_reason(error)})") from None

    def _columns_csv(self) -> list[str]:
        with self._open_csv() as handle:
            header = next(csv.reader(handle), None)
        if not header or not any(h.strip() for h in header):
            raise SpecError(f"{self.path}: is empty; the first line should name the columns")
        if any(isinstance(_text_or_unreadable(h), Unreadable) or "\x00" in h for h in header):
            raise SpecError(f"{self.path}: does not look like a CSV text file (check the file, or try --encoding)")
        return header

    def _columns_xlsx(self) -> list[str]:
        sheet = self._open_sheet()[1]
        first = next(sheet.iter_rows(max_row=1, values_only=True), ())
        header = ["" if v is None else str(v) for v in first]
        if not any(header):
            raise SpecError(f"{self.path}: the first row of the sheet should name the columns")
        return header

    def _columns_jsonl(self) -> list[str]:
        keys: dict[str, None] = {}
        seen = 0
        with open(self.path, "rb") as handle:
            for line in handle:
                try:
                    row = json.loads(line)
                except ValueError:
                    continue
                if isinstance(row, dict):
                    keys.update(dict.fromkeys(map(str, row)))
                    seen += 1
                    if seen >= _SCAN_JSON_OBJECTS:
                        break
        if not seen:
            raise SpecError(f"{self.path}: has no JSON objects in it (one object per line)")
        return list(keys)

    def _columns_parquet(self) -> list[str]:
        return list(self._parquet_dataset().schema.names)

    # -- rows --------------------------------------------------------------------------------
    def rows(self) -> Iterator[dict]:
        """Raw rows keyed by the audit's column names, plus `_row`; blank lines and rows skipped."""
        return getattr(self, f"_rows_{self.suffix[1:]}")()

    def _rows_csv(self) -> Iterator[dict]:
        with self._open_csv() as handle:
            reader = csv.reader(handle)
            header = next(reader)
            index = {name: header.index(actual) for name, actual in self.mapping.items()}
            number = 0
            while True:
                try:
                    record = next(reader)
                except StopIteration:
                    return
                except csv.Error:
                    number += 1
                    yield {ROW: number, **{name: Unreadable() for name in index}}
                    continue
                if not any(field.strip() for field in record):
                    continue
                number += 1
                text_at = index[self.spec.text_column]
                id_at = index.get(self.spec.id_column) if self.spec.id_column else None
                caught = swallowed_lines(record, header, text_at, id_at)
                row = {name: _text_or_unreadable(record[i]) if i < len(record) else Missing()
                       for name, i in index.items()}
                row[ROW] = number
                if caught:
                    owner = (record[id_at].strip() if id_at is not None and id_at < len(record) else "") \
                        or f"row {number}"
                    row[self.spec.text_column] = Unsplit("unclosed-quote", owner)
                    yield row
                    for cells in caught:
                        number += 1
                        inner = {name: cells[i] if i < len(cells) else Missing() for name, i in index.items()}
                        inner[self.spec.text_column] = Unsplit("swallowed", owner)
                        inner[ROW] = number
                        yield inner
                    continue
                yield row

    def _rows_xlsx(self) -> Iterator[dict]:
        workbook, sheet = self._open_sheet()
        try:
            rows = sheet.iter_rows()
            header = ["" if c.value is None else str(c.value) for c in next(rows, ())]
            index = {name: header.index(actual) for name, actual in self.mapping.items()}
            number = 0
            for cells in rows:
                values = {}
                for name, i in index.items():
                    cell = cells[i] if i < len(cells) else None
                    if cell is None or getattr(cell, "value", None) is None:
                        values[name] = None
                    elif getattr(cell, "data_type", "") == "e":  # #REF!, #N/A, #VALUE! ...
                        values[name] = Unreadable()
                    else:
                        values[name] = cell.value
                if all(v is None for v in values.values()):
                    continue
                number += 1
                values[ROW] = number
                yield values
        finally:
            workbook.close()

    def _rows_jsonl(self) -> Iterator[dict]:
        number = 0
        with open(self.path, "rb") as handle:
            for line_number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                number += 1
                # Round 41 (review41a P#9): the reason and the file's own line number (a blank line
                # is not a row, so "row 31" can be line 32), not a guess about the encoding.
                try:
                    record = json.loads(line.decode("utf-8"))
                    why = "" if isinstance(record, dict) else \
                        f"line {line_number} is {_json_kind(record)}, not a JSON object (one object per line)"
                except UnicodeDecodeError:
                    why = f"line {line_number} is not UTF-8 text (JSONL is always UTF-8)"
                except ValueError as error:
                    what = str(getattr(error, "msg", "it does not parse")).removesuffix(" at")
                    at = f", at character {error.colno}" if getattr(error, "colno", None) else ""
                    why = f"line {line_number} is not valid JSON ({what}{at})"
                if why:
                    yield {ROW: number, **{name: Unreadable(why) for name in self.mapping}}
                    continue
                row = {}
                for name, actual in self.mapping.items():
                    value = record.get(actual, Missing())
                    row[name] = Unreadable(f"line {line_number}: the {actual} value is {_json_kind(value)}, not "
                                           "text") if isinstance(value, (dict, list)) else value
                row[ROW] = number
                yield row

    def _rows_parquet(self) -> Iterator[dict]:
        dataset = self._parquet_dataset()
        names = list(self.mapping)
        number = 0
        for batch in dataset.to_batches(columns=[self.mapping[n] for n in names], batch_size=2048):
            for record in batch.to_pylist():
                number += 1
                row = {name: _text_or_unreadable(record[self.mapping[name]]) for name in names}
                row[ROW] = number
                yield row

    def count(self) -> int | None:
        """How many rows (for the progress bar); None when that would take long to find out."""
        try:
            if self.suffix == ".parquet":
                return self._parquet_dataset().count_rows()
            if self.suffix == ".jsonl":
                with open(self.path, "rb") as handle:
                    return sum(1 for line in handle if line.strip())
            if self.suffix == ".csv":
                with self._open_csv() as handle:
                    return max(0, sum(1 for r in csv.reader(handle) if any(f.strip() for f in r)) - 1)
            return max(0, (self._open_sheet()[1].max_row or 1) - 1)
        except Exception:  # a count only feeds the progress bar; the run reports real problems
            return None

    # -- helpers -----------------------------------------------------------------------------
    def _open_csv(self):
        allow_long_cells()
        return open(self.path, encoding=self.encoding, errors="surrogateescape", newline="")

    def _open_sheet(self):
        try:
            import openpyxl
        except ImportError:
            raise SpecError("reading Excel files needs openpyxl: pip install 'sos-lint[audit]'") from None
        try:
            workbook = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
        except Exception as error:  # zipfile, XML and openpyxl errors all mean "not a readable workbook"
            raise SpecError(f"{self.path}: is not a readable Excel workbook ({_reason(error)})") from None
        if self.sheet is None:
            return workbook, workbook.worksheets[0]
        if self.sheet not in workbook.sheetnames:
            raise SpecError(f"{self.path}: has no sheet {self.sheet!r} (it has: {', '.join(workbook.sheetnames)})")
        return workbook, workbook[self.sheet]

    def _parquet_dataset(self):
        try:
            import pyarrow.dataset as ds
        except ImportError:
            raise SpecError("reading Parquet files needs pyarrow: pip install 'sos-lint[audit]'") from None
        try:
            return ds.dataset(str(self.path), format="parquet")
        except Exception as error:  # pyarrow raises its own error types for damaged files
            raise SpecError(f"{self.path}: is not a readable Parquet file ({_reason(error)})") from None


def _reason(error: Exception) -> str:
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    return text[:120]
