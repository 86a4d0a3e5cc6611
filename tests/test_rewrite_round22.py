"""Round 22 (issue 11 section 2), the rewrite. Wordings are my own (none from tests/data or corpus/).

Item 1: a jargon term with no plain swap that is the subject or the object of a verb ("The core
group will meet on 3 May", "A strategy discussion was held", "Mum missed the core group"), or a
word naming the kind of the noun after it ("Bo's emotional availability needs"), used to give its
place to the question from its advice: "[Who meets and why?] will meet on 3 May" is not a
sentence. Now its words stay and the question follows the sentence, naming them:
"The core group will meet on 3 May. ["core group": Who meets and why?]". After a preposition or
"be" the question still stands where the thing would be named (round 32: not after a verb's own
preposition, "take part in a parenting assessment"), and a verbless line's item is still replaced ("Worries: neglect and [...]").
"""
from __future__ import annotations

import re

import pytest

from sos_lint.rewrite import fidelity, rewrite_many

OPENER = "Dad hit Mum in the kitchen on 2 May when he was drunk. "


def _words_only(drafts, kind="worry"):
    return rewrite_many(drafts, [kind] * len(drafts), scaffold=False)


SUBJECT_OR_OBJECT = [
    # (draft, the term's words, kind)
    (OPENER + "The core group will meet on 3 May to review the plan.", "core group", "worry"),
    (OPENER + "A strategy discussion was held on 3 May.", "strategy discussion", "worry"),
    ("The parenting assessment found that Dad cannot keep Kit (4) safe at night.", "parenting assessment", "worry"),
    (OPENER + "Mum missed the core group on 3 May.", "core group", "worry"),
    (OPENER + "Mum and the core group agreed the plan on 2 May.", "core group", "worry"),
    ("The threshold for a child protection plan was met on 4 June after Dad hit Mum.", "threshold for", "worry"),
    ("The council will start care proceedings unless Dad stops drinking.", "care proceedings", "worry"),
    ("Mum's non-engagement with services means Leah (6) is not seen by anyone.", "non-engagement", "worry"),
    ("Dad will complete a parenting assessment by June.", "parenting assessment", "goal"),
    ("Mum told the core group that she will leave Dean.", "core group", "worry"),
    ("Mum will make sure Bo's emotional availability needs are met every day.", "emotional availability", "goal"),
    ("The legal planning meeting decided to issue care proceedings for Ava (2).", "legal planning meeting", "worry"),
]


@pytest.mark.parametrize("draft,term,kind", SUBJECT_OR_OBJECT)
def test_a_subject_or_object_term_stays_and_is_asked_about_after_its_sentence(draft, term, kind):
    text = _words_only([draft], kind)[0].text
    bare = fidelity.without_placeholders(text)
    assert term in bare, text  # the words stay: the verb keeps its subject or object
    asked = text.find(f'["{term}":')
    assert asked > text.index(term), text
    assert "." in text[text.index(term): asked], text  # after the sentence, not inside it
    # no question stands where a noun phrase did, before a verb or a noun
    assert not re.search(r"\] (?:will|was|were|is|are|has|have|found|agreed|means|decided|needs)\b", text), text


def test_the_reported_sentence_is_whole_in_the_full_rewrite():
    result = rewrite_many([OPENER + "The core group will meet on 3 May to review the plan."], ["worry"])[0]
    assert "The core group will meet on 3 May to review the plan." in result.text, result.text
    assert '["core group": Who meets and why?]' in result.text


def test_asked_once_though_two_stages_ask():
    result = rewrite_many([OPENER + "A strategy discussion was held on 3 May."], ["worry"])[0]
    assert result.text.count('["strategy discussion":') == 1, result.text


# Near misses: the question still takes the term's place where it is not a verb's subject or object.
# Round 32 (review32a): the object of a verb's own preposition ("take part in a parenting
# assessment", "cooperate with …") is what the verb is about, and now stays with the question after
# its sentence (tests/test_review_round32a.py).
IN_PLACE = [
    ("Because of non-engagement with CAMHS, Noah (12) has had no help since January.", "non-engagement", "worry"),
]
# Round 39 (review39l L#4/L#5, r39a): the legal test's word stays and the question follows the sentence.


def test_a_legal_test_word_stays_with_the_question_after():
    from sos_lint.api import rewrite

    text = rewrite("Worries: neglect and the threshold for a plan.", kind="worry").text
    assert "the threshold for a plan." in text and '["threshold for":' in text
# Round 30 (review30 #5): "There is a lack of engagement …" with a question in the term's place
# asserts nothing ("There is [What happened instead …?] from …"); the sentence now stays whole and
# the question follows it (tests/test_rewrite_round30.py).


def test_an_instruction_question_after_be_follows_the_sentence():
    # Round 36 (r36c; review35 C#4, W#11): "[What plain words say this? …]" is an instruction, not a gap
    # the answer fills, so it no longer stands inside the sentence ("Mum will be [What plain words…?]
    # for Isla."): the words stay and the question follows the sentence, naming them.
    result = _words_only(["Mum will be a protective factor for Isla."], "goal")[0]
    assert result.text.startswith("Mum will be a protective factor for Isla. [\"protective factor\":"), result.text


@pytest.mark.parametrize("draft,term,kind", IN_PLACE)
def test_after_a_preposition_or_be_the_question_still_takes_the_place(draft, term, kind):
    result = _words_only([draft], kind)[0]
    assert term not in fidelity.without_placeholders(result.text), result.text
    assert result.placeholders and not any(p.text.startswith('["') for p in result.placeholders), result.text
