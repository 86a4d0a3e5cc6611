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
    names: Names = Field(Names(), description="The child's name (several: \"Leah and Ava\") and what the family "
                         "calls the mother and the father, read as the [names] table of a configuration is: "
                         "the check knows who the child is.")
    redact: bool = Field(False, description="Redact the reports as `sos-lint check --redact` does: names, dates, "
                         "places and numbers in the text and the findings become placeholders (\"Child A\"), and "
                         "offsets point into the redacted text. The draft is checked as written.")


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
    redact: bool = Field(False, description="What `sos-lint compare --redact` shows: the drafts are judged as "
                         "written and shown redacted (names, places, dates and numbers become placeholders), each "
                         "author becomes \"Author N\" in a random order and each draft \"draft N\".")


OFFSETS = ("Unicode code points (not UTF-16 units, not UTF-8 bytes) into the report's `text`, which is the "
           "text as it was sent (markup and all)")


class FixOut(BaseModel):
    start: int = Field(..., description="Where the replacement starts: " + OFFSETS + ".")
    end: int = Field(..., description="Where it ends (exclusive), in the same units.")
    replacement: str
    applicability: Literal["safe", "unsafe"] = Field(..., description="Only safe fixes are ever written.")
    reason: str


class FindingOut(BaseModel):
    code: str
    name: str
    dimension: str
    severity: str
    message: str
    start: int = Field(..., description="Where the flagged words start: " + OFFSETS + ".")
    end: int = Field(..., description="Where they end (exclusive), in the same units. A finding about the "
                                      "whole statement runs from 0 to the length of `text`.")
    suggestion: str
    fix: Optional[FixOut] = Field(None, description="The proposed edit, or null.")


class ComponentOut(BaseModel):
    name: str
    label: str
    present: bool
    evidence: str


class ReportOut(BaseModel):
    schema_version: int
    source: Optional[str]
    title: Optional[str]
    offset: int = Field(..., description="Where this statement's `text` starts in the draft sent: " + OFFSETS + ".")
    line: int
    kind: str
    kind_source: str
    score: float
    rule_score: float
    scores: Dict[str, float]
    findings: List[FindingOut]
    findings_not_selected: int = Field(0, description="Findings of rules the configuration leaves out: not "
                                                      "listed, but counted in the scores.")
    checks_not_run: List[str] = Field(default_factory=list, description="Checks that failed on this statement "
                                      "(a fault in sos_lint, not in the text) and were left out, by rule code.")
    components: List[ComponentOut]
    strengths: List[str]
    metrics: dict
    model: Optional[dict]
    text: str


class FileOut(BaseModel):
    source: Optional[str]
    status: Literal["checked", "refused", "unreadable", "read"]
    message: Optional[str] = None
    statements: int = 0
    statements_refused: int = 0
    findings: int = 0
    lowest_score: Optional[float] = None
    not_checked: Optional[List[str]] = Field(None, description="What of a pasted plan was left out of the check "
                                             "(front matter, other sections, a table, sign-off), by line; absent "
                                             "when every line was a heading or a statement's.")


class CheckResponse(BaseModel):
    schema_version: int
    offset_unit: Literal["unicode_code_point"] = Field(
        "unicode_code_point", description="Every start, end and offset counts Unicode code points of the text as sent.")
    reports: List[ReportOut]
    errors: List[str]
    files: List[FileOut] = Field([], description="What happened to each input (one for an API request).")


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
