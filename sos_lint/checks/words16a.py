"""Round 16 (helper words16a): classes of wording read on the parse, each named in general terms.

Victim blaming (SOS306):
- V1 a young person's conduct put down to their attitude, motivation or way of life ("has a poor
  attitude", "no motivation to change", "entrenched in a criminal lifestyle"), and an exploited
  adult's life called a lifestyle ("This lifestyle places the children at risk");
- V2 a young person made the one to answer for what happens ("needs to take responsibility",
  "must be accountable for her choices");
- V3 the sexual abuse of a child called a relationship ("a sexual relationship with a 19-year-old",
  "her boyfriend, who is 27", "is dating an adult male");
- V4 one adult's abuse of another recast as something both do ("the conflict between the parents",
  "arguments between Mum and Dad"), where the statement names one adult hurting or following the other;
- V5 the abuse written as a deficit in the parent hurt ("affecting her ability to parent");
- V6 a parent hurt by her partner blamed for not leaving him ("she will not leave him").
Verdicts (SOS305): J1 a family or parent judged by how they are with others ("very insular",
"secretive", "hostile to professionals"); J2 an adult's faculty said to be faulty ("her judgement is
impaired"); J3 an adult said to make light of the worry ("minimises the risk he poses").
Labels (SOS301): L1 conduct named by its category ("stalking behaviour", "offences of violence",
"sexual offences").
Guesses (SOS304): G1 a child's coping stated as fact ("copes well", "is unaffected")."""
from __future__ import annotations

import re

from . import analysis
from . import person_verdicts as pv
from .base import Context, span_memo
from .lexicon import looks_ahead
from .word_context import quoted
from .words13 import _adult, _ok, _subject
from .words15 import _clause_subject, _exploited, _the_child


_memo = span_memo("words16a:")


def _adultish(ctx: Context, token) -> bool:
    return token is not None and (_adult(ctx, token) or pv.is_adult(ctx, token))


def _negated(token) -> bool:
    return pv._negated(token) or any(c.lower_ in ("never", "not", "n't") for c in token.children)


def _owner(noun):
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _governor(token):
    """The verb a noun or adjective hangs on (through prepositions and "of")."""
    node = token
    for _ in range(5):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return node


# --- V1: a young person's conduct put down to attitude, motivation or way of life ------------
ATTITUDES = {"attitude", "attitudes", "mindset", "mentality", "outlook"}
GOOD = {"good", "positive", "great", "better", "improved", "improving", "healthy", "kind", "caring", "helpful",
        "hopeful", "brilliant", "excellent", "lovely", "can-do", "calm", "mature", "sensible", "open", "fair",
        "respectful", "friendly", "cheerful", "happy", "right"}
WILLS = {"motivation", "willingness", "commitment", "desire", "inclination", "drive"}
SCANT = {"no", "little", "limited", "low", "poor", "minimal", "any"}
LIFESTYLES = {"lifestyle", "lifestyles"}
SUNK = {"entrenched", "embedded", "immersed", "steeped", "ingrained"}
SUNK_IN = {"lifestyle", "culture", "gang", "gangs", "crime", "offending", "world", "scene", "life", "activity",
           "activities", "behaviour", "behaviours", "violence", "dealing", "drugs"}
# Where an adult's life is the harm done to her: sex sold, a man taking her money.
SOLD_SEX = {"prostitute", "prostitutes", "prostitution", "punter", "punters", "pimp", "escort", "escorting",
            "sex-work", "brothel"}


def _sold_sex(ctx: Context) -> bool:
    def compute():
        text = ctx.text.lower()
        return any(t.lower_ in SOLD_SEX or t.lemma_.lower() in SOLD_SEX for t in ctx.tokens) or any(
            w in text for w in ("sells sex", "selling sex", "sold sex", "sex work", "sex for money", "for sex"))
    return ctx.memo("words16a:sold_sex", compute)


def child_attitude_spans(ctx: Context) -> list:
    return _memo(ctx, "attitude", lambda: _child_attitudes(ctx))


def _young_one(ctx: Context, token) -> bool:
    """The child, or "his"/"her"/"their" pointing back to the child (the nearest person before it)."""
    from .closed_classes import _the_child as points_to_child

    if token is None:
        return False
    if token.dep_ == "poss" and token.lower_ in ("his", "her", "their"):
        return points_to_child(ctx, token)
    return _the_child(ctx, token)


def _holder(ctx: Context, noun):
    """Whose the attitude or life is: the owner ("her attitude"), or the subject of the clause."""
    owner = _owner(noun)
    if owner is not None:
        return owner
    return _clause_subject(_governor(noun))


def _child_attitudes(ctx: Context) -> list:
    if ctx.kind != "worry":
        return []
    found = []
    doc = ctx.doc
    sold_sex = _sold_sex(ctx)
    for noun in ctx.tokens:
        lower = noun.lower_
        if noun.pos_ != "NOUN":
            continue
        span = None
        if lower in ATTITUDES:
            mods = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
            verdict = [m for m in mods if m.lower_ not in GOOD and m.pos_ in ("ADJ", "NOUN", "VERB", "PROPN")]
            predicate = None
            if not mods and noun.dep_ == "nsubj" and noun.head.lemma_ in ("be", "remain", "seem"):
                predicate = next((c for c in noun.head.children if c.dep_ == "acomp" and c.lower_ not in GOOD), None)
            if any(m.lower_ in GOOD for m in mods) or (not verdict and predicate is None):
                if not (noun.head.lemma_ == "have" and noun.dep_ == "dobj" and not mods and any(
                        d.lower_ in ("an", "a") for d in noun.children if d.dep_ == "det")):
                    continue  # "has an attitude", said as a verdict
            start = min([m.i for m in verdict] + [noun.i] + [c.i for c in noun.children if c.dep_ in ("poss", "det")])
            end = predicate.i if predicate is not None else noun.i
            holder = _holder(ctx, noun)
            if not _young_one(ctx, holder):
                continue
            verb = _governor(noun)
            if verb.lemma_ == "have" and noun.dep_ == "dobj":
                start = min(start, verb.i)
            span = doc[start:end + 1]
        elif lower in WILLS:
            scant = [c for c in noun.children if c.dep_ in ("det", "amod") and c.lower_ in SCANT]
            lacking = noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("lack", "have", "show") and (
                noun.head.lemma_.lower() == "lack" or scant) or (
                noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() == "lack")
            if not (scant and scant[0].lower_ != "any" or lacking):
                continue
            if noun.lower_ == "drive" and not any(c.dep_ in ("acl", "relcl", "prep") for c in noun.children):
                continue
            holder = _holder(ctx, noun)
            if not _young_one(ctx, holder) or _negated(_governor(noun)) and not scant:
                continue
            start = min([c.i for c in scant] + [noun.i])
            if noun.head.lemma_.lower() == "lack":
                start = noun.head.i
            elif noun.head.lower_ == "of" and noun.head.head.lemma_.lower() == "lack":
                start = noun.head.head.i
            end = noun.i
            to = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.i == noun.i + 2), None)
            if to is not None:
                end = to.i
            span = doc[start:end + 1]
        elif lower in LIFESTYLES:
            mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "det", "poss") and c.i < noun.i]
            if not mods or any(m.lower_ in GOOD | {"healthy", "active", "settled", "stable", "normal"} for m in mods):
                continue
            holder = _holder(ctx, noun)
            child = _young_one(ctx, holder)
            pointed = any(m.lower_ in ("this", "that", "such", "her", "his", "their") for m in mods)
            if not child and not (pointed and (sold_sex or _exploited(ctx))):
                continue
            if noun.head.lemma_.lower() in ("change", "improve", "leave", "escape", "exit"):
                continue  # "help her leave that lifestyle": the way out, left to the vague rules
            start = min(m.i for m in mods)
            span = doc[start:noun.i + 1]
        if span is not None and _ok(ctx, span, _governor(noun)) and not looks_ahead(_governor(noun)):
            found.append(span)
    # "entrenched in a criminal lifestyle", "embedded in gang culture"
    for word in ctx.tokens:
        if word.lower_ not in SUNK:
            continue
        into = next((o for p in word.children if p.dep_ == "prep" and p.lower_ in ("in", "into", "within")
                     for o in p.children if o.dep_ == "pobj" and (o.lower_ in SUNK_IN or o.lemma_.lower() in SUNK_IN)), None)
        if into is None:
            continue
        verb = word.head if word.dep_ in ("acomp", "oprd") or word.pos_ == "ADJ" else word
        subject = _clause_subject(verb) if verb.pos_ in ("VERB", "AUX") else _clause_subject(word)
        if not _the_child(ctx, subject) or _negated(verb):
            continue
        span = doc[word.i:into.i + 1]
        if _ok(ctx, span, verb):
            found.append(span)
    return found


# --- V2: a young person made the one to answer for what happens ------------------------------
ANSWERED_FOR = {"action", "actions", "behaviour", "behaviours", "behavior", "choice", "choices", "decision",
                "decisions", "conduct", "safety", "offending", "life", "mistakes", "part", "role", "wellbeing",
                "self", "herself", "himself", "themselves", "what", "where", "who", "how", "situation"}


def child_answerable_spans(ctx: Context) -> list:
    return _memo(ctx, "answerable", lambda: _child_answerable(ctx))


def _for_what(word):
    """What the responsibility is for: None when nothing is said."""
    return next((p for p in word.children if p.dep_ == "prep" and p.lower_ == "for"), None)


def _answers_for_self(prep) -> bool:
    if prep is None:
        return True
    for o in prep.children:
        if o.dep_ == "pobj" and (o.lower_ in ANSWERED_FOR or o.lemma_.lower() in ANSWERED_FOR):
            return True
        if o.dep_ in ("pcomp", "pobj") and o.pos_ in ("VERB", "AUX"):
            # "for where she goes", "for keeping herself safe"; not "for feeding the rabbit"
            if any(t.lower_ in ("where", "who", "what", "how") for t in o.subtree if t.i < o.i) \
                    or o.lemma_.lower() in ("keep", "stay"):
                return True
    return False


# "make better choices", "safer decisions": the verdict on a child's choices that makes them the fix.
BETTER = {"better", "safer", "wiser", "healthier", "sensible", "responsible", "smarter"}


def _fragment_subject(verb):
    """"Bonnie to make better decisions": the name the plan's "to" hangs on."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and verb.dep_ in ("acl", "relcl", "xcomp") \
            and verb.head.pos_ in ("PROPN", "NOUN") and verb.head.i < verb.i:
        return verb.head
    return None


def _child_answerable(ctx: Context) -> list:
    from .closed_classes import _said_by_someone

    found = []
    doc = ctx.doc
    for token in ctx.tokens:
        lemma = token.lemma_.lower()
        span = None
        if lemma in ("take", "accept", "own", "assume", "bear") and token.pos_ == "VERB":
            thing = next((c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() == "responsibility"), None)
            if thing is None:
                continue
            prep = _for_what(thing) or _for_what(token)
            if not _answers_for_self(prep):
                continue
            holder = token
            end = max(t.i for t in prep.subtree) if prep is not None else thing.i
            span = doc[token.i:end + 1]
        elif token.lower_ == "accountable" and token.pos_ in ("ADJ", "VERB"):
            prep = _for_what(token)
            if prep is None or not _answers_for_self(prep):
                continue
            holder = token.head if token.dep_ in ("acomp", "oprd") else token
            span = doc[token.i:max(t.i for t in prep.subtree) + 1]
        elif lemma == "make" and token.pos_ == "VERB":
            thing = next((c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in ("choice", "decision")), None)
            verdict = next((c for c in thing.children if c.dep_ == "amod" and c.lower_ in BETTER), None) \
                if thing is not None else None
            if verdict is None:
                continue
            holder = token
            about = next((p for p in thing.children if p.dep_ == "prep" and p.lower_ in ("about", "around", "regarding")), None)
            end = max(t.i for t in about.subtree) if about is not None else thing.i
            span = doc[token.i:end + 1]
        else:
            continue
        subject = _clause_subject(holder) or _fragment_subject(holder)
        if not _young_one(ctx, subject):
            continue
        if any(c.dep_ == "neg" for c in holder.children) and ctx.kind == "goal":
            continue
        if _said_by_someone(ctx, holder) or not _ok(ctx, span, holder):
            continue
        found.append(span)
    return found


# --- V3: the sexual abuse of a child called a relationship -----------------------------------
AGE = re.compile(r"\((\d{1,2})\)|\baged (\d{1,2})\b|\b(\d{1,2})[- ]years?[- ]old\b|\bis (\d{1,2})\b|\bage (\d{1,2})\b", re.I)
ADULT_AGE_WORDS = {"man", "men", "male", "males", "adult", "adults", "older", "woman", "women", "twenties",
                   "thirties", "forties", "fifties", "grown", "lady"}
BOND_NOUNS = {"relationship", "relationships", "boyfriend", "girlfriend", "partner", "lover", "romance", "affair"}
DATING = {"date", "see", "go"}
KIN = {"sister", "brother", "cousin", "aunt", "auntie", "uncle", "nan", "gran", "grandma", "grandad", "grandfather",
       "grandmother", "dad", "mum", "father", "mother", "stepdad", "stepmum", "carer", "carers", "parent", "parents",
       "foster", "family", "siblings", "sibling", "grandparents"}


def _ages(text: str) -> list[int]:
    return [int(next(g for g in m.groups() if g)) for m in AGE.finditer(text)]


def _under16(ctx: Context) -> bool:
    return ctx.memo("words16a:under16", lambda: any(a < 16 for a in _ages(ctx.text)))


def _grown(ctx: Context, token) -> bool:
    """The other person is shown to be an adult: an age of 18 or more, or an adult word."""
    words = list(token.subtree)
    text = token.doc[min(t.i for t in words):max(t.i for t in words) + 1].text
    if any(a >= 18 for a in _ages(text)):
        return True
    if any(t.lower_ in KIN or t.lemma_.lower() in KIN for t in words):
        return False
    return any(t.lower_ in ADULT_AGE_WORDS for t in words)


def relationship_spans(ctx: Context) -> list:
    return _memo(ctx, "relationship", lambda: _relationships(ctx))


def _relationships(ctx: Context) -> list:
    if not _under16(ctx):
        return []
    found = []
    doc = ctx.doc
    for token in ctx.tokens:
        lower = token.lower_
        span = None
        if lower in ("relationship", "relationships", "affair", "romance") and token.pos_ == "NOUN":
            withs = [p for p in token.children if p.dep_ == "prep" and p.lower_ == "with"]
            other = next((o for p in withs for o in p.children if o.dep_ == "pobj"), None)
            if other is None or not _grown(ctx, other) or other.lower_ in KIN or other.lemma_.lower() in KIN:
                continue
            holder = _owner(token) or _clause_subject(_governor(token))
            if not _young_one(ctx, holder):
                continue
            mods = [c for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i]
            start = min([m.i for m in mods] + [token.i])
            span = doc[start:withs[0].i + 1]
        elif lower in ("boyfriend", "girlfriend", "partner", "lover") and token.pos_ == "NOUN":
            owner = _owner(token)
            if owner is None or not _young_one(ctx, owner):
                holder = _clause_subject(_governor(token))
                if not (token.dep_ == "dobj" and token.head.lemma_ == "have" and _the_child(ctx, holder)):
                    continue
            extra = [c for c in token.children if c.dep_ in ("amod", "compound", "nummod", "appos", "relcl", "acl")]
            if not any(_grown(ctx, c) for c in extra):
                continue
            span = doc[token.i:token.i + 1]
        elif token.lemma_.lower() in DATING and token.pos_ == "VERB":
            lemma = token.lemma_.lower()
            other = None
            if lemma in ("date", "see"):
                other = next((c for c in token.children if c.dep_ == "dobj"), None)
                if lemma == "see" and (token.tag_ != "VBG" or not any(c.lemma_ == "be" for c in token.children
                                                                      if c.dep_ == "aux")):
                    continue  # "has been seeing a man"; not "saw a man"
            elif lemma == "go":
                out = next((c for c in token.children if c.dep_ == "prt" and c.lower_ == "out"), None)
                if out is None:
                    continue
                other = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "with"
                              for o in p.children if o.dep_ == "pobj"), None)
            if other is None or not _grown(ctx, other) or other.lower_ in KIN:
                continue
            if not _the_child(ctx, _clause_subject(token)) or _negated(token):
                continue
            span = doc[token.i:other.i + 1] if lemma != "date" else doc[token.i:token.i + 1]
        if span is not None and _ok(ctx, span):
            found.append(span)
    return found


# --- V4: one adult's abuse of another recast as something both do ----------------------------
MUTUAL = {"conflict", "conflicts", "argument", "arguments", "row", "rows", "fighting", "fight", "fights", "dispute",
          "disputes", "disagreement", "disagreements", "tension", "tensions", "altercation", "altercations",
          "quarrel", "quarrels", "quarrelling", "clash", "clashes", "volatility", "friction", "arguing", "bickering"}
COUPLE = {"parents", "adults", "couple", "carers", "partners", "pair", "spouses", "exes"}
# What one adult does to the other that the statement names, beyond the hurting verbs.
FOLLOWING = {"stalk", "track", "follow", "threaten", "strangle", "choke", "harass", "monitor", "control", "rape"}


def _one_hurts_other(ctx: Context) -> bool:
    from .verdicts import about_domestic_abuse, hurters

    def compute():
        if hurters(ctx):
            return True
        if any(t.lemma_.lower() in FOLLOWING and t.pos_ == "VERB" for t in ctx.tokens):
            return True
        text = ctx.text.lower()
        return about_domestic_abuse(ctx) and any(w in text for w in (
            "stalk", "domestic abuse", "domestic violence", "coercive", "assault", "non-molestation", "mappa",
            "ex-partner", "marac", "refuge"))
    return ctx.memo("words16a:one_hurts", compute)


def mutual_spans(ctx: Context) -> list:
    return _memo(ctx, "mutual", lambda: _mutual(ctx))


def _couple(ctx: Context, token) -> bool:
    people = [token] + list(token.conjuncts)
    if any(_the_child(ctx, p) for p in people if p.pos_ in ("PROPN", "PRON")) \
            or any(p.lower_ in ("brother", "sister", "siblings", "children", "school", "staff") for p in people):
        return False
    if token.lower_ in COUPLE or token.lemma_.lower() in COUPLE:
        return True
    return len(people) >= 2 and sum(1 for p in people if _adultish(ctx, p)) >= 1


def _mutual(ctx: Context) -> list:
    if not _one_hurts_other(ctx):
        return []
    found = []
    doc = ctx.doc
    for noun in ctx.tokens:
        if noun.lower_ not in MUTUAL or noun.pos_ not in ("NOUN", "VERB"):
            continue
        between = next((p for p in noun.children if p.dep_ == "prep" and p.lower_ == "between"), None)
        who = next((o for o in between.children if o.dep_ == "pobj"), None) if between is not None else None
        if who is None or not _couple(ctx, who):
            continue
        end = max(t.i for t in between.subtree)
        while end > who.i and doc[end].dep_ in ("cc", "punct"):
            end -= 1
        span = doc[noun.i:end + 1]
        if _ok(ctx, span, _governor(noun)):
            found.append(span)
    return found


# --- V5: the abuse written as a deficit in the parent hurt -----------------------------------
CAPACITIES = {"ability", "capacity", "capability", "abilities", "capacities"}
CARING = {"parent", "care", "look", "protect", "keep", "meet", "mother", "provide", "supervise"}


def parent_deficit_spans(ctx: Context) -> list:
    return _memo(ctx, "deficit", lambda: _parent_deficit(ctx))


def _parent_deficit(ctx: Context) -> list:
    from .verdicts import hurters

    if ctx.kind != "worry" or not _one_hurts_other(ctx):
        return []
    found = []
    doc = ctx.doc
    hurt_by = hurters(ctx)
    for noun in ctx.tokens:
        if noun.lower_ not in CAPACITIES or noun.pos_ != "NOUN":
            continue
        to = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in CARING), None) or next(
            (c for c in list(noun.children) + list(noun.head.children) if c.dep_ == "prep" and c.lower_ == "to"
             and c.i == noun.i + 1 and any(o.lemma_.lower() in CARING for o in c.children)), None)  # "ability to parent", read as a noun
        parenting = next((c for c in noun.children if c.dep_ == "compound" and c.lower_ in ("parenting", "caring")), None)
        if to is None and parenting is None:
            continue
        owner = _owner(noun)
        if owner is None:
            continue
        if owner.pos_ == "PRON":
            if owner.lower_ != "her" or pv.is_a_child(ctx, owner):
                continue
        elif not _adultish(ctx, owner) or owner.lower_ in hurt_by or owner.lower_ in ("dad", "father", "mr", "he"):
            continue
        if any(t.lemma_.lower() in ("say", "tell", "report") and t.pos_ == "VERB" and any(
                c.dep_ == "nsubj" for c in t.children) and t.i > noun.i for t in noun.sent):
            continue  # "…, her GP says": someone's account
        start = min(owner.i, parenting.i if parenting is not None else noun.i)
        end = max(t.i for t in to.subtree) if to is not None else noun.i
        # the verb of harm before it: "affecting her ability to parent"
        verb = noun.head if noun.dep_ in ("dobj",) else (noun.head.head if noun.dep_ == "pobj" else None)
        if verb is not None and verb.lemma_.lower() in ("affect", "impact", "undermine", "reduce", "impair", "limit",
                                                         "compromise", "damage", "erode", "diminish") and verb.i < start:
            start = verb.i
        span = doc[start:end + 1]
        if _ok(ctx, span):
            found.append(span)
    return found


# --- V6: a parent hurt by her partner blamed for not leaving him -----------------------------
def not_leaving_spans(ctx: Context) -> list:
    return _memo(ctx, "not_leaving", lambda: _not_leaving(ctx))


def _not_leaving(ctx: Context) -> list:
    from .verdicts import _MALE, _is_her_abuser, about_domestic_abuse, hurters

    if ctx.kind != "worry" or not (about_domestic_abuse(ctx) or _sold_sex(ctx)):
        return []
    found = []
    doc = ctx.doc
    hurt_by = hurters(ctx)
    homes = {"flat", "house", "home", "property", "marriage", "relationship"}
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in ("leave", "end", "separate", "split"):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [o for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in ("from", "with", "up")
                    for o in c.children if o.dep_ == "pobj"]
        if not any(_is_her_abuser(ctx, o) or o.lemma_.lower() in homes for o in objects):
            continue
        governor = verb.head if verb.dep_ == "xcomp" else None
        refusing = governor is not None and (governor.lemma_.lower() in ("refuse", "decline") or (
            governor.lemma_.lower() in ("want", "wish", "intend", "plan") and _negated(governor)))
        willnot = _negated(verb) and any(c.dep_ == "aux" and c.lower_ in ("will", "wo", "would", "'ll") for c in verb.children)
        if not (refusing or willnot):
            continue
        head = governor if refusing else verb
        subject = _subject(head)
        if subject is None or subject.lower_ in _MALE or subject.lower_ in hurt_by or not _adultish(ctx, subject) \
                or subject.lower_ in ("they", "we", "i"):
            continue
        start = min([head.i] + [c.i for c in head.children if c.dep_ in ("aux", "neg") and c.i < head.i])
        end = max(max(t.i for t in o.subtree if t.dep_ != "relcl" and t.head.dep_ != "relcl") for o in objects)
        span = doc[start:end + 1]
        if not quoted(span) and not _her_words(ctx, head):
            found.append(span)
    return found


# --- V7: a relative blamed for an adult's harm ("this is enabling his behaviour") -------------
ENABLING = {"enable", "facilitate", "condone", "collude", "fuel", "feed", "indulge"}
HIS_DOINGS = {"behaviour", "behaviours", "behavior", "drinking", "drug", "drugs", "use", "habit", "habits", "addiction",
              "violence", "offending", "gambling", "abuse", "aggression", "anger"}


def enabling_spans(ctx: Context) -> list:
    return _memo(ctx, "enabling", lambda: _enabling(ctx))


def _enabling(ctx: Context) -> list:
    found = []
    doc = ctx.doc
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in ENABLING:
            continue
        thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if lemma == "collude":
            thing = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                          for o in p.children if o.dep_ == "pobj"), None)
            if thing is None or not (_adultish(ctx, thing) or thing.lower_ in ("him", "her", "them")):
                continue
        elif thing is None or thing.lower_ not in HIS_DOINGS or lemma in ("fuel", "feed", "indulge") and not any(
                c.dep_ == "poss" for c in thing.children):
            continue
        else:
            owner = _owner(thing)
            if owner is None:
                continue
            if owner.pos_ == "PRON":
                if pv.is_a_child(ctx, owner):
                    continue
            elif owner.lemma_.lower() in ("son", "daughter", "brother", "sister", "nephew", "grandson") and \
                    _owner(owner) is not None and not _young_one(ctx, _owner(owner)) and _owner(owner).lower_ != "their":
                pass  # "her son's drinking", Nan's grown son
            elif _young_one(ctx, owner) or not (_adultish(ctx, owner) or owner.pos_ == "PROPN" or owner.lemma_.lower() in (
                    "partner", "boyfriend", "husband")):
                continue  # his, Dad's, her son's; a child's behaviour is another matter
        if _negated(verb) or pv._own_account(ctx, verb):
            continue
        span = doc[verb.i:thing.i + 1]
        if _ok(ctx, span, verb):
            found.append(span)
    return found


# --- V8: an adult who sells sex, her acts written as her choice ----------------------------
CHOOSING = {"choose", "decide", "opt", "elect"}
HELP_SEEKING = {"stop", "quit", "leave", "seek", "ask", "tell", "call", "ring", "contact", "attend", "accept", "get",
                "report", "move", "go", "speak", "talk", "end", "give", "disclose", "come"}


def sold_sex_choice_spans(ctx: Context) -> list:
    return _memo(ctx, "sold_choice", lambda: _sold_sex_choice(ctx))


def _sold_sex_choice(ctx: Context) -> list:
    if ctx.kind != "worry" or not _sold_sex(ctx):
        return []
    found = []
    doc = ctx.doc
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in CHOOSING:
            continue
        act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        subject = _clause_subject(verb)
        if act is None or subject is None or not _adultish(ctx, subject) or subject.lower_ in (
                "he", "him", "mr", "dad", "father") or subject.lemma_.lower() in ("man", "punter", "client", "customer", "pimp"):
            continue
        if act.lemma_.lower() in HELP_SEEKING:
            continue  # "has chosen to tell the police", "decided to stop": her steps to safety
        if _negated(verb) or looks_ahead(verb) or pv._own_account(ctx, verb):
            continue
        objects = [c for c in act.children if c.dep_ in ("dobj", "prt")]
        end = max([act.i] + [max(t.i for t in o.subtree) for o in objects if o.i - act.i <= 3])
        start = min([verb.i] + [c.i for c in verb.children if c.dep_ == "aux" and c.i < verb.i])
        span = doc[start:end + 1]
        if _ok(ctx, span, verb):
            found.append(span)
    return found


def _her_words(ctx: Context, verb) -> bool:
    """Under a verb of saying, through the clause it reports ("Mum says she will not leave him"),
    but not across "and"/"but" to a clause of the writer's own ("She says…, but she has made it
    clear she will not leave him")."""
    node = verb
    for _ in range(5):
        if node.head.i == node.i or node.dep_ == "conj":
            return False
        node = node.head
        if node.lemma_.lower() in pv.SPEAKING | {"feel", "think", "believe"} and node.pos_ in ("VERB", "AUX"):
            return True
    return False


def abuse_recast_spans(ctx: Context) -> list:
    """V3, V4, V5, V7, V8: the abuse written as something shared, as a failing in the person
    harmed, or as her own choice."""
    return relationship_spans(ctx) + mutual_spans(ctx) + parent_deficit_spans(ctx) + enabling_spans(ctx) \
        + sold_sex_choice_spans(ctx)


# --- J1: a family or parent judged by how they are with other people ------------------------
STANCES = {"insular", "secretive", "guarded", "uncooperative", "unco-operative", "antagonistic", "obstructive",
           "evasive", "mistrustful", "distrustful", "hostile", "withholding", "cagey", "oppositional",
           "suspicious", "closed", "reclusive", "unapproachable", "standoffish", "aloof", "unreceptive"}
# "suspicious" and "closed" only with whom they are so towards, or "off"
NEED_TOWARDS = {"suspicious", "closed"}
GROUPS = {"family", "families", "household", "parents", "couple", "carers"}


def stance_spans(ctx: Context) -> list:
    return _memo(ctx, "stance", lambda: _stances(ctx))


def _stances(ctx: Context) -> list:
    if ctx.kind != "worry":
        return []
    found = []
    doc = ctx.doc
    for word in ctx.tokens:
        lower = word.lower_
        if lower not in STANCES or word.pos_ not in ("ADJ", "VERB"):
            continue
        towards = next((p for p in word.children if p.dep_ == "prep" and p.lower_ in ("to", "towards", "of", "with", "from")), None)
        off = next((c for c in word.children if c.dep_ == "prt" and c.lower_ == "off"), None)
        if lower in NEED_TOWARDS and towards is None and off is None:
            continue
        if word.dep_ == "amod":
            holder = word.head
            verb = holder.head
        elif word.dep_ in ("acomp", "oprd", "ROOT", "conj") or word.pos_ == "ADJ":
            verb = word.head if word.dep_ in ("acomp", "oprd") else word
            if word.dep_ == "conj":
                verb = word.head.head if word.head.dep_ in ("acomp", "oprd") else word.head
            holder = _clause_subject(verb)
        else:
            continue
        if holder is None or not (_adultish(ctx, holder) or holder.lemma_.lower() in GROUPS):
            continue
        if _the_child(ctx, holder) or _negated(verb) or _negated(word) or looks_ahead(verb):
            continue
        start = min([word.i] + [c.i for c in word.children if c.dep_ == "advmod" and c.i < word.i])
        end = word.i
        if off is not None:
            end = off.i
        if towards is not None:
            end = max(t.i for t in towards.subtree)
        span = doc[start:end + 1]
        if _ok(ctx, span, verb):
            found.append(span)
    return found


# --- J2: an adult's faculty said to be faulty -----------------------------------------------
FACULTIES = {"judgement", "judgment", "insight", "reasoning", "decision-making", "thinking", "self-control",
             "perception", "awareness", "parenting"}
FAULTY = {"impaired", "poor", "limited", "compromised", "clouded", "questionable", "lacking", "flawed",
          "distorted", "skewed", "absent", "minimal", "weak", "low", "diminished", "muddled", "affected",
          "reduced", "inadequate", "deficient", "lacking", "warped", "faulty", "unsound"}


def faculty_spans(ctx: Context) -> list:
    return _memo(ctx, "faculty", lambda: _faculties(ctx))


def _faculty_noun(token):
    if token.lower_ in FACULTIES:
        return True
    # "decision-making" is split: "decision - making"
    return token.lower_ == "making" and token.i >= 2 and token.doc[token.i - 1].text == "-" \
        and token.doc[token.i - 2].lower_ == "decision"


def _faculties(ctx: Context) -> list:
    if ctx.kind != "worry":
        return []
    found = []
    doc = ctx.doc
    for noun in ctx.tokens:
        if not _faculty_noun(noun) or noun.dep_ not in ("nsubj", "nsubjpass") or noun.lower_ == "parenting":
            continue
        verb = noun.head
        fault = None
        if verb.lower_ in FAULTY:
            fault = verb
        else:
            fault = next((c for c in verb.children if c.dep_ in ("acomp", "attr", "oprd") and c.lower_ in FAULTY), None)
        if fault is None or _negated(verb) or looks_ahead(verb):
            continue
        owner = _owner(noun) or (noun.doc[noun.i - 3] if noun.lower_ == "making" and noun.i >= 3 else None)
        if owner is None or owner.dep_ != "poss":
            owner = next((c for c in noun.doc[noun.i - 2].children if c.dep_ == "poss"), None) \
                if noun.lower_ == "making" and noun.i >= 2 else owner
        if owner is None:
            continue
        if owner.pos_ == "PRON":
            if pv.is_a_child(ctx, owner):
                continue
        elif not _adultish(ctx, owner):
            continue
        start = owner.i
        span = doc[start:fault.i + 1]
        if _ok(ctx, span, verb):
            found.append(span)
    return found


# --- J3: an adult said to make light of the worry ------------------------------------------
LIGHTENING = {"minimise", "minimize", "downplay", "trivialise", "trivialize", "underplay"}
PROFESSIONALS = {"school", "nurse", "doctor", "gp", "police", "worker", "team", "staff", "service", "officer",
                 "teacher", "council", "hospital", "midwife", "visitor", "we", "i", "professional", "professionals"}


def lightening_spans(ctx: Context) -> list:
    return _memo(ctx, "lightening", lambda: _lightening(ctx))


def _lightening(ctx: Context) -> list:
    if ctx.kind != "worry":
        return []
    found = []
    doc = ctx.doc
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        played_down = lemma == "play" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
        if verb.pos_ != "VERB" or not (lemma in LIGHTENING or lemma.replace("z", "s") in LIGHTENING or played_down):
            continue
        carried_on = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("continue", "keep", "tend", "seem", "appear")
        if any(c.dep_ == "auxpass" or (c.dep_ == "aux" and c.lower_ == "to" and not carried_on) for c in verb.children):
            continue  # "to minimise the risk": a purpose; "was minimised": a process
        if verb.dep_ in ("xcomp", "advcl") and not carried_on:
            continue
        thing = next((c for c in verb.children if c.dep_ in ("dobj", "ccomp")), None)
        if thing is None:
            continue
        subject = _clause_subject(verb)
        if subject is None or subject.lemma_.lower() in PROFESSIONALS or not _adultish(ctx, subject):
            continue
        if _negated(verb) or looks_ahead(verb):
            continue
        # The verb alone: what she made light of may be a vague word of its own ("the incident").
        down = next((c for c in verb.children if c.dep_ == "prt" and c.lower_ == "down"), None)
        span = doc[verb.i:(down.i if down is not None else verb.i) + 1]
        if _ok(ctx, span, verb):
            found.append(span)
    return found


# --- J4: an adult's "no" to an offer reported bare, as a verdict ("was offered support and declined")
REFUSING = {"decline", "refuse"}
REASONS = {"say", "explain", "tell", "state", "because", "as", "since", "saying", "stating", "explaining"}


def bare_refusal_spans(ctx: Context) -> list:
    return _memo(ctx, "bare_refusal", lambda: _bare_refusals(ctx))


def _bare_refusals(ctx: Context) -> list:
    if ctx.kind != "worry":
        return []
    found = []
    doc = ctx.doc
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in REFUSING:
            continue
        if any(c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass", "auxpass", "attr", "oprd") for c in verb.children):
            continue  # "declined a home visit", "declined to say": what was turned down is named
        if any(c.dep_ == "prep" and c.lower_ not in ("on", "in", "at", "after", "during") for c in verb.children):
            continue
        if any(t.lemma_.lower() in REASONS or t.lower_ in REASONS for c in verb.children
               if c.dep_ in ("advcl", "conj", "npadvmod", "prep") or c.i > verb.i for t in c.subtree):
            continue  # "declined, saying her sister would take her": her reason is there
        subject = _clause_subject(verb)
        if subject is None or not (_adultish(ctx, subject) or subject.lemma_.lower() in GROUPS) or _young_one(ctx, subject):
            continue
        if subject.lemma_.lower() in ("condition", "conditions", "health", "attendance", "weight", "mood"):
            continue
        if _negated(verb) or looks_ahead(verb) or pv._own_account(ctx, verb):
            continue
        span = doc[verb.i:verb.i + 1]
        if _ok(ctx, span, verb):
            found.append(span)
    return found


# --- L1: conduct named by its category -----------------------------------------------------
BEHAVIOURS = {"behaviour", "behaviours", "behavior", "behaviors"}
HARM_KINDS = {"stalking", "harassing", "threatening", "intimidating", "predatory", "bullying", "grooming",
              "menacing", "exploitative", "sexualised", "sexualized", "obsessive", "coercive", "controlling",
              "abusive", "violent", "aggressive", "offending", "criminal", "harassment", "stalker", "domineering",
              "possessive", "jealous", "manipulative", "sexually", "inappropriate", "concerning", "worrying",
              "risky", "risk-taking", "dangerous", "volatile", "erratic", "unpredictable", "hostile", "bizarre"}
OFFENCES = {"offence", "offences", "offense", "offenses", "crime", "crimes", "convictions", "conviction"}
OFFENCE_KINDS = {"violent", "sexual", "drug", "drugs", "drug-related", "weapon", "weapons", "firearm", "firearms",
                 "knife", "public", "domestic", "violence", "sex", "dishonesty", "acquisitive", "serious",
                 "assault", "harassment", "stalking", "arson", "motoring", "robbery", "theft", "burglary",
                 "fraud", "cruelty", "neglect", "indecency", "indecent", "online", "child", "terrorism",
                 "terrorist", "hate", "gang", "gang-related", "alcohol-related", "related"}


def category_conduct_spans(ctx: Context) -> list:
    return _memo(ctx, "category", lambda: _category_conduct(ctx))


def _category_conduct(ctx: Context) -> list:
    from .closed_classes import _names_a_service, _owned_by_child

    found = []
    doc = ctx.doc
    for noun in ctx.tokens:
        lower = noun.lower_
        if noun.pos_ != "NOUN":
            continue
        span = None
        if lower in BEHAVIOURS:
            kinds = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i
                     and c.lower_ in HARM_KINDS and c.lower_ not in ("concerning", "worrying", "risky", "dangerous",
                                                                     "inappropriate", "risk-taking")]
            if not kinds:
                continue
            if _owned_by_child(ctx, noun) or _the_child(ctx, _clause_subject(_governor(noun))):
                continue
            start = min(min(t.i for t in k.subtree) for k in kinds)
            span = doc[start:noun.i + 1]
        elif lower in OFFENCES:
            kinds = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i
                     and (c.lower_ in OFFENCE_KINDS or c.lower_.endswith("-related"))]
            of = next((p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == noun.i + 1), None)
            what = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
            if what is not None and not (what.lower_ in OFFENCE_KINDS or what.lower_ in ("nature", "kind", "type")):
                what = None
            if not kinds and what is None:
                continue
            if lower in ("convictions", "conviction", "crime", "crimes") and not kinds:
                continue
            if _owned_by_child(ctx, noun):
                continue
            start = min([min(t.i for t in k.subtree) for k in kinds] + [noun.i])
            end = max(t.i for t in what.subtree) if what is not None else noun.i
            span = doc[start:end + 1]
        if span is None or quoted(span) or _names_a_service(span):
            continue
        if _ok(ctx, span):
            found.append(span)
    return found


# --- G1: a child's coping stated as fact ----------------------------------------------------
COPING = {"cope", "manage"}
COPING_FORMS = {"cope", "copes", "coped", "coping", "manages", "managed", "managing"}  # the tagger lemmatises "copes" as "cop"
WELL = {"well", "fine", "okay", "ok", "alright", "admirably", "brilliantly", "remarkably", "amazingly"}
UNTOUCHED = {"unaffected", "unfazed", "unbothered", "untroubled", "resilient", "unscathed", "unharmed"}


def coping_spans(ctx: Context) -> list:
    return _memo(ctx, "coping", lambda: _coping(ctx))


def _coping(ctx: Context) -> list:
    from .closed_classes import _said_by_someone

    if ctx.kind != "worry":
        return []
    found = []
    doc = ctx.doc
    for word in ctx.tokens:
        lemma = word.lemma_.lower()
        if (lemma in COPING or word.lower_ in COPING_FORMS) and word.pos_ == "VERB" or (
                word.lower_ in ("copes", "coped") and word.dep_ == "conj"):  # "is a sensible lad and copes well"
            well = next((c for c in word.children if c.dep_ in ("advmod", "dobj", "acomp", "oprd") and c.lower_ in WELL), None)
            if well is None and word.pos_ != "VERB" and word.i + 1 < len(doc) and doc[word.i + 1].lower_ in WELL:
                well = doc[word.i + 1]
            if well is None or any(c.dep_ == "dobj" and c.i != well.i for c in word.children):
                continue
            verb = word
            span = doc[word.i:well.i + 1] if well.i > word.i else doc[well.i:word.i + 1]
        elif word.lower_ in UNTOUCHED and word.dep_ in ("acomp", "oprd"):
            verb = word.head
            span = doc[word.i:word.i + 1]
        else:
            continue
        if _negated(verb) or _negated(word) or looks_ahead(verb):
            continue
        if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "might", "may", "can", "should")
               for c in verb.children):
            continue
        if not _the_child(ctx, _clause_subject(verb)):
            continue
        if _said_by_someone(ctx, verb) or pv._own_account(ctx, verb):
            continue
        if any(t.lower_ in ("if", "unless") for t in verb.sent):
            continue
        if _ok(ctx, span, verb):
            found.append(span)
    return found


__all__ = ["child_attitude_spans", "child_answerable_spans", "abuse_recast_spans", "not_leaving_spans",
           "stance_spans", "faculty_spans", "lightening_spans", "category_conduct_spans", "coping_spans",
           "analysis"]
