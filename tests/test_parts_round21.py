"""Parts of a worry, round 21: when and where (issue 11 §5, "a date, a time, a place"; a worker's
visit date alone is not it).

1. Kept out at the visit. "The social worker visited on 4 May and Mum did not answer the door",
   "carried out a home visit on 2 February and was refused entry by Mum": the adults' own act (not
   answering, refusing entry) happened at the visit, so the visit's day is when
   it happened. Seen on sets 11, 12 and 15 (three writers), all
   marked present. A visit date with only what the visitor did or saw, with a refusal not tied to
   the visit, with no day named, or with no adult's act ("nobody answered", "Dad was not in": sets
   4, 7 and 17 marked these missing) stays the service's.

2. Made sure of, every day. "make sure Ruby has her EpiPen with her every single day", "ensure Sonny
   eats with the family every evening", "make sure the bedroom door is never locked": a goal's
   "make sure"/"ensure" is an everyday action when what is made sure of is a thing done or a state
   anyone could check on every day or occasion named (dev and set 16 marked so). Not "make sure
   Kai is safe at all times", "ensure the children are supervised", "needs are met every day", nor a
   service however often ("engages with services every week").

3. A relative's act beside a parent's service is the network's help. "Mum will attend the recovery
   group, and Nan will cook the children's tea on weeknights": when the parent's own part is only a
   service kept to, what a relative, friend or neighbour will do is who helps (the network part),
   not what the parents will do (sets test and 13 marked so). A relative acting
   instead of the parent ("on those days Grandad will take her") is the parents' arrangement (sets
   4, 5, 7 marked it the action); a goal about Nan alone, and a parent's own everyday act, count.

Every case is my own wording; the near misses must stay missing."""
from __future__ import annotations

import pytest
from report_helpers import shown_as


shown = shown_as("worry")  # round 36: the one copy is in report_helpers


@pytest.mark.parametrize("text", [
    "The social worker visited on 4 May and Mum did not answer the door.",
    "The health visitor called at the flat on 12 June and Mum would not open the door.",
    "On 3 and 10 March the social worker knocked at the house and Dad refused to let her in.",
    "Mr Ali carried out a home visit on 2 February and was refused entry by Mum.",
    "The family support worker has made three visits to the flat on Hope Street since 1 April and has not been let in.",
    "Ms Grey visited the home on 9 October but Dad did not let her in.",
    "The school nurse went to the house on Friday and Mum did not answer the door.",
    "The health visitor knocked at the flat on Monday 3 June and Dad would not come to the door.",
    "On 20 January the health visitor visited and the parents refused to let her see baby Rae.",
    "The social worker made an unannounced visit on 14 November and Nan would not let her see the children.",
])
def test_kept_out_at_a_dated_visit_is_context(engine, text):
    assert shown(engine, text, "context")


@pytest.mark.parametrize("text", [
    "The social worker visited the family on 4 May and spoke to Mum about the worries.",
    "The health visitor called on 12 June and weighed baby Rae.",
    "The social worker visited on 3 March and will visit again next week.",
    "Mum has not taken Ava to the dentist, and the social worker visited on 2 May.",
    "The social worker visited on 9 May and Mum said she did not want any help.",
    "The social worker visited on 6 April and Mum did not seem worried about Leo.",
    "The social worker visited the caravan on 2 March and Dad was not in.",
    "The school nurse called at the house on 5 June and nobody answered the door.",
    "Since January the health visitor has called at the flat on Kay Road four times, and each time nobody answered.",
])
def test_a_visit_date_without_the_adults_keeping_the_visitor_out_is_not_context(engine, text):
    assert not shown(engine, text, "context")


@pytest.mark.parametrize("text", [
    "Dad will make sure Ruby has her inhaler in her bag every day.",
    "Mum will make sure Leo eats breakfast every morning.",
    "Nan will make sure the stair gate is shut every night.",
    "Mum and Dad will make sure Ava's medicine is given every evening.",
    "Dad, you need to make sure Zara takes her tablets every single day.",
    "Mum will ensure that the back door is locked every night.",
    "Dad will make sure the children have a bath twice a week.",
    "Mum will ensure Kai has his EpiPen with him whenever he goes out.",
    "Mum will make sure the bedroom door is never locked.",
    "Mum will ensure Sonny showers daily.",
])
def test_made_sure_of_on_every_day_named_is_an_action(engine, text):
    assert shown(engine, text, "action", kind="goal")


@pytest.mark.parametrize("text", [
    "Mum will make sure Kai is safe at all times.",
    "Mum will ensure the children are supervised at all times.",
    "Dad will make sure the children's needs are met every day.",
    "Mum will ensure she engages with services every week.",
    "Mum will make sure she attends every appointment.",
    "Parents will ensure that they comply with the plan at all times.",
    "Mum and Dad will ensure the children are never left unsupervised.",
    "Dad will make sure Sam eats healthily every day.",
    "Mum will make sure Ivy goes to school every day.",
])
def test_made_sure_of_a_grade_or_a_service_is_not_an_action(engine, text):
    assert not shown(engine, text, "action", kind="goal")


@pytest.mark.parametrize("text", [
    "Mum will attend the parenting course and her sister Jade will do the school run.",
    "Dad will engage with the drug service and Grandad Tom will take Ali to football on Saturdays.",
    "Mum will complete the Freedom Programme. Auntie Rose will collect Mia from nursery on Mondays.",
    "Mum and Dad will work with the social worker, and Uncle Sam will keep the children's passports at his house.",
    "Mum will attend all her appointments. Her friend Kerry will look after Ben while she is there.",
    "Dad will engage with the alcohol team and his brother Paul will drive the boys to school.",
    "Mum will comply with the plan and the neighbour, Mrs Lee, will sit with Ava after school.",
    "Mum will attend the recovery group, and Nan will cook the children's tea on weeknights.",
    "The parents will engage with the family support worker. Cousin Dee will babysit on Friday nights.",
    "Mum will attend counselling and her sister Amy has said she will take Jo swimming.",
])
def test_a_relatives_help_beside_a_parents_service_is_no_action(engine, text):
    assert not shown(engine, text, "action", kind="goal")


@pytest.mark.parametrize("text", [
    "Nan will take Leo to school every day.",
    "Mum will take Leo to school every day and Nan will collect him.",
    "Dad will cook the children's tea and Auntie Rose will help.",
    "Mum will lock the front door at night and her friend Kerry will stay over on Fridays.",
    "Mum and Nan will take turns to do the bedtime routine.",
    "Grandad Pete will take Arlo fishing on Sunday mornings.",
    "Dad will not drive after drinking; on those days Grandad Phil will take Leo to football.",
    "Mum will attend her appointments, and when she does her cousin Leanne will look after Finn instead.",
])
def test_a_parents_own_act_or_a_carer_alone_is_still_an_action(engine, text):
    assert shown(engine, text, "action", kind="goal")
