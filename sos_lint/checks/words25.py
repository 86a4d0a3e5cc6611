"""Round 25 (words25): word faults still missed on fresh statements, read as classes on the parse.

Victim blaming (SOS306):
- a harmed woman's staying told as her choice, with nothing said of whom she stays with: "has been
  offered a refuge but chose to stay", "decided to remain", "opted to return". verdicts.py already
  reads "chose to stay with him"; the bare "chose to stay" was left to the word list as a judgement,
  with the victim-blaming advice. Where the statement speaks of an adult hurting a partner and the
  one choosing is the woman (not a man, not a child), it is now told as the blame it is. A man's
  choice ("Dad chose to stay at the pub"), a child's, a place named ("chose to stay at her
  sister's", which is protective) and a choice not to stay are left alone;
- a parent blamed for letting a man who harms into the home: "continues to allow him into the
  home", "let Dean into the flat". words24 reads "allow him to have contact" (a verb after the
  man); the place after him ("into", "in", "inside") was not read. A parent keeping him out
  ("will not let him in"), a child or a professional let in are left alone.

Judgement (SOS305):
- how a parent met the advice or help they were given, told as their attitude: "was not receptive
  to advice", "is not open to support", "has not taken this on board", "made no effort to...".
  Nobody can see receptiveness or effort; what was advised and what the parent then did can be.
  Left alone: the same words said positively ("Mum has been open to advice"), of a child, in a
  goal (compliance_words reads "be receptive to advice" as service compliance), in the parent's
  own words in a quote, and "take" with anything but "on board".

Vague (SOS302):
- a goal whose whole outcome is a feeling: "Austin will feel safe.", "Clay will feel safe and
  settled.", "Mum and the children will feel safe." vague_aims reads "will be safe" and "feel
  safe at home", but left the bare "feel safe" alone. The child's feeling beside what they will
  do ("Daisy will play with her toys and feel safe"), with its reason ("because someone is always
  there"), in the house style's opening ("you need Storm to feel safe") and as the outcome after
  the adults' acts ("so that Ella feels safe") still say more, and are left alone.
"""
from __future__ import annotations

from . import analysis, child_blame, verdicts
from .base import Context
from .word_context import child_names, is_child, quoted

# ---- victim blaming: staying told as a choice ----
_CHOOSING = {"choose", "decide", "opt", "elect", "prefer"}
_STAYING = {"stay", "remain", "return"}
_FEMALE = {"mum", "mummy", "mother", "mam", "mom", "she", "her", "ms", "mrs", "miss", "wife", "girlfriend"}


def _negated(verb) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in verb.children)


def _the_woman(ctx: Context, subject) -> bool:
    """A woman the statement may speak of as harmed: "Mum", "she", "Ms Reid", a named adult who is
    not a child, a man, or one who hurts."""
    if subject is None or subject.lower_ in verdicts._MALE or subject.lower_ in verdicts.hurters(ctx) \
            or any(c.lower_ == "mr" for c in subject.children):
        return False
    if child_blame._is_the_child(ctx, subject) or is_child(ctx, subject, strict=False) \
            or subject.i in analysis.child_tokens(ctx):
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in ("she", "her") and not analysis.pronoun_is_child(ctx, subject)
    return subject.lower_ in _FEMALE or subject.lemma_.lower() in _FEMALE \
        or any(c.lower_ in ("ms", "mrs", "miss") for c in subject.children) \
        or (analysis.is_name(subject) and subject.lower_ not in child_names(ctx))


def _a_time(token) -> bool:
    words = [token] + [c for c in token.children if c.dep_ == "pobj"]
    return any(w.ent_type_ in ("DATE", "TIME") for w in words) and not any(
        w.ent_type_ not in ("DATE", "TIME", "") for w in words)


def chosen_stay_spans(ctx: Context) -> list:
    """"(she) chose to stay", "has decided to remain", "opted to return": see the module's notes."""
    if not verdicts.about_domestic_abuse(ctx):
        return []

    def compute():
        found = []
        for choose in ctx.tokens:
            if choose.lemma_.lower() not in _CHOOSING or choose.pos_ != "VERB" or _negated(choose):
                continue
            stay = next((c for c in choose.children if c.dep_ == "xcomp" and c.lemma_.lower() in _STAYING), None)
            if stay is None or _negated(stay):
                continue
            # Nothing named after it: "chose to stay at her sister's" names where, and may be her keeping safe;
            # "chose to stay with him" is verdicts.py's to read.
            # A time ("in June", "last year") names no place or person.
            if any(c.dep_ in ("prep", "dobj", "prt", "advmod", "npadvmod") and c.i > stay.i and not _a_time(c)
                   for c in stay.children):
                continue
            if not _the_woman(ctx, analysis.subject_of(choose, through=("xcomp", "conj", "ccomp", "advcl"))):
                continue
            span = ctx.doc[choose.i:stay.i + 1]
            if not quoted(span):
                found.append(span)
        return found
    return ctx.memo("words25:chosen_stay", compute)


# ---- victim blaming: letting a man who harms into the home ----
_LETTING = {"allow", "let", "permit"}
_INTO = {"into", "in", "inside"}
_HOMES = {"home", "house", "property", "flat", "room", "bedroom", "address", "car", "caravan", "hostel"}


def _a_man_who_harms(ctx: Context, token) -> bool:
    if token is None or child_blame._is_the_child(ctx, token) or token.i in analysis.child_tokens(ctx):
        return False
    if token.pos_ == "PRON":
        # A bare "him" may be the child: only where the statement speaks of an adult hurting a partner
        return token.lower_ == "him" and verdicts.about_domestic_abuse(ctx) \
            and not analysis.pronoun_is_child(ctx, token)
    return token.lower_ in verdicts.hurters(ctx) or token.lower_ in verdicts._MALE \
        or verdicts._is_her_abuser(ctx, token) or any(c.lower_ == "mr" for c in token.children)


def let_into_home_spans(ctx: Context) -> list:
    """"continues to allow him into the home", "has let Dean into the flat": see the module's notes."""
    if not (verdicts.about_domestic_abuse(ctx) or child_blame._about_harm_to_a_child(ctx)):
        return []

    def compute():
        from .words24 import _PERMITTERS, _a_task
        found = []
        for verb in ctx.tokens:
            if verb.lemma_.lower() not in _LETTING or verb.pos_ != "VERB" or _negated(verb):
                continue
            governor = verb.head if verb.dep_ in ("xcomp", "ccomp") else None
            if governor is not None and (_negated(governor) or governor.lemma_.lower() in ("refuse", "decline")):
                continue
            if governor is not None and governor.lemma_.lower() in ("stop", "cease") and not _a_task(ctx, governor):
                continue  # "stopped letting him in" is her keeping him out
            subject = analysis.subject_of(verb, through=("xcomp", "conj", "ccomp", "advcl"))
            if subject is None or child_blame._is_the_child(ctx, subject) or not (
                    subject.lower_ in _PERMITTERS or subject.lemma_.lower() in _PERMITTERS
                    or any(c.lower_ in ("ms", "mrs", "miss") for c in subject.children)
                    or (analysis.is_name(subject) and subject.lower_ not in child_names(ctx)
                        and subject.lower_ not in verdicts.hurters(ctx))):
                continue
            # "let Mr Price into the house" may be parsed as a small clause: "Price" (ccomp) holding "into"
            man = next((c for c in verb.children if c.dep_ == "dobj"
                        or (c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("PROPN", "NOUN", "PRON"))), None)
            if not _a_man_who_harms(ctx, man):
                continue
            into = next((c for c in list(verb.children) + list(man.children)
                         if c.dep_ in ("prep", "prt", "advmod") and c.lower_ in _INTO and c.i > man.i), None)
            if into is None:
                continue
            place = next((c for c in into.children if c.dep_ == "pobj"), None)
            if into.dep_ == "prep" and (place is None or place.lemma_.lower() not in _HOMES):
                continue
            start = governor.i if governor is not None and governor.lemma_.lower() in ("continue", "stop", "cease") \
                and governor.i < verb.i else verb.i
            span = ctx.doc[start:(place.i if place is not None else into.i) + 1]
            if not quoted(span):
                found.append(span)
        return found
    return ctx.memo("words25:let_into_home", compute)


# ---- judgement: how advice was met, told as an attitude ----
_RECEPTIVE = {"receptive", "open", "responsive", "amenable", "accepting"}
_ADVICE = {"advice", "support", "help", "guidance", "suggestion", "suggestions", "input", "intervention",
           "professionals", "services", "feedback", "challenge", "idea", "ideas"}
_EFFORT = {"effort", "efforts", "attempt", "attempts"}


def _an_adult_subject(ctx: Context, verb) -> bool:
    subject = analysis.subject_of(verb, through=("xcomp", "conj", "ccomp", "advcl"))
    if subject is None or child_blame._is_the_child(ctx, subject) or is_child(ctx, subject, strict=False) \
            or subject.i in analysis.child_tokens(ctx):
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in ("he", "she", "they") and not analysis.pronoun_is_child(ctx, subject)
    return analysis.is_person(subject) or subject.lemma_.lower() in ("parent", "carer", "family")


def unheeded_advice_spans(ctx: Context) -> list:
    """"was not receptive to advice", "has not taken this on board", "made no effort to ...": see the
    module's notes. Worry statements only: in a goal the same words are compliance (SOS511)."""
    if ctx.kind != "worry":
        return []

    def compute():
        found = []
        for word in ctx.tokens:
            lemma = word.lemma_.lower()
            span = None
            if word.lower_ in _RECEPTIVE and word.pos_ == "ADJ" and word.dep_ in ("acomp", "attr") \
                    and _negated(word.head):
                to = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "to"), None)
                thing = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
                if thing is not None and thing.lemma_.lower() in _ADVICE and _an_adult_subject(ctx, word.head):
                    neg = next(c for c in word.head.children if c.dep_ == "neg" or c.lower_ in ("never", "not", "n't"))
                    span = ctx.doc[min(neg.i, word.i):thing.i + 1]
            elif lemma == "take" and word.pos_ == "VERB" and _negated(word):
                on = next((c for c in word.children if c.dep_ in ("prep", "prt") and c.lower_ == "on"
                           and any(b.lower_ == "board" for b in c.children)), None)
                if on is not None and _an_adult_subject(ctx, word):
                    neg = next(c for c in word.children if c.dep_ == "neg" or c.lower_ in ("never", "not", "n't"))
                    span = ctx.doc[neg.i:on.i + 2]
            elif lemma in ("make", "put") and word.pos_ == "VERB":
                effort = next((c for c in word.children if c.dep_ == "dobj" and c.lower_ in _EFFORT), None)
                if effort is None:
                    continue
                none = any(c.lower_ in ("no", "little", "minimal") for c in effort.children) \
                    or (_negated(word) and any(c.lower_ in ("any", "much", "an", "enough") for c in effort.children))
                if none and _an_adult_subject(ctx, word):
                    span = ctx.doc[word.i:effort.i + 1]
            if span is not None and not quoted(span):
                found.append(span)
        return found
    return ctx.memo("words25:unheeded_advice", compute)


# ---- vague: a goal whose whole outcome is a feeling ----
def bare_feeling(verb) -> bool:
    """A goal clause "X will feel safe" standing alone: "feel" is the sentence's own verb (not
    joined to something the child does, not a reason or a "so that"), said of the future, with
    nothing after it. vague_aims.safe_outcome_spans reads the rest (who, the house style)."""
    if verb.lemma_.lower() != "feel" or verb.dep_ != "ROOT":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "to") for c in verb.children):
        return False
    # "feel safe and settled": a second state joined on ("settled" read as a verb) says no more
    return not any(c.dep_ in ("prep", "advcl", "ccomp", "xcomp", "npadvmod")
                   or (c.dep_ == "conj" and not (c.pos_ == "ADJ" or c.tag_ == "VBN" and not list(c.children)))
                   for c in verb.children)


def child_among(ctx: Context, subject) -> bool:
    """"Mum and the children will feel safe": a child among the people the subject joins."""
    return any(is_child(ctx, c, strict=False) or c.i in analysis.child_tokens(ctx)
               for c in subject.subtree if c.dep_ == "conj" and c.head.i == subject.i)


# ---- vague: an abstract thing set to get better, in the "to" style ----
# What a goal may say an abstract thing is to be that nobody can picture ("good enough", "adequate").
_GOOD_ENOUGH = {"good", "adequate", "acceptable", "appropriate", "sufficient", "satisfactory", "better", "improved",
                "suitable", "reasonable"}
_ABSTRACT_EXTRA = {"capacity", "supervision", "arrangements"}


def to_improve_spans(ctx: Context) -> list:
    """"Living conditions to improve and be maintained", "Parenting capacity to be good enough",
    "Home conditions to be adequate": the "to" style of a goal, with an abstract thing as the one
    to change, and nothing anyone will do or see. The "will" style ("home conditions will
    improve") is read by specificity._improve_spans. Left alone: a figure or a time named after it
    ("attendance to improve to 95% by July"), a thing anyone can see ("Leo's bedroom to be
    warm"), and a person as the subject ("Mum to improve her cooking" says who)."""
    if ctx.kind != "goal":
        return []
    from .word_context import settings
    things = set(settings()["improve_vague_things"]) | _ABSTRACT_EXTRA

    def compute():
        found = []
        for verb in ctx.tokens:
            lemma = verb.lemma_.lower()
            if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                continue
            quality = None
            if lemma in ("improve", "better") and verb.pos_ == "VERB":
                if any(c.dep_ == "dobj" for c in verb.children):
                    continue  # "to improve the lock on the gate": something done, said by the other reading
            elif lemma in ("be", "remain", "become"):
                quality = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in _GOOD_ENOUGH), None)
                if quality is None:
                    continue
            else:
                continue
            thing = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if thing is None and verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN":
                thing = verb.head
            if thing is None or thing.lemma_.lower() not in things or analysis.is_person(thing):
                continue
            named = [c for c in verb.children if c.i > verb.i and c.dep_ in ("prep", "npadvmod", "advmod")
                     and any(t.like_num or t.ent_type_ in ("DATE", "TIME", "PERCENT", "CARDINAL") for t in c.subtree)]
            if named:
                continue
            to = next(c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to")
            end = max([verb.i] + [t.i for t in (quality.subtree if quality is not None else [])]
                      + [t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree if not t.is_punct])
            span = ctx.doc[to.i:end + 1]
            if not quoted(span):
                found.append(span)
        return found
    return ctx.memo("words25:to_improve", compute)


# ---- judgement: respect said to be missing ----
_ATTITUDES = {"respect", "regard", "remorse", "consideration"}
_SCANT = {"no", "little", "limited", "minimal"}
_SAYING = {"say", "tell", "explain", "write", "describe", "admit", "feel", "think", "believe"}


_PEOPLE_AND_RULES = {"authority", "rule", "boundary", "other", "property", "woman", "man", "people", "person",
                     "adult", "staff", "neighbour", "girl", "boy", "child", "sibling"}


def _a_people_word(token) -> bool:
    words = analysis.people_words()
    return token.lemma_.lower() in set(words["family"]) | set(words["professionals"])


def lacking_respect_spans(ctx: Context) -> list:
    """"Basil has no respect for authority", "He has a lack of respect for Mum", "shows little regard
    for others": a verdict on an attitude nobody can see, of a child as much as a parent (the round 7
    reading of what a parent lacks, specificity._lacking_spans, leaves children alone because a
    child's "limited understanding" is a need; a child's missing respect is not a need but a
    verdict). Left alone: respect said to be there ("Leo has a lot of respect for his nan"), the
    person's own words ("Dad told us he has no respect for the police", or in quotes), and "with no
    regard to" as a phrase about a thing ("no regard to the weather")."""
    def compute():
        found = []
        for noun in ctx.tokens:
            if noun.lemma_.lower() not in _ATTITUDES or noun.pos_ != "NOUN":
                continue
            start = None
            if noun.head.lemma_.lower() == "lack" and noun.dep_ == "dobj":
                start = noun.head.i
            elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() == "lack":
                start = noun.head.head.i
            else:
                scant = next((c for c in noun.children if c.dep_ in ("det", "amod") and c.lower_ in _SCANT), None)
                if scant is not None:
                    start = scant.i
            if start is None:
                continue
            # "for/towards" someone or something: said of a person's attitude, not "no regard to the weather"
            towards = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "towards", "to")), None)
            whom = next((c for c in towards.children if c.dep_ == "pobj"), None) if towards is not None else None
            if whom is not None and not (analysis.is_person(whom) or whom.pos_ in ("PROPN", "PRON")
                                         or whom.lemma_.lower() in _PEOPLE_AND_RULES or _a_people_word(whom)):
                continue
            if any(w.lemma_.lower() in _SAYING for w in list(noun.ancestors)[:4]):
                continue  # "Dad told us he has no respect for the police": his own account
            end = whom.i if whom is not None else noun.i
            span = ctx.doc[start:end + 1]
            if not quoted(span):
                found.append(span)
        return found
    return ctx.memo("words25:lacking_respect", compute)
