"""Round 11: word faults read as CLOSED classes on the parse, so that a fresh set's wordings are
covered by the class and not by a list of its rows.

- hedges (SOS304): the closed class of words that mark a guess ("probably", "likely", "possibly",
  "may have", "is thought to"), used of what happened or is happening, in a worry. The future
  ("if nothing changes, Ivy is likely to get hurt") and a named person's own view ("Dr Khan
  thinks it was probably a fall") are left alone.
- behaviour categories (SOS301): a harm noun with a category word before it ("cannabis misuse",
  "family conflict"), "a history of" a harm, "a known risk", and a conduct adjective on a person
  ("a controlling stepfather").
- a harmed child's own conduct made the cause or the thing to change (SOS306): "understand the
  consequences of her actions", "realise the risks", "stop sharing pictures online".
The judgement words' word families (hostile, hostility, with hostility…) are closed in the
lexicon loader (lexicon.derived_forms).
"""
from __future__ import annotations

from . import alarms31, analysis, person_verdicts, words13, words14, words15, words16a
from .base import Context
from .lexicon import looks_ahead
from .word_context import add_untaken, in_name_of_thing, is_child, names_a_job, quoted, settings

# --- hedges (SOS304) -------------------------------------------------------------------------
# Round 38 (legal_status, review38p P#6): "allegedly" is a legal status, not a hedge.
HEDGE_ADVERBS = {"probably", "possibly", "likely", "presumably", "apparently", "seemingly",
                 "supposedly", "reportedly", "perhaps", "maybe", "conceivably", "plausibly"}
HEDGE_ADJECTIVES = {"likely", "probable", "possible", "unlikely"}
# Hedging modals on a past deed ("may have hit"). "must have" claims certainty, and with a reason
# given ("babies this young cannot roll, so an adult must have hurt him") it is a conclusion:
# the lexicon's "must have been" covers the bare claim.
GUESS_MODALS = {"may", "might", "could"}
# Passive verbs of opinion that dress a guess as a finding: "she is thought to have", "he was
# believed to be", "they were deemed to".
OPINION_PASSIVES = {"think", "believe", "understand", "deem", "suspect", "presume", "assume", "consider",
                    "suppose", "allege", "rumour", "report", "feel", "say"}
SEEMING = {"appear", "seem"}
# Verbs of saying or thinking: a hedge under one, said by a named person, is that person's own view.
OWN_VIEW = {"think", "say", "tell", "believe", "feel", "report", "explain", "suggest", "worry", "fear",
            "wonder", "suspect", "describe", "disclose", "admit", "accept", "agree", "deny", "claim",
            "reckon", "guess", "know", "write", "add", "mention", "state", "confirm"}
WORRIED = {"worried", "concerned", "afraid", "scared", "frightened", "sure", "unsure", "certain"}
FACELESS = {"it", "professionals", "agencies", "staff", "services", "we", "people", "they"}
# What could have happened to a child ("Leo could have drowned"): the danger, not a guessed deed.
HARM_OUTCOMES = {"die", "drown", "hurt", "injure", "harm", "kill", "fall", "choke", "burn", "suffocate",
                 "scald", "break", "wake", "see", "hear", "be"}
FUTURE_AUX = {"will", "would", "shall", "'ll", "wo", "going", "gon"}


def _clause_verb(token):
    """The verb or copula of the clause a word sits in."""
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT":
            return token
        token = token.head
    return token


def _said_by_someone(ctx: Context, token) -> bool:
    """Under a verb of saying or thinking whose subject is a person the reader can ask: "Dr Khan
    thinks…", "Nan says…", "Mum told the nurse she probably…"."""
    node = _clause_verb(token)
    for _ in range(8):
        if node.head.i == node.i:
            return False
        node = node.head
        worried = node.lower_ in WORRIED and node.dep_ == "acomp"  # "the police are worried that…, maybe by…"
        if node.lemma_.lower() in OWN_VIEW and node.pos_ in ("VERB", "AUX") or worried:
            holder = node.head if worried else node
            subject = next((c for c in holder.children if c.dep_ in ("nsubj",)), None)
            if subject is not None and subject.lower_ not in FACELESS and subject.lemma_.lower() not in FACELESS \
                    and not any(c.dep_ == "auxpass" for c in node.children):
                return True
    return False


def _looks_ahead(verb) -> bool:
    if looks_ahead(verb):
        return True
    if alarms31.correlative_forecast(verb.sent):
        return True  # round 31: "The longer this goes on, the more likely it is that Reggie becomes ill" (alarms31)
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return True
    return any(t.lower_ in ("if", "unless") for t in verb.sent) and not any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _future_hedge(hedge, verb) -> bool:
    """"is likely to get hurt", "will probably", "likely to happen again": a hedge about what lies
    ahead. Of "likely to": a to-infinitive that is not perfect ("to have hit") or ongoing ("to be
    drinking") looks ahead."""
    if _looks_ahead(verb):
        return True
    xcomp = next((c for c in hedge.children if c.dep_ == "xcomp"), None)
    if xcomp is not None:
        auxes = [c for c in xcomp.children if c.dep_ == "aux"]
        perfect = any(a.lemma_ == "have" for a in auxes)
        ongoing = xcomp.tag_ == "VBG"
        return not (perfect or ongoing)
    return False


def hedge_spans(ctx: Context) -> list:
    """The hedges below, and (round 12) impersonal hedges and causes told as fact
    (person_verdicts.guess_spans)."""
    return add_untaken(add_untaken(_hedge_spans(ctx), person_verdicts.guess_spans(ctx)),
                       words13.evidence_hedge_spans(ctx) + words14.forecast_spans(ctx)
                       + words14.seeming_care_spans(ctx) + words14.unowned_opinion_spans(ctx)
                       + words15.abstract_cause_spans(ctx) + words16a.coping_spans(ctx))


def _hedge_spans(ctx: Context) -> list:
    """"Dad probably hit Ivy", "the bruise was likely caused by a belt", "is probably due to missed
    meals", "It is likely Mum was drunk", "Dad might have hit Mum", "she was thought to have left
    them": a guess about what happened, told as the worry. Worries only: a goal looks ahead."""
    if ctx.kind != "worry":
        return []
    found = []
    seen: set[int] = set()
    for token in ctx.tokens:
        lower = token.lower_
        span = None
        if lower in HEDGE_ADVERBS and token.dep_ in ("advmod", "acomp", "amod", "npadvmod") \
                and token.pos_ in ("ADV", "ADJ"):
            if token.dep_ == "amod" or token.dep_ == "acomp" and any(c.dep_ == "xcomp" for c in token.children):
                if lower != "likely" or token.dep_ == "amod":
                    continue  # "likely cannabis use": hedged_conduct_spans; "is likely to": below
            verb = _clause_verb(token)
            if _future_hedge(token, verb):
                continue
            if any(c.dep_ == "neg" for c in verb.children):
                continue
            end = token.i + 1
            if token.i + 2 < len(ctx.doc) and ctx.doc[token.i + 1].lower_ in ("due", "down", "because", "owing") \
                    and ctx.doc[token.i + 2].lower_ in ("to", "of"):
                end = token.i + 3
            span = ctx.doc[token.i:end]
        elif lower in HEDGE_ADJECTIVES and token.dep_ == "acomp":
            verb = token.head
            clause = next((c for c in token.children if c.dep_ in ("ccomp", "xcomp")), None) or \
                next((c for c in verb.children if c.dep_ == "ccomp"), None)
            cause = next((c for c in token.children if c.lower_ in ("due", "down", "from", "because", "caused")), None)
            if clause is not None and clause.dep_ == "ccomp" and _looks_ahead(clause):
                continue  # "it is likely that Ivy will be hurt"
            if clause is None and cause is None:
                continue
            if clause is not None and clause.dep_ == "xcomp":
                continue  # "is likely to be drinking": _likely_guesses in specificity
            if _looks_ahead(verb):
                continue
            end = token.i + 1
            if cause is not None and cause.i == token.i + 1 and token.i + 2 < len(ctx.doc) \
                    and ctx.doc[token.i + 2].lower_ in ("to", "of"):
                end = token.i + 3
            span = ctx.doc[token.i:end]
        elif token.pos_ in ("VERB", "AUX") and (token.tag_ == "VBN" or token.tag_ == "VBG" and any(
                c.dep_ == "aux" and c.lower_ == "been" for c in token.children)):
            auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
            modal = next((a for a in auxes if a.lower_ in GUESS_MODALS), None)
            have = next((a for a in auxes if a.lemma_ == "have"), None)
            if modal is not None and have is not None and have.i > modal.i:
                if any(c.dep_ == "neg" for c in token.children) or any(t.lower_ in ("if", "unless") for t in token.sent):
                    continue
                subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is None:
                    continue
                if token.lemma_.lower() in HARM_OUTCOMES and (
                        is_child(ctx, subject, strict=False) or analysis.pronoun_is_child(ctx, subject)
                        if subject.pos_ == "PRON" else is_child(ctx, subject, strict=False)):
                    continue  # "Leo could have drowned": the danger he was in
                span = ctx.doc[modal.i:token.i + 1]
            elif token.lemma_.lower() in OPINION_PASSIVES and any(a.dep_ == "auxpass" for a in auxes) \
                    and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
                            for c in token.children):  # "is thought to have"; not "was reported missing"
                if any(c.dep_ in ("nsubjpass",) and c.lower_ == "it" for c in token.children):
                    continue  # "it is thought that": the lexicon's and opinion_as_finding_spans
                if _looks_ahead(token):
                    continue
                start = min(a.i for a in auxes if a.dep_ == "auxpass")
                span = ctx.doc[start:token.i + 2]
        elif token.lemma_.lower() in SEEMING and token.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "xcomp" for c in token.children) \
                and any(c.dep_ in ("nsubj",) for c in token.children):
            if _looks_ahead(token) or any(c.dep_ == "neg" for c in token.children):
                continue
            span = ctx.doc[token.i:token.i + 2] if token.i + 1 < len(ctx.doc) and ctx.doc[token.i + 1].lower_ == "to" \
                else ctx.doc[token.i:token.i + 1]
        if span is None or quoted(span) or _said_by_someone(ctx, span.root) or seen & {t.i for t in span}:
            continue
        seen |= {t.i for t in span}
        found.append(span)
    return found


# --- behaviour categories (SOS301) -----------------------------------------------------------
HARM_HEADS = {"abuse", "misuse", "violence", "conflict", "aggression", "neglect", "exploitation", "dependency",
              "dependence", "addiction", "cruelty", "assault"}
USE_HEADS = {"use", "usage", "consumption", "taking", "intake"}
CATEGORY_WORDS = {"domestic", "parental", "inter-parental", "interparental", "family", "partner", "physical",
                  "emotional", "sexual", "verbal", "financial", "economic", "psychological", "spousal", "sibling",
                  "solvent", "inhalant", "prescription", "marital", "relationship", "household", "adult",
                  "intimate", "couple", "home", "parent", "elder", "peer", "online", "gang", "child", "criminal",
                  "extra-familial", "intra-familial", "ongoing", "historic", "historical", "chronic", "severe",
                  "serious", "persistent", "repeated", "significant", "long-standing", "longstanding", "recurrent",
                  "escalating", "regular", "heavy", "daily", "recreational", "problematic", "harmful", "high"}
HISTORY_OF = {"violence", "abuse", "misuse", "offending", "drinking", "neglect", "aggression", "assault",
              "addiction", "self-harm", "harm", "conflict", "crime", "violent", "domestic", "drug", "drugs",
              "alcohol", "substance", "mental", "sexual", "criminal", "dv", "da", "relapse", "relapsing",
              "convictions", "conviction", "arrests", "exploitation", "depression", "psychosis", "overdose",
              "overdoses", "involvement", "cruelty", "gambling"}
PERSON_NOUNS = {"mother", "father", "mum", "dad", "parent", "parents", "partner", "boyfriend", "girlfriend",
                "stepfather", "stepmother", "step-father", "step-mother", "stepdad", "stepmum", "husband", "wife",
                "man", "woman", "carer", "ex", "ex-partner", "grandfather", "grandmother", "uncle", "aunt",
                "person", "adult", "figure", "household", "family", "relationship", "parenting", "home"}


def _names_a_service(span) -> bool:
    """"the drug and alcohol service", "the domestic abuse worker": a service or job named."""
    if names_a_job(span) or in_name_of_thing(span):
        return True
    root = span.root
    services = {"service", "services", "team", "worker", "project", "programme", "program", "course", "group",
                "charity", "clinic", "unit", "support", "advisor", "adviser", "helpline", "refuge", "agency",
                "panel", "meeting", "policy", "awareness", "training", "session", "sessions", "officer"}
    node = root
    for _ in range(3):
        if node.dep_ in ("compound", "amod", "nmod", "conj", "cc") and node.head.i != node.i:
            node = node.head
            if node.lemma_.lower() in services:
                return True
        else:
            break
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return following is not None and following.lemma_.lower() in services


def _owned_by_child(ctx: Context, noun) -> bool:
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return False
    if owner.pos_ == "PRON":
        return owner.lower_ in ("his", "her", "their") and analysis.pronoun_is_child(ctx, owner)
    return is_child(ctx, owner)


def category_label_spans(ctx: Context) -> list:
    """The categories below, and (round 12) labels for harm done to a child and for beliefs
    (person_verdicts.harm_label_spans)."""
    return add_untaken(add_untaken(_category_label_spans(ctx), person_verdicts.harm_label_spans(ctx)),
                       words13.harm_name_spans(ctx) + words14.condition_spans(ctx) + words14.stance_spans(ctx)
                       + words14.unnamed_use_spans(ctx)
                       + words15.harm_category_spans(ctx) + words16a.category_conduct_spans(ctx))


def _category_label_spans(ctx: Context) -> list:
    """"cannabis misuse", "inter-parental conflict", "Dad's ketamine use", "family conflict",
    "solvent abuse", "a history of violence", "a known risk to children", "a controlling
    stepfather": a behaviour category named where what the adult did should be. A service or job
    ("the drug and alcohol service"), a child's own, and "a history of helping" are left alone."""
    substances = set(settings()["substance_words"])
    conduct = set(settings()["adult_state_labels"]) | {"neglectful", "coercive", "violent", "abusive", "dangerous"}
    found = []
    for noun in ctx.tokens:
        lemma = noun.lemma_.lower()
        span = None
        if noun.pos_ == "NOUN" and (lemma in HARM_HEADS or lemma in USE_HEADS or noun.lower_ in HARM_HEADS):
            mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i]
            if lemma in USE_HEADS:
                mods = [m for m in mods if m.lemma_.lower() in substances or m.lower_ in substances]
            else:
                mods = [m for m in mods if m.lower_ in CATEGORY_WORDS or m.lemma_.lower() in substances
                        or m.lower_ in substances or m.lower_.endswith("-related")]
            if not mods:
                continue
            start = min(min(t.i for t in m.subtree) for m in mods)
            span = ctx.doc[start:noun.i + 1]
            if _owned_by_child(ctx, noun):
                continue
        elif lemma == "history" and noun.pos_ == "NOUN":
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            # Round 31 (words31): a gerund is the object too ("a history of offending", "of
            # drinking heavily"), parsed as pcomp, not pobj.
            thing = next((c for c in of.children if c.dep_ in ("pobj", "pcomp")), None) if of is not None else None
            if thing is None:
                continue
            named = HISTORY_OF | HARM_HEADS | substances
            first = next((t for t in thing.subtree if t.lower_ in named or t.lemma_.lower() in named), None)
            if first is None:
                continue
            if _owned_by_child(ctx, noun):
                continue
            # Round 31: of two things named ("a history of offending and substance use"), the span
            # ends at the first, so the second, reported on its own ("substance use"), does not
            # hide the history.
            end = first.i if first.i < thing.i and any(
                t.dep_ == "cc" for t in ctx.doc[first.i + 1:thing.i]) else thing.i
            span = ctx.doc[noun.i:end + 1]
        elif lemma == "risk" and noun.pos_ == "NOUN" and any(
                c.dep_ == "amod" and c.lower_ in ("known", "identified", "assessed", "recognised", "significant")
                for c in noun.children) and noun.dep_ in ("attr", "appos", "conj", "dobj", "oprd"):
            known = min(c.i for c in noun.children if c.dep_ == "amod")
            to = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            end = max(t.i for t in to.subtree) if to is not None else noun.i
            span = ctx.doc[known:end + 1]
        elif noun.pos_ == "NOUN" and (lemma in PERSON_NOUNS or noun.lower_ in PERSON_NOUNS):
            describing = [c for c in noun.children if c.dep_ == "amod"]
            describing += [j for c in describing for j in c.children if j.dep_ == "conj"]  # "anxious and controlling"
            adjective = next((c for c in describing if c.lower_ in conduct), None)
            if adjective is None or noun.lower_ in ("home", "relationship", "parenting") and adjective.lower_ not in (
                    "controlling", "coercive"):
                continue
            span = ctx.doc[adjective.i:noun.i + 1]
        elif noun.pos_ == "NOUN" and lemma in CARE_DOMAINS:
            verdict = next((c for c in noun.children if c.dep_ == "amod" and c.lower_ in SCANT_CARE), None)
            if verdict is None:
                continue
            span = ctx.doc[verdict.i:noun.i + 1]
        elif noun.lower_ in ANXIOUS:
            span = _anxious_parent(ctx, noun)
        if span is None or quoted(span) or _names_a_service(span) or looks_ahead(span.root) and span.root.pos_ == "VERB":
            continue
        found.append(span)
    return found


# A verdict on a domain of care ("poor school attendance", "inadequate supervision", "low
# hygiene"): the standard named, not what was seen.
CARE_DOMAINS = {"attendance", "hygiene", "supervision", "parenting", "diet", "punctuality", "routine", "nutrition",
                "care", "condition", "conditions", "cleanliness", "safety", "stimulation", "engagement", "presentation"}
SCANT_CARE = {"poor", "inadequate", "low", "irregular", "sporadic", "patchy", "erratic", "unsatisfactory", "lax",
              "deteriorating", "declining", "substandard", "sub-standard", "insufficient", "limited", "bad"}
ANXIOUS = {"anxious", "anxiety", "anxieties", "over-anxious", "overanxious"}


def _anxious_parent(ctx: Context, word):
    """"an anxious mother", "Mum's anxiety", "her anxiety" (hers an adult's), "Dad is anxious": a
    parent's state named in place of what they do. Of a child it is the impact, and "there is some
    anxiety about Leo" is the worker's worry: both left alone."""
    from .verdicts import _an_adult

    if word.pos_ == "NOUN":
        owner = next((c for c in word.children if c.dep_ == "poss"), None)
        if owner is not None and (_an_adult(ctx, owner) if owner.pos_ != "PRON" else owner.lower_ in ("his", "her", "their")
                                  and not _the_child(ctx, owner)):
            return ctx.doc[word.i:word.i + 1]
        return None
    if word.dep_ == "amod" and word.head.pos_ == "NOUN" and (word.head.lower_ in PERSON_NOUNS or word.head.lemma_.lower() in PERSON_NOUNS) \
            and word.head.lower_ not in ("home", "relationship", "parenting", "household", "family"):
        return ctx.doc[word.i:word.head.i + 1]
    if word.dep_ == "acomp" and word.head.lemma_ == "be":
        subject = next((c for c in word.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and _an_adult(ctx, subject):
            return ctx.doc[word.i:word.i + 1]
    return None


# --- a harmed child's own conduct (SOS306) ---------------------------------------------------
GRASP_VERBS = {"understand", "learn", "realise", "realize", "recognise", "recognize", "know", "accept",
               "appreciate", "see", "acknowledge", "face", "consider", "think", "weigh", "grasp"}
DANGER_NOUNS = {"risk", "risks", "danger", "dangers", "consequence", "consequences", "impact", "harm",
                "implications", "implication"}
CONDUCT_NOUNS = {"action", "actions", "behaviour", "behaviours", "behavior", "choice", "choices", "decision",
                 "decisions", "conduct", "activity", "activities"}
# What a child's choices are called when the child is made the one to choose better: "risky
# choices", "make better decisions". "A good choice", "a brave decision" are praise: left alone.
CHOICE_VERDICTS = {"better", "safer", "right", "wiser", "risky", "bad", "poor", "wrong", "unsafe", "dangerous",
                   "healthier", "sensible", "informed", "positive", "appropriate", "inappropriate", "reckless"}
# ("associate", "mix", "hang around": the company a child keeps, read by child_blame.mixing_spans.)
RISKY_CONDUCT = {"share", "send", "post", "upload", "meet", "abscond", "sext", "sell", "carry",
                 "deal", "run", "go", "talk", "chat", "message", "visit", "stay", "get", "take"}
RISK_WORDS = {"online", "stranger", "strangers", "men", "man", "males", "male", "adult", "adults", "older",
              "image", "images", "photo", "photos", "picture", "pictures", "nude", "nudes", "pic", "pics",
              "video", "videos", "selfie", "selfies", "missing", "gang", "gangs", "drug", "drugs", "off", "away",
              "flat", "internet", "snapchat", "instagram", "tiktok", "alcohol", "weed", "cannabis"}


def _the_child(ctx: Context, token, loose: bool = False) -> bool:
    if token.lower_ in ("his", "their") or token.lower_ == "her" and token.dep_ == "poss":
        # A possessive points back to the nearest person before it.
        people = analysis.child_tokens(ctx) | analysis.adult_tokens(ctx)
        before = [i for i in people if i < token.i and token.i - i < 60]
        return bool(before) and max(before) in analysis.child_tokens(ctx)
    if token.pos_ == "PRON":
        return token.lower_ in ("she", "he", "they", "her", "his", "their", "him") and analysis.pronoun_is_child(ctx, token)
    if token.i in analysis.adult_tokens(ctx):
        return False
    if is_child(ctx, token) or token.i in analysis.child_tokens(ctx):
        return True
    # Loose, where the clause names what is done to exploited children (men, online, images): a
    # name the people reading did not place, as the subject ("Lily will stop sending pictures…").
    before = ctx.doc[token.i - 1].lower_ if token.i else ""
    return loose and token.pos_ == "PROPN" and token.dep_ in ("nsubj", "nsubjpass") and token.text[:1].isupper() \
        and before not in ("mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr.")


def _risky(verb) -> bool:
    """The sentence names what exploited children are drawn into: men, online, images, drugs."""
    return any(t.lower_ in RISK_WORDS for t in verb.sent)


def _subject_up(verb):
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if verb.dep_ not in ("xcomp", "conj", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def child_conduct_spans(ctx: Context) -> list:
    """The conduct below, and (round 12) a child's character labelled and a harmed child's
    conduct made the problem (person_verdicts.child_blame_spans)."""
    return add_untaken(add_untaken(_child_conduct_spans(ctx), person_verdicts.child_blame_spans(ctx)),
                       words13.child_reaction_spans(ctx) + words13.child_burden_spans(ctx)
                       + words14.provocation_spans(ctx) + words14.child_choice_spans(ctx)
                       + words14.child_guard_spans(ctx) + words14.child_defiance_spans(ctx)
                       + words15.child_desire_spans(ctx) + words15.child_trust_spans(ctx)
                       + words15.child_willing_spans(ctx) + words15.child_vetting_spans(ctx)
                       + words15.child_teasing_spans(ctx)
                       + words16a.child_attitude_spans(ctx) + words16a.child_answerable_spans(ctx))


def _child_conduct_spans(ctx: Context) -> list:
    """"Faith needs to understand the consequences of her actions", "his choices have
    consequences", "Jess will understand the risks of sending photos", "Tia will stop sharing
    pictures of herself online", "Leo will stop running off with older boys": the harmed child
    made the cause, or the one who must change. "Ivy will tell Nan when she feels scared", an
    adult's conduct ("Dad will understand the consequences of his drinking") and an ordinary
    habit ("stop eating crisps") are left alone."""
    found = []
    for token in ctx.tokens:
        lemma = token.lemma_.lower()
        span = None
        if lemma in ("consequence", "consequences") and token.pos_ == "NOUN":
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if thing is not None and thing.lemma_.lower() in CONDUCT_NOUNS:
                owner = next((c for c in thing.children if c.dep_ == "poss"), None)
                if owner is not None and _the_child(ctx, owner):
                    span = ctx.doc[token.i:thing.i + 1]
            elif token.dep_ == "dobj" and token.head.lemma_ == "have":
                subject = _subject_up(token.head)
                owner = next((c for c in subject.children if c.dep_ == "poss"), None) if subject is not None else None
                if subject is not None and subject.lemma_.lower() in CONDUCT_NOUNS and owner is not None \
                        and _the_child(ctx, owner):
                    span = ctx.doc[owner.i:token.i + 1]
        elif lemma in CONDUCT_NOUNS and token.pos_ == "NOUN" and token.dep_ in ("nsubj",) \
                and token.head.lemma_.lower() in ("put", "place", "lead", "expose", "leave", "make", "cause"):
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            if owner is None or not _the_child(ctx, owner):
                continue  # "Chloe's choices are putting her at risk": the child made the cause
            span = ctx.doc[owner.i:token.head.i + 1]
        elif lemma == "make" and token.pos_ == "VERB":
            thing = next((c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in ("choice", "decision")), None)
            verdict = next((c for c in thing.children if c.dep_ == "amod" and c.lower_ in CHOICE_VERDICTS), None) \
                if thing is not None else None
            subject = _subject_up(token)
            if verdict is None or subject is None or not _the_child(ctx, subject, _risky(token)):
                continue  # "Ava made a good choice when she told Nan": praise, left alone
            span = ctx.doc[token.i:thing.i + 1]
        elif lemma in ("accept", "take") and token.pos_ == "VERB" and any(
                c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" for c in token.children):
            subject = _subject_up(token)
            if subject is None or not _risky(token) or not _the_child(ctx, subject, True):
                continue  # the child's responsibility for what exploiters do; "for the school run" is a job
            thing = next(c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() == "responsibility")
            span = ctx.doc[token.i:thing.i + 1]
        elif lemma in GRASP_VERBS and token.pos_ == "VERB":
            thing = next((c for c in token.children if c.dep_ == "dobj" and c.lower_ in DANGER_NOUNS), None)
            if thing is None:  # "think about the consequences", "consider the risks"
                thing = next((o for c in token.children if c.dep_ == "prep" and c.lower_ in ("about", "of")
                              for o in c.children if o.dep_ == "pobj" and o.lower_ in DANGER_NOUNS), None)
            subject = _subject_up(token)
            if thing is None or subject is None or not _the_child(ctx, subject, _risky(token)):
                continue
            if any(c.dep_ == "neg" for c in token.children):
                continue  # "does not understand the risks": the lexicon's, where exploitation is named
            of = next((c for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            end = max(t.i for t in of.subtree) if of is not None and of.i == thing.i + 1 else thing.i
            span = ctx.doc[token.i:end + 1]
        elif lemma in ("stop", "quit") and token.pos_ == "VERB":
            doing = next((c for c in token.children if c.dep_ in ("xcomp", "dobj", "pcomp") and c.tag_ == "VBG"), None)
            subject = _subject_up(token)
            if doing is None or subject is None or not _the_child(ctx, subject, True):
                continue
            words = {t.lower_ for t in doing.subtree} | {t.lemma_.lower() for t in doing.subtree}
            if doing.lemma_.lower() not in RISKY_CONDUCT or not (words & RISK_WORDS or doing.lemma_.lower() in (
                    "abscond", "sext")):
                continue
            end = doing.i + 1
            particle = next((c for c in doing.children if c.dep_ == "prt" and c.i == doing.i + 1), None)
            if particle is not None:
                end = particle.i + 1
            span = ctx.doc[token.i:end]
        if span is None or quoted(span):
            continue
        found.append(span)
    return found
