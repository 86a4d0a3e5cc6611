"""sos_lint never touches the network: checks run with every socket connection refused."""
from __future__ import annotations

import socket

import pytest

import sos_lint
from conftest import NetworkBlocked


def test_sockets_really_are_blocked():
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("127.0.0.1", 9))


def test_full_check_and_readability_run_offline():
    # Counting syllables is where textstat 0.7.9+ would call nltk.download(): it must not.
    report = sos_lint.check("Professionals identified considerable inconsistencies regarding supervision. "
                            "Mum leaves Jo alone in the bath every evening.", kind="worry")
    assert report.metrics["flesch_reading_ease"] is not None
    assert report.findings


def test_loading_a_fresh_engine_runs_offline():
    from sos_lint.engine import Engine

    engine = Engine()
    assert engine.check_many(["Dad hits Mum when Leo is there."], ["worry"])[0].findings is not None
