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
    # Round 40 (C#13): "Shared (2 times so far)" after one goal share counted the worry share too.
    kind_shares: dict = field(default_factory=dict)  # kind -> shares of that kind


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
    # Round 40 (C#13): drafts the supervisor removed, by owner, so "Put them back" can undo a slip.
    # In memory only, like every draft, and dropped when the room ends.
    removed: dict = field(default_factory=dict)
    names_shown_once: bool = False  # names have been on the projector at least once

    def family_name(self, pid: str) -> bool:
        """Round 40 (C#5): a display name that is a name from the family ("Summer", the child) would put
        the child's name back beside redacted text: with redaction on, such a name is never shown."""
        person = self.participants[pid]
        if not (self.redact and person.name and self.redactor is not None):
            return False
        known = {word.lower() for word in getattr(self.redactor, "people", {})}
        return any(word.lower().strip(".,'’") in known for word in person.name.split())

    def label(self, pid: str) -> str:
        """What the projector calls this participant: "Draft N" unless names are shown and given.
        Round 40 (C#5): never the number beside the name ("Sgt Mark Wong (3)" tied the name to the
        number for the rest of the session); two people with one name are "Sam, 1 of 2"."""
        person = self.participants[pid]
        if self.anonymous or not person.name or self.family_name(pid):
            return f"Draft {person.number}"
        same = sorted((p for p in self.participants.values() if p.name.lower() == person.name.lower()),
                      key=lambda p: p.secret)
        return person.name if len(same) == 1 else f"{person.name}, {same.index(person) + 1} of {len(same)}"

    def renumber(self) -> None:
        """Round 40 (C#5): after names were shown, hiding them gives every participant a new number
        drawn at random, so "Draft 5" no longer points to the person the room saw as Grace."""
        with _JOIN_LOCK:
            old = {pid: p.number for pid, p in self.participants.items()}
            for person in self.participants.values():
                person.number = 0
            for pid in sorted(self.participants, key=lambda _: secrets.randbits(32)):
                person = self.participants[pid]
                person.number = draft_number(self, exclude=old[pid] if len(self.participants) > 1 else None)

    def mine(self, pid: str) -> dict:
        """Round 40 (C#4): what the projector shows of this participant's drafts, for their own page
        only: the kind, as shown (redacted when the room redacts)."""
        return {kind: {"text": shared.text[:300] + ("…" if len(shared.text) > 300 else ""),
                       "shares": self.participants[pid].kind_shares.get(kind, 0)}
                for (owner, kind), shared in self.drafts.items() if owner == pid}


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
        room.removed.clear()

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


def draft_number(room: Room, exclude: int | None = None) -> int:
    """A number no one in the room holds, drawn at random from the free numbers up to
    max(SMALL_ROOM_NUMBERS, twice the room's size with this person), never above MAX_PARTICIPANTS.
    Round 33 (a team manager's trial): numbered in join order, a room that saw who sat down first
    could tell who wrote "Draft 1". Called under the join lock."""
    taken = {p.number for p in room.participants.values() if p.number}
    size = max(len(taken) + 1, sum(1 for p in room.participants.values()))
    top = min(MAX_PARTICIPANTS, max(SMALL_ROOM_NUMBERS, 2 * size))
    free = [n for n in range(1, top + 1) if n not in taken and n != exclude] or \
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
    room.removed.pop(pid, None)  # a fresh share replaces whatever the supervisor could put back
    person = room.participants[pid]
    person.shares += 1
    person.kind_shares[kind] = person.kind_shares.get(kind, 0) + 1
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
                       "shares": person.shares, "removed": pid in room.removed,
                       "name_withheld": not room.anonymous and room.family_name(pid)})
    head = {"version": room.version, "case_info": room.case_info, "anonymous": room.anonymous,
            "names_shown_once": room.names_shown_once,
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
