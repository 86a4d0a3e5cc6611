"""Round 18 (goals18): false alarms on good goals, read on the parse (issue 11, section 3).

Compliance (SOS511) that is not:
- "agreed to" followed by a deed ("Mr Thorne has agreed to mend the fence", "you have agreed to
  change your shifts"): the deed is what is measured, and the other readings judge it on its own
  ("agreed to attend all appointments" is still flagged on "attend all appointments"). "Agree to"
  a service's thing ("agree to unannounced visits", "a referral") stays compliance:
  `agreed_to_deed`;
- a doctor, dentist or nurse seen when the child needs one ("see a doctor when she is ill"): the
  child's own care, not the adult's meeting with a service: `for_childs_need`.

Absence of harm (SOS512) that is not:
- the child's own "will not" beside what an adult of the family or network does, in the same
  sentence or the one before ("you or Grandpa Ted will take them to the lido, and they will not
  swim in the canal"): an arrangement the adults make, said from the child's side. Harm to the
  child ("go missing", "be exposed", "witness"), a misdeed said not to happen "again", and a
  "will not" with no adult deed beside it still fire: `childs_own_beside_adult`.
"""
from __future__ import annotations

from . import analysis
from .base import Context

_AGREEING = {"agree"}


def agreed_to_deed(span) -> bool:
    """Is the span only "agree(d) to" before an infinitive ("has agreed to mend the fence")?"""
    words = [t for t in span if not t.is_punct and t.dep_ not in ("advmod", "aux", "neg")]
    agree = next((t for t in words if t.lemma_.lower() in _AGREEING), None)
    if agree is None or any(t.pos_ in ("NOUN", "PROPN") for t in span):
        return False
    doc = span.doc
    to = doc[agree.i + 1] if agree.i + 1 < len(doc) else None
    if to is None or to.lower_ != "to" or to.tag_ != "TO":
        return False
    deed = to.head
    return deed.pos_ in ("VERB", "AUX") and deed.i > to.i and deed.lemma_.lower() != "be"


_NEED_MARKS = {"when", "whenever", "if"}
# Who a child is taken to see when ill or hurt (the child's own care).
_HEALTH = {"doctor", "doctors", "dentist", "gp", "nurse", "optician", "pharmacist", "physio", "physiotherapist",
           "surgery", "hospital", "clinic"}


def for_childs_need(ctx: Context, verb) -> bool:
    """A meeting with a worker set off by the child's need: "see a doctor when she is ill", "see
    the dentist whenever his tooth hurts". The when-clause is about the child (the child or a
    pronoun for the child as its subject, or the child's body: "her tooth", "his asthma"), and
    the one seen is a doctor, dentist or nurse ("meet the social worker when Leo is at school"
    is still the adult's meeting)."""
    seen = [t for c in verb.children if c.dep_ in ("dobj", "prep") for t in c.subtree
            if t.dep_ in ("dobj", "pobj", "conj")]
    if not any(t.lower_ in _HEALTH for t in seen):
        return False
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(m.dep_ in ("mark", "advmod") and m.lower_ in _NEED_MARKS
                                             for m in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        if _childs(ctx, subject):
            return True
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is not None and _childs(ctx, owner):
            return True
    return False


def _childs(ctx: Context, token) -> bool:
    if token.i in analysis.child_tokens(ctx):
        return True
    return token.lower_ in ("he", "she", "they", "his", "her", "their") and analysis.pronoun_is_child(ctx, token)


# What happens to the child rather than what the child does: these are harm not happening.
_UNDERGONE = {"have", "suffer", "experience", "sustain", "get", "receive", "endure", "face", "witness", "see",
              "hear", "be", "become", "fall", "come", "expose", "feel", "need", "lose", "go"}
_AGAIN = {"again", "anymore"}
_WILL = {"will", "wo", "'ll", "shall"}


def _will_not_verb(span):
    """The verb a "will not" span belongs to ("will not open the door": "open")."""
    verb = span.root
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ not in ("aux", "auxpass", "neg") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb


def _child_subject(ctx: Context, subject) -> bool:
    from .parts.common import addressed_child

    if subject.lower_ == "you":
        return addressed_child(ctx)
    if subject.lower_ == "they":
        return _they_are_children(ctx, subject)
    if subject.pos_ == "PRON":
        return subject.lower_ in ("he", "she") and analysis.pronoun_is_child(ctx, subject)
    if _one_spoken_to(ctx, subject):
        return False  # round 36 (review35w W#7): "Grace and Will, you will …. Grace will not drink"
    return subject.i in analysis.child_tokens(ctx) and subject.i not in analysis.adult_tokens(ctx)


def _one_spoken_to(ctx: Context, subject) -> bool:
    """Round 36 (review35w W#7): the subject is one of the names a goal opens by speaking to, where
    "you" follows and the goal is not written to a child ("Grace and Will, you will …"): "you" is
    then those adults, so "Grace will not drink alcohol" is an adult's "will not", whatever the
    people reading made of a name that is also a word. A goal written to its one child ("Ellie, you
    will tell Mum …") keeps the child."""
    from .alarms30 import addressed
    from .parts.common import addressed_child

    names = addressed(ctx)
    if not names or subject.lower_ not in names or addressed_child(ctx):
        return False
    first = ctx.sentences[0] if ctx.sentences else None
    return first is not None and any(t.lower_ in ("you", "your") for t in first)


def _they_are_children(ctx: Context, pronoun) -> bool:
    """"They" points back to the nearest group of people: a plural ("the boys", "the twins") or
    names joined by "and" ("River and Marley"); "you or Grandpa Ted" is one person or the other."""
    children, adults = analysis.child_tokens(ctx), analysis.adult_tokens(ctx)
    for t in reversed(ctx.doc[max(0, pronoun.i - 40): pronoun.i]):
        if t.pos_ == "PRON" or not (t.i in children or t.i in adults or analysis.is_person(t)):
            continue
        joined = any(c.dep_ == "conj" for c in t.children) and any(
            c.dep_ == "cc" and c.lower_ == "and" for c in t.children)
        if t.tag_ in ("NNS", "NNPS") or joined:
            return t.i in children and t.i not in adults
    return False


def childs_own_beside_adult(ctx: Context, span) -> bool:
    """The child's own "will not" ("they will not swim in the canal") with an adult's deed in the
    same sentence or the one before ("you or Grandpa Ted will take them to the lido")."""
    verb = _will_not_verb(span)
    children = {c.dep_: c for c in verb.children}
    if verb.pos_ != "VERB" or "neg" not in children or "auxpass" in children or "nsubjpass" in children:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _WILL and c.i < verb.i for c in verb.children):
        return False
    if verb.lemma_.lower() in _UNDERGONE or any(t.lower_ in _AGAIN or (t.lower_ == "more" and t.i > verb.i)
                                                for t in verb.subtree):
        return False
    subject = children.get("nsubj")
    if subject is None or not _child_subject(ctx, subject):
        return False
    sentence = verb.sent
    before = next((s for s in ctx.sentences if s.end == sentence.start), None)
    places = [t for t in sentence if t.i != verb.i] + (list(before) if before is not None else [])
    # another person's deed: a name the people reader took both ways ("Dawn will make positive changes
    # … Dawn will not drink alcohol", words_dev bw-d08) is the same person, not an adult beside the child
    return any(_adult_deed(ctx, t, subject) for t in places)


def _adult_deed(ctx: Context, deed, child=None) -> bool:
    """What an adult of the family or network will do: a verb with "will", not negated, not a
    state, a promise, a service's deed or obedience."""
    from .goal_words import _SURE, _a_service_word, _adult_doer, _still_absent
    from .goals16 import obedience

    if deed.pos_ != "VERB" or any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in deed.children):
        return False
    modal = next((m for m in deed.children if m.tag_ == "MD" and m.i < deed.i), None)
    if modal is None or modal.lower_ not in _WILL:
        return False
    lemma = deed.lemma_.lower()
    if lemma in set(analysis.people_words()["stative_verbs"]) or lemma in _SURE or _still_absent(deed) \
            or obedience(ctx, deed):
        return False
    if any(_a_service_word(c) for c in deed.children if c.dep_ in ("dobj", "dative")):
        return False
    doers = list(analysis._subjects(deed))
    if not doers and modal.i > 0:
        before = ctx.doc[modal.i - 1]
        if before.lower_ == "you" or (before.pos_ == "PROPN" and analysis.is_person(before)):
            doers = [before]  # "… you or Grandpa Ted will take them": the parser hung the names elsewhere
    from .parts.common import addressed_child

    return any(_adult_doer(ctx, s, deed, deed) and not (s.lower_ == "you" and addressed_child(ctx))
               and not (child is not None and s.lower_ == child.lower_) for s in doers)


# ---------------------------------------------------------------------------------------------
# Vague words (SOS302) that are not:
# - harm to a person in the goal's "If this doesn't happen" sentence ("you could be badly harmed by
#   people who should love you"): the future danger a goal closes with, as in a worry's future part
#   (vague_impacts already leaves that alone). An effect on a part of a life ("her education will be
#   badly affected") is still vague: `harm_in_if_not`;
# - a pair of states ("safe and happy", "happy and settled") that sums up a goal whose other
#   sentences give an everyday deed of the adults ("Uncle Dev or Pam will sit with Riya"):
#   the deeds say what the words mean. Alone, or beside compliance only, it still fires:
#   `state_summed_up`; a care aim ("be well cared for", "be a child") beside two deeds: `care_aim_met`.
_HARMED = {"harm", "hurt", "damage", "injure", "traumatise", "traumatize", "scar", "abuse"}


def harm_in_if_not(ctx: Context, verb) -> bool:
    from .compliance_words import _in_if_not

    if ctx.kind != "goal" or not _in_if_not(verb) or verb.lemma_.lower() not in _HARMED:
        return False
    if not any(t.lower_ in ("could", "might", "may", "will", "would") for t in verb.sent if t.i < verb.i):
        return False
    subject = analysis.subject_of(verb, through=("conj", "xcomp"), steps=4)
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in ("you", "he", "she", "they", "i", "we")
    return subject.i in analysis.child_tokens(ctx) or analysis.is_person(subject)


def state_summed_up(ctx: Context, span) -> bool:
    if ctx.kind != "goal" or len(span) < 3:
        return False
    words = [t for t in span if not t.is_punct]
    if not all(t.pos_ in ("ADJ", "CCONJ", "VERB") for t in words) or not any(t.pos_ == "CCONJ" for t in words) \
            or sum(t.pos_ in ("ADJ", "VERB") for t in words) < 2:
        return False
    return deeds_elsewhere(ctx, span) >= 1


def deeds_elsewhere(ctx: Context, span) -> int:
    """How many everyday deeds of the adults (not negated) the goal gives outside the span's sentence."""
    from .parts import adult_actions

    sentence = span.sent
    return len({a.verb.i for a in adult_actions(ctx) if not a.negated and _promised_deed(a.verb)
                and not (sentence.start <= a.verb.i < sentence.end)})


_NOT_DOING = {"not", "n't", "never", "longer", "no"}


def _promised_deed(verb) -> bool:
    """A deed the goal promises: with "will", "can" or "shall" (on it or on the verb it is joined
    to), and not said not to happen ("will no longer rely on Chloe")."""
    carrier = verb
    for _ in range(3):
        if any(c.tag_ == "MD" and c.lower_ in ("will", "wo", "'ll", "can", "shall") for c in carrier.children):
            break
        if carrier.dep_ not in ("conj", "xcomp") or carrier.head.i == carrier.i:
            return False
        carrier = carrier.head
    else:
        return False
    return not any(t.lower_ in _NOT_DOING for c in verb.children if c.dep_ in ("neg", "advmod", "dobj")
                   for t in c.subtree)


def care_aim_met(ctx: Context, span) -> bool:
    """"Coral will be well cared for", "Ruby can be a child", in a goal whose other sentences give at
    least two everyday deeds of the adults: the aim those deeds meet. Alone it still fires."""
    return ctx.kind == "goal" and deeds_elsewhere(ctx, span) >= 2
