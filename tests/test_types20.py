"""Round 20 (types20): the right TYPE for words a rule already flags.

A child's behaviour named by how it struck someone ("Callum displays challenging behaviour",
"excluded for disruptive behaviour") is not a label in the sense the sets share (a name for an
ADULT's behaviour, or a diagnosis): it is vague, a phrase that does not say what happened, and the
advice asks what the child did. An adult's behaviour named the same way stays a label (SOS301);
kinds of behaviour ("sexualised", "anti-social", "self-harming") keep their type. Wordings written
before the code; each case: (kind, text, code, words, fires), as in test_word_classes9.py.
"""
from __future__ import annotations

import pytest

from word_classes import check_word_class

VAGUE = ("SOS302",)
LABEL = ("SOS301",)

CHILD_BEHAVIOUR_JUDGED = [
    ("worry", "Callum (9) has autism and displays challenging behaviour at home most evenings.", VAGUE,
     "challenging behaviour", True),
    ("worry", "Basil (14) has been excluded from school due to persistent disruptive behaviour.", VAGUE,
     "disruptive behaviour", True),
    ("worry", "Page (14) was sent home from school following concerning behaviour.", VAGUE,
     "concerning behaviour", True),
    ("worry", "Mum finds it hard when Drew's challenging behaviour starts at bedtime.", VAGUE,
     "challenging behaviour", True),
    ("worry", "Kai (6) has problematic behaviour at nursery.", VAGUE, "problematic behaviour", True),
    ("worry", "Sage (12) has unpredictable behaviour towards his younger siblings.", VAGUE,
     "unpredictable behaviour", True),
    ("worry", "Ruby's disruptive behaviour means she is often sent out of class.", VAGUE,
     "disruptive behaviour", True),
    ("worry", "Noah (8) is showing concerning behaviours at home.", VAGUE, "concerning behaviours", True),
    ("worry", "Mia (5) has bizarre behaviour at bedtime.", VAGUE, "bizarre behaviour", True),
    ("worry", "Amira's erratic behaviour at school has got worse since the summer.", VAGUE,
     "erratic behaviour", True),
    ("worry", "Leo (7) shows worrying behaviour at school most days.", VAGUE, "worrying behaviour", True),
    ("worry", "Basil is a Year 9 pupil who has been excluded from the PRU due to disruptive behaviour.", VAGUE,
     "disruptive behaviour", True),
    ("worry", "The school rang about Page (14), a boarder who was sent home following concerning behaviour.", VAGUE,
     "concerning behaviour", True),
    # ...and not as a label for what an adult did.
    ("worry", "Callum (9) has autism and displays challenging behaviour at home most evenings.", LABEL,
     "challenging behaviour", False),
    ("worry", "Amira's erratic behaviour at school has got worse since the summer.", LABEL,
     "erratic behaviour", False),
    # Near misses: an adult's behaviour stays a label; a kind of behaviour keeps its own type.
    ("worry", "Dad's erratic behaviour frightens the children.", LABEL, "erratic behaviour", True),
    ("worry", "Dad's erratic behaviour frightens the children.", VAGUE, "erratic behaviour", False),
    ("worry", "Mr Lane showed concerning behaviour towards Mum in front of Ava.", LABEL,
     "concerning behaviour", True),
    ("worry", "Dad has shown disruptive behaviour at the family centre.", LABEL, "disruptive behaviour", True),
    ("worry", "Ava (6) has displayed sexualised behaviour at school twice this term.", VAGUE,
     "sexualised behaviour", False),
    ("worry", "Sonny (13) has been involved in anti-social behaviour in the community.", VAGUE,
     "anti-social behaviour", False),
    ("worry", "Autumn has a history of self-harming behaviours.", VAGUE, "self-harming behaviours", False),
    ("worry", "Mr Dunn is a neighbour who has shown concerning behaviour towards Ava.", VAGUE,
     "concerning behaviour", False),
]


@pytest.mark.parametrize("kind, text, code, words, fires", CHILD_BEHAVIOUR_JUDGED)
def test_child_behaviour_judged(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_class_has_ten_wordings_and_five_near_misses():
    assert sum(fires and code == VAGUE for _, _, code, _, fires in CHILD_BEHAVIOUR_JUDGED) >= 10
    assert sum(not fires for *_, fires in CHILD_BEHAVIOUR_JUDGED) >= 5


def test_advice_asks_what_the_child_did(engine):
    """The message fits the kind: vague, and asks what the child did, not what "the adult" did."""
    text = "Sage (12) has unpredictable behaviour towards his younger siblings."
    report = engine.check_many([text], ["worry"])[0]
    found = [f for f in report.findings if f.code == "SOS302" and text[f.start:f.end] == "unpredictable behaviour"]
    assert found, [(f.code, text[f.start:f.end]) for f in report.findings]
    assert "is vague" in found[0].message and "Sage did" in found[0].message
    assert "the adult" not in found[0].message


def test_type_mismatch_groups_by_entry():
    """devtools.type_mismatch groups a mismatch under its lexicon entry and counts sets."""
    from devtools.type_mismatch import group, lexicon_index

    index = lexicon_index()
    found = {"code": "SOS301", "name": "label-not-behaviour", "flagged": "concerning behaviour", "message": "x"}
    records = [{"set": s, "id": f"{s}-1", "type": "vague", "words": "concerning behaviour", "typed": False,
                "found": [found]} for s in ("a", "b", "c")]
    records.append({"set": "d", "id": "d-1", "type": "label", "words": "concerning behaviour", "typed": True,
                    "found": [found]})
    groups = group(records, index)
    assert len(groups) == 1
    assert groups[0]["entry"].startswith("specificity: 'erratic behaviour'")
    assert groups[0]["sets"] == ["a", "b", "c"]
    assert groups[0]["marked_as"] == {"vague": 3, "label": 1}
