"""The Report: everything sos_lint found about one statement, and its stable JSON form."""
from __future__ import annotations

from dataclasses import dataclass, field

from .findings import Finding

SCHEMA_VERSION = 1


@dataclass
class Component:
    """One part a good statement of this kind has (who is worried, for how long, ...)."""

    name: str
    label: str
    present: bool
    evidence: str = ""  # the words in the statement that satisfy it

    def to_dict(self) -> dict:
        return {"name": self.name, "label": self.label, "present": self.present, "evidence": self.evidence}


@dataclass
class Report:
    text: str
    kind: str  # "worry" or "goal"
    kind_source: str  # "given", "heading", "classifier", "cues" or (round 40) "wording": "X is worried …"
    findings: list[Finding]
    scores: dict[str, float]
    score: float
    rule_score: float  # the score from the rules alone, before any classifier blend
    metrics: dict = field(default_factory=dict)
    components: list[Component] = field(default_factory=list)
    strengths: list[str] = field(default_factory=list)
    source: str | None = None  # file name, "<stdin>", or None for API text
    title: str | None = None  # the heading the statement sat under
    offset: int = 0  # where `text` starts in the source file
    model: dict | None = None  # which classifier version scored it, when one did

    line: int = 1  # 1-based line in the source where `text` starts
    # Findings not shown because another said the same fault on the same words (checks/overlaps.py).
    # The scores and the classifier still count them, so showing each fault once changes no score.
    given_way: list[Finding] = field(default_factory=list)
    # Round 31: findings of the rules --select/--ignore (or the configuration) leave out. They are not
    # shown, listed or fixed, but the scores count them: a score is always the whole judgement.
    not_selected: list[Finding] = field(default_factory=list)
    # Round 36: checks that failed on this statement (a fault in sos_lint) and were left out, by
    # code ("learned" for the learned word tagger): said beside the score, never hidden.
    checks_not_run: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "schema_version": SCHEMA_VERSION,
            "source": self.source,
            "title": self.title,
            "offset": self.offset,
            "line": self.line,
            "kind": self.kind,
            "kind_source": self.kind_source,
            "score": self.score,
            "rule_score": self.rule_score,
            "scores": dict(self.scores),
            "findings": [f.to_dict() for f in self.findings],
            "findings_not_selected": len(self.not_selected),
            "checks_not_run": list(self.checks_not_run),
            "components": [c.to_dict() for c in self.components],
            "strengths": list(self.strengths),
            "metrics": dict(self.metrics),
            "model": self.model,
            "text": self.text,
        }
