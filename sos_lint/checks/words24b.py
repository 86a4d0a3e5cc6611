"""Round 24 (words24b): absence of harm said as a trouble state that will not come about (SOS512).

"Mercy will not go missing", "the children will no longer be homeless", "Dad will not become
aggressive", "Blaze will not be involved in shoplifting", "Father will not lose his temper": a goal
clause, negated ("not", "never", "no longer") and looking ahead (will, must, to), whose predicate is
a state of trouble read from the parse: a linking verb (be, become, get, go, end up) with a trouble
word as its complement, "involved in" an offence, or losing one's temper or control. Nobody can see
any of these not happening; the goal should say what the adults will do instead.

These spans join SOS512's own readings in structure.py, so every exception that rule already knows
(an alternative in the same or the next sentence, the "if this doesn't happen" sentence, a trigger
such as "when Dad gets angry", a rule with its arrangement beside it) still applies.

Left alone: the same words said positively or as a condition ("if Mercy goes missing, Nan will ring
101"), a "not" that is not about the state ("will not be home late"), the trouble word used of
something else ("the missing key").
"""
from __future__ import annotations

from .base import Context

# Trouble states a person can be in, as the complement of a linking verb ("go missing", "become
# aggressive", "be homeless", "get drunk"). Each is harm or its sign, never an everyday state.
_TROUBLE_STATES = {"missing", "homeless", "aggressive", "violent", "abusive", "drunk", "intoxicated",
                   "exploited", "arrested", "excluded", "hurt", "injured", "harmed", "threatening",
                   "hostile", "physical", "rough", "destitute", "trafficked", "groomed"}
_LINKING = {"be", "become", "get", "go", "end", "turn", "grow", "remain", "stay"}
# What one can be "involved in" that is an offence or harm.
_OFFENCES = {"shoplifting", "shoplift", "steal", "deal", "fight", "crime", "criminality", "offending", "theft", "stealing", "fight", "fighting",
             "violence", "drug", "drugs", "dealing", "gang", "gangs", "robbery", "burglary", "assault",
             "vandalism", "exploitation", "trafficking", "county", "disorder"}
# What one "loses" that is a loss of self-control.
_SELF_CONTROL = {"temper", "control", "cool", "rag"}
_AHEAD = {"will", "'ll", "wo", "shall", "must", "should", "to", "ca", "can", "cannot"}


def _negated(verb) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in ("not", "n't", "never") for c in verb.children):
        return True
    # "will no longer be homeless": "longer" hangs on the verb, "no" on "longer"
    return any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in verb.children)


def _looks_ahead(verb) -> bool:
    """Said of the future or as a demand: "will not", "must never", "(Dad) to not", "and not lose"
    (a verb joined to one that looks ahead)."""
    for node in (verb, verb.head if verb.dep_ == "conj" else None):
        if node is None:
            continue
        if any(c.dep_ in ("aux", "mark") and c.lower_ in _AHEAD for c in node.children):
            return True
    return False


def _trouble(verb):
    """The last token of the trouble the clause names, or None."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if lemma in _LINKING and child.dep_ in ("acomp", "attr", "oprd", "xcomp", "advmod", "ccomp", "advcl") \
                and child.lower_ in _TROUBLE_STATES:
            return child
        if lemma == "end" and child.dep_ == "prt" and child.lower_ == "up":
            state = next((c for c in verb.children if c.lower_ in _TROUBLE_STATES), None)
            if state is not None:
                return state
        if lemma == "lose" and child.dep_ == "dobj" and child.lemma_.lower() in _SELF_CONTROL:
            return child
    if lemma == "involve" and any(c.dep_ == "auxpass" for c in verb.children):
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                thing = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
                if thing is not None and (thing.lemma_.lower() in _OFFENCES or thing.lower_ in _OFFENCES):
                    return thing
    return None


def absence_spans(ctx: Context) -> list:
    """Goal clauses that promise a trouble state will not come about (see the module's notes)."""
    if ctx.kind != "goal":
        return []

    def compute():
        found = []
        for verb in ctx.tokens:
            if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass"):
                continue
            if not _negated(verb) or not _looks_ahead(verb):
                continue
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "when", "whenever", "until")
                   for c in verb.children):
                continue  # "if Dad will not be violent" sets a condition, it promises nothing
            end = _trouble(verb)
            if end is None:
                continue
            words = [c for c in verb.children if c.dep_ in ("aux", "neg") or c.lower_ in ("longer", "never")]
            start = min([verb.i] + [w.i for w in words if w.i < verb.i])
            found.append(ctx.doc[start:max(end.i, verb.i) + 1])
        return found
    return ctx.memo("words24b:absence", compute)


# ---- vague (SOS302) ----

# What a goal says will be done to someone's "needs" without saying which: met, prioritised, addressed.
_DONE_TO_NEEDS = {"meet", "prioritise", "prioritize", "address", "recognise", "recognize", "understand",
                  "consider", "support", "assess", "identify", "put", "place", "manage", "attend"}


def needs_outcome_spans(ctx: Context) -> list:
    """"Mercy's needs as a young carer to be met", "the children's emotional and physical needs to be
    prioritised": the plural noun "needs" in the to-infinitive goal style, with the passive verb
    hanging below it (the parse makes "needs" the root and the verb its clause), so neither the
    lexicon's "needs" (which wants to hang on "meet") nor the "will be met" reading sees it. Which
    needs, and who will do what, is missing. Left alone: "needs" spelled out after a colon or
    "such as", the verb "needs" ("Sonny needs to be cared for by…"), and a passive with its doer
    named ("to be met by Nan cooking tea every night")."""
    def compute():
        from .vague_aims import _spelled_out_after
        from .word_context import quoted
        found = []
        for verb in ctx.tokens:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in _DONE_TO_NEEDS:
                continue
            if not any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ not in ("acl", "relcl", "xcomp"):
                continue
            if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                continue
            if any(c.dep_ == "agent" for c in verb.children) or _spelled_out_after(verb):
                continue
            needs = verb.head
            for _ in range(3):  # "needs as a young carer to be met": "met" hangs on "carer"
                if needs.lower_ == "needs" and needs.pos_ == "NOUN":
                    break
                needs = needs.head
            if needs.lower_ != "needs" or needs.pos_ != "NOUN" or needs.i > verb.i:
                continue
            described = [c.i for c in needs.children if c.dep_ in ("amod", "compound")]
            span = ctx.doc[min(described + [needs.i]):verb.i + 1]
            if not quoted(span):
                found.append(span)
        return found
    return ctx.memo("words24b:needs", compute)


def struggle_spans(ctx: Context) -> list:
    """"Mum struggles with routines", "the family are struggling financially", "finds day-to-day
    tasks a struggle": a person said to struggle, with only a domain named ("with routines") or an
    adverb of domain ("financially"), not what happens. Left alone: a struggle to do something named
    ("struggles to get Leo up for school", and "struggling to cope", which the lexicon reports), a
    bare "is struggling" (often the child's feeling in the if-nothing-changes sentence), a
    condition ("if Mum struggles with…"), and things that struggle ("the boiler struggles")."""
    def compute():
        from .word_context import quoted
        from . import analysis
        children = analysis.child_tokens(ctx)
        people = children | analysis.adult_tokens(ctx)
        found = []
        for word in ctx.tokens:
            if word.lemma_.lower() != "struggle":
                continue
            if word.pos_ == "VERB":
                if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "when", "whenever") for c in word.children):
                    continue
                subject = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is None and word.dep_ == "conj":  # "Mum presents as chaotic and struggles with…"
                    subject = next((c for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is not None and (subject.i in children or analysis.pronoun_is_child(ctx, subject)):
                    continue  # "Leo struggles with reading": the child's own difficulty, said as the child lives it
                if subject is None or not (subject.i in people or subject.pos_ in ("PRON", "PROPN")
                                           or subject.lemma_.lower() in ("family", "parent", "mum", "dad", "mother",
                                                                         "father", "carer", "grandparent")):
                    continue
                if subject.pos_ == "PRON" and subject.lower_ in ("it", "this", "that"):
                    continue
                domain = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "with"
                               and any(g.dep_ == "pobj" for g in c.children)), None)
                adverb = next((c for c in word.children if c.dep_ == "advmod" and c.lower_.endswith("ally")), None)
                if adverb is None and word.i + 1 < len(ctx.doc) and ctx.doc[word.i + 1].lower_.endswith("ally") \
                        and ctx.doc[word.i + 1].pos_ == "ADV":  # "struggling emotionally after the fire"
                    adverb = ctx.doc[word.i + 1]
                end = domain.right_edge.i if domain is not None else adverb.i if adverb is not None else None
                if end is None:
                    continue
                span = ctx.doc[word.i:end + 1]
            elif word.pos_ == "NOUN" and word.dep_ in ("oprd", "attr", "dobj", "ccomp", "xcomp") \
                    and word.head.lemma_.lower() in ("find", "be"):
                det = [c.i for c in word.children if c.dep_ == "det"]
                span = ctx.doc[min(det + [word.i]):word.i + 1]
            else:
                continue
            if not quoted(span):
                found.append(span)
        return found
    return ctx.memo("words24b:struggle", compute)


# A how-often or how-soon word that sets no figure: "regular contact", "timely medical attention".
_UNMEASURED_OFTEN = {"regular", "timely", "prompt", "frequent", "adequate", "sufficient", "routine"}
_FIGURES = {"every", "each", "daily", "weekly", "fortnightly", "monthly", "nightly", "times", "twice", "once",
            "morning", "evening", "night", "day", "week", "month", "hours",
            "minutes", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend",
            "weekends"}


def _an_age(token) -> bool:
    """"Merry (4)": a child's age in brackets, not a figure for how often."""
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")"


def unmeasured_care_spans(ctx: Context) -> list:
    """A goal's care or contact with a how-often or how-soon word and no figure anywhere in its
    sentence: "keep in regular contact", "takes part in regular physical activity", "seek timely
    medical attention". Left alone: a figure beside it ("regular contact, every Sunday at 4"), the
    usual one of a person or place ("her regular GP", "his routine check-up at the surgery" with
    its date), and worries (a worry's "regular" is often what was seen: "regular visitors")."""
    if ctx.kind != "goal":
        return []

    def compute():
        from .word_context import quoted
        from . import analysis
        found = []
        for adjective in ctx.tokens:
            if adjective.lower_ not in _UNMEASURED_OFTEN or adjective.dep_ != "amod":
                continue
            noun = adjective.head
            if noun.pos_ != "NOUN" or analysis.is_name(noun):
                continue
            if any(c.dep_ == "poss" for c in noun.children):
                continue  # "her regular GP", "his routine check-up": the usual one, not a measure
            sentence = noun.sent
            if any(t.lower_ in _FIGURES or (t.like_num and not _an_age(t)) or t.ent_type_ in ("DATE", "TIME")
                   for t in sentence):
                continue
            start = min([adjective.i] + [c.i for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i])
            span = ctx.doc[start:noun.i + 1]
            if not quoted(span):
                found.append(span)
        return found
    return ctx.memo("words24b:unmeasured", compute)


# What a goal says will be "in place" that is a service's paperwork or provision, not a deed.
_PROVISIONS = {"plan", "support", "arrangement", "measure", "strategy", "safeguard", "package", "service",
               "intervention", "provision", "agreement", "structure", "system", "protocol", "procedure"}


def in_place_spans(ctx: Context) -> list:
    """"Ms Eze will have a safety plan in place", "Safety plan to be in place", "support will be put in
    place": a plan or provision said to exist as the goal, with nothing said of what anyone in it
    will do. Left alone: a plan as the time of something else ("while this plan is in place", "as
    long as the order is in place"), "stay in place" for how long something lasts, "this needs to be
    in place" pointing back at deeds already said, and a plan whose content follows (a colon, "which
    says", "so that Nan…")."""
    def compute():
        from .word_context import quoted
        found = []
        for place in ctx.tokens:
            if place.lower_ != "place" or place.dep_ != "pobj" or any(c.dep_ in ("det", "poss") for c in place.children):
                continue
            prep = place.head
            if prep.lower_ != "in":
                continue
            verb = prep.head
            if verb.pos_ == "NOUN":  # "a safety plan in place" hung on the noun
                thing, verb = verb, verb.head
            else:
                thing = None
            if verb.lemma_.lower() not in ("be", "have", "put", "get", "set"):
                continue  # "stay in place", "remain in place": how long something lasts
            infinitive = verb.dep_ in ("acl", "relcl", "xcomp") and verb.head.lemma_.lower() in _PROVISIONS \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            if infinitive and thing is None:
                thing = verb.head  # "Safety plan to be in place": the goal style's verbless line
            elif any(c.dep_ == "mark" for c in verb.children) or verb.dep_ in ("advcl", "relcl", "acl", "pcomp"):
                continue  # "while this plan is in place"
            if thing is None:
                thing = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                              and c.lemma_.lower() in _PROVISIONS), None)
            if thing is None or thing.lemma_.lower() not in _PROVISIONS:
                continue
            ahead = any(c.dep_ == "aux" and c.lower_ in ("will", "to", "must", "should", "'ll") for c in verb.children)
            if not ahead and ctx.kind != "goal":
                continue
            if any(t.lower_ in (":", "which", "that", "so", "where", "including") for t in ctx.doc[place.i + 1:place.sent.end]):
                continue  # the plan's content follows
            # The words "in place" and the verb right before them ("to be in place"), never the plan's
            # own name: "Safety plan" is the name of the document the family is given.
            start = prep.i
            if verb.i == prep.i - 1:
                start = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i])
            span = ctx.doc[start:place.i + 1]
            if not quoted(span):
                found.append(span)
        return found
    return ctx.memo("words24b:in_place", compute)


# ---- worry held by nobody (SOS302) and "re" (SOS104) ----

_WORRY_NOUNS = {"concern", "worry"}
_VOICED = {"raise", "express", "note", "highlight", "identify", "share", "report", "voice", "record", "flag"}


def unheld_worry_spans(ctx: Context) -> list:
    """"Concerns raised re unsafe sleeping", "Worries were raised about Leo's bruises": a worry said
    to have been raised, noted or shared, with nobody named as raising it and the verb only carrying
    it. Left alone: a worry with its holder ("concerns were raised by Leo's teacher", "Mum raised
    worries with the GP"), and a worry that is a person's own words in quotes."""
    def compute():
        from .word_context import quoted
        found = []
        for verb in ctx.tokens:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in _VOICED:
                continue
            if any(c.dep_ == "agent" for c in verb.children):
                continue  # "raised by Leo's teacher"
            worry = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                          and c.lemma_.lower() in _WORRY_NOUNS), None)
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            # "Concerns raised re …": the note-taker's verbless line, "raised" read as the main verb
            verbless = worry is not None and not passive and verb.tag_ in ("VBN", "VBD") \
                and not any(c.dep_ == "aux" for c in verb.children)
            if worry is None and verb.dep_ == "acl" and verb.head.lemma_.lower() in _WORRY_NOUNS \
                    and verb.head.dep_ in ("ROOT", "nsubj") and verb.head.i == verb.i - 1:
                worry, verbless = verb.head, True  # "Concerns raised about …" parsed on the noun
            if worry is None or not (passive or verbless):
                continue
            span = ctx.doc[min(worry.left_edge.i, worry.i):verb.i + 1]
            if not quoted(span):
                found.append(span)
        return found
    return ctx.memo("words24b:unheld", compute)


def re_spans(ctx: Context) -> list:
    """"Concerns raised re unsafe sleeping", "a call re Leo's school place": the letter-writer's "re"
    for "about". Not the prefix of a hyphenated word ("re-referred"), nor "'re" (are), nor "re:"
    (the jargon lexicon's own entry)."""
    found = []
    for token in ctx.tokens:
        if token.text not in ("re", "Re") or token.pos_ in ("VERB", "AUX"):
            continue  # "RE" is religious education ("an RE lesson")
        after = ctx.doc[token.i + 1] if token.i + 1 < len(ctx.doc) else None
        if after is None or after.is_punct:
            continue  # "re-referred"; "re:" has its own entry in the jargon lexicon
        if token.i > 0 and ctx.doc[token.i - 1].text in ("'", "’"):
            continue
        found.append(ctx.doc[token.i:token.i + 1])
    return found
