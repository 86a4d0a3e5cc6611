"""Round 32, review32d: the problems of reach found by a QA lead (exports, Word plans, the web API and
the live room). Every case is written for this file (other names, other harms, other wording).

- An unclosed quote in a CSV export makes the reader run on over the rows after it: that row is a bad
  row ("unclosed-quote"), the rows caught inside it are listed as bad rows ("swallowed"), never scored,
  and the row counts add up (rows read = checked + bad).
- Audit medians are true medians (statistics.median); means are labelled; a tie at the top is named
  in full; the month table has a Rows column; the summary file gets the user's umask; a repeated id
  is reported; a group with no value is "(no team)".
- A Word plan keeps its own statement headings ("Wellbeing goal 2 – home"), and places are said as
  the heading and "paragraph N, character M", not lines of the assembled draft.
- /api/v1/check refuses numbers-only and non-English drafts with the CLI's own words (400, JSON).
- A redacted room sends the case information redacted; `compare --redact` numbers authors in a fresh
  random order, with the mapping only in the --author-key file.
- Windows-1252 text is refused with how to save it as UTF-8; the column message names `compare`.
"""
from __future__ import annotations

import csv
import json
import os
import random
import statistics
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sos_lint.audit.summary import BINS, median
from sos_lint.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
HEADER = ["ref", "service", "recorded", "category", "narrative"]

GOOD_WORRY = ("The school nurse and Grandma Ines are worried that Dad has locked Tomasz (9) out of the flat "
              "at night twice this month, and Tomasz slept in the stairwell. If nothing changes, Tomasz could "
              "get very cold or be hurt by someone he does not know.")
POOR_WORRY = "Concerns around neglect and parental capacity. Risk of significant harm to the children."
GOOD_GOAL = ("Dad, you and Tomasz need Tomasz to be inside and warm every night. For this to happen, Grandma "
             "Ines will keep a key and Tomasz will phone her if the door is locked. The school nurse will ask "
             "Tomasz each Monday. This needs to happen every night for the next four months. If this doesn't "
             "happen, Tomasz may need to stay with Grandma Ines while we make a new plan.")
POOR_GOAL = "Father to engage with services and ensure the children's needs are met."


def audit(*args):
    return runner.invoke(app, ["audit", *map(str, args)])


def write_rows(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def read_results(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


# -- Q#2: an unclosed quote swallows the rows after it -------------------------------------------

def _export_with_unclosed_quote(tmp_path: Path) -> Path:
    rows = [["K-201", "Northgate", "2026-04-02", "worry", GOOD_WORRY],
            ["K-202", "Northgate", "2026-04-02", "goal", GOOD_GOAL],
            ["K-203", "Southmere", "2026-04-09", "worry", POOR_WORRY]]
    path = write_rows(tmp_path / "unclosed.csv", rows)
    with open(path, "a", encoding="utf-8", newline="") as handle:
        # A pasted note opens a quote and never closes it; the rows after it are written as usual.
        handle.write('K-204,Southmere,2026-04-10,worry,"Nan said ""she only smacked him once and the nurse thinks\r\n')
        handle.write(f"K-205,Southmere,2026-04-11,goal,{POOR_GOAL.replace(',', '')}\r\n")
        handle.write("K-206,Northgate,2026-04-12,worry,Mum leaves the baby with her 11 year old brother overnight.\r\n")
    return path


def test_a_row_with_an_unclosed_quote_is_a_bad_row_and_the_rows_caught_in_it_are_listed(tmp_path):
    path = _export_with_unclosed_quote(tmp_path)
    out, summary = tmp_path / "r.csv", tmp_path / "s.md"
    result = audit(path, "--text-column", "narrative", "--kind-column", "category", "--id-column", "ref",
                   "--group-by", "service", "--output", out, "--summary", summary, "--jobs", 1, "--min-group", 1)
    status = {r["id"]: r["status"] for r in read_results(out)}
    assert status == {"K-201": "checked", "K-202": "checked", "K-203": "checked", "K-204": "unclosed-quote",
                      "K-205": "swallowed", "K-206": "swallowed"}
    assert all(r["score"] == "" for r in read_results(out) if r["status"] != "checked")  # never scored
    report = summary.read_text(encoding="utf-8")
    # six data lines in the file: 3 checked + 3 bad = 6, said in the summary
    # Round 34: rows not checked are "left out of the figures" (placeholders are left out too).
    assert "6 rows read; 3 statements checked and counted; 3 rows left out of the figures (3 + 3 = 6 of the 6 rows)" \
        in report
    assert "K-204 (unclosed-quote), K-205 (swallowed), K-206 (swallowed)" in report
    assert "never closed" in report
    # the service counts keep the caught rows: Southmere has 3 rows, Northgate 3
    assert "| Southmere | 3 | 1 |" in report and "| Northgate | 3 | 2 |" in report
    assert ("Row K-204 has an unclosed quote mark" in result.stderr
            and "the 2 rows after it (K-205, K-206) could not be split from it" in result.stderr)


def test_without_an_id_column_the_row_that_runs_on_is_still_found(tmp_path):
    # the caught rows make the record longer than the header: that alone tells it
    path = _export_with_unclosed_quote(tmp_path)
    out = tmp_path / "r.csv"
    result = audit(path, "--text-column", "narrative", "--kind-column", "category", "--output", out, "--jobs", 1)
    assert [r["status"] for r in read_results(out)] == ["checked"] * 3 + ["unclosed-quote", "swallowed", "swallowed"]
    assert "Row 4 has an unclosed quote mark" in result.stderr and "(row 5, row 6)" in result.stderr


def test_a_real_multi_line_note_with_commas_is_checked_not_called_broken(tmp_path):
    note = ("The health visitor is worried that Mum, Dad, Nan, Uncle Joe and Aunt Sue all smoke cannabis\n"
            "in the front room while baby Mila (4 months) sleeps there,\nand Mila has had three chest infections.")
    path = write_rows(tmp_path / "fine.csv", [["L-1", "East", "2026-05-01", "worry", note],
                                            ["L-2", "East", "2026-05-02", "goal", GOOD_GOAL]])
    out = tmp_path / "r.csv"
    audit(path, "--text-column", "narrative", "--kind-column", "category", "--id-column", "ref", "--output", out,
          "--jobs", 1)
    assert [r["status"] for r in read_results(out)] == ["checked", "checked"]


def test_a_note_line_shaped_like_a_row_but_with_a_different_id_form_is_not_split(tmp_path):
    # a line inside a real note that splits into five cells, but its first cell is not an id like "L-1"
    note = "Chronology pasted:\n12/05/2026, home visit, Mum, Dad, baby Mila present\nMum said money is tight."
    path = write_rows(tmp_path / "fine.csv", [["L-1", "East", "2026-05-01", "worry", note]])
    out = tmp_path / "r.csv"
    audit(path, "--text-column", "narrative", "--id-column", "ref", "--output", out, "--jobs", 1)
    assert [r["status"] for r in read_results(out)] == ["checked"]


# -- Q#3: medians, labels, ties --------------------------------------------------------------------

def test_the_histogram_median_is_the_true_median():
    rng = random.Random(32)
    for _ in range(300):
        scores = [rng.randrange(BINS) / 10 for _ in range(rng.randrange(1, 40))]
        histogram = [0] * BINS
        for s in scores:
            histogram[round(s * 10)] += 1
        assert median(histogram) == pytest.approx(statistics.median(scores), abs=1e-9)
    assert median([0] * BINS) is None


def _team_export(tmp_path: Path) -> Path:
    # Two teams with the same statements (a tie at the top) and a third team of poor ones.
    rows = []
    for team in ("Ashby", "Brook"):
        rows += [[f"{team[0]}{i}", team, f"2026-0{1 + i % 2}-03", kind, text]
                 for i, (kind, text) in enumerate([("worry", GOOD_WORRY), ("goal", GOOD_GOAL),
                                                   ("worry", POOR_WORRY), ("goal", POOR_GOAL)])]
    rows += [[f"C{i}", "Carrow", "2026-02-03", "worry" if i % 2 else "goal", POOR_WORRY if i % 2 else POOR_GOAL]
             for i in range(4)]
    return write_rows(tmp_path / "teams.csv", rows)


def test_summary_medians_match_a_hand_count_means_are_labelled_and_ties_are_named(tmp_path):
    path = _team_export(tmp_path)
    out, summary = tmp_path / "r.csv", tmp_path / "s.md"
    audit(path, "--text-column", "narrative", "--kind-column", "category", "--id-column", "ref",
          "--group-by", "service", "--group-by", "month:recorded", "--output", out, "--summary", summary, "--jobs", 1,
          "--min-group", 1)
    results = read_results(out)
    report = summary.read_text(encoding="utf-8")
    for team in ("Ashby", "Brook", "Carrow"):
        true = statistics.median(float(r["score"]) for r in results if r["service"] == team)
        shown = f"{true:.2f}" if abs(round(true * 10) - true * 10) > 1e-6 else f"{true:.1f}"
        assert f"| {team} | 4 | 4 | {shown} * |" in report  # round 34: * marks a median of under 10 statements
    for kind in ("worry", "goal"):
        true = statistics.median(float(r["score"]) for r in results if r["kind"] == kind)
        shown = f"{true:.2f}" if abs(round(true * 10) - true * 10) > 1e-6 else f"{true:.1f}"
        assert f"| {kind} | 6 | {shown} |" in report
    assert "Plain words (mean)" in report and "the part columns beside it are averages (means)." in report
    # Round 41 (review41a P#4): with four statements a team, the teams' 90% ranges overlap, so no team is
    # named highest or lowest ("No service stands out"); where one is named, ties are named together.
    lines = report.splitlines()
    if any(line.startswith("Highest median scores:") for line in lines):
        highest = next(line for line in lines if line.startswith("Highest median scores:"))
        assert "Ashby" in highest and "Brook" in highest  # tied: both named
        assert "Carrow" in next(line for line in lines if line.startswith("Lowest median scores:"))
    else:
        assert any(line.startswith("No service stands out") for line in lines), report
    assert "| Month | Rows | Statements | Median score |" in report


def test_the_summary_file_gets_the_users_umask(tmp_path):
    path = _team_export(tmp_path)
    summary = tmp_path / "s.md"
    old = os.umask(0o022)
    try:
        audit(path, "--text-column", "narrative", "--id-column", "ref", "--summary", summary, "--jobs", 1)
    finally:
        os.umask(old)
    assert summary.stat().st_mode & 0o777 == 0o644


def test_a_repeated_id_is_reported_and_a_null_team_is_no_team(tmp_path):
    lines = [{"ref": "Z9", "service": "Eastfield", "narrative": GOOD_WORRY},
             {"ref": "Z9", "service": None, "narrative": POOR_WORRY},
             {"ref": "Z10", "service": "", "narrative": POOR_GOAL},
             {"ref": "Z11", "service": "Eastfield", "narrative": GOOD_GOAL}]
    path = tmp_path / "e.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    summary = tmp_path / "s.md"
    result = audit(path, "--text-column", "narrative", "--id-column", "ref", "--group-by", "service",
                   "--summary", summary, "--jobs", 1, "--min-group", 1)
    report = summary.read_text(encoding="utf-8")
    assert "Z9 (2 rows)" in report and "Z10" not in report.split("Ids on more than one row")[1]
    assert "| (no service) | 2 |" in report
    assert "1 id is on more than one row (Z9)" in result.stderr


def test_distinct_ids_give_no_repeat_warning(tmp_path):
    path = _team_export(tmp_path)
    summary = tmp_path / "s.md"
    result = audit(path, "--text-column", "narrative", "--id-column", "ref", "--summary", summary, "--jobs", 1)
    assert "more than one row" not in result.stderr and "Ids on more than one row" not in summary.read_text()


# -- Q#8: Word plans keep their own headings; places in Word terms -----------------------------------

docx = pytest.importorskip("docx")


def _plan(path: Path, second_goal_heading: str = "Wellbeing goal 2 – home") -> Path:
    document = docx.Document()
    document.add_heading("Child protection plan", level=1)
    document.add_paragraph("Case number 4471. Allocated worker: B. Okoye.")
    document.add_heading("Danger statement 1", level=2)
    document.add_paragraph(POOR_WORRY)
    document.add_heading("Safety goal", level=2)
    document.add_paragraph(POOR_GOAL)
    document.add_heading("Danger statement 2 – home", level=2)
    document.add_paragraph(GOOD_WORRY)
    document.add_paragraph("Tomasz said the stairwell light does not work.")
    document.add_heading(second_goal_heading, level=2)
    document.add_paragraph(GOOD_GOAL)
    document.save(path)
    return path


def test_a_plans_own_numbered_heading_is_kept(tmp_path):
    from sos_lint.word import read_word

    draft = read_word(_plan(tmp_path / "plan.docx"))
    headings = [line for line in draft.text.splitlines() if line and line.split()[0] in ("Danger", "Safety", "Wellbeing")]
    # numbered or named headings kept as written; the bare "Safety goal" is numbered in order
    assert headings == ["Danger statement 1", "Safety goal 1", "Danger statement 2 – home", "Wellbeing goal 2 – home"]


def test_word_places_are_the_heading_and_paragraph_not_line_numbers(tmp_path):
    plan = _plan(tmp_path / "plan.docx")
    out = runner.invoke(app, ["check", str(plan), "-f", "markdown"]).stdout
    assert "plan.docx, under “Wellbeing goal 2 – home”" in out and "plan.docx, under “Safety goal 1”" in out
    assert "plan.docx:" not in out
    assert "`paragraph 1, at “" in out  # round 40 (W#9): the words, not a character number
    # the second danger statement has two paragraphs under its heading: its findings are counted in them
    section = out.split("under “Danger statement 2 – home”")[1].split("\n## ")[0]
    assert "paragraph" in section and not any(line.startswith("- `5:") for line in section.splitlines())
    text = " ".join(runner.invoke(app, ["check", str(plan)]).stdout.split())  # the terminal view wraps
    assert "plan.docx, under “Wellbeing goal 2 – home”" in text and "plan.docx:" not in text


def test_a_text_draft_keeps_line_and_column(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text(f"Worry statement 2 – home\n{POOR_WORRY}\n", encoding="utf-8")
    out = runner.invoke(app, ["check", str(draft)]).stdout
    assert "d.txt:2  Worry statement 2 – home" in out and "paragraph 1" not in out


def test_the_word_upload_keeps_the_heading(tmp_path):
    from fastapi.testclient import TestClient

    from sos_lint.web.app import create_app

    plan = _plan(tmp_path / "plan.docx")
    with TestClient(create_app()) as client:
        answer = client.post("/api/v1/upload", files={"file": ("plan.docx", plan.read_bytes())}).json()
    assert "Wellbeing goal 2 – home" in answer["text"] and "Wellbeing goal 1" not in answer["text"]


# -- Q#11: the API refuses what the CLI refuses --------------------------------------------------

NOT_STATEMENTS = ["0161 496 0000 / 42", "Y gweithiwr cymdeithasol yn poeni bod Dad yn gweiddi ar Mam bob nos."]


@pytest.fixture(scope="module")
def client():
    from fastapi.testclient import TestClient

    from sos_lint.web.app import create_app

    with TestClient(create_app()) as test_client:
        yield test_client


@pytest.mark.parametrize("text", NOT_STATEMENTS)
def test_the_api_refuses_what_check_refuses_with_the_same_words(client, tmp_path, text):
    draft = tmp_path / "d.txt"
    draft.write_text(text + "\n", encoding="utf-8")
    cli = runner.invoke(app, ["check", str(draft)])
    assert cli.exit_code == 2
    reason = cli.stderr.split(f"{draft}: ", 1)[1].splitlines()[0]
    response = client.post("/api/v1/check", json={"text": text})
    assert response.status_code == 400 and response.headers["content-type"].startswith("application/json")
    assert reason in response.json()["detail"]
    named = client.post("/api/v1/check", json={"text": text, "source": "Draft from Ellis"})
    assert named.json()["detail"] == f"Draft from Ellis: {reason}."


def test_the_api_still_checks_a_short_english_statement_and_headings_only_are_refused(client):
    assert client.post("/api/v1/check", json={"text": "Mum slapped Rio."}).status_code == 200
    assert client.post("/api/v1/check", json={"text": POOR_GOAL, "kind": "goal"}).status_code == 200
    headings = client.post("/api/v1/check", json={"text": "Danger statement\n\nSafety goal\n"})
    assert headings.status_code == 400 and "headings but no statement" in headings.json()["detail"]


# -- Q#9: compare --redact numbers authors in an order that does not reveal them --------------------

def _drafts(folder: Path) -> Path:
    folder.mkdir()
    texts = {"aisha.txt": GOOD_WORRY, "bernard.txt": POOR_WORRY,
             "cleo.txt": "The social worker is worried that Dad locks Tomasz out at night.",
             "dmitri.txt": "Tomasz is at risk due to father's behaviour."}
    for name, text in texts.items():
        (folder / name).write_text(f"Worry statement\n{text}\n", encoding="utf-8")
    return folder


def test_redacted_authors_are_numbered_in_a_fresh_order_with_the_key_kept_apart(tmp_path):
    folder = _drafts(tmp_path / "drafts")
    orders = set()
    for run in range(6):
        out, key = tmp_path / f"c{run}.json", tmp_path / f"k{run}.txt"
        result = runner.invoke(app, ["compare", str(folder), "--redact", "-f", "json", "-o", str(out),
                                     "--author-key", str(key)])
        assert result.exit_code in (0, 1), result.output
        shown = out.read_text(encoding="utf-8")
        assert not any(name in shown.lower() for name in ("aisha", "bernard", "cleo", "dmitri"))
        mapping = dict(line.split("\t") for line in key.read_text(encoding="utf-8").splitlines())
        assert sorted(mapping) == ["Author 1", "Author 2", "Author 3", "Author 4"]
        # the key is right: the report's Author N holds that file's text, and its "draft N" is N too
        texts = {}
        for item in _with_author(json.loads(shown)):
            texts[item["author"]] = item["text"]
            assert item["source"] == "draft " + item["author"].split()[-1]
        assert "locks" in texts[next(a for a, f in mapping.items() if f == "cleo")]
        assert "father's behaviour" in texts[next(a for a, f in mapping.items() if f == "dmitri")]
        orders.add(tuple(mapping[f"Author {n}"] for n in range(1, 5)))
    assert len(orders) > 1  # not the order of the file names every time (6 runs of 24 orders)


def _with_author(node):
    """Every object in the compare JSON that names an author and its source."""
    if isinstance(node, dict):
        if "author" in node and "source" in node and "text" in node:
            yield node
        for value in node.values():
            yield from _with_author(value)
    elif isinstance(node, list):
        for value in node:
            yield from _with_author(value)


def test_shuffled_labels_are_a_permutation():
    from sos_lint.commands.common import shuffled_author_labels

    labels = shuffled_author_labels(["x", "y", "x", "z"], random.Random(3))
    assert sorted(labels) == ["x", "y", "z"] and sorted(labels.values()) == ["Author 1", "Author 2", "Author 3"]


def test_author_key_needs_redact(tmp_path):
    folder = _drafts(tmp_path / "drafts")
    result = runner.invoke(app, ["compare", str(folder), "--author-key", str(tmp_path / "k.txt")])
    assert result.exit_code == 2 and "--author-key goes with --redact" in result.stderr


# -- Q#9: the room's case information is redacted --------------------------------------------------

def test_a_redacting_room_sends_the_case_information_redacted(client):
    from fastapi.testclient import TestClient

    host = TestClient(client.app)
    case = "Tomasz (9) lives with Dad, Piotr Nowak, in Hartcliffe. Grandma Ines helps."
    started = host.post("/rooms", data={"case_info": case, "redact": "1"}, follow_redirects=False)
    code = started.headers["location"].split("/")[2]
    person = TestClient(client.app)
    person.post(f"/join/{code}", data={"name": "Lou"}, follow_redirects=True)
    for page in (person.get(f"/rooms/{code}/write").text, host.get(f"/rooms/{code}/host").text,
                 json.dumps(person.get(f"/api/v1/rooms/{code}/status").json())):
        assert "Tomasz" not in page and "Piotr" not in page and "Hartcliffe" not in page and "Ines" not in page
        assert "Child A (9)" in page
    # saving the box again keeps the placeholders as they are and redacts new names
    saved = host.post(f"/api/v1/rooms/{code}/control",
                      json={"action": "case_info", "text": "Child A (9) lives with Dad. His aunt Bogna visits."}).json()
    assert saved["case_info"].startswith("Child A (9) lives with Dad.") and "Bogna" not in saved["case_info"]


def test_a_room_without_redaction_shows_the_case_as_typed(client):
    from fastapi.testclient import TestClient

    host = TestClient(client.app)
    started = host.post("/rooms", data={"case_info": "Tomasz (9) lives with Dad."}, follow_redirects=False)
    code = started.headers["location"].split("/")[2]
    assert "Tomasz (9) lives with Dad." in host.get(f"/rooms/{code}/host").text


# -- Q#13: encodings and the column message ---------------------------------------------------------

def test_windows_1252_text_is_refused_with_how_to_save_it(tmp_path):
    draft = tmp_path / "ansi.txt"
    draft.write_bytes("Dad threw a mug at Zoë’s mum.".encode("cp1252"))
    result = runner.invoke(app, ["check", str(draft)])
    assert result.exit_code == 2
    assert "Notepad" in result.stderr and "UTF-8" in result.stderr and "Save As" in result.stderr


def test_bytes_that_are_no_known_encoding_keep_the_short_message(tmp_path):
    draft = tmp_path / "odd.txt"
    draft.write_bytes(b"Dad shouts \x81\x8d\x8f\x90 at night.")  # undefined in Windows-1252
    result = runner.invoke(app, ["check", str(draft)])
    assert result.exit_code == 2 and "UTF-8" in result.stderr and "Notepad" not in result.stderr


def test_the_column_message_names_the_command_that_has_the_options(tmp_path):
    table = tmp_path / "t.csv"
    table.write_text("worker,draft\nLou,Dad shouts at Mum.\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(table)])
    assert "sos-lint compare --author-column" in result.stderr and "choose one with" not in result.stderr


# -- browsers: the check page and the room in real headless chromium ---------------------------------

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
browser_needed = pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
                                    reason="needs Debian's chromium and chromium-driver")
selenium = pytest.importorskip("selenium")
from test_web_browser import By, browsers, chrome, no_network, server, wait  # noqa: E402,F401



@pytest.mark.slow
@browser_needed
def test_the_check_page_shows_the_refusal_and_drops_the_old_marks(server, browsers):
    page = browsers()
    page.get(server["url"] + "/")
    box = page.find_element(By.ID, "draft")
    box.send_keys(POOR_WORRY)
    wait(page, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-checked") == "done")
    assert page.find_elements(By.CSS_SELECTOR, "#reports *")
    box.clear()
    box.send_keys("0161 496 0000 / 42")
    wait(page, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-checked") == "error")
    assert "only numbers or punctuation" in page.find_element(By.ID, "status").text
    assert not page.find_elements(By.CSS_SELECTOR, "#reports *")


@pytest.mark.slow
@browser_needed
def test_the_room_shows_joiners_and_the_projector_the_redacted_case(server, browsers):
    host = browsers()
    host.get(server["url"] + "/rooms")
    host.find_element(By.ID, "case-info").send_keys("Tomasz (9) lives with Dad, Piotr Nowak, in Hartcliffe.")
    host.find_element(By.ID, "start-room").click()
    wait(host, lambda d: d.find_elements(By.ID, "join-link"))
    projected = host.find_element(By.ID, "case-text").get_attribute("value")
    assert "Child A (9)" in projected and "Tomasz" not in projected and "Hartcliffe" not in projected
    link = host.find_element(By.ID, "join-link").get_attribute("href")
    person = browsers()
    person.get(link)
    person.find_element(By.ID, "display-name").send_keys("Lou")
    person.find_element(By.ID, "join-room").click()
    wait(person, lambda d: d.find_elements(By.ID, "case-info"))
    seen = person.find_element(By.ID, "case-info").text
    assert "Child A (9)" in seen and "Tomasz" not in seen and "Piotr" not in seen
    # the supervisor adds a name: the box and every joiner get it redacted
    box = host.find_element(By.ID, "case-text")
    box.send_keys(" Grandma Ines Kowalczyk helps.")
    host.find_element(By.ID, "save-case").click()
    wait(host, lambda d: "Ines" not in d.find_element(By.ID, "case-text").get_attribute("value"))
    person.refresh()
    wait(person, lambda d: d.find_elements(By.ID, "case-info"))
    assert "Ines" not in person.find_element(By.ID, "case-info").text
