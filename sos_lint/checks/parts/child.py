"""What the child lives through (worry impact) or will live through (goal experience): a word
from rules/child_focus.toml said of the child, not of an adult's promise or a label."""
from __future__ import annotations

from ...data import load_toml
from .. import analysis
from ..base import Context
from .common import _negated, _under_modal

def _about_child(ctx: Context, token, children: set, adults: set) -> bool:
    """Is the word said of the child: the child is the subject of its clause (or "he/she" when
    only a child is in the sentence)?"""
    node = token
    for _ in range(8):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            people_in = [t for s in subjects for t in [s, *[c for c in s.children if c.dep_ == "conj"]]]
            for person in people_in:
                if person.i in children or analysis.pronoun_is_child(ctx, person):
                    # "Jade is collected late by Dad": the child is the object of an adult's act.
                    agent = [c for c in node.children if c.dep_ == "agent"]
                    if person.dep_ == "nsubjpass" and agent and any(
                            t.i in adults for a in agent for t in a.subtree):
                        return False
                    return True
            return False
        # "Will will go to school…": the model reads the name as a modal.
        if any(c.dep_ == "aux" and c.i in children for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _child_words_found(ctx: Context, words_key: str, looking_ahead: bool):
    """The first sentence with a word from child_focus.toml said of the child."""
    cue_words = set(load_toml("child_focus.toml")[words_key])
    surroundings = set(load_toml("child_focus.toml")["surroundings"])
    children = analysis.child_tokens(ctx)
    adults = analysis.adult_tokens(ctx)
    for token in ctx.doc:
        word = token.lemma_.lower() if token.lemma_.lower() in cue_words else token.lower_
        if word not in cue_words or token.i in children or token.dep_ == "compound":
            continue  # "on school nights", "his school bag": a word naming something else
        if not looking_ahead and _under_modal(token):
            continue  # "Ivy could choke" is the future, not what Ivy lives through now
        if word in ("see", "hear", "watch", "check") and any(c.dep_ == "auxpass" for c in token.children):
            continue  # "Harvey has not been seen by anyone": someone looking at the child
        if not looking_ahead and word in ("see", "hear", "watch", "witness") and _only_a_label(ctx, token):
            continue  # "The children witnessed DV": a label, not what they saw or heard
        if word in ("safe", "safely", "calm", "clean", "warm", "happy") and token.dep_ == "amod" and not (
                looking_ahead and token.head.head.lemma_.lower() in ("need", "live", "have", "in")):
            continue  # "a safe home" describes the home, unless "Z needs a safe and calm home"
        if word == "safe" and token.head.lemma_.lower() not in ("feel", "be"):
            continue  # "keep Kai safe" is the adult's promise
        if word == "safe" and token.head.lemma_.lower() == "be" and not any(
                c.dep_ in ("xcomp", "prep", "advcl") for c in token.children):
            continue  # "Ayaan will be safe" is a wish; "Sonny will be safe to play in every room" is his day
        if _promised(token):
            continue  # "make sure the children are safe" is the adult's promise, not the child's day
        if looking_ahead and _provided(token):
            continue  # "…wash up, so that Alfie has a clean floor to play on": what the adults provide
        if not looking_ahead and word in ("sleep", "eat", "learn", "play") and not _negated(token):
            continue  # "Willow slept next door" is not harm; "Willow cannot sleep" is
        if _about_child(ctx, token, children, adults):
            return token.sent
        # "Dad found Zain in the same nappy, with a bad rash": what the child was found with.
        item = token
        while item.dep_ == "conj" and item.head.i != item.i:
            item = item.head  # "with a wet nappy and a sore rash"
        if not looking_ahead and token.pos_ == "NOUN" and item.head.lower_ == "with" and (
                item.head.head.i in children or any(c.dep_ == "dobj" and c.i in children
                                                    for c in item.head.head.children)):
            return token.sent
        # "and Maisie cries": the model sometimes reads a name and a verb as one noun.
        before = [t for t in ctx.doc[max(0, token.i - 3): token.i] if t.pos_ != "ADV"]
        if before and before[-1].i in children and before[-1].dep_ in ("compound", "nsubj", "amod"):
            return token.sent
        # "the house becomes dirty and unsafe and isn't a nice place for Z to live".
        if not looking_ahead and token.lower_ in surroundings and token.dep_ != "amod":
            clause = token.head if token.head.pos_ in ("VERB", "AUX") else token
            if any(t.i in children for t in clause.subtree):
                return token.sent
    if not looking_ahead:
        return _what_the_child_did(ctx, children)
    return None


_ROUTINE = {"sleep", "eat", "play", "live", "stay", "go", "come", "start", "visit", "attend", "turn", "say", "tell"}


def _provided(token) -> bool:
    """Inside what the child "has" in a "so that" clause of an adult's act: the thing provided,
    not what the child will see, hear or feel."""
    for node in token.ancestors:
        if node.lemma_.lower() == "have" and node.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in ("so", "that") for c in node.children):
            return any(c.dep_ == "dobj" and token in c.subtree for c in node.children)
    return False


def _only_a_label(ctx: Context, verb) -> bool:
    """Is what the child saw or heard only a label or an acronym ("witnessed DV", "saw domestic
    abuse"), not what an adult did?"""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    if not objects:
        return False
    labelled = {t.i for filename, groups in (("specificity.toml", ("label", "vague")), ("jargon.toml", None))
                for span, entry in ctx.matches(filename, per_group=True)
                if groups is None or entry.group in groups for t in span}
    words = [t for o in objects for t in o.subtree if t.pos_ not in ("DET", "ADP", "PUNCT", "ADJ", "ADV")]
    return bool(words) and all(t.i in labelled for t in words)


def _what_the_child_did(ctx: Context, children: set):
    """"Leah has climbed onto the worktop", "Leah walks there in bare feet": what the child did,
    now or before, is what the adults' behaviour means for them (not a routine, a state or a
    guess about later)."""
    stative = set(analysis.people_words()["stative_verbs"]) | _ROUTINE
    for verb in ctx.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in stative or _under_modal(verb) or _only_a_label(ctx, verb):
            continue
        if any(c.dep_ == "auxpass" or c.tag_ == "MD" for c in verb.children):
            continue  # "where Sonny can reach them" is a danger, not something Sonny did
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "xcomp" and verb.tag_ == "VBG":
            # "Noah has started biting": the head's subject (not an advcl: "collected by Dad smelling of drink").
            subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        adults = analysis.adult_tokens(ctx)
        alone = subjects[0].lower_ in ("he", "she", "they") and children \
            and not any(t.i in adults for t in verb.sent)  # no adult the pronoun could mean
        if subjects[0].i in children or alone:
            return verb.sent
    return None


def _promised(token) -> bool:
    """Inside "make sure …", "ensure …" or "keep … safe": what an adult promises, not what a child lives."""
    node = token
    for _ in range(5):
        if node.lemma_.lower() in ("ensure", "keep") or (node.lemma_.lower() == "make" and any(
                c.lower_ == "sure" for c in node.children)):
            return True
        new_clause = node.dep_ in ("advcl", "relcl", "parataxis") or (
            node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children))
        if node.head.i == node.i or new_clause:
            return False  # a new clause ("…, and Mia will be safe") is not inside the promise
        node = node.head
    return False
