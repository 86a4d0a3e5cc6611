"""Round 36 (r36d): who is who, and the page's name boxes.

1. The names a worker types on the check page (the child's name, what the family calls the mother
   and the father) reach the check itself, as the [names] table of a configuration does: before,
   they reached the fix and the rewrite only, so "No child is mentioned" could stand beside a name
   she had typed (review35w W#5).
Sentences here are written for these tests (other names, other harms, other wording than the
reviewers' drafts), each class with near misses that must not change.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

fastapi = pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from sos_lint.cli import app as cli  # noqa: E402
from sos_lint.web import create_app  # noqa: E402
from sos_lint.web.service import given_names  # noqa: E402

NO_CHILD = "Mum has been drinking most evenings since the summer and the flat is cold and dirty."
WORD_NAME = "Concerns regarding neglect as Storm often arrives at nursery unkempt and hungry."


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app()) as test_client:
        yield test_client


def codes(payload: dict) -> list[str]:
    return [f["code"] for r in payload["reports"] for f in r["findings"]]


# -- the names as the check reads them -----------------------------------------------------------

@pytest.mark.parametrize("box, wanted", [
    ("Tegan", [("child", "Tegan")]),
    ("  Tegan and Ruby ", [("child", "Tegan"), ("child", "Ruby")]),
    ("Tegan, Ruby & Jonah", [("child", "Tegan"), ("child", "Ruby"), ("child", "Jonah")]),
    ("Tegan/Ruby", [("child", "Tegan"), ("child", "Ruby")]),
    # near misses: "and" inside a name is not a joiner, nor is a name repeated two children
    ("Brandon", [("child", "Brandon")]),
    ("Alexander and Alexander", [("child", "Alexander")]),
    ("", []),
    ("   ", []),
])
def test_the_child_box_gives_one_name_a_child(box, wanted):
    assert list(given_names({"child": box})) == wanted


def test_the_adults_boxes_are_kept_as_written_and_blanks_dropped():
    assert given_names({"child": None, "mother": " Mam ", "father": ""}) == (("mother", "Mam"),)
    assert given_names({"mother": "Nana Jo"}) == (("mother", "Nana Jo"),)


def test_a_child_named_in_the_box_stops_no_child_mentioned(client):
    without = client.post("/api/v1/check", json={"text": NO_CHILD, "kind": "worry"}).json()
    assert "SOS401" in codes(without)
    named = client.post("/api/v1/check", json={"text": NO_CHILD, "kind": "worry",
                                               "names": {"child": "Kasia"}}).json()
    assert "SOS401" not in codes(named)
    # the adults' boxes alone name no child: the finding stays
    adults = client.post("/api/v1/check", json={"text": NO_CHILD, "kind": "worry",
                                                "names": {"mother": "Mam", "father": "Da"}}).json()
    assert "SOS401" in codes(adults)


def test_the_box_name_is_used_in_the_advice(client):
    named = client.post("/api/v1/check", json={"text": WORD_NAME, "kind": "worry",
                                               "names": {"child": "Storm"}}).json()
    messages = " ".join(f["message"] for f in named["reports"][0]["findings"])
    assert "Storm" in messages and "[name]" not in messages


def test_the_api_with_names_answers_what_check_writes_with_those_names_configured(client, tmp_path, monkeypatch):
    """The page's names are read exactly as a configuration's [names] table: byte for byte the JSON
    that `sos-lint check` writes with the same names configured."""
    (tmp_path / ".sos-lint.toml").write_text('[names]\nchild = "Storm"\nmother = "Mam"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    cli_run = CliRunner().invoke(cli, ["check", "-", "--format", "json", "--kind", "worry"], input=WORD_NAME)
    assert cli_run.exit_code == 1, cli_run.output
    api = client.post("/api/v1/check", json={"text": WORD_NAME, "kind": "worry", "source": "<stdin>",
                                             "names": {"child": "Storm", "mother": "Mam"}})
    assert api.status_code == 200 and api.text == cli_run.stdout
    # and without names, the API still answers what check writes with none configured
    monkeypatch.chdir(Path(__file__).parent)
    plain = CliRunner().invoke(cli, ["check", "-", "--format", "json", "--kind", "worry"], input=NO_CHILD)
    assert client.post("/api/v1/check", json={"text": NO_CHILD, "kind": "worry", "source": "<stdin>"}).text \
        == plain.stdout


def test_the_redacted_and_the_long_paths_read_the_names_too(client):
    redacted = client.post("/api/v1/check", json={"text": NO_CHILD, "kind": "worry", "redact": True,
                                                  "names": {"child": "Kasia"}}).json()
    assert "SOS401" not in codes(redacted)
    long_draft = "\n\n".join(f"Worry statement {n}\n{NO_CHILD}" for n in range(1, 45))
    assert len(long_draft) > 3_000
    long_named = client.post("/api/v1/check", json={"text": long_draft, "names": {"child": "Kasia"}}).json()
    assert long_named["reports"] and "SOS401" not in codes(long_named)


def test_a_batch_with_different_names_gives_each_draft_what_it_gets_alone(client):
    checker = client.app.state.checker
    kasia, nobody = given_names({"child": "Kasia"}), ()
    items = [(NO_CHILD, "worry", "a", kasia), (NO_CHILD, "worry", "b"), (WORD_NAME, None, "c", nobody),
             (WORD_NAME, "worry", "d", given_names({"child": "Storm"}))]
    batched = checker.check_batch(items)
    alone = [checker.check(*item) for item in items]
    assert [[r.to_dict() for r in reports] for reports in batched] == \
        [[r.to_dict() for r in reports] for reports in alone]
    assert "SOS401" not in [f.code for f in batched[0][0].findings]
    assert "SOS401" in [f.code for f in batched[1][0].findings]
    # the server's own engine is not changed by a request's names
    assert checker.engine.config.names == ()


def test_the_downloaded_report_reads_the_names_typed(client):
    named = client.post("/report", data={"text": NO_CHILD, "kind": "worry", "child": "Kasia"})
    plain = client.post("/report", data={"text": NO_CHILD, "kind": "worry"})
    assert named.status_code == plain.status_code == 200
    assert "No child is mentioned" in plain.text and "No child is mentioned" not in named.text


def test_a_name_box_longer_than_the_page_allows_is_refused(client):
    response = client.post("/api/v1/check", json={"text": NO_CHILD, "names": {"child": "x" * 81}})
    assert response.status_code == 422


# -- the page, in a headless browser (as tests/test_web_browser.py drives it) ---------------------

from test_web_browser import (CHROMEDRIVER, CHROMIUM, By, browser, checked, console_problems,  # noqa: E402,F401
                              no_network, open_page, post_json, server, wait)


@pytest.mark.slow
@pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()), reason="needs chromium and chromium-driver")
def test_the_page_checks_with_the_name_typed_in_the_box(server, browser):
    open_page(browser, server["url"] + "/")
    browser.find_element(By.ID, "draft").send_keys(NO_CHILD)
    wait(browser, lambda d: checked(d) and d.find_elements(By.ID, "score-0"))
    reports = lambda d: d.find_element(By.ID, "reports").text  # noqa: E731
    assert "No child is mentioned" in reports(browser)
    browser.find_element(By.ID, "child-name").send_keys("Kasia")
    # the box alone sets off a new check: no need to touch the draft
    wait(browser, lambda d: checked(d) and "No child is mentioned" not in reports(d))
    api = post_json(server["url"] + "/api/v1/check", {"text": NO_CHILD, "kind": "auto", "names": {"child": "Kasia"}})
    assert "SOS401" not in codes(api)
    assert browser.find_element(By.ID, "score-0").text == f"{api['reports'][0]['score']:.1f}"
    # emptying the box gives the check without a name again
    box = browser.find_element(By.ID, "child-name")
    box.clear()
    box.send_keys(" ")
    wait(browser, lambda d: checked(d) and "No child is mentioned" in reports(d))
    assert not console_problems(browser)
