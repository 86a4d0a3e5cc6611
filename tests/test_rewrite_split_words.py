"""A question put in place of a jargon term takes the whole term's place: never half of a
hyphenated word ("improve [What …?]-parenting") and never the preposition the sentence needs
("improve his [What …?] school")."""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from sos_lint.rewrite import fidelity, rewrite_many


@pytest.fixture(scope="module")
def eng():
    return engine()


SPLIT_TERMS = [
    ("goal", "Both parents will go to a separated parents group to improve their co-parenting and talk to each other."),
    ("goal", "Mum and Dad will work on their co-parenting."),
    ("goal", "Dad will improve his co-operation with school."),
    ("worry", "The school is worried about Dad's lack of co-operation with the nurse."),
    ("goal", "Gran will keep up her co-working with the health visitor every week."),
    ("worry", "Ms Patel is worried that the parents' co-parenting has broken down since March."),
]


@pytest.mark.parametrize("kind, text", SPLIT_TERMS)
def test_a_question_never_takes_half_a_hyphenated_word(eng, kind, text):
    result = rewrite_many([text], [kind], engine=eng)[0]
    assert fidelity._split_words(result.text) == [], result.text
    assert "-parenting" not in result.text.replace("co-parenting", "") and "-operation" not in result.text.replace(
        "co-operation", "")


def test_a_term_ending_in_a_preposition_keeps_the_preposition(eng):
    result = rewrite_many(["Dad will improve his co-operation with school."], ["goal"], engine=eng)[0]
    assert "] with school" in result.text or "co-operation with school" in result.text, result.text


@pytest.mark.parametrize("text, expected", [
    ("improve [What plain words say this?]-parenting", ["]-parenting"]),
    ("the non-[What plain words say this?] meeting", ["non-["]),
    ("improve their co-parenting and [Who will help?]", []),
    ("a well-known [Who is worried?] issue", []),
])
def test_the_fidelity_check_counts_split_words(text, expected):
    assert fidelity._split_words(text) == expected
