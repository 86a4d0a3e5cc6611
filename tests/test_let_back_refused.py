"""SOS306 "let him back in": blame only where the parent let the abuser back, never where she
refuses to. A goal such as "Mum, you will not let Darren stay over" is the protective plan itself
(round 8: the rule flagged it, and the rewrite swapped the clause for a question about what Dad
did, losing its "not"). Wordings of my own."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

CASES = [
    # the parent keeping him out: not blame
    ("goal", "Mum, you will not let Jason back into the flat while the court order is in place.", "let Jason back", False),
    ("goal", "Gemma, you won't let Lee stay over on the nights the children are at home.", "let Lee stay", False),
    ("worry", "Mum told me she would never let Dad back in after what he did to Kyla (6).", "let Dad back in", False),
    ("worry", "Since March Mum has refused to let Steve back into the house, and Poppy (4) sleeps better.", "let Steve back", False),
    ("worry", "Nicola has stopped letting her ex-partner Ryan back in when he turns up drunk.", "letting her ex-partner Ryan back", False),
    ("goal", "Mum does not want to let Carl back home until he has done the programme.", "let Carl back", False),
    # letting him back: still blame, as before
    ("worry", "Mum let Jason back in last month after he hit her in front of Kai (3).", "let Jason back in", True),
    ("worry", "Gemma has allowed Lee to return to the home although he pushed her down the stairs.", "allowed Lee to return", True),
    ("worry", "After the police left, Mum let Dad back in and he hit her again while Mia (5) watched.", "let Dad back in", True),
]


@pytest.mark.parametrize("kind, text, words, fires", CASES)
def test_let_back(engine, kind, text, words, fires):
    check_word_class(engine, kind, text, "SOS306", words, fires)
