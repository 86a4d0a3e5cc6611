"""Round 33 (review33g, D#2): a bracketed question left in a draft is a part still missing.

The rewrite and the advice leave questions in square brackets for the writer to answer ("[Who is
worried?]", "[what could happen to Zainab?]", "[… what Mum will do each day instead …]"). Pasted
back unanswered, their words were read as the parts they ask for ("adults … do" as what the adults
did), and a draft made only of such questions scored 8.4. Here the parts are read from the same text
with every such question taken out, so an unanswered question never counts as a part.

A placeholder is a bracketed question or gap to fill: it holds a question mark, starts with a
question word or an ellipsis, offers alternatives ("saw / heard") or an example ("e.g."). A redaction
mark ("[name]", "[address]", "[Child A]"), an editor's note ("[sic]") or a word added inside a quote
("she said [Mum] hit her") is none: what it stands for is said.
"""
from __future__ import annotations

import re

_BRACKETED = re.compile(r"\[([^\[\]\n]{1,300})\]")
_QUESTION_WORDS = ("what", "who", "whom", "whose", "when", "where", "why", "how", "which")


def _is_placeholder(inner: str) -> bool:
    words = inner.strip().lower()
    if not words:
        return False
    if "?" in words or words.startswith(("…", "...")) or "e.g." in words or " / " in words:
        return True
    first = re.split(r"[\s,]+", words, maxsplit=1)[0]
    return first in _QUESTION_WORDS


def placeholder_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each unanswered bracketed question or gap in `text`, brackets included."""
    return [m.span() for m in _BRACKETED.finditer(text) if _is_placeholder(m.group(1))]


def text_without(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each span taken out and the spaces around it made one."""
    kept, last = [], 0
    for start, end in spans:
        kept.append(text[last:start])
        last = end
    kept.append(text[last:])
    joined = "".join(kept)
    joined = re.sub(r"[ \t]{2,}", " ", joined)
    return re.sub(r" +([.,;:!?])", r"\1", joined).strip()


def without_placeholders(ctx):
    """A Context for this statement's text with its placeholders taken out, or None when it has none.
    Parsed once per statement (memoised), only for drafts that hold a placeholder."""
    def compute():
        spans = placeholder_spans(ctx.text)
        if not spans:
            return None
        from ...nlp import load
        from ..base import Context

        doc = load()(text_without(ctx.text, spans))
        return Context(doc=doc, kind=ctx.kind, config=ctx.config, lexicons=ctx.lexicons, fixes=False)
    return ctx.memo("placeholders:without", compute)
