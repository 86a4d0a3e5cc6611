"""dump_advice.py OUT.jsonl: every finding (code, span, severity, message, suggestion, fix) on the corpus (all
statements) and the open good sets good_test20-39. Open data only."""
import json, sys, re
from pathlib import Path
from sos_lint.api import engine as shared_engine
rows = []
for i in range(20, 40):
    for line in open(f"tests/data/blind/good_test{i}.jsonl", encoding="utf-8"):
        if line.strip():
            r = json.loads(line); rows.append((f"good{i}", r["id"], r["kind"], r["text"]))
for p in sorted(Path("corpus").glob("part_*.jsonl")):
    for line in open(p, encoding="utf-8"):
        if line.strip():
            r = json.loads(line); rows.append(("corpus", r["id"], r["kind"], r["text"]))
eng = shared_engine()
reps = eng.check_many([r[3] for r in rows], [r[2] for r in rows])
with open(sys.argv[1], "w") as out:
    for (src, rid, kind, text), rep in zip(rows, reps):
        for f in rep.findings:
            out.write(json.dumps([src, rid, f.code, f.start, f.end, f.severity, f.message, f.suggestion,
                                  None if f.fix is None else repr(f.fix)]) + "\n")
print(len(rows))
