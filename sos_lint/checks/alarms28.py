"""Round 28 (alarms28): false alarms on good statements, mended by how the sentence is built
(issue 11 §5). Read from the good rows of the open sets 13-26; each class is described at its function.

1. The goal's if-not sentence, written without "if": "Should this not happen, the baby may need to
   live with Teresa", "Should Mark hurt Shannon again, the council may ask the family court …", and
   the plan itself failing: "If this plan falls apart, Yusuf may need to stay with Grandad, so that
   he is not left alone". What follows when the goal is not met is not the goal: SOS511, SOS512 and
   SOS502 stay silent in it, as they already do after "If this doesn't happen".
2. SOS511, a check the named workers make, said actively: "Autumn's form tutor and the education
   welfare officer will check her attendance together each week". Beside the family's own deeds
   it is how others will know (round 23 read the passive, "Clover is weighed by the health
   visitor"). A service or institution that records or monitors ("The school will monitor Coral's
   attendance", "Lincoln's school will record his attendance"), a check with no time to it, a check
   of an adult's going to a service ("… check his attendance at the parenting course") and a goal
   with no deed of the family's are read as ever.
3. SOS512, the kind of person the child needs: "your baby needs parents who are free of heroin and
   ready to care for her". The absence is said of the adults the need asks for, in a relative
   clause under "need"; the deeds that follow are the goal. "You will be free of heroin" is read
   as ever, as is a need with no adult's deed in the goal.
4. SOS501, the pseudo-cleft: "What worries Ruth Evans, Ama's therapist, and Sam Begum, her social
   worker, is what happens to Ama …": the people worried follow "What worries/concerns".
   "What worries me is …" with nobody named, and "What Mum worries about is money", are read as ever.
5. SOS401, a baby still to be born: "Until the birth, Olamide will come to see me each week": a hint,
   not a warning, as round 26 gives for "unborn", "pregnant", "due". "Since birth" and a worry's
   "after the birth Mum stopped …" (a past) are read as ever.
6. SOS501, the worker who saw it, named by name and role in the opening sentence: "Mr Olusegun
   Adeyemi, the designated safeguarding lead at St Columba's, saw four bruises …". A role with no name,
   a relative, or a worker named only later are read as ever.

Measured: devtools/alarms28_figures.md (only sets 25 and 26, where the classes were read, moved).
"""
from __future__ import annotations

from . import analysis
from .base import Context

# ---- 1. the if-not sentence without "if" ----
_INVERTED = {"should", "were", "had"}
_PLAN_WORDS = {"this", "it", "that", "plan", "these", "things", "arrangement", "arrangements"}
_FAILING = {"fall", "break", "fail", "go", "collapse", "slip", "stop", "unravel"}


def _negated(verb) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("not", "never", "n't") for c in verb.children)


def _inverted_condition(sent):
    """"Should this not happen, …", "Should Mark hurt Shannon again, …": the sentence opens with
    the modal before its subject and a comma closes the condition. The condition's verb, or None."""
    first = sent[0]
    if first.lower_ not in _INVERTED or first.tag_ not in ("MD", "VBD") or sent[-1].text == "?":
        return None
    verb = first.head if first.head.i != first.i else first
    if verb.i == first.i or not any(t.text == "," for t in sent if t.i > verb.i):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i < first.i:
        return None
    return verb


def _plan_failing(clause) -> bool:
    """"If this plan falls apart", "If it breaks down", "If things go wrong": the goal itself fails."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in _PLAN_WORDS and subject.lemma_.lower() not in _PLAN_WORDS:
        return False
    if _negated(clause):
        return True
    if clause.lemma_.lower() not in _FAILING:
        return False
    # "falls apart", "breaks down", "fails", "goes wrong", "stops working"
    return clause.lemma_.lower() in ("fail", "collapse", "unravel") or any(
        c.lower_ in ("apart", "down", "wrong", "off", "working") for c in clause.children)


def in_if_not_sentence(span) -> bool:
    """Is the span in the goal's if-not sentence, written with "Should … not", "Should … again" or a
    plan that fails ("If this plan falls apart")? The span may sit in the condition or after it."""
    sent = span.sent
    verb = _inverted_condition(sent)
    if verb is not None:
        inside = {t.i for t in verb.subtree}
        return _negated(verb) or any(sent.doc[i].lower_ == "again" for i in inside)
    for token in sent:
        if token.lower_ == "if" and token.dep_ == "mark" and token.i < span.start and _plan_failing(token.head):
            clause = {t.i for t in token.head.subtree}
            return not clause & {t.i for t in span}
    return False


def consequence_subject(subject) -> bool:
    """SOS502 in a goal: an organisation as the doer of what follows when the goal is not met
    ("If she is not in school by Easter, the council's attendance team may take you to court",
    "Should Mark hurt Shannon again, … the council may ask the family court …")."""
    sent = subject.sent
    span = sent.doc[subject.i:subject.i + 1]
    if in_if_not_sentence(span):
        return True
    for token in sent:
        if token.lower_ != "if" or token.dep_ != "mark" or token.i > subject.i:
            continue
        clause = token.head
        inside = {t.i for t in clause.subtree}
        if _negated(clause) and subject.i not in inside and max(inside) < subject.i:
            return True
    return False


# ---- 2. a check the named workers make ----
_CHECK_VERBS = {"check", "see", "look", "review", "go"}  # "go through", "look at": the worker's own eyes
_TIME_WORDS = {"week", "weeks", "fortnight", "month", "months", "day", "days", "term", "monday", "tuesday",
               "wednesday", "thursday", "friday", "saturday", "sunday", "weekly", "fortnightly", "monthly",
               "daily", "morning", "mornings", "evening", "evenings", "visit", "time"}


# The people table counts these as professionals; as the doer of a check they are the service itself.
_NOT_A_WORKER = {"professionals", "services", "agencies", "everyone", "everybody", "school", "nursery", "college",
                 "hospital", "staff", "we", "i", "police", "team"}


def _subjects(verb):
    found = [c for c in verb.children if c.dep_ == "nsubj"]
    if not found and verb.dep_ == "conj":
        found = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return [s for t in found for s in (t, *(c for c in t.subtree if c.dep_ == "conj" and c.head.i == t.i))]


def _a_worker(ctx: Context, token) -> bool:
    """A person by role or name ("the education welfare officer", "River's teacher", "Tom"), not
    an organisation ("the school", "the nursery") nor the bare "professionals"."""
    from .parts import is_institution
    if token.pos_ == "PRON" or token.lower_ in _NOT_A_WORKER or token.lemma_.lower() in _NOT_A_WORKER:
        return False
    if is_institution(token):
        return False
    words = analysis.people_words()
    family = set(words["family"]) | set(words.get("caregivers", ())) | set(words.get("adult_family", ()))
    if token.lower_ in family or token.lemma_.lower() in family:
        return False  # "Mum will go to her parenting class every Tuesday": the family, not a worker
    return token.lemma_.lower() in words["professionals"] or token.lower_ in words["professionals"] \
        or token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and analysis.is_person(token))


def checked_by_workers(ctx: Context, span) -> bool:
    """SOS511: "Autumn's form tutor and the education welfare officer will check her attendance
    together each week": named workers' own regular check, beside the family's deeds (the caller
    asks for those)."""
    # ("go" only as "go through" or "go over": "go to her parenting class" is attending, not checking)
    verbs = [t for t in span if t.pos_ == "VERB" and t.lemma_.lower() in _CHECK_VERBS
             and (t.lemma_.lower() != "go" or any(c.lower_ in ("through", "over") for c in t.children))]
    if not verbs:
        return False
    verb = verbs[0]
    subjects = _subjects(verb)
    if not subjects or not all(_a_worker(ctx, s) for s in subjects):
        return False
    # Something regular or timed: "every Friday", "each week", "at each visit", "weekly".
    timed = any(t.lower_ in _TIME_WORDS for t in verb.subtree if t.i not in range(span.start, span.end)
                or t.dep_ in ("npadvmod", "pobj", "advmod"))
    if not timed:
        return False
    # Not an adult's going to a service: "check his attendance at the parenting course".
    words = analysis.people_words()
    services = set(words.get("services", ())) | set(words["institutions"])
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for prep in (c for c in obj.children if c.dep_ == "prep"):
            if any(t.lower_ in services or t.lemma_.lower() in ("course", "programme", "group", "session",
                                                                  "appointment", "service", "clinic")
                   for t in prep.subtree):
                return False
    return True


# ---- 3. the kind of person the child needs ----

def needed_person_described(ctx: Context, span) -> bool:
    """SOS512: "your baby needs parents who are free of heroin": the absence said in a relative clause
    on the people a need asks for, with the adults' deeds set out after it in the goal."""
    from .parts import adult_actions
    clause = next((t for t in [span.root, *span.root.ancestors] if t.dep_ == "relcl"), None)
    if clause is None:
        return False
    owner = clause.head
    need = owner.head
    if owner.dep_ not in ("dobj", "attr") or need.lemma_.lower() not in ("need", "deserve") or need.pos_ != "VERB":
        return False
    if _negated(need):
        return False
    return any(a.verb.i > need.i and not a.negated for a in adult_actions(ctx))


# ---- 4. the pseudo-cleft "What worries X is …" ----
_WORRYING = {"worry", "concern", "trouble"}


def worried_in_cleft(ctx: Context) -> bool:
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in _WORRYING or verb.tag_ not in ("VBZ", "VBP", "VBD"):
            continue
        if not any(c.lower_ == "what" and c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        # The people worried: the verb's object, or (as the parse often has it) the words between
        # the verb and the copula it hangs on.
        head = verb.head if verb.dep_ == "csubj" else None
        end = head.i if head is not None and head.i > verb.i else verb.right_edge.i + 1
        people = [t for t in ctx.doc[verb.i + 1:end] if t.dep_ not in ("punct", "cc", "det")]
        if any(t.pos_ == "PROPN" and (analysis.is_person(t) or t.ent_type_ == "PERSON")
               or t.lemma_.lower() in analysis.people_words()["professionals"] for t in people):
            return True
    return False


# ---- 5. SOS401: the birth still to come ----
_BEFORE = {"until", "till", "before", "after"}


def birth_to_come(ctx: Context, child_word) -> bool:
    """"Until the birth, Olamide will come to see me each week", "before the baby's birth": the
    baby is still to be born, so there is no name to ask for (round 26 read "unborn", "pregnant",
    "due" and "born"). Only the bare baby word counts, and only "the birth" (or the baby's) after
    until/before, or after "after" in a goal: "Leo has had eczema since birth", "after his birth
    Mum was low" (a past told in a worry) are read as ever."""
    from .unborn import _BABY_WORDS
    if child_word.lower_ not in _BABY_WORDS:
        return False
    for t in ctx.tokens:
        if t.lemma_.lower() != "birth" or t.dep_ != "pobj" or t.head.lower_ not in _BEFORE:
            continue
        if t.head.lower_ == "after" and ctx.kind != "goal":
            continue
        if any(c.dep_ in ("det", "poss") and (c.lower_ in ("the", "your", "her") or c.lower_ in _BABY_WORDS
                                              or any(g.lower_ in _BABY_WORDS for g in c.subtree))
               for c in t.children):
            return True
    return False


# ---- 6. SOS501: the worker who saw it, named at the start ----
_WITNESSING = {"see", "find", "notice", "hear", "visit", "observe", "witness", "spot", "meet"}


def witness_named(ctx: Context) -> bool:
    """"Mr Olusegun Adeyemi, the designated safeguarding lead at St Columba's Primary, saw four bruises
    …", "When Marek Nowak, the social worker, visited on 3 March, he found …": the opening sentence
    names a worker, by name and role, as the one who saw what follows. The statement is told from
    that worker; they are who is worried. A name with no role ("Kerry saw …"), a role with no name
    ("The health visitor saw …"), a family member ("Nan Rose, Mum's mum, saw …") and a worker named
    later in the statement are read as ever."""
    sents = list(ctx.doc.sents)
    if not sents:
        return False
    words = analysis.people_words()
    roles = set(words["professionals"]) - _NOT_A_WORKER
    for token in sents[0]:
        if token.dep_ != "nsubj" or token.pos_ != "PROPN":
            continue
        verb = token.head
        if verb.lemma_.lower() not in _WITNESSING and not (
                verb.dep_ == "advcl" and verb.head.lemma_.lower() in _WITNESSING):
            continue
        for role in (c for c in token.children if c.dep_ == "appos"):
            heads = [role, *(c for c in role.children if c.dep_ == "compound")]
            if any(h.lemma_.lower() in roles or h.lower_ in roles for h in heads) \
                    or role.lower_ in ("dsl", "lead", "officer", "worker", "visitor", "nurse", "teacher"):
                return True
    return False
