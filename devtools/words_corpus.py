"""python devtools/words_corpus.py ROOT: on corpus/part_*.jsonl, statement-level recall of each word fault family on poor rows
(a finding of the family's codes anywhere in the statement), and word-rule warnings+errors on good rows."""
import json, glob, sys, collections
from devtools.eval_words import FAULT_CODES
from sos_lint.api import engine
root = sys.argv[1]
rows = [json.loads(l) for f in sorted(glob.glob(root + "/corpus/part_*.jsonl")) for l in open(f) if l.strip()]
eng = engine()
reps = eng.check_many([r["text"] for r in rows], [r["kind"] for r in rows])
fam = {"jargon": "jargon", "acronym": "jargon", "label": "label", "vague": "vague", "judgement": "judgement", "victim_blaming": "victim_blaming"}
hit = collections.Counter(); tot = collections.Counter(); good_n = 0; good_w = 0; codes = collections.Counter()
for r, rep in zip(rows, reps):
    if r["label"] == "poor":
        for f in set(r.get("faults", [])):
            if f in fam:
                k = fam[f]; tot[k] += 1
                hit[k] += any(x.code in FAULT_CODES[k] and x.severity != "hint" for x in rep.findings)
    else:
        good_n += 1
        for x in rep.findings:
            if x.severity != "hint" and x.code[3] in "123":
                good_w += 1; codes[x.code] += 1
print("poor rows, statement-level:", " ".join(f"{k} {hit[k]}/{tot[k]}" for k in sorted(tot)), f"all {sum(hit.values())}/{sum(tot.values())}")
print(f"good rows: {good_n}, word-rule warnings+errors {good_w}", dict(sorted(codes.items())))
