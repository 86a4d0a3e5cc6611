"""Round 28 (compliance28): service compliance said as the worry itself (SOS511 in worry statements).

Issue 11 §4-5 and the round-28 brief: a worry statement says what an adult did and what it meant
for the child. "Mum has not engaged with the parenting offer", "has disengaged from antenatal
care", "is not compliant with his medication", "refused to attend meetings", "have declined a CIN
plan", "Mum would benefit from a parenting programme" say how the family met a service, not what
happened to the child. Before this round SOS511 read goals only, so none of these was found (0 of
26 such marks over the open word sets 14-25, both readers). The classes, read on the parse:

1. An engagement verb (engage, comply, cooperate, utilise, work with a worker or service) or
   attending a service's thing, said the other way: a "not" on the verb, a head verb of failing or
   refusing ("failed to attend", "refused to engage"), an adjective of unwillingness ("unmotivated to
   engage"), or an adverb of scarcity ("rarely engages"). "disengage" is that by its own meaning.
2. A service's offer turned down or not used: "declined a CIN plan", "refused support from the
   family support worker", "has not utilised the strategies", "did not take up the offer".
3. The nouns and adjectives of compliance said the other way: "non-engagement with", "non-compliance",
   "poor engagement", "lack of engagement", "refusal to engage", "not compliant with his medication".
4. A service set as what the worry needs: "would benefit from a parenting programme", "needs to
   engage with services" (a goal said inside a worry).
5. (second pass, after set 26 was measured untouched) what was agreed with services not kept ("has
   not followed through on agreed actions", "did not stick to the written agreement"), and a worker
   or a service's letters not answered ("has not responded to the Education Welfare Officer").

Goals (also here, wired into SOS511 and SOS512 in structure.py):
- SOS511: a worker's plan or advice followed as the goal ("follow the dietician's feeding plan",
  "implement strategies as advised by professionals"), unless it is done with the child or how
  often, or spelt out after a colon; "complete/undertake" a training or a programme by its name
  ("complete diabetes training"), where no older reading covers the words.
- SOS512: a child's hardship promised to end with "will no longer" ("Major will no longer miss
  school"), unless the same or the next sentence says what an adult will do.

Left alone, by decision:
- The child's own appointments and school: "Precious has missed four of her clinic appointments",
  "Dad did not attend the last three appointments and Theo has lost weight" (round 11's near miss);
  "Mum has missed five of Daisy's clinic appointments", "has missed 19 days of school". In a worry
  about medical or educational neglect, a health appointment the child did not get to is what the
  adults did not do for the child; the good sets write it this way, and it stays silent. "miss" is
  not read at all, whoever the subject; "attend" reads appointments only when they are the adult's
  own ("did not attend her antenatal appointments").
- A child's attending, refusing or taking up (the child's appointment or offer is the adults' to
  see to), or a worker's doing ("the school has not been able to engage Mum"). A young person's own
  engagement verb is read ("Chase is not engaging with youth services"): both readers of sets 17
  and 26 marked it as compliance; the same words said positively ("Mum has engaged well with the health
  visitor", a strength); "engaged" to be married; "engaged in" a behaviour; quotes.
"""
from __future__ import annotations

from . import analysis
from .base import Context, span_memo
from .compliance_words import _CHILD_EVENTS, _COURSES, _SCHOOLING, _SERVICE_NOUNS, _is_worker, _names_a_service
from .word_context import quoted

_memo = span_memo("compliance28:")

# Verbs whose only sense in a worry is how the family met a service.
_ENGAGING = {"engage", "comply", "cooperate", "co-operate", "utilise", "utilize", "collaborate", "liaise"}
# "work with" counts when what is worked with is a worker or a service.
_WORKING = {"work"}
# Attending: counts with a service's thing, not school or the child's own events.
_ATTENDING = {"attend"}
# Keeping to what was agreed with a service: "followed through on agreed actions".
_FOLLOWING = {"follow", "stick", "keep", "adhere", "carry", "abide"}
_AGREED = {"plan", "agreement", "action", "actions", "recommendation", "advice", "contract", "condition", "programme",
           "strategy", "target", "undertaking", "commitment"}
# Answering a worker or a service: "has not responded to the Education Welfare Officer".
_ANSWERING = {"respond", "reply", "answer"}
_MESSAGES = {"letter", "call", "message", "text", "email", "e-mail", "correspondence", "request", "contact",
             "referral", "invitation"}


def _from_a_service(ctx: Context, message) -> bool:
    """"the school's letters", "calls from the health visitor": a message a worker or service sent
    (not "Mum's calls")."""
    owners = [c for c in _children(ctx, message) if c.dep_ in ("poss", "compound")]
    owners += [g for c in _children(ctx, message) if c.dep_ == "prep" and c.lower_ == "from"
               for g in _children(ctx, c) if g.dep_ == "pobj"]
    return any(_is_worker(ctx, o) or _names_a_service(o) or o.lower_ in ("school", "nursery", "college", "school's")
               for o in owners)


def _agreed(thing) -> bool:
    """"agreed actions", "the actions agreed at core group", "the safety plan": a thing agreed with services."""
    return any(c.lower_ in ("agreed", "safety", "written") for c in thing.children)


# Taking up what a service offered.
_TAKING_UP = {"accept", "utilise", "utilize", "use", "implement", "take"}
_TURNING_DOWN = {"decline", "refuse", "reject", "turn"}
# What a service offers the family.
_OFFERED = _SERVICE_NOUNS | _COURSES | {"plan", "process", "support", "help", "offer", "service", "services", "advice", "strategy",
                                        "intervention", "input", "package", "guidance", "recommendation",
                                        "suggestion", "work", "referral", "therapy", "counselling", "treatment",
                                        "medication", "care", "provision", "place", "placement"}
# Heads that say the deed was not done: "failed to", "refused to", "unmotivated to".
_FAILING_VERBS = {"fail", "refuse", "decline", "neglect", "struggle", "resist", "avoid", "stop", "cease"}
_UNWILLING = {"unmotivated", "unwilling", "reluctant", "resistant", "unable", "hesitant", "ambivalent", "disinclined"}
_UNWILLING_NOUNS = {"refusal", "failure", "reluctance", "unwillingness", "resistance", "lack", "inability"}
_SCARCELY = {"never", "rarely", "seldom", "hardly", "barely", "poorly", "sporadically", "inconsistently", "minimally",
             "intermittently", "inconsistent", "sporadic"}
# The nouns and adjectives of compliance.
_MEASURE_NOUNS = {"engagement", "compliance", "cooperation", "co-operation", "attendance", "disengagement",
                  "participation", "uptake"}
_POOR = {"poor", "limited", "minimal", "little", "no", "sporadic", "inconsistent", "patchy", "low", "lack",
         "reduced", "variable"}
_COMPLIANT = {"compliant", "cooperative", "co-operative", "engaged", "concordant", "adherent"}
# A worry's need set as going to a service: "would benefit from", "needs to engage".
_BENEFIT = {"benefit"}
_OBLIGING = {"need", "have", "require", "must", "should"}


def _children(ctx: Context, token) -> tuple:
    return ctx.children[token.i]


def _subject(verb):
    return analysis.subject_of(verb, through=("xcomp", "conj", "advcl", "acomp"), steps=4)


def _an_adult(ctx: Context, verb, child_ok: bool = False) -> bool:
    """The one who did not engage is a family adult: not a worker, not an organisation, and not a
    child unless `child_ok` (a young person "not engaging with youth services" is told as the worry
    just as a parent's is; a child's appointment or school missed is not). With no subject found
    ("has a history of non-engagement" hangs on its sentence's subject) the sentence's subject is
    asked instead."""
    subject = _subject(verb)
    if subject is None:
        root = verb.sent.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return True  # "Non-engagement with the health visitor." standing alone
    if subject.i in analysis.child_tokens(ctx) or subject in analysis.child_words(ctx):
        return child_ok
    if subject.pos_ == "PRON":
        if subject.lower_ in ("he", "she", "they", "him", "her") and analysis.pronoun_is_child(ctx, subject):
            return child_ok
        return subject.lower_ not in ("it", "this", "that", "which")
    if subject.lower_ in analysis.people_words()["children"]:
        return child_ok
    if _is_worker(ctx, subject) or subject.lower_ in ("school", "nursery", "college", "council", "we"):
        return False
    return True


def _neg(ctx: Context, verb):
    """The token that turns the verb round: its own "not"/"never"/"rarely", or the head that fails
    or refuses it ("failed to attend", "unmotivated to engage", "refusal to engage")."""
    for c in _children(ctx, verb):
        if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in _SCARCELY):
            return c
    # "has not been engaging": the "not" may hang on the auxiliary's head chain only.
    head = verb.head
    if verb.dep_ in ("xcomp", "acl") and head.i != verb.i:
        if head.lemma_.lower() in _FAILING_VERBS and head.pos_ == "VERB":
            return head
        if head.lower_ in _UNWILLING or head.lemma_.lower() in _UNWILLING_NOUNS:
            return head
        if head.pos_ == "NOUN" and head.lemma_.lower() == "motivation" and head.head.lemma_.lower() == "lack":
            return head.head
        # "has not been able to attend" / "did not want to engage"
        for c in _children(ctx, head):
            if c.dep_ == "neg" and head.lemma_.lower() in ("able", "want", "wish", "try", "manage", "be"):
                return c
    return None


def _thing(ctx: Context, verb, preps=("with", "at", "in", "from", "to")):
    """The verb's object, or the object of its first preposition among `preps`."""
    for c in _children(ctx, verb):
        if c.dep_ == "dobj":
            return c
    for c in _children(ctx, verb):
        if c.dep_ == "prep" and c.lower_ in preps:
            obj = next((g for g in _children(ctx, c) if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _schooling_or_childs(ctx: Context, thing) -> bool:
    """School and the child's own events or appointments: the child's day, not a service."""
    words = {thing.lower_, thing.lemma_.lower()}
    if words & _SCHOOLING:
        return True
    if words & _CHILD_EVENTS and not any(t.lower_ in ("review", "appointment", "session", "meeting")
                                         for t in thing.subtree):
        return True
    children = analysis.child_tokens(ctx)
    return any(c.dep_ == "poss" and (c.i in children or (c.pos_ == "PRON" and c.lower_ in ("his", "her", "their")
                                                         and analysis.pronoun_is_child(ctx, c)))
               for c in _children(ctx, thing))


def _the_adults_own(ctx: Context, thing) -> bool:
    """"her antenatal appointments", "Dad's probation appointments": owned by an adult, not the child."""
    children = analysis.child_tokens(ctx)
    owner = next((c for c in _children(ctx, thing) if c.dep_ == "poss"), None)
    if owner is None or owner.i in children:
        return False
    if owner.pos_ == "PRON":
        return owner.lower_ in ("her", "his", "their") and not analysis.pronoun_is_child(ctx, owner)
    return owner.i in analysis.adult_tokens(ctx)


def _offered(ctx: Context, thing) -> bool:
    return thing.lemma_.lower() in _OFFERED or thing.lower_ in _OFFERED or _names_a_service(thing) \
        or _is_worker(ctx, thing)


# Objects kept in the span: a plain service thing ("meetings", "a parenting programme", "his
# medication"). A service's or a worker's name ("GamCare", "the physio", "the diabetes care plan")
# is how the family knows it, not the fault, and is left out, as the goal rule's `trim_job` does.
_PLAIN_THINGS = _COURSES | _SERVICE_NOUNS | {"plan", "support", "help", "offer", "advice", "strategy", "medication",
                                             "care", "intervention", "input", "guidance", "recommendation"}


def _span(ctx: Context, first, last):
    """From `first` to `last`; when `last` is an object named by its own words, up to the word before it."""
    if last.pos_ in ("NOUN", "PROPN") and last.i > first.i:
        plain = last.pos_ == "NOUN" and last.lemma_.lower() in _PLAIN_THINGS and not any(
            c.dep_ == "compound" or c.pos_ == "PROPN" for c in last.children)
        if not plain:
            cut = last.head if last.dep_ == "pobj" else last.head if last.dep_ == "dobj" else None
            if cut is not None and first.i <= cut.i < last.i:
                return ctx.doc[min(first.i, cut.i):cut.i + 1]
    start, end = min(first.i, last.i), max(first.i, last.i)
    return ctx.doc[start:end + 1]


def _verb_spans(ctx: Context) -> list:
    found = []
    for verb in ctx.tokens:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        thing = _thing(ctx, verb)
        neg = _neg(ctx, verb)
        span = None
        if lemma == "disengage":
            span = _span(ctx, verb, thing if thing is not None else verb)
        elif lemma in _ENGAGING:
            if lemma == "engage" and any(c.dep_ == "prep" and c.lower_ == "in" for c in _children(ctx, verb)):
                continue  # "engaged in criminal activity": a behaviour, not a service
            if lemma == "engage" and thing is not None and thing.dep_ == "dobj":
                continue  # "engage Leo in play": someone engaged by the adult
            if neg is not None:
                span = _span(ctx, neg, thing if thing is not None else verb)
        elif lemma in _WORKING:
            if neg is not None and thing is not None and thing.dep_ == "pobj" and thing.head.lower_ == "with" \
                    and _offered(ctx, thing):
                span = _span(ctx, neg, thing)
        elif lemma in _FOLLOWING:
            # "has not followed through on agreed actions", "did not stick to the safety plan"
            kept = _thing(ctx, verb, preps=("on", "to", "with")) if thing is None else thing
            if kept is None and any(c.dep_ in ("prt", "advmod") and c.lower_ == "through" for c in _children(ctx, verb)):
                through = next(c for c in _children(ctx, verb) if c.lower_ == "through")
                kept = _thing(ctx, through, preps=("on", "with")) if through is not None else None
            if neg is not None and kept is not None and (kept.lemma_.lower() in _AGREED or _agreed(kept)):
                span = _span(ctx, neg, kept)
        elif lemma in _ANSWERING:
            # "has not responded to the Education Welfare Officer", "does not reply to the school's letters"
            to = _thing(ctx, verb, preps=("to",))
            if neg is not None and to is not None and (_is_worker(ctx, to) or _names_a_service(to)
                                                       or (to.lemma_.lower() in _MESSAGES and _from_a_service(ctx, to))):
                span = _span(ctx, neg, to)
        elif lemma in _ATTENDING:
            # Only a service's thing: "did not attend to collect him" (came to fetch the child) and
            # "bail conditions not to attend the address" (a place) are not a service.
            # Appointments are left out: in a worry "Dad did not attend the last three appointments
            # and Theo has lost weight" is most often the child's health care not given (round 11's
            # near miss), told as what the adult did not do for the child.
            # The adult's own ("did not attend her antenatal appointments", "his probation
            # appointments": a possessive that is not the child) are read.
            if neg is not None and thing is not None and _offered(ctx, thing) and not _schooling_or_childs(ctx, thing) \
                    and (thing.lemma_.lower() not in ("appointment", "checkup", "check-up", "clinic", "review")
                         or _the_adults_own(ctx, thing)):
                span = _span(ctx, neg, thing)
        elif lemma in _TURNING_DOWN:
            if lemma == "turn" and not any(c.dep_ == "prt" and c.lower_ == "down" for c in _children(ctx, verb)):
                continue
            if neg is None and thing is not None and thing.dep_ == "dobj" and _offered(ctx, thing) \
                    and not _schooling_or_childs(ctx, thing):
                span = _span(ctx, verb, thing)
        elif lemma in _TAKING_UP:
            if lemma == "take" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in _children(ctx, verb)):
                continue
            if neg is not None and thing is not None and thing.dep_ == "dobj" and _offered(ctx, thing) \
                    and thing.lemma_.lower() not in ("medication", "treatment", "care", "place") \
                    and not _schooling_or_childs(ctx, thing):
                span = _span(ctx, neg, thing)
        elif lemma in _BENEFIT:
            source = _thing(ctx, verb, preps=("from",))
            if source is not None and source.dep_ == "pobj" and _offered(ctx, source):
                span = ctx.doc[verb.i:source.i + 1]  # the service recommended is the fault itself
        if span is None:
            continue
        if not _an_adult(ctx, verb, child_ok=lemma in _ENGAGING | _WORKING | {"disengage"}) or quoted(span):
            continue
        found.append(span)
    return found


def _obliged_spans(ctx: Context) -> list:
    """"Mum needs to engage with services", "Dad should attend a parenting course": a goal said inside
    the worry. Only the engagement verbs, and attending a course or service."""
    found = []
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in _ENGAGING | _ATTENDING | {"complete"}:
            continue
        if _neg(ctx, verb) is not None:
            continue
        head = verb.head
        obliged = (verb.dep_ == "xcomp" and head.lemma_.lower() in _OBLIGING and head.i != verb.i) or any(
            c.dep_ == "aux" and c.lower_ in ("must", "should") for c in _children(ctx, verb))
        if not obliged:
            continue
        thing = _thing(ctx, verb)
        if lemma in _ATTENDING | {"complete"}:
            if thing is None or not (thing.lemma_.lower() in _COURSES | _SERVICE_NOUNS or _names_a_service(thing)) \
                    or _schooling_or_childs(ctx, thing):
                continue
        span = _span(ctx, head if verb.dep_ == "xcomp" else verb, thing if thing is not None else verb)
        if _an_adult(ctx, verb) and not quoted(span):
            found.append(span)
    return found


def _noun_spans(ctx: Context) -> list:
    """"non-engagement with antenatal care", "poor engagement", "lack of engagement", "not compliant
    with his medication", "non-compliant"."""
    doc, found = ctx.doc, []
    tokens = ctx.tokens
    for token in tokens:
        low = token.lower_
        lemma = token.lemma_.lower()
        span = None
        # "non-engagement" (one token, or "non" "-" "engagement")
        if low.startswith("non-") and low[4:] in _MEASURE_NOUNS | _COMPLIANT | {"attender", "engager"}:
            span = doc[token.i:token.i + 1]
        elif low == "non" and token.i + 2 < len(doc) and doc[token.i + 1].text == "-" \
                and doc[token.i + 2].lower_ in _MEASURE_NOUNS | _COMPLIANT | {"attender", "engager"}:
            span = doc[token.i:token.i + 3]
        elif lemma in _MEASURE_NOUNS - {"attendance", "participation", "uptake"} and token.pos_ == "NOUN":
            poor = next((c for c in _children(ctx, token) if c.dep_ in ("amod", "det") and c.lower_ in _POOR), None)
            if poor is None and token.dep_ == "pobj" and token.head.lower_ == "of" \
                    and token.head.head.lemma_.lower() in ("lack", "absence"):
                poor = token.head.head
            if poor is not None:
                span = _span(ctx, poor, token)
            if lemma == "disengagement":
                span = doc[token.i:token.i + 1]
        elif low in _COMPLIANT and token.pos_ == "ADJ" and token.dep_ in ("acomp", "attr"):
            if low == "engaged" and not any(c.dep_ == "prep" and c.lower_ == "with" for c in _children(ctx, token)):
                continue  # "got engaged in June"
            head = token.head
            neg = next((c for c in _children(ctx, head) if c.dep_ == "neg"), None) \
                or next((c for c in _children(ctx, token) if c.dep_ == "neg"), None)
            if neg is not None and _an_adult(ctx, head):
                span = _span(ctx, neg, token)
        if span is None:
            continue
        # Run on to what was not engaged with: "non-engagement with antenatal care".
        last = span[-1]
        nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in ("with", "at", "to") and nxt.dep_ == "prep":
            obj = next((g for g in _children(ctx, nxt) if g.dep_ == "pobj"), None)
            if obj is not None and not _schooling_or_childs(ctx, obj):
                span = _span(ctx, span[0], obj)
            elif obj is not None:
                continue  # "non-attendance at school": the child's schooling
        elif low.endswith("attendance") or (low == "non" and doc[token.i + 2].lower_ == "attendance"):
            continue  # "non-attendance" alone is said of school far more than of a service
        if not quoted(span):
            found.append(span)
    return found


def worry_spans(ctx: Context) -> list:
    """Every round-28 reading of service compliance in a worry statement, overlapping spans merged."""
    if ctx.kind != "worry":
        return []

    def compute():
        spans = sorted(_verb_spans(ctx) + _obliged_spans(ctx) + _noun_spans(ctx), key=lambda s: (s.start, -s.end))
        merged = []
        for span in spans:
            if merged and span.start < merged[-1].end:
                if span.end > merged[-1].end:
                    merged[-1] = ctx.doc[merged[-1].start:span.end]
                continue
            merged.append(span)
        return merged
    return _memo(ctx, "worry", compute)


# ---- absence of harm (SOS512): a child's hardship promised to end, "will no longer" ----
def no_longer_spans(ctx: Context) -> list:
    """"Major will no longer miss school", "The children will no longer go without", "he will no
    longer have to do the shopping": the goal promises that a hardship the child has now will end,
    and says nothing of what will happen instead. parts.absence_spans reads the child's side of a
    "will not" as what the child is spared ("Leo won't have to worry"), which the good sets write
    often and which stays silent; "no longer" with "will" is the ending of today's harm, which the
    good sets do not promise in those words ("so Kwabena no longer has to", present tense, beside
    the carers who will do it, is read by the suppressions as before). Only a child's clause: an
    adult's "will no longer drink" is read by the older rules."""
    if ctx.kind != "goal":
        return []
    from .compliance_words import _in_if_not
    from .parts import adult_actions
    from .parts.goal import _instead

    def compute():
        found = []
        children = analysis.child_tokens(ctx)
        # Sentences where an adult does something, and the sentence before each (its "instead" can follow).
        acts = {ctx.sentence_number[a.verb.i] for a in adult_actions(ctx) if not a.negated}
        deeds = acts | {n - 1 for n in acts}
        for token in ctx.tokens:
            if token.lower_ != "longer" or token.i == 0 or ctx.doc[token.i - 1].lower_ != "no":
                continue
            verb = token.head
            if verb.pos_ not in ("VERB", "AUX") or _in_if_not(verb):
                continue
            will = next((c for c in _children(ctx, verb) if c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall")), None)
            if will is None:
                continue
            subject = next((c for c in _children(ctx, verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or not (subject.i in children or subject in analysis.child_words(ctx)
                                       or subject.lower_ in analysis.people_words()["children"]
                                       or (subject.pos_ == "PRON" and analysis.pronoun_is_child(ctx, subject))):
                continue
            end = verb.i
            for c in _children(ctx, verb):
                if c.i > verb.i and c.dep_ in ("dobj", "prt", "xcomp", "acomp"):
                    end = max(end, min(c.right_edge.i, c.i + 3))
                elif c.i > verb.i and c.dep_ == "prep" and c.lower_ == "without":
                    end = max(end, c.i)  # "go without"
            span = ctx.doc[will.i:end + 1]
            number = ctx.sentence_number[verb.i]
            if quoted(span) or _instead(ctx, span, subject) or number in deeds:
                continue  # "Nan will do the big shop, so Ash will no longer have to …"; "… Mum will walk him
                # to school every day" in the next sentence: what the adults do instead is said
            found.append(span)
        return found
    return _memo(ctx, "no_longer", compute)


# ---- goals (SOS511): a worker's plan or advice followed, set as the goal ----
_COMPLETING = {"complete", "undertake"}
_TRAINING = _COURSES | {"training", "course", "programme", "assessment", "work", "module", "sessions"}
_KEEPING = {"follow", "implement", "stick", "keep", "adhere", "apply", "use", "carry"}
_WORKERS_THINGS = {"plan", "advice", "strategy", "recommendation", "guidance", "programme", "regime", "instruction",
                   "routine", "technique"}
_SET_BY = {"advise", "recommend", "give", "set", "suggest", "provide", "direct", "teach", "show", "agree", "model"}


def _professional(ctx: Context, token) -> bool:
    """A worker by a job word, or by the endings health jobs share ("dietician", "paediatrician",
    "optician", "physiotherapist", "psychologist"), which the job lists do not all hold."""
    return _is_worker(ctx, token) or (token.pos_ == "NOUN" and token.lower_.endswith(("ician", "itian", "ist", "ists")))


def _set_by_a_worker(ctx: Context, token) -> bool:
    """A worker's or service's own: "the dietician's feeding plan", "strategies given by the family
    support worker", "as advised by professionals" (the "by" agent of a verb of advising)."""
    for c in _children(ctx, token):
        if c.dep_ == "poss" and (_professional(ctx, c) or _names_a_service(c) or c.lower_ in ("professionals'", "school")):
            return True
        if c.dep_ in ("acl", "amod", "advcl", "relcl") and c.lemma_.lower() in _SET_BY:
            agent = [g for p in _children(ctx, c) if p.dep_ == "agent" for g in _children(ctx, p) if g.dep_ == "pobj"]
            if any(_professional(ctx, a) or _names_a_service(a) for a in agent):
                return True
    return False


def _done_with_the_child(ctx: Context, verb, thing) -> bool:
    """The plan is the everyday deed: done with or for the child, at a time or how often ("follow
    the physiotherapist's exercise plan with Leo every evening"), or spelt out after a colon."""
    children = analysis.child_tokens(ctx)
    inside = {t.i for t in thing.subtree}
    own = [t for c in _children(ctx, verb) if c.dep_ not in ("conj", "cc", "nsubj", "nsubjpass") for t in c.subtree]
    for t in own:
        if t.i in inside:
            continue
        if t.i in children or t.lower_ in ("every", "each", "daily", "nightly", "weekly"):
            return True
    after = thing.right_edge.i + 1
    return after < len(ctx.doc) and ctx.doc[after].text == ":"


def goal_spans(ctx: Context) -> list:
    """"follow the dietician's feeding plan", "implement strategies as advised by professionals",
    "stick to the plan the health visitor gave you": a worker's plan or advice kept to, set as the
    goal, with what the family will do left to the worker's paper. A plan that is the child's or
    the family's own ("follow Precious's Home Pain Plan: give her the medicine …") is left alone; the
    filters of SOS511 (a deed the goal names beside it, a strength already shown) apply as before."""
    if ctx.kind != "goal":
        return []
    from .compliance_words import _in_if_not

    def compute():
        found = []
        for verb in ctx.tokens:
            if verb.pos_ == "VERB" and verb.lemma_.lower() in _COMPLETING and _neg(ctx, verb) is None \
                    and not _in_if_not(verb):
                # "complete diabetes training", "complete Triple P": a service's training or a
                # programme by its name, completed as the goal ("finish college" is the child's own).
                thing = next((c for c in _children(ctx, verb) if c.dep_ == "dobj"), None)
                many = thing is not None and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()
                                                 for c in _children(ctx, thing))
                named = thing is not None and thing.text[:1].isupper() and (
                    many or (thing.pos_ == "PROPN" and not analysis.is_person(thing)))
                if thing is not None and (thing.lemma_.lower() in _TRAINING or thing.lower_ in _TRAINING or (
                        named and thing.i not in analysis.child_tokens(ctx))):
                    span = ctx.doc[verb.i:thing.i + 1]
                    if not quoted(span):
                        found.append(span)
                continue
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in _KEEPING or _neg(ctx, verb) is not None \
                    or _in_if_not(verb):
                continue
            thing = _thing(ctx, verb, preps=("to",))
            if thing is None or thing.lemma_.lower() not in _WORKERS_THINGS:
                continue
            how = [c for c in _children(ctx, verb) if c.dep_ == "advcl" and c.lemma_.lower() in _SET_BY]
            by_worker = _set_by_a_worker(ctx, thing) or any(
                _professional(ctx, g) or _names_a_service(g) or g.lower_ in ("professionals", "services")
                for c in how for p in _children(ctx, c) if p.dep_ == "agent" for g in _children(ctx, p) if g.dep_ == "pobj")
            if not by_worker or _done_with_the_child(ctx, verb, thing):
                continue
            span = ctx.doc[verb.i:thing.i + 1]
            if how:
                span = ctx.doc[verb.i:max(thing.i, max(c.right_edge.i for c in how)) + 1]
            if not quoted(span):
                found.append(span)
        return found
    return _memo(ctx, "goal", compute)
