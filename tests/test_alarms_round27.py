"""Round 27 (alarms27): false alarms on good statements, mended by how the sentence is built
(sos_lint/checks/alarms27.py, called from structure.py and alarms26.drop). Each class has cases
that stay silent and near misses that still fire. Every case is in our own words; none is taken
from a probe or a test set."""
from __future__ import annotations

import pytest

from sos_lint.api import engine

_GOAL_END = (" Auntie Jo will have Tayla for tea every Tuesday for the next six months. Tayla will feel calm at "
             "home. If this doesn't happen, Tayla could be hurt.")


def _found(text: str, kind: str, codes: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(f.code, report.text[f.start:f.end]) for report in engine().check_document(text, kind)
            for f in report.findings if f.code in codes and f.severity != "hint"]


# --- 1. SOS511: a strength the family has already shown ----------------------------------------

@pytest.mark.parametrize("text", [
    "Mum and Dad, you want Tayla (7) to be safe, and you have been honest with us about what happened in May. "
    "Dad, you will take Tayla to school each morning." + _GOAL_END,
    "Dad, you have agreed to the spending limit the bank put on your account, and you will give Mum your wages "
    "each Friday so Tayla (7) has food in the cupboard." + _GOAL_END,
])
def test_a_strength_already_shown_is_not_compliance(text):
    assert not _found(text, "goal", ("SOS511",))


@pytest.mark.parametrize("text, words", [
    ("Mum, you have agreed to engage with services and you will walk Tayla (7) to school every day." + _GOAL_END,
     "engage with services"),
    ("Mum will be honest with professionals, and you will walk Tayla (7) to school every day." + _GOAL_END,
     "honest with professionals"),
])
def test_compliance_still_asked_fires(text, words):
    found = [w for _, w in _found(text, "goal", ("SOS511",))]
    assert any(words in w or w in words for w in found), found


# --- 2. SOS511: the service is only the reason for someone else's deed -------------------------

def test_service_as_the_reason_for_anothers_deed_is_silent():
    text = ("Mum, Tayla (7) needs her tea on the table every night. Grandad Len will collect Tayla from school every "
            "Monday so you can see your counsellor, and you will cook tea when you get home." + _GOAL_END)
    assert not _found(text, "goal", ("SOS511",))


def test_service_as_the_goal_itself_still_fires():
    text = ("Mum, Tayla (7) needs her tea on the table every night. You will see your counsellor every Monday "
            "and attend the parenting course." + _GOAL_END)
    assert _found(text, "goal", ("SOS511",))


# --- 4. SOS301: "use" of a thing -----------------------------------------------------------------

def test_use_of_a_thing_is_not_a_habit():
    text = ("The health visitor is worried that the boiler has been broken since January, and Mum and Dad have been "
            "heating the one room they used by leaving the gas oven door open while Tayla (2) plays on the floor. "
            "If nothing changes, Tayla could be burnt.")
    assert not [w for _, w in _found(text, "worry", ("SOS301",)) if "use" in w]


def test_use_with_no_object_is_still_a_habit():
    text = ("The health visitor is worried that Dad uses when Tayla (2) is asleep, and he falls "
            "asleep on the sofa. If nothing changes, Tayla could be hurt.")
    assert [w for _, w in _found(text, "worry", ("SOS301",)) if "use" in w]


# --- 5. SOS501: the writer names their job -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I am the safeguarding lead at Tayla's school. On 4 March Tayla (9) came in with a bruise on her cheek and "
    "told her teacher that Dad had hit her. If Dad hits Tayla again, she could be badly hurt.",
    "I am writing as Tayla's GP. On 4 March Tayla (9) came to the surgery with a bruise on her cheek and told me "
    "Dad had hit her. If Dad hits Tayla again, she could be badly hurt.",
])
def test_writer_who_names_their_job_says_who_is_worried(text):
    assert not _found(text, "worry", ("SOS501",))


@pytest.mark.parametrize("text", [
    "I am not sure what happened. On 4 March Tayla (9) came to school with a bruise on her cheek and said Dad had "
    "hit her. If Dad hits Tayla again, she could be badly hurt.",
    "On 4 March Tayla (9) came to school with a bruise on her cheek and said Dad had hit her. If Dad hits Tayla "
    "again, she could be badly hurt.",
])
def test_no_one_named_still_fires(text):
    assert _found(text, "worry", ("SOS501",))


# --- Read after set 25's first measurement --------------------------------------------------------

# --- 6. SOS501: the worried people as the object of "worries" -----------------------------------

def test_people_as_the_object_of_worries_say_who_is_worried():
    text = ("Since January Tayla (10) has been at school on 30 of 70 days, which worries Ruth Okoye, the school "
            "nurse, and Mr Dan Hill, her head of year. Mum rings her in sick most Mondays. If this carries on, "
            "Tayla could fall behind and lose her friends.")
    assert not _found(text, "worry", ("SOS501",))


def test_a_worry_with_nobody_worried_still_fires():
    text = ("Since January Tayla (10) has been at school on 30 of 70 days, which is a worry. Mum rings her in sick "
            "most Mondays. If this carries on, Tayla could fall behind and lose her friends.")
    assert _found(text, "worry", ("SOS501",))


# --- 7. SOS301: a label in the name of the team a named worker is from ----------------------------

def test_label_in_the_team_a_worker_is_from_is_silent():
    text = ("PC Kerry Lowe from the police domestic abuse team and Sam Ford, the social worker, are worried about "
            "Tayla (6). On 3 May police found that Dad had pushed Mum down the stairs while Tayla watched. If Dad "
            "hurts Mum again, Tayla could be hurt.")
    assert not [w for _, w in _found(text, "worry", ("SOS301",)) if "abuse" in w]


def test_label_of_a_service_to_go_to_still_fires():
    text = ("The social worker is worried about Tayla (6) because of the domestic abuse at home. Mum was referred to "
            "the domestic abuse team. If nothing changes, Tayla could be hurt.")
    assert [w for _, w in _found(text, "worry", ("SOS301",)) if "abuse" in w]


# --- 8. SOS301: a habit said of nobody in particular ----------------------------------------------

def test_habit_of_nobody_in_particular_is_silent():
    text = ("Mum, Tayla (3) needs a calm home. You will put Tayla to bed at seven each night, and Nan Sue will sleep "
            "over on Fridays. Nobody who uses drugs will come to the flat." + _GOAL_END)
    assert not [w for _, w in _found(text, "goal", ("SOS301",)) if "use" in w]


def test_habit_of_a_named_adult_still_fires():
    text = ("Mum, Tayla (3) needs a calm home. You will put Tayla to bed at seven each night. Your partner, who uses "
            "drugs, will not come to the flat." + _GOAL_END)
    assert [w for _, w in _found(text, "goal", ("SOS301",)) if "use" in w]


# --- 9. SOS512 (and SOS301 in it): a need to be kept safe from a danger, met by deeds -------------

def test_need_met_by_the_adults_deeds_is_silent():
    text = ("Gemma, Tayla (2) needs to be kept safe from your tablets every hour of the day. From today your tablets "
            "will go in the locked tin on the top shelf, and you will put each one back as soon as you have taken "
            "it. Your friend Kim will check the tin is locked when she calls in each day for the next three months. "
            "Tayla will play on the floor without finding anything that could hurt her. If this doesn't happen, "
            "Tayla could be poisoned.")
    assert not _found(text, "goal", ("SOS512",))


@pytest.mark.parametrize("text", [
    "Tayla (2) will be protected from harm and there will be no more incidents. Mum will attend the parenting "
    "course. If this doesn't happen, Tayla could be hurt.",
    "Tayla (2) needs to be kept safe from harm. If this doesn't happen, Tayla could be hurt.",
])
def test_safe_from_harm_with_no_deeds_still_fires(text):
    assert _found(text, "goal", ("SOS512",))


# --- 10. SOS202: a passive under "had to"/"needed to", the child its subject ------------------------

_WORRY_OPEN = "The health visitor is worried about Tayla, who is 2. On 3 May Tayla drank from Dad's bottle of methadone "


def _passives(text: str) -> list[str]:
    return [report.text[f.start:f.end] for report in engine().check_document(text, "worry")
            for f in report.findings if f.code == "SOS202"]


def test_child_kept_in_hospital_is_not_a_hidden_doer():
    text = _WORRY_OPEN + "and she had to be kept in hospital overnight. If this happens again, Tayla could die."
    assert not [w for w in _passives(text) if "kept" in w]


def test_harm_under_had_to_still_asks_who():
    text = _WORRY_OPEN + "and she had to be pushed out of the way. If this happens again, Tayla could die."
    assert [w for w in _passives(text) if "pushed" in w]


def test_label_as_the_danger_a_need_keeps_the_child_from_is_silent():
    text = ("Kerry, Tayla (9) needs to be safe from sexual abuse, and that means Lee is never alone with her. Lee will "
            "move out to his brother's flat by 30 June, and your friend Sam will collect Tayla from school every day "
            "for the next year. Tayla will know who she can tell. If this doesn't happen, Tayla could be hurt.")
    assert not _found(text, "goal", ("SOS301", "SOS512"))


@pytest.mark.parametrize("text", [
    # an outcome said as "will be", not the need the deeds meet
    "Kerry, Tayla (9) will be safe from sexual abuse. Lee will move out to his brother's flat by 30 June, and your "
    "friend Sam will collect Tayla from school every day for the next year. If this doesn't happen, Tayla could be hurt.",
    # the label given as the reason, not the danger kept away
    "Kerry, Tayla (9) needs to be safe because of the sexual abuse. Lee will move out to his brother's flat by 30 "
    "June, and your friend Sam will collect Tayla from school every day for the next year. If this doesn't happen, "
    "Tayla could be hurt.",
])
def test_label_outside_a_need_met_by_deeds_still_fires(text):
    assert _found(text, "goal", ("SOS301",))
