"""Round 31 (review31c): mean score of good vs poor statements per open set, and the seed six.

Run from a tree: SOS_LINT_SEED_DIR=/work/shared/seed PYTHONPATH=TREE python devtools/review31c_separation.py
(reads no blind set: corpus, good/poor_statements, good_test13-29, words_test13-29; set 29 is open)."""
import json, sys, os
from pathlib import Path
from statistics import mean
sys.path.insert(0, os.environ["PYTHONPATH"])
from sos_lint.api import engine
from devtools.corpus import load as load_corpus
ROOT = Path(os.environ["PYTHONPATH"])
eng = engine()
out = {}
def sets():
    st = load_corpus().statements
    yield "corpus", [(s.text, s.kind, s.good) for s in st]
    g = [json.loads(l) for l in (ROOT/"tests/data/good_statements.jsonl").read_text().splitlines() if l.strip()]
    p = [json.loads(l) for l in (ROOT/"tests/data/poor_statements.jsonl").read_text().splitlines() if l.strip()]
    yield "good/poor_statements", [(r["text"], r["kind"], True) for r in g] + [(r["text"], r["kind"], False) for r in p]
    for stem in ("good_test", "words_test"):
        rows = []
        for n in range(13, 30):
            f = ROOT/"tests/data/blind"/f"{stem}{n}.jsonl"
            if f.exists():
                rows += [json.loads(l) for l in f.read_text().splitlines() if l.strip()]
        yield f"{stem}13-29", [(r["text"], r["kind"], bool(r["good"])) for r in rows if "good" in r]
    for stem in ("good_test29", "words_test29"):
        f = ROOT/"tests/data/blind"/f"{stem}.jsonl"
        rows = [json.loads(l) for l in f.read_text().splitlines() if l.strip()]
        yield stem + " (fresh)", [(r["text"], r["kind"], bool(r["good"])) for r in rows]
for name, rows in sets():
    reps = eng.check_many([t for t, _, _ in rows], [k for _, k, _ in rows], fixes=False)
    good = [r.score for r, (_, _, g) in zip(reps, rows) if g]
    poor = [r.score for r, (_, _, g) in zip(reps, rows) if not g]
    out[name] = (len(good), round(mean(good), 3) if good else None, len(poor), round(mean(poor), 3) if poor else None)
    print(name, out[name], flush=True)
sys.path.insert(0, str(ROOT / "tests"))
import seed
seed.SEED_DIR = Path(os.environ["SOS_LINT_SEED_DIR"])
ex = seed.seed_excerpt()
reps = eng.check_document(ex, source="seed")
print("seed", [(r.kind, r.score) for r in reps])
