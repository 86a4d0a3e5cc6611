"""Advice that fits domestic abuse (round 38, review38p P#8).

In a statement about an adult hurting a partner, some advice written for other worries sends the
writer the wrong way. Read from the statement (verdicts.about_domestic_abuse) and from who the parse
shows was hurt (the objects of the hurting verbs):

- What the person being hurt does, judged as a refusal ("Mum refuses to support a prosecution"), is
  not offered "chose not to" (choice language is what DA work removes): say what she has said and
  what makes it hard or unsafe for her. The swap is not written by --fix either.
- A service she has not used ("not engaged with the IDVA service") is not answered with "which
  meetings or visits were missed": say what the adult who hurts her did, and what help she has.
- "volatile relationship" is not answered with "what each adult does when they argue".
- "DASH": its advice in rules/jargon.toml says so itself (round 41, r41b): leave out the checklist and
  what was disclosed, say what the adult who hurts her has done. (Until round 41 this step rewrote
  the rule's "Say what Mum told you" in the message only, so the suggestion said the opposite.)
- A goal's "will not" / "stay away" example is not "Dad will go to Nan's when he feels angry" (anger
  framing): the example says where he will live and how he will see the children. A "will not" that
  states a police or court condition (bail, an order, an injunction) is a hint, not a warning: the
  condition is fine to keep; the advice asks what he will do day to day as well.

Outside domestic abuse, and for what the person who hurts does ("Dad refused to go to the
programme"), the advice is as it was.
"""
from __future__ import annotations

import re

from .base import Context

_CONDITIONS = {"bail", "order", "injunction", "condition", "conditions", "dvpo", "dvpn", "restraining", "licence"}
_ANGER_EXAMPLE = re.compile(r"e\.g\. \"Dad will go to Nan's when he feels angry\"")
_DA_EXAMPLE = "e.g. \"Dad will live at his brother's and see the children at the contact centre each Saturday\""


def _da(ctx: Context) -> bool:
    from .verdicts import about_domestic_abuse
    return about_domestic_abuse(ctx)


def _hurt(ctx: Context) -> set[str]:
    """Who the statement says was hurt: the objects of its hurting verbs (lower case)."""
    def compute():
        from .word_context import settings
        hurting = set(settings()["hurting_verbs"]) | {"assault", "abuse", "control", "threaten", "rape"}
        found = set()
        for verb in ctx.tokens:
            if verb.lemma_.lower() in hurting and verb.pos_ == "VERB":
                found |= {c.lower_ for c in verb.children if c.dep_ in ("dobj", "nsubjpass")}
        return frozenset(found)
    return ctx.memo("da_advice:hurt", compute)


def _subject(ctx: Context, start: int, end: int):
    words = [t for t in ctx.tokens if t.idx >= start and t.idx + len(t.text) <= end]
    if not words:
        return None
    verb = min(words, key=lambda t: len(list(t.ancestors)))
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if verb.head is verb:
            break
        verb = verb.head
    return None


def _the_hurt_one(ctx: Context, start: int, end: int) -> bool:
    subject = _subject(ctx, start, end)
    if subject is None:
        return False
    from .verdicts import hurters
    if subject.lower_ in hurters(ctx):
        return False
    hurt = _hurt(ctx)
    return subject.lower_ in hurt or (subject.lower_ in ("she", "her") and bool(hurt & {"mum", "her", "mother"}))


def fitted(ctx: Context, code: str, start: int, end: int, message: str, suggestion: str, fix, severity):
    """(message, suggestion, fix, severity), fitted to a domestic abuse statement."""
    if not ("chose not to" in message or "which meetings or visits were missed" in message
            or "Nan's when he feels angry" in message
            or "what each adult does when they argue" in message):
        return message, suggestion, fix, severity
    if _ANGER_EXAMPLE.search(message):
        sentence = next((t.sent for t in ctx.tokens if t.idx >= start), None)
        condition = sentence is not None and any(t.lower_ in _CONDITIONS for t in sentence)
        if condition or _da(ctx):
            message = _ANGER_EXAMPLE.sub(_DA_EXAMPLE, message)
        if condition:
            message += (" A condition set by the police or a court is fine to keep; add what he will do day to "
                        "day as well.")
            severity = "hint"
        return message, suggestion, fix, severity
    if not _da(ctx):
        return message, suggestion, fix, severity
    if "Try \"chose not to\"." in message and _the_hurt_one(ctx, start, end):
        message = message.replace(" Try \"chose not to\".", "") + (
            " In domestic abuse, do not write what the person being hurt does as a refusal or a choice: say "
            "what she has said about it, and what makes it hard or unsafe for her.")
        return message, "[what she has said about it, and what makes it hard or unsafe for her]", None, severity
    if "which meetings or visits were missed" in message and _the_hurt_one(ctx, start, end):
        message = re.sub(r"Say what happened instead: which meetings or visits were missed, and when\.",
                         "A service she has not used is not the worry: say what the adult who hurts her has done, "
                         "and what help she has that is safe for her to use.", message)
        return message, "[what the adult who hurts her has done, and what help she has]", fix, severity
    if "what each adult does when they argue" in message:
        # "volatile relationship" in a statement about abuse: not a row between equals
        message = message.replace("Say what each adult does when they argue",
                                  "Say who did what to whom, and when, without making the abuse sound shared,")
        return message, suggestion, fix, severity
    return message, suggestion, fix, severity
