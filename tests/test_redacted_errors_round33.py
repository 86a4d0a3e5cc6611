"""Round 33 (lead, from a developer's trial): a redacted run says why an input could not be read,
in the readers' own words, never with its name ("draft 1 could not be read: is empty; …"); before,
it said only "draft 1 could not be read". A reason is shown only when it is, in full, one of the
readers' own reasons, so nothing from a file name can come through."""
from __future__ import annotations

from typer.testing import CliRunner

from sos_lint.cli import app
from sos_lint.readers.files import redacted_reason

runner = CliRunner()


def test_each_reason_is_said_without_the_name(tmp_path):
    (tmp_path / "Zofia Nowak plan.txt").write_text("", encoding="utf-8")
    (tmp_path / "Olek.txt").write_bytes(b"\x00\x01\x02\x03 binary")
    (tmp_path / "Nowak family").mkdir()
    result = runner.invoke(app, ["check", "--redact", str(tmp_path / "Zofia Nowak plan.txt"), str(tmp_path / "Olek.txt"),
                                 str(tmp_path / "Nowak_missing.txt"), str(tmp_path / "Nowak family")])
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if "could not be read" in line]
    assert lines == ["sos-lint: draft 1 could not be read: is empty; there is no statement to check",
                     "sos-lint: draft 2 could not be read: looks like a binary file, not text; save the draft as plain text (.txt)",
                     "sos-lint: draft 3 could not be read: no such file",
                     "sos-lint: draft 4 could not be read"], result.stderr
    for word in ("Zofia", "Nowak", "Olek"):
        assert word not in result.stderr and word not in result.stdout


def test_a_file_name_that_looks_like_a_reason_is_never_shown():
    assert redacted_reason("Amira Hassan: is empty: no such file") == "no such file"
    assert redacted_reason("a/b.txt: is empty; there is no statement to check") == "is empty; there is no statement to check"
    # the reader's reason is not one listed: nothing is shown, not even the listed-looking name
    assert redacted_reason("Amira: is empty; there is no statement to check: has no 'Amira' column") is None
    assert redacted_reason("x.csv row 3: the 'Hassan' column is empty") is None
    assert redacted_reason("no colon here") is None
