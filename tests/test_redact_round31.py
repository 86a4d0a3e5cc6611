"""Round 31: a redacted run tells the group the judgement the author saw. The draft is checked as
written and what is shown is redacted (sos_lint.redaction.reports), so scores, codes and parts are
the plain run's, and no name, place or date survives in any renderer, file name or error message.
Statements written for this round."""
from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from sos_lint.cli import app
from sos_lint.redaction.reports import DraftMask, leaks, mask

runner = CliRunner()

STATEMENTS = {
    "worry_quoted_child": (
        "It is believed that Gary Whitlock hits the boys. Tyler (8) and Mason (5) have seen this at "
        "42 Larkspur Road in Nuneaton.",
        ("Whitlock", "Gary", "Tyler", "Mason", "Larkspur", "Nuneaton")),
    "worry_full": (
        "The health visitor is worried that Kerys (2) was left alone in her cot at 31 Brambling Close, "
        "Redditch on 14th March 2025 while her mum Donna Pellow was out drinking. Kerys was cold and "
        "crying when the neighbour found her. If nothing changes, Kerys could be badly hurt.",
        ("Kerys", "Donna", "Pellow", "Brambling", "Redditch", "2025")),
    "worry_labels": (
        "Concerns regarding neglect. Zephyr is a vulnerable young person at risk of CSE and Mr Okonjo "
        "fails to engage with services.",
        ("Zephyr", "Okonjo")),
    "goal": (
        "Mum Sharon and Dad Idris need to show us that Alfie is safe. Sharon will not drink alcohol. "
        "Idris will attend a parenting course at Meadowbank Primary School.",
        ("Sharon", "Idris", "Alfie", "Meadowbank")),
}


def run(*args):
    return runner.invoke(app, list(args))


def _json(result) -> list[dict]:
    return json.loads(result.stdout)["reports"]


def _present(text: str, words) -> list[str]:
    return [w for w in words if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text, re.IGNORECASE)]


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("r31")
    out = {}
    for key, (text, _) in STATEMENTS.items():
        path = folder / f"{key}.txt"
        path.write_text(text, encoding="utf-8")
        out[key] = path
    return out


@pytest.mark.parametrize("key", sorted(STATEMENTS))
def test_redacted_report_has_the_plain_scores_codes_and_parts(files, key):
    plain = run("check", str(files[key]), "--format", "json")
    shared = run("check", str(files[key]), "--format", "json", "--redact")
    assert plain.exit_code == shared.exit_code
    for a, b in zip(_json(plain), _json(shared), strict=True):
        assert (a["score"], a["rule_score"], a["scores"], a["kind"]) == (b["score"], b["rule_score"], b["scores"], b["kind"])
        assert [(f["code"], f["severity"]) for f in a["findings"]] == [(f["code"], f["severity"]) for f in b["findings"]]
        assert [(c["name"], c["present"]) for c in a["components"]] == [(c["name"], c["present"]) for c in b["components"]]
        assert _present(json.dumps(b), STATEMENTS[key][1]) == []


@pytest.mark.parametrize("key", sorted(STATEMENTS))
def test_finding_spans_point_into_the_redacted_text(files, key):
    plain = _json(run("check", str(files[key]), "--format", "json"))
    shared = _json(run("check", str(files[key]), "--format", "json", "--redact"))
    for a, b in zip(plain, shared):
        for fa, fb in zip(a["findings"], b["findings"]):
            before, after = a["text"][fa["start"]:fa["end"]], b["text"][fb["start"]:fb["end"]]
            if not _present(before, STATEMENTS[key][1]):
                assert after == before  # the same words marked
            else:
                assert re.search(r"Child [A-Z]|Adult \d|\[", after)  # the placeholder is marked instead


def test_a_message_that_quotes_the_childs_name_is_redacted(files):
    # The plain messages name the child ("Tyler's teacher", "Tyler could …"): the shared ones must not.
    plain = run("check", str(files["worry_quoted_child"]), "--format", "json")
    quoted = " ".join(f["message"] + f["suggestion"] for r in _json(plain) for f in r["findings"])
    assert "Tyler" in quoted
    shared = run("check", str(files["worry_quoted_child"]), "--format", "json", "--redact")
    said = " ".join(f["message"] + f["suggestion"] for r in _json(shared) for f in r["findings"])
    assert "Tyler" not in said and "Child A" in said


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "markdown", "html"])
def test_no_renderer_shows_a_name_a_file_name_or_an_error_with_one(tmp_path, fmt):
    text, words = STATEMENTS["worry_full"]
    (tmp_path / "Donna_Pellow_Kerys.txt").write_text(text, encoding="utf-8")
    (tmp_path / "Pellow_empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "Kerys_polish.txt").write_text("Kerys ma dwa lata i mieszka z mamą w Redditch.", encoding="utf-8")
    result = run("check", str(tmp_path / "Donna_Pellow_Kerys.txt"), str(tmp_path / "Pellow_empty.txt"),
                 str(tmp_path / "Kerys_polish.txt"), "--redact", "--format", fmt)
    assert result.exit_code == 2
    assert _present(result.stdout, words) == [] and _present(result.stderr, words) == []
    assert "draft 2 could not be read" in result.stderr and "draft 3" in result.stderr
    assert "Child A" in result.stdout


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
def test_compare_redact_ranks_and_scores_as_the_plain_compare(files, fmt):
    paths = [str(files[k]) for k in ("worry_quoted_child", "worry_full", "worry_labels")]
    plain = json.loads(run("compare", *paths, "--format", "json").stdout)
    shared_json = json.loads(run("compare", *paths, "--format", "json", "--redact").stdout)
    scores = lambda data: [[(d["rank"], d["score"], d["scores"], d["findings"]) for d in k["ranking"]]  # noqa: E731
                           for k in data["comparisons"]]
    assert scores(plain) == scores(shared_json)
    assert [[(c["name"], len(c["authors"])) for c in k["components"]] for k in plain["comparisons"]] == \
        [[(c["name"], len(c["authors"])) for c in k["components"]] for k in shared_json["comparisons"]]
    shown = run("compare", *paths, "--format", fmt, "--redact")
    words = [w for k in ("worry_quoted_child", "worry_full", "worry_labels") for w in STATEMENTS[k][1]]
    assert _present(shown.stdout, words + ["worry_full", "worry_labels"]) == []


# -- the mask itself ------------------------------------------------------------------------------

def test_positions_inside_a_name_move_to_the_whole_placeholder():
    text = "Ask Bartholomew and Eun-ji today."
    m = DraftMask(text, [(4, 15, "name", "Adult 1"), (20, 26, "name", "Child A")])
    assert m.redacted == "Ask Adult 1 and Child A today."
    assert m.position(0) == 0 and m.position(4) == 4
    assert m.position(6) == 4 and m.position(6, end=True) == 11  # inside the name: the whole placeholder
    assert m.position(15, end=True) == 11 and m.position(16) == 12
    assert m.position(len(text)) == len(m.redacted)


@pytest.fixture(scope="module")
def nlp():
    from sos_lint.api import engine

    return engine().nlp


def test_an_everyday_word_that_is_also_a_name_is_only_masked_as_written(nlp):
    from sos_lint.redact import Redactor

    text = "Mum's partner Will (34) shouts at Ava. Mum will ask Nan to help on 3 May 2024."
    m = mask(Redactor(nlp), text)
    assert "Will" not in m.redacted and "will ask" in m.redacted
    assert m.words("Mum will ask for help and this may change.") == "Mum will ask for help and this may change."
    shown = m.words('"Will shouts at Ava" names no time.')
    assert "Will" not in shown and "Ava" not in shown and "Adult" in shown and "Child" in shown
    assert "2024" not in m.words("In 2024 it happened.")


def test_a_name_written_in_capitals_or_with_a_possessive_is_masked(nlp):
    from sos_lint.redact import Redactor

    text = "The school nurse is worried that ORLA KINSELLA (9) comes to school hungry."
    m = mask(Redactor(nlp), text)
    for quoted in ("Orla's teacher", "ORLA", "orla kinsella", "Kinsella"):
        assert not _present(m.words(quoted), ["Orla", "Kinsella"]), quoted
    assert leaks(m, [m.words("If nothing changes, Orla could go hungry.")]) == []
    assert leaks(m, ["If nothing changes, Orla could go hungry."]) == ["ORLA"]  # the check sees a miss


def test_a_room_shows_the_authors_scores(nlp):
    from sos_lint.redact import Redactor
    from sos_lint.web.service import Checker

    checker = Checker()
    text = STATEMENTS["worry_full"][0]
    plain = checker.check(text, None)
    kept, shared, _ = checker.redact_and_check(Redactor(checker.engine.nlp), text, None, "shared")
    assert [r.score for r in plain] == [r.score for r in shared]
    assert [f.code for r in plain for f in r.findings] == [f.code for r in shared for f in r.findings]
    assert _present(kept + json.dumps([r.to_dict() for r in shared]), STATEMENTS["worry_full"][1]) == []


def test_part_of_a_hyphenated_name_is_masked_but_an_everyday_part_only_as_written():
    text = "Hyun-woo Park-Jones (7) lives with Nan."
    m = DraftMask(text, [(0, 19, "name", "Child A")])
    assert m.words("Hyun told his teacher") == "Child A told his teacher"
    assert m.words("Jones") == "Child A" and m.words("a park nearby") == "a park nearby"
    assert m.words("Park Lane") == "Child A Lane"  # capitalised as the name was written


def test_a_street_written_in_lower_case_is_masked_in_the_measured_words(nlp):
    from sos_lint.api import engine
    from sos_lint.redact import Redactor

    text = ("The social worker is worried that Dad shouted at Mum outside Flat 2, 61 quillfeather crescent "
            "while Nia (4) watched from the window.")
    checker = engine()
    m = mask(Redactor(checker.nlp), text)
    shown = [m.report(r) for r in checker.check_document(text)]
    said = json.dumps([r.to_dict() for r in shown])
    assert "quillfeather" not in said.lower() and "[address]" in said
    assert "window" in said  # an everyday word beside the address stays


def test_a_name_with_letters_beyond_english_is_masked_in_part():
    text = "Łukasz Wójcik-Nowak (9) was hit."
    m = DraftMask(text, [(0, 19, "name", "Child A")])
    assert m.words("Wójcik said") == "Child A said" and m.words("Łukasz's teacher") == "Child A's teacher"
    assert leaks(m, ["Nowak"]) == ["Nowak"] and leaks(m, [m.words("Nowak")]) == []


def test_a_function_word_inside_a_name_span_is_not_masked_in_messages():
    # Should the Redactor take "The" into a name's span, the text shows what it decided, but a
    # message's own "The" is left alone: a function word identifies nobody.
    text = "The Okafor family moved."
    m = DraftMask(text, [(0, 10, "name", "Adult 1")])
    assert m.words('"The mother" is a report word.') == '"The mother" is a report word.'
    assert m.words("Okafor") == "Adult 1" and m.words("The Okafor family") == "Adult 1 family"
