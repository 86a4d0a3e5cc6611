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


# Classes written after set 28's wrong rows were read (tuned on set 28; wordings still my own).

# experience: a state with only a linking adverb ("then", "also") is still a bare wish.
@pytest.mark.parametrize("text, present", [
    ("Mum will keep to a bedtime routine. Ava (6) will then be happy and settled.", False),
    ("Mum will keep to a bedtime routine. Ava (6) will then be happy to go to bed at seven.", True),
    ("Mum will keep to a bedtime routine. Ava (6) will then sleep through the night in her own bed.", True),
])
def test_then_adds_no_moment_to_a_bare_state(engine, text, present):
    assert _present(engine, text, "goal", "experience") is present


# others_know: a look inside what the child will know is the child's experience; "they" standing
# for the parents is the parents' own look.
@pytest.mark.parametrize("text, present", [
    ("Dad will lock the knives away each night. Jamie (10) will know someone is watching out for him at night.",
     False),
    ("Jamie's mum and stepdad need to make sure his phone is handed in at 9pm. They should check who he is "
     "talking to online.", False),
    ("Dad will lock the knives away each night. Nan will check the drawer every Sunday and text the social worker.",
     True),
    ("Jamie's mum and stepdad will take his phone at 9pm. His teachers will check who he has been messaging at "
     "school.", True),
])
def test_what_the_child_knows_and_the_parents_own_look_are_not_others_knowing(engine, text, present):
    assert _present(engine, text, "goal", "others_know") is present


# behaviour: speech told only by a grading of it; a "she" opening a sentence after one about the child.
@pytest.mark.parametrize("text, present", [
    ("The foster carer is worried about Leo (8). Dad made remarks to Leo during contact that were upsetting.", False),
    ("The teacher is worried about Maisie (12). Maisie has missed ten days this term because Mum is in bed all day. "
     "She is often tired in class and falls asleep.", False),
    ("The foster carer is worried about Leo (8). During contact Dad told Leo he was fat and useless.", True),
    ("The teacher is worried about Maisie (12). Mum drinks every night and Maisie cooks for her brothers. She shouts "
     "at Maisie when she is drunk.", True),
])
def test_graded_speech_and_the_childs_own_doing_are_not_behaviour(engine, text, present):
    assert _present(engine, text, "worry", "behaviour") is present


# action: a deed inside what someone writes down or tells ("what he did") is the record's content.
@pytest.mark.parametrize("text, present", [
    ("Dad will tell the social worker what he did at the weekend.", False),
    ("Dad will take Kai (5) to the park on Saturdays and tell the social worker what they did.", True),
])
def test_what_is_told_of_is_not_the_adults_action(engine, text, present):
    assert _present(engine, text, "goal", "action") is present


# if_not: a breach said as the subject of joined verbs ("will be reported … and will result in …"),
# and the goal said again by "this" in a negated condition. A fallback by someone else and a check
# on the day stay missing.
@pytest.mark.parametrize("text, present", [
    ("Dad must not contact Leo (6) directly. Any breach will be reported to the police and will lead to a return "
     "to court.", True),
    ("Carla will ask her sister to sit with Leo (6) every evening she works. If this can't be arranged, Leo will "
     "stay at his nan's on those nights.", True),
    ("Dad must not contact Leo (6) directly. Any contact will be supervised by Nan and will take place at her "
     "house.", False),
    ("Mum will collect Leo (6) from school every day. If Mum does not collect him, Nan will collect him.", False),
    ("Mum will collect Leo (6) from school every day. If Leo is not collected by 3.30, the school will ring Nan.",
     False),
])
def test_a_breach_or_the_goal_not_arranged_is_what_happens_if_not(engine, text, present):
    assert _present(engine, text, "goal", "if_not") is present
