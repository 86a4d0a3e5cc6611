"""Issue 11 §2, round 4: the rewrite asks for a part only where the draft lacks it. A child named
at the start of a sentence with no age beside the name is still the child; a goal about a
carer named by title speaks to them; an absence of harm is not its own "instead".

Every example here is written for these tests (none is copied from tests/data or corpus/)."""
from __future__ import annotations

import pytest

from sos_lint.rewrite import people, rewrite


def _doc(engine, text):
    return next(iter(engine.parse([text])))


def _asks(result) -> str:
    return " ".join(p.text for p in result.placeholders)


# --- who the child is: what the statement says of the name --------------------------------------
@pytest.mark.parametrize("draft, children", [
    ("Rowan will stop going missing at weekends.", ["Rowan"]),  # a child's own harm
    ("Esme will not be sent home from school again.", ["Esme"]),  # school, with the child as subject
    ("Tomas will not be excluded this term.", ["Tomas"]),  # done to the child
    ("Lyra will feel safe at bedtime.", ["Lyra"]),
    ("Cody told the nurse that his stepdad kicked him.", ["Cody"]),  # a parent of his
    ("Piper was found wandering near the canal at midnight.", ["Piper"]),
    ("Will was not taken to the eye clinic twice in May.", ["Will"]),  # "Will" read as a modal
    ("Dean will drive Esme to school.", ["Esme"]),  # the one who drives is not the child
    ("Attendance will be checked by the school.", []),  # a thing, not a child
    ("Mum's partner Gary will stop going missing for days.", []),  # an adult by what the analysis reads
])
def test_what_is_said_of_a_name_shows_a_child(engine, draft, children):
    assert people.children(_doc(engine, draft)) == children


def test_a_goal_never_asks_for_the_name_of_a_child_it_names_by_what_is_done_to_them():
    result = rewrite("Dad will ring the police within an hour. Rowan will stop going missing.", "goal")
    assert "child's name" not in _asks(result) and "Rowan" in _asks(result)


def test_a_child_named_first_keeps_the_capital_of_a_name_that_is_a_word():
    result = rewrite("Willow was found wandering near the canal at 1am on 3 May.", "worry")
    assert "willow" not in result.text and "Willow" in result.text
    result = rewrite("Will was not taken to the eye clinic on 2 June or 9 June.", "worry")
    assert " will was" not in result.text and "Will was" in result.text


# --- who the goal speaks to ----------------------------------------------------------------------
def test_a_goal_speaks_to_the_carer_named_by_title():
    result = rewrite("Mrs Duffy will walk Theo to nursery and will not leave him alone in the flat.", "goal")
    assert result.text.startswith("Mrs Duffy, you and Theo need")
    assert "Who looks after" not in _asks(result)


def test_a_professional_named_by_title_is_not_spoken_to_as_the_carer():
    result = rewrite("Mr Shah, the family support worker, will visit Theo every week.", "goal")
    assert not result.text.startswith("Mr Shah, you")


# --- an absence of harm is not its own "instead" ------------------------------------------------
@pytest.mark.parametrize("draft", [
    "Mum will keep off alcohol completely.",
    "Reece will be protected from harm.",
])
def test_an_absence_of_harm_still_asks_what_happens_instead(draft):
    assert "instead" in _asks(rewrite(draft, "goal"))


def test_a_real_alternative_in_the_next_sentence_is_still_enough():
    draft = ("Dad will not drive with Isla after he has been drinking. On those days Auntie Jo will take "
             "Isla to her swimming lesson.")
    assert "instead" not in _asks(rewrite(draft, "goal"))


def test_a_month_name_with_a_childs_age_in_brackets_is_the_child(engine):
    draft = "Staff are worried that April (3) has lost weight. April was weighed at nursery on 2 May."
    assert people.children(_doc(engine, draft)) == ["April"]


@pytest.mark.parametrize("draft", [
    "Dad will not smoke cannabis in the flat. Reuben will tell his nan when he feels worried.",
    "Mum will not shout at Tia. Tia will feel calm at bedtime.",
])
def test_what_the_child_will_do_or_feel_is_not_what_the_adults_do_instead(draft):
    assert "instead" in _asks(rewrite(draft, "goal"))


def test_a_passive_with_nobody_doing_it_is_not_an_instead():
    draft = "Kai will be protected from harm and his needs will be met."
    assert "instead" in _asks(rewrite(draft, "goal"))
    draft = "Dad will not drive Kai after drinking; on those nights Kai will be collected by Nan."
    assert "instead" not in _asks(rewrite(draft, "goal"))


def test_a_programme_named_with_a_letter_is_not_the_child(engine):
    draft = "Dad will go to a parenting course such as Triple P and will not smack Ola."
    assert "Triple" not in " ".join(people.children(_doc(engine, draft)))
