"""Round 36 (words36): word faults read as classes on the parse.

Class 1 (vague, SOS302; review35w W#7). A goal that says a thing will be "-er" or "more" of a
quality, with no yardstick and nothing done that brings it about: "The home will be cleaner",
"Things will be better at home", "the flat will be tidier and less cluttered", "the house will be
in a better state". Nobody can tell when "cleaner" has been reached, so the family cannot know
what to do tomorrow. The older readings took a feeling said to go up ("Ivy will be calmer",
vague_impacts) and a quality named on a noun ("a calmer home", "an improved relationship"); a
thing's state said as the clause's predicate slipped through, alone or anywhere in a goal.
Left alone: a person's state (the older readings, and blame is another rule's), a comparison
stated ("cleaner than it was in May") or a figure given, a state tied to a deed in its sentence
("so the home is cleaner", "because Dad washes up every night", "by clearing the floor each
Sunday"), a comparative of time, size or amount ("earlier", "bigger", "more"), the goal's "if
this does not happen" sentence, quoted words and worries (what was, not what will be).
"""
from __future__ import annotations

from . import analysis
from .base import Context
from .word_context import quoted

# Verbs that give a thing's state.
_STATE_VERBS = {"be", "get", "become", "look", "stay", "seem", "remain", "feel"}
# Nouns of a thing's state a comparative may sit on ("in a better state", "in cleaner condition").
_STATE_NOUNS = {"state", "condition", "shape", "order", "place"}
_SPELT_OUT = {"with", "without", "like", "such", "including"}
_PRONOUNS = {"i", "you", "he", "she", "we", "they", "it", "this", "that", "there", "who", "everyone", "everybody"}


def _comparative(word):
    """The comparative's first word ("cleaner", "more organised": "more"), or None. Measured
    comparatives (time, size, amount) and feelings (read by vague_impacts) are not this class."""
    from .vague_impacts import _STATE_WORDS
    from .words31 import _MEASURED

    if word.pos_ != "ADJ" or word.lower_ in _MEASURED or word.lemma_.lower() in _STATE_WORDS \
            or word.lower_ in _STATE_WORDS:
        return None
    more = next((c for c in word.children if c.lower_ in ("more", "less") and c.i == word.i - 1), None)
    if more is not None:
        return more
    return word if word.tag_ == "JJR" else None


def _a_person(ctx: Context, token) -> bool:
    return token.lower_ in _PRONOUNS or token.i in analysis.child_tokens(ctx) \
        or token.i in analysis.adult_tokens(ctx) or analysis.is_person(token)


def _past_the_vocative(subject):
    """"Mum, Theo's bedroom will look cleaner": the parser may make the name spoken to the subject
    and hang the real one on it as an apposition; the thing after the comma is the subject."""
    doc = subject.doc
    if subject.i == subject.sent.start and subject.i + 1 < len(doc) and doc[subject.i + 1].text == ",":
        return next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), subject)
    return subject


def _tied_or_measured(verb, word) -> bool:
    """The sentence goes on to tie the state to a deed, a comparison or a figure, or it is the
    goal's "if not" or a clause under another (a purpose, a condition, a relative)."""
    from .vague_impacts import _TIED, _ties

    sentence = word.sent
    if any(t.lower_ in ("than", "if", "unless", "otherwise") for t in sentence):
        return True
    if any(t.like_num for t in sentence if t.i > verb.i):
        return True
    if any(c.dep_ == "prep" and c.lower_ in _SPELT_OUT for t in (word, verb) for c in t.children if c.i > word.i):
        return True  # "tidier, with the floor clear", "cleaner, like it was at Christmas"
    if any(t.lower_ in _TIED and _ties(t) for t in sentence if t.i > verb.i):
        return True
    if any(t.lower_ in ("so", "because", "since", "as", "once", "when") and t.i < verb.i for t in sentence):
        return True  # "Mum will clear up each night so the home is cleaner"
    return verb.dep_ in ("advcl", "relcl", "acl", "ccomp", "xcomp") or any(c.dep_ == "mark" for c in verb.children)


def thing_comparative_spans(ctx: Context) -> list:
    """"The home will be cleaner", "things will be better", "the house will be in a better state"
    (see the module's docstring): the span runs from "will" to the comparative."""
    if ctx.kind != "goal":
        return []
    found, seen = [], set()
    for word in ctx.tokens:
        first = _comparative(word)
        if first is None:
            continue
        node = word
        while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ == "ADJ":
            node = node.head  # "tidier and less cluttered"
        if node.dep_ == "amod" and node.head.lemma_.lower() in _STATE_NOUNS and node.head.dep_ == "pobj":
            verb = node.head.head.head  # "be in a better state"
        elif node.dep_ in ("acomp", "oprd", "attr"):
            verb = node.head
        else:
            continue
        if verb.lemma_.lower() not in _STATE_VERBS or verb.i in seen:
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
        if not subjects:
            continue
        subject = max(subjects, key=lambda c: c.i)  # "Dad, the flat will be tidier": the nearer one
        subject = _past_the_vocative(subject)
        if _a_person(ctx, subject) or _tied_or_measured(verb, word):
            continue
        modal = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD" and c.i < verb.i), None)
        if modal is None and not any(c.lower_ in ("to",) for c in verb.children):
            continue  # a goal's outcome is said with "will", "should", "to": "the home is cleaner now" is no aim
        start = modal.i if modal is not None else verb.i
        end = max(first.i, word.i)
        if word.head.lemma_.lower() in _STATE_NOUNS:
            end = word.head.i
        span = ctx.doc[start:end + 1]
        if quoted(span):
            continue
        seen.add(verb.i)
        found.append(span)
    return found
