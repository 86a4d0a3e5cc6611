"""When each part of a worry statement or goal counts as present (DOMAIN.md, "When a part counts
as present"): the readings the SOS5xx rules, SOS403/SOS404 and the report's components share.

A part is present only when its words would convince a supervisor: a professional's visit is not
an adult's behaviour, "at risk of significant harm" or court is not a future harm to the child,
"Mum will…" is not speaking to the family, attending or complying is not an everyday action,
"every day" is a frequency and not a timescale, and the parents alone are not a network. Word
lists live in rules/parts.toml, rules/child_focus.toml and rules/people.toml.
"""
from __future__ import annotations

import re

from ..data import load_toml
from ..metrics import span_in_quotes
from ..people import people as read_people
from ..report import Component
from . import analysis
from .base import Context

_WORRY_WORDS = {"worry", "worried", "concern", "concerned"}


def who_is_worried(ctx: Context):
    """(subject token, is_institution) for the first "X is worried / concerned" clause."""
    def compute():
        for token in ctx.doc:
            if token.lemma_.lower() not in _WORRY_WORDS and token.lower_ not in _WORRY_WORDS:
                continue
            head = token.head if token.dep_ in ("acomp", "dobj", "attr") else token
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            # "It is worrying that …" names nobody; a child's own worry is impact, not the worrier.
            roles = set(analysis.people_words()["professionals"]) | set(analysis.people_words()["family"])
            # "Teachers are worried": a plural role is people too.
            subjects = [c for c in subjects if (analysis.is_person(c) or is_institution(c) or c.lemma_.lower() in roles)
                        and c not in analysis.child_words(ctx)]
            if subjects:
                return subjects[0], is_institution(subjects[0])
        return None
    return ctx.memo("who_is_worried", compute)


def subject_span(subject):
    """The subject with its conjuncts ("Mum and services"), not its relative clauses."""
    parts = [t for t in subject.subtree if t.i <= subject.i or t.dep_ in ("conj", "cc", "compound", "poss")]
    return subject.doc[parts[0].i: max(t.i for t in parts) + 1] if parts else subject.doc[subject.i: subject.i + 1]


def subject_text(subject) -> str:
    return subject_span(subject).text


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


def _clause_subject(verb):
    """The subject a verb shares with the clause it hangs on ("Nia needs to be free of …")."""
    node = verb
    for _ in range(3):
        if node.dep_ not in ("xcomp", "ccomp", "conj") or node.head.i == node.i:
            return None
        node = node.head
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0]
    return None


def _in_condition(verb) -> bool:
    """Inside a "when …" or "if …" clause: the words set a scene, they promise nothing."""
    return any(any(c.dep_ == "mark" and c.lower_ in ("when", "if", "whenever") for c in node.children)
               for node in [verb, *verb.ancestors])


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
    node = verb
    for _ in range(3):
        if node.dep_ not in ("ccomp", "xcomp", "conj") or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in ("know", "feel", "see", "hear", "trust") and (any(
                c.dep_ == "nsubj" and is_child(c) for c in node.children) or is_child(_clause_subject(node))):
            return True
    return False


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
    """Someone from the family's network who helps. People (Nan, an aunt, a neighbour) count
    anywhere; places and groups (the school, the family, friends) only as someone acting or
    helping ("the school will…", "with the family"), not as where the child goes."""
    knowing = set(_parts_words()["knowing"])
    network_words = set(analysis.people_words()["network"])
    for person in analysis.people(ctx).adults:
        # "your mum Angela", "Nanna Jean", "your friend Funmi", "godmother Adaeze": a named adult
        # introduced by a network role (a parent named without one may be the parent).
        evidence = set(person.evidence.lower().replace("'s", " ").split())
        if evidence & network_words or ("your" in evidence and evidence & {"mum", "dad", "mother", "father"}):
            return ctx.doc[person.tokens[0]]
    for t in ctx.doc:
        # "Mrs Khan from next door will sit with Ayaan": a neighbour who acts.
        if t.lower_ == "door" and t.i and ctx.doc[t.i - 1].lower_ == "next" and t.head.lower_ == "from" \
                and t.head.head.dep_ in ("nsubj", "conj"):
            return t
    for t in ctx.doc:
        # "his teacher will give him the lunchtime dose": a school that helps, not only one that reports.
        if t.lemma_.lower() in ("school", "teacher", "nursery", "childminder") and t.dep_ == "nsubj" \
                and t.head.pos_ == "VERB" and t.head.lemma_.lower() not in knowing \
                and t.head.lemma_.lower() not in set(_parts_words()["not_everyday"]):
            return t
    words = set(analysis.people_words()["network"]) - set(analysis.people_words()["professionals"]) \
        - {"health visitor", "keyworker", "school", "nursery", "teacher"}
    children = analysis.child_tokens(ctx)
    for t in ctx.doc:
        word = t.lower_ if t.lower_ in words else t.lemma_.lower()
        if word not in words or t.i in children:
            continue
        if word == "family" and not any(c.lower_ in ("wider", "extended", "whole") for c in t.children):
            continue  # "the family" is the household; "the family support worker" a professional
        if word not in _NETWORK_PLACES:
            return t
        owner = [c for c in t.children if c.dep_ == "poss"]
        if owner and owner[0].lower_ in ("his", "her", "their") or t.lower_ == "family's":
            continue
        if t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "conj" and t.head.dep_ in ("nsubj", "nsubjpass")):
            return t
        if t.dep_ == "pobj" and t.head.lower_ in ("with", "by", "from", "like") and not (
                t.head.head.lemma_ in ("play", "go", "see") and word in ("friend", "friends")):
            return t
        if t.dep_ == "dobj" and t.head.lemma_.lower() in ("ask", "call", "phone", "text", "tell", "let", "have") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i in children for c in t.head.children) \
                and not (t.head.dep_ == "pcomp" and t.head.head.lower_ == "for"):
            return t
    return None


def _sentence_of(span) -> str:
    return span.sent.text.strip() if span is not None else ""


_PLACES = {"house", "home", "flat", "kitchen", "bedroom", "bathroom", "bath", "car", "park", "street", "shop",
           "pub", "school", "garden", "room", "stairs", "road", "bed", "sofa", "floor", "party", "hospital"}


def frequency_or_duration(ctx: Context):
    """Time words, widened to the date the model found around them ("for the next six months")."""
    dates = [e for e in ctx.doc.ents if e.label_ == "DATE"]
    spans = []
    for cue in analysis.cues(ctx, "timescale"):
        date = next((e for e in dates if e.start <= cue.end and cue.start <= e.end), None)
        spans.append(ctx.doc[min(cue.start, date.start):max(cue.end, date.end)] if date else cue)
    spans += [e for e in dates if not any(s.start <= e.start < s.end for s in spans)]
    return _Evidence("; ".join(dict.fromkeys(s.text for s in sorted(spans, key=lambda s: s.start)))) if spans else None


class _Evidence(str):
    @property
    def text(self) -> str:
        return str(self)


def _parts_words() -> dict:
    return load_toml("parts.toml")


_MODAL_FUTURE = {"could", "may", "might", "will", "would", "'ll", "wo", "shall"}


def _under_modal(token) -> bool:
    """Is the word inside a clause that looks ahead ("could be hurt") or an "if" clause?"""
    node = token
    for _ in range(6):
        modals = [c for c in node.children if c.tag_ == "MD" and c.lower_ in _MODAL_FUTURE
                  and read_people(token.doc).role_of(c) is None]
        negated = any(c.dep_ == "neg" for c in node.children)
        # "could not wake Dad" is the past; "will keep feeling ashamed" goes on now.
        if modals and not (negated and modals[0].lower_ in ("could", "would")) \
                and node.lemma_.lower() not in ("keep", "continue", "still"):
            return True
        if any(c.dep_ == "mark" and c.lower_ == "if" for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _about_child(ctx: Context, token, children: set, adults: set) -> bool:
    """Is the word said of the child: the child is the subject of its clause (or "he/she" when
    only a child is in the sentence)?"""
    node = token
    for _ in range(8):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            people_in = [t for s in subjects for t in [s, *[c for c in s.children if c.dep_ == "conj"]]]
            for person in people_in:
                if person.i in children or analysis.pronoun_is_child(ctx, person):
                    # "Jade is collected late by Dad": the child is the object of an adult's act.
                    agent = [c for c in node.children if c.dep_ == "agent"]
                    if person.dep_ == "nsubjpass" and agent and any(
                            t.i in adults for a in agent for t in a.subtree):
                        return False
                    return True
            return False
        # "Will will go to school…": the model reads the name as a modal.
        if any(c.dep_ == "aux" and c.i in children for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _child_words_found(ctx: Context, words_key: str, looking_ahead: bool):
    """The first sentence with a word from child_focus.toml said of the child."""
    cue_words = set(load_toml("child_focus.toml")[words_key])
    surroundings = set(load_toml("child_focus.toml")["surroundings"])
    children = analysis.child_tokens(ctx)
    adults = analysis.adult_tokens(ctx)
    for token in ctx.doc:
        word = token.lemma_.lower() if token.lemma_.lower() in cue_words else token.lower_
        if word not in cue_words or token.i in children or token.dep_ == "compound":
            continue  # "on school nights", "his school bag": a word naming something else
        if not looking_ahead and _under_modal(token):
            continue  # "Ivy could choke" is the future, not what Ivy lives through now
        if word in ("see", "hear", "watch", "check") and any(c.dep_ == "auxpass" for c in token.children):
            continue  # "Harvey has not been seen by anyone": someone looking at the child
        if not looking_ahead and word in ("see", "hear", "watch", "witness") and _only_a_label(ctx, token):
            continue  # "The children witnessed DV": a label, not what they saw or heard
        if word in ("safe", "safely", "calm", "clean", "warm", "happy") and token.dep_ == "amod" and not (
                looking_ahead and token.head.head.lemma_.lower() in ("need", "live", "have", "in")):
            continue  # "a safe home" describes the home, unless "Z needs a safe and calm home"
        if word == "safe" and token.head.lemma_.lower() not in ("feel", "be"):
            continue  # "keep Kai safe" is the adult's promise
        if word == "safe" and token.head.lemma_.lower() == "be" and not any(
                c.dep_ in ("xcomp", "prep", "advcl") for c in token.children):
            continue  # "Ayaan will be safe" is a wish; "Sonny will be safe to play in every room" is his day
        if _promised(token):
            continue  # "make sure the children are safe" is the adult's promise, not the child's day
        if looking_ahead and _provided(token):
            continue  # "…wash up, so that Alfie has a clean floor to play on": what the adults provide
        if not looking_ahead and word in ("sleep", "eat", "learn", "play") and not _negated(token):
            continue  # "Willow slept next door" is not harm; "Willow cannot sleep" is
        if _about_child(ctx, token, children, adults):
            return token.sent
        # "Dad found Zain in the same nappy, with a bad rash": what the child was found with.
        item = token
        while item.dep_ == "conj" and item.head.i != item.i:
            item = item.head  # "with a wet nappy and a sore rash"
        if not looking_ahead and token.pos_ == "NOUN" and item.head.lower_ == "with" and (
                item.head.head.i in children or any(c.dep_ == "dobj" and c.i in children
                                                    for c in item.head.head.children)):
            return token.sent
        # "and Maisie cries": the model sometimes reads a name and a verb as one noun.
        before = [t for t in ctx.doc[max(0, token.i - 3): token.i] if t.pos_ != "ADV"]
        if before and before[-1].i in children and before[-1].dep_ in ("compound", "nsubj", "amod"):
            return token.sent
        # "the house becomes dirty and unsafe and isn't a nice place for Z to live".
        if not looking_ahead and token.lower_ in surroundings and token.dep_ != "amod":
            clause = token.head if token.head.pos_ in ("VERB", "AUX") else token
            if any(t.i in children for t in clause.subtree):
                return token.sent
    if not looking_ahead:
        return _what_the_child_did(ctx, children)
    return None


_ROUTINE = {"sleep", "eat", "play", "live", "stay", "go", "come", "start", "visit", "attend", "turn", "say", "tell"}


def _provided(token) -> bool:
    """Inside what the child "has" in a "so that" clause of an adult's act: the thing provided,
    not what the child will see, hear or feel."""
    for node in token.ancestors:
        if node.lemma_.lower() == "have" and node.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in ("so", "that") for c in node.children):
            return any(c.dep_ == "dobj" and token in c.subtree for c in node.children)
    return False


def _only_a_label(ctx: Context, verb) -> bool:
    """Is what the child saw or heard only a label or an acronym ("witnessed DV", "saw domestic
    abuse"), not what an adult did?"""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    if not objects:
        return False
    labelled = {t.i for filename, groups in (("specificity.toml", ("label", "vague")), ("jargon.toml", None))
                for span, entry in ctx.matches(filename, per_group=True)
                if groups is None or entry.group in groups for t in span}
    words = [t for o in objects for t in o.subtree if t.pos_ not in ("DET", "ADP", "PUNCT", "ADJ", "ADV")]
    return bool(words) and all(t.i in labelled for t in words)


def _what_the_child_did(ctx: Context, children: set):
    """"Leah has climbed onto the worktop", "Leah walks there in bare feet": what the child did,
    now or before, is what the adults' behaviour means for them (not a routine, a state or a
    guess about later)."""
    stative = set(analysis.people_words()["stative_verbs"]) | _ROUTINE
    for verb in ctx.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in stative or _under_modal(verb) or _only_a_label(ctx, verb):
            continue
        if any(c.dep_ == "auxpass" or c.tag_ == "MD" for c in verb.children):
            continue  # "where Sonny can reach them" is a danger, not something Sonny did
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "xcomp" and verb.tag_ == "VBG":
            # "Noah has started biting": the head's subject (not an advcl: "collected by Dad smelling of drink").
            subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        adults = analysis.adult_tokens(ctx)
        alone = subjects[0].lower_ in ("he", "she", "they") and children \
            and not any(t.i in adults for t in verb.sent)  # no adult the pronoun could mean
        if subjects[0].i in children or alone:
            return verb.sent
    return None


def _negated(token) -> bool:
    node = token if token.pos_ in ("VERB", "AUX") else token.head
    words = {"not", "n't", "never", "cannot", "unable", "without", "no"}
    return any(c.lower_ in words for c in node.children) or any(c.lower_ in words for c in node.head.children
                                                                  if node.dep_ in ("xcomp", "ccomp"))


def _promised(token) -> bool:
    """Inside "make sure …", "ensure …" or "keep … safe": what an adult promises, not what a child lives."""
    node = token
    for _ in range(5):
        if node.lemma_.lower() in ("ensure", "keep") or (node.lemma_.lower() == "make" and any(
                c.lower_ == "sure" for c in node.children)):
            return True
        new_clause = node.dep_ in ("advcl", "relcl", "parataxis") or (
            node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children))
        if node.head.i == node.i or new_clause:
            return False  # a new clause ("…, and Mia will be safe") is not inside the promise
        node = node.head
    return False


def adult_actions(ctx: Context) -> list:
    """What a named adult did (worry) or will do (goal): not the child, not a professional, not a
    missed appointment, not a guess ("it is thought that Mum may be using")."""
    def compute():
        children = analysis.child_tokens(ctx)
        adults = analysis.adult_tokens(ctx)
        words = _parts_words()
        guessed = {span.sent for span in analysis.cues(ctx, "hypothesis")}
        compliance = {t.i for span in analysis.cues(ctx, "compliance") for t in span}
        absence = {t.i for span in analysis.cues(ctx, "absence") for t in span}
        found = []
        professionals = set(analysis.people_words()["professionals"])
        # "Dad is controlling": a label or a judgement read as a verb is not behaviour.
        labelled = {t.i for span, entry in ctx.matches("specificity.toml", per_group=True)
                    if entry.group in ("label", "judgement") for t in span}
        for action in analysis.actions(ctx) + _passive_acts(ctx, adults) + _unparsed_subjects(ctx, adults):
            subject, verb = action.subject, action.verb
            if action.sentence in guessed or _means_professional(ctx, subject, professionals) \
                    or verb.i in labelled:
                continue  # "The social worker is worried because she visited…": her visit is not the family's
            if subject.i in children and not (ctx.kind == "goal" and action.sentence.text.lower().startswith(
                    ("for this to happen", "to make this happen", "for that to happen"))):
                continue
            if analysis.pronoun_is_child(ctx, subject):
                continue
            objects = [c for c in verb.children if c.dep_ == "dobj"] + [
                g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            if any(t.lower_ in words["appointments"] for t in objects):
                continue
            if any(t.i in compliance for o in objects for t in o.subtree):
                continue  # "provide negative hair strand tests": the object is a service's check
            if verb.lemma_.lower() == "meet" and any(t.lemma_.lower() == "need" for t in verb.subtree):
                continue  # "meet his needs" is a promise, not something anyone can see
            if verb.lemma_.lower() == "keep" and any(
                    t.lemma_.lower() in ("safe", "well", "healthy") for t in verb.subtree):
                continue  # "keep Kai safe" is a wish, not something anyone can see
            if verb.lemma_.lower() == "let" and any(
                    t.lower_ in professionals or t.lower_ == "worker" or _means_professional(ctx, t, professionals)
                    for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp") for t in c.subtree):
                continue  # "let the family support worker in" ("let her in") is compliance
            if verb.lemma_.lower() == "take" and any(
                    t.lemma_.lower() in words["treatment"] for c in verb.children if c.dep_ == "dobj"
                    for t in c.subtree) and not any(c.dep_ in ("dative", "prep") for c in verb.children
                                                    if any(t.i in children for t in c.subtree)):
                continue  # "take her medication as prescribed" is following treatment, not care
            if verb.lemma_.lower() in words["label_verbs"] and not any(
                    c.dep_ == "dobj" and not analysis.is_person(c) and c.i not in children for c in verb.children):
                continue  # "Dad is controlling", "Dad abuses Mum": a label, not what he did ("controls her bank card" is)
            if verb.lemma_.lower() in ("miss",) or (ctx.kind == "goal" and _purpose_or_musing(verb)):
                continue
            if ctx.kind == "goal":
                inherited = verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "aux") for c in verb.children) \
                    and any(c.dep_ == "neg" for c in verb.head.children)  # "will not drink or use drugs"
                if action.negated or inherited or verb.i in compliance or verb.i in absence:
                    continue
                if verb.lemma_.lower() in words["not_everyday"] and not _made_sure_by_the_clock(verb):
                    continue
            found.append(action)
        if ctx.kind == "goal" and not found:
            found.extend(_what_needs_to_happen(ctx, children))
        return found
    return ctx.memo("adult_actions", compute)


_CLOCK = re.compile(r"^(?:by|at|before)\s+(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|o'clock)?|half past \w+|"
                    r"quarter (?:past|to) \w+|\w+ o'clock)$", re.I)


def _made_sure_by_the_clock(verb) -> bool:
    """"Make sure Harvey is at nursery by 9am", "ensure the children are in bed by 7.30": a
    promise tied to a clock time anyone can check is an everyday action, unlike "make sure Kai is
    safe"."""
    if not (verb.lemma_.lower() == "ensure" or (verb.lemma_.lower() == "make" and any(
            c.lower_ == "sure" for c in verb.children))):
        return False
    for prep in verb.subtree:
        if prep.lower_ in ("by", "at", "before") and prep.dep_ == "prep":
            if _CLOCK.match(verb.doc[prep.i: prep.right_edge.i + 1].text):
                return True
    return False


def _purpose_or_musing(verb) -> bool:
    """"…a parenting group to improve her confidence and build a support network": a purpose is
    hoped for, not done; "Mum should consider attending" commits to nothing."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return True
    return any(a.lemma_.lower() == "consider" for a in [node, *list(node.ancestors)[:2]])


def _means_professional(ctx: Context, token, professionals: set) -> bool:
    """Does "she", "he" or "her" point back to a professional ("The social worker is worried
    because she visited…", "let the family support worker in … so that she can see")? The
    nearest person before it, a subject of its own sentence first, as analysis.pronoun_is_child."""
    if token.lower_ not in ("he", "she", "him", "her", "they", "them"):
        return False
    family = analysis.adult_tokens(ctx) | analysis.child_tokens(ctx)
    candidates = []
    for t in reversed(ctx.doc[max(0, token.i - 40): token.i]):
        if t.lower_ in ("you", "your", "i", "we"):
            continue
        if t.i in family or t.lower_ in professionals or t.lemma_.lower() in professionals:
            if token.lower_ in ("he", "him") and t.lower_ in analysis._FEMALE or \
                    token.lower_ in ("she", "her") and t.lower_ in analysis._MALE:
                continue
            candidates.append(t)
    if not candidates:
        return False
    same = [t for t in candidates if t.sent == token.sent]
    chosen = next((t for t in same if t.dep_ in ("nsubj", "nsubjpass")), None) or (same[0] if same else candidates[0])
    return chosen.lower_ in professionals or chosen.lemma_.lower() in professionals


def _unparsed_subjects(ctx: Context, adults: set) -> list:
    """Who acted when the model missed the subject: "Mum's partner Dean locks Skye…" (the name
    read as part of the verb), "men aged about 20 have been picking Kayla up" (an adult noun)."""
    adult_nouns = set(analysis.people_words()["adult_nouns"])
    stative = set(analysis.people_words()["stative_verbs"])
    found = []
    for verb in ctx.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in stative or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and ctx.kind == "worry" and subjects[0].lower_ in ("nobody", "noone", "no-one") and any(
                c.dep_ == "prep" and c.lower_ in ("at", "in") and any(g.lemma_.lower() in ("home", "house", "flat")
                                                                       for g in c.children)
                for c in subjects[0].children):
            # "nobody at home asks where he has been": what the household's adults do not do.
            found.append(analysis.Action(subjects[0], verb, True))
            continue
        if subjects:
            if subjects[0].lower_ in adult_nouns and not analysis.is_person(subjects[0]):
                found.append(analysis.Action(subjects[0], verb, any(c.dep_ == "neg" for c in verb.children)))
            continue
        before = [c for c in verb.children if c.dep_ in ("compound", "poss") and c.i < verb.i and c.i in adults]
        if before:
            found.append(analysis.Action(before[-1], verb, any(c.dep_ == "neg" for c in verb.children)))
    return found


def _passive_acts(ctx: Context, adults: set) -> list:
    """"Jade is collected late by Dad": an adult's act written in the passive, the adult named
    after "by" (a professional's act is not the family's behaviour)."""
    stative = set(analysis.people_words()["stative_verbs"])
    professionals = set(analysis.people_words()["professionals"])
    found = []
    for verb in ctx.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in stative or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        doers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        doer = next((t for t in doers if t.i in adults and t.lower_ not in professionals
                     and not any(w.lower_ in professionals for w in t.subtree)), None)
        if doer is not None:
            found.append(analysis.Action(doer, verb, any(c.dep_ == "neg" for c in verb.children)))
    return found


def _what_needs_to_happen(ctx: Context, children: set) -> list:
    """The house style's "For this to happen, Z needs to …" names what must happen, even when a
    young person does it; read on the words, because the model often parses "Z needs" as a noun."""
    found = []
    for sentence in ctx.sentences:
        if not sentence.text.lower().startswith(("for this to happen", "to make this happen", "for that to happen")):
            continue
        tokens = list(sentence)
        for k, t in enumerate(tokens[:-3]):
            if t.i in children and tokens[k + 1].lower_ in ("needs", "need", "will", "must") :
                verb = tokens[k + 3] if tokens[k + 2].lower_ == "to" else tokens[k + 2]
                if verb.lemma_.lower() not in set(_parts_words()["not_everyday"]) and verb.is_alpha:
                    found.append(analysis.Action(t, verb, False))
    return found


def _future(ctx: Context):
    """A sentence that says what could happen to the named child: a modal clause with the child
    in it, not proceedings or "significant harm"."""
    children = analysis.child_tokens(ctx)
    adults = analysis.adult_tokens(ctx)
    found = analysis.people(ctx)
    not_harm = set(_parts_words()["not_a_harm"])
    for token in ctx.doc:
        if token.tag_ != "MD" or token.lower_ not in _MODAL_FUTURE or found.role_of(token) is not None:
            continue
        verb = token.head
        while verb.dep_ in ("aux", "auxpass") and verb.head.i != verb.i:
            verb = verb.head
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "Ruby will not go upstairs": a refusal now, not a danger
        clause = list(verb.subtree)
        # "If Harvey is hurt again …, a small injury could become serious": the condition names the child.
        clause += [t for c in verb.sent if c.dep_ == "advcl" and any(m.lower_ == "if" for m in c.children)
                   for t in c.subtree]
        if any(t.lower_ in not_harm or t.lemma_.lower() in not_harm for t in clause):
            continue
        if any(t.i in children for t in clause):
            return verb.sent
        if any(analysis.pronoun_is_child(ctx, t) for t in clause):
            return verb.sent
    worsening = _becoming_unsafe(ctx, children)
    if worsening is not None:
        return worsening
    looking_ahead = ("if ", "likely", "future", "one day", "end up")
    for span in analysis.cues(ctx, "future"):
        if any(w in span.text.lower() + " " for w in looking_ahead) and any(t.i in children for t in span.sent) \
                and not any(t.lower_ in not_harm or t.lemma_.lower() in not_harm for t in span.sent):
            return span.sent  # "Noah is likely to be hurt", "if nothing changes, Ella…"
    return None


def _becoming_unsafe(ctx: Context, children: set):
    """"When Mum gives up trying, the house becomes very dirty and unsafe and isn't a nice place
    for Z to live": a change for the worse that leaves the named child unsafe is where things are
    heading, said as a pattern rather than with "could". A state ("the house is dirty") is not."""
    unsafe = set(_parts_words()["becoming_unsafe"])
    for verb in ctx.doc:
        if verb.lemma_.lower() not in ("become", "get", "grow", "turn") or _negated(verb):
            continue
        states = [c for c in verb.children if c.dep_ in ("acomp", "attr", "oprd")]
        states += [g for c in states for g in c.children if g.dep_ == "conj"]
        if not any(s.lemma_.lower() in unsafe or s.lower_ in unsafe for s in states):
            continue
        clause = [t for t in verb.subtree]
        if any(t.i in children or analysis.pronoun_is_child(ctx, t) for t in clause):
            return verb.sent
    return None


def _plan_fails(ctx: Context):
    """"If the parents are unable to show the change, …", "if Dad cannot manage this, …": an "if"
    clause about the goal not being met, with what follows. "If he is not there by 9.30, the
    nursery will ring Nan" is a check, not what happens if the goal fails."""
    for mark in ctx.doc:
        if mark.lower_ != "if" or mark.dep_ != "mark" or mark.head.dep_ != "advcl":
            continue
        clause = list(mark.head.subtree)
        lemmas = {t.lemma_.lower() for t in clause}
        negated = any(t.dep_ == "neg" or t.lower_ in ("cannot", "unable", "never") for t in clause)
        if "unable" in lemmas or "fail" in lemmas or (negated and lemmas & {"change", "happen", "manage", "work",
                                                                             "improve", "stop", "keep"}):
            return ctx.doc[mark.i: mark.head.head.right_edge.i + 1]
    return None


def _who(ctx: Context):
    who = who_is_worried(ctx)
    if who and who[0].lower_ in ("everyone", "everybody"):
        return None
    return who


def _addressed(ctx: Context):
    """Speaks to the family: "Mum, you and Z need…" (you / your), not "Mum will…"."""
    return next((t for t in ctx.doc if t.lower_ in ("you", "your", "you're", "yourself")), None)


def _timescale_real(ctx: Context):
    """How long: a duration ("for the next six months", "until Christmas"), not a frequency."""
    found = frequency_or_duration(ctx)
    if found is None:
        return None
    pattern = re.compile(r"\b(for|until|till|throughout|over the next|from now on|rest of|for good)\b", re.I)
    kept = [part for part in str(found).split("; ") if pattern.search(part)]
    if not kept:
        for sentence in ctx.sentences:
            match = re.search(r"\b(?:for|until|till|over)\b[^.;,]{0,40}?\b(?:months?|weeks?|years?|term|christmas|"
                              r"summer|easter|holidays?|january|february|march|april|june|july|august|september|october|"
                              r"november|december|end of (?:the )?\w+)\b|\b(?:until|till)\s+\w+(?:'s)?\s+(?:is|turns|starts|"
                              r"goes|leaves|finishes)\b", sentence.text, re.I)
            if match:
                return _Evidence(match.group(0))
        return None
    return _Evidence("; ".join(kept))


def _others_know(ctx: Context):
    """Someone outside the acting adults sees, checks or is told ("Nan will text the social worker",
    "Ella's dance teacher will text Mum if…", "so everyone knows")."""
    knowing = set(_parts_words()["knowing"])
    # "We need to see this" is the professionals writing the goal: they find out too.
    caregivers = {"mum", "mummy", "mam", "mom", "dad", "daddy", "mother", "father", "parent", "parents", "you",
                  "stepdad", "stepmum", "partner"}
    children = analysis.child_tokens(ctx)
    for token in ctx.doc:
        if token.lemma_.lower() not in knowing or token.pos_ not in ("VERB", "AUX"):
            continue
        if token.lemma_.lower() == "let" and not any(c.lemma_.lower() == "know" for c in token.children):
            continue
        if token.lemma_.lower() == "look" and not any(c.lower_ == "at" for c in token.children) and not (
                any(c.lower_ == "in" for c in token.children) and any(c.lower_ == "on" for c in token.subtree)):
            continue  # "look at the kitchen", "look in on Skye" are checks; "looking out for him" is care
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and token.dep_ in ("xcomp", "conj", "advcl") and token.head.i != token.i:
            subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        subject = subjects[0]
        if subject.i in children or subject.lower_ in caregivers or subject.lemma_.lower() in caregivers:
            continue
        if analysis.pronoun_is_child(ctx, subject):
            continue
        return token.sent
    return next((t.sent for t in ctx.doc if t.lemma_.lower() in ("chart", "diary", "logbook") and t.pos_ == "NOUN"), None)


def _context_real(ctx: Context):
    """When or where the adults' behaviour happens: not a vague "often", not the future clause."""
    vague = {"often", "sometimes", "regularly", "frequently", "every"}
    names = analysis.people(ctx).name_tokens
    for span in analysis.cues(ctx, "context"):
        # "when she will not stop crying" is when it happens; the clause it hangs on decides the tense.
        anchor = span.root.head.head if span.root.lower_ in ("when", "while", "whenever", "after", "before") \
            else span.root
        if span.text.lower() in vague or _under_modal(anchor) or any(t.i in names for t in span):
            continue
        return span
    when = next((e for e in ctx.doc.ents if e.label_ in ("DATE", "TIME") and not _under_modal(e.root)
                 and not any(t.i in names for t in e)), None)
    if when is not None:
        return when
    for token in ctx.doc:
        # "to his friend's flat", "into the pub" (not "goes to bed", "to school": a routine, not a place).
        moving = token.lower_ in ("to", "into", "round")
        if token.lower_ in ("in", "at", "on", "near", "outside", "inside", "to", "into", "round") and any(
                c.dep_ == "pobj" and any(t.lemma_.lower() in _PLACES for t in c.subtree)
                and (not moving or any(g.dep_ in ("det", "poss") for g in c.children)) for c in token.children) \
                and not _under_modal(token):
            return ctx.doc[token.i: token.right_edge.i + 1]
    return None


def components(ctx: Context) -> list[Component]:
    """Each part a statement of this kind should have, present or missing, with the words found.
    A part is present only when its words would convince a supervisor (DOMAIN.md)."""
    def compute():
        def first(kind):
            found = analysis.cues(ctx, kind)
            return found[0] if found else None

        acts = adult_actions(ctx)
        acted = " / ".join(dict.fromkeys(f"{a.subject.text} … {a.verb.text}" for a in acts[:3]))
        if ctx.kind == "worry":
            who = _who(ctx)
            context = _context_real(ctx)
            impact = _child_words_found(ctx, "impact", looking_ahead=False)
            future = _future(ctx)
            return [
                Component("who", "Who is worried", bool(who and not who[1]), subject_text(who[0]) if who else ""),
                Component("behaviour", "What the adults did", bool(acts), acted),
                Component("context", "When or where it happens", context is not None, context.text if context else ""),
                Component("impact", "What it means for the child", impact is not None, _sentence_of(impact)),
                Component("future", "What could happen if nothing changes", future is not None, _sentence_of(future)),
            ]
        addressed = _addressed(ctx)
        network = _network(ctx)
        experience = _child_words_found(ctx, "experience", looking_ahead=True)
        timescale = _timescale_real(ctx)
        knows, if_not = _others_know(ctx), first("if_not") or _plan_fails(ctx)
        return [
            Component("addressed", "Speaks to the family", addressed is not None,
                      addressed.sent.text.strip() if addressed is not None else ""),
            Component("action", "What the adults will do", bool(acts), acted),
            Component("network", "Who will help", network is not None, network.sent.text.strip() if network else ""),
            Component("others_know", "How others will know", knows is not None, _sentence_of(knows)),
            Component("timescale", "For how long", timescale is not None, timescale.text if timescale else ""),
            Component("experience", "What the child will experience", experience is not None, _sentence_of(experience)),
            Component("if_not", "What happens if it does not happen", if_not is not None, _sentence_of(if_not)),
        ]
    return ctx.memo("components", compute)


def service_goals(ctx: Context) -> list:
    """"The nursery will record Amber's attendance": a service checking, set as the whole goal;
    and going to professionals' meetings in any words ("attend all CIN meetings", "go to every
    review"), read on the parse rather than phrase by phrase."""
    covered = {t.i for span in analysis.cues(ctx, "compliance") for t in span}
    meetings = set(_parts_words()["service_meetings"])
    found = []
    for verb in ctx.doc:
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
    for head in ctx.doc:
        # "work openly and honestly with professionals", "be honest with the social worker".
        if head.lemma_.lower() not in ("work", "cooperate", "co-operate", "engage", "honest", "open", "transparent") \
                or head.i in covered or span_in_quotes(ctx.doc, head.idx):
            continue
        partners = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                    if g.dep_ == "pobj" and (g.lower_ in services or g.lemma_.lower() in services)]
        if partners and not any(t.i in covered for t in ctx.doc[head.i: partners[0].i + 1]):
            found.append(ctx.doc[head.i: partners[0].i + 1])
    for verb in ctx.doc:
        if verb.lemma_.lower() not in ("record", "monitor", "log", "check", "track") or verb.i in covered:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if objects and any(t.lemma_.lower() in ("attendance", "attend") for t in objects[0].subtree):
            found.append(ctx.doc[verb.i: objects[0].right_edge.i + 1])
    return found


def is_institution(subject) -> bool:
    words = analysis.people_words()
    institutions = set(words["institutions"])
    phrase = {t.lower_ for t in subject.subtree} | {subject.lemma_.lower()}
    if {"social", "care"} <= phrase:
        return True
    return (subject.lower_ in institutions or subject.lemma_.lower() in institutions
            or bool({"authority", "services"} & phrase and subject.lower_ not in words["professionals"]))


def is_present(ctx: Context, name: str) -> bool:
    return next(c for c in components(ctx) if c.name == name).present
