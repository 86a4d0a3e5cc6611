"""Round 32: child recall and adults taken as the child on every OPEN people file, in one process.

Run: python -m devtools.people32_loop OUTFILE [--show-dir DIR]
Prints one summary line per file (no rows). With --show-dir, writes each file's misses and mistakes
to DIR/<name>.txt (for reading after the first figures are recorded). Blind sets (set 31 and later)
are never read: the file list is explicit.
"""
from __future__ import annotations

import sys
from pathlib import Path

from devtools.eval_people import DATA, PROBE, load, predict, score

OPEN = [PROBE, DATA / "people_probe_round4.jsonl",
        *[DATA / "blind" / f"people_test{n}.jsonl" for n in ["", 2, *range(4, 31)]],
        DATA / "blind" / "people_battery9.jsonl", DATA / "blind" / "people_battery9b.jsonl",
        *[DATA / "train" / f"people_battery{n}.jsonl" for n in (17, 18, 19)]]


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    show = None
    if "--show-dir" in argv:
        i = argv.index("--show-dir")
        show = Path(argv[i + 1])
        del argv[i:i + 2]
        show.mkdir(parents=True, exist_ok=True)
    lines = []
    tot_c = tot_f = tot_w = 0
    for path in OPEN:
        if not path.exists():
            continue
        rows = load(path)
        r = score(rows, predict(rows))
        found = round(r["child_recall"] * r["children"])
        tot_c += r["children"]; tot_f += found; tot_w += r["taken_as_child"]
        line = (f"{path.name:28s} {r['sentences']:4d} rows  children {r['children']:4d}  "
                f"recall {r['child_recall']:.3f}  missed {r['children'] - found:3d}  taken {r['taken_as_child']:3d}")
        print(line, flush=True)
        lines.append(line)
        if show:
            with open(show / (path.stem + ".txt"), "w", encoding="utf-8") as fh:
                for rid, m, t in r["misses"]:
                    fh.write(f"missed {m!r} ({rid}): {t}\n")
                for rid, m, t in r["mistakes"]:
                    fh.write(f"took {m!r} ({rid}): {t}\n")
    total = f"{'ALL':28s} children {tot_c}  recall {tot_f / tot_c:.4f}  missed {tot_c - tot_f}  taken {tot_w}"
    print(total)
    if argv:
        Path(argv[0]).write_text("\n".join(lines + [total]) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
