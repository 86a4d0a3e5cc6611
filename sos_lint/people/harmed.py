"""Round 34 (review34d D#7): the person a statement says is harmed is never given the harmer's tasks.

A goal about Dad's violence towards Mum ("He will not be violent towards the mother", "Dad will
not hit Mum", "Mum was pushed by Dad") is a plan for Dad: advice and questions that ask what "Mum
or Dad" will do, or open "Dad and Mum, you …", put the person harmed into her abuser's programme.
Read from the parse: a person word or name that is the object of a harm verb ("hit Mum"), the
subject of one in the passive ("Mum was hit"), or the object of "towards", "to", "at" or "against"
after a word for harm or violence ("violent towards Mum", "abuse towards her mother", "shouting at
Mum") is harmed, whatever the sentence's "not" ("will not be violent towards Mum" still names who
would be harmed).
"""
from __future__ import annotations

from .wordlists import _HARM_VERBS

_HARM_WORDS = frozenset(("violent", "abusive", "aggressive", "threatening", "controlling", "cruel", "violence",
                         "abuse", "aggression", "threats", "hostility", "hostile"))
_TOWARDS = frozenset(("towards", "toward", "to", "at", "against"))
_MOTHER = frozenset(("mum", "mother", "mummy", "mam", "mom"))
_FATHER = frozenset(("dad", "father", "daddy"))


def harmed(doc) -> frozenset[int]:
    """Indices of the words for people the statement says are harmed (or would be)."""
    out = set()
    for t in doc:
        if t.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        head = t.head
        if t.dep_ == "dobj" and head.lemma_.lower() in _HARM_VERBS and any(
                c.dep_ == "nsubj" for c in head.children):
            out.add(t.i)  # "Dad will not hit Mum"
        elif t.dep_ == "nsubjpass" and head.lemma_.lower() in _HARM_VERBS:
            out.add(t.i)  # "Mum was pushed by Dad"
        elif t.dep_ == "pobj" and head.lower_ in _TOWARDS and (
                head.head.lower_ in _HARM_WORDS or head.head.lemma_.lower() in _HARM_VERBS):
            out.add(t.i)  # "violent towards Mum", "shouting at Mum"
    return frozenset(out)


def the_other_parent(doc) -> str:
    """"Dad" where the statement names a mother and a father and says only the mother is harmed
    (or "Mum", the other way round); "" otherwise."""
    hurt = harmed(doc)
    mothers = [t for t in doc if t.lower_ in _MOTHER]
    fathers = [t for t in doc if t.lower_ in _FATHER]
    if not mothers or not fathers:
        return ""
    mother_hurt = any(t.i in hurt for t in mothers)
    father_hurt = any(t.i in hurt for t in fathers)
    if mother_hurt and not father_hurt:
        return "Dad"
    if father_hurt and not mother_hurt:
        return "Mum"
    return ""


def parent_group(word: str) -> str:
    """"mum" for any word for a mother, "dad" for a father's, else the word in lower case."""
    lower = word.lower()
    return "mum" if lower in _MOTHER else "dad" if lower in _FATHER else lower


def harmed_words(doc) -> frozenset[str]:
    """The harmed people's words as written, lower case ("mum", "kayla")."""
    return frozenset(doc[i].lower_ for i in harmed(doc))
