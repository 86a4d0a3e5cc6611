"""Names that are also words, parsed as names (round 30).

The people analysis (sos_lint/people) reads a child's name by context ("Will (4)", "Hope's aunt"),
but the parser has already read the word: "Will hid behind the sofa" parses "Will" as the modal
of "hid", with no subject, so every rule that reads the parse (who did what, what the child
experienced, the passive, the parts of a statement) sees a sentence with nobody in it, and the
same statement scores 3.3 with "Will" and 6.7 with "Amy".

So, where the people analysis of the first parse finds a person whose name the tagger did not
read as a proper noun (on more than its weakest reading), the text is parsed again with that name
written as a plain given name ("Will" -> "Liam"); a family word read as an adjective ("Amy's
stepdad locks") as "Dad" or "Mum"; and a verb read as a plural noun straight after a person ("dad
locks Amy") as a plain verb of the same form ("takes"). The second parse (tags, heads, labels,
entities) is laid back, token by token, onto the draft's own words, with each stand-in's lemma put
back. Every offset, every word and every quoted span stays the draft's; only how the words are
parsed changes, and who is who stays as the people analysis read it on the first parse. Nothing is
guessed that the people analysis did not already decide, no name is listed, and a draft with no
such word is parsed once, as before. If the second parse does not split the text into the same
tokens, the first parse stands.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

from .nlp import english_verbs

# A plain given name of each length that the English pipeline reads as a proper noun in any
# place in a sentence and that is no English word.
_STAND_INS = {2: "Al", 3: "Zak", 4: "Liam", 5: "Aisha", 6: "Oliver", 7: "Matthew", 8: "Benjamin",
              9: "Alexander", 10: "Maximilian", 11: "Christopher"}
_ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]


def misread_names(doc, child_names=(), adult_names=()) -> list[int]:
    """Indices of the tokens of people's names (children, adults, pets) that the tagger read as
    something else than a proper noun: a capitalised word the people analysis says is a name."""
    from .people import people

    found = people(doc, child_names, adult_names)
    out = []
    for person in (*found.children, *found.adults, *found.pets):
        if person.evidence == "named in the statement" and len(person.spans) < 2:
            continue  # the analysis's weakest reading, once ("Weekly visits from…"): not enough to reparse on
        for i in person.tokens:
            t = doc[i]
            if t.is_alpha and t.text[:1].isupper() and len(t.text) in _STAND_INS and not t.text.isupper() \
                    and (t.pos_ != "PROPN" or _possessive_misread(t)):
                out.append(i)
    return sorted(set(out))


def _possessive_misread(token) -> bool:
    """Round 33 (review33 P#10): a name read as a proper noun whose "'s" the tagger read as "is"
    or "has" before a noun ("Will's wellbeing" parsed as "Will is wellbeing"): the words after it
    were then misread too, so "wellbeing" was a verb, and the word and formal-word rules found
    other things for Will than for Kai. A name that is an English word ("Will", "Hope", "May")
    draws this reading; a second parse with a plain given name reads the possessive."""
    doc = token.doc
    if token.i + 2 >= len(doc):
        return False
    mark, after = doc[token.i + 1], doc[token.i + 2]
    if mark.lower_ not in ("'s", "\u2019s") or after.dep_ in ("aux", "auxpass"):
        return False
    # "'s" read as a verb before a noun; or read as the possessive with the noun after it read as
    # a verb's -ing form ("May's wellbeing" with "wellbeing" a verb)
    return (mark.tag_ != "POS" and after.tag_ in ("VBG", "NN", "NNS")) or (mark.tag_ == "POS" and after.tag_ == "VBG")


@lru_cache(maxsize=1)
def _role_words() -> tuple[frozenset, frozenset, frozenset]:
    """rules/people.toml's family words, and its words for a man and for a woman."""
    from .checks.analysis import people_words

    words = people_words()
    return (frozenset(words.get("family", ())), frozenset(words.get("male_words", ())),
            frozenset(words.get("female_words", ())))


def misread_roles(doc) -> dict[int, str]:
    """Family words the tagger read as something else than a noun ("Amy's stepdad locks Amy":
    "stepdad" an adjective, "locks" a noun), each with a stand-in the parser reads as a person:
    "Dad" for a man's word, "Mum" for a woman's. Plural and sexless words are left."""
    family, male, female = _role_words()
    out = {}
    for t in doc:
        word = t.lower_
        if word in family and t.pos_ not in ("NOUN", "PROPN", "PRON") and t.is_alpha:
            if word in male:
                out[t.i] = "Dad"
            elif word in female:
                out[t.i] = "Mum"
    return out


# The third-person verb put in place of a verb read as a plural noun after a person.
_VERB_STAND_IN = "takes"


def misread_verbs(doc, nlp, person_tokens: set[int]) -> dict[int, str]:
    """A verb read as a plural noun after a person ("Amy's dad locks Amy in her room": "dad locks"
    read as one noun heading the clause): the -s word comes straight after a person word or name
    that the parser hung on it as a modifier, it heads a clause (a noun does not), and its
    singular is an English verb. Its stand-in is a plain verb of the same form; the lemma put
    back is the verb's."""
    verbs = english_verbs(nlp)
    out = {}
    for t in doc:
        if t.tag_ != "NNS" or t.i == 0 or not t.lower_.endswith("s"):
            continue
        heads_clause = t.dep_ in ("ROOT", "ccomp", "conj", "advcl", "relcl")
        # Round 31: "When Mum drinks, Ella (4) …", "Dad drinks and Ella is scared": the verb read as
        # a noun that is the subject of the next clause, with nothing of a noun phrase about it
        # (no article or owner) and a clause's end straight after it.
        ends_clause = t.dep_ in ("nsubj", "nsubjpass") and t.i + 1 < len(doc) \
            and doc[t.i + 1].lower_ in (",", "and", "but", "so", "when", "if", "because", ";") \
            and not any(c.dep_ in ("det", "poss", "amod", "nummod") for c in t.children)
        if not (heads_clause or ends_clause):
            continue
        before = doc[t.i - 1]
        if before.head.i != t.i or before.dep_ not in ("compound", "amod", "nmod") or before.i not in person_tokens:
            continue
        if ends_clause and before.i > 0 and doc[before.i - 1].lower_ in ("the", "a", "an", "his", "her", "their", "'s", "’s"):
            continue  # "the Mum drinks", "her Dad texts": a noun phrase
        base = _singular(t.lower_)
        if base in verbs and (ends_clause or any(c.dep_ in ("appos", "dobj", "prep", "npadvmod") and c.i > t.i
                                                 for c in t.children)):
            out[t.i] = base
    return out


def _singular(word: str) -> str:
    for end, back in (("ies", "y"), ("shes", "sh"), ("ches", "ch"), ("sses", "ss"), ("xes", "x"), ("zes", "z"), ("s", "")):
        if word.endswith(end):
            return word[: len(word) - len(end)] + back
    return word


def _person_tokens(doc, child_names, adult_names) -> set[int]:
    from .people import people

    found = people(doc, child_names, adult_names)
    tokens = {i for person in (*found.children, *found.adults) for i in person.tokens}
    family = _role_words()[0]
    return tokens | {t.i for t in doc if t.lower_ in family}


def reparsed(doc, nlp, child_names=(), adult_names=()):
    """The Doc to check: `doc` itself, or the same words with the parse of a text whose misread
    names are written as plain given names (see the module's docstring)."""
    stand_ins = {i: _STAND_INS[len(doc[i].text)] for i in misread_names(doc, child_names, adult_names)}
    stand_ins.update(misread_roles(doc))
    lemmas = misread_verbs(doc, nlp, _person_tokens(doc, child_names, adult_names))
    stand_ins.update((i, _VERB_STAND_IN) for i in lemmas)
    if not stand_ins:
        return doc
    targets = set(stand_ins)
    from .engine import sentence_breaks_kept  # round 39 (r39e): a heading's line break stays a sentence start

    second = nlp(sentence_breaks_kept(nlp, "".join((stand_ins[t.i] if t.i in stand_ins else t.text) + t.whitespace_
                                                    for t in doc)))
    if len(second) != len(doc) or any(a.i not in targets and a.text != b.text for a, b in zip(doc, second)):
        return doc
    words = [t.text for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    out = Doc(doc.vocab, words=words, spaces=spaces)
    out.from_array(_ATTRS, second.to_array(_ATTRS))
    out.tensor = second.tensor  # a long draft's pieces are joined (engine._joined): all must carry one
    # Who is who stays as the people analysis read it on the draft's own parse (memoised there):
    # the second parse is for the rules that read how a sentence is built, not for who the child is.
    out.user_data.update(doc.user_data)
    for i in targets:
        out[i].lemma_ = lemmas.get(i) or (doc[i].lower_ if stand_ins[i] in ("Dad", "Mum") else doc[i].text)
    return out
