"""Round 16 (words16b): jargon and vague words read as classes on the parse.

Jargon (SOS101):
- a clinical word for how a person talks or seems: "communicate verbally", "respond verbally",
  "disinhibited", "labile", "elevated" said of a person or their mood.
- record shorthand: kin abbreviated as a file would ("Mat. grandmother", "Pat uncle"), a case's next
  step as a verbless heading ("For allocation.", "Awaiting allocation."), and a service's help
  called its "input" ("Educational Psychology input", "speech and language input").
Vague (SOS302):
- backing a plan or arrangement rather than doing something: "support the placement".
- a care act named as a noun and given a verdict: "supervision was inadequate", "hygiene is poor".
- a home's condition named with nothing said of it: "the condition of the property".
- a person said to understand an abstract risk: "understands the risks", "appreciate the dangers".
- an aim of reaching a state nobody can picture: "achieve financial independence", "gain resilience".
"""
from __future__ import annotations

from .base import Context, span_memo
from .word_context import quoted, unquoted


_memo = span_memo("words16b:")


_clean = unquoted


def _left_edge(token) -> int:
    """The first word of a noun's own phrase (its determiner, owner, compounds and adjectives)."""
    start = token.i
    for child in token.children:
        if child.i < token.i and child.dep_ in ("det", "poss", "compound", "amod", "nmod", "nummod", "case"):
            start = min(start, child.left_edge.i)
    return start


# ---- jargon: a clinical word for how a person talks or seems ----
_SPEECH_MANNERS = {"verbally", "orally", "non-verbally", "nonverbally"}
_SPEAKING = {"communicate", "respond", "express", "interact", "engage", "answer", "reply", "indicate", "converse",
             "reciprocate", "participate", "present", "articulate", "vocalise", "vocalize", "contribute"}
_CLINICAL_MOODS = {"disinhibited", "labile", "euthymic", "hypomanic", "dysphoric", "grandiose", "dysregulated"}
_PERSONISH = {"mood", "moods", "presentation", "affect", "behaviour", "demeanour", "mental", "state"}


def _a_person(token) -> bool:
    if token is None:
        return False
    if token.pos_ == "PRON" and token.lower_ in ("he", "she", "they", "i", "you", "we"):
        return True
    if token.pos_ == "PROPN" or token.lemma_.lower() in _PERSONISH:
        return True
    from . import analysis
    words = analysis.people_words()
    lower = token.lemma_.lower()
    return any(lower in set(words.get(k, ())) for k in ("family", "caregivers", "children"))


def clinical_spans(ctx: Context) -> list:
    """(span, kind) for "communicate verbally", "Mum was disinhibited", "Dad's mood was elevated":
    a clinical word a family would say plainly ("talk", "saying things she would not usually say",
    "very high and talking fast")."""
    def compute():
        found = []
        doc = ctx.doc
        for word in ctx.tokens:
            lower = word.lower_
            if lower in _SPEECH_MANNERS and word.dep_ == "advmod" and word.head.lemma_.lower() in _SPEAKING:
                verb = word.head
                start, end = min(verb.i, word.i), max(verb.i, word.i)
                if end - start > 3:
                    start = end = word.i
                found.append((doc[start:end + 1], "speech"))
            elif lower in _CLINICAL_MOODS or (lower == "elevated" and word.pos_ in ("ADJ", "VERB")):
                if word.dep_ == "amod":
                    if word.head.lemma_.lower() in _PERSONISH or (lower != "elevated" and _a_person(word.head)):
                        found.append((doc[word.i:word.i + 1], "mood"))
                    continue
                head = word
                while head.dep_ == "conj" and head.head.i != head.i:
                    head = head.head
                verb = head.head if head.dep_ in ("acomp", "attr", "oprd", "xcomp") else head
                subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is None and lower == "elevated":
                    continue
                if lower == "elevated" and (any(c.dep_ in ("agent", "dobj") for c in word.children)
                                            or not _a_person(subject)):
                    continue  # "her blood pressure is elevated", "elevated by the council"
                if subject is not None and not _a_person(subject):
                    continue
                found.append((doc[word.i:word.i + 1], "mood"))
        for verb in ctx.tokens:  # "adhere to employment legislation", "comply with the regulations"
            if verb.lemma_.lower() not in _KEEPING_TO or verb.pos_ != "VERB":
                continue
            prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with", "by")), None)
            rules = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            if rules is None or rules.lemma_.lower() not in _RULE_BOOKS:
                continue
            found.append((doc[verb.i:rules.i + 1], "law"))
        return [(span, kind) for span, kind in found if len(span) and not quoted(span)]
    return list(ctx.memo("words16b:clinical", compute))


_KEEPING_TO = {"adhere", "comply", "conform", "abide"}
_RULE_BOOKS = {"legislation", "law", "laws", "regulation", "regulations", "guidance", "policy", "policies",
               "requirement", "requirements", "protocol", "procedure", "procedures", "framework", "standard",
               "standards", "statute", "code", "act", "bylaw", "byelaw", "directive", "stipulation", "provision"}


# ---- jargon: record shorthand ----
_KIN = {"grandmother", "grandfather", "grandparent", "grandparents", "gran", "nan", "nana", "grandma", "grandad",
        "granddad", "grandpa", "aunt", "auntie", "aunty", "uncle", "cousin", "cousins", "family", "relative",
        "relatives", "side", "half-sibling", "half-brother", "half-sister", "great-grandmother", "great-grandfather"}
_KIN_SHORT = {"mat", "pat", "mat.", "pat.", "mgm", "pgm", "mgf", "pgf"}
_HEADING_LEADS = {"for", "awaiting", "pending", "await", "requires", "needs"}
_CASE_STEPS = {"allocation", "review", "discussion", "consideration", "closure", "transfer", "triage", "screening",
               "decision", "reallocation", "case", "panel", "supervision", "nfa", "information", "strategy",
               "assessment", "action", "management", "oversight", "escalation", "step-down", "stepdown"}
_SERVICE_WORDS = {"psychology", "psychiatry", "therapy", "physiotherapy", "visiting", "nursing", "health",
                  "camhs", "salt", "ot", "language", "speech", "paediatric", "specialist", "professional",
                  "educational", "clinical", "therapeutic", "medical", "social", "care", "agency", "multi-agency",
                  "service", "services", "team", "mental", "sen", "send", "portage", "play", "behaviour",
                  "support", "counselling", "psychological", "dietetic", "dietitian", "occupational",
                  "psychiatric", "nurse", "midwifery", "early", "help", "hv", "ep", "camhs", "cahms", "yot"}


def _after_a_name(ctx: Context, word) -> bool:
    """The word before is written as a name ("Nana Pat."), not "the", "his" and the like (asked only
    of "mat" and "pat": reading the word before for every token made a Token each time)."""
    previous = ctx.tokens[word.i - 1] if word.i > 0 else None
    return previous is not None and previous.is_alpha and previous.text[:1].isupper() \
        and previous.lower_ not in ("the", "a", "his", "her", "their", "our", "my", "your")


def shorthand_spans(ctx: Context) -> list:
    """(span, kind): "Mat. grandmother" (kin), "For allocation." (heading), "Educational Psychology
    input" (input)."""
    def compute():
        found = []
        doc = ctx.doc
        for word in ctx.tokens:
            lower = word.lower_
            # kin abbreviated: "Mat. grandmother", "Pat uncle", "mat aunt"
            if lower.rstrip(".") in ("mat", "pat") and word.i + 1 < len(doc) and not _after_a_name(ctx, word):  # not "Nana Pat. Nana…"
                nxt = doc[word.i + 1]
                dotted = lower.endswith(".")
                if nxt.text == "." and word.i + 2 < len(doc):
                    dotted, nxt = True, doc[word.i + 2]
                if nxt.lower_ in _KIN and (dotted or nxt.text.islower() or word.text.islower()):
                    found.append((doc[word.i:nxt.i + 1], "kin"))
                    continue
            # a service's help called its input
            if word.lemma_.lower() == "input" and word.pos_ == "NOUN":
                mods = [c for c in word.children if c.i < word.i and c.dep_ in ("compound", "amod", "nmod")]
                if any(c.dep_ == "poss" for c in word.children):
                    continue
                start = min([c.left_edge.i for c in mods] + [word.i])
                # and the words before it, when the parse keeps them apart ("…and Educational Psychology input")
                while start > word.sent.start:
                    before = doc[start - 1]
                    if before.pos_ in ("NOUN", "PROPN", "ADJ") and before.is_alpha and before.dep_ not in ("poss",):
                        start -= 1
                    elif before.lower_ == "and" and doc[start].text.islower() and start - 1 > word.sent.start \
                            and doc[start - 2].pos_ in ("NOUN", "ADJ"):
                        start -= 1
                    else:
                        break
                if start == word.i:
                    continue
                words = {t.lower_ for t in doc[start:word.i]}
                if not words & _SERVICE_WORDS and not any(t.text[:1].isupper() and t.i != t.sent.start
                                                          for t in doc[start:word.i]):
                    continue
                while start < word.i and doc[start].dep_ == "det":
                    start += 1
                found.append((doc[start:word.i + 1], "input"))
        # a case's next step as a verbless heading: "For allocation.", "Awaiting allocation."
        for sentence in ctx.sentences:
            words = [t for t in sentence if not t.is_punct]
            if not 2 <= len(words) <= 6 or words[0].lower_ not in _HEADING_LEADS:
                continue
            if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in words[1:]):
                continue  # a sentence, not a heading
            step = words[1] if words[1].lower_ not in ("further", "case", "the") or len(words) < 3 else words[2]
            if step.lower_ not in _CASE_STEPS or (step.lower_ == "case" and step is words[1]):
                continue
            found.append((doc[words[0].i:step.i + 1], "heading"))
        return [(span, kind) for span, kind in found if len(span) and not quoted(span)]
    return list(ctx.memo("words16b:shorthand", compute))


# ---- vague: backing a plan or arrangement ----
_ARRANGEMENTS = {"placement", "plan", "arrangement", "process", "reintegration", "transition", "move", "return",
                 "work", "intervention", "programme", "program", "package", "approach", "strategy", "agreement",
                 "order", "assessment", "change", "changes", "recovery", "rehabilitation", "reunification",
                 "decision", "outcome", "goals", "goal", "progress", "care", "schedule", "timetable", "routine"}
_SPELLING_OUT = {"by", "with", "through", "via", "in", "at", "on", "when", "whenever", "if", "so"}


def support_arrangement_spans(ctx: Context) -> list:
    """"Parents to support the placement", "Nan will support the plan", "be supportive of the
    move": backing an arrangement, with nothing said of what the adult will do. "support the plan
    by staying over on Fridays" and "support Mum" say more, and are left alone."""
    def compute():
        found = []
        doc = ctx.doc
        for verb in ctx.tokens:
            lemma = verb.lemma_.lower()
            thing = None
            if lemma == "support" and verb.pos_ == "VERB":
                thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
            elif verb.lower_ == "supportive" and verb.pos_ == "ADJ":
                of = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if thing is not None and thing.lemma_.lower() not in _ARRANGEMENTS and thing.lower_ == "home":
                thing = next((c for c in thing.children if c.dep_ == "compound"), thing)  # "support the move home"
            if thing is None or thing.lemma_.lower() not in _ARRANGEMENTS:
                continue
            if any(c.dep_ in ("prep", "advcl", "agent") and c.lower_ in _SPELLING_OUT and c.i > verb.i
                   for c in list(verb.children) + list(thing.children)) \
                    or any(c.dep_ == "advcl" and not any(m.lower_ in ("so", "that", "because", "as", "since")
                                                         and m.dep_ in ("mark", "advmod") for m in c.children)
                           for c in verb.children):
                continue  # "support the plan by staying over", "support his return with a half-day timetable"
            if thing.dep_ == "nsubjpass":
                span = doc[_left_edge(thing):verb.i + 1]
            else:
                span = doc[verb.i:thing.i + 1]
            found.append(span)
        return _clean(found)
    return _memo(ctx, "support", compute)


# ---- vague: a care act given a verdict ----
_CARE_ACTS = {"supervision", "care", "hygiene", "routine", "routines", "boundary", "boundaries", "parenting",
              "caregiving", "oversight", "guidance", "nutrition", "stimulation", "parental", "attention",
              "self-care", "safeguarding", "basic"}
_CARE_VERDICTS = {"inadequate", "poor", "lacking", "insufficient", "substandard", "limited", "chaotic",
                  "inconsistent", "unsafe", "unacceptable", "deficient", "minimal", "lax", "neglectful", "sporadic",
                  "absent", "concerning", "questionable", "variable", "erratic", "unreliable", "suboptimal",
                  "sub-optimal", "low", "compromised", "below", "patchy", "haphazard", "nonexistent", "non-existent"}


def care_verdict_spans(ctx: Context) -> list:
    """"supervision was inadequate", "Leo's hygiene has been poor", "routines are lacking": a care
    act named as a noun and given a verdict, with nothing said of what happened."""
    def compute():
        found = []
        doc = ctx.doc
        for adjective in ctx.tokens:
            if adjective.lower_ not in _CARE_VERDICTS or adjective.dep_ not in ("acomp", "attr", "ROOT", "conj"):
                continue
            verb = adjective.head if adjective.dep_ in ("acomp", "attr") else adjective
            if adjective.dep_ == "conj":
                verb = adjective.head.head if adjective.head.dep_ in ("acomp", "attr") else adjective.head
            if verb.lemma_.lower() not in ("be", "remain", "seem", "appear", "become", "prove") and verb is not adjective:
                continue
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None:  # "Routines at home are lacking", with the subject hung on "are"
                subject = next((g for c in verb.children if c.dep_ in ("aux", "auxpass") for g in c.children
                                if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or subject.lemma_.lower() not in _CARE_ACTS:
                continue
            if any(c.dep_ in ("prep",) and c.lower_ in ("for", "as", "because") for c in adjective.children):
                continue
            if any(c.dep_ in ("acl", "relcl", "appos") for c in subject.children) \
                    or any(c.dep_ == "advcl" and c.i > adjective.i for c in verb.children):
                continue  # what the care was is said
            found.append(doc[_left_edge(subject):adjective.i + 1])
        return _clean(found)
    return _memo(ctx, "care_verdict", compute)


# ---- vague: a home's condition ----
_DWELLINGS = {"property", "home", "house", "flat", "bedroom", "bedrooms", "kitchen", "bathroom", "room", "rooms",
              "garden", "accommodation", "caravan", "household", "premises", "toilet", "living", "lounge",
              "bungalow", "maisonette", "bedsit", "hostel", "address", "dwelling", "housing", "bed", "bedding",
              "cot", "nursery"}
_SPELLED_AFTER = {"with", "including", "where", "which", "as", "because", "such", ":", "(", "-", "–", "—"}


def place_condition_spans(ctx: Context) -> list:
    """"the condition of the property", "the state of the house", "the conditions in the flat": a
    home's condition named with nothing said of what it is like."""
    def compute():
        found = []
        doc = ctx.doc
        for noun in ctx.tokens:
            if noun.lemma_.lower() not in ("condition", "state") or noun.pos_ != "NOUN":
                continue
            prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "at", "inside")), None)
            place = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            # ("home conditions", "living conditions" are the jargon list's, SOS101)
            if place is None or place.lemma_.lower() not in _DWELLINGS:
                continue
            if noun.lemma_.lower() == "state" and prep.lower_ != "of":
                continue
            if any(c.dep_ in ("acl", "relcl", "appos") for c in list(noun.children) + list(place.children)) \
                    or any(c.dep_ == "prep" and c.lower_ in ("with", "including") for c in list(noun.children) + list(place.children)):
                continue
            end = place.i
            after = doc[end + 1] if end + 1 < len(doc) else None
            after2 = doc[end + 2] if end + 2 < len(doc) else None
            if after is not None and (after.lower_ in _SPELLED_AFTER
                                      or (after.text == "," and after2 is not None and after2.lower_ in _SPELLED_AFTER)):
                continue  # "the state of the kitchen, with mouldy food on every plate"
            if any(c.dep_ == "amod" and c.lower_ in ("good", "clean", "tidy", "excellent", "lovely") for c in noun.children):
                continue
            found.append(doc[_left_edge(noun):end + 1])
        for adjective in ctx.tokens:  # "the room was cluttered and unhygienic", "the flat is unfit"
            if adjective.lower_ not in _HOME_VERDICTS or adjective.dep_ not in ("acomp", "conj"):
                continue
            head = adjective
            while head.dep_ == "conj" and head.head.i != head.i:
                head = head.head
            if head.dep_ != "acomp" or head.head.lemma_.lower() not in ("be", "remain", "look", "seem", "appear", "become"):
                continue
            subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.lemma_.lower() not in _DWELLINGS:
                continue
            if any((c.dep_ == "advcl" or (c.dep_ == "prep" and c.lower_ in ("with", "because", "as", "due")))
                   and c.i > adjective.i for c in list(adjective.children) + list(head.head.children)) \
                    or (adjective.i + 1 < len(doc) and doc[adjective.i + 1].lower_ in _SPELLED_AFTER):
                continue  # "unsafe because the stair gate is broken", "unhygienic, with dog mess on the floor"
            found.append(doc[adjective.i:adjective.i + 1])
        return _clean(found)
    return _memo(ctx, "place_condition", compute)


# Only a record's verdict words: "dirty", "messy" and "unsafe" are the family's own, and the
# exemplars use them ("the house becomes very dirty and unsafe").
_HOME_VERDICTS = {"unhygienic", "unsanitary", "insanitary", "squalid", "unkempt", "unsuitable", "inadequate",
                  "substandard", "uninhabitable", "unfit", "hazardous", "deplorable", "chaotic"}


# ---- vague: understanding an abstract risk ----
_UNDERSTANDING = {"understand", "appreciate", "recognise", "recognize", "acknowledge", "grasp", "realise", "realize",
                  "comprehend", "accept"}
_ABSTRACT_RISKS = {"risk", "danger", "impact", "seriousness", "harm", "concern", "consequence", "effect",
                   "severity", "gravity", "implication", "significance", "extent"}


def understands_risk_spans(ctx: Context) -> list:
    """"understands the risks posed by unknown adults", "does not appreciate the dangers",
    "recognise the seriousness of the concerns": knowing a risk named in the abstract. "understands
    that Dean must not come to the house" and "the risk of leaving Kai alone in the bath" say what."""
    def compute():
        found = []
        doc = ctx.doc
        for verb in ctx.tokens:
            if verb.lemma_.lower() not in _UNDERSTANDING or verb.pos_ != "VERB":
                continue
            thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if thing is None or thing.lemma_.lower() not in _ABSTRACT_RISKS:
                continue
            of = next((c for c in thing.children if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
            if of is not None and any(c.tag_ == "VBG" or c.dep_ == "pcomp" for c in of.children):
                continue  # "the risk of leaving Kai alone"
            if any(c.dep_ in ("relcl",) and any(g.dep_ == "nsubj" and g.lower_ not in ("this", "that", "which")
                                                 for g in c.children) and c.lemma_.lower() not in ("pose", "cause")
                   for c in thing.children):
                continue  # "the risk that he will hit Mum again" read as a relative clause
            found.append(doc[verb.i:thing.i + 1])
        return _clean(found)
    return _memo(ctx, "understands_risk", compute)


# ---- vague: reaching a state nobody can picture ----
_REACHING = {"achieve", "attain", "gain", "reach", "obtain", "secure", "acquire", "restore", "rebuild", "repair",
             "re-establish", "reestablish", "strengthen"}
_BONDS = {"relationship", "relationships", "bond", "bonds", "trust", "attachment", "connection"}
_STATES = {"independence", "stability", "sobriety", "abstinence", "recovery", "wellbeing", "well-being", "outcome",
           "outcomes", "potential", "security", "resilience", "permanence", "balance", "self-esteem", "maturity",
           "insight", "progress", "improvement", "success", "goal", "goals", "target", "targets", "wellness",
           "self-sufficiency", "autonomy", "normality", "equilibrium", "closure", "fulfilment", "contentment",
           "stabilisation", "confidence", "self-confidence", "self-worth", "milestones"}


def achieve_state_spans(ctx: Context) -> list:
    """"achieve financial independence", "attain stability", "gain resilience": an aim of reaching a
    state nobody can picture. "get a job at the bakery" and "gain two kilos" say what."""
    def compute():
        found = []
        doc = ctx.doc
        for verb in ctx.tokens:
            if verb.lemma_.lower() not in _REACHING or verb.pos_ != "VERB":
                continue
            thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
            if thing is None or thing.lemma_.lower() not in _STATES | _BONDS:
                continue
            if thing.lemma_.lower() in _BONDS and verb.lemma_.lower() in ("achieve", "gain", "reach", "obtain", "acquire"):
                continue
            if any(c.dep_ == "nummod" for c in thing.children):
                continue
            if any((c.dep_ == "prep" and c.lower_ in ("by", "through") and any(o.tag_ == "VBG" or o.dep_ == "pcomp"
                                                                              for o in c.children))
                   or (c.dep_ == "advcl" and any(m.lower_ in ("by", "when", "whenever") for m in c.children))
                   for c in verb.children):
                continue  # "rebuild trust by ringing Kai every Sunday", not "by the end of the year"
            if any(c.dep_ in ("prep", "advcl") and c.lower_ in ("by", "through") for c in thing.children):
                continue
            if thing.dep_ == "nsubjpass":
                found.append(doc[_left_edge(thing):verb.i + 1])
            else:
                found.append(doc[verb.i:thing.i + 1])
        return _clean(found)
    return _memo(ctx, "achieve", compute)
