"""Round 34 (review34q Q#1): a child's name that is also a word, opening a goal's sentence.

"Grace to have a clean, warm bed and clean clothes every day", "Precious will have breakfast
every morning", "Sky will go to bed by 8pm": the shorthand and the plain future a goal uses for
what the child will have or be. The tagger reads such a word as a noun, an adjective or a verb
("Hope to have…" makes "Hope" the sentence's verb), so no reading that asks for a subject sees it;
a QA lead found the same goal told "No child is mentioned" (an error, capped at 3.2) for Grace,
Hope, Summer, Honey, Rose, Ruby, Sky, Will, Blessing and Precious, and scored 7.9 for Aisha.

Read here from the words' order, not the parse: a capitalised word opening its sentence, then
"to", a modal ("will", "can", "should"…) or "is going to", then a verb of having, going or being,
whose words name what a child is given day to day (breakfast, a clean bed, school uniform, bed by
8pm, school) or a cared-for state (safe, warm, fed). Not when those words give the care to
someone else ("Faith will have the children ready for school", "Hope will get breakfast for
Kai"): then the opener is the one who cares, an adult (``adult_signs`` and the deeds read that).
"""
from __future__ import annotations

from .said import _ABSTRACT, _CHILDREN_WORDS, _NOT_A_CHILD

# What a child has day to day, as a goal names it.
_DAILY_CARE = frozenset((
    "breakfast", "lunch", "tea", "dinner", "supper", "meal", "meals", "snack", "snacks", "food", "milk", "bottle",
    "bottles", "feeds", "bed", "beds", "bedtime", "cot", "bedroom", "room", "clothes", "uniform", "nappy", "nappies",
    "coat", "shoes", "bath", "baths", "toys", "routine", "lunchbox", "medicine", "inhaler", "checkups", "check-ups",
))
# Where a child goes day to day ("go to school", "get to nursery on time").
_CHILD_GOES = frozenset(("school", "nursery", "college", "bed", "sleep", "playgroup", "preschool", "pre-school"))
_HAVING = frozenset(("have", "get", "eat", "wear", "receive", "sleep", "take"))
_GOING = frozenset(("go", "get", "arrive", "be"))
_BEING = frozenset(("be", "feel", "stay", "keep", "remain", "sleep"))
# States a goal wants for a child, not an adult's own aims ("calm", "clean", "confident", "happy"
# and "ready" are said of adults too: "Dean will stay calm", "Kelly will be clean").
_CARED_FOR = frozenset(("safe", "warm", "fed", "dry", "washed", "dressed", "supervised", "cared", "loved", "listened",
                        "settled", "rested", "secure"))
_DAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend"))
_MODALS = frozenset(("will", "can", "should", "must", "would", "could", "shall", "may"))
# Words that give the care to someone else: the opener is then the one who gives it.
_OTHERS = frozenset(("for", "him", "them", "children", "kids", "baby", "boys", "girls",
                     "twins", "siblings", "brother", "sister", "ready"))


def _verb_after(token):
    """The verb that the goal's shorthand or future hangs on the opener: "X to have",
    "X will (always) have", "X is going to have"; None otherwise."""
    doc = token.doc
    k = token.i + 1
    end = token.sent.end
    if k + 1 < end and doc[k].lower_ == "to" and doc[k + 1].tag_ == "VB":
        return doc[k + 1]
    if k + 1 < end and doc[k].lower_ in _MODALS:
        j = k + 1
        while j < end - 1 and doc[j].tag_ == "RB" and doc[j].lower_ != "not":
            j += 1  # "will always have", "will now go"
        return doc[j] if doc[j].tag_ == "VB" else None
    if k + 3 < end and doc[k].lower_ in ("is", "are") and doc[k + 1].lower_ == "going" and doc[k + 2].lower_ == "to" \
            and doc[k + 3].tag_ == "VB":
        return doc[k + 3]
    return None


def _name_like_opener(token) -> bool:
    """A word written like a name ("Grace", not "GRACE" or "McKay") opening its sentence, and not a
    family word, a word for children or a noun of a process ("Attendance")."""
    if token.i != token.sent.start or not token.is_alpha or not token.text[:1].isupper() \
            or not token.text[1:].islower():
        return False
    lower = token.lower_
    return not (lower in _NOT_A_CHILD or lower in _CHILDREN_WORDS or lower.endswith(_ABSTRACT))


def cared_for_at_opening(token, states: bool = True) -> bool:
    """A capitalised word opening its sentence that a goal's shorthand or future gives a child's
    daily care or (with `states`) a cared-for state (module docstring). Without `states`, only
    what the child will have or where they go to sleep: "Zoe will be safe" names a child, but is
    a wish, not the child's day (the parts read it so)."""
    if not _name_like_opener(token):
        return False
    verb = _verb_after(token)
    if verb is None:
        return False
    window = []
    for t in token.doc[verb.i + 1: token.sent.end]:
        if t.is_punct and t.text in (";", ":") or t.lower_ in ("so", "because", "while", "but") or t.tag_ == "MD":
            break  # the next clause says something else ("…, so that Mum can rest")
        window.append(t)
    words = {t.lower_ for t in window}
    if words & _OTHERS or any(t.lower_ == "her" and t.dep_ != "poss" for t in window) or any(t.text[:1].isupper() and t.text[1:].islower() and t.pos_ == "PROPN" and t.dep_ != "compound"
                                    and t.lower_.rstrip("s") not in _DAYS for t in window):
        return False  # the care given to someone else ("for Kai", "the children ready")
    lemma = verb.lemma_.lower() if verb.lemma_ else verb.lower_
    first = window[0].lower_ if window else ""
    if lemma in _HAVING and words & _DAILY_CARE:
        return True  # "Grace to have a clean, warm bed", "Precious will have breakfast"
    if lemma in _GOING and first == "to" and len(window) > 1 and window[1].lower_ in _CHILD_GOES:
        return states or window[1].lower_ in ("bed", "sleep")  # "Sky will go to bed by 8pm", "Honey to get to school"
    if states and lemma in _BEING and window and window[0].lower_ in _CARED_FOR:
        return True  # "Ruby to be safe and warm", "Rose will feel calm"
    return False


# A person's state, as a worry says it was seen ("Hope was observed to be unkempt and hungry").
_PERSON_STATES = frozenset(("unkempt", "dishevelled", "grubby", "smelly", "hungry", "bruised", "injured", "withdrawn",
                            "distressed", "tearful", "upset", "scared", "frightened", "underweight", "tired",
                            "exhausted", "anxious", "sad", "lonely", "crying", "limping", "sore", "cold", "wet",
                            "soiled"))
_SEEN = frozenset(("observed", "seen", "noted", "found", "reported", "described", "said", "thought"))
_HARMED = frozenset(("hit", "hurt", "slapped", "smacked", "kicked", "punched", "pushed", "bitten", "burnt", "burned",
                     "shaken", "beaten", "strangled", "choked", "grabbed", "shoved", "thrown", "assaulted"))
_BY_A_PERSON = frozenset(("mum", "dad", "mother", "father", "nan", "gran", "grandad", "stepdad", "stepmum", "partner",
                          "brother", "sister", "her", "his", "their", "an", "another", "someone", "somebody"))
_BODY = frozenset(("arm", "arms", "face", "head", "leg", "legs", "back", "neck", "hand", "hands", "cheek", "ear", "eye",
                   "chest", "body", "bottom", "shoulder", "stomach", "wrist"))


def seen_as_a_person_at_opening(token) -> bool:
    """Round 34 (review34q Q#1, the worry's frame): a capitalised word opening its sentence that
    was seen in a person's state ("Hope was observed to be unkempt", "Blessing was seen to be
    hungry and tearful") or hit on the body or by someone ("Precious was hit on the arm", "Will
    was pushed by Dad"). Not a thing's word ("Attendance was hit by…": nouns of a process)."""
    if not _name_like_opener(token):
        return False
    doc, end = token.doc, token.sent.end
    k = token.i + 1
    if k + 1 >= end or doc[k].lower_ not in ("was", "were", "is", "has", "had"):
        return False
    j = k + 1
    if doc[j].lower_ == "been":
        j += 1
    if j >= end:
        return False
    if doc[j].lower_ in _SEEN and j + 3 < end and doc[j + 1].lower_ == "to" and doc[j + 2].lower_ == "be":
        return doc[j + 3].lower_ in _PERSON_STATES  # "was observed to be unkempt"
    if doc[j].lower_ in _HARMED and j + 2 < end:
        nxt, after = doc[j + 1].lower_, doc[j + 2]
        if nxt in ("on", "in", "across") and after.lower_ in ("the", "her", "his") and j + 3 < end:
            return doc[j + 3].lower_ in _BODY  # "was hit on the arm"
        return nxt == "by" and (after.lower_ in _BY_A_PERSON
                                or after.text[:1].isupper() and after.pos_ == "PROPN")  # "was pushed by Dad"
    return False
