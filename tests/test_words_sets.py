"""The word-level rules on the other hand-marked sets they were tuned on (words_heldout.jsonl, the
blind dev set and the round-3 blind test sets in tests/data/blind/): the issue-11 targets hold there too, and the
lexicon's context fields (pos_in, modifier_not_in, no_subject, exact) do what the TOML says."""
from __future__ import annotations

from pathlib import Path

import pytest

from devtools import eval_words
from sos_lint.checks.lexicon import load_entries

ROOT = Path(__file__).resolve().parents[1]
# The round-3 blind test sets became tuning data in round 4 (issue 11): the targets hold there too.
# Rounds 4 and 5's blind sets (words_test4, words_test5) became tuning data in rounds 5 and 6.
SETS = [ROOT / "tests" / "data" / "words_heldout.jsonl", ROOT / "tests" / "data" / "blind" / "words_dev.jsonl",
        ROOT / "tests" / "data" / "blind" / "words_test.jsonl", ROOT / "tests" / "data" / "blind" / "words_test2.jsonl",
        ROOT / "tests" / "data" / "blind" / "words_test4.jsonl", ROOT / "tests" / "data" / "blind" / "words_test5.jsonl",
        # rounds 6 and 7's blind sets, tuned on in rounds 7 and 8 (set 8, measured blind this round, is not held to it)
        ROOT / "tests" / "data" / "blind" / "words_test6.jsonl", ROOT / "tests" / "data" / "blind" / "words_test7.jsonl",
        # round 9's blind set, tuned on in round 10
        ROOT / "tests" / "data" / "blind" / "words_test9.jsonl",
        # round 10's blind set, tuned on in round 11
        ROOT / "tests" / "data" / "blind" / "words_test10.jsonl",
        # round 11's blind set and class battery, tuned on in round 12
        ROOT / "tests" / "data" / "blind" / "words_test11.jsonl", ROOT / "tests" / "data" / "blind" / "words_battery11.jsonl"]


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.name)
def test_targets_hold_on_the_other_tuning_sets(engine, path):
    if not path.exists():
        pytest.skip(f"{path.name} is not in this checkout")
    figures = eval_words.measure(engine, eval_words.load_probe(path))
    assert figures["word_fault_recall"] >= eval_words.TARGETS["word_fault_recall"], figures["missed"]
    assert figures["must_not_flag_rate"] <= eval_words.TARGETS["must_not_flag_rate"], figures["false_alarms"]
    assert figures["alarms_per_good_word_rules"] <= eval_words.TARGETS["alarms_per_good"], \
        figures["alarms_on_good_by_code"]


def test_context_fields_are_read_from_the_lexicons():
    jargon = {e.phrase: e for e in load_entries("jargon.toml")}
    assert jargon["contact"].pos_in == ("NOUN",) and "during" in jargon["contact"].head_in
    assert "work" in jargon["placement"].modifier_not_in
    assert jargon["going forward"].no_subject
    specificity = {e.phrase: e for e in load_entries("specificity.toml")}
    assert specificity["was present"].exact


def _flagged(engine, text: str, kind: str, code: str) -> list[str]:
    report = engine.check_many([text], [kind])[0]
    return [report.text[f.start:f.end] for f in report.findings if f.code == code]


def test_exact_forms_are_not_matched_on_lemmas(engine):
    assert _flagged(engine, "Tia was present when Dad kicked the door in.", "worry", "SOS302") == ["was present"]
    assert "be present" not in " ".join(
        _flagged(engine, "Mum, you will make sure Nan will be present at tea time every day.", "goal", "SOS302"))


def test_an_adverbial_is_not_a_clause_with_a_subject(engine):
    assert _flagged(engine, "Moving forward, Dad will walk Tia to school.", "goal", "SOS101") == ["Moving forward"]
    assert not _flagged(engine, "Dad will walk Tia to school when the clocks go forward.", "goal", "SOS101")


def test_round6_figures_on_set5(engine):
    """Round 6's task: on words_test5 span recall >= 0.93, must-not-flag <= 0.02, and the good
    statements' one warning (SOS512 on "kept safe and warm in his cot") gone."""
    path = ROOT / "tests" / "data" / "blind" / "words_test5.jsonl"
    if not path.exists():
        pytest.skip(f"{path.name} is not in this checkout")
    figures = eval_words.measure(engine, eval_words.load_probe(path))
    assert figures["word_fault_recall"] >= 0.93, figures["missed"]
    assert figures["must_not_flag_rate"] <= 0.02, figures["false_alarms"]
    assert "SOS512" not in figures["alarms_on_good_by_code"], figures["alarms_on_good_by_code"]
