"""Round 21: "consistent with" (and "compatible/indicative/suggestive of") after the thing it
describes is a reading of a cause written as a finding (SOS304, a guess stated as fact), whoever
had the marks: "Flint had marks on his upper arm consistent with a belt". Not praise of a person
("Mum has been consistent with bedtimes"), not one account matching another, and not in a goal.
Wordings are the lead's own."""
from __future__ import annotations

import pytest

from sos_lint.api import engine


@pytest.fixture(scope="module")
def eng():
    return engine()


def _guesses(eng, text: str, kind: str = "worry") -> list[str]:
    doc = next(iter(eng.parse([text])))
    return [text[f.start:f.end] for f in eng.report(text, doc, kind).findings if f.code == "SOS304"]


FIRES = [
    "Flint had marks on his upper arm consistent with a belt.",
    "Ayla is presenting with symptoms consistent with PTSD, including nightmares.",
    "Leo had a bruise consistent with being gripped hard.",
    "The nurse found burns on Kit's palm compatible with an iron.",
    "Orla has a pattern of injuries indicative of rough handling.",
    "On Monday the school saw scratches on Dev's neck consistent with fingernails.",
]


@pytest.mark.parametrize("text", FIRES)
def test_reading_of_a_cause_after_a_thing_is_a_guess(eng, text):
    assert any("consistent" in g or "compatible" in g or "indicative" in g for g in _guesses(eng, text)), text


QUIET = [
    "Mum has been consistent with bedtimes since May.",
    "Mum has been consistent with her medication for six weeks.",
    "Dad gave an account consistent with what Leo said.",
    "Nan said Leo's story has stayed the same each time he told it.",
]


@pytest.mark.parametrize("text", QUIET)
def test_consistent_said_of_a_person_or_an_account_is_quiet(eng, text):
    assert not any("consistent" in g for g in _guesses(eng, text)), _guesses(eng, text)


def test_not_in_a_goal(eng):
    text = "Mum, you will keep Leo's bedtimes consistent with what Nan does at her house."
    assert not any("consistent" in g for g in _guesses(eng, text, "goal"))
