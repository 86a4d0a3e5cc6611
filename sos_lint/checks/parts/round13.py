"""Round 13 readings of the parts (issue 11 §5), kept apart so the frames are easy to find. Worry
behaviour: where an adult lives or under what order they care ("is believed to be residing at the
address", "has cared for the girls under a Special Guardianship Order"), an act told only by its
grade ("disciplined in an inappropriate manner"), not answering a service's letters or calls, and
"has made some progress". Goal: a helper named by a first name only, checks said as a visit, a
review or work shared with a professional, and a timescale said by a legal or plan stage."""
from __future__ import annotations

from .. import analysis
from ..base import Context
from .common import _parts_words


def _words(key: str) -> set:
    return set(_parts_words().get(key, []))


# Where someone lives: a status, not an act anyone saw ("now resides at the address with the boys").
_DWELLING = {"reside", "live", "lodge", "dwell"}
# What an arrangement or an order is called when someone cares "under" it.
_ARRANGEMENTS = {"order", "arrangement", "agreement", "plan", "guardianship", "care", "section", "licence"}


def a_status(verb) -> bool:
    """"Mum's partner is believed to be residing at the address", "Dad lives with his mother", "has
    looked after Ella under a Special Guardianship Order since 2021": where someone lives or the order
    they care under is their standing, not something they did. A verb with a thing done to someone
    ("lives with Ava and hit her": "hit" is its own act) is left to its own reading."""
    lemma = verb.lemma_.lower()
    if verb.dep_ == "relcl" or any(c.dep_ == "prep" and not list(c.children) for c in verb.children):
        return False  # "the man Daniel lives with … takes his bank card": who he is, read with his acts
    if lemma in _DWELLING and not any(c.dep_ == "dobj" for c in verb.children):
        return True
    if lemma in ("care", "look", "parent", "raise", "bring"):
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("under", "on")):
            if any(t.lemma_.lower() in _ARRANGEMENTS or (t.text.isupper() and len(t.text) > 2)
                   for t in prep.subtree if t.dep_ in ("pobj", "compound")):
                return True
    return False


_MANNER_NOUNS = {"manner", "way", "fashion"}


def graded_only(verb) -> bool:
    """"Ava was disciplined in an inappropriate manner", "Dad handles Ivy inappropriately", "treats
    her in an unacceptable way": the act is named only by a standard it failed, with nothing anyone
    could picture. "disciplined Ava by locking her in the shed" says what was done and stays."""
    standards = _words("vague_standards") | {"excessive", "excessively", "unreasonable", "unreasonably",
                                             "improper", "improperly", "inappropriately", "unacceptably"}
    graded = any(c.dep_ == "advmod" and c.lower_ in standards for c in verb.children)
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "with")):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            if noun.lemma_.lower() in _MANNER_NOUNS | {"force"} and any(
                    a.dep_ == "amod" and a.lower_ in standards for a in noun.children):
                graded = True
    if not graded:
        return False
    # "by locking her in", "with a belt": a means named is something anyone could picture.
    return not any(c.dep_ == "prep" and c.lower_ in ("by", "with") and any(
        g.dep_ in ("pcomp", "pobj") and (g.pos_ == "VERB" or g.lemma_.lower() not in _MANNER_NOUNS | {"force"})
        for g in c.children) for c in verb.children)


# A service's contact: answering it, or not, is keeping in touch with the service, not behaviour.
_CONTACT = {"letter", "call", "phone", "message", "text", "email", "e-mail", "correspondence", "contact",
            "invitation", "appointment", "voicemail", "request"}
_ANSWERING = {"respond", "reply", "answer", "return", "acknowledge"}


def answers_a_service(verb) -> bool:
    """"Mum has not responded to letters", "Dad does not return calls from the school", "has not
    replied to texts": a service's contact answered or not (North Yorkshire SCP: engagement is not
    the adults' behaviour). "did not respond when Ivy cried" has no contact named and stays."""
    if verb.lemma_.lower() not in _ANSWERING:
        return False
    things = [c for c in verb.children if c.dep_ == "dobj"]
    things += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
               if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in _CONTACT or t.lower_ in _CONTACT for t in things)


_PROGRESS = {"progress", "change", "improvement", "effort", "attempt", "step", "stride", "headway"}


def progress_made(verb) -> bool:
    """"Mum has made some progress", "the parents have made changes", "Dad has made efforts": a
    verdict on the adults, not an act anyone saw."""
    return verb.lemma_.lower() in ("make", "show") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _PROGRESS for c in verb.children)


def not_a_worry_deed(verb) -> bool:
    """Any of the round 13 worry readings: a status, a grade alone, a service answered, progress."""
    return a_status(verb) or graded_only(verb) or answers_a_service(verb) or progress_made(verb)


_SIBLING_WORDS = {"brother", "sister", "sibling", "cousin", "twin", "baby", "son", "daughter"}


def _has_an_age(ctx: Context, name) -> bool:
    """"Rosie (4)", "Rosie, aged 4", "Rosie, who is 4": a child's age beside any mention of the name."""
    doc = ctx.doc
    for t in ctx.tokens:
        if t.text != name.text:
            continue
        after = doc[t.i + 1: t.i + 4]
        if len(after) >= 2 and after[0].text == "(" and (after[1].like_num or after[1].text[:1].isdigit()):
            return True
        if any(a.lower_ in ("aged", "age") for a in after[:2]):
            return True
        if any(c.dep_ == "appos" and c.like_num for c in t.children):
            return True
    return False


def _only_a_name(name, words: dict) -> bool:
    """A first name alone: no title ("Mr Price"), family or partner word, or role beside it."""
    roles = set(words["adult_family"]) | set(words["titles"]) | set(words["professionals"]) | set(words["family"]) \
        | ROLE_HEADS
    beside = [name.head] if name.dep_ in ("appos", "compound") else []
    beside += [c for c in name.children if c.dep_ in ("appos", "compound", "poss")]
    # "Jen the diabetes nurse will…": the model may make the role a second subject of the same verb.
    beside += [c for c in name.head.children if c.dep_ == "nsubj" and c.i != name.i and abs(c.i - name.i) <= 4]
    return name.lower_ not in roles and not any(t.lower_ in roles or t.lemma_.lower() in roles
                                                or t.dep_ == "poss" for t in beside)


def a_named_helper(ctx: Context, name) -> bool:
    """"Darren will be there too", "Grace tops up the meter every Friday", "Summer will be the person
    Holly texts": in a goal, a name the people reading took for a child, but that is not the child the
    goal is about (not named in its first sentence, no age, not joined to that child, no brother or
    sister word beside it), doing a step of the plan, is a helper beyond the parents."""
    if ctx.kind != "goal" or name.pos_ not in ("PROPN", "NOUN") or not name.is_title or not ctx.sentences:
        return False
    children = analysis.child_tokens(ctx)
    words = analysis.people_words()
    if name.i not in children and name.i not in analysis.adult_tokens(ctx) or not _only_a_name(name, words):
        return False  # a bare name read as a child, or an adult read by what they do ("Wendy will drive Abi")
    aim = ctx.sentences[0]
    roles = set(words["adult_family"]) | set(words["family"]) | set(words["titles"])
    aim_children = {t.text for t in aim if t.is_title and t.lower_ not in roles
                    and (t.i != aim.start or t.pos_ == "PROPN" or t.i in children)}
    if not aim_children:
        return False  # the goal's own child is not named up front: a later name may be that child
    if name.text in aim_children or name.sent.start == aim.start or _has_an_age(ctx, name):
        return False
    if any(t.lower_ in _SIBLING_WORDS for t in (name.head, *name.children) if t.dep_ in ("appos", "compound")
           or name.dep_ in ("appos", "compound")):
        return False
    subject = name
    while subject.dep_ == "conj" and subject.head.i != subject.i:
        if subject.head.text in aim_children:
            return False  # "Mia and Isla will go to bed": the goal's child and another child
        subject = subject.head
    if any(c.dep_ == "conj" and c.text in aim_children for c in subject.children):
        return False
    if subject.dep_ != "nsubj":
        return False
    verb = subject.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "be":
        # "Kev will be there too", "Marcus will be the person Kai rings"
        return any(c.lower_ in ("there", "around", "here") for c in verb.children) or any(
            c.dep_ == "attr" and c.lemma_.lower() in ("person", "one", "adult") for c in verb.children)
    if lemma == "come" and any(c.lower_ in ("round", "over", "in") for c in verb.children):
        return True  # "Bernie will come round on Tuesdays to help with the bath"
    if lemma in ("play", "go", "feel", "enjoy", "like", "love", "want", "need", "know", "learn", "sleep", "eat",
                 "have", "get", "tell", "ask", "say", "keep", "stop", "start", "come", "wake", "attend",
                 "join", "spend", "try", "become", "grow", "live", "move", "see", "hear", "wear"):
        return False  # a child's own day or words ("Isla will play…", "Mia will tell Mum…")
    return True


# How someone from a service comes to see ("call round", "drop by", "pop in", "come round").
_CALLING = {"call", "drop", "pop", "come", "look", "stop", "check", "visit"}
_ROUND = {"round", "by", "in", "over", "around"}
_REVIEWING = {"review", "monitor", "oversee", "check"}


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
    if not subjects or not professional(subjects[0]):
        return False
    if lemma in _CALLING and any(c.dep_ in ("prt", "advmod", "prep", "oprd") and c.lower_ in _ROUND
                                 and not list(c.children) for c in verb.children):
        return True
    if lemma in _REVIEWING and any(c.dep_ == "dobj" for c in verb.children):
        return True
    return False


# Head nouns of a job title ("the education adviser", "the support officer", "the family practitioner"):
# someone from a service, whatever the first word.
ROLE_HEADS = {"adviser", "advisor", "officer", "worker", "practitioner", "coordinator", "co-ordinator", "mentor",
              "nurse", "therapist", "visitor", "caseworker", "keyworker", "inspector", "consultant", "pcso"}


# A legal or plan stage that lasts a set time ("the DVPO", "the bail conditions", "the child protection
# plan", "the assessment", "the injunction").
# "for the duration of the plan" is circular (the plan's length is what is asked), and is left out.
_STAGES = {"order", "notice", "injunction", "bail", "assessment", "proceedings", "condition", "conditions",
           "licence", "sentence", "tenancy", "placement", "undertaking", "suspension", "investigation"}
# How long a stage is said ("the 28 days of", "the length of", "the duration of", "the life of").
_SPANS = {"length", "duration", "life", "period", "course", "term", "day", "week", "month", "year", "lifetime"}


def _a_stage(noun) -> bool:
    return noun.lemma_.lower() in _STAGES or noun.lower_ in _STAGES or (
        noun.text.isupper() and len(noun.text) > 2 and noun.text.endswith(("O", "N")))


def a_stage_timescale(ctx: Context):
    """"for the 28 days of the DVPO", "for the length of his bail conditions", "for the length of the
    police investigation", "throughout the assessment": how long, said by a legal or plan stage.
    "for the length of her bath", "for the first ten minutes of bedtime" are a time of day."""
    for prep in ctx.tokens:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "throughout"):
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            if prep.lower_ == "throughout" and _a_stage(noun):
                return ctx.doc[prep.i: noun.right_edge.i + 1]
            if noun.lemma_.lower() in _SPANS and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
                for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
                    if any(g.dep_ == "pobj" and _a_stage(g) for g in of.children):
                        return ctx.doc[prep.i: noun.right_edge.i + 1]
    return None


_AWAY_VERBS = {"be", "sleep", "go", "nip", "pop", "step", "leave", "smoke", "shower", "bath"}
_AWAY_WORDS = {"out", "away", "asleep", "upstairs", "downstairs", "outside", "garden", "pub", "shop", "shops", "bath",
               "phone", "toilet", "bed", "sofa", "car", "work", "next", "door", "room"}
_WHILE_MARKS = {"while", "whilst", "when"}


def harmed_while_away(ctx: Context, adults: set, children: set) -> list:
    """"the dog bit Ava on the arm while Dad was out in the garden", "Kai was bitten by the neighbour's
    dog while Mum was asleep upstairs", "Ella was hurt by the dog when Mum went out to the car": harm
    done to the child while the carer named in the while-clause was elsewhere: the carer left the
    child unwatched. "while Mum was with him", "while she was playing" name no carer away."""
    harms = _words("harm_verbs")
    found = []
    for verb in ctx.tokens:
        misread = verb.pos_ == "NOUN" and verb.lower_ == "bit" and verb.dep_ in ("ROOT", "advcl", "ccomp", "conj")
        if not misread and (verb.pos_ != "VERB" or verb.lemma_.lower() not in harms | {"bite", "scald", "maul"}):
            continue  # "because the dog bit Ava…" can come out with "bit" as a noun
        patients = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                    or misread and c.dep_ not in ("nsubj", "compound", "det", "prep", "advcl", "mark")]
        patients += [g for p in list(patients) for g in p.children if g.dep_ == "poss"]  # "bit Noah's face"
        if not any(p.i in children or analysis.pronoun_is_child(ctx, p) for p in patients):
            continue
        from .common import _under_modal

        if _under_modal(verb):
            continue  # "Wren could be burned while his sisters are asleep": what could happen
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if any((d.i in children and d.pos_ != "NOUN") or analysis.pronoun_is_child(ctx, d) for d in doers):
            continue  # "Kai cut his knee": the child's own mishap
        for clause in (c for c in verb.subtree if c.dep_ == "advcl" and c.i > verb.i):
            if not any(m.dep_ in ("mark", "advmod") and m.lower_ in _WHILE_MARKS for m in clause.children):
                continue
            away = next((c for c in clause.children if c.dep_ == "nsubj" and c.i in adults and c.i not in children
                         and not any(a.lower_ in ("little", "baby", "younger") for a in c.children)), None)
            if away is None or clause.lemma_.lower() not in _AWAY_VERBS or any(
                    c.dep_ == "neg" for c in clause.children):
                continue
            if any(t.lower_ == "with" for t in clause.subtree):
                continue  # "while Mum was with him": there
            if clause.lemma_.lower() != "be" or any(t.lower_ in _AWAY_WORDS for t in clause.subtree):
                found.append(analysis.Action(away, verb, False))
                break
    return found


# What a hurt child had to have done ("needed six stitches", "required surgery", "needed an X-ray").
_TREATMENT = {"stitch", "stitches", "surgery", "operation", "x-ray", "xray", "scan", "cast", "plaster", "dressing",
              "treatment", "transfusion", "graft", "splint", "sling", "oxygen", "glue", "steri-strips", "stomach", "ray"}


def treated_for_harm(ctx: Context):
    """"Marvel needed four stitches", "Kai had to have three stitches in his lip", "Sam required surgery
    on his calf": the child's hurt told by the treatment it needed, said as fact (not "could need"),
    of the child (not Mum's stitches). A routine check ("needs a check-up") is not a hurt."""
    from .common import _under_modal

    children = analysis.child_tokens(ctx)
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if lemma not in ("need", "require", "have", "receive", "get", "pump"):
            continue
        node = verb
        if lemma == "have" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "have":
            node = verb.head  # "had to have three stitches"
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or not any(s.i in children or analysis.pronoun_is_child(ctx, s) for s in subjects):
            continue
        if _under_modal(verb) or node.tag_ in ("VB", "VBZ", "VBP") and not any(
                c.dep_ == "aux" and c.lemma_.lower() == "have" for c in node.children):
            continue  # "could need stitches", "needs his inhaler": not what has happened
        things = [t for t in verb.subtree if t.i > verb.i and t.dep_ in ("dobj", "pobj", "compound", "conj", "nsubj")]
        if any(t.lemma_.lower() in _TREATMENT or t.lower_ in _TREATMENT for t in things):
            return verb
    return None


# A day named: a month or a weekday (not "this year", "every week").
_DAYS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
         "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_TELLING = {"tell", "say", "disclose", "report", "explain", "allege", "mention", "inform", "share", "state", "admit"}


def a_day_of_harm(ctx: Context):
    """"and on 22 June the dog bit Ava on the cheek", "Ava was scalded on Sunday 3 March": a day or date
    said in a sentence that tells harm done to the child (a harm verb, or "bit" misread as a noun,
    with the child after it), with no service's act and no telling in that sentence: the day the harm
    happened. The parse often loses the clause ("bit" read as a noun), so the sentence decides."""
    import re

    from .common import _under_modal

    harms = _words("harm_verbs") | {"bite", "scald", "maul"}
    service = _words("service_acts") | _TELLING | {"find", "notice", "seen"}
    children = analysis.child_tokens(ctx)
    for entity in ctx.doc.ents:
        if entity.label_ != "DATE" or _under_modal(entity.root):
            continue
        if not any(t.lower_ in _DAYS or re.match(r"^\d{1,2}(?:/\d{1,2})+$", t.text) for t in entity):
            continue  # a day named, not "this year" or "every day"
        sentence = entity.sent
        if any(t.lemma_.lower() in service and t.pos_ == "VERB" for t in sentence) or any(
                t.i < entity.start and t.lower_ in ("since", "until", "till", "from") for t in sentence[:1]):
            continue
        for verb in sentence:
            if not (verb.lemma_.lower() in harms and verb.pos_ == "VERB" or verb.lower_ == "bit"):
                continue
            if _under_modal(verb):
                continue
            after = ctx.doc[verb.i + 1: min(verb.i + 3, sentence.end)]
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            subject_child = any(c.dep_ == "nsubjpass" and c.i in children for c in verb.children)
            if any(t.i in children for t in after) or (passive and subject_child):
                return entity
    return None
