"""Tells whether a text looks like an English worry statement or goal before it is scored.

A cheap test, no model: the script the letters are written in, then the share of words that are
common English function words ("the", "that", "with" ...). Welsh, Polish or Arabic drafts, and text
that is only numbers or punctuation, are said to be so instead of scored with full marks.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_NUMBER = re.compile(r"\d+")
_PLACEHOLDER = re.compile(r"\[[^\]\n]*\]|\b(?:Child [A-Z]|(?:Adult|Person) \d+)\b")
MIN_WORDS_TO_JUDGE = 6  # below this, a short goal ("Leah is safe at home") is given the benefit of the doubt
# On the corpus and probe sets (676 English statements) the lowest share is 0.13 ("Dad has a
# significant Class A drug habit. ..."); Welsh, Polish and French samples score 0 to 0.07.
MIN_ENGLISH_SHARE = 0.1
# Two-letter words that are common in English and rare as words in Welsh, Polish or French.
_SHORT_ENGLISH = frozenset({"of", "in", "is", "it", "he", "by", "my", "up", "us", "if", "or", "to"})


# Common small words of the languages drafts arrive in by mistake (Welsh, Polish, French, Spanish,
# German), none of them an English word or a family word used in English drafts ("Mam", "Nain").
_OTHER_LANGUAGES_WORDS = frozenset("""
yn mae mae'r bod pan ac ei eu wedi gyda ddim nid ydy roedd mewn neu ond hefyd sy sydd yr y gan efo mai bob nos neb
iawn heddiw ddoe gael cael oherwydd hefo yng ym yw oes nhw fod fy dy ein eich i'r o'r a'r ar
nie się że jest jak ale przez dla oraz gdy bo nikt jej jego ich są był była było też już tylko kiedy który która
które czy mnie tego tym ze przy ten dwa trzy lata lat mieszka mieszkają z w od
le la les des du et est que qui une dans pour pas avec sur il elle ils elles sont aux mais ne se sa ses leur nous
vous cette ce très être été avoir fait chez quand à
el los las del es por para con una uno su sus está están cuando pero muy lo
und ist nicht mit ein eine dass sich auf für wenn aber auch zu dem im vom wird sind
""".split())


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS  # spaCy's own English list

    # Other one- and two-letter words are left out: "a", "i", "am", "at", "w", "na" are words in
    # Welsh or Polish too.
    return frozenset(w for w in STOP_WORDS if len(w) >= 3) | _SHORT_ENGLISH


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ")[0] if name else "UNKNOWN"


def not_english(text: str) -> str | None:
    """None when `text` may be an English statement; else a plain reason to show the writer."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return "has no words in it, only numbers or punctuation; there is no statement to check"
    scripts = Counter(_script(ch) for ch in letters)
    script, count = scripts.most_common(1)[0]
    if script != "LATIN" and count / len(letters) > 0.3:
        return (f"is written in {script.title()} script, not English; "
                "sos-lint checks English worry statements and goals only")
    # Acronyms and redaction placeholders ("[phone]", "Child A", "Adult 1") belong to no language.
    text = _PLACEHOLDER.sub(" ", text)
    # Round 31: a name among numbers ("Kai 2 3 4 5", "Ruby 07700 900123") has no sentence to judge:
    # fewer than three words, and no more words than numbers.
    found = _WORD.findall(text)
    numbers = _NUMBER.findall(text)
    if len(found) < 3 and numbers and len(numbers) >= len(found):
        return "has hardly any words in it, mostly numbers; there is no statement to check"
    words = [w for w in found if not (w.isupper() and len(w) > 1)]
    if len(words) < MIN_WORDS_TO_JUDGE:
        return None
    common = _function_words()
    lowered = [w.lower().replace("’", "'") for w in words]
    english = sum(1 for w in lowered if w in common)
    # Round 33 (review33d D#6): the library, `audit` and the API now refuse what `check` refuses, so
    # a name-heavy English line with few function words ("Mrs Rahman, Autumn's nursery manager,
    # saw a bruise on Autumn's cheek on Monday.", "Neglect. Poor home conditions.") must not be
    # refused: a low share alone is not another language. Another language shows its own small
    # words ("yn", "mae", "nie", "się", "les", "que").
    foreign = sum(1 for w in lowered if w in _OTHER_LANGUAGES_WORDS)
    if english / len(words) < MIN_ENGLISH_SHARE and foreign >= 2 and foreign > english:
        return ("does not read as an English statement (too few everyday English words such as "
                "'the', 'and', 'with'); sos-lint checks English worry statements and goals only")
    return None
