"""Round 34 (r34b): word swaps for `check --fix` and the rewrite.

Every sentence here is new (none is from the review34 drafts or from the fix sets).
(A) review34 P#4: a swap whose plain word has another common sense where it stands. "work with"
    for "engage with" / "engagement with" / "co-operate with" reads as a job in a record of what
    happened and as a noun in every frame: advice only, and the rewrite keeps the words too.
    Other swaps in the same sentences are still written.
(B) review34d D#8: a swap `--fix` holds back for what its plain words say (a table's advice-only
    entry, a guard of tone or meaning, an acronym's words read as describing a child's worker) is
    not written by the rewrite either; one held back for fit only stays the rewrite's.
(C) review34 P#6: a swap `--fix` holds back because the check would flag its words is held back
    by the rewrite too; SOS104's arrow says the words its message says. (Holding back a word inside
    a phrase SOS511 asks to replace whole was measured and left off: COVERING_CODES is empty.)
(D) review34d D#10: `--fix` on a Word plan says where each change not written is in Word's terms
    (the heading or table row, then the paragraph), and names a term changed in one place but left
    in another.
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from report_helpers import fix as _fix, written as _written
from sos_lint.api import engine
from sos_lint.fixes import TextEdit, FixResult, checked_fixed_text


def _held(text: str, kind: str = "worry") -> dict:
    return {e.original: e.held or e.applicability for e in _fix(text, kind).advised}


def _fixes(text: str, kind: str = "worry") -> dict:
    """{the words: their fix} for every jargon fix the check's findings carry."""
    out = {}
    for report in engine().check_document(text, kind):
        for f in report.findings:
            if f.fix is not None:
                out[report.text[f.fix.start:f.fix.end]] = f.fix
    return out


# ---- (A) "work" read as a job -------------------------------------------------------------------
WORK_AS_A_JOB = [
    ("There has been little engagement with the school nurse since January.", "engagement with"),
    ("Her engagement with the family hub has dropped off since the summer.", "engagement with"),
    ("Mr Doyle has not engaged with the probation officer since his release in April.", "engaged with"),
    ("The carers refused to co-operate with the fostering team during the review.", "co-operate with"),
    ("Ms Patel has been engaging with the housing officer about the damp.", "engaging with"),
]


@pytest.mark.parametrize("text,words", WORK_AS_A_JOB)
def test_work_with_is_not_written_where_work_reads_as_a_job(text, words):
    fixed = _fix(text)
    assert "work" not in fixed.text.lower(), fixed.text
    fix = _fixes(text).get(words)
    if fix is not None:  # shown as advice, and marked so the rewrite keeps the words too
        assert not fix.safe and fix.doubted, fix


def test_other_sense_reads_the_frame_not_the_words():
    from sos_lint.fixes_sense import other_sense

    nlp = engine().nlp

    def span(text, words):
        doc = nlp(text)
        start = text.index(words)
        return doc.char_span(start, start + len(words), alignment_mode="expand")

    # a noun "work" is a job in any frame; a past record of the verb too
    assert other_sense(span("Her engagement with the nurse improved.", "engagement with"), "work with")
    assert other_sense(span("Dad has not engaged with the GP.", "engaged with"), "work with")
    # a plan's requirement to work with a person or a service reads as taking part
    assert not other_sense(span("Dad will engage with the social worker every week.", "engage with"), "work with")
    assert not other_sense(span("Mum is to engage with the health visitor.", "engage with"), "work with")
    # ... but not with a field or an event
    assert other_sense(span("Mum will engage with midwifery.", "engage with"), "work with")
    # swaps to other words are not this class at all
    assert not other_sense(span("Dad has not engaged with the GP.", "engaged with"), "take part in")


NEAR_MISSES_STILL_WRITTEN = [
    ("Prior to the move, Kian lived with his aunt in Leeds.", "Prior to"),
    ("Mum attended the school play with Zara on 4 May.", "attended"),
]


@pytest.mark.parametrize("text,words", NEAR_MISSES_STILL_WRITTEN)
def test_other_swaps_are_still_written(text, words):
    assert words in _written(text)


# ---- (B) removed in round 35: the rewrite-side hold for what a swap says (review34d D#8) was switched
# off at the round-34 merge and removed in round 35 (the word-level bar fell 0.71 -> 0.51 on a sample
# of the corpus even with a question beside each kept term; branch r35a-d8-experiment).


# ---- (C) a swap inside a phrase the check says is the fault, and the arrow --------------------
def test_a_word_inside_a_phrase_the_check_flags_is_still_written_where_its_words_are_fine():
    # Round 34 measured holding these back (COVERING_CODES) and left it off: readers judged the
    # swaps OK. Round 36 (review35w W#9) turned it on for errors of compliance and absence of harm
    # only (tests/test_rewrite_round36.py); the same word outside such a phrase is written as before
    from sos_lint.fixes import COVERING_CODES, COVERING_SEVERITIES

    assert COVERING_CODES == ("SOS511", "SOS512") and COVERING_SEVERITIES == ("error",)
    assert _written("Mum attended the school play with Zara on 4 May.").get("attended") == "went to"


def test_the_arrow_says_the_words_the_message_says():
    text = "Mum has not attended 2 dental check-ups for Ollie this year."
    for report in engine().check_document(text, "worry"):
        for f in report.findings:
            if f.code == "SOS104" and report.text[f.start:f.end] == "attended":
                assert f.suggestion in f.message, (f.suggestion, f.message)
                return
    pytest.skip("no SOS104 finding on 'attended' here")


# ---- (D) Word plans --------------------------------------------------------------------------
def _report(text: str, offset: int, title: str):
    return SimpleNamespace(text=text, offset=offset, source="plan.docx", title=title, kind="goal", line=1)


def test_word_places_are_said_in_words_terms():
    from sos_lint.commands.fixing import _word_where

    first = "Mum will take Ava to the GP.\nThe LA will visit weekly."
    reports = [_report(first, 0, "Safety goal 1 - Ava"),
               _report("Parents to facilitate contact.", len(first) + 1, "Wellbeing goal – in table 1, row 2")]
    where = _word_where(reports, first.index("LA"))
    assert where.startswith("under “Safety goal 1 - Ava”, paragraph 2"), where
    where = _word_where(reports, len(first) + 1 + 11)
    assert where.startswith("in table 1, row 2 (“Wellbeing goal”), paragraph 1"), where


def test_a_term_changed_in_one_place_and_left_in_another_is_named():
    from sos_lint.commands.fixing import mixed_terms

    written = TextEdit(4, 6, "LA", "council", "SOS102", "")
    left = TextEdit(40, 42, "LA", "council", "SOS102", "", "unsafe")
    kept = TextEdit(60, 63, "CIN", "child in need", "SOS102", "", "unsafe")
    lines = mixed_terms(FixResult("", [written], [left, kept]))
    assert any(line.startswith("«LA» was changed to \"council\" in 1 place and left in 1") for line in lines)
    assert any("Left as written: CIN" in line for line in lines)
    # a verb kept in one frame and swapped in another is not a term named two ways
    verb = TextEdit(4, 10, "attend", "go to", "SOS104", "")
    assert mixed_terms(FixResult("", [verb], [TextEdit(40, 46, "attend", "go to", "SOS104", "", "unsafe")])) == []


def test_a_term_the_tables_keep_is_named_as_kept_not_as_a_misfit():
    from sos_lint.commands.fixing import WHY_HELD, held_back, kept_as_written

    assert kept_as_written("care leaver") and kept_as_written("Care Leaver")
    assert not kept_as_written("prior to")
    text = "Jess is a care leaver and lives alone with baby Kit in a flat in Hull."
    eng = engine()
    reports = eng.check_document(text, "worry")
    lines = held_back(text, checked_fixed_text(eng, text, reports, "worry"), reports, False)
    kept = [line for line in lines if "«care leaver»" in line]
    if kept:  # the check offers a swap for it: the line says why the words stay
        assert WHY_HELD["kept"] in kept[0], kept
