"""Round 20, second pass: a reader judged every `--fix` swap on the fresh fix_test20 BEFORE round
20's fix work (tests/data/agreement/fix_verdicts20.md: 9 bad of 138). Round 20's class mends
stopped one (ED); the lead made six more terms advice only, shown but never written, because no
reading of one sentence makes them certain:
- "CP" is also cerebral palsy ("Meadow (5, CP)" beside missed physio): only "CP plan", "CP
  conference", "CP register", "CP review" and "CP meeting" are settled and still written;
- "CLA" -> "child in care": a child looked after under s20 is not "in care";
- "centile" -> "line on the growth chart": "the 99.6th line on the growth chart" is garbled;
- "convened" -> "held": says a meeting took place that may only have been set up;
- "physical chastisement" -> "hitting as punishment": narrows any physical punishment to hitting;
- "under the category of" -> "because of": a plan's category is not a finding of cause.
Left as they were: "in respect of" -> "about" (rounds 11 and 13 judged it certain after
worry words; fx20-068's fault was two swaps making "about" twice) and "referral" made to a service (round 18 judged "request for help" certain there;
this reader judged it bad for a referral to the Forced Marriage Unit): both decided in round 21
(tests/test_fix_round21.py).
Wordings are the lead's own, not fix_test20's.
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from sos_lint.fixes import fixed_text


@pytest.fixture(scope="module")
def eng():
    return engine()


def _fixed(eng, text: str, kind: str = "worry") -> str:
    return fixed_text(text, eng.check_document(text, kind)).text


NOT_WRITTEN = [
    ("Ezra (7, CP) has missed four physiotherapy sessions since May.", "CP", "child protection"),
    ("Tilly became CLA under s20 on 2 June.", "CLA", "child in care"),
    ("The CLA review was held on 9 May.", "CLA", "child in care"),
    ("Noah's weight has dropped from the 50th centile to the 9th centile.", "centile", "growth chart"),
    ("Her height is above the 98th centile.", "centile", "growth chart"),
    ("A strategy meeting was convened on 3 April.", "convened", "held"),
    ("The school convened a meeting with Mum on Friday.", "convened", "held"),
    ("Dad said he uses physical chastisement when Leo is rude.", "physical chastisement", "hitting as punishment"),
    ("Stepdad believes in reasonable chastisement.", "reasonable chastisement", "hitting as punishment"),
    ("Leo is subject to a child protection plan under the category of neglect.", "under the category of", "because of"),
]


@pytest.mark.parametrize("text,term,swap", NOT_WRITTEN)
def test_uncertain_swap_is_not_written(eng, text, term, swap):
    out = _fixed(eng, text)
    assert swap not in out, out
    assert term in out, out


@pytest.mark.parametrize("text,term,swap", NOT_WRITTEN[:1] + NOT_WRITTEN[3:4] + NOT_WRITTEN[5:6] + NOT_WRITTEN[9:])
def test_the_term_is_still_flagged_with_advice(eng, text, term, swap):
    findings = [f for report in eng.check_document(text, "worry") for f in report.findings]
    start = text.index(term)
    hits = [f for f in findings if f.code.startswith("SOS1") and f.start <= start < f.end]
    assert hits, [(f.code, f.message) for f in findings]
    assert all(f.fix is None or not f.fix.safe for f in hits)


# Near misses: other swaps in the same sentences are still written.
STILL_WRITTEN = [
    ("Prior to the visit, Ezra (7, CP) missed physio.", "Before the visit"),
    ("Tilly became CLA under s20 prior to Christmas.", "before Christmas"),
    ("Dad said he uses physical chastisement whilst drunk.", "while"),
    ("There are concerns in respect of Mum's drinking prior to school runs.", "before school runs"),
    ("A strategy meeting was convened subsequent to the call.", "after the call"),
    ("Ezra has been on a CP plan since 4 March.", "child protection plan"),
    ("Mum and Dad will go to the CP conference on 3 May.", "child protection conference"),
]


@pytest.mark.parametrize("text,written", STILL_WRITTEN)
def test_other_swaps_in_the_sentence_are_still_written(eng, text, written):
    assert written in _fixed(eng, text)
