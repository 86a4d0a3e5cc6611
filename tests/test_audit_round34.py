"""Round 34 (review34q, a QA lead auditing an export): repeated statements counted once, placeholders
and garbled rows left out and listed, rows in the wrong kind column listed, score bands and small
groups, no ranking of named staff, --redact, spreadsheet-safe CSV cells, Windows CSV files, two
statements in one cell, run-on sentences measured as written, plain wording in the summary.
Every sentence here was written for these tests (other names, other harms, other wording)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sos_lint.audit import AuditSpec, GroupBy
from sos_lint.audit.readers import ROW, case_column, sniff_encoding
from sos_lint.audit.repeats import Repeats
from sos_lint.audit.rows import placeholder, prepare, several_statements
from sos_lint.audit.spec import SpecError, looks_like_person, person_column_name, person_values
from sos_lint.audit.summary import Summary, Tally, bands, note_codes, view
from sos_lint.audit.writers import csv_value, spreadsheet_safe
from sos_lint.cli import app

runner = CliRunner()

GOAL = ("Ruth, you and Olly need your sister Beth and Olly's nursery to see that Olly is collected on time every day "
        "by a sober adult. Beth will check in each evening and write it in the diary. We need to see this for the next "
        "four months. If this does not happen we will meet again to make a new plan.")
WORRY = ("Olly's nursery and the health visitor are worried because on two mornings last month Ruth arrived to collect "
         "Olly smelling of drink and could not stand up straight. Olly cried and hid behind a teacher. If nothing "
         "changes we are worried Olly could be hurt in the car or left with nobody to care for him.")
OTHER_WORRY = ("The school nurse is worried that Priya (9) has come to school hungry on most Mondays this term and has "
               "fallen asleep in class. If nothing changes Priya could fall behind and feel unwell all week.")


def raw(**cells) -> dict:
    row = {ROW: cells.pop("_row", 1)}
    row.update(cells)
    return row


SPEC = AuditSpec(text_column="text", kind_column="type", id_column="ref", case_column="case",
                 group_by=(GroupBy("team"), GroupBy("when", month=True)))


# -- Q#5 placeholders, garbled rows, labels ------------------------------------------------------
@pytest.mark.parametrize("text", ["OK", "n/a", "TBC.", "As above", "See the attached assessment.",
                                  "Refer to case notes", "Issues.", "Risks noted", "-"])
def test_placeholders_are_not_statements(text):
    assert placeholder(text)


@pytest.mark.parametrize("text", ["Drinking.", "Domestic abuse", "Nan will see the plan every week and ring us.",
                                  "Mum, see the school nurse with Leo each Monday.", "Worries about Dad's temper",
                                  "Dad hit Mum."])
def test_real_words_are_not_placeholders(text):
    assert not placeholder(text)


def test_placeholder_and_broken_characters_are_left_out_with_their_reason():
    assert prepare(raw(text="Not known", type="worry", ref="A1", case="K1", team="T", when="2025-01-02"),
                   SPEC).problem == "placeholder"
    broken = prepare(raw(text="\ufffd\ufffd Mum slapped Tia across the face and Tia screamed.", type="worry",
                         ref="A2", case="K2", team="T", when="2025-01-02"), SPEC)
    assert broken.problem == "broken-characters"


def test_a_one_word_label_is_scored_but_noted():
    row = prepare(raw(text="Drinking.", type="worry", ref="A3", case="K3", team="T", when="2025-01-02"), SPEC)
    assert row.problem == "" and [code for code, _ in row.notes] == ["label-only"]
    longer = prepare(raw(text=OTHER_WORRY, type="worry", ref="A4", case="K4", team="T", when="2025-01-02"), SPEC)
    assert longer.notes == ()


# -- Q#10 two statements in one cell ------------------------------------------------------------
def test_a_worry_and_a_goal_in_one_cell_are_listed_not_scored_as_one():
    cell = "Mum pushed Nan down the stairs.\n\nWellbeing goal\nMum, you and Zara need Nan to be safe at home."
    assert several_statements(cell)
    row = prepare(raw(text=cell, type="worry", ref="B1", case="K1", team="T", when="2025-02-01"), SPEC)
    assert row.problem == "two-statements"


def test_one_heading_inside_a_cell_is_still_one_statement():
    assert not several_statements("Harm statement: Dad hit Mum while Zara watched from the stairs.")
    assert not several_statements(OTHER_WORRY)


# -- Q#4 kind column: unknown values and rows that read as the other kind -----------------------
def test_an_unknown_or_blank_kind_label_is_said():
    odd = prepare(raw(text=OTHER_WORRY, type="apple", ref="C1", case="K1", team="T", when="2025-02-01"), SPEC)
    assert odd.kind is None and odd.notes[0][0] == "unknown-kind" and "apple" in odd.notes[0][1]
    blank = prepare(raw(text=OTHER_WORRY, type="", ref="C2", case="K1", team="T", when="2025-02-01"), SPEC)
    assert blank.notes[0][0] == "unknown-kind" and "blank" in blank.notes[0][1]
    known = prepare(raw(text=OTHER_WORRY, type="Harm statement", ref="C3", case="K1", team="T", when="2025-02-01"),
                    SPEC)
    assert known.kind == "worry" and known.notes == ()


def test_a_bad_date_is_noted():
    row = prepare(raw(text=OTHER_WORRY, type="worry", ref="D1", case="K1", team="T", when="last Tuesday"), SPEC)
    assert row.groups["when_month"] == "unknown" and row.notes[0][0] == "bad-date"
    fine = prepare(raw(text=OTHER_WORRY, type="worry", ref="D2", case="K1", team="T", when="03/04/2025"), SPEC)
    assert fine.notes == ()


def test_a_goal_in_the_worry_column_is_listed_but_keeps_the_column_kind(engine):
    from sos_lint.audit import check_rows

    rows = [raw(_row=1, text=GOAL, type="Danger statement", ref="E1", case="K1", team="T", when="2025-03-01"),
            raw(_row=2, text=WORRY, type="Safety goal", ref="E2", case="K2", team="T", when="2025-03-01"),
            raw(_row=3, text=GOAL, type="Safety goal", ref="E3", case="K3", team="T", when="2025-03-01"),
            raw(_row=4, text=OTHER_WORRY, type="Worry", ref="E4", case="K4", team="T", when="2025-03-01")]
    out = {r["id"]: r for r in check_rows(rows, SPEC)}
    assert out["E1"]["kind"] == "worry" and "wrong-kind: marked Danger statement but reads as a goal" in out["E1"]["notes"]
    assert out["E2"]["kind"] == "goal" and "reads as a worry" in out["E2"]["notes"]
    assert out["E3"]["notes"] == "" and out["E4"]["notes"] == ""  # near misses: in the right column


# -- Q#2 the same statement exported twice ------------------------------------------------------
def _checked(rid, key):
    return {"id": rid, "status": "checked", "notes": "", "_key": key}


def test_a_case_statement_on_two_rows_is_counted_once():
    spec = AuditSpec(case_column="case", group_by=(GroupBy("team"),))
    rows = Repeats(spec).mark([_checked("R1", "k1"), _checked("R2", "k2"), _checked("R3", "k1")])
    assert [r["status"] for r in rows] == ["checked", "checked", "duplicate"]
    assert "as R1" in rows[2]["notes"] and all("_key" not in r for r in rows)


def test_without_a_case_column_a_repeated_text_is_only_noted():
    rows = Repeats(AuditSpec(group_by=(GroupBy("team"),))).mark([_checked("R1", "k1"), _checked("R2", "k1")])
    assert [r["status"] for r in rows] == ["checked", "checked"]
    assert rows[1]["notes"].startswith("repeated-text:")


def test_the_text_key_ignores_spacing_and_case_but_not_the_case_reference():
    from sos_lint.audit.batch import text_key

    first = prepare(raw(text="Dad  hit Mum while Ava watched.", type="worry", ref="1", case="K9", team="T",
                        when="2025-01-01"), SPEC)
    again = prepare(raw(text="dad hit mum while ava watched.", type="worry", ref="2", case="K9", team="T",
                        when="2025-01-09"), SPEC)
    other = prepare(raw(text="Dad hit Mum while Ava watched.", type="worry", ref="3", case="K10", team="T",
                        when="2025-01-01"), SPEC)
    assert text_key(first, SPEC) == text_key(again, SPEC) != text_key(other, SPEC)


def test_a_case_column_is_found_by_its_name_only_when_there_is_one():
    assert case_column(["row_id", "team", "case_ref", "text"], ["text"]) == "case_ref"
    assert case_column(["id", "Case ID", "text"], ["text"]) == "Case ID"
    assert case_column(["id", "team", "text"], ["text"]) is None
    assert case_column(["case_ref", "plan_id", "text"], ["text"]) is None  # two: nothing is guessed


def test_the_summary_counts_a_duplicate_once_and_adds_up():
    summary = Summary(["team"], [])
    base = {"team": "Hill", "kind": "worry", "kind_source": "given", "score": 9.0, "findings": "", "missing": "",
            "jargon_terms": "", **{d: 10.0 for d in ("jargon", "readability", "specificity", "child_focus",
                                                      "structure")}}
    summary.add({**base, "id": "1", "status": "checked", "notes": ""})
    summary.add({**base, "id": "2", "status": "duplicate", "notes": "duplicate: the same case and text as 1, counted once"})
    summary.add({**base, "id": "3", "status": "placeholder", "notes": "", "score": None})
    v = view(summary, {}, min_group=1)
    assert v["checked"] == 1 and v["duplicates"] == 1 and v["bad_total"] == 1 and v["rows"] == 3
    from sos_lint.audit.markdown import counts_sentence, render

    assert counts_sentence(v) == ("3 rows read; 1 statement checked and counted; 1 row repeating an earlier row's "
                                  "statement, counted once; 1 row left out of the figures (1 + 1 + 1 = 3 of the 3 rows).")
    assert "1 statements" not in render(v)


# -- Q#6 bands, small groups, months in order ---------------------------------------------------
def test_bands_split_at_the_checker_s_own_lines():
    histogram = [0] * 101
    for score in (2.0, 4.0, 4.1, 7.9, 8.0, 9.5):
        histogram[round(score * 10)] += 1
    assert bands(histogram) == {"ready": 2 / 6, "needs work": 2 / 6, "not ready": 2 / 6}
    assert bands([0] * 101)["ready"] is None


def test_a_small_group_s_median_is_marked_and_dated_groups_sort_by_date():
    summary = Summary(["period"], [])
    base = {"kind": "worry", "kind_source": "given", "findings": "", "missing": "", "jargon_terms": "", "notes": "",
            **{d: 10.0 for d in ("jargon", "readability", "specificity", "child_focus", "structure")}}
    for i, period in enumerate(["2025-03"] * 12 + ["2025-01"] * 3 + ["2025-02"] * 6):
        summary.add({**base, "id": str(i), "status": "checked", "period": period, "score": 9.0})
    v = view(summary, {}, min_group=1)
    rows = v["groups"][0]["rows"]
    assert [r["group"] for r in rows] == ["2025-01", "2025-02", "2025-03"]
    assert [r["few"] for r in rows] == [True, True, False]
    from sos_lint.audit.markdown import render

    assert "| 2025-01 | 3 | 3 | 9.0 * |" in render(v)


# -- Q#3 people and --redact ----------------------------------------------------------------------
@pytest.mark.parametrize("value, person", [("Siobhan Hughes", True), ("Tariq Mahmood", True), ("Kwame Asante", True),
                                           ("Hillside Duty", False), ("Family Support Team", False),
                                           ("South CIN", False), ("2025-03", False), ("Grace Court", False),
                                           ("Hope Team", False)])
def test_a_value_reads_as_a_person_s_name(value, person):
    assert looks_like_person(value) is person


@pytest.mark.parametrize("value, hidden", [("Bronwen Nwosu", True), ("Kwame Asante", True), ("Hillside Duty", False),
                                           ("Eastgate Early Help", False), ("Northside Assessment", False),
                                           ("South CIN", False)])
def test_redaction_hides_a_name_it_does_not_know_as_a_given_name(value, hidden):
    from sos_lint.audit.spec import maybe_person

    assert maybe_person(value) is hidden


def test_person_columns_by_name_or_values():
    assert person_column_name("allocated_worker") and person_column_name("Author") and person_column_name("staff name")
    assert not person_column_name("team") and not person_column_name("locality")
    assert person_values(["Siobhan Hughes", "Tariq Mahmood", "Hillside Duty"])
    assert not person_values(["Hillside Duty", "South CIN", "Tariq Mahmood"])


def test_a_table_by_person_names_no_highest_or_lowest():
    summary = Summary(["owner", "team"], [])
    base = {"kind": "goal", "kind_source": "given", "findings": "", "missing": "", "jargon_terms": "", "notes": "",
            **{d: 10.0 for d in ("jargon", "readability", "specificity", "child_focus", "structure")}}
    people = ["Rhiannon Hughes", "Tariq Mahmood", "Yusuf Nwosu", "Carys Bevan"]
    teams = ["Hill", "Dale", "Vale", "Moor"]
    for i in range(40):
        summary.add({**base, "id": str(i), "status": "checked", "owner": people[i % 4], "team": teams[i % 4],
                     "score": float(2 + i % 4 * 2)})
    v = view(summary, {}, min_group=1)
    by = {g["column"]: g for g in v["groups"]}
    assert by["owner"]["people"] and not by["owner"]["best"] and not by["owner"]["worst"]
    assert not by["team"]["people"] and by["team"]["best"]  # near miss: teams are still compared
    from sos_lint.audit.html import render as html
    from sos_lint.audit.markdown import render

    for text in (render(v), html(v)):
        assert "not for ranking staff" in text
        assert "Highest median scores: R" not in text and "Lowest median scores: R" not in text


def test_redact_refuses_a_person_grouping_and_text():
    with pytest.raises(SpecError, match="people's names"):
        AuditSpec(group_by=(GroupBy("worker"),), redact=True).validate()
    with pytest.raises(SpecError, match="--include-text"):
        AuditSpec(include_text=True, redact=True).validate()
    AuditSpec(group_by=(GroupBy("team"),), redact=True).validate()  # near miss: fine


def test_redact_writes_row_numbers_and_hides_names_in_group_cells():
    spec = AuditSpec(text_column="text", kind_column="type", id_column="ref", redact=True,
                     group_by=(GroupBy("allocated"), GroupBy("when", month=True)))
    row = prepare(raw(_row=17, text=OTHER_WORRY, type="banana", ref="CR-550011", allocated="Bronwen Nwosu",
                      when="not known"), spec)
    assert row.id == "row 17" and row.groups["allocated"] == "(a name)"
    assert all("banana" not in what and "not known" not in what for _, what in row.notes)
    team = prepare(raw(_row=18, text=OTHER_WORRY, type="worry", ref="CR-550012", allocated="Hillside Duty",
                       when="2025-01-01"), spec)
    assert team.groups["allocated"] == "Hillside Duty"


def test_a_summary_lists_a_few_ids_and_a_count():
    from sos_lint.audit.markdown import render

    summary = Summary([], [])
    for i in range(30):
        summary.add({"id": f"CR-{900000 + i}", "status": "empty", "notes": ""})
    text = render(view(summary, {}, min_group=1))
    assert text.count("CR-9") == 5 and "and 25 more" in text


# -- Q#9 formulas in cells -----------------------------------------------------------------------
@pytest.mark.parametrize("cell, written", [("=SUM(A1:A3)", "'=SUM(A1:A3)"), ("+44 7700", "'+44 7700"),
                                           ("@cmd", "'@cmd"), ("-x", "'-x"), ("\tTab", "'\tTab"),
                                           ("'=already", "''=already"), ("-3.5", "-3.5"), ("Hill team", "Hill team"),
                                           ("it's fine", "it's fine")])
def test_cells_that_start_like_formulas_are_written_as_text(cell, written):
    assert spreadsheet_safe(cell) == written
    assert csv_value(written) == cell


def test_summaries_show_formula_cells_as_text():
    from sos_lint.audit.html import _safe
    from sos_lint.audit.markdown import as_text

    assert as_text("=2+2") == "`=2+2`" and as_text("Hill") == "Hill" and as_text("-1") == "-1"
    assert _safe("=2+2") == "<code>=2+2</code>" and _safe("Hill & Dale") == "Hill &amp; Dale"


# -- Q#7 Windows files ---------------------------------------------------------------------------
def test_a_windows_csv_gets_the_encoding_hint(tmp_path):
    windows = tmp_path / "w.csv"
    windows.write_bytes("id,text\n1,Nan said \u2018she\u2019s scared\u2019 of Dad\n".encode("cp1252"))
    assert "--encoding cp1252" in sniff_encoding(windows)
    plain = tmp_path / "u.csv"
    plain.write_text("id,text\n1,Nan said \u2018she\u2019s scared\u2019 of Dad\n", encoding="utf-8")
    assert sniff_encoding(plain) == ""
    other = tmp_path / "o.csv"
    other.write_bytes(b"id,text\n1,Nan \x81\x9d said\n")  # bytes cp1252 has no character for
    assert sniff_encoding(other) == ""


# -- Q#8 a run-on sentence is as long as the writer wrote it ------------------------------------
def test_a_run_on_sentence_is_measured_by_its_punctuation(engine):
    from sos_lint.api import check

    run_on = ("Nan and the school are worried that Dad and his friend Carl have been drinking in the flat most "
              "afternoons and Carl has thrown a bottle at the wall and Dad fell asleep while Sami who is 6 was in "
              "the bath on his own and Sami told his teacher he was cold and frightened and nobody came when he "
              "called and he does not like going home after school and if this carries on Sami could drown or be "
              "hurt by the glass")
    report = check(run_on, kind="worry")
    long = [f for f in report.findings if f.code == "SOS201"]
    assert long and long[0].severity == "warning" and f"has {len(run_on.split())} words" in long[0].message
    split = run_on.replace(" and Dad fell", ". Dad fell").replace(" and if this", ". If this")
    assert all(f.severity != "warning" for f in check(split, kind="worry").findings if f.code == "SOS201")


# -- smaller ------------------------------------------------------------------------------------
def test_findings_carry_plain_titles():
    summary = Summary([], [])
    summary.add({"id": "1", "status": "checked", "kind": "worry", "kind_source": "given", "score": 3.0,
                 "findings": "SOS401", "missing": "", "jargon_terms": "", "notes": "",
                 **{d: 5.0 for d in ("jargon", "readability", "specificity", "child_focus", "structure")}})
    title = view(summary, {}, min_group=1)["findings"][0]["title"]
    assert title and not title.startswith("Flags") and "child" in title


def test_note_codes_read_back_from_the_notes_cell():
    cell = "wrong-kind: marked Goal but reads as a worry; scored as a goal, as marked; bad-date: when is blank"
    assert [c for c, _ in note_codes(cell)] == ["wrong-kind", "bad-date"]
    assert note_codes("") == [] and note_codes("free text") == []


def test_markdown_check_report_keeps_a_pasted_character_reference():
    from sos_lint.render.markdown import quoted

    assert quoted("Mum &amp; Dad<br>left") == "Mum &amp; Dad&lt;br&gt;left"
    assert quoted("Mum & Dad") == "Mum &amp; Dad"


def test_tally_counts_labels():
    tally = Tally()
    tally.add({"status": "checked", "score": 2.0, "kind": "worry", "notes": "label-only: only a label",
               **{d: 5.0 for d in ("jargon", "readability", "specificity", "child_focus", "structure")}})
    assert tally.labels == 1


# -- end to end ----------------------------------------------------------------------------------
def _export(path: Path) -> Path:
    rows = [
        ["H-1", "Hill", "CS-10", "2025-04-03", "Bronwen Hughes", "Danger statement", WORRY],
        ["H-2", "Hill", "CS-11", "2025-04-05", "Bronwen Hughes", "Danger statement", GOAL],
        ["H-3", "Hill", "CS-10", "2025-04-03", "Bronwen Hughes", "Danger statement", WORRY],  # exported twice
        ["H-4", "=1+2", "CS-12", "someday", "Tariq Mahmood", "Safety goal", GOAL],
        ["H-5", "Hill", "CS-13", "2025-05-01", "Tariq Mahmood", "Danger statement", "N/A"],
        ["H-6", "Hill", "CS-14", "2025-05-02", "Tariq Mahmood", "Danger statement", OTHER_WORRY],
        ["H-7", "Hill", "CS-15", "2025-05-02", "Tariq Mahmood", "Danger statement", OTHER_WORRY],  # another case
    ]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["row_id", "team", "case_ref", "written", "worker", "type", "text"])
        writer.writerows(rows)
    return path


def test_the_audit_end_to_end(tmp_path):
    export = _export(tmp_path / "e.csv")
    out, summary = tmp_path / "r.csv", tmp_path / "s.md"
    out.write_text("last month\n", encoding="utf-8")
    result = runner.invoke(app, ["audit", str(export), "--kind-column", "type", "--id-column", "row_id",
                                 "--group-by", "team", "--group-by", "worker", "--group-by", "month:written",
                                 "--output", str(out), "--summary", str(summary), "--min-group", "1", "--jobs", "1"])
    assert result.exit_code == 2, result.output  # round 35 (review35i I#4): rows were left out
    assert "already existed: it was replaced" in result.stderr
    with open(out, newline="", encoding="utf-8") as handle:
        rows = {r["id"]: r for r in csv.DictReader(handle)}
    assert rows["H-3"]["status"] == "duplicate" and rows["H-7"]["status"] == "checked"  # same text, other case
    assert rows["H-5"]["status"] == "placeholder"
    assert rows["H-4"]["team"] == "'=1+2" and "bad-date" in rows["H-4"]["notes"]
    assert "reads as a goal" in rows["H-2"]["notes"]
    report = summary.read_text(encoding="utf-8")
    assert "1 row repeating an earlier row's statement, counted once" in report
    assert "not for ranking staff" in report and "Highest median scores: Bronwen" not in report
    assert "`=1+2`" in report and "| =1+2 |" not in report
    assert "Rows to look at" in report and "H-2: marked Danger statement but reads as a goal" in report


def test_a_redacted_audit_writes_no_reference_or_name(tmp_path):
    export = _export(tmp_path / "e.csv")
    out, summary = tmp_path / "r.csv", tmp_path / "s.html"
    result = runner.invoke(app, ["audit", str(export), "--kind-column", "type", "--id-column", "case_ref",
                                 "--group-by", "team", "--redact", "--output", str(out), "--summary", str(summary),
                                 "--min-group", "1", "--jobs", "1"])
    assert result.exit_code == 2, result.output  # round 35 (review35i I#4): a row was left out
    written = out.read_text(encoding="utf-8") + summary.read_text(encoding="utf-8") + result.stderr
    for secret in ("CS-1", "Bronwen", "Tariq", "Olly", "Ruth", "Priya"):
        assert secret not in written
    assert "row 3" in written
    refused = runner.invoke(app, ["audit", str(export), "--group-by", "worker", "--redact"])
    assert refused.exit_code == 2 and "people's names" in refused.stderr
