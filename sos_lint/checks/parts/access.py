"""Not engaging with services, read apart from what the adults do to the child (classes9.md P6
and P7; DOMAIN.md: a professional's visit is not an adult's behaviour): not letting professionals
in or near the child, not answering to them, keeping the child from them, missing or moving their
visits. In a worry this is non-engagement, not behaviour; in a goal, compliance, not an everyday
action."""
from __future__ import annotations

from .. import analysis
from ..base import Context
from .common import _an_organisation, _means_professional, _parts_words, clauses_above, is_institution

_ACCESS = {"see", "visit", "check", "speak", "talk", "meet", "come", "enter", "look", "in", "into"}


def keeps_professionals_out(ctx: Context, verb, professionals: set) -> bool:
    """Not letting professionals in or near the child is not engaging with them, not behaviour
    towards the child (DOMAIN.md): "has not let anyone see Hope since then", "refused to let her see
    Rio's bedroom when she called", "would not open the door to the health visitor", "has refused
    access to the flat", "answer your phone". Also the seeing inside such a "let" ("her see")."""
    node = verb
    for _ in range(3):
        if node.lemma_.lower() in ("let", "allow", "permit") and _lets_a_professional_near(ctx, node, professionals):
            return True
        if node.dep_ not in ("ccomp", "xcomp", "advcl") or node.head.i == node.i:
            break
        node = node.head  # the seeing inside the "let" ("let her see Rio's bedroom when she called")
    lemma = verb.lemma_.lower()
    appointments = set(_parts_words()["appointments"])
    if lemma in ("stop", "refuse", "keep", "start", "continue") and any(
            c.dep_ == "xcomp" and (keeps_professionals_out(ctx, c, professionals) or any(
                o.dep_ == "dobj" and o.lower_ in appointments for o in c.children) or _to_a_service(c))
            for c in verb.children):
        return True  # "have stopped answering calls from the school", "keeps rearranging her visits"
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma == "make" and any(t.lower_ == "available" and t.dep_ in ("oprd", "ccomp", "acomp", "xcomp")
                               for c in verb.children for t in (c, *c.children)):
        return True  # "has not made Kai available to be seen", "make yourself available for visits"
    if lemma in ("keep", "have", "leave", "charge") and any(o.lemma_.lower() == "phone" for o in objects) and any(
            _a_professional(ctx, t, professionals) for t in verb.sent):
        return True  # "keep your phone on so the social worker can reach you"
    if lemma in ("refuse", "deny", "block", "prevent") and any(o.lemma_.lower() in ("access", "entry") for o in objects):
        return True
    if _turns_down_a_service(ctx, verb, objects, professionals):
        return True  # "turned down the offer of CAMHS", "has declined the referral", "cancelled the visit"
    children = analysis.child_tokens(ctx)
    answering = lemma in ("open", "answer", "return", "pick") and any(
        o.lemma_.lower() in ("door", "phone", "call", "text", "message", "email") for o in objects)
    if lemma == "pick" and not objects and any(c.lower_ == "up" for c in verb.children) and not any(
            c.dep_ == "auxpass" for c in verb.children) and _when_professionals_come(ctx, verb, professionals):
        return True  # "pick up when the social worker calls": the phone left unsaid
    if _to_a_service(verb) and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("stop", "refuse"):
        return True  # "has stopped taking Ben to his check-ups" (not taking him to the dentist is neglect of his teeth)
    if lemma == "ignore" and any(o.lemma_.lower() in ("letter", "call", "text", "message", "email", "voicemail")
                                 for o in objects):
        return True  # "has ignored three letters from the school"
    if answering:
        about = {t.i for p in verb.subtree if p.dep_ == "prep" and p.lower_ in ("about", "regarding")
                 for t in p.subtree}
        if any(t.i in children and t.i not in about for t in verb.subtree):
            return False  # "would not open the door to Kai when he came home" is what Kai met
        return any(_a_professional(ctx, t, professionals)
                   or t.lemma_.lower() in ("visit", "appointment", "worker", "professional") for t in verb.sent)
    if lemma in ("hide", "keep", "send", "take", "turn", "shut") and _when_professionals_come(ctx, verb, professionals):
        return True  # "hides Kai when professionals call round", "turns her away when she visits"
    if lemma in ("turn", "send", "shut") and any(c.lower_ in ("away", "out") for c in verb.children) and any(
            _a_professional(ctx, o, professionals) for o in objects):
        return True  # "turned the health visitor away at the door"
    return False


# What a service offers a family: turning it down is not engaging (classes9.md P7).
_OFFERED = {"offer", "referral", "help", "support", "service", "services", "place", "treatment", "therapy",
            "counselling", "course", "programme", "session", "sessions", "appointment", "appointments", "visit",
            "visits", "assessment", "check", "checks", "meeting", "meetings", "plan", "advice", "input"}


def _turns_down_a_service(ctx: Context, verb, objects: list, professionals: set) -> bool:
    """"Dad turned down the offer of CAMHS for Noah", "Mum has declined the referral to Early Help",
    "refused any support", "cancelled the home visit": a service, an offer of one or a
    professional turned down. Not "turned the music down", "refused to feed Leo" (a clause, not a
    service) or "cancelled Leo's party"."""
    lemma = verb.lemma_.lower()
    if lemma == "turn":
        if not any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children):
            return False
    elif lemma not in ("decline", "refuse", "reject", "cancel", "rebuff", "spurn"):
        return False
    for thing in objects:
        named = [thing] + [g for p in thing.children if p.dep_ == "prep" and p.lower_ in ("of", "from", "to", "with")
                           for g in p.children if g.dep_ == "pobj"]
        if any(t.lemma_.lower() in _OFFERED or t.lower_ in _OFFERED or _a_professional(ctx, t, professionals)
               for t in named):
            return True
    return False


# Where a service watches how the child is doing (not treatment: the dentist or the GP for toothache is care).
_SERVICE_PLACES = {"clinic", "appointment", "appointments", "check", "checks", "session", "sessions", "check-up",
                   "check-ups", "weigh-in", "weigh-ins"}


def _to_a_service(verb) -> bool:
    """"stopped bringing Ivy to the clinic", "keeps taking him to his check-ups late": bringing the
    child to a health service is keeping to the plan, so stopping it is not engaging (classes9.md P7)."""
    if verb.lemma_.lower() not in ("bring", "take"):
        return False
    return any(t.lemma_.lower() in _SERVICE_PLACES or t.lower_ in _SERVICE_PLACES
               for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"
               for t in g.subtree if t.i <= g.i)  # "to his check-ups", split at the hyphen


def _a_professional(ctx: Context, token, professionals: set) -> bool:
    """A professional or a service, by word, by name or by a pronoun pointing back to one."""
    return token.lower_ in professionals or token.lemma_.lower() in professionals or is_institution(token) \
        or _an_organisation(token) or _means_professional(ctx, token, professionals)


def _when_professionals_come(ctx: Context, verb, professionals: set) -> bool:
    """A when-clause in which a professional visits or calls ("when the social worker visits",
    "whenever professionals call round")."""
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if not any(m.lower_ in ("when", "whenever", "if") for m in clause.children):
            continue
        if clause.lemma_.lower() not in ("visit", "call", "come", "arrive", "knock", "pop", "ring"):
            continue
        if any(c.dep_ == "nsubj" and _a_professional(ctx, c, professionals) for c in clause.children):
            return True
    return False


_NOBODY_IN_PARTICULAR = {"anyone", "anybody", "nobody", "no-one", "noone", "someone", "somebody", "professionals",
                         "workers", "staff"}


def _lets_a_professional_near(ctx: Context, let, professionals: set) -> bool:
    """"let anyone see Hope", "let the health visitor in", "let her see Ola" (her, the health
    visitor): a professional, or anyone at all, let in or near the child. Letting a partner come
    round, or Nan let herself in, is the family's own doing."""
    access = [c for c in let.children if c.dep_ in ("ccomp", "xcomp", "prt", "advmod", "prep")
              and c.lemma_.lower() in _ACCESS]
    if not access:
        return False
    letees = [c for c in let.children if c.dep_ == "dobj"] + [
        g for c in access for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    letting = {c.i for node in (let, *clauses_above(let)) for c in node.children if c.dep_ == "nsubj"}
    jobs = {"worker", "visitor", "nurse", "officer", "teacher", "professional"}
    adults = analysis.adult_tokens(ctx)
    for t in letees:
        if t.lower_ not in ("she", "her", "he", "him", "they", "them") or analysis.pronoun_is_child(ctx, t):
            continue
        # The nearest person before the pronoun, the one doing the letting aside: "The family support
        # worker is worried that Mum refused to let her see…" (her, the worker; not "lets him stay", him Gaz).
        female = t.lower_ in ("she", "her")
        for w in reversed(ctx.doc[max(0, t.i - 40): t.i]):
            if w.i in letting or (female and w.lower_ in analysis._MALE) or (
                    t.lower_ in ("he", "him") and w.lower_ in analysis._FEMALE):
                continue
            if w.lower_ in professionals or w.lemma_.lower() in professionals | jobs:
                return True
            if w.i in adults:
                break
    return any(t.lower_ in _NOBODY_IN_PARTICULAR or t.lower_ in professionals or t.lemma_.lower() in professionals
               or is_institution(t) or _means_professional(ctx, t, professionals)
               or " ".join(w.lower_ for w in t.subtree if w.dep_ in ("compound", "amod") or w.i == t.i) in professionals
               for t in letees)
