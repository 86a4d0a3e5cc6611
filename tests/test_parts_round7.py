"""What the adults did, and when or where (issue 11 §5), round 7: classes of wording the parts
misread on fresh statements. Each class has wordings of our own (names, verbs and order varied),
written for this file and not taken from any probe set or the corpus."""
from __future__ import annotations

import pytest


def shown(engine, text: str, part: str) -> bool:
    report = engine.check_many([text], ["worry"])[0]
    return next(c for c in report.components if c.name == part).present


# A label, a state a professional found, a need or a demand is not what an adult did.
@pytest.mark.parametrize("text", [
    "Aunty Mo is worried that Dad uses cocaine heavily and has money troubles. Kai (5) could be left alone.",
    "The school is worried because Mum misuses alcohol and has depression. Leo (6) could go hungry.",
    "Nan is worried that Mum's partner uses spice. Ivy (3) could be neglected.",
    "The flat has been found in a dirty state on several visits and the boys have presented as grubby. "
    "Jay (4) could get ill.",
    "The family were referred for complex needs including debt and housing. The parents require help to "
    "improve their routines.",
    "Mum and Dad need support to manage Ollie's behaviour. Ollie (7) could be excluded.",
    "Dad must stop drinking. Rosa (2) could be hurt.",
    "Kian (6) cries at the front door when Dad leaves. Kian could become anxious.",
    "Since he ran away from his foster home on 3 June, Theo (14) has stopped eating and says he is useless.",
])
def test_a_label_a_state_or_a_demand_is_not_behaviour(engine, text):
    assert shown(engine, text, "behaviour") is False


# Someone saw or heard an adult act, or a named adult set beside a possessive ("Jo's dad, Gary").
@pytest.mark.parametrize("text", [
    "Mr Shah is worried because neighbours heard Dad screaming at Ivy (4) on Friday night.",
    "The childminder saw Mum's boyfriend, Tony, kick Leo (3) in the car park. Leo could be hurt.",
    "A neighbour watched Uncle Ray drag Mia (6) down the street by her hair. Mia could be badly hurt.",
    "Gran is worried because Leah (13) has been collected from the park at midnight by adult men. "
    "Leah could be abused.",
    "Ruby's dad, Gary, throws things at Ruby (8) and calls her lazy when she cries.",
    "Nan is worried that Jo's mum, Kerry, locks Jo (6) in her room and calls her a liar.",
    "Mrs Obi saw Dad arrive at the nursery door slurring his words on two mornings this week.",
])
def test_an_adult_seen_or_heard_acting_is_behaviour(engine, text):
    assert shown(engine, text, "behaviour") is True


# How an adult was at a moment anyone could see; without one it is closer to a label.
@pytest.mark.parametrize("text, expected", [
    ("Ayo (6) gets himself to school because Mum is still asleep when he leaves.", True),
    ("Dad was drunk at the school gate on Friday. Mia (5) could be hurt.", True),
    ("Nan is worried that Mum was unconscious on the sofa on Sunday while Ben (2) was awake.", True),
    ("Dad is often drunk. Mia (5) could be hurt.", False),
    ("Mum is high. Ben (2) could be hurt.", False),
])
def test_an_adult_found_in_a_state_on_an_occasion_is_behaviour(engine, text, expected):
    assert shown(engine, text, "behaviour") is expected


# A time or a place said of the adults' act: since when, where usually, a named time of day,
# the day someone saw or heard it, or what is hung on the act's occasion.
@pytest.mark.parametrize("text", [
    "Nan is worried that since March Dad has not given Leo (7) his tablets. Leo could have a fit.",
    "The health visitor is worried that since Christmas Mum has left Ava (1) in her cot all afternoon.",
    "The teacher is worried that Mum's partner, Dean, smacks Ivy (5) when she spills her drink, usually in the "
    "car on the way home.",
    "On Sunday 4 May a neighbour heard Dad screaming at Ruby (6) and slamming doors. Ruby could be hurt.",
    "Last Tuesday the childminder saw Grandad push Noah (3) off the swing. Noah could break a bone.",
    "Uncle Sam is worried that Mum's partner, Lee, mocks Amir's stammer at mealtimes. Amir (9) could stop "
    "talking.",
    "Aunt Jo is worried that Dad lets Mia (8) watch horror films through the night. Mia could have nightmares.",
    "Gran is worried that Mum slapped Kai, who is 4, with a slipper on Saturday. Kai could be hurt.",
    "Mr Khan saw Mum turn up at the school gate shouting and unable to walk straight on two afternoons this "
    "week.",
])
def test_a_time_or_place_of_the_adults_act_is_context(engine, text):
    assert shown(engine, text, "context") is True


# Not when or where the adults acted: the child's own history, a label in a place, a report with
# no time, and someone only coming or going.
@pytest.mark.parametrize("text", [
    "Since she ran away from her foster home on 3 June, Ella (14) has stopped eating and cuts her arms.",
    "After he was excluded from school in May, Zac (13) started staying out. Zac could be exploited.",
    "Jade (12) has said that there is DV in the home. Jade is at risk of significant harm.",
    "Child at risk due to parental drug use. The YP reports there is DA at home. Case to go to ICPC.",
    "Grandad is worried that Dad leaves Ava (2) with friends he met on a dating app whenever he goes out.",
    "The house has been found in a poor condition on several visits. Noor (3) is at risk of neglect.",
])
def test_a_time_or_place_not_of_the_adults_act_is_not_context(engine, text):
    assert shown(engine, text, "context") is False
