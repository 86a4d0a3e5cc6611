"""The check the word-class tests share (test_word_classes6.py, test_word_classes7.py): does a
code flag the given words of a statement, and does each code have enough wordings that fire."""
from __future__ import annotations


def check_word_class(engine, kind: str, text: str, code, words: str, fires: bool) -> None:
    """`code` is one code, or a tuple of codes that all count (one fault family)."""
    codes = {code} if isinstance(code, str) else set(code)
    start = text.index(words)
    end = start + len(words)
    report = engine.check_many([text], [kind])[0]
    hits = [f for f in report.findings if f.code in codes and f.end > f.start and f.start < end and start < f.end]
    shown = [(f.code, text[f.start:f.end]) for f in report.findings if f.end > f.start]
    if fires:
        assert hits, f"{code} should flag {words!r} in: {text} (got {shown})"
    else:
        # Round 31: a structure rule's hint on the whole statement (SOS303 "does not say plainly what
        # an adult did") is about the statement, not a flag on these words.
        hits = [f for f in hits if not (f.severity == "hint" and f.start == 0 and f.end >= len(text.rstrip()))]
        assert not hits, f"{code} should not flag {words!r} in: {text} (got {shown})"


def firing_wordings(cases) -> dict[str, int]:
    """How many of the (kind, text, code, words, fires) cases fire, per code."""
    by_code: dict[str, int] = {}
    for _, _, code, _, fires in cases:
        by_code[code] = by_code.get(code, 0) + fires
    return by_code
