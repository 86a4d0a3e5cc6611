"""The parts each open set's rows are shown with, saved so two runs of the code can be compared
row by row, and the figures per set (present/missing precision per part, as devtools.eval_parts
reads them). (Round 24's parts_sets24 and round 26's parts_sets26, made one.)

Run: python -m devtools.parts_sets OUT.json [--sets open|STEM]
     python -m devtools.parts_sets --compare A.json B.json [--rows]
     python -m devtools.parts_sets --summary A.json
'open' is the probe, parts_dev and every parts set devtools.eval_blind.INFORMED lists; STEM is one of those
alone ("parts_test24"). Never a blind set. Development only.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from devtools.eval_parts import load, part_figures, shown_parts

from devtools.eval_blind import BLIND, INFORMED, ROOT

# Every parts set opened for tuning (eval_blind's list), so no round has to add its set here.
OPEN = [ROOT / "tests" / "data" / "parts_probe.jsonl", BLIND / "parts_dev.jsonl",
        *(BLIND / f"{stem}.jsonl" for stem in sorted(INFORMED) if stem.startswith("parts_")
          and (BLIND / f"{stem}.jsonl").exists())]


def measure(out: Path, sets: list[Path]) -> None:
    from sos_lint.api import engine

    eng, result = engine(), {}
    for path in sets:
        rows = load(path)
        shown = shown_parts(eng, rows)
        result[path.stem] = {"figures": part_figures(rows, shown),
                             "rows": {r["id"]: {"kind": r["kind"], "marks": r["parts"], "shown": s}
                                      for r, s in zip(rows, shown)}}
    out.write_text(json.dumps(result, separators=(",", ":")))


def summary(a: Path) -> None:
    data = json.loads(a.read_text())
    pooled: dict[str, list[int]] = {}
    for name, d in data.items():
        print(name)
        for part, f in d["figures"].items():
            print(f"  {part:12s} {f[0]:.2f} (n={f[1]:>2}) / {f[2]:.2f} (n={f[3]:>2})")
        for row in d["rows"].values():
            for part, really in row["marks"].items():
                t = pooled.setdefault(part, [0, 0, 0, 0])
                if row["shown"][part]:
                    t[0] += really
                    t[1] += 1
                else:
                    t[2] += not really
                    t[3] += 1
    print("pooled")
    for part, t in pooled.items():
        print(f"  {part:12s} {t[0] / max(t[1], 1):.3f} (n={t[1]}) / {t[2] / max(t[3], 1):.3f} (n={t[3]})")


def compare(a: Path, b: Path, rows: bool) -> None:
    before, after = json.loads(a.read_text()), json.loads(b.read_text())
    worse = []
    for name in before:
        lines = []
        for part, f in before[name]["figures"].items():
            g = after[name]["figures"][part]
            if f != g:
                lines.append(f"    {part:12s} {f[0]:.2f} (n={f[1]}) / {f[2]:.2f} (n={f[3]})  ->  "
                             f"{g[0]:.2f} (n={g[1]}) / {g[2]:.2f} (n={g[3]})")
                if (g[0] < f[0] - 1e-9 and g[0] < 0.9) or g[2] < f[2] - 1e-9:
                    worse.append((name, part))
        print(f"{name}: {'no change' if not lines else ''}")
        if lines:
            print("\n".join(lines))
        if rows:
            for rid, r in before[name]["rows"].items():
                s = after[name]["rows"][rid]["shown"]
                for part, was in r["shown"].items():
                    if s[part] != was:
                        ok = "right" if s[part] == r["marks"][part] else "WRONG"
                        print(f"      {rid} {part}: {was} -> {s[part]} (now {ok})")
    print("a precision fell:", ", ".join(f"{n}:{p}" for n, p in worse) or "none")


if __name__ == "__main__":
    if sys.argv[1] == "--compare":
        compare(Path(sys.argv[2]), Path(sys.argv[3]), "--rows" in sys.argv)
    elif sys.argv[1] == "--summary":
        summary(Path(sys.argv[2]))
    else:
        which = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--sets" else "open"
        if which != "open" and which not in INFORMED:
            raise SystemExit(f"{which} is not an open set (devtools.eval_blind.INFORMED)")
        measure(Path(sys.argv[1]), OPEN if which == "open" else [BLIND / f"{which}.jsonl"])
