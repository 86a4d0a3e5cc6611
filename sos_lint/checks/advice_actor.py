"""Advice that names the person who acts in the flagged words' sentence (round 40, review40w W#5).

Many messages ask what a person will do, with a default person written into the template: "Say
what the young person will stop doing" ("desist from"), "Say in everyday words what Mum or Dad
will do each week" (a service), "Say what the adult WILL do instead" ("will not"). A reader whose
English is a second language cannot tell that the default is wrong, and copies it: "what Mum will do"
about Mr Banda's programme, "the young person" about the mother, "the adult" about a 15-year-old.

Here the person is read from the parse: the clause the flagged words stand in, its doer (the agent
of a passive, "must be attended by Mr Banda", or else its subject), and, where that clause has no
person as its doer ("until the programme is completed"), the clause it hangs from ("Mr Banda will
not live at the home until …"). The default is then said as that person: a family word for a
parent ("the mother" -> "Mum"), a name as written ("Mr Banda", "Nyasha"), or the pronoun the
sentence uses ("she"). A child said with a role word ("the minor") is named where the statement names
one child. A professional, a service, a thing, or no doer at all leaves the message as it is.
Quoted words and examples ("for example, in another family: "Mum will read …"") are never changed.
"""
from __future__ import annotations

import re

from .base import Context

# A default person written into a template, before the verb the advice asks about.
DEFAULT_PERSON = re.compile(r"(?<![\w\[])(?<!after what )(?P<who>Mum or Dad|Mum and Dad|Mum|Dad|the adult|the young person|the parent)"
                            r"(?= (?:WILL|will|did|does|can|is|was|has|keeps|takes)\b)")
_QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d")
# How the advice says a parent or grandparent the people analysis reads as family (``People.role_words``):
# the word as written, never its lemma ("mums" may be one mum's possessive or two mums).
_SPOKEN = {**dict.fromkeys(("mum", "mother", "mummy", "mam", "mom", "stepmum", "stepmother"), "Mum"),
           **dict.fromkeys(("dad", "father", "daddy", "stepdad", "stepfather"), "Dad"),
           **dict.fromkeys(("nan", "nana", "nanna", "gran", "granny", "grandma", "grandmother"), "Nan"),
           **dict.fromkeys(("grandad", "granddad", "grandpa", "grandfather"), "Grandad")}
# Round 41 (r41d): the words of a record for a child that the people analysis's child words
# (rules/people.toml ``children``) do not hold; said as the named child, as before.
_RECORD_CHILD_WORDS = {"minor", "juvenile", "youngster"}
_NOT_THE_NAMED_CHILD = {"baby", "infant", "newborn", "sibling", "twin"}
_PRONOUNS = {"he", "she", "they"}
_CLAUSE_UP = {"advcl", "ccomp", "xcomp", "conj", "relcl", "acl", "pcomp", "pobj", "prep", "dobj", "attr", "oprd"}


# Advice that names other people than the doer on purpose: blame asks what the protecting adults did.
_OTHERS_ON_PURPOSE = {"SOS306"}
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.I)
_FEMALE = {"Mum", "Nan", "she"}
_MALE = {"Dad", "Grandad", "he"}


def fitted(ctx: Context, code: str, start: int, end: int, message: str, suggestion: str) -> tuple[str, str]:
    """The message and suggestion with a default person said as the one who acts in the flagged
    words' clause (see the module's note); unchanged where that person cannot be read."""
    if end <= start or code in _OTHERS_ON_PURPOSE \
            or not (DEFAULT_PERSON.search(message) or DEFAULT_PERSON.search(suggestion)):
        return message, suggestion
    if start == 0 and end >= len(ctx.text):
        return message, suggestion  # about the whole statement: no one clause
    actor = actor_of(ctx, start, end)
    if not actor or not _fits_the_wording(message, actor[0]) or not _fits_the_wording(suggestion, actor[0]):
        return message, suggestion
    return said_of(message, *actor), said_of(suggestion, *actor)


def _unquoted(text: str) -> str:
    return _QUOTED.sub(" ", text)


def _fits_the_wording(text: str, actor: str) -> bool:
    """The advice can be said of `actor`: it names one default person (not "Mum … after what Dad
    did"), and a "she" or "he" that points back to that person fits the actor ("Say what Mum does when
    she feels low" is not said of Dad)."""
    plain = _unquoted(text)
    found = {m.group("who") for m in DEFAULT_PERSON.finditer(plain)}
    if not found:
        return True
    if len(found) > 1 or re.search(r"\b(?:Mum|Dad)\b", DEFAULT_PERSON.sub(" ", plain)):
        return False  # two people named on purpose ("who is helping Mum", "what Dad did to Mum")
    if actor in found:
        return True
    female, male = bool(_SHE.search(plain)), bool(_HE.search(plain))
    if female and actor not in _FEMALE or male and actor not in _MALE:
        return False
    return True


def said_of(text: str, actor: str, child: bool = False) -> str:
    """`text` with each default person outside quotes said as `actor` ("Nyasha", "Mr Banda", "she").
    A child who is the doer stands only for "the young person": advice that asks what an adult or a
    parent will do asks it of the adults on purpose (keeping a child safe is their job, not hers)."""
    out, last = [], 0
    for quoted in _QUOTED.finditer(text):
        out.append(_swap(text[last:quoted.start()], actor, child))
        out.append(quoted.group())
        last = quoted.end()
    out.append(_swap(text[last:], actor, child))
    return "".join(out)


def _swap(piece: str, actor: str, child: bool) -> str:
    def one(match):
        who = match.group("who")
        if child and who != "the young person" or not child and who == "the young person" and actor in _PRONOUNS:
            return who if child else actor
        return actor
    return DEFAULT_PERSON.sub(one, piece)


def actor_of(ctx: Context, start: int, end: int) -> tuple[str, bool] | None:
    """Who acts in the clause of the words [start, end), and whether it is a child: a family word,
    a name or a pronoun; None when the doer is no family member (a professional, a service, a
    thing) or cannot be read."""
    tokens = [t for t in ctx.doc if t.idx >= start and t.idx + len(t.text) <= end]
    if not tokens:
        return None
    token = min(tokens, key=lambda t: _depth(t))
    for _ in range(4):  # the flagged words' clause, then the clauses it hangs from
        verb = _clause_verb(token)
        if verb is None:
            return None
        doer = _doer(verb)
        if doer is not None:
            return _said(ctx, doer)
        if verb.dep_ not in _CLAUSE_UP or verb.head is verb:
            return None
        token = verb.head
    return None


def _depth(token) -> int:
    depth = 0
    while token.head is not token and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def _clause_verb(token):
    """The verb whose clause holds `token` (itself when it is one)."""
    for _ in range(20):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def _doer(verb):
    """The agent of a passive ("by Mr Banda"), else the subject; None when neither is there."""
    for child in verb.children:
        if child.dep_ == "agent":
            found = next((c for c in child.children if c.dep_ == "pobj"), None)
            if found is not None:
                return found
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.dep_ == "nsubjpass":
        return None  # "the programme is completed": the thing done, not who does it
    return subject


def _said(ctx: Context, token) -> tuple[str, bool] | None:
    """A doer as the advice says it, and whether it is a child; None when it is no family member or
    person of the statement. Round 41 (r41d): who is a parent, a child or a professional is the
    people analysis's reading (the Doc's memoised ``People``: its role words and its children), not
    lists of this module's own."""
    from ..people import ADULT, CHILD, words as people_words
    from . import analysis

    lower = token.lower_
    found = analysis.people(ctx)
    if token.pos_ == "PRON":
        return (lower, analysis.pronoun_is_child(ctx, token)) if lower in _PRONOUNS else None
    kind = _role_kinds(ctx).get(token.i)
    if kind == "family":
        word = _SPOKEN.get(lower)
        return (word, False) if word else None  # an aunt, a partner, a neighbour: not said
    role = found.role_of(token)
    if kind is None and role is None and not _plural(token) and not {lower, token.lemma_.lower()} & _NOT_THE_NAMED_CHILD and (
            token.i in analysis.child_tokens(ctx) or lower in _RECORD_CHILD_WORDS):
        # a child's word for one child ("the girl", "the teenager", "the minor"), said as the child
        # the statement names; not several ("the children", "the twins"), and not "the baby" or "his
        # sibling", who may be another child than the one named
        name = analysis.child_name(ctx, "")
        return (name, True) if name and not name.startswith("[") and " and " not in name else None
    if role in (ADULT, CHILD) and token.pos_ == "PROPN":
        w = people_words()
        if kind == "professional" or any(c.dep_ == "appos" for c in token.children):
            return None  # "Precious, the family support worker, will visit": a worker, or unsure
        left = token.i
        while left > 0 and ctx.doc[left - 1].dep_ in ("compound", "flat") and ctx.doc[left - 1].head.i in (token.i, left):
            left -= 1
        # A bare given name's age and role are the least sure reading ("Nia will stop associating
        # with …" is a child the people analysis may read as an adult): only a name with a title or a
        # family word before it ("Mr Banda", "Auntie Rukhsana", "Uncle Yaw") is said in the advice.
        opener = ctx.doc[left].lower_.rstrip(".")
        if left == token.i or not (opener in w["titles"] or _role_kinds(ctx).get(left) == "family"):
            return None
        return ctx.doc[left: token.i + 1].text, role == CHILD
    return None


def _plural(token) -> bool:
    """Several people: a plural noun, also where the tagger misreads one ("twins" as a verb,
    "Children" as a proper noun)."""
    lower = token.lower_
    return token.tag_ in ("NNS", "NNPS") or lower == "children" or lower.endswith("s") and not lower.endswith("ss")


def _role_kinds(ctx: Context) -> dict:
    """{token index: "family", "professional" or "institution"}: the people analysis's role words."""
    from . import analysis

    return ctx.memo("advice_actor_role_kinds", lambda: dict(analysis.people(ctx).role_words))
