"""python devtools/words38_summary.py OUT.json [lo hi]: pooled figures over words/good sets lo..hi of a words38_pool JSON."""
import json, sys, re
MINE = ["judgement", "vague", "jargon", "label", "guess", "victim_blaming"]
d = json.load(open(sys.argv[1]))
lo, hi = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (0, 99)
def num(n):
    m = re.search(r"(\d+)\.jsonl$", n); return int(m[1]) if m else -1
def pool(names):
    t = {k: [0, 0] for k in MINE + ["compliance", "absence"]}
    mnf = [0, 0]; apg = [0.0, 0]
    for n in names:
        f = d[n]
        for k, v in f["recall_by_type"].items():
            t[k][0] += v["found"]; t[k][1] += v["marked"]
        if f["must_not_flag_marked"]:
            mnf[0] += round(f["must_not_flag_rate"] * f["must_not_flag_marked"]); mnf[1] += f["must_not_flag_marked"]
        if f["good_statements"]:
            apg[0] += f["alarms_per_good_probe"] * f["good_statements"]; apg[1] += f["good_statements"]
    fo = sum(t[k][0] for k in MINE); ma = sum(t[k][1] for k in MINE)
    print(f"  recall {fo}/{ma} = {fo/max(ma,1):.4f}  " + " ".join(f"{k[:5]} {t[k][0]}/{t[k][1]}" for k in MINE + ["compliance", "absence"]))
    print(f"  must-not {mnf[0]}/{mnf[1]} = {mnf[0]/max(mnf[1],1):.4f}   per-good(probe) {apg[0]:.0f}/{apg[1]} = {apg[0]/max(apg[1],1):.4f}")
w = [n for n in d if n.startswith("words") and lo <= num(n) <= hi]; g = [n for n in d if n.startswith("good") and lo <= num(n) <= hi]
for lab, names in (("words", w), ("good", g)):
    if names: print(lab, len(names)); pool(names)
