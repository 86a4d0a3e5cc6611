"""Verbs of a goal that are not an everyday action of the adults (issue 11 §5, a goal's action): a
grade against a standard ("good enough care"), keeping to a service or a rule ("will engage with",
"will abide by the order"), what follows stopping, a clause opener, a topic, a wish under a refusal,
an action only "when" or "until" something, and notifying a service.
"""
from __future__ import annotations

from .common import _word_set
from .child import general_outcome


def graded_by_a_standard(verb, children: set) -> bool:
    """"adequately provide for the children", "supervise them appropriately", "keep the home to a
    reasonable standard", "put appropriate arrangements in place", "make better choices": the verb
    or what it is about is graded by a standard, with nothing anyone could see named. A clause with
    the child as its receiver and a meal made ("make Ava a proper breakfast") is left alone."""
    standards = _word_set("vague_standards")
    choices = _word_set("vague_choices")
    heads = [verb]
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        heads.append(verb.head)  # "adequately feed and clothe them": the grade is on the first verb
    for head in heads:
        if any(c.dep_ == "advmod" and c.lower_ in standards for c in head.children):
            return True
    things = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    things += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for thing in things:
        if thing.lemma_.lower() in choices or thing.lower_ in choices:
            return True
        if any(c.dep_ in ("amod", "compound", "conj") and c.lower_ in standards for c in thing.children):
            return True
        if any(t.dep_ == "amod" and t.lower_ in standards and t.head.lemma_.lower() in choices
               for t in thing.subtree):
            return True  # "to a reasonable standard of hygiene"
    return False


def keeps_to_a_service(verb) -> bool:
    """"accept the medical opinion", "register the children with a GP", "secure a tenancy",
    "manage their finances", "seek support": keeping to a service or a view."""
    return verb.lemma_.lower() in _word_set("goal_compliance")


def after_stopping(verb) -> bool:
    """"stop seeking medical tests", "give up going out at night", "avoid seeing his old friends":
    what follows a verb of stopping is not done. "keep clean from cannabis", "stay off the drink",
    "remain sober": keeping off, said as a state."""
    head = verb.head
    if verb.dep_ in ("xcomp", "pcomp") and head.i != verb.i and head.lemma_.lower() in _word_set("abstaining") \
            and not any(t.lower_ == "instead" for t in verb.sent):
        return True  # "stop checking your phone … and ask you instead": the swap names the act
    states = _word_set("abstaining_states")
    if verb.lemma_.lower() in ("keep", "stay", "remain", "be", "get") and any(
            c.dep_ in ("acomp", "advmod", "prt", "prep", "oprd") and c.lower_ in states for c in verb.children) \
            and not any(c.dep_ == "dobj" for c in verb.children):
        return True
    return False


def starts_a_clause(verb) -> bool:
    """"start making better decisions", "begin to", "try to": the verb of starting is no act; the
    clause after it is judged on its own."""
    return verb.lemma_.lower() in ("start", "begin", "try", "attempt") and any(
        c.dep_ in ("xcomp",) for c in verb.children)


def about_a_topic(verb) -> bool:
    """"make better choices about the men you bring home", "decisions about who he spends time with":
    a clause inside "about" is the topic of something else, not an act."""
    node = verb
    for _ in range(6):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.dep_ == "prep" and node.lower_ in ("about", "regarding", "concerning"):
            return True
        if node.pos_ in ("VERB", "AUX") and node.dep_ in ("ROOT",):
            return False
    return False


def _a_wish_sentence(sentence) -> bool:
    """A sentence whose only verb for the child is a general outcome."""
    root = sentence.root
    return general_outcome(root) or any(general_outcome(c) for c in root.children if c.dep_ == "acomp")


def under_a_refusal(verb) -> bool:
    """"Mum will not force the children to wash", "Dad will not make Ivy clean": the verb under a
    negated adult verb is what will not be asked of the child, not what the adults will do."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ not in ("xcomp", "ccomp") or node.head.i == node.i:
        return False
    return any(c.dep_ == "neg" for c in node.head.children)


_TIME_MARKS = {"until", "till", "once", "when", "before", "after"}


_TIME_VERBS = {"turn", "reach", "become", "be", "get"}


def only_when(verb) -> bool:
    """"until she turns 18", "once he reaches 16": a verb that only says when."""
    return verb.dep_ == "advcl" and verb.lemma_.lower() in _TIME_VERBS and any(
        c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in verb.children) and any(
        c.like_num for c in verb.subtree)


_NOTIFYING = {"notify", "inform", "tell", "report", "contact", "update", "register", "apply", "write", "email"}


_HANDING = {"surrender", "hand", "give", "send", "submit", "return", "pass", "show"}


def tells_a_service(verb, professionals: set) -> bool:
    """"Ms Mensah to notify the Local Authority of the arrangement", "Dad to inform Children's Services
    of any change of address", "Mum to register Kai with a GP": word or forms sent to a service are
    paperwork, not what the adults will do at home. "Mum will tell Nan when she needs a break" stays."""
    from .common import is_institution

    handing = verb.lemma_.lower() in _HANDING
    if verb.lemma_.lower() not in _NOTIFYING and not handing:
        return False
    # "surrender Marvel's passport to police", "hand his keys to the social worker": a thing handed
    # to a service is compliance too; what is handed is the object, who gets it the "to" or dative.
    told = [c for c in verb.children if c.dep_ in (("dative",) if handing else ("dobj", "dative"))]
    told += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in (("to",) if handing else ("to", "with", "for"))
             for g in c.children if g.dep_ == "pobj"]
    if handing:  # the model often hangs "to police" on the thing handed
        told += [g for o in verb.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep"
                 and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    return any(is_institution(t) or t.lower_ in professionals or t.lemma_.lower() in professionals
               or t.lower_ in ("gp", "council", "school", "nursery", "police") for t in told)


# Nouns for a rule, an order or a plan someone keeps to ("abide by his licence conditions", "stick
# to the agreement"): keeping to them is compliance, not an everyday act at home.
_RULES = {"rule", "condition", "order", "agreement", "plan", "contract", "requirement", "arrangement", "term",
          "licence", "license", "bail", "injunction", "undertaking", "direction", "instruction", "recommendation",
          "guidance", "advice", "expectation", "boundary", "restriction", "policy", "framework", "curfew"}


_KEEPING = {"abide", "adhere", "keep", "stick", "conform", "comply", "follow", "obey", "respect", "observe",
            "honour", "honor", "uphold", "meet", "fulfil", "fulfill"}


# Verbs that say only how someone conducts themselves ("act protectively", "behave appropriately").
_CONDUCT = {"act", "behave", "conduct"}


def keeps_to_a_rule(verb) -> bool:
    """"Dad will abide by his licence conditions", "stick to the rules of his order", "follow the
    safety plan", "act protectively", "behave appropriately", "act as a safety person": keeping to a
    rule, a manner or a role, not an act anyone could see at home. Not "keep the key in her pocket"."""
    lemma = verb.lemma_.lower()
    if lemma in _KEEPING:
        things = [c for c in verb.children if c.dep_ == "dobj"] + [
            g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "by", "with")
            for g in p.children if g.dep_ == "pobj"]
        return any(t.lemma_.lower() in _RULES or any(c.dep_ == "compound" and c.lemma_.lower() in _RULES
                                                      for c in t.children) for t in things)
    if lemma in _CONDUCT:
        if any(c.dep_ == "dobj" and c.lower_ not in ("himself", "herself", "themselves", "yourself", "yourselves")
               for c in verb.children):
            return False
        return any(c.dep_ == "advmod" and c.lower_.endswith("ly") for c in verb.children) or any(
            p.dep_ == "prep" and p.lower_ == "as" for p in verb.children) or any(
            c.lower_ in ("himself", "herself", "themselves", "yourself", "yourselves") for c in verb.children)
    return False


# The parents' own words: a goal that names one of them is about what they will do; a relative's or
# a friend's act beside it is the network's help (issue 11 §5 "action" and "network" are two parts).
_PARENTS = {"mum", "mummy", "mam", "mom", "dad", "daddy", "mother", "father", "parent", "parents", "stepdad",
            "stepmum", "stepfather", "stepmother", "step-dad", "step-mum", "mr", "mrs", "ms", "miss", "you", "carer",
            "carers"}
# The same, without the titles and "carer" that a relative or a foster carer may carry too.
_PARENT_WORDS = _PARENTS - {"mr", "mrs", "ms", "miss", "carer", "carers"}
# Words for someone in the family's network, not a professional or a place (rules/people.toml "network"
# less the services and groups).
_NOT_KIN = {"church", "mosque", "temple", "school", "teacher", "nursery", "childminder", "network", "people", "family",
            "club", "health visitor", "midwife", "doctor", "gp", "counsellor", "keyworker", "coach", "volunteer",
            "sponsor", "mentor"}


def _kin_words() -> set:
    from .. import analysis

    return set(analysis.people_words()["network"]) - _NOT_KIN - set(analysis.people_words()["professionals"])


def _run_in_subject(verb):
    """"Dad will engage with the team and his brother Paul will drive the boys": the model can hang
    the new subject ("his brother Paul") on the object before and give the verb none of its own; the
    person just before the verb's own words is then its subject."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    i = verb.left_edge.i - 1
    while i > verb.sent.start and verb.doc[i].is_punct:
        i -= 1
    before = verb.doc[i]
    if before.pos_ in ("PROPN", "NOUN") and before.dep_ in ("conj", "appos") and before.i > verb.head.i:
        return before
    return None


def by_the_network(ctx, subject, verb=None) -> bool:
    """"Mum's sister Kezia will do the nursery run", "Grandad Pete will take Arlo fishing", "Uncle Yusuf
    will keep Ayan's passport", "the foster carer will record Reggie's feeds", "your sister Leanne has
    said she will help": the one who acts is named as a relative, a friend, a neighbour or another
    carer, not as a parent. Beside a parent's part that is only a service, what they will do is the
    network's help, not the parents' action (see a_parent_only_keeps_to_a_service)."""
    from .common import _parts_words

    kin = _kin_words()
    carers = set(_parts_words().get("network_carers", []))
    node = (_run_in_subject(verb) if verb is not None else None) or subject
    if node.pos_ == "PRON" and node.lower_ in ("she", "he", "they") and node.head.dep_ == "ccomp":
        # "Leanne has said she will help": "she" is the one who said it
        teller = next((c for c in node.head.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        if teller is None:
            return False
        node = teller
    if node.pos_ == "PRON":
        return False
    words = [node, *(c for c in node.children if c.dep_ in ("compound", "appos", "amod", "nmod"))]
    if node.dep_ in ("appos", "compound") and node.head.i != node.i:
        words.append(node.head)
    lowered = {w.lower_ for w in words} | {w.lemma_.lower() for w in words}
    if lowered & _PARENT_WORDS:
        return False  # "Mum", "the parents", "your dad"
    if node.lemma_.lower() == "carer":
        return any(c.dep_ in ("compound", "amod") and c.lower_ in carers and c.lower_ != "family"
                   for c in node.children)  # "the foster carer", not "Mum as the main carer"
    return bool(lowered & kin)


# A parent's part in a goal that is only keeping to a service ("attend", "engage with", "complete").
_SERVICE_VERBS = {"attend", "engage", "comply", "complete", "cooperate", "co-operate", "work", "access", "test",
                  "abstain", "remain"}


def a_parent_only_keeps_to_a_service(ctx) -> bool:
    """"Mum to remain abstinent and attend NA meetings. Mum's sister Kezia will do the nursery run",
    "Mum, you need to keep going to your appointments … Nan will take you and look after Bella":
    the parent's part is a service kept to, and the relative's is the help that makes it possible.
    Not when the relative acts instead of the parent ("Dad will not drive after drinking; on those
    days Grandad will take her", "instead"): that arrangement is the parents' plan (sets 4, 5, 7
    mark it as the action), and not a goal written to the child. Sets test and 13 mark the help
    beside a service as no action."""
    from .common import _parts_words, addressed_child

    if addressed_child(ctx):
        return False
    text = ctx.doc.text.lower()
    if any(marker in text for marker in _parts_words().get("instead", [])):
        return False
    parents = _PARENT_WORDS
    meetings = set(_parts_words().get("service_meetings", [])) | set(_parts_words().get("appointments", []))
    for verb in ctx.tokens:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        node = verb
        while subject is None and node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
            node = node.head  # "need to keep going", "remain abstinent and attend": the subject of the first verb
            subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or not ({subject.lower_, subject.lemma_.lower()} & parents
                                   or any(c.lower_ in parents for c in subject.children if c.dep_ == "conj")):
            continue
        if verb.lemma_.lower() in _SERVICE_VERBS and not (verb.lemma_.lower() == "work" and not any(
                c.dep_ == "prep" and c.lower_ in ("with", "alongside") for c in verb.children)):
            return True  # (round 31: "work with the team" keeps to a service; "you work nights" is a job)
        if any(p.dep_ == "prep" and p.lower_ in ("to", "at") and any(
                g.dep_ == "pobj" and (g.lemma_.lower() in meetings or g.lower_ in meetings) for g in p.children)
               for p in verb.children):
            return True  # "keep going to your appointments"
    return False



# Round 40 (r40e; open parts sets 20-38, a goal's action shown present and marked missing): a verb
# that only carries another ("keep engaging with your mental health team", "Nan has offered to
# support the family", "work together with professionals to achieve this", "they will be there for
# you"): what is done is the carried verb, and when that is a service, a vague promise or the aim
# said again, no everyday action is named. "keep taking your tablets", "offer Ava a drink", "agree
# a bedtime with Kai" carry an act (or are one) and stay.
_CARRIERS = {"keep", "carry", "start", "begin", "try", "offer", "agree", "promise", "go"}


def wrapped_not_everyday(verb, not_everyday: set) -> bool:
    lemma = verb.lemma_.lower()
    carried = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
    if lemma in _CARRIERS and carried and all(
            c.lemma_.lower() in not_everyday and not any(g.dep_ == "dobj" and g.lemma_.lower() in ("meal", "food", "tea", "breakfast", "dinner") for g in c.children)
            for c in carried):
        return True
    # "… to achieve this", "… to make this happen": the aim said again, under a vague verb
    head = verb.head
    if verb.dep_ in ("advcl", "xcomp") and head.i != verb.i and head.lemma_.lower() in not_everyday and (
            lemma == "achieve" or any(c.dep_ == "dobj" and c.lower_ in ("this", "that", "it") for c in verb.children)
            and lemma in ("achieve", "make", "do", "reach", "get", "manage")):
        return True
    # "will be there for you", "be around for the children": presence, not an act
    return lemma == "be" and any(c.lower_ in ("there", "around", "available") for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in verb.children) and not any(
        c.dep_ in ("attr", "acomp") for c in verb.children)
