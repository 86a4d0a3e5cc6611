"""The parts only a goal has: speaks to the family, the network, how others will know, for how
long, what if it does not happen; and the goal faults the structure rules read (absence of harm,
service compliance)."""
from __future__ import annotations

import re

from ...metrics import span_in_quotes
from .. import analysis, words33
from ..base import Context
from .actions import adult_actions
from .common import (_Evidence, _clause_subject, _in_condition, _parts_words, addressed_child, clauses_above,
                     is_institution, opening_before_comma)
from . import if_not, network, others_know, stock, timescale

_NOT_BEHAVIOUR = {"be", "have", "need", "feel", "happen", "worry", "get", "know"}


def absence_spans(ctx: Context) -> list:
    """"Will not drink" said of an adult, on its own. Not the consequence sentence, not what the
    child will be spared ("Leo won't have to worry", "Ella will not get into trouble for telling
    Nan"), and not a "will not" whose sentence or the next says what the adult does instead."""
    def compute():
        consequence = {span.sent for span in analysis.cues(ctx, "if_not")}
        caregivers = set(analysis.people_words()["caregivers"]) | {"he", "she", "they", "i", "we"}
        children = analysis.child_tokens(ctx)
        found = []
        for span in analysis.cues(ctx, "absence"):
            if span.sent in consequence or span_in_quotes(ctx.doc, span.start_char):
                continue  # a parent's own words ("I won't drink") are quoted, not the goal
            verb = span.root
            while (verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass")) and verb.head.i != verb.i:
                verb = verb.head  # "has no more seizures": the verb the phrase hangs on
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            negation = all(t.tag_ == "MD" or t.dep_ == "neg" or t.lower_ in ("not", "n't", "never", "again")
                           for t in span)
            if negation and verb.lemma_.lower() in _NOT_BEHAVIOUR:
                continue  # "Leo won't have to worry", "Mum will not be alone"
            subject = subjects[0] if subjects else _clause_subject(verb)
            if _in_condition(verb):
                continue  # "When Jordan won't stop crying, …" sets the scene; it promises nothing
            if _childs_experience(ctx, verb, subject, children):
                continue  # "Evie won't miss out on sports day", "Aisha has no more seizures"
            if subject is not None and negation:
                passive = any(c.dep_ == "auxpass" for c in verb.children)
                if (subject.i in children or subject in analysis.child_words(ctx)
                        or analysis.pronoun_is_child(ctx, subject)) and passive:
                    continue  # "Noor will not be told off for telling Grandad": a promise to the child
                if subject.lower_ not in caregivers and not analysis.is_name(subject) \
                        and subject.lemma_.lower() not in caregivers and subject.pos_ == "PRON" \
                        and subject.dep_ != "expl":
                    continue
                if _instead(ctx, span, subject):
                    continue
            found.append(span)
        return found
    return ctx.memo("absence", compute)


_EXPERIENCING = {"be", "have", "miss", "get", "feel", "know", "need", "sleep", "wake", "worry", "see", "hear",
                 "go", "lose", "suffer"}


def _childs_experience(ctx: Context, verb, subject, children: set) -> bool:
    """The child is spared something ("Aisha has no more seizures", "Evie won't miss out"), or the
    words are what the child will know ("Dylan will know she won't turn up out of the blue").
    "Ella will be protected from harm" is still the absence of harm: nobody can see it."""
    if any(c.dep_ == "auxpass" for c in verb.children) and verb.lemma_.lower() in ("protect", "keep", "safeguard"):
        return False
    if any(t.lemma_.lower() in ("harm", "danger", "abuse", "risk", "neglect") for t in verb.subtree):
        return False  # "Ella will be free from harm" is the absence of harm, whoever the subject is

    def is_child(token):
        return token is not None and (token.i in children or token in analysis.child_words(ctx)
                                      or analysis.pronoun_is_child(ctx, token))
    if is_child(subject) and verb.lemma_.lower() in _EXPERIENCING:
        return True
    return any(node.lemma_.lower() in ("know", "feel", "see", "hear", "trust") and (any(
        c.dep_ == "nsubj" and is_child(c) for c in node.children) or is_child(_clause_subject(node)))
        for node in clauses_above(verb))


def _instead(ctx: Context, span, subject) -> bool:
    """Does the goal say what happens instead, in the same or the next sentence? Either the same
    adult does something in the same sentence ("You will say something kind to Ivy every day and
    will not talk about her weight"), a marker of the alternative follows ("instead", "on those
    evenings", "then"), an adult's action is set for the situation the "will not" is about ("when
    someone asks, Mum will tell them to leave"; "on days when he has smoked, Nana will drive Faith"),
    or another adult does something for the same child ("…; on those evenings Uncle Sam will
    collect Ella")."""
    sentences = ctx.sentences
    index = next(i for i, s in enumerate(sentences) if s.start <= span.start < s.end)
    nearby = sentences[index: index + 2]
    markers = _parts_words()["instead"]
    children = analysis.child_tokens(ctx)
    verb = span.root if span.root.pos_ in ("VERB", "AUX") else span.root.head
    while verb.pos_ == "AUX" and verb.head.i != verb.i:
        verb = verb.head
    spared = {ctx.doc[i].lower_ for i in children if verb.left_edge.i <= i <= verb.right_edge.i}
    for action in adult_actions(ctx):
        if not any(action.sentence == s for s in nearby) or action.verb.i == verb.i:
            continue
        if any(c.dep_ == "mark" and c.lower_ in ("if", "when") for c in action.verb.children):
            continue
        if action.verb.i < span.start:
            if action.sentence == span.sent and action.subject.lower_ == subject.lower_ \
                    and not _in_condition(action.verb):
                return True  # the same adult's positive act, in the same sentence
            continue
        if _same_adult(ctx, action.subject, subject) and not _in_condition(action.verb) and (
                action.sentence != span.sent or any(t.text in (";", ":") for t in ctx.doc[span.end: action.verb.i])):
            return True  # "Dad will not shout at Mia; he will go for a walk when he feels cross"
        text = ctx.doc[span.end: action.verb.i + 1].text.lower()
        if any(re.search(r"\b" + re.escape(marker) + r"\b", text) for marker in markers):
            return True
        refused = {t.i for t in verb.subtree}
        between = ctx.doc[span.end: action.verb.i]
        same_adult = action.sentence == span.sent or action.subject.lower_ == subject.lower_
        for t in between if same_adult else ():
            if t.lower_ not in ("when", "whenever", "if"):
                continue
            # The model may hang "on days when…" on either verb: a break (";", a new sentence)
            # before it says it starts the alternative.
            broken = any(p.text in (";", ":") or p.is_sent_start for p in ctx.doc[span.end: t.i + 1])
            if broken or (t.i not in refused and action.verb.left_edge.i <= t.i):
                return True  # what an adult does when the moment comes
        helped = {t.lower_ for t in action.verb.subtree if t.i in children}
        if action.subject.lower_ != subject.lower_ and action.subject.pos_ != "PRON" \
                and action.subject.i not in children and spared & helped:
            return True
    return False


def _same_adult(ctx: Context, other, subject) -> bool:
    """Is `other` the adult who "will not …": the same word, or "he", "she", "you" pointing back."""
    if other.lower_ == subject.lower_:
        return True
    if other.lower_ not in ("he", "she", "you", "they") or analysis.pronoun_is_child(ctx, other):
        return False
    if other.lower_ == "you":
        return subject.lower_ == "you" or any(t.lower_ == "you" for t in subject.sent) or subject.i == 0
    gendered = analysis._MALE if other.lower_ == "he" else analysis._FEMALE if other.lower_ == "she" else None
    return gendered is None or subject.lower_ in gendered or (analysis.is_name(subject) and subject.i in
                                                              analysis.adult_tokens(ctx))


_NETWORK_PLACES = {"school", "nursery", "church", "mosque", "temple", "club", "family", "people", "network",
                   "friend", "friends"}


def _network(ctx: Context):
    """Someone from the family's network who helps; not someone named only in what happens if the
    goal is not met ("If this doesn't happen, Blessing will spend her weekends with Aunty
    Comfort": where the child goes then, not a helper now)."""
    failing = list(analysis.cues(ctx, "if_not"))
    fails = _plan_fails(ctx)
    if fails is not None:
        failing.append(fails)
    return next((t for t in _network_candidates(ctx) if not _in_what_fails(t, failing)
                 and not _only_finds_out(ctx, t) and not network.a_service_not_a_helper(t)
                 and not words33.the_goals_own_carer(ctx, t)  # round 33 (review33f, review33 P#7)
                 and not stock.does_nothing_named(ctx, t)), None)  # round 34 (r34e, P#3): "Nan will help.


def _in_what_fails(person, failing) -> bool:
    """Round 25: is the person named in what happens if the goal is not met? The "if this doesn't
    happen" words and all after them in the sentence, and the clause they hang on ("Ava will stay
    with Aunty Comfort if this doesn't happen"). A helper earlier in the same long sentence ("Uncle
    Dev will take Mason to boxing …; and if this doesn't happen Mason will…") is before it, in a
    clause of its own, and still helps."""
    for span in failing:
        start = getattr(span, "start", getattr(span, "i", None))
        if span.sent != person.sent or start is None:
            continue
        if person.i >= start:
            return True
        clause = span.root if hasattr(span, "root") else span
        if hasattr(span, "root") and span[0].dep_ == "mark":
            clause = span[0].head  # "if this doesn't happen Mason will keep…": the "if" clause itself
        climbed = clause
        while climbed.dep_ != "advcl" and climbed.head.i != climbed.i:
            climbed = climbed.head
        # "…, and the e-scooter stays in your room otherwise": a cue with no "if" clause bounds what
        # fails by the clause it hangs on (at the root, that is the whole sentence, as before).
        main = climbed.head if climbed.dep_ == "advcl" else clause.head
        others = {t.i for c in main.children if c.dep_ in ("conj", "cc") and c.i < start for t in c.subtree}
        if any(t.i == person.i for t in main.subtree) and person.i not in others:
            return True
    return False


def _only_finds_out(ctx: Context, person) -> bool:
    """"The club coach, Gareth, will tell the social worker if…", "Leo's uncle Jamal knows about the
    plan": someone whose every act in the goal is finding out, passing word on or knowing the plan
    is how others will know (or nothing), not a helper doing something (classes9.md P4)."""
    from .actions import _a_check_or_report

    subject = person
    for _ in range(2):
        if subject.dep_ in ("appos", "compound") and subject.head.i != subject.i:
            subject = subject.head  # "Auntie Lorraine", "The club coach, Gareth"
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verbs = [subject.head]
    verbs += [c for v in verbs for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"
              and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    professionals = set(analysis.people_words()["professionals"])
    checks = set(_parts_words()["checks_made"])
    # Telling a professional is word sent; a visit, a pop-in or a check-in by Nan is her being there.
    telling = ("tell", "text", "ring", "phone", "call", "email", "message", "report", "inform", "contact")
    return all(_knows_of_the_plan(v) or (v.lemma_.lower() in telling and _a_check_or_report(v, professionals)
                                         and not any(c.lower_ in ("in", "round", "by", "over") for c in v.children))
               or _passes_word_on(v) or _keeps_a_record(v)
               or v.lemma_.lower() in checks and any(c.dep_ == "dobj" for c in v.children) for v in verbs)


_HELPING = {"help", "sit", "take", "collect", "look", "mind", "babysit", "pick", "bring", "cook", "drive", "walk",
            "put", "give", "support", "bath", "feed"}


def _named_helper(person) -> bool:
    """"ring her friend Shazia, who will come round and help": a friend named, who does something
    for the family, is network even with "her" before the word (not "Ava will play with her friends")."""
    # The people reading may take "her friend Shazia" for a child's friend: the help she gives decides.
    names = [c for c in person.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    acts = [c for t in (person, *names) for c in t.children if c.dep_ == "relcl"]  # "…, who will come round"
    acts += [g for c in acts for g in c.children if g.dep_ == "conj"]  # "… and help"
    return bool(names) and any(a.lemma_.lower() in _HELPING for a in acts)


# Verbs by which someone finds out rather than helps ("his teacher will ask Tomas each Friday how his
# week was", "will watch how you are"): how others know, not the network.
_FINDING_OUT = {"ask", "watch", "observe", "visit", "weigh", "measure", "examine", "inspect", "assess"}


def _does_something(verb) -> bool:
    """"The wider family will take turns to have Leo", not "the family network will support the
    parents" or "friends and family will be there for you": a group named only by a word helps
    when its verb is something anyone could see done."""
    lemma = verb.lemma_.lower()
    if lemma == "have" and any(c.dep_ == "dobj" and c.pos_ in ("PROPN", "PRON", "NOUN") for c in verb.children):
        return True  # "the wider family will have Leo on Saturdays"
    if verb.pos_ not in ("VERB", "AUX") or lemma in ("be", "have", "need", "want", "know", "feel", "care"):
        return False
    if lemma in set(_parts_words()["not_everyday"]):
        return False
    vague = set(_parts_words()["vague_objects"]) | {"eye"}
    if any(t.lemma_.lower() in vague for t in verb.subtree if t.dep_ in ("dobj", "pobj") and t.i > verb.i):
        return False  # "the network will keep an eye on things": nothing anyone could see done
    return not (lemma == "help" and not any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in verb.children))


def _helps_as_subject(person) -> bool:
    """The person (or the name beside them: "Jolene's mum, Bev") is the subject of a verb of doing."""
    subject = person.head if person.dep_ == "appos" and person.head.i != person.i else person
    if subject.dep_ == "conj" and subject.head.dep_ in ("nsubj", "nsubjpass"):
        subject = subject.head
    return subject.dep_ == "nsubj" and _does_something(subject.head)


def _network_candidates(ctx: Context):
    """Who might be the family's network, in the order read. People (Nan, an aunt, a neighbour) count
    anywhere; places and groups (the school, the family, friends) only as someone acting or
    helping ("the school will…", "with the family"), not as where the child goes."""
    knowing = set(_parts_words()["knowing"])
    network_words = set(analysis.people_words()["network"])
    for person in analysis.people(ctx).adults:
        # "your mum Angela", "Nanna Jean", "your friend Funmi", "godmother Adaeze": a named adult
        # introduced by a network role (a parent named without one may be the parent).
        evidence = set(person.evidence.lower().replace("'s", " ").split())
        if evidence & network_words or ("your" in evidence and evidence & {"mum", "dad", "mother", "father"}) \
                or network.an_adults_kin(ctx, person):  # round 38 (r38e): "Johnny's mam, Bridget"
            yield ctx.doc[person.tokens[0]]
    if addressed_child(ctx):
        # Written to the young person, the adults around them are their network ("tell Mum or Mrs Doyle").
        adults = analysis.adult_tokens(ctx)
        helper = next((t for t in ctx.tokens if t.i in adults and t.lower_ not in analysis.people_words()["professionals"]
                       and not is_institution(t)), None)
        if helper is not None:
            yield helper
    for t in ctx.tokens:
        if network.a_named_helper(ctx, t):
            yield t  # "Darren will be there too": a helper named by a first name only
    for t in ctx.tokens:
        if network.kin_named_by_the_parse(ctx, t):
            yield t  # round 38 (r38e): "Ana's brother Mihai will have Luca to stay"
    for t in ctx.tokens:
        if network.another_persons_parent(ctx, t) and _helps_as_subject(t):
            yield t  # round 25: "Jolene's mum, Bev, will walk them in", "Kerry, the mum of Hazel's friend, will…"
    if _spoken_to_an_adult(ctx) or _you_a_parent(ctx):
        for t in ctx.tokens:
            # round 25: "Dove, … your mum will do the 2am feed": written to a parent, "your mum" is the
            # child's grandparent, a helper beyond the parents when she does something.
            if t.lower_ in network._PARENT_WORDS and any(c.dep_ == "poss" and c.lower_ == "your" for c in t.children) \
                    and _helps_as_subject(t):
                yield t
    carers = set(_parts_words()["network_carers"])
    for t in ctx.tokens:
        # "Jamie's foster carer, Sue, will tell Rachel…": a carer outside the household.
        if t.lemma_.lower() == "carer" and any(c.dep_ in ("compound", "amod") and c.lower_ in carers
                                               for c in t.children):
            yield t
    for t in ctx.tokens:
        # "Mrs Khan from next door will sit with Ayaan": a neighbour who acts.
        if t.lower_ == "door" and t.i and ctx.doc[t.i - 1].lower_ == "next" and t.head.lower_ == "from" \
                and t.head.head.dep_ in ("nsubj", "conj"):
            yield t
        # "Mr Ellis next door has offered to drive you", "Pam, who lives next door, will…": a named neighbour.
        if t.lower_ == "door" and t.i > 1 and ctx.doc[t.i - 1].lower_ == "next" and (
                ctx.doc[t.i - 2].pos_ == "PROPN" and analysis.is_person(ctx.doc[t.i - 2])
                or ctx.doc[t.i - 2].lemma_.lower() == "live" and ctx.doc[t.i - 2].dep_ == "relcl"
                and analysis.is_person(ctx.doc[t.i - 2].head)):
            yield t
    for t in ctx.tokens:
        # "his teacher will give him the lunchtime dose": a school that helps, not only one that reports.
        if t.lemma_.lower() in ("school", "teacher", "nursery", "childminder") and t.dep_ == "nsubj" \
                and t.head.pos_ == "VERB" and t.head.lemma_.lower() not in knowing | _FINDING_OUT \
                and not any(c.dep_ == "aux" and c.i < t.left_edge.i for c in t.head.children) \
                and t.head.lemma_.lower() not in set(_parts_words()["not_everyday"]):
            yield t
    words = set(analysis.people_words()["network"]) - set(analysis.people_words()["professionals"]) \
        - {"health visitor", "keyworker", "school", "nursery", "teacher"}
    children = analysis.child_tokens(ctx)
    for t in ctx.tokens:
        word = t.lower_ if t.lower_ in words else t.lemma_.lower()
        if word not in words or t.i in children:
            continue
        if word == "family" and not any(c.lower_ in ("wider", "extended", "whole") for c in t.children):
            continue  # "the family" is the household; "the family support worker" a professional
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "some") for c in t.children) and not any(
                c.dep_ == "appos" for c in t.children):
            continue  # "she will ask a friend": nobody the family has named
        if _the_childs_sibling(ctx, t, children):
            continue  # "so that Jasleen is no longer looking after her younger brothers": children, not helpers
        if word not in _NETWORK_PLACES:
            yield t
        owner = [c for c in t.children if c.dep_ == "poss"]
        if (owner and owner[0].lower_ in ("his", "her", "their") or t.lower_ == "family's") \
                and not _named_helper(t):
            continue
        if t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "conj" and t.head.dep_ in ("nsubj", "nsubjpass")):
            if _does_something(t.head if t.dep_ != "conj" else t.head.head):
                yield t
        if t.dep_ == "pobj" and t.head.lower_ in ("with", "by", "from", "like") and not (
                t.head.head.lemma_ in ("play", "go", "see") and word in ("friend", "friends")):
            yield t
        if word in _NETWORK_PLACES and t.dep_ == "dobj" and t.head.lemma_.lower() == "have" and not any(
                c.lower_ in ("round", "over") for c in t.head.children):
            continue  # "you will have people around you who can help": nobody named, nothing done
        if t.dep_ == "dobj" and t.head.lemma_.lower() in ("ask", "call", "phone", "text", "tell", "let", "have", "ring",
                                                          "message", "contact") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i in children for c in t.head.children) \
                and not _the_child_has_them_round(ctx, t.head, children) \
                and not (t.head.dep_ == "pcomp" and t.head.head.lower_ == "for"):
            yield t


def _you_a_parent(ctx: Context) -> bool:
    """Round 38 (r38e): a goal that says "you" as someone who acts, and is not written to the child,
    speaks to a parent even when the people reading names nobody it opens with ("Sorcha and Niall,
    when you've both been drinking…", "Marta, you need to…"): "your mum" there is the child's
    grandparent."""
    return bool(ctx.sentences) and not addressed_child(ctx) and any(
        t.lower_ == "you" and t.dep_ in ("nsubj", "nsubjpass") for t in ctx.tokens)


def _spoken_to_an_adult(ctx: Context) -> bool:
    """Round 25: the goal opens by naming an adult it speaks to ("Dove, you and baby Arlo…", "Mum,
    you will…"), a handful of words before a comma, and is not written to the child."""
    if not ctx.sentences or addressed_child(ctx):
        return False
    adults = analysis.adult_tokens(ctx)
    children = analysis.child_tokens(ctx)
    opening = opening_before_comma(ctx.sentences[0])
    if opening is None:
        return False
    return 0 < len(opening) <= 5 and any(t.i in adults and t.i not in children for t in opening)


def _the_child_has_them_round(ctx: Context, verb, children: set) -> bool:
    """"Jasleen will be able to join the netball team … and have friends round": the child's own
    friends round, the subject shared from the clause above, are the child's day, not helpers."""
    if verb.lemma_.lower() != "have" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    for node in clauses_above(verb, depth=4):
        for subject in (c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.i in children or analysis.pronoun_is_child(ctx, subject):
                return True
            if analysis.is_person(subject) or subject.pos_ == "PRON":
                return False  # "get her revision done": a thing as subject is passed over
    return False


_SIBLINGS = {"brother", "sister", "cousin", "brothers", "sisters", "cousins"}


def _the_childs_sibling(ctx: Context, word, children: set) -> bool:
    """"her younger brothers", "Jasleen's little sister", "Kai's baby cousin": the child's own
    brother or sister (younger, or not doing anything) is a child, not the family's network
    (classes9.md P4: a helper beyond the parents doing something). "Kai's big brother, Sam (19),
    will walk him to school" does something and stays."""
    if word.lemma_.lower() not in _SIBLINGS and word.lower_ not in _SIBLINGS:
        return False
    if any(c.dep_ == "amod" and c.lower_ in ("younger", "little", "baby", "twin", "infant", "small")
           for c in word.children):
        return True
    if any(c.dep_ == "amod" and c.lower_ in ("big", "older", "eldest", "grown-up", "adult") for c in word.children):
        return False
    owner = next((c for c in word.children if c.dep_ == "poss"), None)
    if owner is None or not (owner.i in children or analysis.pronoun_is_child(ctx, owner)):
        return False
    person = word
    for _ in range(2):
        if person.dep_ in ("appos", "compound") and person.head.i != person.i:
            person = person.head  # "Kai's sister Yasmin will help him"
    named = [c for c in person.children if c.dep_ == "appos"] + [person]
    return not any(p.dep_ in ("nsubj", "nsubjpass") and _does_something(p.head) for p in named)


def frequency_or_duration(ctx: Context):
    """Time words, widened to the date the model found around them ("for the next six months")."""
    dates = [e for e in ctx.doc.ents if e.label_ == "DATE"]
    spans = []
    for cue in analysis.cues(ctx, "timescale"):
        date = next((e for e in dates if e.start <= cue.end and cue.start <= e.end), None)
        spans.append(ctx.doc[min(cue.start, date.start):max(cue.end, date.end)] if date else cue)
    spans += [e for e in dates if not any(s.start <= e.start < s.end for s in spans)]
    return _Evidence("; ".join(dict.fromkeys(s.text for s in sorted(spans, key=lambda s: s.start)))) if spans else None


# What professionals will think about doing: no consequence anyone could picture.
_MUSING = {"consider", "review", "discuss", "think", "reconsider", "reflect", "decide"}
# What a musing can still name ("will consider legal proceedings"): a consequence all the same.
_CONSEQUENCES = {"proceedings", "court", "legal", "removal", "care", "placement", "order", "plo", "live", "move",
                 "foster", "accommodate", "accommodation",
                 # round 25: "will consider escalating to a Child Protection Plan" is a step up all the same
                 "escalate", "escalation",
                 # round 26: "we will have to think about Daisy and Rory staying with Linda"
                 "stay"}


# Round 24: "Failure to do so will result in legal advice being sought", "Non-compliance will lead
# to…": the goal not met, said as a noun that is the subject of what it brings.
_FAILURE_NOUNS = frozenset(("failure", "non-compliance", "noncompliance", "non-engagement",
                            # round 26: "Any breach will result in recall to prison"
                            "breach", "breaches",
                            # round 40 (r40e): "A relapse would mean …"
                            "relapse", "relapses", "lapse", "lapses"))
# Round 40 (r40e): a thing the plan asks for, said as not done ("Missed doses would mean …",
# "Broken promises will lead to …"): a failure all the same.
_FAILED_MARKS = frozenset(("missed", "broken", "failed", "skipped"))
_BRINGS = frozenset(("result", "lead", "mean", "trigger", "prompt", "bring"))


def _failure_brings(ctx: Context):
    """"Failure to evidence change will result in the LA seeking legal advice": a failure, the
    subject of a verb that brings something about, with what it brings, still to come ("will",
    "may"). "Failure is not an option" says nothing of what happens; "A failure to … led to the
    rash last year" is the past."""
    for token in ctx.tokens:
        failed = token.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in _FAILED_MARKS for c in token.children)
        if token.lemma_.lower() not in _FAILURE_NOUNS and token.lower_ not in _FAILURE_NOUNS and not failed:
            continue
        if token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = token.head
        if token.dep_ == "nsubjpass" and not failed and any(c.tag_ == "MD" for c in verb.children) and any(
                t.lemma_.lower() in _SANCTIONS or t.lower_ in _SANCTIONS for t in verb.subtree if t.i > verb.i):
            # Round 40 (r40e): "Any breach will be reported to the police", "breaches will go to
            # court": the failure, then a sanction done to it.
            return ctx.doc[token.left_edge.i: verb.right_edge.i + 1]
        # Round 30: "Any breach will be reported to police and will result in recall to prison": a
        # verb joined by "and" shares the subject of the verb before it.
        for verb in (token.head, *[c for c in token.head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                                   and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]):
            if (token.dep_ == "nsubj" or verb.i != token.head.i) and verb.lemma_.lower() in _BRINGS and any(
                    c.dep_ in ("prep", "dobj", "xcomp", "ccomp") for c in verb.children) and any(
                    c.tag_ == "MD" or c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
                return ctx.doc[token.left_edge.i: verb.right_edge.i + 1]
    return None


def _plan_fails(ctx: Context):
    """"If the parents are unable to show the change, …", "if Dad cannot manage this, …", "If it
    doesn't, …", "Should the parents not be able to…", "If Drew keeps going missing, …": a clause
    about the goal not being met, or the worry going on, with what follows. "If he is not there by
    9.30, the nursery will ring Nan" is a check, not what happens if the goal fails."""
    for mark in ctx.tokens:
        inverted = mark.lower_ in ("should", "were") and mark.dep_ == "aux" and mark.head.dep_ == "advcl" \
            and mark.i == mark.head.left_edge.i  # "Should the parents not be able to achieve this, …"
        said = if_not.elliptical_if_not(ctx, mark)
        if said is not None and not if_not.nothing_follows(ctx, said, _MUSING, _CONSEQUENCES):
            return said  # "If it doesn't, Will may need to stay with Nanna Sue" (the model lost the clause)
        said = if_not.if_none(ctx, mark)
        if said is not None and _steps_up(said):
            return said  # "If no improvement at the review, case to be stepped up to social care"
        # Round 26: "…, and if it isn't happening family time will have to become shorter": the model
        # may take an "if" clause that starts the second half of a sentence for its subject.
        clause_dep = "advcl" if mark.head.dep_ == "advcl" or mark.head.dep_ == "csubj" \
            and mark.i == mark.head.left_edge.i and mark.head.head.i > mark.head.i else None
        if not inverted and (mark.lower_ != "if" or mark.dep_ != "mark" or clause_dep is None):
            continue
        clause = list(mark.head.subtree)
        lemmas = {t.lemma_.lower() for t in clause}
        negated = any(t.dep_ == "neg" or t.lower_ in ("cannot", "unable", "never") for t in clause)
        # "If it doesn't, …": the goal itself, said again by "it" or "this".
        # "If you don't, …", "If they do not, …": the adults not doing it, said by "do" alone.
        elliptical = negated and mark.head.lemma_.lower() == "do" and any(
            c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that", "you", "they", "he", "she", "we")
            for c in mark.head.children) and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in mark.head.children)
        goes_on = not negated and mark.head.lemma_.lower() in ("continue", "keep", "carry", "persist")
        # (round 40, r40e: a musing that names a step up is a consequence, as "will consider
        # escalating" is: "we will have to consider a child protection conference")
        if _musing(mark.head.head) and not any(
                t.lemma_.lower() in _CONSEQUENCES | _STEP_UP for t in mark.head.head.subtree
                if t.i > mark.head.right_edge.i):
            continue  # "If you do not, the social worker will consider next steps": nothing said of what happens
        # "If he does, …" after "Dad will not drink…": the act the goal rules out, said by "do" alone.
        elliptical = elliptical or not negated and _does_it(ctx, mark.head)
        goes_on = goes_on or _worsens(mark.head) or if_not.stays_or_slips(ctx, mark.head, negated) \
            or if_not.plan_comes_undone(ctx, mark.head, negated)
        # Round 29: "If Ray does get near Tia, …" after "you won't let Ray into the house": the act the
        # goal rules out, said with an emphatic "does".
        elliptical = elliptical or not negated and if_not.emphatic_do(mark.head) and _does_it_after_a_no(ctx, mark.head)
        # Round 30: "If this can't be arranged, …": the goal said again by "this", negated, as "If
        # this doesn't happen" is.
        elliptical = elliptical or any(c.dep_ == "neg" for c in mark.head.children) and _the_goal_said_again(mark.head)
        if "unable" in lemmas or "fail" in lemmas or elliptical or goes_on or _a_breach(ctx, mark.head) \
                or _a_lapse_that_harms(ctx, mark.head) or _a_sanction_follows(ctx, mark.head) \
                or _then_the_child_is_taken(ctx, mark.head) or _an_escalation_follows(ctx, mark.head, negated) \
                or _the_childs_harm_goes_on(ctx, mark.head) or _a_meeting_called(ctx, mark.head, negated) \
                or _the_child_may_need_to_move(ctx, mark.head) \
                or if_not.workers_answer_a_lapse(ctx, mark.head, negated, _goes_on, is_institution) or (
                negated and mark.head.lemma_.lower() == "do" and mark.head.tag_ == "VBN") or (  # round 29: "If it isn't done"
                negated and lemmas & {"change", "happen", "manage", "work", "improve", "stop", "keep", "able",
                                      "achieve", "stick", "comply", "follow", "keep", "meet", "last"}):
            return ctx.doc[mark.i: mark.head.head.right_edge.i + 1]
    return _failure_brings(ctx) or _failing_which(ctx) or if_not.other_conditions(
        ctx, _MUSING, _STEP_UP | _SANCTIONS | _TAKEN, _CHILDS_HARM)


# Round 25: what the services do to the family when a plan is broken, said in the main clause of
# "if …, …": a sanction (_SANCTIONS), a step up ("escalate", "a referral will be made") or the
# arrangement going back to a stricter one ("contact will revert to the family centre").
# ("care" only as where a child goes, and "police" are left to _a_sanction_follows: "Nan will take
# care of Ava", "the police will be called" are as often the plan's own steps.)
_STEP_UP = {"escalate", "escalation", "referral", "refer", "revert", "conference", "exclude", "exclusion", "expel",
            "prosecute", "prosecution", "charge", "arrest", "court", "proceedings", "foster", "removal", "remove",
            "placement", "accommodate", "accommodation", "plo", "order", "legal"}
_FUTURE_MODALS = {"will", "would", "may", "might", "could", "shall", "'ll", "’ll"}
# Round 26: a step up named by what it is for or how it is run: "a child protection conference",
# "a child protection plan", "a strategy meeting", contact "fully supervised".
_STEP_UP |= {"protection", "strategy", "supervised"}
# Round 28: a step said formal ("a formal attendance meeting", "the formal process", "a formal
# warning"): the services' answer moving from help to a formal one. Read by _a_formal_step.
_FORMAL = {"formal", "statutory"}


def _goes_on(ctx: Context, condition, negated: bool) -> bool:
    """Round 28: the if-clause says the goal is not met or the worry is still there: negated ("if
    she does not…"), a repeat ("again", "any more"), "still" ("if he is still missing days"), or a
    fall below a mark ("drops below 90%"). Not a day's hitch ("If Ava is late, …")."""
    clause = list(condition.subtree)
    return negated or _a_lapse(ctx, condition) or any(t.lower_ == "still" for t in clause) or (
        condition.lemma_.lower() in ("drop", "fall", "slip", "dip") and any(t.lower_ == "below" for t in clause))


def _a_formal_step(clause) -> bool:
    """Round 28: "the school will start the formal attendance process", "will need to invite you to
    a formal attendance meeting": a noun the services' main clause names, marked formal or statutory."""
    return any(t.lower_ in _FORMAL and t.dep_ == "amod" and t.head.pos_ == "NOUN" for t in clause)


def _steps_up(tokens) -> bool:
    """A step up or a sanction named in these words: "PLO", "a child protection conference", "stepped
    up to social care", "escalated"."""
    return any(t.lemma_.lower() in _STEP_UP | _TAKEN or t.lower_ in _STEP_UP for t in tokens) or any(
        t.lemma_.lower() == "step" and any(c.lower_ == "up" for c in t.children) for t in tokens)


# Round 28: the workers calling the family and its helpers together when the plan lapses ("we'll
# call a family network meeting", "we'll meet with you, Bev and the school").
_CONVENING = {"call", "hold", "arrange", "convene", "book", "set"}
_MEETINGS = {"meeting", "conference", "review"}


def _a_meeting_called(ctx: Context, condition, negated: bool) -> bool:
    """Round 28: "If it slips back, we'll meet with you, Bev and the school to work out what extra
    help will make it stick", "If the settings get switched off…, we'll call a family network
    meeting": the plan undone (not done, again, still, slipping back, a safeguard switched off),
    then the workers call a meeting about it. "If you're worried, you'll ring Nan" (the family's own
    step) and "If Ava is late, the school will ring you" (no meeting, no lapse) stay as they were."""
    main = condition.head
    if main.i == condition.i or not any(c.tag_ == "MD" and c.lower_ in _FUTURE_MODALS for c in main.children):
        return False
    undone = _goes_on(ctx, condition, negated) or any(
        c.dep_ == "prt" and c.lower_ in ("back", "off") for v in [condition, *condition.conjuncts] for c in v.children)
    if not undone:
        return False
    workers_we = any(t.lower_ in ("you", "your") for t in ctx.tokens)
    professionals = set(analysis.people_words()["professionals"])
    doers = [c for c in main.children if c.dep_ == "nsubj"]
    if not doers or not (doers[0].lower_ == "we" and workers_we or is_institution(doers[0])
                         or doers[0].lower_ in professionals or doers[0].lemma_.lower() in professionals):
        return False
    lemma = main.lemma_.lower()
    if lemma == "meet":
        return any(c.dep_ == "prep" and c.lower_ == "with" for c in main.children)
    return lemma in _CONVENING and any(c.dep_ == "dobj" and c.lemma_.lower() in _MEETINGS for c in main.children)


def _the_child_may_need_to_move(ctx: Context, condition) -> bool:
    """Round 28: "If either of you is using while caring for Hope, she may need to stay with Mrs
    Nwosu": an adult's doing, then the child needing to live or stay somewhere else, said as what
    may have to happen ("may need to", "would have to"), not as the plan's own step ("if you have
    been drinking, Robin will stay at Lorraine's that night")."""
    subjects = [c for c in condition.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if subjects and (subjects[0].i in analysis.child_tokens(ctx) or analysis.pronoun_is_child(ctx, subjects[0])):
        return False
    main = condition.head
    if main.i == condition.i or main.lemma_.lower() not in ("need", "have"):
        return False
    if not any(c.tag_ == "MD" and c.lower_ in ("may", "might", "could", "would") for c in main.children):
        return False
    children = analysis.child_tokens(ctx)
    doers = [c for c in main.children if c.dep_ == "nsubj"]
    if not doers or not (doers[0].i in children or analysis.pronoun_is_child(ctx, doers[0])):
        return False
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in _RELOCATION for c in main.children)


def _musing(verb) -> bool:
    """"will consider next steps", and round 26: "we will need to consider next steps", "will have to
    think about it": a musing said under "need to" or "have to" is still a musing."""
    if verb.lemma_.lower() in _MUSING:
        return True
    return verb.lemma_.lower() in ("need", "have") and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _MUSING for c in verb.children)


# Round 26: the family's time with the child that a plan can end ("contact will stop", "the
# overnight stays will end").
_FAMILY_TIME = {"contact", "visit", "visits", "stay", "stays", "overnight", "overnights", "weekend", "weekends",
                "time"}


def _where_the_child_lives(ctx: Context, clause) -> bool:
    """Round 26: "to decide who Tilly lives with", "whether Marcus needs to live further away",
    "whether Niamh and Orla are safe living with you", "Daisy and Rory staying with Linda": where
    the child lives or stays, in what the workers will do, is a step up."""
    children = analysis.child_tokens(ctx)
    has_child = any(t.i in children or analysis.pronoun_is_child(ctx, t) for t in clause)
    if has_child and any(t.lemma_.lower() == "spend" and any(c.dep_ == "dobj" and c.lemma_.lower() == "time"
                                                              for c in t.children) for t in clause):
        return True  # round 28: "we'll talk together about him spending more time with Lúcia"
    return has_child and any(t.lemma_.lower() in _RELOCATION and t.pos_ in ("VERB", "AUX") for t in clause)


def _an_escalation_follows(ctx: Context, condition, negated: bool) -> bool:
    """Round 25: "If Sam lets Lee back in, the Local Authority will start PLO", "If Marcus does not
    lose weight, a referral will be made", "Should there be no improvement, the LA will consider
    escalating", "If Drew is found with a knife, he will be arrested": the family's doing (or its
    not doing) in the if-clause, then a sanction or a step up done TO the family by the services:
    the main clause is passive, or its subject is not one of the family. "Sam will ring the police
    if Lee turns up" is the family's own step in the plan (its subject is Sam), and "If he is not in
    by 9.30, the school will ring Nan" names no sanction: both stay as they were."""
    main = condition.head
    if main.i == condition.i or not any(c.tag_ == "MD" and c.lower_ in _FUTURE_MODALS for c in main.children):
        return False
    subjects = [c for c in condition.children if c.dep_ in ("nsubj", "nsubjpass")]
    professionals = set(analysis.people_words()["professionals"])
    if subjects and (is_institution(subjects[0]) or subjects[0].lower_ in professionals
                     or subjects[0].lemma_.lower() in professionals):
        return False  # "If the school has worries, they will call the police": the services' own step
    there_is_none = any(t.lower_ == "no" and t.dep_ == "det" for t in condition.subtree)
    # "If this slips, …": the plan itself, which the model may hang on the verb as a determiner.
    the_plan = any(c.dep_ == "det" and c.lower_ in ("this", "that", "it") for c in condition.children)
    if not (subjects or there_is_none or the_plan):
        return False
    # Round 26: "…, Pip will go to stay with his dad and we will ask for a child protection
    # conference": each verb joined to the main one with its own subject is read on its own.
    verbs = [main] + [c for c in main.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > main.i
                      and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    joined = {t.i for v in verbs[1:] for t in v.subtree}
    # Written to the family ("you"), "we" are the workers who wrote it: "If it stops, we'll need to
    # talk with you about a child protection plan" (round 26). Without a "you", "we" may be the family.
    workers_we = any(t.lower_ in ("you", "your", "yours") for t in ctx.tokens)
    for verb in verbs:
        clause = [t for t in verb.subtree if not (condition.left_edge.i <= t.i <= condition.right_edge.i)
                  and (verb is not main or t.i not in joined)]
        into_care = any(t.lower_ == "care" and (t.head.lower_ in ("into", "in") or t.dep_ == "compound") for t in clause)
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        # Round 26: where the child lives, decided by the workers ("we will call a network meeting to
        # decide who Tilly lives with"; not "you will go to Lorraine's and she will stay with Robin",
        # the plan's own step), or the family's time with the child ending ("contact will stop").
        by_workers = passive or bool(doers) and (is_institution(doers[0]) or doers[0].lower_ in professionals
                                                 or doers[0].lemma_.lower() in professionals
                                                 or doers[0].lower_ == "we" and workers_we)
        time_ends = verb.lemma_.lower() in ("stop", "end", "cease") and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _FAMILY_TIME for c in verb.children)
        into_care = into_care or by_workers and _where_the_child_lives(ctx, clause) or time_ends
        into_care = into_care or by_workers and _a_formal_step(clause) and _goes_on(ctx, condition, negated)
        if not into_care and not any(t.lemma_.lower() in _STEP_UP or t.lower_ in _STEP_UP for t in clause):
            continue
        if _musing(verb) and not into_care and not any(
                t.lemma_.lower() in _STEP_UP | _CONSEQUENCES for t in clause if t.i > verb.i):
            continue
        if not passive and doers and not is_institution(doers[0]) and (
                doers[0].i in analysis.adult_tokens(ctx) and doers[0].lower_ not in professionals
                or doers[0].lower_ == "you" or doers[0].lower_ == "we" and not workers_we
                or doers[0].i in analysis.child_tokens(ctx)):
            continue  # "you will ring the police", "Mum will go to court": the family's own step
        return True
    return False


# Round 26: what a child who is not thriving may come to, said with the child as its subject:
# "she will need to go back into hospital", "he may need an operation", "could become very ill".
_CHILDS_HARM = {"hospital", "operation", "surgery", "hurt", "injure", "die", "ill", "sick", "poison", "burn",
                "choke", "drown", "scald", "starve"}


def _the_childs_harm_goes_on(ctx: Context, condition) -> bool:
    """Round 26: "If she stops putting on weight, she will need to go back into hospital", "If Theo
    misses more physio, his legs could get tighter and he may need an operation": the child in the
    if-clause not getting what the goal gives, then a harm to the same child with a modal, is what
    happens if the goal is not met. "If Ava is ill, you will take her to the GP" (a parent's step)
    and "If Sol feels worried, he will ring his aunt" (no harm) stay the plan's own."""
    children = analysis.child_tokens(ctx)

    def is_child(t) -> bool:
        return t.i in children or analysis.pronoun_is_child(ctx, t)

    subjects = [c for c in condition.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not is_child(subjects[0]):
        return False
    main = condition.head
    if main.i == condition.i:
        return False
    # The main verb and each verb joined to it with its own subject ("…, his legs could get tighter
    # and he may need an operation").
    verbs = [main] + [c for c in main.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > main.i]
    for verb in verbs:
        if not any(c.tag_ == "MD" and c.lower_ in _FUTURE_MODALS for c in verb.children):
            continue
        doers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not doers or not (is_child(doers[0]) or any(is_child(p) for p in doers[0].children if p.dep_ == "poss")):
            continue  # "…, you will take her to the GP": the parent's own step
        clause = [t for t in verb.subtree if not (condition.left_edge.i <= t.i <= condition.right_edge.i)
                  and not (verb is main and t.i > main.i and any(t.i in range(v.left_edge.i, v.right_edge.i + 1)
                                                                 for v in verbs[1:]))]
        # Said as what could come ("could", "may", "will need to go back"), not a step of the plan
        # ("If Noor has a seizure, she will go to hospital by ambulance").
        if not (any(c.tag_ == "MD" and c.lower_ in ("could", "may", "might") for c in verb.children)
                or verb.lemma_.lower() == "need" or any(t.lower_ == "back" for t in clause)):
            continue
        if any(t.lemma_.lower() in _CHILDS_HARM or t.lower_ in _CHILDS_HARM for t in clause):
            return True
    return False


def _failing_which(ctx: Context):
    """"…, failing which the Local Authority will consider PLO", "failing that, the children will
    be placed with Nan": the goal not met, said by "failing" with what follows, when that names a
    sanction or a step up (not "failing which the worker will review the plan")."""
    for token in ctx.tokens:
        if token.lower_ != "failing" or token.i + 1 >= len(ctx.doc) \
                or ctx.doc[token.i + 1].lower_ not in ("which", "this", "that", "these", "so"):
            continue
        rest = ctx.doc[token.i: token.sent.end]
        if any(t.lemma_.lower() in _STEP_UP | _CONSEQUENCES or t.lower_ in _STEP_UP for t in rest):
            return rest
    return None


# What could happen to a child, said as a harm anyone could picture ("could get burnt", "might
# fall down the stairs"): with harm_verbs and injuries from rules/parts.toml.
_HARMS = {"hurt", "burn", "injure", "die", "drown", "choke", "fall", "scald", "poison", "cut", "suffocate", "starve",
          "ill", "sick", "hospital"}


def _does_it(ctx: Context, condition) -> bool:
    """"Dad will not drink when he has the children. If he does, …": "do" alone, with no object,
    after a goal that rules an act out, is the adult doing it after all."""
    if condition.lemma_.lower() != "do" or any(c.dep_ in ("dobj", "xcomp", "ccomp", "prep") for c in condition.children):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in ("you", "they", "he", "she", "either", "anyone")
               or c.dep_ == "nsubj" and c.i in analysis.adult_tokens(ctx) for c in condition.children):
        return False
    return any(a.negated and a.verb.i < condition.i for a in analysis.actions(ctx)) or any(
        t.dep_ == "neg" and t.head.pos_ in ("VERB", "AUX") for t in ctx.doc[:condition.i])


def _does_it_after_a_no(ctx: Context, condition) -> bool:
    """Round 29: an adult (not the child) does, in the if-clause, after a goal that rules something
    out earlier in the statement ("won't let Ray into the house … If Ray does get near Tia")."""
    subjects = [c for c in condition.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].i in analysis.child_tokens(ctx) or analysis.pronoun_is_child(ctx, subjects[0]):
        return False
    return any(t.dep_ == "neg" and t.head.pos_ in ("VERB", "AUX") for t in ctx.doc[:condition.i])


def _worsens(condition) -> bool:
    """"If things get worse", "if it gets any worse", "should the drinking escalate": the worry
    going on and growing."""
    if condition.lemma_.lower() in ("worsen", "deteriorate", "escalate"):
        return True
    return condition.lemma_.lower() in ("get", "become", "grow", "turn") and any(
        c.lower_ == "worse" for c in condition.children if c.dep_ in ("acomp", "advmod", "attr", "oprd", "dobj"))


# Sanctions that only ever follow the plan broken: the child removed, taken into care or placed,
# the court or proceedings (not "Mum will take Ava to hospital", a contingency the plan answers).
_TAKEN = {"remove", "removal", "proceedings", "court", "foster", "accommodate", "accommodation", "plo", "legal"}


def _then_the_child_is_taken(ctx: Context, condition) -> bool:
    """"If you drink when you have Ava, Ava will be taken into care", "If Mum goes back to using, the
    children will be removed", "Should you let Gary back in, Ava will be placed with foster carers":
    an adult's doing, then the child removed, care, court or proceedings. "If Ava is ill, you will
    take her to the GP" is the child's contingency, answered by the plan."""
    subjects = [c for c in condition.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and (subjects[0].i in analysis.child_tokens(ctx) or analysis.pronoun_is_child(ctx, subjects[0])):
        return False
    main = condition.head
    if main.i == condition.i:
        return False
    clause = [t for t in main.subtree if not (condition.left_edge.i <= t.i <= condition.right_edge.i)]
    if any(t.lemma_.lower() in _TAKEN or t.lower_ in _TAKEN for t in clause):
        return True
    # "into care", "in care", "care proceedings": care as where a child goes, not "take care of".
    if any(t.lower_ == "care" and (t.head.lower_ in ("into", "in") or t.dep_ == "compound") for t in clause):
        return True
    return any(t.lemma_.lower() == "place" and any(c.dep_ == "auxpass" for c in t.children) for t in clause)


# What happens to the family when a goal is broken, said in the main clause of "if …, …": where the
# child goes ("will go to live with", "will stay with", "will move to"), a court, care or the police.
_RELOCATION = {"live", "stay", "move"}
_SANCTIONS = {"court", "proceedings", "police", "foster", "care", "removal", "placement", "accommodate",
              "accommodation", "plo", "order",
              # round 24: a school's or the law's answer to the harm back ("she will be excluded",
              # "he may be charged")
              "exclude", "exclusion", "expel", "prosecute", "prosecution", "charge", "arrest"}
# What shows the harm came back or the plan was broken: a repeat ("again", "another incident", "any
# more") or a result that shows it ("if the tests are positive", "if the test shows…").
_REPEATS = {"again", "anymore"}
_EVIDENCE = {"positive", "test", "tests", "result", "results", "sample", "screen", "screening"}


def _a_lapse(ctx: Context, condition) -> bool:
    """Does the if-clause say the harm came back or the plan was broken? A repeat ("If Dad hits May
    again", "If there is another incident", "if you hit him any more"), a result that shows it ("If
    the tests are positive"), an adult doing harm (a harm or label verb) or the adult the plan keeps
    away coming back; not a day's hitch ("If you are held up at work")."""
    clause = list(condition.subtree)
    if any(t.lower_ in _REPEATS for t in clause):
        return True
    if any(t.lower_ in ("another", "further") and t.dep_ in ("det", "amod") for t in clause):
        return True
    if any(t.lower_ == "more" and any(c.lower_ == "any" for c in t.children) for t in clause):
        return True
    if any(t.lower_ in _EVIDENCE for t in clause):
        return True
    words = _parts_words()
    subjects = [c for c in condition.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].i in analysis.child_tokens(ctx) or analysis.pronoun_is_child(ctx, subjects[0]):
        return False
    # Drinking or drugs alone is left out: "if you have been drinking, you will go to Lorraine's and
    # she will stay with Robin" is the plan's own step for that evening, not the plan broken.
    harmful = set(words["harm_verbs"]) | set(words["label_verbs"])
    if condition.lemma_.lower() in harmful:
        return True
    # Round 29: "If Dad goes back to drinking", "goes back to Gary's": going back is a return too.
    return condition.lemma_.lower() in ("come", "move", "return", "go") and any(c.lower_ == "back" for c in condition.children)


def _a_sanction_follows(ctx: Context, condition) -> bool:
    """"If Dad hits May again, she will go to stay with her grandmother", "If the tests are positive,
    Faith will go to live with Grandad Bob", "If there is another incident, the police will be
    called": the harm back or the plan broken, then where the child goes, the court, care or the
    police is what happens if the goal is not met (issue 11 §5). "If you are held up, Nan will
    collect Ada" is part of the plan; "If Sol feels worried, he will ring his aunt" is the child's."""
    if not _a_lapse(ctx, condition):
        return False
    main = condition.head
    if main.i == condition.i:
        return False
    clause = [t for t in main.subtree if not (condition.left_edge.i <= t.i <= condition.right_edge.i)]
    if any(t.lemma_.lower() in _SANCTIONS or t.lower_ in _SANCTIONS for t in clause):
        return True
    children = analysis.child_tokens(ctx)
    has_child = any(t.i in children or analysis.pronoun_is_child(ctx, t) for t in clause)
    if has_child and any(t.lemma_.lower() in _RELOCATION and t.pos_ in ("VERB", "AUX") for t in clause):
        return True
    if has_child and any(t.lemma_.lower() == "look" and any(c.dep_ == "auxpass" for c in t.children)
                         and any(c.lower_ == "after" for c in t.children) for t in clause):
        return True  # "Leon will be looked after by his aunt"
    # "…, Finn's weekends at Dad's will stop": time with the parent ends.
    if has_child and main.lemma_.lower() in ("stop", "end") and not any(
            c.dep_ == "nsubj" and analysis.is_person(c) for c in main.children):
        return True
    harms = _HARMS | set(_parts_words()["harm_verbs"])
    return has_child and any(t.lemma_.lower() in harms or t.lower_ in harms for t in clause) and any(
        c.tag_ == "MD" for c in main.children)


def _a_lapse_that_harms(ctx: Context, condition) -> bool:
    """"If you leave them alone, Mia could get burnt using the cooker", "If Dad drinks while he has
    Ollie, Ollie might be hurt in the car": the adults doing the very thing the goal is against,
    and a harm to the child that could follow, is what happens if the goal is not met
    (classes9.md P5 row: the if-not part). "If you are late, the school will ring Nan" is a check."""
    subjects = [c for c in condition.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].i in analysis.child_tokens(ctx) or analysis.pronoun_is_child(ctx, subjects[0]):
        return False
    caregivers = set(analysis.people_words()["caregivers"]) | {"you", "they", "he", "she"}
    if not (subjects[0].lower_ in caregivers or subjects[0].lemma_.lower() in caregivers
            or subjects[0].i in analysis.adult_tokens(ctx)):
        return False
    main = condition.head
    if not any(c.tag_ == "MD" and c.lower_ in ("could", "may", "might", "would", "will") for c in main.children):
        return False
    harms = _HARMS | set(_parts_words()["harm_verbs"])
    clause = [t for t in main.subtree if not (condition.left_edge.i <= t.i <= condition.right_edge.i)]
    return any(t.lemma_.lower() in harms for t in clause) and any(
        t.i in analysis.child_tokens(ctx) or analysis.pronoun_is_child(ctx, t) for t in clause)


def _the_goal_said_again(condition) -> bool:
    """Round 30: "If this can't be arranged", "If it is not kept to": the goal itself, said by "this"
    or "it" as the subject of a negated condition."""
    return condition.pos_ in ("VERB", "AUX") and condition.lemma_.lower() not in ("be", "have") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("this", "it", "that") for c in condition.children)


def _a_breach(ctx: Context, condition) -> bool:
    """"Dad will not drive Luke after drinking … If Dad drives Luke after drinking, Luke will not
    go to Dad's": the if-clause names the very act the goal rules out, so what follows is what
    happens if the goal is broken. "If Grace is not in by 9.30, the school will ring" is a check."""
    if any(c.dep_ == "neg" for c in condition.children) or condition.lemma_.lower() in ("be", "have", "do"):
        return False
    subjects = {c.lower_ for c in condition.children if c.dep_ == "nsubj"}
    for action in analysis.actions(ctx):
        if action.negated and action.verb.sent != condition.sent \
                and action.verb.lemma_.lower() == condition.lemma_.lower() \
                and (not subjects or action.subject.lower_ in subjects or action.subject.pos_ == "PRON"
                     or subjects & {"he", "she", "they", "you"}):
            return True
    return False


def _addressed(ctx: Context):
    """Speaks to the family: "Mum, you and Z need…" (you / your), not "Mum will…"."""
    you = next((t for t in ctx.tokens if t.lower_ in ("you", "your", "you're", "yourself")), None)
    return you if you is not None else next((v for v in map(_called_by_name, ctx.sentences) if v is not None), None)


def _called_by_name(sentence):
    """"Mum and Dad, there must be no more arguing…", "Nan and Grandad, this plan is…": a sentence
    that opens by calling people by name or role, then a comma and a new clause, speaks to them.
    "Mum, Dad and Nan will take turns…" is a list of people who are the subject."""
    roles = set(analysis.people_words()["family"]) | set(analysis.people_words()["caregivers"]) | {
        "mummy", "daddy", "mam", "mom", "nanna", "nana", "grandma", "grandad", "granny", "grandpa"}
    titles = set(analysis.people_words()["titles"])

    def a_person(t) -> bool:
        return t.lower_ in roles or t.lemma_.lower() in roles or t.lower_.rstrip(".") in titles or (
            t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ in ("", "PERSON"))

    tokens = list(sentence)
    if not tokens or not a_person(tokens[0]):
        return None
    for k, t in enumerate(tokens):
        if t.text == ",":
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            if after is not None and a_person(after) and not any(c.pos_ in ("VERB", "AUX") for c in tokens[:k]):
                verb = next((j for j in range(k + 1, len(tokens)) if tokens[j].pos_ in ("VERB", "AUX")), None)
                if verb is not None and not any(x.lower_ in ("and", "&", ",") for x in tokens[k + 1: verb]):
                    return tokens[0]  # "Mummy, Theo needs his tea…": one name, then a new clause
            if after is None or a_person(after) or after.lower_ in ("and", "&", "who", "which"):
                continue  # "Mum, Dad and Nan will…": the list goes on
            # The clause after the comma has its own verb; the names before it have none.
            if any(c.pos_ in ("VERB", "AUX") for c in tokens[:k]):
                return None
            return tokens[0]
        if not (a_person(t) or t.lower_ in ("and", "&") or t.pos_ in ("DET", "PROPN") and t.text[:1].isupper()
                or t.dep_ == "poss" or t.lower_ == "'s"):
            return None
    return None


_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_SPELL = re.compile(r"\b(?:for|until|till|over|through to|right through to)\b[^.;,]{0,40}?\b(?:months?|weeks?|years?|terms?|seasons?(?!\s+tickets?)|christmas|summer|easter|"
                    r"spring|autumn|winter|half[- ]term|review|birthday|"
                    r"holidays?|" + _MONTHS[3:-1] + r"|end of (?:the )?\w+)\b|\bfor as long as\b[^.;,]{0,40}|"
                    # an event that ends the plan's stretch: "until the next core group meeting", "until the hearing"
                    r"\b(?:until|till)\b[^.;,]{0,40}?\b(?:hearing|meeting|conference|panel)\b|"
                    # round 26: "each school day between now and Easter": a stretch from today to a day named
                    r"\bbetween now and\s+[^.;,]{1,30}|"
                    r"\bfrom\s+(?:\w+\s+)?" + _MONTHS + r"\s+(?:to|until|till)\s+(?:\w+\s+)?" + _MONTHS + r"\b|"
                    # a stretch named whole: "every day this term", "all year", "this school year"
                    # "through the summer holidays", "throughout the pregnancy": a stretch gone through whole
                    r"\bthrough(?:out)?\s+(?:the\s+|this\s+)?(?:\w+\s+){0,2}?(?:summer|winter|spring|autumn|holidays?|"
                    r"terms?|year|pregnancy|christmas|easter|half[- ]term)\b|"
                    r"\b(?:this|all|the whole|throughout the)\s+(?:school\s+|football\s+|cricket\s+)?(?:term|year|season|summer holidays)\b(?!\s+tickets?)", re.I)
# "for the week" plans a week; it does not say how long the goal lasts.
_NOT_HOW_LONG = re.compile(r"^for (?:the|a|each|every) (?:week|day|night|evening|morning|weekend|meal|lunch)$", re.I)
# Events that end a stretch of time ("until you turn 18", "until she starts nursery", "until the
# court has decided"), unlike a moment in each day ("until Tommy is in bed").
_ENDINGS = {"turn", "start", "finish", "leave", "decide", "end", "move", "begin", "reach", "close", "agree", "change",
            "return", "come", "get", "go", "give", "make"}


# Moments that end a spell within a day ("until he has calmed down"): not the end of the goal.
_MOMENTS = {"calm", "sober", "settle", "cool", "sleep", "wake", "leave", "go", "come", "get", "arrive", "return",
            "finish", "eat", "stop", "rest", "fall", "drop", "dry", "recover", "relax"}


# A working day's ends ("until she finishes work", "until you leave for your shift"): a time of day.
_WORKING_DAY = {"work", "shift", "shifts"}


def _a_month_in_the_clause(clause) -> bool:
    """Round 31: an until-clause that names the month or the end its stretch is hoped to reach ("until
    he is back on his growth line, which we hope will be by the end of May", "until the baby is
    walking, around March"): a date on the calendar, not a moment in the day ("until tea is ready")."""
    tokens = list(clause.subtree)
    if any(t.ent_type_ == "DATE" and re.fullmatch(_MONTHS, t.lower_) and t.pos_ == "PROPN" for t in tokens):
        return True
    return any(t.lower_ == "end" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "of" and t.ent_type_ == "DATE"
               for t in tokens)


def _for_the_child(part: str, pattern, named: set) -> bool:
    """"cook tea for Ash twice a week": the model's date swallowed the child's name after "for",
    which says for whom, not for how long."""
    match = pattern.search(part)
    after = part[match.end():].split() if match else []
    if not (match and match.group(1).lower() == "for" and after and after[0].lower().strip(",.") in named):
        return False
    # "for Theo every day until the end of March": a stretch of time said after the name still counts.
    return not pattern.search(" ".join(after[1:]))


# "until she has finished her tea", "until he starts his homework": a moment in the day.
_A_MEAL = {"tea", "dinner", "meal", "breakfast", "lunch", "supper", "bath", "homework", "bottle", "feed", "story"}


def _timescale_real(ctx: Context):
    """How long: a duration ("for the next six months", "until Christmas", "from October to
    March", "until you turn 18", "for as long as Dad needs the medicine", "every day this term",
    "all year"), not a frequency ("every
    day") nor what a plan is for ("plan your meals for the week")."""
    found = frequency_or_duration(ctx)
    pattern = re.compile(r"\b(for|until|till|throughout|over the next|from now on|rest of|for good)\b", re.I)
    named = {ctx.doc[i].lower_ for i in analysis.child_tokens(ctx)}
    # "you need to make changes for Summer": the child's name read as a date is no timescale.
    kept = [part for part in str(found or "").split("; ") if pattern.search(part) and not _NOT_HOW_LONG.match(part)
            and not (len(part.split()) <= 3 and part.split()[-1].lower() in named)
            and not _for_the_child(part, pattern, named)]
    if kept:
        return _Evidence("; ".join(kept))
    for sentence in ctx.sentences:
        match = next((m for m in _SPELL.finditer(sentence.text) if not _NOT_HOW_LONG.match(m.group(0))
                      and not _for_the_child(m.group(0), pattern, named)
                      and not (len(m.group(0).split()) <= 3 and m.group(0).split()[-1].lower() in named
                               and m.group(0).split()[-1][:1].isupper())), None)
        if match:
            return _Evidence(match.group(0))
    stretch = timescale.a_process_ends(ctx)
    if stretch is not None:
        return _Evidence(stretch.text)  # "until negative results are received", "until the outcome of the hearing"
    for mark in ctx.tokens:
        if mark.lower_ not in ("until", "till"):
            continue
        clause = mark.head if mark.dep_ == "mark" else timescale.until_misread(ctx, mark, named)
        if clause is None:
            continue
        if timescale.a_milestone(ctx, clause, named):
            return _Evidence(ctx.doc[mark.i: clause.right_edge.i + 1].text)  # "until the baby is walking"
        if _a_month_in_the_clause(clause):
            # round 31: "until he is back on his growth line, which we hope will be by the end of May"
            return _Evidence(ctx.doc[mark.i: clause.right_edge.i + 1].text)
        # "until the court has decided" ends a stretch; "until he has calmed down", "until she has
        # sobered up" is a moment in the evening, not how long the goal lasts.
        perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children) \
            and clause.lemma_.lower() not in _MOMENTS
        if any(t.lemma_.lower() in _WORKING_DAY for t in clause.subtree if t.i != clause.i):
            continue  # "until she finishes work", "until you leave for your night shift": a time of day
        an_age = clause.lemma_.lower() == "be" and any(c.dep_ in ("attr", "acomp") and (c.like_num or c.lower_ == "old")
                                                       for c in clause.children)  # "until Storm is two"
        ended = clause.lemma_.lower() == "be" and any(
            c.dep_ in ("acomp", "attr") and (c.lower_ in ("over", "finished", "closed", "ended", "decided", "done")
                                             or c.tag_ == "VBN" and c.lemma_.lower() in ("close", "end", "decide", "finish"))
            for c in clause.children) and not any(t.lemma_.lower() in ("tea", "dinner", "meal", "bath", "homework")
                                                  for t in clause.subtree)  # "until the case is closed"
        if perfect or an_age or ended or _a_season_turns(clause) or (
                clause.lemma_.lower() in _ENDINGS and clause.lemma_.lower() not in ("get", "go", "come")
                and not any(t.lemma_.lower() in _A_MEAL for t in clause.subtree)
                       or clause.lemma_.lower() in ("get", "go", "come") and not any(
                           t.lemma_.lower() in ("bed", "home", "back", "sleep", "school", "in", "shop", "shops")
                           for t in clause.subtree)):
            return _Evidence(ctx.doc[mark.i: clause.right_edge.i + 1].text)
    named_end = timescale.an_end_named(ctx)
    if named_end is not None:
        return _Evidence(named_end.text)  # round 37: "until the baby is born", "by the end of March"
    while_small = _while_still_small(ctx)
    if while_small is not None:
        return _Evidence(while_small.text)
    stage = timescale.a_stage_timescale(ctx)
    if stage is not None:
        return _Evidence(stage.text)  # "for the 28 days of the DVPO", "throughout the assessment"
    return None


# Times of year and of the day that come round ("until the light evenings come back", "until the
# clocks go forward", "until spring comes"): their turning ends a stretch of months.
_SEASONS = {"evening", "evenings", "night", "nights", "clock", "clocks", "summer", "winter", "spring", "autumn",
            "weather", "days", "holiday", "holidays", "term"}


def _a_season_turns(clause) -> bool:
    """"until the light evenings come back", "until the nights get lighter", "until the clocks go
    forward": the subject is a time of year, so its change ends months, not an evening."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _SEASONS | {"evening", "night", "clock", "day"}
               for c in clause.children)


_SMALL = {"small", "little", "young", "tiny", "a baby", "baby", "toddler", "under"}


def _while_still_small(ctx: Context):
    """"while she is still small", "as long as Noor is a baby", "while Ivy is under five": for as
    long as the child is that young, a stretch of months or years."""
    children = analysis.child_tokens(ctx)
    for mark in ctx.tokens:
        if mark.lower_ not in ("while", "whilst", "long") or mark.head.lemma_.lower() != "be":
            continue
        clause = mark.head
        if mark.lower_ == "long" and not (mark.i and ctx.doc[mark.i - 1].lower_ == "as"):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        states = [c for c in clause.children if c.dep_ in ("acomp", "attr", "prep")]
        if subjects and (subjects[0].i in children or analysis.pronoun_is_child(ctx, subjects[0])) and any(
                s.lemma_.lower() in _SMALL or s.lower_ in _SMALL for s in states) and (
                mark.lower_ == "long" or any(c.lower_ == "still" for c in clause.children)):
            return ctx.doc[mark.i: clause.right_edge.i + 1]
    return None


def _others_know(ctx: Context):
    """Someone outside the acting adults sees, checks, asks or is told ("Nan will text the social
    worker", "Ella's dance teacher will text Mum if…", "Nan will ask him how his weekend was", "so
    everyone knows"). Not a wish ("would like to see stability"), a thing rather than a person
    ("this will be looked at"), nor what professionals do if the goal fails."""
    words = _parts_words()
    knowing = set(words["knowing"]) | {"ask"}
    # "We need to see this" is the professionals writing the goal: they find out too.
    caregivers = {"mum", "mummy", "mam", "mom", "dad", "daddy", "mother", "father", "parent", "parents", "you",
                  "stepdad", "stepmum", "partner"}
    children = analysis.child_tokens(ctx)
    failing = {span.sent for span in analysis.cues(ctx, "if_not")}
    plan_fails = _plan_fails(ctx)
    if plan_fails is not None:
        failing.add(plan_fails.sent)
    professionals = set(analysis.people_words()["professionals"])
    checks = set(words["checks_made"])
    unseen = set(words["unseen_watched"])
    vague = set(words["vague_matters"])
    for token in ctx.tokens:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        handed = _handed_to_a_professional(token, professionals) or others_know.a_professionals_check(
            ctx, token, lambda r: _a_professional_word(r, professionals))
        recorded = _passes_word_on(token) or _keeps_a_record(token) or _does_a_check(token) \
            or others_know.takes_pictures(token)
        if stock.says_nothing_done(token):
            continue  # round 34 (r34e, P#3): "Mr Novak will see it.", "The school will check this."
        if others_know.negated_here(token) and token.lemma_.lower() in knowing:
            continue  # "Police will not need to be called": no check happens
        if others_know.watches_nothing_seen(token, unseen) or others_know.inside_until(token) \
                or others_know.said_in_the_past(token) or others_know.tells_only_of_worries(token, vague):
            continue  # "This will be monitored by the social worker"; "until the social worker has finished"
        lemma = token.lemma_.lower()
        met = [c for c in token.children if c.dep_ == "nsubj"]
        if met and others_know.the_child_sees_a_professional(ctx, token, met[0],
                                                             lambda r: _a_professional_word(r, professionals)) \
                and token.sent not in failing and not _wished(token):
            return token.sent  # "Ella will see the school nurse every Friday": the nurse sees the child
        if _knows_of_the_plan(token) or _professional_contact_as_the_scene(token, caregivers):
            continue  # "Auntie Lorraine knows about this plan"; "pick up when professionals call you"
        if lemma in ("count", "test") and not any(c.dep_ == "dobj" for c in token.children):
            continue  # "count to 20 when he feels cross" calms him; "count the tablets" checks
        if others_know.checked_by_someone(token):
            recorded = True  # "This will be monitored weekly by the attendance officer"
        elif lemma in ("watch", "observe", "listen") and not _watches_how(token, caregivers) \
                and not others_know.watches_adults_do(token, caregivers):
            continue  # "Coach Lee will watch how you are on the touchline"; "Nan will watch Zac" is minding him
        if lemma not in knowing and lemma not in checks and lemma not in ("watch", "observe", "listen") and not handed \
                and not recorded \
                and not _talks_about_how(token) and not _unannounced(token, professionals):
            continue
        if lemma in ("tell", "read") and any(c.dep_ == "dobj" and c.lemma_.lower() in ("story", "joke", "book", "rhyme")
                                             for c in token.children):
            continue  # "Mum will tell Leo a story at bedtime": time with the child, not finding out
        if token.lemma_.lower() == "let" and not any(c.lemma_.lower() == "know" for c in token.children):
            continue
        if token.lemma_.lower() == "ask" and not any(
                c.dep_ == "ccomp" and any(g.lower_ in ("how", "whether", "if", "what", "who", "where", "when", "which") for g in c.subtree)
                for c in token.children) and not others_know.asks_after_an_occasion(token):
            continue  # "ask him how his weekends have been" finds out; "ask Nan to help" does not
        if token.lemma_.lower() == "look" and not any(c.lower_ in ("at", "through", "inside") or c.lower_ == "in" and any(
                g.dep_ == "pobj" for g in c.children) for c in token.children) and not (
                any(c.lower_ == "in" for c in token.children) and any(c.lower_ == "on" for c in token.subtree)):
            continue  # "look at the kitchen", "look in on Skye" are checks; "looking out for him" is care
        if token.sent in failing or _wished(token) or _reviews_the_plan(token):
            continue  # round 31: "we will look at it again then" is a review of the plan, not a check
        if others_know.demands_to_see(token, unseen) or others_know.what_the_child_will_know(ctx, token, children):
            continue  # round 30: "needs to see improvements"; "Saffron will know someone is looking out for her"
        if _calls_for_help(token):
            continue  # "she will ring her friend Shazia, who will come round and help": help, not a check
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")] or _name_before_the_modal(token)
        if not subjects and token.dep_ in ("xcomp", "conj", "advcl") and token.head.i != token.i:
            subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            # Round 31: "Marek has agreed to keep a key and to text the social worker": up a chain of
            # "to …" and "and …" to the verb that has the subject.
            up = token.head
            for _ in range(3):
                if subjects or up.dep_ not in ("xcomp", "conj") or up.head.i == up.i:
                    break
                up = up.head
                subjects = [c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:  # "The health visitor will do spot checks": the subject hung on "do", read as an aux
            subjects = [g for c in token.children if c.dep_ == "aux" for g in c.children if g.dep_ == "nsubj"]
        headline = False
        if not subjects:  # "SW to undertake unannounced visits": "to …" hung on the role as a relative clause
            subjects = others_know.headline_subject(token)
            headline = bool(subjects)
        elif token.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            headline = True  # "HV to carry out spot checks": the same shorthand, parsed with a subject
        agents = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if not agents and others_know.checked_by_someone(token):
            agents = others_know.named_by_via(token)  # "will be monitored via the GP surgery"
        if agents:
            subjects = agents  # "Maisie will be seen by the health visitor every fortnight"
        if not subjects:
            continue
        subject = subjects[0]
        if handed and not subject.i in children:
            return token.sent  # "Mum will show her test results to the social worker each week"
        if lemma in knowing | checks and any(_a_professional_word(c, professionals) for c in subject.conjuncts):
            return token.sent  # round 31: "they and the midwife will tell the social worker if…"
        if (subject.i in children and not _named_as_an_adult(ctx, subject) and not network.a_named_helper(ctx, subject)
                and not a_visitor_not_the_child(ctx, subject, token, children)
                and not _checks_on_another_child(ctx, subject, token, children, professionals)) or (
                subject.lower_ in caregivers or subject.lemma_.lower() in caregivers) \
                and not _the_other_parent(ctx, subject, token, children) \
                and not _the_parent_not_spoken_to(ctx, subject) and not the_other_adult_acts(token, subject):
            continue
        if analysis.pronoun_is_child(ctx, subject) or others_know.they_are_the_parents(ctx, subject, caregivers):
            continue  # round 30: "They should check who she is talking to", "they" being her mum and stepdad
        subject = _role_beside_the_name(subject)  # "Dr Lane, the GP, will count the tablets"
        if subject.lower_ in _NOBODY_IN_PARTICULAR and not any(
                c.dep_ in ("compound", "amod", "poss") for c in subject.children):
            continue  # round 31: "This will be monitored by professionals": no one in particular
        if not (analysis.is_person(subject) or is_institution(subject) or _part_of_a_service(subject)
                or subject.lower_ in ("everyone", "everybody", "someone", "somebody", "anyone")
                or subject.ent_type_ == "ORG" and subject.pos_ == "PROPN"
                or subject.lemma_.lower() in analysis.people_words()["professionals"]
                or subject.lemma_.lower() in analysis.people_words()["network"]
                or headline and subject.text.isupper() and len(subject.text) >= 2):  # "SW to …", "HV to …"
            continue  # "This will be looked at again": nobody in particular
        return token.sent
    return next((t.sent for t in ctx.tokens if t.lemma_.lower() in ("chart", "diary", "logbook") and t.pos_ == "NOUN"
                 and not _only_a_tool(t) and not _kept_by_the_parents(t, caregivers)), None)


# Round 31: a plural that names no one who could be asked ("monitored by professionals", "services
# will keep an eye"): as "this will be looked at", nobody in particular finds out.
_NOBODY_IN_PARTICULAR = {"professionals", "services", "agencies", "partners", "others", "people"}


def _reviews_the_plan(verb) -> bool:
    """Round 31: "we will look at it again then", "we will look at the plan again in March": looking
    at the plan itself ("it", "this", "the plan") is reviewing it, not finding out whether its
    steps happen. "Nan will look at the chart" and "look at his phone" stay checks."""
    if verb.lemma_.lower() not in ("look", "go"):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "over", "through")):
        for thing in (g for g in prep.children if g.dep_ == "pobj"):
            if thing.lemma_.lower() in _THE_PLAN or thing.lower_ in ("it", "this", "that", "things"):
                return True
    return False


def _role_beside_the_name(subject):
    """"Dr Lane, the GP", "Mrs Silva, Indigo's teacher": a name the people reading may not know as
    a name (Lane, Silva) is the person its title ("Dr", "PC") or the role set beside it names."""
    beside = [c for c in subject.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")]
    if beside and not analysis.is_person(subject):
        return beside[0]
    return subject


# What someone is told, known or aware of when it is only the plan itself ("Auntie Lorraine knows
# about this plan", "Grandad has been told about the safety plan"): being in the know about the
# plan finds out nothing about whether its steps happen (classes9.md P2, P4).
_THE_PLAN = {"plan", "goal", "goals", "agreement", "arrangement", "arrangements", "worry", "worries", "concern",
             "concerns", "rule", "rules"}


def _knows_of_the_plan(verb) -> bool:
    """"Leo's uncle knows about the plan", "Nan is aware of the safety plan", "Gran has been told
    about this": knowing the plan exists, with no how, whether or from whom."""
    lemma = verb.lemma_.lower()
    if lemma in ("know", "understand") and any(
            c.dep_ == "ccomp" and c.lemma_.lower() == "be" and any(
                g.dep_ == "nsubj" and g.lemma_.lower() in _THE_PLAN for g in c.children) for c in verb.children):
        return True  # "Leo's grandma knows what the plan is"
    if lemma == "be":
        aware = [c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "aware"]
        heads = [p for a in aware for p in a.children if p.dep_ == "prep" and p.lower_ == "of"]
    elif lemma == "have":
        copies = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "copy"]
        heads = [p for c in copies for p in c.children if p.dep_ == "prep" and p.lower_ == "of"]
        if not heads:
            return False  # "has a copy of the plan"
    elif lemma in ("know", "hear", "understand", "agree", "tell", "inform", "read", "sign"):
        if any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in verb.children):
            return False  # "Nan will know from Ivy how the mornings have gone", "tell … if …"
        if lemma in ("tell", "inform") and not any(c.dep_ == "auxpass" for c in verb.children):
            return False  # "the coach will tell the social worker": word passed on; "has been told about" is not
        heads = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("about", "of")]
        if lemma in ("know", "understand", "read", "sign", "agree"):
            heads += [verb]
    else:
        return False
    things = [g for h in heads for g in h.children if g.dep_ in ("pobj", "dobj")]
    # "knows about this": a pronoun for the plan, after "about" or "of" only ("will read it" is a check).
    return bool(things) and all(t.lemma_.lower() in _THE_PLAN or t.dep_ == "pobj" and t.lower_ in ("this", "it", "that")
                                for t in things) and not any(
        c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)


def _professional_contact_as_the_scene(verb, caregivers: set) -> bool:
    """"pick up when professionals call you", "answer the door when the social worker visits": a
    professional's call or visit set as the moment of the parent's own step is the parent
    answering, not someone finding out (classes9.md P2, P6). "If the school rings you to say Jo is
    not in" says what they found out, and stays a check."""
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "whenever", "if", "once") for c in verb.children):
        return False
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return False
    if any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in verb.children):
        return False  # "rings you to say…"
    parent = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not parent and verb.head.dep_ in ("conj", "xcomp") and verb.head.head.i != verb.head.i:
        parent = [c for c in verb.head.head.children if c.dep_ == "nsubj"]  # "…and pick up when they call you"
    return bool(parent) and (parent[0].lower_ in caregivers or parent[0].lemma_.lower() in caregivers)


# Records someone keeps ("keep a record of Deniz's arrival times", "make a note of each visit").
_RECORDS = {"record", "note", "log", "diary", "tally", "list", "chart"}


def _keeps_a_record(verb) -> bool:
    """"The nursery manager will keep a record of Deniz's arrival times", "Nan will make a note of
    what time Leo gets in", "will keep track of how often…": a record kept, how someone outside the
    parents knows."""
    if verb.lemma_.lower() not in ("keep", "make"):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _RECORDS | {"track"} and any(
        p.dep_ == "prep" and p.lower_ == "of" for p in c.children) for c in verb.children)


_CHECK_NOUNS = {"check", "checks", "spot-check", "spot-checks", "inspection", "inspections", "test", "tests"}


def _does_a_check(verb) -> bool:
    """"will do spot checks on Ada's weight", "will carry out unannounced visits", "will make random
    checks": a check said as a noun after a light verb. A visit counts only when nobody is told of
    it ("Nan will pay a visit on Sundays" is Nan being there)."""
    # round 25: "complete", as services write it ("SW to complete unannounced visits")
    if verb.lemma_.lower() not in ("do", "carry", "make", "conduct", "undertake", "pay", "hold", "spot",  # "spot": "do spot checks" misread
                                   "complete"):
        return False
    for thing in (c for c in verb.children if c.dep_ == "dobj"):
        if thing.lemma_.lower() in _CHECK_NOUNS or thing.lower_ in _CHECK_NOUNS:
            return True
        if thing.lemma_.lower() == "visit" and any(c.lower_ in _WITHOUT_WARNING for c in thing.children
                                                   if c.dep_ in ("amod", "compound")):
            return True
    return False


def _the_parent_not_spoken_to(ctx: Context, subject) -> bool:
    """"Dad, you will be sober at handover. Mum will tell the social worker if you smell of drink":
    in a goal spoken to one parent, the other parent who finds out is outside the acting adults."""
    spoken_to = _spoken_to(ctx)
    parents = {"mum", "mummy", "mam", "mom", "dad", "daddy", "mother", "father"}
    return bool(spoken_to & parents) and subject.lower_ in parents and subject.lower_ not in spoken_to


# Words for what is passed on ("pass on anything worrying", "share any worries").
_NEWS = {"anything", "something", "worry", "worries", "concern", "concerns", "information", "news", "what",
         "everything", "it", "this", "that", "message", "messages", "result", "results", "finding", "findings",
         "problem", "problems", "outcome", "outcomes", "reading", "readings", "score", "scores"}


def _passes_word_on(verb) -> bool:
    """"pass on anything worrying to the social worker", "feed back to the school each week", "share
    any worries with Mum", "keep the health visitor updated": word passed on (classes9.md P2)."""
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep")}
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma == "pass":
        return bool(particles & {"on", "back", "along"}) and (not objects or any(o.lemma_.lower() in _NEWS
                                                                                  for o in objects))
    if lemma == "feed":
        return "back" in particles
    if lemma == "share":
        return any(o.lemma_.lower() in _NEWS for o in objects)
    if lemma in ("update", "notify", "alert"):
        # Round 28b: "notify the Local Authority of the private fostering arrangement" tells that the
        # arrangement exists (as _knows_of_the_plan), not news of how the step goes.
        about = [g for h in (verb, *objects) for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "about")
                 for g in c.children if g.dep_ == "pobj"]
        return bool(objects) and not (about and all(g.lemma_.lower() in _THE_PLAN for g in about))
    if lemma in ("flag", "raise"):
        # "flag any problems to the social worker", "will flag to the school any day Rio misses",
        # "raise it with the health visitor": word passed on. "raise Ava well" is not.
        return any(o.lemma_.lower() in _NEWS for o in objects) or any(
            c.dep_ == "prep" and c.lower_ in ("to", "with") for c in verb.children)
    return False


def _kept_by_the_parents(thing, caregivers: set) -> bool:
    """"Dad, you will put a chart on the fridge and tick off each night…": the parents' own record,
    with nobody outside them named as reading it, is not how others know (classes9.md P2)."""
    node = thing
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head  # "put a chart on the fridge", "fill in the diary"
    if node.pos_ not in ("VERB", "AUX") or node.lemma_.lower() in ("show", "give", "send", "hand", "email", "bring"):
        return False  # "Mum will show the health visitor Noor's feeding chart": handed to someone
    subjects = [c for c in node.children if c.dep_ == "nsubj"]
    above = node
    for _ in range(3):
        # "you need to give Kofi his tablets … and tick the chart": up through "give" to "need".
        if subjects or above.dep_ not in ("conj", "xcomp") or above.head.i == above.i:
            break
        above = above.head
        subjects = [c for c in above.children if c.dep_ == "nsubj"]
    readers = [c for t in thing.sent if t.lemma_.lower() in ("see", "check", "read", "look") and t.i != node.i
               for c in t.children if c.dep_ == "nsubj" and c.lower_ not in caregivers
               and c.lemma_.lower() not in caregivers]
    if readers:
        return False  # "write it on the chart so the diabetes nurse can see it"
    return bool(subjects) and (subjects[0].lower_ in caregivers or subjects[0].lemma_.lower() in caregivers)


def _checks_on_another_child(ctx: Context, subject, verb, children: set, professionals: set) -> bool:
    """"Bill and Rose's Nan will ask Rose after each stay how things were", "Imran will know from
    Sue and from Chase how the week went", "Jonas will visit without warning": the people reading
    can take an adult's name for a child's; one who checks on the goal's child (named more often
    than they are), or visits unannounced, is an adult finding out."""
    counts = {}
    for i in children:
        counts[ctx.doc[i].lower_] = counts.get(ctx.doc[i].lower_, 0) + 1
    if _unannounced(verb, professionals):
        return True  # no child visits without warning
    main = max(counts.values(), default=0)
    if counts.get(subject.lower_, 0) >= main:
        return False  # the goal's child: "Chase will know the adults are looking out for him"
    return any(t.i in children and t.lower_ != subject.lower_ and counts.get(t.lower_, 0) == main
               and t.dep_ in ("dobj", "pobj", "dative") for t in verb.subtree)


def _name_before_the_modal(verb) -> list:
    """"… on the touchline and Mrs Akhtar will ask Reed…", read with "Akhtar" joined to "touchline":
    a name set just before "will" is who will do it, whatever the model hung it on."""
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD" and c.i < verb.i), None)
    if modal is None or modal.i == 0:
        return []
    before = verb.doc[modal.i - 1]
    return [before] if before.pos_ == "PROPN" and before.dep_ in ("conj", "appos", "pobj", "dobj") \
        and analysis.is_person(before) else []


def _watches_how(verb, caregivers: set) -> bool:
    """"will watch how you are on the touchline", "will observe whether Dad is sober", "will watch
    you at matches", "will listen out for how Lucas talks about Mum": watching or listening to the
    adults, or to how things go, is a check; watching the child is minding."""
    # "will listen out for how Lucas talks about Mum": the how-clause may hang on "for".
    return any(c.dep_ in ("ccomp", "xcomp", "prep") and any(g.lower_ in ("how", "whether", "if", "what")
                                                           for g in c.subtree) for c in verb.children) or any(c.dep_ == "dobj" and (c.lower_ in caregivers or c.lemma_.lower()
                                                                    in caregivers) for c in verb.children)


_WITHOUT_WARNING = {"unannounced", "unexpectedly", "warning", "notice", "random", "spot", "surprise"}


def _unannounced(verb, professionals: set) -> bool:
    """"Jonas will visit without warning", "Ms Obi will drop in unannounced", "the social worker
    will call round each fortnight": a visit nobody was told of, or a professional's visit, is a
    check (a visit by Nan on Sundays, said plainly, is not)."""
    if verb.lemma_.lower() not in ("visit", "call", "drop", "pop", "come", "look", "check"):
        return False
    if any(t.lower_ in _WITHOUT_WARNING for t in verb.subtree if t.i > verb.i):
        return True
    if any(t.lower_ == "without" and any(g.lemma_.lower() in ("tell", "let", "ring", "call", "text", "arrange", "say")
                                         for g in t.children) for t in verb.subtree if t.i > verb.i):
        return True  # "will come round without telling you first"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return verb.lemma_.lower() == "visit" and bool(subjects) and (
        subjects[0].lower_ in professionals or subjects[0].lemma_.lower() in professionals or is_institution(subjects[0])
        or " ".join(t.lower_ for t in subjects[0].subtree if t.dep_ in ("compound", "amod") or t.i == subjects[0].i)
        in professionals)


def _calls_for_help(verb) -> bool:
    """"ring her friend Shazia, who will come round and help", "phone Nan to come and sit with
    Leo": calling someone in to help is the network at work, not someone finding out."""
    if verb.lemma_.lower() not in ("ring", "phone", "call", "text", "message", "contact", "ask"):
        return False
    called = [c for c in verb.children if c.dep_ == "dobj"]
    if any(_named_helper(c) or any(r.dep_ == "relcl" and r.lemma_.lower() in _HELPING for r in c.children)
           for c in called):
        return True
    return any(c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
               and (c.lemma_.lower() in _HELPING or c.lemma_.lower() == "come") for c in verb.children)


_SERVICE_NAMES = {"primary", "academy", "school", "nursery", "college", "surgery", "hospital", "practice", "clinic",
                  "centre", "center", "trust"}


def _part_of_a_service(subject) -> bool:
    """"the school office", "the nursery staff", "the GP surgery": a part of a service named by the
    service word before it is the service (someone there will phone, check or see)."""
    institutions = set(analysis.people_words()["institutions"]) | {"school", "nursery", "college", "surgery"}
    if subject.lower_ in _SERVICE_NAMES and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in subject.children):
        return True  # "Oakfield Primary", "Hastings Academy", "Park Lane Surgery": a service by its name
    return subject.pos_ == "NOUN" and any(c.dep_ == "compound" and (c.lower_ in institutions
                                                                     or c.lemma_.lower() in institutions)
                                          for c in subject.children)


def _the_other_parent(ctx: Context, subject, verb, children: set) -> bool:
    """"Dad will keep Bill in after 9pm … Bill's mum will ask Bill on Sunday how his weekend was":
    the child's other parent, when the goal's steps are another adult's, is someone outside the
    acting adults who finds out."""
    if not any(c.dep_ == "poss" and c.i in children for c in subject.children):
        return False
    # Acts of others, read by subject (the model can join "…have Ben. Ben's mum will check…" into one sentence).
    acting = {a.subject.lower_ for a in analysis.actions(ctx) if a.verb.i != verb.i and a.subject.i != subject.i
              and a.subject.i not in children}
    if "you" in acting:
        # "Dad, you will stay sober … Ben's mum will check with Ben": "you" is whoever the goal opens with.
        spoken_to = _spoken_to(ctx)
        if not spoken_to:
            return False
        acting = (acting - {"you"}) | spoken_to
    return bool(acting) and subject.lower_ not in acting


def _spoken_to(ctx: Context) -> set:
    """The words a goal opens with before "you" ("Dad, you will…", "Mum and Dean, you…"): who "you" is."""
    first = ctx.sentences[0] if ctx.sentences else []
    words = []
    for t in first:
        if t.lower_ == "you":
            return {w for w in words if w not in ("and", ",", "&")}
        words.append(t.lower_)
    return set()


def _named_as_an_adult(ctx: Context, name) -> bool:
    """"Tracey, the mum of Jada's best friend, will text Dad", "Leon's coach, Sam": a name set
    beside an adult's role anywhere in the goal is an adult's, whatever else the people reading
    made of it."""
    words = analysis.people_words()
    roles = set(words["family"]) | set(words["network"]) | set(words["professionals"]) | set(words["adult_nouns"])
    roles -= set(words["children"]) | {"brother", "sister", "cousin", "friend", "friends"}
    for t in ctx.tokens:
        if t.text != name.text:
            continue
        beside = [c for c in t.children if c.dep_ == "appos"] + ([t.head] if t.dep_ == "appos" else [])
        before = ctx.doc[t.i - 2] if t.i >= 2 and ctx.doc[t.i - 1].text == "," else None
        if any(b.lemma_.lower() in roles for b in beside) or (before is not None and before.lemma_.lower() in roles):
            return True
        if any(c.dep_ == "compound" and c.i == t.i - 1 and c.lower_ in roles for c in t.children):
            return True  # "Coach Lee", "Nurse Ama": a role word used as a title
    return False


def _keeps_a_record_of_the_service(token, words: dict) -> bool:
    """"The nursery will record Tia's attendance", "report any concerns to Children's Services":
    a service keeping its own tally, not a check on the step the adults take (issue 11 §4)."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for o in objects for g in o.conjuncts]
    return bool(objects) and all(o.lemma_.lower() in words["service_tallies"] for o in objects)


def _talks_about_how(token) -> bool:
    """"Miss Ali will chat with Ivy on Mondays about how her weekend went", "will have a word with
    Dad each week about how things are": a talk that finds out how things are going."""
    lemma = token.lemma_.lower()
    if lemma == "have":
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in ("word", "chat", "talk") for c in token.children):
            return False
    elif lemma in ("say", "share", "feed", "report", "explain"):
        # Round 29: "come to the network meeting every six weeks to say how it's going", "share how
        # things have been": saying how the plan is going (not "say how proud she is of Kai").
        return any(t.lower_ == "how" and t.head.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _HOW_IT_GOES for c in t.head.children)
            for t in token.subtree)
    elif lemma not in ("chat", "talk", "speak"):
        return False
    return any(t.lower_ in ("how", "whether") for t in token.subtree)


# What "how … is going" is said of, when it is the plan: "how it's going", "how things are".
_HOW_IT_GOES = {"it", "thing", "things", "everything", "week", "weekend", "plan", "this", "that", "day", "night",
                "evening", "contact", "visit"}


def _handed_to_a_professional(token, professionals: set) -> bool:
    """"Dad will give his test results to the health visitor", "show the social worker the chart":
    something handed to a professional is how they know, whoever hands it over."""
    if token.lemma_.lower() not in ("provide", "give", "show", "send", "hand"):
        return False
    recipients = [c for c in token.children if c.dep_ == "dative"] + [
        g for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if len(objects) > 1:
        recipients.append(objects[0])  # "show the health visitor your receipts", parsed as two objects

    def professional(r) -> bool:
        named = " ".join(t.lower_ for t in r.subtree if t.dep_ == "compound" or t.i == r.i)
        return r.lemma_.lower() in professionals or r.lower_ in professionals or named in professionals \
            or is_institution(r)
    # "show it to Lorna, the family support worker": the role set beside the name says who she is.
    recipients += [c for r in recipients for c in r.children if c.dep_ == "appos"]
    return any(professional(r) for r in recipients)


def _a_professional_word(r, professionals: set) -> bool:
    """A professional or a service named by its role ("the health visitor", "the PCSO", "the school")."""
    named = " ".join(t.lower_ for t in r.subtree if t.dep_ in ("compound", "amod") or t.i == r.i)
    return r.lemma_.lower() in professionals or r.lower_ in professionals or named in professionals \
        or is_institution(r) or (r.text.isupper() and len(r.text) > 2) or r.lemma_.lower() in network.ROLE_HEADS


def _wished(token) -> bool:
    """"The Local Authority would like to see …": a wish, not a check."""
    return any(a.lemma_.lower() in ("like", "want", "hope", "wish", "expect") for a in list(token.ancestors)[:2])


def _only_a_tool(thing) -> bool:
    """"use the scoop and the chart on the fridge to make up every bottle": the parents' own tool."""
    node = thing
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "dobj" and node.head.lemma_.lower() in ("use", "follow", "read")


def service_goals(ctx: Context) -> list:
    """"The nursery will record Amber's attendance": a service checking, set as the whole goal;
    and going to professionals' meetings in any words ("attend all CIN meetings", "go to every
    review"), read on the parse rather than phrase by phrase."""
    covered = {t.i for span in analysis.cues(ctx, "compliance") for t in span}
    meetings = set(_parts_words()["service_meetings"])
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in ("attend", "go", "turn", "come") or verb.i in covered or verb.pos_ != "VERB":
            continue
        places = [c for c in verb.children if c.dep_ == "dobj" and verb.lemma_.lower() == "attend"]
        places += [g for c in places if c.lower_ in ("all", "every", "each", "any") for q in c.children
                   if q.dep_ == "prep" and q.lower_ == "of" for g in q.children if g.dep_ == "pobj"]
        places += [g for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in ("to", "up")
                   for g in [*c.children, *(p for q in c.children if q.dep_ == "prep" for p in q.children)]
                   if g.dep_ == "pobj"]
        if any(c.dep_ == "prep" and c.lower_ == "with" and any(analysis.is_person(g) for g in c.children)
               for c in verb.children):
            continue  # "Nan will go with Mum to appointments" is help from the network
        place = next((t for t in places if t.lemma_.lower() in meetings and t.i not in covered), None)
        if place is not None and not span_in_quotes(ctx.doc, verb.idx):
            found.append(ctx.doc[verb.i: place.i + 1])
    services = set(analysis.people_words()["professionals"]) | set(analysis.people_words()["institutions"]) \
        | {"worker", "workers", "team", "group", "service", "services", "professional", "plan"}
    for head in ctx.tokens:
        # "work openly and honestly with professionals", "be honest with the social worker".
        if head.lemma_.lower() not in ("work", "cooperate", "co-operate", "engage", "honest", "open", "transparent") \
                or head.i in covered or span_in_quotes(ctx.doc, head.idx):
            continue
        partners = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                    if g.dep_ == "pobj" and (g.lower_ in services or g.lemma_.lower() in services)]
        if partners and not any(t.i in covered for t in ctx.doc[head.i: partners[0].i + 1]):
            found.append(ctx.doc[head.i: partners[0].i + 1])
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in ("record", "monitor", "log", "check", "track") or verb.i in covered:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if objects and any(t.lemma_.lower() in ("attendance", "attend") for t in objects[0].subtree):
            found.append(ctx.doc[verb.i: objects[0].right_edge.i + 1])
    return found


def the_other_adult_acts(verb, subject) -> bool:
    """"Cliff, you will walk away… Mum will tell the social worker if you smack Summer": a parent
    who finds out that "you" did something is not the "you" the goal speaks to, so is someone else
    who will know."""
    if subject.lower_ == "you":
        return False
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "when", "whenever")
                                         for m in c.children)
               and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ == "you" for s in c.children)
               for c in (*verb.children, *(g for k in verb.children if k.dep_ in ("ccomp", "xcomp")
                                           for g in k.children)))


def a_visitor_not_the_child(ctx: Context, subject, verb, children: set) -> bool:
    """"Esther will visit every fortnight and take photos with you": a name the people reading took
    for a child, when another child is the one the goal is about and this one visits the home, is
    an adult from outside (a child does not visit the home they live in)."""
    names = [ctx.doc[i].text for i in children if ctx.doc[i].pos_ == "PROPN"]
    others = {n for n in names if n != subject.text}
    if not others or names.count(subject.text) >= max(names.count(n) for n in others):
        return False
    verbs = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
    if any(v.lemma_.lower() == "visit" and v.pos_ == "VERB" for v in verbs):
        return True
    # Round 37 (r37a, review36h H#9): "Siobhan will see the floor at each visit", "Siobhan and Nan
    # will see the Moses basket clear at every visit": a check made at each of their visits, or made
    # together with an adult of the family's network, is made by a visitor, not by a child.
    adults = analysis.adult_tokens(ctx)
    if any(c.i in adults for c in subject.conjuncts):
        return True
    return any(t.lemma_.lower() == "visit" and t.pos_ == "NOUN" and t.head.dep_ == "prep"
               and any(d.lower_ in ("each", "every") for d in t.children) for v in verbs for t in v.subtree)
