"""Where check_many's wall time goes, without a profiler: spaCy's parse, the rules (findings and
report), and the learned model, each timed on its own over the same statements (best of N).

Run with: python benchmarks/split_time.py [N statements, default 400] [--runs R]
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from drafts import cycle  # noqa: E402  (the benchmarks folder is not a package)


def main(argv: list[str]) -> None:
    from sos_lint.api import engine
    from sos_lint.learn import model as learned

    n = int(argv[0]) if argv and argv[0].isdigit() else 400
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 3
    data = cycle(n)
    texts, kinds = [t for t, _ in data], [k for _, k in data]
    eng = engine()
    eng.check_many(texts, kinds)  # warm-up, as run.py's best of three
    best = {"parse": float("inf"), "rules": float("inf"), "model": float("inf")}
    bare = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        list(eng.nlp.pipe(texts, batch_size=64))  # run.py's baseline
        bare = min(bare, time.perf_counter() - start)
        start = time.perf_counter()
        docs = list(eng.parse(texts))  # fresh Docs: readings are memoised on each Doc
        parsed = time.perf_counter()
        reports = [eng.report(text, doc, kind) for text, doc, kind in zip(texts, docs, kinds)]
        ruled = time.perf_counter()
        learned.apply(reports)
        done = time.perf_counter()
        for name, seconds in (("parse", parsed - start), ("rules", ruled - parsed), ("model", done - ruled)):
            best[name] = min(best[name], seconds)
    parse = best["parse"]
    print(f"statements: {n}, best of {runs}")
    print(f"  bare nlp.pipe:  {bare:6.2f} s  (run.py's baseline)")
    print(f"  parse (spaCy):  {parse:6.2f} s")
    print(f"  rules:          {best['rules']:6.2f} s  ({best['rules'] / parse:.2f} of the parse)")
    print(f"  learned model:  {best['model']:6.2f} s  ({best['model'] / parse:.2f} of the parse)")
    print(f"  overhead ratio (parse + rules + model) / parse: {sum(best.values()) / parse:.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
