"""Named places (schools, hotels, hospitals, venues, streets, towns) and dates, found by pattern."""
from __future__ import annotations

import re

from .people import first_names, is_stop_word, not_names

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
         r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
CAP = r"[A-Z][A-Za-z'’-]+"
# Round 36: a month in lower case ("jan", "sept", "october"), never "may" or "march" on their own
# terms (a verb as often as a month): they count only with a day number before them ("5 march").
_LOWER_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?"
                r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
SP = r"[ \t]+"  # patterns never run across a line break
_SCHOOL = re.compile(
    rf"\b(?:(?:St\.?|Saint|Cardinal){SP})?(?:{CAP}{SP}){{1,4}}(?:(?:Primary|Junior|Infants?|Secondary|High|"
    rf"Grammar|Nursery|Community|Catholic|CE|C of E|RC){SP})*"
    r"(?:School|Academy|College|Primary|Nursery|Infants|Juniors)\b")
_PLACE_WORDS = (r"(?:Road|Rd|Street|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Grove|Terrace|Gardens|Mews|Estate|"
                r"Croft|Court|Hospital|Surgery|Clinic|Hotel|Inn|Lodge|Travelodge|Park|Centre|Theatre|Station|"
                r"Castle|Church|Mosque|Temple|Gurdwara|Library|Stadium|Market|Meadow|Hall|Prison|Refuge|Infirmary|Hospice|"
                r"Shopping Centre|Retail Park)")
PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    ("school", _SCHOOL),
    # "University Hospital Coventry", "Premier Inn Coventry East", "Hospital of St Cross".
    ("place", re.compile(rf"\b(?:\d{{1,4}}[a-zA-Z]?,?{SP})?(?:{CAP}{SP}){{0,3}}{_PLACE_WORDS}"
                         rf"(?:{SP}Express)?(?:{SP}of{SP}(?:St\.?{SP})?{CAP})?"
                         rf"(?:{SP}(?!(?:Mum|Dad|Nan|On|In|At|The|And|But|He|She|They)\b){CAP}){{0,2}}\b")),
    # "the Golden Cross pub", "Pool Meadow bus station", "Jubilee Crescent shops", "Tesco Extra".
    ("place", re.compile(rf"\b(?:{CAP}{SP}){{1,3}}(?:pub|shops|bus station|train station|shopping centre|car park|"
                         r"leisure centre|estate|park|hotel|club|gym)\b")),
    ("place", re.compile(rf"\b(?:Days|Holiday|Premier){SP}Inn(?:{SP}{CAP}){{0,2}}\b")),
    ("date", re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b")),
    # Round 35 (found while mending C#10): a day and a month in figures with no year ("on 14/02", "since
    # 3.11") after a word that says when; "attended 3/5 sessions" (no such word) stays.
    ("date", re.compile(r"(?i:(?<=\bon )|(?<=\bsince )|(?<=\bfrom )|(?<=\bby )|(?<=\buntil )|(?<=\btill )|"
                        r"(?<=\bbefore )|(?<=\bafter )|(?<=\bdated )|(?<=\bbetween )|(?<=\band ))"
                        r"(?:0?[1-9]|[12]\d|3[01])(?:/(?:0?[1-9]|1[0-2])|\.(?:0[1-9]|1[0-2]))\b(?![/.]\d)")),
    # Round 33: a day and a month split by a slash or spaces ("3 / February", "3/ Feb 2026", "March / 2027").
    ("date", re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?[ \t]*[/.-][ \t]*{MONTH}\b(?:[ \t]*[/.,-]?[ \t]*(?:19|20)\d\d\b)?")),
    ("date", re.compile(rf"\b{MONTH}[ \t]*[/.-][ \t]*(?:\d{{1,2}}(?:st|nd|rd|th)?|(?:19|20)\d\d)\b")),
    # Round 34 (review34 P#9): a range of days is one date ("5-7 May", "2nd to 4th of June"), and each
    # day number of a list ending in a month is a date of its own ("on 1, 8 and 15 July").
    ("date", re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?[ \t]*(?:[-–]|to\b)[ \t]*\d{{1,2}}(?:st|nd|rd|th)?{SP}(?:of{SP})?"
                        rf"{MONTH}\b(?:,?{SP}\d{{4}})?")),
    ("date", re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\b(?=(?:,[ \t]*\d{{1,2}}(?:st|nd|rd|th)?\b)*,?{SP}(?:and|or|&){SP}"
                        rf"\d{{1,2}}(?:st|nd|rd|th)?{SP}(?:of{SP})?{MONTH}\b)")),
    # Round 36 (G#9): a year of two figures after a day and a month ("12th Jan 25,") is the date's.
    ("date", re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?{SP}(?:of{SP})?{MONTH}\b(?:,?{SP}\d{{4}}|{SP}['’]?\d\d(?=[ \t]*[,.;:)]|[ \t]*$))?")),
    ("date", re.compile(rf"\b{MONTH}{SP}\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?{SP}\d{{4}})?")),
    ("date", re.compile(rf"\b(?:{MONTH}{SP})?(?:19|20)\d\d\b")),
    # Round 36 (review36g G#9): the day and month are what identify a date of birth, so a date is one
    # date whichever way it is written: year first ("2025-04-01", "2025/06/01"), a month in lower case
    # after a day ("5 jan", "21st of sept 2024"; not "may", a verb as often as a month), and a day
    # named for its date ("Boxing Day", "Christmas Eve", "New Year's Day", "Bonfire Night").
    ("date", re.compile(r"\b(?:19|20)\d\d[/.-](?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\d|3[01])\b")),
    ("date", re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?{SP}(?:of{SP})?{_LOWER_MONTH}\b(?:,?{SP}(?:19|20)\d\d\b)?")),
    ("date", re.compile(rf"\b{_LOWER_MONTH}{SP}\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?{SP}(?:19|20)\d\d\b)?")),
    ("date", re.compile(rf"\b(?:Boxing|Christmas|New{SP}Year[’']?s|Valentine[’']?s|St\.?{SP}Patrick[’']?s)"
                        rf"{SP}(?:Day|Eve)\b|\bChristmas{SP}Eve\b|\bBonfire{SP}Night\b|\bHallowe[’']?en\b", re.IGNORECASE)),
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
# The ending of a word for a people ("English", "Polish", "Pakistani", "Somali"): with the model's NORP,
# a people, not a place (round 38; public since round 40 for checks/whereabouts).
_DEMONYM = re.compile(r"(?:an|ans|ish|ese|i|ic|ch|ite|ites)$")


def is_demonym(word: str) -> bool:
    """"English", "Polish", "Pakistani": a word for a people by its ending (asked of a word the
    model tags NORP; a town the model calls NORP, "Tilehurst", has no such ending)."""
    return bool(_DEMONYM.search(word.lower()))


def pattern_finds(text: str) -> list[tuple[int, int, str]]:
    """What the redaction finds in a text by pattern alone, without the parse: identifiers (street
    address, postcode, reference, phone, NHS and NI numbers, email, car registration, user name, web
    address) and named places, schools and dates, as (start, end, kind), overlaps left in. The public
    reader for the checks that warn about these details in a statement (checks/whereabouts.py)."""
    from . import identifiers

    found = [(f.start, f.end, f.kind) for f in identifiers.find(text)]
    return found + [(s, e, kind) for s, e, kind, _ in pattern_spans(text)]


# A DATE entity is redacted only when it names a particular day, month or year: ages, durations
# and routines ("who is 8", "for the next 6 months", "every night") identify nobody and are part
# of what makes a statement specific, so they stay.
# Round 34: what makes one date a date of its own beside another ("5 August, 9 September": two; a
# weekday or a bare year beside a date is part of it: "Monday, 5 August", "June, 2025").
OWN_DATE = re.compile(rf"\b{MONTH}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\b|\d[/.-]\d")
PARTICULAR_DATE = re.compile(rf"\b{MONTH}\b|\d{{4}}|\d(?:st|nd|rd|th)\b|\d[/.-]\d")


# Round 40: a weekday straight before a date is part of it ("Monday 2nd March": "Monday [date]" told the day).
_WEEKDAY_BEFORE = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
# Round 40: a secondary school named "<Name> High" after a word of going or belonging ("attends Oakfield
# High", "excluded from Brookfield High"): the _SCHOOL pattern wants "School" or "Academy" after it.
_HIGH_SCHOOL = re.compile(rf"\b(?:at|from|to|attends|attended|attend|joined|joins|left|into)[ \t]+"
                          rf"(?P<name>(?:{CAP}{SP}){{1,3}})High\b")


def pattern_spans(text: str) -> list[tuple[int, int, str, int]]:
    """Schools, named places and dates by pattern, as (start, end, kind, priority 0)."""
    from .people import is_common_word

    spans = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            # A date keeps its month ("March 2027": the month is in not_names, but here it is the date's).
            start = match.start() if kind == "date" else _skip_leading_small_words(text, match.start(), match.end())
            end = match.end()
            if kind == "date":
                weekday = _WEEKDAY_BEFORE.search(text, max(0, start - 16), start)
                start = weekday.start() if weekday else start
            # Round 36 (G#9): a date's month is never a "role word" ("June 2nd 2025" lost "June 2nd").
            if start < end and (kind == "date" or not _only_role_words(text[start:end])) \
                    and not (kind == "place" and _kind_of_place_only(text[start:end])):
                spans.append((start, end, kind, 0))
    for match in _HIGH_SCHOOL.finditer(text):
        words = _WORD.findall(match.group("name"))
        if not any(is_common_word(w) or w.lower() in not_names() for w in words):
            spans.append((match.start("name"), match.end(), "school", 0))
    return spans


def _kind_of_place_only(words: str) -> bool:
    """Round 40 (r39: "went to Court" was "[place]"): a place word that opens the match with no name
    before it and no number names a kind of place, not a place: "Court", "to Hospital", "Church
    members", "Refuge Staff", "Court Order" (every word after it an everyday or role word). "Castle
    Court", "Court Road", "Market Square", "Hospital Coventry", "14 Court Road" still name one."""
    from .people import is_common_word

    from .identifiers import words as lexicon

    found = _WORD.findall(words)
    if not found or re.search(r"\d", words) or not re.fullmatch(_PLACE_WORDS, found[0]):
        return False
    streets = set(lexicon()["street_words"]) | set(lexicon()["place_words"])  # "Market Square", "Church Green"
    return all(not re.fullmatch(_PLACE_WORDS, w, re.IGNORECASE) and w.lower() not in streets
               and (is_common_word(w) or w.lower() in not_names()) for w in found[1:])


# Round 38 (P#4): the town may also be followed by the rest of the sentence in lower case ("14 Larch
# Close, Tilehurst on 2 November"): a capitalised word straight after an address, then a small word.
_TOWN_AFTER = re.compile(rf",{SP}({CAP})(?=[ \t]*(?:[.,;\n)]|$)|{SP}[A-Za-z]{{1,2}}\d|{SP}[a-z])")


def towns_beside(text: str, found) -> list[tuple[int, int, str, int]]:
    """"…, Bedworth CV12 8AB", "12 Elm Road, Coventry.": the town beside a postcode or an address."""
    spans = []
    for start, end, kind, _ in found:
        after = _TOWN_AFTER.match(text, end) if kind in ("address", "place") else None
        if after and after.group(1).lower() not in not_names() and not (
                re.match(rf"{SP}[a-z]", text[after.end(1):])  # the sentence goes on: a name is a person
                and (after.group(1).lower() in first_names() or is_stop_word(after.group(1)))):
            spans.append((after.start(1), after.end(1), "place", 0))
        match = re.search(rf"({CAP}(?:{SP}{CAP})?)[ ,]+$", text[max(0, start - 40):start]) if kind == "postcode" else None
        if match and match.group(1).split()[-1].lower() not in not_names():
            offset = max(0, start - 40)
            spans.append((offset + match.start(1), offset + match.end(1), "place", 0))
    return spans


def _only_role_words(words: str) -> bool:
    """"Mum Park" is not a place: every word before the place word is a role word."""
    found = _WORD.findall(words)[:-1]
    # Round 41: a place word is no role word ("Church Green": "Church" opens the place's name)
    return bool(found) and all(w.lower() in not_names() and not re.fullmatch(_PLACE_WORDS, w) for w in found)


def _skip_leading_small_words(text: str, start: int, end: int) -> int:
    """A pattern that starts on "At" or "The" ("At Park View Academy") should start after it."""
    while True:
        match = re.match(r"([A-Za-z]+)\s+", text[start:end])
        if not match or not (is_stop_word(match.group(1)) or match.group(1).lower() in not_names()):
            return start
        if re.fullmatch(_PLACE_WORDS, match.group(1)) and re.match(CAP, text[start + match.end():end]):
            # Round 41 (r40's "Church Green" was "Church [place]"): a place word followed by another
            # capitalised word of the match is the first word of the place's name ("Church Green",
            # "Market Square", "Castle Hill"), not a word to leave outside it.
            return start
        start += match.end()
