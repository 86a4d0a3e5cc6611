"""A redacted run that tells the group exactly what the plain run told the author.

`check --redact` (and `compare --redact`, and a redacting room) checks each draft AS WRITTEN, with
the author's own configuration, and then redacts what is shown: the statement's text, every
finding's span (moved onto the placeholder that replaced its words), message, suggestion and fix,
every part's quoted words, the strengths, the heading and the measured words. The scores, the codes
and the parts found are therefore the author's, by construction, not by luck of the parse.

The same name-to-placeholder map does both: the text is redacted by the Redactor's spans (by
offset), and every other string is redacted by the words of those spans (by value), so a name a
rule quotes ("Kelly's partner", "KELLY") becomes the placeholder the text shows.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Iterable, Mapping

from ..findings import Finding
from ..report import Component, Report
from .people import FUNCTION_WORDS as _FUNCTION_WORDS, is_common_word, not_names, titles

# A word inside a span: letters, digits and the joins names and identifiers use ("O'Neil", "Lily-Rose", "jess_x").
_PIECE = re.compile(r"[\w@][\w'’.@+-]*\w|\w")




# Round 41: the words of a date that a rule may quote without the rest (weekdays and months, any case).
_CALENDAR_WORD = re.compile(r"(?i:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?|"
                            r"feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
                            r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")


def _pieces(surface: str) -> set[str]:
    """The words a rule could quote on their own: "Hyun-woo", "Hyun" and "woo"; "O'Neil's" and "Neil"."""
    out = set()
    for piece in _PIECE.findall(surface):
        piece = re.sub(r"(?:'s|’s)$", "", piece)
        out.add(piece)
        out.update(p for p in re.split(r"[-'’.]", piece) if len(p) > 1)
    return out


def _capital_particle(word: str, surface: str) -> bool:
    """Round 33: "Van" of "Mr Van den Berg", capitalised inside a name of several words: a rule that
    quotes part of the name ("Mr Van den") must not show it, though "van" alone is an everyday word."""
    from ..redact import _PARTICLES

    return word[:1].isupper() and word.lower() in _PARTICLES and len(surface.split()) > 1


@dataclass
class DraftMask:
    """One draft as written, the Redactor's spans over it, and names known from the rest of the run."""

    text: str
    spans: list[tuple[int, int, str, str]]  # (start, end, kind, placeholder), in order, without overlaps
    known: Mapping[str, str] = field(default_factory=dict)  # name word (lower case) -> placeholder, run-wide

    @cached_property
    def redacted(self) -> str:
        out, cursor = [], 0
        for start, end, _, label in self.spans:
            out += [self.text[cursor:start], label]
            cursor = end
        return "".join(out + [self.text[cursor:]])

    # -- offsets ------------------------------------------------------------------------------

    def position(self, index: int, end: bool = False) -> int:
        """Where `index` of the original text falls in the redacted text. An index inside a replaced
        span goes to the placeholder's start (a start) or its end (an end), so a finding that
        touched a name covers its whole placeholder."""
        shift = 0
        for start, stop, _, label in self.spans:
            if index <= start:
                break
            if index < stop:
                return start + shift + (len(label) if end else 0)
            shift += len(label) - (stop - start)
        return index + shift

    # -- strings ------------------------------------------------------------------------------

    @cached_property
    def _pattern(self) -> tuple[re.Pattern | None, dict[str, str]]:
        entries: dict[str, tuple[str, bool]] = {}  # surface -> (placeholder, match in any case)
        kept = {w.lower() for w in re.findall(r"[\w'’-]+", self.redacted)}

        def add(surface: str, label: str) -> None:
            surface = surface.strip(" ,.;:()\t\n\"'“”‘’")
            if not surface or surface in entries:
                return
            single = not re.search(r"\s", surface)
            # A single word that is also an everyday word, or that still stands elsewhere in the
            # shared text ("will" beside the name "Will"), is matched only as the name was written.
            exact = single and (surface.lower() in kept or is_common_word(surface) or surface.lower() in not_names())
            entries[surface] = (label, not exact)
            for form in ("NFC", "NFD"):  # Round 33: a name typed with decomposed accents, quoted either way
                other = unicodedata.normalize(form, surface)
                if other not in entries:
                    add(other, label)
            if exact:
                for variant in (surface[:1].upper() + surface[1:].lower(), surface.upper()):
                    entries.setdefault(variant, (label, False))

        for start, end, kind, label in self.spans:
            surface = self.text[start:end]
            add(surface, label)
            if kind != "name" and "," in surface:
                # Round 39 (SOS520 quotes "22 Wren Close" of "22 Wren Close, Hightown"): each part of
                # an address or a place between commas, as a rule may quote it on its own.
                for part in surface.split(","):
                    if len(part.split()) >= 2 or re.search(r"\d", part):
                        add(part, label)
            for word in _pieces(surface):
                if self._identifying(word, kind) or kind == "name" and _capital_particle(word, surface):
                    add(word, label)
                elif kind == "date" and _CALENDAR_WORD.fullmatch(word) and word.lower() not in kept:
                    # Round 41: a weekday or a month of a redacted date, quoted on its own by a rule ("on
                    # Friday" of "on Friday 8th November" in the parts' words): the date's, unless the
                    # word still stands elsewhere in the shared text ("contact every Friday").
                    add(word, label)
        for word, label in self.known.items():  # kept in lower case: shown as a name is written
            if self._identifying(word, "name"):
                add(word[:1].upper() + word[1:], label)
        if not entries:
            return None, {}
        ordered = sorted(entries, key=len, reverse=True)
        parts = []
        for surface in ordered:
            # Round 33: the words as a rule may join them again ("3 February" quoted as "3 / February").
            body = r"(?:\s+|\s*[/.-]\s*)".join(re.escape(w) for w in surface.split())
            before = r"(?<![\w@])" if re.match(r"[\w@]", surface) else ""
            after = r"(?![\w@])" if re.search(r"\w$", surface) else ""
            parts.append(f"{before}(?{'i' if entries[surface][1] else ''}:{body}){after}")
        labels = {}
        for surface, (label, case_free) in entries.items():
            key = " ".join(surface.split())
            labels.setdefault(key.lower() if case_free else key, label)
        return re.compile("|".join(parts)), labels

    @staticmethod
    def _identifying(word: str, kind: str) -> bool:
        lower = word.lower()
        if len(word) < 2 or lower in not_names() or lower.rstrip(".") in titles() or lower in _FUNCTION_WORDS:
            return False
        if kind == "name":
            return True
        if re.search(r"\d", word):  # "2024", "CV1", "07700": numbers of three or more digits, or letters with digits
            return bool(re.search(r"[A-Za-z]", word)) or len(re.sub(r"\D", "", word)) >= 3
        # "sycamore" of "47 sycamore drive": a street or town written in lower case is still one
        # (the measured long words are shown in lower case too).
        return word[:1].isalpha() and not is_common_word(word)

    def words(self, value: str) -> str:
        """Any string shown with a report: each name, place, date or identifier of the draft becomes
        its placeholder, wherever and however a rule quoted it."""
        if not value:
            return value
        pattern, labels = self._pattern
        if pattern is None:
            return value

        def label(match: re.Match) -> str:
            found = match.group()
            key = " ".join(found.split())
            if key not in labels and key.lower() not in labels:  # "3 / February", "9-March": re-joined words
                key = " ".join(re.sub(r"\s*[/.-]\s*(?=\S)", " ", found).split())
            return labels.get(key) or labels.get(key.lower()) or next(
                (v for k, v in labels.items() if k.lower() == key.lower()), "[name]")
        return pattern.sub(label, value)

    def value(self, value):
        """words() through lists, tuples and dicts (a report's measured long words, for example)."""
        if isinstance(value, str):
            return self.words(value)
        if isinstance(value, list):
            return [self.value(v) for v in value]
        if isinstance(value, tuple):
            return tuple(self.value(v) for v in value)
        if isinstance(value, dict):
            return {k: self.value(v) for k, v in value.items()}
        return value

    # -- reports ------------------------------------------------------------------------------

    def report(self, report: Report) -> Report:
        """The plain report as the group sees it: the same scores, codes and parts; redacted words."""
        start = self.position(report.offset)
        stop = self.position(report.offset + len(report.text), end=True)
        local = lambda i, end=False: self.position(report.offset + i, end) - start  # noqa: E731
        return replace(
            report,
            text=self.redacted[start:stop],
            findings=[self._finding(f, local) for f in report.findings],
            given_way=[self._finding(f, local) for f in report.given_way],
            components=[Component(c.name, c.label, c.present, self.words(c.evidence)) for c in report.components],
            strengths=[self.words(s) for s in report.strengths],
            metrics=self.value(report.metrics),
            title=self.words(report.title) if report.title else report.title,
            offset=start,
            line=self.redacted.count("\n", 0, start) + 1,
        )

    def _finding(self, finding: Finding, local) -> Finding:
        fix = finding.fix
        if fix is not None:
            fix = replace(fix, start=local(fix.start), end=max(local(fix.start), local(fix.end, True)),
                          replacement=self.words(fix.replacement), reason=self.words(fix.reason))
        start = local(finding.start)
        return replace(finding, start=start, end=max(start, local(finding.end, True)), message=self.words(finding.message),
                       suggestion=self.words(finding.suggestion), fix=fix)


def mask(redactor, text: str, configured: Iterable[str] = ()) -> DraftMask:
    """Find what to redact in one draft (placeholders consistent across the Redactor's run) and
    return the mask that redacts its reports. `configured`: name words the user gave (--child-name,
    the configuration), placeholders for any a rule might quote though the draft never does."""
    spans = redactor.find(text)
    known = dict(redactor.people)
    for word in configured:
        known.setdefault(word.lower(), "[name]")
    return DraftMask(text, spans, known)


def configured_words(names) -> list[str]:
    """The name words of a configuration's (role, name) pairs."""
    pairs = names.items() if isinstance(names, Mapping) else names or ()
    out = []
    for pair in pairs:
        name = pair if isinstance(pair, str) else pair[-1]
        out += [w for w in str(name).split() if len(w) > 1 and w.lower() not in not_names()]
    return out


def leaks(mask_: DraftMask, shown: Iterable[str]) -> list[str]:
    """The identifying words of the draft's spans still found in what is shown, other than those
    the shared (redacted) text itself still holds: a rule's quotation the mask missed. An everyday
    word ("Will", "May") counts only as it was written, capitalised or in capitals."""
    kept = {w.lower() for w in re.findall(r"[\w'’-]+", mask_.redacted)}
    words: set[str] = set()
    for start, end, kind, _ in mask_.spans:
        for piece in _pieces(mask_.text[start:end]):
            if DraftMask._identifying(piece, kind) and piece.lower() not in kept:
                words.add(piece)
    found = set()
    for value in shown:
        for word in words:
            if is_common_word(word):
                variants = {word, word[:1].upper() + word[1:].lower(), word.upper()}
                if any(re.search(rf"(?<![\w@]){re.escape(v)}(?![\w@])", value) for v in variants):
                    found.add(word)
            elif re.search(rf"(?<![\w@]){re.escape(word)}(?![\w@])", value, re.IGNORECASE):
                found.add(word)
    return sorted(found)
