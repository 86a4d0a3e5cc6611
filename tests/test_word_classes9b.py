"""Round 9, second pass (issue 11 sections 3-5): the classes W1-W7 of classes9.md widened along
the frame a rule missed on the round's class battery (tests/data/blind/words_battery9.jsonl).
For each miss the frame is written down first (the comment above each group), then cases of our
own: other verbs, objects and word order than the battery's, and near misses that must stay
silent. A fix that only caught the battery's phrase fails here.

Each case: (kind, text, code, words, fires), as in test_word_classes9.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

LABEL = ("SOS301", "SOS305")
JUDGEMENT = ("SOS305", "SOS301", "SOS304")

CASES = [
    # W4, frame: using a service had more verbs than access/use/accept. Taking a service up
    # ("take up parenting help") and "make use of" a service are using it; a parent being in for a
    # service's visits ("be at home for every visit", "be in for the checks") and opening the door
    # to a professional are letting one in; "let/permit/allow" reads who is let (the object, or
    # the subject of the verb after it), so a child's name elsewhere, or the professional's
    # owner ("Esther's social worker"), no longer hides the professional.
    ("goal", "Dad will take up the offer of counselling from Relate.", "SOS511", "take up the offer of counselling", True),
    ("goal", "Mum will make good use of the support on offer.", "SOS511", "make good use of the support", True),
    ("goal", "Grandad will be in for the health visitor's checks on Mondays.", "SOS511", "be in for the health visitor's checks", True),
    ("goal", "Dad will be around for the social worker's visits and appointments.", "SOS511", "be around for the social worker's visits", True),
    ("goal", "Dad will answer the door to the family support worker.", "SOS511", "answer the door to the family support worker", True),
    ("goal", "Mum will allow the health visitor to weigh Jade every fortnight.", "SOS511", "allow the health visitor to weigh Jade", True),
    ("goal", "Mum, you will let Leo's key worker speak to him alone each month.", "SOS511", "let Leo's key worker speak to him alone", True),
    ("goal", "Mum, you will permit the social worker to look round the flat and cook Kai his tea every night.", "SOS511", "permit the social worker to look round the flat", True),
    ("goal", "Dad will take up swimming with Leo on Saturdays.", "SOS511", "take up swimming", False),
    ("goal", "Dad will make use of the garden so the boys can play outside.", "SOS511", "make use of the garden", False),
    ("goal", "Nan will be in for the boys after school.", "SOS511", "be in for the boys", False),
    ("goal", "Dad will be at home for Kai's tea every night.", "SOS511", "be at home for Kai's tea", False),
    ("goal", "Dad will be there for every contact session with Leo.", "SOS511", "be there for every contact session", False),
    ("goal", "Mum will open the door to Nan when she brings Leo home.", "SOS511", "open the door to Nan", False),
    ("goal", "Mum will let Kai's friend look at his new bike.", "SOS511", "let Kai's friend look", False),
    ("goal", "Dad, you will let Nan see the boys every Sunday.", "SOS511", "let Nan see the boys", False),
]


@pytest.mark.parametrize("kind,text,code,words,fires", CASES,
                         ids=lambda v: v if isinstance(v, str) and len(v) < 8 else None)
def test_word_class_9b(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)
