"""Turns the names on the command line into sources to read: files as named, folders walked safely.

A walk never follows a link out of the folder it was given, never loops, and says what is wrong
with a folder: no drafts in it, cannot be read, or a link that loops.
"""
from __future__ import annotations

import errno
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path


class InputError(Exception):
    """An input that cannot be checked; str() is the one-line message for the user."""

    def __init__(self, message: str, source: str | None = None):
        super().__init__(message)
        self.source = source  # the input it is about, so a redacted run can hide it


# The reasons an input is refused, as the readers word them, each naming nothing from the input: a
# redacted run says why a draft could not be read ("draft 2 could not be read: is empty; …") without
# its name. A reason not listed here is never shown redacted (only "could not be read").
_SAFE_REASONS = re.compile("|".join([
    r"is empty; there is no statement to check",
    r"no such file",
    r"cannot be read \([A-Za-z ,'-]+\)",
    r"is a folder",
    r"is a symbolic link that loops back on itself",
    r"the name is too long",
    r"is not a regular file \(a pipe, device or socket\); save the draft as a file and check that",
    r"looks like a binary file, not text; save the draft as plain text \(\.txt\)",
    r"is not readable UTF-16 text; save it again as plain text \(UTF-8\)",
    r"is not UTF-8 text; save it again as plain text with UTF-8 encoding",
    r"is not UTF-8 text: it looks like an older Windows encoding \(Notepad's \"ANSI\"\)\. Save it again as UTF-8: [^:]*: [^:]*",
    r"is more than the [\d.]+ MB limit; sos-lint checks drafts of up to [\d.]+ MB",
    r"[\d.]+ MB is over the [\d.]+ MB limit(?:; sos-lint checks drafts of up to [\d.]+ MB| for Word documents)",
    r"is an old Word \.doc file; open it in Word and save it as \.docx",
    r"is password-protected or encrypted; save a copy without a password and check that",
    r"is not a Word document sos-lint can read; save it as \.docx",
    r"is not a Word document, although its name ends in \.docx",
    r"is damaged or is not a Word document; open it in Word and save it again",
    r"its statements hold [\d,]+ characters, over the [\d,]+ limit",
    r"no worry statements or goals found; looked for headings, bold lines or table labels such as [^:]*",
    # Round 35 (review35i I#2): a table row's reasons ("draft 32 could not be read" lost "the 'text'
    # column is empty"). Only the default column's name: a --text-column NAME may be anything.
    r"the 'text' column is empty",
    r"the author and text should be plain text, not a list or object",
    r"the text holds a broken character \(half of an emoji or symbol, often left when a text box cuts the text "
    r"short\); delete it or paste the text again",
    r"[\d.]+ MB is over the 1 MB limit for one draft",
]))


def redacted_reason(message: str) -> str | None:
    """Why an input could not be read, without the input's name, or None when the reason is not
    one the readers word (then a redacted run says only that it could not be read). The reason is
    the message's last part: the rightmost ": " whose remainder is, in full, a listed reason."""
    at = len(message)
    while (at := message.rfind(": ", 0, at)) != -1:
        reason = message[at + 2:]
        if _SAFE_REASONS.fullmatch(reason):
            return reason
    return None


# Bidirectional overrides and isolates can make a file name or a draft read differently on screen.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def shown(name: str) -> str:
    """A name safe to print: bytes that are not UTF-8 shown as \\xNN, control characters and
    bidirectional overrides escaped, so a file name cannot rewrite the terminal or hide its ending."""
    out = []
    for ch in name:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (Python's surrogateescape)
            out.append(f"\\x{code - 0xDC00:02x}")
        elif ch in _BIDI or 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}")
        elif unicodedata.category(ch) == "Cc":
            out.append(f"\\x{code:02x}")
        else:
            out.append(ch)
    return "".join(out)


@dataclass(frozen=True)
class Source:
    """One input to read: a regular file (path), or standard input (path '-')."""

    path: str  # as the user wrote it, or as found in a walk
    named: bool  # named on the command line (not found in a folder)
    linked: bool = False  # reached through a symbolic link, or has several hard links

    @property
    def suffix(self) -> str:
        return "" if self.path == "-" else Path(self.path).suffix.lower()

    @property
    def shown(self) -> str:
        return "<stdin>" if self.path == "-" else shown(self.path)

    @property
    def writable(self) -> bool:
        """`check --fix` writes only files the user named, or plain files found without a link."""
        return self.path != "-" and (self.named or not self.linked)


def _problem(name: str, error: OSError) -> InputError:
    where = shown(name)
    if error.errno == errno.ELOOP:
        return InputError(f"{where}: is a symbolic link that loops back on itself", name)
    if error.errno == errno.ENOENT:
        return InputError(f"{where}: no such file", name)
    if isinstance(error, PermissionError):
        return InputError(f"{where}: cannot be read (permission denied)", name)
    if error.errno == errno.ENAMETOOLONG:
        return InputError(f"{where}: the name is too long", name)
    return InputError(f"{where}: cannot be read ({error.strerror or error})", name)


def check_regular(name: str) -> os.stat_result:
    """stat() a file before opening it: a FIFO or a device would block or never end."""
    try:
        info = os.stat(name)
    except OSError as error:
        raise _problem(name, error) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{shown(name)}: is a folder", name)
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{shown(name)}: is not a regular file (a pipe, device or socket); "
                         "save the draft as a file and check that", name)
    return info


def expand(names: list[str], suffixes: tuple[str, ...]) -> list[Source | InputError]:
    """Each name as a Source; each folder as the drafts inside it (sorted), or one InputError
    saying what is wrong with it."""
    out: list[Source | InputError] = []
    for name in names:
        if name == "-":
            out.append(Source("-", True))
            continue
        try:
            info = os.stat(name)
        except OSError as error:
            out.append(_problem(name, error))
            continue
        if stat.S_ISDIR(info.st_mode):
            out.extend(_walk(name, suffixes))
        else:
            linked = os.path.islink(name) or info.st_nlink > 1
            out.append(Source(name, True, linked))
    return out


def _walk(folder: str, suffixes: tuple[str, ...]) -> list[Source | InputError]:
    root = os.path.realpath(folder)
    found: list[Source | InputError] = []
    problems: list[InputError] = []

    def on_error(error: OSError) -> None:
        problems.append(_problem(error.filename or folder, error))

    for here, dirs, files in os.walk(folder, onerror=on_error, followlinks=False):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(here, name)
            if Path(name).suffix.lower() not in suffixes:
                continue
            is_link = os.path.islink(path)
            if is_link:
                target = os.path.realpath(path)
                if not os.path.exists(target):
                    try:
                        os.stat(path)
                    except OSError as error:
                        problems.append(_problem(path, error))
                    continue
                if os.path.commonpath([root, target]) != root:
                    problems.append(InputError(f"{shown(path)}: is a link to a file outside "
                                               f"{shown(folder)}; name it directly to check it", path))
                    continue
            try:
                info = os.stat(path)
            except OSError as error:
                problems.append(_problem(path, error))
                continue
            if stat.S_ISREG(info.st_mode):
                found.append(Source(path, False, is_link or info.st_nlink > 1))
    if not found and not problems:
        problems.append(InputError(f"{shown(folder)}: is a folder with no drafts in it "
                                   f"(no {', '.join(suffixes)} files)", folder))
    return sorted(found, key=lambda s: s.path) + problems
