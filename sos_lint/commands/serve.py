"""`sos-lint serve`: the check page, the builder and the HTTP API on this computer (needs sos-lint[web])."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .common import fail

TOKEN_ENV = "SOS_LINT_TOKEN"


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on. Anything but this computer "
                                                         "(127.0.0.1) needs --token or SOS_LINT_TOKEN."),
    port: int = typer.Option(8000, "--port", "-p", min=0, max=65535, help="Port to listen on."),
    token: Optional[str] = typer.Option(None, "--token", envvar=TOKEN_ENV, show_envvar=True,
                                        help="Shared team token: the page asks for it, the API wants it in "
                                             "the X-SOS-Lint-Token header."),
    no_auth: bool = typer.Option(False, "--no-auth", help="Serve another address without a token, on purpose "
                                                          "(only behind a proxy that checks who people are)."),
    max_kb: int = typer.Option(256, "--max-kb", min=1, max=10_000, help="Largest request accepted, in kB."),
    secure_cookie: bool = typer.Option(False, "--secure-cookie", help="Mark the login cookie Secure (behind TLS)."),
    room_idle_hours: float = typer.Option(3.0, "--room-idle-hours", min=0.05, max=48,
                                          help="Delete a group exercise nobody has touched for this long."),
    config_file: Optional[Path] = typer.Option(None, "--config", help="Read settings from this TOML file."),
    spacy_model: Optional[str] = typer.Option(None, "--spacy-model", help="spaCy pipeline to load."),
) -> None:
    """Serve the check page, the statement builder, group exercises and the HTTP API. Text is never saved or logged."""
    try:
        import uvicorn  # noqa: F401
        import fastapi  # noqa: F401
        import jinja2  # noqa: F401
        import python_multipart  # noqa: F401
    except ImportError:
        raise fail("the web page needs extra libraries: pip install 'sos-lint[web]'")
    from .common import load_config
    from ..web.settings import Settings, is_loopback

    token = (token or "").strip() or None
    if not is_loopback(host) and token is None and not no_auth:
        raise fail(f"serving on {host} lets other computers in: give a team token with --token or "
                   f"{TOKEN_ENV}, or --no-auth if a proxy in front already checks who people are")
    cfg = load_config(None, None, config_file)
    settings = Settings(token=None if no_auth else token, max_bytes=max_kb * 1000, config=cfg,
                        spacy_model=spacy_model, secure_cookie=secure_cookie, room_idle_hours=room_idle_hours)
    run(settings, host, port)


def run(settings, host: str, port: int) -> None:
    import uvicorn

    from ..nlp import ModelNotFound
    from ..web import create_app

    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"sos-lint: loading the checker; then open http://{shown}:{port}/ (Ctrl+C stops it)", err=True)
    try:  # the lifespan loads the engine; load the pipeline first so a missing model is one plain line
        from ..nlp import load

        load(settings.spacy_model)
    except ModelNotFound as error:
        raise fail(str(error))
    config = uvicorn.Config(create_app(settings), host=host, port=port, access_log=False,
                            log_config=LOG_CONFIG, server_header=False, date_header=True,
                            timeout_graceful_shutdown=5,  # open projector streams must not hold up Ctrl+C
                            timeout_keep_alive=20)  # pages check every few seconds: keep their connection
    server = uvicorn.Server(config)
    server.run()
    if not server.started:
        raise typer.Exit(2)


# Our own access log (sos_lint.web.access: method, path, status, time) replaces uvicorn's, which
# would print query strings. Nothing a user typed reaches a log line.
LOG_CONFIG = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(message)s", "datefmt": "%Y-%m-%d %H:%M:%S"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stderr"}},
    "loggers": {
        "uvicorn": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        "uvicorn.error": {"level": "INFO"},
        "uvicorn.access": {"handlers": [], "level": "CRITICAL", "propagate": False},
        "sos_lint.web": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
    },
}


command = serve  # the name sos_lint.cli's COMMANDS table registers
