"""Round 32 (words32): victim blaming read as classes on the parse.

Class 1 (SOS306). A goal that sets the woman a man hurts the task of keeping him out: "Mum will not
allow Dad back into the family home", "Mother to not allow her brothers into the home", "Ms Greenwood
must not allow Mr Vance into the property". The job of stopping the abuse is put on the parent he
hurts (Safe & Together), as in verdicts.mothers_duty_spans ("Mum will keep the children safe"). Marked
by readers on sets 19, 22, 23, 26, 29 and 30. Left alone: a goal that says in the same sentence what
she will do if he comes, or instead ("you will not let Lee in; if he turns up you will ring 999": a
plan she has made, the good statements' wording); a goal that says what he will do (his part is
there); a worry ("Kayleigh would not let him in": what she did to keep safe); keeping out anyone
who is not the man who hurts ("any unknown adults", a child); and outside abuse of a partner or child.

Class 2 (SOS306). The harm written as caused by her staying with him, or her relationship set
against the children: "continues to place the children at risk by remaining in the relationship",
"Mum to prioritise the children's needs over her relationship". Sets 28 and 30 (and the chosen-stay
readings of words25, sets 15 and 23). Left alone: staying anywhere else ("by remaining in the
house"), a child's relationship (another rule's), and outside abuse of a partner.
"""
from __future__ import annotations

from . import analysis, verdicts, words25
from .base import Context
from .word_context import is_child, quoted

_LETTING = {"allow", "let", "permit"}
_HOMES = {"home", "house", "property", "flat", "address", "room", "bedroom"}
# Words that show the sentence is a plan she has made: what she will do if he comes, or instead.
_PLAN = {"if", "when", "whenever", "unless", "instead", "ring", "call", "phone", "text", "999"}
_STAYING = {"remain", "stay", "continue"}
_RANKING = {"prioritise", "prioritize", "put", "place", "choose", "favour", "value"}


def _not(verb) -> bool:
    """"will not allow", "must never let", "to not allow", "by not allowing"."""
    return any(c.dep_ == "neg" or c.lower_ in ("not", "never", "n't") for c in verb.children)


def _kept_out_to(verb):
    """The words saying where he is kept out of, after the verb: "back", "into the home", "in",
    "access to the home". None when the verb keeps nobody out of a home."""
    for t in verb.subtree:
        if t.i <= verb.i or t.i - verb.i > 8:
            continue
        if t.lower_ == "back" or (t.lower_ == "in" and t.dep_ in ("prt", "advmod") and t.head == verb):
            return t
        if t.lower_ in ("into", "inside", "to") and any(o.lemma_.lower() in _HOMES for o in t.children):
            return max((o for o in t.children if o.lemma_.lower() in _HOMES), key=lambda o: o.i)
    return None


def _doer(verb):
    """Who is to do the verb: its subject, climbing through joined and governing verbs ("to end her
    relationship and not allow him back", "protect the children by not allowing Dad back"), or the
    noun a goal's headline hangs the verb on ("Mum to not allow ...", parsed with "Mum" as the root)."""
    node = verb
    for _ in range(5):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if node.dep_ == "pcomp" and node.head.dep_ == "prep":
            node = node.head.head
        elif node.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acl", "relcl"):
            if node.head.pos_ in ("NOUN", "PROPN") and node.dep_ in ("advcl", "acl"):
                return node.head
            node = node.head
        else:
            return None
    return None


def _plan_in(sent) -> bool:
    return any(t.lower_ in _PLAN or t.lemma_.lower() in _PLAN for t in sent)


def kept_out_task_spans(ctx: Context) -> list:
    """Class 1: see the module's notes."""
    if ctx.kind != "goal" or not verdicts.about_domestic_abuse(ctx) or verdicts._abuser_acts(ctx):
        return []

    def compute():
        found = []
        for verb in ctx.tokens:
            if verb.lemma_.lower() not in _LETTING or verb.pos_ != "VERB" or not _not(verb):
                continue
            if _plan_in(verb.sent):
                continue  # "you will not let him in; if he turns up you will ring 999": her plan
            him = next((c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i), None)
            if him is None:
                him = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None)
                him = next((c for c in him.children if c.dep_ == "nsubj"), None) if him is not None else None
            if him is None or not (words25._a_man_who_harms(ctx, him)
                                   or (him.lemma_.lower() in ("brother", "partner", "ex", "uncle") and him.i > verb.i)):
                continue
            where = _kept_out_to(verb)
            if where is None:
                continue
            subject = _doer(verb)
            if subject is None or subject.lower_ == "you" or not words25._the_woman(ctx, subject):
                continue
            start = min([c.i for c in verb.children if c.dep_ in ("neg", "aux") or c.lower_ == "not"] + [verb.i])
            span = ctx.doc[start:where.i + 1]
            if not quoted(span):
                found.append(span)
        return found
    return ctx.memo("words32:kept_out", compute)


def _her_relationship(token) -> bool:
    """"the relationship", "her relationship" (not a child's, not "their relationship with Leo")."""
    if token.lemma_.lower() != "relationship":
        return False
    poss = next((c for c in token.children if c.dep_ == "poss"), None)
    return poss is None and any(c.lower_ == "the" for c in token.children) or (
        poss is not None and poss.lower_ == "her")


def staying_cause_spans(ctx: Context) -> list:
    """Class 2: see the module's notes."""
    if not verdicts.about_domestic_abuse(ctx):
        return []

    def compute():
        found = []
        for verb in ctx.tokens:
            lemma = verb.lemma_.lower()
            # "by remaining in the relationship": her staying written as what puts the children at risk
            if lemma in _STAYING and verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "by":
                rel = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                            for o in p.children if o.dep_ == "pobj" and _her_relationship(o)), None)
            # "prioritise the children's needs over her relationship"
            elif lemma in _RANKING and verb.pos_ == "VERB":
                rel = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("over", "before", "above")
                            for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() == "relationship"
                            and any(c.dep_ == "poss" and c.lower_ == "her" for c in o.children)), None)
            else:
                continue
            if rel is None:
                continue
            subject = _doer(verb)
            if subject is None or not words25._the_woman(ctx, subject):
                continue
            span = ctx.doc[verb.i:rel.i + 1]
            if not quoted(span):
                found.append(span)
        return found
    return ctx.memo("words32:staying_cause", compute)


# ---- class 3 (guess, SOS304): "the children were present but asleep" ----
_SLEEPING = {"asleep", "sleeping"}
_CHILD_WORDS = {"child", "kid", "baby", "sibling", "twin", "boy", "girl", "son", "daughter"}


def asleep_so_unharmed_spans(ctx: Context) -> list:
    """"Children were present but asleep", "Children were present but asleep upstairs": the "but"
    sets their being asleep against their being there, as if asleep children did not hear or know,
    a guess told as a fact (sets 26, 29, 30). What a child heard or woke to is not known from it. Left
    alone: asleep with no "but" ("while Zainab was asleep upstairs", a time), an adult asleep ("Dad
    was asleep on the sofa", a worry of its own), and goals."""
    if ctx.kind == "goal":
        return []
    found = []
    for word in ctx.tokens:
        if word.lower_ not in _SLEEPING:
            continue
        but = next((t for t in ctx.doc[max(word.sent.start, word.i - 2):word.i] if t.lower_ == "but"), None)
        if but is None:
            continue
        # Who is asleep: the subject of the clause the word (or the word it is joined to) sits in.
        node, subject = word, None
        for _ in range(3):
            subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None or node.dep_ not in ("conj", "acomp", "advmod", "amod", "prep", "pobj"):
                break
            node = node.head
        if subject is None:
            continue
        kids = analysis.child_tokens(ctx)
        if not (subject.lemma_.lower() in _CHILD_WORDS or subject.i in kids or is_child(ctx, subject, strict=False)
                or any(c.i in kids for c in subject.conjuncts)):
            continue
        first = next((t for t in reversed(list(ctx.doc[word.sent.start:but.i])) if t.lower_ in ("present", "there", "home")
                      and but.i - t.i <= 3), None)
        start = first.i if first is not None else but.i
        end = word.i
        after = ctx.doc[word.i + 1] if word.i + 1 < len(ctx.doc) else None
        if after is not None and after.lower_ in ("upstairs", "downstairs"):
            end = after.i
        span = ctx.doc[start:end + 1]
        if not quoted(span):
            found.append(span)
    return found
