"""Round 32: role words the writer has given family words for with --name that the swap tables
do not list ("Grandmother to ensure …" with `--name grandmother=Nan`): the rewrite uses the
writer's words, as it does for "the mother" or "the child". Only a bare role word or one after
"the" ("the grandmother's house", "the paternal grandmother") is swapped; "his grandmother" or
"a grandmother" may be someone else and stays, and so does "Grandmother Pearl"."""
from __future__ import annotations

from .edits import Edit

# The names mapping key (the --name role) each report word fills.
ROLE_WORDS = {"grandmother": "grandmother", "grandfather": "grandfather", "stepfather": "stepfather",
              "step-father": "stepfather", "stepmother": "stepmother", "step-mother": "stepmother"}
_QUALIFIERS = {"maternal", "paternal"}


def _first(token) -> int | None:
    """Where the role words swapped for `token` start ("the paternal grandmother"), or None when
    the role word may not be the one the writer named."""
    doc = token.doc
    if token.tag_ not in ("NN", "NNP") or token.dep_ == "compound" or any(
            c.dep_ in ("appos", "compound") for c in token.children):
        return None  # "Grandmother Pearl", "grandmother figure": the draft's own words stand
    first = token.i
    if first > 0 and doc[first - 1].lower_ in _QUALIFIERS:
        first -= 1
    before = doc[first - 1] if first > 0 else None
    if before is not None and before.lower_ == "the":
        return first - 1
    if before is not None and (before.pos_ in ("DET", "PRON") or before.dep_ in ("poss", "det") or before.tag_ == "POS"):
        return None  # "his grandmother", "a grandmother", "Kai's grandmother": not surely the one named
    if not doc[first].is_sent_start and not token.text[:1].isupper():
        return None  # a bare lower-case "grandmother" mid-sentence is a common noun ("as a grandmother")
    return first


def writer_word(token, names: dict[str, str]) -> str:
    """The writer's words for a role word the tables do not list, where it is surely that person."""
    name = names.get(ROLE_WORDS.get(token.lower_, ""), "")
    return name if name and _first(token) is not None else ""


def named_role_edits(doc, names: dict[str, str]) -> list[Edit]:
    """Edits swapping a report word for a family member ("Grandmother", "the paternal
    grandmother") for the words the writer gave for that role; never inside a [question]."""
    from .people import in_placeholders

    asked = in_placeholders(doc)
    out = []
    for token in doc:
        name = writer_word(token, names)
        if not name or token.i in asked:
            continue
        first = _first(token)
        start, end = doc[first].idx, token.idx + len(token.text)
        text = name
        if doc[first].is_sent_start and text[:1].islower():
            text = text[:1].upper() + text[1:]
        out.append(Edit(start, end, text, "SOS402",
                        f"\"{doc.text[start:end]}\" is a report word; you gave the family's word: \"{name}\".",
                        safe=False))
    return out
