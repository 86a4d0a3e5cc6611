"""Round 31 (review31a), from a practice lead's trial of the tool as a user (REPORT #4, #7, #8):
the advice words. Every sentence is new (other names, harms and wording than her drafts).
(A) A count written as shorthand ("x3", "4x", "x 5", "2x weekly") is advised as the count written,
    never "twice" for every number; sizes and doses are left alone; no swap changes a number.
(B) A swap whose replacement the check itself flags is shown, never written by --fix.
(C) Good practice or a message that does not fit: a service that serves the family at a meeting, a
    fault verb said not to have happened, passives whose doer is not the point, a goal's if-not part,
    the reason given for a compliance goal, and the goal advice for a term that names people.
"""
from __future__ import annotations

import re

import pytest

from sos_lint.api import engine
from sos_lint.checks.count_shorthand import number, times
from sos_lint.fixes import fixed_text


def _report(text: str, kind: str = "worry"):
    return engine().check_document(text, kind)[0]


def _findings(text: str, kind: str = "worry"):
    report = _report(text, kind)
    return [(f.code, report.text[f.start:f.end], f.message, f.suggestion) for f in report.findings]


# ---- (A) counts --------------------------------------------------------------------------------

def test_count_words():
    assert [times(n) for n in (1, 2, 3, 4, 9, 10, 14)] == [
        "once", "twice", "three times", "four times", "nine times", "10 times", "14 times"]
    assert [number(n) for n in (2, 3, 11)] == ["two", "three", "11"]


@pytest.mark.parametrize("text, words, plain", [
    ("Nan has not taken Orla to the dentist x3 since January.", "x3", "three times"),
    ("Dad was seen at the door of the flat X4 last week.", "X4", "four times"),
    ("The police were called to the house x 5 over the summer.", "x 5", "five times"),
    ("Mum missed Bilal's eye checks 6x this year.", "6x", "six times"),
    ("Bilal has been sent home from nursery 2x for head lice.", "2x", "twice"),
    ("Orla ran away from her foster home x1 in June.", "x1", "once"),
    ("Dad left Orla alone overnight x11 in the last year.", "x11", "11 times"),
    ("Mum will ring the nursery 3x a week to check on Bilal.", "3x", "three times a week"),
    ("Dad has a breath test (x2 weekly) at the clinic and Orla stays with Nan.", "x2", "twice a week"),
    ("Bilal went to A&E on 4x occasions with burns.", "4x", "four occasions"),
])
def test_count_shorthand_is_advised_as_the_count_written(text, words, plain):
    kind = "goal" if "will" in text else "worry"
    found = [(s, m, sug) for code, s, m, sug in _findings(text, kind) if code == "SOS101" and s == words]
    assert found, f"{words!r} should be flagged"
    _, message, suggestion = found[0]
    assert f"\"{plain}\"" in message and suggestion.startswith(plain)
    if plain != "twice" and "twice a" not in plain:
        assert "twice" not in message


def test_after_the_things_counted_both_readings_are_offered():
    """"scratches to his arms (x3)": three times, or three scratches: only the writer knows."""
    found = [m for code, s, m, _ in _findings("The nurse saw scratches to his arms (x3) when Reuben was 2.")
             if code == "SOS101" and s == "x3"]
    assert found and "\"three times\"" in found[0] and "\"three\" before the things counted" in found[0]


@pytest.mark.parametrize("text", [
    "Dad built a shed of 3 x 2 metres at the bottom of the garden where Orla plays.",
    "Mum took 12 x 500mg tablets on Friday while Bilal was asleep.",
    "Dad parked his 4x4 across the school gate while Orla was inside.",
    "Mum said \"I rang them x3 and nobody came\" about Bilal's cough.",
])
def test_sizes_doses_and_quoted_words_are_not_counts(text):
    assert not [s for code, s, _, _ in _findings(text) if code == "SOS101" and re.search(r"\d", s)]


@pytest.mark.parametrize("text", [
    "Prior to 3 May Dad had used cannabis in excess of 4 times a week, and Orla (7) saw it twice.",
    "Mum has facilitated contact on 2 occasions since 14 March, and Bilal (3) cried once.",
    "The health visitor observed that Bilal (1) was fed 3 times in 8 hours on a weekly basis.",
    "Dad utilised the car to drive Orla (7) 40 miles, three times in one week, with 2 friends.",
])
def test_no_written_swap_changes_a_number(text):
    """Numbers are facts: every count in the draft is still there, word for word, after --fix."""
    report = _report(text)
    fixed = fixed_text(text, [report]).text
    counts = re.findall(r"\b(?:\d+\w*|once|twice|three|two)\b", text)
    assert re.findall(r"\b(?:\d+\w*|once|twice|three|two)\b", fixed) == counts


# ---- (B) swaps the check flags ---------------------------------------------------------------------

def _written(text: str, kind: str = "worry"):
    report = _report(text, kind)
    return [(report.text[f.fix.start:f.fix.end], f.fix.replacement) for f in report.findings
            if f.fix is not None and f.fix.applicability == "safe"]


@pytest.mark.parametrize("text, term", [
    ("The social worker is worried that Dad has not come to the CIN meetings since Kai (4) was burned.", "CIN"),
    ("The health visitor is worried about the home conditions since Ezra (2) fell on the broken glass.",
     "home conditions"),
    ("Kai often presents as tired and hungry when Dad brings him to nursery.", "presents as"),
])
def test_a_swap_the_check_would_flag_is_not_written(text, term):
    assert not [w for w, _ in _written(text) if term.lower() in w.lower()]
    # it is still shown: the finding carries the swap as advice
    report = _report(text)
    assert any(f.fix is not None and term.lower() in report.text[f.fix.start:f.fix.end].lower() for f in report.findings)


def test_fixed_text_is_not_flagged_on_the_words_fix_wrote():
    """After --fix, the re-check flags none of the words --fix wrote as jargon, vague, a guess or a
    role word. (A label read on the plain words, "used cannabis" with no occasion, is what the
    sentence says, not the wording: the same fault the jargon hid.)"""
    text = ("HV and SW are concerned regarding the CIN plan. Dad utilised cannabis prior to contact and Mum "
            "presents as low. Home conditions poor. Ezra (2) was not brought to clinic x3.")
    report = _report(text)
    result = fixed_text(text, [report])
    again = _report(result.text)
    shift, spans = 0, []
    for edit in result.applied:
        start = edit.start + shift
        spans.append((start, start + len(edit.replacement)))
        shift += len(edit.replacement) - (edit.end - edit.start)
    for f in again.findings:
        if f.code.startswith(("SOS1", "SOS302", "SOS304", "SOS402")) and f.end > f.start:
            assert not any(f.start < e and s < f.end for s, e in spans), (f.code, again.text[f.start:f.end])


def test_static_audit_finds_no_written_swap_the_check_flags():
    """devtools.swap_selfcheck --static lists the table's replacements the rule lists flag; every one
    of them is now shown, never written (checked here on its first carrier it fits)."""
    from devtools.swap_selfcheck import static

    result = static(engine())
    assert result["entries"] > 300
    phrases = {phrase for _, phrase, _, _ in result["flagged"]}
    assert "CIN" in phrases and "home conditions" in phrases


# ---- (C) good practice and messages that fit --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mum, you will walk Amina to school every morning for the next 3 months, and a Somali interpreter will be at "
    "each review so you can follow it.",
    "Dad, you will cook tea for Teo every night for 6 months, and your advocate will be present at every meeting.",
])
def test_a_service_that_serves_the_family_is_not_compliance(text):
    assert not [s for code, s, _, _ in _findings(text, "goal") if code == "SOS511"]


def test_the_parent_at_meetings_is_still_compliance():
    text = "Mum, you will walk Amina to school every morning for the next 3 months, and you will be at each review meeting."
    assert [s for code, s, _, _ in _findings(text, "goal") if code == "SOS511"]


@pytest.mark.parametrize("text", [
    "Dad did not fail to tell the school when Teo (8) was off sick.",
    "Mum has never refused a home visit from the nurse since Amina (2) came home.",
])
def test_a_fault_verb_said_not_to_have_happened_is_not_a_judgement(text):
    assert not [s for code, s, _, _ in _findings(text) if code == "SOS305"]


@pytest.mark.parametrize("text", [
    "Dad failed to collect Teo (8) from school on Friday.",
    "Mum refused to let the nurse see Amina (2) on Monday.",
])
def test_the_fault_verb_itself_is_still_a_judgement(text):
    assert [s for code, s, _, _ in _findings(text) if code == "SOS305"]


@pytest.mark.parametrize("text", [
    "Teo (8) told his teacher that Mum hit him, and Mum said this is how she was taught to deal with answering back.",
    "Nan has asked Dean to sleep at his sister's house until this is sorted out, after he shouted at Amina (2).",
    "If nothing changes, Callum (14) could be stabbed by the men who run the line, and he could be charged for "
    "what he was made to carry.",
])
def test_passives_where_the_doer_is_not_the_point(text):
    assert not [s for code, s, _, _ in _findings(text) if code == "SOS202"]


@pytest.mark.parametrize("text", [
    "Amina's teacher is worried because Amina (6) said she was pushed down the stairs on Monday.",
    "The door was locked while Teo (8) was inside on his own.",
    "Teo (8) was hit and the children were left alone overnight.",
])
def test_passives_that_hide_a_doer_still_ask(text):
    assert [s for code, s, _, _ in _findings(text) if code == "SOS202"]


def test_a_goals_if_not_part_is_no_supervision_plan():
    text = ("Dad, you will give Pip her milk every three hours, day and night, for the next 4 months, and Nan will "
            "check the feed chart each Sunday. If this doesn't happen, the paediatrician may keep Pip on the ward "
            "so her breathing can be monitored.")
    assert not [s for code, s, m, _ in _findings(text, "goal") if code == "SOS302" and "watch" in m]
    still = "Dad, you will make sure Pip is supervised at all times."
    assert [s for code, s, m, _ in _findings(still, "goal") if code == "SOS302" and "who will watch" in m]


@pytest.mark.parametrize("text, words, reason", [
    ("Dad to take his tablets as prescribed and Teo (8) to go to bed by 8pm.", "tablets as prescribed",
     "a doctor's treatment"),
    ("Amina's attendance to improve to 90% this term.", "attendance to improve", "a figure the school keeps"),
    ("Home conditions to be kept to a good standard for Teo (8).", "conditions to be kept", "what the home should be like"),
    ("Dad to engage with the drug service and attend every session.", "engage with", "going to services"),
])
def test_compliance_reason_fits_what_the_words_are_about(text, words, reason):
    found = [m for code, s, m, _ in _findings(text, "goal") if code == "SOS511" and words in s]
    assert found, f"{words!r} should be flagged"
    assert reason in found[0]
    if reason != "going to services":
        assert "going to services" not in found[0]


def test_a_term_naming_people_keeps_its_own_advice_in_a_goal():
    found = [m for code, s, m, _ in _findings("Kayla (15) to stop meeting older females at the bus station.", "goal")
             if code == "SOS101" and s == "females"]
    assert found and "Mum or Dad will do each week" not in found[0] and "Say who they are" in found[0]
    # a term about what the family does keeps the goal advice
    other = [m for code, s, m, _ in _findings("Dad to engage with the core group every month.", "goal")
             if code == "SOS101" and s == "core group"]
    assert other and "Dad will do" in other[0]  # round 32: said of the carers the goal names (Dad alone)
