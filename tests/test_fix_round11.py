"""What `check --fix` writes, round 11: two classes of swap judged wrong on round 10's fresh case
records, in sentences of my own (not from corpus/, tests/data/ or any probe set).

1. A word joined by "and"/"or" to its own opposite ("announced and unannounced visits",
   "supervised or unsupervised contact"): a plain word for one half breaks the pair, so the
   pair is left as written.
2. A verb of enabling before "access" or "entry" ("facilitate access to the flat"): "help (with)
   access" does not say "let the workers in", so the verb is left as written (the check's advice
   still asks for plain words).
Near misses: the same words outside those frames are still swapped.
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from sos_lint.fixes import fixed_text


@pytest.fixture(scope="module")
def eng():
    return engine()


def _fixed(eng, text: str) -> str:
    return fixed_text(text, eng.check_document(text, None)).text


PAIRED = [
    "Gran will allow announced and unannounced visits to her flat in Rhyl.",
    "Both announced and unannounced visits will carry on until March.",
    "There will be unannounced or announced checks at bedtime.",
    "Dad agreed to announced as well as unannounced visits, and to unannounced and announced calls.",
    "Visits to the Okafor home, announced and unannounced, will take place every week.",
]


@pytest.mark.parametrize("text", PAIRED)
def test_word_paired_with_its_opposite_is_left(eng, text):
    assert "unannounced" in _fixed(eng, text)


UNPAIRED = [
    ("The social worker will make unannounced visits to the flat.", "surprise visits"),
    ("Nan agreed to unannounced visits on Saturdays.", "surprise visits"),
    ("An unannounced visit on 4 May found the fridge empty.", "surprise visit"),
]


@pytest.mark.parametrize("text,plain", UNPAIRED)
def test_unpaired_word_is_still_swapped(eng, text, plain):
    # round 19: "surprise visit" is advice only (a more casual register than the professional term):
    # the pair guard does not fire, the swap is shown, --fix keeps "unannounced"
    assert "unannounced" in _fixed(eng, text)
    assert plain in fixed_text(text, eng.check_document(text), unsafe=True).text


ACCESS = [
    "Mr and Mrs Patel will facilitate access to the house for the social worker's visits.",
    "Mum will facilitate entry for the health visitor every fortnight.",
    "Access to the bedroom will be facilitated by Dad when the worker calls.",
    "Grandad will facilitate access to the garden flat for all checks.",
    "Dad must facilitate access so that the nurse can see Joy.",
]


@pytest.mark.parametrize("text", ACCESS)
def test_enabling_verb_before_access_is_left(eng, text):
    out = _fixed(eng, text)
    assert "facilitat" in out and "help access" not in out and "help with access" not in out \
        and "helped by" not in out and "help entry" not in out


# ("facilitate contact" is arranging it: whether "help with contact" says that is left to the reader,
# so it is not pinned here.)
OTHER_OBJECTS = [
    ("The school will facilitate a meeting with Mum on Friday.", "help with a meeting"),
]


@pytest.mark.parametrize("text,plain", OTHER_OBJECTS)
def test_enabling_verb_before_other_objects_is_still_swapped(eng, text, plain):
    # round 18: "help with" is advice only ("facilitate" is arranging, not helping): shown, not written
    from sos_lint.fixes import fixed_text

    result = fixed_text(text, eng.check_document(text))
    assert "facilitate" in result.text
    assert any(plain.startswith(e.replacement) for e in result.advised), result.advised


# A flagged term that names the kind of the noun after it keeps its place in the full rewrite,
# and its question follows the sentence: "[Who meets and why?] group meeting" broke the phrase.
MODIFIER_TERMS = [
    "Dad shouted at the teacher at the core group meeting on Friday.",
    "Mum left the core group meeting early on 3 June.",
    "Nan came to every core group meeting in May.",
]


@pytest.mark.parametrize("text", MODIFIER_TERMS)
def test_a_term_naming_a_kind_of_meeting_keeps_its_place(text):
    from sos_lint.rewrite import rewrite

    out = rewrite(text, "worry").text
    assert "core group meeting" in out and "] group meeting" not in out
