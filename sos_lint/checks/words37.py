"""Round 37 (r37b): word-fault readings added this round.

- H#11 (review36h, a health visitor): a service's sessions not gone to ("missed three health
  visitor appointments") is reported by SOS301 as being about a service, not the child. When the
  same sentence goes on to say what it meant for the child ("…, so Hope was not weighed", "…, which
  meant Kit had none of his jabs"), the child's side is there: the finding is a hint, not a warning.
  Read from the parse: a clause that the missed sittings lead to ("so", "which meant", "meaning",
  "as a result"), whose subject or object is a child. A "so" clause about the adult ("so she could
  sleep in") or one that looks ahead ("so Hope will not be weighed") does not count.
"""
from __future__ import annotations

from . import analysis
from .base import Context
from .lexicon import looks_ahead

# Words that tie a clause to what came before it as its result.
_SO = {"so", "therefore", "consequently"}
_MEANT = {"mean", "result"}  # "which meant", "meaning", "which resulted in"


def _a_child(ctx: Context, token) -> bool:
    if token.i in analysis.child_tokens(ctx):
        return True
    if token.pos_ == "PRON" and token.lower_ in ("he", "she", "they", "him", "her", "them"):
        return analysis.pronoun_is_child(ctx, token)
    return token.lower_ in analysis.people_words()["children"]


def _about_a_child(ctx: Context, clause) -> bool:
    """The clause's subject or object (or what it ties to by a preposition) is a child."""
    for c in clause.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") and (_a_child(ctx, c) or any(
                _a_child(ctx, p) for p in c.children if p.dep_ == "poss")):
            return True
        if c.dep_ in ("ccomp", "xcomp") and c.i > clause.i and _about_a_child(ctx, c):
            return True  # "which meant Kit had none of his jabs": the clause "meant" holds
    return False


def _result_clauses(verb):
    """Clauses in the verb's sentence told as its result: the clause a "so" starts, whether the parse
    hangs it on the verb or the verb on it, and "which meant …" / "meaning …" on the verb's words."""
    sent = verb.sent
    for token in sent:
        if token.i <= verb.i:
            continue
        if token.lower_ in _SO and token.dep_ in ("advmod", "mark", "cc"):
            clause = token.head
            if clause.i != verb.i and clause.i > token.i:
                yield clause
            elif token.dep_ == "cc":  # "…, and so Hope was not weighed": the clause joined after it
                yield from (c for c in verb.children if c.dep_ == "conj" and c.i > token.i)
        if token.lemma_.lower() in _MEANT and token.pos_ == "VERB" and (
                token.dep_ in ("relcl", "advcl", "conj") or any(c.lower_ == "which" for c in token.children)):
            yield token


def result_for_child(ctx: Context, span) -> bool:
    """Does the sentence say what the span's missed sittings meant for a child, after them? ("Mum
    and Dad missed three health visitor appointments in November, so Hope was not weighed.")"""
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return False
    verb = verbs[0]
    for clause in _result_clauses(verb):
        if looks_ahead(clause):
            continue  # "so Hope will not be weighed": what could happen, not what it meant
        if clause.i < span.end:
            continue
        if _about_a_child(ctx, clause):
            return True
    return False
