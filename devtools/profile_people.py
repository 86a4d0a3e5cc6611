"""Deterministic profile of people reading inside check_many, and a dump of what it read.

Run: python -m devtools.profile_people [--n 400] [--dump FILE] [--top 25]
Profiles `check_many` (cProfile, after a warm-up) on `benchmarks.drafts.cycle(n)` and prints,
for sos_lint/people/ and the analysis helpers that call into it (is_name, is_person), each
function's call count and its profiled own and cumulative seconds, with the rules' total
(engine rule calls) beside them. Profiled seconds are inflated by the profiler and vary with
the machine's load; call counts are exact and repeatable.
`--dump FILE` writes every statement's reading (children, adults, pets, others with their
tokens and evidence, and the role-word list) as JSON lines, so two versions of the code can be
compared for identical output (`cmp before.jsonl after.jsonl`).
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _readings(texts, kinds) -> list[dict]:
    from sos_lint.api import engine as make_engine
    from sos_lint.people import people

    eng = make_engine()
    out = []
    for doc in eng.parse(texts):
        found = people(doc)
        out.append({role: [[p.name, list(p.tokens), p.evidence] for p in getattr(found, role)]
                    for role in ("children", "adults", "pets", "others")} | {"role_words": list(found.role_words)})
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=400, help="statements (benchmarks.drafts.cycle)")
    parser.add_argument("--dump", type=Path, help="write each statement's people reading here (JSON lines)")
    parser.add_argument("--top", type=int, default=25, help="rows of the people table")
    args = parser.parse_args(argv)
    if str(ROOT) not in sys.path:
        sys.path.append(str(ROOT))  # benchmarks/; after PYTHONPATH, so a PYTHONPATH copy of sos_lint wins
    from benchmarks.drafts import cycle
    from sos_lint.api import engine as make_engine

    rows = cycle(args.n)
    texts, kinds = [t for t, _ in rows], [k for _, k in rows]
    if args.dump:
        args.dump.write_text("".join(json.dumps(r) + "\n" for r in _readings(texts, kinds)), encoding="utf-8")
        print(f"wrote {args.dump}")
    eng = make_engine()
    eng.check_many(texts[:20], kinds[:20])  # warm-up: model, phrase matchers, word lists
    profile = cProfile.Profile()
    profile.enable()
    eng.check_many(texts, kinds)
    profile.disable()
    stats = pstats.Stats(profile)
    total = stats.total_tt
    wanted = []
    for (path, line, name), (cc, nc, tt, ct, _) in stats.stats.items():
        short = path.replace("\\", "/")
        if "/sos_lint/people" in short or short.endswith("checks/analysis.py") and name in ("is_name", "is_person", "people"):
            wanted.append((ct, tt, nc, f"{short.split('/sos_lint/')[-1]}:{line}({name})"))
    rules = [(ct, nc) for (path, _, name), (cc, nc, tt, ct, _) in stats.stats.items()
             if path.replace("\\", "/").endswith("sos_lint/engine.py") and name == "findings"]
    print(f"check_many on {args.n} statements: profiled total {total:.2f} s")
    for ct, nc in rules:
        print(f"  engine.findings (rules, after parsing): {nc} calls, {ct:.2f} s cumulative")
    print(f"{'calls':>10} {'own s':>8} {'cum s':>8}  function")
    for ct, tt, nc, label in sorted(wanted, reverse=True)[: args.top]:
        print(f"{nc:>10,} {tt:8.2f} {ct:8.2f}  {label}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
