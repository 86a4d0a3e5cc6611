"""A child's behaviour or disability made the reason for what an adult did to them (round 38,
review38d D#5).

- Blame (SOS306): an adult held, sat on, locked in, shut in, tied or restrained a child, and the
  statement gives the child's conduct or condition as the reason: a "because / as / since" clause
  whose subject is the child or the child's behaviour ("because Kai was screaming", "as his
  behaviour is very difficult to manage"), "due to / because of his autism / his behaviour", or,
  anywhere in the same statement, the child's behaviour called hard to manage or challenging ("His
  behaviour is very difficult to manage"). What a distressed child does is never the reason an adult
  may hurt or shut them in.
- A word that hides what was done (SOS301): "secluded", "seclusion", said of a child. It says
  neither who shut the child away, nor where, nor for how long.

Near misses left alone: a restrictive act with no blaming reason ("Dad locked Theo in the bathroom
for an hour on Friday"), a reason that is the adult's own ("because he was angry"), the child's
behaviour described with no restrictive act ("Theo bites his hand when the room is loud"), and a
door locked for safety with no child shut in ("Mum locks the back door at night").
"""
from __future__ import annotations

from . import analysis
from .base import Context
from .word_context import quoted

_RESTRICTING = {"restrain", "lock", "shut", "seclude", "confine", "tie", "strap", "pin", "isolate", "barricade"}
_ON_VERBS = {"sit", "kneel", "lie", "lean"}  # "sat on Sunny"
_HOLD = {"hold", "pin", "push"}  # "held him down"
_CONDITIONS = {"behaviour", "behaviours", "behavior", "autism", "asd", "adhd", "disability", "disabilities",
               "needs", "condition", "diagnosis", "meltdown", "meltdowns", "outburst", "outbursts", "screaming",
               "tantrum", "tantrums", "aggression", "challenges"}
_HARD = {"difficult", "hard", "impossible", "challenging", "unmanageable", "tricky"}
_MANAGING = {"manage", "control", "handle", "contain", "cope"}


def _is_child(ctx: Context, token) -> bool:
    if token is None:
        return False
    if token.i in analysis.child_tokens(ctx):
        return True
    if token.pos_ == "PRON" and token.lower_ in ("he", "she", "him", "her", "his", "they", "them", "their"):
        if analysis.pronoun_is_child(ctx, token):
            return True
        return analysis.nearest_named_is_child(ctx, token)  # the nearest person named before it
    return token.lower_ in analysis.people_words()["children"]


def _child_target(ctx: Context, verb):
    lemma = verb.lemma_.lower()
    if lemma in _RESTRICTING or (lemma in _HOLD and any(c.lower_ == "down" for c in verb.children)):
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass") and _is_child(ctx, c):
                return c
    if lemma in _ON_VERBS:
        for p in verb.children:
            if p.dep_ == "prep" and p.lower_ == "on":
                for o in p.children:
                    if o.dep_ == "pobj" and _is_child(ctx, o):
                        return o
    return None


def restrictive_acts(ctx: Context) -> list:
    """(verb, child) for each act that holds or shuts a child in."""
    return ctx.memo("restraint_blame:acts", lambda: [
        (v, c) for v in ctx.tokens if v.pos_ == "VERB" for c in [_child_target(ctx, v)] if c is not None])


def _childs_condition(ctx: Context, token) -> bool:
    """"his behaviour", "Kai's autism", "he" (the child): the child or what the child has or does."""
    if _is_child(ctx, token):
        return True
    if token.lemma_.lower() in _CONDITIONS or token.lower_ in _CONDITIONS:
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        return owner is not None and _is_child(ctx, owner)
    return False


def _named_condition(ctx: Context, token) -> bool:
    """The child by name, or what the child has or does ("his behaviour", "Kai's autism"); a bare
    pronoun is not read ("because he was angry" may be the adult's own reason)."""
    if token.pos_ != "PRON" and token.i in analysis.child_tokens(ctx):
        return True
    return token.pos_ != "PRON" and _childs_condition(ctx, token)


def _hard_spans(ctx: Context) -> list:
    """"his behaviour is very difficult to manage", "Kai's behaviour is challenging": the child's
    conduct called hard for the adults."""
    found = []
    for hard in ctx.tokens:
        if hard.lower_ not in _HARD or hard.dep_ not in ("acomp", "attr"):
            continue
        be = hard.head
        subject = next((c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:  # "Sunny has autism and his behaviour is …": the parse may join the noun on
            subject = next((t for t in reversed(list(ctx.doc[max(be.sent.start, be.i - 4):be.i]))
                            if t.pos_ == "NOUN"), None)
        if subject is None or not (subject.lemma_.lower() in _CONDITIONS or subject.lower_ in _CONDITIONS):
            continue
        if not _childs_condition(ctx, subject):
            continue
        start = min(t.i for t in subject.subtree if t.i <= subject.i)
        end = max(t.i for t in hard.subtree)
        found.append(ctx.doc[start:end + 1])
    return found


def blamed_reason_spans(ctx: Context) -> list:
    def compute():
        acts = restrictive_acts(ctx)
        if not acts:
            return []
        found = []
        for sent in {verb.sent for verb, _child in acts}:
            for c in sent:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("because", "as", "since", "cos")
                                             for m in c.children):
                    subject = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
                    if subject is not None and _named_condition(ctx, subject):
                        mark = next(m for m in c.children if m.dep_ == "mark")
                        found.append(ctx.doc[mark.i:c.right_edge.i + 1])
                if c.dep_ == "prep" and c.lower_ in ("due", "because"):
                    for t in c.subtree:
                        if t.dep_ == "pobj" and _named_condition(ctx, t):
                            found.append(ctx.doc[c.i:c.right_edge.i + 1])
                            break
        # anywhere in the statement: the child's behaviour called hard to manage
        for span in _hard_spans(ctx):
            if not any(s.start <= span.start < s.end or span.start <= s.start < span.end for s in found):
                found.append(span)
        return [s for s in found if not quoted(s)]
    return ctx.memo("restraint_blame:reasons", compute)


def seclusion_spans(ctx: Context) -> list:
    """"was secluded in his bedroom", "put in seclusion": said of a child."""
    def compute():
        found = []
        for t in ctx.tokens:
            lemma = t.lemma_.lower()
            if lemma == "seclude" or t.lower_ in ("secluded", "seclusion"):
                if t.pos_ == "VERB":
                    target = next((c for c in t.children if c.dep_ in ("nsubjpass", "dobj")), None)
                    if target is None or not _is_child(ctx, target):
                        continue
                elif not analysis.child_tokens(ctx):
                    continue
                span = ctx.doc[t.i:t.i + 1]
                if not quoted(span):
                    found.append(span)
        return found
    return ctx.memo("restraint_blame:seclusion", compute)
