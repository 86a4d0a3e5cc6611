"""Round 31 (people): every open text's people (children, adults, pets), to compare two checkouts.

Run from the checkout to measure (its sos_lint first on the path):
    python -m devtools.people31_roles OUT.json
For the code before the change, from outside any checkout:
    git archive babd51b sos_lint rules models devtools | tar -x -C /tmp/base
    cp devtools/people31_roles.py /tmp/base/devtools/
    cd /tmp && PEOPLE31_DATA_ROOT=/path/to/checkout PYTHONPATH=/tmp/base python -m devtools.people31_roles BEFORE.json
    python -m devtools.people31_roles --diff BEFORE.json AFTER.json
Reads every *.jsonl under tests/data with a "text" field, and corpus/part_*.jsonl, but never a set
numbered 30 or above (blind: COMMON31.md) nor anything under blind working folders.
"""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

# The data read (tests/data, corpus): this checkout's, or PEOPLE31_DATA_ROOT's when the code measured
# is an older copy without them (run from outside the checkout so that copy is imported).
ROOT = Path(os.environ.get("PEOPLE31_DATA_ROOT") or Path(__file__).resolve().parents[1])


def open_files() -> list[Path]:
    files = []
    for path in sorted((ROOT / "tests" / "data").rglob("*.jsonl")) + sorted((ROOT / "corpus").glob("part_*.jsonl")):
        numbers = [int(n) for n in re.findall(r"(\d+)", path.name)]
        if any(n >= 30 for n in numbers):
            continue  # blind from round 30 on
        files.append(path)
    return files


def dump(out: Path) -> None:
    from sos_lint.api import engine as make_engine
    from sos_lint.people import people

    engine = make_engine()
    result = {}
    for path in open_files():
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        rows = [r for r in rows if isinstance(r.get("text"), str) and r["text"].strip()]
        for n, (row, doc) in enumerate(zip(rows, engine.parse([r["text"] for r in rows]))):
            p = people(doc)
            key = f"{path.relative_to(ROOT)}#{row.get('id', n)}"
            result[key] = {"C": sorted(x.name for x in p.children), "A": sorted(x.name for x in p.adults),
                           "P": sorted(x.name for x in p.pets)}
    out.write_text(json.dumps(result, indent=0), encoding="utf-8")
    print(f"{len(result)} texts")


def diff(before: Path, after: Path) -> None:
    a, b = json.loads(before.read_text()), json.loads(after.read_text())
    changed = 0
    for key in a:
        if a[key] != b.get(key):
            changed += 1
            print(key, "\n   before", a[key], "\n   after ", b.get(key))
    print(f"{changed} of {len(a)} texts change")


if __name__ == "__main__":
    if sys.argv[1] == "--diff":
        diff(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        dump(Path(sys.argv[1]))
