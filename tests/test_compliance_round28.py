"""Round 28 (compliance28): service compliance and absence of harm, by class (sos_lint/checks/compliance28.py).

Every case is written for this file. Each class has statements that must be flagged and near misses
that must stay silent.
"""
from __future__ import annotations

import pytest

from sos_lint.api import check


def _spans(text: str, kind: str, code: str) -> list[str]:
    report = check(text, kind)
    return [text[f.start:f.end] for f in report.findings if f.code == code]


# ---- worries: how the family met a service, said as the worry (SOS511) ----
WORRY_FIRES = [
    # an engagement verb turned round: "not", a head of failing or refusing, an unwilling adjective
    ("Since the spring Dad has not engaged with the alcohol service and he drinks before the school run.", "not engaged with"),
    ("Mum has been refusing to engage with the housing team, and the boys sleep on a mattress on the floor.", "refusing to engage with"),
    ("Mr Pryce seems reluctant to cooperate with the early help worker.", "reluctant to cooperate with"),
    ("Mum is not working with the family hub process.", "not working with"),
    # disengaging, by its own meaning
    ("Gran has disengaged from the kinship support team since March.", "disengaged from"),
    # a service's offer turned down or not used
    ("Mum and Dad turned down the parenting course the school offered.", "turned down the parenting course"),
    ("Dad has not taken up the offer of counselling.", "not taken up the offer"),
    # attending a service's thing, turned round
    ("Mr Lewis failed to attend the last two core group meetings.", "failed to attend"),
    # the adult's own appointments (not the child's)
    ("Ms Reid is 32 weeks pregnant. She did not attend her last three antenatal appointments.", "not attend"),
    # the nouns and adjectives of compliance
    ("There has been poor engagement from Mum since June.", "poor engagement"),
    ("Dad is non-compliant with his epilepsy medication, and he has had two fits while carrying Rosie.", "non-compliant with his epilepsy medication"),
    # a service set as what the worry needs
    ("Mum would benefit from a course on managing anger.", "benefit from a course"),
    # plans agreed with services not kept; a worker not answered
    ("Dad has not stuck to the written agreement.", "not stuck to"),
    ("Mum has not replied to the health visitor's letters.", "not replied to"),
    # a young person's own non-engagement is told as the worry too
    ("Kai (15) is going missing at weekends and is not engaging with the youth justice team.", "not engaging with"),
]


@pytest.mark.parametrize("text,words", WORRY_FIRES)
def test_worry_compliance_fires(text, words):
    found = _spans(text, "worry", "SOS511")
    assert any(words in span or span in words for span in found), found


WORRY_SILENT = [
    # the child's own appointments and school: what the adults did not do for the child
    "Mum has missed four of Ellie's asthma clinic appointments, and Ellie was admitted twice in May.",
    "Ruby (9) has missed 22 days of school this term to look after her baby brother.",
    "Leo has not attended school since half term.",
    "Mum did not attend Kai's last two eye appointments, and his glasses have been broken since June.",
    # the same words said as a strength
    "Mum has engaged well with the health visitor, but Noah still sleeps on the sofa with Dad.",
    # engaged to be married; engaged in a behaviour
    "Mum and her partner Lee got engaged at Christmas, and since then Lee has shouted at Amber most evenings.",
    # attending to fetch the child, and a place
    "Mum was rung at 11pm but did not attend to collect Jay from the police station.",
    "Dean has bail conditions not to attend the address, but he was seen there on Saturday.",
    # answering a family member, responding to the child
    "Dad did not answer Mum's calls and brought Amelia back three hours late.",
    "Mum did not respond to Ivy when she cried for two hours in her cot.",
    # not getting help is the adult's own need, said with the harm to the child
    "If Mum does not get help on the days she is low, Jordan will keep missing school to look after her.",
    # a worker's own inability, and a parent's own words in quotes
    "Dad told us, \"I won't engage with any of you,\" and on 3 May he hit Sam with a belt.",
]


@pytest.mark.parametrize("text", WORRY_SILENT)
def test_worry_compliance_near_misses_silent(text):
    assert _spans(text, "worry", "SOS511") == []


def test_worry_compliance_leaves_service_names_out_of_the_span():
    found = _spans("Dad has not engaged with Step Forward and drinks every evening.", "worry", "SOS511")
    assert found and all("Step Forward" not in span for span in found)


def test_worry_compliance_is_a_warning_with_worry_advice():
    report = check("Mum has not engaged with the parenting offer, and Jade goes to school hungry.", "worry")
    finding = next(f for f in report.findings if f.code == "SOS511")
    assert finding.severity == "warning"
    assert "what happened to" in finding.message and "Jade" in finding.message


# ---- goals: a worker's plan or advice followed, set as the goal (SOS511) ----
def test_goal_worker_plan_followed_fires():
    assert any("follow the paediatrician's feeding plan" in s for s in _spans(
        "Mum and Dad will follow the paediatrician's feeding plan and make sure Noor gains weight.", "goal", "SOS511"))
    assert any("as advised" in s for s in _spans(
        "Dad to use strategies as advised by professionals.", "goal", "SOS511"))


@pytest.mark.parametrize("text", [
    # the plan done with the child, how often: the everyday action itself
    "Dad will follow the physiotherapist's stretching plan with Milo for ten minutes every evening, and Nan will do it on Sundays.",
    # the child's own plan, spelt out after a colon
    "When Zara says her chest hurts, you will follow Zara's asthma plan: give her two puffs of the blue inhaler and ring 111 if she is no better.",
    # a plan the family made with their network
    "Mum will stick to the bedtime routine she agreed with Nan, and Nan will ring at 7pm to say goodnight to Leo.",
])
def test_goal_plan_near_misses_silent(text):
    assert _spans(text, "goal", "SOS511") == []


def test_goal_worker_acronym_kept_informed():
    assert any("keep the SSW informed" in s for s in _spans(
        "Carers will keep the SSW informed of any incidents.", "goal", "SOS511"))
    assert _spans("Carers will keep Nan informed about where Bo is.", "goal", "SOS511") == []


# ---- goals: a child's hardship promised to end, "will no longer" (SOS512) ----
@pytest.mark.parametrize("text,words", [
    ("Theo will no longer miss school because of Dad's drinking.", "will no longer miss school"),
    ("The twins will no longer have to cook their own tea.", "will no longer have to cook"),
])
def test_no_longer_fires(text, words):
    assert any(words in s for s in _spans(text, "goal", "SOS512"))


@pytest.mark.parametrize("text", [
    # what the adults will do is said beside it
    "Nan will do the big shop on Saturdays, so Ash will no longer have to carry the bags home.",
    "Theo will no longer miss school. Mum will walk him to the gate every morning at 8.30.",
    # the child spared, in the words the good sets use
    "Melody will know who is looking after her and will not have to stay up with you at night.",
    # present tense, a fact said beside the carers' help
    "From next month carers will help Mum wash and dress each morning, so Kwabena no longer has to.",
])
def test_no_longer_near_misses_silent(text):
    assert _spans(text, "goal", "SOS512") == []
