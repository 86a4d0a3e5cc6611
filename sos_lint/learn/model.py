"""Runtime use of the shipped model: lazy, checksum-checked loading, kind and quality predictions,
and the blend of the rule score with P(good). Any problem means rules-only scores, never a crash.

The blend (also in README.md and the model card):
    score = 0.8 x rule score + 0.2 x (10 x P(good)), then no higher than the rule cap.
The rules keep most of the say because they explain themselves: the classifier moves a score by
at most 2 points, a statement with no findings never scores below 8, and a statement with an
error-level finding stays at or under the rule cap (4) however good the classifier thinks it is.
"""
from __future__ import annotations

import hashlib
import json
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

MODEL_FILE = "sos_lint_model.json"
METADATA_FILE = "metadata.json"
FORMAT = 2  # 2: the portable JSON weights of learn/portable.py (1 was a scikit-learn pickle)
RULE_SHARE = 0.8  # share of the blended score that comes from the rules


class ModelUnavailable(UserWarning):
    """The classifier could not be used; sos_lint carries on with rules-only scores."""


def model_dir() -> Path:
    from ..data import data_dir

    return data_dir("models")


def rule_cap(findings: Iterable = ()) -> float:
    """The highest score the rules allow while these findings remain (rules/scoring.toml [cap])."""
    from ..data import load_toml

    caps = load_toml("scoring.toml").get("cap", {})
    return min([10.0] + [float(caps[f.severity]) for f in findings if f.severity in caps])


def blend(rule_score: float, p_good: float, cap: float = 10.0) -> float:
    """RULE_SHARE x rule score + (1 - RULE_SHARE) x 10 x P(good), never above `cap` (the rule cap)."""
    score = RULE_SHARE * rule_score + (1.0 - RULE_SHARE) * 10.0 * p_good
    return round(min(max(score, 0.0), cap, 10.0), 1)


@dataclass
class Model:
    """The two classifiers and the metadata they were shipped with. The classifiers are anything
    with `probabilities(items, label)`: portable.LinearModel here, fitted pipelines in devtools."""

    kind_classifier: object  # texts -> P(goal)
    quality_classifier: object  # features.sample(report) -> P(good)
    metadata: dict

    @property
    def version(self) -> str:
        return self.metadata.get("model_version", "unknown")

    def p_goal(self, texts: Sequence[str]) -> list[float]:
        return self.kind_classifier.probabilities(list(texts), "goal") if texts else []

    def predict_kind(self, items: Sequence) -> list[str]:
        """"worry" or "goal" for each text (or Report, whose text is used)."""
        texts = [getattr(item, "text", item) for item in items]
        return ["goal" if p >= 0.5 else "worry" for p in self.p_goal(texts)]

    def predict_quality(self, items: Sequence) -> list[float]:
        """P(good) for each Report (or feature sample from features.sample)."""
        from .features import sample

        samples = [item if isinstance(item, dict) else sample(item) for item in items]
        return self.quality_classifier.probabilities(samples, "good") if samples else []

    def apply(self, reports: list) -> list:
        """Blend P(good) into each Report's score and record which model scored it."""
        for report, p_good in zip(reports, self.predict_quality(reports)):
            report.score = blend(report.rule_score, p_good, rule_cap(report.findings))
            report.model = {"version": self.version, "p_good": round(p_good, 3)}
        return reports


def _unavailable(reason: str) -> None:
    warnings.warn(f"sos_lint: {reason}; scores come from the rules alone.", ModelUnavailable, stacklevel=3)
    return None


def sha256_of(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def load(directory: Path | None = None) -> Model | None:
    """Load the model in `directory` (default: the shipped models/), or warn and return None."""
    from .portable import LinearModel

    directory = Path(directory) if directory else model_dir()
    meta_path, model_path = directory / METADATA_FILE, directory / MODEL_FILE
    if not meta_path.is_file() or not model_path.is_file():
        return _unavailable(f"no trained model in {directory} (run `make train`)")
    try:
        metadata = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return _unavailable(f"{meta_path} is unreadable ({type(error).__name__})")
    if not isinstance(metadata, dict) or metadata.get("format") != FORMAT:
        return _unavailable(f"{meta_path} describes a model format this sos_lint cannot read "
                            f"(want {FORMAT}; retrain with `make train`)")
    if metadata.get("model_sha256") != sha256_of(model_path):
        return _unavailable(f"{model_path} does not match the checksum in {METADATA_FILE} (damaged?)")
    try:
        payload = json.loads(model_path.read_text(encoding="utf-8"))
        return Model(LinearModel(payload["kind"]), LinearModel(payload["quality"]), metadata)
    except Exception as error:  # a damaged or foreign file must not stop a check
        return _unavailable(f"{model_path} could not be loaded ({type(error).__name__})")


_lock = threading.Lock()
_state: dict = {}


def get() -> Model | None:
    """The shipped model, loaded on first use; None (after one warning) if it cannot be used."""
    with _lock:
        if "model" not in _state:
            _state["model"] = load()
        return _state["model"]


def reset() -> None:
    """Forget the loaded model (tests; after retraining in the same process)."""
    with _lock:
        _state.clear()


def choose_kinds(texts: Sequence[str]) -> list[tuple[str, str]]:
    """(kind, kind_source) for statements with no heading or given kind, in one batch: the kind
    model, else wording cues."""
    from ..kinds import kind_from_wording, opens_as_worry

    model = get()
    if model is not None:
        chosen = [(kind, "classifier") for kind in model.predict_kind(list(texts))]
    else:
        chosen = [(kind_from_wording(text), "cues") for text in texts]
    # Round 40 (C#7): "X is/are worried …" opens a worry statement, whatever the model or the cues
    # say; here, so that check, rewrite, compare and audit all make the same choice.
    return [("worry", "wording") if kind != "worry" and opens_as_worry(text) else (kind, how)
            for (kind, how), text in zip(chosen, texts)]


def choose_kind(text: str) -> tuple[str, str]:
    return choose_kinds([text])[0]


def apply(reports: list) -> list:
    """Blend the shipped model into these Reports (in place, also returned); untouched without one."""
    model = get()
    return model.apply(reports) if model is not None else reports
