"""Round 22 (cold start): the lexicons' phrase matchers take their patterns from the shipped table
(models/pattern_lemmas.json.gz: each pass's words and lemmas) without making a Doc per phrase. The
patterns, and so every match, must be exactly those the Docs gave; the table must be current; and
it must not be used where its words could be wrong (other tokenizer rules, a user's own jargon)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from sos_lint import pattern_lemmas
from sos_lint.checks.lexicon import LexiconIndex
from sos_lint.nlp import load

FILES = ("jargon.toml", "specificity.toml", "structure.toml", "child_focus.toml")
ROOT = Path(__file__).resolve().parents[1]


def patterns(index: LexiconIndex, filename: str) -> list[dict]:
    """Each matcher's patterns as PhraseMatcher keeps them: key -> the attribute values."""
    _, matchers = index._build(filename)
    return [{key: sorted(found) for key, found in matcher.__reduce__()[1][1].items()} for matcher in matchers]


@pytest.fixture(scope="module")
def nlp():
    return load()


@pytest.fixture(scope="module")
def served(nlp):
    tabled = pattern_lemmas.TabledPipeline(nlp)
    return LexiconIndex(tabled), tabled


@pytest.fixture(scope="module")
def piped(nlp):
    return LexiconIndex(nlp)  # no table: every phrase made into a Doc, as before round 22


def statements(limit: int = 120) -> list[str]:
    rows = [json.loads(line) for line in (ROOT / "corpus" / "part_a.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return [row["text"] for row in rows[:limit]] + [
        "Mum needs to engage with services and address her substance misuse. The SW and the IRO met at the CIN meeting.",
        "Dad was present when Ava disclosed that she had been assaulted; going forward the LA will monitor.",
    ]


def test_the_table_serves_every_lexicon_and_its_exact_forms(served):
    index, tabled = served
    before = tabled.served
    for filename in FILES:
        index.entries(filename)
    assert tabled.served - before >= len(FILES) + 1  # the four lemma passes and jargon's exact forms


@pytest.mark.parametrize("filename", FILES)
def test_patterns_from_the_table_are_the_patterns_the_docs_give(served, piped, filename):
    assert patterns(served[0], filename) == patterns(piped, filename)


def test_every_match_and_its_order_is_the_same_either_way(nlp, served, piped):
    for doc in nlp.pipe(statements()):
        for filename in FILES:
            assert served[0]._fitting(filename, doc) == piped._fitting(filename, doc)
            assert [(s.start, s.end, e.phrase) for s, e in served[0].find(filename, doc, per_group=True)] == \
                [(s.start, s.end, e.phrase) for s, e in piped.find(filename, doc, per_group=True)]


def test_the_tables_words_are_the_tokenizers_words(nlp):
    from devtools.pattern_lemmas import record

    recorder = pattern_lemmas.RecordingPipeline(nlp)
    record(recorder)
    table = pattern_lemmas.read_table()
    assert table["pipeline"] == pattern_lemmas.pipeline_id(nlp)
    assert recorder.tokenized, "the exact forms' tokenizer pass was not recorded"
    stale = [key for key, words in recorder.words.items() if table.get("words", {}).get(key) != words]
    assert not stale, "models/pattern_lemmas.json.gz is out of date: run python -m devtools.pattern_lemmas"
    for key, texts in recorder.tokenized.items():
        assert [[t.text for t in nlp.make_doc(text)] for text in texts] == table["words"][key]


def test_other_tokenizer_rules_mean_the_table_is_not_used(nlp):
    from spacy.util import compile_suffix_regex

    real = pattern_lemmas.pipeline_id(nlp)
    original = nlp.tokenizer.suffix_search
    try:
        nlp.tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, r"(?<=\bzz)z$"]).search
        assert pattern_lemmas.pipeline_id(nlp)["tokenizer"] != real["tokenizer"]
        tabled = pattern_lemmas.TabledPipeline(nlp)
        with nlp.select_pipes(disable=["parser", "ner"]):
            assert tabled.phrase_words(["engage with"]) is None
        assert tabled.served == 0
    finally:
        nlp.tokenizer.suffix_search = original
    assert pattern_lemmas.pipeline_id(nlp) == real


def test_a_users_own_jargon_is_made_into_docs_and_still_matches(nlp):
    tabled = pattern_lemmas.TabledPipeline(nlp)
    index = LexiconIndex(tabled, (("core group", "the meeting of the people who help"),))
    entries = index.entries("jargon.toml")
    assert entries[-1].phrase == "core group" and entries[-1].group == "local"
    doc = nlp("The core groups met on Tuesday and Mum did not engage with the plan.")
    found = [(s.text, e.group) for s, e in index.find("jargon.toml", doc)]
    assert ("core groups", "local") in found
    assert patterns(index, "jargon.toml") == patterns(LexiconIndex(nlp, (("core group", "the meeting of the people who help"),)),
                                                      "jargon.toml")


def test_a_phrase_the_table_does_not_hold_is_not_served(nlp):
    tabled = pattern_lemmas.TabledPipeline(nlp)
    with nlp.select_pipes(disable=["parser", "ner"]):
        assert tabled.phrase_words(["engage with", "a phrase in no lexicon"]) is None
    assert tabled.phrase_words(["a phrase in no lexicon"], lemmas=False) is None
    assert tabled.served == 0


def test_the_tokenizer_read_with_our_suffix_is_the_one_setting_it_after_loading_gives(nlp):
    """nlp.py reads the tokenizer with the extra suffix rule in its settings (its special cases are
    loaded once): the same tokenizer, byte for byte, as loading the pipeline and then setting the rule."""
    import spacy
    from spacy.util import compile_suffix_regex

    from sos_lint.nlp import LONE_CAPITAL_STOP

    ours = nlp.language
    plain = spacy.load(f"{ours.meta['lang']}_{ours.meta['name']}")
    plain.tokenizer.suffix_search = compile_suffix_regex([*plain.Defaults.suffixes, LONE_CAPITAL_STOP]).search
    assert ours.tokenizer.to_bytes(exclude=["vocab"]) == plain.tokenizer.to_bytes(exclude=["vocab"])
    assert ours.pipe_names == plain.pipe_names and ours.config == plain.config
    text = ("Child A. told Mr. Smith at 3 p.m. that Dr. B. Jones (the GP) can't see her; Mum's ex-partner "
            "said \"no\" e.g. on 12/03/2024 at www.example.org and N.B. the U.K. office.")
    assert [t.text for t in ours.make_doc(text)] == [t.text for t in plain.make_doc(text)]
    assert [t.text for t in ours.make_doc("Child A.")] == ["Child", "A", "."]  # the rule itself
