"""Apply the fixes that findings carry: only "safe" ones are written, the rest are advice.

`fixed_text(text, reports)` is what `sos-lint check --fix` writes and what `sos-lint rewrite`
starts from, so the advice shown and the fix written come from the same edits. Only findings
present in the reports are read, so a run's --select/--ignore decide which fixes are made.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable


@dataclass(frozen=True)
class TextEdit:
    """One fix placed in the whole text (offsets are report.offset + the finding's own)."""

    start: int
    end: int
    original: str
    replacement: str
    code: str
    reason: str
    applicability: str = "safe"

    @property
    def safe(self) -> bool:
        return self.applicability == "safe"

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "original": self.original,
                "replacement": self.replacement, "code": self.code, "reason": self.reason,
                "applicability": self.applicability}


@dataclass
class FixResult:
    text: str  # the text with the applied edits made
    applied: list[TextEdit] = field(default_factory=list)  # in text order, offsets into the input
    advised: list[TextEdit] = field(default_factory=list)  # shown, never written

    @property
    def changed(self) -> bool:
        return bool(self.applied)


def edits_of(text: str, reports: Iterable) -> list[TextEdit]:
    """Every fix carried by the reports' findings, placed in `text`, in text order.

    Raises ValueError when a fix's words are not where the report says: the reports were made
    from another text, and writing their edits would damage this one."""
    out: dict[tuple, TextEdit] = {}
    for report in reports:
        offset = getattr(report, "offset", 0) or 0
        for finding in report.findings:
            fix = getattr(finding, "fix", None)
            if fix is None:
                continue
            start, end = offset + fix.start, offset + fix.end
            if end > len(text) or text[start:end] != report.text[fix.start:fix.end]:
                raise ValueError(f"the fix for {finding.code} does not match the text at {start}-{end}")
            edit = TextEdit(start, end, text[start:end], fix.replacement, finding.code,
                            fix.reason or finding.message, fix.applicability)
            out.setdefault((start, end, fix.replacement), edit)  # two rules, one edit: once
    return sorted(out.values(), key=lambda e: (e.start, e.end))


def fixed_text(text: str, reports: Iterable, unsafe: bool = False) -> FixResult:
    """Write the safe fixes of the reports' findings into `text`, non-overlapping, right to left.

    Unsafe fixes (and safe ones overlapping an earlier fix) go to `advised`. `unsafe=True`
    applies them too (for a preview the writer asked for; never for `--fix`)."""
    applied, advised, last_end = [], [], -1
    for edit in edits_of(text, reports):
        # A fix across a line break would join the lines: the file's line endings are the writer's.
        broken = any(ch in edit.original and ch not in edit.replacement for ch in "\r\n")
        if not (edit.safe or unsafe) or edit.start < last_end or broken:
            advised.append(edit)
            continue
        applied.append(edit)
        last_end = max(last_end, edit.end)
    out = text
    for edit in reversed(applied):
        out = out[: edit.start] + edit.replacement + out[edit.end:]
    return FixResult(out, applied, advised)
