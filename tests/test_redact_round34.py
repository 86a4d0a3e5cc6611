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
    "Kai dos Santos told Ivy das Neves that Ali el Masri hit him.",  # particles inside names
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


# -- redaction (P#9, P#5) -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def nlp():
    from sos_lint.nlp import load

    return load()


def _redacted(nlp, text):
    from sos_lint.redact import Redactor

    return Redactor(nlp).redact(text).text


@pytest.mark.parametrize("text, dates", [
    ("Mum missed the clinic on 3 March, 17 April and 2 June.", 3),
    ("Dad did not collect Kai on 4th May, 11th May, 18th May and 25th May.", 4),
    ("The school rang on 12/01/2025, 19/01/2025 and 26/01/2025.", 3),
    ("Jess was absent on 5 August 2024, 9 September 2024 and 14 October 2024.", 3),
    ("Ruby missed school on March 3, April 17 and June 2.", 3),
    ("Visits were cancelled in March, April and May 2025.", 3),
    ("Appointments on 1, 8 and 15 July were missed.", 3),
    ("Police were called on 2-4 May and 9-11 June.", 2),  # a range is one period
])
def test_every_date_of_a_list_keeps_its_own_placeholder(nlp, text, dates):
    out = _redacted(nlp, text)
    assert out.count("[date]") == dates, out
    assert not any(ch.isdigit() for ch in out.replace("2025", "").replace("2024", "")), out


@pytest.mark.parametrize("text, dates", [
    ("She was seen on Monday, 5 August at the clinic.", 1),  # a weekday beside a date is that date
    ("The house was visited on 3 March, 2025 at 4pm.", 1),  # a year after a comma is the same date
    ("Police were called on 5-7 May.", 1),
])
def test_one_date_stays_one_placeholder(nlp, text, dates):
    out = _redacted(nlp, text)
    assert out.count("[date]") == dates, out
    assert "5-" not in out and "3 March" not in out


def test_ages_and_counts_are_not_dates(nlp):
    out = _redacted(nlp, "Kai has missed 3, 4 or 5 sessions a week since he was 7.")
    assert "[date]" not in out


@pytest.mark.parametrize("text, kept", [
    ("Sam, the school nurse, is worried about Ava. Ring Sam on 07700 900456.", "Ring "),
    ("Call Dean if the baby will not settle.", "Call "),
    ("Ask Kelly to bring the forms on Monday.", "Ask "),
    ("Collect Ava from nursery at 3pm every day.", "Collect "),
])
def test_an_instruction_verb_is_never_part_of_a_name(nlp, text, kept):
    out = _redacted(nlp, text)
    assert out.startswith(kept) or f". {kept}" in out, out


def test_the_person_rung_keeps_their_placeholder(nlp):
    out = _redacted(nlp, "Sam, the school nurse, is worried about Ava. Ring Sam on 07700 900456.")
    first = out.split(",")[0]
    assert out.endswith(f"Ring {first} on [phone].")


@pytest.mark.parametrize("text, name", [
    ("Mark Evans rang the school on Monday.", "Mark"),  # a name that is a verb, as the subject
    ("Sue Price, the health visitor, is worried about Ava.", "Sue"),
    ("Will Jones hit Ava with a slipper.", "Will"),
])
def test_a_name_that_is_a_verb_opening_a_sentence_is_still_a_name(nlp, text, name):
    assert name not in _redacted(nlp, text)


def test_a_name_beside_an_owned_role_is_that_role_even_where_the_run_knows_a_child_of_that_name(nlp):
    from sos_lint.redact import Redactor

    child = ("Safety goal\nMum, you and Blessing need Blessing to feel safe. Mum will sit with Blessing each "
             "evening. Blessing will text Nan when she feels low. If this doesn't happen, Blessing could be hurt.")
    adult = ("Worry statement\nThe teacher is worried that Leo (8) told his friend Tom that Dad hit him. "
             "Tom's mum, Blessing, rang the school on Friday.")
    redactor = Redactor(nlp)
    redactor.learn([child, adult])
    redactor.redact(child)
    out = redactor.redact(adult).text
    assert "mum, Adult" in out, out


def test_a_list_opening_with_a_role_is_not_an_apposition(nlp):
    from sos_lint.redact import Redactor

    out = Redactor(nlp).redact("Dad, Kai (6), Ava (4) and Leo (2) live in a one-bedroom flat.").text
    assert out.count("Child") == 3, out
