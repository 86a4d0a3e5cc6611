"""Which words in a parsed draft are people's names, and whether each person is a child or an adult."""
from __future__ import annotations

import re
from functools import lru_cache

from ..data import load_toml
from .identifiers import words

# Words that identify nobody: never a name, even with a capital where a sentence does not start ("The"
# on the line after a heading), and never masked in a message ("The mother" is not "Adult 1 mother").
FUNCTION_WORDS = frozenset("the a an this that these those his her their our my your its he she they we you it "
                            "him them us me and or but if when of in on at to for with from by as is was are were "
                            "be been has have had do does did not no".split())

_AGE_AFTER = re.compile(r"^(?:'s|’s)?\s*(?:\(\s*(?P<a>\d{1,3})\s*\)|,?\s*(?:who is|who's|who’s|aged|age|is)\s+"
                        r"(?P<b>\d{1,3})(?!\s*(?:%|am|pm|times|weeks|days|months|hours|minutes|o'clock|\.\d))\b"
                        r"|,\s*(?P<c>\d{1,3}),)", re.IGNORECASE)
_CHILD_POSSESSIONS = re.compile(r"^(?:'s|’s)\s+(?:teacher|school|nursery|class|childminder|cot|pram|bedroom|"
                                r"mum|mam|mom|dad|nan|nana|gran|grandma|grandad|parents|father|mother|stepdad|"
                                r"stepmum|uniform|bottle|nappy|nappies|homework|dentist|asthma)\b", re.IGNORECASE)

_ADULT_AFTER = re.compile(r"^,?\s+(?:is|was)\s+(?:(?:her|his|their|the|my|our)\s+|[A-Z][\w-]*(?:'s|’s)\s+)?(?:new\s+)?"
                          r"(?:mum|dad|mother|father|stepmum|stepdad|stepmother|stepfather|partner|boyfriend|"
                          r"girlfriend|husband|wife|nan|gran|grandma|grandad|uncle|aunt|auntie|carer|neighbour)\b",
                          re.IGNORECASE)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Everyday English words (textstat's Dale-Chall list): "will" and "hope" are words first."""
    from importlib import resources

    try:
        raw = resources.files("textstat").joinpath("resources/en/easy_words.txt").read_text("utf-8")
    except (OSError, ModuleNotFoundError):
        raw = ""
    return frozenset(raw.split())


def is_common_word(word: str) -> bool:
    return word.lower() in common_words() or is_stop_word(word)


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def is_stop_word(word: str) -> bool:
    return word.lower() in _stop_words()


@lru_cache(maxsize=1)
def languages() -> frozenset[str]:
    """Languages a family may speak (rules/people.toml, the people analysis's own list): never a
    place or a person ("speaks Tigrinya", "shouted at her in Urdu")."""
    return frozenset(w.lower() for w in load_toml("people.toml").get("languages", ()))


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    return frozenset(load_toml("first_names.toml")["names"])


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    """Role words, titles, brands, platforms and headings: never replaced as a name."""
    people = load_toml("people.toml")
    vocabulary = words()
    found = {w.lower() for key in ("family", "caregivers", "network", "professionals", "institutions", "children")
             for w in people.get(key, ())}
    found |= {w.lower() for key in ("platforms", "brands", "titles", "child_before", "adult_before", "acronyms")
              for w in vocabulary[key]}
    found |= {"worry", "statement", "safety", "goal", "danger", "wellbeing", "needs", "harm", "plan", "referral",
              "contacts", "address", "mobile", "email", "phone", "child", "adult", "monday", "tuesday", "wednesday",
              "thursday", "friday", "saturday", "sunday", "christmas", "easter", "eid", "diwali", "ramadan",
              "english", "british", "god", "internet", "police", "court", "ni", "nhs", "car", "van", "mum's",
              "dad's", "nan's", "january", "february", "march", "april", "june", "july", "august", "september",
              "october", "november", "december", "am", "pm", "mums", "dads", "grandad", "uncle", "auntie", "mummy",
              "daddy", "stepmum", "stepdad", "landline", "tablets", "gamertag", "pc", "dc", "sgt", "i", "mama", "papa", "nanna",
              "type", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "year",
              "reception", "nursery", "ref", "reference", "urn"}
    return frozenset(found)


def is_name_token(token) -> bool:
    """The shared people analysis, behind one function so a rebuilt analysis can replace it."""
    from ..checks.analysis import is_name

    return is_name(token)


def titles() -> frozenset[str]:
    return frozenset(words()["titles"])


def role_before(doc, index: int) -> str | None:
    """"adult" or "child" when a role word stands just before the name ("Mum (Kelly)", "Dad Jason",
    "her son Alfie", "Mum's partner Will"), else None."""
    vocabulary = words()
    j = index - 1
    while j >= 0 and doc[j].text in ("(", ",", "'s", "’s", ":", "-", "–"):
        j -= 1
    if j < 0:
        return None
    word = doc[j].lower_
    if word in titles():
        return "adult"
    if word in vocabulary["adult_before"] or word in ("uncle", "auntie", "aunt", "sister", "brother"):
        return "adult"
    if word in vocabulary["child_before"]:
        return "child"
    return None


def role_after(text: str, end: int) -> str | None:
    """"Tyler, who is 7" and "Leo (6)" are children; "Will, who is 34" is an adult; "Mia's teacher" a child."""
    after = text[end:end + 40]
    match = _AGE_AFTER.match(after)
    if match:
        age = int(next(g for g in match.groups() if g is not None))
        return "child" if age < 18 else "adult"
    if _CHILD_POSSESSIONS.match(after):
        return "child"
    if _ADULT_AFTER.match(after):
        return "adult"
    return None
