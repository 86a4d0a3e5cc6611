"""With --redact, everything the command prints or writes goes through redaction: drafts, file
names, author names and error messages (issue 9, part 2, command-line side)."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sos_lint.cli import app

WORRY = ("The social worker is worried that Dad, Gary Hughes, hits Mum when Leah is at home in Coventry "
         "on Fridays. Leah could get hurt.")
PERSONAL = ("Hughes", "Gary", "Leah", "Coventry", "Kelly")
runner = CliRunner()


def run(*args):
    return runner.invoke(app, list(args))


@pytest.fixture
def inputs(tmp_path):
    (tmp_path / "Hughes_family.txt").write_text(WORRY, encoding="utf-8")
    (tmp_path / "Kelly_Hughes_empty.txt").write_text("", encoding="utf-8")
    # A CSV without its header row: the first draft would be read as the column names.
    (tmp_path / "no_header.csv").write_text(f'Kelly Hughes,"{WORRY}"\n', encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "markdown", "html"])
def test_check_redact_hides_names_in_drafts_file_names_and_errors(inputs, fmt):
    result = run("check", str(inputs / "Hughes_family.txt"), str(inputs / "Kelly_Hughes_empty.txt"),
                 str(inputs / "no_header.csv"), str(inputs / "Gary_missing.txt"), "--redact", "--format", fmt)
    assert result.exit_code == 2
    for value in PERSONAL:
        assert value not in result.stdout, (fmt, value)
        assert value not in result.stderr, (fmt, value)
    assert "draft 2 could not be read" in result.stderr and "draft 4 could not be read" in result.stderr
    if fmt == "json":
        data = json.loads(result.stdout)
        assert [r["source"] for r in data["reports"]] == ["draft 1"]
        # Round 33: why, in the readers' own words, never the name; a reason that could quote the
        # input (the CSV's column names) is not given.
        assert data["errors"] == ["draft 2 could not be read: is empty; there is no statement to check",
                                  "draft 3 could not be read", "draft 4 could not be read: no such file"]


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
def test_compare_redact_hides_authors_and_errors(tmp_path, fmt):
    table = tmp_path / "Hughes_case.csv"
    table.write_text(f'author,text\nKelly Hughes,"{WORRY}"\nGary Price,"{WORRY} Mum drinks."\nLeah Price,\n',
                     encoding="utf-8")
    result = run("compare", str(table), "--redact", "--format", fmt)
    assert result.exit_code == 2, result.output
    for value in PERSONAL + ("Price",):
        assert value not in result.stdout, (fmt, value)
        assert value not in result.stderr, (fmt, value)
    assert "Author 1" in result.stdout and "Author 2" in result.stdout
    assert "draft 3 could not be read" in result.stderr
