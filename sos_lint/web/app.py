"""Builds the FastAPI app: the engine loads once in the lifespan, routers per area, plain JSON errors."""
from __future__ import annotations


import asyncio
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from .. import __version__
from .guard import Guard
from .room_store import RoomError, RoomStore
from .service import BadInput
from .settings import Settings

STATIC = Path(__file__).parent / "static"


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        from starlette.concurrency import run_in_threadpool

        from .batcher import Batcher
        from .service import Checker

        # spaCy and the classifier load here, once, before the server accepts a request.
        app.state.checker = await run_in_threadpool(Checker, settings.config, settings.spacy_model)
        app.state.batcher = Batcher(app.state.checker)
        pruning = asyncio.get_running_loop().create_task(_prune_rooms(app.state.rooms))
        yield
        pruning.cancel()
        app.state.checker = app.state.batcher = None

    # No /docs or /redoc: FastAPI's pages load scripts from a CDN. /openapi.json is served locally.
    app = FastAPI(title="sos-lint", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Checks Signs of Safety worry statements and safety goals.")
    app.state.settings = settings
    app.state.rooms = RoomStore(settings.room_idle_hours)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    from . import api, pages, rooms

    app.include_router(api.router)
    app.include_router(rooms.api)
    app.include_router(pages.router)
    app.include_router(rooms.router)
    app.add_exception_handler(BadInput, _bad_input)
    app.add_exception_handler(RoomError, _room_error)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_middleware(Guard, settings=settings)
    return app


async def _prune_rooms(store: RoomStore) -> None:
    from starlette.concurrency import run_in_threadpool

    from .room_store import release_memory

    while True:
        await asyncio.sleep(60)
        if store.prune():
            await run_in_threadpool(release_memory)


async def _room_error(request: Request, error: RoomError) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": str(error)}, status_code=error.status)
    from .pages import templates

    return templates.TemplateResponse(request, "over.html", {"message": str(error), "page": "rooms", "login": False},
                                      status_code=error.status)


async def _bad_input(request: Request, error: BadInput) -> JSONResponse:
    return JSONResponse({"detail": str(error)}, status_code=400)


async def _invalid(request: Request, error: RequestValidationError) -> JSONResponse:
    """One plain line naming the field; never the value sent (it may be a child's details)."""
    problems = []
    for item in error.errors():
        where = ".".join(str(p) for p in item.get("loc", ()) if p not in ("body", "query", "path"))
        message = item.get("msg", "is not valid")
        if item.get("type") == "json_invalid":
            where, message = "", "The request body is not valid JSON"
        problems.append(f"{where}: {message}" if where else message)
    detail = "; ".join(problems) or "The request is not valid"
    return JSONResponse({"detail": detail[0].upper() + detail[1:] + "."}, status_code=422)


async def _http_error(request: Request, error: HTTPException) -> JSONResponse:
    detail = error.detail if isinstance(error.detail, str) else "The request could not be handled."
    return JSONResponse({"detail": detail}, status_code=error.status_code, headers=getattr(error, "headers", None))


