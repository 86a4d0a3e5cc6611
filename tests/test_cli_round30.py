"""Round 30 (a practice lead's trial, problem 21): `check --fix` says what it left.

- After --fix the exit code says whether findings remain in the text as written (0 clean,
  1 findings, 2 usage or input problem), as `check` on the fixed file would; --fail-under decides
  on the fixed text's scores, as it does for `check`.
- Each change not written is named: line:column in the file as it now is, «the words» -> the
  suggested words, and why. Role words ("Mother", "the children") are listed with their family
  word and one line saying why --fix leaves them (who is meant is the writer's to say).
- An input that cannot be read is said once, on standard error, never again on standard output.

Every test drives the real command line on temporary files and reads back what was written.
"""
from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from sos_lint.cli import app

runner = CliRunner()

# A goal in report words: one safe swap per line ("prior to", "commence"), one swap that needs the
# writer's judgement ("contact session"), and two role words. (Round 36, W#9: "attend" inside a
# goal's compliance error is listed, not written, so the second line's safe swap is "commence".)
GOAL = "Mother will attend the parenting course prior to the review.\nFather will commence a contact session.\n"
GOAL_FIXED = "Mother will attend the parenting course before the review.\nFather will start a contact session.\n"
# A worry statement whose only finding has a safe fix: clean once it is written.
WORRY = ("Nan and Kai's teacher are worried that Dad shouts at Kai, who is eight, when he has been drinking, "
         "prior to school most mornings. Kai told Nan his tummy hurts when Dad shouts. If nothing changes, "
         "Kai could stop wanting to go home.\n")
WORRY_FIXED = WORRY.replace("prior to school", "before school")
CLEAN = WORRY_FIXED


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def _listed(stderr: str) -> dict[str, str]:
    """«words» -> where, from the lines naming the changes not written."""
    return {m.group(2): m.group(1) for m in re.finditer(r"^  (\d+:\d+)  «([^»]+)» -> ", stderr, re.M)}


def _at(text: str, where: str) -> str:
    line, column = map(int, where.split(":"))
    return text.splitlines()[line - 1][column - 1:]


@pytest.fixture
def goal(tmp_path):
    path = tmp_path / "goal.txt"
    path.write_text(GOAL, encoding="utf-8")
    return path


# --- the exit code after --fix -----------------------------------------------------------------

def test_fix_exits_1_while_findings_remain_and_says_how_many(goal):
    result = run("check", str(goal), "--fix")
    assert goal.read_text(encoding="utf-8") == GOAL_FIXED  # the safe swaps were written
    assert result.exit_code == 1
    assert re.search(r"goal\.txt: \d+ findings remain", result.stderr)


def test_fix_exits_0_when_the_written_text_is_clean(tmp_path):
    path = tmp_path / "worry.txt"
    path.write_text(WORRY, encoding="utf-8")
    result = run("check", str(path), "--fix")
    assert path.read_text(encoding="utf-8") == WORRY_FIXED
    assert result.exit_code == 0, result.stderr
    assert "remain" not in result.stderr and "not written" not in result.stderr
    assert run("check", str(path)).exit_code == 0  # check agrees with what --fix said


def test_a_clean_draft_with_nothing_to_fix_is_left_alone_and_exits_0(tmp_path):
    path = tmp_path / "clean.txt"
    path.write_text(CLEAN, encoding="utf-8")
    result = run("check", str(path), "--fix")
    assert result.exit_code == 0 and path.read_text(encoding="utf-8") == CLEAN
    assert result.stderr == ""


def test_one_file_with_findings_left_makes_a_folder_exit_1(tmp_path, goal):
    (tmp_path / "worry.txt").write_text(WORRY, encoding="utf-8")
    result = run("check", str(tmp_path), "--fix")
    assert result.exit_code == 1
    assert re.search(r"goal\.txt: \d+ findings remain", result.stderr)
    assert not re.search(r"worry\.txt: (\d+ finding|.*not written)", result.stderr)
    assert (tmp_path / "worry.txt").read_text(encoding="utf-8") == WORRY_FIXED


def test_fail_under_decides_on_the_fixed_text(goal, tmp_path):
    assert run("check", str(goal), "--fix", "--fail-under", "0").exit_code == 0  # no score is under 0
    goal.write_text(GOAL, encoding="utf-8")
    assert run("check", str(goal), "--fix", "--fail-under", "9").exit_code == 1
    path = tmp_path / "worry.txt"
    path.write_text(WORRY, encoding="utf-8")
    assert run("check", str(path), "--fix", "--fail-under", "9").exit_code == 0


def test_select_reaches_the_recheck(goal):
    # Only the formal-word rule asked for: once its swaps are written it has nothing left to say.
    assert run("check", str(goal), "--fix", "--select", "SOS104").exit_code == 0
    goal.write_text(GOAL, encoding="utf-8")
    # The role-word rule alone: nothing it flags is ever written, so it still has findings.
    result = run("check", str(goal), "--fix", "--select", "SOS402")
    assert result.exit_code == 1 and goal.read_text(encoding="utf-8") == GOAL


def test_standard_input_is_fixed_to_standard_output_with_the_same_exit(tmp_path):
    result = run("check", "-", "--fix", input=GOAL)
    assert result.stdout == GOAL_FIXED and result.exit_code == 1
    assert "<stdin>: " in result.stderr and "not written" in result.stderr
    clean = run("check", "-", "--fix", input=WORRY)
    assert clean.stdout == WORRY_FIXED and clean.exit_code == 0


# --- naming what was not written ---------------------------------------------------------------

def test_each_change_not_written_is_named_where_it_now_is(goal):
    result = run("check", str(goal), "--fix")
    written = goal.read_text(encoding="utf-8")
    listed = _listed(result.stderr)
    assert set(listed) == {"contact session", "Mother", "Father"}
    for words, where in listed.items():  # line:column point at the words in the file as written
        assert _at(written, where).startswith(words), (words, where)
    # "commence" before it became "start": the column moved with the written swap.
    assert listed["contact session"] == "2:21"
    assert '«contact session» -> "family time": ' in result.stderr
    assert "is not sure that" in result.stderr  # round 40 (W#14): plainer wording of the same reason
    assert re.search(r"goal\.txt: 3 changes were not written:", result.stderr)
    assert "need your judgement and were not written; `sos-lint check` shows them" not in result.stderr


def test_role_words_say_why_fix_leaves_them(goal):
    result = run("check", str(goal), "--fix")
    assert '«Mother» -> "Mum" (role word)' in result.stderr and '«Father» -> "Dad" (role word)' in result.stderr
    assert result.stderr.count("Role words are never changed by --fix") == 1  # said once, not per word
    assert "only you know what this family calls each person" in result.stderr
    assert goal.read_text(encoding="utf-8").startswith("Mother will")


def test_no_role_word_means_no_role_note(tmp_path):
    path = tmp_path / "goal.txt"
    path.write_text("Dad will go to a contact session prior to the review.\n", encoding="utf-8")
    result = run("check", str(path), "--fix")
    assert "«contact session»" in result.stderr
    assert "Role words" not in result.stderr and "(role word)" not in result.stderr


def test_positions_count_windows_line_endings(tmp_path):
    path = tmp_path / "goal.txt"
    path.write_bytes(GOAL.replace("\n", "\r\n").encode("utf-8"))
    result = run("check", str(path), "--fix")
    assert path.read_bytes() == GOAL_FIXED.replace("\n", "\r\n").encode("utf-8")
    listed = _listed(result.stderr)
    assert listed["contact session"] == "2:21" and listed["Father"] == "2:1" and listed["Mother"] == "1:1"


def test_diff_names_the_same_changes_where_they_are_in_the_draft(goal):
    result = run("check", str(goal), "--diff")
    assert result.exit_code == 1 and goal.read_text(encoding="utf-8") == GOAL
    listed = _listed(result.stderr)
    assert listed["contact session"] == "2:24"  # nothing written: the draft's own column
    for words, where in listed.items():
        assert _at(GOAL, where).startswith(words)
    assert "remain" not in result.stderr  # the diff writes nothing; check's own exit stands


def test_a_file_that_could_not_be_written_lists_nothing_and_exits_2(goal, monkeypatch):
    import os

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    result = run("check", str(goal), "--fix")
    assert result.exit_code == 2 and goal.read_text(encoding="utf-8") == GOAL
    assert "not written:" not in result.stderr and "remain" not in result.stderr


def test_redact_is_still_refused_with_fix_so_no_names_reach_the_list(goal):
    result = run("check", str(goal), "--fix", "--redact")
    assert result.exit_code == 2 and "cannot be used with" in result.stderr
    assert goal.read_text(encoding="utf-8") == GOAL and "«" not in result.stderr


# --- an input that cannot be read is said once -------------------------------------------------

def test_empty_input_is_said_once_on_standard_error(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    result = run("check", str(path))
    assert result.exit_code == 2
    assert result.stderr.count("is empty") == 1 and "is empty" not in result.stdout


def test_an_unreadable_file_beside_a_good_one_is_said_once_and_the_good_one_checked(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "worry.txt").write_text(CLEAN, encoding="utf-8")
    result = run("check", str(tmp_path / "empty.txt"), str(tmp_path / "worry.txt"))
    assert result.exit_code == 2
    assert result.stderr.count("empty.txt: is empty") == 1 and "empty.txt" not in result.stdout
    assert "worry.txt:1" in result.stdout and "1 input could not be read" in result.stdout


def test_redacted_input_errors_are_said_once_as_draft_numbers(tmp_path):
    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    result = run("check", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--redact")
    assert result.exit_code == 2
    assert result.stderr.count("draft 2") == 1 and "draft 2" not in result.stdout and "b.txt" not in result.output


def test_machine_formats_still_carry_the_errors(tmp_path):
    import json

    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = run("check", str(tmp_path / "empty.txt"), "--format", "json")
    assert result.exit_code == 2 and len(json.loads(result.stdout)["errors"]) == 1


# --- Word plans: the reviewed copy -------------------------------------------------------------

def test_fix_on_a_word_plan_exits_1_when_the_copy_still_has_findings(tmp_path):
    pytest.importorskip("docx")
    from word_fixtures import table_plan

    # Round 38: the goal carries one safe swap ("prior to"): a plan with nothing safe to change
    # gets no copy at all (tests/test_rewrite_round38.py), where it used to get an unchanged one.
    source = table_plan(tmp_path / "plan.docx",
                        goal="Mum will ring Nan prior to each weekend so that Leah knows who will collect her.")
    before = source.read_bytes()
    result = run("check", str(source), "--fix")
    assert result.exit_code == 1, result.output
    assert source.read_bytes() == before and (tmp_path / "plan.reviewed.docx").exists()
    assert "Reviewed copy with" in result.stderr
    assert re.search(r"plan\.docx: \d+ findings? remains? in the reviewed copy", result.stderr)
