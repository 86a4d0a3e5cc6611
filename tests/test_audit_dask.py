"""The cluster audit on a real Dask LocalCluster (two worker processes, loopback only): the same
per-statement results and the same summary as the audit on one machine."""
from __future__ import annotations

import csv
import json
import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sos_lint.audit import AuditSpec, GroupBy
from sos_lint.cli import app

pytest.importorskip("distributed")
ROOT = Path(__file__).resolve().parents[1]
LOOPBACK = ("127.0.0.1", "::1", "localhost")
runner = CliRunner()


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Overrides conftest's fixture of the same name: connections to this machine only (the cluster)."""
    from conftest import NetworkBlocked

    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_getaddrinfo, real_create = socket.getaddrinfo, socket.create_connection

    def check(address):
        if isinstance(address, tuple) and address[0] not in LOOPBACK:
            raise NetworkBlocked(f"network access attempted: {address!r}")

    def connect(self, address):
        check(address)
        return real_connect(self, address)

    def connect_ex(self, address):
        check(address)
        return real_connect_ex(self, address)

    def getaddrinfo(host, *args, **kwargs):
        check((host,))
        return real_getaddrinfo(host, *args, **kwargs)

    def create_connection(address, *args, **kwargs):
        check(address)
        return real_create(address, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket, "create_connection", create_connection)


def test_the_loopback_fixture_still_blocks_the_network():
    from conftest import NetworkBlocked

    with pytest.raises(NetworkBlocked):
        socket.create_connection(("192.0.2.1", 80))


def write_export(folder: Path) -> Path:
    rows = [json.loads(line) for line in (ROOT / "corpus" / "part_b.jsonl").read_text(encoding="utf-8").splitlines()]
    path = folder / "plans.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["plan_id", "team", "text", "kind", "written"])
        for i, row in enumerate(rows[:90]):
            text = "" if i == 7 else ("x " * 6000 if i == 11 else row["text"])
            writer.writerow([f"P{i:03d}", "ABCDEFGHIJKLMN"[i % 14], text, row["kind"] if i % 4 else "",
                             f"2023-{1 + i % 12:02d}-0{1 + i % 9}"])
    with open(path, "ab") as handle:
        handle.write(b"P900,A\n")  # a short line: a bad row on both paths
        handle.write(b"P901,B,caf\xe9 not UTF-8,worry,2023-01-01\n")
    return path


@pytest.mark.slow
def test_local_cluster_gives_the_same_results_and_summary(tmp_path):
    import pandas as pd
    from distributed import Client, LocalCluster

    from sos_lint.audit.cluster import audit_on_cluster, read_export
    from sos_lint.audit.report import render

    export = write_export(tmp_path)
    options = ["--id-column", "plan_id", "--kind-column", "kind", "--group-by", "team", "--group-by", "month:written"]
    local = runner.invoke(app, ["audit", str(export), *options, "--jobs", "1", "--output", str(tmp_path / "local.parquet"),
                                "--summary", str(tmp_path / "local.md")])
    assert local.exit_code == 2, local.output  # round 35 (review35i I#4): bad rows were left out

    spec = AuditSpec(text_column="text", kind_column="kind", id_column="plan_id",
                     group_by=(GroupBy("team"), GroupBy("written", month=True)))
    frame = read_export(str(export), spec, blocksize=8_000)
    assert frame.npartitions >= 3
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        outcome, summary = audit_on_cluster(str(export), spec, cluster.scheduler_address,
                                            tmp_path / "cluster.parquet", blocksize=8_000)
        with Client(cluster.scheduler_address) as client:
            worker_pids = client.run(lambda: __import__("os").getpid())
    assert len(set(worker_pids.values())) == 2
    assert outcome.rows == 92
    assert len(list((tmp_path / "cluster.parquet").glob("part.*.parquet"))) == frame.npartitions

    ours, theirs = pd.read_parquet(tmp_path / "local.parquet"), pd.read_parquet(tmp_path / "cluster.parquet")
    pd.testing.assert_frame_equal(ours.reset_index(drop=True), theirs.reset_index(drop=True))
    assert set(ours["status"]) == {"checked", "empty", "too-long", "missing-column", "unreadable"}
    assert render(summary, "markdown", 5) == (tmp_path / "local.md").read_text(encoding="utf-8")


@pytest.mark.slow
def test_the_cli_reaches_a_scheduler(tmp_path):
    from distributed import LocalCluster

    export = write_export(tmp_path)
    with LocalCluster(n_workers=1, processes=True, threads_per_worker=1, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        result = runner.invoke(app, ["audit", str(export), "--scheduler", cluster.scheduler_address,
                                     "--output", str(tmp_path / "r.parquet"), "--summary", str(tmp_path / "s.html")])
    assert result.exit_code == 2, result.output  # round 35 (I#4): rows 7, 11, P900, P901 were left out
    assert "Audited 92 rows" in result.stderr and (tmp_path / "s.html").read_text(encoding="utf-8").count("<svg") > 3
    bad = runner.invoke(app, ["audit", str(export), "--scheduler", "tcp://127.0.0.1:9", "--output",
                              str(tmp_path / "x.parquet")])
    assert bad.exit_code == 2 and "cannot reach the Dask scheduler" in bad.stderr
