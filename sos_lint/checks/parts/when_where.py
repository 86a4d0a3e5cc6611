"""When or where a worry's behaviour happens (issue 11 §5, round 17), read from the parse: a day
said of an adult's being told, with what the adult then did joined on to the same clause.

"Mum was made aware on 2/5 but did not seek medical attention", "Mum was told about Ali's allergy
on 2 March but still gave him peanut butter": the day the adult learnt of it dates the deed that
followed (the omission began then). Not "Dad was arrested on 12 April and released on bail" (no
deed of the adult's joined on), not "Mum was told on 3 June and the social worker left" (the
joined clause has a subject of its own), and not an active telling ("On 4 April Jayden told his
teacher that Dad hits him": the day of the telling, not of the act told).
"""
from __future__ import annotations

import re

from .. import analysis
from ..base import Context

# Verbs of being told or warned, said in the passive of the adult ("Mum was warned", "was made aware").
_INFORMED = {"tell", "make", "inform", "warn", "advise", "remind", "show", "notify", "alert", "give"}


def informed_then_acted(ctx: Context, verb, acts: set) -> bool:
    """Is `verb` a passive clause of an adult in the family being told something, with a deed of
    the adult's (in `acts`, the indices of the adults' verbs) joined on by "and" or "but" with no
    subject of its own? Then a time or place said of the telling is said of the deed that followed."""
    if verb.lemma_.lower() not in _INFORMED or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects or subjects[0].i in analysis.child_tokens(ctx) or analysis.pronoun_is_child(ctx, subjects[0]):
        return False
    if subjects[0].i not in analysis.adult_tokens(ctx) and subjects[0].pos_ != "PRON":
        return False
    for joined in (c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
        if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in joined.children):
            continue  # "and the social worker left", "and was offered a course": not the adult's own deed
        if joined.i in acts or any(c.i in acts for c in joined.children if c.dep_ in ("xcomp", "ccomp")):
            return True
    return False


_NUMERIC_DATE = re.compile(r"^(?:[012]?\d|3[01])[/.-](?:0?[1-9]|1[0-2])(?:[/.-](?:\d{2}|\d{4}))?$")
_DATE_PREPOSITIONS = {"on", "since", "by", "until", "till", "from", "before", "after"}


def numeric_dates(ctx: Context) -> list:
    """"on 2/5", "since 14/01", "on 28/08/2024": a day written in figures, which the model reads as a
    number, not a date. Only after a preposition of time ("on", "since", "by", …), so that a score
    ("scored 3/10"), a fraction ("2/3 of sessions") or a count ("on 3/10 occasions") is not taken
    for a day."""
    from spacy.tokens import Span

    found = []
    for token in ctx.tokens:
        if not _NUMERIC_DATE.match(token.text) or token.ent_type_ in ("DATE", "TIME") or token.i == 0:
            continue
        before = ctx.doc[token.i - 1]
        after = ctx.doc[token.i + 1] if token.i + 1 < len(ctx.doc) else None
        if before.lower_ not in _DATE_PREPOSITIONS or after is not None and after.pos_ in ("NOUN", "PROPN"):
            continue  # "on 3/10 occasions", "by 2/3 votes": a count of something, not a day
        found.append(Span(ctx.doc, token.i, token.i + 1, label="DATE"))
    return found
