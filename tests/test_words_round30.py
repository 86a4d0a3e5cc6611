"""Round 30 (words30): word faults still missed on fresh statements, each class named in general
terms (sos_lint/checks/words30.py), with wordings of our own and near misses that must stay clean.
Each case: (kind, text, code, words, fires), as in test_words_round29.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

JUDGEMENT = ("SOS304", "SOS305", "SOS301")
JARGON = ("SOS101", "SOS102", "SOS103", "SOS104")

# C1. A parent asked to show a state of mind (what they understand, have learned, are committed to):
# nobody can see it. Near misses: showing a thing or how to do something, a child showing what
# they learned, a parent's showing told as done.
SHOWN_MIND = [
    ("goal", "Mum, Kerry, to show she understands why Nathan cannot come to the flat when Jayden (4) "
     "is there.", JUDGEMENT, "show she understands", True),
    ("goal", "Dad (Lewis) must prove he has learned from the night the police came, before Mia (6) stays "
     "over again.", JUDGEMENT, "prove he has learned", True),
    ("goal", "Mr Okafor will demonstrate a real commitment to the work with the family before the "
     "review.", JUDGEMENT, "demonstrate a real commitment", True),
    ("goal", "Grace's mum needs to show she is serious about stopping the drinking before Grace (7) "
     "comes home at weekends.", JUDGEMENT, "show she is serious", True),
    ("goal", "Mum, Leanne, to gain insight into how the shouting frightens Jayden (4) before the next review.",
     JUDGEMENT, "gain insight", True),
    # near misses
    ("goal", "Mum, Leanne, will have a bath ready for Jayden (4) by seven and read with him after it.",
     JUDGEMENT, "have a bath", False),
    ("goal", "Dad will show the social worker the new lock on the back door by Friday, so Mia (6) "
     "cannot get out at night.", JUDGEMENT, "show the social worker the new lock", False),
    ("goal", "Mum will show Jayden (4) how to ring Nan on the landline if she ever falls asleep and "
     "he cannot wake her.", JUDGEMENT, "show Jayden", False),
    ("goal", "Grace (7) will show her teacher that she has learned the way home from the bus stop.",
     JUDGEMENT, "show her teacher", False),
    ("goal", "Dad, you will go to the parenting group on Tuesdays and show what you learn there when "
     "you bath Mia (1).", JUDGEMENT, "show what you learn", False),
    ("worry", "When the social worker visited on Monday, Dad showed her that he has fitted a gate at the "
     "top of the stairs for Mia (1).", JUDGEMENT, "showed her", False),
]

# C2. The child to be ranked first ("put Theo before her drug use", "put the children first"), a
# verdict on what a parent cares about, asked for. Near misses: putting a child somewhere, a thing
# placed before something else, praise for a choice already made.
CHILD_FIRST = [
    ("goal", "Mum, Sally, needs to put Archie (3) before her friends at the pub and be home by six.",
     JUDGEMENT, "put Archie (3) before her friends", True),
    ("goal", "Dad must put the children first and stop going out on the nights he has them.",
     JUDGEMENT, "put the children first", True),
    ("goal", "Ms Kaur to put her son's health above her own wishes about the operation.",
     JUDGEMENT, "put her son's health above", True),
    ("goal", "Dad to prioritise Kian's school mornings over his own late nights with friends.",
     JUDGEMENT, "over his own late nights", True),
    # near misses
    ("goal", "Mum will put Archie (3) to bed by seven every night and check on him at ten.",
     JUDGEMENT, "put Archie (3) to bed", False),
    ("goal", "Dad will put Mia (2) in the bath first and then wash up.", JUDGEMENT,
     "put Mia (2) in the bath first", False),
    ("goal", "Sally, when Nathan came back you chose to put Archie first and rang the police. Archie (3) "
     "will keep sleeping in his own room and Nan will visit on Sundays.", JUDGEMENT, "put Archie first", False),
]

# C3. The clinic's time words for a baby: a Latin prefix joined by a hyphen to a noun, and "unborn"
# standing as a noun. Near misses: "the unborn baby", "pre-school", a quote.
CLINIC_TIME = [
    ("worry", "Ruby is 30 weeks pregnant. The social worker is worried the baby will be left alone "
     "post-discharge because Ruby's partner drinks every night.", JARGON, "post-discharge", True),
    ("worry", "Ruby is 30 weeks pregnant and has used heroin twice this month. The midwife is worried "
     "about the harm to the unborn.", JARGON, "unborn", True),
    ("worry", "Unborn may be exposed to the shouting and hitting that happened at the flat last month.",
     JARGON, "Unborn", True),
    ("goal", "Pre-delivery, Ruby's sister will stay at the flat so Ruby is never on her own when her "
     "partner comes round.", JARGON, "Pre-delivery", True),
    # near misses
    ("worry", "Ruby is 30 weeks pregnant. The midwife is worried that the unborn baby is not growing "
     "because Ruby is eating very little.", JARGON, "unborn", False),
    ("worry", "Ivy (3) has missed pre-school on six Mondays this term and her key worker says she is "
     "often hungry when she arrives.", JARGON, "pre-school", False),
    ("worry", "Ruby told the midwife, \"I call it post-baby blues, it will pass.\" She has not got out of "
     "bed on three visits.", JARGON, "post-baby", False),
]

# C4. Officialese frames that hide who wants or says something: an empty "it" with a passive verb
# and a "that" clause; "following" for "after". Near misses: a passive with no "that" clause,
# "following" as a verb or as an adjective, and in a quote.
FORMAL_FRAME = [
    ("goal", "It has been agreed that Dad will only see Milo (5) at the family centre on Saturdays.",
     JARGON, "It has been agreed that", True),
    ("worry", "It was decided at the meeting that Dad will only see Milo (5) at the family centre.",
     JARGON, "It was decided", True),
    ("worry", "Following the party at the flat, Milo (5) was found asleep on the kitchen floor at 2am.",
     JARGON, "Following", True),
    ("worry", "Milo (5) was taken to hospital following a fall down the stairs while Dad was asleep.",
     JARGON, "following", True),
    # near misses
    ("worry", "Milo's bedroom window was broken on Sunday and it was boarded up by Monday.",
     JARGON, "it was boarded", False),
    ("goal", "Dad is following the plan the family wrote: he rings Nan when he has had a drink.",
     JARGON, "following", False),
    ("goal", "Mum and Dad will make up each bottle following the steps the health visitor wrote down for "
     "Milo's baby sister.", JARGON, "following", False),
    ("worry", "Milo (5) told his teacher that Dad hit Mum, and the following day he would not go home.",
     JARGON, "following", False),
    ("worry", "Mum said, \"It is expected that I go to every meeting,\" and then did not come to the "
     "last two, so Milo (5) was collected late from school both days.", JARGON, "It is expected that", False),
]

# C5. A listed record word written as a determiner and a noun ("the address", "a male") with a noun,
# number or comparative set between. Near misses: a plain adjective between, another sense of the
# noun, an adjective use ("a male nurse").
SPREAD_PHRASE = [
    ("worry", "Police were called to the family address on 3 June when Dad threw a plate at Mum in front "
     "of Ivy (4).", JARGON, "family address", True),
    ("worry", "Jade (14) has been meeting an older male from the estate after school and comes home after "
     "midnight.", JARGON, "older male", True),
    ("worry", "Jade (14) told her teacher she has been messaging a 25 year old male she met on a game.",
     JARGON, "25 year old male", True),
    # near misses
    ("worry", "Mum moved to the new address in May, and since then Ivy (4) has missed nursery on eight "
     "days.", JARGON, "new address", False),
    ("goal", "Mum will write the email address of the school on the fridge so Ivy (4) can see it.",
     JARGON, "email address", False),
    ("worry", "A male nurse saw Ivy (4) at the walk-in centre on Monday and found two bruises on her back.",
     JARGON, "male nurse", False),
]

# C6. Record codes of letters and digits: a clinical code in mixed case with a digit, a school's year
# group, a section of the law with a sub-section. Near misses: a time, a measure, a postcode, a road,
# the year group written out.
CODED = [
    ("worry", "Noor's SpO2 dropped to 88 twice this week because her oxygen was not switched on at night.",
     JARGON, "SpO2", True),
    ("worry", "Kit (Yr 9) has not been in school since half term and Dad says he sleeps until 2pm.",
     JARGON, "Yr 9", True),
    ("worry", "Mum was detained under s2/3 of the Mental Health Act last year and Kit (13) looked after "
     "his sisters alone.", JARGON, "s2/3", True),
    # near misses
    ("worry", "Kit (13) is in Year 9 and has not been in school since half term; Dad says he sleeps "
     "until 2pm.", JARGON, "2pm", False),
    ("worry", "Noor (2) weighed 9kg at the clinic, and the family's flat in CV1 has no heating.",
     JARGON, "CV1", False),
    ("worry", "Dad drove Kit (13) home on the M6 after drinking six cans at the match.", JARGON, "M6", False),
]

# C7. An abstract state said to change or hold, with nothing anyone will see. Near misses: a figure
# in the clause, a concrete thing, a deed noun in "-ing".
VAGUE = ("SOS302",)
CHANGING_STATE = [
    ("goal", "Nan's independence will remain stable while she looks after Kit (13) and his sisters.",
     VAGUE, "will remain stable", True),
    ("worry", "Kit (13) is missing school and his happiness is declining, his teacher says.",
     VAGUE, "is declining", True),
    ("goal", "Dad's confidence will improve over the next three months as he goes to the group.", VAGUE,
     "will improve", True),
    # near misses
    ("goal", "Kit's attendance to improve to 90% by Easter, with Dad walking him to the gate.",
     VAGUE, "to improve", False),
    ("goal", "Kit's bedroom will remain warm and dry, with the window fixed by Friday.", VAGUE,
     "will remain warm", False),
    ("worry", "Kit's reading has improved since Dad started reading with him each night, his teacher says, "
     "but he still comes in hungry.", VAGUE, "has improved", False),
]

CLASSES = (SHOWN_MIND, CHILD_FIRST, CLINIC_TIME, FORMAL_FRAME, SPREAD_PHRASE, CODED, CHANGING_STATE)


@pytest.mark.parametrize("kind, text, code, words, fires", [case for cases in CLASSES for case in cases])
def test_round30_word_classes(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_each_class_has_firing_cases_and_near_misses():
    for cases in CLASSES:
        assert sum(fires for *_, fires in cases) >= 3
        assert sum(not fires for *_, fires in cases) >= 3


def test_time_prefix_is_read_from_the_form(engine):
    """A new prefix word of the same kind is caught without being listed: the prefix, a hyphen with
    no spaces, and a word."""
    from sos_lint.checks import words30
    from sos_lint.checks.base import Context

    doc = engine.nlp("The baby may be at risk peri-operatively and post-surgery.")
    ctx = Context(doc=doc, kind="worry", config=engine.config, lexicons=engine.lexicons, fixes=None)
    assert [s.text for s in words30.clinical_time_spans(ctx)] == ["peri-operatively", "post-surgery"]
    doc = engine.nlp("Ivy goes to pre-school and Mum's post - the letters - comes late.")
    ctx = Context(doc=doc, kind="worry", config=engine.config, lexicons=engine.lexicons, fixes=None)
    assert words30.clinical_time_spans(ctx) == []
