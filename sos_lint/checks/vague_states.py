"""Vague outcomes and states read on the parse (SOS302, round 11, wordsb11).

- A comparative outcome with no behaviour: "an improved relationship", "better routines", "more
  positive interactions", "a stronger bond": a quality going up on an abstract noun.
- Whom it helps, in place of the act: "for the benefit of Wren", "for Ava's benefit", "for the
  good of the children".
- An injury named with no description: "a mark to her face", "an injury", "marks on her arms",
  with nothing of its size, colour, shape or cause.
- "Risk of further X": a further harm named, not what could happen ("Risk of further physical
  abuse.").
- An emotional state as the child's whole picture: "presents as withdrawn", "is struggling
  emotionally", "has been unsettled", with no behaviour anyone saw in the sentence.
"""
from __future__ import annotations

from . import analysis
from .base import Context
from .lexicon import looks_ahead
from .word_context import quoted

# Abstract nouns whose quality a goal may say goes up with nothing anyone can see.
_QUALITIES = {
    "relationship", "relationships", "relation", "relations", "communication", "routine", "routines",
    "interaction", "interactions", "bond", "bonds", "attachment", "attachments", "parenting", "care",
    "engagement", "wellbeing", "well-being", "functioning", "co-operation", "cooperation", "stability",
    "consistency", "structure", "understanding", "connection", "connections", "dynamic", "dynamics",
    "environment", "boundaries", "insight", "resilience", "confidence", "self-esteem", "parenting",
    "coping", "outcomes", "presentation", "engagement", "home life", "family life", "co-parenting",
    # Round 12: warmth and closeness named as a quantity ("greater emotional warmth", "more nurture")
    "warmth", "closeness", "nurture", "nurturing", "affection", "trust", "security", "harmony", "empathy",
    "attunement", "involvement", "availability", "responsiveness", "sensitivity", "support",
}
_COMPARING = {"better", "improved", "closer", "stronger", "healthier", "calmer", "happier", "safer", "greater",
              "increased", "enhanced", "improving", "positive", "warmer", "more", "less", "fewer", "reduced"}
_MORE = {"more", "less", "increasingly"}


def _comparing(mod) -> bool:
    """"better", "improved", "more positive", "less chaotic"."""
    word = mod.lower_
    if any(c.lower_ in _MORE for c in mod.children if c.dep_ == "advmod"):
        return True  # "more positive", "less chaotic"
    if word in ("positive", "reduced", "fewer"):
        return False  # "positive" alone is the house style's own word; "reduced" is care_words'
    return mod.tag_ in ("JJR",) or word in _COMPARING - {"more", "less"}


def comparative_outcome_spans(ctx: Context) -> list:
    """"an improved relationship", "more positive interactions", "a stronger bond"."""
    found = []
    doc = ctx.doc
    for noun in ctx.tokens:
        if noun.pos_ != "NOUN":
            continue
        head = noun
        if noun.i >= 2 and doc[noun.i - 1].text == "-" and f"{doc[noun.i - 2].lower_}-{noun.lower_}" in _QUALITIES:
            head = doc[noun.i - 2]  # "co-operation", "co-parenting": the tagger splits the word
        elif noun.lower_ not in _QUALITIES:
            continue
        mods = [c for t in {head, noun} for c in t.children
                if c.dep_ in ("amod", "compound", "nmod") and c.i < head.i and _comparing(c)]
        before = doc[head.i - 1] if head.i else None
        if not mods and before is not None and noun.dep_ == "dobj" and before.i == noun.head.i \
                and before.tag_ in ("VBN", "VBD") and before.lemma_.lower() in ("increase", "improve", "enhance"):
            mods = [before]  # "will have increased stability": the tagger reads "increased" as the verb
        if not mods:
            # "more consistent routines": the tagger hangs "more" on the noun, beside the adjective
            mods = [c for c in noun.children if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i < noun.i
                    and any(m.lower_ in ("more", "less") and m.dep_ in ("amod", "advmod") and m.i == c.i - 1
                            for m in noun.children)]
            mods = [ctx.doc[m.i - 1] for m in mods]
        if not mods:
            # "more structure": "more" straight before the noun
            mods = [c for c in noun.children if c.dep_ == "amod" and c.lower_ in ("more", "less") and c.i == noun.i - 1]
        if not mods:
            continue
        start = min(m.i if m.i == noun.head.i else min(t.i for t in m.subtree) for m in mods)
        span = ctx.doc[start:noun.i + 1]
        if not quoted(span):
            found.append(span)
    return found


def benefit_spans(ctx: Context) -> list:
    """"for the benefit of Wren", "for Ava's benefit", "for the good of the children"."""
    found = []
    for noun in ctx.tokens:
        if noun.lower_ not in ("benefit", "good", "sake") or noun.dep_ != "pobj" or noun.head.lower_ != "for":
            continue
        whose = next((c for c in noun.children if c.dep_ == "poss"), None)
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if noun.lower_ == "sake" and whose is None and of is None:
            continue
        if whose is None and (of is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)):
            continue
        if whose is not None:
            span = ctx.doc[noun.head.i:noun.i + 1]
        else:
            span = ctx.doc[noun.head.i:of.i + 1]
        if not quoted(span):
            found.append(span)
    return found


_INJURIES = {"mark", "marks", "injury", "injuries"}
# Words that describe an injury: colour, shape, size, kind, or what made it.
_DESCRIBING_DEPS = ("amod", "compound", "nummod", "acl", "relcl", "appos")
_VAGUE_MODS = {"a", "an", "some", "any", "unexplained", "visible", "further", "minor", "several", "other", "new",
               "possible", "significant", "physical", "noticeable", "obvious", "suspicious", "concerning",
               "numerous", "multiple", "the", "these", "this", "that", "those", "recent", "old"}
_CAUSES = {"from", "by", "with", "like", "where", "after", "caused", "consistent"}


def bare_injury_spans(ctx: Context) -> list:
    """"Precious was noted to have a mark to her face", "an injury to her ear", "marks on her
    arms": a hurt named with nothing of what it looked like or what made it. Numbers of injuries
    ("three injuries") are counts, not descriptions."""
    found = []
    if ctx.kind != "worry":
        return found  # a goal's "tell you if she sees any marks" is a check, not a report
    for noun in ctx.tokens:
        if noun.pos_ != "NOUN" or noun.lower_ not in _INJURIES:
            continue
        if noun.head.lemma_.lower() in ("leave", "cause") and noun.dep_ == "dobj" and noun.head.tag_ != "VBD" \
                or any(c.lower_ == "any" for c in noun.children) or _conditional(noun):
            continue  # "smacked her hard enough to leave marks": the act is said; "if she sees any marks"
        if noun.lower_.startswith("mark") and _not_a_hurt(noun):
            continue
        describing = [c for c in noun.children if c.dep_ in _DESCRIBING_DEPS
                      and c.lower_ not in _VAGUE_MODS and not (c.dep_ == "nummod")
                      and not (c.dep_ == "relcl" and _unexplained(c))]
        if describing:
            continue
        before = ctx.doc[noun.i - 1] if noun.i > 0 else None
        if before is not None and before.pos_ == "ADJ" and before.lower_ not in _VAGUE_MODS and before.dep_ in ("conj", "amod", "dep") \
                and before.head.i != noun.i and before.is_alpha:
            continue  # round 31 (alarms31): "a cut lip and red marks", "red" hung on "lip" as a conjunct: it still describes the marks
        causes = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in _CAUSES]
        if causes:
            continue
        if any(c.dep_ == "poss" for c in noun.children) and noun.dep_ in ("nsubj", "nsubjpass"):
            continue  # round 14: "Ruby's injuries were passed to the police": hurts already named, referred back to
        start = noun.i
        det = next((c for c in noun.children if c.dep_ == "det" and c.i == noun.i - 1), None)
        if det is not None:
            start = det.i
        span = ctx.doc[start:noun.i + 1]
        if not quoted(span):
            found.append(span)
    return found


def _conditional(token) -> bool:
    """The word sits in an "if", "when" or "unless" clause."""
    return analysis.in_marked_clause(token, ("if", "when", "whenever", "unless"))  # (per-Doc tables)


def _unexplained(clause) -> bool:
    """"injuries that nobody has explained", "that Mum could not explain": no description."""
    return clause.lemma_.lower() in ("explain", "account")


def _not_a_hurt(noun) -> bool:
    """"a top mark in his spelling test", "a mark on the calendar": marks that are not injuries."""
    words = {t.lower_ for t in noun.sent}
    if words & {"test", "tests", "exam", "exams", "calendar", "chart", "sticker", "stickers", "score", "scores",
                "homework", "spelling", "maths", "wall", "carpet", "floor", "table", "sofa", "door", "paper",
                "top", "full", "marks", "star"} - {"marks"}:
        return True
    return False


_HARM_RISKS = {"risk", "risks", "likelihood", "danger", "possibility", "chance"}


def further_risk_spans(ctx: Context) -> list:
    """"Risk of further physical abuse.", "a risk of further incidents", "the danger of further
    violence": a further harm named, with nothing of what could happen to whom."""
    found = []
    for noun in ctx.tokens:
        if noun.lower_ not in _HARM_RISKS:
            continue
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if thing is None or not any(c.lower_ == "further" for c in thing.subtree if c.i < thing.i):
            continue
        further = next(c for c in thing.subtree if c.lower_ == "further")
        end = thing.i if noun.lower_ != "risk" else further.i
        span = ctx.doc[noun.i:end + 1]
        if not quoted(span):
            found.append(span)
    return found


# States said of a child that stand in for what the child did.
# ("upset", "sad" and "unhappy" are the family's own words and are left alone.)
_STATES = {"withdrawn", "unsettled", "dysregulated", "distressed", "troubled", "subdued", "emotional",
           "disengaged", "flat", "anxious", "fragile", "low"}
_STATE_VERBS = {"be", "seem", "appear", "present", "become", "look", "remain", "get", "feel", "grow"}
# Verbs that say what a child did, which the state then only colours.
_NOT_DOING = _STATE_VERBS | {"struggle", "say", "report", "describe", "note", "observe", "think", "believe",
                             "worry", "have", "change", "deteriorate", "continue", "need"}


def _child(ctx: Context, token) -> bool:
    if token is None:
        return False
    if token.i in analysis.child_tokens(ctx) or token.lower_ in analysis.people_words()["children"]:
        return True
    return token.pos_ == "PRON" and token.lower_ in ("he", "she", "they") and analysis.pronoun_is_child(ctx, token)


def _behaviour_in(ctx: Context, sentence, skip) -> bool:
    """Another verb in the sentence says what the child did: "and hid under her bed", "woke three
    times", "told his teacher". What an adult did ("since Dad left") is context, not behaviour."""
    for token in sentence:
        if token.i in skip or token.pos_ != "VERB" or token.lemma_.lower() in _NOT_DOING or token.lower_ in _STATES:
            continue
        if any(c.dep_ == "auxpass" for c in token.children) and not any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
            continue  # round 16 (words16b): "are not permitted friends" is done to the child, not by them
        verb = token
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        while subject is None and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or _child(ctx, subject):
            return True
    return False


def state_spans(ctx: Context) -> list:
    """"Blessing presents as withdrawn", "she is struggling emotionally", "Leo has been unsettled
    since Dad left": a state given as the child's picture, with nothing the child did."""
    found = []
    for word in ctx.tokens:
        lower = word.lower_
        span = None
        if lower in _STATES and word.pos_ in ("ADJ", "VERB"):
            verb = word.head if word.dep_ in ("acomp", "attr", "oprd", "pobj", "xcomp", "conj", "advcl") else word
            if verb.lower_ == "as":
                verb = verb.head
            while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.lower_ in _STATES:
                verb = verb.head.head if verb.head.dep_ in ("acomp", "attr") else verb.head
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if word.dep_ == "ROOT" or word.pos_ == "VERB" and word.lemma_.lower() not in _STATES:
                subject = subject or next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            doc = ctx.doc
            if word.i >= 3 and doc[word.i - 1].lower_ == "as" and doc[word.i - 2].lower_ in (
                    "presents", "presented", "presenting", "present"):
                verb, subject = doc[word.i - 2], doc[word.i - 3]  # "Ruby presents as withdrawn", however it parses
            if verb.lemma_.lower() not in _STATE_VERBS and verb.i != word.i:
                continue
            if lower in ("withdrawn",) and any(c.dep_ in ("dobj",) for c in word.children):
                continue  # "has withdrawn £200"
            if not _child(ctx, subject):
                continue
            span = ctx.doc[word.i:word.i + 1]
            skip = {word.i, verb.i}
        elif word.lemma_.lower() == "struggle" and word.pos_ == "VERB":
            subject = next((c for c in word.children if c.dep_ in ("nsubj",)), None)
            if not _child(ctx, subject):
                continue
            objects = [c for c in word.children if c.dep_ in ("xcomp", "dobj")]
            prep = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "with"), None)
            what = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            how = next((c for c in word.children if c.dep_ == "advmod" and c.lower_ in ("emotionally", "mentally")), None)
            if objects:
                continue  # "struggling to read": what she struggles to do is said
            if what is not None and what.lemma_.lower() not in ("emotion", "feeling", "wellbeing", "mood", "health",
                                                                 "behaviour", "anxiety", "confidence", "self-esteem"):
                continue  # "struggling with his reading"
            end = how.i if how is not None else (what.i if what is not None else word.i)
            span = ctx.doc[word.i:end + 1]
            skip = {word.i}
        if span is None or quoted(span) or _conditional(word):
            continue  # "tell you if Rayan seems upset": a check, not a report
        if _behaviour_in(ctx, word.sent, skip | {t.i for t in span}):
            continue
        found.append(span)
    return found


# Round 39 (r39c): how a person sees themselves, graded and nothing seen: "Chase has low
# self-esteem", "presents with poor confidence", "low self-worth and anxiety".
_SELF_VIEWS = {"self-esteem", "esteem", "self-worth", "confidence", "self-confidence", "self-image", "self-belief"}
_GRADED_LOW = {"low", "poor", "little", "reduced", "limited", "diminished", "fragile", "very"}


def low_self_view_spans(ctx: Context) -> list:
    """"Has low self-esteem", "presents with poor confidence": a grade on how someone sees
    themselves, which nobody can see. Left alone: the words go on to say what shows it ("low
    self-esteem: she calls herself stupid", "such as"), what could happen ("could end up with low
    self-esteem"), a goal's aim (read by the outcome readings), quoted words, "self-esteem" said to
    grow ("her confidence is growing": no grade)."""
    if ctx.kind != "worry":
        return []
    found = []
    doc = ctx.doc
    for noun in ctx.tokens:
        if noun.lower_ not in _SELF_VIEWS or noun.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        grade = [c for c in noun.children if c.dep_ in ("amod", "advmod", "compound") and c.lower_ in _GRADED_LOW
                 and c.i < noun.i]
        if not grade or _conditional(noun.head if noun.head.i != noun.i else noun) or looks_ahead(noun):
            continue
        after = doc[noun.i + 1:min(noun.sent.end, noun.i + 3)]
        if any(t.text in (":", "(", "–", "—") or t.lower_ in ("such", "shown", "seen", "because") for t in after):
            continue
        start = min(t.i for t in grade)
        span = doc[start:noun.i + 1]
        if not quoted(span):
            found.append(span)
    return found


# Round 41 (r41c): a goal whose aim is an inner state the person will have or grow, named as a noun:
# "Darius will develop a positive sense of identity", "Jack will develop a more balanced world view",
# "Pearl and Tobi will have financial stability", "carers to promote stability". What the child or
# adult will do, and what others will see, is not said.
_INNER_STATES = {
    "identity", "stability", "security", "resilience", "confidence", "self-confidence", "self-esteem",
    "self-worth", "independence", "maturity", "wellbeing", "well-being", "happiness", "contentment",
    "belonging", "wellness", "self-belief", "self-image", "worth", "outlook", "worldview",
    "mindset", "perspective", "view",
}
# Verbs by which a goal gives someone a state: have it, grow it, or make it grow.
_GIVING_STATE = {"develop", "gain", "have", "achieve", "build", "promote", "foster", "attain", "enjoy",
                 "experience", "grow", "find", "acquire", "nurture", "establish", "regain"}
# A view is an inner state when it is grown, not when it is had ("Nan will have a view of the garden").
_VIEWS = {"outlook", "worldview", "mindset", "perspective", "view"}
# Names of a service's measure or a job ("placement stability", "security staff"): not the person's state.
_NOT_A_PERSONS = {"placement", "tenancy", "housing", "job", "home", "staff", "guard", "officer", "team", "service"}


def inner_state_aim_spans(ctx: Context) -> list:
    """A goal's aim given as an inner state named by a noun, as what someone will have or develop:
    "develop a positive sense of identity", "have financial stability", "promote stability",
    "gain confidence". Left alone: a state with what shows it in the same clause ("gain confidence
    by walking to school with Nan" keeps its "by"), a service's measure or a job's name ("placement
    stability", "security staff"), a view one has of a place ("a view of the garden"), worries, and
    quoted words."""
    if ctx.kind != "goal":
        return []
    found = []
    for noun in ctx.tokens:
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "conj"):
            continue
        sense = lemma == "sense" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
        if not sense and lemma not in _INNER_STATES and noun.lower_ not in _INNER_STATES:
            continue
        target = noun
        while target.dep_ == "conj" and target.head.pos_ == "NOUN":
            target = target.head
        verb = target.head
        if target.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _GIVING_STATE:
            continue
        if lemma in _VIEWS and (verb.lemma_.lower() == "have"
                                or any(c.dep_ == "prep" and c.lower_ in ("of", "over", "from") for c in noun.children)):
            continue  # "have a view", "a view of the garden"
        if any(c.lower_ in _NOT_A_PERSONS for c in noun.children if c.dep_ in ("compound", "nmod")) \
                or (noun.head.lower_ in _NOT_A_PERSONS and noun.dep_ == "compound"):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pcomp" or g.tag_ == "VBG" for g in c.children)
               for c in verb.children) \
                or any(c.dep_ == "advcl" and c.tag_ == "VBG" for c in verb.children):
            continue  # "gain confidence by walking to school with Nan": what shows it is said
        start = min(t.i for t in noun.subtree if t.dep_ not in ("det", "poss", "relcl") or t.i == noun.i)
        end = max([noun.i] + [t.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree])
        span = ctx.doc[start:end + 1]
        if not quoted(span):
            found.append(span)
    return found


# Round 41 (r41c): a standard or milestone named as what is met or reached, without saying what it is:
# "the home to meet minimum standards", "Ezra will meet his developmental milestones", "is not meeting
# her milestones", "Hana reaches her growth milestones". (Graded standards, "an acceptable standard",
# are the word list's.)
_STANDARDS = {"standard", "standards", "milestone", "milestones", "benchmark", "benchmarks", "norm", "norms"}
_MEETING = {"meet", "reach", "achieve", "attain", "hit", "maintain", "miss", "fall", "keep"}


def unnamed_standard_spans(ctx: Context) -> list:
    """A standard or milestone as the object of "meet", "reach", "achieve", "maintain", "miss" (or
    their passive: "standards will be met"), with nothing saying which: no "of" phrase or clause
    after it that names it, no count or date. Left alone: a named body ("Trading Standards"), a
    standard said ("the standard of walking by 18 months"), and quoted words."""
    found = []
    for noun in ctx.tokens:
        if noun.lower_ not in _STANDARDS or noun.pos_ != "NOUN" or noun.text[:1].isupper() and noun.i > noun.sent.start:
            continue
        verb = noun.head
        if noun.dep_ == "pobj" and verb.lower_ in ("below", "to") and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "fall below standards", "kept to standards"
        elif noun.dep_ not in ("dobj", "nsubjpass"):
            continue
        if verb.lemma_.lower() not in _MEETING:
            continue
        if any(c.dep_ in ("relcl", "acl", "nummod") or (c.dep_ == "prep" and c.lower_ in ("of", "for", "in", "set"))
               for c in noun.children):
            continue  # "the milestones for walking set out in the red book", "the standard of care in the plan"
        if any(c.dep_ in ("amod", "compound") and c.lower_ in ("acceptable", "adequate", "reasonable", "good", "basic")
               for c in noun.children):
            continue  # the word list's "an acceptable standard"
        start = min(t.i for t in noun.subtree if t.dep_ not in ("det", "poss") or t.i == noun.i)
        span = ctx.doc[min(start, verb.i) if verb.i < noun.i else start:noun.i + 1]
        if not quoted(span):
            found.append(span)
    return found
