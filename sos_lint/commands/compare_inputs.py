"""Reads drafts for compare: files and folders (author = file name) or one CSV/JSONL table of author and text."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..inputs import InputError, expand, read_path, read_stdin

TABLE_SUFFIXES = (".csv", ".jsonl")


@dataclass(frozen=True)
class AuthoredDraft:
    author: str
    text: str
    source: str  # the file, or "file row N" for a table row


def read_drafts(names: list[str], author_column: str = "author",
                text_column: str = "text") -> Iterator[AuthoredDraft | InputError]:
    """Yield a draft or a one-line InputError for each input, so one bad input never stops the rest."""
    for name in expand(names):
        try:
            if Path(name).suffix.lower() in TABLE_SUFFIXES:
                yield from read_table(name, author_column, text_column)
            elif name == "-":
                yield AuthoredDraft("stdin", read_stdin().text, "<stdin>")
            else:
                yield AuthoredDraft(Path(name).stem, read_path(name).text, name)
        except InputError as error:
            yield error


def read_table(name: str, author_column: str, text_column: str) -> Iterator[AuthoredDraft | InputError]:
    text = read_path(name).text
    rows = _jsonl_rows(name, text) if name.lower().endswith(".jsonl") else _csv_rows(name, text)
    found = 0
    for number, row in rows:
        if isinstance(row, InputError):
            yield row
            continue
        columns = {str(k).strip().lower(): k for k in row}
        missing = [c for c in (author_column, text_column) if c.lower() not in columns]
        if missing:
            raise InputError(f"{name}: has no '{missing[0]}' column (it has: {', '.join(map(str, row)) or 'none'}); "
                             "choose one with --author-column or --text-column")
        body = str(row[columns[text_column.lower()]] or "").strip()
        author = str(row[columns[author_column.lower()]] or "").strip() or f"{Path(name).stem} row {number}"
        if not body:
            yield InputError(f"{name} row {number}: the '{text_column}' column is empty")
            continue
        found += 1
        yield AuthoredDraft(author, body, f"{name} row {number}")
    if not found:
        raise InputError(f"{name}: has no drafts in it")


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
        except json.JSONDecodeError:
            yield number, InputError(f"{name} line {number}: is not valid JSON")
            continue
        if not isinstance(row, dict):
            yield number, InputError(f"{name} line {number}: should be a JSON object with author and text")
            continue
        yield number, row
