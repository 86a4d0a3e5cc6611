"""Round 35 (r35c): parts read from the parse, by class (issue 11 §5).

- impact told as a change in the child's own days since the adults' behaviour: the child is the
  subject of a verb said as done, with a mark of change ("now", "no longer", "any more", "since",
  "started"/"stopped" doing) -- not a move, a service, a telling, or a change only looked ahead to
  (sos_lint/checks/parts/changed.py);
- context: the place of a clause an adult's act makes happen ("makes Ayla sleep in the shed") is
  the place of the adult's act, also where the tagger calls the clause's bare verb a noun; a place
  word read in the plural ("on the stairs") is a place;
- action: a goal's "find other ways to …", "learn strategies" names no act anyone could see.

Every sentence here is written for these tests (names, harms and wording not taken from any set).
"""
from __future__ import annotations

import pytest

from sos_lint.checks.base import Context
from sos_lint.checks.parts import changed
from sos_lint.checks import analysis


def check(engine, text, kind="worry"):
    return engine.check_many([text], [kind])[0]


def parts(report) -> dict:
    return {c.name: c.present for c in report.components}


def evidence(report, name) -> str:
    return next(c.evidence for c in report.components if c.name == name)


_OPENING = "The school nurse is worried that Dad throws plates at Mum most evenings. "


# --- impact: a change in the child's own days ----------------------------------------------------

@pytest.mark.parametrize("after", [
    "Since then Ottilie has started wetting the bed.",
    "Ottilie no longer plays with her friends at break.",
    "Ottilie has since pulled out clumps of her own hair.",
    "Ottilie (7) and Bram (5) have not been out of their bedroom since.",
    "Ottilie now keeps her shoes on in bed.",
])
def test_a_change_in_the_childs_days_is_impact(engine, after):
    report = check(engine, _OPENING + after)
    assert parts(report)["impact"], after
    assert after.split()[0] in evidence(report, "impact") or "Since" in evidence(report, "impact")


@pytest.mark.parametrize("after", [
    "Ottilie now lives with her grandad.",  # a move the services arranged
    "Ottilie has since told her teacher about it.",  # an account, not a change in her days
    "Ottilie has since been seen by the school nurse.",  # done to her by a professional
    "Ottilie could stop eating.",  # looked ahead to: the future, not impact
    "Mum now sleeps on the sofa.",  # an adult's change, not the child's
    "Ottilie has started at a new school.",  # a service
])
def test_near_misses_are_not_impact_by_a_change(engine, after):
    doc = next(iter(engine.parse([_OPENING + after])))
    ctx = Context(doc=doc, kind="worry", config=engine.config, lexicons=engine.lexicons)
    assert changed.changed_for_the_child(ctx, analysis.child_tokens(ctx)) is None, after


def test_change_reading_needs_a_child(engine):
    doc = next(iter(engine.parse(["The neighbours no longer speak to the family."])))
    ctx = Context(doc=doc, kind="worry", config=engine.config, lexicons=engine.lexicons)
    assert changed.changed_for_the_child(ctx, set()) is None


# --- context: the place of what an adult makes happen -------------------------------------------

@pytest.mark.parametrize("text", [
    "The youth worker is worried that Mum's partner makes Ayla sleep in the shed.",
    "The youth worker is worried that Dad lets Ayla ride her bike in the road after dark.",
    "The youth worker is worried that Mum's partner makes Ayla wait on the stairs while the family eat.",
])
def test_place_of_a_caused_clause_is_context(engine, text):
    assert parts(check(engine, text))["context"], text


@pytest.mark.parametrize("text", [
    "The youth worker is worried that Dad says Ayla is lazy at school.",  # where she is said to be lazy
    "The youth worker is worried that Dad thinks Ayla plays in the road.",  # a belief, no act
    "The youth worker is worried about the stairs in the flat.",  # a place of nothing done
])
def test_near_misses_give_no_context(engine, text):
    assert not parts(check(engine, text))["context"], text


# --- action: a way not yet named ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Dad, you need to find other ways to discipline Teodor and stop smacking him.",
    "Mum, you will learn new strategies to manage Teodor's temper.",
])
def test_finding_ways_is_no_everyday_action(engine, text):
    assert not parts(check(engine, text, "goal"))["action"], text


@pytest.mark.parametrize("text", [
    "Dad, when Teodor breaks a rule you will send him to his room for five minutes and talk it through with him "
    "afterwards.",
    "Mum will show Grandma the way she settles the baby every Sunday until June.",
])
def test_a_named_act_stays_an_action(engine, text):
    assert parts(check(engine, text, "goal"))["action"], text


@pytest.mark.parametrize("after", [
    "Ottilie has been taking money from Nan's purse since the spring.",  # when a habit began
    "Ottilie has stayed out late since she started secondary school.",  # a time clause, the child's conduct
])
def test_since_a_time_is_no_change_told(engine, after):
    doc = next(iter(engine.parse([_OPENING + after])))
    ctx = Context(doc=doc, kind="worry", config=engine.config, lexicons=engine.lexicons)
    assert changed.changed_for_the_child(ctx, analysis.child_tokens(ctx)) is None, after


def test_on_the_way_is_no_vague_object(engine):
    text = ("Dad will lay Rosa's uniform out the night before and drive her to school on his way to work, "
            "handing her to her teacher at the gate.")
    assert parts(check(engine, text, "goal"))["action"]


def test_ways_with_examples_named_stay_an_action(engine):
    text = ("Nan and Grandad will find other ways to settle Rafi at bedtime, such as a bath and a story, "
            "for the next three months.")
    assert parts(check(engine, text, "goal"))["action"]


def test_where_the_child_now_resides_is_no_change_told(engine):
    doc = next(iter(engine.parse([_OPENING + "Ottilie now resides with her aunt."])))
    ctx = Context(doc=doc, kind="worry", config=engine.config, lexicons=engine.lexicons)
    assert changed.changed_for_the_child(ctx, analysis.child_tokens(ctx)) is None
