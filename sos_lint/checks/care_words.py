"""Evaluative words about care and conditions with nothing seen, read on the parse (round 9, class
W3): "supervision is inadequate", "has deteriorated", "reduce the risk", "a consistent bedtime
routine", "attends school regularly" as the goal."""
from __future__ import annotations

from .base import Context
from .lexicon import looks_ahead
from . import words19
from .word_context import quoted

# What is judged: the care a child gets, or the state of the home.
_CARE = {"supervision", "care", "parenting", "hygiene", "condition", "conditions", "home", "environment", "routine",
         "routines", "boundaries", "diet", "presentation", "attendance", "standard", "standards", "state", "house",
         "flat", "cleanliness", "nutrition", "supervising", "provision", "stimulation", "clothing", "housing"}
# The verdict on it: says it is bad, not what was seen.
_VERDICTS = {"inadequate", "poor", "inappropriate", "unsuitable", "insufficient", "unacceptable", "substandard",
             "lacking", "limited", "inconsistent", "variable", "chaotic", "concerning", "deficient", "unsafe",
             "unhygienic", "minimal", "sporadic", "erratic"}
_WORSENING = {"deteriorate", "decline", "worsen", "slip", "regress", "dip", "drop", "slide", "fall"}
_RISKS = {"risk", "risks", "harm", "danger", "dangers", "concern", "concerns", "worry", "worries", "vulnerability"}
_LOWERING = {"reduce", "lower", "minimise", "minimize", "mitigate", "decrease", "lessen", "manage", "limit"}
_SCHOOLING = {"school", "nursery", "college", "education"}
_HOW_OFTEN = {"regularly", "consistently", "reliably", "fully", "appropriately", "well", "properly"}
# What makes a routine a verdict rather than a routine: "a consistent bedtime routine".
_GOOD = {"consistent", "stable", "appropriate", "good", "proper", "regular", "structured", "adequate", "suitable",
         "clear", "firm", "healthy", "positive", "predictable", "settled", "better", "age-appropriate"}
_ATTENDANCE_GOOD = {"improved", "excellent", "acceptable", "satisfactory", "high", "full"}
_RULE_NOUNS = {"routine", "routines", "structure", "boundaries", "care", "parenting", "supervision", "diet"}


def _spelled_out(token) -> bool:
    """A list or a colon after the words ("a routine of bath, story and bed", "routine: tea at 5")."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.text in (":", "–", "—"):
        return True
    return any(c.dep_ in ("prep", "acl", "relcl") and (c.lower_ == "of" or c.dep_ != "prep") for c in token.children) \
        or any(t.is_digit or t.like_num for t in token.subtree)


def judges_care(subject, word) -> bool:
    """Is this a verdict on care or the home ("supervision is inadequate"), not on a person?"""
    return (subject.lemma_.lower() in _CARE or subject.lower_ in _CARE) and word.lower_ in _VERDICTS


def care_verdict_spans(ctx: Context) -> list:
    """"Dad's supervision of Ava is inadequate", "home conditions are poor": a verdict on care,
    said as a fact nobody saw."""
    found = []
    for word in ctx.tokens:
        if word.lower_ not in _VERDICTS or word.dep_ not in ("acomp", "attr") or word.head.lemma_.lower() not in (
                "be", "remain", "become", "seem", "appear"):
            continue
        verb = word.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if looks_ahead(verb):
            continue  # "the house could become unsafe": a worry's future
        if subject is None or subject.lemma_.lower() not in _CARE and subject.lower_ not in _CARE:
            continue
        if any(c.dep_ == "neg" for c in verb.children) or _spelled_out(word):
            continue
        start = min(t.i for t in subject.subtree)
        while ctx.doc[start].dep_ == "poss" or ctx.doc[start].dep_ == "case" or ctx.doc[start].pos_ == "PROPN":
            start += 1  # "Dad's supervision": the name is never the fault
        span = ctx.doc[start:word.i + 1]
        if not quoted(span):
            found.append(span)
    return found


# Round 39 (r39c): the state of a home told in one word ("the property was cluttered", "the flat is
# dirty and messy"), or a smell with nothing of what ("there was a strong smell", "an odour").
_HOMES = {"home", "house", "flat", "property", "accommodation", "room", "rooms", "bedroom", "bedrooms", "kitchen",
          "bathroom", "toilet", "lounge", "hallway", "garden", "caravan", "bungalow", "maisonette", "premises",
          "environment", "place"}
_MESS = {"cluttered", "dirty", "messy", "untidy", "unclean", "filthy", "squalid", "grubby", "smelly", "unkempt",
         "disorganised", "disorganized", "neglected", "dishevelled", "cramped", "overcrowded", "unhygienic", "chaotic"}
_SMELLS = {"smell", "odour", "odor", "stench", "whiff", "stink", "aroma"}


def _says_what_mess(word) -> bool:
    """Words after the state that say what it was: "cluttered with bin bags", "dirty, with dog mess on
    the floor", "cluttered from floor to ceiling", "messy: clothes and food on every surface"."""
    if any(c.dep_ == "prep" and c.lower_ in ("with", "from", "to", "up", "because") for c in word.children):
        return True
    doc = word.doc
    after = [t for t in doc[word.i + 1:min(word.sent.end, word.i + 3)]]
    return any(t.text in (":", "(", "–", "—") or t.lower_ in ("with", "such", "including") for t in after[:2])


def home_mess_spans(ctx: Context) -> list:
    """"The property was cluttered", "the flat is dirty and smelly", "there was a strong smell", "an
    odour in the kitchen": a summary of how a home looked or smelled, with nothing of what was seen
    (what was on the floor, what the smell was of). Left alone: the words go on to say it ("cluttered
    with bin bags to the ceiling", "a smell of cannabis", "smelled of urine"), a thing that is dirty
    ("her uniform is dirty": the thing named says what), what could happen or a goal's hope
    ("the house could get dirty again", "the home will not be cluttered"), a change told as the
    worry's story ("when Mum gives up trying, the house becomes very dirty": the seed's own words), a
    person's own words."""
    found = []
    if ctx.kind != "worry":
        return found
    for word in ctx.tokens:
        lower = word.lower_
        if lower in _MESS and word.dep_ in ("acomp", "attr") and word.pos_ in ("ADJ", "VERB"):
            verb = word.head
            if verb.lemma_.lower() not in ("be", "remain", "seem", "appear", "look"):
                continue  # "when Mum gives up, the house becomes very dirty": a change told as the worry's story
            # "the property being cluttered": the parser may hang the noun on "being" as a compound
            deps = ("nsubj", "nsubjpass") + (("compound",) if verb.lower_ == "being" else ())
            subject = next((c for c in verb.children if c.dep_ in deps), None)
            if subject is None or subject.lemma_.lower() not in _HOMES and subject.lower_ not in _HOMES:
                continue
            if looks_ahead(verb) or any(c.dep_ == "neg" for c in verb.children):
                continue
            if any(c.dep_ == "advcl" and any(m.lower_ in ("because", "as", "since") for m in c.children if m.dep_ == "mark")
                   for w in (verb, word) for c in w.children):
                continue  # "cluttered because Mum is packing to move": the reason is told (round 16b's near miss)
            last = word  # "cluttered and dirty", "dirty and smelly": the joined states with it
            while True:
                nxt = next((c for c in last.children if c.dep_ == "conj" and c.lower_ in _MESS), None)
                if nxt is None:
                    break
                last = nxt
            if any(_says_what_mess(t) for t in (word, last)):
                continue
            span = word.doc[word.i:last.i + 1]
        elif lower in _SMELLS and word.pos_ in ("NOUN", "ADJ", "PROPN"):  # the parser may tag "an odour" ADJ
            if any(c.dep_ == "prep" and c.lower_ in ("of", "from", "like") for c in word.children):
                continue  # "a smell of cannabis", "a smell from the bins"
            if any(c.dep_ in ("compound", "poss") for c in word.children) or word.dep_ in ("pobj",) \
                    and word.head.lower_ in ("about", "of"):
                continue  # "a cannabis smell", "teased about the smell"
            det = next((c for c in word.children if c.dep_ == "det"), None)
            if det is None or det.lower_ not in ("a", "an"):
                continue  # "the smell" points back at something said
            verb = word.head
            if looks_ahead(verb) or _says_what_mess(word):
                continue
            mods = [c.i for c in word.children if c.dep_ == "amod"]
            span = word.doc[min([det.i] + mods):word.i + 1]
        else:
            continue
        if not quoted(span):
            found.append(span)
    return found


def decline_spans(ctx: Context) -> list:
    """"Mum's care of the baby has deteriorated", "home conditions have declined": a change said,
    nothing seen. Not a person's fall ("Ava fell"), a worry's future ("could deteriorate") nor a
    drop with a figure ("attendance has dropped to 60%")."""
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in _WORSENING or verb.pos_ != "VERB" or looks_ahead(verb):
            continue
        if any(c.dep_ in ("dobj", "neg", "xcomp", "ccomp") for c in verb.children) or _spelled_out(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ in ("PROPN", "PRON") or subject.lemma_.lower() not in _CARE | {
                "health", "mood", "behaviour", "situation", "relationship", "engagement", "wellbeing", "things"}:
            continue
        start = min([c.i for c in verb.children if c.dep_ == "aux" and c.i < verb.i] + [verb.i])
        span = ctx.doc[start:verb.i + 1]
        if not quoted(span):
            found.append(span)
    return found


def risk_reduced_spans(ctx: Context) -> list:
    """"Reduce the risk to Leo", "in order to reduce risk", "minimise the concerns": lowering a
    risk, which nobody can see. What the adult will do is missing."""
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in _LOWERING:
            continue
        if verb.pos_ != "VERB":
            # "… and minimise risks", with the verb read as a noun on the risk word (round 9b)
            after = ctx.doc[verb.i + 1] if verb.i + 1 < len(ctx.doc) else None
            if after is not None and after.lower_ in _RISKS and after.pos_ == "NOUN" \
                    and verb.i and verb.doc[verb.i - 1].lower_ in ("and", "to", "will", "or", "also"):
                span = ctx.doc[verb.i:after.i + 1]
                if not quoted(span):
                    found.append(span)
            continue
        thing = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _RISKS), None)
        if thing is None or any(c.dep_ == "prep" and c.lower_ == "by" for c in verb.children):
            continue  # "reduce the risk by staying at Nan's" says how
        end = max([thing.i] + [t.i for c in thing.children if c.dep_ == "prep" for t in c.subtree])
        span = ctx.doc[verb.i:end + 1]
        if not quoted(span):
            found.append(span)
    return found


def regular_attendance_spans(ctx: Context) -> list:
    """A goal's "Toby attends school regularly", "will attend nursery consistently": going to
    school, with no time, day or who takes the child. "In school by 8.50 every day" says it."""
    if ctx.kind != "goal":
        return []
    found = []
    for noun in ctx.tokens:
        # Round 9b: "ensure Bilal's school attendance is consistent", "her attendance will be
        # good": a good word on attendance, with no time, day or who takes the child.
        if noun.lemma_.lower() != "attendance" or noun.dep_ not in ("nsubj", "nsubjpass") \
                or noun.head.lemma_.lower() not in ("be", "remain", "become", "stay"):
            continue
        good = next((c for c in noun.head.children if c.dep_ in ("acomp", "attr")
                     and (c.lower_ in _GOOD | _ATTENDANCE_GOOD)), None)
        if good is not None and not any(t.like_num for t in noun.head.subtree):
            span = ctx.doc[min(t.i for t in noun.subtree):good.i + 1]
            if not quoted(span):
                found.append(span)
    for verb in ctx.tokens:
        if verb.lemma_.lower() != "attend" or verb.pos_ != "VERB":
            continue
        place = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _SCHOOLING), None)
        often = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in _HOW_OFTEN), None)
        if often is None:
            continue
        # Round 11: from the place on ("school regularly"): "Holly attends" is the child's name and
        # the family's own word, not the vague part.
        start = min(often.i, place.i) if place is not None else often.i
        span = ctx.doc[start:max(often.i, place.i if place is not None else often.i) + 1]
        if not quoted(span):
            found.append(span)
    return found


# Round 9b: a good word on the adult a child needs, with nothing of what they will do: "a
# consistent adult", "a stable carer", "a reliable figure".
_CARER_NOUNS = {"adult", "adults", "carer", "carers", "caregiver", "caregivers", "figure", "presence"}
# "A trusted adult" and "a safe adult" are the plain words good plans use, and are left alone.
_CARER_GOOD = {"consistent", "stable", "reliable", "protective", "appropriate", "suitable", "positive",
               "nurturing", "dependable", "responsible"}


def good_carer_spans(ctx: Context) -> list:
    """"Keira needs a consistent adult", "a stable carer", "a protective adult": a good word on a
    person nobody names or sees doing anything. "A safe adult who collects her at 3.15" (said)
    and "Nan, a trusted adult," (named) are left alone."""
    found = []
    for noun in ctx.tokens:
        if noun.lower_ not in _CARER_NOUNS or noun.pos_ != "NOUN" or _spelled_out(noun):
            continue
        good = [c for c in noun.children if c.dep_ == "amod" and c.lower_ in _CARER_GOOD]
        partners = ([noun.head] if noun.dep_ == "conj" else []) + [c for c in noun.children if c.dep_ == "conj"]
        if not good or noun.dep_ == "appos" or any(c.dep_ == "appos" for c in noun.children) or any(
                p.pos_ in ("PRON", "PROPN") for p in partners):
            continue  # "Nan, a consistent adult,"; "you or another reliable adult": someone is named
        span = ctx.doc[min(c.i for c in good):noun.i + 1]
        if not quoted(span):
            found.append(span)
    return found


def routine_verdict_spans(ctx: Context) -> list:
    """"A consistent bedtime routine", "stable care", "appropriate boundaries": a good word on a
    routine that is never said. "A bedtime routine of bath, story and lights out at 7.30" and
    "the same routine each night: tea at 5 …" say it."""
    found = []
    for noun in ctx.tokens:
        if noun.lower_ not in _RULE_NOUNS or noun.pos_ != "NOUN" or _spelled_out(noun) or noun.text[:1].isupper():
            continue
        good = [c for c in noun.children if c.dep_ == "amod" and c.lower_ in _GOOD]
        if not good:
            continue
        span = ctx.doc[min(c.i for c in good):noun.i + 1]
        if not quoted(span):
            found.append(span)
    return found


# Round 9b: an effect on a child named and not said: "how they are affecting Maryam", "Dad's
# drinking is affecting Kai", "this impacts on the children".
_EFFECTING = {"affect", "impact", "effect"}


def bare_effect_spans(ctx: Context, is_a_child) -> list:
    """"How they are affecting Maryam", "it is impacting on the boys": an effect on the child
    with nothing of what it is. "Affecting Kai's sleep", "affects Kai: he wets the bed" and
    "affects Kai because he cannot sleep" say it."""
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in _EFFECTING or verb.pos_ != "VERB" or looks_ahead(verb):
            continue
        child = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if child is None:
            child = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "upon")
                          for o in p.children if o.dep_ == "pobj"), None)
        if child is None or not is_a_child(child) or any(c.dep_ == "poss" for c in child.children):
            continue
        after = ctx.doc[child.right_edge.i + 1] if child.right_edge.i + 1 < len(ctx.doc) else None
        if (after is not None and after.text in (":", "–", "—", "(")) or any(
                c.dep_ in ("advcl", "prep", "xcomp", "ccomp") and c.i > child.i for c in verb.children):
            continue  # "affects Kai: he wets the bed", "affects Kai because he cannot sleep"
        start = min([c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i] + [verb.i])
        span = ctx.doc[start:child.right_edge.i + 1]
        if not quoted(span):
            found.append(span)
    taken = {t.i for span in found for t in span}
    # Round 19 (words19): "the children are impacted by …", a passive effect with nothing said of it.
    return found + [span for span in words19.impacted_spans(ctx) if not taken & {t.i for t in span}]
