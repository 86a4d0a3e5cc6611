"""Round 41 (r41b), false alarms on good writing and one reading of the advice. Every sentence is new
(other names, harms and wording than the sets); each class has cases that must stay quiet and near
misses that must still be flagged.

(1) (Tried and taken out: SOS202 quiet where an adult is the subject of an active deed in a clause
    joined to the child's-side passive. It quietened one must-not mark in the open sets and
    contradicted round 40's kept near miss "Dad went to the pub, and Tomasz (3) was left alone…".)
(2) SOS301 on a label inside what could be done to the child ("could be charged with a serious
    offence", "made dependent on drugs"): no adult's deed to describe. Near misses: the same of an
    adult, a label the child could see or suffer, a guess about now or the past.
(2b) SOS302 "show that" said of a record, a reading or a test ("his school records show that he
    has missed 30 days") reports evidence; a person asked to "show" or "demonstrate" that they can
    or understand something is still asked for proof.
(3) The DASH advice says one thing: message and suggestion both say to leave out the checklist and
    what was disclosed (the suggestion used to say "Say what Mum told you").
(4) The advice stage: legal_advice reads "a harm someone denies" from the span, not from the words
    advice_fit wrote; the advice a denied act gets is unchanged.
"""
import pytest

from sos_lint.api import engine as shared_engine


@pytest.fixture(scope="module")
def engine():
    return shared_engine()


def _findings(engine, text, kind, code):
    report = engine.check_many([text], [kind])[0]
    return [f for f in report.findings if f.code == code]


def _on(engine, text, kind, code):
    return [(f.severity, text[f.start:f.end]) for f in _findings(engine, text, kind, code)]


# --- (2) SOS301: a label in what could be done to the child --------------------------------------------
QUIET_OUTCOMES = [
    "The youth worker is worried about Kyle, who is 16. If this goes on, Kyle could be arrested and charged with "
    "a serious offence, or be badly hurt.",
    "The school nurse is worried about Jess, who is 15. If nothing changes, Jess could be raped, made dependent "
    "on drugs, or taken to other cities.",
]


@pytest.mark.parametrize("text", QUIET_OUTCOMES)
def test_a_possible_outcome_for_the_child_is_not_a_label(engine, text):
    assert _on(engine, text, "worry", "SOS301") == []


FLAGGED_LABELS = [
    ("The teacher is worried that Dad could be charged with a serious offence.", "serious offence"),
    ("The teacher is worried about Ava, who is 6. If nothing changes, Ava could see more domestic violence at "
     "home.", "domestic violence"),
    ("The teacher is worried about Ava, who is 6. If nothing changes, Ava could suffer neglect.", "neglect"),
    ("The teacher is worried about Ava, who is 6. Ava told her teacher this might be domestic violence.",
     "domestic violence"),
    ("The nurse is worried that Blessing (11) may have been subjected to a harmful cultural practice.",
     "harmful cultural practice"),
    ("The teacher is worried about Ava, who is 6, because there is domestic violence at home.",
     "domestic violence"),
]


@pytest.mark.parametrize("text, words", FLAGGED_LABELS)
def test_a_label_on_an_adult_or_a_guess_is_still_flagged(engine, text, words):
    assert ("warning", words) in _on(engine, text, "worry", "SOS301")


# --- (2b) SOS302: a thing that shows -----------------------------------------------------------------------
QUIET_SHOWING = [
    ("worry", "Dr Patel is worried about Noah, who is 9. The readings from his blood sugar meter show that on most "
              "mornings he has had no insulin before school."),
    ("worry", "The nurse is worried about Noah, who is 9. His school records show that he has missed 30 days this "
              "term."),
    ("worry", "The nurse is worried about Noah, who is 9. The hospital scan showed that he had two healing "
              "fractures."),
]


@pytest.mark.parametrize("kind, text", QUIET_SHOWING)
def test_a_record_that_shows_is_evidence_not_a_demand(engine, kind, text):
    assert [w for _, w in _on(engine, text, kind, "SOS302") if w.startswith("show")] == []


FLAGGED_SHOWING = [
    ("Dad will show that he understands the impact of his drinking.", "show that"),
    ("The parents will show that they have insight.", "show that"),
    ("Mum and Dad, before the baby is born you need to show that you can feed and settle a newborn without "
     "using cannabis.", "show that"),
]


@pytest.mark.parametrize("text, words", FLAGGED_SHOWING)
def test_a_person_asked_to_show_is_still_asked_for_proof(engine, text, words):
    assert ("warning", words) in _on(engine, text, "goal", "SOS302")


# --- (3) DASH: one reading ---------------------------------------------------------------------------------
DASH_WORRIES = [
    "Dad hit Mum in the kitchen on 3 May while Ava (4) watched. A DASH was completed and scored high.",
    "The police completed a DASH with Mum after Dad pushed her down the stairs in front of Leo, who is 2.",
    "The social worker is worried because Grandad kicked Nan on 2 March while Theo (7) hid, and the DASH risk "
    "assessment came out high.",
]


@pytest.mark.parametrize("text", DASH_WORRIES)
def test_the_dash_advice_says_one_thing(engine, text):
    found = [f for f in _findings(engine, text, "worry", "SOS102") if "DASH" in text[f.start:f.end]]
    assert found
    for f in found:
        for said in (f.message, f.suggestion):
            assert "told you" not in said
            assert "do not repeat what was disclosed" in said


def test_the_dash_advice_in_a_goal_asks_what_the_adults_will_do(engine):
    text = "Mum and Dad, we want Ava to be safe. The DASH checklist will be looked at again in June."
    found = [f for f in _findings(engine, text, "goal", "SOS102") if "DASH" in text[f.start:f.end]]
    assert found and all("what the adults will do" in f.message for f in found)


# --- (4) the advice stage: a denied act, read from the span --------------------------------------------------
def test_a_denied_act_keeps_the_denial_advice(engine):
    from sos_lint.checks.advice_fit import DENIAL_ASK

    text = "The social worker is worried about Isla, who is 5. Dad denies physically abusing Isla."
    found = [f for f in _findings(engine, text, "worry", "SOS301") if "abusing" in text[f.start:f.end]]
    assert found
    for f in found:
        assert DENIAL_ASK in f.message
        assert "is written as a finding" not in f.message


def test_an_act_denied_in_the_next_sentence_is_written_as_a_finding(engine):
    text = "The social worker is worried about Isla, who is 5. Dad physically abused Isla on 3 May. He denies this."
    found = [f for f in _findings(engine, text, "worry", "SOS301") if "abused" in text[f.start:f.end]]
    assert found
    for f in found:
        assert "is written as a finding, but someone here denies it" in f.message
        assert f.suggestion.endswith("[who] denies this")
