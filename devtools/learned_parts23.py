"""Round-23 experiment: can a learned reader of a worry's parts beat the rules on a fresh set?

Trains on every open hand-marked parts set except parts_test21, picks a candidate by
leave-one-set-out over those training sets, and scores parts_test21 (written blind, never tuned
on) once per candidate at the end. See the RESULTS block below for the figures.

Run: python -m devtools.learned_parts23 [--cache FILE] [--parts behaviour context ...] [--final]
  (no --final: leave-one-set-out over the training sets only; --final: also score parts_test21)
Development only: nothing here is shipped or read by sos_lint.
Round 24: the weights now live in models/parts_learned.json.gz (format 2), written by
`python -m devtools.learned_parts24 --export`, which carries this file's behaviour/context weights
over unchanged; `--export` here (format 1, one model per part) no longer matches the run time.

First-sight verdicts: the rules' figures on an open set are not first-sight figures (each set has
been tuned on since). For sets 9-20 the rules' verdicts were recomputed with the code of the commit
that committed each set blind (`git archive <commit>` into a scratch folder, PYTHONPATH pointing
there, the set's worries checked; commits a1d886e b5e30e8 ad81caf 2a0029e 32c96b2 055481e 8fc6f1d
c92c40a 8714a41 ce7846b a03f71a 7d7d169), kept in devtools/parts_first_sight23.json. The stacked candidates learn how far
to trust the rules from those first-sight verdicts, not from today's tuned ones (trained on today's,
a stacker just copies the rules: LOSO 0.959/0.957 behaviour, the rules' own figures).

Leave-one-set-out (23 open sets, 784 worries; parts_test21 not used). Final features (with the
parse words' "time" class for nouns such as night, weekend, bedtime, added after the first run):
                                         behaviour (present/missing)   context (present/missing)
  on all 23 sets
  rules today (tuned on these sets)          0.959 / 0.957               0.950 / 0.902
  learned text + parse                       0.910 / 0.878               0.901 / 0.819
  on the 12 sets with first-sight verdicts (sets 9-20, 420 worries)
  rules at first sight                       0.835 / 0.843               0.898 / 0.753
  learned text n-grams                       0.878 / 0.853               0.932 / 0.818
  learned text + parse                       0.908 / 0.837               0.923 / 0.787
  stack: rules@first-sight + text            0.932 / 0.879               0.946 / 0.803
  stack: rules@first-sight + parse           0.941 / 0.881               0.927 / 0.793
  stack: rules@first-sight + text + parse    0.945 / 0.881               0.943 / 0.821   <- chosen
  stack, veto only (no missing made present) 0.965 / 0.832               0.945 / 0.720
  veto (rules present kept if p >= .25)      0.926 / 0.849               0.927 / 0.747
(First run, before the time class: stack text + parse 0.954/0.882 and 0.939/0.815.)
Chosen before parts_test21 was scored (by the mean of the two precisions on the 12 fresh sets):
"stack: rules + text + parse" for both parts (level 1: logistic regression, C=1, balanced, on
TF-IDF word 1-3 grams of the generic lemmas and TF-IDF parse words; level 2: logistic regression on
(the rules' verdict, the level-1 logit), fitted on the first-sight rows' out-of-fold logits).
Veto only loses missing-precision (the rules miss a plain deed or when as often as they find a
false one), so the shipped reading also makes a part present, showing the words that weighed most.

Cut-offs on level 1's P instead of level 2's fitted line (keep the rules' present if P >= keep,
make their missing present if P >= make), on the same 12 fresh sets, and how many cases of the
hand-written parts tests (21 files, ~1,900 cases written as the rules' specification) they override:
  keep / make      behaviour          context            parts tests failing
  0.364 / 0.673    0.954 / 0.887      0.943 / 0.811      87 (the fitted line)
  0.30  / 0.75     0.946 / 0.894      0.932 / 0.813      36
  0.25  / 0.80     0.925 / 0.901      0.931 / 0.794      18   <- shipped (SHIPPED_MARGIN)
  0.20  / 0.85     0.897 / 0.892      0.915 / 0.776       9
  0.15  / 0.90     0.874 / 0.884      0.910 / 0.761
  rules at first sight 0.835 / 0.843  0.898 / 0.753
The shipped cut-offs were chosen from this table, before set 21 was scored with them.

parts_test21 (35 worries, first sight for the rules and the models), looked at three times (the
third: the shipped cut-offs, see the report): once for the
pre-registered candidate, once after the time class (prompted by a hand-written statement, not by
set 21); the chosen candidate's figures were the same both times:
                                         behaviour                     context
  rules (main, 2727454)                      0.842 (n=19) / 0.750 (n=16)  0.727 (n=22) / 0.692 (n=13)
  stack: rules + text + parse                0.941 (n=17) / 0.778 (n=18)  0.941 (n=17) / 0.778 (n=18)
  learned text + parse alone                 0.933 / 0.700                0.882 / 0.722
  shipped (cut-offs 0.25 / 0.8; eval_parts)  0.94 (n=18) / 0.82 (n=17)    0.81 (n=21) / 0.79 (n=14)
Small n: one statement moves a figure by 0.05-0.06. The 12-set figures above are the firmer ones.
"""
from __future__ import annotations

import argparse
import json
import pickle
from pathlib import Path

from devtools.eval_parts import part_figures

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
TRAIN_NAMES = ["dev", "test", "test2", *(f"test{n}" for n in range(4, 21)), "battery9", "battery9b"]
TRAIN_SETS = [DATA / "parts_probe.jsonl", *(DATA / "blind" / f"parts_{n}.jsonl" for n in TRAIN_NAMES)]
CLEAN_TEST = DATA / "blind" / "parts_test21.jsonl"  # first-sight set: scored once per candidate, never tuned on
WORRY_PARTS = ("who", "behaviour", "context", "impact", "future")


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def prepare(engine, rows: list[dict]) -> list[dict]:
    from sos_lint.learn import parts_reader
    from sos_lint.learn.parts_reader import generic, parse_words

    parts_reader.ENABLED = False  # the rules' own verdicts, before the learned veto
    docs = list(engine.parse([r["text"] for r in rows]))
    reports = engine.check_many([r["text"] for r in rows], [r["kind"] for r in rows])
    return [{**r, "generic": generic(doc), "parse": parse_words(doc),
             "rules": {c.name: c.present for c in rep.components},
             "evidence": {c.name: c.evidence for c in rep.components}}
            for r, doc, rep in zip(rows, docs, reports)]


def build_cache(path: Path) -> dict:
    from sos_lint.api import engine

    eng = engine()
    cache = {p.stem: prepare(eng, [r for r in load(p) if r["kind"] == "worry"]) for p in TRAIN_SETS if p.exists()}
    cache["__clean__"] = prepare(eng, [r for r in load(CLEAN_TEST) if r["kind"] == "worry"])
    path.write_bytes(pickle.dumps(cache))
    return cache


def _matrix(rows, how, part, fitted=None):
    """Features of one candidate: text n-grams, parse words, the rules' verdicts, or a mix."""
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer

    fitted = {} if fitted is None else fitted
    blocks = []
    if "text" in how:
        vec = fitted.get("text")
        if vec is None:
            vec = fitted["text"] = TfidfVectorizer(ngram_range=(1, 3), min_df=2, sublinear_tf=True).fit(
                [r["generic"] for r in rows])
        blocks.append(vec.transform([r["generic"] for r in rows]))
    if "parse" in how:
        vec = fitted.get("parse")
        if vec is None:
            vec = fitted["parse"] = TfidfVectorizer(token_pattern=r"\S+", lowercase=False, min_df=2,
                                                    sublinear_tf=True).fit([r["parse"] for r in rows])
        blocks.append(vec.transform([r["parse"] for r in rows]))
    if "rule1" in how:  # the rules' verdict on this part only
        blocks.append(csr_matrix(np.array([[3.0 * r["rules"][part]] for r in rows])))
    if "rules" in how:  # the rules' verdicts on every part
        blocks.append(csr_matrix(np.array([[1.0 * r["rules"][p] for p in WORRY_PARTS] for r in rows])))
    return hstack(blocks).tocsr(), fitted


def fit_proba(train, test, part, how, C=1.0):
    """P(part present) for each test row from a logistic regression fitted on train."""
    from sklearn.linear_model import LogisticRegression

    labels = [r["parts"][part] for r in train]
    x_train, fitted = _matrix(train, how, part)
    x_test, _ = _matrix(test, how, part, fitted)
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
    model.fit(x_train, labels)
    return list(model.predict_proba(x_test)[:, 1])


def decide(rows, proba, rule_mode, lo=0.5, hi=0.5):
    """Turn probabilities into present/missing. rule_mode: 'model' (p >= lo), 'veto' (the rules'
    present kept only if p >= lo), 'flip' (veto, and the rules' missing made present if p >= hi)."""
    out = []
    for r, p in zip(rows, proba):
        if rule_mode == "model":
            out.append(p >= lo)
        elif rule_mode == "veto":
            out.append(r["rules_part"] and p >= lo)
        else:
            out.append(p >= lo if r["rules_part"] else p >= hi)
    return out


def figures(rows, shown, part):
    p, n_p, m, n_m = part_figures([{"parts": {part: r["parts"][part]}} for r in rows],
                                  [{part: s} for s in shown])[part]
    return p, n_p, m, n_m


FIRST_SIGHT = Path(__file__).with_name("parts_first_sight23.json")  # {set: {id: {part: verdict}}}, code of the day


def first_sight(sets) -> None:
    """Attach the rules' first-sight verdicts (``fresh``) where they were recorded: the code as it was
    when the set was committed blind (see the docstring for how they were made)."""
    recorded = json.loads(FIRST_SIGHT.read_text())
    for name, rows in sets.items():
        got = recorded.get(name.removeprefix("parts_"))
        if got:
            for r in rows:
                r["fresh"] = got[r["id"]]


FEATURES = ("text", "parse", "text parse")
SHIPPED_MARGIN = (0.25, 0.8)  # chosen by leave-one-set-out and the hand-written rule tests, before set 21
MARGINS = ((0.364, 0.673), (0.3, 0.75), (0.25, 0.8), (0.2, 0.85), (0.15, 0.9), (0.1, 0.95), (0.2, 1.01), (0.0, 0.85))


def out_of_fold(sets, part, feats, C=1.0):
    """{id: P(present)} for every row, each from a model that never saw the row's own set."""
    proba = {}
    for held in sets:
        train = [r for other, rows in sets.items() if other != held for r in rows]
        for r, p in zip(sets[held], fit_proba(train, sets[held], part, feats, C)):
            proba[(held, r["id"])] = p
    return proba


def level2_fit(rows, verdict, proba, part):
    """A two-weight logistic regression on (the rules' verdict, the learned logit)."""
    import math

    from sklearn.linear_model import LogisticRegression

    x = [[1.0 * verdict(r), math.log(max(proba(r), 1e-6) / max(1 - proba(r), 1e-6))] for r in rows]
    return LogisticRegression(C=1.0, class_weight="balanced").fit(x, [r["parts"][part] for r in rows])


def level2_predict(model, rows, verdict, proba):
    import math

    x = [[1.0 * verdict(r), math.log(max(proba(r), 1e-6) / max(1 - proba(r), 1e-6))] for r in rows]
    return [bool(v) for v in model.predict(x)]


def line(name, rows, shown, part):
    p, n_p, m, n_m = figures(rows, shown, part)
    print(f"  {name:34s} present {p:.3f} (n={n_p:4d})  missing {m:.3f} (n={n_m:4d})  mean {(p + m) / 2:.3f}")


def run_part(sets, clean, part, final: bool) -> None:
    rows = [(name, r) for name, rs in sets.items() for r in rs]
    fresh_sets = [name for name, rs in sets.items() if rs and "fresh" in rs[0]]
    print(f"== {part}: leave-one-set-out over {len(sets)} open sets ({len(rows)} worries)")
    line("rules (tuned on these sets)", [r for _, r in rows], [r["rules"][part] for _, r in rows], part)
    oof = {f: out_of_fold(sets, part, f) for f in FEATURES}
    for f in FEATURES:
        line(f"learned {f} (first sight)", [r for _, r in rows], [oof[f][(n, r["id"])] >= 0.5 for n, r in rows], part)
    fr = [(n, r) for n, r in rows if n in fresh_sets]
    print(f"-- the {len(fr)} worries of the {len(fresh_sets)} sets with the rules' first-sight verdicts "
          f"({', '.join(s.removeprefix('parts_') for s in fresh_sets)})")
    line("rules at first sight", [r for _, r in fr], [r["fresh"][part] for _, r in fr], part)
    line("rules today (tuned on them)", [r for _, r in fr], [r["rules"][part] for _, r in fr], part)
    for f in FEATURES:
        line(f"learned {f}", [r for _, r in fr], [oof[f][(n, r["id"])] >= 0.5 for n, r in fr], part)
    # Level 2 over first-sight verdicts: for each fresh set held out, fit on the other fresh sets.
    for f in FEATURES:
        for mode in ("stack", "stack-veto", "veto", "agree"):
            shown = []
            for held in fresh_sets:
                tr = [(n, r) for n, r in fr if n != held]
                te = [(n, r) for n, r in fr if n == held]
                shown_te = []
                for n, r in te:
                    p = oof[f][(n, r["id"])]
                    if mode == "veto":
                        shown_te.append(r["fresh"][part] and p >= 0.25)
                    elif mode == "agree":
                        shown_te.append(r["fresh"][part] if (p >= 0.5) == r["fresh"][part] else p >= 0.5)
                    else:
                        shown_te.append(None)
                if mode in ("stack", "stack-veto"):
                    for n, r in tr + te:
                        r["_p"] = {**r.get("_p", {}), f: oof[f][(n, r["id"])]}
                    m2 = level2_fit([r for _, r in tr], lambda r: r["fresh"][part], lambda r: r["_p"][f], part)
                    shown_te = level2_predict(m2, [r for _, r in te], lambda r: r["fresh"][part], lambda r: r["_p"][f])
                    if mode == "stack-veto":  # the rules' missing always stands
                        shown_te = [s and r["fresh"][part] for s, (_, r) in zip(shown_te, te)]
                shown += shown_te
            if mode == "agree":
                continue  # identical to the learned model alone
            line(f"{mode} rules@first-sight + {f}", [r for _, r in fr], shown, part)
    # Margins: the learned reading overrides the rules only when level 1 is sure either way.
    for keep, make in MARGINS:
        shown = [(oof["text parse"][(n, r["id"])] >= keep) if r["fresh"][part]
                 else (oof["text parse"][(n, r["id"])] >= make) for n, r in fr]
        line(f"margin text parse: veto<{keep} make>={make}", [r for _, r in fr], shown, part)
    if not final:
        return
    train = [r for _, r in rows]
    print(f"-- parts_test21 (first sight for the rules and the learned models), trained on {len(train)} worries")
    line("rules", clean, [r["rules"][part] for r in clean], part)
    for f in FEATURES:
        p_clean = fit_proba(train, clean, part, f)
        line(f"learned {f}", clean, [p >= 0.5 for p in p_clean], part)
        line(f"veto rules + {f}", clean, [r["rules"][part] and p >= 0.25 for r, p in zip(clean, p_clean)], part)
        for n, r in fr:
            r["_p"] = {**r.get("_p", {}), f: oof[f][(n, r["id"])]}
        m2 = level2_fit([r for _, r in fr], lambda r: r["fresh"][part], lambda r: r["_p"][f], part)
        for r, p in zip(clean, p_clean):
            r["_p"] = {**r.get("_p", {}), f: p}
        line(f"stack rules + {f}", clean, level2_predict(m2, clean, lambda r: r["rules"][part], lambda r: r["_p"][f]), part)


def export(sets, parts=("behaviour", "context")) -> dict:
    """Fit level 1 on every open worry (parts_test21 left out) and level 2 on the first-sight rows'
    out-of-fold logits; write models/parts_learned.json; check the portable scorer agrees."""
    import math

    from sklearn.linear_model import LogisticRegression

    from devtools.pipelines import _text_spec
    from sos_lint.learn import parts_reader

    rows = [r for rs in sets.values() for r in rs]
    fresh_sets = [name for name, rs in sets.items() if rs and "fresh" in rs[0]]
    payload = {"format": parts_reader.FORMAT, "trained_on": sorted(sets), "worries": len(rows), "parts": {}}
    for part in parts:
        x, fitted = _matrix(rows, "text parse", part)
        model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=5000).fit(x, [r["parts"][part] for r in rows])
        oof = out_of_fold(sets, part, "text parse")
        fr = [(n, r) for n in fresh_sets for r in sets[n]]
        for n, r in fr:
            r["_p"] = {**r.get("_p", {}), "text parse": oof[(n, r["id"])]}
        m2 = level2_fit([r for _, r in fr], lambda r: r["fresh"][part], lambda r: r["_p"]["text parse"], part)
        spec = {"text": _text_spec(fitted["text"]), "parse": _text_spec(fitted["parse"]),
                "coef": [float(c) for c in model.coef_[0]], "intercept": float(model.intercept_[0]),
                "rule_weight": float(m2.coef_[0][0]), "logit_weight": float(m2.coef_[0][1]),
                "bias": float(m2.intercept_[0])}
        spec["keep_threshold"], spec["make_threshold"] = SHIPPED_MARGIN
        made = parts_reader._PartModel(spec)
        worst = max(abs(made.logit(r["generic"], r["parse"]) - d)
                    for r, d in zip(rows, model.decision_function(x)))
        if worst > 1e-9:
            raise RuntimeError(f"the portable parts model differs from scikit-learn's by {worst:g}; not saved")
        # Where level 2 puts the line, as a probability of level 1 with the rules present and missing.
        keep = 1 / (1 + math.exp((spec["bias"] + spec["rule_weight"]) / spec["logit_weight"]))
        make = 1 / (1 + math.exp(spec["bias"] / spec["logit_weight"]))
        print(f"{part}: level 1 on {len(rows)} worries ({x.shape[1]} features, portable within {worst:.1e}); "
              f"level 2 on {len(fr)} first-sight rows would keep the rules' present when P >= {keep:.3f} "
              f"and make their missing present when P >= {make:.3f}; shipped with the margins "
              f"{SHIPPED_MARGIN} (see the docstring)")
        spec["fitted_keep_threshold"], spec["fitted_make_threshold"] = round(keep, 4), round(make, 4)
        payload["parts"][part] = spec
    from sos_lint.data import data_dir

    path = data_dir("models") / parts_reader.FILE
    path.write_text(json.dumps(payload, separators=(",", ":"), sort_keys=True), encoding="utf-8")
    print(f"wrote {path} ({path.stat().st_size // 1024} KB)")
    return payload


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=Path("/tmp/partslearn23_cache.pkl"))
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--parts", nargs="+", default=["behaviour", "context"])
    ap.add_argument("--export", action="store_true", help="write models/parts_learned.json and stop")
    ap.add_argument("--final", action="store_true", help="also score parts_test21 once (see the docstring)")
    args = ap.parse_args(argv)
    if args.rebuild or not args.cache.exists():
        cache = build_cache(args.cache)
    else:
        cache = pickle.loads(args.cache.read_bytes())
    clean = cache.pop("__clean__")
    first_sight(cache)
    if args.export:
        export(cache)
        return 0
    for part in args.parts:
        run_part(cache, clean, part, args.final)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
