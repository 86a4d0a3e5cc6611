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
