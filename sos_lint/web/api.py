"""The HTTP API under /api/v1: check, fix, rewrite, compare, upload, rules and health."""
from __future__ import annotations

from pathlib import PurePath

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from .. import __version__
from ..report import SCHEMA_VERSION
from . import models
from ..config import given_names
from .service import LONG_DRAFT_CHARS, BadInput, Checker, clean, read_upload, refuse_not_statement

router = APIRouter(prefix="/api/v1", tags=["api"])
ERRORS = {400: {"model": models.Problem}, 413: {"model": models.Problem}, 422: {"model": models.Problem}}


def checker(request: Request) -> Checker:
    return request.app.state.checker


def _kind(kind: str) -> str | None:
    return None if kind == "auto" else kind


@router.get("/health")
def health() -> dict:
    return {"status": "ok", "version": __version__, "schema_version": SCHEMA_VERSION}


@router.get("/rules", response_model=list[models.RuleOut])
def rules() -> list[dict]:
    from ..checks import all_rules

    return [{"code": r.code, "name": r.name, "dimension": r.dimension, "severity": r.severity,
             "summary": r.summary, "kinds": list(r.kinds)} for r in all_rules()]


@router.post("/check", response_model=models.CheckResponse, responses=ERRORS)
async def check(body: models.CheckRequest, request: Request) -> Response:
    """The same JSON `sos-lint check --format json` writes, byte for byte."""
    from ..render import render

    if body.redact and body.source is not None:
        # Round 36 (review36g G#2): the file name, as `check --redact` shows it, in the reports and in
        # every error body ("Zainab_Okonkwo-Reyes_plan.docx: holds a placeholder" named the child).
        body = body.model_copy(update={"source": "draft 1"})
    clean(body.text)  # an empty or binary draft is refused here, before it joins a batch
    refuse_not_statement(body.text, body.source)  # numbers only, another language: as `check` refuses them
    names = given_names(body.names.mapping())  # round 36 (W#5): the page's name boxes reach the check
    if body.redact:  # round 35 (review35i I#2): what `check --redact` shows
        reports = await run_in_threadpool(request.app.state.checker.check_redacted, body.text, _kind(body.kind),
                                          body.source, names)
    elif len(body.text) > LONG_DRAFT_CHARS:  # round 35 (I#1): checked apart, giving way to short checks
        reports = await run_in_threadpool(request.app.state.checker.check, body.text, _kind(body.kind),
                                          body.source, names)
    else:
        reports = await request.app.state.batcher.check(body.text, _kind(body.kind), body.source, names)
    if not reports:
        raise BadInput(f"{body.source + ':' if body.source else 'The draft'} has headings but no statement under them; "
                       "there is nothing to check.")
    from ..render.json import file_entry

    entry = file_entry(body.source, reports)
    skipped = left_out(body.text)
    if skipped:  # round 37 (W#2): what a pasted plan held besides its statements, as `check` says it
        entry["not_checked"] = skipped
    return Response(render("json", reports, [], files=[entry]), media_type="application/json")


def left_out(text: str) -> list[str]:
    """What of a pasted plan is not a statement and was not checked, by line (sections.left_out, as
    `sos-lint check` names it): line numbers and a section's label only, never the plan's own words."""
    from .. import cleaning, sections

    try:
        return sections.left_out(cleaning.clean(text).text)
    except cleaning.BrokenText:
        return []


@router.post("/fix", response_model=models.FixResponse, responses=ERRORS)
async def fix(body: models.RewriteRequest, engine: Checker = Depends(checker)) -> dict:
    """The safe word-level fixes only: what `check --fix` would write."""
    fixed = await run_in_threadpool(engine.fix, body.text, _kind(body.kind), body.names.mapping())
    return {"schema_version": SCHEMA_VERSION, "text": fixed.text, "applied": fixed.applied,
            "held_back": list(fixed.held_back)}


@router.post("/rewrite", response_model=models.RewriteResponse, responses=ERRORS)
async def rewrite(body: models.RewriteRequest, engine: Checker = Depends(checker)) -> dict:
    result = await run_in_threadpool(engine.rewrite, body.text, _kind(body.kind), body.names.mapping(), body.scaffold)
    return {"schema_version": SCHEMA_VERSION, **result.to_dict()}


@router.post("/compare", responses=ERRORS)
async def compare(body: models.CompareRequest, engine: Checker = Depends(checker)) -> dict:
    """The same JSON `sos-lint compare --format json` writes."""
    drafts = [(d.author, d.text) for d in body.drafts]
    comparison = await run_in_threadpool(engine.compare, drafts, _kind(body.kind), body.redact)
    return comparison.to_dict()


# Round 37 (review36g G#10): the upload is read from the body in memory (upload_form), never through
# Starlette's form parser, which spools a file over 1 MB to /tmp. The schema is written out by hand.
UPLOAD_BODY = {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
    "type": "object", "required": ["file"],
    "properties": {"file": {"type": "string", "format": "binary",
                            "description": "A .txt, .md or .docx draft; held in memory, never written to disk"}}}}}}}


@router.post("/upload", response_model=models.UploadResponse, responses=ERRORS, openapi_extra=UPLOAD_BODY)
async def upload(request: Request) -> dict:
    """Reads an uploaded draft into text, in memory; nothing is saved, not even for the request."""
    from .upload_form import file_part

    body = await request.body()  # the Guard has already cut it off at --max-kb
    filename, raw = file_part(request.headers.get("content-type", ""), body)
    del body
    name = PurePath(filename.replace("\\", "/") or "upload").name
    text = await run_in_threadpool(read_upload, name, raw)
    return {"name": name, "text": text}


NAMES_FORM = {role: {"type": "string", "maxLength": 80,
                     "description": f"Optional: what the family calls the {role}, as the page's name box"}
              for role in ("child", "mother", "father")}
REVIEWED_BODY = {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
    "type": "object", "required": ["file"],
    "properties": {**UPLOAD_BODY["requestBody"]["content"]["multipart/form-data"]["schema"]["properties"],
                   **NAMES_FORM}}}}}}


@router.post("/reviewed", responses=ERRORS, openapi_extra=REVIEWED_BODY, response_class=Response)
async def reviewed(request: Request) -> Response:
    """Round 40 (W#13): a Word plan back as Word: the uploaded .docx with the safe fixes and a comment
    at each finding, as `sos-lint check plan.docx --fix --annotate` writes it. Built in memory and
    sent back; neither the plan nor the copy is saved. Round 41 (M#10): optional `child`, `mother`
    and `father` form fields, the page's name boxes, are used as the page's check uses them."""
    from .upload_form import read_form

    body = await request.body()
    filename, raw, names = read_form(request.headers.get("content-type", ""), body)
    del body
    name = PurePath(filename.replace("\\", "/") or "upload").name
    if PurePath(name).suffix.lower() != ".docx":
        raise BadInput(f"{name}: a reviewed copy is made for Word (.docx) plans only.")
    copy, fixes, comments = await run_in_threadpool(checker(request).reviewed_docx, name, raw, names)
    return Response(copy, media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    headers={"content-disposition": 'attachment; filename="reviewed-plan.docx"',
                             "x-sos-lint-fixes": str(fixes), "x-sos-lint-comments": str(comments)})
