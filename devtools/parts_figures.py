"""Parts and score figures on every OPEN set, no row text printed (rounds 34-35 kept one copy of
this script per round, parts34_figures.py and parts35_figures.py; round 36 made the last open set
an argument of this one script: their figures are `--open-max 32`).

  dump:    PYTHONPATH=TREE python devtools/parts_figures.py dump OUT.json --open-max N
           (shown parts and score of every row of the open parts sets -- probe, dev, test, test2,
           test4-N, batteries 9/9b -- and of good/words sets 13-N; no set after N is read, and N
           must be below FIRST_BLIND)
  compare: python devtools/parts_figures.py compare BEFORE.json AFTER.json [--show-ids]
           per parts set: wrong parts (shown present but not marked, shown missing but marked);
           the score spread (good mean, poor mean, poor rows at 6 or more) per set and overall.
Row ids only with --show-ids; texts never. dump --parts-only: the parts sets alone; --only=NAME,NAME: those set files alone (quicker checks)."""
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
B = ROOT / "tests" / "data" / "blind"
FIRST_BLIND = 40  # the first set still blind this round: raise it when the lead opens a set


def sets(open_max, parts_only=False):
    if open_max >= FIRST_BLIND:
        raise SystemExit(f"--open-max {open_max}: sets {FIRST_BLIND} and later are blind and are never read")
    parts = [ROOT / "tests" / "data" / "parts_probe.jsonl", B / "parts_dev.jsonl", B / "parts_test.jsonl",
             B / "parts_test2.jsonl", B / "parts_battery9.jsonl", B / "parts_battery9b.jsonl"]
    parts += [B / f"parts_test{n}.jsonl" for n in range(4, open_max + 1)]
    other = [] if parts_only else [B / f"{k}_test{n}.jsonl" for n in range(13, open_max + 1) for k in ("good", "words")]
    return [p for p in parts + other if p.exists()]


def dump(out, open_max, parts_only=False, only=None):
    from sos_lint.api import engine
    e = engine()
    res = {}
    for path in sets(open_max, parts_only):
        if only and path.name not in only:
            continue
        rows = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
        reps = e.check_many([r["text"] for r in rows], [r["kind"] for r in rows])
        res[path.name] = [{"id": r["id"], "good": r.get("good", True), "marked": r.get("parts"),
                           "shown": {c.name: c.present for c in rep.components}, "score": rep.score}
                          for r, rep in zip(rows, reps)]
        print(path.name, len(rows), file=sys.stderr)
    Path(out).write_text(json.dumps(res))


def wrong(rows):
    fp = fn = 0
    for r in rows:
        if not r["marked"]:
            continue
        for p, really in r["marked"].items():
            if p in r["shown"] and r["shown"][p] != really:
                fp += r["shown"][p] and not really
                fn += really and not r["shown"][p]
    return fp, fn


def spread(rows):
    g = [r["score"] for r in rows if r["good"]]
    p = [r["score"] for r in rows if not r["good"]]
    m = lambda xs: f"{statistics.mean(xs):.2f}" if xs else "  - "
    return g, p, f"good {m(g)} (n={len(g)}) poor {m(p)} (n={len(p)}) poor>=6 {sum(x >= 6 for x in p)}"


def compare(a, b, show):
    A = json.loads(Path(a).read_text())
    Bd = json.loads(Path(b).read_text()) if b else A
    tot = [0, 0, 0, 0]
    allg = [[], [], [], []]
    print(f"{'set':24} wrong-present/wrong-missing before -> after | spread before -> after")
    for name in A:
        ra, rb = A[name], Bd.get(name, A[name])
        line = f"{name:24}"
        if name.startswith("parts") and any(r["marked"] for r in ra):
            fa, fb = wrong(ra), wrong(rb)
            tot[0] += fa[0]; tot[1] += fa[1]; tot[2] += fb[0]; tot[3] += fb[1]
            line += f" {fa[0]:3}/{fa[1]:3} -> {fb[0]:3}/{fb[1]:3}"
            if show:
                for x, y in zip(ra, rb):
                    ch = [p for p in x["marked"] if x["shown"].get(p) != y["shown"].get(p)]
                    if ch:
                        print("   ", x["id"], ", ".join(f"{p}:{x['shown'][p]}->{y['shown'][p]} (marked {x['marked'][p]})" for p in ch))
        else:
            line += " " * 20
        ga, pa, sa = spread(ra)
        gb, pb, sb = spread(rb)
        allg[0] += ga; allg[1] += pa; allg[2] += gb; allg[3] += pb
        print(line, "|", sa, "->", sb)
        if show:
            for x, y in zip(ra, rb):
                if abs(x["score"] - y["score"]) >= 0.5:
                    print("    score", x["id"], "good" if x["good"] else "poor", x["score"], "->", y["score"])
    print(f"parts sets total wrong-present/wrong-missing: {tot[0]}/{tot[1]} -> {tot[2]}/{tot[3]}")
    m = statistics.mean
    print(f"all sets: good mean {m(allg[0]):.3f} -> {m(allg[2]):.3f}; poor mean {m(allg[1]):.3f} -> {m(allg[3]):.3f}; "
          f"poor>=6 {sum(x >= 6 for x in allg[1])} -> {sum(x >= 6 for x in allg[3])} of {len(allg[1])}; "
          f"good<6 {sum(x < 6 for x in allg[0])} -> {sum(x < 6 for x in allg[2])} of {len(allg[0])}")


def open_max_of(argv):
    """The N of --open-max N (or --open-max=N); None when it is not given."""
    for i, a in enumerate(argv):
        if a == "--open-max" and i + 1 < len(argv):
            return int(argv[i + 1])
        if a.startswith("--open-max="):
            return int(a.split("=", 1)[1])
    return None


def main(argv, open_max=None):
    """argv as after the script's name; `open_max` the last open set when --open-max is not given."""
    if argv[0] == "dump":
        open_max = open_max_of(argv) or open_max
        if open_max is None:
            raise SystemExit("dump needs --open-max N: the last open set to read (sets after N are never read)")
        only = [a[len("--only="):] for a in argv if a.startswith("--only=")]
        dump(argv[1], open_max, "--parts-only" in argv, set(",".join(only).split(",")) if only else None)
    else:
        compare(argv[1], argv[2] if len(argv) > 2 and not argv[2].startswith("--") else None, "--show-ids" in argv)


if __name__ == "__main__":
    main(sys.argv[1:])
