"""Round 38 (r38f): the web page, rooms and input.

- The builder's download has the same "Redact" choice as the check page's: the same bytes as
  `sos-lint check --redact --format html` for the same text.
- The room's write page starts with the browser's spelling check off, with the same switch as the
  check page (a browser's online spelling service is sent what a box holds when it is on).
- A statement still being typed after an inline heading ("Worry statement: Dad hits …", no full stop
  yet) is checked, not refused as "headings but no statement" (the rooms benchmark's failed checks
  while typing: 4 of 250).
- The API's and the page's redacted reports keep two adults who share a surname apart (P#4).
- given_names lives beside the configuration loader; the page and the CLI import the same one.

Every statement here is written for these tests (made-up families)."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

fastapi = pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from sos_lint.cli import app as cli  # noqa: E402
from sos_lint.web import create_app  # noqa: E402

BUILT = ("The school nurse and the family worker are worried that Mr Leon Farrow pushed Ms Jade Farrow into the "
         "fridge at 22 Wren Close on 3 March while Ellis, who is 5, watched. Ellis wet himself and will not sleep "
         "alone. If nothing changes, Ellis could be hurt when Mr Farrow is angry.")
SECRETS = ("Leon", "Jade", "Farrow", "Ellis", "Wren")


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app()) as test_client:
        yield test_client


# -- the builder's download ------------------------------------------------------------------------

def test_the_builder_page_offers_the_redact_choice_in_its_download_form(client):
    page = client.get("/build").text
    form = page[page.index('<form id="handover"'):]
    form = form[:form.index("</form>")]
    assert re.search(r'<input type="checkbox" id="redact-build" name="redact" value="1">', form)
    assert 'for="redact-build"' in form and 'formaction="/report"' in form
    assert 'checked' not in form.split('id="redact-build"')[1].split(">")[0]  # the author's own report by default


def test_the_builders_redacted_download_is_what_check_redact_writes(client):
    cli_run = CliRunner().invoke(cli, ["check", "-", "--redact", "--format", "html", "--kind", "worry"], input=BUILT)
    response = client.post("/report", data={"text": BUILT, "kind": "worry", "redact": "1"})
    assert response.status_code == 200 and "redacted" in response.headers["content-disposition"]
    assert response.content == cli_run.stdout_bytes
    for secret in SECRETS:
        assert secret not in response.text, secret


def test_the_builders_download_without_the_tick_keeps_the_words(client):
    response = client.post("/report", data={"text": BUILT, "kind": "worry"})
    assert "Ellis" in response.text and "redacted" not in response.headers["content-disposition"]


def test_the_api_redacted_keeps_two_adults_of_one_surname_apart(client):
    body = client.post("/api/v1/check", json={"text": BUILT, "kind": "worry", "redact": True}).json()
    text = body["reports"][0]["text"]
    assert not any(secret in str(body) for secret in SECRETS)
    pushed = re.search(r"(Adult \d+) pushed (Adult \d+)", text)
    assert pushed and pushed.group(1) != pushed.group(2)
    assert re.search(rf"when {pushed.group(1)} is angry", text)  # "Mr Farrow" is the man, not the woman


# -- a statement still being typed -----------------------------------------------------------------

@pytest.mark.parametrize("typed", [
    "Worry statement: Mum's boyfriend hits the dog in front of Kacper and Kacper is frightened of",
    "Safety goal - Mum, you and Kacper need Kacper to feel safe at home and for this to",
    "Needs statement: Gran is struggling to get Amelia to school on time since her knee operation and",
])
def test_a_statement_typed_after_an_inline_heading_is_checked_before_its_full_stop(client, typed):
    response = client.post("/api/v1/check", json={"text": typed})
    assert response.status_code == 200, response.text
    assert response.json()["reports"]


@pytest.mark.parametrize("heading", [
    "Worry statement – Kacper and the dog",
    "Safety goal 2: Amelia getting to school",
    "Worry statement: Kacper and the dog\nSafety goal: Amelia and school",
])
def test_a_heading_alone_is_still_refused(client, heading):
    # Near miss: a short heading with nothing under it is not a statement.
    response = client.post("/api/v1/check", json={"text": heading})
    assert response.status_code == 400
    assert "headings but no statement" in response.json()["detail"]


def test_a_long_typed_tail_followed_by_a_statement_keeps_its_heading(client):
    # Near miss: a heading of 8-12 words with a statement under it stays a heading.
    from sos_lint import sections

    text = ("Worry statement: Kacper, Amelia and the dog at the new house\n"
            "Mum's boyfriend hits the dog in front of Kacper (6) and Amelia (4). They hide upstairs.")
    parts = sections.split(text)
    assert len(parts) == 1 and parts[0].title.startswith("Worry statement: Kacper")
    assert parts[0].text.startswith("Mum's boyfriend")


# -- given_names beside the configuration loader ---------------------------------------------------

def test_given_names_is_one_function_for_the_page_and_the_cli():
    from sos_lint import config
    from sos_lint.web import api, service

    assert service.given_names is config.given_names is api.given_names
    assert config.given_names({"child": "Kacper & Amelia", "mother": " Mum ", "father": ""}) == (
        ("child", "Kacper"), ("child", "Amelia"), ("mother", "Mum"))


def test_the_cli_reads_given_names_without_the_web_package():
    code = ("import sys\nfrom sos_lint import config\nfrom sos_lint.commands.common import with_names\n"
            "cfg = with_names(config.Config(), {'child': 'Kacper and Amelia'})\n"
            "assert ('child', 'Amelia') in cfg.names, cfg.names\n"
            "assert 'sos_lint.web.service' not in sys.modules\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


# -- in the browser --------------------------------------------------------------------------------

selenium = pytest.importorskip("selenium")
from test_web_browser import (CHROMEDRIVER, CHROMIUM, By, browser, chrome, console_problems,  # noqa: E402,F401
                              no_network, open_page, server, wait)

BOXES = "return Array.from(document.querySelectorAll('textarea, input[type=text]')).map(b => b.spellcheck)"


@pytest.mark.slow
@pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()), reason="needs chromium")
def test_the_room_write_page_leaves_spelling_off_until_the_user_turns_it_on(server, browser):
    open_page(browser, server["url"] + "/rooms")
    browser.find_element(By.ID, "case-info").send_keys("Kacper is 6 and lives with Mum.")
    browser.find_element(By.ID, "start-room").click()
    wait(browser, lambda d: d.find_elements(By.ID, "join-link"))
    assert not any(browser.execute_script(BOXES))  # the host's own case box too
    link = browser.find_element(By.ID, "join-link").get_attribute("href")
    browser.get(link)
    browser.find_element(By.ID, "join-room").click()
    wait(browser, lambda d: d.find_elements(By.ID, "worry-draft"))
    spelling = browser.find_element(By.ID, "spelling")
    assert not spelling.is_selected()
    shown = browser.execute_script(BOXES)
    assert len(shown) == 2 and not any(shown)  # the worry and the goal boxes
    spelling.click()
    assert all(browser.execute_script(BOXES))
    spelling.click()
    assert not any(browser.execute_script(BOXES))
    assert not console_problems(browser)


@pytest.mark.slow
@pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()), reason="needs chromium")
def test_the_builder_form_sends_the_redact_choice_with_its_download(server, browser):
    open_page(browser, server["url"] + "/build")
    browser.find_element(By.ID, "answer-who").send_keys("Ellis's teacher")
    wait(browser, lambda d: "Ellis" in d.find_element(By.ID, "assembled").text, 10)
    tick = browser.find_element(By.ID, "redact-build")
    assert not tick.is_selected()
    fetch = """
      const done = arguments[arguments.length - 1];
      document.getElementById('handover-text').value = arguments[0];
      document.getElementById('handover-kind').value = 'worry';
      const body = new URLSearchParams(new FormData(document.getElementById('handover')));
      fetch('/report', {method: 'POST', body}).then(r => r.text()).then(done);
    """
    plain = browser.execute_async_script(fetch, BUILT)
    assert "Ellis" in plain
    tick.click()
    redacted = browser.execute_async_script(fetch, BUILT)
    cli_run = CliRunner().invoke(cli, ["check", "-", "--redact", "--format", "html", "--kind", "worry"], input=BUILT)
    assert redacted == cli_run.stdout
    assert not any(secret in redacted for secret in SECRETS)
    assert not console_problems(browser)
