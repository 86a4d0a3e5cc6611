"""What the two models see: numbers drawn from a rule Report, and word and character n-grams.

The kind model sees the text only, because every rule feature depends on the kind the rules
were run for: using them to choose the kind would be circular. The quality model sees the text
and the rule features of the report checked as its known (or chosen) kind.
"""
from __future__ import annotations

from ..findings import DIMENSIONS, SEVERITIES

# Readability figures that mean something on one to five sentences. Grade formulas are left out
# (STYLE.md treats them as information only), and so is total length (words, sentences): in the
# corpus every good statement is long and most poor drafts are short, so a model given length
# learns it as a shortcut and marks down short, well-made statements. DOMAIN.md: length is never
# a failure on its own. Sentence length is left out too: the rules already score it (SOS201), and
# as an unbounded linear feature one very long sentence swamped everything else (the seed's first
# wellbeing goal, with a 53-word sentence, fell from P(good) 0.95 to 0.03 after a small rule change).
METRICS: tuple[str, ...] = ("long_word_share",)


def rule_features(report) -> dict[str, float]:
    """One flat, named dict per statement: finding counts, components present, readability, score."""
    features: dict[str, float] = {"kind=goal": float(report.kind == "goal"), "rule_score": report.rule_score}
    for dimension in DIMENSIONS:
        for severity in SEVERITIES:
            features[f"findings:{dimension}:{severity}"] = 0.0
        features[f"dimension_score:{dimension}"] = float(report.scores.get(dimension, 10.0))
    for finding in report.findings:
        features[f"findings:{finding.dimension}:{finding.severity}"] += 1.0
    for component in report.components:
        # Names are prefixed with the kind: "who" in a worry and "action" in a goal are different parts.
        features[f"component:{report.kind}:{component.name}"] = float(component.present)
    for name in METRICS:
        value = report.metrics.get(name)
        features[f"metric:{name}"] = float(value) if isinstance(value, (int, float)) else 0.0
    features["metric:passives"] = float(len(report.metrics.get("passives") or ()))
    return features


def sample(report) -> dict:
    """The quality model's input for one statement: its text and its rule features."""
    return {"text": report.text, "rules": rule_features(report)}


def texts_of(samples) -> list[str]:
    return [s["text"] if isinstance(s, dict) else s for s in samples]


def rules_of(samples) -> list[dict]:
    return [s["rules"] for s in samples]


def word_vectorizer(max_features: int = 4000):
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=2, max_features=max_features,
                           sublinear_tf=True, lowercase=True, token_pattern=r"(?u)\b\w[\w']*\b")


def char_vectorizer(max_features: int = 6000):
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, max_features=max_features,
                           sublinear_tf=True, lowercase=True)


def text_blocks(word_max: int = 4000, char_max: int = 6000) -> list:
    """(name, transformer) pairs for word and character n-grams of each sample's text."""
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import FunctionTransformer

    return [
        ("words", Pipeline([("text", FunctionTransformer(texts_of)), ("tfidf", word_vectorizer(word_max))])),
        ("chars", Pipeline([("text", FunctionTransformer(texts_of)), ("tfidf", char_vectorizer(char_max))])),
    ]


def rule_block():
    """The rule features, named and scaled to 0-1 so their weights can be read side by side.

    Min-max scaling clipped to the training range, not standardising: a count that is rare in the
    corpus (a readability warning on a good statement) would otherwise become a huge z-score and
    swamp every other feature for the one statement that has it."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import FunctionTransformer, MinMaxScaler

    return Pipeline([("rules", FunctionTransformer(rules_of)), ("dict", DictVectorizer(sparse=False)),
                     ("scale", MinMaxScaler(clip=True))])


def feature_names(union) -> list[str]:
    """Readable names for every column a fitted FeatureUnion produces, prefixed by block."""
    names = []
    for block, pipeline in union.transformer_list:
        last = pipeline.steps[-1][1]
        inner = pipeline.named_steps.get("dict") or last
        names += [f"{block}:{n}" for n in inner.get_feature_names_out()]
    return names


def top_weights(pipeline, count: int = 10) -> dict[str, list[tuple[str, float]]]:
    """The features that push a fitted pipeline's logistic regression hardest each way, by class."""
    names = feature_names(pipeline.named_steps["features"])
    regression = pipeline.named_steps["model"]
    weights = regression.coef_[0]
    order = sorted(range(len(names)), key=lambda i: weights[i])
    negative, positive = regression.classes_
    return {positive: [(names[i], round(float(weights[i]), 2)) for i in reversed(order[-count:])],
            negative: [(names[i], round(float(weights[i]), 2)) for i in order[:count]]}


def rules_fingerprint() -> str:
    """SHA-256 of the rule data and check code the quality model's features came from."""
    import hashlib
    from pathlib import Path

    from ..data import data_dir

    digest = hashlib.sha256()
    checks = Path(__file__).resolve().parents[1] / "checks"
    for path in sorted(data_dir("rules").glob("*.toml")) + sorted(checks.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def slim_block(block) -> None:
    """Drop a fitted vectorizer's `stop_words_` (every n-gram it pruned): kept by scikit-learn only
    for introspection, it would make the model file many times larger."""
    last = block.steps[-1][1] if hasattr(block, "steps") else block
    if hasattr(last, "stop_words_"):
        del last.stop_words_
