"""Speed, as ratios against a baseline measured in the same process (these machines are noisy).

1. `check_many` on 1,000 statements against a bare `nlp.pipe` over the same texts: the rules'
   overhead on top of spaCy's parse (target: at most 30% more).
2. Wall time of `sos-lint --help` and of one `sos-lint check` of one statement, each against a
   bare `python -c pass` start-up in the same run (target for --help: under 0.3 s).
3. Cold start: a one-statement check as a whole process against a bare spaCy script (cold_start.py).
4. Cost per 1,000 words of 10 KB, 100 KB and 1 MB drafts, against the 10 KB draft's (scaling.py),
   and `compare` on 10,000 rows against check_many's rate.
5. Round 34's start-up and per-statement costs (round34_costs.py): the pasted-example table against
   loading the spaCy pipeline, and the time inside its four additions against a bare nlp.pipe.
Run with: make bench   (`python benchmarks/run.py --quick` leaves out the 1 MB draft and compare)
"""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
# The checkout this file is in, ahead of the installed package: a worktree times its own code.
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

import cold_start  # noqa: E402  (the benchmarks folder is not a package)
import round34_costs  # noqa: E402
import scaling  # noqa: E402
from drafts import cycle  # noqa: E402


def statements(n: int = 1000) -> list[tuple[str, str]]:
    return cycle(n)


def best_of(runs: int, action) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def in_turns(runs: int, actions: dict) -> dict:
    """Best (wall, CPU) seconds of each action, run in turns so each sees the same machine. CPU
    time (time.process_time) is what other jobs on a shared machine disturb least."""
    best = {name: [float("inf"), float("inf")] for name in actions}
    for _ in range(runs):
        for name, action in actions.items():
            wall, cpu = time.perf_counter(), time.process_time()
            action()
            best[name] = [min(best[name][0], time.perf_counter() - wall), min(best[name][1], time.process_time() - cpu)]
    return best


def wall(args: list[str], runs: int = 5) -> float:
    return best_of(runs, lambda: subprocess.run(args, capture_output=True, cwd=ROOT))


def main() -> None:
    from sos_lint.api import engine

    eng = engine()
    data = statements()
    texts, kinds = [t for t, _ in data], [k for _, k in data]
    eng.check_many(texts[:50], kinds[:50])  # warm-up: builds the phrase matchers once
    best = in_turns(3, {"bare": lambda: list(eng.nlp.pipe(texts, batch_size=64)),
                        "full": lambda: eng.check_many(texts, kinds)})
    (bare, bare_cpu), (full, full_cpu) = best["bare"], best["full"]
    ratio = full / bare
    print(f"statements: {len(texts)}")
    print(f"bare nlp.pipe:      {bare:7.2f} s  ({len(texts) / bare:6.0f} statements/s)  CPU {bare_cpu:6.2f} s")
    print(f"check_many (rules): {full:7.2f} s  ({len(texts) / full:6.0f} statements/s)  CPU {full_cpu:6.2f} s")
    print(f"ratio check_many / nlp.pipe: {ratio:.2f}  (rules add {100 * (ratio - 1):.0f}%; target at most 30%); "
          f"in CPU time {full_cpu / bare_cpu:.2f}")

    exe = str(Path(sys.executable).parent / "sos-lint")
    draft = ROOT / "examples" / "poor_worry.txt"
    python = wall([sys.executable, "-c", "pass"])
    help_time = wall([exe, "--help"])
    check_time = wall([exe, "check", str(draft)], runs=3)
    print(f"python start-up:          {python:6.3f} s")
    print(f"sos-lint --help:          {help_time:6.3f} s  ({help_time / python:.1f}x python start-up; target under 0.3 s)")
    print(f"sos-lint check (1 file):  {check_time:6.3f} s  ({check_time / python:.1f}x python start-up)")

    cold_start.report(3 if "--quick" in sys.argv else 7)
    round34_costs.report(100 if "--quick" in sys.argv else 300)

    if "--quick" in sys.argv:
        scaling.SIZES = scaling.SIZES[:2]
        scaling.report(eng, compare_rows=0)
    else:
        scaling.report(eng)


if __name__ == "__main__":
    main()
