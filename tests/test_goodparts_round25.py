"""Round 25 (goodparts25, issue 11 §3 and §5): structure warnings on good statements that said a
part was missing when it was plainly there. Each class has cases, in my own words (none taken from
a probe or a test set), that are now read present, and near misses that must stay missing."""
from __future__ import annotations

import pytest


def _present(engine, text: str, kind: str, part: str) -> bool:
    report = engine.check_many([text], [kind])[0]
    return next(c for c in report.components if c.name == part).present


# Class 1 (network): a helper named earlier in the same long sentence as "if this doesn't happen".
# Only the words from the "if" on (and the clause they hang on) are what happens if the goal fails.
@pytest.mark.parametrize("text, present", [
    ("Mum, Tia (9) needs to get to school on time. For this to happen, you will set an alarm for 7am "
     "every school day, and Auntie Rose will walk Tia in on Mondays and Fridays until Christmas; "
     "if this doesn't happen Tia will keep missing her first lesson.", True),
    ("Dad, Kieran (4) needs his teeth brushed twice a day. You will brush them with him each morning "
     "and night, with Nana Sue doing it when he sleeps at hers, for the next six months, and if this "
     "doesn't happen Kieran's teeth will keep hurting.", True),
    # "otherwise" bounds what fails by its own clause, not the whole sentence
    ("Shona, until Ben turns 10, Ben is walked to the pool by you or Uncle Ray, and the bike stays in "
     "the shed otherwise. Ben will swim safely. If this doesn't happen, Ben could drown.", True),
    # Near misses: the relative is named only in what happens if the goal is not met.
    ("Mum will take Tia (9) to school every day until Christmas, otherwise Tia will stay with Auntie "
     "Rose.", False),
    ("Mum, you will take Tia (9) to school every day until Christmas. If this doesn't happen, Tia "
     "will go to live with Auntie Rose.", False),
    ("Mum, you will take Tia (9) to school every day until Christmas, and Tia will have to stay with "
     "Auntie Rose if this doesn't happen.", False),
])
def test_a_helper_before_the_if_not_in_the_same_sentence(engine, text, present):
    assert _present(engine, text, "goal", "network") is present


# Class 2 (network): written to a parent, "your mum" who does something is the child's grandparent.
@pytest.mark.parametrize("text, present", [
    ("Kerry, you and baby Finn need calm nights. For this to happen, your mum will give Finn his "
     "late feed on weekdays, for the next three months. If this doesn't happen, Finn could be "
     "dropped when you are exhausted.", True),
    ("Dad, you will walk Ruby (6) to school every day, and your mother will collect her on Fridays, "
     "until the summer. If not, Ruby will keep missing lessons.", True),
    # Near misses: "your mum" only rung, not doing anything; a professional alone is not the network;
    # "the worker will check" is a professional finding out, not a helper from the family's life.
    ("Dad, you will ring your mum when you feel low, for the next six months. If not, Ruby (6) "
     "could see you very unwell.", False),
    ("Dad, you will walk Ruby (6) to school every day until the summer, and the health visitor "
     "will visit every fortnight. If not, Ruby will keep missing lessons.", False),
    ("Dad, you will walk Ruby (6) to school every day until the summer, and the social worker "
     "will check that she is in class. If not, Ruby will keep missing lessons.", False),
])
def test_your_mum_to_a_parent_is_the_network(engine, text, present):
    assert _present(engine, text, "goal", "network") is present


# Class 3 (future): "they"/"them" standing for two named children, with no two adults named
# together in that sentence or the one before.
@pytest.mark.parametrize("text, present", [
    ("The school nurse is worried that on 3 March Mum drove Kai (7) and Lola (5) to school after "
     "drinking wine, and clipped a lamp post. If Mum drives them after drinking again, they could "
     "be badly hurt.", True),
    ("Mrs Lee, the head teacher, is worried that Dad shouts at Kai (7) and Lola (5) every night and "
     "Kai has started to cry at school. If this goes on, they could stop feeling safe at home.", True),
    # Near misses: "they" is the adults; "at risk of significant harm" is no future harm.
    ("Mrs Lee, the head teacher, is worried that Mum and Dad shout at Kai (7) and Lola (5) every "
     "night. If Mum and Dad keep drinking, they could lose the flat.", False),
    ("Mrs Lee, the head teacher, is worried that Dad left Kai (7) and Lola (5) alone all night on "
     "3 May. Kai and Lola are at risk of significant harm.", False),
])
def test_they_as_the_children_in_the_future(engine, text, present):
    assert _present(engine, text, "worry", "future") is present


# Class 4 (future): a word read as a service step ("plan") that the child owns is the child's hope.
@pytest.mark.parametrize("text, present", [
    ("The college counsellor is worried that Dad has taken Priya's (17) passport and told her she "
     "will marry in the summer. If nothing changes, Priya could be kept abroad and she would lose "
     "her plan to study law.", True),
    # Near miss: the service's own plan is still not a harm.
    ("The college counsellor is worried that Dad has taken Priya's (17) passport. If nothing "
     "changes, Priya could be made subject to a child protection plan.", False),
])
def test_the_childs_own_plan_is_not_a_service_step(engine, text, present):
    assert _present(engine, text, "worry", "future") is present


# Class 5 (who): the model loses the subject of "… are worried" and hangs the first name on "are"
# (as if it were an adjective); a person named before the verb is still who is worried.
@pytest.mark.parametrize("text, present", [
    ("Anjali, the social worker, and Nan Pearl are worried that on Saturday evenings Mum drinks a "
     "bottle of wine at the Crown and then drives Kobe (6) home in her car.", True),
    ("Anjali, the social worker, and Grandad Vic are worried that on Friday nights Dad drinks five "
     "pints at the Plough and then drives Ellis (9) home in his truck.", True),
    # Near miss: nobody named before "worried".
    ("Very worried that on Sunday afternoons Dad drinks four or five pints at the Swan and then "
     "drives Theo (8) home in his van.", False),
])
def test_a_lost_subject_before_are_worried(engine, text, present):
    assert _present(engine, text, "worry", "who") is present
