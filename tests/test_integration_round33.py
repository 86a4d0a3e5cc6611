"""Round 33 (review33d, a developer putting sos_lint beside a case system's text box and in a
nightly job): text as a web form sends it, one gate for every entry point, exit codes and JSON.

The statements here are new ones (other names, other harms), not the reviewer's drafts."""
from __future__ import annotations

import json
import time

import pytest
from typer.testing import CliRunner

import sos_lint
from sos_lint import cleaning, gate
from sos_lint.cli import app as cli

PLAIN = ("The health visitor is worried that Grandad shouts at Amir (3) when he spills his food at tea time. "
         "Amir cries and hides behind the sofa. If nothing changes, Amir could grow up scared at home.")
POOR = ("There are concerns regarding neglect and DV. Mother has failed to engage with services "
        "and lacks insight into the impact on the children.")


def codes(report):
    return sorted(f.code for f in report.findings)


def words(text: str) -> str:
    """What a reader sees in a span: the cleaned words, spaces squeezed."""
    return " ".join(cleaning.clean(text).text.split())


# -- D#1: text as a web form or Word sends it --------------------------------------------------

NOISY = {
    "paragraph tags": "<p>" + PLAIN.replace(". ", ".</p><p>") + "</p>",
    "bold and strong": PLAIN.replace("Grandad", "<b>Grandad</b>").replace("Amir cries", "<strong>Amir</strong> cries"),
    "line breaks": PLAIN.replace(". ", ".<br>"),
    "list items": ("<p>The health visitor is worried that:</p><ul><li>Grandad shouts at Amir (3) when he spills his "
                   "food at tea time</li><li>Amir cries and hides behind the sofa</li></ul>"
                   "<p>If nothing changes, Amir could grow up scared at home.</p>"),
    "entities": PLAIN.replace(" when", "&nbsp;when").replace("sofa.", "sofa&#46;").replace("tea time", "tea&#x20;time"),
    "zero-width and soft hyphen": PLAIN.replace("health ", "health\u200b ").replace("worried", "wor\u00adried")
                                       .replace("Grandad", "Grand\u00adad\u200d"),
    "emoji": PLAIN.replace("worried ", "worried \U0001F61F ").replace("sofa.", "sofa \U0001F622.")
                  .replace("home.", "home. \U0001F3E0\U0001F3FD"),
    "decomposed accents": PLAIN.replace("Amir", "Ame\u0301lie"),
    "bom and direction marks": "\ufeff" + PLAIN.replace("Amir (3)", "\u200fAmir\u200e (3)"),
}


@pytest.mark.parametrize("name", list(NOISY))
def test_noisy_text_gets_the_advice_its_plain_words_get(name):
    noisy = NOISY[name]
    plain = PLAIN.replace("Amir", "Amélie") if name == "decomposed accents" else PLAIN
    a, b = sos_lint.check(noisy, kind="worry"), sos_lint.check(plain, kind="worry")
    assert (a.score, codes(a)) == (b.score, codes(b)), name
    assert a.text == noisy and a.offset == 0  # the caller's own string, markup and all


POOR_NOISY = {
    "tags": "<div><b>There</b> are concerns regarding <em>neglect</em> and DV.</div><div>Mother has failed to engage "
            "with services and lacks insight into the impact on the children.</div>",
    "entities": POOR.replace(" and lacks", "&nbsp;and&nbsp;lacks").replace("Mother", "&#77;other"),
    "invisible": POOR.replace("neglect", "neg\u00adlect").replace("engage", "en\u200bgage"),
    "emoji": "\U0001F61F " + POOR.replace("DV.", "DV. \U0001F44A"),
}


@pytest.mark.parametrize("name", list(POOR_NOISY))
def test_every_span_points_at_the_same_words_in_the_text_sent(name):
    noisy = POOR_NOISY[name]
    a, b = sos_lint.check(noisy, kind="worry"), sos_lint.check(POOR, kind="worry")
    assert codes(a) == codes(b) and a.score == b.score
    plain_spans = sorted((f.code, words(b.text[f.start:f.end])) for f in b.findings)
    noisy_spans = sorted((f.code, words(a.text[f.start:f.end])) for f in a.findings)
    assert noisy_spans == plain_spans
    for f in a.findings:  # a span starts and ends on a word, never inside markup
        if 0 < f.end - f.start < len(a.text):
            span = a.text[f.start:f.end]
            assert span[:1].isalnum() or span[:1] in "&", span
            assert not span.endswith("<") and not span.startswith(">")


def test_the_same_offsets_from_library_cli_and_api():
    from fastapi.testclient import TestClient
    from sos_lint.web import create_app

    noisy = POOR_NOISY["tags"]
    library = sos_lint.check_document(noisy, kind="worry")
    cli_run = CliRunner().invoke(cli, ["check", "-", "--format", "json", "--kind", "worry"], input=noisy)
    with TestClient(create_app()) as client:
        api = client.post("/api/v1/check", json={"text": noisy, "kind": "worry", "source": "<stdin>"})
    assert api.status_code == 200 and api.text == cli_run.stdout
    from_json = [(f["code"], f["start"], f["end"]) for f in json.loads(api.text)["reports"][0]["findings"]]
    assert from_json == [(f.code, f.start, f.end) for f in library[0].findings]
    single = sos_lint.check(noisy, kind="worry")
    part = library[0]
    # round 35 (review35i I#5): whole-statement findings too (they were (0, len(noisy)) in the library)
    assert [(f.code, f.start, f.end) for f in single.findings] == \
           [(f.code, f.start + part.offset, f.end + part.offset) for f in part.findings]


def test_text_that_only_looks_odd_is_left_exactly_as_it_is():
    for text in ("Mum & Dad argue when Ivy (2) is in the room; Ivy's pain score was < 3 at the clinic.",
                 "Dad says \"I'm fine\" – Nan disagrees. Café visits stopped in 2024.",
                 "Kofi (4) told his teacher that Mum's partner <name withheld> locks him in his room."):
        cleaned = cleaning.clean(text)
        assert cleaned.identity and cleaned.text == text
        report = sos_lint.check(text)
        assert report.text == text and report.offset == 0


def test_a_list_item_without_a_full_stop_is_a_sentence_of_its_own():
    cleaned = cleaning.clean("<ul><li>Dad drinks every night</li><li>Mum is asleep by nine.</li></ul>")
    sentences = [s.strip() for s in cleaned.text.split("\n") if s.strip()]
    assert sentences == ["Dad drinks every night.", "Mum is asleep by nine."]  # no second full stop


def test_scripts_and_styles_go_with_their_contents_and_comments_vanish():
    cleaned = cleaning.clean("<style>p{color:red}</style><p>Dad hits Mum.<!-- note --></p><script>x()</script>")
    assert cleaned.text.split() == ["Dad", "hits", "Mum."]


def test_trailing_whitespace_and_windows_line_ends_are_read_alike_everywhere():
    text = PLAIN.replace(". ", ".\r\n") + "\r\n\r\n"
    library, document = sos_lint.check(text, kind="worry"), sos_lint.check_document(text, kind="worry")[0]
    assert library.text == text and library.offset == 0 and document.text == text.strip()
    word_level = [(f.code, f.start, f.end) for f in library.findings if f.end - f.start < len(library.text)]
    assert word_level == [(f.code, f.start + document.offset, f.end + document.offset) for f in document.findings
                          if f.end - f.start < len(document.text)]
    assert (library.score, codes(library)) == (document.score, codes(document))


def test_check_offsets_index_the_string_sent_even_after_leading_markup_or_emoji():
    for text in ("\U0001F61F\U0001F61F " + POOR, "<p><br>" + POOR + "</p>", "\u200b\n  " + POOR):
        report = sos_lint.check(text, kind="worry")
        assert report.text == text and report.offset == 0
        plain = sos_lint.check(POOR, kind="worry")
        # round 35 (review35i I#5): a whole-statement finding covers the statement, not the markup or emoji
        assert sorted((f.code, text[f.start:f.end]) for f in report.findings) == \
               sorted((f.code, POOR[f.start:f.end]) for f in plain.findings)


# -- D#6, D#7, D#8: one gate --------------------------------------------------------------------

REFUSED = {
    "Welsh": "Mae'r athrawes yn poeni bod Taid yn gweiddi ar Osian pan mae o'n crio yn y nos.",
    "emoji only": "\U0001F61F\U0001F622 \U0001F44A",
    "numbers only": "07700 900 123 / 14-03-2026",
    "a heading only": "Safety goal 2 – Amir",
    "script only": "<script>document.cookie</script>",
    "broken character": "Grandad shouts at Amir \ud83d when he spills his food.",
    "NUL": "Grandad shouts\x00 at Amir.",
    "too long": ("Grandad shouts at Amir when he spills his food at tea time and Amir cries. " * 200),
}


@pytest.mark.parametrize("name", list(REFUSED))
def test_the_library_refuses_what_the_cli_and_api_refuse(name):
    from fastapi.testclient import TestClient
    from sos_lint.web import create_app

    text = REFUSED[name]
    with pytest.raises(sos_lint.NotAStatement) as caught:
        sos_lint.check(text)
    assert isinstance(caught.value, ValueError) and str(caught.value).startswith("text ")
    with pytest.raises(ValueError):
        sos_lint.check_document(text)
    with TestClient(create_app()) as client:  # as JSON.stringify sends it (a lone surrogate escaped)
        response = client.post("/api/v1/check", content=json.dumps({"text": text}),
                               headers={"content-type": "application/json"})
    assert response.status_code == 400 and response.json()["detail"]


@pytest.mark.parametrize("text", [
    "Ms Okoro, Tobi's childminder, saw a burn on Tobi's hand on Friday.",  # names, few small words
    "Neglect. Home conds poor. Non-engagement.",  # a poor statement: scored low, not refused
    "Worry statement 1 – Sleep: Nain and the health visitor are worried that Mam leaves Cai (2) in his cot all day.",
    "Mam and Nain are worried that Dad drinks when he looks after Cai (2).",  # Welsh family words in English
])
def test_english_the_gate_must_let_through(text):
    assert gate.reason(text, document=False) is None
    assert sos_lint.check(text).score is not None


def test_a_lone_surrogate_is_a_clear_400_on_every_endpoint_never_a_500():
    from fastapi.testclient import TestClient
    from sos_lint.web import create_app

    body = '{"text": "Grandad shouts at Amir \\ud83d when he spills his food.", "kind": "worry"}'
    with TestClient(create_app()) as client:
        for path in ("/api/v1/check", "/api/v1/fix", "/api/v1/rewrite"):
            response = client.post(path, content=body, headers={"content-type": "application/json"})
            assert response.status_code == 400, path
            assert "broken character" in response.json()["detail"]


def test_a_long_paste_is_refused_at_once_on_the_server():
    from fastapi.testclient import TestClient
    from sos_lint.web import create_app

    long_text = REFUSED["too long"] * 3  # about 45,000 characters, under the 256 kB request limit
    one_long = REFUSED["too long"][:7000]  # one statement too long, under the server's draft limit
    with TestClient(create_app()) as client:
        started = time.perf_counter()
        response = client.post("/api/v1/check", json={"text": long_text})
        assert time.perf_counter() - started < 3
        assert response.status_code == 400 and "20,000 characters" in response.json()["detail"]
        assert client.post("/api/v1/fix", json={"text": long_text}).status_code == 400
        response = client.post("/api/v1/check", json={"text": one_long})
        assert response.status_code == 400 and "5,000 characters" in response.json()["detail"]
    assert gate.reason(REFUSED["too long"][:4900]) is None  # long, but a statement: checked
    assert gate.reason(("Worry statement\n" + REFUSED["too long"][:4000] + "\n") * 3) is None  # a plan of three
    cli_run = CliRunner().invoke(cli, ["check", "-"], input=long_text)
    assert cli_run.exit_code == 2 and "5,000 characters" in cli_run.output


def test_audit_lists_what_check_refuses_as_a_bad_row():
    from sos_lint.audit.rows import not_a_statement

    assert not_a_statement(REFUSED["Welsh"]) and not_a_statement(REFUSED["numbers only"])
    assert not not_a_statement(PLAIN) and not not_a_statement("Neglect. Home conds poor. Non-engagement.")


# -- D#10: the library's surface ------------------------------------------------------------------

def test_the_library_takes_kind_auto_as_the_cli_and_api_do():
    assert sos_lint.check(PLAIN, kind="auto").kind == sos_lint.check(PLAIN).kind
    with pytest.raises(ValueError):
        sos_lint.check(PLAIN, kind="automatic")


def test_check_many_can_report_one_bad_text_without_failing_the_batch():
    texts = [PLAIN, "   ", POOR, "123 456"]
    with pytest.raises(ValueError, match=r"texts\[1\] is empty"):
        sos_lint.check_many(texts)
    results = sos_lint.check_many(texts, kind="worry", errors="return")
    assert [type(r).__name__ for r in results] == ["Report", "NotAStatement", "Report", "NotAStatement"]  # r35 I#9
    assert "texts[3]" in str(results[3])
    assert results[0].score == sos_lint.check(PLAIN, kind="worry").score


# -- D#9 and D#10: exit codes and the JSON a nightly job reads -------------------------------------

def test_exit_codes_and_what_json_says_of_each_file(tmp_path):
    (tmp_path / "a_good.txt").write_text(PLAIN, encoding="utf-8")
    (tmp_path / "b_poor.txt").write_text(POOR, encoding="utf-8")
    (tmp_path / "c_empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "d_welsh.txt").write_text(REFUSED["Welsh"], encoding="utf-8")
    run = CliRunner().invoke(cli, ["check", str(tmp_path), "--format", "json"])
    assert run.exit_code == 2  # an input problem outranks findings
    payload = json.loads(run.stdout)
    assert payload["offset_unit"] == "unicode_code_point" and payload["schema_version"] == 1
    status = {entry["source"].rsplit("/", 1)[-1]: entry for entry in payload["files"]}
    assert [status[n]["status"] for n in sorted(status)] == ["checked", "checked", "unreadable", "refused"]
    assert status["b_poor.txt"]["findings"] > 0 and status["b_poor.txt"]["lowest_score"] < 5
    assert status["c_empty.txt"]["message"] and status["d_welsh.txt"]["statements"] == 0

    good, poor = str(tmp_path / "a_good.txt"), str(tmp_path / "b_poor.txt")
    assert CliRunner().invoke(cli, ["check", poor]).exit_code == 1
    assert CliRunner().invoke(cli, ["check", poor, "--fail-under", "1"]).exit_code == 0  # the score decides
    assert CliRunner().invoke(cli, ["check", good, poor, "--fail-under", "9"]).exit_code == 1


def test_openapi_describes_the_fields_real_responses_carry():
    from fastapi.testclient import TestClient
    from sos_lint.web import create_app

    with TestClient(create_app()) as client:
        schema = client.get("/openapi.json").json()["components"]["schemas"]
        real = client.post("/api/v1/check", json={"text": POOR, "kind": "worry"}).json()
    assert set(real) <= set(schema["CheckResponse"]["properties"])
    assert set(real["reports"][0]) <= set(schema["ReportOut"]["properties"])
    assert set(real["reports"][0]["findings"][0]) <= set(schema["FindingOut"]["properties"])
    assert "code point" in schema["FindingOut"]["properties"]["start"]["description"]


def test_a_broken_character_in_a_table_row_is_that_row_s_error_not_a_traceback(tmp_path):
    table = tmp_path / "drafts.jsonl"
    table.write_text(json.dumps({"author": "Bo", "text": "Grandad shouts at Amir \ud83d at tea time."}) + "\n"
                     + json.dumps({"author": "Cy", "text": PLAIN}) + "\n", encoding="utf-8")
    run = CliRunner().invoke(cli, ["check", str(table), "--format", "json"])
    assert run.exit_code == 2 and run.exception is None or isinstance(run.exception, SystemExit)
    files = json.loads(run.stdout)["files"]
    assert [f["status"] for f in files] == ["unreadable", "checked"] and "broken character" in files[0]["message"]
