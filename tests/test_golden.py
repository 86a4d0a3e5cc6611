"""Golden files: the rendered output of `sos-lint check` in each format, read by a reviewer.

Regenerate after a deliberate change with: SOS_LINT_UPDATE_GOLDEN=1 make test
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sos_lint.cli import app

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "golden"
EXAMPLES = ["examples/poor_worry.txt", "examples/good_worry_and_goal.txt"]
FORMATS = {"text": "txt", "json": "json", "markdown": "md"}


@pytest.mark.parametrize("example", EXAMPLES)
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_output_matches_golden_file(example, fmt, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, ["check", example, "--format", fmt], env={"NO_COLOR": "1", "COLUMNS": "100"})
    assert result.exit_code in (0, 1), result.output
    golden = GOLDEN / f"{Path(example).stem}.{FORMATS[fmt]}"
    if os.environ.get("SOS_LINT_UPDATE_GOLDEN") or not golden.exists():
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == golden.read_text(encoding="utf-8")
