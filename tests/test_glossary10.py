"""Round 10 (gloss10): the independent glossary's long tail (glossary10_extra). Each term the tool
did not already catch and that is unambiguous in a worry statement or goal was added to
rules/jargon.toml or rules/specificity.toml; here each has a sentence of our own that must be
flagged, and the constrained or near-miss wordings (everyday uses) that must stay clean.
Each case: (kind, text, code, words, fires), as in test_word_classes9.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

JARGON = ("SOS101", "SOS102", "SOS104")
LABEL = ("SOS301", "SOS305")
ANY = ("SOS101", "SOS102", "SOS103", "SOS104", "SOS301", "SOS302", "SOS304", "SOS305", "SOS306")

CASES = [
    # Care-system and health-service terms (SOS101).
    ("worry", "Mia (3) went into kinship care with her aunt after Dad hit her on Sunday.", JARGON, "kinship care", True),
    ("goal", "Nan will be assessed as a connected person so that Tom (6) can stay with her.", JARGON, "connected person", True),
    ("worry", "Mum told Jo that Mia's birth father punched her in front of Mia (3).", JARGON, "birth father", True),
    ("goal", "Mia (3) will see her maternal grandmother every Saturday afternoon.", JARGON, "maternal grandmother", True),
    ("worry", "Dad left Tom (6) with his paternal uncle, who was drunk, on Friday.", JARGON, "paternal uncle", True),
    ("worry", "The baby (8 weeks) had a sentinel injury, a bruise on his ear, on Monday.", JARGON, "sentinel injury", True),
    ("worry", "Tom (6) had a child protection medical after his teacher saw marks on his legs.", JARGON, "child protection medical", True),
    ("goal", "Mum will see the home treatment team every day so that Mia (3) has a calm mum.", JARGON, "home treatment team", True),
    ("worry", "The crisis team came to the flat on Friday when Mum said she wanted to die, and Mia (3) was there.", JARGON, "crisis team", False),  # round 16 (words16b): what families call it (set 15 marks it a job)
    ("worry", "Mum was detained under section 136 on Saturday and Tom (6) was left with a neighbour.", JARGON, "section 136", True),
    ("worry", "Police took Tom (6) to a place of safety at 2am after finding Dad asleep and drunk.", JARGON, "place of safety", True),
    ("worry", "Dad's antecedents show three assaults on past partners, and he now lives with Mia (3).", JARGON, "antecedents", True),
    ("worry", "Dad was given an out of court disposal for hitting Mum while Tom (6) watched.", JARGON, "out of court disposal", True),
    ("worry", "The council says it owes Mum no main housing duty, so Mia (3) may have nowhere to sleep.", JARGON, "main housing duty", True),
    ("worry", "Mum has no recourse to public funds and Tom (6) has had no hot meal this week.", JARGON, "no recourse to public funds", True),
    ("goal", "The baby will go to a fostering for adoption placement if Mum keeps using heroin.", JARGON, "fostering for adoption", True),
    ("goal", "Jo will write Mia a later life letter by June.", JARGON, "later life letter", True),
    ("worry", "Tom (6) moved to an in-house placement after Dad hit him with a belt.", JARGON, "in-house placement", True),
    ("worry", "Mia (3) lives with Nan under reg 24 while checks are done.", JARGON, "reg 24", True),
    ("worry", "Amir (16) has had an age assessment and lives alone in a hostel.", JARGON, "age assessment", True),
    ("worry", "Kai (17) lives in semi-independent accommodation where adults sell him drugs.", JARGON, "semi-independent", True),
    ("goal", "Nan will have a carer's assessment so she can keep looking after Tom (6).", JARGON, "carer's assessment", True),
    ("worry", "Dad's PEth test showed heavy drinking in the weeks he looked after Mia (3).", JARGON, "PEth", True),
    ("goal", "Mum's nurse will hold a discharge planning meeting before Mum comes home to Tom (6).", JARGON, "discharge planning meeting", True),
    ("worry", "At this present time Dad still shouts at Mia (3) most nights.", JARGON, "At this present time", True),

    # Labels, vague words, guesses and judgements (SOS301-305).
    ("worry", "There has been a family breakdown and Tom (6) now sleeps on a friend's sofa.", LABEL, "family breakdown", True),
    # Round 13 reads a child called "defiant" as blame put on the child (SOS306); either reading flags it.
    ("worry", "Kai (15) is defiant with Mum and stays out until 2am.", LABEL + ("SOS306",), "defiant", True),
    ("worry", "Dad holds fixed views about punishment and smacks Mia (3).", LABEL, "fixed views", True),
    ("goal", "Mum will work with the family centre to get better outcomes for Tom (6).", ("SOS302",), "better outcomes", True),
    ("goal", "Dad will show sustainable change so Mia (3) is safe.", ("SOS302", "SOS101"), "sustainable change", True),
    ("worry", "The level of risk to Tom (6) has gone up since Dad came back.", ("SOS302",), "level of risk", True),
    ("worry", "Mia (3) is at high risk because Mum leaves her alone.", ("SOS302",), "high risk", True),
    ("goal", "Mum will access services so Tom (6) gets to school.", ("SOS302", "SOS511"), "access services", True),
    ("worry", "The flat is not conducive to Mia's wellbeing.", ("SOS302",), "conducive", True),
    ("worry", "It is apparent that Dad has been drinking around Tom (6).", ("SOS304",), "It is apparent that", True),
    ("worry", "There is a sense that Mum hides bruises on Mia (3).", ("SOS304",), "There is a sense that", True),

    # A child's exploitation written as their doing (SOS306).
    ("worry", "Kai (15) has a risky lifestyle and is picked up by older men in cars.", ("SOS306",), "risky lifestyle", True),
    ("worry", "Jess (14) is in a transactional relationship with a man of 30.", ("SOS306",), "transactional relationship", True),
    ("worry", "Jess (14) engages in transactional sex for somewhere to sleep.", ("SOS306",), "transactional sex", True),
    ("worry", "Kai (15) is a persistent runaway and was found in a flat in Leeds.", ("SOS306",), "runaway", True),

    # Everyday uses and good writing that must stay clean.
    ("worry", "Tom (6) ran away from home on Friday night and was found by the police at 3am.", ANY, "ran away", False),
    ("goal", "Nan will take Mia (3) to see her great-grandmother on Sundays.", ANY, "great-grandmother", False),
    ("goal", "Mum will take Tom (6) to a birthday party at the play centre on Saturday.", ANY, "birthday party", False),
    ("worry", "Mum said she has been feeling isolated since Tom (6) was born.", ANY, "isolated", False),
    ("goal", "Dad will be home by 6pm every evening and will eat tea with Mia (3).", ANY, "every evening", False),
    ("worry", "Dad shouted at Mum during a row about money while Tom (6) hid upstairs.", ANY, "a row about money", False),
    ("goal", "Mum will tell Jo at each visit what she has bought for Mia's packed lunches.", ANY, "packed lunches", False),
    ("worry", "Mum's friend says Mia (3) was at the crisis point of crying when Dad left.", ("SOS101",), "crisis point", False),
    ("goal", "Tom (6) will keep his school books in a safe place at Nan's house.", ANY, "a safe place", False),
    ("worry", "Dad told the police he was at work at the time, but Mum says he hit Tom (6).", ANY, "at the time", False),
]


@pytest.mark.parametrize("kind,text,code,words,fires", CASES,
                         ids=lambda v: v if isinstance(v, str) and len(v) < 8 else None)
def test_glossary10_terms(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


# From the first glossary file: terms the earlier pass left uncaught and that are fixed terms.
MORE = [
    ("worry", "The subject child, Mia (3), was left alone in the flat on Monday.", JARGON, "subject child", True),
    ("goal", "Dad will take the index child, Tom (6), to school every day.", JARGON, "index child", True),
    ("worry", "There is child to parent violence: Kai (15) punched Mum on Friday.", LABEL, "child to parent violence", True),
    ("worry", "Kai (15) punched Mum in the face on Friday when she took his phone.", ANY, "punched Mum", False),
    ("worry", "Mia (3) is the youngest child in the family and was left alone on Monday.", ANY, "youngest child", False),
]


@pytest.mark.parametrize("kind,text,code,words,fires", MORE,
                         ids=lambda v: v if isinstance(v, str) and len(v) < 8 else None)
def test_glossary10_first_file(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


LONG_TAIL = [
    ("worry", "Mia (2) is behind on her developmental milestones because she spends all day in her cot.", JARGON, "developmental milestones", True),
    ("goal", "Mum will do an alcohol detox while Tom (6) stays with Nan.", JARGON, "alcohol detox", True),
    ("worry", "The police sent a MERLIN after finding Mia (3) alone in the flat at 11pm.", JARGON, "MERLIN", True),
    ("worry", "Mia (3) loves stories about Merlin and Dad hit her on Monday when she would not sleep.", ANY, "Merlin", False),
    ("goal", "Tom (6) will learn his lines from the school play script with Nan each evening.", ANY, "script", False),
    ("goal", "Mum will walk Mia (3) to the park each morning, and Jo will see how Mia is growing.", ANY, "growing", False),
]


@pytest.mark.parametrize("kind,text,code,words,fires", LONG_TAIL,
                         ids=lambda v: v if isinstance(v, str) and len(v) < 8 else None)
def test_glossary10_long_tail(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)
