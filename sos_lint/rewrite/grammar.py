"""Small English grammar helpers for rewrites: verb and noun inflection, "a"/"an", capitals.

They only have to cope with the plain words in the swap tables ("go to", "make sure", "home"),
so a short list of irregular forms plus the regular spelling rules is enough.
"""
from __future__ import annotations

import re

# base: (past, past participle, present participle)
_IRREGULAR: dict[str, tuple[str, str]] = {
    "be": ("was", "been"), "have": ("had", "had"), "do": ("did", "done"), "go": ("went", "gone"),
    "make": ("made", "made"), "find": ("found", "found"), "get": ("got", "got"),
    "keep": ("kept", "kept"), "take": ("took", "taken"), "tell": ("told", "told"),
    "put": ("put", "put"), "show": ("showed", "shown"), "speed": ("sped", "sped"),
    "choose": ("chose", "chosen"), "say": ("said", "said"), "buy": ("bought", "bought"),
    "see": ("saw", "seen"), "think": ("thought", "thought"), "give": ("gave", "given"),
    "hit": ("hit", "hit"), "hurt": ("hurt", "hurt"), "leave": ("left", "left"),
    "bring": ("brought", "brought"), "know": ("knew", "known"), "hear": ("heard", "heard"),
    "speak": ("spoke", "spoken"), "feel": ("felt", "felt"), "hold": ("held", "held"),
    "let": ("let", "let"), "set": ("set", "set"), "cut": ("cut", "cut"), "shut": ("shut", "shut"),
    "send": ("sent", "sent"), "spend": ("spent", "spent"), "lose": ("lost", "lost"),
    "meet": ("met", "met"), "pay": ("paid", "paid"), "sell": ("sold", "sold"),
    "teach": ("taught", "taught"), "catch": ("caught", "caught"), "fight": ("fought", "fought"),
    "throw": ("threw", "thrown"), "drive": ("drove", "driven"), "write": ("wrote", "written"),
    "bite": ("bit", "bitten"), "beat": ("beat", "beaten"), "break": ("broke", "broken"),
    "shake": ("shook", "shaken"), "steal": ("stole", "stolen"), "wake": ("woke", "woken"),
    "draw": ("drew", "drawn"), "grab": ("grabbed", "grabbed"), "kick": ("kicked", "kicked"),
    "sit": ("sat", "sat"), "stand": ("stood", "stood"), "run": ("ran", "run"),
    "come": ("came", "come"), "become": ("became", "become"), "eat": ("ate", "eaten"),
    "drink": ("drank", "drunk"), "feed": ("fed", "fed"), "lead": ("led", "led"),
    "read": ("read", "read"), "understand": ("understood", "understood"),
    "forget": ("forgot", "forgotten"), "swear": ("swore", "sworn"), "shoot": ("shot", "shot"),
    "stick": ("stuck", "stuck"), "strike": ("struck", "struck"), "tear": ("tore", "torn"),
    "lie": ("lay", "lain"), "lay": ("laid", "laid"), "mean": ("meant", "meant"),
    "sleep": ("slept", "slept"), "build": ("built", "built"), "win": ("won", "won"),
}
_NO_DOUBLE = {"visit", "open", "happen", "listen", "offer", "enter", "answer", "order", "cover",
              "deliver", "consider", "remember", "bother", "gather", "monitor", "limit", "edit",
              "benefit", "travel", "cancel", "label", "signal", "model"}
_IRREGULAR_PLURAL = {"child": "children", "man": "men", "woman": "women", "person": "people",
                     "foot": "feet", "tooth": "teeth", "mouse": "mice", "life": "lives",
                     "wife": "wives", "knife": "knives", "half": "halves"}
_VOWELS = "aeiou"


# Two-syllable verbs stressed on the last syllable double it too: admitted, referred, controlled.
_STRESS_LAST = {"admit", "commit", "submit", "permit", "omit", "regret", "refer", "prefer", "occur", "control",
                "patrol", "transfer", "equip", "compel", "expel", "rebel", "forget", "begin", "upset", "confer",
                "deter", "incur", "recur", "propel", "acquit", "outwit"}


def _doubles(base: str) -> bool:
    """stop -> stopped, plan -> planning: one syllable ending consonant-vowel-consonant."""
    if base in _NO_DOUBLE or len(base) < 3:
        return False
    if base in _STRESS_LAST:
        return True
    a, b, c = base[-3], base[-2], base[-1]
    return (a not in _VOWELS and b in _VOWELS and c not in _VOWELS + "wxy"
            and sum(ch in _VOWELS for ch in base) == 1)


def past(base: str) -> str:
    if base in _IRREGULAR:
        return _IRREGULAR[base][0]
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        return base[:-1] + "ied"
    if _doubles(base):
        return base + base[-1] + "ed"
    return base + "ed"


def participle(base: str) -> str:
    return _IRREGULAR[base][1] if base in _IRREGULAR else past(base)


def gerund(base: str) -> str:
    if base == "be":
        return "being"
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return base[:-1] + "ing"
    if _doubles(base):
        return base + base[-1] + "ing"
    return base + "ing"


def third_person(base: str) -> str:
    special = {"be": "is", "have": "has", "do": "does", "go": "goes"}
    if base in special:
        return special[base]
    if base.endswith(("s", "x", "z", "ch", "sh", "o")):
        return base + "es"
    if base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        return base[:-1] + "ies"
    return base + "s"


_BE = {"VBZ": "is", "VBP": "are", "VBD": "was", "VBN": "been", "VBG": "being"}


def inflect_verb(base: str, tag: str) -> str:
    """The form of `base` that matches a Penn tag (VBD, VBN, VBG, VBZ, VB, VBP)."""
    if base == "be" and tag in _BE:
        return _BE[tag]
    if tag == "VBD":
        return past(base)
    if tag == "VBN":
        return participle(base)
    if tag == "VBG":
        return gerund(base)
    if tag == "VBZ":
        return third_person(base)
    return base


def inflect_phrase(phrase: str, tag: str) -> str:
    """Inflect the first word of a verb phrase: ("go to", VBD) -> "went to"."""
    first, _, rest = phrase.partition(" ")
    return " ".join(w for w in (inflect_verb(first, tag), rest) if w)


def plural(noun: str) -> str:
    lower = noun.lower()
    if lower in _IRREGULAR_PLURAL:
        return _IRREGULAR_PLURAL[lower]
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if lower.endswith("y") and len(lower) > 1 and lower[-2] not in _VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"


def pluralise_phrase(phrase: str) -> str:
    """Make a noun phrase plural: "home" -> "homes", "child in care" -> "children in care"."""
    words = phrase.split(" ")
    head = len(words) - 1
    for i, word in enumerate(words):
        if word in ("in", "of", "for", "with", "at") and i > 0:
            head = i - 1
            break
    if words[head].endswith("s") and not words[head].endswith("ss"):
        return phrase
    words[head] = plural(words[head])
    return " ".join(words)


def looks_plural(phrase: str) -> bool:
    words = phrase.split(" ")
    head = words[-1]
    for i, word in enumerate(words):
        if word in ("in", "of", "for", "with", "at") and i > 0:
            head = words[i - 1]
            break
    lower = head.lower()
    return lower in _IRREGULAR_PLURAL.values() or (lower.endswith("s") and not lower.endswith(("ss", "us", "is")))


# Words that start with a vowel letter but a consonant sound, and the reverse.
_CONSONANT_SOUND = re.compile(r"^(uni|use|usu|uti|ura|uro|eu|ewe|one|once|ubiq|uk\b|u\b)", re.IGNORECASE)
_VOWEL_SOUND = re.compile(r"^(hour|honest|honour|honor|heir)", re.IGNORECASE)
# Acronyms said letter by letter: these letters' names start with a vowel sound.
_VOWEL_LETTERS = set("AEFHILMNORSX")


def wants_an(word: str) -> bool:
    """Whether "an" (not "a") goes before `word`, judged on its sound."""
    word = word.lstrip("\"'‘“([")
    if not word:
        return False
    if word.isupper() and len(word) > 1 and word.isalpha():
        # Said as a word (NATO) or letter by letter (HV)? Short runs are usually letters.
        return word[0] in _VOWEL_LETTERS if len(word) <= 4 else word[0] in "AEIOU"
    if word[0].isdigit():
        return word.startswith(("8", "11", "18")) and not word.startswith(("80", "110", "180"))
    if _VOWEL_SOUND.match(word):
        return True
    if _CONSONANT_SOUND.match(word):
        return False
    return word[0].lower() in _VOWELS


def article_for(word: str, like: str = "a") -> str:
    """"a" or "an" for `word`, keeping the capital of `like`."""
    chosen = "an" if wants_an(word) else "a"
    return chosen.capitalize() if like[:1].isupper() else chosen


def capitalise(text: str) -> str:
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1:]
        if ch not in "\"'‘“([ ":
            return text
    return text


def decapitalise(text: str) -> str:
    """Lower-case the first word unless it is a name, "Mum", "I" or an acronym."""
    match = re.match(r"\s*(\w[\w'’-]*)", text)
    if not match:
        return text
    word = match.group(1)
    if (word.isupper() and len(word) > 1) or word == "I" or not word[:1].isupper() or not (word[1:].islower() or len(word) == 1):
        return text
    return text[: match.start(1)] + word[0].lower() + text[match.start(1) + 1:]


OBJECT_CASE = {"i": "me", "he": "him", "she": "her", "we": "us", "they": "them", "who": "whom"}
SUBJECT_CASE = {v: k for k, v in OBJECT_CASE.items() if k != "who"}
