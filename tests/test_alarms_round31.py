"""Round 31 (alarms31): false alarms on good statements, mended by class from the parse
(sos_lint/checks/alarms31.py and the rules that call it). Each class has cases that stay silent and near
misses that still fire. Every case is in our own words; none is taken from a probe or a test set."""
from __future__ import annotations

import pytest

from sos_lint.api import engine


def _found(text: str, kind: str, codes: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(f.code, report.text[f.start:f.end]) for report in engine().check_document(text, kind)
            for f in report.findings if f.code in codes and f.severity != "hint"]


_HAPPENED = "On 3 May Craig shoved Leanne against the fridge while Kit (6) and Bella (3) watched from the doorway. "


# --- 1. SOS501: who is worried, in other words ------------------------------------------------------

@pytest.mark.parametrize("text", [
    # named workers who think harm could come
    _HAPPENED + "Sergeant Mia Doyle and Raj, the family's social worker, think that if Craig keeps pushing "
    "Leanne, Kit and Bella could be knocked over or hurt trying to help their mum.",
    # "their worry is that" after the workers are named in the same sentence
    _HAPPENED + "Until Dr Osei and the school nurse know how Kit got the burn, their worry is that Kit "
    "could be burnt again.",
    # a word of fear followed at once by "that"
    _HAPPENED + "Priya, the health visitor, and Ken, Bella's nursery teacher, are scared that if this goes "
    "on Bella could be hurt when she runs to her mum.",
])
def test_worry_said_in_other_words_is_silent(text):
    assert not _found(text, "worry", ("SOS501",))


@pytest.mark.parametrize("text", [
    _HAPPENED + "Leanne thinks that Kit could be hurt if this goes on.",  # a parent's own view
    _HAPPENED + "They think that Kit and Bella could be hurt.",  # nobody named
    _HAPPENED + "Craig thinks the children will be fine.",  # the adult who did it, no role
    _HAPPENED + "His worry is that Kit could be hurt.",  # a bare pronoun, nobody named before it
    _HAPPENED + "It is feared that Kit could be hurt.",
])
def test_worry_with_nobody_to_hold_it_still_fires(text):
    assert [c for c, _ in _found(text, "worry", ("SOS501",))] == ["SOS501"]


# --- 2. SOS512: the child's own change, as others will see it ----------------------------------------

_DEEDS = ("Leanne, every evening for the next six months you will read with Kit at bedtime, and Gran Sue "
          "will collect Kit from school on Fridays. ")


@pytest.mark.parametrize("text", [
    _DEEDS + "Kit's teacher and Gran Sue will see Kit settling at lunch and Bella no longer scared at bedtime.",
    _DEEDS + "The school nurse will notice a boy who talks more, joins in at football and stops calling "
    "himself thick.",
])
def test_childs_change_seen_by_others_is_silent(text):
    assert not _found(text, "goal", ("SOS512",))


@pytest.mark.parametrize("text, words", [
    (_DEEDS + "The social worker will see no more bruises on Kit.", "no more"),  # harm seen not to happen
    (_DEEDS + "Gran Sue will see that Craig no longer drinks at home.", "no longer"),  # an adult's stopping
    (_DEEDS + "Gran Sue will see Craig stop shouting at Leanne.", "stop shouting"),
])
def test_harm_or_adults_stopping_seen_still_fires(text, words):
    found = [w for _, w in _found(text, "goal", ("SOS512",))]
    assert any(words in w or w in words for w in found), found


# --- 7. SOS512: the child's own wish -----------------------------------------------------------------

def test_childs_wish_is_silent():
    text = ("Leanne, what Kit wants most is for there to be no more shouting at night. " + _DEEDS[8:])
    assert not _found(text, "goal", ("SOS512",))


@pytest.mark.parametrize("text", [
    "Leanne, there will be no more shouting at night. " + _DEEDS[8:],  # the worker's own goal
    "Leanne, what you want most is for there to be no more shouting at night. " + _DEEDS[8:],  # a parent's wish
])
def test_absence_not_the_childs_wish_still_fires(text):
    assert [c for c, _ in _found(text, "goal", ("SOS512",))] == ["SOS512"]


# --- 3. SOS402 and SOS502: someone else's relation, a service's staff ----------------------------------

@pytest.mark.parametrize("text", [
    "Leanne, you have said you never want Kit to be frightened of you the way you were of your own mother. "
    "Every evening for six months you will read with Kit, and Gran Sue will visit on Fridays.",
    "Nathan, the carer from the home care firm will help you shower each morning for the next year, so Bella "
    "does not have to, and your brother Lee will cook on Sundays.",
    "Nathan, carers from the Reablement Service will call twice a day for six months, and your brother Lee "
    "will ring Bella's school if the carers have not come.",
])
def test_relations_and_paid_carers_are_silent(text):
    assert not _found(text, "goal", ("SOS402", "SOS502"))


@pytest.mark.parametrize("text, code", [
    ("The mother will read with Kit every evening for six months and Gran Sue will visit on Fridays.", "SOS402"),
    ("The carers will read with Kit every evening for six months and Gran Sue will visit on Fridays.", "SOS402"),
    ("Children's Services will send someone twice a day for six months, and Uncle Lee will cook on Sundays.",
     "SOS502"),
])
def test_report_words_and_services_still_fire(text, code):
    assert code in [c for c, _ in _found(text, "goal", (code,))]


# --- 4. SOS304/SOS505: the correlative forecast; a journey is not a cause ------------------------------

_SEEN = ("Amira, the midwife, is worried about Noah, who is six weeks old. Twice this month she found Noah "
         "alone in a cold room with his bottle propped on a cushion. ")


def test_correlative_forecast_is_the_future_and_no_guess():
    text = _SEEN + "The longer this carries on, the more likely it is that Noah chokes or stops gaining weight."
    assert not _found(text, "worry", ("SOS304", "SOS505"))


@pytest.mark.parametrize("text, code", [
    (_SEEN + "It is likely that Mum left him there on purpose.", "SOS304"),  # a guess about what happened
    (_SEEN + "The more often this happens, the less Mum sleeps.", "SOS505"),  # says nothing of Noah
])
def test_guess_or_no_future_for_the_child_still_fires(text, code):
    assert code in [c for c, _ in _found(text, "worry", (code,))]


def test_brought_to_hospital_by_ambulance_is_no_guess():
    text = ("On 2 June Noah (6 weeks) was brought into the children's ward by ambulance after Mum fell asleep "
            "on the sofa with him. Amira, the midwife, is worried Noah could be smothered.")
    assert not _found(text, "worry", ("SOS304",))


def test_brought_on_by_is_still_a_cause():
    text = ("Daisy's (4 months) seizures were brought on by Mum's drinking. Kate, the social worker, is worried "
            "Daisy could die.")
    assert "SOS304" in [c for c, _ in _found(text, "worry", ("SOS304",))]


# --- SOS302: a describing word before the injury, whatever the parse; a strength already shown ---------

def test_coloured_marks_after_another_injury_are_described():
    text = ("On 9 May Nan saw that Kit (6) had a swollen eye and purple marks on his arm. Nan is worried Kit "
            "could be hurt again.")
    assert not [w for c, w in _found(text, "worry", ("SOS302",)) if "mark" in w]


def test_bare_marks_still_fire():
    text = "On 9 May Nan saw that Kit (6) had marks on his arm. Nan is worried Kit could be hurt again."
    assert [w for c, w in _found(text, "worry", ("SOS302",)) if "mark" in w]


def test_strength_already_shown_is_silent_and_the_aim_still_fires():
    done = ("Leanne, you have kept Bella at a healthy weight before. Every day for three months you will give "
            "Bella three meals at the table, and Gran Sue will weigh her on Fridays.")
    aim = ("Leanne, you will keep Bella at a healthy weight. Every day for three months you will give "
           "Bella three meals at the table, and Gran Sue will weigh her on Fridays.")
    assert not _found(done, "goal", ("SOS302",))
    assert "SOS302" in [c for c, _ in _found(aim, "goal", ("SOS302",))]


# --- SOS306: what the child learns of others; SOS101: the field of a job --------------------------------

def test_child_learning_about_adults_is_silent_and_self_control_still_fires():
    others = ("Leanne and Craig, each evening for six months you will sit with Kit when he is upset and Gran "
              "Sue will ring on Sundays, so that Kit learns that grown-ups stay calm when he is cross.")
    task = ("Leanne and Craig, each evening for six months you will sit with Kit and Gran Sue will ring on "
            "Sundays. Kit will learn to manage his temper.")
    assert not _found(others, "goal", ("SOS306",))
    assert "SOS306" in [c for c, _ in _found(task, "goal", ("SOS306",))]


def test_job_field_is_silent_and_the_jargon_still_fires():
    job = ("Kit (6) has come to school hungry since March. Mrs Lowe, who leads on safeguarding at Elm Primary, "
           "is worried Kit could get ill.")
    jargon = ("Kit (6) has come to school hungry since March. Safeguarding concerns were raised, and Mrs Lowe "
              "is worried Kit could get ill.")
    assert not _found(job, "worry", ("SOS101",))
    assert "SOS101" in [c for c, _ in _found(jargon, "worry", ("SOS101",))]


def test_a_childs_quoted_thought_is_no_worrier():
    text = ("On 2 May Craig threw a chair while Kit (6) watched. Kit told his teacher, \"I thought he would hurt "
            "Mummy\". Kit could be hurt.")
    assert [c for c, _ in _found(text, "worry", ("SOS501",))] == ["SOS501"]


def test_services_joined_are_still_an_organisation():
    text = ("Police and social care will work together to keep Tyrone safe for six months, and Nan will collect "
            "Tyrone from school every Friday.")
    assert "SOS502" in [c for c, _ in _found(text, "goal", ("SOS502",))]
