"""Round 30: who the child lives with or is left with, ages said in words, and a case note's list.

Three readings, each from the parse and the words around a name, none listing names:

- The people a child lives with, stays with, is placed with or is left with are the child's
  carers ("Ruby (4) came to live with Tess and Alan", "the twins were left overnight with Gail
  and Sandy"): adults, unless an age, a kin word or a child's sign says otherwise ("lives with
  Mum and her brother Kit", "stays with Nan and Jade (12)").
- An age said in words for a decade ("in their sixties", "in her early thirties", "both in their
  forties") is an adult's age. "In her teens" is left alone (a child or a young adult).
- A case note's shorthand: a name with a bare number after it in a list that a child word opens
  with "=" or ":" ("Kids = Storm 6, Raven 4", "Children: Ash 7 and Ember 3") is a child of that age;
  after "Adults:" or "Parents:" the number is an adult's age ("Adults: Shane 34, Tara 29").

Read by sos_lint.people (one reader per parsed text); no rule reads this module directly.
"""
from __future__ import annotations

import re

from .wordlists import ADULT, CHILD, _age, _cased, first_names

# The decades said in words, and the age each gives (the youngest in it, adjusted for "early",
# "mid" and "late").
_DECADES = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
            "eighties": 80, "nineties": 90}
_DECADE_PARTS = {"early": 1, "mid": 5, "mid-": 5, "late": 8}
_POSSESSIVES = frozenset(("his", "her", "their"))
# Words between a name (or a list of names) and "in their sixties": "Gail, in her sixties,",
# "Gail and Sandy, both in their sixties", "Gail, who is in her sixties".
_BEFORE_DECADE = frozenset((",", "both", "all", "each", "who", "is", "are", "was", "were", "now", "probably",
                            "possibly", "maybe", "thought", "to", "be", "believed", "(", "–", "-"))
# Living, staying or being placed or left with someone: the one the child lives with is a carer.
_LIVING_WITH = frozenset(("live", "stay", "place", "leave", "lodge", "board", "move", "settle", "reside", "remain"))
# Caring for a child, said in the passive with its carer after "by" ("fostered by", "looked after
# by", "brought up by"); the second table gives the particle a verb needs to mean caring.
_CARING_BY = frozenset(("foster", "raise", "mind", "babysit", "adopt", "nurse", "parent", "childmind", "rear"))
_CARING_BY_WITH = {"care": "for", "look": "after", "bring": "up"}
# Round 39: words opening a phrase with no subject that shares the next clause's subject ("Since
# moving in with…", "After going to live with…").
_OPENING_PREPOSITIONS = frozenset(("since", "after", "before", "on", "until", "till", "when", "while", "whilst"))
# What opens a case note's list of the children ("Kids = …", "Children: …", "CYP - …").
_LIST_MARKS = frozenset(("=", ":", "-", "–"))
_CHILD_LIST_WORDS = frozenset(("kids", "children", "siblings", "cyp", "child", "kid", "yp"))
_ADULT_LIST_WORDS = frozenset(("adults", "parents", "carers", "adult", "parent", "carer"))


# Round 40 (r40d): nouns for a child's placement ("in placement with", "in foster care with",
# "on a kinship placement with"); "care" only with a word that makes it a placement's.
_PLACEMENT_NOUNS = frozenset(("placement", "foster", "fostering"))
_CARE_KINDS = frozenset(("foster", "kinship", "respite", "family", "connected", "residential"))


def _placement_noun(token) -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (lemma in _PLACEMENT_NOUNS or lemma == "care" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _CARE_KINDS for c in token.children))


def _placement_verb(with_):
    """The clause verb of a placement said as a noun with "with" after it: "with" hung on the noun
    ("in placement with Maxine") or on the verb beside "in placement" ("has been in foster care
    with Gwen"), the noun after "in" or "on". None otherwise."""
    head = with_.head
    if _placement_noun(head) and head.dep_ == "pobj" and head.head.lower_ in ("in", "on", "into"):
        verb = head.head.head
        return verb if verb.pos_ in ("VERB", "AUX") else None
    if head.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "prep" and c.lower_ in ("in", "on", "into") and any(
                g.dep_ == "pobj" and _placement_noun(g) for g in c.children) for c in head.children):
        return head
    return None


class CarerReading:
    """Mixin for the people reader (``self.doc`` its tokens, ``self.w`` its words)."""

    # -- an age said in words ------------------------------------------------------------------
    def _decade_at(self, k: int, pronouns=_POSSESSIVES) -> int | None:
        """The age of "in their sixties" starting at token k ("in"), or None."""
        doc = self.doc
        if k + 2 >= len(doc) or doc[k].lower_ != "in" or doc[k + 1].lower_ not in pronouns:
            return None
        j, part = k + 2, 0
        while j < len(doc) and j < k + 4 and (doc[j].lower_ in _DECADE_PARTS or doc[j].text == "-"):
            part = _DECADE_PARTS.get(doc[j].lower_, part)
            j += 1
        if j < len(doc) and doc[j].lower_ in _DECADES:
            return _DECADES[doc[j].lower_] + part
        return None

    def _age_in_words(self, token) -> int | None:
        """"Gail and Sandy live next door, are in their sixties", "Mr Lamb is in his early
        fifties", "Gail and Sandy, both in their sixties,": the age a decade said in words gives
        the name (through a list of names, and through verbs joined to the one the name is the
        subject of, which share its subject). None if nothing says it."""
        doc = self.doc
        anchor = token
        while anchor.dep_ == "conj" and anchor.head.i != anchor.i and anchor.head.i < anchor.i:
            anchor = anchor.head
        if anchor.dep_ in ("nsubj", "nsubjpass") and anchor.head.pos_ in ("VERB", "AUX"):
            verbs, k = [anchor.head], 0
            while k < len(verbs) and len(verbs) < 6:
                verbs += [c for c in verbs[k].children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                          and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)]
                k += 1
            for verb in verbs:
                if verb.lemma_ != "be":
                    continue
                for prep in verb.children:
                    if prep.dep_ == "prep" and prep.lower_ == "in":
                        value = self._decade_at(prep.i)
                        if value is not None:
                            return value
        # A decade in figures in brackets or commas: "Gail (60s)", "Clive, 70s,".
        j = token.i + 1
        if j + 2 < len(doc) and doc[j].text in ("(", ",") and doc[j + 2].text in (")", ",", ";", ".") \
                and re.fullmatch(r"[2-9]0[’']?s", doc[j + 1].text):
            return int(doc[j + 1].text[:2])
        # By the words after the name or its list: "Gail, in her sixties,", "Gail and Sandy, both in…"
        while j + 1 < len(doc) and doc[j].lower_ in ("and", ",", "&") and _cased(doc[j + 1]):
            j += 2
        k = j
        while k < len(doc) and k < j + 4 and doc[k].lower_ in _BEFORE_DECADE:
            k += 1
        if k < len(doc) and doc[k].lower_ == "in" and (k > j or doc[k].head.i == token.i):
            return self._decade_at(k)
        return None

    # -- a case note's list of the children -----------------------------------------------------
    def _listed_age(self, token) -> int | None:
        """"Kids = Storm 6, Raven 4", "Children: Ash 7 and Ember 3": a name with a bare number
        after it (closed by a comma, "and", a full stop or the end) in a list that a child word
        opens with "=", ":" or a dash. The number is the child's age (under 18); after "Adults",
        "Parents" or "Carers" it is an adult's (18 or more). Otherwise None."""
        doc = self.doc
        k = token.i + 1
        if k >= len(doc) or not doc[k].like_num:
            return None
        value = _age(doc[k])
        if value is None or value >= 120:
            return None
        j = token.i - 1

        def joined(k) -> bool:  # (Round 40: the hyphen inside a name, "Tiger-Lily", is no list mark)
            return doc[k].text == "-" and not doc[k].whitespace_ and not doc[k - 1].whitespace_ \
                and _cased(doc[k - 1]) and _cased(doc[k + 1])
        while j >= 1 and (_cased(doc[j]) or doc[j].like_num or doc[j].lower_ in (",", "and", "&", ";") or joined(j)) \
                and (doc[j].text not in _LIST_MARKS or joined(j)) and token.i - j < 16:
            if doc[j].text in (".", "!", "?"):
                return None
            j -= 1
        if (j < 1 or doc[j].text not in _LIST_MARKS and doc[j].text != "(") and self._paired_bare_age(token):
            # Round 40 (r40d): "Aarav 5 & Ishaan 2 both have…": each name with its bare number, in a
            # note's running text (a list a heading opens, "Spelling scores: Mabel 9, Huxley 4" or
            # "(Arsenal 3, Spurs 1)", is read by its heading below)
            return value
        if k + 1 < len(doc) and doc[k + 1].text not in (",", ";", ".", "and", "&", "/", ")", "-", "–"):
            return None
        if j >= 1 and doc[j].text not in _LIST_MARKS and self._counted_children_before(j):
            return value if value < 18 else None  # Round 32: "2 children present Max 6 and Honey 3"
        if j < 1 or doc[j].text not in _LIST_MARKS and doc[j].text != "(":
            return None
        # The child word opens the list's heading: "Kids =", "Children in the household:", "Kids at home -".
        for opener in reversed(doc[max(doc[j].sent.start, j - 5): j]):
            if opener.lower_ in _CHILD_LIST_WORDS or opener.lemma_.lower() in _CHILD_LIST_WORDS:
                return value if value < 18 else None
            if opener.lower_ in _ADULT_LIST_WORDS:
                return value if value >= 18 else None  # "Adults: Shane 34, Tara 29"
            if opener.pos_ in ("VERB", "AUX") or opener.text in (".", ";", ":", "=") or _cased(opener) \
                    and opener.i != opener.sent.start:
                return None
        return None

    def _paired_bare_age(self, token) -> bool:
        """Round 40 (r40d): a case note's "Aarav 5 & Ishaan 2", "Storm 5, Tiger 3": a name with a bare
        number after it, joined by "&", "and" or a comma to another name with its own bare number,
        each number closing its item. Both must read as given names (the tagger's name or the
        given names' list), so "Flat 4 and Block 2" or "saw Max 6 times" are no ages."""
        doc = self.doc

        def named(t) -> bool:
            return _cased(t) and t.is_alpha and (t.pos_ == "PROPN" or t.lower_ in first_names()) \
                and t.lower_ not in self.w["headings"] and t.lower_ not in self.w["calendar"]

        def closes(k) -> bool:
            # (not a count of something: "saw Max 6 times", "Year 7 pupils")
            return k >= len(doc) or doc[k].pos_ not in ("NOUN", "PROPN", "NUM", "ADJ", "X") and not doc[k].like_num \
                and doc[k].text not in ("-", "–", ":", "%")

        def item(k, strict=False) -> bool:  # a name at k with a bare number after it that closes the item
            # (the other item of the pair may be a name that is a word: "Storm 5, Tiger-Lily 3")
            return 0 <= k and k + 1 < len(doc) and (named(doc[k]) if strict else _cased(doc[k]) and doc[k].is_alpha
                                                     and doc[k].lower_ not in self.w["headings"]
                                                     and doc[k].lower_ not in self.w["calendar"]
                                                     and doc[k].lower_ not in self.w["roles"]) \
                and doc[k + 1].like_num and doc[k + 1].text.isdigit() and closes(k + 2)

        if not item(token.i, strict=True) or self._in_address(token):
            return False
        def given(t) -> bool:  # one of the pair at least is a given name ("Arsenal 3 and Spurs 1" is a score)
            return t.lower_ in first_names() or t.ent_type_ == "PERSON"
        k = token.i + 2
        if k + 1 < len(doc) and doc[k].lower_ in (",", "&", "and") and (item(k + 1) or item(self._hyphened_end(k + 1))):
            return given(token) or given(doc[k + 1])
        start = self._hyphened_start(token.i)  # "…, Tiger-Lily 3": the list goes on before the name's first part
        return start >= 3 and doc[start - 1].lower_ in (",", "&", "and") and item(start - 3) \
            and (given(token) or given(doc[start - 3]))

    def _hyphened_start(self, k: int) -> int:
        """The first part of a hyphened name ending at k ("Tiger-Lily": "Tiger")."""
        doc = self.doc
        while k >= 2 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_ \
                and _cased(doc[k - 2]):
            k -= 2
        return k

    def _hyphened_end(self, k: int) -> int:
        """The last part of a hyphened name starting at k."""
        doc = self.doc
        while k + 2 < len(doc) and doc[k + 1].text == "-" and not doc[k].whitespace_ and not doc[k + 1].whitespace_ \
                and _cased(doc[k + 2]):
            k += 2
        return k

    def _counted_children_before(self, j) -> bool:
        """Round 32: a case note's count of children just before a list with no mark between
        ("2 children present Max 6 and Honey 3", "3 kids at home Ash 7, …"): a number, then a
        word for children, then at most three lower-case words (no auxiliary) ending at ``j``.
        (The tagger reads "present" there as a verb as often as not; the bare number must still
        close its item, so "saw Max 6 times" is no age.)"""
        doc = self.doc
        start = doc[j].sent.start
        for k in range(j, max(start, j - 4) - 1, -1):
            t = doc[k]
            if t.lower_ in _CHILD_LIST_WORDS or t.lemma_.lower() in _CHILD_LIST_WORDS:
                return k >= 1 and doc[k - 1].like_num and not any(
                    x.pos_ == "AUX" or _cased(x) or x.is_punct for x in doc[k + 1: j + 1])
            if _cased(t) or t.is_punct:
                return False
        return False

    # -- the child's carers -----------------------------------------------------------------------
    def _is_child_token(self, t, decided) -> bool:
        """A word that stands for a child here: a name read as a child on evidence, or a child
        word ("the kids", "the baby", "both children")."""
        if _cased(t) and t.pos_ in ("PROPN", "NOUN", "ADJ", "ADV"):
            read = decided.get(t.lower_)
            return bool(read and read[0] == CHILD and read[2] in ("age", "near", "context", "configured"))
        if not _cased(t) and any(c.dep_ == "appos" and _cased(c) and decided.get(c.lower_, ("",))[0] == ADULT
                                 for c in t.children):
            return False  # Round 31: "her son Jayden (20) … will stay with Nia": a grown-up son, no child
        return not _cased(t) and (t.lower_ in self.w["children"] or t.lemma_.lower() in self.w["children"]) \
            or t.lower_ in ("twins", "siblings")

    def _pronoun_child(self, pronoun, decided) -> bool:
        """"she", "he" or "they" whose nearest person word before it (in this sentence or the one
        before) is a child ("Honey (2) … since she came to live with…")."""
        doc = self.doc
        start = max(0, pronoun.sent.start - 40)
        for t in reversed(doc[start: pronoun.i]):
            if t.pos_ == "PRON" and t.lower_ in ("he", "she", "they", "him", "them"):
                continue
            if _cased(t) and t.lower_ in decided:
                return self._is_child_token(t, decided)
            if t.pos_ in ("NOUN", "PROPN") and t.lower_ in self.w["adult_family"]:
                return False  # "Mum … she": an adult
            if not _cased(t) and t.pos_ == "NOUN" and (t.lower_ in self.w["children"] or t.lemma_.lower() in self.w["children"]):
                return True
        return False

    def _opening_phrase_subject(self, verb):
        """Round 39 (r39d): a phrase with no subject of its own that opens the sentence ("Since moving
        in with Sue and Ranjit, Jade (10) has…", "After going to live with Pam, Leo (7)…") shares the
        subject of the clause after its comma. The verb in -ing hangs on "since", "after"…; the parse
        often joins that subject to the names of the phrase, so it is read by place: the first word
        after the phrase's comma. Returns that word, or None."""
        doc = self.doc
        if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ not in _OPENING_PREPOSITIONS \
                or verb.head.i != verb.head.sent.start:
            return None
        comma = next((t for t in doc[verb.i + 1: verb.sent.end] if t.text == ","), None)
        if comma is None or comma.i + 1 >= verb.sent.end:
            return None
        subject = doc[comma.i + 1]
        main = verb.head.head
        said = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if said is not None and said.i > comma.i:
            return said  # the parse found the subject itself
        if said is None and (_cased(subject) or subject.lower_ in ("she", "he", "they")):
            return subject
        return None

    def _lived_with_by_child(self, mention, decided) -> str:
        """Round 30: whom a child lives, stays, is placed or is left with ("Ruby (4) came to live
        with Tess and Alan", "Nevaeh (6) and Rocco (4) were left overnight with Gail and Sandy",
        "Mum left the kids with Gail") or who fosters or looks after a child ("Honey (2) is fostered
        by Tess and Alan", "the boys are looked after by Gail") is the child's carer: an adult. Not one with a kin or child
        word before it ("lives with Mum and her brothers Jack and Kai"), one listed with a child
        read so ("stays with Nan and Jade (12)"), or one with a child's own signs."""
        doc, last = self.doc, mention[-1]
        anchor = last
        while anchor.dep_ == "conj" and anchor.head.i != anchor.i and anchor.head.i < anchor.i:
            anchor = anchor.head
        if anchor.dep_ != "pobj" or anchor.head.lower_ not in ("with", "by"):
            return ""
        verb = anchor.head.head
        lemma = verb.lemma_.lower()
        placed = _placement_verb(anchor.head) if anchor.head.lower_ == "with" else None
        if placed is not None:
            # Round 40 (r40d): a placement said as a noun ("has been in placement with Maxine and
            # Clive", "is in foster care with Gwen"): as "placed with", the subject is the one cared for
            verb, lemma = placed, "live"
        if anchor.head.lower_ == "by":
            # "Honey (2) is fostered by Tess and Alan", "the boys are looked after by Gail": who
            # does the caring for a child is a carer.
            if anchor.head.dep_ != "agent" or verb.pos_ != "VERB" or not (
                    lemma in _CARING_BY or lemma in _CARING_BY_WITH and any(
                        c.dep_ in ("prep", "prt") and c.lower_ == _CARING_BY_WITH[lemma] for c in verb.children)):
                return ""
            lemma = "place"  # the one cared for is the subject of the passive, as after "placed with"
        elif verb.pos_ not in ("VERB", "AUX") or lemma not in _LIVING_WITH:
            return ""
        # The ones cared for: whom one leaves or places ("left the kids with Gail"), else the subject,
        # climbing from "to live" to the verb it completes ("she came to live with…").
        cared = [c for c in verb.children if c.dep_ == "dobj"] if lemma in ("leave", "place") else []
        if lemma in ("leave", "place") and not cared and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return ""  # "Gail left with Sandy": going away together, not minding anyone
        if lemma == "move" and not any(c.lower_ == "in" and c.dep_ in ("prt", "advmod") for c in verb.children):
            return ""  # ("moved in with" only: "moved with Mum to Leeds" says nothing of a carer)
        holder = verb
        while not cared:
            cared = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
            if cared or holder.dep_ not in ("xcomp", "advcl") or holder.tag_ != "VB":
                break
            holder = holder.head
        opening = self._opening_phrase_subject(holder) if not cared else None
        if opening is not None:
            cared = [opening]
        if not cared:
            return ""
        subject = cared[0]
        group = [subject] + [c for c in subject.subtree if c.dep_ == "conj"]
        if opening is not None:
            group = [subject]
        if subject.pos_ == "PRON":
            child = subject.lower_ in ("she", "he", "they") and self._pronoun_child(subject, decided)
        else:
            child = any(self._is_child_token(t, decided) for t in group)
        if not child:
            return ""
        # Who the child lives with: each name in the "with" list; none may be a child's kin or a child.
        listed = [anchor] + [c for c in anchor.subtree if c.dep_ == "conj"]
        if opening is not None:
            listed = [t for t in listed if t.i < opening.i]  # (the parse may join the subject to the list)
        end = max(t.i for t in listed)
        for t in doc[anchor.head.i + 1: end + 1]:
            if not _cased(t) and (t.lower_ in self.w["same_generation"] or t.lemma_.lower() in self.w["same_generation"]
                                  or t.lower_ in self.w["children"] or t.lemma_.lower() in self.w["children"]):
                return ""  # "lives with Mum and her brothers Jack and Kai"
            if _cased(t) and t.i != last.i and self._is_child_token(t, decided):
                return ""  # "stays with Nan and Jade (12)"
        after = doc[end + 1: min(end + 6, last.sent.end)]
        if any(t.dep_ == "appos" or t.text == "," for t in after[:1]) and any(
                not _cased(t) and (t.lower_ in self.w["same_generation"] or t.lemma_.lower() in self.w["same_generation"]
                                   or t.lower_ in self.w["children"] or t.lemma_.lower() in self.w["children"]
                                   or t.lower_.startswith(("step-", "half-")))
                for t in after):
            return ""  # "stays with Kai and Mia, her step-siblings,": the child's kin, set beside them
        if self._age_of(last) is not None or self._child_context(last):
            return ""
        return f"{verb.text} {anchor.head.text} {last.text}: a child lives with, is left with or is cared for by them"
