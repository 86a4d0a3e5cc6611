"""Round 36 (r36f): input, audit dates and mixed fields, from the integrating developer's trial
(review35i I#7, I#10). Every sentence here is new; each mend has cases that must change and near
misses that must not."""
from __future__ import annotations

from pathlib import Path

import pytest

from sos_lint import cleaning, sections
from sos_lint.audit.rows import impossible_date, month_of, prepare, several_statements
from sos_lint.audit.spec import AuditSpec, parse_group_by
from sos_lint.audit.readers import ROW


# -- I#10: a date that cannot be is put in no month, and the row says why -------------------------
@pytest.mark.parametrize("value, why", [
    ("30/02/2026", "February 2026 has no day 30"),
    ("29/02/2027", "February 2027 has no day 29"),
    ("2026-06-31", "June 2026 has no day 31"),
    ("31.11.2025", "November 2025 has no day 31"),
    ("00/05/2026", "May 2026 has no day 0"),
    ("14/14/2026", "there is no month 14"),
])
def test_a_date_that_cannot_be_is_in_no_month(value, why):
    assert month_of(value) == "unknown"
    assert impossible_date(value) == why


@pytest.mark.parametrize("value, month", [
    ("29/02/2028", "2028-02"), ("30/06/2026", "2026-06"), ("2026-11", "2026-11"), ("1/9/2025", "2025-09"),
])
def test_real_dates_keep_their_month_and_say_nothing(value, month):
    assert month_of(value) == month and impossible_date(value) == ""


def test_words_that_are_not_a_date_are_not_called_impossible():
    assert impossible_date("the week after half term") == "" and impossible_date("") == ""


WORRY = ("Ms Adeyemi, the family support worker, is worried that Callum (8) walks home alone across the "
         "ring road after dark because Dad is asleep when school ends.")


def _row(when: str, redact: bool = False):
    spec = AuditSpec(text_column="text", id_column="ref", group_by=(parse_group_by("month:written"),),
                     redact=redact)
    return prepare({ROW: 1, "text": WORRY, "ref": "Q-9", "written": when}, spec)


def test_an_impossible_date_row_says_why_in_its_notes():
    row = _row("31/04/2026")
    assert row.groups["written_month"] == "unknown"
    (code, note), = row.notes
    assert code == "bad-date" and "not a real date: April 2026 has no day 31" in note and "'31/04/2026'" in note


def test_a_redacted_run_gives_the_reason_without_the_value():
    (code, note), = _row("31/04/2026", redact=True).notes
    assert code == "bad-date" and "April 2026 has no day 31" in note and "31/04/2026" not in note


def test_a_real_date_row_has_no_note_and_words_are_still_not_a_date():
    assert _row("30/04/2026").notes == () and _row("30/04/2026").groups["written_month"] == "2026-04"
    (code, note), = _row("after Easter").notes
    assert code == "bad-date" and "not a date ('after Easter')" in note and "real" not in note


# -- I#10: RTF source is read as its words, with every offset mapped back -------------------------
RTF = (r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}{\colortbl ;\red0\green0\blue0;}"
       r"{\*\generator Msftedit 5.41;}\viewkind4\uc1\pard\f0\fs22 The caf\'e9 owner saw Dad\rquote s "
       r"brother grab Imogen (7) by the arm.\par She had a bruise \u8212? the size of a thumb.\par}")


def test_rtf_source_is_read_as_its_words():
    cleaned = cleaning.clean(RTF)
    assert cleaned.text == ("The café owner saw Dad’s brother grab Imogen (7) by the arm.\n"
                            "She had a bruise — the size of a thumb.\n")


def test_each_word_of_rtf_maps_back_to_its_source():
    cleaned = cleaning.clean(RTF)
    at = cleaned.text.index("Imogen")
    start, end = cleaned.span(at, at + len("Imogen"))
    assert RTF[start:end] == "Imogen"
    at = cleaned.text.index("café")
    start, end = cleaned.span(at, at + len("café"))
    assert RTF[start:end] == r"caf\'e9"
    whole = cleaned.span(0, len(cleaned.text.rstrip()))
    assert RTF[whole[0]:].startswith("The caf") and not RTF[:whole[0]].count("Imogen")


@pytest.mark.parametrize("text", [
    r"Mum\Dad argued in front of Tia (4).",  # a backslash in plain text
    "Nan keeps the {spare} key for Tia's house.",  # braces in plain text
    r"The letter said \rtf at the top, which no one understood.",  # the word, not a document
])
def test_text_that_does_not_open_an_rtf_document_is_left_alone(text):
    assert cleaning.clean(text).identity


def test_an_rtf_statement_is_checked_from_its_first_word(engine):
    text = r"{\rtf1\ansi{\fonttbl{\f0 Calibri;}}\f0 Concerns regarding neglect of the twins and DV in the home.}"
    report = engine.check_many([text], ["worry"])[0]
    words = [f for f in report.findings if f.end > f.start]
    assert words and all(not text[f.start:f.end].startswith("{") for f in words)
    whole = [f for f in report.findings if f.code in ("SOS519", "SOS303")]  # about the whole statement
    assert whole and all(text[f.start:f.end] == text[text.index("Concerns"):-1] for f in whole)


# -- I#7: a worry and then a goal with no heading between them -------------------------------------
MIXED = [
    ("The school nurse is worried that Mum leaves Kaspar (3) alone in the flat while she goes to the shop.",
     "Mum, you and Kaspar need an adult to be with Kaspar at home all the time, every day for the next three "
     "months, with Auntie Rita helping."),
    ("Grandad Viktor and the health visitor are concerned that Dad has been driving Ottilie (5) to school "
     "after drinking.",
     "Ottilie needs to travel only with a sober adult; for this to happen, Dad will hand his car keys to "
     "Grandad every night for the next six months."),
    ("Concerns that Mum's new partner Lyle pushed Bea (9) down the stairs on 2 March.",
     "Bea needs Mum to keep Lyle away from the house, and Nana June will check on Bea every evening until "
     "the court hearing in July."),
]


@pytest.mark.parametrize("worry, goal", MIXED)
def test_a_worry_then_a_goal_is_two_statements_and_says_so(worry, goal):
    text = f"{worry} {goal}"
    first, second = sections.split(text)
    assert (first.kind, second.kind) == ("worry", "goal")
    assert first.text == worry and second.text == goal and text[second.offset:] == goal
    assert "no heading" in first.title and "no heading" in second.title
    assert first.kind_source == second.kind_source == "classifier"


SINGLE = [
    # a worry whose last sentence is what could happen
    "The school nurse is worried that Mum leaves Kaspar (3) alone in the flat while she goes to the shop. If Mum "
    "keeps doing this, Kaspar could climb onto the cooker or fall from the window, and he will learn that no one "
    "comes when he cries.",
    # a goal that opens with the family's own worry
    "Mum, you told us you worry about money since Dad left, and that the rent comes first. Kaspar needs a hot meal "
    "every evening; for this to happen, you will cook with Auntie Rita on Mondays and Thursdays for the next "
    "three months.",
    # a worry that ends with a service's next step
    "The school nurse is worried that Mum leaves Kaspar (3) alone in the flat while she goes to the shop. "
    "Children's Services will visit Kaspar every week until things change at home and Mum shows she can keep him "
    "safe.",
    # a goal on its own
    "Dad, you and Ottilie need Ottilie to travel only with a sober adult. For this to happen, Dad will hand his "
    "car keys to Grandad every night for the next six months, and Grandad will tell us if this stops.",
    # a poor worry with a short demand at its end
    "The health visitor is worried about Ottilie (5). Dad has been driving her to school after drinking. Dad needs "
    "to stop drinking and engage with services.",
]


@pytest.mark.parametrize("text", SINGLE)
def test_one_statement_stays_one(text):
    (only,) = sections.split(text)
    assert only.kind is None and only.title is None


def test_headings_still_win_over_the_wording():
    worry, goal = MIXED[0]
    parts = sections.split(f"Danger statement\n{worry}\n\nSafety goal\n{goal}")
    assert [p.kind for p in parts] == ["worry", "goal"] and [p.kind_source for p in parts] == ["heading"] * 2


def test_the_audit_leaves_a_mixed_cell_out_and_a_single_one_in():
    worry, goal = MIXED[1]
    assert several_statements(f"{worry} {goal}")
    assert not any(several_statements(text) for text in SINGLE)


def test_check_document_reports_the_worry_and_the_goal(engine):
    worry, goal = MIXED[2]
    text = f"{worry} {goal}"
    first, second = engine.check_document(text)
    assert (first.kind, second.kind) == ("worry", "goal")
    assert first.kind_source == second.kind_source == "classifier"
    assert text[second.offset:second.offset + len(second.text)] == goal
    assert "no heading" in first.title


# -- W#2: what a pasted whole plan held besides its statements is named, not silently dropped ------
GOAL = ("Marta and Pawel, you and Zosia need bedtimes that are calm and sober: every evening for the next four "
        "months one of you stays alcohol-free, and Babcia Irena rings at eight to check in.")
PLAN = (
    "Child and family plan – Nowicki household\n"          # 1
    "Agreed with Marta and Pawel at the family centre.\n"  # 2
    "Household\n"                                          # 3
    "Child\tZosia Nowicka (7), St Anne's Primary\n"      # 4
    "Danger statement\n"                                   # 5
    f"{WORRY}\n"                                           # 6
    "Safety goal\n"                                        # 7
    f"{GOAL}\n"                                            # 8
    "Summary\n"                                            # 9
    "Danger statement\tSafety goal\n"                      # 10
    f"{WORRY}\t{GOAL}\n"                                   # 11
    "Review date\n"                                        # 12
    "The core group meets again in March.\n"              # 13
    "Prepared by: L. Osei, Family Support\n"               # 14
    "Date: 4 December 2026\n"                              # 15
)


def test_a_pasted_plan_names_each_part_it_left_out_by_line():
    assert [(p.kind, p.text) for p in sections.split(PLAN)] == [("worry", WORRY), ("goal", GOAL)]
    assert sections.left_out(PLAN) == [
        "lines 1-4: the text before the first statement heading (such as a plan's title, details or strengths)",
        "lines 9-11: the section \"Summary\", not a worry or a goal",
        "lines 12-13: the section \"Review date\", not a worry or a goal",
        "lines 14-15: sign-off (who wrote it and when)",
    ]


def test_what_is_left_out_never_quotes_the_plan_s_own_words():
    said = " ".join(sections.left_out(PLAN))
    assert not any(word in said for word in ("Nowicki", "Zosia", "Osei", "Marta", "core group"))


@pytest.mark.parametrize("text", [
    WORRY,  # one statement
    f"Danger statement\n{WORRY}\n\nSafety goal\n{GOAL}\n",  # statements under headings, nothing else
    f"{WORRY} {GOAL}",  # a worry then a goal split by their wording: nothing between them is left out
])
def test_nothing_is_said_when_nothing_was_left_out(text):
    assert sections.left_out(text) == []


def test_a_statement_s_sign_off_alone_is_named():
    assert sections.left_out(f"{WORRY}\nSigned: R. Patel, school nurse\n") == [
        "line 2: sign-off (who wrote it and when)"]


def test_check_says_what_it_left_out_on_screen_and_in_the_json(tmp_path):
    import json
    import subprocess
    import sys

    plan = tmp_path / "nowicki.txt"
    plan.write_text(PLAN, encoding="utf-8")
    single = tmp_path / "single.txt"
    single.write_text(WORRY + "\n", encoding="utf-8")
    out = tmp_path / "report.json"
    run = subprocess.run([sys.executable, "-c", "from sos_lint.cli import main; main()", "check", str(plan),
                          str(single), "--format", "json", "-o", str(out)], capture_output=True, text=True)
    files = {Path(f["source"]).name: f for f in json.loads(out.read_text(encoding="utf-8"))["files"]}
    assert files["nowicki.txt"]["not_checked"] == sections.left_out(PLAN)
    assert "not_checked" not in files["single.txt"]
    assert "nowicki.txt: not checked: lines 1-4: the text before the first statement heading" in run.stderr
    assert "single.txt: not checked" not in run.stderr


def test_the_library_s_one_statement_check_warns_about_a_worry_then_a_goal():
    import warnings

    import sos_lint
    from sos_lint.api import MixedStatementWarning

    worry, goal = MIXED[0]
    with pytest.warns(MixedStatementWarning, match="texts\\[1\\] reads as a worry statement and then a goal"):
        reports = sos_lint.check_many([SINGLE[0], f"{worry} {goal}"])
    assert len(reports) == 2  # still one report each: check reads a text as one statement
    with warnings.catch_warnings():
        warnings.simplefilter("error", MixedStatementWarning)
        sos_lint.check(SINGLE[1])  # one statement: no warning
        sos_lint.check(worry)


def test_a_text_longer_than_any_statement_is_not_read_for_a_goal():
    worry, goal = MIXED[0]
    long_worry = " ".join([worry] * 60)  # over the 5,000 characters a statement may be: refused as it is
    assert sections.worry_then_goal(f"{long_worry} {goal}") is None
    assert sections.worry_then_goal(f"{worry} {goal}") is not None
