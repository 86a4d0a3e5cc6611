"""Round 32: a capitalised function word on the line after a heading is not a person."""
from __future__ import annotations

import pytest

from sos_lint.redact import Redactor


@pytest.fixture(scope="module")
def redactor_factory(engine):
    return lambda: Redactor(engine.nlp)


@pytest.mark.parametrize("text", [
    "Worry statement\nThe health visitor is worried that Mum leaves Rowan (2) in the bath alone.",
    "Our worry\nThis is about what happens when Dad has been drinking and Sky (9) is at home.",
    "Goal\nHer grandad, Mr Osei, will collect Meadow (6) from school every day.",
])
def test_a_function_word_after_a_heading_is_never_a_person(redactor_factory, text):
    out = redactor_factory().redact(text).text
    first_word = text.split("\n")[1].split()[0]
    assert out.split("\n")[1].startswith(first_word + " "), out
    assert "Adult" not in out.split("\n")[1].split()[0]


def test_names_on_those_lines_still_go(redactor_factory):
    out = redactor_factory().redact("Worry statement\nThe school is worried that An Tran leaves Rowan (2) alone.").text
    assert "Rowan" not in out and "Tran" not in out
    assert out.split("\n")[1].startswith("The school")
