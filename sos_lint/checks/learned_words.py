"""Findings of the learned word-fault tagger (sos_lint/learn/word_tagger.py), read after the rules.

The tagger speaks only where no word rule (SOS1xx-3xx) has flagged the words already, and not on
words a rule's word list knows (the rule has judged them in context), under the code
of the rule for the fault type it reads (jargon SOS101, label SOS301, vague SOS302, guess SOS304,
judgement SOS305, victim blaming SOS306), always as a warning, and only when that rule is enabled
and runs on this kind of statement. Its message says it is a learned pattern, not a fixed rule.
"""
from __future__ import annotations

from functools import lru_cache

from ..config import known_thresholds
from ..data import load_toml
from ..learn import word_tagger
from . import analysis
from .base import Context


_LEXICONS = ("jargon.toml", "specificity.toml", "child_focus.toml")


# Words of need, not of likelihood: "it is important that ..." is no guess, though it is built as
# "it is likely that ..." is (the fixtures' near miss of SOS203).
_NEED_WORDS = {"important", "essential", "vital", "necessary", "crucial", "imperative"}


_BLOWS = {"punch", "kick", "push", "shove", "slap", "hit", "beat", "strangle", "choke", "bite", "stab", "assault",
          "attack", "threaten", "grab", "throw", "smack", "strike", "hurt", "rape", "touch"}


@lru_cache(maxsize=1)
def _harm_verbs() -> frozenset:
    return frozenset(load_toml("readability.toml")["passive"]["harm"]) | _BLOWS


def _harms_someone(verb) -> bool:
    """A verb of harm with a person or animal as its object, in this verb's clause ("hitting Mum")."""
    harm = _harm_verbs()
    return any(t.lemma_.lower() in harm and any(c.dep_ == "dobj" for c in t.children) for t in verb.subtree)


def _fits(ctx: Context, start: int, end: int, typ: str) -> bool:
    """The sense each fault type needs, read from the parse as the rules read it:
    - a guess is not a guess in the if-nothing-changes part ("If Dad keeps drinking, Rosie is
      likely to be hurt"): looking ahead is that part's job;
    - a verdict is about an adult: not about a child ("Mo, who is 8, has limited understanding of
      danger") or a thing ("The kitchen was disorganised");
    - jargon is left to the word lists, which carry the plain words to use instead;
    - victim blaming is about a child or a victim: not about the adult who did the harm ("Dad
      cannot control his temper", "Dean will accept responsibility for hitting Mum")."""
    from ..people import CHILD
    from .specificity import _about_an_adult, _clause_subject

    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if typ == "guess":
        if any(t.lemma_.lower() in _NEED_WORDS for t in span):
            return False  # "it is important that Kayla feels safe" says what must happen, not a guess
        return not any(t.lower_ in ("if", "unless") and t.dep_ == "mark" for t in span.sent)
    if typ == "jargon":
        # Jargon is the word lists' job (each entry has its plain swap); a learned "jargon" flag
        # has no plain words to offer and, on the rule fixtures, fired on plain verbs ("presented
        # Mia's teacher with flowers"). Left to the lists.
        return False
    if typ == "victim_blaming":
        subject = _clause_subject(span)
        if subject is not None and subject.pos_ == "PROPN" and analysis.people(ctx).role_of(subject) != CHILD:
            return False  # a named adult ("Dean will accept responsibility for hitting Mum")
        if subject is not None and _harms_someone(subject.head):
            return False  # the subject did the harm ("Dean will accept responsibility for hitting Mum")
        return not _about_an_adult(span)
    if typ == "label" and _said_of_a_child(ctx, span):
        return False  # "Mo, who is 8, has limited understanding of danger": a label is for an adult
    if typ == "judgement":
        subject = _clause_subject(span)
        if subject is None:
            return True
        if analysis.people(ctx).role_of(subject) == CHILD or _said_of_a_child(ctx, span):
            return False
        owned = any(c.dep_ == "poss" for c in subject.children)
        return not (subject.pos_ == "NOUN" and not owned and not analysis.is_person(subject))
    return True


def _said_of_a_child(ctx: Context, span) -> bool:
    """The clause's subject is a child: the subject itself, a word hung on it, or, where the parse
    took an age in brackets for the subject ("Leo (8) is reluctant", subject "8)"), the name
    just before it."""
    from ..people import CHILD
    from .specificity import _clause_subject

    subject = _clause_subject(span)
    if subject is None:
        return False
    read = analysis.people(ctx)
    near = [subject, subject.head, *subject.children]
    if subject.like_num or not subject.text[:1].isalpha():
        near += [ctx.doc[j] for j in range(max(0, subject.i - 3), subject.i)]
    return any(read.role_of(t) == CHILD for t in near)


def findings(ctx: Context, found: list, rules_by_code: dict) -> list:
    # `[thresholds] learned_word_threshold`: 1 or more (the default, rules/readability.toml) keeps the
    # tagger off, and its weights are never loaded; 0 turns it on at its own threshold; a number
    # between sets the threshold.
    chosen = ctx.config.threshold("learned_word_threshold", known_thresholds()["learned_word_threshold"])
    if chosen >= 1.0:
        return []
    tagger = word_tagger.load()
    if tagger is None:
        return []
    t = tagger.threshold if chosen <= 0 else chosen
    try:
        read = analysis.people(ctx)
        names = read.name_tokens
        roles = {i: r for i in range(len(ctx.doc)) if (r := read.role_of(i))}
    except Exception:  # noqa: BLE001 - never break a check on the people reader
        names, roles = frozenset(), {}
    spans = tagger.spans(ctx.doc, ctx.kind, t, names=names, roles=roles)
    return [rule_.finding(ctx, start, end, word_tagger.message(ctx.text[start:end], typ), "", severity="warning")
            for start, end, typ, rule_ in kept(ctx, spans, found, rules_by_code)]


def kept(ctx: Context, spans, found: list, rules_by_code: dict, beside_rules: bool = True) -> list:
    """The tagger's spans (start, end, type, p) that may be said, each with its rule: every guard
    of this module. devtools.learned_words measures the tagger through this same function
    (beside_rules=False: the tagger alone, its spans kept where a rule or word list speaks too)."""
    flagged = [(f.start, f.end) for f in found
               if f.code[3] in "123" and f.end > f.start and f.severity != "hint"]
    # Words a rule's word list knows and the rule left alone in this context ("domestic abuse"
    # with the push described, "likely to be hurt" in the if-nothing-changes part): the rule's
    # judgement of its own words stands; the tagger is for wordings no list knows.
    if spans and beside_rules:
        flagged += [(span.start_char, span.end_char) for lexicon in _LEXICONS for span, _ in ctx.matches(lexicon)]
    out = []
    for start, end, typ, _p in spans:
        if any(s < end and start < e for s, e in flagged):
            continue
        if not _fits(ctx, start, end, typ):
            continue
        rule_ = rules_by_code.get(word_tagger.TYPE_CODE[typ])
        if rule_ is None or ctx.kind not in rule_.kinds:
            continue
        out.append((start, end, typ, rule_))
    return out
