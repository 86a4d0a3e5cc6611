"""`sos-lint serve`: the check page, the statement builder and the HTTP API (needs `sos-lint[web]`)."""
from __future__ import annotations

from .settings import Settings

__all__ = ["Settings", "create_app"]


def create_app(settings: Settings | None = None):
    """The FastAPI app; imported here lazily so `import sos_lint.web` stays light."""
    from .app import create_app as build

    return build(settings)
