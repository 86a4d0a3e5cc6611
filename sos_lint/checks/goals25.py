"""Round 25 (goals25, alarms25): false alarms of the absence rule (SOS512) and the institutional
voice rule (SOS502) on good goals, mended by how the sentence is built (issue 11 §3).

1. A fact set aside in a concessive or causal clause: "Melody needs to see you both being polite to
   each other, even though you no longer live together". The "no longer" tells how things stand
   (present or past tense, no "will"); it is not what the adults promise. "Because Dad will no
   longer drink, Ella will feel safe" keeps its "will" and is still an absence aim.
2. A seen outcome set against what will not be seen: "Phoenix will hear cartoons and Mum singing,
   not shouting"; "the school will see him rested and on time, with no more nights reported
   missing". Someone will see or hear something positive, and the "not" or "with no more" only
   sets it off. "Dad will stay calm, with no more shouting" has no one seeing anything and still
   fires.
3. SOS502 in goals: an organisation word that the parse takes as the subject of a noun, not of a
   verb ("while you wait for the council flat", parsed "council" nsubj of "flat") is no one's voice.
"""
from __future__ import annotations

# Conjunctions that set a clause aside as how things stand or why: not a promise.
_ASIDE_MARKS = {"though", "although", "because", "since", "as", "whereas"}
# Verbs of seeing and hearing: what others (or the child) will notice.
_PERCEIVE = {"see", "hear", "notice", "watch", "find"}


def _clause_verb(token):
    """The nearest verb at or above the token (the clause it belongs to), or None."""
    for t in [token, *token.ancestors]:
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            return t
    return None


def fact_in_aside(span) -> bool:
    """The absence words sit in an adverbial clause led by "though", "because" … whose verb has no
    "will" or "to" (a fact of how things stand): "even though you no longer live together"."""
    for t in [span[0], *span[0].ancestors]:
        if t.dep_ == "advcl" and t.pos_ in ("VERB", "AUX"):
            marks = {c.lower_ for c in t.children if c.dep_ == "mark"}
            if not marks & _ASIDE_MARKS:
                return False
            if any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ == "to") for c in t.children):
                return False
            # A base form with its own subject and no "will" or "to" is the present tense mistagged
            # ("although you no longer get on" tagged VB).
            return t.tag_ in ("VBP", "VBZ", "VBD") or (
                t.tag_ == "VB" and any(c.dep_ == "nsubj" for c in t.children)
                and not any(c.dep_ in ("aux", "auxpass") for c in t.children))
        if t.dep_ in ("ROOT", "ccomp", "xcomp", "relcl"):
            return False
    return False


def _positive_seen(verb) -> bool:
    """A verb of seeing or hearing, not negated, with something seen (an object or a clause)."""
    if verb is None or verb.lemma_.lower() not in _PERCEIVE or any(c.dep_ == "neg" for c in verb.children):
        return False
    return any(c.dep_ in ("dobj", "ccomp", "xcomp", "oprd") for c in verb.children)


def seen_contrast(span) -> bool:
    """"… will hear cartoons and Mum singing, not shouting"; "… will see him rested and on time, with
    no more nights reported missing": a clause hung after a comma on what someone will see or hear,
    set off by "not" or "with no", that names what they will not see instead."""
    doc = span.doc
    first = span[0]
    if first.lower_ not in ("not", "no", "never"):
        return False
    before = doc[first.i - 1] if first.i > 0 else None
    if before is not None and before.lower_ == "with":
        before = doc[before.i - 1] if before.i > 0 else None
    if before is None or before.text != ",":
        return False
    clause = _clause_verb(first)
    # Walk up from the clause hung on the comma to the verb of seeing it is set against.
    for t in ([clause] if clause is not None else []) + list(clause.ancestors if clause is not None else []):
        if t.i >= before.i:
            continue
        if _positive_seen(t):
            return True
        if t.dep_ in ("ROOT",):
            break
    # "not shouting" parsed as an adverbial clause of "hear" itself.
    head = clause.head if clause is not None else None
    return head is not None and head.i < before.i and _positive_seen(head)


def subject_of_a_noun(token) -> bool:
    """The parse makes the word the subject of a noun, not of a verb: no clause, no voice."""
    return token.head.pos_ not in ("VERB", "AUX")

