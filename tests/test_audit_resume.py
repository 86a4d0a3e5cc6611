"""`sos-lint audit --jobs` and `--resume`: worker processes give the same results as one process, and
an audit stopped by SIGKILL or Ctrl-C leaves whole rows behind and carries on to the same output."""
from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sos_lint.cli import app

ROOT = Path(__file__).resolve().parents[1]
ROWS = 240
runner = CliRunner()


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> Path:
    """Distinct corpus statements (no template repeats: every row costs a real check)."""
    rows = [json.loads(line) for part in ("part_a", "part_b")
            for line in (ROOT / "corpus" / f"{part}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    path = tmp_path_factory.mktemp("export") / "plans.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["plan_id", "team", "text", "kind"])
        for i, row in enumerate(rows[:ROWS]):
            writer.writerow([f"P{i:04d}", "ABCDEF"[i % 6], row["text"], row["kind"]])
    return path


def args(export: Path, out: Path, *extra) -> list[str]:
    return ["audit", str(export), "--id-column", "plan_id", "--kind-column", "kind", "--group-by", "team",
            "--output", str(out), *map(str, extra)]


@pytest.fixture(scope="module")
def reference(export, tmp_path_factory):
    """An uninterrupted audit in one process: its results and summary."""
    folder = tmp_path_factory.mktemp("reference")
    result = runner.invoke(app, args(export, folder / "r.csv", "--jobs", 1, "--summary", folder / "s.md"))
    assert result.exit_code == 1, result.output
    return (folder / "r.csv").read_bytes(), (folder / "s.md").read_text(encoding="utf-8")


def data_lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") - 1 if path.exists() else 0


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
        except (OSError, ValueError, IndexError):
            continue
    return found


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _as_in_a_terminal() -> None:
    """A run started in the background by a shell without job control (`cmd &` in a script, as CI
    runners and nohup do) inherits SIGINT ignored, and Python then never raises KeyboardInterrupt:
    the audit would run to the end and this test would fail for a reason no user meets. A user's
    Ctrl-C comes to a process whose SIGINT is at its default, so the child starts that way."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start(export: Path, out: Path, *extra) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "sos_lint.cli", *args(export, out, *extra)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_as_in_a_terminal)


def wait_for_rows(process: subprocess.Popen, out: Path, rows: int, limit: float = 600) -> None:
    deadline = time.monotonic() + limit
    while data_lines(out) < rows:
        assert process.poll() is None, process.stderr.read()
        assert time.monotonic() < deadline, "the audit wrote nothing in time"
        time.sleep(0.2)


def assert_whole_rows(out: Path) -> int:
    data = out.read_bytes()
    assert data.endswith(b"\n")
    rows = list(csv.reader(data.decode("utf-8").splitlines()))
    assert all(len(r) == len(rows[0]) for r in rows)
    return len(rows) - 1


def test_two_workers_give_the_same_results_as_one(export, reference, tmp_path):
    out = tmp_path / "r.csv"
    result = runner.invoke(app, args(export, out, "--jobs", 2, "--chunk-rows", 32, "--summary", tmp_path / "s.md"))
    assert result.exit_code == 1, result.output
    assert out.read_bytes() == reference[0]
    assert (tmp_path / "s.md").read_text(encoding="utf-8") == reference[1]


@pytest.mark.slow
def test_sigkill_mid_run_then_resume_gives_the_uninterrupted_results(export, reference, tmp_path):
    out = tmp_path / "r.csv"
    process = start(export, out, "--jobs", 2, "--chunk-rows", 16)
    wait_for_rows(process, out, 40)
    workers = children(process.pid)
    process.send_signal(signal.SIGKILL)
    process.wait()
    done = assert_whole_rows(out)
    assert 40 <= done < ROWS
    deadline = time.monotonic() + 30  # orphaned workers notice their parent is gone and leave
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not [w for w in workers if alive(w)]

    result = runner.invoke(app, args(export, out, "--jobs", 1, "--resume", "--summary", tmp_path / "s.md"))
    assert result.exit_code == 1, result.output
    assert f"{done} carried over" in result.stderr
    assert out.read_bytes() == reference[0]
    assert (tmp_path / "s.md").read_text(encoding="utf-8") == reference[1]


@pytest.mark.slow
def test_ctrl_c_stops_cleanly_then_resume(export, reference, tmp_path):
    out = tmp_path / "r.csv"
    process = start(export, out, "--jobs", 1, "--chunk-rows", 16)
    wait_for_rows(process, out, 32)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=300)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr and "--resume" in stderr
    assert 32 <= assert_whole_rows(out) < ROWS
    result = runner.invoke(app, args(export, out, "--jobs", 1, "--resume"))
    assert result.exit_code == 1, result.output
    assert out.read_bytes() == reference[0]


def test_a_half_written_last_line_is_dropped_and_redone(export, reference, tmp_path):
    out = tmp_path / "r.csv"
    whole = reference[0]
    cut = whole.index(b"\n", len(whole) // 2) + 25  # 25 bytes into a row
    out.write_bytes(whole[:cut])
    result = runner.invoke(app, args(export, out, "--jobs", 1, "--resume"))
    assert result.exit_code == 1, result.output
    assert out.read_bytes() == whole


def test_resume_refuses_an_output_from_another_export(export, reference, tmp_path):
    out = tmp_path / "r.csv"
    lines = reference[0].splitlines(keepends=True)
    out.write_bytes(lines[0] + lines[2])  # the second row first: not this export's order
    result = runner.invoke(app, args(export, out, "--jobs", 1, "--resume"))
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "sos-lint: --resume: the output's row 1 is 'P0001' but the export's is 'P0000'; resume with the same "
        "export and options, or start a new --output"]
    result = runner.invoke(app, args(export, out, "--jobs", 1, "--resume", "--include-text"))
    assert result.exit_code == 2 and "written with other columns" in result.stderr


def test_parquet_resume_after_losing_the_last_part(export, tmp_path, monkeypatch):
    import pandas as pd

    from sos_lint.audit import writers

    monkeypatch.setattr(writers, "PARQUET_PART_ROWS", 50)
    first, second = tmp_path / "a.parquet", tmp_path / "b.parquet"
    assert runner.invoke(app, args(export, first, "--jobs", 1, "--chunk-rows", 16)).exit_code == 1
    parts = sorted(first.iterdir())
    assert len(parts) == 4  # 240 rows: parts of whole 16-row chunks once 50 rows are waiting
    for part in parts:
        (second / part.name).parent.mkdir(exist_ok=True)
        (second / part.name).write_bytes(part.read_bytes())
    (second / parts[-1].name).unlink()
    (second / f".{parts[-1].name}.tmp").write_bytes(b"half a part")  # a write that was cut short
    result = runner.invoke(app, args(export, second, "--jobs", 1, "--resume"))
    assert result.exit_code == 1, result.output
    assert not list(second.glob(".*.tmp"))
    pd.testing.assert_frame_equal(pd.read_parquet(first), pd.read_parquet(second))
