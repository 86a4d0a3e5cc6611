"""Round 34 (r34a): the rewrite's sentences as a family reads them (review34 P#2, review34d D#1, D#2,
D#5, D#6, D#8, D#10). Every case is written for this file, with near misses that must not change.

1. A passive turned round only gives a pronoun's place to a subject that is a person ("Her housing
   situation is affected by her debts" stays; "The boy was kicked by his brother" turns round).
2. New grammar counts: possessive_on_verb ("to parent's"), two_verb_groups ("will do so will
   result"), dangling_verb ("… and make sure.").
3. A noun's infinitive ("A refusal to take part will lead …") is not a note-form plan's "to".
4. A flagged clause that is the only object of "make sure"/"ensure" takes that verb with it.
5. Words taken out never go silently: a question stands in their place and the note names them.
6. A rewrite of a rewrite asks nothing twice and never asks a name on a possessive.
7. "[Who is worried?] is worried that" never leads a sentence saying who a parent is.
8. "It is reported that" keeps whose account it is; an offence on record is never blanked; no
   future question after a sentence that says what could happen; "[Who …] from X is worried";
   "Parents must …" is not made "You must …".
"""
from __future__ import annotations

import re

import pytest

from sos_lint.rewrite import fidelity, rewrite


@pytest.fixture(scope="module")
def nlp():
    from sos_lint.api import engine

    return engine().nlp


def _questions(text: str) -> list[str]:
    return re.findall(r"\[[^\[\]]+\]", text)


def says(draft: str, kind: str, name: str, present=(), absent=()):
    """A row of test_the_rewrite_says: the rewrite of `draft` holds all the words in `present` and none
    of those in `absent` (the sections below add their rows; the test is at the end of the file)."""
    return pytest.param(draft, kind, tuple(present), tuple(absent), id=name)


# ---- 1. passive with a possessive ---------------------------------------------------------
SAYS = [
    says("Her housing situation is affected by her debts.", "worry",
         "a_thing_with_a_possessive_is_not_given_the_doers_pronoun",
         present=["housing situation is affected by her debts"], absent=["situation's", "affect her"]),
    says("The boy was kicked by his brother on Friday.", "worry", "a_person_subject_still_turns_round_near_miss",
         present=["the boy's brother kicked him on Friday"]),
]


# ---- 2. the new counts --------------------------------------------------------------------
# (draft, rewrite, the count, what it must be): each count read once where it must fire and once on
# a near miss where it must not.
COUNTS = [
    pytest.param("His caring role is limited by his illness.", "His ability to care's illness limits him.",
                 "possessive_on_verb", 1, id="possessive_on_a_verb_is_counted"),
    pytest.param("Ben went home.", "Ben went to Nan's house and then to the child's school.",
                 "possessive_on_verb", 0, id="a_possessive_after_to_on_a_name_or_with_an_article_is_not_counted"),
    pytest.param("A refusal to take part will lead to a review.", "A refusal will take part will lead to a review.",
                 "two_verb_groups", 1, id="two_verb_groups_are_counted"),
    pytest.param("Dad will cook and Mum will clean.", "Dad will cook tea and Mum will clean the flat.",
                 "two_verb_groups", 0, id="two_verb_groups_joined_by_and_are_not_counted"),
    pytest.param("Gran will walk Sam to school and ensure he is not late.",
                 "Gran will walk Sam to school and make sure.",
                 "dangling_verb", 1, id="a_verb_left_without_its_clause_is_counted"),
    pytest.param("Dad shouted at Kim and then he left.", "Dad shouted at Kim. Then he left.",
                 "dangling_verb", 0, id="a_verb_that_ends_its_sentence_in_the_draft_too_is_not_counted"),
]


@pytest.mark.parametrize("before,after,count,expected", COUNTS)
def test_the_new_counts(nlp, before, after, count, expected):
    assert fidelity.compare(nlp(before), nlp(after)).counts[count] == expected


# ---- 3. a noun's infinitive is not a plan's "to" ---------------------------------------------
SAYS += [
    says("Dad to go to every contact session. A refusal to take part will lead to a review meeting.", "goal",
         "a_nouns_infinitive_keeps_its_to",
         present=["A refusal to take part will lead to a review meeting"], absent=["refusal will take part"]),
    says("Dad to take Ben to nursery every morning.", "goal", "a_note_form_plan_still_gets_will_near_miss",
         present=["will take Ben to nursery every morning"]),
]


# ---- 4. "make sure" never left with nothing -----------------------------------------------
SAYS += [
    says("Nan will cook tea each night and make sure Kayla is in bed by 9pm.", "goal",
         "make_sure_with_a_clause_nothing_flags_stays_near_miss", present=["make sure Kayla is in bed by 9pm"]),
]


def test_make_sure_goes_with_the_flagged_clause_it_needed():
    text = rewrite("Nan will cook tea each night and make sure Kayla is not associating with older men.",
                   "goal").text
    bare = fidelity.without_placeholders(text)
    assert not re.search(r"\bmake sure\s*[.;]", bare) and "is not associating" not in bare
    assert "Nan will cook tea each night" in text
    assert any("older men" in q for q in _questions(text))  # who the child is kept from stays


# ---- 5. nothing taken out silently --------------------------------------------------------
def test_a_second_flagged_sentence_gets_its_own_question_and_a_note():
    result = rewrite("Aisha (14) is putting herself at risk by associating with adult men. Mum cannot set "
                     "boundaries and Aisha is beyond parental control.", "worry")
    bare = fidelity.without_placeholders(result.text)
    assert "beyond parental control" not in bare
    # the sentence's place holds a question of its own (the check's own advice), not nothing
    assert any("pulling Aisha away from home" in q for q in _questions(result.text))
    assert any("beyond parental control" in n and "taken out" in n for n in result.notes)


def test_a_draft_with_nothing_flagged_has_no_taken_out_note_near_miss():
    result = rewrite("On 4 April Dad hit Leon (6) with a belt in the kitchen. Leon's teacher saw the marks.",
                     "worry")
    assert not any("taken out" in n for n in result.notes)


# ---- 6. a rewrite of a rewrite ------------------------------------------------------------
SAYS += [
    says("The children's bedroom had no beds on 3 May. The children slept on the floor.", "worry",
         "a_role_word_with_a_possessive_is_not_made_a_name_question", absent=["names]'s", "name]'s"]),
]


@pytest.mark.parametrize("draft,kind", [
    ("Concerns have been raised by nursery about the children's weight since Dad moved out. They are often "
     "hungry.", "worry"),
    ("Carers to supervise YP and stop self-harming. Mum to attend the CAMHS appointments.", "goal"),
])
def test_rewriting_a_rewrite_asks_nothing_again(draft, kind):
    once = rewrite(draft, kind).text
    twice = rewrite(once, kind).text
    assert len(_questions(twice)) == len(_questions(once))
    assert twice.count("If nothing changes") <= 1 and twice.count("If this doesn't happen") <= 1
    assert "'s name]'s" not in twice and "names]'s" not in twice
    assert not re.search(r"\[[^\]]*\[", twice)  # no question inside a question


# ---- 7. the opener and who a parent is ----------------------------------------------------
SAYS += [
    says("Dad is a recovering alcoholic who lives alone. On 2 March Dad left Finn (3) alone in the flat for four "
         "hours.", "worry", "the_opener_skips_a_sentence_saying_who_a_parent_is",
         present=["is worried that on 2 March Dad left Finn (3) alone"], absent=["is worried that Dad is a"]),
    says("Mum pushed Zac (5) down the stairs on 1 June.", "worry",
         "the_opener_still_leads_a_sentence_of_what_a_parent_did_near_miss",
         present=["is worried that Mum pushed Zac (5) down the stairs on 1 June"]),
]


def test_the_opener_stands_alone_when_no_sentence_says_what_happened():
    text = rewrite("Mum has a learning disability.", "worry").text
    assert "is worried that Mum has" not in text
    assert re.search(r"is worried that \[what did the adults do or not do, and when\?\]\.", text)


# ---- 8. hedges, records, the future, number, obligations --------------------------------
SAYS += [
    says("It is reported that on 9 June Mr Cole slapped Amir (7) on the face.", "worry",
         "a_reported_account_keeps_its_hedge", present=["reports that on 9 June Mr Cole slapped Amir (7)"]),
    says("It is believed that on 9 June Mr Cole slapped Amir (7) on the face.", "worry",
         "a_belief_is_still_asked_about_as_a_worry_near_miss",
         present=["is worried that on 9 June Mr Cole slapped Amir (7)"]),
    says("On 8 May Dad threw a cup at Mum while Lily (4) watched. Lily is at risk of significant harm.", "worry",
         "no_future_question_after_a_sentence_of_risk", absent=["If nothing changes"]),
    says("On 8 May Dad threw a cup at Mum while Lily (4) watched.", "worry",
         "the_future_question_when_no_sentence_tells_it_near_miss",
         present=["If nothing changes, [what could happen to Lily?]"]),
    says("CSC are worried that Mum left Amir (7) alone overnight on 9 June.", "worry",
         "the_verb_after_an_organisation_agrees_with_who_is_worried",
         present=["from children's social care is worried that"], absent=["are worried"]),
    says("Parents must accept the worries about Ivy's weight.", "goal", "an_obligation_is_not_spoken_to_the_parents",
         absent=["You must accept", "you must accept"]),
    says("Mia will meet the child protection nurse every week. The child will go to nursery.", "goal",
         "a_role_word_naming_a_kind_of_worker_is_not_a_name_question", present=["the child protection nurse"]),
]


def test_an_offence_on_record_is_never_blanked():
    text = rewrite("The stepfather, Mr Dale Price, has a conviction for GBH in 2017.", "worry").text
    assert re.search(r"conviction for (?:GBH|grievous bodily harm) in 2017", text)


def test_a_plan_of_what_parents_will_do_is_still_spoken_to_them_near_miss():
    text = rewrite("Parents will take Ivy to the clinic every week.", "goal").text
    assert "you will take Ivy to the clinic every week" in text.replace("You will", "you will")


def test_rewriting_a_rewrite_never_asks_who_is_worried_inside_its_own_question():
    once = rewrite("CSC have concerns about Mum's drinking since March. On 2 May Mum was drunk when she "
                   "collected Ayo (6) from school.", "worry").text
    twice = rewrite(once, "worry").text
    assert twice.count("[Who is worried?") == once.count("[Who is worried?") == 1
    assert not re.search(r"\[[^\]]*\[", twice)


@pytest.mark.parametrize("draft,kind,present,absent", SAYS)
def test_the_rewrite_says(draft, kind, present, absent):
    text = rewrite(draft, kind).text
    for words in present:
        assert words in text
    for words in absent:
        assert words not in text
