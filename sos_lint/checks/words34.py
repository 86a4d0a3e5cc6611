"""Round 34 (helper r34d): false alarms and misses found by three users' drafts (review34,
review34d, review34q). Each reading is a general class read from the parse, not one draft's words.

1. SOS301, who an adult IS given as the worry (review34d D#9, review34 P#3): a disability, a
   diagnosis or a history (care) said of a parent in a worry statement, where it stands in place of
   what the adult did:
   - tied to a verdict on their care ("Mum is a wheelchair user and is unable to supervise Leo",
     "Dad has a learning disability and cannot keep Jo safe", "a care leaver who lacks insight");
   - given as the cause ("her parenting is compromised by her disability", "because of his autism");
   - or the whole worry: the statement says nothing any adult of the family did.
   A statement that names the diagnosis AND says what the adult did ("Mum has bipolar disorder and
   on 3 May she left Amy alone for six hours") keeps it as context; goals are not read (support for
   a disabled parent is a goal's business).
2. Findings inside the tool's own bracketed questions (review34 P#6): "[Who is worried? e.g. the
   social worker and the teacher]" is the tool's question, not the writer's words; no rule but
   SOS518 reads inside it (a finding about a whole sentence that holds it is kept).
"""
from __future__ import annotations

from . import analysis
from .base import Context

# ---- 1. who an adult is, given as the worry ----
# Nouns of a condition or disability an adult "has" ("has a learning disability", "has autism").
CONDITION_NOUNS = {
    "disability", "disabilities", "illness", "condition", "disorder", "diagnosis", "autism", "adhd", "add", "asd",
    "depression", "anxiety", "schizophrenia", "psychosis", "ptsd", "epilepsy", "dyslexia", "dementia",
    "difficulty", "difficulties", "impairment", "syndrome", "bipolar", "ocd", "eupd", "bpd",
}
# Nouns that are only a condition with a word of health or learning before them ("mental health
# issues", "learning needs", "health problems").
CONDITION_HEADS = {"issue", "issues", "problem", "problems", "need", "needs", "difficulty", "difficulties"}
CONDITION_MODIFIERS = {"health", "mental", "learning", "psychiatric", "psychological", "cognitive", "physical",
                       "sensory", "neurodevelopmental", "emotional"}
# Who someone is: "a care leaver", "a wheelchair user", "an amputee".
IDENTITY_NOUNS = {"leaver", "amputee", "user"}
IDENTITY_COMPOUNDS = {"user": {"wheelchair", "crutch", "crutches", "scooter", "mobility"}}
IDENTITY_ADJECTIVES = {"disabled", "deaf", "blind", "autistic", "dyslexic", "bipolar", "schizophrenic",
                       "neurodivergent", "paraplegic", "quadriplegic", "impaired"}
# Verdicts on a parent's care, tied to who they are by "and" or "who".
INABILITY = {"unable", "incapable"}
VERDICT_VERBS = {"lack", "struggle", "fail", "neglect"}
CARE_VERBS = {"supervise", "keep", "care", "look", "parent", "meet", "protect", "manage", "cope", "prioritise",
              "prioritize", "provide", "safeguard", "respond", "recognise", "recognize", "understand"}
# The condition given as the cause: "compromised by her disability", "because of his autism".
CAUSE_MARKERS = {"because", "due", "owing", "result", "given"}
CAUSE_VERBS = {"compromise", "affect", "impact", "limit", "impair", "prevent", "stop", "reduce", "undermine",
               "hinder", "restrict", "mean"}
_PROFESSIONAL_ACTS_TOO = {"say", "tell", "state", "report", "explain", "describe", "disclose", "mention", "deny",
                          "agree", "accept", "admit", "claim", "think", "feel", "believe", "want", "hope", "know"}


def _condition_noun(noun) -> bool:
    """"disability", "autism", "mental health issues", "learning needs": a condition, by its noun."""
    lemma, lower = noun.lemma_.lower(), noun.lower_
    if noun.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    if lemma in CONDITION_NOUNS or lower in CONDITION_NOUNS:
        if lower in ("difficulty", "difficulties"):
            return _modified_by(noun, CONDITION_MODIFIERS)
        return True
    return (lemma in CONDITION_HEADS or lower in CONDITION_HEADS) and _modified_by(noun, CONDITION_MODIFIERS)


def _modified_by(noun, words) -> bool:
    return any(c.dep_ in ("compound", "amod", "nmod") and (c.lower_ in words or c.lemma_.lower() in words
                                                           or any(g.lower_ in words for g in c.children))
               for c in noun.children)


def _identity_noun(noun) -> bool:
    lower = noun.lemma_.lower()
    if lower not in IDENTITY_NOUNS:
        return False
    wanted = IDENTITY_COMPOUNDS.get(lower)
    if wanted is None:
        return lower != "leaver" or any(c.lower_ == "care" for c in noun.children)
    return any(c.dep_ in ("compound", "amod") and c.lower_ in wanted for c in noun.children)


def _family_adult(ctx: Context, token) -> bool:
    """A parent or carer of the family: not a child, not a worker."""
    from .words24 import _an_adult

    if token is None:
        return False
    if token.lower_ in ("who", "that") and token.head.dep_ == "relcl":
        token = token.head.head
    if token.lower_ in analysis.people_words()["professionals"]:
        return False
    return _an_adult(ctx, token)


def _phrase(ctx: Context, verb, noun):
    """The words from the verb to the end of the noun's own phrase, less any relative clause after it
    ("is a care leaver" of "is a care leaver who lacks insight")."""
    end = noun.i
    for c in noun.children:
        if c.i > noun.i and c.dep_ in ("compound", "prep", "amod", "pobj", "cc", "conj", "nummod"):
            end = max(end, max(t.i for t in c.subtree))
    start = min(verb.i, min(t.i for t in noun.subtree))
    return ctx.doc[start:end + 1]


def _identity_clauses(ctx: Context) -> list:
    """(verb, thing, holder) for each clause that says who a family adult is: "Mum has a learning
    disability", "Dad is autistic", "the mother is a wheelchair user", "Mum was in care"."""
    def compute():
        found = []
        for verb in ctx.tokens:
            lemma = verb.lemma_.lower()
            if lemma not in ("have", "be") or verb.dep_ == "aux" or verb.dep_ == "auxpass":
                continue
            holder = analysis.subject_of(verb, through=("conj",))
            if not _family_adult(ctx, holder):
                continue
            for thing in verb.children:
                if lemma == "have" and thing.dep_ == "dobj" and (_condition_noun(thing) or _history_of(thing)):
                    found.append((verb, thing, holder))
                elif lemma == "be" and thing.dep_ == "attr" and (_identity_noun(thing) or _condition_noun(thing)):
                    found.append((verb, thing, holder))
                elif lemma == "be" and thing.dep_ == "acomp" and thing.lower_ in IDENTITY_ADJECTIVES:
                    found.append((verb, thing, holder))
                elif lemma == "be" and thing.dep_ == "prep" and thing.lower_ == "in" and verb.tag_ == "VBD" and any(
                        o.dep_ == "pobj" and o.lower_ == "care" for o in thing.children):
                    found.append((verb, thing, holder))  # "Mum was in care"
        return found
    return ctx.memo("words34:identity", compute)


def _history_of(noun) -> bool:
    """"a history of mental illness", "a care history"."""
    if noun.lemma_.lower() != "history":
        return False
    if any(c.lower_ == "care" for c in noun.children if c.dep_ == "compound"):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(_condition_noun(o) for o in c.children if o.dep_ == "pobj")
               for c in noun.children)


def _verdict_on_care(verb) -> bool:
    """"is unable to safely supervise Leo", "cannot keep Jo safe", "struggles to meet her needs",
    "lacks insight": a verdict on the adult's care, not something they did."""
    lemma = verb.lemma_.lower()
    if lemma in VERDICT_VERBS:
        return True
    if lemma == "be" and any(c.dep_ == "acomp" and c.lower_ in INABILITY for c in verb.children):
        return True
    if lemma in CARE_VERBS and any(c.dep_ == "aux" and c.lower_ in ("can", "ca", "could") for c in verb.children) \
            and any(c.dep_ == "neg" for c in verb.children):
        return True  # "cannot keep Jo safe", "can't look after her"
    if lemma == "be" and any(c.dep_ == "neg" for c in verb.children) and any(
            c.dep_ == "acomp" and c.lower_ == "able" for c in verb.children):
        return True  # "is not able to supervise"
    return False


def _tied_to_a_verdict(verb, thing) -> bool:
    """The identity is joined to a verdict on the adult's care by "and" or "who": "is a wheelchair
    user and is unable to supervise Leo", "a care leaver who lacks insight"."""
    joined = [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        joined.append(verb.head)
    joined += [c for c in thing.children if c.dep_ == "relcl"]
    return any(_verdict_on_care(v) for v in joined)


def _cause_spans(ctx: Context) -> list:
    """A family adult's condition given as the cause: "compromised by her disability", "because of
    his mental health", "due to her learning difficulties", "her disability means she cannot…"."""
    found = []
    for noun in ctx.tokens:
        if not _condition_noun(noun) and not _identity_noun(noun):
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None or not (_family_adult(ctx, owner) or _owner_of_parenting(owner, noun)):
            continue
        head = noun.head
        cause = False
        if noun.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in CAUSE_VERBS:
            cause = True  # "compromised by her disability"
        elif noun.dep_ == "pobj" and head.lower_ in ("of", "to") and (
                head.head.lower_ in CAUSE_MARKERS or head.head.lemma_.lower() in CAUSE_MARKERS):
            # "because of her disability, Mum cannot supervise Leo": a verdict given a cause; "because
            # of his depression, Dad stays in bed until noon" says what he does (left to the labels)
            verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
            cause = verb is not None and (_verdict_on_care(verb) or not _adult_did_something(ctx))
        elif noun.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in CAUSE_VERBS:
            cause = True
        elif noun.dep_ == "nsubj" and head.lemma_.lower() in CAUSE_VERBS and head.lemma_.lower() != "mean":
            cause = any(c.dep_ == "dobj" for c in head.children)  # "her disability limits her parenting"
        elif noun.dep_ == "nsubj" and head.lemma_.lower() == "mean":
            cause = any(c.dep_ == "ccomp" and _verdict_on_care(c) for c in head.children)
        if cause:
            start = min(t.i for t in noun.subtree)
            found.append(ctx.doc[start:noun.i + 1])
    return found


PARENTING_WORDS = {"parenting", "capacity", "ability", "care", "supervision"}


def _owner_of_parenting(owner, noun) -> bool:
    """"Her parenting capacity is compromised by her disability": the thing the condition is said to
    harm is a parent's care, so "her" is the parent, whoever the nearest name before it is."""
    if owner.lower_ not in ("her", "his", "their"):
        return False
    clause = noun
    for _ in range(4):
        if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
            break
        clause = clause.head
    return any(t.lemma_.lower() in PARENTING_WORDS and any(c.dep_ == "poss" and c.lower_ == owner.lower_
                                                           for c in t.children) | (t.lower_ == "parenting")
               for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") for t in c.subtree)


def _adult_did_something(ctx: Context) -> bool:
    """Does any sentence say what a family adult did or did not do (not what they said or think, nor
    a verdict on their care)?"""
    children = analysis.child_tokens(ctx)
    for action in analysis.actions(ctx):
        subject, verb = action.subject, action.verb
        if subject.i in children or (subject.pos_ == "PRON" and analysis.pronoun_is_child(ctx, subject)):
            continue
        if verb.lemma_.lower() in _PROFESSIONAL_ACTS_TOO or _verdict_on_care(verb) or verb.lemma_.lower() in CARE_VERBS:
            continue
        return True
    return False


def _own_account_beside(verb) -> bool:
    """The identity clause is joined ("and") to the adult's own account of it: "has told us…",
    "explained that…", "says she finds…"."""
    joined = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    return any(v.lemma_.lower() in _PROFESSIONAL_ACTS_TOO for v in joined)


def identity_spans(ctx: Context) -> list:
    """SOS301 (class 1): who a family adult is, given as the worry, in a worry statement."""
    if ctx.kind != "worry":
        return []
    found = list(_cause_spans(ctx))
    clauses = _identity_clauses(ctx)
    if clauses:
        whole = not _adult_did_something(ctx)
        for verb, thing, _ in clauses:
            if _own_account_beside(verb) and not _tied_to_a_verdict(verb, thing):
                continue  # round 24's near miss: "Mum has a learning disability and has told us the numbers
                # on the formula tin are hard to follow": what it means, in the parent's own words
            if whole or _tied_to_a_verdict(verb, thing):
                found.append(_phrase(ctx, verb, thing))
    from .word_context import quoted

    return [span for span in found if not quoted(span)]


# ---- 2. the tool's own bracketed questions ----
def inside_placeholder(finding, spans) -> bool:
    """The finding's words are inside one of the tool's bracketed questions, or cross its edge. A
    finding about a whole sentence that holds the question, or with no words, is not."""
    if finding.end <= finding.start:
        return False
    for start, end in spans:
        if finding.end <= start or finding.start >= end:
            continue
        if finding.start <= start and finding.end >= end and (finding.start < start or finding.end > end):
            continue  # the question is a part of a longer stretch the finding is about
        return True
    return False


def drop(found: list, ctx: Context) -> list:
    """Findings less those read by the classes here as no fault (called from the engine after
    alarms31.drop): findings inside the tool's own bracketed questions (class 2), and the formal
    step named as what follows if a goal is not met (class 7)."""
    if ctx.kind == "goal":
        found = [f for f in found if not (f.code == "SOS101" and _a_consequence_step(ctx, f))]
    if "[" not in ctx.text:
        return found
    from .parts.placeholders import placeholder_spans

    spans = placeholder_spans(ctx.text)
    if not spans:
        return found
    return [f for f in found if f.code == "SOS518" or not inside_placeholder(f, spans)]


# ---- 7. SOS101: the formal step that follows if a goal is not met ----
# Words of the child-protection and court process: "a child protection conference", "care
# proceedings", "court", "a child protection plan" (the last is not in the jargon list, and passed).
# "care proceedings" and "legal proceedings" stay flagged: they have a plain word ("go to court"), and the
# hand-marked sets mark them in this sentence too ("the LA will initiate care proceedings").
PROCESS_WORDS = {"conference", "court", "plan", "order", "hearing"}


def _a_consequence_step(ctx: Context, finding) -> bool:
    """A SOS101 word in the goal's if-not sentence, after its condition, that names the formal step
    the council would take ("If this doesn't happen, we will need to hold a child protection
    conference", "… the council will start care proceedings"): the honest consequence, said in the
    words the family will hear at that step, as "a child protection plan" is (review34 P#8)."""
    from . import alarms28

    if finding.end <= finding.start:
        return False
    span = ctx.doc.char_span(finding.start, finding.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if not any(t.lemma_.lower() in PROCESS_WORDS or t.lower_ in PROCESS_WORDS for t in span) or any(
            t.lemma_.lower() in ("proceeding", "proceedings", "initiate", "instigate", "escalate") for t in span):
        return False
    return alarms28.in_if_not_sentence(span) or _after_if_not(span)


def _after_if_not(span) -> bool:
    """After "If this does not happen," / "If this doesn't happen," / "If not," in its sentence."""
    sent = span.sent
    for token in sent:
        if token.i >= span.start:
            return False
        if token.lower_ == "if" and token.dep_ == "mark":
            clause = token.head
            inside = {t.i for t in clause.subtree}
            if span.start in inside:
                return False
            return any(c.dep_ == "neg" for c in clause.children)
        if token.lower_ == "if" and token.i + 1 < len(sent.doc) and sent.doc[token.i + 1].lower_ == "not":
            return True
    return False


# ---- 3. "who" stands for a person ----
def said_of_whoever(span) -> bool:
    """The word's clause is a relative clause opened by "who" or "whom": it is said of a person,
    whatever noun the clause hangs on ("The mother is a care leaver who lacks insight", where the
    parse makes "leaver" the noun). "an infection which resists antibiotics" is a thing's."""
    verb = span.root if span.root.pos_ in ("VERB", "AUX") else span.root.head
    for _ in range(3):
        if verb.dep_ == "relcl":
            return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "whom") for c in verb.children)
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


# ---- 4. SOS304: "known to" a service is a fact of contact ----
def known_to_someone(span) -> bool:
    """"She is known to CAMHS", "the family are known to children's services", "Dad is known to the
    police": "known to" followed by who knows (a noun) is a fact of contact with a service or a person,
    not a guess. "Dad is known to carry a knife" (an infinitive: what he is said to do) stays a guess."""
    known = next((t for t in span if t.lower_ == "known"), None)
    if known is None:
        return False
    prep = next((c for c in known.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
    if prep is None:
        # the tagger can read "to CAMHS" as an infinitive of a name: a noun is no verb
        return any(c.dep_ == "xcomp" and c.pos_ in ("NOUN", "PROPN") and c.tag_ not in ("VB", "VBP")
                   for c in known.children)
    things = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(things) and all(t.pos_ in ("NOUN", "PROPN") for t in things)


# ---- 5. SOS303: an omission said with an empty subject ----
EMPTY_DOERS = {"nobody", "noone", "no-one"}
CARE_ACTS = {"treat", "take", "feed", "change", "wash", "clean", "check", "help", "collect", "pick", "give", "bring",
             "call", "ring", "phone", "seek", "dress", "bath", "bathe", "comfort", "supervise", "watch", "look",
             "cook", "buy", "get", "fetch", "dress", "tend", "see", "notice", "stop", "protect", "put", "settle",
             "wake", "register", "book", "report", "tell"}


def _empty_doer(token) -> bool:
    if token.lower_ in EMPTY_DOERS:
        return True
    # "no one", "none of the adults"
    return (token.lower_ == "one" and any(c.lower_ == "no" for c in token.children)) or token.lower_ == "none"


def nobody_cared(ctx: Context) -> bool:
    """"a burn on her hand that nobody had treated", "no one took him to the doctor", "nobody fed
    the baby until the evening": the adults' omission, said with an empty subject, is something
    someone could see (the child's care not done)."""
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in CARE_ACTS:
            continue
        if any(c.dep_ == "nsubj" and _empty_doer(c) for c in verb.children):
            return True
    return False


# ---- 6. SOS512: an adult who will keep away from the person who harms ----
MEETING = {"see", "meet", "contact", "visit", "phone", "ring", "call", "text", "message", "speak", "talk", "stay",
           "live", "go", "let"}
DANGER_PEOPLE = {"perpetrator", "abuser", "offender", "partner", "ex", "ex-partner", "boyfriend", "girlfriend",
                 "him", "them"}


def _an_adult_other(ctx: Context, token) -> bool:
    """A person who is not a child: "the perpetrator", "Dean", "Mr Adeyemi", "him"."""
    from .word_context import is_child

    if token is None or is_child(ctx, token) or token.i in analysis.child_tokens(ctx):
        return False
    if token.pos_ == "PRON":
        return token.lower_ in ("him", "them", "her") and not analysis.pronoun_is_child(ctx, token)
    return analysis.is_person(token) or token.lemma_.lower() in DANGER_PEOPLE


def keeps_away_from(ctx: Context, span) -> bool:
    """"Mum will not have contact with the perpetrator", "you will not see Dean", "Mum will not meet
    him", "will not have any contact with Mr Adeyemi": a parent keeping away from an adult is the
    parent's own protective act (DOMAIN: a "will not" that protects the child is fine). Not "Dad
    will not hit Kai", nor "Dad will not have contact with Kai" (a child)."""
    verb = next((t.head for t in span if t.dep_ == "neg"), None) or span.root
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    subject = analysis.subject_of(verb, through=("conj", "xcomp"))
    if subject is None or subject.lower_ in ("nobody", "anyone") or _child_subject(ctx, subject):
        return False  # "Amber will stop going missing and will not have contact with her older boyfriends": the child
    lemma = verb.lemma_.lower()
    people = []
    if lemma == "have":
        for thing in verb.children:
            if thing.dep_ == "dobj" and thing.lemma_.lower() == "contact":
                people += [o for p in thing.children if p.dep_ == "prep" and p.lower_ == "with"
                           for o in p.children if o.dep_ == "pobj"]
    elif lemma in MEETING:
        people += [c for c in verb.children if c.dep_ == "dobj"]
        people += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("with", "to", "near")
                   for o in p.children if o.dep_ == "pobj"]
    return bool(people) and all(_an_adult_other(ctx, p) for p in people)


def _child_subject(ctx: Context, token) -> bool:
    from .word_context import is_child

    return is_child(ctx, token) or token.i in analysis.child_tokens(ctx)


# ---- 8. SOS302: "concerned" said by someone named is "worried" ----
def named_worrier(ctx: Context, span) -> bool:
    """"Mr Novak, the school safeguarding lead, is concerned about Dad", "Nan and the health visitor
    are concerned that…": "concerned" with a person as its subject says who is worried, as
    "worried" would; the word alone should not cost the statement (review34: 9.9 → 8.9). "There are
    concerns", "it is concerning" and "concerned" with nobody said stay vague."""
    word = span.root
    if word.lower_ != "concerned":
        return False
    verb = word.head if word.dep_ in ("acomp", "amod", "attr") else word
    if verb.lemma_.lower() != "be" and word.dep_ not in ("ROOT", "conj", "ccomp", "relcl"):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lower_ in ("who",) and verb.dep_ == "relcl":
        subject = verb.head
    people = [subject] + list(subject.conjuncts)
    professionals = set(analysis.people_words()["professionals"]) - COLLECTIVES
    return any(p.pos_ != "PRON" and p.lower_ not in COLLECTIVES and p.lemma_.lower() not in COLLECTIVES
               and (analysis.is_person(p) or p.lower_ in professionals or p.lemma_.lower() in professionals)
               or p.lower_ in ("i", "we")
               for p in people)


# Groups and places, not someone the family could ask: "Staff at the home are concerned", "School are
# concerned" (the hand-marked sets mark "concerned" as vague there).
COLLECTIVES = {"staff", "school", "schools", "professionals", "professional", "services", "service", "team", "teams",
               "nursery", "agency", "agencies", "partners", "police", "everyone", "people", "others", "workers",
               "practitioners", "council", "authority", "department", "home", "college", "hospital", "network"}


# ---- 9. SOS401: "children's" in the name of a service ----
SERVICE_NOUNS = {"care", "services", "service", "centre", "center", "team", "hospital", "ward", "home", "homes",
                 "charity", "society", "commissioner", "department", "trust", "unit", "hospice", "panel", "board",
                 "guardian", "guardians", "rights", "division", "directorate", "workforce", "society"}
SERVICE_WORDS_BETWEEN = {"social", "mental", "health", "disability", "disabilities", "safeguarding", "community",
                         "early", "help", "emergency", "residential", "services", "and", "family", "families",
                         "young", "people", "people's", "specialist"}


def a_childrens_service(tokens, i: int) -> bool:
    """Token i is "children" in "children's social care", "the children's mental health service",
    "a children's home", "children's services": the name of a service or a place, not a child. The
    words after "'s" run through words of a service's name to a service noun. (Capitalised names
    such as "Children's Services" were already left out.)"""
    token = tokens[i]
    if token.lower_ not in ("children", "child") or i + 2 >= len(tokens) or tokens[i + 1].lower_ not in ("'s", "’s"):
        return False
    for after in tokens[i + 2:i + 6]:
        word = after.lower_
        if word in SERVICE_NOUNS:
            return word != "home" or after.i == i + 2  # "a children's home"; not "the children's own home"
        if word not in SERVICE_WORDS_BETWEEN:
            return False
    return False
