"""List SOS514/SOS505/SOS501 findings on open good and poor statements (round 25, goodparts25).

Reads only open sets: good_test13..23, words_test2..23 (good and poor rows), parts_test2..23.
Usage: python -m devtools.goodparts25_alarms [--show good|poor|none] [--sets 23]
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from sos_lint.api import check_many

CODES = ("SOS514", "SOS505", "SOS501")
BLIND = Path(__file__).resolve().parent.parent / "tests" / "data" / "blind"


def open_sets(only: set[int] | None):
    for stem, lo in (("good_test", 13), ("words_test", 2), ("parts_test", 2)):
        for n in range(lo, 24):
            if only and n not in only:
                continue
            p = BLIND / f"{stem}{n}.jsonl"
            if p.exists():
                yield n, p


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", default="good")
    ap.add_argument("--sets", default="")
    a = ap.parse_args()
    only = {int(x) for x in a.sets.split(",") if x}
    rows = []
    for n, p in open_sets(only):
        for line in p.read_text().splitlines():
            if line.strip():
                r = json.loads(line)
                if r.get("good") is None or r.get("kind") not in ("worry", "goal"):
                    continue
                rows.append((n, p.stem, r))
    by_kind: dict[str, list] = {"worry": [], "goal": []}
    for item in rows:
        by_kind[item[2]["kind"]].append(item)
    counts = {True: Counter(), False: Counter()}
    counts23 = {True: Counter(), False: Counter()}
    for kind, items in by_kind.items():
        reps = check_many([r["text"] for _, _, r in items], kind=kind)
        for (n, stem, r), rep in zip(items, reps):
            good = bool(r["good"])
            for f in rep.findings:
                if f.code in CODES:
                    counts[good][f.code] += 1
                    if n == 23:
                        counts23[good][f.code] += 1
                    if a.show == ("good" if good else "poor") or a.show == "all":
                        print(f"[{stem} {r.get('id')} good={good}] {f.code}: {r['text'][:400]}")
                        if "parts" in r:
                            print("   parts:", r["parts"])
    for good in (True, False):
        print(("GOOD" if good else "POOR"), "all open:", dict(sorted(counts[good].items())),
              "| set 23:", dict(sorted(counts23[good].items())))


if __name__ == "__main__":
    main()
