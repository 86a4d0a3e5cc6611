"""Round 30 (words30): word faults still missed on fresh statements, read as classes on the parse.

The classes were found by grouping the jargon and judgement misses over the open words sets 14-27,
the batteries, words_dev and the second readers' marks (sets 15-27), before set 28's misses were
read. Each is read from the parse and the word's form, not from a list of the examples' words.

Class 1 (judgement, SOS305). A parent asked to show or prove a state of mind: a verb of showing
("show", "demonstrate", "prove", "evidence") whose complement is what the parent understands,
has learned, accepts or is committed to ("Mr Jones to show he understands the risks", "Tia must
show she has learned from her childhood", "Dad needs to show he is committed to his recovery",
and, read on set 28, asked to come to have one: "Mum to have a better understanding of hygiene",
"demonstrate protective capacity and an understanding of the risks"). Nobody can see a state of
mind; the goal should say what the parent will do. Left alone: showing a thing or a deed ("Dad
will show the social worker the new locks", "Mum will show Ava how to use the fire escape"), and
a child showing something.

Class 2 (judgement, SOS305). A parent told to rank the child first: "put" or "place" with the
child (or the child's needs, safety) as the object and a rank after it ("put Theo before her
drug use", "put her baby first", "put the children's safety before her financial situation").
The reverse ("puts her drinking before the children") was read in round 17 (parent_verdicts).
Read on set 28 after its generalisation check: "prioritise" ranks the same way ("to prioritise
Misty's emotional needs over her relationship").
Left alone: placing a child somewhere ("put Theo to bed", "put the baby in her cot").

Class 3 (jargon, SOS101). The baby named by the clinic's time words: a Latin time prefix joined
by a hyphen to a noun ("pre-birth", "post-birth", "post-delivery", "ante-natal"), and "unborn"
standing as a noun with no noun after it ("the unborn", "Unborn is at risk"). A family says
"before the baby is born", "the baby". Left alone: "the unborn baby", a prefix word the family
uses ("pre-school"), and a named document the word list holds ("pre-birth assessment").

Class 4 (jargon, SOS104). Officialese frames that hide who wants or says something: a clause whose
subject is an empty "it" and whose verb is passive, with a "that" clause ("It is expected that Mum
will...", "It is alleged that...", "It has been agreed that..."); and "following" used as a
preposition for "after" ("Following contact, Blessing was upset", "banned following an
altercation"). Left alone: "it was broken" (no "that" clause), "Dad is following the plan", "the
following day".

Class 5 (jargon, SOS101; read on set 28 after its generalisation check). A record's word the list
holds as a determiner and a noun ("the address", "the male", "the property") with words set
between: a noun or a number before the noun, or a comparative ("the family address", "the home
address", "an older male", "a 24 year old male"). The list's phrase matches only the two words
side by side; the parse says the determiner is still the noun's. Left alone: a plain adjective
alone between ("the new address": where the family has moved), the owner's word ("your address").

Class 6 (jargon, SOS101; read on set 28 after its generalisation check, with sets 26-27's misses).
Record codes built of letters and digits: a clinical code in mixed case with a digit ("HbA1c",
"SpO2"), a school's year group ("Y8", "Yr 10"), a section of the law with a sub-section after a
slash ("s37/41"). Left alone: times, ordinals and measures ("3pm", "2nd", "10kg"), capitals and
digits alone (a postcode "CV1", a road "M6"), "Year 8" written out.

Class 7 (vague, SOS302; read on set 28 after its generalisation check). A state said to change or
hold, with nothing anyone will see: an abstract noun (by its form: "-ness", "-ity", "-ment",
"-ance", "-ion", "wellbeing", "health", "behaviour", or the rules' list of vague things) as the
subject of a verb of change ("deteriorate", "escalate", "worsen", "decline", "stabilise",
"improve") or of staying in a state ("remain stable", "stay settled"): "Dad's mental health to
remain stable", "her mental health is currently deteriorating", "self-harming behaviours are
escalating", "Misty's wellbeing to improve". Left alone: a figure or a measure in the clause ("to
improve to 95%"), a person or a named thing as the subject ("Mum's cooking has improved": a deed
nominal ending in "-ing" is not abstract by form), and quotes.
"""
from __future__ import annotations

import re
import weakref

from . import analysis
from . import person_verdicts as pv
from .base import Context
from .word_context import is_child, quoted

# Verbs of showing or proving to someone else.
_SHOWING = {"show", "demonstrate", "prove", "evidence", "evidenced"}
# What a parent may be asked to show that is a state of mind: verbs (the complement clause's
# head), adjectives (after "is"), nouns (the verb's object).
_MIND_VERBS = {"understand", "learn", "accept", "recognise", "recognize", "realise", "realize", "appreciate",
               "acknowledge", "grasp", "care", "want", "regret", "mean", "value", "commit", "change", "comprehend",
               "know", "believe", "feel"}
_MIND_STATES = {"committed", "sorry", "remorseful", "aware", "willing", "motivated", "serious", "genuine",
                "sincere", "insightful", "protective", "capable", "able", "ready", "dedicated", "invested",
                "responsible", "mature", "reliable", "trustworthy", "honest", "determined"}
_MIND_NOUNS = {"understanding", "insight", "awareness", "commitment", "capacity", "motivation", "remorse",
               "empathy", "willingness", "acceptance", "recognition", "appreciation", "responsibility",
               "ability", "capability", "maturity", "change", "engagement", "acknowledgement",
               "acknowledgment", "readiness"}
# Ranks after "put" or "place": "before", "above", "ahead of", "over", "first".
_RANKS = {"before", "above", "ahead", "over", "first"}
# What of the child's an adult may be asked to rank first: the child's needs, safety, wellbeing.
_CHILD_GOODS = {"need", "needs", "safety", "wellbeing", "well-being", "welfare", "care", "health", "education",
                "feeling", "feelings", "emotion", "emotions", "interest", "interests", "child", "children", "baby",
                "kid", "kids", "son", "daughter"}
# Verbs that rank one thing above another ("put", "place", and, read on set 28, "prioritise").
_RANKING = {"put", "place", "prioritise", "prioritize"}
# Latin time prefixes a clinic joins to a noun by a hyphen.
_TIME_PREFIXES = {"pre", "post", "ante", "peri", "neo"}
# Nouns joined to a time prefix that a family says the same way ("pre-school", "pre-teen").
_EVERYDAY_AFTER_PREFIX = {"school", "teen", "teens", "match", "war", "season", "holiday", "holidays", "christmas",
                          "party", "game", "code", "it", "op"}


def _shown_complement(verb):
    """The word that makes the complement of a verb of showing a state of mind, or None."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp"):
            if any(w.tag_ in ("WP", "WRB") for w in c.subtree if w.i < c.i):
                continue  # "show what you learn at home": the deed learned, not a state of mind
            if c.lemma_.lower() in _MIND_VERBS:
                return c
            state = next((a for a in c.children if a.dep_ in ("acomp", "attr", "oprd")
                          and a.lower_ in _MIND_STATES), None)
            if c.lemma_.lower() == "be" and state is not None:
                return state
        if c.dep_ == "dobj":
            for noun in [c] + [x for x in c.conjuncts]:
                if noun.lemma_.lower() in _MIND_NOUNS and noun.pos_ == "NOUN":
                    return noun
    return None


# Verbs of coming to have a state of mind ("to have a better understanding of", "gain insight
# into", "develop an awareness of"), and the inner states they may be asked to get (read on set 28).
_GAINING = {"have", "gain", "develop", "acquire"}
_INNER_NOUNS = {"understanding", "insight", "awareness", "empathy", "acceptance", "appreciation", "remorse"}


def _gained_mind(verb):
    """"to have a better understanding of hygiene": the inner state asked for, or None."""
    if verb.lemma_.lower() not in _GAINING:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _INNER_NOUNS), None)


def shown_mind_spans(ctx: Context) -> list:
    """Class 1: "show he understands the risks", "demonstrate an understanding of the risks"."""
    def compute():
        found = []
        children = analysis.child_tokens(ctx)
        for verb in ctx.tokens:
            if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VB":
                continue  # asked for ("will show", "needs to show"), not told as done ("showed")
            if verb.lemma_.lower() in _SHOWING:
                end = _shown_complement(verb)
            elif any(c.dep_ in ("aux", "neg") for c in verb.children) or verb.dep_ == "xcomp":
                end = _gained_mind(verb)  # "to have a better understanding of", "will gain insight"
            else:
                continue
            if end is None:
                continue
            subject = pv._subject(verb)
            if subject is not None and (subject.i in children or is_child(ctx, subject)):
                continue  # a child showing what they learned at school is not a verdict on a parent
            if end.dep_ == "dobj" or end.head.i == verb.i and end.pos_ == "NOUN":
                end = max([end] + [x for x in end.conjuncts if x.lemma_.lower() in _MIND_NOUNS], key=lambda x: x.i)
            span = ctx.doc[verb.i:end.i + 1]
            if not quoted(span):
                found.append(span)
        return found
    return ctx.memo("words30:shown_mind", compute)


def _own_thing(token) -> bool:
    """What the adult ranks below the child: their own ("her drug use", "his addiction", "herself")."""
    if token.lower_ in ("herself", "himself", "themselves", "themself"):
        return True
    return any(c.dep_ == "poss" and c.lower_ in ("her", "his", "their") for c in token.children)


def child_first_spans(ctx: Context) -> list:
    """Class 2: "put Theo before her drug use", "put her baby first"."""
    from .parent_verdicts import _PLACING, _childs_side

    def compute():
        found = []
        children = analysis.child_tokens(ctx)
        for verb in ctx.tokens:
            if verb.lemma_.lower() not in _RANKING or verb.pos_ != "VERB" or verb.tag_ != "VB":
                continue  # asked for ("needs to put"), not praised as done ("you chose to put River first")
            if any(a.tag_ in ("VBD", "VBN") for a in verb.ancestors if a.i < verb.i):
                continue
            thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if thing is None:
                continue
            rank = next((c for c in list(verb.children) + list(thing.children)
                         if c.dep_ in ("prep", "advmod", "npadvmod", "amod", "oprd", "acomp") and c.lower_ in _RANKS
                         and c.i > thing.i), None)
            if rank is None:
                continue
            if verb.lemma_.lower() in ("put", "place") and thing.lemma_.lower() not in _CHILD_GOODS and not (thing.i in children or thing.pos_ == "PROPN"
                                                                 or is_child(ctx, thing)):
                continue  # round 30 merge: "put Ava's bath before her own tea": an everyday deed in order, not a ranking
            below = [o for o in rank.subtree if o.dep_ == "pobj"]
            if rank.lower_ == "first":
                if not _childs_side(ctx, thing) or any(
                        c.dep_ in ("prt", "prep") and c.lower_ in _PLACING
                        for c in list(verb.children) + list(thing.children)):
                    continue  # "put the baby in her cot first": placing, not ranking
            elif not below or not _own_thing(below[0]) or not (_childs_side(ctx, thing) or thing.pos_ == "PROPN"):
                continue
            subject = pv._subject(verb)
            if subject is not None and (subject.i in children or is_child(ctx, subject)):
                continue  # a child's own choices are another rule's
            span = ctx.doc[verb.i:max(t.i for t in rank.subtree) + 1]
            if not quoted(span):
                found.append(span)
        return found
    return ctx.memo("words30:child_first", compute)


def clinical_time_spans(ctx: Context) -> list:
    """Class 3: "post-birth", "pre-birth", "post-delivery"; "the unborn", "Unborn is at risk"."""
    def compute():
        found = []
        doc = ctx.doc
        for t in ctx.tokens:
            if (t.lower_ in _TIME_PREFIXES and t.i + 2 < len(doc) and doc[t.i + 1].text == "-"
                    and not t.whitespace_ and not doc[t.i + 1].whitespace_ and doc[t.i + 2].is_alpha
                    and doc[t.i + 2].lower_ not in _EVERYDAY_AFTER_PREFIX):
                span = doc[t.i:t.i + 3]
            elif t.lower_ == "unborn" and t.dep_ not in ("amod", "compound") and not (
                    t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("NOUN", "PROPN")):
                span = doc[t.i:t.i + 1]
            else:
                continue
            if not quoted(span):
                found.append(span)
        return found
    return ctx.memo("words30:clinical_time", compute)


# What one keeps to when "following" is a verb of doing as told ("following the steps the health
# visitor wrote"), not the preposition for "after".
_GUIDES = {"step", "plan", "advice", "instruction", "rule", "guidance", "routine", "recipe", "lead", "example",
           "path", "route", "direction", "sign", "procedure", "programme", "diet", "prescription", "schedule"}


def formal_frame_spans(ctx: Context) -> list:
    """Class 4: "It is expected that", "It has been agreed that"; "following" for "after"."""
    def compute():
        found = []
        doc = ctx.doc
        for t in ctx.tokens:
            span = None
            if t.lower_ == "it" and t.dep_ in ("nsubjpass", "expl"):
                verb = t.head
                if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
                    that = next((c for c in verb.children if c.dep_ == "ccomp"
                                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
                    if that is not None:
                        mark = next(m for m in that.children if m.dep_ == "mark")
                        span = doc[t.i:mark.i + 1] if mark.i == verb.i + 1 else doc[t.i:verb.i + 1]
            elif t.lower_ == "following" and t.dep_ == "prep" and any(c.dep_ == "pobj" for c in t.children):
                guide = next(c for c in t.children if c.dep_ == "pobj")
                if guide.lemma_.lower() not in _GUIDES:
                    span = doc[t.i:t.i + 1]  # "following the steps": keeping to a guide, not "after"
            if span is not None and not quoted(span):
                found.append(span)
        return found
    return ctx.memo("words30:formal_frame", compute)


_DETERMINERS = ("the", "a", "an")
# Words before the noun that make it another thing: an address online is not the family's home.
_OTHER_SENSE = {"email", "e-mail", "web", "website", "ip", "internet", "forwarding"}


# The table below by lexicon index: it depends only on the jargon list (the shipped one and a user's
# own terms), never on the statement, so it is made once per index, not once per statement (it read
# every jargon entry for every statement: round 32's profile put it first among the rules' own costs).
_DET_NOUN_ENTRIES: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _det_noun_entries(ctx: Context) -> dict:
    """The jargon list's SOS101 entries written as a determiner and one noun, by the noun (made once
    per lexicon index; callers only read it)."""
    lexicons = ctx.lexicons
    found = _DET_NOUN_ENTRIES.get(lexicons)
    if found is None:
        found = {}
        for entry in lexicons.entries("jargon.toml"):
            if entry.code != "SOS101" or entry.kinds:
                continue
            for form in (entry.phrase,) + tuple(entry.variants):
                words = form.lower().split()
                if len(words) == 2 and words[0] in _DETERMINERS:
                    found.setdefault(words[1], entry)
        _DET_NOUN_ENTRIES[lexicons] = found
    return found


def spread_phrase_spans(ctx: Context) -> list:
    """Class 5: "the family address", "an older male": the list's "the address", "a male" with a
    noun, number or comparative set between. Returns (span, entry) pairs."""
    def compute():
        entries = _det_noun_entries(ctx)
        listed = {t.i for span, entry in ctx.matches("jargon.toml") for t in span}
        found = []
        for noun in ctx.tokens:
            entry = entries.get(noun.lower_)
            if entry is None or noun.pos_ != "NOUN" or noun.i in listed:
                continue
            det = next((c for c in noun.children if c.dep_ == "det" and c.lower_ in _DETERMINERS), None)
            if det is None or det.i >= noun.i - 1:
                continue
            between = ctx.doc[det.i + 1:noun.i]
            if any(t.dep_ == "poss" or t.pos_ in ("PROPN", "PRON", "VERB") and t.tag_ != "VBN" for t in between):
                continue  # "the council's address", a name before it: somebody's own
            if not any(t.dep_ in ("compound", "nummod") and t.pos_ in ("NOUN", "NUM") or t.tag_ == "JJR"
                       or t.lower_ in ("old", "young") for t in between):
                continue  # "the new address": a plain word for where the family has moved
            if any(t.lower_ in _OTHER_SENSE for t in between):
                continue  # "the email address": another sense of the noun, not the family's home
            span = ctx.doc[det.i + 1:noun.i + 1]
            if not quoted(span):
                found.append((span, entry))
        return found
    return ctx.memo("words30:spread_phrase", compute)


# Class 6: letters and digits in one word.
_MIXED_CODE = re.compile(r"(?<![\w/'’-])(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*\d)[A-Za-z][A-Za-z0-9]+(?![\w/'’-])")
_YEAR_GROUP = re.compile(r"(?<![\w/'’-])(?:Y|Yr)\s?(\d{1,2})(?![\w/'’-])")
_SUBSECTION = re.compile(r"(?<![\w/'’-])[sS]\.?\d{1,3}(?:/\d{1,3})+(?![\w/'’-])")


def coded_spans(ctx: Context) -> list:
    """Class 6: (span, what it is, what to write) for "HbA1c", "Y8", "s37/41"."""
    def compute():
        found = []
        text = ctx.text
        for pattern, what, plain in (
                (_MIXED_CODE, "is a clinical code, which a family may not know. Say what it measures and what "
                 "the number means for the child, for example \"his blood sugar has been too high for "
                 "months\".", "[what it measures, in plain words]"),
                (_YEAR_GROUP, "is a school's shorthand for a year group.", None),
                (_SUBSECTION, "is the number of a section of the law, which a family cannot read. Say what "
                 "it means for the family, for example \"a court order that says where Dad must live\".",
                 "[what the law means for the family]")):
            for match in pattern.finditer(text):
                span = ctx.doc.char_span(match.start(), match.end(), alignment_mode="expand")
                if span is None or not len(span) or quoted(span):
                    continue
                suggestion = plain if plain is not None else f"Year {match.group(1)}"
                message = what if plain is not None else f"{what} Write \"Year {match.group(1)}\"."
                found.append((span, message, suggestion))
        return found
    return ctx.memo("words30:coded", compute)


# Class 7: verbs of change, and of staying in a state with the words for the state.
_CHANGE = {"improve", "deteriorate", "escalate", "worsen", "decline", "stabilise", "stabilize", "fluctuate",
           "regress", "deteriorating"}
_STAYING = {"remain", "stay", "be", "become", "continue"}
_STEADY = {"stable", "settled", "consistent", "positive", "good", "manageable", "well", "better", "improved"}
_TIME_UNITS = {"day", "week", "month", "year", "term", "fortnight", "hour", "minute"}
_ABSTRACT_ENDINGS = ("ness", "ity", "ment", "ance", "ence", "ion", "being", "health", "iour", "iours", "ior",
                     "ship", "hood")


def _abstract(noun) -> bool:
    from .word_context import settings
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or noun.ent_type_ in ("PERSON", "ORG", "GPE"):
        return False
    return lemma.endswith(_ABSTRACT_ENDINGS) or noun.lower_.endswith(_ABSTRACT_ENDINGS) or \
        lemma in set(settings()["improve_vague_things"])


def _figure(verb) -> bool:
    """A figure said with the change ("to improve to 95%", "to 3 a week"), in the verb's own clause:
    a number that is not a span of time ("over the next three months"), or a per cent sign."""
    stack = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("advcl", "relcl", "ccomp", "conj", "acl")]
    while stack:
        t = stack.pop()
        if t.text == "%" or t.like_num and t.head.lemma_.lower() not in _TIME_UNITS:
            return True
        stack.extend(c for c in t.children if c.dep_ not in ("advcl", "relcl", "ccomp", "conj", "acl", "appos"))
    return False


def changing_state_spans(ctx: Context) -> list:
    """Class 7: "mental health to remain stable", "wellbeing to improve", "behaviours are escalating"."""
    def compute():
        found = []
        for verb in ctx.tokens:
            lemma = verb.lemma_.lower()
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            end = verb
            if lemma in _STAYING:
                state = next((c for c in verb.children if c.dep_ in ("acomp", "oprd") and c.lower_ in _STEADY), None)
                if state is None:
                    continue
                end = state
            elif lemma not in _CHANGE:
                continue
            thing = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if thing is None:  # a parse that loses the subject ("... and her mental health is deteriorating")
                before = [c.i for c in verb.children if c.i < verb.i and c.dep_ in ("aux", "auxpass", "advmod")]
                first = min(before, default=verb.i)
                thing = ctx.doc[first - 1] if first > verb.sent.start and before else None
            if thing is None or not _abstract(thing):
                continue
            if _figure(verb):
                continue  # "attendance to improve to 95% by July": a figure anyone can check
            # The verb's own words ("to remain stable", "is currently deteriorating"): the abstract noun
            # may be a label another finding reports ("mental health").
            start = min([verb.i] + [c.i for c in verb.children if c.i < verb.i and c.dep_ in ("aux", "advmod", "neg")
                                    and c.i > thing.i])
            span = ctx.doc[start:end.i + 1]
            if not quoted(span):
                found.append(span)
        return found
    return ctx.memo("words30:changing_state", compute)
