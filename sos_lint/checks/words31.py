"""Round 31 (words31): vague goal wording read as a class on the parse.

Class 3 (vague, SOS302). A goal that asks an adult for "more" or "-er" of a quality with no
yardstick: a comparative adjective or adverb that sets no figure and names no comparison ("Dad to
have firmer rules at home", "take a more active role", "a more tolerant attitude", "manage her
money more effectively", "be more emotionally available"). Nobody can tell when "firmer" has been
reached; the goal should say what the adult will do. Found by grouping misses over the open sets
(13, 24) before set 29's were read; set 29 has "firmer rules".
Left alone: a comparison that is stated ("more often than last term", "home earlier than 9pm"); a
comparative of time, size or amount ("earlier", "longer", "fewer", "more" alone); a child's own
conduct (blame is another rule's); words another rule already reports (the judgement "be more
responsible", the word list's "clearer boundaries"); and worries (what was, not what will be).
"""
from __future__ import annotations

from . import words13
from .base import Context
from .word_context import is_child, quoted

# Comparatives that measure something anyone can check: time, size, amount, distance.
_MEASURED = {"more", "less", "fewer", "most", "least", "earlier", "later", "sooner", "longer", "shorter", "older",
             "younger", "bigger", "smaller", "larger", "higher", "lower", "further", "farther", "nearer", "closer",
             "faster", "slower", "quicker", "cheaper", "greater", "lesser", "else", "rather", "other"}
_MORE = {"more", "less"}
# Words that show the goal goes on to say what is meant.
_SPELT_OUT = {"than", "by", "such", "like", "so", "example", "including", "without"}


def _clause_subject(token):
    """The subject of the clause a word sits in, climbing through its heads."""
    node = token
    for _ in range(6):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if node.dep_ in ("acl", "relcl") and node.head.pos_ in ("NOUN", "PROPN"):
            return node.head  # "Dad to have firmer rules": the plan's shorthand hangs the verb on the doer
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def comparative_aim_spans(ctx: Context) -> list:
    """"have firmer rules", "a more active role", "more effectively": a quality asked to go up in
    a goal with no yardstick (see the module's docstring)."""
    if ctx.kind != "goal":
        return []
    judged = {t.i for span in words13.judging_spans(ctx) for t in span}
    found = []
    for word in ctx.tokens:
        if word.pos_ not in ("ADJ", "ADV") or word.lower_ in _MEASURED:
            continue
        more = next((c for c in word.children if c.dep_ == "advmod" and c.lower_ in _MORE and c.i == word.i - 1), None)
        if more is None and word.tag_ not in ("JJR", "RBR"):
            continue
        if word.lemma_.lower() in ("good", "well") and word.dep_ in ("advmod",) and more is None:
            continue  # "better" hung on a verb alone is read by the care-word rules
        head = word.head
        if word.dep_ == "amod" and head.pos_ == "NOUN":
            end = head.i
        elif word.dep_ in ("acomp", "oprd", "xcomp", "advmod") and head.pos_ in ("VERB", "AUX"):
            end = word.i
        else:
            continue
        near = list(word.children) + list(head.children)
        if any(t.lower_ in _SPELT_OUT for c in near if c.dep_ in ("prep", "advcl", "amod", "advmod", "cc")
               for t in [c]) or any(t.like_num for t in head.subtree):
            continue  # "more often than before", "firmer rules such as…", "in bed 30 minutes earlier"
        subject = _clause_subject(head)
        if subject is not None and (is_child(ctx, subject, strict=False) or subject.pos_ == "PROPN"
                                    and not words13._adult(ctx, subject)):
            continue  # a child, or a name not known for an adult's ("Leo will be calmer at school")
        start = more.i if more is not None else word.i
        span = ctx.doc[start:end + 1]
        if quoted(span) or judged & {t.i for t in span}:
            continue
        found.append(span)
    return found
