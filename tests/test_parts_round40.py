"""Round 40 (r40e): parts of a statement and scores.

- if_not: the goal not met, then the workers calling the family together or changing the plan
  (if_not.workers_answer_a_lapse); a failure said as a noun with a sanction done to it ("Any breach
  will be reported to the police"); a thing the plan asks for said as missed ("Missed doses would
  mean …"); a musing that names a step up ("we will have to consider a child protection conference").
- who: the writer introduced by role ("As Kofi's school nurse I …"; worriers.writer_by_role) and
  the worry held as "have/share a worry about", "both worry about" (worriers.held_as_a_worry).
- scores: a goal shown missing four or more parts, one of them core, is held at the error cap.
Every sentence here is written for these tests; near misses must not change.
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine as make_engine


@pytest.fixture(scope="module")
def engine():
    return make_engine()


def parts(engine, text, kind):
    report = engine.check_many([text], [kind])[0]
    return {c.name: c.present for c in report.components}, report


GOAL_START = ("Sam, you will have Leo (5) in bed by 8 each night for the next three months, after a bath and a "
              "story, and Aunt Jo will come on Fridays to help. ")


@pytest.mark.parametrize("ending", [
    "If bedtimes slip again, Priya, your family support worker, will arrange a family meeting with you and Jo.",
    "If Leo is still late for school by the Easter holidays, we'll sit down with you and the school to see what "
    "else needs to change.",
    "If the bedtime routine isn't in place by the end of March, we will talk with you again about more help at home.",
    "If Leo gets out of the house at night again, we will need to look at him spending his evenings at Aunt Jo's.",
    "If the house is not kept safe, we will have to consider a child protection conference.",
])
def test_if_not_when_the_workers_answer_a_lapse(engine, ending):
    shown, _ = parts(engine, GOAL_START + ending, "goal")
    assert shown["if_not"]


@pytest.mark.parametrize("ending", [
    # a check, not the plan failing
    "If Leo is not at school by 9.15, the school will ring Aunt Jo.",
    # the family's own step
    "If you feel low, you'll talk with Jo.",
    # a worry that is not a lapse of the plan
    "If Leo is poorly, we'll meet with you at the clinic.",
    # the workers musing, with nothing that would happen
    "If bedtimes slip, we will review things.",
])
def test_if_not_near_misses_stay_missing(engine, ending):
    shown, _ = parts(engine, GOAL_START + ending, "goal")
    assert not shown["if_not"]


def test_a_breach_reported_to_the_police_is_what_happens_if_not(engine):
    text = ("Kyle, you will not go near Tessa's flat or message her while the order is in place. "
            "Any breach will be reported to the police.")
    assert parts(engine, text, "goal")[0]["if_not"]
    near = ("Kyle, you will not go near Tessa's flat or message her while the order is in place. "
            "Any worries will be talked about at the next visit.")
    assert not parts(engine, near, "goal")[0]["if_not"]


def test_missed_doses_that_would_mean_a_change_is_what_happens_if_not(engine):
    text = ("Mum, you will give Ruby her inhaler every morning and evening until the review in May. Missed doses "
            "would mean looking with you and the asthma nurse at Ruby's inhaler being given at school.")
    assert parts(engine, text, "goal")[0]["if_not"]


@pytest.mark.parametrize("text", [
    "As Kofi's school nurse I have seen him come in with the same dirty uniform every day this month, and he "
    "told me there is no food at home. Kofi is losing weight.",
    "Speaking as Dana's youth worker, I want to set out our worry about Dana (15). Her stepdad locked her out of "
    "the house overnight on 3 May.",
    "I am Kofi's aunt and I think Mum is drinking again. Kofi is losing weight.",
    "Speaking as Mr Cole's probation officer (Anna Wren), and with the agreement of social worker Ben Ash, I want "
    "to set out our worry for Lily (6). Mr Cole punched the wall next to Lily's bed on 2 May.",
    "Ms Patel from the youth offending team and Grandad Ray share a worry about Tyler (15). Tyler's dad gave him "
    "a knife on 2 March.",
])
def test_who_is_worried_read_from_the_writers_role_and_a_held_worry(engine, text):
    assert parts(engine, text, "worry")[0]["who"]


@pytest.mark.parametrize("text", [
    # someone else's words, not the writer's role
    "As the social worker said, Kofi is losing weight and nobody knows why.",
    # a bare "I" with no role stays as it was (the parts table reads the worry word, not a role)
    "Kofi is losing weight. Mum says there is no food in the house.",
    # an opening participle with no role
    "Speaking to Mum on 3 May, and again on 10 May, I learnt that Lily (6) is left alone at night.",
    # a role inside what the writer was told, not the writer's own
    "Mum told me she is Kofi's carer now. Kofi is losing weight.",
])
def test_who_near_misses_stay_missing(engine, text):
    assert not parts(engine, text, "worry")[0]["who"]


def test_a_goal_missing_many_parts_with_a_core_one_is_held_at_the_error_cap():
    from sos_lint.report import Component
    from sos_lint.scoring import parts_cap

    names = ["addressed", "action", "network", "others_know", "timescale", "experience", "if_not"]

    def comps(missing):
        return [Component(n, n, n not in missing) for n in names]

    assert parts_cap("goal", comps({"experience", "network", "if_not", "timescale"})) == 4.0
    # a core part missing, but only three parts (or two): the round-36 cap (the lead's threshold of four)
    assert parts_cap("goal", comps({"experience", "network", "if_not"})) == 8.5
    assert parts_cap("goal", comps({"experience", "if_not"})) == 8.5
    # many parts missing, none of them core (as a seed goal): no cap
    assert parts_cap("goal", comps({"addressed", "network", "others_know", "timescale"})) == 10.0
    # worries keep the round-36 cap (SOS519 already errs at three of five missing)
    worry = [Component(n, n, n != "who") for n in ("who", "behaviour", "context", "impact", "future")]
    assert parts_cap("worry", worry) == 8.5


def test_a_poor_goal_missing_the_childs_experience_and_more_scores_at_most_four(engine):
    text = "Parents to engage with the parenting course and attend all appointments. Progress to be reviewed."
    _, report = parts(engine, text, "goal")
    assert report.score <= 4.0


@pytest.mark.parametrize("text", [
    "Mum, you need to keep engaging with the drug and alcohol team. Your brother Carl has offered to support you.",
    "Mr and Mrs Osei will work together with the school to achieve this. Uncle Kwame will be there for you both.",
])
def test_a_verb_that_only_carries_a_vague_one_is_no_action(engine, text):
    assert not parts(engine, text, "goal")[0]["action"]


@pytest.mark.parametrize("text", [
    "Dad, you will keep taking Mia to the park after school every day, and make her tea by 6.",
    "Mum, you will keep the front door locked at night. Aunt Sue has agreed to sleep over on Fridays.",
    "Mum, you will make Leo his breakfast every morning and walk him to school by 8.45.",
])
def test_a_carried_everyday_act_stays_an_action(engine, text):
    assert parts(engine, text, "goal")[0]["action"]
