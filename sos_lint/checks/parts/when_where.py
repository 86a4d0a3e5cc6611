"""When or where a worry's behaviour happens (issue 11 §5, round 17), read from the parse: a day
said of an adult's being told, with what the adult then did joined on to the same clause.

"Mum was made aware on 2/5 but did not seek medical attention", "Mum was told about Ali's allergy
on 2 March but still gave him peanut butter": the day the adult learnt of it dates the deed that
followed (the omission began then). Not "Dad was arrested on 12 April and released on bail" (no
deed of the adult's joined on), not "Mum was told on 3 June and the social worker left" (the
joined clause has a subject of its own), and not an active telling ("On 4 April Jayden told his
teacher that Dad hits him": the day of the telling, not of the act told).

Also: a fronted time said of the adults' act ("On most days this term Dad has sent…"), a day since
which something has gone on, the day of a harm told in a sentence of its own ("On 22 June the dog
bit Ava"), and "when" or "where" opening an indirect question (not a when at all).
"""
from __future__ import annotations

import re

from .. import analysis
from ..base import Context
from .common import _word_set

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
        if before.lower_ == "the" and token.i > 1:
            before = ctx.doc[token.i - 2]  # "on the 12/01/2026", "on the 02.02.26": the day with its article
        after = ctx.doc[token.i + 1] if token.i + 1 < len(ctx.doc) else None
        if before.lower_ not in _DATE_PREPOSITIONS or after is not None and after.pos_ in ("NOUN", "PROPN"):
            continue  # "on 3/10 occasions", "by 2/3 votes": a count of something, not a day
        found.append(Span(ctx.doc, token.i, token.i + 1, label="DATE"))
    return found


def a_day_in_figures(token) -> bool:
    """"12/01/2026", "2/2/26", "02.02.26": a day written in figures (the model tags many of these NUM
    or NOUN and its like_num is false for two slashes)."""
    return bool(_NUMERIC_DATE.match(token.text))


def _act_verbs(ctx: Context) -> set:
    from .actions import adult_actions

    return {a.verb.i for a in adult_actions(ctx)}


def a_fronted_time(ctx: Context, when) -> bool:
    """"because on most days this term Dad has sent Brook to school with no coat": a time set before
    the clause of an adult's act, which the model often hangs on the clause before ("is worried").
    The words after the time, past any more time words and commas, are the subject of the act."""
    acts = _act_verbs(ctx)
    i = when.end
    doc = ctx.doc
    while i < len(doc) and doc[i].sent.start == when.sent.start and (
            doc[i].ent_type_ in ("DATE", "TIME") or doc[i].text == ","
            or doc[i].lower_ in ("this", "last", "term", "week", "month", "year")):  # not "that": "told … on Monday that Dad…"
        i += 1
    if i >= len(doc) or doc[i].sent.start != when.sent.start:
        return False
    subject = doc[i]
    if subject.dep_ not in ("nsubj", "nsubjpass", "compound", "poss"):
        return False
    head = subject
    while head.dep_ in ("compound", "poss") and head.head.i != head.i:
        head = head.head
    return head.head.i in acts and head.head.i > head.i


_CHILDHOOD_TOLD = {"tell", "say", "disclose", "report", "explain", "allege", "mention", "inform", "share", "state"}


def since_a_day(ctx: Context, when, professional) -> bool:
    """"Since June came home from hospital on 2 October she has put on only 80 grams", "has gone
    missing nine times since 1 May": a day named as the start of a stretch in which the harm has gone
    on. Not a professional's doings since then ("Since 3 May the social worker has visited four
    times"), nor concerns raised since, nor what the child told."""
    doc = ctx.doc
    before = doc[when.start - 1] if when.start else None
    verb = when.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    marked = before is not None and before.lower_ == "since"
    if not marked and not any(t.lower_ == "since" and t.dep_ in ("mark", "prep") for t in doc[verb.left_edge.i: when.start]):
        return False  # "Since June came home … on 2 October": the model may read "Since June" as a date
    clauses = [verb] + ([verb.head] if not marked and verb.dep_ == "advcl" and verb.head.i != verb.i else [])
    for clause in clauses:
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if clause.lemma_.lower() in _CHILDHOOD_TOLD or any(
                s.lemma_.lower() in ("concern", "worry", "referral", "report") or s.pos_ != "PRON" and professional(ctx, s)
                for s in subjects):
            return False
    # Only a stretch that began when the child came (back) into the carers' care: "Since Ava came home
    # on 3 March she has gained 50 grams". The child's own history ("Since she ran away on 3 June",
    # "missing three times since Christmas") dates the child's doings, not the adults' (round 7 tests).
    if marked:
        return False
    return any(c.lemma_.lower() in ("come", "return", "go", "move") and any(
        g.lower_ in ("home", "back") for g in c.subtree) for c in clauses[:1])


# A day named: a month or a weekday (not "this year", "every week").
_DAYS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
         "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


_TELLING = {"tell", "say", "disclose", "report", "explain", "allege", "mention", "inform", "share", "state", "admit"}


def a_day_of_harm(ctx: Context):
    """"and on 22 June the dog bit Ava on the cheek", "Ava was scalded on Sunday 3 March": a day or date
    said in a sentence that tells harm done to the child (a harm verb, or "bit" misread as a noun,
    with the child after it), with no service's act and no telling in that sentence: the day the harm
    happened. The parse often loses the clause ("bit" read as a noun), so the sentence decides."""
    import re

    from .common import _under_modal

    harms = _word_set("harm_verbs") | {"bite", "scald", "maul"}
    service = _word_set("service_acts") | _TELLING | {"find", "notice", "seen"}
    children = analysis.child_tokens(ctx)
    for entity in ctx.doc.ents:
        if entity.label_ != "DATE" or _under_modal(entity.root):
            continue
        if not any(t.lower_ in _DAYS or re.match(r"^\d{1,2}(?:/\d{1,2})+$", t.text) for t in entity):
            continue  # a day named, not "this year" or "every day"
        sentence = entity.sent
        if any(t.lemma_.lower() in service and t.pos_ == "VERB" for t in sentence) or any(
                t.i < entity.start and t.lower_ in ("since", "until", "till", "from") for t in sentence[:1]):
            continue
        for verb in sentence:
            if not (verb.lemma_.lower() in harms and verb.pos_ == "VERB" or verb.lower_ == "bit"):
                continue
            if _under_modal(verb):
                continue
            after = ctx.doc[verb.i + 1: min(verb.i + 3, sentence.end)]
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            subject_child = any(c.dep_ == "nsubjpass" and c.i in children for c in verb.children)
            if any(t.i in children for t in after) or (passive and subject_child):
                return entity
    return None


def an_indirect_question(token) -> bool:
    """"asks every night when his dad is coming home", "does not know where Mum is": "when" or
    "where" opening a clause that is the object of asking, wondering or knowing."""
    if token.lower_ not in ("when", "where", "whenever"):
        return False
    clause = token.head
    if clause.dep_ not in ("ccomp", "xcomp", "dobj", "advcl", "conj"):
        return False
    asker = clause.head
    return asker.lemma_.lower() in ("ask", "wonder", "know", "question", "enquire", "inquire", "tell", "say",
                                    "understand", "remember", "worry") and asker.i < token.i


# Round 33 (review33g, Q#5): a phone number, case number or other long run of figures that the
# model tags as a DATE ("ring me on 07700 900123", "reference 4471 2290") is no day: a when is
# written with a month, a day, a clock time or a date's slashes, never nine figures in a row.
_ONLY_FIGURES = re.compile(r"^\+?[\d\s()-]+$")


def a_number_not_a_day(span) -> bool:
    """The span is only figures (and spaces, brackets, dashes, a leading +) with nine or more
    digits: a phone, case or reference number, not a date or time."""
    text = span.text.strip()
    return bool(_ONLY_FIGURES.match(text)) and sum(ch.isdigit() for ch in text) >= 9
