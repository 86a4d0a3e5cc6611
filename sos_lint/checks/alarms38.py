"""Round 38 (alarms38): SOS512 (absence of harm) silent where the "no longer" or "stop" is not the
goal's promise but sits under, or beside, a positive one (issue 11 §3). Read from the clause's place
in the parse, not from its words. Measured: devtools/alarms38_figures.md.

A goal is written as the absence of harm when a not-doing stands where a deed should be ("Dad will
not drink", "there will be no more police call-outs"). These three shapes are something else:

1. The absence is the RESULT of a deed said before it in the same sentence: "carers will come at
   7am and 6pm, so Blessing will no longer do this before school", "…twice a day and a dentist who
   knows her, so she is no longer in pain". The deed is the goal; what stops is what it buys. The
   deed must be positive: "Dad will stop drinking so Leo is not frightened" still fires on both.
2. The absence is what SOMEONE ELSE WILL SEE OR KNOW: the complement of a verb of seeing, noticing
   or knowing whose subject is another person ("Jo will notice that the flat no longer smells of
   weed", "his teachers will notice whether he stops repeating the slogans", "so she knows he will
   not give up on her"). That is the goal's "how others will know", or the child's reassurance.
3. The CHILD'S OWN OUTCOME joined to other things the child will have or do, in a goal that says
   what the adults will do: "Arjun will enjoy his weekends with each of you and stop asking which of
   you is telling the truth", "Pearl will have space to play, clean clothes and no more sore skin",
   "Adaeze needs to be kept away from strangers online, and to know she can come to you". A child's
   own "stop" counts only when it is the child's fear or reaction to the adults (a feeling, or words
   about "you"): "Jade will go to school and stop sending images" still fires (it puts the safety
   on the child), as does a child's own negated act ("and will not go missing"). Harm named only in
   general ("and will be protected from harm", "kept safe from danger") still fires.
"""
from __future__ import annotations

from . import analysis
from .base import Context

_RESULT_MARKS = {"so"}
_KNOWING = {"see", "notice", "know", "hear", "spot", "watch", "find"}
_ABSTAIN = {"stop", "quit", "cease", "avoid", "kick"}
_CHILD_FEELINGS = {"worry", "fret", "panic", "feel", "wonder", "cry", "blame", "think", "dread", "fear", "hide",
                   "wait", "ask", "scream", "shake", "flinch"}
_GENERAL_HARM = {"harm", "abuse", "danger", "risk", "risks", "violence", "neglect", "exploitation", "hurt", "injury",
                 "harmful", "dangerous", "unsafe"}


def _absence_verb(span):
    """The verb (or the state word) the span's absence is said with."""
    root = span.root
    for _ in range(4):
        if root.pos_ in ("VERB", "AUX") or root.head.i == root.i:
            break
        if root.dep_ == "conj" and root.head.pos_ in ("VERB", "AUX"):
            break  # "have … clean clothes and no more sore skin": the noun is joined to the verb's object
        root = root.head
    return root


_STAYING = {"stay", "remain", "keep"}
_OFF = {"off", "away", "out", "free", "clear", "sober", "clean", "from", "abstinent", "drug-free", "alcohol-free"}


def _negated_or_abstaining(token) -> bool:
    """Negated, or a verb of giving up ("stop", "avoid", "give up"), or of staying off ("stay off",
    "keep away from", "remain sober"); "keep up in maths" and "keep meeting Autumn" are deeds."""
    if any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in token.children):
        return True
    lemma = token.lemma_.lower()
    if lemma in _STAYING:
        after = token.doc[token.i + 1: min(len(token.doc), token.i + 3)]
        return any(t.lower_ in _OFF for t in after)
    if lemma in ("give", "kick"):
        return any(c.dep_ == "prt" and c.lower_ in ("up", "off") for c in token.children)
    return lemma in _ABSTAIN


_PROMISES = {"ensure", "make", "comply", "engage", "attend", "cooperate", "co-operate", "put", "accept", "provide",
             "complete", "undertake", "work"}


def _positive_deed(token, spans, ctx: Context | None = None) -> bool:
    """A verb that says something done or had, not an absence: not negated, not "stop"/"stay off",
    not inside another absence span, not a bare "be", not a promise or a service kept ("will ensure
    …", "will comply with his care package", "provide negative hair strand tests": the goal rules'
    compliance, read from the structure cues)."""
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() == "be" and token.pos_ == "AUX":
        return False
    if _negated_or_abstaining(token) or token.lemma_.lower() in _PROMISES:
        return False
    if ctx is not None and any(t.i in _compliance(ctx) for t in token.subtree):
        return False
    return not any(s.start <= token.i < s.end for s in spans)


def _compliance(ctx: Context) -> set:
    return ctx.memo("alarms38:compliance", lambda: frozenset(
        t.i for span in analysis.cues(ctx, "compliance") for t in span))


def _not_an_adult(ctx: Context, subject) -> bool:
    """The child, or a thing ("the flat"): not an adult, not "there"."""
    from .goal_words import _a_child

    if subject is None or subject.dep_ == "expl" or subject.lower_ == "there":
        return False
    if subject.i in analysis.child_tokens(ctx) or _a_child(ctx, subject):
        return True
    if subject.pos_ == "PRON":
        return subject.lower_ in ("it", "this", "that") or analysis.pronoun_is_child(ctx, subject)
    return subject.i not in analysis.adult_tokens(ctx) and not analysis.is_person(subject)


def result_of_a_deed(ctx: Context, span, spans) -> bool:
    """Class 1: "…, so Blessing will no longer do this": a "so" before the span, in its sentence,
    after a positive deed with a modal or a need ("will come", "needs …", "will keep meeting").
    What stops must be the child's or a thing's: "Mum will take Ella to school, so she will not
    drink" is the adult's own abstaining, and still fires."""
    if not _not_an_adult(ctx, _clause_subject(_absence_verb(span))):
        return False
    sentence = span.sent
    so = next((t for t in reversed(list(span.doc[sentence.start:span.start])) if t.lower_ in _RESULT_MARKS), None)
    if so is None or so.i == sentence.start:
        return False
    nxt = span.doc[so.i + 1] if so.i + 1 < len(span.doc) else None
    if nxt is not None and nxt.lower_ in ("much", "many", "long", "far", "often"):
        return False  # "so much", "so long as": not a result
    if span.doc[so.i - 1].lower_ not in (",", ";") and not (nxt is not None and nxt.lower_ == "that"):
        return False
    before = span.doc[sentence.start:so.i]
    return any(_positive_deed(t, spans, ctx) and t.pos_ == "VERB" and t.lemma_.lower() not in ("stop", "let", "allow")
               and not any(x.dep_ in ("relcl", "acl") for x in [t, *t.ancestors])  # "Mr Gale, who has memory problems"
               for t in before)


def seen_or_known_by_another(ctx: Context, span) -> bool:
    """Class 2: the absence is the complement of a verb of seeing or knowing whose subject is
    someone other than the one the absence is said of. An adult's own stopping seen by another
    adult ("Gran will see Craig stop shouting") is still the adult's absence (round 31's line);
    what the child will know of an adult ("so she knows he will not give up on her") is the
    child's reassurance."""
    verb = _absence_verb(span)
    subject = analysis.subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    node = verb
    for _ in range(4):
        if node.head.i == node.i:
            return False
        if node.dep_ not in ("ccomp", "xcomp", "conj", "dobj"):
            return False
        head = node.head
        if head.lemma_.lower() in _KNOWING and head.pos_ == "VERB":
            seer = analysis.subject_of(head)
            if seer is None or any(c.dep_ == "neg" for c in head.children):
                return False
            if subject is not None and (seer.i == subject.i or seer.lower_ == subject.lower_):
                return False
            if subject is not None and subject.pos_ == "PRON" and seer.pos_ == "PROPN" and seer.i < subject.i \
                    and not any(t.pos_ == "PROPN" for t in seer.doc[seer.i + 1: subject.i]):
                return False  # "Kofi will know he will not be hit": he is Kofi, his own harm not happening
            return _not_an_adult(ctx, subject) or _a_child_subject(ctx, head)
        node = head
    return False


def _clause_subject(verb):
    """The subject of the verb, or of the verb it is joined to ("Iris will sleep …, go to Brownies …
    and stop waiting up": the model may hang "go" as a bare dependent or "keep up" as a clause)."""
    for _ in range(5):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if verb.dep_ not in ("conj", "dep", "advcl", "xcomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _a_child_subject(ctx: Context, verb) -> bool:
    from .goal_words import _a_child

    subject = _clause_subject(verb)
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return analysis.pronoun_is_child(ctx, subject)
    # the people analysis's child, not any name that is no adult's ("Dale will remain abstinent")
    return subject.i in analysis.child_tokens(ctx) or (_a_child(ctx, subject) and subject.i not in analysis.adult_tokens(ctx)
                                                       and bool(analysis.child_tokens(ctx)) and subject.lower_ in {
                                                           analysis_token.lower_ for analysis_token in
                                                           (ctx.doc[i] for i in analysis.child_tokens(ctx))})


def childs_outcome_joined(ctx: Context, span, spans) -> bool:
    """Class 3: the child's outcome joined to other things the child will have or do, with the
    adults' deeds said in the goal."""
    doc = span.doc
    window = list(span) + list(doc[span.end:min(len(doc), span.end + 4)])
    if any(t.lemma_.lower() in _GENERAL_HARM or t.lower_ in _GENERAL_HARM for t in window):
        return False  # "and will be protected from harm": harm said only in general
    root = span.root
    if root.pos_ in ("NOUN", "PROPN") and root.dep_ == "conj" and root.head.pos_ == "VERB":
        # "Pearl will have space to play, clean clothes and no more sore skin": the absence is one of
        # the things the child will have, joined to the others.
        have = root.head
        return _positive_deed(have, spans, ctx) and _a_child_subject(ctx, have) and _adults_act_here(ctx, span)
    verb = _absence_verb(span)
    if verb.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    lemma = verb.lemma_.lower()
    if lemma in ("stop", "quit", "cease", "avoid", "give", "kick"):
        gerund = next((c for c in verb.children if c.i > verb.i and c.dep_ in ("xcomp", "dobj", "pcomp")), None)
        if gerund is None:
            return False
        about_you = any(t.lower_ in ("you", "your") for t in gerund.subtree)
        if not (about_you or gerund.lemma_.lower() in _CHILD_FEELINGS):
            return False  # "stop sending images", "stop going missing": the safety put on the child
    elif any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children) \
            and not any(c.dep_ == "auxpass" for c in verb.children) and lemma not in ("be",):
        return False  # "and will not go missing", "must never come near": the child's own act, as ever
    # The verb's coordinates, and those of the need it hangs on ("needs to be kept away …, and to know").
    anchors = [verb] + ([verb.head] if verb.dep_ in ("xcomp",) and verb.head.i != verb.i else [])
    joined = []
    for anchor in anchors:
        joined += [c for c in anchor.children if c.dep_ == "conj"]
        if anchor.dep_ == "conj":
            joined.append(anchor.head)
    joined = [t for t in joined if t.i != verb.i and _positive_deed(t, spans, ctx) and t.lemma_.lower() != "be"]
    # Both the absence and what it is joined to are the child's ("Father will ensure childcare is in
    # place and Brook will no longer be left in a caring role" is the adult's promise, and fires).
    if not joined or not _a_child_subject(ctx, verb) or not any(_a_child_subject(ctx, t) for t in joined):
        return False
    return _adults_act_here(ctx, span)


def _adults_act_here(ctx: Context, span=None) -> bool:
    """The goal says what the adults will do: an adult's act (the parts reading), or another
    sentence's arrangement by someone ("handovers will happen at Grandma Sheila's", read as
    goal_words.arrangement_given reads it for a protected child)."""
    from .goal_words import _adults_act, arrangement_given

    return _adults_act(ctx) or (span is not None and arrangement_given(ctx, span))


def absence_beside_a_deed(ctx: Context, span, spans) -> bool:
    """Any of the three classes above."""
    return result_of_a_deed(ctx, span, spans) or seen_or_known_by_another(ctx, span) or childs_outcome_joined(ctx, span, spans)
