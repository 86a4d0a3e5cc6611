"""Redaction: nothing identifying survives, roles stay, placeholders agree, and scores barely move."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import sos_lint
from sos_lint.api import engine
from sos_lint.config import Config
from sos_lint.redact import TYPES, Redactor, redact

DATA = Path(__file__).resolve().parent / "data" / "redaction"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
KNOWN: dict[str, list[str]] = json.loads((DATA / "known.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def nlp():
    return engine().nlp


@pytest.fixture(scope="module")
def run(nlp):
    """All the drafts redacted in one run, as `compare --redact` does."""
    redactor = Redactor(nlp)
    results = {name: redactor.redact((DATA / name).read_text(encoding="utf-8")) for name in KNOWN}
    return redactor, results


def _survives(value: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text, re.IGNORECASE) is not None


@pytest.mark.parametrize("name", sorted(KNOWN))
def test_no_known_detail_survives(run, name):
    text = run[1][name].text
    assert [value for value in KNOWN[name] if _survives(value, text)] == []


def test_every_fixture_lists_its_details():
    assert sorted(p.name for p in DATA.glob("*.txt")) == sorted(KNOWN)


def test_counts_are_by_type_and_never_hold_values(run):
    for result in run[1].values():
        assert set(result.counts_by_type) <= set(TYPES)
        assert all(isinstance(n, int) and n > 0 for n in result.counts_by_type.values())
    kitchen = run[1]["01_kitchen.txt"].counts_by_type
    assert kitchen["phone"] == 1 and kitchen["school"] == 1 and kitchen["name"] >= 10


def test_roles_ages_and_timescales_stay(run):
    kitchen = run[1]["01_kitchen.txt"].text
    for words in ("Mum", "Your sister", "the family worker", "nursery worker", "who is 4",
                  "every day for the next 4 months"):
        assert words in kitchen
    assert "Nan will have" in run[1]["03_school.txt"].text
    assert "the social worker" in run[1]["02_drinking.txt"].text


def test_placeholders_are_consistent_within_a_run(run):
    redactor, results = run
    assert results["01_kitchen.txt"].text.startswith("Worry statement – Child A and the kitchen")
    assert "Child A's breakfast" in results["01_kitchen.txt"].text
    assert "Your sister Adult 1 will come round" in results["01_kitchen.txt"].text
    assert "Adult 1's number is [phone]" in results["01_kitchen.txt"].text
    drinking = results["02_drinking.txt"].text
    assert "Child B, who is 8" in drinking and "Grandma Adult 4's" in drinking
    assert drinking.count("Grandma Adult 4") == 2  # Sue is the same person both times
    assert redactor.child_placeholders[:2] == ["Child A", "Child B"]


def test_a_title_marks_an_adult_even_with_the_childs_surname(run):
    school = run[1]["03_school.txt"].text
    assert "Child C, who is 9" in school
    assert re.search(r"Adult \d+ told the social worker", school)


def test_the_same_name_gets_the_same_placeholder_across_drafts(nlp):
    redactor = Redactor(nlp)
    first = redactor.redact("Noah, who is 8, lives with Mum. Gary Walsh visits on Fridays.")
    second = redactor.redact("Mum rang Gary when Noah cried.")
    assert first.text == "Child A, who is 8, lives with Mum. Adult 1 visits on Fridays."
    assert second.text == "Mum rang Adult 1 when Child A cried."


def test_patterns_catch_what_the_model_misses(nlp):
    result = redact("You can email mum.smith@example.org or ring +44 7700 900 123 or (01632) 960123. "
                    "He goes to Oak Hill Academy. They live at 4 Moat Street, Leeds LS1 4AB. Born 04/05/2019.",
                    nlp)
    assert result.text == ("You can email [email] or ring [phone] or [phone]. He goes to [school]. "
                           "They live at [place]. Born [date].")
    assert result.counts_by_type == {"place": 1, "date": 1, "phone": 2, "email": 1, "school": 1}


def test_configured_names_are_redacted_even_in_lower_case(nlp):
    result = redact("Mum says bo likes the park. Zed helps.", nlp, names={"child": "Bo", "uncle": "Zed"})
    assert "bo" not in result.text.lower().split() and "Zed" not in result.text
    assert result.text.startswith("Mum says Child A likes")


def test_nothing_to_redact_leaves_the_text_alone(nlp):
    text = "Mum and Dad argue most evenings. The social worker is worried that the baby hears it."
    assert redact(text, nlp).text == text
    assert redact(text, nlp).counts_by_type == {}


def _redacted_scores(paths: list[Path], nlp):
    redactor = Redactor(nlp)
    texts = [(p.read_text(encoding="utf-8")) for p in paths]
    redacted = [redactor.redact(t).text for t in texts]
    # As `compare --redact` does: the rules learn that "Child A" is a child's name.
    config = Config(names=tuple(("child", label) for label in redactor.child_placeholders))
    for path, original, after in zip(paths, texts, redacted):
        before = sos_lint.check_document(original)
        changed = sos_lint.check_document(after, config=config)
        assert [r.kind for r in before] == [r.kind for r in changed]
        yield path.name, [(a.score, b.score) for a, b in zip(before, changed)]


def test_a_redacted_draft_scores_within_one_point(nlp):
    for name, pairs in _redacted_scores(sorted(DATA.glob("*.txt")), nlp):
        for before, after in pairs:
            assert abs(before - after) <= 1.0, (name, before, after)


def test_a_name_at_the_end_of_a_sentence_does_not_join_sentences(nlp):
    """"…the impact on Child A. Dad has…": spaCy reads "A." as an initial and joins the two
    sentences, which costs the redacted draft points for a long sentence it does not have."""
    if len(list(nlp("Mum is worried about Child A. Dad drinks every night.").sents)) < 2:
        pytest.xfail("the tokenizer keeps 'A.' as an initial; sos_lint/nlp.py needs a suffix rule")
    for name, pairs in _redacted_scores([EXAMPLES / "group_draft_priya.txt", EXAMPLES / "group_draft_sam.txt"], nlp):
        for before, after in pairs:
            assert abs(before - after) <= 1.0, (name, before, after)
