"""Issue 11 §2, round 4: a phrase the check flags as an error never survives a rewrite word for
word, fewer questions where the draft has the part, and the bracket test stays linear.

Every example here is written for these tests (none is copied from tests/data or corpus/)."""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from sos_lint.rewrite import Brackets, _in_placeholder, fidelity, questions, rewrite
from sos_lint.rewrite.edits import Edit


def _bare(result) -> str:
    return fidelity.without_placeholders(result.text)


# --- the bracket test: same answers as the old prefix count, without rescanning ----------------
def _quadratic(text: str, start: int, end: int) -> bool:
    """The test as it was: count the brackets in the whole prefix on every call."""
    before = text[:start]
    return before.count("[") > before.count("]") or "[" in text[start:end] or "]" in text[start:end]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab []", max_size=40), st.data())
def test_the_bracket_index_answers_as_the_prefix_count_did(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    edit = Edit(start, end, "x", "SOS101", "why")
    assert _in_placeholder(Brackets(text), edit) == _quadratic(text, start, end)


def test_the_bracket_index_on_a_question_and_plain_words():
    text = "Mum [who saw it?] went out. Dad stayed."
    index = Brackets(text)
    assert index.covers(text.index("saw"), text.index("saw") + 3)  # inside the question
    assert index.covers(0, text.index("went"))  # cuts across it
    assert not index.covers(text.index("Dad"), text.index("Dad") + 3)


# --- flagged errors never kept -------------------------------------------------------------------
def test_a_hedge_and_a_blamed_relationship_in_one_sentence_both_go_and_the_facts_stay():
    draft = ("It is thought that Kayla (14) is in a relationship with a 22-year-old man and she was seen leaving his flat "
             "at 3am on 4 March.")
    result = rewrite(draft, "worry")
    bare = _bare(result).lower()
    assert "is thought" not in bare and "relationship with" not in bare
    for fact in ("Kayla", "14", "22-year-old", "3am", "4 March"):
        assert fact in result.text
    assert "was seen leaving his flat" in result.text  # the clause nothing flagged stays


def _kept_errors(draft: str, kind: str, result) -> list[str]:
    import sos_lint

    report = sos_lint.check(draft, kind=kind)
    spans = fidelity.error_spans(report)
    assert spans, "the example must hold a phrase the check flags"
    bare = _bare(result)
    return [words for words in spans if re.search(r"(?<!\w)" + re.escape(words) + r"(?!\w)", bare, re.I)]


def test_every_flagged_phrase_in_two_sentences_becomes_one_question_each():
    draft = ("Tyler (15) is believed to be selling drugs for older boys and has no remorse. "
             "Tyler has made a lifestyle choice to stay out all night.")
    result = rewrite(draft, "worry")
    assert _kept_errors(draft, "worry", result) == []
    asked = [p.text for p in result.placeholders if "do" in p.text.lower() and "who saw" in p.text.lower()]
    assert len(asked) == len(set(asked))


def test_a_question_another_asks_already_is_dropped():
    kept = questions.distinct_questions([
        "[What did the adults do to Mia? Who saw it?]",
        "[What did the adults do to Mia at the park? Who saw it?]",
        "[What did the adults do, and who saw or heard it?]",
        "[Who is worried? What did they see or hear?]",
    ])
    assert kept == ["[What did the adults do to Mia at the park? Who saw it?]",
                    "[Who is worried? What did they see or hear?]"]
    # Two different adults are two questions.
    assert len(questions.distinct_questions(["[What did Mum do?]", "[What did Dad do?]"])) == 2


def test_a_kept_clause_after_a_question_gets_no_extra_helper_verb():
    draft = "Mum has failed to protect Lexi and continues to let Mr Hale stay at the flat."
    result = rewrite(draft, "worry")
    assert "has continues" not in result.text and "continues to let" in result.text
    draft = "Kian does not see himself as a victim and refuses to speak to the youth worker."
    assert "does refuses" not in rewrite(draft, "worry").text


def test_a_guess_about_a_thing_asks_about_the_adults_not_the_thing():
    draft = "Alfie (2) had a burn on his hand on 3 May. The mark is consistent with a cigarette."
    result = rewrite(draft, "worry")
    asks = " ".join(p.text for p in result.placeholders)
    assert "did mark do" not in asks.lower() and "did the mark do" not in asks.lower()


def test_a_childs_name_that_is_a_season_is_not_repeated_in_the_question():
    draft = "Summer (13) was picked up by police at 2am. Mum has failed to protect Summer."
    result = rewrite(draft, "worry")
    assert not re.search(r"\bSummer Summer\b", result.text)


def test_the_grammar_check_counts_a_helper_verb_before_a_verb_with_its_own_tense(engine):
    draft = next(iter(engine.parse(["Mum has failed to act and continues to let him stay."])))
    broken = next(iter(engine.parse(["Mum has continues to let him stay."])))
    assert fidelity.compare(draft, broken).counts["finite_after_aux"] == 1
    fine = next(iter(engine.parse(["Mum continues to let him stay."])))
    assert fidelity.compare(draft, fine).counts["finite_after_aux"] == 0


def test_a_passive_in_a_relative_clause_is_not_turned_round():
    draft = "Ben (3) had a cut on his chin which was not shown to a doctor by Dad for 2 days."
    result = rewrite(draft, "worry")
    assert "report which" not in result.text and "show which" not in result.text.lower()
    assert "which was not shown to a doctor by Dad" in result.text


def test_the_last_resort_question_replaces_the_flagged_clause_and_keeps_the_age(engine):
    text = "Nia (12) has made a lifestyle choice to meet older men at the bus station."
    doc = next(iter(engine.parse([text])))
    start = text.index("lifestyle choice")
    edits = questions.fallback_edits(doc, [(start, start + len("lifestyle choice"))], "worry", "Nia")
    assert len(edits) == 1 and edits[0].start <= start and edits[0].end >= start + len("lifestyle choice")
    assert "Nia (12)" in edits[0].replacement and edits[0].replacement.startswith("[What did")


def test_the_eval_counts_a_goals_error_phrase_left_with_no_question(engine):
    from devtools.eval_rewrite import unanswered_errors

    import sos_lint

    draft = "Dad will stay off drugs completely."
    report = sos_lint.check(draft, kind="goal")
    assert unanswered_errors(report, draft)  # the draft as written leaves it unanswered
    assert unanswered_errors(report, rewrite(draft, "goal").text) == []
