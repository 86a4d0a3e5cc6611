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

# C4b. A standard or milestone met or reached with nothing saying which ("meet minimum standards", "meet
# his developmental milestones", "is not meeting her milestones").
UNNAMED_STANDARD = [
    ("goal", "The flat to meet minimum standards before the baby comes home.", VAGUE, "minimum standards", True),
    ("goal", "Nova will hit her milestones.", VAGUE, "milestones", True),
    ("worry", "Ravi (20 months) is not reaching his developmental milestones.", VAGUE, "milestones", True),
    # near misses: which standard is said; the milestones are named; a named body; a family's custom
    ("goal", "Dad will keep the flat to the standard of the last visit, with the floor clear and the fridge "
     "stocked.", VAGUE, "standard", False),
    ("goal", "Ravi will reach the milestones set out in his red book, such as sitting up by June.", VAGUE,
     "milestones", False),
    ("worry", "On a visit with Trading Standards, police found Kai (15) working in the car wash.", VAGUE,
     "Standards", False),
]

# C5 (review41m M#6). A pre-birth file's shorthand: "DNA" as "did not attend" read from its neighbours
# (not the genetic code), a child "removed" (taken into care), lab and scan names, and a relation's
# letters before a name ("FOB Jack") that are not a police rank ("DC Khan").
MIDWIFE_SHORTHAND = [
    ("worry", "Ms Kaur DNA two antenatal clinics in March.", JARGON, "DNA", True),
    ("worry", "Poor attendance at the clinic, DNA x3 appointments.", JARGON, "DNA", True),
    ("worry", "Shanice's two older boys were removed from her care in 2022.", JARGON, "removed", True),
    ("worry", "Ms Kaur has had a child removed before.", JARGON, "removed", True),
    ("worry", "Ms Kaur had a positive urine drug screen at the booking clinic.", JARGON, "drug screen", True),
    ("worry", "Ms Kaur has not had her dating scan.", JARGON, "dating scan", True),
    ("worry", "The baby's father, FOB Dean Platt (30), kicked Shanice on 2 May.",
     ("SOS101", "SOS102", "SOS103"), "FOB", True),
    ("worry", "Ms Kaur is 30 weeks pregnant and did not say at booking that she smokes cannabis.", JARGON,
     "booking", True),
    # near misses: DNA the genetic code; a tooth and a school roll; a police rank; the scan itself; booking as a verb
    ("worry", "Ms Kaur was booking a taxi to the antenatal clinic when Dean took her phone.", JARGON, "booking", False),
    ("worry", "A DNA test in May showed that Dean is the baby's father.", JARGON, "DNA", False),
    ("worry", "Kit's bad tooth was removed at the dental hospital on 3 June.", JARGON, "removed", False),
    ("worry", "The twins were removed from the school roll in April.", JARGON, "removed", False),
    ("worry", "DC Ruth Ayo saw the bruise on Shanice's arm on 2 May.", ("SOS101", "SOS102", "SOS103"), "DC", False),
    ("worry", "Shanice went to her 12-week scan with her sister.", JARGON, "scan", False),
]

CASES = CHILD_HELD_BACK + LEGALESE + EXCESS_STATE + INNER_STATE_AIM + UNNAMED_STANDARD + MIDWIFE_SHORTHAND


@pytest.mark.parametrize("text,plain", [
    ("Baby Lennon was born 37+4/40 and weighed 2.6kg.", "at 37 weeks and 4 days"),
    ("Baby Lennon was born at 35/40.", "35 weeks"),
    ("Shanice (17) is 29+1/40 and lives with her aunt.", "29 weeks and 1 day pregnant"),
    ("Shanice (17) is 31/40 and lives with her aunt.", "31 weeks pregnant"),
])
def test_gestation_suggestion_keeps_days_and_birth(engine, text, plain):
    """Round 41 (review41m M#6): a gestation at birth is not "pregnant", and the days after "+" are kept.
    The suggestion is advice: the fixer leaves it to the writer (the words do not fit every sentence)."""
    report = engine.check_many([text], ["worry"])[0]
    found = [f for f in report.findings if f.code == "SOS101" and "/40" in text[f.start:f.end]]
    assert found and f'Try "{plain}".' in found[0].message


def test_unborn_is_the_baby_not_a_time(engine):
    report = engine.check_many(["Risk of significant harm to unborn."], ["worry"])[0]
    found = [f for f in report.findings if f.code == "SOS101" and f.message.startswith('"unborn"')]
    assert found and "the baby before birth" in found[0].message and "time around" not in found[0].message


@pytest.mark.parametrize("kind,text,code,words,fires", CASES)
def test_round41_word_classes(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_each_class_has_firing_cases_and_near_misses():
    for cases in (CHILD_HELD_BACK, LEGALESE, EXCESS_STATE, INNER_STATE_AIM, UNNAMED_STANDARD, MIDWIFE_SHORTHAND):
        assert sum(c[4] for c in cases) >= 3
        assert sum(not c[4] for c in cases) >= 3
