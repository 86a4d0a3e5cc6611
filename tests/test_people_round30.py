"""Round 30 (people30): adults no longer taken as the child, and children no longer missed, by
classes read from the parse. Every sentence is new, written for these tests (not taken from a
probe, parts, words or people set).

(A) An adult's deed no child does, said of a bare name: driving (not "drives Mum up the wall"),
    drinking pints or drinking heavily, living next door or upstairs (a neighbour).
(B) An age said in words for a decade: "in their sixties", "in his early fifties", "both in their
    forties" (not "in her teens", nor "in their bedroom").
(C) Whom a child lives, stays, is placed or is left with is the child's carer (sos_lint.people.carers),
    unless a kin word, an age or a child's sign says otherwise; playing with someone says nothing.
(D) A relation noun whose owner is a parent named beside its role word ("their dad Lee … his mate
    Craig"): the parse may make the role word and the name two subjects; the name is no other
    person standing between.
(E) A place after "at" when a verb of going already has its goal ("came to the nativity at
    Brookfield"): where, not whom; "came at Kai with a knife" is still aimed at a person.
(F) A case note's list: "Kids = Rowan 7, Tilly 2", "Children at home: …" give children's ages;
    "Adults: …" gives adults' ages; a list with no child word ("Scores: …") gives none.
"""
from __future__ import annotations

import pytest

from test_people_round28b import _roles, nlp  # noqa: F401  (the module's nlp fixture)


def _check(nlp, text, expected):
    roles = _roles(nlp, text)
    for name, role in expected.items():
        if role is None:
            assert roles.get(name) != "child", (name, roles)
        else:
            assert roles.get(name) == role, (name, roles)


# (A) an adult's deed
@pytest.mark.parametrize("text, expected", [
    ("Marnie (5) and Joss (8) were in the back seat when Declan drove to the retail park after work.",
     {"Marnie": "child", "Joss": "child", "Declan": "adult"}),
    ("Joss, Marnie and Declan were at the fair, and Declan drove them back after four pints. Joss is 8 and Marnie 5.",
     {"Joss": "child", "Declan": "adult"}),
    ("Esme (10) says Corinne drinks heavily on her days off.", {"Esme": "child", "Corinne": "adult"}),
    ("Esme (10) and Rafe (6) are frightened of Lorcan, who bangs on the wall; Lorcan lives upstairs.",
     {"Esme": "child", "Rafe": "child", "Lorcan": "adult"}),
])
def test_an_adults_deed(nlp, text, expected):
    _check(nlp, text, expected)


@pytest.mark.parametrize("text, expected", [
    ("Declan drives Mum up the wall, and Esme (10) says he is always in trouble at school.", {"Esme": "child"}),
    ("Esme (10) goes round to play with Nell, who lives next door.", {"Esme": "child", "Nell": "child"}),
    ("Esme (10) and Rafe (6) drive their bikes round the close; Rafe is learning.", {"Esme": "child", "Rafe": "child"}),
    ("Hollis and Wren (5) live upstairs in a two-bedroom flat.", {"Wren": "child", "Hollis": "child"}),
    ("Esme (10) and Rafe (6) live next door to their nan.", {"Esme": "child", "Rafe": "child"}),
])
def test_near_misses_of_an_adults_deed(nlp, text, expected):
    _check(nlp, text, expected)


# (B) decades said in words
@pytest.mark.parametrize("text, expected", [
    ("Orla (7) spends Saturdays with Bernie and Clive, who are in their seventies.",
     {"Orla": "child", "Bernie": "adult", "Clive": "adult"}),
    ("Orla (7) told us that Fintan and Ros, both in their forties, argue when they drink.",
     {"Orla": "child", "Fintan": "adult", "Ros": "adult"}),
    ("Orla (7) said Mr Quigley is in his early fifties.", {"Orla": "child", "Quigley": "adult"}),
    ("Orla (7) and Bea (3) were left overnight with Nessa (70s), who uses a wheelchair.",
     {"Orla": "child", "Bea": "child", "Nessa": "adult"}),
])
def test_an_age_said_as_a_decade(nlp, text, expected):
    _check(nlp, text, expected)


@pytest.mark.parametrize("text, expected", [
    ("Orla (7) and Kit are in their bedroom when the shouting starts.", {"Orla": "child", "Kit": "child"}),
])
def test_near_misses_of_a_decade(nlp, text, expected):
    _check(nlp, text, expected)


# (C) the child's carers
@pytest.mark.parametrize("text, expected", [
    ("Since Bodhi (3) went to live with Wendy and Phil in April, he has started to talk in sentences.",
     {"Bodhi": "child", "Wendy": "adult", "Phil": "adult"}),
    ("The twins were placed with Moira and Gethin after the hearing.", {"Moira": "adult", "Gethin": "adult"}),
    ("Dad left the kids with Shona while he went out.", {"Shona": "adult"}),
    ("Bodhi (3) has been fostered by Imelda and Ross since the spring.", {"Bodhi": "child", "Imelda": "adult",
                                                                          "Ross": "adult"}),
    ("The girls are looked after by Ciara on school nights.", {"Ciara": "adult"}),
    ("Bodhi (3) and Lark (5) were left for the weekend with Trudy and Mal; Bodhi now cries for Trudy.",
     {"Bodhi": "child", "Lark": "child", "Trudy": "adult", "Mal": "adult"}),
])
def test_whom_a_child_lives_with_or_is_left_with(nlp, text, expected):
    _check(nlp, text, expected)


@pytest.mark.parametrize("text, expected", [
    ("Bodhi (3) plays with Lark and Wren at the childminder's.", {"Bodhi": "child", "Lark": "child", "Wren": "child"}),
    ("Bodhi (3) stays with Nan and Freya (12) on Fridays.", {"Bodhi": "child", "Freya": "child"}),
    ("Bodhi (3) was left with Jenson, who is 9, for an hour.", {"Bodhi": "child", "Jenson": "child"}),
    ("Bodhi (3) is looked after by his sister Tansy after school.", {"Bodhi": "child", "Tansy": "child"}),
    ("Bodhi (3) was pushed over by Kit at nursery, and Kit (4) laughed.", {"Bodhi": "child", "Kit": "child"}),
])
def test_near_misses_of_whom_a_child_lives_with(nlp, text, expected):
    _check(nlp, text, expected)


@pytest.mark.parametrize("text", [
    "Bodhi (3) lives with Mum and his brothers Tate and Zeb.",
    "Bodhi (3) stays with Tate and Zeb, his half-brothers, every other weekend.",
])
def test_kin_of_the_child_in_the_with_list_is_not_a_carer(nlp, text):
    roles = _roles(nlp, text)
    assert roles.get("Tate") != "adult" and roles.get("Zeb") != "adult", roles


# (D) the owner of a relation noun is the role word's own name
@pytest.mark.parametrize("text, expected", [
    ("Ayla (4) and Cody (2) were found alone, and their dad Lee was later found at his mate Craig's house.",
     {"Ayla": "child", "Cody": "child", "Craig": "adult"}),
])
def test_a_parents_friend_is_an_adult(nlp, text, expected):
    _check(nlp, text, expected)


@pytest.mark.parametrize("text, expected", [
    ("Ayla (9) was found at her friend Keira's house after school.", {"Ayla": "child"}),
])
def test_a_childs_friend_is_not_made_an_adult(nlp, text, expected):
    roles = _roles(nlp, text)
    _check(nlp, text, expected)
    assert roles.get("Keira") != "adult", roles


# (E) a place after "at"
@pytest.mark.parametrize("text, expected", [
    ("Hazel will know Mum and Grandad are proud of her because they come to her nativity at Brookfield.",
     {"Hazel": "child", "Brookfield": None}),
    ("Otis will say he feels noticed because Dad and Grandad ask about his week and come to his sports day at "
     "Fernhill in June.", {"Otis": "child", "Fernhill": None}),
])
def test_a_place_after_at_when_going_has_a_goal(nlp, text, expected):
    _check(nlp, text, expected)


def test_at_after_going_with_no_goal_is_still_aimed_at_someone(nlp):
    roles = _roles(nlp, "Dad came at Kai with a belt while the other children hid.")
    assert "Kai" in roles, roles  # a person (child or adult), not a place


# (F) a case note's list
@pytest.mark.parametrize("text, expected", [
    ("Police log 3/2. Kids = Rowan 7, Tilly 2. Mum declined a DASH.", {"Rowan": "child", "Tilly": "child"}),
    ("Children at home: Mabel 9 and Huxley 4.", {"Mabel": "child", "Huxley": "child"}),
    ("Adults: Gavin 41, Shelby 38. Children: Mabel 9.", {"Gavin": "adult", "Shelby": "adult", "Mabel": "child"}),
])
def test_a_case_notes_list_of_names_and_ages(nlp, text, expected):
    _check(nlp, text, expected)


def test_a_list_with_no_child_word_gives_no_age(nlp):
    from sos_lint.people import people

    found = people(nlp("Spelling scores: Mabel 9, Huxley 4."))
    assert not any(p.evidence.startswith("age") for p in found.everyone), found
