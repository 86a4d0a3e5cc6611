"""The rules' overhead in CPU time, which other processes on a shared machine disturb far less
than wall time: check_many against a bare nlp.pipe over the same statements, run in turns, and
where check_many's time goes (spaCy's parse, the rules, the learned model).

On the 2-core machine this was written on, with four other jobs running, wall ratios of identical
runs differed by 0.3; the CPU-time ratio moved by about 0.03.

Run with: python benchmarks/split_time.py [N statements, default 400] [--runs R, default 3]
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# The checkout this file is in, ahead of the installed package: a worktree times its own code.
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

from drafts import cycle  # noqa: E402  (the benchmarks folder is not a package)


def cpu(action) -> float:
    start = time.process_time()
    action()
    return time.process_time() - start


def main(argv: list[str]) -> None:
    from sos_lint.api import engine
    from sos_lint.learn import model as learned

    n = int(argv[0]) if argv and argv[0].isdigit() else 400
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 3
    data = cycle(n)
    texts, kinds = [t for t, _ in data], [k for _, k in data]
    eng = engine()
    eng.check_many(texts, kinds)  # warm-up, as run.py's best of three
    best = {"bare": [], "check_many": [], "parse": [], "rules": [], "model": []}
    for _ in range(runs):  # in turns, so each sees the same machine
        best["bare"].append(cpu(lambda: list(eng.nlp.pipe(texts, batch_size=64))))
        best["check_many"].append(cpu(lambda: eng.check_many(texts, kinds)))
        docs = []
        best["parse"].append(cpu(lambda: docs.extend(eng.parse(texts))))  # fresh Docs: readings are memoised on them
        reports = []
        best["rules"].append(cpu(lambda: reports.extend(eng.report(t, d, k) for t, d, k in zip(texts, docs, kinds))))
        best["model"].append(cpu(lambda: learned.apply(reports)))
    low = {name: min(times) for name, times in best.items()}
    bare = low["bare"]
    print(f"statements: {n}, CPU seconds, best of {runs} (all runs: "
          + ", ".join(f"{name} {' '.join(f'{t:.2f}' for t in times)}" for name, times in best.items()) + ")")
    print(f"  bare nlp.pipe:   {bare:6.2f} s")
    print(f"  check_many:      {low['check_many']:6.2f} s  ratio check_many / nlp.pipe: {low['check_many'] / bare:.2f}")
    print(f"    parse:         {low['parse']:6.2f} s  ({low['parse'] / bare:.2f} of the bare pipe)")
    print(f"    rules:         {low['rules']:6.2f} s  ({low['rules'] / bare:.2f})")
    print(f"    learned model: {low['model']:6.2f} s  ({low['model'] / bare:.2f})")


if __name__ == "__main__":
    main(sys.argv[1:])
