"""Fixes carried on findings (issues 9, 10): only safe edits are written, never a change of meaning."""
from __future__ import annotations

import pytest

from sos_lint import check, check_document
from sos_lint.config import Config
from sos_lint.findings import Fix
from sos_lint.fixes import fixed_text


def fixed(text: str, config=None) -> str:
    return fixed_text(text, check_document(text, config=config)).text


# --- the library path: fixed_text on check_document's reports ---------------------------------
@pytest.mark.parametrize("draft, never", [
    ("The mother was observed to be intoxicated.", "saw be"),
    ("The children were shouted at by their stepfather.", "shouted the children at"),
    ("The children were observed to be unkempt.", "saw be"),
    ("Mum was observed to leave the house at 2am.", "saw leave"),
])
def test_fix_never_writes_a_broken_or_turned_round_sentence(draft, never):
    out = fixed(draft)
    assert never not in out
    assert out.split()[-1] == draft.split()[-1]  # nothing restructured: the sentence still ends the same


def test_the_issue_examples_exactly():
    assert fixed("The mother was observed to be intoxicated.") != "Mum saw be intoxicated."
    assert fixed("The children were shouted at by their stepfather.") != "Their stepfather shouted the children at."
    # Passive to active is never written by a fix, even where it would read well.
    assert fixed("Mum was hit by Dad.") == "Mum was hit by Dad."


@pytest.mark.parametrize("draft, expected", [
    ("Mum attended the meeting prior to the visit.", "Mum went to the meeting before the visit."),
    ("Lewis is open to DAAT and has seen the HV.", "Lewis is open to the drug and alcohol team and has seen the health visitor."),
    # round 23 (fixsafe23): "disclosed" is the safeguarding term of art: advice only; see tests/test_fix_round23.py
    # ("Hana disclosed to her teacher that Mum hits her.", "Hana told her teacher that Mum hits her."),
    ("Mum told an SW about an additional worry.", "Mum told a social worker about an extra worry."),
])
def test_safe_swaps_are_written(draft, expected):
    assert fixed(draft) == expected


@pytest.mark.parametrize("draft, flipped", [
    ("There has been non-engagement with services since May.", "work with"),
    ("There has been non engagement with services since May.", "work with"),
    ("Mum failed to attend the core group on 3 June.", "Mum went to"),
    ("There is a lack of engagement with the health visitor.", "There is work"),
    ("Dad refuses to engage with the drug service.", "Dad works with"),
])
def test_negations_never_become_their_opposite(draft, flipped):
    assert flipped not in fixed(draft)


def test_only_findings_present_are_fixed_so_select_and_ignore_count():
    text = "Lewis saw the HV prior to the visit."
    assert fixed_text(text, check_document(text)).text == "Lewis saw the health visitor before the visit."
    no_acronyms = fixed_text(text, check_document(text, config=Config(ignore=("SOS102",)))).text
    assert no_acronyms == "Lewis saw the HV before the visit."
    only_acronyms = fixed_text(text, check_document(text, config=Config(select=("SOS102",)))).text
    assert only_acronyms == "Lewis saw the health visitor prior to the visit."


def test_offsets_are_into_the_whole_text_with_headings():
    text = "Worry statement\n\nMum attended the meeting prior to the visit.\n\nSafety goal\n\nDad will attend the group."
    result = fixed_text(text, check_document(text))
    assert result.text.startswith("Worry statement\n\nMum went to the meeting before the visit.")
    for edit in result.applied:
        assert text[edit.start: edit.end] == edit.original


def test_reports_of_another_text_are_refused():
    reports = check_document("Mum attended the meeting prior to the visit.")
    with pytest.raises(ValueError):
        fixed_text("Something else entirely, written by another worker today.", reports)


def test_unsafe_fixes_are_advice_only():
    finding_text = "Mum attended the meeting."
    report = check(finding_text)
    unsafe = [f for f in report.findings if f.fix is not None and not f.fix.safe]
    safe = [f for f in report.findings if f.fix is not None and f.fix.safe]
    result = fixed_text(finding_text, [report])
    assert len(result.applied) == len({(f.fix.start, f.fix.end, f.fix.replacement) for f in safe})
    assert len(result.advised) >= len(unsafe)


def test_finding_json_carries_its_fix_or_null():
    report = check("Mum attended the meeting prior to the visit.", "worry")
    rows = [f.to_dict() for f in report.findings]
    assert all("fix" in row for row in rows)
    with_fix = [row for row in rows if row["fix"]]
    assert with_fix and set(with_fix[0]["fix"]) == {"start", "end", "replacement", "applicability", "reason"}


def test_fix_rejects_a_bad_applicability():
    with pytest.raises(ValueError):
        Fix(0, 1, "x", "maybe")


# --- the rewrite reads the same edits ----------------------------------------------------------
@pytest.mark.parametrize("draft, never", [
    ("The mother was observed to be intoxicated.", "saw be"),
    ("The children were shouted at by their stepfather.", "shouted the children at"),
    ("There has been non-engagement with services since May.", "work with"),
    ("Mum failed to attend the core group on 3 June.", "Mum went to"),
])
def test_the_rewrite_never_breaks_or_flips_these(draft, never):
    from sos_lint.rewrite import rewrite

    for scaffold in (False, True):
        assert never not in rewrite(draft, "worry", scaffold=scaffold).text


def test_observed_keeps_its_shape_and_the_rewrite_asks_who_saw():
    from sos_lint.rewrite import rewrite

    assert fixed("The children were observed to be unkempt.") == "The children were seen to be unkempt."
    text = rewrite("The children were observed to be unkempt.", "worry").text
    assert "were seen to be unkempt" in text and "Who saw or heard it?]" in text


def test_the_rewrite_uses_the_fixes_check_shows():
    from sos_lint.rewrite import rewrite

    text = "Lewis saw the HV prior to the visit."
    assert rewrite(text, "worry", scaffold=False).text == fixed(text)


# --- properties (issue 9 section 6) ------------------------------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

# Profiles ("small" for make test, "fuzz" for make fuzz) are registered and loaded in conftest.py.

CHILDREN = ["Ivy", "Will", "May", "June", "River", "Joy", "Storm", "Noor", "Kacper", "Aisha", "Drew", "Ruby"]
ADULTS = ["Mum", "Dad", "Nan", "Mr Okoro", "Ms Begum", "Grandad Ken", "the mother", "the father"]
MONTHS = ["January", "March", "May", "June", "August", "October"]
DAYS = ["Monday", "Friday", "Sunday"]
SERVICES = ["the DAAT", "CAMHS", "the HV", "the core group", "the FSW", "the school nurse"]
ADJECTIVES = ["intoxicated", "unkempt", "upset", "hungry", "withdrawn"]
VERBS = ["collect", "feed", "take", "pick up", "look after"]


@st.composite
def sentences(draw):
    child, adult = draw(st.sampled_from(CHILDREN)), draw(st.sampled_from(ADULTS))
    month, day = draw(st.sampled_from(MONTHS)), draw(st.sampled_from(DAYS))
    number = draw(st.integers(min_value=2, max_value=31))
    service, adjective = draw(st.sampled_from(SERVICES)), draw(st.sampled_from(ADJECTIVES))
    verb = draw(st.sampled_from(VERBS))
    cap = adult[:1].upper() + adult[1:]
    return draw(st.sampled_from([
        f"{cap} was observed to be {adjective} on {number} {month}.",
        f"{child} ({number}) was observed to be {adjective} at school on {day}.",
        f"{cap} did not {verb} {child} on {day}.",
        f"There has been non-engagement with {service} since {month}.",
        f"{cap} failed to attend {service} on {number} {month}.",
        f"{cap} has not come to {number} meetings with {service}.",
        f"There is a lack of engagement with {service} since {number} {month}.",
        f"The children were shouted at by {adult} on {day}.",
        f"{cap} refuses to {verb} {child} and will not speak to {service}.",
        f"{child} has put herself at risk by going out with older men on {day}.",
        f"It is evident that {adult} has been drinking when {child} comes home at {number}pm.",
        f"{cap} will never {verb} {child} after {number}pm, prior to {day}.",
        f"{cap} said \"I won't {verb} {child}\" on {number} {month}.",
    ]))


@st.composite
def statements(draw):
    parts = draw(st.lists(sentences(), min_size=1, max_size=3))
    joiner = draw(st.sampled_from([" ", "\n", "\r\n", "  "]))
    return joiner.join(parts)


@given(statements())
def test_rewriting_never_drops_a_name_number_date_or_negation(text):
    from sos_lint.api import engine
    from sos_lint.rewrite import fidelity, rewrite

    eng = engine()
    draft = next(iter(eng.parse([text])))
    covered = fidelity.covered_tokens(draft, eng.lexicons)
    for scaffold in (False, True):
        result = rewrite(text, scaffold=scaffold)
        assert not fidelity.missing_facts(draft, result.text, covered), result.text
        bare = next(iter(eng.parse([fidelity.without_placeholders(result.text)])))
        # Negations: "not", "never", "non-", "failed to", "lack of", "refuses" … none lost, unless a
        # phrase flagged as an error (victim blaming, a guess) became a question in their place, or a
        # negative term ("non-engagement") became a question about what was not done.
        if not any("Victim-blaming" in c.reason or "guess" in c.reason or "what was not done" in c.reason
                   for c in result.changes):
            assert fidelity.negations(bare) >= fidelity.negations(draft), result.text


@given(statements())
def test_fixed_text_rechecked_never_has_more_findings_of_the_fixed_codes(text):
    reports = check_document(text)
    result = fixed_text(text, reports)
    codes = {edit.code for edit in result.applied}
    if not codes:
        assert result.text == text
        return
    before = sum(1 for r in reports for f in r.findings if f.code in codes)
    after = sum(1 for r in check_document(result.text) for f in r.findings if f.code in codes)
    assert after <= before, (text, result.text)
    for edit in result.applied:
        assert edit.original == text[edit.start: edit.end]


def test_line_endings_and_bom_are_kept():
    text = "\ufeffMum attended the meeting\r\nprior to the visit.\r\n"
    result = fixed_text(text, check_document(text))
    assert result.text.startswith("\ufeff") and result.text.count("\r\n") == 2
    assert "before the visit" in result.text
