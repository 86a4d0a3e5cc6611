"""`python -m devtools.overlaps`: pairs of findings (warnings and errors; hints aside) whose
spans overlap, over the OPEN sets only (the test sets devtools.eval_blind.INFORMED names, the
batteries, corpus, probes; never a blind set). Round 28 (dedupe28) wrote it for sets 9-26.

Counts pairs by two different rules on overlapping words, tabulated by code pair with examples,
and pairs by the same rule. Findings about the whole statement (span 0..end) are left out, as the
engine's one-per-span policy leaves them out.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "tests" / "data" / "blind"


def open_files() -> list[Path]:
    from devtools.eval_blind import INFORMED

    files = []
    for stem in ("words", "good", "parts", "fix"):
        for n in range(9, 100):
            p = BLIND / f"{stem}_test{n}.jsonl"
            if p.exists() and p.stem in INFORMED:
                files.append(p)
    files += sorted(p for p in BLIND.glob("*battery*.jsonl"))
    files += sorted((ROOT / "corpus").glob("*.jsonl"))
    files += sorted((ROOT / "tests" / "data").glob("*probe*.jsonl"))
    for p in files:  # the guard: no blind test set is ever read here
        if re.search(r"_test\d+$", p.stem) and p.stem not in INFORMED:
            raise SystemExit(f"refusing blind file {p}")
    return files


def rows_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def word_level(f: dict, length: int) -> bool:
    return f["end"] > f["start"] and not (f["start"] == 0 and f["end"] >= length - 1)


def pairs(findings: list[dict], length: int):
    fs = [f for f in findings if f["severity"] != "hint" and word_level(f, length)]
    for i, a in enumerate(fs):
        for b in fs[i + 1:]:
            if a["start"] < b["end"] and b["start"] < a["end"]:
                yield a, b


def collect(paths: list[Path], all_found: bool = False) -> list[dict]:
    from sos_lint.api import engine as shared_engine

    engine = shared_engine()
    out = []
    for path in paths:
        rows = [r for r in rows_of(path) if isinstance(r.get("text"), str) and r["text"].strip()]
        kinds = [r.get("kind") if r.get("kind") in ("worry", "goal") else None for r in rows]
        reports = engine.check_many([r["text"] for r in rows], kinds, fixes=False)
        for row, rep in zip(rows, reports):
            out.append({"file": path.name, "id": row.get("id"), "text": row["text"], "kind": rep.kind,
                        "findings": [{k: f.to_dict()[k] for k in ("code", "severity", "start", "end", "message")}
                                     for f in [*rep.findings, *(rep.given_way if all_found else ())]]})
        print(f"{path.name}: {len(rows)}", file=sys.stderr)
    return out


def table(records: list[dict], examples: int = 3) -> dict:
    by_pair: Counter = Counter()
    same: Counter = Counter()
    shown = defaultdict(list)
    exact = Counter()
    for rec in records:
        t = rec["text"]
        for a, b in pairs(rec["findings"], len(t)):
            if a["code"] == b["code"]:
                same[a["code"]] += 1
                key = (a["code"], a["code"])
            else:
                key = tuple(sorted((a["code"], b["code"])))
                by_pair[key] += 1
                exact[key] += (a["start"], a["end"]) == (b["start"], b["end"])
            if len(shown[key]) < examples:
                shown[key].append(f"{rec['file']}:{rec['id']} {a['code']} {t[a['start']:a['end']]!r} | "
                                  f"{b['code']} {t[b['start']:b['end']]!r}")
    return {"different_rules": sum(by_pair.values()), "same_rule": sum(same.values()),
            "statements": len(records),
            "by_pair": [(f"{a}+{b}", n, exact[(a, b)], shown[(a, b)]) for (a, b), n in by_pair.most_common()],
            "by_same_rule": [(c, n, shown[(c, c)]) for c, n in same.most_common()]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--save", type=Path, help="write the findings here (JSON lines)")
    ap.add_argument("--load", type=Path, help="read findings saved before instead of checking")
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("--all-found", action="store_true",
                    help="count the findings that gave way too: the figures before the overlap policy")
    args = ap.parse_args(argv)
    if args.load:
        records = [json.loads(l) for l in args.load.read_text().splitlines()]
    else:
        records = collect(open_files(), args.all_found)
        if args.save:
            args.save.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    fig = table(records, args.examples)
    print(f"statements {fig['statements']}; overlapping pairs by different rules {fig['different_rules']}; "
          f"by the same rule {fig['same_rule']}")
    for name, n, ex, shown in fig["by_pair"]:
        print(f"  {name:15} {n:4} (same span {ex})")
        for s in shown:
            print(f"      {s}")
    print("same rule:")
    for code, n, shown in fig["by_same_rule"]:
        print(f"  {code:15} {n:4}")
        for s in shown:
            print(f"      {s}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
