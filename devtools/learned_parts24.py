"""Round-24 experiment: extend the learned second reading of round 23 (behaviour, context) to the
other parts: worry future and impact; goal addressed, action, network, others_know, timescale,
experience and if_not.

Same method as devtools/learned_parts23.py: level 1 is a logistic regression on TF-IDF blocks of the
statement's generic lemmas (1-3 grams) and its parse words (learn/parts_reader.parse_words); it is
trained on the open sets, and the way it is laid over the rules (a veto of the rules' "present"
below a keep cut-off, and/or a "missing" made present above a make cut-off) is chosen by
leave-one-set-out over the sets up to 21, scored against the rules' FIRST-SIGHT verdicts of sets
9-21 (devtools/parts_first_sight24.json: the code of the commit that committed each set blind; see
make_first_sight below). parts_test22 is scored only with --final, once per part.

Run: python -m devtools.learned_parts24 [--rebuild] [--parts ...]   (leave-one-set-out only)
     python -m devtools.learned_parts24 --final --parts PART ...   (also score parts_test22 once)
     python -m devtools.learned_parts24 --export                    (write models/parts_learned.json.gz)
Development only: nothing here is read by sos_lint at run time. See RESULTS at the end of the file.
"""
from __future__ import annotations

import argparse
import json
import pickle
from pathlib import Path

from devtools.eval_parts import part_figures
from devtools.learned_parts23 import _matrix, load

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
TRAIN_NAMES = ["dev", "test", "test2", *(f"test{n}" for n in range(4, 22)), "battery9", "battery9b"]
TRAIN_SETS = [DATA / "parts_probe.jsonl", *(DATA / "blind" / f"parts_{n}.jsonl" for n in TRAIN_NAMES)]
CLEAN_TEST = DATA / "blind" / "parts_test22.jsonl"  # freshest open set: scored once per part with --final
WORRY_PARTS = ("who", "behaviour", "context", "impact", "future")
GOAL_PARTS = ("addressed", "action", "network", "others_know", "timescale", "experience", "if_not")
FIRST_SIGHT = Path(__file__).with_name("parts_first_sight24.json")


def kind_of(part: str) -> str:
    return "worry" if part in WORRY_PARTS else "goal"


def prepare(engine, rows: list[dict]) -> list[dict]:
    from sos_lint.learn import parts_reader
    from sos_lint.learn.parts_reader import generic, parse_words

    texts, kinds = [r["text"] for r in rows], [r["kind"] for r in rows]
    docs = list(engine.parse(texts))
    parts_reader.ENABLED = False  # the rules' own verdicts, before any learned reading
    rules = engine.check_many(texts, kinds)
    parts_reader.ENABLED = True  # what ships at the time the cache is built
    shipped = engine.check_many(texts, kinds)
    return [{**r, "generic": generic(doc), "parse": parse_words(doc),
             "rules": {c.name: c.present for c in a.components},
             "shipped": {c.name: c.present for c in b.components}}
            for r, doc, a, b in zip(rows, docs, rules, shipped)]


def build_cache(path: Path) -> dict:
    from sos_lint.api import engine

    eng = engine()
    cache = {p.stem: prepare(eng, load(p)) for p in TRAIN_SETS if p.exists()}
    cache["__clean__"] = prepare(eng, load(CLEAN_TEST))
    path.write_bytes(pickle.dumps(cache))
    return cache


# The evidence a "missing" -> "present" needs (sos_lint/checks/parts/__init__.py), per part.
GUARDS = {"impact": "_child_lives_it", "experience": "_child_lives_it", "network": "_someone_beside_the_parents"}


def _child_lives_it(ctx) -> bool:
    """Tried as the guard of experience's (and impact's) "missing -> present" (not shipped): the
    child as the subject of a verb that is not one of telling ("Ava will sleep in her own bed")."""
    from sos_lint.checks import analysis
    from sos_lint.checks.parts import _TELLING

    children = analysis.child_tokens(ctx)
    return any(t.i in children and t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() not in _TELLING
               for t in ctx.tokens)


def _someone_beside_the_parents(ctx) -> bool:
    """Tried as network's guard (not shipped): a person from the family's network named in the
    goal, as the rules read one before asking what they do (goal._network_candidates)."""
    from sos_lint.checks.parts.goal import _network_candidates

    return next(iter(_network_candidates(ctx)), None) is not None


# The rules' "present" the reading may not take away (tried: impact told by the child's body; no
# effect by leave-one-set-out, not kept).
KEEPS: dict[str, str] = {}


def build_guards(path: Path) -> dict:
    """{set: {id: {guard: bool}}} for every row, read with the parse as the run time reads it."""
    from sos_lint.api import engine
    from sos_lint.checks import parts as parts_mod
    from sos_lint.checks.base import Context

    eng, out = engine(), {}
    for p in [*TRAIN_SETS, CLEAN_TEST]:
        if not p.exists():
            continue
        rows = load(p)
        out[p.stem] = {}
        for r, doc in zip(rows, eng.parse([r["text"] for r in rows])):
            ctx = Context(doc=doc, kind=r["kind"], config=eng.config, lexicons=eng.lexicons, fixes=False)
            out[p.stem][r["id"]] = {g: bool(getattr(parts_mod, g, globals().get(g))(ctx))
                                    for g in {*GUARDS.values(), *KEEPS.values()}}
    path.write_bytes(pickle.dumps(out))
    return out


def make_first_sight() -> dict:
    """Gather the rules' first-sight verdicts of sets 9-21 (both kinds) into FIRST_SIGHT. Each set's
    verdicts were made by `git archive <commit>` of the commit that committed the set blind into a
    scratch folder and checking the set's statements with PYTHONPATH pointing there (commits: set 9
    a1d886e, 10 b5e30e8, 11 ad81caf, 12 2a0029e, 13 32c96b2, 14 055481e, 15 8fc6f1d, 16 c92c40a,
    17 8714a41, 18 ce7846b, 19 a03f71a, 20 7d7d169, 21 c01a17f), read here from /tmp/pl24fs."""
    out = {}
    for n in range(9, 22):
        out[f"test{n}"] = json.loads(Path(f"/tmp/pl24fs/test{n}.json").read_text())
    FIRST_SIGHT.write_text(json.dumps(out, sort_keys=True, separators=(",", ":")) + "\n")
    return out


def attach_first_sight(sets) -> list[str]:
    recorded = json.loads(FIRST_SIGHT.read_text())
    fresh = []
    for name, rows in sets.items():
        got = recorded.get(name.removeprefix("parts_"))
        if got:
            fresh.append(name)
            for r in rows:
                r["fresh"] = got[r["id"]]
    return fresh


def fit_proba(train, test, part, C=1.0, feats="text parse"):
    from sklearn.linear_model import LogisticRegression

    x_train, fitted = _matrix(train, feats, part)
    x_test, _ = _matrix(test, feats, part, fitted)
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
    model.fit(x_train, [r["parts"][part] for r in train])
    return list(model.predict_proba(x_test)[:, 1])


def out_of_fold(sets, part, C=1.0, feats="text parse"):
    proba = {}
    for held in sets:
        if not sets[held]:
            continue
        train = [r for other, rows in sets.items() if other != held for r in rows]
        for r, p in zip(sets[held], fit_proba(train, sets[held], part, C, feats)):
            proba[(held, r["id"])] = p
    return proba


def figs(rows, shown, part):
    return part_figures([{"parts": {part: r["parts"][part]}} for r in rows], [{part: s} for s in shown])[part]


def fmt(f):
    return f"{f[0]:.3f} (n={f[1]:3d}) / {f[2]:.3f} (n={f[3]:3d})"


# (keep, make): keep the rules' present when P >= keep; make their missing present when P >= make.
# keep 0 = no veto; make 1.01 = never made present.
MARGINS = ((0.1, 1.01), (0.15, 1.01), (0.2, 1.01), (0.25, 1.01), (0.3, 1.01), (0.4, 1.01),
           (0.0, 0.9), (0.0, 0.85), (0.0, 0.8), (0.0, 0.7),
           (0.15, 0.9), (0.2, 0.85), (0.25, 0.8), (0.3, 0.75), (0.5, 0.5))


def run_part(sets, fresh_sets, part, C=1.0, feats="text parse", guards=None):
    kind = kind_of(part)
    ksets = {n: [r for r in rs if r["kind"] == kind] for n, rs in sets.items()}
    rows = [(n, r) for n, rs in ksets.items() for r in rs]
    oof = out_of_fold(ksets, part, C, feats)
    fr = [(n, r) for n, r in rows if n in fresh_sets]
    res = {"rules_today_all": figs([r for _, r in rows], [r["rules"][part] for _, r in rows], part),
           "learned_all": figs([r for _, r in rows], [oof[(n, r["id"])] >= 0.5 for n, r in rows], part),
           "first_sight": figs([r for _, r in fr], [r["fresh"][part] for _, r in fr], part),
           "learned_fresh": figs([r for _, r in fr], [oof[(n, r["id"])] >= 0.5 for n, r in fr], part)}
    for keep, make in MARGINS:
        shown = [(oof[(n, r["id"])] >= keep) if r["fresh"][part] else (oof[(n, r["id"])] >= make) for n, r in fr]
        res[f"margin {keep}/{make}"] = figs([r for _, r in fr], shown, part)
        if guards and part in GUARDS and make <= 1:
            g = GUARDS[part]
            k = KEEPS.get(part)
            shown = [(oof[(n, r["id"])] >= keep or (k is not None and guards[n][r["id"]][k])) if r["fresh"][part]
                     else (oof[(n, r["id"])] >= make and guards[n][r["id"]][g]) for n, r in fr]
            res[f"  guarded {keep}/{make}"] = figs([r for _, r in fr], shown, part)
    return res, oof


# Parts shipped, with their cut-offs (keep, make), chosen by leave-one-set-out on sets up to 21 and
# checked once on parts_test22 (see RESULTS). behaviour and context keep round 23's weights.
SHIPPED: dict[str, tuple[float, float]] = {"future": (0.25, 1.01), "action": (0.1, 1.01)}


def export(sets, parts=None) -> dict:
    """Carry round 23's behaviour/context weights over unchanged, fit level 1 for each SHIPPED part on
    every open statement of its kind (sets up to 21; parts_test22 left out, as it was the check),
    and write models/parts_learned.json.gz (format 2: TF-IDF blocks shared by the parts of a kind)."""
    import gzip

    from sklearn.linear_model import LogisticRegression

    from devtools.pipelines import _text_spec
    from sos_lint.data import data_dir
    from sos_lint.learn import parts_reader

    parts = SHIPPED if parts is None else parts
    folder = data_dir("models")
    old = folder / "parts_learned.json"  # round 23's file (format 1)
    if old.exists():
        r23 = json.loads(old.read_text(encoding="utf-8"))
    else:
        current = json.loads(gzip.decompress((folder / parts_reader.FILE).read_bytes()))
        r23 = {"trained_on": current["trained_on"]["worry23"],
               "parts": {p: {**current["parts"][p], **current["blocks"]["worry23"]} for p in ("behaviour", "context")}}
    b, c = r23["parts"]["behaviour"], r23["parts"]["context"]
    assert b["text"] == c["text"] and b["parse"] == c["parse"]
    payload = {"format": parts_reader.FORMAT, "blocks": {"worry23": {"text": b["text"], "parse": b["parse"]}},
               "trained_on": {"worry23": r23["trained_on"]}, "parts": {}}
    for name, spec in (("behaviour", b), ("context", c)):
        payload["parts"][name] = {k: v for k, v in spec.items() if k not in ("text", "parse")} | {"block": "worry23"}
    for part in parts:
        kind = kind_of(part)
        block = f"{kind}24"
        rows = [r for rs in sets.values() for r in rs if r["kind"] == kind]
        x, fitted = _matrix(rows, "text parse", part)
        if block not in payload["blocks"]:
            payload["blocks"][block] = {"text": _text_spec(fitted["text"]), "parse": _text_spec(fitted["parse"])}
            payload["trained_on"][block] = sorted(sets)
        else:  # the same rows, so the same vectorisers
            assert payload["blocks"][block]["text"] == _text_spec(fitted["text"])
        model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=5000).fit(x, [r["parts"][part] for r in rows])
        keep, make = parts[part]
        payload["parts"][part] = {"block": block, "coef": [float(v) for v in model.coef_[0]],
                                  "intercept": float(model.intercept_[0]), "keep_threshold": keep,
                                  "make_threshold": make, "statements": len(rows)}
        made = parts_reader._PartModel(payload["parts"][part], parts_reader._Block(block, payload["blocks"][block]))
        worst = max(abs(made.logit(r["generic"], r["parse"]) - d) for r, d in zip(rows, model.decision_function(x)))
        if worst > 1e-9:
            raise RuntimeError(f"the portable parts model differs from scikit-learn's by {worst:g}; not saved")
        print(f"{part}: level 1 on {len(rows)} {kind} statements ({x.shape[1]} features, portable within "
              f"{worst:.1e}); keep the rules' present at P >= {keep}, make their missing present at P >= {make}")
    raw = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode("utf-8")
    path = folder / parts_reader.FILE
    path.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    if old.exists():
        old.unlink()
    print(f"wrote {path} ({path.stat().st_size // 1024} KB)")
    return payload


def final_check(sets, clean, part, guards) -> None:
    kind = kind_of(part)
    train = [r for rs in sets.values() for r in rs if r["kind"] == kind]
    rows = [r for r in clean if r["kind"] == kind]
    proba = fit_proba(train, rows, part)
    keep, make = CHOSEN[part]
    guard = GUARDS.get(part)
    k = KEEPS.get(part)
    shown = [(p >= keep or (k is not None and guards["parts_test22"][r["id"]][k])) if r["rules"][part] else
             (p >= make and (guard is not None and guards["parts_test22"][r["id"]][guard])) for r, p in zip(rows, proba)]
    print(f"== {part} on parts_test22 (trained on {len(train)} {kind} statements of sets up to 21)")
    print(f"  rules (first sight)        {fmt(figs(rows, [r['rules'][part] for r in rows], part))}")
    print(f"  reading {keep}/{make}{' + ' + guard if guard and make <= 1 else ''}  {fmt(figs(rows, shown, part))}")
    for r, s_, p in zip(rows, shown, proba):
        if s_ != r["rules"][part]:
            print(f"    {r['id']}: rules {r['rules'][part]} -> {s_} (P={p:.2f}; marked {r['parts'][part]})")


# Chosen by leave-one-set-out before parts_test22 was scored (see RESULTS).
CHOSEN = {**SHIPPED, "experience": (0.15, 0.9)}  # experience: no change on parts_test22, not shipped


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=Path("/tmp/partslearn24_cache.pkl"))
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--parts", nargs="+", default=[p for p in WORRY_PARTS + GOAL_PARTS
                                                    if p not in ("who", "behaviour", "context")])
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--feats", default="text parse")
    ap.add_argument("--first-sight", action="store_true", help="gather parts_first_sight24.json")
    ap.add_argument("--export", action="store_true", help="write models/parts_learned.json.gz and stop")
    ap.add_argument("--guards", action="store_true", help="also score the guarded margins")
    ap.add_argument("--final", action="store_true", help="score parts_test22 once for each part named")
    args = ap.parse_args(argv)
    if args.first_sight:
        make_first_sight()
        return 0
    cache = build_cache(args.cache) if args.rebuild or not args.cache.exists() else pickle.loads(args.cache.read_bytes())
    clean = cache.pop("__clean__")
    fresh = attach_first_sight(cache)
    guards = None
    if args.guards:
        gpath = Path("/tmp/partslearn24_guards.pkl")
        guards = build_guards(gpath) if args.rebuild or not gpath.exists() else pickle.loads(gpath.read_bytes())
    if args.export:
        export(cache)
        return 0
    if args.final:  # parts_test22, once per part: the rules (first sight: today's code) and the reading
        for part in args.parts:
            final_check(cache, clean, part, guards)
        return 0
    for part in args.parts:
        res, _ = run_part(cache, fresh, part, args.C, args.feats, guards)
        print(f"== {part} (C={args.C}, {args.feats}; LOSO, first-sight rows of {len(fresh)} sets)")
        for k, v in res.items():
            print(f"  {k:24s} {fmt(v)}  mean {(v[0] + v[2]) / 2:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


RESULTS = """
Leave-one-set-out: level 1 (logistic regression, C=1, balanced, TF-IDF generic lemmas 1-3 grams +
parse words) fitted on every open set up to 21 but the one held out (25 sets: 819 worries, 849
goals); scored on the 13 sets with the rules' first-sight verdicts (sets 9-21: 455 worries, 455
goals). present-precision / missing-precision; keep/make as in MARGINS ("guarded": made present
only with the part's evidence reader, GUARDS).

  part         rules at first sight   best by LOSO (no precision falls)           chosen / why not
  future       0.957 / 0.996          veto 0.3            0.990 / 0.996           shipped: veto 0.25
                                      veto 0.25           0.980 / 0.996             (0.980 / 0.996; see below)
  action       0.885 / 0.911          0.3/0.75            0.955 / 0.921           shipped: veto 0.1
                                      veto 0.3            0.954 / 0.911             (0.900 / 0.914; see below)
  experience   0.896 / 0.953          0.3/0.75 guarded    0.912 / 0.963           0.15/0.9 guarded (0.905 / 0.967);
                                                                                    no change on set 22: not shipped
  impact       0.845 / 0.822          0.3/0.75 guarded    0.902 / 0.869           not shipped: overrides 10 hand-written
                                                                                    impact cases (below)
  network      0.946 / 0.944          0.2/0.85            0.959 / 0.963           not shipped: guarded by a named network
                                      0.2/0.85 guarded    0.962 / 0.941             person the gain goes (the marks count a
                                      0.0/0.9 guarded     0.946 / 0.953             helping housemistress, imam, youth worker)
  others_know  0.959 / 0.867          0.25/0.8            0.973 / 0.872           not shipped: +0.01 needs a guard; veto
                                      veto 0.15           0.968 / 0.868             only +0.005
  timescale    0.982 / 0.979          0.0/0.9             0.982 / 0.983           not shipped: one statement
  if_not       0.995 / 0.934          none better                                 not shipped
  addressed    0.996 / 0.990          veto 0.2            1.000 / 0.990           not shipped: one statement
(Pre-stated rule: the best mean of the two precisions with neither below first sight; a veto only
when within 0.01 of the best; a part goes forward only with a mean gain of about 0.01 or more.)

The hand-written parts tests (tests/test_parts*.py, ~2,000 cases, the rules' specification) with
future 0.3, action 0.3, impact 0.3/0.75 and experience 0.3/0.75: 23 cases overridden (impact 10:
short statements of an injury or a child's own conduct; action 11: "make sure ... every evening",
"keep the knives in a locked drawer"; experience 1; the round-23 file's check of which parts have
weights). With action 0.2, impact 0.15/0.9 and experience 0.15/0.9: 3 (round 21's "make sure the
bedroom door is never locked", "ensure Sonny showers daily", P 0.19 and 0.12; round 22's "brought in
with scalds", impact P 0.146). Action 0.1 overrides none (LOSO 0.900 / 0.914, both above first
sight); impact at 0.1 keeps too little of its gain to be worth a part that disputes the body
readings, so it was left out. Tried for impact and not kept: the rules' impact told by the child's
body never vetoed (no change by LOSO). Future 0.3 overrides no hand-written case.

parts_test22 (35 worries, 35 goals; first sight for the rules, today's code; each part scored once,
with the cut-offs above, the model fitted on every open set up to 21):
  future       0.870 (n=23) / 1.000 (n=12)  ->  0.952 (n=21) / 1.000 (n=14)   shipped
  action       0.870 (n=23) / 0.917 (n=12)  ->  0.909 (n=22) / 0.923 (n=13)   shipped
  experience   0.889 (n=18) / 0.941 (n=17)  ->  0.889 (n=18) / 0.941 (n=17)   no change: not shipped
The other parts were not scored on set 22 (none went forward from leave-one-set-out).
Small n: one statement moves a figure by 0.04-0.05.

After set 22: the good statements (seed six, good_statements.jsonl, good_test13-22: eval_parts
--good). At future 0.3 one statement of the seed six lost its future ("Z's friends may make fun of
him as his clothes are sometimes dirty", P 0.261) and gained SOS505: warnings per good statement
0.235 -> 0.245. The cut-off was lowered to 0.25 for that (leave-one-set-out 0.980 / 0.996 instead of
0.990 / 0.996). Said plainly: set 22 had been scored by then, and its two vetoed statements had P
0.24 and 0.12, so it was known that 0.25 leaves set 22's figures as they were. At 0.25 no finding
changes on the 412 open good statements, and none on the seed six.
"""
