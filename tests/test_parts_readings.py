"""Each reading of a part, by the kind of language it turns on (issue 11 §5), with cases that should
and should not count: written for this file, not taken from the probe sets."""
from __future__ import annotations

import pytest


def shown(engine, text: str, kind: str) -> dict:
    report = engine.check_many([text], [kind])[0]
    return {c.name: c.present for c in report.components}


def test_public_names_stay_importable_from_the_package():
    from sos_lint.checks import parts

    for name in ("components", "is_present", "adult_actions", "absence_spans", "service_goals",
                 "frequency_or_duration", "is_institution", "subject_span", "subject_text", "who_is_worried"):
        assert callable(getattr(parts, name)), name


WORRY = [
    # Impact: harm the child lived through, without a feeling word.
    ("Nan is worried that Dad shouts at Poppy (6). Last Friday Poppy was slapped across the face.", "impact", True),
    ("The teacher is worried that Mum's boyfriend grabs Kai (9). Kai had purple marks on his wrist on Tuesday.",
     "impact", True),
    ("The teacher is worried that Dad drinks. Kai (9) told Miss Hale that his tummy hurts when he gets home.",
     "impact", True),
    ("The teacher is worried that Dad drinks. Kai (9) told Miss Hale that Dad had gone to work.", "impact", False),
    ("Nan is worried that Dad shouts at Mum. Rosie (13) is making bad choices and putting herself at risk.",
     "impact", False),
    ("Nan is worried about Theo (5). It is probable that Theo watches films late at night.", "impact", False),
    # Behaviour: a routine, an account, a condition or a label is not what the adults did.
    ("The school is worried because Dad came to collect Ruby (6) from school on Monday.", "behaviour", False),
    ("The school is worried because Dad came to collect Ruby (6) from school on Monday smelling of beer.",
     "behaviour", True),
    ("Nan is worried because Mum says Ruby (6) fell off the swing.", "behaviour", False),
    ("Nan is worried that Mum's boyfriend looks at Ruby (6) in the bath and laughs at her.", "behaviour", True),
    ("If Mum carries on drinking, Ruby (6) may have to live with Nan.", "behaviour", False),
    ("Nan is worried that Mum is failing to protect Ruby (6).", "behaviour", False),
    # Context: an age or a stretch of years is not when it happens; a date run into a name still is.
    ("Nan is worried that Dad hits Ruby (4 months).", "context", False),
    ("Nan is worried that Dad has hit Ruby (4) several times this year.", "context", False),
    ("Nan is worried that Dad hit Ruby (4). On 3 May Ruby was taken to hospital with a burn.", "context", True),
    ("The school is worried because Ruby's attendance at school remains low.", "context", False),
    # Future: a harm anyone could picture, not a vague one, a guess about now or a service's plan.
    ("Nan is worried that Dad hits Ruby (4). If this carries on, Ruby will come to harm.", "future", False),
    ("Nan is worried that Dad hits Ruby (4). If this carries on, Ruby could break a bone.", "future", True),
    ("Nan is worried that Mum keeps Ruby (5) home. If nothing changes, Ruby may come to believe she is ill.",
     "future", True),
    ("The police think Dad may be seeing Ruby (4) in secret.", "future", False),
    ("Dad hit Ruby (4) last week. Children's Services will keep checking on Ruby.", "future", False),
    # Who: a role named by whose it is.
    ("Jay's speech therapist is worried that Dad shouts at Jay (4) every night.", "who", True),
    ("The children's presentation is a worry.", "who", False),
]

GOAL = [
    # Action: something anyone could see done.
    ("Mum, you will put clear boundaries in place for Jay.", "action", False),
    ("Mum, you will walk Jay to school every morning.", "action", True),
    ("Dad will demonstrate that he can manage his anger.", "action", False),
    ("Mum will take Jay to nursery. Nan will help out.", "action", True),
    ("Nan will help out with the children.", "action", False),
    ("Nan will help with Jay's bath on Fridays.", "action", True),
    ("Mum, you will go to all of your appointments with the drugs team.", "action", False),
    ("Mum, you will make sure Kai has his tea before bed every night.", "action", True),
    ("Mum, you will make sure Kai is safe at night.", "action", False),
    ("Mum and Dad, you will work together to make sure Kai has clean clothes before school.", "action", True),
    # Written to the young person: "you" is the child, the adults around them are the network.
    ("Maya, you will tell Nan straight away if anyone at the park offers you a lift. You will feel safe walking home.",
     "action", False),
    ("Maya, you will tell Nan straight away if anyone at the park offers you a lift. You will feel safe walking home.",
     "network", True),
    ("Maya, you will tell Nan straight away if anyone at the park offers you a lift. You will feel safe walking home.",
     "experience", True),
    ("Lee, you will walk Maya to school every morning.", "action", True),
    # Experience: the child's day, or what they will be spared; not a bare wish.
    ("Mum, you will cook tea for Jay every night. Jay will be happier.", "experience", False),
    ("Mum, you will cook tea for Jay every night. Jay will not be hungry at bedtime any more.", "experience", True),
    ("Dad, you will fix the stairgate. Jay will be able to climb the slide at the park with you.", "experience", True),
    ("Jay needs to attend school every day.", "experience", False),
    # How others will know: someone finds out; not a wish, a thing, or the parents' own tool.
    ("The Local Authority would like to see Mum keep the flat tidy.", "others_know", False),
    ("Mum, you will keep the flat tidy. This will be looked at again in three months.", "others_know", False),
    ("Mum, you will keep the flat tidy. Nan will ask Jay each Sunday how his week has been.", "others_know", True),
    ("Mum, you will use the chart on the fridge to give Jay his medicine.", "others_know", False),
    # Timescale: how long, not how often nor what a plan is for.
    ("Mum, you will keep the heater on in Jay's room from November to February.", "timescale", True),
    ("Dad, you will not drive Jay anywhere until the court has decided about your licence.", "timescale", True),
    ("Dad, you will read with Jay until he turns eight.", "timescale", True),
    ("Kiera, you will plan the shopping for the week with Mum.", "timescale", False),
    # If not: the goal not met, said in more ways.
    ("Mum, you will keep the flat tidy every week. If it doesn't, Jay may have to stay with Nan.", "if_not", True),
    ("Mum, you will keep the flat tidy. Should you not manage this, Jay may need to live with Nan.", "if_not", True),
    ("Jay will be home by nine. If Jay keeps running away, the police will be asked to help.", "if_not", True),
    # Network: a carer outside the household; not a friend nobody has named.
    ("Jay's foster carer, Pam, will take him to football on Saturdays.", "network", True),
    ("Mum will take Jay to school and she will ask a friend if she is ill.", "network", False),
]


@pytest.mark.parametrize("text,part,present", WORRY)
def test_worry_parts_by_kind_of_language(engine, text, part, present):
    assert shown(engine, text, "worry")[part] is present


@pytest.mark.parametrize("text,part,present", GOAL)
def test_goal_parts_by_kind_of_language(engine, text, part, present):
    assert shown(engine, text, "goal")[part] is present
