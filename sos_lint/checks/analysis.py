"""Shared readings of a parsed statement that several practice rules use: people, actions, cues."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..data import load_toml
from .base import Context

_PRONOUNS = {"he", "she", "they", "you", "we", "i", "him", "her", "them", "us", "me"}
STRUCTURE = "structure.toml"


def people_words() -> dict:
    return load_toml("people.toml")


_CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
             "saturday", "sunday", "christmas", "easter", "year", "english", "british"}


def is_name(token) -> bool:
    """A personal name or initial, as families and anonymised drafts write them.

    The small English model tags names unreliably ("Kayla" as a noun, "Alfie" as an
    organisation), so a capitalised word counts as a name where the model says so, where it
    stands mid-sentence, or where the same word appears capitalised mid-sentence elsewhere.
    """
    words = people_words()
    lower = token.lower_
    text = token.text
    if len(text) == 1 and text.isupper() and text not in ("I", "A"):
        return True
    if not (text[:1].isupper() and text[1:].islower() and token.is_alpha) or token.is_stop:
        return False
    known = set(words["family"]) | set(words["professionals"]) | set(words["institutions"]) | _CALENDAR
    if lower in known or token.lemma_.lower() in known or lower in set(words["children"]):
        return False
    if token.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME", "NORP", "LANGUAGE", "EVENT", "LAW"):
        return False
    # Title-case runs ("Early Help Practitioner", "Families for All Hub") are teams, not people.
    run = [t for t in token.doc[max(0, token.i - 2): token.i + 3] if t.text[:1].isupper() and t.is_alpha]
    if len(run) >= 3 or (token.ent_type_ == "ORG" and len(token.ent_iob_) and _ent_len(token) > 1):
        return False
    if token.ent_type_ == "PERSON" or token.pos_ == "PROPN" or not token.is_sent_start:
        return True
    # At the start of a sentence the model often tags a name as a noun ("Harvey goes to bed").
    return lower in first_names() or any(t.text == text and not t.is_sent_start for t in token.doc if t.i != token.i)


@lru_cache(maxsize=1)
def first_names() -> frozenset:
    """Common UK given names (rules/first_names.toml), for names the model tags as nouns."""
    return frozenset(load_toml("first_names.toml")["names"])


def _ent_len(token) -> int:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return len(ent)
    return 0


def is_person(token) -> bool:
    words = people_words()
    lower = token.lower_
    return (lower in _PRONOUNS or lower in words["family"] or lower in words["professionals"]
            or lower in words["children"] or token.lemma_.lower() in words["children"] or is_name(token))


def names(ctx: Context) -> list:
    """Name tokens, leaving out capitalised words that are jargon or cue phrases ("Referral")."""
    def compute():
        covered = {t.i for lexicon in ("jargon.toml", "specificity.toml", STRUCTURE)
                   for span, _ in ctx.matches(lexicon) for t in span}
        return [t for t in ctx.doc if t.i not in covered and is_name(t)]
    return ctx.memo("names", compute)


def child_words(ctx: Context) -> list:
    words = set(people_words()["children"])

    def compute():
        found = []
        for t in ctx.doc:
            if t.lower_ not in words and t.lemma_.lower() not in words:
                continue
            # "Children's Services" is an organisation, not a child.
            if t.text[:1].isupper() and t.i + 2 < len(ctx.doc) and ctx.doc[t.i + 1].lower_ in ("'s", "’s") \
                    and ctx.doc[t.i + 2].text[:1].isupper():
                continue
            found.append(t)
        return found
    return ctx.memo("child_words", compute)


def mentions_child(ctx: Context) -> bool:
    configured = {name.lower() for role, name in ctx.config.names if role in ("child", "children")}
    return bool(names(ctx) or child_words(ctx) or any(t.lower_ in configured for t in ctx.doc))


@dataclass(frozen=True)
class Action:
    subject: object  # spaCy Token
    verb: object  # spaCy Token
    negated: bool

    @property
    def sentence(self):
        return self.verb.sent


def _subjects(verb):
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        return _subjects(verb.head)
    expanded = []
    for subject in subjects:
        expanded.append(subject)
        expanded.extend(c for c in subject.children if c.dep_ == "conj")
    return expanded


def actions(ctx: Context) -> list[Action]:
    """Clauses where someone in the family does something that could be seen or heard (not a
    state or a label). What professionals did ("the social worker visited") does not count."""
    def compute():
        stative = set(people_words()["stative_verbs"])
        professionals = set(people_words()["professionals"])
        found = []
        for verb in ctx.doc:
            if verb.pos_ != "VERB" or verb.lemma_.lower() in stative:
                continue
            if any(c.dep_ == "auxpass" for c in verb.children):
                continue
            people = [s for s in _subjects(verb) if is_person(s) and s.lower_ not in professionals
                      and not any(t.lower_ in professionals for t in s.subtree)]
            if people:
                negated = any(c.dep_ == "neg" for c in verb.children)
                found.append(Action(people[0], verb, negated))
        return found
    return ctx.memo("actions", compute)


_MODALS = {"could", "might", "may", "will", "would", "can", "must", "should"}


def cues(ctx: Context, kind: str) -> list:
    """Spans from rules/structure.toml of one kind (timescale, compliance, future ...). A lone
    modal must be tagged as one: "May" the month and "Will" the name are not the future."""
    return [span for span, entry in ctx.matches(STRUCTURE, per_group=True) if entry.group == kind
            and not (len(span) == 1 and span[0].lower_ in _MODALS and span[0].tag_ != "MD")]


def entry_for(ctx: Context, kind: str):
    return next((entry for span, entry in ctx.matches(STRUCTURE, per_group=True) if entry.group == kind), None)


_FEELING_WORDS = {"worry", "worried", "concern", "concerned"}


def _child_is_subject(token, child_tokens: set) -> bool:
    head = token.head if token.dep_ in ("acomp", "attr", "dobj") else token
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i in child_tokens for c in head.children)


def child_sentence(ctx: Context, words_key: str):
    """The first sentence that names or points to a child and says what they see, hear or feel."""
    def compute():
        cue_words = set(load_toml("child_focus.toml")[words_key])
        child_tokens = set(t.i for t in names(ctx)) | set(t.i for t in child_words(ctx))
        configured = {n.lower() for role, n in ctx.config.names if role in ("child", "children")}
        child_tokens |= {t.i for t in ctx.doc if t.lower_ in configured}
        adults = set(people_words()["family"])
        for sentence in ctx.sentences:
            has_child = any(t.i in child_tokens for t in sentence)
            # After a child is named, "he", "she" and "they" usually mean the child, unless an
            # adult is in the same sentence ("Dad will walk when he feels angry").
            if not has_child and child_tokens and not any(t.lower_ in adults for t in sentence):
                pronouns = [t for t in sentence if t.lower_ in ("he", "she", "they", "him", "her", "his", "them")]
                has_child = bool(pronouns)
                child_tokens |= {t.i for t in pronouns}
            if not has_child:
                continue
            for t in sentence:
                word = t.lemma_.lower() if t.lemma_.lower() in cue_words else t.lower_
                if word not in cue_words:
                    continue
                # "The social worker is worried" is about the worker, not the child.
                if word in _FEELING_WORDS and not _child_is_subject(t, child_tokens):
                    continue
                return sentence
        return None
    return ctx.memo("child_sentence:" + words_key, compute)
