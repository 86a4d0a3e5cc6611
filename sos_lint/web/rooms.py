"""The rooms router: start a group exercise, join it, write and share, and the live projector view."""
from __future__ import annotations

import asyncio
import hmac
import json
from typing import Literal, Optional

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from markupsafe import Markup
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from . import room_store
from .pages import templates
from .room_store import Room, RoomError
from .service import clean

router = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api/v1/rooms", tags=["rooms"])
KEEPALIVE_S = 15


def host_cookie(code: str) -> str:
    return f"sos_lint_host_{code}"


def join_cookie(code: str) -> str:
    return f"sos_lint_join_{code}"


def store(request: Request) -> room_store.RoomStore:
    return request.app.state.rooms


def _set_cookie(request: Request, response: Response, name: str, value: str, max_age: int | None = None) -> None:
    response.set_cookie(name, value, httponly=True, samesite="strict", path="/", max_age=max_age,
                        secure=request.app.state.settings.secure_cookie)


def _returning(request: Request, room: Room) -> Optional[str]:
    """Round 40 (C#4): the participant this browser joined as, if its join cookie is still good."""
    pid, _, secret = request.cookies.get(join_cookie(room.code), "").partition(".")
    person = room.participants.get(pid)
    if person is not None and hmac.compare_digest(secret.encode(), person.secret.encode()):
        return pid
    return None


def _room(request: Request, code: str) -> Room:
    room = store(request).get(code)
    if room is None:
        gone = room_store.tidy_code(code) in store(request).ended
        raise RoomError(410 if gone else 404, "This group exercise is over." if gone else
                        "There is no group exercise with this code. Check the code and try again.")
    return room


def _host(request: Request, code: str) -> Room:
    room = _room(request, code)
    held = request.cookies.get(host_cookie(room.code), "")
    if not hmac.compare_digest(held.encode(), room.secret.encode()):
        raise RoomError(403, "Only the supervisor who started this exercise can do that.")
    return room


def _participant(request: Request, code: str) -> tuple[Room, str]:
    room = _room(request, code)
    pid, _, secret = request.cookies.get(join_cookie(room.code), "").partition(".")
    person = room.participants.get(pid)
    if person is None or not hmac.compare_digest(secret.encode(), person.secret.encode()):
        raise RoomError(403, "Join the exercise first, with the join link or code.")
    return room, pid


def _page(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    settings = request.app.state.settings
    response = templates.TemplateResponse(request, name, {"login": settings.token is not None, "page": "rooms",
                                                          **context})
    response.status_code = status
    return response


# -- the supervisor ---------------------------------------------------------------------------

@router.get("/rooms", response_class=HTMLResponse)
def start_page(request: Request) -> HTMLResponse:
    return _page(request, "rooms_start.html")


@router.post("/rooms")
async def start(request: Request, case_info: str = Form("", max_length=5000),
                redact: Optional[str] = Form(None)) -> Response:
    room = store(request).create(case_info, redact is not None)
    if room.redact:  # made now, so the first share does not wait for it
        room.redactor = await run_in_threadpool(room_store.new_redactor, request.app.state.checker)
        # The case information goes to every joiner and the projector: with redaction on, only its
        # redacted form is kept, so "Child A (7)" cannot be read back to a name at a glance.
        room.case_info = await run_in_threadpool(request.app.state.checker.redact_case_info, room.redactor,
                                                 room.case_info)
    response = RedirectResponse(f"/rooms/{room.code}/host", status_code=303)
    _set_cookie(request, response, host_cookie(room.code), room.secret)
    return response


@router.get("/rooms/{code}/host", response_class=HTMLResponse)
async def host_page(request: Request, code: str) -> HTMLResponse:
    import segno

    room = _host(request, code)
    link = str(request.base_url).rstrip("/") + f"/join/{room.code}"
    # segno draws the code; the SVG holds only squares, never the link's text.
    qr = segno.make(link, error="m").svg_inline(scale=6, dark="#000000", light="#ffffff", omitsize=True)
    return _page(request, "host.html", room=room, link=link, qr=Markup(qr), spaced=" ".join((room.code[:4], room.code[4:])),
                 names_warning=NAMES_WARNING)


class Control(BaseModel):
    model_config = ConfigDict(extra="forbid")
    action: Literal["names", "anonymous", "lock", "unlock", "remove", "restore", "end", "case_info"]
    number: Optional[int] = Field(None, ge=1)
    text: Optional[str] = Field(None, max_length=5000)
    confirm: bool = False  # "names" only: the supervisor has been told what showing names shows


# Round 33 (a team manager's trial): one click used to put every worker's name beside their score.
# The page asks first, in these words; the API refuses "names" without "confirm": true.
# Round 40 (C#5): hiding names again gives every draft a new number, but it cannot make the room
# forget what it saw: the warning says so before anything is shown.
NAMES_WARNING = ("Show names on the projector? Each person who typed a name when joining will have that name shown "
                 "beside their draft, its rank and its score, on this screen and in a report downloaded while "
                 "names are shown. People who joined without a name stay \"Draft N\", and a name that is a name "
                 "from the family is never shown. Hiding names again gives every draft a new number, but it "
                 "cannot undo what the room has seen: anyone who remembers a score or a wording can still tell "
                 "whose draft it is. The scores are for talking about the wording, never for ranking workers.")


@api.post("/{code}/control")
async def control(request: Request, code: str, body: Control) -> dict:
    room = _host(request, code)
    if body.action == "end":
        store(request).end(room)
        del room
        await run_in_threadpool(room_store.release_memory)
        return {"ended": True}
    if body.action == "names" and not body.confirm:
        raise RoomError(409, NAMES_WARNING + ' (Send "confirm": true to show them.)')
    if body.action in ("names", "anonymous"):
        hiding = body.action == "anonymous" and not room.anonymous
        room.anonymous = body.action == "anonymous"
        if not room.anonymous:
            room.names_shown_once = True
        if hiding:  # round 40 (C#5): the old numbers were seen beside the names
            room.renumber()
    elif body.action in ("lock", "unlock"):
        room.locked = body.action == "lock"
    elif body.action == "case_info":
        room.case_info = (body.text or "").strip()
        if room.redact:
            if room.redactor is None:
                room.redactor = await run_in_threadpool(room_store.new_redactor, request.app.state.checker)
            room.case_info = await run_in_threadpool(request.app.state.checker.redact_case_info, room.redactor,
                                                     room.case_info)
    elif body.action == "remove":
        owner = next((pid for pid, p in room.participants.items() if p.number == body.number), None)
        if owner is None:
            raise RoomError(400, "There is no draft with that number.")
        taken = {key[1]: room.drafts.pop(key) for key in [k for k in room.drafts if k[0] == owner]}
        if taken:  # round 40 (C#13): kept in memory so the supervisor can put them back
            room.removed[owner] = taken
    elif body.action == "restore":
        owner = next((pid for pid, p in room.participants.items() if p.number == body.number), None)
        if owner is None or owner not in room.removed:
            raise RoomError(400, "There is nothing of that draft to put back.")
        for kind, shared in room.removed.pop(owner).items():
            room.drafts.setdefault((owner, kind), shared)  # a newer share since then wins
    room.version += 1
    await room_store.publish(room)
    if body.action == "case_info":  # what everyone now sees (redacted when the room redacts)
        return {"ended": False, "version": room.version, "case_info": room.case_info}
    return {"ended": False, "version": room.version}


@api.get("/{code}/events")
async def events(request: Request, code: str) -> StreamingResponse:
    """Server-sent events: the whole picture each time it changes (the projector only needs the latest)."""
    room = _host(request, code)
    queue: asyncio.Queue = asyncio.Queue()
    room.listeners.add(queue)
    if room.snapshot is None:
        first = await room_store.build_snapshot(room)
        # A share may have been published while this one was being built: never put an older
        # picture over a newer one (the projector would show a share count going backwards).
        if room.snapshot is None or room.snapshot["version"] < first["version"]:
            room.snapshot = first
    if queue.empty() and room.snapshot is not None:
        room_store._offer(queue, room.snapshot)

    async def stream():
        try:
            while True:
                try:
                    item = await asyncio.wait_for(queue.get(), KEEPALIVE_S)
                except asyncio.TimeoutError:
                    yield ": still here\n\n"
                    continue
                if item.get("ended"):
                    yield "event: ended\ndata: {}\n\n"
                    return
                yield f"event: room\ndata: {json.dumps(item, ensure_ascii=False)}\n\n"
        finally:
            room.listeners.discard(queue)

    return StreamingResponse(stream(), media_type="text/event-stream", headers={"x-accel-buffering": "no"})


@router.get("/rooms/{code}/report")
async def report(request: Request, code: str) -> Response:
    """The same HTML report `compare --format html` writes, for the drafts shared so far."""
    from ..render.html import render_comparison

    room = _host(request, code)
    statements, spans = room_store.statements_of(room)
    if not statements:
        raise RoomError(400, "No drafts have been shared yet.")
    comparison = await run_in_threadpool(room_store.compare_statements, statements, spans)
    html = await run_in_threadpool(render_comparison, comparison)
    return Response(html, media_type="text/html; charset=utf-8",
                    headers={"content-disposition": 'attachment; filename="group-comparison.html"'})


# -- participants -----------------------------------------------------------------------------

def _joinable(request: Request, code: str) -> Room:
    """The room for this join code; wrong codes count towards a per-address limit."""
    address = request.client.host if request.client else "unknown"
    rooms = store(request)
    if rooms.too_many_tries(address):
        raise RoomError(429, "Too many tries to join. Wait a minute, then check the code.")
    try:
        return _room(request, code)
    except RoomError as error:
        if error.status == 404:
            rooms.wrong_code(address)
        raise


@router.get("/join", response_class=HTMLResponse)
async def join_by_code(request: Request, code: str = "") -> Response:
    if not code:
        return _page(request, "join.html", room=None, code="")
    return RedirectResponse(f"/join/{room_store.tidy_code(code)}", status_code=303)


@router.get("/join/{code}", response_class=HTMLResponse)
async def join_page(request: Request, code: str) -> HTMLResponse:
    try:
        room = _joinable(request, code)
    except RoomError as error:
        return _page(request, "over.html", status=error.status, message=str(error))
    if _returning(request, room):  # round 40 (C#4): back to the same draft, not a new one
        return RedirectResponse(f"/rooms/{room.code}/write", status_code=303)
    return _page(request, "join.html", room=room, code=room.code)


@router.post("/join/{code}")
async def join(request: Request, code: str, name: str = Form("", max_length=60)) -> Response:
    try:
        room = _joinable(request, code)
        pid = _returning(request, room)
        if pid is None:
            pid, person = room_store.join(room, name)
        else:  # round 40 (C#4): someone who left and came back is still their own draft
            person = room.participants[pid]
            if name.strip():
                person.name = name.strip()[:60]
    except RoomError as error:
        return _page(request, "over.html", status=error.status, message=str(error))
    response = RedirectResponse(f"/rooms/{room.code}/write", status_code=303)
    # Round 40 (C#4): kept after the browser closes (it holds a random token, never a draft), so a
    # phone that drops the tab, or someone who leaves and comes back, rejoins as the same draft.
    _set_cookie(request, response, join_cookie(room.code), f"{pid}.{person.secret}",
                max_age=int(store(request).idle_seconds))
    return response


@router.get("/rooms/{code}/write", response_class=HTMLResponse)
async def write_page(request: Request, code: str) -> HTMLResponse:
    try:
        room, pid = _participant(request, code)
    except RoomError as error:
        return _page(request, "over.html", status=error.status, message=str(error))
    return _page(request, "write.html", room=room, person=room.participants[pid])


class ShareBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["worry", "goal"]
    text: str


@api.post("/{code}/share")
async def share(request: Request, code: str, body: ShareBody) -> dict:
    room, pid = _participant(request, code)
    clean(body.text)
    version = await room_store.share(room, request.app.state.checker, pid, body.kind, body.text)
    person = room.participants[pid]
    return {"version": version, "shares": person.kind_shares.get(body.kind, 0), "kind": body.kind,
            "number": person.number, "mine": room.mine(pid)}


class WithdrawBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["worry", "goal"]


@api.post("/{code}/withdraw")
async def withdraw(request: Request, code: str, body: WithdrawBody) -> dict:
    """Round 40 (C#4): a participant takes their own shared draft of one kind off the projector."""
    room, pid = _participant(request, code)
    had = room.drafts.pop((pid, body.kind), None) is not None
    if had:
        room.version += 1
        await room_store.publish(room)
    return {"withdrawn": had, "mine": room.mine(pid), "number": room.participants[pid].number}


@api.get("/{code}/status")
async def status(request: Request, code: str) -> dict:
    """What a participant's page may know: whether the exercise is still on. Never anyone's drafts."""
    try:
        room, pid = _participant(request, code)
    except RoomError as error:
        return {"open": False, "message": str(error)}
    # Round 40 (C#4, C#5): their own number (it changes when names are hidden again) and which of
    # their drafts the projector shows; nobody else's.
    person = room.participants[pid]
    return {"open": True, "locked": room.locked, "case_info": room.case_info, "number": person.number,
            "anonymous": room.anonymous, "name_shown": bool(person.name) and not room.anonymous
            and not room.family_name(pid), "mine": room.mine(pid)}
