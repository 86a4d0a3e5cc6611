"""Domestic abuse written as shared, as provoked, or as the harmed parent's doing (SOS306).

Read from the parse, not from one draft's words (round 38, review38p P#3):

- Shared abuse: a pair of adults made the subject of fighting or arguing ("the parents were
  fighting", "the couple will not argue", "Mum and Dad argue", "they fight" in a statement about
  domestic abuse); "mutual" or "both" put on the arguing ("mutual arguments"); the abuse said to be
  "on both sides"; a hurting verb done to "each other"; and the pair called "toxic",
  "tempestuous", "turbulent" or "explosive". One adult hurting another is not a row between equals.
- Provoked: an adult "provoked", "goaded", "wound up" or "antagonised" another adult where one of
  them is hurt in the statement ("Mum provoked Dad and he slapped her"). Nobody makes another person
  hurt them.
- The harmed parent as the risk: an adult "putting herself and the baby at risk", or "putting Mercy
  at risk by going back / staying", in a statement about domestic abuse. It makes the parent who is
  being hurt the cause of the danger the abuser creates.

- Round 40 (r40c): the hurt adult "provoked the argument" (a quarrel as the thing provoked), and the
  person hurt blamed for not helping the police ("declined to support a prosecution", "the IP declined
  to provide a statement", "was uncooperative with officers"); the police's "attended a domestic" read
  as a statement about domestic abuse.

Near misses left alone: a child's fighting ("Leo fights with his brother"), a pair of adults doing
something else ("Mum and Dad argue for Leo at school meetings" is still a row and is only read in a
statement about abuse), a man who hurts putting the children at risk ("Dad puts Leo at risk when he
drives after drinking"), and words in a family member's own quoted words.
"""
from __future__ import annotations

from . import analysis
from . import person_verdicts as pv
from .base import Context
from .word_context import quoted, settings
from .words13 import _ok

_CONFLICT_VERBS = {"argue", "fight", "row", "quarrel", "bicker", "squabble", "clash", "brawl", "scuffle"}
_CONFLICT_NOUNS = {"argument", "arguments", "fighting", "fight", "fights", "row", "rows", "quarrel", "quarrels",
                   "conflict", "conflicts", "arguing", "altercation", "altercations", "dispute", "disputes"}
_PAIR_WORDS = {"parents", "couple", "adults", "carers", "partners", "pair", "spouses", "they", "them"}
_SHARING = {"mutual", "mutually", "both", "reciprocal", "two-way"}
_ABUSE_WORDS = {"violence", "abuse", "dv", "da", "aggression", "violent", "abusive", "aggressive", "hitting"}
_LABELS = {"toxic", "tempestuous", "turbulent", "explosive", "fiery", "stormy"}
_COUPLE_NOUNS = {"couple", "relationship", "marriage", "parents", "pair", "partnership"}
_PROVOKING = {"provoke", "goad", "antagonise", "antagonize", "bait", "rile", "incite"}
_RISK_PUTTING = {"put", "place", "expose", "leave"}
_DANGERS = {"risk", "danger", "harm"}
_STAYING = {"stay", "go", "return", "remain", "live", "let", "allow", "take", "keep", "move", "see", "contact",
            "continue", "reconcile", "resume"}
_REFLEXIVE = {"herself", "himself", "themselves"}


def _da(ctx: Context) -> bool:
    from .verdicts import about_domestic_abuse
    from .words16a import _one_hurts_other

    if about_domestic_abuse(ctx) or _one_hurts_other(ctx):
        return True
    text = ctx.text.lower()  # the services of domestic abuse work name it too
    if any(cue in text for cue in _DA_SERVICES):
        return True
    # Round 40 (r40c): the police's "attended a domestic": the adjective standing as the noun
    return any(t.lower_ == "domestic" and t.dep_ in ("dobj", "pobj", "nsubj", "attr") for t in ctx.tokens)


_DA_SERVICES = ("refuge", "freedom programme", "women's aid", "womens aid", "idva", "idaa", "marac", "clare's law",
                "non-molestation", "dvpo", "dvpn", "perpetrator programme", "domestic abuse")


_SETTING = {"when", "whenever", "while", "if", "after", "before", "once"}


def _named_hurter(ctx: Context) -> bool:
    """The statement names who hurt whom ("Dad pushed Mum"), not only that someone was hurt."""
    from .verdicts import hurters
    return bool(hurters(ctx) - {"someone"})


def _hurting() -> set[str]:
    return set(settings()["hurting_verbs"])


def _is_child(ctx: Context, token) -> bool:
    if token is None:
        return False
    if token.i in analysis.child_tokens(ctx):
        return True
    if token.pos_ == "PRON":
        return token.lower_ in ("he", "she", "him", "her") and analysis.pronoun_is_child(ctx, token)
    return token.lower_ in analysis.people_words()["children"] or token.lemma_.lower() in (
        "baby", "child", "children", "son", "daughter", "kid", "kids")


def _adult(ctx: Context, token) -> bool:
    if token is None or _is_child(ctx, token):
        return False
    from .words13 import _adult as adult13

    return adult13(ctx, token) or pv.is_adult(ctx, token)


def _pair(ctx: Context, subject) -> bool:
    """A pair of adults: "the parents", "the couple", "Mum and Dad", "Ms Lee and Mr Cole", "they"."""
    if subject is None:
        return False
    people = [subject] + list(subject.conjuncts)
    if any(_is_child(ctx, p) for p in people):
        return False
    if subject.lower_ in _PAIR_WORDS or subject.lemma_.lower() in _PAIR_WORDS - {"they", "them"}:
        return True
    return len(people) >= 2 and sum(1 for p in people if _adult(ctx, p)) >= 2


def _subject_of(verb):
    head = verb
    for _ in range(3):
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if head.dep_ in ("xcomp", "conj", "advcl") and head.head is not head:
            head = head.head
        else:
            break
    return None


def _span(ctx: Context, start: int, end: int):
    return ctx.doc[max(start, 0):end + 1]


def shared_abuse_spans(ctx: Context) -> list:
    """"the parents were fighting", "mutual arguments", "DV on both sides", "hit each other",
    "a toxic couple": one adult's abuse of another written as something both do."""
    def compute():
        found = []
        da = _da(ctx)
        hurting = _hurting()
        for token in ctx.tokens:
            lemma, lower = token.lemma_.lower(), token.lower_
            span = None
            if lemma in _CONFLICT_VERBS and token.pos_ in ("VERB", "AUX"):
                subject = _subject_of(token)
                pronoun = subject is not None and subject.lower_ in ("they", "them")
                setting = any(c.dep_ in ("mark", "advmod") and c.lower_ in _SETTING for c in token.children)
                if setting and _named_hurter(ctx):
                    continue  # "what happens at home when Dad and Mum argue", then who did what: the scene
                if _pair(ctx, subject) and da and not (pronoun and ctx.kind == "goal"):
                    span = _span(ctx, min(t.i for t in subject.subtree), token.i)
                    if not _ok(ctx, span, token):
                        span = None  # "Jade says she does it when Mum and Dad fight": the child's own account
            elif lower in _CONFLICT_NOUNS and token.pos_ == "NOUN":
                if any(c.lower_ in _SHARING and c.i < token.i for c in token.children):
                    span = _span(ctx, min(c.i for c in token.children if c.lower_ in _SHARING), token.i)
            elif lower == "sides" and any(c.lower_ == "both" for c in token.children) and token.head.lower_ == "on":
                sent = token.sent
                if any(t.lower_ in _ABUSE_WORDS or t.lemma_.lower() in hurting for t in sent):
                    span = _span(ctx, token.head.i, token.i)
            elif lower in ("other", "another") and token.dep_ in ("dobj", "pobj") and (
                    any(c.lower_ in ("each", "one") for c in token.children)
                    or (token.i > 0 and ctx.doc[token.i - 1].lower_ in ("each", "one"))):
                verb = token.head if token.dep_ == "dobj" else token.head.head
                if verb.lemma_.lower() in hurting | {"abuse", "assault", "attack"}:
                    subject = _subject_of(verb)
                    if subject is not None and not any(_is_child(ctx, p) for p in [subject] + list(subject.conjuncts)):
                        span = _span(ctx, verb.i, token.i)
            elif lower in _LABELS and token.pos_ == "ADJ":
                held = token.head if token.dep_ == "amod" else None
                if held is not None and held.lemma_.lower() in _COUPLE_NOUNS | {"parent"}:
                    span = _span(ctx, token.i, held.i)
            if span is not None and not quoted(span):
                found.append(span)
        return found
    return ctx.memo("mutual_blame:shared", compute)


def provoked_spans(ctx: Context) -> list:
    """"Mum provoked Dad and he slapped her", "Dad hit her after she wound him up": the person hurt
    made the cause of the violence."""
    def compute():
        found = []
        hurting = _hurting()
        if not (_da(ctx) or any(t.lemma_.lower() in hurting for t in ctx.tokens)):
            return found
        for verb in ctx.tokens:
            lemma = verb.lemma_.lower()
            wound_up = lemma == "wind" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
            if lemma not in _PROVOKING and not wound_up:
                continue
            if verb.pos_ == "NOUN" or any(c.dep_ == "neg" for c in verb.children):
                continue
            target = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
            if target is None or _is_child(ctx, target):
                continue  # "the dog provoked Leo", "Leo was provoked at school": not about the adults
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) or next(
                (g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            if target.lemma_.lower() in _QUARREL_NOUNS and target.dep_ == "dobj":
                # Round 40 (r40c): "Ms Forest had provoked the argument", "she started the row": the
                # person an adult hurts made the cause of the violence, not only of another adult.
                subject = subject if subject is not None else _subject_of(verb)
                if subject is None or not _harmed_adult(ctx, subject):
                    continue
            elif not (_adult(ctx, target) or target.lower_ in ("him", "her", "he", "she")):
                continue
            if subject is not None and _is_child(ctx, subject):
                continue
            if subject is not None and subject.head.i != verb.i:
                subject = None  # the subject of the clause "and" joins it to: the words from its own aux
                start = min([c.i for c in verb.children if c.dep_ == "aux"] + [verb.i])
            else:
                start = min([verb.i, target.i] + ([min(t.i for t in subject.subtree)] if subject is not None else []))
            end = max(verb.i, target.i, subject.i if subject is not None else verb.i)
            span = _span(ctx, start, end)
            if not quoted(span):
                found.append(span)
        return found
    return ctx.memo("mutual_blame:provoked", compute)


_QUARREL_NOUNS = {"argument", "row", "fight", "incident", "altercation", "assault", "attack", "violence",
                  "confrontation", "dispute", "quarrel", "disagreement"}


def _harmed_adult(ctx: Context, subject) -> bool:
    """An adult the statement does not name as the one who hurts: in a statement about domestic
    abuse, "she" or "Ms Forest" who "provoked the argument" is the person he hurt."""
    from .verdicts import hurters

    if _is_child(ctx, subject) or subject.lower_ in ("it", "this", "that", "who", "what", "which", "they"):
        return False
    if subject.lower_ in hurters(ctx) or not (_adult(ctx, subject) or subject.lower_ in ("he", "she")):
        return False
    if subject.lower_ in ("he", "she") and any(h in ("he", "she") for h in hurters(ctx)):
        return False  # the pronoun may be the one who hurts
    return _da(ctx)


def harmed_parent_risk_spans(ctx: Context) -> list:
    """"Mum keeps putting herself and the baby at risk", "Rose to stop putting Mercy at risk by
    staying in a refuge": in a statement about domestic abuse, the parent being hurt written as the
    one who puts the children in danger."""
    def compute():
        found = []
        if not _da(ctx):
            return found
        from .verdicts import hurters

        hurt_by = hurters(ctx)
        for verb in ctx.tokens:
            if verb.lemma_.lower() not in _RISK_PUTTING or verb.pos_ != "VERB":
                continue
            danger = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("at", "in", "to")
                           for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in _DANGERS), None)
            if danger is None:
                continue
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            objects += [c for o in objects for c in o.conjuncts]
            # "putting herself and baby Mercy at risk": the parser can hang the second one on the verb
            objects += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON")]
            if not objects:
                continue
            subject = _subject_of(verb)
            if subject is not None and (subject.lower_ in hurt_by or _is_child(ctx, subject)
                                        or subject.lower_ in ("he", "dad", "father", "daddy")):
                continue  # "Dad puts Leo at risk": what the adult who harms does is rightly his
            reflexive = any(o.lower_ in _REFLEXIVE for o in objects)
            others = [o for o in objects if o.lower_ not in _REFLEXIVE]
            staying = next((c for p in verb.children if p.dep_ == "prep" and p.lower_ == "by"
                            for c in p.children if c.dep_ == "pcomp" and c.lemma_.lower() in _STAYING), None)
            if reflexive and not others:
                continue  # "Mum put herself at risk": the word list reads that case
            if not (reflexive or staying is not None):
                continue
            if not any(_is_child(ctx, o) or o.pos_ in ("PROPN", "NOUN") for o in others):
                continue
            span = _span(ctx, verb.i, danger.i)
            if not quoted(span):
                found.append(span)
        return found
    return ctx.memo("mutual_blame:risk", compute)


# Round 40 (r40c): the person an adult hurts blamed for not helping the police against him.
_DECLINING = {"decline", "refuse", "withdraw", "retract"}
_UNWILLING = {"unwilling", "reluctant", "uncooperative", "unco-operative", "hostile", "obstructive"}
_CASE_NOUNS = {"prosecution", "statement", "complaint", "charge", "charges", "evidence", "allegation", "action"}
_POLICE = {"police", "officer", "officers", "investigation", "cps"}
_HELPING = {"support", "provide", "give", "make", "press", "pursue", "cooperate", "co-operate", "engage",
            "assist", "help", "speak", "talk"}
_VICTIM_WORDS = {"victim", "ip", "survivor"}


def _case_help(verb) -> bool:
    """"support a prosecution", "provide a statement", "press charges", "cooperate with the police"."""
    if verb.lemma_.lower() in _DECLINING and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _CASE_NOUNS for c in verb.children):
        return True  # "withdrew her statement"
    if verb.lemma_.lower() not in _HELPING:
        return False
    if any(c.dep_ == "dobj" and (c.lemma_.lower() in _CASE_NOUNS or c.lower_ in _CASE_NOUNS) for c in verb.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("with", "to") and any(
        g.lemma_.lower() in _POLICE or g.lower_ in _POLICE for g in c.children) for c in verb.children)


def _the_person_hurt(ctx: Context, subject) -> bool:
    if subject is None:
        return False
    if subject.lower_ in _VICTIM_WORDS or subject.lemma_.lower() in _VICTIM_WORDS:
        return True
    hurting = _hurting()
    if subject.pos_ == "PROPN" and any(  # "Dean punched Kerry…. Kerry has declined to…"
            t.lower_ == subject.lower_ and t.i != subject.i and t.dep_ in ("dobj", "nsubjpass")
            and t.head.lemma_.lower() in hurting for t in ctx.tokens):
        return _da(ctx) and not _is_child(ctx, subject)
    return _harmed_adult(ctx, subject)


def police_help_refused_spans(ctx: Context) -> list:
    """"Victim has declined to support a prosecution", "the IP declined to provide a statement",
    "Mum refused to press charges", "was uncooperative with officers", in a statement about
    domestic abuse: the person he hurt written as the obstacle, not the danger he is to her. Left
    alone: the man who hurts refusing ("Dad declined to give a statement" where he hit her), a child
    (another reading), and anything outside domestic abuse."""
    def compute():
        found = []
        if not _da(ctx):
            return found
        for token in ctx.tokens:
            lemma = token.lemma_.lower()
            span = None
            if lemma in _DECLINING | {"unwilling", "reluctant"} or token.lower_ in ("unwilling", "reluctant"):
                helping = next((c for c in token.children if c.dep_ in ("xcomp", "ccomp")), None)
                if helping is not None and _case_help(helping):
                    end = max(t.i for t in helping.subtree if t.dep_ != "punct")
                    span = _span(ctx, token.i, end)
                elif lemma in ("withdraw", "retract") and _case_help(token):
                    span = _span(ctx, token.i, max(c.i for c in token.children if c.dep_ == "dobj"))
            elif token.lower_ in _UNWILLING and token.pos_ == "ADJ":
                with_ = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("with", "towards", "to")), None)
                police = next((g for g in with_.children if g.lemma_.lower() in _POLICE or g.lower_ in _POLICE), None) \
                    if with_ is not None else None
                if police is not None:
                    span = _span(ctx, token.i, police.i)
            if span is None:
                continue
            subject = _subject_of(token if token.pos_ != "ADJ" else token.head)
            if subject is None or _is_child(ctx, subject) or not _the_person_hurt(ctx, subject):
                continue
            if not quoted(span) and not pv._own_account(ctx, token):
                found.append(span)
        return found
    return ctx.memo("mutual_blame:police_help_refused", compute)
