"""Round 24 (lead, from fix_verdicts23's doubtful swaps, judged at first sight): three classes
--fix now shows as advice and never writes, each with a near miss that is still written:
(A) a term joined by a slash, with no space, to the words beside it ("SW/FSW/HV", "DV/DA"): one of
    a list written as a unit; plain words for one of them break the list;
(B) a one-word plain swap whose word already stands within five words in the same sentence
    ("is frequently collected late, often after 4.30pm" -> "often … often"); not a linking word
    ("in order to" -> "to" beside another "to");
(C) a service's acronym written as its own name, not a description that says more: CGL ("Change
    Grow Live", no longer "…drug and alcohol service", which said what the record may not).
CAMHS -> "the children's mental health service" (doubtful in fix_verdicts23 as in earlier
rounds: a description, not the name) is still written, as round 22 decided (test_fix_round22).
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine


def _fixes(text: str, kind: str) -> dict:
    found = {}
    for report in engine().check_document(text, kind):
        for f in report.findings:
            if f.fix is not None:
                found[report.text[f.fix.start:f.fix.end]] = (f.fix.applicability, f.fix.replacement)
    return found


@pytest.mark.parametrize("text, kind, words", [
    ("SW/FSW/HV all worried about the bruising seen on Kit (2) on Monday.", "worry", "FSW"),
    ("There will be no more DV/DA in front of Moss (6).", "goal", "DV"),
])
def test_a_term_in_a_slash_list_is_advice_only(text, kind, words):
    assert _fixes(text, kind).get(words, ("unsafe",))[0] != "safe"


def test_the_same_term_with_spaces_is_still_written():
    assert _fixes("The FSW saw the bruising on Kit (2) on Monday.", "worry").get("FSW", ("none",))[0] == "safe"


def test_a_swap_whose_word_stands_beside_it_is_advice_only():
    found = _fixes("Kai (9) is frequently collected late, often after 5pm, by Mum.", "worry")
    assert found.get("frequently", ("unsafe",))[0] != "safe"


def test_the_same_swap_alone_is_still_written():
    found = _fixes("Kai (9) is frequently collected late from school by Mum.", "worry")
    assert found.get("frequently", ("none",))[0] == "safe"


def test_a_linking_word_beside_itself_is_no_stutter():
    found = _fixes("Mum will ring Nan in order to get help to calm down when Lark (3) cries.", "goal")
    assert found.get("in order to", ("none",))[0] == "safe"


def test_cgl_is_written_as_its_own_name_only():
    found = _fixes("Dad has not engaged with CGL since the review in March.", "worry")
    applicability, replacement = found.get("CGL", ("none", ""))
    assert "drug and alcohol" not in replacement
    if applicability == "safe":
        assert replacement.strip() == "Change Grow Live"
