"""Round 21 (alarms21): false alarms on good goals, read on the parse (issue 11, section 3).

Compliance (SOS511) that is not:
- going to one's own education ("so you can go to your college course", "see you going to your
  English class"): a class or course named by its school subject or place of learning is the
  young person's or adult's own life, not a service's programme. "Attend a parenting course", "go
  to the anger management group" still fire: `own_education`;
- a worker let help with a named deed ("you will let the school's family worker help you apply
  for the uniform grant"): the service is the helper, and the deed is the adult's own. "Let the
  family support worker in", "let the worker help you" (no deed) and "allow the health visitor to
  weigh Ava" still fire: `worker_helps_with_deed`;
- the child taken to the child's own appointments, joined by "and" to the same adult's care at
  home ("you will take Ruby to her hospital appointments at the burns clinic and put cream on her
  arm every night"). "Take Miles to all optician appointments" (every one: an attendance record),
  "attend all of Faith's dental appointments" and the taking alone still fire:
  `childs_appointment_taken`.

Absence of harm (SOS512) that is not:
- an adult's own abstention joined by "and" to that adult's own positive deed ("keep weekends
  free of drink and go to the gym with your mate Craig", "one of you will stay off the drink and be
  the one who puts Mason down"): the deed said beside the abstention is what happens instead. Joined
  to a service's demand ("abstain from drugs and engage with CGL") or to another abstention it
  still fires: `own_deed_joined`;
- an adult's act not done ("Gary will not stay at the flat", "you will not drink when Esme is with
  you") with, later in the same sentence or in the next one, a person of the family or network
  caring for the child ("your friend Shona will be with you", "Jayden will sleep at Nan Rita's",
  "Dad will have Esme at weekends"): the boundary with its arrangement. Harm done to the child
  ("Dad will not hit Leo"), a professional's visit or a feeling after it still fire:
  `network_cares_instead`;
- the child spared a sanction for something the child did ("you will not lose phone time for
  coming home late", "she will not be in trouble for telling"): a promise that protects the child,
  not harm said not to happen. Harm done to the child ("will not be hit for wetting the bed") still
  fires: `child_spared_sanction`;
- "safe" beside the care the child is given, in the same coordination ("Evie will be held gently
  and be safe from harm", "Harvey needs to be kept safe from hot things and taken to a doctor
  whenever he is hurt"): the care is the outcome. Beside protection or monitoring ("protected and
  kept safe", "safeguarded and supervised") it still fires: `safe_beside_care`;
- what the child will know in the house style's aim ("need home to feel calm, with Kofi knowing he
  will not be hit"), followed by "For this to happen, …": the child's point of view, met by the
  deeds that follow. "Kofi will know he will not be hit" with no deeds after it still fires:
  `child_knows_in_aim`;
- a parent stopping someone else doing something to the child ("Mum will not let her partner give
  you weapons"), beside what the adults do elsewhere in the goal: a "will not" that protects the
  child. "Mum will not let the social worker see the children" and "will not let Leo go missing"
  (the child) still fire: `others_kept_from_child`.

Compliance (SOS511) in goals15: telling a worker about someone by what they do to the child ("tell
the police straight away about any men who give you drink") is danger reported (`_harms_the_child`).
"""
from __future__ import annotations

from . import analysis, goals15, goals16
from .base import Context
from .goals18 import _will_not_verb
from .goals19 import _a_child, _an_adult, _modal, _negated, _network_person

# ---------------------------------------------------------------------------------------------
# SOS511

# A class or course named by what is learnt or where: the person's own education.
_LEARNING = {"college", "school", "university", "uni", "sixth", "english", "maths", "math", "science", "art",
             "music", "dance", "swimming", "driving", "esol", "gcse", "gcses", "a-level", "evening", "night",
             "language", "french", "spanish", "history", "football", "boxing", "drama", "cookery", "study"}
_LESSONS = {"course", "class", "classes", "lesson", "lessons", "degree", "apprenticeship"}
_SERVICE_LEARNING = {"parenting", "anger", "management", "perpetrator", "awareness", "recovery", "safety",
                     "relapse", "prevention", "domestic", "abuse", "drug", "alcohol", "substance"}


def own_education(ctx: Context, span) -> bool:
    """Is the span going to a class or course of one's own learning ("your college course", "your
    English class")? Any word of a service's programme ("parenting", "anger management") keeps it."""
    for noun in span:
        if noun.lemma_.lower() not in _LESSONS and noun.lower_ not in _LESSONS:
            continue
        words = [t for t in noun.subtree if t.i != noun.i and t.dep_ in ("compound", "amod", "nmod")]
        if any(t.lower_ in _SERVICE_LEARNING or t.lemma_.lower() in _SERVICE_LEARNING for t in noun.subtree):
            return False
        if any(t.lower_ in _LEARNING or t.ent_type_ in ("LANGUAGE", "NORP") for t in words):
            return True
    return False


_HELPING = {"help", "show", "teach", "support"}


def worker_helps_with_deed(ctx: Context, span) -> bool:
    """"Let the family worker help you apply for the grant": a let-span whose worker helps with a
    deed the adult does (a verb with its own object or place after "help")."""
    let = next((t for t in span if t.lemma_.lower() in ("let", "allow", "permit") and t.pos_ == "VERB"), None)
    if let is None:
        return False
    clauses = [c for c in let.children if c.dep_ in ("ccomp", "xcomp") and c.i > let.i]
    clauses += [c for t in let.children if t.dep_ in ("dobj", "nsubj") for c in t.children
                if c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ == "VERB"]
    for helping in clauses:
        if helping.lemma_.lower() not in _HELPING:
            continue
        for deed in helping.children:
            if deed.dep_ not in ("ccomp", "xcomp") or deed.pos_ != "VERB" or deed.i < helping.i:
                continue
            if goals16.obedience(ctx, deed):
                continue
            if any(c.dep_ in ("dobj", "prep", "prt") for c in deed.children):
                return True
    return False


_TAKING = {"take", "bring", "drive", "walk", "get"}
_EVERY = {"all", "every", "each", "any"}


def childs_appointment_taken(ctx: Context, span) -> bool:
    """"You will take Ruby to her hospital appointments at the burns clinic and put cream on her arm
    every night": the child taken to the child's own appointments, joined to the same adult's care
    at home. "Take Miles to all optician appointments" (every one: an attendance record) and the
    taking alone ("Mum will take Leo to his CAMHS appointments") still fire."""
    from .compliance_words import _appointment

    noun = next((t for t in span if _appointment(t)), None)
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "to":
        return False
    verb = noun.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _TAKING or _negated(verb):
        return False
    if any(t.lower_ in _EVERY for t in noun.subtree) or any(t.lower_ in _EVERY for t in span):
        return False
    taken = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if taken is None or not (_a_child(ctx, taken) or (taken.lower_ in ("him", "her", "them")
                                                      and analysis.pronoun_is_child(ctx, taken))):
        return False
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    # "take Noah to his appointments": "his" is the child just taken
    if owner is None or not (_a_child(ctx, owner) or owner.lower_ in ("his", "her", "their")):
        return False
    joined = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    return any(_deed(ctx, c) and c.lemma_.lower() not in _TAKING for c in joined)


def not_compliance(ctx: Context, span) -> bool:
    """Round 21: a compliance span that is one's own education, a worker helping with a deed, or
    the child's own appointment the adult takes them to beside the adult's care at home."""
    return own_education(ctx, span) or worker_helps_with_deed(ctx, span) or childs_appointment_taken(ctx, span)


# ---------------------------------------------------------------------------------------------
# SOS512

_ABSTAINING = {"stay", "keep", "remain", "abstain", "refrain"}
_NOT_DEEDS = {"ensure", "make", "try", "need", "want", "hope", "feel", "know", "be", "have", "get",
              "become", "seem", "continue", "demonstrate", "show", "evidence", "prove", "accept", "engage",
              "attend", "comply", "work", "cooperate", "complete", "undertake", "access", "submit", "allow",
              "monitor", "supervise", "protect", "safeguard", "recognise", "recognize", "understand", "address",
              "prioritise", "prioritize", "maintain", "improve", "reduce", "manage"}


def _deed(ctx: Context, verb) -> bool:
    """A positive everyday act: a verb, not negated, not passive, not a promise, a state, an
    abstention, a service's demand or harm."""
    from .goal_words import _HARM_DONE, _still_absent

    if verb.pos_ != "VERB" or _negated(verb) or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _NOT_DEEDS or lemma in _HARM_DONE or _still_absent(verb) or goals16.obedience(ctx, verb):
        return False
    return lemma not in analysis.people_words()["stative_verbs"]


def _the_one_who(ctx: Context, verb) -> bool:
    """"be the one who puts Mason down": "be" with "the one" and a deed in its relative clause."""
    if verb.lemma_.lower() != "be":
        return False
    one = next((c for c in verb.children if c.dep_ in ("attr", "acomp") and c.lower_ in ("one", "person", "adult")), None)
    return one is not None and any(c.dep_ == "relcl" and _deed(ctx, c) for c in one.children)


def own_deed_joined(ctx: Context, span) -> bool:
    """An adult's own abstention ("stay off the drink", "keep weekends free of drink", "will not
    drink") joined by "and" to the same adult's positive deed."""
    verb = _will_not_verb(span)
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    subject = analysis.subject_of(verb)
    if subject is None or not _an_adult(ctx, subject) or _a_child(ctx, subject):
        return False
    if subject.lower_ == "you":
        from .parts.common import addressed_child
        if addressed_child(ctx):
            return False
    if not (_negated(verb) or verb.lemma_.lower() in _ABSTAINING or any(t.lower_ == "free" for t in span)):
        return False
    if _neglect_itself(verb):
        return False
    joined = [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i
              and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
    if _negated(verb):
        # "will not drink and drive": a bare verb after "and" is under the same "not"
        joined = [c for c in joined if _modal(c)]
    return any(_deed(ctx, c) or _the_one_who(ctx, c) for c in joined)


_CARING = {"have", "mind", "collect", "pick", "take", "look", "sleep", "stay", "go", "be", "sit", "walk",
           "bring", "care", "babysit", "keep"}
_WITH = {"with", "at", "to"}


def _cares_for_child(ctx: Context, verb, adult) -> bool:
    """A person of the family or network with the child: "Shona will be with you", "Dad will have
    Esme", "Jayden will sleep at Nan Rita's", "Nan will pick Leo up"."""
    lemma = verb.lemma_.lower()
    if lemma not in _CARING or _negated(verb) or not _modal(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or (adult is not None and subject.lower_ == adult.lower_):
        return False
    places = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in _WITH for o in p.children if o.dep_ == "pobj"]
    if _a_child(ctx, subject) and lemma in ("sleep", "stay", "go", "be"):
        return any(_network_person(t) for o in places for t in o.subtree)  # "Jayden will sleep at Nan Rita's"
    if not (_network_person(subject) or _an_adult(ctx, subject)):
        return False
    words = analysis.people_words()
    if subject.lower_ in words["professionals"] or any(t.lower_ in words["professionals"] for t in subject.subtree):
        return False
    if lemma == "be":
        # "Shona will be with you": the child (or "you" the adult the child is with) kept company
        return any(o.lower_ in ("you", "them", "him", "her") or _a_child(ctx, o) for o in places)
    objects = [c for c in verb.children if c.dep_ == "dobj"] + places
    return any(_a_child(ctx, o) or (o.lower_ in ("them", "him", "her") and analysis.pronoun_is_child(ctx, o))
               for o in objects)


def network_cares_instead(ctx: Context, span) -> bool:
    """An adult's act not done, then in the rest of the sentence or the next one a person of the
    family or network caring for the child."""
    from .goal_words import _HARM_DONE

    verb = _will_not_verb(span)
    if verb.pos_ != "VERB" or not _negated(verb) or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    adult = analysis.subject_of(verb)
    if adult is None or not _an_adult(ctx, adult) or _a_child(ctx, adult):
        return False
    if any(v.lemma_.lower() in _HARM_DONE for v in [verb] + [c for c in verb.children if c.dep_ == "conj"]):
        return False
    if _neglect_itself(verb):
        return False  # "Dad does not leave Logan unattended in the car": neglect said not to happen
    sentence = span.sent
    following = next((s for s in ctx.sentences if s.start == sentence.end), None)
    consequence = {s.sent.start for s in analysis.cues(ctx, "if_not")}
    places = list(ctx.doc[span.end: sentence.end])
    if following is not None and following.start not in consequence:
        places += list(following)
    return any(_cares_for_child(ctx, t, adult) for t in places if t.pos_ in ("VERB", "AUX")) \
        or any(_beside_child(ctx, t, adult) for t in places)


def _beside_child(ctx: Context, person, adult) -> bool:
    """"with one of you beside Winter the whole time", "with Nan next to her": an adult placed
    beside the child, said without a verb."""
    one = person.lower_ == "one" and any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.lower_ in ("you", "us", "them") for o in p.children) for p in person.children)
    if not one and not (_network_person(person) and _an_adult(ctx, person)):
        return False
    if adult is not None and person.lower_ == adult.lower_:
        return False
    for prep in person.subtree:
        if prep.dep_ == "prep" and prep.lower_ in ("beside", "with", "next") and prep.head.i in (
                person.i, *(c.i for c in person.children)):
            if any(_a_child(ctx, o) or (o.lower_ in ("him", "her", "them") and analysis.pronoun_is_child(ctx, o))
                   for o in prep.subtree if o.dep_ == "pobj"):
                return True
    return False


_LETTING = {"let", "allow", "permit"}


def others_kept_from_child(ctx: Context, span) -> bool:
    """"Mum will not let her partner give you weapons", "Dad won't let anyone take Leo out on the
    bikes": a parent stopping someone else doing something to the child, beside what the adults
    do elsewhere in the goal. "Mum will not let Leo out" (the child) is not read here."""
    from .goal_words import arrangement_given
    from .goals18 import _child_subject

    verb = _will_not_verb(span)
    if verb.lemma_.lower() not in _LETTING or not _negated(verb) or not _an_adult(ctx, analysis.subject_of(verb)):
        return False
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i), None)
    if clause is None or clause.pos_ != "VERB":
        return False
    other = next((c for c in clause.children if c.dep_ == "nsubj"), None) \
        or next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
    if other is None or _a_child(ctx, other):
        return False
    done_to = [t for t in clause.subtree if t.dep_ in ("dobj", "dative", "pobj") and t.i != other.i]
    if not any(_a_child(ctx, t) or (t.lower_ == "you" and _child_subject(ctx, t))
               or (t.lower_ == "you" and analysis.people(ctx).children and ctx.sentences
                   and ctx.sentences[0][0].i in analysis.child_tokens(ctx))
               or (t.lower_ in ("him", "her", "them") and analysis.pronoun_is_child(ctx, t)) for t in done_to):
        return False
    return arrangement_given(ctx, span)


def _neglect_itself(verb) -> bool:
    """"will not leave Logan unattended", "not leave the children alone": neglect, not an act done."""
    from .goal_words import _UNCARED

    return verb.lemma_.lower() in ("leave", "abandon") and any(
        t.lower_ in _UNCARED and t.lower_ != "home" for t in verb.subtree if t.i > verb.i)


_SANCTIONS = {"lose", "miss"}


def child_spared_sanction(ctx: Context, span) -> bool:
    """The child's "will not" with a "for doing …" reason: a sanction the child is spared."""
    from .goal_words import _HARM_DONE
    from .goals18 import _child_subject

    verb = _will_not_verb(span)
    if not _negated(verb) or verb.lemma_.lower() in _HARM_DONE:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not _child_subject(ctx, subject):
        return False
    reasons = [p for p in verb.subtree if p.dep_ == "prep" and p.lower_ == "for"
               and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in p.children)]
    if not reasons:
        return False
    return verb.lemma_.lower() in _SANCTIONS or verb.lemma_.lower() == "be" or any(
        c.dep_ == "auxpass" for c in verb.children)


_NOT_CARE = {"protect", "safeguard", "shield", "keep", "monitor", "supervise", "check", "assess", "review",
             "observe", "watch", "expose", "leave", "see", "visit", "safe", "meet"}


def safe_beside_care(ctx: Context, span) -> bool:
    """"Safe" (from harm, from a thing) coordinated with a passive of care done to the child."""
    from .goal_words import _HARM_DONE

    if not any(t.lower_ == "safe" for t in span) and not any(t.lower_ == "safe" for t in span.doc[span.end:span.end + 2]):
        return False
    verb = span.root
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ not in ("aux", "auxpass", "acomp") or verb.head.i == verb.i:
            break
        verb = verb.head
    if _negated(verb):
        return False
    group = [verb] + [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        group += [verb.head] + [c for c in verb.head.children if c.dep_ == "conj"]
    for other in group:
        if other.i == verb.i or other.pos_ != "VERB" or other.tag_ != "VBN" or _negated(other):
            continue
        lemma = other.lemma_.lower()
        if lemma in _NOT_CARE or lemma in _HARM_DONE:
            continue
        own = next((c for c in other.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if own is not None and not (_a_child(ctx, own) or (own.lower_ in ("he", "she", "they")
                                                           and analysis.pronoun_is_child(ctx, own))):
            continue  # "Page's needs will be met … and she will be kept safe": not care done to the child
        if any(c.dep_ == "auxpass" for c in other.children) or other.dep_ == "conj" or verb.dep_ == "conj":
            return True
    return False


_KNOWING = {"know", "feel", "trust", "believe"}


def child_knows_in_aim(ctx: Context, span) -> bool:
    """A "will not" the child knows ("with Kofi knowing he will not be hit"), in an aim followed by
    "For this to happen, …"."""
    verb = _will_not_verb(span)
    knowing = verb.head if verb.dep_ in ("ccomp", "xcomp") else None
    if knowing is not None and knowing.lower_ in ("sure", "certain", "confident") and knowing.head.i != knowing.i:
        knowing = knowing.head  # "feeling sure he will not be shouted at"
    if knowing is None or knowing.lemma_.lower() not in _KNOWING:
        return False
    knower = next((c for c in knowing.children if c.dep_ == "nsubj"), None)
    if knower is None or not _a_child(ctx, knower):
        return False
    later = [s for s in ctx.sentences if s.start >= span.sent.end]
    return any(s.text.lower().lstrip(" \"'“").startswith(goals15._THEN_DEEDS) for s in later[:1])


def absence_answered(ctx: Context, span) -> bool:
    """Round 21: an absence of harm answered beside it (see the module's notes)."""
    return own_deed_joined(ctx, span) or network_cares_instead(ctx, span) or child_spared_sanction(ctx, span) \
        or safe_beside_care(ctx, span) or child_knows_in_aim(ctx, span) or others_kept_from_child(ctx, span)
