"""Round 38 (r38b): false alarms on good statements, mended by class from the parse (issue 11 §3).

- SOS512 (sos_lint/checks/alarms38.py): an absence that is the result of a positive deed ("…, so
  Tomasz will no longer …"), what someone else will see or know ("the nurse will notice that the
  kitchen no longer smells of gas"), or the child's own outcome joined to the other things the child
  will have or do, in a goal that says what the adults will do.
- SOS101 (jargon.py): a harm verb the lexicon lists as a report word ("sexually exploited"), written
  with the person who did it named.
- SOS303 (specificity.py, X#7): an adult's act in the passive with its doer after "by" is someone
  doing something.

Every case is in our own words (other names, other harms); none is taken from a probe or a test set.
Each class has near misses that must still fire, and the must-fire cases of issue 11 §3 are kept."""
from __future__ import annotations

import pytest

from sos_lint.api import engine


def _found(text: str, kind: str, codes: tuple[str, ...], hints: bool = False) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, report.text[f.start:f.end]) for report in engine().check_document(text, kind)
            for f in report.findings if f.code in codes and (hints or f.severity != "hint")]


_DEEDS = " Mum will walk Noor to the school gate every morning and Gran will collect her at 3pm, for the next six months."


# --- SOS512, class 1: the absence is what a positive deed buys ---------------------------------------

@pytest.mark.parametrize("text", [
    "From Monday, a support worker from Oakfield Care will come each evening to cook tea with you, "
    "so Tomasz will no longer make the meals for his little sisters.",
    "Kezia, Ruby needs her inhaler with her at all times and a plan her teachers know, so she is no "
    "longer rushed to hospital in the night.",
    "Uncle Femi will drive Isaac to football every Saturday, whatever the weather, so Isaac knows Femi "
    "will not let him down.",
])
def test_absence_as_the_result_of_a_deed_is_silent(text):
    assert not _found(text, "goal", ("SOS512",))


@pytest.mark.parametrize("text", [
    "Dad will stop drinking so Leo is not frightened.",  # the deed is itself an absence
    "Mum will take Ella to school, so she will not drink in the mornings.",  # the adult's own abstaining
])
def test_absence_after_an_absence_or_of_the_adult_still_fires(text):
    assert _found(text, "goal", ("SOS512",))


# --- SOS512, class 2: what someone else will see or know ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Carla, the health visitor, will notice that the kitchen no longer smells of gas when she calls on "
    "Thursdays." + _DEEDS,
    "Mr Patel will see whether Noor stops hiding under the table at wet play." + _DEEDS,
])
def test_absence_seen_by_someone_else_is_silent(text):
    assert not _found(text, "goal", ("SOS512",))


def test_absence_the_same_person_knows_still_fires():
    # nobody else sees it: the adult's own "will not" with no deed beside it
    assert _found("Dad will know that he will not drink again.", "goal", ("SOS512",))


# --- SOS512, class 3: the child's own outcome joined to what the child will have or do --------------

@pytest.mark.parametrize("text", [
    # each of these drew SOS512 before round 38
    "Shola, Ada will have room to play with her cars, clean clothes each morning and no more sore skin. "
    "You will wash her sheets every Saturday and change her nappy before and after nursery.",
    "Until his first birthday Ezra should be sitting up, eating mashed food and free of the ear infections "
    "he had in the spring. You will give him his drops at breakfast and teatime.",
    "Priya, Noor needs to be kept away from the men who sold her cannabis, and to know she can ring you "
    "from anywhere. Aunt Jas will drive Noor to college and back each day.",
    # already silent before: kept as guards
    "Noor will have her own bed, a warm coat for school and no more cold nights on the sofa." + _DEEDS,
    "Noor will play out with her friends, sleep in her own room and stop worrying about her mum." + _DEEDS,
])
def test_childs_outcome_joined_to_others_is_silent(text):
    assert not _found(text, "goal", ("SOS512",))


@pytest.mark.parametrize("text", [
    "Noor will have no more cold nights on the sofa.",  # the absence alone, no deed in the goal
    "Noor will go to school and will be protected from harm." + _DEEDS,  # harm only in general
    "Noor will go to school and will not go missing." + _DEEDS,  # the child's own act, negated
])
def test_childs_absence_alone_or_in_general_still_fires(text):
    assert _found(text, "goal", ("SOS512",))


@pytest.mark.parametrize("text", [
    # an adult's promise or a service kept, not a deed: the absence after it still fires
    "Grandad will make sure a carer comes every morning and Kira will no longer be left looking after her brother.",
    "Mr Lowe, who has a bad back, will comply with his care plan so that Kira is no longer his carer.",
    "Dr Shah will make sure the tablets are locked away and that Kira is not exposed to them.",
    # an adult's abstaining beside a deed of the same adult
    "Wes will remain abstinent from alcohol and go to his recovery group on Mondays.",
])
def test_absence_beside_a_promise_or_an_adults_abstaining_still_fires(text):
    assert _found(text, "goal", ("SOS512",))


def test_childs_own_risky_stop_is_not_excused():
    # the safety put on the child: SOS512 or the victim-blaming rule must still say so
    text = "Noor will go to school every day and stop sending photos to men online." + _DEEDS
    assert _found(text, "goal", ("SOS512", "SOS306"))


# --- the must-fire cases of issue 11 §3 ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "There will be no more police call-outs.",
    "Dad will stay off drugs completely.",
    "Ella will be protected from harm.",
    "Dad will not drink and there will be no more arguments.",
])
def test_issue_must_fire_cases_still_fire(text):
    assert _found(text, "goal", ("SOS512",))


# --- SOS101: a harm verb with its doer named ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Karen, Amira's aunt, and PC Dale are worried that two older men are sexually exploiting Amira, who is 14.",
    "If nothing changes, Amira could be sexually exploited by more men and hurt badly.",
])
def test_exploitation_with_its_doer_is_not_jargon(text):
    assert not _found(text, "worry", ("SOS101",))


@pytest.mark.parametrize("text", [
    "Amira, who is 14, is being sexually exploited.",  # no doer
    "Karen is worried that Amira, who is 14, has been sexually exploited.",  # no doer
])
def test_exploitation_without_a_doer_is_still_jargon(text):
    assert ("SOS101", "warning", "sexually exploited") in _found(text, "worry", ("SOS101",))


# --- SOS303 (X#7): a passive with its doer named ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Nan is worried that Leah, who is 13, was assaulted by two men she met through Craig at a party on 6 June.",
    "The school is worried that Ollie, who is 8, was hit with a slipper by his stepdad on Sunday.",
])
def test_passive_with_named_doer_is_not_nobody_acting(text):
    assert not [f for f in _found(text, "worry", ("SOS303",), hints=True) if f[1] == "error"]


@pytest.mark.parametrize("text", [
    "The school is worried that Ollie, who is 8, was hit on Sunday.",  # no doer
    "Ollie, who is 8, was seen by the school nurse on Monday and the nurse is worried.",  # a professional
])
def test_passive_without_a_family_doer_is_still_nobody_acting(text):
    assert [f for f in _found(text, "worry", ("SOS303",)) if f[1] == "error"]
