"""The one ASGI layer every request passes: size limit, login, privacy headers, a text-free access log,
and a plain answer instead of a traceback. Written as raw ASGI so it sees the body as it streams in."""
from __future__ import annotations

import json
import logging
import time
from http.cookies import SimpleCookie

from .settings import SESSION_COOKIE, TOKEN_HEADER, Settings

access_log = logging.getLogger("sos_lint.web.access")
error_log = logging.getLogger("sos_lint.web.error")

SECURITY_HEADERS = [
    (b"cache-control", b"no-store"),
    (b"content-security-policy",
     b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
     b"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]
# Reachable without logging in: the login form itself, its style sheet, and the health probe.
PUBLIC_PATHS = ("/login", "/static/", "/api/v1/health")
TOO_LARGE = "The request is too large. sos-lint checks drafts of up to {kb} kB; send a shorter text."
# The one address that takes a file, read in memory (web/upload_form.py).
UPLOADS = ("/api/v1/upload", "/api/v1/reviewed")  # round 40 (W#13): the reviewed Word copy
NOT_MULTIPART = ("This address does not take file uploads; send a form's fields URL-encoded or JSON "
                 "(a draft's file goes to /api/v1/upload).")
SERVER_ERROR = "Something went wrong on the server. Your text was not kept. Please try again."


class TooLarge(Exception):
    pass


class Guard:
    def __init__(self, app, settings: Settings):
        self.app = app
        self.settings = settings

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        state = {"status": 0, "started": False}
        path = scope.get("path", "")

        async def send_guarded(message):
            if state.get("too_large"):
                # The app may have turned the cut-off body into its own error; the answer is still 413.
                if message["type"] == "http.response.start" and not state["started"]:
                    state["started"] = True
                    await _json(send_guarded_plain, 413, TOO_LARGE.format(kb=self.settings.max_bytes // 1000))
                return
            if message["type"] == "http.response.start":
                state["status"], state["started"] = message["status"], True
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in _OURS]
                message = {**message, "headers": headers + SECURITY_HEADERS}
            await send(message)

        async def send_guarded_plain(message):
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
                message = {**message, "headers": list(message.get("headers", [])) + SECURITY_HEADERS}
            await send(message)

        try:
            refusal = self._refusal(scope)
            if refusal is not None:
                await refusal(send_guarded)
            else:
                await self.app(scope, self._limited(receive, state), send_guarded)
        except TooLarge:
            if not state["started"]:
                await _json(send_guarded_plain, 413, TOO_LARGE.format(kb=self.settings.max_bytes // 1000))
        except Exception as error:  # noqa: BLE001 (the last line of defence: never a traceback, never the text)
            error_log.error("%s %s failed: %s", scope.get("method"), path, type(error).__name__)
            if not state["started"]:
                await _json(send_guarded, 500, SERVER_ERROR)
        finally:
            # Method, path (never the query string), status and time: nothing a user typed.
            access_log.info('%s %s %d %.0f ms', scope.get("method"), path, state["status"],
                            (time.perf_counter() - started) * 1000)

    def _refusal(self, scope):
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.settings.max_bytes:
            return lambda send: _json(send, 413, TOO_LARGE.format(kb=self.settings.max_bytes // 1000))
        if headers.get("content-type", "").lower().lstrip().startswith("multipart/") and scope["path"] not in UPLOADS:
            # Round 37 (review36g G#10): Starlette's form parser spools a file part over 1 MB to /tmp. Only
            # the upload takes a multipart body, and reads it in memory itself (upload_form); every page
            # form is sent URL-encoded, so nothing here reaches the spooling parser.
            return lambda send: _json(send, 415, NOT_MULTIPART)
        if self.settings.token is None or scope["path"].startswith(PUBLIC_PATHS):
            return None
        cookie = SimpleCookie()
        try:
            cookie.load(headers.get("cookie", ""))
        except Exception:  # noqa: BLE001 (a malformed cookie header is simply no login)
            cookie = SimpleCookie()
        session = cookie[SESSION_COOKIE].value if SESSION_COOKIE in cookie else None
        bearer = headers.get("authorization", "")
        token = headers.get(TOKEN_HEADER) or (bearer[7:] if bearer.lower().startswith("bearer ") else None)
        if self.settings.accepts(token, session):
            return None
        if scope["path"].startswith("/api/"):
            return lambda send: _json(send, 401, "This server needs the team token: send it in the "
                                                 "X-SOS-Lint-Token header.")
        target = scope["path"] if scope.get("method") == "GET" else "/"
        return lambda send: _redirect_to_login(send, target)

    def _limited(self, receive, state: dict):
        seen = 0
        limit = self.settings.max_bytes

        async def counted():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    state["too_large"] = True
                    raise TooLarge()
            return message
        return counted


_OURS = {name for name, _ in SECURITY_HEADERS}


async def _json(send, status: int, message: str) -> None:
    body = json.dumps({"detail": message}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


async def _redirect_to_login(send, target: str = "/") -> None:
    """To the login form, which sends the person back where they were going (a join link, say)."""
    from urllib.parse import quote

    location = "/login" if target == "/" else "/login?next=" + quote(target, safe="/")
    await send({"type": "http.response.start", "status": 303,
                "headers": [(b"location", location.encode("latin-1")), (b"content-length", b"0")]})
    await send({"type": "http.response.body", "body": b""})
