"""Headless Debian chromium driven over the DevTools protocol on a pipe (no chromedriver, no port):
the browser tests that only open a local file and read it back share this."""
from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")


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


class Page:
    """One tab of a DevTools browser, attached in flat mode, with the network and page domains on."""

    def __init__(self, tools: DevTools, session: str):
        self.tools, self.session = tools, session

    def evaluate(self, expression: str):
        return self.tools.send("Runtime.evaluate", {"expression": expression, "returnByValue": True},
                               session=self.session)["result"]["value"]

    def screenshot(self) -> bytes:
        return base64.b64decode(self.tools.send("Page.captureScreenshot", {"format": "png"},
                                                session=self.session)["data"])

    def requests(self) -> list[str]:
        """Every URL this tab asked for, in order."""
        return [e["params"]["request"]["url"] for e in self.tools.events
                if e.get("method") == "Network.requestWillBeSent" and e.get("sessionId") == self.session]


@contextlib.contextmanager
def opened(url: str, size: tuple[int, int] | None = None):
    """A fresh chromium with its own throwaway profile, showing `url` once its load event has fired."""
    profile = tempfile.mkdtemp(prefix="sos-lint-chromium-")
    tools = DevTools(profile)
    try:
        target = tools.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = tools.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Network.enable", "Page.enable"):
            tools.send(domain, session=session)
        if size:
            tools.send("Emulation.setDeviceMetricsOverride",
                       {"width": size[0], "height": size[1], "deviceScaleFactor": 1, "mobile": False},
                       session=session)
        tools.send("Page.navigate", {"url": url}, session=session)
        tools.wait_for("Page.loadEventFired")
        yield Page(tools, session)
    finally:
        tools.close()
        shutil.rmtree(profile, ignore_errors=True)
