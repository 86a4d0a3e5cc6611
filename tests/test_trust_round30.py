"""Round 30 (lead, from a practice lead's trial of the tool as a user). Every sentence is new.
(A) Advice about an exploited child names the child, never a pronoun of the wrong sex ("what they
    did to Summer, for example bought him gifts").
(B) Whether an account fits an injury ("no explanation consistent with the injury", "an account
    that was consistent with the marks") is not a guess about the cause; a finding said to fit a
    cause still is ("bruising consistent with a slap").
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine


def _findings(text: str, kind: str = "worry"):
    report = engine().check_document(text, kind)[0]
    return [(f.code, report.text[f.start:f.end], f.message) for f in report.findings]


@pytest.mark.parametrize("text, child", [
    ("The youth worker is worried that Poppy (14) is associating with older males who wait outside school.", "Poppy"),
    ("The social worker is worried that Kian (15) is associating with older men at the arcade.", "Kian"),
])
def test_victim_blaming_advice_names_the_child_not_a_pronoun(text, child):
    messages = [m for code, _, m in _findings(text) if code == "SOS306"]
    assert messages, "the victim-blaming words should still be flagged"
    assert all(" him " not in m and " her " not in m for m in messages)
    # Round 33: the child is named in the advice, and the invented example keeps the placeholder, so
    # it cannot be read as a fact about this child ("for example that they bought [name] gifts").
    assert any(f"did to {child}, for example that they bought [name] gifts" in m for m in messages), messages


@pytest.mark.parametrize("text", [
    "The paediatrician is worried that neither parent has given an explanation consistent with the fracture to Ezra (1).",
    "Dad gave an account that was consistent with the graze on Ezra's knee (1).",
])
def test_whether_an_account_fits_is_not_a_guess(text):
    assert not [s for code, s, _ in _findings(text) if code == "SOS304" and "consistent" in s]


@pytest.mark.parametrize("text", [
    "The bruising on Ezra's back (1) is consistent with a slap.",
    "Ezra (1) has marks on his legs consistent with a belt.",
])
def test_a_finding_said_to_fit_a_cause_is_still_a_guess(text):
    assert [s for code, s, _ in _findings(text) if code == "SOS304" and "consistent" in s]
