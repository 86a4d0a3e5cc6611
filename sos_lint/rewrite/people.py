"""Who is who in a statement, for the rewrite: one small door onto checks/analysis.py.

The people analysis is being rebuilt; the rewrite asks only these questions, so switching to
the new analysis is a change to this file alone."""
from __future__ import annotations


def is_name(token) -> bool:
    """Whether a token is a person's name (a child's or an adult's)."""
    from ..checks import analysis

    return analysis.is_name(token)


def named_people(doc) -> list[str]:
    """The distinct names in a parsed statement, in order of first use."""
    return list(dict.fromkeys(t.text for t in doc if is_name(t)))
