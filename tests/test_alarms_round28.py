"""Round 28 (alarms28): false alarms on good statements, mended by how the sentence is built
(sos_lint/checks/alarms28.py, called from structure.py). Each class has cases that stay silent and
near misses that still fire. Every case is in our own words; none is taken from a probe or a test set."""
from __future__ import annotations

import pytest

from sos_lint.api import engine


def _found(text: str, kind: str, codes: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(f.code, report.text[f.start:f.end]) for report in engine().check_document(text, kind)
            for f in report.findings if f.code in codes and f.severity != "hint"]


# --- 1. the if-not sentence written without "if" -----------------------------------------------

@pytest.mark.parametrize("text", [
    "Kim and Joe, you will both stay at home in the evenings and cook Rory's tea by six. Nan will call in "
    "every Sunday. Should this not happen, Rory may need to live with Nan for a while.",
    "Sam, on bad days you will text your sister Lyn by 8am, and she will do the school run and cook tea. "
    "If this plan falls apart, Max may need to stay with Grandad, so that he is not left alone.",
])
def test_absence_in_the_if_not_sentence_is_silent(text):
    assert not _found(text, "goal", ("SOS512",))


@pytest.mark.parametrize("text, words", [
    ("Sam will make sure Max is not left alone and will not drink. Grandad will visit on Sundays.", "not left"),
    ("Should you feel low, you will not drink. Nan will call in every Sunday.", "will not"),
])
def test_absence_outside_the_if_not_sentence_still_fires(text, words):
    found = [w for _, w in _found(text, "goal", ("SOS512",))]
    assert any(words in w or w in words for w in found), found


def test_organisation_in_the_if_not_sentence_is_silent():
    text = ("Mark, you will live at your mum's and see the children there on Saturdays with her in the room. "
            "Should you hurt Shannon again, the police will be called and the council may ask the family court "
            "to decide where the children live.")
    assert not _found(text, "goal", ("SOS502",))


def test_organisation_as_the_goals_doer_still_fires():
    text = "Mark, you will live at your mum's on Saturdays. The council will make sure the children are safe."
    assert ("SOS502", "The council") in _found(text, "goal", ("SOS502",))


def test_a_positive_inverted_condition_is_not_the_if_not_sentence():
    # "Should you need help" is the goal's own plan for a hard moment, not what follows failure.
    text = "Should you need help, the council will make sure the children are safe. Nan will visit on Sundays."
    assert _found(text, "goal", ("SOS502",))


# --- 2. SOS511: a timed check the named workers make -------------------------------------------

def test_named_workers_timed_check_is_silent_beside_the_familys_deeds():
    text = ("Dad, you will walk Tom to school by 8.40 every day and read with him each night. Tom's teacher and "
            "the education welfare officer will check his attendance every Friday this term. If this doesn't "
            "happen, Tom will fall behind.")
    assert not _found(text, "goal", ("SOS511",))


@pytest.mark.parametrize("text, words", [
    # An institution that monitors, not named workers.
    ("Dad, you will walk Tom to school by 8.40 every day. The school will monitor Tom's attendance every week.",
     "monitor"),
    # The adult's going to a service, checked.
    ("Dad will engage with services. The social worker will check his attendance at the parenting course every "
     "month.", "check his attendance"),
])
def test_service_checks_still_fire(text, words):
    found = [w for _, w in _found(text, "goal", ("SOS511",))]
    assert any(words in w or w in words for w in found), found


# --- 3. SOS512: the kind of person the child needs ---------------------------------------------

def test_absence_said_of_the_adults_a_need_asks_for_is_silent():
    text = ("Kim and Joe, your baby needs parents who are free of drink and ready to care for him. You will both "
            "stay at home in the evenings and cook tea by six. Nan will call in every Sunday. If this doesn't "
            "happen, the baby may need to live with Nan.")
    assert not _found(text, "goal", ("SOS512",))


def test_absence_as_the_adults_own_goal_still_fires():
    text = "Kim, you will be free of drink and will stop drinking. Nan will call in every Sunday."
    found = [w for _, w in _found(text, "goal", ("SOS512",))]
    assert "free of" in found, found


# --- 4. SOS501: "What worries X is …" ---------------------------------------------------------

def test_people_named_in_a_pseudo_cleft_say_who_is_worried():
    text = ("What worries Jo Bell, the school nurse, and Amir Khan, his social worker, is what happens to Leo, who "
            "is 8, when his dad drinks. Dad drank until he passed out on 3 May and Leo was alone all night. If "
            "nothing changes, Leo could be hurt with nobody to help him.")
    assert not _found(text, "worry", ("SOS501",))


def test_a_worry_with_no_one_worried_still_fires():
    text = ("What happens to Leo, who is 8, when his dad drinks is the problem. Dad drank until he passed out on "
            "3 May and Leo was alone all night. If nothing changes, Leo could be hurt.")
    assert _found(text, "worry", ("SOS501",))


# --- 5. SOS401: a baby still to be born ("until the birth") -------------------------------------

def test_a_baby_before_the_birth_is_not_asked_for_a_name():
    text = ("Ola and Ben, you want to take your baby home from hospital in the spring. Until the birth, Ola will "
            "meet the midwife each week, and Ben will cook tea every night. Once the baby is home, one of you will "
            "be awake for every night feed. If this doesn't happen, the baby may stay with Nan.")
    found = [(f.code, f.severity) for report in engine().check_document(text, "goal") for f in report.findings
             if f.code == "SOS401"]
    # Round 32: a draft that already says "the baby" is not told that "the baby" is right (no hint).
    assert all(severity == "hint" for _, severity in found), found


def test_a_past_birth_in_a_worry_is_read_as_ever():
    text = ("The health visitor is worried that after the birth Mum stopped feeding the baby at night. The baby "
            "has lost weight twice this month. If this carries on, the baby could become ill.")
    found = [(f.code, f.severity) for report in engine().check_document(text, "worry") for f in report.findings
             if f.code == "SOS401"]
    assert any(severity == "warning" for _, severity in found), found


# --- 6. SOS501: the worker who saw it, named by name and role at the start ----------------------

@pytest.mark.parametrize("text", [
    "Ms Priya Lal, the school nurse at Hill Top Primary, saw a burn the size of a coin on Kai's hand on 2 May. "
    "Kai, who is 6, said Dad held it on the cooker. If Dad keeps hurting Kai when he is cross, Kai could be badly "
    "scarred.",
    "When Tom Reed, the social worker, visited on 4 June, he found no food in the fridge and Lily, 3, alone in her "
    "cot. If this carries on, Lily could go hungry.",
])
def test_a_named_worker_who_saw_it_says_who_is_worried(text):
    assert not _found(text, "worry", ("SOS501",))


@pytest.mark.parametrize("text", [
    # A role with no name.
    "The health visitor saw a burn on Kai's hand on 2 May. Kai, who is 6, said Dad held it on the cooker. If Dad "
    "keeps hurting Kai, Kai could be badly scarred.",
    # A family member, not a worker.
    "Nan Rose, Mum's mum, saw a burn on Kai's hand on 2 May. Kai said Dad held it on the cooker. If Dad keeps "
    "hurting Kai, Kai could be scarred.",
    # The worker named only after the harm is told.
    "Kai has a burn on his hand. Ms Priya Lal, the school nurse, saw it on 2 May. If Dad keeps hurting Kai, Kai "
    "could be scarred.",
])
def test_no_named_worker_at_the_start_still_fires(text):
    assert _found(text, "worry", ("SOS501",))
