"""Parts of a statement, round 19: each class of miss on parts_test14..18 named in one line, then
written in my own wordings (other verbs, subjects, tenses, settings) with near misses. None is a
test-set row, name or phrase. What counts as context is decided in sos_lint/checks/parts/context.py."""
from __future__ import annotations

import pytest
from report_helpers import shown


# CONTEXT, class: the time or place of an act only meant ("intends to", "plans to", "wants to")
# is not when anything was done. Near misses: the act done, a threat made, a booking made.
@pytest.mark.parametrize("text, expected", [
    ("The school has heard that Dad intends to take Nia (14) to Ghana over the Christmas holidays.", False),
    ("The police are worried that Mr Ross plans to move Tilly (7) to Spain in August.", False),
    ("Nan is worried that Mum wants to take Oli (3) to her boyfriend's flat at the weekend.", False),
    ("It has been reported that Father intends to send Amira (13) to Pakistan during the summer.", False),
    ("The health visitor is worried that Mum plans to give birth at home on her own in March.", False),
    ("The school is worried that Dad took Nia (14) to Ghana over the Christmas holidays and she has not come back.", True),
    ("Nan is worried that Mum took Oli (3) to her boyfriend's flat at the weekend, where men were smoking cannabis.", True),
    ("The police are worried that Mr Ross hit Tilly (7) in the kitchen on 4 May.", True),
    ("The teacher is worried that Dad has booked flights for Amira (13) to Lahore in the October half-term.", True),
])
def test_context_only_intended(engine, text, expected):
    assert shown(engine, text, "context", "worry") is expected


# CONTEXT, class: a bare stretch of time ("for hours", "for three days") names no day, time or
# place. Near misses: a date, a clock time, a named week, a place with the stretch.
@pytest.mark.parametrize("text, expected", [
    ("Police arrested Dad. Bo (5) was frightened and sobbed for hours.", False),
    ("The social worker is worried. Kit (4) had a temperature for three days and nobody took him to a doctor.", False),
    ("Nan is worried. Lola (2) was left in a wet nappy for several hours.", False),
    ("The school is worried. Ada (9) has been off for two weeks.", False),
    ("The health visitor is worried. Baby Finn has had a cough for about ten days.", False),
    ("Nan is worried that Mum left Lola (2) in a wet nappy in her cot on Sunday 3 March.", True),
    ("The neighbour is worried that Dad shouted at Bo (5) in the garden until 11pm.", True),
    ("The school is worried that Mum kept Ada (9) at home for the whole of Easter week to look after her brother.", True),
])
def test_context_bare_duration(engine, text, expected):
    assert shown(engine, text, "context", "worry") is expected


# CONTEXT, class: a when-clause whose occasion is a talk the service had with the adult ("when this
# was discussed with her") dates the conversation, not the behaviour. Near misses: a family member
# talking in the when-clause, the act's own when.
@pytest.mark.parametrize("text, expected", [
    ("Miss Bell is worried about Leo's online presence. Mum posts videos of Leo (6) and was dismissive when this was raised with her.", False),
    ("The nurse is worried that Dad smokes cannabis. Dad became angry when this was discussed with him.", False),
    ("The teacher is worried about Remi (8). Mum laughed when it was mentioned to her.", False),
    ("The health visitor is worried. Dad walked out when the social worker asked about the bruise on Zoe (1).", False),
    ("The social worker is worried. Mum shouted at Remi (8) when he spilt his juice.", True),
    ("Nan is worried. Dad swears at Zoe (1) when Mum asks him for money.", True),
])
def test_context_a_professionals_talk(engine, text, expected):
    assert shown(engine, text, "context", "worry") is expected


# CONTEXT, class: the child's own doing that the worry names (carrying a knife, going missing,
# being made to work) is the behaviour a supervisor asks "when and where?" of; the time or place
# in the worry's own clause counts. Near misses: the child's state ("is sad at school"), a passive
# done to the child by a service, a look ahead.
@pytest.mark.parametrize("text, expected", [
    ("Mr Lyle, Jay's head of year, is worried that Jay (14) took a machete into school on 3 February.", True),
    ("PC Fox is worried that Tom (15) sold cannabis outside the leisure centre on Friday night.", True),
    ("The youth worker is worried that Ria (14) stayed out all night at a flat in Oldham on 6 June.", True),
    ("Ms Ng is worried that Sami (13) climbed onto the roof of the garages on Saturday.", True),
    ("The school is worried that Cole (12) sent explicit pictures to an older man on 2 April.", True),
    ("Mr Lyle is worried that Jay (14) is sad.", False),
    ("The school is worried that Cole (12) has been excluded three times.", False),
    ("PC Fox is worried that Tom (15) could sell cannabis outside the leisure centre.", False),
    ("Ms Ng is worried that Sami (13) seems unhappy.", False),
])
def test_context_the_worry_itself(engine, text, expected):
    assert shown(engine, text, "context", "worry") is expected


# ACTION, class: a plan's to-do line ("Mum to get Lacey to school on time") is the adult's act,
# though the model hangs the verb on the adult as a relative clause. Near misses: the line is
# compliance ("Dad to attend the course", "Mum to engage with…"), a professional's line, a noun's
# own infinitive ("Mum's plan to move").
@pytest.mark.parametrize("text, expected", [
    ("Mum to walk Ava to school every morning and make her a packed lunch.", True),
    ("Dad to put the knives in the locked drawer every night.", True),
    ("Grandad to collect Ivy from nursery on Fridays and give her tea.", True),
    ("Mum to bath Rio and read him a story by 7pm each evening.", True),
    ("Dad to cook a hot meal for the boys every evening.", True),
    ("Dad to attend the parenting course.", False),
    ("Mum to engage with the family support worker.", False),
    ("School to monitor Ava's attendance.", False),
    ("Father to surrender Ava's passport to the police.", False),
])
def test_action_to_do_line(engine, text, expected):
    assert shown(engine, text, "action", "goal") is expected


# ACTION, class: what is deserved or wished ("you deserve to be safe"), a setting provided ("a
# supportive environment"), a visit with nothing done, and a singular "he"/"she" after a plural
# subject (the child, not the parents) are no everyday action. Near misses: the act said.
@pytest.mark.parametrize("text, expected", [
    ("Mum, you deserve to be happy in your own home.", False),
    ("Parents need to provide a loving and supportive environment for Kai.", False),
    ("Parents will provide a calm environment for Kai (9) in which he can grow.", False),
    ("Auntie Bev will pop round on Tuesday evenings.", False),
    ("Uncle Raj will call round most days.", False),
    ("Mum, you will make Kai a hot breakfast every morning before school.", True),
    ("Auntie Bev will pop round on Tuesday evenings and cook tea for the children.", True),
    ("Uncle Raj will come round every evening to bath Kai.", True),
    ("You want Kai to be happy, so you will read to him every night.", True),
    ("Mum, you work nights. Your sister Amy will come round on the days you sleep.", True),
    ("Auntie Bev will pop round when Mum is at work.", True),
])
def test_action_wish_setting_visit(engine, text, expected):
    assert shown(engine, text, "action", "goal") is expected


# OTHERS_KNOW, class: a name the tool may not know as a name ("Dr Lane", "Lorna") is read by the
# role set beside it: a checker, or a professional shown the record. Near misses: no one checks.
@pytest.mark.parametrize("text, expected", [
    ("Mum will keep her tablets in the locked box. Dr Marsh, the GP, will count the tablets each month.", True),
    ("Mum will write down each feed and show the chart to Robin, the health visitor, every week.", True),
    ("Dad will keep the lighter in the car. Mrs Field, the school nurse, will check Ivy's arms each Monday.", True),
    ("Mum will keep her tablets in the locked box every day.", False),
    ("Mum will write down each feed in a notebook that she keeps in the kitchen drawer.", False),
])
def test_others_know_role_beside_a_name(engine, text, expected):
    assert shown(engine, text, "others_know", "goal") is expected
