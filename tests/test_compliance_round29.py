"""Round 29 (compliance29): absence of harm read from the clause's shape, and three forms of service
compliance in goals (sos_lint/checks/compliance29.py, wired into SOS511/SOS512 in structure.py).

Every case is written for this file, in new words. Each class has goals that must be flagged and
near misses that must stay silent.
"""
from __future__ import annotations

import pytest

from sos_lint.api import check


def _spans(text: str, kind: str, code: str) -> list[str]:
    report = check(text, kind)
    return [text[f.start:f.end] for f in report.findings if f.code == code]


def _hit(spans: list[str], words: str) -> bool:
    return any(words in span or span in words for span in spans)


ABSENCE_FIRES = [
    # 1. a negated promise, whatever the harm is called (no list of harms)
    ("Dad to go to the gym on Mondays. Dad will not leave the gas hob on overnight.", "will not leave the gas hob on"),
    ("Grandma to cook tea each night. Kian will not have any more trips to A&E because of burns.", "will not have any more trips"),
    ("Mum to do the washing on Sundays. The flat will not be damp or smelly.", "will not be damp"),
    ("Parents to ensure the internet filter is switched on. Tia not to watch violent videos.", "not to watch violent videos"),
    # a third-person goal with no if-not part: the child's "will not" is the goal itself
    ("Mum to attend every review. Ollie will not be constantly late for school.", "will not be constantly late"),
    ("Dad to take his tablets. Rhys and Mia will not see fighting at home.", "not see fighting"),
    # 3. stopping as the goal
    ("Uncle Pete will go to the group. Uncle Pete will stop betting online.", "stop betting"),
    ("Lily's skin will be looked after and the missed clinic visits will stop.", "missed clinic visits will stop"),
    # 4. free of / safe from whatever it is; "X-free"
    ("Mum to keep the house tidy. Ryan will be free of nits.", "free of nits"),
    ("Leah will be safe from the men at the park.", "safe from the men"),
    ("Dad to remain alcohol free and show his breath tests.", "alcohol free"),
]

ABSENCE_SILENT = [
    # (merge29) someone kept safe by an adult is the adult's deed; "not … without" an adult is a rule kept
    "Nan will keep Bella safe from Rory when he calls round by staying in the kitchen with her.",
    "Uncle Dev will stand by the water at the lido. Bella will not go in the big pool without him.",
    # what happens instead, in the same or the next sentence
    "Dad, you will not drive after a drink; on those nights Auntie Jo will fetch Zac from football.",
    # a house rule said with "never"
    "Mum and Dad, you will never leave Poppy alone in the bath. For this to happen, one of you will stay beside "
    "her every bathtime. If this doesn't happen, Poppy could drown.",
    # the child's side of the adults' deeds, in a goal that speaks to the family
    "Mum and Dad, for this to happen you will sign with Kofi at breakfast every day. Kofi will feel part of the "
    "family and won't flinch when you come close. If it doesn't, Kofi will keep feeling left out.",
    # the if-not sentence with "doesn't": its "not" belongs to the condition
    "Sam and Jo, you will sit with Ava at bedtime every night for six months. If it doesn't happen, Ava will keep "
    "waking up frightened.",
    # a check that something has not run out: not a promise
    "Nan will call round on Fridays to check the electric meter has not run out.",
    # a purpose clause in the present tense
    "Mum and Dad, Ben has kept his worries to himself so that he does not upset you. You will talk with him every "
    "Sunday. If this doesn't happen, Ben may feel alone.",
    # the need the adults' deeds answer
    "Dad, Ziggy needs to be safe from Rex the dog. From today Rex sleeps in the shed and Nan will check on her "
    "Monday visits for the next year. If this does not happen, Ziggy could be bitten.",
    # free time, not harm
    "Auntie Sue is free from 3pm on weekdays and will collect Hana from school.",
]


@pytest.mark.parametrize("text,words", ABSENCE_FIRES)
def test_absence_fires(text, words):
    spans = _spans(text, "goal", "SOS512")
    assert _hit(spans, words), spans


@pytest.mark.parametrize("text", ABSENCE_SILENT)
def test_absence_near_misses_silent(text):
    assert _spans(text, "goal", "SOS512") == []


COMPLIANCE_FIRES = [
    # help taken from others set as the goal
    ("Dad to cook dinner every night. Dad will accept help from the family support worker.", "accept help from"),
    # a service by its letters
    ("Mum will take Ellie to school and work with the CGL worker.", "work with the CGL"),
    # a named group attended
    ("Dad will attend Narcotics Anonymous every Thursday.", "attend Narcotics Anonymous"),
    # a course set as the deed
    ("Dad will go on an anger management course before Christmas.", "go on an anger management course"),
    # a referral as the goal
    ("Jordan referred to the young carers project and Mum to cook tea.", "referred to the young carers project"),
]

COMPLIANCE_SILENT = [
    # (merge29) the child's own club or group, named: part of the child's week, not a service
    "Nia will attend Rainbows every Tuesday, and Dad will walk her there and back.",
    "Theo will attend Cubs on Fridays with his friend Sami, and Mum will collect them both.",
    # working with a person, not a service's letters
    "Mum and Dad, you will work with Nan to plan Ella's bedtime every Sunday. If this doesn't happen, Ella will be tired.",
    # attending school, or a person's party
    "Mum and Dad will attend Ruby's nativity play at St Mary's on Friday.",
    # a course the parent teaches or a school lesson
    "Dad will run the football session for Theo's team on Saturdays.",
    # the if-not part's referral
    "Mum, you will walk Jay to school every day. If this doesn't happen, Jay will be referred to the attendance panel.",
]


@pytest.mark.parametrize("text,words", COMPLIANCE_FIRES)
def test_compliance_fires(text, words):
    spans = _spans(text, "goal", "SOS511")
    assert _hit(spans, words), spans


@pytest.mark.parametrize("text", COMPLIANCE_SILENT)
def test_compliance_near_misses_silent(text):
    assert _spans(text, "goal", "SOS511") == []


def test_seed_style_goal_stays_silent():
    text = ("Mum and Dad, you need to keep Leo safe when you argue. For this to happen, when you start to argue, "
            "Dad will go for a walk and Mum will take Leo to Nan's. Nan will ring Mum every Sunday to hear how it "
            "went. This needs to happen for the next six months. If this doesn't happen, Leo could get hurt.")
    assert _spans(text, "goal", "SOS512") == [] and _spans(text, "goal", "SOS511") == []
