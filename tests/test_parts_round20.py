"""Parts of a worry, round 20: impact is what the adults' behaviour did (or could do) to the NAMED
child (issue 11 §5). Two readings that put impact where there is none, each seen on several sets
and writers:

1. The worrier's own feeling. "Ward sister Grace is worried about baby Skye", "Will's mum, Victoria,
   is worried that…": the feeling word belongs to the subject of the worry clause, not to the child,
   even when the people reading takes the worrier's name for a child's.
2. "she"/"he" carrying an adult on. "Mum has been in FDAC since June. … she has missed 3 of 8 drug
   tests": with the sentence before naming an adult and no child, the pronoun is not the child,
   so what "she" did is not what the child lived through.

Every case is my own wording; the near misses keep a real impact that must still be read."""
from __future__ import annotations

import pytest


def shown(engine, text: str, part: str, kind: str = "worry") -> bool:
    report = engine.check_many([text], [kind])[0]
    return next(c for c in report.components if c.name == part).present


# 1. The worrier's feeling is not the child's impact.
@pytest.mark.parametrize("text", [
    "Nurse Hope is worried about the discharge plan for baby Rio.",
    "Ward sister Faith is concerned about going home for baby Ivy.",
    "Will's nan, Pearl, is worried that Will's dad, Ray, drinks every night.",
    "Mrs Khan, Zain's teacher, is concerned that Zain's mum keeps him off school.",
    "The health visitor is worried about baby Mabel's weight and Mum's low mood.",
    "Grace's aunt is worried that Grace's dad has a new partner nobody knows.",
    "Sam, the youth worker, is anxious about Kai and the men he meets at the park.",
    "Miss Reid is worried about Ali because his father is in prison.",
    "Hope's childminder is concerned about the number of people who stay at the flat.",
    "Dr Patel is worried about the plan for baby Noor after the ward.",
])
def test_the_worriers_feeling_is_not_impact(engine, text):
    assert not shown(engine, text, "impact")


# Near misses: the child's own feeling, or a concrete harm, stays impact.
@pytest.mark.parametrize("text", [
    "Miss Reid is worried because Ali told her he is scared to go home when Dad is drunk.",
    "The health visitor is worried that Dad shook baby Mabel on Friday and she was sick and floppy afterwards.",
    "Nurse Hope is worried because Mum left baby Rio alone in the bath and Rio swallowed bath water and was sick and floppy.",
    "Mrs Khan is worried that Zain's mum hit him with a belt and Zain has bruises on his back.",
    "Sam is worried because Dad locked Kai out overnight and Kai slept in the shed and was frightened.",
])
def test_the_childs_own_feeling_or_hurt_stays_impact(engine, text):
    assert shown(engine, text, "impact")


# 2. "she" after a sentence about an adult alone is the adult, not the child.
@pytest.mark.parametrize("text", [
    "Mum has been in rehab since June. Her test in August was positive and she has missed 3 of 8 tests. "
    "Grace (3) lives with her nan.",
    "Dad has been on probation since May. His officer says he has missed four appointments. "
    "Leo (6) lives with him.",
    "Mum has been drinking again. She has missed her keyworker sessions. Amy (4) is in foster care.",
])
def test_an_adults_pronoun_is_not_the_childs_doing(engine, text):
    assert not shown(engine, text, "impact")


# Near misses: the pronoun after a sentence naming the child is still the child.
@pytest.mark.parametrize("text", [
    "The school nurse is worried that Mr and Mrs Okoro make Tom (11) fast all day. He has lost 3kg "
    "since March and fainted in PE.",
    "Mum leaves Ella (8) alone every evening. Ella said she is scared at night and she has stopped eating.",
])
def test_the_childs_pronoun_still_counts(engine, text):
    assert shown(engine, text, "impact")
