"""The cheap not-English / not-a-statement test in sos_lint/language.py.

MIN_ENGLISH_SHARE was set with the corpus and the probe sets in view, so the probe-set check below is
a guard against refusing real statements, not a measure of accuracy."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from sos_lint.language import not_english

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("text", [
    "Concerns regarding neglect and DV. The YP is CIN and was exposed to DA.",
    "DV DA CIN CP LAC CSE",  # acronyms only: not judged as a language
    "Leah safe at home",  # too short to judge
    "Mum to follow the feeding plan. Ivy to be weighed weekly at clinic until weight gain is established.",
])
def test_english_is_never_refused(text):
    assert not_english(text) is None


@pytest.mark.parametrize("text, words", [
    ("Mae Mam yn yfed alcohol bob nos a does neb i ofalu am Leah.", "English"),
    ("Mama pije alkohol każdego wieczoru i nikt nie opiekuje się Leah.", "English"),
    ("Le travailleur social est inquiet que la mère laisse Leah seule à la maison.", "English"),
    ("Социальный работник беспокоится, что мама оставляет Лею одну дома.", "Cyrillic script"),
    ("--- 12/05/2024 *** 0121 496 0000 ---", "only numbers or punctuation"),
])
def test_other_languages_and_no_words_are_named(text, words):
    assert words in not_english(text)


def test_no_probe_statement_is_refused():
    for name in ("good_statements.jsonl", "poor_statements.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text", "")
            assert not text or not_english(text) is None, text
