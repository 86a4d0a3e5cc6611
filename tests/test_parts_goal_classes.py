"""Goal parts, round 6 (issue 11 §4 and §5): a service keeping its own tally is not how others
know; making a child's meal is an everyday act; "free from harm" is not what the child will live.
Each class in at least five wordings of my own, with near misses; none taken from a probe set."""
from __future__ import annotations

import pytest


def part_shown(engine, text: str, part: str) -> bool:
    report = engine.check_many([text], ["goal"])[0]
    return next(c for c in report.components if c.name == part).present


@pytest.mark.parametrize("text, present", [
    # A service's own tally of attendance, presentation or concerns: vague, but still someone outside
    # the family finding out (round 9, classes9.md P2: "will monitor attendance and report any
    # concerns is vague but still a check"); SOS511 still reads it as compliance when it is the goal.
    ("The nursery will record Tia's attendance.", True),
    ("Oakfield Primary will log Ravi's attendance and presentation each week.", True),
    ("The health visitor will monitor Noor's progress and report any concerns to the social worker.", True),
    ("Mum will walk Ellis to school. The school will record his attendance every day.", True),
    ("The college will note Jess's attendance and report concerns to Children's Services.", True),
    # A check on the step the adults take, by someone named: how others will know.
    ("The school will ring Nan if Ravi arrives after nine.", True),
    ("Mrs Hale at the nursery will write down each day whether Tia comes in with a clean nappy.", True),
    ("The breakfast club will text Dad the days Ellis arrives without breakfast.", True),
    ("Grandad will check the fridge on Sundays and tell the social worker what he finds.", True),
    ("Mum will show the health visitor Noor's feeding chart at each visit.", True),
])
def test_a_service_tally_is_not_how_others_know(engine, text, present):
    assert part_shown(engine, text, "others_know") is present


@pytest.mark.parametrize("text, present", [
    ("Mum, you will make Kian breakfast every morning before school.", True),
    ("Dad, you will make the boys a packed lunch every school day.", True),
    ("Nan will make up Noor's bottles each night before bed.", True),
    ("Mum, you will make tea for Leo every evening at six.", True),
    ("Dad will make Ava's bed with clean sheets every Saturday.", True),
    # "make" that promises nothing anyone could see.
    ("Mum will make positive changes for Kian.", False),
    ("Dad, you will make sure Kian is safe.", False),
    ("Mum will make improvements to the home conditions.", False),
    ("Dad will make the children happy.", False),
])
def test_making_a_childs_meal_is_an_everyday_act(engine, text, present):
    assert part_shown(engine, text, "action") is present


@pytest.mark.parametrize("text, present", [
    ("Amir and Sana to be free from emotional harm.", False),
    ("The children will be free from violence at home.", False),
    ("Rosie will be free from neglect. Mum will attend her appointments.", False),
    ("Theo will live free from abuse and harm.", False),
    ("Kacey will be kept free from the risk of exploitation.", False),
    # Free to do something is the child's day.
    ("Ruby will feel free to play in the garden after school.", True),
    ("Theo will be free to have his friends round for tea on Fridays.", True),
])
def test_free_from_harm_is_not_the_childs_experience(engine, text, present):
    assert part_shown(engine, text, "experience") is present


@pytest.mark.parametrize("text, present", [
    # occasion by pronoun
    ("Dad will let the health visitor in when she calls.", False),
    ("Mum and Dad will let the social worker see the boys whenever she asks.", False),
    ("Mum will let the family worker in whenever they visit.", False),
    ("Nan will sit with Ivy (6) when Dad cooks her tea every evening.", True),
    ("Dad will read Ivy (6) a story when he gets in from work each night.", True),
    # helping the parent
    ("Mum, you will go to every appointment at the clinic and Auntie Jo will come with you.", False),
    ("Dad, you will keep going to the recovery group and Grandad will drive you there.", False),
    ("Mum will attend her sessions at Turning Point and her friend Lisa will take her.", False),
    ("Mum will go to all her probation appointments and Uncle Tom will go with her.", False),
    ("Mum will walk Ivy (6) to school and Auntie Jo will come with them on Mondays.", True),
    # keep going to appointments / samples
    ("Dad, you will keep going to your appointments at the drug service.", False),
    ("Mum will carry on going to her counselling sessions every week.", False),
    ("Dad will give a sample at the clinic each week.", False),
    # visits and reports to professionals
    ("Nan will visit on Saturdays and tell the social worker if the flat is dirty.", False),
    ("Auntie Pam and Uncle Roy will pop in on Wednesdays and will ring the health visitor if they are worried.", False),
    ("Grandad will call in every evening.", False),
    # round 37 (r37a): raising the alarm with the police when the child is not home is the parent's act
    ("Mum will ring the police if Jack (15) is not home by ten.", True),
    ("Nan will visit on Saturdays and take Ivy (6) swimming.", True),
    # one of you / having someone round
    ("Mum and Dad, when you start to row, one of you will take Ivy (6) to the park.", True),
    ("Mum and Dad, one of you will walk Ivy (6) to school every morning.", True),
    ("Mum will have Auntie Jo round on the evenings Dad is out.", True),
    ("Dad will have his brother Sean over on Friday nights so he is not alone with the drink.", True),
])
def test_what_is_not_the_adults_everyday_act(engine, text, present):
    """An occasion named by a pronoun ("when she visits"), help given to the parent on the way to a
    service, going on going to appointments, a visit with nothing done, word sent to a professional
    or the police: none is the adults' everyday act. "one of you" and having someone round are."""
    assert part_shown(engine, text, "action") is present


@pytest.mark.parametrize("text, present", [
    ("Dad will not drive after a drink; Leon's coach, Sam, will give Leon (9) a lift. Sam will text the social "
     "worker if Dad smells of drink.", True),
    ("Dad will collect Jada (14) by ten. Tracey, the mum of Jada's best friend, will text Dad when Jada leaves.", True),
    ("Mum will collect Ruby (7) by six. Gail, Ruby's childminder, will ring the social worker if Ruby is not "
     "collected.", True),
    ("Mum will put Ava (1) down in her own cot. Dev, Ava's godfather, will check the cot each Saturday.", True),
    ("Dad will keep Kai (8) in after dark. Pete, the neighbour, will text Mum if he sees Kai out.", True),
    # The child telling someone is the child's own step, not someone else finding out.
    ("Mum will not leave Ruby (7) alone. Ruby will tell Nan if Mum goes out.", False),
])
def test_a_name_beside_an_adults_role_is_someone_who_finds_out(engine, text, present):
    assert part_shown(engine, text, "others_know") is present
