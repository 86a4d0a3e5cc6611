"""The records that flow out of the rules: dimensions, severities and findings."""
from __future__ import annotations

from dataclasses import asdict, dataclass

DIMENSIONS: tuple[str, ...] = ("jargon", "readability", "specificity", "child_focus", "structure")
DIMENSION_LABELS: dict[str, str] = {
    "jargon": "Plain words",
    "readability": "Readability",
    "specificity": "Specific behaviour",
    "child_focus": "Child focus",
    "structure": "Structure",
}
# Hundreds digit of a rule code names its dimension (SOS1xx jargon ... SOS5xx structure).
DIMENSION_BY_DIGIT: dict[str, str] = {str(i + 1): d for i, d in enumerate(DIMENSIONS)}

SEVERITIES: tuple[str, ...] = ("error", "warning", "hint")
KINDS: tuple[str, ...] = ("worry", "goal")


@dataclass(frozen=True)
class Finding:
    """One thing a rule noticed, tied to a span of the statement's text."""

    code: str
    name: str
    dimension: str
    severity: str
    message: str
    start: int
    end: int
    suggestion: str = ""

    def to_dict(self) -> dict:
        return asdict(self)
