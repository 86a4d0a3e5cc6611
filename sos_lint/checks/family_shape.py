"""Round 32 (review32b, two practitioners' trials): advice names the adults the draft has.

Many messages say "Mum or Dad", "Mum and Dad" or "after what Dad did" whoever cares for the
child. A grandmother carer, two mums, a dad whose partner has died, or a mum and her partner
then read advice about a parent who is not in the family. Here a finding's message (and a
bracketed placeholder or role-word swap in its suggestion) is said with the carers the
statement names: the family words it uses for a mother, a father, a grandparent or foster
carers. Where it names both a mother and a father ("parents" too), or no carer at all, nothing
changes; where it names more than two kinds, "the adults caring for <child>" stands in.
"""
from __future__ import annotations

import re

_MUM = re.compile(r"\b(?:mum|mother|mummy|mam|mom|mommy|mama|mamma|stepmum|stepmother)\b", re.I)
_MUMS = re.compile(r"\b(?:mums|mothers|mams|moms|mamas)\b|\bboth mums\b", re.I)
_DAD = re.compile(r"\b(?:dad|father|daddy|papa|stepdad|stepfather|step-dad|step-father|fathers|dads)\b", re.I)
_GRAN = re.compile(r"\b(nan|nana|nanna|nanny|nan's|gran|granny|grandma|grandmother|grandmothers|nani|dadi)\b", re.I)
_GRANDAD = re.compile(r"\b(grandad|granddad|grandpa|grandfather|grandfathers)\b", re.I)
_FOSTER = re.compile(r"\bfoster carers?\b", re.I)
# A parent's death said in the statement ("since Mum died", "after his mother passed away").
_DIED = re.compile(r"\b(mum|mother|mummy|mam)(?:'s)?\b[^.;]{0,30}\b(?:died|passed away|death)\b", re.I)
_PARENTS = re.compile(r"\b(?:parents|parental|both parents|co-parent\w*)\b", re.I)
_PHRASES = re.compile(r"\bMum or Dad\b|\bMum and Dad\b|\bafter what Dad did\b")


# Round 33 (review33b, review33 P#4): a parent the statement keeps away from the home or the
# children is not one of the carers advice should name ("will not allow the children's mother into
# the home", "Dad is not allowed to visit", "no contact with their father").
_PARENT = r"(?:mum|mother|mummy|mam|dad|father|daddy)"
_KEPT_AWAY = re.compile(
    r"\b(?:not\s+(?:allow|let)\w*|keep\w*|kept|no\s+contact\s+with|ban\w*|bar\w*|stop\w*)\s+(?:[\w'’]+\s+){0,3}?"
    + _PARENT + r"\b(?=[^.;]{0,40}\b(?:into|in|away|from|coming|visiting|entering|contact|seeing)\b)"
    + r"|\bno\s+contact\s+with\s+(?:[\w'’]+\s+){0,2}?" + _PARENT + r"\b"
    + r"|\b" + _PARENT + r"\b(?=[^.;]{0,25}\b(?:is|are|was)\s+not\s+allowed\b|[^.;]{0,25}\b(?:is|was)\s+barred\b"
    + r"|[^.;]{0,25}\bmust\s+not\s+(?:come|visit|enter|stay|have\s+contact)\b)", re.I)


def _without_kept_away(text: str) -> str:
    """The text with each parent word the statement keeps away from the home blanked out."""
    def blank(m):
        return re.sub(_PARENT, lambda w: "x" * len(w.group(0)), m.group(0), flags=re.I)
    return _KEPT_AWAY.sub(blank, text)


def carers(text: str, child: str = "") -> tuple[str, ...] | None:
    """The carers' family words this statement uses, as advice should name them, or None where
    the usual "Mum or Dad" fits (both a mother and a father are named)."""
    text = _without_kept_away(text)
    two_mums = bool(_MUMS.search(text)) or len({m.group(0).lower() for m in _MUM.finditer(text)} & {"mum", "mama", "mummy", "mamma"}) >= 2 \
        and not _DAD.search(text)
    mum = bool(_MUM.search(text)) and not _DIED.search(text)
    dad = bool(_DAD.search(text))
    if mum and dad and not two_mums:
        return None
    if _PARENTS.search(text) and not two_mums and not _DIED.search(text) and not (_GRAN.search(text) or _FOSTER.search(text)):
        return None  # "Parents to ensure…", "Both parents will…": a mother and a father, as the advice says
    found: list[str] = []
    if two_mums:
        found.append("both mums")
    elif mum:
        found.append("Mum")
    if dad:
        found.append("Dad")
    gran = _GRAN.search(text)
    if gran:
        word = gran.group(1).lower().removesuffix("'s")
        found.append("Nan" if word in ("grandmother", "grandmothers") else word.capitalize())
    if _GRANDAD.search(text):
        found.append("Grandad")
    if _FOSTER.search(text):
        found.append("the foster carers")
    if not found:
        return None  # no carer named at all: the usual wording stands (a draft names nobody to put instead)
    if len(found) > 2:
        return (f"the adults caring for {child}" if child and not child.startswith("[") else "the adults caring for the child",)
    return tuple(found)


def said_with_carers(message: str, text: str, child: str = "") -> str:
    """The message with "Mum or Dad", "Mum and Dad" and "after what Dad did" said of the carers
    the statement names; unchanged where both a mother and a father are named."""
    if not message or not _PHRASES.search(message):
        return message
    who = carers(text, child)
    if who is None:
        if "after what Dad did" in message and not _DAD.search(text):
            return message.replace("after what Dad did", "after what was done to her")
        return message
    def swap(m):
        phrase = m.group(0)
        if phrase == "after what Dad did":
            return phrase if "Dad" in who else "after what was done to her"
        joiner = " or " if " or " in phrase else " and "
        if who == ("both mums",):
            return "either mum" if joiner == " or " else "both mums"
        if joiner == " and " and len(who) == 1 and not who[0].startswith("the "):
            # "Mum and Dad" where only Dad is named: that carer alone, with no bracket, since the
            # rewrite asks these words inside a question of its own ("[\"parenting assessment\": Who
            # will spend time with Dad …?]") and a bracket inside it dropped the question
            return who[0]
        return joiner.join(who)
    return _PHRASES.sub(swap, message)


# Round 33 (review33b, review33q Q#3): a goal spoken to one adult ("Will, you need to…").
_CHILD_WORDS = re.compile(r"\b(?:baby|babies|child|children|kids|son|daughter|boys|girls)\b", re.I)


def addressed_adult(ctx) -> str:
    """The adult a goal speaks to by name at a sentence's opening ("Will, you need to show…",
    "Dad, you will…"), or "": not a name the statement reads as a child ("Kai, you will…"), and
    only where the goal has a child besides (a child named, or a word for one)."""
    if ctx.kind != "goal":
        return ""
    from .analysis import people

    found = people(ctx)
    children = {ctx.doc[i].lower_ for p in found.children for i in p.tokens}
    adults = {ctx.doc[i].lower_ for p in found.adults for i in p.tokens}
    doc = ctx.doc
    for sent in doc.sents:
        k = sent.start
        while k < sent.end and not doc[k].is_alpha:
            k += 1
        pair = _addressed_pair(doc, k, children, adults, bool(children or _CHILD_WORDS.search(ctx.text)))
        if pair:
            return pair  # Round 34 (review34 P#5): "Gemma and Stefan, you will …"
        if k + 2 >= len(doc) or doc[k + 1].text != "," or doc[k + 2].lower_ != "you" or not doc[k].is_title:
            continue
        word = doc[k].lower_
        if word in children:
            return ""
        family = _MUM.fullmatch(word) or _DAD.fullmatch(word) or _GRAN.fullmatch(word) or _GRANDAD.fullmatch(word)
        if word in adults or family or (children or _CHILD_WORDS.search(ctx.text)) and doc[k].pos_ in ("PROPN", "AUX", "VERB"):
            return doc[k].text
        return ""
    return ""


def _addressed_pair(doc, k: int, children: set, adults: set, has_child: bool) -> str:
    """Round 34 (review34 P#5): two adults a goal speaks to by name at a sentence's opening
    ("Gemma and Stefan, you will …", "Jo and Priya, you and River need …"): "Gemma and Stefan", or
    "" where either is read as a child ("Mia and Leo, you will…" to two children) or the goal has
    no child besides."""
    if k + 4 >= len(doc) or doc[k + 1].lower_ not in ("and", "&") or doc[k + 3].text != "," \
            or doc[k + 4].lower_ != "you":
        return ""
    first, second = doc[k], doc[k + 2]
    if not (first.is_title and second.is_title) or first.lower_ in children or second.lower_ in children:
        return ""
    family = lambda t: bool(_MUM.fullmatch(t.lower_) or _DAD.fullmatch(t.lower_) or _GRAN.fullmatch(t.lower_)  # noqa: E731
                            or _GRANDAD.fullmatch(t.lower_))
    if family(first) and family(second):
        return ""  # "Mum and Dad, you …": the usual wording already says them
    if all(t.lower_ in adults or family(t) or has_child and t.pos_ in ("PROPN", "AUX", "VERB") for t in (first, second)):
        return f"{first.text} and {second.text}"
    return ""


def said_to(message: str, addressee: str) -> str:
    """The message with "Mum or Dad", "Mum and Dad" said of the adult or adults the goal speaks to
    ("Gemma or Stefan", "Gemma and Stefan" where it speaks to two)."""
    if not message or not addressee:
        return message
    if " and " in addressee:
        either = addressee.replace(" and ", " or ", 1)
        return re.sub(r"\bMum and Dad\b", addressee, re.sub(r"\bMum or Dad\b", either, message))
    return re.sub(r"\bMum or Dad\b|\bMum and Dad\b", addressee, message)


# Round 33 (review33b, review33 P#4): a label of harm ("substance misuse", "domestic abuse") in a
# statement whose only carers are a grandparent or foster carers is not said of them unless its own
# sentence names them: a kinship or foster carer took the children in; the harm is most often the
# birth parents' ("Prior to the placement the children were exposed to substance misuse").
_KIN_CARERS = ("Nan", "Gran", "Granny", "Grandma", "Nana", "Nanna", "Nanny", "Nani", "Dadi", "Grandad",
               "the foster carers")
_KIN_WORDS = re.compile(_GRAN.pattern + "|" + _GRANDAD.pattern + "|" + _FOSTER.pattern, re.I)


def said_of_the_adult(message: str, text: str, sentence: str) -> str:
    """A label's advice with "Mum or Dad" said as "the adult" where the statement's only carers are
    kin or foster carers that the label's sentence does not name; the message unchanged otherwise."""
    if not message or not _PHRASES.search(message):
        return message
    who = carers(text)
    if not who or not all(w in _KIN_CARERS for w in who) or _KIN_WORDS.search(sentence):
        return message
    return re.sub(r"\bMum or Dad\b|\bMum and Dad\b", "the adult", message)


_UNBORN = re.compile(r"\bunborn\b|\bpregnan\w*|\bexpecting\b|\bmidwife\b|\bantenatal\b|\bis due\b|\bdue in\b"
                     r"|\bdue date\b|\bwhen (?:the|her|their) baby is born\b|\bbefore (?:the|her) baby is born\b", re.I)
_OTHER_CHILDREN = re.compile(r"\b(?:children|kids|siblings|son|sons|daughter|daughters|brothers?|sisters?|"
                             r"toddler|twins|boys|girls|young people)\b|\(\s*\d{1,2}\s*\)|\b(?:aged|age)\s+\d", re.I)


def only_an_unborn_baby(ctx) -> bool:
    """Round 33: the statement's only child is a baby not yet born: it says so, names no child the
    people reading holds on evidence other than being unborn, and has no word for other children."""
    text = ctx.text
    if not _UNBORN.search(text) or _OTHER_CHILDREN.search(text):
        return False
    from .analysis import people

    return all("born" in p.evidence or p.name.startswith("Baby") for p in people(ctx).children)
