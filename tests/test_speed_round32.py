"""Round 32 (speed): answers kept instead of worked out again must be keyed right.

- specificity._reported_as (the code a word-list match is reported under) is asked of every match by
  each rule that reports the list and by the readings that step aside for it: it is now answered once
  per statement, match and entry, in the statement's own Context. Two statements (or one text read as
  a worry and as a goal) must never share an answer, and each kept answer must be the one worked out
  afresh.
- words30._det_noun_entries (the jargon list's "the + noun" entries, by the noun) depends only on the
  jargon list, so it is made once per lexicon index: an engine with a user's own jargon must get its
  own table, never another engine's.
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from sos_lint.api import engine
from sos_lint.checks import specificity, words30
from sos_lint.checks.base import Context
from sos_lint.checks.lexicon import Entry
from sos_lint.config import Config


@pytest.fixture(scope="module")
def eng():
    return engine()


def context(eng, text: str, kind: str) -> Context:
    doc = next(iter(eng.parse([text])))
    return Context(doc=doc, kind=kind, config=eng.config, lexicons=eng.lexicons)


def test_a_worry_only_term_is_answered_per_statement_not_shared(eng):
    # "minimises" is listed for worries only: the same words, read as a goal, are left alone.
    text = "Dad minimises how much he drinks when the children are at home."
    worry, goal = context(eng, text, "worry"), context(eng, text, "goal")
    pairs = [(span, entry) for span, entry in worry.matches(specificity.LEXICON) if entry.phrase == "minimises"]
    assert pairs, "the word list should match 'minimises'"
    span, entry = pairs[0]
    said_in_worry = specificity._reported_as(worry, span, entry)
    goal_span = next(s for s, e in goal.matches(specificity.LEXICON) if e is entry)
    said_in_goal = specificity._reported_as(goal, goal_span, entry)
    assert said_in_worry == entry.code != ""
    assert said_in_goal == ""
    # asked again, each statement keeps its own answer
    assert specificity._reported_as(worry, span, entry) == said_in_worry
    assert specificity._reported_as(goal, goal_span, entry) == ""


def test_two_statements_keep_separate_answers(eng):
    # The same term at the same words ("hostile", token 2) in two statements: each statement's answers
    # live in its own Context and are the ones worked out afresh for it.
    first = context(eng, "Mum is hostile to the social worker at every visit.", "worry")
    second = context(eng, "Dad is hostile, the school says, but he has never shouted at anyone.", "worry")
    for ctx in (first, second):
        for span, entry in ctx.matches(specificity.LEXICON):
            assert specificity._reported_as(ctx, span, entry) == specificity._reported_as_now(ctx, span, entry)
    assert first.cache["specificity:reported_as"] is not second.cache["specificity:reported_as"]


@pytest.mark.parametrize("text", [
    "Mum is in denial about the impact of domestic abuse and has failed to engage with services.",
    "Dad presents as hostile and uncooperative; he minimises the concerns and lacks insight.",
    "Leo's mum will be supported to manage his challenging behaviour and will engage with the plan.",
    "The parents have been non-compliant and continue to put their own needs first.",
])
@pytest.mark.parametrize("kind", ["worry", "goal"])
def test_every_kept_answer_is_the_fresh_one(eng, text, kind):
    ctx = context(eng, text, kind)
    eng.findings(ctx.doc, kind)  # the rules fill their own Context's answers; this one starts empty
    matches = ctx.matches(specificity.LEXICON)
    assert matches
    for span, entry in matches:
        kept = specificity._reported_as(ctx, span, entry)
        assert kept == specificity._reported_as_now(ctx, span, entry)
        assert specificity._reported_as(ctx, span, entry) == kept


def test_findings_are_the_same_with_a_warm_and_a_cold_memo(eng):
    text = "Mum is hostile and minimises the concerns; the family home is chaotic."
    doc = next(iter(eng.parse([text])))
    once, _ = eng.findings(doc, "worry")
    again, _ = eng.findings(doc, "worry")  # a new Context on the same Doc: answers made afresh
    assert [(f.code, f.start, f.end, f.message) for f in once] == [(f.code, f.start, f.end, f.message) for f in again]


class _Lexicons:
    """A lexicon index as _det_noun_entries reads it: only its jargon entries."""

    def __init__(self, entries):
        self._entries = entries
        self.asked = 0

    def entries(self, filename: str):
        assert filename == "jargon.toml"
        self.asked += 1
        return self._entries


def _term(phrase: str, code: str = "SOS101", kinds: tuple = ()) -> Entry:
    return Entry(phrase=phrase, group="local", code=code, kinds=kinds)


def test_det_noun_table_is_made_once_per_lexicon_index():
    lexicons = _Lexicons([_term("the gazebo"), _term("a shed"), _term("the big barn"), _term("an oven", code="SOS102")])
    first = words30._det_noun_entries(SimpleNamespace(lexicons=lexicons))
    second = words30._det_noun_entries(SimpleNamespace(lexicons=lexicons))
    assert first is second and lexicons.asked == 1
    assert set(first) == {"gazebo", "shed"}  # three words, or another rule's term, are not "the + noun"


def test_det_noun_tables_of_two_indexes_are_never_shared():
    ours = _Lexicons([_term("the gazebo")])
    theirs = _Lexicons([_term("the setting"), _term("the gazebo", kinds=("goal",))])
    assert set(words30._det_noun_entries(SimpleNamespace(lexicons=ours))) == {"gazebo"}
    assert set(words30._det_noun_entries(SimpleNamespace(lexicons=theirs))) == {"setting"}
    # and a user's own jargon reaches the engine built with it, not the shipped engine
    local = engine(Config(jargon=(("the gazebo", "the garden hut"),)))
    assert "gazebo" in words30._det_noun_entries(SimpleNamespace(lexicons=local.lexicons))
    assert "gazebo" not in words30._det_noun_entries(SimpleNamespace(lexicons=engine().lexicons))
