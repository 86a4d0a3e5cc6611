"""Round 32 (people32): adults no longer taken as the child, read from the parse. Every sentence
is new, written for these tests (not taken from a probe, parts or people set).

(A) Whom "her"/"his" points back to: a date ("on 3 October") or a body's initials ("at MARAC")
    is never that person, and a subject "she"/"he" of the same sex is the same person as the
    name before it ("Keeley … has told me she … with her partner Clay"), so her partner or ex
    makes the name an adult.
(B) "she is 14 weeks pregnant" after a name says how far on a pregnancy is, not the name's age.
    (Being pregnant alone still makes no adult: round 9.)
(C) "he"/"she" after "their dad, Ruaridh," points back to the name set beside the subject, so
    "his sister Morag" is the dad's sister, of an adult's generation.
(D) A lower-case person noun no list knows, owned by a family adult and set before a name ("Mum's
    new fella Bill", "Dad's old bloke Gaz"), is of the adult's generation. Not a child's word
    ("Mum's baby Ivy"), nor a noun owned by a child.
(E) In a list of three or more names where at least two children carry an age in brackets, a
    name with no age is one of the adults. Not where an adult of the list is given an age too,
    nor where a name with no age reads as a child on its own evidence.
(G) The one a partner word names ("her fiancé Jordan", "his wife Clare") is an adult, as the
    owner of such a partner is; one named by an in-law word ("her sister-in-law Adaeze") is family
    by marriage, an adult. A boyfriend or girlfriend still says nothing (a young person may have one).
(H) Having children of one's own said by a verb joined to the subject's own verb by "and", with
    no subject of its own ("X and Y met at college and had two boys"), makes the subjects adults;
    not having friends over, nor a verb with a subject of its own.
(I) A date ("on 3 May") is no person standing before a name, and what "she" has in her own
    clause after the name ("Tina rang on Friday: she has left her husband") is the name's.
(J) A past age followed in the sentence by "she is now N" ("Sophie was 16 when she had Lucas,
    and she is now 22") gives the age now; and "she is N" after a name that is the object of a
    verb whose subject is that same "she" is not the object's age.
(F) A case note's count of children just before a list with no mark ("2 children present Max 6
    and Honey 3 -") gives the bare numbers as ages; not "saw Max 6 times".
"""
from __future__ import annotations

import pytest

from sos_lint.people import people
from test_people_round27 import _roles, nlp  # noqa: F401  (nlp: the pipeline fixture)


def _check(nlp, text, adults=(), children=()):
    roles = _roles(nlp, text)
    for name in adults:
        assert roles.get(name) == "adult", (name, roles)
    for name in children:
        assert roles.get(name) == "child", (name, roles)
    return roles


def _evidence(nlp, text, name):
    return next((p.evidence for p in people(nlp(text)).everyone if p.name.split()[-1] == name), None)


# (A) whom "her" points back to
@pytest.mark.parametrize("text, adults, children", [
    ("Shona was seen at the clinic on 12 March after her ex-husband Grant broke her wrist.", ("Shona", "Grant"), ()),
    ("Bryony was discussed at MARAC on 2 June after her partner Lewis kicked the door in, and Bryony's friend "
     "Gemma has said Ziggy can stay with her.", ("Bryony", "Lewis", "Gemma"), ("Ziggy",)),
    ("Tamsin is 28 weeks pregnant and has told me she is still drinking every night with her partner Wes.",
     ("Tamsin", "Wes"), ()),
])
def test_her_partner_through_dates_initials_and_she(nlp, text, adults, children):
    _check(nlp, text, adults, children)


@pytest.mark.parametrize("text, children", [
    # "she" between: the girl's own brother; nothing says Ruby has a partner or children.
    ("Ruby (12) said that she is scared of her brother Kade when he has been drinking.", ("Ruby",)),
    # a boyfriend is no partner of one's own: a girl may have one (round 9)
    ("Kayla told me on 4 May that she wants to move in with her boyfriend Mo.", ("Kayla",)),
    # "her" after "he": not his
    ("Orla (9) told me he shouts at her sister Nell every morning.", ("Orla",)),
])
def test_her_not_pointed_back_wrongly(nlp, text, children):
    _check(nlp, text, children=children)


# (B) weeks pregnant is no age
def test_weeks_pregnant_after_she_is_no_age(nlp):
    text = ("At the booking visit Parveen had a black eye and would not talk while Asif stayed in the room; "
            "she is 12 weeks pregnant and their son Zayan is 3.")
    roles = _check(nlp, text, adults=("Parveen",), children=("Zayan",))
    assert roles.get("Asif") != "child", roles


def test_she_is_an_age_still_reads(nlp):
    _check(nlp, "I rang Poppy back; she is 14 and frightened to go home.", children=("Poppy",))


def test_pregnant_alone_still_no_adult(nlp):
    # round 9 stands: a pregnant girl may be the child
    _check(nlp, "Tegan is 16 weeks pregnant and her mum has asked her to leave home.", children=("Tegan",))


# (C) the dad set beside his name owns "his sister"
@pytest.mark.parametrize("text, adults, children", [
    ("Nell (8) and Ruben (5) will be safe at night: when their dad, Fergus, feels the low mood coming, he will "
     "phone his sister Kirsty, and Kirsty will stay over.", ("Fergus", "Kirsty"), ("Nell", "Ruben")),
])
def test_dad_beside_his_name_owns_his_sister(nlp, text, adults, children):
    _check(nlp, text, adults, children)


def test_a_boys_sister_stays_a_child(nlp):
    # "he" points to the boy (the subject named by age), so "his sister" is his
    _check(nlp, "When Alfie (10) gets home from school he looks after his sister Bea.", children=("Alfie", "Bea"))


# (D) an adult's own people by a word no list knows
@pytest.mark.parametrize("text, adult", [
    ("Jaden says Mum's new fella Shaun is sound.", "Shaun"),
    ("Lola is scared of Dad's old bloke Gaz, who stays most weekends.", "Gaz"),
])
def test_adults_unlisted_person_noun(nlp, text, adult):
    _check(nlp, text, adults=(adult,))


@pytest.mark.parametrize("text, child", [
    ("Mum's baby Ivy has had no health visitor check since May.", "Ivy"),
    ("Mum's little one Pip was found in the street at 10pm.", "Pip"),
    ("Dad's little princess Ava has not been to school since May.", "Ava"),
])
def test_adults_child_word_stays_a_child(nlp, text, child):
    _check(nlp, text, children=(child,))


def test_a_word_of_either_generation_says_nothing(nlp):
    # "lad" may be Mum's son as well as a grown-up: it says nothing of the generation
    text = "Mum says Kacey has no friends, and Mum's lad Shaun is always out."
    assert not (_evidence(nlp, text, "Shaun") or "").endswith("lad"), _evidence(nlp, text, "Shaun")


# (E) an unaged name in a list of children given their ages
def test_unaged_names_in_an_aged_list_are_adults(nlp):
    text = "At the core group were Maxine, Trevor, Kobe (13), Star (9) and Glenys. Maxine said the bills are late."
    _check(nlp, text, adults=("Maxine", "Trevor", "Glenys"), children=("Kobe", "Star"))


@pytest.mark.parametrize("text, children, unaged", [
    # one child with an age only: too little to say the writer ages every child
    ("Bodhi, Finn (6) and Mabel go to the same breakfast club.", ("Finn",), ("Bodhi", "Mabel")),
    # an adult of the list has an age too: the writer gives everyone an age
    ("At home were Wendy (44), Rio (12), Saffie (8) and Tom.", ("Rio", "Saffie"), ("Tom",)),
])
def test_aged_list_near_misses(nlp, text, children, unaged):
    _check(nlp, text, children=children)
    for name in unaged:
        assert _evidence(nlp, text, name) != "listed with children given their ages, and given none", name


# (F) a case note's count of children before the list
def test_counted_children_note(nlp):
    text = "Police log 01:10. 3 kids present Remy 8, Suki 5 and Tia 2 - all in one bed. Dad arrested."
    _check(nlp, text, children=("Remy", "Suki", "Tia"))


def test_count_then_verb_is_no_age_list(nlp):
    doc = nlp("The 2 children saw Max 6 times this year, and Dad says Max is his mate.")
    assert not any(p.evidence.startswith("age") for p in people(doc).everyone), people(doc)


# (G) partners and in-laws
@pytest.mark.parametrize("text, adults, children", [
    ("Paige has told the midwife she is still using with her fiance Jordan, and the baby is due in May.",
     ("Paige", "Jordan"), ()),
    ("Faith was at the school gate with her sister-in-law Adaeze when Tobi fell off the wall.", ("Adaeze",), ("Tobi",)),
])
def test_partner_and_in_law_words_name_adults(nlp, text, adults, children):
    _check(nlp, text, adults, children)


def test_a_boyfriend_makes_no_adult_of_the_girl(nlp):
    _check(nlp, "Skye told me that her boyfriend Reece wants her to stay over at his on Saturday.", children=("Skye",))


# (H) children of one's own through a joined verb
@pytest.mark.parametrize("text, adults, children", [
    ("Rhian and Josh got together at college and now have two girls, Maisie and Cara.", ("Rhian", "Josh"), ()),
    ("Tegan left care at 18 and has three children, and Dad worries about Ruby.", ("Tegan",), ()),
])
def test_own_children_through_a_joined_verb(nlp, text, adults, children):
    _check(nlp, text, adults, children)


@pytest.mark.parametrize("text, children", [
    ("Lacey (15) and Kian (13) come home late and have friends over every night.", ("Lacey", "Kian")),
    ("Amber stays up late and Mum has two jobs, so Amber gets herself to school.", ("Amber",)),
])
def test_joined_verb_near_misses(nlp, text, children):
    _check(nlp, text, children=children)


# (I) dates before the name; what "she" has in her own clause
@pytest.mark.parametrize("text, adult", [
    ("Carly rang on Monday: she has left her husband and gone to her sister's.", "Carly"),
    ("After the core group on 9 June, Nicole told the PCSO she had thrown her partner out.", "Nicole"),
])
def test_she_in_her_own_clause(nlp, text, adult):
    _check(nlp, text, adults=(adult,))


@pytest.mark.parametrize("text, child", [
    ("Ruby (14) said on Friday that she hates her mum's partner.", "Ruby"),
    ("Skye rang on Monday: she says her boyfriend is outside the school.", "Skye"),
])
def test_she_in_her_own_clause_near_misses(nlp, text, child):
    _check(nlp, text, children=(child,))


# (J) an age then and an age now
def test_past_age_then_age_now(nlp):
    _check(nlp, "Demi was 15 when she had Cody, and she is now 21.", adults=("Demi",), children=("Cody",))


def test_past_age_then_child_age_now(nlp):
    _check(nlp, "Hope was 12 when she first went missing, and she is now 14.", children=("Hope",))
    assert _evidence(nlp, "Hope was 12 when she first went missing, and she is now 14.", "Hope") == "age 14"


def test_past_age_alone_still_reads(nlp):
    assert _evidence(nlp, "Hope was 13 when she first ran away.", "Hope") == "age 13"
