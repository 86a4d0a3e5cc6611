"""Round 24 (lead): a goal's "what happens if it does not happen" (if_not), two classes read from
the open parts sets' misses (pa19-061, pa20-046), each with near misses:
(A) a failure or non-compliance, the subject of a verb that brings something about, still to come:
    "Failure to do so will result in legal advice being sought"; not "Failure is not an option",
    nor the past ("A failure to … led to the rash last year");
(B) the harm back ("again") and then a school's or the law's answer ("he will be excluded", "he
    could be arrested"), beside the court, care and police already read.
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine


def _if_not(text: str) -> bool:
    report = engine().check_many([text], ["goal"])[0]
    return {c.name: c.present for c in report.components}["if_not"]


@pytest.mark.parametrize("text", [
    "Dad will keep the flat warm and clean for Remy (3). Failure to do so will result in legal advice being sought.",
    "Mum will take Ava to every clinic appointment. Failure to show this change will lead to care proceedings.",
    "Parents will give Oscar his tablets each morning. Failure to do this may mean Oscar has to stay on the ward.",
])
def test_a_failure_that_brings_something_is_the_if_not(text):
    assert _if_not(text)


@pytest.mark.parametrize("text", [
    "Mum will read with Ava every night before bed. Failure is not an option for Mum.",
    "Mum will keep Ava's room clean and aired. A failure to keep the room clean led to the rash last year.",
])
def test_a_failure_that_brings_nothing_to_come_is_not(text):
    assert not _if_not(text)


@pytest.mark.parametrize("text", [
    "Kai will leave his knife at home with Dad. If Kai takes a knife to school again, he will be excluded.",
    "Dad will not hit Mum again. If Dad hits Mum again, he could be arrested.",
])
def test_the_harm_back_then_a_sanction_is_the_if_not(text):
    assert _if_not(text)


def test_a_plan_step_after_a_hitch_is_not():
    assert not _if_not("Mum will walk Kai to school each day. If Mum is held up at work, Nan will take him instead.")
