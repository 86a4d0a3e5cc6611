"""Role words inside the name of a place, group or service (round 13, goals13): "a mother and baby
unit", "the father and toddler group", "a mother and baby foster placement". There the role word
says who the place is for; it is not a report word standing for the child's Mum or Dad (SOS402)."""
from __future__ import annotations

from . import analysis


def names_a_place(span) -> bool:
    """Is the role word at the end of `span` a describing word of a thing that is not a person (the
    parse's noun modifier or compound of "unit", "group", "placement"), perhaps joined to another
    ("mother and baby")? "The mother hits Tia" and "the mother and baby Zara" are people still."""
    role = span[-1]
    while role.dep_ == "conj" and role.head.i < role.i:
        role = role.head
    if role.dep_ not in ("nmod", "compound") or role.head.i <= role.i:
        return False
    thing = role.head
    if thing.pos_ != "NOUN" or analysis.is_person(thing) or thing.ent_type_ == "PERSON":
        return False
    words = analysis.people_words()
    return thing.lower_ not in words["family"] and thing.lower_ not in words["children"]


_OWNING_PRONOUNS = {"her", "his", "their", "your", "my", "our"}


def owned_by_someone(span) -> bool:
    """Round 14 (goals14): a bare role word owned by a person, "Joy's father", "her mother", "Will's
    father, Dr Hale", names how the adult is related to someone named; it is not the report's
    label "the father" or "Mother". "The mother's partner" and "Mother's drinking" are still report
    words (nobody owns the role word there)."""
    first = span[0]
    if first.lower_ == "the" or first.i == 0:
        return False
    before = span.doc[first.i - 1]
    if before.lower_ == "own" and first.i >= 2:
        before = span.doc[first.i - 2]  # round 31 (alarms31): "your own father", "her own mum"
        if before.lower_ in ("'s", "’s", "'", "’"):
            first = before.nbor(1)  # "Comfort's own father": the owner is read below, as for "Comfort's father"
    if before.lower_ in _OWNING_PRONOUNS and before.tag_ == "PRP$":
        return True
    if before.lower_ in ("'s", "’s", "'", "’") and first.i >= 2:
        owner = span.doc[first.i - 2]
        return (owner.pos_ == "PROPN" or analysis.is_name(owner)) and owner.lower_ not in ("mother", "father", "yp")
    return False
