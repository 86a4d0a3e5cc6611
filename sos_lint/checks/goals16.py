"""Round 16 (goals16): compliance and absence of harm, read on the parse, class by class.

Compliance (SOS511), a deed done for or in front of a service rather than for the child:
- a meeting with, or help sought from, a professional ("meet with the probation officer", "seek
  advice from the health visitor", "ask her midwife for help");
- proof produced for a service ("provide clean tests", "give negative urine samples");
- a service's paper followed ("follow his behaviour contract", "keep to his bail conditions");
- a service's measure said to improve ("attendance and punctuality to improve");
- a compliant state ("remain concordant with her medication", "stay compliant").

Absence of harm (SOS512), nothing anyone can see happen:
- a "will not" whose only companion is obedience to a service ("will not let Kai work and will
  adhere to the law"): see `obedience`, read by goal_words.alternative_follows too;
- a verbless "No …" line ("No missed doses.", "No further incidents.");
- contact said not to be had ("will not have any further contact", "have no unsupervised contact").

False alarms:
- "the children" when two or more children are named (joined by "and" to a child): `children_named`;
- "the children's diabetes nurse": whom a job serves (`childrens_job`);
- a passive in what a "will not" keeps from the child ("will not hand them to the elders to be
  strapped"): `refused_harm_passive`.
"""
from __future__ import annotations

from . import analysis, goals18
from .base import Context
from .compliance_words import _in_if_not, _negated, _network_subject, _serviceish
from .goals15 import _in_trigger, _pobjs, _subject
from .word_context import quoted


def _skip(ctx: Context, token) -> bool:
    return _in_if_not(token) or quoted(ctx.doc[token.i:token.i + 1]) or _in_trigger(token)


def _worker(ctx: Context, token) -> bool:
    """A professional or a service, never the child or the family."""
    if token.i in analysis.child_tokens(ctx):
        return False
    family = set(analysis.people_words()["family"])
    if token.lower_ in family or token.lemma_.lower() in family:
        return False
    if any(c.dep_ == "appos" and analysis.is_name(c) for c in token.children) and not _serviceish(ctx, token):
        return False
    return _serviceish(ctx, token)


def _by_worker(ctx: Context, verb) -> bool:
    subject = _subject(verb)
    return subject is not None and _worker(ctx, subject)


# ---------------------------------------------------------------------------------------------
# C16a: a meeting with, or help sought from, a professional.
_MEETING = {"meet", "see", "consult", "visit"}
_SEEKING = {"seek", "request", "obtain", "get", "ask", "accept", "receive"}
_HELP = {"help", "support", "advice", "guidance", "assistance", "input"}


def _for_the_child(ctx: Context, verb) -> bool:
    """The meeting is the child's own care: "take Leo to see the GP", "bring her to see the
    dentist", where the child taken is the one who sees the worker."""
    if verb.dep_ not in ("advcl", "xcomp", "ccomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    taker = verb.head
    return any(c.dep_ in ("dobj", "dative") and (c.i in analysis.child_tokens(ctx) or (
        c.pos_ == "PRON" and analysis.pronoun_is_child(ctx, c))) for c in taker.children)


def meeting_spans(ctx: Context) -> list:
    """"Meet with the probation officer", "consult his GP", "seek advice from the health visitor",
    "ask her midwife for help": being in front of a worker, set as the adult's deed."""
    doc, found = ctx.doc, []
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in _MEETING | _SEEKING or _negated(verb) or _skip(ctx, verb):
            continue
        if _by_worker(ctx, verb) or _network_subject(ctx, verb):
            continue  # the worker's own visit, or the network's way of knowing
        subject = _subject(verb)
        if subject is not None and (subject.i in analysis.child_tokens(ctx)
                                    or (subject.pos_ == "PRON" and analysis.pronoun_is_child(ctx, subject))):
            continue
        if _for_the_child(ctx, verb):
            continue  # "take her to the dental clinic to see the dentist": the child's own care
        if goals18.for_childs_need(ctx, verb):
            continue  # Round 18: "see a doctor when she is ill": set off by the child's need
        if lemma in _MEETING:
            targets = [c for c in verb.children if c.dep_ == "dobj"] + _pobjs(verb, ("with",))
            target = next((t for t in targets if _worker(ctx, t)), None)
            if target is not None:
                found.append(doc[verb.i:target.i + 1])
            continue
        helps = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _HELP]
        if lemma == "ask":
            asked = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and _worker(ctx, c)), None)
            wanted = next((o for o in _pobjs(verb, ("for",)) if o.lemma_.lower() in _HELP), None)
            if asked is not None and wanted is not None:
                found.append(doc[verb.i:wanted.i + 1])
            continue
        for help_ in helps:
            givers = _pobjs(verb, ("from",)) + _pobjs(help_, ("from",))
            giver = next((g for g in givers if _worker(ctx, g)), None)
            if giver is not None:
                found.append(doc[verb.i:giver.i + 1])
                break
    return found


# C16b: proof produced for a service.
_PRODUCING = {"provide", "give", "produce", "submit", "supply", "return", "hand", "deliver", "continue"}
_PROOF = {"test", "sample", "screen", "screening", "specimen", "result"}
_PROOF_KINDS = {"clean", "negative", "clear", "urine", "hair", "strand", "drug", "drugs", "breath", "saliva", "blood",
                "alcohol", "random", "toxicology", "mouth", "swab", "oral"}


def _proof(token) -> bool:
    if token.lemma_.lower() not in _PROOF and token.lower_ not in ("tests", "samples", "screens"):
        return False
    return any(t.lower_ in _PROOF_KINDS for t in token.subtree if t.i < token.i)


def proof_spans(ctx: Context) -> list:
    """"Provide clean tests", "give negative urine samples", "submit to random breath tests": a
    sample or result exists only for the worker who reads it."""
    doc, found = ctx.doc, []
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _PRODUCING or _negated(verb) or _skip(ctx, verb):
            continue
        things = [c for c in verb.children if c.dep_ in ("dobj", "xcomp")] + _pobjs(verb, ("to",))
        if verb.lemma_.lower() == "continue":
            things = [c for c in things if c.tag_ == "VBG"]
            things = [d for c in things for d in c.children if d.dep_ == "dobj"]
        thing = next((t for t in things if _proof(t)), None)
        if thing is not None:
            found.append(doc[verb.i:thing.i + 1])
    return found


# C16c: a service's paper followed.
_OBEYING_A_PAPER = {"follow", "keep", "stick", "abide", "adhere", "respect", "obey", "honour", "honor", "observe",
                    "comply"}
_PAPERS = {"contract", "agreement", "condition", "conditions", "licence", "license", "bail", "order", "injunction",
           "term", "terms", "recommendation", "requirement", "undertaking"}


def paper_spans(ctx: Context) -> list:
    """"Follow his behaviour contract", "stick to the written agreement", "keep to his bail
    conditions", "respect the terms of the order": obeying a document, not everyday care."""
    doc, found = ctx.doc, []
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in _OBEYING_A_PAPER or _negated(verb) or _skip(ctx, verb):
            continue
        if lemma == "keep":
            papers = _pobjs(verb, ("to",))
        else:
            papers = [c for c in verb.children if c.dep_ == "dobj"] + _pobjs(verb, ("to", "by", "with"))
        paper = next((p for p in papers if p.lemma_.lower() in _PAPERS or p.lower_ in _PAPERS), None)
        if paper is None:
            continue
        if paper.lemma_.lower() in ("order", "term") and not any(
                t.lower_ in ("court", "molestation", "protection", "occupation", "prohibited", "supervision", "care",
                             "order", "injunction", "bail", "licence", "agreement", "contract")
                for t in paper.subtree if t.i != paper.i):
            continue  # "keep the toys in order", "in the short term"
        found.append(doc[verb.i:paper.i + 1])
    return found


# C16d: a service's measure said to improve.
_MEASURES = {"attendance", "punctuality", "timekeeping", "engagement", "compliance", "cooperation", "co-operation",
             "concordance", "uptake", "adherence"}
_RISING = {"improve", "increase", "rise", "grow", "continue", "get"}


def measure_spans(ctx: Context) -> list:
    """"Sunny's attendance and punctuality to improve to 95%", "engagement will increase": a
    figure a service keeps, set as the goal."""
    doc, found = ctx.doc, []
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if lemma not in _RISING or verb.pos_ not in ("VERB", "AUX") or _negated(verb) or _skip(ctx, verb):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
            subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            subject = verb.head  # "Sunny's attendance and punctuality to improve to 95%": the house style's fragment
        if subject is None:
            continue
        nouns = [subject] + list(subject.conjuncts)
        if not any(n.lemma_.lower() in _MEASURES or n.lower_ in _MEASURES for n in nouns):
            continue
        if lemma in ("continue", "get") and not any(c.dep_ in ("xcomp", "acomp") and c.lemma_.lower() in (
                "improve", "increase", "rise", "better") for c in verb.children):
            continue
        start = min(t.i for t in subject.subtree if t.dep_ not in ("poss", "case", "det") and not (
            t.i < subject.i and (analysis.is_name(t) or t.pos_ == "PROPN" or t.dep_ == "poss")))
        found.append(doc[max(start, subject.i if start > subject.i else start):verb.i + 1])
    return found


# C16e: a compliant state.
_COMPLIANT = {"concordant", "compliant", "adherent", "cooperative", "co-operative", "obedient", "non-compliant"}
_BEING = {"be", "remain", "stay", "become", "keep"}


def compliant_spans(ctx: Context) -> list:
    """"Remain concordant with her mood stabiliser", "stay compliant", "be fully cooperative with
    professionals": obedience said as a state, not what the adult does."""
    doc, found = ctx.doc, []
    for word in ctx.tokens:
        text = word.lower_
        if text == "operative" and word.i >= 2 and doc[word.i - 1].text in ("-", "‑") and doc[word.i - 2].lower_ == "co":
            text = "co-operative"
        if text not in _COMPLIANT or _skip(ctx, word):
            continue
        head = word
        while head.dep_ in ("amod", "advmod", "conj", "acomp", "oprd", "xcomp", "attr") and head.head.i != head.i \
                and head.lemma_.lower() not in _BEING:
            head = head.head
            if head.lemma_.lower() in _BEING:
                break
        if head.lemma_.lower() not in _BEING or head.i > word.i:
            continue
        first = word.i - 2 if text == "co-operative" and word.lower_ == "operative" else word.i
        found.append(doc[head.i:word.i + 1] if first >= head.i else doc[head.i:word.i + 1])
    return found


def compliance_spans(ctx: Context) -> list:
    """Every round-16 reading of compliance, for SOS511."""
    if ctx.kind != "goal":
        return []
    return ctx.memo("goals16:compliance", lambda: (
        meeting_spans(ctx) + proof_spans(ctx) + paper_spans(ctx) + measure_spans(ctx) + compliant_spans(ctx)))


# ---------------------------------------------------------------------------------------------
# A16a: obedience is no alternative.
_OBEYING = {"adhere", "comply", "abide", "cooperate", "co-operate", "engage", "attend", "conform", "submit", "accept"}


def obedience(ctx: Context, verb) -> bool:
    """Is this act obedience to a service ("will adhere to the law", "will engage with the alcohol
    service", "will comply with the plan", "attend his appointments")? It is no alternative to a
    "will not": nothing at home is done instead."""
    lemma = verb.lemma_.lower()
    doc = verb.doc
    if (lemma == "operate" and verb.i >= 2 and doc[verb.i - 2].lower_ == "co") or (
            verb.lower_ == "co" and verb.i + 2 < len(doc) and doc[verb.i + 2].lower_.startswith("operat")):
        lemma = "co-operate"
    if lemma in _OBEYING:
        return True
    return any(verb.i in range(span.start, span.end) for span in compliance_spans(ctx))


def obeyed_will_nots(ctx: Context) -> list:
    """"Father will not allow Joe to work and will adhere to the law": a "will not" of an adult
    whose only joined act is obedience to a service, and whose next sentence gives that adult no
    everyday act. The structure rule's alternative test then reads the rest."""
    from .parts.actions import adult_actions

    doc, found = ctx.doc, []
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or _skip(ctx, verb):
            continue
        neg = [c for c in verb.children if c.dep_ == "neg"]
        modal = [c for c in verb.children if c.tag_ == "MD" and c.i < verb.i]
        if not neg or not modal:
            continue
        joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        if not joined or not all(obedience(ctx, j) for j in joined):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        words = analysis.people_words()
        if subject is None or not (analysis.is_person(subject) or subject.pos_ in ("PROPN",)
                                   or subject.lower_ in words["family"] or subject.lower_ in words["caregivers"]) \
                or subject.i in analysis.child_tokens(ctx):
            continue
        following = next((s for s in ctx.sentences if s.start == verb.sent.end), None)
        if following is not None and any(a.sentence == following and not obedience(ctx, a.verb)
                                         and a.subject.lower_ == subject.lower_ for a in adult_actions(ctx)):
            continue
        found.append(doc[min(t.i for t in modal + neg):verb.i + 1])
    return found


# A16b: a verbless "No …" line.
_AMOUNT = {"more", "less", "fewer", "later", "earlier", "longer", "sooner", "matter", "cost", "charge"}


def no_line_spans(ctx: Context) -> list:
    """"No missed doses.", "No further incidents.", "No police call-outs this term.": the absence
    of a lapse or of harm as a line of its own, with no deed in it."""
    doc, found = ctx.doc, []
    for sentence in ctx.sentences:
        first = sentence[0]
        if first.lower_ != "no" or len(sentence) < 2 or _in_if_not(first) or quoted(sentence):
            continue
        second = doc[first.i + 1]
        if second.lower_ in _AMOUNT and (second.lower_ in ("matter", "cost", "charge") or any(
                t.lower_ == "than" for t in sentence[2:4])):
            continue
        if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound", "acl") and t.tag_ != "VBN"
               for t in sentence):
            continue  # "No problem is too small": a sentence with a verb says something else
        if any(t.pos_ == "VERB" and t.dep_ == "ROOT" for t in sentence):
            continue
        noun = first.head if first.head.pos_ in ("NOUN", "PROPN") else None
        if noun is None:
            noun = next((t for t in sentence if t.pos_ in ("NOUN", "PROPN") and t.i > first.i), None)
        if noun is None:
            continue
        found.append(doc[first.i:noun.i + 1])
    return found


# A16c: contact not had.
_CONTACT = {"contact", "access", "communication"}


def no_contact_spans(ctx: Context) -> list:
    """"Will not have any further contact with", "have no unsupervised contact" (under "ensure
    that"), "is not to have any contact": the absence of a meeting, with nothing anyone does."""
    doc, found = ctx.doc, []
    for contact in ctx.tokens:
        if contact.lemma_.lower() not in _CONTACT or contact.dep_ != "dobj" or contact.head.lemma_.lower() != "have":
            continue
        have = contact.head
        if _skip(ctx, have):
            continue
        no = next((c for c in contact.children if c.dep_ in ("det", "neg") and c.lower_ == "no"), None)
        negs = [c for c in have.children if c.dep_ == "neg"]
        walk = have
        while not negs and walk.dep_ in ("xcomp",) and walk.head.i != walk.i:
            walk = walk.head
            negs = [c for c in walk.children if c.dep_ == "neg"]
        longer = any(c.lower_ == "longer" for c in have.children if c.dep_ == "advmod")
        if no is None and not negs and not longer:
            continue
        start = min([t.i for t in negs] + [c.i for c in have.children if c.dep_ == "aux" and c.i < have.i
                                           and (negs or longer)] + [have.i])
        found.append(doc[start:contact.i + 1])
    return found


# A16d: a past act said not to happen again.
_NOT_DEEDS = {"be", "have", "need", "feel", "happen", "worry", "get", "know", "miss", "go"}
_SAME_ONE = {"he", "she", "they", "you", "i", "we"}


def _deed_next(ctx: Context, verb, subject) -> bool:
    """The next sentence gives the same person an act, or sets the scene for one ("When he feels
    angry, he will go to his brother's"; "Instead, …")."""
    from .parts.actions import adult_actions

    following = next((s for s in ctx.sentences if s.start == verb.sent.end), None)
    if following is None:
        return False
    if following[0].lower_ in ("instead", "when", "whenever", "if", "on", "then"):
        return True
    return any(a.sentence == following and not obedience(ctx, a.verb)
               and (a.subject.lower_ == subject.lower_ or a.subject.lower_ in _SAME_ONE) for a in adult_actions(ctx))


def not_again_spans(ctx: Context) -> list:
    """"Blessing will not shoplift again", "Dad will never hit Mum again": a past act said not to
    happen again, with no act instead in the next sentence (the structure rule reads the same
    sentence). Being, having and feeling ("will not be late again", "not have to worry") are the
    child's side, not a deed refused."""
    doc, found = ctx.doc, []
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in _NOT_DEEDS or _skip(ctx, verb):
            continue
        # A "not" after the verb sets off what it is not ("…to be a girl of ten again, not the one
        # looking after you"): a contrast, not the deed refused.
        negs = [c for c in verb.children if (c.dep_ == "neg" or c.lower_ == "never") and c.i < verb.i]
        if not negs or not any(t.lower_ == "again" and (t.head.i == verb.i or (
                t.head.dep_ in ("ccomp", "xcomp") and t.head.head.i == verb.i)) for t in verb.subtree if t.i > verb.i):
            continue
        subject = _subject(verb)
        if subject is None or _deed_next(ctx, verb, subject):
            continue
        modal = [c.i for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
        found.append(doc[min(modal + [t.i for t in negs]):verb.i + 1])
    return found


def absence_spans(ctx: Context) -> list:
    """Every round-16 reading of absence of harm, for SOS512."""
    if ctx.kind != "goal":
        return []
    return ctx.memo("goals16:absence", lambda: (
        obeyed_will_nots(ctx) + no_line_spans(ctx) + no_contact_spans(ctx) + not_again_spans(ctx)))


# ---------------------------------------------------------------------------------------------
# False alarms.
def children_named(ctx: Context) -> bool:
    """Two or more children named: the children found, and names joined by "and" to one of them
    ("Storm and Summer", "Patience and Eli")."""
    def compute():
        children = analysis.child_tokens(ctx)
        named = {ctx.doc[i].lower_ for i in children if ctx.doc[i].pos_ == "PROPN" or analysis.is_name(ctx.doc[i])}
        family = set(analysis.people_words()["family"])
        for i in children:
            for other in ctx.doc[i].conjuncts:
                if other.i in analysis.adult_tokens(ctx) or other.lower_ in family or _serviceish(ctx, other):
                    continue
                if other.pos_ == "PROPN" or analysis.is_name(other):
                    named.add(other.lower_)
        return len(named) >= 2
    return ctx.memo("goals16:children_named", compute)


_JOB_HEADS = {"nurse", "doctor", "consultant", "dietitian", "dietician", "physiotherapist", "therapist", "worker",
              "psychologist", "psychiatrist", "paediatrician", "specialist", "practitioner", "guardian", "advocate",
              "officer", "manager", "coordinator", "co-ordinator", "lead", "surgeon", "midwife", "nurses", "doctors"}


def childrens_job(span) -> bool:
    """"The children's diabetes nurse", "the children's community nurse": a job title saying
    whom the job serves. "The children's father" and "the children's bedroom" are not jobs."""
    doc = span.doc
    if span[-1].lower_ not in ("children", "people") or span.end >= len(doc) or doc[span.end].lower_ not in ("'s", "’s", "'", "’"):
        return False
    for token in doc[span.end + 1: min(len(doc), span.end + 5)]:
        if token.lower_ in _JOB_HEADS:
            return True
        if not ((token.pos_ in ("NOUN", "ADJ", "PROPN") or token.tag_ == "VBG") and token.is_alpha):
            return False
    return False


_HANDING_OVER = {"hand", "send", "take", "give", "leave", "pass", "bring", "let"}


def refused_harm_passive(verb) -> bool:
    """"You will not hand them to the elders to be strapped", "will not send Leo to his uncle's to
    be punished": the passive is what the refused act would have let happen, and the "will not"
    is the adult's promise; nobody is hidden."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ not in ("advcl", "xcomp", "ccomp", "relcl", "pcomp", "acl"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    refused = verb.head
    for _ in range(3):  # "send Leo to his uncle's to be punished", "leave Kai at the flat to be watched":
        if refused.pos_ == "VERB" or refused.head.i == refused.i:  # the parse may hang it on a place
            break
        refused = refused.head
    return refused.pos_ == "VERB" and refused.lemma_.lower() in _HANDING_OVER and any(
        c.dep_ == "neg" or c.lower_ == "never" for c in refused.children)
