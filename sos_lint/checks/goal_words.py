"""Goal wordings the structure rules read on the parse: services checking or courses set as the
goal (SOS511), and a "will not" whose own sentence goes on to say what happens instead (SOS512)."""
from __future__ import annotations

from ..metrics import span_in_quotes
from . import analysis, goals15, goals16
from .base import Context

_COURSES = {"session", "course", "programme", "program", "module", "workshop", "training", "assessment",
            "worksheet", "group", "workbook", "referral", "clinic"}
# A named kind of plan or work set as the task: "complete a relapse prevention plan", "do the
# safety plan work", "finish the direct work" (a plan made with the family is the goal's own words).
_NAMED_TASKS = {"plan", "work"}
# What a service watches: "monitor progress via unannounced visits", "progress will be reviewed".
_PROGRESS = {"progress", "situation", "case", "change", "changes", "plan", "engagement", "compliance"}
_FINISHING = {"complete", "finish", "do", "undertake", "attend"}
_CHECKED = {"contact", "attendance", "visit", "incident", "concern"}
_EVERYDAY_PLACES = {"school", "nursery", "college", "club", "church", "mosque", "temple", "gurdwara", "class", "park"}


def service_checks(ctx: Context) -> list:
    """"The school will monitor Holly's presentation", "the foster carers will record all contact",
    "complete the online safety sessions", "attend Change Grow Live": a service checking, or a
    course or service to go to, set as the goal. None of it says what will be different at home.
    "Nan will check on Leo" (the network) and "attend school" (everyday life) are left alone."""
    def compute():
        words = analysis.people_words()
        services = set(words["professionals"]) | set(words["institutions"]) | {"carer", "carers"}
        found = []
        for verb in ctx.tokens:
            if verb.pos_ != "VERB" or span_in_quotes(ctx.doc, verb.idx):
                continue
            lemma = verb.lemma_.lower()
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
            if lemma in ("monitor", "review", "assess", "track") and any(
                    c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _PROGRESS for c in verb.children):
                # Watching progress is the service's job, never the family's goal, whoever does it.
                thing = next(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _PROGRESS)
                ways = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("via", "through", "by", "at")
                        and c.i > verb.i]
                end = max([w.right_edge.i for w in ways] + [thing.i, verb.i])
                found.append(ctx.doc[min(thing.i, verb.i): end + 1])
            elif lemma in ("monitor", "record", "log"):
                subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
                    or (verb.head if verb.dep_ == "conj" else None) \
                    or (verb.head if verb.dep_ in ("xcomp", "acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN")
                        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) else None)
                # Round 14: "School nurse to monitor.": the plan's shorthand hangs the verb on the worker
                if subject is not None and subject.pos_ in ("VERB", "AUX"):
                    subject = next((c for c in subject.children if c.dep_ == "nsubj"), None)
                by_service = subject is not None and subject.pos_ != "PRON" and (
                    subject.lower_ in services or subject.lemma_.lower() in services)
                checked = lemma == "monitor" or any(o.lemma_.lower() in _CHECKED for o in objects)
                if by_service and checked:
                    # The words of the task, not the job's name: "[the foster carers] will record all contact".
                    auxes = [c.i for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
                    end = objects[0].i + 1 if objects and objects[0].i > verb.i else verb.i + 1
                    found.append(ctx.doc[min(auxes + [verb.i]): end])
            elif lemma == "keep" and _keeps_services_told(verb, services):
                found.append(ctx.doc[verb.i: verb.right_edge.i + 1 if _told_end(verb) is None else _told_end(verb) + 1])
            elif lemma in _FINISHING:
                course = next((o for o in objects if o.lemma_.lower() in _COURSES
                               or (o.lemma_.lower() in _NAMED_TASKS and any(c.dep_ == "compound" for c in o.children))), None)
                if course is None:
                    course = _named_course_after(verb)
                if course is not None:
                    found.append(ctx.doc[verb.i: course.i + 1])
                elif lemma == "attend" and objects and objects[0].pos_ == "PROPN" and (
                        _a_service(ctx, objects[0]) or not _childs_own(ctx, verb)):
                    end = objects[0].i
                    while end + 1 < len(ctx.doc) and ctx.doc[end + 1].pos_ == "PROPN" and ctx.doc[end + 1].text[:1].isupper():
                        end += 1
                    name = ctx.doc[verb.i + 1: end + 1]
                    possessive = end + 1 < len(ctx.doc) and ctx.doc[end + 1].lower_ in ("'s", "’s") \
                        and (ctx.doc[end].lower_ + "'s") not in analysis.people_words()["services"]
                    if possessive is False and end + 1 < len(ctx.doc) and ctx.doc[end + 1].lower_ in ("'s", "’s"):
                        end += 1  # "Barnardo's": the service's own name
                    if not possessive and not any(t.lower_ in _EVERYDAY_PLACES for t in name):
                        found.append(ctx.doc[verb.i: end + 1])
        return found + service_use_spans(ctx)
    return ctx.memo("goal_words:service_checks", compute)


def _named_course_after(verb):
    """"complete the Caring Dads course", "finish the Freedom Programme": a course named by
    capitalised words, which the parse may split ("Dads" the object, "course" an adverb). The
    course word comes after "the" and the capitalised name, within a few words of the verb."""
    doc = verb.doc
    named = False
    for token in doc[verb.i + 1: min(verb.i + 8, verb.sent.end)]:
        if token.lemma_.lower() in _COURSES or token.lower_ in _COURSES:
            return token if named or token.text[:1].isupper() else None
        if token.lower_ in ("the", "a", "an", "his", "her", "their", "your") and not named:
            continue
        if token.text[:1].isupper() and token.is_alpha:
            named = True
            continue
        return None
    return None


# Round 9 (class W4): a goal whose act is only using, letting in or staying with a service.
_SERVICE_THINGS = {"support", "service", "services", "help", "offer", "treatment", "programme", "program",
                   "intervention", "interventions", "counselling", "therapy", "input", "agency", "agencies",
                   "team", "provision", "package", "sessions", "session", "appointment", "appointments"}
_USING = {"access", "utilise", "utilize", "accept", "use"}
_VISITING = {"visit", "visits", "access", "appointment", "appointments", "assessment", "assessments", "meeting",
             "meetings", "check", "checks", "session", "sessions", "contact", "visiting"}


# What a service is let do: come in, visit, see the child.
_LETTING_IN = {"visit", "visits", "in", "into", "see", "access", "come", "enter", "inside", "round", "check", "home",
               "look", "call", "speak", "talk", "inspect", "weigh", "examine"}
# Round 9b: being in for a service's visits ("be at home for every visit", "be in for the health
# visitor's checks") and opening the door to one ("open the door to the school nurse").
_BEING_IN = {"home", "in", "there", "around", "available", "about", "present", "indoors"}
_DOORS = {"open", "answer", "unlock"}


def _a_professional(token) -> bool:
    words = analysis.people_words()
    lower = token.lower_
    return (lower in words["professionals"] or token.lemma_.lower() in words["professionals"]
            or lower in ("professionals", "services", "agencies", "sw", "fsw", "hv", "swer")
            or (token.is_upper and 2 <= len(token.text) <= 5 and token.is_alpha)) and lower not in ("i", "we", "everyone", "everybody")


def _service(token) -> bool:
    return token.lemma_.lower() in _SERVICE_THINGS or token.lower_ in _SERVICE_THINGS or (
        token.pos_ == "PROPN" and not analysis.is_person(token)) or _a_professional(token)


def service_use_spans(ctx: Context) -> list:
    """"Access parenting support", "continue to access Turning Point", "allow the family support
    worker to visit", "let the social worker in", "facilitate unannounced visits", "make himself
    available for visits": using, letting in or staying with a service set as the goal. "Let Kai
    play", "ring Aunty Jo, who will come round" and "make herself available to collect Ella" are
    everyday life."""
    if ctx.kind != "goal":
        return []
    found = _missed_visits(ctx)
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if verb.lower_.startswith("facilitat") and verb.pos_ != "VERB" and not span_in_quotes(ctx.doc, verb.idx):
            # "… and facilitate unannounced visits", with "facilitate" read as a noun
            seen = next((t for t in ctx.doc[verb.i + 1: min(verb.i + 5, verb.sent.end)] if t.lemma_.lower() in _VISITING), None)
            if seen is not None:
                found.append(ctx.doc[verb.i: seen.i + 1])
            continue
        if (verb.pos_ != "VERB" and lemma != "be") or span_in_quotes(ctx.doc, verb.idx):
            continue
        end = None
        if lemma in _GIVING and _access_given(verb) is not None:
            end = _access_given(verb).i  # "give CAMHS access to you at home"
        elif lemma in _USING or _taking_up(verb):
            thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if thing is not None and (_service(thing) if lemma not in ("use", "take") else _a_service_thing(thing)):
                end = max(t.i for t in thing.subtree)
        elif lemma == "make" and _made_use_of(verb) is not None:
            end = max(t.i for t in _made_use_of(verb).subtree)  # "make use of relevant services"
        elif lemma == "be" and _in_for_visits(verb) is not None:
            end = max(t.i for t in _in_for_visits(verb).subtree)  # "be at home for every visit"
        elif lemma in _DOORS and _door_to_service(verb) is not None:
            end = max(t.i for t in _door_to_service(verb).subtree)  # "open the door to the school nurse"
        elif lemma in ("allow", "let", "permit"):
            if any(c.lower_ in ("yourself", "himself", "herself", "themselves", "myself", "ourselves")
                   and c.dep_ in ("dobj", "nsubj") for c in verb.children):
                continue  # "Nan, you will let yourself in with your key": the family's own door
            inside = [t for c in verb.children if c.dep_ not in ("nsubj", "aux", "punct", "neg", "conj", "cc")
                      and c.i > verb.i for t in c.subtree]
            # "permit the worker to call weekly and let …": the next act is its own finding
            later = {t.i for v in inside if v.dep_ == "conj" and v.pos_ in ("VERB", "AUX") for t in v.subtree}
            later |= {v.i for v in inside if v.dep_ == "cc" and v.i + 1 in later}
            inside = [t for t in inside if t.i not in later]
            if not any(t.lemma_.lower() in _LETTING_IN for t in inside):
                continue  # "let the social worker know" (telling), "let the family worker help you apply for…"
            allowed = _the_one_let(verb)
            if allowed is not None and analysis.is_person(allowed) and not _a_professional(allowed):
                continue  # "let Kai play", "allow Maya to choose her story"
            if any(_a_professional(t) for t in inside if t.pos_ in ("NOUN", "PROPN")) and (allowed is not None or not any(
                    analysis.is_person(t) and not _a_professional(t) and t.pos_ == "PROPN"
                    and not (t.dep_ == "poss" and _a_professional(t.head)) for t in inside)):
                # "let Esther's social worker look at her bedroom", "allow the health visitor to weigh Jade"
                end = max(t.i for t in inside if not t.is_punct)
        elif lemma == "facilitate":
            thing = [t for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp") for t in c.subtree]
            if any(t.lemma_.lower() in _VISITING for t in thing):
                end = max(t.i for t in thing)
        elif lemma == "make":
            own = next((t for t in verb.subtree if t.lower_ in ("himself", "herself", "themselves", "yourself")), None)
            available = next((t for t in verb.subtree if t.lower_ == "available"), None)
            if own is not None and available is not None and not any(c.dep_ == "xcomp" for c in available.children):
                end = max(t.i for t in available.subtree)
        if end is None:
            continue
        start = verb.head.i if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("continue", "keep") else verb.i
        found.append(ctx.doc[start:end + 1])
    return found


_GIVING = {"give", "grant", "offer", "provide", "allow"}


def _access_given(verb):
    """"give CAMHS access to you", "grant the health visitor access to the baby": "access" given
    to a service or professional (not "give Kai access to his kit"). The "access" token, or None."""
    access = next((c for c in verb.children if c.dep_ in ("dobj", "dative", "attr", "npadvmod") and c.lower_ == "access"), None)
    if access is None:
        access = next((t for t in verb.doc[verb.i + 1: min(verb.i + 6, verb.sent.end)] if t.lower_ == "access"), None)
    if access is None:
        return None
    between = verb.doc[verb.i + 1: access.i]
    if not any(_a_professional(t) or (t.pos_ == "PROPN" and not analysis.is_person(t)) or t.is_upper and len(t) > 2
               for t in between if t.is_alpha):
        return None
    return access


_APPOINTMENTS = {"appointment", "appointments", "visit", "visits", "session", "sessions", "meeting", "meetings",
                 "assessment", "assessments", "check", "checks", "contact", "test", "tests", "screening", "screenings"}


def _missed_visits(ctx: Context) -> list:
    """"no more missed appointments", "will not miss any visits from the health visitor": keeping
    a service's appointments set as the goal. "No missed meals", "not miss Kai's matches" are home life."""
    found = []
    for token in ctx.tokens:
        if token.lemma_.lower() != "miss" or span_in_quotes(ctx.doc, token.idx):
            continue
        if token.tag_ == "VBN" and token.dep_ == "amod" and token.head.lower_ in _APPOINTMENTS:
            thing, start = token.head, token.i
            before = [c for c in thing.children if c.i < token.i and c.dep_ in ("det", "amod", "advmod")]
            start = min([start] + [t.i for c in before for t in c.subtree])
        elif token.pos_ == "VERB":
            thing = next((c for c in token.children if c.dep_ == "dobj" and c.lower_ in _APPOINTMENTS), None)
            if thing is None or not any(c.dep_ == "neg" or c.lower_ in ("never",) for c in token.children):
                continue
            start = token.i
        else:
            continue
        if any(t.dep_ == "poss" and analysis.is_person(t) and not _a_professional(t) for t in thing.subtree):
            continue  # "Kai's check-ups" are his own
        found.append(ctx.doc[start: thing.i + 1])
    return found


def _taking_up(verb) -> bool:
    """"Take up parenting help", not "has not taken it up" (a worry's refusal) or "take up swimming"."""
    return verb.lemma_.lower() == "take" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children) \
        and not any(c.dep_ == "neg" for c in verb.children)


def _a_service_thing(token) -> bool:
    return token.lemma_.lower() in _SERVICE_THINGS or token.lower_ in _SERVICE_THINGS


def _made_use_of(verb):
    """The service in "make (good) use of relevant services", or None."""
    use = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "use"), None)
    of = next((p for p in (use.children if use is not None else ()) if p.dep_ == "prep" and p.lower_ == "of"), None)
    thing = next((o for o in (of.children if of is not None else ()) if o.dep_ == "pobj"), None)
    return thing if thing is not None and (_service(thing) or thing.lower_ in ("it", "them")) else None


def _visit_noun(token) -> bool:
    """"Every visit", "the health visitor's checks"; not "contact sessions with Leo" (time with the child)."""
    return token.lemma_.lower() in _VISITING and not analysis.is_person(token) and not any(
        c.dep_ == "prep" and c.lower_ == "with" for c in token.children)


def _the_one_let(verb):
    """Who is let or allowed: "permit [the worker] to call", "let [Esther's social worker] look"."""
    one = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
    if one is None:
        one = next((g for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i
                    for g in c.children if g.dep_ == "nsubj"), None)
    return one


def _in_for_visits(verb):
    """The visits in "be at home for every visit the social worker books", "be in for the health
    visitor's checks", "be available for appointments": a parent being in for a service. "Be at
    home for Kai's tea" and "be home for the weekend" are everyday life."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    there = any(c.lower_ in _BEING_IN for c in verb.children if c.dep_ in ("advmod", "acomp")
                or (c.dep_ == "prep" and not list(c.children))) or any(
        o.lower_ in _BEING_IN for p in preps if p.lower_ in ("at", "in") for o in p.children if o.dep_ == "pobj")
    visits = next((o for p in preps if p.lower_ == "for" for o in p.children if o.dep_ == "pobj" and _visit_noun(o)), None)
    return visits if there and visits is not None else None


def _door_to_service(verb):
    """The professional in "open the door to the school nurse", "answer the door to the social worker"."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() == "door" for c in verb.children):
        return None
    return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children
                 if o.dep_ == "pobj" and _a_professional(o)), None)


# "Keep the social worker updated", "keep school informed", "keep professionals in the loop":
# telling services is their process, not what will be different at home.
_TOLD = {"updated", "informed", "aware", "posted", "abreast", "loop", "up-to-date", "date"}
_GROUPS_OF_SERVICES = {"professionals", "professional", "services", "agencies", "everyone", "school", "nursery",
                       "college", "team", "network"}


def _told_end(verb):
    """The last word of "updated", "informed", "in the loop" after "keep X", or None."""
    for c in verb.children:
        if c.i > verb.i and c.lower_ in _TOLD:
            return c.i
        if c.i > verb.i and c.dep_ in ("prep", "ccomp", "xcomp", "oprd", "acomp", "advmod"):
            told = next((t for t in c.subtree if t.lower_ in _TOLD), None)
            if told is not None:
                return told.i
    for o in verb.children:
        if o.dep_ == "dobj":
            told = next((t for t in o.subtree if t.lower_ in _TOLD and t.i > o.i), None)
            if told is not None:
                return told.i
    return None


def _keeps_services_told(verb, services: set) -> bool:
    """"Mum will keep the family support worker updated": a professional or service kept told.
    "Keep Nan informed about where Kai is" (the network) is left alone."""
    thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i), None)
    inner = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd")
                  for c in [next((g for g in c.children if g.dep_ == "nsubj"), None)] if c is not None), None)
    if thing is None:
        thing = inner
    if thing is None or _told_end(verb) is None:
        return False
    if inner is not None and inner is not thing and _keeps_told(inner, services):
        return True  # "keep the youth offending worker updated", with "youth" read as the object
    return _keeps_told(thing, services)


def _keeps_told(thing, services: set) -> bool:
    words = {thing.lower_, thing.lemma_.lower()} | {c.lower_ for c in thing.children if c.dep_ == "compound"}
    from .word_context import settings
    jobs = set(settings()["job_heads"]) - {"carer", "guardian", "chair"}
    return bool(words & (services | _GROUPS_OF_SERVICES)) or (
        thing.lemma_.lower() in jobs and not analysis.is_name(thing)) or _worker_acronym(thing)  # "the youth offending worker"


def _worker_acronym(token) -> bool:
    """Round 28 (compliance28): a worker named by the acronym of a job ending in "worker": "the SW",
    "the FSW", "the SSW" (supervising social worker), "the ISW"."""
    return token.is_upper and token.is_alpha and 2 <= len(token.text) <= 5 and token.text.endswith("W")


def _a_service(ctx: Context, token) -> bool:
    """"CAMHS", "the YOT", "Barnardo's": a service by its acronym or its name (rules/jargon.toml
    acronyms, rules/people.toml services). A child who "will attend CAMHS" is going to a
    service, not to Brownies."""
    services = set(analysis.people_words()["services"])
    acronyms = ctx.memo("goal_words:acronyms", lambda: {
        t.i for span, entry in ctx.matches("jargon.toml") if entry.group == "acronym" for t in span})
    following = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    return token.i in acronyms or token.lower_ in services or (
        following in ("'s", "’s") and token.lower_ + "'s" in services)


def _childs_own(ctx: Context, verb) -> bool:
    """"Ayo will attend Brownies": the child's own activity, not a service for the parents."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.i in analysis.child_tokens(ctx)
                                    or (subject.pos_ == "PRON" and analysis.pronoun_is_child(ctx, subject)))


def alternative_follows(ctx: Context, span) -> bool:
    """Does the rest of the "will not" sentence say what happens instead? "You will not drive;
    Mum or Bernie will collect Daisy instead", "you will not walk to nursery alone; Aunty Bex
    will walk with you both", "…; on those days Grace will be driven to school by Auntie Rose".
    After a semicolon, a colon or "but", an adult's act that is not itself a "will not", or the
    word "instead" (here or opening the next sentence), is the alternative a goal asks for."""
    sentence = span.sent
    rest = ctx.doc[span.end: sentence.end]
    following = next((s for s in ctx.sentences if s.start == sentence.end), None)
    verb = span.root
    for _ in range(4):
        if verb.pos_ == "VERB" and verb.dep_ not in ("aux", "auxpass", "neg") or verb.head.i == verb.i:
            break
        verb = verb.head
    will_not = verb
    if goals15._deed_given_as_reason(ctx, verb):
        return True  # Round 16: "… will stop because Dad will go to Nan's when he is angry": the deed is the reason
    if any(t.lower_ == "instead" for t in rest) or (following is not None and following[0].lower_ == "instead"):
        return True
    if following is not None and _not_done(ctx, span, verb) and _next_deed_instead(ctx, verb, following):
        return True  # Round 17: "… after drinking. On those days Claire will do the school run."
    breaks = [t.i for t in rest if t.text in (";", ":") or (t.lower_ == "but" and t.dep_ == "cc")]
    # "Oscar will not be left alone overnight and Dad will make sure someone is with him": a
    # clause joined by "and" with its own adult subject who acts is an alternative too.
    # Only for a "will not" (an act not done): "will be protected from harm, and Dad will take
    # her to school" still says only that harm will not happen.
    negated = any(t.lower_ in ("not", "n't", "never") for t in ctx.doc[max(sentence.start, span.start - 1): span.end + 1])
    # Round 41 (review41a P#6): an adult's own giving-up ("Mum will stop drinking before 5pm, and
    # Auntie Ama will come round on Fridays") is an act not done, as "will not" is: another adult's
    # act joined to it by "and" says what happens instead. A child's stopping is not (the child
    # is not the one to keep themself safe), nor harm stopped ("the shouting will stop").
    gives_up = not negated and _adult_gives_up(ctx, will_not)
    negated = negated or gives_up
    joined = [t.i for t in rest if t.lower_ == "and" and t.dep_ == "cc"] if negated else []
    if not breaks and not joined:
        return False
    children = analysis.child_tokens(ctx)
    for verb in ctx.doc[min(breaks + joined) + 1: sentence.end]:
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        if verb.lemma_.lower() in _GIVING_UP:
            continue  # "… and Mum will stop smoking": a second giving-up is no act instead
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not breaks or verb.i < breaks[0]:
            # after "and" only: a new clause with its own subject, saying what someone will do
            modal = next((m for m in verb.children if m.tag_ == "MD" and m.i < verb.i), None)
            if modal is None:
                continue  # "… and Dad was cross": not what he will do
            if not subjects and modal.i > 0 and ctx.doc[modal.i - 1].pos_ == "PROPN":
                subjects = [ctx.doc[modal.i - 1]]  # "… with Shane and Nan will mind Ivy": the parser hung Nan on Shane
            if not subjects and verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.i >= sentence.start \
                    and not _still_absent(verb) and not gives_up:  # "will stop shouting and will no longer hit":
                # the same adult's second giving-up is no act instead (round 41: only another adult's act is)
                # Round 14: "Sonny will not give Chance a knife, and will keep his tools locked in the van":
                # the same adult's own act, joined to the "will not", is the alternative.
                shared = [c for c in verb.head.children if c.dep_ == "nsubj"]
                undergone = verb.head.lemma_.lower() in _UNDERGOING or any(
                    c.dep_ in ("auxpass", "nsubjpass") for c in verb.head.children)
                if shared and (analysis.is_person(shared[0]) or shared[0].pos_ == "PRON") and not undergone \
                        and shared[0].lower_ not in analysis.people_words()["children"] \
                        and not goals16.obedience(ctx, verb):  # Round 16: "and will adhere to the law" is no act instead
                    return True  # one's own act instead; "the children will not suffer harm and will thrive" is not
            if not subjects:
                continue
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if verb.dep_ == "conj" and not subjects:
            agents += [g for c in verb.head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        doers = [s for s in subjects + agents
                 if (analysis.is_person(s) or (breaks and s.i > breaks[0] and s.lower_ in ("he", "she", "they", "you", "we")))
                 and (s.i not in children or _child_only_by_default(ctx, s, verb, will_not))
                 and not (s.pos_ == "PRON" and analysis.pronoun_is_child(ctx, s))]
        if doers:
            return True
    return False


_GIVING_UP = {"stop", "quit", "cease"}


def _adult_gives_up(ctx: Context, verb) -> bool:
    """"Mum will stop drinking", "Dad will quit gambling": an adult (a person who is not the child)
    gives up doing something. Not "the rows will stop" (no person) nor "Kai will stop running off"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _GIVING_UP:
        return False
    if not any(c.dep_ in ("xcomp", "dobj") and (c.tag_ == "VBG" or c.lower_.endswith("ing")) for c in verb.children):
        return False  # "stop drinking", "quit gambling" (parsed as a noun), not "stop at the shop"
    subject = analysis.subject_of(verb)
    if subject is None or subject.pos_ == "PRON":
        return False
    return analysis.is_person(subject) and subject.i not in analysis.child_tokens(ctx)


def _not_done(ctx: Context, span, verb) -> bool:
    """"Dad will not drive the children", "Mum won't bath Ruby": the "will not" is an adult's act
    not done, which another deed can take the place of. Harm not undergone ("Leo will not get
    hurt", "will not be left") and a child's own "will not" have nothing to stand in for."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "neg" for c in verb.children) \
            or verb.i not in range(span.sent.start, span.sent.end):
        return False
    if verb.lemma_.lower() in _UNDERGOING or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    subject = analysis.subject_of(verb)
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return not analysis.pronoun_is_child(ctx, subject)
    return analysis.is_person(subject) and (subject.i not in analysis.child_tokens(ctx)
                                            or _child_only_by_default(ctx, subject, verb, verb))


def _next_deed_instead(ctx: Context, verb, following) -> bool:
    """Round 17: the sentence after a "will not" says what an adult of the family or network will
    do on the same occasion: "Dad will not drive the children after drinking. On those days Claire
    will do the school run", "Mr Shaw will not pick the twins up. Grandad Tom will pick them up".
    A service checking ("Social care will monitor this"), the child's feelings, a promise ("make
    sure Leo is safe"), obedience, another "will not" or an act with no tie to the occasion ("Mum
    will cook tea") is no alternative. Having the child ("Aunty Rose will have her") is a deed."""
    stative = set(analysis.people_words()["stative_verbs"])
    for deed in following:
        if deed.pos_ != "VERB" or any(c.dep_ == "neg" for c in deed.children):
            continue
        if not any(m.tag_ == "MD" and m.i < deed.i for m in deed.children):
            continue  # what someone will do, not what was
        lemma = deed.lemma_.lower()
        had = lemma == "have" and any(c.dep_ == "dobj" and analysis.is_person(c) for c in deed.children)
        if (lemma in stative and not had) or lemma in _SURE or any(c.lower_ in _SURE for c in deed.children) \
                or _still_absent(deed) or goals16.obedience(ctx, deed) \
                or any(c.dep_ in ("auxpass", "nsubjpass") for c in deed.children):
            continue
        if any(_a_service_word(c) for c in deed.children if c.dep_ in ("dobj", "dative")):
            continue  # "will call the police if he comes", "ring the social worker": a service, not a deed instead
        doers = [s for s in analysis._subjects(deed) if _adult_doer(ctx, s, deed, verb)]
        if doers and _same_occasion(ctx, verb, deed, _same_adult(ctx, doers, verb)):
            return True
    return False


def _a_service_word(token) -> bool:
    words = analysis.people_words()
    services = set(words["professionals"]) | set(words["institutions"]) | set(words["services"])
    return (token.lower_ in services or token.lemma_.lower() in services) and token.lower_ not in _EVERYDAY_PLACES


def _adult_doer(ctx: Context, subject, deed, will_not) -> bool:
    """An adult of the family or network as the doer: a role word, a name, "he" or "she" for an
    adult. A professional or a service ("the social worker", "Social care") is not."""
    words = analysis.people_words()
    services = set(words["professionals"]) | set(words["institutions"]) | set(words["services"])
    if any(t.lower_ in services or t.lemma_.lower() in services for t in subject.subtree):
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in ("he", "she", "they", "you", "we") and not analysis.pronoun_is_child(ctx, subject)
    if not analysis.is_person(subject):
        return False
    return subject.i not in analysis.child_tokens(ctx) or _child_only_by_default(ctx, subject, deed, will_not)


def _child_only_by_default(ctx: Context, subject, deed, will_not) -> bool:
    """"Dad will not drive the children … Claire will do the school run": a name the people reader
    took for the child only because it is named ("named in the statement"), while the "will not"
    or the deed has its own child, someone else: the name is the adult who steps in."""
    person = next((p for p in analysis.people(ctx).children if subject.i in p.tokens), None)
    if person is None or person.evidence != "named in the statement":
        return False
    children = analysis.child_tokens(ctx) - set(person.tokens)
    arguments = [t for v in (will_not, deed) for t in v.subtree
                 if t.i != v.i and t.dep_ in ("dobj", "dative", "pobj", "conj", "appos")]
    return any(t.i in children or (t.lower_ in ("him", "her", "them") and analysis.pronoun_is_child(ctx, t))
               for t in arguments)


_OCCASION_MARKS = {"when", "whenever", "if", "while", "whilst", "until"}


def _same_adult(ctx: Context, doers, will_not) -> bool:
    """Is the deed's doer the adult of the "will not" ("The parents will not drink … If the parents
    separate, they will …")?"""
    adult = analysis.subject_of(will_not)
    if adult is None:
        return False
    return any(d.lower_ == adult.lower_ or (d.pos_ == "PRON" and d.lower_ != "you") for d in doers)


def _same_occasion(ctx: Context, will_not, deed, same_adult: bool = False) -> bool:
    """Is the deed tied to the occasion of the "will not"? The same deed ("will not pick them up …
    Grandad will pick them up"), an occasion pointed back to ("on those days", "at that time",
    "then"), or one stated ("when she goes out, Auntie Bev will …"): a stated occasion only for
    another adult stepping in (c-114: "If the parents do separate, they will make safe
    arrangements" is the same adults on another occasion)."""
    if deed.lemma_.lower() == will_not.lemma_.lower():
        return True
    for t in deed.subtree:
        if t.i == deed.i:
            continue
        pointing = "Dem" in t.morph.get("PronType")
        if pointing and t.dep_ == "det" and t.head.pos_ == "NOUN" and t.head.dep_ in ("pobj", "npadvmod") \
                and t.head.head.i in (deed.i, *(c.i for c in deed.children if c.dep_ == "prep")):
            return True  # "on those days", "that evening"
        if t.dep_ == "advmod" and t.head.i == deed.i and t.lower_ == "then" and t.i < deed.i:
            return True
        if t.dep_ == "advcl" and t.head.i == deed.i and any(
                m.dep_ in ("mark", "advmod") and m.lower_ in _OCCASION_MARKS for m in t.children) \
                and not same_adult and _occasion_of(ctx, will_not, t):
            return True
    return False


def _occasion_of(ctx: Context, will_not, clause) -> bool:
    """Is "when …" the "will not"'s own occasion? Its adult again ("Mum will not take the baby to
    the pub. When she goes out, …") or its act again ("… when he has been drinking"). "When Kai
    gets back from school" is another occasion."""
    sentence = will_not.sent
    if clause.lemma_.lower() in {t.lemma_.lower() for t in sentence if t.pos_ == "VERB"}:
        return True
    who, adult = analysis.subject_of(clause), analysis.subject_of(will_not)
    if who is None or adult is None:
        return False
    if who.pos_ == "PRON":
        return who.lower_ in ("he", "she", "they", "you") and not analysis.pronoun_is_child(ctx, who)
    return who.lower_ == adult.lower_


# An act that is itself harm kept away: "will stay sober", "will stop shouting", "keep away from the pub".
_STILL_ABSENT = {"stay", "remain", "stop", "cease", "avoid", "refrain", "abstain", "desist", "quit", "give", "keep",
                 "steer", "resist", "end"}


def _still_absent(verb) -> bool:
    """"will stay sober", "will remain abstinent", "will stop shouting", "will keep away from the
    pub": a joined act that only says harm will not happen is no alternative. "Keep his tools
    locked in the van" is an act."""
    lemma = verb.lemma_.lower()
    if lemma not in _STILL_ABSENT:
        return False
    if lemma == "keep":
        return any(c.lower_ in ("away", "off", "clear", "out") for c in verb.children) or any(
            c.dep_ == "prep" and c.lower_ == "from" for c in verb.children) or any(
            c.dep_ in ("acomp", "oprd") and c.lower_ in ("sober", "clean", "calm", "safe") for c in verb.children)
    if lemma == "give":
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    return True


# How a child is cared for, beside "safe": "Rowan is kept safe and warm in his cot".
_CARED_FOR = {"warm", "fed", "clean", "dry", "comfortable", "cosy", "settled", "rested", "calm", "happy", "full",
              "loved", "content"}
# A harmful way of being that a goal says will not be: "Kieran will not be violent".
_HARMFUL_STATES = {"violent", "abusive", "aggressive", "threatening", "drunk", "intoxicated", "hostile",
                   "intimidating", "controlling", "high", "stoned"}


def care_outcome(span) -> bool:
    """"Rowan is kept safe and warm in his cot all night": care the child is given, said as the
    goal's outcome. "Ella will be kept safe" alone says only that harm will not happen."""
    safe = next((t for t in span.root.subtree if t.lower_ == "safe"), None) \
        or next((t for t in span.doc[span.end:span.end + 2] if t.lower_ == "safe"), None)
    if safe is None:
        return False
    kept = safe.head if safe.head.lemma_.lower() == "keep" else None
    return any(c.lower_ in _CARED_FOR for c in list(safe.conjuncts) + list(kept.conjuncts if kept is not None else ()))


# Harm done to the child, which a goal says will stop: "Lucky will stop getting hurt".
_HARMS = {"hurt", "harm", "injure", "abuse", "exploit", "bully", "neglect", "burn", "bruise", "hit", "groom"}
_STOPPING = {"stop", "avoid", "cease", "quit"}
_GETTING = {"get", "gets", "got", "getting", "gotten", "be", "been", "being", "is", "are", "was", "were"}


def _stopped(harm):
    """The "stop" or "no longer" over a harm done to someone ("stop getting hurt", "no longer be
    harmed", "never get hurt again"), or None. "Stop Leo getting hurt by holding his hand" says
    how, and is left alone."""
    passive = [c for c in harm.children if c.dep_ == "auxpass" and c.lower_ in _GETTING]
    if not passive and harm.head.lower_ not in _GETTING:
        return None
    doc = harm.doc
    if any(t.lower_ == "by" and t.i > harm.i and t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "VBG" for t in harm.sent):
        return None  # "…never gets burned, by holding the kettle away from the edge": the how is there
    # The "stop" the harm hangs on directly ("stop getting hurt"), not one further up the
    # sentence ("may stop telling adults when he is being hurt").
    over = [harm.head] if harm.dep_ in ("xcomp", "ccomp") else []
    for word in [harm] + passive + over:
        stop = word if (word.lemma_.lower() in _STOPPING or word.lower_.rstrip("sdping") in _STOPPING
                        or word.lower_ in ("stopping", "stopped")) and word.pos_ == "VERB" else None
        if stop is not None:
            return stop
        never = next((c for c in word.children if c.dep_ in ("neg", "advmod") and c.lower_ in ("never",)), None) \
            or next((c for c in word.children if c.dep_ == "neg" and harm.dep_ in ("ROOT", "conj")
                     and any(a.dep_ == "aux" and a.lower_ in ("will", "'ll", "wo", "must", "should")
                             for a in list(harm.children) + passive)), None) \
            or next((c for c in word.children if c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)), None)
        if never is not None:
            return min(never, *[t for t in never.subtree], key=lambda t: t.i)
    return None


# Staying off drink or drugs, said as a state: "stay sober", "remain abstinent", "stay clean".
_ABSTINENT = {"sober", "abstinent", "clean", "drug-free", "alcohol-free", "teetotal"}
_SURE = {"ensure", "sure", "guarantee"}


def _abstinent(token) -> bool:
    """"sober", "abstinent", "clean", or "drug-free" / "alcohol-free" (split at the hyphen)."""
    if token.lower_ in _ABSTINENT - {"off"}:
        return True
    doc = token.doc
    return token.lower_ == "free" and token.i > 1 and doc[token.i - 1].text == "-" \
        and doc[token.i - 2].lemma_.lower() in ("drug", "alcohol", "substance", "smoke", "drink")


_WHILE = {"until", "till", "while", "whilst", "when", "whenever", "before", "during"}


def _staying(verb, word) -> bool:
    """"Stay sober", "remain drug-free", "keep sober": a state to stay in, said with nothing of
    when. "Keep the kitchen clean" (an object kept), "kept clean and comfortable" (care given)
    and "stay sober until Alfie is asleep" (a time the family can picture) are not that."""
    lemma = verb.lemma_.lower()
    if lemma not in ("stay", "remain", "keep") or (lemma == "keep" and word.lower_ == "clean"):
        return False
    if any(c.dep_ in ("dobj", "auxpass") for c in verb.children):
        return False
    return not any(t.lower_ in _WHILE for t in verb.subtree if t.i > word.i)


def _made_sure(verb):
    """The "ensure" or "make sure" a clause hangs on ("ensure that June is safe"), or None."""
    word = verb
    for _ in range(3):
        if word.head.i == word.i:
            return None
        word = word.head
        if word.lemma_.lower() in _SURE:
            return word.head if word.lower_ == "sure" and word.head.lemma_.lower() == "make" else word
        if word.pos_ == "VERB" and word.dep_ != "conj":
            return None
    return None


def _always_or_made_sure(safe) -> bool:
    """"Is safe at all times" or "make sure Ivy is safe": no harm, ever, with nothing anyone does.
    "Safe in the bath by staying with him" says how; "need Leo to be safe" is the house style."""
    verb = safe.head
    if verb.lemma_.lower() not in ("be", "remain", "stay", "keep", "feel") or verb.lemma_.lower() == "feel":
        return False
    doc = safe.doc
    if any(t.lower_ in ("by", "through") and t.i > safe.i and t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "VBG"
           for t in safe.sent) or any(t.lower_ in ("if", "unless", "when", "where") for t in safe.sent if t.i < safe.i):
        return False
    always = any(t.lower_ == "at" and t.i > safe.i and any(o.lemma_.lower() == "time" for o in t.subtree)
                 and any(d.lower_ == "all" for o in t.subtree for d in [o]) for t in list(verb.children) + list(safe.children))
    return always or _made_sure(verb) is not None


def _an_adults(ctx: Context, verb, word) -> bool:
    """The one who stays sober or clean is an adult: not "Leo (5) will stay dry at night", not "the
    kitchen will stay clean"."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ in ("xcomp", "conj"):
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return word.lower_ in ("sober", "abstinent")  # "Stay sober." said to someone
    children = analysis.child_tokens(ctx)
    if subject.i in children or (subject.pos_ == "PRON" and analysis.pronoun_is_child(ctx, subject)):
        return False
    return analysis.is_person(subject) or subject.lower_ in analysis.people_words()["caregivers"]


def stated_absences(ctx: Context) -> list:
    """Absence of harm the cue list reads past: "there will be no more police call-outs" (nobody
    is the subject) and "Kieran will not be violent" (whoever the parse takes Kieran to be). Not
    in the "if this doesn't happen" sentence."""
    consequence = {span.sent.start for span in analysis.cues(ctx, "if_not")}
    found = []
    for token in ctx.tokens:
        if ctx.sentence_starts[token.i] in consequence or span_in_quotes(ctx.doc, token.idx):
            continue
        head = token.head
        if token.lower_ == "no" and token.i + 1 < len(ctx.doc) and ctx.doc[token.i + 1].lower_ in ("more", "further"):
            verb = head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            promised = any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "must", "should") for c in verb.children) \
                or not any(c.dep_ == "aux" for c in verb.children) or _made_sure(verb)
            if verb.lemma_ == "be" and any(c.dep_ == "expl" for c in verb.children) and promised:
                noun = ctx.doc[token.i + 1].head
                found.append(ctx.doc[token.i: noun.i + 1 if noun.i > token.i + 1 and noun.pos_ == "NOUN" else token.i + 2])
        elif _abstinent(token) and token.dep_ in ("acomp", "oprd", "xcomp", "advmod", "prt") \
                and _staying(token.head, token) and _an_adults(ctx, token.head, token):
            found.append(ctx.doc[token.head.i: token.i + 1])  # "Mum to stay sober", "Dad will remain drug-free"
        elif token.lower_ == "safe" and token.dep_ in ("acomp", "oprd") and _always_or_made_sure(token):
            verb = token.head
            start = verb.i if not _made_sure(verb) else _made_sure(verb).i
            end = max([t.right_edge.i for t in list(verb.children) + list(token.children)
                       if t.dep_ == "prep" and t.i > token.i and t.lower_ == "at"] + [token.i])
            found.append(ctx.doc[start: end + 1])  # "ensure that June is safe at all times"
        elif token.lemma_.lower() in _HARMS and token.tag_ == "VBN" and _stopped(token) is not None:
            found.append(ctx.doc[_stopped(token).i: token.i + 1])
        elif _harm_kept_off(token) is not None:
            found.append(_harm_kept_off(token))  # "safeguard Zara from further harm", "be free from harm"
        elif environment_absence(token) is not None:
            found.append(environment_absence(token))  # "a drug-free environment", "a home free from violence"
        elif _no_harm(token) is not None:
            found.append(_no_harm(token))  # "will come to no harm", "will suffer no further abuse"
        elif _harm_ending(token) is not None:
            found.append(_harm_ending(token))  # "the arguments will end", "the violence will stop"
        elif _no_contact(token) is not None:
            found.append(_no_contact(token))  # "will have no unsupervised contact with the children"
        elif _child_event_not(ctx, token) is not None:
            found.append(_child_event_not(ctx, token))  # "Brook will not go missing"
        elif token.lower_ in _HARMFUL_STATES and token.dep_ == "acomp" and head.lemma_ == "be" \
                and any(c.dep_ == "neg" for c in head.children) \
                and any(c.dep_ == "aux" and c.lower_ in ("will", "wo", "must", "should", "'ll") for c in head.children):
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            start = subject.i if subject is not None and subject.i < head.i else head.i
            found.append(ctx.doc[start: token.i + 1])
    return found


# Round 9 (class W5): harm kept off, no contact, and what the child will not do or go through.
_HARM_NOUNS = {"harm", "abuse", "danger", "risk", "risks", "violence", "neglect", "exploitation", "hurt", "injury"}
_KEEPING_OFF = {"safeguard", "protect", "shield", "keep", "be", "remain", "stay"}
_PROMISE = {"will", "wo", "'ll", "must", "should", "shall"}


def _promised(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _PROMISE for c in verb.children) or verb.dep_ == "xcomp"


def _harm_kept_off(token):
    """"Safeguard Zara from further harm", "Ruby will be free from harm", "keep the baby free from
    harm": harm kept away, with nothing anyone does. The span, or None."""
    if token.lower_ != "from" or token.dep_ != "prep":
        return None
    harm = next((c for c in token.children if c.dep_ == "pobj" and c.lemma_.lower() in _HARM_NOUNS), None)
    if harm is None:
        return None
    word = token.head
    if word.lower_ in ("free", "safe"):  # "be free from harm", "keep Kian safe from any further harm"
        verb = word.head if word.head.lemma_.lower() in _KEEPING_OFF else word
    elif word.lemma_.lower() in ("safeguard", "shield") or (word.lemma_.lower() == "protect" and word.tag_ != "VBN"):
        verb = word
    else:
        return None
    if any(t.lower_ == "by" and t.i > harm.i and t.i + 1 < len(t.doc) and t.doc[t.i + 1].tag_ == "VBG" for t in verb.sent):
        return None  # "protect Ivy from harm by staying with her": the how is there
    return token.doc[verb.i: harm.i + 1]


# Round 9b: harm met with "no" ("come to no harm", "suffer no further abuse", "see no more
# violence") and harm said to end ("the arguments will end", "the violence will stop").
_FIGHTS = _HARM_NOUNS | {"argument", "arguments", "fight", "fights", "fighting", "row", "rows", "arguing",
                         "shouting", "incident", "incidents", "assault", "assaults", "call-out", "call-outs"}
_ENDING = {"end", "stop", "cease", "finish"}


def _no_harm(token):
    """"Cody will come to no harm", "Leo will suffer no further abuse": the span, or None."""
    if token.lower_ != "no" or token.dep_ != "det" or token.head.lemma_.lower() not in _FIGHTS:
        return None
    harm = token.head
    verb = harm.head.head if harm.dep_ == "pobj" else harm.head
    if verb.pos_ != "VERB" or harm.dep_ not in ("pobj", "dobj") or not _promised(verb) or any(
            c.dep_ == "advcl" and any(m.lower_ in ("because", "as", "since", "so") for m in c.children)
            for c in verb.children):
        return None  # "… because Nan will stay over" says how
    start = min([c.i for c in verb.children if c.dep_ == "aux" and c.i < verb.i] + [verb.i])
    return token.doc[start: harm.i + 1]


def _harm_ending(token):
    """"The arguments will end", "the violence will stop": harm said to end, with nothing anyone
    does. "The fighting will stop because Dad will go to Nan's" says how."""
    if token.lemma_.lower() not in _ENDING or token.pos_ != "VERB" or not _promised(token):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in _FIGHTS or any(
            c.dep_ in ("advcl", "prep", "dobj", "xcomp") for c in token.children):
        return None
    return token.doc[min(t.i for t in subject.subtree): token.i + 1]


def _no_contact(token):
    """"Will have no unsupervised contact with Leo", "to have no contact": the span, or None."""
    if token.lower_ != "no" or token.dep_ != "det" or token.head.lemma_.lower() not in ("contact", "access"):
        return None
    verb = token.head.head
    if verb.lemma_.lower() != "have" or token.head.dep_ != "dobj" or not _promised(verb):
        return None
    start = min([c.i for c in verb.children if c.dep_ == "aux" and c.i < verb.i] + [verb.i])
    return token.doc[start: token.head.i + 1]


_CHILD_HARMS = {("go", "missing"), ("run", "away"), ("run", "off"), ("abscond", ""), ("come", "harm"),
                ("expose", ""), ("witness", ""), ("go", "care")}


def _child_event_not(ctx: Context, verb):
    """"Brook will not go missing", "Noah will not be exposed to any more domestic abuse", "Mia
    will not come to any harm": what will not happen to the child, and nothing else. A promise
    that spares the child ("will not get into trouble for telling") is not one of these."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "neg" for c in verb.children) or not _promised(verb):
        return None
    lemma = verb.lemma_.lower()
    words = {w for t in verb.subtree if t.i > verb.i for w in (t.lemma_.lower(), t.lower_)} | {""}
    if not any(lemma == event and word in words for event, word in _CHILD_HARMS):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # Going missing or coming to harm is said of a child: anyone but a named adult or role will do.
    roles = analysis.people_words()
    if subject is None or subject.i in analysis.adult_tokens(ctx) or subject.lower_ in roles["family"] \
            or subject.lower_ in roles["professionals"] or (subject.pos_ == "PRON" and not analysis.pronoun_is_child(ctx, subject)):
        return None
    start = min(c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i)
    joined = {t.i for c in verb.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    end = max([verb.i] + [t.i for t in verb.subtree if t.i > verb.i and t.i not in joined and not t.is_punct])
    return verb.doc[start: end + 1]


def contrast_given(span) -> bool:
    """"Mistakes are dealt with by talking, not hitting", "with words, not fists": the "not" only
    sets off the way the goal has just named. The absence rule asks for an alternative; this is
    one, in the same breath."""
    doc = span.doc
    first = span[0]
    if first.lower_ not in ("not", "never") or first.i < 2:
        return False
    before = doc[first.i - 1]
    if before.text != "," and before.lower_ not in ("rather", "instead"):
        return False
    named = doc[first.i - 2] if before.text == "," else None
    negated = first.head
    if named is None or named.is_punct or any(c.dep_ == "neg" for c in named.children):
        return False
    # The way named and the way set aside are the same kind of word: "talking, not hitting".
    return named.tag_ == negated.tag_ or (named.pos_ in ("NOUN", "VERB") and negated.pos_ in ("NOUN", "VERB")
                                          and named.tag_[:2] == negated.tag_[:2])


# Round 12 (goals12): absence of harm as an environment or a life free of it ("a drug-free
# environment", "a home free from violence", "a childhood free from fear").
# Not "smoke": "keep the car smoke-free" is a plain, checkable rule about where adults smoke.
_FREE_OF = {"drug", "alcohol", "violence", "abuse", "substance", "conflict", "crime", "harm", "danger",
            "risk", "argument", "drink", "fear", "threat", "intimidation", "bullying", "neglect", "exploitation",
            "shouting", "fighting", "chaos", "intervention", "worry", "control", "cannabis", "weapon", "gang"}


def _how_follows(token) -> bool:
    """"… smoke-free by smoking only outside": the sentence goes on to say how."""
    doc = token.doc
    return any(t.lower_ in ("by", "through") and t.i > token.i and t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "VBG"
               for t in token.sent)


def environment_absence(token):
    """"Drug-free environment", "a violence-free home", "the flat will be substance-free", "a home
    free from violence", "a childhood free from fear": harm said to be absent from a place or a
    life, with nothing anyone does. "Free from 3pm", "free of charge" and "free for him to play"
    are time, money and room; "smoke-free by smoking outside" says how. The span, or None."""
    doc = token.doc
    if token.lower_ == "free" and token.i > 1 and doc[token.i - 1].text in ("-", "‑") \
            and doc[token.i - 2].lemma_.lower() in _FREE_OF:
        start = token.i - 2
    elif token.lower_.endswith("-free") and token.lower_[:-5] in _FREE_OF | {w + "s" for w in _FREE_OF}:
        start = token.i
    elif token.lower_ == "free" and token.pos_ == "ADJ":
        prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "of")), None)
        harm = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if harm is None or harm.lemma_.lower() not in _FREE_OF | _HARM_NOUNS or _harm_kept_off(prep) is not None:
            return None
        if _how_follows(token):
            return None
        return doc[token.i: harm.i + 1]
    else:
        return None
    if _how_follows(token) or span_in_quotes(doc, token.idx):
        return None
    end = token.head.i if token.dep_ == "amod" and token.head.i > token.i else token.i
    return doc[start: end + 1]


_NOT_EXPERIENCE = {"be", "feel", "stay", "remain", "keep", "get", "become", "grow"}


def outcome_with_experience(ctx: Context, span) -> bool:
    """"Lily will see Dad walk away calmly and will not get hurt", "Noor will cross safely with
    Mum and will not get hurt": the child's not being hurt joined to what the child will see or
    have of the adults' new way. The goal's outcome, not a goal written as harm not happening.
    "Ella will be safe and will not get hurt" and "will not get hurt" alone still are."""
    doc = span.doc
    harm = next((t for t in list(span) + list(doc[span.end: min(len(doc), span.end + 2)])
                 if t.lemma_.lower() in _HARMS and t.tag_ == "VBN"), None)
    if harm is None or harm.dep_ != "conj":
        return False
    head = harm.head
    while head.dep_ in ("ccomp", "xcomp") and not any(c.tag_ == "MD" for c in head.children) \
            and any(c.tag_ == "MD" for c in harm.children):
        head = head.head  # "Lily will see [Dad walk away] and will not get hurt": the "will" is Lily's
    if head.pos_ != "VERB" or head.lemma_.lower() in _NOT_EXPERIENCE or any(c.dep_ == "neg" for c in head.children):
        return False
    if any(t.lower_ in ("safe", "protected", "safeguarded", "harm", "harmed") for t in head.subtree if t.i < harm.i):
        return False
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return analysis.pronoun_is_child(ctx, subject)
    roles = analysis.people_words()
    if subject.i in analysis.child_tokens(ctx) or subject.lower_ in roles["children"]:
        return True
    # Being hurt is said of a child: a name that is not an adult's, a role or a professional's.
    return subject.text[:1].isupper() and subject.i not in analysis.adult_tokens(ctx) \
        and subject.lower_ not in roles["family"] and subject.lower_ not in roles["professionals"]


# ---------------------------------------------------------------------------------------------
# Round 13 (goals13): absence of harm as harm stopping or done without ("stop self-harming",
# "there will be no relapse", "live without fear", "by not returning to the areas"), and the
# child protected in the passive ("Willow will not be left in any room with a dog"), which is the
# adults' deed said from the child's side, not harm said not to happen.

_GIVING_UP = {"stop", "quit", "cease", "avoid", "give", "kick"}
# What a child stops feeling is the goal's outcome for the child, not harm stopping.
_FEELINGS = {"worry", "fret", "panic", "feel", "wonder", "cry", "blame", "think"}
# "There will be no charge": a "no" that is a fact about money, time or need, not harm.
_NOT_HARM = {"need", "charge", "cost", "fee", "doubt", "reason", "time", "room", "space", "question", "surprise",
             "gap", "limit", "rush", "change", "difference", "problem"}
# A life said to be without harm ("live without fear"); an everyday moment without worry ("go to
# school without worrying", "sleep without worrying that he will come round") is the child's experience.
_LIVING = {"live", "grow", "be", "remain", "stay", "exist"}
_WITHOUT_HARMS = (_FREE_OF | _HARM_NOUNS | {"threat", "drugs"}) - {"worry"}
_PAINS = {"hurt", "ache", "itch", "sting", "bleed"}
# States of neglect: "left unsupervised", "left alone" (but "alone with Uncle Jim" protects).
_UNCARED = {"unsupervised", "alone", "unattended", "unfed", "unwashed", "hungry", "cold", "dirty", "home"}
_SELVES = {"herself", "himself", "themselves", "themself", "yourself", "myself"}


def _gerund_given_up(verb):
    """The gerund in "stop self-harming", "quit taking cocaine", "give up drinking", "avoid
    drinking", or None. "Stop what he is doing", "stop the car", "stop at the shop" have none."""
    lemma = verb.lemma_.lower()
    if lemma not in _GIVING_UP or verb.pos_ != "VERB":
        return None
    if lemma in ("give", "kick") and not any(c.dep_ == "prt" and c.lower_ in ("up", "off") for c in verb.children):
        return None
    gerund = next((c for c in verb.children if c.i > verb.i and c.dep_ in ("xcomp", "acomp", "dobj", "pcomp") and (
        c.tag_ == "VBG" or (c.pos_ == "NOUN" and c.lower_.endswith("ing") and not any(g.dep_ == "det" for g in c.children)))
        and not any(g.dep_ in ("nsubj", "mark") or g.tag_ in ("WP", "WDT", "WRB") for g in c.children)), None)
    if gerund is None or gerund.lemma_.lower() in _FEELINGS:
        return None
    objects = [c for c in gerund.children if c.dep_ in ("dobj", "prep")]
    if gerund.lemma_.lower() in _PAINS and not any(c.dep_ == "dobj" for c in gerund.children):
        return None  # "Grace's teeth will stop hurting": pain easing is the child's outcome
    if any(c.lower_ in _SELVES for c in gerund.children if c.dep_ == "dobj") and any(c.dep_ == "prep" for c in objects):
        return None  # "stop putting herself at risk": the victim-blaming frame, which the respect rules name
    doer = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if doer is None and verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i:
        doer = next((c for c in verb.head.children if c.dep_ in ("dobj", "nsubj") and c.i < verb.i), None)
    if doer is not None and doer.pos_ in ("NOUN", "PROPN") and not analysis.is_person(doer) \
            and doer.lower_ not in analysis.people_words()["caregivers"]:
        return None  # "need Ray's teeth to stop hurting": a thing, not someone, stops
    if lemma == "stop" and any(c.dep_ == "dobj" and c.tag_ != "VBG" for c in verb.children):
        return None  # "stop Leo going out": a protective act on someone else
    return gerund


def absences13(ctx: Context) -> list:
    """"Page will stop self-harming", "Dad needs to give up drinking", "avoid drinking in front of
    the children", "there will be no relapse", "Jasmine will live without fear of Dean", "keep
    himself safe by not returning to the areas", "Rio will not be shouted at": harm said to stop or
    not to happen, with nothing anyone will do. Not in the "if this doesn't happen" sentence."""
    if ctx.kind != "goal":
        return []

    def compute():
        consequence = {span.sent.start for span in analysis.cues(ctx, "if_not")}
        doc, found = ctx.doc, []
        for token in ctx.tokens:
            if ctx.sentence_starts[token.i] in consequence or span_in_quotes(doc, token.idx):
                continue
            lemma = token.lemma_.lower()
            gerund = _gerund_given_up(token)
            if gerund is not None and not any(c.dep_ == "neg" for c in token.children):
                if not (_childs_doing(ctx, token) and _adults_act(ctx)):
                    found.append(doc[token.i:gerund.i + 1])
                # else "Dylan will stop hiding in his room", "Kayden will stop dreading home time"
                # beside what the adults will do: the child's life changing is the goal's outcome.
            elif token.lower_ == "no" and token.dep_ in ("det", "neg") and token.head.pos_ == "NOUN" \
                    and token.head.lemma_.lower() not in _NOT_HARM and token.i + 1 < len(doc) \
                    and doc[token.i + 1].lower_ not in ("more", "further", "longer", "later", "less", "fewer"):
                noun, verb = token.head, token.head.head
                if verb.lemma_ == "be" and any(c.dep_ == "expl" for c in verb.children) and noun.dep_ in ("attr", "dobj", "nsubj") \
                        and (_promised(verb) or not any(c.dep_ == "aux" for c in verb.children)):
                    found.append(doc[token.i:noun.i + 1])  # "there will be no relapse"
            elif lemma == "without" and token.dep_ == "prep":
                thing = next((c for c in token.children if c.dep_ in ("pobj", "pcomp")), None)
                head = token.head
                if thing is None or head.lemma_.lower() not in _LIVING:
                    continue
                harmful = (thing.pos_ == "NOUN" and thing.lemma_.lower() in _WITHOUT_HARMS) or (
                    thing.tag_ == "VBG" and any(t.tag_ == "VBN" and t.lemma_.lower() in _HARM_DONE for t in thing.subtree))
                if harmful and not (_childs_doing(ctx, head) and _adults_act(ctx)):
                    found.append(doc[token.i:thing.i + 1])  # "live without fear", "grow up without being hurt"
            elif lemma in ("by", "through") and token.dep_ == "prep":
                act = next((c for c in token.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
                no = next((c for c in act.children if c.dep_ == "neg"), None) if act is not None else None
                if no is not None and act.lemma_.lower() not in ("let", "allow", "leave", "permit"):
                    found.append(doc[no.i:act.i + 1])  # "keep himself safe by not returning to the areas"
            elif token.tag_ == "VBN" and _harm_done_to_child(ctx, token):
                found.append(doc[min(c.i for c in token.children if c.dep_ in ("neg", "auxpass")):token.i + 1])
        return found
    return ctx.memo("goal_words:absences13", compute)


# Harm done to someone, in the passive: "Rio will not be shouted at", "not be bitten again".
_HARM_DONE = _HARMS | {"shout", "smack", "slap", "kick", "punch", "threaten", "frighten", "scare", "expose", "assault",
                       "attack", "bite", "touch", "shake", "beat", "batter", "strike", "push", "hurt", "harm",
                       "intimidate", "humiliate", "belittle", "scald", "starve", "mistreat"}


def _harm_done_to_child(ctx: Context, verb) -> bool:
    """"Rio will not be shouted at or hit": harm to the child, said in the passive as not happening."""
    if verb.lemma_.lower() not in _HARM_DONE or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if not any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children) or not _promised(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and (subject.i in analysis.child_tokens(ctx)
                                    or (subject.pos_ == "PRON" and analysis.pronoun_is_child(ctx, subject)))


def protected_child(ctx: Context, span) -> bool:
    """"Willow will not be left in any room with a dog", "Noah will never be collected by an adult
    who has been drinking": the child, in the passive, spared something the adults would otherwise
    do. It is the adults' deed said from the child's side (someone will always be with Willow),
    not harm said not to happen. Harm done to the child ("will not be hurt", "not be shouted at",
    "not be exposed to") is still absence of harm."""
    doc = span.doc
    words = list(span) + list(doc[span.end:min(len(doc), span.end + 3)])
    verb = next((t for t in words if t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children)), None)
    if verb is None or verb.lemma_.lower() in _HARM_DONE:
        return False
    if not any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
        return False
    if any(t.lemma_.lower() in _HARM_NOUNS for t in verb.subtree):
        return False  # "will not be left at risk of harm"
    if any(c.lower_ in _UNCARED for c in verb.children if c.dep_ in ("oprd", "acomp", "advmod", "xcomp")) \
            and not any(p.lower_ == "with" for p in verb.subtree if p.dep_ == "prep"):
        return False  # "will not be left unsupervised", "left alone": neglect itself said not to happen
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and _a_child(ctx, subject)


def _a_child(ctx: Context, subject) -> bool:
    """The child: found as the child, a pronoun for the child, or a name that is no adult's, role's
    or professional's (being left, collected or driven is said of a child)."""
    if subject.i in analysis.child_tokens(ctx) or (subject.pos_ == "PRON" and analysis.pronoun_is_child(ctx, subject)):
        return True
    roles = analysis.people_words()
    return subject.pos_ == "PROPN" and subject.text[:1].isupper() and subject.i not in analysis.adult_tokens(ctx) \
        and subject.lower_ not in roles["family"] and subject.lower_ not in roles["professionals"]



_PROMISING = {"ensure", "make", "keep", "be", "need", "want", "feel", "have", "try", "hope", "stay", "remain", "aim"}


def arrangement_given(ctx: Context, span) -> bool:
    """Does another sentence of the goal set out what happens instead, as someone's positive act or
    arrangement ("Bruno lives in the run in the garden", "Nanna Pat will check this on her
    visits")? Promises ("will ensure", "make sure", "keep safe"), the child's own part and the
    "if this doesn't happen" sentence do not count."""
    consequence = {s.sent.start for s in analysis.cues(ctx, "if_not")}
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or verb.sent.start == span.sent.start or verb.sent.start in consequence:
            continue
        if verb.lemma_.lower() in _PROMISING or any(c.dep_ == "neg" for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i in analysis.child_tokens(ctx) \
                or (subject.pos_ == "PRON" and analysis.pronoun_is_child(ctx, subject)):
            continue
        return True
    return False


def _adults_act(ctx: Context) -> bool:
    """Does the goal say what an adult will do (the report's everyday-action reading)?"""
    from .parts.actions import adult_actions
    return bool(adult_actions(ctx))


def _childs_doing(ctx: Context, verb) -> bool:
    """Is the one who stops, or lives without, the child ("Jade will stop hurting herself", "Dylan
    will stop hiding", "Jasmine will live without fear")? Said beside the adults' acts it is the
    child's outcome; said alone it puts the harm's ending on the child, or says only that harm stops."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ in ("xcomp", "ccomp", "conj") and verb.head.i != verb.i:
        return _childs_doing(ctx, verb.head)
    return subject is not None and _a_child(ctx, subject)



# Round 14 (goals14): harm said not to come again, with "have" and its kin: "Blessing will have no
# further dental pain", "Ava will suffer no more injuries". "No more than an hour" is a measure.
_UNDERGOING = {"have", "suffer", "experience", "sustain", "get", "receive", "endure", "face", "witness", "see", "hear"}
_AGAIN = {"further", "more", "additional", "repeat", "new"}


def no_further_harm(ctx: Context) -> list:
    """"Will have no further dental pain or extractions", "suffer no more injuries", "experience no
    more violence": the goal is that harm does not come again, which nobody can see happening."""
    if ctx.kind != "goal":
        return []

    def compute():
        consequence = {span.sent.start for span in analysis.cues(ctx, "if_not")}
        doc, found = ctx.doc, []
        for token in ctx.tokens:
            if token.lower_ != "no" or ctx.sentence_starts[token.i] in consequence or span_in_quotes(doc, token.idx):
                continue
            if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ not in _AGAIN or doc[token.i + 2].lower_ == "than":
                continue
            noun = token.head.head if token.head.lower_ in _AGAIN else token.head  # "no" may hang on "more"
            noun = noun if noun.pos_ in ("NOUN", "PROPN") else None
            if noun is None or noun.i < token.i or noun.lemma_.lower() in _NOT_HARM:
                continue
            verb = noun.head
            if noun.dep_ not in ("dobj", "conj") or verb.lemma_.lower() not in _UNDERGOING:
                continue
            found.append(doc[token.i:noun.i + 1])
        return found
    return ctx.memo("goal_words:no_further_harm", compute)
