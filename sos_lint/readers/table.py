"""Reads a CSV or JSON Lines table with one draft per row: an author column and a text column."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Iterator

from ..cleaning import LONE_SURROGATE, has_broken_character
from .files import InputError, Source, shown
from .text import MAX_BYTES, decode, read_bytes

# A whole export of drafts (thousands of rows) may be large; each row is still one draft of up to 1 MB.
MAX_TABLE_BYTES = 200_000_000


def read(source: Source, author_column: str = "author", text_column: str = "text", **_options) -> Iterator:
    from . import Draft

    name = source.shown
    text, _ = decode(name, read_bytes(source, MAX_TABLE_BYTES))
    rows = _jsonl_rows(name, text) if source.suffix == ".jsonl" else _csv_rows(name, text)
    found = 0
    for number, row in rows:
        if isinstance(row, InputError):
            yield row
            continue
        columns = {str(k).strip().lower(): k for k in row}
        # Round 35 (review35i I#6): an export with an `id` column and no author column is read, the id
        # naming each row; a `kind` column gives each row its kind (as `audit --kind-column` reads it).
        by_id = author_column == "author" and "author" not in columns and "id" in columns
        missing = [c for c in (author_column, text_column) if c.lower() not in columns and not (by_id and c == author_column)]
        if missing:
            have = ", ".join(shown(str(k)) for k in row) or "none"
            raise InputError(f"{name}: has no '{shown(missing[0])}' column (it has: {have}); rename the "
                             f"columns 'author' and 'text' in the file, or name them with `sos-lint compare "
                             f"--author-column NAME --text-column NAME` (`sos-lint check` reads the columns "
                             f"'author' (or 'id') and 'text', and 'kind' if there is one; `sos-lint audit --text-column NAME` reads a "
                             f"whole export)", source.path)
        author_key = columns["id"] if by_id else columns[author_column.lower()]
        values = (row[author_key], row[columns[text_column.lower()]])
        if any(isinstance(v, (dict, list)) for v in values):
            yield InputError(f"{name} row {number}: the author and text should be plain text, "
                             "not a list or object", source.path)
            continue
        body = str(row[columns[text_column.lower()]] or "").strip()
        author = shown(" ".join(str(row[author_key] or "").split())) or f"{Path(name).stem} row {number}"
        if not body:
            yield InputError(f"{name} row {number}: the '{shown(text_column)}' column is empty", source.path)
            continue
        if has_broken_character(body):  # round 33 (D#7): was a raw UnicodeEncodeError
            yield InputError(f"{name} row {number}: the text {LONE_SURROGATE}", source.path)
            continue
        if len(body.encode("utf-8")) > MAX_BYTES:
            yield InputError(f"{name} row {number}: {len(body.encode('utf-8')) / 1_000_000:.1f} MB is over the "
                             "1 MB limit for one draft", source.path)
            continue
        found += 1
        # A row is never written back: --fix rewrites plain-text drafts only.
        kind = _kind(row.get(columns["kind"])) if "kind" in columns else None
        where = f"{name} row {number}" + (f" (id {author})" if by_id and author != f"{Path(name).stem} row {number}" else "")
        yield Draft(author, body, where, False, None, kind=kind)
    if not found:
        raise InputError(f"{name}: has no drafts in it", source.path)


def _kind(value) -> str | None:
    """A kind column's label as "worry" or "goal" ("Danger statement", "Safety goal"), as `audit`
    reads it; None (worked out from the wording) when blank or not recognised."""
    from ..audit.rows import kind_of

    return kind_of(value) if isinstance(value, (str, type(None))) else None


def _csv_rows(name: str, text: str):
    try:
        reader = csv.DictReader(io.StringIO(text))
        for number, row in enumerate(reader, 1):
            yield number, {k: v for k, v in row.items() if k is not None}
    except csv.Error as error:
        raise InputError(f"{name}: is not a readable CSV file ({error})") from None


def _jsonl_rows(name: str, text: str):
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except (json.JSONDecodeError, RecursionError):
            yield number, InputError(f"{name} line {number}: is not valid JSON (or is nested too deeply)")
            continue
        if not isinstance(row, dict):
            yield number, InputError(f"{name} line {number}: should be a JSON object with author and text")
            continue
        yield number, row
