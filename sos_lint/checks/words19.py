"""Round 19 (words19): faults still missed, read as classes on the parse.

Absence of harm (SOS512), a goal whose only content is that the problem stops:
- an adult's company or things said not to be had: "Mother will not have drug-using friends at the
  flat", "Dad will not have alcohol in the house" ("Leo won't have to worry" is the child spared);
- a role or place the child is said to leave, with "no longer": "so that Tansy is no longer in a
  caring role", "Kai will no longer be on the streets at night";
- the child's own doing said not to happen: "Ms Reyes will ensure that Nadia is not doing caring
  tasks" (what the child will be spared, with no adult deed);
- something of a person's said to lessen, with nothing done: "his nightmares will reduce",
  "Omid's bedwetting will stop" ("Mum will reduce her hours" is a deed: it has an object).

Victim blaming (SOS306), a harmed child made the one who will not co-operate:
- a child said to refuse or decline to tell, give, answer or engage: "Dritan refuses to give
  information", "Tia declined to speak to officers" (only where the statement speaks of the child
  being exploited or harmed; "Leo refuses to eat his tea" blames nobody).

Judgement (SOS305, through verdicts.verdict_noun_spans), a verdict on the home rather than what
happens in it:
- a judging adjective on a home, household, environment or lifestyle: "the chaotic home
  environment", "an unstable household" ("a busy household" says what it is like, not a verdict).

Vague (SOS302), an effect named without saying what it is:
- a person "impacted" in the passive: "Kacper and Zofia are impacted by the chaotic home", "Leo is
  being impacted" (what the child sees, hears or misses is not said).
"""
from __future__ import annotations

from . import analysis, goals15
from .base import Context, span_memo
from .word_context import is_child, quoted, settings

_memo = span_memo("words19:")

_NEGATION = {"not", "n't", "never"}


def _subject(verb):
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _childlike(ctx: Context, token) -> bool:
    return token is not None and (token.i in analysis.child_tokens(ctx) or token in analysis.child_words(ctx)
                                  or (token.pos_ == "PRON" and analysis.pronoun_is_child(ctx, token))
                                  or is_child(ctx, token, strict=False))


def _adultlike(ctx: Context, token) -> bool:
    if token is None or _childlike(ctx, token):
        return False
    caregivers = set(analysis.people_words()["caregivers"])
    return (token.i in analysis.adult_tokens(ctx) or token.lower_ in caregivers or token.lemma_.lower() in caregivers
            or analysis.is_name(token) or token.lower_ in ("he", "she", "they", "i", "we", "you"))


def _no_longer(verb) -> object | None:
    """The "no" of "no longer" or the "not" of "not … any more" said of the verb, else None."""
    doc = verb.doc
    for child in verb.children:
        if child.lower_ == "longer" and child.i > 0 and doc[child.i - 1].lower_ == "no":
            return doc[child.i - 1]
        if child.dep_ == "advmod" and child.lower_ == "anymore" and any(c.dep_ == "neg" for c in verb.children):
            return next(c for c in verb.children if c.dep_ == "neg")
    return None


def _neg(verb):
    return next((c for c in verb.children if c.dep_ == "neg" and c.lower_ in _NEGATION), None)


def _start(verb, first) -> int:
    auxes = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return min(auxes + [first.i, verb.i])


def _in_condition(verb) -> bool:
    node = verb
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "when", "whenever", "unless", "until", "while", "once")
               for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


# --- absence of harm (SOS512) ------------------------------------------------------------
_LESSENING = {"reduce", "decrease", "lessen", "diminish", "subside", "ease", "stop", "cease", "fade", "disappear",
              "lower", "settle"}
_OWNERS = {"his", "her", "their", "my", "your", "our"}
# Signs of distress or harm in a person, which a goal may say will lessen ("his nightmares will
# reduce"); with goals15's harm nouns ("violence", "drinking"). "Her homework will decrease" is none.
_DISTRESS = {"nightmare", "bedwetting", "wetting", "soiling", "anxiety", "fear", "worry", "distress", "panic",
             "attack", "flashback", "terror", "anger", "upset", "crying", "stress", "tantrum", "meltdown", "outburst",
             "self-harm", "harm", "cutting", "symptom", "trauma", "hypervigilance", "sadness",
             "aggression", "violence", "drinking", "gambling", "isolation", "loneliness"}
_AMOUNTS = {"hour", "hours", "time", "number", "amount", "cost", "price", "rent", "bill", "list", "wait",
            "waiting", "shift", "shifts", "dose", "medication", "weight", "temperature", "fever", "pay", "income"}


def absence_spans(ctx: Context) -> list:
    if ctx.kind != "goal":
        return []
    return _memo(ctx, "absence", lambda: _absences(ctx))


def _absences(ctx: Context) -> list:
    doc, found = ctx.doc, []
    consequence = {span.sent.start for span in analysis.cues(ctx, "if_not")}
    for verb in ctx.tokens:
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass") or quoted(doc[verb.i:verb.i + 1]):
            continue
        if verb.sent.start in consequence:
            continue  # "If this doesn't happen, Dad's home leaves may stop": what follows if not, not the goal
        if _in_condition(verb):
            continue  # "If Nadia is not doing her homework, …" sets a scene
        lemma = verb.lemma_.lower()
        subject = _subject(verb)
        neg = _neg(verb)
        # A: "Mother will not have drug-using friends at the flat": an adult's company or things.
        if lemma == "have" and neg is not None and _adultlike(ctx, subject) \
                and any(c.dep_ == "dobj" for c in verb.children) \
                and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
            found.append(doc[_start(verb, neg):verb.i + 1])
            continue
        # B: "so that Tansy is no longer in a caring role": a role or place left.
        if lemma == "be" and verb.dep_ not in ("aux", "auxpass"):
            no = _no_longer(verb)
            prep = next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i), None)
            if no is not None and prep is not None and subject is not None \
                    and (_childlike(ctx, subject) or _adultlike(ctx, subject)):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                end = obj.i if obj is not None else prep.i
                found.append(doc[min(no.i, verb.i):end + 1])
                continue
        # C: "will ensure that Nadia is not doing caring tasks": the child's doing said not to happen.
        if verb.pos_ == "VERB" and neg is not None and _childlike(ctx, subject) and verb.tag_ == "VBG" \
                and any(c.dep_ == "dobj" for c in verb.children) \
                and not any(c.dep_ == "auxpass" for c in verb.children):
            found.append(doc[_start(verb, neg):verb.i + 1])
            continue
        # D: "his nightmares will reduce": something of a person's said to lessen, nothing done.
        promised = any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "to") for c in verb.children)
        if verb.pos_ == "VERB" and lemma in _LESSENING and neg is None and subject is not None and promised \
                and subject.pos_ == "NOUN" and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children) \
                and subject.lemma_.lower() not in _AMOUNTS and subject.lower_ not in _AMOUNTS:
            owner = next((c for c in subject.children if c.dep_ == "poss"), None)
            if not (subject.lemma_.lower() in _DISTRESS or subject.lower_ in _DISTRESS or goals15._harm_noun(subject)):
                continue
            if owner is not None and (owner.lower_ in _OWNERS or _childlike(ctx, owner) or _adultlike(ctx, owner)):
                found.append(doc[subject.i:verb.i + 1])
    return found


# --- victim blaming (SOS306) -------------------------------------------------------------
_REFUSING = {"refuse", "decline"}
_TELLING = {"give", "tell", "say", "disclose", "share", "answer", "speak", "talk", "name", "explain", "engage",
            "cooperate", "co-operate", "provide", "identify", "discuss", "reveal"}
_HARMED = {"victim", "slavery", "enslave", "enslaved", "abuse", "abused", "groom", "groomed", "trafficked",
           "exploit", "exploited", "exploitation", "missing", "assault", "assaulted", "rape", "raped"}


def _harmed_child_context(ctx: Context) -> bool:
    cues = set(settings()["exploitation_context"]) | _HARMED
    return any(t.lemma_.lower() in cues or t.lower_ in cues for t in ctx.tokens)


def refusal_spans(ctx: Context) -> list:
    if ctx.kind != "worry":
        return []
    return _memo(ctx, "refusal", lambda: _refusals(ctx))


def _refusals(ctx: Context) -> list:
    """"Dritan refuses to give information", "Tia declined to speak to officers": a harmed child
    made the one who will not co-operate."""
    if not _harmed_child_context(ctx):
        return []
    doc, found = ctx.doc, []
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in _REFUSING or verb.pos_ != "VERB" or quoted(doc[verb.i:verb.i + 1]):
            continue
        told = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in _TELLING), None)
        if told is None:
            continue
        subject = analysis.subject_of(verb, through=("conj",))
        if verb.dep_ == "conj" and verb.head.dep_ == "relcl" and verb.tag_ != verb.head.tag_ \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            # "Dritan has chosen to stay with the men who employ him and refuses to give information":
            # "refuses" cannot share "who" (the men) with "employ"; it goes back to the main clause.
            main = verb.head.head.head if verb.head.head.dep_ == "pobj" else verb.head.head
            while main.dep_ in ("prep", "pobj", "xcomp") and main.head.i != main.i:
                main = main.head
            subject = analysis.subject_of(main, through=("conj", "xcomp"))
        if not _childlike(ctx, subject) or _adultlike(ctx, subject):
            continue
        obj = next((c for c in told.children if c.dep_ in ("dobj", "prep")), None)
        end = obj.i if obj is not None else told.i
        found.append(doc[verb.i:end + 1])
    return found


# --- judgement on a home (SOS305) ---------------------------------------------------------
_HOMES = {"home", "environment", "household", "house", "lifestyle", "life", "flat", "family", "upbringing"}
_VERDICTS = {"chaotic", "dysfunctional", "toxic", "unstable", "volatile", "disorganised", "disorganized",
             "erratic", "hostile", "neglectful", "squalid", "unsettled", "unsuitable", "inappropriate", "poor",
             "substandard", "sub-standard", "inadequate", "deprived"}
_VAGUE_ONES = {"inappropriate", "poor", "unsuitable", "inadequate"}  # vague words, reported by SOS302


def home_verdict_spans(ctx: Context) -> list:
    if ctx.kind != "worry":
        return []
    return _memo(ctx, "home", lambda: _home_verdicts(ctx))


def _home_verdicts(ctx: Context) -> list:
    """"the chaotic home environment", "a dysfunctional household": a verdict on the home."""
    doc, found = ctx.doc, []
    for adj in ctx.tokens:
        if adj.dep_ != "amod" or adj.lower_ not in _VERDICTS or adj.lower_ in _VAGUE_ONES:
            continue
        noun = adj.head
        if noun.lemma_.lower() not in _HOMES or quoted(doc[adj.i:noun.i + 1]):
            continue
        found.append(doc[adj.i:noun.i + 1])
    return found


# --- vague impact (SOS302) ----------------------------------------------------------------
def impacted_spans(ctx: Context) -> list:
    if ctx.kind != "worry":
        return []
    return _memo(ctx, "impacted", lambda: _impacted(ctx))


def _impacted(ctx: Context) -> list:
    """"Kacper and Zofia are impacted by the chaotic home environment": a person impacted, and
    nothing said of how."""
    doc, found = ctx.doc, []
    for verb in ctx.tokens:
        if verb.lemma_.lower() != "impact" or verb.pos_ != "VERB" or quoted(doc[verb.i:verb.i + 1]):
            continue
        auxpass = [c for c in verb.children if c.dep_ == "auxpass"]
        subject = _subject(verb)
        if not auxpass or subject is None or not (_childlike(ctx, subject) or _adultlike(ctx, subject)):
            continue
        by = next((c for c in verb.children if c.dep_ == "agent" or c.lower_ == "by"), None)
        start = min(c.i for c in auxpass)
        found.append(doc[start:(by.i if by is not None else verb.i) + 1])
    return found
