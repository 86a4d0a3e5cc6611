"""Input that is odd but real: Windows and old Mac line ends, BOMs and UTF-16, pipes and devices,
unreadable folders, odd file names, text that is not an English statement (issue 9, part 3)."""
from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sos_lint.cli import app
from sos_lint.sections import split

ROOT = Path(__file__).resolve().parents[1]
WORRY = ("The social worker is worried that Mum leaves Leah, who is six, alone in the flat most evenings. "
         "Leah could get hurt with no one there to help.")
GOAL = "Mum will stay with Leah every evening for the next six months, and Nan will come on Fridays."
BOTH = f"Worry statement\n{WORRY}\n\nSafety goal\n{GOAL}\n"
runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def kinds(path) -> list[str]:
    result = run("check", str(path), "--format", "json")
    return [r["kind"] for r in json.loads(result.stdout)["reports"]]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_headings_split_whatever_the_line_ends(newline):
    parts = split(BOTH.replace("\n", newline))
    assert [(p.kind, p.text) for p in parts] == [("worry", WORRY), ("goal", GOAL)]


@pytest.mark.parametrize("encoding, newline", [("utf-8", "\r\n"), ("utf-8-sig", "\n"), ("utf-16", "\r\n"),
                                               ("utf-8", "\r")])
def test_windows_mac_bom_and_utf16_files_are_read(tmp_path, encoding, newline):
    path = tmp_path / "draft.txt"
    path.write_bytes(BOTH.replace("\n", newline).encode(encoding))
    assert kinds(path) == ["worry", "goal"]


def test_a_fifo_or_device_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for target in (str(fifo), "/dev/zero"):
        result = subprocess.run([sys.executable, "-m", "sos_lint.cli", "check", target], capture_output=True,
                                text=True, cwd=ROOT, timeout=60)
        assert result.returncode == 2 and "not a regular file" in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_a_folder_that_cannot_be_read_in_a_walk(tmp_path, monkeypatch):
    (tmp_path / "ok.txt").write_text(WORRY, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = run("check", str(tmp_path), "--format", "json")
    assert result.exit_code == 2
    errors = json.loads(result.stdout)["errors"]
    assert errors == [f"{locked}: cannot be read (permission denied)"]
    assert len(json.loads(result.stdout)["reports"]) == 1


def test_folder_messages_say_what_is_wrong(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.pdf").write_bytes(b"%PDF")
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    result = run("check", str(empty), str(loop))
    assert result.exit_code == 2
    assert "is a folder with no drafts in it (no .txt, .md, .text, .docx files)" in result.stderr
    assert "loop.txt: is a symbolic link that loops back on itself" in result.stderr


def test_a_config_that_is_not_utf8(tmp_path):
    config = tmp_path / "settings.toml"
    config.write_bytes(b'[names]\nchild = "Zo\xeb"\n')
    (tmp_path / "d.txt").write_text(WORRY, encoding="utf-8")
    result = run("check", str(tmp_path / "d.txt"), "--config", str(config))
    assert result.exit_code == 2 and "is not UTF-8 text" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output


def test_a_deeply_nested_json_row(tmp_path):
    table = tmp_path / "drafts.jsonl"
    table.write_text(json.dumps({"author": "Sam", "text": WORRY}) + "\n" + "[" * 100_000 + "]" * 100_000 + "\n"
                     + json.dumps({"author": "Priya", "text": WORRY}) + "\n", encoding="utf-8")
    result = run("compare", str(table), "--format", "json")
    assert result.exit_code == 2 and "Traceback" not in result.output
    data = json.loads(result.stdout)
    assert data["authors"] == ["Sam", "Priya"] and data["errors"] == [f"{table} line 2: is not valid JSON "
                                                                       "(or is nested too deeply)"]


def test_a_file_name_that_is_not_utf8(tmp_path):
    folder = tmp_path / "drafts"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "w", encoding="utf-8") as handle:
        handle.write(WORRY)
    result = subprocess.run([sys.executable, "-m", "sos_lint.cli", "check", str(folder), "--format", "json"],
                            capture_output=True, cwd=ROOT, timeout=120)
    assert result.returncode in (0, 1), result.stderr
    assert json.loads(result.stdout)["reports"][0]["source"].endswith("caf\\xe9.txt")


@pytest.mark.parametrize("model", ["no_such_pipeline", "../../etc", ""])
def test_an_unknown_spacy_model(tmp_path, model):
    (tmp_path / "d.txt").write_text(WORRY, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "sos_lint.cli", "check", str(tmp_path / "d.txt"),
                             "--spacy-model", model], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 2 if model else result.returncode in (0, 1)
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) <= 1


NOT_STATEMENTS = {
    "welsh.txt": ("Mae'r gweithiwr cymdeithasol yn poeni bod Mam yn gadael Leah ar ei phen ei hun gyda'r nos. "
                  "Mae Leah wedi dweud wrth ei hathro ei bod hi'n ofni'r tywyllwch.", "English"),
    "polish.txt": ("Pracownik socjalny martwi się, że mama zostawia Leah samą w domu prawie każdego wieczoru. "
                   "Leah powiedziała nauczycielce, że boi się ciemności.", "English"),
    "arabic.txt": ("يشعر الأخصائي الاجتماعي بالقلق من أن الأم تترك ليا وحدها في الشقة معظم الأمسيات", "Arabic script"),
    "numbers.txt": ("12 345 678 -- 9.5% !!! ???", "only numbers or punctuation"),
    "headings.txt": ("Worry statement 1\n\nSafety goal 1\n", "no statement under them"),
}


@pytest.mark.parametrize("name", sorted(NOT_STATEMENTS))
def test_text_that_is_not_an_english_statement_is_said_so_and_not_scored(tmp_path, name):
    text, words = NOT_STATEMENTS[name]
    (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "english.txt").write_text(WORRY, encoding="utf-8")
    result = run("check", str(tmp_path / name), str(tmp_path / "english.txt"), "--format", "json")
    data = json.loads(result.stdout)
    assert result.exit_code == 2
    assert [Path(r["source"]).name for r in data["reports"]] == ["english.txt"]
    assert len(data["errors"]) == 1 and name in data["errors"][0] and words in data["errors"][0]


def test_one_statement_in_another_language_is_left_out_and_said_so(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_text(f"Worry statement\n{WORRY}\n\nSafety goal\n{NOT_STATEMENTS['welsh.txt'][0]}\n", encoding="utf-8")
    result = run("check", str(path), "--format", "json")
    data = json.loads(result.stdout)
    assert result.exit_code == 2 and [r["kind"] for r in data["reports"]] == ["worry"]
    assert data["errors"] == [f"{path}:5: does not read as an English statement (too few everyday English words "
                              "such as 'the', 'and', 'with'); sos-lint checks English worry statements and goals only"]


def test_fail_under_with_nothing_checked_is_not_a_pass(tmp_path):
    (tmp_path / "numbers.txt").write_text("1234 5678", encoding="utf-8")
    result = run("check", str(tmp_path / "numbers.txt"), "--fail-under", "0")
    assert result.exit_code == 2


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_codes_that_match_no_rule_are_a_usage_error(tmp_path, option):
    (tmp_path / "d.txt").write_text(WORRY, encoding="utf-8")
    result = run("check", str(tmp_path / "d.txt"), option, "SOS9")
    assert result.exit_code == 2 and "matches no rule" in result.stderr


def test_size_messages_are_truthful(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"Mum shouts at Leo. " * 275_000)  # 5.2 MB
    result = run("check", str(big))
    assert result.exit_code == 2 and "5.2 MB is over the 1 MB limit" in result.stderr
    piped = run("check", "-", input="Mum shouts at Leo. " * 60_000)
    assert piped.exit_code == 2 and "is more than the 1 MB limit" in piped.stderr


def test_duplicate_author_names_in_compare_get_distinct_labels(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "sam.txt").write_text(WORRY, encoding="utf-8")
    result = run("compare", str(tmp_path / "a"), str(tmp_path / "b"), "--format", "json")
    assert result.exit_code in (0, 1), result.output
    assert json.loads(result.stdout)["authors"] == ["sam (a/)", "sam (b/)"]


def test_control_characters_and_bidi_overrides_are_escaped_in_text(tmp_path):
    name = tmp_path / "evil\x1b[2J\u202etxt.txt"
    name.write_text("The YP \x1b[31mwas\x07 exposed to DV \u202eat home. " + WORRY, encoding="utf-8")
    result = run("check", str(name))
    assert result.exit_code == 1
    for raw in ("\x1b", "\x07", "\u202e"):
        assert raw not in result.stdout
    assert "\\x1b[31mwas\\x07" in result.stdout and "\\u202e" in result.stdout


def test_markdown_escapes_html_and_line_breaks_in_names(tmp_path):
    table = tmp_path / "drafts.csv"
    table.write_text('author,text\n"<img src=x onerror=alert(1)>","' + WORRY + '"\n"sam\nnew","' + WORRY
                     + ' <b>Dad</b> shouts."\n', encoding="utf-8")
    result = run("compare", str(table), "--format", "markdown")
    assert result.exit_code in (0, 1), result.output
    assert "<img" not in result.stdout and "&lt;img src=x onerror=alert(1)&gt;" in result.stdout
    assert "<b>" not in result.stdout and "sam new" in result.stdout and "sam\nnew" not in result.stdout
    check = run("check", str(tmp_path / "drafts.csv"), "--format", "markdown")
    assert "<img" not in check.stdout and "<b>" not in check.stdout
