"""What an adult in the family did, read from the parse where the model hides the doer (issue 11 §5,
round 17): the reading is of who is the subject or agent of a verb of doing, not of phrases.

- The doer of a passive named after "by", when the model hangs "by …" on the verb's complement:
  "Sage was asked to leave the family home by Mum" (the agent is Mum's, not the leaving's).
- A "he" or "she" that cannot be the child, because the same clause speaks of the child by the
  other pronoun: "When Grace told her dad that night, he took her phone off her".
- An order given to the child, said with a verb of saying: "Mr and Mrs Hussain insist Yusuf fasts"
  (the child made to do something now), unlike "Mum insists Yusuf fell" (an account of the past)
  or "Dad insists Sonny is fine" (a claim about a state).
- An adult the model ran into a heading before the verb: "Duty contact 14:20 — anon caller states
  stepdad makes Sonny stand in the hall" (the subject parsed as "contact").
"""
from __future__ import annotations

from .. import analysis
from ..base import Context

# Verbs of saying that, with the child as the subject of what is said in the present or the base
# form, give an order: "insists Yusuf fasts", "demands that Lily eat in the garden".
_ORDERING = {"insist", "demand", "say", "tell"}
# What is said of a state, not a deed the child is made to do ("insists Sonny is fine").
_STATES = {"be", "have", "feel", "seem", "look", "know", "want", "like", "need"}


def _family_adult(ctx: Context, token) -> bool:
    from .context import _professional

    return token.i in analysis.adult_tokens(ctx) and not _professional(ctx, token)


def agent_on_the_complement(ctx: Context) -> list:
    """"Sage was asked to leave the family home by Mum following an argument": a passive verb whose
    "by ADULT" the model hung on its complement ("leave") rather than on the passive verb. The adult
    is the agent of the passive verb. Not a professional ("was asked to leave the class by her
    teacher"), and not when the complement is itself passive with the agent ("was made to be seen
    by the GP": the complement's own agent)."""
    found = []
    stative = set(analysis.people_words()["stative_verbs"])
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in stative \
                or not any(c.dep_ == "auxpass" for c in verb.children) \
                or any(c.dep_ == "agent" for c in verb.children):
            continue
        # "was made to sleep in the shed by her stepmum": the model reads the complement as xcomp or
        # as a to-clause (advcl).
        for comp in (c for c in verb.children if c.pos_ == "VERB" and (c.dep_ == "xcomp" or c.dep_ == "advcl" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children))):
            if any(c.dep_ in ("auxpass", "agent") for c in comp.children):
                continue
            for prep in (c for c in comp.children if c.dep_ == "prep" and c.lower_ == "by"):
                doer = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if doer is not None and _family_adult(ctx, doer):
                    found.append(analysis.Action(doer, verb, any(c.dep_ == "neg" for c in verb.children)))
    return found


def _gender(token) -> str:
    lower = token.lower_
    if lower in ("he", "him", "his"):
        return "m"
    if lower in ("she", "her", "hers"):
        return "f"
    return ""


def not_the_child(ctx: Context, pronoun, verb) -> bool:
    """"When Grace told her dad that night, he took her phone off her": "he" cannot be the child
    when the same clause speaks of the child by the other pronoun ("her", read as the child), and
    the nearest person of the pronoun's own kind named before it is an adult in the family ("dad").
    Not "When Ellie's dad came in, she hid under her bed" ("she" is Ellie: no other pronoun for the
    child in the clause)."""
    own = _gender(pronoun)
    if pronoun.dep_ != "nsubj" or not own:
        return False
    clause = [t for c in verb.children if c.dep_ in ("dobj", "dative", "prep", "npadvmod")
              for t in c.subtree] + [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    others = [t for t in clause if t.pos_ == "PRON" and _gender(t) and _gender(t) != own]
    if not others or not any(analysis.pronoun_is_child(ctx, t) for t in others):
        return False
    words = analysis._MALE if own == "m" else analysis._FEMALE
    for t in reversed(ctx.doc[max(0, pronoun.i - 40): pronoun.i]):
        if t.pos_ == "PRON":
            continue
        if t.i in analysis.child_tokens(ctx):
            if t.lower_ in words:  # "her brother": a child of the pronoun's own kind
                return False
            continue
        if t.lower_ in words or t.lemma_.lower() in words:
            return _family_adult(ctx, t)
    return False


def an_order_to_the_child(ctx: Context, verb) -> bool:
    """"Mr and Mrs Hussain insist Yusuf (11) fasts", "Nan insists that Lily eats in the garden": a
    verb of saying whose complement has the child as subject, in the present or the base form and
    not a state, is an order the child must follow: the adult's deed. "Mum insists Yusuf fell off
    his bike" (past: an account) and "Dad insists Sonny is fine" (a state) are not."""
    if verb.lemma_.lower() not in _ORDERING or verb.lemma_.lower() in ("say", "tell") and not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return False
    children = analysis.child_tokens(ctx)
    if verb.lemma_.lower() in ("insist", "demand") and any(c.dep_ == "dobj" and any(t.i in children for t in c.subtree)
                                                            for c in verb.children):
        return True  # "insist Yusuf (11) fasts": "insist" takes no object; the model lost the clause
    for comp in (c for c in verb.children if c.dep_ == "ccomp"):
        if comp.tag_ not in ("VBZ", "VBP", "VB") or comp.lemma_.lower() in _STATES:
            continue
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ not in ("does", "do") for c in comp.children):
            continue  # "insists Yusuf has fallen", "insists Lily will be fine"
        if any(c.dep_ == "nsubj" and c.i in children for c in comp.children):
            return True
    return False


def adult_before_the_verb(ctx: Context) -> list:
    """"Duty contact 14:20 — anon caller states stepdad makes Sonny (9) stand in the hall": the model
    took the heading for the subject ("contact … makes"). An adult in the family right before the
    verb, run into the heading as an apposition or compound, is who did it, when the subject parsed
    is no person at all. Not "Mum's drinking makes Sonny scared" (the word before the verb is no
    adult) nor "a letter from Dad makes…" (the adult is the object of a preposition)."""
    found = []
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or verb.i == 0 or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects or any(analysis.is_person(s) or s.pos_ == "PRON" or s.i in analysis.child_tokens(ctx)
                               for s in subjects):
            continue
        before = ctx.doc[verb.i - 1]
        if before.dep_ in ("appos", "compound") and _family_adult(ctx, before) \
                and any(before.i == t.i for t in subjects[0].subtree):
            found.append(analysis.Action(before, verb, any(c.dep_ == "neg" for c in verb.children)))
    return found


def conjunct_on_a_noun(ctx: Context) -> list:
    """"Dad has been in bed most of the day and drinking in the evenings": the model joined the
    second verb to a noun of the first clause ("most … and drinking"), so it has no subject. A verb
    joined on by "and" to a word that is no verb takes the subject of the clause that word is in,
    when that subject is an adult in the family. Not "Dad has a cough and a cold" (no verb joined on),
    not "Mum is depressed and struggling" (a state, the verb with nothing of its own),
    and not when the clause's subject is the child ("Kai spends most of the day and evening gaming")."""
    found = []
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or verb.dep_ != "conj" or verb.head.pos_ in ("VERB", "AUX") \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        if verb.head.dep_ == "acomp" or not any(c.dep_ in ("dobj", "prep", "npadvmod", "advmod") for c in verb.children):
            continue  # "Mum is depressed and struggling": how she is, no deed with an object, a place or a time
        node = verb.head
        while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
            node = node.head
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if node.pos_ in ("VERB", "AUX") and subjects and _family_adult(ctx, subjects[0]):
            found.append(analysis.Action(subjects[0], verb, any(c.dep_ == "neg" for c in verb.children)))
    return found


# Verbs of having: what an adult has or owes is a state, not something anyone saw them do.
_HAVING = {"owe", "own", "possess"}


def a_possession(verb) -> bool:
    """"the people Dad owes money to", "Dad owns two dogs": what an adult has or owes, a state
    (like "has debts"), not a deed. "Dad took money from Kai's account" is a deed."""
    return verb.lemma_.lower() in _HAVING


_LOOKING = {"see", "hear", "watch", "check", "look"}


def an_adults_look(ctx: Context, token) -> bool:
    """"Sheila will visit twice a week to see how Chance and Miles are", "Dad will check on Kai at
    night": a goal's "see" or "check" whose doer is an adult is how the adult keeps watch, not what
    the child will see or live through. "Kai will see his dad every Saturday" (the child sees) is."""
    if token.lemma_.lower() not in _LOOKING or token.pos_ != "VERB":
        return False
    node = token
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if subjects:
            subject, adults = subjects[0], analysis.adult_tokens(ctx)
            if any(c.dep_ == "appos" and c.i in adults for c in subject.children):
                return True  # "Sheila (former foster carer)": the role beside the name says an adult
            if subject.i in analysis.child_tokens(ctx) or analysis.pronoun_is_child(ctx, subject):
                return False
            return subject.i in adults or subject.lower_ == "you"
        if node.dep_ not in ("xcomp", "advcl", "conj") or node.head.i == node.i:
            return False
        node = node.head  # "will visit … to see how": the doer of the visit
    return False
