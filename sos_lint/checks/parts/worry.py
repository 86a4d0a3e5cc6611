"""The parts only a worry statement has: who is worried, when or where, and the future harm."""
from __future__ import annotations

import re

from .. import analysis
from ..base import Context
from .common import _MODAL_FUTURE, _negated, _parts_words, _under_modal, who_is_worried

_PLACES = {"house", "home", "flat", "kitchen", "bedroom", "bathroom", "bath", "car", "park", "street", "shop",
           "pub", "school", "garden", "room", "stairs", "road", "bed", "sofa", "floor", "party", "hospital",
           "visit"}  # "on the last home visit": when the state of things was seen


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
        if _a_guess_about_now(verb, token) or _vague_harm(verb, children) or _service_acts(ctx, verb):
            continue  # "he may be having contact", "will come to harm", "Children's Services will monitor"
        if any(t.i in children for t in clause):
            return verb.sent
        if any(analysis.pronoun_is_child(ctx, t) for t in clause):
            return verb.sent
    worsening = _becoming_unsafe(ctx, children)
    if worsening is not None:
        return worsening
    looking_ahead = ("if ", "likely to", "future", "one day", "end up")
    for span in analysis.cues(ctx, "future"):
        following = ctx.doc[span.start: min(span.end + 1, len(ctx.doc))].text.lower() + " "
        if any(w in following for w in looking_ahead) and any(t.i in children for t in span.sent) \
                and not any(t.lower_ in not_harm or t.lemma_.lower() in not_harm for t in span.sent) \
                and not _vague_harm(span.sent.root, children):
            return span.sent  # "Noah is likely to be hurt", "if nothing changes, Ella…"
    return None


def _a_guess_about_now(verb, modal) -> bool:
    """"He may be having unsupervised contact": "may be …ing" guesses what is happening now."""
    return modal.lower_ in ("may", "might", "could") and verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ == "be" for c in verb.children)


def _vague_harm(verb, children: set) -> bool:
    """A future clause whose words name no harm anyone could picture ("the children will come to
    harm", "which may affect her ability to meet Lily-Mae's needs")."""
    vague = set(_parts_words()["vague_harm"])
    words = [t for t in verb.subtree if t.is_alpha and t.i not in children and t.tag_ != "MD"
             and t.pos_ not in ("PRON", "PROPN", "PUNCT", "DET", "CCONJ", "PART")
             and not any(a.dep_ == "advcl" and t in a.subtree and any(
                 m.dep_ == "mark" and m.lower_ in ("if", "when", "unless") for m in a.children) for a in verb.children)]
    return bool(words) and all(t.lemma_.lower() in vague or t.lower_ in vague for t in words)


def _service_acts(ctx: Context, verb) -> bool:
    """"Children's Services will continue to monitor …": what a service will do is not a harm."""
    from .common import is_institution

    professionals = set(analysis.people_words()["professionals"])
    node = verb
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children) and node.dep_ in ("xcomp", "conj") \
            and node.head.i != node.i:
        node = node.head
    subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and (is_institution(subjects[0]) or subjects[0].lower_ in professionals
                               or subjects[0].lemma_.lower() in professionals)


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


def _who(ctx: Context):
    who = who_is_worried(ctx)
    if who and who[0].lower_ in ("everyone", "everybody"):
        return None
    return who


def _context_real(ctx: Context):
    """When or where the adults' behaviour happens: not a vague "often", not the future clause,
    not an age ("Lily-Mae (6 weeks)") or a stretch of years ("this year", "since 2019")."""
    vague = {"often", "sometimes", "regularly", "frequently", "every"}
    names = analysis.people(ctx).name_tokens
    acted = _sentences_with_behaviour(ctx)
    for span in analysis.cues(ctx, "context"):
        # "when she will not stop crying" is when it happens; the clause it hangs on decides the tense.
        anchor = span.root.head.head if span.root.lower_ in ("when", "while", "whenever", "after", "before") \
            else span.root
        if span.text.lower() in vague or _under_modal(anchor) or any(t.i in names for t in span) \
                or _an_age_or_years(span) or _not_a_when(ctx, span) or _not_the_adults(ctx, span[0], acted):
            continue
        return span
    for entity in ctx.doc.ents:
        if entity.label_ not in ("DATE", "TIME") or _under_modal(entity.root):
            continue
        when = _without_names(ctx, entity, names)
        if when is None or _an_age_or_years(when) or _not_the_adults(ctx, entity.root, acted) \
                or (when.start and ctx.doc[when.start - 1].lower_ == "since"):
            continue
        return when
    for token in ctx.doc:
        # "to his friend's flat", "into the pub" (not "goes to bed", "to school": a routine, not a place;
        # not "in the home environment"; said of an act, not of a noun: "presentation at school").
        moving = token.lower_ in ("to", "into", "round")
        if token.lower_ in ("in", "at", "on", "near", "outside", "inside", "to", "into", "round") and any(
                c.dep_ == "pobj" and any(t.lemma_.lower() in _PLACES for t in c.subtree)
                and c.lemma_.lower() not in _ABSTRACT
                and (not moving or any(g.dep_ in ("det", "poss") for g in c.children)) for c in token.children) \
                and not _under_modal(token) and token.head.pos_ in ("VERB", "AUX") \
                and not _not_the_adults(ctx, token, acted):
            return ctx.doc[token.i: token.right_edge.i + 1]
    return None


def _sentences_with_behaviour(ctx: Context) -> set:
    """Where each sentence that shows what an adult in the family did starts."""
    from .actions import adult_actions

    return {action.verb.sent.start for action in adult_actions(ctx)}


def _not_the_adults(ctx: Context, token, acted: set) -> bool:
    """A date or place that says when a service acted or how the child was, not when or where the
    adults' behaviour happened: "a referral was received on 12 October", "following the conference
    on 2 May", "worried about domestic abuse at home" (a place said of a label), "Zak is presenting
    as quiet at school", or "on Tuesday Zak came into class upset" with no adult's act in the
    sentence. "Grandad looks after Milo": "after" is part of the verb."""
    words = _parts_words()
    if token.dep_ == "prt" or (token.lower_ == "after" and token.head.lemma_.lower() == "look"):
        return True
    head = token.head
    while head.dep_ in ("prep", "pobj", "npadvmod", "compound", "nummod", "pcomp") and head.head.i != head.i \
            and head.pos_ not in ("VERB", "AUX", "NOUN", "PROPN"):
        head = head.head
    if head.pos_ in ("NOUN", "PROPN") and (head.lemma_.lower() in words["process_events"] or head.i in _labels(ctx)):
        return True
    verb = head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    presenting = next((v for v in (verb, *verb.ancestors) if v.lemma_.lower() == "present"), None)
    if presenting is not None and any(c.dep_ == "nsubj" and c.i in analysis.child_tokens(ctx)
                                      for c in presenting.children):
        return True  # "Zak is presenting as withdrawn at school": a label for how the child seemed
    if any(s.lemma_.lower() in words["process_events"] for s in subjects):
        return True
    node = verb
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children) and node.dep_ in ("xcomp", "acomp") \
            and node.head.i != node.i:
        node = node.head  # "the social worker has been unable to see…"
    if any(c.dep_ == "pobj" and c.lemma_.lower() == "visit" for c in token.children) and any(
            c.dep_ in ("nsubj", "nsubjpass") and _professional(ctx, c) for c in node.children):
        return True  # "the social worker could not see the children on the last three visits"
    if acted:
        return False
    # No adult's act anywhere: a date said of the child alone dates how the child was, not the behaviour.
    children = analysis.child_tokens(ctx)
    return bool(subjects) and all(s.i in children or analysis.pronoun_is_child(ctx, s) for s in subjects) \
        and verb.tag_ not in ("VBN", "VBG")


def _professional(ctx: Context, subject) -> bool:
    from .common import _means_professional, is_institution

    professionals = set(analysis.people_words()["professionals"])
    return is_institution(subject) or subject.lower_ in professionals or subject.lemma_.lower() in professionals \
        or _means_professional(ctx, subject, professionals)


def _labels(ctx: Context) -> set:
    return {t.i for span, entry in ctx.matches("specificity.toml", per_group=True)
            if entry.group in ("label", "judgement") for t in span}


_ABSTRACT = {"environment", "condition", "situation", "circumstance", "setting", "respect", "relation", "regard"}


def _not_a_when(ctx: Context, span) -> bool:
    """A context word that is not when or where it happens: "for a while", "since 2019", "in the
    home environment", "her presentation at school remains a concern" (a place said of a label)."""
    doc = ctx.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start else None
    if span.text.lower() == "while" and before is not None and before.lower_ == "a":
        return True
    if span.text.lower() == "since" and after is not None and (
            re.match(r"^\d{4}$", after.text) or after.lower_ in analysis._CALENDAR):
        return True
    if after is not None and after.lemma_.lower() in _ABSTRACT:
        return True
    head = span[0].head
    return span[0].pos_ == "ADP" and head.pos_ == "NOUN" and head.dep_ == "nsubj" \
        and head.head.lemma_.lower() in ("be", "remain", "seem")


def _without_names(ctx: Context, entity, names: set):
    """The date without a name the model ran into it ("On 28 August Jade was taken…"); a month the
    people reading took for a name is still a month after "for/in/until" ("flights for July")."""
    calendar = analysis._CALENDAR
    tokens = list(entity)
    if any(c.dep_ == "case" for t in tokens for c in t.children):
        return None  # "August's behaviour": a name
    if len(tokens) == 1 and tokens[0].text in calendar and tokens[0].dep_ == "pobj" \
            and tokens[0].head.lower_ in ("for", "in", "until", "till", "since", "by", "during") \
            and not any(c.dep_ == "case" for c in tokens[0].children):
        return entity
    kept = []
    for t in tokens:
        if t.i in names:
            break
        kept.append(t)
    if not kept or not any(t.like_num or t.text in calendar or t.pos_ in ("NOUN", "PROPN") for t in kept):
        return None
    return ctx.doc[kept[0].i: kept[-1].i + 1]


_YEARS = re.compile(r"^(?:(?:this|last|the past|the last|over the(?: past| last)?|since|in|for|a)\s+)?"
                    r"(?:\w+\s+)?(?:years?|\d{4}|months?)$|^\d{4}$", re.I)


def _an_age_or_years(span) -> bool:
    """"(6 weeks)", "8 months old", "aged 2": an age; "this year", "since 2019", "over the past two
    years": a stretch of time that says nothing of when it happens."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.text == "(" or (after is not None and after.lower_ in ("old", ")")) \
            or (before is not None and before.lower_ == "aged"):
        return True
    return bool(_YEARS.match(span.text.strip()))
