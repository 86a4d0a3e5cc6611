"""Round 31 (a practice lead's trial, review31c): reports must not contradict themselves.

- #9: --select/--ignore narrow what is shown and fixed; a score is always the whole judgement, so
  a narrowed run never makes a poor statement pass --fail-under, and the report says how many
  findings it left out ("findings_not_selected" in JSON).

Every sentence here is written for these tests (other names, harms and wording than the trial's).
"""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import sos_lint
from sos_lint.cli import app
from sos_lint.config import Config

runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input, env={"NO_COLOR": "1", "COLUMNS": "100"})


# --- #9: a narrowed run's score -------------------------------------------------------------

POOR_WORRY = "There are worries about CSE and the home conditions."
GOOD_WORRY = ("Mrs Adeyemi, Tobi's teacher, is worried that Mum's boyfriend Carl shouts at Tobi, who is seven, "
              "most mornings before school. Tobi told her he eats breakfast in his room to keep out of the way. "
              "If nothing changes, Tobi could stop telling anyone what happens at home.")


@pytest.mark.parametrize("select", ["SOS1", "SOS2", "SOS104", "SOS4"])
def test_selecting_rules_never_changes_the_score(select):
    full = sos_lint.check(POOR_WORRY, kind="worry")
    narrowed = sos_lint.check(POOR_WORRY, kind="worry", config=Config(select=(select,)))
    assert narrowed.score == full.score and narrowed.scores == full.scores
    assert [c.to_dict() for c in narrowed.components] == [c.to_dict() for c in full.components]
    assert all(f.code.startswith(select) for f in narrowed.findings)
    # every finding of the full run is either shown or counted as left out
    assert len(narrowed.not_selected) == len([f for f in full.findings if not f.code.startswith(select)])


def test_ignoring_rules_never_changes_the_score():
    full = sos_lint.check(POOR_WORRY, kind="worry")
    narrowed = sos_lint.check(POOR_WORRY, kind="worry", config=Config(ignore=("SOS3", "SOS5")))
    assert narrowed.score == full.score
    assert not any(f.code.startswith(("SOS3", "SOS5")) for f in narrowed.findings)
    assert narrowed.not_selected and all(f.code.startswith(("SOS3", "SOS5")) for f in narrowed.not_selected)


def test_a_finding_hidden_behind_a_left_out_rule_is_still_shown():
    # "engage with" is both jargon and service compliance: the full run says it once, as the bigger
    # problem; a run narrowed to plain words still shows it as jargon.
    goal = "Mum, you will engage with the parenting worker and make Zara's tea every night for six months."
    narrowed = sos_lint.check(goal, kind="goal", config=Config(select=("SOS1",)))
    assert any("engage" in goal[f.start:f.end] for f in narrowed.findings)


def test_fail_under_uses_the_whole_score_when_narrowed():
    result = run("check", "-", "--kind", "worry", "--select", "SOS1", "--fail-under", "7", input=POOR_WORRY)
    assert result.exit_code == 1
    assert "score counts every rule" in result.stdout and "left out by --select/--ignore" in result.stdout
    good = run("check", "-", "--kind", "worry", "--select", "SOS1", "--fail-under", "7", input=GOOD_WORRY)
    assert good.exit_code == 0, good.stdout


def test_json_counts_the_findings_left_out_and_keeps_its_fields():
    full = json.loads(run("check", "-", "--kind", "worry", "--format", "json", input=POOR_WORRY).stdout)["reports"][0]
    narrowed = json.loads(run("check", "-", "--kind", "worry", "--format", "json", "--select", "SOS1",
                              input=POOR_WORRY).stdout)["reports"][0]
    assert full["findings_not_selected"] == 0
    assert narrowed["score"] == full["score"] and narrowed["scores"] == full["scores"]
    assert narrowed["findings_not_selected"] == len(full["findings"]) - len(narrowed["findings"]) > 0
    assert set(full) == set(narrowed)


def test_an_unnarrowed_report_says_nothing_about_a_selection():
    result = run("check", "-", "--kind", "worry", input=POOR_WORRY)
    assert "--select" not in result.stdout
