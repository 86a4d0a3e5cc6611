"""Grown-ups told by what the sentence says of them (round 26): an adult's age said as a
predicate ("Dean is a 32-year-old", "Faith is the oldest at 21"), a name that owns a child ("Sandeep
and Teodora's three-year-old, Pip", "Eunice, whose children Marvel (5) and Zion (7) live with her")
and the names a goal speaks to ("Bill and Sandra, you will make sure…").

Each reads only the tokens and the parse beside one mention; the reader in ``__init__`` decides
how strong each is. None of them lists names: they read how the sentence is built."""
from __future__ import annotations

import re

from .ages import _age
from .wordlists import ADULT, CHILD, _cased, line_start

# Where a child comes among the children, said with an age after "at" ("the oldest at 21").
_PLACE_AMONG = frozenset(("oldest", "eldest", "youngest", "middle"))
# What a parent has beyond rules/people.toml's `own_children`: a baby, an N-year-old.
_BABY_WORDS = frozenset(("baby", "babies", "twins", "child", "newborn", "toddler"))
_AGE_NOUN = re.compile(r"(\w+)-(year|month|week)s?-old")
_POSSESSIVE = ("'s", "’s", "'", "’")
_PHRASE_WORDS = ("DET", "NUM", "ADJ", "NOUN", "PUNCT")
# Round 27: what a goal wants a child to be able to do or feel ("want Bear to be able to say that…",
# "want Moss to feel safe at bedtime"): a child's own voice, rest and feelings. Not what an adult
# is wanted to do ("to be able to visit", "to stop drinking").
_WANTING = frozenset(("want", "like", "need", "hope", "wish", "expect"))
_CHILDS_ABILITIES = frozenset(("say", "tell", "talk", "speak", "sleep", "feel", "trust", "relax", "settle",
                               "play", "learn", "concentrate", "enjoy", "rely"))



# Round 29: where only adults are held ("got out of prison", "was released from jail"; a child is
# held in a secure unit or a young offender institution) and the verbs of being there or leaving.
_ADULT_PRISONS = frozenset(("prison", "jail", "gaol"))
_HELD_OR_FREED = frozenset(("get", "come", "release", "let", "leave", "walk", "be", "serve", "spend", "return", "go",
                            "send", "remand", "free", "put"))


class GrownReading:
    """Mixin for the people reader: ``self.doc`` is the reader's token list, ``self.w`` its words."""

    def _in_or_out_of_prison(self, mention, name_tokens) -> str:
        """Round 29: the name was in prison or has come out, or is on probation ("Lenny, who has
        been sleeping on the sofa since he got out of prison", "Dean was released from prison in
        May", "her brother Kyle, who is on probation"): said of the
        name as the subject of the verb, through "who" in a clause set on the name, or through
        "he"/"she" whose nearest name before it is this one. An adult's past: a child is held in
        a secure unit or a young offender institution, not a prison."""
        doc, last = self.doc, mention[-1]
        own = {t.i for t in mention}
        for t in doc[last.sent.start: last.sent.end]:
            if t.dep_ != "pobj" or t.lower_ not in _ADULT_PRISONS and not (
                    t.lower_ == "probation" and t.head.lower_ == "on" and not any(c.dep_ in ("compound", "amod") for c in t.children)):
                continue  # ("on probation": the adult service; a young person is on a referral order with the YOT)
            verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is None or verb.lemma_.lower() not in _HELD_OR_FREED:
                continue
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None:
                continue
            if subject.i in own:
                return f"{verb.text} … {t.text}"
            if subject.lower_ in ("who", "that") and verb.dep_ == "relcl" and verb.head.i in own:
                return f"{verb.text} … {t.text}"
            if subject.lower_ in ("he", "she") and subject.i > last.i:
                nearest = next((k for k in range(subject.i - 1, last.sent.start - 1, -1) if k in name_tokens
                                and not (k + 1 < len(doc) and doc[k + 1].lower_ in ("'s", "’s"))), None)
                if nearest in own:
                    return f"{subject.text} {verb.text} … {t.text}"
        return ""

    def _own_child_words(self) -> frozenset:
        return self.w["own_children"] | _BABY_WORDS

    def _age_as_predicate(self, token) -> int | None:
        """"Dean is a 32-year-old who works with her mum", "Faith is the oldest at 21": the age the
        sentence gives the name it is said of (the name the subject of "is" or "was")."""
        verb = token.head
        if token.dep_ != "nsubj" or verb.lemma_ != "be":
            return None
        for c in verb.children:
            if c.dep_ == "attr" and c.lower_ == "old":
                value = self._age_adjective_at(c.i)
                if value is not None:
                    return value
            if c.dep_ == "attr" and c.lower_ in _PLACE_AMONG:
                # "the oldest at 21" (the parse may hang "at" on the verb or on "oldest")
                at = next((p for p in list(c.children) + list(verb.children)
                           if p.dep_ == "prep" and p.lower_ == "at" and p.i == c.i + 1), None)
                number = next((n for n in at.children if n.dep_ == "pobj"), None) if at is not None else None
                if number is not None and number.i == at.i + 1:
                    value = _age(number)
                    following = self.doc[number.i + 1].lower_ if number.i + 1 < len(self.doc) else ""
                    if value is not None and following not in ("am", "pm", "o'clock", "%"):
                        return value
        return None

    def _owns_a_child(self, mention) -> str:
        """"Sandeep and Teodora's three-year-old, Pip", "Ruby's baby, Noor": a name that owns a child
        (a son, a daughter, a baby, an N-year-old) is that child's parent. A list of names joined by
        "and" before the possessive owns it together. Not "Kai's baby brother": the last word of
        what is owned decides."""
        doc = self.doc
        k = mention[-1].i + 1
        # "Sandeep and Teodora's": skip to the last name of the pair.
        if k + 2 < len(doc) and doc[k].lower_ == "and" and _cased(doc[k + 1]) and doc[k + 1].pos_ == "PROPN" \
                and doc[k + 2].text in _POSSESSIVE:
            k += 2
        if k >= len(doc) or doc[k].text not in _POSSESSIVE:
            return ""
        words = []
        j = k + 1
        while j < len(doc) and j <= k + 8 and (doc[j].pos_ in _PHRASE_WORDS and doc[j].text not in (",", ".", ";", ":", "(", ")")
                                               or doc[j].text == "-"):
            if doc[j].text in _POSSESSIVE or _cased(doc[j]):
                return ""  # "Ruby's baby's cot", "Kai's Year 7…": another owner or a name
            words.append(doc[j])
            j += 1
        if not words:
            return ""
        joined = "".join(t.text_with_ws for t in words).strip().lower().replace(" - ", "-")
        last = words[-1].lower_
        if _AGE_NOUN.search(joined.replace(" ", "")) and last == "old" or last in self._own_child_words():
            if j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN") and not _cased(doc[j]):
                return ""
            return f"{doc[k - 1].text}{doc[k].text} {joined}"  # whose child it is: a parent
        return ""

    def _whose_children(self, mention) -> str:
        """"his sister Eunice, whose children Marvel (5) and Zion (7) live with her": a name with
        "whose" and a child word after it is a parent."""
        doc = self.doc
        k = mention[-1].i + 1
        if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "whose":
            j = k + 2
            while j < len(doc) and j <= k + 5 and doc[j].pos_ in ("NUM", "ADJ", "DET"):
                j += 1
            if j < len(doc) and doc[j].lower_ in self._own_child_words():
                return f"whose {doc[j].text}"
        return ""

    def _spoken_to_with_another(self, mention) -> str:
        """"Bill and Sandra, you will make sure that when Tiago comes home…": two or more names
        that open the sentence, are closed by a comma and then spoken to as "you", are the adults a
        goal speaks to. One name alone may be a young person spoken to ("Kayla, you will…"): not
        read here."""
        doc = self.doc
        sent = mention[0].sent
        start = line_start(mention[0])  # Round 38: a heading line parsed into the sentence is not its start
        while start < sent.end and doc[start].text in ("\"", "“", "‘", "'", "(", "-", "–"):
            start += 1
        names, k, joined = [], start, False
        while k < sent.end and _cased(doc[k]) and doc[k].pos_ == "PROPN":
            names.append(k)
            k += 1
            while k < sent.end and _cased(doc[k]) and doc[k].pos_ == "PROPN" and doc[k - 1].pos_ == "PROPN":
                k += 1  # "Bill Reed and Sandra"
            if k + 1 < sent.end and doc[k].text == "," and joined and _cased(doc[k + 1]):
                # Round 36 (r36d): "Vikram and Sunita, Aarav (7) has told us …": a pair joined by
                # "and" and then a comma is no list going on ("A, B and C" is): the pair is spoken to,
                # and a clause of its own starts after the comma. Spoken to where that sentence then
                # says "you" ("when either of you feels…", "Aarav needs you to…"), and the clause opens
                # on a child given an age ("Aarav (7)"): not "Mia and Leo, Sam wants you to feel safe"
                # (Sam may be a worker speaking to two children).
                if len(names) >= 2 and mention[0].i >= names[0] and mention[-1].i < k \
                        and self._age_of(doc[k + 1]) is not None and self._age_of(doc[k + 1]) < 18 \
                        and any(t.lower_ in ("you", "your") for t in doc[k + 1: sent.end]) \
                        and not self._wanted_for_in(mention, sent):
                    return "spoken to with another, before the clause that says \"you\""
                return ""
            if k + 1 < sent.end and doc[k].lower_ in ("and", "&") or k + 1 < sent.end and doc[k].text == "," \
                    and _cased(doc[k + 1]) and doc[k + 1].pos_ == "PROPN":
                joined = joined or doc[k].lower_ in ("and", "&")
                k += 1
                continue
            break
        if len(names) < 2 or not (mention[0].i >= names[0] and mention[-1].i < k):
            return ""
        if k + 1 < sent.end and doc[k].text == "," and doc[k + 1].lower_ == "you":
            if self._wanted_for_in(mention, sent):
                return ""  # Round 28b: "Dad and Skye, you both want Skye to feel safe": Skye is the child
            return "spoken to with another as \"you\""
        return ""

    def _wanted_for_in(self, mention, sent) -> bool:
        """Round 28b: the same sentence wants something for this name ("you both want Skye to
        feel safe online", "you all want Hamza to keep his place at college"): the name is the
        child the goal is for, though the goal speaks to the child with the adults.
        Round 30 (a practice lead's trial): the sentence goes on to speak OF the name, after
        speaking to it ("Hope, Mum and Lee, you all need a home where Hope can leave her room"):
        the one spoken of in the third person in the goal's own sentence is the child it is for."""
        name = mention[0].lower_
        said_you = next((t.i for t in sent if t.lower_ == "you" and t.i > mention[-1].i), None)
        for t in sent:
            if t.lower_ != name or t.i <= mention[-1].i:
                continue
            if said_you is not None and t.i > said_you and t.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "pobj"):
                return True
            head = t.head
            if t.dep_ == "dobj" and head.lemma_.lower() in _WANTING and any(
                    c.dep_ in ("xcomp", "ccomp") and c.i > t.i for c in head.children):
                return True
            if t.dep_ == "nsubj" and head.dep_ in ("ccomp", "xcomp") and head.head.lemma_.lower() in _WANTING \
                    and any(c.lower_ == "to" and c.dep_ == "aux" for c in head.children):
                return True
        return False

    def _apart_from_the_children(self, mention) -> str:
        """"living with Carys and the children, Lark (7) and Ted (4)": a name joined by "and" to the
        children as a group is not one of them. Not "Ruby and the other children", nor "Ruby and
        the children in her class", where the name is one of a wider group."""
        last = mention[-1]
        joined = [c for c in last.children if c.dep_ == "conj"]
        if last.dep_ == "conj":
            joined.append(last.head)
        for group in joined:
            if group.lower_ not in ("children", "kids") or _cased(group) or group.i < last.i:
                continue
            words = {c.lower_ for c in group.children}
            if words & {"other", "both", "all", "older", "younger", "two", "three"} \
                    or any(c.dep_ in ("prep", "relcl", "acl") for c in group.children):
                continue
            if words & {"the", "her", "his", "their", "my", "our", "your"}:
                return f"named apart from {group.text}"
        return ""

    def _wanted_able(self, mention):
        """(the wanting verb, the wanted name's verb, what it is wanted to do) where the name is the one a goal wants to be
        able to say, sleep or feel something ("want Bear to be able to say that…", "want Moss to
        feel safe at bedtime"), or None. The parse hangs the name on "be"/"feel" as its subject
        or on "want" as its object."""
        last = mention[-1]
        while last.dep_ == "conj" and last.head.i < last.i:
            last = last.head  # "want Bear and Wren to feel…": the first of the list
        if last.dep_ == "nsubj" and last.head.dep_ in ("ccomp", "xcomp") and last.head.head.lemma_.lower() in _WANTING:
            verb, wanting = last.head, last.head.head
        elif last.dep_ == "dobj" and last.head.lemma_.lower() in _WANTING:
            wanting = last.head
            verb = next((c for c in wanting.children if c.dep_ in ("xcomp", "ccomp") and c.i > last.i), None)
            if verb is None:
                return None
        else:
            return None
        if not any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
            return None
        if verb.lemma_ == "be":
            able = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "able"), None)
            doing = next((c for c in able.children if c.dep_ == "xcomp"), None) if able is not None else None
            if doing is None or doing.lemma_.lower() not in _CHILDS_ABILITIES:
                return None
            return wanting, verb, f"be able to {doing.lemma_.lower()}"
        if verb.lemma_.lower() == "feel":
            feeling = next((c for c in verb.children if c.dep_ in ("acomp", "oprd")), None)
            if feeling is not None:
                return wanting, verb, f"feel {feeling.text}"
        return None

    def _wanted_for_by_names(self, mention) -> str:
        """"Dean and Sorrel want Bear to be able to say that nobody shouts": two or more names
        joined by "and" that want a named one to be able to say, sleep or feel something are the
        adults a goal speaks of (one name alone may be a child wanting for a brother or sister:
        not read here)."""
        first = mention[0]
        anchor = first
        while anchor.dep_ == "conj" and anchor.head.i < anchor.i:
            anchor = anchor.head
        if anchor.dep_ != "nsubj" or anchor.head.lemma_.lower() not in _WANTING:
            return ""
        names = [anchor] + [t for t in anchor.subtree if t.dep_ == "conj" and _cased(t) and t.pos_ == "PROPN"]
        if len(names) < 2 or anchor.pos_ != "PROPN":
            return ""
        wanting = anchor.head
        for t in wanting.subtree:
            if t.i > wanting.i and _cased(t) and t.pos_ == "PROPN" and t.dep_ in ("nsubj", "dobj"):
                if t.lower_ == first.lower_:
                    # Round 31 (a practice lead's trial): "Yonas and Selam, you and Joy need Joy to
                    # feel safe": the name wanted for is in the list spoken to; it is the child the
                    # goal is for, not one of the adults wanting it.
                    return ""
                found = self._wanted_able([t])
                if found is not None and found[0].i == wanting.i:
                    return f"{wanting.text} {t.text} to {found[2]}"
        return ""

    def _child_unborn(self, decided) -> bool:
        """Round 27: the child the statement is about is not born yet, and so has no name: it
        speaks of an "unborn" baby or child, or of a pregnancy ("is 30 weeks pregnant") whose
        mother the statement makes an adult by her age or title. In such a statement with no
        child named on evidence, a bare name is the expectant parent or another adult ("Patience
        told the midwife she has had no contact with the unborn baby's father"). A pregnant name
        with nothing else said ("Tia is pregnant and says her baby's father is 25") is not such a
        statement: a pregnant girl may be the child."""
        doc = self.doc
        for t in doc:
            if t.lower_ == "unborn" and t.dep_ in ("amod", "compound", "acomp", "ROOT", "attr", "conj") or (
                    t.lower_ == "unborn" and t.head.lower_ in ("baby", "child", "son", "daughter", "twins")):
                return True
            if t.lower_ == "pregnant" and t.dep_ in ("acomp", "conj", "amod", "advcl"):
                verb = t.head
                if verb.pos_ == "ADP" and t.dep_ == "amod":
                    verb = verb.head  # Round 41 (r41d): "Tiffany is still drinking at 30 weeks pregnant"
                while verb.dep_ == "conj" and verb.head.i < verb.i and not any(c.dep_ == "nsubj" for c in verb.children):
                    verb = verb.head
                for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
                    said = decided.get(subject.lower_)
                    if _cased(subject) and said and said[0] == ADULT and said[2] in ("age", "near"):
                        return True
                    if _cased(subject) and said is None and _baby_spoken_of(doc):
                        return True  # Round 35: "Leanne is 28 weeks pregnant …; the baby could be hurt"
        from .adult_signs import baby_still_to_be_born

        return baby_still_to_be_born(doc)  # Round 33: "when the baby is born in February"

    def _grown_said(self, mention) -> tuple[str, str]:
        """(ADULT, evidence) where the sentence says the name is a parent or one of the adults a
        goal speaks to; ("", "") otherwise."""
        for reading in (self._owns_a_child, self._whose_children, self._spoken_to_with_another,
                        self._apart_from_the_children, self._wanted_for_by_names):
            found = reading(mention)
            if found:
                return ADULT, found
        found = self._wanted_able(mention)
        if found is not None and mention[-1].pos_ == "PROPN":
            return CHILD, f"wanted to {found[2]}"  # the child a goal is for
        return "", ""


_BABY_NOUNS = frozenset(("baby", "unborn"))


def _baby_spoken_of(doc) -> bool:
    """Round 35: the statement says what may happen to the baby itself: "the baby" or "her baby"
    as the subject of a clause ("the baby could be hurt before she is born", "her baby will be born
    withdrawing"), so the child it is about is the baby still to be born. Not the baby as an owner
    ("her baby's father is 25": a pregnant girl may still be the child)."""
    return any(t.lower_ in _BABY_NOUNS and t.dep_ in ("nsubj", "nsubjpass") and not _cased(t)
               and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "her", "their") for c in t.children)
               for t in doc)
