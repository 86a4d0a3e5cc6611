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
- An adult found, seen or heard doing it ("the neighbour saw Dad hit him"), harm that happened while
  the adult was away or asleep ("Mum was out when Ivy fell"), a subject the model lost, and being
  taken to a place (the adult's act, not the place's).
"""
from __future__ import annotations

from .. import analysis
from ..base import Context
from .common import _word_set

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


# Relative pronouns that stand for the noun a relative clause hangs on.
_RELATIVE = {"who", "that", "which"}


def an_adult_who_did(ctx: Context) -> list:
    """Round 27: "a man who keeps his passport and pays him nothing", "a 24-year-old called Kyle,
    who has been buying her vapes": the deed is told in a relative clause, whose subject is "who",
    so no person is its subject in the parse. The noun the clause hangs on is the doer when it is
    an adult (a named adult in the family, or an adult noun such as "man", "lodger"), not a
    professional and not the child. Not "her dad, who has MS" (a state), not "a man who was
    arrested" (done to him), not "Cerys, who cares for her dad" (the child's own)."""
    found = []
    stative = set(analysis.people_words()["stative_verbs"])
    adult_nouns = set(analysis.people_words()["adult_nouns"])
    children = analysis.child_tokens(ctx)
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in stative or verb.dep_ not in ("relcl", "conj"):
            continue
        clause = verb
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head  # "who keeps his passport and pays him nothing"
        if clause.dep_ != "relcl" or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        if verb is not clause and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue  # a second clause with its own subject
        if not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE for c in clause.children):
            continue  # "the man she met online": the noun is the object, not the doer
        doer = clause.head
        if doer.i in children or analysis.pronoun_is_child(ctx, doer):
            continue
        from .context import _professional

        if _family_adult(ctx, doer) or (doer.lemma_.lower() in adult_nouns or doer.lower_ in adult_nouns) \
                and not _professional(ctx, doer):
            found.append(analysis.Action(doer, verb, any(c.dep_ == "neg" for c in verb.children)))
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


_LEFT = {"find", "leave", "lock", "see", "hear", "discover"}


_WHILE = {"while", "whilst", "when"}


def left_while_away(ctx: Context, adults: set, children: set) -> list:
    """"Will (3) was found on his own in the flat while Mum was at the pub", "the children were left
    in the car while Dad was inside", "were locked in their room all day while Mum slept": the deed
    told by its result, in the passive, with the adult who was elsewhere named in the while-clause."""
    found = []
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _LEFT or not any(
                c.dep_ == "auxpass" for c in verb.children):
            continue
        if any(c.dep_ == "agent" for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is None or not (subject.i in children or analysis.pronoun_is_child(ctx, subject)
                                   or subject.lemma_.lower() in ("child", "children", "baby", "boy", "girl")):
            continue
        for clause in (c for c in verb.subtree if c.dep_ == "advcl" and c.i > verb.i):
            if not any(m.dep_ == "mark" and m.lower_ in _WHILE for m in clause.children):
                continue
            away = next((c for c in clause.children if c.dep_ == "nsubj" and c.i in adults), None)
            if away is not None:
                found.append(analysis.Action(away, verb, False))
                break
    return found


def taken_to_it(ctx: Context, verb) -> bool:
    """"Adam's uncle took him to meetings at a flat on Saturday nights": an adult taking the child to
    gatherings is the adult's act, whatever the gatherings are called; a professionals' meeting is
    one the adult goes to, not one the child is taken to."""
    if verb.lemma_.lower() not in ("take", "bring", "drive", "send") or any(c.dep_ == "neg" for c in verb.children):
        return False
    children = analysis.child_tokens(ctx)
    if not any(c.dep_ == "dobj" and (c.i in children or analysis.pronoun_is_child(ctx, c)) for c in verb.children):
        return False
    # "took Ezra to his weight checks": the child's own appointment, a service.
    return not any(t.dep_ == "poss" for p in verb.children if p.dep_ == "prep" for g in p.children for t in g.children)


_AWAY_VERBS = {"be", "sleep", "go", "nip", "pop", "step", "leave", "smoke", "shower", "bath"}


_AWAY_WORDS = {"out", "away", "asleep", "upstairs", "downstairs", "outside", "garden", "pub", "shop", "shops", "bath",
               "phone", "toilet", "bed", "sofa", "car", "work", "next", "door", "room"}


_WHILE_MARKS = {"while", "whilst", "when"}


def harmed_while_away(ctx: Context, adults: set, children: set) -> list:
    """"the dog bit Ava on the arm while Dad was out in the garden", "Kai was bitten by the neighbour's
    dog while Mum was asleep upstairs", "Ella was hurt by the dog when Mum went out to the car": harm
    done to the child while the carer named in the while-clause was elsewhere: the carer left the
    child unwatched. "while Mum was with him", "while she was playing" name no carer away."""
    harms = _word_set("harm_verbs")
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


# Seeing, hearing, finding: the one seen doing it is the actor; the one seeing is a witness.
PERCEIVING = {"see", "hear", "spot", "observe", "find", "catch", "witness", "overhear", "notice", "film",
              "record", "photograph", "video"}


_FOUND_STATES = {"asleep", "drunk", "unconscious", "intoxicated", "collapsed", "passed", "high", "incoherent",
                 "slumped", "unresponsive"}


def seen_doing(ctx: Context, adults: set, children: set) -> list:
    """"Dad was seen by a neighbour drinking cans on the towpath", "Mum was heard screaming at Ava",
    "Mum was found asleep on the sofa at midday": an adult's act told through a witness, in the
    passive. The adult seen (not a child, not a professional) did it."""
    professionals = set(analysis.people_words()["professionals"])
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in PERCEIVING or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        seen = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not seen:
            continue
        person = seen[0]
        if person.i in children or analysis.pronoun_is_child(ctx, person) or person.lower_ in professionals \
                or person.lemma_.lower() in professionals or not (person.i in adults or analysis.is_person(person)):
            continue
        acts = [act for act in verb.children if act.dep_ in ("xcomp", "advcl", "ccomp", "acomp", "oprd")
                and act.i > verb.i and (act.tag_ == "VBG" or act.lower_ in _FOUND_STATES)]
        if not acts:
            # "was seen by a neighbour drinking cans": the model can read the -ing word as a noun.
            acts = [t for t in verb.subtree if verb.i < t.i <= verb.i + 6 and t.lower_.endswith("ing")
                    and (t.dep_ in ("compound", "dobj", "amod", "pobj", "nmod")
                         or t.dep_ == "acl" and t.tag_ == "VBG" and t.head.dep_ == "pobj"
                         and t.head.head.dep_ == "agent") and t.lower_ not in _ING_NOUNS
                    and t.sent.start == verb.sent.start][:1]
        found.extend(analysis.Action(person, act, False) for act in acts)
    return found


# Words ending in -ing that name a thing or a time, not a doing ("the morning clinic").
_ING_NOUNS = {"morning", "evening", "building", "ceiling", "meeting", "wedding", "nothing", "something", "anything",
              "everything", "clothing", "thing", "king", "ring", "spring", "string", "sibling", "darling", "wing",
              "swing", "bedding", "housing", "nursing", "training", "during", "parking", "landing", "learning",
              "hearing", "setting", "funding", "booking", "sleeping", "feeding", "dressing", "shopping", "being"}


def witness_only(verb) -> bool:
    """"Clay was seen by a neighbour on the roof": the neighbour saw; seeing is not their act."""
    return verb.lemma_.lower() in PERCEIVING


def an_overdose(verb) -> bool:
    """"Mum took an overdose of her tablets", "Dad took all of his pills at once": taking too much on
    purpose is an act, not following treatment."""
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in ("overdose", "od") or any(
            g.lower_ in ("all", "too", "handful", "whole") for g in c.subtree)) for c in verb.children)


# Words for a stretch of time that can open a clause ("on two nights in June Dad…", "most
# weekends Mum…"): the model may take the time word for the subject and hang the adult on it.
_TIME_NOUNS = {"night", "evening", "morning", "afternoon", "day", "weekend", "week", "occasion", "time", "month",
               "lunchtime", "teatime", "bedtime", "saturday", "sunday", "monday", "tuesday", "wednesday",
               "thursday", "friday"}


def _has_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)


def _adult(ctx: Context, token, adults: set, children: set) -> bool:
    return token.i not in children and not analysis.pronoun_is_child(ctx, token) and (
        token.i in adults or analysis.is_person(token))


def lost_subjects(ctx: Context, adults: set, children: set) -> list:
    """"Dad, who has dementia, has twice left the hob on" (the model hangs "Dad" on "has"), "on
    two nights in June Dad locked Kai in" (the model reads "June Dad" as one name inside the time
    phrase, and the time word as the subject): the adult did it. Each conjoined verb with no
    subject of its own ("went … and left Holly") shares the adult."""
    stative = set(analysis.people_words()["stative_verbs"])
    found = []

    def add(person, verb):
        found.append(analysis.Action(person, verb, any(c.dep_ == "neg" for c in verb.children)))
        for other in verb.conjuncts:
            if other.i > verb.i and other.pos_ == "VERB" and not _has_subject(other) \
                    and other.lemma_.lower() not in stative and not any(c.dep_ == "auxpass" for c in other.children):
                found.append(analysis.Action(person, other, any(c.dep_ == "neg" for c in other.children)))

    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in stative or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            if any(c.tag_ == "MD" for c in verb.children):
                continue  # "Dad, who is 40, could hurt Leo": what could happen, not a deed
            held = [s for c in verb.children if c.dep_ == "aux" and c.i < verb.i
                    for s in c.children if s.dep_ == "nsubj"]
            if held and _adult(ctx, held[0], adults, children):
                add(held[0], verb)  # "Dad, who …, has twice left …"
            continue
        subject = subjects[0]
        if subject.lemma_.lower() not in _TIME_NOUNS or analysis.is_person(subject):
            continue
        inside = [t for t in subject.subtree if t.i > subject.i and t.i < verb.i]
        if not inside:
            continue
        last = inside[-1]
        while last.i > subject.i and not last.is_alpha:
            last = last.doc[last.i - 1]
        if last.dep_ in ("pobj", "compound", "appos", "conj") and last.text[:1].isupper() \
                and _adult(ctx, last, adults, children) and last.i == verb.i - 1 - sum(
                    1 for t in last.doc[last.i + 1: verb.i] if t.dep_ in ("aux", "neg", "advmod")):
            add(last, verb)  # "on four nights in May Dad went …"
    return found
