"""The scikit-learn side of the classifiers: the pipelines, fitting, grouped folds, and the export
to the portable JSON weights that sos_lint scores at run time (sos_lint/learn/portable.py)."""
from __future__ import annotations

import hashlib
from pathlib import Path

from sos_lint.learn.model import Model

SEED = 4242
FOLDS = 5
WORD_MAX, CHAR_MAX = 4000, 6000  # n-gram vocabulary caps: keep the file small and the model readable
KIND_C, QUALITY_C = 10.0, 1.0  # inverse regularisation strength of each logistic regression
TOKEN_PATTERN = r"(?u)\b\w[\w']*\b"


def texts_of(samples) -> list[str]:
    return [s["text"] if isinstance(s, dict) else s for s in samples]


def rules_of(samples) -> list[dict]:
    return [s["rules"] for s in samples]


def word_vectorizer(max_features: int = WORD_MAX):
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=2, max_features=max_features,
                           sublinear_tf=True, lowercase=True, token_pattern=TOKEN_PATTERN)


def char_vectorizer(max_features: int = CHAR_MAX):
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, max_features=max_features,
                           sublinear_tf=True, lowercase=True)


def text_blocks() -> list:
    """(name, transformer) pairs for word and character n-grams of each sample's text."""
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import FunctionTransformer

    return [
        ("words", Pipeline([("text", FunctionTransformer(texts_of)), ("tfidf", word_vectorizer())])),
        ("chars", Pipeline([("text", FunctionTransformer(texts_of)), ("tfidf", char_vectorizer())])),
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


def build_kind_model():
    """Text in, P(goal) out: word and character n-grams into a logistic regression."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    return Pipeline([("features", FeatureUnion(text_blocks())),
                     ("model", LogisticRegression(C=KIND_C, max_iter=5000, random_state=SEED))])


def build_quality_model():
    """features.sample(report) in, P(good) out: n-grams plus scaled rule features."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    return Pipeline([("features", FeatureUnion(text_blocks() + [("rules", rule_block())])),
                     ("model", LogisticRegression(C=QUALITY_C, max_iter=5000, random_state=SEED))])


class Fitted:
    """A fitted scikit-learn pipeline seen through the same `probabilities` call as the portable
    model, so cross-validation and evaluation use sos_lint's own Model class."""

    def __init__(self, pipeline):
        self.pipeline = pipeline

    def probabilities(self, items, label: str) -> list[float]:
        classes = list(self.pipeline.classes_)
        return [float(p) for p in self.pipeline.predict_proba(list(items))[:, classes.index(label)]]


def fit(statements, reports, metadata: dict | None = None) -> Model:
    from sos_lint.learn.features import sample

    kind = build_kind_model().fit([s.text for s in statements], [s.kind for s in statements])
    quality = build_quality_model().fit([sample(r) for r in reports], [s.label for s in statements])
    return Model(Fitted(kind), Fitted(quality), metadata or {})


def rule_reports(statements, engine) -> list:
    """Run the rules on every statement as its labelled kind, in one batched spaCy pass."""
    return engine.check_many([s.text for s in statements], [s.kind for s in statements])


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


# --- export to the portable format -----------------------------------------------------------

def _text_spec(vectorizer) -> dict:
    return {"type": "text", "analyzer": vectorizer.analyzer, "ngram_range": list(vectorizer.ngram_range),
            "token_pattern": vectorizer.token_pattern if vectorizer.analyzer == "word" else None,
            "lowercase": vectorizer.lowercase, "sublinear_tf": vectorizer.sublinear_tf,
            "vocabulary": {term: int(i) for term, i in sorted(vectorizer.vocabulary_.items(), key=lambda kv: kv[1])},
            "idf": [float(x) for x in vectorizer.idf_]}


def _rule_spec(block) -> dict:
    vectorizer, scaler = block.named_steps["dict"], block.named_steps["scale"]
    return {"type": "rules", "vocabulary": {k: int(v) for k, v in vectorizer.vocabulary_.items()},
            "scale": [float(x) for x in scaler.scale_], "min": [float(x) for x in scaler.min_],
            "feature_range": list(scaler.feature_range)}


def portable(pipeline) -> dict:
    """The JSON weights of one fitted pipeline, in the layout learn/portable.LinearModel reads."""
    for _, block in pipeline.named_steps["features"].transformer_list:
        last = block.steps[-1][1]
        if last.__class__.__name__ == "TfidfVectorizer" and (last.norm != "l2" or last.strip_accents
                                                            or last.stop_words or last.preprocessor
                                                            or last.tokenizer):
            raise ValueError("learn/portable.py scores only l2-normed TF-IDF with no extra text steps")
    blocks = [_text_spec(block.named_steps["tfidf"]) if "tfidf" in block.named_steps else _rule_spec(block)
              for _, block in pipeline.named_steps["features"].transformer_list]
    regression = pipeline.named_steps["model"]
    return {"blocks": blocks, "coef": [float(x) for x in regression.coef_[0]],
            "intercept": float(regression.intercept_[0]), "classes": [str(c) for c in regression.classes_]}


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
    from sos_lint.data import data_dir

    digest = hashlib.sha256()
    checks = Path(__file__).resolve().parents[1] / "sos_lint" / "checks"
    for path in sorted(data_dir("rules").glob("*.toml")) + sorted(checks.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()
