"""Round 26 (words26): word faults still missed on fresh statements, each class named in general
terms (sos_lint/checks/words26.py), with wordings of our own and near misses that must stay clean.
Each case: (kind, text, code, words, fires), as in test_words_round25.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

GUESS = ("SOS304",)
JARGON = ("SOS101",)
LABEL = ("SOS301",)
VAGUE = ("SOS302",)
JUDGED = ("SOS305",)
BLAME = ("SOS306",)

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

# C5. What a parent did not do, told as not bothering: "did not bother to", "never bothers to",
# "can't be bothered to" (round 25 read "made no effort" as the same verdict).
NOT_BOTHERED = [
    ("worry", "Harmony did not bother to take her son Eli to his hearing test in June or July.", JUDGED,
     "did not bother", True),
    ("worry", "Dad never bothers to check where Jay (14) is after 10pm.", JUDGED, "never bothers", True),
    ("worry", "Mr Hale did not bother with Lily's (6) inhaler over half term and she was wheezing at night.",
     JUDGED, "did not bother", True),
    ("worry", "Mum couldn't be bothered to get up for the school run, so Tom (7) missed six mornings.",
     JUDGED, "be bothered", True),
    # near misses: something that troubles someone, the positive, a quote
    ("worry", "The shouting next door does not bother Nan, but Kai (3) wakes up crying.", JUDGED, "bother",
     False),
    ("worry", "Mum bothered to ring the school every morning that week, but Ava (8) was still late.",
     JUDGED, "bothered", False),
    ("worry", "Dad said, \"I did not bother to go, the doctor never listens,\" and Eli (5) has not had his "
     "ear checked.", JUDGED, "did not bother", False),
]

# C6. A goal whose act is "keep [the child] safe", with nothing said of how, when or where.
KEEP_SAFE = [
    ("goal", "Mum will move out of the flat and keep Sasha (4) safe from Liam.", VAGUE, "keep Sasha (4) safe",
     True),
    ("goal", "Dad, you need to keep Noah safe.", VAGUE, "keep Noah safe", True),
    ("goal", "Nan and Grandad will keep the children safe.", VAGUE, "keep the children safe", True),
    ("goal", "Ms Ali will keep Zara (9) safe and go to the parenting group.", VAGUE, "keep Zara (9) safe",
     True),
    # near misses: how or when said, adults described by it, the wish in the house style, a thing kept
    # safe, what the child will know
    ("goal", "Mum will keep Sasha safe by walking her to nursery and back every day.", VAGUE, "keep Sasha safe",
     False),
    ("goal", "Noah needs to be cared for by adults who will keep him safe every minute.", VAGUE, "keep him safe",
     False),
    ("goal", "Mum, you told us how much you want to keep the children safe, and you have already changed "
     "the locks.", VAGUE, "keep the children safe", False),
    ("goal", "Aunt Hafsa will keep your passport safe with her solicitor until you are 18.", VAGUE,
     "keep your passport safe", False),
    ("goal", "Ava will know that the grown-ups at home will keep her safe.", VAGUE, "keep her safe", False),
]

# C7. What was seen given a meaning with a hedge ("this may be", "it could be"), in a worry.
HEDGED_MEANING = [
    ("worry", "Ellie (9) takes food from other children's lunch boxes, and this may be a sign of neglect.",
     GUESS, "this may be", True),
    ("worry", "Jay (5) bites his sister when she cries, and it could be a reaction to the shouting at home.",
     GUESS, "it could be", True),
    ("worry", "Omar (3) has a bruise on his thigh, which might be a bite mark.", GUESS, "which might be", True),
    ("worry", "Ruby (13) has started wearing long sleeves in summer and that may be a way of hiding cuts.",
     GUESS, "that may be", True),
    # near misses: the future, a named person's view, a state to come, a quote
    ("worry", "If nothing changes, it could be a matter of weeks before Ellie (9) is taken to hospital.",
     GUESS, "it could be", False),
    ("worry", "Dr Shah said it might be a virus, but Omar (3) has lost a kilo since May.", GUESS,
     "it might be", False),
    ("worry", "Dad leaves the gas on at night, and this could be dangerous for Ruby (2).", GUESS, "could be",
     False),
    ("worry", "Ellie told her teacher, \"Mum says this may be a phase,\" and she has stopped eating lunch.",
     GUESS, "this may be", False),
]

# C8. A harmed child's conduct made the cause, said in a clause on a noun the copula gives the child:
# "Kayden is a defiant young person who winds his dad up".
PROVOKER_CLAUSE = [
    ("worry", "Mason (14) is a lad who winds his stepdad up, and then his stepdad hits him.", BLAME,
     "winds his stepdad up", True),
    ("worry", "Skye (12) is a girl who provokes her mum, and Mum has slapped her twice.", BLAME,
     "provokes her mum", True),
    ("worry", "Jack (15) is a boy who winds his father up, and his father punched him on Friday.", BLAME,
     "winds his father up", True),
    ("worry", "Mia (10) is a child who sets off the arguments, and Dad throws things at her.", BLAME,
     "sets off the arguments", True),
    # near misses: said of an adult, said of no child
    ("worry", "Mr Pike is a man who winds his partner up, and Lila (6) hides under the table.", BLAME,
     "winds his partner up", False),
    ("worry", "Dad is someone who provokes the neighbours, and Kai (8) is scared to play outside.", BLAME,
     "provokes the neighbours", False),
    ("worry", "Gran is a person who winds Dad up, and then he shouts at Ava (4).", BLAME, "winds Dad up", False),
]

# C9. A clinical age written as a fraction, beside a name or after "aged": months (/12), weeks (/52).
AGE_FRACTIONS = [
    ("worry", "Leo (3/12) was brought to the walk-in centre with a burn on his hand.", JARGON, "3/12", True),
    ("worry", "Baby Nia, aged 5/52, has not been seen by the health visitor since the birth.", JARGON, "5/52",
     True),
    ("worry", "Isaac (10/12) was found alone in his cot at 2pm with a soaked nappy.", JARGON, "10/12", True),
    ("worry", "The GP saw Maya, age 7/52, twice in one week for weight loss.", JARGON, "7/52", True),
    # near misses: a date, a score, a plain age
    ("worry", "On 4/12 Dad left Leo (3) alone in the flat for an hour.", JARGON, "4/12", False),
    ("worry", "Sam (9) scored 3/12 in his spelling test after a week of missed sleep.", JARGON, "3/12", False),
    ("worry", "Leo (3 months) was brought to the walk-in centre with a burn on his hand.", JARGON, "3 months",
     False),
]

# C10. An effect on the child named in a clause on "impact"/"effect", with nothing said of it.
EFFECT_CLAUSES = [
    ("worry", "Nan is worried about Mum's drinking and the impact it is having on Ellie (6).", VAGUE,
     "the impact it is having on Ellie", True),
    ("worry", "The school is worried about the rows at home and the effect they have had on Jay (9).", VAGUE,
     "the effect they have had on Jay", True),
    ("worry", "Dad's gambling and the impact that this has on the twins worry the health visitor.", VAGUE,
     "the impact that this has on the twins", True),
    ("worry", "The nursery is worried about Dad's temper and the effect it is having on Ada (3).", VAGUE,
     "the effect it is having on Ada", True),
    # near misses: the effect said at once, an effect on a thing, a quote
    ("worry", "Nan is worried about Mum's drinking and the impact it is having on Ellie (6): she hides food "
     "under her bed.", VAGUE, "the impact it is having on Ellie", False),
    ("worry", "Dad said, \"You don't see the effect it has on me,\" and then he hit the wall beside Kai (4).",
     VAGUE, "the effect it has on me", False),
    ("worry", "The damp has spread and the effect it has had on the wallpaper is plain to see; Mia (2) "
     "coughs at night.", VAGUE, "wallpaper", False),
]

# C11. A goal sentence that is nothing but an abstract thing said to be in a good state.
ABSTRACT_STATES = [
    ("goal", "Mum will see her GP every month. Mum's sleep will be better.", VAGUE,
     "sleep will be better", True),
    ("goal", "Dad will go to the group on Tuesdays. Home life will be more positive.", VAGUE,
     "Home life will be more positive", True),
    ("goal", "Ms Lee will pay the rent on Fridays. The family's finances will be manageable.", VAGUE,
     "finances will be manageable", True),
    ("goal", "Nan will help on Sundays. The routines at home will be consistent.", VAGUE,
     "routines at home will be consistent", True),
    # near misses: a figure, a thing anyone can see, a person, more said beside it
    ("goal", "Ezra's weight will be back on the 25th centile by March.", VAGUE, "weight", False),
    ("goal", "Dad will wipe the kitchen every night. The kitchen will be clean when Ava comes home.", VAGUE,
     "kitchen will be clean", False),
    ("goal", "Mum will be settled in her new flat by June, with Ava's cot up in her room.", VAGUE, "settled",
     False),
    ("goal", "Mum's sleep will be good enough for her to take Ava to nursery each morning.", VAGUE,
     "good", False),
]

CLASSES = [IMPRESSIONS, UNSAFE_THINGS, OTHERS_ACT, NOT_BOTHERED, KEEP_SAFE, HEDGED_MEANING,
           PROVOKER_CLAUSE, AGE_FRACTIONS, EFFECT_CLAUSES, ABSTRACT_STATES]


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
