"""Jargon read from the shape of a word, not from a list (SOS101, round 12, wordsb12).

- Record shorthand: a case note's colon word ("re:", "Hx:"), a letter-slash-letter abbreviation
  ("w/c", "h/v", "s/w", "i/v"), and a pregnancy written as weeks over 40 ("34/40", "28+3/40") in a
  statement about a pregnancy or a baby.
- Professional compounds: "multi-" / "inter-" / "cross-" + a service word ("multi-disciplinary",
  "inter-agency", "multiprofessional"), and a noun + "-led" / "-based" / "-focused" / "-informed"
  / "-centred" / "-driven" used as a description ("family-led plan", "needs-based help").
- "the Reporter": the Scottish Children's Reporter, written with a capital and "the".
"""
from __future__ import annotations

import re

from .base import Context
from .word_context import quoted

# Colon words of a case note: "re:" (about), "Hx:" (history), "Dx:" (diagnosis), "Obs:".
_COLON_WORDS = re.compile(r"(?<![\w/])(re|hx|dx|tx|rx|sx|obs|ref)\s?:(?=\s*\S)", re.I)
# One or two letters, a slash, one or two letters: "w/c", "h/v", "s/w", "i/v", "o/s", "f/u", "c/o".
_SLASH_SHORT = re.compile(r"(?<![\w/])([a-z]{1,2})/([a-z]{1,2})(?![\w/])", re.I)
_SLASH_FINE = {"and/or", "he/she", "s/he", "his/her", "him/her", "a/b", "am/pm", "km/h", "n/a"}
# Weeks of pregnancy over forty: "34/40", "28+3/40".
_GESTATION = re.compile(r"(?<![\w/])([1-4]?\d)(\+[0-6])?/40(?![\w/])")
_PREGNANCY_WORDS = {"pregnant", "pregnancy", "unborn", "antenatal", "midwife", "midwives", "maternity", "gestation",
                    "baby", "birth", "born", "due", "scan", "booking", "newborn", "foetus", "fetus", "labour",
                    "obstetric", "obstetrician", "delivery", "weeks", "trimester"}
_NOT_PREGNANCY = {"score", "scored", "scores", "test", "tests", "quiz", "marks", "mark", "exam", "spelling", "out",
                  "rate", "rated", "rating", "point", "points", "question", "questions", "correct", "sdq"}

# Round 13: a clinician's shorthand as a word ("a hx of overdoses", "no dx yet"), and a statute's
# section written "s" + number ("the s188 duty", "an s31 application"); a postcode ("S1 4AB") is not.
_CLINICAL_SHORT = re.compile(r"(?<![\w/'’-])(hx|dx|tx|sx|fx|mx|pmhx)(?![\w/'’-])", re.I)
_CLINICAL_PLAIN = {"hx": "history", "dx": "diagnosis", "tx": "treatment", "sx": "symptoms", "fx": "fracture",
                   "mx": "management", "pmhx": "past health problems"}
_SECTION = re.compile(r"(?<![\w/'’-])[sS]\.?(\d{1,3}[A-Z]?)(?![\w/'’-])(?!\s\d[A-Za-z]{2}\b)")
# Capitalised names of a council's way in for referrals ("received via Gateway", "through the
# Front Door"): only where the sentence is about a referral.
_DOORS = re.compile(r"(?<!^)(?<![.!?]\s)\b(Gateway|Front Door|First Response|Single Point of Access|Duty Desk)\b")
_REFERRING = {"referral", "referrals", "refer", "referred", "referring", "received", "contact", "contacts", "via",
              "through", "passed", "sent", "screened", "triaged"}

_PREFIXES = ("multi", "inter", "cross", "trans")
_SERVICE_ROOTS = {"agency", "agencies", "disciplinary", "professional", "professionals", "organisational",
                  "organizational", "service", "services", "team", "partner", "partnership", "sector"}
_SUFFIXES = {"led", "based", "focused", "focussed", "informed", "centred", "centered", "driven", "orientated",
             "oriented"}


def _span(ctx: Context, start: int, end: int):
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or quoted(span):
        return None
    return span


def shorthand_spans(ctx: Context) -> list:
    """(span, what it is, what to write) for each piece of record shorthand."""
    found = []
    text = ctx.text
    for match in _COLON_WORDS.finditer(text):
        before = text[:match.start()].rstrip()
        if match.group(1).lower() != "re" and before and before[-1] not in ".;:\n":
            continue  # "Hx:" starts a note; "the obs: …" mid-sentence is rare and left alone
        span = _span(ctx, match.start(), match.end())
        if span is not None:
            found.append((match.start(), match.end(), "is a case note's shorthand", "about"
                          if match.group(1).lower() == "re" else ""))
    for match in _SLASH_SHORT.finditer(text):
        if match.group(0).lower() in _SLASH_FINE:
            continue
        if _span(ctx, match.start(), match.end()) is not None:
            found.append((match.start(), match.end(), "is a case note's shorthand", ""))
    for match in _CLINICAL_SHORT.finditer(text):
        if match.group(0).isupper() and len(match.group(0)) == 2 and match.group(0).lower() == "fx":
            continue  # "FX" may be a channel or a brand
        if _span(ctx, match.start(), match.end()) is not None:
            found.append((match.start(), match.end(), "is a clinician's shorthand",
                          _CLINICAL_PLAIN[match.group(1).lower()]))
    for match in _SECTION.finditer(text):
        if _span(ctx, match.start(), match.end()) is not None:
            found.append((match.start(), match.end(), "is the number of a section of the law",
                          ""))
    for match in _DOORS.finditer(text):
        span = _span(ctx, match.start(), match.end())
        if span is None or not {t.lower_ for t in span.sent} & _REFERRING:
            continue
        found.append((match.start(), match.end(), "is the name of a council's referral team",
                      "the council's children's services"))
    for match in _GESTATION.finditer(text):
        span = _span(ctx, match.start(), match.end())
        if span is None:
            continue
        words = {t.lower_ for t in span.sent} | {t.lemma_.lower() for t in span.sent}
        if words & _NOT_PREGNANCY:
            continue  # "scored 34/40 in his spelling test"
        pregnancy = any(t.lower_ in _PREGNANCY_WORDS or t.lemma_.lower() in _PREGNANCY_WORDS for t in ctx.tokens)
        said_of_someone = span.root.dep_ in ("attr", "acomp") or span.root.head.lower_ in ("at", "by")
        if not (pregnancy or said_of_someone):
            continue  # "Ms Tait is 34/40", "at 28/40": a woman's weeks of pregnancy
        weeks, days = match.group(1), (match.group(2) or "").lstrip("+")
        gestation = f"{weeks} weeks and {days} day{'s' if days != '1' else ''}" if days and days != "0" else f"{weeks} weeks"
        # Round 41 (review41m M#6): a baby's gestation at birth ("born 36+2/40") is not "pregnant", and
        # the days after the "+" are kept.
        before = [t for t in ctx.doc[max(span.sent.start, span.start - 3):span.start]]
        if any(t.lemma_.lower() in ("bear", "born", "deliver", "birth") or t.lower_ in ("born", "delivered")
               for t in before):
            plain = gestation if before and before[-1].lower_ in ("at", "by") else f"at {gestation}"
        else:
            plain = f"{gestation} pregnant"
        found.append((match.start(), match.end(), "is a midwife's shorthand for weeks of pregnancy", plain))
    found += _did_not_attend(ctx)
    found += _booking(ctx)
    return found


_BOOKING_PREPS = {"at", "since", "after", "before", "from", "by", "until", "till"}


def _booking(ctx: Context) -> list:
    """Round 41 (review41m M#6): "booking" as the midwife's first appointment, said on its own ("did not
    disclose her drinking at booking", "since booking", "at her booking"), in a statement about a
    pregnancy. "booking a taxi" (a verb with its object) and "the booking appointment" (the word
    list's) are not read here."""
    found = []
    for token in ctx.tokens:
        if token.lower_ != "booking":
            continue
        after = ctx.doc[token.i + 1] if token.i + 1 < len(ctx.doc) else None
        if (after is not None and after.is_lower and after.pos_ in ("NOUN", "DET", "PRON", "NUM")) \
                or any(c.dep_ == "dobj" for c in token.children):
            continue  # "booking appointment" (the word list's), "booking a taxi"
        before = ctx.doc[token.i - 1] if token.i else None
        if not ((token.dep_ == "pobj" and token.head.lower_ in _BOOKING_PREPS)
                or (before is not None and before.lower_ in _BOOKING_PREPS)):
            continue  # (a dash after it can tangle the parse: "disclosed at booking - FOB Jack …")
        if not any(t.i != token.i and (t.lower_ in _PREGNANCY_WORDS or t.lemma_.lower() in _PREGNANCY_WORDS
                                       or _GESTATION.search(t.text)) for t in ctx.tokens):
            continue  # "the cinema was full at booking"
        span = ctx.doc[token.i:token.i + 1]
        if not quoted(span):
            owned = any(c.dep_ in ("det", "poss") for c in token.children)  # "at her booking"
            found.append((span.start_char, span.end_char, "is a midwife's word for the first pregnancy appointment",
                          "first appointment with the midwife" if owned else "the first appointment with the midwife"))
    return found


# Round 41 (review41m M#6): "DNA" as a record's "did not attend" ("DNA x2 appointments", "Mum DNA her
# booking appointment", "was DNA for the clinic"), not the genetic code ("a DNA test", "DNA samples").
# The acronym list lets "DNA" pass as a word everyone knows; in this sense a family may read a
# paternity test into it.
_ATTENDED_THINGS = {"appointment", "appointments", "appt", "appts", "session", "sessions", "scan", "scans", "clinic",
                    "clinics", "booking", "visit", "visits", "meeting", "meetings", "review", "reviews", "class",
                    "classes", "group", "groups", "twice", "x1", "x2", "x3", "x4", "x5", "x6", "once", "again"}
_GENETIC = {"test", "tests", "testing", "tested", "sample", "samples", "swab", "swabs", "result", "results", "profile",
            "evidence", "match", "matched", "analysis", "paternity", "sequence", "strand", "genetic", "forensic"}


def _did_not_attend(ctx: Context) -> list:
    found = []
    for token in ctx.tokens:
        if token.text not in ("DNA", "DNAs", "DNA’d"):
            continue
        sentence = ctx.doc[token.sent.start:token.sent.end]
        if any(t.lower_ in _GENETIC for t in sentence):
            continue  # "a DNA test showed Mr Lee is the father"
        after = ctx.doc[token.i + 1:min(token.i + 5, token.sent.end)]
        if not any(t.lower_ in _ATTENDED_THINGS or (t.lower_.startswith("x") and t.lower_[1:].isdigit()) for t in after):
            continue
        if token.i + 1 < len(ctx.doc) and ctx.doc[token.i + 1].text in ("'", "’"):
            continue  # "DNA'd": the word list's entry
        span = ctx.doc[token.i:token.i + 1]
        if not quoted(span):
            found.append((span.start_char, span.end_char, "is a record's shorthand for \"did not attend\"",
                          "did not go to"))
    return found


def compound_spans(ctx: Context) -> list:
    """"multi-disciplinary", "inter-agency", "multiprofessional", "family-led", "needs-based"."""
    found = []
    doc = ctx.doc
    for token in ctx.tokens:
        lower = token.lower_
        if lower.startswith(_PREFIXES):
            prefix = next(p for p in _PREFIXES if lower.startswith(p))
            rest = lower[len(prefix):].lstrip("-")
            start = end = token.i
            if not rest and token.i + 2 < len(doc) and doc[token.i + 1].text == "-":
                rest, end = doc[token.i + 2].lower_, token.i + 2  # "inter - agency" as three tokens
            if rest not in _SERVICE_ROOTS:
                continue
            span = doc[start:end + 1]
        elif lower in _SUFFIXES and token.i >= 2 and doc[token.i - 1].text == "-" \
                and doc[token.i - 1].whitespace_ == "" and doc[token.i - 2].whitespace_ == "" \
                and doc[token.i - 2].is_alpha and not doc[token.i - 2].like_num:
            if token.dep_ not in ("amod", "compound", "acomp") and token.head.pos_ not in ("NOUN", "PROPN"):
                continue  # a description of a plan, help or service, not "Nan led Leo home"
            span = doc[token.i - 2:token.i + 1]
        else:
            continue
        if not quoted(span):
            found.append(span)
    return found


def reporter_spans(ctx: Context) -> list:
    """"referred to the Reporter", "the Children's Reporter": Scotland's official, with a capital.
    "A reporter from the local paper" is no official."""
    found = []
    for token in ctx.tokens:
        if token.text != "Reporter" or token.i == token.sent.start:
            continue
        before = ctx.doc[token.i - 1]
        if before.lower_ not in ("the", "'s", "children", "children's") and before.text != "’s":
            continue
        if not _sent_to(token):
            continue  # round 13: "appointments with her drug worker and the Reporter" names a job, as
            # "the social worker" does; a case "referred to the Reporter" is the hearings process
        start = token.i - 1 if before.lower_ == "the" else token.i
        if before.lower_ in ("'s", "’s") and token.i >= 2:
            start = token.i - 2
        span = ctx.doc[start:token.i + 1]
        if not quoted(span):
            found.append(span)
    return found


_SENDING = {"refer", "send", "pass", "report", "forward", "notify", "submit", "make", "go", "escalate"}


def _sent_to(token) -> bool:
    """The Reporter as where a case or referral goes: "referred to the Reporter", "a referral to the
    Reporter", "Kai's case went to the Reporter"."""
    head = token.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "to the police and the Reporter"
    if head.lower_ != "to" or head.dep_ not in ("prep", "dative"):
        return False
    above = head.head
    return above.lemma_.lower() in _SENDING or above.lemma_.lower() in ("referral", "report", "notification")


_ORDERS = {"order", "plan", "notice", "condition", "conditions", "licence", "license", "requirement", "injunction",
           "sentence", "bail", "supervision", "proceedings", "investigation", "caution", "section", "agreement",
           "assessment", "protocol", "restriction", "restrictions", "curfew", "tag", "review"}


def subject_to_spans(ctx: Context) -> list:
    """"is currently subject to a Referral Order", "remains subject to bail conditions": a person
    "subject to" an order or plan, in a court's words. "Subject to change" is not about a person."""
    found = []
    for word in ctx.tokens:
        if word.lower_ != "subject" or word.pos_ not in ("ADJ", "NOUN"):
            continue
        to = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        thing = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if thing is None or (thing.lemma_.lower() not in _ORDERS and thing.lower_ not in _ORDERS):
            continue
        span = ctx.doc[word.i:to.i + 1]
        if not quoted(span):
            found.append(span)
    return found


# Round 14 (words14b): a service called by its rung on a ladder of services ("the tier 2 weight
# service", "Tier 3 CAMHS", "a Tier 4 bed", "level 3 support", "the threshold for level 4"): a
# number only professionals can read. "Tier" + a number is always a service tier in a case record;
# "level" + a number only where it names support, need or a threshold ("level 3 of the car park",
# "a Level 3 plumbing course" and "level 2 swimming" are levels anyone can read).
_RUNG_NUMBERS = {"1", "2", "3", "4", "5", "one", "two", "three", "four", "five", "i", "ii", "iii", "iv", "v",
                 "1a", "2a", "3a", "3b", "4a"}
_LADDER_NOUNS = {"support", "supports", "service", "services", "need", "needs", "intervention", "interventions",
                 "threshold", "thresholds", "help", "case", "cases", "referral", "referrals", "assessment",
                 "team", "nominal", "nominals", "offender", "offenders", "risk", "concern", "concerns", "plan",
                 "category", "management", "response", "provision", "camhs", "input", "involvement"}
_LADDER_SENTENCE = {"threshold", "thresholds", "stepped", "step", "escalated", "escalate", "de-escalated",
                    "mappa", "continuum", "early", "camhs", "safeguarding"}


def tier_spans(ctx: Context) -> list:
    found = []
    doc = ctx.doc
    for token in ctx.tokens:
        lower = token.lower_
        if lower not in ("tier", "level") or token.i + 1 >= len(doc):
            continue
        number = doc[token.i + 1]
        if number.lower_ not in _RUNG_NUMBERS:
            continue
        if lower == "level":
            after = doc[number.i + 1] if number.i + 1 < len(doc) else None
            sentence = {t.lower_ for t in token.sent}
            if not ((after is not None and after.lower_ in _LADDER_NOUNS)
                    or (token.i > 0 and doc[token.i - 1].lower_ in ("mappa", "threshold"))
                    or sentence & _LADDER_SENTENCE and not (sentence & {"course", "diploma", "qualification",
                                                                         "nvq", "btec", "exam", "badge", "grade"})):
                continue
        span = doc[token.i:number.i + 1]
        if not quoted(span):
            found.append(span)
    return found


# Round 14 (words14b): what a child does told in a record's verb: "displays challenging
# behaviour", "exhibited signs of distress", "is displaying sexualised behaviours". "Mum will
# display Leo's drawings" shows a thing, and is left alone.
_SHOWING = {"display", "exhibit"}
_SHOWN_STATES = {"behaviour", "behaviours", "behavior", "behaviors", "sign", "signs", "symptom", "symptoms",
                 "trait", "traits", "indicator", "indicators", "characteristic", "characteristics", "anxiety",
                 "distress", "aggression", "emotion", "emotions", "feeling", "feelings", "tendency", "tendencies",
                 "pattern", "patterns", "difficulty", "difficulties", "vulnerability", "vulnerabilities", "need",
                 "needs", "behaviour(s)", "attachment", "presentation", "hostility", "anger", "fear", "resilience"}


def displayed_spans(ctx: Context) -> list:
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in _SHOWING or verb.pos_ != "VERB":
            continue
        thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if thing is None:  # "displays challenging behaviour", parsed as "challenging" taking "behaviour"
            thing = next((g for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"
                          for g in c.children if g.dep_ == "dobj"), None)
        if thing is None or (thing.lower_ not in _SHOWN_STATES and thing.lemma_.lower() not in _SHOWN_STATES):
            continue
        span = ctx.doc[verb.i:verb.i + 1]
        if not quoted(span):
            found.append(span)
    return found


# Round 14 (words14b): a place named by what it provides: "an alternative provision", "no
# educational provision", "a short break provision", "attend the provision". The word alone is
# reported, so a plain name beside it ("short break") stays clean; "provisions" for a trip and "the
# provision of meals" are left alone.
_PROVISION_VERBS = {"attend", "access", "go", "place", "offer", "find", "need", "start", "secure", "identify",
                    "have", "move", "return", "refer", "commission", "arrange"}


def provision_spans(ctx: Context) -> list:
    found = []
    for noun in ctx.tokens:
        if noun.lower_ != "provision" or noun.tag_ != "NN":
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            continue  # "the provision of meals": a giving, not a place
        described = any(c.dep_ in ("amod", "compound") for c in noun.children)
        verb = noun.head
        if verb.dep_ == "prep" or verb.pos_ == "ADP":
            verb = verb.head
        if not described and verb.lemma_.lower() not in _PROVISION_VERBS:
            continue
        span = ctx.doc[noun.i:noun.i + 1]
        if not quoted(span):
            found.append(span)
    return found


# Round 41 (review41m M#6): a child "removed": how a file says a child was taken into care or adopted
# ("Her first child was removed in 2023", "has had two previous children removed", "removed from her
# care"). The family hears it as a thing done to an object; say who took the child, when, and where
# the child went to live. A tooth or a name "removed", and a child "removed from the roll", are not this.
_CHILD_KIN = {"child", "children", "baby", "babies", "son", "sons", "daughter", "daughters", "sibling", "siblings",
              "brother", "brothers", "sister", "sisters", "infant", "infants", "boy", "boys", "girl", "girls", "twins",
              "kids"}
_CARE_PLACES = {"care", "family", "home", "parents", "mother", "father", "mum", "dad"}


def removal_spans(ctx: Context) -> list:
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() != "remove" or verb.tag_ != "VBN":
            continue
        patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if patient is None and verb.dep_ == "ccomp" and verb.head.lemma_.lower() == "have":
            patient = next((c for c in verb.children if c.dep_ in ("nsubj", "dobj")), None)  # "had two children removed"
        if patient is None and verb.dep_ in ("acl", "amod") and verb.head.pos_ == "NOUN":
            patient = verb.head  # "two previous children removed", "a removed child"
        if patient is None or patient.lower_ not in _CHILD_KIN:
            continue
        places = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children if o.dep_ == "pobj"]
        if places and not any(o.lemma_.lower() in _CARE_PLACES for o in places):
            continue  # "removed from the roll", "removed from the room"
        span = ctx.doc[verb.i:verb.i + 1]
        if not quoted(span):
            found.append(span)
    return found
