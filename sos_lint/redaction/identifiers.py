"""Structured identifiers found by pattern and checked where a check exists: NHS and NI numbers,
postcodes, car registrations, phone numbers (Google's phonenumbers), emails, user names, web
addresses and street addresses."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..data import load_toml

# Placeholder for each kind; the kind names are what `counts_by_type` reports.
PLACEHOLDERS = {
    "nhs": "[NHS number]", "nino": "[NI number]", "postcode": "[postcode]", "vehicle": "[car registration]",
    "phone": "[phone]", "email": "[email]", "handle": "[username]", "url": "[web address]",
    "address": "[address]",
}


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    kind: str


@lru_cache(maxsize=1)
def words() -> dict:
    return load_toml("redaction.toml")


def _alternatives(items) -> str:
    return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))


_NHS = re.compile(r"(?<![\w-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\w-])")
_NHS_CONTEXT = re.compile(r"\bnhs\b|\bchi\b|health number", re.IGNORECASE)
_NINO = re.compile(r"(?<![\w-])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])[ -]?(\d{2})[ -]?(\d{2})[ -]?(\d{2})"
                   r"(?:[ -]?([A-D]))?(?![\w-])", re.IGNORECASE)
_NINO_CONTEXT = re.compile(r"\bni\b|national insurance|\bnino\b", re.IGNORECASE)
_POSTCODE = re.compile(r"(?<![\w-])(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}(?![\w-])", re.IGNORECASE)
_VEHICLE = re.compile(
    r"(?<![\w-])(?:[A-Z]{2}\d{2} ?[A-Z]{3}"  # AB12 CDE (2001 on)
    r"|[A-Z]\d{1,3} ?[A-Z]{3}"  # A123 BCD (1983-2001)
    r"|[A-Z]{3} ?\d{1,3}[A-Z])(?![\w-])",  # ABC 123D (1963-1983)
    re.IGNORECASE)
_CURRENT_VEHICLE = re.compile(r"[A-Z]{2}\d{2} ?[A-Z]{3}", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"(?:\bhttps?://|\bwww\.)[^\s<>\"')\]]+"
                  r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|co\.uk|org\.uk|org|net|uk|io|me|tv|gg|app|ly)/[^\s<>\"')\]]*",
                  re.IGNORECASE)
_AT_HANDLE = re.compile(r"(?<![\w.@/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?")
_HANDLE_TOKEN = r"[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?"
_UNITS = r"(?:flat|apartment|apt|unit|room)"
_TIME_WORDS = {"weeks", "week", "days", "day", "times", "hours", "minutes", "years", "months", "nights", "night",
               "mins", "hrs", "pm", "am", "o'clock", "metres", "miles", "pounds", "cans", "bottles", "drinks", "pints"}


def nhs_check_digit_ok(digits: str) -> bool:
    """The NHS number's tenth digit is a modulus-11 check on the first nine."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    check = 11 - sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1))) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def nino_ok(prefix: str) -> bool:
    """NI prefixes never used: BG, GB, NK, KN, TN, NT, ZZ (the letter rules are in the pattern)."""
    return prefix.upper() not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def find(text: str) -> list[Found]:
    """Every identifier in the text. Overlaps are left for the caller to resolve (longest first)."""
    found: list[Found] = []
    for match in _EMAIL.finditer(text):
        found.append(Found(match.start(), match.end(), "email"))
    for match in _URL.finditer(text):
        end = match.start() + len(match.group().rstrip(".,;:!?"))
        if "/" in match.group().split("//", 1)[-1].rstrip("/.,;:!?") or match.group().lower().startswith("http"):
            found.append(Found(match.start(), end, "url"))
    found += _phones(text)
    for match in _NHS.finditer(text):
        digits = "".join(match.groups())
        if nhs_check_digit_ok(digits) or _NHS_CONTEXT.search(text[max(0, match.start() - 30):match.start()]):
            found.append(Found(match.start(), match.end(), "nhs"))
    for match in _NINO.finditer(text):
        context = _NINO_CONTEXT.search(text[max(0, match.start() - 40):match.start()])
        # "at 12 34 56 a" is a word and numbers; "ab 12 34 56 c" needs "NI" or capitals to be one.
        loose = match.group(1).islower() and text[match.end(1):match.end(1) + 1] == " "
        if nino_ok(match.group(1)) and (context or (match.group(5) and not loose)):
            found.append(Found(match.start(), match.end(), "nino"))
    for match in _POSTCODE.finditer(text):
        found.append(Found(match.start(), match.end(), "postcode"))
    for match in _VEHICLE.finditer(text):
        if _plausible_vehicle(text, match):
            found.append(Found(match.start(), match.end(), "vehicle"))
    found += handles(text)
    found += addresses(text)
    return found


def _phones(text: str) -> list[Found]:
    """UK numbers in any layout, found and parsed by Google's phonenumbers. A match must look like a
    phone number as people write one (a leading 0, + or 00, ten or more digits), not a year or a time."""
    import phonenumbers

    found = []
    matcher = phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.POSSIBLE)
    for match in matcher:
        raw = match.raw_string
        digits = re.sub(r"\D", "", raw)
        if re.match(r"\s*(?:\+|\(?0)", raw) and len(digits) >= 10:
            found.append(Found(match.start, match.end, "phone"))
    # Numbers phonenumbers reads as one longer number when written without spaces next to text.
    for match in re.finditer(r"(?<![\w/+])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d{2,4}\)?[ -]?\d{3,4}[ -]?\d{3,4}(?![\w/])", text):
        found.append(Found(match.start(), match.end(), "phone"))
    return found


def _plausible_vehicle(text: str, match) -> bool:
    """Capitals or the current format stand alone; a lower-case older format needs a car nearby,
    so "x3 and" is not a registration."""
    value = match.group()
    if not any(c.isdigit() for c in value) or not any(c.isalpha() for c in value):
        return False
    if value.isupper() or _CURRENT_VEHICLE.fullmatch(value):
        return True
    before = text[max(0, match.start() - 40):match.start()].lower()
    return any(re.search(rf"\b{re.escape(w)}\b", before) for w in words()["vehicle_words"])


@lru_cache(maxsize=1)
def _handle_context() -> re.Pattern:
    vocabulary = words()
    platforms = _alternatives(vocabulary["platforms"])
    nouns = _alternatives(vocabulary["handle_words"])
    return re.compile(
        rf"\b(?:(?:{platforms})(?:\s+(?:{nouns}))?|{nouns})(?:'s|’s)?"
        r"(?P<link>\s*(?:\s(?:is|was|name is|called|named|as)\s+|:\s*|,\s*|\s-\s|\s+))"
        rf"[\"'“‘]?(?P<handle>{_HANDLE_TOKEN})",
        re.IGNORECASE)


@lru_cache(maxsize=1)
def _handle_words() -> frozenset[str]:
    return frozenset(w.lower() for key in ("platforms", "brands", "handle_words") for w in words()[key])


def handles(text: str) -> list[Found]:
    """"@jess_x" anywhere; "jess_x" after a platform or user-name word ("her Snapchat is jess_x")."""
    found = [Found(m.start(), m.end(), "handle") for m in _AT_HANDLE.finditer(text)]
    for match in _handle_context().finditer(text):
        token = match.group("handle")
        plain = not re.search(r"[\d_.]|[a-z][A-Z]", token)
        if plain and (not match.group("link").strip() or token.lower() in _handle_words()):
            continue  # "her YouTube channel": a word straight after the platform is not a user name
        if looks_like_handle(token):
            found.append(Found(match.start("handle"), match.end("handle"), "handle"))
    return found


def looks_like_handle(token: str) -> bool:
    """A user name has a digit, an underscore, a dot inside, or capitals inside ("DarkWolf")."""
    from .people import is_common_word

    if re.search(r"[\d_]|\w\.\w", token) and not token.isdigit():
        return not re.fullmatch(r"\d+(?:am|pm|st|nd|rd|th|s)?", token, re.IGNORECASE)
    if re.search(r"[a-z][A-Z]", token):
        return True
    return False if is_common_word(token) else token.islower() and len(token) > 2


@lru_cache(maxsize=1)
def _address_pattern() -> re.Pattern:
    streets = _alternatives(words()["street_words"])
    word = r"[A-Za-z][A-Za-z'’-]*"
    return re.compile(
        rf"(?<![\w-])(?:{_UNITS}\s*\d+[A-Za-z]?,?\s+)?\d{{1,4}}[A-Za-z]?,?\s+(?P<words>(?:{word}[ \t]+){{1,3}})"
        rf"(?:{streets})\b\.?",
        re.IGNORECASE)


def addresses(text: str) -> list[Found]:
    """"12 sycamore drive", "Flat 3, 27 Elm Court": a number, street words and a street word."""
    from .people import is_stop_word

    found = []
    for match in _address_pattern().finditer(text):
        between = match.group("words").split()
        if any(is_stop_word(w) or w.lower() in _TIME_WORDS for w in between):
            continue
        end = match.end() - (1 if match.group().endswith(".") else 0)
        found.append(Found(match.start(), end, "address"))
    return found
