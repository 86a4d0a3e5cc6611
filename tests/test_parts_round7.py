"""What the adults did, and when or where (issue 11 §5), round 7: classes of wording the parts
misread on fresh statements. Each class has wordings of our own (names, verbs and order varied),
written for this file and not taken from any probe set or the corpus."""
from __future__ import annotations

import pytest
from report_helpers import shown_as


shown = shown_as("worry")  # round 36: the one copy is in report_helpers


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


# Where the state of things was found, by whoever saw it, is where the neglect is; the day an
# injury was seen is when the harm showed when an adult's act is told. A visit's own day is not.
@pytest.mark.parametrize("text, expected", [
    ("The health visitor saw cat mess and empty cans on the bedroom floor where Isla (1) sleeps. Isla could get "
     "ill.", True),
    ("Nan found mouldy bottles in the kitchen and nappies piled up by the cot. Rio (8 months) could get ill.", True),
    ("On Friday the school nurse saw fresh bruises on Zain's arms. Zain (6) told her Dad hit him with a belt.",
     True),
    ("Last week the teacher noticed a burn on Amy's hand. Amy (7) says Mum's partner held it to the kettle.",
     True),
    ("The health visitor called at the house on 3 May and found the fridge empty. Leo (2) could go hungry.",
     False),
    ("The social worker saw the children at Nan's on Tuesday. Mum was not in. Kai (3) could go hungry.", False),
    ("On Monday Sami (9) came to school with a bruise on his cheek. Sami could be hurt.", False),
])
def test_where_a_thing_was_found_or_when_an_injury_was_seen(engine, text, expected):
    assert shown(engine, text, "context") is expected


# Harm done to the child is the adults' act whoever tells it; "says he fell" is only an account.
@pytest.mark.parametrize("text, expected", [
    ("Dad has told the teacher he smacked Ava (5) with a slipper. Ava could be hurt.", True),
    ("Mum says her partner Wes kicked Jay (4) for crying. Jay could be hurt.", True),
    ("Grandad admits he pushed Lily (6) over in the garden. Lily could be hurt.", True),
    ("Mum says Ben (3) fell down the stairs. Ben could be hurt.", False),
    ("Dad explained that Ivy (2) slipped in the bath. Ivy could drown.", False),
])
def test_harm_told_by_anyone_is_behaviour(engine, text, expected):
    assert shown(engine, text, "behaviour") is expected


# Where an adult does it from, and the day a mark of harm showed on the child when an adult's act
# is told; a child's own call from a room is not the adults' place.
@pytest.mark.parametrize("text, expected", [
    ("Nan is worried because Uncle Jay deals cocaine from the house and Kit (6) answers the door to buyers.", True),
    ("Mum's partner sells stolen phones from the garage. Ash (9) could be arrested with him.", True),
    ("Three days ago Zara (5) came to nursery with a handprint on her cheek. Zara said Dad smacked her.", True),
    ("Lola (12) rang Childline from the bathroom at midnight. Lola could get hurt.", False),
])
def test_where_an_adult_does_it_from_and_the_day_a_mark_showed(engine, text, expected):
    assert shown(engine, text, "context") is expected


# Harm that showed on the child on a day, in a named carer's care, dates it; with no carer named
# it dates only how the child came in.
@pytest.mark.parametrize("text, expected", [
    ("On Sunday Rio (2) had a scald on his arm and Dad could not say how it happened. Rio could be hurt.", True),
    ("Last week baby Isla had bruises on her legs while Nan was looking after her. Isla could be hurt.", True),
    ("On Tuesday Kemi (8) arrived at school with a cut lip. Kemi could be hurt.", False),
])
def test_harm_on_a_day_in_a_carers_care(engine, text, expected):
    assert shown(engine, text, "context") is expected


# A named neighbour ("Mr Ellis next door", "Pam, who lives next door") is the family's network;
# knocking next door, or a family next door, names nobody who will help.
@pytest.mark.parametrize("text, expected", [
    ("Dad, Kai needs his inhaler. You will keep one in his bag. Mrs Okoro next door has offered to take him "
     "to the clinic.", True),
    ("Mum, you will walk Ava to school. Pam, who lives next door, will sit with Ava on Fridays.", True),
    ("Dad, you will give Leo his tea at five. Mr Hill next door will have Leo on Saturdays.", True),
    ("Mum, you will walk Ava to school. You will knock next door if you need help.", False),
    ("Dad, you will keep the flat warm for Jo. The family next door are noisy.", False),
])
def test_a_named_neighbour_is_network(engine, text, expected):
    assert shown(engine, text, "network", "goal") is expected


# A goal's everyday action: not a service's name read as a verb, not a check-in (how others know),
# not what someone says inside an "if" case. A check that is care ("check Ava's nappy") still is.
@pytest.mark.parametrize("text, expected", [
    ("Mum and Dad to finish the Triple P course and the Hope programme. Better routines for Kai.", False),
    ("Parents to attend the Solihull sessions and the Incredible Years programme. Improved parenting.", False),
    ("Nan and Mr Cole will check in with Ruby every Friday for six weeks, and Nan will tell the social worker "
     "if Ruby says Dad hit her.", False),
    ("Auntie Pam will check up on Leo each weekend and will ring the police if he says Mum's boyfriend came "
     "round.", False),
    ("Mum, you will check Ava's nappy every two hours in the day and change it when it is wet.", True),
    ("Dad, you will walk Kai to school every morning and pick him up at three.", True),
])
def test_a_goals_everyday_action_not_a_service_or_a_check_in(engine, text, expected):
    assert shown(engine, text, "action", "goal") is expected


# Making sure of something by a time anyone can check, however the model reads "by".
@pytest.mark.parametrize("text, expected", [
    ("Dad will make sure Rosa is washed and dressed by 8am every school day.", True),
    ("Mum, you will make sure Theo is fed and changed by 7.30 each morning.", True),
    ("Nan will make sure the twins are bathed by 7pm every night.", True),
    ("Mum, you will make sure Kai is safe by 9am every morning.", False),
])
def test_made_sure_of_by_a_clock_time(engine, text, expected):
    assert shown(engine, text, "action", "goal") is expected


@pytest.mark.parametrize("text, expected", [
    ("Mum, you will walk Idris to school every day this term, and Nan will meet you at the gate.", True),
    ("Dad, you will read with Lola each evening all year, and her teacher will hear her read on Fridays.", True),
    ("Gran will cook Tariq a hot tea on school days this school year, and Mum will eat with him.", True),
    ("Mum, you and Priya will go to the park on Saturdays throughout the summer holidays.", True),
    ("Dad, you will make Esme's packed lunch every morning for the whole year.", True),
    # a frequency alone, or a short stretch, says how often, not for how long
    ("Mum, you will walk Idris to school every day, and Nan will meet you at the gate.", False),
    ("Dad, you will read with Lola each evening this week.", False),
    ("Mum will check the year planner with Priya on Sundays.", False),
])
def test_a_whole_term_or_year_is_a_timescale(engine, text, expected):
    assert shown(engine, text, "timescale", "goal") is expected
