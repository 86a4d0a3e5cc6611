"""Round 39 (r39c): word faults, with wordings of our own and near misses that must not change.

- How long, told by its size alone (SOS302): "spends excessive time on the games console", "a lot of
  time in her room", "shut in for prolonged periods"; not a figure, not "long" (good statements tell a
  child's day so), not what could happen, not a witness's account, not "more time" asked of a parent.
- A home's state or smell told in a word (SOS302): "the maisonette was cluttered and dirty", "there
  was a strong smell"; not when the words go on to say what was there or what the smell was of, not
  a thing that is dirty, not a goal or what could happen. "grubby" and "scruffy" as "unkempt".
- How someone sees themselves, graded, with nothing seen (SOS302): "has low self-esteem"; not when
  what shows it is said, not what could happen.
- Care and health words in a disabled child's plan (review38d D#7): PECS and PEG are never flagged
  as unknown letters; "gastrostomy", "continuing care", "dietetic regime" get plain advice that keeps
  the clinical word, and are quiet when explained in brackets; "complex health needs" is vague.
- A carer's training for a hands-on task of the child's care, with a date (review38d D#9), is not
  compliance (SOS511); training with no deed of care, or no date, still is.
"""
from __future__ import annotations

import pytest


def _on(engine, text: str, words: str, code: str, kind: str = "worry"):
    start = text.index(words)
    end = start + len(words)
    report = engine.check_many([text], [kind])[0]
    return [f for f in report.findings if f.code == code and f.start < end and start < f.end]


# ---- how long, told by its size alone (SOS302) ----

TIME_FIRES = [
    ("Kofi (13) spends excessive time on the games console and is tired in class.", "excessive time", "worry"),
    ("Marta has been spending a lot of time in her room and has stopped eating with the family.",
     "a lot of time", "worry"),
    ("The twins were shut in the bedroom for prolonged periods while Dad slept.", "prolonged periods", "worry"),
    ("Ibrahim spends too much time with older boys at the park.", "too much time", "worry"),
    ("Nan will not leave Ayo alone in the flat for extended periods.", "extended periods", "goal"),
]

TIME_QUIET = [
    # a figure is given
    ("Kofi (13) spends six hours a night on the games console and is tired in class.", "hours", "worry"),
    ("The twins were shut in the bedroom from 9pm until 2am while Dad slept.", "bedroom", "worry"),
    # "long": how good statements tell a child's own day
    ("When Rosa cries for a long time nobody comes to her.", "long time", "worry"),
    ("Baby Ezra cries for long periods and is hard to settle.", "long periods", "worry"),
    # what could happen
    ("If nothing changes, baby Ezra could be left in his cot for prolonged periods.", "prolonged periods", "worry"),
    # work hours, not a span of the child's day
    ("Mr Petrov works long hours and the boys let themselves in after school.", "long hours", "worry"),
    # a goal asks for more time together
    ("Dad will spend more time with Tomasz on Saturdays, playing football in the park.", "more time", "goal"),
]


@pytest.mark.parametrize("text,words,kind", TIME_FIRES)
def test_time_told_by_size_is_vague(engine, text, words, kind):
    assert _on(engine, text, words, "SOS302", kind), text


@pytest.mark.parametrize("text,words,kind", TIME_QUIET)
def test_time_near_misses_stay_quiet(engine, text, words, kind):
    found = _on(engine, text, words, "SOS302", kind)
    assert not found, (text, [text[f.start:f.end] for f in found])


# ---- a home's state or smell told in a word (SOS302) ----

HOME_FIRES = [
    ("When the nurse called, the maisonette was cluttered and dirty.", "cluttered and dirty"),
    ("The bungalow is filthy and Grandad Alf has stopped letting anyone in.", "filthy"),
    ("On the visit there was a strong smell and the curtains were closed all day.", "a strong smell"),
    ("The kitchen appeared messy on both visits.", "messy"),
    ("Tilly (4) arrives at nursery grubby most mornings.", "grubby"),
]

HOME_QUIET = [
    # the words go on to say what was there
    ("When the nurse called, the maisonette was cluttered with bin bags up to the windows.", "cluttered"),
    ("The kitchen was dirty, with mouldy plates on the floor where Pip crawls.", "dirty"),
    # what the smell was of
    ("There was a strong smell of cannabis in the hallway when Grandad Alf opened the door.", "smell"),
    ("Tilly's cot sheet was wet and smelled of urine.", "smelled"),
    # a thing that is dirty says what was seen
    ("Tilly's nursery bag is often dirty and her coat is too small.", "dirty"),
    # what could happen
    ("If Mum stays this low, the flat could become filthy again.", "filthy"),
    # a change told as the worry's story (the seed newsletter's own wording, in other words)
    ("When Dad's back is bad, the caravan becomes very untidy and unsafe for Leo.", "untidy"),
    # the family's own words
    ('Tilly told her key worker, "our house is messy and I don\'t like it."', "messy"),
]


@pytest.mark.parametrize("text,words", HOME_FIRES)
def test_home_state_in_a_word_is_vague(engine, text, words):
    assert _on(engine, text, words, "SOS302"), text


@pytest.mark.parametrize("text,words", HOME_QUIET)
def test_home_state_near_misses_stay_quiet(engine, text, words):
    found = _on(engine, text, words, "SOS302")
    assert not found, (text, [text[f.start:f.end] for f in found])


def test_home_state_goal_is_left_to_other_rules(engine):
    text = "The flat will not be dirty or cluttered when Noor comes home."
    assert not _on(engine, text, "dirty", "SOS302", "goal")


# ---- D#7: care and health words in a disabled child's plan ----

def test_pecs_and_peg_are_known_letters(engine):
    text = "Dylan (9) uses PECS at home and is fed through a PEG; Dad missed his lunchtime feed twice."
    report = engine.check_many([text], ["worry"])[0]
    for words in ("PECS", "PEG"):
        start = text.index(words)
        assert not [f for f in report.findings if f.code in ("SOS102", "SOS103") and f.start == start], words


def test_makaton_is_never_flagged(engine):
    text = "Priya signs with Makaton, and her stepdad has stopped signing back to her since March."
    start = text.index("Makaton")
    report = engine.check_many([text], ["worry"])[0]
    assert not [f for f in report.findings if f.start <= start < f.end and f.code[3] in "123"]


@pytest.mark.parametrize("text,words", [
    ("Dylan is fed through a gastrostomy and his feeds were missed on two nights.", "gastrostomy"),
    ("Dylan is waiting to hear about continuing care.", "continuing care"),
    ("Dad has not followed the dietetic regime since Easter.", "dietetic regime"),
])
def test_care_words_get_plain_advice_that_keeps_the_word(engine, text, words):
    found = _on(engine, text, words, "SOS101")
    assert found, text
    if words == "gastrostomy":
        assert "gastrostomy (" in found[0].message  # the clinical word kept, with plain words beside it


def test_gastrostomy_explained_in_brackets_is_quiet(engine):
    text = "Dylan has a gastrostomy (a feeding tube into his tummy) and his feeds were missed on two nights."
    assert not _on(engine, text, "gastrostomy", "SOS101")


def test_complex_health_needs_is_vague(engine):
    text = "Esme has complex health needs and Mum is on her own with her most nights."
    assert _on(engine, text, "complex health needs", "SOS302")


# ---- D#9: training for a hands-on task of the child's care, with a date ----

TRAINING_NOT_COMPLIANCE = [
    "Dad and Aunt Rita will do the tube-feeding training with Jamal's nurse by 14 May so that they can give "
    "Jamal his night feeds.",
    "Grandad will complete the suction training on the ward by 2 June so that he can clear Orla's airway at night.",
]

TRAINING_STILL_COMPLIANCE = [
    # the purpose names no deed of care
    ("Mum will complete the parenting course by 30 June so that she can keep the children safe.", "parenting course"),
    # no purpose at all
    ("Dad will attend the epilepsy training.", "epilepsy training"),
]


@pytest.mark.parametrize("text", TRAINING_NOT_COMPLIANCE)
def test_training_for_a_care_task_with_a_date_is_not_compliance(engine, text):
    report = engine.check_many([text], ["goal"])[0]
    assert not [f for f in report.findings if f.code == "SOS511"], text


@pytest.mark.parametrize("text,words", TRAINING_STILL_COMPLIANCE)
def test_training_without_a_care_task_stays_compliance(engine, text, words):
    assert _on(engine, text, words, "SOS511", "goal"), text


def test_respite_placement_is_not_where_the_child_lives(engine):
    text = "Kit's respite placement ended in May and Dad has had no sleep since."
    found = _on(engine, text, "respite placement", "SOS101")
    assert found and "short stays" in found[0].message and "lives" not in found[0].message


# ---- how someone sees themselves, graded, nothing seen (SOS302) ----

SELF_VIEW_FIRES = [
    "Noor (12) has low self-esteem and has stopped going to her dance class.",
    "Teachers say Bilal presents with poor confidence in class.",
]

SELF_VIEW_QUIET = [
    # what shows it is said
    "Noor has low self-esteem: she calls herself ugly and will not have her photo taken.",
    # what could happen
    "If the name-calling goes on, Noor could grow up with low self-esteem.",
    # no grade
    "Bilal's confidence has grown since he joined the football team.",
]


@pytest.mark.parametrize("text", SELF_VIEW_FIRES)
def test_low_self_view_is_vague(engine, text):
    words = "low self-esteem" if "self-esteem" in text else "poor confidence"
    assert _on(engine, text, words, "SOS302"), text


@pytest.mark.parametrize("text", SELF_VIEW_QUIET)
def test_low_self_view_near_misses_stay_quiet(engine, text):
    words = "self-esteem" if "self-esteem" in text else "confidence"
    found = _on(engine, text, words, "SOS302")
    assert not found, (text, [text[f.start:f.end] for f in found])


def test_an_odour_the_parser_tags_as_an_adjective_still_counts(engine):
    text = ("The nurse is worried about the flat. When she called, the flat was cluttered and there was an odour. "
            "Ana (2) had a wet nappy.")
    assert _on(engine, text, "an odour", "SOS302")


@pytest.mark.parametrize("text,words", [
    # how often, not how long
    ("Since the move, Ayo is tired and tearful a lot of the time.", "a lot of the time"),
    # a witness's account: the person who saw it is named
    ("The childminder has seen Dad leave Ayo in the buggy outside the shop for prolonged periods.",
     "prolonged periods"),
])
def test_time_told_by_size_quiet_for_frequency_and_a_witness(engine, text, words):
    assert not _on(engine, text, words, "SOS302"), text
