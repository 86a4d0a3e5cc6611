"""What the adults did (issue 11 §5, round 17): an adult's deed read from the parse where the model
hides the doer (sos_lint/checks/parts/deeds.py). Wordings of my own, written before the code, not
taken from a probe set; each reading has near misses that must not count as behaviour."""
from __future__ import annotations

import pytest


def _part(engine, text, name="behaviour", kind="worry"):
    report = engine.check_many([text], [kind])[0]
    return next(c for c in report.components if c.name == name)


@pytest.mark.parametrize("text, present", [
    # The passive's agent hung on its complement: the adult who made the child do it.
    ("Kai (8) was told to get out of the car by Dad on the motorway.", True),
    ("Leah (14) was made to sleep in the shed by her stepmum last winter.", True),
    ("Sam (15) was ordered to leave the house by his father on 2 February.", True),
    # A professional's request is not the family's behaviour.
    ("Leah (14) was asked to leave the class by her teacher on Monday.", False),
    ("Kai (8) was told to wait in reception by the social worker.", False),
])
def test_a_passive_doer_on_the_complement(engine, text, present):
    assert _part(engine, text).present is present


@pytest.mark.parametrize("text, present", [
    # The clause names the child by the other pronoun: "he" is the adult named before.
    # No man in the family named before "he": nobody the deed can be read as an adult's.
    ("Ellie's gran is worried. When Ellie asked for tea, he threw her plate at the wall.", False),
    ("Ellie (6) lives with her dad. When Ellie asked for tea, he threw her plate at the wall.", True),
    ("Tom (5) lives with his mum. When Tom cried, she locked him in his room.", True),
    # No other pronoun for the child in the clause: "she" is the child.
    ("When Ellie's dad came in, she hid under her bed.", False),
    ("Tom (5) lives with his mum. When Tom cried, he hid in his room.", False),
])
def test_a_pronoun_that_cannot_be_the_child(engine, text, present):
    assert _part(engine, text).present is present


@pytest.mark.parametrize("text, present", [
    # An order the child must follow, said with "insist".
    ("Nan insists that Lily eats her dinner in the garden.", True),
    ("Mr and Mrs Patel insist Arjun (10) studies until midnight every night.", True),
    # An account of the past, or a claim about a state, is not a deed.
    ("Mum insists Arjun fell off his bike.", False),
    ("Dad insists Sonny is fine.", False),
    ("Mum insists that Lily has been eating well.", False),
])
def test_an_order_to_the_child(engine, text, present):
    assert _part(engine, text).present is present


@pytest.mark.parametrize("text, present", [
    # The adult run into a heading before the verb.
    ("Duty contact 10:05 — anon caller states uncle makes Rio (7) sleep on the landing.", True),
    # No adult before the verb: the heading's reporter, or a thing.
    ("Duty contact 10:05 — school nurse reports Mia (4) has head lice.", False),
    ("Duty contact 10:05 — Mum's drinking makes Rio (7) scared.", False),
])
def test_an_adult_run_into_a_heading(engine, text, present):
    assert _part(engine, text).present is present


@pytest.mark.parametrize("text, present", [
    # A verb the model joined to a noun of the adult's clause keeps the adult as its subject.
    ("Mrs Kerr is worried that since Nan died in May, Dad has been in bed most of the day and drinking in the "
     "evenings.", True),
    # A state joined on, or the child's own day, is no deed of the adults.
    ("Mrs Kerr is worried about Zion (2). His mum, Shanice, is depressed and struggling.", False),
    ("Kai (9) spends most of the day in his room and gaming at night.", False),
])
def test_a_verb_joined_to_a_noun(engine, text, present):
    assert _part(engine, text).present is present


@pytest.mark.parametrize("text, present", [
    # What an adult has or owes is a state.
    ("Precious (7) is scared. Dad owes money to a loan shark.", False),
    ("Mum owns three dogs and Ava (2) is often alone with them.", False),
    # Taking or spending money is a deed.
    ("Dad took money from Ava's (12) savings account to pay the men.", True),
])
def test_having_is_no_deed(engine, text, present):
    assert _part(engine, text).present is present


@pytest.mark.parametrize("text, present", [
    # An adult's "see" or "check" in a goal is how the adult keeps watch, not what the child lives.
    ("Nan will visit twice a week to see how Kai (3) is.", False),
    ("Dad will check on Kai (3) every night at 11pm.", False),
    # The child's own seeing is the child's day.
    ("Kai will see his dad every Saturday at the contact centre.", True),
])
def test_an_adults_look_is_not_the_childs_experience(engine, text, present):
    assert _part(engine, text, name="experience", kind="goal").present is present
