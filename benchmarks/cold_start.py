"""Cold start: a one-statement `sos-lint check` as a whole new process, against a bare script that
loads the same spaCy pipeline and parses the same text, run in turns in the same session.

Each command runs several times; the figures are medians of wall time and of peak resident memory
(from os.wait4, per child process). Targets (issue 10): within 1.5x of the bare script's wall time
and 1.3x of its peak memory.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STATEMENT = ("Nan and the health visitor are worried that Mum leaves Alfie, who is 3, on his own when she goes "
             "out at night. Alfie wakes up and cries for her. If nothing changes, Alfie could get hurt.")
WALL_TARGET, MEMORY_TARGET = 1.5, 1.3


def run(args: list[str], env: dict) -> tuple[float, float, int, float]:
    """(wall seconds, peak RSS in MB, exit code, CPU seconds) of one whole process."""
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024, process.returncode, usage.ru_utime + usage.ru_stime


def pipeline_name() -> str:
    from sos_lint.nlp import load

    nlp = load()
    meta = getattr(nlp, "language", nlp).meta
    return f"{meta['lang']}_{meta['name']}"


def compile_bytecode() -> None:
    """Compile the checkout's modules as pip does when it installs a package. spaCy's bytecode
    is in site-packages already; a checkout run with PYTHONDONTWRITEBYTECODE set (as on these
    machines) would otherwise compile sos_lint's hundred-odd modules from source on every start,
    which no installed copy does."""
    import compileall

    compileall.compile_dir(str(ROOT / "sos_lint"), quiet=1)


def measure(runs: int = 5) -> dict:
    compile_bytecode()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    with tempfile.TemporaryDirectory() as folder:
        draft = Path(folder) / "statement.txt"
        draft.write_text(STATEMENT + "\n", encoding="utf-8")
        bare = [sys.executable, "-c", f"import spacy; nlp = spacy.load({pipeline_name()!r}); nlp({STATEMENT!r})"]
        check = [sys.executable, "-c", "import sys; from sos_lint.cli import main; sys.exit(main())",
                 "check", str(draft)]
        results: dict[str, list] = {"bare": [], "check": []}
        for _ in range(runs):  # in turns, so both see the same load on the machine
            results["bare"].append(run(bare, env))
            results["check"].append(run(check, env))
    out = {}
    for name, rows in results.items():
        out[name] = {"wall": statistics.median(r[0] for r in rows), "peak_mb": statistics.median(r[1] for r in rows),
                     "exit_codes": sorted({r[2] for r in rows}), "cpu": statistics.median(r[3] for r in rows)}
    return out


def report(runs: int = 5) -> None:
    figures = measure(runs)
    bare, check = figures["bare"], figures["check"]
    wall, memory = check["wall"] / bare["wall"], check["peak_mb"] / bare["peak_mb"]
    print(f"\ncold start, median of {runs} whole processes each, run in turns")
    print(f"  bare spaCy script:   {bare['wall']:6.2f} s  {bare['peak_mb']:6.0f} MB peak")
    print(f"  sos-lint check (1):  {check['wall']:6.2f} s  {check['peak_mb']:6.0f} MB peak  (exit {check['exit_codes']})")
    print(f"  ratio: wall {wall:.2f} (target at most {WALL_TARGET}: {'met' if wall <= WALL_TARGET else 'MISSED'}), "
          f"peak memory {memory:.2f} (target at most {MEMORY_TARGET}: {'met' if memory <= MEMORY_TARGET else 'MISSED'}); "
          f"CPU time {check['cpu'] / bare['cpu']:.2f} ({check['cpu']:.2f} s against {bare['cpu']:.2f} s: "
          "other jobs on the machine disturb it less than wall time)")


if __name__ == "__main__":
    report(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
