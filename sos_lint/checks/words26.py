"""Round 26 (words26): word faults still missed on fresh statements, read as classes on the parse.

Found on the open sets 14-23 (the classes below marked "open"), then, after set 24 was measured
untouched, on set 24's misses ("set 24"). Wired into specificity.py, jargon.py and words14.py.

Guess (SOS304):
- open: a state named through a verb of appearance ("presented as intoxicated", "presents as low in
  mood", "looked under the influence", "presents as not understanding Jasmine's cues"): the writer's
  impression, told as fact. The label rule gives way on those words; "presents as" stays jargon.
- set 24: what was seen given a meaning with a hedge ("this may be attention-seeking behaviour", "it
  could be a sign of trauma", "which might be a bite mark"), not the future or a named person's view.

Vague (SOS302):
- open: a safety verdict on a thing in a worry ("the sleeping arrangements are unsafe", "an unsafe
  environment"), not a feeling, a person, the future, an expert's finding, or beside an adult's act.
- set 24: "keep [the child] safe" as a goal's act with nothing of how, when or where; an effect on
  the child named in a clause ("the impact this is having on Poppy"); a goal sentence that is only an
  abstract thing in a good state ("Gemma's mental health will be stable.").

Label (SOS301), open: a label is not explained by what plainly another adult did ("Mum sleeps in the
children's room due to Dad's volatile behaviour"): specificity._behaviour_explains asks label_owner
and someone_else below.

Judgement (SOS305), set 24: an omission told as not bothering ("did not bother to take Kai").

Jargon (SOS101), set 24: a clinical age written as a fraction beside a name ("Mason (4/12)").

Victim blaming (SOS306), set 24: words14's provocation reading follows "X is a [noun] who winds his dad
up" to X.

Tried and left out: a child's bare state after the adults' acts ("Mum and the children will feel
safe.") contradicted rounds 13/18/25 and their tests for one mark; "behaviour" named by its kind
("volatile behaviour") as a class of its own found nothing the existing readings did not.
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
    while head.dep_ in ("ccomp", "xcomp") and head.head.i != head.i:
        head = head.head
        if head.lemma_.lower() in ("say", "tell", "think", "report", "describe", "state", "feel", "believe",
                                   "suggest", "wonder", "explain"):
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


# Round 40 (r40c): the lexicon's "appears to be" and "seems to be" with "to be" left out.
_SEEMING = {"appear", "seem"}
_LIKE = {"like"}
_SETTINGS = {"if", "when", "whenever", "unless", "until", "once"}


def _in_a_setting(verb) -> bool:
    """Under an "if" or "when": "tell the nurse if Leo seems unwell" asks for a look, not a guess."""
    node = verb
    for _ in range(5):
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in _SETTINGS for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


_BONDS = {"bonding", "attachment", "bond", "relationship", "interaction", "interactions"}


def _conj_subject(verb):
    """The subject of the verb "and" or "but" joins this one to: "Mum says she copes but appears…";
    or the noun the parser hung on the clause before ("…her milestones and bonding appears poor")."""
    before = verb.doc[verb.i - 1] if verb.i else None
    if before is not None and before.pos_ == "NOUN" and before.dep_ == "conj" and verb.dep_ == "conj":
        return before
    node = verb
    for _ in range(3):
        if node.dep_ != "conj" or node.head.i == node.i:
            return None
        node = node.head
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
    return None


def _an_adult_or_bond(ctx: Context, subject) -> bool:
    """An adult in the family (the writer's reading of a parent's mind or mood), or the bond between
    parent and child ("bonding appears poor"). A child's look or a thing's state is what was seen."""
    if subject is None:
        return False
    if subject.lemma_.lower() in _BONDS or subject.lower_ in _BONDS:
        return True
    if subject.i in analysis.child_tokens(ctx) or is_child(ctx, subject, strict=False):
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in ("he", "she", "they") and not analysis.pronoun_is_child(ctx, subject)
    return subject.i in analysis.adult_tokens(ctx) or (_a_person(ctx, subject) and subject.pos_ != "NOUN") \
        or subject.lower_ in set(analysis.people_words()["family"])


def seeming_state_spans(ctx: Context) -> list:
    """"Mum appears overwhelmed", "Dad seemed flat", "bonding appears poor", and "it looks like
    Tuesday is caring for Mum": the writer's impression told as what is so, the same guess as the
    lexicon's "appears to be" with "to be" left out. Left alone: a named person's own view ("the
    nurse said Mum seemed low"), a negated one, a look asked for under "if" or "when" ("Miss Carter
    will tell you if Dilan seems worried"), the future, a child's look or a thing's state ("Leo
    appeared hungry", "the cot appeared broken", round 14), what was seen said beside it ("appeared
    drunk and fell on the stairs"), "looks" about what was seen ("looked pale"), "look after"."""
    def compute():
        found = []
        for verb in ctx.tokens:
            lemma = verb.lemma_.lower()
            if verb.pos_ not in ("VERB", "AUX") or lemma not in _SEEMING | {"look"}:
                continue
            if _own_view(verb) or any(c.dep_ == "neg" for c in verb.children) or _in_a_setting(verb) \
                    or _looks_ahead(verb):
                continue
            state = next((c for c in verb.children if c.dep_ in ("acomp", "oprd") and c.i > verb.i
                          and c.pos_ in ("ADJ", "VERB") and c.tag_ in ("JJ", "JJR", "VBN")), None)
            nxt = ctx.doc[verb.i + 1] if verb.i + 1 < len(ctx.doc) else None
            like = nxt if nxt is not None and nxt.lower_ in _LIKE | {"as"} and (
                nxt.head.i == verb.i or nxt.head.head.i == verb.i) else None
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "expl")), None)
            if state is not None and lemma in _SEEMING:
                if any(c.dep_ == "xcomp" for c in verb.children):
                    continue  # "appears to…": the lexicon's
                if not _an_adult_or_bond(ctx, subject if subject is not None else _conj_subject(verb)):
                    continue  # "Leo (6) appeared hungry", "the cot appeared broken": what was seen (round 14)
                if any(c.dep_ == "conj" and c.pos_ == "VERB" and c.i > state.i for c in verb.children):
                    continue  # "…appeared drunk and fell on the stairs": what was seen is said beside it
                end = state.i
                if any(c.dep_ == "conj" and c.pos_ == "ADJ" for c in state.children):
                    end = max(c.i for c in state.children if c.dep_ == "conj" and c.pos_ == "ADJ")
                span = ctx.doc[verb.i:end + 1]
            elif like is not None and subject is not None and subject.lower_ == "it" \
                    and verb.i + 2 < len(ctx.doc) and (like.lower_ == "like" or ctx.doc[verb.i + 2].lower_ in ("if", "though")):
                span = ctx.doc[subject.i:verb.i + 2 + (like.lower_ == "as")]  # "it looks like", "it seems as if"
            else:
                continue
            if not quoted(span):
                found.append(span)
        return found
    return _memo(ctx, "seeming_states", compute)


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


# ---- the sentence is only a state ----
_STATE_VERBS = {"be", "feel", "stay", "remain", "keep"}


def bare_state_sentence(span) -> bool:
    """The sentence holding the span is nothing but a state said of its subject: "Gemma's mental
    health will be stable.", with no place, time, person or reason beside it. (Tried this round for
    a child's state after the adults' acts, "Mum and the children will feel safe.", and left out:
    rounds 13 and 18 read that as the child's experience summed up, and their tests hold it.)"""
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


# ---- judgement: an omission told as not bothering ----
def not_bothered_spans(ctx: Context) -> list:
    """"Patience did not bother to take Kai to his eye appointments", "Dad can't be bothered to get
    up", "never bothers to check": what a parent did not do, told as their attitude (round 25 read
    "made no effort" as the same verdict). Say what they did not do and when. Left alone: a child's
    ("Kai didn't bother with his homework"), a quote, "bother" as disturbing someone ("the noise
    bothers Nan"), and the positive ("Mum bothered to ring the school")."""
    def compute():
        found = []
        for token in ctx.tokens:
            if token.lemma_.lower() != "bother" or token.pos_ not in ("VERB", "ADJ"):
                continue
            negation = [c for c in token.children if c.dep_ == "neg" or c.lower_ == "never"]
            if not negation:
                continue
            bothered = token.tag_ == "VBN" or token.pos_ == "ADJ"
            xcomp = any(c.dep_ in ("xcomp", "prep", "advcl") for c in token.children)
            if not bothered and not xcomp:
                continue  # "it does not bother Nan"
            if any(c.dep_ == "dobj" for c in token.children):
                continue
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or is_child(ctx, subject) and not _sex(subject) \
                    or subject.i in analysis.child_tokens(ctx) \
                    or (subject.pos_ == "PRON" and (subject.lower_ in ("it", "this", "that")
                                                   or analysis.pronoun_is_child(ctx, subject))):
                continue
            start = min([c.i for c in token.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < token.i]
                        + [token.i])
            span = ctx.doc[start:token.i + 1]
            if not quoted(span):
                found.append(span)
        return found
    return _memo(ctx, "not_bothered", compute)


# ---- vague: "keep the child safe" as the act ----
_HOW = {"prep", "advcl", "npadvmod", "agent", "ccomp", "dative"}
_WANTING = {"want", "wish", "hope", "know", "show", "try", "mean", "love", "like", "understand", "trust", "believe",
            "see", "feel", "help"}
_HARMS = {"harm", "danger", "abuse", "risk", "hurt", "injury", "neglect", "exploitation"}


def keep_safe_spans(ctx: Context) -> list:
    """A goal whose act is "keep [the child] safe", with nothing said of how, when or where: "Mum
    will keep Melody safe from Wayne", "Dad, you need to keep Dylan (8) safe." It restates the goal
    instead of saying what the adult will do. Left alone: how or when said beside it ("keep Ella
    safe by walking her to school", "keep him safe every minute"), adults described by it ("adults
    who will keep him safe"), a thing kept safe ("keep your passport safe"), and worries."""
    if ctx.kind != "goal":
        return []

    def compute():
        found = []
        for safe in ctx.tokens:
            if safe.lower_ not in ("safe", "safer") or safe.dep_ not in ("oprd", "acomp", "ccomp", "xcomp", "advmod"):
                continue
            keep = safe.head
            if keep.lemma_.lower() != "keep" or keep.pos_ != "VERB" or keep.dep_ in ("relcl", "acl", "pcomp", "advcl"):
                continue
            if keep.dep_ in ("ccomp", "xcomp") and keep.head.lemma_.lower() in _WANTING:
                continue  # "how much you want to keep the children safe", "know that grown-ups will keep him safe"
            if any(p.lower_ == "from" and any(o.lemma_.lower() in _HARMS for o in p.children)
                   for p in list(keep.children) + list(safe.children)):
                continue  # "keep her safe from harm" is absence of harm (SOS512)
            child = next((c for c in keep.children if c.dep_ in ("dobj", "nsubj") and c.i > keep.i), None)
            if child is None:
                child = next((c for c in safe.children if c.dep_ == "nsubj"), None)  # "keep [Dylan safe]"
            if child is None or not (is_child(ctx, child) or child.i in analysis.child_tokens(ctx)
                                     or (child.pos_ == "PRON" and analysis.pronoun_is_child(ctx, child))
                                     or child.lower_ in ("children", "kids", "baby", "boys", "girls")):
                continue
            said_how = [c for c in list(keep.children) + list(safe.children)
                        if c.dep_ in _HOW and c.i > keep.i and not (c.dep_ == "prep" and c.lower_ == "from")
                        and c.i != safe.i]
            if said_how or any(c.dep_ == "advmod" and c.lower_ in ("when", "whenever", "while") for c in keep.children):
                continue
            if any(t.lower_ in ("if", "unless", "when", "whenever") for t in ctx.doc[keep.sent.start:keep.i]):
                continue
            span = ctx.doc[keep.i:safe.i + 1]
            if not quoted(span):
                found.append(span)
        return found
    return _memo(ctx, "keep_safe", compute)


# ---- guess: what was seen given a meaning with "may be" ----
_HEDGING = {"may", "might", "could"}
_POINTERS = {"this", "that", "it", "which"}


def hedged_meaning_spans(ctx: Context) -> list:
    """"Violet tells lies and this may be attention-seeking behaviour", "it could be a sign of
    trauma": what was seen given a meaning with a hedge, in a worry, the way "this is likely to be"
    is (verdicts and closed_classes read those). Left alone: the future and an "if" ("if this
    continues it could be a matter for the police"), a state or harm to come ("this could be
    dangerous", with an adjective), a named person's own view ("Dr Khan said it might be a
    virus"), a quote."""
    if ctx.kind != "worry":
        return []

    def compute():
        found = []
        for be in ctx.tokens:
            if be.lemma_.lower() != "be" or be.pos_ not in ("AUX", "VERB"):
                continue
            modal = next((c for c in be.children if c.dep_ == "aux" and c.lower_ in _HEDGING and c.i < be.i), None)
            subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
            attr = next((c for c in be.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.i > be.i), None)
            if modal is None or subject is None or attr is None or subject.lower_ not in _POINTERS:
                continue
            if subject.lower_ == "which" and be.dep_ != "relcl":
                continue
            if any(c.dep_ == "neg" for c in be.children):
                continue
            sent = ctx.doc[be.sent.start:be.i]
            if any(t.lower_ in ("if", "unless", "otherwise", "continues", "changes") for t in sent) or _own_view(be):
                continue
            span = ctx.doc[subject.i:be.i + 1] if subject.i < be.i else ctx.doc[modal.i:be.i + 1]
            if not quoted(span):
                found.append(span)
        return found
    return _memo(ctx, "hedged_meaning", compute)


# ---- jargon: a clinical age written as a fraction ----
import re as _re

_AGE_FRACTION = _re.compile(r"^(\d{1,2})/(12|52)$")
_UNITS = {"12": ("month", "months"), "52": ("week", "weeks")}


def age_fraction_spans(ctx: Context) -> list:
    """"Mason (4/12)", "baby Ava, aged 6/52": the health service's shorthand for an age in months
    (/12) or weeks (/52), which a family may read as a date or a score. Only beside a name or after
    "aged"/"age"; "on 4/12" (a date) and a score ("scored 8/12") are left alone. Each as (span, plain)."""
    def compute():
        found = []
        for token in ctx.tokens:
            match = _AGE_FRACTION.match(token.text)
            if not match:
                continue
            prev = ctx.doc[token.i - 1] if token.i else None
            beside_name = prev is not None and prev.text == "(" and token.i >= 2 and ctx.doc[token.i - 2].pos_ == "PROPN"
            after_age = prev is not None and prev.lower_ in ("aged", "age")
            if not (beside_name or after_age) or quoted(ctx.doc[token.i:token.i + 1]):
                continue
            number, unit = match.group(1), match.group(2)
            word = _UNITS[unit][0] if number == "1" else _UNITS[unit][1]
            found.append((ctx.doc[token.i:token.i + 1], f"{number} {word}"))
        return found
    return _memo(ctx, "age_fraction", compute)


# ---- vague: an effect on the child named in a clause ----
_EFFECTS = {"impact", "effect"}


def effect_clause_spans(ctx: Context) -> list:
    """"the impact this is having on Poppy", "the effect it has had on the boys": an effect on the
    child named with nothing said of what it is (the word list reads "the impact on"; here the "on"
    sits in a clause on the noun). "the effect it has on Poppy: she wets the bed" says it, and is left
    alone."""
    def compute():
        found = []
        for noun in ctx.tokens:
            if noun.lemma_.lower() not in _EFFECTS or noun.pos_ != "NOUN":
                continue
            clause = next((c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in ("have", "be")), None)
            if clause is None:
                continue
            on = next((c for c in list(clause.children) + list(noun.children)
                       if c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i > clause.i), None)
            target = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
            if target is None or not (_a_person(ctx, target) or target.lower_ in ("them", "him", "her", "us")):
                continue  # "the effect it has had on the wallpaper"
            end = max(t.i for t in target.subtree)
            while end > target.i and ctx.doc[end].is_punct and ctx.doc[end].text != ")":
                end -= 1  # "on Ellie (6)" keeps its bracket, not a stop or comma after it
            j = end + 1
            while j < len(ctx.doc) and ctx.doc[j].text == ")":
                j += 1
            if j < len(ctx.doc) and ctx.doc[j].text in (":", "-", "–", ";") or any(":" in t.text for t in target.subtree):
                continue  # "…on Ellie (6): she hides food" says it
            if j > end + 1:
                end = j - 1  # "on Ellie (6)", the bracket closed
            det = next((c for c in noun.children if c.dep_ in ("det", "amod") and c.i < noun.i), None)
            span = ctx.doc[(det.i if det is not None else noun.i):end + 1]
            if not quoted(span):
                found.append(span)
        return found
    return _memo(ctx, "effect_clause", compute)


# ---- vague: a goal sentence that is only a state of an abstract thing ----
_UNPICTURED = {"stable", "better", "improved", "adequate", "appropriate", "positive", "good", "settled", "consistent",
               "suitable", "acceptable", "sufficient", "satisfactory", "manageable", "healthy", "healthier",
               "well-managed", "under control", "in order"}


def abstract_state_spans(ctx: Context) -> list:
    """"Gemma's mental health will be stable.", "Home life will be more settled.": a goal sentence that
    is nothing but an abstract thing (not a person) said to be in a good state nobody can picture.
    "Ezra's weight will be back on the 25th centile" (a figure), "the kitchen will be clean" (seen)
    and a person ("Mum will be settled in her flat") are left alone."""
    if ctx.kind != "goal":
        return []

    def compute():
        found = []
        for sent in ctx.doc.sents:
            verb = sent.root
            if verb.lemma_.lower() not in ("be", "remain", "stay", "become"):
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            state = next((c for c in verb.children if c.dep_ in ("acomp", "attr") and c.pos_ == "ADJ"
                          and (c.lower_ in _UNPICTURED or c.lemma_.lower() in _UNPICTURED)), None)
            if subject is None or state is None or subject.pos_ != "NOUN" or _a_person(ctx, subject):
                continue
            if not bare_state_sentence(ctx.doc[state.i:state.i + 1]):
                continue
            # from the thing, not its owner: "[Gemma's] mental health will be stable" (a name is never the fault)
            first = min([t.i for c in subject.children if c.dep_ in ("compound", "amod", "nmod") and c.i < subject.i
                         for t in c.subtree] + [subject.i])
            span = ctx.doc[first:state.i + 1]
            if not quoted(span):
                found.append(span)
        return found
    return _memo(ctx, "abstract_state", compute)
