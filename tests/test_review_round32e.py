"""Round 32 (review32e), from two practitioners' trials (review32 P#8-10, review32q Q#7, Q#12) and
the judge's verdicts on fix_test31: word-level advice and what `check --fix` writes or holds back.
Every sentence is new (other names, harms and wording than their drafts and the set).
(A) A swap whose written words the check then flags (a label, blame, a guess) is held back, with
    why; a swap that leaves no such finding is still written.
(B) Harm words inside a worker's job or a service's name are never a label.
(C) A flagged swap that does not fit its sentence is listed as not written, with why.
(D) fix_test31's bad swaps by class: a referral, an acronym whose letters the draft also uses bare,
    a noun of taking part as a verb's object, a comma expansion before a noun; "a number of".
(E) Messages: SOS104 says the swap as --fix writes it; a participle after a linking verb is not
    a passive.
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from sos_lint.commands.fixing import held_back, safe_fixes, unwritten_swaps
from sos_lint.fixes import checked_fixed_text


def _fix(text: str, kind: str = "worry"):
    eng = engine()
    reports = eng.check_document(text, kind)
    return checked_fixed_text(eng, text, reports, kind)


def _written(text: str, kind: str = "worry") -> set[tuple[str, str]]:
    return {(e.original, e.replacement) for e in _fix(text, kind).applied}


def _held(text: str, kind: str = "worry") -> dict[str, str]:
    return {e.original: e.held for e in _fix(text, kind).advised}


def _findings(text: str, kind: str = "worry"):
    report = engine().check_document(text, kind)[0]
    return [(f.code, report.text[f.start:f.end], f.message) for f in report.findings]


# ---- (A) a swap the check would flag is held back ----------------------------------------------

@pytest.mark.parametrize("text, original", [
    # an acronym written out inside a blame frame: the check calls the result victim blaming
    ("The youth worker is worried that Tia (15) is involved in CSE and stays out all night.", "CSE"),
    # written out where the check names it a label
    ("The health visitor is worried that Mum has suffered DA from her partner since the spring.", "DA"),
])
def test_expansion_the_check_flags_is_held_back(text, original):
    fixed = _fix(text)
    assert original in fixed.text
    assert _held(text).get(original) == "flagged"


@pytest.mark.parametrize("text, pair", [
    # near misses: the same expansions where the check flags nothing in their words
    ("The youth worker is worried that older men have given Tia (15) lifts and she could be at risk of CSE.",
     ("CSE", "child sexual exploitation")),
    ("The teacher is worried that the school has asked Ollie's Mum to come in prior to Friday.",
     ("prior to", "before")),
    # an acronym written out in a frame the check reads as a service met: the name is still written
    ("Nan will keep Ruby safe: she will take Ruby to school every day and work with the SW through the "
     "weekly sessions so that Ruby knows Nan is on her side.", ("SW", "social worker")),
])
def test_swap_without_a_new_finding_is_still_written(text, pair):
    kind = "goal" if text.startswith("Nan will") else "worry"
    assert pair in _written(text, kind)


def test_held_back_line_says_why():
    text = "The youth worker is worried that Tia (15) is involved in CSE and stays out all night."
    eng = engine()
    reports = eng.check_document(text, "worry")
    result = safe_fixes(eng, text, reports, "worry")
    lines = held_back(text, result, reports, False)
    line = next(line for line in lines if "«CSE»" in line)
    assert "the check would flag the new words too" in line  # round 40 (W#14): with the real fault named


def test_written_swap_leaves_no_label_or_blame_on_its_words():
    text = ("Nan is worried that Jade (14) is involved in CSE, that Mum has experienced DV and that "
            "Mum has not been to the IDVA since May.")
    eng = engine()
    result = _fix(text)
    after = eng.check_document(result.text, "worry")
    for edit in result.applied:
        new = result.text.find(edit.replacement)
        for report in after:
            for f in report.findings:
                if f.code in ("SOS301", "SOS306") and f.end - f.start < len(report.text) - 1:
                    assert not (f.start < new + len(edit.replacement) and new < f.end), (edit, f)


# ---- (B) a job or a service named by a harm is not a label --------------------------------------

@pytest.mark.parametrize("text, words", [
    ("The social worker is worried that Mum would not see the independent domestic violence adviser "
     "after Dad hit her on Friday while Ruby watched.", "domestic violence"),
    ("The health visitor is worried that Dad stopped going to the substance misuse team in May and was "
     "drunk when he collected Ivy from nursery on Monday.", "substance misuse"),
    ("The social worker is worried that Mum has not been to the domestic abuse service since her partner "
     "pushed her down the stairs in March.", "domestic abuse"),
])
def test_harm_words_in_a_job_or_service_name_are_not_a_label(text, words):
    assert not [f for f in _findings(text) if f[0] == "SOS301" and f[1] == words]


@pytest.mark.parametrize("text, words", [
    # near misses: the same words naming what happened stay a label
    ("The social worker is worried about domestic violence between Mum and Dad.", "domestic violence"),
    ("The adviser is worried about domestic abuse at home.", "domestic abuse"),
])
def test_harm_words_naming_what_happened_stay_a_label(text, words):
    assert any(f[0] == "SOS301" and words in f[1] for f in _findings(text))


# ---- (C) a flagged swap that does not fit is listed --------------------------------------------

def test_unfitted_swap_is_listed_with_why():
    text = "Dad began a course of counselling in respect of his anger in 2024 and Zac (8) is still scared of him."
    eng = engine()
    reports = eng.check_document(text, "worry")
    found = [(f.suggestion, words) for _, f, words in unwritten_swaps(reports)]
    assert ("about", "in respect of") in found
    result = safe_fixes(eng, text, reports, "worry")
    lines = held_back(text, result, reports, False)
    assert any("«in respect of»" in line and "do not fit this sentence" in line for line in lines)


def test_swap_that_fits_is_written_not_listed():
    text = "The school is worried in respect of Zac's attendance, which fell to 70% this term."
    eng = engine()
    reports = eng.check_document(text, "worry")
    result = safe_fixes(eng, text, reports, "worry")
    assert ("in respect of", "about") in {(e.original, e.replacement) for e in result.applied}
    assert not [line for line in held_back(text, result, reports, False) if "in respect of" in line]


def test_advice_that_is_an_instruction_is_not_listed_as_a_swap():
    text = "The social worker is worried that Dad has unsupervised contact with Zac (8) on Saturdays."
    reports = engine().check_document(text, "worry")
    assert all(not f.suggestion.endswith(".") for _, f, _ in unwritten_swaps(reports))


# ---- (D) fix_test31's bad swaps, by class ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Bea (5) could be taken abroad and cut; a referral to MASH has been made and the midwife is worried.",
    "The nursery made a referral to children's social care after Remi (3) came in with a burn on his hand.",
])
def test_referral_is_never_written_as_a_request_for_help(text):
    assert not [pair for pair in _written(text) if "request for help" in pair[1]]


def test_acronym_letters_used_bare_elsewhere_hold_the_swap():
    text = ("Sami (6) has CP and uses a wheelchair. The physio is worried that his legs have got stiffer "
            "since the CP review in March.")
    assert ("CP review", "child protection review") not in _written(text)


def test_acronym_settled_throughout_is_written():
    text = ("Ella (4) is on a CP plan. The social worker is worried that Mum missed the CP review in May "
            "and Ella was hungry at nursery.")
    assert ("CP review", "child protection review") in _written(text)


def test_noun_of_taking_part_as_a_verbs_object_is_advice():
    text = "Mr and Mrs Oduya will keep up engagement with the health visitor so that Ife is weighed every week."
    assert not [pair for pair in _written(text, "goal") if pair[0] == "engagement with"]


def test_noun_of_taking_part_as_a_subject_is_advice_too():
    # Round 34 (review34 P#4; fix_verdicts26 fx26-063): the noun "work" reads as a job in any frame
    # ("Dad's work with the nurse has stopped"): advice only (tests/test_fix_round34.py)
    text = "The social worker is worried that Dad's engagement with the nurse has stopped and Ife has missed two checks."
    assert ("engagement with", "work with") not in _written(text)


def test_comma_expansion_before_a_noun_is_advice():
    text = "The teacher will check at the EHCP annual review in June that Rory is settled in class."
    assert not [pair for pair in _written(text, "goal") if pair[0] == "EHCP"]


def test_a_number_of_keeps_that_it_happened_more_than_once():
    text = "Mia (7) has seen Dad push Mum on a number of occasions since Christmas."
    assert ("a number of", "several") in _written(text)


# ---- (E) messages --------------------------------------------------------------------------------

def test_formal_word_advice_says_the_swap_as_written():
    text = "On Friday Theo was observed to be cold and wet at the bus stop."
    message = next(m for code, words, m in _findings(text) if code == "SOS104")
    assert '"was seen to"' in message and 'Write "see"' not in message


def test_formal_word_advice_in_the_base_form_is_unchanged():
    text = "The social worker will ascertain whether Nan can pick up Theo before Friday."
    message = next(m for code, words, m in _findings(text) if code == "SOS104")
    assert '"find out"' in message


@pytest.mark.parametrize("text", [
    "Priya told her nurse she feels left out at home because her stepdad shouts at her every night.",
    "Oscar (8) seemed shaken up at school on Monday and said Mum had thrown a plate at Dad.",
])
def test_participle_after_a_linking_verb_is_not_passive(text):
    assert not [f for f in _findings(text) if f[0] == "SOS202"]


@pytest.mark.parametrize("text", [
    "Oscar (8) was left on his own at the flat on Monday night.",
    "Oscar (8) got left at the bus station on Monday night.",
])
def test_real_passives_are_still_flagged(text):
    assert [f for f in _findings(text) if f[0] == "SOS202"]


@pytest.mark.parametrize("text, who", [
    ("Kayla (15) will stop going missing and will not see older men from now until Christmas.", "Kayla"),
    ("YP to stop meeting older boys at the park and to come home by 9pm.", "the child"),
])
def test_harm_not_happening_asked_of_a_child_says_it_puts_the_burden_on_the_child(text, who):
    messages = [m for code, words, m in _findings(text, "goal") if code == "SOS512"]
    assert messages and all(f"asks {who}" in m and "on the child" in m for m in messages)
    assert not [m for m in messages if "Dad will go to Nan's" in m]


def test_harm_not_happening_asked_of_an_adult_keeps_the_adult_advice():
    text = "Dad will stop drinking and will not shout at Mum from now until Christmas."
    messages = [m for code, words, m in _findings(text, "goal") if code == "SOS512"]
    assert messages and not [m for m in messages if "on the child" in m]


def test_unborn_hint_is_not_given_to_a_draft_that_says_the_baby():
    text = ("The midwife is worried that Mum has drunk vodka every day of the pregnancy and the baby is due "
            "in June, so the baby could be born with harm to her brain.")
    assert not [m for code, words, m in _findings(text) if code == "SOS401"]


def test_unborn_hint_still_given_for_the_unborn():
    text = "The unborn is at risk because Mum drinks vodka every day and the midwife is worried."
    assert [m for code, words, m in _findings(text) if code == "SOS401"]


@pytest.mark.parametrize("text", [
    "The school nurse is worried that Dad sleeps until noon, so Zara (12) cooks for her sister and feels she has to be the parent.",
    "The teacher is worried that Leon (10) acts as the carer for his brother because Mum is in bed most days.",
])
def test_role_taken_on_is_not_a_report_word(text):
    assert not [f for f in _findings(text) if f[0] == "SOS402"]


@pytest.mark.parametrize("text", [
    "The teacher is worried that the parent did not come to collect Leon (10) on Friday and he waited for two hours.",
    "The teacher is worried that Leon (10) told the father about the bruise and was smacked on Friday.",
])
def test_role_word_for_a_person_is_still_a_report_word(text):
    assert [f for f in _findings(text) if f[0] == "SOS402"]
