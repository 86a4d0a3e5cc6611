"""Round 35 (words35): victim blaming read as classes on the parse (sos_lint/checks/words35.py),
with wordings of our own and near misses that must stay clean. Each case: (kind, text, code, words,
fires), as in test_words_round32.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

BLAME = "SOS306"

# C1. A child made the agent of their own harm with a reflexive verb. Near misses: an adult as the
# subject, a reflexive that is no danger, and a child who is kept out of danger by others.
SELF_AGENT = [
    ("worry", "Keira (14) goes missing most weekends and is placing herself at serious risk in the town centre.",
     BLAME, "placing herself at serious risk", True),
    ("worry", "Tyrone (15) has been putting himself in very dangerous situations with men he meets online.",
     BLAME, "putting himself in very dangerous situations", True),
    ("worry", "Since the assault at school, Nadia (12) isolates herself in her room and will not eat with the family.",
     BLAME, "isolates herself", True),
    ("worry", "Jayden (13) is cutting himself off from his friends and spends his nights on gaming sites with adult men.",
     BLAME, "cutting himself off", True),
    ("worry", "Lacey (15) is exposing herself to exploitation by the men who drive her to parties.",
     BLAME, "exposing herself to exploitation", True),
    # near misses
    ("worry", "Dad put himself at risk when he climbed onto the roof drunk while Oli (3) watched from the window.",
     BLAME, "put himself at risk", False),
    ("worry", "Since Mum left, Ellie (7) puts herself to bed and gets her own breakfast most days.",
     BLAME, "puts herself to bed", False),
    ("worry", "Grandad isolates himself in the shed most evenings and leaves Max (6) alone in the house.",
     BLAME, "isolates himself", False),
    ("worry", "Men have been putting Ruby (14) in danger by giving her vodka in their cars.",
     BLAME, "putting Ruby (14) in danger", False),
]

# C2. "Attention-seeking" said of a child's acts. Near misses: said of an adult, quoted as what an
# adult said, and a statement with no child.
ATTENTION = [
    ("worry", "Mia (13) has cut her arms three times this month; school staff think this is attention-seeking.",
     BLAME, "attention-seeking", True),
    ("worry", "Leon (11) has been hitting his head on the wall, which the home describes as attention seeking.",
     BLAME, "attention seeking", True),
    ("worry", "Ayla (15) took an overdose in March and her carers said it was attention-seeking behaviour.",
     BLAME, "attention-seeking behaviour", True),
    # near misses
    ("worry", "Dad shouts at Mia (13) that she is \"attention-seeking\" and takes her phone away when she cries.",
     BLAME, "attention-seeking", False),
    ("worry", "Mother is attention-seeking with the neighbours and leaves Kai (4) alone in the flat.",
     BLAME, "attention-seeking", False),
]

# C3. A domestic-abuse goal that sets the harmed woman the task of making the children safe. Near
# misses: the goal spoken to her with her own plan, a man as the subject, no abuse of a partner, and
# a worry.
DUTY = [
    ("goal", "Mr Platt hit Ms Doyle in May. Ms Doyle to ensure the twins never see any more violence.",
     BLAME, "ensure", True),
    ("goal", "Dean has punched Mum twice. Dean will go to a perpetrator programme. Mum will put safety measures "
             "in place for Ruby and Tom.",
     BLAME, "put safety measures in place", True),
    ("goal", "Domestic abuse has harmed the children. Mum to protect Ava (6) and Lily (3) from further violence.",
     BLAME, "protect", True),
    # near misses
    ("goal", "Dean has punched you twice. You will ensure the door is locked, and if Dean comes round you will ring 999.",
     BLAME, "ensure", False),
    ("goal", "Mr Platt hit Ms Doyle in May. Mr Platt will ensure he is never at the house when the twins are there.",
     BLAME, "ensure", False),
    ("goal", "Mum will ensure Ava (6) has her inhaler with her at school every day.",
     BLAME, "ensure", False),
    ("worry", "Mr Platt hit Ms Doyle in May. Ms Doyle put safety measures in place herself and moved the girls "
              "to her sister's.",
     BLAME, "put safety measures in place", False),
]

# C4. The harmed woman written as the one exposing the children to the abuse. Near misses: a goal's
# "will not expose" (the absence of harm, SOS512's), a man as the subject, and no abuse of a partner.
EXPOSING = [
    ("worry", "Police came out after Mr Reed strangled Mum on 2 June. Mum continues to expose Zac (5) to domestic abuse.",
     BLAME, "continues to expose Zac", True),
    ("worry", "Mr Cole has hit Ms Lee in front of the boys. Ms Lee is exposing the children to violence by letting him visit.",
     BLAME, "exposing the children", True),
    # near misses
    ("goal", "Dad has hit Mum in front of the boys. Mum will not expose the children to any more violence.",
     BLAME, "expose the children", False),
    ("worry", "Dad has hit Mum in front of the boys. Dad exposes the children to his violence most weekends.",
     BLAME, "exposes the children", False),
    ("worry", "Mum exposes Zac (5) to the sun for hours without cream, and he has been burnt twice.",
     BLAME, "exposes Zac", False),
]


# C5. A child made responsible for their own care (tuned on set 33 after its held-out measurement).
# Near misses: an adult as the subject, a child's task that is not their own care, and an adult
# taking responsibility for the child.
OWN_CARE = [
    ("worry", "Mia, who is seven, needs to take responsibility for getting herself dressed and out of the door.",
     BLAME, "take responsibility for", True),
    ("goal", "Noah (8) will take responsibility for getting himself to school by half past eight.",
     BLAME, "take responsibility for", True),
    # near misses
    ("goal", "Dad will take responsibility for getting himself to his appointments on time.",
     BLAME, "take responsibility for", False),
    ("goal", "Leo (12) will take responsibility for feeding the cat each morning.",
     BLAME, "take responsibility for", False),
    ("goal", "Gran will take responsibility for getting Ava (6) to school herself.",
     BLAME, "take responsibility for", False),
]


@pytest.mark.parametrize("kind,text,code,words,fires", SELF_AGENT + ATTENTION + DUTY + EXPOSING + OWN_CARE)
def test_words35_classes(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_each_class_has_wordings_that_fire_and_near_misses():
    for cases in (SELF_AGENT, ATTENTION, DUTY, EXPOSING, OWN_CARE):
        assert sum(c[4] for c in cases) >= 2 and sum(not c[4] for c in cases) >= 2
