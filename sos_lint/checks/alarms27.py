"""Round 27 (alarms27): false alarms on good statements, mended by how the sentence is built
(issue 11 §3). Read from the open good sets 13-24 and the good rows of the open word sets; each
class is described at its function.

1. SOS511, what the family has already done, said to them: "you have been honest with us about what Callum
   did", "you have agreed to the block on gambling that the bank has put on your card". A goal's
   opening often names a strength the parents have shown. Told in the past or the present
   perfect, with no deed still to come inside the flagged words, it is not the goal's ask. "Mum
   has agreed to engage with services" (the deed to come is inside) and "has agreed to the written
   agreement" (a service's paper) are read as ever.
2. SOS511, the reason for someone else's deed: "April and Noah are collected from school by Iris
   every Wednesday so you can see your counsellor". The goal's action is Iris's; the service is
   only why she does it. A compliance phrase in a "so (that) … can" clause hung on another
   person's everyday deed is not the goal's measure.
3. (withdrawn: SOS512's child spared blame in a joined clause was already silent wherever the child is
   found; the one good-set case left, w11-34, is the people analysis missing the child.)
4. SOS301, "use" of a thing: "warming the one room they used", "the pram she used". The verb
   "use" names a drug habit only with no object or a drug for its object; with a thing for its
   object (or as the thing's relative clause) it is the everyday verb.
"""
from __future__ import annotations

from . import analysis
from .base import Context

# ---- 1. what the family has already done ----
# A service's paper or process agreed to is still compliance, whatever the tense.
_SERVICE_PAPER = {"agreement", "agreements", "plan", "plans", "assessment", "assessments", "programme", "programmes",
                  "course", "courses", "service", "services", "referral", "referrals", "visit", "visits", "appointment",
                  "appointments", "contract", "contracts", "conditions", "condition", "order", "orders", "testing",
                  "tests", "test", "treatment", "meeting", "meetings", "group", "sessions", "session", "work",
                  "intervention", "interventions", "support", "professionals", "recommendations"}


def _governing_verb(span):
    token = span.root
    for t in [token, *token.ancestors]:
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            return t
    return None


def done_already(span) -> bool:
    verb = _governing_verb(span)
    if verb is None:
        return False
    children = list(verb.children)
    # "will have improved": the modal can hang on the auxiliary.
    if any(c.tag_ == "MD" or (c.dep_ == "aux" and any(g.tag_ == "MD" for g in c.children)) for c in children):
        return False
    # A finite clause of someone's own: "you have been honest", "Mum has agreed" (not a verb the
    # parse found without a subject, "with Mum evidencing sustained abstinence").
    # Said to the family ("you have been honest with us"): the house style's acknowledgement. The
    # record's "Mum has taken her lithium as prescribed since March", "Father has been compliant
    # with his licence" set compliance as the measure, and are read as ever.
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ != "you":
        return False
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children)
    if not (perfect or verb.tag_ == "VBD"):
        return False
    if any(c.dep_ == "auxpass" for c in children):
        return False  # "Saffron has been referred": something done to someone, read as ever
    # No deed still to come inside the flagged words ("has agreed to engage with services").
    if any(t.i != verb.i and t.pos_ in ("VERB", "AUX") and t.tag_ in ("VB", "VBG") for t in span):
        return False
    # A service's paper or process as what was agreed to or kept ("has agreed to the written agreement").
    if any(t.lower_ in _SERVICE_PAPER or t.lemma_.lower() in _SERVICE_PAPER
           for t in verb.subtree if t.dep_ in ("pobj", "dobj", "attr") and t.i not in range(span.start, span.end)
           or t.i in range(span.start, span.end)):
        return False
    # A conditional or a goal sentence built on need/want is still the ask.
    if any(t.lower_ in ("if", "unless", "until") for t in verb.sent):
        return False
    return True


# ---- 2. the reason for someone else's deed ----

def _subject(verb):
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    agent = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return agent[0] if agent else (subjects[0] if subjects else None)


def purpose_of_another(span) -> bool:
    verb = _governing_verb(span)
    while verb is not None:
        if verb.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ == "so" for c in verb.children) \
                and any(c.tag_ == "MD" and c.lower_ in ("can", "could") for c in verb.children):
            main = verb.head
            doer, helped = _subject(main), _subject(verb)
            if doer is None or helped is None or doer.lower_ == helped.lower_:
                return False
            if main.lemma_.lower() in ("attend", "engage", "comply", "complete", "work"):
                return False
            return analysis.is_person(doer) or doer.pos_ in ("PROPN", "PRON")
        if verb.dep_ in ("ROOT",) or verb.head.i == verb.i:
            return False
        verb = next((t for t in verb.ancestors if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")), None)
    return False


def compliance_not_asked(ctx: Context, span) -> bool:
    """An SOS511 span that is a strength already shown, or the reason for another's deed."""
    return done_already(span) or purpose_of_another(span)


# ---- 4. "use" of a thing ----
_DRUGS = {"drug", "drugs", "cannabis", "weed", "heroin", "cocaine", "crack", "spice", "ketamine", "mdma", "ecstasy",
          "meth", "methadone", "amphetamine", "amphetamines", "speed", "substance", "substances", "alcohol", "drink",
          "needle", "needles", "pipe", "pills", "tablets", "valium", "benzos", "opiates", "gas", "balloons", "it",
          "them", "what", "that"}


_TIMES = {"day", "night", "evening", "morning", "afternoon", "week", "weekend", "time", "month", "hour", "payday"}


def use_of_a_thing(span) -> bool:
    for verb in span:
        if verb.lemma_.lower() != "use" or verb.pos_ != "VERB":
            continue
        # A time read as the object ("uses most evenings", "uses every weekend") is no thing used.
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() not in _TIMES
                   and not c.ent_type_ in ("DATE", "TIME")]
        if objects:
            return all(o.lower_ not in _DRUGS and o.lemma_.lower() not in _DRUGS and o.pos_ in ("NOUN", "PROPN")
                       for o in objects)
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head.lower_ not in _DRUGS and verb.head.lemma_.lower() not in _DRUGS
        return False
    return False


def drop(found: list, ctx: Context) -> list:
    """Word-rule findings less those read by the classes above (called from alarms26.drop)."""
    doc = ctx.doc
    kept = []
    for f in found:
        if f.code == "SOS301" and f.end > f.start:
            span = doc.char_span(f.start, f.end, alignment_mode="expand")
            if span is not None and len(span) and (use_of_a_thing(span) or team_of_a_worker(span)
                                                   or said_of_nobody_in_particular(span)
                                                   or safe_from_a_danger(ctx, span)):
                continue
        kept.append(f)
    return kept


# ---- 5. SOS501: the writer says who they are ----
_WRITING = {"write", "writing"}


def writer_named(ctx: Context) -> bool:
    """"I am the safeguarding lead at Nadia's school. On Monday …", "I am writing as the family's
    GP": a statement in the first person whose writer names their job is a worry the reader can
    take to that person, as "we are worried" is. The job is a professional's (rules/people.toml);
    "I think", "I feel" or a parent's "I am Ellie's mum" is read as ever."""
    professionals = set(analysis.people_words()["professionals"]) - {"i", "we", "everyone", "everybody"}
    for sentence in ctx.sentences:
        for verb in sentence:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.lower_ != "i":
                continue
            if verb.lemma_.lower() == "be":
                role = next((c for c in verb.children if c.dep_ == "attr"), None)
            elif verb.lemma_.lower() in _WRITING:
                role = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                             for g in c.children if g.dep_ == "pobj"), None)
            else:
                continue
            if role is not None and (role.lower_ in professionals or role.lemma_.lower() in professionals):
                return True
    return False


# ---- Read after set 25's first measurement (tuned) ----

# ---- 6. SOS501: the worried people as the object of "worry" ----
_WORRYING = {"worry", "concern", "alarm", "trouble"}


def worried_as_object(ctx: Context) -> bool:
    """"… on 41 of 92 days, which worries Precious, the early help worker, and Mr Pugh": the
    people who are worried are the object of "worries"/"concerns". A thing that worries nobody
    named ("Mum worries about money", "this worries us" with no one else) is read as ever, and "us"
    is enough only as "us" is elsewhere ("we are worried")."""
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _WORRYING or verb.tag_ not in ("VBZ", "VBP", "VBD"):
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            people = [obj, *(c for c in obj.subtree if c.dep_ in ("conj", "appos"))]
            if any(p.lower_ in ("us", "me") or analysis.is_person(p) or p.ent_type_ == "PERSON" for p in people):
                return True
    return False


# ---- 7. SOS301: a label in a team's name, given as where a worker is from ----
_TEAM_HEADS = {"team", "teams", "unit", "service", "services", "panel", "clinic", "project", "hub"}
_FROM = {"from", "at", "of", "in", "with"}


def team_of_a_worker(span) -> bool:
    """"PC Daniel Mwangi from the police domestic abuse team": the label names the team a named
    worker comes from, not what anyone did. "Mum was referred to the domestic abuse team",
    "engage with the substance misuse team" (a service to go to) are read as ever."""
    head = span.root
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i:
        head = head.head
    if head.lower_ not in _TEAM_HEADS or head.i < span.end - 1 or head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ not in _FROM:
        return False
    owner = prep.head
    return owner.pos_ in ("PROPN", "NOUN") and (analysis.is_person(owner) or owner.ent_type_ == "PERSON"
                                                 or owner.lower_ in analysis.people_words()["professionals"])


# ---- 8. SOS301: a habit said of nobody in particular ----
_INDEFINITE = {"nobody", "anybody", "anyone", "someone", "somebody", "everyone", "no-one", "people", "adults",
               "adult", "one", "whoever"}


def said_of_nobody_in_particular(span) -> bool:
    """"Nobody who uses drugs will come to the flat", "no adult who has been drinking": the habit
    names the kind of person kept away, not an adult of the family. "Dad, who uses drugs, …" is
    read as ever."""
    verb = next((t for t in span if t.pos_ == "VERB"), None)
    if verb is None or verb.dep_ != "relcl":
        return False
    owner = verb.head
    if owner.lower_ in _INDEFINITE:
        return True
    return any(c.dep_ == "det" and c.lower_ in ("no", "any", "every") for c in owner.children)


# ---- 9. the need the goal meets: "needs to be kept safe from …" with the deeds said ----
_SAFE = {"safe", "safer"}


def _need_aim(span):
    """The "safe from …" of a need ("Alfie needs to be kept safe from your medicines"): the verb
    "need" whose subject is the goal's child, with "safe" under it."""
    for t in [span.root, *span.root.ancestors]:
        if t.lemma_.lower() == "need" and t.pos_ == "VERB":
            return t
        if t.dep_ == "ROOT":
            return None
    return None


def need_met_by_deeds(ctx: Context, span) -> bool:
    """SOS512: the house style's opening need, "Poppy needs to be safe from sexual abuse, and that
    means Dean is never alone with her", "Alfie needs to be kept safe from your medicines … From
    today, your methadone will live in the locked box": a need (not a "will be" outcome) for a
    named danger, met by the adults' deeds the goal sets out. "Leo will be protected from harm",
    and a need with no adult's deed in the goal, are read as ever."""
    from .parts import adult_actions
    need = _need_aim(span)
    if need is None or not any(t.lower_ in _SAFE for t in span.sent if t.i > need.i):
        return False
    if any(c.dep_ == "neg" for c in need.children):
        return False
    return any(a.verb.i > need.i and not a.negated for a in adult_actions(ctx))


def safe_from_a_danger(ctx: Context, span) -> bool:
    """SOS301 in a goal: the label names the danger a need keeps the child from ("needs to be safe
    from sexual abuse"), not what an adult did; the goal's deeds say what keeps the child safe."""
    if ctx.kind != "goal":
        return False
    root = span.root
    prep = root.head if root.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "from" or prep.head.lower_ not in _SAFE | {"kept", "keep", "protect", "protected"}:
        return False
    return need_met_by_deeds(ctx, span)
