"""scan.py OUT.jsonl: every non-hint finding on open good statements (good_test20-37, words_test14-37 good rows, corpus good)."""
import json, sys, re
from pathlib import Path
from sos_lint.api import engine as shared_engine
ROOT = Path('.')
files = [f"tests/data/blind/good_test{i}.jsonl" for i in range(20, 38)] + [f"tests/data/blind/words_test{i}.jsonl" for i in range(14, 38)]
for f in files:
    m = re.search(r"_test(\d+)\.jsonl$", f); assert int(m[1]) <= 37
rows = []
for f in files:
    for line in open(f, encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            if r.get("good"):
                rows.append((Path(f).stem, r["id"], r["kind"], r["text"]))
for p in sorted(Path("corpus").glob("part_*.jsonl")):
    for line in open(p, encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            if r["label"] == "good":
                rows.append(("corpus", r["id"], r["kind"], r["text"]))
eng = shared_engine()
reps = eng.check_many([r[3] for r in rows], [r[2] for r in rows])
with open(sys.argv[1], "w") as out:
    for (src, rid, kind, text), rep in zip(rows, reps):
        fs = [f for f in rep.findings if f.severity != "hint"]
        out.write(json.dumps({"src": src, "id": rid, "kind": kind, "text": text,
            "findings": [{"code": f.code, "sev": f.severity, "words": text[f.start:f.end], "start": f.start, "end": f.end, "msg": f.message} for f in fs]}) + "\n")
print(len(rows))
