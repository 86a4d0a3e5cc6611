"""The records a rewrite hands back (Rewrite, Change, Placeholder) and the edit table behind them.

Every stage of a rewrite edits the current text, but each Change is reported against the
draft as the writer wrote it: the Draft keeps a piece table that maps one onto the other.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{2,200}\]")
_QUESTION = re.compile(r"\[[^\[\]]+\]")


def questions_in(text: str) -> list[str]:
    """Every "[…]" question a rewrite stage has put in the text so far, as written."""
    return _QUESTION.findall(text)


@dataclass(frozen=True)
class Edit:
    """One proposed change to the current text of a Draft."""

    start: int
    end: int
    replacement: str
    code: str  # the rule this answers, e.g. "SOS101"
    reason: str  # one plain sentence for the writer
    safe: bool = True  # safe edits swap words; unsafe ones add placeholders or restructure
    asks: bool = False  # a question that takes the replaced words' "not" with it ("non-engagement" ->
    # "[What happened instead: which meetings were missed?]"): their negation is asked about, not lost


@dataclass(frozen=True)
class Change:
    """One change, tied to the span of the original draft it replaces."""

    start: int  # offsets into the original text; start == end for an insertion
    end: int
    original: str
    replacement: str
    code: str
    reason: str
    safe: bool = True
    codes: tuple[str, ...] = ()  # every rule answered when edits to the same words merged

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "original": self.original,
                "replacement": self.replacement, "code": self.code, "reason": self.reason,
                "safe": self.safe, "codes": list(self.codes)}


@dataclass(frozen=True)
class Placeholder:
    """A visible question in square brackets that the writer must answer."""

    text: str
    start: int  # offsets into the rewritten text
    end: int

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Rewrite:
    original: str
    text: str
    kind: str | None
    changes: list[Change] = field(default_factory=list)
    placeholders: list[Placeholder] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # words left alone, and why

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def diff(self, name: str = "draft") -> str:
        """A unified diff from the original to the rewrite."""
        lines = difflib.unified_diff(self.original.splitlines(keepends=True),
                                     self.text.splitlines(keepends=True),
                                     fromfile=f"a/{name}", tofile=f"b/{name}")
        out = "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                      for line in lines)
        return out

    def to_dict(self) -> dict:
        return {"kind": self.kind, "text": self.text, "original": self.original,
                "changes": [c.to_dict() for c in self.changes],
                "placeholders": [p.to_dict() for p in self.placeholders], "notes": list(self.notes)}


@dataclass
class _Piece:
    orig_start: int
    orig_end: int
    text: str
    edits: list = field(default_factory=list)  # the Edits merged into this piece

    @property
    def changed(self) -> bool:
        return bool(self.edits)


class Draft:
    """The current text of a rewrite as pieces, each either untouched original or edited."""

    def __init__(self, original: str):
        self.original = original
        self.pieces = [_Piece(0, len(original), original)] if original else []

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)

    def _split(self, at: int) -> None:
        """Make `at` (an offset into the current text) a piece boundary if it is inside an
        untouched piece."""
        pos = 0
        for index, piece in enumerate(self.pieces):
            end = pos + len(piece.text)
            if pos < at < end and not piece.changed:
                cut = at - pos
                left = _Piece(piece.orig_start, piece.orig_start + cut, piece.text[:cut])
                right = _Piece(piece.orig_start + cut, piece.orig_end, piece.text[cut:])
                self.pieces[index: index + 1] = [left, right]
                return
            pos = end

    def apply(self, edits, safe_only: bool = False) -> int:
        """Apply non-overlapping edits to the current text; returns how many were applied."""
        chosen = sorted((e for e in edits if e.safe or not safe_only), key=lambda e: (e.start, e.end))
        kept, last_end = [], -1
        for edit in chosen:
            if edit.start < last_end or (edit.start == edit.end == last_end and kept and kept[-1].start == edit.start):
                continue
            kept.append(edit)
            last_end = edit.end
        for edit in reversed(kept):
            self._apply_one(edit)
        return len(kept)

    def _apply_one(self, edit: Edit) -> None:
        s, e = edit.start, edit.end
        self._split(s)
        self._split(e)
        pos, first, last = 0, None, None
        starts = []
        for index, piece in enumerate(self.pieces):
            starts.append(pos)
            end = pos + len(piece.text)
            touches = (pos < e and end > s) if s < e else (pos < s < end)
            if touches:
                first = index if first is None else first
                last = index
            pos = end
        if first is None:  # a pure insertion at a piece boundary
            index = next((i for i, p0 in enumerate(starts) if p0 >= s), len(self.pieces))
            anchor = (self.pieces[index].orig_start if index < len(self.pieces)
                      else (self.pieces[-1].orig_end if self.pieces else 0))
            self.pieces.insert(index, _Piece(anchor, anchor, edit.replacement, [edit]))
            return
        head, tail = self.pieces[first], self.pieces[last]
        prefix = head.text[: max(0, s - starts[first])]
        suffix = tail.text[max(0, e - starts[last]):]
        merged = _Piece(head.orig_start, tail.orig_end, prefix + edit.replacement + suffix,
                        [x for p in self.pieces[first: last + 1] for x in p.edits] + [edit])
        self.pieces[first: last + 1] = [merged]

    def changes(self) -> list[Change]:
        out = []
        for piece in self.pieces:
            if not piece.changed:
                continue
            original = self.original[piece.orig_start: piece.orig_end]
            if original == piece.text:
                continue
            codes = tuple(dict.fromkeys(e.code for e in piece.edits))
            main = piece.edits[0]
            reason = " ".join(dict.fromkeys(e.reason for e in piece.edits))
            out.append(Change(piece.orig_start, piece.orig_end, original, piece.text, main.code,
                              reason, all(e.safe for e in piece.edits), codes))
        return out

    def placeholders(self) -> list[Placeholder]:
        """Square-bracketed questions the rewrite added (brackets the writer typed are theirs)."""
        out, pos = [], 0
        for piece in self.pieces:
            if piece.changed:
                for match in _PLACEHOLDER.finditer(piece.text):
                    out.append(Placeholder(match.group(0), pos + match.start(), pos + match.end()))
            pos += len(piece.text)
        return out
