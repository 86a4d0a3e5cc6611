"""Reads one plain-text draft: UTF-8 (with or without a BOM) or UTF-16 with a BOM, any line endings."""
from __future__ import annotations

import codecs
import os
import sys
from typing import Iterator

from .files import InputError, Source, check_regular, shown

MAX_BYTES = 1_000_000  # drafts are a few hundred words; anything this big is the wrong file


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def too_large(where: str, size: int | None, limit_bytes: int = MAX_BYTES) -> InputError:
    """A truthful size message: the real size when it is known, "more than" when it is not."""
    limit = _megabytes(limit_bytes).replace(".0 ", " ")
    if size is None:
        return InputError(f"{where}: is more than the {limit} limit; sos-lint checks drafts of up to {limit}")
    return InputError(f"{where}: {_megabytes(size)} is over the {limit} limit; "
                      f"sos-lint checks drafts of up to {limit}")


def not_utf8_reason(raw: bytes) -> str:
    """Why a file is refused when it is not UTF-8, with how to save it again. Text from old Notepad
    ("ANSI") or Word's "Windows (Default)" is Windows-1252: it is refused, not guessed at (another
    encoding's bytes would read as the wrong letters without a word), but the message says how."""
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return "is not UTF-8 text; save it again as plain text with UTF-8 encoding"
    return ("is not UTF-8 text: it looks like an older Windows encoding (Notepad's \"ANSI\"). Save it again "
            "as UTF-8: in Notepad, File > Save As, then choose \"UTF-8\" under Encoding; in Word, File > "
            "Save As, \"Plain Text (*.txt)\", then \"Other encoding\" > \"Unicode (UTF-8)\"")


def decode(where: str, raw: bytes) -> tuple[str, str]:
    """(text, encoding to write it back with). UTF-16 is text when it starts with its BOM."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text, encoding = raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputError(f"{where}: is not readable UTF-16 text; save it again as plain text (UTF-8)") from None
    else:
        if b"\x00" in raw[:8192]:
            raise InputError(f"{where}: looks like a binary file, not text; save the draft as plain text (.txt)")
        encoding = "utf-8-sig" if raw.startswith(codecs.BOM_UTF8) else "utf-8"
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            raise InputError(f"{where}: {not_utf8_reason(raw)}") from None
    if not text.strip():
        raise InputError(f"{where}: is empty; there is no statement to check")
    return text, encoding


def read_bytes(source: Source, limit: int = MAX_BYTES) -> bytes:
    """The file's bytes, refusing at once anything that is not a regular file or is too large."""
    where = source.shown
    if source.path == "-":
        raw = sys.stdin.buffer.read(limit + 1)
        if len(raw) > limit:
            raise too_large(where, None, limit)
        return raw
    info = check_regular(source.path)
    if info.st_size > limit:
        raise too_large(where, info.st_size, limit)
    try:
        with open(source.path, "rb") as handle:
            raw = handle.read(limit + 1)
    except PermissionError:
        raise InputError(f"{where}: cannot be read (permission denied)", source.path) from None
    except OSError as error:
        raise InputError(f"{where}: cannot be read ({error.strerror or error})", source.path) from None
    if len(raw) > limit:  # it grew while we looked
        raise too_large(where, None, limit)
    return raw


def read(source: Source, **_options) -> Iterator:
    from . import Draft
    from pathlib import Path

    try:
        text, encoding = decode(source.shown, read_bytes(source))
    except InputError as error:
        error.source = source.path
        raise
    author = "stdin" if source.path == "-" else shown(Path(source.path).stem)
    # A link named directly is written through to its target, never replaced by a plain file.
    path = None if source.path == "-" else os.path.realpath(source.path)
    yield Draft(author, text, source.shown, source.writable, path, encoding)
