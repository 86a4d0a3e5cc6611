"""Load test of group-supervision rooms: a real `sos-lint serve` on loopback, simulated participants
typing (a check every few seconds) and sharing, and a projector per room following server-sent events.

Reports: p50/p95 time from pressing "share" to the projector receiving the picture that includes it
(target p95 <= 1 s); lost and duplicated drafts, counted (target zero); server memory before the
rooms, at the peak, and after every room has ended (target: back to where it was).
Bounded in time (--seconds) and traffic stays on 127.0.0.1.

Run with: python benchmarks/bench_rooms.py [--rooms 5] [--big 30] [--small 6] [--seconds 120] [--rounds 2]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
# The checkout this file is in, ahead of the installed package: a worktree times its own code.
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))
from bench_web import ROOT, free_port, peak_rss_mb, start_server  # noqa: E402


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def drafts() -> dict[str, list[str]]:
    rows = [json.loads(line) for path in sorted((ROOT / "corpus").glob("part_*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {kind: [r["text"] for r in rows if r["kind"] == kind] for kind in ("worry", "goal")}


class Projector:
    """Follows one room's events; notes when each (participant, share count) first appears."""

    def __init__(self, client: httpx.AsyncClient, code: str):
        self.client, self.code = client, code
        self.seen: dict[tuple[int, int], float] = {}
        self.last: dict | None = None
        self.duplicates = 0

    async def follow(self) -> None:
        async with self.client.stream("GET", f"/api/v1/rooms/{self.code}/events", timeout=None) as stream:
            event = None
            async for line in stream.aiter_lines():
                if line.startswith("event:"):
                    event = line[6:].strip()
                elif line.startswith("data:") and event == "room":
                    now = time.monotonic()
                    snapshot = json.loads(line[5:])
                    self.last = snapshot
                    for person in snapshot["participants"]:
                        for count in range(1, person["shares"] + 1):
                            self.seen.setdefault((person["number"], count), now)
                    for kind in (snapshot["comparison"] or {}).get("comparisons", []):
                        authors = [r["author"] for r in kind["ranking"]]
                        self.duplicates += len(authors) - len(set(authors))
                elif line.startswith("data:") and event == "ended":
                    return


async def post(client: httpx.AsyncClient, path: str, stats: dict, **kwargs) -> httpx.Response:
    """POST, trying once more on a connection the server had just closed, as a browser does."""
    try:
        return await client.post(path, **kwargs)
    except httpx.TransportError:
        stats["retries"] += 1
        return await client.post(path, **kwargs)


async def participant(base: str, code: str, number: int, texts: dict, stop: float, check_every: float,
                      share_every: float, sent: list, stats: dict) -> None:
    rng = random.Random(number * 7919 + hash(code) % 1000)
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        joined = await client.post(f"/join/{code}", data={"name": f"P{number}"})
        if joined.status_code != 303:
            raise RuntimeError(f"joining failed with {joined.status_code}")
        kind = "worry" if number % 2 else "goal"
        text = rng.choice(texts[kind])
        shares = 0
        next_share = time.monotonic() + rng.uniform(5, share_every)
        await asyncio.sleep(rng.uniform(0, check_every))
        while time.monotonic() < stop:
            typed = text[: max(20, int(len(text) * rng.uniform(0.3, 1.0)))]
            response = await post(client, "/api/v1/check", stats, json={"text": typed, "kind": kind})
            stats["checks"] += 1
            stats["check_errors"] += response.status_code != 200
            if response.status_code != 200:  # round 38: why, by status and the refusal's reason (never the text)
                detail = response.json().get("detail", "") if "json" in response.headers.get("content-type", "") else ""
                why = f"{response.status_code} {str(detail).split(';')[0][:60]}".strip()
                stats["check_failures"][why] = stats["check_failures"].get(why, 0) + 1
            if time.monotonic() >= next_share:
                started = time.monotonic()
                response = await post(client, f"/api/v1/rooms/{code}/share", stats, json={"kind": kind, "text": text})
                if response.status_code == 200:
                    shares = response.json()["shares"]
                    # the server's number for this participant: joins that land out of order under
                    # load must not be counted against someone else's draft
                    sent.append((code, response.json()["number"], shares, started))
                else:
                    stats["share_errors"] += 1
                next_share = time.monotonic() + share_every
                text = rng.choice(texts[kind])  # "improves" the draft and will share again
            await asyncio.sleep(check_every)
        stats["shares_sent"] += shares


async def one_round(base: str, pid: int, args, texts: dict) -> dict:
    """Start the rooms, let everyone type and share for args.seconds, count, then end every room."""
    sizes = [args.big] + [args.small] * (args.rooms - 1)
    hosts, projectors, watchers = [], [], []
    for _ in sizes:
        host = httpx.AsyncClient(base_url=base, timeout=60)
        response = await host.post("/rooms", data={"case_info": "Load test.", "redact": "1"})
        code = response.headers["location"].split("/")[2]
        projector = Projector(host, code)
        hosts.append((host, code))
        projectors.append(projector)
        watchers.append(asyncio.create_task(projector.follow()))
    stop = time.monotonic() + args.seconds
    sent: list = []
    stats = {"checks": 0, "check_errors": 0, "share_errors": 0, "shares_sent": 0, "retries": 0, "check_failures": {}}
    people = []
    for (host, code), size in zip(hosts, sizes):
        for number in range(1, size + 1):  # the server says which draft number each one got
            people.append(asyncio.create_task(participant(base, code, number, texts, stop, args.check_every,
                                                          args.share_every, sent, stats)))
            await asyncio.sleep(0.05)
    await asyncio.gather(*people)
    by_code = {p.code: p for p in projectors}
    settle = time.monotonic() + 20  # the last pictures on their way; a share unseen after this is lost
    while time.monotonic() < settle and any((n, c) not in by_code[code].seen for code, n, c, _ in sent):
        await asyncio.sleep(0.2)
    latencies, lost = [], 0
    for code, number, count, started in sent:
        arrived = by_code[code].seen.get((number, count))
        if arrived is None:
            lost += 1
        else:
            latencies.append(arrived - started)
    mismatch = 0
    for projector in projectors:
        shown = {p["number"]: p["shares"] for p in (projector.last or {}).get("participants", [])}
        mine: dict = {}
        for code, number, count, _ in sent:
            if code == projector.code:
                mine[number] = max(mine.get(number, 0), count)
        mismatch += sum(1 for number, count in mine.items() if shown.get(number) != count)
    peak = peak_rss_mb(pid)
    for host, code in hosts:
        await host.post(f"/api/v1/rooms/{code}/control", json={"action": "end"})
    await asyncio.wait_for(asyncio.gather(*watchers), 30)
    for host, _ in hosts:
        await host.aclose()
    await asyncio.sleep(3)
    return {"sizes": sizes, "stats": stats, "sent": len(sent), "latencies": sorted(latencies), "lost": lost,
            "duplicates": sum(p.duplicates for p in projectors), "mismatch": mismatch, "peak": peak,
            "after": rss_mb(pid)}


async def run(args) -> None:
    port = free_port()
    process, ready = start_server(port)
    base = f"http://127.0.0.1:{port}"
    texts = drafts()
    rounds = []
    try:
        async with httpx.AsyncClient(base_url=base, timeout=60) as warm:
            for text in texts["worry"][:5]:
                await warm.post("/api/v1/check", json={"text": text})
        await asyncio.sleep(1)
        before = rss_mb(process.pid)
        for _ in range(args.rounds):
            rounds.append(await one_round(base, process.pid, args, texts))
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except Exception:  # noqa: BLE001 (never leave a server behind)
            process.kill()
    print(f"rooms: {args.rooms} ({' + '.join(map(str, rounds[0]['sizes']))} participants), {args.seconds:.0f} s a round, "
          f"a check every {args.check_every:.0f} s and a share every {args.share_every:.0f} s each")
    print(f"serve to ready: {ready:.2f} s; server memory before any room: {before:.0f} MB")
    for n, r in enumerate(rounds, 1):
        times = r["latencies"]
        pick = lambda share: times[min(len(times) - 1, round(share * (len(times) - 1)))] * 1000  # noqa: E731
        print(f"round {n}:")
        print(f"  checks while typing:      {r['stats']['checks']} ({r['stats']['check_errors']} failed)")
        for why, count in sorted(r["stats"]["check_failures"].items()):
            print(f"    failed {count}x: {why}")
        print(f"  shares:                   {r['sent']} ({r['stats']['share_errors']} failed)")
        print(f"  requests retried:         {r['stats']['retries']}   (connection closed by the server while idle)")
        if times:
            print(f"  share -> projector:       p50 {pick(0.5):6.0f} ms   p95 {pick(0.95):6.0f} ms   "
                  f"max {times[-1] * 1000:6.0f} ms   (target p95 <= 1000 ms)")
        print(f"  lost drafts:              {r['lost']}   (shares the projector never showed)")
        print(f"  duplicated drafts:        {r['duplicates']}   (one author twice in a ranking)")
        print(f"  final count mismatches:   {r['mismatch']}   (projector's share count != participant's)")
        print(f"  server memory:            peak {r['peak']:.0f} MB, after ending the rooms {r['after']:.0f} MB")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rooms", type=int, default=5)
    parser.add_argument("--big", type=int, default=30, help="participants in the first room")
    parser.add_argument("--small", type=int, default=6, help="participants in each other room")
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--check-every", type=float, default=6)
    parser.add_argument("--share-every", type=float, default=30)
    parser.add_argument("--rounds", type=int, default=2, help="the same load again: memory must not keep growing")
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
