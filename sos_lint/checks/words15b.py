"""Round 15 (words15b): jargon and vague words read as classes on the parse.

Jargon (SOS101/SOS104):
- an injury "sustained": a record's verb for getting hurt ("sustained a fracture", "had sustained
  bruising"); "sustained his job" is left alone.
- a care arrangement's end or settling told in the service's process words: a placement or
  arrangement "at risk of breakdown", "close to breakdown", "may break down", "will be stabilised".
Vague (SOS302):
- a plight: a person "in crisis", "at breaking point", "in a dark place", "in turmoil", "in a state
  of chaos", with no deed.
- an effect with an adverb: "impacting negatively upon his education", "has negatively impacted
  Leo's friendships", "adversely affecting her sleep".
- a goal's recovery or return to normal: "make a full recovery", "recover fully", "get back to
  normal", "be back to her old self", "back on track".
- a goal's state of being taken in or thought well of, with nobody doing anything: "fully
  included", "be integrated", "feel valued", "feel listened to".
- a thing kept "safely", "securely" or "appropriately" with no place said: "stored safely".
- a risk lowered, whatever the form: "risk to be reduced", "the risk will reduce", "to be mitigated".
- an aim verb on an adult's habit or state named as a gerund or nominalisation: "address his
  gambling", "tackle her isolation", "overcome her dependence".
"""
from __future__ import annotations

from . import analysis
from .base import Context, span_memo
from .word_context import quoted, unquoted


_memo = span_memo("words15b:")


_clean = unquoted


# ---- jargon: an injury "sustained" ----
_HURTS = {"injury", "injuries", "fracture", "fractures", "bruise", "bruises", "bruising", "burn", "burns", "cut",
          "cuts", "laceration", "lacerations", "wound", "wounds", "scald", "scalds", "bite", "bites", "graze",
          "grazes", "trauma", "damage", "break", "concussion", "bleed", "bleeding", "mark", "marks", "contusion",
          "contusions", "abrasion", "abrasions", "haematoma", "swelling", "scratches", "scratch", "harm"}


def sustained_hurt_spans(ctx: Context) -> list:
    """"Ivy sustained a laceration", "had sustained bruising to both ears", "injuries sustained in
    the fall": a record's verb for getting hurt. A family says "got" or "had"."""
    def compute():
        found = []
        for verb in ctx.tokens:
            if verb.lemma_.lower() != "sustain" or verb.pos_ not in ("VERB", "AUX"):
                continue
            # Only the active verb with the hurt as its object: "how the injury was sustained" and
            # "injuries sustained in the fall" have no plain swap that keeps the sentence whole.
            thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if thing is None:  # "had sustained bruising to both ears", with "bruising" read as a verb
                thing = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG"), None)
            if thing is None or (thing.lower_ not in _HURTS and thing.lemma_.lower() not in _HURTS):
                continue
            found.append(ctx.doc[verb.i:verb.i + 1])
        return _clean(found)
    return _memo(ctx, "sustained", compute)


# ---- jargon: a care arrangement's process words ----
_ARRANGEMENTS = {"placement", "placements", "arrangement", "arrangements", "guardianship", "fostering", "adoption",
                 "match", "kinship", "sgo"}
_ENDINGS = {"breakdown", "disruption", "collapse"}
_NEAR = {"risk", "verge", "brink", "point", "edge", "danger"}


def _clause_subject(token):
    """The subject of the clause a word sits in ("The placement is at risk of breakdown" ->
    "placement")."""
    head = token
    for _ in range(6):
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def _an_arrangement(token) -> bool:
    if token is None:
        return False
    if token.lemma_.lower() in _ARRANGEMENTS or token.lower_ in _ARRANGEMENTS:
        return True
    return any(c.dep_ in ("compound", "amod") and c.lower_ in _ARRANGEMENTS for c in token.children)


def arrangement_process_spans(ctx: Context) -> list:
    """"the placement is at risk of breakdown", "the arrangement is close to breaking down", "the
    placement may break down", "the care arrangement will be stabilised": the service's words for a
    child's home with carers ending or settling. "Dad's van broke down" and "Mum broke down in
    tears" are not about an arrangement."""
    def compute():
        found = []
        doc = ctx.doc
        for word in ctx.tokens:
            lemma = word.lemma_.lower()
            start = end = word.i
            if lemma in _ENDINGS and word.pos_ == "NOUN":
                pass
            elif lemma == "break" and any(c.dep_ == "prt" and c.lower_ == "down" for c in word.children):
                end = next(c.i for c in word.children if c.dep_ == "prt" and c.lower_ == "down")
            elif lemma in ("stabilise", "stabilize", "destabilise", "destabilize", "disrupt") and word.pos_ == "VERB":
                pass
            else:
                continue
            subject = _clause_subject(word)
            if not _an_arrangement(subject) and not (lemma in _ENDINGS and _an_arrangement(
                    next((c for c in word.children if c.dep_ == "compound"), None))):
                continue
            # take in "at risk of", "on the verge of", "close to" before the word
            if word.i >= 2 and doc[word.i - 1].lower_ in ("of", "to") and word.dep_ in ("pobj", "pcomp"):
                lead = doc[word.i - 2]
                if lead.lower_ in _NEAR or lead.lower_ == "close":
                    start = lead.i
                    if start >= 1 and doc[start - 1].lower_ in ("at", "of", "on", "the"):
                        start -= 1
                        if start >= 1 and doc[start].lower_ == "the" and doc[start - 1].lower_ == "on":
                            start -= 1
            found.append(doc[start:end + 1])
        for word in ctx.tokens:  # "the placement is fragile", "the arrangement is becoming unstable"
            if word.lower_ not in _SHAKY or word.dep_ != "acomp":
                continue
            if _an_arrangement(next((c for c in word.head.children if c.dep_ == "nsubj"), None)):
                found.append(doc[word.i:word.i + 1])
        return _clean(found)
    return _memo(ctx, "arrangement", compute)


_SHAKY = {"fragile", "unstable", "precarious", "shaky", "tenuous", "vulnerable", "untenable"}


# ---- vague: a plight ----
_PLIGHTS = {"crisis", "turmoil", "chaos", "meltdown", "despair", "freefall", "limbo", "disarray", "tatters", "pieces"}
_BAD_PLACES = {"dark", "bad", "low", "difficult", "tough", "awful", "terrible", "horrible", "sad", "worse", "rough"}
_BEING = {"be", "remain", "stay", "get", "fall", "end", "find", "seem", "appear", "live", "reach", "hit", "plunge",
          "spiral", "go", "feel"}


def _a_plight(noun) -> bool:
    lower = noun.lower_
    if lower in _PLIGHTS and not any(c.dep_ == "compound" for c in noun.children):
        return True
    if lower == "place" and any(c.dep_ == "amod" and c.lower_ in _BAD_PLACES for c in noun.children) \
            and not any(c.dep_ in ("prep", "relcl", "acl") for c in noun.children):
        return True  # "in a dark place", not "a dark place in the woods"
    if lower == "point" and any(c.lower_ in ("breaking", "crisis") for c in noun.children):
        return True  # "at breaking point", "at crisis point"
    if lower == "bottom" and any(c.lower_ == "rock" for c in noun.children):
        return True  # "has hit rock bottom"
    if lower == "end" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            o.lower_ in ("tether", "rope") for o in c.children) for c in noun.children):
        return True  # "at the end of her tether"
    if lower == "state" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            o.lower_ in _PLIGHTS or o.lower_ in ("distress", "shock", "panic", "collapse") for o in c.children)
            for c in noun.children):
        return True
    return False


_TELLING = {"say", "tell", "describe", "explain", "report", "admit", "feel", "text", "write", "cry", "shout",
            "scream", "disclose", "share", "state", "ring", "phone", "call"}


def _told_by_someone(token) -> bool:
    """Inside what a person said about themselves: "Mum told the social worker she was at the end
    of her tether", "Nan says she is at breaking point" is Nan's word, reported."""
    head = token
    for _ in range(6):
        if head.head.i == head.i:
            return False
        if head.dep_ in ("ccomp", "parataxis") and head.head.lemma_.lower() in _TELLING:
            return True
        head = head.head
    return False


def plight_spans(ctx: Context) -> list:
    """"Mum has been in crisis since Dad left", "Nan is at breaking point", "Dad is in a dark
    place", "Kai is in turmoil", "Grandad has reached breaking point": a state with no deed. A
    service's name ("the crisis team", "crisis accommodation") and a crisis as a condition ("In a
    crisis, Dad will ring Nan") are left alone."""
    def compute():
        found = []
        for noun in ctx.tokens:
            if noun.pos_ not in ("NOUN", "PROPN") or not _a_plight(noun):
                continue
            prep = noun.head if noun.dep_ == "pobj" else None
            if prep is not None and prep.lower_ in ("in", "at", "into") and prep.head.lemma_.lower() in _BEING \
                    and prep.i > prep.head.i:
                start = prep.i
            elif noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("reach", "hit") and noun.lower_ in ("point", "bottom"):
                start = noun.head.i
            else:
                continue
            if _told_by_someone(ctx.doc[start]):
                continue  # "Mum told the social worker she was at the end of her tether": her own account
            end = noun.right_edge.i if noun.lower_ in ("end", "state") else noun.i
            found.append(ctx.doc[start:end + 1])
        return _clean(found)
    return _memo(ctx, "plight", compute)


# ---- vague: an effect with an adverb ----
_MANNER = {"negatively", "adversely", "significantly", "severely", "greatly", "hugely", "detrimentally", "badly",
           "seriously", "heavily", "considerably", "profoundly", "massively", "substantially", "markedly",
           "enormously", "deeply", "hugely", "majorly", "drastically", "further", "emotionally", "directly"}


def impact_adverb_spans(ctx: Context) -> list:
    """"impacting negatively upon his education", "has negatively impacted Leo's friendships",
    "adversely affecting Noor's sleep": an effect named with a degree and nothing of what it is.
    "The car impacted the wall" and "the tablets affect her balance" are left alone."""
    def compute():
        found = []
        for verb in ctx.tokens:
            lemma = verb.lemma_.lower()
            if lemma not in ("impact", "affect") or verb.pos_ != "VERB":
                continue
            manner = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ in _MANNER]
            if not manner:
                continue
            if lemma == "impact" and not (any(c.dep_ in ("prep", "auxpass") and c.lower_ in ("on", "upon", "be", "been", "being", "is", "are", "was", "were")
                                              for c in verb.children)
                                          or any(c.dep_ == "dobj" and (any(g.dep_ == "poss" for g in c.children)
                                                                       or analysis.is_person(c))
                                                 for c in verb.children)):
                continue
            start = min([verb.i] + [m.i for m in manner])
            end = max([verb.i] + [m.i for m in manner])
            found.append(ctx.doc[start:end + 1])
        return _clean(found)
    return _memo(ctx, "impact_adverb", compute)


# ---- vague: a goal's recovery or return to normal ----
_NORMAL = {"normal", "normality", "normalcy", "track", "self"}


def recovery_spans(ctx: Context) -> list:
    """"Summer will make a full recovery", "Leo will recover fully", "Mia will get back to normal",
    "Noor will be back to her old self", "back on track": a goal's outcome nobody can picture. A
    recovery service ("the Recovery Hub", "her recovery group") is left alone."""
    if ctx.kind != "goal":
        return []

    def compute():
        found = []
        doc = ctx.doc
        for word in ctx.tokens:
            lemma = word.lemma_.lower()
            if lemma == "recover" and word.pos_ == "VERB" and not any(
                    c.dep_ in ("dobj", "nsubjpass") for c in word.children):
                if any(t.lower_ in ("if", "unless", "so", "because") for t in word.sent if t.i < word.i):
                    continue
                start = min([word.i] + [c.i for c in word.children if c.dep_ == "advmod" and c.i < word.i])
                end = max([word.i] + [c.i for c in word.children if c.dep_ == "advmod" and c.i > word.i])
                found.append(doc[start:end + 1])
            elif lemma == "recovery" and word.dep_ == "dobj" and word.head.lemma_.lower() in ("make", "achieve"):
                if word.text[:1].isupper() or any(c.dep_ == "compound" for c in word.children):
                    continue
                found.append(doc[word.head.i:word.i + 1])
            elif lemma == "recovered" or (word.lower_ == "recovered" and word.dep_ in ("acomp", "ROOT")
                                          and any(c.dep_ == "auxpass" for c in word.children)):
                start = min([word.i] + [c.i for c in word.children if c.dep_ == "advmod" and c.i < word.i])
                found.append(doc[start:word.i + 1])
            elif word.lower_ == "normal" and word.dep_ == "pobj" and word.head.lower_ == "to" \
                    and word.head.head.lemma_.lower() == "return":
                found.append(doc[word.head.head.i:word.i + 1])
            elif word.lower_ in _NORMAL and word.dep_ == "pobj" and word.head.lower_ in ("to", "on"):
                prep = word.head
                back = doc[prep.i - 1] if prep.i else None
                if back is None or back.lower_ != "back":
                    continue
                if word.lower_ == "self" and not any(c.lower_ == "old" for c in word.children):
                    continue
                if word.lower_ == "track" and prep.lower_ != "on":
                    continue
                verb = prep.head if prep.head.pos_ in ("VERB", "AUX") else prep.head.head
                if verb.dep_ in ("advcl", "relcl", "ccomp") or any(c.dep_ == "mark" for c in verb.children):
                    continue  # "until Adam is back on track": a time, not the outcome
                start = back.i
                if start and doc[start - 1].lemma_.lower() in ("get", "go", "be", "come"):
                    start -= 1
                found.append(doc[start:word.i + 1])
        return _clean(found)
    return _memo(ctx, "recovery", compute)


# ---- vague: taken in or thought well of, by nobody ----
_TAKEN_IN = {"include", "integrate", "value", "respect", "accept", "hear", "listen", "understand", "empower",
             "cherish", "nurture", "welcome", "involve"}
_GENERAL_SETTINGS = {"class", "school", "family", "community", "society", "home", "life", "activities", "activity",
                     "lessons", "group", "everything", "nursery", "college", "classroom", "household", "it"}


def included_spans(ctx: Context) -> list:
    """"Holly will be fully included in class", "Noor will be integrated into the family", "Kai
    will feel included", "Leo will feel listened to": a state of being taken in, with nobody
    doing anything. (spans, felt): a feeling is the child's own experience, and the caller leaves
    it alone where the goal says elsewhere what an adult will do."""
    if ctx.kind != "goal":
        return []

    def compute():
        found = []
        doc = ctx.doc
        for word in ctx.tokens:
            if word.lemma_.lower() not in _TAKEN_IN and not (word.lower_ in ("listened", "included", "valued", "respected",
                                                                             "accepted", "heard", "understood", "welcomed")
                                                            and word.dep_ == "acomp"):
                continue
            if word.tag_ != "VBN" and word.dep_ != "acomp":
                continue
            if any(c.dep_ == "agent" for c in word.children) and word.lemma_.lower() not in ("accept", "hear"):
                continue
            if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in word.children):
                continue
            felt = word.dep_ in ("acomp", "xcomp", "oprd", "ccomp") and word.head.lemma_.lower() == "feel"
            passive = any(c.dep_ == "auxpass" for c in word.children)
            if not (felt or passive):
                continue
            places = [o for c in word.children if c.dep_ == "prep" and c.lower_ in ("in", "into", "at", "within")
                      for o in c.children if o.dep_ == "pobj"]
            if any(o.lemma_.lower() not in _GENERAL_SETTINGS and o.lower_ not in _GENERAL_SETTINGS for o in places):
                continue  # "included in the swimming team on Saturdays" names something real
            if any(c.dep_ == "prep" and c.lower_ not in ("in", "into", "at", "within", "by", "to") for c in word.children):
                continue  # "included in the money Nan gets", "valued for his drawings"
            if word.lemma_.lower() == "include" and not felt and word.i + 1 < len(doc) and doc[word.i + 1].lower_ == "in" \
                    and any(c.dep_ == "nsubjpass" and not (analysis.is_person(c) or analysis.is_name(c)
                                                           or c.pos_ == "PROPN") for c in word.children):
                continue  # "Bus fares are included in…"
            subject = next((c for c in (word.head if felt else word).children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None and not felt and word.dep_ == "conj":  # "Holly will … and will be fully included"
                subject = next((c for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None:  # the parse may hang a name that opens the sentence anywhere ("Holly" as advmod)
                first = word.sent[0]
                subject = first if first.pos_ == "PROPN" and first.i < word.i else None
            if subject is None or not (analysis.is_person(subject) or analysis.is_name(subject) or subject.pos_ in ("PROPN", "PRON")
                                       or subject.lower_ in ("twins", "children", "kids", "boys", "girls")):
                continue
            start = word.head.i if felt else min([word.i] + [c.i for c in word.children if c.dep_ == "advmod" and c.i < word.i])
            end = word.i
            if word.lower_.startswith("listen") and word.i + 1 < len(doc) and doc[word.i + 1].lower_ == "to":
                end = word.i + 1
            found.append((doc[start:end + 1], felt))
        return [(s, f) for s, f in found if len(s) and not quoted(s)]
    return list(ctx.memo("words15b:included", compute))


# ---- vague: kept "safely" with no place ----
_KEEPING = {"store", "keep", "dispose", "lock", "put", "secure", "hold"}
_SAFE_MANNER = {"safely", "securely", "appropriately", "correctly", "properly", "responsibly", "safe", "away"}
_PLACE_PREPS = {"in", "on", "inside", "above", "under", "behind", "at", "into", "within", "out"}


def stored_safely_spans(ctx: Context) -> list:
    """"all substances are stored safely", "medication will be kept securely", "needles disposed of
    safely": kept somewhere nobody names. "stored safely in the locked cupboard above the cooker"
    says where."""
    def compute():
        found = []
        doc = ctx.doc
        for verb in ctx.tokens:
            if verb.lemma_.lower() not in _KEEPING or verb.pos_ != "VERB":
                continue
            manner = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ in _SAFE_MANNER and c.lower_ not in ("safe", "away")]
            manner += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pcomp" and g.lower_ in _SAFE_MANNER]  # "disposed of safely"
            manner += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "out"
                       for g in c.children if g.dep_ == "advmod" and g.lower_ in _SAFE_MANNER]  # "safely and out of reach"
            stored_inside = None
            if not manner and verb.lemma_.lower() == "keep":
                # "keep the cannabis securely stored": the manner on the participle after "keep"
                stored_inside = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd", "acomp")
                                      and c.lemma_.lower() in ("store", "lock") and any(
                                          g.dep_ == "advmod" and g.lower_ in _SAFE_MANNER for g in c.children)), None)
                if stored_inside is None:
                    continue
                manner = [g for g in stored_inside.children if g.dep_ == "advmod" and g.lower_ in _SAFE_MANNER]
            if not manner:
                continue
            pieces = [verb] + ([stored_inside] if stored_inside is not None else [])
            if any(c.dep_ == "prep" and c.lower_ in _PLACE_PREPS and c.lower_ != "out" and not any(
                    o.lower_ in ("times", "time", "all") for o in c.children) for p in pieces for c in p.children):
                continue  # "stored safely in the locked cupboard"
            if any(t.lower_ in ("cupboard", "box", "cabinet", "safe", "drawer", "shelf", "loft", "garage", "tin")
                   and t.pos_ == "NOUN" for t in verb.sent):
                continue  # the place is named somewhere in the sentence
            thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
            if verb.lemma_.lower() == "keep" and stored_inside is None and thing is None:
                continue
            if thing is not None and analysis.is_person(thing):
                continue  # "keep Leo safely" is about a child, left to the safety rules
            if verb.lemma_.lower() in ("put", "hold", "lock") and thing is None:
                continue
            idx = [verb.i] + [m.i for m in manner] + ([stored_inside.i] if stored_inside is not None else [])
            if verb.lemma_.lower() == "dispose":
                idx += [c.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"]
            found.append(doc[min(idx):max(idx) + 1])
        return _clean(found)
    return _memo(ctx, "stored", compute)


# ---- vague: a risk lowered ----
_LOWERING = {"reduce", "lower", "lessen", "decrease", "minimise", "minimize", "mitigate", "diminish", "lighten",
             "fall", "drop", "ease", "go"}
_RISKS = {"risk", "risks", "danger", "dangers", "harm", "vulnerability", "concern", "concerns", "worry", "worries"}


def risk_lowered_spans(ctx: Context) -> list:
    """"CCE risk to be reduced", "the risk to Kai will reduce", "the risk of harm is to be
    minimised", "risks will lessen": a risk going down, which nobody can see. "Dad's drinking will
    be reduced to two cans" names an amount."""
    def compute():
        found = []
        doc = ctx.doc
        for verb in ctx.tokens:
            lemma = verb.lemma_.lower()
            if lemma not in _LOWERING or verb.pos_ != "VERB":
                continue
            if lemma == "go" and not any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children):
                continue
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None and verb.dep_ == "xcomp":
                subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)  # "is to be minimised"
            if subject is None and verb.dep_ in ("relcl", "acl", "advcl") and verb.head.pos_ in ("NOUN", "PROPN"):
                subject = verb.head  # "CCE risk to be reduced", parsed as a relative clause
                for _ in range(2):  # "Risk to the baby to be mitigated", hung on "baby"
                    if subject.lemma_.lower() in _RISKS or subject.dep_ != "pobj":
                        break
                    subject = subject.head.head
            if subject is None:
                continue
            if subject.lower_ == "level" and any(c.dep_ == "prep" and any(o.lemma_.lower() == "risk" for o in c.children)
                                                 for c in subject.children):
                pass  # "the level of risk to Leo"
            elif subject.lemma_.lower() not in _RISKS and subject.lower_ not in _RISKS:
                continue
            if any(c.dep_ in ("dobj",) for c in verb.children):
                continue  # "the risk reduced his chances" is not a risk lowered
            start = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i])
            found.append(doc[start:verb.i + 1])
        return _clean(found)
    return _memo(ctx, "risk_lowered", compute)


# ---- vague: an aim on an adult's habit named as a gerund or nominalisation ----
_AIMS = {"address", "tackle", "resolve", "overcome", "confront", "deal", "combat", "manage"}
_NOMINAL_ENDS = ("ing", "ion", "ment", "ness", "ity", "ance", "ence", "ism", "ousy", "sy")
_NOT_HABITS = {"bills", "bill", "letter", "washing", "shopping", "cooking", "building", "housing", "ceiling",
               "wedding", "meeting", "meetings", "evening", "morning", "clothing", "bedding", "heating", "parking",
               "funding", "training", "appointment", "appointments", "payment", "payments", "application",
               "situation", "question", "questions", "accommodation", "medication", "station", "documentation"}


def aim_on_habit_spans(ctx: Context) -> list:
    """"Dad to address his gambling", "deal with his gambling", "tackle her isolation", "overcome
    her dependence on alcohol": an aim on the adult's own habit or state, with nothing said of what
    they will do. "Deal with the bills", "address the letter", "work on his reading" and an aim
    with the how said ("by handing his bank card to Nan") are left alone."""
    from .vague_aims import _object_of, _says_how

    def compute():
        found = []
        for verb in ctx.tokens:
            lemma = verb.lemma_.lower()
            if lemma not in _AIMS or verb.pos_ != "VERB":
                continue
            if any(t.lower_ in ("if", "unless") for t in verb.sent) or _says_how(verb):
                continue
            if any(c.lower_ in ("how", "what", "when", "why") for c in verb.children) or verb.dep_ in ("ccomp", "advcl", "pcomp"):
                continue  # "talk to R about how he manages his own gaming": not a goal's aim
            thing = _object_of(verb, ("with",) if lemma == "deal" else ())
            doc = ctx.doc
            gap = verb.i + (2 if lemma == "deal" else 1)
            if gap + 1 < len(doc) and doc[gap].tag_ == "PRP$" and doc[gap + 1].pos_ == "NOUN" \
                    and (lemma != "deal" or doc[verb.i + 1].lower_ == "with") and (thing is None or thing.i != gap + 1):
                thing = doc[gap + 1]  # "address his gambling and access GamCare", parsed with "gambling" on "GamCare"
            if thing is None or thing.i < verb.i or lemma == "deal" and thing.dep_ == "dobj":
                continue
            owner = next((c for c in thing.children if c.dep_ == "poss"), None)
            if owner is None and thing.i and doc[thing.i - 1].tag_ == "PRP$":
                owner = doc[thing.i - 1]
            if owner is None or owner.lower_ not in ("his", "her", "their", "your", "my") and not analysis.is_person(owner):
                continue
            lower = thing.lower_
            if lower in _NOT_HABITS or not lower.endswith(_NOMINAL_ENDS) or len(lower) < 6:
                continue
            found.append(ctx.doc[verb.i:thing.i + 1])
        return _clean(found)
    return _memo(ctx, "aim_on_habit", compute)
