"""Round 19 (good19): false alarms on good goals, read on the parse (issue 11, section 3).

Absence of harm (SOS512) that is not:
- an adult's "will not" joined by "and" to that adult's own positive deed on a stated occasion
  ("if anyone comes to the house about money, you will ring 999, and you will not open the door
  to them"): a plan for the moment of danger, the deed said first. With no occasion ("Mum will go
  to work and will not drink") or no deed ("when he is angry, he will not shout") it is not read
  here: `deed_before_on_occasion`;
- an adult kept from the child ("Kev will not go into Liberty's room or be alone with her") when
  the rest of the sentence says where the child will be instead, with whom ("; when you are at
  work, Liberty will go to Nan Dawn's"): a boundary with its arrangement. "Mum will not leave
  Rocky alone" says nothing instead: `child_placed_instead`;
- a thing that stays off or away ("if either says no, it stays off", "the e-scooter stays in the
  shed"): an arrangement of a thing, not a person abstaining ("Dad will stay off drugs"):
  `thing_stays`;
- the child kept away from things, beside the child's own doing and the adults' deeds ("Basil will
  have room to crawl and explore and be kept away from the stairs and hot things"): care the
  adults give, said from the child's side. Kept away from harm, danger or risk is still absence
  of harm: `kept_from_things`;
- the house style's aim that the child be free of a thing that is no harm, with what it is for
  ("need Blaze's hair to be free of lice so she can stay in school"), followed by "For this to
  happen, …": the aim is met by the deeds that follow. Free from abuse, harm or violence, or "free
  of head lice" set as the goal with no deeds after it, still fire: `free_aim_with_deeds`.

Vague states (SOS302) that are not:
- "keep her safe" describing the kind of adult the aim asks for ("you and River need a home where
  she only lives with adults who keep her safe"), when the next sentences give the deeds ("For
  this to happen, …"): the aim, met by what follows. "Mum will keep her safe" still fires:
  `carers_described_in_aim`;
- the child as the subject of a prepositional passive ("Summer will be listened to", "Eli will
  be talked to kindly"): an adult's act towards the child, said from the child's side, beside the
  adults' own deeds elsewhere in the goal. "Holly will be fully included" names a state, not an
  act, and still fires: `act_towards_child`.
"""
from __future__ import annotations

from . import analysis, goals15, goals16
from .goals18 import _will_not_verb  # the verb a "will not" span belongs to
from .base import Context

_OCCASION_MARKS = {"when", "whenever", "if", "while", "whilst", "until", "once", "as"}
# What a child is kept from that is harm itself, not a thing in the home.
_HARM_WORDS = {"harm", "abuse", "danger", "dangers", "risk", "risks", "violence", "neglect", "exploitation", "hurt",
               "injury", "injuries", "trouble", "drugs", "alcohol", "crime", "exploiter", "exploiters", "abuser",
               "abusers", "gang", "gangs", "people", "adults", "men", "him", "her", "them"}
_STAYING = {"stay", "remain", "keep"}


def _negated(verb) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def _modal(verb) -> bool:
    return any(c.tag_ == "MD" and c.i < verb.i for c in verb.children)


def _an_adult(ctx: Context, token) -> bool:
    if token is None:
        return False
    if token.pos_ == "PRON":
        return token.lower_ in ("you", "he", "she", "they", "we") and not analysis.pronoun_is_child(ctx, token)
    return analysis.is_person(token) and token.i not in analysis.child_tokens(ctx) \
        and token.lower_ not in analysis.people_words()["children"]


def _a_child(ctx: Context, token) -> bool:
    if token is None:
        return False
    if token.pos_ == "PRON":
        return analysis.pronoun_is_child(ctx, token)
    return token.i in analysis.child_tokens(ctx) or token.lower_ in analysis.people_words()["children"]


def _occasion(verb) -> bool:
    """A when- or if-clause on the verb ("you will ring 999 if anyone comes")."""
    return any(c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in _OCCASION_MARKS
                                         for m in c.children) for c in verb.children)


def deed_before_on_occasion(ctx: Context, span) -> bool:
    """An adult's "will not" joined to the same adult's positive deed said before it, on an occasion
    stated on either: "if anyone comes to the house, you will ring 999, and you will not open the
    door to them"."""
    from .goal_words import _SURE, _still_absent

    verb = _will_not_verb(span)
    if not _negated(verb) or verb.dep_ != "conj":
        return False
    deed = verb.head
    if deed.pos_ != "VERB" or deed.i >= verb.i or _negated(deed) or not _modal(deed):
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in list(deed.children) + list(verb.children)):
        return False  # "will be protected and will not be hurt": nothing done
    stative = set(analysis.people_words()["stative_verbs"])
    lemma = deed.lemma_.lower()
    if lemma in stative or lemma in _SURE or _still_absent(deed) or goals16.obedience(ctx, deed) \
            or any(c.lower_ in _SURE for c in deed.children):
        return False
    doer = analysis.subject_of(deed)
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if not _an_adult(ctx, doer) or (own is not None and own.lower_ != doer.lower_):
        return False
    return _occasion(deed) or _occasion(verb)


def child_placed_instead(ctx: Context, span) -> bool:
    """An adult kept from the child ("Kev will not go into Liberty's room or be alone with her"),
    and after a semicolon or colon the child placed with someone else ("Liberty will go to Nan
    Dawn's", "Zara will stay with Nana Pat"): the boundary with its arrangement."""
    from .goal_words import _HARM_DONE

    verb = _will_not_verb(span)
    if not _negated(verb) or not _an_adult(ctx, analysis.subject_of(verb)):
        return False
    if any(v.lemma_.lower() in _HARM_DONE for v in [verb] + [c for c in verb.children if c.dep_ == "conj"]):
        return False  # "Dad will not hit Ellie": harm said not to happen, whatever follows
    sentence = span.sent
    breaks = [t.i for t in ctx.doc[span.end: sentence.end] if t.text in (";", ":")]
    if not breaks:
        return False
    # The "will not" keeps the adult from the child: the child (or the child's room) in its words.
    before = ctx.doc[verb.i: breaks[0]]
    if not any(_a_child(ctx, t) for t in before if t.dep_ in ("pobj", "poss", "dobj")):
        return False
    for other in ctx.doc[breaks[0] + 1: sentence.end]:
        if other.pos_ != "VERB" or _negated(other) or not _modal(other):
            continue
        if not _a_child(ctx, next((c for c in other.children if c.dep_ == "nsubj"), None)):
            continue
        places = [o for p in other.children if p.dep_ == "prep" and p.lower_ in ("to", "with", "at")
                  for o in p.children if o.dep_ == "pobj"]
        if any(_network_person(t) for o in places for t in o.subtree):
            return True
    return False


def _network_person(token) -> bool:
    """Nan, an aunt, a friend by name: a person of the family or network, not a school, a service
    or a professional ("go to school" is no one the child is placed with)."""
    words = analysis.people_words()
    services = set(words["professionals"]) | set(words["institutions"]) | set(words["services"])
    return analysis.is_person(token) and token.pos_ in ("PROPN", "NOUN") \
        and token.lower_ not in services and token.lemma_.lower() not in services


def thing_stays(ctx: Context, span) -> bool:
    """"If either says no, it stays off", "the scooter stays in the shed": a thing, not a person,
    stays off or away."""
    verb = next((t for t in span if t.lemma_.lower() in _STAYING), None)
    if verb is None:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in ("it", "this", "that")
    return subject.pos_ == "NOUN" and not analysis.is_person(subject) and subject.i not in analysis.child_tokens(ctx)


def kept_from_things(ctx: Context, span) -> bool:
    """"Basil will have room to crawl and explore and be kept away from the stairs and hot things":
    a passive "kept away from" joined to the child's own doing, from things that are not harm or
    people, in a goal where the adults act."""
    from .parts.actions import adult_actions

    kept = next((t for t in list(span) + list(span.doc[span.end: span.end + 2])
                 if t.lemma_.lower() == "keep" and t.tag_ == "VBN"), None)
    if kept is None or not any(c.dep_ == "auxpass" for c in kept.children) or _negated(kept):
        return False
    things = [o for t in kept.subtree if t.dep_ == "prep" and t.lower_ == "from" for o in t.subtree if o.dep_ in ("pobj", "conj")]
    if not things or any(o.lemma_.lower() in _HARM_WORDS or o.lower_ in _HARM_WORDS or analysis.is_person(o)
                         for o in things):
        return False
    if kept.dep_ != "conj":
        return False
    head = kept.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.pos_ != "VERB" or _negated(head) or any(c.dep_ == "auxpass" for c in head.children):
        return False
    if any(t.lower_ in ("safe", "protected", "safeguarded") for t in head.subtree):
        return False
    # The child is the one who acts first: the head's subject, or the subject of the verb it hangs on.
    subject = analysis.subject_of(head, through=("xcomp", "conj", "advcl", "relcl", "acl"), steps=3)
    if subject is None and head.dep_ in ("relcl", "acl") and head.head.dep_ == "dobj":
        subject = analysis.subject_of(head.head.head)
    return _a_child(ctx, subject) and bool(adult_actions(ctx))


def free_aim_with_deeds(ctx: Context, span) -> bool:
    """"Dad, you and Blaze need Blaze's hair to be free of lice so she can stay in school. For this
    to happen, you will …": the aim, free of a thing that is no harm, for a stated purpose, met by
    the deeds that follow."""
    free = next((t for t in span if t.lower_ == "free"), None)
    if free is None or any(t.lower_ in ("not", "n't", "no", "never") for t in span):
        return False
    sentence = span.sent
    if not any(t.lemma_.lower() in ("need", "want") for t in sentence if t.i < free.i):
        return False
    things = [o for p in free.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
              for o in p.subtree if o.dep_ in ("pobj", "conj", "compound")]
    if not things or any(o.lemma_.lower() in _HARM_WORDS or o.lower_ in _HARM_WORDS for o in things):
        return False
    # What it is for: "so (that) she can …", "to stay in school".
    # The parse may start a new root at "so she can …": read on to the full stop.
    rest = []
    for t in span.doc[free.i + 1:]:
        if t.text in (".", "!", "?"):
            break
        rest.append(t)
    purpose = any(t.lower_ == "so" and t.dep_ in ("mark", "advmod") for t in rest)
    if not purpose:
        return False
    later = [s for s in ctx.sentences if s.start >= sentence.end]
    return any(s.text.lower().lstrip(" \"'“").startswith(goals15._THEN_DEEDS) for s in later)


def act_towards_child(ctx: Context, span) -> bool:
    """"Summer will be listened to": a prepositional passive (the preposition left behind) with the
    child as subject, in a goal where the adults act elsewhere."""
    from .parts.actions import adult_actions

    verb = next((t for t in span if t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children)), None)
    if verb is None:
        return False
    stranded = any(c.dep_ == "prep" and not any(o.dep_ == "pobj" for o in c.children) for c in verb.children) \
        or any(c.dep_ == "prt" for c in verb.children)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if not stranded or not _a_child(ctx, subject):
        return False
    return any(a.verb.sent.start != span.sent.start for a in adult_actions(ctx))


def carers_described_in_aim(ctx: Context, verb) -> bool:
    """"… adults who keep her safe": a relative clause on a person word, in a sentence the house
    style's "For this to happen, …" follows."""
    if verb.dep_ != "relcl" or not (analysis.is_person(verb.head) or verb.head.lemma_.lower() in
                                    ("adult", "grown-up", "people", "person", "carer")):
        return False
    sentence = verb.sent
    later = [s for s in ctx.sentences if s.start >= sentence.end]
    return any(s.text.lower().lstrip(" \"'“").startswith(goals15._THEN_DEEDS) for s in later)
