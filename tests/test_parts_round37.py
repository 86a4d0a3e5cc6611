"""Round 37 (r37a): parts a writer wrote but the tool called missing. Every statement here is new
wording, not from the sets or the reviewers' drafts.

1. How others will know (review36h H#9): a named person the people reading took for a child checks
   something "at each visit", or together with an adult of the family's network, is a visitor
   (goal.a_visitor_not_the_child). Near misses: the child the goal is about doing it, no check.
2. For how long (H#9): an end named as the birth, a deadline by the end of a period or within weeks,
   a "Timescale:" label (timescale.an_end_named). Near misses: "every day", "until bedtime", "by the
   end of the day", a time of day.
3. A baby not yet born (H#10): impact and experience read as the baby's growth, health and
   homecoming (checks/parts/unborn_baby.py), labelled for the baby. Near misses: "at risk of
   significant harm", what could happen if nothing changes, a midwife's check, antenatal attendance,
   and a child already born.
4. The adults' action: a parent calling or reporting to the police when the child is missing or not
   home by a set hour (actions._reports_the_child_missing). Near misses: word sent to a worker, a call
   "if there is trouble", a call on what the child says, "report any worries", attending and engaging.
"""
from __future__ import annotations

import pytest

from sos_lint import api


def _parts(text: str, kind: str = "goal") -> dict:
    report = api.check(text, kind=kind)
    return {c.name: c for c in report.components}


# ---- 1. how others will know: a visitor's check ----

_HOME = ("Dad, you and Ellis need a safe kitchen so Ellis can toddle about. For this to happen, you will keep the "
         "knives in the top drawer and your aunt Bridie will help you clear the worktops every Sunday. "
         "Ellis will play on the kitchen floor without finding anything sharp. ")
_END = " If this doesn't happen, we will meet again to plan who can help."


@pytest.mark.parametrize("check", [
    "Oonagh will look at the drawer at each visit for the next four months.",
    "Oonagh and Bridie will see the worktops clear at every visit for the next four months.",
])
def test_a_check_at_each_visit_is_a_visitors(check):
    parts = _parts(_HOME + check + _END)
    assert parts["others_know"].present, parts["others_know"]


@pytest.mark.parametrize("check", [
    "Ellis will help Dad clear the worktops for the next four months.",  # the child the goal is about
    "Oonagh will come for tea on Sundays for the next four months.",  # no check made
])
def test_no_visitors_check(check):
    parts = _parts(_HOME + check + _END)
    assert not parts["others_know"].present, parts["others_know"]


# ---- 2. for how long ----

_PLAN = ("Mum, you will put Iris in her cot on her back for every sleep, and your friend Carys will come round "
         "each evening at seven. The health visitor will look at the cot at each visit. Iris will sleep safely. "
         "If this doesn't happen, we will meet again. ")


@pytest.mark.parametrize("ending, words", [
    ("Carys will keep coming until the birth.", "until the birth"),
    ("This needs to carry on until the baby is born.", "until the baby is born"),
    ("Carys will help you every week until your baby arrives.", "until your baby arrives"),
    ("You will finish the sleep course before the baby is born.", "before the baby is born"),
    ("You will finish the sleep course by the end of April.", "by the end of April"),
    ("This needs to be in place within the next eight weeks.", "within the next eight weeks"),
    ("Timescale: 10 weeks.", "Timescale: 10 weeks"),
    ("This needs to keep going to the end of the summer term.", "to the end of the summer term"),
    ("The sleep course should be finished by the end of May.", "by the end of May"),
    ("Carys will come every evening up to the Easter holidays.", "up to the Easter holidays"),
])
def test_an_end_named_is_a_timescale(ending, words):
    parts = _parts(_PLAN + ending)
    assert parts["timescale"].present and words in parts["timescale"].evidence, parts["timescale"]


@pytest.mark.parametrize("ending", [
    "This needs to keep going every day.",
    "Carys will stay until bedtime.",
    "You will tidy the room by the end of the day.",
    "You will have the bottles ready by 7pm.",
    "You will stay with Iris until she is asleep.",
    "You will give Iris up to four bottles a night.",
    "If Iris has not settled by the end of March, we will meet again.",  # when the plan fails
])
def test_no_timescale(ending):
    parts = _parts(_PLAN + ending)
    assert not parts["timescale"].present, parts["timescale"]


# ---- 3. a baby not yet born ----

_WORRY = ("Priya, the midwife, is worried about Jodie's unborn baby. Jodie is 26 weeks pregnant. On 3 February "
          "Jodie told Priya that she takes street valium most nights in her flat. ")
_FUTURE = " We are worried that if nothing changes, the baby could be born early and need special care."


@pytest.mark.parametrize("impact", [
    "Valium in pregnancy can slow how a baby's brain develops.",
    "The baby's growth has not been measured since the 12-week scan.",
    "At the scan on 10 March the baby was smaller than expected.",
    "At the clinic on 2 March the midwife found the baby's heartbeat slow.",
])
def test_unborn_baby_impact_is_its_growth(impact):
    report = api.check(_WORRY + impact + _FUTURE, kind="worry")
    parts = {c.name: c for c in report.components}
    assert parts["impact"].present, parts["impact"]
    assert parts["impact"].label == "What it means for the baby"


@pytest.mark.parametrize("impact", [
    "The unborn baby is at risk of significant harm.",
    "",  # only the future names the birth
    "Priya thinks the baby may be small for its dates.",  # a guess, said with "may"
])
def test_unborn_baby_no_impact(impact):
    parts = _parts(_WORRY + impact + _FUTURE, kind="worry")
    assert not parts["impact"].present, parts["impact"]


def test_a_born_child_keeps_the_childs_label():
    parts = _parts("Tomas, the social worker, is worried about Lily (3). On 5 May Dad shouted at Mum in the "
                   "kitchen while Lily hid under the table. We are worried Lily could be hurt.", kind="worry")
    assert parts["impact"].label == "What it means for the child"


_GOAL = ("Jodie, you will stop taking valium before your baby is born and go to the Tuesday clinic with your "
         "brother Sean. Sean will come round every evening at eight. Priya, the midwife, will see you each fortnight. "
         "If this doesn't happen, we will hold a pre-birth conference. ")


@pytest.mark.parametrize("experience", [
    "Your baby will grow well and be born healthy.",
    "Jodie, you and your baby need a healthy end to this pregnancy.",
    "The baby will come home to a calm flat with a cot ready.",
])
def test_unborn_baby_experience(experience):
    parts = _parts(_GOAL + experience)
    assert parts["experience"].present, parts["experience"]
    assert parts["experience"].label == "What the baby will have"


@pytest.mark.parametrize("experience", [
    "Jodie will go to every antenatal appointment.",
    "Priya will check the baby's growth at every scan.",
    "If this does not happen the baby may not grow well.",
])
def test_unborn_baby_no_experience(experience):
    parts = _parts(_GOAL.replace("If this doesn't happen, we will hold a pre-birth conference. ", "") + experience)
    assert not parts["experience"].present, parts["experience"]
    assert parts["experience"].label == "What the baby will have"


# ---- 4. the adults' action: raising the alarm with the police ----

_YOUNG = "Rhys (13) will be home by 8pm on school nights. "
_CHECK = " His youth worker, Dev, will see him every Thursday for the next three months."


@pytest.mark.parametrize("act", [
    "Dad will ring the police if Rhys is not back by half past eight.",
    "Gran will report Rhys missing to the police if he is not home by nine.",
    "Dad to keep the back door locked at night and report Rhys missing to police if he is not in by nine.",
])
def test_raising_the_alarm_is_an_action(act):
    parts = _parts(_YOUNG + act + _CHECK)
    assert parts["action"].present, parts["action"]


@pytest.mark.parametrize("act", [
    "Dad will tell the social worker if Rhys is not home by nine.",
    "Dad will ring the police if there is any trouble.",
    "Dad will ring the police if Rhys says he is frightened.",
    "Dad will report any worries to the social worker.",
    "Dad will attend the parenting group and engage with the youth offending team.",
])
def test_no_alarm_no_action(act):
    parts = _parts(_YOUNG + act + _CHECK)
    assert not parts["action"].present, parts["action"]
