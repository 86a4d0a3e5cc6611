"""Impact (issue 11 §5) against the child's own conduct: when no adult's deed is told anywhere in a
worry, what the child does is what is worried about, not what an adult's behaviour means for the
child (DOMAIN.md). My own wordings, with near misses where the child's doing or state is impact."""
from __future__ import annotations

import pytest
from report_helpers import shown_as


shown = shown_as("worry")  # round 36: the one copy is in report_helpers


@pytest.mark.parametrize("text", [
    "Kian (14) has been stealing bikes from the station with older boys since the summer.",
    "Tia (13) spends most evenings in the park with men she met online.",
    "Leon (15) has been carrying a knife to school and selling cannabis outside the station.",
    "Mason (12) climbs out of his bedroom window at night and rides his bike on the bypass.",
    "Esme (14) posts videos of herself dancing in her underwear on a public account.",
    "Jayden (11) threw a chair at his teacher on Tuesday and kicked a classmate in the playground.",
    "Ruby (15) has been drinking vodka at the skate park with older girls most weekends.",
    "Oscar (13) plays online games with adult strangers until 3am in his bedroom.",
    "Cody (14) was stopped by police driving his uncle's car on the ring road.",
    "Amira (16) sends money to a man she has never met.",
])
def test_childs_own_conduct_is_not_impact(engine, text):
    assert not shown(engine, text, "impact")


@pytest.mark.parametrize("text", [
    # an adult's deed is told: what the child did is what it meant for them
    "When Dad shouted at Mum on Friday, Kian (8) ran out of the house and went to a neighbour's in his socks.",
    "Dad drove with Leo (7) in the car after drinking six cans, and Leo ran away from him at the petrol station.",
    # a state shown, a fall in a measure, a hurt that needed treatment
    "Mason (6) often arrives at school hungry and cold.",
    "Esme (2) has dropped from the 75th to the 25th centile for her weight.",
    "Leo (3) swallowed a magnet and needed surgery to remove it.",
])
def test_childs_doing_or_state_stays_impact(engine, text):
    assert shown(engine, text, "impact")
