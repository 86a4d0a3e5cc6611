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
# were read as goals (short drafts with "needs to" in them). A statement whose first sentence says,
# in its main clause, that someone is worried or concerned is a worry statement whatever follows.
# Near misses (open sets 28 and 30): the worry inside a clause of a goal ("…an adult you can go to
# when you are worried", "Ms Carter will understand why the SW are worried") is not an opening.
_OPENS_WORRIED = re.compile(
    r"^(?P<who>[^.!?\n]{0,120}?)\b(?:is|are|am|remain|remains)\s+(?:(?:very|really|still|so|increasingly|"
    r"particularly|extremely|most|all|both)\s+)*(?:worried|concerned)\b", re.IGNORECASE)
# Words that put "… is worried" inside another clause, or after a verb of the goal ("will" in lower
# case only: "Will and his nan are worried" names a child called Will).
_NOT_MAIN = frozenset("when whenever why if because until unless while whilst so that who which what how where "
                      "will would need needs to should must can could know knows understand understands feel "
                      "feels not never".split())


def opens_as_worry(text: str) -> bool:
    """True when the statement's first sentence says, in its main clause, that someone is worried
    ("X is/are worried …")."""
    first = re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)[0]
    found = _OPENS_WORRIED.match(first)
    if not found:
        return False
    words = re.findall(r"[\w']+", found.group("who"))
    # "Will" in capitals is a name ("Will and his nan are worried"); other words in any case.
    return not any((word if word.lower() == "will" else word.lower()) in _NOT_MAIN for word in words)
