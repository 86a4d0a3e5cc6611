"""How serious a missing part is: in a goal built in the house style (what the adults will do,
what the child will experience, what happens if not) a missing network or duration is a hint; in a
bare goal it stays a warning. Warnings on the seed six are false alarms (issue 11)."""
from __future__ import annotations

import pytest

FRAMED = ("Sami needs to get to school on time and feel ready to learn. Mum, for this to happen you will set "
          "an alarm for seven and walk Sami to the gate. Sami will feel proud of himself when he gets "
          "there on time. If this doesn't happen, Sami will keep missing the start of lessons.")
BARE = "Mum will walk Sami to the school gate."


def _severity(engine, text, code):
    report = engine.check_many([text], ["goal"])[0]
    return {f.severity for f in report.findings if f.code == code}


@pytest.mark.parametrize("code", ["SOS514", "SOS516"])
def test_framed_goal_gets_a_hint(engine, code):
    assert _severity(engine, FRAMED, code) == {"hint"}


@pytest.mark.parametrize("code", ["SOS514", "SOS516"])
def test_bare_goal_gets_a_warning(engine, code):
    assert _severity(engine, BARE, code) == {"warning"}


def test_framed_goal_with_service_compliance_still_warns(engine):
    text = FRAMED.replace("walk Sami to the gate", "attend a parenting course")
    assert "warning" in _severity(engine, text, "SOS514") | _severity(engine, text, "SOS516")
