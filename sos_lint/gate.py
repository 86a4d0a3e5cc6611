"""The one gate every entry point passes before a text is scored: the library (check, check_many,
check_document), `sos-lint check`, the HTTP API and `audit` refuse the same texts with the same words.

Round 33 (review33d D#6, D#7, D#8): the library and `audit` scored Welsh-only text, emoji only,
numbers only, a heading only and `<script>` at 3.2 where the CLI and API refused them; a lone
surrogate raised a raw UnicodeEncodeError (HTTP 500); a 20,000-word paste took 11-14 s (holding up
everyone else's check on the server) and scored 9.5.
"""
from __future__ import annotations

import re

from . import cleaning

# The longest statement in every open set (10,187 texts) is under 800 characters; a plan's statement
# is a paragraph or two. Five thousand characters (about 800 words) is six times that, and is checked
# in 1-4 s on a busy 2-core machine (10,000 took 4 s there, holding up a one-line check as long).
MAX_STATEMENT_CHARS = 5_000
# A whole draft sent to the server: a plan's statements together are a few thousand characters.
# Over this the server refuses it before any work, so one paste cannot hold up everyone's check.
MAX_DRAFT_CHARS = 20_000


class NotAStatement(ValueError):
    """A text sos-lint will not score: str() is the plain reason ("text has no words in it, ..."),
    the same words `sos-lint check` and the HTTP API give."""


# Round 34 (review34q Q#5): what a form field holds when nobody wrote a statement in it. The words
# of an empty cell are a closed class (fillers, a pointer elsewhere, the field's own name), unlike a
# statement's, so they are listed here rather than learnt.
_FILLER = frozenset({"ok", "okay", "n/a", "na", "n.a", "nil", "none", "tbc", "tba", "tbd", "same", "ditto",
                     "pending", "x", "xx", "xxx", "-", "--", "?", "not applicable", "not known", "unknown",
                     "to follow", "to be confirmed", "to be added", "no change", "no changes", "as above",
                     "as before", "as previous", "as per previous", "see above", "see below", "see notes",
                     "see attached", "see previous", "test", "todo", "to do", "blank", "nothing", "no comment"})
_POINTER = re.compile(r"^(?:please\s+)?(?:(?:see|refer\s+to|same\s+as|copied\s+from|carried\s+(?:over|forward)\s+from)"
                      r"\s+(?:the\s+|my\s+|our\s+)?(?:previous|above|below|attached|earlier|last|old|notes?|plan|file|"
                      r"assessment|report|minutes|chronology|case|section|record)|as\s+(?:per|above|before|previous(?:ly)?)"
                      r")\b", re.IGNORECASE)
_FIELD_WORDS = frozenset({"concern", "concerns", "worry", "worries", "issue", "issues", "risk", "risks", "problem",
                          "problems", "danger", "dangers", "goal", "goals", "need", "needs", "statement",
                          "statements", "noted", "various", "ongoing", "see", "plan", "safety", "wellbeing",
                          "and", "of", "re", "regarding"})
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def placeholder(text: str) -> bool:
    """True for a cell that holds no statement: a filler ("ok", "N/A", "TBC"), a pointer elsewhere
    ("See previous plan.", "As above") or only the form's own words ("Concerns.", "Risks noted")."""
    plain = " ".join(text.split()).strip(" .!:;,")
    words = _WORD.findall(plain)
    if plain.lower() in _FILLER:
        return True
    if len(words) <= 6 and _POINTER.match(plain):
        return True
    return bool(words) and len(words) <= 3 and all(w.lower() in _FIELD_WORDS for w in words)


# Why a placeholder is refused (never quoting it: refusals do not echo the text).
PLACEHOLDER = ("holds a placeholder (such as \"N/A\", \"ok\" or \"see previous plan\"), not a statement; "
               "there is nothing to check: write the worry or goal itself, or leave this field out")


def _only_headings(text: str) -> bool:
    """Every line a statement heading, each short (a heading, not a statement written after one)."""
    from . import sections

    lines = [line for line in sections.line_view(text).split("\n") if line.strip()]
    return bool(lines) and all(len(line.split()) <= 12 and sections.split(line) == [] for line in lines)


def reason(text: str, document: bool = True, length: bool = True) -> str | None:
    """None when `text` may be checked; else why not, to follow the text's name ("draft.txt: ...",
    "text ..."): a broken character, nothing but markup, numbers or emoji, another language, only
    headings, or a statement far longer than any statement. With `document` the text is a draft
    split at its headings (check_document, `sos-lint check`, the API); else one statement.
    Without `length` the length is not judged (`audit` has its own --max-chars)."""
    from .language import not_english
    from . import sections

    if "\x00" in text:
        return "holds binary data (a NUL character), not text; paste or save the draft as plain text"
    try:
        plain = cleaning.clean(text).text
    except cleaning.BrokenText as error:
        return str(error)
    if not plain.strip():
        return "has no words in it, only markup, invisible characters or symbols; there is no statement to check"
    if placeholder(plain):  # round 35 (review35i I#3): "N/A", "ok", "See previous plan." were scored 2.8-3.1
        return PLACEHOLDER
    why = not_english(plain)
    if why:
        return why
    if not document:  # one statement (check, check_many): read whole, as the library reads it
        if _only_headings(plain):
            return "has headings but no statement under them; there is nothing to check"
        return too_long(plain, [sections.Section(plain, 0)]) if length else None
    parts = sections.split(plain)
    if not parts:
        return "has headings but no statement under them; there is nothing to check"
    return too_long(plain, parts) if length else None


def too_long(text: str, parts=None) -> str | None:
    """Why `text` is refused for its length (one statement in it far longer than any statement),
    else None. Cheap (headings only, no parse), so a server can say it before any work is done."""
    from . import sections

    if len(text) <= MAX_STATEMENT_CHARS:
        return None
    parts = sections.split(text) if parts is None else parts
    for number, part in enumerate(parts, 1):
        if len(part.text) > MAX_STATEMENT_CHARS:
            # Round 35 (I#9): a reason follows the text's name ("text is ...", "draft.txt: has ..."), so it
            # starts with its verb; "text the statement is 106,665 characters long" read as garbled.
            words = len(part.text.split())
            size = f"{len(part.text):,} characters long (about {words:,} {'word' if words == 1 else 'words'})"
            # Round 36 (review36g G#1): where the statement is, never its heading's words: a heading
            # ("Worry statement – <the child's full name>") is the user's text, and a refusal never
            # echoes the text (a redacted run, the HTTP API and the library print this reason as it is).
            line = text.count("\n", 0, max(0, part.offset)) + 1
            where = (f"has a statement (the {_ordinal(number)}, starting on line {line}) that is {size}"
                     if part.title or len(parts) > 1 else f"is {size}")
            return (f"{where}; a worry statement or "
                    f"goal is a paragraph or two, so sos-lint checks statements of up to {MAX_STATEMENT_CHARS:,} "
                    "characters: check the statements one at a time")
    return None


def _ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
