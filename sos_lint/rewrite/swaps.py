"""The fixes the jargon rules (SOS1xx) attach to their findings: a plain swap fitted to the parse.

A swap comes from rules/rewrite_swaps.toml or a `replacement` in rules/jargon.toml and is fitted
to its sentence by `words.WordFixer` (tense, number, article, agreement). Then it is judged:
a swap that would drop a negation, a name, a number or a date, or break the sentence, is not
offered at all (the finding's advice asks the writer instead); one that passes every test is
"safe" and may be written by `check --fix`; the rest are "unsafe" (shown, used by the rewrite).
"""
from __future__ import annotations

from ..findings import Fix
from ..metrics import doc_text
from ..fixes_sense import other_sense
from . import fidelity
from .words import JARGON_CODES, WordFixer

_fixers: dict = {}


def _fixer(lexicons):
    key = id(lexicons)
    if key not in _fixers or _fixers[key].lexicons is not lexicons:
        _fixers[key] = WordFixer(lexicons._nlp, lexicons)
    return _fixers[key]


def _merge(text: str, edits) -> tuple[int, int, str]:
    """Several edits of one swap ("a" -> "an", the verb's agreement) as one contiguous edit."""
    edits = sorted(edits, key=lambda e: e.start)
    start, end = edits[0].start, max(e.end for e in edits)
    pieces, pos = [], start
    for edit in edits:
        if edit.start < pos:
            continue
        pieces += [text[pos: edit.start], edit.replacement]
        pos = edit.end
    pieces.append(text[pos:end])
    return start, end, "".join(pieces)


def swap_fixes(ctx) -> list[tuple[int, int, str, Fix]]:
    """(span start, span end, code, fix) for each jargon swap in the statement, computed once."""
    return ctx.memo("jargon-fixes", lambda: _compute(ctx.doc, ctx.lexicons))


def _compute(doc, lexicons) -> list[tuple[int, int, str, Fix]]:
    made, _ = _fixer(lexicons).realised(doc, {}, codes=JARGON_CODES)
    out = []
    text = doc_text(doc)
    merged = [_merge(text, edits) for _, edits in made]
    verdicts = fidelity.judge_swaps(doc, merged, lexicons._nlp)  # one pass of the parser for them all
    unwritten = _unwritten(doc, made, verdicts)
    for (cand, edits), (start, end, replacement), verdict in zip(made, merged, verdicts):
        original = text[start:end]
        if verdict is None:
            continue  # the swap would break the sentence or change what it says: ask instead
        if _misfits(doc, lexicons._nlp, start, end, replacement):
            continue  # round 33 (review33 P#1, fx32-065): does not fit its place (sos_lint.fixes_fit): ask instead
        reason = edits[0].reason
        applicability = "safe" if verdict and all(e.safe for e in edits) and _key(cand.span) not in unwritten else "unsafe"
        doubt = (verdict is False or not cand.safe) and cand.span.root.pos_ in _LINKING_POS
        # Round 34 (review34 P#4): plain words with a second common sense here ("a lack of work
        # with", "failed to work with midwifery": a job) are advice only, and the rewrite keeps the
        # words too. (review34d D#8): a swap held back for what its plain words say (its tone, its
        # meaning, a label spelled out) was to be the rewrite's to keep too: round 35 measured it with a
        # question beside each kept term and removed it (the word-level bar fell 0.71 -> 0.51 on a
        # sample of the corpus; branch r35a-d8-experiment keeps the attempt).
        if other_sense(cand.span, cand.replacement or ""):
            applicability, doubt = "unsafe", True
        out.append((cand.span.start_char, cand.span.end_char, cand.code,
                    Fix(start, end, replacement, applicability, reason or f"\"{original}\" has a plainer swap.",
                        doubted=doubt)))
    return out


def _misfits(doc, nlp, start: int, end: int, replacement: str) -> bool:
    """A modifier made a verb form ("safeguarding concerns" -> "protecting concerns") or a verb left
    without the object its plain word needs ("the duty to notify" -> "to tell"): no fix is offered,
    so the check, the rewrite and `--fix` agree (sos_lint.fixes_fit)."""
    from ..fixes_fit import modifier_changes_part_of_speech, verb_without_its_object

    return modifier_changes_part_of_speech(doc, nlp, start, end, replacement) \
        or verb_without_its_object(doc, start, end, replacement)


# Round 33 (review33 P#2): the swaps judged uncertain in what they say, not only in how they read:
# words that link the parts of a sentence (a preposition, conjunction or adverb phrase) whose swap a
# table marks advice only ("under the category of" -> "because of" makes a plan's category a cause;
# "at all times" -> "all the time" lets a plan's rule have exceptions) or the sentence judge found
# doubtful once made ("Prior to the children moving" -> "Before the children moving"): such words
# decide what the sentence asserts and how its parts hang together. `check --fix` never writes these,
# and the rewrite does not either (rewrite._finding_edits asks `doubted`). An unsafe swap of a term
# that names a thing or an act ("LADO", "centiles", "unknown male", "escalated") is explained, not
# re-linked, and stays the rewrite's to use, as before. Carried on the fix itself (Fix.doubted).
_LINKING_POS = ("ADP", "SCONJ", "ADV", "CCONJ", "PART")


def doubted(text: str, fix) -> bool:
    """Whether `fix` (a jargon finding's fix) is a swap judged uncertain in what it says (see
    Fix.doubted). `text` is kept for callers; the verdict travels with the fix."""
    return bool(getattr(fix, "doubted", False))


def _key(span) -> tuple[int, str, bool]:
    return span.sent.start, span.text.lower(), _describes(span)


def _describes(span) -> bool:
    """The words set before a noun they describe ("the CSE worker"): a job or a thing's name, not the
    same thing as the words standing as a noun of their own ("at risk of CSE")."""
    root = span.root
    return root.dep_ in ("compound", "nmod", "amod") and root.head.i >= span.end


def _unwritten(doc, made, verdicts) -> set[tuple[int, str, bool]]:
    """Round 29 (fx28-007, judged doubtful): where the same words stand twice in one sentence and one
    is left as written or only shown, writing the other makes the sentence name two things ("the
    council's legal team … the LA seeking an order"). The words of such a pair are then shown, not
    written: the key (sentence, words, set before a noun or not) of every swap not written, and of
    every swap whose words stand again, in the same use, unswapped."""
    out = {_key(cand.span) for (cand, edits), verdict in zip(made, verdicts)
           if not verdict or not all(e.safe for e in edits)}
    swapped = {i for cand, _ in made for i in range(cand.span.start, cand.span.end)}
    for cand, _ in made:
        words = cand.span.text.lower()
        n = len(cand.span)
        for start in range(cand.span.sent.start, cand.span.sent.end - n + 1):
            other = doc[start:start + n]
            if start != cand.span.start and other.text.lower() == words and start not in swapped \
                    and _describes(other) == _describes(cand.span):
                out.add(_key(cand.span))  # the same words again, in the same use, not swapped at all
    return out


def fitted_form(ctx, start: int, end: int) -> tuple[int, int, str] | None:
    """The formal-word swap (SOS104) fitted to its sentence ("was observed to" -> "was seen to") as
    (start, end, replacement), not judged: what the advice says. Made the same way whether or not the
    caller asked for fixes, so `check` and the audit (findings without fixes) give the same message."""
    def compute():
        made, _ = _fixer(ctx.lexicons).realised(ctx.doc, {}, codes=("SOS104",))
        text = doc_text(ctx.doc)
        return [(cand.span.start_char, cand.span.end_char, _merge(text, edits)) for cand, edits in made]
    return next((merged for s, e, merged in ctx.memo("sos104-fitted", compute) if s < end and start < e), None)


def fix_for(ctx, start: int, end: int) -> Fix | None:
    """The swap fix for a finding on [start, end), or None when there is no safe-to-offer swap
    (or when the caller asked for findings without fixes: judging a swap re-parses its sentence)."""
    if not ctx.fixes:
        return None
    for s, e, _, fix in swap_fixes(ctx):
        if s < end and start < e:
            return fix
    return None
