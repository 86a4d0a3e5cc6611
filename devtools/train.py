"""`python -m devtools.train`: fits the kind and quality models from corpus/, deterministically.

Writes models/sos_lint_model.json (portable weights), models/metadata.json and models/MODEL_CARD.md.
Refuses a corpus whose checksum does not match corpus/CHECKSUM (`--update-checksum` accepts a
deliberate edit). The one command to retrain after a rule change: python -m devtools.train
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

from sos_lint import __version__
from sos_lint.learn.model import FORMAT, METADATA_FILE, MODEL_FILE, RULE_SHARE, Model, model_dir, sha256_of

from . import corpus as corpus_mod, evaluate, model_card
from .pipelines import (CHAR_MAX, KIND_C, QUALITY_C, SEED, WORD_MAX, cross_validate, fit, portable,
                        rule_reports, rules_fingerprint, top_weights)

PORTABLE_TOLERANCE = 1e-9  # the portable scores must equal scikit-learn's to this


def _version(package: str) -> str | None:
    try:
        return installed(package)
    except PackageNotFoundError:
        return None


def library_versions(engine=None) -> dict:
    versions = {name: _version(name) for name in ("scikit-learn", "numpy", "scipy", "spacy")}
    versions["python"] = platform.python_version()
    versions["sos-lint"] = _version("sos-lint")
    if engine is not None:
        meta = engine.nlp.meta
        versions["spacy_model"] = f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"
    return versions


def check_portable(fitted: Model, exported: Model, statements, reports) -> float:
    """The largest difference between scikit-learn's probabilities and the portable scorer's on
    every corpus statement; training stops if it is over PORTABLE_TOLERANCE."""
    texts = [s.text for s in statements]
    gaps = [abs(a - b) for a, b in zip(fitted.p_goal(texts), exported.p_goal(texts))]
    gaps += [abs(a - b) for a, b in zip(fitted.predict_quality(reports), exported.predict_quality(reports))]
    worst = max(gaps, default=0.0)
    if worst > PORTABLE_TOLERANCE:
        raise RuntimeError(f"the portable model differs from scikit-learn's by {worst:g}; not saved")
    return worst


def save(model: Model, metadata: dict, directory: Path, statements, reports) -> Path:
    """Export the fitted pipelines to portable JSON, check it scores as they do, and write it."""
    from sos_lint.learn.portable import LinearModel

    payload = {"format": FORMAT, "kind": portable(model.kind_classifier.pipeline),
               "quality": portable(model.quality_classifier.pipeline)}
    exported = Model(LinearModel(payload["kind"]), LinearModel(payload["quality"]), metadata)
    metadata["portable_max_difference"] = check_portable(model, exported, statements, reports)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / MODEL_FILE
    path.write_text(json.dumps(payload, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    metadata["model_sha256"] = sha256_of(path)
    metadata["model_bytes"] = path.stat().st_size
    (directory / METADATA_FILE).write_text(json.dumps(metadata, indent=2) + "\n", encoding="utf-8")
    model.metadata = metadata
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devtools.train", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None, help="corpus folder (default: corpus/)")
    parser.add_argument("--out", type=Path, default=None, help="model folder (default: models/)")
    parser.add_argument("--seed", type=Path, default=evaluate.default_seed(),
                        help="the seed newsletter (.txt) or its folder, scored but never trained on "
                             "(default: ../shared/seed beside the checkout)")
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
        print(f"devtools.train: {error}", file=sys.stderr)
        return 2
    out = args.out or model_dir()
    from sos_lint.api import engine as shared_engine

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
        "rules_fingerprint": rules_fingerprint(),
        "top_weights": {"kind": top_weights(model.kind_classifier.pipeline),
                        "quality": top_weights(model.quality_classifier.pipeline)},
    }
    figures = evaluate.figures(statements, reports, oof, model, engine, args.seed)
    metadata["cv"] = evaluate.summary(figures)
    metadata["training_seconds"] = round(time.perf_counter() - started, 1)
    path = save(model, metadata, out, statements, reports)
    card = model_card.write_model_card(out, metadata, model_card.evaluation_markdown(figures))
    evaluate.print_figures(figures)
    print(f"wrote {path} ({metadata['model_bytes'] // 1024} KB; portable scores within "
          f"{metadata['portable_max_difference']:.1e} of scikit-learn's), {out / METADATA_FILE}, {card}")
    print(f"training took {metadata['training_seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
