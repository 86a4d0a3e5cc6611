"""Round 27, the lead's mends: who is an adult (from set 25, opened this round) and --fix frames
(from fix_test26's swaps, judged one by one at first sight: 8 bad, 7 doubtful of 110). Every
sentence is new (written for these tests, not taken from a probe or fix set).
People:
(A) How far on a pregnancy is ("Ms Price is 30 weeks pregnant") is not an age (Ms Price is an
    adult by her title). Being pregnant alone says nothing of age (a pregnant girl of 15 is a
    child protection worry): a pregnant name with no age is not decided by it.
(B) An age before a kin word with the name set after a comma ("his seven-year-old brother, Arlo,")
    is the name's age.
(C) A name joined by "and" to "the children" as a group is not one of them ("staying with Gail and
    the children, Finn (6) and Rose (3)"); not "Ruby and the other children", nor the children's
    own names set after them.
(D) Names that are the subject of what a goal asks parents to do for a child named by age ("Femi
    and Tolu need to show Ada (5)…") are the parents.
--fix:
(E) An acronym that describes the noun after it takes no "the": its plain words stand bare, as it
    did ("SW and HV observations" -> "social worker and health visitor observations", "the
    allocated SW and ward manager" -> "the allocated social worker and ward manager").
(F) An acronym whose words have commas of their own, in a list set off by commas ("(8, ADHD,
    EHCP)"), is advice only.
(G) CAMHS (the service's own name) and "key worker" (a job title) are advice only.
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from test_fix_round26 import _written  # what --fix writes: {original words: replacement}
from test_round26_lead import _roles  # {last word of each name: "child" | "adult"}


@pytest.fixture(scope="module")
def nlp():
    return engine().nlp


@pytest.mark.parametrize("text, adult, child", [
    ("Ms Price is 30 weeks pregnant and her son, Jonah (4), has missed his nursery sessions.", "Price", "Jonah"),
    ("Mrs Osei is 20 weeks pregnant and Kwesi (6) has been late to school every day this week.", "Osei", "Kwesi"),
])
def test_weeks_of_a_pregnancy_are_not_an_age(nlp, text, adult, child):
    roles = _roles(nlp, text)
    assert roles.get(adult) == "adult"
    assert roles.get(child) == "child"


@pytest.mark.parametrize("text, child", [
    ("Tia (16) is pregnant and her boyfriend, who is 23, will not let her see the midwife.", "Tia"),
    ("Rowan is 15 and is pregnant; nobody at home knows yet.", "Rowan"),
])
def test_a_pregnant_girl_with_her_age_stays_a_child(nlp, text, child):
    assert _roles(nlp, text).get(child) == "child"


def test_an_age_before_a_kin_word_reaches_the_name_after_a_comma(nlp):
    roles = _roles(nlp, "Reuben is 16 and pushed his mum, Tracy, and his seven-year-old brother, Arlo, down the stairs.")
    assert roles.get("Arlo") == "child"
    assert roles.get("Tracy") == "adult"


def test_a_name_apart_from_the_children_is_an_adult(nlp):
    roles = _roles(nlp, "Carl has moved back in with Gail and the children, Finn (6) and Rose (3), although he hit Gail at Easter.")
    assert roles.get("Gail") == "adult"
    assert roles.get("Finn") == "child" and roles.get("Rose") == "child"


@pytest.mark.parametrize("text, child", [
    ("Nan found the children, Wren, Ash and baby Moss, alone in the flat at midnight.", "Wren"),
    ("Ivy and the twins, Cole and Jude, were collected late from school four times.", "Ivy"),
])
def test_the_childrens_own_names_and_a_sibling_stay_children(nlp, text, child):
    assert _roles(nlp, text).get(child) == "child"


def test_names_asked_to_show_a_child_something_are_the_parents(nlp):
    roles = _roles(nlp, "Femi and Tolu need to show Ada (5) and baby Seun that when they disagree, nobody shouts.")
    assert roles.get("Femi") == "adult" and roles.get("Tolu") == "adult"
    assert roles.get("Ada") == "child"


def test_names_that_need_to_tell_a_parent_stay_children(nlp):
    roles = _roles(nlp, "Ruby and Jack need to tell Dad when they feel scared at night.")
    assert roles.get("Ruby") != "adult" and roles.get("Jack") != "adult"


@pytest.mark.parametrize("text, words", [
    ("The school (SENCo and DSL) are worried that Ollie (8, ADHD, EHCP) has come in hungry every Monday.", "EHCP"),
    ("CAMHS are worried that Bea (14) has stopped eating lunch since March.", "CAMHS"),
    ("Dad will go to every key worker session at the recovery service.", "key worker"),
])
def test_round27_frames_are_advice_only(text, words):
    assert words not in _written(text)


@pytest.mark.parametrize("text, words, replacement", [
    ("Any missed visit will be reported to the allocated SW and the ward manager.", "SW", "social worker"),
    ("Jay will go to all YOT appointments on Tuesdays.", "YOT", "youth offending team"),
    ("The bedroom will stay clear of rubbish, backed up by SW and HV observations each month.", "SW", "social worker"),
    ("The bedroom will stay clear of rubbish, backed up by SW and HV observations each month.", "HV", "health visitor"),
    ("The bedroom will stay clear of rubbish, which the SW and HV reports will say each month.", "HV", "health visitor"),
    ("The SW is worried that Mum has left Ava (2) alone at night.", "SW", "social worker"),
])
def test_round27_near_misses_are_still_written(text, words, replacement):
    assert _written(text).get(words) == replacement


# (H) Rewrite: a goal's victim-blaming question keeps the adult its clause names, so the flagged
#     words are replaced, not kept because the question would have lost a name.
def test_a_goals_victim_blaming_question_keeps_the_adult_named():
    from sos_lint.rewrite import rewrite_many

    text = ("Keira (15) will stop sending photos to Liam and will understand the dangers of the internet. "
            "Dad will keep Keira's tablet in the kitchen overnight.")
    out = rewrite_many([text], ["goal"], engine=engine())[0].text
    assert "stop sending" not in out
    assert "safe from Liam" in out


def test_a_goals_question_with_no_adult_named_stays_as_it_was():
    from sos_lint.rewrite import rewrite_many

    text = "Maya (14) will stop putting herself at risk. Dad will keep Maya's phone in the kitchen overnight."
    out = rewrite_many([text], ["goal"], engine=engine())[0].text
    assert "safe from" not in out
