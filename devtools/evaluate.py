"""`python -m devtools.evaluate [--seed PATH]`: grouped cross-validation, score calibration, rule
precision, length-matched pairs and the seed six; prints the figures and writes them into
models/MODEL_CARD.md's evaluation section."""
from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

from sos_lint.learn.model import blend, load as load_model, model_dir, rule_cap

from . import corpus as corpus_mod
from .model_card import PRECISION_FLAG, evaluation_markdown, update_card, _fmt
from .pipelines import FOLDS, SEED, cross_validate, fit, rule_reports, rules_fingerprint

TARGETS = {"kind_accuracy": 0.95, "quality_roc_auc": 0.90, "seed_min_score": 7.0}
BINS = ((0, 2), (2, 4), (4, 6), (6, 8), (8, 10.01))


def _auc(labels: list[bool], scores: list[float]) -> float | None:
    from sklearn.metrics import roc_auc_score

    return round(float(roc_auc_score(labels, scores)), 3) if len(set(labels)) == 2 else None


def _mean(values) -> float | None:
    values = list(values)
    return round(statistics.fmean(values), 2) if values else None


def calibration(statements, reports, p_good) -> dict:
    """Per kind: mean blended and rule-only score of good vs poor, and score bins vs share good."""
    out = {}
    for kind in ("worry", "goal"):
        rows = [(s.good, blend(r.rule_score, p, rule_cap(r.findings)), r.rule_score, p)
                for s, r, p in zip(statements, reports, p_good) if s.kind == kind]
        bins = []
        for low, high in BINS:
            inside = [row for row in rows if low <= row[1] < high]
            bins.append({"bin": f"{low}-{min(high, 10):g}", "n": len(inside),
                         "share_good": round(sum(r[0] for r in inside) / len(inside), 2) if inside else None,
                         "mean_p_good": _mean(r[3] for r in inside)})
        out[kind] = {
            "n": len(rows),
            "mean_score_good": _mean(r[1] for r in rows if r[0]),
            "mean_score_poor": _mean(r[1] for r in rows if not r[0]),
            "mean_rule_score_good": _mean(r[2] for r in rows if r[0]),
            "mean_rule_score_poor": _mean(r[2] for r in rows if not r[0]),
            "score_roc_auc": _auc([r[0] for r in rows], [r[1] for r in rows]),
            "rule_score_roc_auc": _auc([r[0] for r in rows], [r[2] for r in rows]),
            "bins": bins,
        }
    return out


def rule_precision(statements, reports, engine) -> list[dict]:
    """For each rule: statements it fired on, and the share of those labelled poor (its precision)."""
    rows = []
    for rule in engine.rules:
        fired = [(s, sum(f.code == rule.code for f in r.findings)) for s, r in zip(statements, reports)]
        fired = [(s, n) for s, n in fired if n]
        on_good = sum(s.good for s, _ in fired)
        precision = round((len(fired) - on_good) / len(fired), 2) if fired else None
        rows.append({"code": rule.code, "name": rule.name, "severity": rule.severity, "fired": len(fired),
                     "findings": sum(n for _, n in fired), "on_good": on_good, "precision": precision,
                     # Under the bar is allowed only for hints (the issue: fix it or demote it to a hint).
                     "flag": precision is not None and precision < PRECISION_FLAG and rule.severity != "hint",
                     "hint_under_bar": precision is not None and precision < PRECISION_FLAG and rule.severity == "hint"})
    return rows


def default_seed() -> Path:
    """../shared/seed beside the checkout, where the project keeps the newsletter, or the folder
    named by SOS_LINT_SEED_DIR (as the tests read it) when the checkout is elsewhere, such as a
    git worktree."""
    beside = Path(__file__).resolve().parents[2] / "shared" / "seed"
    named = os.environ.get("SOS_LINT_SEED_DIR")
    return Path(named) if named and not beside.exists() else beside


def seed_excerpt(path: Path | None) -> str | None:
    """The newsletter's six exemplars (from "Worry Statement 1" to the thank-you after them), read
    from a .txt file or the first .txt in a folder; None when it is not there."""
    if path is None:
        return None
    path = Path(path)
    files = sorted(path.glob("*.txt")) if path.is_dir() else [path] if path.is_file() else []
    if not files:
        return None
    text = files[0].read_text(encoding="utf-8")
    start = text.find("Worry Statement 1")
    end = text.find("Also\na big thank you")
    return text[start:end] if start >= 0 and end > start else None


def seed_six(model, engine, seed: Path | None) -> list[dict]:
    text = seed_excerpt(seed)
    if text is None or model is None:
        return []
    reports = engine.check_document(text)
    kinds = model.predict_kind(reports)
    p_goal = model.p_goal([r.text for r in reports])
    model.apply(reports)
    return [{"title": r.title, "kind": r.kind, "kind_source": r.kind_source, "classifier_kind": k,
             "p_goal": round(pg, 3), "rule_score": r.rule_score, "p_good": r.model["p_good"], "score": r.score}
            for r, k, pg in zip(reports, kinds, p_goal)]


def cross_part(statements, reports) -> list[dict]:
    """Train on every part file but one, test on that one: how well the models carry to a new author."""
    rows = []
    for part in sorted({s.part for s in statements}):
        train_idx = [i for i, s in enumerate(statements) if s.part != part]
        test_idx = [i for i, s in enumerate(statements) if s.part == part]
        if not train_idx or not test_idx:
            continue
        model = fit([statements[i] for i in train_idx], [reports[i] for i in train_idx])
        held = [statements[i] for i in test_idx]
        kinds = model.predict_kind([s.text for s in held])
        p_good = model.predict_quality([reports[i] for i in test_idx])
        rows.append({"test": part, "n": len(held),
                     "kind_accuracy": round(sum(k == s.kind for k, s in zip(kinds, held)) / len(held), 3),
                     "quality_roc_auc": _auc([s.good for s in held], p_good)})
    return rows


def nearly_good_auc(statements, p_good) -> float | None:
    """ROC AUC on good statements against poor ones with a single fault: the hard cases."""
    rows = [(s.good, p) for s, p in zip(statements, p_good) if s.good or len(s.faults) == 1]
    return _auc([r[0] for r in rows], [r[1] for r in rows])


def length_confound(statements, reports, p_good) -> dict:
    """How far length alone gives the label away, and how the models do where lengths overlap."""
    words = [len(s.text.split()) for s in statements]
    good = [s.good for s in statements]
    low = min(w for w, g in zip(words, good) if g)
    high = max(w for w, g in zip(words, good) if not g)
    idx = [i for i, w in enumerate(words) if low <= w <= high]
    inside = [good[i] for i in idx]
    return {"words_alone_roc_auc": _auc(good, words), "shortest_good_words": low, "longest_poor_words": high,
            "overlap_n": len(idx), "overlap_good": sum(inside),
            "overlap_roc_auc": _auc(inside, [p_good[i] for i in idx]),
            "overlap_rule_score_roc_auc": _auc(inside, [reports[i].rule_score for i in idx])}


def matched_pairs_auc(statements, scores, tolerance: float = 0.10) -> dict:
    """ROC AUC over length-matched pairs only: every (good, poor) pair whose word counts are within
    `tolerance` of the longer one, scored 1 when the good one scores higher, 0.5 for a tie. Length
    cannot give the label away inside a pair, so this says how well the wording is judged."""
    words = [len(s.text.split()) for s in statements]
    good = [i for i, s in enumerate(statements) if s.good]
    poor = sorted((words[i], i) for i, s in enumerate(statements) if not s.good)
    from bisect import bisect_left, bisect_right

    wins = pairs = 0.0
    for g in good:
        low = bisect_left(poor, (words[g] * (1 - tolerance), -1))
        high = bisect_right(poor, (words[g] / (1 - tolerance), len(statements)))
        for count, p in poor[low:high]:
            if abs(words[g] - count) <= tolerance * max(words[g], count):
                pairs += 1
                wins += 1.0 if scores[g] > scores[p] else 0.5 if scores[g] == scores[p] else 0.0
    return {"pairs": int(pairs), "roc_auc": round(wins / pairs, 3) if pairs else None}


def figures(statements, reports, oof: dict, model, engine, seed: Path | None = None) -> dict:
    """Every evaluation figure, from out-of-fold predictions (`oof`) and the fitted `model`."""
    kinds_true = [s.kind for s in statements]
    kinds_pred = ["goal" if p >= 0.5 else "worry" for p in oof["p_goal"]]
    good = [s.good for s in statements]
    per_fold_acc, per_fold_auc = [], []
    for fold in range(oof["n_splits"]):
        idx = [i for i, f in enumerate(oof["fold"]) if f == fold]
        per_fold_acc.append(round(sum(kinds_true[i] == kinds_pred[i] for i in idx) / len(idx), 3))
        per_fold_auc.append(_auc([good[i] for i in idx], [oof["p_good"][i] for i in idx]))
    wrong_kind = [s.id for s, t, p in zip(statements, kinds_true, kinds_pred) if t != p]
    p_good = oof["p_good"]
    by_kind = {k: _auc([g for g, s in zip(good, statements) if s.kind == k],
                       [p for p, s in zip(p_good, statements) if s.kind == k]) for k in ("worry", "goal")}
    brier = round(statistics.fmean((p - g) ** 2 for p, g in zip(p_good, good)), 3)
    seed = seed_six(model, engine, seed)
    result = {
        "n": len(statements),
        "cases": len({s.case for s in statements}),
        "scheme": f"StratifiedGroupKFold(n_splits={oof['n_splits']}, shuffle=True, random_state={SEED}), "
                  "grouped by case, stratified by kind and label",
        "kind": {"accuracy": round(sum(t == p for t, p in zip(kinds_true, kinds_pred)) / len(statements), 3),
                 "per_fold": per_fold_acc, "misclassified": wrong_kind},
        "quality": {"roc_auc": _auc(good, p_good), "per_fold": per_fold_auc, "roc_auc_by_kind": by_kind,
                    "brier": brier, "nearly_good_roc_auc": nearly_good_auc(statements, p_good),
                    "rule_score_nearly_good_roc_auc": nearly_good_auc(statements, [r.rule_score for r in reports]),
                    "rule_score_roc_auc": _auc(good, [r.rule_score for r in reports])},
        "calibration": calibration(statements, reports, p_good),
        "rules": rule_precision(statements, reports, engine),
        "seed": seed,
        "cross_part": cross_part(statements, reports),
        "length": length_confound(statements, reports, p_good),
        "matched": {"model": matched_pairs_auc(statements, p_good),
                    "rule_score": matched_pairs_auc(statements, [r.rule_score for r in reports]),
                    "words_alone": matched_pairs_auc(statements, [len(s.text.split()) for s in statements])},
    }
    seed_min = min((row["score"] for row in seed), default=None)
    values = {"kind_accuracy": result["kind"]["accuracy"], "quality_roc_auc": result["quality"]["roc_auc"],
              "seed_min_score": seed_min}
    result["targets"] = {name: {"target": TARGETS[name], "value": values[name],
                                "met": values[name] is not None and values[name] >= TARGETS[name]}
                         for name in TARGETS}
    return result


def summary(fig: dict) -> dict:
    """The headline figures kept in metadata.json."""
    return {"scheme": fig["scheme"], "kind_accuracy": fig["kind"]["accuracy"],
            "kind_accuracy_per_fold": fig["kind"]["per_fold"], "quality_roc_auc": fig["quality"]["roc_auc"],
            "quality_roc_auc_per_fold": fig["quality"]["per_fold"],
            "quality_roc_auc_by_kind": fig["quality"]["roc_auc_by_kind"], "quality_brier": fig["quality"]["brier"],
            "quality_roc_auc_nearly_good": fig["quality"]["nearly_good_roc_auc"],
            "cross_part": fig["cross_part"], "length_confound": fig["length"],
            "length_matched_pairs": fig["matched"],
            "rule_score_roc_auc": fig["quality"]["rule_score_roc_auc"],
            "seed_scores": [row["score"] for row in fig["seed"]],
            "targets_met": {k: v["met"] for k, v in fig["targets"].items()}}


def print_figures(fig: dict) -> None:
    q = fig["quality"]
    print(f"\n{fig['n']} statements, {fig['cases']} cases; {fig['scheme']}")
    print(f"kind accuracy      {_fmt(fig['kind']['accuracy'])}  per fold {fig['kind']['per_fold']}")
    if fig["kind"]["misclassified"]:
        print(f"  misclassified: {', '.join(fig['kind']['misclassified'])}")
    print(f"quality ROC AUC    {_fmt(q['roc_auc'])}  per fold {q['per_fold']}  by kind {q['roc_auc_by_kind']}")
    print(f"  Brier {_fmt(q['brier'])}; rule score alone ROC AUC {_fmt(q['rule_score_roc_auc'])}")
    print(f"  nearly good (one fault) vs good: ROC AUC {_fmt(q['nearly_good_roc_auc'])} "
          f"(rule score alone {_fmt(q['rule_score_nearly_good_roc_auc'])})")
    length = fig["length"]
    print(f"  length: word count alone ROC AUC {_fmt(length['words_alone_roc_auc'])}; where lengths overlap "
          f"({length['shortest_good_words']}-{length['longest_poor_words']} words, n={length['overlap_n']}, "
          f"{length['overlap_good']} good) ROC AUC {_fmt(length['overlap_roc_auc'])} "
          f"(rule score alone {_fmt(length['overlap_rule_score_roc_auc'])})")
    m = fig["matched"]
    print(f"  length-matched pairs (good and poor within 10% of each other's word count, n={m['model']['pairs']}): "
          f"ROC AUC {_fmt(m['model']['roc_auc'])} (rule score alone {_fmt(m['rule_score']['roc_auc'])}, "
          f"word count alone {_fmt(m['words_alone']['roc_auc'])})")
    for row in fig["cross_part"]:
        print(f"  across authors, tested on {row['test']} ({row['n']}): kind accuracy "
              f"{_fmt(row['kind_accuracy'])}, quality ROC AUC {_fmt(row['quality_roc_auc'])}")
    print("\ncalibration of the 0-10 score (blended; rule score alone in brackets)")
    for kind, row in fig["calibration"].items():
        print(f"  {kind:5}  good {_fmt(row['mean_score_good'])} ({_fmt(row['mean_rule_score_good'])})  "
              f"poor {_fmt(row['mean_score_poor'])} ({_fmt(row['mean_rule_score_poor'])})")
        for b in row["bins"]:
            print(f"         score {b['bin']:>5}: n={b['n']:3}  share good {_fmt(b['share_good'])}")
    print(f"\nrule precision (statements fired on; share labelled poor; flagged under {PRECISION_FLAG})")
    for row in fig["rules"]:
        flag = ("  <- under 0.8: fix it or demote it to a hint" if row["flag"]
                else "  (under 0.8: shown as a hint only)" if row.get("hint_under_bar") else "")
        print(f"  {row['code']} {row['name']:24} fired {row['fired']:3}  on good {row['on_good']:3}  "
              f"precision {_fmt(row['precision'])}{flag}")
    print("\nseed six (kind from headings)")
    for row in fig["seed"]:
        print(f"  {row['score']:4}  rule {row['rule_score']:4}  P(good) {row['p_good']:.3f}  {row['kind']:5} "
              f"(classifier: {row['classifier_kind']})  {row['title']}")
    print("\ntargets")
    for name, row in fig["targets"].items():
        print(f"  {name:16} {_fmt(row['value']):>6} (>= {row['target']:g})  {'met' if row['met'] else 'MISSED'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devtools.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=Path, default=default_seed(),
                        help="the seed newsletter (.txt) or its folder (default: ../shared/seed beside the checkout)")
    args = parser.parse_args(argv)
    try:
        corpus = corpus_mod.load()
    except corpus_mod.CorpusError as error:
        print(f"devtools.evaluate: {error}", file=sys.stderr)
        return 2
    model = load_model()
    if model is None:
        print("devtools.evaluate: no usable model in models/; run `make train` first", file=sys.stderr)
        return 2
    if model.metadata.get("corpus", {}).get("checksum") != corpus.checksum:
        print("note: the shipped model was trained on a different corpus; run `make train`", file=sys.stderr)
    from sos_lint.api import engine as shared_engine

    if model.metadata.get("rules_fingerprint") != rules_fingerprint():
        print("note: rules/ or sos_lint/checks/ changed since the model was trained; the quality model's "
              "features may have moved; run `make train`", file=sys.stderr)
    engine = shared_engine()
    statements = list(corpus.statements)
    reports = rule_reports(statements, engine)
    fig = figures(statements, reports, cross_validate(statements, reports, FOLDS), model, engine, args.seed)
    print_figures(fig)
    card = update_card(model_dir() / "MODEL_CARD.md", evaluation_markdown(fig))
    print(f"\nwrote the evaluation section of {card}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
