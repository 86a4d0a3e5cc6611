"""What happens if a goal is not met (issue 11 §5, if_not): an "if not" said without its verb
("If not, the plan will be reviewed"), and one followed by nothing that is a consequence.
"""
from __future__ import annotations

from ..base import Context
from .. import analysis
from .common import _word_set


def elliptical_if_not(ctx: Context, mark):
    """"If it doesn't, Will may need to stay with Nanna Sue": the model often hangs "if" on the main
    verb when the clause is only "it doesn't"; read on the words: "if" + it/this/you/they + do + not
    + comma is the goal not happening, and what follows in the sentence is what happens then."""
    doc = ctx.doc
    if mark.lower_ != "if" or mark.i + 4 >= len(doc):
        return None
    who, do, neg, comma = doc[mark.i + 1], doc[mark.i + 2], doc[mark.i + 3], doc[mark.i + 4]
    if who.lower_ in ("it", "this", "that", "you", "they", "he", "she", "we") and do.lemma_.lower() == "do" \
            and neg.dep_ == "neg" and comma.text == "," and comma.i + 1 < mark.sent.end:
        return doc[mark.i: mark.sent.end]
    return None


def nothing_follows(ctx: Context, said, musing: set, consequences: set) -> bool:
    """"If you do not, the social worker will consider next steps", "If you don't, Jade will be at
    risk": what follows names nothing that would happen (a professional musing, or only vague harm)."""
    comma = next(t for t in said if t.text == ",")
    rest = [t for t in said if t.i > comma.i and not t.is_punct]
    lemmas = {t.lemma_.lower() for t in rest}
    if lemmas & musing and not lemmas & consequences:
        return True
    children = analysis.child_tokens(ctx)
    vague = _word_set("vague_harm") | {"will", "may", "might", "could", "would", "be", "at", "risk", "not"}
    return all(t.i in children or t.lemma_.lower() in vague or t.lower_ in vague for t in rest)


def if_none(ctx: Context, mark):
    """Round 28: "If no improvement at the six-week review, case to be stepped up": "if" + "no" + a
    noun with no verb of its own (plan shorthand), then a comma and what follows in the sentence."""
    doc = ctx.doc
    if mark.lower_ != "if" or mark.i + 2 >= len(doc) or doc[mark.i + 1].lower_ != "no":
        return None
    comma = next((t for t in doc[mark.i + 2: mark.sent.end] if t.text == ","), None)
    if comma is None or any(t.pos_ in ("VERB", "AUX") for t in doc[mark.i + 1: comma.i]):
        return None
    return doc[comma.i + 1: mark.sent.end]
