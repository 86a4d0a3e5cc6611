"""Round 32 (review32b), from two practitioners' trials (review32 P#2, P#5, P#7; review32q Q#1, Q#5,
Q#6): who is who in advice and redaction, and families that are not Mum-and-Dad. Every sentence is
new (other names, harms and wording than their drafts), with near misses that must not change.
(A) A name that is also a modal verb ("Will", "May") with an adult's deed is an adult.
(B) A bare name that meets, collects or picks up the child a goal speaks to beside a parent is an
    adult; a child's role word set beside a named child is that child.
(C) Advice names the carers the statement has, not "Mum or Dad" whoever cares.
(D) Redaction: a capitalised word beside an apposed role, or alone as the one told or rung, is a
    name; an acronym the jargon list knows is not a place.
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from sos_lint.checks.family_shape import carers, said_with_carers
from sos_lint.people import people
from sos_lint.redact import redact


def _doc(text: str):
    return engine().nlp(text) if hasattr(engine(), "nlp") else _nlp()(text)


def _nlp():
    from sos_lint.nlp import load

    return load()


def _who(text: str):
    found = people(_nlp()(text))
    return {p.name for p in found.children}, {p.name for p in found.adults}


def _report(text: str, kind: str | None = None):
    return engine().check_document(text, kind)[0]


# ---- (A) a name that is a modal verb ------------------------------------------------------------

@pytest.mark.parametrize("text, adult", [
    ("The health visitor is worried that when May has been drinking she leaves Ellis (2) alone in the bath.", "May"),
    ("Grandad saw Will shove Mum against the fridge while Poppy (5) was in the kitchen.", "Will"),
    ("Nan is worried that Will shouts at Mum. The twins hide in the bathroom.", "Will"),
    ("Mum told the GP that Will has been verbally abusive towards her since the baby came. Ava is 1.", "Will"),
    ("Mum and Will will keep to the plan. Will will cut down his drinking and Leo (8) will feel calmer.", "Will"),
])
def test_modal_name_with_an_adults_deed_is_an_adult(text, adult):
    children, adults = _who(text)
    assert adult in adults and adult not in children


@pytest.mark.parametrize("text, child", [
    ("Will was not taken to his dental appointment in June and his tooth is now infected.", "Will"),
    ("May hid under the table when Dad shouted at Mum.", "May"),
    ("Will will tell Nan when he feels scared at night.", "Will"),
])
def test_modal_name_near_misses_stay_the_child(text, child):
    children, adults = _who(text)
    assert child in children and child not in adults


def test_modal_partner_is_not_the_child_in_advice():
    report = _report("Mum and her partner argue a lot. When Will has been drinking he slams doors and "
                     "the children hide in their room.", "worry")
    messages = " ".join(f.message + " " + (f.suggestion or "") for f in report.findings)
    assert "Try \"Will\"" not in messages and "Will will [" not in messages


# ---- (B) who meets the child; the role word beside a named child ---------------------------------

def test_worker_who_meets_the_child_spoken_to_is_an_adult():
    text = ("Tyrese, you and Mum need to feel safe when you go out at night. For this to happen, you will be "
            "home by 10pm, and Callum will collect you from the station every Friday.")
    children, adults = _who(text)
    assert "Callum" in adults and "Tyrese" in children
    report = _report(text, "goal")
    assert not any("Callum will [" in (f.suggestion or "") for f in report.findings)


@pytest.mark.parametrize("text", [
    # spoken to on their own, or as a parent word: who meets "you" may be the child
    "Dad, you will see Maisie every Saturday. Maisie will meet you at the café.",
    "Gary, you will have Maisie for tea on Sundays. Maisie will meet you at the gate.",
])
def test_meeting_near_misses(text):
    children, adults = _who(text)
    assert "Maisie" not in adults


def test_role_word_beside_a_named_child_names_that_child():
    text = ("Ruby's dad, Kevin, could not say where the children were on Friday. The young person, "
            "Leah (14), was found in a car park at 2am.")
    report = _report(text, "worry")
    said = [f for f in report.findings if f.code == "SOS402" and "young person" in report.text[f.start:f.end]]
    assert said and said[0].suggestion == "Leah" and "Try \"Leah\"" in said[0].message


def test_role_word_alone_keeps_the_usual_child():
    report = _report("The young person was found in a car park at 2am. Leah (14) said she had been with "
                     "older boys.", "worry")
    said = [f for f in report.findings if f.code == "SOS402" and "young person" in report.text[f.start:f.end]]
    assert said and said[0].suggestion == "Leah"


# ---- (C) the carers the statement names ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Grandma will take Theo to the dentist.", ("Grandma",)),
    ("Both mums argue in front of Kit.", ("both mums",)),
    ("Dad is struggling since Mum passed away last spring.", ("Dad",)),
    ("The foster carers are worried about Jade.", ("the foster carers",)),
    ("Nan, Grandad and the foster carers look after Jade.", ("the adults caring for the child",)),
])
def test_carers_named(text, expected):
    assert carers(text) == expected


def test_mum_and_dad_both_named_leaves_the_advice():
    assert carers("Mum and Dad shout at each other.") is None
    assert carers("The social worker is worried about Jade.") is None  # no carer named: nothing to put instead
    assert said_with_carers("Say what Mum or Dad will do.", "Mum and Dad shout.") == "Say what Mum or Dad will do."


@pytest.mark.parametrize("text, expected", [
    ("Say what Mum or Dad will do.", "Say what Nan will do."),
    ("Name the worker who is helping Mum after what Dad did.", "Name the worker who is helping Mum after what was done to her."),
])
def test_advice_said_of_the_carers(text, expected):
    draft = "Nan cares for Ollie. Mum lives in a refuge after her boyfriend hurt her." if "helping" in text \
        else "Nan cares for Ollie and his sister."
    assert said_with_carers(text, draft) == expected


def test_grandmother_goal_advice_names_her():
    report = _report("Grandmother to make sure the child attends all appointments and to engage with "
                     "services.", "goal")
    messages = " ".join(f.message for f in report.findings)
    assert "Mum or Dad" not in messages
    flagged = [f for f in report.findings if f.code == "SOS402" and report.text[f.start:f.end] == "Grandmother"]
    assert flagged and flagged[0].suggestion == "Nan"


def test_her_grandmother_is_not_a_report_word():
    report = _report("Leon (6) stays with his grandmother on Fridays and Mum picks him up on Saturday.", "worry")
    assert not [f for f in report.findings if f.code == "SOS402" and "grandmother" in report.text[f.start:f.end]]


def test_two_mothers_and_a_parent_said_as_what_someone_is():
    report = _report("Both mothers said they would use the help offered. Their son Arlo (12) says he has to "
                     "be the parent when they argue.", "worry")
    by_text = {report.text[f.start:f.end]: f for f in report.findings if f.code == "SOS402"}
    assert "mothers" in by_text and by_text["mothers"].suggestion == "mums"
    assert "the parent" not in by_text  # what Arlo has to be, not a name for anyone


# ---- (D) redaction -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Mum will ring Mercy straight away if Dad comes to the house. Kai (7) will stay upstairs.", "Mercy"),
    ("Kai's nan, Pearl, and Easter, the family support worker, are worried about Kai (7).", "Easter"),
    ("Zara (10) told Trinity, her learning mentor, that she is hungry at weekends.", "Trinity"),
])
def test_names_that_are_words_are_redacted(text, name):
    out = redact(text, _nlp()).text
    assert name not in out


@pytest.mark.parametrize("text, kept", [
    ("On Sunday, the social worker visited Mum and Kai (7).", "Sunday"),
    ("Mum will ring Childline if she is worried. Kai is 7.", "Childline"),
    ("The case will be escalated to ICPC if nothing changes for Kai (7).", "ICPC"),
])
def test_redaction_near_misses(text, kept):
    out = redact(text, _nlp()).text
    assert kept in out


def test_parents_keep_the_usual_advice():
    # "Parents to …" names a mother and a father: the usual "Mum or Dad" stands
    assert carers("Parents to keep the kitchen clean for Esme.") is None
    assert said_with_carers("Say what Mum or Dad will do.", "Both parents will stop shouting.") == "Say what Mum or Dad will do."
    # but no Dad is named: the harm is not said to be his
    assert said_with_carers("Name the worker who is helping Mum after what Dad did.",
                            "Both parents argue. Mother has not met the IDVA.") == \
        "Name the worker who is helping Mum after what was done to her."


# ---- (E) going to one's own appointments said as when the network acts --------------------------

def _compliance(text: str):
    report = _report(text, "goal")
    return [report.text[f.start:f.end] for f in report.findings if f.code == "SOS511"]


@pytest.mark.parametrize("text", [
    "Your sister will take Ava (3) to nursery on the days you go to your counselling sessions, and you will "
    "read with Ava every night.",
    "Uncle Sam will stay with Ivo (6) on the evenings you are at your physio appointments, and you will cook "
    "his tea at 5pm.",
    "Nan will have Kai (4) while Mum is at her clinic appointments, and Mum will cook tea every night.",
])
def test_service_said_as_when_the_network_acts(text):
    assert _compliance(text) == []


@pytest.mark.parametrize("text", [
    "Mum will attend the parenting course every Tuesday while Nan has the children.",
    "Dad will go to his AA meetings when he feels like drinking.",
])
def test_service_as_the_goal_is_still_flagged(text):
    assert _compliance(text)
