"""Round 31 (words31): word faults read as classes on the parse (sos_lint/checks/words31.py, the
"history of" reading in closed_classes.py, the passed-on report in person_verdicts.guess_spans and
the vague word list's "financial hardship"), with wordings of our own and near misses that must
stay clean. Each case: (kind, text, code, words, fires), as in test_words_round30.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

LABEL = ("SOS301", "SOS305", "SOS101", "SOS102")
GUESS = ("SOS304", "SOS305")
VAGUE = "SOS302"

# C1. "a history of" + a gerund, or the first of two things named: a label. Near misses: a history
# of something good, a child's school history, the word "history" alone.
HISTORY = [
    ("worry", "Mr Reid (41) has a history of offending and alcohol use and moved in with Mum in May.",
     LABEL, "history of offending", True),
    ("worry", "Dad has a long history of drinking heavily, and Nina (6) now stays with Nan at weekends.",
     LABEL, "history of drinking", True),
    ("worry", "Her partner has a history of gambling and debt, and the rent has not been paid since June.",
     LABEL, "history of gambling", True),
    # near misses
    ("worry", "Nan has a history of helping out with Nina (6) after school, and she still does on Mondays.",
     LABEL, "history of helping", False),
    ("worry", "Nina (6) loves history at school and told her teacher about the Romans.",
     LABEL, "history", False),
    ("goal", "Nan will write down the history of the family tree with Nina (6) on Sundays.",
     LABEL, "history of the family tree", False),
]

# C2. A report passed on in the report's voice, even with the teller named: a guess told as fact.
# Near misses: a view a named person holds ("it is believed by Nan", left to the older rules'
# reading), the teller speaking in their own voice, and a goal.
PASSED_ON = [
    ("worry", "It has been reported by the neighbour that Dad shouts at the boys most nights.",
     GUESS, "It has been reported", True),
    ("worry", "It was said by a cousin that Mum leaves Amir (3) alone in the flat.",
     GUESS, "It was said", True),
    ("worry", "It was reported by the childminder that Ella (2) arrives hungry on Mondays.",
     GUESS, "It was reported", True),
    # near misses
    ("worry", "The neighbour told the social worker on 4 May that Dad shouts at the boys most nights.",
     GUESS, "told the social worker", False),
    ("worry", "Nan rang the duty team on Friday and said Mum had left Amir (3) alone in the flat.",
     GUESS, "said Mum had left", False),
    ("goal", "Dad will ring Nan if it is reported by school that Ella (2) was upset.",
     GUESS, "it is reported", False),
]

# C3. More, or "-er", of a quality asked of an adult in a goal, with no yardstick. Near misses: a
# comparison stated, a comparative of time or amount, a child's state, and what happens if not.
COMPARATIVE = [
    ("goal", "Dad to have stricter rules about the PlayStation on school nights.", VAGUE, "stricter rules", True),
    ("goal", "Dad to show a more caring response when Oscar (2) cries at night.", VAGUE, "more caring response", True),
    ("goal", "Mr Holt will handle money more wisely so the electric stays on.", VAGUE, "more wisely", True),
    ("goal", "Dad to develop a more patient approach with Oscar at bedtime.", VAGUE, "more patient approach", True),
    # near misses
    ("goal", "Mum will visit Oscar more often than she did last term, at least twice a week.",
     VAGUE, "more often", False),
    ("goal", "Dad will put Oscar (4) to bed 30 minutes earlier, by 7.30pm.", VAGUE, "earlier", False),
    ("goal", "Mum will buy more fruit for the boys' packed lunches.", VAGUE, "more fruit", False),
    ("goal", "Dad will put a thicker blanket on Oscar's bed before winter.", VAGUE, "thicker blanket", False),
    ("goal", "Mr Holt will be calmer once the debts are paid.", VAGUE, "calmer", False),
    ("goal", "Dad will rock Oscar (1) in the sling until he feels safe and settles more easily.",
     VAGUE, "more easily", False),
    ("goal", "If nothing changes, Dad will get more stressed and the flat will get messier.",
     VAGUE, "more stressed", False),
]

# C4. Taught about a topic with no teacher or lesson. Near misses: a named teacher, what is taught
# spelt out with its teacher, a worry. A course set as the goal may be reported as compliance
# (SOS511, an error on the same words), which counts.
TAUGHT_CODES = ("SOS302", "SOS511")
TAUGHT = [
    ("goal", "Leah (14) to be educated about healthy relationships.", TAUGHT_CODES, "educated about healthy relationships", True),
    ("goal", "Both parents will be informed about safe sleeping.", TAUGHT_CODES, "informed about safe sleeping", True),
    ("goal", "Mum to be educated on the risks of co-sleeping.", TAUGHT_CODES, "educated on the risks", True),
    # near misses
    ("goal", "Leah (14) will be taught about healthy relationships by the school nurse in her PSHE lessons.",
     VAGUE, "taught about healthy relationships", False),
    ("goal", "Mum will be informed of the date by the health visitor.", VAGUE, "informed of the date", False),
    ("worry", "Leah (14) was educated at home until last year.", VAGUE, "educated at home", False),
]

# C5. "going without" with nothing said of what. Near misses: what is missed said.
GOING_WITHOUT = [
    ("worry", "Nan says the boys are often going without since Dad lost his job.", VAGUE, "going without", True),
    ("worry", "School think Kacey (9) goes without at home.", VAGUE, "goes without", True),
    ("worry", "When the money runs out the children go without until pay day.", VAGUE, "go without", True),
    # near misses
    ("worry", "Kacey (9) went without breakfast on three days last week, her teacher says.",
     VAGUE, "went without", False),
    ("worry", "The boys have gone without a hot meal since Tuesday.", VAGUE, "gone without", False),
    ("goal", "Dad will go without his cigarettes so the gas meter is topped up each Friday.",
     VAGUE, "go without", False),
    ("worry", "If nothing changes, Kacey (9) will keep going without so her sister can eat.",
     VAGUE, "going without", False),
]

# C6. An adult's act graded by its manner in a goal. Near misses: a manner anyone can see, one
# spelt out, a child's conduct, what happens if not.
GRADED_MANNER = [
    ("goal", "Mum and Dad will talk to each other respectfully at handovers.", VAGUE, "respectfully", True),
    ("goal", "Dad to use his wages sensibly.", VAGUE, "sensibly", True),
    ("goal", "Mr and Mrs Webb will share the bedtime jobs fairly.", VAGUE, "fairly", True),
    # near misses
    ("goal", "Mum and Dad will talk to each other quietly in the kitchen, never in front of Jo.",
     VAGUE, "quietly", False),
    ("goal", "Dad will speak to Mum respectfully, without swearing or shouting.", VAGUE, "respectfully", False),
    ("goal", "Jo (8) will share her toys fairly with her brother.", VAGUE, "fairly", False),
    ("goal", "If Dad does not use his wages sensibly, the children will go hungry.", VAGUE, "sensibly", False),
]

# The word list: "financial hardship" and its variants are vague. Near misses: a named cost.
MONEY = [
    ("worry", "The family are in financial hardship and Mum is worried about the rent.", VAGUE, "financial hardship", True),
    ("worry", "Dad's financial difficulties mean the gas is often off.", VAGUE, "financial difficulties", True),
    ("worry", "Dad owes £600 in rent and the gas meter ran out on Monday.", VAGUE, "owes", False),
]

CLASSES = (HISTORY, PASSED_ON, COMPARATIVE, TAUGHT, GOING_WITHOUT, GRADED_MANNER)


@pytest.mark.parametrize("kind, text, code, words, fires",
                         [case for cases in CLASSES + (MONEY,) for case in cases])
def test_round31_word_classes(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_each_class_has_firing_cases_and_near_misses():
    for cases in CLASSES:
        assert sum(fires for *_, fires in cases) >= 3
        assert sum(not fires for *_, fires in cases) >= 3


def test_comparative_is_read_from_the_form(engine):
    """A comparative the module lists nowhere is caught by its form (the tag, or "more" before it)."""
    from sos_lint.checks import words31
    from sos_lint.checks.base import Context

    doc = engine.nlp("Dad to have a tidier kitchen and be more organised with the bills.")
    ctx = Context(doc=doc, kind="goal", config=engine.config, lexicons=engine.lexicons, fixes=None)
    assert "tidier kitchen" in [s.text for s in words31.comparative_aim_spans(ctx)]
    ctx = Context(doc=doc, kind="worry", config=engine.config, lexicons=engine.lexicons, fixes=None)
    assert words31.comparative_aim_spans(ctx) == []
