"""Probe figures for the parts of a statement: is a part shown present only when it is really there?

Run: python -m devtools.eval_parts [--show] [--probe FILE ...] [--all] [--corpus]
For each part (worry: who, behaviour, context, impact, future; goal: addressed, action, network,
others_know, timescale, experience, if_not) it prints present-precision (shown present and really
there) and missing-precision (shown missing and really missing) against the hand marks in
tests/data/parts_probe.jsonl, and the warnings and errors per good statement (hints aside) on the
seed six and tests/data/good_statements.jsonl (the seed is read from ../shared/seed, or from the
folder named by SOS_LINT_SEED_DIR). Before-figures: run it the same way against the code before
the change (see devtools/eval_people.py). --all measures every parts set in tests/data (the probe, parts_test4
and the blind sets) and ends with the lowest figure per part over them.
"""
from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = ROOT / "tests" / "data" / "parts_probe.jsonl"
GOOD = ROOT / "tests" / "data" / "good_statements.jsonl"
ALL_SETS = [PROBE, *(ROOT / "tests" / "data" / "blind" / f"parts_{name}.jsonl" for name in ("dev", "test", "test2", "test4", "test5", "test6", "test7", "test8"))]


def load(path: Path = PROBE) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def part_figures(rows: list[dict], shown: list[dict]) -> dict:
    """{part: (present_precision, n_shown_present, missing_precision, n_shown_missing)}."""
    tally: dict[str, list[int]] = {}
    for row, parts in zip(rows, shown):
        for part, really in row["parts"].items():
            t = tally.setdefault(part, [0, 0, 0, 0])
            if parts[part]:
                t[0] += really
                t[1] += 1
            else:
                t[2] += not really
                t[3] += 1
    return {part: (t[0] / t[1] if t[1] else 1.0, t[1], t[2] / t[3] if t[3] else 1.0, t[3]) for part, t in tally.items()}


def shown_parts(engine, rows: list[dict]) -> list[dict]:
    reports = engine.check_many([r["text"] for r in rows], [r["kind"] for r in rows])
    return [{c.name: c.present for c in report.components} for report in reports]


def good_reports(engine, paths=None) -> list:
    import sys

    sys.path.insert(0, str(ROOT / "tests"))
    import seed

    if os.environ.get("SOS_LINT_SEED_DIR"):
        seed.SEED_DIR = Path(os.environ["SOS_LINT_SEED_DIR"])
    excerpt = seed.seed_excerpt()
    reports = list(engine.check_document(excerpt, source="seed")) if excerpt else []
    rows = [r for path in (paths or [GOOD]) for r in load(path) if r.get("good", True)]
    return reports + list(engine.check_many([r["text"] for r in rows], [r["kind"] for r in rows]))


def warnings_per_good(reports) -> float:
    count = sum(1 for r in reports for f in r.findings if f.severity in ("warning", "error"))
    return count / len(reports) if reports else 0.0


def corpus_context_hint(engine) -> str:
    """SOS504 (a worry that says no when or where) over the corpus, each statement with its
    labelled kind: how many it fires on and how many of those are labelled good."""
    from devtools.corpus import load as load_corpus

    statements = load_corpus().statements
    reports = engine.check_many([s.text for s in statements], [s.kind for s in statements])
    fired = [s for s, r in zip(statements, reports) if any(f.code == "SOS504" for f in r.findings)]
    return f"SOS504 on the corpus: fired on {len(fired)} statements, {sum(s.good for s in fired)} of them labelled good"


def main(argv=None) -> int:
    from sos_lint.api import engine as make_engine

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list each statement a part was wrong on")
    parser.add_argument("--probe", type=Path, action="append",
                        help="a parts probe file, may be given more than once (default: parts_probe.jsonl)")
    parser.add_argument("--all", action="store_true", help="every parts set in tests/data (probe and blind sets)")
    parser.add_argument("--corpus", action="store_true",
                        help="also count SOS504 (no when or where) on the corpus: statements fired on, and how many "
                             "of those are labelled good")
    parser.add_argument("--good", type=Path, action="append",
                        help="a file of good statements (rows with kind and text; rows with good=false are skipped); "
                             "default: good_statements.jsonl")
    args = parser.parse_args(argv)
    engine = make_engine()
    probes = ALL_SETS if args.all else (args.probe or [PROBE])
    lowest: dict[str, list] = {}
    for probe in probes:
        rows = load(probe)
        shown = shown_parts(engine, rows)
        second = [i for i, r in enumerate(rows) if r.get("split") == "second_batch"]
        groups = [("all", list(range(len(rows))))]
        if second:
            groups.append(("second batch (written after the code; see the report for its first-run figures)", second))
        for title, indices in groups:
            subset = [rows[i] for i in indices]
            print(f"{probe.name}, {title}: {len(subset)} statements ({sum(r['kind'] == 'worry' for r in subset)} worries)")
            print(f"{'part':12} {'present-precision':>18} {'missing-precision':>18}")
            for part, (pp, np_, mp, nm) in part_figures(subset, [shown[i] for i in indices]).items():
                print(f"{part:12} {pp:>12.2f} (n={np_:>2}) {mp:>12.2f} (n={nm:>2})")
                low = lowest.setdefault(part, [1.0, "", 1.0, ""])
                if pp < low[0]:
                    low[0:2] = [pp, probe.name]
                if mp < low[2]:
                    low[2:4] = [mp, probe.name]
        if args.show:
            for row, parts in zip(rows, shown):
                wrong = [f"{p} shown {'present' if parts[p] else 'missing'}" for p, really in row["parts"].items()
                         if parts[p] != really]
                if wrong:
                    print(f"  {row['id']}: {', '.join(wrong)}: {row['text']}")
    if len(probes) > 1:
        print("lowest over the sets (present-precision, missing-precision):")
        for part, (pp, pwhere, mp, mwhere) in lowest.items():
            print(f"{part:12} {pp:>6.2f} {pwhere or '-':22} {mp:>6.2f} {mwhere or '-'}")
    if args.corpus:
        print(corpus_context_hint(engine))
    reports = good_reports(engine, args.good)
    names = ", ".join(p.name for p in (args.good or [GOOD]))
    print(f"warnings and errors per good statement (hints aside): {warnings_per_good(reports):.3f} "
          f"over {len(reports)} statements (seed six and {names})")
    if args.show:
        for r in reports:
            for f in r.findings:
                if f.severity in ("warning", "error"):
                    print(f"  {r.kind} {f.code} {f.severity}: {f.message}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
