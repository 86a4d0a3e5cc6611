"""Round 31 (alarms31): false alarms on good statements, mended by class from the parse (issue 11 §3).
The classes were read from set 29's good rows (good_test29 and words_test29's good rows) after their
first figures were recorded, so set 29's after-figures are tuned; sets 13-28 are the check.
Measured: devtools/alarms31_figures.md. Each class is described at its function.

1. SOS501, the people worried said in other words than "worried": a word of fear the model tagged as a
   noun ("Jo and the school's safeguarding lead fear that …"), a word of fear followed at once by
   "that" whose clause the model hung elsewhere ("Helen, the school nurse, … are frightened that if …"),
   named workers who "think" or "believe" that harm could come ("PC Okafor and Tom, the children's
   social worker, think that if Lee keeps …, Safiya could be cut"), and "their worry is that …" after
   the workers are named in the same sentence.
2. SOS512, the child's own change as others will see it: "the teachers will see … Zuri no longer
   frightened at home time", "will see a girl who … stops calling herself stupid". What stops is the
   child's fear or the child's own words about herself, seen by the network as the sign the goal is
   met; it is not a "will not" in place of the adults' deed.
3. SOS402, a role word that is someone else's relation or a service's staff: "your own father" (the
   parent's father, whom nobody would call "Dad" here), "the carer from the agency" and "the carers"
   after "carers from Adult Social Care" (paid staff, not the child's carers).
4. SOS304 and SOS505, the correlative forecast: "The longer this goes on, the more likely it is that
   Reggie becomes seriously ill": a sentence of two "the + comparative" halves says what will follow
   if things go on, so it is the worry's future, not a guess about what happened. (And in
   person_verdicts: "brought into hospital by ambulance", a journey with its destination, is no cause.)
5. SOS101/SOS102, the field of a worker's job said as who they are: "Ms Hughes, who leads on
   safeguarding at Brackenfield Primary".
6. SOS302 in a goal, a strength already shown: "you have got Willow back to a healthy weight once
   before": what the family did, told in the past, is not the goal's aim.
7. SOS512, the child's own wish: "what Jayden wants most is for there to be no more police at the door".
Also read from set 29, outside this module: SOS302's bare injury takes the describing word right
before the noun ("a cut lip and red marks", vague_states.py); SOS306's child burden leaves "so that
Precious learns that adults stay kind", a clause about others (words13.py); SOS402 reads "your own
father" as owned (role_names.py).

Left alone (see devtools/alarms31_figures.md): SOS401 on "your son" beside a child the people analysis
did not read; SOS514 where the helper is a bare name or a neighbour foster carer (parts/network.py);
SOS511 on a child's mentor and "show them the cupboards"; SOS101 on "Non-Molestation Order".
"""
from __future__ import annotations

from ..metrics import span_in_quotes
from . import analysis
from .base import Context

# ---- 1. SOS501: who is worried, in other words ----
_FEAR_LEMMAS = {"fear", "worry", "dread"}
_FEAR_ADJECTIVES = {"frightened", "scared", "afraid", "anxious", "fearful", "worried", "concerned"}
_THINKING = {"think", "believe", "fear", "predict", "expect"}
_HARM_MODALS = {"could", "might", "may", "will", "would", "'ll"}
_PARENT_WORDS = {"mum", "dad", "mother", "father", "parent", "parents", "mam", "mummy", "daddy", "carer", "carers",
                 "stepdad", "stepmum", "partner"}


def _roles() -> set:
    words = analysis.people_words()
    return (set(words["professionals"]) | set(words["adult_jobs"]) | set(words["titles"])) - _PARENT_WORDS - {"father"}


def _a_role(token) -> bool:
    """A worker by their role: "the social worker", "PC Adaeze Okafor", "Tom, the children's social
    worker", "the safeguarding lead at Destiny's school"."""
    if token.pos_ == "PRON":
        return False  # "I" and "we" are in the people words as the writer, but no role is named
    roles = _roles()
    near = (token, *(c for c in token.children if c.dep_ in ("compound", "appos")))
    return any(t.lemma_.lower() in roles or t.lower_ in roles for t in near)


def _a_worker(ctx: Context, token) -> bool:
    """A named person or a role who can hold a worry: not the child, not a parent, not a bare pronoun
    ("he", "she", "they" may be anyone, "I" and "we" are the writer), not "it"."""
    if token.i in analysis.child_tokens(ctx) or token.lower_ in _PARENT_WORDS or token.lemma_.lower() in _PARENT_WORDS:
        return False
    if token.pos_ == "PRON":
        return token.lower_ in ("we", "i")
    if _a_role(token):
        return True
    return token.pos_ == "PROPN" and (analysis.is_person(token) or token.ent_type_ == "PERSON")


def _with_conjuncts(tokens) -> list:
    return [s for t in tokens for s in (t, *(c for c in t.subtree if c.dep_ == "conj" and c.head.i == t.i))]


def _subjects(token) -> list:
    return _with_conjuncts([c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")])


def _looks_to_harm(verb) -> bool:
    """The clause said with a modal of what could come ("could be cut", "will keep going to bed
    frightened"), itself or in a clause joined to it."""
    for v in (verb, *verb.conjuncts):
        if any(c.dep_ == "aux" and c.lower_ in _HARM_MODALS for c in v.children):
            return True
    return False


def worried_in_other_words(ctx: Context) -> bool:
    """SOS501 (class 1): the statement says who is worried without the word "worried":
    - "Jo and the safeguarding lead at Destiny's school fear that …" with "fear" tagged as a noun that
      heads the sentence and has a subject and a "that" clause;
    - "Helen, the school nurse, and Abdul … are frightened that if …": a word of fear followed at once
      by "that", its subject a named worker (the model hung the clause on a later verb);
    - "PC Okafor and Tom, the children's social worker, think that if Lee keeps hurting Marisol, Safiya
      … could be cut": named workers who think or believe that harm could come;
    - "Until DC Lomax and the hospital paediatrician know …, their worry is that …": "their", "his",
      "her" on the worry, with a worker named earlier in the same sentence.
    Never the child's or a parent's own fear, never "it" ("It is feared that …") and never "they think"
    with nobody named."""
    def compute():
        for token in ctx.tokens:
            lemma = token.lemma_.lower()
            if span_in_quotes(ctx.doc, token.idx):
                continue  # a child's or parent's own words ("I thought he would break Mummy") are no worrier's
            if lemma in _FEAR_LEMMAS and token.pos_ == "NOUN" and token.dep_ == "ROOT":
                if any(c.dep_ == "ccomp" for c in token.children) and any(_a_worker(ctx, s) for s in _subjects(token)):
                    return True  # "Jo and the safeguarding lead fear that …", "fear" read as a noun
            if token.lower_ in _FEAR_ADJECTIVES and token.dep_ == "acomp" and token.i + 1 < len(ctx.doc) \
                    and ctx.doc[token.i + 1].lower_ == "that" and ctx.doc[token.i + 1].dep_ == "mark":
                if any(_a_worker(ctx, s) for s in _subjects(token.head)):
                    return True  # "Helen, the school nurse, and Abdul … are frightened that …"
            if lemma in _THINKING and token.pos_ == "VERB" and token.tag_ in ("VBP", "VBZ", "VBD"):
                said = [c for c in token.children if c.dep_ == "ccomp"]
                if said and any(_looks_to_harm(c) for c in said) \
                        and not any(c.dep_ == "neg" for c in token.children) \
                        and _subjects(token) and all(_a_worker(ctx, s) for s in _subjects(token)) \
                        and any(_a_role(s) for s in _subjects(token)):
                    return True  # "PC Okafor and Tom, the children's social worker, think that … could be cut"
            if lemma in ("worry", "fear", "concern") and token.pos_ == "NOUN" and token.dep_ == "nsubj" \
                    and token.head.lemma_ == "be" and any(c.dep_ == "ccomp" for c in token.head.children):
                owner = next((c for c in token.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
                if owner is not None and owner.lower_ in ("their", "his", "her") \
                        and not analysis.pronoun_is_child(ctx, owner) \
                        and any(_a_worker(ctx, t) and t.pos_ != "PRON" for t in token.sent if t.i < owner.i):
                    return True  # "Until DC Lomax and the paediatrician know …, their worry is that …"
        return False
    return ctx.memo("alarms31:worried_in_other_words", compute)


# ---- 2. SOS512: the child's own change, as others will see it ----
_SEEING = {"see", "notice", "hear", "find", "spot", "watch"}
_SEE_AUX = {"will", "'ll", "shall", "should", "can", "would"}


def _seen_by_others(ctx: Context, verb) -> bool:
    """"The teachers and the social worker will see …", "she and the social worker need to see …":
    a verb of seeing said as what will be, whose seers are neither the child nor "you"."""
    if verb.lemma_.lower() not in _SEEING or verb.pos_ != "VERB":
        return False
    future = any(c.dep_ == "aux" and c.lower_ in _SEE_AUX for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "need")
    seers = _subjects(verb) or (_subjects(verb.head) if verb.dep_ == "xcomp" else [])
    children = analysis.child_tokens(ctx)
    return future and bool(seers) and not any(s.i in children or s.lower_ in ("you", "i", "we") for s in seers) \
        and any(_a_role(s) or s.pos_ in ("PROPN", "NOUN") for s in seers)


def _the_childs(ctx: Context, token) -> bool:
    children = analysis.child_tokens(ctx)
    if token.i in children or analysis.pronoun_is_child(ctx, token):
        return True
    words = set(analysis.people_words()["children"])
    return token.lemma_.lower() in words


def child_change_seen(ctx: Context, span) -> bool:
    """SOS512 (class 2): what stops is the child's own fear or the child's own words about herself,
    in the list of what the network will see when the goal is met: "The girls' teachers and the
    social worker will see Amani sleeping through the night and Zuri no longer frightened at home
    time"; "Violet's teacher will see a girl who smiles more, puts her hand up and stops calling
    herself stupid". The model joins the list's items to "see" in many ways, so the span must follow
    the verb of seeing in its sentence, be joined to it through the list, and be said of the child:
    its own subject the child, or (with no subject of its own) the child as the first thing seen or the
    "herself" of the stopping. Harm seen not to happen ("will see no more bruises on Tobi") is not the
    child's own change and is read as ever."""
    verb = span.root
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX", "ADJ") or verb.head.i == verb.i:
            break
        verb = verb.head
    # climb the list to the verb of seeing
    current, path = verb, [verb]
    for _ in range(6):
        if _seen_by_others(ctx, current):
            break
        if current.dep_ not in ("conj", "ccomp", "relcl", "xcomp", "dobj", "acomp", "oprd") or current.head.i == current.i:
            return False
        current = current.head
        path.append(current)
    else:
        return False
    if not _seen_by_others(ctx, current) or current.i > span.start:
        return False
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if own:
        return all(_the_childs(ctx, s) for s in own)
    seen_first = [c for c in current.children if c.dep_ in ("dobj", "ccomp") and c.i < verb.i]
    firsts = [next((g for g in c.children if g.dep_ == "nsubj"), c) if c.dep_ == "ccomp" else c for c in seen_first]
    reflexive = any(t.lower_ in ("herself", "himself", "themselves") for t in verb.subtree)
    return any(_the_childs(ctx, f) for f in firsts) or reflexive and any(
        _the_childs(ctx, t) for t in span.sent if t.i < span.start and t.i > current.i)


# ---- 3. SOS402: paid carers are a service's staff ----
_CARE_SERVICES = {"agency", "agencies", "company", "service", "services", "care", "council", "team", "firm", "provider",
                  "organisation", "charity", "trust", "hospice"}


def _from_a_service(carer) -> bool:
    """"carers from Adult Social Care", "the carer from the agency", "carers at Brightwell": the
    carer's "from"/"at"/"with" names a service (a name, or a service word as its head)."""
    for prep in carer.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "at", "with"):
            continue
        for thing in prep.children:
            if thing.dep_ != "pobj":
                continue
            words = [t for t in thing.subtree]
            if thing.lemma_.lower() in _CARE_SERVICES or thing.lower_ in _CARE_SERVICES \
                    or any(t.text[:1].isupper() and t.i > prep.i for t in words):
                return True
    return any(c.dep_ == "compound" and c.lower_ in ("agency", "care", "home", "council") for c in carer.children)


def paid_carers(ctx: Context, role) -> bool:
    """SOS402 (class 3): "carer(s)" that are a care service's staff: from or at a service ("the
    carer from the agency", "agency carers"), or "the carers" in a statement that has said they are
    ("carers from Adult Social Care will come each morning … when the carers are not there").
    A child's foster carers and "the carers" with no service anywhere are report words still."""
    if _from_a_service(role):
        return True
    if any(t.lower_ == "foster" for t in ctx.doc[max(0, role.i - 2):role.i]):
        return False
    return any(t.lemma_.lower() == "carer" and t.i <= role.i and
               ((t.i != role.i and _from_a_service(t)) or _arranged_by_a_service(t)) for t in ctx.doc)


# Round 39 (r39b): verbs by which a service puts carers in place.
_ARRANGING = {"arrange", "provide", "fund", "send", "organise", "organize", "commission", "book"}


def _arranged_by_a_service(carer) -> bool:
    """Round 39 (r39b): carers a care service arranges, provides or sends ("the carers arranged through
    Adult Social Care", "Gwen from adult social care will arrange for carers to come every morning"):
    read from the parse, a verb of arranging governs the carer word (up to three heads up) and a care
    service word (_CARE_SERVICES: "care", "agency", "council"…) stands in that verb's clause. "Dad will
    arrange for the carers to bring Jo" names no service and stays a report word."""
    def by_a_service(verb) -> bool:
        return any(t.i != carer.i and (t.lemma_.lower() in _CARE_SERVICES or t.lower_ in _CARE_SERVICES)
                   for t in verb.subtree)
    for verb in carer.children:  # "carers provided by the home care agency"
        if verb.dep_ in ("acl", "relcl") and verb.pos_ == "VERB" and verb.lemma_.lower() in _ARRANGING:
            return by_a_service(verb)
    token = carer
    for _ in range(3):
        if token.head.i == token.i:
            break
        token = token.head
        if token.pos_ == "VERB" and token.lemma_.lower() in _ARRANGING:
            return by_a_service(token)
    return False


def staff_of_a_service(subject) -> bool:
    """SOS502 in a goal (class 3): people named by their job from a service are people, not the
    service: "carers from Adult Social Care will come each morning", "a nurse from the hospital
    team will visit". "Children's Services will visit" and "the Local Authority will" are read as ever."""
    job = subject.lemma_.lower()
    words = analysis.people_words()
    places = set(words["place_nouns"]) | set(words["school_heads"]) | set(words["workplaces"]) | {
        "police", "staff", "everyone", "everybody", "i", "head", "professional"}
    if job in places or subject.lower_ in places or subject.lower_ in words["institutions"]:
        return False  # "Police and social care will work together": services, not people
    return job in _roles() or job == "carer" or subject.lower_ == "carers"


# ---- 4. SOS304 and SOS505: the correlative forecast ----
_COMPARATIVE_TAGS = {"JJR", "RBR"}


def _comparative_after_the(tokens, at: int) -> bool:
    """"the longer", "the more likely", "the less", "the worse" at tokens[at]."""
    return at + 1 < len(tokens) and tokens[at].lower_ == "the" and (
        tokens[at + 1].tag_ in _COMPARATIVE_TAGS or tokens[at + 1].lower_ in ("more", "less", "longer", "worse"))


def correlative_forecast(sent) -> bool:
    """"The longer this goes on, the more likely it is that Reggie becomes seriously ill", "The more
    Mum drinks, the less she notices Kai": two halves, each opening "the" and a comparative, the
    second after a comma. It says what follows as things go on: a forecast, not a guess about what
    happened and not a fact told as certain."""
    tokens = list(sent)
    if not _comparative_after_the(tokens, 0):
        return False
    return any(tokens[i].text == "," and _comparative_after_the(tokens, i + 1) for i in range(2, len(tokens) - 2))


def correlative_future(ctx: Context):
    """SOS505 (class 4): the future part said as a correlative forecast about the named child: "The
    longer this goes on, the more likely it is that Reggie becomes seriously ill …". The second half
    must name the child (or "he"/"she" for the child) and not be about proceedings."""
    children = analysis.child_tokens(ctx)
    for sent in ctx.doc.sents:
        if not correlative_forecast(sent):
            continue
        tokens = list(sent)
        second = next(i for i in range(2, len(tokens) - 2) if tokens[i].text == "," and _comparative_after_the(tokens, i + 1))
        half = tokens[second + 1:]
        if any(t.lemma_.lower() in ("court", "proceedings", "plan", "register") for t in half):
            continue
        if any(t.i in children or analysis.pronoun_is_child(ctx, t) for t in half):
            return sent
    return None


# ---- 5. SOS101/SOS102: the field of someone's job ----
_JOB_FIELD_HEADS = {"lead", "responsible", "charge"}


def job_field(span) -> bool:
    """The flagged word names the field a worker's job covers, as a description of that worker: "Ms
    Hughes, who leads on safeguarding at Brackenfield Primary", "the teacher who is responsible for
    safeguarding", "Mr Ali, the lead for safeguarding". It names who she is, not what anyone did;
    "Safeguarding concerns were raised" and "Mum will engage with safeguarding" are read as ever."""
    word = span.root
    prep = word.head
    if word.dep_ != "pobj" or prep.lower_ not in ("on", "for", "of"):
        return False
    head = prep.head
    if head.lemma_.lower() not in _JOB_FIELD_HEADS:
        return False
    if head.lemma_.lower() == "charge" and head.head.lower_ != "in":
        return False
    clause = head
    for _ in range(3):
        if clause.dep_ in ("relcl", "appos", "acl"):
            return True
        if clause.dep_ == "acomp" or clause.dep_ == "pobj":
            clause = clause.head
            continue
        if clause.pos_ in ("AUX", "VERB") and any(c.dep_ == "nsubj" and c.lower_ in ("who", "i") for c in clause.children):
            return True
        break
    return False


# ---- 6. SOS302 in a goal: a strength the family already showed ----
def strength_already_shown(ctx: Context, span) -> bool:
    """SOS302 in a goal (class 6): the vague words sit in a sentence telling what the family has
    already done, as a strength to build on: "Kiera, you have got Willow back to a healthy weight once
    before, and we know you can do it again". The goal's aim is said elsewhere; what was done before is
    history, told in the past or present perfect with "you" or a family member as its doer, not
    negated. "Mum will keep Willow at a healthy weight" (the aim) is read as ever."""
    if ctx.kind != "goal":
        return False
    verb = span.root
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes) or verb.dep_ in ("xcomp", "advcl", "ccomp"):
        return False
    past = verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes)
    if not past:
        return False
    doers = _subjects(verb)
    return bool(doers) and all(d.lower_ == "you" or d.i in analysis.adult_tokens(ctx) and d.i not in analysis.child_tokens(ctx)
                               for d in doers)


def drop(found: list, ctx: Context) -> list:
    """Word-rule findings less those read by the classes above (called from the engine after
    alarms26.drop)."""
    kept = []
    for f in found:
        if f.code in ("SOS101", "SOS102") and f.end > f.start:
            span = ctx.doc.char_span(f.start, f.end, alignment_mode="expand")
            if span is not None and len(span) and job_field(span):
                continue
        if f.code == "SOS302" and f.end > f.start and ctx.kind == "goal":
            span = ctx.doc.char_span(f.start, f.end, alignment_mode="expand")
            if span is not None and len(span) and strength_already_shown(ctx, span):
                continue
        kept.append(f)
    return kept


# ---- 7. SOS512: the child's own wish ----
_WISHING = {"want", "wish", "hope", "long", "dream"}


def childs_wish(ctx: Context, span) -> bool:
    """SOS512 (class 7): the absence is what the child wishes for, in the child's voice that opens
    the goal: "Kerry, what Jayden wants most is for his mum to be well and for there to be no more
    police at the door"; "Jayden wants there to be no more shouting". The adults' deeds are said
    after it, and the child's wish is not the adults' "will not". A goal said by the worker ("there
    will be no more police call-outs") or a parent's wish is read as ever."""
    sent = span.sent
    for verb in sent:
        if verb.lemma_.lower() not in _WISHING or verb.pos_ != "VERB" or verb.i > span.start:
            continue
        wishers = _subjects(verb)
        if not wishers or not all(_the_childs(ctx, w) for w in wishers):
            continue
        if verb.dep_ == "csubj" and verb.head.lemma_ == "be" and verb.head.i < span.start:
            return True  # "what Jayden wants most is for … no more police at the door"
        wanted = {t.i for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dobj") for t in c.subtree}
        if span.start in wanted:
            return True  # "Jayden wants there to be no more shouting"
    return False
