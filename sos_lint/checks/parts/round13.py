"""Round 13 readings of the parts (issue 11 §5), kept apart so the frames are easy to find. Worry
behaviour: where an adult lives or under what order they care ("is believed to be residing at the
address", "has cared for the girls under a Special Guardianship Order"), an act told only by its
grade ("disciplined in an inappropriate manner"), not answering a service's letters or calls, and
"has made some progress". Goal: a helper named by a first name only, checks said as a visit, a
review or work shared with a professional, and a timescale said by a legal or plan stage."""
from __future__ import annotations

from .. import analysis
from ..base import Context
from .common import _parts_words


def _words(key: str) -> set:
    return set(_parts_words().get(key, []))


# Where someone lives: a status, not an act anyone saw ("now resides at the address with the boys").
_DWELLING = {"reside", "live", "lodge", "dwell"}
# What an arrangement or an order is called when someone cares "under" it.
_ARRANGEMENTS = {"order", "arrangement", "agreement", "plan", "guardianship", "care", "section", "licence"}


def a_status(verb) -> bool:
    """"Mum's partner is believed to be residing at the address", "Dad lives with his mother", "has
    looked after Ella under a Special Guardianship Order since 2021": where someone lives or the order
    they care under is their standing, not something they did. A verb with a thing done to someone
    ("lives with Ava and hit her": "hit" is its own act) is left to its own reading."""
    lemma = verb.lemma_.lower()
    if verb.dep_ == "relcl" or any(c.dep_ == "prep" and not list(c.children) for c in verb.children):
        return False  # "the man Daniel lives with … takes his bank card": who he is, read with his acts
    if lemma in _DWELLING and not any(c.dep_ == "dobj" for c in verb.children):
        return True
    if lemma in ("care", "look", "parent", "raise", "bring"):
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("under", "on")):
            if any(t.lemma_.lower() in _ARRANGEMENTS or (t.text.isupper() and len(t.text) > 2)
                   for t in prep.subtree if t.dep_ in ("pobj", "compound")):
                return True
    return False


_MANNER_NOUNS = {"manner", "way", "fashion"}


def graded_only(verb) -> bool:
    """"Ava was disciplined in an inappropriate manner", "Dad handles Ivy inappropriately", "treats
    her in an unacceptable way": the act is named only by a standard it failed, with nothing anyone
    could picture. "disciplined Ava by locking her in the shed" says what was done and stays."""
    standards = _words("vague_standards") | {"excessive", "excessively", "unreasonable", "unreasonably",
                                             "improper", "improperly", "inappropriately", "unacceptably"}
    graded = any(c.dep_ == "advmod" and c.lower_ in standards for c in verb.children)
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "with")):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            if noun.lemma_.lower() in _MANNER_NOUNS | {"force"} and any(
                    a.dep_ == "amod" and a.lower_ in standards for a in noun.children):
                graded = True
    if not graded:
        return False
    # "by locking her in", "with a belt": a means named is something anyone could picture.
    return not any(c.dep_ == "prep" and c.lower_ in ("by", "with") and any(
        g.dep_ in ("pcomp", "pobj") and (g.pos_ == "VERB" or g.lemma_.lower() not in _MANNER_NOUNS | {"force"})
        for g in c.children) for c in verb.children)


# A service's contact: answering it, or not, is keeping in touch with the service, not behaviour.
_CONTACT = {"letter", "call", "phone", "message", "text", "email", "e-mail", "correspondence", "contact",
            "invitation", "appointment", "voicemail", "request"}
_ANSWERING = {"respond", "reply", "answer", "return", "acknowledge"}


def answers_a_service(verb) -> bool:
    """"Mum has not responded to letters", "Dad does not return calls from the school", "has not
    replied to texts": a service's contact answered or not (North Yorkshire SCP: engagement is not
    the adults' behaviour). "did not respond when Ivy cried" has no contact named and stays."""
    if verb.lemma_.lower() not in _ANSWERING:
        return False
    things = [c for c in verb.children if c.dep_ == "dobj"]
    things += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
               if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in _CONTACT or t.lower_ in _CONTACT for t in things)


_PROGRESS = {"progress", "change", "improvement", "effort", "attempt", "step", "stride", "headway"}


def progress_made(verb) -> bool:
    """"Mum has made some progress", "the parents have made changes", "Dad has made efforts": a
    verdict on the adults, not an act anyone saw."""
    return verb.lemma_.lower() in ("make", "show") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _PROGRESS for c in verb.children)


def not_a_worry_deed(verb) -> bool:
    """Any of the round 13 worry readings: a status, a grade alone, a service answered, progress."""
    return a_status(verb) or graded_only(verb) or answers_a_service(verb) or progress_made(verb)
