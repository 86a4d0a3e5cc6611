"""`python devtools/compliance29_summary.py [--misses] FILE...`: figures per OPEN words/good file
(compliance and absence recall, must-not-flag rate, alarms per good statement by code) and a total,
from devtools.eval_words.measure. With --misses, also the compliance/absence misses and the SOS5xx
alarms on good rows (only for files named on the command line; never pass a blind file).
Round 29, compliance29 (after devtools/compliance28_summary.py)."""
import sys

args = [a for a in sys.argv[1:] if not a.startswith("--")]
if any('28' in a.rsplit('/', 1)[-1] or 'sets29' in a or 'before29' in a or 'after29' in a for a in args):
    sys.exit('blind set refused')
MISSES = "--misses" in sys.argv
from collections import Counter
from pathlib import Path
from devtools.eval_words import measure, load_probe, find_seed, seed_excerpt
from sos_lint.api import engine
eng = engine()
seed = eng.check_document(seed_excerpt(find_seed(Path.cwd())), source="seed")
seed_alarms = sum(1 for rep in seed for f in rep.findings if f.severity != "hint")
print(f"seed: {len(seed)} statements, warnings+errors {seed_alarms}")
tot = {"c": [0, 0], "a": [0, 0], "mnf": [0, 0], "good": 0, "alarms": 0, "s5": 0}
codes_tot = Counter()
for f in args:
    rows = load_probe(Path(f))
    fig = measure(eng, rows, seed)
    rb = fig["recall_by_type"]
    c = rb.get("compliance", {"found": 0, "marked": 0}); a = rb.get("absence", {"found": 0, "marked": 0})
    tot["c"][0] += c["found"]; tot["c"][1] += c["marked"]; tot["a"][0] += a["found"]; tot["a"][1] += a["marked"]
    n_mnf = fig["must_not_flag_marked"]; r = fig["must_not_flag_rate"] or 0
    tot["mnf"][0] += round(r * n_mnf); tot["mnf"][1] += n_mnf
    g = fig["good_statements"]; ap = fig["alarms_per_good_probe"] or 0
    tot["good"] += g; tot["alarms"] += round(ap * g)
    good = [row for row in rows if row["good"]]
    reps = eng.check_many([r["text"] for r in good], [r["kind"] for r in good]) if good else []
    cc = Counter(x.code for rep in reps for x in rep.findings if x.severity != "hint")
    codes_tot.update(cc)
    s5 = sum(v for k, v in cc.items() if k.startswith("SOS5"))
    tot["s5"] += s5
    print(f"{Path(f).name:24} compl {c['found']}/{c['marked']} abs {a['found']}/{a['marked']} mnf {fig['must_not_flag_rate']} of {n_mnf} "
          f"alarms/good {fig['alarms_per_good_probe']} (n={g}) SOS5xx:{s5} {dict(sorted((k, v) for k, v in cc.items() if k.startswith('SOS5')))}")
    if MISSES:
        for m in fig["missed"]:
            if " compliance:" in m or " absence:" in m:
                print("   MISS", m)
        for m in fig["false_alarms"]:
            if "SOS5" in m and "strict count only" not in m:
                print("   MNF", m)
        for row, rep in zip(good, reps):
            for x in rep.findings:
                if x.severity != "hint" and x.code.startswith("SOS5"):
                    print(f"   ALARM {row['id']} {x.code} {row['text'][x.start:x.end]!r}")
print(f"TOTAL compliance {tot['c'][0]}/{tot['c'][1]} absence {tot['a'][0]}/{tot['a'][1]} mnf {tot['mnf'][0]}/{tot['mnf'][1]} "
      f"alarms on good {tot['alarms']}/{tot['good']} = {tot['alarms']/max(1,tot['good']):.3f} SOS5xx on good {tot['s5']}")
print("by code (good rows):", dict(sorted(codes_tot.items())))
