"""The advice stage: one ordered pass over every finding's message and suggestion (round 40, r40b).

A rule writes its advice for the usual case; ``Rule.finding`` hands it here, and each step below
fits it to this statement, in this order (each step sees what the steps before it wrote):

1. family words: advice that says "Mum or Dad" is said of the carers the statement names, the one
   adult a goal speaks to, or the adult who hurts in a goal (``family_shape``; for SOS301 a label's
   harm is not pinned on a carer its sentence does not name);
2. an unborn baby: "the children" is "the baby" where the only child is not yet born;
3. examples and what did not happen (``advice_fit``);
4. whose words they are (``advice_person``);
5. domestic abuse (``da_advice``: may also drop the fix or make the finding a hint);
6. where an order or an account stands (``legal_advice``);
7. the person who acts in the flagged words' clause, for a default person in the advice
   (``advice_actor``, round 40 r40h, review40w W#5).

Words no step may change are held aside for the whole stage. The section 20 advice says the people
with parental responsibility agreed ("that Mum or Dad agreed to it or did not object: it rests on the
agreement of the people with parental responsibility"): step 1 used to write a carer's or a child's
name there and step 6 undid it (``legal_advice._consent_fitted``, round 39); the words are now held
aside before step 1, so nothing writes them and nothing has to undo them.
"""
from __future__ import annotations

import re
from typing import Callable

from .base import Context

Advice = tuple[str, str, object, "str | None"]  # message, suggestion, fix, severity

# The section 20 agreement: said of the people with parental responsibility, whoever the statement names.
_HELD = re.compile(r"\bthat Mum or Dad agreed(?=(?: to it)? or did not object: it rests on the agreement of the "
                   r"people with parental responsibility)")
_MARK = "\u2063held\u2063"  # an invisible separator: no step's pattern matches it


def _family_words(ctx: Context, code: str, start: int, end: int, advice: Advice) -> Advice:
    from .base import _label_said_of_the_adult, _said_of_this_family

    message, suggestion, fix, severity = advice
    if "Mum" in message or "Mum" in suggestion:
        if code == "SOS301":
            # Round 33 (review33b): a label's harm is not pinned on a kinship or foster carer its
            # sentence does not name ("Say what Nan takes" for misuse before the placement)
            message, suggestion = _label_said_of_the_adult(ctx, start, message, suggestion)
        message, suggestion = _said_of_this_family(ctx, message, suggestion)
    return message, suggestion, fix, severity


def _unborn_baby(ctx: Context, code: str, start: int, end: int, advice: Advice) -> Advice:
    from .base import _said_of_an_unborn_baby

    message, suggestion, fix, severity = advice
    if "the children" in message or "the children" in suggestion:
        message, suggestion = _said_of_an_unborn_baby(ctx, message, suggestion)
    return message, suggestion, fix, severity


def _examples(ctx: Context, code: str, start: int, end: int, advice: Advice) -> Advice:
    from .advice_fit import fitted

    message, suggestion, fix, severity = advice
    message, suggestion = fitted(ctx, code, start, end, message, suggestion, fix is not None)
    return message, suggestion, fix, severity


def _whose_words(ctx: Context, code: str, start: int, end: int, advice: Advice) -> Advice:
    from . import advice_person  # round 38 (review38d D#4)

    message, suggestion, fix, severity = advice
    message, suggestion = advice_person.fitted(ctx, code, start, end, message, suggestion)
    return message, suggestion, fix, severity


def _domestic_abuse(ctx: Context, code: str, start: int, end: int, advice: Advice) -> Advice:
    from . import da_advice  # round 38 (review38p P#8)

    message, suggestion, fix, severity = advice
    return da_advice.fitted(ctx, code, start, end, message, suggestion, fix, severity)


def _where_it_stands(ctx: Context, code: str, start: int, end: int, advice: Advice) -> Advice:
    from . import legal_advice  # round 39 (review39l L#2-L#9)

    message, suggestion, fix, severity = advice
    message, suggestion = legal_advice.fitted(ctx, code, start, end, message, suggestion)
    return message, suggestion, fix, severity


def _who_acts(ctx: Context, code: str, start: int, end: int, advice: Advice) -> Advice:
    from . import advice_actor  # round 40 (r40h, review40w W#5)

    message, suggestion, fix, severity = advice
    message, suggestion = advice_actor.fitted(ctx, code, start, end, message, suggestion)
    return message, suggestion, fix, severity


STEPS: tuple[tuple[str, Callable[[Context, str, int, int, Advice], Advice]], ...] = (
    ("family words", _family_words),
    ("unborn baby", _unborn_baby),
    ("examples and what did not happen", _examples),
    ("whose words", _whose_words),
    ("domestic abuse", _domestic_abuse),
    ("where it stands", _where_it_stands),
    ("who acts", _who_acts),
)


def _hold(text: str, held: list[str]) -> str:
    def keep(match: re.Match) -> str:
        held.append(match.group(0))
        return f"{_MARK}{len(held) - 1}{_MARK}"
    return _HELD.sub(keep, text)


def _restore(text: str, held: list[str]) -> str:
    return re.sub(rf"{_MARK}(\d+){_MARK}", lambda m: held[int(m.group(1))], text)


def fitted(ctx: Context, code: str, start: int, end: int, message: str, suggestion: str, fix,
           severity: str | None) -> Advice:
    """(message, suggestion, fix, severity) of a finding at start..end, fitted by every step in order."""
    held: list[str] = []
    advice: Advice = (_hold(message, held), _hold(suggestion, held), fix, severity)
    for _, step in STEPS:
        advice = step(ctx, code, start, end, advice)
    message, suggestion, fix, severity = advice
    return _restore(message, held), _restore(suggestion, held), fix, severity
