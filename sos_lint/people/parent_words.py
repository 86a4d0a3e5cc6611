"""Round 36 (r36d, review35 C#6): a parent word written as a plural without its apostrophe
("concerns around mothers ability to prioritise", "Mums drinking has got worse", "fathers
behaviour") is one parent's possessive, not two parents: advice must not say "both mums".

Read from the parse: a plural parent word that the model hangs on the noun right after it (as a
compound, a modifier or an owner), with no word before it that makes it a plural ("both", "two",
"the", "all", "their" …): "both mums drink" and "the two mothers disagree" stay plurals, and so
does "the mums group" (a group for mums).
"""
from __future__ import annotations

_PLURALS = {"mums": "mum", "mothers": "mother", "mams": "mam", "moms": "mom", "mummies": "mummy",
            "dads": "dad", "fathers": "father", "daddies": "daddy",
            "stepmums": "stepmum", "stepdads": "stepdad", "stepmothers": "stepmother", "stepfathers": "stepfather"}
_MAKES_PLURAL = {"both", "two", "the", "all", "their", "these", "those", "other", "some", "many", "several",
                 "three", "four", "our", "your", "and", "&", "or"}


def lone_possessive(token) -> bool:
    """A plural parent word that is one parent's possessive with its apostrophe left out."""
    if token.lower_ not in _PLURALS:
        return False
    owned = token.dep_ in ("compound", "nmod", "poss") and token.head.i == token.i + 1 \
        and token.head.pos_ in ("NOUN", "PROPN", "VERB")
    # "Fathers drinking has got worse": the model may make the parent word the subject and the -ing
    # word its modifier; a verb in the singular says one thing owned, not two fathers.
    doing = token.dep_ in ("nsubj", "nsubjpass") and token.i + 1 < len(token.doc) \
        and token.doc[token.i + 1].head.i == token.i and token.doc[token.i + 1].lower_.endswith("ing") \
        and (token.head.tag_ == "VBZ" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBZ" for c in token.head.children))
    if not (owned or doing):
        return False
    before = token.doc[token.i - 1] if token.i else None
    if before is not None and (before.lower_ in _MAKES_PLURAL or before.like_num):
        return False
    return not any(c.dep_ in ("conj", "cc") for c in token.children)


def singular_text(doc) -> str:
    """The doc's text with each lone possessive parent word made singular, padded to its length
    ("mothers ability" -> "mother  ability"), so character offsets stay the same. Read once per Doc."""
    from ..metrics import doc_memo, doc_text

    def compute() -> str:
        text = doc_text(doc)
        for token in doc:
            if lone_possessive(token):
                word = _PLURALS[token.lower_]
                if token.text[:1].isupper():
                    word = word.capitalize()
                text = text[:token.idx] + word.ljust(len(token.text)) + text[token.idx + len(token.text):]
        return text
    return doc_memo(doc, "singular_parent_text", compute)
