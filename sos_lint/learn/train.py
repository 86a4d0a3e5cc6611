"""`python -m sos_lint.learn.train`: fits the kind and quality models from corpus/, deterministically.

Writes models/sos_lint_model.joblib, models/metadata.json and models/MODEL_CARD.md. Refuses a
corpus whose checksum does not match corpus/CHECKSUM (`--update-checksum` accepts a deliberate edit).
"""
from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version as installed
from pathlib import Path

from .. import __version__
from . import corpus as corpus_mod, features
from .model import FORMAT, METADATA_FILE, MODEL_FILE, RULE_SHARE, Model, model_dir, sha256_of

SEED = 4242
FOLDS = 5
WORD_MAX, CHAR_MAX = 4000, 6000  # n-gram vocabulary caps: keep the file small and the model readable
KIND_C, QUALITY_C = 10.0, 1.0  # inverse regularisation strength of each logistic regression


def build_kind_model():
    """Text in, P(goal) out: word and character n-grams into a logistic regression."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    return Pipeline([
        ("features", FeatureUnion(features.text_blocks(WORD_MAX, CHAR_MAX))),
        ("model", LogisticRegression(C=KIND_C, max_iter=5000, random_state=SEED)),
    ])


def build_quality_model():
    """features.sample(report) in, P(good) out: n-grams plus scaled rule features."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    return Pipeline([
        ("features", FeatureUnion(features.text_blocks(WORD_MAX, CHAR_MAX) + [("rules", features.rule_block())])),
        ("model", LogisticRegression(C=QUALITY_C, max_iter=5000, random_state=SEED)),
    ])


def rule_reports(statements, engine=None) -> list:
    """Run the rules on every statement as its labelled kind, in one batched spaCy pass."""
    if engine is None:
        from ..api import engine as shared_engine

        engine = shared_engine()
    return engine.check_many([s.text for s in statements], [s.kind for s in statements])


def fit(statements, reports, metadata: dict | None = None) -> Model:
    kind = build_kind_model().fit([s.text for s in statements], [s.kind for s in statements])
    quality = build_quality_model().fit([features.sample(r) for r in reports], [s.label for s in statements])
    for pipeline in (kind, quality):
        for _, block in pipeline.named_steps["features"].transformer_list:
            features.slim_block(block)
    return Model(kind, quality, metadata or {})


def folds(statements, n_splits: int = FOLDS) -> list[tuple[list[int], list[int]]]:
    """Grouped by case (a draft and its rewrite never straddle a split), stratified by kind+label."""
    from sklearn.model_selection import StratifiedGroupKFold

    splitter = StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=SEED)
    strata = [f"{s.kind}/{s.label}" for s in statements]
    groups = [s.case for s in statements]
    return [(list(a), list(b)) for a, b in splitter.split(statements, strata, groups)]


def cross_validate(statements, reports, n_splits: int = FOLDS) -> dict:
    """Out-of-fold P(goal) and P(good) for every statement, with the fold each one was held out in."""
    p_goal = [0.0] * len(statements)
    p_good = [0.0] * len(statements)
    fold_of = [0] * len(statements)
    for number, (train_idx, test_idx) in enumerate(folds(statements, n_splits)):
        model = fit([statements[i] for i in train_idx], [reports[i] for i in train_idx])
        held = [statements[i] for i in test_idx]
        for i, pg, pq in zip(test_idx, model.p_goal([s.text for s in held]),
                             model.predict_quality([reports[i] for i in test_idx])):
            p_goal[i], p_good[i], fold_of[i] = pg, pq, number
    return {"p_goal": p_goal, "p_good": p_good, "fold": fold_of, "n_splits": n_splits}


def _version(package: str) -> str | None:
    try:
        return installed(package)
    except PackageNotFoundError:
        return None


def library_versions(engine=None) -> dict:
    versions = {name: _version(name) for name in ("scikit-learn", "numpy", "scipy", "joblib", "spacy")}
    versions["python"] = platform.python_version()
    versions["sos-lint"] = _version("sos-lint")
    if engine is not None:
        meta = engine.nlp.meta
        versions["spacy_model"] = f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"
    return versions


def save(model: Model, metadata: dict, directory: Path) -> Path:
    import joblib

    directory.mkdir(parents=True, exist_ok=True)
    path = directory / MODEL_FILE
    joblib.dump({"format": FORMAT, "kind": model.kind_pipeline, "quality": model.quality_pipeline}, path,
                compress=3)
    metadata["model_sha256"] = sha256_of(path)
    metadata["model_bytes"] = path.stat().st_size
    (directory / METADATA_FILE).write_text(json.dumps(metadata, indent=2) + "\n", encoding="utf-8")
    model.metadata = metadata
    return path


def _weights_table(top: dict) -> str:
    lines = ["| model | towards | features (weight) |", "|---|---|---|"]
    for model_name, by_class in top.items():
        for label, pairs in by_class.items():
            shown = ", ".join(f"`{name}` ({weight:+.2f})" for name, weight in pairs)
            lines.append(f"| {model_name} | {label} | {shown} |")
    return "\n".join(lines)


def write_model_card(directory: Path, metadata: dict, evaluation: str) -> Path:
    """models/MODEL_CARD.md from the metadata and the generated evaluation section."""
    c, v = metadata["corpus"], metadata["versions"]
    table = "\n".join(f"| {key} | {count} |" for key, count in c["by_kind_label"].items())
    faults = ", ".join(f"{tag} ({n})" for tag, n in c["faults"].items()) or "none"
    text = f"""# Model card: sos_lint statement classifier {metadata["model_version"]}

Generated by `python -m sos_lint.learn.train` on {metadata["created"]}. Do not edit by hand: retrain,
or run `python -m sos_lint.learn.evaluate` to refresh the evaluation section.

## What it is
Two small logistic regressions that read the wording of one Signs of Safety statement.
- **Kind model**: is this a worry (danger, needs) statement or a safety (wellbeing) goal?
  {metadata["models"]["kind"]}.
- **Quality model**: the probability that a practice lead would call the wording *good* rather
  than *needs work*. {metadata["models"]["quality"]}.

sos_lint's overall 0-10 score blends the rules with the quality model:
`{metadata["blend"]["formula"]}`, where the cap is the rules' own ceiling for the most serious
finding (4 while any error-level finding remains). The rules keep {RULE_SHARE:.0%} of the say because
they explain themselves: the model moves a score by at most {10 * (1 - RULE_SHARE):.0f} points, a
statement with no findings never scores below {10 * RULE_SHARE:.0f}, and the model never lifts a
score past the cap. `Report.model` records the model version and P(good); `Report.rule_score`
keeps the rules-only score.

## Intended use
- Helping a practitioner or practice lead improve the **wording** of a draft worry statement or
  safety goal: plain words, specific behaviour, the child's experience, the parts practice asks for.
- Telling worry statements from goals when a draft has no headings.
- Training and self-review, alongside the rule findings that explain each point.

## Out-of-scope use
This model judges **wording, not safety**. It must **not** be used:
- to make or support any decision about a child or family (whether to open, escalate or close a
  case, whether a child is safe, what a plan should contain);
- to assess risk, harm, or the likelihood of harm, or to stand in for a safety scale;
- to rank, grade, appraise or compare social workers, teams or services;
- on text other than a single worry statement or goal (case notes, reports, chronologies).
A high score means the statement reads clearly; it says nothing about whether the worry is right.

## Training data
`corpus/` (see corpus/README.md): {c["statements"]} statements about {c["cases"]} invented
families, written for this project in UK English with invented first names only. No real case
text is in it, and none of the seed newsletter's six statements (kept apart as a test).
Files: {", ".join(c["files"])}; SHA-256 `{c["checksum"]}`.

| kind/label | statements |
|---|---|
{table}

Fault tags on the poor statements: {faults}.

## Training
- Seed {metadata["seed"]}; deterministic (the same corpus gives the same predictions).
- Libraries: Python {v.get("python")}, scikit-learn {v.get("scikit-learn")}, numpy {v.get("numpy")},
  scipy {v.get("scipy")}, spaCy {v.get("spacy")} ({v.get("spacy_model")}), joblib {v.get("joblib")}.
- Model file: `{MODEL_FILE}` ({metadata["model_bytes"] // 1024} KB, SHA-256 in metadata.json).
  It loads only with scikit-learn {".".join(v["scikit-learn"].split(".")[:2])}.x; with any other
  release sos_lint warns once and scores with the rules alone.
- Rules whose findings feed the quality model: {len(metadata["rules"])} ({metadata["rules"][0]} to {metadata["rules"][-1]}).

## What the models weigh most
Largest logistic-regression weights (n-grams are TF-IDF; rule features are scaled to 0-1 over
the training range and clipped there, so a weight is the change from the lowest to the highest
value seen in training). Read them as clues to what the model learned, good
or bad, not as rules.

{_weights_table(metadata["top_weights"])}

{evaluation.rstrip()}

## Risks and limitations
- **Small, synthetic, single-author-style data.** A few hundred statements written for this
  project cannot cover every team's house style, every kind of harm or every family. Scores on
  real drafts will be less reliable than the cross-validated figures above.
- **The labels are judgements.** "Good" and "poor" follow the labelling guide in corpus/README.md,
  itself drawn from published practice guidance; other practice leads may disagree at the margin.
- **Wording, not truth.** A statement can score 10 and be wrong about the family, or score 3 and
  describe a real danger well in clumsy words. Never read the score as a measure of risk.
- **Length and quality go together in the corpus.** Every good statement is fairly long and most
  poor drafts are short, so length alone nearly gives the label away (see the evaluation). Total
  length is left out of the features on purpose, but n-grams and structure features still follow
  it: a short, well-made statement may get a low P(good). The blend limits the harm (at most
  {10 * (1 - RULE_SHARE):.0f} points), and the fix is more short good and long poor statements in the corpus.
- **It can learn surface cues.** N-gram features can reward words common in good statements
  (for example "worried", "will", a child's name) without the meaning behind them. The kind model
  leans on tense ("has", "was" for worries; "will", "you" for goals), so a worry written in the
  future tense or a goal about the past can be misread; headings in a draft always win. The rule
  findings, not the model, say what to change.
- **Bias.** Names, dialect and non-standard English may be scored differently from the corpus's
  style. Statements written in the family's own words should not be marked down for that.
- **Settings change its inputs.** The quality model was trained on the default rule set; with rules
  switched off in a configuration its probabilities shift.
- **Privacy.** The model stores n-gram vocabularies from the invented corpus only; it is never
  trained on text a user checks.

## Reproduce
```
make train   # python -m sos_lint.learn.train  (refuses a corpus that fails corpus/CHECKSUM)
make eval    # python -m sos_lint.learn.evaluate
```
"""
    path = directory / "MODEL_CARD.md"
    path.write_text(text, encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sos_lint.learn.train", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None, help="corpus folder (default: corpus/)")
    parser.add_argument("--out", type=Path, default=None, help="model folder (default: models/)")
    parser.add_argument("--update-checksum", action="store_true",
                        help="accept the corpus as it is now: record its checksum in CHECKSUM, then train")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        if args.update_checksum:
            loaded = corpus_mod.load(args.corpus, verify=False)
            path = corpus_mod.write_checksum(loaded.directory, loaded.checksum)
            print(f"recorded corpus checksum {loaded.checksum} in {path}")
        corpus = corpus_mod.load(args.corpus, verify=True)
    except corpus_mod.CorpusError as error:
        print(f"sos_lint.learn.train: {error}", file=sys.stderr)
        return 2
    out = args.out or model_dir()
    from ..api import engine as shared_engine
    from . import evaluate  # imported here: evaluate imports this module for fit and the folds

    engine = shared_engine()
    statements = list(corpus.statements)
    counts = corpus.counts()
    print(f"corpus: {counts['statements']} statements, {counts['cases']} cases, checksum {corpus.checksum[:12]}…")
    reports = rule_reports(statements, engine)
    oof = cross_validate(statements, reports)
    model = fit(statements, reports)
    metadata = {
        "model_version": f"{__version__}+{corpus.checksum[:12]}",
        "format": FORMAT,
        "created": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "seed": SEED,
        "versions": library_versions(engine),
        "corpus": {"checksum": corpus.checksum, "files": [p.name for p in corpus_mod.files(corpus.directory)],
                   **counts},
        "models": {
            "kind": f"LogisticRegression(C={KIND_C}) on word 1-2-grams (max {WORD_MAX}) and char_wb 2-5-grams "
                    f"(max {CHAR_MAX}), TF-IDF",
            "quality": f"LogisticRegression(C={QUALITY_C}) on the same n-grams plus rule features scaled "
                       "to 0-1 and clipped to the training range (finding counts per dimension and severity, "
                       "dimension scores, structure components, share of long words, passives, rule score; "
                       "not total length, not sentence length, which the rules already score)",
        },
        "blend": {"rule_share": RULE_SHARE,
                  "formula": f"score = min(cap, {RULE_SHARE:g} x rule_score + {1 - RULE_SHARE:.1f} x 10 x P(good))"},
        "rules": [rule.code for rule in engine.rules],
        "rules_fingerprint": features.rules_fingerprint(),
        "top_weights": {"kind": features.top_weights(model.kind_pipeline),
                        "quality": features.top_weights(model.quality_pipeline)},
    }
    figures = evaluate.figures(statements, reports, oof, model, engine)
    metadata["cv"] = evaluate.summary(figures)
    metadata["training_seconds"] = round(time.perf_counter() - started, 1)
    path = save(model, metadata, out)
    card = write_model_card(out, metadata, evaluate.evaluation_markdown(figures))
    evaluate.print_figures(figures)
    print(f"wrote {path} ({metadata['model_bytes'] // 1024} KB), {out / METADATA_FILE}, {card}")
    print(f"training took {metadata['training_seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
