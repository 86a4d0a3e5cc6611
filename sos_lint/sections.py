"""Splits a draft into statements under headings ("Worry statement 1 – …", "Safety goal")."""
from __future__ import annotations

import re
from dataclasses import dataclass

# Synonyms from practice: danger/worry/needs/harm statement; safety/wellbeing goal; goal statement.
# The statement labels plans use, as headings in a text draft or labels in a Word plan.
# The map's own questions head the same sections in many templates (round 35, W#4: an early-help
# plan under "What are we worried about?" / "What needs to happen?" had "no statements found").
WORRY_QUESTIONS = r"what[ \t]+(?:are[ \t]+we|we[ \t]+are|is[ \t]+everyone)[ \t]+worried[ \t]+about"
GOAL_QUESTIONS = r"what[ \t]+(?:needs|has)[ \t]+to[ \t]+happen"
LABELS = (r"(?:worry|danger|needs|harm)[ \t]+statements?|(?:safety|well[ \t-]?being)[ \t]+goals?|goal[ \t]+statements?"
          rf"|{WORRY_QUESTIONS}|{GOAL_QUESTIONS}")
_HEADING = re.compile(rf"^[ \t]*(?:#+[ \t]*)?(?P<label>{LABELS})\b(?P<rest>[^\n]*)$", re.IGNORECASE | re.MULTILINE)
# "?" closes a question heading ("What are we worried about?").
_HEADING_TAIL = re.compile(r"^\??[ \t]*(?:\d+[.)]?)?[ \t]*(?:[-–—:][^\n]*)?$")


@dataclass(frozen=True)
class Section:
    text: str
    offset: int  # where `text` starts in the whole input
    title: str | None = None
    kind: str | None = None  # set by the heading, when there is one


def kind_of_heading(label: str) -> str:
    lowered = label.lower()
    return "goal" if "goal" in lowered or "happen" in lowered else "worry"


_INLINE_BODY = re.compile(r"^[ \t]*[:\-–—][ \t]*(?=\S)")


def _heading_end(text: str, match: re.Match) -> int:
    """A heading may wrap onto a second line that starts in lower case ("and unhappy"), or
    carry the statement itself after a colon ("Needs statement: Mum is …")."""
    rest = match.group("rest")
    inline = _INLINE_BODY.match(rest)
    if inline and len(rest.split()) >= 8 and rest.rstrip()[-1:] in ".!?":
        return match.start("rest") + inline.end()
    end = match.end()
    if text[end - 1 : end] in ".!?":
        return end
    next_start = end + 1
    next_end = text.find("\n", next_start)
    next_end = len(text) if next_end == -1 else next_end
    following = text[next_start:next_end].strip()
    if following and following[0].islower() and len(following.split()) <= 6:
        return next_end
    return end


def line_view(text: str) -> str:
    """`text` with Windows (CRLF) and old Mac (CR) line ends read as LF, at the same length, so
    offsets found in the view point into `text` unchanged."""
    return text.replace("\r\n", " \n").replace("\r", "\n") if "\r" in text else text


def split(text: str) -> list[Section]:
    """Return the statements in `text`. With no headings, the whole text is one statement.
    Headings are found the same way whatever the line ends; each statement's text is cut from
    `text` itself."""
    original, text = text, line_view(text)
    return [Section(original[s.offset:s.offset + len(s.text)], s.offset, s.title, s.kind) for s in _split(text)]


def _split(text: str) -> list[Section]:
    headings = [m for m in _HEADING.finditer(text) if _HEADING_TAIL.match(m.group("rest"))]
    if not headings:
        return _trimmed(text, 0, None, None)
    sections: list[Section] = []
    preamble = text[: headings[0].start()]
    sections.extend(_trimmed(preamble, 0, None, None))
    for index, match in enumerate(headings):
        body_start = _heading_end(text, match)
        body_end = headings[index + 1].start() if index + 1 < len(headings) else len(text)
        title = " ".join(text[match.start() : body_start].split()).lstrip("# ")
        kind = kind_of_heading(match.group("label"))
        sections.extend(_trimmed(text[body_start:body_end], body_start, title, kind))
    return sections


# A plan's sign-off lines after a statement ("Signed: Siobhan Kelly, Early Help", "Date: 3/5",
# "Completed by: …"): who wrote it, not part of it. Round 31 (a practice lead's trial): the
# worker's name in the signature was read as the child's ("«the child» -> Siobhan").
_SIGN_OFF = re.compile(r"\n[ \t]*(?:signed|signature|author|written by|completed by|prepared by|date|name of worker"
                       r"|worker|practitioner)[ \t]*(?::|-|–|—)[^\n]*[ \t]*$", re.IGNORECASE)


def _without_sign_off(chunk: str) -> str:
    """`chunk` with its last short sign-off lines cut (never its first line)."""
    for _ in range(3):
        body = chunk.rstrip()
        match = _SIGN_OFF.search(body)
        if match is None or len(match.group().split()) > 12 or not body[:match.start()].strip():
            return chunk
        chunk = body[:match.start()]
    return chunk


def _trimmed(chunk: str, offset: int, title: str | None, kind: str | None) -> list[Section]:
    chunk = _without_sign_off(chunk)
    stripped = chunk.strip()
    if not stripped:
        return []
    lead = len(chunk) - len(chunk.lstrip())
    return [Section(stripped, offset + lead, title, kind)]
