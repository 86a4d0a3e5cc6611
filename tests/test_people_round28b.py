"""Round 28b (people28b): adults, pets and things no longer taken as the child, by classes read
from the parse. Every sentence is new, written for these tests (not taken from a probe, parts,
words or people set).

(A) A capitalised word opening its sentence is a name when the sentence says what only a
    grown-up has or is: children of their own ("Faith did not bring her daughter Lola…"), or an
    adult's state; and the adult is read so ("Monday has been presenting as drunk…", where the
    parse makes the day's name an adverb of time).
(B) An adult's state said through how one came across: "presenting as intoxicated", "appeared
    drunk" (not "appeared tired"); going out drinking (not going out).
(C) A course or programme completed, finished or attended is no person ("finish Mellow
    Parenting", "attend Ysgol Bro Teifi"); "finish Kian's bedroom" keeps Kian.
(D) A name "from" a service the rules list, written in capitals ("Sasha from Women's Aid",
    "Eleri from Early Help"), is a worker there wherever the name stands; not a friend from there.
(E) Minding with no one named ("Macy will babysit on Fridays"), smoking or vaping away from
    someone, and receiving a professional's advice that says what it is about ("ignored the
    health visitor's feeding advice", "dismissive of safe sleep advice") show the adult beside a
    named child. Plain "ignores advice", walking away from someone and "dismissive of the new
    rules" say nothing.
(G) A goal that speaks to the child with the adults ("Dad and Skye, you both want Skye to feel
    safe") and wants something for one of the names: that name is the child, not one of the
    adults spoken to.
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from sos_lint.people import people
from sos_lint.people.said import adult_predicate


@pytest.fixture(scope="module")
def nlp():
    return engine().nlp


def _roles(nlp, text):
    found = people(nlp(text))
    roles = {p.name.split()[-1]: "child" for p in found.children}
    roles.update({p.name.split()[-1]: "adult" for p in found.adults})
    roles.update({p.name.split()[-1]: "pet" for p in found.pets})
    return roles


def _token(doc, text):
    return next(t for t in doc if t.text == text)


# (A) a sentence opener with children of its own or an adult's state
@pytest.mark.parametrize("text, adult, child", [
    ("Faith did not bring her daughter Lola to the clinic and the cream has run out.", "Faith", "Lola"),
    ("Justice has not taken his son Remi to the dentist since March.", "Justice", "Remi"),
    ("Monday has been presenting as drunk at the nursery gate and Tyler (3) cries when she collects him.",
     "Monday", "Tyler"),
])
def test_an_opening_word_with_an_adults_things_is_the_adult(nlp, text, adult, child):
    roles = _roles(nlp, text)
    assert roles.get(adult) == "adult", roles
    assert roles.get(child) == "child", roles


@pytest.mark.parametrize("text, child", [
    ("Joy has not been to school this week and Remi (8) misses her.", "Joy"),  # a child's week, not a parent's
    ("Summer has been presenting as withdrawn in class and Kai (4) sits with her.", "Summer"),
])
def test_an_opening_word_with_a_childs_state_stays_the_child(nlp, text, child):
    assert _roles(nlp, text).get(child) == "child"


def test_an_abstract_opening_word_is_still_no_person(nlp):
    roles = _roles(nlp, "Attendance has been presenting as a concern and Kai (4) is often late.")
    assert "Attendance" not in roles and roles.get("Kai") == "child"


# (B) how one came across, and a night out in drink
@pytest.mark.parametrize("text, name, said", [
    ("Carly appeared drunk at the school gate.", "Carly", True),
    ("Carly has been presenting as intoxicated at contact.", "Carly", True),
    ("Carly appeared tired at the school gate.", "Carly", False),
    ("Carly has been presenting as withdrawn at school.", "Carly", False),
    ("Luke goes out drinking on Fridays.", "Luke", True),
    ("Luke goes out on Fridays.", "Luke", False),
])
def test_how_one_came_across(nlp, text, name, said):
    assert bool(adult_predicate(_token(nlp(text), name))) is said


def test_only_the_nearest_subject_goes_out_drinking(nlp):
    # The parse may give "goes" two subjects; the child looked after is not the drinker.
    roles = _roles(nlp, "Nan looks after Rio on the nights Kerry goes out drinking, and Rio (5) misses her.")
    assert roles.get("Kerry") == "adult" and roles.get("Rio") == "child", roles


# (C) a course completed or attended
@pytest.mark.parametrize("text, thing, child", [
    ("Mum will finish Mellow Parenting by June and Kian (5) will have a calm bedtime.", "Mellow", "Kian"),
    ("Dad will complete Triple P with the family worker so that Jayden (4) has a calm bedtime.", "Triple", "Jayden"),
])
def test_a_course_completed_is_no_person(nlp, text, thing, child):
    found = people(nlp(text))
    assert thing not in {p.name.split()[0] for p in found.everyone}
    assert child in {p.name for p in found.children}


def test_finishing_a_childs_room_keeps_the_child(nlp):
    assert _roles(nlp, "Dad will finish Kian's bedroom by June.").get("Kian") == "child"


# (D) a worker from a named service
@pytest.mark.parametrize("text, worker", [
    ("Sasha from Women's Aid will visit Mum weekly and Lily (4) will stay at Nan's.", "Sasha"),
    ("Sasha from Women's Aid will ring Mum on Fridays.", "Sasha"),
    ("Mum will go through the letters with Eleri from Early Help, and Lily will stay at Nan's.", "Eleri"),
])
def test_a_worker_from_a_named_service(nlp, text, worker):
    assert _roles(nlp, text).get(worker) == "adult"


def test_a_friend_from_a_named_service_is_not_a_worker(nlp):
    roles = _roles(nlp, "Her friend Lacey from Kooth messages her every night and Esme (14) says it helps.")
    assert roles.get("Lacey") == "child" and roles.get("Esme") == "child", roles


# (E) minding, smoking away from a child, a professional's advice
@pytest.mark.parametrize("text, adult, child", [
    ("Macy will babysit on Fridays so that Ollie (3) has someone he knows.", "Macy", "Ollie"),
    ("Dean will vape in the garden, away from Kayla (2).", "Dean", "Kayla"),
    ("Rhiannon and Jason ignored the health visitor's feeding advice and Alfie (4 months) has lost weight.",
     "Jason", "Alfie"),
    ("Roxy and Dale were dismissive of the midwife's safe sleep advice, and baby Ezra sleeps in their bed.",
     "Roxy", "Ezra"),
])
def test_an_adults_part_beside_a_named_child(nlp, text, adult, child):
    roles = _roles(nlp, text)
    assert roles.get(adult) == "adult", roles
    assert roles.get(child) == "child", roles


@pytest.mark.parametrize("text, name", [
    ("Tia ignores advice and Kai copies her.", "Tia"),  # advice that says nothing of what it is about
    ("Dean will walk away from Kayla when he is angry, and Kayla will tell Nan.", "Dean"),  # not smoking
    ("Theo and Isla were dismissive of the new rules at school.", "Theo"),  # rules, not advice
])
def test_near_misses_say_nothing(nlp, text, name):
    token = _token(nlp(text), name)
    assert adult_predicate(token) == ""


# (G) a goal that speaks to the child with the adults, and wants something for the child
@pytest.mark.parametrize("text, child, adults", [
    ("Nana Pat and Kieran, you both want Kieran to feel calm at bedtime. Nana Pat will read with him.",
     "Kieran", ["Pat"]),
    ("Carl, Dee and Rowan, you all want Rowan to keep going to football. Carl will drive him on Saturdays.",
     "Rowan", ["Carl", "Dee"]),
])
def test_the_one_a_goal_wants_something_for_is_the_child(nlp, text, child, adults):
    roles = _roles(nlp, text)
    assert roles.get(child) == "child", roles
    for adult in adults:
        assert roles.get(adult) == "adult", roles


def test_names_spoken_to_with_nothing_wanted_for_them_stay_adults(nlp):
    roles = _roles(nlp, "Carl and Dee, you will make sure that Rowan (9) is in bed by eight.")
    assert roles.get("Carl") == "adult" and roles.get("Dee") == "adult" and roles.get("Rowan") == "child", roles
