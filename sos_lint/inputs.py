"""Reads drafts from files, folders or standard input, turning every bad input into one plain line."""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 1_000_000  # drafts are a few hundred words; anything this big is the wrong file
DRAFT_SUFFIXES = (".txt", ".md", ".text")


class InputError(Exception):
    """An input that cannot be checked; str() is the one-line message for the user."""


@dataclass(frozen=True)
class Draft:
    name: str  # the path as the user wrote it, or "<stdin>"
    text: str


def decode(name: str, raw: bytes) -> str:
    if len(raw) > MAX_BYTES:
        size = len(raw) / 1_000_000
        raise InputError(f"{name}: too large ({size:.1f} MB); sos-lint checks drafts of up to 1 MB")
    if b"\x00" in raw[:8192]:
        raise InputError(f"{name}: looks like a binary file, not text; save the draft as plain text (.txt)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(
            f"{name}: is not UTF-8 text; save it again as plain text with UTF-8 encoding"
        ) from None
    if not text.strip():
        raise InputError(f"{name}: is empty; there is no statement to check")
    return text


def read_path(name: str) -> Draft:
    path = Path(name)
    try:
        if not path.exists():
            raise InputError(f"{name}: no such file")
        if path.is_dir():
            raise InputError(f"{name}: is a folder with no .txt or .md drafts in it")
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except PermissionError:
        raise InputError(f"{name}: cannot be read (permission denied)") from None
    except OSError as error:
        raise InputError(f"{name}: cannot be read ({error.strerror or error})") from None
    return Draft(name, decode(name, raw))


def read_stdin() -> Draft:
    raw = sys.stdin.buffer.read(MAX_BYTES + 1)
    return Draft("<stdin>", decode("<stdin>", raw))


def expand(names: list[str]) -> list[str]:
    """Replace each folder by the drafts inside it (sorted); keep everything else as given."""
    expanded: list[str] = []
    for name in names:
        path = Path(name)
        if name != "-" and path.is_dir():
            found = sorted(
                str(p) for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DRAFT_SUFFIXES
            )
            expanded.extend(found or [name])
        else:
            expanded.append(name)
    return expanded


def read_all(names: list[str]):
    """Yield a Draft or an InputError for each input, so one bad file never stops the rest."""
    for name in expand(names):
        try:
            yield read_stdin() if name == "-" else read_path(name)
        except InputError as error:
            yield error
