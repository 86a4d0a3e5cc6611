"""Round 22 (issue 11 section 2), `--fix` and the swap table. Wordings are my own.

Item 2, rules/rewrite_swaps.toml: twelve phrases had two entries and `load_swaps` kept only the
later. Read one by one, none was two conditions of one phrase (every pair had the same part of
speech and fit): each later entry was a later round's override of the earlier (advice only after
a judged set, RHI's statutory name, "present at" -> "go to", "basic care needs" keeping its head
noun, CRT kept). So nothing the later entry meant was lost, but the earlier was dead text that read
as if it counted. The earlier entries are gone (the table the swaps are made from is unchanged) and
a second entry for the same words and part of speech is now an error when the table is loaded.
"""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from sos_lint.fixes import fixed_text
from sos_lint.rewrite.words import load_swaps, swaps_of


@pytest.fixture(scope="module")
def eng():
    return engine()


def _result(eng, text: str, kind: str = "worry"):
    return fixed_text(text, eng.check_document(text, kind))


def _entry(phrase, replacement, **more):
    return {"phrase": phrase, "replacement": replacement, "code": "SOS101", **more}


DUPLICATES = [
    [_entry("present at", "come to", pos="verb"), _entry("present at", "go to", pos="verb")],
    [_entry("TAF", "Team Around the Family"), _entry("TAF", "Team Around the Family", advice_only=True)],
    [_entry("CRHTT", "crisis team", variants=["CRT", "HTT"]), _entry("CRT", "CRT", keep=True)],
    [_entry("basic care", "day-to-day care", variants=["basic care needs"]),
     _entry("basic care needs", "day-to-day care needs")],
    [_entry("home conditions", "state of the home"), _entry("Home conditions", "home")],
]


@pytest.mark.parametrize("raws", DUPLICATES)
def test_a_second_entry_for_the_same_words_is_a_load_time_error(raws):
    with pytest.raises(ValueError) as caught:
        swaps_of(raws, "rewrite_swaps.toml")
    message = str(caught.value)
    assert "two entries" in message and "swap 1" in message and "swap 2" in message, message
    assert "merge them" in message, message


NOT_DUPLICATES = [
    [_entry("present at", "go to", pos="verb"), _entry("presentation", "how they seem", pos="noun")],
    [_entry("facilitate", "help with", pos="verb"), _entry("facilitate", "help", pos="noun")],
    [_entry("TAF", "Team Around the Family"), _entry("TAF meeting", "Team Around the Family meeting")],
    [_entry("CRHTT", "crisis team", variants=["HTT"]), _entry("CRT", "CRT", keep=True)],
    [_entry("ED", "emergency department"), _entry("ed", "educated")],  # an acronym is its own letters
]


@pytest.mark.parametrize("raws", NOT_DUPLICATES)
def test_different_words_or_parts_of_speech_load(raws):
    assert len(swaps_of(raws)) == len(raws)


def test_the_table_itself_has_one_entry_per_phrase():
    swaps = load_swaps()
    seen = set()
    for swap in swaps:
        for form in (swap.phrase, *swap.variants):
            key = (form if form.isupper() else form.lower(), swap.pos)
            assert key not in seen, key
            seen.add(key)


@pytest.mark.parametrize("phrase,replacement,advice_only", [
    ("ICPC", "first child protection meeting", True), ("PLO", "pre-court process", True),
    ("RHI", "return home interview", False), ("present at", "go to", False),
    ("basic care needs", "day-to-day care needs", False), ("CRT", "CRT", False),
    ("DASH", "domestic abuse risk checklist", True), ("referral", "request for help", True),
])
def test_the_entries_kept_are_the_ones_that_counted_before(phrase, replacement, advice_only):
    entry = next(s for s in load_swaps() if phrase in (s.phrase, *s.variants))
    assert entry.replacement == replacement and entry.advice_only == advice_only


@pytest.mark.parametrize("text,written", [
    ("Mum has not met the basic care needs of Tia (3) since March.", "day-to-day care needs"),
    ("Ash presented at A&E with a burn on 2 May.", "went to A&E"),
    ("Kai will have a return home interview after each missing episode; the RHI is due on 4 June.",
     "return home interview is due"),
])
def test_behaviour_of_the_merged_entries_is_unchanged(eng, text, written):
    assert written in _result(eng, text).text
