"""Round 33 (review33g): the score spread a QA team reports, on open sets (no row text printed
unless --show). For each of good/words/parts_test28-31: mean, min, max of good and poor rows and how
many score 6 or more; the seed's scores; and on parts_test28-31 the Spearman correlation of the score
with the hand-marked share of parts present (all rows, and poor rows alone).
Run from the tree to measure: PYTHONPATH=TREE python devtools/scores33_spread.py [--show]
(with SOS_LINT_SEED_DIR set). Diff two runs for before/after."""
import json
import os
import statistics
import sys
from pathlib import Path

from scipy.stats import spearmanr

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
import seed  # noqa: E402

from sos_lint.api import engine  # noqa: E402

e = engine()
show = "--show" in sys.argv
if os.environ.get("SOS_LINT_SEED_DIR"):
    seed.SEED_DIR = Path(os.environ["SOS_LINT_SEED_DIR"])
reps = list(e.check_document(seed.seed_excerpt(), source="seed"))
print("seed", [r.score for r in reps], "min", min(r.score for r in reps))
for n in (28, 29, 30, 31):
    for name in ("good", "words", "parts"):
        rows = [json.loads(line) for line in open(ROOT / f"tests/data/blind/{name}_test{n}.jsonl") if line.strip()]
        rs = e.check_many([r["text"] for r in rows], [r["kind"] for r in rows])
        for flag in (True, False):
            sc = [(rep.score, r["id"]) for r, rep in zip(rows, rs) if r.get("good", True) == flag]
            if not sc:
                continue
            s = [x for x, _ in sc]
            print(f"{name}_test{n} good={flag} n={len(s)} mean={statistics.mean(s):.2f} min={min(s):.1f} "
                  f"max={max(s):.1f} >=6:{sum(x >= 6 for x in s)}")
            if show:
                for x, i in sorted(sc):
                    print("   ", i, x)
        if name == "parts":
            share = [sum(r["parts"].values()) / len(r["parts"]) for r in rows]
            scores = [x.score for x in rs]
            poor = [(a, b) for a, b, r in zip(share, scores, rows) if not r["good"]]
            print(f"parts_test{n}: spearman(score, marked parts share) = {spearmanr(share, scores).correlation:.3f}; "
                  f"poor rows: {spearmanr(*zip(*poor)).correlation:.3f}")
