"""Service compliance read on the parse (SOS511, round 11): a goal whose measure is an adult being
present at a service or opening the door to one, in any voice and with any object.

- Attending: "Mum will attend the Triple P programme", "the parents will attend", "all health
  appointments are attended", "Mum's attendance at the group". A child going to school or nursery,
  and an adult at the child's own events ("attend Leo's football matches"), are not services.
- Letting a worker in: "let her in when she visits", "let the social worker in", "allow access to
  the home", "allow the social worker to see Ben alone", "open the door to the health visitor".
  Keeping an unsafe adult out ("will not let Lee in") is protective action, not compliance.

A job title is how the family knows a worker: `trim_job` cuts "work with the family support
worker" back to "work with", so the job's name is never reported as the fault.
"""
from __future__ import annotations

from . import analysis
from .base import Context
from .word_context import quoted, settings

# What a child goes to: school words, not services.
_SCHOOLING = {"school", "nursery", "college", "class", "classes", "lesson", "lessons", "preschool", "pre-school",
              "playgroup", "creche", "sixth", "form", "university", "academy"}
# A child's own events, which a parent going to is everyday care.
_CHILD_EVENTS = {"match", "matches", "game", "games", "party", "parties", "play", "assembly", "assemblies", "concert",
                 "concerts", "show", "shows", "day", "days", "evening", "evenings", "event", "events", "festival",
                 "graduation", "performance", "performances", "race", "races", "gala", "fixture", "fixtures",
                 "recital", "birthday", "training", "practice", "club", "clubs", "service", "church", "mosque",
                 "temple", "gurdwara", "wedding", "funeral"}
# Workers by the words that name them ("the social worker", "professionals", "the nurse").
_WORKERS = {"professional", "professionals", "worker", "workers", "practitioner", "practitioners", "visitor",
            "visitors", "nurse", "nurses", "officer", "officers", "staff", "agency", "agencies", "service",
            "services", "team", "midwife", "therapist", "counsellor", "police", "sw", "fsw", "hv", "social"}
_HOME = {"home", "house", "flat", "property", "room", "rooms", "bedroom", "bedrooms", "kitchen", "address",
         "door", "garden", "household", "caravan"}
# Verbs a worker comes by: "let her in when she visits / calls / comes".
_VISITING = {"visit", "call", "come", "arrive", "knock", "drop"}


def _is_worker(ctx: Context, token) -> bool:
    jobs = set(settings()["job_heads"])
    words = {token.lower_, token.lemma_.lower()}
    if words & (_WORKERS | jobs):
        return True
    return any(c.dep_ == "compound" and c.lower_ in ("social", "family", "health") for c in token.children)


def _pronoun_for_worker(ctx: Context, pronoun) -> bool:
    """"let her in when she visits", "let them in when they call": a pronoun for whoever visits,
    or for the worker named just before it in the same sentence."""
    if pronoun.pos_ != "PRON" or pronoun.lower_ not in ("her", "him", "them"):
        return False
    sent = pronoun.sent
    if any(t.lemma_.lower() in _VISITING and t.i > pronoun.i and t.pos_ == "VERB" for t in sent):
        return True
    before = [t for t in sent if t.i < pronoun.i and t.pos_ in ("NOUN", "PROPN", "PRON") and t.lower_ not in ("you", "i", "we")]
    return bool(before) and _is_worker(ctx, before[-1])


def _child_subject(ctx: Context, verb) -> bool:
    children = analysis.child_tokens(ctx)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ in ("xcomp", "ccomp", "conj"):
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "dobj")), None)
    if subject is None:
        return False
    if subject.i in children or subject.lower_ in analysis.people_words()["children"]:
        return True
    return subject.pos_ == "PRON" and subject.lower_ in ("he", "she", "they") and analysis.pronoun_is_child(ctx, subject)


def _negated(verb) -> bool:
    return any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "neg" for c in verb.head.children if verb.dep_ in ("xcomp",))


def _in_if_not(token) -> bool:
    """The house style's "If this doesn't happen…" sentence names consequences, not the goal."""
    words = [t.lower_ for t in token.sent][:4]
    return words[:1] == ["if"] or words[:2] == ["if", "this"]


def attending_spans(ctx: Context) -> list:
    """"attend the Triple P programme", "the parents will attend", "appointments are attended",
    "Mum's attendance at the group": being present at a service as the goal."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for word in ctx.tokens:
        lemma = word.lemma_.lower()
        if _in_if_not(word):
            continue
        if lemma == "attend" and word.pos_ in ("VERB", "AUX") and not _negated(word):
            passive = next((c for c in word.children if c.dep_ == "nsubjpass"), None)
            if passive is not None:
                if passive.lower_ in _SCHOOLING or passive.i in analysis.child_tokens(ctx):
                    continue
                span = doc[passive.i:word.i + 1]
            else:
                thing = next((c for c in word.children if c.dep_ in ("dobj", "prep")), None)
                if thing is not None and thing.dep_ == "prep":
                    thing = next((c for c in thing.children if c.dep_ == "pobj"), None)
                if _child_subject(ctx, word):
                    continue  # "Holly attends school", "Leo will attend nursery": the child's day
                if thing is not None and (thing.lower_ in _SCHOOLING or thing.lemma_.lower() in _SCHOOLING):
                    continue
                if thing is not None and (thing.lower_ in _CHILD_EVENTS or thing.lemma_.lower() in _CHILD_EVENTS) \
                        and not any(t.lower_ in ("review", "appointment", "session", "meeting") for t in thing.subtree):
                    continue  # "attend Leo's football matches": being there for the child
                span = doc[word.i:word.i + 1]
            if not quoted(span):
                found.append(span)
        elif lemma == "attendance" and word.pos_ == "NOUN":
            at = next((c for c in word.children if c.dep_ == "prep" and c.lower_ in ("at", "to", "on")), None)
            place = next((c for c in at.children if c.dep_ == "pobj"), None) if at is not None else None
            if place is None or place.lower_ in _SCHOOLING or place.lemma_.lower() in _SCHOOLING:
                continue
            owner = next((c for c in word.children if c.dep_ == "poss"), None)
            if owner is not None and (owner.i in analysis.child_tokens(ctx)):
                continue
            span = doc[word.i:place.i + 1]
            if not quoted(span):
                found.append(span)
    return found


def letting_in_spans(ctx: Context) -> list:
    """"let her in when she visits", "let professionals into the flat", "allow access to the
    home", "allow the social worker to see Ben", "open the door to the health visitor"."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or _negated(verb) or _in_if_not(verb):
            continue
        span = None
        if lemma in ("let", "allow", "permit"):
            # "let her in": spaCy reads the person as the subject of a small clause ("ccomp"), or
            # as the object with "in" as a particle.
            person = next((c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i), None)
            clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i), None)
            if person is None and clause is not None:
                person = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if person is not None and (_is_worker(ctx, person) or _pronoun_for_worker(ctx, person)):
                inside = [t for t in doc[person.i + 1:min(len(doc), person.i + 4)]
                          if t.lower_ in ("in", "into", "inside", "access") or t.lemma_.lower() in ("see", "enter", "visit", "come")]
                if inside:
                    end = inside[0]
                    if end.lower_ == "into":
                        end = next((c for c in end.children if c.dep_ == "pobj"), end)
                    elif end.lemma_.lower() in ("see", "visit", "enter"):
                        end = next((c for c in end.children if c.dep_ == "dobj"), end)
                    span = doc[verb.i:end.i + 1]
            access = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.lemma_.lower() == "access"), None)
            if span is None and access is not None:
                span = doc[verb.i:access.i + 1]
        elif lemma in ("give", "provide", "grant", "offer"):
            access = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "access"), None)
            worker = next((c for c in verb.children if c.dep_ in ("dative", "iobj") and _is_worker(ctx, c)), None)
            to = next((c for c in access.children if c.dep_ == "prep" and c.lower_ == "to"), None) if access is not None else None
            place = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if access is not None and (worker is not None or (place is not None and place.lower_ in _HOME)):
                span = doc[access.i:access.i + 1] if worker is None else doc[verb.i:access.i + 1]
        elif lemma == "open":
            door = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "door"), None)
            to = next((c for c in (door.children if door is not None else ()) if c.dep_ == "prep" and c.lower_ == "to"), None) \
                or next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            worker = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if door is not None and worker is not None and _is_worker(ctx, worker):
                span = doc[verb.i:worker.i + 1]
        if span is not None and not quoted(span):
            found.append(span)
    return found


def trim_job(span):
    """"work with the family support worker" -> "work with": a span that runs on into the name of
    someone's job stops at the word before it (the verb and its preposition are the fault)."""
    jobs = set(settings()["job_heads"])
    doc = span.doc
    if span[0].pos_ != "VERB":
        return span
    for token in span:
        if token.i == span.start or not (token.lemma_.lower() in jobs or token.lower_ in jobs):
            continue
        phrase_start = min(t.i for t in token.subtree)
        cut = next((t.i for t in reversed(doc[span.start:phrase_start]) if t.pos_ == "ADP"), None)
        if cut is not None and cut > span.start:
            return doc[span.start:cut + 1]
        return span
    return span


def child_at_school(ctx: Context, verb) -> bool:
    """"Holly attends school", "Leo will attend nursery": the child's day in the words schools and
    families both use; neither service compliance nor a formal word worth a swap."""
    if verb.lemma_.lower() != "attend":
        return False
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return _child_subject(ctx, verb) or (thing is not None and (thing.lower_ in _SCHOOLING or thing.lemma_.lower() in _SCHOOLING))
