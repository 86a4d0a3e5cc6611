"""Round 33 (review33d, a team manager's trial, Q#8): the live room.

- "Show names" asks first and says plainly what will be shown: the page asks with a confirm box,
  the API refuses "names" without "confirm": true (409, the same words).
- Draft numbers are drawn at random from the free numbers, so "Draft 1" is not the first to sit down.
The browser test drives Debian's chromium against a real `sos-lint serve` process on loopback.
"""
from __future__ import annotations

import re

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from sos_lint.web import create_app, room_store  # noqa: E402
from sos_lint.web.rooms import NAMES_WARNING  # noqa: E402

WORRY = ("The nursery is worried that Lee hits Mum when he drinks. On 3 June Ellie, who is 4, saw Lee push Mum "
         "against the fridge. If nothing changes, Ellie could be hurt.")
THIN = "There are concerns about domestic abuse in the home."


@pytest.fixture(scope="module")
def app():
    application = create_app()
    with TestClient(application):
        yield application


def _start(app) -> tuple[TestClient, str]:
    host = TestClient(app)
    response = host.post("/rooms", data={"case_info": "", "redact": "1"}, follow_redirects=False)
    return host, response.headers["location"].split("/")[2]


def _join(app, code: str, name: str) -> TestClient:
    person = TestClient(app)
    assert person.post(f"/join/{code}", data={"name": name}, follow_redirects=False).status_code == 303
    return person


def test_names_are_not_shown_without_saying_yes(app):
    host, code = _start(app)
    person = _join(app, code, "Marta Nowak")
    person.post(f"/api/v1/rooms/{code}/share", json={"kind": "worry", "text": WORRY})
    refused = host.post(f"/api/v1/rooms/{code}/control", json={"action": "names"})
    assert refused.status_code == 409
    assert "beside their draft, its rank and its score" in refused.json()["detail"]
    assert app.state.rooms.rooms[code].anonymous
    assert "Marta" not in str(app.state.rooms.rooms[code].snapshot)
    shown = host.post(f"/api/v1/rooms/{code}/control", json={"action": "names", "confirm": True})
    assert shown.status_code == 200 and not app.state.rooms.rooms[code].anonymous
    labels = [p["label"] for p in app.state.rooms.rooms[code].snapshot["participants"]]
    assert labels == ["Marta Nowak"]


def test_near_miss_hiding_names_needs_no_confirmation(app):
    host, code = _start(app)
    host.post(f"/api/v1/rooms/{code}/control", json={"action": "names", "confirm": True})
    assert host.post(f"/api/v1/rooms/{code}/control", json={"action": "anonymous"}).status_code == 200
    assert app.state.rooms.rooms[code].anonymous


def test_the_host_page_carries_the_warning_it_asks_with(app):
    host, code = _start(app)
    page = host.get(f"/rooms/{code}/host").text
    assert 'id="toggle-names"' in page and "never for ranking workers" in page


def test_draft_numbers_do_not_follow_the_order_of_joining(app):
    orders = set()
    for _ in range(3):
        _, code = _start(app)
        for i in range(8):
            _join(app, code, f"Worker {i}")
        room = app.state.rooms.rooms[code]
        numbers = [p.number for p in room.participants.values()]  # in join order (dicts keep it)
        assert len(set(numbers)) == 8 and all(1 <= n <= room_store.MAX_PARTICIPANTS for n in numbers)
        orders.add(tuple(numbers))
    # Join order would give (1, 2, …, 8) every time; random draws from 60 give it almost never.
    assert tuple(range(1, 9)) not in orders and len(orders) == 3


def test_a_full_room_still_gets_every_number_once():
    room = room_store.Room("ABCDEFGH", "secret")
    for _ in range(room_store.MAX_PARTICIPANTS):
        room_store.join(room, "")
    assert sorted(p.number for p in room.participants.values()) == list(range(1, room_store.MAX_PARTICIPANTS + 1))
    with pytest.raises(room_store.RoomError):
        room_store.join(room, "")


# -- in a real browser -----------------------------------------------------------------------------

try:
    from test_web_browser import (CHROMEDRIVER, CHROMIUM, By, browsers, chrome, no_network, server, wait)  # noqa: F401
    HAVE_BROWSER = CHROMIUM.exists() and CHROMEDRIVER.exists()
except Exception:  # selenium missing
    HAVE_BROWSER = False



def _labels(driver) -> list[str]:
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('section.kind[data-kind=\"worry\"] table:first-of-type tbody tr'))"
        ".map(row => row.querySelector('td').textContent)")


@pytest.mark.slow
@pytest.mark.skipif(not HAVE_BROWSER, reason="needs Debian's chromium and chromium-driver")
def test_show_names_asks_first_in_a_browser(server, browsers):
    host = browsers()
    host.get(server["url"] + "/rooms")
    host.find_element(By.ID, "start-room").click()
    wait(host, lambda d: d.find_elements(By.ID, "join-link"))
    link = host.find_element(By.ID, "join-link").get_attribute("href")
    numbers, persons = {}, {}
    for name, text in (("Marta", WORRY), ("Olu", THIN)):
        person = persons[name] = browsers()
        person.get(link)
        person.find_element(By.ID, "display-name").send_keys(name)
        person.find_element(By.ID, "join-room").click()
        wait(person, lambda d: d.find_elements(By.ID, "worry-draft"))
        numbers[name] = re.search(r"as Draft (\d+)", person.find_element(By.TAG_NAME, "body").text).group(1)
        person.find_element(By.ID, "worry-draft").send_keys(text)
        person.find_element(By.ID, "worry-share").click()
        wait(person, lambda d: "Shared (1 time" in d.find_element(By.ID, "worry-shared").text)
    wait(host, lambda d: len(_labels(d)) == 2)
    assert _labels(host) == [f"Draft {numbers['Marta']}", f"Draft {numbers['Olu']}"]

    # Saying no leaves the projector anonymous.
    host.find_element(By.ID, "toggle-names").click()
    alert = host.switch_to.alert
    assert "beside their draft, its rank and its score" in alert.text and "Draft N" in alert.text
    alert.dismiss()
    wait(host, lambda d: "Names stay hidden" in d.find_element(By.ID, "host-status").text)
    assert _labels(host) == [f"Draft {numbers['Marta']}", f"Draft {numbers['Olu']}"]
    assert host.find_element(By.ID, "toggle-names").text == "Show names"

    # Saying yes shows them; hiding them again asks nothing.
    host.find_element(By.ID, "toggle-names").click()
    host.switch_to.alert.accept()
    wait(host, lambda d: _labels(d) == ["Marta", "Olu"])
    host.find_element(By.ID, "toggle-names").click()
    # Round 40 (C#5): hiding names gives every draft a new number (the old ones were seen beside the
    # names); each person's page learns theirs.
    wait(host, lambda d: len(_labels(d)) == 2 and all(label.startswith("Draft ") for label in _labels(d)))
    for name, person in persons.items():
        wait(person, lambda d: re.search(r"Draft (\d+)", d.find_element(By.ID, "who-you-are").text).group(1)
             != numbers[name], 20)
        numbers[name] = re.search(r"Draft (\d+)", person.find_element(By.ID, "who-you-are").text).group(1)
    assert sorted(_labels(host)) == sorted([f"Draft {numbers['Marta']}", f"Draft {numbers['Olu']}"])
