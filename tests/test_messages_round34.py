"""Round 34 (r34c): what a finding says fits the statement it is said of.

Classes (review34 P#1, P#6, P#8; review34d D#3, D#4, D#10), each with cases that should change and
near misses that should not, in sentences written for these tests:
- an example names no harm (drink, drugs, violence, burns) the statement does not mention;
- an example carries no date, and a fill-in that tells of a family is shown as another family's;
- advice on a harm the statement says did not happen asks whether the sentence is needed, not for
  the harm's details; a harm someone denies asks who says it happened;
- "allegation" advice asks who made it, not what the child said;
- the arrow says the swap the message names; the domestic abuse goal advice speaks of the harm, not
  of arguments; "subject to" a harm is asked about as a harm, not as a plan.
"""
import pytest

from sos_lint.api import check
from sos_lint.checks.advice_fit import (DENIAL_ASK, NEGATION_ASK, _another_family, fitted_advice,
                                        harm_absent, negated_harm_span)

HARM_WORDS = ("drink", "alcohol", "drug", "slurred", "hit ", "violen", "burn")


def _findings(text, kind="worry", codes=None):
    report = check(text, kind)
    return [f for f in report.findings if codes is None or f.code in codes]


def _said(finding):
    return finding.message + " " + (finding.suggestion or "")


# ---- examples name no harm the statement lacks ----

@pytest.mark.parametrize("example, statement, absent", [
    ("for example slurred words or the smell of alcohol", "Gran seems sad and stays in her room.", True),
    ("for example \"when Uncle Joe has had a few beers\"", "Tia (7) misses breakfast most days.", True),
    ("for example took him to buy cannabis", "Kian (15) stays out late with older boys.", True),
    ("for example Dad slapped Mum in the kitchen", "The flat is cold and there is no food.", True),
    ("for example \"Sami could be burned\"", "Sami (2) is at risk of significant harm.", True),
    # near misses: the statement speaks of the harm itself
    ("for example slurred words or the smell of alcohol", "Gran had been drinking vodka at lunch.", False),
    ("for example took him to buy cannabis", "Kian (15) is given drugs by older boys.", False),
    ("for example Dad slapped Mum in the kitchen", "Tia (7) hears Dad hitting Mum at night.", False),
    ("for example \"Sami could be burned\"", "Sami (2) plays near the hot oven.", False),
    ("for example what Gran said", "Gran seems sad and stays in her room.", False),
])
def test_harm_absent(example, statement, absent):
    assert harm_absent(example, statement) is absent


def test_example_items_naming_an_absent_harm_are_cut():
    advice = "Say what made you think so, for example slurred words, the smell of alcohol, or what they said."
    out = fitted_advice(advice, "Grandad is withdrawn since the funeral and Cody (5) plays alone.")
    assert "alcohol" not in out and "slurred" not in out
    assert "what they said" in out and out.startswith("Say what made you think so")


def test_example_wholly_about_an_absent_harm_goes():
    advice = "When or where? For example \"when Stepmum has been drinking\"."
    out = fitted_advice(advice, "Lola (9) is left alone after school.")
    assert "drinking" not in out and "example" not in out and out.startswith("When or where?")


def test_example_kept_where_the_statement_has_the_harm():
    advice = "When or where? For example \"when Stepmum has been drinking\"."
    statement = "Stepmum drinks wine every evening and Lola (9) puts herself to bed."
    assert fitted_advice(advice, statement) == advice


def test_when_or_where_advice_suggests_no_drinking():
    text = "The teacher is worried that Priya (6) is hungry and tired."
    found = _findings(text, codes={"SOS504"})
    assert found
    for f in found:
        assert not any(w in _said(f).lower() for w in HARM_WORDS), _said(f)
        assert "[" not in f.suggestion  # shown as an example, not a fill-in


def test_impression_advice_does_not_point_to_alcohol():
    text = "The social worker says Grandad seemed withdrawn when Cody (5) was with him on Monday."
    for f in _findings(text):
        assert "alcohol" not in _said(f).lower() and "slurred" not in _said(f).lower(), _said(f)


def test_no_advice_names_drink_on_a_statement_without_it():
    text = ("The health visitor is worried because Bo (1) has had a rash for three weeks and Mum has not "
            "taken him to the doctor. Mum says she has been low in mood.")
    for f in _findings(text):
        assert "drinking" not in _said(f).lower() and "alcohol" not in _said(f).lower(), (f.code, _said(f))


# ---- examples carry no date; a fill-in of a family's facts is another family's ----

def test_example_dates_are_cut():
    advice = "Say what did not happen, for example \"Uncle Sam did not collect [name] on 7 and 8 June\"."
    out = fitted_advice(advice, "Uncle Sam fails to collect Noor (6) from school.")
    assert "June" not in out and not any(ch.isdigit() for ch in out)
    assert "in another family" in out and "did not collect" in out


def test_example_that_is_only_a_date_goes():
    out = fitted_advice("Say by when, for example \"by 12 April\".", "Dad will move out.")
    assert "April" not in out and "12" not in out and out.startswith("Say by when")


def test_example_without_a_date_is_left_alone():
    advice = "Say who will help, for example \"Nan will have Kai on Friday nights\"."
    assert fitted_advice(advice, "Mum needs a break.") == advice


def test_fill_in_that_tells_of_a_family_becomes_another_familys():
    advice = 'Say what Dad will do, e.g. "[Dad will walk Zara to school each morning]".'
    out = _another_family(advice, ["zara"])
    assert "[" not in out and "Zara" not in out
    assert 'for example, in another family: "Dad will walk the child to school each morning"' in out


def test_fill_in_frame_is_kept():
    advice = 'Who is worried? e.g. "[the social worker and Zara\'s teacher] are worried that …"'
    assert _another_family(advice, ["zara"]) == advice
    assert _another_family('Who will help? e.g. "[Nan] will [what she will do]"', []) == \
        'Who will help? e.g. "[Nan] will [what she will do]"'


def test_no_shown_advice_carries_a_dated_example():
    text = "Mum has failed to give Ayo (4) his inhaler and is difficult to work with."
    assert {f.code for f in _findings(text)} >= {"SOS305"}
    for f in _findings(text):
        said = _said(f)
        for month in ("May", "June", "March"):
            assert f" {month}" not in said, (f.code, said)


def test_unkempt_advice_invents_nothing():
    found = [f for f in _findings("Ayo (4) was unkempt at nursery on Tuesday.", codes={"SOS302"}) if "unkempt" in f.message]
    assert found
    for f in found:
        assert "torn" not in _said(f) and "matted" not in _said(f)


# ---- a harm the statement says did not happen ----

@pytest.mark.parametrize("text, words, negated", [
    ("There is no evidence that Milo (2) has been harmed.", "has been harmed", True),
    ("The school nurse saw no injuries on Tariq's arms.", "injuries", True),
    ("Stepdad did not use drugs while he looked after Ellie.", "drugs", True),
    ("Kofi has not made any disclosure to his teacher.", "disclosure", True),
    ("A child protection enquiry was not started for Rhys.", "enquiry", True),
    ("Mr Doyle denies the allegation about Ms Kaur.", "allegation", True),
    # near misses: the harm happened, or the adult did not keep the child from it
    ("Stepdad used drugs while he looked after Ellie.", "drugs", False),
    ("The school nurse saw injuries on Tariq's arms.", "injuries", False),
    ("Nan did not protect Rhys from the violence at home.", "violence", False),
    ("Mum did not seek help for the injury to Kofi's hand.", "injury", False),
    ("Kofi made a disclosure to his teacher.", "disclosure", False),
])
def test_negated_harm_span(engine, text, words, negated):
    doc = engine.nlp(text)
    start = text.index(words)
    assert negated_harm_span(doc, start, start + len(words)) is negated


def test_whole_sentence_findings_are_not_taken_for_the_harm(engine):
    text = "Stepdad did not use drugs while he looked after Ellie."
    assert negated_harm_span(engine.nlp(text), 0, len(text)) is False


def test_advice_under_a_negation_does_not_ask_to_describe_the_harm():
    text = "There is no evidence that Milo (2) has been harmed. Kofi (8) has not made any disclosure."
    touched = [f for f in _findings(text) if NEGATION_ASK in f.message]
    assert {text[f.start:f.end] for f in touched} >= {"has been harmed", "disclosure"}
    for f in touched:
        assert "who did this" not in _said(f).lower() and "who told whom" not in _said(f).lower()
        assert "[" not in (f.suggestion or "")


def test_jargon_under_a_negation_keeps_its_diagnosis():
    text = "A child protection enquiry was not started for Rhys (5)."
    found = [f for f in _findings(text, codes={"SOS101"}) if "enquiry" in text[f.start:f.end]]
    assert found and "jargon" in found[0].message and NEGATION_ASK in found[0].message
    assert "hurt" not in _said(found[0])


def test_denied_harm_asks_who_says_it_happened():
    text = "Mr Doyle denies the allegation that he pushed Ms Kaur, and Rhys (5) was in the room."
    found = [f for f in _findings(text, codes={"SOS101"}) if "allegation" in text[f.start:f.end]]
    assert found and DENIAL_ASK in found[0].message and "child said" not in _said(found[0])


def test_harm_that_happened_keeps_its_own_advice():
    text = "Mum did not seek help for the burn on Kofi's (8) hand for three days."
    for f in _findings(text):
        assert NEGATION_ASK not in f.message


# ---- allegations: who made it, not the child ----

def test_allegation_advice_does_not_put_it_in_the_childs_mouth():
    text = "Grandad has made an allegation that Dad pushed Mum down the stairs while Ruby (6) watched."
    # the findings on the words (a whole-statement finding spans the text from round 39: r39h)
    found = [f for f in _findings(text) if "allegation" in text[f.start:f.end] and (f.start, f.end) != (0, len(text))]
    assert found
    for f in found:
        assert "the child said" not in _said(f) and "who made the allegation" in _said(f).lower()


# ---- message and arrow agree; DA advice; "subject to" a harm ----

def test_arrow_says_the_swap_the_message_names():
    text = "Dad has not attended the parenting course and Ruby (6) misses school."
    found = [f for f in _findings(text, codes={"SOS104"}) if text[f.start:f.end] == "attended"]
    assert found and f'"{found[0].suggestion}"' in found[0].message


def test_arrow_unchanged_where_no_form_is_fitted():
    text = "Dad does not attend the parenting course and Ruby (6) misses school."
    found = [f for f in _findings(text, codes={"SOS104"}) if text[f.start:f.end] == "attend"]
    assert found and found[0].suggestion == "go to"


def test_domestic_abuse_goal_advice_speaks_of_the_harm_not_arguments():
    found = _findings("Dad will stop the DV so that Ruby (6) feels safe at home.", "goal", codes={"SOS102"})
    assert found
    for f in found:
        said = _said(f).lower()
        assert "argument" not in said and "walk" not in said
        assert "hurting" in said or "frightened" in said


def test_subject_to_a_harm_is_asked_about_as_a_harm():
    text = "Ruby (6) has been subject to emotional abuse by her stepmother."
    found = [f for f in _findings(text, codes={"SOS101"}) if "subject to" in text[f.start:f.end]]
    assert found and "plan" not in _said(found[0]) and "done to Ruby" in found[0].message


def test_subject_to_a_plan_keeps_the_plan_advice():
    text = "Ruby (6) has been subject to a child protection plan since she was four."
    found = [f for f in _findings(text, codes={"SOS101"}) if "subject to" in text[f.start:f.end]]
    assert found and "plan or order" in found[0].message


def test_needs_goal_advice_does_not_offer_cooking_for_health():
    found = _findings("Mum will meet Ruby's (2) health needs.", "goal", codes={"SOS302"})
    assert found
    for f in found:
        assert "cook tea" not in _said(f)


def test_advice_that_goes_on_after_a_cut_example_keeps_its_ask():
    advice = "Say what the adult did, for example kicked [name] on the leg, when, and what marks were seen."
    out = fitted_advice(advice, "Grandad forgets to feed the dog and Ava (3) is hungry.")
    assert out == "Say what the adult did, when, and what marks were seen."


def test_high_is_no_drug_word():
    assert not harm_absent('for example "his blood sugar has been too high for months"', "Tom (9) has diabetes.")


@pytest.mark.parametrize("text, words", [
    ("Dad says he will not use drugs again while Ellie (3) is with him.", "drugs"),
    ("Nan has agreed to make sure Ellie is not exposed to any more violence.", "violence"),
])
def test_a_promise_or_aim_is_no_record_that_a_harm_did_not_happen(engine, text, words):
    start = text.index(words)
    assert negated_harm_span(engine.nlp(text), start, start + len(words)) is False


def test_goal_advice_is_not_told_the_harm_did_not_happen():
    text = "Mum will not allow drug use in the flat, and Nan will check each weekend so Ellie (3) is safe."
    for f in _findings(text, "goal"):
        assert NEGATION_ASK not in f.message


@pytest.mark.parametrize("text", [
    "Dad will stop the PDV so that Ruby (6) feels safe at home.",
    "The CPV will stop and Mum will feel safe with Jordan (14) at home.",
])
def test_abuse_goal_advice_never_speaks_of_arguments(text):
    found = _findings(text, "goal", codes={"SOS102"})
    assert found
    for f in found:
        assert "argument" not in _said(f).lower() and "hurting" in _said(f)
