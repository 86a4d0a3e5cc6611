"""pool.py OUT.json: eval_words.measure on words_test14-37 and good_test20-37 (open sets only), plus corpus poor SOS counts."""
import json, sys
from pathlib import Path
from devtools.eval_words import find_seed, load_probe, measure, seed_excerpt
from sos_lint.api import engine as shared_engine
files = [f"tests/data/blind/words_test{i}.jsonl" for i in range(14, 38)] + [f"tests/data/blind/good_test{i}.jsonl" for i in range(20, 38)]
eng = shared_engine()
sp = find_seed()
seed = eng.check_document(seed_excerpt(sp), source="seed") if sp else None
res = {}
for f in files:
    res[Path(f).name] = measure(eng, load_probe(Path(f)), seed)
res["seed_per"] = res[Path(files[0]).name]["alarms_per_good_seed"]
rows=[]
for p in sorted(Path("corpus").glob("part_*.jsonl")):
    for line in open(p, encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            if r["label"] == "poor": rows.append(r)
reps = eng.check_many([r["text"] for r in rows], [r["kind"] for r in rows])
from collections import Counter
res["corpus_poor"] = dict(Counter(f.code for rep in reps for f in rep.findings if f.severity != "hint"))
json.dump(res, open(sys.argv[1], "w"), indent=1)
