"""rescan.py BASE.jsonl CODE OUT.jsonl: BASE (a scan.py output) with every statement on which CODE fired (on a
good statement, a poor row or a must-not-flag mark) checked again with the code as it is now; the others copied.
For a mend that can only take CODE findings away (a filter on CODE's spans), OUT equals a full scan.py run."""
import json, sys
from sos_lint.api import engine as shared_engine
from devtools.eval_words import _word_level, _flags_unmarked, _span, FAULT_CODES, _overlaps
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
    r = rows[i]; text = r["text"]; mnf, faults = marks.get(i, ([], []))
    fs = [f for f in rep.findings if f.severity != "hint"] if r["good"] else []
    fspans = [_span(text, m["words"]) for m in faults]
    mn = []
    for m in mnf:
        s, e = _span(text, m["words"])
        own = sorted({f.code for f in rep.findings if _word_level(f, len(text)) and _flags_unmarked(f, s, e, fspans)})
        if own:
            mn.append({"reason": m["reason"], "words": m["words"], "by": own})
    hits = []
    for m in faults:
        s, e = _span(text, m["words"])
        hits.append(int(any((f.code in FAULT_CODES[m["type"]] and _overlaps(f, s, e))
                            or (f.severity == "error" and (f.start, f.end) == (s, e)) for f in rep.findings)))
    r.update({"hits": [[m["type"], h] for m, h in zip(faults, hits)],
              "poor_codes": [] if r["good"] else sorted(f.code for f in rep.findings if f.severity != "hint"),
              "findings": [{"code": f.code, "sev": f.severity, "words": text[f.start:f.end], "start": f.start, "end": f.end,
                            "msg": f.message} for f in fs], "mnf": mn})
with open(out_path, "w") as out:
    for r in rows:
        out.write(json.dumps(r) + "\n")
print(len(todo), "statements checked again")
