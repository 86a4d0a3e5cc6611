"""rescan.py BASE.jsonl CODE OUT.jsonl: BASE (a scan.py output) with every statement on which CODE fired (on a
good statement, a poor row or a must-not-flag mark) checked again with the code as it is now; the others copied.
For a mend that can only take CODE findings away (a filter on CODE's spans), OUT equals a full scan.py run."""
import json, sys
from sos_lint.api import engine as shared_engine
from devtools.alarms41.scan import scored
base, code, out_path = sys.argv[1], sys.argv[2], sys.argv[3]
rows = [json.loads(l) for l in open(base)]
todo = [i for i, r in enumerate(rows) if any(f["code"] == code for f in r["findings"]) or code in r.get("poor_codes", [])
        or any(code in m["by"] for m in r["mnf"])]
marks = {}
for i in todo:
    r = rows[i]
    if r["src"] == "corpus":
        continue  # the corpus carries no marks
    f = f"tests/data/blind/{r['src']}.jsonl"
    for line in open(f, encoding="utf-8"):
        x = json.loads(line)
        if x["id"] == r["id"]:
            marks[i] = (x.get("must_not_flag", []), x.get("faults", []))
            break
eng = shared_engine()
reps = eng.check_many([rows[i]["text"] for i in todo], [rows[i]["kind"] for i in todo])
for i, rep in zip(todo, reps):
    r = rows[i]
    r.update(scored(r["text"], r["good"], *marks.get(i, ([], [])), rep))
with open(out_path, "w") as out:
    for r in rows:
        out.write(json.dumps(r) + "\n")
print(len(todo), "statements checked again")
