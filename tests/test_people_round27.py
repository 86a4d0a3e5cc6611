"""Round 27 (people27): who is the child, read from the parse. Every sentence is new, written for
these tests (not taken from a probe, parts or people set).

(A) The one a goal wants to be able to say, sleep or feel something ("want Moss to feel safe",
    "would like Juno to be able to tell…") is the child; two or more names joined by "and" that want
    it for that child are the adults the goal speaks of. One name alone wanting it is not read as
    an adult by this reading, and what an adult is wanted to do ("to be able to visit", "to stop
    drinking") says nothing.
(B) A day's name after a word that takes a person as well as a time ("worried about Sunday, who is
    6", "stays with Sunday (4)") is a name when an age is set off after it by a comma or a bracket;
    a date after such a word ("about Sunday, 14 June") stays a date, and "on"/"since" stay times.
(C) A list of capitalised words set straight before a finite verb or modal whose clause has no
    subject in the parse ("By half term in October, Autumn and Kai will be at nursery…", where the
    parse hangs the names on the month) stands where the subject stands: a season's or a place's
    word in it, beside a given name, is a name. Not a list of places after a verb of going, nor a
    place list that is followed by a clause with its own subject.
(D) Where the child is not born yet (the statement speaks of an "unborn" baby, or of a pregnancy
    whose mother it makes an adult by her age or title) and no child is named on evidence, a bare
    name is an adult: the expectant mother, her partner or a dealer. Round 9's decision stands: a
    pregnant name with nothing else said ("Tia is pregnant…") keeps the child reading, a pregnant
    girl with her age is a child, and a child named by age keeps the usual reading of the rest.
(E) An unborn child is named "Baby <name>" (round 17's "Unborn Baby Marsh") also where the sentence
    says it is not born yet: the subject of "is due" with a time after it ("Baby Harper is due next
    month") or whom a mother is pregnant with ("pregnant with Baby Reid"). A born baby keeps its
    given name ("Baby Ava is due her jabs", "Baby Ava is due to start nursery").
(F) What one has for a meal is a thing ("had Monster for tea"), but not a word listed with a given
    name: "have Clover and Dylan for tea" is children round for tea.
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from sos_lint.people import people


@pytest.fixture(scope="module")
def nlp():
    return engine().nlp


def _roles(nlp, text):
    found = people(nlp(text))
    roles = {p.name.split()[-1]: "child" for p in found.children}
    roles.update({p.name.split()[-1]: "adult" for p in found.adults})
    return roles


# (A) The child a goal wants something for.
@pytest.mark.parametrize("text, adults, children", [
    ("Gail and Ross want Moss to feel safe at bedtime and to be able to sleep in his own bed.",
     ("Gail", "Ross"), ("Moss",)),
    ("Kit and Lowen would like Juno to be able to tell her teacher when she is hungry.",
     ("Kit", "Lowen"), ("Juno",)),
    ("By the summer holidays, Terri and Mack want Wolf and Fern to feel calm when they come home from school.",
     ("Terri", "Mack"), ("Wolf",)),
])
def test_the_one_a_goal_wants_to_feel_or_say_is_the_child(nlp, text, adults, children):
    roles = _roles(nlp, text)
    for name in adults:
        assert roles.get(name) == "adult", (name, roles)
    for name in children:
        assert roles.get(name) == "child", (name, roles)


@pytest.mark.parametrize("text, adult", [
    # What an adult is wanted to do: the wanting children stay children, the adult is not made a child by it.
    ("Mia and Leo want Shane to stop drinking so that they can feel safe.", "Shane"),
    ("Mia and Leo want Shane to be able to visit them at weekends.", "Shane"),
])
def test_what_an_adult_is_wanted_to_do_makes_no_child(nlp, text, adult):
    found = people(nlp(text))
    evidence = {p.name: p.evidence for p in found.children}
    assert not evidence.get(adult, "").startswith("wanted to")
    assert not any(p.evidence.startswith("want") for p in found.adults)


def test_a_child_wanting_for_herself_keeps_her_age(nlp):
    roles = _roles(nlp, "Ruby (9) wants to be able to say what she thinks at her review.")
    assert roles.get("Ruby") == "child"


def test_one_name_wanting_is_not_made_an_adult_by_the_wanting(nlp):
    found = people(nlp("Mia wants Ava to be able to sleep without the light on."))
    assert "Ava" in {p.name for p in found.children}
    assert not any(p.evidence.startswith("want") for p in found.adults)


# (B) A day's name with an age set beside it.
@pytest.mark.parametrize("text, child", [
    ("Nan and the school nurse are worried about Sunday, who is 6, because he comes in without a coat.", "Sunday"),
    ("Mum leaves the flat at night and Kai (12) is left to look after Sunday (4) until she comes back.", "Sunday"),
])
def test_a_days_name_with_an_age_beside_it_is_a_child(nlp, text, child):
    assert _roles(nlp, text).get(child) == "child"


@pytest.mark.parametrize("text", [
    "Mum is worried about Sunday, 14 June, when Ruby (6) is due to see Dad.",
    "Dad was drinking from Friday until Sunday, 12 May, and Ruby (6) was left with Nan.",
    "The contact visit is booked for Sunday (the 3rd) and Ruby (6) will be there.",
])
def test_a_day_after_such_a_word_with_a_date_stays_a_time(nlp, text):
    found = people(nlp(text))
    assert "Sunday" not in {p.name for p in found.children}
    assert "Ruby" in {p.name for p in found.children}


# (C) A list of names before a verb the parse left without a subject.
@pytest.mark.parametrize("text, child", [
    ("By half term in October, Autumn and Kai will be at nursery by 9am each morning.", "Autumn"),
    ("By the end of the summer term, Autumn and Rafe will have been to every lesson.", "Autumn"),
])
def test_a_list_before_a_subjectless_verb_is_its_subject(nlp, text, child):
    assert _roles(nlp, text).get(child) == "child"


@pytest.mark.parametrize("text, place", [
    ("Mum took them to Leeds and Bradford, and Kai (7) missed school.", "Leeds"),
    ("The family spent Christmas in Skegness, and Kai (7) was left alone in the caravan.", "Skegness"),
])
def test_places_in_a_list_with_their_own_clause_stay_places(nlp, text, place):
    found = people(nlp(text))
    assert place not in {p.name for p in found.children}
    assert "Kai" in {p.name for p in found.children}


# (D) The unborn child's statement.
@pytest.mark.parametrize("text, adult", [
    ("Marnie has missed three scans, and the unborn baby's father, Craig, is on bail for assaulting her.", "Marnie"),
    ("Roxanne told me the unborn baby will live with her at her mum's, and she has not stopped using cocaine.",
     "Roxanne"),
    ("Ms Fenn (30) is 26 weeks pregnant, and Stevie has been selling her diazepam since the summer.", "Stevie"),
])
def test_a_bare_name_beside_an_unborn_child_is_an_adult(nlp, text, adult):
    found = people(nlp(text))
    assert adult in {p.name.split()[-1] for p in found.adults}, found
    assert adult not in {p.name.split()[-1] for p in found.children}


@pytest.mark.parametrize("text, child", [
    ("Tia is pregnant and says her baby's father is 25.", "Tia"),  # round 9: nothing says Tia is grown
    ("Lacey (15) is pregnant and the unborn baby's father is 29.", "Lacey"),
    ("The unborn baby is due in May and Kai (6) has told his teacher that Dad hits Mum.", "Kai"),
])
def test_a_pregnant_girl_or_a_named_child_stays_a_child(nlp, text, child):
    assert child in {p.name for p in people(nlp(text)).children}


# (E) How an unborn child is named.
@pytest.mark.parametrize("text, name", [
    ("Baby Harper is due next month and Dad still drinks every night.", "Baby Harper"),
    ("Ms Lowe (27) is 30 weeks pregnant with Baby Reid and has nowhere to live.", "Baby Reid"),
    ("Baby Ava is due her jabs on Monday but Mum has missed the last two.", "Ava"),
    ("Baby Ava is due to start nursery in May but Mum has not filled in the forms.", "Ava"),
])
def test_an_unborn_child_is_named_baby_and_surname(nlp, text, name):
    assert name in {p.name for p in people(nlp(text)).children}


# (F) Children had round for tea.
def test_a_word_listed_with_a_given_name_is_not_what_is_had_for_tea(nlp):
    found = people(nlp("Aunt Jodie will come round and have Clover and Dylan for tea on Fridays so they are fed."))
    assert {"Clover", "Dylan"} <= {p.name for p in found.children}


@pytest.mark.parametrize("text, thing", [
    ("Kai (7) had Monster and Haribo for tea again on Tuesday.", "Monster"),
    ("Kai (7) had Monster for tea again on Tuesday.", "Monster"),
])
def test_drinks_and_sweets_had_for_tea_stay_things(nlp, text, thing):
    found = people(nlp(text))
    assert thing not in {p.name for p in found.children}
    assert "Kai" in {p.name for p in found.children}
