"""Round 30: under redaction a child is labelled as a child and an adult as an adult, as the shared
people analysis reads the original text; a person's name is never turned into a place or a date.
Cases written for this round; near misses check that adults stay adults."""
from __future__ import annotations

import re

import pytest

from sos_lint.api import engine
from sos_lint.redact import Redactor


@pytest.fixture(scope="module")
def nlp():
    return engine().nlp


def _redacted(nlp, text: str) -> str:
    return Redactor(nlp).redact(text).text


def _left(text: str, words: list[str]) -> list[str]:
    return [w for w in words if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)]


# -- children whose names are also words stay children ------------------------------------------

def test_child_named_with_a_weather_word_and_you_is_a_child(nlp):
    # "Sky" is coordinated with "you" and is the one who must get to school: the child.
    out = _redacted(nlp, "Mum, you and Sky need Sky to be at school on time every day. Sky will catch up "
                         "with his friends. If this doesn't happen, Sky may fall so far behind that he leaves "
                         "school with no exams.")
    assert "Sky" not in out
    assert "Adult" not in out and "[place]" not in out
    assert out.count("Child A") == 4


def test_child_named_after_a_month_is_a_child_not_a_date(nlp):
    out = _redacted(nlp, "The childminder is worried about April, who is four. April has come to nursery "
                         "hungry three times this month, and most days April now arrives after ten.")
    assert _left(out, ["April"]) == []
    assert "[date]" not in out
    assert out.count("Child A") == 3


def test_vocative_child_in_a_goal_is_a_child(nlp):
    # A name spoken to before a clause that speaks to "you" is the child.
    out = _redacted(nlp, "Storm, when you feel angry at school, you can go to the quiet room and Mr Okafor "
                         "will sit with you until you feel calm.")
    assert _left(out, ["Storm", "Okafor"]) == []
    assert out.startswith("Child A,")
    assert "Adult 1 will sit" in out and "[place]" not in out  # the teacher is a person, not a place


def test_child_beside_you_in_a_goal_is_a_child(nlp):
    out = _redacted(nlp, "Dad, you and Joy will go to the park every Saturday, and Joy will feel safe with you.")
    assert _left(out, ["Joy"]) == []
    assert out.count("Child A") == 2 and "Adult" not in out


def test_child_whose_name_the_redactor_missed_is_still_redacted(nlp):
    out = _redacted(nlp, "Mum will make sure Summer is up by 7.30 and walk her to the school gate every day. "
                         "Auntie Leanne will do the school run on Tuesdays.")
    assert _left(out, ["Summer", "Leanne"]) == []
    assert "Child A is up" in out and "Auntie Adult 1" in out


# -- near misses: adults stay adults --------------------------------------------------------------

def test_professional_named_beside_her_role_is_an_adult(nlp):
    out = _redacted(nlp, "Nadia, the health visitor, is worried that Kai (2) was left alone in the bath. "
                         "Nadia saw the bruise on Kai's arm.")
    assert out.startswith("Adult 1, the health visitor")
    assert "Child A (2)" in out and "Child A's arm" in out


def test_partner_with_a_name_that_is_a_word_is_an_adult(nlp):
    out = _redacted(nlp, "Mum's partner Will has shouted at Ruby (6) every night this week. Will says he was tired.")
    assert "partner Adult 1" in out and "Adult 1 says" in out
    assert "Child A (6)" in out


def test_hyphenated_name_with_a_lower_case_part_goes_whole(nlp):
    out = _redacted(nlp, "The school nurse, Hyun-woo, saw that Mia (7) had no coat in the snow.")
    assert _left(out, ["Hyun", "woo", "Mia"]) == []
    assert "nurse, Adult 1, saw" in out and "Child A (7)" in out


def test_a_namesake_in_another_draft_keeps_their_own_role(nlp):
    # One redactor for a run of drafts: a child called Will in one and an adult called Will in
    # another are two people, and the adult is never given the child's label.
    redactor = Redactor(nlp)
    first = redactor.redact("Dad drove Will (5) to nursery after drinking. Will was frightened.").text
    second = redactor.redact("Mum's partner Will has shouted at Ruby (6). Will says he was tired.").text
    assert "Child A (5)" in first
    assert "partner Adult" in second and "Child A" not in second


def test_a_real_date_beside_a_name_stays_a_date(nlp):
    out = _redacted(nlp, "On 14 April Dad pushed Mum into the wall while Ellie (4) watched from the stairs.")
    assert "[date]" in out and _left(out, ["April", "Ellie"]) == []
    assert "Child A (4)" in out


def test_one_name_keeps_one_role_through_a_draft(nlp):
    # The child is spoken to beside "you" once and then named as the one the goal is for: every
    # mention is the same child, never "Adult 1" at the start and "Child A" after.
    out = _redacted(nlp, "Dad, you and Toby need a home where Toby can sleep without being woken by shouting. "
                         "For this to happen, Toby will have his own room, and Nan will sit with Toby at bedtime. "
                         "Toby will feel calm at night.")
    assert _left(out, ["Toby"]) == []
    assert "Adult" not in out and out.count("Child A") == 5


def test_a_name_run_into_a_month_is_split_from_the_date(nlp):
    # The tagger runs "January Amber" into one date; the month stays a date, the child is a child.
    out = _redacted(nlp, "The class teacher has noticed that since January Amber, who is 8, has come to school "
                         "without breakfast. Amber has asked the lunch staff for seconds every day.")
    assert _left(out, ["January", "Amber"]) == []
    assert "since [date] Child A, who is 8" in out and out.count("Child A") == 2
