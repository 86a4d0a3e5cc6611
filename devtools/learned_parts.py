"""Experiment: would a learned detector of a statement's parts carry over to unseen sets better
than the hand-written rules do?

Three rounds in a row, rules tuned on one hand-marked parts set moved the next, unseen set much
less (context present-precision on first sight: 0.69, 0.72, 0.80). This measures the other road:
a logistic regression per part, trained on the pooled hand-marked parts sets, scored by
leave-one-set-out (train on every set but one, predict the one left out).

Two learned detectors are compared with the rules:
- text: word 1-3 grams of the statement with names, numbers and dates made generic (what a
  learned detector knows without the rules);
- stacked: the same plus the rules' own present/missing verdict for the part.
The rules' figures on a left-out set are NOT first-sight figures (every set here has been tuned on
since it was first measured); the text detector's are, because it never saw the set.

Run: python -m devtools.learned_parts [--final FILE]
--final FILE trains on every set and scores FILE once (for a set nobody has tuned on).
Development only: nothing here is shipped or read by sos_lint.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from devtools.eval_parts import part_figures

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SETS = [DATA / "parts_probe.jsonl", *(DATA / "blind" / f"parts_{n}.jsonl" for n in ("dev", "test", "test2", "test4", "test5", "test6"))]


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def generic(doc) -> str:
    """The statement as lemmas, with the words that differ from family to family made alike."""
    out = []
    for tok in doc:
        if tok.is_punct or tok.is_space:
            continue
        if tok.ent_type_ in ("DATE", "TIME"):
            out.append("_date_")
        elif tok.like_num:
            out.append("_num_")
        elif tok.pos_ == "PROPN" and tok.lower_ not in ("mum", "dad", "nan", "grandad", "nana", "mam"):
            out.append("_name_")
        else:
            out.append(tok.lemma_.lower())
    return " ".join(out)


def prepare(engine, rows: list[dict]) -> list[dict]:
    docs = list(engine.parse([r["text"] for r in rows]))
    reports = engine.check_many([r["text"] for r in rows], [r["kind"] for r in rows])
    return [{**r, "generic": generic(doc), "rules": {c.name: c.present for c in rep.components}}
            for r, doc, rep in zip(rows, docs, reports)]


def fit_predict(train: list[dict], test: list[dict], part: str, stacked: bool) -> list[bool]:
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    labels = [r["parts"][part] for r in train]
    if len(set(labels)) < 2:
        return [labels[0]] * len(test)
    vec = TfidfVectorizer(ngram_range=(1, 3), min_df=2, sublinear_tf=True)
    x_train = vec.fit_transform([r["generic"] for r in train])
    x_test = vec.transform([r["generic"] for r in test])
    if stacked:
        rule = lambda rows: csr_matrix(np.array([[3.0 * r["rules"][part]] for r in rows]))  # noqa: E731
        x_train, x_test = hstack([x_train, rule(train)]).tocsr(), hstack([x_test, rule(test)]).tocsr()
    model = LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000)
    model.fit(x_train, labels)
    return [bool(p) for p in model.predict(x_test)]


def shown(train: list[dict], test: list[dict], how: str) -> list[dict]:
    out = [dict() for _ in test]
    for kind in ("worry", "goal"):
        tr = [r for r in train if r["kind"] == kind]
        idx = [i for i, r in enumerate(test) if r["kind"] == kind]
        te = [test[i] for i in idx]
        if not te:
            continue
        for part in te[0]["parts"]:
            if how == "rules":
                guesses = [r["rules"][part] for r in te]
            else:
                guesses = fit_predict(tr, te, part, stacked=how == "stacked")
            for i, g in zip(idx, guesses):
                out[i][part] = g
    return out


def table(title: str, rows: list[dict], by_how: dict[str, list[dict]]) -> list[str]:
    figs = {how: part_figures(rows, s) for how, s in by_how.items()}
    lines = [title, f"{'part':12s} " + "  ".join(f"{how:>21s}" for how in by_how)]
    lines.append(f"{'':12s} " + "  ".join(f"{'present / missing':>21s}" for _ in by_how))
    for part in figs["rules"]:
        cells = []
        for how in by_how:
            p, n_p, m, n_m = figs[how][part]
            cells.append(f"{p:.2f} (n={n_p:3d}) {m:.2f} (n={n_m:3d})")
        lines.append(f"{part:12s} " + "  ".join(f"{c:>21s}" for c in cells))
    for how in by_how:
        values = [v for part in figs[how].values() for v in (part[0], part[2])]
        lines.append(f"  {how}: mean of present and missing precision over parts {sum(values) / len(values):.3f}, "
                     f"lowest {min(values):.2f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--final", type=Path, help="train on every set, score this one set once")
    args = ap.parse_args(argv)
    from sos_lint.api import engine

    eng = engine()
    sets = {p.stem: prepare(eng, load(p)) for p in SETS if p.exists()}
    hows = ("rules", "text", "stacked")
    if args.final:
        test = prepare(eng, load(args.final))
        train = [r for rows in sets.values() for r in rows]
        print("\n".join(table(f"== {args.final.name}: trained on {len(train)} rows of {len(sets)} sets",
                              test, {how: shown(train, test, how) for how in hows})))
        return 0
    pooled_rows, pooled = [], {how: [] for how in hows}
    for name, test in sets.items():
        train = [r for other, rows in sets.items() if other != name for r in rows]
        for how in hows:
            pooled[how].extend(shown(train, test, how))
        pooled_rows.extend(test)
        print(f"left out {name}: {len(test)} rows, trained on {len(train)}")
    print("\n".join(table("== leave-one-set-out, every left-out prediction pooled", pooled_rows, pooled)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
