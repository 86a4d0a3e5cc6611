"""Round 27 (issue 11 §5): parts shown present or missing against what a careful supervisor would
say, by classes read from the parse. Wordings are my own (not taken from any probe set): cases the
class mends, and near misses that must stay as they were."""
from __future__ import annotations

import pytest


def _present(engine, text: str, kind: str, part: str) -> bool:
    report = engine.check_many([text], [kind])[0]
    return next(c for c in report.components if c.name == part).present


# behaviour, class 1: the deed told in a relative clause whose subject is "who", hung on an adult
# ("a man who …", "her boyfriend, who …"): the adult is the doer. Near misses: a state in the
# relative clause, a passive, the adult as the clause's object, the child's own deed, and a parent's
# coming and going with nothing said of how.
@pytest.mark.parametrize("text, present", [
    ("Mr Hale, the youth worker, is worried that Tyler (15) spends his nights at a garage run by a man "
     "who takes his wages and locks him in the back room.", True),
    ("Mrs Obi is worried that Leah (14) is seeing a 22-year-old man called Dean, who collects her "
     "from school and gives her cannabis.", True),
    ("Nan is worried that Kai (7) stays at weekends with a lodger who hits him with a slipper.", True),
    # Near misses
    ("Mr Hale is worried about Tyler (15), who lives with a man who has diabetes.", False),
    ("Mr Hale is worried about Tyler (15), who knows a man who was arrested last year.", False),
    ("Mr Hale is worried about Tyler (15), who met a man that he likes.", False),
    ("Mr Hale is worried about Tyler (15), who steals from shops with his friends.", False),
])
def test_a_deed_in_a_relative_clause_on_an_adult(engine, text, present):
    assert _present(engine, text, "worry", "behaviour") is present


# behaviour, class 2: leaving a child in a state ("leaves Rio screaming"), where the model hangs the
# child and what the child was left doing on "leave" as a clause with its own subject. Near misses:
# an adult's going away with nothing more ("when Grandma leaves"), and the child's own leaving.
@pytest.mark.parametrize("text, present", [
    ("The health visitor is worried that Mum leaves baby Esme screaming for hours at a time.", True),
    ("The health visitor is worried that Mum leaves baby Lily crying for an hour without feeding her.", True),
    # Near misses
    ("Nan is worried because Ava (2) sobs at the window when Grandma leaves.", False),
    ("Nan is worried because Ava (9) leaves the house without her coat.", False),
])
def test_leaving_a_child_in_a_state(engine, text, present):
    assert _present(engine, text, "worry", "behaviour") is present


# who, class 3: services alone with no one named are no "who": a count noun for a place of service
# in note style with no article ("School are worried"), or services joined by "and" with no person
# and no place name among them. Near misses stay a who: "the school", a named school or the child's
# school, "Police" (a body of people), a service by its name ("Early Help"), a person beside the
# service, and services named by a place.
@pytest.mark.parametrize("text, present", [
    ("School are worried. Dad shouts at Tom (8) in the playground.", False),
    ("Nursery are concerned that Mum smells of drink when she collects Ivy (3).", False),
    ("Police and school are worried that Dad shouts at Tom (8).", False),
    ("Cafcass and the LA are concerned that Dad shouts at Tom (8) at handover.", False),
    # Near misses
    ("The school is worried that Dad shouts at Tom (8) in the playground.", True),
    ("Brookside Primary is worried that Dad shouts at Tom (8) in the playground.", True),
    ("Tom's school is worried that Dad shouts at Tom (8) in the playground.", True),
    ("Police are worried that Dad shouts at Tom (8).", True),
    ("Early Help are worried that Dad shouts at Tom (8).", True),
    ("The police and the school nurse are worried that Dad shouts at Tom (8).", True),
    ("The school and Grandma are worried that Dad shouts at Tom (8).", True),
    ("West Yorkshire Police and the Youth Justice Service are worried that Dad shouts at Tom (8).", True),
])
def test_services_alone_name_no_one(engine, text, present):
    assert _present(engine, text, "worry", "who") is present


# who, class 4: a person named or the writer inside a service that is worried ("the team led by our
# DSL, Mrs Patel"; "the social work team, and I as …"), and the worry in "me" ("this is what worries
# me as …"). Near misses: a service alone (organisation_is_who = false), and a worry in the child.
@pytest.mark.parametrize("text, present", [
    ("At Hill View Primary, the pastoral team led by our DSL, Mrs Patel, is worried because on 2 May "
     "Dad pulled Amir (7) across the car park by his hood.", True),
    ("The social work team, and I as Ruby's allocated worker, are worried that Mum locks Ruby (6) in "
     "her room at night.", True),
    ("Dad has pawned Amir's laptop and the cooker since June; this is what worries me as Amir's "
     "youth worker.", True),
    # Near misses
    ("The social work team is worried that Mum locks Ruby (6) in her room at night.", False),
    ("Children's Social Care and the Local Authority are worried that Mum locks Ruby (6) in her room.",
     False),
    ("Dad has pawned the cooker; this is what worries Amir (12).", False),
])
def test_a_person_inside_the_service(engine, text, present):
    assert _present(engine, text, "worry", "who") is present


# context, class 5: a count of times or a vague past is no when or where ("twice", "three times",
# "recently", "lately"). Near misses: a count with its time ("twice last week"), a day, a place.
@pytest.mark.parametrize("text, present", [
    ("The social worker is worried that Mum has left Jay (4) alone twice.", False),
    ("The social worker is worried that Mum has recently let Gary move back in with Jay (4).", False),
    ("The social worker is worried that Dad has hit Jay (4) three times.", False),
    # Near misses
    ("The social worker is worried that Mum has left Jay (4) alone twice last week.", True),
    ("The social worker is worried that Mum left Jay (4) alone on 3 March.", True),
    ("The social worker is worried that Dad has hit Jay (4) in the kitchen.", True),
])
def test_how_often_or_how_long_ago_is_no_when(engine, text, present):
    assert _present(engine, text, "worry", "context") is present


# experience, class 6: "be" with only global states ("happy and settled", "settled and content at
# home") is a wish, not the child's day. Near misses: "feel" a feeling (read as the child's
# experience by the open sets' writers), a state with a moment ("happy to see you at the gate"),
# and settling somewhere named.
@pytest.mark.parametrize("text, present", [
    ("Dad, you will cook Nia's tea every evening. Nia will be happy and settled.", False),
    ("Dad, you will cook Nia's tea every evening. Nia will be settled and content at home.", False),
    # Near misses
    ("Dad, you will cook Nia's tea every evening. Nia will feel safe at home.", True),
    ("Dad, you will cook Nia's tea every evening. Nia will be happy to see you at the school gate.", True),
    ("Dad, you will cook Nia's tea every evening. Nia will settle in her new class.", True),
])
def test_a_bare_global_state_is_no_experience(engine, text, present):
    assert _present(engine, text, "goal", "experience") is present
