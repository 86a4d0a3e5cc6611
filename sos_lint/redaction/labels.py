"""Short strings a redacted run shows beside the statements: a spreadsheet's group cells (a team, a
month, a worker) and the messages that would name a file.

Round 41 (review41a, a performance analyst auditing a whole export, P#2/P#3): `audit --redact` hid a
group cell only when it read as a person by a list of given names with no everyday word in it, so
staff and family names that are also words ("Grace Hill", "Summer Jones", "Will Baker", "Amber Rose"),
a name with a place in brackets ("Hope Okonkwo (Foleshill)") and a statement pasted into the team
column were written as they were; and its messages named the export ("Hope_Okonkwo_Foleshill.csv: has
no column …"). Here the redaction decides what such a string gives away; the audit calls it.

A cell is context-free, so the reading errs on hiding where a statement's reading would ask the parse:
two or three capitalised words with no word that team or service names are built from ("Duty",
"Early Help", "Locality", "North") are a person's name whatever the words also mean; a team's name
("Hillside Duty", "Eastgate Early Help", "Leeds East", "West & Central") is the organisation's and is
shown, as before."""
from __future__ import annotations

import os
import re

_NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*$")
_SENTENCE = re.compile(r"[.!?](?:\s+\S)")


def identifying_cell(value) -> bool:
    """True where a group cell must not be shown in a redacted output: a person's name (word-names
    included: "Grace Hill", "Will Frank"), a name or place in brackets or after a comma beside one
    ("Hope Okonkwo (Foleshill)", "Khan, Sarah"), a school, or free text (a statement pasted into the
    column: a redacted audit writes no statement text). Team and service names are shown."""
    from ..audit.spec import maybe_person

    text = " ".join(str(value or "").split())
    if not text or text.startswith("("):
        return False  # blank, or the audit's own "(a name)", "(other)"
    if maybe_person(text):
        return True
    if _SENTENCE.search(text) or len(text.split()) > 8:
        return True  # sentences: a statement in the wrong column, never a group's name
    from .places import PATTERNS

    if any(kind == "school" and pattern.search(text) for kind, pattern in PATTERNS):
        return True  # "Oakfield Primary School": the children's school
    parts = [p.strip() for p in re.split(r"[(),;/]", text) if p.strip()]
    if any(_person_shaped(p) for p in parts) or len(parts) > 1 and any(_given_name(p) for p in parts):
        return True
    # "Mensah, Grace": a surname, a comma and a given name (a word-name the lists leave out included)
    listed = [p.strip() for p in text.split(",")]
    return len(listed) == 2 and all(_NAME_WORD.match(p) and not _team_word(p) for p in listed)


def _team_word(word: str) -> bool:
    from ..audit.spec import _PLACE_WORDS, _SERVICE_WORDS

    return word.lower().strip("&") in _SERVICE_WORDS or word.lower() in _PLACE_WORDS


def _given_name(part: str) -> bool:
    """One word that the name lists know as a given name ("Khan, Sarah": "Sarah")."""
    from .people import first_names

    return bool(_NAME_WORD.match(part)) and part.lower() in first_names()


def _person_shaped(part: str) -> bool:
    """Two or three capitalised words, none of them a team, service or building word: "Grace Hill",
    "Summer Jones", "Hope Okonkwo". Not "Leeds East", "Hillside Duty", "Grace Court", "West & Central"."""
    words = part.split()
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.match(w) for w in words):
        return False
    return not any(_team_word(w) for w in words)


def without_paths(message: str, paths, instead: str = "the export") -> str:
    """A message of a redacted run with every given file named as `instead`: the path as given, its
    full path, and its file name with and without the extension ("Hope_Okonkwo_Foleshill.csv: has
    no column 'statement'" → "the export: has no column 'statement'"). A file's name often carries
    the family's."""
    forms: set[str] = set()
    for path in paths:
        if not path:
            continue
        path = str(path)
        for form in (path, os.path.abspath(path), os.path.realpath(path), os.path.basename(path),
                     os.path.splitext(os.path.basename(path))[0]):
            if len(form) > 2:
                forms.add(form)
    for form in sorted(forms, key=len, reverse=True):
        message = re.sub(rf"(?<![\w.-]){re.escape(form)}(?![\w-])", instead, message)
    return message
