"""Splitting a draft into statements under headings, as practitioners and the newsletter write them."""
from __future__ import annotations

from sos_lint.sections import split


def test_no_heading_is_one_statement():
    parts = split("\n  Mum shouts at Leo.  \n")
    assert len(parts) == 1 and parts[0].text == "Mum shouts at Leo." and parts[0].kind is None


def test_synonyms_set_the_kind():
    text = ("Danger statement\nDad hits Mum.\n\nWellbeing goal 2 - home\nMum will cook.\n\n"
            "Needs statement: school\nLeo misses school.\n\nGoal statement\nNan will help.\n")
    assert [(p.kind, p.text) for p in split(text)] == [
        ("worry", "Dad hits Mum."), ("goal", "Mum will cook."), ("worry", "Leo misses school."), ("goal", "Nan will help.")]


def test_wrapped_heading_continues_in_lower_case():
    text = "Worry Statement 1 - Mum feeling sad\nand unhappy\nThe teacher is worried.\n"
    part = split(text)[0]
    assert part.title == "Worry Statement 1 - Mum feeling sad and unhappy"
    assert part.text == "The teacher is worried."
    assert text[part.offset:].startswith("The teacher")


def test_a_sentence_starting_with_worry_words_is_not_a_heading():
    parts = split("Worry statements are hard to write. Mum hits Leo.")
    assert len(parts) == 1 and parts[0].kind is None


def test_statement_on_the_heading_line_after_a_colon():
    parts = split("Needs statement: Mum is often too tired to get Leo up for school in the morning.")
    assert len(parts) == 1 and parts[0].kind == "worry"
    assert parts[0].text == "Mum is often too tired to get Leo up for school in the morning."
