"""Round 39 (r39b): false alarms on good writing, mended by class.

Sentences here are written for these tests (other names, other harms, other wording than the open
sets). Each class has cases that must go quiet and near misses that must still fire.
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine


@pytest.fixture(scope="module")
def eng():
    return engine()


def _codes(eng, text: str, kind: str, code: str) -> list[str]:
    report = eng.check_many([text], [kind])[0]
    return [text[f.start:f.end] for f in report.findings if f.code == code and f.severity != "hint"]


# Class 1 (SOS301): drug or drink use told with its setting is behaviour, not a habit label.
@pytest.mark.parametrize("text", [
    # a place in the home, and the drug named
    "Nadia's dad snorts cocaine in the bathroom most weekends.",
    "The social worker is worried because Dad smokes crack in the back bedroom most nights.",
    "Tyler's uncle says Dad smokes heroin in the garage most days.",
    # a child there: with, in front of, while/when the child ...
    "Aunt Kelly is worried that Dad smokes cannabis with Tyler (15) most weekends.",
    "Dad smokes cannabis in front of Leon (6) and Maya (4) most evenings.",
    "Grandma says Mum drinks heavily whenever Ruby stays with her.",
    "Mum says she only smokes cannabis when Archie is at his dad's.",
    # what someone wants or means to stop
    "Dad has been to two sessions and says he is trying to stop using.",
])
def test_use_with_its_setting_is_not_a_label(eng, text):
    assert _codes(eng, text, "worry", "SOS301") == []


@pytest.mark.parametrize("text", [
    "Dad uses cocaine at weekends.",
    "Mum is using again.",
    "Her stepdad drinks every day.",
    "The health visitor is worried that Dad uses cannabis most days.",
    "Dad is drinking daily and Kai is often late for school.",
    "Mum has relapsed and is back on heroin.",
    "Mum uses drugs.",
    "Mum uses cocaine at weekends and at parties.",  # "at parties" names no place in particular
])
def test_a_bare_habit_is_still_a_label(eng, text):
    assert _codes(eng, text, "worry", "SOS301")


# Class 2 (SOS101): a team named as the one who acts or is rung is how the family meets it.
@pytest.mark.parametrize("text,kind", [
    ("Dr Okafor and the perinatal mental health team are worried that Lena has not slept for a week "
     "since Joel was born.", "worry"),
    ("When the low days come back, you will ring the perinatal team and your sister Mags will come "
     "to take Joel out for the afternoon.", "goal"),
    ("If you feel you might hurt yourself, you will call the perinatal mental health team before you "
     "are alone with Joel.", "goal"),
])
def test_a_team_that_acts_or_is_rung_is_not_jargon(eng, text, kind):
    assert _codes(eng, text, kind, "SOS101") == []


@pytest.mark.parametrize("text,kind", [
    ("Lena is known to the perinatal team.", "worry"),
    ("Lena will engage with the perinatal mental health team.", "goal"),
    ("Lena has been open to children's services since 2020.", "worry"),
])
def test_a_service_as_a_status_is_still_jargon(eng, text, kind):
    assert _codes(eng, text, kind, "SOS101")


# Issue 11's must-fire cases stay firing.
@pytest.mark.parametrize("text,kind,code", [
    ("There will be no more police call-outs to the house.", "goal", "SOS512"),
    ("Dad will stay off drugs completely.", "goal", "SOS512"),
    ("Milo will be protected from harm.", "goal", "SOS512"),
    ("There are worries about neglect and domestic violence in the home.", "worry", "SOS301"),
])
def test_issue_11_must_fire(eng, text, kind, code):
    assert _codes(eng, text, kind, code)


# Class 3 (SOS402): carers a care service arranges, provides or sends are its staff, not the
# child's carers, so "the carers" there is no report word for someone the family calls by name.
@pytest.mark.parametrize("text", [
    "Owen, Kira needs her evenings back. The council will send carers twice a day to help you get in "
    "and out of bed, and Kira will go to youth club on Fridays. If the carers are late, you will ring "
    "the agency, not Kira.",
    "Lorraine, Dev needs to be nine, not your nurse. From June, carers provided by the home care agency "
    "will help you shower each morning. When the carers leave, Dev's uncle Sam will walk him to school.",
])
def test_carers_a_service_sends_are_not_a_report_word(eng, text):
    assert _codes(eng, text, "goal", "SOS402") == []


@pytest.mark.parametrize("text,kind", [
    ("Dad will arrange for the carers to bring Jo home on Fridays, and Jo will see Mum every Saturday.", "goal"),
    ("The carers say that Mum shouts at Jo every evening.", "worry"),
])
def test_the_carers_with_no_service_are_still_a_report_word(eng, text, kind):
    assert _codes(eng, text, kind, "SOS402")
