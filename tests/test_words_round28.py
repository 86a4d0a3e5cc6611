"""Round 28 (words28): word faults still missed on fresh statements, each class named in general
terms (sos_lint/checks/words28.py), with wordings of our own and near misses that must stay clean.
Each case: (kind, text, code, words, fires), as in test_words_round27.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

JUDGEMENT = ("SOS305",)
BLAME = ("SOS306",)

# C1. An adult's attitude put as too much or too little of it: "be" with an adjective that takes its
# object through a preposition, marked as excess ("overly", "too", "over-") or as its lack ("not",
# "un-"). Adjectives of the same build that are not listed anywhere must be caught.
ATTITUDE = [
    ("worry", "Kayla (3) is often left in her cot until midday. Mum is overly dependent on her new "
     "partner for money and lifts.", JUDGEMENT, "overly dependent on", True),
    ("worry", "Tyler (6) has type 1 diabetes and his sugar levels were high at four clinic visits. Dad is "
     "not accepting of the diagnosis.", JUDGEMENT, "not accepting of", True),
    ("worry", "Mia (2) has missed her last two hearing tests. Dad is too focused on his own court case.",
     JUDGEMENT, "too focused on", True),
    ("worry", "Zac (5) came to school hungry four times this month. Gemma minimises it and is overly "
     "trusting of her neighbour.", JUDGEMENT, "overly trusting of", True),
    ("worry", "Ollie (4) was found at the park alone on 2 June. Mum is unreceptive to the health "
     "visitor's advice about the gate.", JUDGEMENT, "unreceptive to", True),
    # near misses: a parent's own feelings; knowing; praise with no excess or lack; a place; a child;
    # someone's words reported; quoted words
    ("worry", "Kayla (3) is often left in her cot until midday. Mum is scared of her partner and worried "
     "about money.", JUDGEMENT, "scared of", False),
    ("worry", "Kayla (3) is often left in her cot until midday. Mum is unhappy about the plan and said "
     "so at the meeting.", JUDGEMENT, "unhappy about", False),
    ("worry", "Kayla (3) is often left in her cot until midday. Nan is very good with Kayla and sees her "
     "every Sunday.", JUDGEMENT, "good with", False),
    ("worry", "Ollie (4) was found at the park alone on 2 June. The flat is too close to the main road "
     "for him to play out.", JUDGEMENT, "too close to", False),
    ("worry", "Ollie (4) was found at the park alone on 2 June. Ollie is not used to the new estate.",
     JUDGEMENT, "not used to", False),
    ("worry", "Tyler (6) has type 1 diabetes and his sugar levels were high at four clinic visits. Dad "
     "said, \"I am not open to any of this.\"", JUDGEMENT, "not open to", False),
]

# C2. Coping judged as a present state: an adult who "struggles to" do something. Told once, in the
# past, it describes an event; a child's difficulty, someone's own words and the first person are
# left alone.
COPING = [
    ("worry", "Jake (14) has been out until 2am most weekends. Mum struggles to set any limits for him.",
     JUDGEMENT, "struggles to", True),
    ("worry", "Amira (7) has been late to school on 12 days this term. Dad struggles to get her up in the "
     "mornings.", JUDGEMENT, "struggles to", True),
    ("worry", "Bailey (2) has had three chest infections since May. Mum has been struggling to keep the "
     "flat warm.", JUDGEMENT, "struggling to", True),
    # near misses
    ("worry", "Bailey (2) has had three chest infections since May. Mum says she struggles to sleep "
     "since the boiler broke.", JUDGEMENT, "struggles to", False),
    ("worry", "Amira (7) has been late to school on 12 days this term. Amira struggles to read and is "
     "behind her class.", JUDGEMENT, "struggles to", False),
    ("worry", "Bailey (2) fell down the stairs on 3 May. Mum struggled to lift the buggy up the stairs "
     "that day and left him at the bottom.", JUDGEMENT, "struggled to", False),
    ("worry", "Bailey (2) has had three chest infections since May. I am struggling to reach Dad by "
     "phone.", JUDGEMENT, "struggling to", False),
]

# C3. A child's habit told as the child's own choice: a child as the subject of a choosing verb in the
# present, with what is chosen after it. Reported once, as victim blaming.
CHOICE = [
    ("worry", "Leo (12) has missed 30 days of school since Dad moved out. Leo is choosing to stay at home "
     "rather than go in.", BLAME, "is choosing to stay", True),
    ("worry", "Jay (15) has been reported missing three times and chooses to stay out overnight.",
     BLAME, "chooses to stay out", True),
    ("worry", "Nadia (13) has been seen at a flat above the takeaway. Nadia is opting to spend her "
     "evenings there.", BLAME, "opting to spend", True),
    ("worry", "Autumn's school believe that Autumn (13) is choosing to miss PE.", BLAME, "choosing to miss",
     True),
    # near misses: telling someone; a wish about whom to be with; a choice given to the child; an
    # adult's choice; the child's choice told once in the past
    ("worry", "Nadia (13) has been seen at a flat above the takeaway. Nadia is choosing to tell her "
     "teacher more each week.", BLAME, "choosing to tell", False),
    ("worry", "Leo (12) has missed 30 days of school since Dad moved out. Leo is choosing to stay with "
     "Nan at weekends.", BLAME, "choosing to stay", False),
    ("worry", "Leo (12) has missed 30 days of school since Dad moved out. Leo can choose where he sleeps "
     "at weekends.", BLAME, "choose", False),
    ("worry", "Leo (12) has missed 30 days of school since Dad moved out. Dad chooses to work nights.",
     BLAME, "chooses to work", False),
    ("worry", "Nadia (13) was hit by her stepdad on 4 May. Nadia decided to go to her aunt's that night.",
     BLAME, "decided to go", False),
]

GUESS = ("SOS304", "SOS305")

# C4. A report with nobody making it: "there" + "be" + a noun of telling with what was told in a
# "that" clause, and no teller named. Reported as a guess stated as fact.
UNSOURCED = [
    ("worry", "Kian (6) has been late to school ten times this term. There have been reports that Dad is "
     "selling cannabis from the flat.", GUESS, "There have been reports that", True),
    ("worry", "Kian (6) has been late to school ten times this term. There are rumours that Mum's ex is "
     "back in the area.", GUESS, "There are rumours that", True),
    ("worry", "Kian (6) has been late to school ten times this term. There is information that Dad keeps "
     "a knife in the car.", GUESS, "There is information that", True),
    # near misses: the teller named; an event reported with no claim; a lack of proof; a worry owned
    ("worry", "Kian (6) has been late to school ten times this term. There were reports from two "
     "neighbours that Dad was shouting at Kian on 4 May.", GUESS, "There were reports", False),
    ("worry", "Kian (6) has been late to school ten times this term. On 3 May the police told the school "
     "that there were reports of a fight at the flat.", GUESS, "there were reports", False),
    ("worry", "Kian (6) has been late to school ten times this term. There were reports of shouting at "
     "the flat on 4 May, made by the neighbour at number 6.", GUESS, "There were reports", False),
]

CLASSES = (ATTITUDE, COPING, CHOICE, UNSOURCED)


@pytest.mark.parametrize("kind, text, code, words, fires", [case for cases in CLASSES for case in cases])
def test_round28_word_classes(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_each_class_has_firing_cases_and_near_misses():
    for cases in CLASSES:
        assert sum(fires for *_, fires in cases) >= 3
        assert sum(not fires for *_, fires in cases) >= 3


def test_a_childs_chosen_habit_is_said_once_as_blame(engine):
    """The judgement word list's "choosing to" gives way: the words are reported once, as SOS306."""
    text = "Leo (12) has missed 30 days of school since Dad moved out. Leo is choosing to stay at home."
    start = text.index("choosing")
    report = engine.check_many([text], ["worry"])[0]
    on_words = sorted({f.code for f in report.findings if f.start < start + len("choosing to stay")
                       and start < f.end and f.code.startswith("SOS3") and f.end - f.start < len(text) - 1})
    assert on_words == ["SOS306"]


def test_struggles_to_and_what_is_hard_are_separate_words(engine):
    """"struggles to" is the verdict; "set boundaries" keeps its own (vague) finding: no word twice."""
    text = "Jake (14) has been out until 2am most weekends. Mum struggles to set boundaries."
    report = engine.check_many([text], ["worry"])[0]
    spans = sorted((f.start, f.end, f.code) for f in report.findings
                   if f.code.startswith("SOS3") and f.end - f.start < 40)
    for (s1, e1, _), (s2, e2, _) in zip(spans, spans[1:]):
        assert e1 <= s2, spans
    # Round 38 (r38c): a parenting act under "struggles to" is read as one verdict on the parent's
    # capacity ("struggles to set boundaries", SOS305), so the verdict's span may hold the act.
    assert any(text[s:e] in ("struggles to", "struggles to set boundaries") and c == "SOS305" for s, e, c in spans)
