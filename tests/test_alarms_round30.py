"""Round 30 (alarms30): false alarms of the goal and worry structure rules on good statements, mended by
class from the parse (sos_lint/checks/alarms30.py, called from structure.py). Each class has cases that
stay silent and near misses that still fire. Every case is in our own words; none is taken from a probe
or a test set."""
from __future__ import annotations

import pytest

from sos_lint.api import engine


def _found(text: str, kind: str, codes: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(f.code, report.text[f.start:f.end]) for report in engine().check_document(text, kind)
            for f in report.findings if f.code in codes and f.severity != "hint"]


# --- 1. SOS513: the deed of the people the goal speaks to -----------------------------------------

@pytest.mark.parametrize("text", [
    # the adults are named only in the opening; their deeds follow by name
    "Tanya and Marcus, Orla needs quiet evenings. When a row starts, Marcus will go out and walk round to "
    "his cousin's flat, and he will text Tanya when he gets there.",
    # "you" after a one-name opening
    "Bernadette, for the next three months Kian needs his inhaler at school every day. You will pack it "
    "in his bag each night and tick it off on the fridge chart.",
    # the house style's present passive with its doer
    "Gail, until Finn is ten, Finn is walked to football by you or Uncle Stevie on Saturday mornings.",
])
def test_deed_by_the_people_spoken_to_is_silent(text):
    assert not _found(text, "goal", ("SOS513",))


@pytest.mark.parametrize("text", [
    "Mum will ensure the flat is kept clean and Dad will address his drinking.",  # promises, not deeds
    "Mum will make positive changes and show she can meet Lily's needs.",
    "Rocky will be safe and happy at home.",  # nobody does anything
    "Tanya and Marcus, by the summer you will have a better relationship and a calmer home for Orla.",
    "By Easter, all of the parenting sessions will have been completed by Dad so that Orla can stay over.",
])
def test_goal_with_no_everyday_deed_still_fires(text):
    assert [c for c, _ in _found(text, "goal", ("SOS513",))] == ["SOS513"]


# --- 2. SOS512: a deed only in the next sentence is no instead (kept as the rule fixtures hold) ------

@pytest.mark.parametrize("text, words", [
    # harm said to cease
    ("Dad will stop using cannabis and there will be no weed in the flat. Dad will not drive Amy after "
     "smoking; Nan will take Amy to school on those days.", "stop using"),
    # a deed only before the absence
    ("Mum will move to her sister's flat with Cody. There will be no further incidents of violence.",
     "no further"),
    # one act not done, and a deed of another kind in the next sentence
    ("Lee will not drink at home. On Saturdays, Aunty Jo will take Mia swimming.", "will not"),
])
def test_absence_not_answered_still_fires(text, words):
    found = [w for _, w in _found(text, "goal", ("SOS512",))]
    assert any(words in w or w in words for w in found), found


# --- 3. (set 28) the danger sentence, whatever its condition ------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("Ros, you will cook tea for Lola every night and Aunty Meg will have her on Tuesdays for the next six "
     "months. If you cannot keep to this, Lola could stop eating properly and become ill.", "SOS512"),
    ("Ros, you will cook tea for Lola every night and Aunty Meg will have her on Tuesdays for the next six "
     "months. If Lola keeps going to the meetings at the mosque car park, she could be drawn into crime.",
     "SOS511"),
    ("Ros, you will cook tea for Lola every night and Aunty Meg will have her on Tuesdays for the next six "
     "months. Without an adult at home in the evenings, Lola could be hurt, and the team will have to plan "
     "how she is kept safe.", "SOS512"),
])
def test_danger_sentence_is_silent(text, code):
    assert not _found(text, "goal", (code,))


@pytest.mark.parametrize("text, code, words", [
    # a condition met with a deed is the goal, not its danger
    ("If Lola feels low, Ros will make sure she is protected from harm.", "SOS512", "protected from harm"),
    # a guess with no condition is not the if-not sentence
    ("Ros will attend the parenting course so she could learn new ways.", "SOS511", "attend"),
])
def test_deed_on_a_condition_still_fires(text, code, words):
    found = [w for c, w in _found(text, "goal", (code,))]
    assert any(words in w for w in found), found


# --- 4. (set 28) SOS501: the people worried, said by their fear -------------------------------------------

@pytest.mark.parametrize("text", [
    "At a visit on 4 May, Ms Priya Shah, the family's social worker, saw a lock on the fridge. What Ms Shah "
    "fears is that Leon will keep hiding food and go hungry at night.",
    "Leon told Mr Adebayo, his class teacher, that Dad locks the fridge. Mr Adebayo's fear is that Leon will "
    "go hungry and stop trusting adults.",
    "Mrs Kowalski, the school nurse, fears that Leon will faint in class again because he is not eating.",
])
def test_fear_of_a_named_person_says_who_is_worried(text):
    assert not _found(text, "worry", ("SOS501",))


@pytest.mark.parametrize("text", [
    "Dad locks the fridge at night. It is feared that Leon could go hungry.",  # nobody named
    "Dad locks the fridge at night. Leon's fear is that Dad will shout at him.",  # the child's own fear
])
def test_fear_with_no_worker_still_fires(text):
    assert [c for c, _ in _found(text, "worry", ("SOS501",))] == ["SOS501"]
