"""Round 31 (people31): adults told from the children by what the sentence says, read from the
parse. Every sentence is new, written for these tests (not taken from a probe, parts or people set).

(A) A list of bare names that is the active subject of a clause whose object is the children (a
    child named by age, "the children"/"the kids", or "them" after children named by age), also
    through an infinitive of the same subject ("take turns to fetch"), or that agrees a plan in a
    sentence naming a child by age, is the adults. Not children playing with a child, a passive
    ("were left with…"), nor a list with no child named by age.
(B) A name set beside a nearer person word ("with a neighbour, Paige,") is that person, not a
    role before it with a place between; "her brother at college, Ash," is still the brother.
(C) Staying sober or using a breathalyser is an adult's; "sober" said of nothing the name does
    says nothing.
(D) A baby in its cot or bouncer said as a sentence ("Sky was asleep in her bouncer") is a child;
    one called names ("calls Precious 'stupid'") is a person.
(E) An unborn child is named "Baby X" where "due" is set beside the name or the birth is still
    to come ("will be born", "before … is born"); not "was born".
(F) A kin word listed after a son or daughter an age makes grown up, under the same "her"
    ("her son Tobi (19) or her sister Folake"), is of a parent's generation; and a son an age
    makes grown up is no child whom others live or stay with.
(G) ", and" before a name that is the subject of its own clause, after a child who is not a
    subject, joins clauses, not names ("…his brother Filip (5), and Ola and Marek have not…").
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


# (A) A list of bare names acting on the children.
@pytest.mark.parametrize("text, adults, children", [
    ("Donna and Craig take it in turns to fetch Ottilie (6) from the childminder.", ("Donna", "Craig"), ("Ottilie",)),
    ("Shannon and Rhys left the kids with a lad from the flats while they went to a party, and Lulu (4) cut her foot.",
     ("Shannon", "Rhys"), ("Lulu",)),
    ("Kacper (9) has been hitting his brother Filip (5), and Ola and Marek have not kept them apart after school.",
     ("Ola", "Marek"), ("Kacper", "Filip")),
    ("By October, Linzi and Aaron will have agreed a plan with the school so that Wren (7) gets there on time.",
     ("Linzi", "Aaron"), ("Wren",)),
])
def test_a_list_acting_on_the_children_is_the_adults(nlp, text, adults, children):
    _check(nlp, text, adults, children)


@pytest.mark.parametrize("text, children", [
    # Children playing with a child: still children.
    ("Nico and Ava play with Rosa (3) in the garden after tea.", ("Nico", "Ava", "Rosa")),
    # A passive: the ones left are the children.
    ("Milo and Tess were left with their cousin Ana, who is 14, until midnight.", ("Milo", "Tess")),
    # No child named by age: nothing here says who the pair are.
    ("Jasper and Lyra took the dog to the park on Sunday.", ("Jasper", "Lyra")),
])
def test_a_list_not_acting_on_aged_children_stays_children(nlp, text, children):
    _check(nlp, text, (), children)


# (B) A name set beside the nearer person word.
def test_a_name_beside_a_nearer_person_word_is_that_person(nlp):
    _check(nlp, "Dad left the twins with a lodger, Odette, and did not come back until Sunday.", ("Odette",), ())


def test_a_brother_at_college_is_still_the_brother(nlp):
    roles = _roles(nlp, "Ivy (8) said her brother at college, Ash, picks her up on Tuesdays.")
    assert roles.get("Ash") == "child" and roles.get("Ivy") == "child", roles


# (C) Staying sober and drink tests.
@pytest.mark.parametrize("text, adults, children", [
    ("Juno and Kit will be safe because Lorcan stays sober whenever he has them at weekends.", ("Lorcan",), ("Juno", "Kit")),
    ("Bryn will blow into the breathalyser before he drives Cass and Elsie anywhere.", ("Bryn",), ("Cass", "Elsie")),
])
def test_staying_sober_or_a_breathalyser_is_an_adults(nlp, text, adults, children):
    _check(nlp, text, adults, children)


def test_sober_said_of_nothing_the_name_does_says_nothing(nlp):
    roles = _roles(nlp, "Tilly (11) told her teacher that Zeph was sober for once.")
    assert roles.get("Tilly") == "child", roles
    # "Zeph was sober" is the subject being sober: an adult's state (the class), read as such.
    assert roles.get("Zeph") == "adult", roles


# (D) A baby in its bouncer; one called names.
def test_a_baby_in_a_bouncer_said_as_a_sentence_is_a_child(nlp):
    roles = _roles(nlp, "Rain was awake in his cot with a soaked nappy when we visited at noon.")
    assert roles.get("Rain") == "child", roles


def test_one_called_names_is_a_person(nlp):
    roles = _roles(nlp, "Yusuf calls Blessing 'useless' in front of her friends, and Kemi does nothing.")
    assert roles.get("Blessing") == "child", roles


def test_calling_a_service_is_no_name_calling(nlp):
    found = people(nlp("Mum called Childline on Tuesday and Rosa (9) stayed with Nan."))
    assert [p.name for p in found.children] == ["Rosa"]


# (E) An unborn child named "Baby X".
@pytest.mark.parametrize("text, name", [
    ("The midwife is worried that Baby Nowak, due in June, will come home to a flat with no heating.", "Baby Nowak"),
    ("Mum drinks most days, and I worry that Baby Flynn will be born dependent on alcohol.", "Baby Flynn"),
    ("Dad must move out before Baby Reyes is born.", "Baby Reyes"),
])
def test_an_unborn_child_is_named_baby(nlp, text, name):
    assert name in [p.name for p in people(nlp(text)).children]


def test_a_baby_already_born_keeps_its_own_name(nlp):
    names = [p.name for p in people(nlp("Since Baby Storm was born in May, Dad has slept at his mum's.")).children]
    assert "Baby Storm" not in names


# (F) A sister listed after a grown-up son under the same "her".
def test_sister_listed_after_a_grown_son_is_an_adult(nlp):
    text = "When Mum works late, her son Jayden (20) or her sister Amani will stay with Nia and Remi."
    _check(nlp, text, ("Jayden", "Amani"), ("Nia", "Remi"))


def test_a_young_son_staying_with_a_couple_makes_them_carers(nlp):
    _check(nlp, "Her son Jayden (6) will stay with Tess and Alan.", ("Tess", "Alan"), ("Jayden",))


def test_sister_listed_after_a_young_son_stays_a_child(nlp):
    text = "Her son Jayden (6) and her sister Amani were both at school when the police came."
    roles = _roles(nlp, text)
    assert roles.get("Jayden") == "child", roles


# (G) ", and" joining clauses.
def test_a_list_of_names_after_a_clause_is_not_listed_with_the_child(nlp):
    roles = _roles(nlp, "Rudi (12) has been teasing Nell (4), and Bea and Olly have had to sit with them.")
    assert roles.get("Rudi") == "child" and roles.get("Nell") == "child", roles


def test_names_listed_with_a_child_subject_stay_children(nlp):
    roles = _roles(nlp, "Mia (7), and Finn and Theo all said they were scared when Dad shouted.")
    assert roles.get("Finn") == "child" and roles.get("Theo") == "child", roles
