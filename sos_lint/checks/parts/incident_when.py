"""Round 38 (r38e): the when or where of an incident named as a noun.

Record-style worries name the adults' harm as an event noun and date or place it there: "DV incident
at the family home on 03/05", "DA incident 14/09", "There was an incident at the family home on
Christmas Eve", "an assault in the car park on Friday". The incident is what the adults did (issue
11's "when or where it happens"), so a day or a place said OF the incident noun is the worry's when
or where, though no adult is the subject of a verb. Pooled over parts_test20-36, such rows are
marked as having a when and were shown missing.

Not a when: a day said of a service's step that only mentions an incident ("A referral was received
on 12 October following a DV incident": the day is the referral's, not the incident's), a season or
month alone ("a DA incident in the summer"), and an incident the worry only foresees ("another
incident could happen on her birthday")."""
from __future__ import annotations

import re

from ..base import Context
from .when_where import _DAYS

# Nouns that name one happening of harm between or by the adults.
_INCIDENTS = {"incident", "assault", "argument", "fight", "row", "attack", "altercation", "disturbance", "domestic"}
# Places a happening is at ("at the family home", "in the car park", "at the address").
_PLACES = {"home", "house", "flat", "address", "property", "kitchen", "bedroom", "car", "park", "street", "garden",
           "gate", "pub", "party", "school", "shop", "hallway", "stairs", "room", "caravan", "hostel", "farm"}
_NUMERIC_DAY = re.compile(r"^\d{1,2}/\d{1,2}(?:/\d{2,4})?$")
_HOLIDAYS = {"christmas", "easter", "eid", "diwali", "birthday", "eve", "new", "bonfire", "halloween"}
_FORESEEN = {"will", "would", "could", "may", "might", "can", "shall", "should"}


def incident_when(ctx: Context):
    """The span of a day or place said of an incident noun, or None."""
    def compute():
        for noun in ctx.tokens:
            if noun.lemma_.lower() not in _INCIDENTS or noun.pos_ not in ("NOUN", "PROPN", "ADJ"):
                continue
            if noun.lower_ == "domestic" and noun.dep_ == "amod":
                continue  # "domestic abuse": the adjective, not "a domestic"
            if _foreseen(noun):
                continue
            if noun.dep_ == "pobj" and noun.head.lower_ in ("about", "regarding", "concerning", "re"):
                continue  # the topic of a service's step ("a notification … about a row at the house"), not told
            found = _said_of(noun)
            if found is not None:
                return found
        return None
    return ctx.memo("r38e:incident_when", compute)


def _foreseen(noun) -> bool:
    """The incident hangs under a modal ("another incident could happen on her birthday")."""
    for node in (noun, *noun.ancestors):
        if any(c.tag_ == "MD" and c.lower_ in _FORESEEN for c in node.children):
            return True
    return False


def _said_of(noun):
    """A day (a date in words or figures, a weekday, a named day) or a place straight under the incident
    noun, or under a preposition straight under it."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "at", "in", "outside", "during"):
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                span = noun.doc[child.i: obj.right_edge.i + 1]
                if _a_day(span):
                    return span
                if (obj.lemma_.lower() in _PLACES or obj.lower_ in _PLACES) and noun.tag_ != "NNS":
                    return span  # one incident's place; "repeated incidents at the address" is a pattern
        elif child.dep_ in ("npadvmod", "nummod", "appos", "compound", "amod", "nmod") and child.i > noun.i:
            span = noun.doc[child.left_edge.i: child.right_edge.i + 1]
            if _a_day(span):
                return span  # "DA incident 14/09"
    # "DA incident 14/03.": the parser may leave the figures beside the noun unattached to it
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if following is not None and following.sent == noun.sent and _NUMERIC_DAY.match(following.text):
        return noun.doc[following.i: following.i + 1]
    return None


def _a_day(span) -> bool:
    """One day: in figures ("03/05", "12 May"), a weekday, or a named day ("Christmas Eve"), not a
    season or a month alone ("in the summer", "in March")."""
    words = [t.lower_ for t in span]
    if any(_NUMERIC_DAY.match(t.text) for t in span):
        return True
    if any(t.like_num for t in span) and any(w in _DAYS for w in words):
        return True
    if any(w in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday") for w in words):
        return True
    return any(w in _HOLIDAYS for w in words) and any(t.ent_type_ in ("DATE", "EVENT") for t in span)
