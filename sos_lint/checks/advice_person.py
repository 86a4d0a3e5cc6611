"""Advice that names the right person (round 38, review38d D#4, review38p P#8).

A word rule's advice is written for the usual case: a label on an adult ("Say what the adult did to
themselves"), or a record's word about the child ("Say what you saw [name] do"). When the parse and
the people analysis show the words are someone else's, the advice is said of that person:

- The words belong to a child (owned by the child: "his autism", "Will's self-injurious behaviour";
  or the child is the subject of their clause: "Will displays self-injurious behaviour"): advice
  that speaks of "the adult" as the one who is, did or said it is said of the child, and asks what
  the adults did ("his autism" → "says who Will is"; "Say what Will did to themselves, what was
  happening just before, and what the adults did then").
- The words belong to a named adult ("Dad presents as overwhelmed"): advice that asks what you saw
  the child do asks what you saw that adult do.

Advice whose person already fits, or whose words have no owner the parse can show, is left as it is.
"""
from __future__ import annotations

import re

from . import analysis
from .base import Context

_CODES = {"SOS101", "SOS301", "SOS305"}


def _tokens(ctx: Context, start: int, end: int) -> list:
    return [t for t in ctx.tokens if t.idx >= start and t.idx + len(t.text) <= end]


def _is_child(ctx: Context, token) -> bool:
    if token.i in analysis.child_tokens(ctx):
        return True
    if token.pos_ == "PRON" and token.lower_ in ("he", "she", "his", "her", "him", "they", "their"):
        if analysis.pronoun_is_child(ctx, token):
            return True
        return analysis.nearest_named_is_child(ctx, token)
    return False


def _is_adult(ctx: Context, token) -> bool:
    return token.i in analysis.adult_tokens(ctx) and not _is_child(ctx, token)


def _owner(ctx: Context, words: list):
    """Whose the words are: a possessive among or on them, else the subject of their clause."""
    if not words:
        return None
    for t in words:
        poss = next((c for c in t.children if c.dep_ == "poss"), None)
        if poss is not None:
            return poss
        if t.dep_ == "poss":
            return t
    root = min(words, key=lambda t: len(list(t.ancestors)))
    if root.dep_ in ("nsubj", "nsubjpass") and (root.pos_ == "PROPN" or root.pos_ == "PRON"):
        return root  # "Dad presents as …" read with "Dad" inside the words
    verb = root if root.pos_ in ("VERB", "AUX") else root.head
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.dep_ in ("conj", "nsubj", "compound") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return before  # "… and Dad presents as …": the parse joined "Dad" on, not as the subject
    for _ in range(2):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
            verb = verb.head
    return None


def _name(ctx: Context, person) -> str:
    if person.pos_ == "PRON":
        before = [t for t in person.doc[:person.i] if t.i in analysis.child_tokens(ctx)]
        return before[-1].text if before else "the child"
    return person.text


def fitted(ctx: Context, code: str, start: int, end: int, message: str, suggestion: str) -> tuple[str, str]:
    if code not in _CODES or ctx.kind != "worry" and "the adult" not in message:
        return message, suggestion
    words = _tokens(ctx, start, end)
    person = _owner(ctx, words)
    if person is None:
        return message, suggestion
    if _is_child(ctx, person) and "the adult" in message:
        name = _name(ctx, person)
        message = message.replace("says who the adult is, not what they did.", f"says who {name} is, not what anyone did.")
        message = message.replace("Say what the adult did to themselves, and when.",
                                  f"Say what {name} did to themselves, when, what was happening just before, and "
                                  "what the adults did then.")
        message = message.replace("Say what the adult said or did, when, and who saw or heard it.",
                                  f"Say what {name} did, what was happening just before, and what the adults did then.")
        suggestion = suggestion.replace("[what the adult said or did, when, and who saw or heard it]",
                                        f"[what {name} did, what was happening just before, and what the adults did then]")
        return message, suggestion
    if _is_adult(ctx, person) and person.pos_ != "PRON":
        for child in {t.text for t in ctx.tokens if t.i in analysis.child_tokens(ctx)}:
            pattern = re.compile(rf"\b(you saw|saw) {re.escape(child)} (do|did|say)\b")
            if pattern.search(message):
                message = pattern.sub(lambda m: f"{m.group(1)} {person.text} {m.group(2)}", message)
                message = re.sub(rf"\bor heard them say\b", f"or heard {person.text} say", message)
    return message, suggestion
