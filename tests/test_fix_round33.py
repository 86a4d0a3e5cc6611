"""Round 33 (review33e): what `check --fix` writes must fit the place it stands.

Every sentence here is new (none is from the review33 drafts or from fix_test32).
(A) review33 P#1: a word that describes the noun after it, swapped for a verb form, says another
    thing ("safeguarding concerns" -> "protecting concerns"): no fix is offered (check, rewrite and
    --fix agree). The same word as a
    verb, with a person or a determiner after it, is still written.
(B) fix_verdicts32 fx32-065 (bad): a plain verb that needs its object ("tell") where the draft's
    verb has none ("the duty to notify"): no fix offered, named as a swap that does not fit.
(C) fix_verdicts32 fx32-016 (doubtful): a swap that renames a thing while the same noun stands
    elsewhere in the draft unswapped: held back ("mixed"); alone in its draft it is written.
(D) review33 P#10: one answer per word ("Try "go to". Write "been to" instead." named two), and the
    same sentence gets the same verdict as text, through the web service and in a Word plan (read
    back from the copy written); "ensure" -> "make sure" before a clause whose verb the tagger reads
    as VB or VBP is one verdict.
"""
from __future__ import annotations

import pytest

from report_helpers import fix as _fix, written as _written
from sos_lint.api import engine


def _held(text: str, kind: str = "worry") -> dict:
    return {e.original: e.held for e in _fix(text, kind).advised}


def _doc(text: str):
    return engine().nlp(text)


# (A) a modifier made a verb form
@pytest.mark.parametrize("text", [
    "The nursery is worried because there were safeguarding issues with Tomasz's uncle last spring and "
    "Tomasz (3) came in with a scald on his hand on 4 June.",
    "Ms Kaur is worried because the youth club passed on safeguarding concerns after Deji (14) was seen "
    "getting into a stranger's car on 2 October.",
])
def test_a_modifier_is_not_made_a_verb_form(text):
    from sos_lint.rewrite import rewrite_many

    assert "safeguarding" not in _written(text)
    assert "protecting issues" not in _fix(text).text and "protecting concerns" not in _fix(text).text
    # the check offers no fix there (the API's "safe" fix), and the rewrite does not make it either
    assert not [f for r in engine().check_document(text, "worry") for f in r.findings
                if f.fix is not None and f.fix.replacement == "protecting"]
    rewritten = rewrite_many([text], ["worry"])[0].text
    assert "protecting issues" not in rewritten and "protecting concerns" not in rewritten


@pytest.mark.parametrize("text", [
    "The sixth form college is safeguarding Amira after older boys threatened her at the bus stop on 9 March.",
    "Grandad is safeguarding the twins by keeping them away from Mr Ross, who hit Jade (6) on 1 May.",
])
def test_the_verb_with_a_person_or_a_determiner_after_it_is_still_written(text):
    assert _written(text).get("safeguarding") == "protecting"


def test_the_part_of_speech_test_is_read_from_the_tagger_not_a_list():
    from sos_lint.fixes_fit import modifier_changes_part_of_speech

    nlp = engine().nlp
    doc = _doc("Mrs Obi raised safeguarding worries at the meeting.")
    start = doc.text.index("safeguarding")
    # another verb form for the same modifier is caught too; a noun for it is not
    assert modifier_changes_part_of_speech(doc, nlp, start, start + len("safeguarding"), "watching")
    assert not modifier_changes_part_of_speech(doc, nlp, start, start + len("safeguarding"), "safety")
    # a verb's own object (a person) is not a noun it describes
    doc = _doc("Mrs Obi is safeguarding Lena at school.")
    start = doc.text.index("safeguarding")
    assert not modifier_changes_part_of_speech(doc, nlp, start, start + len("safeguarding"), "protecting")


# (B) a verb that needs its object
@pytest.mark.parametrize("text", [
    "The plan sets out the need to notify before any move, and Mr Drew (Dad) moved Ellis (5) to Leeds on 3 July without a word.",
    "Staff were reminded of the duty to inform, but nobody rang the police when Hana (12) said her uncle touched her.",
])
def test_a_verb_left_without_the_object_its_plain_word_needs_is_held(text):
    from sos_lint.commands.fixing import unwritten_swaps

    written = _written(text)
    assert "notify" not in written and "inform" not in written
    # named for the writer as a swap that does not fit the sentence (what `check --fix` lists)
    assert {words for _, _, words in unwritten_swaps(engine().check_document(text, "worry"))} & {"notify", "inform"}


def test_the_object_test_reads_the_parse():
    from sos_lint.fixes_fit import verb_without_its_object

    doc = _doc("There is a duty to notify under the protocol.")
    at = doc.text.index("notify")
    assert verb_without_its_object(doc, at, at + 6, "tell")
    assert not verb_without_its_object(doc, at, at + 6, "report")  # a verb that can stand alone
    doc = _doc("Mum must notify the school if she moves.")
    at = doc.text.index("notify")
    assert not verb_without_its_object(doc, at, at + 6, "tell")  # its object is there
    doc = _doc("Dad was notified on Monday.")
    at = doc.text.index("notified")
    assert not verb_without_its_object(doc, at, at + 8, "told")  # passive: the one told is the subject


# (C) one thing named two ways
# (Round 41: "supervised contact" -> "supervised family time" became advice only in
# rules/rewrite_swaps.toml, judged doubtful three times; the renaming class is tested on another
# swap that renames its head noun, "early intervention" -> "early help".)
def test_a_renaming_swap_beside_the_same_word_unswapped_is_held():
    text = ("Ms Lowe is worried that Dad was offered early intervention in March and walked out. "
            "The intervention ended in May.")
    assert "early intervention" not in _written(text)
    assert _held(text).get("early intervention") == "mixed"


def test_a_renaming_swap_alone_in_its_draft_is_written():
    text = "Ms Lowe is worried that Dad was offered early intervention in March and walked out."
    assert _written(text).get("early intervention") == "early help"


def test_the_reason_is_named_for_the_writer():
    from sos_lint.commands.fixing import WHY_HELD, why_held

    held = [e for e in _fix("Mr Ince is worried that Mum was offered early intervention in July and did not go. "
                            "The intervention was closed.").advised if e.original == "early intervention"]
    assert held and why_held(held[0]) == WHY_HELD["mixed"]


# (D) one answer per word; one verdict wherever the sentence stands
def test_the_formal_word_message_names_one_swap():
    text = "Mr Hale is worried because Mum has not attended the core group meetings and Ruby (8) missed school."
    messages = [f.message for r in engine().check_document(text, "worry") for f in r.findings
                if f.code == "SOS104" and "attended" in f.message]
    assert messages
    for message in messages:
        assert message.count("\"") <= 4, message  # the word and one swap
        assert not ("Try \"go to\"" in message and "been to" in message), message


def test_ensure_before_a_clause_is_one_verdict_however_the_clause_verb_is_tagged():
    for text in ("Gran will ensure the boys attend school every day.",
                 "Gran will ensure that Kofi takes his inhaler to school."):
        assert _written(text, "goal").get("ensure") == "make sure", text


def test_text_web_and_word_give_the_same_verdict(tmp_path):
    docx = pytest.importorskip("docx")
    from typer.testing import CliRunner

    from sos_lint.cli import app
    from sos_lint.web.service import safe_fixes

    worry = ("Prior to the move the children were left alone at night. There have been safeguarding concerns "
             "raised by the dentist about Noor's teeth.")
    # text
    written = _written(worry)
    assert written.get("Prior to") == "Before" and "safeguarding" not in written
    # the web service
    fixed = safe_fixes(worry, "worry", {}, engine())
    assert [c["original"] for c in fixed.applied] == list(written)
    assert "protecting" not in fixed.text
    # a Word plan: read back what was written into the copy
    plan = tmp_path / "plan.docx"
    document = docx.Document()
    document.add_heading("Worry statement 1", 2)
    document.add_paragraph(worry)
    document.save(plan)
    result = CliRunner().invoke(app, ["check", str(plan), "--fix", "--kind", "worry"])
    assert result.exit_code in (0, 1), result.output
    copy = tmp_path / "plan.reviewed.docx"
    body = "\n".join(p.text for p in docx.Document(copy).paragraphs)
    assert "Before the move" in body
    assert "safeguarding concerns" in body and "protecting" not in body
    assert docx.Document(plan).paragraphs[1].text == worry  # the original is never written


def test_an_object_carried_inside_the_swap_is_an_object():
    # the swap's own words hold the object ("prioritise X" -> "put X first"): not a verb without one
    text = "The health visitor is worried that Mr Bell will not prioritise the twins' feeds when he has been drinking."
    assert "unfitted" not in _held(text).values()


def test_a_verb_with_its_own_subject_before_a_name_is_still_a_verb():
    from sos_lint.fixes_fit import modifier_changes_part_of_speech

    doc = _doc("The YOT has informed CAMHS that Rhys (15) was stabbed on 2 May.")
    at = doc.text.index("informed")
    assert not modifier_changes_part_of_speech(doc, engine().nlp, at, at + 8, "told")


def test_people_named_two_ways_are_not_one_thing_named_two_ways():
    from sos_lint.fixes_fit import renamed_elsewhere

    doc = _doc("Tia (15) was found with two adult males in a car. Older males have been seen outside school.")
    at = doc.text.index("adult males")
    assert not renamed_elsewhere(doc, at, at + len("adult males"), "men", [])
