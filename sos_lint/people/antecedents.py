"""Round 36 (r36d, review35 C#6): which earlier person a "he", "she" or "they" stands for, where the
way the sentence is built says it better than the nearest subject does.

Two classes, read from the parse:

- A subject pronoun of a clause joined by "and"/"but" to an earlier clause is the person that
  earlier clause is about: its own subject, not a subject of a clause inside it. "Rocky asks every
  day when Mark is coming home and he has told Hazel …": "he" is Rocky (the subject of "asks"), not
  Mark (the subject of "when Mark is coming"). Only where that subject can be the pronoun ("he" is
  not "Mum", nor two people; "they" is two or more) and comes before it.
- "They" stands for two or more people: people joined by "and" ("Star and Jayden"), or a plural
  person word ("the children", "her parents"). Where such a group is named before it, a lone
  person between is passed over: "if nobody tells Ava and Noah where Dad is, they will keep
  asking" is Ava and Noah, not Dad. (A single person written "they" still counts where no group is
  named before it.)

The checks' ``analysis.pronoun_is_child`` asks these first; the choice among its other candidates
is unchanged.
"""
from __future__ import annotations

_SUBJECTS = ("nsubj", "nsubjpass")
_FEMALE = {"mum", "mummy", "mam", "mom", "mother", "nan", "nana", "nanny", "gran", "granny", "grandma",
           "grandmother", "aunt", "auntie", "aunty", "sister", "stepmum", "stepmother", "girlfriend", "wife",
           "godmother", "daughter", "niece", "girl", "woman", "lady", "she", "her"}
_MALE = {"dad", "daddy", "father", "grandad", "grandpa", "grandfather", "uncle", "brother", "stepdad",
         "stepfather", "boyfriend", "husband", "godfather", "son", "nephew", "boy", "man", "he", "him"}
_PLURAL_PRONOUNS = ("they", "them")
_SINGULAR_PRONOUNS = ("he", "she", "him", "her")


def _joined(token) -> bool:
    """The token is one of two or more people joined by "and"/"&"/"or" ("Star and Jayden")."""
    return token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children)


def is_group(token) -> bool:
    """Two or more people: joined ones, or a plural noun ("children", "parents", "twins")."""
    return _joined(token) or token.tag_ in ("NNS", "NNPS")


def _agrees(pronoun, token) -> bool:
    lower = pronoun.lower_
    if token.pos_ == "PRON" and token.lower_ not in ("he", "she", "they"):
        return False  # "you will text Tyrese and he will reply": "he" is not "you"
    if token.pos_ == "PRON" and (token.lower_ == "they") != (lower in _PLURAL_PRONOUNS):
        return False
    if lower in _PLURAL_PRONOUNS:
        return is_group(token)
    if is_group(token):
        return False
    word = token.lower_
    return not (lower in ("he", "him") and word in _FEMALE or lower in ("she", "her") and word in _MALE)


def conjoined_subject(pronoun):
    """The subject of the first of the clauses joined to the pronoun's own, where the pronoun is a
    clause's subject and that clause is joined by "and"/"but" to an earlier one whose subject can
    be the pronoun and stands before it; None otherwise. A subject pronoun there is returned as
    it is (the caller reads who it is)."""
    if pronoun.dep_ not in _SUBJECTS:
        return None
    verb = pronoun.head
    if verb.dep_ != "conj":
        return None
    first = verb
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first is verb:
        return None  # (the first clause's head may be tagged a noun, "Tommy (9) waits …": its subject says it is a clause)
    subject = next((c for c in first.children if c.dep_ in _SUBJECTS and c.i < pronoun.i), None)
    if subject is None or not _agrees(pronoun, subject):
        return None
    # "Mum and Dad argue … and they shout": the first of the joined subjects stands for the group
    return subject


def group_before(pronoun, candidates):
    """For "they"/"them": the nearest of `candidates` (person tokens before the pronoun, nearest
    first) that is a group, or None where none is (the caller then reads as before)."""
    if pronoun.lower_ not in _PLURAL_PRONOUNS:
        return None
    return next((t for t in candidates if is_group(t)), None)
