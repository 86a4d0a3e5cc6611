"""Time of the learned parts reading per statement, per part (round 24), on parts_test19/20 (open).
Run: python -m devtools.parts_timing24. Development only; the lead benchmarks."""
import json, time
from sos_lint.api import engine
from sos_lint.learn import parts_reader
rows = [json.loads(l) for f in ("tests/data/blind/parts_test20.jsonl", "tests/data/blind/parts_test19.jsonl") for l in open(f) if l.strip()]
eng = engine()
docs = list(eng.parse([r["text"] for r in rows])); kinds = [r["kind"] for r in rows]
m = parts_reader._models()
for kind, parts in (("worry", ("behaviour", "future")), ("goal", ("action",))):
    ds = [d for d, k in zip(docs, kinds) if k == kind]
    tot = {p: 1e9 for p in parts}
    for _ in range(5):
        for d in ds:
            d.user_data.clear()
        for p in parts:
            t = time.perf_counter()
            for d in ds:
                parts_reader._logit(d, p, m[p])
            tot[p] = min(tot[p], time.perf_counter() - t)
    print(kind, {p: round(1000 * v / len(ds), 2) for p, v in tot.items()}, "ms/statement")
