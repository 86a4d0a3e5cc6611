"""Round 23 (fixsafe23): `check --fix` writes only swaps that are certain. The bad and doubtful
swaps of fix_verdicts19-22 were read as classes, and each class is shown as advice, never written
(rewrite/guards.shown_not_written, rules/rewrite_swaps.toml, words.py's intransitive "come").
Every sentence here is my own wording; none is a record from a judged set.

Each policy has cases that must now be advice only and near misses that must still be written.

Measured with `python -m devtools.eval_fix tests/data/blind/fix_testN.jsonl --json` on sets 8-22:
1603 -> 1448 swaps written; of the swaps fix_verdicts19-22 judged doubtful that were still
written, 33 -> 6 (none judged bad was still written); 28 swaps judged OK in sets 19-22 are no
longer written (the cost). "attend" -> "go to" in a requirement was tried as a duty and left out:
it kept back 1 swap judged doubtful and 13 judged OK in sets 19-22.
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from sos_lint.fixes import fixed_text


@pytest.fixture(scope="module")
def eng():
    return engine()


def _result(eng, text: str, kind: str | None = None):
    return fixed_text(text, eng.check_document(text, kind))


def _written(eng, text, kind=None):
    return [(e.original.lower(), e.replacement.lower()) for e in _result(eng, text, kind).applied]


def _advised(eng, text, kind=None):
    return [(e.original.lower(), e.replacement.lower()) for e in _result(eng, text, kind).advised]


def _writes(eng, text, word, kind=None):
    return any(word in original for original, _ in _written(eng, text, kind))


def _advises(eng, text, word, kind=None):
    return any(word in original for original, _ in _advised(eng, text, kind))


# ---- 1. Terms of record: the plain words lose a safeguarding, legal or clinical meaning ----

RECORD_TERMS = [
    ("Maisie (7) disclosed to the school nurse that her stepdad locks her in the shed.", "disclosed"),
    ("Jayden was stopped by officers and was in possession of a lock knife.", "possession"),
    ("The marks on Ruby's upper arms are evidence of a grip injury.", "evidence"),
    ("Mum will evidence her rent payments to the social worker each month.", "evidence"),
    ("Dad will show sustained change over six months before contact is increased.", "sustained change"),
    ("The RCPC for Ellie and Noor is booked for 3 June.", "rcpc"),
    ("Kacper (15, LAC) was reported missing by his carers on Friday.", "lac"),
]


@pytest.mark.parametrize("text,word", RECORD_TERMS)
def test_a_term_of_record_is_advice_only(eng, text, word):
    assert not _writes(eng, text, word), _written(eng, text)


RECORD_NEAR_MISSES = [
    # the plain words keep the meaning: still written
    ("The social worker will ensure that Maisie is seen alone at every visit.", "ensure"),
    ("Dad has been residing with his brother since the assault.", "residing"),
    ("Mum will commence the parenting course in September.", "commence"),
]


@pytest.mark.parametrize("text,word", RECORD_NEAR_MISSES)
def test_plain_words_that_keep_the_meaning_are_still_written(eng, text, word):
    assert _writes(eng, text, word), _written(eng, text)


def test_a_conference_named_as_a_conference_is_still_written(eng):
    # "CP conference" -> "child protection conference": the formal head noun is kept
    text = "Mum did not come to the CP conference on 2 March."
    assert _writes(eng, text, "cp conference"), _written(eng, text)


# ---- 2. A requirement's duty: the duty's own words stay where the clause sets a requirement ----

DUTIES = [
    ("Parents to adhere to the written agreement about who babysits.", "adhere", "goal"),
    ("Gran must notify the social worker of any visit from Mr Hale.", "notify", "goal"),
    ("Ms Reid (kinship carer) to notify the LA of any change of address.", "notify", "goal"),
    ("Mum has agreed to inform the school of any change to who collects Leo.", "inform", "goal"),
    ("Parents to make sure that Zara is supervised near water at all times.", "at all times", "goal"),
    ("The stairgate will be kept shut at all times.", "at all times", "goal"),
]


@pytest.mark.parametrize("text,word,kind", DUTIES)
def test_a_duty_in_a_requirement_is_advice_only(eng, text, word, kind):
    assert not _writes(eng, text, word, kind), _written(eng, text, kind)


DUTY_NEAR_MISSES = [
    # what happened, not what must happen: the plain words are written
    ("Mum did not attend the last two appointments with the health visitor.", "attend"),
    # "attend" -> "go to" stays written even in a requirement (measured: see the module's docstring)
    ("Dad will attend every appointment with the community psychiatric nurse.", "attend"),
    ("The nursery notified the social worker of a bruise on Amir's cheek.", "notified"),
]


@pytest.mark.parametrize("text,word", DUTY_NEAR_MISSES)
def test_a_duty_word_in_a_report_or_attend_is_still_written(eng, text, word):
    assert _writes(eng, text, word), _written(eng, text)


def test_engage_with_reads_as_a_job_in_the_progressive_outside_a_requirement(eng):
    text = "Ms Dunn is not engaging with the substance misuse service."
    assert not _writes(eng, text, "engaging"), _written(eng, text)


def test_engaged_with_in_a_report_is_advice(eng):
    # Round 34 (review34 P#4; open-24 verdicts w24-37, pa24-018): "has not worked with the drug
    # service" was judged readable as a job after all: advice only in a record (test_fix_round34)
    text = "Mr Ellis has not engaged with the drug service since June."
    assert not _writes(eng, text, "engaged"), _written(eng, text)


# ---- 3. Plain words with a casual or literal second reading ----

CASUAL = [
    ("The ambulance crew attended at 23:10 and took Mia to hospital.", "attended"),
    ("Mum was signposted to the local food bank by the health visitor.", "signposted"),
    ("The kitchen is to be maintained to a safe standard with no broken glass on the floor.", "maintained"),
]


@pytest.mark.parametrize("text,word", CASUAL)
def test_a_casual_or_literal_plain_word_is_advice_only(eng, text, word):
    assert not _writes(eng, text, word), _written(eng, text)


def test_attended_a_place_in_a_report_is_still_written(eng):
    # "went to" names where they went: not the directionless "came"
    text = "Officers attended the flat after a neighbour heard screaming."
    assert _writes(eng, text, "attended"), _written(eng, text)


def test_advice_only_swaps_are_still_shown(eng):
    # shown, never written: the advice still offers the plain words
    text = "Maisie (7) disclosed to the school nurse that her stepdad locks her in the shed."
    assert _advises(eng, text, "disclosed"), _advised(eng, text)
