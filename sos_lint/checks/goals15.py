"""Round 15 (goals15): compliance and absence of harm, read on the parse, class by class.

Compliance (SOS511), a deed done for a service rather than for the child at home:
- a transaction with a service: papers or things handed to a worker ("provide bank statements to
  the social worker", "surrender the passports"), the adult's own life reported to one ("inform the
  social worker of any new relationships"), promises given ("give assurances", "an undertaking");
- a service used or dealt with by its own name or discipline ("access GamCare", "liaise with
  audiology", "link in with Women's Aid");
- checked at a service's place ("be weighed weekly at CAMHS", "seen at the fracture clinic");
- an adult staying in a service's setting ("remain in the parent and child placement");
- an adult taught ("be educated on the harmful effects", "be made aware of", "receive training").

Absence of harm (SOS512), nothing anyone can see happen:
- the child shielded in the passive ("shielded from exposure to", "spared exposure to");
- a status said to end ("will no longer be a young carer");
- harm said to lessen ("violent behaviour will reduce", "incidents will be reduced");
- an event said not to take place ("no marriage will take place", "will not go ahead").
"""
from __future__ import annotations

from . import analysis
from .base import Context
from .compliance_words import _childs_subject, _in_if_not, _negated, _network_subject, _serviceish
from .word_context import quoted
from ..metrics import span_in_quotes

_HOME_PLACES = {"home", "house", "flat", "school", "nursery", "college", "park", "garden", "kitchen", "bedroom",
                "bathroom", "room", "table", "door", "car", "church", "mosque", "club"}
_TRIGGER_MARKS = {"when", "whenever", "if", "until", "while", "once", "unless", "as", "before", "after"}


def _family(ctx: Context, token) -> bool:
    """The child, or a person of the family or network (by name or role), not a worker."""
    if token.i in analysis.child_tokens(ctx):
        return True
    if token.pos_ == "PRON" and token.lower_ in ("him", "her", "them", "me", "us", "you", "he", "she", "they"):
        return True
    family = set(analysis.people_words()["family"]) | set(analysis.people_words()["children"])
    if token.lower_ in family or token.lemma_.lower() in family:
        return True
    return (analysis.is_name(token) or token.i in analysis.adult_tokens(ctx)) and not _serviceish(ctx, token)


def _trigger_nodes(doc) -> tuple:
    """(head index, opens a when/if clause, is the ROOT) for each token, read once per Doc and kept
    in its user_data: `_in_trigger` is asked of every token by several readings, and each walk
    up the parse made new Token objects for every child of every node."""
    nodes = doc.user_data.get("sos_lint.trigger_nodes")
    if nodes is None:
        heads, opens, roots = [], [], []
        for walk in doc:
            kids = list(walk.children)
            heads.append(walk.head.i)
            roots.append(walk.dep_ == "ROOT")
            opens.append(walk.dep_ == "advcl" and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in _TRIGGER_MARKS and c.i < walk.i for c in kids)
                or walk.dep_ not in ("ROOT",) and any(
                c.dep_ == "mark" and c.lower_ in ("when", "whenever", "if", "unless") for c in kids))
        nodes = doc.user_data["sos_lint.trigger_nodes"] = (tuple(heads), tuple(opens), tuple(roots))
    return nodes


def _in_trigger(token) -> bool:
    """Inside a clause that says when or if ("When Reign cries and won't settle, …")."""
    heads, opens, roots = _trigger_nodes(token.doc)
    walk = token.i
    for _ in range(8):
        if opens[walk]:
            return True
        if roots[walk] or heads[walk] == walk:
            return False
        walk = heads[walk]
    return False


# What is reviewed rather than who is seen: "Progress will be reviewed at the next conference".
_NOT_SOMEONE = {"progress", "this", "it", "that", "plan", "case", "situation", "matter", "everything", "goal",
                "thing", "work", "arrangement", "safety", "outcome", "change", "agreement", "which", "what"}


def _subject(verb):
    """The verb's subject, through "and", "to" and a relative clause ("Summer to follow her plan
    and be weighed", where the parse hangs the verbs on the name)."""
    walk = verb
    for _ in range(6):
        subject = next((c for c in walk.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if walk.dep_ in ("relcl", "acl") and walk.head.pos_ in ("NOUN", "PROPN"):
            return walk.head
        if walk.dep_ in ("conj", "xcomp", "ccomp") and walk.head.i != walk.i:
            walk = walk.head
            continue
        return None
    return None


def _skip(ctx: Context, token) -> bool:
    return _in_if_not(token) or span_in_quotes(ctx.doc, token.idx) or _in_trigger(token)  # (quoted, without a Span)


def _pobjs(token, preps) -> list:
    return [o for p in token.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children if o.dep_ == "pobj"]


def _recipients(token) -> list:
    """Whom a thing is handed or said to: the dative, or "to …" on the verb or on its object."""
    found = [c for c in token.children if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP"]
    found += [o for c in token.children if c.dep_ == "dative" and c.pos_ == "ADP" for o in c.children if o.dep_ == "pobj"]
    found += _pobjs(token, ("to",))
    for obj in token.children:
        if obj.dep_ == "dobj":
            found += _pobjs(obj, ("to",))
    return found


# ---------------------------------------------------------------------------------------------
# C15a: a transaction with a service.
_HANDING = {"provide", "hand", "submit", "send", "supply", "surrender", "lodge", "forward", "produce", "give",
            "pass", "show", "return", "deliver", "present"}
_GIVEN_UP = {"surrender", "lodge"}  # handing over as a legal condition, whoever receives it
_PROMISES = {"assurance", "undertaking", "guarantee", "pledge", "commitment"}
_PROMISING = {"give", "provide", "make", "sign", "offer", "enter", "sign"}
_TELLING = {"inform", "notify", "update", "apprise", "advise", "alert", "tell"}
_TRANSACTING = _PROMISING | _HANDING | _TELLING  # every verb transaction_spans reads
# What shows a worker how home life is going, which is how others know, not papers for a service.
_GLIMPSES = {"photo", "photograph", "picture", "video", "text", "message", "update", "call", "email", "e-mail",
             "note", "diary", "chart", "log", "drawing", "card"}


_WORRIES = {"concern", "worry", "incident", "problem", "danger", "risk", "injury", "bruise", "mark", "illness"}


def _the_childs(ctx: Context, token) -> bool:
    """"Sonny's head of year", "her teacher": the child's own school or worker, told about the child."""
    owners = [c for c in token.children if c.dep_ == "poss"]
    owners += [c for t in token.subtree if t.dep_ == "compound" for c in t.children if c.dep_ == "poss"]
    return any(o.i in analysis.child_tokens(ctx) or (o.pos_ == "PRON" and o.lower_ in ("his", "her", "their")
                                                     and analysis.pronoun_is_child(ctx, o)) for o in owners) \
        or token.lemma_.lower() in ("teacher", "head", "school", "nursery", "college", "tutor", "senco")


def _a_worry(ctx: Context, topic) -> bool:
    """Telling a worker about the child or a worry ("about anything worrying", "of any concerns")
    is how others will know, not a service kept told of the adult's life."""
    if topic.lemma_.lower() in _WORRIES or any(t.i in analysis.child_tokens(ctx) for t in topic.subtree):
        return True
    if _harms_the_child(ctx, topic):
        return True
    return topic.lower_ in ("anything", "something", "everything") and any(
        c.dep_ in ("amod", "acl", "relcl") for c in topic.children)


def _done_again(clause):
    """Round 36 (W#8's class: the advice's own example): "any adult who does", "anyone who did":
    a bare "do" stands for the verb said before it in the sentence ("check who messages Mia and tell
    the police about any adult who does"), so that verb's objects are the ones read. Any other
    clause, or a "do" with an object of its own ("who does her hair"), is itself."""
    if clause.lemma_.lower() != "do" or any(c.dep_ in ("dobj", "xcomp", "ccomp", "prep") for c in clause.children):
        return clause
    above = {t.i for t in clause.ancestors}  # "tell the police about any adult who does": not "tell"
    before = [t for t in clause.sent if t.i < clause.i and t.pos_ == "VERB" and t.lemma_.lower() != "do"
              and t.i not in above and any(c.dep_ in ("dobj", "dative") for c in t.children)]
    return before[0] if len(before) == 1 else clause


def _harms_the_child(ctx: Context, topic) -> bool:
    """Round 21: someone described by what they do to the child ("any men who give you drink",
    "anyone who messages her"), told to a worker: danger reported, not the adult's life kept told.
    "You" counts when the goal speaks to the child."""
    from .goals18 import _child_subject
    from .parts.common import addressed_child

    for clause in topic.children:
        if clause.dep_ not in ("relcl", "acl"):
            continue
        clause = _done_again(clause)
        for t in clause.subtree:
            if t.i == clause.i or t.dep_ not in ("dobj", "dative", "pobj", "iobj"):
                continue
            if t.i in analysis.child_tokens(ctx) or (t.lower_ == "you" and (_child_subject(ctx, t) or addressed_child(ctx, anywhere=True))) or (
                    t.lower_ in ("him", "her", "them") and analysis.pronoun_is_child(ctx, t)):
                return True
    return False


def transaction_spans(ctx: Context) -> list:
    """"Provide bank statements to the social worker", "surrender Nasrin's passport", "inform the
    social worker of any new relationships", "give assurances": a service handed things, told of
    the adult's life, or given promises, as the goal. Giving the child breakfast, or the network
    telling a worker what it saw, are not."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if lemma not in _TRANSACTING:
            continue  # (the word first: the tests below walk the parse, and no other verb is read here)
        if verb.pos_ != "VERB" or _negated(verb) or _skip(ctx, verb) or _childs_subject(ctx, verb):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        obj = objects[0] if objects else None
        to = _recipients(verb)
        if lemma in _PROMISING and obj is not None and obj.lemma_.lower() in _PROMISES:
            if not any(_family(ctx, r) for r in to):
                found.append(doc[verb.i:obj.i + 1])
            continue
        if lemma in _HANDING and obj is not None and not _family(ctx, obj) and obj.pos_ in ("NOUN", "PROPN"):
            if any(_family(ctx, r) for r in to) or obj.lemma_.lower() in _PROMISES:
                continue
            if lemma not in _GIVEN_UP and (obj.lemma_.lower() in _GLIMPSES or _network_subject(ctx, verb)):
                continue  # "send the social worker a photo of the kitchen": how others will know
            if lemma in _GIVEN_UP or any(_serviceish(ctx, r) and not analysis.is_name(r) for r in to):
                found.append(doc[verb.i:obj.i + 1])
            continue
        if lemma in _TELLING and obj is not None and _serviceish(ctx, obj) and not analysis.is_name(obj) \
                and not _network_subject(ctx, verb) and not _the_childs(ctx, obj):
            about = _pobjs(verb, ("of", "about", "regarding")) + _pobjs(obj, ("of", "about", "regarding"))
            if about and not any(_a_worry(ctx, a) for a in about):
                found.append(doc[verb.i:obj.i + 1])
    return found


# ---------------------------------------------------------------------------------------------
# C15b: a service used or dealt with, by its own name or its discipline.
_USED = {"support", "service", "services", "fund", "funding", "help", "counselling", "counseling", "therapy",
         "treatment", "foodbank", "provision", "advice", "training", "course", "programme", "program", "group",
         "class", "classes", "session", "sessions", "intervention", "resources", "resource", "respite", "benefits",
         "bank", "mentoring", "advocacy"}


def _a_service(ctx: Context, token, after: int = -1) -> bool:
    """A service by its name or kind: not a person, not the family's things or places."""
    if _family(ctx, token) or token.lower_ in _HOME_PLACES or token.lemma_.lower() in _HOME_PLACES:
        return False
    if any(c.dep_ == "poss" and c.i > after and (c.pos_ == "PRON" or _family(ctx, c)) for c in token.children):
        return False  # "her books", "Leo's toys"
    if token.lemma_.lower() in _USED or token.lower_ in _USED or _serviceish(ctx, token):
        return True
    return token.pos_ == "PROPN" and not analysis.is_person(token) and token.ent_type_ not in ("GPE", "LOC", "DATE", "TIME")


def _noun_after(doc, i: int):
    """The head of the noun phrase just after token i ("access [the Adoption Support Fund]")."""
    j = i + 1
    while j < len(doc) and doc[j].pos_ in ("DET", "ADJ") and doc[j].dep_ in ("det", "amod", "compound", "poss"):
        j += 1
    run = []
    while j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN") and not doc[j].is_punct:
        run.append(doc[j])
        j += 1
        if j < len(doc) and doc[j].lower_ in ("'s", "’s"):
            j += 1
    return run[-1] if run else None


_ACCESSING = ("access", "accesses", "accessed", "accessing")


def using_spans(ctx: Context) -> list:
    """"Access GamCare", "access the Adoption Support Fund", "liaise with audiology", "link in with
    Women's Aid": a service used or dealt with as the goal. "Access the garden" and "talk with
    Nan" are the family's life."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for word in ctx.tokens:
        lower = word.lower_
        if lower not in _ACCESSING and word.lemma_.lower() not in ("liaise", "link"):
            continue  # (the word first: _skip walks the parse, and no other word is read here)
        if _skip(ctx, word):
            continue
        if lower in _ACCESSING and word.pos_ in ("VERB", "NOUN") \
                and not (word.pos_ == "NOUN" and word.dep_ in ("pobj", "nsubj", "nsubjpass")) and not _negated(word):
            if word.i > 0 and doc[word.i - 1].lower_ in ("to", "of", "an", "the", "no", "any", "their", "his", "her") \
                    and word.pos_ == "NOUN":
                continue  # "access to the flat", "no access": the noun, read elsewhere
            if word.i > 0 and doc[word.i - 1].lower_ == "to" and word.pos_ == "NOUN":
                continue
            thing = next((c for c in word.children if c.dep_ == "dobj"), None) or _noun_after(doc, word.i)
            if thing is None or _childs_subject(ctx, word) or any(t.i in analysis.child_tokens(ctx) for t in doc[word.i:thing.i]):
                continue
            if _a_service(ctx, thing, word.i):
                found.append(doc[word.i:thing.i + 1])
        elif word.pos_ == "VERB" and word.lemma_.lower() in ("liaise", "link") and not _negated(word):
            if word.lemma_.lower() == "link" and not any(c.dep_ in ("prt", "advmod") and c.lower_ in ("in", "up") for c in word.children):
                continue
            party = _pobjs(word, ("with",))
            if not party or _childs_subject(ctx, word):
                continue
            if _a_service(ctx, party[0]) or (party[0].pos_ in ("NOUN", "PROPN") and not _family(ctx, party[0])
                                             and not analysis.is_person(party[0])):
                found.append(doc[word.i:party[0].i + 1])
    return found


# ---------------------------------------------------------------------------------------------
# C15c: looked at or checked at a service's place.
_LOOKED_AT = {"see", "check", "weigh", "examine", "assess", "review", "monitor", "measure", "observe", "test",
              "screen", "scan", "x-ray"}
_SERVICE_SITES = {"clinic", "surgery", "hospital", "centre", "center", "unit", "service", "services", "office",
                  "station", "ward", "practice", "department", "camhs", "hub", "team"}


def checked_at_spans(ctx: Context) -> list:
    """"Be weighed weekly at CAMHS", "be seen at the fracture clinic", "assessed at the Beacon
    Centre": a service's check at its place set as the goal. "Weighed at home by Mum" is care."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for verb in ctx.tokens:
        if verb.tag_ != "VBN" or verb.lemma_.lower() not in _LOOKED_AT or _negated(verb) or _skip(ctx, verb):
            continue
        if not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        if any(c.dep_ == "prt" for c in verb.children):
            continue  # "checked on at night": looked in on
        agents = [o for p in verb.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
        if any(_family(ctx, a) for a in agents):
            continue
        subject = _subject(verb)
        if subject is None or subject.lemma_.lower() in _NOT_SOMEONE or (
                subject.pos_ == "NOUN" and subject.text.islower() and not analysis.is_person(subject)):
            continue  # "Progress will be reviewed at the next conference": the review, read elsewhere
        places = _pobjs(verb, ("at", "in"))
        place = next((p for p in places if not _family(ctx, p) and p.lower_ not in _HOME_PLACES and (
            p.lemma_.lower() in _SERVICE_SITES or p.lower_ in _SERVICE_SITES or _serviceish(ctx, p)
            or (p.pos_ == "PROPN" and not analysis.is_person(p) and p.ent_type_ not in ("GPE", "LOC", "DATE", "TIME")))),
            None)
        if place is not None:
            found.append(doc[verb.i:place.i + 1])
    return found


# ---------------------------------------------------------------------------------------------
# C15d: an adult staying in a service's setting.
_SETTINGS = {"placement", "unit", "refuge", "hostel", "rehab", "rehabilitation", "centre", "center", "premises", "premise",
             "accommodation", "treatment", "detox", "facility", "programme", "program", "assessment", "shelter"}
_NOT_SETTINGS = {"leisure", "shopping", "sports", "town", "city", "garden", "play", "community", "youth", "health"}
_STAYING = {"remain", "stay", "reside", "live"}


def staying_put_spans(ctx: Context) -> list:
    """"Mum to remain in the parent and child placement", "stay in the mother and baby unit",
    "remain at the refuge": an adult kept in a service's setting as the goal. The child's
    placement and the family's own rooms are not."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _STAYING or _negated(verb) or _skip(ctx, verb):
            continue
        if _childs_subject(ctx, verb):
            continue
        if verb.dep_ == "relcl" and verb.head.i in analysis.child_tokens(ctx):
            continue
        places = _pobjs(verb, ("in", "at"))
        places += [c for p in places for c in p.conjuncts]
        place = next((p for p in places if (p.lemma_.lower() in _SETTINGS or p.lower_ in _SETTINGS) and not any(
            c.dep_ == "poss" for c in p.children) and not any(
            c.lower_ in _NOT_SETTINGS for c in p.children if c.dep_ in ("compound", "amod"))), None)
        if place is not None:
            found.append(doc[verb.i:max(place.i, max(p.i for p in places)) + 1])
    return found


# ---------------------------------------------------------------------------------------------
# C15e: an adult taught.
_TEACHING = {"educate", "teach", "train", "advise", "inform", "counsel", "instruct", "coach", "brief", "warn"}
_LESSONS = {"advice", "education", "training", "information", "guidance", "psychoeducation", "teaching",
            "instruction", "counselling", "counseling", "input", "support"}
_TOPIC = ("on", "about", "in", "of", "regarding", "around")
_TAUGHT_VERBS = _TEACHING | {"make", "give", "receive", "get", "undergo"}  # every verb being_taught_spans reads


def being_taught_spans(ctx: Context) -> list:
    """"Mum will be educated on the harmful effects", "be made aware of the law", "be given
    advice", "receive training on safe sleep": an adult told or taught as the goal. The child
    taught by the family ("Leo will be taught to swim by Dad") is care."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if lemma not in _TAUGHT_VERBS:
            continue  # (the word first: the tests below walk the parse, and no other verb is read here)
        if verb.pos_ != "VERB" or _negated(verb) or _skip(ctx, verb) or _childs_subject(ctx, verb):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children) and verb.tag_ == "VBN"
        agents = [o for p in verb.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
        if any(_family(ctx, a) for a in agents):
            continue
        if passive and lemma in _TEACHING and _pobjs(verb, _TOPIC):
            if lemma == "inform" and any(c.lower_ in ("kept",) for c in verb.children):
                continue
            found.append(doc[verb.i:_pobjs(verb, _TOPIC)[0].i + 1] if lemma != "inform" else doc[verb.i:verb.i + 1])
        elif passive and lemma == "make" and any(c.lower_ == "aware" and c.dep_ in ("oprd", "acomp", "ccomp", "xcomp")
                                                 for c in verb.children):
            aware = next(c for c in verb.children if c.lower_ == "aware")
            found.append(doc[verb.i:aware.i + 1])
        elif lemma in ("give", "receive", "get", "undergo") and (passive or lemma != "give"):
            thing = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _LESSONS), None)
            if thing is not None and not any(c.dep_ == "poss" for c in thing.children) \
                    and not any(_family(ctx, o) for o in _pobjs(thing, ("from",)) + _pobjs(verb, ("from",))):
                if thing.lemma_.lower() == "support" and lemma != "receive":
                    continue
                found.append(doc[verb.i:thing.i + 1])
    return found


def compliance_spans(ctx: Context) -> list:
    """Every round-15 reading of compliance, for SOS511."""
    return ctx.memo("goals15:compliance", lambda: (
        transaction_spans(ctx) + using_spans(ctx) + checked_at_spans(ctx) + staying_put_spans(ctx)
        + being_taught_spans(ctx)))


# ---------------------------------------------------------------------------------------------
# A15a: shielded in the passive.
_SHIELDING = {"shield", "protect", "safeguard", "shelter", "insulate", "spare", "keep"}


def shielded_spans(ctx: Context) -> list:
    """"The children will be shielded from exposure to criminal activity", "spared exposure to drug
    use", "kept away from Mr Dunn": harm kept off, said in the passive, with nobody doing anything."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if verb.lower_ == "spared":
            lemma = "spare"  # the parse's lemma may be "spar"
        if verb.tag_ != "VBN" or lemma not in _SHIELDING or _negated(verb) or _skip(ctx, verb):
            continue
        if not any(c.dep_ == "auxpass" for c in verb.children) and verb.dep_ not in ("acomp",):
            continue
        if lemma == "keep" and not any(c.lower_ == "away" for c in verb.children):
            continue
        froms = _pobjs(verb, ("from",))
        if lemma == "keep" and not froms:
            away = next(c for c in verb.children if c.lower_ == "away")
            froms = _pobjs(away, ("from",))
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")] if lemma == "spare" else []
        end = froms[0] if froms else (objects[0] if objects else None)
        if end is None or end.lower_ in _HOME_PLACES:
            continue
        if any(t.i in analysis.child_tokens(ctx) or analysis.is_name(t) for t in doc[verb.i + 1:end.i]):
            end = doc[verb.i + 1] if doc[verb.i + 1].lower_ in ("from", "away") else verb
        found.append(doc[verb.i:end.i + 1])
    return found


# A15b: a status said to end.
_NO_MORE = {"longer", "more", "anymore"}


def status_ended_spans(ctx: Context) -> list:
    """"Justice will no longer be a young carer", "not be a young carer any more", "cease to be a
    drug user": the end of a status or role set as the goal. "Be a big brother" is a role to have."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for be in ctx.tokens:
        if be.lemma_.lower() != "be" or be.pos_ not in ("AUX", "VERB") or be.dep_ in ("aux", "auxpass") or _skip(ctx, be):
            continue
        states = [c for c in be.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")]
        states += [c for c in be.children if c.dep_ == "acomp" and c.lower_ == "subject"]
        if not states:
            continue
        neg = [c for c in be.children if c.dep_ == "neg"]
        window = doc[be.i - 3 if be.i >= 3 else 0: min(len(doc), states[0].i + 8)]
        no_longer = any(t.lower_ == "longer" and t.i > 0 and doc[t.i - 1].lower_ == "no" for t in window
                        if t.i < states[0].i)
        any_more = neg and any(t.lower_ in ("anymore",) or (t.lower_ == "more" and t.i > 0 and doc[t.i - 1].lower_ == "any")
                               for t in window)
        if not (no_longer or any_more):
            continue
        start = min([t.i for t in neg] + [t.i for t in window if t.lower_ == "no" and t.i < states[0].i] + [be.i])
        found.append(doc[start:states[0].i + 1])
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in ("stop", "cease") or verb.pos_ != "VERB" or _skip(ctx, verb):
            continue
        be = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() == "be"), None)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and not (analysis.is_person(subject) or subject.i in analysis.child_tokens(ctx)):
            continue  # "meals to stop being a fight": a thing, not a person's status
        if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in ("want", "hope", "wish", "like"):
            continue  # the family's wish, told to us
        if be is not None and any(c.dep_ == "attr" for c in be.children):
            found.append(doc[verb.i:be.i + 1])
    return found


# A15c: harm said to lessen.
_LESSENING = {"reduce", "decrease", "lessen", "diminish", "decline", "subside", "ease", "stop", "cease", "end",
              "fall", "drop", "disappear", "minimise", "minimize", "eliminate", "eradicate", "lower", "lessen"}
_HARM_NOUNS = {"violence", "aggression", "abuse", "argument", "row", "conflict", "fighting", "fight", "shouting",
               "incident", "outburst", "drinking", "misuse", "self-harm", "harm", "tension", "hostility", "bullying",
               "offending", "episode", "assault", "smacking", "hitting", "tantrum", "meltdown", "exposure",
               "restricting", "purging", "cutting", "screaming", "swearing", "threat", "injury", "neglect"}
_HARMFUL = {"violent", "aggressive", "abusive", "harmful", "challenging", "risky", "sexualised", "sexualized",
            "controlling", "threatening", "unsafe", "dangerous", "antisocial", "anti-social", "destructive",
            "offending", "coercive", "hostile", "disruptive"}
_DRUGS = {"drug", "drugs", "cannabis", "alcohol", "substance", "heroin", "cocaine", "crack", "spice", "ketamine"}


def _harm_noun(token) -> bool:
    lemma = token.lemma_.lower()
    mods = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod")]
    if lemma in _HARM_NOUNS or token.lower_ in _HARM_NOUNS:
        return True
    if lemma in ("behaviour", "behavior", "behaviours", "behaviors", "conduct") and any(m.lower_ in _HARMFUL for m in mods):
        return True
    if lemma == "use" and any(m.lower_ in _DRUGS for m in mods):
        return True
    return False


def harm_lessens_spans(ctx: Context) -> list:
    """"Ethan's violent behaviour will reduce", "incidents of domestic abuse will be reduced",
    "the shouting will stop": harm said to lessen or end, with no deed. "Mum will reduce Leo's
    screen time" is the adult's deed; "the number of visits will reduce" is no harm."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _LESSENING or _negated(verb) or _skip(ctx, verb):
            continue
        if any(c.dep_ == "dobj" for c in verb.children):
            continue  # "Mum will reduce Leo's screen time": a deed
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and verb.dep_ == "xcomp":
            subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or not _harm_noun(subject):
            continue
        # "The fighting will stop because Dad will go to Nan's when he is angry": silenced by the
        # shared alternative test (goal_words.alternative_follows, round 16).
        start = min([subject.i] + [c.i for c in subject.children if c.dep_ in ("amod", "compound", "nmod", "det")
                                   and c.i < subject.i])
        span = doc[start:verb.i + 1]
        if any(t.i in analysis.child_tokens(ctx) or analysis.is_name(t) for t in span):
            span = doc[start:subject.i + 1]  # the harm's words, not a name caught between
            if any(t.i in analysis.child_tokens(ctx) or analysis.is_name(t) for t in span):
                continue
        found.append(span)
    return found


def _deed_given_as_reason(ctx: Context, verb) -> bool:
    """A "because/as/since" clause hanging on the verb in which a person will do something: the
    adult's deed is the goal, its effect on the harm is the reason ("The fighting will stop
    because Dad will go to Nan's when he is angry"). A reason with no person acting ("because
    everyone will be happier") is not a deed."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.pos_ != "VERB" or _negated(clause):
            continue
        if not any(c.dep_ == "mark" and c.lower_ in ("because", "as", "since") for c in clause.children):
            continue
        if not any(c.tag_ == "MD" for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lemma_.lower() not in ("everyone", "everybody", "it", "things", "everything") \
                and (analysis.is_person(subject) or subject.pos_ in ("PROPN", "PRON")):
            return True
    return False


# A15d: an event said not to take place.
_HAPPENING = {"happen", "occur", "recur", "arise"}


def _event_verb(verb) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in _HAPPENING:
        return True
    if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
        return True
    return lemma == "go" and any(c.lower_ == "ahead" for c in verb.children)


def not_taking_place_spans(ctx: Context) -> list:
    """"No marriage will take place", "no further incidents will occur", "the marriage will not go
    ahead", "nothing like this will happen again": an event said not to happen, as the goal."""
    if ctx.kind != "goal":
        return []
    doc, found = ctx.doc, []
    for verb in ctx.tokens:
        if verb.pos_ not in ("VERB",) or not _event_verb(verb) or _skip(ctx, verb):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        end = max([verb.i] + [c.i for c in verb.children if c.lower_ in ("place", "ahead")])
        neg = [c for c in verb.children if c.dep_ == "neg"]
        if neg:
            if subject.lower_ in ("this", "that", "it") and doc[verb.sent.start].lower_ in ("if", "unless"):
                continue
            start = min([t.i for t in neg] + [c.i for c in verb.children if c.dep_ == "aux" and c.i < verb.i])
            found.append(doc[start:end + 1])
            continue
        no = next((c for c in subject.children if c.dep_ in ("det", "neg") and c.lower_ == "no"), None)
        if no is None and subject.left_edge.lower_ == "no":
            no = subject.left_edge
        if no is None and subject.lower_ in ("nothing", "none", "nobody", "noone"):
            no = subject
        if no is None:
            continue
        after = [t.lower_ for t in doc[no.i + 1:no.i + 3]]
        if after and after[0] in ("more", "less", "fewer", "later", "earlier", "longer") and "than" in after:
            continue  # "no more than two visits": an amount
        found.append(doc[no.i:end + 1])
    return found


def absence_spans(ctx: Context) -> list:
    """Every round-15 reading of absence of harm, for SOS512."""
    return ctx.memo("goals15:absence", lambda: (
        shielded_spans(ctx) + status_ended_spans(ctx) + harm_lessens_spans(ctx) + not_taking_place_spans(ctx)))


# ---------------------------------------------------------------------------------------------
# False alarms.
def in_trigger(span) -> bool:
    """A "won't" inside a when/if clause ("When Reign cries and won't settle, …"): when the adult
    acts, not the goal's measure."""
    heads = [t for t in span if t.dep_ == "neg"] or [span.root]
    return all(_in_trigger(t.head if t.dep_ == "neg" else t) or _before_the_main_clause(t) for t in heads)


def _before_the_main_clause(token) -> bool:
    """Said by the words when the parse loses the clause: the sentence opens "When …" or "If …" and
    the token comes before the comma that ends that clause ("When Reign cries and won't settle,
    whoever is holding her will put her down")."""
    sent = token.sent
    first = sent[0]
    if first.lower_ not in ("when", "whenever", "if", "once", "until", "while") or first.i == token.i:
        return False
    comma = next((t for t in sent if t.i > token.i and t.lower_ == ","), None)
    if comma is None or any(t.lower_ == "," for t in sent if first.i < t.i < token.i):
        return False
    rest = [t for t in sent if t.i > comma.i]
    return any(t.pos_ == "VERB" for t in rest) and not (first.lower_ == "if" and any(
        t.lower_ in ("this", "that", "it") for t in sent[1:3]))


_THEN_DEEDS = ("for this to happen", "to make this happen", "for that to happen", "so that this happens")
_NEGATING = {"not", "n't", "no", "never", "nobody", "nothing", "stop", "cease", "without", "free", "longer"}


def aim_with_deeds(ctx: Context, span) -> bool:
    """The house style's aim ("Mum, you and Nan need to make sure Grace is safe from batteries")
    followed by the sentence that gives the deeds ("For this to happen, you will …"): the aim is
    met by what follows, so it is no absence of harm. A "will not" aim is still one."""
    if any(t.lower_ in _NEGATING for t in span):
        return False
    later = [s for s in ctx.sentences if s.start >= span.sent.end]
    return any(s.text.lower().lstrip(" \"'“").startswith(_THEN_DEEDS) for s in later)


def trim_names(ctx: Context, span):
    """A compliance span never runs over a child's name ("to monitor [Skye]'s presentation"): it is
    split at the name, and the side that holds the deed is kept: the words before it when they hold
    a verb ("to monitor"), else the words after it ("all of Theo's [clinic appointments are
    attended]"). None when neither side is left."""
    doc = span.doc
    for token in span:
        if token.i == span.start:
            continue
        named = analysis.is_name(token) and token.i not in analysis.adult_tokens(ctx)
        if not (named or (token.i in analysis.child_tokens(ctx) and token.pos_ == "PROPN")):
            continue
        cut = token.i
        while cut - 1 > span.start and doc[cut - 1].dep_ in ("det", "poss", "case", "amod", "compound") \
                and doc[cut - 1].head.i >= token.i:
            cut -= 1
        after = token.i + 1
        while after < span.end and (doc[after].lower_ in ("'s", "’s", "'", "’") or doc[after].dep_ == "case"):
            after += 1
        left = doc[span.start:cut] if cut > span.start else None
        right = doc[after:span.end] if after < span.end else None
        if left is not None and any(t.pos_ == "VERB" for t in left):
            return left
        if right is not None and any(t.pos_ in ("VERB", "NOUN") for t in right):
            return trim_names(ctx, right)
        return left or right
    return span
