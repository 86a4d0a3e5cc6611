"""Round 32 (words32): victim blaming and a guess read as classes on the parse
(sos_lint/checks/words32.py), "robust" moved to the vague word list and five jargon terms, with wordings of our own and near misses that must stay clean. Each
case: (kind, text, code, words, fires), as in test_words_round31.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

BLAME = "SOS306"
GUESS = ("SOS304", "SOS305")

# C1. A goal setting the woman a man hurts the task of keeping him out. Near misses: the same with
# her plan in the sentence ("if he turns up ... ring 999", the good statements' wording), a worry
# telling what she did, keeping out someone who is not the man who hurts, a goal naming his part,
# and no abuse of a partner in the statement.
KEPT_OUT = [
    ("goal", "Dad punched Mum in May. Mum will not allow Dad back into the flat. Tia (4) will sleep in her own room.",
     BLAME, "not allow Dad back", True),
    ("goal", "Mr Cole hit Ms Vine in front of the twins. Ms Vine must never let Mr Cole into the house.",
     BLAME, "never let Mr Cole into the house", True),
    ("goal", "Mum to keep the children away from domestic abuse and not allow her ex-partner Jay back.",
     BLAME, "not allow her ex-partner Jay back", True),
    ("goal", "Domestic abuse has harmed the children. Mother to not permit Mr Dale into the property.",
     BLAME, "not permit Mr Dale into the property", True),
    # near misses
    ("goal", "Dad punched Mum in May. Mum will not let Dad into the flat, and if he comes round she will ring 999.",
     BLAME, "not let Dad into the flat", False),
    ("worry", "Dad punched Mum in May, and since then Mum has not let him back into the flat.",
     BLAME, "not let him back", False),
    ("goal", "Dad punched Mum in May. Mum will not allow strangers into the flat at night.",
     BLAME, "not allow strangers into the flat", False),
    ("goal", "Dad punched Mum in May. Dad will stay at his brother's and go to a perpetrator programme, and "
             "Mum will not allow him back into the flat.",
     BLAME, "not allow him back", False),
    ("goal", "Mum will not allow Uncle Pete into the flat while the gas is being fixed.",
     BLAME, "not allow Uncle Pete into the flat", False),
]

# C2. The harm written as caused by her staying, or her relationship ranked against the children.
# Near misses: staying somewhere else, his relationship, a child's, and no abuse of a partner.
STAYING = [
    ("worry", "Mr Lowe has hit Ms Hart twice this year. Ms Hart puts the girls in danger by staying in the relationship.",
     BLAME, "staying in the relationship", True),
    ("worry", "Dad strangled Mum in March; Mum is exposing Kai to harm by remaining in her relationship with him.",
     BLAME, "remaining in her relationship", True),
    ("goal", "Dad has hit Mum in front of Leo. Mum needs to put Leo's safety over her relationship.",
     BLAME, "put Leo's safety over her relationship", True),
    # near misses
    ("worry", "Mr Lowe has hit Ms Hart twice this year. Ms Hart keeps the girls safe by staying in the refuge.",
     BLAME, "staying in the refuge", False),
    ("goal", "Dad has hit Mum in front of Leo. Dad needs to put Leo's safety over his relationship with drink.",
     BLAME, "over his relationship", False),
    ("worry", "Mum prioritises Leo's homework over her relationship with the neighbours.",
     BLAME, "over her relationship", False),
    ("worry", "Ella (15) is putting herself at risk by staying in the relationship with Tom (16).",
     BLAME, "staying in the relationship", False),
]

# C3. Children "present but asleep": a guess that they were untouched. Near misses: asleep told as a
# time with no "but", an adult asleep, and a goal.
ASLEEP = [
    ("worry", "Dad threw a chair at Mum on Friday night. The boys were present but asleep.",
     GUESS, "present but asleep", True),
    ("worry", "Police were called to a fight at the flat; the children were home but asleep upstairs.",
     GUESS, "but asleep upstairs", True),
    ("worry", "Ava (3) and Sam (6) were in the house but sleeping when Mr Cross kicked the door in.",
     GUESS, "but sleeping", True),
    # near misses
    ("worry", "Dad threw a chair at Mum while Zoe, who is 4, was asleep upstairs, and she woke crying.",
     GUESS, "asleep upstairs", False),
    ("worry", "Mum was at home but asleep on the sofa when Finn (2) climbed onto the window ledge.",
     GUESS, "but asleep", False),
    ("goal", "The children will be asleep upstairs by 8pm, but Nan will check on them at ten.",
     GUESS, "asleep upstairs", False),
]

# C4. "robust" on a plan, reported as vague (SOS302), not as jargon: readers mark it vague. Near
# misses: a plan that says who checks and how often, and "strong" said of a child's own feeling.
VAGUE = "SOS302"
ROBUST = [
    ("goal", "A robust safety plan will be in place before Ivy (2) goes home.", VAGUE, "robust", True),
    ("goal", "Mum and Nan to agree a robust plan for the school holidays.", VAGUE, "robust", True),
    ("goal", "There will be robust arrangements for contact with Dad.", VAGUE, "robust", True),
    # near misses
    ("goal", "Nan will ring Mum at 8pm every night and check that Ivy (2) is in bed.", VAGUE, "check", False),
    ("worry", "Ivy (2) told Nan she feels strong when she climbs the frame.", VAGUE, "strong", False),
    ("goal", "Dad will fit a lock on the back gate by Friday.", VAGUE, "lock", False),
]

# C5. Professional and legal terms, each with plain advice (SOS101). Near misses: the everyday
# words near them ("both parents", "went to court", "bruises on his arm").
JARGON = "SOS101"
TERMS = [
    ("worry", "Police came at 2am; both parties had been drinking and Sam (4) was awake.", JARGON, "both parties", True),
    ("worry", "Ms Lane did not want to support a prosecution after Mr Hook hit her.", JARGON, "support a prosecution", True),
    ("goal", "Kai (9) will have therapeutic work at school each week.", JARGON, "therapeutic work", True),
    ("goal", "Dad to use positive parenting strategies at bedtime.", JARGON, "positive parenting strategies", True),
    ("worry", "The nurse saw linear bruising on the back of Jo's legs.", JARGON, "linear bruising", True),
    # near misses
    ("worry", "Police came at 2am; both parents had been drinking and Sam (4) was awake.", JARGON, "both parents", False),
    ("worry", "Ms Lane did not want to go to court after Mr Hook hit her.", JARGON, "go to court", False),
    ("worry", "The nurse saw three long bruises on the back of Jo's legs.", JARGON, "long bruises", False),
]

CLASSES = (KEPT_OUT, STAYING, ASLEEP, ROBUST, TERMS)


@pytest.mark.parametrize("kind, text, code, words, fires", [case for cases in CLASSES for case in cases])
def test_round32_word_classes(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_each_class_has_firing_cases_and_near_misses():
    for cases in CLASSES:
        assert sum(fires for *_, fires in cases) >= 3
        assert sum(not fires for *_, fires in cases) >= 3
