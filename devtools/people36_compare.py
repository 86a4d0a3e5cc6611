import json, sys
b = json.load(open(sys.argv[1])); a = json.load(open(sys.argv[2]))
show = "--show" in sys.argv
tot = {"rows": 0, "changed_parts": 0, "changed_f": 0, "wrong_b": 0, "wrong_a": 0}
for name in b:
    if name not in a: continue
    wb = wa = cp = cf = 0; ds = []
    for rb, ra in zip(b[name], a[name]):
        m = rb.get("marked")
        if m:
            for part, present in m.items():
                if part in rb["shown"]:
                    wb += rb["shown"][part] != present; wa += ra["shown"][part] != present
        if rb["shown"] != ra["shown"]:
            cp += 1
            if show: print(name, rb["id"], "parts", {k: (rb["shown"][k], ra["shown"][k], (m or {}).get(k)) for k in rb["shown"] if rb["shown"][k] != ra["shown"][k]})
        if [f[:3] for f in rb["f"]] != [f[:3] for f in ra["f"]] or [f[3] for f in rb["f"]] != [f[3] for f in ra["f"]]:
            cf += 1
            if show:
                fb = {tuple(f[:3]) for f in rb["f"]}; fa = {tuple(f[:3]) for f in ra["f"]}
                print(name, rb["id"], "findings -", sorted(fb - fa), "+", sorted(fa - fb), "msg" if fb == fa else "", rb["score"], "->", ra["score"])
        ds.append(ra["score"] - rb["score"])
    print(f"{name:24s} rows {len(b[name]):3d} parts-changed {cp:2d} findings-changed {cf:2d} wrong-parts {wb:3d} -> {wa:3d}  mean score change {sum(ds)/len(ds):+.3f}")
    tot["rows"] += len(b[name]); tot["changed_parts"] += cp; tot["changed_f"] += cf; tot["wrong_b"] += wb; tot["wrong_a"] += wa
print(tot)
