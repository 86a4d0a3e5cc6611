"""Round 35 (an early-help worker's Word plans, W#1, W#3, W#4, W#10): worries-and-goals tables read
cell by cell, the map's own questions as section headings, tracked changes read as accepted and
sos-lint's swaps written tracked, and a reviewed copy never written over. Each Word case is read back
from what was written, with python-docx."""
from __future__ import annotations

import copy

import pytest

docx = pytest.importorskip("docx")

from docx.oxml.ns import qn  # noqa: E402
from lxml import etree  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from sos_lint import sections  # noqa: E402
from sos_lint.cli import app  # noqa: E402
from sos_lint.word import WordError, read_word  # noqa: E402
from sos_lint.word.annotate import annotate, free_reviewed_path, track_changes_on  # noqa: E402
from sos_lint.word.reader import run_text, text_runs  # noqa: E402

WORRY_A = ("Ms Patel, the nursery manager, and I are worried because on 4 June and 9 June Kai (3) was "
           "collected by his father Dean, who smelt of cannabis and dropped Kai's bag in the road. If this "
           "goes on, Kai could be hurt on the way home.")
WORRY_B = "Concerns regarding the home conditions and Kai presents as withdrawn."
GOAL_A = ("Dean and Lucy, you and Kai need the walk home from nursery to be calm and safe. Lucy will "
          "collect Kai every weekday, and Grandma Val will do it when Lucy works late. We need to see "
          "this for the next two months.")
GOAL_B = "Parents to engage with services prior to the review."


def _statements(draft):
    return [(s.kind, " ".join(run_text(seg.paragraph)[seg.para_offset:] for seg in s.segments))
            for s in draft.statements]


def _table(document, rows):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    return table


# --- W#1: a table whose cells hold statements is read cell by cell -------------------------------

def test_a_header_row_table_is_read_one_statement_per_cell(tmp_path):
    document = docx.Document()
    document.add_heading("Kai's plan", 1)
    _table(document, [["Danger statement", "Safety goal"], [WORRY_A, GOAL_A], [WORRY_B, GOAL_B]])
    document.save(tmp_path / "plan.docx")
    draft = read_word(tmp_path / "plan.docx")
    assert sorted(_statements(draft)) == sorted([("worry", WORRY_A), ("worry", WORRY_B),
                                                 ("goal", GOAL_A), ("goal", GOAL_B)])
    headings = [line for line in draft.text.splitlines() if "in table" in line]
    assert "Danger statement – in table 1, row 2" in headings and "Safety goal – in table 1, row 3" in headings
    # each cell is its own section when the draft is split again: no statement holds two rows
    parts = sections.split(draft.text)
    assert len(parts) == 4 and not any(WORRY_A in p.text and WORRY_B in p.text for p in parts)


def test_a_row_label_that_gives_only_the_kind_is_read(tmp_path):
    document = docx.Document()
    _table(document, [["Worry", WORRY_A], ["Goal", GOAL_A]])
    document.save(tmp_path / "plan.docx")
    assert _statements(read_word(tmp_path / "plan.docx")) == [("worry", WORRY_A), ("goal", GOAL_A)]


def test_a_family_details_table_and_a_kind_word_opening_a_sentence_are_not_statements(tmp_path):
    document = docx.Document()
    _table(document, [["Child", "Kai Brennan (3)"], ["Parents", "Lucy and Dean"], ["Notes", "Worry about money"]])
    document.add_paragraph("Worry is a word Lucy uses a lot about the rent.")
    document.save(tmp_path / "plan.docx")
    with pytest.raises(WordError, match="What are we worried about"):
        read_word(tmp_path / "plan.docx")


def test_a_table_repeating_the_statements_word_for_word_is_checked_once_and_says_so(tmp_path):
    document = docx.Document()
    document.add_heading("Danger statement 1 – Kai", 2)
    document.add_paragraph(WORRY_B)
    document.add_heading("At a glance", 1)
    _table(document, [["Worry statement", "Wellbeing goal"], [WORRY_B, GOAL_B]])
    document.save(tmp_path / "plan.docx")
    draft = read_word(tmp_path / "plan.docx")
    assert _statements(draft) == [("worry", WORRY_B), ("goal", GOAL_B)]  # the table's copy not again
    assert [heading for _, heading in draft.repeated] == ["Danger statement 1 – Kai"]

    class Report:  # the fields annotate reads, for a statement with nothing flagged
        def __init__(self, offset, text, kind):
            self.offset, self.text, self.kind = offset, text, kind
            self.findings, self.components, self.scores, self.score = [], [], {}, 9.0

    reports = [Report(s.segments[0].start, draft.text[s.segments[0].start:s.segments[-1].end], s.kind)
               for s in draft.statements]
    annotate(draft, reports)
    notes = [c.text for c in draft.document.comments if "the same words as" in c.text]
    assert notes == ["sos-lint: the same words as \u201cDanger statement 1 – Kai\u201d, checked there."]


def test_a_table_cell_that_differs_from_the_statement_above_is_still_checked(tmp_path):
    document = docx.Document()
    document.add_heading("Danger statement 1 – Kai", 2)
    document.add_paragraph(WORRY_B)
    _table(document, [["Worry statement"], [WORRY_B + " Dean has missed two contact sessions."]])
    document.save(tmp_path / "plan.docx")
    draft = read_word(tmp_path / "plan.docx")
    assert len(draft.statements) == 2 and not draft.repeated


# --- W#4: the map's own questions as section headings or table labels -------------------------

def test_section_questions_as_headings_give_one_statement_per_paragraph(tmp_path):
    document = docx.Document()
    document.add_paragraph("Brennan family plan", style="Title")
    document.add_heading("What's working well?", 1)
    document.add_paragraph("Grandma Val takes Kai swimming on Saturdays.", style="List Bullet")
    document.add_heading("What are we worried about?", 1)
    document.add_paragraph(WORRY_A)
    document.add_paragraph(WORRY_B)
    document.add_heading("What needs to happen?", 1)
    document.add_paragraph(GOAL_A)
    document.add_heading("Next steps", 1)
    document.add_paragraph("Home visit on 20 June.")
    document.save(tmp_path / "plan.docx")
    draft = read_word(tmp_path / "plan.docx")
    assert _statements(draft) == [("worry", WORRY_A), ("worry", WORRY_B), ("goal", GOAL_A)]
    for left_out in ("swimming", "Home visit", "Brennan family plan"):
        assert left_out not in draft.text


def test_section_questions_as_table_column_labels(tmp_path):
    document = docx.Document()
    _table(document, [["What are we worried about?", "What needs to happen?"], [WORRY_B, GOAL_B]])
    document.save(tmp_path / "plan.docx")
    assert _statements(read_word(tmp_path / "plan.docx")) == [("worry", WORRY_B), ("goal", GOAL_B)]


def test_a_question_opening_a_sentence_is_not_a_heading():
    text = "What we are worried about most is that Kai (3) is left with Dean when he has been smoking cannabis."
    assert [s.kind for s in sections.split(text)] == [None]
    plan = f"What are we worried about?\n{WORRY_A}\n\nWhat needs to happen?\n{GOAL_A}\n"
    assert [(s.kind, s.text) for s in sections.split(plan)] == [("worry", WORRY_A), ("goal", GOAL_A)]


# --- W#3: tracked changes read as accepted; sos-lint's own swaps tracked when tracking is on ------

def _tracked(paragraph, tag, text, rid):
    change = etree.SubElement(paragraph._p, qn(f"w:{tag}"), {qn("w:id"): str(rid), qn("w:author"): "Team manager"})
    run = etree.SubElement(change, qn("w:r"))
    element = etree.SubElement(run, qn("w:delText" if tag == "del" else "w:t"))
    element.text = text
    element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _track_on(document):
    settings = document.settings.element
    settings.append(settings.makeelement(qn("w:trackRevisions"), {}))


def test_a_tracked_insertion_is_read_and_a_tracked_deletion_is_not(tmp_path):
    document = docx.Document()
    document.add_heading("Danger statement 1", 2)
    paragraph = document.add_paragraph("Kai (3) was left alone in the flat on 2 June. ")
    _tracked(paragraph, "del", "Lucy said it was an accident. ", 71)
    _tracked(paragraph, "ins", "It is thought that Dean was at the pub. ", 72)
    document.save(tmp_path / "plan.docx")
    draft = read_word(tmp_path / "plan.docx")
    assert draft.tracked == 2
    assert _statements(draft) == [("worry", "Kai (3) was left alone in the flat on 2 June. "
                                            "It is thought that Dean was at the pub. ")]


def test_a_hyperlinks_words_are_read_in_their_place(tmp_path):
    document = docx.Document()
    document.add_heading("Danger statement 1", 2)
    paragraph = document.add_paragraph("Kai (3) goes to ")
    link = etree.SubElement(paragraph._p, qn("w:hyperlink"))
    run = etree.SubElement(link, qn("w:r"))
    etree.SubElement(run, qn("w:t")).text = "Acorn Nursery"
    paragraph.add_run(" four days a week.")
    document.save(tmp_path / "plan.docx")
    draft = read_word(tmp_path / "plan.docx")
    assert _statements(draft) == [("worry", "Kai (3) goes to Acorn Nursery four days a week.")]
    assert [r.text for r in text_runs(draft.statements[0].segments[0].paragraph)] == [
        "Kai (3) goes to ", "Acorn Nursery", " four days a week."]


def _goal_plan(path, tracking: bool):
    document = docx.Document()
    document.add_heading("Safety goal 1", 2)
    document.add_paragraph("Lucy will walk Kai to nursery every morning prior to 9.00 and ensure he has "
                           "eaten breakfast, and Grandma Val will check in on Fridays.")
    if tracking:
        _track_on(document)
    document.save(path)
    return path


def test_fix_writes_its_swaps_as_tracked_changes_when_track_changes_is_on(tmp_path):
    source = _goal_plan(tmp_path / "plan.docx", tracking=True)
    result = CliRunner().invoke(app, ["check", str(source), "--fix"])
    assert result.exit_code in (0, 1), result.output
    assert "tracked changes by sos-lint" in result.stderr
    copy_ = docx.Document(tmp_path / "plan.reviewed.docx")
    assert track_changes_on(copy_)
    body = copy_.element.body
    inserted = ["".join(t.text for t in e.iter(qn("w:t"))) for e in body.iter(qn("w:ins"))]
    deleted = ["".join(t.text for t in e.iter(qn("w:delText"))) for e in body.iter(qn("w:del"))]
    assert "before" in inserted and "prior to" in deleted
    assert all(e.get(qn("w:author")) == "sos-lint" for e in body.iter(qn("w:ins")))
    accepted = read_word(tmp_path / "plan.reviewed.docx").text
    assert "before 9.00" in accepted and "prior to" not in accepted
    # python-docx's own text leaves out tracked runs: the swap is held only in w:del / w:ins
    assert "prior to" not in copy_.paragraphs[1].text and "before" not in copy_.paragraphs[1].text


def test_fix_writes_plainly_and_says_so_when_track_changes_is_off(tmp_path):
    source = _goal_plan(tmp_path / "plan.docx", tracking=False)
    result = CliRunner().invoke(app, ["check", str(source), "--fix"])
    assert result.exit_code in (0, 1), result.output
    assert "written untracked" in result.stderr
    copy_ = docx.Document(tmp_path / "plan.reviewed.docx")
    assert not list(copy_.element.body.iter(qn("w:ins")))
    assert "before 9.00" in copy_.paragraphs[1].text


def test_a_swap_inside_someone_elses_tracked_insertion_is_never_written_untracked(tmp_path):
    document = docx.Document()
    document.add_heading("Safety goal 1", 2)
    paragraph = document.add_paragraph("Lucy will walk Kai to nursery every morning. ")
    _tracked(paragraph, "ins", "Grandma Val will ring prior to each visit.", 90)
    _track_on(document)
    document.save(tmp_path / "plan.docx")
    result = CliRunner().invoke(app, ["check", str(tmp_path / "plan.docx"), "--fix"])
    assert result.exit_code in (0, 1), result.output
    body = docx.Document(tmp_path / "plan.reviewed.docx").element.body
    theirs = [e for e in body.iter(qn("w:ins")) if e.get(qn("w:author")) == "Team manager"]
    assert ["".join(t.text for t in e.iter(qn("w:t"))) for e in theirs] == ["Grandma Val will ring prior to each visit."]
    assert not [e for e in body.iter(qn("w:del")) if e.get(qn("w:author")) == "sos-lint"]


# --- W#10: a reviewed copy is never written over ---------------------------------------------

def test_a_second_fix_writes_a_new_copy_and_leaves_the_edited_one(tmp_path):
    source = _goal_plan(tmp_path / "plan.docx", tracking=False)
    first = CliRunner().invoke(app, ["check", str(source), "--fix"])
    assert first.exit_code in (0, 1) and "already there" not in first.stderr
    edited = tmp_path / "plan.reviewed.docx"
    document = docx.Document(edited)
    document.add_paragraph("Lucy agreed this at the meeting.")
    document.save(edited)
    kept = edited.read_bytes()
    second = CliRunner().invoke(app, ["check", str(source), "--fix"])
    assert second.exit_code in (0, 1), second.output
    assert edited.read_bytes() == kept
    assert (tmp_path / "plan.reviewed-2.docx").exists()
    assert "plan.reviewed.docx was already there and is left as it was" in second.stderr
    assert free_reviewed_path(source).name == "plan.reviewed-3.docx"


def test_the_first_reviewed_copy_keeps_its_plain_name(tmp_path):
    source = tmp_path / "plan.docx"
    assert free_reviewed_path(source).name == "plan.reviewed.docx"
    (tmp_path / "other.reviewed.docx").write_bytes(b"")
    assert free_reviewed_path(source).name == "plan.reviewed.docx"


# --- W#2: a whole plan pasted in: front matter, other sections and a pasted table are not checked --

PASTED = (
    "Support plan – the Brennan family\n"
    "Written with Lucy and Dean at home on 12 June.\n"
    "Family details\n"
    "Child\tKai Brennan (3), Acorn Nursery\n"
    "Parents\tLucy Brennan, Dean Brennan\n"
    "What's working well?\n"
    "•\tGrandma Val takes Kai swimming on Saturdays.\n"
    "What are we worried about?\n"
    "Danger statement 1 – Kai\n"
    f"{WORRY_A}\n"
    "What needs to happen?\n"
    "Safety goal 1 – Kai\n"
    f"{GOAL_A}\n"
    "Our plan on one page\n"
    "Danger statement\tSafety goal\n"
    f"{WORRY_A}\t{GOAL_A}\n"
    "Next steps\n"
    "•\tHome visit on 20 June.\n"
    "Completed by: P. Okoro, Family Support, 12 June\n"
)


def test_a_pasted_whole_plan_checks_only_its_statements():
    parts = sections.split(PASTED)
    assert [(p.kind, p.text) for p in parts] == [("worry", WORRY_A), ("goal", GOAL_A)]
    assert [p.title for p in parts] == ["Danger statement 1 – Kai", "Safety goal 1 – Kai"]
    for part in parts:  # every offset still points into the pasted text
        assert PASTED[part.offset:part.offset + len(part.text)] == part.text


def test_a_first_statement_without_a_heading_is_still_checked():
    text = f"{WORRY_B}\n\nSafety goal 1\n{GOAL_A}\n"
    assert [(p.kind, p.text) for p in sections.split(text)] == [(None, WORRY_B), ("goal", GOAL_A)]


def test_a_sentence_that_mentions_next_steps_or_strengths_does_not_end_the_statement():
    body = ("Lucy and Dean, you will agree the next steps with Grandma Val each Sunday.\n"
            "Strengths in the family will be used, and Kai will be collected on time every day.")
    parts = sections.split(f"Safety goal 1\n{body}\n")
    assert [(p.kind, p.text) for p in parts] == [("goal", body)]
