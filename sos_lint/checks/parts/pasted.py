"""Round 34 (r34e, review34 P#1): the tool's own example wording pasted into a draft.

The advice shows examples ("When? e.g. "[when Dad has been drinking]"", "Say what you saw, for
example [name]'s clothes were torn and their hair was matted."). A new writer who does literally what
the screen says pastes them in: the example then reads as a fact about this family (a drinking
allegation nobody made), and the parts it fills were credited, lifting a 2/10 draft to 8.5-9.6.

Here the examples are read from the tool's own messages as they stand (the non-docstring strings of
the rule modules and the strings of rules/*.toml, after "for example", "e.g.", "such as", "for
instance" or "try"), never from a list typed here, so whatever the messages say is what is looked
for. A sentence of a draft that holds one of them (the whole example of eight words or more, or ten
words running of a longer one; a shorter example of five to seven words only as a sentence of its
own with a verb and at most two other words, such as "This happens when Dad has been drinking."; a
name slot such as "[name]" matches any one word, "his", "her", "their" match each other, and so do
"and" and "or"; a frame left open for the writer's own words, ending in "…" or "that", is no
example of a fact) gives no part: the parts are read from the draft without that sentence,
as they are without an unanswered "[question?]" (placeholders.py), and SOS530 asks the writer
whether it is true for this family.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_MARKERS = re.compile(r"(?:for example|for instance|e\.g\.|such as|\btry\b)[,:]?\s*", re.IGNORECASE)
_QUOTED = re.compile(r"\s*(?:,|or|and)?\s*([\"“\[])")
_CLOSE = {'"': '"', "“": "”", "[": "]"}
_NAME_SLOT = re.compile(r"\[[^\[\]]{0,30}\bnames?\b[^\[\]]{0,10}\]|\[(?:mum|dad|mum / dad|child|children|x|y)\]|\{[^{}]*\}",
                        re.IGNORECASE)
_PRONOUNS = {"he", "she", "they", "his", "her", "their", "him", "them", "hers", "theirs"}
_STOP = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "is", "was", "were", "be", "been", "has",
         "have", "had", "will", "for", "with", "by", "it", "this", "that", "s", "pron", "*", "not", "did", "do",
         "does", "what", "when", "who", "how", "you", "your", "we", "i"}
# How much must match: the whole of an example this long, or this many words running of a longer one.
_WHOLE = 5
_LONG = 8
_RUN = 10


def _norm(word: str) -> str:
    word = word.lower()
    return "pron" if word in _PRONOUNS else "and" if word == "or" else word


def _words(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9*]+", _NAME_SLOT.sub(" * ", text).lower().replace("’", "'"))
    return [_norm(w) for w in words]


def _examples_in(message: str) -> list[str]:
    """The example wording after each marker in one message string."""
    found = []
    message = _NAME_SLOT.sub("*", message)  # "[name]'s clothes": a slot, not a quoted example
    for mark in _MARKERS.finditer(message):
        rest = message[mark.end():]
        quoted = []
        while True:
            opening = _QUOTED.match(rest)
            if not opening:
                break
            close = _CLOSE[opening.group(1)]
            end = rest.find(close, opening.end())
            if end < 0:
                break
            inner = rest[opening.end():end]
            if opening.group(1) == '"' and inner.startswith("[") and inner.endswith("]"):
                inner = inner[1:-1]
            quoted.append(inner)
            rest = rest[end + 1:]
        if quoted:
            found += quoted
            continue
        plain = re.split(r"(?<![.][a-z])[.;!?)](?:\s|$)|\n", rest, maxsplit=1)[0]
        found.append(plain)
        found += [part for part in re.split(r"\bor\b", plain) if part.strip() != plain.strip()]
    return found


_TRIPLE = re.compile(r'[rbfu]*"""[\s\S]*?"""|[rbfu]*\'\'\'[\s\S]*?\'\'\'')
_JOINED = re.compile(r'"\s*\n\s*[rbfu]*"')
_LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')


def _strings_of_module(path: Path) -> list[str]:
    """The double-quoted string literals of a module outside its docstrings (the messages and
    suggestions), literals run on over lines joined; an f-string's {fields} read as a name slot.
    Read with patterns, not parsed: this runs once per process and must be quick."""
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, ValueError):
        return []
    source = _JOINED.sub("", _TRIPLE.sub("", source))
    return [m.group(1).replace('\\"', '"') for m in _LITERAL.finditer(source)]


def _strings_of_toml(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings_of_toml(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings_of_toml(v)]
    return []


@lru_cache(maxsize=1)
def example_phrases() -> tuple[tuple[str, ...], ...]:
    """Every example the tool's messages offer, as word tuples, long enough to be told apart from
    ordinary wording (five words or more, two of them not small words)."""
    from ...data import data_dir, load_toml

    checks = Path(__file__).resolve().parents[1]
    strings = [s for path in sorted(checks.rglob("*.py")) if path.name != "pasted.py"
               for s in _strings_of_module(path)]
    for path in sorted(data_dir("rules").glob("*.toml")):
        try:  # load_toml's copy: the rules have read (and cached) these tables already (r35e)
            strings += _strings_of_toml(load_toml(path.name))
        except (OSError, ValueError):
            continue
    phrases = set()
    for string in strings:
        if not _MARKERS.search(string):
            continue
        for example in _examples_in(string):
            if "…" in example or "..." in example or re.search(r"\bthat\W*$", example):
                continue  # a frame to complete ("[the social worker and …'s teacher] are worried that …")
            words = tuple(_words(example))
            if len(words) >= _WHOLE and sum(w not in _STOP for w in words) >= 2:
                phrases.add(words)
    return tuple(sorted(phrases))


@lru_cache(maxsize=1)
def _index() -> dict:
    index: dict = {}
    for n, words in enumerate(example_phrases()):
        for j in range(len(words) - 2):
            gram = words[j:j + 3]
            if "*" not in gram:
                index.setdefault(gram, []).append((n, j))
    return index


def _same(example_word: str, word: str) -> bool:
    return example_word == word or example_word == "*" and word.isalpha()  # a name slot takes a word, not "9"


def pasted_runs(text: str, long_only: bool = False) -> list[tuple[int, int]]:
    """(start, end) character offsets in `text` of each stretch that is one of the tool's examples."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z0-9]+", text.replace("’", "'"))]
    words = [_norm(text[a:b]) for a, b in spans]
    phrases, index = example_phrases(), _index()
    found = []
    for i in range(len(words) - 2):
        for n, j in index.get(tuple(words[i:i + 3]), ()):
            example = phrases[n]
            start_i, start_j = i, j
            while start_i > 0 and start_j > 0 and _same(example[start_j - 1], words[start_i - 1]):
                start_i, start_j = start_i - 1, start_j - 1
            end_i, end_j = i, j
            while end_i < len(words) and end_j < len(example) and _same(example[end_j], words[end_i]):
                end_i, end_j = end_i + 1, end_j + 1
            length = end_i - start_i
            whole = start_j == 0 and end_j == len(example)
            if (whole and length >= _LONG) or length >= _RUN or (whole and length >= _WHOLE and not long_only):
                found.append((spans[start_i][0], spans[end_i - 1][1]))
    return sorted(set(found))


def _short_alone(ctx, start: int, end: int) -> bool:
    """A short example (under eight words) counts only said as a sentence of its own, with no more
    than two other words ("This happens when Dad has been drinking.", "We saw …") and a verb in it:
    "Dad shouts at Mum when Dad has been drinking" or "There was no food in the fridge" are the
    writer's own sentences that happen to share a common phrase."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    sent = span.sent
    others = [t for t in sent if t.is_alpha and not (span.start <= t.i < span.end)]
    return len(others) <= 2 and any(t.pos_ in ("VERB", "AUX") for t in span)


def pasted_spans(ctx) -> list[tuple[int, int]]:
    """(start, end) of each stretch of the statement that is one of the tool's examples, read as
    the module docstring says."""
    def compute():
        longs = pasted_runs(ctx.text, long_only=True)
        shorts = [r for r in pasted_runs(ctx.text) if r not in longs and _short_alone(ctx, *r)]
        return sorted(set(longs + shorts))
    return ctx.memo("pasted:spans", compute)


def without_pasted(ctx):
    """A Context for this statement without the sentences that hold the tool's examples, or None."""
    def compute():
        spans = pasted_spans(ctx)
        if not spans:
            return None
        from ...nlp import load
        from ..base import Context
        from .placeholders import text_without

        # The whole sentence goes: a stretch taken from its middle leaves pieces ("On Monday Sami (.")
        # that read as parts of their own.
        sentences = [(s.start_char, s.end_char) for s in ctx.sentences
                     if any(s.start_char <= a < s.end_char or a <= s.start_char < b for a, b in spans)]
        rest = text_without(ctx.text, sentences)
        if not any(ch.isalpha() for ch in rest):
            return None
        doc = load()(rest)
        return Context(doc=doc, kind=ctx.kind, config=ctx.config, lexicons=ctx.lexicons, fixes=False)
    return ctx.memo("pasted:without", compute)
