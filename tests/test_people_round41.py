"""Round 41 (r41d): who is who. Set 39 (opened this round; first sight: child recall 0.952, four
adults taken as the child), round 40's leftover ("Mr Okafor" and "Ms Okafor" read as one person)
and the advice's doer read from the people analysis, mended by class from the parse, never from the
names: one family name under two kinds of title is two people; the name a baby is (to be) given is
the child's; a pregnancy said "at N weeks pregnant" makes the statement's child the unborn baby; an
age adjective after an owner's word ("her 20-year-old son"); "on" hung on a word for a person (an
app or a place, not a person); a growth chart's centiles. Every sentence here is our own wording
(other names, other harms), with near misses that must not change."""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from sos_lint.people import people


@pytest.fixture(scope="module")
def eng():
    return engine()


def _read(eng, text):
    found = people(next(iter(eng.parse([text]))))
    return ({p.name for p in found.children}, {p.name for p in found.adults}, found)


# -- one family name, two titles -------------------------------------------------------------------

@pytest.mark.parametrize("text, adults", [
    ("Mr Adeyemi pushed Mrs Adeyemi down the stairs while Kemi (6) watched from the landing.",
     {"Mr Adeyemi", "Mrs Adeyemi"}),
    ("Ms Kowalski says Mr Kowalski takes her bank card, and Zofia (9) has had no school dinners this term.",
     {"Ms Kowalski", "Mr Kowalski"}),
    ("Miss Doherty rang the police when Mr Doherty smashed the kitchen window; Niamh, who is 4, was asleep upstairs.",
     {"Miss Doherty", "Mr Doherty"}),
])
def test_one_family_name_under_two_titles_is_two_adults(eng, text, adults):
    children, found_adults, found = _read(eng, text)
    assert adults <= found_adults
    assert len([p for p in found.adults if p.name in adults]) == 2
    assert not {a.split()[-1] for a in adults} & children


@pytest.mark.parametrize("text, baby, adult", [
    ("Baby Mensah was sent home from the neonatal unit on Friday, and Ms Mensah has not given the "
     "evening feed since Saturday, her neighbour says.", "Baby Mensah", "Ms Mensah"),
    ("Mrs Lindqvist left Baby Lindqvist in the car outside the pub for forty minutes on Sunday.",
     "Baby Lindqvist", "Mrs Lindqvist"),
])
def test_a_baby_and_a_titled_adult_of_one_family_name(eng, text, baby, adult):
    children, adults, found = _read(eng, text)
    assert baby in children
    assert adult in adults
    child = next(p for p in found.children if p.name == baby)
    assert text[child.spans[0][0]:child.spans[0][1]] == baby  # the words naming the baby keep "Baby"


@pytest.mark.parametrize("text, adult", [
    # near misses: one person written the same way twice, or two titles that may be one woman's
    ("Mr Farouk shouted at Aisha (7) and then Mr Farouk drove off.", "Mr Farouk"),
    ("Mrs Obi told me Ms Obi is her own name since the divorce, and Chidi (5) lives with her.", "Mrs Obi"),
])
def test_one_person_under_one_kind_of_title_stays_one(eng, text, adult):
    _, adults, found = _read(eng, text)
    assert adult in adults
    assert len(found.adults) == 1


def test_a_baby_named_by_a_given_name_keeps_the_given_name(eng):
    children, _, _ = _read(eng, "Baby Clover was born at 33 weeks and Dad has not visited the ward.")
    assert "Clover" in children


# -- the name a baby is to be given -------------------------------------------------------------------

@pytest.mark.parametrize("text, child, mother", [
    ("The midwife is worried that Shannon is smoking heavily at 34 weeks pregnant and that the baby, "
     "whom she plans to call Meadow, will be born small.", "Meadow", "Shannon"),
    ("Ruth is 29 weeks pregnant with a boy she has already named Hunter, and her partner Cal still "
     "keeps a machete under the bed.", "Hunter", "Ruth"),
])
def test_the_name_given_to_a_baby_is_the_child(eng, text, child, mother):
    children, adults, _ = _read(eng, text)
    assert child in children
    if mother:
        assert mother in adults and mother not in children


@pytest.mark.parametrize("text, adult", [
    # near misses: "called" names an adult where no baby or pregnancy is spoken of
    ("Skye (14) has been staying out with an older man called Dex who gives her vodka.", "Dex"),
    ("Ellis (12) says a boy called Kai at the skate park sold him a vape.", None),
])
def test_called_without_a_baby_is_not_a_babys_name(eng, text, adult):
    children, adults, _ = _read(eng, text)
    if adult:
        assert adult not in children
    else:
        assert "Kai" not in adults  # nothing new said of him either way


# -- a pregnancy said with "at" --------------------------------------------------------------------------

def test_pregnant_mother_at_n_weeks_is_not_the_child(eng):
    children, adults, _ = _read(eng, "Jodie is still injecting at 26 weeks pregnant and the baby could be "
                                      "born dependent on heroin.")
    assert "Jodie" not in children and "Jodie" in adults


def test_pregnant_girl_with_nothing_else_said_is_still_read_as_before(eng):
    # near miss (round 9 stands): a pregnant girl may be the child; no baby is spoken of as the one harmed
    children, _, _ = _read(eng, "Mercy (15) is 20 weeks pregnant and her boyfriend Troy is 24.")
    assert "Mercy" in children


# -- an age after an owner's word -------------------------------------------------------------------------

@pytest.mark.parametrize("text, adult, child", [
    ("Bree drove home drunk with Tia in the back, and Marcus, her 19-year-old son, was in the passenger seat; "
     "Tia is 5.", "Marcus", "Tia"),
    ("Harvey, his 23-year-old nephew, has been staying on the sofa since Lola (8) came home from hospital.",
     "Harvey", "Lola"),
])
def test_an_adults_age_after_an_owners_word(eng, text, adult, child):
    children, adults, _ = _read(eng, text)
    assert adult in adults and adult not in children
    assert child in children


def test_a_childs_age_after_an_owners_word(eng):
    children, _, _ = _read(eng, "Dean locked Ruby, his 6-year-old daughter, in the bathroom on Friday.")
    assert "Ruby" in children


# -- "on" hung on a word for a person --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # (guards: the tagger does not take these app names for people on main either; set 39's row did)
    "Since half term, Mia (12) has been talking every night to a man on Chatterly who says he is 16.",
    "Jayden (14) met an older boy on Flickchat who asked him to carry a parcel to Leeds.",
])
def test_on_after_a_person_word_is_an_app_not_a_person(eng, text):
    children, _, found = _read(eng, text)
    app = "Chatterly" if "Chatterly" in text else "Flickchat"
    assert app not in children
    assert {"Mia", "Jayden"} & children


def test_the_impact_on_a_named_child_is_still_the_child(eng):
    # near miss: "on" after a thing, not after a person
    children, _, _ = _read(eng, "The shouting has had a big impact on Willow, who is 7, and she wets the bed.")
    assert "Willow" in children


# -- a growth chart's centiles ---------------------------------------------------------------------------

def test_owner_of_weight_on_a_centile_chart_is_a_child(eng):
    children, _, _ = _read(eng, "Idris's weight has fallen from the 75th to the 25th centile since Mum "
                                "started working nights, and she says she cannot manage the feeds and Amir (3) alone.")
    assert "Idris" in children


def test_owner_of_weight_with_no_centile_is_not_made_a_child(eng):
    # near miss: an adult's weight, with a child named by age
    children, _, _ = _read(eng, "Karen's weight has dropped to seven stone since she started drinking again, "
                                "and Leo (4) is often left alone.")
    assert "Karen" not in children


# -- a season's name at the end of a sentence (review41a P#11) --------------------------------------------

@pytest.mark.parametrize("text, child", [
    ("Dad will stay sober and keep to the bedtime routine with Autumn.", "Autumn"),
    ("Nan says the shouting is worst when Mum argues with Winter.", "Winter"),
])
def test_a_season_after_a_persons_word_at_the_sentence_end_is_a_name(eng, text, child):
    children, _, _ = _read(eng, text)
    assert child in children


@pytest.mark.parametrize("text", [
    "Mum says her mood always dips towards winter.",
    "The heating broke in the Summer.",
    "Dad drinks more around Christmas and since Summer.",
])
def test_a_season_after_a_time_word_is_no_name(eng, text):
    children, adults, _ = _read(eng, text)
    assert not {"Summer", "Winter"} & (children | adults)


# -- the advice's doer read from the people analysis (checks/advice_actor.py) ------------------------------

def _doer(eng, text, word, kind="goal"):
    from sos_lint.checks import advice_actor
    from sos_lint.checks.base import Context

    doc = next(iter(eng.parse([text])))
    ctx = Context(doc=doc, kind=kind, config=eng.config, lexicons=eng.lexicons)
    token = next(t for t in doc if t.text == word)
    return advice_actor._said(ctx, token)


@pytest.mark.parametrize("text, word, said", [
    ("The stepmother will stop shouting at Lacey (9) when she comes home late.", "stepmother", ("Mum", False)),
    ("Our worry is that the father keeps driving Kian (6) to school after drinking.", "father", ("Dad", False)),
    ("The grandmother will collect Noah (5) from school every Friday.", "grandmother", ("Nan", False)),
])
def test_a_parent_word_the_people_analysis_reads_as_family_is_said_plainly(eng, text, word, said):
    assert _doer(eng, text, word) == said


def test_one_child_said_with_a_childs_word_is_named(eng):
    assert _doer(eng, "Amira (15) has been missing twice; the teenager will ring Nan if she is out after ten.",
                 "teenager") == ("Amira", True)


@pytest.mark.parametrize("text, word", [
    # a plural stands for several children, not the one the statement names (before round 41 it was
    # said as that one child)
    ("Jonah (7) is scared at night, and the children will sleep at Nan's when Dad has been drinking.", "children"),
    # "the baby" may be another child than the one named (an older brother here)
    ("Reuben (4) shares a room with the baby, and the baby will sleep in her own cot.", "baby"),
    # an aunt or a partner is family, but the advice has no plain word to say them by
    ("The aunt will take Rosa (8) to school on Mondays.", "aunt"),
])
def test_near_miss_a_doer_the_advice_cannot_say_as_the_named_child_or_a_parent(eng, text, word):
    assert _doer(eng, text, word) is None


# -- the midwife's report (review41m): the baby with no name yet, and a young mother -------------------

def _child_name(eng, text):
    from sos_lint.checks import analysis
    from sos_lint.checks.base import Context

    doc = next(iter(eng.parse([text])))
    return analysis.child_name(Context(doc=doc, kind="worry", config=eng.config, lexicons=eng.lexicons))


@pytest.mark.parametrize("text", [
    # M#1: a mother of 16 or 17 in a statement about her baby is not the child its suggestions name
    "Health visitor worried re unborn baby. Tegan (16) is 31/40 and still smoking cannabis daily with FOB.",
    "Our worry is for the baby: Nadia, who is 17, booked at 27/40 and has declined both scans.",
    "Kerry-Ann (17) did not tell anyone she was pregnant until 30 weeks, and the baby could be born with no one ready.",
])
def test_a_young_mother_in_her_babys_statement_is_not_the_child_named(eng, text):
    assert _child_name(eng, text) == "the baby"


@pytest.mark.parametrize("text, child", [
    # near misses: a pregnant girl in a statement that says nothing of a baby is still the child named
    ("Leah (15) is 22 weeks pregnant and her boyfriend Connor, who is 23, takes her phone.", "Leah"),
    # and a baby's own name is named before the mother
    ("Baby Mirza is due on 9 March, and Zainab (17) has missed her 28-week scan.", "Baby Mirza"),
])
def test_near_miss_the_named_child_stays(eng, text, child):
    assert _child_name(eng, text) == child


@pytest.mark.parametrize("text, child", [
    # M#5: a newborn called "Baby" and the family name at every mention is said so in suggestions
    ("Baby Kaur was born at 35 weeks on 2 March and Mum has not visited the neonatal unit since Tuesday.",
     "Baby Kaur"),
])
def test_a_baby_called_by_the_family_name_is_said_whole(eng, text, child):
    assert _child_name(eng, text) == child


def test_near_miss_a_child_named_once_without_baby_keeps_the_given_name(eng):
    assert _child_name(eng, "Since Baby Juniper came home, Dad has left Juniper (5 weeks) alone in the flat twice.") \
        == "Juniper"


@pytest.mark.parametrize("text", [
    # M#3: a capitalised word of a noun's phrase opening a sentence is nobody's name
    "Mum to stop drinking. Safe sleep advice to be followed at all times. HV to weigh baby weekly.",
    "Dad to move out. Clean bottles to be ready for every feed.",
])
def test_a_word_of_a_nouns_phrase_opening_a_sentence_is_no_child(eng, text):
    children, _, _ = _read(eng, text)
    assert not {"Safe", "Clean"} & children


def test_near_miss_a_name_before_its_verb_is_still_read(eng):
    children, _, _ = _read(eng, "Mum told me Kacey sleeps in her bed most nights and Dad shouts at her.")
    assert "Kacey" in children


# -- harm to a pregnant woman (review41m M#2) -------------------------------------------------------------

@pytest.mark.parametrize("text, adult", [
    ("We are worried that Will kicked Kerys in the back on 2 May, when she was 26 weeks pregnant with their son.", "Will"),
    ("Marlon slapped Amy across the face when she was 33 weeks pregnant.", "Marlon"),
])
def test_one_who_harms_a_pregnant_woman_is_an_adult(eng, text, adult):
    children, adults, _ = _read(eng, text)
    assert adult in adults and adult not in children


def test_near_miss_harm_when_she_was_upset_says_nothing_of_age(eng):
    children, adults, _ = _read(eng, "Kai (14) hit Lily when she was upset at school.")
    assert "Kai" in children and "Kai" not in adults
