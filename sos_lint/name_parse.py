"""Names that are also words, parsed as names (round 30).

The people analysis (sos_lint/people) reads a child's name by context ("Will (4)", "Hope's aunt"),
but the parser has already read the word: "Will hid behind the sofa" parses "Will" as the modal
of "hid", with no subject, so every rule that reads the parse (who did what, what the child
experienced, the passive, the parts of a statement) sees a sentence with nobody in it, and the
same statement scores 3.3 with "Will" and 6.7 with "Amy".

So, where the people analysis of the first parse finds a person whose name the tagger did not
read as a proper noun, the text is parsed again with that name written as a plain given name of
the same length ("Will" -> "Liam"), and the parse (tags, heads, labels, entities) is laid back
onto the draft's own words. Every offset, every word and every quoted span stays the draft's;
only how the words are parsed changes. Nothing is guessed that the people analysis did not
already decide, no name is listed, and a draft with no such name is parsed once, as before.
If the second parse does not split the text into the same tokens, the first parse stands.
"""
from __future__ import annotations

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

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
        for i in person.tokens:
            t = doc[i]
            if t.pos_ != "PROPN" and t.is_alpha and t.text[:1].isupper() and len(t.text) in _STAND_INS \
                    and not t.text.isupper():
                out.append(i)
    return sorted(set(out))


def reparsed(doc, nlp, child_names=(), adult_names=()):
    """The Doc to check: `doc` itself, or the same words with the parse of a text whose misread
    names are written as plain given names (see the module's docstring)."""
    targets = misread_names(doc, child_names, adult_names)
    if not targets:
        return doc
    chars = list(doc.text)
    for i in targets:
        t = doc[i]
        stand_in = _STAND_INS[len(t.text)]
        chars[t.idx:t.idx + len(t.text)] = stand_in
    second = nlp("".join(chars))
    if len(second) != len(doc) or any(a.idx != b.idx or (a.i not in targets and a.text != b.text)
                                       for a, b in zip(doc, second)):
        return doc
    words = [t.text for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    out = Doc(doc.vocab, words=words, spaces=spaces)
    out.from_array(_ATTRS, second.to_array(_ATTRS))
    for i in targets:
        out[i].lemma_ = doc[i].text
    return out
