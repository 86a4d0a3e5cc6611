"""Replaces names, places, dates, phone numbers, emails and schools with placeholders before sharing."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Mapping

TYPES: tuple[str, ...] = ("name", "place", "date", "phone", "email", "school")
PLACEHOLDERS = {"place": "[place]", "date": "[date]", "phone": "[phone]", "email": "[email]",
                "school": "[school]"}
# Patterns find what the small spaCy model misses; they win over its entities where both match.
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_CAP = r"[A-Z][A-Za-z'’-]+"
_SP = r"[ \t]+"  # patterns never run across a line break
PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("phone", re.compile(r"(?<![\w/])(?:\+44[ -]?(?:\(0\)[ -]?)?|\(?0)\d{2,4}\)?[ -]?\d{3,4}[ -]?\d{3,4}(?![\w/])")),
    ("school", re.compile(
        rf"\b(?:(?:St\.?|Saint){_SP})?(?:{_CAP}{_SP}){{1,4}}(?:(?:Primary|Junior|Infants?|Secondary|High|Grammar"
        rf"|Nursery|Community|Catholic|CE|C of E|RC){_SP})*"
        r"(?:School|Academy|College|Primary|Nursery|Infants|Juniors)\b")),
    ("place", re.compile(rf"\b(?:\d{{1,4}}[a-zA-Z]?,?{_SP})?(?:{_CAP}{_SP}){{1,3}}(?:Road|Rd|Street|Avenue|Ave|Lane|"
                         r"Close|Drive|Way|Crescent|Grove|Terrace|Gardens|Mews|Estate|Hospital|Surgery|"
                         rf"(?:Medical|Health|Family|Children's|Leisure) Centre)\b"
                         # the town after an address: "14 Elm Road, Coventry CV4 8AB" or "..., Coventry."
                         rf"(?:,{_SP}{_CAP}(?={_SP}[A-Z]{{1,2}}\d|[.,;\n]|$))?")),
    ("place", re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}\b")),  # UK postcode
    ("date", re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b")),
    ("date", re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?{_SP}(?:of{_SP})?{_MONTH}\b(?:,?{_SP}\d{{4}})?")),
    ("date", re.compile(rf"\b{_MONTH}{_SP}\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?{_SP}\d{{4}})?")),
    ("date", re.compile(rf"\b(?:{_MONTH}{_SP})?(?:19|20)\d\d\b")),
)
# A DATE entity is redacted only when it names a particular day, month or year: ages, durations
# and routines ("who is 8", "for the next 6 months", "every night") identify nobody and are part
# of what makes a statement specific, so they stay.
_PARTICULAR_DATE = re.compile(rf"\b{_MONTH}\b|\d{{4}}|\d(?:st|nd|rd|th)\b|\d[/.-]\d")
_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr"}
# Capitalised words that are not names: headings, calendar words, words of the statement itself.
_NOT_NAMES = {
    "worry", "statement", "safety", "goal", "danger", "wellbeing", "needs", "harm", "plan",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas",
    "easter", "eid", "diwali", "ramadan", "english", "british", "god", "internet", "child", "adult",
}
_AGE = r"(?:1[0-7]|[0-9])(?!\d)"  # under 18
_CHILD_AFTER = re.compile(rf"^(?:'s|’s)?\s*(?:\(\s*{_AGE}\s*\)|,?\s*(?:who is|who's|who’s|aged|age)\s+{_AGE}"
                          r"|'s (?:teacher|school|nursery|class|childminder|cot|pram|bedroom))", re.IGNORECASE)
_CHILD_BEFORE = re.compile(r"\b(?:son|daughter|baby|toddler|child|grandson|granddaughter|stepson|stepdaughter)\s+$",
                           re.IGNORECASE)
_CHILD_ROLES = ("child", "children", "son", "daughter", "baby")


@dataclass(frozen=True)
class Redaction:
    text: str
    counts_by_type: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return dict(self.counts_by_type)


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Role words stay ("Mum", "Nan", "the social worker"); they come from rules/people.toml."""
    from .data import load_toml

    try:
        people = load_toml("people.toml")
    except FileNotFoundError:
        people = {}
    words = set(_TITLES) | _NOT_NAMES
    for key in ("family", "caregivers", "network", "professionals", "institutions", "children"):
        words.update(w.lower() for w in people.get(key, ()))
    return frozenset(words | {"mum", "dad", "nan", "nana", "grandad", "grandma", "auntie", "uncle"})


@lru_cache(maxsize=1)
def _everyday_words() -> frozenset[str]:
    """Common words (textstat's Dale-Chall list): a sentence's capitalised first word is not a name."""
    from importlib import resources

    try:
        raw = resources.files("textstat").joinpath("resources/en/easy_words.txt").read_text("utf-8")
    except (OSError, ModuleNotFoundError):
        return frozenset()
    return frozenset(raw.split())


def _verbs(nlp) -> frozenset[str]:
    """English verbs from the pipeline's lemmatizer tables (WordNet), where it has them."""
    try:
        return frozenset(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"])
    except (KeyError, AttributeError, ValueError):
        return frozenset()


class Redactor:
    """Redacts drafts one by one, keeping placeholders consistent for the whole run."""

    def __init__(self, nlp, names: Mapping[str, str] | Iterable | None = None):
        self.nlp = nlp
        self.people: dict[str, str] = {}  # lower-case name (or part of one) -> placeholder
        self._children = 0
        self._adults = 0
        self._verbs = _verbs(nlp)
        self._configured_children: set[str] = set()
        self._configured: set[str] = set()
        pairs = names.items() if isinstance(names, Mapping) else ((None, n) if isinstance(n, str) else n
                                                                  for n in names or ())
        for role, name in pairs:
            for part in str(name).split():
                if part.lower() not in _role_words():
                    self._configured.add(part.lower())
                    if role and str(role).lower() in _CHILD_ROLES:
                        self._configured_children.add(part.lower())

    @property
    def child_placeholders(self) -> list[str]:
        """"Child A", "Child B", ...: tell the rules these are the children's names after redaction."""
        return [f"Child {chr(ord('A') + i % 26)}" for i in range(self._children)]

    def redact(self, text: str) -> Redaction:
        doc = self.nlp(text)
        fixed = self._pattern_spans(text) + self._entity_spans(doc)
        found = self._name_spans(doc, frozenset())
        # Second pass: a name found once is a name everywhere in the draft, however it was tagged.
        words = frozenset(w for s, e, _, _ in found for w in text[s:e].lower().split()) - _TITLES
        kept = _merge_neighbours(text, _without_overlaps(fixed + self._name_spans(doc, words)))
        self._assign_people(text, [s for s in kept if s[2] == "name"])
        out, cursor, counts = [], 0, Counter()
        for start, end, kind in kept:
            out += [text[cursor:start], self._placeholder(text[start:end], kind)]
            cursor = end
            counts[kind] += 1
        out.append(text[cursor:])
        return Redaction("".join(out), {kind: counts[kind] for kind in TYPES if counts[kind]})

    def _pattern_spans(self, text: str) -> list[tuple[int, int, str, int]]:
        spans = []
        for kind, pattern in PATTERNS:
            for match in pattern.finditer(text):
                start = _skip_leading_small_words(text, match.start(), match.end(), self.nlp)
                if start < match.end():
                    spans.append((start, match.end(), kind, 0))
        return spans

    def _entity_spans(self, doc) -> list[tuple[int, int, str, int]]:
        spans = []
        for ent in doc.ents:
            if ent.label_ in ("GPE", "LOC", "FAC") and any(  # acronyms ("TAF") are jargon, not places
                    t.text[:1].isupper() and not t.text.isupper() and t.lower_ not in _role_words() for t in ent):
                spans.append((ent.start_char, ent.end_char, "place", 1))
            elif ent.label_ == "DATE" and _PARTICULAR_DATE.search(ent.text):
                start = ent[1:].start_char if ent[0].lower_ in ("the", "on", "since", "in") else ent.start_char
                spans.append((start, ent.end_char, "date", 1))
        return spans

    def _name_spans(self, doc, also: frozenset[str]) -> list[tuple[int, int, str, int]]:
        """Runs of name tokens ("Kelly Jones"), with a title before them ("Mrs Jones") kept in the run."""
        flags = [self._is_name_token(token, also) for token in doc]
        spans, index = [], 0
        while index < len(doc):
            if not flags[index]:
                index += 1
                continue
            end = index
            while end + 1 < len(doc) and flags[end + 1] and doc[end + 1].idx == doc[end].idx + len(doc[end].text) + 1:
                end += 1
            start = index - 1 if index > 0 and doc[index - 1].lower_.rstrip(".") in _TITLES else index
            spans.append((doc[start].idx, doc[end].idx + len(doc[end].text), "name", 2))
            index = end + 1
        return spans

    def _is_name_token(self, token, also: frozenset[str]) -> bool:
        lower = token.lower_
        if lower in self._configured:
            return True
        if not token.text[:1].isupper() or token.text.isupper() or not token.is_alpha or lower in _role_words():
            return False
        if lower in also or lower in self.people:
            return True
        if token.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC", "NORP", "CARDINAL", "ORDINAL"):
            return False
        if re.fullmatch(_MONTH, token.text):
            return False
        if token.ent_type_ != "PERSON" and token.pos_ != "PROPN":
            return False
        if token.is_sent_start and token.ent_type_ != "PERSON" and (lower in _everyday_words()
                                                                 or lower in self._verbs):
            return False  # "Email Nan…", "Text Mum…": a capital that only starts the sentence
        return not _in_institution_name(token)

    def _assign_people(self, text: str, name_spans) -> None:
        """Give each new person a placeholder: children "Child A", "Child B"; others "Adult 1", ..."""
        untitled = [(s, e) for s, e, _ in name_spans if not _titled(text[s:e])]
        child_keys = self._child_like(text, untitled)
        mentions = Counter(_key(text[s:e]) for s, e in untitled)
        if not child_keys and not self._children and mentions:
            top, count = mentions.most_common(1)[0]  # a worry statement keeps coming back to the child
            child_keys = {top} if count > 1 else set()
        for start, end, _ in name_spans:
            words = text[start:end]
            label = self._lookup(words)
            if label is None and not _titled(words) and _key(words) in child_keys:
                self._children += 1
                label = self.child_placeholders[-1]
            elif label is None:
                self._adults += 1
                label = f"Adult {self._adults}"
            lowered = words.lower()
            self.people.setdefault(lowered, label)
            if not _titled(words):
                # The surname alone is the same person ("Kelly Jones" ... "Jones"); a new first name is not.
                self.people.setdefault(_key(words), label)
                self.people.setdefault(lowered.split()[-1], label)

    def _lookup(self, words: str) -> str | None:
        lowered = words.lower()
        if lowered in self.people:
            return self.people[lowered]
        if _titled(words):  # "Mrs Hughes" is an adult, even when a child shares the surname
            label = self.people.get(lowered.split()[-1], "")
            return label if label.startswith("Adult") else None
        return self.people.get(_key(words))

    def _child_like(self, text: str, spans) -> set[str]:
        keys = set()
        for start, end in spans:
            key = _key(text[start:end])
            if (key in self._configured_children or _CHILD_AFTER.match(text[end:end + 30])
                    or _CHILD_BEFORE.search(text[max(0, start - 20):start])):
                keys.add(key)
        return keys

    def _placeholder(self, words: str, kind: str) -> str:
        if kind == "name":
            return self._lookup(words) or "[name]"
        return PLACEHOLDERS[kind]


def _titled(words: str) -> bool:
    return words.split()[0].lower().rstrip(".") in _TITLES


def _key(words: str) -> str:
    """The part of a name that identifies the person across mentions: the first non-title word."""
    parts = [p for p in words.lower().split() if p.rstrip(".") not in _TITLES]
    return parts[0] if parts else words.lower()


def _in_institution_name(token) -> bool:
    """"Children's Services", "Local Authority": a capitalised run holding an institution word."""
    institutions = {"authority", "services", "service", "council", "department", "team", "hub", "agency",
                    "police", "court", "trust", "partnership", "board", "safeguarding", "care"}
    doc, left, right = token.doc, token.i, token.i
    while left > 0 and doc[left - 1].text[:1].isupper() and not doc[left - 1].is_sent_start:
        left -= 1
    while right + 1 < len(doc) and (doc[right + 1].text[:1].isupper() or doc[right + 1].text in ("'s", "’s")):
        right += 1
    return any(t.lower_ in institutions for t in doc[left:right + 1])


def _skip_leading_small_words(text: str, start: int, end: int, nlp) -> int:
    """A pattern that starts on "At" or "The" ("At Park View Academy") should start after it."""
    stop_words = nlp.Defaults.stop_words
    while True:
        match = re.match(r"([A-Za-z]+)\s+", text[start:end])
        if not match or match.group(1).lower() not in stop_words:
            return start
        start += match.end()


def _without_overlaps(spans: list[tuple[int, int, str, int]]) -> list[tuple[int, int, str]]:
    """Patterns first, then entities, then names; longer spans before shorter ones."""
    kept: list[tuple[int, int, str]] = []
    for start, end, kind, _ in sorted(spans, key=lambda s: (s[3], -(s[1] - s[0]), s[0])):
        if all(end <= s or start >= e for s, e, _ in kept):
            kept.append((start, end, kind))
    return sorted(kept)


def _merge_neighbours(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"[place], [place]" for "22 Harnall Lane, Coventry CV1 5AB" reads as one place: make it one."""
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in spans:
        if merged and kind != "name" and merged[-1][2] == kind and re.fullmatch(r"[ ,]*", text[merged[-1][1]:start]):
            merged[-1] = (merged[-1][0], end, kind)
        else:
            merged.append((start, end, kind))
    return merged


def redact(text: str, nlp, names: Mapping[str, str] | Iterable | None = None) -> Redaction:
    """Redact one draft on its own. Use one Redactor for several drafts so placeholders agree."""
    return Redactor(nlp, names).redact(text)
