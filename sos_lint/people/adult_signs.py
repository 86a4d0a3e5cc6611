"""Round 33 (review33b, three users' trials: review33 P#4, review33q Q#3, review33d D#3/D#5): what
is said of a name that only an adult can be, read from the parse.

Each practitioner draft that named an adult as the child had one of these, and none of them is
what a child does:
- going to a parent's meeting or service: the subject of attending, missing or failing to attend
  a conference, a core group, a parenting or perpetrator course ("Mohammed Iqbal and Aisha Iqbal
  failed to attend the ICPC"). Not a midwife's appointment: a pregnant girl may be the child;
- being drunk: the subject of what happens "when he was drunk";
- domestic abuse "between" two names ("domestic abuse between Grace and Will");
- an illness of old age said of the name ("Rose is in denial about her dementia");
- harm done to someone named in answer to that one's crying, wetting or waking ("Will hits Faith
  when she cries", "Liam Murphy hits Ellie when she cries at the school gates"): what a carer does
  to a child, said even where the tagger reads the name "Will" as a modal verb.
Carrying a baby ("the baby Grace is expecting", ``carries_the_baby``) only says the name is not
the baby (round 9 stands: a pregnant girl may be the child). ``baby_still_to_be_born`` reads a
statement about a baby to be born ("when the baby is born in May") as one whose child is unborn.
And, for two names joined as the subject of arguing or fighting beside a child named by age
("when Rose and Hunter argue, Hunter throws plates at Rose. Sky, who is 4,…"), the pair are the
adults (``arguing_pair``): asked by the reader only once a child is named on evidence.

``shared_adults`` carries an adult read on such evidence from one statement of a draft to the others
(the worry names "Nan Rose", the goal says only "Rose").
Each returns the evidence (a short phrase), or "".
"""
from __future__ import annotations

import re

from .modal_names import MODAL_NAMES, modal_name_verb
from .wordlists import _HARM_VERBS, _cased

# What a parent goes to: the word itself or one of its modifiers ("the ICPC", "her midwife
# appointments", "the parenting course", "the core group").
_PARENT_SERVICES = frozenset(("icpc", "rcpc", "conference", "conferences", "parenting", "perpetrator", "probation", "detox", "rehab", "methadone",
                              "core", "caba", "idva"))
_ATTEND_VERBS = frozenset(("attend", "miss", "skip"))
# Nouns "between" two partners may follow.
_CONFLICT_NOUNS = frozenset(("abuse", "violence", "argument", "arguments", "conflict", "incident", "incidents",
                             "row", "rows", "fighting", "fights", "dv"))
# Illnesses and states of old age.
_OLD_AGE = frozenset(("dementia", "alzheimer", "alzheimers", "alzheimer's", "frail", "frailty", "elderly",
                      "pension", "pensioner", "retired", "retirement", "menopause"))
# A child's distress or needs that a carer's harm answers ("when she cries").
_CHILD_NEEDS = frozenset(("cry", "scream", "wet", "soil", "wake", "whinge", "whine", "misbehave", "tantrum",
                          "sob"))
_MORE_HARM = frozenset(("shove", "smack", "strike", "shake", "throw", "pinch", "bite"))
_PREGNANT_VERBS = frozenset(("expect", "carry"))
_BABY_WORDS = frozenset(("baby", "babies", "pregnancy", "child", "twins"))
_ARGUE = frozenset(("argue", "fight", "row", "bicker", "quarrel"))
_PRONOUNS = frozenset(("she", "he", "they"))


def _subject_verb(token):
    """The verb the name is the subject of (through a list: "Mohammed Iqbal and Aisha Iqbal
    failed…"), or None."""
    anchor = token
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i and anchor.head.i < anchor.i:
        anchor = anchor.head
    if anchor.dep_ != "nsubj":
        if token.lower_ in MODAL_NAMES:
            return modal_name_verb(token)
        return None
    return anchor.head


def _verbs_of(verb):
    """The verb and those it carries the subject to ("failed to attend", "will keep … and attend")."""
    found, k = [verb], 0
    while k < len(found) and len(found) < 8:
        found += [c for c in found[k].children if c.dep_ in ("xcomp", "conj") and c.pos_ in ("VERB", "AUX")
                  and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
        k += 1
    return found


def carries_the_baby(token) -> str:
    verb = _subject_verb(token)
    if verb is not None:
        lemma = verb.lemma_.lower()
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if lemma in _PREGNANT_VERBS and (verb.dep_ == "relcl" and verb.head.lower_ in _BABY_WORDS
                                         or any(c.lower_ in _BABY_WORDS for c in objects)
                                         or not objects and verb.tag_ == "VBG" and token.i >= 1
                                         and token.doc[token.i - 1].lower_ in _BABY_WORDS
                                         and token.doc[token.i - 1].dep_ == "compound"):
            # "the baby Grace is expecting" (parsed "baby" as a compound of the name)
            return "carries the baby"  # "the baby Grace is expecting", "Grace is expecting a baby"
        if any(c.dep_ == "acomp" and c.lower_ == "pregnant" for c in verb.children):
            return "is pregnant"
    if token.dep_ in ("nsubj", "dobj") and token.head.pos_ in ("VERB", "AUX"):
        # "Will has hit Grace while she has been pregnant": "she", in a clause of the verb the name
        # is the subject or object of, is the one the name is (a woman named once in the clause)
        for clause in (c for c in token.head.children if c.dep_ == "advcl"):
            if any(c.dep_ == "nsubj" and c.lower_ == "she" for c in clause.children) and any(
                    c.dep_ == "acomp" and c.lower_ == "pregnant" for c in clause.children) and not any(
                    t.dep_ in ("nsubj", "dobj") and _cased(t) and t.pos_ == "PROPN" and t.i != token.i
                    for t in token.head.children):
                return "is pregnant"
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.lower_ in ("'s", "’s") and token.i + 2 < len(token.doc) \
            and token.doc[token.i + 2].lower_ in ("pregnancy", "bump"):
        return "her pregnancy"
    return ""


def _goes_to_a_parents_service(token) -> str:
    verb = _subject_verb(token)
    if verb is None:
        return ""
    for v in _verbs_of(verb):
        if v.lemma_.lower() not in _ATTEND_VERBS:
            continue
        for obj in (c for c in v.children if c.dep_ == "dobj"):
            said = [obj] + [c for c in obj.children if c.dep_ in ("compound", "amod", "nmod")]
            if any(w.lower_ in _PARENT_SERVICES for w in said):
                return f"{v.text} {obj.text}: a parent's meeting or service"
    return ""


def _between_partners(token) -> str:
    anchor = token
    while anchor.dep_ == "conj" and anchor.head.i < anchor.i:
        anchor = anchor.head
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "between":
        return ""
    noun = anchor.head.head
    if noun.lower_ in _CONFLICT_NOUNS or noun.lemma_.lower() in _CONFLICT_NOUNS:
        return f"{noun.text} between adults"
    return ""


def _others_in_sentence(token) -> bool:
    """Another person is named in the name's sentence (a family word, or another capitalised name)."""
    from .wordlists import words

    family = words()["adult_family"]
    return any(t.i != token.i and (t.lower_ in family or t.pos_ == "PROPN" and _cased(t) and t.text != token.text)
               for t in token.sent)


def _old_age(token) -> str:
    """An illness or state of old age said of the name: what it is ("is frail", "is elderly"), has
    ("has dementia") or owns as "her"/"his" with nobody else in the sentence ("is in denial about
    her dementia"); not another's ("Kai worries about Nan's dementia")."""
    verb = _subject_verb(token)
    if verb is None:
        return ""
    stop = ("advcl", "ccomp", "relcl", "acl", "csubj", "xcomp")
    todo = [verb]
    while todo:
        t = todo.pop()
        if t.lower_ in _OLD_AGE or t.lemma_.lower() in _OLD_AGE:
            if t.dep_ in ("acomp", "attr") and t.head.i == verb.i \
                    or t.dep_ == "dobj" and t.head.lemma_.lower() in ("have", "suffer") \
                    or t.dep_ == "pobj" and t.head.head.lemma_.lower() in ("suffer", "diagnose") \
                    or any(c.dep_ == "poss" and c.lower_ in ("her", "his") for c in t.children) \
                    and not _others_in_sentence(token):
                return f"{t.text}: of old age"
        todo += [c for c in t.children if c.dep_ not in stop and c.i != token.i]
    return ""


# Being drunk or high: "when he was drunk", "if she is under the influence".
_INTOXICATED = frozenset(("drunk", "intoxicated", "high", "stoned", "hungover", "inebriated"))


def _drunk_when(token) -> str:
    """The name is the subject of harm said to happen when "he"/"she" is drunk or high ("Will
    has hit Grace … when he was drunk", "Marcus punched the door when he was drunk"); the pronoun
    is the one who does the harm. Not a child's fear or care ("Remy is scared of Grandad when he
    drinks", "Cobalt looks after his mum when she drinks"): the pronoun is another's there."""
    verb = _subject_verb(token)
    if verb is None:
        return ""
    for v in _verbs_of(verb):
        if v.lemma_.lower() not in _HARM_VERBS and v.lemma_.lower() not in _MORE_HARM:
            continue
        for clause in (c for c in v.children if c.dep_ == "advcl"):
            if not any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in clause.children):
                continue
            said = [clause] + [c for c in clause.children if c.dep_ in ("acomp", "conj", "attr")]
            if any(w.lower_ in _INTOXICATED for w in said) or clause.lemma_.lower() == "drink" or any(
                    c.dep_ == "prep" and c.lower_ == "under" and any(g.lemma_.lower() == "influence" for g in c.children)
                    for c in clause.children):
                return f"{v.text} when drunk: an adult's deed"
    return ""


def _harm_answering_a_need(token) -> str:
    verb = _subject_verb(token)
    if verb is None:
        return ""
    lemma = verb.lemma_.lower()
    if lemma not in _HARM_VERBS and lemma not in _MORE_HARM:
        return ""
    harmed = [c for c in verb.children if c.dep_ == "dobj"]
    harmed += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "on") for g in c.children
               if g.dep_ == "pobj"]
    harmed = [h for h in harmed if _cased(h) and h.pos_ == "PROPN" or h.lower_ in ("her", "him", "them")]
    if not harmed:
        return ""
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if clause.lemma_.lower() not in _CHILD_NEEDS:
            continue
        if not any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "whenever", "if", "because", "as")
                   for m in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and (subject.lower_ in _PRONOUNS or any(subject.lower_ == h.lower_ for h in harmed)):
            return f"{verb.text} someone when they {clause.text}: a carer's harm"
    return ""


def _harms_a_pregnant_woman(token) -> str:
    """Round 41 (r41d, review41m M#2): the subject of harm done to a named woman "when she was …
    pregnant" ("Jack hit Grace when she was 24 weeks pregnant", "Will hit Grace …"): the baby's
    father or another adult, not the child."""
    from .modal_names import _while_pregnant

    verb = _subject_verb(token)
    if verb is None or verb.lemma_.lower() not in _HARM_VERBS | _MORE_HARM:
        return ""
    if any(c.dep_ == "dobj" and _cased(c) for c in verb.children) and _while_pregnant(verb):
        return "does harm to a pregnant woman"
    return ""


def adult_said(mention) -> str:
    """What is said of the mention that only an adult can be, or ""."""
    last = mention[-1]
    for test in (_goes_to_a_parents_service, _between_partners, _old_age, _harm_answering_a_need,
                 _drunk_when, _harms_a_pregnant_woman):
        said = test(last) or (test(mention[0]) if mention[0].i != last.i else "")
        if said:
            return said
    return ""


def arguing_pair(mention) -> str:
    """Two or more names joined as the subject of arguing or fighting ("when Rose and Hunter
    argue"), not with a pronoun or a child's word in the list: the reader asks this only where a
    child is named on evidence, and every name in the pair is otherwise undecided."""
    token = mention[-1]
    anchor = token
    while anchor.dep_ == "conj" and anchor.head.i < anchor.i:
        anchor = anchor.head
    if not (anchor.dep_ == "nsubj" or anchor.dep_ == "nmod" and anchor.head.dep_ == "advcl") \
            or anchor.head.lemma_.lower() not in _ARGUE:
        return ""  # (the tagger reads "when Jade and Connor row," with "row" as a noun)
    joined = [anchor] + [t for t in anchor.subtree if t.dep_ == "conj" and t.i != anchor.i]
    if len(joined) < 2 or any(not (_cased(t) and t.pos_ == "PROPN") for t in joined):
        return ""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in anchor.head.children):
        return ""  # "Kai and Ruby argue with Mum": the pair against another
    return f"{anchor.head.text} with each other beside a child named by age"


_BIRTH_MARKS = frozenset(("when", "once", "after", "before", "until", "till", "by"))


def baby_still_to_be_born(doc) -> bool:
    """The statement speaks of a baby still to be born: "when the baby is born", "before the baby
    arrives", "the baby will be born in May", "the baby is due in June"."""
    for t in doc:
        if t.lower_ in ("baby", "babies") and any(c.dep_ == "relcl" and c.lemma_.lower() in _PREGNANT_VERBS
                                                  for c in t.children) \
                or t.dep_ == "nsubj" and t.i >= 1 and doc[t.i - 1].lower_ == "baby" and carries_the_baby(t):
            return True  # "the baby Grace is expecting", "the baby she is carrying": the statement's child
        lemma = t.lemma_.lower()
        if lemma not in ("bear", "born", "arrive", "due") and t.lower_ not in ("born", "due"):
            continue
        subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and t.lower_ == "due" and t.head.lemma_ == "be":
            subject = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ not in ("baby", "twins"):
            continue
        if t.lower_ == "due" or any(c.dep_ in ("mark", "advmod") and c.lower_ in _BIRTH_MARKS for c in t.children) \
                or any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "is", "are") and t.lower_ != "born"
                       for c in t.children) or any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in t.children):
            return True
    return False


# Round 39 (r39d): the verbs that carry a state to their subject ("were under the influence",
# "seemed drunk", "got high").
_STATE_VERBS = frozenset(("be", "seem", "appear", "look", "get", "become", "arrive", "come", "turn"))
_WHEN_MARKS = frozenset(("when", "whenever", "while", "whilst", "as", "after", "before", "until"))


def intoxicated_in_charge(mention, another_child) -> str:
    """Round 39 (r39d): the name (alone or in a list) is the subject of being drunk, high or "under
    the influence" ("Amber and Clay were both under the influence when Jasper was discharged",
    "Kerry was drunk while Ruby (3) was in the bath"), and the same sentence speaks of another who
    may be the child: one a "when"/"while" clause of that state is said of, or one named as a child
    on evidence. ``another_child(token, strict)`` says whether a word outside the name's list may be
    the child (the reader knows who is read so; with ``strict``, only a child read so on evidence or
    a word for a child; never a child of 13 or more). Not a young person drunk with no one else's
    clause beside it ("Skye was drunk when police found her": "police" is no child), nor one whom
    the clause acts on ("when Kai (15) took them to a flat", "when Leo (6) found her")."""
    token = mention[-1]
    anchor = token
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i and anchor.head.i < anchor.i:
        anchor = anchor.head
    if anchor.dep_ != "nsubj" or anchor.head.pos_ not in ("VERB", "AUX") \
            or anchor.head.lemma_.lower() not in _STATE_VERBS:
        return ""
    verb = anchor.head
    listed = {anchor.i} | {t.i for t in anchor.subtree if t.dep_ == "conj"}
    state = ""
    for c in verb.children:
        if c.dep_ in ("acomp", "oprd", "attr") and c.lower_ in _INTOXICATED:
            state = c.text
        elif c.dep_ == "prep" and c.lower_ == "under" and any(g.lemma_.lower() == "influence" for g in c.children):
            state = "under the influence"
    if not state:
        return ""
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if not any(m.dep_ in ("advmod", "mark") and m.lower_ in _WHEN_MARKS for m in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        done_to = any(t.lower_ in ("her", "him", "them") and t.dep_ in ("dobj", "pobj") or t.i in listed
                      for t in clause.subtree if t.i != clause.i)
        if subject is not None and subject.i not in listed and not done_to and another_child(subject, False):
            return f"{state} when {subject.text} {clause.text}: in charge of a child"
    if any(t.lower_ in ("her", "him", "them") and t.dep_ in ("dobj", "pobj") and t.head.i != verb.i
           for t in verb.subtree if t.i > verb.i):
        return ""  # "… when her brother Leo (6) found her": the drunk one is the one found, not in charge
    child = next((t for t in token.sent if t.i not in listed and another_child(t, True)), None)
    if child is not None:
        return f"{state} beside {child.text}: in charge of a child"
    return ""


# Round 41 (r41d, review41m M#1): the words of a pregnancy in a midwife's note ("28/40", "booked late",
# "declined scans", "antenatal"), and the words for the baby a statement may be about.
_PREGNANCY_SIGNS = frozenset(("pregnant", "pregnancy", "booked", "booking", "scan", "scans", "antenatal", "gestation",
                              "edd"))
_GESTATION = re.compile(r"^\d{1,2}(?:\+\d)?/40$")
_THE_BABY = frozenset(("baby", "unborn"))


def mother_of_the_baby(token) -> bool:
    """Round 41 (r41d, review41m M#1): in a statement that speaks of the baby ("the unborn baby",
    "the baby could be born unwell"), a name that is the subject of a clause about a pregnancy
    ("Summer (16) is 28/40", "Precious (17) booked late at 26/40", "Precious, who is 17, did not tell
    anyone she was pregnant") is the baby's mother, whatever her age: the suggestions of a
    statement about her baby do not name her as the child. Not a pregnant girl in a statement that
    says nothing of a baby ("Mia (15) is 20 weeks pregnant and her boyfriend is 24": her own plan)."""
    doc = token.doc
    if not any(t.lower_ in _THE_BABY and t.pos_ in ("NOUN", "ADJ", "PROPN") for t in doc):
        return False
    # the clause the name is the subject of, or else the clauses hung on the name itself ("Nadia, who
    # is 17, booked at 27/40", parsed with "booked" on the name)
    clause = token.head if token.dep_ in ("nsubj", "nsubjpass") else token
    # (not the words of a clause with a named subject of its own: "Summer said that Kerry is 30/40")
    others = [v for v in clause.subtree if v is not clause and v.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") and _cased(c) and c.i != token.i for c in v.children)]
    inner = {t.i for v in others for t in v.subtree}
    return any((t.lower_ in _PREGNANCY_SIGNS or _GESTATION.match(t.text)) and t.i not in inner for t in clause.subtree)
