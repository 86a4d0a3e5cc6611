"""Speed of `sos-lint serve`: a real server process on loopback and a real HTTP client.

1. Time from starting `sos-lint serve` to its first answer (spaCy and the model load in between).
2. Warm POST /api/v1/check on 150-word worry statements, one client: p50 and p95 (target p95 <= 100 ms).
3. Eight clients at once: statements per second, as a ratio to `check_many` on the same texts in this
   same run (target >= 0.8), so a slow or busy machine moves both figures together.
4. Peak memory (VmHWM) of the server process.
Bounded: a fixed number of requests, and every phase stops at its time limit.
Run with: python benchmarks/bench_web.py   (traffic stays on 127.0.0.1)
"""
from __future__ import annotations

import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORDS = 150
SINGLE_REQUESTS, CONCURRENT_REQUESTS, CLIENTS = 120, 160, 8
PHASE_LIMIT_S = 120


def statements(n: int = 40) -> list[str]:
    """n different worry statements of about 150 words, made of whole corpus sentences."""
    rows = []
    for path in sorted((ROOT / "corpus").glob("part_*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    sentences = [s.strip() + "." for r in rows if r["kind"] == "worry" for s in r["text"].split(". ") if s.strip()]
    out, i = [], 0
    while len(out) < n:
        parts, words = [], 0
        while words < WORDS - 8:
            sentence = sentences[i % len(sentences)].replace("..", ".")
            parts.append(sentence)
            words += len(sentence.split())
            i += 1
        out.append(" ".join(parts))
    return out


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Client:
    """One keep-alive HTTP connection, as a case system's integration would hold."""

    def __init__(self, port: int):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def check(self, text: str) -> float:
        body = json.dumps({"text": text, "kind": "worry"})
        started = time.perf_counter()
        self.connection.request("POST", "/api/v1/check", body, {"Content-Type": "application/json"})
        response = self.connection.getresponse()
        payload = response.read()
        elapsed = time.perf_counter() - started
        if response.status != 200 or not json.loads(payload)["reports"]:
            raise RuntimeError(f"check failed with {response.status}")
        return elapsed


def start_server(port: int) -> tuple[subprocess.Popen, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "sos_lint.cli", "serve", "--port", str(port)],
                               cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = started + PHASE_LIMIT_S
    while time.perf_counter() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/api/v1/health")
            if connection.getresponse().status == 200:
                return process, time.perf_counter() - started
        except OSError:
            time.sleep(0.05)
        if process.poll() is not None:
            raise RuntimeError("sos-lint serve exited before it was ready")
    process.kill()
    raise RuntimeError("sos-lint serve was not ready in time")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (from /proc), for a figure the machine's load moves less."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def one_client(port: int, texts: list[str]) -> list[float]:
    client, times = Client(port), []
    for text in texts[:10]:  # warm-up: the first requests build caches
        client.check(text)
    limit = time.perf_counter() + PHASE_LIMIT_S
    for n in range(SINGLE_REQUESTS):
        if time.perf_counter() > limit:
            break
        times.append(client.check(texts[n % len(texts)]))
    return times


def many_clients(port: int, texts: list[str]) -> tuple[int, float]:
    per_client = CONCURRENT_REQUESTS // CLIENTS
    limit = time.perf_counter() + PHASE_LIMIT_S

    def work(index: int) -> int:
        client, done = Client(port), 0
        for n in range(per_client):
            if time.perf_counter() > limit:
                break
            client.check(texts[(index * per_client + n) % len(texts)])
            done += 1
        return done

    started = time.perf_counter()
    with ThreadPoolExecutor(CLIENTS) as pool:
        done = sum(pool.map(work, range(CLIENTS)))
    return done, time.perf_counter() - started


def baseline(texts: list[str]) -> tuple[float, float]:
    """check_many on the same texts in this process: (statements per second, CPU seconds per statement),
    best of three."""
    from sos_lint.api import engine

    eng = engine()
    eng.check_many(texts[:10], ["worry"] * 10)
    batch = [texts[n % len(texts)] for n in range(CONCURRENT_REQUESTS)]
    runs = []
    for _ in range(3):
        cpu = time.process_time()
        wall = _timed(lambda: eng.check_many(batch, ["worry"] * len(batch)))
        runs.append((wall, time.process_time() - cpu))
    wall, cpu = min(runs)
    return len(batch) / wall, cpu / len(batch)


def _timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main() -> None:
    texts = statements()
    mean_words = statistics.mean(len(t.split()) for t in texts)
    port = free_port()
    process, ready = start_server(port)
    try:
        idle_mb = peak_rss_mb(process.pid)
        cpu_before = cpu_seconds(process.pid)
        times = one_client(port, texts)
        single_cpu = (cpu_seconds(process.pid) - cpu_before) / (len(times) + 10)
        cpu_before = cpu_seconds(process.pid)
        done, wall = many_clients(port, texts)
        server_cpu = (cpu_seconds(process.pid) - cpu_before) / done
        peak_mb = peak_rss_mb(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=30)
    served = done / wall
    direct, direct_cpu = baseline(texts)
    p50, p95 = percentile(times, 0.50) * 1000, percentile(times, 0.95) * 1000
    print(f"statements: {len(texts)} different, {mean_words:.0f} words on average")
    print(f"serve to ready:               {ready:6.2f} s")
    print(f"1 client, {len(times)} warm checks:  p50 {p50:5.1f} ms   p95 {p95:5.1f} ms   (target p95 <= 100 ms)")
    print(f"  server CPU per warm check:  {single_cpu * 1000:6.0f} ms   (wall minus this is waiting for a core)")
    print(f"{CLIENTS} clients, {done} checks:        {served:6.1f} statements/s over HTTP")
    print(f"check_many, same texts:       {direct:6.1f} statements/s in process")
    print(f"load average at the end:      {os.getloadavg()[0]:6.1f}   on {os.cpu_count()} cores")
    print(f"ratio HTTP / check_many:      {served / direct:6.2f}   (target >= 0.8)")
    print(f"CPU per statement:            {server_cpu * 1000:6.0f} ms served, {direct_cpu * 1000:.0f} ms in process"
          f"   (ratio {direct_cpu / server_cpu:.2f}; less moved by other load on the machine)")
    print(f"server memory (peak RSS):     {peak_mb:6.0f} MB   (after start-up: {idle_mb:.0f} MB)")


if __name__ == "__main__":
    main()
