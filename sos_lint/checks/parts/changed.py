"""Round 35 (r35c): impact told as a change in what the child does (issue 11 §5, impact).

Writers often say what a worry means for the child by how the child's own days have changed since
the adults' behaviour: "Ivy now sleeps in her coat", "Kai has stopped eating with the family",
"Noor no longer goes out to play", "Since then Theo has hidden under the table whenever the door
bangs". The child is the subject of a verb said as done (not guessed, not looked ahead to, not done
to the child by a professional), and the clause carries a mark of change: "now", "no longer",
"any more", "since (then)", "started"/"stopped" doing. Read from the parse (who is the subject, the
verb's tense and modality, the change mark), not from a list of reactions.

Not impact (near misses): a move or a step in the service's process ("Kai now lives with Nan",
"Kai has since been seen by the school nurse", "Kai has started at a new school", "Kai now attends
nursery"); what the child told someone ("Kai has since told his teacher…": an account, read apart);
a change only looked ahead to ("Kai could stop eating"); the child's own conduct written as the
worry about the child ("has been going missing").
"""
from __future__ import annotations

from .. import analysis
from ..base import Context
from .common import _under_modal

# A change mark on the verb or its clause.
_NOW = {"now", "anymore", "nowadays"}
# "no longer", "any more", "since", "since then": read from two words below.
_TURNING = {"start", "stop", "begin", "quit"}
# A move, a routine or a step in the service's process: what the services arranged, not what the
# adults' behaviour does to the child.
_NOT_A_CHANGE_OF_DAY = {"live", "stay", "reside", "lodge", "board", "move", "attend", "visit", "engage", "start", "begin", "go", "come",
                        "return", "join", "transfer", "change", "receive", "get", "have", "be", "see", "meet",
                        "tell", "say", "disclose", "report", "explain", "mention", "speak", "talk", "ask"}
# After "started"/"stopped" a verb of going is the child's day ("has stopped going out to play"),
# but a move, a service or a telling is still not.
_NOT_A_TURN = {"live", "stay", "reside", "lodge", "move", "attend", "visit", "engage", "receive", "tell", "say", "disclose", "report",
               "explain", "mention", "talk", "speak"}
# The objects of "started"/"stopped"/"begun" that name a service or a routine, not a day changed.
_SERVICE_OBJECTS = {"school", "nursery", "college", "placement", "contact", "therapy", "counselling", "medication",
                    "treatment", "session", "sessions", "work", "job", "club"}


def _child_subject(ctx: Context, verb, children: set):
    """The child as the verb's subject (named, or a pronoun standing for the child); a conjoined
    verb takes its first verb's subject ("Zoe stays in her room and refuses to eat")."""
    node = verb
    for _ in range(3):
        for c in node.children:
            if c.dep_ == "nsubj":
                if c.i in children or (c.pos_ == "PRON" and analysis.pronoun_is_child(ctx, c)):
                    return c
                return None
            if c.dep_ == "nsubjpass":
                return None  # done to the child: read by the other impact readings
        if node.dep_ != "conj" or node.head.i == node.i:
            return None
        node = node.head
    return None


def _change_mark(verb) -> bool:
    kids = list(verb.children)
    for c in kids:
        low = c.lower_
        if c.dep_ in ("advmod", "npadvmod") and low in _NOW:
            return True
        if low == "longer" and any(g.lower_ == "no" for g in c.children) or low == "longer" and c.i > 0 \
                and verb.doc[c.i - 1].lower_ == "no":
            return True  # "no longer goes out"
        if low == "more" and c.i > 0 and verb.doc[c.i - 1].lower_ == "any":
            return True  # "won't go out any more"
        if low == "since" and _since_then(c):
            return True  # "has since stopped", "since then", "not been outside since"
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        return _change_mark(verb.head) if verb.head.pos_ in ("VERB", "AUX") else False
    return False


def _since_then(since) -> bool:
    """"has since stopped", "since then", "not been out since": since the adults' behaviour just
    told. Not "since the summer" or "since he started going out" (when a habit began: the child's own
    conduct may be the worry itself, "has been stealing bikes since the summer")."""
    objects = [c for c in since.children if c.dep_ in ("pobj", "pcomp")]
    if since.dep_ == "mark":
        return False
    return not objects or all(o.lower_ in ("then", "that") for o in objects)


def _turning_point(verb):
    """ "has started wetting the bed", "has stopped eating with the family": the verb done (the
    gerund or infinitive) when the head is start/stop, else None."""
    if verb.lemma_.lower() not in _TURNING:
        return None
    done = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
    if done is None:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lemma_.lower() not in _SERVICE_OBJECTS and obj.tag_ == "VBG":
            return obj
        return None
    return done


def changed_for_the_child(ctx: Context, children: set):
    """The sentence saying how the child's own days have changed, or None."""
    if not children:
        return None
    for verb in ctx.tokens:
        if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBZ", "VBD", "VBP", "VBN", "VBG"):
            continue
        if verb.tag_ in ("VBN", "VBG") and not any(c.dep_ == "aux" for c in verb.children) and verb.dep_ != "conj":
            continue  # a participle standing alone ("seen by the nurse", "living with Nan")
        if any(c.dep_ == "auxpass" for c in verb.children) or _under_modal(verb):
            continue  # "has been taken into care", "could stop eating"
        if any(c.dep_ == "mark" for c in verb.children):
            continue  # "since he started going out with older boys": when something began, not the change told
        subject = _child_subject(ctx, verb, children)
        if subject is None:
            continue
        done = _turning_point(verb)
        if done is not None:
            what = done
        elif _change_mark(verb):
            what = verb
        else:
            continue
        if what.lower_ in _SERVICE_OBJECTS or what.lemma_.lower() in _SERVICE_OBJECTS:
            continue  # "has started counselling" (the model may read it as a verb)
        if what.lemma_.lower() == "be" and any(c.dep_ == "neg" for c in what.children) and any(
                c.dep_ in ("advmod", "prep", "acomp") and c.lower_ != "since" for c in what.children):
            return verb.sent  # "have not been outside since", "has not been out of her room since"
        if what.lemma_.lower() in (_NOT_A_CHANGE_OF_DAY if done is None else _NOT_A_TURN):
            continue  # "Kai now lives with Nan", "has since told her teacher", "has started attending"
        if any(c.dep_ == "dobj" and c.lemma_.lower() in _SERVICE_OBJECTS for c in what.children):
            continue  # "has started counselling", "now has contact": a service, not a day changed
        if what.lower_ == "missing" or any(c.lower_ == "missing" for c in what.children):
            continue  # the child's own conduct as the worry ("has since gone missing")
        return verb.sent
    return None
