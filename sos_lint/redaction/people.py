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
def kinds_of_place() -> frozenset[str]:
    """Round 40: "Court", "Hospital", "Custody", "Refuge": a kind of place or an institution, one word
    on its own (rules/redaction.toml kinds_of_place, the last words of named places there, and the
    people analysis's institution words)."""
    found = set(words().get("kinds_of_place", ())) | set(words()["place_words"])
    found |= {w.lower() for w in load_toml("people.toml").get("institutions", ()) if " " not in w}
    return frozenset(found)


def kind_of_place_alone(token) -> bool:
    """Round 40: a capitalised kind of place or institution that stands alone where it is ("went to
    Court", "Hospital staff saw…", "remanded in Custody"): no name, number or other capitalised word
    joined to it, no title or role before it ("Mrs Court", "Dr Hall") and no age after it."""
    doc = token.doc
    if token.lower_ not in kinds_of_place() or not token.is_alpha or token.text.isupper() or token.lower_ in first_names():
        return False
    for j in (token.i - 1, token.i + 1):
        if 0 <= j < len(doc):
            other = doc[j]
            if (other.text[:1].isupper() and other.is_alpha and not other.is_sent_start and other.lower_ not in not_names()
                    and other.lower_ not in kinds_of_place() and not is_stop_word(other.text)) or other.like_num:
                return False  # "Castle Court", "Hospital Coventry", "Court 3"
    if token.i > 0 and (doc[token.i - 1].lower_.rstrip(".") in titles() or role_before(doc, token.i) is not None):
        return False
    return role_after(doc.text, token.idx + len(token.text)) is None


_NOUNS: dict[int, frozenset[str]] = {}


def dictionary_nouns(nlp) -> frozenset[str]:
    """Round 40: English nouns from the pipeline's lemmatizer tables (WordNet), read once per pipeline.
    WordNet also holds towns and a few given names ("coventry", "grace"), so this says only that a
    word CAN be a common noun; the callers ask the parse and the name lists too."""
    key = id(getattr(nlp, "language", nlp))
    if key not in _NOUNS:
        try:
            _NOUNS[key] = frozenset(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["noun"])
        except (KeyError, AttributeError, ValueError):
            _NOUNS[key] = frozenset()
    return _NOUNS[key]


def common_noun_opening(token, nouns: frozenset[str], known=frozenset()) -> bool:
    """Round 40 (r39's "Incident happened when…" as "Adult 1", "Contact with Dad is supervised" as
    "Child A"): a capitalised word that only starts its sentence or line, is an English common noun
    and is used as one is that noun, not a person. Used as a noun: the tagger reads it as a common
    noun and the people analysis not as a name ("Chronology shows…", "Assessment shows…"), or the
    tagger reads it as a common noun with a phrase of "with", "of", "about", "between", "on" or
    "regarding" hanging on it ("Contact with Dad"), or it is what happened ("Incident happened",
    "Argument occurred"; a proper noun to the tagger counts only here). Many
    given names are nouns too and are missing from the name list on purpose ("Poppy pushed Tyler",
    "Storm hides", "Jade meets men"): those are none of the three, and stay names. Never where a
    list, the settings or another mention of the run know it as a name, the tagger says PERSON,
    or an age, title or role stands beside it ("Hope (6)", "Mum (Contact)")."""
    doc = token.doc
    starts = token.is_sent_start or token.i == 0 or "\n" in doc[token.i - 1].text + doc[token.i - 1].whitespace_
    lower = token.lower_
    if (not starts or not token.is_alpha or not token.text[:1].isupper() or token.text.isupper()
            or token.ent_type_ in ("PERSON", "NORP") or lower not in nouns or lower in first_names()
            or lower in known or lower in languages()):
        return False
    if role_before(doc, token.i) is not None:
        return False
    for other in doc:  # written with a capital where no sentence starts ("…told Blaze"): a name
        if other.i != token.i and other.lower_ == lower and other.text[:1].isupper() and not (
                other.is_sent_start or other.i == 0 or "\n" in doc[other.i - 1].text + doc[other.i - 1].whitespace_):
            return False
    end = token.idx + len(token.text)
    if role_after(doc.text, end) is not None or re.match(r"\s*,\s*(?:who|aged)\b", doc.text[end:end + 12]):
        return False
    if token.pos_ == "NOUN" and (not is_name_token(token) or any(
            c.dep_ == "prep" and c.lower_ in _NOUN_PREPOSITIONS and any(g.dep_ == "pobj" for g in c.children)
            for c in token.children)):
        return True
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in _EVENT_VERBS


# A phrase on these hangs on a noun more than on a name ("Contact with Dad", "Incident on 4 June").
_NOUN_PREPOSITIONS = frozenset(("with", "of", "about", "between", "on", "regarding", "into"))
# What only an event does: "Incident happened", "Argument occurred", "Violence escalated".
_EVENT_VERBS = frozenset(("happen", "occur", "escalate", "recur", "unfold", "transpire"))


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
