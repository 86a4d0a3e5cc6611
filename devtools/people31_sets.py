"""Round 31 (people): one line per OPEN people set, and the misses/mistakes as JSON for diffing.

Run: python -m devtools.people31_sets [--json OUT]
Only open files are named (set 30 and later are blind and are never read here): the two probes,
people_test 1-29, the batteries blind/people_battery9*, train/people_battery17-19.
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from devtools.eval_people import DATA, load, predict, score

LAST_OPEN = 29


def open_sets() -> list[Path]:
    tests = []
    for path in (DATA / "blind").glob("people_test*.jsonl"):
        m = re.fullmatch(r"people_test(\d*)\.jsonl", path.name)
        if m and int(m.group(1) or 1) <= LAST_OPEN:
            tests.append((int(m.group(1) or 1), path))
    return [DATA / "people_probe.jsonl", DATA / "people_probe_round4.jsonl",
            *[p for _, p in sorted(tests)],
            DATA / "blind" / "people_battery9.jsonl", DATA / "blind" / "people_battery9b.jsonl",
            *sorted((DATA / "train").glob("people_battery*.jsonl"))]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    out = {}
    tot_c = tot_f = tot_w = 0
    for path in open_sets():
        rows = load(path)
        r = score(rows, predict(rows))
        print(f"{path.name}: {r['sentences']} sentences, child recall {r['child_recall']:.3f} "
              f"({r['children']} children), taken as the child {r['taken_as_child']}")
        tot_c += r["children"]
        tot_f += round(r["child_recall"] * r["children"])
        tot_w += r["taken_as_child"]
        out[path.name] = {"misses": [[i, m] for i, m, _ in r["misses"]],
                          "mistakes": [[i, m] for i, m, _ in r["mistakes"]]}
    print(f"ALL: child recall {tot_f / tot_c:.4f} ({tot_f}/{tot_c}), taken as the child {tot_w}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
