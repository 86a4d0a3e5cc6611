"""Who is who in a statement: the children, the adults and the pets, read once per parsed text.

Every rule, the rewrite scaffold and redaction read the same analysis, so they agree on who
the child is. It is memoised on the spaCy ``Doc`` (in ``doc.user_data``), so asking twice costs
nothing.

API (stable)
    ``people(doc, child_names=(), adult_names=()) -> People``
        ``child_names`` / ``adult_names``: names the user configured (``[names] child = "Leah"``).
    ``People.children``, ``People.adults``, ``People.pets``: tuples of ``Person``, in order of
        first mention.
    ``People.child_name(default="[child's name]")``: the child to name in a suggestion (the most
        mentioned child, the first on a tie), or ``default`` when no child is named.
    ``People.others``: capitalised names the text shows are not a person, or gives no sign of
        being one beside a named child (a club, a brand, a hospital, a named storm); never the child.
    ``People.role_of(token) -> "child" | "adult" | "pet" | None``: the role of a name token (None
        for a token of ``others``).
    ``People.name_tokens``: indices of every token of a person's or pet's name, and of ``others``
        (titles excluded), so redaction treats a doubtful name as a name.
    ``People.role_words``: ``(token index, "family" | "professional" | "institution")`` for the
        adults named by role ("Mum", "Nan", "the social worker").
    ``Person``: ``name`` ("Ivy", "Mrs Begum"), ``role``, ``tokens`` (token indices of every mention),
        ``spans`` ((start_char, end_char) of every mention), ``evidence`` (why: "age (6)",
        "title Mrs", "Mum's partner", "the family's dog", "named in the statement").

For the rewrite scaffold and redaction
    Placeholders: ``people(doc).child_name()`` gives the child to name in "[what does Noor see,
    hear or feel]"; it never returns an adult, a pet or a heading word, and returns
    "[child's name]" only when no child is named. Redaction: ``role_of(token)`` tells a child's
    name ("Child A/B") from an adult's ("Adult 1/2") or a pet's; ``Person.spans`` gives every
    mention to replace, and ``Person.name`` keeps a title with its surname ("Mrs Begum").
    Within the rules, ``sos_lint.checks.analysis.people(ctx)`` passes the configured names.

How a name is read
    A capitalised word is a name where the model says so, mid-sentence, or, at the start of a
    sentence, where the words around it say so: an age ("Ivy (6)", "Drew, who is 9", "aged 14",
    "baby Noor"), a possessive before a child's things ("Jade's nursery"), a title or family
    word before it ("Mrs Begum", "Grandad Ken"), or a person's verb after it ("Storm said…").
    Names that are also English words (Will, May, Ruby, River, Storm…) are read the same way:
    by context, never from a longer list of names. Months are dates after "in", "since" or a
    number. Heading and document words ("Referral:", "Child Protection Plan") are never people.

Who is the child
    Adults: a title, an adult family word or a job before or beside the name ("Mum's partner
    Dean", "Sam's stepdad, Darren"), an adult noun ("a man called Tyler"), an age of 18 or more,
    or a name doing harm to Mum or Dad when a child is named by other means; a name set beside a
    role by the parse ("Mum, Leanne, told…", "his youth worker, Tom Fairweather,"), or after a
    role and where it works ("Skye's key worker at Little Acorns, Faith,"), the owner of an
    adult's things ("Kelly's van", "Kerry's daughter"), someone "at the housing office", a name an
    agreement keeps from the home or the children ("Shane will not stay at the flat", "Dean is
    not to have contact with Ruby"), a cousin with nothing to say a child ("her cousin Nadia").
    Pets: an animal word or breed beside the name ("Bruno, the family's dog", "Bella the cat",
    "Max the Jack Russell", "Tyson, Dad's XL Bully", "Rocky and Ray are Dad's dogs"). Never
    people: services a family speaks to ("told Childline") and festivals ("on New Year's Eve"),
    listed in rules/people.toml. Not people at all: places, clubs and brands by the words
    around them ("picked up from Brownies", "four cans of Stella", "Dr Patel at Alder Hey",
    "attends Busy Bees", "met him on Roblox"), named storms and operations, headings before a
    colon or a dash, a modal asking a question ("Will you…?"), a verb written with a capital.
    Every other named person is a child (in worry statements and goals families are named by
    role, children by name), but once a child is named, another capitalised word is a child only
    with a sign that it is a person: the model's tag, a given name, a person's verb, being shouted
    at, cared for or harmed, a list of names, or being named twice. Otherwise it is in ``others``.
    A name read one way anywhere in the text is read that way everywhere.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from .data import load_toml
from .people_said import ABSTRACT_ENDINGS, CHILD_ACTS, adult_predicate, child_predicate, opens_sentence_as_child, restricted_adult

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


@dataclass(frozen=True)
class Person:
    name: str
    role: str
    tokens: tuple[int, ...]
    spans: tuple[tuple[int, int], ...]
    evidence: str = ""


@dataclass(frozen=True)
class People:
    children: tuple[Person, ...] = ()
    adults: tuple[Person, ...] = ()
    pets: tuple[Person, ...] = ()
    role_words: tuple[tuple[int, str], ...] = ()
    _roles: dict = field(default_factory=dict, compare=False, repr=False)
    others: tuple[Person, ...] = ()

    @cached_property
    def name_tokens(self) -> frozenset[int]:
        return frozenset(self._roles)  # made once: is_name asks for it for every token

    def role_of(self, token) -> str | None:
        role = self._roles.get(token.i if hasattr(token, "i") else token)
        return None if role == OTHER else role

    def child_name(self, default: str = "[child's name]") -> str:
        if not self.children:
            return default
        return max(self.children, key=lambda p: (len(p.tokens), -p.tokens[0])).name

    @property
    def everyone(self) -> tuple[Person, ...]:
        return self.children + self.adults + self.pets


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
    out["roles"] = out["family"] | out["professionals"] | out["institutions"] | out["children"] | out["caregivers"]
    return out


@lru_cache(maxsize=1)
def first_names() -> frozenset:
    """Common UK given names (rules/first_names.toml), for names the model tags as nouns."""
    return frozenset(load_toml("first_names.toml")["names"])


_NO_NAMES_KEY = ("sos_lint.people", (), ())


def people(doc, child_names=(), adult_names=()) -> People:
    """The people in a parsed statement (memoised on the Doc for these configured names)."""
    if child_names or adult_names:
        key = ("sos_lint.people", tuple(sorted(n.lower() for n in child_names)),
               tuple(sorted(n.lower() for n in adult_names)))
    else:
        key = _NO_NAMES_KEY  # the rules' usual call, many times per statement: no key to build
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = _Reader(doc, child_names, adult_names).read()
    return found


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


class _Reader:
    def __init__(self, doc, child_names, adult_names):
        self.doc = _Tokens(doc)
        self.w = words()
        self.child_names = {n.lower() for name in child_names for n in str(name).split()}
        self.adult_names = {n.lower() for name in adult_names for n in str(name).split()} - self.child_names
        self._place_memo: dict[int, bool] = {}
        self._said_of_child: set[int] = set()  # sentence openers read as names only by what is said of them
        self.heading_tokens = self._headings()
        # Festivals, services and breeds named in capitals: when, to whom one speaks, what kind
        # of animal; never a person ("on Boxing Day", "told Childline", "Max the Jack Russell").
        self.thing_tokens = self._phrase_tokens(("holidays", "services", "breeds"))

    # -- finding names ----------------------------------------------------------------------
    def _headings(self) -> set[int]:
        """Tokens of a heading before a colon ("Child Protection Plan:"), or before a spaced dash
        at the start of a line ("Strategy Discussion – Chloe (13)")."""
        found = set()
        doc = self.doc
        for token in doc:
            dash = token.text in ("–", "—", "-") and token.i and doc[token.i - 1].whitespace_
            if token.text != ":" and not dash:
                continue
            start = token.i
            while start > 0 and "\n" not in doc[start - 1].whitespace_ + doc[start - 1].text \
                    and not doc[start - 1].is_sent_end and token.i - start < 6:
                start -= 1
            if dash and start > 0 and "\n" not in doc[start - 1].whitespace_ + doc[start - 1].text:
                continue  # "Dad – who had been drinking – …": a dash inside a sentence
            run = doc[start: token.i]
            if run and all(t.text[:1].isupper() or t.like_num or t.is_stop for t in run) \
                    and not (dash and (len(run) < 2 or self._age_of(run[-1]) is not None
                                       or not any(t.lower_ in self.w["headings"] for t in run))):
                found.update(t.i for t in run)
        return found

    def _phrase_tokens(self, keys) -> set[int]:
        """Tokens of the phrases listed under ``keys`` in rules/people.toml, led by a capital and
        matched however the tokeniser split them ("New Year's Eve", "Home-Start")."""
        phrases = _squashed(tuple(keys))
        prefixes = _prefixes(tuple(keys))
        doc, found = self.doc, set()
        for token in doc:
            if not token.text[:1].isupper():
                continue
            text, end = "", None
            for j in range(token.i, min(token.i + 6, len(doc))):
                text += doc[j].lower_
                if text in phrases:
                    end = j
                if text not in prefixes:
                    break
            if end is not None:
                found.update(range(token.i, end + 1))
        return found

    def _breed_start(self, i: int) -> int | None:
        """Where a breed or an animal word ending at token ``i`` starts ("Jack Russell", "XL
        Bully", "spaniel"), or None."""
        doc = self.doc
        if i < 0 or i >= len(doc):
            return None
        if doc[i].lower_ in self.w["pets"] or not _cased(doc[i]) and doc[i].tag_ == "NNS" \
                and doc[i].lemma_.lower() in self.w["pets"]:
            return i
        breeds = _squashed(("breeds",))
        text = ""
        for start in range(i, max(-1, i - 4), -1):
            text = doc[start].lower_ + text
            if text in breeds:
                return start
        return None

    def _pet_beside(self, token, last) -> str:
        """"Max the Jack Russell", "Tyson, Dad's XL Bully,", "Dad's Staffie Tyson": a name set
        beside an animal's kind is a pet's. The phrase after the name must end at the breed (not
        "Max, the dog walker,")."""
        doc = self.doc
        start = self._breed_start(token.i - 1) if token.i else None
        if start is not None and _cased(doc[token.i - 1]) and doc[token.i - 1].lower_ not in self.w["pets"]:
            return doc[start: token.i].text  # "their Cane Corso Bruno" (one-word kinds: _role_word)
        k = last.i + 1
        if k < len(doc) and doc[k].text in (",", "("):  # "Tyson, Dad's XL Bully,", "Tyson (Dad's XL Bully)"
            k += 1
        if k >= len(doc):
            return ""
        if doc[k].lower_ in ("the", "a", "an", "our", "their", "his", "her", "my", "your"):
            k += 1
        elif k + 1 < len(doc) and doc[k + 1].lower_ in ("'s", "’s") and (
                _cased(doc[k]) or doc[k].lower_ in self.w["adult_family"] or doc[k].lower_ == "family"):
            k += 2
        elif k + 2 < len(doc) and doc[k].lower_ == "the" and doc[k + 1].lower_ == "family":
            k += 2
        else:
            return ""
        for j in range(k, min(k + 5, len(doc))):
            if doc[j].is_punct:
                return ""
            start = self._breed_start(j)
            nxt = doc[j + 1] if j + 1 < len(doc) else None
            ends = nxt is None or nxt.is_punct or nxt.pos_ in ("VERB", "AUX", "ADV") or nxt.lower_ in ("which", "who", "that")
            if start is not None and start >= k and ends:
                return doc[k - 1 if doc[k - 1].lower_ in ("the", "a", "an") else k: j + 1].text
        return ""

    def _worker_at_place(self, token, last) -> tuple[str, str] | None:
        """"Skye's key worker at Little Acorns, Faith, said…", "Mum's support worker at the
        refuge, Joy,": a name set off after a role and where that role works is the one in the
        role (an adult for a worker, a child for "her brother at college, Ash,")."""
        doc = self.doc
        if token.i < 4 or doc[token.i - 1].text != "," or token.lower_ in self.w["thing_prefixes"] \
                or last.i + 1 < len(doc) and doc[last.i + 1].lower_ in ("'s", "’s"):
            return None  # "the head at her school, St Bede's,": the place's own name
        k = token.i - 2
        while k > max(0, token.i - 9) and doc[k].lower_ not in _PLACE_PREPOSITIONS and (
                doc[k].pos_ in ("PROPN", "NOUN", "DET", "PART", "ADJ", "NUM") or doc[k].text in ("-", "&", "'")):
            k -= 1
        if k < 1 or doc[k].lower_ not in _PLACE_PREPOSITIONS or k == token.i - 2:
            return None
        role = doc[k - 1]
        if role.pos_ not in ("NOUN", "PROPN") or _cased(role) and role.lower_ not in self.w["professionals"] \
                or role.lower_ in self.w["adult_family"]:
            return None  # "the DSL at St Anne's, Honor," (not "met with Dad at Nan's house, Ruby…")
        found = self._role_word(role)
        if not found or not found[0]:
            return None
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        closed = after is None or after.text in (",", ".", ";", ")") or (
            role.dep_ in ("nsubj", "nsubjpass") and role.head.i > last.i)
        return (found[0], f"{found[1]} {doc[k].text} {doc[k + 1: token.i - 1].text}") if closed else None

    def _mid_sentence_count(self, text: str) -> int:
        """How many tokens with this text stand mid-sentence (counted once per Doc: linear)."""
        if not hasattr(self, "_mid_texts"):
            from collections import Counter

            self._mid_texts = Counter(t.text for t in self.doc if not self._sentence_start(t))
        return self._mid_texts.get(text, 0)

    def _entity_of(self, i: int):
        """The entity holding token i, from a table built once per Doc."""
        if not hasattr(self, "_entities"):
            self._entities = {j: e for e in self.doc.ents for j in range(e.start, e.end)}
        return self._entities.get(i)

    @_per_token
    def _sentence_start(self, token) -> bool:
        if token.is_sent_start or token.i == 0:
            return True
        before = self.doc[token.i - 1]
        return before.text in (":", "(", "[", "-", "–", "\"", "“", "‘", "'") or "\n" in before.whitespace_

    @_per_token
    def _month_is_date(self, token) -> bool:
        doc = self.doc
        before = doc[token.i - 1] if token.i else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.text == "(" and self._age_of(token) is not None:
            return False  # "worried that April (3) has lost weight": a child with her age
        if before is not None and (before.like_num or before.lower_ in self.w["date_words"]):
            return True
        if before is not None and before.lower_ in ("for", "over") and token.dep_ == "pobj" and token.head.i == before.i \
                and (before.head.pos_ == "NOUN" or before.head.lemma_.lower() in _PLAN_VERBS):
            return True  # "booked flights for July", "a holiday for August" (not "a coat for May")
        if token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i and token.head.pos_ == "NOUN" \
                and not _cased(token.head) and before is not None and before.pos_ == "DET":
            return True  # "in the July heat", "the May half-term"
        return after is not None and after.like_num and after.i + 1 < len(doc) and doc[after.i + 1].text != ")"

    @_per_token
    def _candidate(self, token) -> bool:
        lower = token.lower_
        if not _cased(token) or token.i in self.heading_tokens or lower in _NOT_NAMES or lower in _PRONOUNS:
            return False
        if lower in self.child_names or lower in self.adult_names:
            return True
        if token.i in self.thing_tokens or self._in_address(token):
            return False  # "27 Sorrel Grove and Nova (5)": an address, whatever is beside it
        if self._verb_not_name(token):
            return False
        w = self.w
        if lower in w["roles"] or token.lemma_.lower() in w["roles"] or lower in w["titles"] \
                or lower in w["pets"] or lower in w["adult_nouns"] or lower in w["adult_family"]:
            return False
        if (lower in w["headings"] or lower.endswith("s") and lower[:-1] in w["headings"]) and not self._evidence(token):
            return False
        if lower in w["calendar"]:
            return lower in w["months"] and not self._month_is_date(token) and bool(
                self._evidence(token) or self._title_or_role_before(token) or not self._sentence_start(token)
                or self._human_predicate(token))
        if self._place(token) and not self._evidence(token) and not self._role_word_before(token) \
                and not self._worker_at_place(token, token):
            return False
        if token.dep_ == "dobj" and any(c.dep_ == "dative" for c in token.head.children) \
                and lower not in first_names():
            return False  # "Gran gives him Calpol": the thing given, not a person
        if self._after_family_possessive(token) or self._modifies_thing_word(token):
            return False  # "the family's Jack Russell", "a Staffordshire bull terrier": a breed
        # "Families for All Hub", "Early Help Practitioner": a word in a team's or document's name.
        nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if nxt is not None and _cased(nxt) and (nxt.lower_ in w["headings"] or nxt.lower_ in w["institutions"]):
            return False
        if self._in_thing_title(token):
            return False  # "Moss Side Children's Centre", "the Jack Russell": a place or a breed
        if not self._sentence_start(token):
            return True
        # A capitalised first word: a name only where something says so.
        if self._abstract_noun(token):
            # "Attendance is a concern": a thing, whatever the tagger says, unless it speaks or
            # feels ("Patience said…") or has an age.
            return bool(self._evidence(token) or self._title_or_role_before(token) or any(
                t.lower_ in self.w["person_only_predicates"] for t in self.doc.window(token.i + 1, token.i + 4)))
        if token.ent_type_ == "PERSON" or lower in first_names() or self._evidence(token) \
                or self._title_or_role_before(token) or self._role_near(token)[0] == PET:
            return True
        if self._mid_sentence_count(token.text) > 0:  # the same word elsewhere, capitalised mid-sentence
            return True
        if nxt is not None and nxt.lower_ in ("'s", "’s") and not token.is_stop:
            return True  # "Holly's cat": someone's, not something's
        if nxt is not None and nxt.text == "," and token.i + 2 < len(self.doc) \
                and self.doc[token.i + 2].lower_ in ("you", "your") and token.pos_ in ("PROPN", "NOUN") \
                and not token.is_stop:
            return True  # "Ruby, you will tell Miss Khan…": a name spoken to
        if self._human_predicate(token):
            return True
        if opens_sentence_as_child(token):  # "Willow was found wandering …": only what is said of it
            self._said_of_child.add(token.i)
            return True
        return False

    def _role_word_before(self, token) -> bool:
        """"his sisters Autumn", "her friend Chelsea", "Mrs Chester": a title or a lower-case role
        word before a word the model took for a date or a place (not "Hospital Coventry")."""
        before = self.doc[token.i - 1] if token.i else None
        return before is not None and bool(self._title_or_role_before(token)) and (
            not _cased(before) or before.lower_.rstrip(".") in self.w["titles"])

    def _abstract_noun(self, token) -> bool:
        """"Attendance", "Engagement", "Supervision": a common noun naming a thing or a process."""
        return token.lower_.endswith(ABSTRACT_ENDINGS) and token.tag_ in ("NN", "NNS") \
            and token.lower_ not in first_names() and token.lower_ not in self.child_names

    @_per_token
    def _in_thing_title(self, token) -> bool:
        """A capitalised word in a run of capitalised words that ends in a place or heading word
        ("Moss Side Children's Centre", "Oak Tree Family Hub"), or a run led by "the" with no
        possessive after it ("the Jack Russell", "the Red Lion"): the name of a thing."""
        doc, w = self.doc, self.w
        if token.lower_ in self.child_names or token.lower_ in self.adult_names:
            return False
        start = token.i
        while start > 0 and _cased(doc[start - 1]) and token.i - start < 3:
            start -= 1
        k = token.i
        while k + 1 < len(doc) and k - token.i < 5 and (_cased(doc[k + 1]) or doc[k + 1].lower_ in ("'s", "’s")) \
                and doc[k].whitespace_ or (k + 1 < len(doc) and doc[k + 1].lower_ in ("'s", "’s")):
            k += 1
            # Not a surname ("Jayden Hall (14)", "Amy Park"): the run has a possessive in it or
            # three capitalised words not led by a given name.
            run = doc[start: k + 1]
            long_run = any(t.lower_ in ("'s", "’s") for t in run) or (
                sum(_cased(t) for t in run) >= 3 and doc[start].lower_ not in first_names())
            if long_run and _cased(doc[k]) and (doc[k].lower_ in w["place_nouns"] or doc[k].lower_ in w["workplaces"]
                                                or doc[k].lower_ in w["institutions"]) \
                    and self._age_of(doc[k]) is None:
                return True
        if start and doc[start - 1].lower_ == "the" and not (k + 1 < len(doc) and doc[k + 1].lower_ in ("'s", "’s")) \
                and doc[k].tag_ not in ("NNPS", "NNS"):
            return True
        return False

    @_per_token
    def _verb_not_name(self, token) -> bool:
        """"Will you tell us…?", "May I…": a modal asking a question; "has been Googling": a verb
        written with a capital. Neither is a name."""
        if token.tag_ == "MD" and token.dep_ == "aux" and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i > token.i for c in token.head.children):
            return True
        return token.pos_ == "VERB" and token.tag_ in ("VBG", "VBN", "VBD") and not self._sentence_start(token) \
            and any(c.dep_ in ("aux", "auxpass") for c in token.children)

    def _modifies_thing_word(self, token) -> bool:
        head = token
        while head.dep_ in ("compound", "amod") and head.head.i > head.i:
            head = head.head
            if not _cased(head) and any(word in self.w["pets"] or word in self.w["measures"]
                                        for word in (head.lower_, head.lemma_.lower())):
                return True  # "a Staffordshire bull terrier", "Monster cans": a breed, a brand
        return False

    def _place(self, token) -> bool:
        """A place the model found: "in Leeds", "to Coventry" (not a child the model took for one),
        or a place by its words: "at the Red Lion", "works at Asda", "Little Acorns nursery"."""
        if self._named_place(token):
            return True
        if token.ent_type_ in ("DATE", "TIME") and token.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "dative") \
                and len(token.text) > 1:
            return False  # "and Autumn will eat her tea": a person the model took for a season
        if token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"):
            return True
        if token.ent_type_ in ("NORP", "LANGUAGE", "EVENT", "LAW"):
            # "Polish", "Muslim": a word before a noun or after "in"; the model also tags names so.
            return token.dep_ in ("amod", "compound", "acomp", "attr") or (
                token.dep_ == "pobj" and token.head.lower_ in ("in", "speaks", "from"))
        if token.ent_type_ not in ("GPE", "LOC", "FAC"):
            return False
        if token.lower_ in first_names():
            return False
        span = self._entity_of(token.i)
        return (span is not None and len(span) > 1) or (token.dep_ == "pobj" and token.head.lower_ in (
            "in", "to", "from", "at", "near", "around", "outside", "across", "through", "into", "towards"))

    def _after_family_possessive(self, token) -> bool:
        k = token.i - 1
        while k >= 0 and _cased(self.doc[k]) and token.i - k < 3:
            k -= 1
        return k >= 1 and self.doc[k].lower_ in ("'s", "’s") and self.doc[k - 1].lower_ == "family"

    def _in_list_of_names(self, mention) -> bool:
        """"Ivy, Amber and Storm", "Star and Sol": one of several capitalised words joined by "and"
        or commas, which name people alike."""
        doc = self.doc
        first, last = mention[0], mention[-1]
        before = doc[first.i - 1] if first.i else None
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        return (before is not None and before.lower_ in ("and", ",", "&") and first.i >= 2 and _cased(doc[first.i - 2])) \
            or (after is not None and after.lower_ in ("and", ",", "&") and last.i + 2 < len(doc)
                and (_cased(doc[last.i + 2]) or doc[last.i + 2].lower_ in ("his", "her", "their")))

    def _named_place(self, token) -> bool:
        """A capitalised word naming a place, shop or service rather than a person: part of a
        name before a place noun ("Little Acorns nursery", "the Asda car park"), or the object
        of "at"/"in"/"near"… with "the" ("at the Red Lion", "from the Arndale") or with no sign
        of a person ("works nights at Amazon", "in Bolton"). Not "at Ruby's", "with Holly"."""
        if token.i not in self._place_memo:
            self._place_memo[token.i] = self._read_place(token)
        return self._place_memo[token.i]

    def _read_place(self, token, chain: bool = True) -> bool:
        doc, w = self.doc, self.w
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in ("'s", "’s", "'"):
            return False
        if self._in_address(token):
            return True
        if nxt is not None and not _cased(nxt) and nxt.lower_ in w["place_nouns"] and token.lower_ not in first_names():
            return True  # "goes to Sunflowers nursery", however the parser joined them
        if self._after_place_noun(token):
            return True
        verb = token.head if token.dep_ == "dobj" else token.head.head if token.dep_ == "compound" \
            and token.head.dep_ == "dobj" else None
        if verb is not None and verb.lemma_.lower() == "attend":
            return True  # "attends Busy Bees": a nursery or a club ("Ruby's party" is someone's)
        if chain:  # "at Alder Hey", "the Crown and Anchor": the rest of a place's name (three words back)
            for k in range(token.i - 1, max(-1, token.i - 4), -1):
                before = doc[k]
                if not _cased(before) or not before.whitespace_ or before.lower_ in w["titles"]:
                    break
                if self._read_place(before, chain=False):
                    return True
        head = token
        while head.dep_ == "compound" and head.head.i != head.i and head.head.i > head.i:
            head = head.head
            if not _cased(head) and (head.lower_ in w["place_nouns"] or head.lemma_.lower() in w["place_nouns"]):
                return True
        if chain and head.dep_ == "conj" and _cased(head.head) and head.head.i < head.i and head.head.i >= head.i - 3 \
                and self._read_place(head.head, chain=False):
            return True  # "outside the Crown and Anchor"
        if head.dep_ != "pobj":
            return False
        preposition = head.head.lower_
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            or (token.i and doc[token.i - 1].lower_ == "the")
        if preposition == "of" and head.head.head.lower_ in w["measures"] | w["pets"]:
            return True  # "four cans of Stella", "a bottle of Coke": a brand
        aimed = preposition == "at" and self._aimed_at(head.head)
        if preposition in ("to", "from", "at") and head.head.head.lemma_.lower() in w["fetching_verbs"] \
                and token.lower_ not in self.child_names | self.adult_names and not aimed:
            return True  # "picks Tayla up from Brownies", "was taken to Royal Stoke": where, not whom
        if preposition in ("at", "from", "for") and (self._works_there(head.head.head) or head.head.head.lemma_.lower()
                                                     in ("work", "job", "shift", "shop", "buy", "steal", "sell")):
            return True  # "Dr Patel at Alder Hey", "at work at Greggs", "works for Amazon": a workplace
        if preposition == "on" and head.head.head.lemma_.lower() in _ONLINE_VERBS \
                and token.lower_ not in self.child_names | self.adult_names:
            return True  # "met him on Roblox", "posted it on Snapchat": a platform, not a person
        if preposition in ("after", "before") and token.dep_ == "pobj" and token.lower_ not in self.child_names | self.adult_names \
                and token.lower_ not in first_names() and head.head.head.pos_ in ("VERB", "NOUN") \
                and head.head.head.lemma_.lower() not in ("look", "run", "chase", "ask", "name", "take", "go", "come",
                                                          "clean", "tidy", "call", "shout", "wait"):
            return True  # "sit with Mercy after Mass", "before Brownies": an event, not a person
        if preposition not in w["place_prepositions"] and not (the and preposition in ("to", "by", "past", "opposite")):
            return False
        if the:
            return True
        if preposition in ("in", "inside", "into", "above", "below", "beneath", "underneath") \
                and token.lower_ not in self.child_names | self.adult_names \
                and head.head.head.lemma_.lower() not in ("believe", "interest", "trust", "confide"):
            return True  # "went back to school in Ashton": nobody is "in" a person, given name or not
        if preposition == "from" or token.lower_ in first_names() or token.lower_ in self.child_names \
                or token.lower_ in self.adult_names:
            return False
        if aimed:
            return False  # "Dad shouted at Holly", "threw a cup at Ray", "took a swing at Jay"
        if preposition in ("in", "inside", "into", "at", "outside"):
            # "in Bolton", "the car park at Morrisons", "A&E at Wrexham Maelor": nobody is "in",
            # "at" or "outside" a person (the verbs and words of aiming at someone are read above),
            # whatever the model's tag says.
            return True
        return token.ent_type_ in ("ORG", "GPE", "FAC", "LOC", "PRODUCT") or (
            token.ent_type_ != "PERSON" and not self._human_predicate(token))

    def _aimed_at(self, preposition) -> bool:
        """Is this "at" aimed at someone: after a verb or word of attack or feeling ("shouted at",
        "furious at"), or a verb whose object is one ("took a swing at", "had a go at")?"""
        words = self.w["at_someone_verbs"]
        verb = preposition.head
        return verb.lemma_.lower() in words or any(
            c.dep_ == "dobj" and c.lemma_.lower() in words and c.i < preposition.i for c in verb.children)

    @_per_token
    def _in_address(self, token) -> bool:
        """A word of an address: a run of capitalised words after a flat number ("Flat 12,
        Marlowe House"), or one ending in a street or building word after a house number or a
        place preposition ("14 Ashgrove Road", "on Gipton Approach", "outside Kestrel Court").
        Not a possessive ("at Ruby Lane's house" is someone's), nor a run after a title."""
        doc, w = self.doc, self.w
        if token.lower_ in w["dwelling_words"] and token.i + 1 < len(doc) and doc[token.i + 1].like_num:
            return True  # "Flat 3", "Unit 2"
        start = end = token.i
        while start > 0 and _cased(doc[start - 1]) and doc[start - 1].whitespace_ and token.i - start < 3:
            start -= 1
        while end + 1 < len(doc) and _cased(doc[end + 1]) and doc[end].whitespace_ and end - token.i < 3:
            end += 1
        if end + 1 < len(doc) and doc[end + 1].lower_ in ("'s", "’s", "'") or start == 0 \
                or doc[start - 1].lower_.rstrip(".") in w["titles"]:
            return False
        k = start - 2 if doc[start - 1].text == "," else start - 1
        if k >= 1 and doc[k].like_num and doc[k - 1].lower_ in w["dwelling_words"]:
            return True  # "Flat 12, Marlowe House", "Room 4 Bramble": a home's number, then its name
        if end == start or doc[end].lower_ not in w["street_words"]:
            return False
        before = doc[start - 1]
        return before.like_num and not (start >= 2 and doc[start - 2].text == "(") \
            or before.lower_ in w["address_prepositions"]

    def _after_place_noun(self, token) -> bool:
        """"her school, St Bede's,": a name set beside a place noun."""
        doc, k = self.doc, token.i - 1
        while k >= 0 and _cased(doc[k]) and token.i - k < 4:
            k -= 1
        noun = doc[k - 1] if k >= 2 else None
        if noun is None or doc[k].text != "," or _cased(noun) or noun.lower_ not in self.w["place_nouns"]:
            return False
        run = doc[k + 1: token.i + 1]
        # The parse must hang the name on the noun (not "at the refuge, Joy," said of a worker).
        return any(c.dep_ in ("det", "poss") for c in noun.children) and any(
            t.dep_ == "appos" and t.head.i == noun.i or t.head.dep_ == "appos" and t.head.head.i == noun.i for t in run)

    def _works_there(self, word) -> bool:
        """A professional, or a titled name: someone "at" a place is at work there."""
        lower = word.lower_
        if not _cased(word) and (lower in self.w["professionals"] or lower in ("worker", "teacher", "nurse",
                                                                             "officer", "doctor", "visitor")):
            return True
        return _cased(word) and word.i and self.doc[word.i - 1].lower_.rstrip(".") in self.w["titles"]

    @_per_token
    def _human_predicate(self, token) -> bool:
        """"Storm said…", "Drew is hungry…": a bare first word doing what people do."""
        if token.tag_ in ("NNS", "NNPS", "RB", "IN", "DT", "CC", "PRP", "WRB", "WP") \
                or token.pos_ in ("ADV", "ADP", "DET", "SCONJ", "PRON"):
            return False
        if any(c.dep_ in ("det", "poss") for c in token.children):
            return False
        nxt = token.i + 1
        # "Will and May are twins", "Ivy, Amber and Storm share…".
        if nxt + 1 < len(self.doc) and self.doc[nxt].lower_ in ("and", ","):
            join = self.doc[nxt + 1]
            if _cased(join) and join.lower_ not in self.w["roles"] and join.lower_ not in self.w["headings"] \
                    and not self._sentence_start(join):
                return True
            if join.lower_ in ("his", "her", "their"):
                return True  # "Heath and his sister Coral…"
        for t in self.doc.window(nxt, nxt + 4):
            if t.is_punct:
                return False
            if t.lower_ in self.w["human_predicates"] or t.lemma_.lower() in self.w["human_predicates"]:
                return True
        return False

    @_per_token
    def _title_or_role_before(self, token) -> str:
        before = self.doc[token.i - 1] if token.i else None
        if before is None:
            return ""
        lower = before.lower_.rstrip(".")
        if lower in self.w["titles"]:
            return "title " + before.text
        if lower in self.w["adult_family"] or lower in self.w["same_generation"] or lower in self.w["children"] \
                or lower in self.w["pets"] or lower in self.w["professionals"] or lower in self.w["adult_nouns"] \
                or lower in ("called", "named", "baby"):
            return before.text
        return ""

    @_per_token
    def _evidence(self, token) -> str:
        """Words beside a capitalised word that say it is a person (an age, a possessive…)."""
        age = self._age_of(token)
        if age is not None:
            return f"age {age}"
        doc = self.doc
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.lower_ in ("'s", "’s", "'") and token.i + 2 < len(doc) \
                and doc[token.i + 2].lower_ in self.w["child_context"]:
            return f"{token.text}'s {doc[token.i + 2].text}"
        if token.i and doc[token.i - 1].lower_ == "baby":
            return "baby"
        if self._kept_safe(token):
            return "kept safe, warm or fed"
        if self._copula_role(token)[0] == CHILD:
            return "is " + self._copula_role(token)[1]  # "Ruby is Chantelle's daughter"
        # "Autumn is in Year 4", "Drew was in Reception": a school year.
        rest = [t.lower_ for t in doc.window(token.i + 1, token.i + 5)]
        if rest[:1] in (["is"], ["was"], ["'s"]) and rest[1:2] == ["in"] and (
                rest[2:3] == ["reception"] or rest[2:3] == ["year"] and token.i + 4 < len(doc) and doc[token.i + 4].like_num):
            return "in " + doc[token.i + 3: token.i + 5].text if rest[2] == "year" else "in Reception"
        return ""

    def _kept_safe(self, token) -> bool:
        """"keep Junior warm and fed", "we want Ayesha to be safe": the one an adult keeps safe,
        fed or warm is the child."""
        head = token.head
        if token.dep_ not in ("dobj", "nsubj") or head.lemma_.lower() not in ("keep", "want", "get", "be", "feel", "make"):
            return False
        if token.dep_ == "nsubj" and not (head.dep_ in ("ccomp", "xcomp") and head.head.lemma_.lower() in ("want", "need")):
            return False
        return any(c.dep_ in ("acomp", "oprd", "ccomp", "xcomp") and c.i > token.i and (
            c.lower_ in _CARED or any(g.lower_ in _CARED and g.dep_ in ("acomp", "conj") for g in c.subtree))
            for c in head.children)

    @_per_token
    def _age_of(self, token) -> int | None:
        """An age beside a name: "Ivy (6)", "Drew, who is 9", "aged 14", "Joy is 2", "Ezra is six
        months old", and "Daisy and Poppy, aged 4 and 6" for each name of a list."""
        doc = self.doc
        n = len(doc)
        i = token.i + 1
        # Skip to the end of a list of names joined by "and" or commas.
        position = 0
        j = i
        while j + 1 < n and doc[j].lower_ in ("and", ",") and _cased(doc[j + 1]) and doc[j + 1].lower_ not in self.w["roles"]:
            j += 2
            position += 1
        rest = list(doc.window(j, j + 7))
        texts = [t.lower_ for t in rest]

        def number_at(k):
            if k < len(rest):
                value = _age(rest[k])
                if value is not None and not (k + 1 < len(rest) and texts[k + 1] in ("am", "pm", "o'clock", "%", "times")):
                    return value
            return None

        first_position = position
        # When the name is not last in a list, the ages are listed in the same order.
        if position and j != i:
            position = first_position - self._index_in_list(token)

        def pick(k):
            values = []
            while k < len(rest):
                value = number_at(k)
                if value is None:
                    break
                values.append(value)
                if k + 1 < len(rest) and texts[k + 1] in ("and", ","):
                    k += 2
                else:
                    break
            if not values:
                return None
            index = len(values) - 1 - position if len(values) > 1 else 0
            return values[max(0, min(index, len(values) - 1))]

        if texts[:1] == ["("]:
            value = number_at(1)
            if value is not None and len(texts) > 2 and texts[2].startswith(("month", "week", "day")):
                return 0  # "Willow (18 months)": a baby, not an 18-year-old
            return value
        if texts[:2] == [",", "aged"] or texts[:1] == ["aged"]:
            return pick(texts.index("aged") + 1)
        if texts[:1] == [","] and len(texts) > 2 and texts[2] in (",", ";", ")") and j == i:
            return number_at(1)  # "Jade, 4, and her cousin…", "Kacper, 15, told…"
        for lead in ([",", "who", "is"], [",", "who", "are"], [",", "who", "was"], ["is"], ["was"], [",", "now"]):
            if texts[:len(lead)] == lead:
                k = len(lead)
                value = pick(k)
                if value is None:
                    return None
                # "Joy is 2", "Ezra is six months old"; not "Mum is 3 minutes away".
                unit = texts[k + 1] if k + 1 < len(texts) else ""
                if unit in _AGE_UNITS:
                    return 0 if unit.startswith(("month", "week", "day")) else value
                if lead in (["is"], ["was"]) and unit not in ("", "and", ",", ".", "years", "year") \
                        and not (k + 1 < len(rest) and rest[k + 1].is_punct):
                    return None
                return value
        # "a 14-year-old called Jay", "14-year-old Jay".
        if token.i >= 1 and re.fullmatch(r"\d+-years?-old", doc[token.i - 1].lower_):
            return int(doc[token.i - 1].lower_.split("-")[0])
        return None

    def _index_in_list(self, token) -> int:
        """How many names come after this one in "A, B and C"."""
        doc, k, count = self.doc, token.i + 1, 0
        while k + 1 < len(doc) and doc[k].lower_ in ("and", ",") and _cased(doc[k + 1]):
            k += 2
            count += 1
        return count

    # -- reading roles ------------------------------------------------------------------------
    def _owner(self, role_token):
        """Who a role word belongs to: "Mum's friend" -> Mum; "her brother" -> her."""
        doc = self.doc
        k = role_token.i - 1
        while k >= 0 and doc[k].pos_ in ("ADJ",) :
            k -= 1
        if k >= 1 and doc[k].lower_ in ("'s", "’s", "'"):
            return doc[k - 1]
        if k >= 0 and doc[k].lower_ in ("his", "her", "their", "my", "your", "our"):
            return doc[k]
        return None

    def _role_near(self, token, last=None) -> tuple[str, str]:
        """(role, evidence) from the words right beside a name (``token`` its first word, ``last``
        its last), or ("", "")."""
        doc, w = self.doc, self.w
        last = token if last is None else last
        before = doc[token.i - 1] if token.i else None
        # "Mr and Mrs Taylor".
        if token.i >= 3 and doc[token.i - 2].lower_ == "and" and doc[token.i - 3].lower_.rstrip(".") in w["titles"]:
            return ADULT, "title " + doc[token.i - 3].text
        if before is not None:
            lower = before.lower_.rstrip(".")
            if lower in w["titles"] or before.text in ("Sister", "Brother", "Nurse"):
                return ADULT, "title " + before.text  # "Sister Mary at the church": a nun or a nurse
            found = self._role_word(before)
            if found:
                return found
        pet = self._pet_beside(token, last)
        if pet:
            return PET, pet
        # "Bruno, the family's dog", "Carl, Mum's ex-partner,", "Mrs Begum, the childminder": a
        # phrase with no verb, closed by a comma or a full stop, whose last word is a role.
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if after is not None and after.lower_ == "the":
            k = last.i + 2
            while k < len(doc) - 1 and doc[k].pos_ == "ADJ":
                k += 1
            if k < len(doc) and doc[k].lower_ in w["pets"]:
                return PET, f"the {doc[k].text}"  # "Bella the cat sleeps in the cot"
        if after is not None and after.text == ",":
            k = last.i + 2
            while k < len(doc) and doc[k].text not in (",", ".", ";", ":", ")", "!", "?") and k < last.i + 11:
                k += 1
            phrase = doc[last.i + 2: k]
            # "Faith, Skye's key worker at Little Acorns, said…": the role is the word before the place.
            at = next((t.i for t in phrase if t.pos_ == "ADP" and t.lower_ in _PLACE_PREPOSITIONS and t.lower_ != "of"
                       and t.i > phrase.start + 1), None)
            if at is not None and (k == len(doc) or doc[k].text in (",", ".", ")")) and not _cased(doc[at - 1]) \
                    and not any(t.pos_ in ("VERB", "AUX") for t in doc[phrase.start: at]):
                found = self._role_word(doc[at - 1], appositive=True)
                if found and found[0]:
                    return found
            if len(phrase) and (k == len(doc) or doc[k].text in (",", ".", ")")) \
                    and not any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in phrase) \
                    and not any(t.pos_ == "ADP" and t.lower_ != "of" for t in phrase):  # not "…, ready for school"
                addressees = any(t.lower_ in ("and", "or", "&") for t in phrase) and phrase[0].lower_ in w["adult_family"]
                found = None if addressees else self._role_word(phrase[-1], appositive=True)
                if found:  # not "Ayesha, Mum and Dad, we all want…": a list of those spoken to
                    return found
                if len(phrase) >= 3 and phrase[0].lower_ == "the" and phrase[1].lower_ == "family" \
                        and phrase[2].lower_ in ("'s", "’s") and _cased(phrase[-1]):
                    return PET, f"the family's {phrase[3:].text}"  # "Rolo, the family's Jack Russell"
        # "The social worker, Helen,", "Sam's stepdad, Darren,", "the family dog, Duke," (not
        # "Dad, Maisie needs…", which speaks to Dad).
        for part in {token, last}:
            if part.dep_ == "appos" and part.head.i < token.i and not _cased(part.head) and before is not None \
                    and before.text == ",":
                found = self._role_word(part.head)  # "Mum's support worker at the refuge, Joy,"
                if found:
                    return found
        found = self._worker_at_place(token, last)
        if found:
            return found
        end = last
        while end.i + 2 < len(doc) and doc[end.i + 1].lower_ in ("and", ",", "&") and _cased(doc[end.i + 2]) \
                and doc[end.i + 2].lower_ not in w["roles"] and end.i - last.i < 8:
            end = doc[end.i + 2]
        if end.i != last.i:  # "Sunny and Rain, the family's two collies": the list's animals
            found = self._role_near(end, end)
            if found[0] == PET:
                return found
        first = self._list_start(token)
        plural = first.i >= 2 and doc[first.i - 2].tag_ == "NNS"
        if first.i != token.i and plural and doc[first.i - 1].text == ",":
            found = self._role_word(doc[first.i - 2])  # "her brothers, Ted and Alfie,"
            if found:
                return found
        if first.i != token.i and first.i >= 1 and doc[first.i - 1].tag_ == "NNS" and not _cased(doc[first.i - 1]):
            found = self._role_word(doc[first.i - 1])  # "his sisters Autumn and Willow": both are sisters
            if found and found[0]:
                return found
        if before is not None and before.text == "," and token.i >= 2 and after is not None \
                and (after.text in (",", ".", ")") or after.lower_ == "and" and doc[token.i - 2].tag_ == "NNS"):
            role = doc[token.i - 2]
            owner = doc[token.i - 3] if token.i >= 3 else doc[0]
            if owner.lower_ in ("the", "a", "an", "'s", "’s", "his", "her", "their", "our", "my") \
                    or owner.dep_ in ("compound", "amod") or any(c.dep_ in ("det", "poss") for c in role.children):
                found = self._role_word(role)
                if found:
                    return found
            # "Mum, Agnieszka, says…": a family word opening the sentence, the name set beside it
            # (not "Dad, Leo and Mia need you…", which speaks to Dad about the children).
            nxt = doc[after.i + 1] if after.text == "," and after.i + 1 < len(doc) else None
            if (self._sentence_start(role) or owner.text == ";" or last.dep_ == "appos" and last.head.i == role.i) \
                    and role.lower_ in w["adult_family"] and nxt is not None \
                    and not _cased(nxt) and nxt.lower_ not in ("and", "or", "&"):
                return ADULT, role.text
        if after is not None and after.lower_ in ("'s", "’s"):
            k = last.i + 2
            while k < len(doc) - 1 and doc[k].pos_ == "ADJ":
                k += 1
            if k < len(doc) and doc[k].lower_ in w["adult_context"]:
                return ADULT, f"{last.text}'s {doc[k].text}"  # "Kelly's van", "Kerry's youngest daughter"
        if after is not None and after.lower_ in ("at", "from") and any(
                c.dep_ == "pobj" and not _cased(c) and c.lemma_.lower() in w["workplaces"] for c in after.children):
            return ADULT, f"{last.text} {after.text} the {next(c.text for c in after.children if c.dep_ == 'pobj')}"
        return "", ""

    def _list_start(self, token):
        """The first name of the list "Ted, Sam and Alfie" that ``token`` ends or sits in."""
        doc, k = self.doc, token.i
        while k >= 2 and doc[k - 1].lower_ in (",", "and", "&") and _cased(doc[k - 2]) \
                and doc[k - 2].lower_ not in self.w["roles"] and token.i - k < 16:  # a family, not a register
            k -= 2
        return doc[k]

    def _copula_role(self, token) -> tuple[str, str]:
        """"Rocky and Ray are Mr Lewandowski's dogs", "Jo is Mum's friend": what the name is."""
        subject = token
        if subject.dep_ == "conj" and subject.head.i < subject.i:
            subject = subject.head
        verb = subject.head
        if subject.dep_ != "nsubj" or verb.lemma_ != "be":
            return "", ""
        for attr in verb.children:
            if attr.dep_ == "attr" and attr.i > verb.i and any(c.lower_ == "young" for c in attr.children):
                return CHILD, f"a young {attr.text}"  # "Callum is a young carer"
            if attr.dep_ == "attr" and attr.i > verb.i and not _cased(attr):
                found = self._role_word(attr)
                if found:
                    return found
        return "", ""

    def _role_word(self, word, appositive: bool = False) -> tuple[str, str] | None:
        w = self.w
        lower = word.lower_
        if lower in w["pets"] or (not _cased(word) and word.tag_ == "NNS" and word.lemma_.lower() in w["pets"]):
            return PET, f"{self._owner_text(word)}{word.text}"  # "the family's two collies"
        if lower in w["adult_nouns"] or lower in ("called", "named") and word.i and self.doc[word.i - 1].lower_ in w["adult_nouns"]:
            return ADULT, word.text
        if lower in ("called", "named") and word.i and self._breed_start(word.i - 1) is not None:  # "an XL Bully called Tyson"
            return PET, self.doc[word.i - 1].text
        if lower in w["adult_family"] or lower in w["professionals"] and lower not in ("we", "i", "everyone", "everybody"):
            return ADULT, f"{self._owner_text(word)}{word.text}"
        if lower in w["adult_jobs"] or lower.endswith("-partner"):
            return ADULT, word.text
        if lower in w["same_generation"]:
            owner = self._owner(word)
            if owner is not None and (owner.lower_ in w["adult_family"] or owner.lower_ in w["professionals"]
                                      or owner.lower_ in ("your", "my", "our")):
                return ADULT, f"{owner.text}'s {word.text}"
            if owner is not None and owner.lower_ in ("his", "her", "their") and self._subject_is_adult(word):
                return ADULT, f"{owner.text} {word.text}"  # "Mum will ring her friend Jo": Mum's friend
            if owner is not None and lower in w["any_age_relatives"]:
                return ADULT, f"{owner.text} {word.text}"  # "her cousin Nadia": grown up, unless read() sees a child
            if owner is not None:
                return CHILD, f"{owner.text} {word.text}"
            return "", ""
        if lower in w["children"] and lower not in ("pupil",):
            return CHILD, word.text
        return None

    def _subject_is_adult(self, word) -> bool:
        """Does "her" or "his" before the word point back to a family adult ("Mum will ring her
        friend Jo")? The nearest person before it decides: "Dad hits Oscar and his sister Evie"
        is Oscar's sister."""
        owner = self._owner(word)
        # "his" never points back to Mum or "she", "her" never to Dad or "him": "Dad will not let
        # him eat until his brother Kacper gets home" is the boy's brother.
        other_sex = {"his": self.w["female_words"], "her": self.w["male_words"]}.get(owner.lower_, frozenset())
        for t in reversed(self.doc[word.sent.start: owner.i]):
            if t.lower_ in other_sex or t.dep_ == "poss" or owner.lower_ == "his" and t.lower_ == "her":
                continue
            if t.lower_ in self.w["adult_family"]:
                return True
            if t.pos_ == "PROPN" or t.ent_type_ == "PERSON" and _cased(t) or t.lower_ in self.w["children"] \
                    or t.lower_ in ("he", "she", "they", "him", "her", "them"):
                return False
        return False


    def _owner_text(self, word) -> str:
        owner = self._owner(word)
        if owner is None or owner.lower_ in ("his", "her", "their"):
            return ""
        return f"{owner.text} " if owner.lower_ in ("your", "my", "our") else f"{owner.text}'s "

    def _child_context(self, token) -> str:
        """A child's things or day: "Ivy's teacher", "picks River up from school"."""
        doc = self.doc
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.lower_ in ("'s", "’s", "'"):
            k = token.i + 2
            while k < len(doc) and doc[k].pos_ == "ADJ":
                k += 1
            if k < len(doc) and doc[k].lower_ in self.w["child_context"]:
                return f"{token.text}'s {doc[k].text}"
        head = token.head
        if token.dep_ in ("dobj", "pobj") and any(
                t.lower_ in ("school", "nursery", "class", "college") for t in head.subtree if t.i > token.i):
            return f"{head.text} {token.text} … school"
        if token.i in self._said_of_child:
            return "what is said of them shows a child"  # "Willow was found wandering …"
        return ""

    def _person_sign(self, mention, count: int) -> bool:
        """Does anything say this capitalised word is a person? The model's tag, a given name, a
        person's verb, a list of names, the object of caring or harming, or being named twice."""
        head, last = mention[0], mention[-1]
        if count > 1:
            return True
        if last.i + 2 < len(self.doc) and self.doc[last.i + 1].text == "," and self.doc[last.i + 2].lower_ in ("you", "your") \
                and head.i == head.sent.start:
            return True  # "Ruby, you are safe with Nan": a name spoken to
        # The model's tag and the names list say little for a shop or an app ("near Morrisons").
        if head.lower_ not in self.w["brands"] and (
                any(t.ent_type_ == "PERSON" for t in mention) or head.lower_ in first_names()):
            return True
        if self._in_list_of_names(mention) or self._child_context(last) or (
                self._human_predicate(head) and head.dep_ in ("nsubj", "nsubjpass", "conj", "ROOT")):
            return True
        verb = last.head
        told_organisation = verb.lemma_.lower() in ("tell", "ask", "send") and head.ent_type_ in _ORGANISATION_TAGS \
            and head.lower_ not in first_names()  # "told Kooth", "asked Shelter": a service, not a person
        if last.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in _HARM_VERBS | _CARE_VERBS and not told_organisation:
            return True
        if last.dep_ == "pobj" and verb.lower_ in ("at", "to", "with") and verb.head.lemma_.lower() in {
                "at": self.w["at_someone_verbs"] | _HARM_VERBS, "to": _TALK_VERBS,
                "with": _TALK_VERBS | {"stay", "live", "play", "sleep", "share", "fight", "argue"}}[verb.lower_]:
            return True  # "Dad shouted at Holly", "talks to Ash", "lives with Nan and Robin"
        return last.dep_ in ("nsubj",) and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in self.w["human_predicates"]

    def _thing_name(self, mention) -> bool:
        """"Ysgol Bro Taf", "Storm Arwen", "Operation Encompass": a name of three words with no
        given name in it, or one led by a word that names things, not people."""
        lowers = [t.lower_ for t in mention if t.text != "-"]
        if any(w in self.child_names or w in self.adult_names for w in lowers) or self._age_of(mention[-1]) is not None:
            return False
        if mention[0].i and self.doc[mention[0].i - 1].lower_.rstrip(".") in self.w["thing_prefixes"]:
            return True  # "left HMP Altcourse"
        if len(lowers) >= 2 and lowers[0] in self.w["thing_prefixes"]:
            return True
        return len(lowers) >= 3 and not any(w in first_names() for w in lowers)

    def _adult_by_deeds(self, mention, decided, has_child, per_mention) -> str:
        """What is said of an otherwise unread name shows an adult: hitting "the boys" (the
        children), or, when a child is named too, moving out, coming home from the pub, bringing
        or taking a named child somewhere, being told something "at Home-Start", or being spoken
        to in a goal beside "you" ("Mum, you and Dean will…", "Dean, you will walk Ruby…")."""
        doc, last = self.doc, mention[-1]
        said = adult_predicate(last)
        if said and (has_child or " the " in said and said.split()[-1] in ("children", "boys", "girls", "kids")
                     or " with " in said and any(t.lower_ in self.w["children"] for t in doc)):
            return said  # "Mum and Mark were drinking while the baby slept": Mum's partner
        children = frozenset(k for k, v in decided.items() if v[0] == CHILD)
        # Another name that may be the child (not the same name said again: "Summer … Summer will
        # not go to the flat" keeps Summer the child).
        key = mention[0].lower_
        other_child = any(k != key for k in children) or any(
            m[0].lower_ != key and m[0].lower_ not in decided for m, _, _, _ in per_mention)
        kept_away = restricted_adult(last, other_child, children)
        if kept_away:
            return kept_away  # "Shane will not stay at the flat", "Dean is not to have contact with Ruby"
        others = [m for m, _, _, _ in per_mention if m[0].lower_ != mention[0].lower_]
        if not others:
            return ""
        verb = last.head
        if last.dep_ == "nsubj" and verb.lemma_.lower() in _BRING_VERBS and any(
                c.dep_ == "dobj" and (decided.get(c.lower_, ("",))[0] == CHILD or any(c.i == m[-1].i for m in others))
                for c in verb.children):
            return f"{verb.text} a child"  # "Pat has been bringing Missy (4) to the food bank"
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if after is not None and after.lower_ in ("at", "from") and last.dep_ in ("dobj", "pobj", "dative") \
                and (last.head.lemma_.lower() in _TALK_VERBS | {"tell", "ask", "ring", "phone", "call", "email", "meet"}
                     or last.head.lower_ in ("rang", "phoned", "rung", "emailed", "texted")
                     or last.head.head.lemma_.lower() in _TALK_VERBS):
            org = [t for t in doc[after.i + 1: after.i + 5] if _cased(t)]
            if org and doc[after.i + 1] in org and not any(t.lower_ in first_names() or t.lower_ in self.w["place_nouns"]
                                                         and t.lower_ in ("school", "nursery", "academy", "college")
                                                         for t in org):
                return f"{last.text} {after.text} {org[0].text}"  # "told Lisa at Home-Start": a worker there
        you = [t for t in last.sent if t.lower_ == "you" and t.dep_ in ("nsubj", "conj")]
        if you:
            # "Dean, you will walk Ruby", "Craig, when Ruby wets the bed you will…": the name spoken
            # to, set before the sentence whose subject is "you".
            spoken = after is not None and after.text == "," and mention[0].i == last.sent.start \
                and last.dep_ not in ("nsubj", "nsubjpass") and any(
                    t.dep_ == "nsubj" and t.head.lemma_.lower() not in ("be", "feel") for t in you)
            # "Mum, you and Dean will cook tea": a name joined to "you" as who will do it.
            joined = last.dep_ == "conj" and last.head.lower_ == "you" or any(
                c.dep_ == "conj" and c.i == last.i for t in you for c in t.children)
            if (spoken or joined) and any(m[0].sent.start == last.sent.start and self._cared_for(m[-1], decided)
                                          for m in others):
                return "spoken to with \"you\""
        return ""

    def _cared_for(self, token, decided) -> bool:
        """A name the sentence shows is a child: read so already, walked, taken or fed by
        someone, or doing what children do ("when Ruby wets the bed")."""
        role = decided.get(token.lower_, ("",))[0]
        if role in (ADULT, PET, OTHER) or token.i > 0 and self.doc[token.i - 1].lower_.rstrip(".") in self.w["titles"]:
            return False
        if role == CHILD or self._child_context(token) or child_predicate(token):
            return True
        verb = token.head
        if token.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in (_CARE_VERBS - {"tell", "ask", "send", "lock"}) | _BRING_VERBS:
            return True
        subject = token
        while subject.dep_ == "conj":
            subject = subject.head
        before = self.doc[subject.i - 1] if subject.i else None
        if subject.dep_ == "nsubj" and before is not None and (before.lower_ == "so" or before.lower_ == "that"
                                                              and subject.i > 1 and self.doc[subject.i - 2].lower_ == "so"):
            return True  # "… so Skye and Jude can sit down to eat": the ones the adults do it for
        return token.dep_ in ("nsubj", "compound") and verb.pos_ == "VERB" and verb.lemma_.lower() in CHILD_ACTS

    def _young_relative(self, token) -> bool:
        """A cousin the sentence shows is a child: named with a child as one of the children
        ("Holly and her cousin Star sleep at Nan's"), with a child's things ("her cousin Nia's
        school") or with what is said of children ("was found wandering")."""
        if self._child_context(token) or child_predicate(token) or self._evidence(token):
            return True
        doc, relatives = self.doc, self.w["any_age_relatives"]
        first = self._list_start(token)  # "his cousins Leah and Jack": Jack is a cousin too
        relative = doc[first.i - 1] if first.i and doc[first.i - 1].lower_ in relatives \
            else first.head if first.dep_ == "appos" and first.head.lower_ in relatives else None
        if relative is None:
            return False
        carer = relative.head.head if relative.dep_ == "pobj" else relative.head
        if relative.dep_ in ("dobj", "pobj") and carer.lemma_.lower() in (_CARE_VERBS - {"tell", "ask", "send", "lock"}) \
                | _BRING_VERBS | {"mind", "babysit", "look", "play"}:
            return True  # "looks after his cousins Leah and Jack", "plays with her cousin Maple"
        joined = [relative.head] if relative.dep_ == "conj" else []
        joined += [c for c in relative.children if c.dep_ == "conj"]
        plural = relative.tag_ == "NNS"  # "his cousins Leah and Jack": the list is the cousins themselves
        joined += [] if plural else [c for c in token.children if c.dep_ == "conj"]
        # By position too, where the parse splits the list: "Holly and her cousin Star sleep…".
        start = relative.i - 1 if relative.i and doc[relative.i - 1].lower_ in ("his", "her", "their") else relative.i
        if start >= 2 and doc[start - 1].lower_ in ("and", ",", "&"):
            joined.append(doc[start - 2])
        if not plural and token.i + 2 < len(doc) and doc[token.i + 1].lower_ in ("and", "&"):
            joined.append(doc[token.i + 2])
        return any(_cased(j) and j.lower_ not in self.w["roles"] or j.lower_ in self.w["children"] for j in joined)

    def _harms_adult(self, token) -> bool:
        """"Wayne hurts Mum": the name does harm to an adult of the family."""
        if token.dep_ not in ("nsubj",) or token.head.lemma_.lower() not in _HARM_VERBS:
            return False
        return any(c.dep_ in ("dobj", "prep") and (c.lower_ in self.w["adult_family"]
                   or any(g.lower_ in self.w["adult_family"] for g in c.children)) for c in token.head.children)

    def read(self) -> People:
        doc = self.doc
        tokens = [t for t in doc if _cased(t) and self._candidate(t)]  # _candidate asks _cased first
        # "Poppy-Mae (5)": the age is beside the last part; the first part is the same name.
        found = {t.i for t in tokens}
        tokens += [doc[t.i - 2] for t in tokens if t.i >= 2 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_
                   and not doc[t.i - 2].whitespace_ and _cased(doc[t.i - 2]) and t.i - 2 not in found]
        # A name found once is a name wherever the same word is written with a capital, unless it
        # is a date there ("In May, May's teacher…").
        seen = {t.text for t in tokens}
        chosen = {t.i for t in tokens}
        tokens += [t for t in doc if t.i not in chosen and t.text in seen and t.i not in self.heading_tokens
                   and t.i not in self.thing_tokens and not self._in_address(t)
                   and not (t.lower_ in self.w["months"] and self._month_is_date(t))]
        tokens.sort(key=lambda t: t.i)
        # Surnames: "Kayla Smith" is one person.
        mentions: list[list] = []
        for t in tokens:
            if mentions and mentions[-1][-1].i == t.i - 1:
                mentions[-1].append(t)
            elif mentions and mentions[-1][-1].i == t.i - 2 and doc[t.i - 1].text == "-" \
                    and not mentions[-1][-1].whitespace_ and not doc[t.i - 1].whitespace_:
                mentions[-1].extend([doc[t.i - 1], t])  # "Ellie-Mae", "Isla-Grace": one name
            else:
                mentions.append([t])
        decided: dict[str, tuple[str, str]] = {}
        strength = {"configured": 4, "age": 3, "near": 2, "context": 1, "default": 0}
        per_mention = []
        for mention in mentions:
            head = mention[0]
            key = head.lower_
            role, evidence, how = "", "", "default"
            if key in self.child_names:
                role, evidence, how = CHILD, "named as the child in the settings", "configured"
            elif key in self.adult_names:
                role, evidence, how = ADULT, "named as an adult in the settings", "configured"
            else:
                age = self._age_of(mention[-1])
                if age is not None:
                    role, evidence, how = (CHILD if age < 18 else ADULT), f"age {age}", "age"
                else:
                    role, evidence = self._role_near(head, mention[-1])
                    if role == ADULT and evidence.split()[-1].lower() in self.w["any_age_relatives"] \
                            and self._young_relative(mention[-1]):
                        role, evidence = CHILD, f"{evidence}, listed or cared for with the children"
                    if not role:
                        role, evidence = self._copula_role(head)
                    how = "near" if role else "default"
                    if not role and self._evidence(head) == "baby":
                        role, evidence, how = CHILD, "baby", "age"
                    if not role:
                        context = self._child_context(mention[-1])
                        if context:
                            role, evidence, how = CHILD, context, "context"
            per_mention.append((mention, role, evidence, how))
            if role:
                old = decided.get(key)
                if old is None or strength[how] > strength[old[2]]:
                    decided[key] = (role, evidence, how)
        for mention, role, evidence, how in per_mention:
            key = mention[0].lower_
            old = decided.get(key)
            if role == CHILD and old and old[0] == ADULT and old[1].split()[-1].lower() in self.w["any_age_relatives"]:
                decided[key] = (role, evidence, how)  # "her cousin Noor … Noor's nursery": a child after all
        undecided = [m for m, role, _, _ in per_mention if not role and m[0].lower_ not in decided]
        evidenced_child = any(role == CHILD for role, _, _ in decided.values())
        has_child = evidenced_child or len(undecided) > 1
        counts: dict[str, int] = {}
        for mention in undecided:
            counts[mention[0].lower_] = counts.get(mention[0].lower_, 0) + 1
        signs = {m[0].lower_: self._person_sign(m, counts[m[0].lower_]) for m in undecided}
        def child_named(key):  # by evidence, or by another name that reads as a person's
            return evidenced_child or any(sign for other, sign in signs.items() if other != key)
        grouped: dict[str, list] = {}
        for mention, role, evidence, how in per_mention:
            key = mention[0].lower_
            if key in decided:
                role, evidence, _ = decided[key]
            elif self._thing_name(mention):
                role, evidence = OTHER, "the name of a place, an organisation or a thing"
            elif has_child and self._harms_adult(mention[-1]):
                role, evidence = ADULT, "does harm to an adult of the family"
            elif self._adult_by_deeds(mention, decided, has_child, per_mention):
                role, evidence = ADULT, self._adult_by_deeds(mention, decided, has_child, per_mention)
            elif child_named(key) and mention[0].ent_type_ in ("ORG", "GPE", "FAC", "LOC", "PRODUCT", "NORP") \
                    and not signs[key]:
                continue  # a child is named already; this is a shop, a place or a group, not a person
            elif child_named(key) and not signs[key]:
                # Another child is named; nothing says this word is a person at all.
                role, evidence = OTHER, "nothing says this is a person"
            else:
                role, evidence = CHILD, "named in the statement"
            grouped.setdefault((key, role), []).append((mention, evidence))
        people_by_role: dict[str, list[Person]] = {CHILD: [], ADULT: [], PET: [], OTHER: []}
        roles: dict[int, str] = {}
        for (key, role), found in grouped.items():
            first = found[0][0]
            title = doc[first[0].i - 1] if first[0].i and doc[first[0].i - 1].lower_.rstrip(".") in self.w["titles"] else None
            head = 1
            while head + 1 < len(first) and first[head].text == "-":
                head += 2  # "Ellie-Mae"
            given = doc[first[0].i: first[head - 1].i + 1].text
            name = f"{title.text} {doc[first[0].i: first[-1].i + 1].text}" if title is not None else given
            token_ids = tuple(t.i for m, _ in found for t in m if t.text != "-")
            spans = tuple((m[0].idx, m[-1].idx + len(m[-1].text)) for m, _ in found)
            people_by_role[role].append(Person(name, role, token_ids, spans, found[0][1]))
            roles.update({i: role for i in token_ids})
        for role in people_by_role:
            people_by_role[role].sort(key=lambda p: p.tokens[0])
        role_words = tuple((t.i, kind) for t in doc for kind in (self._role_kind(t),) if kind)
        return People(tuple(people_by_role[CHILD]), tuple(people_by_role[ADULT]), tuple(people_by_role[PET]),
                      role_words, roles, tuple(people_by_role[OTHER]))

    def _role_kind(self, token) -> str:
        lower, lemma = token.lower_, token.lemma_.lower()
        if lower in self.w["family"] or lemma in self.w["family"]:
            return "family"
        if lower in self.w["professionals"] and lower not in ("we", "i", "everyone", "everybody"):
            return "professional"
        if lower in self.w["institutions"]:
            return "institution"
        return ""
