"""Group-supervision rooms through the app's test client: who may see and do what, redaction on
arrival, live updates over server-sent events, ending and idle limits that leave nothing behind."""
from __future__ import annotations

import gc
import json
import time
import weakref
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from sos_lint.web import create_app  # noqa: E402
from sos_lint.web import room_store  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
WORRY = ("The social worker is worried that Noah's dad, Mark Smith, drinks every night at 14 Elm Road "
         "and shouts at Noah. Noah told his teacher he hides in his room.")
WORRY_2 = "Concerns regarding DV and neglect. Noah is at risk of significant harm."
GOAL = ("Dad, Noah needs to feel safe at home. For this to happen, you will not drink when Noah is at home. "
        "Nana Jean will visit every Sunday. We need to see this for the next 3 months.")
PAYLOAD = '<img src=x onerror="alert(1)">'


@pytest.fixture(scope="module")
def app():
    application = create_app()
    with TestClient(application):  # runs the lifespan: the engine loads once
        yield application


def start(app, **form) -> tuple[TestClient, str]:
    host = TestClient(app)
    response = host.post("/rooms", data={"case_info": "Noah is 6.", "redact": "1", **form}, follow_redirects=False)
    assert response.status_code == 303
    return host, response.headers["location"].split("/")[2]


def joined(app, code: str, name: str = "") -> TestClient:
    person = TestClient(app)
    response = person.post(f"/join/{code}", data={"name": name}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == f"/rooms/{code}/write"
    return person


def snapshot(app, code: str) -> dict:
    return app.state.rooms.rooms[code].snapshot


def test_a_room_has_an_unguessable_code_a_link_and_a_qr_code(app):
    host, code = start(app, case_info=f"Noah is 6. {PAYLOAD}")
    assert len(code) == 8 and set(code) <= set(room_store.ALPHABET)
    page = host.get(f"/rooms/{code}/host").text
    assert f"/join/{code}" in page and '<svg viewBox' in page and 'class="segno"' in page
    assert PAYLOAD not in page and "&lt;img src=x" in page
    assert "<script>" not in page.replace('<script src="/static/common.js"></script>', "").replace(
        '<script src="/static/host.js"></script>', "")


def test_participants_see_the_case_but_never_the_drafts(app):
    host, code = start(app)
    writer = joined(app, code, "Priya")
    page = writer.get(f"/rooms/{code}/write")
    # Round 32: the room redacts, so the case information reaches joiners redacted like the drafts.
    assert page.status_code == 200 and "Child A is 6." in page.text and "Noah" not in page.text
    for method, path in [("GET", f"/rooms/{code}/host"), ("GET", f"/api/v1/rooms/{code}/events"),
                         ("GET", f"/rooms/{code}/report")]:
        assert writer.request(method, path).status_code == 403
    assert writer.post(f"/api/v1/rooms/{code}/control", json={"action": "names"}).status_code == 403
    # Round 40 (C#4, C#5): also their own number and their own shared drafts ("mine"), never anyone else's.
    state = writer.get(f"/api/v1/rooms/{code}/status").json()
    assert set(state) == {"open", "locked", "case_info", "number", "anonymous", "name_shown", "mine"}
    assert state["mine"] == {}
    stranger = TestClient(app)
    assert stranger.post(f"/api/v1/rooms/{code}/share", json={"kind": "worry", "text": WORRY}).status_code == 403


@pytest.fixture
def join_order(monkeypatch):
    """Numbers in join order, for the tests below that name "Draft 1": the random numbering itself
    (round 33) is tested in test_rooms_round33.py."""
    monkeypatch.setattr(room_store, "draft_number",
                        lambda room: max((p.number for p in room.participants.values()), default=0) + 1)


def test_shared_drafts_are_redacted_ranked_and_anonymous_by_default(app, join_order):
    host, code = start(app)
    first, second = joined(app, code, "Priya"), joined(app, code, PAYLOAD)
    assert first.post(f"/api/v1/rooms/{code}/share", json={"kind": "worry", "text": WORRY}).json()["shares"] == 1
    second.post(f"/api/v1/rooms/{code}/share", json={"kind": "worry", "text": WORRY_2})
    second.post(f"/api/v1/rooms/{code}/share", json={"kind": "goal", "text": GOAL})
    shown = snapshot(app, code)
    as_text = json.dumps(shown)
    assert "Mark Smith" not in as_text and "Elm Road" not in as_text and "Priya" not in as_text
    assert [p["label"] for p in shown["participants"]] == ["Draft 1", "Draft 2"]
    kinds = {k["kind"]: k for k in shown["comparison"]["comparisons"]}
    assert set(kinds) == {"worry", "goal"}  # worries and goals are compared separately
    assert [r["author"] for r in kinds["worry"]["ranking"]] == ["Draft 1", "Draft 2"]
    assert any(c["best"] and c["best"]["author"] == "Draft 1" for c in kinds["worry"]["components"])

    host.post(f"/api/v1/rooms/{code}/control", json={"action": "names", "confirm": True})
    named = snapshot(app, code)
    assert [p["label"] for p in named["participants"]] == ["Priya", PAYLOAD]  # JSON; the page sets it as text

    # Improving a draft and sharing again replaces it: the projector shows the latest only.
    first.post(f"/api/v1/rooms/{code}/share", json={"kind": "worry", "text": WORRY + " If nothing changes, Noah could get hurt."})
    latest = snapshot(app, code)
    worry = next(k for k in latest["comparison"]["comparisons"] if k["kind"] == "worry")
    assert len(worry["ranking"]) == 2 and latest["participants"][0]["shares"] == 2

    host.post(f"/api/v1/rooms/{code}/control", json={"action": "remove", "number": 2})
    remaining = snapshot(app, code)["comparison"]["comparisons"]
    assert [k["kind"] for k in remaining] == ["worry"] and len(remaining[0]["ranking"]) == 1


def test_export_is_the_compare_html_report(app, join_order):
    host, code = start(app)
    for text in (WORRY, WORRY_2):
        joined(app, code).post(f"/api/v1/rooms/{code}/share", json={"kind": "worry", "text": text})
    report = host.get(f"/rooms/{code}/report")
    assert report.status_code == 200 and "attachment" in report.headers["content-disposition"]
    assert "Group comparison" in report.text and "Draft 1" in report.text and "Mark Smith" not in report.text


def test_a_locked_room_takes_no_one_new_and_no_shares(app):
    host, code = start(app)
    writer = joined(app, code)
    host.post(f"/api/v1/rooms/{code}/control", json={"action": "lock"})
    assert TestClient(app).post(f"/join/{code}", data={"name": ""}).status_code == 423
    assert writer.post(f"/api/v1/rooms/{code}/share", json={"kind": "worry", "text": WORRY}).status_code == 423
    host.post(f"/api/v1/rooms/{code}/control", json={"action": "unlock"})
    assert writer.post(f"/api/v1/rooms/{code}/share", json={"kind": "worry", "text": WORRY}).status_code == 200


def test_the_projector_gets_each_share_over_server_sent_events_and_the_end(app):
    host, code = start(app)
    writer = joined(app, code)
    seen = []
    with host.stream("GET", f"/api/v1/rooms/{code}/events") as stream:
        assert stream.headers["content-type"].startswith("text/event-stream")
        lines = stream.iter_lines()
        for line in lines:
            if line.startswith("data:"):
                seen.append(json.loads(line[5:]))
                if len(seen) == 1:
                    writer.post(f"/api/v1/rooms/{code}/share", json={"kind": "worry", "text": WORRY})
                else:
                    break
        assert seen[0]["comparison"] is None and seen[1]["version"] == 1
        host.post(f"/api/v1/rooms/{code}/control", json={"action": "end"})
        assert "event: ended" in list(lines)


def test_ending_leaves_nothing_behind_and_the_link_says_it_is_over(app):
    host, code = start(app)
    writer = joined(app, code, "Sam")
    writer.post(f"/api/v1/rooms/{code}/share", json={"kind": "worry", "text": WORRY})
    room = weakref.ref(app.state.rooms.rooms[code])
    assert host.post(f"/api/v1/rooms/{code}/control", json={"action": "end"}).json() == {"ended": True}
    gc.collect()
    assert room() is None and code not in app.state.rooms.rooms  # memory really let go
    over = writer.get(f"/join/{code}")
    assert over.status_code == 410 and "over" in over.text
    assert writer.get(f"/api/v1/rooms/{code}/status").json()["open"] is False
    assert host.get(f"/rooms/{code}/host").status_code == 410


def test_idle_rooms_are_destroyed():
    store = room_store.RoomStore(idle_hours=0.001)
    room = store.create("", True)
    room.touched -= 10
    store.prune()
    assert room.code not in store.rooms and room.ended and not room.participants


def test_guessing_codes_is_rate_limited_but_a_team_can_join(app):
    app.state.rooms._tries.clear()
    host, code = start(app)
    for _ in range(room_store.JOIN_TRIES_PER_MINUTE + 5):  # one office address, many people: all get in
        joined(app, code)
    guesser = TestClient(app)
    statuses = [guesser.get(f"/join/{room_store.new_code()}").status_code for _ in range(room_store.JOIN_TRIES_PER_MINUTE + 1)]
    assert statuses[:-1] == [404] * room_store.JOIN_TRIES_PER_MINUTE and statuses[-1] == 429
    assert guesser.get(f"/join/{code}").status_code == 429  # even the right code, until the minute is up
    app.state.rooms._tries.clear()


def test_people_joining_at_the_same_moment_get_different_draft_numbers(app, monkeypatch):
    """Two people who join at once must never both be "Draft 3": the projector would merge them and
    the supervisor's "remove Draft 3" could take the wrong person's draft away. The code generator
    is slowed down here so that joins overlap as they do on a busy server."""
    from concurrent.futures import ThreadPoolExecutor
    import secrets as real_secrets

    host, code = start(app)
    token = real_secrets.token_urlsafe

    def slow_token(n):
        time.sleep(0.02)
        return token(n)

    monkeypatch.setattr(room_store.secrets, "token_urlsafe", slow_token)
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda i: joined(app, code, f"P{i}"), range(16)))
    numbers = sorted(p.number for p in app.state.rooms.rooms[code].participants.values())
    assert len(set(numbers)) == 16 and all(1 <= n <= room_store.MAX_PARTICIPANTS for n in numbers)


def test_a_participant_is_told_which_draft_is_theirs(app, join_order):
    host, code = start(app)
    joined(app, code, "Priya")
    second = joined(app, code)
    assert "the group sees your drafts as Draft 2" in second.get(f"/rooms/{code}/write").text
    answer = second.post(f"/api/v1/rooms/{code}/share", json={"kind": "worry", "text": WORRY}).json()
    assert answer["number"] == 2 and answer["shares"] == 1
    assert [p["label"] for p in snapshot(app, code)["participants"]] == ["Draft 1", "Draft 2"]
