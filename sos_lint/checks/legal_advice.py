"""Advice on evidence and legal words that fits where the matter stands (round 39, review39l L#2-L#9).

A local authority solicitor read the advice as a social worker would copy it. Advice written for
the usual case said things about this family that nobody has decided. Every finding passes through
``fitted`` (from ``Rule.finding``, after the other fitting steps); read from the parse:

- A court order in the draft is sought, made, or neither said. An order the council "will seek",
  "is considering applying for", that "threshold is met for an application for", or that it will
  "ask the court for" is SOUGHT: advice that says "what the court decided" or "that a court has
  agreed" would have the writer invent a decision, so it says the council is thinking of asking the
  court for it. An order "granted", "made", that a child "is on" or "under", or "since the ICO", is
  MADE and keeps its advice. An order with neither is asked about: whether a court has made it, and
  when, or whether the council is thinking of asking for one.
- "balance of probabilities", "standard of proof" in a draft that records no court's finding are
  the writer's own view: only a court decides them, so the advice asks what was seen or told, by
  whom and when, and what the writer thinks and why.
- An impersonal report frame ("It is reported that", "It has been alleged that", "it was said
  that") is hearsay with its source left out, not a guess: the advice asks who reported it, and
  keeps "reported" or "alleged" (round 38 made "alleged" alone a legal status).
- An act written as a finding ("Mr Shah assaulted Mum on 2 May") that the draft says someone
  denies ("He denies this", in the same or one of the next two sentences), or that sits under a
  report verb ("Mum alleged that Dad assaulted her"), is not answered with "say what the adult did:
  hit, punched…" (which makes the account firmer as fact): the advice is to keep who says it
  happened and the denial or the report word.
- (A court order is not a service: "adhere to the non-molestation order" gets its own reason in
  structure._compliance_reason: an order binds the person it is made against.)
- Advice that names "Mum or Dad" for words whose clause names another adult ("Tomasz has failed to
  engage", "the assessment of her aunt Ruth") names that adult.
"""
from __future__ import annotations

import re

from .base import Context

# ---- a court order: sought, made, or not said ----

# Advice that says a court has decided something.
_DECIDED = re.compile(r"\b(?:the|a) court(?: has)? (?:decided|agreed|ordered|said so|let)\b|\bcourt's order\b",
                      re.IGNORECASE)
_PROOF = re.compile(r"more likely than not", re.IGNORECASE)
# Words that ask a court for an order, or weigh whether to.
_SEEK = {"seek", "apply", "application", "ask", "request", "consider", "pursue", "threshold", "plan", "intend",
         "recommend", "initiate", "instigate", "issue", "propose", "want", "seeking", "applying", "assessment",
         "assess", "viability"}
# Words that record an order as made.
_MADE = {"grant", "make", "award", "impose", "extend", "renew", "vary", "discharge", "give", "order"}
_UNDER = {"under", "on", "since", "subject", "following", "after"}
_ORDER_LETTERS = {"ico", "iso", "sgo", "cao", "epo", "nmo", "po", "co", "so", "dvpo"}
_COURT_FOUND = {"court", "judge", "magistrate", "magistrates", "bench"}


def _span(ctx: Context, start: int, end: int):
    if end <= start:
        return None
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _is_order(span) -> bool:
    return any(t.lemma_.lower() == "order" or t.lower_ in _ORDER_LETTERS for t in span)


def order_status(span) -> str | None:
    """"sought", "made" or None for the order (or legal step) the span names, read from the words it
    hangs on: "will seek a supervision order", "an application for an ICO" (sought); "an ICO was
    granted", "is on a care order", "since the ICO" (made)."""
    token = span.root
    seen_made = False
    for _ in range(6):
        lemma = token.lemma_.lower()
        if token.i not in range(span.start, span.end):
            if lemma in _SEEK or token.lower_ in _SEEK:
                return "sought"
            if lemma in _MADE and token.pos_ in ("VERB", "AUX"):
                seen_made = True
            if lemma in ("have", "hold", "get", "obtain") and token.pos_ in ("VERB", "AUX") and span.root.dep_ == "dobj":
                seen_made = True  # "Nan has an SGO for Leo"
            if token.dep_ == "prep" and token.i < span.start and (
                    token.lower_ in _UNDER or token.lower_ == "to" and token.i and token.doc[token.i - 1].lower_ == "subject"):
                seen_made = True
        if any(c.dep_ == "mark" and c.lower_ == "if" for c in token.children):
            return "sought"  # "If …, the council will ask for an order": not made
        if token.head.i == token.i:
            break
        token = token.head
    sentence = span.sent
    if any(t.lemma_.lower() in ("threshold",) for t in sentence):
        return "sought"
    if seen_made:
        return "made"
    if any(t.lower_ in _COURT_FOUND and t.dep_ in ("nsubj", "nsubjpass", "pobj", "agent") for t in sentence) and any(
            t.lemma_.lower() in ("make", "grant", "decide", "find", "order") for t in sentence):
        return "made"
    return None


def _court_found(span) -> bool:
    """The sentence records a court's or a judge's finding ("The court found, on the balance of
    probabilities, that …")."""
    sentence = span.sent
    return any(t.lower_ in _COURT_FOUND for t in sentence) and any(
        t.lemma_.lower() in ("find", "decide", "make", "conclude", "rule") for t in sentence)


_SOUGHT_ASK = ("The draft says this order is being sought, not made: say that the council is thinking of asking the "
               "court for it, and what that would mean for the family.")
_UNSAID_ASK = ("Say whether a court has made this order, and when, or whether the council is thinking of asking "
               "for one; then say in plain words what it means for the family.")
_PROOF_ASK = ("This is the test a court uses, and only a court decides it: write what was seen or heard, by whom "
              "and when, and what you think and why.")


def _replace_sentence(text: str, pattern: re.Pattern, new: str) -> str:
    """`text` with the sentence that `pattern` finds replaced by `new`."""
    found = pattern.search(text)
    if not found:
        return text
    start = max(text.rfind(". ", 0, found.start()) + 2, text.rfind("? ", 0, found.start()) + 2, 0)
    if start == 1:
        start = 0
    end_dot = text.find(".", found.end())
    end = len(text) if end_dot < 0 else end_dot + 1
    while end < len(text) and text[end - 1] == "." and end < len(text) and text[end] == '"':
        end += 1
    return (text[:start] + new + text[end:]).strip()


def _court_fitted(ctx: Context, span, message: str, suggestion: str) -> tuple[str, str]:
    both = message + " " + suggestion
    if _PROOF.search(both):
        if _court_found(span):
            return message, suggestion
        message = _replace_sentence(message, _PROOF, _PROOF_ASK)
        suggestion = _replace_sentence(suggestion, _PROOF, _PROOF_ASK) if _PROOF.search(suggestion) else suggestion
        return message, suggestion
    if not _DECIDED.search(both):
        return message, suggestion
    status = order_status(span)
    if status == "made":
        return message, suggestion
    if status is None and not _is_order(span):
        return message, suggestion  # "special guardian", "fact-finding hearing": not an order the words ask about
    new = _SOUGHT_ASK if status == "sought" else _UNSAID_ASK
    message = _replace_sentence(message, _DECIDED, new)
    if _DECIDED.search(suggestion):
        suggestion = _replace_sentence(suggestion, _DECIDED, new)
    return message, suggestion


# ---- hearsay: an impersonal report frame ----

_REPORT_VERBS = {"report", "allege", "say", "claim", "state", "disclose", "tell", "suggest", "inform"}


def report_frame(span) -> bool:
    """"It is reported", "It has been alleged", "it was said that": an empty "it" with a passive
    verb of reporting. Not a belief ("It is believed", "It is thought": guesses)."""
    words = [t for t in span if not t.is_punct]
    return any(t.lower_ == "it" for t in words) and any(
        t.lemma_.lower() in _REPORT_VERBS and t.tag_ == "VBN" for t in words)


_HEARSAY = ("\"{words}\" says someone reported this, but not who. It is an account, not a guess: ask who reported "
            "it, and say who told whom and when (a service or a role will do where naming the person could put "
            "them at risk). Keep \"reported\" or \"alleged\" until it is proven.")


# ---- an act written as a finding that is denied or only reported ----

_ACTS = re.compile(r"\b(?:assault\w*|abus\w*|attack\w*|hit|hits|hitting|punch\w*|slap\w*|kick\w*|push\w*|"
                   r"strangl\w*|chok\w*|beat\w*|grabb?\w*|rap(?:e|ed|es|ing)|molest\w*|neglect\w*)\b",
                   re.IGNORECASE)
_DENY = {"deny", "dispute", "refute", "contest", "reject"}
_ANAPHORS = {"this", "it", "that", "these", "them", "allegation", "allegations", "claim", "claims", "account",
             "assault", "incident", "accusation", "accusations"}


def _denial_follows(span) -> bool:
    """The sentence, or one of the two after it, denies what went before: "The father denies this",
    "Dad says this did not happen", "which he disputes"."""
    doc = span.doc
    sentence = span.sent
    sentences = [s for s in doc.sents if s.start >= sentence.start][:3]
    for k, sent in enumerate(sentences):
        for t in sent:
            if t.lemma_.lower() in _DENY and t.pos_ == "VERB":
                if k == 0 and t.i < span.start:
                    continue
                if any(c.dep_ == "neg" or c.lower_ in ("never", "not") for c in t.children):
                    continue  # round 40 (W#3): "The mother did not deny this" is no denial: the opposite
                objects = [c for c in t.children if c.dep_ in ("dobj", "ccomp", "xcomp", "pcomp")]
                if k == 0 or any(c.lower_ in _ANAPHORS or c.lemma_.lower() in _ANAPHORS for c in objects) \
                        or any(c.dep_ in ("ccomp", "xcomp") for c in objects):
                    return True
            # "Dad says this did not happen"
            if t.lemma_.lower() == "happen" and any(c.dep_ == "neg" for c in t.children) and k > 0 and any(
                    c.lower_ in ("this", "it", "that") and c.dep_ == "nsubj" for c in t.children):
                return True
    return False


def _only_reported(span) -> bool:
    """The act sits under a verb of reporting whose speaker is named or empty: "Mum alleged that Dad
    assaulted her", "It is reported that …"."""
    token = span.root
    for _ in range(3):
        if token.head.i == token.i:
            return False
        if token.dep_ == "ccomp" and token.head.lemma_.lower() in _REPORT_VERBS | {"allege"}:
            return True
        token = token.head
    return False


def _denied_before(ctx: Context, start: int, end: int) -> bool:
    """The "examples and what did not happen" step (advice_fit) has already answered these words
    as a harm someone denies ("denies hitting Mum": "… and keep the denial"). Round 41 (r41b): read
    from the span as that step reads it, not from the words that step wrote into the message."""
    from .advice_fit import _negation

    return _negation(ctx.doc, start, end) == "denied"


_CONTESTED = ("\"{words}\" is written as a finding, but {why}. Do not make it more definite: keep who says it "
              "happened (a service or a role will do where naming the person could put them at risk) and {keep}, "
              "and write it as their account, not as fact.")


# ---- the person the words are about, when it is not Mum or Dad ----

_PARENT_WORDS = {"mum", "dad", "mother", "father", "parent", "parents", "mummy", "daddy", "carer", "carers"}
_KIN = {"uncle", "aunt", "auntie", "nan", "nana", "gran", "granny", "grandma", "grandad", "grandfather",
        "grandmother", "grandparent", "grandparents", "brother", "sister", "cousin", "stepfather", "stepmother",
        "stepdad", "stepmum", "partner", "boyfriend", "girlfriend", "friend"}


def _other_adult(ctx: Context, span) -> str:
    """The adult the words are about when the parse names one who is not a parent: the subject of
    the clause ("Tomasz has failed to engage"), or the one an assessment is of ("the assessment of
    his uncle Guy"). "" when it is a parent, a child, or not shown."""
    from . import analysis

    adults, children = analysis.adult_tokens(ctx), analysis.child_tokens(ctx)

    def an_adult(token) -> bool:
        return token.i in adults and token.i not in children

    for t in list(span) + [c for c in span.root.children if c.i >= span.end]:
        if t.lower_ == "of" and t.dep_ == "prep":
            person = next((c for c in t.children if c.dep_ == "pobj"), None)
            if person is not None and (person.lower_ in _KIN or person.pos_ == "PROPN"):
                words = [w for w in person.subtree if w.dep_ not in ("poss", "det", "punct", "case")
                         and w.lower_ not in ("his", "her", "their")]
                if words and not any(w.lower_ in _PARENT_WORDS for w in words) and (
                        person.lower_ in _KIN or an_adult(person)):
                    return " ".join(w.text for w in words)
    root = span.root
    verb = root if root.pos_ in ("VERB", "AUX") else root.head
    for _ in range(2):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            if subject.pos_ == "PROPN" and subject.lower_ not in _PARENT_WORDS and an_adult(subject):
                # "Mr Adeyemi": the title and the surname together (both parents may share it);
                # "Ivy and Marcus will show …": both
                people = [subject] + [c for c in subject.conjuncts if c.pos_ == "PROPN" and an_adult(c)]
                if any(c.lower_ in _PARENT_WORDS or not an_adult(c) for c in subject.conjuncts):
                    return ""  # "Tomasz and Mum", "Tomasz and Lena": not one adult's words
                named = [" ".join(w.text for w in person.lefts if w.dep_ == "compound" and w.pos_ == "PROPN")
                         + (" " if any(w.dep_ == "compound" and w.pos_ == "PROPN" for w in person.lefts) else "")
                         + person.text for person in people]
                return " and ".join(named)
            return ""
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return ""


_PARENTS_NAMED = re.compile(r"\b(?:Mum or Dad|Mum and Dad|Mum|Dad)\b(?=\s+(?:did|will|does|has|is)\b)")


# ---- what was told, in a domestic abuse worry: one reading ----

_DISCLOSED_BOTH = "Say who told whom, what they said and when. In domestic abuse worries, do not repeat what was told."
_DA_TOLD = ("In a domestic abuse worry, do not repeat here what was told, or who told it: the adult who did it may "
            "read this statement.")
_RECORD = (" Keep who told, what was said and when in the case record or chronology: it is evidence, and only "
           "this statement leaves it out.")


def _told_fitted(ctx: Context, message: str, suggestion: bool = False) -> str:
    """Round 39 (review39l L#10): "disclosed" got "say who told whom … do not repeat what was told" in
    one breath; the DA advice on "told" asked to leave out who told with no word of the record. One
    reading: in a domestic abuse worry, leave it out of the statement and keep it in the record;
    elsewhere, say who told whom and when."""
    if _DISCLOSED_BOTH in message:
        from .verdicts import about_domestic_abuse

        if about_domestic_abuse(ctx):
            if suggestion:
                return "[the worry, without who told or their words]"
            return message.replace(_DISCLOSED_BOTH, _DA_TOLD + _RECORD)
        return message.replace(_DISCLOSED_BOTH, "Say who told whom, what they said and when.")
    if "do not repeat what was told, or who told it" in message and _RECORD not in message and not suggestion:
        return message + _RECORD
    return message


# Section 20's advice ("that Mum or Dad agreed to it or did not object: it rests on the agreement of
# the people with parental responsibility …") is said of the parents, whoever the statement names:
# round 40 (r40b) holds those words aside for the whole advice stage (advice_stage._HELD), so no step
# writes a name there and this step no longer has to undo one.


def _named(text: str, other: str) -> str:
    """"Mum or Dad will …" said of `other`, outside quotations (an example from another family keeps
    its own people)."""
    parts = re.split(r'("[^"]*")', text)
    return "".join(part if part.startswith('"') else _PARENTS_NAMED.sub(other, part) for part in parts)


def fitted(ctx: Context, code: str, start: int, end: int, message: str, suggestion: str):
    """The message and suggestion of a finding at start..end, fitted to where the matter stands."""
    span = _span(ctx, start, end)
    if span is None or len(span) > 12:
        return message, suggestion
    words = ctx.text[start:end]
    if code == "SOS101":
        message, suggestion = _told_fitted(ctx, message), _told_fitted(ctx, suggestion, True)
    if code in ("SOS101", "SOS102"):
        message, suggestion = _court_fitted(ctx, span, message, suggestion)
    if code == "SOS304" and report_frame(span):
        return _HEARSAY.format(words=words), "[who] reported to [whom], and when, that …"
    if code in ("SOS301", "SOS101") and ctx.kind == "worry" and _ACTS.search(words) and not _is_order(span) \
            and not _denied_before(ctx, start, end):
        why = keep = ""
        if _only_reported(span):
            why, keep = "it is someone's report", "the word \"reported\" or \"alleged\""
        elif _denial_follows(span):
            why, keep = "someone here denies it", "the denial"
        if why:
            return (_CONTESTED.format(words=words, why=why, keep=keep),
                    "[who] says that [what they say happened]" + ("; [who] denies this" if keep == "the denial" else ""))
    if code in ("SOS101", "SOS511") and _PARENTS_NAMED.search(message + suggestion):
        other = _other_adult(ctx, span)
        if other:
            message, suggestion = _named(message, other), _named(suggestion, other)
    return message, suggestion
