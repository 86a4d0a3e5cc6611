"""How long a goal must hold (issue 11 §5, timescale): an "until" the parse misread, a milestone
that passes quickly ("until he calms down"), and a stage of the proceedings ("for the length of the
order").
"""
from __future__ import annotations

from ..base import Context


def until_misread(ctx: Context, mark, named: set):
    """"until June starts solid food": the model read the child's name as a month after "until"
    and the verb after it as a clause of its own; the verb after the name is the until-clause."""
    if mark.dep_ != "prep" or mark.i + 2 >= len(ctx.doc):
        return None
    name, verb = ctx.doc[mark.i + 1], ctx.doc[mark.i + 2]
    if name.lower_ in named and verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBZ", "VBP", "MD"):
        return verb if verb.pos_ == "VERB" else verb.head
    return None


_PASSING = {"calm", "settle", "cool", "wake", "leave", "go", "come", "get", "arrive", "return", "finish", "eat",
            "stop", "rest", "fall", "drop", "dry", "recover", "relax", "cry", "play", "bath", "wash"}


def a_milestone(ctx: Context, clause, named: set) -> bool:
    """"until the baby is walking", "until Leo can swim", "until Ivy is sleeping through", "until
    June starts on solid food": a stage the child reaches ends a stretch of months, unlike a moment
    in the day ("until he is sleeping", "until she can calm down", "until he goes in")."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not (subject.lower_ in named or subject.lemma_.lower() in ("baby", "child", "toddler")):
        return False
    lemma = clause.lemma_.lower()
    if lemma == "sleep":
        return any(c.lower_ == "through" for c in clause.children)  # "sleeping through" the night
    if lemma in _PASSING:
        return False
    progressive = clause.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in clause.children)
    able = any(c.dep_ == "aux" and c.lower_ in ("can",) for c in clause.children)
    food = lemma in ("start", "begin", "move") and any(t.lemma_.lower() in ("food", "solid", "solids", "nursery",
                                                                            "school", "weaning")
                                                       for t in clause.subtree)
    return progressive or able or food


# A legal or plan stage that lasts a set time ("the DVPO", "the bail conditions", "the child protection
# plan", "the assessment", "the injunction").
# "for the duration of the plan" is circular (the plan's length is what is asked), and is left out.
_STAGES = {"order", "notice", "injunction", "bail", "assessment", "proceedings", "condition", "conditions",
           "licence", "sentence", "tenancy", "placement", "undertaking", "suspension", "investigation"}


# How long a stage is said ("the 28 days of", "the length of", "the duration of", "the life of").
_SPANS = {"length", "duration", "life", "period", "course", "term", "day", "week", "month", "year", "lifetime"}


def _a_stage(noun) -> bool:
    return noun.lemma_.lower() in _STAGES or noun.lower_ in _STAGES or (
        noun.text.isupper() and len(noun.text) > 2 and noun.text.endswith(("O", "N")))


def a_stage_timescale(ctx: Context):
    """"for the 28 days of the DVPO", "for the length of his bail conditions", "for the length of the
    police investigation", "throughout the assessment": how long, said by a legal or plan stage.
    "for the length of her bath", "for the first ten minutes of bedtime" are a time of day."""
    for prep in ctx.tokens:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "throughout"):
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            if prep.lower_ == "throughout" and _a_stage(noun):
                return ctx.doc[prep.i: noun.right_edge.i + 1]
            if noun.lemma_.lower() in _SPANS and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
                for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
                    if any(g.dep_ == "pobj" and _a_stage(g) for g in of.children):
                        return ctx.doc[prep.i: noun.right_edge.i + 1]
    return None
