"""Round 26, the lead's mends from set 24 (opened this round): who is an adult, each class with
near misses. Every sentence is new (written for these tests, not taken from a probe set).
(A) An adult's age said as what the name is: "Dean is a 32-year-old who…", "Faith is the oldest
    at 21" (a child's age said so stays a child's).
(B) A name that owns a child is its parent: "Priya and Tom's four-year-old, Zara,", "Leanne's baby,
    Noor," (not "Kai's baby brother": what is owned is a brother), and a name with "whose" and a
    child word after it ("Rob, whose children Amy (6) and Ben (8) stay at weekends").
(C) Two or more names that open a goal and are then spoken to as "you" are the adults it speaks to
    ("Gemma and Lee, you will make sure…"); one name alone may be a young person spoken to.
(D) A role after a name set beside it may have a describing word in -ing ("Sky, her learning
    mentor."), and "his" after a family word and its name points back to that adult ("Kai's
    stepdad, Warren, lets his mate Mick sleep over": the stepdad's mate).
"""
import pytest

from sos_lint.api import engine
from sos_lint.people import people


@pytest.fixture(scope="module")
def nlp():
    return engine().nlp


def _roles(nlp, text):
    found = people(nlp(text))
    return {p.name.split()[-1]: "child" for p in found.children} | {p.name.split()[-1]: "adult" for p in found.adults}


@pytest.mark.parametrize("text, adult, child", [
    ("Dean is a 32-year-old who drinks with Mum, and Willow (14) says he shouts at her.", "Dean", "Willow"),
    ("Hollie has been looking after Max and Ted every morning; Hollie is a 19-year-old who lives next door.",
     "Hollie", None),
    ("Mum says Faith is the oldest at 21 and has been getting Sonny and Lily to school since Mum became unwell.",
     "Faith", "Sonny"),
    ("Reggie is the eldest at 24 and collects Poppy (6) from school.", "Reggie", "Poppy"),
    ("Faith is the oldest at 21 and walks Sonny and Lily to school since Mum became unwell.", "Faith", None),
])
def test_an_adults_age_said_as_what_the_name_is(nlp, text, adult, child):
    roles = _roles(nlp, text)
    assert roles.get(adult) == "adult"
    if child:
        assert roles.get(child) == "child"


@pytest.mark.parametrize("text, name", [
    ("Mum says Jade is a 14-year-old who loves drama and hardly eats.", "Jade"),
    ("Nan says Ruby is the youngest at 4 and sleeps in Mum's bed when Dad shouts.", "Ruby"),
    # a word-name opening the sentence is read as a name by the age said of it
    ("Jade is a 14-year-old who loves drama, and Mum says she hardly eats.", "Jade"),
    ("Ruby is the youngest at 4 and sleeps in Mum's bed when Dad shouts.", "Ruby"),
])
def test_a_childs_age_said_so_stays_a_childs(nlp, text, name):
    assert _roles(nlp, text).get(name) == "child"


@pytest.mark.parametrize("text, adults, child", [
    ("Priya and Tom's four-year-old, Zara, was found alone in the flat at midnight.", ("Priya", "Tom"), "Zara"),
    ("Leanne's baby, Noor, has missed two weighing appointments since June.", ("Leanne",), "Noor"),
    ("Nan lives with her partner Rob, whose children Amy (6) and Ben (8) stay there at weekends.",
     ("Rob",), "Amy"),
])
def test_a_name_that_owns_a_child_is_its_parent(nlp, text, adults, child):
    roles = _roles(nlp, text)
    assert all(roles.get(a) == "adult" for a in adults), roles
    assert roles.get(child) == "child"


@pytest.mark.parametrize("text, name", [
    ("Kai's baby brother Alfie (2) cries when Kai (8) is shouted at.", "Kai"),
    ("Ivy's teacher says Ivy (7) comes to school hungry.", "Ivy"),
    ("Ellie, whose teacher rang Mum twice, is 7 and often tired.", "Ellie"),
])
def test_owning_what_is_not_a_child_says_nothing_of_an_adult(nlp, text, name):
    assert _roles(nlp, text).get(name) == "child"


@pytest.mark.parametrize("text, adults", [
    ("Gemma and Lee, you will make sure that when Ava comes home from nursery there is a sober adult with her.",
     ("Gemma", "Lee")),
    ("Bill and Sandra, you both need to agree who will put Tiago to bed on the nights you go out.",
     ("Bill", "Sandra")),
])
def test_names_a_goal_speaks_to_as_you_are_adults(nlp, text, adults):
    roles = _roles(nlp, text)
    assert all(roles.get(a) == "adult" for a in adults), roles


def test_one_name_spoken_to_is_not_made_an_adult_by_that_alone(nlp):
    roles = _roles(nlp, "Kayla, you will tell Nan when you feel unsafe, and Nan will ring your social worker.")
    assert roles.get("Kayla") != "adult"


@pytest.mark.parametrize("text, adult, child", [
    ("\"Dad spends it all on the machines,\" Tilly (9) told Sky, her learning mentor.", "Sky", "Tilly"),
    ("Kai's stepdad, Warren, lets his mate Mick sleep over, and Kai (9) is scared of Mick.", "Mick", "Kai"),
])
def test_roles_and_adults_mates_beside_a_name(nlp, text, adult, child):
    roles = _roles(nlp, text)
    assert roles.get(adult) == "adult", roles
    assert roles.get(child) == "child"


def test_a_childs_own_sister_stays_a_child(nlp):
    roles = _roles(nlp, "Dad hits Oscar (7) and his sister Evie, and Mum does not stop him.")
    assert roles.get("Evie") == "child"


# (E) SOS401 on a baby not yet born: there is no name to ask for, so a hint, not a warning.
def _sos401(text):
    from sos_lint.api import check

    return [f.severity for f in check(text, "worry").findings if f.code == "SOS401"]


@pytest.mark.parametrize("text", [
    "The unborn baby is due in June, and Mum's ex-partner has been texting her to say he will be at the birth.",
    "Mum is 28 weeks pregnant and Dad pushed her into the door frame last week; the midwife is worried the baby could be hurt.",
    "The midwife is worried that when the baby is born Mum will still be taking tablets that make her sleep all day.",
])
def test_an_unborn_baby_is_not_asked_for_a_name(text):
    # Round 32: where the draft already says "the baby", the hint that "the baby" is right is not given.
    assert _sos401(text) in ([], ["hint"])


@pytest.mark.parametrize("text", [
    "The baby has had two bruises on his cheek since March and Dad says he fell.",
    "Mum was born in Hull and the rent is due on Friday; the baby sleeps in a drawer.",
])
def test_a_baby_already_born_is_still_asked_for_a_name(text):
    assert _sos401(text) == ["warning"]
