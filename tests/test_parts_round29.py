"""Round 29 (issue 11 §5): parts shown present or missing against what a careful supervisor would
say, by classes read from the parse. Wordings are my own (not taken from any probe set): cases the
class mends, and near misses that must stay as they were."""
from __future__ import annotations

import pytest


def _present(engine, text: str, kind: str, part: str) -> bool:
    report = engine.check_many([text], [kind])[0]
    return next(c for c in report.components if c.name == part).present


GOAL = "Mum will keep Ava (4) safe at night. "


# if_not, class 1: the goal not met, said without "if": "unless", a "where" clause saying the goal
# is not met, "in the event of further …", "without these changes". What follows must still be
# something that happens, unless the condition itself says the plan failed.
@pytest.mark.parametrize("text", [
    GOAL + "Unless Mum stops drinking, Ava will have to live with her dad.",
    GOAL + "Unless this happens, Ava will be placed with foster carers.",
    GOAL + "Where Mum is unable to keep Ava safe, the local authority will consider legal proceedings.",
    GOAL + "In the event of further incidents, the local authority will start care proceedings.",
    GOAL + "Without these changes, Ava may have to live somewhere else.",
    GOAL + "Without this, the family could lose the flat, and the early help worker would talk with you about "
           "asking for a social worker.",
])
def test_a_condition_without_if_is_what_happens_if_not(engine, text):
    assert _present(engine, text, "goal", "if_not") is True


@pytest.mark.parametrize("text", [
    "Mum will keep Ava (4) safe at night unless Nan is staying over.",
    GOAL + "Nan will stay over unless she is working.",
    GOAL + "Where Mum works late, Nan will put Ava to bed.",
    GOAL + "Without Nan's help, Mum would find the evenings hard.",
    GOAL + "In the event of a fire alarm, Mum will carry Ava out of the back door.",
])
def test_a_rule_of_the_plan_is_not_what_happens_if_not(engine, text):
    assert _present(engine, text, "goal", "if_not") is False


# if_not, class 2: the worry going on or the plan coming undone, said of "things", "it" or a
# safeguard: staying as they are, slipping back, a safeguard coming off; "If it isn't done"; the
# ruled-out act said with an emphatic "does"; and the services stepping in further (more help, an
# assessment) as what follows.
@pytest.mark.parametrize("text", [
    "Dad will lock the medicine cupboard every night. If things stay as they are, Milo (3) could swallow "
    "tablets and end up in hospital.",
    "Dad will lock the medicine cupboard every night. If things slip back, we would need to look at more "
    "help coming into the home.",
    "Dad will lock the medicine cupboard every night. If the lock comes off, Milo (3) could reach the tablets "
    "and we would ask for a social work assessment.",
    "Dad will put the safety gate up by Sunday. If it isn't done, Milo (3) will still be able to climb the "
    "stairs and he may fall.",
    "Mum, you won't let Shane into the flat. If Shane does come in, we would need to think about Milo (3) "
    "living with his aunt.",
    "Mum will walk Milo (3) to nursery each morning. If Dad goes back to drinking, Milo will go and live with "
    "his nan.",
])
def test_the_plan_coming_undone_is_what_happens_if_not(engine, text):
    assert _present(engine, text, "goal", "if_not") is True


@pytest.mark.parametrize("text", [
    "Dad will lock the medicine cupboard every night. If Nan stays over, she will help Milo (3) with his bath.",
    "Mum will walk Milo (3) to nursery each morning. If Milo goes back to nursery after his cold, Mum will "
    "tell his key worker.",
    "Mum, you won't let Shane into the flat. If Milo (3) does wake in the night, you will sit with him.",
    "Dad will lock the medicine cupboard every night. If Milo (3) feels poorly, Dad will ring the GP.",
    # a negated "do" that is not the plan itself ("someone they don't know") stays a check
    "Grandad Len will pop round at bedtime and will ring the social worker if he finds Milo (3) with someone "
    "he doesn't know.",
])
def test_a_day_in_the_plan_is_not_what_happens_if_not(engine, text):
    assert _present(engine, text, "goal", "if_not") is False


# who, class 3: whose worry it is, said in other ways than "X is worried".
@pytest.mark.parametrize("text", [
    "Nan's worry is that Mum leaves Tobi (3) alone at night when she goes out.",
    "My worry is that Dad hits Mum when Tobi (3) is in the room.",
    "It worries Nan that Mum leaves Tobi (3) alone at night when she goes out.",
    "What worries the school is that Tobi (7) has missed 30 days this term because Mum keeps him at home.",
    "Concerns have been raised by Tobi's teacher that Dad shouts at Tobi (7) at the school gate.",
    "The school nurse has told the social worker about her worry that Tobi (9) is not getting his insulin.",
    "Tobi's nursery workers noticed bruises on his arm on 3 May and are worried Dad grabbed him.",
    "The health visitor feels anxious that Mum props Tobi's bottle and leaves the room.",
    "The social worker is frightened that Dad will hurt Tobi (3) when he is drunk.",
    "PC Moss and Tobi's nan are frightened for Tobi (3) since Dad's friends started selling drugs from the flat.",
    "The worry for Tobi's headteacher, Mrs Lane, is what happens at handovers outside the school.",
    "It concerns Nan that Mum leaves Tobi (3) alone at night when she goes out.",
    "What concerns the nursery is that Tobi (3) often arrives hungry and in a wet nappy.",
    # a noun owned by the child that feels worried is someone in the child's life, whatever the role word
    "Tobi's swimming coach is worried that Dad will hit Tobi (9) again after galas.",
    "Tobi's childminder is afraid that Dad will hit Tobi (9) again after galas.",
])
def test_a_worry_held_otherwise_names_who_is_worried(engine, text):
    assert _present(engine, text, "worry", "who") is True


@pytest.mark.parametrize("text", [
    "Our worry is that Dad hits Mum when Tobi (3) is in the room.",
    "It is worrying that Mum leaves Tobi (3) alone at night.",
    "There are worries that Dad hits Mum when Tobi (3) is in the room.",
    # a parent's own fear is part of what happens, not a worrier's report
    "Mum is frightened that Dad will find the new flat, and Tobi (3) hears her crying at night.",
    # the worry for the child is what is worried about, not who
    "The worry for Tobi (3) is that Dad hits Mum in front of him.",
    "It concerns Tobi (9) that Dad will come back.",
    "Dad is afraid that Mum will take Tobi (4) away.",
    "Tobi's behaviour is a concern since Dad came back.",
])
def test_a_worry_owned_by_nobody_named_stays_missing(engine, text):
    assert _present(engine, text, "worry", "who") is False


# action, class 4: a made-sure care step tied to meals or to two times each day.
@pytest.mark.parametrize("text", [
    "Mum and Dad, you will make sure Ezra (7) has his insulin before every meal.",
    "Dad will make sure Poppy's eye drops go in morning and night.",
])
def test_a_made_sure_step_at_meals_or_twice_a_day_is_an_action(engine, text):
    assert _present(engine, text, "goal", "action") is True


@pytest.mark.parametrize("text", [
    "Dad will make sure Poppy (5) is safe morning and night.",
    "Mum will make sure Ezra (7) is happy before every meal.",
])
def test_a_made_sure_state_stays_no_action(engine, text):
    assert _present(engine, text, "goal", "action") is False


# context, class 5: a call-out following a report of an incident is at the incident; a bare
# "before" and a worker's phone call name no when.
def test_a_call_out_following_an_incident_is_a_when(engine):
    text = ("Police attended the flat on 14/03 following a report of a fight between Mum and her partner. "
            "Both adults were drunk. Kit (2) was awake in his cot.")
    assert _present(engine, text, "worry", "context") is True


@pytest.mark.parametrize("text", [
    # a call-out with no incident and no clock time: the service's day
    "The social worker visited on 14/03. Mum was dismissive of the worries about Kit (2).",
    "Ms Obi, the health visitor, is worried about Mum's low mood, which has meant stays in hospital before. "
    "If nothing changes, Kit (2) could go without food and be frightened.",
    "The social worker is worried that Dad is not working with the plan. Dad was rude when she phoned him. "
    "If nothing changes, Kit (2) could be hurt.",
])
def test_no_when_of_the_adults(engine, text):
    assert _present(engine, text, "worry", "context") is False


# others_know, class 6: someone coming to a meeting (or ringing) to say or share how the plan is
# going is how others will know; saying how someone feels is not.
@pytest.mark.parametrize("text", [
    "Dad will keep Yusuf's phone downstairs at night. Uncle Tariq will come to the family meeting every month "
    "to say how it's going.",
    "Dad will keep Yusuf's phone downstairs at night. Nan will come to the review each month and share how "
    "things have been.",
])
def test_saying_how_it_is_going_is_a_check(engine, text):
    assert _present(engine, text, "goal", "others_know") is True


def test_saying_how_someone_feels_is_no_check(engine):
    text = "Dad will keep Yusuf's phone downstairs at night. Mum will say how proud she is of Yusuf every day."
    assert _present(engine, text, "goal", "others_know") is False


# (merge29) raised by a place of service in note style: no one the family could ask. The part stays
# missing and SOS501 says so, so the report's parts and its findings agree.
@pytest.mark.parametrize("text, present", [
    ("Concerns were raised by school after Kit came in hungry on Monday and Dad had not collected him.", False),
    ("Concerns were raised by Kit's teacher after he came in hungry on Monday and Dad had not collected him.", True),
])
def test_raised_by_a_place_in_note_style_names_nobody(engine, text, present):
    report = engine.check_many([text], ["worry"])[0]
    assert _present(engine, text, "worry", "who") is present
    assert ("SOS501" in {f.code for f in report.findings}) is (not present)
