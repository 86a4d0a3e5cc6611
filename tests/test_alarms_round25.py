"""Round 25 (alarms25): false alarms on good goals, mended by how the sentence is built
(sos_lint/checks/goals25.py). Each class has cases that stay silent and near misses that still
fire. Every case is in our own words; none is taken from a probe or a test set."""
from __future__ import annotations

import pytest

from sos_lint.api import engine

# The rest of a goal built in the house style, so that only the sentence under test can draw the
# rule: what the adults will do, who helps, for how long, and what happens if not.
_FRAME = ("Ruth and Simon, when things get heated you will go to Auntie Bev's and Bev will ring you "
          "both each Sunday, for the next nine months. If this doesn't happen, Theo could be hurt.")


def _spans(text: str, kind: str, code: str) -> list[str]:
    return [report.text[f.start:f.end] for report in engine().check_document(text, kind)
            for f in report.findings if f.code == code and f.severity != "hint"]


# --- SOS512, class 1: a fact set aside in a "though" or "because" clause ------------------------

@pytest.mark.parametrize("sentence", [
    "Theo needs to see you both speak kindly to each other, even though you no longer share a home.",
    "Theo needs calm handovers at the leisure centre, because Simon no longer drives.",
    "Theo needs you to greet each other politely, although you no longer get on.",
])
def test_a_fact_in_a_though_or_because_clause_is_not_absence_of_harm(sentence):
    assert _spans(f"{sentence} {_FRAME}", "goal", "SOS512") == []


@pytest.mark.parametrize("sentence, words", [
    # The clause keeps its "will": it is the aim itself, not how things stand.
    ("Because Simon will no longer drink, Theo will feel safe.", "no longer"),
    # The absence is in the main clause; the "because" clause only gives the reason.
    ("Simon will no longer shout at Theo because it scares him.", "no longer"),
])
def test_absence_as_the_aim_still_fires(sentence, words):
    found = _spans(f"{sentence} {_FRAME}", "goal", "SOS512")
    assert any(words in span for span in found), found


# --- SOS512, class 2: what someone will see or hear, set against what they will not -------------

@pytest.mark.parametrize("sentence", [
    "Theo will hear music in the kitchen and his dad laughing, not slamming doors.",
    "His childminder will see him arrive fed and smiling, with no more mornings missed.",
])
def test_a_seen_outcome_set_against_its_opposite_is_not_absence_of_harm(sentence):
    assert _spans(f"{sentence} {_FRAME}", "goal", "SOS512") == []


@pytest.mark.parametrize("sentence, words", [
    # Nobody sees or hears anything: the "no more" is the whole promise.
    ("Simon will stay calm at teatime, with no more shouting.", "no more"),
    # The adult's own keeping, with nobody seeing: the "with no more" is harm not happening.
    ("Simon will keep his temper at home, with no more smashed plates.", "no more"),
])
def test_absence_without_a_seen_outcome_still_fires(sentence, words):
    found = _spans(f"{sentence} {_FRAME}", "goal", "SOS512")
    assert any(words in span for span in found), found


# --- SOS502: an organisation word the parse makes the subject of a noun -------------------------

def test_an_organisation_word_that_only_names_a_thing_is_no_voice():
    text = ("Ruth and Simon, you and Theo need a dry room to sleep in while you wait for the council flat. "
            f"{_FRAME}")
    assert _spans(text, "goal", "SOS502") == []


def test_an_organisation_as_the_goals_doer_still_fires():
    text = f"The council will monitor the family every month. {_FRAME}"
    found = _spans(text, "goal", "SOS502")
    assert any("council" in span.lower() for span in found), found
