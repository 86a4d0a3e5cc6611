"""Round 24: the learned second reading (sos_lint/learn/parts_reader.py) extended to a worry's
"what could happen if nothing changes" (future) and a goal's "what the adults will do" (action), as
a veto only: the rules' "present" is taken away when the reading is sure the part is not there;
the rules' "missing" always stands (devtools/learned_parts24.py has the figures and the parts that
were tried and not shipped).

What must hold:
- a professional's label of risk ("may be at risk of harm", "may be exposed to neglect") is no
  future harm a family can picture: future reads missing, though the rules found a "may";
- a harm to the child told in plain words ("could be killed or badly hurt in a crash") stays present;
- "to remain abstinent", "maintain appropriate boundaries" are not everyday acts: action reads
  missing; a plain act with its when or its where ("walk Nell to school every morning", "keep his
  tablets in the locked box") stays present;
- the reading never makes either part present, and what it shows present is the rules' own words;
- switched off, the rules' verdict stands; the weights are one gzip file, veto-only for these parts.

Every statement is my own wording, written for this file."""
from __future__ import annotations

import gzip
import json

import pytest

from sos_lint.data import data_dir
from sos_lint.learn import parts_reader


def part(engine, text: str, kind: str, name: str):
    report = engine.check_many([text], [kind])[0]
    return next(c for c in report.components if c.name == name)


LABELS_OF_RISK = [
    "The LA has serious reservations about the home conditions. At the last visit the social worker saw dog mess "
    "on the floor. There are concerns that Kaya may be exposed to neglect and that her needs may not be met.",
    "Dad has previous convictions for violence against a former partner and has recently moved in with Mum and "
    "Tia (4). There are concerns that Tia may be at risk of harm.",
]
HARMS_PICTURED = [
    "Nan is worried that Dad drives with Mason in the car after drinking. Mason could be killed or badly hurt in "
    "a crash.",
    "The nursery is worried that Mum's partner shouts at Evie and calls her names. Evie might start to believe "
    "she is worthless and stop talking at nursery.",
    "Mr Lee, the head teacher, is worried that Dad smacks Noah with a belt when he is cross. If this continues, "
    "Noah could be seriously injured.",
]
NOT_EVERYDAY_ACTS = [
    "Mum to remain abstinent from alcohol and keep the home free of empty bottles.",
    "Parents to supervise Jay at all times and maintain appropriate boundaries.",
]
EVERYDAY_ACTS = [
    "Mum will walk Nell to school every morning and pick her up at 3.",
    "Dad will keep his tablets in the locked box on top of the wardrobe.",
    "Dad will take Remi to football practice every Thursday evening.",
    "Dad will put a stair gate at the top of the stairs this week.",
]


@pytest.mark.parametrize("text", LABELS_OF_RISK)
def test_a_label_of_risk_is_no_future_harm(engine, text):
    found = part(engine, text, "worry", "future")
    assert not found.present and found.evidence == ""


@pytest.mark.parametrize("text", LABELS_OF_RISK)
def test_the_rules_alone_read_the_label_as_a_future(engine, text):
    """The near miss the reading mends: switched off, the rules' "may" stands as a future."""
    parts_reader.ENABLED = False
    try:
        assert part(engine, text, "worry", "future").present
    finally:
        parts_reader.ENABLED = True


@pytest.mark.parametrize("text", HARMS_PICTURED)
def test_a_harm_told_in_plain_words_stays_the_future(engine, text):
    found = part(engine, text, "worry", "future")
    assert found.present and found.evidence and found.evidence in text


@pytest.mark.parametrize("text", NOT_EVERYDAY_ACTS)
def test_abstinence_and_boundaries_are_no_everyday_act(engine, text):
    found = part(engine, text, "goal", "action")
    assert not found.present and found.evidence == ""


@pytest.mark.parametrize("text", EVERYDAY_ACTS)
def test_a_plain_act_stays_an_action(engine, text):
    found = part(engine, text, "goal", "action")
    assert found.present
    for piece in found.evidence.split(" / "):
        for words in piece.split(" … "):
            assert words in text


@pytest.mark.parametrize("text,kind,name", [(t, "worry", "future") for t in LABELS_OF_RISK + HARMS_PICTURED]
                         + [(t, "goal", "action") for t in NOT_EVERYDAY_ACTS + EVERYDAY_ACTS]
                         + [("Mum and Dad will engage with the plan and attend all meetings so that Ruby's needs "
                             "are met.", "goal", "action"),
                            ("The school is worried that Ellie has missed 20 days this term. There are concerns "
                             "that Ellie may be at risk of significant harm.", "worry", "future")])
def test_the_reading_never_makes_these_parts_present(engine, text, kind, name):
    with_reading = part(engine, text, kind, name).present
    parts_reader.ENABLED = False
    try:
        rules = part(engine, text, kind, name)
    finally:
        parts_reader.ENABLED = True
    assert with_reading <= rules.present


def test_one_gzip_weights_file_veto_only_for_the_new_parts():
    path = data_dir("models") / parts_reader.FILE
    assert path.name.endswith(".json.gz")
    spec = json.loads(gzip.decompress(path.read_bytes()))
    assert spec["format"] == parts_reader.FORMAT
    assert {"future", "action"} <= set(spec["parts"])
    for name in ("future", "action"):
        assert spec["parts"][name]["make_threshold"] > 1  # never made present
        assert 0 < spec["parts"][name]["keep_threshold"] < 0.5
    models = parts_reader._models()
    for model in models.values():
        assert len(model.coef) == len(model.text.vocabulary) + len(model.parse.vocabulary)


# Merge guard (lead, round 24): the veto may not take away a future whose sentence names a harm a
# family can picture (the SOS505 rule fixture "Noah is likely to be hurt in a crash" caught it).
@pytest.mark.parametrize("text", [
    "The teacher is worried that Dad drives Noah to school after drinking, and that Noah is likely to be hurt in a crash.",
    "Nan is worried that Mum falls asleep with Kit (1) in the bath, and that Kit could drown.",
])
def test_a_harm_anyone_could_picture_keeps_its_future(text):
    from sos_lint.api import engine

    report = engine().check_many([text], ["worry"])[0]
    assert {c.name: c.present for c in report.components}["future"]
