"""The word-level rules (SOS1xx-SOS3xx) on the hand-marked probe set tests/data/words_probe.jsonl:
faults found, must-not-flag words left alone, few warnings on good statements, advice that fits."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from devtools import eval_words
from sos_lint.data import load_toml

ROOT = Path(__file__).resolve().parents[1]
ROWS = eval_words.load_probe()


def test_probe_is_big_enough_and_marked():
    assert len(ROWS) >= 100
    assert sum(len(r["faults"]) for r in ROWS) >= 100
    assert sum(len(r["must_not_flag"]) for r in ROWS) >= 50
    for row in ROWS:
        assert row["kind"] in ("worry", "goal"), row["id"]
        assert not (row["good"] and row["faults"]), f"{row['id']}: a good statement with marked faults"
        assert row["good"] or row["faults"], f"{row['id']}: a poor statement with no marked fault"
        for mark in row["faults"]:
            assert mark["type"] in eval_words.FAULT_CODES, mark


def test_probe_is_not_taken_from_the_corpus_or_other_tests():
    """Measured on data not tuned on: no probe sentence appears in corpus/ or the other test data."""
    others = []
    for path in [*ROOT.glob("corpus/*.jsonl"), *ROOT.glob("tests/data/*_statements.jsonl")]:
        others += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    others += [p.read_text(encoding="utf-8") for p in ROOT.glob("tests/fixtures/rules/*.toml")]
    haystack = "\n".join(others)
    for row in ROWS:
        for sentence in row["text"].split(". "):
            if len(sentence) > 60:  # house-style stock sentences ("This needs to happen…") may recur
                assert sentence not in haystack, f"{row['id']} copies: {sentence!r}"


@pytest.fixture(scope="module")
def figures(engine):
    seed = eval_words.find_seed()
    seed_reports = engine.check_document(eval_words.seed_excerpt(seed), source="seed") if seed else None
    return eval_words.measure(engine, ROWS, seed_reports)


def test_marked_faults_are_found(figures):
    assert figures["word_fault_recall"] >= eval_words.TARGETS["word_fault_recall"], figures["missed"]


def test_must_not_flag_words_are_left_alone(figures):
    assert figures["must_not_flag_rate"] <= eval_words.TARGETS["must_not_flag_rate"], figures["false_alarms"]
    # Quoted speech, names that are words and the child-side passives are this helper's to keep quiet.
    for reason in ("quote", "name", "passive_child", "job", "clear", "future"):
        assert figures["must_not_flag_by_reason"][reason]["flagged"] == 0, figures["false_alarms"]


def test_good_statements_get_few_word_level_warnings(figures):
    assert figures["alarms_per_good_word_rules"] <= eval_words.TARGETS["alarms_per_good"], \
        figures["alarms_on_good_by_code"]


def _messages(engine, text: str, kind: str, code: str) -> list[str]:
    report = engine.check_many([text], [kind])[0]
    return [f.message for f in report.findings if f.code == code]


def test_jargon_in_a_goal_gets_goal_advice(engine):
    goal = _messages(engine, "Mum will stop the non-engagement and Ava will feel safe.", "goal", "SOS101")
    worry = _messages(engine, "Mum's non-engagement worries the social worker.", "worry", "SOS101")
    assert goal and worry
    assert "will do each week" in goal[0] and "meetings" not in goal[0]
    assert "meetings" in worry[0]


def test_poor_school_attendance_gets_attendance_advice(engine):
    worry = _messages(engine, "There is poor school attendance and Kai is behind.", "worry", "SOS302")
    goal = _messages(engine, "Kai's poor school attendance will improve.", "goal", "SOS302")
    assert worry and "days" in worry[0] and "missed" in worry[0]
    assert goal and "get" in goal[0] and "to school" in goal[0]


def test_every_word_lexicon_entry_has_a_code_and_a_source(engine):
    for filename in ("jargon.toml", "specificity.toml"):
        for entry in engine.lexicons.entries(filename):
            assert entry.code, f"{filename}: {entry.phrase} has no rule code"
            assert entry.source, f"{filename}: {entry.phrase} has no source"
            assert entry.advice or entry.replacement, f"{filename}: {entry.phrase} gives no advice"


def test_word_lexicons_use_one_field_name_and_state_group_data_once():
    for filename in ("jargon.toml", "specificity.toml"):
        data = load_toml(filename)
        groups = data["group"]
        for name, group in groups.items():
            assert group.get("code") and group.get("source"), f"{filename}: [group.{name}]"
        for term in data["term"]:
            assert "category" not in term and "kind" not in term, term["phrase"]
            assert term["group"] in groups, term["phrase"]
            assert "code" not in term, f"{term['phrase']}: the code is stated by its group"
            assert term.get("source") != groups[term["group"]]["source"], \
                f"{term['phrase']}: repeats its group's source"
    assert "allow" in load_toml("jargon.toml")["group"]["acronym"]
    assert not (ROOT / "rules" / "acronyms.toml").exists(), "acronyms are stated in jargon.toml only"


def test_a_file_of_good_statements_only_is_measured_not_crashed(engine, capsys):
    rows = [{"id": "g-1", "kind": "worry", "good": True, "faults": [],
             "text": "Nan is worried that Mum has left Will (4) alone in the flat twice this month.",
             "must_not_flag": [{"reason": "name", "words": "Will"}]}]
    fig = eval_words.measure(engine, rows, None)
    assert fig["word_fault_recall"] is None and fig["must_not_flag_marked"] == 1
    eval_words._print(fig)
    assert "no word faults marked" in capsys.readouterr().out
