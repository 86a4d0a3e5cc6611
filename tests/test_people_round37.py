"""Round 37 (r37d): who is who.

- `sos-lint check` takes --child-name and --name ROLE=NAME as `rewrite` does, so a practitioner can
  tell the check who the child is; a child named so is the one the suggestions name.
"""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from sos_lint.cli import app

runner = CliRunner()
# Two grown-ups named bare and a baby named bare: nothing in the words says which is the child.
LATE = ("Kerry and Shaun were still asleep at two in the afternoon, and Robyn had been in the same nappy "
        "since the night before.\n")


def _check(path, *args):
    return runner.invoke(app, ["check", str(path), "--kind", "worry", *args])


@pytest.fixture
def late(tmp_path):
    path = tmp_path / "late.txt"
    path.write_text(LATE, encoding="utf-8")
    return path


def _named_in_suggestions(output: str) -> set[str]:
    return {name for name in ("Kerry", "Shaun", "Robyn") if f"If nothing changes, {name} could" in output}


def test_check_names_the_child_it_is_told(late):
    plain = _check(late)
    assert plain.exit_code == 1
    assert _named_in_suggestions(plain.stdout) == {"Kerry"}  # the text alone: the first bare name
    told = _check(late, "--child-name", "Robyn")
    assert told.exit_code == 1
    assert _named_in_suggestions(told.stdout) == {"Robyn"}
    assert "Kerry's teacher" not in told.stdout and "Robyn's teacher" in told.stdout


def test_check_reads_adults_named_by_role(late):
    told = _check(late, "--name", "mother=Kerry", "--name", "father=Shaun")
    assert told.exit_code == 1
    assert _named_in_suggestions(told.stdout) == {"Robyn"}


def test_check_name_wants_role_equals_name(late):
    for bad in ("mother", "=Kerry", "mother= "):
        result = _check(late, "--name", bad)
        assert result.exit_code == 2
        assert "--name wants ROLE=NAME" in result.output


def test_check_help_names_the_options_as_rewrite_does():
    check_help = runner.invoke(app, ["check", "--help"]).stdout
    rewrite_help = runner.invoke(app, ["rewrite", "--help"]).stdout
    for option in ("--child-name", "--name"):
        assert option in check_help and option in rewrite_help
    assert "ROLE=NAME" in check_help


def test_command_line_names_override_the_configuration(tmp_path, late):
    config = tmp_path / "names.toml"
    config.write_text('[names]\nchild = "Kerry"\n', encoding="utf-8")
    from_file = _check(late, "--config", str(config))
    assert _named_in_suggestions(from_file.stdout) == {"Kerry"}
    both = _check(late, "--config", str(config), "--child-name", "Robyn")
    assert _named_in_suggestions(both.stdout) == {"Robyn"}


def test_fix_diff_takes_the_names_too(late):
    result = runner.invoke(app, ["check", str(late), "--diff", "--child-name", "Robyn"])
    assert result.exit_code in (0, 1)
    assert "Traceback" not in result.output
