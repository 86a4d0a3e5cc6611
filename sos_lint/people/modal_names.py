"""Round 32 (review32b, two practitioners' trials): a name that is also a modal verb.

"Will", "May" and their like are read by the tagger as modal verbs ("when Will/MD has been
drinking", "saw Will/MD push Mum", "Will/MD shouts at Mum"), so no reading that asks for the
name as a subject of its verb sees what the person does. Here the verb such a name hangs on as
an auxiliary is read as the name's own verb, and what only an adult does there shows an adult:
drinking or driving (``roles._ADULT_DEEDS``), being "under the influence", cutting down one's
drinking, harming Mum, Dad or another adult of the family, or being aggressive towards them.

One mention's deed holds for every mention of the name (the reader's ``adults_by_deeds``).
A child's name that is a modal verb keeps its reading where nothing of the kind is said of it
("Will was not brought to his appointment", "May hid under the table").
"""
from __future__ import annotations

from .wordlists import _HARM_VERBS, _cased, line_start, words

# Modal verbs that are also given names.
MODAL_NAMES = frozenset(("will", "may", "might", "can"))
# Drink and drugs said as the object of what one cuts down or stops ("reduce his drinking").
_DRINK_WORDS = frozenset(("drinking", "drink", "alcohol", "drugs", "cannabis", "use"))
# Being aggressive or violent towards someone.
_HOSTILE = frozenset(("aggressive", "violent", "abusive", "threatening", "controlling", "hostile"))
_TOWARDS = frozenset(("towards", "toward", "to", "at", "with"))


def modal_name_verb(token):
    """The verb a capitalised modal word written as a name stands as the subject of: the
    verb it hangs on as an auxiliary, when that verb has no subject of its own; None otherwise
    (and for a word opening a question, "Will Mum…?")."""
    if token.lower_ not in MODAL_NAMES or not _cased(token) or token.dep_ not in ("aux", "nsubj"):
        return None
    verb = token.head
    if verb.i == token.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i != token.i
                                and not (c.lower_ == "that" and c.i == token.i - 1)  # "worried that Will/MD shouts"
                                for c in verb.children):
        return None
    if token.i == token.sent.start:
        # Opening its sentence: a name only where another modal or auxiliary follows ("Will will…",
        # "Will has been…", "May shouts…"); "Will Mum ring…?" is a question.
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if nxt is None or not (nxt.tag_ in ("MD", "VBZ", "VBD", "VBP") and nxt.dep_ in ("aux", "ROOT", "ccomp")
                               or nxt.i == verb.i):
            return None
    return verb


# Harm verbs beyond the shared list that only say more of the same ("shove", "smack").
_MORE_HARM = frozenset(("shove", "smack", "strike", "throttle", "spit", "swear", "slam", "throw", "belittle"))


def _adult_word(token, adult_family) -> bool:
    """Mum, Dad or another adult of the family; or "her"/"him" in a sentence that opens with one
    ("Mum told the GP that Will has been abusive towards her")."""
    if token.lower_ in adult_family or token.lemma_.lower() in adult_family:
        return True
    if token.lower_ in ("her", "him"):
        opener = next((t for t in token.sent if t.dep_ == "nsubj"), None)
        return opener is not None and opener.i < token.i and opener.lower_ in adult_family
    return False


def modal_name_adult(token, adult_family, adult_deeds) -> str:
    """What is said of a modal word read as a name shows an adult: the evidence, or ""."""
    verb = modal_name_verb(token)
    if verb is None:
        return ""
    lemma = verb.lemma_.lower()
    if lemma in adult_deeds or verb.lower_ in ("drinking", "drunk"):
        return f"{verb.text}: an adult's deed"  # "when Will has been drinking"
    children = list(verb.children)
    for c in children:
        if c.dep_ == "dobj" and c.lower_ in _DRINK_WORDS:
            return f"{verb.text} {c.text}: an adult's deed"  # "Will will reduce his drinking"
        if c.dep_ == "prep" and c.lower_ == "under" and any(g.lemma_.lower() == "influence" for g in c.children):
            return "under the influence"
        if c.dep_ == "acomp" and c.lower_ in _HOSTILE:
            # "Will has been verbally aggressive towards Mum"
            for p in (g for g in c.children if g.dep_ == "prep" and g.lower_ in _TOWARDS):
                if any(_adult_word(o, adult_family) for o in p.children if o.dep_ == "pobj"):
                    return f"{c.text} towards an adult of the family"
    if lemma in _HARM_VERBS or lemma in _MORE_HARM:
        for c in children:
            objects = [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else []
            if any(_adult_word(o, adult_family) for o in objects):
                return "does harm to an adult of the family"  # "saw Will push Mum", "Will shouts at Mum"
        if any(c.dep_ == "dobj" for c in children) and _while_pregnant(verb):
            # Round 41 (r41d, review41m M#2): "Will hit Grace in the stomach …, when she was 30 weeks
            # pregnant with their baby": harm to a woman carrying a baby
            return "does harm to a pregnant woman"
    return _carried_grown_deed(token, verb, adult_deeds)


def _while_pregnant(verb) -> bool:
    """Round 41 (r41d): the harm is done "when she was … pregnant" (a clause of the verb whose
    subject is "she" and which says "pregnant")."""
    return any(c.dep_ == "advcl" and any(g.dep_ == "nsubj" and g.lower_ == "she" for g in c.children)
               and any(g.lower_ == "pregnant" for g in c.children) for c in verb.children)


def _carried_grown_deed(token, verb, adult_deeds) -> str:
    """Round 39 (r39d): what only a grown-up does, said through the verbs the modal name carries its
    subject to ("Will will stop drinking", "May will keep up with her rent") or in a clause whose
    "he"/"she" is the name, with nobody else named between ("Will will stop drinking before he
    drives his car"): drinking, driving or another adult's deed (``roles._ADULT_DEEDS``), paying the
    rent or the bills, staying sober (``said``). A child's own acts ("Will will go to bed by nine")
    say nothing."""
    from .said import _grown_deed, _household_affairs, _sobriety

    doc = token.doc
    verbs, k = [verb], 0
    while k < len(verbs) and len(verbs) < 8:
        for c in verbs[k].children:
            if c.pos_ not in ("VERB", "AUX"):
                continue
            own = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
            if c.dep_ in ("xcomp", "conj", "pcomp") and not own:
                verbs.append(c)
            elif c.dep_ == "advcl" and len(own) == 1 and own[0].lower_ in ("he", "she") and not any(
                    _cased(t) and t.pos_ == "PROPN" for t in doc[token.i + 1: own[0].i]):
                verbs.append(c)  # "… before he drives his car": the name's own clause
        k += 1
    for v in verbs:
        if v is not verb and (v.lemma_.lower() in adult_deeds or v.lower_ in ("drinking", "drunk")):
            return f"{v.text}: an adult's deed"
        said = _grown_deed(v) or _sobriety(v) or _household_affairs(v)
        if said:
            return f"{said}: an adult's deed"
    return ""


# Round 32 (review32b): what a worker or another grown-up does for the one a goal speaks to.
_MEETS_VERBS = frozenset(("meet", "collect", "pick", "supervise", "check", "mentor"))


def _addressed_names(doc) -> set:
    """Names a statement speaks to at a sentence's opening together with a parent or carer
    ("Jayden, you and Mum need…"; not "Dad, you will…", nor "Gary, you will…")."""
    found = set()
    family = words()["adult_family"]
    for sent in doc.sents:
        k = sent.start
        if k + 4 < len(doc) and _cased(doc[k]) and doc[k].lower_ not in family and doc[k + 1].text == "," \
                and doc[k + 2].lower_ == "you" and doc[k + 3].lower_ == "and" and doc[k + 4].lower_ in family:
            found.add(doc[k].lower_)
    return found


_NEEDING = frozenset(("need", "needs", "want", "wants"))


def _goal_children(doc) -> set:
    """Round 38 (r38d; review37x X#9): the child a goal is for, named beside "you" where the goal
    opens on those it speaks to: "Leanne and Gareth, you and Kayden need…", "Bernadette, you and
    Will need Will to…". Only a bare name joined to "you" by "and" straight before "need" or
    "want", after a comma (the names before it are spoken to), and no word for a family member
    ("you and Mum need…": Mum)."""
    found = set()
    family = words()["adult_family"]
    for k in range(3, len(doc) - 1):
        if doc[k + 1].lower_ in _NEEDING and doc[k - 1].lower_ == "and" and doc[k - 2].lower_ == "you" \
                and doc[k - 3].text == "," and _cased(doc[k]) and doc[k].lower_ not in family:
            found.add(doc[k].lower_)
    return found


def meets_the_one_spoken_to(token) -> str:
    """A bare name that is the subject of meeting, collecting, picking up, supervising or
    checking on "you" in a statement that speaks to another name beside a parent ("Jayden, you
    and Mum need… Daniel will meet you every Thursday"): the one spoken to with Mum is the
    child, and who meets, collects or supervises that child is a grown-up (a worker, a
    relative). Returns the evidence, or ""."""
    doc = token.doc
    if token.dep_ != "nsubj" or not _cased(token) or token.lower_ in MODAL_NAMES:
        return ""
    verb = token.head
    if verb.lemma_.lower() not in _MEETS_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return ""
    addressed = _addressed_names(doc)
    if not addressed or token.lower_ in addressed:
        return ""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ in ("prep", "prt") for g in c.children if g.dep_ == "pobj"]
    if any(o.lower_ == "you" for o in objects):
        return f"{verb.text} the one the goal speaks to"
    return ""


def meets_the_goals_child(token) -> str:
    """Round 38 (r38d; review37x X#9): a bare name that is the subject of meeting, collecting,
    picking up, supervising, checking on or mentoring the child a goal is for ("Leanne and Gareth,
    you and Kayden need… Tomasz will meet Kayden at the boxing gym on Tuesdays"): one of the
    grown-ups the goal arranges around the child, as ``meets_the_one_spoken_to`` reads it for
    "you". Not the goal's child itself, nor a deed said as not done ("will not meet"). Returns the
    evidence, or ""."""
    if token.dep_ != "nsubj" or not _cased(token) or token.lower_ in MODAL_NAMES:
        return ""
    verb = token.head
    if verb.lemma_.lower() not in _MEETS_VERBS or any(c.dep_ == "neg" for c in verb.children) \
            or not any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in verb.children):
        return ""
    children = _goal_children(token.doc)
    if not children or token.lower_ in children:
        return ""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ in ("prep", "prt") for g in c.children if g.dep_ == "pobj"]
    child = next((o for o in objects if o.lower_ in children), None)
    return f"{verb.text} {child.text}, the child the goal is for" if child is not None else ""


def spoken_to_beside_the_goals_child(token) -> str:
    """Round 38 (r38d; review37x X#9): one name opening a goal's line, closed by a comma and then
    "you and <name> need/want", where the sentence goes on to want something for that other name
    ("Bernadette, you and Will need Will to get to football safely"): the goal speaks to the grown-up
    beside the child it is for. Not where the other name is not said again as the one the goal
    wants things for ("Leo, you and Maisie need a quiet house": two children may be spoken to), nor
    a family word ("Kayla, you and Mum need…": Kayla is the child). Returns the evidence, or ""."""
    doc = token.doc
    k = token.i
    if k != line_start(token) or not _cased(token) or k + 5 >= len(doc) or doc[k + 1].text != "," \
            or doc[k + 2].lower_ != "you" or doc[k + 3].lower_ != "and" or doc[k + 5].lower_ not in _NEEDING:
        return ""
    other = doc[k + 4]
    if not _cased(other) or other.lower_ == token.lower_ or other.lower_ in words()["adult_family"]:
        return ""
    again = next((t for t in doc[k + 6: token.sent.end] if t.lower_ == other.lower_), None)
    if again is None or again.i != k + 6:
        return ""  # "need Will to…": the name straight after the verb, as whom it is wanted for
    return f"spoken to beside {other.text}, the child the goal is for"
