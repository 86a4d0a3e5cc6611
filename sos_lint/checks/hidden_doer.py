"""Harm in the passive with nobody named as its doer (round 38, review38d D#10, review38p P#9).

"Hope was dropped during a transfer", "Mum was assaulted", "Kai was pushed": what was done to a
person, with nobody named as having done it, is the worry itself left unsaid; SOS202 says so as a
warning, not a hint, and asks who did it ("[who dropped Hope?]"). "The emergency medication was not
given" (care that was due, not given, nobody named) likewise asks who was looking after the child.

A state is not a deed: "Nan is not trained in giving the rescue medicine" has no doer to ask for,
so it never yields "[who did this?] trained"; it asks who needs to learn what.

Left as they were: a passive that names its doer ("was pushed by Dad"), what may happen ("could be
hurt"), a thing harmed rather than a person ("the door was damaged"), and every passive in a goal.
"""
from __future__ import annotations

import re

from .. import metrics
from . import analysis
from .base import Context
from .lexicon import looks_ahead

_PHYSICAL = {"hurt", "harm", "injure", "hit", "abuse", "exploit", "kill", "burn", "drop", "scald", "shake",
             "bully", "attack", "assault", "wound", "push", "grab", "strike", "slap", "punch", "kick", "throw",
             "lock", "shut", "threaten", "strangle", "choke", "bite", "scratch", "restrain", "smack", "beat",
             "rape", "molest", "touch", "stab", "shove", "pin", "drag", "seclude", "starve"}
_CARE = {"give", "administer", "feed", "change", "check", "clean", "bathe", "turn", "reposition", "supervise"}
_PAST = {"throw": "threw", "shake": "shook", "bite": "bit", "strike": "struck", "beat": "beat", "hit": "hit",
         "hurt": "hurt", "shut": "shut", "burn": "burned", "stab": "stabbed", "drag": "dragged", "grab": "grabbed",
         "slap": "slapped", "drop": "dropped", "pin": "pinned", "rape": "raped", "seclude": "secluded"}
_STATES = {"train", "qualify", "register", "insure", "vaccinate", "immunise", "immunize", "assess"}


# Someone outside the family and the plan: a crime against them is background to the worry, not the
# worry itself, so nobody is asked to name who did it ("two weeks after his friend was stabbed").
_OUTSIDERS = {"friend", "mate", "pal", "peer", "classmate", "neighbour", "stranger", "schoolfriend", "acquaintance"}


def _person(ctx: Context, token) -> bool:
    if token is None or token.lemma_.lower() in _OUTSIDERS:
        return False
    if token.i in analysis.child_tokens(ctx) or token.i in analysis.adult_tokens(ctx):
        return True
    if token.pos_ == "PRON":
        return token.lower_ in ("he", "she", "they", "i", "we", "you")
    words = analysis.people_words()
    return token.lower_ in words["family"] or token.lower_ in words["children"] or analysis.is_name(token)


def _negated(verb) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in verb.children)


_TELLING = {"tell", "say", "explain", "report", "describe", "disclose", "admit", "claim", "recall", "remember"}
_UNKNOWN = re.compile(
    r"\b(?:(?:do|does|did|don't|doesn't|didn't) not know (?:how|who|what)|(?:don't|doesn't|didn't) know (?:how|who|what)|"
    r"not (?:yet )?known (?:how|who)|no (?:clear |one )?explanation|unexplained|(?:nobody|no one|no-one) (?:knows|can say)|"
    r"cannot (?:say|explain) how|could not (?:say|explain) how|unknown)\b", re.I)


def _doer_unknown(ctx: Context, verb) -> bool:
    """An injury nobody can yet explain ("both say they do not know how he was hurt"): the statement
    already says the doer is not known, so there is nobody to ask the writer to name."""
    shared = [verb.head] if verb.dep_ == "conj" else []
    if any(c.dep_ == "agent" for v in [*verb.conjuncts, *shared] for c in v.children):
        return True  # "Rashid was threatened and used by these men": the doer named once for both
    if any(a.lemma_.lower() in _TELLING for a in verb.ancestors):
        return True  # "Dad told Owen he was hit with a belt as a boy": someone's own account
    aux = [c.lower_ for c in verb.children if c.dep_ in ("auxpass", "aux")]
    if any(a in ("is", "are", "gets", "get", "am") for a in aux) and "being" not in aux:
        return True  # "too small to tell anyone when she is hurt": what happens, not a deed done
    for a in [verb, *verb.ancestors]:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "when", "whenever", "unless", "until", "once", "before")
               for c in a.children):
            return True  # "If Harvey is hurt again…": a condition, not what happened
        if a.dep_ not in ("advcl", "conj", "xcomp", "ccomp", "relcl"):
            break
    if looks_ahead(verb) or any(c.tag_ == "MD" for a in [verb, *verb.ancestors] for c in a.children if c.dep_ == "aux"):
        return True  # "Reece could watch his mum being beaten again": what may happen, nobody to name yet
    if any(t.lower_ == "how" and t.i < verb.i for t in verb.subtree) or (
            verb.dep_ in ("ccomp", "advcl") and any(c.lower_ == "how" for c in verb.children)):
        return True
    return bool(_UNKNOWN.search(ctx.text))


def reading(ctx: Context, passive, words: str | None = None) -> tuple[str, str, str] | None:
    """(severity, message, suggestion) for a passive with no doer named, when it is harm to a person,
    care not given, or a state; None to leave the finding as it was."""
    if passive.agent or passive.modal:
        return None
    said = words or passive.verb
    verb = metrics.token_ending_at(ctx.doc, passive.end)
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if lemma in _STATES and _negated(verb):
        who = subject.text if subject is not None and _person(ctx, subject) else "who"
        return ("hint", f"\"{said}\" says what someone has not yet learned, not who did what. Say "
                f"what {who} needs to learn, who will show them, and by when.",
                f"[who will show {who} how to …, and by when]")
    if ctx.kind != "worry":
        return None
    if lemma in _PHYSICAL and not _negated(verb) and subject is not None and _person(ctx, subject) \
            and not _doer_unknown(ctx, verb):
        name = subject.text if subject.pos_ != "PRON" else subject.lower_
        if subject.pos_ == "PRON":
            name = {"he": "him", "she": "her", "they": "them", "i": "me", "we": "us"}.get(name, name)
        done = _PAST.get(lemma) or (verb.text.lower() if verb.text.lower().endswith("ed") else lemma)
        return ("warning", f"\"{said}\" does not say who did it. What was done to {name} is the worry: "
                f"say who {done} {name}, when, and who saw or heard it.",
                f"[who {done} {name}?]")
    if lemma in _CARE and _negated(verb) and subject is not None and subject.pos_ in ("NOUN", "PROPN") \
            and not _person(ctx, subject) and not _doer_unknown(ctx, verb):
        return ("warning", f"\"{said}\" does not say who should have done it. Say who was looking after "
                "the child then, what they did instead, and what it meant for the child.",
                "[who was looking after the child, and what they did]")
    return None
