"""Who is who in a statement, for the rewrite: one small door onto checks/analysis.py.

The people analysis is being rebuilt; the rewrite asks only these questions, so switching to
the new analysis is a change to this file alone."""
from __future__ import annotations


def is_name(token) -> bool:
    """Whether a token is a person's name (a child's or an adult's)."""
    from ..checks import analysis

    return analysis.is_name(token)


def acts_as_adult(token) -> bool:
    """A name that is the subject of "will …" or follows a title: the one who acts, an adult."""
    if token.i and token.doc[token.i - 1].lower_.rstrip(".") in _ADULT_BEFORE:
        return True
    return token.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ in _MODALS for c in token.head.children)


def _proper(token) -> bool:
    """A capitalised word the model reads as a proper noun and not a date or a team (the small
    model often calls a child's name a place: "Noor", "Rocky")."""
    return (token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper() and token.text[1:].islower()
            and token.ent_type_ not in ("ORG", "DATE", "TIME", "NORP", "EVENT", "LAW"))


_CARE_VERBS = {"care", "look", "collect", "pick", "take", "feed", "bath", "bathe", "leave", "protect", "keep",
               "put", "hit", "hurt", "smack", "shout", "slap", "push", "comfort", "cuddle", "read", "walk", "drop"}
_CHILD_NOUNS = {"contact", "school", "nursery", "teacher", "bedroom", "bottle", "cot", "class", "homework",
                "classroom", "head", "arm", "arms", "leg", "face", "brother", "sister", "dance", "club", "college"}


def _child_context(token) -> bool:
    """Words around a name that say it is a child's: an age ("Ivy (6)", "Liam, who is 13",
    "aged 14"), a child's things ("Jade's nursery", "Holly's arm"), or being cared for, hurt or
    collected by an adult ("caring for Rocky", "leave Willow alone", "contact between Dad and Ivy")."""
    doc = token.doc
    window = doc[token.i + 1: token.i + 6]
    if any(t.like_num for t in window[:2]) or any(t.lower_ == "aged" for t in window[:2]) or any(
            t.like_num and t.head.lemma_ == "be" for t in window):
        return True
    if token.i + 2 < len(doc) and doc[token.i + 1].tag_ == "POS" and doc[token.i + 2].lower_ in _CHILD_NOUNS:
        return True
    anchor = token
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
        anchor = anchor.head
    head = anchor.head
    if anchor.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in _CARE_VERBS:
        return True
    if anchor.dep_ == "pobj" and (head.head.lemma_.lower() in _CARE_VERBS | _CHILD_NOUNS):
        return True
    return False


def in_placeholders(doc) -> set[int]:
    """Tokens inside the rewrite's own [questions]: "[What did …]" names nobody."""
    inside, depth = set(), 0
    for t in doc:
        opens, closes = t.text.count("["), t.text.count("]")
        if depth > 0 or opens or closes:
            inside.add(t.i)
        depth = max(depth + opens - closes, 0)
    return inside


def named_people(doc) -> list[str]:
    """The distinct names in a parsed statement, in order of first use."""
    return list(dict.fromkeys(t.text for t in doc if is_name(t)))


_ADULT_BEFORE = {"mr", "mrs", "ms", "miss", "mx", "dr", "grandad", "grandma", "nan", "nana", "gran", "uncle",
                 "auntie", "aunt", "aunty", "partner", "boyfriend", "girlfriend", "stepdad", "stepfather",
                 "brother", "sister", "worker", "teacher", "officer", "pc", "dc"}
_MODALS = {"will", "must", "should", "shall", "would", "'ll"}
_NOT_A_CHILD = {"mum", "dad", "mam", "nan", "nana", "gran", "granny", "grandad", "grandma", "mummy", "daddy",
                "january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                "saturday", "sunday", "christmas", "easter"}


def child_name(doc) -> str:
    """The one child the statement names, or "" when it names none or cannot tell which.

    A name beside a title or an adult's role ("Mr Okoro", "Grandad Ken", "Mum's partner Dean")
    is an adult's; so is the subject of "will …" in a goal (the one who acts). A name counts only
    with a child's context around it (an age, a child's things, being cared for); exactly one
    such name is the child. This stands in for the people analysis being rebuilt in
    checks/analysis.py: switch here when it lands."""
    left = []
    asked = in_placeholders(doc)
    for token in doc:
        if token.i in asked:
            continue
        if not (is_name(token) or _proper(token)) or len(token.text) < 2 \
                or token.lower_.rstrip(".") in _ADULT_BEFORE or token.lower_ in _NOT_A_CHILD:
            continue  # a title, a family word, or a month or day the new people analysis will read by context
        before = token.doc[token.i - 1] if token.i else None
        if before is not None and before.lower_.rstrip(".") in _ADULT_BEFORE:
            continue
        if token.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ in _MODALS for c in token.head.children):
            continue
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if after is not None and after.lower_ in ("and", "&") and token.dep_ == "nsubj":
            continue
        if _child_context(token):
            left.append(token.text)
    names = list(dict.fromkeys(left))
    return names[0] if len(names) == 1 else ""
