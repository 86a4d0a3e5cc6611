"""Round 15 readings of the parts (issue 11 §5), kept apart so the frames are easy to find.

Worry behaviour: an adult's deed whose subject the parser hung elsewhere (on a date put first, or
on the auxiliary after a clause set beside the adult) is still the adult's; what an adult means,
plans or asks for, and a failure named by a promise verb, is not a deed anyone saw. Who: a thing
said to be "a concern" is what is worried about, not who is worried. Context: "when" or "where"
opening an indirect question is what the child wonders. Impact: a body state said in a clause
with no subject of its own ("brought in drowsy"), weight lost, or a low body-mass figure."""
from __future__ import annotations

from .. import analysis
from ..base import Context
from .common import _in_condition, _negated, _under_modal

# Words for a stretch of time that can open a clause ("on two nights in June Dad…", "most
# weekends Mum…"): the model may take the time word for the subject and hang the adult on it.
_TIME_NOUNS = {"night", "evening", "morning", "afternoon", "day", "weekend", "week", "occasion", "time", "month",
               "lunchtime", "teatime", "bedtime", "saturday", "sunday", "monday", "tuesday", "wednesday",
               "thursday", "friday"}


def _has_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)


def _adult(ctx: Context, token, adults: set, children: set) -> bool:
    return token.i not in children and not analysis.pronoun_is_child(ctx, token) and (
        token.i in adults or analysis.is_person(token))


def lost_subjects(ctx: Context, adults: set, children: set) -> list:
    """"Dad, who has dementia, has twice left the hob on" (the model hangs "Dad" on "has"), "on
    two nights in June Dad locked Kai in" (the model reads "June Dad" as one name inside the time
    phrase, and the time word as the subject): the adult did it. Each conjoined verb with no
    subject of its own ("went … and left Holly") shares the adult."""
    stative = set(analysis.people_words()["stative_verbs"])
    found = []

    def add(person, verb):
        found.append(analysis.Action(person, verb, any(c.dep_ == "neg" for c in verb.children)))
        for other in verb.conjuncts:
            if other.i > verb.i and other.pos_ == "VERB" and not _has_subject(other) \
                    and other.lemma_.lower() not in stative and not any(c.dep_ == "auxpass" for c in other.children):
                found.append(analysis.Action(person, other, any(c.dep_ == "neg" for c in other.children)))

    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in stative or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            if any(c.tag_ == "MD" for c in verb.children):
                continue  # "Dad, who is 40, could hurt Leo": what could happen, not a deed
            held = [s for c in verb.children if c.dep_ == "aux" and c.i < verb.i
                    for s in c.children if s.dep_ == "nsubj"]
            if held and _adult(ctx, held[0], adults, children):
                add(held[0], verb)  # "Dad, who …, has twice left …"
            continue
        subject = subjects[0]
        if subject.lemma_.lower() not in _TIME_NOUNS or analysis.is_person(subject):
            continue
        inside = [t for t in subject.subtree if t.i > subject.i and t.i < verb.i]
        if not inside:
            continue
        last = inside[-1]
        while last.i > subject.i and not last.is_alpha:
            last = last.doc[last.i - 1]
        if last.dep_ in ("pobj", "compound", "appos", "conj") and last.text[:1].isupper() \
                and _adult(ctx, last, adults, children) and last.i == verb.i - 1 - sum(
                    1 for t in last.doc[last.i + 1: verb.i] if t.dep_ in ("aux", "neg", "advmod")):
            add(last, verb)  # "on four nights in May Dad went …"
    return found


# Verbs of meaning or planning to act: what the adult has in mind, not what anyone saw them do.
_INTENDING = {"intend", "plan", "want", "wish", "hope", "aim", "propose", "mean", "desire", "contemplate", "consider"}
# Promise verbs named as failures ("is not ensuring", "is colluding with"): a judgement of what
# the adult does not make happen, with no deed described.
_FAILING = {"ensure", "collude", "enable", "facilitate", "prioritise", "prioritize", "safeguard", "promote"}


def not_a_deed(ctx: Context, verb, children: set) -> bool:
    """"Dad intends to take Sam abroad", "Mum is planning to move", "Mum is not ensuring Ava attends", "Dad is colluding with her refusal": an intent, a
    request or a failure named by a promise verb. Not "Dad threatened to hit her" (a threat is said
    aloud). A request is left alone: "Mum asked for a feeding tube to be fitted" can be the deed."""
    lemma = verb.lemma_.lower()
    if lemma in _INTENDING and any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return True
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "xcomp" and node.head.lemma_.lower() in _INTENDING:
        return True  # "take" in "intends to take"
    return lemma in _FAILING


def a_topic_not_a_worrier(token) -> bool:
    """"Dad's drinking is a concern", "Cultural practices are a safeguarding concern": the worry noun
    is said of its subject, which is what is worried about, not who is worried."""
    return token.pos_ == "NOUN" and token.dep_ == "attr" and token.head.lemma_.lower() == "be"


def an_indirect_question(token) -> bool:
    """"asks every night when his dad is coming home", "does not know where Mum is": "when" or
    "where" opening a clause that is the object of asking, wondering or knowing."""
    if token.lower_ not in ("when", "where", "whenever"):
        return False
    clause = token.head
    if clause.dep_ not in ("ccomp", "xcomp", "dobj", "advcl", "conj"):
        return False
    asker = clause.head
    return asker.lemma_.lower() in ("ask", "wonder", "know", "question", "enquire", "inquire", "tell", "say",
                                    "understand", "remember", "worry") and asker.i < token.i


# A body state a clinician or carer saw, said with no subject of its own ("brought in drowsy").
_BODY_STATES = {"floppy", "drowsy", "limp", "pale", "grey", "lethargic", "unresponsive", "dehydrated", "listless",
                "clammy", "sleepy", "hypothermic", "jaundiced", "unconscious", "semi-conscious", "vomiting",
                "unrousable", "incoherent", "intoxicated", "drunk"}
_BROUGHT = {"bring", "take", "find", "admit", "arrive", "present", "rush", "carry", "convey", "collect"}
_WEIGHT = {"weight", "kilogram", "kilo", "kg", "stone", "pound"}


def body_shown(ctx: Context, children: set):
    """"Kai was brought into A&E drowsy", "Noor was found floppy", "Leo arrived at nursery pale and
    sleepy" (the state hangs on the verb of being brought or found), "Ava has lost a lot of weight",
    "his BMI is 13.9": the harm shown in the child's body. Not an adult's body, not weight gained,
    not what could happen."""
    if not children:
        return None
    for token in ctx.tokens:
        if _under_modal(token) or _in_condition(token):
            continue
        lower, lemma = token.lower_, token.lemma_.lower()
        if lower in _BODY_STATES:
            verb = token.head
            while verb.dep_ in ("conj", "acomp", "oprd", "advcl", "xcomp") and verb.lemma_.lower() not in _BROUGHT \
                    and verb.head.i != verb.i:
                verb = verb.head
            if verb.lemma_.lower() in _BROUGHT and not _negated(verb) and _of_a_child(ctx, verb, children):
                return token.sent
        elif lemma == "lose" and token.pos_ == "VERB" and not _negated(token) and any(
                c.dep_ == "dobj" and (c.lemma_.lower() in _WEIGHT or any(
                    g.lemma_.lower() in _WEIGHT for g in c.subtree)) for c in token.children) \
                and _of_a_child(ctx, token, children):
            return token.sent  # "has lost a lot of weight"
        elif lower == "bmi" and any(t.like_num for t in token.sent) and _owned_by_a_child(ctx, token, children):
            return token.sent  # "her BMI is now 14"
    return None


def _of_a_child(ctx: Context, verb, children: set) -> bool:
    node = verb
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return any(s.i in children or analysis.pronoun_is_child(ctx, s) for s in subjects)
        if node.dep_ in ("conj", "acl", "relcl", "advcl") and node.head.i != node.i:
            if node.dep_ in ("acl", "relcl", "appos"):
                return node.head.i in children  # "Jade (2), brought in drowsy"
            node = node.head
        else:
            break
    head = verb.head
    return verb.dep_ == "acl" and head.i in children


def _owned_by_a_child(ctx: Context, noun, children: set) -> bool:
    return any(c.dep_ == "poss" and (c.i in children or analysis.pronoun_is_child(ctx, c)) for c in noun.children)
