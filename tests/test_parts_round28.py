"""Round 28 (issue 11 §5): parts shown present or missing against what a careful supervisor would
say, by classes read from the parse. Wordings are my own (not taken from any probe set): cases the
class mends, and near misses that must stay as they were."""
from __future__ import annotations

import pytest

from sos_lint.checks.base import Context  # noqa: F401  (the engine fixture builds contexts)


def _present(engine, text: str, kind: str, part: str) -> bool:
    report = engine.check_many([text], [kind])[0]
    return next(c for c in report.components if c.name == part).present


# experience, class 1: the child the goal is for, where the people reading may take the child for
# an adult (a child named among those the goal speaks to). The name the family wants something for
# ("want Rosie back at school", "need Milo to be able to…"), or what the plan is for ("so that Kit
# can stay with you"), is the child's when the child is then the subject of a moment of their day.
@pytest.mark.parametrize("text", [
    "Rosie, Mum and Dad, you all want Rosie back at school and laughing with her mates again. Mum and Dad, "
    "every evening you will sit with Rosie after tea and ask how her day went. Mr Ellery will see Rosie "
    "every Tuesday. Rosie will feel listened to and not blamed.",
    "Milo, Dad and Gran, you need Milo to be able to use his games console without strangers messaging "
    "him. Dad, you and Milo will set up the privacy settings together on Saturday. Milo will feel safe "
    "online and know his dad will listen first.",
    "Aunt Bea, you are doing a lovely job caring for Kit. So that Kit can stay with you, your neighbour "
    "will do the school run on Tuesdays. Kit will get to school on time and know that Aunt Bea is not "
    "on her own.",
])
def test_the_child_the_goal_is_for(engine, text):
    assert _present(engine, text, "goal", "experience") is True


@pytest.mark.parametrize("text", [
    # A role word, not a name: "so that Mum is free" wants nothing of a child's day.
    "Dad will stay at his brother's flat on Friday nights when he wants a drink, so that Mum is free to "
    "take the children out. Auntie Sue will ring Mum every Monday.",
    # Wanting an adult to act: no child's day said.
    "Mum, you need Gary to stop drinking before he picks the children up. Gary will go to his AA group "
    "on Tuesdays.",
])
def test_the_child_the_goal_is_for_near_misses(engine, text):
    assert _present(engine, text, "goal", "experience") is False


# experience, class 2: a role word naming an adult ("your friend Marcia", "your neighbour") and a
# word in an "until" clause (when the plan ends) are not what the child will live. Near misses: the
# child's own friends, and two clauses the model runs together after "until … will".
@pytest.mark.parametrize("text, present", [
    ("Jodie, when you go out at night you will leave Theo and Alfie with your mum or your friend Marcia, "
     "not with Kian, who is only 11.", False),
    ("Sam and Priya, from now until Ada starts school you will keep the bleach and the tablets in the high "
     "cupboard with the lock on.", False),
    # Near misses: these stay present.
    ("Mum will walk Theo to school every day. Theo will play football with his friends at lunch.", True),
    ("Grandma, you will fetch Theo from school every Thursday until Easter and Theo will have tea at your "
     "house and feel looked after.", True),
])
def test_a_named_adult_and_an_until_clause(engine, text, present):
    assert _present(engine, text, "goal", "experience") is present


# experience, class 3: a child knowing what to do "if Mum seems poorly" is what the child knows,
# not a condition on the sentence; "will keep up with X and get to do Y" shares its head's "will".
@pytest.mark.parametrize("text, present", [
    ("When Mum feels unwell she will ring Aunt Hana, who will come and stay. Noor and Sami will always "
     "have an adult looking after them and will know who to call if Mum seems unwell.", True),
    ("Dad will walk Evie and Ben to school each morning. Evie and Ben will keep up with their spelling "
     "and get to play netball with their friends at break.", True),
    # Near miss: what happens if Dad drinks is a consequence, not the children's day.
    ("Dad will walk Evie and Ben to school each morning. If Dad drinks, Evie and Ben will need to stay "
     "with Nan.", False),
])
def test_what_the_child_knows_and_joined_verbs(engine, text, present):
    assert _present(engine, text, "goal", "experience") is present


# context: a day named on what happened to the child, or on what a professional saw of the family.
# Near misses: a bare month, a day that comes round, a process step, a seen adult with nothing seen.
@pytest.mark.parametrize("text, present", [
    ("Dr Shah is worried because Ruby (3 months) was brought in on 14 November with a broken arm and "
     "nobody has said how it happened.", True),
    ("The LA is worried about how Tanya parents Jack. On 9 April the health visitor saw Tanya leave Jack "
     "alone on the changing table and walk out of the room.", True),
    ("I am the health visitor and I am worried about baby Nell. When I called on 2 and 9 May, Nell was "
     "still in the nappy from the day before.", True),
    # Near misses
    ("The school is worried about Kai (12), who moved to Westfield Academy in January after being "
     "excluded. Kai is at risk of exploitation.", False),
    ("Dear Duty Team, I saw Mr Okoro at the surgery on 4 June. He has a long history of psychosis. "
     "I am worried about the children.", False),
    ("The school is worried about Lacey (13), whose attendance has fallen this term. She has missed "
     "every Friday since half term.", False),
])
def test_a_day_seen(engine, text, present):
    assert _present(engine, text, "worry", "context") is present


# if_not, class 1: a formal or statutory step by the services after an if-clause that says the goal
# is not met or the worry goes on. Near miss: a day's hitch.
@pytest.mark.parametrize("text, present", [
    ("Mum will walk Zara to school every day. If Zara is still missing lessons by half term, the school "
     "will invite you to a formal attendance meeting.", True),
    ("Mum will walk Zara to school every day. If her attendance falls below 90% again, the school will "
     "start the formal attendance process.", True),
    ("Mum will walk Zara to school every day. If Zara is late, the school will ring Mum and hold a "
     "formal chat.", False),
])
def test_a_formal_step(engine, text, present):
    assert _present(engine, text, "goal", "if_not") is present


# if_not, class 2: the workers call a meeting after the plan slips back or a safeguard is switched
# off; the child may need to stay elsewhere after an adult's doing; the child's time moved to a
# relative by the workers; "If no progress…, case to be stepped up". Near misses: the family's own
# step for the evening, a meeting with no lapse, a child's contingency.
@pytest.mark.parametrize("text, present", [
    ("Kerry, you will keep the kitchen clear and wash the bedding every Sunday. If it slips back, we'll "
     "meet with you, your sister and the school to work out what more help you need.", True),
    ("You will set up parental controls on Leo's tablet this week. If the controls get turned off, we'll "
     "call a family meeting to agree who else can help keep Leo safe online.", True),
    ("You will both stay sober when caring for Rae. If either of you is drinking while caring for Rae, "
     "she may need to stay with her nan while we work out what happens next.", True),
    ("Mark, you will not smack Leo. If Leo is hurt again, we'll talk together about him spending more "
     "time with his aunt while you get more help.", True),
    ("Parents to keep the home clean. If no progress by the review, case to be stepped up to social care.",
     True),
    # Near misses
    ("You will set up parental controls on Leo's tablet this week. If you are worried, we'll call a "
     "family meeting.", False),
    ("If you have been drinking, you will go to your sister's and Rae will stay with her nan.", False),
    ("If Rae feels poorly at school, she may need to stay with her nan that afternoon.", False),
])
def test_the_plan_lapses(engine, text, present):
    assert _present(engine, text, "goal", "if_not") is present


# context, class 2: a time of the year or a place on an act done to the child by anyone who is not a
# professional (the doer may be an older cousin the people reading does not take for an adult).
# Near misses: a professional seeing the child there, and the child's own doing.
@pytest.mark.parametrize("text, present", [
    ("Ms Reid, Year 9 lead, is worried about Sami, 13. Over the Christmas holidays Sami's older cousin Jay "
     "showed him knife videos in Jay's bedroom, and Sami now talks about carrying a blade.", True),
    # Near misses
    ("Ms Reid is worried about Sami, 13. The school nurse saw Sami in the medical room and he talks about "
     "carrying a blade.", False),
    ("Ms Reid is worried about Sami, 13. On Monday Sami came into class crying and talks about carrying "
     "a blade.", False),
])
def test_where_it_was_done_to_the_child(engine, text, present):
    assert _present(engine, text, "worry", "context") is present
