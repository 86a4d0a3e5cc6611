"""Round 36: should the learned word tagger be on by default? Leave-one-set-out over the open sets
14-34, a small grid of thresholds, rules alone against rules + tagger, with recall by fault type,
the must-not-flag rate, warnings+errors per good statement, and recall against the second
readers' marks (tests/data/agreement, open sets only).

Each fold leaves out one words_testN together with good_testN (devtools.learned_words' folds) and
trains on every other open file (sets 1-34 but N, the batteries, the probes, the train17 files, the
open second readers' marks as extra positives, the seed six as good statements: the recipe of the
shipped file, `--recipe v2 --agreement --seed-in-folds`). Figures are exactly devtools.eval_words'
`measure` on the spans the run-time check would say (checks/learned_words.kept).

The threshold is chosen on sets 14-30 only (pooled), by a rule fixed before sets 31-34 are read:
the lowest grid threshold at which, pooled over words_test14-30 and good_test14-30 (each with the
seed six), must-not-flag is at most max(0.05, the rules') and warnings+errors per good statement at
most max(0.30, the rules') AND the tagger adds at most +0.05 per good statement (the project's
earlier budget). Sets 31-34 are then reported at that threshold as the check.

Run (needs the parse cache of devtools.learned_words, made by its --cache):
  python -m devtools.learned36 --cache /tmp/r36e_cache.pkl --out /tmp/r36e_grid.json
  python -m devtools.learned36 --read /tmp/r36e_grid.json
Never reads a blind set: the folds are devtools.learned_words.set_files (INFORMED only) and the
readers' marks are read only for sets in INFORMED.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from devtools import learned_words as lw
from devtools.eval_blind import INFORMED

GRID = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]
RULES = 1.01  # no token reaches it: the rules alone
TYPES = lw.WORD_TYPES
TUNE = range(14, 31)
CHECK = range(31, 35)


def _set_no(name: str) -> int | None:
    m = re.fullmatch(r"(?:words|good)_test(\d+)", name)
    return int(m[1]) if m else None


def _counts(fig: dict) -> dict:
    c = lw.counts(fig)
    for t in TYPES:
        v = fig["recall_by_type"].get(t, {"found": 0, "marked": 0})
        c[f"hit_{t}"], c[f"n_{t}"] = v["found"], v["marked"]
    return c


def _b_rows(rows: list[dict], marks: dict[str, dict]) -> list[dict]:
    """The set's rows with the second reader's word-fault marks in place of the writer's."""
    out = []
    for r in rows:
        b = marks.get(r["id"])
        if b is None:
            continue
        faults = [m for m in b.get("faults", []) if m.get("type") in TYPES and m.get("words") and m["words"] in r["text"]]
        out.append({**r, "faults": faults, "must_not_flag": [], "good": False, "_kept": {}})
    return out


def _b_marks(n: int) -> dict[str, dict]:
    if f"words_test{n}" not in INFORMED:
        return {}  # never a blind set's marks
    out: dict[str, dict] = {}
    for path in sorted((lw.DATA / "agreement").glob(f"marks{n}_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                # several readers: each row scored once per reader, so keep them apart by reader
                out.setdefault(path.stem, {})[row["id"]] = row
    return out


def _shipped(tagger, rows: list[dict]) -> list[dict]:
    return [{"p": tagger.token_probabilities(r["feats"]), "types": [tagger.token_types(f) for f in r["feats"]]}
            for r in rows]


def _score_set(result, key, rkey, n, rows, preds, seed_pair) -> None:
    result[key][n] = {str(t): _counts(lw.score(rows, preds, t, seed_pair)) for t in [RULES, *GRID]}
    if n.startswith("words_test"):
        for reader, marks in _b_marks(_set_no(n)).items():
            brows = _b_rows(rows, marks)
            bpreds = [p for r, p in zip(rows, preds) if r["id"] in marks]
            result[rkey][reader] = {str(t): _counts(lw.score(brows, bpreds, t, None)) for t in [RULES, *GRID]}


def run(cache: Path, out: Path) -> None:
    from sos_lint.api import engine as shared_engine
    from sos_lint.config import Config

    eng = shared_engine(Config(thresholds=(("learned_word_threshold", 1.0),)))
    lw.ENGINE, lw.GUARDS, lw.RECIPE, lw.AGREEMENT, lw.DROP = eng, True, "v2", True, ()
    groups = lw.set_files()
    rows_by_set, seed = lw.load_cache(cache, eng)
    stems = {p.stem for ps in groups.values() for p in ps}
    missing = sorted(stems - set(rows_by_set))
    if missing:
        raise SystemExit(f"the cache lacks {missing}: make it again with devtools.learned_words --cache")
    rows_by_set = {n: r for n, r in rows_by_set.items() if n in stems}
    lw.refeature([r for rows in rows_by_set.values() for r in rows] + seed)
    group_of = {p.stem: g for g, ps in groups.items() for p in ps}
    wanted = [g for g in groups if (_set_no(g) or 0) in range(14, 35)]
    result: dict = {"grid": GRID, "sets": {}, "readers": {}, "shipped": {}, "shipped_readers": {}}
    t0 = time.time()
    # The shipped weights (trained in round 17 on sets up to 16 and the seed six): every set from 17
    # on is unseen by them, so they are a second, untuned reading of the same grid.
    from sos_lint.learn import word_tagger

    tagger = word_tagger.load()
    seed_pair = (seed, _shipped(tagger, seed))
    for n in rows_by_set:
        if (_set_no(n) or 0) in range(14, 35):
            _score_set(result, "shipped", "shipped_readers", n, rows_by_set[n], _shipped(tagger, rows_by_set[n]),
                       seed_pair)
    print(f"  shipped weights: {time.time() - t0:.0f}s", file=sys.stderr)
    for g in wanted:
        held = [n for n in rows_by_set if group_of[n] == g]
        train = [r for n in rows_by_set if group_of[n] != g for r in rows_by_set[n]]
        model = lw.fit(train + seed)
        seed_pair = (seed, lw.predict(model, seed))
        for n in held:
            _score_set(result, "sets", "readers", n, rows_by_set[n], lw.predict(model, rows_by_set[n]), seed_pair)
        print(f"  fold {g}: {time.time() - t0:.0f}s", file=sys.stderr)
        out.write_text(json.dumps(result))


KEYS = ("hits", "faults", "any", "flagged", "marks", "alarms", "good",
        *[f"hit_{t}" for t in TYPES], *[f"n_{t}" for t in TYPES])


def pool(block: dict, names: list[str], t) -> dict:
    c = {k: sum(block[n][str(t)][k] for n in names) for k in KEYS}
    d = lambda a, b: a / b if b else float("nan")  # noqa: E731
    return {"recall": d(c["hits"], c["faults"]), "faults": c["faults"], "any": d(c["any"], c["faults"]),
            "mnf": d(c["flagged"], c["marks"]), "marks": c["marks"], "per_good": d(c["alarms"], c["good"]),
            "good": c["good"], "alarms": c["alarms"], "flagged": c["flagged"], "hits": c["hits"],
            "by_type": {t: (c[f"hit_{t}"], c[f"n_{t}"]) for t in TYPES}}


def fmt(f: dict) -> str:
    types = " ".join(f"{t[:5]} {h}/{n}" for t, (h, n) in f["by_type"].items() if n)
    return (f"recall {f['recall']:.3f} ({f['hits']}/{f['faults']}) any {f['any']:.3f}  must-not {f['mnf']:.3f} "
            f"({f['flagged']}/{f['marks']})  per good {f['per_good']:.3f} ({f['alarms']}/{f['good']})  [{types}]")


def choose(block: dict, names: list[str]):
    base = pool(block, names, RULES)
    for t in GRID:
        f = pool(block, names, t)
        if (f["mnf"] <= max(0.05, base["mnf"]) and f["per_good"] <= max(0.30, base["per_good"])
                and f["per_good"] - base["per_good"] <= 0.05):
            return t
    return None


def read(path: Path) -> None:
    res = json.loads(path.read_text())
    _read(res["sets"], res["readers"], TUNE, "leave-one-set-out (each set's own fold)")
    if res.get("shipped"):
        _read(res["shipped"], res["shipped_readers"], range(17, 31),
              "the shipped weights (round 17's, trained on sets up to 16): sets 17-34 unseen by them")


def _read(sets: dict, readers: dict, tune_range, title: str) -> None:
    print(f"######## {title}")
    tune = [n for n in sets if _set_no(n) in tune_range]
    check = [n for n in sets if _set_no(n) in CHECK]
    lo, hi = tune_range[0], tune_range[-1]
    print(f"== sets {lo}-{hi} pooled ({len(tune)} files), the grid (rules alone first)")
    print(f"  rules      {fmt(pool(sets, tune, RULES))}")
    for t in GRID:
        print(f"  union {t:.2f} {fmt(pool(sets, tune, t))}")
    t = choose(sets, tune)
    print(f"chosen on sets {lo}-{hi}: {t}")
    for label, names in (("sets 31-34 pooled (the check)", check),
                         *[(f"set {k}", [n for n in check if _set_no(n) == k]) for k in CHECK]):
        print(f"== {label}")
        print(f"  rules      {fmt(pool(sets, names, RULES))}")
        for u in GRID:
            mark = " <- chosen" if u == t else ""
            print(f"  union {u:.2f} {fmt(pool(sets, names, u))}{mark}")
    print("== each set 14-34 (words + good), rules -> union at the chosen threshold")
    for k in range(14, 35):
        names = [n for n in sets if _set_no(n) == k]
        if names and t is not None:
            a, b = pool(sets, names, RULES), pool(sets, names, t)
            print(f"  set {k}: recall {a['recall']:.3f} -> {b['recall']:.3f} ({b['hits'] - a['hits']:+d} of {a['faults']})"
                  f"  must-not {a['mnf']:.3f} -> {b['mnf']:.3f}  per good {a['per_good']:.3f} -> {b['per_good']:.3f}"
                  f" ({b['alarms'] - a['alarms']:+d} alarms on {a['good']} good)")
    if readers:
        rt = [n for n in readers if int(re.match(r"marks(\d+)", n)[1]) in tune_range]
        rc = [n for n in readers if int(re.match(r"marks(\d+)", n)[1]) in CHECK]
        for label, names in ((f"second readers' marks, sets {lo}-{hi}", rt), ("second readers' marks, sets 31-34", rc)):
            if not names:
                continue
            print(f"== {label} ({len(names)} files): recall of the reader's word-fault marks")
            print(f"  rules      {fmt(pool(readers, names, RULES))}")
            for u in GRID:
                mark = " <- chosen" if u == t else ""
                print(f"  union {u:.2f} {fmt(pool(readers, names, u))}{mark}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m devtools.learned36", description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--out", type=Path, default=Path("/tmp/learned36_grid.json"))
    ap.add_argument("--read", type=Path, help="print the figures of an earlier run")
    args = ap.parse_args(argv)
    if args.read:
        read(args.read)
        return 0
    run(args.cache, args.out)
    read(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
