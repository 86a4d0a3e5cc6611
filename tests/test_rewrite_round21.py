"""Round 21: a victim-blaming phrase said of a PARENT ("Mother failed to protect by letting him
stay") is replaced by a question about the children and whoever harmed them, never one that makes
the blamed parent both the doer and the child ("What did the Mother do to Mother?", set 20's
rewrite of w20-06). A child as the subject is still the child asked about. Wordings the lead's own."""
from __future__ import annotations

import re

import pytest

import sos_lint


ADULT_SUBJECT = [
    ("Dean hit Mum in front of Rosa (6) and Finn (4). Mother failed to protect by letting him stay at the flat. "
     "Rosa and Finn are frightened.", "Mother"),
    ("Mr Cole shouted at Ivo (7) and pushed him. Mum failed to protect Ivo from Mr Cole.", "Mum"),
    ("Kit (5) was left with Jay, who had been drinking. The mother failed to protect Kit.", "mother"),
]


@pytest.mark.parametrize("text,parent", ADULT_SUBJECT)
def test_blamed_parent_is_never_the_child_asked_about(text, parent):
    out = sos_lint.rewrite(text, kind="worry").text
    questions = re.findall(r"\[What did [^\]]*\]", out)
    assert questions, out
    for q in questions:
        assert not re.search(rf"do to (the )?{parent}\b", q, re.IGNORECASE), q
        doer, _, done_to = q.partition(" do to ")
        assert doer.split("What did ", 1)[1].strip() != done_to.split("?")[0].strip(), q


CHILD_SUBJECT = [
    ("Ayla (14) is putting herself at risk by going to parties with older men.", "Ayla"),
    ("Noor (15) has made a lifestyle choice to spend nights with men she meets online.", "Noor"),
]


@pytest.mark.parametrize("text,child", CHILD_SUBJECT)
def test_child_subject_is_still_the_child_asked_about(text, child):
    out = sos_lint.rewrite(text, kind="worry").text
    assert re.search(rf"\[What did [^\]]* do to {child}", out), out

