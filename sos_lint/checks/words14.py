"""Round 14 (words14a): verdicts, guesses, labels and victim blaming read as frames on the parse.

- forecasts (SOS304): whether a parent will change, written as a finding: "unlikely to sustain
  change", "not likely to stop drinking", "will never change".
- seeming verdicts on care (SOS304): "supervision appears inadequate", "routines seem chaotic":
  a reading of care passed off as what was seen.
- odd or excessive (SOS305): "over-protective", "overbearing", "bizarre", "strange" said of an
  adult or an adult's conduct.
- control lost (SOS305): "has lost control of Tyler", "no control over what he watches", "not up
  to caring for", "lets Kai rule the roost".
- priorities (SOS305): "puts her partner before Ruby", "placing their careers ahead of",
  "prioritise their jobs over", "puts himself first".
- provocation blamed (SOS306): a harmed child "winds him up", "provokes her father", "sets off
  the fights", "pushes Mum's buttons".
- the child's choice or reaction blamed (SOS306): "of her own free will", "willingly",
  "attention-seeking", "kicks off", "plays up", "acts out".
- keeping safe put on the child (SOS306, goals): "build the confidence to say no", "block anyone",
  "say no".
- conditions named (SOS301): "has an eating disorder", "mental health problems", "has OCD".
Each reading is memoised on the Context and hooked into the owning module's public reading
(closed_classes, verdicts).
"""
from __future__ import annotations

from . import analysis, person_verdicts as pv, words19
from .base import Context, span_memo
from .lexicon import looks_ahead
from .words13 import PEOPLE_THINGS, _adult, _child, _ok, _person_like, _subject


_memo = span_memo("words14:")


def _owner(token):
    return next((c for c in token.children if c.dep_ == "poss"), None)


def _adultish(ctx: Context, token) -> bool:
    """An adult, or an adult's conduct ("Dad's behaviour")."""
    if token is None:
        return False
    if _adult(ctx, token):
        return True
    owner = _owner(token)
    return token.lemma_.lower() in CONDUCT and owner is not None and _adult(ctx, owner)


def _young(ctx: Context, token) -> bool:
    """The child, or a name the statement does not show to be an adult's ("Summer is
    attention-seeking", a name that is also a word read as a noun)."""
    if token is None:
        return False
    if _child(ctx, token):
        return True
    if _adult(ctx, token) or pv.is_adult(ctx, token):
        return False
    if analysis.is_name(token):
        return True
    # A name that is also a word, opening the sentence as its subject ("Summer is…", "Holly will…"):
    # the people analysis's weaker reading (sos_lint.people.People.opening_subject).
    return analysis.people(ctx).opening_subject(token)


def _subject_or_name(ctx: Context, verb):
    """The verb's subject, or the name the parser left outside the clause ("Leo (9) antagonises…",
    "Since the assault Amy (15) has been kicking off…")."""
    subject = _subject(verb)
    if subject is not None:
        return subject
    before = [t for t in verb.sent if t.i < verb.i and t.dep_ in ("npadvmod", "appos", "nsubj", "ROOT")
              and _young(ctx, t)]
    return before[-1] if before else None


def _childish(ctx: Context, token) -> bool:
    """The child, or the child's conduct ("Jay's cheek")."""
    if token is None:
        return False
    if token.lower_ in ("who", "that") and token.head.dep_ == "relcl":
        token = token.head.head
    if _young(ctx, token):
        return True
    owner = _owner(token)
    return owner is not None and _young(ctx, owner) and not _adult(ctx, token)


CONDUCT = {"behaviour", "behavior", "behaviours", "behaviors", "conduct", "action", "actions", "attitude",
           "manner", "presentation", "parenting", "response", "reaction", "demeanour"}


# --- forecasts (SOS304) ---------------------------------------------------------------------
LIKELY = {"likely", "unlikely"}
# What a parent is forecast to do or not do: change and keep it up, or the care that change means.
CHANGING = {"change", "sustain", "maintain", "improve", "stop", "engage", "cooperate", "co-operate", "comply",
            "cope", "manage", "protect", "prioritise", "prioritize", "accept", "benefit", "make", "keep",
            "abstain", "achieve", "progress", "address", "reduce", "understand", "recognise", "recognize",
            "acknowledge", "safeguard", "meet", "parent", "care", "follow", "work", "remain", "stay", "give"}


def forecast_spans(ctx: Context) -> list:
    if ctx.kind != "worry":
        return []
    return _memo(ctx, "forecast", lambda: _forecasts(ctx))


def _forecasts(ctx: Context) -> list:
    found = []
    doc = ctx.doc
    for token in ctx.tokens:
        lower = token.lower_
        span = verb = None
        if lower in LIKELY and token.pos_ == "ADJ":
            doing = next((c for c in token.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
            if doing is None or doing.lemma_.lower() not in CHANGING:
                continue
            if any(c.dep_ == "auxpass" for c in doing.children):
                continue  # "likely to be hurt": what could happen to someone
            if lower == "likely" and not (pv._negated(token) or pv._negated(token.head)):
                continue  # "likely to change" alone can be a hope; "not likely to", "unlikely to" a verdict
            subject = _subject(token.head if token.dep_ in ("acomp", "oprd", "attr") else token)
            if not _adult(ctx, subject) or pv._own_account(ctx, token.head):
                continue
            first = token.i
            for t in doc[max(0, token.i - 2):token.i]:
                if t.lower_ in ("not", "n't", "very", "highly"):
                    first = t.i
                    break
            span = doc[first:doing.i + 1]
            verb = token.head
        elif token.lemma_.lower() == "change" and token.pos_ == "VERB" \
                and any(c.dep_ == "neg" and c.lower_ == "never" for c in token.children) \
                and any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "would", "can", "could") for c in token.children):
            if any(c.dep_ == "dobj" for c in token.children):
                continue
            subject = _subject(token)
            if not _adult(ctx, subject):
                continue
            first = min(c.i for c in token.children if c.dep_ in ("aux", "neg"))
            span = doc[first:token.i + 1]
            verb = token
        else:
            continue
        if _ok(ctx, span, verb):
            found.append(span)
    return found


# --- seeming verdicts on care (SOS304) ------------------------------------------------------
SEEMING = {"seem", "appear"}
CARE_VERDICTS = {"poor", "inadequate", "insufficient", "unsuitable", "inappropriate", "inconsistent", "neglectful",
                 "chaotic", "lax", "minimal", "unsafe", "limited", "lacking", "adequate", "appropriate",
                 "sufficient", "suitable", "unsanitary", "unhygienic", "substandard", "haphazard", "disorganised",
                 "disorganized", "unstable", "unacceptable", "deficient", "unsatisfactory", "satisfactory",
                 "acceptable", "good", "reasonable", "variable"}


def seeming_care_spans(ctx: Context) -> list:
    return _memo(ctx, "seeming", lambda: _seeming_care(ctx))


def _seeming_care(ctx: Context) -> list:
    found = []
    for token in ctx.tokens:
        if token.lemma_.lower() not in SEEMING or token.pos_ not in ("VERB", "AUX"):
            continue
        state = next((c for c in token.children if c.dep_ in ("acomp", "oprd") and c.pos_ in ("ADJ", "VERB")), None)
        if state is None or state.lower_ not in CARE_VERDICTS:
            continue
        subject = _subject(token)
        if subject is None or _child(ctx, subject) or pv._negated(token):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
            continue  # "seemed poor to the nurse": someone the reader can ask
        span = ctx.doc[token.i:state.i + 1]
        if _ok(ctx, span, token):
            found.append(span)
    return found


# --- odd or excessive (SOS305) --------------------------------------------------------------
ODD = {"bizarre", "strange", "odd", "weird", "eccentric", "peculiar", "irrational", "outlandish", "unhinged"}
OVER = {"protective", "bearing", "involved", "anxious", "zealous", "indulgent", "controlling", "cautious",
        "reactive", "emotional", "familiar", "attentive", "possessive", "critical", "strict", "demanding",
        "dramatic", "sensitive", "attached", "reliant", "dependent", "lenient", "permissive", "bearing"}


def _over_word(ctx: Context, token):
    """The first word of "over-protective" / "overprotective", or None."""
    lower = token.lower_
    if lower.startswith("over") and lower[4:].lstrip("-") in OVER:
        return token
    doc = ctx.doc
    if lower in OVER and token.i >= 2 and doc[token.i - 1].lower_ == "-" and doc[token.i - 2].lower_ == "over":
        return doc[token.i - 2]
    if lower in OVER and token.i >= 1 and doc[token.i - 1].lower_ in ("over-",):
        return doc[token.i - 1]
    return None


def odd_trait_spans(ctx: Context) -> list:
    return _memo(ctx, "odd", lambda: _odd_traits(ctx))


def _odd_traits(ctx: Context) -> list:
    found = []
    doc = ctx.doc
    for token in ctx.tokens:
        if token.pos_ not in ("ADJ", "VERB", "NOUN"):
            continue
        first = _over_word(ctx, token)
        if first is None and not (token.lower_ in ODD and token.pos_ == "ADJ"):
            continue
        if first is None:
            first = token
        subject = verb = None
        node = token.head.head if token.head.lower_ == "as" else token.head
        if node.lemma_.lower() in ("describe", "see", "regard", "view", "consider", "perceive", "find", "deem", "call"):
            subject = next((c for c in node.children if c.dep_ == "dobj"), None)
            if subject is None and any(c.dep_ == "auxpass" for c in node.children):
                subject = _subject(node)
            verb = node
        if subject is None:
            verb = pv._predicated(token)
            if verb is None and first.i != token.i and first.dep_ in ("advmod", "acomp") \
                    and first.head.lemma_.lower() in ("be", "become", "seem", "appear", "get"):
                verb = first.head  # "Dad is over-protective", parsed "over" + "protective"
            if verb is None:
                continue
            subject = _subject(verb)
        if not _adultish(ctx, subject) or pv._negated(verb) or looks_ahead(verb):
            continue
        span = doc[first.i:token.i + 1]
        if _ok(ctx, span, verb):
            found.append(span)
    return found


# --- control lost (SOS305) ------------------------------------------------------------------
LITTLE = {"no", "little", "any", "less", "all"}


def control_spans(ctx: Context) -> list:
    if ctx.kind != "worry":
        return []
    return _memo(ctx, "control", lambda: _control(ctx))


def _controlled(ctx: Context, control) -> bool:
    """"control of Tyler", "over what Jay watches", "over Ella's phone use", "of the boys"."""
    preps = list(control.children) + [c for c in control.head.children if c.i > control.i]
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "over"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pcomp" or (obj.dep_ == "pobj" and obj.pos_ in ("VERB", "AUX")):
                return True  # "over what he does"
            if obj.dep_ != "pobj":
                continue
            if _person_like(ctx, obj) and obj.lemma_.lower() not in ("behaviour", "behavior"):
                return True
            owner = _owner(obj)
            if owner is not None and _child(ctx, owner):
                return True
            if obj.lower_ in ("what", "where", "when", "how", "who"):
                return True
    return not any(c.dep_ == "prep" for c in control.children) and control.head.lemma_.lower() == "lose"


def _control(ctx: Context) -> list:
    found = []
    doc = ctx.doc
    for token in ctx.tokens:
        lower = token.lower_
        span = verb = None
        if token.lemma_.lower() == "control" and token.pos_ == "NOUN" and token.dep_ == "dobj":
            verb = token.head
            lemma = verb.lemma_.lower()
            det = next((c for c in token.children if c.dep_ in ("det", "amod") and c.lower_ in LITTLE), None)
            if lemma == "lose":
                pass
            elif lemma == "have" and det is not None and (det.lower_ != "any" or pv._negated(verb) or any(
                    c.lower_ in ("neither", "no", "never") for c in verb.subtree if c.i < verb.i)):
                pass
            else:
                continue
            if not _controlled(ctx, token):
                continue
            subject = _subject(verb)
            if subject is not None and subject.lower_ in ("she", "he") and any(
                    t.dep_ in ("nsubj", "nsubjpass") and t.i < subject.i and _adult(ctx, t) for t in verb.sent):
                pass  # "Nain has let Sion…, and she has lost all control": the adult named before
            elif not _adult(ctx, subject):
                continue
            if looks_ahead(verb) or pv._goal_conditional(verb):
                continue
            first = verb.i if lemma == "lose" else (det.i if det is not None else token.i)
            if lemma == "have" and any(c.dep_ == "neg" for c in verb.children):
                first = min(c.i for c in verb.children if c.dep_ == "neg")
            span = doc[first:token.i + 1]
        elif lower == "up" and token.i >= 1 and doc[token.i - 1].lower_ in ("not", "n't") and token.i + 2 < len(doc) \
                and doc[token.i + 1].lower_ == "to":
            after = doc[token.i + 2]
            if after.lower_ in ("date", "speed", "scratch", "standard", "par") or after.like_num:
                continue
            if not (after.tag_ == "VBG" or after.lower_ in ("it", "this", "that", "the", "looking", "caring")):
                continue
            if after.lower_ == "the" and not (token.i + 3 < len(doc) and doc[token.i + 3].lemma_.lower() in (
                    "job", "task", "role", "challenge", "demands")):
                continue
            verb = doc[token.i - 1].head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            subject = _subject(verb)
            if not _adult(ctx, subject) or looks_ahead(verb):
                continue
            end = token.i + 3 if after.lower_ != "the" else token.i + 4
            span = doc[token.i - 1:min(end + 1, len(doc))]
        elif token.lemma_.lower() == "roost" and token.head.lemma_.lower() == "rule":
            verb = token.head
            span = doc[verb.i:token.i + 1]
        else:
            continue
        if span is not None and _ok(ctx, span, verb):
            found.append(span)
    return found


# --- priorities (SOS305) --------------------------------------------------------------------
PLACING = {"put", "place", "prioritise", "prioritize", "rank", "value"}
BEFORE = {"before", "ahead", "above", "over"}
OWN_THINGS = {"partner", "boyfriend", "girlfriend", "job", "jobs", "career", "careers", "work", "drinking", "relationship",
              "relationships", "need", "needs", "friend", "friends", "life", "lives", "gaming", "drugs", "alcohol",
              "social", "interests", "hobbies", "pleasure", "wants", "feelings"}
REFLEXIVE = {"himself", "herself", "themselves", "myself", "yourself"}


def priority_spans(ctx: Context) -> list:
    return _memo(ctx, "priority", lambda: _priorities(ctx))


def _priorities(ctx: Context) -> list:
    found = []
    doc = ctx.doc
    for token in ctx.tokens:
        lemma = token.lemma_.lower()
        if lemma not in PLACING or token.pos_ != "VERB":
            continue
        thing = next((c for c in token.children if c.dep_ == "dobj"), None)
        if thing is None:
            continue
        own = thing.lower_ in REFLEXIVE or (
            _owner(thing) is not None and _owner(thing).lower_ in ("his", "her", "their", "your", "my")
            and (thing.lemma_.lower() in OWN_THINGS or thing.lower_ in OWN_THINGS))
        if lemma in ("prioritise", "prioritize") and _owner(thing) is not None:
            own = own or _owner(thing).lower_ in ("his", "her", "their", "your", "my")
        if not own:
            continue
        order = next((c for c in token.children if (c.dep_ in ("prep", "advmod") and c.lower_ in BEFORE)
                      or (c.lower_ == "first" and thing.lower_ in REFLEXIVE)), None)
        if order is None:
            order = next((c for c in thing.children if c.dep_ == "prep" and c.lower_ in BEFORE), None)
        if order is None:
            continue
        subject = _subject(token)
        if not _adult(ctx, subject) or looks_ahead(token) or pv._goal_conditional(token):
            continue
        end = order.i
        if order.lower_ == "ahead" and order.i + 1 < len(doc) and doc[order.i + 1].lower_ == "of":
            end = order.i + 1
        span = doc[token.i:end + 1]
        if _ok(ctx, span, token):
            found.append(span)
    return found


# --- provocation blamed (SOS306) ------------------------------------------------------------
PROVOKING = {"provoke", "antagonise", "antagonize", "goad", "taunt", "bait", "trigger", "incite", "instigate"}
STARTING = {"start", "set", "spark", "cause", "trigger", "instigate", "provoke"}
QUARRELS = {"argument", "arguments", "row", "rows", "fight", "fights", "anger", "temper", "violence", "incident",
            "incidents", "rage", "outburst", "outbursts", "confrontation", "confrontations", "trouble", "aggression"}


def provocation_spans(ctx: Context) -> list:
    """A harmed child's "provocation" blamed. In a worry, what the child is said to have done ("Leo
    winds his dad up"). Round 40 (r40c): in a goal, or as a task with "must not" / "so that he does
    not", the child is made the one who must not provoke the adult ("Faith will not provoke her
    father", "so that Levi does not wind his dad up"), or the adult's plan hangs on the child's
    provoking ("when Frank provokes him, Dad will walk away"): the adult's temper is his own."""
    return _memo(ctx, "provoke", lambda: _provocations(ctx))


_TASKING = {"will", "must", "should", "shall", "need", "needs", "to", "ought"}


def _provoking_set_as_task(ctx: Context, verb) -> bool:
    """The child's not provoking set as something to do: a goal, a "must not", "will not", "is to
    not", or "so that he does not". A worry's "Leo did not provoke him" defends the child."""
    if ctx.kind == "goal":
        return True
    node = verb
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in _TASKING for c in node.children):
            return True
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("that", "so") for c in node.children) \
                and any(t.lower_ == "so" for t in node.doc[max(0, node.left_edge.i - 1):node.i]):
            return True  # "…so that he does not provoke his father"
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            break
        node = node.head
    return False


def _provoked(ctx: Context, obj) -> bool:
    if obj is None:
        return False
    if obj.lower_ in ("him", "her", "them"):
        return True  # the child's subject is the child, so "winds him up" is someone else
    if pv.is_adult(ctx, obj) or _adult(ctx, obj):
        return True
    return obj.lemma_.lower() in QUARRELS or obj.lower_ in QUARRELS


def _trigger_nouns(ctx: Context) -> list:
    """Round 40 (r40c): the child or the child's conduct called "a trigger for Dad" or "the trigger
    for his anger": the provocation reading with the verb made a noun."""
    found = []
    for noun in ctx.tokens:
        if noun.lemma_.lower() not in ("trigger", "provocation") or noun.pos_ != "NOUN" or noun.dep_ != "attr":
            continue
        verb = noun.head
        node = verb
        subject = None
        for _ in range(4):  # "is likely to be a trigger": the subject of "is"
            subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None or node.dep_ not in ("xcomp", "acomp", "conj") or node.head.i == node.i:
                break
            node = node.head
        if subject is None and node.dep_ == "conj":
            # "Storm is a challenging child and his behaviour is likely to be…": the parser can hang
            # the second clause's subject on the first's noun; take the noun just before its verb
            subject = next((t for t in reversed(ctx.doc[node.sent.start:node.i])
                            if t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ in ("conj", "nsubj")), None)
        if subject is None or not _childish(ctx, subject):
            continue
        for_ = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        whom = next((c for c in for_.children if c.dep_ == "pobj"), None) if for_ is not None else None
        if whom is None:
            continue
        owner = _owner(whom)
        if not (_adult(ctx, whom) or pv.is_adult(ctx, whom) or (owner is not None and (
                _adult(ctx, owner) or pv.is_adult(ctx, owner)))):
            continue  # "a trigger for her panic attacks" is the child's own
        span = ctx.doc[noun.i:whom.i + 1]
        if _ok(ctx, span, verb):
            found.append(span)
    return found


def _provocations(ctx: Context) -> list:
    found = _trigger_nouns(ctx)
    doc = ctx.doc
    for token in ctx.tokens:
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB":
            continue
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        prt = next((c for c in token.children if c.dep_ == "prt"), None)
        if obj is None and prt is not None:
            obj = next((c for c in prt.children if c.dep_ == "pobj"), None)  # "sets off the fights"
        end = None
        if lemma in PROVOKING and _provoked(ctx, obj):
            end = obj.i
        elif (lemma == "wind" or token.lower_ == "wound") and (prt is not None and prt.lower_ == "up") and _provoked(ctx, obj) \
                and obj.lemma_.lower() not in QUARRELS:
            end = max(obj.i, prt.i)
        elif lemma in STARTING and obj is not None and obj.lemma_.lower() in QUARRELS | {"argument", "row", "fight"} \
                and (lemma != "set" or (prt is not None and prt.lower_ == "off")):
            end = obj.i
        elif lemma == "push" and obj is not None and obj.lemma_.lower() == "button":
            end = obj.i
        else:
            continue
        subject = _subject_or_name(ctx, token)
        if subject is not None and subject.lower_ in ("who", "that") and subject.head.dep_ == "relcl":
            subject = subject.head.head
            # Round 26 (words26): "Kayden is a defiant young person who winds his dad up": the noun the
            # clause hangs on is said of the copula's subject, the child
            # ("It is Ruby who starts the arguments": a cleft, the name itself is the child)
            if subject.dep_ == "attr" and subject.head.lemma_.lower() == "be" and subject.pos_ == "NOUN":
                said_of = next((c for c in subject.head.children if c.dep_ == "nsubj"), None)
                if said_of is not None and said_of.lower_ not in ("it", "this", "that", "there"):
                    subject = said_of
        if not _childish(ctx, subject):
            continue
        if ctx.kind == "goal" and not (_child(ctx, subject) or _child(ctx, _owner(subject))):
            continue  # in a goal, a name the statement does not show to be a child's ("Gary will not goad Mum")
        if (pv._negated(token) or looks_ahead(token)) and not _provoking_set_as_task(ctx, token):
            continue
        if ctx.kind == "goal" and lemma not in PROVOKING and not (pv._negated(token) or looks_ahead(token)):
            continue  # "Grandad, when the children are winding you up, you will go to the shed": how he feels, in
            # the family's words, and his plan; "when Frank provokes him" names the child the cause
        if pv._own_account(ctx, token) and not any(t.lemma_.lower() in ("hit", "slap", "punch", "smack", "kick", "hurt", "grab", "throw", "lock", "beat") for t in token.sent):
            continue
        span = doc[token.i:end + 1]
        if _ok(ctx, span):
            found.append(span)
    return found


# --- the child's choice or reaction blamed (SOS306) -----------------------------------------
VOLITION = {"volition", "accord", "will", "choice", "choosing"}
ACTING = {("kick", "off"), ("play", "up"), ("act", "out")}


def child_choice_spans(ctx: Context) -> list:
    if ctx.kind != "worry":
        return []
    return _memo(ctx, "choice", lambda: _child_choices(ctx))


def _child_choices(ctx: Context) -> list:
    found = []
    doc = ctx.doc
    for token in ctx.tokens:
        lower = token.lower_
        span = verb = None
        if lower == "own" and token.i >= 2 and doc[token.i - 1].lower_ in ("his", "her", "their") \
                and doc[token.i - 2].lower_ == "of" and token.i + 1 < len(doc):
            nxt = doc[token.i + 1]
            last = nxt
            if nxt.lower_ == "free" and token.i + 2 < len(doc) and doc[token.i + 2].lower_ == "will":
                last = doc[token.i + 2]
            elif nxt.lower_ not in VOLITION:
                continue
            verb = doc[token.i - 2].head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            span = doc[token.i - 2:last.i + 1]
        elif lower == "willingly" and token.dep_ == "advmod":
            verb = token.head
            span = doc[token.i:token.i + 1]
        elif lower == "seeking" and token.i >= 1 and (doc[token.i - 1].lower_ == "attention" or (
                token.i >= 2 and doc[token.i - 1].lower_ == "-" and doc[token.i - 2].lower_ == "attention")):
            first = doc[token.i - 1] if doc[token.i - 1].lower_ == "attention" else doc[token.i - 2]
            span = doc[first.i:token.i + 1]
            verb = None
            for word in (token, first):
                node = word.head.head if word.head.lower_ == "as" else word.head
                if node.lemma_.lower() in ("describe", "see", "regard", "view", "consider", "call", "label"):
                    who = next((c for c in node.children if c.dep_ == "dobj"), None)
                    if who is not None and _child(ctx, who):
                        verb = node
                        break
                candidate = pv._predicated(word) or (word.head if word.head.lemma_ == "be" else None)
                if candidate is not None:
                    verb = candidate
                    break
            if verb is None:
                continue
            subject = _subject(verb)
            if not (_young(ctx, subject) or any(c.dep_ == "dobj" and _young(ctx, c) for c in verb.children)):
                continue
            if looks_ahead(verb) or pv._negated(verb):
                continue
            if _ok(ctx, span, verb):
                found.append(span)
            continue
        elif token.pos_ in ("VERB", "NOUN") and any((token.lemma_.lower().rstrip("s") if token.pos_ == "NOUN" else token.lemma_.lower(), c.lower_) in ACTING for c in token.children
                                          if c.dep_ in ("prt", "advmod") and c.i == token.i + 1):
            verb = token
            span = doc[token.i:token.i + 2]
        else:
            continue
        subject = _subject_or_name(ctx, verb)
        if not _young(ctx, subject) or pv._negated(verb) or looks_ahead(verb):
            continue
        if _ok(ctx, span, verb):
            found.append(span)
    return found


# --- keeping safe put on the child (SOS306, goals) ------------------------------------------
INNER = {"confidence", "resilience", "self-esteem", "esteem", "skill", "skills", "strength", "courage",
         "assertiveness", "ability", "tools", "knowledge", "awareness"}
GAINING = {"build", "develop", "gain", "have", "grow", "find", "get", "learn", "acquire", "improve", "increase"}


def child_guard_spans(ctx: Context) -> list:
    if ctx.kind != "goal":
        return []
    return _memo(ctx, "guard", lambda: _child_guards(ctx))


def _child_guards(ctx: Context) -> list:
    from .words13 import _goal_subject
    found = []
    doc = ctx.doc
    for token in ctx.tokens:
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB":
            continue
        span = None
        if lemma in GAINING:
            inner = next((c for c in token.children if c.dep_ == "dobj" and c.lower_ in INNER), None)
            if inner is None:
                continue
            to = next((c for c in inner.children if c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ == "VERB"), None) \
                or next((c for c in token.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                         and any(a.lower_ == "to" for a in c.children)), None)
            if to is None:
                continue
            span = doc[token.i:inner.i + 1]
        elif lemma == "block":
            span = doc[token.i:token.i + 1]
            obj = next((c for c in token.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.lemma_.lower() in ("door", "road", "way", "view", "exit", "path", "drive"):
                continue
        elif lemma == "say" and any(c.lower_ == "no" and c.dep_ in ("dobj", "intj", "ccomp", "npadvmod", "advmod", "attr")
                                    for c in token.children):
            no = next(c for c in token.children if c.lower_ == "no")
            if no.i != token.i + 1:
                continue
            span = doc[token.i:no.i + 1]
        else:
            continue
        subject = _goal_subject(ctx, token)
        if not _young(ctx, subject) or pv._negated(token):
            continue
        if _ok(ctx, span):
            found.append(span)
    return found


# --- conditions named (SOS301) --------------------------------------------------------------
CONDITIONS = {"disorder", "ocd", "ptsd", "bpd", "eupd", "anorexia", "bulimia", "psychosis", "schizophrenia",
              "depression", "bipolar"}
MINDS = {"mental", "emotional", "psychological"}
TROUBLES = {"issue", "issues", "problem", "problems", "difficulty", "difficulties", "condition", "conditions",
            "concern", "concerns", "illness", "struggles"}
SERVICES = {"service", "services", "team", "clinic", "unit", "nurse", "ward", "worker", "practitioner", "support",
            "assessment", "specialist", "charity", "team's", "medication", "treatment", "appointment", "plan",
            "hospital", "consultant", "nurses", "workers"}


def condition_spans(ctx: Context) -> list:
    if ctx.kind != "worry":
        return []
    return _memo(ctx, "condition", lambda: _conditions(ctx))


def _conditions(ctx: Context) -> list:
    found = []
    doc = ctx.doc
    for token in ctx.tokens:
        lower = token.lower_
        span = None
        if lower in CONDITIONS and token.pos_ in ("NOUN", "PROPN", "ADJ"):
            if token.dep_ == "compound" and token.head.lower_ in SERVICES | CONDITIONS:
                continue
            if token.dep_ == "compound" and token.head.lower_ not in CONDITIONS:
                continue
            if token.head.lower_ in SERVICES and token.dep_ in ("compound", "amod"):
                continue
            if any(c.lower_ in SERVICES for c in token.children if c.dep_ == "prep"):
                continue
            if lower == "bipolar" and not (token.dep_ in ("acomp", "amod", "attr") or token.head.lemma_ == "be"):
                continue
            if lower == "depression" and token.head.lower_ in ("postnatal", "post-natal"):
                pass
            first = token.i
            for t in reversed(list(token.children)):
                if t.dep_ in ("compound", "amod") and t.i < token.i and t.i == first - 1:
                    first = t.i
            span = doc[first:token.i + 1]
        elif lower in TROUBLES and token.pos_ == "NOUN":
            if token.dep_ == "compound":
                continue
            mods = [c for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i]
            words = {c.lower_ for c in mods}
            health = next((c for c in mods if c.lower_ == "health"), None)
            if health is not None:
                words |= {c.lower_ for c in health.children}
                if health.i >= 1 and doc[health.i - 1].lower_ in MINDS:
                    words.add(doc[health.i - 1].lower_)
            if not (words & MINDS and (health is not None or lower in ("illness", "difficulties", "problems", "issues"))):
                continue
            first = min([token.i] + [c.i for c in mods] + ([doc[health.i - 1].i] if health is not None and health.i >= 1
                                                           and doc[health.i - 1].lower_ in MINDS else []))
            span = doc[first:token.i + 1]
        elif lower == "health" and token.i >= 1 and doc[token.i - 1].lower_ in ("mental", "emotional") \
                and token.dep_ == "pobj" and token.head.lower_ == "with" \
                and token.head.head.lemma_.lower() in ("struggle", "suffer", "battle", "cope") \
                and _owner(token) is not None:
            span = doc[_owner(token).i:token.i + 1]
        else:
            continue
        if looks_ahead(span.root) or any(t.lower_ in SERVICES for t in doc[span.end:span.end + 1]):
            continue
        if _ok(ctx, span):
            found.append(span)
    return found


# --- reported as a guess, in a reduced relative (SOS304) -------------------------------------
# "a man believed to be linked to…", "a car thought to belong to Dean": an opinion nobody owns,
# hung on a noun. "Dad is believed to…" is read by closed_classes.hedge_spans.
REPORTED = {"think", "believe", "suspect", "presume", "assume", "suppose", "allege", "rumour", "rumor",
            "understand", "deem", "consider", "say"}
# An explanation weighed against an injury: "inconsistent with the injury", "not consistent with".
WEIGHED = {"inconsistent", "consistent", "compatible", "incompatible"}
INJURIES = {"injury", "injuries", "bruise", "bruises", "bruising", "burn", "burns", "mark", "marks", "fracture",
            "fractures", "wound", "wounds", "explanation", "account", "history", "mechanism", "pattern", "cut",
            "cuts", "scald", "scalds", "presentation", "findings"}


def unowned_opinion_spans(ctx: Context) -> list:
    if ctx.kind != "worry":
        return []
    return _memo(ctx, "unowned", lambda: _unowned(ctx))


def _unowned(ctx: Context) -> list:
    found = []
    doc = ctx.doc
    for token in ctx.tokens:
        lemma = token.lemma_.lower()
        span = None
        if lemma in REPORTED and token.tag_ in ("VBN", "VBD") and token.dep_ in ("acl", "amod", "relcl", "dep", "advcl", "conj") \
                and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "to" and doc[token.i + 2].pos_ in ("VERB", "AUX") \
                and token.i >= 1 and (doc[token.i - 1].pos_ in ("NOUN", "PROPN") or doc[token.i - 1].lower_ == ","):
            # the parser hangs "thought to belong" anywhere: read the words, and ask that the verb
            # has no subject or auxiliary of its own ("Dad is believed to…" is the hedges')
            if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in token.children):
                continue
            span = doc[token.i:token.i + 3]
        elif token.lower_ in WEIGHED and token.pos_ == "ADJ":
            with_ = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"), None)
            what = next((o for o in with_.children if o.dep_ == "pobj"), None) if with_ is not None else None
            if what is None or what.lemma_.lower() not in INJURIES and what.lower_ not in INJURIES:
                continue
            if token.lower_ in ("consistent", "compatible") and not pv._negated(token.head) and not pv._negated(token):
                continue  # "is consistent with" of a thing: the lexicon's (rules/specificity.toml)
            first = token.i
            if token.i and doc[token.i - 1].lower_ in ("not", "n't"):
                first = token.i - 1
            span = doc[first:with_.i + 1]
        else:
            continue
        if _ok(ctx, span):
            found.append(span)
    return found


# --- a harmed child said to defy advice (SOS306) --------------------------------------------
ADVICE = {"advice", "warning", "warnings", "guidance", "recommendation", "recommendations"}


def child_defiance_spans(ctx: Context) -> list:
    if ctx.kind != "worry":
        return []
    # Round 19 (words19): "Dritan refuses to give information", a harmed child made the one who
    # will not co-operate.
    return _memo(ctx, "defiance", lambda: _child_defiance(ctx)) + words19.refusal_spans(ctx)


def _child_defiance(ctx: Context) -> list:
    """"Jade has gone back to the man despite repeated advice", "keeps meeting the older boys
    against the advice of his youth worker": the child's going back made the fault, not what
    the adults who exploit her do."""
    found = []
    doc = ctx.doc
    for token in ctx.tokens:
        if not (token.lower_ in ADVICE and token.pos_ == "NOUN" and token.dep_ == "pobj"
                and token.head.lower_ in ("despite", "against")):
            continue
        prep = token.head
        verb = prep.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i and _adult(ctx, _subject(verb.head)):
            continue  # "Mum let Jay stay with his father despite advice": Mum let him (SOS305)
        subject = _subject_or_name(ctx, verb)
        if not _young(ctx, subject) or looks_ahead(verb):
            continue
        span = doc[prep.i:token.i + 1]
        if _ok(ctx, span, verb):
            found.append(span)
    return found


# --- a parent's stance towards help named (SOS301) ------------------------------------------
STANCE = {"reluctant", "unwilling", "resistant", "hesitant", "unreceptive", "ambivalent", "averse", "opposed"}
TAKING_HELP = {"accept", "engage", "work", "cooperate", "co-operate", "take", "use", "attend", "welcome", "receive"}
HELP = {"support", "help", "services", "service", "professionals", "professional", "advice", "intervention",
        "agencies", "agency", "worker", "workers", "team", "input", "offer", "offers", "referral", "referrals",
        "assistance", "guidance", "mediation", "treatment", "therapy", "counselling", "plan"}


def stance_spans(ctx: Context) -> list:
    if ctx.kind != "worry":
        return []
    return _memo(ctx, "stance", lambda: _stances(ctx))


def _help_in(token) -> object | None:
    """The help word a verb or preposition takes: "accept support", "engage with services",
    "take up the help offered"."""
    for c in token.children:
        if c.dep_ in ("dobj", "pobj") and (c.lower_ in HELP or c.lemma_.lower() in HELP):
            return c
        if c.dep_ in ("prep", "prt"):
            found = _help_in(c)
            if found is not None:
                return found
    return None


def _stances(ctx: Context) -> list:
    found = []
    doc = ctx.doc
    for token in ctx.tokens:
        if token.lower_ not in STANCE or token.pos_ != "ADJ":
            continue
        end = None
        doing = next((c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if doing is not None and doing.lemma_.lower() in TAKING_HELP:
            thing = _help_in(doing)
            if thing is not None:
                end = thing.i
            elif doing.lemma_.lower() in ("engage", "cooperate", "co-operate"):
                end = doing.i
        elif doing is not None and doing.lemma_.lower() in HELP and not any(c.dep_ == "dobj" for c in doing.children):
            end = doing.i  # "resistant to support", "support" read as a verb
        elif doing is None:
            thing = _help_in(token)
            if thing is not None:
                end = thing.i
        if end is None:
            continue
        verb = token.head if token.dep_ in ("acomp", "oprd", "attr", "xcomp") else token
        subject = _subject(verb)
        if subject is None or not (_adult(ctx, subject) or subject.lemma_.lower() in ("family", "parent", "parents",
                                                                                     "household", "carer", "carers")):
            continue
        if looks_ahead(verb) or pv._goal_conditional(verb):
            continue
        span = doc[token.i:end + 1]
        if _ok(ctx, span, verb):
            found.append(span)
    return found


# --- a habit named with no substance or act (SOS301) ----------------------------------------
def unnamed_use_spans(ctx: Context) -> list:
    return _memo(ctx, "use", lambda: _unnamed_use(ctx))


def _unnamed_use(ctx: Context) -> list:
    """"about his use", "Mum's use has increased": use of what, when, seen by whom?"""
    found = []
    doc = ctx.doc
    for token in ctx.tokens:
        if token.lower_ != "use" or token.pos_ != "NOUN":
            continue
        owner = _owner(token)
        if owner is None or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            continue
        if any(c.dep_ in ("amod", "compound") for c in token.children):
            continue  # "her own use", "drug use" (the category reading's)
        if token.dep_ == "pobj" and token.head.lower_ == "for":
            continue
        if not (_adult(ctx, owner) or (owner.lower_ in ("his", "her", "their") and not _child(ctx, owner))):
            continue
        span = doc[owner.i:token.i + 1]
        if _ok(ctx, span):
            found.append(span)
    return found


# --- an attitude shown (SOS305) -------------------------------------------------------------
SHOWING = {"show", "display", "demonstrate", "exhibit"}


def shown_attitude_spans(ctx: Context) -> list:
    return _memo(ctx, "shown", lambda: _shown_attitudes(ctx))


def _shown_attitudes(ctx: Context) -> list:
    """"showing complete indifference to her safety", "Mum displays apathy": a verdict on the
    parent's attitude in place of what they did."""
    found = []
    for token in ctx.tokens:
        if token.lemma_.lower() not in SHOWING or token.pos_ != "VERB":
            continue
        trait = next((c for c in token.children if c.dep_ == "dobj" and c.lower_ in pv.TRAIT_NOUNS), None)
        if trait is None:
            continue
        subject = _subject(token)
        if not _adult(ctx, subject) or pv._negated(token) or looks_ahead(token):
            continue
        span = ctx.doc[trait.i:trait.i + 1]
        if _ok(ctx, span, token):
            found.append(span)
    return found
