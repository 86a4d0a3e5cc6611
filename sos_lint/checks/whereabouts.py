"""Where a survivor or a child lives, and what identifies them, in a statement the family reads
(review38p P#7).

A worry statement or a goal is read by the family, and in domestic abuse by the person who hurt
the survivor. SOS520 (whereabouts-shown) flags the words that can lead them to her or the children:

- error: in a statement that shows abuse between adults (verdicts.about_domestic_abuse) or names a
  refuge, a named place given as where someone lives NOW: a refuge and its area or town ("living at
  a refuge in the Basingstoke area"), a move or a new home and where it is ("have moved to
  Tilehurst", "her new flat in Caversham"), a new school or nursery named after the move ("Leo has
  started at Oakfield Primary"). Read from the parse: a verb of living or moving, or a noun for a
  refuge, a new home or a new school, with a named place in its own phrase (the place's words never
  cross into another clause). Not a place that is not a home ("hit her at the park", "at McDonald's
  in the town centre"), not where the person who hurt her lives ("Dad has moved to Leeds"), not a
  home already known to him ("Mum lives in Coventry" with no word of a move), not the past ("used to
  live", "previously lived").
- warning, in any statement: an identifier the redaction's own detectors find (a street address, a
  postcode, a police or court reference, a phone number, an NHS or NI number, an email address) and
  a date of birth (a date the redaction finds, after "DOB", "date of birth" or "born on").

The finding has no fix: neither --fix nor the rewrite may write a place or a number.
"""
from __future__ import annotations

import re

from . import analysis
from .base import Context, Rule, rule

# Verbs of living or moving: the place in their phrase is where someone lives.
_MOVING = {"move", "relocate", "flee", "rehouse", "resettle", "settle", "escape"}
_LIVING = {"live", "reside", "stay", "house", "shelter", "lodge", "place"}
# Words that make "lives in …" a new home, not the one he knows.
_NEW = {"now", "new", "currently", "temporarily", "recently", "safe", "emergency", "temporary"}
_PAST = {"previously", "formerly", "used", "originally", "once", "until", "before", "ago"}
_REFUGES = {"refuge", "shelter", "safehouse"}
_HOMES = {"address", "home", "flat", "house", "accommodation", "bungalow", "tenancy", "hostel", "area"}
_SCHOOLS = {"school", "nursery", "academy", "college", "primary", "preschool", "pre-school", "childminder"}
_JOINING = {"attend", "go"}
_STARTING = {"start", "join", "move", "transfer", "enrol", "enroll", "change"}
_PLACE_PREPOSITIONS = {"in", "at", "to", "into", "near", "on", "around", "outside"}
_CLAUSES = {"advcl", "ccomp", "xcomp", "relcl", "conj", "acl", "parataxis", "csubj"}
_IDENTIFIERS = {"address": "a street address", "postcode": "a postcode", "reference": "a reference number",
                "phone": "a phone number", "nhs": "an NHS number", "nino": "a National Insurance number",
                "email": "an email address"}
_DOB = re.compile(r"(?:\bd\.?\s?o\.?\s?b\.?|\bdate\s+of\s+birth(?:\s+(?:is|was))?)\s*[:\-–]?\s*\(?\s*$", re.IGNORECASE)
_BORN = re.compile(r"\bborn(?:\s+on)?\s*$", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d\b|\d[/.-]\d{1,2}[/.-]\d")
_DAY = re.compile(r"\d")


def _detected(ctx: Context) -> list[tuple[int, int, str]]:
    """The redaction's own finds on this statement: identifiers, places, schools and dates."""
    def compute():
        from ..redaction.places import pattern_finds

        return tuple(pattern_finds(ctx.text))
    return list(ctx.memo("whereabouts:detected", compute))


def _people_at(ctx: Context) -> set[int]:
    from .analysis import adult_tokens, child_tokens
    return set(adult_tokens(ctx)) | set(child_tokens(ctx))


def _named_place(ctx: Context, token, detected, people_at) -> bool:
    """A token of a named place: the redaction's place, school, address or postcode, the model's
    place, or a capitalised name that is no person, no role and no calendar word."""
    from ..redaction.people import first_names, not_names
    from ..redaction.places import MONTH, is_demonym  # "English", "Polish": a people, not a place

    if any(s <= token.idx < e and kind in ("place", "school", "address", "postcode") for s, e, kind in detected):
        return True
    if token.i in people_at or not token.text[:1].isupper() or token.is_sent_start and token.pos_ != "PROPN":
        return False
    lower = token.lower_
    placed = (token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPOSITIONS) or (
        token.dep_ == "compound" and token.head.lemma_.lower() in _HOMES)  # "to Tilehurst", "the Didcot area"
    if token.ent_type_ in ("NORP", "PERSON") and placed and not (token.ent_type_ == "NORP" and is_demonym(lower)):
        # the small model's "NORP" or "PERSON" on a town it does not know ("moved to Tilehurst", "a flat
        # in Caversham"), which the people analysis does not read as anyone
        return lower not in not_names() and lower not in first_names() and token.is_alpha
    if lower in not_names() or re.fullmatch(MONTH, token.text) or token.ent_type_ in ("DATE", "TIME", "PERSON", "NORP"):
        return token.ent_type_ in ("GPE", "LOC", "FAC")
    if token.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    if lower in first_names() or not token.is_alpha or token.pos_ != "PROPN" or token.text.isupper():
        return False
    # A name the model does not know, as the object of a place word or before "area": "to Tilehurst".
    return placed


def _phrase(token, stop_at) -> list:
    """The token's subtree, not crossing into another clause."""
    found, stack = [], [token]
    while stack:
        current = stack.pop()
        found.append(current)
        for child in current.children:
            if child.dep_ in _CLAUSES and child.pos_ in ("VERB", "AUX") or child.i in stop_at:
                continue
            stack.append(child)
    return sorted(found, key=lambda t: t.i)


def _past(verb) -> bool:
    words = {c.lower_ for c in verb.children} | {c.lower_ for c in verb.subtree if c.dep_ in ("advmod", "npadvmod")}
    return bool(words & _PAST) or any(c.lower_ == "until" for c in verb.children)


def _new(anchor) -> bool:
    """A word that makes this home a new one: "now", "new", "since", "currently", in the anchor's
    own clause (for a noun, its own words and those of the verb it hangs from)."""
    verb = anchor
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    words = list(anchor.children) + list(_phrase(verb, set()) if verb.pos_ in ("VERB", "AUX") else [])
    return any(t.lower_ in _NEW for t in words)


def _between_adults(ctx: Context) -> bool:
    """The statement shows abuse between adults, and not only because a child was said to hurt someone
    ("Lark could hurt her back lifting Mum"): the shared reading's verdicts.abuse_between_adults (round
    41: the correction was made here, locally, until then)."""
    from .verdicts import abuse_between_adults

    return abuse_between_adults(ctx)


def _hurts(ctx: Context, subject) -> bool:
    from .verdicts import hurters

    if subject is None:
        return False
    return subject.lower_ in hurters(ctx)


def _anchors(ctx: Context):
    """(anchor token, why) for every verb of living or moving and every noun for a refuge, a new home
    or a new school whose phrase may hold a named place."""
    for token in ctx.tokens:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in _MOVING | _LIVING:
            if _past(token) or _hurts(ctx, analysis.subject_of(token)):
                continue
            if lemma in _MOVING or _new(token) or any(t.lemma_.lower() in _REFUGES for t in token.subtree):
                yield token, "home"
        elif token.pos_ == "NOUN" and lemma in ("move", "relocation") and any(
                c.lower_ in ("to", "into") for c in token.children):
            yield token, "home"  # "since the move to Luton"
        elif token.pos_ in ("NOUN", "PROPN") and lemma in _REFUGES:
            yield token, "refuge"
        elif (token.pos_ == "NOUN" or token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr")) \
                and token.lower_ in _HOMES | {w + "s" for w in _HOMES} and lemma != "area" and _new(token):
            yield token, "home"
        elif token.pos_ in ("NOUN", "PROPN") and lemma in _SCHOOLS:
            # A new school: "her new school", "has started at", "moved to", "now goes to"; not the school
            # a child has gone to all along ("in Year 5 at Fernhill Primary since September").
            verb = token.head.head if token.dep_ == "pobj" else token.head
            lemma = verb.lemma_.lower() if verb.pos_ in ("VERB", "AUX") else ""
            if any(c.dep_ == "amod" and c.lower_ == "new" for c in token.children) or lemma in _STARTING or (
                    lemma in _JOINING and any(c.lower_ == "now" for c in verb.children)):
                yield token, "school"


def _whereabouts(ctx: Context) -> list[tuple[int, int, str]]:
    """(start, end, why) of each new home, refuge or new school given with its place."""
    anchors = list(_anchors(ctx))
    refuge = any(why == "refuge" for _, why in anchors)
    if not anchors or not (refuge or _between_adults(ctx)):
        return []
    detected, people_at = _detected(ctx), _people_at(ctx)
    found = []
    for anchor, why in anchors:
        stop = {t.i for t in ctx.tokens if t.dep_ == "nsubj" and t.head.i == anchor.i}
        words = _phrase(anchor, stop)
        if anchor.pos_ == "VERB":  # only what hangs from its places: "moved to …", "living at …"
            words = [t for t in words if t.i == anchor.i or any(
                a.dep_ == "prep" and a.lower_ in _PLACE_PREPOSITIONS | {"with"} and a.head.i == anchor.i for a in [t, *t.ancestors])]
        places = [t for t in words if t.i != anchor.i and _named_place(ctx, t, detected, people_at)]
        if why == "school" and anchor.text[:1].isupper():
            places.append(anchor)  # "Oakfield Primary School": the school's own name is the place
            places += [t for t in anchor.children if t.dep_ == "compound" and t.text[:1].isupper()]
        if not places:
            continue
        # "the Basingstoke area", "the Radford flat": the place's head noun is the place's too
        places += [t.head for t in places if t.dep_ == "compound" and t.head.lemma_.lower() in _HOMES]
        start = min(t.idx for t in [anchor, *places])
        last = max([anchor, *places], key=lambda t: t.idx)
        end = last.idx + len(last.text)
        # A place the redaction reads further ("the Basingstoke area", "7 Mill Lane, Caversham RG4 8PQ")
        for s, e, kind in detected:
            if kind in ("place", "school", "address", "postcode") and s < end and start < e:
                start, end = min(start, s), max(end, e)
        found.append((start, end, why))
    return _merged(found)


def _merged(spans):
    out = []
    for start, end, why in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]), out[-1][2] if out[-1][2] != "home" else why)
        else:
            out.append((start, end, why))
    return out


def _identifiers(ctx: Context) -> list[tuple[int, int, str]]:
    found = [(s, e, kind) for s, e, kind in _detected(ctx) if kind in _IDENTIFIERS]
    for s, e, kind in _detected(ctx):
        before = ctx.text[max(0, s - 20):s]
        # "DOB 04/03/1995"; "born on 3 May 2019" with its year ("born on 2 April", a baby's birthday, stays)
        if kind == "date" and _DAY.search(ctx.text[s:e]) and (
                _DOB.search(before) or _BORN.search(before) and _YEAR.search(ctx.text[s:e])):
            found.append((s, e, "dob"))
    out = []
    for start, end, kind in sorted(found, key=lambda f: (f[0], -f[1])):
        if out and start < out[-1][1]:
            continue  # the longest find at a place wins ("7 Mill Lane" holds no second address)
        out.append((start, end, kind))
    return out


_INSTEAD = {
    "dob": "Leave it out, or give the age instead (\"Rose, who is 31\").",
    "address": "Say where in everyday words that lead nobody there (\"at home\", \"at Nan's\").",
    "postcode": "Say where in everyday words that lead nobody there (\"at home\", \"at Nan's\").",
    "reference": "Say what happened in plain words (\"the police recorded it\") and keep the number in the case record.",
}
_WHY = {
    "refuge": "a refuge's town or area",
    "home": "where someone lives now",
    "school": "a new school or nursery",
}


@rule("SOS520", "whereabouts-shown", "warning", kinds=("worry", "goal"),
      source="review38p P#7 (a domestic abuse specialist): a statement the person who hurt her may read must not say where she and the children are")
def whereabouts_shown(ctx: Context, rule_: Rule):
    """Flags words that say where a survivor or a child lives now, or identify them.

    What it checks
        In a statement about domestic abuse, or one that names a refuge:
        a named place given as where someone lives now (a refuge and its
        town or area, a move or a new home and where it is, a new school or
        nursery after the move). In any statement: a street address, a
        postcode, a date of birth, a police or court reference, a phone,
        NHS or National Insurance number, an email address.
    Why it matters
        The family reads the plan, and in domestic abuse so may the
        person who hurt her. A refuge's area, a new address or a new
        school can lead him to her and the children. A date of birth or a
        reference number belongs in the case record, not in the statement.
    Example
        Dad hit Mum in front of Leo. Mum and Leo are now living at a refuge in the Basingstoke area.
    Better
        Dad hit Mum in front of Leo. Mum and Leo are now living somewhere safe that Dad does not know.
    """
    flagged = []
    for start, end, why in _whereabouts(ctx):
        words = ctx.text[start:end]
        flagged.append((start, end))
        yield rule_.finding(
            ctx, start, end,
            f"\"{words}\" says {_WHY[why]}. The family reads this statement, and so may the person who "
            f"hurt them: {_WHY[why]} can lead that person to them. Leave the place out.",
            "Say it without the place, for example \"Mum and the children are living somewhere safe that "
            "Dad does not know\".", severity="error")
    for start, end, kind in _identifiers(ctx):
        if any(s <= start < e for s, e in flagged):
            continue
        what = "a date of birth" if kind == "dob" else _IDENTIFIERS[kind]
        yield rule_.finding(
            ctx, start, end,
            f"\"{ctx.text[start:end]}\" is {what}. The family reads this statement, and so may anyone they "
            f"show it to: {what} can identify a person or lead someone to them. Keep it in the case record.",
            _INSTEAD.get(kind, "Leave it out: it belongs in the case record, not in the statement."))


RULES: tuple[Rule, ...] = (whereabouts_shown,)
