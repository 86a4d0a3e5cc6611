"""Round 28b (issue 11 §5): parts shown present or missing against what a careful supervisor would
say, by classes read from the parse. Wordings are my own (not taken from any probe set): cases the
class mends, and near misses that must stay as they were."""
from __future__ import annotations

import pytest


def _present(engine, text: str, kind: str, part: str) -> bool:
    report = engine.check_many([text], [kind])[0]
    return next(c for c in report.components if c.name == part).present


# others_know, class 1: a professional who will "monitor", "review", "oversee" or "track" only
# "this", an abstract word ("progress", "compliance") or nothing, with no when, how often, occasion
# or means, says nothing anyone will see: a supervisor would ask "monitored how, and when?".
# Decision (round 28b): "This will be monitored by the social worker" is no check. The round-23 test
# that "monitored via the GP surgery" is a check still holds: "via" names how the worker will know.
@pytest.mark.parametrize("text", [
    "Dad will not drink when he has Zain overnight. This will be monitored by the family support worker.",
    "Mum will go to the Freedom Programme every Thursday. The social worker will monitor progress.",
    "Kirsty will keep the baby's bottles clean and sterilised. The health visitor will oversee this.",
    "Mr Wray will stay away from the house. Probation will monitor.",
])
def test_watching_nothing_named_is_no_check(engine, text):
    assert _present(engine, text, "goal", "others_know") is False


@pytest.mark.parametrize("text", [
    # a time or how often
    "Dad will not drink when he has Zain overnight. This will be monitored weekly by the family support worker.",
    # a means
    "Dad will not drink when he has Zain overnight. This will be monitored via the GP surgery.",
    # something anyone could see
    "Mum will walk Ava to school every morning. Ava's attendance will be monitored by the school office.",
    "Mum will walk Ava to school every morning. The education welfare officer will monitor attendance every week.",
    # an occasion
    "Kirsty will keep the baby's bottles clean. The health visitor will review this at each visit.",
])
def test_watching_with_a_when_or_a_thing_is_a_check(engine, text):
    assert _present(engine, text, "goal", "others_know") is True


# others_know, class 2: a professional's step inside an "until" clause says when the plan ends.
def test_a_professional_inside_until_is_no_check(engine):
    text = ("Leanne, you will make sure Craig is never on his own with the twins. This needs to carry on "
            "until the social worker has finished assessing Craig.")
    assert _present(engine, text, "goal", "others_know") is False


def test_a_professional_beside_until_is_still_a_check(engine):
    text = ("Leanne, you will make sure Craig is never on his own with the twins, and the social worker will "
            "ask the twins each week who looked after them, until the assessment is finished.")
    assert _present(engine, text, "goal", "others_know") is True


# others_know, class 3: a professional's showing or telling already done (a simple past with its
# own subject) is how the adults learnt the step, not a check that it happens.
def test_what_a_professional_showed_in_the_past_is_no_check(engine):
    text = ("Dad will rub the cream into Reggie's legs every night, the way the eczema nurse showed him, "
            "and Reggie will sleep without scratching.")
    assert _present(engine, text, "goal", "others_know") is False


def test_a_professional_weighing_joined_to_a_passive_is_still_a_check(engine):
    text = ("Parents to make sure Maya is taken to every clinic and weighed fortnightly by the health visitor "
            "for the next four months.")
    assert _present(engine, text, "goal", "others_know") is True


# others_know, class 4: notifying someone that the arrangement exists (a duty) is not news of how
# the step goes; notifying them of what happened is.
def test_notifying_of_the_arrangement_is_no_check(engine):
    text = "Mrs Dale to notify the council of the private fostering arrangement by Friday."
    assert _present(engine, text, "goal", "others_know") is False


def test_notifying_of_what_happened_is_a_check(engine):
    text = "Mum will keep Tom home by nine, and Grandad will notify the social worker of any late nights."
    assert _present(engine, text, "goal", "others_know") is True


# context: words the parse shows are no when or where of the adults' behaviour.
@pytest.mark.parametrize("text", [
    # an age set before a person
    "Mum and the school nurse are worried about Jade (14). Jade has been talking to a 22-year-old man online "
    "and has made some risky choices.",
    # "since" with nothing after it: "since then", no day named
    "The youth worker is worried about Kai (15). His brother's friend has since threatened to hurt Kai if he "
    "talks to the police.",
    # how often, with no day, time or place
    "The health visitor is worried about the twins (1). The twins are looked after by an aunt three days a "
    "week, and they have bruises.",
    # what money was spent on is no place
    "The school is worried about Alfie (8). Dad has stopped taking his tablets. He has been up for nights on "
    "end, has spent the food money on a second-hand car, and screams at Alfie.",
    # what is left of a child's name that is a day is no time
    "Concerns re Mum's drinking. Baby Friday is not being fed on time and is losing weight.",
])
def test_no_when_or_where(engine, text):
    assert _present(engine, text, "worry", "context") is False


@pytest.mark.parametrize("text", [
    "The school is worried about Leo (6). Since Mum left, Dad has shouted at Leo every night.",
    "The school is worried about Leo (6). Dad has hit Leo since October.",
    "The school is worried about Leo (6). Dad drinks three nights a week in the pub and comes home shouting at Leo.",
    "The school nurse is worried about Jade (14). On 3 March Dad, who is 42, locked Jade in her bedroom.",
])
def test_near_misses_keep_their_when_or_where(engine, text):
    assert _present(engine, text, "worry", "context") is True


# others_know, class 5: word passed on about nothing but worries or problems in general names
# nothing anyone will see or hear; word of a thing seen, said or done stays a check.
@pytest.mark.parametrize("text", [
    "Mum will stop shouting at Kai. Aunt Leona and her friend Rita will help out and will let the social "
    "worker know if they have any concerns.",
    "Dad will take Ruby to nursery each morning. Grandad Vic will support him "
    "and will let the health visitor know of any problems over the summer.",
])
def test_word_of_worries_in_general_is_no_check(engine, text):
    assert _present(engine, text, "goal", "others_know") is False


@pytest.mark.parametrize("text", [
    "Mum will stop shouting at Kai. Aunt Leona will let the social worker know if Kai comes to school upset.",
    "Mum will stop shouting at Kai. Kai's teacher will let Mum know how he has been each Friday.",
    "Mum will stop shouting at Kai. Aunt Leona will tell the social worker if she hears shouting.",
])
def test_word_of_a_thing_seen_is_still_a_check(engine, text):
    assert _present(engine, text, "goal", "others_know") is True
