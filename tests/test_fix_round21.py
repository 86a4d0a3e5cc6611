"""Round 21: the two bad `--fix` swap classes left open in round 20 (fix_test20's verdicts,
tests/data/agreement/fix_verdicts20.md), decided:
- "referral" -> "request for help" is written only where the sentence names who made the referral
  ("The school made a referral to ..."). With nobody named ("A referral has been made to the
  Forced Marriage Unit") a reader could take it that the child asked: who did what is no longer
  certain, so the swap is shown as advice and the words stay.
- "in respect of" / "regarding" -> "about" is written only where the noun the phrase hangs on
  takes "about" itself ("concerns in respect of"): not "capacity in respect of Leo", even when a
  worry word stands higher up the sentence; and not a second time on a word that already has its
  topic ("concerns regarding neglect and parenting capacity in respect of Leo" would read
  "about ... about Leo").
Wordings are the lead's own, not fix_test20's.
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from sos_lint.fixes import fixed_text


@pytest.fixture(scope="module")
def eng():
    return engine()


def _result(eng, text: str, kind: str = "worry"):
    return fixed_text(text, eng.check_document(text, kind))


REFERRAL_NO_MAKER = [
    "A referral has been made to the Forced Marriage Unit.",
    "A referral will be made to the post-adoption support team.",
    "A referral was sent to the youth offending service on 4 March.",
    "Referrals have been made to CAMHS and to the school nurse.",
]


@pytest.mark.parametrize("text", REFERRAL_NO_MAKER)
def test_referral_with_nobody_named_is_advice_only(eng, text):
    result = _result(eng, text)
    assert "request" not in result.text, result.text
    assert "eferral" in result.text, result.text


def test_referral_with_nobody_named_still_gets_advice(eng):
    result = _result(eng, REFERRAL_NO_MAKER[1])
    assert any("request" in e.replacement for e in result.advised), [e.replacement for e in result.advised]


REFERRAL_MAKER_NAMED = [
    ("The health visitor made a referral to the speech therapist in May.", "request for help"),
    ("A referral was made to the council by the school on 2 May.", "request for help"),
]


@pytest.mark.parametrize("text,plain", REFERRAL_MAKER_NAMED)
def test_referral_with_the_maker_named_is_written(eng, text, plain):
    # round 32 (fix_verdicts31 fx31-024/068, as fx20-004): a referral is never written as a request for help: shown, not written
    result = _result(eng, text)
    assert plain not in result.text and any(plain in e.replacement for e in result.advised)


ABOUT_NOT_WRITTEN = [
    "There are ongoing concerns regarding neglect and parenting capacity in respect of Leo and Ava (4).",
    "There are worries regarding neglect and Dad's capacity in respect of Leo and Ava.",
    "The team has concerns about his care and parenting capacity in respect of the baby.",
]


@pytest.mark.parametrize("text", ABOUT_NOT_WRITTEN)
def test_in_respect_of_under_a_noun_that_does_not_take_about(eng, text):
    out = _result(eng, text).text
    assert "about Leo" not in out and "about the baby" not in out, out
    assert "in respect of" in out, out


ABOUT_WRITTEN = [
    ("There are concerns in respect of Leo's weight.", "concerns about Leo's weight"),
    ("The school spoke to Mum in respect of Leo's attendance.", "about Leo's attendance"),
]


@pytest.mark.parametrize("text,plain", ABOUT_WRITTEN)
def test_in_respect_of_under_a_word_that_takes_about_is_still_written(eng, text, plain):
    assert plain in _result(eng, text).text


# ---- fix_test21's verdicts (read after the set was measured; wordings the lead's own) ----
NOT_WRITTEN_21 = [
    ("Dad did not attend the TAF on 12/03 at 10:00.", "TAF", "Team Around the Family"),
    ("Nan came to the TAC last week.", "TAC", "Team Around the Child"),
    ("A DASH was completed with Mum and graded high.", "DASH", "domestic abuse risk checklist"),
    ("The police said the case may proceed to a charge.", "proceed to", "go ahead"),
    ("Mum presented as homeless to the council on Friday.", "presented as homeless", "seemed homeless"),
]


@pytest.mark.parametrize("text,term,swap", NOT_WRITTEN_21)
def test_uncertain_swap_is_not_written(eng, text, term, swap):
    out = _result(eng, text).text
    assert swap not in out, out
    assert term in out, out


WRITTEN_21 = [
    ("The TAF meeting was held on 3 May.", "Team Around the Family meeting"),
    ("The TAC review is on Monday.", "Team Around the Child review"),
    ("The assessment will proceed next week.", "go ahead"),
    # round 31 (review31a, REPORT #7): shown, not written; see tests/test_review_round31a.py ("presented as")
]


@pytest.mark.parametrize("text,plain", WRITTEN_21)
def test_settled_swap_is_still_written(eng, text, plain):
    assert plain in _result(eng, text).text


def test_joined_verb_agrees_or_nothing_is_written(eng):
    # "Home conditions remain poor and pose a risk": never "the state of the home remains ... and pose"
    out = _result(eng, "Home conditions remain below an acceptable standard and pose a risk to Fern (4).").text
    assert "remains below an acceptable standard and pose " not in out, out


def test_agreement_of_a_joined_verb():
    from sos_lint.api import engine as make_engine
    from sos_lint.rewrite.words import _agreement

    doc = next(iter(make_engine().parse(["Home conditions remain poor and pose a risk to Fern."])))
    noun = next(t for t in doc if t.lower_ == "conditions")
    assert [(t.text, form) for t, form in _agreement(doc, noun, plural=False)] == [("remain", "remains"), ("pose", "poses")]
    doc = next(iter(make_engine().parse(["Home conditions remain poor and Dad and Mum pose a risk."])))
    noun = next(t for t in doc if t.lower_ == "conditions")
    assert [t.text for t, _ in _agreement(doc, noun, plural=False)] == ["remain"]
