"""Opens an HTML comparison in headless Chromium: it shows its sections, makes no requests, and screenshots."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from sos_lint.api import engine
from sos_lint.compare import compare
from sos_lint.render.html import render_comparison

from headless import CHROMIUM, opened

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = ROOT / "docs" / "report-screenshot.png"
# Set this to refresh docs/report-screenshot.png; otherwise the picture goes to a temporary folder.
UPDATE_ENV = "SOS_LINT_UPDATE_SCREENSHOT"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium "
                                                    "(apt-get install -y chromium)"),
]


def _comparison_html() -> str:
    found = []
    drafts = (("Priya", "group_draft_priya.txt"), ("Sam", "group_draft_sam.txt"), ("Alex", "poor_worry.txt"))
    for author, name in drafts:
        text = (ROOT / "examples" / name).read_text(encoding="utf-8")
        found += [(author, r) for r in engine().check_document(text, None, name)]
    return render_comparison(compare(found))


@pytest.fixture(scope="module")
def browsed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    page = folder / "report.html"
    page.write_text(_comparison_html(), encoding="utf-8")
    url = page.as_uri()
    with opened(url, size=(1280, 1800)) as tab:
        dom = tab.evaluate("document.documentElement.outerHTML")
        picture = tab.screenshot()
        requests = tab.requests()
    (folder / "report.png").write_bytes(picture)
    if os.environ.get(UPDATE_ENV):
        SCREENSHOT.parent.mkdir(exist_ok=True)
        SCREENSHOT.write_bytes(picture)
    return {"url": url, "dom": dom, "png": picture, "requests": requests}


def test_page_makes_no_requests_but_its_own(browsed):
    assert browsed["requests"] == [browsed["url"]]


def test_page_shows_the_expected_sections(browsed):
    dom = browsed["dom"]
    for heading in ("Group comparison", "Ranking and scores", "Parts of the statement",
                    "Suggested combined draft", "The drafts, best first"):
        assert f">{heading}<" in dom
    assert dom.count("<svg") >= 10
    assert "<mark" in dom and 'class="from"' in dom
    assert re.search(r'<td class="who">Sam</td>', dom)


def test_screenshot_is_a_real_picture(browsed):
    png = browsed["png"]
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == (1280, 1800)
    assert len(png) > 30_000  # a blank page compresses to a few kilobytes
