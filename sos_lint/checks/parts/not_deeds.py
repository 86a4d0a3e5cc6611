"""Verbs said of an adult that are not a deed done to or around the child (issue 11 §5, a worry's
behaviour): a judgement or a lack of insight ("Mum minimises", "Dad lacks insight"), a status ("Dad
lives with Gran", "is under a care order"), a grading ("parented in a chaotic manner"), answering a
service, progress made, a death or a view held ("Dad passed away", "holds extreme views"), an
intent or a failure named by a promise verb ("intends to take Sam abroad", "is not ensuring"), and a
deed said only as a possibility or a guess ("may take", "appears to have stopped").
"""
from __future__ import annotations

from .. import analysis
from ..base import Context
from .common import _word_set


def a_judgement_verb(verb) -> bool:
    """"poses a risk to the children", "has lost control of her", "lacks insight", "has no
    understanding of", "shows no remorse": a label or a judgement of the adult said as a verb and
    its object. "lost her temper" is left alone."""
    if verb.dep_ in ("advcl", "xcomp", "ccomp") and verb.head.lemma_.lower() in ("present", "appear", "seem") and any(
            c.lower_ == "as" for c in verb.children):
        return True  # "Mother is presenting as traumatised": how she seemed, a label
    if verb.lemma_.lower() not in _word_set("judgement_verbs"):
        return False
    objects = _word_set("judgement_objects")
    return any(c.dep_ in ("dobj", "attr") and (c.lemma_.lower() in objects or c.lower_ in objects)
               for c in verb.children)


def lacks_insight(verb) -> bool:
    """"cannot see how her choices affect Rowan", "does not understand why it matters", "is unable to
    recognise the risk": the adult's insight judged, not an act."""
    if verb.lemma_.lower() not in _word_set("insight_verbs"):
        return False
    negated = any(c.dep_ == "neg" for c in verb.children) or (
        verb.dep_ == "xcomp" and any(c.dep_ == "acomp" and c.lower_ == "unable" for c in verb.head.children)) or (
        verb.head.lower_ == "unable")
    clause = any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) or any(
        c.dep_ == "dobj" and (c.lemma_.lower() in _word_set("judgement_objects") or c.lemma_.lower() in
                              ("impact", "effect", "harm", "concern", "concerns", "danger", "need", "needs"))
        for c in verb.children)
    return negated and clause


# Where someone lives: a status, not an act anyone saw ("now resides at the address with the boys").
_DWELLING = {"reside", "live", "lodge", "dwell"}


# What an arrangement or an order is called when someone cares "under" it.
_ARRANGEMENTS = {"order", "arrangement", "agreement", "plan", "guardianship", "care", "section", "licence"}


def a_status(verb) -> bool:
    """"Mum's partner is believed to be residing at the address", "Dad lives with his mother", "has
    looked after Ella under a Special Guardianship Order since 2021": where someone lives or the order
    they care under is their standing, not something they did. A verb with a thing done to someone
    ("lives with Ava and hit her": "hit" is its own act) is left to its own reading."""
    lemma = verb.lemma_.lower()
    if verb.dep_ == "relcl" or any(c.dep_ == "prep" and not list(c.children) for c in verb.children):
        return False  # "the man Daniel lives with … takes his bank card": who he is, read with his acts
    if lemma in _DWELLING and not any(c.dep_ == "dobj" for c in verb.children):
        return True
    if lemma in ("care", "look", "parent", "raise", "bring"):
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("under", "on")):
            if any(t.lemma_.lower() in _ARRANGEMENTS or (t.text.isupper() and len(t.text) > 2)
                   for t in prep.subtree if t.dep_ in ("pobj", "compound")):
                return True
    return False


_MANNER_NOUNS = {"manner", "way", "fashion"}


def graded_only(verb) -> bool:
    """"Ava was disciplined in an inappropriate manner", "Dad handles Ivy inappropriately", "treats
    her in an unacceptable way": the act is named only by a standard it failed, with nothing anyone
    could picture. "disciplined Ava by locking her in the shed" says what was done and stays."""
    standards = _word_set("vague_standards") | {"excessive", "excessively", "unreasonable", "unreasonably",
                                             "improper", "improperly", "inappropriately", "unacceptably"}
    graded = any(c.dep_ == "advmod" and c.lower_ in standards for c in verb.children)
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "with")):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            if noun.lemma_.lower() in _MANNER_NOUNS | {"force"} and any(
                    a.dep_ == "amod" and a.lower_ in standards for a in noun.children):
                graded = True
    if not graded:
        return False
    # "by locking her in", "with a belt": a means named is something anyone could picture.
    return not any(c.dep_ == "prep" and c.lower_ in ("by", "with") and any(
        g.dep_ in ("pcomp", "pobj") and (g.pos_ == "VERB" or g.lemma_.lower() not in _MANNER_NOUNS | {"force"})
        for g in c.children) for c in verb.children)


# A service's contact: answering it, or not, is keeping in touch with the service, not behaviour.
_CONTACT = {"letter", "call", "phone", "message", "text", "email", "e-mail", "correspondence", "contact",
            "invitation", "appointment", "voicemail", "request"}


_ANSWERING = {"respond", "reply", "answer", "return", "acknowledge"}


def answers_a_service(verb) -> bool:
    """"Mum has not responded to letters", "Dad does not return calls from the school", "has not
    replied to texts": a service's contact answered or not (North Yorkshire SCP: engagement is not
    the adults' behaviour). "did not respond when Ivy cried" has no contact named and stays."""
    if _the_door_kept_to_callers(verb):
        return True
    if verb.lemma_.lower() not in _ANSWERING:
        return False
    things = [c for c in verb.children if c.dep_ == "dobj"]
    things += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
               if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in _CONTACT or t.lower_ in _CONTACT for t in things)


def _the_door_kept_to_callers(verb) -> bool:
    """"Mum did not answer the door", "has not opened the door", "kept the door shut to the health
    visitor": the door not opened to whoever called (in a worry, the service's visit) is engagement,
    not what the adult did to or around the child. "locked the door on Kai", "locked Kai in", "left the
    door open" are deeds and stay."""
    lemma = verb.lemma_.lower()
    doors = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "door"]
    if not doors:
        return False
    if lemma in ("answer", "open") and any(c.dep_ == "neg" for c in verb.children):
        # "did not answer the door to Tom (3)": shut on someone who is no caller stays a deed.
        return not any(g.dep_ == "pobj" and not _a_caller(g) for node in (verb, *doors) for c in node.children
                       if c.dep_ == "prep" and c.lower_ == "to" for g in c.children)
    # "kept the door shut to the health visitor", "closed the door to professionals": shut to a caller.
    return lemma in ("keep", "shut", "close") and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and _a_caller(g) for g in c.children)
        for node in (verb, *verb.children, *(g for d in doors for g in d.children)) for c in node.children)


def _a_caller(noun) -> bool:
    """A professional or anyone at all ("to the health visitor", "to everyone"), not a room ("to
    Kai's bedroom")."""
    from .. import analysis

    callers = set(analysis.people_words()["professionals"]) | {"everyone", "anyone", "anybody", "everybody",
                                                               "people", "visitor", "service", "agency"}
    return noun.lemma_.lower() in callers or noun.lower_ in callers


_PROGRESS = {"progress", "change", "improvement", "effort", "attempt", "step", "stride", "headway"}


def progress_made(verb) -> bool:
    """"Mum has made some progress", "the parents have made changes", "Dad has made efforts": a
    verdict on the adults, not an act anyone saw."""
    return verb.lemma_.lower() in ("make", "show") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _PROGRESS for c in verb.children)


def not_a_worry_deed(verb) -> bool:
    """Any of the round 13 worry readings: a status, a grade alone, a service answered, progress;
    round 30's: only how someone looks, a question asked, a document held."""
    return a_status(verb) or graded_only(verb) or answers_a_service(verb) or progress_made(verb) \
        or only_how_they_look(verb) or inside_a_question(verb) or holds_a_document(verb) \
        or speech_without_its_words(verb)


# Verbs of looking a certain way ("looks exhausted", "seems low"): with only a word for how, a state.
_LOOKING_WAYS = {"look", "seem", "appear", "sound"}


def only_how_they_look(verb) -> bool:
    """Round 30: "she looks exhausted", "Mum seems low", "Dad sounded tired on the phone": how someone
    looks or sounds, with only an adjective for how, is a state, not an act anyone saw done. A state
    seen of an adult who should be caring ("appeared drunk", rules/parts.toml seen_states) stays a
    deed, as does "looked after", "looked at" or "appeared at the door" (an act or a place)."""
    if verb.lemma_.lower() not in _LOOKING_WAYS:
        return False
    hows = [c for c in verb.children if c.dep_ in ("acomp", "oprd")]
    if not hows or any(c.dep_ in ("dobj", "prep", "prt", "xcomp", "ccomp", "attr") for c in verb.children):
        return False
    seen = set(_word_set("seen_states"))
    return not any(h.lower_ in seen or h.lemma_.lower() in seen for h in hows)


_ASKING = {"ask", "wonder", "question", "query", "check"}


def inside_a_question(verb) -> bool:
    """Round 30: "Ruby asks whether her mummy is coming back", "wonders if Dad will visit": an adult's
    verb inside someone's question is what they ask about, not a deed anyone saw or was told of."""
    node = verb
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in node.children) and node.dep_ in (
                "ccomp", "advcl") and node.head.lemma_.lower() in _ASKING:
            return True
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            return False
        node = node.head
    return False


_DOCUMENTS = {"licence", "license", "permit", "certificate", "tenancy", "passport", "qualification", "record",
              "conviction", "convictions", "job", "position", "post", "role"}


def holds_a_document(verb) -> bool:
    """Round 30: "Grandfather holds a shotgun licence", "Dad has a job as a driver": a standing
    someone has (a licence, a tenancy, a post), not a deed. "held Leo down" is a deed."""
    return verb.lemma_.lower() in ("hold", "have") and not any(c.dep_ == "prt" for c in verb.children) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _DOCUMENTS for c in verb.children)


_VIEWS = {"view", "belief", "opinion", "attitude", "idea", "value", "ideology", "faith"}


def a_death_or_a_view(verb) -> bool:
    """"Brook's dad passed away", "Mum died last year", "Dad is believed to hold extreme views": what
    happened to an adult, or what they think, is not an act done to or around the child."""
    lemma = verb.lemma_.lower()
    if lemma == "die" or lemma == "pass" and any(c.lower_ in ("away", "on") for c in verb.children):
        return True
    if lemma in ("hold", "have", "share", "express", "voice") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _VIEWS for c in verb.children):
        return True
    return lemma in ("believe", "think") and not any(c.dep_ == "ccomp" for c in verb.children)


# Verbs of meaning or planning to act: what the adult has in mind, not what anyone saw them do.
_INTENDING = {"intend", "plan", "want", "wish", "hope", "aim", "propose", "mean", "desire", "contemplate", "consider"}


# Promise verbs named as failures ("is not ensuring", "is colluding with"): a judgement of what
# the adult does not make happen, with no deed described.
_FAILING = {"ensure", "collude", "enable", "facilitate", "prioritise", "prioritize", "safeguard", "promote"}


def an_intent_or_a_failing(ctx: Context, verb, children: set) -> bool:
    """"Dad intends to take Sam abroad", "Mum is planning to move", "Mum is not ensuring Ava attends", "Dad is colluding with her refusal": an intent, a
    request or a failure named by a promise verb. Not "Dad threatened to hit her" (a threat is said
    aloud). A request is left alone: "Mum asked for a feeding tube to be fitted" can be the deed."""
    lemma = verb.lemma_.lower()
    if lemma in _INTENDING and any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return True
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "xcomp" and node.head.lemma_.lower() in _INTENDING:
        return True  # "take" in "intends to take"
    return lemma in _FAILING


# Modals of possibility: "would" is left out (a past habit: "he would hit her when drunk"), and
# "can" (a habit or ability: "Dad can be loud").
_POSSIBLE = {"may", "might", "could"}


# Verbs of seeming, which take the deed as their complement ("appears to have stopped").
_SEEMING = {"appear", "seem"}


# Verbs of supposing, said in the passive ("is thought to have", "is believed to be", "is suspected
# of taking"): what someone supposes, not what anyone saw. "said" and "alleged" are left out: an
# account someone gave can be the deed told.
_SUPPOSING = {"think", "believe", "suspect", "presume", "assume", "suppose", "understand", "rumour",
              "rumor", "feel", "consider", "expect", "fear", "guess", "estimate", "imagine"}


def _up(verb):
    """The verb and the verbs it hangs from by conjunction or complement ("take" in "might take
    Arlo and leave", "giving" in "might stop giving")."""
    node, seen = verb, []
    for _ in range(6):
        seen.append(node)
        purpose = node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        caused = node.dep_ == "ccomp" and node.head.lemma_.lower() in ("make", "let", "have", "get")
        if (node.dep_ in ("conj", "xcomp", "pcomp") or purpose or caused) and node.head.i != node.i:
            node = node.head
            if node.pos_ == "ADP" and node.head.i != node.i:  # "suspected of taking"
                node = node.head
        else:
            break
    return seen


def only_possible(verb) -> bool:
    """"Dad may take Arlo abroad", "Mr Lowe could go back to the family home", "might stop giving
    Bea her insulin": a possibility. Not "would hit" (a habit), not "could not" (what did not
    happen), not "could be heard shouting" (the deed was heard)."""
    for node in _up(verb):
        for c in node.children:
            if c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in _POSSIBLE:
                if any(n.dep_ == "neg" for n in node.children) or any(
                        n.dep_ == "auxpass" for n in node.children):
                    return False
                return True
    return False


def a_guess(verb) -> bool:
    """"Mum appears to have stopped taking her tablets", "Dad seems to be drinking", "Mum's partner
    is thought to have moved in", "Grandad is suspected of taking money": a guess. Not "Dad appeared
    at the gate drunk" (he came)."""
    chain = _up(verb)
    for below, node in zip(chain, chain[1:]):
        lemma = node.lemma_.lower()
        if lemma in _SEEMING and below.dep_ == "xcomp":
            return True
        if lemma in _SUPPOSING and any(c.dep_ == "auxpass" for c in node.children) \
                and below.dep_ in ("xcomp", "pcomp", "conj"):
            return True
    return False


_REMARKS = {"comment", "remark", "statement"}


def speech_without_its_words(verb) -> bool:
    """Round 30: "Dad made comments to Jayden during contact that were unsettling", "made
    inappropriate remarks": speech reported only by a grading of it, with nothing of what was said,
    is a label a supervisor would ask about. "made comments about her weight", "made remarks that she
    was fat" and a quoted remark say what was said, and stay."""
    if verb.lemma_.lower() not in ("make", "pass") or any(t.is_quote or t.lower_ in ("'", '"', "“", "”", "‘", "’")
                                                          for t in verb.sent):
        return False
    remarks = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _REMARKS]
    if not remarks:
        return False
    for r in remarks:
        if any(c.dep_ == "prep" and c.lower_ in ("about", "on", "regarding") for c in r.children):
            return False
        if any(c.dep_ in ("acl", "ccomp") or c.dep_ == "relcl" and any(
                g.dep_ in ("ccomp", "dobj") for g in c.children) for c in r.children):
            return False  # "comments that she was fat", "comments calling her names"
    return not any(c.dep_ == "prep" and c.lower_ in ("about", "on", "regarding") for c in verb.children)


# ---- Round 36 (r36a, review35w W#6 and review35 C#1): whose act, and what was not done ----

# Verbs by which someone guesses at what happened ("We think Dad is hitting her").
_GUESSING = {"think", "suspect", "guess", "reckon", "assume", "imagine", "presume", "suppose", "believe"}
# Verbs of the senses by which someone noticed a thing ("Mrs Ahmed smelt alcohol on Will's breath").
_PERCEIVING = {"smell", "see", "spot", "observe", "witness", "notice", "hear", "sense"}


def clause_root(verb):
    """The first verb of the clause a verb is joined to by "and" ("hurt" in "did not push Mum and
    has never hurt anyone" belongs to "push")."""
    node = verb
    for _ in range(6):
        if node.dep_ != "conj" or node.head.i == node.i or node.head.pos_ not in ("VERB", "AUX"):
            break
        node = node.head
    return node


def guessed_in_a_clause(verb) -> bool:
    """"We think Dad is hitting her", "I suspect he has been drinking again": the deed is what
    someone guesses, said in the clause of a verb of thinking; nobody is said to have seen it.
    Not "Dad thinks Sky is lying" (the clause's subject is no adult doing a deed) — that verb is not
    read here — and not "does not think" (what is said not to be guessed)."""
    clause = clause_root(verb)
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return False
    above = clause.head
    return above.lemma_.lower() in _GUESSING and above.pos_ == "VERB" and not any(
        c.dep_ == "neg" for c in above.children)


def _negated_here(verb) -> bool:
    node = verb
    for _ in range(4):
        if any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") and c.dep_ == "advmod" for c in node.children):
            return True
        # "did not push Mum and has never hurt anyone": a joined verb with no subject of its own shares
        # the first verb's "not" only when it has no helper of its own
        if node.dep_ == "conj" and not any(c.dep_ in ("nsubj", "aux") for c in node.children) \
                and node.head.pos_ in ("VERB", "AUX"):
            node = node.head
            continue
        return False
    return False


def a_harm_not_done(verb, harm_verbs) -> bool:
    """"Mum did not leave Hazel alone with Mark after that day", "he has never hurt Precious": a harm
    said not to have been done is no deed. A care said not to be given stays a deed ("did not feed
    Ezra for two days", "has not taken Leo to the dentist": neglect is told by what was not done)."""
    lemma = verb.lemma_.lower()
    harm = lemma in harm_verbs or lemma == "leave" and any(
        c.lower_ in ("alone", "unsupervised", "unattended") for c in verb.subtree)
    return harm and _negated_here(verb)


def perceived_only(ctx: Context, verb) -> bool:
    """"Mrs Ahmed smelt alcohol on Will's breath", "Mr Osei saw a bruise on Sky's arm": what someone
    noticed with their senses is how the deed became known, not the deed. Not seeing a person ("Mum
    has been seeing Dean again", contact the plan is about)."""
    if verb.lemma_.lower() not in _PERCEIVING:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp")]
    if not objects:
        return False  # "Mum smelt strongly of cannabis": the adult gave off the smell
    return not any(c.dep_ == "dobj" and (analysis.is_person(c) or c.pos_ in ("PROPN", "PRON")) for c in objects)
