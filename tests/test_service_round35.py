"""Round 35 (review35i, an integrating developer: library, JSON, HTTP, nightly batch).

I#3 placeholders refused everywhere with one test; I#9 empty text raises NotAStatement and the
length reason reads as English; I#1 a long draft gives way to short checks on the server; I#4 audit
exits 2 when rows were left out, with the reason in `notes`, and one length limit; I#5 the library's
whole-statement spans are check_document's; I#2 the library and HTTP can redact; I#6 per-text kinds
in check_many. The sentences here are new (other names, other harms), with near misses.
"""
from __future__ import annotations

import csv
import json
import socket
import threading
import time
import urllib.error
import urllib.request

import pytest
from typer.testing import CliRunner

import sos_lint
import sos_lint.api
from sos_lint import gate
from sos_lint.cli import app

runner = CliRunner()

PLACEHOLDERS = ["Nil", "n/a.", "TBC", "As per previous plan", "Refer to the chronology.", "see notes", "Risks."]
STATEMENTS = [  # near misses: short, plain, but statements
    "Nan will ring the school each Friday.",
    "Risks to Kofi from Dad's drinking.",
    "Mum left Ayo (3) alone in the flat overnight on 2 March.",
]


# -- I#3 placeholders and I#9 messages --------------------------------------------------------------
@pytest.mark.parametrize("text", PLACEHOLDERS)
def test_the_gate_refuses_placeholders_with_one_reason(text):
    assert gate.reason(text) == gate.PLACEHOLDER
    assert gate.reason(text, document=False) == gate.PLACEHOLDER
    assert text not in gate.PLACEHOLDER or text == "n/a."  # the reason never quotes the cell


@pytest.mark.parametrize("text", STATEMENTS)
def test_statements_are_not_placeholders(text):
    assert gate.reason(text) is None and gate.reason(text, document=False) is None


@pytest.mark.parametrize("text", ["Nil", "As per previous plan"])
def test_the_library_raises_not_a_statement_for_a_placeholder(text):
    with pytest.raises(sos_lint.NotAStatement, match="placeholder"):
        sos_lint.check(text, kind="worry")
    out = sos_lint.check_many([STATEMENTS[2], text], errors="return")
    assert isinstance(out[1], sos_lint.NotAStatement) and not isinstance(out[0], Exception)


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_text_raises_the_documented_not_a_statement(text):
    with pytest.raises(sos_lint.NotAStatement, match="is empty"):
        sos_lint.check(text)
    with pytest.raises(sos_lint.NotAStatement, match=r"texts\[1\] is empty"):
        sos_lint.check_many([STATEMENTS[0], text])
    with pytest.raises(sos_lint.NotAStatement):
        sos_lint.check_document(text)


def test_the_length_reason_reads_as_english():
    long = ("Uncle Jarek shouted at Mila in the hallway and she hid in the garden shed. " * 80).strip()
    with pytest.raises(sos_lint.NotAStatement) as caught:
        sos_lint.check(long)
    said = str(caught.value)
    assert said.startswith(f"text is {len(long):,} characters long (about ") and "text the" not in said
    assert "up to 5,000 characters" in said
    draft = "Worry statement\n" + long + "\n\nSafety goal\nMila will sleep at Gran's house."
    why = gate.reason(draft)
    # Round 36 (review36g G#1): the statement's place, never its heading's words
    assert why.startswith('has a statement (the 1st, starting on line 2) that is ') and why[4] == "a"
    assert gate.reason("one word " * 2600, document=False).startswith("is 23,400 characters long (about 5,200 words)")


def test_the_cli_refuses_a_placeholder_file_with_exit_2(tmp_path):
    (tmp_path / "blank_field.txt").write_text("TBC\n", encoding="utf-8")
    (tmp_path / "real.txt").write_text(STATEMENTS[2] + "\n", encoding="utf-8")
    refused = runner.invoke(app, ["check", str(tmp_path / "blank_field.txt")])
    assert refused.exit_code == 2 and "placeholder" in refused.output and "SOS401" not in refused.output
    checked = runner.invoke(app, ["check", "--format", "json", str(tmp_path / "real.txt")])
    assert checked.exit_code in (0, 1) and json.loads(checked.stdout)["reports"]


# -- HTTP (the service's test client) ------------------------------------------------------------------
@pytest.fixture(scope="module")
def client():
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from sos_lint.web import create_app

    with TestClient(create_app()) as test_client:
        yield test_client


def test_http_refuses_a_placeholder_as_it_refuses_other_non_statements(client):
    answer = client.post("/api/v1/check", json={"text": "Not known.", "kind": "worry"})
    assert answer.status_code == 400 and "placeholder" in answer.json()["detail"]
    assert answer.json()["detail"].startswith("The draft holds a placeholder")
    assert client.post("/api/v1/check", json={"text": STATEMENTS[1]}).status_code == 200


def test_http_length_message_is_not_garbled(client):
    long = "Worry statement\n" + "Dad pushed Rhea down the stairs and she cut her knee badly. " * 100
    detail = client.post("/api/v1/check", json={"text": long}).json()["detail"]
    assert detail.startswith('The draft has a statement (the 1st, starting on line 2) that is ') and ". ." not in detail


def test_http_and_library_redact_the_same_way(client):
    text = "Dad punched Tomasz (9) in the face on 3 May, and Tomasz told Mrs Okafor at Elm Road School."
    plain = client.post("/api/v1/check", json={"text": text, "kind": "worry"}).json()
    shown = client.post("/api/v1/check", json={"text": text, "kind": "worry", "redact": True}).json()
    assert "Tomasz" in json.dumps(plain) and "Tomasz" not in json.dumps(shown)
    assert "Okafor" not in json.dumps(shown)
    report = shown["reports"][0]
    for finding in report["findings"]:  # every span is inside the redacted text
        assert 0 <= finding["start"] <= finding["end"] <= len(report["text"])
    library = sos_lint.check(text, kind="worry", redact=True)
    assert library.text == report["text"] and "Tomasz" not in library.text
    assert [(f.code, f.start, f.end) for f in library.findings] == \
        [(f["code"], f["start"], f["end"]) for f in report["findings"]]
    assert plain["reports"][0]["score"] == report["score"]  # checked as written: the same judgement
    assert client.post("/api/v1/check", json={"text": text, "redact": "yes please"}).status_code == 422


def test_library_redact_keeps_each_record_apart_and_checks_its_arguments():
    first, second = sos_lint.check_many(["Shane (5) was hit by Dad with a belt.",
                                         "Orla (8) saw Mum hit Nan with a chair."], kind="worry", redact=True)
    assert first.text.startswith("Child A") and second.text.startswith("Child A")  # one record, one map
    with pytest.raises(TypeError, match="redact must be True or False"):
        sos_lint.check(STATEMENTS[2], redact="yes")
    reports = sos_lint.check_document("Worry statement\nDad hit Zainab (4).\n\nSafety goal\n"
                                      "Zainab will be looked after by Gran every weekend.", redact=True)
    assert all("Zainab" not in r.text for r in reports) and len(reports) == 2


# -- I#6 one kind per text ----------------------------------------------------------------------------------
def test_check_many_takes_one_kind_per_text():
    texts = ["Dad will hit Mum if she cries, and Ruby saw it.", "Ruby will feel safe at home every day."]
    mixed = sos_lint.check_many(texts, kind=["worry", "goal"])
    assert [r.kind for r in mixed] == ["worry", "goal"] and [r.kind_source for r in mixed] == ["given", "given"]
    assert sos_lint.check_many(texts, kind=["worry", None])[1].kind_source != "given"
    with pytest.raises(ValueError, match="one kind per text"):
        sos_lint.check_many(texts, kind=["worry"])
    with pytest.raises(ValueError, match=r"kind\[1\]"):
        sos_lint.check_many(texts, kind=["worry", "danger"])


# -- I#5 whole-statement positions -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    '<p class="MsoBodyText"><span lang="EN-GB">Worries re neglect &amp; DV.</span></p>',
    '<div class="WordSection1"><span>Issues re DV &amp; drugs.</span><o:p></o:p></div>',
    "\U0001F9D2\U0001F3FD\U0001F4AC Issues at home. The YP\u2019s dad isn\u2019t engaging.",
    "   \n Concerns about drinking.",
])
def test_the_library_places_whole_statement_findings_as_check_document_does(text):
    one = sos_lint.check(text, kind="worry")
    whole = [(f.code, f.start, f.end) for f in one.findings]
    doc = sos_lint.check_document(text, kind="worry")
    assert len(doc) == 1
    from_doc = [(f.code, doc[0].offset + f.start, doc[0].offset + f.end) for f in doc[0].findings]
    assert whole == from_doc
    assert all(0 <= f.start <= f.end <= len(doc[0].text) for f in doc[0].findings)  # none past the statement
    assert one.text == text and one.offset == 0  # the library's report is still the whole text as given
    wide = [f for f in one.findings if f.end - f.start > 10]
    assert wide and all(text[f.start] not in "<\U0001F9D2 \n" for f in wide)  # not the markup or emoji


def test_plain_text_positions_are_unchanged():
    text = STATEMENTS[2]
    assert sos_lint.check(text).to_dict() == sos_lint.check(text).to_dict()
    assert all(0 <= f.start <= f.end <= len(text) for f in sos_lint.check(text).findings)


# -- I#1 a long draft gives way -----------------------------------------------------------------------------
def test_turns_serve_a_waiting_short_check_between_a_long_drafts_statements():
    from sos_lint.web.service import Turns

    turns, order = Turns(), []
    inside, short_waiting = threading.Event(), threading.Event()

    def long_job():
        with turns.long():
            order.append("long 1")
            inside.set()
            short_waiting.wait(5)
            time.sleep(0.1)  # the short check is now blocked on the engine
            turns.give_way()
            order.append("long 2")

    def short_job():
        inside.wait(5)
        short_waiting.set()
        with turns:
            order.append("short")

    threads = [threading.Thread(target=long_job), threading.Thread(target=short_job)]
    [t.start() for t in threads]
    [t.join(10) for t in threads]
    assert order == ["long 1", "short", "long 2"]
    with turns:  # free again, and give_way with nobody waiting returns at once
        pass
    with turns.long():
        turns.give_way()


def test_the_engine_pauses_before_each_statement_and_reports_the_same():
    engine = sos_lint.api.engine()
    draft = ("Worry statement 1\nDad hit Keira (6) with a slipper on Sunday.\n\n"
             "Worry statement 2\nMum did not collect Keira from school on Monday or Tuesday.\n\n"
             "Safety goal\nKeira will be collected from school by Mum or Nan every day.")
    calls = []
    paused = engine.check_documents([(draft, None, "x")], pause=lambda: calls.append(1))[0]
    plain = engine.check_documents([(draft, None, "x")])[0]
    assert len(calls) == 6  # before each of 3 parses and each of 3 statements' rules
    assert [r.to_dict() for r in paused] == [r.to_dict() for r in plain]


LOOPBACK = ("127.0.0.1", "::1", "localhost")
# Taken at import, before conftest's autouse fixture replaces them for each test.
_REAL_SOCKET = (socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo, socket.create_connection)


@pytest.fixture
def loopback_only(monkeypatch):
    """conftest blocks every connection; the real-server test may reach this machine only."""
    from conftest import NetworkBlocked

    def check(address):
        if isinstance(address, tuple) and address[0] not in LOOPBACK:
            raise NetworkBlocked(f"network access attempted: {address!r}")

    real = _REAL_SOCKET
    monkeypatch.setattr(socket.socket, "connect", lambda self, a: (check(a), real[0](self, a))[1])
    monkeypatch.setattr(socket.socket, "connect_ex", lambda self, a: (check(a), real[1](self, a))[1])
    monkeypatch.setattr(socket, "getaddrinfo", lambda host, *a, **k: (check((host,)), real[2](host, *a, **k))[1])
    monkeypatch.setattr(socket, "create_connection", lambda a, *r, **k: (check(a), real[3](a, *r, **k))[1])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_short_check_does_not_wait_for_a_long_draft_on_a_real_server(loopback_only):
    """Measured by hand with four 4,880-character statements (19,591 characters): a one-line check
    sent a second later waited 10.9 s before round 35 and 1.8-2.3 s after (one statement's parse)."""
    uvicorn = pytest.importorskip("uvicorn")
    from sos_lint.web import Settings, create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(Settings()), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}/api/v1"
    for _ in range(240):
        try:
            urllib.request.urlopen(url + "/health", timeout=2)
            break
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.25)

    def post(text: str, done: dict, key: str) -> None:
        request = urllib.request.Request(url + "/check", data=json.dumps({"text": text}).encode(),
                                         headers={"Content-Type": "application/json"}, method="POST")
        with urllib.request.urlopen(request, timeout=300) as answer:
            done[key] = (answer.status, time.perf_counter())

    part = ", and ".join(f"Mum said that Dad threw a plate at Harvey in week {i}" for i in range(1, 60)) + "."
    long = "\n\n".join(f"Worry statement {n}\n{part}" for n in range(1, 4))
    assert len(long) > 10_000
    done: dict = {}
    try:
        big = threading.Thread(target=post, args=(long, done, "long"))
        big.start()
        time.sleep(0.5)
        post("Dad hit Mum while Harvey (7) watched. Harvey was frightened.", done, "short")
        big.join(300)
    finally:
        server.should_exit = True
        thread.join(30)
    assert done["long"][0] == 200 and done["short"][0] == 200
    assert done["short"][1] < done["long"][1]  # it did not wait behind the long draft


# -- I#4 audit --------------------------------------------------------------------------------------------------
def _export(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["ref", "kind", "statement"])
        writer.writerows(rows)
    return path


def _audit(export, out):
    return runner.invoke(app, ["audit", str(export), "--text-column", "statement", "--kind-column", "kind",
                               "--id-column", "ref", "-j", "1", "-o", str(out)])


def test_audit_exits_2_when_rows_were_left_out_and_says_why_in_notes(tmp_path):
    rows = [["A1", "worry", "Dad hit Priya (5) with a shoe on Sunday and she has a bruise on her arm."],
            ["A2", "goal", "Priya will be looked after by Gran every weekend."],
            ["A3", "worry", "TBC"],
            ["A4", "worry", ("Uncle Zaid drinks every night and Priya hides under the table. " * 90).strip()]]
    result = _audit(_export(tmp_path / "plans.csv", rows), tmp_path / "out.jsonl")
    assert result.exit_code == 2, result.output
    out = {r["id"]: r for r in map(json.loads, (tmp_path / "out.jsonl").read_text().splitlines())}
    assert out["A3"]["status"] == "placeholder" and out["A3"]["notes"].startswith("placeholder: ")
    assert out["A4"]["status"] == "too-long" and out["A4"]["notes"].startswith("too-long: ")  # 5,000, not 10,000
    assert out["A1"]["status"] == "checked" and not out["A1"]["notes"].startswith("checked")


def test_audit_exits_1_for_findings_when_no_row_was_left_out(tmp_path):
    rows = [["B1", "worry", "Concerns regarding DV and neglect of the YP."],
            ["B2", "goal", "Mum will engage with services."]]
    result = _audit(_export(tmp_path / "plans.csv", rows), tmp_path / "out.jsonl")
    assert result.exit_code == 1, result.output


def test_an_unreadable_rows_notes_give_the_reason(tmp_path):
    export = _export(tmp_path / "plans.csv", [["C1", "worry", "Dad hit Lena (4) on Friday."],
                                             ["C2", "worry", "Mum hit Lena (4) on Saturday."]])
    raw = export.read_bytes().replace(b"Mum hit", "Mum hit caf\u00e9".encode("cp1252"))
    export.write_bytes(raw)
    result = _audit(export, tmp_path / "out.jsonl")
    assert result.exit_code == 2, result.output
    out = {r["id"]: r for r in map(json.loads, (tmp_path / "out.jsonl").read_text().splitlines())}
    bad = [r for r in out.values() if r["status"] != "checked"]
    assert bad and all(r["notes"] and "--encoding cp1252" in r["notes"] for r in bad)
    assert "run again with --encoding cp1252" in result.stderr


def test_the_loopback_fixture_still_blocks_the_network(loopback_only):
    from conftest import NetworkBlocked

    with pytest.raises(NetworkBlocked):
        socket.create_connection(("192.0.2.1", 80), timeout=1)


# -- I#6 `check` on an export with id and kind columns ------------------------------------------------
def test_check_reads_an_exports_id_and_kind_columns(tmp_path):
    rows = [{"id": "K-17", "kind": "Danger statement", "text": "Will will hurt Hope if Hope cries, and Faith saw it."},
            {"id": "K-18", "kind": "Safety goal", "text": "Hope will sleep at Aunt Bea's flat on school nights."},
            {"id": "K-19", "kind": "", "text": "Dad locked Idris (4) in his room all weekend."}]
    export = tmp_path / "export.jsonl"
    export.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "--format", "json", str(export)])
    assert result.exit_code in (0, 1), result.output
    reports = {r["source"].rsplit("/", 1)[-1]: r for r in json.loads(result.stdout)["reports"]}
    assert reports["export.jsonl row 1 (id K-17)"]["kind"] == "worry"
    assert reports["export.jsonl row 1 (id K-17)"]["kind_source"] == "given"
    assert reports["export.jsonl row 2 (id K-18)"]["kind"] == "goal"
    assert reports["export.jsonl row 3 (id K-19)"]["kind_source"] != "given"  # blank: worked out
    forced = runner.invoke(app, ["check", "--format", "json", "--kind", "goal", str(export)])
    assert all(r["kind"] == "goal" for r in json.loads(forced.stdout)["reports"])  # --kind still wins


def test_an_author_column_is_still_read_first(tmp_path):
    export = tmp_path / "drafts.csv"
    export.write_text("author,id,text\nSocial worker,Z1,Mum hit Noor (6) with a hairbrush on Monday.\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "--format", "json", str(export)])
    report = json.loads(result.stdout)["reports"][0]
    assert report["source"] == f"{export} row 1" or report["source"].endswith("drafts.csv row 1")
    missing = tmp_path / "nothing.csv"
    missing.write_text("ref,text\nZ2,Dad hit Noor.\n", encoding="utf-8")
    refused = runner.invoke(app, ["check", str(missing)])
    assert refused.exit_code == 2 and "has no 'author' column" in refused.output


def test_a_redacted_run_keeps_a_refused_rows_reason_but_not_its_name(tmp_path):
    export = tmp_path / "Aoife Brennan plan.jsonl"
    export.write_text(json.dumps({"author": "Aoife Brennan", "text": "Dad hit Cian (3) on Friday night."}) + "\n"
                      + json.dumps({"author": "Aoife Brennan", "text": "  "}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "--redact", "--format", "json", str(export)])
    assert result.exit_code == 2
    assert "could not be read: the 'text' column is empty" in result.output
    assert "Aoife" not in result.output and "Brennan" not in result.output
