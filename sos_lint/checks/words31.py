"""Round 31 (words31): vague goal wording read as a class on the parse.

Class 3 (vague, SOS302). A goal that asks an adult for "more" or "-er" of a quality with no
yardstick: a comparative adjective or adverb that sets no figure and names no comparison ("Dad to
have firmer rules at home", "take a more active role", "a more tolerant attitude", "manage her
money more effectively"): a comparative on what the adult is to have or take up, or on how they
act. Nobody can tell when "firmer" has been
reached; the goal should say what the adult will do. Found by grouping misses over the open sets
(13, 24) before set 29's were read; set 29 has "firmer rules".
Left alone: a comparison that is stated ("more often than last term", "home earlier than 9pm"); a
comparative of time, size or amount ("earlier", "longer", "fewer", "more" alone); a child's own
conduct (blame is another rule's); words another rule already reports (the judgement "be more
responsible", the word list's "clearer boundaries"); a thing to buy or use ("a warmer duvet"); a
state, an adult's or a thing's ("Mum will be happier", "home is calmer": the older readings'); and
worries (what was, not what will be).
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
# Verbs of taking up a way of acting: what an adult is asked to have, take, develop or show.
_TAKING = {"have", "take", "develop", "show", "adopt", "set", "use", "play", "build", "gain", "establish"}
# Words that show the goal goes on to say what is meant.
_SPELT_OUT = {"than", "by", "such", "like", "so", "example", "including", "without"}


# Verbs of a state changing by itself: "get more stressed", "grow calmer", "feel happier".
_CHANGING = {"get", "grow", "become", "feel", "seem", "look", "turn", "go"}


def _what_if(token) -> bool:
    """In a sentence about what happens if or unless: the danger, not the goal's aim."""
    return any(t.lower_ in ("if", "unless", "otherwise") for t in token.sent)


def _an_adult(ctx: Context, subject) -> bool:
    """An adult, or adults among the joined subjects ("Mr and Mrs Webb"), and never a child: a
    pronoun or a name not known for an adult's ("she settles more easily", "Leo") is left alone."""
    if is_child(ctx, subject, strict=False):
        return False
    if subject.pos_ == "PRON" and subject.lower_ not in ("you", "we", "they"):
        return False  # "until he settles more easily": he may be the baby
    return words13._adult(ctx, subject) or any(words13._adult(ctx, c) for c in subject.conjuncts)


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
        if any(c.dep_ in ("poss", "det") for c in word.children):
            continue  # "keep your lighter in your pocket": a thing, tagged as a comparative
        if word.lemma_.lower() in ("good", "well") and word.dep_ in ("advmod",) and more is None:
            continue  # "better" hung on a verb alone is read by the care-word rules
        head = word.head
        if word.dep_ == "amod" and head.pos_ == "NOUN":
            # What the adult is to have or take up ("have firmer rules", "take a more active role"),
            # not a thing to buy or use ("put a warmer duvet on Ava's bed")
            taker = head.head.head if head.dep_ == "conj" else head.head
            if head.dep_ not in ("dobj", "conj") or taker.lemma_.lower() not in _TAKING:
                continue
            end = head.i
        elif word.dep_ == "advmod" and head.pos_ == "VERB":
            end = word.i  # how an act is done: "manage her money more effectively"
        else:
            continue  # a state ("Mum will be happier", "home is calmer") is read by the older rules
        if any(t.lower_ == "than" for t in word.sent if t.i > word.i):
            continue  # "more often than she did last term": the yardstick given
        if head.lemma_.lower() in _CHANGING or _what_if(word):
            continue  # "If this doesn't happen, Mum will get more stressed": what could happen, not the aim
        near = list(word.children) + list(head.children)
        if any(t.lower_ in _SPELT_OUT for c in near if c.dep_ in ("prep", "advcl", "amod", "advmod", "cc")
               for t in [c]) or any(t.like_num for t in head.subtree):
            continue  # "more often than before", "firmer rules such as…", "in bed 30 minutes earlier"
        subject = _clause_subject(head)
        if subject is not None and not _an_adult(ctx, subject):
            continue  # a child, or a name not known for an adult's ("Leo will be calmer at school")
        start = more.i if more is not None else word.i
        span = ctx.doc[start:end + 1]
        if quoted(span) or judged & {t.i for t in span}:
            continue
        found.append(span)
    return found


# ---- Class 4 (vague, SOS302): taught, with nothing said of who teaches what ----
# "Ethan to be educated about online safety", "Mia will be educated about the dangers": a goal that
# someone be taught about a topic, with no teacher, no lesson and nothing the learner will then do
# (open sets 24 and 29, both readers). Left alone: a named teacher ("educated about it by the school
# nurse"), a worry, and teaching that says what ("taught how to use the fire escape").
_TAUGHT = {"educate", "inform", "advise"}


def taught_about_spans(ctx: Context) -> list:
    """"to be educated about online safety" (see the block's comment)."""
    if ctx.kind != "goal":
        return []
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in _TAUGHT or verb.pos_ != "VERB" or verb.tag_ != "VBN":
            continue
        if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children) \
                or _what_if(verb):
            continue
        topics = ("about", "on", "of") if verb.lemma_.lower() == "educate" else ("about", "on")
        about = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in topics and c.i > verb.i), None)
        if any(t.lower_ == "by" for t in verb.subtree if t.i > verb.i):
            continue  # "informed of the date by the health visitor": the teller named, however parsed
        topic = next((c for c in about.children if c.dep_ in ("pobj", "pcomp")), None) if about is not None else None
        if topic is None or any(c.dep_ in ("advcl", "prep") and c.lower_ in ("by", "through", "at", "in", "with")
                                for c in verb.children if c.i > about.i):
            continue
        span = ctx.doc[verb.i:topic.i + 1]
        if not quoted(span):
            found.append(span)
    return found


# ---- Class 5 (vague, SOS302): "going without" with nothing said of what ----
# "the children are going without", "sometimes going without" (open set 27 and set 29, both
# readers): without what? "going without breakfast" says it, and is left alone.


def going_without_spans(ctx: Context) -> list:
    """"are going without", "went without" with no object (see the block's comment)."""
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() != "go" or verb.pos_ != "VERB":
            continue
        without = next((c for c in verb.children if c.dep_ in ("prep", "advmod", "prt") and c.lower_ == "without"
                        and c.i == verb.i + 1), None)  # the parser hangs a bare "without" as a modifier
        if without is None or any(c.dep_ in ("pobj", "pcomp") for c in without.children):
            continue
        if _what_if(verb) or any(c.dep_ == "advcl" and any(m.lower_ == "so" for m in c.children)
                                 for c in verb.children) or (verb.i + 2 < len(ctx.doc) and ctx.doc[verb.i + 2].lower_ == "so"):
            continue  # "will carry on going without so her brother can eat": the danger, its reason given
        span = ctx.doc[verb.i:without.i + 1]
        if not quoted(span):
            found.append(span)
    return found


# ---- Class 6 (vague, SOS302): an adult's act given a verdict-like manner ----
# "will communicate respectfully", "budget effectively", "treat both twins equally", "manage her
# benefits sensibly" (open sets 15, 16 and 29): how the act is to be done is a verdict nobody can
# check. The closed class of adverbs that grade conduct; a manner anyone can see ("quietly",
# "daily", "together") is not in it. Left alone as class 3: a goal spelt out ("respectfully,
# without swearing"), a child's conduct, and worries.
_GRADING_MANNER = {"respectfully", "effectively", "sensibly", "responsibly", "positively", "constructively",
                   "equally", "fairly", "maturely", "reasonably", "amicably", "healthily", "nicely"}


def graded_manner_spans(ctx: Context) -> list:
    """"communicate respectfully", "budget effectively" (see the block's comment)."""
    if ctx.kind != "goal":
        return []
    found = []
    for word in ctx.tokens:
        if word.lower_ not in _GRADING_MANNER or word.dep_ != "advmod" or word.head.pos_ != "VERB":
            continue
        verb = word.head
        if _what_if(word):
            continue
        near = list(word.children) + list(verb.children)
        if any(c.lower_ in _SPELT_OUT for c in near if c.dep_ in ("prep", "advcl", "advmod", "cc", "mark")):
            continue
        if word.i + 1 < len(ctx.doc) and ctx.doc[word.i + 1].text in (":", ",", "(", "-", "–") \
                and word.i + 2 < len(ctx.doc) and ctx.doc[word.i + 2].lower_ in _SPELT_OUT | {"for", "e.g."}:
            continue
        subject = _clause_subject(verb)
        if subject is not None and not _an_adult(ctx, subject):
            continue
        more = next((c for c in word.children if c.dep_ == "advmod" and c.lower_ in _MORE), None)
        start = min(verb.i, more.i if more is not None else word.i)
        span = ctx.doc[start:max(verb.i, word.i) + 1]
        if not quoted(span):
            found.append(span)
    return found
