"""What happens if a goal is not met (issue 11 §5, if_not): an "if not" said without its verb
("If not, the plan will be reviewed"), and one followed by nothing that is a consequence.
"""
from __future__ import annotations

from ..base import Context
from .. import analysis
from .common import _word_set


def elliptical_if_not(ctx: Context, mark):
    """"If it doesn't, Will may need to stay with Nanna Sue": the model often hangs "if" on the main
    verb when the clause is only "it doesn't"; read on the words: "if" + it/this/you/they + do + not
    + comma is the goal not happening, and what follows in the sentence is what happens then."""
    doc = ctx.doc
    if mark.lower_ != "if" or mark.i + 4 >= len(doc):
        return None
    who, do, neg, comma = doc[mark.i + 1], doc[mark.i + 2], doc[mark.i + 3], doc[mark.i + 4]
    if who.lower_ in ("it", "this", "that", "you", "they", "he", "she", "we") and do.lemma_.lower() == "do" \
            and neg.dep_ == "neg" and comma.text == "," and comma.i + 1 < mark.sent.end:
        return doc[mark.i: mark.sent.end]
    return None


def nothing_follows(ctx: Context, said, musing: set, consequences: set) -> bool:
    """"If you do not, the social worker will consider next steps", "If you don't, Jade will be at
    risk": what follows names nothing that would happen (a professional musing, or only vague harm)."""
    comma = next(t for t in said if t.text == ",")
    rest = [t for t in said if t.i > comma.i and not t.is_punct]
    lemmas = {t.lemma_.lower() for t in rest}
    if lemmas & musing and not lemmas & consequences:
        return True
    children = analysis.child_tokens(ctx)
    vague = _word_set("vague_harm") | {"will", "may", "might", "could", "would", "be", "at", "risk", "not"}
    return all(t.i in children or t.lemma_.lower() in vague or t.lower_ in vague for t in rest)


def if_none(ctx: Context, mark):
    """Round 28: "If no improvement at the six-week review, case to be stepped up": "if" + "no" + a
    noun with no verb of its own (plan shorthand), then a comma and what follows in the sentence."""
    doc = ctx.doc
    if mark.lower_ != "if" or mark.i + 2 >= len(doc) or doc[mark.i + 1].lower_ != "no":
        return None
    comma = next((t for t in doc[mark.i + 2: mark.sent.end] if t.text == ","), None)
    if comma is None or any(t.pos_ in ("VERB", "AUX") for t in doc[mark.i + 1: comma.i]):
        return None
    return doc[comma.i + 1: mark.sent.end]


# Round 29: a condition said without "if" (issue 11 §5, if_not). Plans write the goal not being met
# in more ways than "if … not": "Unless this happens, …", "Where Mum is unable to …, …", "In the
# event of further incidents, …", "Without these changes, …". Each is read as the if-clause it
# stands for; what follows must still be something that happens (a step up, a sanction, the child
# living elsewhere, a harm to the child), except where the condition itself says the goal was not
# met ("unless things change", "where Mum is unable to …").
_GOAL_NOT_MET = {"change", "happen", "manage", "work", "improve", "stop", "keep", "able", "achieve", "stick",
                 "comply", "follow", "meet", "last", "unable", "fail"}
# What a plan says must change, as a noun: "without these changes", "without improvement".
_CHANGE_NOUNS = {"change", "improvement", "progress"}
_AGAIN = {"again", "further", "another", "repeat", "repeated", "more", "anymore"}


def _main_clause_without(main, condition_ids: set):
    return [t for t in main.subtree if t.i not in condition_ids]


def _what_follows_happens(ctx: Context, main, clause, steps: set, childs_harm: set) -> bool:
    """The main clause names something that would happen: a step up or sanction (steps), or the
    child (named or a pronoun for the child) living or staying elsewhere, taken, or harmed under a
    modal ("Ava may have to live somewhere else", "he could be hurt")."""
    if any(t.lemma_.lower() in steps or t.lower_ in steps for t in clause) or more_from_the_services(clause):
        return True
    children = analysis.child_tokens(ctx)
    if not any(t.i in children or analysis.pronoun_is_child(ctx, t) for t in clause):
        return False
    if any(t.lemma_.lower() in ("live", "stay", "move") and t.pos_ in ("VERB", "AUX") for t in clause):
        return True
    return any(c.tag_ == "MD" for c in main.children) and any(
        t.lemma_.lower() in childs_harm or t.lower_ in childs_harm for t in clause)


def other_conditions(ctx: Context, musing: set, steps: set, childs_harm: set):
    """Round 29: "Unless Mum stops drinking, Ava will have to live with her dad", "Where the parents
    are unable to keep Ava safe, the LA will consider legal proceedings", "In the event of further
    incidents, the LA will start care proceedings", "Without these changes, Ava may have to live
    somewhere else": the goal not met, said by "unless", a "where" clause, "in the event of/that" or
    "without" + a change. A rule of the plan ("Mum will not leave the flat unless Nan is there",
    "Where Mum works late, Nan will put Ava to bed", "Mum will not go out without Nan") names no
    failure and nothing that happens, and stays as it was."""
    doc = ctx.doc
    for token in ctx.tokens:
        word = token.lower_
        if word in ("unless", "where") and token.head.dep_ == "advcl" and token.i == token.head.left_edge.i \
                and token.head.head.i != token.head.i and token.head.head.i > token.head.i:
            condition, main = token.head, token.head.head
            ids = {t.i for t in condition.subtree}
            lemmas = {t.lemma_.lower() for t in condition.subtree} | {t.lower_ for t in condition.subtree}
            negated = any(t.dep_ == "neg" or t.lower_ in ("cannot", "unable", "never") for t in condition.subtree)
            clause = _main_clause_without(main, ids)
            if word == "unless":
                # "unless X" is "if not X": the goal not met when X is the change the plan asks for.
                not_met = not negated and bool(lemmas & _GOAL_NOT_MET)
            else:
                # "where" is a condition only when it says the goal was not met.
                if token.dep_ != "advmod":
                    continue
                not_met = negated and bool(lemmas & _GOAL_NOT_MET) or bool(lemmas & {"unable", "fail"})
                if not not_met:
                    continue
            if main.lemma_.lower() in musing and not any(t.lemma_.lower() in steps for t in clause if t.i > main.i):
                continue  # "…, the social worker will review the plan": nothing said of what happens
            if not_met or _what_follows_happens(ctx, main, clause, steps, childs_harm):
                return doc[token.i: main.right_edge.i + 1]
        elif word == "in" and token.dep_ == "prep" and token.i + 2 < len(doc) \
                and doc[token.i + 2].lower_ == "event" and doc[token.i + 2].head.i == token.i:
            event, main = doc[token.i + 2], token.head
            if main.pos_ not in ("VERB", "AUX"):
                continue
            ids = {t.i for t in token.subtree}
            said = [t for t in event.subtree if t.i > event.i]
            lapse = any(t.lower_ in _AGAIN or t.dep_ == "neg" or t.lower_ == "no" for t in said) or any(
                t.lemma_.lower() in ("breach", "failure", "incident", "relapse") for t in said)
            clause = _main_clause_without(main, ids)
            if lapse and _what_follows_happens(ctx, main, clause, steps, childs_harm):
                return doc[token.i: main.right_edge.i + 1]
        elif word == "without" and token.dep_ == "prep" and token.head.pos_ in ("VERB", "AUX") \
                and token.i == token.head.left_edge.i:
            objects = [c for c in token.children if c.dep_ == "pobj"]
            if not objects:
                continue
            thing = objects[0]
            change = thing.lemma_.lower() in _CHANGE_NOUNS or thing.lower_ in ("this", "these", "that") and thing.pos_ == "PRON"
            main = token.head
            clause = _main_clause_without(main, {t.i for t in token.subtree})
            if change and any(c.tag_ == "MD" for c in main.children) \
                    and _what_follows_happens(ctx, main, clause, steps, childs_harm):
                return doc[token.i: main.right_edge.i + 1]
    return None


# Round 29: the worry going on or the plan coming undone, said of "things", "it" or the plan
# itself: "If things stay as they are", "if the situation remains the same", "If things slip back",
# "if it goes back to how it was", "If the controls come off", "if the alarm gets switched off".
_UNDOING = {"slip", "slide", "go", "fall"}
_SWITCHED = {"come", "switch", "turn", "get", "take"}


def stays_or_slips(ctx: Context, condition, negated: bool) -> bool:
    """Round 29: the if-clause says things stay as they are, slip back, or a safeguard comes off. A
    person staying somewhere ("If Nan stays over") or going back to a place ("if Ava goes back to
    school") is not one: staying needs "as they are"/"the same", going back needs no place."""
    if negated:
        return False
    lemma = condition.lemma_.lower()
    kids = list(condition.children)
    subjects = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
    children = analysis.child_tokens(ctx)
    if subjects and (subjects[0].i in children or analysis.pronoun_is_child(ctx, subjects[0])):
        return False
    if lemma in ("stay", "remain") and (
            any(c.dep_ == "advcl" and any(g.lower_ == "as" for g in c.children) for c in kids)
            or any(c.lower_ == "same" for c in condition.subtree)):
        return bool(subjects) and subjects[0].pos_ in ("NOUN", "PRON") and not analysis.is_person(subjects[0])
    if lemma in _UNDOING and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in kids):
        places = [g for c in kids if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        return not places or any(p.lemma_.lower() in ("way", "how", "old") for p in places)
    return lemma in _SWITCHED and any(c.dep_ in ("prt", "advmod") and c.lower_ == "off" for c in kids) and bool(
        subjects) and not analysis.is_person(subjects[0])


def emphatic_do(condition) -> bool:
    """"If Ray does get near Tia": "do" as a helping verb, not negated."""
    return condition.lemma_.lower() != "do" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "do" for c in condition.children) and not any(
        c.dep_ == "neg" for c in condition.children)


# Round 29: the services stepping in further, said as what the workers would do: more or extra help
# or support, an assessment, a social worker asked for ("we would need to look at more help coming
# into the home", "would talk with you about asking for a social worker").
def more_from_the_services(clause) -> bool:
    for t in clause:
        lemma = t.lemma_.lower()
        if lemma in ("help", "support") and t.pos_ == "NOUN" and any(
                c.lower_ in ("more", "extra", "further") for c in t.children):
            return True
        if lemma == "assessment":
            return True
        if lemma == "worker" and any(c.lower_ == "social" for c in t.children) and t.head.lower_ == "for":
            return True
    return False


# Round 31: the plan itself coming undone, said of the plan, "this", "it" or "things": "If this
# slips", "If the plan falls apart", "if things break down", "If things don't get better", and the
# goal said again as the object of a negated "do" ("If Dad can't do this", "if you don't manage
# it"). Each says the goal was not met, as "If this doesn't happen" does.
_THE_PLAN = {"this", "it", "that", "plan", "plans", "thing", "things", "arrangement", "arrangements", "agreement",
             "goal", "goals", "routine", "situation", "change", "changes"}
_COMING_APART = {"slip", "slide", "lapse", "collapse", "unravel", "crumble", "falter"}
_APART = {("fall", "apart"), ("fall", "through"), ("break", "down"), ("go", "wrong"), ("fall", "down")}
_DOING_IT = {"do", "manage", "keep", "stick", "achieve", "sustain", "maintain"}


def _the_plan_word(token) -> bool:
    return token.lower_ in _THE_PLAN or token.lemma_.lower() in _THE_PLAN


def plan_comes_undone(ctx: Context, condition, negated: bool) -> bool:
    """Round 31: the if-clause says the plan came undone or was not kept. Its subject is the plan
    ("this", "it", "the plan", "things"), not a person and not the child, and it slips, lapses, falls
    apart, breaks down or goes wrong, or (negated) does not get better; or a negated "do"/"manage"/
    "keep" has the plan as its object ("If Dad can't do this"). A person slipping ("If Ava slips on
    the stairs"), a thing breaking ("If the boiler breaks down" is no plan word) and "If it rains"
    stay as they were."""
    lemma = condition.lemma_.lower()
    kids = list(condition.children)
    if negated and lemma in _DOING_IT and any(
            c.dep_ == "dobj" and c.lower_ in ("this", "that", "it", "these") for c in kids):
        return True
    subjects = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        # "If this slips": the model may hang "this" on the verb as a determiner.
        subjects = [c for c in kids if c.dep_ == "det" and c.lower_ in ("this", "that") and c.i < condition.i]
    if not subjects or not _the_plan_word(subjects[0]) or analysis.is_person(subjects[0]):
        return False
    if not negated and lemma in _COMING_APART:
        return True
    if not negated and any((lemma, c.lower_) in _APART for c in kids if c.dep_ in ("prt", "advmod", "acomp", "prep")):
        return True
    if subjects[0].lower_ == "it":
        return False  # "If it doesn't get better" is as often a rash or a cough as the plan
    return negated and lemma in ("get", "become") and any(
        c.lower_ in ("better", "easier") for c in kids if c.dep_ in ("acomp", "advmod", "oprd"))


# Round 40 (r40e; open parts sets 20-38: 13 goals marked "if not" present that the parts table
# called missing): the goal not met, then the WORKERS calling the family together or changing the
# plan: "If bedtimes slip again, Bryony will ask early help to arrange a family meeting with you",
# "If Sol is still missing days by half term, we'll sit down with school and your GP", "If the
# room isn't clear by the end of March, we will talk with you again about more help", "If Ben gets
# out again, we will need to look at him spending his days at Nan's". A check ("If Ava is not in
# by 9.30, the school will ring Nan"), the family's own step ("If you feel low, you'll talk with
# Nan") and a worry that is not a lapse ("If Ava is ill, we'll meet with you") stay as they were.
_REGROUP = {"talk", "sit", "meet", "speak"}  # … with the family, or "sit down"
_ARRANGE = {"arrange", "set", "call", "hold", "ask", "convene", "book", "organise", "organize", "request", "seek"}
_NEW_PLAN = {"meeting", "conference", "assessment", "help", "support", "review", "plan", "timetable", "referral"}
_FAMILY_ROLES = {"mum", "dad", "mother", "father", "nan", "nana", "nanna", "gran", "grandma", "grandad", "grandpa",
                 "aunt", "auntie", "uncle", "sister", "brother", "partner", "parent", "parents", "carer", "carers",
                 "neighbour", "friend", "cousin", "stepdad", "stepmum", "granny"}


def a_named_worker(ctx: Context, token, professionals: set) -> bool:
    """Round 40 (r40e): a name that the statement sets beside a professional's role somewhere ("your
    health visitor, Bryony", "Hollie, your family support worker", "Miss Trent from the pastoral
    team"): the worker, wherever else the name stands alone. A relative's name stays family."""
    if token.pos_ != "PROPN" or not analysis.is_person(token):
        return False
    for mention in ctx.doc:
        if mention.text != token.text:
            continue
        beside = [c for c in mention.children if c.dep_ in ("appos", "compound")]
        if mention.dep_ == "appos":
            beside.append(mention.head)
        for word in beside:
            named = " ".join(t.lower_ for t in word.subtree if t.dep_ in ("compound", "amod") or t.i == word.i)
            if word.lower_ in _FAMILY_ROLES or word.lemma_.lower() in _FAMILY_ROLES:
                return False
            if word.lower_ in professionals or word.lemma_.lower() in professionals or named in professionals \
                    or word.lemma_.lower() in ("worker", "visitor", "teacher", "officer", "nurse", "practitioner"):
                return True
        if any(p.dep_ == "prep" and p.lower_ == "from" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in ("team", "service", "hub") for g in p.children)
               for p in mention.children):
            return True
    return False


def _undone(ctx: Context, condition, negated: bool, goes_on) -> bool:
    """The if-clause says the goal was not met: not done, again, still, below a mark (goes_on, the
    caller's _goes_on), slipping or going back, or going wrong."""
    if goes_on(ctx, condition, negated):
        return True
    kids = list(condition.children)
    lemma = condition.lemma_.lower()
    if lemma in _COMING_APART or lemma == "slip":
        return True
    return any((lemma, c.lower_) in _APART or c.dep_ == "prt" and c.lower_ in ("back", "off")
               for c in kids if c.dep_ in ("prt", "advmod", "acomp", "prep"))


def _a_worker(ctx: Context, doer, professionals: set, workers_we: bool, is_institution) -> bool:
    if doer.lower_ == "we":
        return workers_we
    if doer.i in analysis.child_tokens(ctx) or doer.lower_ in ("you", "i", "they", "he", "she"):
        return False
    named = " ".join(t.lower_ for t in doer.subtree if t.dep_ in ("compound", "amod") or t.i == doer.i)
    return doer.lower_ in professionals or doer.lemma_.lower() in professionals or named in professionals \
        or is_institution(doer) or a_named_worker(ctx, doer, professionals)


def workers_answer_a_lapse(ctx: Context, condition, negated: bool, goes_on, is_institution) -> bool:
    """Round 40 (r40e): the if-clause says the goal was not met, and the main clause (said as what
    will or would happen) has the workers — "we" in a goal written to the family, a professional, a
    service, or a worker by name — calling the family together or changing the plan: meeting, sitting
    down or talking WITH people, bringing everyone together, arranging or asking for a meeting, more
    help or an assessment, or becoming involved; or looking again at the plan or at where the child
    spends its days."""
    main = condition.head
    if main.i == condition.i or main.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.tag_ == "MD" or c.lower_ in ("'ll", "’ll") for c in main.children):
        return False
    if not _undone(ctx, condition, negated, goes_on):
        return False
    professionals = set(analysis.people_words()["professionals"])
    workers_we = any(t.lower_ in ("you", "your", "yours") for t in ctx.tokens)
    doers = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not doers or not _a_worker(ctx, doers[0], professionals, workers_we, is_institution):
        return False
    inside = {t.i for t in condition.subtree}
    clause = [t for t in main.subtree if t.i not in inside]
    verbs = [t for t in clause if t.pos_ in ("VERB", "AUX") and (t.i == main.i or t.dep_ in ("xcomp", "conj"))]
    for verb in verbs:
        lemma = verb.lemma_.lower()
        kids = list(verb.children)
        if lemma in _REGROUP and any(c.dep_ == "prep" and c.lower_ == "with" or c.dep_ == "prt" and c.lower_ == "down"
                                     for c in kids):
            return True
        if lemma == "bring" and any(c.lower_ == "together" for c in verb.subtree):
            return True
        if lemma == "involve" or lemma == "become" and any(c.lower_ == "involved" for c in kids):
            return True
        objects = [g for c in kids if c.dep_ in ("dobj", "prep") for g in ([c] if c.dep_ == "dobj" else c.children)
                   if g.dep_ in ("dobj", "pobj")]
        if lemma in _ARRANGE and any(o.lemma_.lower() in _NEW_PLAN for o in objects):
            return True
        if lemma == "look" and any(c.dep_ == "prep" and c.lower_ == "at" for c in kids):
            at = [g for c in kids if c.dep_ == "prep" and c.lower_ == "at" for g in c.subtree]
            children = analysis.child_tokens(ctx)
            if any(t.lemma_.lower() in _NEW_PLAN for t in at) or any(
                    t.i in children or analysis.pronoun_is_child(ctx, t) for t in at):
                return True
    return more_from_the_services(clause)
