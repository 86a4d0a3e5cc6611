"""Round 37 (r37i; review37x X#3, review37s S#9): a child whose name is an English word, found as
the subject that opens a worry or a goal.

"Will is at risk of significant harm in the community due to his association with peers",
"Precious will stop putting herself at risk", "Will to comply with his referral order", "Hope is
being threatened by older boys at the bus station": the tagger reads such a word as a modal verb,
an adjective or a common noun, nothing around it is an age or a child's things, and so no child was
found at all: SOS401 said "No child is mentioned" (an error that caps the score), the child-aware
blame readings went silent and the rewrite asked for "[child's name]". Names that are not words
("Kayden") were found in the same sentences.

Read here by the sentence's grammar, never from a list of names. A capitalised word opening its
sentence is read as a person when both hold:

1. It is the subject by word order: a bare title-case word (no article, no owner) straight before
   a finite verb, an auxiliary or a modal ("Will is…", "Precious will…", "Hope was…"), perhaps
   after an adverb ("Faith often…"), or before a plan's "to" and a verb ("Will to comply…"). Never
   a modal used as a verb (a bare verb straight after it: "Will be reviewed in May"), a question
   ("Will Mum ring…?", "May I…?"), a word for a person or a role, or a noun of a process
   ("Attendance", "Engagement": said._ABSTRACT); nor where the text speaks of another child of
   the family by a child's word ("the children", "the baby", "Unborn", "her son"): the word may then
   be a parent ("Siân will take her medication … The children will be safeguarded").
2. The clause says it of a person:
   - a reflexive pronoun in the word's own clause ("…stop putting herself at risk"), which only
     the clause's subject binds;
   - "his"/"her" owning a thing in the word's own active clause, or "he"/"she" as the subject of a
     later clause, with nobody else who could be "he" or "she" named before it ("to comply with his
     referral order", "is at risk … due to his association", "will stop meeting adults she only
     knows online"; many people, "adults", "older boys", are not "she"); not with a person word as
     the thing owned ("his daughter": the owner may be a parent), nor in a passive, whose subject is
     not the one acting ("Cannabis was found in his bedroom");
   - a passive of harm done to a person ("is being threatened", "was groomed", "was assaulted":
     wordlists._HARM_VERBS, less the verbs also said of things: hit, push, beat, attack, control);
   - being "at risk" as the clause's own predicate ("Hope is at risk of significant harm").

The people reader (``_Reader._candidate``) then takes such a word as a name; it becomes the child
only where nothing shows an adult and no other child is named ("Hope is at risk…" beside "Kai (6)"
keeps Kai the only child): the reader's usual reading of a bare name with no sign of a person.
Where it becomes the child its evidence is ``EVIDENCE`` (not the weakest reading), so the draft is
parsed again with a plain name in its place (``sos_lint.name_parse``) and every rule reads the
sentence with a subject.

``heading_word_child(word, doc)`` answers the same question for a heading's name that is a word
("Safety goal – Will", "Worry statement: Hope (14)"): the name is the child's when the statement
below writes it with a capital inside a sentence ("School will monitor Will via CPOMS"), or opens
a sentence with it as above.
"""
from __future__ import annotations

from .said import _ABSTRACT
from .wordlists import _HARM_VERBS, _PRONOUNS, words

EVIDENCE = "the subject that opens the statement, said of as a person"

_REFLEXIVES = frozenset(("himself", "herself"))
_OWNERS = frozenset(("his", "her"))
_SINGULAR = frozenset(("he", "she"))
# Harm verbs also said of a thing ("Attendance was hit", "Funding was pushed back", "Drinking is
# controlled"): not enough alone.
_HARM_ALSO_OF_THINGS = frozenset(("hit", "push", "beat", "attack", "control"))
_HARMED = (frozenset(_HARM_VERBS) - _HARM_ALSO_OF_THINGS) | {"groom", "exploit", "traffic", "rape", "molest", "slap",
                                                             "punch", "stab", "bully", "intimidate", "blackmail"}
# Round 38 (r38d): what only a pupil has, owned as "his"/"her" ("skipping her lessons", "hand in
# his homework"): said of a proper noun's own clause, the subject is a child. Not "classes" or
# "school" (parents go to parenting classes and ring "her school" for a child), nor a lesson with
# a modifier ("her driving lessons").
_PUPILS_OWN = frozenset(("lesson", "lessons", "homework", "schoolwork", "coursework", "uniform", "timetable",
                         "detention", "detentions"))
_FINITE = frozenset(("VBZ", "VBD", "VBP", "MD"))
_MODALS = frozenset(("will", "would", "shall", "should", "may", "might", "can", "could", "must"))
_OPENING_MARKS = frozenset(("\"", "“", "‘", "'", "(", "["))
# Words for a child of the family that is not the one opening the sentence ("The children will be
# safeguarded", "Unborn is at risk", "her son"): the opening word may then be a parent. Brothers,
# sisters and siblings are left out: the child's own are often named beside the child.
_ANOTHER_CHILD = frozenset(("child", "children", "baby", "babies", "unborn", "kid", "kids", "toddler", "infant",
                            "infants", "newborn", "son", "sons", "daughter", "daughters", "grandchild", "grandson",
                            "granddaughter", "stepson", "stepdaughter"))


def _person_word(token) -> bool:
    """A word for a person or a role (rules/people.toml), or a pronoun."""
    w = words()
    lower, lemma = token.lower_, token.lemma_.lower()
    return lower in _PRONOUNS or any(lower in w[key] or lemma in w[key] for key in (
        "family", "caregivers", "network", "professionals", "institutions", "children", "titles", "adult_nouns",
        "adult_family", "roles", "record_persons", "pets"))


def _opens(token) -> bool:
    """The token opens its sentence, perhaps after a quote mark or a bracket."""
    sent = token.sent
    return token.i == sent.start or all(t.text in _OPENING_MARKS for t in token.doc[sent.start:token.i])


def _shape(token):
    """The verb after a word that opens its sentence as the subject by word order (module note, 1),
    and whether it is a plan's "to"; (None, False) when the word is not such a subject."""
    text = token.text
    if not (token.is_alpha and len(text) > 1 and text[0].isupper() and text[1:].islower() and _opens(token)):
        return None, False
    lower = token.lower_
    if lower.endswith(_ABSTRACT) or _person_word(token) or lower in words()["headings"] or lower in _ANOTHER_CHILD:
        return None, False
    if any(t.lower_ in _ANOTHER_CHILD or t.lemma_.lower() in _ANOTHER_CHILD for t in token.doc if t.i != token.i):
        return None, False  # "Siân will take her medication … The children will be safeguarded": not the child
    if any(c.dep_ in ("det", "poss") for c in token.children):
        return None, False
    sent = token.sent
    if sent[-1].text == "?" or any(t.text == "?" for t in sent):
        return None, False  # "Will Mum ring…?", "May I…?": a question
    doc, k = token.doc, token.i + 1
    while k < sent.end and doc[k].tag_ == "RB" and doc[k].lower_ != "not":
        k += 1  # "Faith often misses…"
    if k >= sent.end:
        return None, False
    nxt = doc[k]
    if nxt.lower_ == "to" and k + 1 < sent.end and doc[k + 1].tag_ == "VB":
        return doc[k + 1], True  # "Will to comply with…"
    if lower in _MODALS and nxt.tag_ in ("VB", "PRP") or nxt.tag_ not in _FINITE:
        return None, False  # "Will be reviewed in May", "May I…": the modal used as a verb
    if nxt.tag_ in _FINITE and k + 1 < sent.end and doc[k + 1].tag_ == "PRP" and doc[k + 1].dep_ in ("nsubj", "nsubjpass"):
        return None, False  # a question's order without its mark
    return nxt, False


def _clause(verb) -> list:
    """The words of the verb's own clause: its subtree, less any clause in it that has a subject
    of its own."""
    out = []
    skip = set()
    for child in verb.children:
        if child.dep_ in ("ccomp", "advcl", "relcl", "conj", "parataxis") and any(
                g.dep_ in ("nsubj", "nsubjpass", "expl") for g in child.children):
            skip.update(t.i for t in child.subtree)
    for t in verb.subtree:
        if t.i not in skip:
            out.append(t)
    return out


def _main_verb(verb):
    """The verb a word-order verb stands for: an auxiliary's or a modal's head ("is" in "is being
    threatened" hangs on "threatened")."""
    while verb.dep_ in ("aux", "auxpass") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def said_as_a_person(token) -> str:
    """Why a capitalised word opening its sentence is a person's name (the module's note), or ""."""
    verb, plan = _shape(token)
    if verb is None:
        return ""
    main = _main_verb(verb)
    passive = any(c.dep_ == "auxpass" for c in main.children) or token.dep_ == "nsubjpass" \
        or main.tag_ == "VBN" and any(c.lemma_ == "be" and c.dep_ in ("aux", "auxpass") for c in main.children)
    if main.tag_ == "VBN" and passive and main.lemma_.lower() in _HARMED:
        return f"{main.text}: harm done to a person"
    words_ = [t for t in _clause(main) if t.i > token.i]
    for c in main.children:  # the parse may hang the clause's verb on the word itself ("Will/MD to comply")
        if c.i > token.i and c.dep_ in ("xcomp", "prep", "acomp", "attr") and c not in words_:
            words_.extend(t for t in c.subtree if t.i > token.i)
    if main.i == token.i or main.i < token.i:
        words_ = [t for t in token.sent if t.i > token.i]
    # Round 37 merge: a word the tagger already reads as a proper noun ("Siân will take her
    # medication as prescribed", a mother in a goal) was read by the people reader already; only
    # harm done to it or being at risk (above and below) make it the child, never a pronoun alone.
    named = token.pos_ == "PROPN"
    for t in sorted(words_, key=lambda t: t.i):
        if t.lower_ in _REFLEXIVES and not named:
            return f"{t.text}: said of the clause's subject"
        if t.lower_ in _REFLEXIVES and [w.lower_ for w in token.doc[t.i + 1: t.i + 3]] in (["at", "risk"], ["in", "danger"]):
            # round 40 (review40c C#3): "Hope is associating with peers … and is putting herself at risk":
            # a word-name the tagger calls a proper noun but no list names; the young person the
            # blaming words are said of (a dictionary word is never "putting herself at risk")
            return f"{t.text} {token.doc[t.i + 1].text} {token.doc[t.i + 2].text}: said of a young person"
    if main.lemma_ == "be" or verb.lemma_ == "be" and not plan:
        rest = [t.lower_ for t in token.doc[verb.i + 1: min(verb.i + 4, token.sent.end)]]
        if rest[:2] == ["at", "risk"] or rest[1:3] == ["at", "risk"] and rest[0] in ("still", "now", "being", "also"):
            return "at risk"
        if passive:
            return ""
    if named and not passive:
        # Round 38 (r38d): a proper noun whose own active clause owns a pupil's things ("Honour will
        # stop skipping her lessons"), before anyone else is named who could own them.
        for t in sorted(words_, key=lambda t: t.i):
            if t.lower_ in _OWNERS and t.dep_ == "poss" and (t.head.lower_ in _PUPILS_OWN or t.head.lemma_.lower()
                                                              in _PUPILS_OWN) \
                    and not any(c.dep_ in ("compound", "amod", "nmod") for c in t.head.children):
                return f"{t.text} {t.head.text}: a pupil's own, owned by the clause's subject"
            if t.lower_ not in _PRONOUNS and (_person_word(t) or t.pos_ == "PROPN" and t.text[:1].isupper()):
                break
    if passive or named:
        return ""
    for t in token.doc[token.i + 1: token.sent.end]:
        if t.lower_ in _SINGULAR and t.dep_ in ("nsubj", "nsubjpass") and t.head.i != main.i:
            return f"{t.text}: said of the sentence's subject"  # "…adults she only knows from the internet"
        if t.lower_ in _OWNERS and t.dep_ == "poss" and not _person_word(t.head) and t in words_:
            return f"{t.text} {t.head.text}: owned by the clause's subject"
        if t.lower_ in _PRONOUNS or t.tag_ in ("NNS", "NNPS"):
            continue  # other pronouns, and many people ("adults", "older boys"), are not "she" or "his"
        if _person_word(t) or t.pos_ == "PROPN" and t.text[:1].isupper():
            return ""  # someone else is named first: the pronoun may be theirs
    return ""


def heading_word_child(word: str, doc) -> bool:
    """A heading's one-word name that is also an English word ("Will", "Hope") is the child the
    statement is about: the statement writes it with a capital inside a sentence, or opens a
    sentence with it as a person (``said_as_a_person``)."""
    lower = word.lower()
    for t in doc:
        if t.lower_ != lower or not t.text[:1].isupper() or not t.text[1:].islower():
            continue
        if not _opens(t):
            return True  # "School will monitor Will via CPOMS"
        if said_as_a_person(t):
            return True
    return False
