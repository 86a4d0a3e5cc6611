"""Verdicts on what a parent grasps, puts first, has given up or makes small, read by the shape
of the clause (SOS305), for wordings the word lists and the earlier readings do not reach:

- a worry not grasped: an adult + a negated verb of grasping whose complement is the worry or a
  clause ("is not able to see the risks", "doesn't see that his shouting frightens Kian", "do not
  appear to take the worries seriously"). "Mum did not see Leo fall" (an event), a child's grasp
  and a parent's quoted words are left alone;
- a ranking against the child: an adult putting their own thing before, above or ahead of the
  child or the child's needs ("puts her income before the children", "puts her beliefs before her
  son's health"). Putting a thing somewhere ("puts her coat on before the children get up", "put
  his bag in the car before school") is not a ranking;
- giving up on the child: "Mum has given up", "has given up on Sky", "given up trying with Jay".
  Giving up a habit or a thing ("given up drinking", "gave up her job") is not, nor what happens at
  hard times, said in the present ("sometimes it gets too hard for her and she gives up trying");
- harm made small: "Mother minimises the risk he poses", "minimises his drinking". A goal's aim
  ("will minimise the risk by …", "to minimise the time") and a worker's act are not.
"""
from __future__ import annotations

from . import analysis
from . import person_verdicts as pv
from .base import Context, span_memo
from .lexicon import _LOOKING_AHEAD, looks_ahead
from .verdicts import _GRASPING, _WORRY_THINGS
from .word_context import quoted
from .words13 import PEOPLE_THINGS, _adult

_memo = span_memo("parent_verdicts:")

# Verbs that put the verb under them at one remove: "does not appear to take", "doesn't seem to see".
_SEEMING = {"appear", "seem", "tend"}
# Auxiliaries of one past event: "did not see", "had not realised". What a parent does not grasp
# is said in the present ("doesn't see", "cannot see", "is not able to see").
_EVENT_AUX = {"did", "had"}


def _professional(token) -> bool:
    words = analysis.people_words()
    jobs = set(words["professionals"]) | set(words["institutions"])
    return any(t.lower_ in jobs or t.lemma_.lower() in jobs for t in token.subtree)


def _parent(ctx: Context, subject) -> bool:
    return subject is not None and _adult(ctx, subject) and not _professional(subject)


def _neg_or_cannot(verb):
    """The first word that says the adult does not or cannot do the verb ("not", "cannot", "not
    able to", "does not appear to"), or None."""
    neg = [c for c in verb.children if c.dep_ in ("neg", "aux") and c.i < verb.i]
    if any(c.dep_ == "neg" for c in neg):
        return min(neg, key=lambda t: t.i)
    start = pv._cannot(verb)
    if start is not None:
        first = [c for c in start.head.children if c.dep_ in ("neg", "aux") and c.i < start.i] \
            if start.dep_ == "acomp" else []
        return min([start] + first, key=lambda t: t.i)
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in _SEEMING and pv._negated(head):
        return min([c for c in head.children if c.dep_ in ("neg", "aux") and c.i < head.i] + [head], key=lambda t: t.i)
    return None


def _event(verb, start) -> bool:
    """"Mum did not see Leo fall", "had not realised": one past event, not a verdict."""
    for word in (verb, verb.head):
        if any(c.dep_ == "aux" and c.lower_ in _EVENT_AUX for c in word.children):
            return True
        if word.tag_ == "VBD" and word.lemma_.lower() != "be":
            return True
    return False


def not_grasped_spans(ctx: Context) -> list:
    def compute():
        found = []
        for verb in ctx.tokens:
            lemma = verb.lemma_.lower()
            if verb.pos_ != "VERB":
                continue
            seriously = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "seriously"), None)
            if lemma not in _GRASPING and not (lemma == "take" and seriously is not None):
                continue
            thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
            clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
            if seriously is not None:
                end = seriously.i
            elif thing is not None and thing.lemma_.lower() in _WORRY_THINGS:
                end = thing.i
            elif clause is not None and lemma != "see" or clause is not None and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                end = next((c.i for c in clause.children if c.dep_ == "mark"), verb.i)
            else:
                continue
            start = _neg_or_cannot(verb)
            if start is None or _event(verb, start) or any(
                    c.dep_ == "aux" and c.lower_ in ("will", "'ll", "wo", "would", "should", "must", "shall")
                    for c in verb.children):
                continue
            if not _parent(ctx, pv._subject(verb)) or pv._own_account(ctx, verb):
                continue
            span = ctx.doc[min(start.i, verb.i):max(end, verb.i) + 1]
            if not quoted(span):
                found.append(span)
        return found
    return _memo(ctx, "grasp", compute)


_RANKS = {"before", "above", "ahead", "over"}
_PLACING = {"on", "away", "down", "up", "out", "in", "off", "back", "aside", "to", "into", "onto", "by", "under", "at",
            "inside", "beside", "near", "next"}
_POSSESSIVES = {"her", "his", "their", "my", "your", "our"}


def _own(token) -> bool:
    """"her income", "his work", "her own wishes", "their holidays": the adult's own thing."""
    return not analysis.is_person(token) and token.lemma_.lower() not in PEOPLE_THINGS and any(
        c.dep_ == "poss" and c.lower_ in _POSSESSIVES or c.lower_ == "own" for c in token.children)


def _childs_side(ctx: Context, token) -> bool:
    """The child, the children, or what is theirs: "the children", "her son's health", "Ava's needs"."""
    children = analysis.child_tokens(ctx)
    if token.i in children or token.lemma_.lower() in PEOPLE_THINGS or token.lower_ in ("son", "daughter"):
        return True
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    return owner is not None and owner.pos_ != "PRON" and _childs_side(ctx, owner)


def ranked_before_child_spans(ctx: Context) -> list:
    def compute():
        found = []
        for verb in ctx.tokens:
            if verb.lemma_.lower() not in ("put", "place") or verb.pos_ != "VERB":
                continue
            thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if thing is None or not _own(thing):
                continue
            if any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ in _PLACING for c in verb.children):
                continue  # "puts her coat on", "put his bag in the car": placing a thing
            rank = next((c for c in list(verb.children) + list(thing.children)
                         if c.dep_ in ("prep", "advmod") and c.lower_ in _RANKS), None)
            if rank is None:
                continue
            ranked = [o for o in rank.subtree if o.dep_ == "pobj"]
            if not ranked or not _childs_side(ctx, ranked[0]):
                continue
            if not _parent(ctx, pv._subject(verb)) or looks_ahead(verb) or pv._own_account(ctx, verb):
                continue
            span = ctx.doc[verb.i:max(t.i for t in rank.subtree) + 1]
            if not quoted(span):
                found.append(span)
        return found
    return _memo(ctx, "ranked", compute)


# Effort a parent stops making: "given up trying", "given up bothering".
_EFFORT = {"try", "bother", "fight", "care"}


def given_up_spans(ctx: Context) -> list:
    def compute():
        found = []
        for verb in ctx.tokens:
            if verb.lemma_.lower() != "give" or verb.pos_ != "VERB":
                continue
            up = next((c for c in verb.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "up"), None)
            if up is None or up.i != verb.i + 1 and not (up.i == verb.i + 2 and verb.doc[verb.i + 1].pos_ == "ADV"):
                continue
            objects = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp", "pcomp")]
            objects += [c for c in up.children if c.dep_ in ("pobj", "pcomp")]
            on = next((c for c in list(verb.children) + list(up.children) if c.dep_ == "prep" and c.lower_ == "on"), None)
            end = up.i
            if on is not None:
                target = next((c for c in on.children if c.dep_ in ("pobj", "pcomp")), None)
                if target is None or not (target.pos_ == "VERB" or analysis.is_person(target)
                                          or _childs_side(ctx, target) or target.lower_ in ("him", "her", "them")):
                    continue  # "given up on his homework"
                end = target.i
            elif objects:
                effort = [o for o in objects if o.lemma_.lower() in _EFFORT]
                if not effort:
                    continue  # "given up drinking", "gave up her job"
                end = effort[0].i
            if verb.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "whenever", "if")
                                                  for c in verb.children):
                continue  # "sometimes it gets too hard and she gives up trying" (seed): what happens at times
            subject = pv._subject(verb)
            if not _parent(ctx, subject) or _own_ahead(verb) or pv._own_account(ctx, verb):
                continue
            span = ctx.doc[verb.i:end + 1]
            if not quoted(span):
                found.append(span)
        return found
    return _memo(ctx, "given_up", compute)


def _own_ahead(verb) -> bool:
    """The verb's own clause looks ahead ("will not give up on Leo", "if Mum gives up"); a "cannot"
    in the clause before ("cannot cope and has given up") does not."""
    for word in (verb, verb.head if verb.dep_ == "xcomp" else verb):
        if any(c.dep_ == "aux" and c.lower_ in _LOOKING_AHEAD or c.dep_ == "mark" and c.lower_ in ("if", "unless")
               for c in word.children):
            return True
    return False


_MAKING_SMALL = {"minimise", "minimize", "downplay"}
# Verbs of habit a verdict hangs on: "continues to minimise", "tends to minimise".
_HABIT = {"continue", "tend", "keep", "seem", "appear"}
# What a parent makes small is the harm: a worry word, an incident or injury, or what they or the
# child did ("his drinking", "Jay's self-harm", "what happened").
_HARM_SIDE = _WORRY_THINGS | {"incident", "incidents", "injury", "injuries", "violence", "abuse", "assault",
                              "bruise", "bruises", "self-harm", "harm", "drinking", "drug", "drugs", "use",
                              "behaviour", "neglect", "event", "events", "allegation", "allegations"}


def harm_side(token) -> bool:
    if token.lemma_.lower() in _HARM_SIDE or token.lower_ in _HARM_SIDE or token.lower_.endswith("-harm"):
        return True
    if token.lower_ == "what" or any(c.lower_ == "what" and c.dep_ in ("nsubj", "dobj") for c in token.children):
        return True  # "what happened"
    return token.tag_ == "VBG" or any(c.dep_ == "poss" for c in token.children) and token.pos_ == "NOUN" \
        and token.lemma_.lower().endswith(("ing", "harm"))


def minimised_spans(ctx: Context) -> list:
    def compute():
        found = []
        for verb in ctx.tokens:
            if verb.lemma_.lower() not in _MAKING_SMALL or verb.pos_ != "VERB":
                continue
            thing = next((c for c in verb.children if c.dep_ in ("dobj", "ccomp")), None)
            if thing is None or not harm_side(thing):
                continue
            if verb.tag_ == "VB" and not (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _HABIT):
                continue  # "will minimise the risk", "to minimise the time": an aim
            if looks_ahead(verb) or not _parent(ctx, pv._subject(verb)) or pv._own_account(ctx, verb):
                continue
            span = ctx.doc[verb.i:thing.i + 1]
            if not quoted(span):
                found.append(span)
        return found
    return _memo(ctx, "minimised", compute)


def spans(ctx: Context) -> list:
    """Every reading above, in order."""
    return sorted(not_grasped_spans(ctx) + ranked_before_child_spans(ctx) + given_up_spans(ctx)
                  + minimised_spans(ctx), key=lambda s: s.start)
