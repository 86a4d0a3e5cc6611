"""Figures per open parts set (present/missing precision per part, as devtools.eval_parts reads them),
written as JSON so that two runs of the code (before and after a change) can be compared set by set.

Run: python -m devtools.parts_sets24 OUT.json          (checks every open parts set with this code)
     python -m devtools.parts_sets24 --compare A.json B.json
Open sets only: the probe, parts_dev/test/test2/test4..test22 and the two batteries (never a
*_test23 file). Development only.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from devtools.eval_parts import load, part_figures, shown_parts

ROOT = Path(__file__).resolve().parents[1]
NAMES = ["dev", "test", "test2", *(f"test{n}" for n in range(4, 23)), "battery9", "battery9b"]
SETS = [ROOT / "tests" / "data" / "parts_probe.jsonl", *(ROOT / "tests" / "data" / "blind" / f"parts_{n}.jsonl" for n in NAMES)]


def measure(out: Path) -> None:
    from sos_lint.api import engine

    eng, result = engine(), {}
    for path in SETS:
        rows = load(path)
        result[path.stem] = {"figures": part_figures(rows, shown_parts(eng, rows))}
    out.write_text(json.dumps(result, indent=1))


def compare(a: Path, b: Path) -> None:
    before, after = json.loads(a.read_text()), json.loads(b.read_text())
    worse = []
    for name in before:
        lines = []
        for part, f in before[name]["figures"].items():
            g = after[name]["figures"][part]
            if f != g:
                lines.append(f"    {part:12s} {f[0]:.2f} (n={f[1]}) / {f[2]:.2f} (n={f[3]})  ->  "
                             f"{g[0]:.2f} (n={g[1]}) / {g[2]:.2f} (n={g[3]})")
                if g[0] < f[0] - 1e-9 or g[2] < f[2] - 1e-9:
                    worse.append((name, part))
        print(f"{name}: {'no change' if not lines else ''}")
        print("\n".join(lines)) if lines else None
    print("a precision fell:", ", ".join(f"{n}:{p}" for n, p in worse) or "none")


if __name__ == "__main__":
    if sys.argv[1] == "--compare":
        compare(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        measure(Path(sys.argv[1]))
