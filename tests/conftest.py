"""Shared test set-up: one engine per session (spaCy loads once) and the network blocked."""
from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

import pytest

# A check that fails on a statement is left out of a user's report and named there (engine._guarded);
# in the tests it raises, so no fault in a check is hidden.
os.environ.setdefault("SOS_LINT_STRICT", "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))

ROOT = Path(__file__).resolve().parents[1]


try:  # Hypothesis profiles: a small, derandomised run in `make test` (CI must not turn red by
    # chance), and a large random one in `make fuzz` (HYPOTHESIS_PROFILE=fuzz) to find new cases.
    from hypothesis import HealthCheck, settings as _hypothesis

    _quiet = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
    _hypothesis.register_profile("small", max_examples=30, deadline=None, database=None, derandomize=True,
                                 suppress_health_check=_quiet)
    _hypothesis.register_profile("fuzz", max_examples=1500, deadline=None, database=None,
                                 suppress_health_check=_quiet)
    _hypothesis.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "small"))
except ImportError:  # pragma: no cover - hypothesis is in the test extra
    pass


class NetworkBlocked(RuntimeError):
    pass


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Every test runs with outgoing connections refused: sos_lint must never touch the network."""
    def refuse(*args, **kwargs):
        raise NetworkBlocked(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture(scope="session")
def engine():
    from sos_lint.api import engine as make

    return make()
