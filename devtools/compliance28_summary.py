"""`python devtools/compliance28_summary.py FILE...`: one line of figures per OPEN words/good file
(compliance and absence recall, must-not-flag rate, alarms per good statement, SOS511/SOS512 alarms on
good rows) and a total, from devtools.eval_words.measure. Prints figures only, never rows; still, pass
only open sets (never *_test27 or anything under /work/wt/sets28). Round 28, compliance28."""
import sys

if any('27' in a or 'sets28' in a for a in sys.argv[1:]):
    sys.exit('blind set refused')
from pathlib import Path
from devtools.eval_words import measure, load_probe, find_seed, seed_excerpt
from sos_lint.api import engine
eng = engine()
seed = eng.check_document(seed_excerpt(find_seed(Path.cwd())), source="seed")
D = Path("tests/data/blind")
files = sys.argv[1:]
tot = {"c": [0, 0], "a": [0, 0], "mnf": [0, 0], "good": 0, "alarms": 0}
for f in files:
    fig = measure(eng, load_probe(Path(f)), seed)
    rb = fig["recall_by_type"]
    c = rb.get("compliance", {"found": 0, "marked": 0}); a = rb.get("absence", {"found": 0, "marked": 0})
    tot["c"][0] += c["found"]; tot["c"][1] += c["marked"]; tot["a"][0] += a["found"]; tot["a"][1] += a["marked"]
    n_mnf = fig["must_not_flag_marked"]; r = fig["must_not_flag_rate"] or 0
    tot["mnf"][0] += round(r * n_mnf); tot["mnf"][1] += n_mnf
    g = fig["good_statements"]; ap = fig["alarms_per_good_probe"] or 0
    tot["good"] += g; tot["alarms"] += round(ap * g)
    codes = fig["alarms_on_good_by_code"]
    print(f"{Path(f).name:24} compl {c['found']}/{c['marked']} abs {a['found']}/{a['marked']} mnf {fig['must_not_flag_rate']} of {n_mnf} "
          f"alarms/good(probe) {fig['alarms_per_good_probe']} (n={g}) all+seed {fig['alarms_per_good']} SOS511:{codes.get('SOS511',0)} SOS512:{codes.get('SOS512',0)}")
print(f"TOTAL compliance {tot['c'][0]}/{tot['c'][1]} absence {tot['a'][0]}/{tot['a'][1]} mnf {tot['mnf'][0]}/{tot['mnf'][1]} "
      f"alarms on good {tot['alarms']}/{tot['good']} = {tot['alarms']/max(1,tot['good']):.3f}")
