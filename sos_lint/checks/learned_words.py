"""Findings of the learned word-fault tagger (sos_lint/learn/word_tagger.py), read after the rules.

The tagger speaks only where no word rule (SOS1xx-3xx) has flagged the words already, under the code
of the rule for the fault type it reads (jargon SOS101, label SOS301, vague SOS302, guess SOS304,
judgement SOS305, victim blaming SOS306), always as a warning, and only when that rule is enabled
and runs on this kind of statement. Its message says it is a learned pattern, not a fixed rule.
"""
from __future__ import annotations

from ..learn import word_tagger
from . import analysis
from .base import Context


def threshold(ctx: Context, tagger) -> float:
    """`[thresholds] learned_word_threshold`: 0 (the default) means the tagger's own; 1 or more turns it off."""
    chosen = ctx.config.threshold("learned_word_threshold", 0.0)
    return tagger.threshold if chosen <= 0 else chosen


def findings(ctx: Context, found: list, rules_by_code: dict) -> list:
    tagger = word_tagger.load()
    if tagger is None:
        return []
    t = threshold(ctx, tagger)
    if t >= 1.0:
        return []
    flagged = [(f.start, f.end) for f in found
               if f.code[3] in "123" and f.end > f.start and f.severity != "hint"]
    try:
        names = analysis.people(ctx).name_tokens
    except Exception:  # noqa: BLE001 - never break a check on the people reader
        names = frozenset()
    out = []
    for start, end, typ, _p in tagger.spans(ctx.doc, ctx.kind, t, names=names):
        if any(s < end and start < e for s, e in flagged):
            continue
        rule_ = rules_by_code.get(word_tagger.TYPE_CODE[typ])
        if rule_ is None or ctx.kind not in rule_.kinds:
            continue
        words = ctx.text[start:end]
        out.append(rule_.finding(ctx, start, end, word_tagger.message(words, typ), "", severity="warning"))
    return out
