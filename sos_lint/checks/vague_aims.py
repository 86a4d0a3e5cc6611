"""Vague aims read on the parse (SOS302, round 7): an aim a professional would write in place of
something the family can picture ("address her trauma", "evidence sustained change", "basic needs
will be met", "June will be safe", "the health visitor will monitor", "set boundaries"), and a
process offered as the harm ("a risk of escalation", "the LA will consider legal proceedings",
"her presentation was concerning")."""
from __future__ import annotations

import re

from . import analysis, words25
from .base import Context
from .lexicon import looks_ahead
from .word_context import is_child, quoted, quoted_token, settings

_HOW = {"by", "through", "via"}  # "address it by ringing Nan": the how is there
_SPELLED_OUT = {":", "(", "-", "–", "such", "like", "including", "namely"}  # "set rules: home by 9"


def _words(key: str) -> set[str]:
    return set(settings()[key])


def _says_how(verb) -> bool:
    """"Mum will deal with it by ringing Nan", "show change: Leo in school every day": the words
    go on to say what will be done."""
    if any(c.dep_ == "prep" and c.lower_ in _HOW and any(
            g.dep_ == "pcomp" or g.tag_ == "VBG" or (g.dep_ == "pobj" and c.lower_ != "by") for g in c.children)
           for c in verb.children):
        return True  # "by ringing Nan", "through the Freedom Programme"; not "by the review"
    if any(c.dep_ == "advcl" and any(m.lower_ in _HOW for m in c.children) for c in verb.children):
        return True
    doc = verb.doc
    if any(t.lower_ in _HOW and t.i > verb.i and t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "VBG" for t in verb.sent):
        return True  # "address his anger and his moods by going to the gym": the parse may hang "by" anywhere
    after = doc[verb.right_edge.i + 1] if verb.right_edge.i + 1 < len(doc) else None
    return after is not None and after.text in (":",)


def _spelled_out(noun) -> bool:
    """The noun goes on to name what it means: "rules about her phone", "boundaries (home by 9pm)".
    "Routines for the children" and "rules at home" name nothing more."""
    for c in noun.children:
        if c.dep_ in ("acl", "relcl", "nummod", "appos"):
            return True
        if c.dep_ == "prep" and c.lower_ not in ("in", "at", "with", "within", "from") and not (
                c.lower_ == "for" and any(analysis.is_person(o) or o.lower_ in ("children", "kids", "family", "home")
                                          for o in c.children if o.dep_ == "pobj")):
            return True
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return nxt is not None and nxt.lower_ in _SPELLED_OUT


def _object_of(verb, particles=()):
    """The thing a verb works on: its object, or the object of its particle ("work on her anger",
    "deal with the issues")."""
    direct = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if direct is not None:
        return direct
    for prep in verb.children:
        if prep.dep_ in ("prep", "prt") and prep.lower_ in particles:
            found = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if found is not None:
                return found
    return None


def working_on_spans(ctx: Context) -> list:
    """"Dad will address his anger issues", "tackle her trauma", "work on his drinking", "deal with
    the concerns": the aim named, not what anyone will do. "Deal with the bills", "address the
    letter" and "work on it by ringing Nan each night" say something real."""
    verbs = _words("aim_verbs")
    particles = {"on", "with", "through", "out"}
    abstract = _words("aim_abstracts")
    found = []
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if lemma not in verbs or verb.pos_ != "VERB" or quoted_token(verb):
            continue
        if any(t.lower_ in ("if", "unless") for t in verb.sent) or any(c.lower_ in ("how", "what") for c in verb.children):
            continue  # "…and learn that hurting people is how you deal with anger": the harm, not an aim
        thing = _object_of(verb, particles if lemma in ("work", "deal", "sort", "get", "reflect") else ())
        if thing is None:
            if lemma in ("address", "tackle") and ctx.kind == "goal" and not any(
                    c.dep_ in ("ccomp", "xcomp", "nsubjpass") for c in verb.children):
                found.append(ctx.doc[verb.i:verb.i + 1])  # "Dad will address this" with nothing after
            continue
        if thing.lemma_.lower() not in abstract and thing.lower_ not in abstract:
            continue
        if lemma in ("work", "deal", "sort", "get", "reflect") and thing.dep_ == "dobj":
            continue  # "work the night shift", "sort the washing"
        if _says_how(verb) or thing.i < verb.i:
            continue  # "the issues that Dad has addressed" is read where the issues are named
        found.append(ctx.doc[verb.i:thing.i + 1])
    return found


# Every lemma proof_spans reads besides the proof verbs of rules/ (its second and third readings).
_PROOF_WORDS = frozenset(("demonstrate", "show", "prove", "evidence", "sign", "proof", "indication", "demonstration"))


_NOT_PEOPLE = {"it", "this", "that", "these", "those", "which", "what", "something", "everything"}


def _shown_by_a_thing(verb) -> bool:
    """Round 41 (r41b; "The readings from Autumn's insulin pen show that …" in an open good set): a
    record, a reading or a test as the subject of "show"/"prove" ("the blood tests showed that",
    "his school records show that he has missed 30 days", "this proves that") reports evidence; it is
    no demand for proof from a person, which is what the reading asks about ("Dad will show that he
    understands", "you need to show that you can …", "Both parents to evidence they can …"). Read from
    the parse and the people words: the verb's own subject is a noun or pronoun that is not a person."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in _NOT_PEOPLE
    return not analysis.is_person(subject) and subject.pos_ == "NOUN"


def proof_spans(ctx: Context) -> list:
    """"Parents will demonstrate improved parenting capacity", "evidence sustained change", "show
    insight", "evidence of progress": proof for professionals, not something the family will do.
    "Mum will show Leo the way to school" names something real."""
    verbs = _words("proof_verbs")
    nouns = _words("proof_nouns")
    found, kids = [], ctx.children  # (children made once per statement, not per token)
    for token in ctx.tokens:
        lemma = token.lemma_.lower()
        if lemma not in verbs and lemma not in _PROOF_WORDS:
            continue  # (the word first: no other word is read below)
        direct = next((c for c in kids[token.i] if c.dep_ == "dobj"), None)
        if direct is None:  # "evidence lasting progress", with "lasting" read as a verb of its own
            direct = next((g for c in kids[token.i] if c.dep_ == "xcomp" and c.tag_ in ("VBG", "VBN")
                           for g in kids[c.i] if g.dep_ == "dobj"), None)
        if lemma in verbs and direct is not None and token.pos_ in ("VERB", "NOUN") \
                and token.dep_ not in ("dobj", "pobj", "nsubj"):
            thing = direct
            if thing is None or (thing.lemma_.lower() not in nouns and thing.lower_ not in nouns) or _says_how(token) \
                    or thing.i < token.i:
                continue
            span = ctx.doc[token.i:thing.i + 1]
        elif lemma in ("demonstrate", "show", "prove", "evidence") and token.pos_ == "VERB" and direct is None \
                and token.dep_ != "relcl" \
                and any(c.dep_ == "ccomp" for c in token.children) and not any(
                    c.dep_ in ("dative", "iobj") or (c.dep_ == "dobj") for c in token.children) and not _says_how(token):
            said = next(c for c in token.children if c.dep_ == "ccomp")
            if any(c.lower_ in ("how", "what", "where", "who") for c in said.children):
                continue  # "show Leo how to cross the road"
            if _shown_by_a_thing(token):
                continue  # round 41 (r41b): "His school records show that he has missed 30 days"
            if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she", "they", "you", "we")
                       for c in said.children):
                continue  # "show that Sage and May are fed and clean every day" names what others will see
            that = next((c for c in said.children if c.dep_ == "mark" and c.lower_ == "that"), None)
            span = ctx.doc[token.i:(that.i if that is not None else token.i) + 1]  # "show (that) she can…"
        elif lemma in ("evidence", "sign", "proof", "indication", "demonstration") and token.pos_ == "NOUN":
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if thing is None or (thing.lemma_.lower() not in nouns and thing.lower_ not in nouns):
                continue
            span = ctx.doc[token.i:thing.i + 1]
        else:
            continue
        if not quoted(span):
            found.append(span)
    return found


def needs_met_spans(ctx: Context) -> list:
    """"The children's basic needs will be met", "ensure Ava's needs are met at all times": which
    needs, and who will do what, is missing. The parse sometimes hangs "needs" elsewhere ("good
    home conditions and the children's basic needs will be met"), so a passive "met" takes the
    "needs" just before it."""
    found = []
    for met in ctx.tokens:
        if met.lemma_.lower() != "meet" or met.pos_ != "VERB":
            continue
        needs = next((c for c in met.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "need"), None)
        if needs is None and any(c.dep_ == "auxpass" for c in met.children):
            needs = next((t for t in reversed(ctx.doc[max(met.sent.start, met.i - 6):met.i])
                          if t.lemma_.lower() == "need" and t.pos_ == "NOUN"), None)
        if needs is None:  # "meet Daisy's basic care needs", with "needs" read as a verb
            thing = next((c for c in met.children if c.dep_ == "dobj"), None)
            after = ctx.doc[thing.i + 1] if thing is not None and thing.i + 1 < len(ctx.doc) else None
            if after is not None and after.lower_ == "needs" and thing.pos_ == "NOUN":
                span = ctx.doc[met.i:after.i + 1]
                if not quoted(span) and not _spelled_out_after(after):
                    found.append(span)
            continue
        if needs.pos_ != "NOUN" or _spelled_out_after(met):
            continue
        if any(c.dep_ == "neg" for c in met.children):
            continue  # "needs are not met" is a worry's vague words, in the lexicon
        described = [c.i for c in needs.children if c.dep_ in ("amod", "compound")]
        start, end = min(described + [needs.i, met.i]), max(needs.i, met.i)
        span = ctx.doc[start:end + 1]
        if not quoted(span):
            found.append(span)
    return found


def _spelled_out_after(token) -> bool:
    nxt = token.doc[token.right_edge.i + 1] if token.right_edge.i + 1 < len(token.doc) else None
    return (nxt is not None and nxt.text == ":") or any(t.lower_ in ("such", "including", "namely") for t in token.subtree)


_NOTHING_MORE = {"time", "times", "harm", "home", "risk", "danger", "now", "well"}
# "Cerys will know the boys are safe": what someone will know or feel, not the outcome itself.
_KNOWING = {"know", "feel", "see", "believe", "trust", "think", "hope", "say", "tell", "understand", "hear"}


# The whole outcome in a word nobody can picture: "June will be safe", "Reed will be happier",
# "the twins will be more settled".
_OUTCOME_STATES = {"safe", "safer", "happy", "happier", "settled", "calm", "calmer", "content", "secure", "fine",
                   "okay", "ok", "better", "well", "stable", "protected", "thriving"}
_DEGREE = {"more", "much", "far", "even", "lot", "bit", "little", "a", "so", "very", "really", "generally"}


def _another_outcome(verb) -> bool:
    """"Star will be happier and her emotional wellbeing will improve": a second clause whose
    subject is a thing, not a person doing something, adds no act."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ == "NOUN" and not analysis.is_person(subject)


def _so_that(verb) -> bool:
    return any(c.lower_ == "so" and c.dep_ in ("mark", "advmod") for c in verb.children)


def _hollow_acts(ctx: Context) -> set[int]:
    """Verbs whose act is itself only a vague aim or a service (round 9b): "act protectively and
    minimise risks so that Isla is happier", "keep using the service so that Ishaan is safe". A
    "so that" outcome after them is the whole goal; after a real act ("go for a walk when he feels
    angry, so that Ella feels safe at home") it is the child's experience, and is left alone."""
    def compute():
        from . import care_words, goal_words
        spans = [span for span, entry in ctx.matches("specificity.toml") if entry.group == "vague"]
        spans += care_words.risk_reduced_spans(ctx) + goal_words.service_use_spans(ctx)
        spans += analysis.cues(ctx, "compliance")
        return {t.i for span in spans for t in span if t.pos_ in ("VERB", "AUX")}
    return ctx.memo("vague_aims:hollow_acts", compute)


def safe_outcome_spans(ctx: Context) -> list:
    """"June will be safe", "the children will remain safe at all times", "Tia will stay safe":
    the whole outcome is a word nobody can picture. "Ella will feel safe at bedtime" (the child's
    own experience), "safe from Dean when he visits", the house style's opening ("Mum, you and
    Reed need Reed to be safe"), "car journeys where Reed is safe", what someone will know
    ("Cerys will know the boys are safe") and the "if this doesn't
    happen" sentence say more, and are left alone; "kept safe" is absence of harm (SOS512)."""
    if ctx.kind != "goal":
        return []
    found = []
    for safe in ctx.tokens:
        if safe.lemma_.lower() in ("protect", "safeguard") and safe.tag_ == "VBN" \
                and any(c.dep_ == "auxpass" for c in safe.children):
            verb = safe  # "The children will be protected", with nothing said of from what or by whom
            if any(c.dep_ in ("prep", "agent") for c in safe.children):
                continue  # "protected from harm" is absence of harm (SOS512); "by Nan" says who
        elif safe.lower_ not in _OUTCOME_STATES or safe.dep_ not in ("acomp", "attr") \
                or (safe.dep_ == "attr" and safe.pos_ != "ADJ" and not any(c.lower_ in _DEGREE for c in safe.children)):
            continue  # "Isla and Finn are more content", with "content" read as a noun
        else:
            verb = safe.head
        if (verb is not safe and verb.lemma_.lower() not in ("be", "stay", "remain", "feel")) \
                or any(t.lower_ in ("if", "unless") for t in safe.sent):
            continue
        if verb.lemma_.lower() == "feel" and not any(c.dep_ == "prep" for c in verb.children) \
                and not words25.bare_feeling(verb):  # round 25: "Austin will feel safe." alone is the whole goal
            continue  # "Kayla will feel safe at home" is as bare as "will be safe"; "Ella will feel safe" alone is the child's own
        framed = any(t.lower_ == "you" for t in safe.sent) and any(
            t.lower_ in ("need", "needs") for t in verb.sent if t.i < verb.i)  # the parse may tag "need" a noun
        hollow = verb.dep_ == "advcl" and _so_that(verb) and verb.head.i in _hollow_acts(ctx)
        if not hollow and (framed or verb.head.lemma_.lower() == "need" or verb.dep_ in ("relcl", "advcl", "acl")
                           or (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _KNOWING)
                           or any(c.lower_ in ("where", "when", "so") for c in verb.children)):
            continue  # the house style's opening ("you and Reed need Reed to be safe"), or a place where it holds
        more = [c for c in list(verb.children) + (list(safe.children) if verb is not safe else [])
                if c.dep_ in ("prep", "advcl", "advmod", "npadvmod", "ccomp", "xcomp", "conj", "agent") and c.i > verb.i
                and not (c.dep_ == "prep" and all(o.lower_ in _NOTHING_MORE for o in c.children if o.dep_ == "pobj"))
                and c.lower_ not in ("always", "also", "too") and c.lower_ not in _DEGREE
                and not (c.dep_ == "conj" and (c.lower_ in _OUTCOME_STATES or c.pos_ == "ADJ"))
                and not (c.dep_ == "conj" and _another_outcome(c))]
        if more:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and verb.dep_ == "xcomp":
            subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "dobj")), None)
        if subject is None:  # "…and Bea (3) will be safe", with Bea hung on the clause before
            subject = next((t for t in reversed(ctx.doc[max(safe.sent.start, verb.i - 7):verb.i])
                            if t.pos_ in ("PROPN", "NOUN", "PRON")
                            or (t.dep_ in ("advmod", "npadvmod") and t.is_alpha and t.text[:1].isupper()
                                and t.i == t.sent.start)), None)  # "Tilly will be…", with Tilly read as "till"
        if subject is None or not (is_child(ctx, subject, strict=False) or subject.i in analysis.child_tokens(ctx)
                                   or (words25.bare_feeling(verb) and words25.child_among(ctx, subject))
                                   or (subject.pos_ == "PRON" and analysis.pronoun_is_child(ctx, subject))
                                   or _name_word(subject)):
            continue
        # round 16 (words16b): the span stops before a second place joined on ("at home and at the
        # meeting hall"): the place is said plainly, and is not the fault
        joined = {t.i for c in verb.children if c.dep_ == "prep" for d in c.subtree if d.dep_ == "conj" and d.i > c.i
                  for t in d.subtree}
        end = max([t.i for c in verb.children if c.dep_ == "prep" and c.i > verb.i for t in c.subtree
                   if t.i not in joined and not (t.dep_ == "cc" and t.i + 1 in joined)] + [safe.i])
        # From "will", not the child's name: "[June] will be safe" (a name is never the fault)
        start = min([c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i] + [verb.i])
        span = ctx.doc[start:end + 1]
        if not quoted(span):
            found.append(span)
    return found


def _name_word(token) -> bool:
    """Round 15 (words15b): a name that is also a word, read by the tagger as a noun ("Willow will
    be safe", "Summer will be safe", "…and Autumn will be safe"): capitalised, with no article or
    owner, and not an adult's role."""
    if not (token.is_alpha and token.text[:1].isupper() and not token.text.isupper()) or token.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("det", "poss", "compound", "amod") for c in token.children):
        return False
    words = analysis.people_words()
    adults = set(words["family"]) | set(words["professionals"])
    return token.lower_ not in adults and token.lemma_.lower() not in adults and token.lower_ not in (
        "home", "house", "everyone", "everybody", "everything", "nobody", "family", "school", "life", "it", "this")


_BARE_WATCHING = {"monitor", "oversee", "review", "observe"}
_NOTHING_NAMED = {"it", "this", "that", "things", "situation", "everything", "matters"}


def bare_monitoring_spans(ctx: Context) -> list:
    """"The health visitor will monitor", "school will keep an eye on things", "the social worker
    will review the situation": watching with nothing said about what is watched for. "Nan will
    check Leo's bag every Monday" names it."""
    found = []
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in ctx.children[verb.i]):
            continue
        if lemma in _BARE_WATCHING:
            thing = next((c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp")), None)
            if thing is not None and thing.lower_ not in _NOTHING_NAMED and thing.lemma_.lower() not in _NOTHING_NAMED:
                continue
            if any(c.dep_ in ("prep", "advcl") and c.i > verb.i for c in verb.children) or verb.dep_ in ("amod", "acl"):
                continue
            end = thing.i if thing is not None else verb.i
        elif lemma == "keep":
            eye = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "eye"), None)
            on = next((c for c in (eye.children if eye is not None else ()) if c.lower_ == "on"), None) \
                or next((c for c in verb.children if c.lower_ == "on" and c.dep_ == "prep"), None)
            thing = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
            if eye is None or thing is None or (thing.lower_ not in _NOTHING_NAMED
                                                and thing.lemma_.lower() not in _NOTHING_NAMED):
                continue  # "keep an eye out" beside what the helpers will do is left alone
            end = thing.i if thing is not None else eye.i
        else:
            continue
        span = ctx.doc[verb.i:end + 1]
        if not quoted(span):
            found.append(span)
    return found


# Round 40 (r40c): a family adult set to "monitor" something, with nothing of how or when.
_MONITORING = {"monitor"}
_HOW_OFTEN = {"every", "each", "daily", "weekly", "nightly", "fortnightly", "monthly", "always", "evening", "evenings",
          "night", "nights", "morning", "mornings", "bedtime", "hourly", "twice", "once", "regularly"}
_SERVICE_WATCHERS = {"school", "nursery", "college", "team", "service", "services", "nurse", "worker", "visitor", "gp",
                  "doctor", "police", "camhs", "social", "midwife", "teacher", "officer", "panel", "clinic",
                  "probation", "hospital", "professionals", "agency", "agencies", "staff", "we", "us", "i"}


def _watcher(verb):
    """Who watches: the verb's subject, the agent of "monitored by", or the plan's shorthand
    "Mum to monitor…" (the first noun of the sentence)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        subject = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    node = verb
    for _ in range(3):
        if subject is not None or node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            break
        node = node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
    if subject is None:
        subject = next((t for t in verb.sent if t.i < verb.i and t.pos_ in ("NOUN", "PROPN", "PRON")), None)
    return subject


def unspecified_watching_spans(ctx: Context) -> list:
    """"Parents to monitor Mercy's mood", "Mum will monitor his online activity", "Jasmine's online
    activity monitored by parents": the family set to watch something, with nothing of what they will
    look at, how or how often. Left alone: a service's checking (the compliance rule reads it), how
    or when said beside it ("check his phone with him every Sunday evening", "monitor her blood sugar
    before each meal"), and worries."""
    if ctx.kind != "goal":
        return []

    def compute():
        found = []
        for verb in ctx.tokens:
            if verb.lemma_.lower() not in _MONITORING or verb.pos_ != "VERB":
                continue
            objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            if not objects and verb.dep_ == "acl" and verb.tag_ == "VBN":
                objects = [verb.head]  # "Jasmine's online activity monitored by parents"
            if not objects:
                continue
            watcher = _watcher(verb)
            if watcher is None or watcher.lower_ in _SERVICE_WATCHERS or (watcher.ent_type_ == "ORG" and not analysis.is_name(watcher)) \
                    or any(c.lower_ in _SERVICE_WATCHERS for c in watcher.children if c.dep_ == "compound"):
                continue
            if not (watcher.lower_ in ("you", "parents", "carers", "mum", "dad", "mother", "father", "they")
                    or (analysis.is_person(watcher) or analysis.is_name(watcher))
                    and watcher.i not in analysis.child_tokens(ctx)):
                continue
            subtree = list(verb.subtree)
            if any(t.lower_ in _HOW_OFTEN or t.like_num or t.ent_type_ in ("TIME", "DATE") for t in subtree):
                continue
            if any(c.dep_ in ("advcl", "npadvmod") or (c.dep_ == "prep" and c.lower_ in ("by", "with", "using", "through",
                                                                                          "on", "at", "before", "after"))
                   for c in verb.children):
                continue
            if any(t.lower_ in ("if", "when", "whenever") for t in ctx.doc[verb.sent.start:verb.i]):
                continue
            if any(c.dep_ == "conj" and c.lemma_.lower() in ("report", "tell", "inform", "share", "ring", "call", "text")
                   for c in verb.children):
                continue  # "monitor Willow's mood and tell CAMHS of any change": what happens then is said
            obj = objects[0]
            if obj.i > verb.i:
                # "monitor Eden's moods": the verb alone where a name owns the thing (a name is never flagged)
                owned = any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in obj.children)
                span = ctx.doc[verb.i:verb.i + 1] if owned else ctx.doc[verb.i:obj.i + 1]
            else:  # "…online activity monitored by parents", "his phone will be monitored"
                span = ctx.doc[verb.i:max([verb.i] + [t.i for t in verb.subtree if t.dep_ in ("agent", "pobj")]) + 1]
            if not quoted(span):
                found.append(span)
        return found
    return ctx.memo("vague_aims:unspecified_watching", compute)



_WATCHING = {"supervise", "watch", "monitor"}
_VAGUE_MANNER = {"appropriately", "properly", "adequately", "closely", "constantly", "fully", "safely",
                 "effectively", "sufficiently", "carefully", "suitably"}


def supervision_spans(ctx: Context) -> list:
    """"Will is supervised at all times", "Leo will be supervised", "Mum will supervise Ava
    closely": who watches, when and where is missing. "Nan will watch Leo in the bath" and "Leo
    will be supervised by Dad at the park" say it."""
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in _WATCHING or verb.pos_ != "VERB":
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        after = [c for c in verb.children if c.i > verb.i and c.dep_ in ("prep", "advmod", "advcl", "agent", "npadvmod")]
        vague = [c for c in after if c.lower_ in _VAGUE_MANNER
                 or (c.dep_ == "prep" and c.lower_ == "at" and any(o.lemma_.lower() == "time" for o in c.subtree))]
        if len(vague) != len(after) or not (vague or passive) or any(c.dep_ == "agent" for c in verb.children):
            continue
        if verb.lemma_.lower() == "watch" and not passive:
            continue  # "Dad will watch Leo closely" reads as looking, not as a plan of supervision
        if verb.lemma_.lower() == "monitor" and not passive:
            continue  # bare_monitoring_spans reads the active "will monitor"
        end = max([t.i for c in vague for t in c.subtree] + [verb.i])
        span = ctx.doc[verb.i:end + 1]
        if not quoted(span):
            found.append(span)
    return found


def rule_setting_spans(ctx: Context) -> list:
    """"Mum will set boundaries", "put consistent routines in place", "Dad will enforce the rules":
    which rule, and what happens when it is broken, is missing. "Set a bedtime of 8pm", "rules
    about her phone" and "boundaries: home by 9pm" say it."""
    setting = _words("rule_setting_verbs")
    rules = _words("rule_nouns")
    plain = _words("rule_vague_modifiers")
    found = []
    for noun in ctx.tokens:
        if noun.lemma_.lower() not in rules or noun.pos_ != "NOUN":
            continue
        verb = noun.head
        if noun.dep_ == "conj" and noun.head.lemma_.lower() in rules:
            verb = noun.head.head
        if verb.lemma_.lower() not in setting or noun.dep_ not in ("dobj", "nsubjpass", "conj"):
            continue
        modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        if any(m.lower_ not in plain and m.dep_ != "poss" for m in modifiers) or _spelled_out(noun):
            continue
        if any(m.dep_ == "poss" and m.lower_ not in ("her", "his", "their", "the") for m in modifiers):
            continue  # "Leo's bedtime routine", "Nan's rules": whose, and so which
        start = min(verb.i, noun.i, *[m.i for m in modifiers if m.dep_ != "poss"])
        span = ctx.doc[start:max(verb.i, noun.i) + 1]
        if not quoted(span):
            found.append(span)
    return found


_PROCESS_SUBJECTS = {"situation", "thing", "things", "it", "matter", "matters", "concern", "concerns", "risk", "risks",
                     "case", "worry", "worries"}


def risk_of_process_spans(ctx: Context) -> list:
    """"There is a risk of escalation", "the likelihood of recurrence", "the situation could
    escalate": a process named as the danger. "The risk is that Ivy will be hurt again" and "Dad's
    drinking could get worse and Ivy could be left alone" say what could happen."""
    processes = _words("process_harms")
    found = []
    for token in ctx.tokens:
        lemma = token.lemma_.lower()
        if lemma in ("risk", "likelihood", "danger", "chance", "possibility", "potential") and token.pos_ == "NOUN":
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            thing = next((c for c in of.children if c.dep_ in ("pobj", "pcomp")), None) if of is not None else None
            if thing is None or thing.lemma_.lower() not in processes:
                continue
            span = ctx.doc[token.i:thing.i + 1]
        elif lemma in ("escalate", "deteriorate", "spiral", "step", "worsen") and token.pos_ == "VERB":
            # "the situation could escalate", "the case will be escalated", "we will escalate
            # matters", "the case will be stepped up to child protection"
            if lemma == "step" and not any(c.dep_ in ("prt", "prep") and c.lower_ == "up" for c in token.children):
                continue
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                            and (c.lemma_.lower() in _PROCESS_SUBJECTS
                                 or (c.lower_ in ("this", "that") and c.pos_ == "PRON" and c.dep_ == "nsubj"))), None)
            if subject is None and lemma != "step":  # round 16 (words16b): "this is likely to escalate"
                head = token.head if token.dep_ == "xcomp" else None
                if head is not None and head.lemma_.lower() in ("be", "likely", "set", "go", "begin", "start"):
                    head = head.head if head.dep_ in ("acomp",) else head
                    subject = next((c for c in head.children if c.dep_ == "nsubj" and (
                        c.lemma_.lower() in _PROCESS_SUBJECTS or c.lower_ in ("this", "that"))), None)
            if subject is not None and lemma != "step" and subject.dep_ == "nsubj" and any(c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
                    o.dep_ in ("pobj", "pcomp") for o in c.children) for c in token.children):
                continue  # round 16 (words16b): "it escalated to Dad throwing a plate" says what it became
            if subject is None or (lemma != "escalate" and subject.dep_ == "dobj"):
                continue
            if subject.dep_ == "dobj":
                span = ctx.doc[token.i:subject.i + 1]
            else:
                start = subject.i if subject.lower_ not in ("it",) else token.i
                span = ctx.doc[min(start, token.i):token.i + 1]
                if subject.lower_ in ("case", "matter", "matters", "concerns") and start == subject.i:
                    det = next((c for c in subject.children if c.dep_ == "det"), None)
                    span = ctx.doc[det.i if det is not None else subject.i:token.i + 1]
            up = next((c for c in token.children if c.lower_ == "up" and c.i == token.i + 1), None)
            if up is not None:
                span = ctx.doc[span.start:up.i + 1]  # "the case will be stepped up"
        else:
            continue
        if not quoted(span):
            found.append(span)
    return found


def proceedings_threat_spans(ctx: Context) -> list:
    """In a worry, "the LA will consider legal proceedings", "we may need to apply to court",
    "this could lead to PLO": a threat of what professionals will do, not a harm to the child.
    What Dad did in court ("Dad went to court on 3 May") is what happened, and is left alone."""
    if ctx.kind != "worry":
        return []
    steps = _words("proceedings_words")
    family = set(analysis.people_words()["family"]) | set(analysis.people_words()["caregivers"])
    found = []
    if_sentences = {ctx.sentence_number[t.i] for t in ctx.tokens if t.lower_ in ("if", "unless")}  # (not per verb)
    for verb in ctx.tokens:
        if verb.pos_ != "VERB" or not (looks_ahead(verb) or ctx.sentence_number[verb.i] in if_sentences):
            continue
        things = [c for c in verb.children if c.dep_ == "dobj"]
        things += [o for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "into", "in", "for", "with")
                   for o in p.children if o.dep_ == "pobj"]
        xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if xcomp is not None:
            continue  # read from the inner verb ("may need to apply to court")
        subject_to = [o for p in verb.children if p.dep_ in ("acomp", "attr", "oprd") and p.lower_ == "subject"
                      for q in p.children if q.lower_ == "to" for o in q.children if o.dep_ == "pobj"]
        if any(o.lemma_.lower() in ("plan", "order", "proceedings", "conference") for o in subject_to):
            span = ctx.doc[min(verb.i, subject_to[0].i):max(verb.i, subject_to[0].i) + 1]  # "could become subject to a plan"
            if not quoted(span):
                found.append(span)
            continue
        thing = next((t for t in things if t.lemma_.lower() in steps or t.lower_ in steps
                      or (t.lemma_.lower() in ("action", "advice", "order", "planning") and any(
                          c.lower_ in ("legal", "care", "court", "supervision", "protection") for c in t.children))), None)
        if thing is None:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and verb.dep_ in ("xcomp", "conj"):
            subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and (subject.lower_ in family or is_child(ctx, subject, strict=False)
                                    or (subject.pos_ == "PRON" and subject.lower_ not in ("we", "it", "this", "they"))):
            continue  # "Dad could go to prison": said of a person in the family
        if thing.i < verb.i:
            continue  # "the proceedings the LA may start" is read where they are named
        start = verb.i
        if verb.head.dep_ != "ROOT" and verb.dep_ == "xcomp" and verb.head.i < verb.i:
            start = verb.head.i
        span = ctx.doc[start:thing.i + 1]
        if not quoted(span):
            found.append(span)
    return found


_VERDICT_WORDS = {"concerning", "worrying", "alarming", "troubling", "disturbing"}


def bare_verdict_spans(ctx: Context) -> list:
    """"Her presentation at the time was concerning", "Dad's behaviour is worrying", "this is
    alarming": a verdict where what was seen should be. "Nan is worrying about the bills" (a
    person worrying) and "a letter concerning Leo's school" are not that."""
    found = []
    for word in ctx.tokens:
        if word.lower_ not in _VERDICT_WORDS:
            continue
        if word.dep_ == "acomp" or word.pos_ == "ADJ" and word.dep_ in ("acomp", "attr", "conj"):
            verb = word.head
        elif word.pos_ == "VERB" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in word.children) \
                and not any(c.dep_ in ("dobj", "prep", "ccomp", "xcomp") for c in word.children):
            verb = word  # "was concerning" parsed as a verb with nothing after it
        else:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.dep_ == "expl" or analysis.is_person(subject):
            continue
        span = ctx.doc[word.i:word.i + 1]
        if not quoted(span):
            found.append(span)
    return found


_CHOICES = {"choice", "choices", "decision", "decisions"}
_CHOICE_QUALITIES = {"better", "safer", "safe", "good", "positive", "healthy", "healthier", "wise", "wiser", "right",
                     "sensible", "appropriate", "responsible", "informed", "best", "careful", "mature"}


def choice_spans(ctx: Context) -> list:
    """"Dad needs to make better choices", "make more sensible decisions", "positive choices for
    the family": which choice, about what, is left unsaid. "Choose a film with Ella" and a
    choice spelled out ("safer choices: Nan's house, not the park") name it."""
    found = []
    for noun in ctx.tokens:
        if noun.lower_ not in _CHOICES or noun.pos_ != "NOUN":
            continue
        quality = next((c for c in noun.children if c.dep_ == "amod" and c.lower_ in _CHOICE_QUALITIES), None)
        if quality is None or noun.head.lemma_.lower() not in ("make", "take") or noun.dep_ != "dobj":
            continue
        nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        if nxt is not None and nxt.text in (":", "(", "-", "–") or any(
                c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ in ("such", "like", "including"))
                for c in noun.children):
            continue
        verb = noun.head
        span = ctx.doc[verb.i:noun.i + 1]
        if not quoted(span):
            found.append(span)
    return found


_CLOCK = re.compile(r"^\d{1,2}([.:]\d{2})?(am|pm)$|^\d{1,2}[.:]\d{2}$")
_UNITS = {"am", "pm", "o'clock", "hours", "hour", "minutes", "units", "unit", "drinks", "pints", "cans", "glasses"}
_TIMES = {"time", "times", "hour", "hours", "bedtime", "amount", "level", "number", "curfew", "distance", "standard"}
# Not "normal": "Oakley will go to bed at a normal time" is the child's ordinary life, told as the outcome.
_NO_MEASURE = {"reasonable", "sensible", "appropriate", "suitable", "decent", "acceptable", "proper",
               "age-appropriate", "manageable", "safe"}


def unmeasured_spans(ctx: Context) -> list:
    """"Bed at a reasonable time", "a sensible bedtime", "only drink a reasonable amount": a limit
    with no figure, which each reader sets for themselves. "By 7.30pm, a sensible time for a
    four-year-old" gives the figure."""
    found = []
    for noun in ctx.tokens:
        if noun.lemma_.lower() not in _TIMES and noun.lower_ not in _TIMES or noun.pos_ != "NOUN":
            continue
        quality = next((c for c in noun.children if c.dep_ == "amod" and c.lower_ in _NO_MEASURE), None)
        if quality is None or noun.dep_ == "appos" or any(c.dep_ in ("nummod", "appos") for c in noun.children):
            continue
        if any(_CLOCK.match(t.lower_) or (t.like_num and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in _UNITS)
               for t in noun.sent):
            continue  # "bed by 7.30pm, a sensible time" gives the figure somewhere in the sentence
        det = next((c for c in noun.children if c.dep_ == "det" and c.i < quality.i), None)
        span = ctx.doc[(det.i if det is not None else quality.i):noun.i + 1]
        if not quoted(span):
            found.append(span)
    return found


# A length of time told by its size alone: "spending excessive time online", "a lot of time on his
# phone", "left in her cot for prolonged periods". Each reader sets their own hours. (Round 39, r39c.)
_SPANS_OF_TIME = {"time", "period", "periods"}
# Not "long": good statements tell a child's own day that way ("Noah cries for long spells and is hard to
# settle", good_test25), and the readers leave "for long stretches" alone in what could happen.
_BIG = {"excessive", "extended", "prolonged", "lengthy", "considerable", "inordinate", "significant",
        "substantial", "large", "huge", "unhealthy"}
_A_LOT = {"lot", "lots", "loads", "amount", "amounts", "deal"}  # "a lot of time", "large amounts of time"
_MAYBE = {"could", "may", "might", "would"}
_SEEING = {"see", "hear", "watch", "notice", "observe", "witness", "find"}


def _only_possible(token) -> bool:
    """The words sit in a clause of what could happen ("could be left crying for long periods"), or
    an if-clause: a worry's future, not something said to have happened or asked for."""
    for _ in range(6):
        if any((c.dep_ == "aux" and c.lower_ in _MAYBE) or (c.dep_ == "mark" and c.lower_ in ("if", "unless"))
               for c in token.children):
            return True
        if token.head.i == token.i or token.dep_ in ("ROOT", "ccomp", "relcl", "advcl"):
            return False
        token = token.head
    return False


def unmeasured_time_spans(ctx: Context) -> list:
    """"Spending excessive time online", "a lot of time on his phone", "left alone for prolonged
    periods", "grounded for extended periods": how long, told by its size alone, which each reader
    reads as they like. Left alone: a figure in the sentence ("six hours a day", "until 2am"),
    "long" ("cries for long spells", "for a long time": how good statements tell a child's day),
    "more time" (a
    goal's aim, read elsewhere), "long hours" (of work), how often ("a lot of the time"), a witness's
    account ("the health visitor has seen Mum leave Rosa crying for long spells") and what could
    happen ("could be left crying for long periods", "if he spends too much time online")."""
    found = []
    for noun in ctx.tokens:
        if noun.pos_ != "NOUN" or noun.lower_ not in _SPANS_OF_TIME:
            continue
        size = next((c for c in noun.children if c.dep_ == "amod" and c.lower_ in _BIG), None)
        start = size
        if size is None:
            much = next((c for c in noun.children if c.dep_ == "amod" and c.lower_ == "much"
                         and any(a.lower_ in ("too", "so") for a in c.children)), None)
            lot = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
            lot = lot.head if lot is not None and lot.head.lower_ in _A_LOT else None
            if much is not None:
                start = min(t.i for t in much.subtree)
                start = ctx.doc[start]
            elif lot is not None and (lot.lower_ not in ("amount", "amounts", "deal") or any(
                    c.dep_ == "amod" and c.lower_ in _BIG | {"great"} for c in lot.children)):
                start = ctx.doc[min(t.i for t in lot.subtree if t.i <= lot.i)]
            else:
                continue
        if any(c.dep_ in ("nummod", "appos") for c in noun.children):
            continue
        if any(_CLOCK.match(t.lower_) or (t.like_num and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in _UNITS | {
                "days", "day", "nights", "night", "weeks", "minutes", "mins", "hrs"}) for t in noun.sent):
            continue  # the sentence gives the figure
        if _only_possible(noun):
            continue
        if any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            continue  # "a lot of the time", "for long periods of the day": how often, not how long
        if any(t.lemma_.lower() in _SEEING and t.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in t.children)
               for t in noun.sent):
            continue  # "the health visitor has seen Mum leave Rosa crying for long spells": a witness's account
        span = ctx.doc[start.i:noun.i + 1]
        if not quoted(span):
            found.append(span)
    return found


_CHANGING = {"improve", "change", "get", "progress"}
_VAGUE_THINGS = {"thing", "things", "situation", "matter", "matters", "circumstance", "circumstances", "it",
                 "concern", "concerns", "worry", "worries", "issue", "issues", "problem", "problems"}
_LASTING = {"continue", "persist", "remain", "carry", "escalate", "worsen", "deteriorate", "recur", "arise"}
_BETTERING = {"improvement", "improvements", "progress", "change", "changes"}


def vague_condition_spans(ctx: Context) -> list:
    """"If things do not improve", "if there is no improvement", "if the worries continue", "if no
    progress is made": the "if not" names no change anyone could see. The house style's "If
    nothing changes, …" and "If this doesn't happen, …" point back at what the goal or worry has
    just said, and are left alone; so is "if Dad's drinking does not improve" (it says what)."""
    found, kids = [], ctx.children
    for verb in ctx.tokens:
        mark = next((c for c in kids[verb.i] if c.dep_ == "mark" and c.lower_ in ("if", "unless")), None)
        if mark is None or verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        lemma = verb.lemma_.lower()
        negated = any(c.dep_ == "neg" for c in verb.children) or mark.lower_ == "unless"
        vague_subject = subject is not None and subject.lower_ in _VAGUE_THINGS and not any(
            c.dep_ in ("poss", "compound", "amod", "prep") and c.lower_ not in ("the", "these", "those") for c in subject.children)
        if lemma in _CHANGING and negated and vague_subject:
            pass  # "if things do not improve", "if the situation doesn't change"
        elif lemma in _LASTING and vague_subject and subject.lower_ != "it" and not negated:
            pass  # "if the worries continue"
        elif subject is not None and subject.dep_ == "expl" and any(
                c.dep_ == "attr" and c.lower_ in _BETTERING and any(d.lower_ == "no" for d in c.children)
                for c in verb.children):
            pass  # "if there is no improvement"
        elif subject is not None and subject.lower_ in _BETTERING and (
                any(d.lower_ == "no" for d in subject.children) or negated) and not any(
                c.dep_ in ("poss", "prep", "compound") for c in subject.children):
            pass  # "if no progress is made", "if improvements are not seen"
        else:
            continue
        if _harm_to_the_child_follows(ctx, verb):
            continue  # "If things don't change, Meera could feel lonelier": the house style's future part
        span = ctx.doc[mark.i:verb.right_edge.i + 1]
        while len(span) > 1 and span[-1].is_punct:
            span = span[:-1]
        if not quoted(span):
            found.append(span)
    return found


def _harm_to_the_child_follows(ctx: Context, condition) -> bool:
    """The clause the "if" hangs on says what could happen to the child ("…, Meera could feel
    lonelier", "…, Leo will go to live with Nan"): the if-not has its answer."""
    main = condition.head
    if main.lemma_.lower() in ("take", "remove", "place", "accommodate", "move") \
            and any(c.dep_ == "auxpass" for c in main.children):
        return False  # "Maya could be taken into care" is what professionals would do, not a harm
    subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (is_child(ctx, subject, strict=False) or subject.i in analysis.child_tokens(ctx)
                                    or (subject.pos_ == "PRON" and analysis.pronoun_is_child(ctx, subject)))


_MANAGING = {"manage", "control", "handle", "treat", "address", "meet", "support"}
_WELL = {"well", "better", "properly", "appropriately", "effectively", "adequately", "safely", "successfully",
         "correctly", "sufficiently", "suitably"}


def well_managed_spans(ctx: Context) -> list:
    """"Lily's asthma will be well managed", "Mum's anxiety will be better managed", "his drinking
    will be properly controlled": nothing of who does what. "Managed by Mum giving her the
    inhaler", or "well managed: Mum will give his tablets at 8am", says it."""
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in _MANAGING or verb.tag_ != "VBN":
            continue
        how = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in _WELL), None)
        passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ in ("acomp", "amod")
        if how is None or not passive or any(c.dep_ in ("agent", "advcl") for c in verb.children):
            continue
        if any(c.dep_ == "prep" and c.lower_ in ("by", "through", "with", "via") for c in verb.children):
            continue
        nxt = verb.doc[verb.right_edge.i + 1] if verb.right_edge.i + 1 < len(verb.doc) else None
        if nxt is not None and nxt.text in (":", "("):
            continue
        span = ctx.doc[min(how.i, verb.i):max(how.i, verb.i) + 1]
        if not quoted(span):
            found.append(span)
    return found


_KEEPING = {"ensure", "maintain", "promote", "safeguard", "prioritise", "prioritize", "secure", "guarantee",
            "protect", "uphold", "support", "consider", "put"}
_WELFARE = {"safety", "wellbeing", "well-being", "welfare", "wellness", "best"}


def welfare_spans(ctx: Context) -> list:
    """"Ensure the children's safety and wellbeing at all times", "prioritise Kit's welfare", "the
    boys' safety will be ensured": a duty stated, with nothing anyone will do. "Ensure the safety
    gate is shut" names the thing (the gate)."""
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in _KEEPING or verb.pos_ != "VERB":
            continue
        thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _WELFARE), None)
        if thing is None or (verb.lemma_.lower() == "put" and not any(c.lower_ == "first" for c in verb.children)):
            continue
        if any(c.dep_ in ("prep", "advcl") and c.lower_ in ("by", "through") for c in verb.children):
            continue  # "…by locking the gate": the how is there
        parts = [thing] + list(thing.conjuncts)
        start = min([verb.i, thing.i] + [c.i for c in thing.children if c.dep_ in ("det", "poss") and thing.dep_ == "nsubjpass"])
        end = max([verb.i] + [p.i for p in parts])
        at_all = [t for t in verb.children if t.dep_ == "prep" and t.lower_ == "at"
                  and any(o.lemma_.lower() == "time" for o in t.subtree)]
        end = max([end] + [t.right_edge.i for t in at_all])
        span = ctx.doc[start:end + 1]
        if not quoted(span):
            found.append(span)
    return found


# Round 9b: worry said to exist, held by nobody: "there are worries for Yasmin and Omar", "there
# is concern about the baby". Who is worried, and about what that was seen, is missing.
_WORRY_NOUNS = {"worry", "worries", "concern", "concerns", "fear", "fears", "anxiety", "anxieties"}


def nobodys_worry_spans(ctx: Context) -> list:
    """"There are worries for Yasmin and Omar", "there is a concern about Leo": a worry nobody
    holds and nothing seen. "The social worker is worried that …" names who; "Nan has worries
    about …" is hers; quoted words are left alone."""
    found = []
    for noun in ctx.tokens:
        if noun.lemma_.lower() not in _WORRY_NOUNS and noun.lower_ not in _WORRY_NOUNS:
            continue
        be = noun.head
        if noun.dep_ not in ("attr", "nsubj") or be.lemma_ != "be" or not any(c.dep_ == "expl" for c in be.children) \
                or any(c.lower_ == "no" for c in noun.children) or any(c.dep_ == "neg" for c in be.children):
            continue  # "there is no worry about Kai's school" says none
        if any(c.dep_ in ("acl", "relcl", "ccomp") for c in noun.children) or any(
                c.dep_ in ("ccomp", "advcl") and c.i > noun.i for c in be.children):
            continue  # "there are worries that Dad hits Mum": what the worry is, is said
        there = next(c for c in be.children if c.dep_ == "expl")
        end = max([noun.i] + [t.i for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "about", "around", "regarding")
                              for t in c.subtree])
        span = ctx.doc[min(there.i, noun.i):end + 1]
        if not quoted(span):
            found.append(span)
    return found


# Round 10b: the act of a goal that is itself only "keeping the child safe", with nothing said of
# how, from what, when or where: "Parents to work together to keep Ray safe", "Mum will keep Ella
# safe". "Keep Kai safe from Dean by not letting him in", "keep the knives safe in a drawer" and a
# worry's "could not keep Ava safe when …" say more, and are left alone.
_KEPT_STATES = {"safe", "safer", "well", "protected", "secure"}
_NOTHING_MORE_TIMES = {"times", "time", "home", "now", "day", "night", "hours"}


def kept_safe_spans(ctx: Context) -> list:
    if ctx.kind != "goal":
        return []
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() != "keep" or verb.pos_ not in ("VERB", "AUX"):
            continue
        state = next((c for c in verb.children if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp")
                      and c.lower_ in _KEPT_STATES), None)
        if state is None:
            continue
        kept = next((c for c in verb.children if c.dep_ == "dobj"), None) \
            or next((c for c in state.children if c.dep_ == "nsubj"), None) \
            or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)  # round 13: "Page will be kept safe"
        if kept is None or not (is_child(ctx, kept, strict=False) or kept.i in analysis.child_tokens(ctx)
                                or (kept.pos_ == "PRON" and (kept.lower_ in ("him", "her", "them")
                                                             or analysis.pronoun_is_child(ctx, kept)))
                                or kept.lemma_.lower() in ("child", "baby", "twin", "kid", "boy", "girl", "sibling")):
            continue
        if any(t.lower_ in ("if", "unless", "when", "whenever", "while", "by", "from", "because", ":", "–", "-")
               for t in verb.sent if t.i > verb.i):
            continue  # how, from what, or when: "by checking his phone", "from Dean", "when Dad has been drinking"
        if any(a.lemma_.lower() in _KNOWING for a in verb.ancestors):
            continue  # "so Noah knows that … his mums keep him safe": what the child will know
        if any(t.lower_ in ("if", "unless", "otherwise") for t in verb.sent) or verb.head.lemma_.lower() in ("help", "need"):
            continue  # the goal's "If this doesn't happen, … to keep her safe": what professionals may do
        extra = [c for c in list(verb.children) + list(state.children) if c.i > state.i
                 and c.dep_ in ("prep", "advcl", "advmod", "npadvmod", "xcomp", "ccomp")]
        if any(not (c.dep_ == "prep" and c.lower_ in ("at", "in") and all(
                o.lower_ in _NOTHING_MORE_TIMES for o in c.children if o.dep_ == "pobj")) for c in extra):
            continue  # "safe in the bath", "safe online": a place or way is named
        span = ctx.doc[verb.i: state.i + 1]
        from .goals19 import carers_described_in_aim
        if carers_described_in_aim(ctx, verb):
            continue  # Round 19: "a home where she only lives with adults who keep her safe. For this to happen, …"
        if not quoted(span):
            found.append(span)
    return found


# Round 10b: a child's outcome in a verb or feeling nobody can picture: "so that Eilidh thrives",
# "the twins will flourish", "for you to feel more settled". "Ella will feel safe at bedtime
# because Dad is sober" says when and why; "settle down to sleep" is an act.
_THRIVING = {"thrive", "flourish", "blossom"}
_FELT_STATES = {"settled", "stable", "secure", "better", "content"}
_NOTHING_MORE_PLACES = {"home", "school", "time", "times", "now", "future", "summer", "winter", "spring", "autumn",
                        "end", "christmas", "easter", "review", "conference", "month", "week", "year", "term",
                        # Round 14 (words14b): "thrive in a nurturing environment" names no place
                        "environment", "environments", "setting", "surroundings", "atmosphere", "care",
                        "placement", "family", "life"}


def _a_child_here(ctx: Context, token) -> bool:
    return token is not None and (is_child(ctx, token, strict=False) or token.i in analysis.child_tokens(ctx)
                                  or (token.pos_ == "PRON" and (token.lower_ == "you" or analysis.pronoun_is_child(ctx, token)))
                                  or token.lemma_.lower() in ("child", "baby", "twin", "twins", "children", "kid"))


def thriving_spans(ctx: Context) -> list:
    if ctx.kind != "goal":
        return []
    found = []
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if lemma in _THRIVING and verb.pos_ in ("VERB", "NOUN", "ADJ") or (
                verb.lower_ == "thriving" and verb.dep_ in ("acomp", "attr")):
            state = verb
            head = verb.head if verb.dep_ in ("acomp", "attr") else verb
        elif lemma == "feel":
            state = next((c for c in verb.children if c.dep_ in ("acomp", "oprd") and c.lower_ in _FELT_STATES), None)
            if state is None:
                # Round 14 (words14b): a feeling only compared ("feel less pressured", "feel more
                # confident", "feel happier"), which nobody can see change
                state = next((c for c in verb.children if c.dep_ in ("acomp", "oprd") and c.pos_ in ("ADJ", "VERB")
                              and (c.tag_ == "JJR" or any(m.lower_ in ("more", "less") and m.dep_ == "advmod"
                                                          for m in c.children))), None)
                if state is not None:
                    head = verb
                    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    why = any(t.lower_ in ("because", "as", "since", "when", "whenever", "if", "after", "before", ":",
                                           "says", "said", "so", "with", "by", "knowing", "now")
                              for t in verb.sent if t.i > state.i)  # when, why or how is said
                    if _a_child_here(ctx, subject) and not why and not any(
                            c.dep_ == "prep" and c.lower_ not in ("about", "at", "in") for c in state.children):
                        aux = [c.i for c in head.children if c.dep_ == "aux" and c.i < head.i and c.lower_ != "to"]
                        span = ctx.doc[min([verb.i] + aux): state.i + 1]
                        if not quoted(span) and not _spelled_out_after(state):
                            found.append(span)
                    continue
            if state is None or (state.lower_ == "better" and not any(c.lower_ == "much" for c in state.children)
                                 and state.lower_ != "settled"):
                if state is None or state.lower_ != "stable":
                    if state is None or state.lower_ not in ("settled", "secure", "content", "stable"):
                        continue
            head = verb
        else:
            continue
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if not _a_child_here(ctx, subject) and not (
                lemma in _THRIVING and subject is not None and subject.pos_ == "PROPN" and subject.ent_type_ != "ORG"):
            continue  # round 14: "Ivy will thrive", with no age given, is still about a child
        if any((t.lower_ in ("because", "as", "since", "when", "whenever", "if", "after", "before", ":", "says", "said")
                or (t.lower_ == "by" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].tag_ == "VBG")) for t in head.sent if t.i > head.i):
            continue  # why, when or how is said
        if any(c.dep_ == "prep" and c.i > head.i and not all(
                o.lower_ in _NOTHING_MORE_PLACES or analysis.is_person(o) for o in c.children if o.dep_ == "pobj")
               for c in list(head.children) + list(state.children)):
            continue  # "thrive on the football team": something named
        start = head.i if lemma != "feel" else verb.i
        if subject.i < head.i and subject.pos_ == "PROPN" and head.i - subject.i <= 1:
            start = subject.i  # "so that Eilidh thrives"
        aux = [c.i for c in head.children if c.dep_ in ("aux",) and c.i < head.i and c.lower_ != "to"]
        start = min([start] + aux)
        span = ctx.doc[start: max(state.i, head.i) + 1]
        if not quoted(span):
            found.append(span)
    return found


# Round 10b: a home or upbringing named by a quality nobody can picture: "a stable and nurturing
# home", "a secure and loving home environment". "A stable home where Dad is sober every evening"
# goes on to say what it means, and is left alone.
_HOME_QUALITIES = {"stable", "nurturing", "secure", "loving", "consistent", "settled", "supportive", "positive",
                   "healthy", "caring", "structured", "predictable"}
_BETTER_HOMES = {"happier", "calmer", "healthier", "safer", "better", "quieter", "steadier", "warmer"}
_HOMES = {"home", "environment", "upbringing", "base", "household", "placement"}


def home_quality_spans(ctx: Context) -> list:
    """In a goal only: a worry's "Auntie Kim has given Dylan a safe, loving home since he was seven"
    is a strength already seen, not an aim."""
    if ctx.kind != "goal":
        return []
    found = []
    for noun in ctx.tokens:
        if noun.lower_ not in _HOMES or noun.pos_ != "NOUN" or noun.dep_ == "compound":
            continue
        words = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
        words += [g for c in words for g in c.children if g.dep_ == "conj"]
        good = [w for w in words if w.lower_ in _HOME_QUALITIES]
        # Round 13 (words13b): "a happier home", "a calmer home": a home said to get better
        better = [w for w in words if w.lower_ in _BETTER_HOMES and w.dep_ == "amod"]
        if not good and not better:
            continue
        deps = ("relcl", "acl") if better and not good else ("relcl", "acl", "prep")
        if any(c.dep_ in deps and c.i > noun.i and c.lower_ not in ("for", "to")
               for c in noun.children) or _spelled_out(noun):
            continue  # "a stable home where Dad is sober every evening", "a home with a bedroom for each child"
        if noun.head.lemma_.lower() in ("keep", "make") and noun.dep_ != "dobj":
            continue
        start = min([w.i for w in words] + [noun.i])
        span = ctx.doc[start: noun.i + 1]
        if not quoted(span):
            found.append(span)
    return found


# Round 10b: things getting worse, said of nothing anyone can picture: "Frank's behaviours are
# escalating", "Mum's presentation has deteriorated". "Dad's drinking has got worse" names the act.
_WORSENING = {"escalate", "worsen", "deteriorate", "decline", "spiral"}
_NOTHING_PICTURED = {"behaviour", "behaviours", "behavior", "behaviors", "presentation", "situation", "things",
                     "thing", "matters", "issues", "problems", "difficulties", "conduct", "state", "needs"}


def worsening_spans(ctx: Context) -> list:
    found = []
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in _WORSENING or verb.pos_ != "VERB":
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ not in _NOTHING_PICTURED:
            continue
        if any(c.dep_ in ("prep", "acl", "relcl") and c.i > subject.i and c.lower_ not in ("at", "in")
               for c in subject.children) or _spelled_out(subject):
            continue  # "behaviour such as hitting", "his behaviour of punching walls"
        aux = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        span = ctx.doc[min([subject.i] + aux): verb.i + 1]
        if not quoted(span):
            found.append(span)
    return found


# Round 14 (words14b): care or childhood named as a state nobody can picture, in a goal: "the
# children are well looked after", "properly cared for", "Ruby will be able to be a child", "get to
# be a kid again", "have a normal childhood". "Dad will look after the children on Saturdays" says
# who does what, and is left alone.
_CARE_MANNERS = {"well", "properly", "appropriately", "adequately", "safely", "suitably", "better", "sufficiently"}
_CHILDHOOD = {"child", "kid", "teenager", "boy", "girl", "baby", "youngster"}


def cared_for_spans(ctx: Context) -> list:
    if ctx.kind != "goal":
        return []
    found = []
    doc = ctx.doc
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        span = None
        if lemma in ("look", "care") and verb.tag_ == "VBN" and any(
                c.dep_ in ("advmod",) and c.lower_ in _CARE_MANNERS for c in verb.children):
            tail = next((c for c in verb.children if c.lower_ in ("after", "for") and c.dep_ in ("prt", "prep", "advmod")), None)
            if tail is None or any(c.dep_ == "pobj" for c in tail.children):
                continue  # "looked after by Nan": the parse keeps "by" apart; "cared for Leo" is active
            if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("by", "at", "when", "while"))
                   for c in verb.children) or _spelled_out_after(tail):
                continue
            manner = next(c for c in verb.children if c.dep_ == "advmod" and c.lower_ in _CARE_MANNERS)
            span = doc[min(manner.i, verb.i): max(tail.i, manner.i) + 1]
        elif lemma == "be" and verb.pos_ in ("AUX", "VERB"):
            attr = next((c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in _CHILDHOOD), None)
            if attr is None or any(c.dep_ in ("amod", "compound", "prep", "relcl", "acl") for c in attr.children
                                   if c.lower_ not in ("again", "normal", "ordinary")):
                continue  # "be a big sister to Leo", "be the child who..." say more
            if verb.dep_ not in ("xcomp", "ROOT", "conj", "ccomp") or verb.dep_ == "ROOT" and not any(
                    c.dep_ == "aux" and c.lower_ in ("will", "can", "to", "should", "would") for c in verb.children):
                continue  # "when Ava was a child": a past, not an aim
            start = verb.i
            up = verb.head if verb.dep_ == "xcomp" else None
            if up is not None and up.lemma_.lower() in ("able", "get", "allow", "free", "let", "chance"):
                start = min(up.i, start)
                if up.dep_ == "acomp" and up.head.lemma_.lower() == "be":
                    start = min(up.head.i, start)  # "be able to be a child"
            elif up is not None:
                continue  # "Precious needs to be a child again": what she needs, often said next
            after = [t for t in verb.sent if t.i > attr.i and t.lower_ != "again"][:2]
            if after and (after[0].text in (":", "–", "-", "(") or (
                    after[0].text == "," and len(after) > 1 and after[1].lower_ in ("not", "instead", "rather"))):
                continue  # "a child again, not the one in charge": what it means is said
            span = doc[start: attr.i + 1]
        elif lemma == "childhood" and verb.pos_ == "NOUN" and verb.head.lemma_.lower() in ("have", "enjoy", "live") \
                and verb.dep_ == "dobj":
            span = doc[verb.head.i: verb.i + 1]
        if span is None or quoted(span) or _spelled_out_after(span[-1]):
            continue
        found.append(span)
    return found
