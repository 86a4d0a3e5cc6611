"""Per-statement results written as they finish (CSV, JSONL, or a folder of Parquet parts), and read
back for --resume and for the summary. What is on disk is always valid: CSV and JSONL grow by whole
lines (each batch is one append), Parquet by whole part files (each written beside and renamed)."""
from __future__ import annotations

import csv
import io
import json
import math
import os
import re
from pathlib import Path
from typing import Iterator

from .spec import SCORE_COLUMNS, AuditSpec, SpecError

PART = re.compile(r"^part[.-](\d+)\.parquet$")  # ours (part-00000.parquet) and Dask's (part.0.parquet)
PARQUET_PART_ROWS = 5000


def open_results(path: Path, spec: AuditSpec, resume: bool):
    """The writer for this output path (format from the extension); fresh unless resuming."""
    suffix = path.suffix.lower()
    kinds = {".csv": CsvResults, ".jsonl": JsonlResults, ".parquet": ParquetResults}
    if suffix not in kinds:
        raise SpecError(f"--output {path}: name a .csv, .jsonl or .parquet file")
    folder_exists(path, "--output")
    try:
        return kinds[suffix](path, spec, resume)
    except OSError as error:  # round 41 (review41a P#8): one line and exit 2, never a traceback and exit 1
        raise SpecError(f"--output {path}: cannot be written ({error.strerror or error})") from None


def folder_exists(path: Path, option: str) -> None:
    """Round 41 (review41a P#8): an output in a folder that does not exist is refused before anything
    runs, rather than the folder tree being made without a word (a typo made /nonexistent/dir/)."""
    parent = Path(path).absolute().parent
    if not parent.is_dir():
        raise SpecError(f"{option} {path}: the folder {parent} does not exist; make it first, or check the name")


def _number(value):
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else value


class _LineResults:
    """Shared by CSV and JSONL: one O_APPEND descriptor, one os.write per batch."""

    def __init__(self, path: Path, spec: AuditSpec, resume: bool):
        self.path, self.columns = Path(path), spec.output_columns
        if self.path.is_dir():
            raise SpecError(f"--output {path}: is a folder")
        if resume and self.path.exists():
            self._drop_partial_line()
            self._check_columns()
        else:
            self.path.write_bytes(self._header())
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND)

    def _drop_partial_line(self) -> None:
        """A process killed mid-write can leave a line without its end: cut it off (it is redone)."""
        with open(self.path, "rb+") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            if size == 0:
                handle.write(self._header())
                return
            handle.seek(max(0, size - 1))
            if handle.read(1) == b"\n":
                return
            step, end = 65536, size
            while end > 0:
                start = max(0, end - step)
                handle.seek(start)
                block = handle.read(end - start)
                cut = block.rfind(b"\n")
                if cut >= 0:
                    handle.truncate(start + cut + 1)
                    return
                end = start
            handle.truncate(0)
            handle.write(self._header())

    def write(self, rows: list[dict]) -> None:
        if rows:
            data = self._encode(rows)
            while data:  # a regular file takes it all in one call; loop only for the rare short write
                data = data[os.write(self._fd, data):]

    def close(self) -> None:
        if self._fd is not None:
            os.fsync(self._fd)
            os.close(self._fd)
            self._fd = None

    def _header(self) -> bytes:
        return b""

    def _check_columns(self) -> None:
        pass


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """A text cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets the
    apostrophe spreadsheets themselves use to mean "this is text" (round 34, Q#9; OWASP's advice for
    CSV injection). A number stays a number; a cell already starting with an apostrophe and a formula
    character gets a second one, so `csv_value` can always undo it."""
    if not isinstance(value, str) or not value:
        return value
    if value.startswith(FORMULA_START) and not _numeric(value):
        return "'" + value
    if value.startswith("'") and value[1:].startswith(FORMULA_START + ("'",)):
        return "'" + value
    return value


def csv_value(value: str) -> str:
    """The cell as the export had it, from what `spreadsheet_safe` wrote."""
    if value.startswith("'") and value[1:].startswith(FORMULA_START + ("'",)):
        return value[1:]
    return value


def _numeric(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


class CsvResults(_LineResults):
    def _header(self) -> bytes:
        return self._encode_records([self.columns])

    def _encode(self, rows: list[dict]) -> bytes:
        return self._encode_records([["" if _number(r[c]) is None else spreadsheet_safe(r[c]) for c in self.columns]
                                     for r in rows])

    @staticmethod
    def _encode_records(records) -> bytes:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(records)
        return buffer.getvalue().encode("utf-8")

    def _check_columns(self) -> None:
        with open(self.path, encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle), None)
        if header != self.columns:
            raise SpecError(f"--resume: {self.path} was written with other columns; "
                            "use the same options as the first run, or a new --output")

    def read(self) -> Iterator[dict]:
        with open(self.path, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                row = {k: csv_value(v) if isinstance(v, str) else v for k, v in row.items()}
                for column in SCORE_COLUMNS:
                    row[column] = float(row[column]) if row.get(column) else None
                yield row


class JsonlResults(_LineResults):
    def _encode(self, rows: list[dict]) -> bytes:
        return "".join(json.dumps({c: _number(r[c]) for c in self.columns}, ensure_ascii=False) + "\n"
                       for r in rows).encode("utf-8")

    def _check_columns(self) -> None:
        with open(self.path, encoding="utf-8") as handle:
            first = handle.readline()
        if first and list(json.loads(first)) != self.columns:
            raise SpecError(f"--resume: {self.path} was written with other columns; "
                            "use the same options as the first run, or a new --output")

    def read(self) -> Iterator[dict]:
        with open(self.path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield json.loads(line)


class ParquetResults:
    """A folder of part files, each complete: `results.parquet/part-00000.parquet` and on."""

    def __init__(self, path: Path, spec: AuditSpec, resume: bool):
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise SpecError("writing Parquet needs pyarrow: pip install 'sos-lint[audit]'") from None
        self.path, self.spec, self.columns = Path(path), spec, spec.output_columns
        if self.path.is_file():
            raise SpecError(f"--output {path}: is a file; Parquet results are written as a folder of parts")
        self.path.mkdir(exist_ok=True)  # the folder of parts itself; its parent must exist (round 41, P#8)
        for leftover in self.path.glob(".*.tmp"):
            leftover.unlink()
        if not resume:
            for part in self.parts():
                part.unlink()
        elif self.parts():
            import pyarrow.parquet as pq

            if pq.read_schema(self.parts()[0]).names != self.columns:
                raise SpecError(f"--resume: {self.path} was written with other columns; "
                                "use the same options as the first run, or a new --output")
        self._next = len(self.parts())
        self._buffer: list[dict] = []

    def parts(self) -> list[Path]:
        found = [(int(m[1]), p) for p in self.path.iterdir() if (m := PART.match(p.name))]
        return [p for _, p in sorted(found)]

    def write(self, rows: list[dict]) -> None:
        self._buffer.extend(rows)
        if len(self._buffer) >= PARQUET_PART_ROWS:
            self._flush()

    def _flush(self) -> None:
        if not self._buffer:
            return
        import pyarrow.parquet as pq

        target = self.path / f"part-{self._next:05d}.parquet"
        temporary = self.path / f".{target.name}.tmp"
        pq.write_table(table_of(self._buffer, self.spec), temporary)
        with open(temporary, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        self._next += 1
        self._buffer = []

    def close(self) -> None:
        self._flush()

    def read(self) -> Iterator[dict]:
        yield from read_parquet_parts(self.path)


def table_of(rows: list[dict], spec: AuditSpec):
    import pyarrow as pa

    fields = [pa.field(c, pa.float64() if c in SCORE_COLUMNS else pa.string()) for c in spec.output_columns]
    columns = {c: [_number(r[c]) for r in rows] for c in spec.output_columns}
    return pa.Table.from_pydict(columns, schema=pa.schema(fields))


def read_parquet_parts(folder: Path) -> Iterator[dict]:
    """Rows of every part in the folder, in part order (ours or Dask's naming), one batch at a time."""
    import pyarrow.parquet as pq

    found = [(int(m[1]), p) for p in Path(folder).iterdir() if (m := PART.match(p.name))]
    for _, part in sorted(found):
        for batch in pq.ParquetFile(part).iter_batches(batch_size=4096):
            for row in batch.to_pylist():
                yield {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items()}
