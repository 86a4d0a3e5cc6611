"""Round 34 (r34g, from review34 P#5, P#9, P#10): the language gate refuses other Latin-script
languages and keeps English full of foreign names; every date in a list keeps its own placeholder;
a sentence-opening verb is never part of a name, and a name set beside "'s mum" is the mum's.

The sentences are written for these tests (not copied from any set)."""
from __future__ import annotations

import pytest

from sos_lint import gate
from sos_lint.language import _ENGLISH_WITH_ACCENTS, _OTHER_LANGUAGES_WORDS, not_english

# -- the language gate (P#10) ------------------------------------------------------------------

OTHER_LANGUAGES = [
    "Mama trinkt jeden Abend Wein und der Junge ist oft allein zu Hause.",  # German
    "Der Vater hat das Kind geschlagen, weil es nicht schlafen wollte.",
    "Tata bije mamę i dzieci płaczą w nocy.",  # Polish
    "Tatăl a lovit-o pe fetiță și ea plânge în fiecare seară.",  # Romanian, with its letters
    "Mama nu are grijă de copii si pleaca de acasa noaptea.",  # Romanian, typed without them
    "A mãe não leva a filha à escola há duas semanas.",  # Portuguese
    "El padre grita a los niños cuando bebe y ellos tienen miedo.",  # Spanish
    "Maman laisse les enfants seuls à la maison le soir.",  # French
    "Does neb yn gofalu am y babi yn y nos.",  # Welsh
    "Aabbaha ayaa garaacay wiilka habeen walba.",  # Somali
    "Hooyada waxay ka tagtaa carruurta guriga iyo habeenkii.",
    "Tėvas muša vaiką ir jis bijo grįžti namo.",  # Lithuanian
    "Il padre picchia il bambino quando torna a casa ubriaco.",  # Italian
    "Moeder laat de kinderen elke avond alleen thuis.",  # Dutch
    "Nëna nuk kujdeset për fëmijët çdo natë.",  # Albanian
    "Otec bije syna a ten se bojí jít domů.",  # Czech
]


@pytest.mark.parametrize("text", OTHER_LANGUAGES)
def test_other_latin_script_languages_are_refused(text):
    assert "does not read as an English statement" in not_english(text)


ENGLISH_WITH_FOREIGN_NAMES_AND_WORDS = [
    "Mrs de Souza, Łukasz's teacher, saw a bruise on his arm on Monday.",
    "Dad (Jan van der Berg) shouted 'nie' at Zofia and pushed her.",
    "Ana da Silva and João dos Santos are worried about Seán and Chloë.",
    "Kacper told his teacher that tata hits mama when he drinks vodka.",
    "Mum met her ex at a café in town and left Amira (3) alone.",
    "Dad said 'und jetzt raus' and locked Lena out of the flat.",
    "Hooyo and Aabe argue every night; Ayaan, 9, hides under the bed.",
    "Oana, who is 6, told her teacher Mama si Tata fight at night.",
    "Ms Nguyễn Thị Lan, the interpreter, explained the plan to Mum.",
    "Dad's email is kev.osei@gmail.com and Mum's page is facebook.com/jo.osei.",
    "Mum took Zuzanna to the crèche late and the fiancé did not come.",
]


@pytest.mark.parametrize("text", ENGLISH_WITH_FOREIGN_NAMES_AND_WORDS)
def test_english_with_foreign_names_or_a_quoted_word_is_not_refused(text):
    assert not_english(text) is None


def test_no_word_of_the_other_languages_is_an_everyday_english_word():
    from importlib import resources

    from spacy.lang.en.stop_words import STOP_WORDS

    easy = set(resources.files("textstat").joinpath("resources/en/easy_words.txt").read_text("utf-8").split())
    assert not _OTHER_LANGUAGES_WORDS & (STOP_WORDS | easy)
    assert all(any(not ch.isascii() for ch in word) for word in _ENGLISH_WITH_ACCENTS)


def test_the_gate_refuses_a_german_draft_under_a_heading():
    why = gate.reason("Worry statement\nOma schlägt den Jungen und er hat jeden Tag Angst vor ihr.")
    assert why and "English" in why


def test_the_gate_still_checks_an_english_draft_with_a_polish_name():
    assert gate.reason("Worry statement\nWojciech (7) told his teacher that Dad hit him with a belt on Friday.") is None
