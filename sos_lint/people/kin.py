"""Round 29: whose brother, sister, cousin, friend or mate a name is, and so of which generation.

A relative or friend named by a kin word ("his sister Dawn", "Ffion's friend Cerys", "his mate
Dev") is of the generation of whoever the kin word belongs to: the relative of an adult is an
adult, unless an age or a child's sign says otherwise; the relative of a child stays a child
("her brother Kit", "Oscar and his sister Evie"). The owner is read from the parse and the words
before it: a name before "'s", or the person "his", "her" or "their" points back to (the nearest
person before it in the sentence, through "he" or "she" standing for the same person: "when
Cliff feels his temper rising he goes to his brother Marcus's"). None of it lists names.

Read by sos_lint.people (one reader per parsed text); no rule reads this module directly.
"""
from __future__ import annotations

from .wordlists import ADULT, CHILD, _cased

# Words before a kin word that say the relative is young, whoever owns them ("her little
# brother", "his baby sister"): a child, read by ``roles._role_word``.
_YOUNG = frozenset(("little", "baby", "wee", "tiny", "infant", "kid", "younger"))
_SUBJECT_PRONOUNS = {"his": "he", "her": "she"}


class KinReading:
    """Mixin for the people reader (``self.doc`` its tokens, ``self.w`` its words)."""

    def _kin_word_before(self, head):
        """The lower-case kin or friend word that introduces the name ("his sister Dawn",
        "Ffion's friend Cerys", "his brother, Marcus,"), unless a young word says a child ("her
        little brother Kit") or it is a plural ("his sisters Amy and Jo": read as a list)."""
        doc = self.doc
        k = head.i - 1
        if k >= 1 and doc[k].text == ",":
            k -= 1
        if k < 0:
            return None
        word = doc[k]
        same = self.w["same_generation"]
        if _cased(word) or word.lower_ not in same or word.tag_ == "NNS" or word.lower_ in ("twin", "twins"):
            return None
        j = k - 1
        while j >= 0 and (doc[j].pos_ == "ADJ" or doc[j].lower_ in _YOUNG or doc[j].text == "-") and k - j < 4:
            if doc[j].lower_ in _YOUNG:
                return None
            j -= 1
        return word

    def _kin_owner(self, kin, name_keys):
        """Whom the kin word belongs to: the token of a name before "'s" ("Chelsea's sister"), a
        person word ("Mum's friend"), or whom "his"/"her"/"their" points back to: the name the
        kin word is joined to by "and" ("Ross and his mate Dev"), else the subject of the nearest
        clause above the kin word that has a subject other than the kin word's own phrase ("Mr
        Lamb is …, but his sister Dawn has…"; "Reed (12) leaves school to fetch his sister Iona"),
        through "who" to the word the clause describes and through "he"/"she" to the nearest name
        before it. None when that subject is of the other sex or cannot be told."""
        owner = self._owner(kin)
        if owner is None:
            return None
        if owner.lower_ not in ("his", "her", "their"):
            return owner
        other_sex = {"his": self.w["female_words"], "her": self.w["male_words"]}.get(owner.lower_, frozenset())
        if kin.dep_ == "conj" and kin.head.i < kin.i:
            # "Ross and his mate Dev": the name it is listed with; "films her and her brother
            # Tomasz": a person named by a pronoun, who it is this reading cannot tell. A list
            # of someone's people ("Kayla's mentor, Yasmin, and her brother, Dion") is that
            # someone's: the owner of the list's first word.
            head = kin.head
            noun = head.head if head.dep_ == "appos" and head.head.i < head.i else head
            whose = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
                (g for c in head.children if c.dep_ == "appos" for g in c.children if g.dep_ == "poss"), None)
            # (and "Sinead Byrne, Callum's mental health nurse, and his older sister Jasmine")
            if whose is not None and whose.lower_ not in ("his", "her", "their"):
                return whose if whose.i in name_keys or not _cased(whose) and whose.lower_ in self.w["adult_family"] \
                    else None
            if whose is None:
                if head.pos_ == "PRON" or self._sex_words(head) & other_sex:
                    return None
                return head if head.i in name_keys else None
            # "she will talk to her key worker, Leanne, or her sister Gift": the same "her" owns
            # the list; read on to whom it points back to.
        for verb in kin.ancestors:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and kin not in c.subtree]
            if not subjects:
                continue
            subject = subjects[0]
            if subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
                subject = verb.head  # "the young carer … who looks after her brother": whom the clause describes
                if subject.i not in name_keys:
                    continue  # (read on up: "she is the young carer who…")
            while subject.dep_ == "compound" and subject.head.i > subject.i:
                subject = subject.head
            if any(c.dep_ == "poss" and c.lower_ == owner.lower_ for c in subject.children):
                continue  # "Kai said his dad hit his sister Maisie": one "his" owns both; read on up
            if self._sex_words(subject) & other_sex:
                return None  # "Dad brings Summer … and takes her brother Chase": not Dad's
            said = subject  # (whom to measure from: "When Mum feels she wants to speak to Dad she will…")
            if owner.lower_ != "their" and subject.lower_ == _SUBJECT_PRONOUNS.get(owner.lower_):
                subject = self._name_before(subject, name_keys)
                if subject is None:
                    return None
            lower = subject.lower_
            if not (subject.i in name_keys or lower in self.w["adult_family"] or lower in self.w["children"]
                    or subject.lemma_.lower() in self.w["children"]):
                return None
            if self._person_between(said, owner, name_keys):
                return None  # "Cllr Amos passed on that Rain … with her brother": nearer, Rain may be "her"
            return subject
        return None

    def _grown_child_listed_before(self, kin, role_of, name_keys) -> str:
        """Round 31: one "her"/"his" owns a list whose first word is a son or daughter an age makes
        grown up, and then the kin word ("her eldest son Tobi (19) or her sister Folake is at
        home with…"): whoever "her" is, she has a grown-up child, so her sister is of a parent's
        generation. Returns the son's or daughter's words, or ""."""
        owner = self._owner(kin)
        if owner is None or owner.lower_ not in ("his", "her") or kin.dep_ != "conj" or kin.head.i > kin.i:
            return ""
        head = kin.head
        if head.lemma_.lower() not in ("son", "daughter", "stepson", "stepdaughter") \
                or not any(c.dep_ == "poss" and c.lower_ == owner.lower_ for c in head.children):
            return ""
        for name in (c for c in head.children if c.dep_ == "appos" and c.i in name_keys):
            if role_of(name_keys[name.i]) == ADULT and self._age_of(name) is not None and self._age_of(name) >= 18:
                return f"{owner.text} {head.text} {name.text}"
        return ""

    def _person_between(self, subject, owner, name_keys) -> bool:
        """Another person named between the subject found and "his"/"her": a name, a family word
        or a pronoun for a person (not an owner: "Nova told her teacher that her sister…")."""
        doc = self.doc
        own = {subject.i} | {t.i for t in subject.subtree if t.dep_ == "compound"}
        # Round 30: the name a role word is set beside is the same person ("their mum Kirsty was
        # found at her friend Leanne's flat": the parse may make both words subjects of the verb).
        k = subject.i + 1
        while k < len(doc) and k < subject.i + 4 and _cased(doc[k]) and doc[k].i in name_keys \
                and not _cased(subject) and (subject.lower_ in self.w["adult_family"] or subject.lower_ in self.w["roles"]) \
                and (doc[k].head.i == subject.i or doc[k].head.i == subject.head.i and doc[k].dep_ == subject.dep_):
            own.add(k)
            k += 1
        for t in doc[subject.i + 1: owner.i]:
            if t.i in own or t.dep_ == "poss" or t.tag_ == "PRP$" or t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("'s", "’s"):
                continue
            holder = t.head if t.dep_ in ("appos", "compound") else t
            if any(c.dep_ == "poss" and c.lower_ == owner.lower_ for c in holder.children):
                continue  # "Mum will have her friend Donna or her brother Aled": the same "her" owns both
            if t.i in name_keys and name_keys[t.i] != name_keys.get(subject.i) or t.lower_ in ("him", "her", "them") \
                    or _cased(t) and t.lower_ in self.w["adult_family"]:
                return True
        return False

    def _sex_words(self, person) -> set:
        """The words beside a person's word that say a sex: itself, its compounds and its title
        ("Uncle Jerome", "Mr Grant")."""
        found = {person.lower_} | {c.lower_.rstrip(".") for c in person.children if c.dep_ in ("compound", "amod")}
        if person.i and self.doc[person.i - 1].lower_.rstrip(".") in self.w["titles"]:
            found.add(self.doc[person.i - 1].lower_.rstrip("."))
        return found

    def _name_before(self, pronoun, name_keys):
        """The nearest name (or "Mum", "Dad") before "he" or "she" in its sentence that is the subject of a verb
        ("when Cliff feels his temper rising he…": Cliff; "Hope will see Mrs Kaur at the gate,
        and she will…": Hope, not the one seen), not of the other sex by its title."""
        doc = self.doc
        other_sex = {"he": self.w["female_words"], "she": self.w["male_words"]}.get(pronoun.lower_, frozenset())
        for t in reversed(doc[pronoun.sent.start: pronoun.i]):
            subject = t.dep_ in ("nsubj", "nsubjpass") or t.i in name_keys and t.dep_ == "appos" \
                and t.head.i < t.i and t.head.dep_ in ("nsubj", "nsubjpass")  # Round 32: "their dad, Ruaridh, starts…"
            if (t.i in name_keys or _cased(t) and t.lower_ in self.w["adult_family"]) \
                    and subject and not self._sex_words(t) & other_sex and not self._sex_words(t.head if t.dep_ == "appos" else t) & other_sex:
                return t  # (or "Mum", "Dad" written as names: "When Mum feels … she will talk to her sister")
        return None

    def _kin_generation(self, mention, role_of, name_keys) -> str:
        """ADULT evidence where the name's kin word belongs to an adult ("his sister Dawn" after
        Mr Lamb, "Chelsea's sister Chantelle" where Chelsea is 18), or "". ``role_of(key)`` gives
        a name's role as read so far; ``name_keys`` maps token indices of names to their keys."""
        head = mention[0]
        kin = self._kin_word_before(head)
        if kin is None:
            return ""
        owner = self._kin_owner(kin, name_keys)
        if owner is None:
            grown = self._grown_child_listed_before(kin, role_of, name_keys)
            if grown:
                return f"listed after {grown}: of a parent's generation"
            return ""
        if owner.i in name_keys:
            if name_keys[owner.i] == head.lower_:
                return ""
            adult = role_of(name_keys[owner.i]) == ADULT or self._title_before(owner) is not None
        else:
            lower = owner.lower_  # ("Mum", "Dad" written with a capital, as families do)
            adult = lower in self.w["adult_family"] or not _cased(owner) and lower in self.w["professionals"]
        if not adult:
            return ""
        last = mention[-1]
        if self._child_context(last) or self._evidence(head):
            return ""  # an adult's relative with a child's things or words ("Mum's sister Amy's school")
        whose = f"{owner.text}'s" if owner.i in name_keys or _cased(owner) else owner.text
        return f"{whose} {kin.text}: of an adult's generation"


_KIN_OF_THE_CHILD = {"sister", "brother", "sibling", "half-sister", "half-brother", "stepsister", "stepbrother", "cousin",
        "friend", "twin"}
_ROLE_CHILDREN = {"child", "minor", "baby", "infant", "toddler", "youngster", "juvenile", "person", "yp", "cyp"}


def relative_of_the_child(token) -> bool:
    """The name is set beside a kin word owned by a role word for the child: "the sister of the
    child, Rufaro (14)", "the baby's brother Kai", "the young person's cousin, Tendai". That
    relative is not the child "the child" stands for."""
    if token.dep_ not in ("appos", "compound") or token.head.lemma_.lower() not in _KIN_OF_THE_CHILD:
        return False
    kin = token.head
    owners = [g for c in kin.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
              if g.dep_ == "pobj"] + [c for c in kin.children if c.dep_ == "poss"]
    return any(o.lemma_.lower() in _ROLE_CHILDREN and not o.text[:1].isupper() or o.lower_ in ("yp", "cyp")
               for o in owners)
