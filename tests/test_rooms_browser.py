"""A group exercise in real browsers: a supervisor's projector and three participants, each in their
own chromium profile, against a real `sos-lint serve` process on loopback."""
from __future__ import annotations

import re

import pytest

from test_web_browser import (CHROMEDRIVER, CHROMIUM, LABELLED, browsers, chrome, By, no_network,  # noqa: F401
                              pictures, server, shoot, wait, webdriver)

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
                                                   reason="needs Debian's chromium and chromium-driver")]

DRAFTS = {
    "Priya": ("Noah's teacher and the social worker are worried that Dad drinks most evenings and shouts at Noah. "
              "Last Friday the neighbour heard Dad shouting and Noah crying at 11pm. Noah told his teacher he hides "
              "under his bed. If nothing changes, Noah could get hurt when Dad is drunk."),
    "Sam": "Concerns regarding Dad's alcohol misuse and DV. Noah is at risk of significant harm.",
    "Alex": ("The social worker is worried that Dad drinks in the evening. Noah is scared at home. "
             "Concerns regarding neglect."),
}




def ranked_authors(driver) -> list[str]:
    # One script call: the projector redraws as events arrive, so element handles go stale.
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('section.kind[data-kind=\"worry\"] table:first-of-type tbody tr'))"
        ".map(row => row.querySelector('td').textContent)")


def test_a_group_exercise_from_start_to_end(server, browsers, pictures):
    host = browsers()
    host.get(server["url"] + "/rooms")
    host.find_element(By.ID, "case-info").send_keys("Noah is 6 and lives with Dad. <b>Neighbours</b> have heard shouting.")
    host.find_element(By.ID, "start-room").click()
    wait(host, lambda d: d.find_elements(By.ID, "join-link"))
    link = host.find_element(By.ID, "join-link").get_attribute("href")
    code = link.rsplit("/", 1)[1]
    assert host.find_element(By.ID, "join-code-shown").text.replace(" ", "") == code
    assert host.find_elements(By.CSS_SELECTOR, "figure.qr svg.segno path")
    assert host.execute_script(LABELLED) == []
    wait(host, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-version") == "0")

    people = {}
    for name, text in DRAFTS.items():
        person = browsers()
        person.get(link)
        person.find_element(By.ID, "display-name").send_keys(name)
        person.find_element(By.ID, "join-room").click()
        wait(person, lambda d: d.find_elements(By.ID, "worry-draft"))
        assert "<b>Neighbours</b>" in person.find_element(By.ID, "case-info").text
        person.find_element(By.ID, "worry-draft").send_keys(text)
        wait(person, lambda d: d.find_elements(By.CSS_SELECTOR, "#worry-report .score-value"))  # private live check
        assert person.execute_script(LABELLED) == []
        people[name] = person
    # Nobody has shared yet: the projector has nothing, however much has been typed.
    assert host.find_element(By.TAG_NAME, "body").get_attribute("data-version") == "0"
    for person in people.values():
        person.find_element(By.ID, "worry-share").click()
        wait(person, lambda d: "Shared (1 time" in d.find_element(By.ID, "worry-shared").text)

    wait(host, lambda d: len(ranked_authors(d)) == 3)
    # Round 33: draft numbers are drawn at random, so Priya learns hers from her own page.
    priya = re.search(r"as Draft (\d+)", people["Priya"].find_element(By.TAG_NAME, "body").text).group(1)
    assert ranked_authors(host)[0] == f"Draft {priya}"  # Priya's draft is the best, and stays anonymous
    live = host.find_element(By.ID, "live").text
    assert not any(name in live for name in DRAFTS)
    assert f"Draft {priya}: “Child A's teacher and the social worker are worried" in live  # the best wording
    assert "Noah" not in live  # redacted on arrival
    shoot(host, pictures, "web-room-projector.png", 1280, 1600)
    shoot(people["Sam"], pictures, "web-room-participant.png", 390, 1400)

    host.find_element(By.ID, "toggle-names").click()
    host.switch_to.alert.accept()  # round 33: it asks first
    wait(host, lambda d: ranked_authors(d) and ranked_authors(d)[0] == "Priya")
    assert set(ranked_authors(host)) == set(DRAFTS)

    report = host.execute_async_script(
        "const url = arguments[0], done = arguments[1];"
        "fetch(url).then(r => r.text()).then(done, e => done('failed: ' + e));", f"/rooms/{code}/report")
    assert "Group comparison" in report and "Priya" in report

    end = host.find_element(By.ID, "end")
    end.click()
    end.click()
    wait(host, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ended") == "true")
    people["Alex"].get(link)
    assert "over" in people["Alex"].find_element(By.ID, "over-message").text
    wait(people["Sam"], lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ended") == "true", 20)
