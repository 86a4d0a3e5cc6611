"""SOS520 (whereabouts-shown) on good writing: findings per open good set, corpus good statements and
the seed six. Only OPEN sets are read (40 and later are blind in round 41).

    PYTHONPATH=<tree> python -m devtools.whereabouts_falsealarms [--sets 20-37] [--show]

Prints, per source: statements, statements with an SOS520 finding, errors, warnings; --show prints
each finding's words (do not pass --show on a set you have not opened yet)."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OPEN = ROOT / "tests" / "data" / "blind"
BLIND_FROM = 40


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="20-37")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--no-corpus", action="store_true")
    args = parser.parse_args()
    low, _, high = args.sets.partition("-")
    numbers = list(range(int(low), int(high or low) + 1))
    if any(n >= BLIND_FROM for n in numbers):
        raise SystemExit("sets 40 and later are blind: not read")
    from sos_lint.config import Config
    from sos_lint.engine import Engine

    engine = Engine(Config())
    sources: list[tuple[str, list[tuple[str, str, str]]]] = []
    for number in numbers:
        path = OPEN / f"good_test{number}.jsonl"
        if path.exists():
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            sources.append((f"good{number}", [(str(r["id"]), r.get("kind") or "worry", r["text"]) for r in rows]))
    if not args.no_corpus:
        from devtools.corpus import load

        sources.append(("corpus good", [(s.id, s.kind, s.text) for s in load(verify=False).statements if s.good]))
    total = [0, 0, 0, 0]
    for name, rows in sources:
        reports = engine.check_many([t for _, _, t in rows], [k for _, k, _ in rows])
        hit = errors = warnings = 0
        for (ident, _, _), report in zip(rows, reports):
            found = [f for f in [*report.findings, *report.given_way] if f.code == "SOS520"]
            hit += bool(found)
            errors += sum(f.severity == "error" for f in found)
            warnings += sum(f.severity == "warning" for f in found)
            if args.show:
                for f in found:
                    print(f"  {name} {ident} {f.severity}: {report.text[f.start:f.end]!r}")
        print(f"{name:12} statements {len(rows):4}  with SOS520 {hit:3}  errors {errors:3}  warnings {warnings:3}")
        for i, v in enumerate((len(rows), hit, errors, warnings)):
            total[i] += v
    from devtools.eval_words import find_seed, seed_excerpt

    path = find_seed()
    seed = engine.check_document(seed_excerpt(path), source="seed") if path else []
    found = [f for r in seed for f in [*r.findings, *r.given_way] if f.code == "SOS520"]
    print(f"{'seed six':12} statements {len(seed):4}  SOS520 findings {len(found)}")
    print(f"{'total good':12} statements {total[0]:4}  with SOS520 {total[1]:3}  errors {total[2]:3}  warnings {total[3]:3}")


if __name__ == "__main__":
    main()
