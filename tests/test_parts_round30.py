"""Round 30 (issue 11 §5): parts shown present that a careful supervisor would not accept, mended
by classes read from the parse. Wordings are my own (not taken from any probe set): cases each class
mends, and near misses that must stay as they were."""
from __future__ import annotations

import pytest


def _present(engine, text: str, kind: str, part: str) -> bool:
    report = engine.check_many([text], [kind])[0]
    return next(c for c in report.components if c.name == part).present


# experience, class 1: the child as the doer of a step the plan asks of them (keeping to a rule,
# taking a service, stopping something, meeting a professional). That is the child's conduct, not
# what the child will see, feel or be able to do.
@pytest.mark.parametrize("text", [
    "Kyle (14) will stop vaping at school and follow the rules of his school.",
    "Kyle (14) will stop taking the bus into town after school.",
    "Ellie (15) will accept support from her youth worker at school.",
    "Kyle (14) will see his youth worker at school every Thursday.",
    "Kyle (15) will not spend time with known drug dealers at the park.",
])
def test_a_step_asked_of_the_child_is_not_their_experience(engine, text):
    assert _present(engine, text, "goal", "experience") is False


@pytest.mark.parametrize("text", [
    "Jayden (14) will be able to skate at the park with his friends on Saturday mornings.",
    "Mia (15) will get to see her nan every Sunday and feel listened to when she talks about her day.",
    "Tyrone (13) will play football with his dad on Saturday mornings.",
    "Kezia (16) will come home to a quiet house and sleep through the night.",
    "Kyle will spend the rest of the summer at Nan's by the sea.",
])
def test_the_childs_own_day_stays_their_experience(engine, text):
    assert _present(engine, text, "goal", "experience") is True


# experience, class 2: the child's doing or feeling only as what an adult's act is about ("what she
# eats") or the condition the adult acts on ("if he tells you he feels dizzy").
@pytest.mark.parametrize("text", [
    "Dad will not comment on what Ellie wears to school.",
    "Mum will not remark on how much Lola eats at mealtimes.",
    "Dad will ring the GP straight away if Sami tells him he feels unwell.",
])
def test_the_childs_doing_as_the_topic_of_an_adults_act_is_not_their_experience(engine, text):
    assert _present(engine, text, "goal", "experience") is False


@pytest.mark.parametrize("text", [
    "Mum will sit with Lola at mealtimes and Lola will enjoy her food without being told off.",
    "Sami will feel calm at bedtime because Dad will read him a story.",
])
def test_the_childs_own_feeling_beside_an_adults_act_stays(engine, text):
    assert _present(engine, text, "goal", "experience") is True


# others_know: what a service needs to see, of an abstract word, is a demand on the family.
@pytest.mark.parametrize("text", [
    "Mum and Dad, the social worker needs to see changes in the home and better engagement.",
    "The school needs to see an improvement in Harry's attendance.",
])
def test_a_demand_to_see_improvement_is_not_how_others_will_know(engine, text):
    assert _present(engine, text, "goal", "others_know") is False


@pytest.mark.parametrize("text", [
    "We need to see this every week for the next three months.",
    "The social worker will see Harry on his own every fortnight.",
    "Mrs Jones the health visitor needs to see Harry at the clinic every month to weigh him.",
])
def test_a_real_look_stays_how_others_will_know(engine, text):
    assert _present(engine, text, "goal", "others_know") is True


# behaviour: how an adult looks ("looks exhausted"), what the child asks about ("whether her dad is
# coming back") and a document held ("holds a shotgun licence") are not a deed anyone saw.
@pytest.mark.parametrize("text", [
    "The nursery is worried about Zac (3). Mum looks tired and seems low when she collects him.",
    "Ruby (7) often cries at school and asks her teacher whether her dad is coming back.",
    "The school is worried. Ruby (7) says Grandad has guns. Grandad holds a shotgun licence.",
])
def test_a_look_a_question_or_a_licence_is_not_behaviour(engine, text):
    assert _present(engine, text, "worry", "behaviour") is False


@pytest.mark.parametrize("text", [
    "The health visitor is worried that Mum appeared drunk when she came to the door holding baby Ivy (2 months).",
    "The teacher is worried because Dad looked at Leah (7) and shouted at her in the playground.",
    "The teacher is worried about Jade (13). Mum seemed angry at pick-up and grabbed Jade by the arm.",
    "Sol (6) told his teacher that Dad hit him with a belt on Friday.",
    "The police are worried that Evie's uncle held her down on the sofa on Sunday.",
])
def test_a_deed_beside_them_stays_behaviour(engine, text):
    assert _present(engine, text, "worry", "behaviour") is True
