"""Deterministic evidence for the rules' cost: cProfile of `check_many` on the benchmark statements.

Wall-time ratios on a shared machine swing by 0.3 between identical runs; call counts do not.
This prints the profiled total, the call counts that show how
often rules build spaCy objects, the functions that cost most, and a digest of every report's JSON
(equal digests before and after a speed change mean the output did not change).

Profiled seconds swing with the machine's load too (16.4 s and 17.2 s for runs whose calls say
the second did less), and the profiler inflates spaCy's many small calls: compare call counts
here, and CPU time with benchmarks/split_time.py.

The profiled run is the second over the same statements, as in run.py (best of three): caches that
live across calls (a swap's judgement re-parses its sentence once per process) are warm. With
--cold the first run is profiled instead (warm-up on 50 statements only).

Run with: python benchmarks/profile_rules.py [N] [--top K] [--cold] [--save FILE]   (N statements, default 400)
"""
from __future__ import annotations

import cProfile
import hashlib
import json
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# The checkout this file is in, ahead of the installed package: a worktree times its own code.
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

from drafts import cycle  # noqa: E402  (the benchmarks folder is not a package)

# (label, file ending, function name) of the calls counted: spaCy objects the rules build. (Span
# iteration, token.children and token.sent run inside spaCy's compiled code, which the profiler
# does not see; the Tokens they make show up as Doc.__getitem__ calls from the rule that asked.)
COUNTED = [
    ("Doc.__getitem__", "doc.pyx", "__getitem__"),
    ("Doc.__iter__", "doc.pyx", "__iter__"),
    ("Token created", "token.pxd", "cinit"),
]


def digest(reports) -> str:
    """sha256 of every report's JSON, in order: equal digests mean equal output."""
    text = json.dumps([r.to_dict() for r in reports], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def main(argv: list[str]) -> None:
    from sos_lint.api import engine

    n = int(argv[0]) if argv and argv[0].isdigit() else 400
    top = int(argv[argv.index("--top") + 1]) if "--top" in argv else 25
    data = cycle(n)
    texts, kinds = [t for t, _ in data], [k for _, k in data]
    eng = engine()
    cold = "--cold" in argv
    # warm-up: builds the phrase matchers, loads the model and (unless --cold) fills the caches
    eng.check_many(texts[:50] if cold else texts, kinds[:50] if cold else kinds)

    profiler = cProfile.Profile()
    profiler.enable()
    reports = eng.check_many(texts, kinds)
    profiler.disable()

    stats = pstats.Stats(profiler)
    if "--save" in argv:
        stats.dump_stats(argv[argv.index("--save") + 1])
    print(f"statements: {n} ({'cold' if cold else 'warm'} run)   output digest: {digest(reports)}")
    print(f"profiled total: {stats.total_tt:.2f} s   function calls: {stats.total_calls:,}")
    for label, ending, name in COUNTED:
        calls = sum(nc for (path, _, func), (_, nc, _, _, _) in stats.stats.items()
                    if path.endswith(ending) and func == name)
        print(f"  {label:18} {calls:>12,} calls")
    parse = sum(ct for (path, _, func), (_, _, _, ct, _) in stats.stats.items()
                if path.endswith("engine.py") and func == "parse")
    print(f"  spaCy parse (Engine.parse, cumulative) {parse:.2f} s")
    print()
    stats.sort_stats("cumulative").print_stats(top)


if __name__ == "__main__":
    main(sys.argv[1:])
