"""What the child lives through (worry impact) or will live through (goal experience): a word
from rules/child_focus.toml said of the child, not of an adult's promise or a label."""
from __future__ import annotations

from ...data import load_toml
from ...metrics import span_in_quotes
from .. import analysis
from ..base import Context
from . import body, child32, deeds
from .common import _in_condition, _negated, _parts_words, _under_modal, addressed_child, loose_subjects

def _about_child(ctx: Context, token, children: set, adults: set) -> bool:
    """Is the word said of the child: the child is the subject of its clause (or "he/she" when
    only a child is in the sentence)?"""
    node = token
    joined = False  # "Kai was hit by Dad and was frightened": a predicate of its own, joined by "and"
    for _ in range(8):
        subjects = loose_subjects(node)
        if subjects:
            people_in = [t for s in subjects for t in [s, *[c for c in s.children if c.dep_ == "conj"]]]
            for person in people_in:
                if person.i in children or analysis.pronoun_is_child(ctx, person) or (
                        person.lower_ == "you" and addressed_child(ctx)):
                    # "Jade is collected late by Dad": the child is the object of an adult's act.
                    agent = [c for c in node.children if c.dep_ == "agent"]
                    if person.dep_ == "nsubjpass" and agent and not joined and any(
                            t.i in adults for a in agent for t in a.subtree):
                        return False
                    return True
            return False
        joined = joined or (node.dep_ == "conj" and node.pos_ in ("VERB", "AUX"))
        # "Will will go to school…": the model reads the name as a modal.
        if any(c.dep_ == "aux" and c.i in children for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _cared_for_opening(ctx: Context, children: set):
    """Round 34: the first sentence a child's name opens with a goal's shorthand or future for
    the child's daily care ("Sky to have a clean, warm bed and clean clothes every day", "Ruby
    will have breakfast every morning": people.cared_openers), which the parse may make the
    sentence's root; the same words read as the child's day whatever the tagger makes of the name."""
    from ...people.cared_openers import cared_for_at_opening

    for sentence in ctx.sentences:
        first = sentence[0]
        if first.i in children and cared_for_at_opening(first, states=False):
            return sentence
    return None


def _child_words_found(ctx: Context, words_key: str, looking_ahead: bool):
    """The first sentence with a word from child_focus.toml said of the child."""
    cue_words = set(load_toml("child_focus.toml")[words_key])
    surroundings = set(load_toml("child_focus.toml")["surroundings"])
    children = _child_named_again(ctx)
    adults = analysis.adult_tokens(ctx)
    if looking_ahead and not children:
        children = _unread_child(ctx, adults)
    if looking_ahead:
        children = children | _the_child_the_goal_is_for(ctx, children)
    spared = set(_parts_words()["spared_feelings"]) - cue_words if looking_ahead else set()
    sanctions = _sanction_sentences(ctx) if looking_ahead else set()
    # "If this doesn't happen, Dean may need to be looked after by someone else": the if-not part.
    failing = {span.sent.start for span in analysis.cues(ctx, "if_not")} | _if_an_adult_does(ctx, adults) \
        if looking_ahead else set()
    not_everyday = set(_parts_words()["not_everyday"])
    if looking_ahead:
        opened = _cared_for_opening(ctx, children)
        if opened is not None:
            return opened  # Round 34 (review34q Q#1): "Sky to have a clean, warm bed …", however it is parsed
    cue_or_spared, starts = cue_words | spared, ctx.sentence_starts  # (made once, not per token)
    for token in ctx.tokens:
        word = token.lemma_.lower() if token.lemma_.lower() in cue_or_spared else token.lower_
        if word in spared and not (_spared(token) and not _in_condition(token)):
            continue  # "won't be scared and alone", "without getting hurt": what the child is spared
        if (word not in cue_words and word not in spared) or token.i in children or token.dep_ == "compound":
            continue  # "on school nights", "his school bag": a word naming something else
        if starts[token.i] in sanctions or starts[token.i] in failing:
            continue  # "If Dad hits Leo again, Leo will not be able to see him": a sanction, not the child's day
        if looking_ahead and (_a_named_adult(token, adults) or _in_an_until_clause(token)):
            continue  # round 28: "with your friend Dionne" names an adult; "until Esi starts school" is when it ends
        if looking_ahead and (token.head.lemma_.lower() in not_everyday or token.head.lemma_.lower() in _ABSTRACT):
            continue  # "Chloe needs to attend school", "a calm home environment": a service or a label
        # "Amir is to be free from emotional harm": the absence of harm, not a day. "A home free from
        # violence" is left to the other words: read as missing, the rewrite asks for the child's name
        # even when given ("Storm will live in a home free from violence").
        if word == "free" and any(c.dep_ == "prep" and c.lower_ == "from" for c in token.children):
            continue  # "a childhood free from violence" too: an abstract state, nothing from the child's eye
        if looking_ahead and word in ("grow", "care") and (token.pos_ == "NOUN" or _grown(token)):
            continue  # "grow up in a safe environment", "Mia will grow", "needs nurturing care": not a moment
        if looking_ahead and _a_measure(token):
            continue  # "Ava will gain weight": a figure a professional takes, not what the child lives
        if looking_ahead and _the_occasion_of_an_adults_act(ctx, token, adults, children):
            continue  # "stay with Ash whenever she is in the bath": when the adult acts, not what Ash lives
        if looking_ahead and (child32.state_seen_by_others(ctx, token, children)
                              or child32.feeling_told_by_the_child(ctx, token, children)):
            return token.sent  # Round 32 (review32c): "staff will see Rosie relaxed", "Kai will tell Nan it feels safe"
        if looking_ahead and (not_the_childs_day(ctx, token, children) or deeds.an_adults_look(ctx, token)):
            continue  # "will feel supported", "will be given space to talk in direct work sessions"
        if looking_ahead and (another_sense(token) or a_step_asked_of_the_child(ctx, token, children)
                              or the_topic_of_an_adults_act(ctx, token, adults, children)):
            continue  # round 30: "known gang members"; "Shannon will stop vaping in school"; "what she eats"
        if looking_ahead and _what_an_adult_checks(ctx, token, children):
            continue  # "you will know where Rocco is after school", "note whether she has eaten"
        if looking_ahead and _made_ready(token):
            continue  # "get him dressed for school": the adult's act, the child its object
        if looking_ahead and (_bare_state(token) or _only_better(token) or general_outcome(token)):
            continue  # "The children will be happier": a wish, with nothing of the child's day in it
        if not looking_ahead and _under_modal(token):
            continue  # "Ivy could choke" is the future, not what Ivy lives through now
        if not looking_ahead and _the_worriers_feeling(ctx, token):
            continue  # "Ward sister Grace is worried about baby Skye": the worrier's feeling, not the child's
        if not looking_ahead and a_service_word(token):
            continue  # "behind with his immunisations", "was stop searched": the service's record
        if token.lower_ == "alone" and token.head.lemma_.lower() in ("see", "speak", "visit", "interview", "meet") \
                and any(c.dep_ == "auxpass" for c in token.head.children) or token.lower_ == "alone" and \
                token.head.lemma_.lower() in ("see", "speak", "visit", "interview", "meet") and token.head.tag_ == "VBN":
            continue  # "when seen alone": how the professional saw the child, not the child left alone
        if not looking_ahead and _a_step_in_the_process(token.head if token.pos_ != "VERB" else token) \
                and word not in ("scared", "frightened", "upset", "cry"):
            continue  # "would not engage in direct work", "made a disclosure to school"
        if not looking_ahead and _hedged(token):
            continue  # "Rose appears tired and withdrawn": a guess at how she seems (issue 11 §4)
        if not looking_ahead and (_a_place_or_a_time(token) or _the_childs_own_choice(token)):
            continue  # "set fire to the bins behind the Co-op", "has made unsafe choices": no harm to the child
        if word in ("see", "hear", "watch", "check") and (any(c.dep_ == "auxpass" for c in token.children) or (
                token.tag_ == "VBN" and token.dep_ == "advcl" and not any(c.dep_ == "aux" for c in token.children))):
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
        if not looking_ahead and (token.sent in _guessed(ctx) or _childs_own_conduct(token)):
            continue  # "It is probable that Kaden…" guesses; "Chloe has been going missing" blames the child
        if not looking_ahead and word in ("sleep", "eat", "learn", "play") and not _negated(token):
            continue  # "Willow slept next door" is not harm; "Willow cannot sleep" is
        if _about_child(ctx, token, children, adults) or (not looking_ahead and _told_by_the_child(ctx, token, children)):
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
        return _harm_to_child(ctx, children) or _what_the_child_did(ctx, children) or _growth_falling(ctx, children) \
            or _found_as(ctx, children) or _state_seen(ctx, children, adults) \
            or body.body_shows_harm(ctx, children) or _kept_in_the_wrong_clothes(ctx, children)
    return _able_to(ctx, children) or _what_the_child_will_do(ctx, children) \
        or _what_the_child_will_be_spared(ctx, children)


_SPEAKING = {"tell", "say", "explain", "disclose", "admit", "describe", "report", "share"}


def _told_by_the_child(ctx: Context, token, children: set) -> bool:
    """"Will told Kwame he was scared": a feeling in what the child told someone, with "he", "she"
    or "I" as its subject, is the child's own, also when the model reads the name "Will" as a modal."""
    clause = token
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SPEAKING:
        return False
    speech = clause.head
    speakers = [c for c in speech.children if c.dep_ in ("nsubj", "aux") and c.i in children]
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(speakers) and bool(subjects) and subjects[0].lower_ in ("he", "she", "they", "i")


def _sanction_sentences(ctx: Context) -> set:
    """Where each sentence that says what happens if the goal is broken starts ("If Dad drives
    Luke after drinking, Luke will not be able to go to Dad's")."""
    from .goal import _a_breach

    found = set()
    for mark in ctx.tokens:
        if mark.lower_ == "if" and mark.dep_ == "mark" and mark.head.dep_ == "advcl" and _a_breach(ctx, mark.head):
            found.add(mark.sent.start)
    return found


def _child_named_again(ctx: Context) -> set:
    """The child's tokens, and the child's name said again where the people reading lost it ("On
    Mondays Blessing falls asleep in class": the name run into the date)."""
    def compute():
        children = analysis.child_tokens(ctx)
        adults = analysis.adult_tokens(ctx)
        names = {ctx.doc[i].text for i in children if ctx.doc[i].text[:1].isupper() and ctx.doc[i].is_alpha}
        return children | {t.i for t in ctx.tokens if t.text in names and t.i not in adults
                           and not any(c.dep_ == "case" for c in t.children) and t.dep_ != "poss"}
    return ctx.memo("child_named_again", compute)


_GROWTH = {"weight", "growth", "height"}
_FALLING = {"drop", "fall", "falter", "slip", "plateau", "stall"}


def _growth_falling(ctx: Context, children: set):
    """"Esme's weight has dropped from the 50th to the 9th centile", "his growth has faltered": a
    child's body not growing is harm the child lives with (faltering growth, a neglect sign)."""
    for token in ctx.tokens:
        if token.lemma_.lower() not in _GROWTH or token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        owner = [c for c in token.children if c.dep_ == "poss"]
        if owner and (owner[0].i in children or analysis.pronoun_is_child(ctx, owner[0])) \
                and token.head.lemma_.lower() in _FALLING and not _under_modal(token.head):
            return token.sent
    return None


_ABSTRACT = {"environment", "setting", "situation", "circumstance"}
_STATES = {"safe", "happy", "happier", "safer", "calm", "calmer", "settled", "better", "well", "ok", "okay", "fine",
           "content", "comfortable"}


# Round 28: what the family wants for someone ("you all want Grace back at school", "we want
# Tyler to be able to…", "you need Faith to be able to…"), or what the plan is for ("So that
# Marlowe can stay with you", "For Amara to be safe").
_WANTING = {"want", "need", "like", "love"}


def _the_child_the_goal_is_for(ctx: Context, children: set) -> set:
    """Round 28: the child the goal is for, where the people reading took the child for an adult
    (a child named among those the goal speaks to: "Grace, Mum and Dad, you all want Grace back at
    school"). A name is the goal's child when it is what someone wants something for (the object,
    or the subject of the clause, of "want"/"need" whose own subject is "you", "we" or "I"), or the
    subject of what the plan is for ("so that Marlowe can stay with you", "For Amara to be safe").
    Each place the name is said (not as an owner, "Grace's cousin") is then the child's. Only a
    name (a proper noun) and only when the same name is not the subject of an act the plan asks
    of an adult ("Mum, you need Dad to stop drinking" wants something of Dad, not for him): the
    wanted clause must not be an act ("to stop", "to take") but a state or what the child does
    with "able"/"be"/a place ("to be safe", "to be able to…", "back at school")."""
    found: set = set()
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        person = None
        if lemma in _WANTING and verb.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and c.lower_ in ("you", "we", "i") for c in verb.children):
            wanted = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            for clause in wanted:
                subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is not None and clause.lemma_.lower() == "be":
                    person = subject  # "want Wren to be Geoff's daughter", "want Amara to be safe"
                elif subject is not None and any(c.lower_ == "able" for c in clause.children):
                    person = subject  # "need Faith to be able to use her phone"
                elif subject is not None and clause.lower_ in ("back", "home", "safe"):
                    person = subject  # "want Grace back at school" (the model may make "back" the clause)
            if person is None and objects and any(c.dep_ in ("advmod", "prep", "acomp", "oprd") and (
                    c.lower_ in ("back", "home", "safe") or c.dep_ == "prep" and c.lower_ in ("at", "in"))
                    for c in verb.children):
                person = objects[0]  # "want Grace back at school"
        elif verb.pos_ in ("VERB", "AUX") and verb.dep_ in ("advcl", "csubj", "ccomp") and any(
                c.dep_ == "mark" and c.lower_ in ("so", "for", "that") for c in verb.children):
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            marks = {c.lower_ for c in verb.children if c.dep_ == "mark"} | {
                t.lower_ for t in ctx.doc[max(verb.sent.start, (subject or verb).i - 2):(subject or verb).i]}
            if subject is not None and ("so" in marks and "that" in marks or "for" in marks) \
                    and (verb.lemma_.lower() == "be" or any(c.lower_ in ("can", "able") for c in verb.children)):
                person = subject  # "So that Marlowe can stay with you", "For Amara to be safe"
        if person is None or person.pos_ != "PROPN" or not person.text[:1].isupper() or person.i in children:
            continue
        if any(person.lower_ in words[key] for key in ("adult_family", "network", "professionals", "titles")
               for words in [analysis.people_words()]) or any(c.dep_ == "compound" for c in person.children):
            continue  # "so that Mum is free to go out", "Auntie Doreen": a role, not a name
        found |= {t.i for t in ctx.tokens if t.text == person.text and t.dep_ != "poss"
                  and not any(c.dep_ == "case" for c in t.children)}
    return found


def _a_named_adult(token, adults: set) -> bool:
    """Round 28: "with your mum or your friend Dionne": a role word the people reading took for an
    adult, with the adult's own name beside it or owned by the one the goal speaks to ("your"), is
    that adult, not what the child will live ("play with his friends" stays)."""
    if token.i not in adults or token.pos_ != "NOUN":
        return False
    return any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in token.children) or any(
        c.dep_ == "poss" and c.lower_ in ("your", "my", "our") for c in token.children)


def _in_an_until_clause(token) -> bool:
    """Round 28: "from now until Esi starts school", "until Jo goes to secondary": a word in a clause
    opened by "until" or "till" marks when the plan ends, not what the child will live."""
    for node in [token, *token.ancestors]:
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ in ("mark", "prep", "advmod") and c.lower_ in ("until", "till")
                                                and c.i < node.i and not any(g.dep_ == "pobj" for g in c.children)
                                                for c in node.children) \
                and not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in node.children):
            # ("until Christmas and River will have tea": a "will" says the model ran two clauses together)
            return True
        if node.dep_ == "pcomp" and node.head.lower_ in ("until", "till"):
            return True
    return False


def _unread_child(ctx: Context, adults: set) -> set:
    """When the people reading found no child in a goal, a capitalised subject that is nobody's
    adult, title, month or service ("Junior will be warm and cosy in his cot") is the child."""
    from .common import is_institution

    return {t.i for t in ctx.tokens if t.pos_ == "PROPN" and t.dep_ == "nsubj" and t.i not in adults
            and t.text not in analysis._CALENDAR and t.ent_type_ in ("", "PERSON") and not is_institution(t)
            and any(c.tag_ == "MD" for c in t.head.children)}


def _spared(token) -> bool:
    """The feeling is denied where it stands ("won't be scared", "without getting hurt"), not by a
    verb it hangs on ("won't stop crying")."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "scared and alone"
    verb = node.head if node.pos_ in ("ADJ", "NOUN") or node.dep_ in ("acomp", "auxpass") else node
    if any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in verb.children):
        return True
    return any(a.lower_ == "without" for a in token.ancestors)


# Round 27: global feelings said of a whole life, not of a moment ("feel safe and loved").
_GLOBAL_FEELINGS = _STATES | {"secure", "loved", "valued", "wanted", "stable"}
# Adverbs that add no moment to a state ("will then be happy and settled", "will also be safe"):
# round 30 added the linking ones, "then" and "also".
_NO_MOMENT_ADVERBS = {"again", "much", "so", "all", "always", "more", "very", "then", "also"}


def _bare_feeling(token) -> bool:
    """Round 27: "Sage will be happy and settled", "Kai will be settled and content at home": "be"
    with only global states and, at most, a place too general to set a scene: a wish, nothing of
    the child's day. "Sage will be happy to see you at the gate", "calm at bedtime" say a moment
    and stay; so does "feel" ("Poppy will feel safe at home": the writers of the open sets read a
    feeling the child will have as the child's experience)."""
    verb = token
    if token.pos_ in ("ADJ", "VERB") and token.lemma_.lower() != "be":
        if token.lower_ not in _GLOBAL_FEELINGS:
            return False
        node = token
        while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ in ("ADJ", "VERB"):
            node = node.head
        if node.dep_ == "conj" and node.head.lemma_.lower() == "be":
            verb = node.head  # "be happy and settled": "settled" hung on "be"
        elif node.dep_ == "acomp":
            verb = node.head
        elif node.lower_ in _GLOBAL_FEELINGS and any(c.dep_ == "auxpass" for c in node.children):
            verb = node  # "will be settled", read as a passive
        else:
            return False
    if verb.lemma_.lower() not in ("be", "settle"):
        return False
    states = [c for c in verb.children if c.dep_ in ("acomp", "conj") and c.pos_ in ("ADJ", "VERB")]
    states += [g for c in states for g in c.subtree if g.dep_ == "conj" and g.pos_ in ("ADJ", "VERB")]
    if verb.lemma_.lower() != "settle" and not states:
        return False
    if any(st.lower_ not in _GLOBAL_FEELINGS for st in states):
        return False
    for node in (verb, *states):
        for c in node.children:
            if c.dep_ in ("xcomp", "advcl", "ccomp", "npadvmod", "dobj", "relcl"):
                return False
            if c.dep_ == "advmod" and c.lower_ not in _NO_MOMENT_ADVERBS:
                return False
            if c.dep_ == "prep" and not any(g.dep_ == "pobj" and (g.lemma_.lower() in _ANYWHERE or g.lemma_.lower() in
                                                                    ("placement", "care")) for g in c.children):
                return False
    return True


def _bare_state(token) -> bool:
    """"Lewis will be happier", "Ayaan will be safe": a state with nothing of when, where or doing
    what; "Olly will be happy to see you at the gate" and "warm in his cot at night" say more."""
    if _bare_feeling(token):
        return True
    if token.lower_ not in _STATES or token.dep_ not in ("acomp", "conj") or token.pos_ != "ADJ":
        return False
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    verb = node.head
    if verb.lemma_.lower() != "be":
        return False
    detail = ("xcomp", "prep", "advcl", "npadvmod", "ccomp", "advmod")
    return not any(c.dep_ in detail and c.lower_ not in _NO_MOMENT_ADVERBS - {"more", "very"}
                   for t in (token, node, verb) for c in t.children)


# Places too general to set a scene ("more settled at home", "happier in herself").
_ANYWHERE = {"home", "house", "school", "nursery", "general", "herself", "himself", "themselves", "life", "family"}


def _only_better(token) -> bool:
    """"Rhys will feel more positive and be more settled at home", "Mia will be happier and more
    confident": a state said only as better than now, with no when, what or why, is a wish, not
    what the child will live through (classes9.md P3, W3 "will be happier"). "Mia will feel more
    confident when she walks into class" says a moment and stays."""
    verb = token
    while verb.dep_ == "conj" and verb.pos_ == "ADJ" and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) and any(
            c.dep_ == "advmod" and c.lower_ in ("more", "less") for c in verb.children):
        states = [verb]  # "be more settled", the participle read as a verb
    elif verb.lemma_.lower() not in ("be", "feel", "seem", "become", "appear", "look", "get"):
        return False
    else:
        states = [c for c in verb.children if c.dep_ in ("acomp", "oprd", "attr")]
    states += [g for c in states for g in c.conjuncts if g.pos_ == "ADJ"]
    if not states or not all(t.tag_ in ("JJR", "RBR") or any(c.lower_ in ("more", "less") and c.dep_ == "advmod"
                                                              for c in t.children) for t in states):
        return False
    spared = set(_parts_words()["spared_feelings"])
    if any(t.lemma_.lower() in spared or t.lower_ in spared for t in states if any(
            c.lower_ == "less" and c.dep_ == "advmod" for c in t.children)):
        return False  # "will feel calmer and less scared at home": the fear the child lives with now, lessened
    joined = [verb.head] if verb.dep_ == "conj" else []
    joined += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if any(c.dep_ == "dobj" for j in joined for c in j.children):
        return False  # "Jayden will have a tidy bedroom and feel happier at home": something he will have
    for t in dict.fromkeys((verb, *states)):
        for c in t.children:
            if c.dep_ in ("advcl", "xcomp", "ccomp", "npadvmod", "dobj"):
                return False
            if c.dep_ == "prep" and not all(g.lower_ in _ANYWHERE for g in c.children if g.dep_ == "pobj"):
                return False  # "calmer at bedtime", "more confident with other children"
    return True


def _able_to(ctx: Context, children: set):
    """"Tia will be able to run around at nursery": what the child will be able to do (not "be able
    to get to bed safely" or "be able to be a child": nothing anyone could see)."""
    for able in ctx.tokens:
        if able.lower_ != "able" or able.head.lemma_.lower() != "be":
            continue
        doing = [c for c in able.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        if not doing or doing[0].lemma_.lower() in ("be", "get", "have", "stay", "keep", "remain", "attend", "make") \
                and not _a_light_verb_with_a_moment(doing[0]):
            continue
        if _grown(doing[0]) or _a_measure(doing[0]):
            continue  # "able to grow up in a safe environment", "able to reach her milestones"
        if doing[0].lemma_.lower() in _parts_words()["not_everyday"] and not _a_light_verb_with_a_moment(doing[0]):
            continue  # ("stay" with a moment on it is the child's: "able to stay overnight with you at weekends")
        if any(c.dep_ == "neg" for c in able.head.children) or _in_condition(able.head) or any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                for c in able.head.children):
            continue  # "If Dad drives after drinking, Luke will not be able to go to Dad's": a sanction
        if any(_is_child(ctx, s, children) for s in loose_subjects(able.head)):
            return able.sent
    return None


# Round 39 (r39e): what a light verb after "able to" may not be about: a whole life or a wish, not a
# moment ("able to have a childhood", "able to keep safe").
_WHOLE_LIFE = {"childhood", "life", "future", "potential", "relationship", "chance", "opportunity", "childhoods",
               "safe", "safely", "well", "healthy", "happy", "stable", "secure"}


def _a_light_verb_with_a_moment(verb) -> bool:
    """Round 39 (r39e; open sets 33-37: "Tobi will be able to have his friends round", "Zofia will be
    able to keep up with her reading group", "Pip and Tilly will be able to stay overnight with you at
    weekends", all marked experience present): "have", "keep", "stay" or "get" after "able to" with
    something of the child's day on it (a particle, an object with its owner or article, a place or
    company), not "able to be a child", "able to get to bed safely", "able to have a childhood", "able
    to stay safe"."""
    if verb.lemma_.lower() not in ("have", "keep", "stay", "get"):
        return False
    if any(t.lower_ in _WHOLE_LIFE or t.lemma_.lower() in _WHOLE_LIFE for t in verb.subtree):
        return False
    for c in verb.children:
        if c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in ("overnight", "round", "over", "out", "up"):
            return True
        if c.dep_ == "ccomp" and c.lower_ in ("round", "over") and any(g.dep_ == "nsubj" for g in c.children):
            return True  # "have his friends round", the model making "round" a clause
        if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and any(g.dep_ in ("det", "poss") for g in c.children):
            return True
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN", "PRON") for g in c.children):
            return True
    return False


# Round 39 (r39e): what a child undergoes rather than does, after "stop" ("stop feeling left out").
_UNDERGONE = {"feel", "get", "have", "worry", "miss", "wake", "wet", "be"}
# Round 39 (r39e): the modals of a clause said of the child's future ("will", "won't" = "wo" + "n't").
_WILL = {"will", "'ll", "wo", "shall", "can", "ca"}


def _what_the_child_will_be_spared(ctx: Context, children: set):
    """Round 39 (r39e; open sets 22-37, each marked experience present: "Freya will no longer be in
    pain", "Hattie will no longer be left waiting in the playground", "won't have to put her hands
    over her ears", "won't need to hide in his room when you're upset", "stop feeling left out when
    she comes back in", "stop getting tummy aches on school mornings"): what the child lives through
    now and will not any more, said with the child as the subject of a "will" clause and with the
    hardship told (a place, an object, a state), not bare ("will no longer worry"). Not the if-not
    part or a sanction ("If Dad drinks, Ella will no longer stay over"), not inside an "if"/"when",
    not an adult ("Mum will no longer shout"), not "won't stop crying"."""
    failing = {span.sent.start for span in analysis.cues(ctx, "if_not")} | _sanction_sentences(ctx) \
        | _if_an_adult_does(ctx, analysis.adult_tokens(ctx))
    for verb in ctx.tokens:
        if verb.pos_ not in ("VERB", "AUX") or verb.sent.start in failing or _in_condition(verb) \
                or span_in_quotes(ctx.doc, verb.idx):
            continue
        lemma = verb.lemma_.lower()
        hardship = None
        if any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in verb.children) and (
                lemma in _UNDERGONE or any(c.dep_ == "auxpass" for c in verb.children)):
            hardship = verb  # "will no longer be in pain", "no longer be left waiting"; not "no longer take May to nursery"
        elif lemma in ("have", "need") and any(c.dep_ == "neg" for c in verb.children):
            hardship = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                             and any(a.lower_ == "to" for a in c.children)), None)  # "won't have to hide"
        elif lemma == "stop" and not _negated(verb):
            hardship = next((c for c in verb.children if c.dep_ == "xcomp" and (
                c.tag_ == "VBG" and c.lemma_.lower() in _UNDERGONE or any(
                    a.dep_ == "auxpass" and a.lower_ in ("getting", "being") for a in c.children))), None)
            # "stop feeling left out", "stop getting tummy aches", "stop getting told off"; not "stop
            # vaping at school" (a step asked of the child: round 30)
        if hardship is None or not any(c.dep_ in ("dobj", "prep", "acomp", "oprd", "xcomp", "attr", "advcl", "ccomp")
                                       for t in (hardship, *(c for c in hardship.children if c.dep_ in ("xcomp", "acomp")))
                                       for c in t.children):
            continue
        node = verb
        for _ in range(4):
            if any(c.dep_ == "aux" and c.lower_ in _WILL for c in node.children):
                break
            if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
                node = None
                break
            node = node.head
        else:
            node = None
        if node is None:
            continue
        subjects = loose_subjects(node) or name_before_the_modal(node, children)
        if not subjects and node.dep_ == "conj" and node.head.i != node.i:
            subjects = loose_subjects(node.head)  # "Tobi will … and won't need to hide": the first verb's subject
        if not any(t.is_alpha for t in subjects):  # "Nell (8) will stop …": "8)" taken for the subject
            subjects = [t for t in ctx.doc[node.sent.start: node.i] if t.i in children][:1]
        if any(_is_child(ctx, s, children) for s in subjects):
            return verb.sent
    return None


def _childs_own_conduct(token) -> bool:
    """"going missing", "staying out late": the child's own conduct, written as a worry about the
    child rather than what the adults' behaviour means for them."""
    if token.lower_ == "missing" and token.head.lemma_.lower() in ("go", "be", "run"):
        return True
    return token.lower_ == "late" and token.head.lemma_.lower() in ("stay", "out")


def _is_child(ctx: Context, token, children: set) -> bool:
    return token.i in children or analysis.pronoun_is_child(ctx, token)


def _guessed(ctx: Context) -> set:
    """Sentences that guess ("It is probable that Kaden spends…"): not what the child lives through."""
    return {span.sent for span in analysis.cues(ctx, "hypothesis")} | {
        span.sent for span, entry in ctx.matches("specificity.toml", per_group=True) if entry.group == "hypothesis"}


def _another_child(token) -> bool:
    """"a fortnight after another boy was stabbed": some other child, not the named one."""
    return any(c.dep_ in ("det", "amod") and c.lower_ in ("another", "other", "an", "a") for c in token.children)


def _done_by_an_adult(ctx: Context, verb) -> bool:
    """"Tobias is being locked in by his father": the adult's act said in the passive, the behaviour
    and not what it did to the child (issue 11 §5: impact is what it did to the child)."""
    adults = analysis.adult_tokens(ctx)
    return any(g.dep_ == "pobj" and g.i in adults for c in verb.children if c.dep_ == "agent" for g in c.children)


def _harm_to_child(ctx: Context, children: set):
    """Harm the child lived through, said in other ways than a feeling word: something done to the
    child ("he was stabbed in the leg"), a mark on the child's body ("a sore on his back",
    "Kieran had red welts", "his hands were blue"), or the child's own account of it ("Ayaan told
    her it hurt to sit", "Amber says she has no friends now")."""
    words = _parts_words()
    harm, injuries, body = set(words["harm_verbs"]), set(words["injuries"]), set(words["body_parts"])
    guessed = _guessed(ctx)
    for token in ctx.tokens:
        if token.sent in guessed or _under_modal(token):
            continue
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in harm and not _negated(token) and any(
                c.dep_ == "nsubjpass" and _is_child(ctx, c, children) and not _another_child(c)
                for c in token.children) and not _done_by_an_adult(ctx, token):
            return token.sent  # "he was stabbed", "Amber was touched"
        if token.pos_ == "NOUN" and (lemma in injuries or lemma in body and any(
                c.dep_ == "amod" and c.lower_ in _INJURED for c in token.children)) and _came_with(ctx, token, children):
            return token.sent  # "brought to A&E with a spiral fracture", "has two fractured ribs"
        if token.pos_ == "NOUN" and lemma in injuries:
            owner = token.head
            if owner.lemma_.lower() == "have" and token.dep_ == "dobj" and not _negated(owner) and any(
                    _is_child(ctx, s, children) for s in loose_subjects(owner)):
                return token.sent  # "Kieran had red welts across his back"
            if any(p.dep_ == "prep" and p.lower_ in ("on", "across", "to", "behind", "over") and any(
                    g.lemma_.lower() in body and _owned_by_child(ctx, g, children) for g in p.subtree if g.pos_ == "NOUN")
                    for p in token.children):
                return token.sent  # "a sore on his back", "bruises on her face"
        if token.pos_ == "NOUN" and lemma in body and token.dep_ == "nsubj" and _owned_by_child(ctx, token, children) \
                and token.head.lemma_.lower() == "be" and any(c.dep_ == "acomp" for c in token.head.children) \
                and not _negated(token.head):
            return token.sent  # "his hands were blue"
        if lemma in ("say", "tell", "disclose") and token.pos_ == "VERB" and any(
                _is_child(ctx, s, children) for s in loose_subjects(token)):
            if _own_account(ctx, token, children):
                return token.sent
    return None


_FINDING = {"find", "discover"}
# Predicates a finding names the child's state by ("found wedged", "found hiding", "found alone").
_STATE_DEPS = {"xcomp", "acomp", "oprd", "ccomp", "advcl"}


def _state_words() -> set:
    words = _parts_words()
    return set(load_toml("child_focus.toml")["impact"]) | set(words["spared_feelings"]) | set(words["child_states"]) \
        | set(words["injuries"])


def _a_state_word(token, states: set) -> bool:
    lower = token.lower_
    return token.lemma_.lower() in states or lower in states or (
        lower.endswith("ing") and (lower[:-3] in states or lower[:-3] + "e" in states))  # "crying" read as a noun


def _found_as(ctx: Context, children: set):
    """"Zofia was found wedged between Dad and the cushion, crying", "the police found Ivy hiding
    under the stairs": how the child was found is what the child lived through (DOMAIN.md: what the
    child saw, heard, felt or suffered). "Kit was found a place at breakfast club" names no state."""
    states = _state_words()
    guessed = _guessed(ctx)
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in _FINDING or verb.pos_ != "VERB" or verb.sent in guessed \
                or _under_modal(verb) or _negated(verb):
            continue
        passive = any(c.dep_ == "nsubjpass" and _is_child(ctx, c, children) for c in verb.children)
        objects = [c for c in verb.children if c.dep_ == "dobj" and _is_child(ctx, c, children)]
        if not passive and not objects:
            continue
        heads = [verb] + objects
        if any(c.dep_ in _STATE_DEPS and not _is_child(ctx, c, children) for h in heads for c in h.children):
            return verb.sent
        if any(_a_state_word(t, states) for t in verb.subtree if t.i > verb.i and t.pos_ != "PROPN"):
            return verb.sent
    return _found_doing(ctx, children, guessed)


_COMING_ON = {"find", "discover", "see", "catch", "notice", "spot", "hear"}


def _found_doing(ctx: Context, children: set, guessed: set):
    """"arrived to find Ava eating crisps off the floor", "Staff found Zara drinking from the tap": the
    child found, or seen, in the middle of doing something is what the child lived through. Read on
    the words (the child's name, an age in brackets, then a word in -ing), because the model often
    misreads the name before the participle. "found Mum asleep", "found cannabis" are not the child."""
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in _COMING_ON or verb.pos_ != "VERB" or verb.sent in guessed \
                or _under_modal(verb) or _negated(verb) or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        after = [t for t in ctx.doc[verb.i + 1: min(verb.sent.end, verb.i + 8)]]
        k = 0
        if k < len(after) and not (after[k].i in children or analysis.pronoun_is_child(ctx, after[k])):
            continue
        k += 1
        if k < len(after) and after[k].text == "(":  # "Zara (4)"
            while k < len(after) and after[k].text != ")":
                k += 1
            k += 1
        if k < len(after) and after[k].lower_.endswith("ing") and after[k].is_alpha and after[k].lower_ not in (
                "being", "nothing", "something", "anything", "everything", "morning", "evening", "during"):
            return verb.sent
    return None


# Words by which a child's state is only guessed at ("appears withdrawn", "presented as quiet").
_HEDGES = {"appear", "seem", "present", "look", "sound"}
# A record of how the child seemed, said in the passive ("is observed to be anxious", "was noted to
# be tearful", "is described as lethargic"): the recorder's reading, not what the child lived through.
_RECORDED = {"observe", "note", "report", "describe", "say", "believe", "think", "consider", "assess", "deem",
             "perceive"}


def _hedged(token) -> bool:
    """"appears tired and withdrawn", "seems sad", "presented as upset", "was presenting as hungry",
    "is observed to be anxious": how the child seemed to someone, a guess or a record, not what the
    child was seen to live through."""
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.head.lower_ == "as" and head.dep_ in ("pobj", "pcomp", "amod", "acomp") and (
            head.head.head.lemma_.lower() in _HEDGES | {"describe"}):
        return True  # "presented as withdrawn", "presenting as hungry", "described as lethargic"
    recorder = None
    if head.dep_ in ("acomp", "attr") and head.head.lemma_.lower() == "be" and head.head.dep_ == "xcomp":
        recorder = head.head.head  # "is observed to be anxious", "was noted to be tearful"
    elif head.dep_ == "xcomp" and any(c.lemma_.lower() == "be" for c in head.children):
        recorder = head.head  # "was observed to be distressed" (the state read as a verb)
    if recorder is not None and recorder.lemma_.lower() in _RECORDED and any(
            c.dep_ == "auxpass" for c in recorder.children):
        return True
    return head.dep_ in ("acomp", "oprd", "xcomp", "pobj") and (
        head.head.lemma_.lower() in _HEDGES or head.head.lower_ == "as" and head.head.head.lemma_.lower() in _HEDGES)


# Verbs by which a child falls behind ("has fallen behind with his reading", "is two years behind").
_FALLING_BEHIND = {"fall", "get", "lag", "drop", "slip", "be", "remain", "stay", "leave", "go", "keep", "end"}
_TIMES_OF_DAY = {"night", "evening", "afternoon", "morning", "weekend", "weekends", "hour", "hours", "nights",
                 "evenings", "afternoons", "mornings"}


def _a_place_or_a_time(token) -> bool:
    """"set fire to the bins behind the Co-op": "behind" with a place after it says where something
    was done; "messages Tia late at night": "late" says when. Neither is the child falling behind
    or left waiting ("has fallen behind with his reading", "is late for school" stay the child's)."""
    if token.lower_ == "behind" and token.dep_ == "prep" and any(c.dep_ == "pobj" for c in token.children):
        return token.head.pos_ == "VERB" and token.head.lemma_.lower() not in _FALLING_BEHIND
    if token.lower_ != "late":
        return False
    def a_time(prep) -> bool:
        return prep.dep_ == "prep" and any(c.dep_ == "pobj" and c.lower_ in _TIMES_OF_DAY for c in prep.children)
    nxt = token.nbor() if token.i + 1 < len(token.doc) else None
    return a_time(token.head) or any(a_time(c) for c in token.children) or (
        nxt is not None and nxt.lower_ in _TIMES_OF_DAY and token.dep_ == "amod")


_CHOOSING = {"choice", "decision"}
_DANGER_SEEN = {"danger", "risk", "harm", "consequence", "problem"}
_RISKY = _DANGER_SEEN | {"situation", "risky", "dangerous", "unsafe", "harm's"}


def _the_childs_own_choice(token) -> bool:
    """"has made some unsafe choices", "does not see the danger", "is placing herself in risky
    situations": a judgement of what the child chose or understands (victim-blaming words,
    DOMAIN.md), not what the adults' behaviour did to the child."""
    if token.dep_ == "amod" and token.head.lemma_.lower() in _CHOOSING:
        return True
    if token.lemma_.lower() == "see" and any(c.dep_ == "dobj" and c.lemma_.lower() in _DANGER_SEEN
                                             for c in token.children):
        return True  # "does not see the danger": what the child understands, not what the child saw
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    for _ in range(4):
        if any(c.dep_ in ("dobj", "npadvmod") and c.lower_ in ("herself", "himself", "themselves") for c in verb.children) \
                and any(c.dep_ == "prep" and any(g.lemma_.lower() in _RISKY for g in c.subtree) for c in verb.children):
            return True  # "is putting herself at risk … and is unhappy"; not "hid himself in the wardrobe"
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    return False


def _modal_before(token) -> bool:
    """"Miles could be trapped", also when the model hangs "could" on the name before it."""
    for t in reversed(token.doc[token.sent.start: token.i]):
        if t.pos_ == "VERB":
            return False
        if t.tag_ == "MD" and t.lower_ in ("could", "may", "might", "would", "will", "'ll", "shall"):
            return True
    return False


def _state_seen(ctx: Context, children: set, adults: set):
    """"Tia has been very quiet in class", "Abe has become withdrawn and clingy": a change in the
    child that others saw (rules/parts.toml child_states), not hedged ("appears withdrawn")."""
    states = set(_parts_words()["child_states"])
    guessed = _guessed(ctx)
    for token in ctx.tokens:
        if token.lemma_.lower() not in states and token.lower_ not in states:
            continue
        if token.sent in guessed or _under_modal(token) or token.dep_ == "amod" or _modal_before(token):
            continue  # "Miles could be trapped": what could happen, not what he lives through now
        head = token
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # "withdrawn and clingy"
        if head.head.lemma_.lower() in _HEDGES or head.dep_ == "pobj" or _hedged(token):
            continue  # "Hope has presented as withdrawn", "is observed to be unsettled"
        if _about_child(ctx, token, children, adults):
            return token.sent
    return None


def _owned_by_child(ctx: Context, token, children: set) -> bool:
    """"his back", "Ava's arm", and "the cheek of baby Kai": a part of the child's body."""
    if any(p.dep_ == "prep" and p.lower_ == "of" and any(g.dep_ == "pobj" and g.i in children for g in p.children)
           for p in token.children):
        return True
    return any(c.dep_ == "poss" and (c.i in children or c.lower_ in ("his", "her", "their") and _pronoun_child(
        ctx, c, children)) for c in token.children)


def _pronoun_child(ctx: Context, possessive, children: set) -> bool:
    """"his", "her": the child when the nearest person before it who could be meant is a child."""
    mapping = {"his": "he", "her": "she", "their": "they"}
    for t in reversed(ctx.doc[max(0, possessive.i - 40): possessive.i]):
        if t.i in children:
            return True
        if t.i in analysis.adult_tokens(ctx) and any(c.dep_ == "poss" and c.i in children for c in t.children):
            continue  # "Jack's teacher has seen marks on his legs": the adult is named by the child
        if t.i in analysis.adult_tokens(ctx) or (t.lower_ == mapping[possessive.lower_] and not
                                                 analysis.pronoun_is_child(ctx, t)):
            return False
    return False


def _only_well(clause) -> bool:
    """"she had a nice time", "he is fine": the child's account says only that all is well."""
    words = {t.lemma_.lower() for t in clause.subtree} | {t.lower_ for t in clause.subtree}
    return bool(words & set(_parts_words()["well_words"])) and not _negated(clause) and not any(
        t.dep_ == "neg" or t.lower_ in ("no", "never", "not") for t in clause.subtree)


def _own_account(ctx: Context, verb, children: set) -> bool:
    """What the child said is about themselves: "it hurt to sit", "he owes them £800", "she has
    no friends", or their own words in quotes ("…one of them touched my bum")."""
    content = [c for c in verb.children if c.dep_ in ("ccomp", "dobj", "xcomp")]
    tokens = [t for c in content for t in c.subtree]
    sentence = list(verb.sent)
    quoted = [t for t in sentence if span_in_quotes(ctx.doc, t.idx)]
    if any(t.lower_ in ("i", "me", "my", "i'm") for t in quoted + [t for c in content if c.dep_ == "ccomp"
                                                                 for t in c.subtree]):
        return True
    cue_words = set(load_toml("child_focus.toml")["impact"])
    for clause in content:
        if clause.dep_ != "ccomp":
            continue
        subjects = loose_subjects(clause)
        if _only_well(clause):
            continue  # "she had a nice time at Nan's": nothing the child suffered
        if any(_is_child(ctx, s, children) for s in subjects) and clause.lemma_.lower() not in ("be", "go", "come"):
            return True  # "he owes them £800", "she has no friends now"
        if any(t.lemma_.lower() in cue_words for t in tokens) and not any(
                s.i in analysis.adult_tokens(ctx) for s in subjects):
            return True  # "it hurt to sit"
        if clause.lemma_.lower() in set(_parts_words()["harm_verbs"]) and not _negated(clause) and any(
                c.dep_ in ("dobj", "dative") and (_is_child(ctx, c, children) or c.lower_ in ("her", "him", "me"))
                for c in clause.children):
            return True  # "told her teacher that Dad hit her": the harm done to the child, in the child's telling
        if _done_to_the_teller(ctx, clause, subjects, children):
            return True  # "told her teacher that Dwayne makes them go to bed at six", "the men shout at her"
    return False


# What an adult does for a child in the day's care: told by the child, no harm in it ("Mum takes
# her to the park", "Nan reads to them").
_CARING = {"take", "collect", "bring", "feed", "read", "help", "give", "buy", "cook", "hug", "love", "look", "care",
           "play", "walk", "pick", "kiss", "cuddle", "visit", "see", "meet", "let", "teach", "praise"}


_GROWN_UPS = {"man", "woman", "adult", "men", "women", "adults", "stranger", "lodger", "visitor"}


def _done_to_the_teller(ctx: Context, clause, subjects: list, children: set) -> bool:
    """"Roxy told her teacher that Dwayne makes them go to bed at six", "Jade told Auntie Dawn that the
    men shout at her": what an adult does to the child, in the child's own telling, is what the child
    lives through. Not an adult's care ("that Mum takes her to the park"), nor what is not done."""
    adults = analysis.adult_tokens(ctx)
    if not subjects or not any(s.i in adults or (s.pos_ in ("NOUN", "PROPN") and (
            analysis.is_person(s) or s.lemma_.lower() in _GROWN_UPS)) for s in subjects):
        return False
    if clause.lemma_.lower() in _CARING or _negated(clause) or _only_well(clause):
        return False

    def the_child(t) -> bool:
        return _is_child(ctx, t, children) or t.lower_ in ("her", "him", "them", "me", "us")

    for c in clause.children:
        if c.dep_ in ("dobj", "dative") and the_child(c) or c.dep_ == "oprd" and any(
                g.dep_ == "poss" and the_child(g) for g in c.children):
            return True  # "calls her stupid" (the model can hang "her" on "stupid")
        if c.dep_ == "dobj" and c.lemma_.lower() in set(_parts_words()["body_parts"]) and any(
                g.dep_ == "poss" and the_child(g) for g in c.children):
            return True  # "hits her legs with a slipper"
        if c.dep_ in ("ccomp", "xcomp") and any(g.dep_ in ("nsubj", "dobj") and the_child(g) for g in c.children):
            return True  # "makes them go to bed at six"
        if c.dep_ == "prep" and c.lower_ in ("at", "to", "on") and any(
                g.dep_ == "pobj" and the_child(g) for g in c.children):
            return True  # "shout at her", "swears at him"
    return False


_ROUTINE = {"sleep", "eat", "play", "live", "stay", "go", "come", "start", "visit", "attend", "turn", "say", "tell"}


_TIME_FOR = {"time", "chance", "space", "room", "opportunity", "hour", "evening", "freedom"}


def _provided(token) -> bool:
    """Inside what the child "has" in a "so that" clause of an adult's act: the thing provided,
    not what the child will see, hear or feel."""
    for node in token.ancestors:
        if node.lemma_.lower() == "have" and node.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in ("so", "that") for c in node.children):
            # "so that Priya has time to do her homework and see her friends": what the time is for
            # is what the child will do, not a thing provided.
            return any(c.dep_ == "dobj" and token in c.subtree and not (
                c.lemma_.lower() in _TIME_FOR and any(a.dep_ in ("acl", "relcl") and token in a.subtree
                                                      for a in c.children)) for c in node.children)
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


_CLOTHES = {"coat", "coats", "uniform", "nappy", "nappies", "clothes", "clothing", "pyjamas", "jumper", "shoes",
            "trousers", "vest", "socks", "shirt"}
_SPOILT = {"soaked", "wet", "dirty", "soiled", "filthy", "smelly", "sodden", "same", "stained", "heavy", "full",
           "yesterday", "old"}
_BEDDING_DOWN = {"sleep", "bed", "nap"}


def _kept_in_the_wrong_clothes(ctx: Context, children: set):
    """"Zion is often in a soaked nappy", "Harry and Lily have been going to bed in their coats", "sends
    Lily in yesterday's uniform", "has started sleeping in her school uniform": what the child is
    dressed in, spoilt or slept in, is what the adults' care means for the child's body. "goes to
    school in her uniform", "will put Zion in a clean nappy" are not."""
    for prep in ctx.tokens:
        if prep.lower_ != "in" or prep.dep_ != "prep" or _under_modal(prep) or _negated(prep.head):
            continue
        clothes = [c for c in prep.children if c.dep_ == "pobj" and (c.lemma_.lower() in _CLOTHES or c.lower_ in _CLOTHES)]
        if not clothes:
            continue
        head = prep.head
        while head.pos_ not in ("VERB", "AUX") and head.dep_ in ("pobj", "prep") and head.head.i != head.i:
            head = head.head  # "comes to school in stained trousers": "in" hung on "school"
        who = list(loose_subjects(head)) + [c for c in head.children if c.dep_ == "dobj"]
        if not who and head.dep_ == "xcomp":
            who = list(loose_subjects(head.head))  # "has started sleeping in her uniform"
        if not any(t.i in children or analysis.pronoun_is_child(ctx, t) for t in who):
            continue
        spoilt = any(m.lower_ in _SPOILT or m.lemma_.lower() in _SPOILT
                     for c in clothes for m in c.children if m.dep_ in ("amod", "compound", "poss", "nmod"))
        bedding = head.lemma_.lower() in _BEDDING_DOWN or any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.lower() == "bed" for g in c.children)
            for c in head.children)
        if spoilt or bedding:
            return prep.sent
    return None


def _after_an_adult_alone(ctx: Context, sent, children: set, adults: set) -> bool:
    """Does the sentence before this one name an adult and no child (so a "she" here most likely
    carries that adult on)?"""
    before = [s for s in ctx.doc.sents if s.end <= sent.start]
    if not before:
        return False
    last = before[-1]
    return any(t.i in adults for t in last) and not any(t.i in children for t in last)


def _the_worriers_feeling(ctx: Context, token) -> bool:
    """Is the word the feeling of whoever is worried ("Will's mum, Victoria, is worried that…",
    "Ward sister Grace is worried about baby Skye")? Said of the worrier (the subject of the worry
    clause, not a child), it is not what the adults' behaviour did to the child."""
    from .common import who_is_worried

    who = who_is_worried(ctx)
    if who is None or token.lemma_.lower() not in _WORRIERS_WORDS and token.lower_ not in _WORRIERS_WORDS:
        return False
    subject = who[0]
    return token.head.i == subject.head.i or token.i == subject.head.i


# What a part of the body is when it is hurt ("a fractured skull", "a broken wrist").
_INJURED = {"broken", "fractured", "dislocated", "burnt", "burned", "bruised", "swollen", "scalded", "cut",
            "split", "bleeding", "black", "bust", "cracked"}


def _came_with(ctx: Context, noun, children: set) -> bool:
    """"Frankie was brought to A&E with a spiral fracture", "Kody came to school with bite marks on
    both forearms", "Nelson has a fractured skull": a mark of harm the child had, or was brought,
    seen or came with, is what the child suffered; not one an adult came with ("Dad came with a cut
    on his hand"), nor one that could happen ("could end up with a broken arm")."""
    item = noun
    while item.dep_ == "conj" and item.head.i != item.i:
        item = item.head
    if item.dep_ == "pobj" and item.head.lower_ == "with":
        verb = item.head.head
    elif item.dep_ == "dobj" and item.head.lemma_.lower() == "have":
        verb = item.head
    else:
        return False
    if verb.pos_ not in ("VERB", "AUX") or _negated(verb) or _under_modal(verb) or _modal_before(verb):
        return False
    subjects = loose_subjects(verb)
    if not subjects and verb.dep_ == "conj":  # "was slapped by Mum's partner and had a red mark on her cheek"
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(_is_child(ctx, s, children) for s in subjects)


_WORRIERS_WORDS = {"worry", "worried", "concern", "concerned", "anxious", "upset", "scared", "frightened"}


def _what_the_child_did(ctx: Context, children: set):
    """"Leah has climbed onto the worktop", "Leah walks there in bare feet": what the child did,
    now or before, is what the adults' behaviour means for them (not a routine, a state or a
    guess about later)."""
    stative = set(analysis.people_words()["stative_verbs"]) | _ROUTINE
    guessed = _guessed(ctx)
    # "Chloe is making poor choices", "putting herself at risk": blame put on the child, not harm.
    blamed = {t.i for span, entry in ctx.matches("specificity.toml", per_group=True)
              if entry.group in ("victim-blaming", "label", "judgement") for t in span}
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or (verb.lemma_.lower() in stative and not _came_without(verb)) \
                or _under_modal(verb) or _only_a_label(ctx, verb):
            continue
        own = [verb] + [t for c in verb.children if c.dep_ not in ("ccomp", "advcl", "conj", "nsubj", "relcl", "cc")
                        for t in c.subtree]
        if verb.sent in guessed or any(t.i in blamed for t in own) or any(
                c.lower_ in ("himself", "herself", "themselves") for c in verb.children):
            continue
        if any(c.dep_ == "auxpass" or c.tag_ == "MD" for c in verb.children):
            continue  # "where Sonny can reach them" is a danger, not something Sonny did
        if _a_step_in_the_process(verb):
            continue  # "Sage has made a disclosure", "would not engage in direct work": the service's words
        subjects = [c for c in loose_subjects(verb) if c.dep_ != "nsubjpass"]
        if not subjects and verb.dep_ == "xcomp" and verb.tag_ == "VBG":
            # "Noah has started biting": the head's subject (not an advcl: "collected by Dad smelling of drink").
            subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        adults = analysis.adult_tokens(ctx)
        # "he"/"she" with no adult in the sentence, and not just after a sentence about an adult alone:
        # not "Mum has been in FDAC since June. Her hair strand test … and she has missed 3 of 8 drug tests".
        alone = subjects[0].lower_ in ("he", "she", "they") and children \
            and not any(t.i in adults for t in verb.sent) and not _after_an_adult_alone(ctx, verb.sent, children, adults)
        if (subjects[0].i in children or alone) and not _the_childs_conduct_is_the_worry(ctx, verb):
            return verb.sent
    return None


def _the_childs_conduct_is_the_worry(ctx: Context, verb) -> bool:
    """"Major has been caught shoplifting in town", "Rowan spends whole nights on forums", "Alfie has
    been running out of lessons": with no deed of an adult's anywhere in the worry, what the child
    does is what is worried about, not what an adult's behaviour means for the child (DOMAIN.md:
    the worry is about the adults; impact is what their behaviour means for the child). What stays:
    a state the child shows ("arrives at school exhausted"), a fall in a measure ("has dropped to the
    9th centile") and a hurt that needed treatment in the same sentence ("swallowed a battery and
    needed surgery")."""
    from .actions import adult_actions
    from .deeds import _family_adult
    from .not_deeds import a_death_or_a_view, a_judgement_verb

    if adult_actions(ctx):
        return False
    if any(t.dep_ == "nsubj" and t.head.pos_ == "VERB" and t.head.lemma_.lower() not in ("be", "have")
           and _family_adult(ctx, t) and not a_death_or_a_view(t.head) and not a_judgement_verb(t.head)
           for t in ctx.tokens):
        return False  # "Mum goes out every night": an adult's doing is told, if not read as a deed
    if verb.lemma_.lower() in body._FALLING or any(c.dep_ in ("acomp", "oprd") for c in verb.children):
        return False
    hurt = set(_parts_words()["injuries"]) | body._TREATMENT
    return not any(t.lemma_.lower() in hurt or t.lower_ in hurt for t in verb.sent)


# The child's part in the service's process, in its own words ("made a disclosure", "disclosed to
# staff", "would not engage in direct work", "presented as guarded"): not what the child saw,
# heard, felt or did at home (issue 11 §5). What the child said, with its content, is read apart.
_PROCESS_VERBS = {"disclose", "engage", "present", "attend", "participate", "cooperate", "co-operate", "comply",
                  "allege", "retract", "withdraw"}
_PROCESS_NOUNS = {"disclosure", "allegation", "complaint", "statement", "presentation", "interview", "work",
                  "session", "assessment"}


def _a_step_in_the_process(verb) -> bool:
    if verb.lemma_.lower() in _PROCESS_VERBS and not any(c.dep_ == "ccomp" for c in verb.children):
        return True
    return verb.lemma_.lower() in ("make", "give", "do", "complete") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _PROCESS_NOUNS for c in verb.children)


_ARRIVING = {"come", "turn", "arrive", "go", "get", "walk", "show"}


def _came_without(verb) -> bool:
    """"has come in with no coat", "turns up at school without breakfast", "arrives in the same
    dirty uniform": how the child comes in shows what the adults' care means for them."""
    if verb.lemma_.lower() not in _ARRIVING:
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        things = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ == "without" and things:
            return True
        if prep.lower_ == "with" and any(d.lower_ == "no" for t in things for d in t.children if d.dep_ == "det"):
            return True
    return False


_CHECKING = {"note", "ask", "find", "monitor", "record", "check", "know", "see", "notice", "hear", "confirm", "write",
             "log", "make"}


def _what_an_adult_checks(ctx: Context, token, children: set) -> bool:
    """Looking ahead, the child's moment told only as what an adult will know, note or check ("you
    will know where Rocco is after school", "nursery will note whether she has eaten", "ask who she
    has been with"): a clause under a verb of knowing or checking whose subject is not the child is
    what the adult will find out, not a moment the child lives. The child's own knowing stays
    ("Leo will know Dad is sober"); so does a plain object ("Mum will read Leo a story")."""
    node = token
    for _ in range(10):
        if node.head.i == node.i:
            return False
        head = node.head
        clause = node.dep_ in ("ccomp", "pcomp") or (node.dep_ in ("dobj", "advcl") and node.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("mark", "advmod", "nsubj", "dobj", "attr") and c.lower_ in ("whether", "if", "where", "what", "when",
                                                                                  "how", "who", "that")
            for c in node.children))
        if clause and head.lemma_.lower() in _CHECKING and not (head.lemma_.lower() == "make" and not any(
                c.lower_ == "sure" for c in head.children)):
            if head.lemma_.lower() == "make":
                return False  # "make sure …" is read as a promise elsewhere
            subjects = loose_subjects(head)
            verb = head
            while not subjects and verb.dep_ == "conj" and verb.head.i != verb.i:
                verb = verb.head  # "Nan will ring every evening and ask if Jo has been to school"
                subjects = loose_subjects(verb)
            return bool(subjects) and not any(
                s.i in children or analysis.pronoun_is_child(ctx, s) or (s.lower_ == "you" and addressed_child(ctx))
                for s in subjects)
        if node.dep_ in ("relcl", "parataxis") or (node.dep_ == "conj" and node.pos_ in ("VERB", "AUX")):
            return False
        node = head
    return False


def _keeps_happening(node) -> bool:
    """"keep" of a thing going on ("May keeps getting chest infections", "Dad keeps shouting"): how
    often it happens, no promise; "keep Kai safe" (an object to keep) is the promise."""
    return node.lemma_.lower() == "keep" and not any(c.dep_ in ("dobj", "ccomp", "oprd", "acomp") for c in node.children) \
        and any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in node.children)


def _promised(token) -> bool:
    """Inside "make sure …", "ensure …" or "keep … safe": what an adult promises, not what a child lives."""
    node = token
    for _ in range(8):
        if node.lemma_.lower() == "ensure" or (node.lemma_.lower() == "keep" and not _keeps_happening(node)) or (
                node.lemma_.lower() == "make" and any(
                c.lower_ == "sure" for c in node.children)):
            return True
        # "ensure that X is limited and that he has…": a second "that" is still inside the promise.
        new_clause = node.dep_ in ("advcl", "relcl", "parataxis") or (
            node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
            and not any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children))
        if node.head.i == node.i or new_clause:
            return False  # a new clause ("…, and Mia will be safe") is not inside the promise
        node = node.head
    return False


# Verbs with the child as subject that say where the child is put or what the plan asks, not a
# moment of the child's day ("Rhys will be in school", "Jude may have to live with Gran", "Chloe
# will attend", "Brook will stay at home").
_NOT_A_MOMENT = {"be", "have", "need", "live", "stay", "remain", "move", "attend", "continue", "keep", "return",
                 "go", "get", "start", "make", "become", "engage", "want", "wish", "hope", "like", "let", "say",
                 "tell", "do", "take", "use", "follow", "understand", "leave", "visit", "receive", "begin"}


def _what_the_child_will_do(ctx: Context, children: set):
    """"Tariq will wake up to a calm house", "Leo will look forward to his weekends at Dad's", "Kai
    will come home to a dad who is sober": the child as the doer of a moment of their own day,
    looking ahead. Not the if-not or a sanction, not a "will not", not the child as someone an adult
    acts on ("get Dean up by 8am"), not where the child is put ("Rhys will be in school every day")."""
    failing = {span.sent.start for span in analysis.cues(ctx, "if_not")} | _sanction_sentences(ctx) \
        | _if_an_adult_does(ctx, analysis.adult_tokens(ctx))
    not_everyday = set(_parts_words()["not_everyday"]) | set(_parts_words()["knowing"]) | {"ask", "watch", "visit"}
    counts: dict = {}
    for i in children:
        counts[ctx.doc[i].lower_] = counts.get(ctx.doc[i].lower_, 0) + 1
    main = max(counts.values(), default=0)
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or verb.sent.start in failing or lemma in not_everyday or (
                lemma in _NOT_A_MOMENT and not _has_time_or_company(verb)):
            continue
        if verb.dep_ in ("relcl", "acl", "amod", "compound") or _in_condition(verb) or _negated(verb) or _only_better(verb) \
                or _bare_feeling(verb) or general_outcome(verb) or not_the_childs_day(ctx, verb, children) or any(
                c.dep_ == "auxpass" for c in verb.children) or _a_measure(verb) or _grown(verb) \
                or a_step_asked_of_the_child(ctx, verb, children):
            continue  # round 30: "Skye will meet her exploitation worker weekly": a step asked of her
        # "Tom will be greeted at the door and have someone to tell": a joined verb shares its head's
        # "will" and subject.
        node = verb.head if verb.dep_ == "conj" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children) else verb
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in _GETTING_TO and node.head.i != node.i \
                and not _negated(node.head) and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            node = node.head  # "Tyrese will get to spend time with his nan", "Ava will start to enjoy her swimming"
            if node.dep_ == "conj" and node.head.i != node.i and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "aux") for c in node.children):
                node = node.head  # round 28: "will keep up with their reading and get to play football"
        purpose = node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("so", "that") for c in node.children)
        if not purpose and not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "can", "could")
                                   for c in node.children):
            continue
        if span_in_quotes(ctx.doc, verb.idx) or (node.i != verb.i and _negated(node)):
            continue
        # The goal's child, named most often (the people reading may take a checker's name for a child's).
        subjects = loose_subjects(node) or name_before_the_modal(node, children)
        if any(_is_child(ctx, s, children) and (s.i not in children or counts.get(s.lower_, 0) >= main)
               for s in subjects):
            return verb.sent
    return None


# What professionals measure of a child: a figure on a chart, not the child's day (issue 11 §5:
# "Ray will gain weight" is not the child's experience).
_MEASURES = {"weight", "centile", "percentile", "milestone", "height", "growth", "attendance", "bmi", "target",
             "level", "score", "grade", "chart", "line", "kilo", "kg", "pound", "gram"}


def _a_measure(token) -> bool:
    """"Ava will gain weight", "Noor will reach her milestones", "Kai's attendance will improve to
    95%": the clause's verb is said of a measure, with no feeling or moment in it."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    for _ in range(2):
        if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
    words = [t for t in verb.subtree if t.pos_ == "NOUN" and t.dep_ in ("dobj", "nsubj", "pobj", "attr")]
    return any(t.lemma_.lower() in _MEASURES or t.lower_ in _MEASURES for t in words) and not any(
        t.lemma_.lower() in ("feel", "enjoy", "happy", "proud", "hungry", "full") for t in verb.subtree)


_OCCASION = {"when", "whenever", "while", "whilst", "once", "until", "till", "before", "after"}


def _the_occasion_of_an_adults_act(ctx: Context, token, adults: set, children: set) -> bool:
    """"Mum and Dad will stay in the bathroom with Ash whenever she is in the bath", "Dad will sit with
    Leo while he eats": the child's state or doing said as the time of an adult's act. The main
    clause's doer is an adult (or "you" spoken to the parents); the child's clause only says when."""
    node = token
    for _ in range(6):
        if node.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _OCCASION for c in node.children):
            break
        if node.head.i == node.i:
            return False
        node = node.head
    else:
        return False
    if any(c.tag_ == "MD" for c in node.children):
        return False  # "…until Christmas and River will have tea": a misread new clause, not an occasion
    main = node.head
    while main.dep_ in ("xcomp", "conj") and main.head.i != main.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in main.children):
        main = main.head
    return _subject_is_an_adult(ctx, main, children, adults)


def _grown(verb) -> bool:
    """"grow up in a safe home", "Mia will grow": a whole childhood or a body growing, not a moment."""
    return verb.lemma_.lower() == "grow" and verb.pos_ in ("VERB", "AUX") and (
        any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
        or not any(c.dep_ == "dobj" for c in verb.children))


# Verbs a child's own doing hangs on with "to" ("get to see Nan", "start to enjoy school", "be
# allowed to play out"): the doing is the moment of the child's day (classes9.md P3).
_GETTING_TO = {"get", "start", "begin", "continue", "allow", "learn"}


def _has_time_or_company(verb) -> bool:
    """"has time to practise her violin", "can have her friends round for tea": having time for
    something, or friends round, is a moment of the child's day, though "have" is mostly a state."""
    if verb.lemma_.lower() != "have":
        return False
    # "have someone to tell about his day": someone there for the child, too.
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _TIME_FOR | {"someone", "somebody", "adult", "grown-up"}
           and any(a.dep_ in ("acl", "relcl") for a in c.children) for c in verb.children):
        return True
    return any(t.lower_ in ("round", "over") for t in verb.subtree) and any(
        t.lemma_.lower() in ("friend", "mate", "cousin", "nan", "grandma", "grandad") for t in verb.subtree)


def _if_an_adult_does(ctx: Context, adults: set) -> set:
    """Where sentences start that say what happens to the child if an adult does something ("If
    Dad drinks again, Ella will only see him at the contact centre"): a consequence, not a day."""
    found = set()
    for mark in ctx.tokens:
        if mark.lower_ != "if" or mark.dep_ != "mark" or mark.head.dep_ != "advcl":
            continue
        subjects = [c for c in mark.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and (subjects[0].i in adults or subjects[0].lower_ in ("you", "mum", "dad", "they", "parents")) \
                and not _inside_what_is_known(mark.head):
            found.add(mark.sent.start)
    return found


def _inside_what_is_known(clause) -> bool:
    """An "if" clause hung on a clause inside another ("Miley will … know that Mum has a plan if Dad
    turns up", "a plan for what to do if Dad calls"): part of what is known or planned, not a
    condition on the sentence's own moment."""
    node = clause.head
    for _ in range(10):
        if node.head.i == node.i:
            return False
        if node.dep_ in ("ccomp", "relcl", "acl", "pcomp", "dobj", "pobj"):
            return True
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in ("know", "understand", "remember", "learn"):
            return True  # round 28: "will know who to ring if Mum seems poorly"
        node = node.head
    return False


def _made_ready(token) -> bool:
    """Inside what an adult gets or makes the child be ("get him dressed for school", "have Kai
    ready by eight"): the adult's step, with the child as its object."""
    node = token
    for _ in range(4):
        if node.dep_ in ("ccomp", "xcomp", "oprd") and node.head.lemma_.lower() in ("get", "make", "have") \
                and node.tag_ in ("VBN", "VBD", "JJ"):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


# Outcomes said in general ("will thrive", "will flourish", "will reach her potential", "will be safe
# from harm"): a wish, with nothing from the child's day.
_GENERAL = {"thrive", "flourish", "prosper", "blossom", "progress", "develop"}


def general_outcome(token) -> bool:
    """Is this experience word only a general outcome? Read on the verb the word stands in."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    lemma = verb.lemma_.lower()
    if lemma in _GENERAL:
        return True
    if lemma == "reach" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("potential", "milestone")
                                for c in verb.children):
        return True
    if lemma == "do" and any(c.lower_ == "well" for c in verb.children) and not any(
            c.dep_ in ("prep", "advcl", "dobj") for c in verb.children):
        return True
    if token.lower_ == "safe":
        return any(c.dep_ == "prep" and c.lower_ == "from" for c in token.children) and not any(
            c.dep_ in ("advcl", "xcomp") for c in token.children)
    return False


def name_before_the_modal(verb, children: set) -> list:
    """"Holly and Joy will fall asleep…": when the model gives the verb no subject, the child's name
    hung on it just before its "will" is the subject."""
    modals = [c for c in verb.children if c.tag_ == "MD" and c.i < verb.i]
    if not modals:
        return []
    return [c for c in verb.children if c.i < modals[0].i and c.i in children
            and c.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "poss")]


# A service's schedule for a child ("immunisations", "jabs", "checks"): behind with it is the adults'
# omission, told in the service's words, not what the child lives through.
_SCHEDULES = {"immunisation", "immunization", "vaccination", "vaccine", "jab", "injection", "check", "check-up",
              "appointment", "review", "screening", "registration", "paperwork"}


def a_service_word(token) -> bool:
    """"Will is behind with his immunisations", "was stop searched": an impact word that is the
    service's record or procedure. "Kai is behind at school" and "Leo stopped eating" stay."""
    lower = token.lower_
    if lower in ("stop", "stopped") and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in (
            "searched", "search", "and", "-"):
        return True  # "stop searched", "stop and search"
    if token.pos_ == "NOUN" and token.lemma_.lower() in _SCHEDULES:
        return True  # "her health checks": a service's check, not the child checking on Mum
    if lower == "behind":
        around = list(token.children) + (list(token.head.children) if token.dep_ in ("advmod", "acomp") else [])
        return any(c.dep_ == "prep" and c.lower_ in ("with", "on") and any(
            g.lemma_.lower().rstrip("s") in _SCHEDULES or g.lemma_.lower() in _SCHEDULES
            for g in c.subtree if g.dep_ in ("pobj", "conj")) for c in around)
    return False


# What a child "gets" or "has" that is a service or a professional's doing, not a moment of the
# child's own day ("will get support", "will have sessions").
_SERVICE_THINGS = {"support", "help", "referral", "assessment", "session", "appointment", "offer", "place",
                   "plan", "service", "counselling", "therapy", "intervention", "worker", "review", "check",
                   "visit", "medication", "treatment", "input", "package", "advice", "meeting", "course"}


# Nouns for a child's own age and place in life ("be a ten-year-old again", "be a kid again").
_CHILDHOOD = {"child", "kid", "boy", "girl", "teenager", "teen", "baby", "toddler", "year-old", "youngster",
              "schoolboy", "schoolgirl", "daughter", "son", "sister", "brother"}


def what_the_child_will_get(ctx, children: set):
    """"Ada will get a proper night's sleep", "Evie will get some quiet at home", "Kai will be able
    to be a boy of ten again": what the child will have of their own day, looking ahead. Not a
    service ("will get support", "will have sessions"), not an if-not or a sanction, not "will not"."""
    if not children:
        return None
    failing = {span.sent.start for span in analysis_cues(ctx, "if_not")} | _sanction_sentences(ctx) \
        | _if_an_adult_does(ctx, analysis_adults(ctx))
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if lemma not in ("get", "have", "be") or verb.sent.start in failing or _in_condition(verb):
            continue
        if _negated(verb) if lemma != "be" else any(c.dep_ == "neg" and c.i < verb.i for c in verb.children):
            continue  # "will not get", but "be a boy again, not the cook" contrasts
        node = verb
        if node.dep_ == "xcomp" and node.head.lower_ == "able" and node.head.head.i != node.head.i:
            node = node.head.head  # "will be able to be a boy again"
        if not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in node.children):
            continue
        if not any(c.dep_ == "nsubj" and _is_child(ctx, c, children) for c in node.children):
            continue
        if lemma in ("get", "have"):
            things = [c for c in verb.children if c.dep_ in ("dobj", "acomp")]
            if things and not any(t.lemma_.lower() in _SERVICE_THINGS or any(
                    g.lemma_.lower() in _SERVICE_THINGS for g in t.subtree) for t in things) \
                    and not any(c.dep_ == "auxpass" for c in verb.children):
                return verb.sent  # "will get a full night's sleep", "will get some quiet"
        elif any(c.lower_ == "again" for c in verb.subtree) and any(
                (c.dep_ == "neg" and c.i > verb.i) or c.lower_ in ("instead", "rather") for c in verb.subtree) and any(
                c.dep_ == "attr" and (c.lemma_.lower() in _CHILDHOOD or c.lower_.endswith("-old") or any(
                    g.lemma_.lower() in _CHILDHOOD for g in c.subtree)) for c in verb.children):
            return verb.sent  # "be a twelve-year-old again, not the one who cooks" ("be a child again" alone says nothing seen)
    return None


def analysis_cues(ctx, kind):
    return analysis.cues(ctx, kind)


def analysis_adults(ctx):
    return analysis.adult_tokens(ctx)


# Feelings that name a service's aim, not what the child will feel in their day ("will feel
# supported").
_SERVICE_FEELINGS = {"support", "supported", "help", "helped", "empower", "empowered", "include", "included",
                     "value", "valued", "engage", "engaged"}


_GIVING = {"give", "offer", "provide", "allocate", "refer", "grant", "afford"}


_SERVICE_WORK = _SERVICE_THINGS | {"work", "group", "space", "opportunity", "sessions"}


def not_the_childs_day(ctx, token, children: set) -> bool:
    """"Skye will feel supported": a service's aim. "Ruby will be given space to talk about her
    feelings in direct work sessions", "Ollie will be offered time in group work": a service given
    to the child. Neither is what the child will see, hear or feel at home."""
    if token.lemma_.lower() == "feel" and any(c.dep_ in ("acomp", "xcomp", "oprd") and (
            c.lower_ in _SERVICE_FEELINGS or c.lemma_.lower() in _SERVICE_FEELINGS) for c in token.children):
        return True
    node = token
    for _ in range(6):
        if node.lemma_.lower() in _GIVING and any(c.dep_ == "auxpass" for c in node.children):
            return any(t.lemma_.lower() in _SERVICE_WORK for t in node.subtree if t.pos_ == "NOUN")
        if node.head.i == node.i:
            break
        node = node.head
    return False


def a_step_asked_of_the_child(ctx, token, children: set) -> bool:
    """Round 30: "Shannon will stop vaping in school and follow the school's behaviour policy",
    "Chance will accept support from her PA", "Skye will meet her exploitation worker weekly": the
    child as the doer of a step the plan asks of them (keeping to a rule or a service, stopping
    something, meeting a professional), read by the same tests that find an adult's goal verb no
    everyday action. It is the child's conduct, not what the child will see, feel or be able to do."""
    from . import goal_actions  # (goal_actions reads child's general_outcome: imported here, not at the top)

    node = token
    for _ in range(4):  # the clause's verb the word hangs on: "in school" -> "vaping"
        if node.pos_ in ("VERB", "AUX"):
            break
        if node.head.i == node.i or node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
    else:
        return False
    chain = [node]
    while chain[-1].dep_ in ("xcomp", "pcomp", "conj") and chain[-1].head.i != chain[-1].i \
            and chain[-1].head.pos_ in ("VERB", "AUX") and len(chain) < 4 and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in chain[-1].children):
        chain.append(chain[-1].head)  # "stop vaping", "and follow the policy": up to the verb with the subject
    top = chain[-1]
    if not any(_is_child(ctx, s, children) for s in loose_subjects(top) or name_before_the_modal(top, children)):
        return False
    professionals = set(analysis.people_words()["professionals"])
    for verb in chain:
        lemma = verb.lemma_.lower()
        if lemma in ("be", "feel", "have", "get"):
            return False  # "be able to", "feel safe", "get to see Nan": the child's own day
        if goal_actions.keeps_to_a_rule(verb) or goal_actions.keeps_to_a_service(verb) or (
                lemma in _parts_words()["abstaining"] and any(c.dep_ in ("xcomp", "dobj") for c in verb.children)
                and (lemma != "give" or any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children))):
            return True
        if lemma in ("meet", "see", "visit", "attend") and any(
                t.lemma_.lower() in professionals or t.lemma_.lower() in _SERVICE_THINGS
                for c in verb.children if c.dep_ in ("dobj", "prep") for t in c.subtree):
            return True  # "meet her exploitation worker", "see the school nurse": a service met
    return False


def the_topic_of_an_adults_act(ctx, token, adults: set, children: set) -> bool:
    """Round 30: "you will not comment on her body or what she eats", "end his fast if he tells you he
    feels dizzy": the child's doing or feeling only as what an adult's act is about, or on what
    condition the adult acts. The clause holding the word is a free relative ("what she eats") or an
    "if"/"unless" clause, hung on a verb whose doer is an adult (or "you" spoken to the parents)."""
    node, marked = token, False
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and any(c.tag_ == "MD" for c in node.children):
            return False  # "…so that Leo will feel…": a clause of its own with its own "will"
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in node.children):
            marked = True
            break
        if node.dep_ in ("pcomp", "pobj", "conj", "dobj") and node.pos_ in ("VERB", "AUX") and any(
                c.tag_ in ("WP", "WRB") and c.i < node.i for c in node.subtree):
            marked = True  # "what she eats", "how he gets on": a free relative as the thing talked of
            break
        if node.head.i == node.i:
            return False
        node = node.head
    if not marked:
        return False
    main = node.head
    for _ in range(4):
        if main.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in main.children):
            break
        if main.head.i == main.i:
            break
        main = main.head
    return _subject_is_an_adult(ctx, main, children, adults)


def another_sense(token) -> bool:
    """Round 30: a cue word as a participle describing someone else ("known gang members", "known
    drug dealers"): it names nothing the child will see, feel or do."""
    return token.dep_ == "amod" and token.tag_ == "VBN" and token.head.pos_ in ("NOUN", "PROPN")


def _subject_is_an_adult(ctx, main, children, adults) -> bool:
    """The clause's subject is an adult (by the people analysis, "you"/"they"/"we" where the goal
    does not speak to the child, or a caregiver's word), not the child or a pronoun for the child."""
    doers = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not doers or doers[0].i in children or analysis.pronoun_is_child(ctx, doers[0]):
        return False
    return doers[0].i in adults or doers[0].lower_ in ("you", "they", "we") and not addressed_child(ctx) \
        or doers[0].lemma_.lower() in analysis.people_words()["caregivers"]
