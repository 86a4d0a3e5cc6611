"""Parts of a statement, round 27 second pass (issue 11 §5): a worry's impact.

"keep" was read only as an adult's promise ("keep Kai safe", "make sure … and keep …"), so a harm
the child goes on living ("keeps getting chest infections", "will keep going hungry") was passed
over as promised. "keep" with a verb in -ing and nothing kept (no object, no "safe") says how often
a thing happens, not a promise: the harm is read as the child's. "keep" with something kept stays
the promise. Every case is my own wording, none is a row of a parts set."""
from __future__ import annotations

import pytest


def shown(engine, text: str, part: str, kind: str = "worry") -> bool:
    report = engine.check_many([text], [kind])[0]
    return next(c for c in report.components if c.name == part).present


@pytest.mark.parametrize("text, expected", [
    # the child goes on living the harm: "keep" + -ing, nothing kept
    ("The school nurse is worried that the flat has no heating. Ottilie (4) keeps getting ear infections.", True),
    ("Nursery staff are worried that Dad takes the benefit money for cannabis. Since March, Reuben (3) "
     "has kept arriving hungry.", True),
    ("Gran is worried that Mum spends the food money at the bookies, and Kofi (9) will keep going to "
     "bed hungry and cold if this goes on.", True),
    # near misses: "keep" with something kept is the adult's promise, not the child's day
    ("The health visitor is worried because Mum keeps the baby's room cold to save money.", False),
    ("The social worker is worried that Dad says he keeps Ayo safe by locking him in his room when he "
     "goes out.", False),
    # and "keep" of an adult's act says nothing of the child
    ("The teacher is worried that Dad keeps shouting at Mum in the car at pick-up.", False),
])
def test_a_harm_that_keeps_happening_is_the_childs(engine, text, expected):
    assert shown(engine, text, "impact") is expected
