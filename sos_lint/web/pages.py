"""The pages: the check page (/), the builder (/build), the login form and the report download."""
from __future__ import annotations

import hmac
from pathlib import Path

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

from .settings import SESSION_COOKIE

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


def _page(request: Request, name: str, **context) -> HTMLResponse:
    settings = request.app.state.settings
    return templates.TemplateResponse(request, name, {"login": settings.token is not None, **context})


@router.get("/", response_class=HTMLResponse)
def check_page(request: Request) -> HTMLResponse:
    return _page(request, "check.html", page="check")


@router.post("/", response_class=HTMLResponse)
def check_page_with(request: Request, text: str = Form(""), kind: str = Form("auto")) -> HTMLResponse:
    """The builder hands its finished statement over as a form post; the template escapes it."""
    return _page(request, "check.html", page="check", text=text, kind=kind if kind in ("worry", "goal") else "auto")


@router.get("/build", response_class=HTMLResponse)
def build_page(request: Request) -> HTMLResponse:
    return _page(request, "build.html", page="build")


def _local(target: str) -> str:
    """Only a path on this server: never another site (no "//host", no scheme, no backslash tricks)."""
    ok = target.startswith("/") and not target.startswith("//") and "\\" not in target and ":" not in target
    return target if ok else "/"


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> HTMLResponse:
    return _page(request, "login.html", page="login", failed=False, next=_local(next))


@router.post("/login")
def login(request: Request, token: str = Form("", max_length=500), next: str = Form("/", max_length=300)) -> Response:
    settings = request.app.state.settings
    if settings.token is None:
        return RedirectResponse(_local(next), status_code=303)
    if not hmac.compare_digest(token.encode(), settings.token.encode()):
        response = _page(request, "login.html", page="login", failed=True, next=_local(next))
        response.status_code = 401
        return response
    response = RedirectResponse(_local(next), status_code=303)
    response.set_cookie(SESSION_COOKIE, settings.session_value(), httponly=True, samesite="strict",
                        secure=settings.secure_cookie, path="/")
    return response


@router.post("/report")
async def download_report(request: Request, text: str = Form(""), kind: str = Form("auto"),
                          child: str = Form("", max_length=80), mother: str = Form("", max_length=80),
                          father: str = Form("", max_length=80), redact: str = Form("", max_length=10)) -> Response:
    """The self-contained HTML report `check --format html` writes, as a download: checked with the
    names typed on the page, as the page's own check is (round 36). With the page's "redact" box
    ticked (round 37, review36g G#11), the report `check --redact --format html` writes: the draft
    checked as written, everything shown redacted with the same Redactor, the draft called "draft 1"."""
    from ..render import render
    from ..config import given_names

    checker = request.app.state.checker
    wanted = kind if kind in ("worry", "goal") else None
    names = given_names({"child": child, "mother": mother, "father": father})
    if redact:
        reports = await run_in_threadpool(checker.check_redacted, text, wanted, "draft 1", names)
        filename = "sos-lint-report-redacted.html"
    else:
        reports = await run_in_threadpool(checker.check, text, wanted, "draft", names)
        filename = "sos-lint-report.html"
    html = render("html", reports, [])
    return Response(html, media_type="text/html; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{filename}"'})
