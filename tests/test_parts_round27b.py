"""Parts of a statement, round 27 second pass (issue 11 §5): a worry's impact.

"keep" was read only as an adult's promise ("keep Kai safe", "make sure … and keep …"), so a harm
the child goes on living ("keeps getting chest infections", "will keep going hungry") was passed
over as promised. "keep" with a verb in -ing and nothing kept (no object, no "safe") says how often
a thing happens, not a promise: the harm is read as the child's. "keep" with something kept stays
the promise. Every case is my own wording, none is a row of a parts set."""
from __future__ import annotations

import pytest
from report_helpers import shown_as


shown = shown_as("worry")  # round 36: the one copy is in report_helpers


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


# A goal's experience told only as what an adult will know, note or ask about ("you will know where
# Rocco is after school", "the childminder will note whether he has eaten"): a clause under a verb
# of knowing or checking whose subject is not the child is what the adult finds out, not a moment
# the child lives. Near misses: the child's own knowing, a plain object of an adult's act alongside
# the child's own moment, and the child's moment said in a sentence of its own.
@pytest.mark.parametrize("text, expected", [
    ("Dad, you will lock the car keys in the safe, and you will know where Tobias is after school.", False),
    ("Mum will take Nell to nursery by nine. The childminder will write down whether Nell has eaten her lunch.",
     False),
    ("Nan will ring Jo's mum every evening and ask if Jo has been to school.", False),
    # near misses: the child's own moment stays
    ("Dad will stay sober at weekends. Tobias will know that his dad is sober when he collects him from school.",
     True),
    ("Mum will lock the door at night. Nell will sleep in her own bed and feel safe at night.", True),
])
def test_what_an_adult_checks_is_no_experience(engine, text, expected):
    assert shown(engine, text, "experience", kind="goal") is expected


# An "if" about an adult hung inside what the child will know ("know that Mum has a plan if Dad
# turns up") is part of what is known, not a condition on the child's moment: the sentence stays the
# child's day. An "if" on the sentence itself ("If Dad drinks again, Ella will only see him at
# contact") is still a consequence, not a day.
@pytest.mark.parametrize("text, expected", [
    ("Dad will live at his brother's. Poppy will sleep in her own bed again and know that Mum has a plan "
     "if Dad comes to the door.", True),
    ("Mum will keep the chain on the door. Kit will play in the garden and know that Gran will ring the "
     "police if Dad shows up.", True),
    # near misses: the "if" governs the sentence
    ("If Dad drinks again, Poppy will only see him at the contact centre.", False),
    ("Mum will keep the chain on the door. If Dad comes round, Kit will have to stay at Gran's.", False),
])
def test_an_if_inside_what_the_child_knows_is_no_condition(engine, text, expected):
    assert shown(engine, text, "experience", kind="goal") is expected
