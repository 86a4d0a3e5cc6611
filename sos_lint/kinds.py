"""Tells a worry statement from a goal by wording cues, for when no heading or model says which."""
from __future__ import annotations

import re

_WORRY = re.compile(
    r"\b(worr(y|ied|ies)|concern(s|ed)?|danger|if nothing changes|could (be|get|happen)|"
    r"risk|has been|have been|was|were|did not|saw|heard|told)\b", re.IGNORECASE)
_GOAL = re.compile(
    r"\b(need(s)? to|will|you|goal|for this to happen|if this doesn.t happen|every (day|night|week)|"
    r"for the next|months?|weeks?|going to|help(s)? (him|her|them))\b", re.IGNORECASE)


def guess(text: str) -> str:
    worry = len(_WORRY.findall(text))
    goal = len(_GOAL.findall(text))
    return "goal" if goal > worry else "worry"
