"""python devtools/words38_pool.py OUT.json FILE...: eval_words.measure on each open file (sets 40+ refused), JSON to OUT."""
import json, sys, re
from pathlib import Path
from devtools.eval_words import find_seed, load_probe, measure, seed_excerpt
from sos_lint.api import engine as shared_engine
out, files = sys.argv[1], sys.argv[2:]
for f in files:
    m = re.search(r"_test(\d+)\.jsonl$", f)
    assert not (m and int(m[1]) >= 40), f
    assert "sets40" not in f and "fixjudge" not in f and "before40" not in f and "after40" not in f
eng = shared_engine()
sp = find_seed()
seed = eng.check_document(seed_excerpt(sp), source="seed") if sp else None
res = {}
for f in files:
    res[Path(f).name] = measure(eng, load_probe(Path(f)), seed)
    print(Path(f).name, res[Path(f).name]["word_fault_recall"], res[Path(f).name]["must_not_flag_rate"], res[Path(f).name]["alarms_per_good_probe"], flush=True)
json.dump(res, open(out, "w"), indent=1)
