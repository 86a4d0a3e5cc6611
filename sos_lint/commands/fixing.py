"""How `check --fix` gets its edits: one adapter, so the source of the fixes changes in one line.

The contract (sos_lint.fixes, being written on the `rewrite` branch):
    fixed_text(text: str, reports: list[Report]) -> FixResult
with FixResult.text, .applied and .advised (edits with .start .end .original .replacement .code
.reason), applying only the safe fixes carried on the findings of engine.check_document(text, ...).
Until that module is merged, `safe_fixes` builds the same record from the word-level rewrite.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Restructuring is never written by --fix: a passive turned active or a split sentence can change
# who did what. They are shown as advice.
_RESTRUCTURING = frozenset({"SOS201", "SOS202"})


@dataclass
class FixResult:
    text: str
    applied: list = field(default_factory=list)
    advised: list = field(default_factory=list)


def safe_fixes(engine, text: str, reports: list, kind: str | None) -> FixResult:
    """The safe fixes for one draft, for the findings in `reports` (already filtered by
    --select/--ignore through the engine's configuration)."""
    try:
        from ..fixes import fixed_text
    except ImportError:
        return _from_rewrite(engine, text, reports, kind)
    return fixed_text(text, reports)


def _from_rewrite(engine, text: str, reports: list, kind: str | None) -> FixResult:
    """The interim source: the rewrite's word-level pass, kept to the enabled rules' codes, with
    restructuring left as advice, spliced into the original so nothing else moves."""
    from ..rewrite import rewrite_many

    result = rewrite_many([text], [kind], None, engine.config, safe_only=True, engine=engine)[0]
    applied, advised, last_end = [], [], -1
    for change in sorted(result.changes, key=lambda c: (c.start, c.end)):
        codes = set(change.codes or (change.code,)) | {change.code}
        certain = (change.safe and not codes & _RESTRUCTURING and all(engine.config.enabled(c) for c in codes)
                   and text[change.start:change.end] == change.original and change.start >= last_end)
        (applied if certain else advised).append(change)
        if certain:
            last_end = change.end
    pieces, cursor = [], 0
    for change in applied:
        pieces += [text[cursor:change.start], change.replacement]
        cursor = change.end
    pieces.append(text[cursor:])
    return FixResult("".join(pieces), applied, advised)
