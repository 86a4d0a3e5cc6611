"""Group-supervision rooms, in memory only: who joined, the latest draft each shared, and the live
comparison the projector shows. Nothing here is written to disk or logged; ending a room, or leaving
it idle past the limit, drops every reference to it."""
from __future__ import annotations

import asyncio
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field

from starlette.concurrency import run_in_threadpool

# 32 letters and digits without look-alikes (0/O, 1/I): 8 of them give 32^8 ≈ 10^12 codes.
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
DEFAULT_IDLE_HOURS = 3.0
MAX_ROOMS = 200
MAX_PARTICIPANTS = 60
_JOIN_LOCK = threading.Lock()
JOIN_TRIES_PER_MINUTE = 20  # per address: guessing codes is hopeless at this pace


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def tidy_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch in ALPHABET)[:CODE_LENGTH]


@dataclass
class Participant:
    number: int  # "Draft N": drawn at random from the free numbers (round 33), never the join order
    secret: str
    name: str  # "" when they stay anonymous
    shares: int = 0  # how many times they pressed "share": the load test counts these


@dataclass
class Shared:
    kind: str
    text: str  # as shared, redacted when the room redacts
    reports: list
    spans: dict


@dataclass
class Room:
    code: str
    secret: str
    case_info: str = ""
    anonymous: bool = True
    locked: bool = False
    redact: bool = True
    ended: bool = False
    touched: float = field(default_factory=time.monotonic)
    participants: dict[str, Participant] = field(default_factory=dict)
    drafts: dict[tuple[str, str], Shared] = field(default_factory=dict)  # (participant id, kind) -> latest
    redactor: object | None = None
    version: int = 0
    snapshot: dict | None = None
    listeners: set = field(default_factory=set)
    _publishing: bool = False
    _again: bool = False

    def label(self, pid: str) -> str:
        """What the projector calls this participant: "Draft N" unless names are shown and given."""
        person = self.participants[pid]
        if self.anonymous or not person.name:
            return f"Draft {person.number}"
        same = [p for p in self.participants.values() if p.name.lower() == person.name.lower()]
        return person.name if len(same) == 1 else f"{person.name} ({person.number})"


class RoomStore:
    def __init__(self, idle_hours: float = DEFAULT_IDLE_HOURS):
        self.rooms: dict[str, Room] = {}
        self.ended: dict[str, float] = {}  # codes only, so an old join link can say the exercise is over
        self.idle_seconds = idle_hours * 3600
        self._tries: dict[str, deque] = {}

    def create(self, case_info: str, redact: bool) -> Room:
        self.prune()
        if len(self.rooms) >= MAX_ROOMS:
            raise RoomError(503, "This server is running as many group exercises as it can. Try again later.")
        code = new_code()
        while code in self.rooms or code in self.ended:
            code = new_code()
        room = Room(code, secrets.token_urlsafe(32), case_info=case_info.strip(), redact=redact)
        self.rooms[code] = room
        return room

    def get(self, code: str) -> Room | None:
        room = self.rooms.get(tidy_code(code))
        if room is not None:
            room.touched = time.monotonic()
        return room

    def end(self, room: Room) -> None:
        self.rooms.pop(room.code, None)
        self.ended[room.code] = time.monotonic()
        room.ended = True
        for queue in list(room.listeners):
            _offer(queue, {"ended": True})
        room.participants.clear()
        room.drafts.clear()
        room.snapshot = None
        room.redactor = None

    def prune(self) -> int:
        """End rooms idle past the limit; forget old ended codes. Returns how many rooms ended."""
        now = time.monotonic()
        idle = [r for r in self.rooms.values() if now - r.touched > self.idle_seconds]
        for room in idle:
            self.end(room)
        for code in [c for c, t in self.ended.items() if now - t > self.idle_seconds]:
            del self.ended[code]
        return len(idle)

    def too_many_tries(self, address: str) -> bool:
        """Wrong codes from one address in the last minute; right ones never count, so a whole team
        behind one office address can still join."""
        now = time.monotonic()
        tries = self._tries.get(address)
        while tries and now - tries[0] > 60:
            tries.popleft()
        return bool(tries) and len(tries) >= JOIN_TRIES_PER_MINUTE

    def wrong_code(self, address: str) -> None:
        now = time.monotonic()
        if len(self._tries) > 10_000:  # forget quiet addresses rather than grow without bound
            self._tries = {a: t for a, t in self._tries.items() if t and now - t[-1] < 60}
        self._tries.setdefault(address, deque()).append(now)


def new_redactor(checker):
    """One Redactor per room, so a name gets the same placeholder in every draft shared there."""
    from ..redact import Redactor

    return Redactor(checker.engine.nlp, checker.engine.config.names)


def release_memory() -> None:
    """After a room ends: collect its objects now and hand freed pages back to the system (glibc),
    so the server's memory goes back down instead of waiting for the next allocation to reuse it."""
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass  # not glibc: the memory is still free for Python to reuse


class RoomError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def join(room: Room, name: str) -> tuple[str, Participant]:
    if room.locked:
        raise RoomError(423, "The supervisor has locked this exercise: no one new can join.")
    # Numbers are handed out under a lock: two people joining at the same moment must never both be
    # "Draft 3" (the supervisor's "remove Draft 3" would then take the wrong person's draft away).
    with _JOIN_LOCK:
        if len(room.participants) >= MAX_PARTICIPANTS:
            raise RoomError(423, "This exercise is full.")
        pid = secrets.token_urlsafe(9)
        person = Participant(draft_number(room), secrets.token_urlsafe(24), name.strip()[:60])
        room.participants[pid] = person
    return pid, person


# Round 35 (a conference chair's trial, C#10: three people were "Draft 47", "Draft 48" and "Draft 53"):
# numbers are drawn from the smallest ones, 1 to the larger of this and twice the room's size after
# this join, so a small group is "Draft 2", "Draft 5", "Draft 6" and the order of joining still
# cannot be read from them.
SMALL_ROOM_NUMBERS = 6


def draft_number(room: Room) -> int:
    """A number no one in the room holds, drawn at random from the free numbers up to
    max(SMALL_ROOM_NUMBERS, twice the room's size with this person), never above MAX_PARTICIPANTS.
    Round 33 (a team manager's trial): numbered in join order, a room that saw who sat down first
    could tell who wrote "Draft 1". Called under the join lock."""
    taken = {p.number for p in room.participants.values()}
    top = min(MAX_PARTICIPANTS, max(SMALL_ROOM_NUMBERS, 2 * (len(taken) + 1)))
    free = [n for n in range(1, top + 1) if n not in taken] or \
        [n for n in range(1, MAX_PARTICIPANTS + 1) if n not in taken]
    return secrets.choice(free)


async def share(room: Room, checker, pid: str, kind: str, text: str) -> int:
    """Check (and redact) a participant's draft, keep it as their latest, and refresh the projector."""
    if room.locked:
        raise RoomError(423, "The supervisor has locked this exercise: drafts can no longer be shared.")
    if room.redact and room.redactor is None:
        room.redactor = await run_in_threadpool(new_redactor, checker)
    kept, reports, spans = await run_in_threadpool(checker.redact_and_check, room.redactor if room.redact else None,
                                                   text, kind, "shared")
    if room.ended or pid not in room.participants:
        raise RoomError(410, "This exercise has ended.")
    for report in reports:
        report.kind = kind  # the participant said which box it came from; headings inside cannot change it
    room.drafts[(pid, kind)] = Shared(kind, kept, reports, spans)
    room.participants[pid].shares += 1
    room.version += 1
    await publish(room)
    return room.version


async def publish(room: Room) -> None:
    """Rebuild the comparison and hand it to every projector. Shares that land while a rebuild runs
    are folded into one more rebuild, so a burst costs two rebuilds, not one per share."""
    if room._publishing:
        room._again = True
        return
    room._publishing = True
    try:
        while True:
            room._again = False
            snapshot = await build_snapshot(room)
            if room.ended:
                return
            room.snapshot = snapshot
            for queue in list(room.listeners):
                _offer(queue, snapshot)
            if not room._again:
                break
    finally:
        room._publishing = False


async def build_snapshot(room: Room) -> dict:
    """What the projector shows: the comparison (`compare --format json`), kind by kind, plus who has
    shared what. The inputs are copied here on the event loop; the comparison itself (pure Python
    over reports already made, no parsing) runs in the thread pool."""
    statements, spans = statements_of(room)
    people = []
    for pid, person in sorted(room.participants.items(), key=lambda item: item[1].number):
        kinds = [kind for (owner, kind) in room.drafts if owner == pid]
        people.append({"number": person.number, "label": room.label(pid), "kinds": sorted(kinds),
                       "shares": person.shares})
    head = {"version": room.version, "case_info": room.case_info, "anonymous": room.anonymous,
            "locked": room.locked, "redacted": room.redact, "participants": people}
    comparison = await run_in_threadpool(compare_statements, statements, spans) if statements else None
    return {**head, "comparison": comparison.to_dict() if comparison else None}


def statements_of(room: Room) -> tuple[list, dict]:
    drafts = sorted(room.drafts.items(), key=lambda item: (room.participants[item[0][0]].number, item[0][1]))
    spans: dict = {}
    statements = []
    for (pid, _), shared in drafts:
        spans.update(shared.spans)
        statements += [(room.label(pid), report) for report in shared.reports]
    return statements, spans


def compare_statements(statements: list, spans: dict):
    from ..compare import compare, sentence_spans

    return compare(statements, lambda text: spans.get(text) or sentence_spans(text),
                   marks=lambda text: spans.get(("marks", text)) or [])


def _offer(queue: asyncio.Queue, item: dict) -> None:
    """Projectors only need the latest picture: drop an older one still waiting."""
    while not queue.empty():
        try:
            queue.get_nowait()
        except asyncio.QueueEmpty:
            break
    queue.put_nowait(item)
