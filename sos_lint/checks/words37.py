"""Round 37 (r37b): word-fault readings added this round.

- H#11 (review36h, a health visitor): a service's sessions not gone to ("missed three health
  visitor appointments") is reported by SOS301 as being about a service, not the child. When the
  same sentence goes on to say what it meant for the child ("…, so Hope was not weighed", "…, which
  meant Kit had none of his jabs"), the child's side is there: the finding is a hint, not a warning.
  Read from the parse: a clause that the missed sittings lead to ("so", "which meant", "meaning",
  "as a result"), whose subject or object is a child. A "so" clause about the adult ("so she could
  sleep in") or one that looks ahead ("so Hope will not be weighed") does not count.
"""
from __future__ import annotations

from . import analysis
from .base import Context
from .lexicon import looks_ahead

# Words that tie a clause to what came before it as its result.
_SO = {"so", "therefore", "consequently"}
_MEANT = {"mean", "result"}  # "which meant", "meaning", "which resulted in"


def _a_child(ctx: Context, token) -> bool:
    if token.i in analysis.child_tokens(ctx):
        return True
    if token.pos_ == "PRON" and token.lower_ in ("he", "she", "they", "him", "her", "them"):
        return analysis.pronoun_is_child(ctx, token)
    return token.lower_ in analysis.people_words()["children"]


def _about_a_child(ctx: Context, clause) -> bool:
    """The clause's subject or object (or what it ties to by a preposition) is a child."""
    for c in clause.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") and (_a_child(ctx, c) or any(
                _a_child(ctx, p) for p in c.children if p.dep_ == "poss")):
            return True
        if c.dep_ in ("ccomp", "xcomp") and c.i > clause.i and _about_a_child(ctx, c):
            return True  # "which meant Kit had none of his jabs": the clause "meant" holds
    return False


def _result_clauses(verb):
    """Clauses in the verb's sentence told as its result: the clause a "so" starts, whether the parse
    hangs it on the verb or the verb on it, and "which meant …" / "meaning …" on the verb's words."""
    sent = verb.sent
    for token in sent:
        if token.i <= verb.i:
            continue
        if token.lower_ in _SO and token.dep_ in ("advmod", "mark", "cc"):
            clause = token.head
            if clause.i != verb.i and clause.i > token.i:
                yield clause
            elif token.dep_ == "cc":  # "…, and so Hope was not weighed": the clause joined after it
                yield from (c for c in verb.children if c.dep_ == "conj" and c.i > token.i)
        if token.lemma_.lower() in _MEANT and token.pos_ == "VERB" and (
                token.dep_ in ("relcl", "advcl", "conj") or any(c.lower_ == "which" for c in token.children)):
            yield token


def result_for_child(ctx: Context, span) -> bool:
    """Does the sentence say what the span's missed sittings meant for a child, after them? ("Mum
    and Dad missed three health visitor appointments in November, so Hope was not weighed.")"""
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return False
    verb = verbs[0]
    for clause in _result_clauses(verb):
        if looks_ahead(clause):
            continue  # "so Hope will not be weighed": what could happen, not what it meant
        if clause.i < span.end:
            continue
        if _about_a_child(ctx, clause):
            return True
    return False


# --- Guesses (SOS304), read from the parse -------------------------------------------------------
# The word list flags a suspicion told in the passive ("it is suspected", "is suspected to be");
# the same suspicion in the active voice ("I suspect neglect", "the health visitor suspects Mum is
# drinking") is the same guess with a holder who saw nothing said. A named person's or a family
# member's own suspicion is their view, recorded as theirs, and is left alone (as "Nan thinks…").
_SUSPECTING = {"suspect"}


def _a_named_or_family_holder(ctx: Context, subject) -> bool:
    if subject.lower_ in ("i", "we"):
        return False
    if analysis.is_name(subject) and subject.i not in analysis.child_tokens(ctx) and not subject.is_upper:
        return True  # "Nan", "Dr Khan", "Priya": a person's own view ("HV" is a job, not a name)
    family = set(analysis.people_words()["family"])
    return (subject.lower_ in family or subject.lemma_.lower() in family or subject.i in analysis.child_tokens(ctx)
            or (subject.pos_ == "PRON" and subject.lower_ in ("he", "she", "they")))


def suspicion_spans(ctx: Context) -> list:
    """"I suspect neglect", "We suspect he is using again", "HV suspects parents may be neglecting
    her": a suspicion, active voice, held by the writer or a job or group, told as the worry. Not a
    named person's or a family member's own ("Nan suspects Dad is back"), not denied ("nobody
    suspected"), not what lies ahead, not in quotes."""
    from .word_context import quoted

    found = []
    if ctx.kind != "worry":
        return found
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in _SUSPECTING or verb.pos_ != "VERB":
            continue
        if any(c.dep_ in ("auxpass", "neg") for c in verb.children) or looks_ahead(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        # what is suspected: a clause or a thing (the parser can hang "neglect" as an adverb)
        said = next((c for c in verb.children if c.i > verb.i and not c.is_punct and c.dep_ not in ("cc", "conj")), None)
        if subject is None or said is None or subject.lower_ in ("nobody", "no", "none"):
            continue
        if _a_named_or_family_holder(ctx, subject):
            continue
        span = ctx.doc[min(t.i for t in subject.subtree):verb.i + 1]
        if not quoted(span):
            found.append(span)
    return found


# A hedge put before a named harm or condition ("possible ADHD", "suspected NAI", "Possible grooming
# by an older man", "query ongoing use"): the worry says the thing may be so, then builds on it as a
# finding. Nouns for what may lie ahead or be chosen ("possible options", "a possible move", "possible
# harm") are not guesses about what is.
_HEDGE_WORDS = {"possible", "probable", "suspected", "presumed", "query", "queried", "potential"}
_NOT_A_FINDING = {"date", "time", "times", "way", "ways", "option", "options", "outcome", "outcomes", "step",
                  "steps", "plan", "plans", "support", "help", "placement", "move", "solution", "solutions",
                  "route", "future", "change", "changes", "place", "places", "school", "home", "day", "days",
                  "consequence", "consequences", "risk", "risks", "harm", "danger", "dangers", "impact",
                  "effect", "effects", "result", "results", "reason", "reasons", "source", "sources", "service",
                  "services", "referral", "action", "actions", "course", "person", "people", "carer", "carers",
                  "match", "adopter", "adopters", "visit", "contact", "question", "questions", "explanation"}
_EVERY = {"best", "every", "all", "only", "least", "most", "earliest", "soonest", "as", "if", "where", "wherever",
          "whenever", "when", "whatever", "any"}


def hedged_finding_spans(ctx: Context) -> list:
    """"Kieran has ASD traits and possible ADHD", "queries around possible disordered eating",
    "Possible grooming": a harm or condition given a hedge and then stated as the worry's finding.
    Left alone: a goal, what lies ahead, "as soon as possible", "the best possible care", and a hedge on
    a thing that is not a finding ("possible options", "a possible move")."""
    from .word_context import quoted

    found = []
    if ctx.kind != "worry":
        return found
    for hedge in ctx.tokens:
        if hedge.lower_ not in _HEDGE_WORDS:
            continue
        if hedge.dep_ in ("amod", "compound", "nmod") and hedge.head.i > hedge.i:
            noun = hedge.head
        elif hedge.i + 1 < hedge.sent.end and hedge.dep_ in ("ROOT", "conj") \
                and hedge.doc[hedge.i + 1].pos_ in ("NOUN", "PROPN", "VERB"):
            # "Possible grooming by an older man." (a heading-like fragment), "marks on his back and
            # probable cigarette burns" (the parser joins the hedge, not the noun): the words after it
            noun = hedge.doc[hedge.i + 1]
            while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i and noun.head.i < hedge.sent.end:
                noun = noun.head
        else:
            continue
        if noun.pos_ not in ("NOUN", "PROPN") and not (noun.pos_ == "VERB" and noun.tag_ == "VBG"):
            continue
        if noun.lemma_.lower() in _NOT_A_FINDING or noun.lower_ in _NOT_A_FINDING:
            continue
        before = hedge.doc[hedge.i - 1] if hedge.i > hedge.sent.start else None
        if (before is not None and before.lower_ in _EVERY) or any(c.lower_ in _EVERY for c in hedge.children):
            continue
        if looks_ahead(noun) or looks_ahead(hedge):
            continue
        span = ctx.doc[hedge.i:noun.i + 1]
        if not quoted(span):
            found.append(span)
    return found
