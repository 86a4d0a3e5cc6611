"""Turns findings into five 0-10 dimension scores and one overall 0-10 score (weights in rules/)."""
from __future__ import annotations

from typing import Iterable

from .data import load_toml
from .findings import DIMENSIONS, Finding


def dimension_scores(findings: Iterable[Finding]) -> dict[str, float]:
    penalty = load_toml("scoring.toml")["penalty"]
    lost = {d: 0.0 for d in DIMENSIONS}
    for finding in findings:
        lost[finding.dimension] += penalty[finding.severity]
    return {d: round(max(0.0, 10.0 - lost[d]), 1) for d in DIMENSIONS}


def overall(scores: dict[str, float], findings: Iterable[Finding] = ()) -> float:
    """Weighted mean mixed with the weakest dimension, capped by the most serious finding."""
    table = load_toml("scoring.toml")
    weights = table["weights"]
    share = table["overall"]["mean_share"]
    mean = sum(scores[d] * weights[d] for d in DIMENSIONS) / sum(weights[d] for d in DIMENSIONS)
    score = share * mean + (1 - share) * min(scores.values())
    caps = table["cap"]
    for finding in findings:
        score = min(score, caps.get(finding.severity, 10.0))
    return round(score, 1)
