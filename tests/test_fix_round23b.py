"""Round 23 (lead, after fix_test23 was judged at first sight): a duty's own word is not written
as "needed". "as required under his licence conditions" -> "as needed" reads "when needed"."""
from __future__ import annotations

import pytest

from sos_lint.api import engine


def _fixes(text: str, kind: str) -> dict:
    found = {}
    for report in engine().check_document(text, kind):
        for f in report.findings:
            if f.fix is not None:
                found[report.text[f.fix.start:f.fix.end]] = f.fix.applicability
    return found


@pytest.mark.parametrize("text, kind, words", [
    ("Mr Hale did not report his new partner as required under his licence.", "worry", "required"),
    ("Ms Dunn has not kept the curfew required by the court.", "worry", "required"),
    ("Dad did not give the probation officer his phone number, as required.", "worry", "required"),
])
def test_a_duty_required_is_advice_only(text, kind, words):
    assert _fixes(text, kind).get(words, "unsafe") != "safe"


def test_an_ordinary_need_is_still_written():
    assert _fixes("The children require help with their reading every night.", "worry").get("require") == "safe"
