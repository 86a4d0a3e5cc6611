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


def parts_cap(kind: str, components) -> float:
    """Round 36 (r36a, C#8, W#6): the highest overall score while a core part of this kind is shown
    missing (rules/scoring.toml [parts_cap]); 10 when every core part is there. Round 40 (r40e): a
    goal shown missing [parts_cap_many] parts or more, one of them core, is held at the error cap."""
    tables = load_toml("scoring.toml")
    table = tables.get("parts_cap", {})
    core = set(table.get(kind, ()))
    components = list(components)
    missing = [c for c in components if c.name in core and not c.present]
    if not missing:
        return 10.0
    # Round 40 (r40e): many parts missing, one of them core ([parts_cap_many]): the error cap.
    many = tables.get("parts_cap_many", {})
    if kind in many and sum(not c.present for c in components) >= int(many[kind]):
        return float(many.get("score", 4.0))
    return float(table.get("score", 10.0))


def capped_by_parts(reports: list) -> list:
    """Each report's score held under its parts cap (after the classifier's blend, which may lift a
    statement the rules scored lower). The rule score and the classifier's inputs are unchanged."""
    for report in reports:
        cap = parts_cap(report.kind, report.components)
        if report.score > cap:
            report.score = cap
    return reports
