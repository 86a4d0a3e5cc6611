"""What the two models see: numbers drawn from a rule Report, and the text (for n-grams).

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
    # Findings that gave way to another on the same words are counted too: they are what the
    # rules found, and the models were trained on what the rules found (checks/overlaps.py).
    for finding in [*report.findings, *getattr(report, "given_way", ())]:
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
