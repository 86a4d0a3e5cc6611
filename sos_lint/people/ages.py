"""What the people reading reads of ages and child cues: an age beside a name, a child's things or day,
being kept safe or cared for, months read as dates, and what a sentence says of a person.

Read by sos_lint.people (one reader per parsed text); no rule reads this module directly.
"""
from __future__ import annotations

import datetime
import re

from ..metrics import doc_text
from .said import CHILD_ACTS, _travelled_from, child_predicate, points_back_to
from .wordlists import (
    ADULT, CHILD, OTHER, PET, first_names, _AGE_UNITS, _BRING_VERBS, _CARED, _CARE_VERBS, _HARM_VERBS,
    _ORGANISATION_TAGS, _PLAN_VERBS, _TALK_VERBS, _age, _cased, _per_token,
)


# Only a child is brought, taken or collected to or from school, or got ready for it ("picks River
# up from school", "drops Hope at nursery", "keeps Journey off school"); a school word after any
# other verb's object says nothing of it ("playing Fortnite on school nights", "watches
# Emmerdale before school").
_SCHOOL_RUN_VERBS = _BRING_VERBS | {"get", "send", "keep", "escort", "accompany", "enrol", "register"}
_SCHOOL_WORDS = {"school", "nursery", "class", "college", "preschool", "pre-school", "creche", "crèche"}
_SCHOOL_RUN_PREPOSITIONS = {"to", "from", "at", "into", "for", "off", "in"}
_SCHOOL_TIMES = {"night", "nights", "hours", "holiday", "holidays", "day", "days", "term", "terms", "week", "weeks",
                 "morning", "mornings", "evening", "evenings", "time", "times", "year", "years"}


# Words that open another clause: a person's verb after one is not said of the word before.
# Words a child is spoken of with before the name ("little Wren", "wee Murray", "young Cole").
_LITTLE = {"little", "wee", "young"}
# Words inside a sibling's word ("half-brother", "step-sister", "twin sister") and friends' words.
_SIBLING_PARTS = {"half", "step", "-", "twin", "older", "younger", "big", "baby", "little", "teenage", "eldest",
                  "oldest", "youngest"}
_FRIENDS = {"friend", "friends", "mate", "mates", "pal", "pals"}
# Verbs of harm one child may do to another ("touched his cousin", "bit her cousin").
_PEER_HARMS = _HARM_VERBS | {"touch", "bite", "molest", "rape", "stab", "burn", "strike", "hurt", "bully", "expose",
                             "interfere", "scratch", "trip", "throttle", "smack"}
# Verbs for coming into a school year or starting school or nursery ("came into Year 5").
_SCHOOL_ENTRY_VERBS = {"come", "go", "arrive", "be", "move", "start", "join", "begin", "attend"}
# A date of birth after a name and at most two surnames: "(DOB 02/03/2019)", ", d.o.b. 4.5.18".
_BIRTH_DATE = re.compile(r"(?:\s*[A-Z][\w'-]+){0,2}\s*[(,]\s*(?:d\.?\s?o\.?\s?b\.?|born|date of birth)\s*:?\s*"
                         r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})\b", re.IGNORECASE)
_CLAUSE_OPENERS = {"when", "while", "whenever", "if", "because", "where", "until", "unless", "since"}
# What may follow "Hope was 13" and still say an age: a clause or a time ("when", "but", "so",
# "at the time", "last month").
_AGE_CLAUSE_WORDS = {"when", "while", "but", "so", "because", "at", "last", "this", "in", "on", "before", "after", "then"}


# What a time can do as well as a person: a month as their subject is a name only with a person's
# complement ("started nursery", "gets home", "fell asleep").
_WHAT_TIMES_DO = {"be", "come", "go", "get", "run", "look", "stay", "grow", "feel", "start", "begin", "end", "finish",
                  "pass", "arrive", "fall", "turn", "last", "see", "bring", "become", "remain", "seem", "follow",
                  "approach", "leave", "live", "need", "want", "help", "care"}
_A_PERSONS_COMPLEMENT = {"home", "asleep", "awake", "school", "nursery", "college", "bed", "upset", "hungry", "scared",
                         "frightened", "ill", "poorly", "sick", "crying", "quiet", "withdrawn"}


# Words of worry or care after which "about" names whom one worries about ("worried about May").
_WORRY_WORDS = {"worry", "worried", "concern", "concerned", "anxious", "scared", "frightened", "upset", "care", "fear",
                "fret", "think", "know", "forget", "hear", "dream", "cry", "argue", "fight", "row", "disagree"}
# Round 29: worry "for" a name, as a record puts it ("CP concerns for Harmony and unborn", "fears for
# Kai"): the one whose welfare is feared for.
_WORRIED_FOR = frozenset(("concern", "concerns", "worry", "worries", "worried", "concerned", "fear", "fears", "anxious"))
# Round 29: how a record counts a baby's life from birth ("since Wren was born", "before Kai was born").
_SINCE_BIRTH = frozenset(("since", "before", "after", "until", "till", "when"))
# Words set beside a name that say a child ("Ruby, the youngest,").
_SET_BESIDE_CHILD = {"youngest", "eldest", "oldest", "middle", "girl", "boy", "baby", "toddler", "twin", "twins"}


# A pupil's things, owned by "his" or "her" after a name ("her teacher", "his class"): see _own_school_word.
_PUPILS_THINGS = frozenset(("teacher", "teachers", "class", "classmates", "classroom", "tutor", "keyworker",
                            "childminder", "homework", "uniform", "nursery", "school", "senco", "ta", "form"))
# A baby's bed, seat or pram, and the states a baby is found in there (visit notes).
_BABY_GEAR = frozenset(("cot", "pram", "buggy", "pushchair", "crib", "bassinet", "bouncer", "highchair", "playpen",
                        "car seat", "moses basket", "travel cot", "baby seat", "baby bouncer", "high chair"))
_BABY_STATES = frozenset(("asleep", "awake", "crying", "settled", "unsettled", "sleeping", "lying", "strapped"))


# Round 28: short units after an age in brackets ("Major (18m)", "Ivy (9 mths)", "Bea (6 wks)"):
# months or weeks, a baby's age, never years.
_SHORT_MONTHS_OR_WEEKS = frozenset(("m", "mo", "mos", "mth", "mths", "w", "wk", "wks"))

class AgeReading:
    """Ages and child cues: methods of the people reader (sos_lint.people._Reader)."""

    @_per_token
    def _month_is_date(self, token) -> bool:
        doc = self.doc
        before = doc[token.i - 1] if token.i else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.text == "(" and self._age_of(token) is not None:
            return False  # "worried that April (3) has lost weight": a child with her age
        if after is not None and after.text == "," and token.i + 2 < len(doc) \
                and doc[token.i + 2].lower_ in ("aged", "age", "who", "now") and self._age_of(token) is not None:
            return False  # Round 28: "a fracture to the arm of January, aged 10 weeks": a baby with her age
        if self._age_by_birth_date(token) is not None:
            return False  # "June Harris (DOB 02/03/2019)": a person with a date of birth
        if self._month_acts(token):
            return False  # "after May cried", "since April started nursery": a person, whatever the word before
        if before is not None and before.lower_ in ("and", "or", "to", "-", "–", ",", "&") and token.i >= 2 \
                and doc[token.i - 2].lower_ in self.w["months"] and self._month_is_date(doc[token.i - 2]):
            return True  # "in November and December", "in May and June": the next month of a list of dates
        if before is not None and (before.like_num or before.lower_ in self.w["date_words"]) \
                and not self._opens_clause_about(before, token) and not self._spoken_to_or_of(before, token):
            return True
        if before is not None and before.lower_ in ("for", "over") and token.dep_ == "pobj" and token.head.i == before.i \
                and (before.head.pos_ == "NOUN" or before.head.lemma_.lower() in _PLAN_VERBS):
            return True  # "booked flights for July", "a holiday for August" (not "a coat for May")
        if token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i and token.head.pos_ == "NOUN" \
                and not _cased(token.head) and before is not None and before.pos_ == "DET":
            return True  # "in the July heat", "the May half-term"
        return after is not None and after.like_num and after.i + 1 < len(doc) and doc[after.i + 1].text != ")"

    def _opens_clause_about(self, before, token) -> bool:
        """"is worried that May stays…", "noticed that June does not babble": "that" opening a
        clause (not pointing at a month: "that May, the flat flooded") whose subject is the
        month's name and whose verb is not one a time does ("that May was the hardest month",
        "that June is when…", "that April ends the term")."""
        # (a capitalised "May" mid-sentence is no modal: "that May sleeps…" read as "may sleep")
        subject = token.dep_ in ("nsubj", "nsubjpass") or token.dep_ == "aux" and token.tag_ == "MD" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.head.children)
        if before.lower_ != "that" or before.dep_ != "mark" or not subject or before.head.i != token.head.i:
            return False
        verb = token.head
        if verb.lemma_.lower() in _WHAT_TIMES_DO - {"stay", "live", "see", "feel", "need", "want", "help", "care", "leave",
                                                    "get", "look"} and not any(
                c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "be" for c in verb.children) \
                or verb.lemma_.lower() in ("end", "close", "open", "bring"):
            return self._month_acts(token)  # "that May was scared" (a person's complement), not "that May was wet"
        return True

    def _spoken_to_or_of(self, before, token) -> bool:
        """"spoke to June", "wrote to April", "is worried about May", "asked about August": a
        month's name after "to" or "about" hanging on a verb of talking, or on a word of worry, is
        whom one speaks to or of (not "moved to June", "planned for about May")."""
        if token.dep_ != "pobj" or token.head.i != before.i or before.lower_ not in ("to", "about"):
            return False
        lemma = before.head.lemma_.lower()
        talk = lemma in _TALK_VERBS or lemma in ("tell", "ask", "shout", "scream", "swear", "lie", "moan", "report")
        return talk or before.lower_ == "about" and (lemma in _WORRY_WORDS or before.head.lower_ in _WORRY_WORDS)

    def _month_acts(self, token) -> bool:
        """Is a month's name the subject of what only a person does ("after May cried", "until
        August tells someone", "since May was hit"), or of a verb with a person's complement
        ("since April started nursery", "before June gets home", "before May fell asleep")? Not
        of what a time does ("since August started", "before April ends", "after June was over")."""
        verb = token.head
        nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if token.dep_ == "pobj" and nxt is not None and nxt.tag_ in ("VBD", "VBZ", "VBP") and nxt.pos_ == "VERB":
            verb = nxt  # "After June screamed, …": the parse hung the name on "after" and the verb on the clause
        elif token.dep_ not in ("nsubj", "nsubjpass"):
            return False
        if verb.pos_ not in ("VERB", "AUX") or verb.i == token.i:
            return False
        lemma, w = verb.lemma_.lower(), self.w
        if token.dep_ == "nsubjpass":
            return lemma in _HARM_VERBS or lemma in _CARE_VERBS or verb.lower_ in w["human_predicates"]
        if lemma not in _WHAT_TIMES_DO and (lemma in w["person_only_predicates"] or verb.lower_ in w["person_only_predicates"]
                                             or lemma in w["human_predicates"] or lemma in _TALK_VERBS
                                             or lemma in _HARM_VERBS or lemma in _CARE_VERBS or lemma == "lie"):
            return True
        return any(c.dep_ in ("dobj", "advmod", "acomp", "attr", "npadvmod") and c.lower_ in _A_PERSONS_COMPLEMENT
                   for c in verb.children)

    @_per_token
    def _human_predicate(self, token) -> bool:
        """"Storm said…", "Drew is hungry…": a bare first word doing what people do."""
        if token.tag_ in ("NNS", "NNPS", "RB", "IN", "DT", "CC", "PRP", "WRB", "WP") \
                or token.pos_ in ("ADV", "ADP", "DET", "SCONJ", "PRON"):
            return False
        if any(c.dep_ in ("det", "poss") for c in token.children):
            return False
        nxt = token.i + 1
        # "Will and May are twins", "Ivy, Amber and Storm share…".
        if nxt + 1 < len(self.doc) and self.doc[nxt].lower_ in ("and", ","):
            join = self.doc[nxt + 1]
            if _cased(join) and join.lower_ not in self.w["roles"] and join.lower_ not in self.w["headings"] \
                    and not self._sentence_start(join):
                return True
            if join.lower_ in ("his", "her", "their"):
                return True  # "Heath and his sister Coral…"
        for t in self.doc.window(nxt, nxt + 4):
            if t.is_punct or t.lower_ in _CLAUSE_OPENERS:
                return False  # "June is when Dad comes out": the verb is another clause's
            if t.lower_ in self.w["human_predicates"] or t.lemma_.lower() in self.w["human_predicates"]:
                return True
        return False

    @_per_token
    def _evidence(self, token) -> str:
        """Words beside a capitalised word that say it is a person (an age, a possessive…)."""
        age = self._age_of(token)
        if age is not None:
            return f"age {age}"
        doc = self.doc
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.lower_ in ("'s", "’s", "'") and token.i + 2 < len(doc) \
                and doc[token.i + 2].lower_ in self.w["child_context"]:
            return f"{token.text}'s {doc[token.i + 2].text}"
        if token.i and doc[token.i - 1].lower_ == "baby":
            return "baby"
        beside = self._word_set_beside(token)
        if beside is not None and (beside.lower_ in _SET_BESIDE_CHILD or beside.lemma_.lower() in ("girl", "boy", "baby", "toddler")):
            return "the " + beside.text  # "Ruby, the youngest,", "Holly, the girl who lives next door,"
        if self._called_little(token):
            return "little"  # "little Wren", "wee Murray", "young Cole": how a child is spoken of
        if self._kept_safe(token):
            return "kept safe, warm or fed"
        if self._copula_role(token)[0] == CHILD:
            return "is " + self._copula_role(token)[1]  # "Ruby is Chantelle's daughter"
        # "Autumn is in Year 4", "Drew was in Reception": a school year.
        rest = [t.lower_ for t in doc.window(token.i + 1, token.i + 5)]
        if rest[:2] == ["in", "year"] and token.i + 3 < len(doc) and doc[token.i + 3].like_num \
                and _age(doc[token.i + 3]) is not None and _age(doc[token.i + 3]) <= 13 \
                and (token.dep_ in ("nsubj", "nsubjpass") or doc[token.i + 1].head.i == token.i):
            return "in Year " + doc[token.i + 3].text  # "Violet in Year 9 has been posting…": a pupil's year
        if rest[:1] in (["is"], ["was"], ["'s"]) and rest[1:2] == ["in"] and (
                rest[2:3] == ["reception"] or rest[2:3] == ["year"] and token.i + 4 < len(doc) and doc[token.i + 4].like_num):
            return "in " + doc[token.i + 3: token.i + 5].text if rest[2] == "year" else "in Reception"
        return self._school_start(token) or self._own_school_word(token)

    @_per_token
    def _own_school_word(self, token) -> str:
        """"Scarlet was sent home for five days, and her head of year is worried…", "Tayla cried
        when her teacher…": the subject opening the sentence, and the next "his"/"her" in it, with
        no other person, pronoun or role word between, owns a pupil's things (a teacher, a head of
        year, a class, homework): the name is a pupil's. Only the first possessive after the name
        decides; not a head that is a body part ("hit her head"), nor a school word inside a
        compound ("her school run")."""
        doc = self.doc
        if token.dep_ not in ("nsubj", "nsubjpass") or token.i - token.sent.start > 2:
            return ""
        for t in doc[token.i + 1: token.sent.end]:
            if t.lower_ in ("his", "her") and t.dep_ == "poss":
                noun = t.head
                if noun.i < t.i or noun.dep_ == "compound":
                    return ""
                if noun.lower_ == "head" and noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "of" \
                        and doc[noun.i + 2].lower_ in ("year", "house"):
                    return f"{t.text} head of {doc[noun.i + 2].text}"
                if noun.lower_ in _PUPILS_THINGS:
                    return f"{t.text} {noun.text}"
                return ""
            if t.lower_ in ("he", "she", "him", "her", "they", "them", "their", "his") \
                    or not _cased(t) and (t.lower_ in self.w["roles"] or t.lemma_.lower() in self.w["roles"]) \
                    or _cased(t) and t.ent_type_ not in _ORGANISATION_TAGS + ("LOC", "DATE", "TIME") \
                    and t.lower_ not in self.w["calendar"] and t.lower_ not in ("st", "saint"):
                return ""
        return ""

    def _called_little(self, token) -> bool:
        """"looks after her and little Wren", "shouted at wee Murray", "around young Cole": a child
        spoken of with "little", "wee" or "young" and no article (not "the little Spar", "a little
        Calpol", "Little Acorns"), a single name (not "little Peppa Pig")."""
        doc = self.doc
        if token.i == 0 or doc.tokens[token.i - 1].lower_ not in _LITTLE:
            return False
        if _cased(doc[token.i - 1]) and not (self._sentence_start(doc[token.i - 1]) and self._little_opens(doc[token.i - 1])):
            return False  # ("Little Acorns", "Little Lever": a place; "Little Wren is scared…" opens a sentence)
        if token.i + 1 < len(doc) and _cased(doc[token.i + 1]) or token.lower_ in self.w["brands"]:
            return False
        before = doc[token.i - 2] if token.i >= 2 else None
        return before is None or not (before.pos_ in ("DET", "NUM") or before.lower_ in ("a", "an", "the", "some", "this",
                                                                                          "that", "very", "too", "so"))

    def _little_opens(self, word) -> bool:
        """"Little Wren is scared…", "Young Cole was…": "Little" opening a sentence before one more
        capitalised word that is the subject of a verb and not a place or a plural (not "Little
        Acorns said…", "Little Lever is…" where a place word or a plural follows)."""
        doc, w = self.doc, self.w
        if word.lower_ not in _LITTLE or word.i + 2 >= len(doc):
            return False
        name, after = doc[word.i + 1], doc[word.i + 2]
        passive = name.head if name.dep_ == "nsubjpass" else None  # "Young Cole was found…", "… was hit"
        return _cased(name) and not _cased(after) and name.dep_ in ("nsubj", "nsubjpass", "compound") \
            and not (name.lower_.endswith("s") and name.lower_ not in first_names()) and name.lower_ not in w["place_nouns"] \
            and name.lower_ not in w["institutions"] and name.lower_ not in w["headings"] \
            and name.lower_ not in w["brands"] and not self._place(name) \
            and (name.lower_ in first_names() or self._human_predicate(name) or child_predicate(name)
                 or passive is not None and passive.lemma_.lower() in _HARM_VERBS | _CARE_VERBS | {"find", "leave", "see"})

    def _kept_safe(self, token) -> bool:
        """"keep Junior warm and fed", "we want Ayesha to be safe": the one an adult keeps safe,
        fed or warm is the child."""
        head = token.head
        if token.dep_ not in ("dobj", "nsubj") or head.lemma_.lower() not in ("keep", "want", "get", "be", "feel", "make"):
            return False
        if token.dep_ == "nsubj" and not (head.dep_ in ("ccomp", "xcomp") and head.head.lemma_.lower() in ("want", "need")):
            return False
        return any(c.dep_ in ("acomp", "oprd", "ccomp", "xcomp") and c.i > token.i and (
            c.lower_ in _CARED or any(g.lower_ in _CARED and g.dep_ in ("acomp", "conj") for g in c.subtree))
            for c in head.children)

    @_per_token
    def _proper_name(self, token) -> bool:
        """A given name or a person by the model, or spoken of as "she", "he", "her" or "his"
        later in the sentence ("Faith was 9 when Dad left and she…"): not a common noun with a
        capital ("Bedtime was 11 when…", "Curfew is 10 but…"), which the tagger may read as a
        proper noun at the start of a sentence."""
        if token.ent_type_ == "PERSON" or token.lower_ in first_names() or token.lower_ in self.child_names:
            return True
        return points_back_to(token)

    @_per_token  # (asked about 4 times per name by the reader's readings; it reads only the parse)
    def _age_of(self, token) -> int | None:
        """An age beside a name: "Ivy (6)", "Drew, who is 9", "aged 14", "Joy is 2", "Ezra is six
        months old", and "Daisy and Poppy, aged 4 and 6" for each name of a list."""
        doc = self.doc
        n = len(doc)
        both = self._both_with_kin(token)
        if both is not None:
            return both  # Round 29: "Ross and his mate Dev, both 19": the same age for each of the pair
        i = token.i + 1
        # Skip to the end of a list of names joined by "and" or commas.
        position = 0
        j = i
        while j + 1 < n and doc[j].lower_ in ("and", ",") and _cased(doc[j + 1]) and doc[j + 1].lower_ not in self.w["roles"]:
            j += 2
            position += 1
        if j != i and token.i and (doc[token.i - 1].lower_ in self.w["adult_family"]
                                   or doc[token.i - 1].lower_.rstrip(".") in self.w["titles"]):
            return None  # "Oma Greta and Ivy (9)": the age after the list is the child's, not the grandmother's
        rest = list(doc.window(j, j + 7))
        texts = [t.lower_ for t in rest]

        def number_at(k):
            if k < len(rest):
                value = _age(rest[k])
                if value is not None and not (k + 1 < len(rest) and texts[k + 1] in ("am", "pm", "o'clock", "%", "times")):
                    return value
            return None

        first_position = position
        # When the name is not last in a list, the ages are listed in the same order.
        if position and j != i:
            position = first_position - self._index_in_list(token)

        in_list = j != i or token.i >= 2 and doc.tokens[token.i - 1].lower_ in ("and", ",", "&") \
            and _cased(doc.tokens[token.i - 2])

        def pick(k):
            values = []
            while k < len(rest):
                value = number_at(k)
                if value is None:
                    break
                values.append(value)
                # Several ages only for a list of names ("Ivy and Kai are 4 and 6"); after one
                # name, a number after a comma is something else ("June is 14, twenty weeks
                # pregnant").
                if k + 1 < len(rest) and texts[k + 1] in ("and", ",") and in_list:
                    k += 2
                else:
                    break
            if not values:
                return None
            index = len(values) - 1 - position if len(values) > 1 else 0
            return values[max(0, min(index, len(values) - 1))]

        if texts[:1] == ["("]:
            value = number_at(1)
            if value is not None and len(rest) > 2 and rest[2].tag_ == "NNS" and texts[2] not in _AGE_UNITS \
                    and texts[2] not in ("yrs", "yo", "years", "months", "weeks") and texts[2] not in _SHORT_MONTHS_OR_WEEKS:
                return None  # "Saturday Club (12 children)", "Grove Park (2 sites)": a count of things, not an age
            if value is not None and j != i and not (len(texts) > 2 and texts[2] in ("and", ",", "&")):
                # "Tesco and Jade (4)", "At Fernhill Infants, Lyric (5)": one age in brackets
                # after a list is the last name's alone ("Ivy and Kai (4 and 6)" gives each one).
                return None
            if value is not None and len(texts) > 2 and (texts[2].startswith(("month", "week", "day"))
                                                         or texts[2] in _SHORT_MONTHS_OR_WEEKS):
                return 0  # "Willow (18 months)", "Major (18m)": a baby, not an 18-year-old
            if value is not None:
                return value
            if len(texts) > 2 and texts[2] == ")":
                joined = re.fullmatch(r"(\d{1,2})(m|mo|mos|mth|mths|months?|w|wk|wks|weeks?|y|yr|yrs|yo)", texts[1])
                if joined:  # Round 28: "Ivy (9mths)", "Kai (4yrs)" written as one word
                    return 0 if joined.group(2)[0] in "mw" else int(joined.group(1))
            # "Cinder (half-sister, 10)", "Spark (foster child, aged 8)": a role and then the age.
            for k in range(2, min(len(rest) - 2, 6)):
                if texts[k] == ",":
                    at = k + 2 if texts[k + 1] == "aged" else k + 1
                    value, close = number_at(at), at + 1
                    if at < len(texts) and re.fullmatch(r"\d{1,2}\)", texts[at]):
                        value, close = int(texts[at][:-1]), len(texts)  # "(foster child, 8)" tokenised "8)"
                    if value is not None and (close >= len(texts) or texts[close] == ")") and all(
                            not t.like_num and not _cased(t) or t.lower_ in self.w["roles"] for t in rest[1:k]):
                        return value
                    break
                if texts[k] == ")":
                    break
            return self._age_by_birth_date(token)  # "Storm (DOB 03.02.2012)"
        # "Summer and Autumn, twins aged 12", "Ivy and Jade, sisters aged 5 and 7": a group word
        # set after the names, then the ages; "Willow and Rowan, both 8": the same age for each.
        def listed():  # one of a list of names ("Summer and Autumn, …")
            tokens = doc.tokens
            return j != i or token.i >= 2 and tokens[token.i - 1].lower_ in ("and", ",", "&") and _cased(tokens[token.i - 2])

        if texts[:1] == [","] and len(texts) > 3 and texts[2] == "aged" and listed() and (
                rest[1].lemma_.lower() in self.w["children"] or texts[1] in self.w["children"]
                or texts[1] in self.w["same_generation"]):
            k = 3
            value = pick(k)
            unit = texts[k + 1] if value is not None and k + 1 < len(texts) else ""
            return 0 if unit.startswith(("month", "week", "day")) else value
        if texts[:2] == [",", "both"] and listed():
            value = pick(2)
            unit = texts[3] if value is not None and len(texts) > 3 else ""
            if value is not None and (unit in ("", ",", ".", ";", ")", "and") or unit in _AGE_UNITS):
                return 0 if unit.startswith(("month", "week", "day")) else value
        if texts[:2] == [",", "aged"] or texts[:1] == ["aged"]:
            k = texts.index("aged") + 1
            value = pick(k)
            # "Sunny, aged 18 months": a baby, not an 18-year-old.
            unit = texts[k + 1] if value is not None and k + 1 < len(texts) else ""
            return 0 if unit.startswith(("month", "week", "day")) else value
        if texts[:1] == [","] and len(texts) > 2 and texts[2] in (",", ";", ")") and j == i:
            return number_at(1)  # "Jade, 4, and her cousin…", "Kacper, 15, told…"
        if texts[:3] in ([",", "you", "are"], [",", "you", "'re"], [",", "you", "’re"]) and j == i \
                and self._sentence_start(token):
            # "Precious, you are 16, and you and baby Kai need…": the age of the one spoken to.
            k = 3 + (texts[3:4] in (["only"], ["just"], ["now"]))
            value = number_at(k)
            unit = texts[k + 1] if value is not None and k + 1 < len(texts) else ""
            if value is not None and (unit in ("", ",", ".", ";", "and", "now") or unit in _AGE_UNITS):
                return 0 if unit.startswith(("month", "week", "day")) else value
        if j == i and self._in_brackets_list(token):
            # "in presence of children (Marvel 6, Ethan 3)": a name and its age, listed in brackets.
            value = number_at(0)
            if value is not None and len(texts) > 1 and texts[1] in (",", ")", ";", "and"):
                return value
        if texts[:1] == [","] and len(texts) > 2 and texts[1] in ("a", "an", "the", "her", "his", "their", "my", "our") \
                and j == i:  # Round 41 (r41d): "Deon, her 20-year-old son,": the owner's word as well
            # "Connor, a 22-year-old man who lives upstairs,", "Reece, an 18-year-old from the
            # estate,", "Rocket, a 16-year-old boy,": an age adjective in the phrase set beside the
            # name (the first words only: "Ahmed, a driver with a 4-year-old son" is not his age).
            for k in range(2, min(len(rest), 7)):
                if texts[k] == "old" or re.fullmatch(r"\d+-(years?|months?|weeks?)-old", texts[k]):
                    value = self._age_adjective_at(rest[k].i)
                    if value is not None:
                        return value
                    break
                if texts[k] not in ("-", "year", "years", "month", "months", "week", "weeks") and not rest[k].like_num \
                        and rest[k].pos_ not in ("NUM", "ADV") and not texts[k].endswith(("-year", "-month", "-week")):
                    break
        if texts[:1] == [","] and j == i:
            value = self._age_after_apposition(token)
            if value is not None:
                return value  # "Reed, Mum's eldest son, who is 23,": the age after the phrase set beside the name
        if texts[:1] == [","] and len(texts) > 3 and texts[2] in _AGE_UNITS and texts[3] in (",", ";", ")", ".") \
                and j == i and number_at(1) is not None:  # "Honey, 9 months, was…", "Kacper, 15 years,"
            return 0 if texts[2].startswith(("month", "week", "day")) else number_at(1)
        if texts[:1] in (["is"], ["was"]) and texts[1:2] in (["a"], ["an"]) and len(texts) > 3 and number_at(2) is not None \
                and (texts[3] in ("y/o", "yo", "yr", "yrs") or texts[3:6] == ["y", "/", "o"]):
            return number_at(2)  # "Trinity is a 14 y/o LAC placed at…": a case note's short age
        if texts[:2] in ([",", "is"], [",", "was"]) and j == i and token.i and doc[token.i - 1].text == ",":
            # "Mum's daughter from her first relationship, Crystal, is 24 and…": a name set between
            # commas beside a family word, then its verb and a grown-up's age (read for adults only:
            # "Mum, Chloe, is 17" is still Mum, a young parent, whatever her age).
            value = number_at(2)
            unit = texts[3] if len(texts) > 3 else ""
            if value is not None and value >= 18 and (unit in ("", "and", ",", ".", ";", "now") or unit in ("years", "year")):
                return value
        for lead in ([",", "who", "is"], [",", "who", "are"], [",", "who", "was"], [",", "who", "turned"],
                     [",", "who", "has", "turned"], [",", "who", "had", "turned"], [",", "who", "has", "just", "turned"],
                     [",", "who", "just", "turned"], ["is", "only"], ["was", "only"],
                     ["is", "just"], ["was", "just"], ["is"], ["was"], [",", "now"], [",", "then"], [",", "only"], [",", "just"], ["turned"], ["had", "just", "turned"],
                     ["has", "just", "turned"], ["had", "turned"], ["has", "turned"]):
            if texts[:len(lead)] == lead:
                k = len(lead)
                value = pick(k)
                if value is None:
                    return None
                # "Joy is 2", "Ezra is six months old"; not "Mum is 3 minutes away".
                unit = texts[k + 1] if k + 1 < len(texts) else ""
                if unit in _AGE_UNITS and texts[k + 2: k + 3] == ["pregnant"]:
                    return None  # "Ms Teague is 32 weeks pregnant": how far on a pregnancy is, not an age
                if unit in _AGE_UNITS:
                    return 0 if unit.startswith(("month", "week", "day")) else value
                if lead[0] in ("is", "was", "turned", "had", "has") and unit not in ("", "and", ",", ".", "years", "year") \
                        and not (k + 1 < len(rest) and rest[k + 1].is_punct):
                    # "Hope was 13 when…", "Joy is 14 but…", "Destiny turned 15 last month": a
                    # clause or a time after the number says an age, but only of a proper name
                    # ("Bedtime was 11 when…" is a time).
                    if not (value < 120 and (lead[-1] == "turned" or self._proper_name(token) and k + 1 < len(rest) and (
                            rest[k + 1].pos_ in ("SCONJ", "CCONJ") or rest[k + 1].tag_ == "WRB"
                            or texts[k + 1] in _AGE_CLAUSE_WORDS))):
                        return None
                    if lead[0] == "was":
                        now = self._age_now_later(rest[k])
                        if now is not None:
                            return now  # Round 32: "Sophie was 16 when she had Lucas, and she is now 22"
                return value
        now = self._age_said_now(token)
        if now is not None:
            return now  # "Dolly weighs 62kg at the age of 9"
        # "a 14-year-old called Jay", "two-year-old Summer", "a 22-year-old named Hunter".
        k = token.i - 1
        if k >= 1 and doc[k].lower_ in ("called", "named", ","):
            k -= 1
        adjective = self._age_adjective_at(k)
        if adjective is not None:
            return adjective
        before_kin = self._age_before_kin(token)  # (read once: it only reads the parse)
        return before_kin if before_kin is not None else self._age_by_birth_date(token)

    def _both_with_kin(self, token) -> int | None:
        """Round 29: "Ross and his mate Dev, both 19", "Kelsey and her cousin Tia, both 15": a name
        joined by "and" to a kin or friend word of "his", "her" or "their" and the name it
        introduces, then ", both" and an age: the age of each of the two. (A plain list, "Willow
        and Rowan, both 8", is read in ``_age_of``.)"""
        doc = self.doc
        n = len(doc)

        def kin_run(k):  # "his mate Dev", "her older cousin Tia": the index of the name, or None
            if k >= n or doc[k].lower_ not in ("his", "her", "their"):
                return None
            k += 1
            while k < n and k - token.i < 8 and (doc[k].pos_ == "ADJ" or doc[k].lower_ in _SIBLING_PARTS) \
                    and not _cased(doc[k]) and doc[k].lower_ not in self.w["same_generation"]:
                k += 1  # (the tagger may read "pal" or "mate" as an adjective)
            if k + 1 >= n or _cased(doc[k]) or doc[k].lower_ not in self.w["same_generation"] \
                    and doc[k].lemma_.lower() not in self.w["same_generation"] or not _cased(doc[k + 1]):
                return None
            k += 1
            while k + 1 < n and _cased(doc[k + 1]):
                k += 1  # "his mate Dev Patel"
            return k

        end = None
        if token.i + 2 < n and doc[token.i + 1].lower_ in ("and", "&"):
            end = kin_run(token.i + 2)  # the first of the pair: "Ross and his mate Dev, …"
        else:
            start = token.i
            while start > 0 and _cased(doc[start - 1]):
                start -= 1
            k = start - 1  # the second: back over the kin word to "and" and a name
            while k > 0 and not _cased(doc[k]) and doc[k].lower_ not in ("and", "&", ",", ".", ";") and start - k < 6:
                k -= 1
            if k >= 1 and doc[k].lower_ in ("and", "&") and _cased(doc[k - 1]) and kin_run(k + 1) is not None \
                    and kin_run(k + 1) >= token.i:
                end = kin_run(k + 1)
        if end is None or end + 3 >= n or doc[end + 1].text != "," or doc[end + 2].lower_ != "both":
            return None
        value = _age(doc[end + 3])
        unit = doc[end + 4].lower_ if end + 4 < n else ""
        if value is None or not (unit in ("", ",", ".", ";", ")", "and", "were", "are", "have", "had") or unit in _AGE_UNITS):
            return None
        return 0 if unit.startswith(("month", "week", "day")) else value

    def _age_after_apposition(self, token) -> int | None:
        """"Reed, Mum's eldest son, who is 23, lives…", "Arlo, her brother, who is 19,": the age in
        "who is" after a short phrase of family or person words set beside the name with commas
        (no number and no other name inside it), read as the name's age."""
        doc = self.doc
        n = len(doc)
        k = token.i + 2  # after the comma
        close = None
        while k < n and k <= token.i + 10:
            if doc[k].text == ",":
                close = k
                break
            if doc[k].text[:1].isdigit() or doc[k].text in ("(", ")", ";", ".", "and", "or") \
                    or _cased(doc[k]) and doc[k].lower_ not in self.w["adult_family"]:
                return None
            k += 1
        if close is None or close == token.i + 2:
            return None
        phrase = [t for t in doc.window(token.i + 2, close)]
        person = self.w["children"] | self.w["same_generation"] | self.w["adult_family"]
        if not any(t.lower_ in person or t.lemma_.lower() in person for t in phrase):
            return None
        after = [t.lower_ for t in doc.window(close + 1, close + 5)]
        if after[:2] not in (["who", "is"], ["who", "was"], ["who", "'s"], ["who", "’s"]) or len(after) < 3:
            return None
        value = _age(doc[close + 3])
        unit = doc[close + 4].lower_ if close + 4 < n else ""
        if value is None or unit in ("am", "pm", "o'clock", "%", "times", "minutes"):
            return None
        return 0 if unit.startswith(("month", "week", "day")) else value

    def _in_brackets_list(self, token) -> bool:
        """A capitalised word just after "(" or after a comma inside brackets, in a list whose
        first item is a capitalised word and that follows a word for children ("children (Marvel
        6, Ethan 3)"): not a dwelling, a heading or a date word ("(Flat 6, …)", "(Year 9)")."""
        doc = self.doc
        w = self.w
        if token.lower_ in w["dwelling_words"] or token.lower_ in w["headings"] or not _cased(token) \
                or token.lower_ in w["months"] or token.lower_ in w["calendar"] and token.i and doc[token.i - 1].text == "(":
            return False  # (a day's or a season's name may be a child's after the first: "(Rio 11, Winter 2)")
        k = token.i - 1
        while k >= 0 and token.i - k <= 12:
            t = doc[k]
            if t.text == "(":
                # after a word for children ("the children (…)", "her sons (…)"), not a score
                # or a count of something else ("football (Arsenal 3, Spurs 1)")
                kin = doc[k - 1] if k else None
                return k + 1 < len(doc) and _cased(doc[k + 1]) and kin is not None and not _cased(kin) and (
                    kin.lower_ in w["children"] or kin.lemma_.lower() in w["children"]
                    or kin.lower_ in w["same_generation"])
            if t.text in (")", ".", ";", ":") or t.lower_ not in (",", "and", "&") and not _cased(t) and not t.like_num:
                return False
            k -= 1
        return False

    def _age_now_later(self, number) -> int | None:
        """Round 32: after a past age ("Sophie was 16 when…"), the same sentence's "she is now 22"
        or "he is 19 now": the age now of the one the past age was said of. None otherwise."""
        doc = self.doc
        end = number.sent.end
        for k in range(number.i + 1, end - 2):
            if doc[k].lower_ in ("she", "he") and doc[k + 1].lower_ == "is":
                j = k + 2
                now = doc[j].lower_ == "now"
                if now:
                    j += 1
                if j < end and doc[j].like_num and (now or j + 1 < end and doc[j + 1].lower_ == "now"):
                    return _age(doc[j])
        return None

    def _age_said_now(self, token) -> int | None:
        """"Dolly weighs 62kg at the age of 9", "Flo is refusing food at age 14": an age "at the
        age of" in the present tense of the verb whose subject the name is (the tagger may read a
        word-name opening the sentence as an adverb: "Dolly weighs…"). Not the past ("Kelly had
        Rob at the age of 15" says how old she was then) nor "since the age of 13"."""
        verb = token.head
        subject = token.dep_ in ("nsubj", "nsubjpass") or token.i == token.sent.start and verb.i == token.i + 1 \
            and token.dep_ in ("advmod", "npadvmod", "compound")
        if not subject or verb.pos_ not in ("VERB", "AUX"):
            return None
        if not (verb.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                                    and c.lower_ not in ("has", "have", "'s", "'ve")
                                                    for c in verb.children)):
            return None
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "at":
                continue
            for age in prep.children:
                if age.dep_ != "pobj" or age.lower_ != "age":
                    continue
                numbers = [c for c in age.children if c.dep_ == "nummod"] + [
                    n for of in age.children if of.dep_ == "prep" and of.lower_ == "of"
                    for n in of.children if n.dep_ == "pobj"]
                value = _age(numbers[0]) if numbers else None
                if value is not None:
                    return value
        return None

    def _age_adjective_at(self, k: int) -> int | None:
        """An age written as an adjective ending at token ``k`` ("14-year-old", "two-year-old",
        "nine-month-old", "22 year old"): the age in years (0 for months or weeks), or None."""
        doc = self.doc
        if k < 0 or k >= len(doc):
            return None
        found = re.fullmatch(r"(\d+)-(years?|months?|weeks?)-old", doc[k].lower_)
        if found:
            return 0 if found.group(2).startswith(("month", "week")) else int(found.group(1))
        if doc[k].lower_ != "old" or k < 2:
            return None
        if doc[k - 1].text == "-" and k >= 4 and doc[k - 3].text == "-":
            unit, value = doc[k - 2].lower_, _age(doc[k - 4])
        else:
            unit, value = doc[k - 1].lower_, _age(doc[k - 2])  # "a 22 year old called…"
        if value is None or not unit.startswith(("year", "month", "week")):
            return None
        return 0 if unit.startswith(("month", "week")) else value

    def _age_before_kin(self, token) -> int | None:
        """"their 12-year-old cousin Amber", "her two-year-old brother Ash": an age written as an
        adjective before a lower-case kin or role word and the name."""
        doc, k = self.doc, token.i - 1
        if k >= 2 and doc[k].text == "," and token.dep_ == "appos" and token.head.i == k - 1:
            k -= 1  # "his nine-year-old sister, Bonnie,": the name set beside the kin word
        if k < 1 or _cased(doc[k]) or not (doc[k].lower_ in self.w["roles"] or doc[k].lemma_.lower() in self.w["roles"]):
            return None
        k -= 1
        if k >= 0 and re.fullmatch(r"\d+-(years?|months?|weeks?)-old", doc[k].lower_):
            value, unit = doc[k].lower_.split("-")[:2]
            return 0 if unit.startswith(("month", "week")) else int(value)
        if k < 4 or doc[k].lower_ != "old" or doc[k - 1].text != "-" or doc[k - 3].text != "-":
            return None
        unit, value = doc[k - 2].lower_, _age(doc[k - 4])
        if value is None or not unit.startswith(("year", "month", "week")):
            return None
        return 0 if unit.startswith(("month", "week")) else value

    def _age_by_birth_date(self, token) -> int | None:
        """"June Harris (DOB 02/03/2019)", "Will Stone, d.o.b. 4.5.18", "Kai (born 1/2/2020)": the
        age a date of birth beside the name gives today (None for a date to come)."""
        doc = self.doc
        start = token.idx + len(token.text)
        after = doc_text(doc.doc)[start: start + 60]
        found = _BIRTH_DATE.match(after)
        if not found:
            return None
        day, month, year = (int(g) for g in found.groups())
        today = datetime.date.today()
        if year < 100:
            year += 2000 if year <= today.year % 100 else 1900
        try:
            born = datetime.date(year, month, day)
        except ValueError:
            try:
                born = datetime.date(year, day, month)  # written month first
            except ValueError:
                return None
        if born > today:
            return None
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day))

    def _school_start(self, token) -> str:
        """"Autumn came into Year 5", "Summer is in Reception", "May will start at Beech Hill
        Nursery", "Storm starts school in September": a school year, Reception, or starting or
        joining school or nursery said of the name that comes before it."""
        doc = self.doc
        verb = None
        for t in doc.window(token.i + 1, token.i + 6):
            if t.is_punct or t.lower_ in _CLAUSE_OPENERS or _cased(t) and verb is None:
                return ""
            if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _SCHOOL_ENTRY_VERBS | {"be"}:
                verb = t
                break
            if t.pos_ in ("VERB",):
                return ""
        if verb is None:
            return ""
        k = verb.i + 1
        while k < len(doc) and doc[k].pos_ in ("ADV", "PART") and doc[k].lower_ not in ("into", "in", "at"):
            k += 1
        starts = verb.lemma_.lower() in _SCHOOL_ENTRY_VERBS - {"come", "go", "arrive", "be", "move"}
        if k < len(doc) and doc[k].lower_ in ("in", "into", "at", "to"):
            k += 1
        elif not starts:
            return ""
        if k >= len(doc):
            return ""
        word = doc[k]
        if word.lower_ == "reception" or word.lower_ == "year" and k + 1 < len(doc) and doc[k + 1].like_num \
                and _cased(word):
            return "in " + doc[k: k + (1 if word.lower_ == "reception" else 2)].text
        if starts and word.lower_ in _SCHOOL_WORDS and not _cased(word):
            return f"{verb.text} {word.text}"
        if starts and _cased(word):
            end = k
            while end + 1 < len(doc) and _cased(doc[end + 1]):
                end += 1
            if doc[end].lower_ in _SCHOOL_WORDS | {"primary", "academy", "infants", "juniors"}:
                return f"{verb.text} at {doc[k: end + 1].text}"
        return ""

    def _index_in_list(self, token) -> int:
        """How many names come after this one in "A, B and C"."""
        doc, k, count = self.doc, token.i + 1, 0
        while k + 1 < len(doc) and doc[k].lower_ in ("and", ",") and _cased(doc[k + 1]):
            k += 2
            count += 1
        return count

    @_per_token
    def _word_set_beside(self, token):
        """The noun set after a name, or after a list of names, by a comma and "the", "a" or "our"
        ("Tesco and Aldi, the shops near the flat,", "Phoenix, the youth club", "Ruby, the
        youngest,"): what the name is. None when there is none."""
        doc, k = self.doc, token.i + 1
        n = len(doc)
        while k + 1 < n and doc[k].lower_ in ("and", ",", "&") and _cased(doc[k + 1]) \
                and not (k + 2 < n and doc[k + 2].lower_ in ("the", "a", "an", "our")):
            k += 2  # past the rest of a list of names
        if not (k + 1 < n and doc[k].text == "," and doc[k + 1].lower_ in ("the", "a", "an", "our")):
            return None
        for t in doc.window(k + 2, k + 5):
            if t.pos_ in ("NOUN", "PROPN") and not _cased(t) or t.tag_ == "JJS":
                if t.dep_ == "compound" and t.head.i == t.i + 1:
                    continue  # "the youth club": the last word says what it is
                return t
            if t.pos_ not in ("ADJ", "NUM", "ADV") and t.dep_ != "amod":
                return None
        return None

    @_per_token
    def _in_baby_gear(self, token) -> str:
        """"Destiny asleep in car seat", "Sedge asleep in pram in hallway", "Bo crying in his cot":
        a name in a baby's cot, pram or seat (a visit note's words, read by position: the parse of
        a note without a verb is poor). Returns the words, or ""."""
        doc, k = self.doc, token.i + 1
        if k < len(doc) and doc[k].lower_ in ("was", "is", "lay", "lies") and token.dep_ == "nsubj":
            k += 1  # Round 31: "Sky was asleep in her bouncer", "Bo is crying in his cot": a sentence, not a note
        while k < len(doc) and k - token.i <= 3 and (doc[k].pos_ in ("ADJ", "ADV") or doc[k].tag_ == "VBG"
                                                      or doc[k].lower_ in _BABY_STATES):
            k += 1
        if k >= len(doc) or doc[k].lower_ not in ("in", "on", "into") or k == token.i + 1 and doc[k].lower_ != "in":
            return ""
        k += 1
        if k < len(doc) and (doc[k].pos_ == "DET" or doc[k].lower_ in ("his", "her", "their", "a", "the")):
            k += 1
        words = doc[k: k + 2].text.lower()
        if k < len(doc) and (doc[k].lower_ in _BABY_GEAR or words in _BABY_GEAR):
            return doc[token.i + 1: k + (2 if words in _BABY_GEAR else 1)].text
        return ""

    def _child_context(self, token) -> str:
        """A child's things or day: "Ivy's teacher", "picks River up from school" (a school word
        after the object of a verb of bringing, taking or collecting, as where the child is
        brought: not "playing Fortnite on school nights", "watches Emmerdale before school")."""
        doc = self.doc
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.lower_ in ("'s", "’s", "'"):
            k = token.i + 2
            while k < len(doc) and doc[k].pos_ == "ADJ":
                k += 1
            if k < len(doc) and doc[k].lower_ in self.w["child_context"]:
                return f"{token.text}'s {doc[k].text}"
            if k < len(doc) and doc[k].lower_ in ("weight", "growth", "length", "height") \
                    and any(t.lower_ in ("centile", "centiles", "percentile", "percentiles") for t in token.sent):
                # Round 41 (r41d): "Ayesha's weight has dropped from the 50th to below the 9th
                # centile": a growth chart's centiles measure a baby or a child
                return f"{token.text}'s {doc[k].text} on a centile chart"
            kin = self._child_sibling_after(token.i + 2)
            if kin:
                return f"{token.text}'s {kin}"  # "Rain's cousins Maverick (15) and Duke (13)"
        if after is not None and after.text == "(" and token.i + 3 < len(doc):
            inside = doc[token.i + 2]
            if inside.lower_ in ("reception", "nursery") and doc[token.i + 3].text in (")", ",") or inside.lower_ == "year" \
                    and _cased(inside) and doc[token.i + 3].like_num and token.i + 4 < len(doc) and doc[token.i + 4].text in (")", ","):
                return f"in {inside.text}"  # "Copper (Reception)", "Silver (Year 4)": a school year
        k = token.i + 1
        if k < len(doc) and doc[k].text in ("(", ","):
            k += 1  # "Cricket (in Reception)", "Ruby, in Year 4,"
        if k + 1 < len(doc) and doc[k].lower_ == "in" and _cased(doc[k + 1]) and (
                doc[k + 1].lower_ == "reception" or doc[k + 1].lower_ == "year" and k + 2 < len(doc)
                and doc[k + 2].like_num):
            return f"in {doc[k + 1: k + 3].text if doc[k + 1].lower_ == 'year' else doc[k + 1].text}"  # "Ruby in Year 4"
        if after is not None and after.lower_ in ("and", "&") and token.i + 2 < len(doc) \
                and doc[token.i + 2].lower_ in ("his", "her", "their"):
            kin = self._child_sibling_after(token.i + 3)
            if kin:
                return f"{token.text} and {doc[token.i + 2].text} {kin}"  # "Unity and her little brother Knight, who is 4,"
        anchor = token
        while anchor.dep_ == "conj" and anchor.head.i < anchor.i:
            anchor = anchor.head  # "collects Kai and Ruby from nursery"
        # (the parse reads "picks up Mia from school" with Mia as an adverb of "picks")
        verb = anchor.head if anchor.dep_ == "dobj" or anchor.dep_ == "npadvmod" and anchor.head.i < anchor.i \
            else anchor.head.head if anchor.dep_ == "pobj" else None  # (not "Lee, you will take Ella…": spoken to)
        if anchor.dep_ == "pobj" and (anchor.head.lower_ in self.w["address_prepositions"]
                                      or anchor.head.lower_ in self.w["place_prepositions"]):
            verb = None  # "was found driving round Nuneaton looking for the school": where, not whom
        if verb is not None and verb.lemma_.lower() in _SCHOOL_RUN_VERBS | self.w["fetching_verbs"]:
            for t in verb.subtree:
                if t.i <= token.i or t.lower_ not in _SCHOOL_WORDS:
                    continue
                if any(a.pos_ == "VERB" and a.i != verb.i and a.i > token.i for a in t.ancestors
                       if verb in a.ancestors):
                    continue  # "… looking for the school": another verb's school, not where the child is brought
                where = t.head if t.dep_ == "compound" else t  # "from the school gates"
                by_parse = where.dep_ == "pobj" and where.head.lower_ in _SCHOOL_RUN_PREPOSITIONS
                # "take Kyra to school", where the parser reads "school" as a verb after "to"
                by_position = doc[t.i - 1].lower_ in _SCHOOL_RUN_PREPOSITIONS and t.dep_ not in ("compound", "amod")
                if (by_parse or by_position) and where.lower_ not in _SCHOOL_TIMES:
                    return f"{verb.text} {token.text} … {t.text.lower()}"
        if anchor.dep_ == "pobj" and anchor.head.lower_ == "for" and (
                anchor.head.head.lower_ in _WORRIED_FOR or anchor.head.head.lemma_.lower() in _WORRIED_FOR):
            return f"{anchor.head.head.text} for {token.text}"  # Round 29: "concerns for Harmony and unborn"
        if anchor.dep_ == "nsubjpass" and anchor.head.lower_ == "born" and any(
                c.dep_ == "mark" and c.lower_ in _SINCE_BIRTH for c in anchor.head.children):
            return f"{token.text} was born"  # Round 29: "Since Wren was born, Ffion has…": a baby's life so far
        gear = self._in_baby_gear(token)
        if gear:
            return gear  # "Destiny asleep in car seat on lounge floor"
        school = self._school_start(token)
        if school:
            return school  # "Autumn came into Year 5", "May will start at Beech Hill Nursery"
        own = self._own_school_word(token)
        if own:
            return own  # "Scarlet was sent home…, and her head of year…"
        if token.i in self._said_of_child:
            return "what is said of them shows a child"  # "Willow was found wandering …"
        return ""

    def _called_names(self, token) -> bool:
        """Round 31: a capitalised word straight after a form of "call" (a verb), then a quoted
        word, "names" or an article with what one is called ("calls Precious 'stupid'", "called
        Joy names", "calls Storm a liar"): the one called names is a person, however the tagger
        reads the word (the parse may make "Precious" a describing word)."""
        doc = self.doc
        if token.i == 0 or token.i + 1 >= len(doc):
            return False
        before, after = doc[token.i - 1], doc[token.i + 1]
        return before.lemma_.lower() == "call" and before.pos_ == "VERB" and (
            after.text in ("'", "‘", "\"", "“") or after.lower_ in ("names", "a", "an"))

    def _person_sign(self, mention, count: int) -> str:
        """Does anything say this capitalised word is a person? Returns why ("" for nothing): the
        model's tag or a given name ("tag"), a person's verb, a list of names, the object of caring
        or harming, or being named twice."""
        head, last = mention[0], mention[-1]
        if _travelled_from(last):
            return ""  # "since the caravan came back from Appleby, Kez, 9,": where one came from
        if count > 1:
            return "named twice"
        if last.i + 2 < len(self.doc) and self.doc[last.i + 1].text == "," and head.i == head.sent.start \
                and (self.doc[last.i + 2].lower_ in ("you", "your") or head is last and self._spoken_to(head)):
            return "spoken to"  # "Ruby, you are safe with Nan": a name spoken to
        if self._in_list_of_names(mention):
            return "a list of names"
        if self._said_to_be_a_child(head):
            return "said to be the youngest, the eldest or a child"  # "June is the youngest of three"
        if self._child_context(last):
            return "a child's context"
        if self._human_predicate(head) and head.dep_ in ("nsubj", "nsubjpass", "conj", "ROOT"):
            return "a person's predicate"
        verb = last.head
        told_organisation = verb.lemma_.lower() in ("tell", "ask", "send") and head.ent_type_ in _ORGANISATION_TAGS \
            and head.lower_ not in first_names()  # "told Kooth", "asked Shelter": a service, not a person
        # "Mum left Bradford with Zara (16)": a town the model names as a place, left behind; not
        # "left India alone" (a child left on their own) nor a name a child is often given.
        left_place = verb.lemma_.lower() == "leave" and last.dep_ == "dobj" and head.ent_type_ in ("GPE", "LOC") \
            and head.lower_ not in first_names() and not any(
                t.lower_ in ("alone", "unsupervised", "unattended", "crying", "asleep")
                for t in self.doc.window(last.i + 1, last.i + 4))
        if last.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in _HARM_VERBS | _CARE_VERBS and not told_organisation \
                and not left_place:
            return "harmed or cared for"
        if last.dep_ == "pobj" and (verb.lower_, verb.head.lemma_.lower()) in (("after", "look"), ("for", "care")):
            return "harmed or cared for"  # Round 39 (r39d): "everyone who cares for Marigold", "looks after Sage"
        if last.dep_ == "pobj" and verb.lower_ in ("at", "to", "with") and not (verb.lower_ == "at" and not self._aimed_at(
                verb) and verb.head.lemma_.lower() not in _HARM_VERBS) and verb.head.lemma_.lower() in {
                "at": self.w["at_someone_verbs"] | _HARM_VERBS, "to": _TALK_VERBS,
                "with": _TALK_VERBS | {"stay", "live", "play", "sleep", "share", "fight", "argue"}}[verb.lower_]:
            return "aimed at, spoken to or lived with"  # "Dad shouted at Holly", "talks to Ash", "lives with Nan and Robin"
        if last.dep_ in ("nsubj",) and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in self.w["human_predicates"]:
            return "a person's verb"
        if last.dep_ == "nsubj" and verb.pos_ == "VERB" and any(
                c.dep_ == "conj" and c.pos_ == "VERB" and (c.lower_ in self.w["person_only_predicates"]
                                                           or c.lemma_.lower() in _TALK_VERBS | {"ask"})
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in verb.children):
            return "a person's verb"  # "Clay arrives after 9:30, eats three bowls of cereal and asks whether…"
        if last.dep_ == "dative" and verb.pos_ == "VERB" and any(c.dep_ == "dobj" and c.i > last.i for c in verb.children):
            return "whom something is given, made or played for"  # "played Ruby a song", "bought Kai new shoes"
        if self._called_names(head):
            return "called names"  # Round 31: "Olusegun calls Precious 'stupid'", "called Joy a liar"
        # The model's tag and the names list say little for a shop or an app ("near Morrisons").
        if head.lower_ not in self.w["brands"] and (
                any(t.ent_type_ == "PERSON" for t in mention) or head.lower_ in first_names()):
            return "tag"
        return ""

    def _cared_for(self, token, decided) -> bool:
        """A name the sentence shows is a child: read so already, walked, taken or fed by
        someone, or doing what children do ("when Ruby wets the bed")."""
        role = decided.get(token.lower_, ("",))[0]
        if role in (ADULT, PET, OTHER) or token.i > 0 and self.doc[token.i - 1].lower_.rstrip(".") in self.w["titles"]:
            return False
        if role == CHILD or self._child_context(token) or child_predicate(token):
            return True
        verb = token.head
        if token.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in (_CARE_VERBS - {"tell", "ask", "send", "lock"}) | _BRING_VERBS:
            return True
        if token.dep_ == "pobj" and (verb.lower_, verb.head.lemma_.lower()) in (("after", "look"), ("for", "care")):
            return True  # Round 28: "ask Nan to look after Ruby": whom someone looks after
        subject = token
        while subject.dep_ == "conj":
            subject = subject.head
        before = self.doc[subject.i - 1] if subject.i else None
        if subject.dep_ == "nsubj" and before is not None and (before.lower_ == "so" or before.lower_ == "that"
                                                              and subject.i > 1 and self.doc[subject.i - 2].lower_ == "so"):
            return True  # "… so Skye and Jude can sit down to eat": the ones the adults do it for
        return token.dep_ in ("nsubj", "compound") and verb.pos_ == "VERB" and verb.lemma_.lower() in CHILD_ACTS

    def _child_sibling_after(self, k: int) -> str:
        """After a possessive: a brother, a sister, a twin or a cousin who is a child ("older
        cousins Blaze (16) and Jet (15)", "little brother Cove (3)", "twin sister Bliss (11)"):
        their words, or "". The owner of a child sibling is a child too. Not a friend or a mate
        (an adult may have young "friends"), nor a sibling of an adult's age."""
        doc, start = self.doc, k
        while k < len(doc) and k - start < 4 and (doc[k].pos_ == "ADJ" or doc[k].lower_ in _SIBLING_PARTS):
            k += 1
        if k >= len(doc) or doc[k].lower_ not in self.w["same_generation"] or doc[k].lemma_.lower() in _FRIENDS:
            return ""
        young = any(doc[j].lower_ in _LITTLE | {"baby", "younger", "twin", "teenage"} for j in range(start, k))
        j = k + 1
        if j < len(doc) and doc[j].text == ",":
            j += 1
        if j < len(doc) and _cased(doc[j]):
            age = self._age_of(doc[j])
            if age is not None:
                return f"{doc[k].text} {doc[j].text} ({age})" if age < 18 else ""
        return doc[k].text if young else ""

    def _harmed_by_a_child(self, word) -> bool:
        """Is ``word`` (a verb, or "at" after one) a verb of harm whose subject is a child ("Kai
        (13) touched…", "Zak, aged 15, hit…", "Bradley (15) is said to have assaulted…")? Harm
        among children of one family is done to a child: the cousin harmed is a child."""
        verb = word.head if word.dep_ == "prep" else word
        if verb.lemma_.lower() not in _PEER_HARMS and verb.lower_ not in ("bit", "bitten"):
            return False  # (the parse reads "bit" as a noun)
        if verb.pos_ == "NOUN":  # then the child before it, by position: "Leo (11) bit his cousin…"
            before = [t for t in self.doc.window(verb.sent.start, verb.i) if _cased(t) and t.dep_ != "poss"]
            return bool(before) and (self._age_of(before[-1]) or 99) < 18
        def a_child(subject):
            if subject.lower_ in ("who", "that") and subject.head.dep_ == "relcl":
                subject = subject.head.head
            age = self._age_of(subject)
            return age is not None and age < 18 or not _cased(subject) and (
                subject.lower_ in self.w["children"] or subject.lemma_.lower() in self.w["children"])

        for anchor in (verb, *verb.ancestors):
            # (the nearest subject before the verb: "Harmful sexual behaviour: Jasper (12) touched…")
            subjects = sorted((c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")), key=lambda c: -c.i)
            if subjects:
                return a_child(subjects[0])
        return False

    def _young_relative(self, token) -> bool:
        """A cousin the sentence shows is a child: named with a child as one of the children
        ("Holly and her cousin Star sleep at Nan's"), with a child's things ("her cousin Nia's
        school") or with what is said of children ("was found wandering")."""
        if self._child_context(token) or child_predicate(token) or self._evidence(token):
            return True
        doc, relatives = self.doc, self.w["any_age_relatives"]
        first = self._list_start(token)  # "his cousins Leah and Jack": Jack is a cousin too
        relative = doc[first.i - 1] if first.i and doc[first.i - 1].lower_ in relatives \
            else first.head if first.dep_ == "appos" and first.head.lower_ in relatives else None
        if relative is None:
            return False
        carer = relative.head.head if relative.dep_ == "pobj" else relative.head
        if relative.dep_ in ("dobj", "pobj") and carer.lemma_.lower() in (_CARE_VERBS - {"tell", "ask", "send", "lock"}) \
                | _BRING_VERBS | {"mind", "babysit", "look", "play"}:
            return True  # "looks after his cousins Leah and Jack", "plays with her cousin Maple"
        if relative.dep_ in ("dobj", "pobj") and self._harmed_by_a_child(carer if relative.dep_ == "dobj" else relative.head):
            return True  # "Jasper (12) touched his cousin Faith", "Tyler (14) hit his cousin Blossom"
        joined = [relative.head] if relative.dep_ == "conj" else []
        joined += [c for c in relative.children if c.dep_ == "conj"]
        plural = relative.tag_ == "NNS"  # "his cousins Leah and Jack": the list is the cousins themselves
        joined += [] if plural else [c for c in token.children if c.dep_ == "conj"]
        # By position too, where the parse splits the list: "Holly and her cousin Star sleep…".
        start = relative.i - 1 if relative.i and doc[relative.i - 1].lower_ in ("his", "her", "their") else relative.i
        if start >= 2 and doc[start - 1].lower_ in ("and", ",", "&"):
            joined.append(doc[start - 2])
        if not plural and token.i + 2 < len(doc) and doc[token.i + 1].lower_ in ("and", "&"):
            joined.append(doc[token.i + 2])
        return any(_cased(j) and j.lower_ not in self.w["roles"] or j.lower_ in self.w["children"] for j in joined)


# Words after "at N" that make it a time, not an age ("at 3pm", "at 3:30", "at 9 o'clock").
_TIME_AFTER = frozenset({"am", "pm", "a.m.", "p.m.", ":", "o'clock", "o’clock", "hours", "hrs"})


class PastChildhoodReading:
    """A grown-up whose childhood the sentence tells as past: methods of the people reader."""

    def _past_age_at(self, k: int, pronoun: str | None) -> int | None:
        """The age at ``k`` if a past age begins there: "when she was 14" (``pronoun`` "she"),
        or "at 14" after a verb ("was put into care at 14"); else None."""
        doc = self.doc
        t = doc[k]
        if t.lower_ == "when" and k + 3 < len(doc) and doc[k + 1].lower_ in ("she", "he") \
                and (pronoun is None or doc[k + 1].lower_ == pronoun) and doc[k + 2].lower_ == "was":
            n = _age(doc[k + 3])
            nxt = doc[k + 4] if k + 4 < len(doc) else None
            if n is not None and (nxt is None or nxt.lower_ not in ("weeks", "months", "days")):
                return n
            return None
        if t.lower_ == "at" and k + 1 < len(doc) and doc[k + 1].like_num and t.head.pos_ in ("VERB", "AUX") \
                and t.head.tag_ in ("VBD", "VBN"):
            nxt = doc[k + 2] if k + 2 < len(doc) else None
            n = _age(doc[k + 1])
            if n is not None and 10 <= n < 18 and (nxt is None or nxt.lower_ not in _TIME_AFTER and nxt.text != ":"):
                return n
        return None

    def _grown_since(self, mention) -> str:
        """"Craig started using heroin when he was 17, and Kai (5)…", "Leanne left care when
        she was 18": a name whose own past-tense verb is dated by "when he/she was N", N 17 or
        more, and given no age now: N was then, so the person is grown up now. Not a younger past
        age ("Kai started nursery when he was 3": still a child), nor a name with an age now."""
        doc = self.doc
        head, last = mention[0], mention[-1]
        verb = last.head
        if last.dep_ not in ("nsubj", "nsubjpass") or verb.tag_ not in ("VBD", "VBN") or verb.pos_ not in ("VERB", "AUX"):
            return ""
        if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children):
            return ""  # ("has started…": the perfect is now)
        # The "when" clause on the verb, or on a verb that shares its subject ("started using … when").
        verbs = [verb] + [c for c in verb.children if c.dep_ in ("xcomp", "conj") and c.pos_ in ("VERB", "AUX")
                          and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
        for clause in (c for v in verbs for c in v.children):
            if clause.dep_ != "advcl" or clause.lemma_ != "be":
                continue
            k = clause.i - 2
            if k < last.i or doc[k].lower_ != "when" or doc[k + 1].lower_ not in ("he", "she"):
                continue
            age = self._past_age_at(k, None)
            if age is not None and 17 <= age < 120 and not any(
                    _cased(t) and t.i not in (head.i, last.i) for t in doc[last.i + 1: k]):
                return f"grown up since ({doc[k: k + 4].text})"
        return ""

    def _childhood_told_as_past(self, mention) -> str:
        """"Kerry was in foster care when she was 15, and she says she does not want the same for
        Nova (3)", "When she was 14, Kayleigh was placed in a secure unit, and she says…", "Jade
        was put into care at 14, and she worries that Bella (3)…": a name the sentence gives only
        a past child's age ("when she was 15", "at 14"), of whom it then says something now
        ("she says", "he tells", "has taken"), beside a child named by age, is a grown-up telling
        of their own childhood. Not "she is now 9" (an age now: a child's), nor a past age with
        nothing said of the name now ("Ruby was taken into care when she was 12, and Kai (8)
        stayed with Mum")."""
        doc = self.doc
        head, last = mention[0], mention[-1]
        if last.dep_ not in ("nsubj", "nsubjpass") or last.head.tag_ not in ("VBD", "VBN"):
            return ""
        sentence = last.sent
        # Another name between the past age and this one points "she" elsewhere.
        names = [t.i for t in doc[sentence.start: sentence.end] if _cased(t) and t.i != head.i and t.i > sentence.start]
        past, pronoun = None, None
        for k in range(sentence.start, sentence.end):
            lower = doc[k].lower_
            found = self._past_age_at(k, None)
            if found is None:
                continue
            low, high = sorted((k, head.i))
            if any(low < i < high for i in names):
                continue
            past, pronoun = found, doc[k + 1].lower_ if lower == "when" else None
            if past < 18:
                break
            past = None
        if past is None:
            return ""
        if pronoun is None:  # "at 14": the pronoun the sentence uses of the name after it
            pronoun = next((t.lower_ for t in doc[last.i + 1: sentence.end] if t.lower_ in ("she", "he")), None)
        if pronoun is None:
            return ""
        if not any(_cased(t) and t.i != head.i and (self._age_of(t) is not None and self._age_of(t) < 18)
                   for t in doc[sentence.start: sentence.end]):
            return ""
        now = False
        for t in doc[sentence.start: sentence.end]:
            if t.lower_ != pronoun or t.dep_ not in ("nsubj", "nsubjpass"):
                continue
            verb = t.head
            if verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP") and any(c.like_num or c.lower_ == "now" for c in verb.children):
                return ""  # "she is now 9": an age now
            present = verb.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP")
                                                         for c in verb.children)
            if present and t.i > last.i:
                now = True
        if not now and not any(c.dep_ == "conj" and (c.tag_ in ("VBZ", "VBP") or any(
                a.dep_ == "aux" and a.tag_ in ("VBZ", "VBP") for a in c.children))
                and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children) for c in last.head.children):
            return ""  # "Tina left home when she was 15 and has had…": the name's own verb now
        when = f"when {pronoun} was {past}" if any(doc[k].lower_ == "when" for k in range(sentence.start, sentence.end)
                                                  if self._past_age_at(k, pronoun) == past) else f"at {past}"
        return f"a childhood told as past ({when})"
