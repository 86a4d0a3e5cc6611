"""Round 14 readings of the parts (issue 11 §5), kept apart so the frames are easy to find. Worry
impact: the harm shown in the child's body or care (a reading that fell, a body state seen, a
hospital stay or treatment the harm made needed, sleep lost). Worry behaviour: an adult's act told
through a witness in the passive ("Dad was seen drinking"), and not the witness's own seeing; what
happened to an adult (a death) or what they believe is not an act. Goal: a general outcome ("will
thrive") is a wish; a verb under a negated adult verb or in a time clause is not the adults' act;
asking the child who, where or when is a check."""
from __future__ import annotations

from .. import analysis
from ..base import Context
from .common import _in_condition, _negated, _under_modal, loose_subjects

# What a reading of the child's body is called ("her oxygen levels", "his blood sugar", "her weight").
_MEASURES = {"level", "levels", "sugar", "sugars", "oxygen", "saturation", "saturations", "sats", "temperature",
             "weight", "rate", "pressure", "count", "glucose", "breathing", "heartbeat", "pulse"}
_FALLING = {"drop", "fall", "plummet", "dip", "crash", "plunge", "slip"}
# How a hurt or unwell child looks (what a carer or nurse saw): not a feeling, not a label.
_BODY_STATES = {"floppy", "drowsy", "limp", "pale", "grey", "lethargic", "unresponsive", "dehydrated", "listless",
                "clammy", "sleepy", "shaking", "shivering", "hypothermic", "jaundiced", "blue", "feverish", "faint",
                "unconscious", "weak", "shaky", "sweaty", "breathless", "wheezy", "mottled", "cold", "soaked"}
_LOW = {"low", "high", "dangerous", "dangerously"}
# Taken into a hospital's care ("admitted", "rushed to A&E", "kept in overnight").
_ADMITTING = {"admit", "readmit", "re-admit", "hospitalise", "hospitalize", "rush", "ventilate", "resuscitate",
              "intubate", "airlift", "blue-light"}
_CARRYING = {"take", "bring", "transfer", "send"}
_HOSPITAL = {"hospital", "a&e", "ward", "unit", "icu", "picu", "nicu", "ambulance", "emergency", "casualty"}
_REMOVED = {"pull", "take", "extract", "remove"}
_HARDLY = {"hardly", "barely", "scarcely"}
_PLANNED = {"planned", "routine", "elective", "booked"}


def _owned_by_child(ctx: Context, noun, children: set) -> bool:
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [g for c in noun.children if c.dep_ == "compound" for g in c.children if g.dep_ == "poss"]
    return any(o.i in children or analysis.pronoun_is_child(ctx, o) for o in owners)


def _child_subject(ctx: Context, verb, children: set) -> bool:
    return any(s.i in children or analysis.pronoun_is_child(ctx, s) for s in loose_subjects(verb))


def _a_measure_of_the_child(ctx: Context, verb, children: set) -> bool:
    return any(s.lemma_.lower() in _MEASURES or s.lower_ in _MEASURES
               for s in loose_subjects(verb) if _owned_by_child(ctx, s, children))


def _to_hospital(verb) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in ("to", "into", "in", "by") and any(
        g.lower_ in _HOSPITAL or g.lemma_.lower() in _HOSPITAL for g in c.subtree) for c in verb.children)


def body_shows_harm(ctx: Context, children: set):
    """"her oxygen levels dropped", "Leo was floppy and pale", "Ava has been admitted to hospital twice",
    "Sam was taken to A&E", "he has had six teeth pulled out", "Jo has hardly slept": the harm shown in
    the child's body or care, said as what has happened. Not "could be admitted" (the future), not an
    adult's body, not a rise, not a planned stay."""
    if not children:
        return None
    for token in ctx.tokens:
        if _under_modal(token) or _in_condition(token):
            continue
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX"):
            if _negated(token):
                continue
            if lemma in _FALLING and _a_measure_of_the_child(ctx, token, children):
                return token.sent  # "her oxygen levels dropped"
            passive = any(c.dep_ == "auxpass" for c in token.children)
            if passive and (lemma in _ADMITTING or lemma in _CARRYING and _to_hospital(token)) and any(
                    c.dep_ == "nsubjpass" and (c.i in children or analysis.pronoun_is_child(ctx, c))
                    for c in token.children) and not any(t.lower_ in _PLANNED for t in token.sent):
                return token.sent  # "was admitted to hospital", "was taken to A&E by ambulance"
            if lemma == "have" and _child_subject(ctx, token, children) and any(
                    c.dep_ in ("ccomp", "xcomp", "dobj") and any(
                        g.lemma_.lower() in _REMOVED and g.tag_ == "VBN" for g in c.subtree)
                    for c in token.children):
                return token.sent  # "he has had six teeth pulled out"
            if lemma in ("sleep", "eat") and any(c.lower_ in _HARDLY for c in token.children) and \
                    _child_subject(ctx, token, children):
                return token.sent  # "Jo has hardly slept"
            if lemma == "be":
                states = [c for c in token.children if c.dep_ in ("acomp", "attr", "oprd")]
                states += [g for s in list(states) for g in s.conjuncts]
                if any(s.lower_ in _BODY_STATES for s in states) and _child_subject(ctx, token, children):
                    return token.sent  # "he was floppy and sleepy"
                if any(s.lower_ in _LOW for s in states) and _a_measure_of_the_child(ctx, token, children):
                    return token.sent  # "his sugars were low"
        elif token.pos_ == "ADJ" and token.lower_ in _BODY_STATES and token.dep_ == "conj":
            head = token.head
            while head.dep_ == "conj" and head.head.i != head.i:
                head = head.head
            if head.dep_ == "acomp" and _child_subject(ctx, head.head, children) and not _negated(head.head):
                return token.sent
    return None


# Seeing, hearing, finding: the one seen doing it is the actor; the one seeing is a witness.
PERCEIVING = {"see", "hear", "spot", "observe", "find", "catch", "witness", "overhear", "notice", "film",
              "record", "photograph", "video"}
_FOUND_STATES = {"asleep", "drunk", "unconscious", "intoxicated", "collapsed", "passed", "high", "incoherent",
                 "slumped", "unresponsive"}


def seen_doing(ctx: Context, adults: set, children: set) -> list:
    """"Dad was seen by a neighbour drinking cans on the towpath", "Mum was heard screaming at Ava",
    "Mum was found asleep on the sofa at midday": an adult's act told through a witness, in the
    passive. The adult seen (not a child, not a professional) did it."""
    professionals = set(analysis.people_words()["professionals"])
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in PERCEIVING or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        seen = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not seen:
            continue
        person = seen[0]
        if person.i in children or analysis.pronoun_is_child(ctx, person) or person.lower_ in professionals \
                or person.lemma_.lower() in professionals or not (person.i in adults or analysis.is_person(person)):
            continue
        acts = [act for act in verb.children if act.dep_ in ("xcomp", "advcl", "ccomp", "acomp", "oprd")
                and act.i > verb.i and (act.tag_ == "VBG" or act.lower_ in _FOUND_STATES)]
        if not acts:
            # "was seen by a neighbour drinking cans": the model can read the -ing word as a noun.
            acts = [t for t in verb.subtree if verb.i < t.i <= verb.i + 6 and t.lower_.endswith("ing")
                    and (t.dep_ in ("compound", "dobj", "amod", "pobj", "nmod")
                         or t.dep_ == "acl" and t.tag_ == "VBG" and t.head.dep_ == "pobj"
                         and t.head.head.dep_ == "agent") and t.lower_ not in _ING_NOUNS
                    and t.sent.start == verb.sent.start][:1]
        found.extend(analysis.Action(person, act, False) for act in acts)
    return found


# Words ending in -ing that name a thing or a time, not a doing ("the morning clinic").
_ING_NOUNS = {"morning", "evening", "building", "ceiling", "meeting", "wedding", "nothing", "something", "anything",
              "everything", "clothing", "thing", "king", "ring", "spring", "string", "sibling", "darling", "wing",
              "swing", "bedding", "housing", "nursing", "training", "during", "parking", "landing", "learning",
              "hearing", "setting", "funding", "booking", "sleeping", "feeding", "dressing", "shopping", "being"}


_VIEWS = {"view", "belief", "opinion", "attitude", "idea", "value", "ideology", "faith"}


def not_a_deed(verb) -> bool:
    """"Brook's dad passed away", "Mum died last year", "Dad is believed to hold extreme views": what
    happened to an adult, or what they think, is not an act done to or around the child."""
    lemma = verb.lemma_.lower()
    if lemma == "die" or lemma == "pass" and any(c.lower_ in ("away", "on") for c in verb.children):
        return True
    if lemma in ("hold", "have", "share", "express", "voice") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _VIEWS for c in verb.children):
        return True
    return lemma in ("believe", "think") and not any(c.dep_ == "ccomp" for c in verb.children)


def witness_only(verb) -> bool:
    """"Clay was seen by a neighbour on the roof": the neighbour saw; seeing is not their act."""
    return verb.lemma_.lower() in PERCEIVING


# Outcomes said in general ("will thrive", "will flourish", "will reach her potential", "will be safe
# from harm"): a wish, with nothing from the child's day.
_GENERAL = {"thrive", "flourish", "prosper", "blossom", "progress", "develop"}


def general_outcome(token) -> bool:
    """Is this experience word only a general outcome? Read on the verb the word stands in."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    lemma = verb.lemma_.lower()
    if lemma in _GENERAL:
        return True
    if lemma == "reach" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("potential", "milestone")
                                for c in verb.children):
        return True
    if lemma == "do" and any(c.lower_ == "well" for c in verb.children) and not any(
            c.dep_ in ("prep", "advcl", "dobj") for c in verb.children):
        return True
    if token.lower_ == "safe":
        return any(c.dep_ == "prep" and c.lower_ == "from" for c in token.children) and not any(
            c.dep_ in ("advcl", "xcomp") for c in token.children)
    return False


def _a_wish_sentence(sentence) -> bool:
    """A sentence whose only verb for the child is a general outcome."""
    root = sentence.root
    return general_outcome(root) or any(general_outcome(c) for c in root.children if c.dep_ == "acomp")


def under_a_refusal(verb) -> bool:
    """"Mum will not force the children to wash", "Dad will not make Ivy clean": the verb under a
    negated adult verb is what will not be asked of the child, not what the adults will do."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ not in ("xcomp", "ccomp") or node.head.i == node.i:
        return False
    return any(c.dep_ == "neg" for c in node.head.children)


_TIME_MARKS = {"until", "till", "once", "when", "before", "after"}
_TIME_VERBS = {"turn", "reach", "become", "be", "get"}


def only_when(verb) -> bool:
    """"until she turns 18", "once he reaches 16": a verb that only says when."""
    return verb.dep_ == "advcl" and verb.lemma_.lower() in _TIME_VERBS and any(
        c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in verb.children) and any(
        c.like_num for c in verb.subtree)


_WH = {"who", "where", "whether", "how", "what", "when", "if", "which"}
_OCCASIONS = {"visit", "weekend", "day", "week", "night", "morning", "evening", "session", "meeting", "time",
              "term", "holiday", "contact", "exeat", "monday", "tuesday", "wednesday", "thursday", "friday",
              "saturday", "sunday", "fortnight", "month", "check", "appointment"}


def asks_after_an_occasion(token) -> bool:
    """"will ask the girls at each school visit who looked after them", "will ask Leo every Sunday who
    put him to bed": the question clause the model hangs on the occasion noun is still what is asked."""
    for noun in token.subtree:
        if noun.lemma_.lower() not in _OCCASIONS and noun.lower_.rstrip("s") not in _OCCASIONS:
            continue
        for clause in (c for c in noun.children if c.dep_ == "relcl"):
            if any(g.lower_ in _WH and g.i < clause.i and g.i > noun.i for g in clause.children):
                return True
    return False


def watches_adults_do(verb, caregivers: set) -> bool:
    """"Leanne will watch you make a bottle on her visits", "the nurse will see Dad give the feed":
    watching the adults do the step (a clause with a caregiver as its subject) is a check."""
    if verb.lemma_.lower() not in ("watch", "observe", "see"):
        return False
    return any(c.dep_ in ("ccomp", "xcomp") and any(
        g.dep_ == "nsubj" and (g.lower_ in caregivers or g.lemma_.lower() in caregivers) for g in c.children)
        for c in verb.children)


def name_before_the_modal(verb, children: set) -> list:
    """"Holly and Joy will fall asleep…": when the model gives the verb no subject, the child's name
    hung on it just before its "will" is the subject."""
    modals = [c for c in verb.children if c.tag_ == "MD" and c.i < verb.i]
    if not modals:
        return []
    return [c for c in verb.children if c.i < modals[0].i and c.i in children
            and c.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "poss")]


def an_overdose(verb) -> bool:
    """"Mum took an overdose of her tablets", "Dad took all of his pills at once": taking too much on
    purpose is an act, not following treatment."""
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in ("overdose", "od") or any(
            g.lower_ in ("all", "too", "handful", "whole") for g in c.subtree)) for c in verb.children)


# What an organisation's name ends in ("the Farming Community Network", "the Young Carers Project").
_ORG_HEADS = {"network", "service", "services", "team", "trust", "project", "charity", "centre", "center",
              "foundation", "association", "agency", "partnership", "programme", "program", "hub", "society",
              "club", "unit", "line", "helpline"}


def a_service_not_a_helper(person) -> bool:
    """"support from the Farming Community Network", "engage with his Channel mentor": a service named
    by its title, or a worker named by a job word, is not the family's network. "The family network"
    and "Nan's friends from church" stay."""
    from .round13 import ROLE_HEADS

    lemma = person.lemma_.lower()
    if lemma in ROLE_HEADS:
        return True
    named = [c for c in person.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title]
    return lemma in _ORG_HEADS and bool(named)


# A service's schedule for a child ("immunisations", "jabs", "checks"): behind with it is the adults'
# omission, told in the service's words, not what the child lives through.
_SCHEDULES = {"immunisation", "immunization", "vaccination", "vaccine", "jab", "injection", "check", "check-up",
              "appointment", "review", "screening", "registration", "paperwork"}


def a_service_word(token) -> bool:
    """"Will is behind with his immunisations", "was stop searched": an impact word that is the
    service's record or procedure. "Kai is behind at school" and "Leo stopped eating" stay."""
    lower = token.lower_
    if lower in ("stop", "stopped") and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in (
            "searched", "search", "and", "-"):
        return True  # "stop searched", "stop and search"
    if token.pos_ == "NOUN" and token.lemma_.lower() in _SCHEDULES:
        return True  # "her health checks": a service's check, not the child checking on Mum
    if lower == "behind":
        around = list(token.children) + (list(token.head.children) if token.dep_ in ("advmod", "acomp") else [])
        return any(c.dep_ == "prep" and c.lower_ in ("with", "on") and any(
            g.lemma_.lower().rstrip("s") in _SCHEDULES or g.lemma_.lower() in _SCHEDULES
            for g in c.subtree if g.dep_ in ("pobj", "conj")) for c in around)
    return False


_NOTIFYING = {"notify", "inform", "tell", "report", "contact", "update", "register", "apply", "write", "email"}


def tells_a_service(verb, professionals: set) -> bool:
    """"Ms Mensah to notify the Local Authority of the arrangement", "Dad to inform Children's Services
    of any change of address", "Mum to register Kai with a GP": word or forms sent to a service are
    paperwork, not what the adults will do at home. "Mum will tell Nan when she needs a break" stays."""
    from .common import is_institution

    if verb.lemma_.lower() not in _NOTIFYING:
        return False
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    told += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with", "for")
             for g in c.children if g.dep_ == "pobj"]
    return any(is_institution(t) or t.lower_ in professionals or t.lemma_.lower() in professionals
               or t.lower_ in ("gp", "council", "school", "nursery", "police") for t in told)
