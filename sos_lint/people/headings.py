"""Round 34 (review34d D#10): the children a statement's heading names.

Plans label each worry statement or goal with the child it is about: "Safety goal 1 - Kayden",
"Worry statement 2: Grace and Noah". The statement below may not name the child again ("The
father will engage with …"), or name only one of the two. The heading's names are the family's
own words for the child: the checks do not then say "No child is mentioned", and the rewrite
does not ask for "[child's name]" or drop a child the heading gives.

A heading's tail (after its label, number and a dash or colon) is read as children's names only
when every part of it, split at commas, "&" and "and", is one or two capitalised words with no
word for a person, title, heading or date among them, and at least one part is surely a name: a
given name (rules/first_names.toml) or a name the statement below reads as a person. So a topic
("Safety goal 3 - Home conditions", "Worry statement - Neglect and Housing") is never a child,
and a name the statement reads as an adult ("Safety goal - Gemma", where "Gemma, you will …")
is not taken.

The names are kept on the parsed statement (``mark``) and read by ``sos_lint.people.people`` as
configured child names; ``given(doc)`` returns them.
"""
from __future__ import annotations

import re

from ..sections import LABELS
from .opening_subject_child import heading_word_child

KEY = "sos_lint.heading_children"
_TAIL = re.compile(rf"^\s*(?:#+\s*)?(?:{LABELS})\s*(?:\d+[.)]?)?\s*[-–—:]\s*(?P<names>.+?)\s*$", re.IGNORECASE)
_PART = re.compile(r"\s*(?:,|&|\band\b)\s*")
_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*")
_AGE = re.compile(r"\s*\((?:aged?\s*)?\d{1,2}\)\s*$", re.IGNORECASE)


def _barred(word: str) -> bool:
    """A word that is never a child's name in a heading: a word for a person ("Mum", "Parents",
    "Children"), a title, a heading or document word, or a date."""
    from . import words

    w = words()
    lower = word.lower()
    return any(lower in w[key] for key in ("family", "caregivers", "network", "professionals", "institutions",
                                           "children", "titles", "headings", "calendar", "months", "adult_nouns"))


def names_in(title: str | None) -> tuple[str, ...]:
    """The parts of a heading's tail that could be names, as written ("Grace", "Noah"), or () when
    the tail is not a list of capitalised names."""
    if not title:
        return ()
    match = _TAIL.match(title)
    if not match:
        return ()
    # Round 37 (r37i): "Worry statement: Hope (14)": an age in brackets after a name is the child's
    parts = [_AGE.sub("", p) for p in _PART.split(match.group("names").strip().rstrip(".")) if p]
    out = []
    for part in parts:
        words_ = part.split()
        if not 1 <= len(words_) <= 2 or not all(_WORD.fullmatch(w) for w in words_) or any(_barred(w) for w in words_):
            return ()
        out.append(words_[0])
    return tuple(out)


def children_in(title: str | None, doc, known=()) -> tuple[str, ...]:
    """The children the heading names, checked against the statement below it (see the module's
    note); () when none. `known`: names (lower case) that another statement of the same draft reads
    as a child (round 40, review40w W#10: "Safety goal 1 – Chipo" over a goal that names no one, where
    the worries above read Chipo (8) as the child, and "Chipo" is not in the list of given names)."""
    found = names_in(title)
    if not found:
        return ()
    from . import ADULT, CHILD, PET, first_names, people

    read = people(doc)
    roles = {}
    for person in read.everyone:
        for i in person.tokens:
            roles.setdefault(doc[i].lower_, person.role)
    if any(roles.get(n.lower()) in (ADULT, PET) for n in found):
        return ()  # "Safety goal - Gemma" where the goal speaks to Gemma: not the child
    if not any(n.lower() in first_names() or n.lower() in roles or n.lower() in known for n in found) \
            and not (_AGE.search(_TAIL.match(title).group("names"))
                     and (CHILD not in roles.values() or any(t.text in found for t in doc))) \
            and not (len(found) == 1 and heading_word_child(found[0], doc)):
        # a topic in capitals ("Neglect", "Home Conditions"); round 37 (r37i): not a name that is a
        # word which the statement writes as a name ("Safety goal – Will": "…will monitor Will…"),
        # nor a name with an age ("Worry statement: Hope (14)")
        return ()
    return found


def mark(doc, title: str | None, known=()) -> tuple[str, ...]:
    """Keep the heading's children on the parsed statement (read by ``people``); returns them."""
    found = children_in(title, doc, known)
    if found:
        doc.user_data[KEY] = found
        # a reading of the people made before the heading's names were kept is read again
        for key in [k for k in doc.user_data if isinstance(k, tuple) and k[:1] == ("sos_lint.people",)]:
            del doc.user_data[key]
    return found


def mark_across(docs, titles) -> None:
    """Round 40 (review40w W#10): ``mark`` for the statements of one draft, then once more for a
    heading whose name was not taken, with the children the draft's other statements read on
    evidence (an age, a child's word, being cared for), so a goal under "Safety goal 1 – Chipo" is
    about Chipo when the worries above read Chipo (8) as the child. A name any statement reads as
    an adult is never taken (children_in)."""
    from . import OPENING_EVIDENCE, people

    docs, titles = list(docs), list(titles)
    for doc, title in zip(docs, titles):
        mark(doc, title)
    if len(docs) < 2:
        return
    children: list[set] = []
    for doc in docs:
        found = people(doc)
        children.append({doc[p.tokens[0]].lower_ for p in found.children
                         if p.evidence not in ("named in the statement", OPENING_EVIDENCE) and p.tokens})
    for i, (doc, title) in enumerate(zip(docs, titles)):
        if given(doc) or not names_in(title):
            continue
        known = set().union(*(c for j, c in enumerate(children) if j != i))
        if known:
            mark(doc, title, frozenset(known))


def given(doc) -> tuple[str, ...]:
    """The children the statement's heading names (``mark``), or ()."""
    return doc.user_data.get(KEY, ())
