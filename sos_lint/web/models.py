"""Request and response models of the HTTP API. The check response mirrors `check --format json`
(sos_lint.report.Report.to_dict), so the OpenAPI schema documents the same fields the CLI writes."""
from __future__ import annotations

from typing import Dict, List, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["worry", "goal", "auto"]


class Names(BaseModel):
    """What the family calls each person; rewrites use these instead of report words."""
    model_config = ConfigDict(extra="forbid")
    child: Optional[str] = Field(None, max_length=80)
    mother: Optional[str] = Field(None, max_length=80)
    father: Optional[str] = Field(None, max_length=80)

    def mapping(self) -> Dict[str, str]:
        return {role: name.strip() for role, name in self.model_dump().items() if name and name.strip()}


class CheckRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(..., description="One statement, or a whole draft with headings.")
    kind: Kind = Field("auto", description="worry, goal, or auto (headings still win).")
    source: Optional[str] = Field(None, max_length=200, description="A label echoed back in each report.")


class RewriteRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str
    kind: Kind = "auto"
    names: Names = Names()
    scaffold: bool = Field(True, description="Lay the draft out in the house style with [questions].")


class CompareDraft(BaseModel):
    model_config = ConfigDict(extra="forbid")
    author: str = Field(..., min_length=1, max_length=80)
    text: str


class CompareRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    drafts: List[CompareDraft] = Field(..., min_length=2, max_length=60)
    kind: Kind = "auto"


class FindingOut(BaseModel):
    code: str
    name: str
    dimension: str
    severity: str
    message: str
    start: int
    end: int
    suggestion: str


class ComponentOut(BaseModel):
    name: str
    label: str
    present: bool
    evidence: str


class ReportOut(BaseModel):
    schema_version: int
    source: Optional[str]
    title: Optional[str]
    offset: int
    line: int
    kind: str
    kind_source: str
    score: float
    rule_score: float
    scores: Dict[str, float]
    findings: List[FindingOut]
    components: List[ComponentOut]
    strengths: List[str]
    metrics: dict
    model: Optional[dict]
    text: str


class CheckResponse(BaseModel):
    schema_version: int
    reports: List[ReportOut]
    errors: List[str]


class ChangeOut(BaseModel):
    start: int
    end: int
    original: str
    replacement: str
    code: str
    reason: str
    safe: bool
    codes: List[str]


class FixResponse(BaseModel):
    schema_version: int
    text: str
    applied: List[ChangeOut]
    # each change not written, with why; offsets into `text` (added in round 31: optional for old clients)
    held_back: List[ChangeOut] = []


class PlaceholderOut(BaseModel):
    text: str
    start: int
    end: int


class RewriteResponse(BaseModel):
    schema_version: int
    kind: Optional[str]
    text: str
    original: str
    changes: List[ChangeOut]
    placeholders: List[PlaceholderOut]
    notes: List[str]


class UploadResponse(BaseModel):
    name: str
    text: str


class RuleOut(BaseModel):
    code: str
    name: str
    dimension: str
    severity: str
    summary: str
    kinds: List[str]


class Problem(BaseModel):
    detail: str
