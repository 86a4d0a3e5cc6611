"""Round 32 (review32c): parts, structure and scores from two practitioners' trials, mended by class.

- P#3: a goal's "will not" joined by "and" to an everyday act of the same adult said BEFORE it is a
  protective rule, as it already was when said after it: the order of the two clauses must not
  matter (checks/structure32.py). A carer having or getting the child somewhere at a set time ("will
  have Noah at nursery by 9am") is what the adults will do (parts/actions.py _child_had_somewhere).
- Q#4: what the child will experience, said as someone seeing the child in a state or as the child
  telling someone how things feel (parts/child32.py).
- P#10: "We are worried" shows "Who is worried" missing, so a hint asks for it (SOS501).
- P#8: an organisation inside a relative clause the parse joined as a second clause is not the
  goal's voice (SOS502); the "by" on what was heard or seen names the agent of the passive (SOS202);
  "could not" under an if-clause is a danger ahead (SOS505).

Every sentence here is written for these tests (other names, harms and wording than the trials').
"""
from __future__ import annotations

import pytest

import sos_lint


def _codes(report, severities=("error", "warning", "hint")):
    return [f.code for f in report.findings if f.severity in severities]


def _part(report, name):
    return next(c for c in report.components if c.name == name).present


GOAL_FRAME = ("Kasia, your dad and you need school mornings to be calm. For this to happen, {middle} "
              "Auntie Bea will ring on Sunday evenings. We need to see this for the next four months. "
              "If this does not happen, Kasia will stay with Auntie Bea while we make a new plan.")


# --- P#3: the order of a deed and a "will not" -----------------------------------------------------

@pytest.mark.parametrize("first, second", [
    ("your dad will walk you to school every morning", "he will not drink until you are home"),
    ("Dad will cook your tea at six every evening", "he will not smoke in the flat"),
])
def test_will_not_beside_a_deed_is_read_the_same_in_either_order(first, second):
    forward = sos_lint.check(GOAL_FRAME.format(middle=f"{first} and {second}."), kind="goal")
    words = second.split(" ", 1)[1]  # "will not drink …", said first with the adult's name
    backward = sos_lint.check(GOAL_FRAME.format(middle=f"Dad {words}, and {first.replace('your dad ', '').replace('Dad ', '')} "
                                                       .replace("Dad will", "he will") + "."), kind="goal")
    assert "SOS512" not in _codes(forward)
    assert "SOS512" not in _codes(backward)
    assert forward.scores["structure"] == backward.scores["structure"]


@pytest.mark.parametrize("text", [
    "Dad will not drink and there will be no more arguments.",
    "Dad will have a rest and will not shout at Ellie.",  # "have a rest" is no everyday act for Ellie
    GOAL_FRAME.format(middle="Dad will take Kasia to the park on Saturdays and Kasia will not be hurt."),  # harm undergone
])
def test_will_not_without_an_everyday_deed_before_it_still_fires(text):
    assert "SOS512" in _codes(sos_lint.check(text, kind="goal"))


NOAH = "Mum, you and Noah need calm mornings. {sentence}"


@pytest.mark.parametrize("sentence", [
    "Mum will have Noah at nursery by 9am every weekday.",
    "You will get Noah to bed by 7pm every night.",
    "For this to happen, you will have Noah in bed by 7pm and you will not drink until he is asleep.",
])
def test_having_the_child_somewhere_at_a_time_is_what_the_adults_will_do(sentence):
    assert _part(sos_lint.check(NOAH.format(sentence=sentence), kind="goal"), "action")


@pytest.mark.parametrize("sentence", [
    "Mum will have Noah's eyes tested at the clinic by June.",  # a service done to the child
    "Mum will not have Noah in the car after a drink.",  # negated
    "Mum has Noah at home most days.",  # what is, not what she will do
])
def test_having_the_child_near_misses_are_no_adult_action(sentence):
    assert not _part(sos_lint.check(NOAH.format(sentence=sentence), kind="goal"), "action")


# --- Q#4: what the child will experience ------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Aunt Rita will see Ivy smiling and relaxed when she collects her on Fridays.",
    "Ivy's childminder will see her happy and settled at pick-up time.",
    "Ivy will tell her teacher that mornings feel calm now.",
])
def test_the_childs_state_seen_or_told_is_what_the_child_will_experience(sentence):
    text = f"Mum, you and Ivy need a plan. Mum will phone Nan at 7.30 every day. {sentence}"
    assert _part(sos_lint.check(text, kind="goal"), "experience")


@pytest.mark.parametrize("sentence", [
    "The health visitor will see Ivy every month.",  # a visit, no state
    "Ivy's teacher will tell the social worker that the forms are signed.",  # an adult tells, of a thing
    "Dad will see that the gate is shut each night.",  # a thing seen, not the child
    "Ivy will tell Nan if Dad comes round.",  # a step for when things go wrong
    "Mum will ring the GP if Ivy tells her she feels sick.",  # the telling is the case to act on
])
def test_seeing_or_telling_near_misses_are_not_the_childs_experience(sentence):
    text = f"Mum, you and Ivy need a plan. Mum will phone Nan at 7.30 every day. {sentence}"
    assert not _part(sos_lint.check(text, kind="goal"), "experience")


# --- P#10: a missing "who" is always asked for ----------------------------------------------------

def test_we_are_worried_asks_for_who_with_a_hint():
    text = ("We are worried that Carl leaves Remi, who is three, alone in the flat while he goes to the bookmakers, "
            "and Remi has been found crying at the window.")
    report = sos_lint.check(text, kind="worry")
    assert not _part(report, "who")
    found = [f for f in report.findings if f.code == "SOS501"]
    assert found and all(f.severity == "hint" for f in found)
    assert report.scores["structure"] < 10.0


@pytest.mark.parametrize("opening", ["The health visitor is worried", "We, the social worker and Remi's key worker, are worried"])
def test_a_named_worrier_is_still_not_asked_for(opening):
    text = f"{opening} that Carl leaves Remi, who is three, alone in the flat while he goes to the bookmakers."
    assert "SOS501" not in _codes(sos_lint.check(text, kind="worry"))


# --- P#8: false alarms -------------------------------------------------------------------------

def test_an_organisation_in_a_relative_clause_is_not_the_goals_voice():
    text = GOAL_FRAME.format(middle="Grandad will use the ramp the council is building so Kasia can wheel her bike in.")
    assert "SOS502" not in _codes(sos_lint.check(text, kind="goal"))


def test_an_organisation_in_its_own_clause_still_fires():
    text = "Dad will fix the lock on the back door by Friday and the council will monitor the family."
    assert "SOS502" in _codes(sos_lint.check(text, kind="goal"))


def test_the_hearer_after_by_is_the_agent_of_the_passive():
    report = sos_lint.check("Mum was seen slapping Leo across the face by a neighbour on Friday.", kind="worry")
    messages = [f.message for f in report.findings if f.code == "SOS202"]
    assert messages and "a neighbour" in messages[0]
    assert not any("does not say who did it" in m for m in messages)


def test_a_place_after_by_names_no_agent():
    report = sos_lint.check("Dad was seen standing by the school gate at 2am.", kind="worry")
    messages = [f.message for f in report.findings if f.code == "SOS202"]
    assert messages and "does not say who did it" in messages[0]


def test_could_not_under_an_if_clause_is_a_danger_ahead():
    text = ("Mrs Ahmed, the health visitor, is worried that Dad locks the front door and keeps the key when he goes "
            "out at night, leaving Sana (6) and Bilal (3) inside. If the flat catches fire, Sana and Bilal could not get out.")
    report = sos_lint.check(text, kind="worry")
    assert _part(report, "future") and "SOS505" not in _codes(report)


def test_could_not_in_the_past_is_no_danger_ahead():
    text = ("Mrs Ahmed, the health visitor, is worried that Dad shouts at Mum every night and Sana (6) "
            "could not sleep last week.")
    report = sos_lint.check(text, kind="worry")
    assert not _part(report, "future")


# --- Q#10: a future harm named only by its kind ------------------------------------------------------

OLA = ("Mrs Khan, the school nurse, is worried that Mum's partner Lee hits Mum in front of Ola (9) most weekends. "
       "Ola told her she lies awake listening. If this carries on, {ahead}")


@pytest.mark.parametrize("ahead", ["Ola could be emotionally harmed.", "Ola could be psychologically damaged."])
def test_harm_named_only_by_its_kind_is_no_future(ahead):
    report = sos_lint.check(OLA.format(ahead=ahead), kind="worry")
    assert not _part(report, "future") and "SOS505" in _codes(report)


@pytest.mark.parametrize("ahead", ["Ola could be emotionally harmed and stop eating.",
                                   "Ola could be badly hurt when she tries to stop him."])
def test_a_harm_a_family_can_picture_is_still_a_future(ahead):
    report = sos_lint.check(OLA.format(ahead=ahead), kind="worry")
    assert _part(report, "future") and "SOS505" not in _codes(report)
