"""Round 23 (goals23): a "will not" that is a safety rule, with its arrangement beside it (SOS512).

"You will not leave Reed alone with Wayne, and Wayne will not stay overnight at the flat. When you
see Wayne, it will be at his place or in town": the sentence before or after says, of the same
person, what will happen instead. The issue asks for exactly this: SOS512 is silent "when the same
or the next sentence says what the adult will do instead". Read only for an adult's "will not"
(the child's own, "Owen will not ride the quad bike", makes the child keep the rule), and only where the thing not done is
no harm in itself (staying over, sharing a room, being left with someone); "Dad will not hit Reed"
or "will not drink" stays absence of harm whatever sentence follows, and the sentence that says
what happens "if this doesn't happen" never counts as the arrangement.
"""
from __future__ import annotations

from . import analysis
from .base import Context
from .compliance_words import _in_if_not
from .goal_words import _HARM_DONE
from .goals18 import _will_not_verb

# What a "will not" of harm or of the adult's own drinking or drug use says: harm not happening.
_NOT_A_RULE = _HARM_DONE | {"drink", "use", "smoke", "take", "inject", "argue", "fight", "swear", "row", "lose",
                            "relapse", "offend", "steal", "happen", "occur", "be", "get", "become"}


def _people_in(ctx: Context, tokens) -> set:
    known = analysis.child_tokens(ctx) | analysis.adult_tokens(ctx)
    return {t.lower_ for t in tokens if t.i in known and t.pos_ in ("PROPN", "NOUN")}


# What a promise to a service or a vague aim says: not where, when or with whom things will happen.
_NOT_ARRANGED = {"ensure", "make", "accept", "demonstrate", "show", "engage", "attend", "complete", "comply",
                 "understand", "continue", "need", "try", "reduce", "manage", "improve", "take", "work", "keep",
                 "remain", "stay", "evidence", "maintain", "allow", "let"}
_ARRANGING = {"at", "in", "on", "with", "when", "while", "whenever", "only", "until", "after", "before"}


def _positive_clauses(ctx: Context, sentence):
    """Verbs of the sentence said as what will happen, not negated, that say where, when or with
    whom: "it will be at his place or in town while Reed is at school", "will only be together
    when…". A promise to a service ("will accept the support", "will attend the group") is none."""
    compliance = {t.i for span in analysis.cues(ctx, "compliance") for t in span}
    for verb in sentence:
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass"):
            continue
        if verb.lemma_.lower() in _NOT_ARRANGED or verb.i in compliance:
            continue
        if not any(t.lower_ in _ARRANGING for t in verb.subtree if t.head.i == verb.i or t.head.head.i == verb.i):
            continue
        if any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in verb.children):
            continue
        promised = any(c.lower_ in ("will", "'ll", "wo", "shall", "must") for c in verb.children if c.dep_ == "aux") \
            or any(c.lower_ == "only" for c in verb.children)
        if promised:
            yield verb


def arrangement_beside(ctx: Context, span) -> bool:
    """A "will not" of no harm in itself, with the sentence before or after saying, of the same
    person, what will happen instead (see the module's notes)."""
    if not any(t.lower_ in ("not", "n't", "never") for t in span):
        return False  # "cease", "abstain", "protected from harm": no rule of anyone's, only harm ending
    verb = _will_not_verb(span)
    if verb.lemma_.lower() in _NOT_A_RULE or verb.pos_ != "VERB":
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "Mum will not be influenced", "her education will not be impacted": nobody's rule
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i not in analysis.adult_tokens(ctx) and subject.lower_ not in ("you", "i", "we"):
        return False  # "Ms Reid's drinking must not impact on the children": no adult's rule
    if (subject.i in analysis.child_tokens(ctx) or (
            subject.pos_ == "PRON" and analysis.pronoun_is_child(ctx, subject))):
        return False  # "Owen will not ride the quad bike": the child made the one to keep the rule
    if any(t.lemma_.lower() in _NOT_A_RULE for t in verb.children if t.dep_ in ("xcomp", "dobj")):
        return False  # "will not let him drink"
    sentence = verb.sent
    clause = list(verb.subtree)
    people = _people_in(ctx, clause)
    before = next((s for s in ctx.sentences if s.end == sentence.start), None)
    after = next((s for s in ctx.sentences if s.start == sentence.end), None)
    for other in (before, after):
        if other is None or _in_if_not(other[0]):
            continue
        for positive in _positive_clauses(ctx, other):
            named = _people_in(ctx, positive.subtree)
            if people & named:
                return True
    return False
