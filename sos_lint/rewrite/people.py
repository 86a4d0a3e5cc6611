"""Who the child is, for the rewrite's questions: read from the shared people analysis.

sos_lint.people reads every name once per parsed text, for the rules, the scaffold and the
rewrite alike. The rewrite names a child in a question ("[What does Noor see, hear or feel?]",
"Mum, you and Noor need …") only when that reading is sure: a name with an age, a child's
things, a child's relation, or the settings' child name. A name the analysis calls a child only
because nothing says otherwise ("named in the statement") is named here only where the words
around it show a child being cared for ("caring for Rocky", "leave Willow alone") or going to
school ("Willow will tell her teacher"): naming an adult as the child ("Mum, you and Dean need")
loses a practitioner's trust, and a visible "[child's name]" only asks for a word.
"""
from __future__ import annotations

import re

from ..people import first_names, people as read_people, words as people_words, written_as_baby
from ..people.kin import relative_of_the_child
from ..people.said import _ABSTRACT, _CARE_VERBS, _CARED_STATES, _NOT_A_CHILD, _SCHOOL_NOUNS, child_predicate

_CALENDAR = people_words()["calendar"]
_DEFAULT = "named in the statement"  # the analysis's evidence when nothing but the name was seen
_SIBLINGS = {"sister", "brother", "sibling", "cousin"}  # an adult too: "Her sister Dawn will help"


def is_name(token) -> bool:
    """Whether a token is a person's or pet's name, as the shared analysis reads it."""
    return token.i in read_people(token.doc).name_tokens


def is_person_name(token) -> bool:
    """A name the shared analysis reads as a person's or a pet's, not a place's or a document's
    ("Regulation 24", "Oakfield Road" are names, not people)."""
    return read_people(token.doc).role_of(token) is not None


def is_adult_name(token) -> bool:
    """Whether the shared analysis reads a name as an adult's ("Kyle Dunn (24)", "Mum's partner Dean")."""
    return read_people(token.doc).role_of(token) == "adult"


def acts_as_adult(token) -> bool:
    """A name that is the subject of "will …" or follows a title: the one who acts, an adult."""
    if token.i and token.doc[token.i - 1].lower_.rstrip(".") in _ADULT_BEFORE:
        return True
    # Round 34 (review34d D#10): the subject of a passive is done to, not the one who acts ("Jayden
    # and Lily will be kept safe", "Harvey will be given a coat"): not an adult's sign.
    return token.dep_ == "nsubj" and any(c.lower_ in _MODALS for c in token.head.children)


_CHILD_NOUNS = {"school", "nursery", "teacher", "bedroom", "bottle", "cot", "class", "homework", "classroom",
                "head", "arm", "arms", "leg", "face", "dance", "club", "college", "nappy", "pram", "buggy",
                "needs", "wellbeing", "development", "milestones", "immunisations", "attendance", "bedtime"}
_CARED_FOR_BY = {"for", "after", "at", "to", "towards", "over"}
_IMPACT = {"impact", "affect", "effect"}
_ENSURE = {"ensure", "sure", "check"}  # "make sure" parses with "sure" as the head


def _cared_for(token) -> bool:
    """Words around a name that show a child: a child's things ("Jade's nursery"), being cared
    for, hurt or collected by an adult ("caring for Rocky", "leave Willow alone"), or going to
    school ("Willow will tell her teacher", "Ana needs to start school")."""
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].tag_ == "POS" and doc[token.i + 2].lower_ in _CHILD_NOUNS:
        return True
    anchor = token
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
        anchor = anchor.head
    head = anchor.head
    if anchor.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in _CARE_VERBS:
        return True
    if anchor.dep_ == "pobj" and head.lower_ in _CARED_FOR_BY and head.head.lemma_.lower() in _CARE_VERBS | _CHILD_NOUNS:
        return True  # "caring for Rocky", "shouted at Noor"; not "left her with Dean" (the one left with is an adult)
    # "impacting on Amber's wellbeing", "affects Jo": the one a worry's harm lands on is the child.
    landed = head if anchor.dep_ == "poss" else anchor
    if landed.dep_ == "pobj" and landed.head.lower_ in ("on", "upon") \
            and landed.head.head.lemma_.lower() in _IMPACT or landed.dep_ == "dobj" and landed.head.lemma_.lower() in _IMPACT:
        return True
    if anchor.dep_ in ("nsubj", "nsubjpass") and head.dep_ == "ccomp" and head.head.lemma_.lower() in _ENSURE \
            and (head.lemma_.lower() in _CARE_VERBS | {"feed", "wash"} or any(
                c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in _CARED_STATES for c in head.children)):
        return True  # "ensure May is safe", "make sure Maisie and Alfie do not go hungry": the one kept safe
    if child_predicate(token):
        return True
    if anchor.dep_ == "nsubj":
        verbs = [head] + [c for c in head.children if c.dep_ == "xcomp"]
        if any(c.dep_ == "dobj" and (c.pos_ in ("PRON", "PROPN")) for v in verbs for c in v.children):
            return False  # "Dean will take Ivy to school": the one who takes is not the child
        for verb in verbs:
            for child in verb.children:
                nouns = [child] if child.dep_ == "dobj" else [g for g in child.children if g.dep_ == "pobj"] \
                    if child.dep_ == "prep" else []
                if any(n.lemma_.lower() in _SCHOOL_NOUNS and all(p.pos_ == "PRON" for p in n.children if p.dep_ == "poss")
                       for n in nouns):
                    return True
    return False




def _aged_elsewhere(doc, name: str) -> bool:
    """The same name with a child's age in brackets somewhere in the text ("June (2)"), a
    mention the model may have read as a date ("June 2")."""
    for token in doc:
        if token.text != name or token.i + 3 >= len(doc):
            continue
        opening, age, closing = doc[token.i + 1], doc[token.i + 2], doc[token.i + 3]
        if opening.text == "(" and closing.text == ")" and age.text.isdigit() and int(age.text) < 18:
            return True
    return False


def in_title(token) -> bool:
    """A capitalised word in a run of three or more ("the Public Law Outline", "Incredible Years
    Programme"): the name of a thing, not a person's name to keep or ask about."""
    doc, i, j = token.doc, token.i, token.i
    while i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha and not doc[i].is_sent_start:
        i -= 1
    while j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha and not doc[j + 1].is_sent_start:
        j += 1
    return j - i >= 2 and not any(t.lower_ in first_names() for t in doc[i: j + 1])  # "Mary Jo Smith" is a person


def in_placeholders(doc) -> set[int]:
    """Tokens inside the rewrite's own [questions]: "[What did …]" names nobody."""
    inside, depth = set(), 0
    for t in doc:
        opens, closes = t.text.count("["), t.text.count("]")
        if depth > 0 or opens or closes:
            inside.add(t.i)
        depth = max(depth + opens - closes, 0)
    return inside


_ADULT_BEFORE = {"mr", "mrs", "ms", "miss", "mx", "dr", "grandad", "grandma", "nan", "nana", "gran", "uncle",
                 "auntie", "aunt", "aunty", "partner", "boyfriend", "girlfriend", "stepdad", "stepfather",
                 "brother", "sister", "worker", "teacher", "officer", "pc", "dc"}
_MODALS = {"will", "must", "should", "shall", "would", "'ll"}


def _written(doc, start: int, end: int) -> str:
    """The name as the draft writes it, a double-barrelled name whole ("Ellie-Mae", "Ka-Ho")."""
    after = re.match(r"(?:-[A-Z][a-z]+)+", doc.text[end:])
    before = re.search(r"(?:[A-Z][a-z]+-)+$", doc.text[:start])
    return doc.text[start - (len(before.group(0)) if before else 0): end + (after.end() if after else 0)]


_ADULT_VERBS = {"hit", "hurt", "push", "slap", "kick", "punch", "threaten", "grab", "choke", "strangle", "beat",
                "attack", "assault", "abuse", "control", "pose", "drink", "smoke", "supply", "sell", "groom",
                "exploit", "deal", "rape", "drive"}
_LET_IN = {"allow", "let", "invite", "admit", "ban", "bar"}
_WITH_ADULT = {"associate", "contact", "relationship", "leave", "involve", "stay", "live"}
_GO_BACK = {"return", "reconcile"}  # going back to someone: to a partner, or a child to a carer
_HOMES = {"house", "home", "flat", "property", "address", "bedroom"}
_ADULT_THINGS = {"address", "partner", "girlfriend", "boyfriend", "wife", "husband", "drinking", "drug", "drugs",
                 "car", "van", "job", "work", "probation", "licence", "sentence", "conviction", "convictions"}


def _adult_cue(token) -> bool:
    """Words around a name that show an adult: acting in a goal ("Wayne must accept", "Nicole to
    treat Leah"), doing harm ("the risk Scott poses"), being let in or kept away ("allow Dean to
    stay", "associating with Jamal"), or an adult's things ("Keith's address")."""
    anchor = token
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
        anchor = anchor.head  # "Dad and Leanne will stop smoking"
    head = anchor.head
    if acts_as_adult(anchor) or acts_as_adult(token):
        return True
    if any(c.pos_ in ("VERB", "AUX") and c.i > anchor.i and any(g.tag_ == "TO" for g in c.children)
           for c in anchor.children):
        return True  # "Nicole to treat Leah …" read as a noun with a "to" clause: the plan's doer
    if anchor.dep_ == "nsubj" and (any(c.tag_ == "TO" for c in head.children) or head.lemma_.lower() in _ADULT_VERBS):
        return True
    if anchor.dep_ in ("dobj", "nsubj") and (head.lemma_.lower() in _LET_IN or head.head.lemma_.lower() in _LET_IN
                                             and head.dep_ in ("xcomp", "ccomp")):
        return True
    if anchor.dep_ == "nsubjpass" and head.lemma_.lower() in _LET_IN:
        return True  # Round 34: "Dean will not be allowed to stay over": the one let in or kept out
    if anchor.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() in _WITH_ADULT:
        return True
    if anchor.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in _GO_BACK:
        return True  # Round 38 (review38p P#2): "not returning to Bilal": the one gone back to is a partner or carer
    if anchor.dep_ == "nsubj" and head.lemma_.lower() in ("be", "come", "stay", "visit", "go") \
            and any(c.dep_ == "neg" for c in head.children) \
            and any(g.lemma_.lower() in _HOMES for c in head.children if c.dep_ in ("prep", "advmod")
                    for g in c.subtree):
        return True  # "make sure Darren is not in the house": the one kept out is an adult
    return anchor.dep_ == "poss" and head.lemma_.lower() in _ADULT_THINGS


def _named_by_default(mentions) -> bool:
    """A name the analysis calls a child with nothing else to go on, read as one here only
    where it is a name at all (not "Triple P", "Moses basket", "DNAs", a month, or a word that
    has its capital only from starting the sentence) and nothing around it says adult."""
    for token in mentions:
        if sum(ch.isupper() for ch in token.text) > 1 or token.lower_ in _CALENDAR:
            return False  # "DNAs"; "between May and August": a month with nothing to show a child
        head = token
        while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i and head.head.i > head.i:
            head = head.head  # "Triple P parenting programme", "Moses basket", "Type 1 diabetes": a thing's name
        if head is not token and head.pos_ == "NOUN" and head.text[:1].islower():
            return False
        if head is not token and len(head.text) == 1 and head.text.isupper():
            return False  # "such as Triple P": a programme's name ends in a letter, a person's does not
        if _adult_cue(token):
            return False
    word = mentions[0].lower_
    if all(t.is_sent_start for t in mentions) and word.endswith(_ABSTRACT) and word not in first_names():
        return False  # "Attendance is a concern": an abstract noun with the sentence's capital
    return True


def children(doc, configured=()) -> list[str]:
    """The children the statement surely names, in order of first mention."""
    found = read_people(doc, tuple(configured))
    asked = in_placeholders(doc)
    out, by_default = [], []
    for person in found.children:
        mentions = [doc[i] for i in person.tokens if i not in asked]
        if not mentions or all(in_title(t) for t in mentions):
            continue  # "the Public Law Outline" is a thing's name
        evidence = person.evidence.lower()
        default = evidence == _DEFAULT and not any(_cared_for(t) for t in mentions) \
            and not _aged_elsewhere(doc, mentions[0].text)
        if default and not _named_by_default(mentions):
            continue
        if evidence.split()[-1:] and evidence.split()[-1] in _SIBLINGS and any(acts_as_adult(t) for t in mentions):
            continue  # "Her sister Dawn will help": an aunt to the child, not the child
        if any(relative_of_the_child(t) for t in mentions):
            continue  # round 40 (W#1): "the sister of the child, Rufaro (14)" is not "the child"
        first = next(span for span, i in zip(person.spans, person.tokens) if i not in asked) \
            if len(person.spans) == len(person.tokens) else person.spans[0]
        name = _written(doc, *first) if " " not in person.name else person.name
        if " " not in name and written_as_baby(doc.text, person) != person.name:
            name = written_as_baby(doc.text, person)  # Round 41 (r41d, review41m M#5): "Baby Ahmed", not "Ahmed"
        chosen = by_default if default else out
        if name not in out + by_default:
            chosen.append(name)
    # A name with nothing but itself to go on joins only when no child is surely named: beside
    # "Charlie's teacher", "when Wayne is there" is more likely the adult.
    # Round 34 (review34d D#10): the children the heading names ("Safety goal 7 - Grace and Noah")
    # come first, each once, whether or not the statement names them again.
    given = list(found.given)
    return given + [n for n in out or by_default if n.split("-")[0].lower() not in {g.lower() for g in given}]


def child_name(doc, configured=()) -> str:
    """The one child the statement surely names, or "" when it names none or several."""
    names = children(doc, configured)
    return names[0] if len(names) == 1 else ""


def label(names: list[str]) -> str:
    """The children as a question names them: "Ivy", "Ivy and Ray", "Ivy, Ray and Jo"."""
    if not names or len(names) > 4:
        return ""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]




_DUTIES = {"protect", "safeguard"}
_OWN_TIES = {"relationship", "partner", "boyfriend", "girlfriend", "husband", "wife"}


def a_carers_duty(verb) -> bool:
    """Round 40 (review40c C#1): "Joy has chosen to put her relationship before Summer and Will and
    has failed to protect them": the phrase blames a parent (her own partner put before the children,
    a duty to protect others), so its subject is an adult, not the exploited child the question
    would ask about. "Hope is in a sexual relationship with a man" is not this: no possessive tie."""
    for t in verb.subtree:
        if t.lemma_.lower() in _DUTIES:
            return True
        if t.lemma_.lower() in _OWN_TIES and any(c.dep_ == "poss" and c.lower_ in ("her", "his", "their")
                                                  for c in t.children):
            return True
    return False


def blamed_child(doc, report) -> str:
    """The young person a victim-blaming phrase is said of ("Jade has made a lifestyle choice …",
    SOS306): the check's finding names the one who is being exploited, a child by definition.
    "" when the phrase has no named subject."""
    for finding in report.findings:
        if finding.code != "SOS306":
            continue
        span = doc.char_span(finding.start, finding.end, alignment_mode="expand")
        if span is None:
            continue
        for verb in [span.root, *span.root.ancestors]:  # the clause the phrase is said in, then the ones above
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or subject.i in range(span.start, span.end) or not subject.text[:1].isupper():
                continue
            if subject.is_alpha and subject.text[1:].islower() and subject.lower_ not in _NOT_A_CHILD \
                    and not acts_as_adult(subject) and not in_title(subject) and not a_carers_duty(verb):
                return subject.text
            break
    return ""
