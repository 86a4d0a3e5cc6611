"""The learned word-tagger experiment (devtools/learned_words.py): its folds never hold the blind
set, its labels come from the marks, its spans merge adjacent tokens, and its scoring is
eval_words' own."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from devtools import learned_words as lw


def test_folds_never_hold_a_blind_set_and_pair_good_sets_with_their_words_sets():
    from devtools.eval_blind import BLIND, INFORMED

    groups = lw.set_files()
    files = [p for paths in groups.values() for p in paths]
    assert files, "no word sets found"
    # Only sets already opened for tuning: set 40 (blind) never, set 39 (opened in round 41) yes.
    assert not any(p.parent == BLIND and p.stem not in INFORMED for p in files)
    assert not any(p.stem in ("words_test40", "good_test40") for p in files)
    assert {p.stem for p in groups["words_test39"]} == {"words_test39", "good_test39"}
    assert {p.stem for p in groups["words_test38"]} == {"words_test38", "good_test38"}
    assert {p.stem for p in groups["words_test37"]} == {"words_test37", "good_test37"}
    assert {p.stem for p in groups["words_test36"]} == {"words_test36", "good_test36"}
    assert {p.stem for p in groups["words_test35"]} == {"words_test35", "good_test35"}
    assert {p.stem for p in groups["words_test34"]} == {"words_test34", "good_test34"}
    assert {p.stem for p in groups["words_test33"]} == {"words_test33", "good_test33"}
    assert {p.stem for p in groups["words_test32"]} == {"words_test32", "good_test32"}
    assert {p.stem for p in groups["words_test31"]} == {"words_test31", "good_test31"}
    assert {p.stem for p in groups["words_test30"]} == {"words_test30", "good_test30"}
    assert {p.stem for p in groups["words_test29"]} == {"words_test29", "good_test29"}
    assert {p.stem for p in groups["words_test28"]} == {"words_test28", "good_test28"}
    assert {p.stem for p in groups["words_test27"]} == {"words_test27", "good_test27"}
    assert {p.stem for p in groups["words_test26"]} == {"words_test26", "good_test26"}
    assert {p.stem for p in groups["words_test25"]} == {"words_test25", "good_test25"}
    assert {p.stem for p in groups["words_test24"]} == {"words_test24", "good_test24"}
    assert {p.stem for p in groups["words_test23"]} == {"words_test23", "good_test23"}
    assert {p.stem for p in groups["words_test22"]} == {"words_test22", "good_test22"}
    assert {p.stem for p in groups["words_test21"]} == {"words_test21", "good_test21"}
    assert {p.stem for p in groups["words_test20"]} == {"words_test20", "good_test20"}
    assert {p.stem for p in groups["words_test19"]} == {"words_test19", "good_test19"}
    assert {p.stem for p in groups["words_test18"]} == {"words_test18", "good_test18"}
    # Training-only files (tests/data/train/words_*.jsonl) are folds of their own, never a people file.
    train = [p for p in files if p.parent.name == "train"]
    assert all(p.stem.startswith("words_") and groups[p.stem] == [p] for p in train)
    assert {p.stem for p in groups["words_test17"]} == {"words_test17", "good_test17"}
    assert {p.stem for p in groups["words_test16"]} == {"words_test16", "good_test16"}
    assert {p.stem for p in groups["words_test15"]} == {"words_test15", "good_test15"}
    assert {p.stem for p in groups["words_test14"]} == {"words_test14", "good_test14"}


def test_other_readers_marks_are_trained_on_only_for_open_sets():
    from devtools.eval_blind import INFORMED

    assert "words_test39" in INFORMED and "words_test40" not in INFORMED
    assert lw._open_row("w21-01") and lw._open_row("w20-01") and lw._open_row("w18-01") and lw._open_row("w15-30")
    assert lw._open_row("w22-01") and lw._open_row("w23-01")  # set 23: opened in round 25
    assert lw._open_row("w24-01")  # set 24: opened in round 26
    assert lw._open_row("w25-01")  # set 25: opened in round 27
    assert lw._open_row("w26-01")  # set 26: opened in round 28
    assert lw._open_row("w27-01")  # set 27: opened in round 29
    assert lw._open_row("w28-01")  # set 28: opened in round 30
    assert lw._open_row("w29-01")  # set 29: opened in round 31
    assert lw._open_row("w30-01")  # set 30: opened in round 32
    assert lw._open_row("w31-01")  # set 31: opened in round 33
    assert lw._open_row("w32-01")  # set 32: opened in round 34
    assert lw._open_row("w33-01")  # set 33: opened in round 35
    assert lw._open_row("w34-01")  # set 34: opened in round 36
    assert lw._open_row("w35-01")  # set 35: opened in round 37
    assert lw._open_row("w36-01")  # set 36: opened in round 38
    assert lw._open_row("w37-01")  # set 37: opened in round 39
    assert lw._open_row("w38-01")  # set 38: opened in round 40
    assert lw._open_row("w39-01")  # set 39: opened in round 41
    assert not lw._open_row("w40-01")  # set 40: blind
    assert not lw._open_row("g18-01") and not lw._open_row("pa18-001")  # not a words row


@pytest.fixture(scope="module")
def nlp_engine():
    from sos_lint.api import engine

    return engine()


def test_labels_follow_the_marks(nlp_engine):
    row = {"id": "t1", "kind": "worry", "good": False,
           "text": "Mum is non-compliant and Leo was hit by Dad.",
           "faults": [{"type": "label", "words": "non-compliant"}],
           "must_not_flag": [{"reason": "name", "words": "Leo"}]}
    doc = next(iter(nlp_engine.parse([row["text"]])))
    labels, weights = lw.token_labels(doc, row)
    by_word = {t.text: (lab, w) for t, lab, w in zip(doc, labels, weights)}
    assert by_word["compliant"][0] == "label"
    assert by_word["Leo"] == ("none", 3.0)
    assert by_word["hit"] == ("none", 1.0)


def test_structure_marks_are_left_out_of_training(nlp_engine):
    row = {"id": "t2", "kind": "worry", "good": False, "text": "Mum has not engaged with services.",
           "faults": [{"type": "compliance", "words": "not engaged with services"}], "must_not_flag": []}
    doc = next(iter(nlp_engine.parse([row["text"]])))
    _, weights = lw.token_labels(doc, row)
    assert [w for t, w in zip(doc, weights) if t.text == "engaged"] == [0.0]


def test_features_mark_quotes_names_and_endings(nlp_engine):
    doc = next(iter(nlp_engine.parse(['Nan said, "Mum is fine." The assessment shows neglect.'])))
    feats = lw.token_features(doc, "worry")
    by_word = {t.text: f for t, f in zip(doc, feats)}
    assert "quoted" in by_word["fine"]
    assert "quoted" not in by_word["assessment"]
    assert "suf=ment" in by_word["assessment"]
    assert "k=worry" in by_word["neglect"]


def _row(text, quoted=None):
    tokens, i = [], 0
    for word in text.split(" "):
        tokens.append((i, i + len(word), word in ".,"))
        i += len(word) + 1
    return {"text": text, "tokens": tokens, "quoted": quoted or [False] * len(tokens)}


def test_adjacent_tokens_over_the_threshold_make_one_span_typed_by_weight():
    row = _row("Dad is very chaotic and hostile .")
    p = [0.1, 0.2, 0.7, 0.9, 0.2, 0.8, 0.9]
    types = [{"vague": 0.5, "label": 0.5}] * 3 + [{"label": 0.9, "vague": 0.1}] + [{"vague": 1.0}] * 3
    spans = lw.spans_from(row, {"p": p, "types": types}, 0.5)
    assert spans == [(7, 19, "label"), (24, 31, "vague")]  # the full stop never starts or joins a span


def test_no_span_inside_quotes():
    row = _row("Mum said hostile things", quoted=[False, False, True, False])
    spans = lw.spans_from(row, {"p": [0.0, 0.0, 0.9, 0.0], "types": [{"label": 1.0}] * 4}, 0.5)
    assert spans == []


def test_scoring_is_eval_words_measure():
    row = {"id": "r", "kind": "worry", "good": False, "text": "Mum is hostile to workers.",
           "faults": [{"type": "label", "words": "hostile"}], "must_not_flag": [{"reason": "job", "words": "workers"}],
           **{k: v for k, v in _row("Mum is hostile to workers.").items() if k != "text"}, "rules": []}
    pred = {"p": [0.0, 0.0, 0.9, 0.0, 0.0], "types": [{"label": 1.0}] * 5}
    fig = lw.score([row], [pred], 0.5, None)
    assert fig["word_fault_recall"] == 1.0 and fig["must_not_flag_rate"] == 0.0
    fig = lw.score([row], [pred], 0.95, None)
    assert fig["word_fault_recall"] == 0.0
    assert lw.summary(lw.counts(lw.score([row], [pred], 0.5, None)))["recall"] == 1.0


def test_threshold_is_chosen_within_the_false_alarm_budget():
    def c(hits, flagged, alarms):
        return {"hits": hits, "faults": 10, "any": hits, "flagged": flagged, "marks": 20, "alarms": alarms, "good": 20}

    table = {"a": {"rules": {1.01: c(5, 0, 2)},
                   "union": {t: (c(9, 3, 6) if t < 0.5 else c(7, 1, 3)) for t in lw.THRESHOLDS}}}
    assert lw.choose_threshold(table, ["a"]) == 0.5
    table["a"]["union"] = {t: c(9, 5, 9) for t in lw.THRESHOLDS}
    assert lw.choose_threshold(table, ["a"]) is None
    _ = SimpleNamespace  # noqa: F841
