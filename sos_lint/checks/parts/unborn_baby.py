"""Round 37 (r37a, review36h H#10): the parts of a statement about a baby not yet born.

Such a baby sees, hears and feels nothing anyone could write down yet. What the adults' behaviour
means for it (a worry's impact), and what it will have when the goal is working (a goal's
experience), are its growth, its health, its birth and the care it comes home to: "Alcohol in
pregnancy can harm how a baby's brain and body grow", "the baby's growth has not been checked",
"so your baby can grow well", "a healthy end to your pregnancy", "bring the baby home to a clean
flat". Not a label of risk ("the unborn baby is at risk of significant harm"), not what could happen
if nothing changes or if the plan fails (the future and the if-not parts), and in a goal not a
professional's check of the baby ("the midwife will check the baby's growth", others_know's).
"""
from __future__ import annotations

from .. import unborn
from ..base import Context

# The baby's growth and health, and the pregnancy carrying it.
_GROWTH = frozenset(("grow", "growth", "develop", "development", "brain", "body", "heart", "heartbeat", "healthy",
                     "health", "weight", "thrive", "nourish", "kick", "movement", "withdrawal", "withdraw",
                     "small", "smaller", "size"))
# What could happen, said with a modal: the future part's, not what the baby lives through now.
_GUESSED = frozenset(("could", "might", "may", "would"))
_BABY = frozenset(("baby", "babies", "unborn", "pregnancy", "womb", "bump"))
# A professional's look at the baby (a check, which is how others will know, not what the baby has).
_CHECKS = frozenset(("check", "weigh", "monitor", "measure", "scan", "see", "review", "assess", "look", "record"))
# What could happen, or what happens if the plan fails: the future and the if-not parts, not this one.
_IF = frozenset(("if", "unless", "otherwise", "risk", "risks"))


def not_yet_born(ctx: Context) -> bool:
    """The statement is about a baby it says is not born yet (checks/unborn.py's reading)."""
    return ctx.memo("r37a_not_yet_born", lambda: any(
        unborn.about_an_unborn_baby(ctx, t) for t in ctx.tokens if t.lower_ in ("baby", "babies", "unborn")))


def _tied(a, b) -> bool:
    """One word hangs under the other in the parse ("a baby's brain … grow", "your baby can grow")."""
    return any(t.i == b.i for t in a.subtree) or any(t.i == a.i for t in b.subtree)


def _comes_home(sentence) -> object:
    """"bring the baby home", "the baby will come home to Mum": the care the baby comes home to."""
    for verb in sentence:
        if verb.lemma_.lower() in ("bring", "come", "go", "take") and any(c.lower_ == "home" for c in verb.children) \
                and any(c.dep_ in ("nsubj", "dobj") and c.lower_ in _BABY for c in verb.children):
            return verb
    return None


def baby_words(ctx: Context, goal: bool, skip=()) -> object:
    """The first word of a sentence that ties the unborn baby to its growth, health or homecoming,
    or None. `skip`: sentences already read as another part (the future)."""
    if not not_yet_born(ctx):
        return None
    for sentence in ctx.sentences:
        if any(sentence.start <= s.start < sentence.end for s in skip):
            continue
        if any(t.lower_ in _IF or t.lemma_.lower() in _IF for t in sentence):
            continue  # "if this doesn't happen, the baby may…", "at risk of harm": not what the baby has
        if goal:
            home = _comes_home(sentence)
            if home is not None:
                return home
        babies = [t for t in sentence if t.lower_ in _BABY]
        for word in sentence:
            if word.lemma_.lower() not in _GROWTH and word.lower_ not in _GROWTH:
                continue
            if goal and any(a.lemma_.lower() in _CHECKS and a.pos_ == "VERB" for a in [word.head, *word.ancestors][:2]):
                continue  # "Grace will check the baby's growth": a check, not what the baby has
            if any(c.dep_ == "aux" and c.lower_ in _GUESSED for a in [word, *word.ancestors][:3] for c in a.children):
                continue  # "the baby could be born small": what could happen, the future's
            # "a healthy end to your pregnancy", "the baby's heartbeat racing": the noun phrase the word
            # is in; "the baby was smaller than expected": the clause the word is said in
            phrase = word.head if word.dep_ in ("amod", "compound", "acomp") else word
            if any(_tied(phrase, b) for b in babies):
                return word
    return None
