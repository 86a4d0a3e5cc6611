"""The rule table: every rule sos_lint ships, listed explicitly (no import-time registration)."""
from __future__ import annotations

from functools import lru_cache

from .base import Context, Rule


@lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    from . import child_focus, jargon, readability, specificity, structure, structure33, structure34, whereabouts

    rules = jargon.RULES + readability.RULES + specificity.RULES + child_focus.RULES + structure.RULES + structure33.RULES + structure34.RULES + whereabouts.RULES
    codes = [r.code for r in rules]
    if len(codes) != len(set(codes)):
        raise RuntimeError("two rules share a code")
    return tuple(sorted(rules, key=lambda r: r.code))


def by_code(code: str) -> Rule | None:
    code = code.upper()
    return next((r for r in all_rules() if r.code == code or r.name == code.lower()), None)


__all__ = ["Context", "Rule", "all_rules", "by_code"]
