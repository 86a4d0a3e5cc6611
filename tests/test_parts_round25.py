"""Round 25 (issue 11 §5): parts of a goal shown missing where the writer had said them. Wordings
of my own, not taken from a probe set; each class has cases that should be read present and near
misses that must stay missing."""
from __future__ import annotations

import pytest


def _present(engine, text: str, kind: str, part: str) -> bool:
    report = engine.check_many([text], [kind])[0]
    return next(c for c in report.components if c.name == part).present


# Class 1 (if_not): an if-clause about the family, then a sanction or step up that the services do
# to the family (passive, or with a service as the subject): what happens if the goal is not met.
@pytest.mark.parametrize("text, present", [
    # the goal's act not done, then a step up
    ("Dad will take Ellis (6) to every speech therapy session. If Ellis does not get to therapy, "
     "a referral will be made to the school nurse.", True),
    ("Mum will keep the front door locked at night. Should there be no change, the Local Authority "
     "will consider escalating to a child protection conference.", True),
    ("Mum will find a flat with a spare room by the summer. If Mum cannot find somewhere suitable, "
     "overnight stays will revert to day visits at Nan's.", True),
    # the act the goal rules out done after all, then a sanction
    ("Gran will not let Wayne into the house. If Gran lets Wayne stay over, the Local Authority "
     "will start care proceedings.", True),
    ("Tyler (14) will leave the knife at home. If Tyler is caught with a blade, he will be arrested.", True),
    # "failing which" with a sanction after it
    ("Mr Hale will keep the garden gate shut and stay sober at weekends over the next three months, "
     "failing which the Local Authority will apply for a court order.", True),
    # Near misses: the family's own step in the plan, a check that names no sanction, a service's own
    # contingency, "failing which" with only a musing after it.
    ("Mum will ring the police if Wayne comes to the door.", False),
    ("Mum will walk Ellis to school. If Ellis is not in class by 9.15, the office will ring Nan.", False),
    ("If Mum needs a lift to the clinic, the family support worker will drive her.", False),
    ("If the school has worries, the head teacher will make a referral to children's services.", False),
    ("Dad will cook tea every night, failing which the worker will review the plan with him.", False),
])
def test_a_sanction_after_the_plan_broken_is_if_not(engine, text, present):
    assert _present(engine, text, "goal", "if_not") is present


# Class 2 (network): a parent word that names someone else's parent ("Sonia's dad", "the mum of
# Leo's friend Arjun") is an adult from outside the household who helps, when they do something.
@pytest.mark.parametrize("text, present", [
    ("Mum will collect Leo (8) from his friend Arjun's on Saturdays, and Arjun's dad will drive Leo "
     "home on the days Mum works late.", True),
    ("Dad, you will get Ruby (5) to school by 8.50. Maureen, the mum of Ruby's friend Esme, will "
     "take Ruby in on the days you start early.", True),
    # Near misses: the child's own parent, a pronoun's parent, someone else's parent who does nothing.
    ("Leo's dad will drive Leo (8) to football every Saturday.", False),
    ("Dad, you will walk Ruby (5) to school and her mum will collect her.", False),
    ("Mum will take Leo (8) to his friend Arjun's, where Arjun's dad is a pilot.", False),
])
def test_someone_elses_parent_who_helps_is_network(engine, text, present):
    assert _present(engine, text, "goal", "network") is present


# Class 3 (context): a worry about the child's own doing (running away, selling drugs, self-harm)
# with no adult of the family acting anywhere in it: the time or place of that doing is the worry's.
@pytest.mark.parametrize("text, present", [
    ("Tyler (12) climbed onto the garage roof at night on three occasions this month. He could fall "
     "and break his neck.", True),
    ("Jodie (14) ran away from her foster placement on Friday night and hitch-hiked to Crewe.", True),
    ("Callum (15) sold cannabis outside the leisure centre on Saturday afternoon. He is at risk of "
     "criminal exploitation.", True),
    # Near misses: an adult's worry with the child's reaction dated, a label with no time or place, a
    # telling, a doing only looked ahead to.
    ("Dad shouts at Mia (6). On Monday Mia came into class crying.", False),
    ("Mia (13) is at risk of exploitation and is vulnerable.", False),
    ("Jodie (14) told her teacher on Friday that she feels low.", False),
    ("Jodie (14) could run away from her placement at night.", False),
])
def test_the_childs_own_doing_dates_the_worry(engine, text, present):
    assert _present(engine, text, "worry", "context") is present


# Class 4 (impact): an injury named as a thing ("bruising", often read as a verb) placed on a part of
# the child's body, with the place hung on the injury or on the verb it is the subject of.
@pytest.mark.parametrize("text, present", [
    ("The GP is worried about baby Noor (3 months), who was taken to the walk-in centre with bruising "
     "to both cheeks. Her parents cannot say how it happened.", True),
    ("Twins Kai and Mia (14 months) were weighed at clinic on 2 June. Bruising was noted to Kai's upper "
     "arms and Mia's left thigh. Mum said she did not know how.", True),
    # Near misses: an adult's injury, an injury only looked ahead to, an injury said not to be there.
    ("The health visitor is worried that Dad hits Mum. Mum had bruising to her face on Monday. "
     "Noor (2) was in the room.", False),
    ("The nursery is worried that Reece (3) could get a burn on his hand from the open fire.", False),
    ("The school nurse checked Noor (9) and found no bruising to her arms. Mum is worried that Dad "
     "shouts.", False),
])
def test_an_injury_on_the_childs_body_is_impact(engine, text, present):
    assert _present(engine, text, "worry", "impact") is present


# Class 5 (others_know): a check said as a noun after "complete", as services write it, joins the
# light verbs already read ("carry out", "undertake", "do").
@pytest.mark.parametrize("text, present", [
    ("Mum will keep the medicines in the locked cupboard. The family support worker will complete "
     "spot checks of the cupboard each week.", True),
    ("Dad will keep the dog in the garden when Ivy (2) is home. SW to complete unannounced visits.", True),
    # Near misses: "complete" with a course or a plain visit by a relative, no check in it.
    ("Mum will complete the parenting course at the children's centre by March.", False),
    ("Dad will keep the dog in the garden when Ivy (2) is home. Nan will complete a visit every Sunday.", False),
])
def test_a_check_completed_is_others_know(engine, text, present):
    assert _present(engine, text, "goal", "others_know") is present
