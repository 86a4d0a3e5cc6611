"""Round 23: a learned second reading of two worry parts, "what the adults did" (behaviour) and
"when or where it happens" (context), weighed against the rules' verdict
(sos_lint/learn/parts_reader.py, models/parts_learned.json.gz, devtools/learned_parts23.py).

What must hold:
- a deed by an adult with its time or place reads both parts present, showing the statement's words;
- a label with no deed ("substance misuse", "neglect", "presentation"), a professional's visit or
  call-out, or a service's own act reads behaviour missing, and no learned reading makes it present;
- a police call-out after a neighbour rang is not what the adults did (the rules read the call as
  a deed; the learned reading takes it away);
- a part shown present always shows words of the statement;
- the run time never imports scikit-learn, and with the reading switched off the rules' verdict
  stands unchanged.

Every statement is my own wording, written for this file."""
from __future__ import annotations

import subprocess
import sys

import pytest

from sos_lint.learn import parts_reader


def parts(engine, text: str) -> dict:
    report = engine.check_many([text], ["worry"])[0]
    return {c.name: c for c in report.components}


@pytest.mark.parametrize("text", [
    "Mr Doyle, Amir's teacher, is worried that on Monday morning Dad grabbed Amir by the collar at the school "
    "gate and swore at him in front of other parents.",
    "Leo's key worker is worried that Mum's partner, Craig, threw a mug at Mum in the living room last Sunday "
    "while Leo was on her lap.",
    "The family support worker is worried that Mum leaves Poppy, aged 3, alone in the flat while she goes to "
    "the shop at night.",
])
def test_a_deed_with_its_time_or_place_reads_both_parts(engine, text):
    found = parts(engine, text)
    for part in ("behaviour", "context"):
        assert found[part].present, part
        assert found[part].evidence


@pytest.mark.parametrize("text", [
    "We are worried about the parents' substance misuse and the impact on the children.",
    "The social worker is worried about neglect and poor home conditions.",
    "The nursery is worried about Ava's presentation.",
    "There are concerns regarding the mother's mental health.",
])
def test_a_label_with_no_deed_reads_both_parts_missing(engine, text):
    found = parts(engine, text)
    assert not found["behaviour"].present
    assert not found["context"].present


@pytest.mark.parametrize("text", [
    "The health visitor saw the baby on 4 April and noted that his weight had dropped.",
    "The police were called to the family home on 9 May following a domestic incident.",
    "Staff at the children's centre are worried because the home visit was cancelled twice.",
])
def test_a_service_act_is_not_what_the_adults_did(engine, text):
    assert not parts(engine, text)["behaviour"].present


def test_a_police_call_out_is_not_what_the_adults_did(engine):
    text = "Police attended the home on 7 June after a neighbour called."
    assert not parts(engine, text)["behaviour"].present
    parts_reader.ENABLED = False
    try:
        assert parts(engine, text)["behaviour"].present  # the rules alone read the neighbour's call as a deed
    finally:
        parts_reader.ENABLED = True


def test_switched_off_the_rules_verdict_stands(engine):
    texts = ["Dad was arrested after an incident at the property.",
             "Nan is worried that Dad drives Mia to school after drinking wine at lunchtime."]
    on = [parts(engine, t) for t in texts]
    parts_reader.ENABLED = False
    try:
        off = [parts(engine, t) for t in texts]
    finally:
        parts_reader.ENABLED = True
    for a, b in zip(on, off):
        for part in ("who", "impact", "future"):  # parts the reading never touches
            assert a[part].present == b[part].present
        for part in ("behaviour", "context"):
            if a[part].present and b[part].present:
                assert a[part].evidence == b[part].evidence  # the rules' words stand when both agree


def test_every_present_part_shows_words_of_the_statement(engine):
    texts = ["Aunty Bea is worried that Mum screams at Noah and calls him stupid when he wets the bed.",
             "Grandma is worried that Dad punches holes in the bedroom door when he has been drinking, and Kit "
             "hides under the bed.",
             "The school is worried that Mum sends Zac to school in the same clothes every day and he smells of urine."]
    for text in texts:
        found = parts(engine, text)
        for part in ("behaviour", "context"):
            if found[part].present:
                assert found[part].evidence
                for piece in found[part].evidence.split(" / "):
                    for words in piece.split(" … "):
                        assert words in text, (part, words)


def test_the_strongest_words_are_the_statements_own(engine):
    doc = next(iter(engine.parse(["Dad hits Mum in the kitchen at weekends when he has been drinking."])))
    model = parts_reader._models()["context"]
    shown = model.strongest_words(doc, count=3)
    assert shown
    for piece in shown.split(" / "):
        assert piece in doc.text
        assert any(t.pos_ in ("NOUN", "VERB", "PROPN", "ADJ", "ADV", "NUM") for t in doc.char_span(
            doc.text.index(piece), doc.text.index(piece) + len(piece), alignment_mode="expand"))


def test_weights_file_matches_its_features():
    models = parts_reader._models()
    assert {"behaviour", "context"} <= set(models)  # round 24 added other parts (tests/test_parts_learned24.py)
    for name, model in models.items():
        assert len(model.coef) == len(model.text.vocabulary) + len(model.parse.vocabulary)
        if name in ("behaviour", "context"):
            assert model.rule_weight > 0 and model.logit_weight > 0  # the rules' present and level 1 both count for it


def test_run_time_never_imports_scikit_learn():
    code = ("import sys\nfrom sos_lint.api import engine\n"
            "r = engine().check_many(['Dad hit Mum in the kitchen on Friday night.'], ['worry'])[0]\n"
            "assert [c.present for c in r.components if c.name in ('behaviour', 'context')] == [True, True]\n"
            "print('sklearn' in sys.modules, 'scipy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split()[-2:] == ["False", "False"]
