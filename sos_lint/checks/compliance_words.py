"""Service compliance read on the parse (SOS511, round 11): a goal whose measure is an adult being
present at a service or opening the door to one, in any voice and with any object.

- Attending: "Mum will attend the Triple P programme", "the parents will attend", "all health
  appointments are attended", "Mum's attendance at the group". A child going to school or nursery,
  and an adult at the child's own events ("attend Leo's football matches"), are not services.
- Letting a worker in: "let her in when she visits", "let the social worker in", "allow access to
  the home", "allow the social worker to see Ben alone", "open the door to the health visitor".
  Keeping an unsafe adult out ("will not let Lee in") is protective action, not compliance.

A job title is how the family knows a worker: `trim_job` cuts "work with the family support
worker" back to "work with", so the job's name is never reported as the fault.
"""
from __future__ import annotations

from . import analysis
from .base import Context
from .word_context import quoted, quoted_token, settings

# What a child goes to: school words, not services.
_SCHOOLING = {"school", "nursery", "college", "class", "classes", "lesson", "lessons", "preschool", "pre-school",
              "playgroup", "creche", "sixth", "form", "university", "academy"}
# A child's own events, which a parent going to is everyday care.
_CHILD_EVENTS = {"match", "matches", "game", "games", "party", "parties", "play", "assembly", "assemblies", "concert",
                 "concerts", "show", "shows", "day", "days", "evening", "evenings", "event", "events", "festival",
                 "graduation", "performance", "performances", "race", "races", "gala", "fixture", "fixtures",
                 "recital", "birthday", "training", "practice", "club", "clubs", "service", "church", "mosque",
                 "temple", "gurdwara", "wedding", "funeral"}
# Workers by the words that name them ("the social worker", "professionals", "the nurse").
_WORKERS = {"professional", "professionals", "worker", "workers", "practitioner", "practitioners", "visitor",
            "visitors", "nurse", "nurses", "officer", "officers", "staff", "agency", "agencies", "service",
            "services", "team", "midwife", "therapist", "counsellor", "police", "sw", "fsw", "hv", "social"}
_HOME = {"home", "house", "flat", "property", "room", "rooms", "bedroom", "bedrooms", "kitchen", "address",
         "door", "garden", "household", "caravan"}
# Verbs a worker comes by: "let her in when she visits / calls / comes".
_VISITING = {"visit", "call", "come", "arrive", "knock", "drop"}


def _is_worker(ctx: Context, token) -> bool:
    jobs = set(settings()["job_heads"])
    words = {token.lower_, token.lemma_.lower()}
    if words & (_WORKERS | jobs):
        return True
    return any(c.dep_ == "compound" and c.lower_ in ("social", "family", "health") for c in token.children)


def _pronoun_for_worker(ctx: Context, pronoun) -> bool:
    """"let her in when she visits", "let them in when they call": a pronoun for whoever visits,
    or for the worker named just before it in the same sentence."""
    if pronoun.pos_ != "PRON" or pronoun.lower_ not in ("her", "him", "them"):
        return False
    sent = pronoun.sent
    if any(t.lemma_.lower() in _VISITING and t.i > pronoun.i and t.pos_ == "VERB" for t in sent):
        return True
    before = [t for t in sent if t.i < pronoun.i and t.pos_ in ("NOUN", "PROPN", "PRON") and t.lower_ not in ("you", "i", "we")]
    return bool(before) and _is_worker(ctx, before[-1])


def _child_subject(ctx: Context, verb) -> bool:
    children = analysis.child_tokens(ctx)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ in ("xcomp", "ccomp", "conj"):
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "dobj")), None)
    if subject is None:
        return False
    if subject.i in children or subject.lower_ in analysis.people_words()["children"]:
        return True
    return subject.pos_ == "PRON" and subject.lower_ in ("he", "she", "they") and analysis.pronoun_is_child(ctx, subject)


def _neg_heads(doc) -> frozenset:
    """Indices of the tokens with a "neg" child, found once per Doc (kept in its user_data):
    `_negated` is asked of most verbs by a dozen readings, each walk of `children` making new
    Token objects."""
    heads = doc.user_data.get("sos_lint.neg_heads")
    if heads is None:
        heads = doc.user_data["sos_lint.neg_heads"] = frozenset(
            t.head.i for t in doc if t.dep_ == "neg" and t.head.i != t.i)
    return heads


def _negated(verb) -> bool:
    heads = _neg_heads(verb.doc)
    return verb.i in heads or (verb.dep_ == "xcomp" and verb.head.i in heads)


def _in_if_not(token) -> bool:
    """The house style's "If this doesn't happen…" sentence names consequences, not the goal.
    (Asked for every token by several rules: the sentences that open with "if" are found once per
    Doc and kept in its user_data, since `token.sent` walks the sentence on every call.)"""
    doc = token.doc
    inside = doc.user_data.get("sos_lint.if_sentences")
    if inside is None:
        inside = frozenset(t.i for sent in doc.sents if sent[0].lower_ == "if" for t in sent)
        doc.user_data["sos_lint.if_sentences"] = inside
    return token.i in inside


def attending_spans(ctx: Context) -> list:
    """"attend the Triple P programme", "the parents will attend", "appointments are attended",
    "Mum's attendance at the group": being present at a service as the goal."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for word in ctx.tokens:
        lemma = word.lemma_.lower()
        if _in_if_not(word):
            continue
        if lemma == "attend" and word.pos_ in ("VERB", "AUX") and not _negated(word):
            passive = next((c for c in word.children if c.dep_ == "nsubjpass"), None)
            if passive is not None:
                if passive.lower_ in _SCHOOLING or passive.i in analysis.child_tokens(ctx):
                    continue
                span = doc[passive.i:word.i + 1]
            else:
                thing = next((c for c in word.children if c.dep_ in ("dobj", "prep")), None)
                if thing is not None and thing.dep_ == "prep":
                    thing = next((c for c in thing.children if c.dep_ == "pobj"), None)
                if _child_subject(ctx, word):
                    continue  # "Holly attends school", "Leo will attend nursery": the child's day
                if thing is not None and (thing.lower_ in _SCHOOLING or thing.lemma_.lower() in _SCHOOLING):
                    continue
                if thing is not None and (thing.lower_ in _CHILD_EVENTS or thing.lemma_.lower() in _CHILD_EVENTS) \
                        and not any(t.lower_ in ("review", "appointment", "session", "meeting") for t in thing.subtree):
                    continue  # "attend Leo's football matches": being there for the child
                span = doc[word.i:word.i + 1]
            if not quoted(span):
                found.append(span)
        elif lemma == "attendance" and word.pos_ == "NOUN":
            at = next((c for c in word.children if c.dep_ == "prep" and c.lower_ in ("at", "to", "on")), None)
            place = next((c for c in at.children if c.dep_ == "pobj"), None) if at is not None else None
            if place is None or place.lower_ in _SCHOOLING or place.lemma_.lower() in _SCHOOLING:
                continue
            owner = next((c for c in word.children if c.dep_ == "poss"), None)
            if owner is not None and (owner.i in analysis.child_tokens(ctx)):
                continue
            span = doc[word.i:place.i + 1]
            if not quoted(span):
                found.append(span)
    return found


def letting_in_spans(ctx: Context) -> list:
    """"let her in when she visits", "let professionals into the flat", "allow access to the
    home", "allow the social worker to see Ben", "open the door to the health visitor"."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or _negated(verb) or _in_if_not(verb):
            continue
        span = None
        if lemma in ("let", "allow", "permit") and reflexive_let(verb):
            continue  # "Nan, you will let yourself in with your key"
        if lemma in ("let", "allow", "permit"):
            # "let her in": spaCy reads the person as the subject of a small clause ("ccomp"), or
            # as the object with "in" as a particle.
            person = next((c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i), None)
            clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i), None)
            if person is None and clause is not None:
                person = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if person is not None and (_is_worker(ctx, person) or _pronoun_for_worker(ctx, person)):
                inside = [t for t in doc[person.i + 1:min(len(doc), person.i + 4)]
                          if t.lower_ in ("in", "into", "inside", "access") or t.lemma_.lower() in ("see", "enter", "visit", "come")]
                if inside:
                    end = inside[0]
                    if end.lower_ == "into":
                        end = next((c for c in end.children if c.dep_ == "pobj"), end)
                    elif end.lemma_.lower() in ("see", "visit", "enter"):
                        end = next((c for c in end.children if c.dep_ == "dobj"), end)
                    span = doc[verb.i:end.i + 1]
            access = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.lemma_.lower() == "access"), None)
            if span is None and access is not None:
                span = doc[verb.i:access.i + 1]
        elif lemma in ("give", "provide", "grant", "offer"):
            access = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "access"), None)
            worker = next((c for c in verb.children if c.dep_ in ("dative", "iobj") and _is_worker(ctx, c)), None)
            to = next((c for c in access.children if c.dep_ == "prep" and c.lower_ == "to"), None) if access is not None else None
            place = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if access is not None and (worker is not None or (place is not None and place.lower_ in _HOME)):
                span = doc[access.i:access.i + 1] if worker is None else doc[verb.i:access.i + 1]
        elif lemma == "open":
            door = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "door"), None)
            to = next((c for c in (door.children if door is not None else ()) if c.dep_ == "prep" and c.lower_ == "to"), None) \
                or next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            worker = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if door is not None and worker is not None and _is_worker(ctx, worker):
                span = doc[verb.i:worker.i + 1]
        if span is not None and not quoted(span):
            found.append(span)
    return found


def trim_job(span):
    """"work with the family support worker" -> "work with": a span that runs on into the name of
    someone's job stops at the word before it (the verb and its preposition are the fault). Round
    19: the name of a service, team, unit, group or assessment is cut off the same way
    (`trim_service`)."""
    return _trim_worker(trim_service(span))


# Round 19 (mnf19): last words of the name of a service, team, unit or assessment ("the Forced
# Marriage Unit", "the sensory team", "a carers assessment").
# They name a service only with words before them that say which ("the group" alone is left).
_SERVICE_HEADS = {"team", "teams", "unit", "units", "service", "services", "project", "projects", "clinic", "clinics",
                  "centre", "centres", "center", "centers", "provider", "providers", "agency", "agencies", "panel",
                  "hub", "partnership", "provision", "assessment", "assessments", "charity", "organisation",
                  "organization", "department"}
# A course, group or session is what is done ("attend a parenting course", "the Freedom Programme
# will be done"): its name is the deed's own content and stays in the span.
_COURSES = {"course", "courses", "programme", "programmes", "program", "programs", "group", "groups", "session",
            "sessions", "workshop", "workshops", "class", "classes", "module", "modules"}
_NAME_MODIFIERS = ("compound", "amod", "nmod", "poss", "npadvmod")
_OBJECTS = ("dobj", "pobj", "nsubjpass", "attr", "oprd")


def _names_a_service(token) -> bool:
    """The head of a service's name: "Unit" of "the Forced Marriage Unit" (a proper noun), "team"
    of "the sensory team", "assessment" of "a carers assessment". Not a bare "services" or "the
    group", and not a person: a child's or adult's name is cut by `goals15.trim_names`."""
    if token.dep_ not in _OBJECTS:
        return False
    words = {token.lower_, token.lemma_.lower()}
    if words & _SERVICE_HEADS:
        return any(c.dep_ in _NAME_MODIFIERS and c.i < token.i for c in token.children)
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.ent_type_ == "PERSON":
        return False
    # A proper noun is a service's name when the words that name it run on in capitals ("Change
    # Grow Live", "the Youth Offending Service", "Early Intervention in Psychosis") or end in a
    # service's head; a lone capitalised word may be a person ("work with Dean").
    words_in = [t for t in token.subtree if t.is_alpha]
    if any({t.lower_, t.lemma_.lower()} & _COURSES for t in words_in):
        return False
    capitals = [t for t in words_in if t.text[:1].isupper()]
    return len(capitals) >= 2 or any({t.lower_, t.lemma_.lower()} & _SERVICE_HEADS for t in words_in)


def trim_service(span):
    """Round 19: a compliance span keeps the deed and leaves the service's name that the deed is
    done for: "work openly with [the Forced Marriage Unit]" -> "work openly with", "work with [the
    sensory team]" -> "work with", "[A carers assessment] will be completed" -> "will be
    completed". A course, group or session stays ("attend the Caring Dads group"). The family is told the service's name; going to it is the fault. A span that is
    only the name (no verb left) is kept as it is."""
    doc = span.doc
    verb = span.root
    for token in span:
        if not _names_a_service(token):
            continue
        # Only the name the span's own deed is done for ("work with [the Forced Marriage Unit]"),
        # not one further down ("access the support offered by the children's centre").
        governor = token.head  # the first verb above it: "keep in touch with [..]" climbs to "keep"
        while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i and span.start <= governor.i < span.end:
            governor = governor.head
        if governor.i != verb.i:
            continue
        first = min(t.i for t in token.subtree)
        last = max(t.i for t in token.subtree)
        if first > span.start and last >= span.end - 1:
            end = first
            while end > span.start and doc[end - 1].dep_ in ("det", "poss", "case", "predet") and doc[end - 1].head.i >= first:
                end -= 1
            rest = doc[span.start:end]
        elif first <= span.start and last < span.end - 1 and token.dep_ == "nsubjpass":
            rest = doc[last + 1:span.end]
        else:
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in rest):
            return rest
    # A span never ends on the article of words it left out ("cooperate fully with the [Child
    # Protection Unit]").
    end = span.end
    while end - 1 > span.start and doc[end - 1].dep_ in ("det", "predet") and doc[end - 1].head.i >= span.end:
        end -= 1
    return doc[span.start:end] if end < span.end and any(t.pos_ in ("VERB", "AUX") for t in doc[span.start:end]) else span


def _trim_worker(span):
    jobs = set(settings()["job_heads"])
    doc = span.doc
    # Round 14: any span, not only one opening on a verb ("[online safety] work with the youth worker")
    for token in span:
        if token.i == span.start or not (token.lemma_.lower() in jobs or token.lower_ in jobs):
            continue
        if span[0].pos_ != "VERB" and (token.i < span.end - 1 or span[0].pos_ != "NOUN" or span[0].dep_ != "dobj"
                                        or span[0].head.pos_ != "VERB" or span[0].head.i > span[0].i):
            # Only a verb's object read as the cue ("complete online safety [work with the youth
            # worker]") is cut; "Checks by the health visitor will be welcomed", "honest with the
            # social worker" and "Progress will be reviewed … by the social worker" keep their words.
            return span
        phrase_start = min(t.i for t in token.subtree)
        cut = next((t.i for t in reversed(doc[span.start:phrase_start]) if t.pos_ == "ADP"), None)
        if cut is not None and cut > span.start:
            return doc[span.start:cut + 1]
        return span
    return span


def child_at_school(ctx: Context, verb) -> bool:
    """"Holly attends school", "Leo will attend nursery": the child's day in the words schools and
    families both use; neither service compliance nor a formal word worth a swap."""
    if verb.lemma_.lower() != "attend":
        return False
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return _child_subject(ctx, verb) or (thing is not None and (thing.lower_ in _SCHOOLING or thing.lemma_.lower() in _SCHOOLING))


# ---------------------------------------------------------------------------------------------
# Round 12 (goals12): compliance in the passive and the nominal, yielding to professionals, and
# appointment lists, read on the parse.

# A service's things: what the family is asked to keep, attend, complete or let happen.
_SERVICE_NOUNS = {"appointment", "session", "meeting", "review", "visit", "course", "programme", "program",
                  "assessment", "condition", "term", "order", "curfew", "test", "conference", "group", "module",
                  "workshop", "referral", "clinic", "bail", "licence", "license", "injunction", "requirement",
                  "restriction", "treatment", "therapy", "counselling", "check", "screening", "access"}
# Named work or plans count only when something is done to them ("the plan will be completed").
_NAMED_WORK = {"plan", "work"}
# Verbs whose passive sets a service's thing as the goal: "appointments will be kept".
_PASSIVE_KEEPING = {"keep", "attend", "complete", "finish", "facilitate", "do", "undertake", "honour", "honor",
                    "give", "grant", "allow", "provide", "offer", "follow", "adhere", "stick", "observe", "obey",
                    "meet", "comply"}
_FINISHED = {"complete", "finish", "do", "undertake"}
# A service's measure of the family, said to change: "attendance will improve".
_MEASURES = {"attendance", "engagement", "compliance", "uptake", "take-up", "cooperation", "co-operation"}
_CHANGING = {"improve", "increase", "rise", "reach", "go", "get", "stay", "remain", "be", "become", "grow"}
# A legal or service condition kept to: "keep to the conditions", "stick to the terms of his licence".
_CONDITIONS = {"condition", "term", "order", "curfew", "bail", "licence", "license", "injunction", "requirement",
               "restriction", "undertaking"}
_KEEPING_TO = {"keep", "stick", "adhere", "abide", "follow", "obey", "observe", "respect", "honour", "honor", "meet",
               "comply"}
# What professionals find or advise, accepted or followed: "accept the findings".
_ADVICE = {"finding", "advice", "recommendation", "concern", "guidance", "outcome", "conclusion", "decision",
           "instruction", "direction", "diagnosis", "view"}
_ACCEPTING = {"accept", "follow", "heed", "act", "take", "implement", "acknowledge", "agree", "listen"}
# Being open toward the professionals: "be transparent with the professional network".
_OPEN = {"open", "honest", "transparent", "truthful", "upfront", "frank", "candid"}
_NETWORK_OF_SERVICES = {"network", "team", "professionals", "services", "agencies", "agency", "service", "staff",
                        "worker", "workers"}
# Reporting to a service's office as a condition ("report to the Youth Justice Service", "sign in at the
# police station"). Keeping a worker told ("Carmen will check in with the social worker") is the
# network's way of letting others know, and is not read here.
_REPORTING = {"report", "sign", "present"}
_SERVICE_PLACES = {"office", "station", "service", "services", "team", "centre", "center", "probation", "police",
                   "court", "yot", "yos", "unit", "clinic", "desk"}
# Parents, whose going to appointments is the goal's compliance; the network taking the child
# ("her Auntie Rosa will take her to her check-ups if you are working") is practical help.
_PARENTS = {"mum", "mam", "mom", "mother", "mummy", "mammy", "dad", "daddy", "father", "parent", "parents", "carer",
            "carers", "you", "stepdad", "stepmum", "stepfather", "stepmother", "partner"}
# What a worker is shown of the home.
_SHOWN = _HOME | {"cot", "cots", "bed", "beds", "cupboard", "cupboards", "fridge", "bathroom", "toilet", "bedding",
                  "mattress", "stairs", "kitchen", "living", "freezer", "food", "round", "around"}
# Health and service appointments (any kind: "optician", "antenatal", "physiotherapy").
_APPOINTMENT = {"appointment", "checkup", "check-up"}
_GOING_WITH = {"take", "bring", "get", "go", "drive", "accompany", "attend", "keep", "make", "ferry", "walk"}


def _service_noun(token, verb_lemma: str = "") -> bool:
    lemma = token.lemma_.lower() if token.pos_ != "VERB" else token.lower_.rstrip("s")  # "meeting" read as a verb
    if lemma in _SERVICE_NOUNS or _appointment(token):
        return True
    if lemma in _NAMED_WORK and verb_lemma in _FINISHED:
        return True
    return False


def _appointment(token) -> bool:
    """"appointments", "check-ups" (split "check - ups" by the tokeniser)."""
    lemma = token.lemma_.lower()
    if lemma in _APPOINTMENT or token.lower_ in ("appointments", "checkups", "check-ups"):
        return True
    return token.lower_ in ("up", "ups") and any(c.lower_ == "check" for c in token.children if c.dep_ == "compound")


def _of_all(token):
    """"all of Harvey's appointments", "each of the sessions": the noun the quantity is of."""
    if token.lower_ in ("all", "each", "every", "any", "some", "most", "both") and token.pos_ in ("PRON", "DET", "NOUN"):
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if thing is not None:
            return thing
    return token


def _childs_subject(ctx: Context, verb) -> bool:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ in ("conj", "xcomp", "acomp", "ccomp") and verb.head.i != verb.i:
        return _childs_subject(ctx, verb.head)
    if subject is None:
        return False
    return subject.i in analysis.child_tokens(ctx) or subject.lower_ in analysis.people_words()["children"] or (
        subject.pos_ == "PRON" and subject.lower_ in ("he", "she", "they") and analysis.pronoun_is_child(ctx, subject))


def _kept_somewhere(verb) -> bool:
    """"The plan will be kept on the fridge", "kept warm": kept in a place or a state, not honoured."""
    return any(c.dep_ in ("oprd", "acomp", "advmod") and c.pos_ == "ADJ" for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ in ("on", "in", "under", "beside", "near", "inside", "next", "somewhere")
        for c in verb.children)


def passive_service_spans(ctx: Context) -> list:
    """"All of Harvey's hospital appointments will be kept", "the Freedom Programme will be
    completed by Mum", "access to the flat will be given to professionals", "visits will be
    facilitated", "the conditions will be kept to", "attendance will improve": a service's thing
    as the subject of a passive of keeping or finishing, or a service's measure said to change."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX") or _in_if_not(verb) or quoted_token(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is None and verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in verb.children):
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "is to be completed"
        if subject is not None and lemma in _PASSIVE_KEEPING and any(c.dep_ == "auxpass" for c in verb.children):
            thing = _of_all(subject)
            if not _service_noun(thing, lemma) or (lemma == "keep" and _kept_somewhere(verb)):
                continue
            if thing.lemma_.lower() == "access" and lemma not in ("give", "grant", "allow", "provide", "offer"):
                continue
            if any(c.dep_ == "neg" for c in verb.children) or (
                    thing.lemma_.lower() in ("session", "visit", "group") and analysis.is_person(thing)):
                continue
            end = verb.i
            particle = next((c for c in verb.children if c.dep_ in ("prep", "prt") and c.i == verb.i + 1
                             and c.lower_ in ("to", "by", "with") and not list(c.children)), None)
            if particle is not None:
                end = particle.i  # "will be kept to", "will be abided by"
            start = min(t.i for t in thing.subtree) if thing.lemma_.lower() == "access" else thing.i
            found.append(doc[start:end + 1])
        elif lemma in _CHANGING:
            measure = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in _MEASURES), None)
            if measure is None or any(c.dep_ == "neg" for c in verb.children):
                continue
            if lemma == "be" and not any(t.like_num or t.text == "%" or t.lower_ in ("percent", "per")
                                         for t in verb.subtree if t.i > verb.i):
                continue  # "attendance is important" is no target; "attendance will be 100%" is
            if not any(c.dep_ == "aux" for c in verb.children) and verb.tag_ == "VB":
                continue  # "her teacher will see her attendance go up": how others will know
            found.append(doc[measure.i:verb.i + 1])
    return found


def _worker_or_service(ctx: Context, token) -> bool:
    """A professional, a service by its name or its kind ("the Youth Justice Service", "the
    probation office", "the professional network"). Not a family member or the child."""
    if token.i in analysis.child_tokens(ctx) or (token.i in analysis.adult_tokens(ctx) and not _is_worker(ctx, token)):
        return False
    words = {token.lower_, token.lemma_.lower()} | {c.lower_ for c in token.children if c.dep_ in ("compound", "amod")}
    if words & (_NETWORK_OF_SERVICES | {"probation", "police", "office", "station", "yot", "court", "clinic",
                                       "hospital", "professional", "professionals"}) - {"school"}:
        return not any(c.lower_ in ("school", "nursery") for c in token.children if c.dep_ == "compound")
    if _is_worker(ctx, token):
        return True
    if token.pos_ == "PROPN" and not analysis.is_person(token) and token.i not in analysis.child_tokens(ctx):
        return token.lower_ in ("service", "services", "team", "cahms", "camhs") or any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children) or token.is_upper
    return False


def _pronoun_for_visitor(ctx: Context, pronoun) -> bool:
    """"…open the door to the social worker on every visit and show her the bedrooms": a pronoun
    whose sentence (or the one before) names a worker or a visit, and no other person between."""
    if pronoun.pos_ != "PRON" or pronoun.lower_ not in ("her", "him", "them"):
        return False
    if _pronoun_for_worker(ctx, pronoun):
        return True
    sent = pronoun.sent
    before = [t for t in sent if t.i < pronoun.i]
    if any(t.i in analysis.child_tokens(ctx) for t in before):
        return False
    return any(_is_worker(ctx, t) and t.pos_ in ("NOUN", "PROPN") for t in before) or any(
        t.lemma_.lower() == "visit" for t in sent)


def yielding_spans(ctx: Context) -> list:
    """"Be available for statutory visits", "be present at every review meeting", "be transparent
    with the professional network", "accept the findings", "report to the Youth Justice Service",
    "keep to the conditions", "show her the children's bedrooms": the family yielding to a
    service, set as the goal. Toward the child or the family's own network it is everyday life."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for word in ctx.tokens:
        lemma = word.lemma_.lower()
        if _in_if_not(word) or quoted_token(word):
            continue
        span = None
        if word.lower_ in ("available", "present") and word.pos_ == "ADJ":
            preps = [c for c in word.children if c.dep_ == "prep" and c.lower_ in ("for", "at", "to")]
            if word.dep_ in ("acomp", "oprd"):  # "be present [at every review]": the parse hangs it on "be"
                preps += [c for c in word.head.children if c.dep_ == "prep" and c.lower_ in ("for", "at") and c.i > word.i]
            for prep in preps:
                thing = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if thing is None:
                    continue
                thing = _of_all(thing)
                if _service_noun(thing) and thing.lemma_.lower() not in ("access",) and not (
                        thing.lemma_.lower() == "group" and analysis.is_person(thing)) or _worker_or_service(ctx, thing):
                    if any(c.dep_ == "neg" for c in word.head.children):
                        break
                    span = doc[word.i:thing.i + 1]
                    break
        elif lemma == "be" and word.pos_ == "AUX" and not any(c.dep_ in ("acomp", "attr") for c in word.children):
            # "Mum will be at every review": there for a service's meeting
            at = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "at"), None)
            thing = _of_all(next((c for c in at.children if c.dep_ == "pobj"), at)) if at is not None else None
            if thing is not None and thing.lemma_.lower() in ("meeting", "review", "conference", "appointment", "session") \
                    and not any(c.dep_ == "neg" for c in word.children) and not _childs_subject(ctx, word):
                span = doc[word.i:thing.i + 1]
        elif word.lower_ in _OPEN and word.pos_ == "ADJ":
            heads = [word] + list(word.conjuncts)
            withs = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"]
            thing = next((o for w in withs for o in w.children if o.dep_ == "pobj"), None)
            verb = word.head
            while verb.dep_ == "conj" and verb.pos_ == "ADJ":
                verb = verb.head
            if thing is not None and _worker_or_service(ctx, thing) and not _childs_subject(ctx, verb) \
                    and not any(c.dep_ == "neg" for c in verb.children):
                owner = next(w for w in withs if any(o.i == thing.i for o in w.children)).head
                span = doc[owner.i:thing.i + 1]  # "open and [honest with the social worker]"
        elif lemma in _ACCEPTING and word.pos_ == "VERB" and not _negated(word):
            objects = [c for c in word.children if c.dep_ == "dobj"]
            objects += [o for p in word.children if p.dep_ in ("prep", "prt") and p.lower_ in ("on", "to", "with")
                        for o in p.children if o.dep_ == "pobj"]
            if lemma == "take" and not any(o.lower_ == "board" for o in objects + [c for c in word.children]):
                objects = []
            thing = next((o for o in objects if o.lemma_.lower() in _ADVICE), None)
            owner = next((t for t in thing.children if t.dep_ == "poss"), None) if thing is not None else None
            owners_own = owner is not None and (_pronoun_for_visitor(ctx, owner) if owner.pos_ == "PRON"
                                                 else analysis.is_person(owner) and not _is_worker(ctx, owner))
            if owner is not None and owner.pos_ == "PRON":
                owners_own = not owners_own  # "accept her recommendations", her = the health visitor named before
            if thing is not None and not owners_own and not _childs_subject(ctx, word):
                span = doc[word.i:thing.i + 1]
        elif lemma in _REPORTING and word.pos_ in ("VERB", "NOUN") and not (
                word.pos_ == "NOUN" and (word.dep_ not in ("ROOT", "conj") or any(c.dep_ == "det" for c in word.children))):
            preps = [c for c in word.children if c.dep_ == "prep" and c.lower_ in ("to", "at", "with")]
            if lemma in ("check", "sign") and not any(c.dep_ == "prt" and c.lower_ == "in" for c in word.children):
                preps = []
            if lemma == "present" and not any(c.lower_ in ("himself", "herself", "themselves") for c in word.children):
                preps = []
            thing = next((o for p in preps for o in p.children if o.dep_ == "pobj"), None)
            place = thing is not None and ({thing.lemma_.lower()} | {c.lower_ for c in thing.children if c.dep_ == "compound"}) \
                & _SERVICE_PLACES or (thing is not None and thing.pos_ == "PROPN" and _worker_or_service(ctx, thing))
            if thing is not None and place and _worker_or_service(ctx, thing) and not _negated(word):
                span = doc[word.i:thing.i + 1]
        elif lemma in _KEEPING_TO and word.pos_ == "VERB" and not _negated(word):
            objects = [c for c in word.children if c.dep_ == "dobj"]
            objects += [o for p in word.children if p.dep_ == "prep" and p.lower_ in ("to", "by", "with")
                        for o in p.children if o.dep_ == "pobj"]
            objects += [c for o in objects for c in o.conjuncts]
            thing = next((o for o in objects if o.lemma_.lower() in _CONDITIONS), None)
            if thing is not None and not _childs_subject(ctx, word) and not (
                    lemma == "keep" and not any(p.dep_ == "prep" and p.lower_ == "to" for p in word.children)):
                span = doc[word.i:thing.i + 1]
        elif lemma == "show" and word.pos_ == "VERB" and not _negated(word):
            shown_to = next((c for c in word.children if c.dep_ in ("dative", "iobj")), None)
            if shown_to is None:
                shown_to = next((c for c in word.children if c.dep_ == "dobj"), None)
            if shown_to is not None and (_worker_or_service(ctx, shown_to) or _pronoun_for_visitor(ctx, shown_to)):
                things = [t for t in word.subtree if t.i > shown_to.i and (t.lower_ in _SHOWN or t.lemma_.lower() in _SHOWN)]
                if things:
                    span = doc[word.i:things[0].i + 1]
        if span is not None and not quoted(span):
            found.append(span)
    return found


def appointment_spans(ctx: Context) -> list:
    """"Take Miles to all optician appointments", "keep her antenatal appointments", "get Ava to
    every physiotherapy appointment": a service's appointments kept or gone to, set as the goal."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for token in ctx.tokens:
        if not _appointment(token) or _in_if_not(token) or quoted_token(token):
            continue
        head = token.head
        if head.lower_ == "of" and head.head.lower_ in ("all", "each", "every", "any", "both"):
            head = head.head.head  # "keep all of the baby's appointments"
        if token.dep_ == "pobj" and head.lower_ in ("to", "for"):
            verb = head.head
        elif token.dep_ in ("dobj", "pobj", "conj") or head.lower_ == "of":
            verb = head
        else:
            continue
        while verb.dep_ == "conj" and verb.pos_ in ("NOUN", "PROPN"):
            verb = verb.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _GOING_WITH or _negated(verb):
            continue
        if any(o.pos_ in ("PROPN", "PRON", "NOUN") and (analysis.is_person(o) or o.pos_ == "PRON") and not _is_worker(ctx, o)
               for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"):
            continue  # "Dorota will go with Mum to her hospital appointments": the network going along
        if _network_subject(ctx, verb):
            continue  # "Her Auntie Rosa will take her to her check-ups if you are working"
        left = min(t.i for t in token.subtree)
        if verb.lemma_.lower() in ("keep", "attend", "make") and token.dep_ != "pobj":
            left = verb.i
        found.append(doc[left:token.i + 1])
    return found


def _network_subject(ctx: Context, verb) -> bool:
    """The one who acts is the family's network (a grandparent, aunt, friend or neighbour), not a parent."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        return _network_subject(ctx, verb.head)
    if subject is None:
        return False
    family = set(analysis.people_words()["family"])
    words = {subject.lower_} | {c.lower_ for c in subject.children if c.dep_ in ("compound", "poss", "appos")}
    if subject.dep_ == "appos" or subject.head.dep_ == "nsubj":
        words.add(subject.head.lower_)
    return bool(words & (family - _PARENTS)) and not words & _PARENTS


def reflexive_let(verb) -> bool:
    """"Nan, you will let yourself in with your key": the one let in is the speaker's own self."""
    return any(c.lower_ in ("yourself", "himself", "herself", "themselves", "myself", "ourselves", "yourselves")
               and c.dep_ in ("dobj", "nsubj") for c in verb.children)


# ---------------------------------------------------------------------------------------------
# Round 13 (goals13): the goal's deed done TO or FOR a service, in its other forms, read on the
# parse. The shape is always the same: what is asked is that a service's process is let happen,
# listened to, kept in touch with, tested by, shown proof, or met as a figure, not what will be
# different for the child at home.

# A service's process let happen or followed, in the passive: "home visits will be permitted",
# "the safety plan will be followed", "the advice will be acted on".
_LET_HAPPEN = {"allow", "permit", "accept", "welcome", "follow", "adhere", "maintain", "act", "heed", "implement",
               "respect", "agree", "facilitate", "abide"}
_PROCESS = (_SERVICE_NOUNS | _ADVICE | {"plan", "agreement", "visit", "check", "recommendation", "contact"}) - {"access"}


def _serviceish(ctx: Context, token) -> bool:
    """A worker or a service by any of its names ("the housing officer", "Housing Options", "the
    local authority", "Children's Services", "professionals")."""
    if token.i in analysis.child_tokens(ctx):
        return False
    words = analysis.people_words()
    lemma = token.lemma_.lower()
    if lemma in set(words["institutions"]) | set(words["professionals"]) or token.lower_ in words["services"]:
        return True
    return _worker_or_service(ctx, token) or _is_worker(ctx, token)


def passive_letting_spans(ctx: Context) -> list:
    """"Home visits will be permitted by Dad", "the safety plan will be followed", "the paediatrician's
    recommendations will be acted on": a service's process, advice or plan let happen or followed,
    in the passive. The family's own routine ("the bedtime routine will be followed") and people
    let or welcomed ("Leo will be allowed to stay up", "Kai's friends will be welcomed") are not."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for verb in ctx.tokens:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _LET_HAPPEN or _in_if_not(verb) \
                or not any(c.dep_ == "auxpass" for c in verb.children) or _negated(verb) \
                or quoted_token(verb):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not subjects and verb.dep_ == "xcomp":
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "is to be followed"

        def lemma_of(token):
            return token.lemma_.lower() if token.pos_ != "VERB" else token.lower_.rstrip("s")
        # "Mum, the recommendations … will be acted on": the parse may take the one spoken to as a subject too
        thing = next((_of_all(s) for s in subjects if lemma_of(_of_all(s)) in _PROCESS), None)
        if thing is None or analysis.is_person(thing) or thing.i in analysis.child_tokens(ctx):
            continue
        lemma = lemma_of(thing)
        if lemma == "contact" and not any(_serviceish(ctx, o) for p in thing.children if p.dep_ == "prep"
                                          for o in p.children if o.dep_ == "pobj"):
            continue  # "contact with Nan will be kept up" is the child's family time
        end = verb.i
        particle = next((c for c in verb.children if c.dep_ in ("prep", "prt") and c.i == verb.i + 1
                         and c.lower_ in ("to", "by", "with", "on", "upon") and not list(c.children)), None)
        if particle is not None:
            end = particle.i
        found.append(doc[thing.i:end + 1])
    return found


# Being open or receptive to what a service offers or says: "be receptive to advice".
_RECEPTIVE = {"receptive", "open", "responsive", "amenable", "accepting", "compliant", "cooperative",
              "co-operative", "agreeable"}
_OFFERED = _ADVICE | {"support", "help", "service", "intervention", "input", "suggestion", "feedback", "offer",
                      "challenge", "visit", "plan"}


def receptive_spans(ctx: Context) -> list:
    """"Be receptive to advice from the health visitor", "be open to support", "remain amenable to
    professional advice": yielding to what a service says, set as the goal. Open to the child's
    ideas or to Nan's offer is everyday family life."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for word in ctx.tokens:
        if word.lower_ not in _RECEPTIVE or word.pos_ != "ADJ" or _in_if_not(word) or quoted_token(word):
            continue
        to = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        thing = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if thing is None:
            continue
        thing = _of_all(thing)
        owner = next((c for c in thing.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ != "PRON" and not _serviceish(ctx, owner):
            continue  # "open to Ella's ideas", "receptive to Nan's offer"
        if not (thing.lemma_.lower() in _OFFERED or _serviceish(ctx, thing)):
            continue
        if any(c.dep_ == "neg" for c in word.head.children) or _childs_subject(ctx, word.head):
            continue
        found.append(doc[word.i:thing.i + 1])
    return found


# Keeping in touch or in partnership with a service: "maintain contact with Housing Options".
_IN_TOUCH = {"touch", "contact", "communication", "dialogue", "partnership", "liaison"}
_WORKING_WITH = {"liaise", "collaborate", "cooperate", "co-operate", "partner", "communicate", "work"}
_TELLING = {"touch", "contact", "communication", "dialogue"}


def contact_spans(ctx: Context) -> list:
    """"Maintain contact with Housing Options", "stay in touch with the housing officer", "work in
    partnership with Children's Services", "liaise with the drug service": keeping company with a
    service set as the goal. In touch with the child or the family's network is care; the network
    keeping a worker told ("Nan will stay in touch with the social worker") is how others know."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or _in_if_not(verb) or _negated(verb) or quoted_token(verb):
            continue
        lemma = verb.lemma_.lower()
        bond = None
        withs = []
        if lemma in _WORKING_WITH and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
            withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
        else:
            nouns = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _IN_TOUCH]
            nouns += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                      for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in _IN_TOUCH]
            bond = nouns[0] if nouns else None
            if bond is None:
                continue
            withs = [c for c in list(bond.children) + list(verb.children) if c.dep_ == "prep" and c.lower_ == "with"]
            if bond.head.dep_ == "prep":
                withs += [c for c in bond.head.children if c.dep_ == "prep" and c.lower_ == "with"]
        party = next((o for w in withs for o in w.children if o.dep_ == "pobj"), None)
        if party is not None and not _serviceish(ctx, party):
            # "work with Sarah, the family support worker": the worker named, then her job
            party = next((a for a in party.children if a.dep_ == "appos" and _serviceish(ctx, a)), party)
        if party is None or not _serviceish(ctx, party) or party.lemma_.lower() in _SCHOOLING | {"teacher", "school"}:
            continue  # "better communication with June's school" is about the child's day
        if (bond is not None and bond.lemma_.lower() in _TELLING) and _network_subject(ctx, verb):
            continue
        if _childs_subject(ctx, verb):
            continue
        named = [t.i for t in party.subtree if t.i < party.i and (t.i in analysis.child_tokens(ctx) or analysis.is_name(t))]
        found.append(doc[verb.i:(min(named) if named else party.i + 1)])  # the worker's words, not the child's name
    return found


# Being seen, checked or tested by a service: "be seen for all his developmental checks".
_TESTED = {"test", "screen", "drug-test"}
_LOOKED_AT = {"see", "check", "weigh", "examine", "assess", "review", "monitor", "measure", "observe"}
_CHECK_NOUNS = {"check", "checkup", "check-up", "test", "review", "assessment", "screening", "appointment", "drug",
                "alcohol", "substance", "medical", "examination", "development", "progress"}
_SCREENINGS = {"screening", "testing"}


def tested_spans(ctx: Context) -> list:
    """"Sunny to be seen for all his developmental checks", "Mr Webb to be tested for drugs",
    "Layla will be weighed by the health visitor", "regular drug screening": being tested or looked
    at by a service set as the goal. "Seen by her friends" and "test the bath water" are not."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for word in ctx.tokens:
        if _in_if_not(word) or quoted_token(word):
            continue
        lemma = word.lemma_.lower()
        if word.lower_ in _SCREENINGS and (word.pos_ == "NOUN" or (
                word.tag_ == "VBG" and word.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr", "conj")
                and not any(c.dep_ == "dobj" for c in word.children))):
            start = min([word.i] + [c.i for c in word.children if c.dep_ in ("amod", "compound")])
            found.append(doc[start:word.i + 1])  # "regular drug screening", "random breath testing"
            continue
        if word.tag_ != "VBN" or word.pos_ != "VERB" or any(c.dep_ == "dobj" for c in word.children) \
                or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in word.children) or _negated(word):
            continue
        passive = any(c.dep_ == "auxpass" for c in word.children) or word.dep_ in ("acl", "amod")
        if not passive:
            continue
        if lemma in _TESTED or word.lower_ in ("screened", "tested"):
            start = word.i - 1 if word.i > 0 and doc[word.i - 1].lemma_.lower() in ("drug", "alcohol") else word.i
            found.append(doc[start:word.i + 1])
        elif lemma in _LOOKED_AT:
            fors = [_of_all(o) for p in word.children if p.dep_ == "prep" and p.lower_ == "for"
                    for o in p.children if o.dep_ == "pobj"]
            agents = [o for p in word.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
            thing = next((o for o in fors if o.lemma_.lower() in _CHECK_NOUNS or _appointment(o)), None) \
                or next((o for o in agents if _serviceish(ctx, o) and not analysis.is_name(o)), None)
            if thing is not None:
                found.append(doc[word.i:thing.i + 1])
    return found


# Proof shown to a service: "demonstrate an understanding of", "provide evidence of".
_PROVEN = {"understanding", "insight", "ability", "capacity", "capability", "commitment", "change", "progress",
           "motivation", "willingness", "awareness", "knowledge", "abstinence", "sobriety", "skill", "competence",
           "engagement", "compliance", "improvement", "consistency", "empathy", "acceptance", "recognition"}
_SHOWING = {"demonstrate", "evidence", "prove", "show", "display", "exhibit"}
_PROOF = {"evidence", "proof", "documentation", "paperwork", "verification"}
_HANDING = {"provide", "produce", "submit", "give", "supply", "show", "bring", "present"}


def evidencing_spans(ctx: Context) -> list:
    """"Demonstrate an understanding of UK parenting norms", "show insight", "evidence that she
    can…", "provide evidence of a suitable curriculum", "sobriety will be evidenced": the family
    proving things to a service, set as the goal. Showing the child how ("show Leo how to make
    toast", "demonstrate to Ivy how to cross") is care."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or _in_if_not(verb) or _negated(verb) or quoted_token(verb):
            continue
        to_someone = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children
                      if o.dep_ == "pobj" and analysis.is_person(o) and not _serviceish(ctx, o)]
        told = [c for c in verb.children if c.dep_ in ("dative", "iobj")]
        if to_someone or any(not _serviceish(ctx, t) for t in told):
            continue  # shown to the child or the network
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        end = None
        # "Demonstrate an understanding", "show insight", "demonstrate that she can…" are read by the
        # verdict and vague-aim rules (SOS302/SOS305), which say the same words once; here only the
        # passive, which they do not read: "Mum's sobriety will be evidenced through hair strand tests".
        if lemma in ("evidence", "demonstrate", "prove") and any(c.dep_ == "auxpass" for c in verb.children):
            subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if subject is not None and not analysis.is_person(subject):
                end = verb.i
        if end is None and lemma in _HANDING:
            proof = next((o for o in objects if o.lemma_.lower() in _PROOF), None)
            if proof is not None:
                end = proof.i
        if end is not None and not _childs_subject(ctx, verb):
            found.append(doc[verb.i:end + 1])
    return found


# A percentage of presence set as the goal: "in school 100% of the time", "attend 100% of sessions".
_PRESENCE = {"school", "nursery", "college", "attend", "session", "appointment", "contact", "visit",
             "class", "lesson", "meeting", "education", "present", "review", "group"}


def percentage_spans(ctx: Context) -> list:
    """"Bill to be in school 100% of the time", "attend 100% of contact sessions", "at nursery 95%
    of the time": a service's figure of presence set as the goal. A percentage of anything else
    ("charge the hearing aid to 100%", "10% of her wages") is not."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for token in ctx.tokens:
        if not (token.text in ("%",) or token.text.endswith("%") or token.lower_ in ("percent", "cent")):
            continue
        if _in_if_not(token) or quoted_token(token):
            continue
        number = next((t for t in doc[max(token.sent.start, token.i - 3):token.i + 1] if t.like_num), None)
        if number is None and not token.text[:-1].replace(".", "").isdigit():
            continue
        first = number.i if number is not None else token.i
        after = doc[token.i + 1:min(token.sent.end, token.i + 5)]
        window = list(doc[max(token.sent.start, first - 5):first]) + [
            t for t in after if t.head.i == token.i or t.head.head.i == token.i]
        if any(t.lemma_.lower() in _MEASURES for t in window):
            continue  # "attendance will rise to 100%": the service's measure, read by passive_service_spans
        presence = [t for t in window if t.lemma_.lower() in _PRESENCE or t.lower_ in _PRESENCE]
        if not presence:
            continue
        start = min(t.i for t in presence + [doc[first]])
        end = max(t.i for t in presence + [token])
        found.append(doc[start:end + 1])
    return found


# Paperwork for a service ("update their safeguarding policy") and compliance named as a noun
# ("Failure to comply", "non-compliance").
# Not "record" or "form": "sign his reading record", "fill in the trip form" are everyday.
_PAPERS = {"policy", "procedure", "protocol", "paperwork"}
_PAPER_WORK = {"update", "review", "revise", "write", "amend", "produce", "draft", "rewrite", "complete", "sign"}
_COMPLYING = {"comply", "engage", "cooperate", "co-operate"}


def paperwork_spans(ctx: Context) -> list:
    """"Harriers FC to update their safeguarding policy", "review its safeguarding procedures",
    "Failure to comply may result in…", "any non-compliance", "Mum will comply": paperwork or
    compliance itself as the goal's words. "Update Nan by text" and "review Ella's homework with
    her" are everyday."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for word in ctx.tokens:
        if quoted_token(word):
            continue
        lemma = word.lemma_.lower()
        if word.pos_ == "VERB" and lemma in _PAPER_WORK and not _in_if_not(word):
            paper = next((c for c in word.children if c.dep_ == "dobj" and (
                c.lemma_.lower() in _PAPERS or (c.lemma_.lower() == "assessment"
                                                and any(g.lower_ == "risk" for g in c.children)))), None)
            if paper is not None and not any(g.dep_ == "poss" and g.i in analysis.child_tokens(ctx) for g in paper.children):
                found.append(doc[word.i:paper.i + 1])
        elif lemma in ("failure", "refusal") and word.pos_ == "NOUN":
            act = next((c for c in word.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _COMPLYING), None)
            if act is not None:
                found.append(doc[word.i:act.i + 1])
        elif word.lower_ in ("non-compliance", "noncompliance", "non-engagement", "nonengagement"):
            found.append(doc[word.i:word.i + 1])
        elif word.lower_ == "compliance" and word.i > 1 and doc[word.i - 1].text in ("-", "‑") \
                and doc[word.i - 2].lower_ == "non":
            found.append(doc[word.i - 2:word.i + 1])
        elif word.pos_ == "VERB" and lemma == "comply" and not _in_if_not(word) and not _negated(word) \
                and not any(c.dep_ == "prep" for c in word.children) and word.dep_ != "acl":
            found.append(doc[word.i:word.i + 1])  # "Mum will comply": nothing said but compliance
    return found


_TAUGHT = {"training", "course", "programme", "program", "group", "class", "session", "module", "workshop",
           "therapy", "counselling", "counseling", "treatment", "lesson", "classes"}


def accessing_spans(ctx: Context) -> list:
    """"Access therapeutic parenting training", "access the Caring Dads group": a course or
    service to use, set as the goal. "Access her bedroom" is not."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for verb in ctx.tokens:
        if verb.lower_ not in ("access", "accesses", "accessed", "accessing") or _in_if_not(verb) or _negated(verb):
            continue
        thing = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _TAUGHT), None)
        if thing is not None and not quoted(doc[verb.i:thing.i + 1]):
            found.append(doc[verb.i:thing.i + 1])
    return found


def round13_spans(ctx: Context) -> list:
    """Every round-13 reading of compliance, for SOS511."""
    return ctx.memo("compliance_words:round13", lambda: (
        passive_letting_spans(ctx) + receptive_spans(ctx) + contact_spans(ctx) + tested_spans(ctx)
        + evidencing_spans(ctx) + percentage_spans(ctx) + paperwork_spans(ctx) + accessing_spans(ctx)))


# ---------------------------------------------------------------------------------------------
# Round 14 (goals14): taking up what a service offers, keeping a service told or answering it, a
# service's attendance figure as the goal's object, and an adult's own treatment taken as a
# professional directed; and the words that are not the goal's measure at all (a wish, a network
# member's past training, a worker's own attendance), read on the parse.

# What a service offers to be taken part in or accepted ("participate in the Channel intervention",
# "accept mentoring", "accept the referral").
_OFFERED_WORK = _SERVICE_NOUNS | _TAUGHT | {"intervention", "mentoring", "mentor", "referral", "support", "help",
                                            "input", "service", "services", "offer", "process", "scheme", "plan",
                                            "work", "package", "tutoring", "coaching", "monitoring", "supervision"}
_TAKING_PART = {"participate", "partake"}


def _owned_by_family(ctx: Context, thing) -> bool:
    """"Nan's offer", "Ella's apology", "help from Nan": a thing of the child or the network."""
    owners = [c for c in thing.children if c.dep_ == "poss"]
    owners += [o for p in thing.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children if o.dep_ == "pobj"]
    return any(o.pos_ != "PRON" and (analysis.is_person(o) or o.i in analysis.child_tokens(ctx)) and not _serviceish(ctx, o)
               for o in owners)


def _offered(ctx: Context, thing) -> bool:
    thing = _of_all(thing)
    lemma = thing.lemma_.lower() if thing.pos_ != "VERB" else thing.lower_
    if _owned_by_family(ctx, thing):
        return False
    if lemma in _OFFERED_WORK or thing.lower_ in _OFFERED_WORK:
        return True
    return (_serviceish(ctx, thing) or _is_worker(ctx, thing)) and not analysis.is_name(thing)


def taking_up_spans(ctx: Context) -> list:
    """"Participate in the Channel intervention", "take part in the Triple P sessions", "accept
    mentoring from the youth offending team", "accept the named paediatrician as the lead": what a
    service offers taken part in or accepted, set as the goal. "Take part in Leo's sports day" and
    "accept Nan's offer" are family life."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or _in_if_not(verb) or _negated(verb) or quoted_token(verb):
            continue
        lemma = verb.lemma_.lower()
        part = lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)
        if lemma in _TAKING_PART or part:
            ins = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"]
            if part:
                ins += [c for o in verb.children if o.lower_ == "part" for c in o.children if c.dep_ == "prep" and c.lower_ == "in"]
            things = [o for p in ins for o in p.children if o.dep_ == "pobj"]
            if things and all(_offered(ctx, t) for t in things[:1]):
                found.append(doc[verb.i:ins[0].i + 1])
            elif not things and not ins and lemma in _TAKING_PART and verb.dep_ in ("xcomp", "ROOT", "conj"):
                # "Dad has agreed to participate fully": in what is left to the service
                if any(c.dep_ == "advmod" and c.lower_ in ("fully", "actively", "meaningfully") for c in verb.children) \
                        or any(t.lemma_.lower() == "agree" for t in (verb.head,)):
                    found.append(doc[verb.i:verb.i + 1])
        elif lemma == "accept":
            thing = next((c for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp")), None)
            if thing is None or _childs_subject(ctx, verb) and not _offered(ctx, thing):
                continue
            if thing.lemma_.lower() in _ADVICE:
                continue  # read by yielding_spans
            if _offered(ctx, thing):
                found.append(doc[verb.i:thing.i + 1])
    return found


# A service's messages to the family, answered: "respond to school communications".
_MESSAGES = {"communication", "call", "letter", "message", "email", "e-mail", "text", "correspondence", "request",
             "contact", "phone", "door", "enquiry", "query", "voicemail"}
_ANSWERING = {"respond", "reply", "answer", "return"}
_SENDERS = {"school", "nursery", "college"}
_TOLD = {"informed", "updated", "aware", "up", "abreast", "posted", "appraised", "apprised"}


def _from_service(ctx: Context, thing) -> bool:
    """"school communications", "calls from the social worker", "the health visitor's letters",
    "the door … to professionals"."""
    owners = [c for c in thing.children if c.dep_ in ("compound", "poss", "nmod", "amod")]
    owners += [o for p in list(thing.children) + list(thing.head.children) if p.dep_ == "prep" and p.lower_ in ("from", "to", "by")
               for o in p.children if o.dep_ == "pobj"]
    return any(o.lower_ in _SENDERS or o.lemma_.lower() in _SENDERS
               or (_serviceish(ctx, o) and not analysis.is_name(o)) for o in owners)


def service_told_spans(ctx: Context) -> list:
    """"Children's Services to be kept informed of any change of address", "the social worker will
    be kept updated", "respond to school communications within 48 hours", "return calls from the
    probation officer": a service kept told, or its messages answered, set as the goal. Nan kept
    informed, or Leo's calls answered, are the family's own."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for verb in ctx.tokens:
        if verb.pos_ not in ("VERB", "AUX") or _in_if_not(verb) or _negated(verb) or quoted_token(verb):
            continue
        lemma = verb.lemma_.lower()
        if lemma == "keep" and any(c.dep_ == "auxpass" for c in verb.children):
            subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if not subjects and verb.dep_ == "xcomp":
                subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            subjects += [c for s in subjects for c in s.conjuncts]
            told = [c for c in verb.children if c.i > verb.i and c.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "prep", "advmod", "prt")
                    and c.lower_ in _TOLD]
            if told and subjects and all(_serviceish(ctx, s) or s.lower_ in _SENDERS for s in subjects[:1]):
                end = told[0]
                if end.lower_ == "up":
                    end = next((t for t in doc[end.i:min(end.i + 4, len(doc))] if t.lower_ == "date"), end)
                found.append(doc[verb.i:end.i + 1])
        elif lemma in _ANSWERING and verb.pos_ == "VERB":
            things = [c for c in verb.children if c.dep_ == "dobj"]
            things += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
            things = [_of_all(t) for t in things]
            things += [c for t in things for c in t.conjuncts]
            thing = next((t for t in things if t.lemma_.lower() in _MESSAGES and not _owned_by_family(ctx, t)
                          and _from_service(ctx, t)), None)
            if thing is not None and not _childs_subject(ctx, verb):
                found.append(doc[verb.i:thing.i + 1])
    return found


# A service's figure taken as the goal's object: "achieve regular attendance".
_FIGURES = {"attendance", "engagement"}
_GETTING = {"achieve", "maintain", "have", "reach", "sustain", "improve", "ensure", "show", "demonstrate", "keep",
            "secure", "increase", "get", "raise", "boost", "evidence"}


def attendance_figure_spans(ctx: Context) -> list:
    """"Achieve regular attendance", "have improved school attendance of 95%", "maintain good
    attendance at appointments", "reach 90% attendance", "ensure good engagement": a service's
    count of presence set as the goal. "Walk Reign to school every morning" is what it looks like."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for noun in ctx.tokens:
        if noun.lemma_.lower() not in _FIGURES or noun.pos_ != "NOUN" or _in_if_not(noun) or quoted_token(noun):
            continue
        if noun.dep_ not in ("dobj", "conj"):
            continue
        verb = noun.head
        while verb.dep_ == "conj" and verb.pos_ == "NOUN":
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _GETTING or _negated(verb):
            continue
        start = verb.i if verb.i < noun.i else noun.i
        found.append(doc[start:noun.i + 1])
    return found


# An adult's own treatment taken as a professional said: "take her medication as prescribed".
_DIRECTED = {"prescribe", "direct", "advise", "instruct", "recommend"}
_TAKING = {"take", "use", "follow", "continue", "keep", "have", "comply", "adhere", "stick"}


def as_directed_spans(ctx: Context) -> list:
    """"Siân will take her medication as prescribed", "take his methadone as directed by the
    clinic": the adult's own treatment, taken as a professional said, set as the goal. Giving the
    child medicine as the doctor said ("give Leo his inhaler as prescribed") is care."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for word in ctx.tokens:
        if word.lemma_.lower() not in _DIRECTED or word.tag_ not in ("VBN", "VBD") or _in_if_not(word):
            continue
        if not (word.i > 0 and doc[word.i - 1].lower_ == "as"):
            continue
        verb = word.head.head if word.head.lower_ == "as" else word.head  # "as prescribed" may hang on "as"
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _TAKING or _negated(verb):
            continue
        if any(c.dep_ in ("dative", "iobj") for c in verb.children) or _childs_subject(ctx, verb):
            continue
        thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if thing is not None and (any(g.dep_ == "poss" and (g.i in analysis.child_tokens(ctx) or (
                g.pos_ == "PRON" and analysis.pronoun_is_child(ctx, g))) for g in thing.children)):
            continue  # "take Leo's temperature as advised"
        start = thing.i if thing is not None and thing.i < word.i and word.i - thing.i <= 2 else word.i - 1
        if quoted(doc[start:word.i + 1]):
            continue
        found.append(doc[start:word.i + 1])
    return found


_WISHING = {"want", "hope", "wish", "like", "love", "dream", "aim", "plan"}


# People whose being at a meeting serves the family: they speak for it or put its words across.
_SERVING_THE_FAMILY = {"interpreter", "translator", "advocate", "signer", "intermediary", "chaperone"}


# Round 39 (r39c, review38d D#9): a carer's training for a hands-on task of this child's care, with a
# date ("do the epilepsy training with Summer's nurse by 30 April so that you can give Summer her
# rescue medicine"), is the safety action itself, not a service's hoop. A purpose that names no deed
# ("so that he can keep the children safe", "to understand Leo's needs") does not count.
_TRAINED = {"training", "course", "session", "sessions", "lesson", "lessons", "class", "module", "workshop",
            "demonstration", "practice"}
_NO_DEED = {"keep", "protect", "meet", "understand", "recognise", "recognize", "support", "care", "parent", "manage",
            "help", "learn", "know", "be", "have", "ensure", "make", "improve", "develop", "safeguard", "prioritise",
            "prioritize", "address", "reduce", "promote", "respond", "identify", "notice", "spot", "see", "become",
            "feel", "get", "put", "use", "apply", "engage", "attend", "look", "meet"}


def _dated(sent) -> bool:
    return any(t.ent_type_ == "DATE" and any(ch.isdigit() for ch in t.text) for t in sent) or any(
        t.lower_ == "by" and t.i + 1 < sent.end and t.doc[t.i + 1].ent_type_ == "DATE" for t in sent)


def trained_for_care(ctx: Context, span) -> bool:
    """The span names a training, and its sentence, which gives a date, says the deed of care it is
    for, done to or for a child: a verb of doing (not keeping safe, understanding or meeting needs)
    whose object, or whose object's owner, is a child, in a purpose clause ("so that you can give
    Summer her rescue medicine", "to lift Hope from her chair")."""
    if not any(t.lemma_.lower() in _TRAINED or t.lower_ in _TRAINED for t in span):
        return False
    sent = span.sent
    if not _dated(sent):
        return False
    children = analysis.child_tokens(ctx)
    for verb in sent:
        if verb.i < span.start or verb.pos_ != "VERB" or verb.lemma_.lower() in _NO_DEED:
            continue
        purpose = verb.dep_ in ("advcl", "xcomp", "acl", "relcl", "conj") and (
            any(c.dep_ == "mark" and c.lower_ in ("so", "that") for c in verb.children)
            or any(t.lower_ == "so" for t in sent[max(0, span.end - sent.start):verb.i - sent.start])
            or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            or any(c.lower_ == "how" for c in verb.children))
        if not purpose:
            continue
        for c in verb.children:
            if c.dep_ in ("dobj", "dative", "iobj") and (c.i in children or any(
                    p.dep_ == "poss" and p.i in children for p in c.children)):
                return True
            if c.dep_ == "prep" and c.lower_ in ("for", "to", "with") and any(
                    g.dep_ == "pobj" and g.i in children for g in c.children):
                return True
    return False


def not_the_goal(ctx: Context, span) -> bool:
    """Words of service in a goal that are not its measure: a wish the family has told us ("you
    want to finish your ESOL course"), a network member's training said of them ("Reece, who has
    done the suction training"), a worker's own coming to meetings ("an interpreter will come to
    each meeting"), and a thing offered by the network ("accept Nan's offer")."""
    if trained_for_care(ctx, span):
        return True  # round 39 (r39c, D#9): training for a hands-on task of the child's care, with a date
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")]
    if not verbs:
        verbs = [a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("aux", "auxpass")][:1]
        if not verbs:
            return False  # "the Freedom Programme", named: the verb that sets it is read below
    verb = verbs[0]
    # a wish: the verb hangs, through "to" and "and", on want / hope / would like
    walk = verb
    for _ in range(6):
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in walk.children) and walk is not verb:
            break
        if walk.dep_ == "xcomp" and walk.head.lemma_.lower() in _WISHING:
            return True
        if walk.dep_ in ("conj", "xcomp") and walk.head.i != walk.i and not any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in walk.children):
            walk = walk.head
            continue
        break
    # said of someone in a relative clause, as done already
    if verb.dep_ == "relcl" and (verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)) \
            and not any(c.tag_ == "MD" for c in verb.children):
        return True
    # a worker's own presence at the family's meetings; round 31 (review31a): "be at", "be present
    # at" too ("an interpreter will be at every meeting so everyone understands the plan"): a service
    # that serves the family, not the family's compliance
    if verb.lemma_.lower() in ("come", "go", "attend", "join", "be"):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lemma_.lower() not in ("carer", "parent", "guardian") and (
                _is_worker(ctx, subject) or subject.lemma_.lower() in _SERVING_THE_FAMILY) \
                and not analysis.is_name(subject):
            return True
    # the network's offer accepted
    if verb.lemma_.lower() in ("accept", "take", "welcome"):
        thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if thing is not None and _owned_by_family(ctx, thing):
            return True
    return False


_SERVICE_BODIES = _SENDERS | {"hospital", "doctor", "doctors", "police", "gp", "ward", "clinic", "paediatrician",
                               "consultant", "dentist", "therapist"}


def allowing_service_spans(ctx: Context) -> list:
    """"Allow school to manage Hope's mobility", "let the health visitor weigh Ava", "permit the
    social worker to speak with the children": a service let do its work, set as the goal. "Let the
    school know", "allow Leo to go to the park" and "let Nan take Ivy" are the family's own life."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("let", "allow", "permit") or _negated(verb) \
                or _in_if_not(verb) or reflexive_let(verb) or quoted_token(verb):
            continue
        clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i), None)
        person = next((c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i), None)
        if person is None and clause is not None:
            person = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if clause is None and person is not None:
            clause = next((c for c in person.children if c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ == "VERB"), None)
        if person is None or clause is None or clause.lemma_.lower() == "know":
            continue  # "let the school know": telling, which is how others will know
        if person.i in analysis.child_tokens(ctx) or analysis.is_name(person):
            continue
        if person.lower_ in _SERVICE_BODIES or person.lemma_.lower() in _SERVICE_BODIES or (
                _serviceish(ctx, person) and person.lemma_.lower() not in ("carer", "parent")):
            found.append(doc[verb.i:person.i + 1])
    return found


def round14_spans(ctx: Context) -> list:
    """Every round-14 reading of compliance, for SOS511."""
    return ctx.memo("compliance_words:round14", lambda: (
        taking_up_spans(ctx) + service_told_spans(ctx) + attendance_figure_spans(ctx) + as_directed_spans(ctx)
        + allowing_service_spans(ctx)))
