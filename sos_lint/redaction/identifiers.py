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
    "address": "[address]", "reference": "[reference]",
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
    found += references(text)
    found += outward_postcodes(text)
    return found


# Round 36 (review36g G#8): a police, court or case reference ("crime ref 23/45678/25", "case
# CV25C00123", "log 0412 of 3 March"): a code of digits with slashes, or of letters and digits
# mixed, after a word that says it is a reference. The word stays; the code goes.
_REFERENCE = re.compile(
    r"\b(?:ref(?:erence)?|crime|incident|log|case|claim|court|urn|cad|occurrence|file|docket)"
    r"(?:\s+(?:ref(?:erence)?|no\.?|number|num|id))?\.?[:#]?\s*(?:is\s+|was\s+)?"
    r"(?P<code>(?=[A-Za-z0-9/-]*\d)(?=[A-Za-z0-9/-]{6,})(?:[A-Za-z]{0,4}\d[A-Za-z0-9]*(?:[/-][A-Za-z0-9]+)+"
    r"|[A-Za-z]{1,5}[/-]\d[A-Za-z0-9]*(?:[/-][A-Za-z0-9]+)*"  # round 38 (P#8): a force's prefix first, "WMP-55120934-0311"
    r"|[A-Za-z]{1,4}\d{2,}[A-Za-z0-9]*"
    r"|\d{5,}))(?![\w/])", re.IGNORECASE)
# A code that is a reference whatever comes before it: digits in three groups with slashes where the
# middle group is too long for a date ("23/45678/25"), or letters, digits, letters and digits ("CV25C00123").
# Round 38 (P#8): letters, then a long run of digits after a hyphen ("TVP-43260211-0917"): a force's or
# a service's log number, never a date or a word.
_BARE_REFERENCE = re.compile(r"(?<![\w/])(?:\d{1,4}/\d{4,}/\d{2,4}|[A-Z]{2}\d{2}[A-Z]\d{4,}"
                             r"|[A-Z]{2,5}-\d{6,}(?:-\d{2,})?)(?![\w/-])")


def references(text: str) -> list[Found]:
    found = [Found(m.start("code"), m.end("code"), "reference") for m in _REFERENCE.finditer(text)]
    found += [Found(m.start(), m.end(), "reference") for m in _BARE_REFERENCE.finditer(text)]
    return found


# Round 36 (review36g G#5): an outward postcode on its own ("moved to CV6", "lives in the B23 area")
# narrows a home down to a few streets. In capitals, an area the Royal Mail uses (not "A45" or "M6",
# which are roads, nor "Y7", a school year), after a word that says where, or before "area".
_AREAS = ("AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN "
          "EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU ME MK ML "
          "N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD "
          "TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE").split()
_OUTWARD = re.compile(
    r"(?:(?<=\bto )|(?<=\bin )|(?<=\bat )|(?<=\bfrom )|(?<=\bnear )|(?<=\baround ))"
    rf"(?P<code>(?:{'|'.join(sorted(_AREAS, key=len, reverse=True))})\d{{1,2}}[A-Z]?)(?![\w-])"
    r"|(?<![\w-])(?P<code2>[A-Z]{1,2}\d{1,2}[A-Z]?)(?=\s+area\b)")


def outward_postcodes(text: str) -> list[Found]:
    found = []
    for match in _OUTWARD.finditer(text):
        name = "code" if match.group("code") else "code2"
        code = match.group(name)
        if re.match(r"[A-Z]+", code).group() in _AREAS:
            found.append(Found(match.start(name), match.end(name), "postcode"))
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
    return found + _numbered_streets(text)


# Round 36 (review36g G#5): a house number and a street whose name has no street-type word ("at 5
# Spon End", "moved to 41 Far Gosford"): after a word that says where, a number and one to three
# capitalised words, none a role, a month, a day or a unit of time, and either two of them or one no
# dictionary knows ("at 3 Grace" is a name after a number, left to the name finder).
_NUMBERED_STREET = re.compile(
    r"\b(?:at|to|from|near|outside|of|on|lives|lived|address)[ \t]+(?P<address>\d{1,4}[A-Za-z]?,?[ \t]+"
    r"(?P<words>[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2}))(?![\w'’-])")


def _numbered_streets(text: str) -> list[Found]:
    from .people import is_common_word, not_names

    found = []
    for match in _NUMBERED_STREET.finditer(text):
        names = match.group("words").split()
        if any(is_stop_word_or_time(w) or w.lower() in not_names() for w in names):
            continue
        if len(names) < 2 and is_common_word(names[0]):
            continue
        found.append(Found(match.start("address"), match.end("address"), "address"))
    return found


def is_stop_word_or_time(word: str) -> bool:
    from .people import is_stop_word
    from .places import MONTH

    lower = word.lower()
    return is_stop_word(lower) or lower in _TIME_WORDS or bool(re.fullmatch(MONTH, word)) or lower.rstrip("s") in (
        "year", "week", "day", "month", "hour", "minute", "time", "child", "kid", "adult", "people", "person")
