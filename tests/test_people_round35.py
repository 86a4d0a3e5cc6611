"""Round 35 (r35d, who is who): adults, clubs and brands taken as the child, mended by class.

Each class was found among the adults taken as the child on the open people sets 29-32 and is
read from the parse and the people analysis, not from any one sentence's words. The sentences
here are written for these tests (not copied from any set), each class with near misses that
must keep their reading.
"""
from __future__ import annotations

import pytest

from sos_lint import people as P


@pytest.fixture(scope="module")
def nlp():
    from sos_lint.nlp import load

    return load()


def read(nlp, text):
    found = P.people(nlp(text))
    return {p.name for p in found.children}, {p.name for p in found.adults}


# 1. Two or more bare names opening the sentence, set off by a comma, not its subject, with a
# child named by age after the comma: the ones the statement speaks to, the parents.
@pytest.mark.parametrize("text, adults, child", [
    ("Kerry and Dean, on Monday Poppy (5) went to school with a cut lip and would not say why.",
     {"Kerry", "Dean"}, "Poppy"),
    ("Marta and Piotr, the worry is that Zofia (9) is left to get herself to school most days.",
     {"Marta", "Piotr"}, "Zofia"),
    ("Lou and Sam, last Friday night Reuben (3) was found alone in the car park behind the flats.",
     {"Lou", "Sam"}, "Reuben"),
])
def test_names_spoken_to_before_a_child_named_by_age_are_the_adults(nlp, text, adults, child):
    children, grown = read(nlp, text)
    assert adults <= grown
    assert child in children and not adults & children


@pytest.mark.parametrize("text, kids", [
    # the names are the subject and carry their own ages
    ("Amir and Zain, who are 7 and 5, share a bed with Mum since the move.", {"Amir", "Zain"}),
    # listed with a child named by age, not opening the sentence set off by a comma
    ("On Monday Poppy (5), Ruby and Jack walked home from school on their own.", {"Poppy"}),
    # no child named by age after the comma: nothing says who the names are
    ("Ruby and Jack, the worry is that nobody collects them from school.", set()),
])
def test_near_misses_of_names_spoken_to_keep_their_reading(nlp, text, kids):
    children, grown = read(nlp, text)
    assert kids <= children
    assert not {"Amir", "Zain", "Ruby", "Jack"} & grown


# 2. A pregnant name, where the statement says what may happen to the baby itself.
def test_a_pregnant_name_is_the_mother_when_the_baby_is_spoken_of(nlp):
    children, grown = read(nlp, "Shannon is 30 weeks pregnant and we are worried the baby will be born into "
                                "a home where Kyle hits her.")
    assert "Shannon" in grown and "Shannon" not in children


def test_a_pregnant_name_with_only_her_babys_father_stays_as_before(nlp):
    # round 9 stands: a pregnant girl may be the child ("her baby's father" says nothing of her)
    children, grown = read(nlp, "Tia is pregnant and says her baby's father is 25.")
    assert "Tia" not in grown


def test_a_pregnant_girl_with_her_age_is_the_child(nlp):
    children, grown = read(nlp, "Skye (15) is pregnant and we are worried the baby will be born withdrawing.")
    assert "Skye" in children


# 3. A sister's word says nothing of age; a partner of one's own, at another mention, says adult.
def test_a_sister_with_a_husband_at_another_mention_is_an_adult(nlp):
    children, grown = read(nlp, "At the meeting were Janet, her sister Carol, Carol's husband Phil, Leo (6) "
                                "and Maya (4).")
    assert "Carol" in grown and "Carol" not in children
    assert {"Leo", "Maya"} <= children


def test_a_sister_of_a_child_stays_a_child(nlp):
    children, grown = read(nlp, "Leo (6) told his teacher that his sister Mia hides in the wardrobe when Dad shouts.")
    assert "Mia" in children and "Mia" not in grown


# 4. Whose home a child goes to, also a pair's ("Sue and Ray's house"), at every mention.
def test_the_pair_whose_home_a_child_moved_to_are_adults_at_every_mention(nlp):
    children, grown = read(nlp, "Since moving to Sue and Ray's house in May, Tyler (7) has wet the bed most nights, "
                                "and he hides upstairs when Ray shouts at the telly.")
    assert "Ray" in grown  # (the first owner, "Sue", is not read as a name at all: left as it was)
    assert "Tyler" in children and not {"Sue", "Ray"} & children


def test_a_party_at_a_name_is_no_home(nlp):
    found = P.people(nlp("Tyler (7) and Mia went to Sophie's party on Saturday and came home at midnight."))
    assert not any("home" in p.evidence for p in found.adults if p.name == "Sophie")


# 5. A club one goes to, and the word after a brand, are not people.
@pytest.mark.parametrize("text, club", [
    ("Maisie (10) has stopped going to Brownies since Dad moved back in.", "Brownies"),
    ("Dad no longer takes Kai (9) to Cadets because he has lost his licence.", "Cadets"),
    ("Ryan, 29, has been messaging Kai (13) on Xbox Live after midnight.", "Live"),
])
def test_a_club_or_a_brands_word_is_no_person(nlp, text, club):
    children, grown = read(nlp, text)
    assert club not in children and club not in grown


@pytest.mark.parametrize("text, name", [
    # a given name ending in "s" one goes to is still a person
    ("Maisie (10) goes to Jess after school while Mum works.", "Jess"),
    # a name after "to" that is no club: the one a child ran to
    ("Kai (9) ran to Marcus when Dad started shouting.", "Marcus"),
])
def test_a_name_ending_in_s_one_goes_to_is_still_a_person(nlp, text, name):
    children, grown = read(nlp, text)
    assert name in children | grown


# 6. A nickname in quotes inside a person's name: one person, whose age is after the surname.
@pytest.mark.parametrize("text, adult", [
    ("Found at the flat were Tia (15), Dean 'Deano' Price (35) and Kai (9).", "Dean"),
    ("Staying at the house were Leon (16) and Carl “Smudge” Wright (41).", "Carl"),
])
def test_a_quoted_nickname_inside_a_name_is_one_person(nlp, text, adult):
    found = P.people(nlp(text))
    grown = {p.name for p in found.adults}
    children = {p.name for p in found.children}
    assert adult in grown and adult not in children


def test_a_quoted_name_alone_is_no_nickname(nlp):
    # a name in quotes after a verb, with no surname after it, joins nothing
    found = P.people(nlp("Kai (9) calls his brother 'Big Man' and Ruby (4) laughs."))
    assert {"Kai", "Ruby"} <= {p.name for p in found.children}
