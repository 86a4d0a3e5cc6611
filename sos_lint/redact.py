"""Replaces names, places, dates and identifiers (phone, NHS and NI numbers, postcodes, car
registrations, emails, user names, web addresses, street addresses) with placeholders before sharing."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from .metrics import doc_text
from .nlp import english_verbs
from .redaction import identifiers
from .redaction.places import _PLACE_WORDS as _GENERIC_PLACE_WORDS
from .redaction.places import MONTH, OWN_DATE, PARTICULAR_DATE, is_demonym, pattern_spans, towns_beside
from .redaction.people import (FUNCTION_WORDS, common_noun_opening, common_words, dictionary_nouns, first_names,
                               is_common_word, is_name_token, is_stop_word, kind_of_place_alone, kinds_of_place, languages, not_names,
                               role_after, role_before, titles)

# The types the report renderers know how to word; ALL_TYPES adds the identifier types.
TYPES: tuple[str, ...] = ("name", "place", "date", "phone", "email", "school")
ALL_TYPES: tuple[str, ...] = TYPES + ("address", "postcode", "nhs", "nino", "vehicle", "handle", "url", "reference")
TYPE_WORDS = {"name": ("name", "names"), "place": ("place", "places"), "date": ("date", "dates"),
              "phone": ("phone number", "phone numbers"), "email": ("email address", "email addresses"),
              "school": ("school", "schools"), "address": ("address", "addresses"),
              "postcode": ("postcode", "postcodes"), "nhs": ("NHS number", "NHS numbers"),
              "nino": ("National Insurance number", "National Insurance numbers"),
              "vehicle": ("car registration", "car registrations"), "handle": ("user name", "user names"),
              "url": ("web address", "web addresses"),
              "reference": ("reference number", "reference numbers")}
PLACEHOLDERS = {"place": "[place]", "date": "[date]", "school": "[school]", **identifiers.PLACEHOLDERS}
_CHILD_ROLES = ("child", "children", "son", "daughter", "baby")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_GROUPED = {"postcode", "address", "place"}


@dataclass(frozen=True)
class Redaction:
    text: str
    counts_by_type: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return dict(self.counts_by_type)


@dataclass
class Person:
    label: str
    firsts: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)
    titled: bool = False
    seen: int = 0
    sexes: set[str] = field(default_factory=set)  # round 38 (P#4): "m" for Mr, "f" for Mrs/Ms/Miss




def _normalised(text: str, known=frozenset()) -> str:
    """Names in capitals read as names do ("MUM (KELLY HUGHES)" as "Mum (Kelly Hughes)"), so the
    parser can find them. Same length, so every offset still points into the original text. A lone
    word in capitals is left alone ("CSE", "YOS") unless it is a given name ("LEO told her teacher")."""
    keep = set(identifiers.words()["acronyms"])

    def title(match: re.Match) -> str:
        word = match.group()
        return word if word.lower() in keep else word[0] + word[1:].lower()

    def run(match: re.Match) -> str:
        words = match.group()
        if len(re.findall(r"[A-Z]{2,}", words)) >= 2:
            return re.sub(r"\b[A-Z][A-Z'’]+\b", title, words)
        return re.sub(r"\b[A-Z][A-Z'’]+\b", lambda m: title(m) if m.group().lower() in first_names()
                      or m.group().lower() in known or _name_in_capitals(m.group(), keep) else m.group(), words)
    # A run: words in capitals with only spaces, brackets or commas between them.
    return re.sub(r"\b[A-Z][A-Z'’]+\b(?:[ \t(),:–-]+[A-Z][A-Z'’]+\b)*", run, text)


def _name_in_capitals(word: str, keep) -> bool:
    """Round 36 (review36g G#6): a lone word in capitals that no list knows as an acronym and that
    reads as a word (a vowel, three letters or more: "DEAN hit mum", not "PLO" or "CSE") is read as
    a name would be written, so the parse can say whether it is one; an acronym the jargon list knows
    ("MARAC", "LADO") stays as it is. The original text is what is shown."""
    lower = word.lower()
    return (len(word) >= 3 and lower not in keep and not _known_acronym(word) and bool(re.search(r"[AEIOUY]", word[1:]))
            and not is_common_word(lower))


class Redactor:
    """Redacts drafts one by one, keeping placeholders consistent for the whole run."""

    def __init__(self, nlp, names: Mapping[str, str] | Iterable | None = None):
        self.nlp = nlp
        self.persons: list[Person] = []
        self._children = 0
        self._neutral = 0
        self._adults = 0
        self._clock = 0
        self._verbs = english_verbs(nlp)
        self._nouns = dictionary_nouns(nlp)
        self._configured_children: set[str] = set()
        self._configured: set[str] = set()
        self._known: frozenset[str] = frozenset()
        self._capitals_only: frozenset[int] = frozenset()
        self._handles: set[str] = set()  # user names seen once are redacted wherever they appear again
        self._parents: frozenset[str] = frozenset()  # round 41: this draft's pregnant or parent names (see _find)
        # Round 39 (review38p P#4): one-word places found by a cue of place ("moved to Tilehurst"), in
        # this run so far and (learn()) in every draft of the run: the same word is a place wherever
        # it stands ("Tilehurst is where…"), unless a title or an age makes it a person there.
        self._places_seen: set[str] = set()
        self._run_places: frozenset[str] = frozenset()
        # Round 33: what a first reading of the whole run found (see learn()): its name words, and for
        # each person's first word the weight of the evidence that they are a child or an adult.
        self._run_names: frozenset[str] = frozenset()
        self._run_roles: dict[str, Counter] = {}
        self._evidence: dict[str, Counter] = {}
        pairs = names.items() if isinstance(names, Mapping) else ((None, n) if isinstance(n, str) else n
                                                                  for n in names or ())
        for role, name in pairs:
            for part in str(name).split():
                if part.lower() not in not_names() and len(part) > 1:
                    self._configured.add(part.lower())
                    if role and str(role).lower() in _CHILD_ROLES:
                        self._configured_children.add(part.lower())

    def learn(self, texts: Iterable[str]) -> None:
        """Read every draft of a run once before redacting any (round 33): a name found in any draft
        is a name in all of them ("Hope is parentified." in the first draft, "Hope (9)" in the third),
        and each person's kind, child or adult, is decided by the evidence of the whole run, so one
        person gets one placeholder in every draft and every view of the run. Evidence: an age, a
        title, a role beside the name, the people analysis's reading with a reason (3 or 2 each); the
        analysis's reading of a bare name (1). A name read as a child in one draft and an adult in
        another with a reason in both is two people (namesakes), as before."""
        scratch = Redactor(self.nlp, ())
        scratch._configured, scratch._configured_children = self._configured, self._configured_children
        for text in texts:
            scratch.find(text)
        self._run_roles = scratch._evidence
        self._run_places = frozenset(scratch._places_seen)
        # A stop word read as a name ("There are concerns…" taken for a person) spreads to every draft
        # only where the run gives a reason for it (an age, a role): "Will (5)" does, "There" does not.
        self._run_names = frozenset(w for w in scratch.people if not is_stop_word(w) or any(
            k.endswith("!") for k in self._run_roles.get(w, ())))

    def _run_kind(self, key: str) -> str | None:
        """The kind the whole run gives this first word: "child", "adult", "person" (the run reads
        them both ways with a reason, neither far outweighs the other and nothing is certain, so
        neither kind is given: "Person 1"), or None where it gives none, or where an age, a title or
        the configuration makes one side certain (namesakes: each draft's own reason decides)."""
        tally = self._run_roles.get(key)
        if not tally:
            return None
        if tally.get("parent#"):
            return "adult"  # round 41: pregnant or a baby's parent in a draft of the run ("Summer (16) is 28/40")
        sure = {role[:-1]: weight for role, weight in tally.items() if weight >= 2 and role.endswith("!")}
        if len(sure) > 1:  # both kinds with a reason: the heavier if it far outweighs the other
            (top, most), (_, least) = sorted(sure.items(), key=lambda item: -item[1])
            if most >= 1.5 * least:
                return top
            # An age or a title on either side ("Will (5)" and "Mum's partner Will"): two people.
            return None if tally.get("child#") or tally.get("adult#") else "person"
        if sure:
            return next(iter(sure))
        child, adult = tally.get("child", 0), tally.get("adult", 0)
        return None if child == adult else "child" if child > adult else "adult"

    @property
    def people(self) -> dict[str, str]:
        """Every name word seen so far and its placeholder (the latest person wins a shared surname)."""
        found: dict[str, str] = {}
        for person in sorted(self.persons, key=lambda p: p.seen):
            for word in person.firsts | person.surnames:
                found[word] = person.label
        return found

    @property
    def child_placeholders(self) -> list[str]:
        """"Child A", "Child B", ...: tell the rules these are the children's names after redaction."""
        return [_child_label(i) for i in range(self._children)]

    def redact(self, text: str) -> Redaction:
        spans = self.find(text)
        out, cursor, counts = [], 0, Counter()
        for start, end, kind, label in spans:
            out += [text[cursor:start], label]
            cursor = end
            counts[kind] += 1
        out.append(text[cursor:])
        return Redaction("".join(out), {kind: counts[kind] for kind in ALL_TYPES if counts[kind]})

    def redact_label(self, label: str) -> str:
        """An author name or file name: every word that could be a name goes, not only the likely ones."""
        result = self.redact(label).text
        people = self.people

        def replace(match: re.Match) -> str:
            word = match.group()
            lower = word.lower()
            if lower in people:
                return people[lower]
            if lower in not_names() or lower in ("draft", "drafts", "txt", "csv", "jsonl", "json", "docx", "md",
                                                 "worry", "goal", "statement", "version", "final", "copy", "new",
                                                 "old", "team", "group", "child", "adult"):
                return word
            if len(word) == 1:
                return word
            return "[name]"
        pattern = r"\[[^\]]*\]|\bChild [A-Z]\d*\b|\b(?:Adult|Person) \d+\b|(?<![A-Za-z])[A-Za-z][A-Za-z'’]*(?![A-Za-z])"
        return re.sub(pattern, lambda m: m.group() if m.group()[0] == "[" or m.group()[:6] in ("Child ", "Adult ")
                      or m.group()[:7] == "Person "
                      else replace(m), re.sub(r"\s", " ", result))

    # -- finding ------------------------------------------------------------------------------

    def find(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, kind, placeholder) for everything to replace, in order and without overlaps.
        Round 33: a text typed with decomposed accents ("Sia" + a combining circumflex + "n") is read
        composed, as the parser and the name lists know it, and the spans are mapped back onto it."""
        composed, starts, ends = _composed(text)
        if composed == text:
            return self._find(text)
        return [(starts[s], ends[e - 1], kind, label) for s, e, kind, label in self._find(composed)]

    def _find(self, text: str) -> list[tuple[int, int, str, str]]:
        fixed = [(f.start, f.end, f.kind, 0) for f in identifiers.find(text)]
        fixed += self._known_handles(text)
        self._handles.update(text[s:e].lower().lstrip("@") for s, e, k, _ in fixed if k == "handle")
        self._known = frozenset(self.people) | self._run_names  # name words from the other drafts of this run
        norm = _normalised(text, self._known | self._configured)
        doc = self.nlp(norm)
        self._capitals_only = frozenset(t.idx for t in doc if norm[t.idx:t.idx + len(t.text)] != text[t.idx:t.idx + len(t.text)]
                                        and t.text.isalpha() and _name_in_capitals(text[t.idx:t.idx + len(t.text)], ())
                                        and t.lower_ not in first_names() and t.lower_ not in not_names())
        fixed += [f for f in pattern_spans(norm) if not self._person_not_street(norm, doc, f)] + self._entity_spans(doc)
        fixed += towns_beside(norm, fixed)
        found = self._name_spans(doc, frozenset())
        # Second pass: a name found once is a name everywhere in the draft, however it was tagged.
        also = frozenset(w for s, e, _, _ in found for w in norm[s:e].lower().split()) - titles()
        # Round 37: a place the tagger made of names this draft has found ("shouted at Rain and Rain's
        # sister", Rain (6) the child) is those names, not "[place]'s sister".
        fixed = [f for f in fixed if not (f[2] == "place" and f[3] == 1 and _only_names_found(norm[f[0]:f[1]], also))]
        mentions = self._mentions(text, norm, doc)
        # Round 41 (review41m M#1, a midwife's pre-birth drafts: "Summer (16) is 28/40" was "Child A",
        # the unborn baby's mother read as the child): a named person who is pregnant, booked, giving
        # birth or the mother or father of a baby is the parent, an adult placeholder whatever the age.
        self._parents = _parents_by_cue(doc)
        mentions = [(s, e, "adult", True) if role == "child" and _name_words(norm[s:e])[:1] and
                    _name_words(norm[s:e])[0] in self._parents else (s, e, role, sure)
                    for s, e, role, sure in mentions]
        # A person the people analysis reads is a name even where the redactor's own cues missed it
        # ("worried about April, who is four", "Storm, when you feel…").
        mentions = [m for m in mentions if not _SHORT_MONTH.fullmatch(text[m[0]:m[1]])  # "since Oct": a date
                    and not _function_word_at(doc, m[0], m[1])]  # "There are concerns…": nobody
        mentions = _without_opening_verbs(doc, mentions)  # "Call Dean if…": the people analysis's "Call Dean"
        mentions = [m for m in mentions if not _only_things(doc, m[0], m[1])]  # "a Moses basket": a thing
        mentions = [m for m in mentions if not _names_a_thing(doc, m[0], m[1])]  # "MARAC", "Clare's law"
        mentions = [m for m in mentions if not self._noun_not_person(doc, m[0], m[1])]  # "Contact with Dad is…"
        fixed += [(m.start(1), m.end(1), "date", 0) for m in _SHORT_MONTH_AFTER_TIME.finditer(norm)]
        people_at = frozenset(t.i for t in doc for s, e, _, _ in mentions if s <= t.idx < e)
        spans = _people_not_places(text, fixed + self._name_spans(doc, also, people_at) + self._places_after_prepositions(doc),
                                   mentions) + [(s, e, "name", 2) for s, e, _, _ in mentions]
        spans += _other_script_names(norm) + _initials(norm) + _nicknames(norm, doc, spans)
        spans += _initials_as_a_person(doc, spans, people_at)
        kept = _merge_neighbours(text, _grown_names(norm, doc, self.nlp, _whole_names(text, _without_overlaps(text, spans), mentions)))
        kept = _word_before_initial(norm, kept)
        kept = [(s, e, "place" if kind == "name" and self._place_not_person(doc, s, e) else kind) for s, e, kind in kept]
        kept = [(s, e, kind) for s, e, kind in kept if not (kind in ("name", "place") and _a_language(doc, s, e))]
        kept = self._places_of_the_run(norm, doc, kept, mentions)
        names = [(s, e) for s, e, kind in kept if kind == "name"]
        labels = self._assign_people(norm, doc, names, mentions)
        return [(s, _outside_punctuation(text, s, e, kind), kind, labels[(s, e)] if kind == "name" else PLACEHOLDERS[kind])
                for s, e, kind in kept]

    def _places_of_the_run(self, norm: str, doc, kept, mentions):
        """Round 39 (review38p P#4): a one-word place this run has found by a cue of place ("lives in
        Tilehurst", "to LEEDS") is "[place]" in its other mentions too, in this draft or another,
        where the redactor alone would make it a person ("Tilehurst is where the family moved",
        "Mum said LEEDS is far away"); not where a title, an age or a role beside it, or the people
        analysis's reason, make it a person here or in another draft of the run ("Mr Tilehurst",
        "Chester (6)": a namesake, the person's placeholder as before)."""
        for s, e, kind in kept:
            # a one-word place, or the town after the last comma of an address ("14 Larch Close, Tilehurst")
            text = norm[s:e] if kind == "place" else norm[s:e].rsplit(",", 1)[-1].strip() if kind == "address" else ""
            if re.fullmatch(r"[A-Z][A-Za-z'’-]+", text) and text.lower() not in first_names() \
                    and not is_common_word(text.lower()) and text.lower() not in not_names():
                self._places_seen.add(text.lower())
        places = self._places_seen | self._run_places
        out = []
        for s, e, kind in kept:
            word = norm[s:e].lower()
            sure_person = any(role.endswith("!") for role in self._run_roles.get(word, ()))  # "Chester (6)" in the run
            if (kind == "name" and word in places and " " not in word and not _titled(norm[s:e]) and not sure_person
                    and not any(ms < e and s < me and sure for ms, me, _, sure in mentions)
                    and role_after(norm, e) is None):
                token = next((t for t in doc if t.idx == s), None)
                if token is None or role_before(doc, token.i) is None:
                    kind = "place"
            out.append((s, e, kind))
        return out

    def _known_handles(self, text: str) -> list[tuple[int, int, str, int]]:
        spans = []
        for handle in self._handles:
            for match in re.finditer(rf"(?<![\w.@]){re.escape(handle)}(?![\w])", text, re.IGNORECASE):
                spans.append((match.start(), match.end(), "handle", 0))
        return spans

    def _entity_spans(self, doc) -> list[tuple[int, int, str, int]]:
        spans = []
        for ent in doc.ents:
            if ent.label_ in ("GPE", "LOC", "FAC") and _month_after_time_word(ent):
                # Round 33: "since Sept", "by Feb" (the small model's place) is a date.
                spans.append((ent.start_char, ent.end_char, "date", 1))
                continue
            if ent.label_ in ("GPE", "LOC", "FAC") and self._person_not_place(ent):
                continue
            if ent.label_ in ("GPE", "LOC", "FAC") and _field_label(ent):
                continue  # round 38 (S): "Attendance 64%" at a line's start is a field, not a place
            if ent.label_ in ("GPE", "LOC", "FAC") and _kind_of_place_phrase(ent):
                continue  # round 40: "the Family Centre", "the Youth Court": a kind of place, no name in it
            if ent.label_ in ("GPE", "LOC", "FAC") and any(  # acronyms ("TAF") are jargon, not places
                    t.text[:1].isupper() and not t.text.isupper() and t.lower_ not in not_names() for t in ent):
                spans.append((ent.start_char, ent.end_char, "place", 1))
            elif ent.label_ == "DATE" and PARTICULAR_DATE.search(ent.text):
                start = ent[1:].start_char if ent[0].lower_ in ("the", "on", "since", "in") else ent.start_char
                spans.append((start, ent.end_char, "date", 1))
        return spans

    def _person_not_street(self, norm: str, doc, span) -> bool:
        """Round 41 (r40's "Ms Liberty Hall, 17" was "Adult 1 Child A"; "Mrs Sharon Lane said…" was
        "Adult 1 [place]"; "Dad, Tony Street, moved…" was "Dad, [place], moved…"): a place found by
        pattern that is a given name and a street or building word ("Sharon Lane", "Tony Street") with
        a title or a role word before it, or an age or a role after it, is a person: the title, the role
        or the age says so. With no number in it and not after a place preposition ("lives on Sharon
        Lane", "at Victoria Street": a street)."""
        start, end, kind, _ = span
        if kind != "place" or re.search(r"\d", norm[start:end]):
            return False
        words = norm[start:end].split()
        first = words[0].lower()
        if len(words) < 2 or not (first in first_names() or first in self._known or first in self._configured):
            return False
        token = next((t for t in doc if t.idx == start), None)
        if token is None:
            return False
        if token.i > 0 and doc[token.i - 1].lower_ in _PLACE_PREPOSITIONS | {"on", "off", "along", "up", "down"}:
            return False
        titled = token.i > 0 and doc[token.i - 1].lower_.rstrip(".") in titles()
        return titled or role_before(doc, token.i) is not None or role_after(norm, end) is not None

    def _person_in_run(self, token) -> bool:
        """Round 41 (r40: "lost all trust in Dean" was "[place]" where "Dean (34)" was "Adult 1"): a word
        the settings name, or that the run reads as a person with a reason somewhere (an age, a title, a
        role beside it), is that person after a preposition too: one person, one placeholder."""
        lower = token.lower_
        return lower in self._configured or any(role.endswith("!") for role in self._run_roles.get(lower, ()))

    def _places_after_prepositions(self, doc) -> list[tuple[int, int, str, int]]:
        """"lives in Atherstone", "ran away to Hinckley": a proper noun after a place word that is
        not a name (names win any overlap: this kind comes last)."""
        spans = []
        for token in doc[1:]:
            before = doc[token.i - 1]
            if (before.lower_ in _AFTER_PREPOSITION and token.pos_ == "PROPN" and not kind_of_place_alone(token)
                    and token.text[:1].isupper() and token.is_alpha and not is_common_word(token.text)
                    and token.lower_ not in not_names() and token.lower_ not in first_names()
                    and token.ent_type_ not in ("PERSON", "DATE", "TIME")
                    and not (token.ent_type_ == "NORP" and (is_demonym(token.lower_)
                                                             or before.head.lemma_.lower() not in _GOING))
                    and not re.fullmatch(MONTH, token.text) and not _known_acronym(token.text)
                    and not re.fullmatch(r"[A-Z]{2,3}s?", token.text)  # round 38 (S): "at AP" is provision
                    and not _grade_before_label(token, self._nouns)  # round 41: "near Tier 3 housing"
                    and not (self._person_in_run(token) and not _after_going(before))):
                # round 41: "lost all trust in Dean" where the run has "Dean (34)"; "moved to Chester" stays a place
                # An ORG here is a town or a shop more often than not ("ran away to Leamington",
                # which the model tags ORG); brands and platforms are in not_names and stay.
                spans.append((token.idx, token.idx + len(token.text), "place", 3))
        return spans + self._named_places_in_phrase(doc) + self._everyday_word_towns(doc)

    def _everyday_word_towns(self, doc) -> list[tuple[int, int, str, int]]:
        """Round 39 (review38p P#4, "to LEEDS"): a town whose name is also an everyday word or that the
        tagger does not read as a proper noun ("moved to Reading", "has gone to HULL", "lives in Bath"), written with a capital in mid-sentence or
        in capitals, as the object of "to", "in", "from" or "near" after a verb of going or living:
        where someone went or lives, not the word. Not at a sentence's start, not a role, a service,
        a home or a calendar word ("to Church" is kept only when church is a service word), not an
        acronym the lists know, and not after any other verb ("listened to Reading": no verb of going)."""
        spans = []
        for token in doc[1:]:
            before = doc[token.i - 1]
            text = token.text
            if (before.lower_ not in ("to", "in", "from", "near") or token.dep_ != "pobj" or token.is_sent_start
                    or not token.is_alpha or len(text) < 3):
                continue
            if not (text.isupper() and re.search(r"[AEIOUY]", text[1:]) or token.idx in self._capitals_only
                    or text[0].isupper() and text[1:].islower() and (is_common_word(token.lower_) or token.pos_ != "PROPN")):
                continue  # a proper noun no dictionary knows is _places_after_prepositions' own
            lower = token.lower_
            if (lower in not_names() or lower in _HOME_NOUNS or lower in first_names() or re.fullmatch(MONTH, text)
                    or _known_acronym(text) or lower in self._configured or lower in languages()
                    or re.fullmatch(_GENERIC_PLACE_WORDS, text, re.IGNORECASE) or _calendar_word(token)
                    or kind_of_place_alone(token) or _grade_before_label(token, self._nouns)):
                continue  # "went to Court", "back to School", "to Church": a kind of place, not a town
            head = before.head
            while head.pos_ == "ADV" and head.head.i != head.i:
                head = head.head
            if head.lemma_.lower() in _GOING and head.pos_ in ("VERB", "AUX"):
                spans.append((token.idx, token.idx + len(text), "place", 3))
            elif before.lower_ in ("in", "near") and head.pos_ == "NOUN" and _where_a_thing_is(head) \
                    and not token.text.isupper():
                # Round 41: "lives in a hostel in Deal", "a flat near Sale": where a home or a car is
                spans.append((token.idx, token.idx + len(text), "place", 3))
        return spans

    def _named_places_in_phrase(self, doc) -> list[tuple[int, int, str, int]]:
        """Round 37 (review36g G#5): where a child lives or is seen, named inside a phrase of place:
        a district's name before a word for a home or an area, with "the" or an owner before it ("at
        the Foleshill flat", "moved into the Radford house", "near the Canley area"; not "in the Ford
        Fiesta", "at the Foleshill group"), and a shop standing as the place
        ("outside Tesco", "at the Aldi on …"). Found from the parse: the word is the object of a
        preposition of place, or a word in front of that object. Not a service, a meeting or a
        course ("at the Freedom Programme", "in the Child Protection Conference"), a person the
        run knows, a given name, a day, a month or an acronym; a shop only as the place itself
        ("a Greggs sausage roll", "on Snapchat" stay)."""
        spans = []
        for token in doc:
            if _shop_as_place(token):
                spans.append((token.idx, token.idx + len(token.text), "place", 3))
                continue
            if token.i == 0 or doc[token.i - 1].lower_ in _AFTER_PREPOSITION or not _place_phrase(token):
                continue  # straight after the preposition: _places_after_prepositions decides
            lower = token.lower_
            if (token.pos_ != "PROPN" or not token.text[:1].isupper() or token.text.isupper() or not token.is_alpha
                    or lower in self._known or lower in self._configured or lower in first_names()
                    or token.ent_type_ in ("PERSON", "DATE", "TIME", "NORP")):
                continue
            run = _capital_run(token)
            if not all(_place_name_word(t) for t in run):
                continue
            after = doc[run[-1].i + 1] if run[-1].i + 1 < len(doc) else None
            if after is None or after.lower_ not in _HOME_NOUNS or not after.is_lower:
                continue  # only before a home or an area: "the Foleshill flat", not "the Ford Fiesta", "the Foleshill group"
            spans.append((token.idx, token.idx + len(token.text), "place", 3))
        return spans

    def _place_not_person(self, doc, start: int, end: int) -> bool:
        """Round 38: a word no list knows as a given name, straight after "in", "into", "from", "near",
        "outside", or "to" after a verb of going ("was found in Grimsby", "ran away to Grimsby"), is
        where someone went, not a person: "[place]", never "Adult 1" ("ran away to Adult 1" reads as a
        person). Not "in Kian's room", a given name ("talked to Jordan"), a name the settings give, a
        titled name, or after a noun ("a text from Hughes") or another verb ("gave it to Hughes")."""
        tokens = [t for t in doc if start <= t.idx < end and not t.is_space]
        if not tokens or tokens[0].i == 0 or any(t.pos_ != "PROPN" or not t.is_alpha for t in tokens):
            return False
        before, last = doc[tokens[0].i - 1], tokens[-1]
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if after is not None and after.text in ("'s", "’s"):
            return False
        if any(t.lower_ in first_names() or t.lower_ in self._configured or t.lower_ in titles() for t in tokens):
            return False  # the small model's PERSON is not asked: it gives it to most towns it does not know
        if len(tokens) == 1 and self._person_in_run(tokens[0]) and not _after_going(before):
            return False  # round 41: "lost all trust in Dean" where the run has "Dean (34)"; not "moved to Chester"
        head = before.head
        while head.pos_ == "ADV" and head.head is not head:  # "ran away to", "went back to"
            head = head.head
        if before.lower_ in ("in", "into", "from", "near", "outside"):
            return (head.pos_ in ("VERB", "AUX") or head.lemma_.lower() in _GOING
                    or before.lower_ in ("in", "near", "outside") and head.pos_ == "NOUN" and _where_a_thing_is(head))
        return before.lower_ == "to" and head.lemma_.lower() in _GOING

    def _person_not_place(self, ent) -> bool:
        """The small model calls some names places ("Dad (Bethan Wood)", "near Esme")."""
        first = ent[0]
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and (before.lower_ in first_names() or before.lower_ in self._known):
            return True  # "Bethan Clarke": a surname after a first name
        if first.lower_ in self._known or first.lower_ in self._configured or first.lower_ in first_names():
            return True
        return role_before(ent.doc, ent.start) == "adult" and first.lower_ not in not_names()

    def _name_spans(self, doc, also: frozenset[str], people_at: frozenset[int] = frozenset()) -> list[tuple[int, int, str, int]]:
        """Runs of name tokens ("Kelly Jones"), with a title before them ("Mrs Jones") kept in the run."""
        flags = [self._is_name(token, also) for token in doc]
        for token in doc:  # "chidi and imran": an unknown lower-case word paired with a name is a name
            if not flags[token.i] and (self._paired_with_name(token, flags)
                                       or _capital_paired_with_name(token, flags, people_at)
                                       or _word_paired_with_named_subject(token, flags)):
                flags[token.i] = True
        _surname_particles(doc, flags)
        spans, index = [], 0
        while index < len(doc):
            if not flags[index]:
                index += 1
                continue
            end = index
            while end + 1 < len(doc):
                gap = doc[end + 1].idx - doc[end].idx - len(doc[end].text)
                if flags[end + 1] and gap == 1:
                    end += 1
                elif gap == 1 and self._surname_after(doc[end + 1]):
                    end += 1  # "Tracey Wood": a capitalised word straight after a first name
                elif (end + 2 < len(doc) and doc[end + 1].text in ("-", "‑") and flags[end + 2] and gap == 0
                      and doc[end + 2].idx == doc[end + 1].idx + 1):
                    end += 2  # "Ellie-Mae"
                else:
                    break
            start = index - 1 if index > 0 and doc[index - 1].lower_.rstrip(".") in titles() else index
            spans.append((doc[start].idx, doc[end].idx + len(doc[end].text), "name", 2))
            index = end + 1
        return spans

    @staticmethod
    def _paired_with_name(token, flags: list[bool]) -> bool:
        """A lower-case word no dictionary knows, joined by "and"/"or" to a name the redactor found."""
        lower, doc = token.lower_, token.doc
        if (not token.is_lower or not token.is_alpha or len(lower) < 3 or token.lemma_.lower() != lower
                or is_common_word(lower) or lower in not_names() or lower in titles()):
            return False
        if any(c.dep_ in ("det", "poss", "amod", "nummod") and c.i < token.i for c in token.children):
            return False  # round 41: "has no heating and Ava (3) is cold": a thing with its article, not a name
        for link, other in ((token.i + 1, token.i + 2), (token.i - 1, token.i - 2)):
            if 0 <= other < len(doc) and doc[link].lower_ in ("and", "or", "&") and flags[other]:
                return True
        return False

    @staticmethod
    def _surname_after(token) -> bool:
        text = token.text
        return (text[:1].isupper() and token.is_alpha and len(text) > 1 and token.lower_ not in not_names()
                and not token.is_stop and not token.is_sent_start and token.ent_type_ not in ("DATE", "TIME"))

    def _is_name(self, token, also: frozenset[str]) -> bool:
        lower, text = token.lower_, token.text
        if token.idx in self._capitals_only and lower not in self._configured and lower not in self._known:
            # Round 36 (G#6): a word written in capitals that only _name_in_capitals read as a name is
            # one where it stands as a person does ("DEAN hit mum", "told KAYDEN"); not "risk of SIDS",
            # "a diagnosis of EUPD", "two DKA admissions".
            return _stands_as_a_person(token)
        if lower in self._configured:
            return True
        if _named_thing(token):
            return False  # round 38 (P#4): "referred to MARAC", "a Clare's law disclosure": no person
        if lower not in self._known and _grade_before_label(token, self._nouns):
            return False  # round 41: "Class A drugs", "Category 2 offender", "Tier 3": a grade, nobody's name
        if token.is_stop and (token.dep_ == "expl" or token.pos_ in ("PRON", "SCONJ", "CCONJ", "ADP")) \
                and lower not in first_names():
            return False  # round 33: "There are concerns…", "There will be no further incidents": nobody
        if not token.is_alpha and not re.fullmatch(r"[A-Za-z]+(?:[-'’][A-Za-z]+)+", text):
            return False
        if (lower in kinds_of_place() and text[:1].isupper() and token.i > 0
                and token.doc[token.i - 1].lower_.rstrip(".") in titles()):
            return True  # round 40: "Mrs Court", "Mr Church": a surname that is a kind of place
        if lower in not_names() and not _named_beside_a_role(token) or len(text) < 2:
            return False
        if _imperative_opening(token):
            return False  # Round 34 (review34 P#5): "Ring Grace on 07700 900123": the verb is not part of the name
        if lower in FUNCTION_WORDS and token.pos_ not in ("PROPN", "NOUN"):
            return False  # "The" on the line after a heading is not a person ("Adult 1 social worker"); "An Tran" is
        if _named_beside_a_role(token) or _told_by_name(token):
            return True  # Round 32: "and Sunday, the social worker, …", "Nan will tell Grace straight away"
        if _word_name_opening(token) or _apposed_at_opening(token):
            return True  # Round 33: "Faith and the school nurse are worried", "Hope is parentified."
        capital = text[:1].isupper()
        known = lower in also or lower in self._known
        if capital and _kind_of_thing(token) and lower not in self._known and lower not in self._configured:
            return False  # Round 36 (review36h #7): "a Moses basket", "a Henry hoover": a kind of thing
        if not capital and known and not is_common_word(lower) and token.is_alpha and len(lower) > 2:
            return True  # Round 36 (G#3): "amy" found as "amy (7)" is "amy" wherever the parser puts it
        if not capital:
            # A lower-case name: one seen before in this run, or a given name that is not also a word.
            if is_common_word(lower) or token.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ"):
                # Round 31 (a practice lead's trial): "summer told her friend faith on 9 October" left
                # both names: a name that is also a word, written in lower case where a person stands.
                return _lower_name_where_a_person_stands(token, known)
            # The tagger's PERSON on a lower-case word no dictionary knows ("Tom and jaylen") is a name too.
            return known or lower in first_names() or (token.ent_type_ == "PERSON" and lower not in not_names()) \
                or _lower_name_where_a_person_stands(token, known)
        if known or _hyphenated_name(token):
            return True
        if kind_of_place_alone(token):
            return False  # round 40: "went to Court", "taken to Hospital": a kind of place, nobody's name
        place = token.ent_type_ in ("GPE", "LOC", "FAC") and not self._person_not_place(_entity_of(token))
        if place or token.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
            return False
        if token.ent_type_ == "NORP" and lower not in first_names():  # "English", "Polish"; not "Harvey"
            return False
        if re.fullmatch(MONTH, text):
            return False
        common = lower in common_words() or lower in self._verbs
        after = role_after(doc_text(token.doc), token.idx + len(text))
        if not after and _in_jargon_phrase(token):
            return False  # round 37: "the Child Protection Conference": a meeting, not the child "Protection"
        if after or (role_before(token.doc, token.i) and not token.is_sent_start):
            # "Mum's partner Will", "Hope, who is 6", "Kacper, 15,": a word that is a name here
            return not (token.is_sent_start and common and not after)
        if (token.is_sent_start and token.ent_type_ != "PERSON" and common
                and not _rare_verb_as_subject(token, lower)):
            return False  # "Email Nan…", "Text Mum…": a capital that only starts the sentence
        if common_noun_opening(token, self._nouns, self._known | self._configured):
            return False  # round 40: "Incident happened when…", "Argument started at 10pm": the noun
        if token.ent_type_ == "PERSON" or is_name_token(token) or lower in first_names():
            return not _in_institution_name(token)
        # "Poppy and Tyler shared a bed": a proper noun starting a sentence that is not a word.
        return (token.is_sent_start and token.pos_ == "PROPN" and (not common or _rare_verb_as_subject(token, lower))
                and token.ent_type_ not in ("ORG",)
                and not _in_institution_name(token))

    def _noun_not_person(self, doc, start: int, end: int) -> bool:
        """Round 40: a people-analysis mention that is one common noun opening its sentence, which
        the tagger too reads as a common noun ("Contact with Dad is supervised…" read as a child),
        or a kind of place standing alone ("to Hospital"): the noun, whatever reading came with it
        (see common_noun_opening, kind_of_place_alone)."""
        tokens = [t for t in doc if start <= t.idx < end and not t.is_space]
        if len(tokens) == 1 and tokens[0].lower_ not in self._known | self._configured and kind_of_place_alone(tokens[0]):
            return True  # "took him to Hospital": a kind of place
        if len(tokens) == 1 and tokens[0].lower_ not in self._known | self._configured \
                and _grade_before_label(tokens[0], self._nouns):
            return True  # round 41: "near Tier 3 housing", "uses Class A drugs": a grade
        return (len(tokens) == 1 and tokens[0].pos_ == "NOUN"
                and common_noun_opening(tokens[0], self._nouns, self._known | self._configured))

    # -- people -------------------------------------------------------------------------------

    def _mentions(self, text: str, norm: str, doc) -> list[tuple[int, int, str, bool]]:
        """(start, end, "child" | "adult", sure) for every mention of a person as the project's people
        analysis reads the ORIGINAL text (the rules read the same analysis, so a child the rules
        take for the child is "Child A" here, and an adult is "Adult N", never a place). `sure`:
        the analysis gives a reason (an age, a role, a title), not only that the name is there."""
        from .people import people

        original = doc if norm == text else self.nlp(text)
        found = people(original, sorted(self._configured_children),
                       sorted(self._configured - self._configured_children))
        mentions = sorted((start, end, role, person.evidence != "named in the statement", number)
                          for group, role in ((found.children, "child"), (found.adults, "adult"))
                          for number, person in enumerate(group, 1 if role == "child" else 10_000)
                          for start, end in person.spans)
        return _reread_bare_names(original, mentions)

    def _assign_people(self, norm: str, doc, spans, mentions=()) -> dict[tuple[int, int], str]:
        """Give each person a placeholder: children "Child A", "Child B"; others "Adult 1", ...
        The people analysis decides where it reads the name; the redactor's own cues otherwise."""
        roles: dict[str, tuple[int, str]] = {}  # first word -> (strength of the evidence, role)
        read: dict[tuple[int, int], tuple[str, bool]] = {}  # span -> the people analysis's role, sure
        certain_at: dict[tuple[int, int], str] = {}  # span -> the kind an age, a title or an apposition makes certain
        token_at = {t.idx: t for t in doc}
        for start, end in spans:
            words = _name_words(norm[start:end])
            key = words[0] if words else norm[start:end].lower()
            if key in self._parents:
                self._evidence.setdefault(key, Counter())["parent#"] += 1
            role, sure = next(((r, k) for s, e, r, k in mentions if s < end and start < e), (None, False))
            if role is not None:
                read[(start, end)] = role, sure
                found = (4, role)
                self._weigh(key, role, 3 if sure else 1, sure)
                certain = self._role(norm, token_at.get(start), start, end, words)
                if certain and certain[0] >= 3:  # an age, a title, the configuration: certain
                    self._evidence[key][certain[1] + "#"] += 1
                    certain_at[(start, end)] = certain[1]
            else:
                found = self._role(norm, token_at.get(start), start, end, words)
                if found:
                    self._weigh(key, found[1], found[0], found[0] >= 2)
                    if found[0] >= 3:
                        self._evidence[key][found[1] + "#"] += 1
                        certain_at[(start, end)] = found[1]
            if found and found > roles.get(key, (0, "")):
                roles[key] = found
        # One name, one role in a draft: where the analysis reads one mention apart from the rest
        # ("Mum, you and Alfie need…" then "Alfie can sleep…" six times), most mentions win.
        votes: dict[str, Counter] = {}
        for (start, end), (role, sure) in read.items():
            words = _name_words(norm[start:end])
            votes.setdefault(words[0] if words else "", Counter())[role] += 1
        for (start, end), (role, sure) in list(read.items()):
            words = _name_words(norm[start:end])
            tally = votes[words[0] if words else ""]
            if len(tally) > 1 and tally[role] < max(tally.values()):
                read[(start, end)] = tally.most_common(1)[0][0], sure
        for key, tally in votes.items():
            if key in roles and tally:
                roles[key] = (roles[key][0], tally.most_common(1)[0][0])
        untitled = [_name_words(norm[s:e]) for s, e in spans if not _titled(norm[s:e])]
        counted = Counter(w[0] for w in untitled if w)
        roles = {key: role for key, (_, role) in roles.items()}
        if "child" not in roles.values() and not self._children and counted:
            top, count = counted.most_common(1)[0]  # a worry statement keeps coming back to the child
            if count > 1 and top not in roles:
                roles[top] = "child"
        labels = {}
        for start, end in spans:
            words = _name_words(norm[start:end])
            titled = _titled(norm[start:end])
            wanted, sure = read.get((start, end), (None, False))
            # A namesake from an earlier draft of the run is someone else only where this draft
            # gives a reason for the other role ("Mum's partner Will" after "Will (5)").
            key = words[0] if words else ""
            run = self._run_kind(key) if not titled else None
            own = certain_at.get((start, end))
            parent = run == "adult" and bool(self._run_roles.get(key, {}).get("parent#"))
            if run is not None and own is not None and own != run and not parent:
                # (round 41: not where the run makes the person a baby's parent: "Precious, who is 17," is
                # the mother of the run's unborn baby, not a namesake child)
                # Round 34 (review34 P#5): this draft makes the other kind certain ("Hope's mum, Faith,"
                # where the run's Faith is a girl of 15): a namesake, and this draft's reason decides.
                run, wanted, sure = None, own, True
            # With the whole run read first (learn()), the run's kind wins over this draft's own, so a
            # person keeps one placeholder; where the run found namesakes, this draft's reason decides.
            sex = _title_sex(norm[start:end])
            person = self._resolve(words, titled, None if run else wanted if sure else None, sex)
            if person is None:
                child = key in self._configured_children or ((
                    wanted == "child" or (wanted is None and not titled and roles.get(key) == "child"))
                    if run is None else run == "child")
                person = self._new_person(child, neutral=run == "person" and key not in self._configured_children)
                if len(words) >= 2 or (titled and words):
                    person.surnames.add(words[-1])
                if words and not (titled and len(words) == 1):
                    person.firsts.add(words[0])
                person.titled = titled
            elif len(words) >= 2:
                person.surnames.add(words[-1])
            person.titled = person.titled or titled
            if sex:
                person.sexes.add(sex)
            self._clock += 1
            person.seen = self._clock
            labels[(start, end)] = person.label
        return labels

    def _weigh(self, key: str, role: str, weight: int, sure: bool) -> None:
        tally = self._evidence.setdefault(key, Counter())
        tally[role] += weight
        if sure:
            tally[role + "!"] += weight

    def _role(self, norm: str, token, start: int, end: int, words: list[str]) -> tuple[int, str] | None:
        """What this mention says about the person, with how sure it is: a title or an age (3), the
        configured names (3), "Mia's teacher" (2), a role word before the name ("Dad Jason", 1)."""
        if _titled(norm[start:end]):
            return 3, "adult"
        if words and words[0] in self._configured_children:
            return 3, "child"
        if words and words[0] in self._parents:
            return 3, "adult"  # round 41: "Kiera (16) is 30/40": the baby's mother, an age notwithstanding
        after = role_after(norm, end)
        if after is not None:
            return (3 if re.match(r"^(?:'s|’s)?\s*[(,]|\s+(?:is|was|aged)\s+\d", norm[end:end + 12]) else 2), after
        before = role_before(token.doc, token.i) if token is not None else None
        if before is None and token is not None and _in_list_of_children(token):
            return 2, "child"  # round 37: "the children, skye and river, watched": river is a child too
        if before and _in_apposition_to_role(token, end):
            return 3, before  # Round 34: "Hope's mum, Faith, rang…", "her brother (Kai) said…": certain
        return (1, before) if before else None

    def _new_person(self, child: bool, neutral: bool = False) -> Person:
        if neutral:  # round 33: the run reads this person both ways; "Person N" rather than a wrong kind
            self._neutral += 1
            label = f"Person {self._neutral}"
        elif child:
            self._children += 1
            label = _child_label(self._children - 1)
        else:
            self._adults += 1
            label = f"Adult {self._adults}"
        person = Person(label)
        self.persons.append(person)
        return person

    def _resolve(self, words: list[str], titled: bool, role: str | None = None, sex: str | None = None) -> Person | None:
        """The person a mention means: first and surname together, a title with a surname, or one word.
        With a `role` read from this draft, a person of the other role (a namesake in another draft
        of the run) is someone else. Round 38 (P#4): a title with a surname means the person of that
        surname whose title agrees ("Mr Okafor" after "Mr Chidi Okafor and Ms Grace Okafor" is
        Chidi, however recently Grace was named); a title that says nothing of sex ("Dr") or a
        person with no title yet falls back to the most recent bearer of the surname."""
        if not words:
            return None
        recent = sorted(self.persons, key=lambda p: -p.seen)
        if role is not None:
            recent = [p for p in recent if p.label.startswith("Child") == (role == "child")]
        if len(words) >= 2:
            first, surname = words[0], words[-1]
            return next((p for p in recent if first in p.firsts and (surname in p.surnames or not p.surnames)), None)
        word = words[0]
        if titled:
            if sex:
                bearers = [p for p in recent if word in p.surnames and p.titled]
                agreeing = [p for p in bearers if sex in p.sexes]
                if agreeing:
                    return agreeing[0]
                bearers = [p for p in bearers if not p.sexes]  # an "Ms Okafor" is not "Mr Okafor"
                if bearers:
                    return bearers[0]
                if any(word in p.surnames and p.sexes for p in recent):
                    return None  # every bearer of the surname has the other title: someone new
            return (next((p for p in recent if word in p.surnames and p.titled), None)
                    or next((p for p in recent if word in p.surnames and p.label.startswith("Adult")), None))
        return (next((p for p in recent if word in p.firsts), None)
                or next((p for p in recent if word in p.surnames), None))


# Round 38 (X#9, P#4): plural words for adults that names can stand in apposition to ("their parents
# Dawn and Frank"); children's groups are _CHILD_GROUPS.
_ADULT_GROUPS = frozenset(("parents", "carers", "caregivers", "grandparents", "adults", "guardians", "foster",
                           "couple", "partners"))


def _reread_bare_names(doc, mentions: list) -> list:
    """Round 38 (X#9, P#4): where the people analysis reads a name only because it is there ("named
    in the statement", not sure), the sentence it stands in may still say who it is, and the
    placeholder follows that (an adult written "Child D" reads as if a child carried the safety job):
    - names joined by "and"/"or" after a plural word for a group share the group's kind ("their
      parents Dawn Kowalczyk and Frank Brennan": both adults; "the children Ava and Rio": both
      children);
    - in a safety goal's opening ("Leanne and Gareth, you and Kayden need…"), the names spoken to
      before "you and" are the adults, and the name after "and" is the child.
    A mention with a reason (an age, a title, a role beside it) is never changed."""
    if not mentions:
        return mentions
    at = {}
    for index, (start, end, _, _, _) in enumerate(mentions):
        for token in doc:
            if start <= token.idx < end:
                at[token.i] = index
    kinds: dict[int, str] = {}  # the people analysis's person -> the kind its sentence gives
    for index, (start, end, role, sure, person) in enumerate(mentions):
        if sure:
            continue
        tokens = [t for t in doc if start <= t.idx < end]
        if not tokens:
            continue
        group = _group_before(tokens[0])
        found = group if group is not None else _spoken_to_in_goal(tokens[0], at)
        if found is None and role == "child":
            found = _carer_in_plan(tokens[0], at, mentions)
        if found is not None:
            kinds.setdefault(person, found)  # the first reason in the draft decides
    # Every mention of that person follows ("Leanne, you will text Kayden" after the opening), unless
    # one of them has a reason of its own.
    return [(s, e, kinds[p], True) if p in kinds and not k else (s, e, r, k) for s, e, r, k, p in mentions]


def _group_before(token) -> str | None:
    """"adult" or "child" where the name is one of a list straight after a plural word for a group
    ("their parents Dawn Kowalczyk and Frank Brennan", "the children, Ava and Rio,"), else None."""
    doc = token.doc
    i = token.i - 1
    steps = 0
    while i >= 0 and steps < 12:
        word = doc[i]
        if word.lower_ in _ADULT_GROUPS and word.tag_ in ("NNS", "NN"):
            return "adult"
        if word.lower_ in _CHILD_GROUPS and word.tag_ in ("NNS", "NN") and word.lower_ not in ("child",):
            return "child"
        if not (word.pos_ == "PROPN" or word.lower_ in ("and", "or", "&", ",")):
            return None
        i -= 1
        steps += 1
    return None


_GESTATION = re.compile(r"\d{1,2}(?:\+\d)?/40")
_PREGNANT_WORDS = frozenset(("pregnant", "expecting"))
_BIRTH_VERBS = frozenset(("book", "deliver", "conceive", "miscarry", "labour", "birth"))
_PARENT_NOUNS = frozenset(("mother", "father", "mum", "dad", "parent", "mum-to-be", "dad-to-be"))
_BABY_NOUNS = frozenset(("baby", "unborn", "newborn", "pregnancy", "son", "daughter", "child", "twins"))


def _parents_by_cue(doc) -> frozenset[str]:
    """Round 41 (review41m M#1): the name words of people this draft makes a baby's parent as the
    subject of their own clause: pregnant ("is 20 weeks pregnant", "is 30/40", "is expecting"),
    booked or giving birth ("booked late at 27/40", "gave birth to…", "delivered"), or "the mother /
    father of" a baby. Not a child beside them ("Ella (6) is excited about the baby", "Ella is
    Kiera's daughter")."""
    found = set()
    for token in doc:
        if token.text[:1].isupper() and token.is_alpha and any(  # "Tayla, who is 17, booked late at 27/40"
                c.dep_ == "acl" and c.lemma_.lower() in _BIRTH_VERBS for c in token.children):
            found.add(token.lower_)
        if token.dep_ not in ("nsubj", "nsubjpass") or not token.text[:1].isupper() or not token.is_alpha \
                or token.pos_ in ("PRON", "DET"):
            continue  # the tagger reads a word-name subject as a noun or an adjective ("Precious (17) booked…")
        head = token.head
        parent = head.lemma_.lower() in _BIRTH_VERBS or (head.lemma_.lower() == "give" and any(
            c.dep_ == "dobj" and c.lower_ == "birth" for c in head.children))
        if not parent and head.lemma_.lower() == "be":
            for child in head.children:
                if child.dep_ == "acomp" and child.lower_ in _PREGNANT_WORDS:
                    parent = True
                elif child.dep_ in ("attr", "acomp", "npadvmod", "dobj") and _GESTATION.fullmatch(child.text):
                    parent = True
                elif child.dep_ == "attr" and child.lemma_.lower() in _PARENT_NOUNS and any(
                        p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ in _BABY_NOUNS or o.pos_ == "PROPN"
                                                                        for o in p.subtree)
                        for p in child.children):
                    parent = True
            parent = parent or any(_GESTATION.fullmatch(t.text) for t in head.children if t.i > head.i)
        if not parent and head.lemma_.lower() == "expect" and any(
                c.dep_ == "dobj" and c.lower_ in _BABY_NOUNS for c in head.children):
            parent = True
        if parent:
            found.update(t.lower_ for t in token.subtree if t.text[:1].isupper() and t.is_alpha and t.i <= token.i)
    return frozenset(found)


def _word_before_initial(text: str, kept):
    """Round 41 ("Rose T and Amber K share a room" was "Rose Child A and Child B"): a name found as a
    lone initial takes the capitalised word straight before it, the given name, whatever else that
    word means ("Rose", "Grace"); not a title, a role or a small word ("Mrs T", "Mum K", "The B")."""
    out = []
    for start, end, kind in kept:
        if kind == "name" and re.fullmatch(r"[A-Z]\.?", text[start:end]) and out and out[-1][2] == "name" \
                and out[-1][1] == start - 1 and text[start - 1] == " ":
            out[-1] = (out[-1][0], end, "name")  # the given name found on its own: one person, "Rose T"
            continue
        if kind == "name" and re.fullmatch(r"[A-Z]\.?", text[start:end]):
            before = re.search(r"([A-Z][a-z]+(?:[-'’][A-Za-z]+)*) $", text[max(0, start - 30):start])
            word = before.group(1) if before else ""
            if (before and word.lower() not in not_names() and word.lower() not in titles()
                    and not is_stop_word(word) and not (out and out[-1][1] > start - len(word) - 1)):
                start -= len(word) + 1
        out.append((start, end, kind))
    return out


def _after_going(preposition) -> bool:
    """Round 41: the preposition hangs on a verb of going or living ("moved to", "drove to", "lives
    in", "ran away from"): what follows is where, even where the run also has a person of that name."""
    head = preposition.head
    while head.pos_ == "ADV" and head.head is not head:
        head = head.head
    return head.lemma_.lower() in _GOING


def _calendar_word(token) -> bool:
    """Round 41: a token the tagger gives a date or a time that is itself a day, a month, a figure or a
    word of time ("to March", "in 2024"). The tagger's DATE also runs over a town beside a time phrase
    ("moved to Bath last year" is one DATE): the town is not a date."""
    if token.ent_type_ not in ("DATE", "TIME"):
        return False
    return (bool(re.fullmatch(MONTH, token.text)) or not token.is_alpha or token.lower_ in _TIME_WORDS
            or bool(re.fullmatch(r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|today|tonight|tomorrow|yesterday"
                                 r"|morning|afternoon|evening|night|day|week|month|last|next|this", token.lower_)))


_TIME_WORDS = frozenset(("christmas", "easter", "ramadan", "eid", "diwali", "hanukkah", "halloween", "term",
                         "half-term", "weekend", "weekends", "bank", "holiday", "holidays", "summer", "winter",
                         "spring", "autumn", "new", "year"))


def _grade_before_label(token, nouns=frozenset()) -> bool:
    """Round 41 (r40's "Class A drugs" was "Adult 2 A drugs"): a capitalised everyday noun followed
    by a one-letter or one- or two-figure label ("Class A", "Category 2", "Tier 3", "Level B",
    "Schedule 1") names a grade or a part of a scheme, not a person. Not a given name ("Amy B"),
    not before an initial with a full stop ("Will A. Jones"), not after a title ("Mrs Class")."""
    doc, i = token.doc, token.i
    if i + 1 >= len(doc) or not token.text[:1].isupper() or not token.is_alpha or token.text.isupper():
        return False
    label = doc[i + 1]
    if label.idx != token.idx + len(token.text) + 1 or not re.fullmatch(r"[A-Z]|\d{1,2}", label.text):
        return False
    if i + 2 < len(doc) and doc[i + 2].text == "." and doc[i + 2].idx == label.idx + 1 and i + 3 < len(doc) \
            and doc[i + 3].text[:1].isupper():
        return False  # "Will A. Jones": an initial
    lower = token.lower_
    if lower in first_names() or (i > 0 and doc[i - 1].lower_.rstrip(".") in titles()):
        return False
    if label.text.isdigit():
        # A figure after a name is as often an age ("the children (Iris 12, Lark 11 months)") or a
        # named place ("Base 25"): a grade only before the thing it grades ("a Category 3 knife",
        # "Tier 3 housing", "Section 47 enquiries") or after an article ("a Category 2").
        after = doc[i + 2] if i + 2 < len(doc) else None
        graded = after is not None and after.is_alpha and after.is_lower and after.pos_ in ("NOUN", "ADJ") \
            and after.lower_ not in _AGE_UNITS
        if not graded and not (i > 0 and doc[i - 1].lower_ in ("a", "an", "the")):
            return False
    return is_common_word(lower) or lower in nouns


_AGE_UNITS = frozenset(("years", "year", "yrs", "yr", "months", "month", "mths", "mth", "mos", "weeks", "week",
                        "wks", "days", "day", "old"))


def _where_a_thing_is(noun) -> bool:
    """Round 40 (review40c C#10: "found in a car in Bolton" was "in a car in Adult 5"): a place, a home
    or a vehicle (the people analysis's place and dwelling nouns, the redaction's vehicle and street
    words): "a car in Bolton", "a flat near Leigh", "a party at a house in Bolton" say where it is.
    A feeling or a quality ("trust in Sam", "a change in Sam") is none of these."""
    from .data import load_toml

    lemma = noun.lemma_.lower()
    people = load_toml("people.toml")
    return (lemma in people.get("place_nouns", ()) or lemma in people.get("dwelling_words", ())
            or lemma in identifiers.words()["vehicle_words"] or lemma in identifiers.words()["street_words"]
            or lemma in ("house", "home", "party", "hotel", "room", "garden", "field", "bedsit", "caravan"))


def _kind_of_place_phrase(ent) -> bool:
    """Round 40: a place entity whose words are only role, service or everyday words and a kind of
    place ("the Family Centre", "the Youth Court"): it names no particular place. A word no list
    knows ("the Hillside Centre") or a number makes it one."""
    words = [t for t in ent if t.is_alpha and t.lower_ != "the"]
    return (bool(words) and not any(t.like_num for t in ent) and any(t.lower_ in kinds_of_place() for t in words)
            and all(t.lower_ in kinds_of_place() or t.lower_ in not_names() or is_common_word(t.lower_) for t in words))


def _rare_verb_as_subject(token, lower: str) -> bool:
    """Round 40 ("Jade meets men at the car park" kept "Jade": WordNet has "to jade"): a capitalised
    word that opens its sentence, is no everyday word and counts as a word only because it can be a
    verb, which the parser reads as a proper noun and the subject of the sentence's finite verb, is a
    name ("Jade", "Hazel", "Rowan"), not an imperative ("Email Nan…", "Text Mum…" are the verb) nor
    a record's verbless note ("Neglect linked to parental drug misuse.")."""
    head = token.head
    return (lower not in common_words() and not is_stop_word(lower) and token.pos_ == "PROPN"
            and token.dep_ in ("nsubj", "nsubjpass") and head.i > token.i and head.pos_ in ("VERB", "AUX")
            # a finite verb: "Jade meets", "Jade was seen"; not a record's note with no verb ("Neglect linked to…")
            and (head.tag_ in ("VBZ", "VBD", "VBP", "MD") or any(c.dep_ in ("aux", "auxpass") for c in head.children)))


def _carer_in_plan(token, at: dict, mentions: list) -> str | None:
    """Round 40 (review39l: "Linh to implement appropriate boundaries and report Bao missing to police"
    made Linh "Child B"): a bare name read as a child only because it is there, that carries a plan
    (its verb has "will", "shall", "must" or a bare "to": what someone is to do; the parser may hang
    "Linh to implement…" on the name itself), where what the plan does is done to another child the
    draft is about (the object of the plan's verbs, the subject of a small clause such as "report Bao
    missing", or after "look after"/"care for"; that child has a reason for its reading or more
    mentions than this name): the adult carrying the safety job, "adult". Not a past act ("Poppy
    pushed Tyler": siblings), not a child acting on an adult, not "play with Leo"."""
    if token.i not in at:
        return None
    if token.dep_ in ("nsubj", "nsubjpass"):
        verbs = [token.head]
    elif token.dep_ == "ROOT":  # "Abena to set a time…": the parser's relative clause on the name
        verbs = [c for c in token.children if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")]
    else:
        return None
    verbs = [v for v in verbs if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "must", "to", "'ll", "should")
                                      for c in v.children)]
    own = mentions[at[token.i]][4]
    count = Counter(m[4] for m in mentions)
    for verb in verbs:
        for other in verb.subtree:
            if other.i not in at or other.i == token.i or not _done_to(other):
                continue
            _, _, role, sure, person = mentions[at[other.i]]
            if person != own and role == "child" and (sure or count[person] > count[own]):
                return "adult"
    return None


def _done_to(token) -> bool:
    """The token is what an action is done to: an object, the subject of a small clause with no verb
    of its own ("report Bao missing", "keep Bao safe"), or after "after"/"for" ("look after Bao")."""
    if token.dep_ in ("dobj", "dative"):
        return True
    if token.dep_ == "nsubj" and token.head.dep_ in ("ccomp", "xcomp", "oprd") and not any(
            c.dep_ in ("aux", "auxpass") for c in token.head.children) and token.head.tag_ not in ("VBZ", "VBD", "VBP"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in ("after", "for")


def _spoken_to_in_goal(token, at: dict) -> str | None:
    """"adult" for a name spoken to at a line's opening before ", you and [name]" ("Leanne and
    Gareth, you and Kayden need…"); "child" for the name straight after "you and". `at`: token
    index -> the mention it belongs to."""
    tokens = list(token.sent)
    you = next((k for k, t in enumerate(tokens) if t.lower_ == "you" and 0 < k < len(tokens) - 2
                and tokens[k - 1].text == "," and tokens[k + 1].lower_ == "and"), None)
    if you is None:
        return None
    # The opening starts after any heading line the parser joined to the sentence.
    opening = max((k + 1 for k, t in enumerate(tokens[:you]) if "\n" in t.text or "\n" in t.whitespace_), default=0)
    before = tokens[opening:you - 1]
    if not before or not any(t.i in at for t in before) or not all(
            t.i in at or t.lower_ in ("and", "&", ",") or t.lower_ in titles() or t.lower_ in not_names()
            for t in before):
        return None  # only names (and role words) are spoken to before "you"
    after = tokens[you + 2]
    if after.i not in at or any(at.get(t.i) == at[after.i] for t in before):
        return None
    if before[0].i <= token.i < tokens[you].i:
        return "adult"
    return "child" if token.i in at and at[token.i] == at[after.i] else None


def _people_not_places(text: str, spans, mentions) -> list:
    """A place or date span that is only a person's name as the people analysis reads it ("worried
    about April, who is four", "If this doesn't happen, Sky may fall…") is a name; so is a date whose
    other words name no particular day ("Most days April now arrives": the rest is kept)."""
    out = []
    for start, end, kind, rank in spans:
        if kind in ("place", "date"):
            for s, e, _, _ in mentions:
                rest = _outside(text, start, end, s, e)
                if kind == "date" and (re.search(r"\d", rest) and _MONTH_ONLY.fullmatch(text[s:e])
                                       or _SHORT_MONTH.fullmatch(text[s:e])):
                    continue  # "by 3/ February": the month is the date's, not a person's
                # A date's other words that name no particular day ("Most days April now arrives") go with it.
                if s < end and start < e and not (re.search(r"\d", rest) or PARTICULAR_DATE.search(rest) if kind == "date"
                                                  else re.search(r"[A-Za-z0-9]", rest)):
                    title = re.search(r"([A-Za-z]+)\.?\s+$", text[start:max(start, s)])
                    keep = title is not None and title.group(1).lower() in titles()  # "Mr Okafor" stays titled
                    start, end, kind = (start + title.start() if keep else max(start, s)), min(end, e), "name"
                    break
                if kind == "date" and s < end and start < e and (start < s and e >= end or s <= start and end > e):
                    # "in March, Ava is…", "since September, Lily, who is 8": the date without the name,
                    # and the name as a name
                    out.append((max(start, s), min(end, e), "name", -1))
                    cut = (start, s) if start < s else (e, end)
                    piece = text[cut[0]:cut[1]]
                    start, end = cut[0] + len(piece) - len(piece.lstrip(" ,")), cut[1] - len(piece) + len(piece.rstrip(" ,"))
                    break
        if start < end:
            out.append((start, end, kind, rank))
    return out


# Round 33: the small words inside a surname ("Van der Merwe", "de Souza", "bin Laden", "ap Rhys").
_PARTICLES = frozenset(("van", "der", "den", "de", "da", "di", "du", "del", "della", "des", "dos", "das", "von",
                        "zu", "le", "la", "ter", "ten", "bin", "binti", "bint", "ibn", "al", "el", "ap", "ó", "ní"))


def _function_word_at(doc, start: int, end: int) -> bool:
    """Round 33: a mention that is one stop word the parser reads as a pronoun, an adverb, a
    determiner or an empty subject ("There are concerns…", "There will be no further incidents")
    is nobody's name, whatever reading came with it."""
    tokens = [t for t in doc if start <= t.idx < end]
    return len(tokens) == 1 and tokens[0].is_stop and (
        tokens[0].dep_ == "expl" or tokens[0].pos_ in ("PRON", "ADV", "DET", "PART", "SCONJ", "CCONJ", "ADP"))


def _capital_paired_with_name(token, flags: list[bool], people_at: frozenset[int] = frozenset()) -> bool:
    """Round 33: a capitalised word no dictionary knows ("Seán and Chloë are worried", the parser's
    NOUN at the start of the sentence), joined by "and"/"or" to a name the redactor found: a name.
    Not a place, a body, a role or an everyday word ("Leeds and Leo", "Police and Mum")."""
    doc, lower = token.doc, token.lower_
    if (not token.text[:1].isupper() or not token.is_alpha or len(lower) < 3 or token.is_stop
            or token.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "DATE", "TIME") or is_common_word(lower)
            or lower in not_names() or lower in titles() or _person_word(lower) or re.fullmatch(MONTH, token.text)):
        return False
    if token.text.isupper() and not _name_in_capitals(token.text, identifiers.words()["acronyms"]):
        return False  # round 37: "diagnosed with PTSD and Finn": letters in capitals, no name in capitals
    for link, other in ((token.i + 1, token.i + 2), (token.i - 1, token.i - 2)):
        if 0 <= other < len(doc) and 0 <= link < len(doc) and doc[link].lower_ in ("and", "or", "&") \
                and (flags[other] or other in people_at):
            return True
    return False


def _surname_particles(doc, flags: list[bool]) -> None:
    """A surname with particles is one person: "Mr Van der Merwe", "Ana de Souza". Particles (in any
    case) between a title or a name and a capitalised word are flagged with that word, so the run of
    name tokens covers the whole surname."""
    for i, token in enumerate(doc):
        if flags[i] or token.lower_ not in _PARTICLES or i == 0:
            continue
        before = doc[i - 1]
        if not (flags[i - 1] or before.lower_.rstrip(".") in titles()):
            continue
        j = i
        while j < len(doc) and doc[j].lower_ in _PARTICLES and doc[j].whitespace_:
            j += 1
        if j - i > 3 or j >= len(doc) or not (doc[j].text[:1].isupper() and doc[j].is_alpha and len(doc[j].text) > 1):
            continue
        if doc[j].lower_ in not_names() or doc[j].lower_ in FUNCTION_WORDS:
            continue
        for k in range(i, j + 1):
            flags[k] = True


def _composed(text: str) -> tuple[str, list[int], list[int]]:
    """The text in Unicode's composed form (NFC) and, for each of its characters, where it starts
    and ends in the original: a base letter and the combining marks after it are one character."""
    if unicodedata.is_normalized("NFC", text):
        return text, [], []
    out, starts, ends, i = [], [], [], 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        out.append(piece)
        starts += [i] * len(piece)
        ends += [j] * len(piece)
        i = j
    return "".join(out), starts, ends


# A month's short form that is nobody's name ("since Oct", "by Sept"; not "Jan", "May").
_SHORT_MONTH = re.compile(r"(?:Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.?")
_SHORT_MONTH_AFTER_TIME = re.compile(r"\b(?:[Ss]ince|by|[Ii]n|until|till|from|before|after|during|last|next|of|[Ee]nd of)"
                                     r"[ \t]+((?:Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\b\.?)")
_MONTH_ONLY = re.compile(rf"{MONTH}\.?")


def _month_after_time_word(ent) -> bool:
    """A month's name or its short form ("Sept", "Feb.") after a word of time ("since", "by", "in"):
    a date, whatever the tagger called it."""
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return bool(_MONTH_ONLY.fullmatch(ent.text)) and before in (
        "since", "by", "in", "until", "till", "from", "before", "after", "last", "next", "early", "late", "mid",
        "of", "during", "throughout", "this", "end", "start")


def _outside(text: str, start: int, end: int, s: int, e: int) -> str:
    """The words of text[start:end] outside text[s:e], less small words ("on", "the")."""
    rest = text[start:max(start, s)] + " " + text[min(end, e):end]
    return " ".join(w for w in rest.split() if w.lower().strip(",.") not in
                    {"on", "the", "in", "since", "at", "'s", "’s"} | titles())


def _whole_names(text: str, kept, mentions) -> list:
    """A name span grows to the whole of the person's mention where nothing else is there
    ("Hyun-woo", not "Hyun" with "-woo" left behind)."""
    out = list(kept)
    for i, (start, end, kind) in enumerate(out):
        if kind != "name":
            continue
        for s, e, _, _ in mentions:
            if s < end and start < e and (s < start or e > end):
                a, b = min(s, start), max(e, end)
                if not any(x < b and a < y for j, (x, y, _) in enumerate(out) if j != i):
                    start, end = a, b
        tail = re.match(r"[-‑][a-z]+\b", text[end:])  # "Hyun-woo", "Ji-ho": a lower-case part after a hyphen
        if tail and not any(x < end + tail.end() and end < y for j, (x, y, _) in enumerate(out) if j != i):
            end += tail.end()
        out[i] = (start, end, kind)
    return out


def _hyphenated_name(token) -> bool:
    """"Lily-Rose", "Ellie-Mae": two capitalised parts joined by a hyphen, neither a role word."""
    doc, i = token.doc, token.i
    for left, right in ((i, i + 2), (i - 2, i)):
        if 0 <= left and right < len(doc) and doc[left + 1].text == "-" \
                and doc[left + 1].idx == doc[left].idx + len(doc[left].text) \
                and doc[right].idx == doc[left + 1].idx + 1 \
                and all(t.text[:1].isupper() and t.text[1:].islower() and t.is_alpha and t.lower_ not in not_names()
                        for t in (doc[left], doc[right])):
            return True
    return False


def _entity_of(token):
    return next((ent for ent in token.doc.ents if ent.start <= token.i < ent.end), token.doc[token.i:token.i + 1])


def _child_label(index: int) -> str:
    letters = chr(ord("A") + index % 26)
    return f"Child {letters}" if index < 26 else f"Child {letters}{index // 26 + 1}"


def _a_language(doc, start: int, end: int) -> bool:
    """Round 39 (review38p P#4): "in Urdu", "speaks Tigrinya": one word, a language (the people
    analysis's list), neither a place nor a person; not after a title ("Mr French") nor a surname
    straight after a given name ("Tom Welsh")."""
    tokens = [t for t in doc if start <= t.idx < end and not t.is_space]
    if len(tokens) != 1 or tokens[0].lower_ not in languages():
        return False
    token = tokens[0]
    before = doc[token.i - 1] if token.i else None
    if before is None:
        return True
    if before.lower_.rstrip(".") in titles():
        return False
    return not (before.text[:1].isupper() and before.is_alpha and not token.is_sent_start
                and before.lower_ not in languages() and before.lower_ not in not_names())


def _titled(words: str) -> bool:
    parts = words.split()
    return bool(parts) and parts[0].lower().rstrip(".") in titles()


_TITLE_SEX = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def _title_sex(words: str) -> str | None:
    """"m" or "f" where the mention starts with a title that says so ("Mr", "Mrs", "Ms", "Miss")."""
    parts = words.split()
    return _TITLE_SEX.get(parts[0].lower().rstrip(".")) if parts else None


def _name_words(words: str) -> list[str]:
    return [p for p in (w.lower().strip(".,") for w in words.split()) if p and p.rstrip(".") not in titles()]


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


def _without_overlaps(text: str, spans: list[tuple[int, int, str, int]]) -> list[tuple[int, int, str]]:
    """Identifiers and patterns first, then entities, then names; longer spans before shorter ones."""
    kept: list[tuple[int, int, str]] = []
    for start, end, kind, _ in sorted(spans, key=lambda s: (s[3], -(s[1] - s[0]), s[0])):
        pieces = [(start, end)]
        for s, e, _ in kept:  # a name partly covered by a place keeps its other words
            pieces = [part for a, b in pieces for part in ((a, min(b, s)), (max(a, e), b)) if part[0] < part[1]]
        if kind != "name":
            if pieces == [(start, end)]:
                kept.append((start, end, kind))
            continue
        for a, b in pieces:
            a, b = a + len(text[a:b]) - len(text[a:b].lstrip(" ,-")), b - len(text[a:b]) + len(text[a:b].rstrip(" ,-"))
            if re.search(r"[^\W\d_]", text[a:b]):
                kept.append((a, b, kind))
    return sorted(kept)


_SPAN_TAIL = re.compile(r"[\s.,;:!?]+$")


def _outside_punctuation(text: str, start: int, end: int, kind: str) -> int:
    """Round 35 (a conference chair's trial, C#10: "on 03/11. Summer presented …" came out "on [date]
    Summer presented …"): the parser may take the stop, comma or space after a date or a place into
    it; the placeholder keeps them, so a sentence still ends where it did. Names are left as found."""
    if kind == "name":
        return end
    tail = _SPAN_TAIL.search(text[start:end])
    return start + tail.start() if tail and tail.start() > 0 else end


def _merge_neighbours(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"22 Harnall Lane, Coventry CV1 5AB" reads as one address: make it one."""
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in spans:
        if merged and re.fullmatch(r"[ ,]*", text[merged[-1][1]:start]):
            last = merged[-1][2]
            if kind != "name" and last == kind and not (kind == "date" and OWN_DATE.search(text[merged[-1][0]:merged[-1][1]])
                                                        and OWN_DATE.search(text[start:end])):
                # Round 34 (review34 P#9): "on 5 August, 9 September and 14 October" is three dates, not two
                merged[-1] = (merged[-1][0], end, kind)
                continue
            if {kind, last} <= _GROUPED and {kind, last} & {"address", "postcode"}:
                merged[-1] = (merged[-1][0], end, "address")
                continue
        merged.append((start, end, kind))
    return merged


def redact(text: str, nlp, names: Mapping[str, str] | Iterable | None = None) -> Redaction:
    """Redact one draft on its own. Use one Redactor for several drafts so placeholders agree."""
    return Redactor(nlp, names).redact(text)


# Words for a person straight before a lower-case given name ("her friend faith", "his cousin
# hope"): the name is that person's.
_PERSON_BEFORE = frozenset(("friend", "friends", "sister", "brother", "cousin", "mum", "dad", "partner", "boyfriend",
                            "girlfriend", "son", "daughter", "nan", "aunt", "auntie", "uncle", "niece", "nephew",
                            "stepdad", "stepmum", "stepbrother", "stepsister", "neighbour", "mate", "sibling"))
_PERSON_PREPOSITIONS = frozenset(("with", "to", "by", "for", "and", "from"))
_TIME_BEFORE = frozenset(("last", "next", "this", "every", "each", "early", "late", "mid", "in", "during", "over",
                          "since", "until", "till", "through", "before", "after", "of"))


def _lower_name_where_a_person_stands(token, known: bool) -> bool:
    """A lower-case word that is also an everyday word is a name only where a person stands: a
    given name straight after a word for a person ("her friend faith"), or a name this text (or
    run) has already found written as a name, standing bare as a subject, object or in a list
    ("summer told her friend …"), never with an article, owner or describing word ("the summer",
    "last summer", "her faith")."""
    if token.pos_ not in ("NOUN", "PROPN") or not token.is_alpha or len(token.text) < 3:
        return False
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.lower_ in _PERSON_BEFORE and not before.text[:1].isupper() \
            and not any(c.dep_ in ("det", "amod", "nummod") for c in token.children) \
            and (token.lower_ in first_names() or token.dep_ in ("dobj", "dative", "pobj", "appos", "conj", "nsubj")):
        # "her friend faith" (the parse may make "friend" a modifier of the name): a person's name.
        # Where the word is a thing ("told her friend group"), masking it hides a word, never a name.
        return True
    if known and before is not None and before.text in (".", "!", "?") and token.i + 1 < len(doc) \
            and doc[token.i + 1].lemma_.lower() in _A_PERSON_DOES:
        return True  # a sentence the parser did not split off, opening with the name ("… Dad. autumn told …")
    if any(c.dep_ in ("det", "poss", "amod", "nummod", "compound") for c in token.children):
        return False
    if before is not None and before.lower_ in _TIME_BEFORE:
        return False
    if not known:
        return False
    head = token.head.lemma_.lower()
    if token.dep_ in ("nsubj", "nsubjpass"):
        return head in _A_PERSON_DOES  # "summer told her teacher"; not "hope is what keeps her going"
    if token.dep_ in ("dobj", "dative"):
        return head in _DONE_TO_A_PERSON  # "saw river crying"; not "lost hope", "said grace"
    if token.dep_ in ("appos", "conj"):
        return True  # "Ava and summer"
    if token.dep_ == "compound" and token.head.tag_ in ("VBG", "NN") and token.head.lower_.endswith("ing") \
            and token.head.dep_ in ("dobj", "ccomp", "xcomp") and token.head.head.lemma_.lower() in _DONE_TO_A_PERSON:
        return True  # round 37: "the nursery saw autumn crying" (the parser's "autumn crying", a thing seen)
    return token.dep_ == "pobj" and token.head.lower_ in _PERSON_PREPOSITIONS


# What a person does as the subject, and what is done to a person as the object, for a lower-case
# name the text has already found (round 31): verbs that take a person, not a thing or an idea.
_A_PERSON_DOES = frozenset(("tell", "say", "ask", "cry", "go", "come", "run", "hide", "text", "call", "ring", "sleep",
                            "eat", "play", "walk", "scream", "shout", "disclose", "report", "explain", "talk",
                            "speak", "want", "wet", "stay", "live", "leave", "return", "arrive", "refuse", "miss",
                            "attend", "draw", "show", "sit", "stand", "wake", "get", "have", "be", "feel", "seem",
                            "look", "hit", "kick", "bite", "push"))
_DONE_TO_A_PERSON = frozenset(("tell", "ask", "hit", "kick", "push", "slap", "smack", "punch", "take", "bring", "collect",
                               "leave", "see", "meet", "call", "ring", "text", "message", "visit", "hug", "hurt",
                               "grab", "help", "pick", "drop", "find", "lock", "shake", "hold", "follow", "contact",
                               "remind", "warn", "show", "give", "send", "threaten", "hear", "watch", "notice"))


# Round 32 (review32b, a practice lead's trial): where a capitalised word is a person's name
# whatever word it also is.
# Words before a day's or month's name that make it a time ("on Sunday, the social worker…").
_TIME_BEFORE = frozenset(("on", "by", "until", "till", "since", "every", "last", "next", "this", "from", "before",
                          "after", "of", "in", "at", "during", "each", "that", "the", "a", "late", "early", "mid"))
_OWNERS = frozenset(("the", "a", "an", "her", "his", "their", "our", "my", "your"))
# Verbs whose object is someone told, asked or rung ("Nan will tell Grace straight away").
_TOLD_VERBS = frozenset(("tell", "ask", "ring", "phone", "call", "text", "email", "message", "contact", "inform",
                         "update", "warn", "thank"))


def _person_word(word: str) -> bool:
    table = _people_table()
    return word in table


def _people_table() -> frozenset:
    from .data import load_toml

    global _PEOPLE_WORDS
    if _PEOPLE_WORDS is None:
        t = load_toml("people.toml")
        _PEOPLE_WORDS = frozenset(w.lower() for key in ("professionals", "family", "adult_family") for w in t.get(key, ()))
    return _PEOPLE_WORDS


_PEOPLE_WORDS = None


def _named_beside_a_role(token) -> bool:
    """A capitalised word mid-sentence with a person's role set beside it after a comma ("and
    Sunday, the social worker, are worried", "told Faith, her key worker,"): a name, even one
    that is a day, a month or a word. Not a time ("on Sunday, the social worker visited")."""
    doc = token.doc
    if token.is_sent_start or not token.text[:1].isupper() or not token.is_alpha or token.i + 3 >= len(doc):
        return False
    if token.i and (doc[token.i - 1].lower_ in _TIME_BEFORE or doc[token.i - 1].like_num
                    or doc[token.i - 1].text[:1].isupper()):
        return False
    if doc[token.i + 1].text != "," or doc[token.i + 2].lower_ not in _OWNERS:
        return False
    for k in range(token.i + 3, min(token.i + 6, len(doc))):
        if _person_word(doc[k].lower_) or _person_word(doc[k].lemma_.lower()) \
                or k + 1 < len(doc) and _person_word(f"{doc[k].lower_} {doc[k + 1].lower_}"):
            return True
        if doc[k].text in (",", ".", ";") or doc[k].pos_ == "VERB":
            return False
    return False


# Round 33 (review33q, review33d): what only a person does as the subject ("Faith refused to
# engage", "Rose is not coping"), and what is done only to a person in the passive ("Hope is
# parentified", "Sunny was hit"). Not "be", "have", "come" or "show": "Hope is what keeps her going",
# "Summer is coming", "Grace is shown to visitors" stay words.
_ONLY_A_PERSON_DOES = frozenset(("refuse", "cope", "copes", "coped", "coping", "engage", "disclose", "deny", "admit", "minimise",
                                 "agree", "promise", "cry", "scream", "shout", "whisper", "laugh", "smile", "sob",
                                 "tell", "say", "hide", "sleep", "wet", "attend", "hit", "kick", "punch", "slap",
                                 "bite", "smack", "drink", "smoke", "abscond", "neglect"))
_ONLY_DONE_TO_A_PERSON = frozenset(("parentify", "parentified", "hit", "kick", "punch", "slap", "smack", "bite",
                                    "abuse", "bully", "groom", "exploit", "assault", "shake", "strangle", "choke",
                                    "rape", "traffic", "trafficked", "groomed", "exploited", "abused", "bullied"))


def _apposed_at_opening(token) -> bool:
    """A capitalised word opening a sentence with a person's role set beside it between commas
    ("Will, Nan's cousin, says…", "Hope, the family friend, will…"): a name. Not a day or a month
    ("Sunday, the social worker visited" has no closing comma), nor a role itself ("Mum, the…")."""
    doc = token.doc
    if not token.is_sent_start or not token.text[:1].isupper() or not token.is_alpha or token.i + 4 >= len(doc):
        return False
    if doc[token.i + 1].text != "," or token.lower_ in not_names() or _person_word(token.lower_) \
            or re.fullmatch(MONTH, token.text) or token.lower_ in titles():
        return False
    k = token.i + 2
    if doc[k].lower_ in _OWNERS:
        k += 1
    elif doc[k].text[:1].isupper() and k + 1 < len(doc) and doc[k + 1].text in ("'s", "’s"):
        k += 2  # "Nan's", "Mum's", "Leo's"
    else:
        return False
    for j in range(k, min(k + 3, len(doc) - 1)):
        if doc[j].text in (",", ".", ";") or doc[j].pos_ in ("VERB", "AUX"):
            return False
        if (_person_word(doc[j].lower_) or _person_word(doc[j].lemma_.lower())
                or _person_word(f"{doc[j].lower_} {doc[j + 1].lower_}")):
            end = j + 2 if _person_word(f"{doc[j].lower_} {doc[j + 1].lower_}") else j + 1
            return end < len(doc) and doc[end].text == ","
    return False


def _word_name_opening(token) -> bool:
    """A capitalised word opening a sentence that is also an everyday word ("Faith", "Hope", "Rose")
    is a name where the parse has it stand bare as a person: joined by "and" to a person ("Faith and
    the school nurse are worried", "Will and Dad"), the subject of what only a person does ("Faith
    refused to engage", "Rose is not coping"), or the subject of a passive only a person suffers
    ("Hope is parentified"). Not a plural, a word with an article, owner, describing word or "of"/"in"
    after it ("Faith in the plan is low"), a role or an institution."""
    if not token.is_sent_start or not token.text[:1].isupper() or not token.is_alpha or len(token.text) < 3:
        return False
    lower = token.lower_
    if token.pos_ not in ("NOUN", "PROPN", "ADJ") or token.tag_ in ("NNS", "NNPS") or token.is_stop:
        return False
    if lower in not_names() or _person_word(lower) or re.fullmatch(MONTH, token.text) or lower in titles():
        return False
    if token.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "NORP", "CARDINAL", "ORDINAL"):
        return False
    if any(c.dep_ in ("det", "poss", "amod", "nummod", "compound", "prep", "case", "acl", "relcl") for c in token.children):
        return False
    if _in_institution_name(token):
        return False
    for other in token.children:  # "Faith and the school nurse", "Will and Dad"
        if other.dep_ == "conj" and (_person_word(other.lemma_.lower()) or _person_word(other.lower_)
                                     or other.ent_type_ == "PERSON" or _person_word(
                                         " ".join(t.lower_ for t in other.lefts if t.dep_ == "compound")
                                         + " " + other.lower_)):
            return True
    head = token.head.lemma_.lower()
    if token.dep_ == "nsubj" and token.head.pos_ in ("VERB", "AUX") and (
            head in _ONLY_A_PERSON_DOES or token.head.lower_ in _ONLY_A_PERSON_DOES):
        return True
    if token.dep_ == "nsubj" and head == "be":  # "Blessing is parentified" parsed as "is" and a describing word
        return any(c.dep_ in ("acomp", "oprd") and (c.lower_ in _ONLY_DONE_TO_A_PERSON or c.lemma_.lower()
                                                    in _ONLY_DONE_TO_A_PERSON) for c in token.head.children)
    return token.dep_ == "nsubjpass" and (head in _ONLY_DONE_TO_A_PERSON or token.head.lower_ in _ONLY_DONE_TO_A_PERSON)


def _told_by_name(token) -> bool:
    """A capitalised word mid-sentence, alone, the object of telling, asking or ringing ("Nan will
    tell Grace straight away", "ring Hope if…"): someone told, a name; not a body ("tell Social
    Care", a run of capitals), a place or a time."""
    doc = token.doc
    if token.is_sent_start or not token.text[:1].isupper() or not token.is_alpha or token.dep_ not in ("dobj", "dative"):
        return False
    if token.head.lemma_.lower() not in _TOLD_VERBS or token.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME", "NORP"):
        return False
    if token.ent_type_ == "ORG" and (token.ent_iob_ != "B" or token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"
                                     or is_common_word(token.lower_)):
        return False  # a body's name of more than one word; the tagger's ORG on a lone name is often a person
    if token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper() or token.i and doc[token.i - 1].text[:1].isupper():
        return False
    lower = token.lower_
    return lower not in not_names() and not _person_word(lower) and lower not in titles()


# Round 38 (P#4): a name with "'s" before one of these words names a law, a scheme or a condition
# after someone nobody in the family is ("Clare's law", "Sarah's law", "Down's syndrome"), not a person.
_EPONYM_NOUNS = frozenset(("law", "laws", "scheme", "syndrome", "disease", "palsy", "act"))


def _named_thing(token) -> bool:
    """Round 38 (P#4): a word that names a service, a meeting or a law, never a person: an acronym the
    jargon list knows written in capitals ("referred to MARAC", "the IDVA service"), or the name in an
    eponym ("Clare's law disclosure")."""
    if token.text.isupper() and len(token.text) > 1 and _known_acronym(token.text):
        return True
    if re.fullmatch(r"[A-Z]{2,5}s", token.text):
        return True  # an acronym's plural ("two FTEs", "the LSAs"): never a person's name
    doc = token.doc
    return (token.i + 2 < len(doc) and doc[token.i + 1].text in ("'s", "’s")
            and doc[token.i + 2].lower_ in _EPONYM_NOUNS)


def _names_a_thing(doc, start: int, end: int) -> bool:
    """Every word of a people-analysis mention (start, end) is a service, a meeting or an eponym."""
    tokens = [t for t in doc if start <= t.idx < end and t.is_alpha]
    return bool(tokens) and all(_named_thing(t) for t in tokens)


def _field_label(ent) -> bool:
    """Round 38 (the school DSL's trial): a common noun the tagger took for a place where a line or a
    sentence starts and a figure or a colon follows ("Attendance 64% (PA).", "Exclusions: 2",
    "Punctuality 71%"): a record's field label. A place name is a proper noun to the parser ("Reading
    3 times a week" stays a question for the other cues); one word only, never a given name."""
    if len(ent) != 1:
        return False
    token = ent[0]
    doc = token.doc
    starts = token.is_sent_start or token.i == 0 or "\n" in doc[token.i - 1].text + doc[token.i - 1].whitespace_
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (starts and token.pos_ == "NOUN" and token.is_alpha and not token.text.isupper()
            and token.lower_ not in first_names() and after is not None
            and (after.like_num or after.text in (":", "-", "–")))


def _known_acronym(text: str) -> bool:
    """Round 32 (review32b): an acronym the jargon list knows ("escalated to ICPC", "referred to
    CAMHS") is a meeting or a service, never a place."""
    global _ACRONYMS
    if _ACRONYMS is None:
        from .data import load_toml

        _ACRONYMS = frozenset(t["phrase"] for t in load_toml("jargon.toml").get("term", ())
                              if t.get("phrase", "").isupper() and " " not in t["phrase"])
    return text.isupper() and text in _ACRONYMS


_ACRONYMS = None


# Round 34 (review34 P#5): verbs that open an instruction about a person ("Ring Grace on …", "Ask
# Nan to…", "Collect Ava from…"), none of them a given name.
_INSTRUCTION_VERBS = _TOLD_VERBS | frozenset(("visit", "meet", "see", "collect", "take", "bring", "invite", "remind",
                                              "help", "support", "show", "give", "let", "send", "pick", "check",
                                              "speak", "talk", "write", "keep", "make", "get", "find", "follow"))


def _imperative_opening(token) -> bool:
    """A capitalised verb opening a sentence as an instruction, with a name after it ("Ring Grace on
    07700 900123", "Tell Dean the plan", "Collect Ava at 3pm"): the verb, never part of the name,
    however the tagger joined them (the small model reads "Ring Grace" as one PERSON). Not a name that
    is the subject of the sentence ("Will Jones rang the school": "Jones" is its subject), nor a given
    name ("Jack")."""
    doc = token.doc
    if not token.is_sent_start or not token.text[:1].isupper() or token.text[1:] != token.text[1:].lower() \
            or token.i + 1 >= len(doc):
        return False
    lower = token.lower_
    if lower not in _INSTRUCTION_VERBS or lower in first_names():
        return False
    after = doc[token.i + 1]
    if not (after.text[:1].isupper() and after.is_alpha):
        return False
    # The noun phrase the two words make: where it is the subject of a verb, they are a name.
    root = token
    while root.dep_ in ("compound", "flat", "appos") and root.head is not root and root.head.i <= token.i + 3:
        root = root.head
    return root.dep_ not in ("nsubj", "nsubjpass")


def _without_opening_verbs(doc, mentions):
    """Round 34: a mention that starts on an instruction's verb ("Call Dean", "Ring Grace") starts
    after it; a mention that is only the verb is dropped."""
    starts = {t.idx: t for t in doc}
    out = []
    for start, end, role, sure in mentions:
        token = starts.get(start)
        if token is not None and _imperative_opening(token):
            if token.i + 1 >= len(doc) or doc[token.i + 1].idx >= end:
                continue
            start = doc[token.i + 1].idx
        out.append((start, end, role, sure))
    return out


_OWNER_WORDS = frozenset(("'s", "’s", "her", "his", "their", "our", "my", "your", "the"))


def _in_apposition_to_role(token, end: int) -> bool:
    """Round 34 (review34 P#5): a name set off beside an owned role word, between commas or in
    brackets ("Hope's mum, Faith, rang the school", "the children's dad (Kev)"): the name is that
    role's, as sure as an age. Not a list that opens with a role ("Dad, Kai, Ava and Leo"): the role
    must have an owner."""
    doc = token.doc
    i = token.i
    if i < 3 or doc[i - 1].text not in (",", "("):
        return False
    role, owner = doc[i - 2], doc[i - 3]
    if owner.lower_ not in _OWNER_WORDS or not role.is_alpha:
        return False
    after = doc.text[end:end + 2] if hasattr(doc, "text") else ""
    closing = ")" if doc[i - 1].text == "(" else ","
    return after[:1] == closing or closing == "," and after[:1] in (".", ";") or after == ""


# -- Round 36 (review36g, an information governance audit; review36h #7) ---------------------------

# Letters of a script the English model cannot read (Arabic, Hebrew, Devanagari, Bengali, Gurmukhi,
# Gujarati, Tamil, Urdu's Arabic, Cyrillic, Greek, Chinese, Japanese, Korean, Thai...). The gate refuses a
# draft written in another language, so inside an English statement a run of such letters is, by far
# most often, a person's name copied from case notes ("Dad (محمد الهاشمي)"): redacted as a name rather
# than let through, since nothing can read it to say otherwise.
def _foreign_letter(ch: str) -> bool:
    if not ch.isalpha():
        return False
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return True
    return not name.startswith("LATIN")


_OTHER_SCRIPT_RUN = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f\u064b-\u065f\u0900-\u0903\u093a-\u094f\u0981-\u0983"
                               r"\u09bc-\u09cd\u0a01-\u0a03\u0a3c-\u0a4d\u200c\u200d]|['’ -](?=[^\W\d_]))*")


def _other_script_names(text: str) -> list[tuple[int, int, str, int]]:
    spans = []
    for match in _OTHER_SCRIPT_RUN.finditer(text):
        word = match.group()
        letters = [c for c in word if c.isalpha()]
        if letters and sum(_foreign_letter(c) for c in letters) * 2 > len(letters):
            # the run may have swallowed a Latin word after a space ("محمد Khan" is all one name anyway)
            spans.append((match.start(), match.end(), "name", 0))
    return spans


# Initials written with stops ("J.K.", "Z.O-R.", "A. B."): a person; not an abbreviation a list knows
# ("U.K.", "G.P.", "P.E.", "e.g.").
_DOTTED_INITIALS = re.compile(r"(?<![\w.])[A-Z]\.(?:[ ]?[A-Z](?:-[A-Z])?\.)+(?![\w])")
_NOT_INITIALS = frozenset(("uk", "us", "usa", "eu", "gp", "pe", "re", "am", "pm", "ps", "nb", "ie", "eg", "rip",
                           "asap", "bbc", "dvd", "tv", "cd", "mp", "ok", "ad", "bc", "phd", "ba", "ma", "bsc", "msc",
                           # round 37: "twins (D.O.B. 01/08/24)" was a person
                           "dob", "aka", "nfa", "eta", "tbc", "tba", "fao", "cc", "dna", "dnr"))


def _initials(text: str) -> list[tuple[int, int, str, int]]:
    spans = []
    for match in _DOTTED_INITIALS.finditer(text):
        letters = re.sub(r"[^A-Za-z]", "", match.group()).lower()
        if letters in _NOT_INITIALS or letters in identifiers.words()["acronyms"] or _known_acronym(letters.upper()):
            continue
        spans.append((match.start(), match.end(), "name", 0))
    return spans


# A nickname: what someone is "known as" ("known as Smiler", "goes by Tiny", "street name Ghost"),
# and a capitalised word in quotes beside a name or a person's role ("Mum's partner “Tiny” Dean",
# "Oluwaseun (“Seun”) Adeyemi"). A platform or a brand the lists know stays.
_KNOWN_AS = re.compile(r"\b(?:known|referred to|goes|go|went)\s+(?:as|by)\s+|\bnicknamed\s+|\bnickname\s+(?:is\s+|of\s+)?"
                       r"|\bstreet\s+name\s+(?:is\s+|of\s+)?|\ba\.?k\.?a\.?\s+", re.IGNORECASE)
_QUOTED_WORD = re.compile(r"[\"“‘']([A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+)?)[\"”’']")


def _nicknames(text: str, doc, spans) -> list[tuple[int, int, str, int]]:
    found = []
    for match in _KNOWN_AS.finditer(text):
        name = re.match(r"[\"“‘'(]*([A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+)?)", text[match.end():])
        if name and name.group(1).split()[0].lower() not in not_names() and not is_stop_word(name.group(1).split()[0]):
            start = match.end() + name.start(1)
            found.append((start, start + len(name.group(1)), "name", 0))
    names = [(s, e) for s, e, kind, _ in spans if kind == "name"]
    for match in _QUOTED_WORD.finditer(text):
        word = match.group(1)
        if word.split()[0].lower() in not_names() or is_stop_word(word.split()[0]):
            continue
        before = text[max(0, match.start() - 30):match.start()].rstrip(" (")
        after = text[match.end():match.end() + 3].lstrip(" )")
        beside_name = any(e == len(before) + max(0, match.start() - 30) for s, e in names) or any(
            abs(s - (match.end() + (len(text[match.end():match.end() + 3]) - len(after)))) <= 0 for s, e in names)
        last = re.findall(r"[A-Za-z'’]+", before)
        beside_role = bool(last) and (_person_word(last[-1].lower()) or last[-1].lower().rstrip("s'’") in _PERSON_BEFORE)
        if beside_name or beside_role:
            found.append((match.start(1), match.end(1), "name", 0))
    return found


def _grown_names(text: str, doc, nlp, kept) -> list:
    """A name span takes in the rest of the person's name beside it: a surname in lower case or one
    the tagger missed ("amy smith-jones", "tyrese campbell", "Dean Pickering" where only "Pickering"
    was found), and an initial before it ("J. Smith"). A word joins only where no dictionary knows
    it, it is a noun or a proper noun (not "sobbed"), and no other span holds it."""
    by_start = {t.idx: t for t in doc}
    by_end = {t.idx + len(t.text): t for t in doc}
    taken = [(s, e) for s, e, _ in kept]

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken)

    def joins(token, left: bool) -> bool:
        if token is None or not re.fullmatch(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", token.text) or len(token.text) < 2:
            return False
        lower = token.lower_
        if (is_common_word(lower) or lower in not_names() or lower in titles() or re.fullmatch(MONTH, token.text)
                or _person_word(lower) or token.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC", "NORP", "ORG")):
            return False
        if token.pos_ not in ("PROPN", "NOUN") and token.ent_type_ != "PERSON":
            return False
        if token.is_lower and lower not in first_names() and _dictionary_word(nlp, token):
            return False  # "Child A hides": a lower-case word the dictionary knows is not a surname
        if left:  # to the left only a given name or the tagger's person ("Dean Pickering"), not "Sergeant"
            return lower in first_names() or token.ent_type_ == "PERSON"
        return True

    out = []
    for start, end, kind in kept:
        if kind == "name":
            while True:  # rightwards, over one space or a hyphen-joined surname
                token = by_start.get(end + 1) if text[end:end + 1] == " " else None
                if token is None or not joins(token, False):
                    break
                if token.is_lower and not text[start:end].islower():
                    break  # a lower-case surname only after a name written in lower case ("tyrese campbell")
                stop = token.idx + len(token.text)
                while stop < len(text) and text[stop] in "-‑" and by_start.get(stop + 1) is not None \
                        and re.fullmatch(r"[^\W\d_]+", by_start[stop + 1].text):
                    stop = by_start[stop + 1].idx + len(by_start[stop + 1].text)
                if not free(end, stop):
                    break
                end = stop
            while start > 1 and text[start - 1] == " ":  # leftwards
                token = by_end.get(start - 1)
                initial = re.search(r"(?<![\w.])[A-Z]\.$", text[:start - 1])
                if initial and free(initial.start(), start):
                    start = initial.start()
                    continue
                if token is None or not joins(token, True) or not free(token.idx, start):
                    break
                start = token.idx
        out.append((start, end, kind))
    return out


def _kind_of_thing(token) -> bool:
    """Round 36 (review36h #7): a capitalised word between "a"/"an" and an everyday noun it describes
    ("a Moses basket", "an Xbox controller", "a Henry hoover") names a kind of thing, not a person:
    a person's name is not counted with "a". Not "the Smith family" (no "a"), nor a person's role."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc) or token.lower_ not in first_names():
        return False  # only a given name lent to a thing; "the Brightway service" stays redacted as before
    before = doc[token.i - 1].lower_
    if before not in ("a", "an"):
        # "her Moses basket", "the Moses basket", "Tia's Moses basket": an owner or "the" says less (a
        # surname does stand there: "the Pickering house"), so only where every use of the word in the
        # draft is before such a noun, and never before a home or a family.
        if before not in ("the", "her", "his", "their", "my", "your", "our", "'s", "’s"):
            return False
        same = [t for t in doc if t.lower_ == token.lower_]
        if not all(t.i + 1 < len(doc) and _thing_noun(doc[t.i + 1]) and doc[t.i + 1].lower_ not in _HOMES
                   for t in same):
            return False
    return _thing_noun(doc[token.i + 1])


_HOMES = frozenset(("house", "home", "flat", "family", "household", "address", "place", "estate", "farm", "children",
                    "kids", "boys", "girls", "twins", "side", "case", "name"))


def _thing_noun(noun) -> bool:
    return (noun.is_lower and noun.is_alpha and noun.pos_ in ("NOUN", "PROPN") and noun.tag_ in ("NN", "NNP")
            and noun.lower_ not in first_names() and not _person_word(noun.lower_) and not _person_word(noun.lemma_.lower()))


def _only_things(doc, start: int, end: int) -> bool:
    tokens = [t for t in doc if start <= t.idx < end and t.is_alpha]
    return bool(tokens) and all(_kind_of_thing(t) for t in tokens)


def _word_paired_with_named_subject(token, flags: list[bool]) -> bool:
    """Round 36 (G#3): a lower-case everyday word joined by "and" to a name that is the subject of a
    verb or set beside a role ("Skye and river watched", "the twins, skye and river, hid"): the second
    person's name. Not
    a plural, a word with an article, owner or describing word, nor a role ("Ava and mum")."""
    doc = token.doc
    if not token.is_lower or not token.is_alpha or len(token.text) < 3 or token.dep_ != "conj" \
            or token.tag_ not in ("NN", "NNP"):
        return False
    head = token.head
    if not flags[head.i] or head.i > token.i or not _list_of_people(head):
        return False
    if not any(c.lower_ in ("and", "&") for c in head.children if head.i < c.i < token.i):
        return False
    if any(c.dep_ in ("det", "poss", "amod", "compound", "nummod", "prep") for c in token.children):
        return False
    lower = token.lower_
    return not (lower in not_names() or _person_word(lower) or _person_word(token.lemma_.lower()) or lower in titles()
                or is_stop_word(lower))


def _list_of_people(head) -> bool:
    """Round 37 (review36g: "the children, skye and river, watched"): the name the word is joined to
    is a subject or set beside something, or the list it stands in is: climbing its "and" links
    reaches a subject, an apposition or a word for people ("the twins, brook and ash")."""
    node, hops = head, 0
    while True:
        if node.dep_ in ("nsubj", "nsubjpass", "appos") or hops and (
                _person_word(node.lower_) or _person_word(node.lemma_.lower()) or node.lower_ in _CHILD_GROUPS):
            return True
        if node.dep_ != "conj" or node.head.i >= node.i or hops >= 4:
            return False
        node, hops = node.head, hops + 1


_DICTIONARY: dict[int, frozenset] = {}


def _dictionary_word(nlp, token) -> bool:
    """A word (or its lemma) in the pipeline's WordNet index of verbs, adjectives and adverbs ("hides",
    "watched"), or an everyday word; not its nouns, which hold surnames ("campbell", "smith")."""
    key = id(getattr(nlp, "language", nlp))
    if key not in _DICTIONARY:
        words: set[str] = set()
        try:
            index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
            for part in ("verb", "adj", "adv"):
                words.update(index[part] if part in index else ())
        except (KeyError, AttributeError, ValueError):  # no tables: the everyday list alone
            pass
        _DICTIONARY[key] = frozenset(words)
    words = _DICTIONARY[key]
    return token.lower_ in words or token.lemma_.lower() in words or is_common_word(token.lower_)


def _stands_as_a_person(token) -> bool:
    """The subject of what a person does, or the one something is done to ("DEAN hit mum", "told KAI")."""
    head = token.head.lemma_.lower()
    if token.dep_ in ("nsubj", "nsubjpass"):
        return head in _A_PERSON_DOES or head in _ONLY_A_PERSON_DOES or head in _ONLY_DONE_TO_A_PERSON
    if token.dep_ in ("dobj", "dative"):
        return head in _DONE_TO_A_PERSON or head in _TOLD_VERBS
    return token.dep_ == "pobj" and token.head.lower_ in _PERSON_PREPOSITIONS and token.head.head.lemma_.lower() in (
        _DONE_TO_A_PERSON | _TOLD_VERBS)


# -- Round 37 (review36g: Foleshill, Tesco, river, JK) ---------------------------------------------

# The prepositions _places_after_prepositions reads a proper noun straight after (round 32).
# Round 38: the tagger's NORP (a nationality, a faith) after "to"/"in"/"from" is a place where a verb
# of going comes before it ("moved to Tilehurst", tagged NORP, leaked), unless the word is formed as
# a people's name is ("Polish", "Romanian", "Congolese", "Iraqi"); "speaks in Urdu" stays.
# Round 38: verbs of going, before "to [a town]".
_GOING = frozenset(("go", "run", "move", "travel", "drive", "walk", "return", "come", "take", "send", "flee",
                    "relocate", "escape", "head", "get", "found", "find", "live", "stay", "arrive", "leave", "ride"))
_AFTER_PREPOSITION = frozenset(("in", "to", "from", "near", "at", "outside"))
# Prepositions that say where someone is, goes or lives.
_PLACE_PREPOSITIONS = frozenset(("in", "into", "to", "from", "near", "at", "outside", "inside", "behind", "opposite",
                                 "around"))
# Lower-case nouns after a place's name that say it is a home or an area ("the Foleshill flat").
_HOME_NOUNS = frozenset(("flat", "flats", "house", "home", "area", "estate", "block", "tower", "bungalow", "caravan",
                         "site", "shop", "shops", "store", "park", "address", "hostel", "bedsit", "maisonette",
                         "district", "neighbourhood", "village", "town", "end", "side", "road", "street", "garage",
                         "takeaway", "cafe", "café", "chippy", "precinct", "arcade", "playground", "rec", "woods"))
# Words that make a capitalised run a service, a meeting, a course or a body, never a place.
_NOT_PLACE_WORDS = frozenset(("programme", "program", "course", "meeting", "conference", "group", "team", "service",
                              "services", "plan", "project", "panel", "review", "assessment", "order", "hub", "unit",
                              "scheme", "session", "sessions", "training", "class", "forum", "board", "network",
                              "trust", "partnership", "authority", "council", "police", "court", "agency", "charity",
                              "foundation", "worker", "workers", "officer", "team's", "pathway", "protocol", "policy"))


def _place_phrase(token) -> bool:
    """The word is the object of a preposition of place, or a word in front of that object, with
    only a determiner, an owner, a describing word or other name words between ("at the
    Foleshill flat", "into Nan's Radford house")."""
    doc, head, hops = token.doc, token, 0
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i and hops < 3:
        head, hops = head.head, hops + 1
    if head.dep_ != "pobj" or head.head.lower_ not in _PLACE_PREPOSITIONS or head.head.i > token.i:
        # the parser may hang the home noun elsewhere ("at the Foleshill flat": "Foleshill" the object)
        return False
    return all(t.pos_ in ("DET", "ADJ", "PROPN", "PART") or t.dep_ in ("det", "poss", "amod", "compound", "nmod", "case")
               for t in doc[head.head.i + 1:token.i])


def _capital_run(token) -> list:
    """The capitalised words standing together around the word ("Wood End", "Tile Hill")."""
    doc, left, right = token.doc, token.i, token.i
    while left > 0 and doc[left - 1].text[:1].isupper() and doc[left - 1].is_alpha and not doc[left - 1].is_sent_start:
        left -= 1
    while right + 1 < len(doc) and doc[right + 1].text[:1].isupper() and doc[right + 1].is_alpha:
        right += 1
    return list(doc[left:right + 1])


def _place_name_word(token) -> bool:
    """A word that can be part of a place's name and nothing else here: not an everyday word, a role,
    a title, a day or a month, an acronym, a service's or a meeting's word."""
    lower = token.lower_
    return not (is_common_word(lower) or lower in not_names() or _person_word(lower) or lower in titles()
                or lower in _NOT_PLACE_WORDS or lower in first_names() or re.fullmatch(MONTH, token.text)
                or token.text.isupper() or _known_acronym(token.text) or _in_institution_name(token))


def _shops() -> frozenset[str]:
    return frozenset(w.lower() for w in identifiers.words().get("shops", ()))


def _shop_as_place(token) -> bool:
    """A shop's name standing as the place itself, the object of a preposition of place ("outside
    Tesco", "at the Aldi on …", "walked home from Greggs"); not a thing bought there ("a Greggs
    sausage roll", "a Primark coat") nor a platform ("on Snapchat")."""
    if token.lower_ not in _shops() or not token.text[:1].isupper():
        return False
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.is_lower and after.pos_ in ("NOUN", "PROPN") and after.lower_ not in _HOME_NOUNS:
        return False
    head = token
    if head.dep_ in ("compound", "nmod") and head.head.i > head.i and head.head.text[:1].isupper():
        head = head.head  # "Tesco Extra"
    if head.dep_ != "pobj" or head.head.lower_ not in _PLACE_PREPOSITIONS:
        return False
    return all(t.pos_ in ("DET", "ADJ", "PROPN", "PART") or t.dep_ in ("det", "poss", "amod", "case")
               for t in doc[head.head.i + 1:token.i])


# Two or three capitals written without stops ("JK and Mr P left her", "Mum's friend TJ"): a person's
# initials where they stand as a person does, as the parse reads it: the subject of what a person
# does or the one something is done to, joined by "and"/"or" to a name found, or straight after a
# word for a person. Not an acronym the jargon or redaction lists know ("CAMHS", "SW"), nor a role or
# a service's abbreviation ("PA rang", "the OT visited"), nor letters with a describing word or "the".
_BARE_INITIALS = re.compile(r"[A-Z]{2,3}")


def _initials_as_a_person(doc, spans, people_at: frozenset[int] = frozenset()) -> list[tuple[int, int, str, int]]:
    names = [(s, e) for s, e, kind, _ in spans if kind == "name"]

    def named(t) -> bool:
        return t.i in people_at or any(s <= t.idx < e for s, e in names)

    out = []
    for token in doc:
        text = token.text
        if not _BARE_INITIALS.fullmatch(text) or not _may_be_initials(text):
            continue
        if any(c.dep_ in ("det", "amod", "compound", "nummod") for c in token.children):
            continue  # "the TJ report", "a new JK"
        before = doc[token.i - 1] if token.i else None
        partners = [c for c in token.children if c.dep_ == "conj"] + ([token.head] if token.dep_ == "conj" else [])
        if (_stands_as_a_person(token) or any(named(t) and t.text[:1].isupper() for t in partners)
                or before is not None and before.lower_ in _PERSON_BEFORE):
            out.append((token.idx, token.idx + len(text), "name", 0))
    return out


def _may_be_initials(text: str) -> bool:
    lower = text.lower()
    vocabulary = identifiers.words()
    return not (lower in _NOT_INITIALS or lower in vocabulary["acronyms"] or lower in vocabulary.get("role_abbreviations", ())
                or _known_acronym(text) or lower in not_names() or _person_word(lower) or lower in titles())


def _only_names_found(words: str, found: frozenset[str]) -> bool:
    parts = [re.sub(r"(?:'s|’s)$", "", w.lower()) for w in re.findall(r"[^\W\d_][\w'’-]*", words)]
    return any(w in found for w in parts) and all(w in found or w in ("and", "or", "&") for w in parts)


# Words for a group of children a list of names is set beside ("the children, skye and river").
_CHILD_GROUPS = frozenset(("children", "child", "kids", "twins", "boys", "girls", "sons", "daughters", "siblings",
                           "brothers", "sisters", "grandchildren", "babies", "triplets"))


def _in_list_of_children(token) -> bool:
    """The name stands in a list joined to a word for a group of children ("the children, skye and
    river", "her sons, Kai and Rio"): climbing its "and" and apposition links reaches that word."""
    node, hops = token, 0
    while node.dep_ in ("conj", "appos") and node.head.i < node.i and hops < 4:
        node, hops = node.head, hops + 1
        if node.lower_ in _CHILD_GROUPS:
            return True
    # The parse may break the list ("the boys, reece and flint," with "reece" a verb): read the words
    # back to the comma after the group word, each a word, "and" or a comma.
    doc, i = token.doc, token.i - 1
    while i > 0 and token.i - i <= 6 and (doc[i].lower_ in ("and", "&", "or", ",") or doc[i].is_alpha
                                           and not doc[i].is_stop and doc[i].pos_ not in ("DET", "ADP")):
        if doc[i].text == "," and doc[i - 1].lower_ in _CHILD_GROUPS:
            return True
        i -= 1
    return False


_JARGON_PHRASES: frozenset[str] | None = None


def _in_jargon_phrase(token) -> bool:
    """Round 37: the word is one of a capitalised run that holds a term of two or more words the
    jargon list knows, with a role word inside it ("the Child Protection Conference", "a Child in
    Need plan"): the name of a meeting or a plan, not a role and a name."""
    global _JARGON_PHRASES
    if _JARGON_PHRASES is None:
        from .data import load_toml

        _JARGON_PHRASES = frozenset(t["phrase"].lower() for t in load_toml("jargon.toml").get("term", ())
                                    if " " in t.get("phrase", "").strip())
    doc, left, right = token.doc, token.i, token.i
    while left > 0 and (doc[left - 1].text[:1].isupper() or doc[left - 1].lower_ in ("in", "of")) and token.i - left < 4:
        left -= 1
    while right + 1 < len(doc) and (doc[right + 1].text[:1].isupper() or doc[right + 1].lower_ in ("in", "of")) \
            and right - token.i < 4:
        right += 1
    words = [t.lower_ for t in doc[left:right + 1]]
    at = token.i - left
    for a in range(0, at + 1):
        for b in range(at + 1, len(words) + 1):
            if b - a >= 2 and " ".join(words[a:b]) in _JARGON_PHRASES:
                return True
    return False
