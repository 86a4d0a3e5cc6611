"""How `check --fix` gets its edits: the safe fixes the findings carry (sos_lint.fixes.fixed_text).

Restructuring (a passive turned active, a split sentence) never carries a safe fix, so it is only
ever shown as advice.
"""
from __future__ import annotations


def safe_fixes(engine, text: str, reports: list, kind: str | None):
    """The safe fixes for one draft, for the findings in `reports` (already filtered by
    --select/--ignore through the engine's configuration; `kind` chose how they were checked).
    Returns sos_lint.fixes.FixResult: .text, .applied, .advised."""
    from ..fixes import fixed_text

    return fixed_text(text, reports)
