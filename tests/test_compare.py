"""Group comparison: ranking, matrix, best wording, shared jargon, a combined draft that invents nothing, CLI."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from sos_lint.api import engine
from sos_lint.compare import compare, sentence_spans
from sos_lint.findings import DIMENSIONS, Finding
from sos_lint.report import Component, Report

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
PRIYA, SAM = str(EXAMPLES / "group_draft_priya.txt"), str(EXAMPLES / "group_draft_sam.txt")


def _report(text: str, score: float, components=(), findings=(), kind="worry") -> Report:
    return Report(text=text, kind=kind, kind_source="given", findings=list(findings),
                  scores={d: score for d in DIMENSIONS}, score=score, rule_score=score,
                  components=[Component(*c) for c in components])


def _jargon(text: str, words: str, code="SOS101") -> Finding:
    start = text.index(words)
    return Finding(code, "jargon-term", "jargon", "warning", f'"{words}" is jargon.', start, start + len(words),
                   "plain words")


ANNA = "Children's Services are worried about Noah. Dad shouts at Mum most nights. Noah may be at risk."
BEN = "Noah's teacher is worried. Dad has been drinking and there are concerns. Noah hears Dad shout and hides."
CAL = "The social worker is worried about Noah. If nothing changes Noah could get hurt. He is at risk."


@pytest.fixture()
def synthetic():
    anna = _report(ANNA, 6.0, [("who", "Who is worried", False, "Children's Services"),
                               ("behaviour", "What the adults did", True, "Dad … shouts"),
                               ("future", "What could happen", False, "")],
                   [_jargon(ANNA, "at risk")])
    ben = _report(BEN, 7.5, [("who", "Who is worried", True, "Noah's teacher"),
                             ("behaviour", "What the adults did", True, "Dad … drinking / Dad … shout"),
                             ("future", "What could happen", False, "")],
                  [_jargon(BEN, "concerns", "SOS302")])
    cal = _report(CAL, 5.0, [("who", "Who is worried", True, "The social worker"),
                             ("behaviour", "What the adults did", False, ""),
                             ("future", "What could happen", True, "If nothing changes")],
                  [_jargon(CAL, "at risk")])
    return compare([("Anna", anna), ("Ben", ben), ("Cal", cal)])


def test_drafts_are_ranked_by_overall_score(synthetic):
    (worry,) = synthetic.kinds
    assert [d.author for d in worry.ranked] == ["Ben", "Anna", "Cal"]


def test_each_part_lists_who_has_it_and_the_best_wording_with_its_author(synthetic):
    rows = {row.name: row for row in synthetic.kinds[0].components}
    assert rows["who"].authors == ("Ben", "Cal")
    assert (rows["who"].best.author, rows["who"].best.text) == ("Ben", "Noah's teacher is worried.")
    # Ben's clean sentence beats Anna's, though both drafts have the part.
    assert rows["behaviour"].best.text == "Noah hears Dad shout and hides."
    assert rows["future"].best.author == "Cal"


def test_combined_draft_only_copies_sentences_and_names_their_author(synthetic):
    worry = synthetic.kinds[0]
    texts = {d.author: d.report.text for d in worry.ranked}
    assert [(s.author, s.text) for s in worry.combined] == [
        ("Ben", "Noah's teacher is worried."),
        ("Ben", "Noah hears Dad shout and hides."),
        ("Cal", "If nothing changes Noah could get hurt."),
    ]
    for sentence in worry.combined:
        assert sentence.text in texts[sentence.author]
    assert worry.combined[0].parts == ("Who is worried",)
    assert worry.missing == []


def test_parts_no_draft_has_are_listed_not_written():
    one = _report("Mum drinks. Noah is sad.", 5.0, [("timescale", "For how long", False, "")], kind="goal")
    two = _report("Dad drinks. Noah cries.", 4.0, [("timescale", "For how long", False, "")], kind="goal")
    goal = compare([("A", one), ("B", two)]).kinds[0]
    assert goal.combined == [] and goal.missing == ["For how long"]


def test_jargon_is_shared_only_when_two_or_more_drafts_use_it(synthetic):
    shared = synthetic.kinds[0].shared_jargon
    assert [(t.words, t.authors) for t in shared] == [("at risk", ("Anna", "Cal"))]
    assert shared[0].suggestion == "plain words"


def test_without_parts_the_combined_draft_is_the_top_draft_as_written():
    one, two = _report("Dad shouts. Noah hides.", 7.0), _report("There are concerns.", 3.0)
    worry = compare([("A", two), ("B", one)]).kinds[0]
    assert worry.combined_is_top_draft
    assert [(s.author, s.text) for s in worry.combined] == [("B", "Dad shouts."), ("B", "Noah hides.")]


def test_kinds_are_compared_separately_and_repeat_authors_are_numbered():
    worry_1, worry_2 = _report("Dad shouts.", 6.0), _report("Mum cries.", 5.0)
    goal = _report("Dad will walk.", 8.0, kind="goal")
    result = compare([("Sam", worry_1), ("Sam", worry_2), ("Sam", goal), ("Jo", _report("Jo's.", 2.0))])
    assert [k.kind for k in result.kinds] == ["worry", "goal"]
    assert [d.author for d in result.kinds[0].ranked] == ["Sam", "Sam (2)", "Jo"]
    assert result.authors == ["Sam", "Jo"]


def test_json_form_is_stable_and_versioned(synthetic):
    data = json.loads(json.dumps(synthetic.to_dict()))
    assert data["schema_version"] == 1
    # Round 33 added "notes" (families kept apart) and "combined_withheld"; round 35 "family_left" and
    # "child_words_note" (and "child_words" on each sentence); round 40 "family_words_note" and
    # "same_as": new keys, none renamed.
    assert set(data) == {"schema_version", "authors", "redacted", "comparisons", "notes", "errors"}
    worry = data["comparisons"][0]
    assert set(worry) == {"kind", "title", "ranking", "components", "shared_jargon", "combined",
                          "combined_is_top_draft", "combined_withheld", "missing", "family_left", "child_words_note",
                          "family_words_note", "same_as"}
    assert worry["ranking"][0]["rank"] == 1 and set(worry["ranking"][0]["scores"]) == set(DIMENSIONS)


def test_fallback_sentence_splitter():
    text = 'Dad shouts. "Stop," Noah says! Is Mum ok?\n\nNan helps'
    assert [text[s:e] for s, e in sentence_spans(text)] == ["Dad shouts.", '"Stop," Noah says!', "Is Mum ok?",
                                                             "Nan helps"]


def test_real_drafts_compare_kind_by_kind():
    statements = [(name, r) for name, path in (("Priya", PRIYA), ("Sam", SAM))
                  for r in engine().check_document(Path(path).read_text(encoding="utf-8"), None, path)]
    result = compare(statements)
    assert [k.kind for k in result.kinds] == ["worry", "goal"]
    for kind in result.kinds:
        assert kind.ranked[0].author == "Sam"
        texts = {d.author: " ".join(d.report.text.split()) for d in kind.ranked}
        assert kind.combined
        assert all(s.text in texts[s.author] for s in kind.combined)


# --- the command ---------------------------------------------------------------------------------

def _app() -> typer.Typer:
    from sos_lint import cli

    return cli.app


def _run(*args: str):
    return CliRunner().invoke(_app(), ["compare", *args])


def test_cli_text_output_and_exit_code():
    result = _run(PRIYA, SAM)
    assert result.exit_code == 1, result.output
    assert "Group comparison" in result.output and "Ranking and scores" in result.output
    assert "group_draft_sam" in result.output and "Suggested combined draft" in result.output


@pytest.mark.parametrize("fmt, marker", [("markdown", "## Worry statement"), ("json", '"schema_version": 1'),
                                         ("html", "<!DOCTYPE html>")])
def test_cli_formats(fmt, marker):
    result = _run(PRIYA, SAM, "--format", fmt)
    assert result.exit_code == 1 and marker in result.output
    if fmt == "json":
        assert json.loads(result.output)["authors"] == ["group_draft_priya", "group_draft_sam"]


def test_cli_html_to_a_file(tmp_path):
    out = tmp_path / "report.html"
    result = _run(PRIYA, SAM, "--format", "html", "--output", str(out))
    assert result.exit_code == 1 and "Suggested combined draft" in out.read_text(encoding="utf-8")


def test_cli_folder_input(tmp_path):
    for name in ("priya", "sam"):
        (tmp_path / f"{name}.txt").write_text((EXAMPLES / f"group_draft_{name}.txt").read_text(encoding="utf-8"))
    data = json.loads(_run(str(tmp_path), "--format", "json").output)
    assert data["authors"] == ["priya", "sam"]


def test_cli_bad_input_gets_one_line_and_the_rest_are_compared(tmp_path):
    result = _run(PRIYA, SAM, str(tmp_path / "gone.txt"), "--format", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["authors"] == ["group_draft_priya", "group_draft_sam"]
    assert data["errors"] == [f"{tmp_path / 'gone.txt'}: no such file"]


def test_cli_needs_two_drafts(tmp_path):
    result = _run(SAM, str(tmp_path / "gone.txt"))
    assert result.exit_code == 2 and "at least two drafts" in result.output


def test_cli_csv_with_named_columns(tmp_path):
    import csv

    table = tmp_path / "drafts.csv"
    with open(table, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Who", "Draft"])
        writer.writerow(["Priya", Path(PRIYA).read_text(encoding="utf-8")])
        writer.writerow(["Sam", Path(SAM).read_text(encoding="utf-8")])
        writer.writerow(["Empty", ""])
    result = _run(str(table), "--author-column", "who", "--text-column", "draft", "--format", "json")
    data = json.loads(result.stdout)
    assert data["authors"] == ["Priya", "Sam"]
    assert data["errors"] == [f"{table} row 3: the 'draft' column is empty"] and result.exit_code == 2


def test_cli_jsonl_and_a_missing_column(tmp_path):
    table = tmp_path / "drafts.jsonl"
    rows = [{"author": "Priya", "text": Path(PRIYA).read_text(encoding="utf-8")},
            {"author": "Sam", "text": Path(SAM).read_text(encoding="utf-8")}]
    table.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert json.loads(_run(str(table), "--format", "json").stdout)["authors"] == ["Priya", "Sam"]
    result = _run(str(table), "--text-column", "body")
    assert result.exit_code == 2 and "has no 'body' column" in result.output


def test_cli_redact_keeps_family_details_out_of_every_format(tmp_path):
    for fmt in ("text", "markdown", "json", "html"):
        result = _run(PRIYA, SAM, "--redact", "--format", fmt)
        assert result.exit_code == 1, result.output
        for detail in ("Noah", "Gary", "Sue"):
            assert detail not in result.stdout, (fmt, detail)
        assert "Child A" in result.stdout
    data = json.loads(_run(PRIYA, SAM, "--redact", "--format", "json").stdout)
    assert data["redacted"]["name"] > 5
    # File names and authors can name a family too: a redacted run calls them "draft N" and "Author N".
    assert data["authors"] == ["Author 1", "Author 2"]
    assert {r["source"] for k in data["comparisons"] for r in k["ranking"]} == {"draft 1", "draft 2"}
    assert "group_draft" not in json.dumps(data)


def test_importing_the_command_does_not_load_spacy():
    import subprocess
    import sys

    code = ("import sys, sos_lint.cli, sos_lint.commands.compare; "
            "sys.exit(1 if 'spacy' in sys.modules or 'sklearn' in sys.modules else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
