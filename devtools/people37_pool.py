"""Round 37 (r37d): eval_people's figures for several people files in one process (one engine load).

Run: python -m devtools.people37_pool FILE... (explicit open files only: never a blind set)."""
import sys
from pathlib import Path
from devtools.eval_people import load, predict, score
files = [Path(f) for f in sys.argv[1:]]
for f in files:
    rows = load(f)
    r = score(rows, predict(rows))
    print(f"== {f.name}: recall {r['child_recall']:.3f} taken {r['taken_as_child']}", flush=True)
    for row_id, mention, text in r["misses"]:
        print(f"  missed {mention!r} ({row_id})")
    for row_id, mention, text in r["mistakes"]:
        print(f"  took {mention!r} ({row_id})")
