"""How others will know the goal is being met (issue 11 §5, others_know), read from the parse: a
professional's check or visit ("the health visitor will call round"), pictures or notes taken, a
named person watching or being told, and the readings that rule one out (a question asked after an
occasion, watching the adults themselves do something, a knowing verb negated).
"""
from __future__ import annotations

from .. import analysis
from ..base import Context


_PICTURES = {"photo", "photos", "photograph", "photographs", "picture", "pictures", "video", "videos", "note",
             "notes"}


def takes_pictures(verb) -> bool:
    """"take photos with you to show the change", "take pictures of the kitchen", "take notes": a
    record made, as "photograph" or "write down" is."""
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and (c.lower_ in _PICTURES or c.lemma_.lower() in _PICTURES) for c in verb.children)


def negated_here(verb) -> bool:
    """"Police will not need to be called": a check that is said not to happen."""
    return any(c.dep_ == "neg" for c in verb.children) or (
        verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i
        and any(c.dep_ == "neg" for c in verb.head.children))


# How someone from a service comes to see ("call round", "drop by", "pop in", "come round").
_CALLING = {"call", "drop", "pop", "come", "look", "stop", "check", "visit"}


_ROUND = {"round", "by", "in", "over", "around"}


_REVIEWING = {"review", "monitor", "oversee", "check", "track"}


# Meeting someone: said of the child with a professional as the object, the professional sees the child.
_MEETING = {"see", "meet", "visit"}
# Titles that name a professional by themselves ("Dr Hale", "PC Shaw"); "Mrs" or "Mr" do not.
_PROFESSIONAL_TITLES = {"dr", "doctor", "nurse", "pc", "dc", "ds", "sgt", "prof", "professor"}


def headline_subject(verb) -> list:
    """"Social worker to monitor contact", "SW to undertake unannounced visits": plan shorthand with no
    modal, which the model reads as a role with a relative or infinitive clause hung on it. The role
    the "to …" hangs on is who does it. Not "time to play" (not a person: the caller checks that)."""
    if verb.dep_ not in ("relcl", "acl", "xcomp") or verb.head.pos_ not in ("NOUN", "PROPN") or verb.head.i > verb.i:
        return []
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    if verb.head.dep_ not in ("ROOT", "nsubj") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    return [verb.head]


def named_by_via(verb) -> list:
    """"This will be monitored via the GP surgery", "checked through the school office": a passive
    check whose checker is named after "via" or "through" rather than "by"."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("via", "through")
            for g in c.children if g.dep_ == "pobj"]


def the_child_sees_a_professional(ctx: Context, verb, subject, professional) -> bool:
    """"Ella will see the school nurse every Friday", "Sam will meet his youth worker after each
    weekend": the child meets a professional, who sees the child. Not "Ella will see her cousins"
    (not a professional), nor the child seeing another child."""
    children = analysis.child_tokens(ctx)
    if verb.lemma_.lower() not in _MEETING or verb.dep_ == "advcl" or any(c.dep_ == "mark" for c in verb.children):
        return False  # "until she sees the asthma nurse in June": when a step ends, not a check
    if subject.i not in children and not (subject.pos_ == "PRON" and analysis.pronoun_is_child(ctx, subject)):
        return False
    return any(c.dep_ == "dobj" and c.i not in children and (professional(c) or any(
        g.dep_ == "compound" and g.lower_.rstrip(".") in _PROFESSIONAL_TITLES for g in c.children)) for c in verb.children)


def a_professionals_check(ctx: Context, verb, professional) -> bool:
    """"The PCSO will call round on Thursdays", "the neighbourhood officer will drop by", "the
    supervising social worker will review this at each visit", "samples of his work will be shared
    with the adviser each term": a professional comes to see, reviews at a set time, or is shown the
    work (a supervisor's check). A parent's "call round to Nan's" or "review his budget" is not."""
    lemma = verb.lemma_.lower()
    subjects = [c for c in verb.children if c.dep_ in ("nsubj",)]
    if lemma in ("share", "show") and (any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "acl"):
        receivers = [g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("with", "to")
                     for g in c.children
                     if g.dep_ == "pobj"]
        return any(professional(r) for r in receivers)
    if not subjects:
        subjects = headline_subject(verb)
    if not subjects or not professional(subjects[0]):
        return False
    if lemma in _CALLING and any(c.dep_ in ("prt", "advmod", "prep", "oprd") and c.lower_ in _ROUND
                                 and not list(c.children) for c in verb.children):
        return True
    if lemma in _REVIEWING and any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("via", "through", "by", "at", "during")
                                   and any(g.dep_ == "pobj" for g in c.children) for c in verb.children):
        return True  # "will review his attendance", "Social worker to monitor via unannounced visits"
    return False


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


# Verbs of keeping watch on something, said in the passive with the one who watches after "by"
# ("will be monitored weekly by the attendance officer"): that person finds out.
_WATCHING = {"monitor", "watch", "note", "observe", "track", "oversee", "supervise", "review", "check", "record",
             "see", "measure", "weigh", "log", "count"}


def checked_by_someone(verb) -> bool:
    """"This will be monitored weekly by the attendance officer", "Leo's attendance will be watched
    by the nursery manager", "Their arrival will be noted daily by the school office": someone named
    after "by" keeps watch over a thing done. Not "Mum will be supported by the family worker" (help),
    not "Mum will be monitored by the health visitor" (a person watched, nothing said of what is seen)."""
    from .. import analysis

    if verb.lemma_.lower() not in _WATCHING or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ == "nsubjpass" and (analysis.is_person(c) or c.pos_ == "PROPN" or c.lower_ in (
            "mum", "dad", "parents", "mother", "father", "you", "he", "she", "they")) for c in verb.children):
        return False
    return any(c.dep_ == "agent" and any(g.dep_ == "pobj" for g in c.children) for c in verb.children) \
        or bool(named_by_via(verb))


# Verbs of keeping watch that say nothing of what is seen unless something is named.
_WATCH_ONLY = {"monitor", "review", "oversee", "track"}
# What such a verb does not act on: modifiers that only hold the sentence together.
_NO_HOW = {"nsubj", "nsubjpass", "agent", "aux", "auxpass", "punct", "dobj", "cc", "conj", "neg"}


def watches_nothing_seen(verb, unseen) -> bool:
    """Round 28b: "This will be monitored by the social worker", "The social worker will monitor
    progress", "Police will monitor": a professional keeping watch over "this", over an abstract
    word (rules/parts.toml unseen_watched) or over nothing named, with no when, how often, where or
    how. A supervisor would ask what will be seen and when: it is not yet how others will know.
    Anything more keeps it a check: a thing anyone could see ("monitor attendance weekly",
    "Attendance will be monitored by the school"), a time ("monitored weekly by the attendance
    officer"), an occasion ("reviewed at each visit") or a means ("monitored via the GP surgery")."""
    if verb.lemma_.lower() not in _WATCH_ONLY or verb.pos_ != "VERB":
        return False
    watched = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(w.pos_ != "PRON" and w.lemma_.lower() not in unseen and w.lower_ not in unseen for w in watched):
        return False
    if any(w.dep_ == "dobj" and any(g.dep_ != "det" for g in w.children) for w in watched):
        return False  # "monitor the progress of the work": more is said of what is watched
    return all(c.dep_ in _NO_HOW for c in verb.children)


_UNTIL = {"until", "till", "til", "before"}


def inside_until(verb) -> bool:
    """Round 28b: "This will carry on until the social worker has finished assessing Wayne": a
    professional's step inside an "until" or "before" clause says when the plan ends, not how
    anyone will know the step is happening."""
    for node in (verb, *verb.ancestors):
        if any(c.dep_ == "mark" and c.lower_ in _UNTIL for c in node.children):
            return True
        if node.dep_ in ("ROOT",):
            break
    return False


def said_in_the_past(verb) -> bool:
    """Round 28b: "put the cream on her the way the nurse showed her", "as the health visitor
    told you": a professional's telling or seeing already done (a simple past) is how the adults
    learnt the step, not a check that it will be done."""
    # Its own subject: a participle joined to a passive ("taken to clinic and weighed monthly by the
    # health visitor") may be tagged as a past but is still the future check.
    return verb.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


_TELLING_WORD = {"tell", "inform", "notify", "update", "let"}
_ONLY_WHEN = {"if", "when", "whenever"}


def tells_only_of_worries(verb, vague) -> bool:
    """Round 28b: "will let the social worker know if they have any worries", "let the social worker
    know of any problems": word passed on about nothing but worries or problems in general (rules/
    parts.toml vague_matters) names nothing anyone will see or hear, as "monitor this" does not.
    Word of a thing seen or said stays a check: "if Victoria is left waiting again", "if they see or
    hear anything that worries them", "how Harper is that evening"."""
    if verb.lemma_.lower() == "know" and verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() == "let":
        verb = verb.head  # "let the social worker know …": read from "let"
    lemma = verb.lemma_.lower()
    if lemma not in _TELLING_WORD:
        return False
    heads = [verb]
    if lemma == "let":
        known = [c for c in verb.children if c.lemma_.lower() == "know" and c.dep_ in ("ccomp", "xcomp")]
        if not known:
            return False
        heads += known
    contents = []
    for head in heads:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "about"):
                contents += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ in ("advcl", "ccomp") and c.lemma_.lower() != "know":
                contents.append(c)
    if not contents:
        return False
    for thing in contents:
        if thing.pos_ in ("NOUN", "PROPN"):
            if thing.lemma_.lower() in vague or thing.lower_ in vague:
                continue
            return False
        if not any(m.dep_ == "mark" and m.lower_ in _ONLY_WHEN for m in thing.children):
            return False  # "how Harper is": what is said of the child
        rest = [c for c in thing.children if c.dep_ not in ("mark", "nsubj", "aux", "punct")]
        if thing.lemma_.lower() == "have" and rest and all(
                c.dep_ == "dobj" and (c.lemma_.lower() in vague or c.lower_ in vague) for c in rest):
            continue  # "if they have any worries"
        if thing.lemma_.lower() == "be" and rest and all(
                c.dep_ == "acomp" and c.lower_ in ("worried", "concerned", "unsure") for c in rest):
            continue  # "if they are worried"
        return False
    return True


_DEMANDING = {"need", "want", "expect", "require", "like", "hope", "wish"}


def demands_to_see(verb, unseen) -> bool:
    """Round 30: "the local authority needs to see improvements in the home": what a service asks to
    see, of an abstract word (rules/parts.toml unseen_watched), is a demand on the family, not how
    anyone will come to know. "We need to see Leo on his own every fortnight" names whom and when, and
    "we need to see this every day" is read as the writers' own promise to look (the open sets' marks)."""
    if verb.lemma_.lower() not in ("see", "notice", "witness") or verb.dep_ != "xcomp" or verb.head.i == verb.i \
            or verb.head.lemma_.lower() not in _DEMANDING:
        return False
    seen = [c for c in verb.children if c.dep_ == "dobj"]
    seen += [g for s in seen for g in s.conjuncts]
    if not seen or any(s.pos_ not in ("NOUN", "PROPN") for s in seen):
        return False  # "We need to see this every day": the writers' own promise to look stays a check
    return all(s.lemma_.lower() in unseen or s.lower_ in unseen or s.lemma_.lower() in (
        "engagement", "commitment", "effort", "evidence", "difference") for s in seen)



_CHILD_KNOWING = {"know", "feel", "see", "understand", "learn", "trust", "believe"}


def what_the_child_will_know(ctx: Context, verb, children: set) -> bool:
    """Round 30: "Saffron will know someone is looking out for her at night", "Tyler will see that
    Mum checks on him": a look or a check inside what the child will know or feel is the child's
    experience, not how others will know the plan is kept."""
    node = verb
    for _ in range(3):
        if node.dep_ not in ("ccomp", "xcomp") or node.head.i == node.i:  # (a joined clause is its own)
            return False
        node = node.head
        if node.lemma_.lower() in _CHILD_KNOWING and node.i != verb.i:
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            return bool(subjects) and (subjects[0].i in children or analysis.pronoun_is_child(ctx, subjects[0]))
    return False


def they_are_the_parents(ctx: Context, subject, caregivers: set) -> bool:
    """Round 30: "Peony's stepdad and mum need to make sure… They should check who she is talking to":
    "they" standing for the parents named as the subject before it is the parents' own look, as
    "Mum will check" is."""
    if subject.lower_ != "they":
        return False
    for t in reversed(ctx.doc[max(0, subject.i - 60): subject.i]):
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and (
                analysis.is_person(t) or t.lower_ in caregivers or t.lemma_.lower() in caregivers):
            group = [t, *t.conjuncts]  # (passing over things: "her phone is handed in")
            return any(g.lower_ in caregivers or g.lemma_.lower() in caregivers for g in group)
    return False
