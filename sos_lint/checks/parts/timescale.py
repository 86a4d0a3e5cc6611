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


# Round 37 (r37a, review36h H#9): a goal that lasts until the baby is born, or that must be done by a
# date further off than the day ("by the end of March", "within the next six weeks"), says how long.
_BIRTH_NOUNS = {"birth", "delivery"}
_BABY_WORDS = {"baby", "babies", "child", "twins"}
# The ends of a day or a week, not of a stretch of weeks ("by the end of the day", "by 10pm").
_SHORT_ENDS = {"day", "night", "evening", "morning", "afternoon", "shift", "visit", "session", "call", "meal",
               "week", "weekend", "hour", "minute", "lunchtime", "teatime", "bedtime", "film", "game", "bath"}
_LONG_UNITS = {"week", "weeks", "month", "months", "year", "years", "term", "terms"}
_LABELS = {"timescale", "timescales", "timeframe", "duration"}
# Breaks and days in the year that end a stretch ("up to the summer holidays", "up to Christmas").
_BREAKS = {"holiday", "holidays", "term", "christmas", "easter", "birthday", "half-term", "summer", "exam", "exams"}


def _born(clause) -> bool:
    """"the baby is born", "your baby arrives", "she is born": the clause tells of the birth."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if clause.lower_ == "born" or clause.lemma_.lower() == "bear" and clause.tag_ == "VBN":
        return subject is not None  # only a baby is born
    return clause.lemma_.lower() in ("arrive", "deliver") and subject is not None \
        and subject.lemma_.lower() in _BABY_WORDS


def _in_a_condition(token) -> bool:
    """The word is inside an "if" or "unless" clause: a deadline there says when the plan has failed
    ("if Ivo has not put on weight by the end of the month"), not how long the goal lasts."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for a in token.ancestors for c in a.children
               if a.dep_ == "advcl")


def an_end_named(ctx: Context):
    """Round 37 (r37a): how long said by the end a goal keeps to: "until the birth", "until the
    baby is born", "before your baby arrives", "to the end of the school year", "by the end of
    March" (also after a passive: "should be completed by the end of March"), "up to the summer
    holidays", "within six weeks", "Timescale: 12 weeks". Not a time of day or of the week ("until
    bedtime", "by 10pm", "by the end of the day", "within the hour"), and "every day" is left alone."""
    doc = ctx.doc
    for mark in ctx.tokens:
        low = mark.lower_
        if _in_a_condition(mark):
            continue  # "if his weight hasn't picked up by the end of the month": when the plan fails
        if low in ("until", "till", "before"):
            noun = next((c for c in mark.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.lemma_.lower() in _BIRTH_NOUNS:
                return doc[mark.i: noun.right_edge.i + 1]  # "until the birth"
            clause = mark.head if mark.dep_ == "mark" else None
            if clause is not None and _born(clause):
                return doc[mark.i: clause.right_edge.i + 1]  # "until the baby is born"
        if low == "to" and mark.i > 0 and doc[mark.i - 1].lower_ == "up" and mark.dep_ == "prep":
            noun = next((c for c in mark.children if c.dep_ == "pobj"), None)
            if noun is not None and (noun.lemma_.lower() in _BREAKS or noun.ent_type_ == "DATE" and not any(
                    t.like_num for t in noun.subtree)):
                return doc[mark.i - 1: noun.right_edge.i + 1]  # "up to the summer holidays", not "up to 3 times"
        if low in ("by", "to", "until", "till", "through") and mark.dep_ in ("prep", "agent"):
            end = next((c for c in mark.children if c.dep_ == "pobj"), None)
            if end is None or end.lemma_.lower() != "end":
                continue
            of = next((c for c in end.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            what = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if what is not None and what.lemma_.lower() not in _SHORT_ENDS and what.ent_type_ != "TIME" \
                    and (low != "to" or mark.head.pos_ in ("VERB", "AUX")):
                return doc[mark.i: what.right_edge.i + 1]  # "by the end of March", "to the end of term"
        if low == "within" and mark.dep_ == "prep":
            span = doc[mark.i: mark.right_edge.i + 1]
            if any(t.lower_ in _LONG_UNITS for t in span) and any(t.like_num or t.ent_type_ == "DATE" for t in span):
                return span  # "within 6 months", "within the next six weeks"
        if low in _LABELS and mark.i + 2 < len(doc) and doc[mark.i + 1].text in (":", "-", "–"):
            rest = doc[mark.i + 2: min(len(doc), mark.i + 8)]
            if any(t.lower_ in _LONG_UNITS for t in rest) and any(t.like_num for t in rest):
                return doc[mark.i: mark.i + 2 + next(i for i, t in enumerate(rest) if t.lower_ in _LONG_UNITS) + 1]
    return None
