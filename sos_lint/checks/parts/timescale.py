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


# Round 26: how a piece of work, a test or a case comes to its end, said in the passive ("until the
# results are received", "until the therapy work is finished", "while the assessments are
# completed"), and the nouns for an end or an outcome ("until the outcome of the investigation").
_COMPLETED = {"finish", "complete", "receive", "close", "end", "decide", "conclude", "hear", "resolve", "finalise",
              "finalize", "undertake", "carry"}
_AN_END = {"outcome", "end", "conclusion", "result", "results", "decision", "completion", "birth"}
# What is finished within an evening, not over months ("until his tea is finished").
_DAILY = {"tea", "dinner", "meal", "bath", "homework", "bottle", "feed", "breakfast", "lunch", "supper", "food",
          "drink", "film", "game", "story", "shift", "work"}


def a_process_ends(ctx: Context):
    """Round 26: "Contact will be supervised until negative results are received", "until Kingston's
    therapy work is finished", "while assessments are completed", "until the outcome of the police
    investigation": the goal holds until a piece of work, a test or a case ends, which is how long it
    lasts. "until his tea is finished", "until the bath is done" are moments in the day; "while Dad is
    at work" is an occasion, not a stretch."""
    for mark in ctx.tokens:
        if mark.lower_ in ("until", "till", "while", "whilst") and mark.dep_ == "mark":
            clause = mark.head
            if clause.lemma_.lower() not in _COMPLETED or not any(c.dep_ == "auxpass" for c in clause.children):
                continue
            subject = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
            if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.lemma_.lower() in _DAILY \
                    and not any(c.dep_ == "compound" for c in subject.children):
                continue  # "until his tea is finished" ("therapy work" is work of months)
            end = clause.right_edge.i
            while end > clause.i and ctx.doc[end].dep_ in ("cc", "punct"):
                end -= 1  # "…is finished and the social worker agrees": not the "and"
            return ctx.doc[mark.i: end + 1]
        if mark.lower_ in ("until", "till") and mark.dep_ == "prep":
            noun = next((c for c in mark.children if c.dep_ == "pobj"), None)
            if noun is not None and (noun.lower_ in _AN_END or noun.lemma_.lower() in _AN_END) and any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
                return ctx.doc[mark.i: noun.right_edge.i + 1]  # "until the outcome of the investigation"
    return None
