"""Round 37 (r37b): word faults, with wordings of our own and near misses that must not change.

H#11 (review36h, a health visitor): sessions missed, told as the worry, are SOS301's "about a
service" warning; when the same sentence says what they meant for the child, the child's side is
written and the finding is a hint. Each case: (text, words, severity expected on those words)."""
from __future__ import annotations

import pytest

LABEL = "SOS301"

MISSED_WITH_RESULT = [
    # the result for the child is said in the same sentence: a hint
    ("Dad missed four clinic appointments in March, which meant Kit had none of his jabs.",
     "missed four clinic appointments", "hint"),
    ("Mum missed the last two sessions at the family centre and so Rosa did not see her speech therapist.",
     "missed the last two sessions", "hint"),
    ("Mum and her partner missed five appointments with the family nurse in the spring, so Poppy was not "
     "measured.",
     "missed five appointments", "hint"),
    # near misses: nothing said of the child, a "so" about an adult, a purpose, a result still to come
    ("Mum and her partner missed five appointments with the family nurse in the spring.", "missed five appointments",
     "warning"),
    ("Dad missed three appointments, so Mum was upset.", "missed three appointments", "warning"),
    ("Gran missed two appointments with the nurse, so she could look after her sister.",
     "missed two appointments", "warning"),
    ("Mum has not attended her counselling sessions, so Joy will not be seen.",
     "has not attended her counselling sessions", "warning"),
]


def _severity_on(engine, text: str, words: str) -> str | None:
    start = text.index(words)
    report = engine.check_many([text], ["worry"])[0]
    found = [f for f in report.findings if f.code == LABEL and f.start < start + len(words) and start < f.end]
    return found[0].severity if found else None


@pytest.mark.parametrize("text,words,severity", MISSED_WITH_RESULT)
def test_missed_sessions_with_the_childs_side_are_a_hint(engine, text, words, severity):
    assert _severity_on(engine, text, words) == severity


def test_review36h_h11_the_health_visitors_sentence_is_a_hint(engine):
    text = ("Siobhan, the health visitor, is worried that Hope (5 months) is not putting on enough weight. "
            "Mum and Dad missed three health visitor appointments in November, so Hope was not weighed.")
    assert _severity_on(engine, text, "missed three health visitor appointments") == "hint"
    plain = text.replace(", so Hope was not weighed", "")
    assert _severity_on(engine, plain, "missed three health visitor appointments") == "warning"


# Guesses read from the parse (SOS304). A suspicion in the active voice, held by the writer, a job or a
# group, is the same guess as the listed "it is suspected"; a named person's or a family member's own
# suspicion is their view. A hedge before a harm or condition told as a finding ("possible ADHD");
# not "as soon as possible", "the best possible", a hedge on a choice, nor what lies ahead.
GUESS = "SOS304"
GUESSES = [
    ("worry", "Ben's tooth was black for weeks before anyone took him to a dentist, and I suspect neglect.",
     "I suspect", True),
    ("worry", "We suspect that Mr Okoro has been leaving the twins alone overnight.", "We suspect", True),
    ("worry", "The school nurse suspects Dad is drinking before the school run.", "suspects", True),
    ("worry", "Maya is underweight for her age and has possible coeliac disease.", "possible coeliac disease", True),
    ("worry", "Suspected fractured wrist after Lewis fell from the top bunk.", "Suspected fractured wrist", True),
    ("worry", "Zac has marks on his back and probable cigarette burns on his hand.", "probable cigarette burns", True),
    # near misses
    ("worry", "Nan suspects Dad is drinking again because she found cans in the pram.", "suspects", False),
    ("worry", "Ivy told her teacher, \"I suspect Mum is sad.\"", "suspect", False),
    ("worry", "Nobody suspected that Dad had taken the car.", "suspected", False),
    ("worry", "Maya needs the best possible care at home.", "possible", False),
    ("worry", "Mum asked for the move to happen as soon as possible.", "possible", False),
    ("worry", "The school has looked at possible options for Zac's transport.", "possible options", False),
    ("goal", "Mum will take Maya to the clinic so that any possible allergy is checked.", "possible allergy", False),
    ("worry", "If nothing changes, Zac could be hurt and a possible fracture could go unseen.", "possible fracture",
     False),
]


@pytest.mark.parametrize("kind,text,words,fires", GUESSES)
def test_guesses_read_from_the_parse(engine, kind, text, words, fires):
    from word_classes import check_word_class

    check_word_class(engine, kind, text, GUESS, words, fires)
