"""Word lists, small token tests and the per-token memo that the people reading shares
(sos_lint.people and its places, ages and roles modules)."""
from __future__ import annotations

from functools import lru_cache

from ..data import load_toml

CHILD, ADULT, PET, OTHER = "child", "adult", "pet", "other"
_PRONOUNS = {"he", "she", "they", "you", "we", "i", "him", "her", "them", "us", "me", "it"}
_NOT_NAMES = {"i", "a", "ok", "okay", "tv", "xbox", "facebook", "snapchat", "instagram", "tiktok", "whatsapp",
              "google", "youtube", "nhs", "uk", "mr", "mrs", "no", "yes", "god", "allah"}
# Verbs of booking or moving an event: a month after "for" is when ("booked for June").
_PLAN_VERBS = {"book", "plan", "arrange", "schedule", "set", "move", "postpone", "delay", "fix", "organise", "put"}
_CARED = {"safe", "fed", "warm", "clean", "dry", "settled", "supervised", "protected", "secure"}
_BRING_VERBS = {"bring", "take", "drive", "walk", "collect", "pick", "drop", "ferry", "fetch"}
_AGE_UNITS = {"months", "month", "years", "year", "weeks", "week", "days"}
_CARE_VERBS = {"pick", "collect", "feed", "bath", "bathe", "dress", "change", "settle", "cuddle", "comfort",
               "supervise", "wake", "leave", "carry", "hold", "protect", "lock", "send", "tell", "ask"}
_ONLINE_VERBS = {"meet", "post", "chat", "message", "share", "send", "upload", "play", "watch", "follow", "add",
                 "talk", "speak", "contact", "film", "stream", "live", "find", "see", "put", "video", "search", "groom"}
_TALK_VERBS = {"talk", "speak", "say", "lie", "write", "listen", "text", "reply", "explain", "complain", "whisper",
               "chat", "message", "ring", "phone", "call", "sing", "read"}
_HARM_VERBS = {"hit", "hurt", "push", "slap", "kick", "punch", "shout", "threaten", "grab", "choke",
               "strangle", "beat", "attack", "assault", "abuse", "bully", "control", "scare", "frighten"}


@lru_cache(maxsize=1)
def words() -> dict:
    """The word lists this analysis reads: rules/people.toml and rules/calendar.toml."""
    people = load_toml("people.toml")
    calendar = load_toml("calendar.toml")
    out = {key: frozenset(w.lower() for w in value) for key, value in people.items() if isinstance(value, list)}
    out["months"] = frozenset(calendar["months"])
    out["calendar"] = frozenset(calendar["months"] + calendar["days"] + calendar["other"])
    out["date_words"] = frozenset(calendar["date_words"])
    # Shops, brands and apps (shared with redaction, which keeps them): never taken for a person
    # on the model's say-so alone.
    redaction = load_toml("redaction.toml")
    out["brands"] = frozenset(w.lower() for key in ("brands", "platforms") for w in redaction[key])
    for key in ("family", "adult_family", "network"):
        out[key] = _Kin(out[key])
    out["roles"] = _Kin(out["family"] | out["professionals"] | out["institutions"] | out["children"] | out["caregivers"])
    return out


# How English builds the words for older relatives: "grand", "gran" or "gram" before a word for a
# parent ("Granddad", "Grandmam", "Grampa"), "great-" or "step-" before any older relative
# ("Great-Nan", "Step-Grandad"). Spellings vary from family to family; the way they are built
# does not. Never a grandchild's word ("grandson"), nor a name that merely starts the same way
# ("Grant", "Granville", "Nanette"): the rest must be a word for a parent.
_PARENT_ENDINGS = frozenset({
    "dad", "dada", "daddy", "dadda", "da", "pa", "papa", "pappy", "pop", "pops", "ps", "py", "pie",
    "ma", "mam", "mama", "mammy", "mum", "mummy", "mom", "mommy", "mother", "father", "parent", "parents",
    "y", "ie", "ny", "nie", "ad", "addy", "ddy"})


@lru_cache(maxsize=4096)
@lru_cache(maxsize=8192)  # asked of nearly every word a family list does not hold
def older_relative(word: str) -> bool:
    """Is this a word for an older relative built the usual ways ("Granddad", "Grandmam",
    "Great-Nan", "Step-Grandad"), whether or not it is listed?"""
    w = word.lower().replace("-", "")
    for prefix in ("great", "step"):
        if w.startswith(prefix) and len(w) > len(prefix) + 1:
            rest = w[len(prefix):]
            return rest in _listed_adult_family() or older_relative(rest)
    for stem in ("grand", "gran", "gram"):
        if w.startswith(stem) and w[len(stem):] in _PARENT_ENDINGS:
            return True
    return False


@lru_cache(maxsize=1)
def _listed_adult_family() -> frozenset:
    return frozenset(w.lower() for w in load_toml("people.toml")["adult_family"])


class _Kin(frozenset):
    """A word list of family roles that also holds the older relatives' words built the usual
    ways (``older_relative``): "Granddad", "Great-Nan" whatever the list has."""
    __slots__ = ()

    def __contains__(self, word) -> bool:
        return frozenset.__contains__(self, word) or isinstance(word, str) and older_relative(word)


@lru_cache(maxsize=1)
def first_names() -> frozenset:
    """Common UK given names (rules/first_names.toml), for names the model tags as nouns."""
    return frozenset(load_toml("first_names.toml")["names"])


def _cased(token) -> bool:
    """Written like a name: "Ivy", "O'Neil" is not, "J" is (an initial)."""
    return _cased_text(token.text)


@lru_cache(maxsize=4096)
def _cased_text(text: str) -> bool:
    if len(text) == 1:
        return text.isupper() and text not in ("I", "A")
    # token.is_alpha is the text's isalpha() (a lexeme flag), so the text alone decides.
    return text.isalpha() and text[0].isupper() and not text.isupper() and text[1:].replace("-", "").isalpha()


def _age(token) -> int | None:
    """A number token as an age, or None."""
    text = token.lower_.rstrip(")")
    if text.isdigit():
        return int(text)
    return _NUMBER.get(text)


_ORGANISATION_TAGS = ("ORG", "FAC", "GPE", "PRODUCT", "NORP")
_PLACE_PREPOSITIONS = ("at", "from", "in", "for", "with", "on", "of")


@lru_cache(maxsize=None)
def _squashed(keys: tuple) -> frozenset:
    """The phrases listed under ``keys`` in rules/people.toml, lower case, without spaces."""
    return frozenset(phrase.replace(" ", "") for key in keys for phrase in words()[key])


@lru_cache(maxsize=None)
def _prefixes(keys: tuple) -> frozenset:
    return frozenset(phrase[:n] for phrase in _squashed(keys) for n in range(1, len(phrase) + 1))


_NUMBER = {w: i for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                       "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                       "seventeen", "eighteen", "nineteen"])}
_NUMBER.update({"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70})


class _Tokens:
    """A Doc's tokens made once: indexing a spaCy Doc builds a new Token object on every call,
    and the reader looks at each token's neighbours many times. Slices stay the Doc's own spans
    (with their text); iteration and indexing use the tuple."""
    __slots__ = ("doc", "tokens")

    def __init__(self, doc):
        self.doc, self.tokens = doc, tuple(doc)

    @property
    def ents(self):
        return self.doc.ents

    def __getitem__(self, key):
        return self.doc[key] if isinstance(key, slice) else self.tokens[key]

    def __len__(self):
        return len(self.tokens)

    def __iter__(self):
        return iter(self.tokens)

    def window(self, start: int, end: int) -> tuple:
        """Tokens start..end-1 (clipped at both ends) without building a Span."""
        return self.tokens[max(0, start): max(0, end)]


def _per_token(method):
    """Memoise a reader method of one token on the token's index: these readings depend only on
    the parse and the word lists, and the reader asks for them again for each nearby name."""
    memo_name = "_memo_" + method.__name__

    def read_once(self, token):
        memo = self.__dict__.get(memo_name)
        if memo is None:
            memo = self.__dict__[memo_name] = {}
        i = token.i
        if i in memo:
            return memo[i]
        value = memo[i] = method(self, token)
        return value

    read_once.__name__, read_once.__doc__ = method.__name__, method.__doc__
    return read_once


def line_start(token) -> int:
    """Round 38 (r38d; review37x X#9): where the token's line starts inside its sentence. A heading
    line with no full stop ("Safety goal 1 - Kayden and the older men") is parsed into one sentence
    with the line below it ("Leanne and Gareth, you and Kayden need…"); the line below still opens
    where the line break is. The sentence's start where no line break comes before the token."""
    doc, start = token.doc, token.sent.start
    for k in range(token.i, start, -1):
        before = doc[k - 1]
        if "\n" in before.whitespace_ or before.is_space and "\n" in before.text:
            return k
    return start
