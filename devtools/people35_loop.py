"""Round 35 (r35d): child recall and adults taken as the child on every OPEN people file (probes, sets 1-33, batteries); set 33 gives figures only (no rows). Run: python -m devtools.people35_loop [SHOW_DIR]
(SHOW_DIR gets each open file's misses and mistakes, never set 33's.)
"""
import sys
from pathlib import Path
from devtools.eval_people import DATA, PROBE, load, predict, score
OPEN = [PROBE, DATA / "people_probe_round4.jsonl",
        *[DATA / "blind" / f"people_test{n}.jsonl" for n in ["", 2, *range(4, 34)]],
        DATA / "blind" / "people_battery9.jsonl", DATA / "blind" / "people_battery9b.jsonl",
        *[DATA / "train" / f"people_battery{n}.jsonl" for n in (17, 18, 19)]]
show = Path(sys.argv[1]) if len(sys.argv) > 1 else None
if show: show.mkdir(parents=True, exist_ok=True)
tc = tf = tw = 0
for path in OPEN:
    if not path.exists(): continue
    rows = load(path); r = score(rows, predict(rows))
    found = round(r["child_recall"] * r["children"])
    if path.name != "people_test33.jsonl":
        tc += r["children"]; tf += found; tw += r["taken_as_child"]
    print(f"{path.name:28s} {r['sentences']:4d} rows children {r['children']:4d} recall {r['child_recall']:.3f} "
          f"words {r['word_name_recall']:.3f} missed {r['children'] - found:3d} taken {r['taken_as_child']:3d}", flush=True)
    if show and path.name != "people_test33.jsonl":
        with open(show / (path.stem + ".txt"), "w") as fh:
            for rid, m, t in r["misses"]: fh.write(f"missed {m!r} ({rid}): {t}\n")
            for rid, m, t in r["mistakes"]: fh.write(f"took {m!r} ({rid}): {t}\n")
print(f"ALL(excl 33) children {tc} recall {tf/tc:.4f} missed {tc-tf} taken {tw}")
