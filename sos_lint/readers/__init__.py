"""Input readers in one table keyed by file type. Every reader yields the same Draft record, or a
one-line InputError, so one bad input never stops the others.

To read a new file type, write one module here with a `read(path: Source) -> Iterator[Draft | InputError]`
function and add one line to READERS.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import Iterator

from .files import InputError, Source, expand, shown
from .text import MAX_BYTES

__all__ = ["Draft", "InputError", "READERS", "MAX_BYTES", "Source", "read_all", "shown"]


@dataclass(frozen=True)
class Draft:
    """One draft to check: who wrote it, its text, where it came from, and whether `check --fix`
    may write it back (only a plain-text file that was named, or found in a folder without a link)."""

    author: str
    text: str
    source: str  # what the user sees: the path as given (escaped), "<stdin>", or "file.csv row 3"
    writable: bool = False
    path: str | None = None  # the real file to write back to, when writable
    encoding: str = "utf-8"  # how to write it back: "utf-8", "utf-8-sig" (keeps the BOM) or "utf-16"
    kind: str | None = None  # a table row's own kind column ("worry", "goal"), else None (round 35, I#6)

    @property
    def name(self) -> str:  # the older name for `source`
        return self.source


@dataclass(frozen=True)
class Reader:
    module: str  # sos_lint.readers.<module>, imported only when a file of this type is read
    in_folders: bool  # read when found in a folder walk, or only when named


# suffix -> reader. The first four are plain text; tables hold one draft per row.
READERS: dict[str, Reader] = {
    ".txt": Reader("text", True),
    ".md": Reader("text", True),
    ".text": Reader("text", True),
    ".csv": Reader("table", False),
    ".jsonl": Reader("table", False),
    ".docx": Reader("word", True),
    ".doc": Reader("word", False),  # only to say plainly that it must be saved as .docx
}
DEFAULT_READER = Reader("text", False)  # a file named directly with any other suffix is read as text


def folder_suffixes() -> tuple[str, ...]:
    return tuple(suffix for suffix, reader in READERS.items() if reader.in_folders)


def read_all(names: list[str], **options) -> Iterator[Draft | InputError]:
    """Yield a Draft or an InputError for each input, in order. `options` go to every reader
    (for tables: author_column, text_column)."""
    for source in expand(names, folder_suffixes()):
        if isinstance(source, InputError):
            yield source
            continue
        reader = READERS.get(source.suffix, DEFAULT_READER)
        try:
            yield from import_module(f"{__name__}.{reader.module}").read(source, **options)
        except InputError as error:
            yield error
