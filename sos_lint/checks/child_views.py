"""A child's view written off (round 38, review38d D#1; reported by SOS403).

"Unable to obtain Will's views as he is non-verbal", "Kai is non-verbal so his views could not be
gained", "Noor could not give a view", "It was not possible to ascertain Ayaan's wishes and
feelings": the child's view recorded as something nobody could get. Every child communicates; a
child who does not use words shows what they feel through signs (Makaton), pictures (PECS),
eye-gaze, sounds and what they do, and the people who know them well can say what those mean.

Read from the parse: a view word ("views", "voice", "wishes and feelings", "a view") that is the
object or passive subject of a getting or giving verb ("obtain", "gain", "ascertain", "give",
"share", "express"…) that is negated ("could not be gained", "no view"), or hangs on "unable",
"not able", "not possible" or "impossible". The view must be a child's: owned by a child ("Will's
views", "his views" where he is the child) or the subject that cannot give it is the child.

Near misses left alone: a statement that goes on to say how the child showed what they feel
(Makaton, PECS, eye-gaze, signs, symbols, pictures, what the child did, what people who know the
child saw), a view the child gave ("Kai showed us his views with his PECS cards"), and an adult's
view ("Dad's views could not be gained as he did not answer the door").
"""
from __future__ import annotations

import re

from . import analysis
from .base import Context
from .word_context import quoted

_VIEW_NOUNS = {"view", "views", "voice", "wish", "wishes", "feeling", "feelings", "perspective", "opinion",
               "opinions", "word", "words", "account"}
_GETTING = {"obtain", "gain", "get", "ascertain", "seek", "gather", "capture", "elicit", "establish", "hear",
            "give", "share", "express", "record", "take", "explore", "understand", "access"}
_UNABLE = {"unable", "impossible", "difficult", "able", "possible"}
# Ways a child who does not use words shows what they feel: said anywhere in the statement, the
# view is not written off.
_OTHER_WAYS = re.compile(
    r"\b(makaton|pecs|eye[- ]?gaze|signs?|signing|signed|symbols?|pictures?|photos?|communication (?:board|book|aid|"
    r"passport|app)|aac|talking mats?|objects? of reference|body language|facial expressions?|vocalis\w*|"
    r"vocaliz\w*|sounds?|gestures?|pointed|pointing|reached for|smiled|smiles|laughed|cried|screamed|"
    r"pushed away|turned away|observ\w*|watched|people who know|knows? (?:him|her|them) (?:best|well)|"
    r"showed|shows|shown|tablet|ipad)\b", re.I)


def _negated(token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in token.children)


def _held_back(verb) -> bool:
    """"could not be gained", "unable to obtain", "not possible to ascertain", "was not able to give"."""
    if _negated(verb):
        return True
    head = verb.head
    if verb.dep_ == "xcomp" and head is not verb:
        if head.lower_ in ("unable", "impossible") or head.lemma_.lower() in ("fail",):
            return True
        if head.lower_ in ("able", "possible") and (_negated(head) or _negated(head.head)):
            return True
        if head.lemma_ == "be" and _negated(head) and any(
                c.dep_ == "acomp" and c.lower_ in ("possible", "able") for c in head.children):
            return True  # "It was not possible to ascertain…"
    return False


def _a_child(ctx: Context, token) -> bool:
    if token is None:
        return False
    if token.i in analysis.child_tokens(ctx):
        return True
    if token.pos_ == "PRON" and token.lower_ in ("he", "she", "they", "his", "her", "their", "him", "them"):
        if analysis.pronoun_is_child(ctx, token):
            return True
        # "Kai is non-verbal so his views…": the nearest person named before it in the sentence
        return analysis.nearest_named_is_child(ctx, token, within_sentence=True)
    return token.lower_ in analysis.people_words()["children"]


def _subject(verb):
    for head in (verb, verb.head, verb.head.head):
        subject = next((c for c in head.children if c.dep_ in ("nsubj",)), None)
        if subject is not None:
            return subject
    return None


def written_off_spans(ctx: Context) -> list:
    """The words that record a child's view as not to be had, where the statement gives no other way
    the child showed it."""
    def compute():
        if _OTHER_WAYS.search(ctx.text):
            return []
        found = []
        for noun in ctx.tokens:
            if noun.lower_ not in _VIEW_NOUNS or noun.pos_ != "NOUN":
                continue
            verb = noun.head
            if noun.dep_ == "conj" and noun.head.lower_ in _VIEW_NOUNS:
                continue  # read once, from the first view word
            if verb.lemma_.lower() not in _GETTING or noun.dep_ not in ("dobj", "nsubjpass"):
                continue
            no_view = any(c.lower_ == "no" and c.dep_ == "det" for c in noun.children)
            if not (_held_back(verb) or no_view):
                continue
            owner = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
                (t for t in ctx.doc[min(verb.i, noun.i) + 1:noun.i] if t.dep_ == "poss"), None)  # "Ayaan's (7) wishes"
            whose = owner if owner is not None else _subject(verb)
            if whose is not None and whose.lower_ in ("it", "there", "this") and owner is None:
                whose = None  # "It was not possible to…": nobody named
            if whose is not None and not _a_child(ctx, whose):
                continue  # "Dad's views could not be gained"
            if whose is None and not analysis.child_tokens(ctx):
                continue
            tokens = [verb, noun] + ([owner] if owner is not None else [])
            tokens += [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
            if verb.dep_ == "xcomp":
                tokens.append(verb.head)
            span = ctx.doc[min(t.i for t in tokens):max(t.i for t in tokens) + 1]
            if not quoted(span):
                found.append(span)
        return found
    return ctx.memo("child_views:written_off", compute)


ADVICE = ("writes off the child's view. Every child tells us something: say how {name} shows what they "
          "feel (signs such as Makaton, pictures such as PECS, eye-gaze, sounds, what they do), what the "
          "people who know {name} best see, and what you saw when you were with {name}.")
SUGGESTION = "[how {name} shows what they feel, and what the people who know {name} best see]"
