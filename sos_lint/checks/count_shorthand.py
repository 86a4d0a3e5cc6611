"""Round 31 (review31a, REPORT #4): a count written as a case note's shorthand ("x3", "x 4", "3x",
"2 x weekly", "(x4)"), advised as the count it is.

Until round 31 every such form was one rules/jargon.toml term whose advice read "Write \"twice\""
whatever the number: "clinic x3" was told to say "twice". A number is a fact, so the advice is now
built from the number written: "once" for 1, "twice" for 2, "three times" … "nine times", "10 times"
and on in figures; "three times a week" where a word of how often follows ("x3 weekly", "3x a week");
"three admissions" where the things counted follow ("3x admissions", "on x3 occasions"); and where
the shorthand follows the things counted ("bruises x3", "burns to her palms (x4)") both readings are
offered, since only the writer knows whether it counts the times or the things (the burns, not the
palms). Nothing is written by `--fix`: the words that replace a figure are the writer's to choose
(and rewrite/fidelity.py counts a figure turned into words as a lost fact).

Left alone: a size or a dose ("3 x 4 metres", "16 x 500mg paracetamol"), a figure joined to letters
or figures on its other side ("4x4", "3x3"), and quoted words.
"""
from __future__ import annotations

import re

from .word_context import quoted

_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}
# "x3", "X3", "×3", "x 3" (lower-case x only with a space: "Child X 3" is a name and a figure)
_X_FIRST = re.compile(r"(?<![\w.,/])(?:[x×]\s?|X)(\d{1,3})(?![\w/]|[.,:]\d)")
# "3x", "3X", "3×", "3 x", "3 ×"
_X_AFTER = re.compile(r"(?<![\w.,/:×])(\d{1,3})\s?[xX×](?![\w/-])")
# A word of how often, and the plain words it takes after "N times".
_HOW_OFTEN = {"daily": "a day", "weekly": "a week", "monthly": "a month", "nightly": "a night",
              "fortnightly": "a fortnight", "yearly": "a year", "annually": "a year", "hourly": "an hour"}
_PERIODS = {"day", "week", "month", "night", "fortnight", "year", "term", "hour", "weekend", "morning", "evening"}


def times(n: int) -> str:
    """"once", "twice", "three times" … "nine times", "10 times": how often, in the words families use."""
    return {1: "once", 2: "twice"}.get(n) or f"{_WORDS.get(n, str(n))} times"


def number(n: int) -> str:
    """"one" … "nine", then figures: a count of things ("three bruises")."""
    return _WORDS.get(n, str(n))


def spans(ctx) -> list[tuple[int, int, str, str]]:
    """(start, end, message, suggestion) for each count written as shorthand in the statement: the
    characters of the shorthand itself ("3X" of a token "3X.")."""
    return ctx.memo("count-shorthand", lambda: _compute(ctx))


def _compute(ctx) -> list[tuple[int, int, str, str]]:
    text, doc, out, seen = ctx.text, ctx.doc, [], set()
    for pattern in (_X_FIRST, _X_AFTER):
        for match in pattern.finditer(text):
            start, end = match.start(), match.end()
            if any(start < e and s < end for s, e in seen):
                continue
            if pattern is _X_FIRST and match.group(0)[:1] in "x×" and match.group(0)[1:2].isspace() \
                    and re.search(r"\d\s*$", text[:start]):
                continue  # "3 x 4 metres": a size, read from its first figure
            if pattern is _X_AFTER and re.match(r"\s*\.?\d", text[end:]):
                continue  # "16 x 500mg", "3 x 4": a dose or a size, not how often
            n = int(match.group(1))
            if n == 0:
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or not len(span) or quoted(span):
                continue
            seen.add((start, end))
            message, suggestion = _advice(doc, span, text, end, n)
            out.append((start, end, f"\"{match.group(0)}\" is a case note's shorthand for a count, which a family may "
                              f"not read. {message}", suggestion))
    return out


def _advice(doc, span, text: str, end: int, n: int) -> tuple[str, str]:
    after = doc[span.end:span.end + 2]
    first = after[0] if len(after) else None
    if first is not None and first.lower_ in _HOW_OFTEN:
        plain = f"{times(n)} {_HOW_OFTEN[first.lower_]}"  # "x4 daily" -> "four times a day"
        return f"Write \"{plain}\".", plain
    if len(after) == 2 and after[0].lower_ in ("a", "per", "each", "every") and after[1].lemma_.lower() in _PERIODS:
        plain = f"{times(n)} a {after[1].lower_}"  # "3x per week" -> "three times a week"
        return f"Write \"{plain}\".", plain
    if first is not None and first.tag_ == "NNS" and first.is_alpha:
        plain = f"{number(n)} {first.text}"  # "3x admissions" -> "three admissions"
        return f"Write \"{plain}\".", plain
    before = [t for t in doc[max(span.sent.start, span.start - 2):span.start] if t.text not in ("(", "[")]
    bracketed = span.start and doc[span.start - 1].text in ("(", "[")
    if before and (before[-1].tag_ == "NNS" or bracketed and before[-1].tag_ == "NN"):
        # "bruises x3", "burns to her palms (x4)", "bruising (x3)": the times, or the things counted
        # (which may be the burns, not the palms): the writer's to say
        return (f"Write \"{times(n)}\", or put \"{number(n)}\" before the things counted.",
                f"{times(n)} / {number(n)} [things counted]")
    return f"Write \"{times(n)}\".", times(n)
