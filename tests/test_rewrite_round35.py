"""Round 35 (r35a): the fix_verdicts33 mends, by class.

No swap where the preposition a swap takes in governs a time ("presented at 04:30" -> "went to
04:30", judged bad); "observed to" before a verb of what is heard; a role's acronym in a list of
agencies named bare; "the property" as the subject of what is said about its tenancy; an
acronym's words opening a bare singular subject take "The". Each reads the parse around the
candidate swap (rewrite/guards.py). Cases are written for this file, not copied from the sets.

(Round 35 also tried to finish review34d D#8, the rewrite-side hold for what a swap says, with a
question beside each kept term; it was measured and removed, see the commit log and branch
r35a-d8-experiment.)
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from sos_lint.fixes import checked_fixed_text
from sos_lint.rewrite import rewrite


def _fixed(text: str, kind: str = "worry") -> str:
    eng = engine()
    return checked_fixed_text(eng, text, eng.check_document(text, kind), kind).text


# ---- (C) fix_verdicts33 ------------------------------------------------------------------------
def test_no_place_swap_where_the_preposition_takes_a_time():
    draft = "Kyle (16) presented at 23:40 on 2 April with a cut hand."
    assert "went to 23:40" not in _fixed(draft)
    assert "went to 23:40" not in rewrite(draft, "worry", scaffold=False).text
    # near miss: a place after it is still made plain by the rewrite
    near = rewrite("Kyle (16) presented at the walk-in centre on 2 April with a cut hand.", "worry", scaffold=False)
    assert "went to the walk-in centre" in near.text


def test_observed_before_a_verb_of_what_is_heard_is_not_seen():
    draft = "Dad was observed to scream at the baby when she cried."
    assert "seen to scream" not in _fixed(draft)
    assert "seen to scream" not in rewrite(draft, "worry", scaffold=False).text
    assert _fixed("Dad was observed to push the baby's cot against the wall.") == \
        "Dad was seen to push the baby's cot against the wall."  # near miss: an act one sees


def test_a_role_acronym_in_a_list_of_agencies_is_not_made_a_person():
    draft = "A meeting was held on 3 May (SW, Police, Education) after Lily told her teacher about the bruise."
    assert "social worker" not in _fixed(draft)
    assert _fixed("The SW saw Lily at school on 3 May.") == "The social worker saw Lily at school on 3 May."


def test_the_property_of_a_tenancy_is_not_the_home():
    draft = "The property has rent arrears of £900 and the landlord has served notice."
    assert _fixed(draft) == draft
    assert "The home has rent arrears" not in rewrite(draft, "worry", scaffold=False).text
    assert _fixed("The property is cold and there is black mould in the children's bedroom.").startswith("The home is cold")


def test_an_acronym_opening_a_bare_subject_takes_the_article():
    assert _fixed("YOT worker is worried that Leon (15) carries a knife.").startswith(
        "The youth offending team worker is worried")
    # near misses: a plural stays bare; a noun with its own article keeps it
    assert _fixed("YOT appointments were missed twice in May.").startswith("Youth offending team appointments")
    assert _fixed("The YOT worker saw Leon on Monday.").startswith("The youth offending team worker saw")
