"""Round 28 (people28): adults told from the child by what the sentence says they do, read from
the parse. Every sentence is new, written for these tests (not taken from a probe, parts or
people set).

(A) One who looks after another named person ("look after", "care for", "babysit", "mind", having
    someone for tea or overnight, also "when she is looking after X") is the grown-up of the two,
    for every mention of the name. Not one who looks after a brother, sister, cousin or friend (a
    young carer), nor one who stays with someone (the one stayed with is the host).
(B) A name a goal speaks to, whose "you" is joined to another's parent ("Stacey, …, you and
    Jude's dad will…") or to "your partner", is a parent; so is one spoken to whose "you" sits
    with, looks after or asks another to look after a named child. "You and your mum" or "you
    and Kai" keep the one spoken to a child.
(C) "Stacey is Jude's mum and Kyle is Jude's dad": the second "is" says Kyle's role although the
    parse joins Kyle to "mum".
(D) An adult's state or affairs: asleep, slumped or passed out with drink or drugs in the same
    clause; paying or signing for a household's rent, bills or tenancy; coming round, turning up
    or calling over in drink. Asleep with nothing of drink said, or coming round with nothing of
    drink said, says nothing.
(E) A worker "from" a lower-case service is read also when told, asked or rung ("tell Bev from
    early help") and when one of a list of subjects ("Aunt Rita and Joel from early help worry…");
    one told "from school" is a friend, and one collected "from nursery" is a child.
"""
from __future__ import annotations

import pytest

from sos_lint.people import people
from test_people_round27 import _roles, nlp  # noqa: F401  (nlp: the pipeline fixture)


def _check(nlp, text, adults, children):
    roles = _roles(nlp, text)
    for name in adults:
        assert roles.get(name) == "adult", (name, roles)
    for name in children:
        assert roles.get(name) == "child", (name, roles)


# (A) One who looks after another named person.
@pytest.mark.parametrize("text, adults, children", [
    ("Bernice will look after Otto on Thursdays while Mum is at the hospital.", ("Bernice",), ("Otto",)),
    ("Marlene will babysit Isla and Jonah when Dad works late.", ("Marlene",), ("Isla", "Jonah")),
    ("Tom will have Esme and Rafe for tea every Wednesday so Mum can go to her group.", ("Tom",), ("Esme", "Rafe")),
    ("Corinne will not smoke weed when she is looking after Bobby.", ("Corinne",), ("Bobby",)),
    # Every mention of the name: the one rung first, then the one who has the children for tea.
    ("Mum will text Gareth when she feels unwell, and Gareth will come and have Nell and Arlo for tea.",
     ("Gareth",), ("Nell", "Arlo")),
])
def test_one_who_looks_after_another_is_the_adult(nlp, text, adults, children):
    _check(nlp, text, adults, children)


@pytest.mark.parametrize("text, children", [
    # A young carer looking after a brother or a sister: both children.
    ("Maisy will look after her little brother Alfie until Mum gets back from the shop.", ("Maisy", "Alfie")),
    ("Ellis will walk his sister Cora to school each morning.", ("Ellis", "Cora")),
    # Playing with someone is no caring.
    ("Harvey will play with Lola in the garden after tea.", ("Harvey", "Lola")),
])
def test_a_brother_sister_or_playmate_stays_a_child(nlp, text, children):
    roles = _roles(nlp, text)
    for name in children:
        assert roles.get(name) == "child", (name, roles)


def test_the_one_stayed_with_is_not_made_a_carer_of_the_child(nlp):
    # "Otto will stay with Bernice": staying with someone says nothing that makes Otto an adult.
    roles = _roles(nlp, "Otto will stay with Bernice while Mum goes to the clinic.")
    assert roles.get("Otto") != "adult", roles


# (B) The one a goal speaks to as a parent.
@pytest.mark.parametrize("text, adults, children", [
    ("Kirsty, before baby Milo comes home, you and Milo's dad will buy a cot and put it in your room.",
     ("Kirsty",), ("Milo",)),
    ("Dawn, you and Ivo's dad will keep Ivo out of the kitchen when the oven is on.", ("Dawn",), ("Ivo",)),
    ("Rhian, you and your partner will take turns to get up for Elsie in the night.", ("Rhian",), ("Elsie",)),
    ("Megan, you will sit with Jasper at bedtime until he falls asleep.", ("Megan",), ("Jasper",)),
    ("Chantelle, you will ask Nan to look after Poppy when you go to the pub.", ("Chantelle",), ("Poppy",)),
])
def test_the_parent_a_goal_speaks_to_is_the_adult(nlp, text, adults, children):
    _check(nlp, text, adults, children)


@pytest.mark.parametrize("text, child", [
    # A young person spoken to beside a parent of their own or a brother is not made an adult.
    ("Tyler, you and your mum will sit down together every Sunday to plan the week.", "Tyler"),
    ("Mia, you and Reuben will go to the park with Nan on Saturdays.", "Mia"),
])
def test_a_young_person_spoken_to_stays_a_child(nlp, text, child):
    assert _roles(nlp, text).get(child) == "child"


# (C) A second "X is Y's dad" in one sentence.
@pytest.mark.parametrize("text, adults, child", [
    ("Leonie is Finn's mum and Craig is Finn's dad.", ("Leonie", "Craig"), "Finn"),
    ("Jo is Ada's nan and Rosa is her aunt.", ("Jo", "Rosa"), "Ada"),
])
def test_the_second_of_two_parents_said_by_is(nlp, text, adults, child):
    _check(nlp, text, adults, (child,))


def test_two_children_said_by_is_stay_children(nlp):
    roles = _roles(nlp, "Ruby is in Year 4 and Kai is in Year 2.")
    assert roles.get("Ruby") == "child" and roles.get("Kai") == "child", roles


# (D) An adult's state or affairs.
@pytest.mark.parametrize("text, adult, children", [
    ("When I called, Bea (3) and Rio (1) were alone upstairs and Mick was asleep in the kitchen among empty cider cans.",
     "Mick", ("Bea", "Rio")),
    ("I found Noor, Sami and Jas in the front room; Noor (5) and Sami (2) had not eaten and Jas was slumped on the floor "
     "beside a bottle of gin.", "Jas", ("Noor", "Sami")),
    ("Leanne will pay the rent every month so that Callum does not lose his home.", "Leanne", ("Callum",)),
    ("Whenever Darrell comes round after drinking, Ava will go upstairs and ring Nan.", "Darrell", ("Ava",)),
    ("Kev turns up drunk most Fridays and Skye hides in her wardrobe.", "Kev", ("Skye",)),
])
def test_an_adults_state_or_affairs(nlp, text, adult, children):
    _check(nlp, text, (adult,), children)


@pytest.mark.parametrize("text, children", [
    # Asleep with nothing of drink said; drink said of someone else in another clause.
    ("At the visit Milo (2) was asleep in his cot and Tess (6) was drawing.", ("Milo", "Tess")),
    ("Ruby and Sam were asleep on the sofa when Dad came home with cans of lager.", ("Ruby", "Sam")),
    # Coming round with nothing of drink said: a friend comes round too.
    ("Ollie comes round after school and plays with Jay.", ("Ollie", "Jay")),
])
def test_asleep_or_coming_round_alone_says_nothing(nlp, text, children):
    roles = _roles(nlp, text)
    for name in children:
        assert roles.get(name) == "child", (name, roles)


# (E) Workers from a service.
@pytest.mark.parametrize("text, adult, child", [
    ("Kayden will tell Bev from early help if Dad has been drinking.", "Bev", "Kayden"),
    ("Maisie will talk to Gemma from the youth offending team every week.", "Gemma", "Maisie"),
    ("Aunt Rita and Joel from early help worry that Precious could be hurt.", "Joel", "Precious"),
])
def test_a_worker_from_a_service(nlp, text, adult, child):
    _check(nlp, text, (adult,), (child,))


@pytest.mark.parametrize("text, child", [
    ("Kayden will tell Jake from school if Dad has been drinking.", "Jake"),
    ("Mum will collect Ava from nursery at 3pm.", "Ava"),
])
def test_a_friend_from_school_or_a_child_collected_is_no_worker(nlp, text, child):
    assert _roles(nlp, text).get(child) == "child"


# (F) Names that are words, by the age written beside them: a baby's age in short units ("(18m)",
#     "(9mths)", "(6 wks)") is months or weeks, never years; a month's name with ", aged …" or
#     ", who is …" after it is a child, while a month with a bare count after its comma stays a date.
@pytest.mark.parametrize("text, child", [
    ("Home visit 3/3: saw Marshal (20m) in his cot, nappy soaked through.", "Marshal"),
    ("Blessing (9mths) was asleep in a car seat on the floor.", "Blessing"),
    ("At the clinic Dove (6 wks) had lost weight since birth.", "Dove"),
    ("The paediatrician saw a bruise on the cheek of April, aged 7 weeks, and Mum could not say how it got there.",
     "April"),
])
def test_a_babys_age_written_short_or_after_a_month(nlp, text, child):
    assert _roles(nlp, text).get(child) == "child"


def test_short_months_are_not_an_adults_years(nlp):
    found = people(nlp("Home visit 3/3: saw Marshal (20m) in his cot, nappy soaked through."))
    assert not any(p.name == "Marshal" for p in found.adults)


@pytest.mark.parametrize("text", [
    "In April, 12 families were seen by the team.",
    "The review was held in March, and Mum did not attend.",
])
def test_a_month_with_a_count_after_it_stays_a_date(nlp, text):
    found = people(nlp(text))
    assert not any(p.name in ("April", "March") for p in found.children + found.adults)
