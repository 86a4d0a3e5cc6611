"""Round 26: a statement about a baby not yet born. Such a baby has no name to use yet, so SOS401
("the child is not named") must not ask for one: it gives a hint instead (use the name if the
family have chosen one, or "Baby" and the family name the way the plan does)."""
from __future__ import annotations

from .base import Context

# Words that say a baby is still to be born ("the unborn baby", "30 weeks pregnant", "the baby is
# due on 2 May", "when the baby is born", "at the birth", "the antenatal clinic").
_NOT_YET_BORN = frozenset(("unborn", "pregnant", "pregnancy", "antenatal", "prenatal", "pre-birth", "prebirth"))
_BABY_WORDS = frozenset(("baby", "babies", "newborn", "infant", "unborn"))


def about_an_unborn_baby(ctx: Context, child_word) -> bool:
    """Is the statement's only child word a baby the statement says is not yet born?"""
    if child_word.lower_ not in _BABY_WORDS:
        return False
    for t in ctx.tokens:
        if t.lower_ in _NOT_YET_BORN:
            return True
        # "the baby is due on 2 May", "when the baby is born", "the baby will be born": said of
        # the baby (not "Mum was born in Leeds", "the rent is due").
        if t.lower_ in ("due", "born"):
            near = list(t.children) + (list(t.head.children) if t.dep_ in ("acomp", "attr") else [])
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _BABY_WORDS for c in near):
                return True
    return False
