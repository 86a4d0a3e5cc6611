"""Round 29 (lead, from fix_test28's swaps judged one by one at first sight: 3 bad, 8 doubtful of
95). What `check --fix` now writes, each with a near miss still written. Every sentence here is new
(none is from fix_test28).
(A) a count parsed as a verb's object ("Police have attended 3x since Aug."): it is how many times,
    not a place, so never "been to 3x"; the intransitive "come" is shown as advice only.
(B) "basic care (needs)": an assessment's own dimension; "day-to-day" is shown, never written.
(C) "contact centre": no swap to "family centre", another service.
(D) an acronym described by a how-often word the parser took for a noun ("report to SW weekly"):
    a noun of its own, with its article ("the social worker").
(E) the same words twice in one sentence, one left as written or only shown: neither is written,
    so the fixed sentence never names two things ("the council's team … the LA seeking").
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from test_fix_round26 import _written


def _shown(text: str, kind: str = "worry") -> dict:
    found = {}
    for report in engine().check_document(text, kind):
        for f in report.findings:
            if f.fix is not None:
                found[report.text[f.fix.start:f.fix.end]] = f.fix.replacement
    return found


# (A)
@pytest.mark.parametrize("text", [
    "Police have attended 4x since March after calls from neighbours.",
    "Police attended 2 since the summer, both after Dad had been drinking.",
])
def test_a_count_is_not_what_was_gone_to(text):
    written = _written(text)
    assert "attended" not in written
    assert "been to" not in " ".join(_shown(text).values())


@pytest.mark.parametrize("text, words, replacement", [
    ("Mum attended 3 of the 8 contact sessions at the family hub.", "attended", "went to"),
    ("Dad has attended the first two meetings of the course.", "attended", "been to"),
])
def test_a_real_object_is_still_gone_to(text, words, replacement):
    assert _written(text).get(words) == replacement


# (B)
@pytest.mark.parametrize("text", [
    "The assessment found Mr Lowe would need help every day to meet the twins' basic care needs.",
    "Ruby's basic care has been poor since Christmas and she is often hungry at school.",
])
def test_basic_care_is_advice_only(text):
    assert not any("basic care" in words.lower() for words in _written(text))
    assert any("day-to-day care" in plain for plain in _shown(text).values())


# (C)
def test_contact_centre_is_never_made_a_family_centre():
    text = "The contact centre staff will tell the social worker if Dad arrives late or smelling of drink."
    assert "family centre" not in " ".join(_shown(text, "goal").values())


# (D)
@pytest.mark.parametrize("text, words", [
    ("Nursery will keep a diary and report to SW weekly by email.", "SW"),
    ("Gran will ring SW daily while Mum is in hospital.", "SW"),
])
def test_an_acronym_before_a_how_often_word_takes_its_article(text, words):
    assert _written(text, "goal").get(words) == "the social worker"


def test_an_acronym_describing_a_real_noun_stays_bare():
    assert _written("SW and HV visits will be weekly until the review.", "goal").get("HV") == "health visitor"


# (E)
def test_same_words_left_once_in_a_sentence_are_written_nowhere_in_it():
    text = ("If Mum misses a visit the LA's legal team will be told, which may lead to the LA seeking "
            "a care order for Zac.")
    shown, written = _shown(text, "goal"), _written(text, "goal")
    assert "LA" in shown and "LA" not in written


def test_same_words_in_different_sentences_are_each_judged_alone():
    text = "The LA will pay for Zac's nursery place. Mum will take Zac there every morning by 9am."
    assert _written(text, "goal").get("LA") == "council"


# (F) judged doubtful: named services and notices whose plain words name something else. ("respite" ->
# "short breaks", also judged doubtful once, stays written: earlier judges passed it in every other
# record, and tests/test_fix_round13.py holds it.)
@pytest.mark.parametrize("text, words", [
    ("Mum was given a Fixed Penalty Notice in March for Tia's absences.", "Fixed Penalty Notice"),
    ("The social worker will do direct work with Ezra about his worries at home.", "direct work"),
])
def test_named_services_and_notices_are_advice_only(text, words):
    assert words not in _written(text, "goal")
    assert words in _shown(text, "goal")


# (G) an acronym beside a person's name as where they work
def test_a_persons_team_is_advice_only():
    text = "Dad's worker (Ms Obi, YOT) is worried that Dad is selling cannabis from the flat."
    assert "YOT" not in _written(text) and "YOT" in _shown(text)


def test_a_persons_role_is_still_written():
    text = "Ms Obi, HV, weighed baby Noor on Monday and he has not gained weight since May."
    assert _written(text).get("HV") == "the health visitor"


def test_the_same_letters_naming_a_job_do_not_stop_the_noun_being_written():
    # "the CSE worker" is a job's name; "at risk of CSE" the harm: each judged as itself
    text = "Mia is at risk of CSE and will see the CSE worker at school on Tuesdays."
    assert _written(text).get("CSE") == "child sexual exploitation"
