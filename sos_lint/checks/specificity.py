"""Specificity rules (SOS3xx): labels, vague words, guesses and judgement instead of behaviour."""
from __future__ import annotations

import dataclasses

from . import (analysis, care_words, goals18, goals19, child_blame, closed_classes, habit_labels, parent_verdicts, vague_aims,
               vague_impacts, vague_processes, vague_states, verdicts, words15b, words16a, words16b, words24, words24b,
               words25, words26, words27, words28, words29, words30, words31, words32, words33)
from . import words34, words35, words36, words37, words38
from . import legal_status, mutual_blame, restraint_blame
from .base import Context, Rule, rule
from .word_context import (child_names, governing_verb, in_name_of_thing, is_child, names_a_job, names_a_job_or_service, quoted, settings,
                           with_child_name)

LEXICON = "specificity.toml"


def _behaviour_explains(ctx: Context, span, own_verb: bool = False, owned: bool = True, vague: bool = False) -> bool:
    """Does the sentence also say what an adult did? Not the child's own action ("Ella told her
    teacher about the domestic abuse"), and not the verb that only carries the label ("Dad
    displays controlling behaviour")."""
    # A label that is itself a verb ("turned up after using drugs") is carried by that verb alone
    # (own_verb: the adults' labels "using drugs", "assaulted"); the verb it hangs on explains it.
    carrier = span.root if own_verb and span.root.pos_ == "VERB" else governing_verb(span)
    if carrier is not None and carrier.lemma_.lower() in settings()["label_as_aim_verbs"]:
        return False  # "Dad will address his anger issues": the label is the aim, not explained
    reporting = set(settings()["report_verbs"])
    # Verbs inside other flagged words ("make the necessary changes", "allowing him back")
    # describe nothing either. Both tables are built once per statement, so a long draft stays linear.
    flagged = ctx.memo("flagged_tokens", lambda: _flagged_tokens(ctx))
    by_sentence = ctx.memo("actions_by_sentence", lambda: _actions_by_sentence(ctx))
    # A label that sets the scene ("worried about what happens when Dad's low mood gets very
    # bad") is explained by what the rest of the statement says the adult did.
    where = [a for acts in by_sentence.values() for a in acts] if _in_when_clause(span) \
        else by_sentence.get(span.sent.start, ())
    guessed = ctx.memo("words:guessed_verbs", lambda: _guessed_verbs(ctx))
    # Round 26 (words26): another adult's act does not explain this adult's label, said as the worry now
    # (``owned``: the words are a label of someone's behaviour; a worry word such as "concerned" is
    # explained by what another did: "Nan is concerned that Dad touched…")
    owner = None if _in_when_clause(span) or not owned else words26.label_owner(ctx, span)
    # Round 29 (words29): a child as the people analysis reads one ("Hope", a name that is also a word).
    children = analysis.child_tokens(ctx)
    return any(not a.negated and (carrier is None or a.verb.i != carrier.i)
               and not words26.someone_else(owner, a.subject)
               and a.verb.i not in flagged and a.verb.i not in guessed
               and a.verb.lemma_.lower() not in reporting and not is_child(ctx, a.subject)
               and not (a.subject.lower_ in ("he", "she") and analysis.pronoun_is_child(ctx, a.subject))
               and not _done_to(a.verb) and a.verb.lemma_.lower() not in _EFFECT_VERBS
               and not _dates_it(a.verb) and not _only_makes_sure(a.verb)
               # Round 29 (words29): an act done to the adult, guessed, carrying the label, or a
               # state explains nothing; a vague noun only by an act in its own phrase.
               and not words29.explains_nothing(a.verb, span)
               and not (vague and words29.vague_noun_unexplained(a.verb, span))
               and a.subject.i not in children
               for a in where)


def _only_makes_sure(verb) -> bool:
    """Round 11: "will ensure there is no parental conflict", "will make sure the home is free of
    substance use": the verb says an outcome, not what the adult does, so it explains no label."""
    lemma = verb.lemma_.lower()
    return lemma == "ensure" or (lemma == "make" and any(c.lower_ in ("sure", "certain") for c in verb.children))


# Round 10b: a life event that dates the worry ("since he moved in with them", "after Dad came
# home from prison") says when, not what the adult did.
_LIFE_EVENTS = {"move", "arrive", "come", "return", "leave", "start", "join", "split", "separate", "marry",
                "meet", "release", "begin", "live", "get"}


def _dates_it(verb) -> bool:
    return verb.lemma_.lower() in _LIFE_EVENTS and verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("since", "after", "before", "until", "till") for c in verb.children)


# "How they are affecting Maryam": an effect named is not an act anyone saw (round 9b).
_EFFECT_VERBS = {"affect", "impact", "effect", "influence"}


def _done_to_a_child(ctx: Context, span) -> bool:
    """"The men are sexually abusing her", "Dean abused Tia": a child is the one harmed. The label
    rule asks what an adult did to an adult ("Mum was assaulted"); a child's abuse is worded in
    its own way, and the victim-blaming rule watches that."""
    verb = span.root if span.root.pos_ == "VERB" else governing_verb(span)
    if verb is None or verb.lemma_.lower() in _EFFECT_VERBS:
        return False  # "Dad's drug use is affecting Kai": an effect named, not an act done to Kai
    targets = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "npadvmod")]  # "abusing Holly" may parse as npadvmod
    adults = analysis.adult_tokens(ctx)
    return any(is_child(ctx, t, strict=False) or (t.pos_ == "PRON" and analysis.pronoun_is_child(ctx, t))
               or (t.pos_ == "PROPN" and t.i not in adults and t.lower_ not in _ADULT_TITLES) for t in targets)


_ADULT_TITLES = {"mr", "mrs", "ms", "miss", "dr", "mx"}


def _guessed_verbs(ctx: Context) -> set[int]:
    """Verbs inside a guess ("it is likely that Dad caused them"): a guessed act does not
    explain a label, because nobody says they saw it."""
    guessed = set()
    for span, entry in ctx.matches(LEXICON):
        if entry.group != "hypothesis":
            continue
        heads = {t.i for t in span}
        for verb in ctx.doc[span.end:span.sent.end]:
            if verb.pos_ == "VERB" and any(a.i in heads for a in verb.ancestors):
                guessed.add(verb.i)
    return guessed


def _in_when_clause(span) -> bool:
    """Inside a "when…" or "whenever…" clause: the situation the worry happens in."""
    token = span.root
    for _ in range(6):
        if token.dep_ in ("advcl", "relcl", "ccomp") and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "whenever") for c in token.children):
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _done_to(verb) -> bool:
    """"Dad was arrested and bailed": a participle sharing a passive's auxiliary is done to the
    subject, not done by them."""
    while verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.i != verb.i:
        verb = verb.head
        if any(c.dep_ == "auxpass" for c in verb.children):
            return True
    return False


def _flagged_tokens(ctx: Context) -> set[int]:
    """Tokens inside other flagged words: their own lexicon's, the let-back wording, and the
    jargon terms ("Mum's ability to safeguard her", "engage with services"), which describe
    nothing an adult did."""
    jargon = {t.i for span, entry in ctx.matches("jargon.toml") if entry.code == "SOS101" for t in span}
    # "Mum's partner is controlling": a verdict read as a verb says nothing he did either.
    verdict_words = {span[-1].i for span in verdicts.adult_state_spans(ctx)}
    return {t.i for other, _ in ctx.matches(LEXICON) for t in other} | _let_back_tokens(ctx) | jargon | verdict_words


def _actions_by_sentence(ctx: Context) -> dict:
    grouped: dict = {}
    for action in analysis.actions(ctx):
        grouped.setdefault(action.sentence.start, []).append(action)
    return grouped


def _says_nothing_of_how(verb) -> bool:
    """"Aunt Rachel will support this", "Nan will support Mum", "we will support you with this":
    the verb "support" with nothing about how. "Nan will support Mum by collecting Alfie", "support Jack's football team" and
    the doctor who "issued" a prescription say what is meant. "Mum will be supported to…" with
    nobody doing the supporting says neither who nor how."""
    if verb.lemma_.lower() != "support":
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return not any(c.dep_ == "agent" for c in verb.children)
    if any((c.dep_ == "prep" and c.lower_ in ("by", "with", "through", "via") and not _only_a_pronoun(c))
           or c.dep_ in ("xcomp", "advcl", "ccomp") for c in verb.children):
        return False
    target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return target is None or target.pos_ == "PRON" or analysis.is_person(target)


def _only_a_pronoun(prep) -> bool:
    """"support you with this", "help with it": the words after the preposition point back at
    the problem; they do not say how."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.pos_ == "PRON" or o.lower_ in ("this", "that", "these", "those") for o in objects)


# Passives whose "to" takes a noun ("exposed to", "subjected to"); the tagger reads the next word
# as an infinitive.
_TO_A_THING = {"expose", "subject", "introduce", "admit", "accustom"}


def _read_as_verb(token) -> bool:
    """A verb in the parse that is used as one: "issued a prescription". A word the tagger calls a
    verb inside a list of adjectives ("hungry and unkempt") or as a complement ("looked unkempt")
    describes someone, as the adjective it is."""
    if token.pos_ != "VERB":
        return False
    if token.dep_ in ("acomp", "oprd"):
        return False
    if token.dep_ in ("advcl", "xcomp") and token.head.lemma_.lower() in _TO_A_THING \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False  # "exposed to inappropriate adult behaviour": "to" is a preposition the tagger misread
    if token.dep_ != "conj":
        return True
    if any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "ccomp", "xcomp", "auxpass", "aux") for c in token.children):
        return True  # "Mum was angry and issued a warning": a verb with its own object
    head = token.head
    return not (head.pos_ == "ADJ" or any(c.dep_ == "acomp" for c in head.children))


def _clause_subject(span):
    """The subject of the clause a word sits in, or the noun an adjective describes. A relative
    pronoun stands for the noun it hangs on ("men who sell drugs")."""
    root = span.root
    if root.dep_ == "amod":
        return root.head
    verb = root if root.pos_ in ("VERB", "AUX") else root.head
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            subject = subjects[0]
            if subject.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                return verb.head
            return subject
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return None


def _about_a_thing(span) -> bool:
    """"The boiler failed to work", "an infection resistant to antibiotics": not about a person."""
    subject = _clause_subject(span)
    family_life = {"home", "house", "household", "environment", "lifestyle", "life", "parenting", "relationship", "family",
                   "behaviour", "presentation", "attitude", "engagement", "attendance", "response", "care",
                   "supervision", "hygiene", "compliance", "cooperation", "co-operation", "history", "need", "needs"}
    if subject is not None and subject.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False  # "Mum presents as chaotic": the parse hangs the word on "as", not on a thing
    # Round 11: a quality held by someone ("Dad's hostility is a worry", "the worry is Mum's
    # defensiveness") is about whoever holds it ("the infection's resistance" is about a thing).
    owner = next((c for c in span.root.children if c.dep_ == "poss"), None) if span.root.pos_ == "NOUN" else None
    if owner is not None:
        return owner.pos_ == "NOUN" and not analysis.is_person(owner) and owner.lemma_.lower() not in family_life
    if subject is not None and subject.i in range(span.start, span.end):
        return False  # the word is itself the subject, held by nobody named: not a thing's
    if words34.said_of_whoever(span):
        return False  # round 34 (review34d D#9): "a care leaver who lacks insight": "who" is a person
    titles = analysis.people_words()["titles"]
    if subject is not None and (subject.lower_ in titles or any(analysis.is_person(c) for c in subject.conjuncts)
                                or any(c.dep_ == "compound" and c.lower_ in titles for c in subject.children)):
        return False  # round 17: "Mr and Mrs Harrow are hostile" (the parse makes the title the subject),
        # "Ms Bird is unable to prioritise Jay" (a surname that is also a word): a titled person
    return (subject is not None and not analysis.is_person(subject)
            and subject.lemma_.lower() not in family_life and subject.lower_ not in family_life)


def _said_of_a_child(ctx: Context, span) -> bool:
    subject = _clause_subject(span)
    return subject is not None and (is_child(ctx, subject, strict=False)
                                    or (subject.pos_ == "PRON" and analysis.pronoun_is_child(ctx, subject)))


def _a_childs_own(ctx: Context, span) -> bool:
    """"Ella's mental health", "his mental health" of a child: the child's own state is a harm
    to describe, not a label for what an adult does."""
    owner = next((c for c in span.root.children if c.dep_ == "poss"), None)
    return owner is not None and (is_child(ctx, owner, strict=False)
                                  or (owner.pos_ == "PRON" and analysis.pronoun_is_child(ctx, owner)))


def _a_child_or_children(ctx: Context, token) -> bool:
    """A named child, a pronoun for one, or "the children" / "the boys" (round 9b, bare effects)."""
    return is_child(ctx, token, strict=False) or token.i in analysis.child_tokens(ctx) or (
        token.pos_ == "PRON" and token.lower_ in ("him", "her", "them") and analysis.pronoun_is_child(ctx, token)) \
        or token.lower_ in analysis.people_words()["children"]


def _about_an_adult(span) -> bool:
    """"Dad put himself at risk", "men who sell drugs": victim-blaming words are about children."""
    subject = _clause_subject(span)
    adults = (set(analysis.people_words()["family"]) - {"sister", "brother", "cousin", "friend"}) \
        | set(settings()["adult_words"])
    if subject is None:
        return False
    owner = [c for c in subject.children if c.dep_ == "poss"]
    return (subject.lower_ in adults or subject.lemma_.lower() in adults
            or any(o.lower_ in adults for o in owner) or _named_adult(subject))


def _named_adult(token) -> bool:
    """A name the people reading holds for an adult ("Ms Wright has not consented to the placement",
    "Kyle Dunn (24)"): victim-blaming words said of a named adult are not about a child."""
    from ..people import ADULT, people as read_people

    return read_people(token.doc).role_of(token) == ADULT


def _is_adult_word(token) -> bool:
    adults = set(analysis.people_words()["family"]) | set(settings()["adult_words"])
    return token.lower_ in ("him", "them", "he", "ex") or token.lemma_.lower() in adults \
        or token.lower_ in adults or token.lower_.startswith("ex-")


def _made_to(ctx: Context, span) -> bool:
    """"The men drove him to Blackpool to deal drugs", "they made her send photos": the words
    hang on what the adults did to the child, so they describe the adults, not the child's choice."""
    making = set(settings()["made_to_verbs"])
    token = span.root
    for _ in range(4):
        if token.head.i == token.i:
            return False
        if token.dep_ == "pcomp" and token.head.lower_ == "into":
            return True  # "pressured her into sending", "groomed into carrying": done to the child
        below, token = token, token.head
        if token.lemma_.lower() in making:
            if below.dep_ in ("dobj", "dative") and token.lemma_.lower() in ("send", "take", "get", "use"):
                continue  # round 37: "send … photos of herself" is the act itself; what governs it may be "asked her to"
            if token.lemma_.lower() == "make" and any(c.lower_ in ("sure", "certain") for c in token.children):
                return False  # "Nan will … make sure Kayla is not associating with…": ensuring, not making her
            return _doer_of_making(ctx, token)
    return False


def _doer_of_making(ctx: Context, verb) -> bool:
    """Round 37 (review37x, X#1): is the verb of making an adult's act on the child? Its own subject
    is an adult; or, with no subject of its own (the second of two joined verbs, "groomed Hope and
    persuaded her to send…", often misparsed), the first verb's subject is, or its object is a
    pronoun or the child ("persuaded her", "asked Tia"): nobody persuades themselves with "her".
    "Hope asked Mia to send photos" and "she chose to send pictures" are not made to."""
    def adult(doer) -> bool:
        return doer is not None and (doer.lower_ == "they" or (doer.pos_ != "PRON" and _is_adult_word(doer))
                                     or (doer.lower_ in ("he", "she") and not analysis.pronoun_is_child(ctx, doer)))
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if doer is not None:
        return adult(doer)
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    doer = next((c for c in first.children if c.dep_ == "nsubj"), None) if first.i != verb.i else None
    if doer is not None and adult(doer):
        return True
    # Its object: "persuaded her to send…". Whoever "her" is, the one who sends is not the one who
    # persuaded, so the act is not the persuader's own choice; and a child named as the object is
    # the one persuaded.
    target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return target is not None and (target.lower_ in ("her", "him", "them")
                                   or (target.pos_ == "PROPN" and is_child(ctx, target, strict=False)))


def _is_family_adult(token) -> bool:
    """"Dad", "her partner", "her ex": an adult in the family, not "him" (who may be the child)
    nor "men she met online" (Mum's choice of visitors is a worry in its own right)."""
    family = set(analysis.people_words()["family"]) - {"sister", "brother", "cousin", "friend"}
    return token.pos_ != "PRON" and (token.lower_ in family or token.lemma_.lower() in family
                                     or token.lower_.startswith("ex"))


def _said_by_the_child(ctx: Context, span) -> bool:
    """"Marcus said he needs it to protect himself": the child's own account, reported, is his
    words about how he feels, not the writer blaming him."""
    speaking = set(settings()["speech_verbs"])
    token = span.root
    for _ in range(6):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.lemma_.lower() in speaking:
            speaker = next((c for c in token.children if c.dep_ == "nsubj"), None)
            return speaker is not None and (speaker.lower_ in ("he", "she", "they", "i")
                                            or is_child(ctx, speaker, strict=False))
    return False


def _about_exploitation(ctx: Context) -> bool:
    """Does the statement speak of a child being exploited, groomed, going missing or drawn into
    crime? There, "Dad cannot manage his behaviour" blames the parent and the child for what the
    exploiters do; about a toddler's tantrums it does not."""
    return child_blame.about_exploitation(ctx)  # round 19: one reading, shared (it holds self-harm too)


def _reported_as(ctx: Context, span, entry) -> str:
    """The rule code a matched term is reported under here, or "" to leave it alone. Asked of every
    match by each of the rules that report the word list (SOS301, SOS302, SOS305, SOS306) and by the
    readings that step aside for it: answered once per statement, match and entry (kept in the
    statement's own Context, so two statements never share an answer)."""
    known = ctx.cache.get("specificity:reported_as")
    if known is None:
        known = ctx.cache["specificity:reported_as"] = {}
    key = (span.start, span.end, id(entry))
    found = known.get(key)
    if found is None or found[0] is not entry:
        # (the entry is kept beside its answer, so its id cannot be another entry's while this lives)
        found = known[key] = (entry, _reported_as_now(ctx, span, entry))
    return found[1]


def _reported_as_now(ctx: Context, span, entry) -> str:
    """_reported_as, worked out."""
    if entry.kinds and ctx.kind not in entry.kinds:
        return ""
    if entry.exploitation_only and not _about_exploitation(ctx):
        # "failed to monitor" about a toddler is a judgement; "unable to manage his behaviour",
        # said of a young child's tantrums, is left to the other rules.
        return "SOS305" if entry.judges_adults else ""
    if entry.group == "vague" and len(span) == 1 and span[0].pos_ == "VERB" and _says_nothing_of_how(span[0]) \
            and any(c.dep_ == "auxpass" for c in span[0].children):
        return entry.code  # "Mum will be supported to…": nobody named does anything, whatever else follows
    if entry.with_behaviour_ok and _behaviour_explains(ctx, span, own_verb=entry.adults_only,
                                                       owned=entry.group == "label", vague=entry.group == "vague"):
        return ""
    if entry.group == "label" and (names_a_job(span) or words29.in_named_persons_role(span)
                                   or names_a_job_or_service(span)):
        return ""  # "the domestic abuse worker", "her drug worker": a job, named; round 29 (words29):
        # "Maria Costa, the independent domestic violence adviser": a role set beside a named person
    if entry.group == "label" and {t.i for t in span} & _impression_tokens(ctx):
        return ""  # round 26 (words26): "presented as intoxicated" is reported once, as the guess it is (SOS304)
    if entry.doer_hidden and _no_doer(span):
        return entry.code  # "Precious was assaulted": who did what is not said at all
    if entry.adults_only and (_said_of_a_child(ctx, span) or _done_to_a_child(ctx, span) or _a_childs_own(ctx, span)):
        return ""  # "Priya has been taking drugs with older men", "men are abusing her": the child's harm is the worry
    if entry.group == "label" and _a_childs_behaviour_judged(ctx, span):
        return "SOS302"  # round 20: "Callum displays challenging behaviour" says how it struck someone, not what he did
    if entry.group == "vague" and {t.i for t in span} & ctx.memo("words:verdicts", lambda: {
            t.i for found in (verdicts.verdict_noun_spans(ctx), verdicts.standard_verdict_spans(ctx)) for v in found for t in v}):
        return ""  # "a poor role model" is reported once, as the verdict it is
    if entry.group == "vague" and {t.i for t in span} & words27.doubted_account_tokens(ctx):
        return ""  # round 27 (words27): "Tia will be open and honest", asked of a harmed child, is reported as the blame it is (SOS306)
    if entry.group == "vague" and entry.replacement == "worried" and words34.named_worrier(ctx, span):
        return ""  # round 34 (review34 P table): "Mr Novak, the school safeguarding lead, is concerned about Dad"
    if entry.group == "vague" and goals18.state_summed_up(ctx, span):
        return ""  # Round 18: "Riya will be safe and happy at home", after the deeds that make it so
    if entry.group == "vague":
        # "The doctor issued a prescription": the verb is not the vague noun "issue";
        # "family support worker", "Support Plan": names of jobs and documents.
        if in_name_of_thing(span) or _in_job_title(span):
            return ""
        if len(span) == 1 and _read_as_verb(span[0]) and not _says_nothing_of_how(span[0]):
            return ""
    if entry.group == "judgement" and {t.i for t in span} & ctx.memo("words:staying", lambda: {
            t.i for v in verdicts.stays_with_abuser_spans(ctx) + words25.chosen_stay_spans(ctx) for t in v}):
        return ""  # "has chosen to stay with Mr Ali" is reported once, as the blame it is (SOS306)
    if entry.group == "judgement" and {t.i for t in span} & words27.doubted_account_tokens(ctx) \
            and not (entry.phrase in settings()["child_blame_judgements"] and _about_exploitation(ctx)):
        return ""  # round 27 (words27): "Kofi refused to explain how it happened" (a harmed child) is blame (SOS306)
    if entry.group == "judgement" and {t.i for t in span} & ctx.memo("words28:chosen", lambda: {
            t.i for v in words28.chosen_habit_spans(ctx) for t in v}):
        return ""  # round 28 (words28): "Leo is choosing to stay at home" is reported once, as the blame it is (SOS306)
    if entry.group == "judgement" and _about_a_thing(span):
        return ""
    if entry.group == "judgement" and {t.i for t in span} & ctx.memo("words:lowering", lambda: {
            t.i for v in care_words.risk_reduced_spans(ctx) if v[-1].lemma_.lower() in ("risk", "harm", "danger")
            for t in v}):
        return ""  # "minimise risks" is a vague aim (SOS302), not "minimises the concerns"
    if entry.group == "judgement" and entry.phrase in settings()["child_blame_judgements"] \
            and _about_exploitation(ctx) and _said_of_a_child(ctx, span):
        return "SOS306"  # "Amber has refused return home interviews": an exploited child blamed
    if entry.phrase == "cannot control her" and span[-1].dep_ == "poss" \
            and not _child_or_childs_conduct(ctx, span[-1].head):
        return ""  # "unable to control her temper": her own feelings, not the child
    if entry.group == "victim-blaming" and not entry.any_subject:
        if _about_an_adult(span):
            if {t.i for t in span} & {t.i for v in verdicts.partner_choice_spans(ctx) for t in v}:
                return ""  # round 19: "Mum's poor choices in partners", reported whole as the blame it is (SOS306)
            return "SOS305" if entry.judges_adults else ""
        if _made_to(ctx, span):
            return ""
        if entry.phrase in settings()["child_may_say"] and _said_by_the_child(ctx, span):
            return ""
    return entry.code


def _in_job_title(span) -> bool:
    """Round 15 (words15b): a vague word inside a job title of several words, whatever the parse
    makes of it: "your adoption support social worker", "the family support practitioner", "the
    early help support worker". The words after it run (lower case, no verb) to a job's head noun,
    and the word before it is a det, an owner or another word of the title, not "will" or "to"."""
    doc = span.doc
    heads = set(settings()["job_heads"])
    before = doc[span.start - 1] if span.start > span.sent.start else None
    if before is None or before.tag_ in ("MD", "TO", "IN") or before.pos_ in ("AUX", "VERB", "PART", "ADP") \
            or (before.pos_ == "PRON" and before.tag_ != "PRP$"):
        return False
    for token in doc[span.end:min(len(doc), span.end + 3)]:
        if not token.is_alpha or token.text[:1].isupper() and token.i != span.end:
            return False
        if token.lemma_.lower() in heads or token.lower_ in heads:
            return True
        if token.pos_ not in ("ADJ", "NOUN"):
            return False
    return False


def _no_doer(span) -> bool:
    """A passive verb with no "by…" naming who did it: "was assaulted", "had been assaulted"."""
    verb = span.root
    return verb.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children)


def _image_spans(ctx: Context) -> list:
    """"Skye has shared indecent images", "Tia sent nude photos of herself": the abuse written as
    the child's own act. Said of what the adults made the child do ("he pressured her into sending
    photos"), or of an adult, it is left alone."""
    sending = {"send", "share", "post", "upload", "forward", "take"}
    images = {"image", "photo", "picture", "video", "pic", "selfie", "photograph", "nude", "nudes"}
    sexual = {"explicit", "indecent", "nude", "naked", "sexual", "intimate", "sexy", "topless", "rude",
              "inappropriate", "compromising", "provocative", "revealing"}
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in sending or verb.pos_ != "VERB":
            continue
        thing = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in images), None)
        if thing is None or not (thing.lower_.startswith("nude")
                                 or any(c.lower_ in sexual for c in thing.children if c.dep_ in ("amod", "compound"))
                                 or _of_herself_to_strangers(ctx, verb, thing)):
            continue
        end = thing.right_edge.i if _of_herself_to_strangers(ctx, verb, thing) else thing.i
        span = ctx.doc[verb.i:end + 1]
        if quoted(span) or _about_an_adult(span) or _made_to(ctx, span) or _said_by_the_child(ctx, span):
            continue
        found.append(span)
    return found


def _of_herself_to_strangers(ctx: Context, verb, thing) -> bool:
    """"sending images of herself to males online": pictures of the child's own body, sent to
    unknown adults or where the statement is about exploitation. A photo of himself at the match
    sent to Nan is not that."""
    of = [c for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"]
    if not any(o.lower_ in ("herself", "himself", "themselves", "themself") for p in of for o in p.children):
        return False
    adults = set(settings()["adult_words"])
    to_adults = any(o.lower_ in adults or o.lemma_.lower() in adults
                    for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                    for o in p.children if o.dep_ == "pobj")
    return to_adults or _about_exploitation(ctx)


_CHILD_BEHAVIOUR_ADVICE = "Say what [name] did or said, when, and what was happening just before."


def _a_childs_behaviour_judged(ctx: Context, span) -> bool:
    """Round 20 (types20): a child's behaviour named by how it struck someone ("Callum displays
    challenging behaviour", "Page's concerning behaviour", "excluded for disruptive behaviour" in a
    sentence about Basil): the words hang on "behaviour", one of them is a verdict word
    (settings behaviour_verdicts), and the behaviour is a child's: its owner, or the subject of its
    clause, is a child. An adult's ("Dad's erratic behaviour") stays a label (SOS301)."""
    head = next((t for t in reversed(span) if t.lemma_.lower() in ("behaviour", "behavior")
                 or t.lower_ in ("behaviours", "behaviors")), None)  # "worrying behaviour" may parse "worrying" as its verb
    if head is None:
        return False
    verdicts_ = set(settings()["behaviour_verdicts"])
    if not any(t.lower_ in verdicts_ for t in span if t.i != head.i):
        return False
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None:  # whose: the subject of the nearest clause above ("Leo shows...", "Basil was excluded for...")
        owner = next((c for a in list(head.ancestors)[:5] if a.pos_ in ("VERB", "AUX")
                      for c in a.children if c.dep_ in ("nsubj", "nsubjpass")
                      or (c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i < a.i)), None)  # "Leo (7) shows..."
    owners = [owner] if owner is not None else []
    if owner is not None and owner.lower_ in ("who", "that") and owner.head.dep_ == "relcl":
        noun = owner.head.head  # "Basil is a Year 9 pupil who was excluded for...", "Page (14), a boarder who..."
        owners = [noun, *([noun.head] if noun.dep_ == "appos" else []),
                  *(c for c in noun.head.children if noun.dep_ == "attr" and c.dep_ == "nsubj")]
    return any(is_child(ctx, o, strict=False) or (o.pos_ == "PRON" and analysis.pronoun_is_child(ctx, o))
               for o in owners)


def _impressions(ctx: Context) -> list:
    """Round 26 (words26): labels and a negated understanding said through a verb of appearance
    ("presented as intoxicated", "looked under the influence"), as (span, label span or None)."""
    if ctx.kind != "worry":
        return []
    return ctx.memo("words26:impressions_read", lambda: words26.impression_spans(
        ctx, [span for span, entry in ctx.matches(LEXICON) if entry.group == "label"]))


def _impression_tokens(ctx: Context) -> set[int]:
    return ctx.memo("words26:impression_tokens", lambda: {
        t.i for _, label in _impressions(ctx) if label is not None for t in label})


def _fault_denied(span) -> bool:
    """Round 31 (review31a, REPORT #8): a fault verb said not to have happened ("Mum did not fail to
    notify the social worker", "Dad has never refused a visit"): the sentence says the adult did the
    thing, which is a strength, not a judgement. Read from the parse: the span's verb has "not" or
    "never" of its own."""
    verbs = [t for t in span if t.pos_ == "VERB"]
    if not verbs or any(t.dep_ == "neg" or t.lower_ in ("not", "never", "n't") for t in span):
        return False  # "not prioritising her needs": the "not" is the judgement's own
    return any((c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")) and not span.start <= c.i < span.end
               for c in verbs[0].children)


_MAY_HAPPEN = {"could", "might", "may"}
_TO_THE_CLAUSE = {"pobj", "prep", "dobj", "amod", "compound", "conj", "oprd", "npadvmod", "appos", "nmod", "poss"}


def _only_a_possible_outcome(ctx: Context, span) -> bool:
    """Round 41 (r41b; SOS301 on five good statements in sets 24-37): a label inside what could
    happen to the child ("If this goes on, Kyle could be arrested and charged with a serious
    offence", "she might be made dependent on drugs") names no deed anyone has done: there is no
    adult's act to describe, and the worry's future part is meant to name the harm to come. Read from
    the parse: the clause the label stands in is a passive (what would be done to the child, "be
    charged with", "made dependent on") said under "could", "might" or "may" (the nearest modal,
    through one list or verb chain), of the child. Kept: the same said of an adult ("Dad could be
    charged with a serious offence" names what he did), a label the child could see or suffer ("Ava could see more
    domestic abuse": an adult's deed still to be said), a guess about now or the past ("this might be
    domestic abuse", "may have been subjected to cutting": "be" or a perfect "have")."""
    token = span.root
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        if token.dep_ not in _TO_THE_CLAUSE:
            return False
        if token.dep_ == "prep" and token.lower_ == "for":
            return False  # the merge (round 41): "may be taken abroad for a harmful traditional practice":
            # what she would be taken for is what adults would do to her, a deed still to be said
        token = token.head
    if token.pos_ not in ("VERB", "AUX") or token.tag_ != "VBN":
        return False  # done to the child ("be charged with …"); "Ava could see more domestic abuse" keeps it
    if not any(c.dep_ == "auxpass" for c in token.children) and not (
            token.dep_ == "conj" and any(c.dep_ == "auxpass" for c in token.head.children)):
        return False
    current = token
    for _ in range(5):
        if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in current.children):
            return False  # "may have been subjected to …": a guess about the past
        modals = [c for c in current.children if c.tag_ == "MD"]
        if modals:
            subject = next((c for c in current.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            return modals[0].lower_ in _MAY_HAPPEN and subject is not None and (
                subject.i in analysis.child_tokens(ctx)
                or subject.pos_ == "PRON" and analysis.pronoun_is_child(ctx, subject))
        if current.dep_ not in ("conj", "xcomp") or current.head.i == current.i:
            return False
        current = current.head
    return False


def _word_findings(ctx: Context, rule_: Rule, problem: str):
    for span, entry in ctx.matches(LEXICON):
        if entry.group == "hypothesis" or quoted(span) or _reported_as(ctx, span, entry) != rule_.code:
            continue
        if legal_status.is_legal_status(span):
            continue  # round 38 (review38p P#6): "alleged" is a legal status, not a judgement
        if entry.group == "judgement" and _fault_denied(span):
            continue  # round 31: "Mum did not fail to tell the school", "has never refused a visit": praise
        if rule_.code == "SOS301" and entry.group == "label" and _only_a_possible_outcome(ctx, span):
            continue  # round 41 (r41b): "… he could be arrested and charged with a serious offence"
        advice = with_child_name(ctx, entry.advice_for(ctx.kind) or "Say what someone saw or heard instead.")
        if entry.group == "label" and rule_.code == "SOS302":  # round 20: a child's behaviour, judged
            advice = with_child_name(ctx, _CHILD_BEHAVIOUR_ADVICE)
        swap = (f" Try \"{entry.replacement}\"." if entry.replacement
                and entry.replacement.lower() not in advice.lower() else "")
        said = "puts the blame on the wrong person" if entry.any_subject else problem
        yield rule_.finding(ctx, span.start_char, span.end_char,
                            f"\"{span.text}\" {said}.{swap} {advice}",
                            entry.replacement or advice)


@rule("SOS301", "label-not-behaviour", "warning", source="DOMAIN.md; Partnering for Safety, danger statements")
def label_not_behaviour(ctx: Context, rule_: Rule):
    """Flags labels and diagnoses used in place of what an adult did.

    What it checks
        Words such as "neglect", "domestic violence", "substance use", "family violence"
        or "mental health issues" (rules/specificity.toml), "Mum's mental health" (not "the
        mental health team", nor a child's own), what happened told as a label ("Mum was
        assaulted", "Dad is using drugs"), drug or drink use as a habit with no occasion
        ("Mum is using again", "has relapsed", "is back on heroin"), "Dad's behaviours" with
        nothing said of them, a service not taken up as the worry ("did not take up the
        offer"), and a bare verdict on an adult ("her partner is controlling", "Dad can be volatile"), but not a worry's future ("Ivy could be
        abused") nor a child's own harm. A label is fine when the same
        sentence also says what an adult did, read from the sentence's parse; the child's
        own words about it ("Ella told her teacher about the domestic abuse") and a verb
        that only carries the label ("Dad shows controlling behaviour") are not that.
        Also an adult's drinking named as a thing ("his drinking"), falling back into it
        ("has slipped back into drinking", "is on the cans"), a problem "with his temper",
        and a service's sessions not gone to ("did not go to any sessions"). Round 11, as
        classes: a harm noun with a category word ("cannabis misuse", "family conflict"), "a
        history of" a harm, "a known risk (to children)", a conduct adjective on a person ("a
        controlling stepfather"), a verdict on a domain of care ("poor school attendance"), a
        parent's anxiety, and "was assaulted" with nobody named as the doer, of a child too.
        Round 24: an adult's health named as a thing ("Mother's illness", "his PTSD symptoms",
        "has a diagnosis of ME/CFS", "a long history of chronic pain"). Round 26: what plainly
        another adult did does not explain an adult's label ("Mum sleeps in the girls' room
        because of Dad's temper"). Round 37: missed appointments are a hint, not a warning, when
        the same sentence says what that meant for the child ("…, so Hope was not weighed").
    Why it matters
        A label means different things to different people. The family cannot change
        a label, but they can change what they do, so the statement must say it.
    Example
        There are worries about neglect and domestic violence in the home.
    Better
        The social worker is worried that Dad pushed Mum into the wall on Friday while Kai watched.
    """
    yield from _word_findings(ctx, rule_, "is a label, not something someone saw")
    covered = _reported_tokens(ctx, ("SOS301", "SOS305", "SOS306"))
    readings = (
        # Round 38 (restraint_blame, review38d D#5): "secluded" hides who shut the child away
        (restraint_blame.seclusion_spans(ctx),
         "hides what was done to the child. Say who shut the child away, where, whether the door was "
         "locked, for how long, and what the child did then.",
         "[who shut the child in, where, and for how long]"),
        ([span for span in verdicts.adult_state_spans(ctx) if not _behaviour_explains(ctx, span)],
         "is a label, not something someone saw. Say what the adult does that you call this, when, "
         "and who saw or heard it.",
         "[what the adult does, when, and who saw or heard it]"),
        ([span for span in habit_labels.drug_use_spans(ctx) if not habit_labels.affects_a_child(ctx, span)
          and not habit_labels.told_with_its_setting(ctx, span)],  # round 39 (r39b)
         "names a habit, not something someone saw. Say what the adult took or drank, when, and what "
         "they did then that affected the child.",
         "[what the adult took, when, and what they did then]"),
        ([span for span in habit_labels.behaviour_spans(ctx) if not _behaviour_explains(ctx, span)],
         "names behaviour without saying what it was. Say what the adult said or did, when, and who "
         "saw or heard it.",
         "[what the adult said or did, when, and who saw or heard it]"),
        ([span for span in habit_labels.habit_noun_spans(ctx) if not _behaviour_explains(ctx, span)
          and not _in_when_clause(span)],
         "names a habit, not something someone saw. Say what the adult drank or took, when, and what "
         "they did then that affected the child.",
         "[what the adult drank or took, when, and what they did then]"),
        ([span for span in habit_labels.trouble_with_spans(ctx) if not _behaviour_explains(ctx, span)],
         "names a problem, not something someone saw. Say what the adult does when this happens, when, "
         "and who saw or heard it.",
         "[what the adult does, when, and who saw or heard it]"),
        ([span for span in closed_classes.category_label_spans(ctx) if not _behaviour_explains(ctx, span)
          and not _a_childs_behaviour_judged(ctx, span)  # round 20: reported as vague (SOS302)
          and not _only_a_possible_outcome(ctx, span)],  # round 41 (r41b): "could be charged with a serious offence"
         "names a kind of behaviour, not something someone saw. Say what the adult did, when, and who "
         "saw or heard it.",
         "[what the adult did, when, and who saw or heard it]"),
        (words24.condition_label_spans(ctx),  # round 24 (words24): an adult's health named as a thing
         "names an adult's health condition, not what they do. Say what the adult does or cannot do "
         "when unwell, and what that means for the child each day.",
         "[what the adult does or cannot do when unwell, and what it means for the child]"),
        (habit_labels.service_refusal_spans(ctx),
         "is about a service, not what happened to the child. Say what the adult does at home that "
         "worries you, and what it means for the child.",
         "[what the adult does at home, and what it means for the child]"),
        # Round 34 (words34, review34d D#9): who an adult is (a disability, a diagnosis, a history)
        # given as the worry in place of what they did.
        (words34.identity_spans(ctx),
         "says who the adult is, not what they did. A disability, a diagnosis or a history is not the "
         "worry: say what happened to the child and what the adult did or did not do, and when. Keep "
         "the condition only as background, if it helps to explain.",
         "[what happened to the child, and what the adult did or did not do, and when]"),
    )
    # Round 37 (words37, review36h H#11): sessions missed, where the same sentence says what that meant
    # for the child ("…, so Hope was not weighed"), are a hint: the child's side is written.
    told = {(s.start_char, s.end_char) for s in habit_labels.service_refusal_spans(ctx) if words37.result_for_child(ctx, s)}
    for found in _uncovered_findings(ctx, rule_, readings, covered, whole=True):
        if (found.start, found.end) in told:
            found = dataclasses.replace(
                found, severity="hint",
                message=f"\"{ctx.text[found.start:found.end]}\" is about a service; the sentence says what it meant "
                        "for the child, which is the worry. If you can, say what the adult does at home too.")
        yield found


@rule("SOS302", "vague-word", "warning", source="DOMAIN.md; TACT, Language that cares")
def vague_word(ctx: Context, rule_: Rule):
    """Flags vague words that stand where a fact should be.

    What it checks
        Words such as "concerns", "issues", "inappropriate", "support" or "at risk", and
        vague outcomes such as "impacting on his wellbeing", "meet her needs" or "an
        acceptable standard", "in the presence of" (rules/specificity.toml), a child's
        behaviour named by how it struck someone ("Callum displays challenging behaviour",
        "excluded for disruptive behaviour": round 20; an adult's stays a label, SOS301), "support" as a
        verb with nothing about how ("Nan will support this"), and a risk said to change
        ("risks have reduced", "a reduction in risk"), outside the future part. From the
        sentence's parse: an aim named instead of what anyone will do ("address her
        trauma", "work on his anger", "evidence sustained change", "demonstrate improved
        parenting capacity", "basic needs will be met", "June will be safe" as the whole
        outcome, "the health visitor will monitor", "supervised at all times", "set
        boundaries" with no rule named), and a process offered as the harm ("a risk of
        escalation", "the case will be escalated", in a worry "the LA will consider legal
        proceedings", "her presentation was concerning"), and vague aims and conditions
        ("make better choices", "at a reasonable time", "if things do not improve", "well
        managed", "Reed will be happier" as the whole outcome, "ensure the children's safety
        and wellbeing"), and verdicts on care ("supervision is inadequate", "has deteriorated",
        "reduce the risk", "a consistent bedtime routine", a goal's "attends school regularly"). Some are fine when the sentence also says what an adult did or how
        ("deal with it by ringing Nan"); names of jobs and documents ("family support
        worker"), the house style's opening ("you and Reed need Reed to be safe") and quoted
        speech are never flagged. Also worry held by nobody ("there are worries for Yasmin"),
        an effect on the child named and not said ("how they are affecting Maryam"), and a
        good word on an unnamed adult ("a consistent adult"). Round 26: something said to be
        unsafe with nothing said of what is wrong ("the sleeping arrangements are unsafe"), "keep
        [the child] safe" as a goal's act with nothing of how, an effect on the child named in a
        clause ("the impact this is having on Poppy"), and a goal sentence that is only an
        abstract thing in a good state ("Gemma's mental health will be stable.").
    Why it matters
        "Concerns about home conditions" could mean a messy kitchen or no food for a
        week. Vague words leave the family guessing what has to change.
    Example
        There are concerns about inappropriate supervision and Mum needs support.
    Better
        Mum left Ruby, who is four, alone in the flat on Tuesday evening for two hours.
    """
    yield from _word_findings(ctx, rule_, "is vague")
    # Round 25 (words25): the same aim in the "to" style ("Living conditions to improve").
    for span in _not_in_lexicon_matches(ctx, _improve_spans(ctx) + words25.to_improve_spans(ctx), ("SOS302",)):
        yield rule_.finding(
            ctx, span.start_char, span.end_char,
            f"\"{span.text}\" does not say what will be different. Say what the adult will do, and what "
            "others will see, for example \"Leo will be in school by 8.50 every day\".",
            "[what will be different, and how others will see it]")
    # Round 30 (words30): an abstract state said to change or hold ("wellbeing to improve", "mental
    # health is deteriorating"); words the older readings or the word list report are not said again.
    older = {t.i for span in _improve_spans(ctx) + words25.to_improve_spans(ctx) for t in span}
    for span in _not_in_lexicon_matches(ctx, words30.changing_state_spans(ctx), ("SOS301", "SOS302", "SOS305"),
                                        covered=_reported_tokens(ctx, ("SOS301", "SOS302", "SOS305")) | older):
        if ctx.kind != "goal":  # round 33 (review33 P#9): a worry or needs statement looks back, not ahead
            yield rule_.finding(
                ctx, span.start_char, span.end_char,
                f"\"{span.text}\" says a state has changed, which nobody can see. Say what someone saw or "
                "heard, and when: what the person did, said or looked like before and now.",
                "[what someone saw or heard, and when]")
            continue
        yield rule_.finding(
            ctx, span.start_char, span.end_char,
            f"\"{span.text}\" says a state will change or hold, which nobody can see. Say what the person "
            "will do or what others will see, and when, for example \"Dad will take his tablets with "
            "breakfast each morning, and Mum will see the empty blister pack on Sundays\".",
            "[what the person will do, or what others will see, and when]")
    for span in _not_in_lexicon_matches(ctx, verdicts.risk_change_spans(ctx), ("SOS302",)):
        yield rule_.finding(
            ctx, span.start_char, span.end_char,
            f"\"{span.text}\" says a risk has changed, which nobody can see. Say what the adults do now "
            "that they did not do before, and who has seen it.",
            "[what the adults do now, and who has seen it]")
    yield from _vague_aim_findings(ctx, rule_)


def _what_happens_if_not(ctx: Context, span) -> bool:
    """Round 31 (review31a, REPORT #8): a goal's if-not part ("If this doesn't happen, Dr Singh may
    need Rowan to go into hospital so his feeding can be watched") says what follows when the goal
    is not met, a service's step; it is no plan of supervision to ask who watches, when and where."""
    from . import alarms28
    from .structure import _after_an_unmet_if

    return ctx.kind == "goal" and (_after_an_unmet_if(span) or alarms28.in_if_not_sentence(span))


def _reported_tokens(ctx: Context, codes) -> set:
    """Tokens inside lexicon matches this statement reports under these codes (a match left alone,
    such as "boundaries" beside an adult's act, does not hide a reading of the same words)."""
    return {t.i for span, entry in ctx.matches(LEXICON)
            if not quoted(span) and entry.group != "hypothesis" and _reported_as(ctx, span, entry) in codes for t in span}


def _vague_aim_findings(ctx: Context, rule_: Rule):
    """Round 7's readings of vague aims and process threats (sos_lint/checks/vague_aims.py)."""
    covered = _reported_tokens(ctx, ("SOS301", "SOS302", "SOS305", "SOS306")) | ctx.memo("words:verdicts", lambda: {
        t.i for found in (verdicts.verdict_noun_spans(ctx), verdicts.standard_verdict_spans(ctx)) for v in found for t in v})
    readings = (  # (spans, what the words do, what to write instead)
        (vague_aims.working_on_spans(ctx),
         "names an aim, not what anyone will do. Say what the person will do differently, and when, "
         "for example \"Dad will go to Nan's when he feels angry\".",
         "[what the person will do, and when]"),
        (vague_aims.proof_spans(ctx),
         "asks for proof, not for something the family can picture. Say what Mum or Dad will do each "
         "day or week that others will see.",
         "[what Mum or Dad will do each day, that others will see]"),
        (vague_aims.needs_met_spans(ctx),
         "does not say which needs, or who will do what. Say which of the child's needs the words "
         "mean, and what the adults will do each day or week to meet them.",
         "[which needs, and what the adults will do each day to meet them]"),
        (_unless_acts_elsewhere(ctx, vague_aims.safe_outcome_spans(ctx)),
         "is an outcome nobody can picture. Say what the child will see and feel, and what the adults "
         "will do that makes it so.",
         "[what the child will see and feel, and what the adults will do]"),
        ([span for span in vague_aims.supervision_spans(ctx) if not _what_happens_if_not(ctx, span)],
         "does not say who will watch, when or where. Name the adult and the times, for example \"Nan "
         "or Dad will be in the room whenever Leo is in the bath\".",
         "[who will be with the child, when and where]"),
        (vague_aims.bare_monitoring_spans(ctx),
         "does not say what will be looked for, or what happens then. Say who will check what, how "
         "often, and who they will tell.",
         "[who will check what, how often, and who they will tell]"),
        (vague_aims.unspecified_watching_spans(ctx),  # round 40 (r40c)
         "does not say what will be looked at, how or how often. Say what the adult will check, when, and "
         "what they will do if they find something, for example \"Dad will look through Kai's messages "
         "with him every Sunday evening\".",
         "[what will be checked, when, and what happens if something is found]"),
        (vague_aims.rule_setting_spans(ctx),
         "does not say which rule. Name it, for example \"home by 8pm on school nights\", and what "
         "Mum or Dad will do if it is broken.",
         "[which rule, and what happens if it is broken]"),
        (vague_aims.risk_of_process_spans(ctx),
         "names a process, not what could happen. Say what could happen to the child, for example "
         "\"Dad could hit Mum harder and Ivy could be hurt\".",
         "[what could happen to the child]"),
        (vague_aims.proceedings_threat_spans(ctx),
         "is what professionals may do, not a harm to the child. Say what could happen to the child "
         "if nothing changes.",
         "[what could happen to the child if nothing changes]"),
        ([span for span in vague_aims.bare_verdict_spans(ctx) if not _behaviour_explains(ctx, span)],
         "is a verdict, not what was seen. Say what was seen or heard, and who saw or heard it.",
         "[what was seen or heard, and who saw or heard it]"),
    )
    yield from _uncovered_findings(ctx, rule_, readings, covered)
    whole_readings = (  # round 8: each says what the whole phrase lacks, so it is never cut short
        (vague_aims.choice_spans(ctx),
         "does not say which choice, or about what. Say what the adult will do, and when, for example "
         "\"Dad will go to Nan's instead of the pub on pay day\".",
         "[what the adult will do, and when]"),
        (vague_aims.unmeasured_spans(ctx),
         "sets no figure, so each reader sets their own. Give the time or amount, for example \"in bed by 7.30pm\".",
         "[the time or amount]"),
        # Round 39 (r39c): how long, told by its size alone ("excessive time online", "for long periods").
        (vague_aims.unmeasured_time_spans(ctx),
         "says how long only by its size, so each reader pictures their own. Give the hours or days, and "
         "who saw it, for example \"on his phone from 10pm until 3am most nights\".",
         "[how many hours or days, and who saw it]"),
        (vague_aims.vague_condition_spans(ctx),
         "does not say what would have to go wrong. Name it, for example \"If Dad drinks when he has the "
         "children again\".",
         "[what would have to go wrong]"),
        (vague_aims.well_managed_spans(ctx),
         "does not say who will do what. Say what the adult will do and when, for example \"Mum will give "
         "Lily her brown inhaler every morning and night\".",
         "[who will do what, and when]"),
        (care_words.care_verdict_spans(ctx) + care_words.decline_spans(ctx)
         + words38.poorly_managed_spans(ctx),  # round 38 (r38c): "his diabetes is poorly managed at home"
         "is a verdict on care, not what was seen. Say what was seen or heard, when, and what it "
         "meant for the child.",
         "[what was seen or heard, when, and what it meant for the child]"),
        # Round 39 (r39c): a home's state or smell told in a word, nothing of what was seen.
        (care_words.home_mess_spans(ctx),
         "sums up how the home looked or smelled, not what was seen. Say what was there, where, and who "
         "saw it, for example \"bin bags and dog mess on the kitchen floor\".",
         "[what was seen or smelled, where, and who saw it]"),
        (care_words.risk_reduced_spans(ctx),
         "names a risk going down, which nobody can see. Say what the adult will do, and when, that "
         "keeps the child safe.",
         "[what the adult will do, and when]"),
        (care_words.regular_attendance_spans(ctx) + care_words.routine_verdict_spans(ctx),
         "does not say what will happen, when or who does it. Spell it out, for example \"Mum will walk "
         "Leo to school for 8.45 every day\" or \"bath, story and bed by 7.30\".",
         "[what will happen, when, and who does it]"),
        (vague_aims.nobodys_worry_spans(ctx),
         "says there is worry, but not whose or about what. Say who is worried and what they saw or "
         "heard, for example \"Yasmin's teacher is worried because …\".",
         "[who is worried, and what they saw or heard]"),
        (care_words.bare_effect_spans(ctx, lambda t: _a_child_or_children(ctx, t)),
         "names an effect on the child without saying what it is. Say what the child does, says or "
         "feels because of it, and who saw or heard it.",
         "[what the child does, says or feels, and who saw or heard it]"),
        (care_words.good_carer_spans(ctx),
         "says an adult is good without saying who they are or what they will do. Name the adult and say "
         "what they will do, and when, for example \"Nan will pick Keira up from school every day\".",
         "[who the adult is, and what they will do and when]"),
        (vague_aims.kept_safe_spans(ctx),
         "does not say what the adult will do, or what from. Say what they will do, and when, for "
         "example \"Dad will stay with Ray in the bath\".",
         "[what the adult will do, and when]"),
        (_felt_unless_acts(ctx, vague_aims.thriving_spans(ctx)),
         "is an outcome nobody can picture. Say what the child will see, do and feel, and what the "
         "adults will do that makes it so.",
         "[what the child will see, do and feel, and what the adults will do]"),
        (vague_aims.home_quality_spans(ctx),
         "names a quality, not what the home is like. Say what will happen there each day, for example "
         "\"tea at 5, bath and story by 7, and nobody shouting\".",
         "[what will happen at home each day]"),
        (vague_aims.worsening_spans(ctx),
         "says things got worse, not what happened. Say what was done or said, when, and who saw it.",
         "[what was done or said, when, and who saw it]"),
        (vague_aims.welfare_spans(ctx),
         "states a duty, not something anyone will do. Say what the adults will do each day that keeps "
         "the child safe and well.",
         "[what the adults will do each day]"),
        # Round 11 (wordsb11): vague_states.py
        (vague_states.comparative_outcome_spans(ctx),
         "says something will be better without saying what anyone will see. Say what the adults and "
         "the child will do, for example \"Mum and Blessing will cook tea together on Sundays\".",
         "[what the adults and the child will do, that others will see]"),
        # Round 36 (words36, review35w W#7): a thing's state said to go up, with no yardstick.
        (words36.thing_comparative_spans(ctx),
         "says something will be better without saying what anyone will see, or when it is enough. "
         "Say what the adults will do, and when, for example \"Mum and Dad will wash up after tea each "
         "night and clear Noah's bedroom floor on Sundays\".",
         "[what the adults will do, and when, that others will see]"),
        # Round 31 (words31): "-er" or "more" of a quality asked of an adult, with no yardstick.
        (words31.comparative_aim_spans(ctx),
         "asks for more of a quality without saying how anyone will know it has changed. Say what the "
         "adult will do, and when, for example \"Dad will tell Tom his bedtime is 9pm and turn the "
         "Wi-Fi off at 9\".",
         "[what the adult will do, and when]"),
        (words31.taught_about_spans(ctx),
         "does not say who will teach what, or what the person will do once they know it. Say who will "
         "show them what, and what others will then see them do.",
         "[who will teach what, and what the person will then do]"),
        (words31.going_without_spans(ctx),
         "does not say what is missed. Say what the child goes without, and how often, for example "
         "\"no tea on three nights last week\".",
         "[what the child goes without, and how often]"),
        (words31.graded_manner_spans(ctx),
         "grades how an act is done without saying what anyone will see. Say what the adult will say "
         "or do, for example \"speak without shouting or swearing\".",
         "[what the adult will say or do, that others will see]"),
        (vague_states.benefit_spans(ctx),
         "names whom it helps, not what will be done. Say what the adult will do and what the child "
         "will notice, for example \"Mum and Dad will agree bedtimes by text\".",
         "[what the adult will do, and what the child will notice]"),
        (vague_states.bare_injury_spans(ctx),
         "does not say what the injury looked like or what made it. Say its size, colour and shape, "
         "where it was, who saw it and what the adults said happened.",
         "[what the injury looked like, who saw it, and what the adults said]"),
        (vague_states.further_risk_spans(ctx),
         "names a harm, not what could happen. Say what could happen to the child if nothing changes, "
         "for example \"Dad could hit Precious again and hurt her face\".",
         "[what could happen to the child if nothing changes]"),
        # Round 39 (r39c): how someone sees themselves, graded ("low self-esteem"), nothing seen.
        (vague_states.low_self_view_spans(ctx),
         "grades how someone sees themselves, which nobody can see. Say what they said or did that "
         "shows it, when, and who saw or heard it, for example \"Kai called himself stupid and tore up "
         "his drawing\".",
         "[what they said or did that shows it, and who saw or heard it]"),
        (vague_states.state_spans(ctx),
         "names a feeling, not what anyone saw. Say what the child did or said, when, and who saw it, "
         "for example \"Ivy hid under the table and cried\".",
         "[what the child did or said, when, and who saw it]"),
        # Round 12 (wordsb12): vague_impacts.py
        (vague_impacts.impact_spans(ctx),
         "names an effect without saying what it is. Say what the child does, says or misses because of "
         "it, and who saw it, for example \"Storm is not yet saying any words at 3\".",
         "[what the child does, says or misses, and who saw it]"),
        (vague_impacts.changed_mind_spans(ctx),
         "says something changed, not what. Say what the child now says or does that they did not before, "
         "when, and who saw or heard it.",
         "[what the child now says or does, and who saw or heard it]"),
        (_unless_acts_elsewhere(ctx, vague_impacts.comparative_state_spans(ctx)),
         "is a feeling nobody can see. Say what the adults will do that brings it about, and what others "
         "will see, for example \"Ivy will be calmer at bedtime because Dad reads with her\".",
         "[what the adults will do, and what others will see]"),
        (vague_impacts.category_spans(ctx),
         "names a kind of thing, not what it was. Say what was seen: where, how big, what it showed or "
         "what it looked like, and who saw it.",
         "[what was seen, where, and who saw it]"),
        (vague_impacts.duty_spans(ctx),
         "states a duty, not who will do what. Name the adult and say what they will do, and when, for "
         "example \"Dad will look at Wren's phone with him every Sunday\".",
         "[who will do what, and when]"),
        # Round 13 (words13b): vague_processes.py
        (vague_processes.done_to_abstract_spans(ctx),
         "says something will be done, but not who will do what. Name the adult and say what they will "
         "do, and when, for example \"Nan will stay over whenever Dean visits\".",
         "[who will do what, and when]"),
        # Round 14 (words14b)
        ([span for span in vague_aims.cared_for_spans(ctx) if not goals18.care_aim_met(ctx, span)],
         "is a state nobody can picture. Say what the adults will do each day, and what the child will "
         "do, for example \"Mum will get Ruby to school by 8.45 and Ruby will play at Amy's after school\".",
         "[what the adults will do each day, and what the child will do]"),
        (vague_processes.abstract_loss_spans(ctx),
         "names a loss nobody can picture. Say what happened, when, and what it means for the child now, "
         "for example \"Mia has not been to school since March and cannot read a bus timetable\".",
         "[what happened, and what it means for the child now]"),
        (vague_processes.passive_watch_spans(ctx),
         "says something will be watched or set up, but not what for. Say who will look for what, how "
         "often, and what they will do if they see it, for example \"the health visitor will weigh "
         "Rowan every Monday and ring Mum and the GP the same day if he has lost weight\".",
         "[who will look for what, how often, and what they will do]"),
        (vague_processes.passed_on_spans(ctx),
         "does not say what would be worrying, or who will be told. Name it, for example \"tell Ms Reid "
         "the same day if Skye gets messages from someone she does not know\".",
         "[what would be worrying, and who will be told]"),
        # Round 15 (words15b): words15b.py
        (words15b.plight_spans(ctx),
         "names a state, not what anyone did. Say what the person did or said that shows it, when, and "
         "what it meant for the child, for example \"Nan rang the school crying twice last week\".",
         "[what the person did or said, and what it meant for the child]"),
        (words15b.impact_adverb_spans(ctx),
         "names an effect without saying what it is. Say what the child does, says or misses because of "
         "it, and who saw it, for example \"Justice has missed 30 days of school since September\".",
         "[what the child does, says or misses, and who saw it]"),
        (words15b.recovery_spans(ctx),
         "is an outcome nobody can picture. Say what the child will be doing, and what the adults will "
         "do, for example \"Summer will eat three meals a day with Mum and Dad\".",
         "[what the child will be doing, and what the adults will do]"),
        ([span for span, felt in words15b.included_spans(ctx) if not felt and not goals19.act_towards_child(ctx, span)]
         + _unless_acts_elsewhere(ctx, [span for span, felt in words15b.included_spans(ctx) if felt]),
         "is a state nobody can picture, and nobody in it does anything. Say who will do what, for "
         "example \"Holly's teacher will face her when she speaks and check she has heard\".",
         "[who will do what, and what the child will notice]"),
        (words15b.stored_safely_spans(ctx),
         "does not say where. Name the place, for example \"in the locked box on top of the fridge\", and "
         "who keeps the key.",
         "[where it will be kept, and who keeps the key]"),
        (words15b.risk_lowered_spans(ctx),
         "names a risk going down, which nobody can see. Say what the adult will do, and when, that "
         "keeps the child safe.",
         "[what the adult will do, and when]"),
        # Round 16 (words16b): words16b.py
        (words16b.support_arrangement_spans(ctx),
         "backs a plan without saying what anyone will do. Say what the adult will do, and when, for "
         "example \"Mum and Dad will drive Mark to school by 8.30 and ring his tutor on Fridays\".",
         "[what the adult will do, and when]"),
        (words16b.care_verdict_spans(ctx),
         "gives a verdict on care without saying what happened. Say what was seen, when, and who saw it, "
         "for example \"Clay (2) was in the garden alone for 20 minutes while both parents slept\".",
         "[what was seen, when, and who saw it]"),
        (words16b.place_condition_spans(ctx),
         "does not say what the home is like. Say what was seen, for example \"dog mess on the kitchen "
         "floor and no working heating in the children's room\".",
         "[what was seen in the home, and where]"),
        (words16b.understands_risk_spans(ctx),
         "names a risk in general, not what could happen or what the person will do. Say what the person "
         "will do, for example \"Mum will stay in the room whenever a lodger is with Lily-May or Jayden\".",
         "[what the person will do, and what could happen if they do not]"),
        (words16b.achieve_state_spans(ctx),
         "is an aim nobody can picture. Say what the person will do, and when, for example \"Mum will open "
         "her own bank account and pay the gas bill herself by June\".",
         "[what the person will do, and when]"),
        # Round 24 (words24b): words24b.py
        (words24b.needs_outcome_spans(ctx),
         "does not say which needs, or who will do what. Say what the adults will do each day, for "
         "example \"Dad will make Mercy's packed lunch and Nan will do the shopping on Saturdays\".",
         "[what the adults will do each day]"),
        (words24b.unmeasured_care_spans(ctx),
         "sets no figure, so each reader sets their own. Say how often or how soon, for example \"every "
         "Sunday at 4\" or \"the same day\".",
         "[how often or how soon]"),
        (words24b.in_place_spans(ctx),
         "names a plan as the outcome, not what anyone will do. Say what the adults will do under it, and "
         "when, for example \"Ms Eze will ring Nan and go to her flat if Gary comes to the door\".",
         "[what the adults will do, and when]"),
        (words24b.unheld_worry_spans(ctx),
         "says a worry was raised, but not by whom or what was seen. Say who is worried and what they saw "
         "or heard, for example \"the health visitor is worried because Dad fell asleep with Reed on his chest\".",
         "[who is worried, and what they saw or heard]"),
        (words24b.struggle_spans(ctx),
         "names a difficulty, not what happens. Say what the person does or cannot do, when, and what it "
         "means for the child, for example \"the electricity ran out twice last week and the children "
         "went to bed cold\".",
         "[what happens, when, and what it means for the child]"),
    )
    yield from _uncovered_findings(ctx, rule_, whole_readings, covered, whole=True)
    # Round 13: cut short before a label's words ("reduce their [alcohol consumption]"), not dropped
    cut_readings = (
        (vague_processes.abstract_harm_spans(ctx),
         "names a harm to something nobody can see. Say what the child now does, says or misses because "
         "of it, and who saw it, for example \"Lucas says he is stupid and has stopped putting his hand up\".",
         "[what the child does, says or misses, and who saw it]"),
        (vague_processes.cut_down_spans(ctx),
         "sets no figure, so nobody can tell whether it has happened. Say how much, when and who will "
         "see it, for example \"no drink on the days Dad has the children\".",
         "[how much, when, and who will see it]"),
        (words15b.aim_on_habit_spans(ctx),
         "names an aim, not what anyone will do. Say what the person will do differently, and when, "
         "for example \"Dad will give his bank card to Nan on pay day\".",
         "[what the person will do, and when]"),
    )
    yield from _uncovered_findings(ctx, rule_, cut_readings, covered)
    # Round 26 (words26): a safety verdict on a thing ("the sleeping arrangements are unsafe"), where
    # no reading above already holds its words ("the home environment is unsafe") and the sentence
    # does not say what an adult did ("unsafe sleeping arrangements, as Dad fell asleep with Reed").
    yield from _uncovered_findings(ctx, rule_, (
        (words26.keep_safe_spans(ctx),
         "restates the goal instead of saying what the adult will do. Say what they will do, when and "
         "where, for example \"Mum will not open the door to him and will ring 999 if he comes\".",
         "[what the adult will do, when and where]"),
        (words26.abstract_state_spans(ctx),
         "is a state nobody can picture. Say what the person will do, and what others will see, for "
         "example \"Mum will take her tablets every morning and go to her group on Thursdays\".",
         "[what the person will do, and what others will see]"),
        (words26.effect_clause_spans(ctx),
         "names an effect on the child without saying what it is. Say what the child does, says or "
         "misses because of it, and who saw it.",
         "[what the child does, says or misses, and who saw it]"),
        ([span for span in words26.unsafe_thing_spans(ctx) if not _behaviour_explains(ctx, span)],
         "says something is unsafe without saying what is wrong with it. Say what was seen, for "
         "example \"the baby sleeps on the sofa with Mum\" or \"the gas fire has no guard\".",
         "[what was seen that is unsafe, and who saw it]"),), covered, whole=True)
    # Round 41 (r41c), read last at the merge so that an older reading's longer words ("achieve
    # financial independence") are reported whole and these only add what nothing else reports.
    yield from _uncovered_findings(ctx, rule_, (
        # Round 41 (r41c): a goal's aim as an inner state someone will have or develop ("develop a
        # positive sense of identity", "have financial stability", "promote stability").
        (vague_states.inner_state_aim_spans(ctx),
         "names an inner state as the aim, which nobody can see. Say what the person will do, and what "
         "others will see that shows it, for example \"Darius will go to the Saturday youth club with "
         "his cousin and talk with Nan about his family's history\".",
         "[what the person will do, and what others will see that shows it]"),
        # Round 41 (r41c): a standard or milestone met or reached, with nothing saying which.
        (vague_states.unnamed_standard_spans(ctx),
         "names a standard without saying what it is. Say what people will see, for example \"the "
         "kitchen floor is clear and there is food in the fridge\" or \"Ezra sits up on his own by June\".",
         "[what people will see]"),), covered, whole=True)


def _felt_unless_acts(ctx: Context, spans: list) -> list:
    """Round 14 (words14b): of thriving_spans, a feeling ("you will feel settled", "feel less
    pressured") is the child's experience, and is left alone where another sentence of the goal
    says what an adult will do; "thrive" and "flourish" stay flagged."""
    felt = [span for span in spans if any(t.lemma_.lower() == "feel" for t in span)]
    if not felt:
        return spans
    kept = {(span.start, span.end) for span in _unless_acts_elsewhere(ctx, felt)}
    return [span for span in spans if span not in felt or (span.start, span.end) in kept]


def _unless_acts_elsewhere(ctx: Context, spans: list) -> list:
    """Round 13 (words13b): a goal's state for the child ("River will be calm and settled at home",
    "you want to feel calmer inside") is the child's experience, not a vague aim, when another
    sentence of the goal says what an adult will do day to day ("Grace will take River to Kyle's
    mum's house on Saturdays"). A goal whose only words are the state stays flagged."""
    if ctx.kind != "goal" or not spans:
        return spans
    from .parts.actions import adult_actions
    acting = {action.verb.sent.start for action in adult_actions(ctx)}
    return [span for span in spans if not acting - {span.sent.start}]


def _uncovered_findings(ctx: Context, rule_: Rule, readings, covered: set, whole: bool = False):
    """One finding per span of each (spans, message, suggestion) reading, cut short before words
    another finding already reports; each finding's words count as reported for the next. With
    `whole`, a span that shares any word with another finding is left out instead of cut: "If
    the situation does not change" is not worth saying again as "If" beside "situation"."""
    for spans, message, suggestion in readings:
        for span in spans:
            if whole and covered & {t.i for t in span}:
                continue
            span = _before_covered(span, covered)
            if span is None:
                continue
            covered |= {t.i for t in span}
            yield rule_.finding(ctx, span.start_char, span.end_char, f"\"{span.text}\" {message}", suggestion)


def _before_covered(span, covered: set):
    """The span, or its words before another finding's ("address his" of "address his anger
    management issues", whose last three words are a label already reported), or None when
    its first word is already reported."""
    if not len(span) or span[0].i in covered:
        return None
    end = next((t.i for t in span if t.i in covered), span.end)
    # Only a cut span loses its dangling modifiers: an uncut one ends where its reading ended it
    # (round 31: "a history of offending", whose "offending" the parser hangs as a modifier).
    while span.end > end > span.start + 1 and span.doc[end - 1].dep_ in ("det", "poss", "amod", "compound", "case"):
        end -= 1  # "address his" reads better as "address"
    if end < span.end and all(t.pos_ in ("AUX", "DET", "PART", "ADV") or t.dep_ in ("aux", "auxpass", "neg", "cc")
                              for t in span.doc[span.start:end]):
        return None  # "is" of "is abusive" or "will be" of "will be safe at all times": nothing left to say
    if end < span.end and all(t.pos_ in ("AUX", "DET", "PART", "ADV", "VERB") and
                              (t.pos_ != "VERB" or t.lemma_.lower() in _LIGHT_VERBS)
                              for t in span.doc[span.start:end]):
        return None  # "has" of "has poor insight", when "poor insight" is reported: a bare "has" says nothing
    return span.doc[span.start:end]


# Verbs that carry no judgement of their own once their object is reported by another finding.
_LIGHT_VERBS = {"have", "be", "get", "show", "display", "demonstrate"}


def _improve_spans(ctx: Context) -> list:
    """"Mum will improve home conditions", "parenting will improve", "improve his attendance": a
    goal that something abstract will get better says nothing anyone can see. "Leo's reading has
    improved" or "improve the lock on the gate" name something real."""
    vague_things = set(settings()["improve_vague_things"])
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in ("improve", "better") or verb.pos_ != "VERB":
            continue
        thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if thing is not None:
            span = ctx.doc[verb.i:thing.i + 1]
        else:
            thing = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            start = thing.left_edge.i if thing is not None else None
            if thing is not None:  # "Joy's attendance will improve": the child's name is no vague word
                owners = [c for c in thing.children if c.dep_ in ("poss", "det") and c.i < thing.i]
                start = max([start] + [o.right_edge.i + 1 for o in owners])
            span = ctx.doc[start:verb.i + 1] if thing is not None else None
        if thing is None or thing.lemma_.lower() not in vague_things or quoted(span):
            continue
        found.append(span)
    return found


def _done_by_a_named_adult(ctx: Context) -> bool:
    """Round 38 (X#7): an adult's act told in the passive with its doer after "by" ("Tia has been
    raped by two men she was introduced to by Dean", "is being exploited by men at the Royal
    Hotel", "was hit with a belt by his stepdad") is someone doing something: the same reading the
    parts list uses for "What the adults did" (parts/actions.py), so the rule and the parts agree.
    A professional after "by" ("seen by the school nurse") and a passive with no doer ("was hit")
    still count for nothing."""
    from .parts.actions import _passive_acts

    return bool(_passive_acts(ctx, analysis.adult_tokens(ctx)))


@rule("SOS303", "no-observable-action", "error", kinds=("worry",), source="DOMAIN.md: say what the adults did or did not do")
def no_observable_action(ctx: Context, rule_: Rule):
    """Flags worry statements where no person does anything someone could see or hear.

    What it checks
        The sentence parse: is there any clause whose subject is a person (Mum, Dad,
        a name, he or she) and whose verb is an action, not a state like "has" or
        "presents"?
    Why it matters
        A worry statement built only from labels and feelings gives the family
        nothing to change and the network nothing to watch for.
    Example
        There are concerns regarding neglect and the home conditions.
    Better
        Mum has not bought food for four days and Leo, who is six, has gone to school hungry.
    """
    if analysis.actions(ctx) or _done_by_a_named_adult(ctx):
        from .parts import is_present

        if not is_present(ctx, "behaviour") and not words34.nobody_cared(ctx):  # round 34: "a burn nobody had treated"
            # Round 31 (review #10): the report lists "What the adults did" as missing, so a finding says
            # so, as a hint: someone does something, but not an adult's deed someone saw or heard (a
            # guess, an account, a service's visit). On the open parts sets the part was really missing
            # in 259 of the 285 statements where only this rule's reading found an action.
            yield rule_.finding(
                ctx, 0, len(ctx.text),
                "This does not say plainly what an adult did or did not do that someone saw or heard "
                "(a guess, what someone was told, or a service's visit is not it).",
                "[Who] saw or heard [Mum/Dad] [do what], [when].", severity="hint")
        return
    if words34.nobody_cared(ctx):
        return  # round 34 (review34 P#7): "a burn on her hand that nobody had treated" says the adults' omission
    yield rule_.finding(
        ctx, 0, len(ctx.text),
        "Nobody in this statement does anything that someone saw or heard. "
        "Say what the adult did or did not do, and when.",
        "[Who] saw or heard [Mum/Dad] [do what], [when].")


@rule("SOS304", "hypothesis-as-fact", "warning", kinds=("worry", "goal"), source="NCCD Safety-Organized Practice, module 6; DOMAIN.md")
def hypothesis_as_fact(ctx: Context, rule_: Rule):
    """Flags guesses written as if they were facts.

    What it checks
        Words that claim certainty or dress a guess as a finding without saying who saw
        what, such as "clearly", "it is evident that", "must have been", "is thought to",
        "is consistent with" or "it is probable that" (rules/specificity.toml), and "is
        likely to be" or "is likely to have" said of what is happening or has happened
        ("Mum is likely to be drinking", "the marks are likely to be from a belt"). A
        worry's future ("Ollie is likely to be hurt") and "clearly" about how something
        was said or seen ("clearly visible") are not guesses. In a goal, only the worded
        guesses count ("Dad appears to lack insight, so he will…"): a goal looks ahead.
        Also the writer's reason for how a child is, told as fact ("…, which is why Hunter
        is always so tired"). Round 11: the closed class of hedges said of a past or present
        deed in a worry ("Dad probably hit her", "is likely due to", "may have given", "she
        was thought to have"), but not the future ("is likely to get hurt") nor a named
        person's own view ("Dr Khan thinks it was probably a fall"). Round 24: in a worry, a
        finding said to fit a cause wherever the words hang ("marks on his arm consistent with a
        belt", "in keeping with a slap"), and certainty claimed with an empty "it" ("It is clear
        Clementine is frightened"; not "it is not clear whether"). Round 26: a state named through a
        verb of appearance ("presented as intoxicated", "looked under the influence"), and what was
        seen given a meaning with a hedge ("this may be a sign of neglect"). Round 37: a suspicion
        said by the writer, a job or a group ("I suspect neglect", "the health visitor suspects
        Mum is drinking"; not a named person's or a parent's own), and a hedge put before a harm
        or condition and then told as a finding ("possible ADHD", "probable cigarette burns").
        Round 40: "appears" or "seems" with an adjective said of an adult or of the bond with the
        child ("Mum appears overwhelmed", "bonding appears poor"), "it looks like" before a clause,
        and hearsay with nobody giving it ("there are concerns he is using", "concerns have been
        raised that", "Dad is described as controlling"); not a child's look ("Leo appeared
        hungry"), a named person's view, or the holder named ("the school has concerns that").
    Why it matters
        A worry often rests on what someone thinks, not what they saw. Writing it as
        fact can be wrong and unfair, and the family stops trusting the plan.
    Example
        Mum is clearly drinking again and it is evident that she cannot cope.
    Better
        Nan saw Mum drinking vodka at 10am on Monday and is worried she is drinking again.
    """
    plain = set(settings()["not_a_guess_after"])
    about_things = set(settings()["guess_only_about_things"])
    for span, entry in ctx.matches(LEXICON):
        if entry.code != rule_.code or quoted(span):
            continue
        subject = _clause_subject(span)
        if entry.phrase in about_things and subject is not None and analysis.is_person(subject):
            continue
        if entry.phrase in about_things and subject is not None and words24.an_account(subject):
            continue  # round 30: "Mum's account was consistent with the marks": whether an account fits
        if len(span) == 1 and span[0].lower_ == "clearly" and (ctx.kind == "goal" or not _states_a_guess(span[0], plain)):
            continue
        if words34.known_to_someone(span):
            continue  # round 34 (review34 P#8): "She is known to CAMHS": a fact of contact with a service
        if legal_status.is_legal_status(span):
            continue  # round 38 (review38p P#6): "it is alleged that" is a legal status, not a guess
        yield rule_.finding(ctx, span.start_char, span.end_char,
                            f"\"{span.text}\" states a guess as a fact. {entry.advice}",
                            "[who] saw or heard [what]")
    for span in _not_in_lexicon_matches(ctx, verdicts.hedged_conduct_spans(ctx), (rule_.code,)):
        yield rule_.finding(
            ctx, span.start_char, span.end_char,
            f"\"{span.text}\" builds on a guess about what an adult does as if it were known. Say who saw "
            "or heard what, or write \"we think\" and why.",
            "[who] saw or heard [what]")
    for span in _not_in_lexicon_matches(ctx, verdicts.opinion_as_finding_spans(ctx), (rule_.code,)):
        yield rule_.finding(
            ctx, span.start_char, span.end_char,
            f"\"{span.text}\" gives a view that nobody in particular holds, with nothing anyone saw. Say "
            "who thinks it and what they saw or heard that makes them think so.",
            "[who] saw or heard [what]")
    # Round 24 (words24): a finding said to fit a cause, however worded ("marks on his arm
    # consistent with a belt", "in keeping with a slap").
    for span in _not_in_lexicon_matches(ctx, words24.fitting_cause_spans(ctx), (rule_.code,)):
        yield rule_.finding(
            ctx, span.start_char, span.end_char,
            f"\"{span.text}\" states a guess about the cause as a finding. Say what was seen, who saw it, "
            "and who thinks it fits which cause.",
            "[who] saw [what], and [who] thinks it was caused by [what]")
    if ctx.kind == "goal":
        return  # a goal's "is likely to" looks ahead; its guesses are the worded ones above
    # Round 24 (words24): certainty claimed with an empty "it" ("It is clear Clementine is frightened").
    for span in _not_in_lexicon_matches(ctx, words24.empty_it_certainty_spans(ctx), (rule_.code,)):
        yield rule_.finding(
            ctx, span.start_char, span.end_char,
            f"\"{span.text}\" claims a certainty nobody in particular holds. Say who saw or heard what, "
            "or write \"we think\" and why.",
            "[who] saw or heard [what]")
    for span in _not_in_lexicon_matches(ctx, verdicts.cause_as_fact_spans(ctx), (rule_.code,)):
        yield rule_.finding(
            ctx, span.start_char, span.end_char,
            f"\"{span.text}\" states a guess about why the child is like this as a fact. Say what was "
            "seen or heard, and who saw or heard it, or write \"we think\".",
            "[who] saw or heard [what]")
    for span in _not_in_lexicon_matches(ctx, closed_classes.hedge_spans(ctx), (rule_.code,)):
        yield rule_.finding(
            ctx, span.start_char, span.end_char,
            f"\"{span.text}\" marks a guess about what happened, told as the worry. Say who saw or heard "
            "what, or write \"we think\" and why.",
            "[who] saw or heard [what]")
    for span in _not_in_lexicon_matches(ctx, _likely_guesses(ctx), (rule_.code,)):
        yield rule_.finding(
            ctx, span.start_char, span.end_char,
            f"\"{span.text}\" states a guess about what is happening or has happened. Say who saw or "
            "heard what, or write \"we think\" if it is a worry, not a fact.",
            "[who] saw or heard [what]")
    # Round 37 (words37): a suspicion in the active voice ("I suspect neglect", "HV suspects parents
    # may be…"), and a hedge put before a harm or condition then told as a finding ("possible ADHD").
    for span in _not_in_lexicon_matches(ctx, words37.suspicion_spans(ctx), (rule_.code,)):
        yield rule_.finding(
            ctx, span.start_char, span.end_char,
            f"\"{span.text}\" gives a suspicion as the worry, with nothing anyone saw. Say what was seen or "
            "heard, by whom and when, that makes you suspect it, or write \"we think\" and why.",
            "[who] saw or heard [what]")
    for span in _not_in_lexicon_matches(ctx, words37.hedged_finding_spans(ctx), (rule_.code,)):
        yield rule_.finding(
            ctx, span.start_char, span.end_char,
            f"\"{span.text}\" names something that may not be so as if it were a finding. Say what was seen "
            "or heard, who thinks it may be this, and whether anyone has checked.",
            "[what was seen or heard, and who thinks it may be this]")
    # Round 26 (words26): a state named through a verb of appearance ("presented as intoxicated"),
    # once, where no guess above already holds its words.
    guessed = _lexicon_tokens(ctx, (rule_.code,)) | {
        t.i for span in closed_classes.hedge_spans(ctx) + _likely_guesses(ctx) for t in span}
    readings = (
        (words26.hedged_meaning_spans(ctx),
         "gives what was seen a meaning nobody has checked. Say what was seen or heard, and who thinks it "
         "means this and why, or write \"we think\".",
         "[who] thinks [what], because [what they saw or heard]"),
        ([span for span, _ in _impressions(ctx)],
         "is how someone seemed to the writer, told as a fact. Say what you saw or heard that made you "
         "think so: what the person said or did that showed it.",
         "[what you saw or heard that made you think so]"))
    # Round 40 (r40c): "appears overwhelmed", "it looks like": "appears to be" with "to be" left out.
    readings += ((words26.seeming_state_spans(ctx),
                  "is how things seemed to the writer, told as a fact. Say what you saw or heard that made you "
                  "think so, and who saw or heard it, or write \"we think\".",
                  "[what you saw or heard that made you think so]"),)
    # Round 28 (words28): a report with nobody making it ("There have been reports that").
    readings += ((words28.sourceless_report_spans(ctx),
                  "tells what someone said without saying who said it. Say who reported what, to whom and "
                  "when, and whether anyone saw it.",
                  "[who] told [whom] [what], and when"),)
    # Round 40 (r40c): hearsay with nobody giving it ("there are concerns he is", "is described as").
    readings += ((words28.unsourced_hearsay_spans(ctx),
                  "tells what someone thinks or said without saying who. Say who is worried or who said it, "
                  "what they saw or heard, and when.",
                  "[who] saw or heard [what], and when"),)
    # Round 29 (words29): an inference told as fact with "must" ("She must be drinking during the day").
    readings += ((words29.inferred_spans(ctx),
                  "is the writer's conclusion, told as a fact. Say what was seen or heard that makes you think "
                  "so, and who saw or heard it, or write \"we think\".",
                  "[what was seen or heard that makes you think so, and who saw it]"),)
    # Round 32 (words32): children "present but asleep", as if asleep they did not hear or know.
    readings += ((words32.asleep_so_unharmed_spans(ctx),
                  "guesses that the children were not touched by it because they were asleep. Say what is "
                  "known: whether they woke, what they heard or saw, and what they have said since.",
                  "[whether the children woke, and what they heard, saw or have said]"),)
    for spans, problem, suggestion in readings:
        for span in spans:
            if guessed & {t.i for t in span}:
                continue
            guessed |= {t.i for t in span}
            yield rule_.finding(ctx, span.start_char, span.end_char, f"\"{span.text}\" {problem}", suggestion)


def _lexicon_tokens(ctx: Context, codes) -> set:
    """Token indices inside this statement's lexicon matches for these codes (round 19: less the
    words of a harmed woman's "choices in partners", which verdicts.partner_choice_spans reports whole)."""
    choices = {t.i for v in verdicts.partner_choice_spans(ctx) for t in v}
    return {t.i for span, entry in ctx.matches(LEXICON) if entry.code in codes for t in span} - choices


def _not_in_lexicon_matches(ctx: Context, spans, codes=(), covered: set | None = None):
    """The spans a rule found on the parse, less those on words the lexicon already flagged (one
    finding per words). Given `covered`, each span kept is added to it, so later finders sharing
    the set skip words already reported."""
    covered = _lexicon_tokens(ctx, codes) if covered is None else covered
    for span in spans:
        words = {t.i for t in span}
        if not covered & words:
            covered |= words
            yield span


def _likely_guesses(ctx: Context) -> list:
    """"Mum is likely to be drinking again", "Dad is likely to have hit her", "the marks are likely
    to be non-accidental": a guess about now or the past, dressed as a finding. A worry's future
    ("Ollie is likely to be hurt", "is likely to get hurt") and how a person may be ("Ollie is
    likely to be frightened") look ahead and are left alone."""
    found = []
    for likely in ctx.tokens:
        if likely.lemma_.lower() != "likely" or likely.pos_ != "ADJ" or likely.dep_ != "acomp":
            continue
        verb = next((c for c in likely.children if c.dep_ == "xcomp"), None)
        if verb is None or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        auxes = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
        perfect = any(a.lemma_ == "have" for a in auxes)
        ongoing = verb.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes)
        subject = next((c for c in likely.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        about_a_thing = verb.lemma_ == "be" and subject is not None and not analysis.is_person(subject)
        if not (perfect or ongoing or about_a_thing):
            continue
        if _under_an_if(likely):
            continue  # "if nothing changes, Dad is likely to be drinking every day": the future
        start = likely.head.i if likely.head.i < likely.i else likely.i
        end = verb.i + 1 if verb.lemma_ == "be" else max([a.i for a in auxes] + [likely.i]) + 1
        span = ctx.doc[start:end]
        if not quoted(span):
            found.append(span)
    return found


def _under_an_if(word) -> bool:
    """An "if" or "unless" on this clause, not on another joined to it by "and": "if nothing
    changes, Dad is likely to…" looks ahead; "…is likely to be one of fear, and they will be hurt
    if…" does not, for its own clause."""
    clause = word.head if word.dep_ == "acomp" else word
    own = {clause.i} | {t.i for c in clause.children if c.dep_ not in ("conj", "cc") for t in c.subtree}
    return any(word.doc[i].lower_ in ("if", "unless") for i in own) \
        or (clause.dep_ == "conj" and _under_an_if(clause.head))


def _states_a_guess(word, plain: set[str]) -> bool:
    """"Mum is clearly drinking again" is a guess; "talk to Leo clearly", "clearly visible
    bruises" and "Mum and Dad clearly love Poppy" are not."""
    head = word.head
    return head.lemma_.lower() not in plain and head.lower_ not in plain


@rule("SOS305", "judgement-word", "warning", source="TACT, Language that cares; DOMAIN.md")
def judgement_word(ctx: Context, rule_: Rule):
    """Flags words that judge or blame rather than describe.

    What it checks
        Words such as "failed to", "refused", "non-compliant", "lack of insight",
        "disguised compliance" or "chaotic" (rules/specificity.toml), and what a parent is
        said to lack, read from the sentence ("lacks basic parenting skills", "a lack of
        empathy", "limited understanding"); verdicts on what a parent is ("a poor role
        model", "an unfit mother", "Mum's parenting is not good enough"); and honesty
        asked for or denied ("be honest with professionals", "has not been truthful");
        boundaries judged ("poor boundaries", "weak boundaries"); and a verdict on a
        parent's account ("no plausible explanation", "an inconsistent account"); what a
        parent is said to grasp or care about most ("does not understand the impact",
        "chooses Mr Pugh over Tia", "more interested in herself than in her daughter"); and a
        good parent to prove or become ("show that he can be a responsible father"). Round 24:
        a parent's omission written as their choice ("chose to ignore it", "is choosing to turn
        a blind eye", "choose not to act on advice"; not "Dad chose to hit Mum"). Round 26: an
        omission told as not bothering ("did not bother to take Kai to his appointments").
        Round 28: an attitude put as too much or too little of it ("is overly reliant on her
        partner", "is not accepting of the diagnosis"), and coping judged as a present state
        ("Mum struggles to get up").
        Each one-word judgement brings its word family ("hostile", "hostility";
        "evasive", "evasively", "evasiveness"; devtools/word_families.py lists them).
        Said of a child, it is left alone.
    Why it matters
        Blame words describe the worker's view of a parent's character. They shut
        down the honest talk that safety plans depend on.
    Example
        Mother failed to attend and has refused to engage, showing a lack of insight.
    Better
        Mum did not come to the last two meetings and told the social worker she does not think Kai is at risk.
    """
    for found in _word_findings(ctx, rule_, "judges rather than describes"):
        words = ctx.doc.char_span(found.start, found.end, alignment_mode="expand")
        if words is not None and words33.denied_clause(words):
            continue  # round 33 (review33 P#6): "It is not the case that Mum refused to help"
        yield found
    for span in _not_in_lexicon_matches(ctx, _character_spans(ctx), ("SOS301", "SOS305", "SOS306")):
        yield rule_.finding(
            ctx, span.start_char, span.end_char,
            f"\"{span.text}\" judges what someone is like, not what they did. Say what they said or did, "
            "when, and who saw it.",
            "Say what they said or did, when, and who saw it.")
    for span in _not_in_lexicon_matches(ctx, _lacking_spans(ctx), ("SOS305", "SOS306")):
        yield rule_.finding(
            ctx, span.start_char, span.end_char,
            f"\"{span.text}\" judges what a parent is, not what they did. Say what Mum or Dad "
            "said or did, and when.",
            "Say what Mum or Dad said or did, and when.")
    covered = _lexicon_tokens(ctx, ("SOS301", "SOS305", "SOS306"))
    readings = (  # (spans, what the words do, what to write instead)
        (verdicts.verdict_noun_spans(ctx) + verdicts.standard_verdict_spans(ctx),
         "judges what a parent is, not what they did. Say what Mum or Dad said or did, when, and "
         "what it meant for the child.",
         "Say what Mum or Dad said or did, and when."),
        (verdicts.understanding_spans(ctx),
         "judges what a parent understands, not what they did or said. Write what they said about the "
         "worry, in their words, and what they did.",
         "[what Mum or Dad said about it, in their words, and what they did]"),
        (verdicts.ownership_spans(ctx),
         "judges what a parent owns up to, not what they did. Say what they said or did about it, in "
         "their words; in a goal, what they will do differently, and when.",
         "[what Mum or Dad said or did about it, and what they will do instead]"),
        (verdicts.explanation_verdict_spans(ctx),
         "judges a parent's account instead of saying what they said. Write what they said happened, "
         "and what about it does not fit what was seen.",
         "[what the parents said happened, and what does not fit]"),
        (habit_labels.priorities_spans(ctx) + habit_labels.comparison_spans(ctx),
         "judges what a parent cares about most, not what they did. Say what Mum or Dad did, when, and "
         "what it meant for the child; in a goal, what they will do each day.",
         "[what Mum or Dad did, or will do each day, and what it means for the child]"),
        (parent_verdicts.not_grasped_spans(ctx),
         "judges what a parent understands, not what they did or said. Write what they said about the "
         "worry, in their words, and what they did.",
         "[what Mum or Dad said about it, in their words, and what they did]"),
        (parent_verdicts.ranked_before_child_spans(ctx) + parent_verdicts.given_up_spans(ctx),
         "judges what a parent cares about most, not what they did. Say what Mum or Dad did, when, and "
         "what it meant for the child.",
         "[what Mum or Dad did, and what it meant for the child]"),
        (words24.chosen_omission_spans(ctx),  # round 24 (words24)
         "writes a parent's omission as their choice, a verdict on their mind. Say what they were told "
         "or saw, what they did or did not do, and when.",
         "[what Mum or Dad was told or saw, and what they did or did not do, when]"),
        (words25.lacking_respect_spans(ctx),  # round 25 (words25): respect said to be missing
         "judges an attitude nobody can see. Say what the person said or did, to whom and when, and what "
         "it meant for the child.",
         "[what the person said or did, to whom and when]"),
        (words25.unheeded_advice_spans(ctx),  # round 25 (words25): how advice was met, told as an attitude
         "judges how a parent met advice or a task, a verdict on their attitude or effort that nobody "
         "can see. Say what they were advised or asked to do, by whom and when, and what they did or "
         "said afterwards.",
         "[what Mum or Dad was advised or asked to do, by whom and when, and what they did afterwards]"),
        (verdicts.honesty_spans(ctx),
         "says, without saying so, that the parent lies. Say what they said, what was found to be "
         "different, and who found it; in a goal, say what they will tell whom, and when.",
         "[what Mum or Dad will tell whom, and when]"),
    )
    yield from _uncovered_findings(ctx, rule_, readings, covered)
    # Round 26 (words26): an omission told as not bothering ("did not bother to take Kai"), where no
    # finding holds the words: a word-list match left unsaid (a name read as a thing) does not hide it.
    said = (covered - _lexicon_tokens(ctx, ("SOS301", "SOS305", "SOS306"))) | _reported_tokens(
        ctx, ("SOS301", "SOS305", "SOS306"))
    yield from _uncovered_findings(ctx, rule_, (
        (words26.not_bothered_spans(ctx),
         "tells what a parent did not do as their attitude, which nobody can see. Say what they did "
         "not do, when, and what it meant for the child.",
         "[what Mum or Dad did not do, when, and what it meant for the child]"),), said, whole=True)
    # Round 17: "Mother minimises the risk he poses": the word list left "minimise the risk" to the
    # vague-aim reading; said of what a parent does, it is a verdict on their account.
    left = {t.i for span, entry in ctx.matches(LEXICON) if entry.code == "SOS305"
            and not _reported_as(ctx, span, entry) for t in span}
    yield from _uncovered_findings(ctx, rule_, ((
        parent_verdicts.minimised_spans(ctx),
        "judges a parent's account instead of saying what they said. Write what they say happened, in "
        "their words, and where it differs from what others saw.",
        "[what Mum or Dad said happened, in their words]"),), covered - left)
    # Round 28 (words28): an adult's attitude put as too much or too little of it ("is overly reliant
    # on", "is not accepting of"), and coping judged as a present state ("struggles to", "is not
    # coping"). Words any finding already holds (a vague "not coping" too) are not said again.
    yield from _uncovered_findings(ctx, rule_, (
        (words28.attitude_state_spans(ctx),
         "judges an attitude nobody can see. Say what the adult said or did, when, and what it meant "
         "for the child.",
         "[what Mum or Dad said or did, when, and what it meant for the child]"),
        (words28.excess_state_spans(ctx),  # round 41 (r41c): "Mum is overly anxious"
         "grades an adult's state as too much, a verdict nobody can see. Say what the adult said or "
         "did, when, and what it meant for the child.",
         "[what Mum or Dad said or did, when, and what it meant for the child]"),
        (words28.coping_verdict_spans(ctx),
         "judges what a parent can manage, not what happened. Say what did or did not get done, when, "
         "and what it meant for the child.",
         "[what did or did not get done, when, and what it meant for the child]"),
    ), covered | _reported_tokens(ctx, ("SOS301", "SOS302", "SOS304", "SOS305", "SOS306")), whole=True)
    # Round 30 (words30): a state of mind a parent is asked to show ("show he understands the risks"),
    # and the child to be ranked first ("put Theo before her drug use"). Words a lexicon finding
    # already reports as a label, judgement or blame are not said again.
    yield from _uncovered_findings(ctx, rule_, (
        (words30.shown_mind_spans(ctx),
         "asks a parent to show a state of mind, which nobody can see. Say what they will do, when, "
         "and who will see it, for example \"Dad will drink only tea or squash on the days he has Theo, "
         "and Nan will see him at handover\".",
         "[what Mum or Dad will do, when, and who will see it]"),
    ), _reported_tokens(ctx, ("SOS301", "SOS305", "SOS306")), whole=True)
    yield from _uncovered_findings(ctx, rule_, ((  # cut short before a label it holds ("her drug use")
        words30.child_first_spans(ctx),
        "judges what a parent cares about most, not what they will do. Say what Mum or Dad will do "
        "each day, and what it means for the child.",
        "[what Mum or Dad will do each day, and what it means for the child]"),
    ), _reported_tokens(ctx, ("SOS305", "SOS306")))
    # Round 29 (words29): a child put in a kind by a verdict ("Leo can be a difficult boy"); words
    # another finding reports (a lexicon word said as blame, SOS306) are not said again.
    yield from _uncovered_findings(ctx, rule_, (
        (words29.child_character_spans(ctx),
         "judges what kind of child this is, not what they did. Say what the child did or said, when, "
         "what was happening just before, and what they might need.",
         "[what the child did or said, when, and what was happening just before]"),
    ), _reported_tokens(ctx, ("SOS301", "SOS302", "SOS304", "SOS305", "SOS306")), whole=True)


def _character_spans(ctx: Context) -> list:
    """"a volatile temperament", "a controlling nature", "his aggressive personality": a verdict on
    someone's character, in place of what they did. A kind word about character ("a gentle
    nature") is a strength and is left alone."""
    character = set(settings()["character_nouns"])
    faults = set(settings()["character_faults"])
    found = []
    for noun in ctx.tokens:
        if noun.lemma_.lower() not in character or noun.pos_ != "NOUN":
            continue
        quality = next((c for c in noun.children if c.dep_ in ("amod", "compound") and c.lower_ in faults), None)
        if quality is None:
            continue
        span = ctx.doc[quality.i:noun.i + 1]
        if not quoted(span):
            found.append(span)
    return found


def _lacking_spans(ctx: Context) -> list:
    """"Dad lacks basic parenting skills", "a lack of empathy", "limited awareness of the risks":
    a verdict on what a parent has in them. Said of a child ("Kai has limited understanding
    of money") it is about the child's needs and is left alone."""
    qualities = set(settings()["parent_qualities"])
    scant = {"limited", "poor", "little", "no", "minimal", "low", "inadequate", "weak", "lax"}
    found = []
    for token in ctx.tokens:
        lemma = token.lemma_.lower()
        if lemma not in qualities or token.pos_ != "NOUN":
            continue
        start = None
        if token.head.lemma_.lower() == "lack" and token.head.pos_ == "VERB" and token.dep_ == "dobj":
            start = token.head.i
        elif token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() == "lack":
            start = token.head.head.i
        elif token.head.lower_ in scant and token.dep_ == "dobj" and token.head.i == token.i - 1:
            start = token.head.i  # "has limited understanding", parsed as the verb "limit"
        else:
            qualifier = next((c for c in token.children if c.dep_ in ("amod", "det") and c.lower_ in scant), None)
            if qualifier is not None:
                start = qualifier.i
        if start is None:
            continue
        span = ctx.doc[start:token.i + 1]
        subject = _clause_subject(span)
        if quoted(span) or (subject is not None and is_child(ctx, subject, strict=False)):
            continue
        found.append(span)
    return found


@rule("SOS306", "victim-blaming", "error", source="The Children's Society, Appropriate language: child exploitation")
def victim_blaming(ctx: Context, rule_: Rule):
    """Flags wording that blames exploited or abused young people.

    What it checks
        Phrases such as "putting herself at risk", "involved in CSE", "associating
        with", "consenting", "made a lifestyle choice", "decided to run drugs" or "make
        safer choices" (rules/specificity.toml), and wording that blames a parent for what
        an abuser did ("failed to protect", "let him back in"). From the sentence: a
        child's exploitation written as their choice ("has chosen to go missing",
        "decided to meet the men") and sexual images written as the child's own act
        ("has sent explicit photos"), and the exploitation made a label for the child
        ("Kofi is county lines-involved", "a gang-involved young person"). Where a child
        is exploited or goes missing: the company
        the child keeps ("choosing to associate with gang members", "who she associates
        with"), the child's conduct called risky ("Holly's behaviour is risky"), and the
        child made the one to keep the rules ("Jade will respect them"). A mother an adult hurts, blamed for staying ("is
        reluctant to leave the relationship", "has chosen to stay with him") or made the
        one to stop the abuse when the goal gives him no part ("Mum will keep herself and
        the children safe"). What the adults made the child do ("pressured her into
        sending photos") is not blame; nor is "Mum lets him stay home". Round 11: a harmed
        child's own conduct made the cause or the thing to change ("understand the
        consequences of her actions", "realise the risks", "stop sending pictures to men
        online", "Chloe's choices are putting her in danger"). Round 24: the harmed person set
        the task of parting from those who harm them ("Mum will end her relationship with
        Dean", "Fox will disengage from the individuals") or of making better "choices"; a
        parent blamed for what a man who harms was let do ("continues to allow Father to have
        contact", "allowed the sleepovers to continue"; not "will not allow him to see them").
        Round 40: a child's provoking set as a goal's task or condition ("Faith will not provoke
        her father", "when Frank provokes him"), a child's conduct called "a trigger for Dad", the
        adult who was hurt said to have "provoked the argument", and the person hurt blamed for not
        helping the police ("declined to support a prosecution", "uncooperative with officers").
    Why it matters
        Children cannot consent to their own abuse, and cannot be expected to protect
        themselves from it. This wording puts the responsibility on the child, or on the
        parent the abuser also hurts, instead of the adults doing the harm.
    Example
        Jade is putting herself at risk by associating with older males and is involved in CSE.
    Better
        Adult men have been giving Jade, who is 14, alcohol and lifts, and one of them has sexually abused her.
    """
    yield from _word_findings(ctx, rule_, "blames the young person")
    yield from _blaming_by_parse(ctx, rule_)


_REFUSING = {"refuse", "decline", "stop", "never"}


def _refused(verb) -> bool:
    """"will not let him back", "would never allow Dad back", "has refused to let him in", "stopped
    letting him stay": the parent keeping the abuser out, which is protecting, not blame."""
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in _REFUSING or (
        verb.dep_ == "xcomp" and any(c.dep_ == "neg" for c in head.children) and head.lemma_.lower() in ("want", "plan", "intend"))


def _let_back_spans(ctx: Context) -> list:
    """"Mum let him back in", "allowed Dad back into the home", "allowed her partner to return":
    wording that blames the parent an
    abuser hurts for what the abuser chose to do (Safe & Together: focus on the abuser's choices)."""
    def compute():
        verbs = set(settings()["let_back_verbs"])
        returning = set(settings()["return_verbs"])
        found = []
        for token in ctx.tokens:
            if token.lemma_.lower() not in verbs:
                continue
            if _refused(token):
                continue  # "Mum will not let Dad back in", "refused to let him back": her choice to protect
            back = next((t for t in token.subtree if t.lower_ == "back" and t.i > token.i), None) \
                or next((c for c in token.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in returning), None) \
                or next((t for t in token.subtree if t.lower_ == "into" and t.i > token.i + 1
                         and any(o.lower_ in _HOME for o in t.children)), None)  # "letting Dad into the house"
            if back is None or back.i - token.i > 6:
                continue
            between = ctx.doc[token.i + 1:back.i]
            # "back" or "return" says the adult is coming back; with "stay", "come" or "move"
            # only a word for an adult does: "Mum lets him stay home" is about the child.
            coming_back = back.lower_ == "back" or back.lemma_.lower() == "return"
            named_adult = coming_back and verdicts.about_domestic_abuse(ctx) and any(
                analysis.is_name(t) and t.lower_ not in child_names(ctx) for t in between)
            named_adult = named_adult or (back.lower_ == "into" and verdicts.about_domestic_abuse(ctx) and any(
                _is_family_adult(t) or t.lower_ in verdicts.hurters(ctx) for t in between))
            if back.lower_ == "into" and not named_adult:
                continue  # "Mum let Dad into the flat to see Ivy": only where he hurts her is it blame
            if not named_adult and not any(_is_adult_word(t) and (coming_back or _is_family_adult(t)) for t in between):
                continue  # "Mum let Leo back in after school" is not about the abuser
            end = back.right_edge.i + 1 if back.lower_ == "into" else back.i + 1
            if end < len(ctx.doc) and ctx.doc[end].lower_ in ("in", "into", "home"):
                end = ctx.doc[end].right_edge.i + 1 if ctx.doc[end].lower_ == "into" else end + 1
            span = ctx.doc[token.i:end]
            if not quoted(span):
                found.append(span)
        return found
    return ctx.memo("words:let_back", compute)


_HOME = {"home", "house", "flat", "property", "bedroom"}


def _let_back_tokens(ctx: Context) -> set[int]:
    return {t.i for span in _let_back_spans(ctx) for t in span}


def _cannot_control_spans(ctx: Context) -> list:
    """"Dad cannot control Leon": said of a child being exploited, it makes the child the
    problem. The lexicon covers pronouns ("cannot control her"); this finds names. "Mum is unable
    to keep Tia safe from the older men": where a child is being exploited, it blames the parent
    for what the exploiters do."""
    found = [span for span in _unable_to_keep_safe(ctx) if _about_exploitation(ctx)]
    for verb in ctx.tokens:
        if verb.lemma_.lower() != "control" or not any(c.dep_ == "neg" for c in verb.children):
            continue
        target = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if target is not None and analysis.is_name(target) and not quoted(ctx.doc[verb.i:target.i + 1]):
            first = min([c.i for c in verb.children if c.dep_ in ("aux", "neg")] + [verb.i])
            found.append(ctx.doc[first:target.i + 1])
    if _about_exploitation(ctx):
        found += _lost_control_of_child(ctx)
    return found


_CANNOT = {"unable", "incapable", "struggle", "fail", "powerless", "helpless"}


def _child_or_childs_conduct(ctx: Context, token) -> bool:
    """"Hope", "him", "Hope's behaviour", "his behaviour": the child, or what the child does."""
    if token is None:
        return False
    if token.lemma_.lower() in ("behaviour", "behavior", "conduct", "behaviours"):
        token = next((c for c in token.children if c.dep_ == "poss"), None)
    if token is not None and token.lower_ in ("him", "her", "them") and token.dep_ in ("dobj", "pobj") \
            and analysis.child_tokens(ctx):
        return True  # "Dad struggles to control him": not Dad (that would be "himself"), so the child
    return token is not None and (child_blame._is_the_child(ctx, token) or _a_child_or_children(ctx, token))


def _lost_control_of_child(ctx: Context) -> list:
    """"Mum is unable to control Hope's behaviour", "Dad struggles to control him", "Mum cannot
    manage Tyler", "her parents have lost control of her", "is out of his mother's control": in a
    statement about a child being exploited, the child made the problem and the parent blamed for
    what the exploiters do. A parent's temper, pain or the stairs are left alone."""
    found = []
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if lemma in ("control", "manage", "handle", "contain") and verb.pos_ == "VERB":
            target = next((c for c in verb.children if c.dep_ == "dobj"), None)
            over = verb.head if verb.dep_ == "xcomp" else None
            cannot = any(c.dep_ == "neg" for c in verb.children) or (over is not None and (
                over.lemma_.lower() in _CANNOT or over.lower_ in _CANNOT
                or (over.lemma_.lower() == "able" and any(c.dep_ == "neg" for c in over.children))))
            if not cannot or not _child_or_childs_conduct(ctx, target):
                continue
            first = min([c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i] + [verb.i]
                        + ([over.i] if over is not None and over.i < verb.i else []))
            span = ctx.doc[first:verb.i + 1]
        elif lemma == "control" and verb.pos_ == "NOUN":
            of = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            child = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if verb.head.lemma_.lower() == "lose" and verb.dep_ == "dobj" and _child_or_childs_conduct(ctx, child):
                span = ctx.doc[verb.head.i:child.i + 1]
            elif (owner := next((c for c in verb.children if c.dep_ == "poss"), None)) is not None \
                    and _is_adult_word(owner) and any(t.lower_ == "out" for t in ctx.doc[max(0, verb.i - 5):verb.i]):
                out = next(t for t in reversed(ctx.doc[max(0, verb.i - 5):verb.i]) if t.lower_ == "out")
                span = ctx.doc[out.i:verb.i + 1]
            else:
                continue
        else:
            continue
        if not quoted(span) and not _said_by_the_child(ctx, span):
            found.append(span)
    return found


def _unable_to_keep_safe(ctx: Context) -> list:
    found = []
    for keep in ctx.tokens:
        if keep.lemma_.lower() not in ("keep", "protect") or keep.pos_ != "VERB":
            continue
        if keep.lemma_.lower() == "keep" and not any(c.lower_ == "safe" for c in keep.children):
            continue
        head = keep.head if keep.dep_ == "xcomp" else None
        unable = head is not None and (head.lower_ in ("unable", "incapable") or (
            head.lemma_.lower() in ("able", "fail") and any(c.dep_ == "neg" for c in head.children))
            or head.lemma_.lower() == "fail")
        cannot = any(c.dep_ == "neg" for c in keep.children) and any(
            c.dep_ == "aux" and c.lemma_.lower() in ("can", "could") for c in keep.children)
        if not (unable or cannot):
            continue
        start = head.i if unable and head.i < keep.i else min([c.i for c in keep.children if c.dep_ in ("aux", "neg")] + [keep.i])
        end = max([c.i for c in keep.children if c.lower_ == "safe" or c.dep_ == "dobj"] + [keep.i])
        span = ctx.doc[start:end + 1]
        if not quoted(span):
            found.append(span)
    return found


def _choice_spans(ctx: Context) -> list:
    """"Kai has chosen to go missing", "Jess decided to meet the men", "he agreed to carry drugs":
    a child's abuse or exploitation written as the child's own choice. "Jess chose to tell her
    teacher" names no harm and is left alone, as are adults' choices."""
    choosing = set(settings()["choice_verbs"])
    reporting = set(settings()["speech_verbs"]) | {"tell", "report", "disclose", "talk", "speak", "ask", "describe"}
    harms = set(settings()["exploitation_words"])
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in choosing or verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        wanted = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)
        if wanted is None or wanted.lemma_.lower() in reporting:
            continue  # "chose to tell her teacher about the men" is the child protecting themselves
        harm = next((t for t in wanted.subtree if (t.lower_ in harms or t.lemma_.lower() in harms)
                     and not any(a.lower_ == "about" for a in t.ancestors if a.i > wanted.i)), None)
        if harm is None:
            continue
        end = harm.head.i if harm.dep_ in ("amod", "compound") and harm.head.i > harm.i else harm.i
        span = ctx.doc[verb.i:end + 1]
        if quoted(span) or _about_an_adult(span) or _said_by_the_child(ctx, span):
            continue
        subject = _clause_subject(span)
        if subject is not None and not (is_child(ctx, subject, strict=False)
                                        or subject.lower_ in ("he", "she", "they", "i")):
            continue
        found.append(span)
    return found


def _blaming_by_parse(ctx: Context, rule_: Rule):
    entry = next((e for span, e in ctx.matches(LEXICON) if e.phrase == "cannot control her"), None)
    covered = _lexicon_tokens(ctx, (rule_.code,))
    readings = (  # (spans, what the words do, what to write instead)
        (_not_in_lexicon_matches(ctx, _image_spans(ctx), covered=covered),
         "writes the child's abuse as the child's own act. Say who asked for or pressured the child "
         "into sending images, how, and what they did with them.",
         "Say who asked the child for images, how, and what they did with them."),
        (_not_in_lexicon_matches(ctx, _choice_spans(ctx), covered=covered),
         "writes the child's exploitation as the child's own choice. Children cannot choose or consent "
         "to their own abuse: say what the adults did to them.",
         "Say who is harming the child, what they do, and what they give or threaten."),
        (_not_in_lexicon_matches(ctx, _cannot_control_spans(ctx), covered=covered),
         "puts the blame on the wrong person. Say what is happening to the child and who is harming "
         "them, and what Mum or Dad has done to keep them safe.",
         entry.advice if entry else "Say who is harming the child and what they do."),
        (_not_in_lexicon_matches(ctx, child_blame.mixing_spans(ctx), covered=covered),
         "writes the child's exploitation as the company the child chooses to keep. Say who the adults "
         "are, what they do to the child, and what they give or threaten.",
         "Say who is harming the child, what they do, and what they give or threaten."),
        (_not_in_lexicon_matches(ctx, child_blame.taking_part_spans(ctx), covered=covered),
         "writes what adults drew the child into as the child's own doing. Say who did what to the child, "
         "and what they gave, promised or threatened.",
         "Say who is harming the child, what they make them do, and what they give or threaten."),
        (_not_in_lexicon_matches(ctx, child_blame.risky_conduct_spans(ctx), covered=covered),
         "calls the child's abuse the child's own risky behaviour. Say what the adults do to the child, "
         "and what the child has been through.",
         "Say who is harming the child and what they do."),
        (_not_in_lexicon_matches(ctx, child_blame.involvement_label_spans(ctx), covered=covered),
         "makes the child's exploitation a label for the child. Say who is exploiting the child, what "
         "they make the child do, and what they give or threaten.",
         "Say who is harming the child, what they make them do, and what they give or threaten."),
        (_not_in_lexicon_matches(ctx, child_blame.rule_keeping_spans(ctx), covered=covered),
         "makes the child the one to keep the rules. Say what the adults will do to keep the child safe, "
         "and who will help.",
         "[what the adults will do to keep the child safe]"),
        (_not_in_lexicon_matches(ctx, child_blame.avoiding_spans(ctx), covered=covered),
         "makes the child the one to keep away from the adults who harm them. Say what the adults "
         "will do to keep the child away from those men, and who will help.",
         "[what the adults will do to keep the child safe from them]"),
        (_not_in_lexicon_matches(ctx, closed_classes.child_conduct_spans(ctx), covered=covered),
         "makes the child's own conduct the cause of the harm, or the thing that must change. Say what "
         "the adults did to the child, and what the adults will do to keep the child safe.",
         "[what the adults did, and what they will do to keep the child safe]"),
        (_not_in_lexicon_matches(ctx, child_blame.self_protection_spans(ctx), covered=covered),
         "makes the child the one to keep themselves safe. Children cannot be expected to protect "
         "themselves from abuse: say what the adults will do to keep the child safe, and who will help.",
         "[what the adults will do to keep the child safe]"),
        (_let_back_spans(ctx),
         "blames the parent for what the abuser chose to do. Say what he did, and what Mum has done "
         "to keep the children safe.",
         "Say what the adult who hurt them did, and what Mum has done to keep the children safe."),
        (_not_in_lexicon_matches(ctx, verdicts.stays_with_abuser_spans(ctx), covered=covered),
         "writes the abuse as Mum's failure to leave. Say what the adult who hurts her does, and "
         "what help Mum has to stay safe.",
         "Say what the adult who hurts her does, and what help Mum has."),
        (_not_in_lexicon_matches(ctx, verdicts.partner_choice_spans(ctx), covered=covered),  # round 19 (words19)
         "writes the abuse as Mum's choice of the men who hurt her. Say what each partner did to her, "
         "and when, and what it meant for the children.",
         "[what each partner did to her, when, and what it meant for the children]"),
        (_not_in_lexicon_matches(ctx, words16a.abuse_recast_spans(ctx), covered=covered), "writes abuse as something shared (a relationship, a conflict between them) or as a failing in the person harmed. Say who did what to whom, how old each of them is, and what it meant for the child.", "[who did what to whom, and what it meant for the child]"),  # round 16 (words16a)
        (_not_in_lexicon_matches(ctx, verdicts.mothers_duty_spans(ctx), covered=covered),
         "makes the parent who is being hurt the one to stop the abuse. Say what the adult who "
         "hurts her will do differently, and who will help her and the children.",
         "[what the adult who hurts her will do instead, and who will help]"),
        # Round 24 (words24): the harmed person set the task of parting from those who harm them, or
        # of choosing better; a parent blamed for what an abuser was let do.
        (_not_in_lexicon_matches(ctx, words24.parting_task_spans(ctx) + words24.choices_task_spans(ctx),
                                 covered=covered),
         "makes the person being harmed the one to end it. Say what the adults who harm them will "
         "stop doing, and what others will do to keep them safe.",
         "[what the adults who harm them will stop doing, and who will keep them safe]"),
        (_allowing_not_let_back(ctx, covered),
         "blames the parent for what the abuser chose to do. Say what he did, and what the parent has "
         "done or will be helped to do to keep the children safe.",
         "Say what the adult who hurt them did, and what the parent has done to keep the children safe."),
        # Round 25 (words25): a harmed woman's staying told as her choice; a parent blamed for letting
        # a man who harms into the home.
        (_not_in_lexicon_matches(ctx, words25.chosen_stay_spans(ctx), covered=covered),
         "writes the abuse as her choice to stay. Say what the adult who harms her does, what makes "
         "leaving hard or dangerous, and what help she and the children have.",
         "[what the adult who harms her does, and what help she and the children have]"),
        (_not_in_lexicon_matches(ctx, words25.let_into_home_spans(ctx), covered=covered),
         "blames the parent for what the man who harms chose to do. Say what he did, and what the "
         "parent has done or will be helped to do to keep the children safe.",
         "Say what the adult who hurt them did, and what the parent has done to keep the children safe."),
        # Round 32 (words32): the woman a man hurts set the task of keeping him out, or the harm
        # written as caused by her staying with him.
        (_not_in_lexicon_matches(ctx, words32.kept_out_task_spans(ctx), covered=covered | _let_back_tokens(ctx)),
         "makes the parent who is being hurt the one to keep him away. Say what the adult who hurts "
         "her will do, and what plan she has made with others, and who will help, if he comes.",
         "[what the adult who hurts her will do, and who will help if he comes]"),
        (_not_in_lexicon_matches(ctx, words32.staying_cause_spans(ctx), covered=covered),
         "writes the harm as caused by her staying with the adult who hurts her. Say what he does, "
         "what makes leaving hard or dangerous, and what help she and the children have.",
         "[what the adult who hurts her does, and what help she and the children have]"),
        # Round 35 (words35): the child made the agent of their own harm with a reflexive verb;
        # "attention-seeking" said of what a child does; a goal setting the woman a man hurts the
        # task of making the children safe.
        (_not_in_lexicon_matches(ctx, words35.self_agent_spans(ctx), covered=covered),
         "makes the child the one who brings the harm on themselves. Say what the adults did to the "
         "child, and what the child has been through.",
         "Say who is harming the child and what they do."),
        (_not_in_lexicon_matches(ctx, words35.attention_seeking_spans(ctx), covered=covered),
         "blames the child for what they are going through. Say what the child did and said, and what "
         "they might need.",
         "[what the child did, and what they might need]"),
        (_not_in_lexicon_matches(ctx, words35.harmed_parent_duty_spans(ctx), covered=covered | _let_back_tokens(ctx)),
         "makes the parent who is being hurt the one to stop the abuse. Say what the adult who "
         "hurts her will do differently, and who will help her and the children.",
         "[what the adult who hurts her will do instead, and who will help]"),
        (_not_in_lexicon_matches(ctx, words35.exposing_mother_spans(ctx), covered=covered),
         "writes the abuse as something the parent who is being hurt does to the children. Say what "
         "the adult who hurts her did, and what the children saw and heard.",
         "[what the adult who hurts her did, and what the children saw and heard]"),
        (_not_in_lexicon_matches(ctx, words35.own_care_task_spans(ctx), covered=covered),
         "makes the child responsible for their own care, which is the adults' job. Say what the adults "
         "will do to care for the child, and who will help.",
         "[what the adults will do to care for the child]"),
        # Round 27 (words27): a harmed child's own account doubted ("may be exaggerating", "is known to
        # tell lies", "has previously made allegations", "is reluctant to disclose"), or honesty set
        # as the child's task ("needs to be honest about who she is in contact with").
        # Round 28 (words28): a child's habit told as the child's own choice ("is choosing to stay at home").
        (_not_in_lexicon_matches(ctx, words28.chosen_habit_spans(ctx), covered=covered),
         "writes what is happening to the child as the child's own choice. Say what the child does, "
         "what may lie behind it, and what the adults are doing about it.",
         "[what the child does, what may lie behind it, and what the adults are doing]"),
        (_not_in_lexicon_matches(ctx, words27.doubted_account_spans(ctx), covered=covered | _blamed_judgement_tokens(ctx)),
         "doubts the child's own account, or makes telling the child's job. Children often tell a "
         "little at a time, or not at all, because of what the adults have said or done. Say what the "
         "child has said, to whom and when, and what the adults will do to keep the child safe.",
         "[what the child said, to whom and when]"),
        # Round 38 (mutual_blame, review38p P#3): domestic abuse written as shared, as provoked, or
        # as the harmed parent putting the children at risk.
        (_not_in_lexicon_matches(ctx, mutual_blame.shared_abuse_spans(ctx), covered=covered),
         "makes abuse sound shared, as if two adults fought as equals. Say who did what to whom, when, "
         "and what the child saw and heard.",
         "[who did what to whom, when, and what the child saw and heard]"),
        (_not_in_lexicon_matches(ctx, mutual_blame.provoked_spans(ctx), covered=covered),
         "makes the person who was hurt the cause of the violence; nobody makes another person hurt "
         "them. Say what the adult who hurt them did, when, and what the child saw and heard.",
         "[what the adult who hurt them did, when, and what the child saw and heard]"),
        (_not_in_lexicon_matches(ctx, mutual_blame.harmed_parent_risk_spans(ctx), covered=covered | _let_back_tokens(ctx)),
         "makes the parent who is being hurt the one who puts the children at risk. Say what the adult "
         "who hurts her does, what makes leaving hard or dangerous, and what help she and the children have.",
         "[what the adult who hurts her does, and what help she and the children have]"),
        # Round 40 (r40c): the person an adult hurts blamed for not helping the police against him.
        (_not_in_lexicon_matches(ctx, mutual_blame.police_help_refused_spans(ctx), covered=covered),
         "makes the person who was hurt the problem for not helping the police. Many people who are hurt "
         "do not, for good reasons: fear of what he will do, or of losing their home or children. Say "
         "what the adult who hurt them did, and what help and safety they have.",
         "[what the adult who hurt them did, and what help and safety they have]"),
        # Round 38 (restraint_blame, review38d D#5): a child's behaviour or disability made the
        # reason an adult held, sat on or shut the child in.
        (_not_in_lexicon_matches(ctx, restraint_blame.blamed_reason_spans(ctx), covered=covered),
         "makes the child's behaviour or disability the reason for what an adult did to them. Say what "
         "the adult did, for how long, and what the child needed from the adults at that moment.",
         "[what the adult did, for how long, and what the child needed from them]"),
    )
    for spans, message, suggestion in readings:
        for span in spans:
            yield rule_.finding(ctx, span.start_char, span.end_char, f"\"{span.text}\" {message}", suggestion)


def _blamed_judgement_tokens(ctx: Context) -> set:
    """Round 27: the judgement lexicon's words reported as blame of an exploited child ("refused to"),
    which words27's readings do not report again."""
    if not _about_exploitation(ctx):
        return set()
    blamed = set(settings()["child_blame_judgements"])
    return {t.i for span, entry in ctx.matches(LEXICON) if entry.group == "judgement" and entry.phrase in blamed
            for t in span}


def _allowing_not_let_back(ctx: Context, covered: set):
    """Round 24: words24's allowing readings, less the words _let_back_spans already reports."""
    covered |= _let_back_tokens(ctx)
    yield from _not_in_lexicon_matches(ctx, words24.allowing_harm_spans(ctx), covered=covered)


RULES: tuple[Rule, ...] = (label_not_behaviour, vague_word, no_observable_action, hypothesis_as_fact,
                           judgement_word, victim_blaming)

