"""Round 41 (r41c): word faults still missed, each read as a class from the parse, with wordings of our
own and near misses that must stay clean. Each case: (kind, text, code, words, fires), as in
test_words_round40.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

JUDGEMENT = ("SOS304", "SOS305", "SOS301")
BLAME = ("SOS306",)
VAGUE = ("SOS302",)
JARGON = ("SOS101", "SOS104")

# C1 (review40w W#6). A child held to a duty to keep away from the adults who exploit her, said with a
# verb of holding back ("refrain from", "desist from", "cease") over keeping company or contact; the
# court's words for a child ("the minor", "the juvenile") read as the child.
CHILD_HELD_BACK = [
    ("goal", "The minor must refrain from associating with the said males.", BLAME,
     "refrain from associating with the said males", True),
    ("goal", "Tiana (14) was groomed by men at the takeaway. Tiana is to cease all contact with the men.",
     BLAME, "cease all contact with the men", True),
    ("goal", "The juvenile shall desist from mixing with older males at the park.", BLAME,
     "desist from mixing with older males", True),
    ("goal", "Kyle (15) carries drugs for a gang. Kyle must refrain from meeting the gang.", BLAME,
     "refrain from meeting the gang", True),
    # near misses: an adult held back; company that is not the adults who exploit; the adults' own act
    ("goal", "Mr Pryce will refrain from contact with Shannon's mother until the court hearing.", BLAME,
     "refrain from contact", False),
    ("goal", "Kyle (15) will stop associating with his cousins after ten at night, as Nan asked.", BLAME,
     "associating with his cousins", False),
    ("goal", "Nan will keep the minor away from the men and ring the police if they come to the door.",
     BLAME, "away from the men", False),
    ("worry", "Bea (12) went to the minor injuries unit with a cut from the men's dog.", BLAME,
     "minor injuries", False),
]

# C2 (review40w W#6). Legal English that points back ("the said", "aforesaid", "the above-named").
LEGALESE = [
    ("goal", "The minor must refrain from associating with the said males.", JARGON, "the said", True),
    ("worry", "Mr Okoye returned to the aforesaid address on 4 June and broke the window.", JARGON,
     "aforesaid", True),
    ("worry", "The above-named child was found alone in the flat by a neighbour.", JARGON, "above-named", True),
    # near misses: "said" as the verb of saying, after "the" of another noun
    ("worry", "Kemi said the men had knives in the car.", JARGON, "said the", False),
    ("worry", "Her teacher wrote down what the boy said the next morning.", JARGON, "the boy said", False),
    ("worry", "Dad said that the baby cried all night.", JARGON, "said that the", False),
]

# C3. An adult's state graded as too much by the writer ("overly", "excessively", "unduly") with no object
# after it: a verdict, not what anyone saw.
EXCESS_STATE = [
    ("worry", "Ms Adeyemi is overly anxious and keeps Femi (6) home when he sneezes.", JUDGEMENT,
     "overly anxious", True),
    ("worry", "Grandad presents as overly emotional in meetings about Ollie.", JUDGEMENT, "overly emotional", True),
    ("worry", "Mr Kowal is excessively strict with the twins at mealtimes.", JUDGEMENT, "excessively strict", True),
    ("worry", "Ms Reyes seems unduly relaxed about the broken stair gate.", JUDGEMENT, "unduly relaxed", True),
    # near misses: a child; "too … to" saying what a state kept someone from; the adult's own words; the writer
    ("worry", "Femi (6) is overly tired after swimming and falls asleep at tea.", JUDGEMENT, "overly tired", False),
    ("worry", "Dad was too drunk to stand when he came for Ollie on Friday.", JUDGEMENT, "too drunk", False),
    ("worry", "Ms Reyes told me she feels she is overly anxious since the fire.", JUDGEMENT, "overly anxious", False),
    ("worry", "I was overly hopeful at the last review about the stair gate.", JUDGEMENT, "overly hopeful", False),
]

# C4. A goal's aim as an inner state someone will have or develop, named by a noun ("a positive sense of
# identity", "financial stability", "a balanced world view"): nothing anyone will see.
INNER_STATE_AIM = [
    ("goal", "Tariq will develop a strong sense of belonging in his foster family.", VAGUE,
     "strong sense of belonging", True),
    ("goal", "Mum and Corey will have financial security by the spring.", VAGUE, "financial security", True),
    ("goal", "Maya will develop a healthier outlook on relationships.", VAGUE, "healthier outlook", True),
    ("goal", "Her carers will promote stability for Nell.", VAGUE, "stability", True),
    ("goal", "Ibrahim will gain independence.", VAGUE, "independence", True),
    # near misses: what shows it said with "by"; a view of a place; a job's name; a service's measure; a worry
    ("goal", "Ibrahim will gain confidence by catching the bus to college with his uncle each Monday.", VAGUE,
     "confidence", False),
    ("goal", "Nell will have a bedroom with a view of the park and a lock on the door.", VAGUE, "view", False),
    ("goal", "The club will have security staff on the door when Corey plays there.", VAGUE, "security staff",
     False),
    ("worry", "Tariq has lost his sense of belonging since the move, his teacher says.", VAGUE,
     "sense of belonging", False),
]

CASES = CHILD_HELD_BACK + LEGALESE + EXCESS_STATE + INNER_STATE_AIM


@pytest.mark.parametrize("kind,text,code,words,fires", CASES)
def test_round41_word_classes(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_each_class_has_firing_cases_and_near_misses():
    for cases in (CHILD_HELD_BACK, LEGALESE, EXCESS_STATE, INNER_STATE_AIM):
        assert sum(c[4] for c in cases) >= 3
        assert sum(not c[4] for c in cases) >= 3
