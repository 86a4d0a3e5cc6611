"""Round 35 (words35): victim blaming read as classes on the parse (SOS306).

Class 1. A child made the agent of their own harm with a reflexive verb: the child "puts" or
"places herself at (significant) risk", "in harm's way", "in dangerous situations", "exposes himself
to exploitation", or "isolates herself". The lexicon holds the fixed wordings ("putting herself at
risk"); the parse reads the rest (an adjective inside, "placing herself at significant risk"; other
places of danger; isolating). Marked by readers on sets 18-32 each time a child was the subject.
Left alone: an adult as the subject ("Dad put himself at risk" is no child's blame), a reflexive
that is not a danger ("she puts herself to bed"), and quoted words.

Class 2. "Attention-seeking" said of what a child does rather than of a person: "this may be
attention-seeking behaviour", "self-harming behaviours which appear to be attention seeking", "this
was attention-seeking rather than a genuine attempt". person_verdicts reads it said of the child by
name ("Jade is attention-seeking"); said of the child's acts it blames the child the same way, and
readers marked it so on sets 19, 24, 29 and 31. Left alone: said of an adult ("Mother is
attention-seeking" is a judgement of her, SOS305's), quoted words ("Dad calls her 'attention-seeking'"),
and a statement with no child in it.

Class 3. A goal that sets the woman a man hurts the task of making the children safe, in the
professional's words: "Mum to ensure the children are not exposed to any more violence", "Ms Hale to
put safety measures in place", "Mum to protect Sage and Bruno from domestic abuse". The job of
stopping the abuse is put on the parent he hurts (Safe & Together), as verdicts.mothers_duty_spans
reads "Mum will keep the children safe". Marked by readers on sets 31 and 32, beside what the man
will do as much as without it. Left alone, as in words32's class 1: a goal spoken to her ("you
will ..."), a sentence holding her own plan ("if he comes round she will ring 999"), a worry, a man
or a child as the subject, and any statement not about an adult hurting a partner.
"""
from __future__ import annotations

from . import analysis, child_blame, verdicts, words25, words32
from .base import Context
from .word_context import is_child, quoted

# ---- Class 1 ----
_SELVES = {"herself", "himself", "themselves", "themself"}
# Verbs that, with the child as subject and a reflexive object, make the child the agent of harm.
_PLACING = {"put", "place"}
_EXPOSING = {"expose", "subject", "leave"}
_ISOLATING = {"isolate", "cut"}
# Where a child "puts herself": nouns of danger ("at risk", "in harm's way", "in risky situations").
_DANGER_PLACES = {"risk", "danger", "harm", "way", "jeopardy", "situation", "situations", "position", "positions",
                  "peril"}
# What a child "exposes himself to": harm of some kind (never "to the sun").
_HARMS = {"risk", "danger", "harm", "exploitation", "abuse", "grooming", "violence", "predator", "predators",
          "men", "males", "adults", "gang", "gangs"}


def _reflexive(verb):
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _SELVES), None)


def _child_subject(ctx: Context, verb) -> bool:
    subject = analysis.subject_of(verb, through=("xcomp", "conj", "pcomp", "advcl"))
    if subject is None:
        return False
    if subject.i in analysis.adult_tokens(ctx):
        return False
    return child_blame._is_the_child(ctx, subject)


def self_agent_spans(ctx: Context) -> list:
    """Class 1: see the module's notes."""
    def compute():
        found = []
        for verb in ctx.tokens:
            lemma = verb.lemma_.lower()
            if verb.pos_ != "VERB" or lemma not in _PLACING | _EXPOSING | _ISOLATING:
                continue
            self_ = _reflexive(verb)
            if self_ is None:
                continue
            end = None
            if lemma in _PLACING | _EXPOSING:
                preps = [c for c in verb.children if c.dep_ == "prep" and c.i > self_.i
                         and c.lower_ in (("at", "in", "into") if lemma in _PLACING else ("to",))]
                for prep in preps:
                    place = next((o for o in prep.children if o.dep_ == "pobj"), None)
                    if place is None:
                        continue
                    words = {place.lemma_.lower(), place.lower_}
                    if words & (_DANGER_PLACES if lemma in _PLACING else _HARMS):
                        end = place.i
                        break
            else:
                # "isolates herself", "is isolating himself from peers", "cuts herself off from friends"
                if lemma == "cut" and not any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
                    continue
                end = max([self_.i] + [c.i for c in verb.children if c.dep_ == "prt" and c.lower_ == "off"])
            if end is None or not _child_subject(ctx, verb):
                continue
            span = ctx.doc[verb.i:end + 1]
            if not quoted(span):
                found.append(span)
        return found
    return ctx.memo("words35:self_agent", compute)


# ---- Class 2 ----
_RELATIVES = {"which", "that", "who"}


def _attention_seeking_tokens(ctx: Context):
    """(first, last) of each "attention-seeking" / "attention seeking" / "attention - seeking"."""
    doc = ctx.doc
    for t in ctx.tokens:
        if t.lower_ == "attention-seeking":
            yield t, t
        elif t.lower_ == "attention" and t.i + 1 < len(doc):
            nxt = doc[t.i + 1]
            if nxt.lower_ == "seeking":
                yield t, nxt
            elif nxt.text in ("-", "‐", "‑") and t.i + 2 < len(doc) and doc[t.i + 2].lower_ == "seeking":
                yield t, doc[t.i + 2]


def _said_of(last):
    """What the phrase is said of: the noun it qualifies ("attention-seeking behaviour") or the
    subject of the clause it is the complement of ("this was attention-seeking"), a relative
    pronoun read back to its noun ("behaviours which appear to be attention seeking")."""
    node = last
    if node.dep_ in ("amod", "compound", "npadvmod") and node.head.pos_ in ("NOUN", "PROPN"):
        noun = node.head
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner
        node = noun
    for _ in range(4):
        if node.dep_ in ("amod", "compound", "npadvmod", "acomp", "attr", "oprd", "xcomp", "ccomp", "advmod",
                         "conj", "dobj", "pobj", "prep") and node.head is not node:
            node = node.head
        else:
            break
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            if subject.lower_ in _RELATIVES and subject.head.dep_ == "relcl":
                return subject.head.head
            return subject
    return None


def attention_seeking_spans(ctx: Context) -> list:
    """Class 2: see the module's notes."""
    def compute():
        if not analysis.child_tokens(ctx) and not child_blame.about_exploitation(ctx):
            return []
        found = []
        adults = analysis.adult_tokens(ctx)
        for first, last in _attention_seeking_tokens(ctx):
            span = ctx.doc[first.i:last.i + 1]
            if quoted(span):
                continue
            said_of = _said_of(last)
            if said_of is not None and said_of.i in adults:
                continue
            if said_of is not None and said_of.pos_ == "PRON" and said_of.lower_ in ("she", "he", "they", "her", "him") \
                    and not analysis.pronoun_is_child(ctx, said_of):
                continue  # "she is attention-seeking", she the mother
            if said_of is not None and said_of.lower_ in ("mum", "mother", "dad", "father", "parent", "parents",
                                                          "carer", "carers", "stepdad", "stepmum", "partner"):
                continue
            found.append(span)
        return found
    return ctx.memo("words35:attention", compute)


# ---- Class 3 ----
_MAKING_SAFE = {"ensure", "protect", "safeguard"}
_MEASURES = {"measure", "measures", "safeguard", "safeguards", "arrangement", "arrangements", "step", "steps",
             "strategy", "strategies", "plan", "plans", "boundary", "boundaries"}


def _goal_doer(verb):
    """Who is to do the verb in a goal's headline: words32's reading, and "Mum to protect Sage",
    parsed with "Mum" as the root and the verb a relative clause under it."""
    doer = words32._doer(verb)
    if doer is not None:
        return doer
    node = verb
    for _ in range(3):
        if node.dep_ in ("relcl", "acl", "advcl") and node.head.pos_ in ("NOUN", "PROPN") \
                and any(c.lower_ == "to" and c.dep_ == "aux" for c in node.children):
            return node.head
        if node.dep_ in ("conj", "xcomp"):
            node = node.head
            continue
        break
    return None


def _in_place(verb) -> object | None:
    """"put safety measures in place": the noun "place" under "in", or None."""
    return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                 for o in p.children if o.dep_ == "pobj" and o.lower_ == "place"), None)


def harmed_parent_duty_spans(ctx: Context) -> list:
    """Class 3: see the module's notes."""
    if ctx.kind != "goal" or not verdicts.about_domestic_abuse(ctx):
        return []

    def compute():
        found = []
        for verb in ctx.tokens:
            lemma = verb.lemma_.lower()
            if verb.pos_ != "VERB":
                continue
            if lemma in _MAKING_SAFE:
                end = verb.i
            elif lemma in ("put", "have", "get") and _in_place(verb) is not None and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _MEASURES for c in verb.children):
                end = _in_place(verb).i
            else:
                continue
            if words32._plan_in(verb.sent):
                continue  # "if he comes round she will ring 999": her own plan
            subject = _goal_doer(verb)
            if subject is None or subject.lower_ == "you" or not words25._the_woman(ctx, subject):
                continue
            span = ctx.doc[verb.i:end + 1]
            if not quoted(span):
                found.append(span)
        return found
    return ctx.memo("words35:duty", compute)


# ---- Class 4 ----
def exposing_mother_spans(ctx: Context) -> list:
    """"Mum continues to expose Alfie to domestic abuse", "Summer continues to expose the children
    to DV": the abuse a man does written as what the woman he hurts does to the children. Marked by
    readers on sets 24 and 31. Left alone: "will not expose them to further DV" (a goal's absence
    of harm, SOS512's), a man as the subject ("Dad exposed the children to his violence"), and any
    statement not about an adult hurting a partner."""
    if not verdicts.about_domestic_abuse(ctx):
        return []

    def compute():
        found = []
        kids = analysis.child_tokens(ctx)
        for verb in ctx.tokens:
            if verb.lemma_.lower() != "expose" or verb.pos_ != "VERB" or words32._not(verb) \
                    or verb.tag_ == "VBN":
                continue
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            objects += [c for o in objects for c in o.conjuncts]
            if not objects or not any(o.i in kids or o.lower_ in ("children", "child", "kids", "baby", "them")
                                      or is_child(ctx, o, strict=False) for o in objects):
                continue
            last = max(o.right_edge.i for o in objects)  # "Zac (5) to domestic abuse"
            if not any(t.lower_ == "to" for t in ctx.doc[last + 1:min(last + 3, verb.sent.end)]):
                continue  # "to domestic abuse" (sometimes parsed as an infinitive's "to")
            subject = analysis.subject_of(verb, through=("xcomp", "conj"))
            if subject is None or subject.lower_ == "you" or not words25._the_woman(ctx, subject):
                continue
            start = verb.head.i if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("continue", "keep") \
                and verb.head.i < verb.i else verb.i
            span = ctx.doc[start:max(o.i for o in objects) + 1]
            if not quoted(span):
                found.append(span)
        return found
    return ctx.memo("words35:exposing", compute)


# ---- Class 5 ----
_OWN_CARE = {"herself", "himself", "themselves", "themself"}


def own_care_task_spans(ctx: Context) -> list:
    """"Amber, who is eight, needs to take responsibility for getting herself up", "needs to take
    responsibility for getting herself to school on time": a child made responsible for their own
    care, which is the adults' job. Read in any statement (closed_classes reads the child's
    responsibility only where the child is exploited). Marked by readers on sets 25 and 33 (set 33
    read after its held-out measurement: this class is tuned on it). Left alone: an adult as the
    subject ("Dad will take responsibility for getting himself to his appointments"), and a child's
    responsibility for something that is not their own care ("Leo will take responsibility for
    feeding the cat")."""
    def compute():
        found = []
        for verb in ctx.tokens:
            if verb.lemma_.lower() not in ("take", "accept", "have") or verb.pos_ != "VERB":
                continue
            duty = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "responsibility"), None)
            if duty is None:
                continue
            for_ = next((c for c in list(duty.children) + list(verb.children)
                         if c.dep_ == "prep" and c.lower_ == "for"), None)
            if for_ is None or not any(t.lower_ in _OWN_CARE or (t.lower_ == "own" and t.head.dep_ != "dobj")
                                       for t in for_.subtree):
                continue
            if not _child_subject(ctx, verb):
                continue
            span = ctx.doc[verb.i:for_.i + 1]
            if not quoted(span):
                found.append(span)
        return found
    return ctx.memo("words35:own_care", compute)
