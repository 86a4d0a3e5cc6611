"""Opens an HTML comparison in headless Chromium: it shows its sections, makes no requests, and screenshots."""
from __future__ import annotations

import base64
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from sos_lint.api import engine
from sos_lint.compare import compare
from sos_lint.render.html import render_comparison

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = ROOT / "docs" / "report-screenshot.png"
# Set this to refresh docs/report-screenshot.png; otherwise the picture goes to a temporary folder.
UPDATE_ENV = "SOS_LINT_UPDATE_SCREENSHOT"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium "
                                                    "(apt-get install -y chromium)"),
]


class DevTools:
    """The Chrome DevTools protocol over --remote-debugging-pipe: JSON messages ending in NUL."""

    def __init__(self, profile: str):
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()
        self.process = subprocess.Popen(
            [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--disable-default-apps", "--no-first-run",
             "--hide-scrollbars", f"--user-data-dir={profile}", "--remote-debugging-pipe", "about:blank"],
            pass_fds=(3, 4), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=lambda: _pipe_fds(to_chrome_r, from_chrome_w))
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict] = []

    def send(self, method: str, params: dict | None = None, session: str | None = None, timeout: float = 30):
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            reply = self._read()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)
        raise TimeoutError(method)

    def wait_for(self, method: str, timeout: float = 30) -> dict:
        for event in self.events:
            if event.get("method") == method:
                return event
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            event = self._read()
            self.events.append(event)
            if event.get("method") == method:
                return event
        raise TimeoutError(method)

    def _read(self) -> dict:
        while b"\0" not in self._buffer:
            chunk = os.read(self._from_chrome, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def close(self) -> None:
        try:
            self.send("Browser.close", timeout=5)
        except (RuntimeError, TimeoutError, OSError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        os.close(self._to_chrome)
        os.close(self._from_chrome)


def _pipe_fds(read_end: int, write_end: int) -> None:
    """In the child: Chromium reads commands on fd 3 and writes replies on fd 4. Park both ends
    on high numbers first, so neither is overwritten while moving."""
    os.dup2(read_end, 200)
    os.dup2(write_end, 201)
    os.dup2(200, 3)
    os.dup2(201, 4)


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
    profile = tempfile.mkdtemp(prefix="sos-lint-chromium-")
    tools = DevTools(profile)
    try:
        target = tools.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = tools.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Network.enable", "Page.enable"):
            tools.send(domain, session=session)
        tools.send("Emulation.setDeviceMetricsOverride",
                   {"width": 1280, "height": 1800, "deviceScaleFactor": 1, "mobile": False}, session=session)
        tools.send("Page.navigate", {"url": url}, session=session)
        tools.wait_for("Page.loadEventFired")
        dom = tools.send("Runtime.evaluate", {"expression": "document.documentElement.outerHTML",
                                              "returnByValue": True}, session=session)["result"]["value"]
        shot = tools.send("Page.captureScreenshot", {"format": "png"}, session=session)["data"]
        requests = [e["params"]["request"]["url"] for e in tools.events
                    if e.get("method") == "Network.requestWillBeSent" and e.get("sessionId") == session]
    finally:
        tools.close()
        shutil.rmtree(profile, ignore_errors=True)
    picture = base64.b64decode(shot)
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
