"""Round 38 (r38d): who is who. Adults read as children on the round-35 set and in a senior
practitioner's goals (review37x X#9: `--redact` called parents, an uncle and a worker "Child B/C/D"),
and a child whose name is a word tagged as a proper noun. Each class is read from the parse, never
from the names: a heading line parsed into the sentence below it, a role after a name with "the",
a plural role or "known as" before a list of names, the grown-ups a goal arranges around its
child, and a pupil's things owned in a proper noun's own clause. Every sentence is our own
wording (other names, other harms), with near misses that must not change."""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from sos_lint.people import people
from sos_lint.people.modal_names import meets_the_goals_child, spoken_to_beside_the_goals_child
from sos_lint.people.opening_subject_child import said_as_a_person
from sos_lint.people.wordlists import line_start
from sos_lint.redact import Redactor


@pytest.fixture(scope="module")
def eng():
    return engine()


def _doc(eng, text):
    return next(iter(eng.parse([text])))


def _read(doc):
    found = people(doc)
    return {p.name for p in found.children}, {p.name for p in found.adults}


# -- a heading line parsed into the sentence below it (raw text, as the redaction reads it) -----

HEADED = [
    ("Safety goal 2 - Rowan and the skate park\nTerri and Mark, you and Rowan need Rowan to come home "
     "before dark. For this to happen, Terri, you will text Rowan at 7pm.", {"Terri", "Mark"}, "Rowan"),
    ("Safety goal 1 - Esme online\nPaula and Jide, you will keep Esme's tablet downstairs at night and "
     "Esme will show you who messages her.", {"Paula", "Jide"}, "Esme"),
]


@pytest.mark.parametrize("text,adults,child", HEADED)
def test_names_spoken_to_under_a_heading_line_are_adults(eng, text, adults, child):
    children, grown = _read(eng.nlp(text))
    assert adults <= grown
    assert not adults & children
    assert child in children


def test_line_start_is_the_sentence_start_without_a_line_break(eng):
    doc = eng.nlp("Nell and Ezra share a room and wake when the shouting starts.")
    assert line_start(doc[2]) == 0
    headed = eng.nlp("Worry statement - home\nNell and Ezra share a room.")
    nell = next(t for t in headed if t.text == "Nell")
    assert line_start(nell) == nell.i


def test_near_miss_children_listed_under_a_heading_stay_children(eng):
    children, grown = _read(eng.nlp("Worry statement - home\nNell (6) and Ezra (4) share a room and wake when "
                                     "the shouting starts."))
    assert {"Nell", "Ezra"} <= children and not {"Nell", "Ezra"} & grown


def test_redaction_labels_a_headed_goal_s_parents_as_adults(eng):
    text = ("Safety goal 2 - Rowan and the skate park\nTerri and Mark, you and Rowan need Rowan to come home "
            "before dark. For this to happen, Terri, you will text Rowan at 7pm.")
    redactor = Redactor(eng.nlp, ())
    redactor.learn([text])
    out = redactor.redact(text).text
    assert "Child B" not in out and "Child C" not in out
    assert "Child A" in out and "Adult" in out


# -- a role after a name with "the" ----------------------------------------------------------

@pytest.mark.parametrize("text,adult", [
    ("Bola the school nurse has seen bruises on Kacper's legs three times this month.", "Bola"),
    ("Gail the family support worker and I are worried that Otis (5) is left alone after school.", "Gail"),
])
def test_a_role_after_a_name_with_the_is_an_adult(eng, text, adult):
    children, grown = _read(_doc(eng, text))
    assert adult in grown and adult not in children


@pytest.mark.parametrize("text,child", [
    ("Dad told Jaxon the police would come back on Friday.", "Jaxon"),  # the police are someone else
    ("Nan showed Remi the nurse's letter about his asthma.", "Remi"),  # an owner, not a role
])
def test_near_miss_a_role_that_does_not_hang_on_the_name(eng, text, child):
    children, grown = _read(_doc(eng, text))
    assert child in children and child not in grown


def test_near_miss_a_pet_after_the_name_stays_a_pet(eng):
    found = people(_doc(eng, "Biscuit the rabbit sleeps in Lenny's room."))
    assert "Biscuit" not in {p.name for p in found.children} | {p.name for p in found.adults}


# -- a plural role or "known as" before a list of names ---------------------------------------

@pytest.mark.parametrize("text,adults", [
    ("Carers Maggie and Clive say that Toby (6) screams after every phone call with his dad.", {"Maggie", "Clive"}),
    ("Kieran (14) is being driven to Hull by men he knows as Blade and Smoke.", {"Blade", "Smoke"}),
    ("Shannon goes to a flat where older men called Deano and Skinny give her vodka.", {"Deano", "Skinny"}),
])
def test_every_name_of_a_list_after_an_adult_role_is_an_adult(eng, text, adults):
    children, grown = _read(_doc(eng, text))
    assert adults <= grown and not adults & children


@pytest.mark.parametrize("text,children_", [
    ("Mia (8) has two brothers called Alfie and Ted who share her room.", {"Mia", "Alfie", "Ted"}),
    ("Twins Ava and Lily (4) share a cot in Mum's bedroom.", {"Ava", "Lily"}),
])
def test_near_miss_a_list_after_a_child_s_word_stays_children(eng, text, children_):
    children, grown = _read(_doc(eng, text))
    assert children_ <= children and not children_ & grown


# -- the grown-ups a goal arranges around its child --------------------------------------------

def _token(doc, text):
    return next(t for t in doc if t.text == text)


def test_who_meets_the_goal_s_child_is_a_grown_up(eng):
    doc = _doc(eng, "Dee and Craig, you and Ollie need Ollie to walk home safely. "
                    "Jonah will meet Ollie at the bus stop on Mondays and Thursdays.")
    assert meets_the_goals_child(_token(doc, "Jonah"))
    children, grown = _read(doc)
    assert "Jonah" in grown and "Ollie" in children


@pytest.mark.parametrize("text,name", [
    # the goal's child meets someone: not read here
    ("Dee, you and Ollie need Ollie to walk home safely. Ollie will meet Jonah at the bus stop.", "Ollie"),
    # no goal names its child beside "you"
    ("Mum and Dad want Jodie to be safe. Kerry will meet Jodie at the gate.", "Kerry"),
    # a meeting said as not done
    ("Dee, you and Ollie need Ollie to walk home safely. Jonah will not meet Ollie on his own.", "Jonah"),
])
def test_near_miss_meeting_that_is_not_arranged_for_the_goal_s_child(eng, text, name):
    assert meets_the_goals_child(_token(_doc(eng, text), name)) == ""


def test_one_name_spoken_to_beside_the_goal_s_child_is_a_grown_up(eng):
    doc = _doc(eng, "Roisin, you and Cal need Cal to sleep in his own bed every night.")
    assert spoken_to_beside_the_goals_child(_token(doc, "Roisin"))
    children, grown = _read(doc)
    assert "Roisin" in grown and "Cal" in children


@pytest.mark.parametrize("text,name", [
    ("Leo, you and Maisie need a quiet house where nobody shouts.", "Leo"),  # two children may be spoken to
    ("Kayla, you and Mum need Kayla to sleep in her own bed.", "Kayla"),  # the child, spoken to with Mum
])
def test_near_miss_one_name_spoken_to_that_is_not_beside_the_goal_s_child(eng, text, name):
    doc = _doc(eng, text)
    assert spoken_to_beside_the_goals_child(_token(doc, name)) == ""
    assert name not in _read(doc)[1]


# -- a pupil's things in a proper noun's own clause --------------------------------------------

def test_a_word_name_owning_a_pupil_s_things_is_the_child(eng):
    doc = _doc(eng, "Honour will hand in her homework every Monday and stop walking out of her lessons.")
    assert "Honour" in _read(doc)[0]


@pytest.mark.parametrize("text,name", [
    ("Siân will take her antipsychotic medication as prescribed.", "Siân"),
    ("Marisol will stop missing her driving lessons on Saturdays.", "Marisol"),  # a lesson with a modifier
    ("Marisol will ring Mr Cole and ask about her lessons.", "Marisol"),  # someone else named first
])
def test_near_miss_no_pupil_s_things_of_the_subject_s_own(eng, text, name):
    token = _token(_doc(eng, text), name)
    assert "pupil" not in said_as_a_person(token)
