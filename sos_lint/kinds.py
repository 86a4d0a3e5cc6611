"""Tells a statement's kind (worry statement or goal) from tense and wording, for when no heading,
no caller and no classifier says which. (The rules' cue groups in rules/structure.toml are a
different thing: timescale, compliance, future ... words, not a statement's kind.)"""
from __future__ import annotations

import re

_WORRY_WORDING = re.compile(
    r"\b(worr(y|ied|ies)|concern(s|ed)?|danger|if nothing changes|could (be|get|happen)|"
    r"risk|has been|have been|was|were|did not|saw|heard|told)\b", re.IGNORECASE)
_GOAL_WORDING = re.compile(
    r"\b(need(s)? to|will|you|goal|for this to happen|if this doesn.t happen|every (day|night|week)|"
    r"for the next|months?|weeks?|going to|help(s)? (him|her|them))\b", re.IGNORECASE)


def kind_from_wording(text: str) -> str:
    """"goal" when goal wording outnumbers worry wording, else "worry"."""
    worry = len(_WORRY_WORDING.findall(text))
    goal = len(_GOAL_WORDING.findall(text))
    return "goal" if goal > worry else "worry"


# Round 40 (C#7): "We are worried about the children at home." and "Everyone is worried about Hope."
# were read as goals (short drafts with "needs to" in them). A statement whose first sentence says
# someone is worried or concerned, in the present, is a worry statement whatever follows.
_OPENS_WORRIED = re.compile(
    r"^[^.!?\n]{0,120}?\b(?:is|are|am|'re|’re|remain|remains)\s+(?:(?:very|really|still|so|increasingly|"
    r"particularly|extremely|most|all|both)\s+)*(?:worried|concerned)\b", re.IGNORECASE)


def opens_as_worry(text: str) -> bool:
    """True when the statement's first sentence says someone is worried ("X is/are worried …")."""
    first = re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)[0]
    return bool(_OPENS_WORRIED.match(first)) and not re.match(r"^\s*(?:if|when|unless)\b", first, re.IGNORECASE)
