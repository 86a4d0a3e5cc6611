"""Round 26 (words26): word faults still missed on fresh statements, read as classes on the parse.

Guess (SOS304), taking over from the label rule:
- a state named through a verb of appearance: "Mr Okafor presented as intoxicated", "Mum presents
  as low in mood", "Dad looked under the influence", "Mum came across as depressed", "presents as
  not understanding Jasmine's cues". The state is the writer's impression of how the adult seemed,
  not something anyone saw; the label rule's advice ("say what the adult did") fits less well than
  the guess's ("say what you saw that made you think so"). "presents as" itself stays jargon
  (SOS101). The state words are reported once, as the guess. A trait ("presents as hostile") stays a
  judgement (SOS305), and an appearance the eye can see ("presents as unkempt", "withdrawn")
  stays with the vague-word rule. A quoted word and a named person's own view are left alone.

Vague (SOS302):
- a safety verdict on a thing, in a worry: "Baby Lark's sleeping arrangements are unsafe", "living
  in an unsafe environment", "the flat is not safe for a baby". It does not say what is wrong
  (no bed, a gas fire with no guard). Left alone: a person's feeling ("Leah feels unsafe", "makes
  her feel unsafe"), a person ("Dad is unsafe" is another rule's verdict), the future or an "if"
  ("could be left somewhere unsafe"), an expert's finding reported ("the engineer labelled the
  boiler unsafe"), and a child's own "unsafe choices" (victim blaming, read elsewhere).
"""
from __future__ import annotations

from . import analysis
from .base import Context, span_memo
from .word_context import is_child, quoted

_memo = span_memo("words26:")

# ---- guess: a state seen through a verb of appearance ----
_APPEARING = {"appear", "seem", "look"}
# Verbs of knowing that, negated after "presents as", are the writer's reading of the adult's mind.
_GRASPING = {"understand", "know", "recognise", "recognize", "grasp", "appreciate", "see", "realise", "realize",
             "follow", "notice", "acknowledge", "accept"}


def _appearance_verb(ctx: Context, start: int):
    """The verb of appearance whose complement starts at token `start`: "presented as ‸",
    "came across as ‸", "looked ‸", "seemed ‸" (the parse may tag "presents" a noun)."""
    doc = ctx.doc
    i = start - 1
    if i >= 1 and doc[i].lower_ == "as":
        before = doc[i - 1]
        if before.lower_ in ("presents", "presented", "presenting", "present"):
            return before
        if before.lower_ == "across" and i >= 2 and doc[i - 2].lemma_.lower() == "come":
            return doc[i - 2]
        return None
    if i >= 0 and doc[i].lemma_.lower() in _APPEARING and doc[i].pos_ in ("VERB", "AUX"):
        return doc[i]
    return None


def _own_view(verb) -> bool:
    """Under a named person's verb of saying or thinking ("the nurse said Mum seemed drunk")."""
    head = verb
    while head.dep_ in ("ccomp", "conj", "xcomp") and head.head.i != head.i:
        head = head.head
        if head.lemma_.lower() in ("say", "tell", "think", "report", "describe", "state", "feel", "believe"):
            return True
    return False


def impression_spans(ctx: Context, label_spans) -> list:
    """The label lexicon's matches (and a negated understanding) said through a verb of appearance,
    each as (span to report, the label span it takes over or None)."""
    def compute():
        found = []
        for span in label_spans:
            if quoted(span):
                continue
            verb = _appearance_verb(ctx, span.start)
            if verb is None or _own_view(verb) or any(c.dep_ == "neg" for c in verb.children):
                continue
            # "presented as" stays the jargon it is; with "seemed", "looked", the verb is part of the guess
            start = span.start if verb.lower_.startswith("present") or verb.lemma_.lower() == "come" else verb.i
            found.append((ctx.doc[start:span.end], span))
        for token in ctx.tokens:
            # "presents as not understanding Jasmine's cues"
            if token.lemma_.lower() not in _GRASPING or token.tag_ != "VBG":
                continue
            start = token.i - 1 if token.i and token.doc[token.i - 1].lower_ == "not" else None
            if start is None:
                continue
            verb = _appearance_verb(ctx, start)
            if verb is None or not verb.lower_.startswith("present"):
                continue
            end = max(t.i for t in token.subtree) + 1
            span = ctx.doc[start:end]
            if not quoted(span):
                found.append((span, None))
        return found
    return _memo(ctx, "impressions", compute)


# ---- vague: a safety verdict on a thing ----
_FEELING = {"feel", "make", "leave", "seem", "appear", "look", "sound"}
_FINDING = {"label", "deem", "declare", "find", "judge", "assess", "condemn", "class", "classify", "rate", "consider"}
_CONDUCT = {"choice", "choices", "decision", "decisions", "behaviour", "behaviours", "behavior", "sex", "relationship",
            "relationships", "contact", "contacts", "adult", "adults", "person", "people", "man", "men", "place", "places"}
_FUTURE = {"could", "would", "might", "may", "will", "if", "unless", "should"}


def _a_person(ctx: Context, token) -> bool:
    if token.pos_ in ("PRON", "PROPN") or token.ent_type_ == "PERSON":
        return True
    words = analysis.people_words()
    persons = set(words["family"]) | set(words["professionals"]) | set(words["children"])
    return token.lower_ in persons or token.lemma_.lower() in persons or is_child(ctx, token, strict=False) \
        or analysis.is_person(token)


def _looks_ahead(token) -> bool:
    """In a worry's future or an "if" clause: "could be left somewhere unsafe"."""
    node = token
    for _ in range(6):
        if any(c.lower_ in _FUTURE for c in node.children if c.dep_ in ("aux", "mark", "advmod")):
            return True
        if node.dep_ in ("advcl",) and any(c.lower_ in ("if", "unless", "when") for c in node.children):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def unsafe_thing_spans(ctx: Context) -> list:
    """"the sleeping arrangements are unsafe", "an unsafe environment": see the module's notes."""
    if ctx.kind != "worry":
        return []

    def compute():
        found = []
        for adj in ctx.tokens:
            word = adj.lower_
            negated_safe = word == "safe" and (any(c.dep_ == "neg" for c in adj.head.children)
                                               or any(c.dep_ == "neg" for c in adj.children))
            if word != "unsafe" and not negated_safe:
                continue
            if adj.dep_ == "amod" and adj.head.pos_ in ("NOUN", "PROPN"):
                noun = adj.head
                if noun.lower_ in _CONDUCT or _a_person(ctx, noun) or word != "unsafe":
                    continue
                if _looks_ahead(noun):
                    continue
                verb = noun.head
                while verb.dep_ in ("prep", "pobj", "dobj", "conj") and verb.head.i != verb.i:
                    verb = verb.head
                if verb.lemma_.lower() in _FINDING:
                    continue
                span = ctx.doc[adj.i:noun.i + 1]
            elif adj.dep_ in ("acomp", "oprd", "attr"):
                verb = adj.head
                if verb.lemma_.lower() in _FEELING or verb.lemma_.lower() in _FINDING \
                        or verb.lemma_.lower() not in ("be", "remain", "become", "stay"):
                    continue
                subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is None or subject.pos_ not in ("NOUN",) or subject.lower_ in _CONDUCT \
                        or _a_person(ctx, subject):
                    continue
                if _looks_ahead(verb):
                    continue
                if verb.dep_ in ("ccomp",) and verb.head.lemma_.lower() in _FINDING:
                    continue
                first = min([c.i for c in subject.children if c.dep_ in ("compound", "amod", "nmod") and c.i < subject.i]
                            + [subject.i])
                span = ctx.doc[first:adj.i + 1]
            else:
                continue
            if not quoted(span):
                found.append(span)
        return found
    return _memo(ctx, "unsafe_things", compute)


# ---- a label is not explained by what somebody else did ----
# "Mum sleeps in the children's room due to Dad's volatile behaviour": Mum's act says nothing of
# what Dad did. _behaviour_explains (specificity.py) lets a label stand when the sentence says what
# an adult did; the adult must be one who may be the label's own, not plainly another person.
_TITLES_FEMALE = {"ms", "mrs", "miss"}
_TITLES_MALE = {"mr"}


def _sex(token) -> str:
    words = {token.lower_, token.lemma_.lower()} | {c.lower_ for c in token.children if c.dep_ == "compound"}
    if words & (analysis._FEMALE | _TITLES_FEMALE):
        return "f"
    if words & (analysis._MALE | _TITLES_MALE):
        return "m"
    return ""


def label_owner(ctx: Context, span):
    """Whose the label is: the owner before it ("Dad's volatile behaviour", "his temper") or the
    subject of the clause it sits in ("Dad has bipolar disorder"), when that is an adult. None for a
    child's own, and in the future or an "if" ("Honour could be hurt if Lee loses his temper")."""
    root = span.root
    if _looks_ahead(root):
        return None
    owner = next((c for c in root.children if c.dep_ == "poss"), None)
    if owner is None:
        from .specificity import _clause_subject
        owner = _clause_subject(span)
    if owner is None or not (owner.pos_ in ("PROPN", "PRON") or _sex(owner) or analysis.is_person(owner)):
        return None
    if is_child(ctx, owner, strict=False) and not _sex(owner) or owner.i in analysis.child_tokens(ctx) \
            or (owner.pos_ == "PRON" and analysis.pronoun_is_child(ctx, owner)):
        return None
    return owner


def someone_else(owner, doer) -> bool:
    """Is the doer plainly another person than the label's owner? Told by sex ("Mum" and "Dad's",
    "she" and "his") or by two different names; a pronoun of the same sex may be either."""
    if owner is None or doer is None or owner.i == doer.i:
        return False
    a, b = _sex(owner), _sex(doer)
    if a and b:
        return a != b
    if owner.pos_ == "PROPN" and doer.pos_ == "PROPN":
        return owner.lower_ != doer.lower_ and not (set(t.lower_ for t in owner.subtree) & set(t.lower_ for t in doer.subtree))
    return False


# ---- vague: a goal sentence that is only a state ----
_STATE_VERBS = {"be", "feel", "stay", "remain", "keep"}


def bare_state_sentence(span) -> bool:
    """The sentence holding the span is nothing but a state said of someone: "Mum and the children
    will feel safe.", "Daisy will be safe.", "Clay will feel safe and settled." Round 13 leaves a
    goal's state alone when another sentence says what an adult will do (it is then the child's
    experience); in the open sets such a sentence, with no place, time, person or reason beside it,
    is written only in poor goals, and a reader marks it as vague wherever it stands. "Gift and
    Mercy will feel safe in the back of the car", "Tiana will feel happy to see her dad" and "so that
    Ella feels safe" say more, and keep round 13's reading."""
    sent = span.sent
    verb = sent.root
    if verb.lemma_.lower() not in _STATE_VERBS:
        return False
    allowed = set()
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            allowed |= {t.i for t in c.subtree}
        elif c.dep_ in ("aux", "auxpass", "punct", "neg", "cc") or (c.dep_ == "advmod" and c.lower_ in ("always", "also", "all")):
            allowed.add(c.i)
        elif c.dep_ == "conj" and c.pos_ in ("ADJ", "VERB") and c.tag_ != "VB" and not list(c.children):
            allowed.add(c.i)  # "feel safe and settled", with "settled" hung on the verb
        elif c.dep_ in ("acomp", "attr", "xcomp", "oprd") and c.pos_ in ("ADJ", "VERB"):
            for t in c.subtree:
                if t.i == c.i or (t.dep_ in ("cc", "punct") or (t.dep_ == "conj" and t.pos_ in ("ADJ", "VERB")
                                                                 and not list(t.children))
                                  or (t.dep_ == "advmod" and t.lower_ in ("more", "less", "much", "very", "really"))):
                    allowed.add(t.i)
    allowed.add(verb.i)
    return all(t.i in allowed for t in sent if not t.is_space)
