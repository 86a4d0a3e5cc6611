"""`check --fix` never loses a draft: atomic writes, links and hard links, BOM and line endings kept,
options that would write the wrong thing refused, and configuration values checked (issue 9, part 1)."""
from __future__ import annotations

import codecs
import errno
import os
import stat

import pytest
from typer.testing import CliRunner

from sos_lint.cli import app
from sos_lint.writeback import write_text

GOAL = "Mother to attend all appointments prior to the child's review.\n"
# Round 36 (W#9): "attend" sits inside the goal's compliance error, so "go to" is listed, not written.
FIXED = "Mother to attend all appointments before the child's review.\n"
runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


@pytest.fixture
def goal(tmp_path):
    path = tmp_path / "goal.txt"
    path.write_text(GOAL, encoding="utf-8")
    return path


def _disk_full(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("where", ["replace", "fsync"])
def test_a_failed_write_leaves_the_draft_untouched(goal, monkeypatch, where):
    monkeypatch.setattr(os, where, _disk_full)
    result = run("check", str(goal), "--fix")
    assert result.exit_code == 2
    assert "No space left on device" in result.stderr and "unchanged" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert goal.read_text(encoding="utf-8") == GOAL
    assert [p.name for p in goal.parent.iterdir()] == ["goal.txt"], "no temporary file is left behind"


def test_writeback_keeps_the_mode(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text("old", encoding="utf-8")
    os.chmod(path, 0o640)
    write_text(path, "new")
    assert path.read_text(encoding="utf-8") == "new" and stat.S_IMODE(os.stat(path).st_mode) == 0o640


def test_bom_crlf_and_trailing_spaces_are_kept(tmp_path):
    path = tmp_path / "windows.txt"
    path.write_bytes(codecs.BOM_UTF8 + GOAL.replace("\n", "  \r\n").encode("utf-8") + b"Nan will help.\t\r\n")
    assert run("check", str(path), "--fix").exit_code == 1  # fixed, and findings remain ("Mother")
    assert path.read_bytes() == (codecs.BOM_UTF8 + FIXED.replace("\n", "  \r\n").encode("utf-8")
                                 + b"Nan will help.\t\r\n")


def test_utf16_is_written_back_as_utf16(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes(GOAL.encode("utf-16"))
    assert run("check", str(path), "--fix").exit_code == 1  # fixed, and findings remain
    assert path.read_bytes().startswith(codecs.BOM_UTF16_LE) and path.read_bytes().decode("utf-16") == FIXED


def test_fix_honours_select_and_ignore(goal):
    assert run("check", str(goal), "--fix", "--ignore", "SOS104").exit_code == 1  # nothing fixed, findings remain
    assert goal.read_text(encoding="utf-8") == "Mother to attend all appointments prior to the child's review.\n"
    goal.write_text(GOAL, encoding="utf-8")
    # "attend" stays, inside the compliance error that --select hides but does not mend (round 36: the
    # same words get the same treatment either way), so the one rule selected still has it to say.
    result = run("check", str(goal), "--fix", "--select", "SOS104")
    assert result.exit_code == 1 and '«attend» -> "go to"' in result.stderr
    assert goal.read_text(encoding="utf-8") == FIXED


def test_passive_to_active_is_never_written(tmp_path):
    path = tmp_path / "worry.txt"
    text = "The children were shouted at by their stepfather.\n"
    path.write_text(text, encoding="utf-8")
    result = run("check", str(path), "--fix", "--kind", "worry")
    assert result.exit_code == 1  # findings remain
    assert "stepfather shouted" not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("extra", [["--format", "json"], ["--output", "report.txt"], ["--redact"]])
def test_fix_with_format_output_or_redact_is_a_usage_error(goal, extra):
    result = run("check", str(goal), "--fix", *extra)
    assert result.exit_code == 2 and "cannot be used with" in result.stderr
    assert goal.read_text(encoding="utf-8") == GOAL


def test_diff_alone_previews_and_exits_as_check_would(goal):
    result = run("check", str(goal), "--diff")
    assert result.exit_code == 1 and "+" + FIXED.rstrip("\n") in result.stdout
    assert goal.read_text(encoding="utf-8") == GOAL
    assert "Preview" in run("check", "--help").stdout


def test_a_link_in_a_folder_is_not_followed_out_and_not_rewritten(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text(GOAL, encoding="utf-8")
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "elsewhere.txt").symlink_to(outside)
    (folder / "real.txt").write_text(GOAL, encoding="utf-8")
    (folder / "alias.txt").symlink_to(folder / "real.txt")
    os.link(folder / "real.txt", tmp_path / "hard.txt")
    result = run("check", str(folder), "--fix")
    assert result.exit_code == 2
    assert "outside" in result.stderr and "name it directly" in result.stderr
    assert "several hard links" in result.stderr
    assert outside.read_text(encoding="utf-8") == GOAL
    assert (folder / "real.txt").read_text(encoding="utf-8") == GOAL  # it has two hard links
    # Named directly, the link's target is fixed and the link stays a link.
    assert run("check", str(folder / "alias.txt"), "--fix").exit_code == 1  # fixed, and findings remain
    assert (folder / "alias.txt").is_symlink() and (folder / "real.txt").read_text(encoding="utf-8") == FIXED


def test_output_naming_an_input_is_a_usage_error(goal):
    result = run("check", str(goal), "--output", str(goal))
    assert result.exit_code == 2 and "is one of the drafts" in result.stderr
    assert goal.read_text(encoding="utf-8") == GOAL
    folder_result = run("compare", str(goal.parent), "--output", str(goal))
    assert folder_result.exit_code == 2 and goal.read_text(encoding="utf-8") == GOAL


def test_a_failed_report_write_keeps_the_old_report(goal, tmp_path, monkeypatch):
    report = tmp_path / "report.md"
    report.write_text("last week's report", encoding="utf-8")
    monkeypatch.setattr(os, "replace", _disk_full)
    result = run("check", str(goal), "--format", "markdown", "--output", str(report))
    assert result.exit_code == 2 and "cannot write" in result.stderr
    assert report.read_text(encoding="utf-8") == "last week's report"


@pytest.mark.parametrize("toml, words", [
    ('[thresholds]\nsentence_hint_words = "twenty"\n', ["thresholds.sentence_hint_words", "number"]),
    ("[thresholds]\nlong_word_share = 4\n", ["thresholds.long_word_share", "from 0 to 1"]),
    ("[names]\nchild = 7\n", ["names.child", "in quotes"]),
    ('[jargon]\n"team around the family" = ["a", "b"]\n', ["jargon.team around the family", "in quotes"]),
    ('select = ["SOS9"]\n', ["SOS9", "matches no rule"]),
    ("names = 3\n", ["'names'", "table"]),
])
def test_a_wrong_config_value_is_one_line_naming_key_and_file(goal, tmp_path, toml, words):
    config = tmp_path / "settings.toml"
    config.write_text(toml, encoding="utf-8")
    result = run("check", str(goal), "--config", str(config))
    assert result.exit_code == 2, result.output
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1 and str(config) in line or "SOS9" in line
    for word in words:
        assert word in line, line
    assert goal.read_text(encoding="utf-8") == GOAL


def test_an_unknown_config_key_warns_with_the_nearest(goal, tmp_path):
    config = tmp_path / "settings.toml"
    config.write_text('ignores = ["SOS2"]\n[thresholds]\nsentence_hint_word = 22\n', encoding="utf-8")
    result = run("check", str(goal), "--config", str(config), "--format", "json")
    assert result.exit_code in (0, 1)
    assert "unknown setting 'ignores'" in result.stderr and "did you mean 'ignore'" in result.stderr
    assert "did you mean 'sentence_hint_words'" in result.stderr
