"""Round 27 (words27): word faults still missed on fresh statements, each class named in general
terms (sos_lint/checks/words27.py), with wordings of our own and near misses that must stay clean.
Each case: (kind, text, code, words, fires), as in test_words_round26.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

BLAME = ("SOS306",)
VAGUE = ("SOS302",)

# C1. A harmed child's own account doubted: the child as the doer of a deceiving verb, or described
# by a word for it, where the statement is about harm to a child. Reported as victim blaming.
DOUBTED = [
    ("worry", "Priya (11) told her teacher that her uncle touched her at a family party. Priya is known to "
     "make up stories.", BLAME, "make up stories", True),
    ("worry", "Jordan (9) came to school with a cut lip and said his stepdad had punched him. Jordan has "
     "been fabricating things at school.", BLAME, "fabricating", True),
    ("worry", "Lola (13) has been sending photos to a man she met on a game. Lola lies to her mum about "
     "who she talks to.", BLAME, "lies", True),
    ("worry", "Amara (8) had bruising on her back and told the nurse her dad hit her with a slipper. Amara "
     "tells lies at home.", BLAME, "tells lies", True),
    ("worry", "Noah (10) told his teacher that Mum's boyfriend kicked him. Noah is dishonest and "
     "his account keeps changing.", BLAME, "dishonest", True),
    # near misses: an adult lying; a child resting; the child told to lie by an adult; the account
    # denied; someone else's claim reported as theirs; quoted words; no harm to a child at all
    ("worry", "Mum's boyfriend kicked Noah (10) on Friday and then lied to the police about where he "
     "was.", BLAME, "lied", False),
    ("worry", "Noah (10) said Mum's boyfriend kicked him on Friday, and since then Noah lies awake until "
     "the early hours.", BLAME, "lies awake", False),
    ("worry", "Mum's boyfriend kicked Noah (10) and told him to lie to his teacher about the bruise.",
     BLAME, "lie to his teacher", False),
    ("worry", "Noah (10) told his teacher that Mum's boyfriend kicked him. Noah is not lying: the nurse "
     "saw the bruise.", BLAME, "lying", False),
    ("worry", "Noah (10) told his teacher that Mum's boyfriend kicked him. The boyfriend says Noah is "
     "lying.", BLAME, "lying", False),
    ("worry", "Noah (10) told his teacher that Mum's boyfriend kicked him and said, \"I'm not making it "
     "up\".", BLAME, "making it up", False),
    ("worry", "Sami (7) lies to his teacher about reading at home and has not handed in homework since "
     "September.", BLAME, "lies", False),
]

# C2. The child's silence made a trait: the child "reluctant", "unwilling" or "refusing" to tell.
SILENCE = [
    ("worry", "Ellie (9) has a burn on her hand and is reluctant to talk about how it happened.",
     BLAME, "reluctant", True),
    ("worry", "Marcus (14) has been going missing and came back with £200. Marcus is unwilling to say "
     "where he has been.", BLAME, "unwilling", True),
    ("worry", "Kofi (12) had a black eye on Monday. Kofi refused to explain to staff how it happened.",
     BLAME, "refused", True),
    ("worry", "Ellie (9) has a bruise on her cheek and is reluctant to disclose to staff.",
     BLAME, "reluctant", True),
    # near misses: a parent's reluctance (the judgement rule's), the child's fear said as such, a
    # child reluctant to do something other than tell
    ("worry", "Ellie (9) has a burn on her hand and Mum is reluctant to talk about how it happened.",
     BLAME, "reluctant", False),
    ("worry", "Ellie (9) has a burn on her hand and told her teacher she is scared to tell anyone "
     "else.", BLAME, "scared", False),
    ("worry", "Ellie (9) has a burn on her hand from the iron and is reluctant to go home after school.",
     BLAME, "reluctant", False),
]

# C3. The child's earlier accounts made to count against them ("has previously made allegations").
EARLIER_ACCOUNTS = [
    ("worry", "Tyler (13) told school his stepfather hit him. Tyler has made false allegations before.",
     BLAME, "has made", True),
    ("worry", "Jess (15) said a man at the shop touched her. Jess has previously made allegations against "
     "staff.", BLAME, "has previously made", True),
    ("worry", "Ali (11) told the nurse that Dad burned him with a cigarette. Ali has made several "
     "allegations in the past.", BLAME, "has made", True),
    # near misses: an allegation told plainly once; an adult's earlier allegations; a child who told
    ("worry", "Ali (11) made an allegation to his teacher on 3 May that Dad burned him with a cigarette.",
     BLAME, "made", False),
    ("worry", "Dad hit Mum in front of Ali (11); Dad has previously made allegations against Mum to the "
     "police.", BLAME, "has previously made", False),
    ("worry", "Ali (11) told the nurse that Dad burned his arm with a cigarette, and he showed her the "
     "mark.", BLAME, "told", False),
]

# C4. Honesty set as the harmed child's task ("Mercy needs to be honest about who she is in contact
# with", "Tia will be open and honest with her social worker").
HONESTY_TASK = [
    ("goal", "Skye (14) has been going missing with older men. Skye needs to be honest about where she "
     "goes.", BLAME, "to be honest", True),
    ("goal", "Reuben (15) has been carrying drugs for a gang. Reuben must be truthful about where he "
     "goes at night.", BLAME, "be truthful", True),
    ("goal", "Men online have been asking Nia (13) for photos. Nia will be open and honest about who "
     "messages her.", BLAME, "open and honest", True),
    ("goal", "Skye (14) has been going missing with older men. Skye to be honest about who she meets.",
     BLAME, "be honest", True),
    # near misses: an adult's honesty (another rule's), a child's honesty told as so, the child's
    # honesty in a statement about no harm
    ("goal", "Skye (14) has been going missing with older men. Dad will be honest with the police about "
     "who he has seen with her.", BLAME, "honest", False),
    ("worry", "Skye (14) has been going missing with older men. Skye was honest with her carer about "
     "where she had been on Friday.", BLAME, "honest", False),
    ("goal", "Sami (7) will be honest with his teacher when he has not done his reading, and Dad will "
     "read with him every evening.", BLAME, "honest", False),
]

# C5. (Tuned on set 25.) The parse reading of who does a goal's verb: a goal written "Mum to …" (the
# parse makes the name the root) and a means clause ("… by ending her relationship"): the words24
# reading of the harmed person set the task of parting from the one who harms her now sees them.
PARTING_FORMS = [
    ("goal", "Lee punched Mum in the kitchen while Ava (4) watched. Mum to protect Ava by ending her "
     "relationship with Lee.", BLAME, "ending her relationship", True),
    ("goal", "Lee punched Mum in the kitchen while Ava (4) watched. Mum to keep Ava safe by cutting off "
     "contact with Lee.", BLAME, "cutting off contact", True),
    ("goal", "Lee punched Mum in the kitchen while Ava (4) watched. Mum to end her relationship with "
     "Lee.", BLAME, "end her relationship", True),
    # near misses: the means is not parting from him; a past act; the one who harms set the task
    ("goal", "Lee punched Mum in the kitchen while Ava (4) watched. Mum to keep Ava safe by ringing the "
     "police if Lee comes to the flat.", BLAME, "ringing the police", False),
    ("goal", "Lee punched Mum in the kitchen while Ava (4) watched. Mum ended her relationship with Lee "
     "in May and Nan will collect Ava from nursery.", BLAME, "ended her relationship", False),
    ("goal", "Lee punched Mum in the kitchen while Ava (4) watched. Lee to stop contact with Mum and go "
     "to the Caring Dads group every Tuesday.", BLAME, "stop contact", False),
]

CLASSES = [DOUBTED, SILENCE, EARLIER_ACCOUNTS, HONESTY_TASK, PARTING_FORMS]


@pytest.mark.parametrize("kind, text, code, words, fires", [case for cases in CLASSES for case in cases])
def test_round27_word_classes(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_each_class_has_firing_cases_and_near_misses():
    for cases in CLASSES:
        assert sum(fires for *_, fires in cases) >= 3
        assert sum(not fires for *_, fires in cases) >= 3


def test_honesty_asked_of_a_child_is_said_once_as_blame(engine):
    """"open and honest" is a vague aim for an adult (SOS302); asked of a harmed child it is reported
    once, as the blame it is."""
    text = "Men online have been asking Nia (13) for photos. Nia will be open and honest about her phone."
    start = text.index("open and honest")
    report = engine.check_many([text], ["goal"])[0]
    on_words = sorted({f.code for f in report.findings if f.start < start + len("open and honest")
                       and start < f.end and f.code.startswith("SOS3") and f.end - f.start < len(text) - 1})
    assert on_words == ["SOS306"]
    adult = "Men online have been asking Nia (13) for photos. Dad will be open and honest with the police."
    report = engine.check_many([adult], ["goal"])[0]
    assert not any(f.code == "SOS306" for f in report.findings)


def test_honesty_with_a_service_is_left_to_the_compliance_rule(engine):
    """"honest with her carers" is what the compliance rule (SOS511) reports: not said twice."""
    text = "Skye (14) has been going missing with older men. Skye to be honest with her carers about who she meets."
    report = engine.check_many([text], ["goal"])[0]
    assert not any(f.code == "SOS306" for f in report.findings)
