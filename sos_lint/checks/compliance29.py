"""Round 29 (compliance29): absence of harm read from the shape of the clause (SOS512).

Issue 11 §5: a goal stated only as harm not happening. Before this round SOS512 read "will not" and
its kin through cue phrases and lists of harms ("not drink", "no more", "free from harm"), so a
fresh statement that names a harm the lists lack ("Mum will not keep Autumn off school", "Archie
will not have any more hospital admissions", "The home will not be cluttered or dirty", "Coral
will be free of head lice", "Chase will stop gambling") was missed. The classes, read on the parse
of a goal sentence (never the "if this doesn't happen" sentence, a condition or quoted words):

1. A negated promise: a verb with "not"/"never"/"n't" and a promise ("will", "must", "should",
   "shall", a headline "Mason not to …", or a clause under "ensure"/"make sure").
2. (tried and dropped: "nobody"/"nothing" as the subject found 1 mark on the open sets and 6 good
   statements' promises to the child: "nobody will be cross with her for telling".)
3. Stopping as the goal: "stop"/"quit"/"cease" with what stops ("Chase will stop gambling",
   "missed appointments will stop").
4. Free of or safe from whatever it is, and "X-free" after be/remain/stay/keep ("free of head
   lice", "safe from traffickers", "remain drug free").

Every span found here goes through SOS512's suppressions in structure.py (an alternative said in the
same or next sentence, a promise that spares the child, a measure, a trigger, the child's own
experience beside the adults' deeds …), which the good sets were tuned on.
"""
from __future__ import annotations

from . import analysis
from .base import Context, span_memo
from .word_context import quoted

_memo = span_memo("compliance29:")

_PROMISE = {"will", "wo", "'ll", "must", "should", "shall"}
# "never" is left out: "you will never leave Daisy alone" is a house rule the family can keep and others can see.
_NEG = {"not", "n't"}
_SURE = {"ensure", "sure", "guarantee"}
_STOPPING = {"stop", "quit", "cease"}
_STAYING = {"be", "remain", "stay", "keep", "live", "grow"}
# Verbs whose "not" is what the child is spared or a feeling, read by the older rules.
_NOT_DEEDS = {"have", "need", "feel", "happen", "worry", "know", "want", "mean", "matter", "forget", "hesitate",
              "wait", "let", "tell", "judge", "blame", "punish", "shout", "get", "be", "able"}
# What a child goes through: "Marvel will not go hungry", "he will not lose his console", read by the older rules.
_EXPERIENCING = {"go", "lose", "miss", "sleep", "wake", "see", "hear", "suffer", "hide", "scratch", "cry", "come"}
_CONDITION = {"if", "when", "whenever", "unless", "until", "before", "after", "while", "once", "as", "because",
              "though", "although", "even", "where", "whether"}
_NOBODY = {"nobody", "no-one", "noone", "nothing"}


def _in_if_not(ctx: Context, token) -> bool:
    consequence = ctx.memo("compliance29:if_not", lambda: {span.sent.start for span in analysis.cues(ctx, "if_not")})
    return ctx.sentence_starts[token.i] in consequence


def _in_condition(verb) -> bool:
    """The verb sits in a clause that sets a scene ("when Jordan won't settle", "if Dad does not come")."""
    word = verb
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in _CONDITION for c in word.children):
            return True
        if word.dep_ in ("advcl", "relcl", "acl", "pcomp", "csubj") or word.head.i == word.i:
            return word.dep_ in ("relcl", "acl", "pcomp", "csubj") or word.dep_ == "advcl" and any(
                c.dep_ == "mark" for c in word.children) and not _purpose(word)
        word = word.head
    return False


def _purpose(verb) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("so", "that") for c in verb.children)


def _promised(ctx: Context, verb) -> bool:
    if any(c.dep_ == "aux" and c.lower_ in _PROMISE for c in verb.children):
        return True
    if verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and any(
            c.dep_ == "aux" and c.lower_ in _PROMISE for c in verb.head.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (
            verb.dep_ == "ROOT" or verb.head.lemma_.lower() in _SURE):
        return True  # "Mason not to access harmful content"
    head = verb.head
    for _ in range(2):
        if head.lemma_.lower() in _SURE:
            return True
        if head.head.i == head.i:
            break
        head = head.head
    return False


def _subject(verb):
    for word in (verb, verb.head if verb.dep_ == "conj" else None):
        if word is None:
            continue
        subject = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if subject is not None:
            return subject
    return None


def _end(verb) -> int:
    end = verb.i
    for c in verb.children:
        if c.i > verb.i and c.dep_ in ("dobj", "prt", "acomp", "attr", "oprd", "xcomp", "npadvmod"):
            end = max(end, min(c.right_edge.i, c.i + 4))
    return end


def _a_child(ctx: Context, token, children) -> bool:
    return token.i in children or token in analysis.child_words(ctx) \
        or token.lower_ in analysis.people_words()["children"] \
        or (token.pos_ == "PRON" and analysis.pronoun_is_child(ctx, token))


def _a_person(ctx: Context, token, children):
    """True for a person, False for a thing ("the home", "Zainab's health"), None when unsure."""
    if _a_child(ctx, token, children) or token.pos_ in ("PROPN", "PRON") or analysis.is_name(token) \
            or token.lemma_.lower() in analysis.people_words()["caregivers"] or token.ent_type_ == "PERSON":
        return True
    return False if token.pos_ == "NOUN" else None


def _a_thing(ctx: Context, token) -> bool:
    return _a_person(ctx, token, analysis.child_tokens(ctx)) is False


def _an_aim(verb) -> bool:
    """"Willow needs to be safe from Bruno": the need the adults' deeds answer, not the promise."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("need", "want", "deserve")


def _said_as_promise(neg) -> bool:
    """"will not", "won't", "must not", "not to …", "and not become …": the "not" belongs to a promise."""
    doc = neg.doc
    before = doc[neg.i - 1] if neg.i > 0 else None
    after = doc[neg.i + 1] if neg.i + 1 < len(doc) else None
    return before is not None and (before.dep_ in ("aux", "auxpass") or before.lower_ in ("and", "or")
                                   or after is not None and after.lower_ == "to")


def _beside_an_outcome(verb) -> bool:
    """"Kayla will feel calmer and stop cutting herself", "Eli will feel part of the family and won't
    jump": the child's "not" or "stop" paired with a good outcome said positively."""
    pair = [verb.head] if verb.dep_ == "conj" else []
    pair += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    return any(not any(c.dep_ == "neg" for c in p.children) and p.lemma_.lower() not in _STOPPING for p in pair)


def _house_style(ctx: Context) -> bool:
    """Does the goal speak to the family or say what happens if it is not met? Then a child's "will
    not" is the child's side of the adults' deeds ("For this to happen, you will … Eli won't jump when
    you come near"), which the good sets write; in a third-person goal with no if-not part, "Poppy
    will not be persistently absent" is the goal itself."""
    from .parts import is_present
    return ctx.memo("compliance29:house", lambda: is_present(ctx, "addressed") or is_present(ctx, "if_not"))


def _instead(ctx: Context, span, subject) -> bool:
    from .parts.goal import _instead as instead
    return instead(ctx, span, subject)


def _ok_token(ctx: Context, token) -> bool:
    return not _in_if_not(ctx, token) and not quoted(ctx.doc[token.i: token.i + 1])


def absence_spans(ctx: Context) -> list:
    if ctx.kind != "goal":
        return []

    def compute():
        found = []
        children = analysis.child_tokens(ctx)
        for token in ctx.tokens:
            if not _ok_token(ctx, token):
                continue
            # 1. a negated promise
            if token.dep_ == "neg" and token.lower_ in _NEG:
                verb = token.head
                lemma = verb.lemma_.lower()
                subject = _subject(verb)
                if _in_condition(verb) or not _promised(ctx, verb) or subject is None or not subject.i < token.i <= verb.i:
                    continue  # "If it doesn't, Ruby will keep believing …": the "not" is not this clause's
                plain = not _house_style(ctx) and _a_child(ctx, subject, children)
                if lemma in _NOT_DEEDS and not (lemma == "be" and (_a_thing(ctx, subject) or plain)
                                                 and any(c.dep_ == "acomp" for c in verb.children)) \
                        and not (lemma == "have" and plain and any(c.dep_ == "dobj" for c in verb.children)):
                    continue  # "Page will not be alone", "Flint will not get told off"; "the home will not be dirty" is read
                if _a_person(ctx, subject, children) is False:
                    pass
                elif _a_child(ctx, subject, children) and any(c.dep_ == "auxpass" for c in verb.children):
                    continue  # "Kai won't be put to bed in the pram any more": a promise to the child
                elif plain:
                    pass  # a third-person goal with no if-not part: "Poppy will not be persistently absent"
                elif _a_child(ctx, subject, children) and lemma in _EXPERIENCING:
                    continue  # what the child goes through or is spared, read by the older rules
                if not _said_as_promise(token):
                    continue  # "his dad laughing, not slamming doors": a contrast, not a promise
                if any(c.dep_ == "prep" and c.lower_ in ("without", "unless") and any(
                        g.dep_ == "pobj" and (g.pos_ in ("PRON", "PROPN") or analysis.is_person(g)) for g in c.children)
                       for c in verb.subtree):
                    continue  # (merge29) "will not go in the deep end without her": only with an adult, a rule kept

                if _a_child(ctx, subject, children) and _beside_an_outcome(verb):
                    continue  # "Eli will feel part of the family and won't jump when you come near": an outcome
                start = subject.i if token.i - subject.i <= 3 else token.i
                span = ctx.doc[start: _end(verb) + 1]
                if _instead(ctx, span, subject):
                    continue  # the same or the next sentence says what happens instead
                found.append(span)
            # 3. stopping
            elif token.lemma_.lower() in _STOPPING and token.pos_ == "VERB" and _promised(ctx, token) \
                    and not _in_condition(token):
                what = [c for c in token.children if c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG"
                        or c.dep_ == "xcomp" and c.pos_ == "VERB"]
                subject = _subject(token)
                if what and subject is not None and (not _a_child(ctx, subject, children)
                                                     or not _house_style(ctx) and not _beside_an_outcome(token)) \
                        and what[0].lemma_.lower() not in _NOT_DEEDS:
                    found.append(ctx.doc[token.i: what[0].i + 1])  # "Chase will stop gambling"
                elif subject is not None and subject.pos_ == "NOUN" and not any(c.dep_ in ("dobj", "prep", "xcomp", "ccomp")
                                                                                for c in token.children) \
                        and subject.i not in children and subject.lemma_.lower() not in analysis.people_words()["caregivers"]:
                    found.append(ctx.doc[subject.left_edge.i: token.i + 1])  # "missed appointments will stop"
            # 4. free of / safe from whatever it is; "X-free"
            elif token.lower_ == "free" and token.dep_ == "amod" and token.head.dep_ in ("attr", "acomp", "oprd") \
                    and token.head.i == token.i - 1 and token.head.head.lemma_.lower() in _STAYING:
                found.append(ctx.doc[token.head.i: token.i + 1])  # "remain alcohol free" parsed as a noun phrase
            elif token.lower_ in ("free", "safe") and token.dep_ in ("acomp", "oprd", "amod", "xcomp") \
                    and token.head.lemma_.lower() in _STAYING and not (token.head.lemma_.lower() == "keep" and (
                        token.lower_ == "free" or any(c.dep_ == "dobj" for c in token.head.children))) \
                    and not _an_aim(token.head):
                prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
                what = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
                if what is not None and not (token.lower_ == "safe" and prep.lower_ == "of"):
                    found.append(ctx.doc[token.i: what.i + 1])
                elif token.lower_ == "free" and any(c.dep_ in ("npadvmod", "compound") and c.i < token.i and c.pos_ == "NOUN"
                                                    for c in token.children):
                    first = min(c.i for c in token.children if c.dep_ in ("npadvmod", "compound") and c.i < token.i)
                    found.append(ctx.doc[token.head.i if token.head.i < first else first: token.i + 1])
        return [span for span in found if len(span)]
    return _memo(ctx, "absence", compute)


# ---- SOS511: a service's help taken, a service worked with, a named group attended (goals) ----
_TAKING = {"accept", "welcome", "receive"}
_HELP = {"support", "help", "advice", "input", "intervention", "offer", "guidance"}
_WITH_VERBS = {"work", "engage", "cooperate", "co-operate", "liaise", "comply"}


_GOING_ON = {"go", "attend", "do", "complete", "finish", "undertake"}
_COURSE_WORDS = {"course", "programme", "program", "workshop", "module"}  # not "group" or "class": a Thursday group is often the parent's own


def _a_course(verb):
    """The course a verb sets as the deed: "go on an anger management course", "do the parenting
    programme". A course one teaches or leads is not this ("run the group"), nor a lesson at school,
    nor one's own course ("do his plumbing course", as "your English class" in goals21)."""
    for c in verb.children:
        things = [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"] \
            if c.dep_ == "prep" and c.lower_ in ("on", "to", "in") else []
        for thing in things:
            if thing.lemma_.lower() in _COURSE_WORDS and any(g.dep_ in ("compound", "amod") for g in thing.children) \
                    and not any(g.dep_ == "poss" for g in thing.children) \
                    and not any(g.lower_ in ("school", "swimming", "dance", "art", "football", "music", "cooking")
                                for g in thing.children):
                return thing
    return None


def _acronym(token) -> bool:
    """A service named by its letters ("the IDVA", "CGL", "CAMHS")."""
    text = token.text.strip(".")
    return len(text) >= 3 and text.isalpha() and text.isupper()


def _childs_own(ctx: Context, verb) -> bool:
    """The one who goes is the child (or a pronoun standing for the child): a child's club, class or
    group is part of the child's week, not a service the adults comply with."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ in ("xcomp", "conj"):
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    children = analysis.child_tokens(ctx)
    return any(s.i in children or analysis.pronoun_is_child(ctx, s) for s in subjects)


def goal_spans(ctx: Context) -> list:
    """1. Help taken from others as the goal: "accept support from her Personal Adviser", "receive
    input from the health visitor". 2. Working with a service named by its letters ("work with the
    IDVA"). 3. A group or service attended by its proper name ("attend Gamblers Anonymous weekly").
    Not in the if-not sentence, a condition or quoted words."""
    if ctx.kind != "goal":
        return []

    def compute():
        found = []
        for token in ctx.tokens:
            if token.pos_ != "VERB" or not _ok_token(ctx, token) or _in_condition(token):
                continue
            lemma = token.lemma_.lower()
            if lemma in _TAKING:
                help_ = next((c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in _HELP), None)
                if help_ is not None:
                    end = max([help_.i] + [c.i for c in help_.children if c.dep_ == "prep" and c.lower_ in ("from", "of")]
                              + [c.i for c in token.children if c.dep_ == "prep" and c.lower_ == "from"])
                    found.append(ctx.doc[token.i: end + 1])
            elif lemma in _WITH_VERBS:
                prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"), None)
                thing = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
                if thing is not None and (_acronym(thing) or any(_acronym(c) for c in thing.children if c.dep_ == "compound")):
                    found.append(ctx.doc[token.i: thing.i + 1])
            elif lemma in _GOING_ON and _a_course(token) is not None:
                found.append(ctx.doc[token.i: _a_course(token).i + 1])  # "Dad to go on an anger management course"
            elif lemma == "refer" and (token.tag_ == "VBN" or not any(c.dep_ == "dobj" for c in token.children)) \
                    and not _in_if_not(ctx, token):
                to = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("to", "for")), None)
                thing = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
                if thing is not None:
                    found.append(ctx.doc[token.i: thing.right_edge.i + 1])  # "Reed referred to the young carers group"
            elif lemma == "attend" and not _childs_own(ctx, token):
                # (merge29) not the child's own club: "Ayo will attend Brownies every Thursday"
                thing = next((c for c in token.children if c.dep_ == "dobj"), None)
                names = [c for c in thing.subtree if c.pos_ == "PROPN"] if thing is not None else []
                if names and not any(n.ent_type_ in ("PERSON", "GPE") or n.i in analysis.child_tokens(ctx) for n in names) \
                        and not any(n.lower_ in ("school", "nursery", "college") for n in thing.subtree):
                    found.append(ctx.doc[token.i: max(n.i for n in names) + 1])
        return found
    return _memo(ctx, "goal", compute)
