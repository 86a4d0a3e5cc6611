"""Round 32 (review32c): readings for the structure of a goal that a practitioner's review found
missing (practitioner P#3).

SOS512 (absence of harm) already lets a "will not" pass when the same adult's act follows it, joined
by "and" ("you will not drink until Esme is asleep, and you will have her in bed by 7pm": goal_words.
alternative_follows). Said the other way round ("you will have Esme in bed by 7pm and you will not
drink until she is asleep") the same goal was an error capped at 4.0. `deed_joined_before` reads the
mirror: the "will not" is joined to, and said after, a clause in which an adult of the family WILL do
something everyday (one of the goal's adult actions), so the "will not" is a protective rule beside
what they will do, not a goal stated as harm not happening. A harm the adult would do ("will take
Ella to school and will not hit her"), harm undergone ("and Ella will not be hurt"), a child's own
"will not" and a deed that is only a service, a promise or obedience (not an adult action) still fire.
"""
from __future__ import annotations

from . import analysis, goals19
from .base import Context
from .goal_words import _HARM_DONE, _not_done
from .goals18 import _will_not_verb
from .parts import adult_actions


def deed_joined_before(ctx: Context, span) -> bool:
    """The "will not" is joined by "and" to an adult's everyday act said before it in the sentence."""
    verb = _will_not_verb(span)
    if verb is None or not goals19._negated(verb) or verb.dep_ != "conj":
        return False
    if not _not_done(ctx, span, verb) or verb.lemma_.lower() in _HARM_DONE:
        return False  # harm undergone, a child's own "will not", or harm the adult would do
    deed = verb.head
    if deed.pos_ not in ("VERB", "AUX") or deed.i >= verb.i or deed.sent.start != verb.sent.start \
            or goals19._negated(deed):
        return False
    if not any(c.lower_ == "and" and c.dep_ == "cc" and deed.i < c.i < verb.i for c in deed.children):
        return False  # joined by "and", not "but", "or" or a bare comma
    if deed.i not in {a.verb.i for a in adult_actions(ctx)}:
        return False  # only what the goal counts as an adult's everyday act
    return goals19._an_adult(ctx, analysis.subject_of(deed)) and (
        analysis.subject_of(verb) is None or goals19._an_adult(ctx, analysis.subject_of(verb)))
