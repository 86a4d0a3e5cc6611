"""The audit's HTML summary in headless Chromium: it loads nothing else, and its SVG charts are drawn."""
from __future__ import annotations

import shutil
import tempfile

import pytest
from typer.testing import CliRunner

from sos_lint.cli import app
from test_audit import export_rows, write_csv
from test_html_browser import CHROMIUM, DevTools

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")]


def test_summary_page_draws_its_charts_and_loads_nothing_else(tmp_path):
    export = write_csv(tmp_path / "plans.csv", export_rows(30))
    page = tmp_path / "summary.html"
    result = CliRunner().invoke(app, ["audit", str(export), "--text-column", "statement", "--kind-column", "type",
                                      "--group-by", "team", "--group-by", "month:written", "--summary", str(page),
                                      "--jobs", "1"])
    assert result.exit_code == 1, result.output
    profile = tempfile.mkdtemp(prefix="sos-lint-chromium-")
    tools = DevTools(profile)
    try:
        target = tools.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = tools.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Network.enable", "Page.enable"):
            tools.send(domain, session=session)
        tools.send("Page.navigate", {"url": page.as_uri()}, session=session)
        tools.wait_for("Page.loadEventFired")
        sizes = tools.send("Runtime.evaluate", {
            "expression": "JSON.stringify([...document.querySelectorAll('svg')].map(s => {"
                          "const r = s.getBoundingClientRect(); return [r.width, r.height,"
                          " s.querySelectorAll('rect, polyline').length]; }))",
            "returnByValue": True}, session=session)["result"]["value"]
        requests = [e["params"]["request"]["url"] for e in tools.events
                    if e.get("method") == "Network.requestWillBeSent" and e.get("sessionId") == session]
    finally:
        tools.close()
        shutil.rmtree(profile, ignore_errors=True)
    import json

    charts = json.loads(sizes)
    assert requests == [page.as_uri()]
    assert len(charts) >= 8
    assert all(width > 100 and height > 50 and marks > 0 for width, height, marks in charts)
