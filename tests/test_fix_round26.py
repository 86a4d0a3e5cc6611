"""Round 26 (lead, from fix_test25's swaps judged one by one at first sight: 3 bad, 8 doubtful of
78): four frames --fix now shows as advice and never writes, each with a near miss still written.
Every sentence here is new (not from fix_test25).
(A) "attended" whose "object" is a note's "re:" ("Police attended re: the assault"): there is no
    place for "went to" to go to.
(B) a note's passive with "was" left out ("Children observed to be in dirty clothes"): never "saw
    to be", which makes the children the ones who saw; "was observed to be" -> "was seen to be" stays.
(C) an acronym straight after an abbreviation's full stop ("since Sept. PEP targets"): whether a
    new sentence starts, and so the capital, is not certain.
(D) an acronym for who is worried with the feeling straight after it and no "is" ("HV worried
    that…"): spelled out, it reads as a past act, not a present worry.
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine


def _written(text: str, kind: str = "worry") -> dict:
    found = {}
    for report in engine().check_document(text, kind):
        for f in report.findings:
            if f.fix is not None and f.fix.applicability == "safe":
                found[report.text[f.fix.start:f.fix.end]] = f.fix.replacement
    return found


@pytest.mark.parametrize("text, words", [
    ("Police attended re: a fight between Mr Cole and his brother at the flat on 4 June.", "attended"),
    ("Children observed to be in dirty clothes and without coats on 12 January.", "observed to"),
    ("Kai (9) observed to have bruising on his arm by the school nurse on Monday.", "observed to"),
    ("Three fixed-term exclusions since Oct. PEP targets have not been reviewed.", "PEP"),
    ("HV worried that Mum seemed low and had not left the flat for a week.", "HV"),
])
def test_uncertain_frames_are_advice_only(text, words):
    assert words not in _written(text)


@pytest.mark.parametrize("text, words, replacement", [
    ("Mum attended the review on 4 June with Nan.", "attended", "went to"),
    ("Dad was observed to be drunk when he collected Ava (4) on Friday.", "observed to", "seen to"),
    ("The PEP targets for Callum (14) have not been reviewed since October.", "PEP", "personal education plan"),
    ("HV is worried that Mum seemed low and had not left the flat for a week.", "HV", "The health visitor"),
])
def test_the_same_swaps_in_a_certain_frame_are_still_written(text, words, replacement):
    assert _written(text).get(words) == replacement


# ---- from set 24's statements (open), their --fix swaps judged one by one: 7 bad, 7 doubtful of 51 ----
# (E) "safeguarding" -> "safety" narrows a statutory word ("a safeguarding concern", "leads on
#     safeguarding") and "escalation" -> "stronger action" breaks "escalation to CSC": advice only.
# (F) CSC is children's social care, not the wider "children's services".
# (G) a longer swap that puts a word already beside it ("a referral to early help" -> "a request for
#     help from early help"): advice only, as one-word swaps have been since round 24.
# (H) an acronym spelled out with a possessive in its words after another possessive ("Lucas's
#     CAMHS worker" -> "Lucas's children's…", read as Lucas's children): advice only.
@pytest.mark.parametrize("text, words", [
    ("The nursery has safeguarding concerns about Maisie (3) since she came in with a burn.", "safeguarding"),
    ("Mr Patel, who leads on safeguarding at the academy, rang Mum on Monday.", "safeguarding"),
    ("Any further missed visits will result in escalation to the child protection team.", "escalation"),
    ("The health visitor made a referral to early help in March after the third missed check.", "referral to"),
    ("Ruby's CAMHS worker is worried that Ruby (15) has stopped eating at school.", "CAMHS"),
])
def test_set24_frames_are_advice_only(text, words):
    assert words not in _written(text)


@pytest.mark.parametrize("text, words, replacement", [
    ("The case will stay open to CSC until the review in May.", "CSC", "children's social care"),
    # ("The school made a referral to the council on 2 May.", "referral to", "request for help from"):
    # round 32 (fix_verdicts31 fx31-024/068, as fx20-004): a referral is never written as a request for help
    ("Jo is known to YOT.", "YOT", "the youth offending team"),
])
def test_set24_near_misses_are_still_written(text, words, replacement):
    assert _written(text).get(words) == replacement
