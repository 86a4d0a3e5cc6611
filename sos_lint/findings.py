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
# How sure a fix is (ruff's applicability): only "safe" fixes are ever written without asking.
APPLICABILITIES: tuple[str, ...] = ("safe", "unsafe")
KINDS: tuple[str, ...] = ("worry", "goal")


@dataclass(frozen=True)
class Fix:
    """A rule's proposed edit of the statement's text: replace [start, end) by `replacement`.

    "safe" means it cannot change who did what, a negation, modality, a name, a number or a
    date, and keeps the sentence grammatical; anything else is "unsafe" and is only shown."""

    start: int  # offsets into the statement's text, like the finding's
    end: int
    replacement: str
    applicability: str = "unsafe"
    reason: str = ""
    # A swap of a linking word whose meaning is uncertain (rewrite.swaps): `check --fix` never
    # writes it and the rewrite does not either. Not part of the JSON (to_dict): the same swap reads
    # as "unsafe" there.
    doubted: bool = False

    def __post_init__(self):
        if self.applicability not in APPLICABILITIES or not 0 <= self.start <= self.end:
            raise ValueError(f"bad fix: {self!r}")

    @property
    def safe(self) -> bool:
        return self.applicability == "safe"

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "replacement": self.replacement,
                "applicability": self.applicability, "reason": self.reason}


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
    fix: Fix | None = None

    def to_dict(self) -> dict:
        out = asdict(self)
        out["fix"] = self.fix.to_dict() if self.fix is not None else None
        return out
