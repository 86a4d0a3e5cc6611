"""Round 31 (lead, from fix_test30's swaps judged one by one at first sight: 1 bad, 4 doubtful of
92). What `check --fix` now writes, each with a near miss still written. Every sentence here is new
(none is from fix_test30).
(A) "attended" with no object after it is not "went to": a clause before it that the parser hung
    on the verb ("He cried; police attended and found …") is not its object.
(B) "presented as" before what was seen ("with a cut lip") is not written as "seemed": that hedges
    the injury. Before a state alone it is still "seemed".
(C) an acronym whose gloss in brackets holds another acronym ("the CMHT (community MH team)") is
    glossed already: expanding it writes the words twice.
(D) one swap carried by two findings is listed once by devtools.eval_fix.
"""
from __future__ import annotations

from devtools import eval_fix
from test_fix_round26 import _written


# (A)
def test_attended_with_a_clause_before_it_is_not_went_to():
    text = "Mia (4) told staff she was hungry; police attended and found no food in the flat."
    assert "attended" not in _written(text)


def test_attended_with_a_place_is_still_went_to():
    text = "Mia (4) told staff she was hungry; police attended the flat and found no food there."
    assert _written(text).get("attended") == "went to"


# (B)
def test_presented_as_before_an_injury_is_left():
    text = "The school nurse is worried because Mum presented as shaky with a cut lip when she collected Ola (7)."
    assert "presented as" not in _written(text)


def test_presented_as_before_a_state_is_advice():
    # review31a (the same round) made every "presents as" -> "seems" advice only: the checker then
    # flagged "seems" as a guess. Shown, never written.
    from test_fix_round30 import _shown

    text = "The school nurse is worried because Mum presented as shaky and tired when she collected Ola (7)."
    assert "presented as" not in _written(text)
    assert _shown(text).get("presented as") == "seemed"


# (C)
def test_acronym_glossed_with_an_acronym_inside_is_left():
    text = "The CMHT (community MH team) closed Mr Lund's case and he shouts at Ava (9) when she cries."
    assert "CMHT" not in _written(text)


def test_acronym_without_a_gloss_is_still_written_out():
    text = "The CMHT closed Mr Lund's case and he shouts at Ava (9) when she cries."
    assert "CMHT" in _written(text)


# (D)
def test_one_swap_is_listed_once():
    rows = [{"id": "t1", "kind": "goal",
             "text": "Dad needs to be sober at every family time session before the review CP conference on 4 June."}]
    out, _ = eval_fix.fixes(rows)
    keys = [(s["from"], s["to"], s["context"]) for s in out[0]["swaps"]]
    assert keys and len(keys) == len(set(keys))
