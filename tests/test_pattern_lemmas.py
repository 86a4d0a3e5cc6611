"""The shipped lemma table (models/pattern_lemmas.json.gz) gives the phrase matchers exactly the
lemmas the tagger and lemmatizer give, is used only for the passes it was made for, and is current."""
from __future__ import annotations

import pytest

from sos_lint import pattern_lemmas
from sos_lint.checks.lexicon import LexiconIndex
from sos_lint.nlp import load


@pytest.fixture(scope="module")
def recorded():
    from devtools.pattern_lemmas import record

    recorder = pattern_lemmas.RecordingPipeline(load())
    record(recorder)
    return recorder


def test_every_pass_the_engine_makes_is_in_the_table_with_the_same_lemmas(recorded):
    table = pattern_lemmas.read_table()
    assert table["pipeline"] == pattern_lemmas.pipeline_id(load())
    stale = [key for key, lemmas in recorded.passes.items() if table["passes"].get(key) != lemmas]
    assert not stale, "models/pattern_lemmas.json.gz is out of date: run python -m devtools.pattern_lemmas"


def test_a_pass_from_the_table_equals_the_pass_it_replaces(recorded):
    nlp = load()
    tabled = pattern_lemmas.TabledPipeline(nlp, {"pipeline": pattern_lemmas.pipeline_id(nlp),
                                                 "passes": recorded.passes})
    for key, phrases in recorded.phrases.items():
        with nlp.select_pipes(disable=["parser", "ner"]):
            if pattern_lemmas.pass_key(nlp, phrases) != key:
                continue  # a pass made with other components (none today)
            served = list(tabled.pipe(phrases))
            piped = list(nlp.pipe(phrases))
        assert [[t.text for t in d] for d in served] == [[t.text for t in d] for d in piped]
        assert [[t.lemma for t in d] for d in served] == [[t.lemma for t in d] for d in piped]
    assert tabled.served == len(recorded.phrases) > 0


def test_the_table_is_not_used_for_other_phrases_other_components_or_another_model():
    nlp = load()
    phrases = ["engage with", "was hitting"]
    with nlp.select_pipes(disable=["parser", "ner"]):
        real = [[t.lemma_ for t in d] for d in nlp.pipe(phrases)]
        key = pattern_lemmas.pass_key(nlp, phrases)
    wrong = [["WRONG", "WRONG"], ["WRONG", "WRONG"]]
    table = {"pipeline": pattern_lemmas.pipeline_id(nlp), "passes": {key: wrong}}
    tabled = pattern_lemmas.TabledPipeline(nlp, table)
    with nlp.select_pipes(disable=["parser", "ner"]):
        assert [[t.lemma_ for t in d] for d in tabled.pipe(phrases)] == wrong  # the table is read...
        assert [[t.lemma_ for t in d] for d in tabled.pipe([*phrases, "hit"])][:2] == real  # ...for its list only
    assert [[t.lemma_ for t in d] for d in tabled.pipe(phrases)] == real  # parser and ner running: not its pass
    other = pattern_lemmas.TabledPipeline(nlp, {**table, "pipeline": {**table["pipeline"], "version": "0.0.0"}})
    with nlp.select_pipes(disable=["parser", "ner"]):
        assert [[t.lemma_ for t in d] for d in other.pipe(phrases)] == real
    assert tabled.served == 1 and other.served == 0


def test_a_missing_or_damaged_table_means_every_pass_runs(tmp_path):
    assert pattern_lemmas.read_table(tmp_path / "none.json.gz") == {}
    (tmp_path / "bad.json.gz").write_bytes(b"not gzip")
    assert pattern_lemmas.read_table(tmp_path / "bad.json.gz") == {}
    index = LexiconIndex(pattern_lemmas.TabledPipeline(load(), {}))
    assert index.entries("child_focus.toml")  # built by piping, as before
