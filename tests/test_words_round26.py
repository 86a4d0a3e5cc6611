"""Round 26 (words26): word faults still missed on fresh statements, each class named in general
terms (sos_lint/checks/words26.py), with wordings of our own and near misses that must stay clean.
Each case: (kind, text, code, words, fires), as in test_words_round25.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

GUESS = ("SOS304",)
LABEL = ("SOS301",)
VAGUE = ("SOS302",)

# C1. A state named through a verb of appearance ("presented as", "came across as", "looked"): the
# writer's impression of how someone seemed, told as a fact. Reported as a guess.
IMPRESSIONS = [
    ("worry", "PC Lowe found Mr Davies shouting in the street at 11pm on Friday, and he presented as "
     "intoxicated when he collected Mia (6).", GUESS, "intoxicated", True),
    ("worry", "At the home visit on 4 March Mum presented as low in mood, and Theo (2) was still in his "
     "cot at midday.", GUESS, "low in mood", True),
    ("worry", "Dad looked under the influence when he arrived at the school gate for Ellie (7) on Tuesday.",
     GUESS, "under the influence", True),
    ("worry", "Mum came across as depressed at the nursery meeting, and Noah (3) has been arriving without "
     "breakfast.", GUESS, "depressed", True),
    ("worry", "Ms Kerr presents as not knowing when baby Isla (5 weeks) is hungry, and Isla has dropped two "
     "centiles.", GUESS, "not knowing when baby Isla", True),
    # near misses: a state said plainly by who saw it, a trait (a judgement), an appearance the eye
    # can see, a quote, a goal
    ("worry", "The paramedic said Dad was slurring his words and could not stand up when he was looking "
     "after Kai (4).", GUESS, "could not stand up", False),
    ("worry", "Dad presented as hostile when the teacher asked about the bruise on Ruby's (5) arm.",
     GUESS, "hostile", False),
    ("worry", "Leo (8) presents as unkempt, in the same school jumper all week, and his shoes have holes.",
     GUESS, "unkempt", False),
    ("worry", "Mum told the nurse, \"I know I came across as depressed, I had not slept,\" and Zac (1) had "
     "a nappy rash.", GUESS, "depressed", False),
    ("goal", "Dad, you will not drink on the days you have Sami (6), and when you collect him you will "
     "present as calm.", GUESS, "calm", False),
]

# C2. A safety verdict on a thing, in a worry: "unsafe", "not safe" said of an arrangement, a
# place or a setting, with nothing said of what is wrong with it.
UNSAFE_THINGS = [
    ("worry", "The health visitor is worried because baby Reggie's sleeping arrangements are unsafe.",
     VAGUE, "sleeping arrangements are unsafe", True),
    ("worry", "The school is worried that Olu (9) and Dami (6) are growing up in an unsafe environment.",
     VAGUE, "unsafe environment", True),
    ("worry", "Nan is worried that the flat is not safe for Poppy (1), who has just started to crawl.",
     VAGUE, "flat is not safe", True),
    ("worry", "The caravan is unsafe for the three children, the social worker says.", VAGUE,
     "caravan is unsafe", True),
    # near misses: a feeling, a person, the future or an "if", an expert's finding, a child's own
    # choices (victim blaming, another rule's), said with what was seen
    ("worry", "Leila (13) says she feels unsafe at home when Dad has been drinking.", VAGUE, "unsafe", False),
    ("worry", "If nothing changes, Poppy (1) could be left somewhere unsafe while Mum is out.",
     VAGUE, "unsafe", False),
    ("worry", "The gas engineer labelled the boiler unsafe on 2 May, but Mum and Dad kept using it and "
     "Ava (4) slept in the cold.", VAGUE, "unsafe", False),
    ("worry", "The sleeping arrangements were unsafe because Dad fell asleep on the sofa with baby Reggie "
     "on his chest.", VAGUE, "unsafe", False),
]

# C3. An adult's label is not explained by what plainly another adult did: "Mum sleeps in the
# children's room due to Dad's volatile behaviour" says nothing Dad did.
OTHERS_ACT = [
    ("worry", "Mum has started sleeping on the floor of the girls' room because of Dad's temper at night.",
     LABEL, "temper", True),
    ("worry", "Nan moved in with Mum after Mr Price's violence last winter, and Josh (10) is scared of "
     "the door.", LABEL, "violence", True),
    ("worry", "Ms Allen takes the children to her sister's every weekend because of her partner's "
     "drinking, and Lola (5) misses her friends.", LABEL, "drinking", True),
    ("worry", "Grandad locks the back door because of Mum's drug use, and Jamie (8) lets himself in "
     "through the window.", LABEL, "drug use", True),
    # near misses: the same adult's own act, a child's state, a "when" clause setting the scene, the future
    ("worry", "Dad has bipolar disorder and on 3 June he drove with Ella (4) at 90 miles an hour on the "
     "motorway.", LABEL, "bipolar disorder", False),
    ("worry", "The counsellor is worried that Freya (15) has been in a low mood since Mum started drinking "
     "a bottle of wine most nights.", LABEL, "low mood", False),
    ("worry", "Aunty Sue is worried about what happens when Dad's low mood gets bad: he stays in bed and "
     "Ruby (6) makes her own tea.", LABEL, "low mood", False),
]

# C4. A goal sentence that is nothing but a state said of someone ("Daisy will be safe."), kept
# as vague even where another sentence says what an adult will do.
BARE_STATES = [
    ("goal", "Dad will take his tablets every morning and sleep in the spare room after a bad night. "
     "Mum and the boys will feel safe.", VAGUE, "feel safe", True),
    ("goal", "Mum will walk Tia (7) to school by 8.45 each day. Tia will be safe.", VAGUE, "be safe", True),
    ("goal", "Grandad will check the smoke alarm every Sunday. Kofi will feel safe and settled.", VAGUE,
     "feel safe", True),
    ("goal", "Mum will keep her tablets in the locked box on the top shelf. The children will be safe.",
     VAGUE, "be safe", True),
    # near misses: a place, a person or a reason beside the state, and the state as the purpose of an act
    ("goal", "Dad will take his tablets every morning. Gift and Hope will feel safe in the back of the car.",
     VAGUE, "feel safe", False),
    ("goal", "Dad will come to every Saturday visit sober. Tiana will feel happy to see her dad.", VAGUE,
     "happy", False),
    ("goal", "Mum will read with Milo every night so that Milo feels safe at bedtime.", VAGUE, "feels safe",
     False),
]

CLASSES = [IMPRESSIONS, UNSAFE_THINGS, OTHERS_ACT, BARE_STATES]


@pytest.mark.parametrize("kind, text, code, words, fires", [case for cases in CLASSES for case in cases])
def test_round26_word_classes(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_each_class_has_firing_cases_and_near_misses():
    for cases in CLASSES:
        assert sum(fires for *_, fires in cases) >= 4
        assert sum(not fires for *_, fires in cases) >= 3


def test_impression_is_reported_once_as_a_guess(engine):
    """The label rule gives way on the state words: one finding on them, the guess; "presented as"
    stays the jargon it is, on its own words."""
    text = "At the visit on 9 May Mr Hall presented as intoxicated and Amir (3) was alone in the garden."
    start = text.index("intoxicated")
    report = engine.check_many([text], ["worry"])[0]
    on_state = [f.code for f in report.findings if f.start < start + len("intoxicated") and start < f.end
                and f.code.startswith("SOS3") and f.end - f.start < len(text) - 1]
    assert on_state == ["SOS304"]
    assert any(f.code == "SOS101" and text[f.start:f.end] == "presented as" for f in report.findings)
