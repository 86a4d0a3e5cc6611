"""Round 33 (helper review33f): false alarms and wrong messages found by three users' drafts.

Each reading is a general class read from the parse, not the words of one draft:
- a child who will know where to turn for help is not being made to vet her own contacts
  ("Lily will know who to go to if someone scares her", "Sam knows who to tell when he is
  worried", "knows who to ask for help"): reaching out to a safe adult is what the child will
  experience when the adults keep her safe, and victim blaming (SOS306) is not reported on it.
  Vetting stays reported ("think about who she talks to online", "choose who to trust").
"""
from __future__ import annotations

# Verbs of reaching out to someone for help: "who to go to", "who to turn to", "who to tell".
REACHING = {"go", "turn", "tell", "talk", "speak", "ask", "call", "ring", "phone", "contact", "message", "text",
            "run", "come"}
# "go to" and "turn to" a person are reaching out by themselves; the rest need a sign of help or
# of distress beside them ("who to talk to if she is scared", "who to ask for help").
REACHING_ALONE = {"go", "turn", "run", "come"}
HELP_NOUNS = {"help", "support", "advice", "safety", "comfort"}
# Distress that the child would seek help about, matched on the word's start so that spaCy's odd
# lemmas ("scares" → "scar") do not matter.
DISTRESS_STEMS = ("scare", "frighten", "worr", "upset", "unsafe", "afraid", "hurt", "harm", "threat", "uncomfortabl",
                  "pressur", "bull", "wrong", "sad", "unhapp", "danger", "touch", "nervous", "anxious", "fear")
CONDITION_MARKS = {"if", "when", "whenever", "should"}


def _distress(token) -> bool:
    word = token.lower_
    return word.startswith(DISTRESS_STEMS) or token.lemma_.lower().startswith(DISTRESS_STEMS)


def _infinitival(verb) -> bool:
    """"who to go to": the clause has "to" and no subject of its own."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _help_or_distress_beside(verb, holder) -> bool:
    """"for help" on the reaching verb, or a condition of distress on it or on the verb of knowing
    ("if someone scares her", "when he feels unsafe")."""
    for head in (verb, holder):
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "for" and any(
                    o.lemma_.lower() in HELP_NOUNS for o in child.children if o.dep_ == "pobj"):
                return True
            if child.dep_ == "advcl" and any(m.lower_ in CONDITION_MARKS for m in child.children
                                               if m.dep_ in ("mark", "advmod")):
                if any(_distress(t) for t in child.subtree):
                    return True
    return False


def seeks_help(clause, holder) -> bool:
    """The wh-clause under a verb of knowing is the child reaching out to a safe adult: "know who to
    go to", "who to tell if she is scared", "who to ask for help". Not "who she talks to online",
    "who to talk to online" alone, or "who to trust"."""
    lemma = clause.lemma_.lower()
    if lemma not in REACHING or not _infinitival(clause):
        return False
    if lemma in REACHING_ALONE and any(c.dep_ == "prep" and c.lower_ == "to" for c in clause.children):
        return True
    return _help_or_distress_beside(clause, holder)


# --- P#5: "placed on a plan" is not a move of home ---------------------------------------------
# Plans, orders and lists a child is "placed on" or "placed under": nobody moved.
PLAN_NOUNS = {"plan", "order", "register", "agreement", "list", "report", "notice", "programme", "scheme",
              "protocol", "pathway", "bail", "tag"}
PLAN_PREPS = {"on", "onto", "under"}


def placed_on_a_plan(span):
    """The plan noun when the matched "placed" hangs a plan, order or list on "on"/"under" ("was
    placed on a CP plan", "were placed under a supervision order", "is placed on the register"),
    else None. "was placed with Nan", "placed in foster care" are moves of home."""
    verb = next((t for t in span if t.lemma_.lower() == "place" and t.pos_ in ("VERB", "AUX", "NOUN", "ADJ")), None)
    if verb is None:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ in ("with", "in", "into", "at"):
            return None
        if prep.lower_ in PLAN_PREPS:
            thing = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if thing is not None and thing.lemma_.lower() in PLAN_NOUNS:
                return thing
    return None


def plan_advice(thing) -> str:
    """What to say instead of "placed on" a plan: what it asks of the family."""
    noun = thing.lemma_.lower()
    if noun in ("plan", "order", "agreement", "programme", "protocol", "pathway"):
        return f"Say what the {noun} asks the family to do, and who will check."
    return "Say what this means for the family, in everyday words."


# --- P#6: a harm said not to have happened hides nobody ----------------------------------------
def denied_harm_passive(verb, harm_lemmas) -> bool:
    """"Maya was not hurt", "Sam has never been hit", "the baby wasn't injured": a passive of harm
    that is denied names no deed, so there is no one to name (SOS202). "was not only hit but
    kicked" is harm, and a denied care verb ("was not fed") still hides who did not do it."""
    if verb.lemma_.lower() not in harm_lemmas:
        return False
    negs = [c for c in verb.children if c.dep_ == "neg"]
    if not negs:
        return False
    doc = verb.doc
    return not any(n.i + 1 < len(doc) and doc[n.i + 1].lower_ in ("only", "just", "merely") for n in negs)


# --- P#6: a judgement the writer denies --------------------------------------------------------
# Words of truth that, negated, deny the clause they govern: "It is not the case that…", "It is
# not true that…"; and words that deny it by themselves: "It is untrue that…".
TRUTH_WORDS = {"case", "true", "right", "fair", "correct", "accurate", "so"}
DENIAL_WORDS = {"untrue", "false", "wrong", "incorrect", "inaccurate", "unfair", "mistaken"}
# "Nobody has said that…", "No one suggests that…": the claim is denied by its empty subject.
CLAIM_VERBS = {"say", "suggest", "claim", "think", "believe", "allege", "report", "find", "see", "observe"}
EMPTY_SUBJECTS = {"nobody", "noone", "none"}


def _negated(token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def denied_clause(span) -> bool:
    """The span sits in a clause the writer says is not so: "It is not the case that Mum refused to
    help", "It is not true that Dad was aggressive", "It is untrue that…", "Nobody has said that Dad
    was hostile". The judgement words there defend the parent; they judge nobody. "It is true that
    Mum refused" and "Mum refused, it is not the case that she asked" are not denials of them."""
    token = span.root
    clause = token
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    for _ in range(4):  # up through xcomp/conj to the clause's head
        if clause.dep_ in ("ccomp", "relcl", "acl") or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ not in ("ccomp", "relcl", "acl") or clause.head.i == clause.i:
        return False
    if not any(c.lower_ == "that" and c.i < clause.i for c in clause.children) and not any(
            t.lower_ == "that" for t in span.doc[clause.head.i + 1:clause.i]):
        return False  # "It is not the case that…": the clause is introduced by "that"
    head = clause.head
    frame = head.head if head.dep_ in ("attr", "acomp") else head  # "the case" / "true" hang on "is"
    words = {head.lower_} | {c.lower_ for c in frame.children if c.dep_ in ("attr", "acomp")}
    if frame.lemma_.lower() == "be" and _negated(frame) and words & TRUTH_WORDS:
        return True
    if frame.lemma_.lower() == "be" and words & DENIAL_WORDS:
        return True
    if head.lemma_.lower() in CLAIM_VERBS and any(
            c.dep_ == "nsubj" and c.lower_.replace(" ", "") in EMPTY_SUBJECTS for c in head.children):
        return True
    return False


# --- P#9: an adult who will keep someone away protects the child -------------------------------
PERMITTING = {"allow", "let", "permit", "invite", "bring", "take"}
TOWARDS = {"into", "in", "inside", "near", "round", "around", "over", "to", "back", "home"}
ANYONE = {"anyone", "anybody", "him", "her", "them", "he", "she", "someone", "somebody"}


def keeps_someone_away(ctx, span) -> bool:
    """"Nan will not allow the children's mother into the home", "Mum will not let Dean near the
    baby", "you will not take the children to his flat": an adult's refusal to let a person near
    the child is the adult's own protective act, which others can see (DOMAIN: a "will not" that
    protects the child is fine). Not "Dad will not allow Kai to stay up late" (nobody kept away),
    nor "Dad will not drink"."""
    from . import goals16
    from .analysis import is_person

    verb = next((t.head for t in span if t.dep_ == "neg"), None)
    if verb is None:
        verb = span.root
    if verb.lemma_.lower() not in PERMITTING or not any(c.dep_ == "neg" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ANYONE | {"nobody"}:
        return False
    person = next((c for c in verb.children if c.dep_ == "dobj" and (is_person(c) or c.lower_ in ANYONE)), None)
    if person is None:
        return False
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if joined and all(goals16.obedience(ctx, j) for j in joined):
        return False  # round 16's class: "will not let Ray in and will comply with the agreement" (goals16)
    places = [c for c in list(verb.children) + list(person.children) if
              (c.dep_ == "prep" and c.lower_ in TOWARDS) or (c.dep_ in ("prt", "advmod") and c.lower_ in TOWARDS)]
    return bool(places)


# --- P#7: the goal's own carer is not her own network ------------------------------------------
PARENT_WORDS = {"mum", "dad", "mother", "father", "mummy", "daddy", "mam", "mom", "parent", "parents", "stepdad",
                "stepmum", "stepfather", "stepmother"}


def _acts_as_subject(token) -> bool:
    """The token is the doer of a verb: its subject ("Nan will …"), or the word before "to" that the
    parse hangs loosely on the verb ("Nan to access support …")."""
    subject = token.head if token.dep_ in ("appos", "compound") and token.head.i != token.i else token
    if subject.dep_ in ("nsubj", "nsubjpass"):
        return True
    return subject.dep_ in ("dep", "npadvmod", "ROOT") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in subject.head.children) and subject.i < subject.head.i


# Being helped rather than helping: "access support", "receive help", "get treatment", "engage with the GP".
RECEIVING = {"access", "receive", "get", "seek", "accept", "obtain", "engage", "attend", "use", "take"}
HELP_GIVEN = {"support", "help", "treatment", "advice", "counselling", "therapy", "service", "services", "care",
              "respite", "assistance", "input"}


def _receives_help(person) -> bool:
    """The person is the subject of a verb of being helped ("Nan to access support", "Gran will get
    help with her back", "Nan will engage with the GP"), or of a verb joined to one."""
    subject = person.head if person.dep_ in ("appos", "compound") and person.head.i != person.i else person
    verb = subject.head
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj"]
    for v in verbs:
        if v.lemma_.lower() not in RECEIVING:
            continue
        if v.lemma_.lower() == "engage" and any(c.dep_ == "prep" and c.lower_ == "with" for c in v.children):
            return True
        if any(t.lemma_.lower() in HELP_GIVEN for t in v.subtree if t.dep_ in ("dobj", "pobj") and t.i > v.i
               and t.head.i in (v.i, *(c.i for c in v.children))):
            return True
    return False


def the_goals_own_carer(ctx, person) -> bool:
    """"Nan to access support … and to implement routines for the children", with no parent doing
    anything in the goal: Nan, who is to be helped, is the carer the goal is for, not someone from the
    family's network who helps (review33 P#7). "Jay's foster carer, Pam, will take him to football"
    helps; so does a grandparent who is not given help. A grandparent beside a parent who acts ("Mum will …; Nan will collect
    Leo on Fridays") still helps, as does one who is not the doer of the goal's verbs."""
    if not _acts_as_subject(person) or not _receives_help(person):
        return False
    for token in ctx.tokens:
        if token.i == person.i:
            continue
        if token.lower_ in PARENT_WORDS and _acts_as_subject(token):
            return False  # a parent acts: the grandparent beside them is the network
        if token.lower_ == "you" and token.dep_ in ("nsubj", "nsubjpass"):
            return False  # written to someone: "you" is the carer, the grandparent may help
    return True
