"""The audit's HTML summary in headless Chromium: it loads nothing else, and its SVG charts are drawn."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sos_lint.cli import app
from test_audit import export_rows, write_csv
from headless import CHROMIUM, opened

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")]


def test_summary_page_draws_its_charts_and_loads_nothing_else(tmp_path):
    export = write_csv(tmp_path / "plans.csv", export_rows(30))
    page = tmp_path / "summary.html"
    result = CliRunner().invoke(app, ["audit", str(export), "--text-column", "statement", "--kind-column", "type",
                                      "--group-by", "team", "--group-by", "month:written", "--summary", str(page),
                                      "--jobs", "1"])
    assert result.exit_code == 1, result.output
    with opened(page.as_uri()) as tab:
        sizes = tab.evaluate("JSON.stringify([...document.querySelectorAll('svg')].map(s => {"
                             "const r = s.getBoundingClientRect(); return [r.width, r.height,"
                             " s.querySelectorAll('rect, polyline').length]; }))")
        requests = tab.requests()

    charts = json.loads(sizes)
    assert requests == [page.as_uri()]
    assert len(charts) >= 8
    assert all(width > 100 and height > 50 and marks > 0 for width, height, marks in charts)
