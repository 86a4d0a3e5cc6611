"""What the people reading reads of names and titles: a title, a family word or a job beside a name, whose
the role is, pets named beside their kind, and what an adult's deeds show.

Read by sos_lint.people (one reader per parsed text); no rule reads this module directly.
"""
from __future__ import annotations

from .said import adult_predicate, feels_as_a_child, gone_back_to, restricted_adult
from .wordlists import (
    ADULT, CHILD, PET, first_names, older_relative, _AGE_UNITS, _BRING_VERBS, _CARE_VERBS, _HARM_VERBS, _PLACE_PREPOSITIONS, _TALK_VERBS, _age, _cased,
    _per_token, _squashed, line_start,
)

# Where a child comes among the children ("she is the eldest", "he is the middle one").
_SIBLING_PLACES_OF_CHILDREN = {"youngest", "eldest", "oldest", "middle"}

# Friends by another word: the one a child is left with by Mum or Dad is grown up.
_FRIENDS = {"friend", "mate", "pal"}
# Words before "sister" that make it a nurse's rank ("Ward sister Grace", "the night sister"),
# never a sibling.
_NURSING_WORDS = frozenset(("ward", "night", "charge", "theatre", "nursing", "duty"))
# Verbs of leaving a child with someone ("leaves Kai with her friend", "dropped Ivy with his mate").
_LEAVING_VERBS = {"leave", "drop", "dump", "send", "park", "abandon"}


# Words for a brother or sister who is young ("her little brother", "his baby sister").
# Ranks used as a title before a name ("Corporal Jack Brennan is in Cyprus"): an adult's (not
# "Major", "Private" or "Lance", which are also words or given names).
MILITARY_RANKS = frozenset(("corporal", "lieutenant", "captain", "colonel", "brigadier", "trooper", "gunner",
                            "sapper", "bombardier", "commander", "admiral", "marine", "airman", "rifleman"))
# Where a congregation meets: one "from the church" or "at the mosque" is an adult of it (a child
# is "from Sunday school" or "at madrassa").
# The last word of a service's name: a person "from" one works there ("Joyce from Children's
# Services", "Amir from the Youth Offending Team" as who does or says something); a child is
# collected "from the Pupil Referral Unit" (an object, and a unit, not a service).
_SERVICE_ENDINGS = frozenset(("services", "service", "team", "trust", "surgery", "police", "council", "practice",
                              "partnership", "agency", "department"))
# Caring for a child: whom one looks after, feeds or bathes is a child.
_LOOKING_AFTER = frozenset(("look", "watch", "feed", "bath", "bathe", "dress", "change", "settle", "cuddle", "comfort",
                            "supervise", "wake", "carry", "mind", "babysit", "nurse", "collect", "pick"))
# A child's own: parents and carers, school and a baby's things ("her head of year", "Ellie's
# father", "Hope's foster carer", "his nappy"). Not a partner, an uncle, a brother or a body part.
_CHILDS_OWN = frozenset(("mum", "mummy", "mam", "mom", "dad", "daddy", "mother", "father", "stepdad", "stepmum",
                         "stepfather", "stepmother", "parents", "carer", "carers", "teacher", "teachers", "nursery",
                         "school", "class", "classroom", "keyworker", "childminder", "tutor", "cot", "pram", "buggy",
                         "nappy", "toys", "toy", "homework", "uniform", "spellings", "bike", "scooter", "dummy",
                         "lunchbox"))
# What only adults do, said of a list of names ("Clare and Rob were both arrested").
_ADULT_DEEDS = frozenset(("arrest", "charge", "convict", "remand", "sentence", "imprison", "jail", "drink", "drive",
                          "inject", "marry", "divorce", "separate", "employ"))
_HARD_DRUGS = frozenset(("heroin", "crack", "cocaine", "methadone", "spice", "ketamine", "amphetamine", "speed"))
# Family words whose harm of a named person does not show the person is their child.
_NOT_PARENTS = frozenset(("partner", "you", "parents", "carer"))
# What children do ("Ivy plays with Jude (4)", "practised Jade's spellings with her").
_CHILD_ACTS = frozenset(("play", "practise", "practice"))
# Agreeing or making a plan (round 31): a household's decision, said of a child named by age.
_PLAN_MAKING_VERBS = frozenset(("agree", "make", "draw", "write", "plan", "arrange", "work", "set"))
_PLAN_NOUNS = frozenset(("plan", "rule", "rules", "routine", "arrangement", "arrangements", "rota", "agreement"))
# A parent's deeds for a child (round 25): "agree a bedtime routine with Precious (4)".
_PARENT_DEEDS = frozenset(("agree", "set", "take", "bring", "collect", "pick", "feed", "bath", "bathe", "dress",
                           "put", "cook", "supervise", "settle", "tuck", "drive", "walk", "register", "enrol",
                           "look", "care", "parent", "raise", "discipline", "punish", "smack"))
# What a goal asks parents to do for a child, beyond _PARENT_DEEDS (round 27).
_GOAL_DEEDS = frozenset(("show", "teach", "tell", "help", "read", "protect", "keep", "reassure", "praise",
                         "comfort", "explain", "listen", "make"))
# Done only to a body, said of one harmed with no one named doing it.
_DONE_TO = frozenset(("push", "shove", "drag", "slap", "smack", "kick", "punch", "burn", "bite"))
# Words between an owner and a carer or a brother ("her foster carer", "his big sister").
_BEFORE_KIN = frozenset(("foster", "step", "little", "big", "baby", "older", "younger"))
# Seeing or hearing what happens: the child a witness.
_SEEING_VERBS = frozenset(("see", "watch", "hear", "witness", "film", "overhear"))
# Where a child comes "from" ("Leo from home", "from care", "from class"): never a workplace.
_NOT_WORKPLACES = frozenset(("home", "care", "class", "year", "holiday", "holidays", "town", "abroad", "prison",
                             "custody", "hospital", "work", "bed", "behind", "outside", "upstairs", "downstairs"))
# Round 28: verbs of telling, asking or ringing someone ("will tell Bev from early help").
_TOLD_OR_RUNG = frozenset(("tell", "ask", "ring", "phone", "call", "text", "email", "message", "contact", "inform",
                           "meet", "update"))
# Where a child's friends come from: one told "from" there is no worker ("tell Jake from school").
_FRIENDS_PLACES = frozenset(("school", "nursery", "college", "club", "class", "estate", "street", "park", "church",
                             "mosque", "football", "cadets", "scouts", "guides", "brownies", "academy", "year",
                             "group", "unit", "home", "care", "youth"))
_FAITH_PLACES = frozenset(("church", "mosque", "temple", "gurdwara", "synagogue", "chapel", "kingdom hall"))
_YOUNG_WORDS = frozenset(("little", "baby", "wee", "tiny", "infant", "kid"))
# Words for someone's own child: a grandparent's is grown up.
_CHILD_OF_WORDS = frozenset(("son", "daughter", "sons", "daughters", "stepson", "stepdaughter"))

# Round 32: words for a person that may be a parent's own child as well as a grown-up ("Mum's
# lad", "her bairn", "Dad's eldest"): owned by an adult, they do not say the adult's generation.
_AGELESS_PERSON_WORDS = frozenset(("lad", "lads", "lass", "lasses", "bairn", "bairns", "wean", "weans", "youngest",
                                   "eldest", "oldest", "one", "ones", "girlie", "laddie", "lassie"))

# Round 28: looking after another, said with the one cared for as the object: the one who does
# it is the grown-up of the two ("Sharon will look after Theo", "Grace will babysit Rosie and
# Finn", "Ray will have Clover and Dylan for tea"). Verbs whose object is whom one cares for;
# phrasal ones by their particle ("look after", "care for", "sit with"); having someone to stay
# or for a meal by the words after "for" or "over".
_CARING_FOR = frozenset(("babysit", "mind", "bath", "bathe", "dress", "supervise", "tuck", "foster", "raise",
                         "childmind"))
_CARING_WITH = {"look": "after", "care": "for"}
_HAVING_FOR = frozenset(("tea", "dinner", "lunch", "breakfast", "supper", "sleepovers", "night", "nights", "weekend",
                         "weekends", "overnight", "overnights", "day", "days", "holidays", "afternoon", "evening"))
_HAVING = frozenset(("have", "keep", "host"))
# Round 40 (r40d): drink states that ``adult_predicate`` reads as an adult's, and words for a young child.
_DRINK_STATES = frozenset(("drunk", "hungover", "intoxicated"))
_YOUNG_CHILD_WORDS = frozenset(("baby", "babies", "toddler", "toddlers", "infant", "infants", "newborn"))
# One's own partner, said after "your" to one spoken to ("you and your partner"): a parent's.
_PARTNER_WORDS = frozenset(("partner", "husband", "wife", "fiance", "fiancé", "fiancée"))

# Words that open a role someone held once: a past role is an adult's ("Sheila (former foster
# carer)", "Dean (Mum's ex)").
_PAST_ROLE_WORDS = frozenset({"former", "ex", "retired", "previous", "one-time"})


# Round 39 (r39d): words that open a relative clause's subject with no "which" or "that" before it.
_CLAUSE_SUBJECTS = frozenset(("his", "her", "their", "my", "our", "your", "they", "he", "she", "we", "i", "you"))


class RoleReading:
    """Names, titles and roles: methods of the people reader (sos_lint.people._Reader)."""

    def _breed_start(self, i: int) -> int | None:
        """Where a breed or an animal word ending at token ``i`` starts ("Jack Russell", "XL
        Bully", "spaniel"), or None."""
        doc = self.doc
        if i < 0 or i >= len(doc):
            return None
        if doc[i].lower_ in self.w["pets"] or not _cased(doc[i]) and doc[i].tag_ == "NNS" \
                and doc[i].lemma_.lower() in self.w["pets"]:
            return i
        breeds = _squashed(("breeds",))
        text = ""
        for start in range(i, max(-1, i - 4), -1):
            text = doc[start].lower_ + text
            if text in breeds:
                return start
        return None

    def _pet_beside(self, token, last) -> str:
        """"Max the Jack Russell", "Tyson, Dad's XL Bully,", "Dad's Staffie Tyson": a name set
        beside an animal's kind is a pet's. The phrase after the name must end at the breed (not
        "Max, the dog walker,")."""
        doc = self.doc
        if token.pos_ == "DET":
            return ""  # "The family's XL Bully, Derek,": "The" is no pet's name
        start = self._breed_start(token.i - 1) if token.i else None
        if start is not None and _cased(doc[token.i - 1]) and doc[token.i - 1].lower_ not in self.w["pets"]:
            return doc[start: token.i].text  # "their Cane Corso Bruno" (one-word kinds: _role_word)
        if token.i > 1 and doc[token.i - 1].text == "," and last.i + 1 < len(doc) and doc[last.i + 1].text in (",", ")"):
            start = self._breed_start(token.i - 2)
            if start is not None and start < token.i - 2 + (doc[token.i - 2].lower_ not in self.w["pets"]):
                return doc[start: token.i - 1].text  # Round 25: "The family's XL Bully, Derek, bit Amira"
        k = last.i + 1
        if k < len(doc) and doc[k].text in (",", "("):  # "Tyson, Dad's XL Bully,", "Tyson (Dad's XL Bully)"
            k += 1
        if k >= len(doc):
            return ""
        if doc[k].lower_ in ("the", "a", "an", "our", "their", "his", "her", "my", "your"):
            k += 1
        elif k + 1 < len(doc) and doc[k + 1].lower_ in ("'s", "’s") and (
                _cased(doc[k]) or doc[k].lower_ in self.w["adult_family"] or doc[k].lower_ == "family"):
            k += 2
        elif k + 2 < len(doc) and doc[k].lower_ == "the" and doc[k + 1].lower_ == "family":
            k += 2
        else:
            return ""
        for j in range(k, min(k + 5, len(doc))):
            if doc[j].is_punct:
                return ""
            start = self._breed_start(j)
            nxt = doc[j + 1] if j + 1 < len(doc) else None
            ends = nxt is None or nxt.is_punct or nxt.pos_ in ("VERB", "AUX", "ADV") or nxt.lower_ in ("which", "who", "that")
            # Round 39 (r39d): a relative clause with no "which" or "that" may follow the kind ("Duke,
            # the pony her grandad bought her,", "the kitten Mum brought home"); read by word order,
            # as the parse often breaks it: its subject (a pronoun, an owner's word or a family word)
            # and a finite verb within three words, before any mark.
            ends = ends or start is not None and self._contact_clause_after(j)
            if start is not None and start >= k and ends:
                return doc[k - 1 if doc[k - 1].lower_ in ("the", "a", "an") else k: j + 1].text
        return ""

    def _contact_clause_after(self, j: int) -> bool:
        """Round 39 (r39d): a relative clause with no "which" or "that" starts after token ``j``: a
        subject ("her nan", "Mum", "they", "his stepdad Lee") and then a finite verb, within four
        words and before any punctuation ("the pony her nan bought her", "the dog they got")."""
        doc, w = self.doc, self.w
        if j + 2 >= len(doc):
            return False
        first = doc[j + 1]
        if not (first.lower_ in _CLAUSE_SUBJECTS or first.lower_ in w["family"] or first.lower_ in w["adult_family"]):
            return False
        for k in range(j + 2, min(j + 6, len(doc))):
            t = doc[k]
            if t.is_punct:
                return False
            if t.tag_ in ("VBD", "VBZ", "VBP", "MD"):
                return True
        return False

    def _worker_at_place(self, token, last) -> tuple[str, str] | None:
        """"Skye's key worker at Little Acorns, Faith, said…", "Mum's support worker at the
        refuge, Joy,": a name set off after a role and where that role works is the one in the
        role (an adult for a worker, a child for "her brother at college, Ash,")."""
        doc = self.doc
        if token.i < 4 or doc[token.i - 1].text != "," or token.lower_ in self.w["thing_prefixes"] \
                or last.i + 1 < len(doc) and doc[last.i + 1].lower_ in ("'s", "’s"):
            return None  # "the head at her school, St Bede's,": the place's own name
        k = token.i - 2
        while k > max(0, token.i - 9) and doc[k].lower_ not in _PLACE_PREPOSITIONS and (
                doc[k].pos_ in ("PROPN", "NOUN", "DET", "PART", "ADJ", "NUM") or doc[k].text in ("-", "&", "'")):
            k -= 1
        if k < 1 or doc[k].lower_ not in _PLACE_PREPOSITIONS or k == token.i - 2:
            return None
        nearer = doc[token.i - 2]
        if not _cased(nearer) and nearer.pos_ == "NOUN" and nearer.lower_ not in self.w["place_nouns"] \
                and nearer.lower_ not in self.w["workplaces"] and (self._role_word(nearer) or ("",))[0]:
            return None  # Round 31: "left the children with a neighbour, Paige,": the name is set beside the
            # nearer person ("a neighbour"), not beside a role before it with a place between
        role = doc[k - 1]
        if role.pos_ not in ("NOUN", "PROPN") or _cased(role) and role.lower_ not in self.w["professionals"] \
                or role.lower_ in self.w["adult_family"]:
            return None  # "the DSL at St Anne's, Honor," (not "met with Dad at Nan's house, Ruby…")
        found = self._role_word(role)
        if not found or not found[0]:
            return None
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        closed = after is None or after.text in (",", ".", ";", ")") or (
            role.dep_ in ("nsubj", "nsubjpass") and role.head.i > last.i)
        return (found[0], f"{found[1]} {doc[k].text} {doc[k + 1: token.i - 1].text}") if closed else None

    @_per_token
    def _title_before(self, token):
        """The title right before a name ("Mrs Begum", "PCSO Wright"), also when the tokeniser
        split its full stop off and ended a sentence there ("Insp. Harding"), or None."""
        doc = self.doc
        if not token.i:
            return None
        before = doc[token.i - 1]
        if before.lower_.rstrip(".") in self.w["titles"]:
            return before
        if before.text == "." and token.i >= 2 and not doc[token.i - 2].whitespace_ \
                and doc[token.i - 2].lower_ in self.w["titles"] and _cased(doc[token.i - 2]) and len(doc[token.i - 2]) <= 4:
            return doc[token.i - 2]
        return None

    def _role_word_before(self, token) -> bool:
        """"his sisters Autumn", "her friend Chelsea", "Mrs Chester": a title or a lower-case role
        word before a word the model took for a date or a place (not "Hospital Coventry")."""
        before = self.doc[token.i - 1] if token.i else None
        return before is not None and bool(self._title_or_role_before(token)) and (
            not _cased(before) or self._title_before(token) is not None)

    @_per_token
    def _title_or_role_before(self, token) -> str:
        before = self.doc[token.i - 1] if token.i else None
        if before is None:
            return ""
        lower = before.lower_.rstrip(".")
        if self._title_before(token) is not None:
            return "title " + self._title_before(token).text
        if lower in self.w["adult_family"] or lower in self.w["same_generation"] or lower in self.w["children"] \
                or lower in self.w["pets"] or lower in self.w["professionals"] or lower in self.w["adult_nouns"] \
                or lower in ("called", "named", "baby"):
            return before.text
        return ""

    # -- reading roles ------------------------------------------------------------------------
    def _owner(self, role_token):
        """Who a role word belongs to: "Mum's friend" -> Mum; "her brother" -> her."""
        doc = self.doc
        k = role_token.i - 1
        while k >= 0 and (doc[k].pos_ in ("ADJ",) or doc[k].lower_ in _YOUNG_WORDS and doc[k].head.i == role_token.i):
            k -= 1  # "her little brother", "his baby sister": "baby" is the tagger's compound
        if k >= 1 and doc[k].lower_ in ("'s", "’s", "'"):
            return doc[k - 1]
        if k >= 0 and doc[k].lower_ in ("his", "her", "their", "my", "your", "our"):
            return doc[k]
        return None

    def _owned_by_an_adult(self, noun, name) -> str:
        """Round 32: a lower-case person noun that no word list knows, owned by a family adult or
        a worker and set before a name ("Mum's new fella Bill", "Dad's lodger Pete", "Nan's
        neighbour-but-one Reg"): one of the adult's own people, so of the adult's generation.
        Not a child's word ("Mum's baby Ivy", "Dad's stepson Kai"), an animal, a word of the young
        ("her little one"), a word the lists already read (a brother, a friend: ``_role_word``)
        or an owner whom "his"/"her" cannot be shown to be an adult. Returns the words, or ""."""
        w = self.w
        lower, lemma = noun.lower_, noun.lemma_.lower()
        if _cased(noun) or not noun.text.islower() or noun.pos_ not in ("NOUN", "PROPN") or noun.tag_ not in ("NN", "NNP") \
                or not noun.is_alpha \
                or not (noun.head.i == name.i and noun.dep_ in ("compound", "nmod")
                        or name.head.i == noun.i and name.dep_ == "appos"):
            return ""
        if any(lower in words or lemma in words for words in (
                w["children"], w["same_generation"], w["pets"], _CHILD_OF_WORDS, _YOUNG_WORDS, w["child_context"],
                _AGELESS_PERSON_WORDS)):
            return ""
        owner = self._owner(noun)
        if owner is None or any(t.lower_ in _YOUNG_WORDS or t.lower_ in ("wee", "little", "tiny", "precious")
                                for t in self.doc[owner.i + 1: noun.i]):
            return ""  # (not "Dad's little princess Ava": a pet name for a child)
        if owner.lower_ in ("his", "her"):
            if not self._subject_is_adult(noun):
                return ""
        elif not (owner.lower_ in w["adult_family"] or not _cased(owner) and owner.lower_ in w["professionals"]):
            return ""
        return f"{owner.text}'s {noun.text}" if owner.lower_ not in ("his", "her") else f"{owner.text} {noun.text}"

    def _role_near(self, token, last=None) -> tuple[str, str]:
        """(role, evidence) from the words right beside a name (``token`` its first word, ``last``
        its last), or ("", "")."""
        doc, w = self.doc, self.w
        last = token if last is None else last
        before = doc[token.i - 1] if token.i else None
        # "Mr and Mrs Taylor".
        if token.i >= 3 and doc[token.i - 2].lower_ == "and" and doc[token.i - 3].lower_.rstrip(".") in w["titles"]:
            return ADULT, "title " + doc[token.i - 3].text
        if before is not None:
            lower = before.lower_.rstrip(".")
            if self._title_before(token) is not None or before.text in ("Sister", "Brother", "Nurse") \
                    or _cased(before) and (lower in w["adult_jobs"] or lower in MILITARY_RANKS):
                title = self._title_before(token) or before
                return ADULT, "title " + title.text  # "Sister Mary at the church", "Coach Stone": a nun, a nurse, a coach
            if lower == "law" and token.i >= 5 and [t.lower_ for t in doc[token.i - 4: token.i - 1]] == ["-", "in", "-"] \
                    and not _cased(doc[token.i - 5]) and doc[token.i - 5].is_alpha:
                return ADULT, f"{doc[token.i - 5].text}-in-law"  # Round 32: "her sister-in-law Adaeze": family by marriage
            found = self._role_word(before)
            if found:
                return found
            if found is None:
                owned = self._owned_by_an_adult(before, token)
                if owned:
                    return ADULT, owned  # Round 32: "Mum's new fella Bill", "Dad's lodger Pete"
            if lower in w["accused"] and not _cased(before) and (
                    before.i == 0 or doc[before.i - 1].is_punct or doc[before.i - 1].pos_ == "DET"
                    or doc[before.i - 1].lower_ in ("alleged", "named", "male", "female", "adult")):
                return ADULT, before.text  # "; suspect Reece Dunn arrested", "the perpetrator Lee": not "they suspect Kai"
        pet = self._pet_beside(token, last)
        if pet:
            return PET, pet
        # "Bruno, the family's dog", "Carl, Mum's ex-partner,", "Mrs Begum, the childminder": a
        # phrase with no verb, closed by a comma or a full stop, whose last word is a role.
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if after is not None and after.lower_ == "the":
            k = last.i + 2
            while k < len(doc) - 1 and doc[k].pos_ == "ADJ":
                k += 1
            if k < len(doc) and doc[k].lower_ in w["pets"]:
                return PET, f"the {doc[k].text}"  # "Bella the cat sleeps in the cot"
        found = self._role_after_the(last)
        if found:
            return found  # Round 38: "Sam the health visitor and I…", "Ravi the school nurse has seen…"
        if after is not None and after.text == ",":
            k = last.i + 2
            while k < len(doc) and doc[k].text not in (",", ".", ";", ":", ")", "!", "?") and k < last.i + 11:
                k += 1
            phrase = doc[last.i + 2: k]
            # "Faith, Skye's key worker at Little Acorns, said…": the role is the word before the place.
            at = next((t.i for t in phrase if t.pos_ == "ADP" and t.lower_ in _PLACE_PREPOSITIONS and t.lower_ != "of"
                       and t.i > phrase.start + 1), None)
            if at is not None and (k == len(doc) or doc[k].text in (",", ".", ")")) and not _cased(doc[at - 1]) \
                    and not any(t.pos_ in ("VERB", "AUX") for t in doc[phrase.start: at]):
                found = self._role_word(doc[at - 1], appositive=True)
                if found and found[0]:
                    return found
            if len(phrase) and (k == len(doc) or doc[k].text in (",", ".", ")")) \
                    and not any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN"
                                and not (t.tag_ == "VBG" and t.dep_ in ("amod", "compound")) for t in phrase) \
                    and not any(t.pos_ == "ADP" and t.lower_ != "of" for t in phrase):  # not "…, ready for school"
                # (a word in -ing that describes the role is no verb: "Sky, her learning mentor.")
                addressees = any(t.lower_ in ("and", "or", "&") for t in phrase) and phrase[0].lower_ in w["adult_family"]
                # (not "her sons, Micah and Zion, and her partner, Tunde": the list goes on)
                next_item = phrase[0].lower_ in ("and", "or", "&")
                found = None if addressees or next_item else self._role_word(phrase[-1], appositive=True)
                if found:  # not "Ayesha, Mum and Dad, we all want…": a list of those spoken to
                    return found
                if len(phrase) >= 3 and phrase[0].lower_ == "the" and phrase[1].lower_ == "family" \
                        and phrase[2].lower_ in ("'s", "’s") and _cased(phrase[-1]):
                    return PET, f"the family's {phrase[3:].text}"  # "Rolo, the family's Jack Russell"
            if len(phrase) >= 3 and phrase[0].lower_ in ("the", "a", "an") and (k == len(doc) or doc[k].text in (",", ".")):
                # Round 39 (r39d): "Lorna, the childminder Mum uses on Fridays,": a role and then a
                # relative clause with no "which" or "that" (``_contact_clause_after``)
                j = phrase.start + 1
                while j < phrase.end - 1 and doc[j].pos_ == "ADJ":
                    j += 1
                if not _cased(doc[j]) and doc[j].pos_ == "NOUN" and self._contact_clause_after(j):
                    found = self._role_word(doc[j], appositive=True)
                    if found:
                        return found
        # "Sheila (former foster carer)", "Gareth (ex-partner)", "Carl (Dad's old friend from
        # prison)": a role in brackets after the name, with no age in it ("Cinder (half-sister,
        # 10)" is read by its age). An owner ("Mum's") is not the role; the words after a
        # preposition are not either ("from prison").
        if after is not None and after.text == "(":
            k = last.i + 2
            while k < len(doc) and doc[k].text not in (")", "(", ".", ";") and k < last.i + 10:
                k += 1
            phrase = doc[last.i + 2: k]
            if len(phrase) and k < len(doc) and doc[k].text == ")" and not any(t.like_num for t in phrase):
                found, words = None, []
                for t in phrase:
                    if t.pos_ == "ADP" and t.lower_ != "of" or t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG"):
                        break  # (not "Ivy (who sleeps with Mum)")
                    if t.i + 1 < k and doc[t.i + 1].lower_ in ("'s", "’s") or t.lower_ in ("'s", "’s"):
                        continue  # the owner: "(Mum's ex)"
                    words.append(t)
                    found = self._role_word(t, appositive=True) or found
                if found and found[0] in (ADULT, PET):
                    return found
                if found is None and words and words[0].lower_ in _PAST_ROLE_WORDS and words[-1].pos_ in ("NOUN", "PROPN"):
                    return ADULT, f"a past role: {phrase.text}"  # "(Mum's ex)", "(former PE teacher)"
        # "Nan (Carol)", "Mum (Tanya)": a name in brackets after a role word is the one the role names.
        if before is not None and before.text == "(" and token.i >= 2 and after is not None and after.text == ")":
            found = self._role_word(doc[token.i - 2])
            if found and found[0]:
                return found
        # "The social worker, Helen,", "Sam's stepdad, Darren,", "the family dog, Duke," (not
        # "Dad, Maisie needs…", which speaks to Dad).
        for part in {token, last}:
            if part.dep_ == "appos" and part.head.i < token.i and not _cased(part.head) and before is not None \
                    and before.text == ",":
                nearer = doc[token.i - 2] if token.i >= 2 else None
                if nearer is not None and nearer.i != part.head.i and not _cased(nearer) and nearer.pos_ == "NOUN" \
                        and nearer.dep_ == "conj":  # (a second noun of the list, not "her brother at college, Ash,")
                    found = self._role_word(nearer)  # "her baby sister Wren and their rabbit, Snowy,": the rabbit
                    if found and found[0]:
                        return found
                found = self._role_word(part.head)  # "Mum's support worker at the refuge, Joy,"
                if found:
                    return found
                if part.head.lower_ == "pupil" and not any(c.dep_ == "compound" for c in part.head.children
                                                           if c.i > part.head.i):
                    return CHILD, part.head.text  # Round 25: "told a Year 7 pupil, Bilal, that…"
        found = self._worker_at_place(token, last)
        if found:
            return found
        end = last
        while end.i + 2 < len(doc) and doc[end.i + 1].lower_ in ("and", ",", "&") and _cased(doc[end.i + 2]) \
                and doc[end.i + 2].lower_ not in w["roles"] and end.i - last.i < 8 \
                and doc[end.i + 3: end.i + 4].text not in ("'s", "’s"):  # (not the owner in "…, Rocco's parents")
            end = doc[end.i + 2]
        if end.i != last.i:  # "Sunny and Rain, the family's two collies": the list's animals
            found = self._role_near(end, end)
            if found[0] == PET or found[0] == ADULT and found[1].lower().endswith(("parents", "grandparents", "carers")):
                return found  # "Sian and Jamie, Rocco's parents,": both are
            if found[0] == CHILD and doc[end.i + 1].text == "," and self._plural_kin(found[1].split()[-1]):
                return found  # "Summer and Frost, her two boys,", "Misty and Dawn, our twins,": each is one
        first = self._list_start(token)
        found = self._plural_role_before_list(first)
        if found and (first.i != token.i or found[1].endswith(" known as")):
            return found  # Round 38: "Carers Bev and Raymond", "two men she knows as Ace and Tank"
        plural = first.i >= 2 and doc[first.i - 2].tag_ == "NNS"
        if first.i != token.i and plural and doc[first.i - 1].text == ",":
            found = self._role_word(doc[first.i - 2])  # "her brothers, Ted and Alfie,"
            if found:
                return found
        if first.i != token.i and first.i >= 1 and doc[first.i - 1].tag_ == "NNS" and not _cased(doc[first.i - 1]):
            found = self._role_word(doc[first.i - 1])  # "his sisters Autumn and Willow": both are sisters
            if found and found[0]:
                return found
        if before is not None and before.text == "," and token.i >= 2 and after is not None \
                and (after.text in (",", ".", ")") or after.lower_ == "and" and doc[token.i - 2].tag_ == "NNS"):
            role = doc[token.i - 2]
            owner = doc[token.i - 3] if token.i >= 3 else doc[0]
            # (Round 40, r40d: a number counts the role too: "with two men, Vinnie and Tommo,")
            if owner.lower_ in ("the", "a", "an", "'s", "’s", "his", "her", "their", "our", "my") \
                    or owner.dep_ in ("compound", "amod") or any(c.dep_ in ("det", "poss") for c in role.children) \
                    or owner.like_num and owner.dep_ == "nummod" and owner.head.i == role.i:
                found = self._role_word(role)
                if found:
                    return found
            # "Mum, Agnieszka, says…": a family word opening the sentence, the name set beside it
            # (not "Dad, Leo and Mia need you…", which speaks to Dad about the children).
            nxt = doc[after.i + 1] if after.text == "," and after.i + 1 < len(doc) else None
            if (self._sentence_start(role) or owner.text == ";" or last.dep_ == "appos" and last.head.i == role.i) \
                    and role.lower_ in w["adult_family"] and nxt is not None \
                    and not _cased(nxt) and nxt.lower_ not in ("and", "or", "&"):
                return ADULT, role.text
        if after is not None and after.lower_ in ("'s", "’s"):
            k = last.i + 2
            while k < len(doc) - 1 and (doc[k].pos_ == "ADJ" or doc[k].like_num):  # "Kerry's three boys"
                k += 1
            if k < len(doc) and doc[k].lower_ in w["adult_context"] and not self._young_couples_ex(k):
                return ADULT, f"{last.text}'s {doc[k].text}"  # "Kelly's van", "Kerry's youngest daughter"
            if k < len(doc) and k - 1 > last.i + 1 and doc[k - 1].lower_ in ("youngest", "eldest", "oldest") \
                    and doc[k].pos_ not in ("NOUN", "PROPN"):
                return ADULT, f"{last.text}'s {doc[k - 1].text}"  # "Bethany's youngest, Alfie (2),"
        if after is not None and after.lower_ in ("at", "from") and any(
                c.dep_ == "pobj" and not _cased(c) and (c.lemma_.lower() in w["workplaces"] or c.lower_ in _FAITH_PLACES)
                for c in after.children):  # "Robin from the team", "Bill from the church"
            return ADULT, f"{last.text} {after.text} the {next(c.text for c in after.children if c.dep_ == 'pobj')}"
        if after is not None and after.lower_ == "from" and last.dep_ in ("nsubj", "appos") and any(
                c.dep_ == "pobj" and _cased(c) and c.lower_ in _SERVICE_ENDINGS and c.i > after.i + 1
                for c in after.children):  # "Joyce from Children's Services", "Tom from the Youth Offending Team"
            return ADULT, f"{last.text} from {next(c.text for c in after.children if c.dep_ == 'pobj')}"
        worker = self._worker_from(last) or self._worker_from_named_service(last)
        if worker:
            return ADULT, worker
        return "", ""

    def _worker_from_named_service(self, last) -> str:
        """Round 28b: a name, then "from" and a service named in capitals that rules/people.toml
        lists as a service ("with Eleri from Early Help", "Dee from CAMHS rang", "Jo from Women's
        Aid"), wherever the name stands, is a worker there: a child is not "from" a service.
        Not a name with a kin or friend word before it ("her friend Leo from Kooth")."""
        doc = self.doc
        k = last.i + 1
        if k + 1 >= len(doc) or doc[k].lower_ != "from":
            return ""
        before = doc[last.i - 1] if last.i else None
        if before is not None and not _cased(before) and (before.lower_ in self.w["same_generation"]
                                                          or before.lower_ in self.w["children"]):
            return ""
        j, parts = k + 1, []
        if j < len(doc) and doc[j].lower_ == "the":
            parts.append("the")
            j += 1
        while j < len(doc) and (_cased(doc[j]) or doc[j].lower_ in ("'s", "’s") and parts) and len(parts) < 5:
            parts.append(doc[j].lower_.replace("’", "'"))
            j += 1
        if not parts or parts == ["the"]:
            return ""
        name = " ".join(parts).replace(" 's", "'s")
        services = self.w["services"]
        if name in services or name.removeprefix("the ") in services:
            return f"{last.text} from {doc[k + 1: j].text}"
        return ""

    def _worker_from(self, last) -> str:
        """"Bridget from the nursery saw…", "Sandra from school rang me", "found by Rachel from the
        nursery", "Trevor from the council's housing team": a name that does or says something
        (the subject, or who did it after "by"), then "from" and a place or service written in
        lower case, is someone who works there. Not a name with a kin or friend word before it
        ("her friend Leo from school"), not "from home", "from care" or "from class" (where a child
        comes from), nor a place word for a person or a time."""
        doc = self.doc
        k = last.i + 1
        if k + 1 >= len(doc) or doc[k].lower_ != "from":
            return ""
        anchor = last
        while anchor.dep_ == "conj" and anchor.head.i < anchor.i:
            anchor = anchor.head  # Round 28: "Aunt Nasreen and Duncan from early help worry…": one of the subjects
        doer = anchor.dep_ in ("nsubj", "appos") or anchor.dep_ == "pobj" and anchor.head.lower_ == "by"
        # Round 28: one told, asked or rung, or talked to, "from" a service ("Kayden will tell Bev
        # from early help", "talk to Gemma from the youth team"): a worker there too; not one
        # from school, nursery or a club (a friend), nor one collected "from" somewhere.
        told = not doer and (last.dep_ in ("dobj", "dative") and last.head.lemma_.lower() in _TOLD_OR_RUNG
                             or last.dep_ == "pobj" and last.head.lower_ in ("to", "with")
                             and last.head.head.lemma_.lower() in _TALK_VERBS | {"work", "meet"})
        if not doer and not told:
            return ""
        before = doc[last.i - 1] if last.i else None
        if before is not None and not _cased(before) and (before.lower_ in self.w["same_generation"]
                                                          or before.lower_ in self.w["children"]):
            return ""
        j, noun = k + 1, None
        while j < len(doc) and j - k <= 5:
            t = doc[j]
            if t.lower_ in ("the", "a", "an", "'s", "’s") or t.pos_ == "ADJ" and not _cased(t):
                j += 1
                continue
            if t.pos_ in ("NOUN", "PROPN") and (not _cased(t) or t.text.isupper()):
                noun = t  # "the GP surgery", "the health visiting team": the last word is the place
                j += 1
                continue
            if t.tag_ == "VBG" and j + 1 < len(doc) and doc[j + 1].pos_ == "NOUN" and not _cased(doc[j + 1]):
                j += 1  # "the health visiting team"
                continue
            break
        if noun is None or _cased(noun) or noun.pos_ != "NOUN":
            return ""
        lower, lemma = noun.lower_, noun.lemma_.lower()
        if told and (lower in _FRIENDS_PLACES or lemma in _FRIENDS_PLACES):
            return ""  # "tell Jake from school": a friend from there
        if lower in _NOT_WORKPLACES or lower in self.w["children"] or lemma in self.w["children"] \
                or lower in self.w["family"] or lower in self.w["same_generation"] or lower in self.w["calendar"] \
                or noun.ent_type_ in ("DATE", "TIME"):
            return ""
        return f"{last.text} from the {noun.text}"

    def _left_with(self, word) -> bool:
        """"leaves Kai with her friend", "dropped Ivy off with his mate": the one a child is left
        with minds the child; the verb's subject is an adult of the family."""
        if word.dep_ == "compound" and word.head.i > word.i:
            word = word.head  # "with his mate Gaz"
        if word.dep_ != "pobj" or word.head.lower_ != "with":
            return False
        verb = word.head.head
        return verb.lemma_.lower() in _LEAVING_VERBS and any(c.dep_ == "dobj" for c in verb.children) \
            and any(c.dep_ == "nsubj" and c.lower_ in self.w["adult_family"] for c in verb.children)

    def _plural_kin(self, text: str) -> bool:
        """A plural child or kinship word ("boys", "twins", "sisters", "children")."""
        lower = text.lower()
        return lower.endswith("s") and (lower in self.w["children"] or lower in self.w["same_generation"]
                                        or lower[:-1] in self.w["children"])

    def _list_start(self, token):
        """The first name of the list "Ted, Sam and Alfie" that ``token`` ends or sits in."""
        doc, k = self.doc, token.i
        while k >= 2 and doc[k - 1].lower_ in (",", "and", "&") and _cased(doc[k - 2]) \
                and doc[k - 2].lower_ not in self.w["roles"] and token.i - k < 16:  # a family, not a register
            k -= 2
        return doc[k]

    def _copula_role(self, token) -> tuple[str, str]:
        """"Rocky and Ray are Mr Lewandowski's dogs", "Jo is Mum's friend": what the name is."""
        subject = token
        if subject.dep_ == "conj" and subject.head.i < subject.i:
            subject = subject.head
        verb = subject.head
        who = next((c for c in token.children if c.dep_ == "relcl" and c.lemma_ == "be" and any(
            g.dep_ == "nsubj" and g.lower_ in ("who", "that") for g in c.children)), None)
        nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if who is not None:
            subject, verb = who, who  # "Lee, who is Bailey's father,"
        elif token.dep_ == "conj" and nxt is not None and nxt.lemma_ == "be" \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in nxt.children) \
                and any(c.dep_ == "attr" and c.i > nxt.i for c in nxt.children):
            # Round 28: "Stacey is Jude's mum and Kyle is Jude's dad": the parse joins Kyle to
            # "mum" and leaves the second "is" (joined or the root) with no subject; the name
            # before it is its subject.
            who, verb = nxt, nxt
        elif subject.dep_ == "nsubj" and not any(c.dep_ == "attr" for c in verb.children):
            # "Cara and Jon have been together … and are the parents of Evie": a second verb, "be",
            # with the same subject
            verb = next((c for c in verb.children if c.dep_ == "conj" and c.lemma_ == "be"
                         and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), verb)
        if who is None and (subject.dep_ != "nsubj" or verb.lemma_ != "be"):
            return "", ""
        for attr in verb.children:
            if attr.dep_ == "attr" and attr.i > verb.i and any(c.lower_ == "young" for c in attr.children):
                return CHILD, f"a young {attr.text}"  # "Callum is a young carer"
            if attr.dep_ == "attr" and attr.i > verb.i and not _cased(attr):
                found = self._role_word(attr)
                if found:
                    return found
        return "", ""

    def _pronoun_says(self, mention) -> tuple[str, str]:
        """What "she is" or "he is" says of the name just before it, in the same sentence, with
        no other person between ("ring Joy back – she is the young carer", "I spoke to Hope; she
        is only nine", "Call Ocean – he is in Year 8", "ring Tracey back – she is the neighbour",
        "Dean; he is 34"): a child's age, a school year, "young carer", "the eldest" or a child's
        word say a child; an adult's age or an adult's role say an adult."""
        doc, last = self.doc, mention[-1]
        sentence_end = last.sent.end
        k = last.i + 1
        while k < sentence_end and k - last.i <= 6:
            t = doc[k]
            if t.lower_ in ("he", "she") and k + 1 < sentence_end and doc[k + 1].lemma_ == "be" \
                    and doc[k + 1].lower_ not in ("being", "been"):
                break
            if k + 1 == sentence_end and t.text in (".", "?", "!") and k + 2 < len(doc) \
                    and doc[k + 1].lower_ in ("he", "she") and doc[k + 2].lemma_ == "be":
                # "Could someone see Harmony today? She is a young carer…": the next sentence's first words
                k, sentence_end = k + 1, doc[k + 1].sent.end
                break
            if _cased(t) and t.lower_ not in self.w["calendar"] \
                    or t.lower_ in self.w["roles"] and self._role_kind(t) != "institution" \
                    and doc[k - 1].pos_ != "ADP" \
                    or t.lower_ in ("he", "she", "him", "her", "they", "them"):
                return "", ""  # another person between: the pronoun may be theirs
            k += 1
        else:
            return "", ""
        if k >= sentence_end or k - last.i > 7 or doc[k - 1].text not in (",", "–", "—", "-", ";", ":", ".", "?", "!") \
                and doc[k - 1].lower_ not in ("as", "because", "and", "but"):
            return "", ""
        anchor = last.head if last.dep_ == "pobj" else last
        if last.dep_ in ("dobj", "pobj") and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == doc[k].lower_
                                                 for c in anchor.head.children):
            return "", ""  # Round 32: "when she had Lucas, and she is now 22": the same "she" again, not Lucas
        j = k + 2
        while j < sentence_end and doc[j].lower_ in ("only", "just", "still", "now", "aged", "barely", "not", "even"):
            j += 1
        if j >= sentence_end:
            return "", ""
        word = doc[j]
        age = _age(word)
        if age is not None and j + 2 < sentence_end and doc[j + 1].lower_ in _AGE_UNITS and doc[j + 2].lower_ == "pregnant":
            return "", ""  # Round 32: "she is 14 weeks pregnant": how far on a pregnancy is, not an age
        if age is not None and not (j + 1 < sentence_end and doc[j + 1].lower_ in ("times", "%", "minutes", "hours")):
            return (CHILD if age < 18 else ADULT), f"{doc[k].text} is {word.text}"
        if word.lower_ == "in" and j + 1 < sentence_end and doc[j + 1].lower_ in ("year", "primary", "reception", "p"):
            return CHILD, f"{doc[k].text} is in {doc[j + 1].text}"  # "she is in Year 7"
        if word.lower_ in ("a", "an", "the", "his", "her", "their", "our"):
            j += 1
        noun = j
        while noun < sentence_end and (doc[noun].pos_ == "ADJ" or doc[noun].lower_ in ("young", "only")) and noun - j < 3:
            noun += 1
        if noun >= sentence_end:
            return "", ""
        young = any(doc[x].lower_ == "young" for x in range(j, noun))
        head = doc[noun]
        if _cased(head) and noun + 1 < sentence_end and doc[noun + 1].lower_ in ("'s", "’s"):
            noun += 2  # "she is Ruby's (5) aunt"
            while noun < sentence_end and not doc[noun].is_alpha:
                noun += 1
            if noun >= sentence_end:
                return "", ""
            head = doc[noun]
        lower, lemma = head.lower_, head.lemma_.lower()
        if young and (lower in self.w["adult_jobs"] or lower in ("carer", "carers")):
            return CHILD, f"{doc[k].text} is a young {head.text}"  # "she is the young carer"
        if lower in _SIBLING_PLACES_OF_CHILDREN or lower in self.w["children"] or lemma in self.w["children"]:
            return CHILD, f"{doc[k].text} is the {head.text}"
        found = None if _cased(head) else self._role_word(head)
        if found and found[0] == ADULT:
            return ADULT, f"{doc[k].text} is {head.text}"
        return "", ""

    def _young_couples_ex(self, k: int) -> bool:
        """"ex-boyfriend", "ex girlfriend": an ex who was a boyfriend or a girlfriend, which a
        young person has (not an ex-partner, an ex-husband or an ex alone)."""
        doc = self.doc
        if doc[k].lower_ != "ex":
            return False
        k += 1
        if k < len(doc) and doc[k].text in ("-", "‐"):
            k += 1
        return k < len(doc) and doc[k].lower_ in ("boyfriend", "girlfriend", "bf", "gf")

    def _grown_up(self, word) -> bool:
        """"Mum's grown-up daughter", "Dad's adult son", "her grown son": a child of the family
        said to be grown."""
        doc, k = self.doc, word.i - 1
        if k >= 0 and doc[k].lower_ in ("adult", "grown", "grown-up", "grownup"):
            return True
        return k >= 2 and doc[k].lower_ == "up" and doc[k - 1].text in ("-", "‐") and doc[k - 2].lower_ == "grown"

    def _role_after_the(self, last) -> tuple[str, str] | None:
        """Round 38 (r38d): a role set straight after a name with "the" and no comma ("Sam the health
        visitor and I are worried", "Ravi the school nurse has seen…"): the role an adult holds. The
        role noun must hang on the name in the parse and not be a subject of its own ("Mum told Kai
        the social worker would visit": the worker is someone else), nor an owner ("showed Kai the
        nurse's letter"). Only an adult's role counts (pets are read above, a child's word is not)."""
        doc = self.doc
        if last.i + 2 >= len(doc) or doc[last.i + 1].lower_ != "the":
            return None
        for k in range(last.i + 2, min(last.i + 6, len(doc))):
            role = doc[k]
            if role.pos_ != "NOUN" or _cased(role):
                if role.pos_ in ("ADJ", "NOUN") and not _cased(role):
                    continue
                return None
            if role.dep_ == "compound":
                continue  # (an earlier word of the role: "the school nurse")
            # the role hangs on the name, or both hang on one verb, the role as its subject and the
            # name as no subject of its own ("Bola the school nurse has seen…", parsed so)
            same_verb = role.dep_ in ("nsubj", "nsubjpass") and last.dep_ in ("npadvmod", "dep", "nmod") \
                and last.head.i == role.head.i
            on_role = last.head.i == role.i and last.dep_ in ("npadvmod", "dep", "nmod", "compound")
            if not (role.head.i == last.i and role.dep_ not in ("nsubj", "nsubjpass") or same_verb or on_role):
                return None
            if k + 1 < len(doc) and doc[k + 1].lower_ in ("'s", "’s"):
                return None
            own = {t.i for t in role.subtree}
            if any(j not in own for j in range(last.i + 1, k)):
                return None  # every word between is the role's own ("the", "health", "youth")
            found = self._role_word(role, appositive=True)
            return found if found and found[0] == ADULT else None
        return None

    def _plural_role_before_list(self, first) -> tuple[str, str] | None:
        """Round 38 (r38d): what stands before a list of names and is said of each one: a plural role
        opening the sentence ("Carers Bev and Raymond report…", "Foster carers Jan and Phil"; a
        plural written lower-case is read below), or the name adults are known by ("two men she
        knows as Ace and Tank", "adults he knows as Jinx and Moses", "older men called Kev and
        Dizzy"). Only an adult's role: "a boy called Zac" is read elsewhere."""
        doc = self.doc
        if first.i < 1:
            return None
        before = doc[first.i - 1]
        if _cased(before) and before.lower_.endswith("s") and before.i == line_start(before):  # (tagged NNP too)
            found = self._role_word(before)
            return found if found and found[0] == ADULT else None
        noun = None
        if before.lower_ in ("called", "named") and before.i >= 1:
            noun = doc[before.i - 1]
        elif before.lower_ == "as" and before.i >= 1 and doc[before.i - 1].lemma_.lower() == "know":
            verb = doc[before.i - 1]
            noun = verb.head if verb.dep_ in ("relcl", "acl") and verb.head.i < verb.i else None
        if noun is None or _cased(noun) or noun.tag_ != "NNS":
            return None
        found = self._role_word(noun)
        return (ADULT, f"{noun.text} known as") if found and found[0] == ADULT else None

    def _role_word(self, word, appositive: bool = False) -> tuple[str, str] | None:
        w = self.w
        lower = word.lower_
        if (lower in w["children"] or lower in w["same_generation"] or lower in _CHILD_OF_WORDS) and self._grown_up(word):
            return ADULT, f"grown-up {word.text}"  # "Dad's grown-up son, Drake,"
        if word.tag_ == "NNS" and not _cased(word) and word.lemma_.lower() != lower:
            # "their grandparents, Rose and Eddie", "his uncles, Jay and Kofi", "Rocco's parents":
            # each is one (and "her two sons, Micah and Zion": each is a son)
            known = (w["adult_family"], w["adult_jobs"], w["professionals"], w["children"], w["pets"], w["adult_nouns"])
            lemma = word.lemma_.lower()
            if not any(lower in words for words in known) and any(lemma in words for words in known[:4]):
                lower = lemma
        if lower in w["pets"] or (not _cased(word) and word.tag_ == "NNS" and word.lemma_.lower() in w["pets"]):
            return PET, f"{self._owner_text(word)}{word.text}"  # "the family's two collies"
        if lower in w["adult_nouns"] or lower in ("called", "named") and word.i and self.doc[word.i - 1].lower_ in w["adult_nouns"]:
            return ADULT, word.text
        if lower in ("called", "named") and word.i and self._breed_start(word.i - 1) is not None:  # "an XL Bully called Tyson"
            return PET, self.doc[word.i - 1].text
        if lower in w["adult_family"] or lower in w["professionals"] and lower not in ("we", "i", "everyone", "everybody"):
            return ADULT, f"{self._owner_text(word)}{word.text}"
        if lower in w["adult_jobs"] or lower.endswith("-partner") or lower in w["own_partners"] and lower != "ex":
            return ADULT, word.text  # (Round 32: "her fiancé Jordan": one whose partner makes an adult is one too;
            # not a bare "ex", which a girl's ex-boyfriend is too)
        if lower in w["accused"] and word.pos_ in ("NOUN", "PROPN") and not _cased(word):
            return ADULT, word.text  # "the perpetrator, Liam Cross,", "the suspect, Jason Hill,"; an age first says a child
        if lower == "twins":
            return CHILD, word.text  # "Mum's twins", "our twins": a pair of children, whoever owns them
        if lower in ("sister", "sisters", "brother") and word.i and self.doc[word.i - 1].lower_ in _NURSING_WORDS:
            return ADULT, f"{self.doc[word.i - 1].text} {word.text}"  # "Ward sister Grace", "the night sister, Pam,": a nurse
        if lower in w["same_generation"]:
            owner = self._owner(word)
            if owner is not None and owner.lower_ in ("his", "her", "their") and any(
                    c.dep_ in ("amod", "compound") and c.lower_ in _YOUNG_WORDS for c in word.children):
                return CHILD, f"{owner.text} {word.text}"  # "her little brother Mark", "his baby sister Faith"
            if owner is not None and (owner.lower_ in w["adult_family"] or owner.lower_ in w["professionals"]
                                      or owner.lower_ in ("your", "my", "our")):
                return ADULT, f"{owner.text}'s {word.text}"
            if owner is not None and owner.lower_ in ("his", "her", "their") and self._subject_is_adult(word, appositive):
                return ADULT, f"{owner.text} {word.text}"  # "Mum will ring her friend Jo": Mum's friend
            if owner is not None and lower in _FRIENDS and self._left_with(word):
                return ADULT, f"left with {owner.text} {word.text}"  # "Mum leaves Kai with her friend Tracey"
            if owner is not None and lower in w["any_age_relatives"]:
                return ADULT, f"{owner.text} {word.text}"  # "her cousin Nadia": grown up, unless read() sees a child
            if owner is not None:
                return CHILD, f"{owner.text} {word.text}"
            return "", ""
        if lower in _CHILD_OF_WORDS and self._owner_is_grandparent(word):
            return ADULT, f"a grandparent's {word.text}"  # "Grandad Frank … his son Rocky", "Nan's daughter Kerry"
        if lower in w["children"] and lower not in ("pupil",):
            return CHILD, word.text
        return None

    def _grandparent(self, t) -> bool:
        """A grandparent's word ("Nan", "Grandad"), or a name led by one ("Grandad Frank", "Nana Jean")."""
        def word(x):
            return x.lower_ in self.w["grandparents"] or older_relative(x.lower_)
        if word(t):
            return True
        return _cased(t) and (any(c.dep_ == "compound" and word(c) for c in t.children)
                              or t.i > 0 and word(self.doc[t.i - 1]))

    def _owner_is_grandparent(self, word) -> bool:
        """Is the son's or daughter's owner a grandparent: "Nan's daughter", "Grandad Frank's son",
        or "his"/"her" where the subject of the nearest clause around the word (not the word's own
        phrase) is one ("Grandad Frank … was punched by his son Rocky", "Nana Jean says her son…",
        "Grandma cares for Ruby because her daughter…")? "his" never points to a woman, "her"
        never to a man."""
        owner = self._owner(word)
        if owner is None:
            return False
        if owner.lower_ not in ("his", "her", "their"):
            return self._grandparent(owner)
        other_sex = {"his": self.w["female_words"], "her": self.w["male_words"]}.get(owner.lower_, frozenset())
        for verb in word.ancestors:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and word not in c.subtree]
            if any(word is c or word.i == c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
                continue
            if subjects:
                subject = subjects[0]
                sex_words = {subject.lower_} | {c.lower_ for c in subject.children if c.dep_ == "compound"}
                return self._grandparent(subject) and not sex_words & other_sex
        # "Granny Pat has care of Jade; her son Ray…": the subject of the clause before the
        # semicolon or full stop.
        k = owner.i - 1
        while k > 0 and self.doc[k].text not in (";", ".") and owner.i - k < 4:
            k -= 1
        if k <= 0 or self.doc[k].text not in (";", "."):
            return False
        for verb in (self.doc[k - 1], *self.doc[k - 1].ancestors):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < k]
            if verb.pos_ in ("VERB", "AUX") and subjects:
                subject = subjects[0]
                sex_words = {subject.lower_} | {c.lower_ for c in subject.children if c.dep_ == "compound"}
                return self._grandparent(subject) and not sex_words & other_sex
        return False

    def _subject_is_adult(self, word, appositive: bool = False) -> bool:
        """Does "her" or "his" before the word point back to a family adult ("Mum will ring her
        friend Jo")? The nearest person before it decides: "Dad hits Oscar and his sister Evie"
        is Oscar's sister. In an apposition ("Mum said that Dawn, her friend from the estate,")
        the name described is not whom "her" points to: the person before it is."""
        owner = self._owner(word)
        doc = self.doc
        described = None
        if appositive and owner.i >= 2 and doc[owner.i - 1].text == ",":
            described = doc[owner.i - 2].i  # the last word of the name set beside the phrase
            while described > word.sent.start and _cased(doc[described - 1]):
                described -= 1
        # "his" never points back to Mum or "she", "her" never to Dad or "him": "Dad will not let
        # him eat until his brother Kacper gets home" is the boy's brother.
        other_sex = {"his": self.w["female_words"], "her": self.w["male_words"]}.get(owner.lower_, frozenset())
        for t in reversed(self.doc[word.sent.start: owner.i]):
            if t.lower_ in other_sex or t.dep_ == "poss" or owner.lower_ == "his" and t.lower_ == "her" \
                    or described is not None and t.i >= described:
                continue
            if any(c.dep_ == "poss" and c.lower_ == owner.lower_ for c in t.children):
                if t.lower_ in self.w["adult_family"] and self._companion_of(word, t):
                    return True  # "his Dad was asleep after taking ketamine with his friend Gaz": Dad's friend
                continue  # "looks after her mum … and her brother Mark": the same "her" owns both
            relative = next((a for a in t.ancestors if a.dep_ == "relcl"), None)
            if t.dep_ in ("nsubj", "nsubjpass") and relative is not None and relative.head.i < t.i \
                    and not relative.left_edge.i <= owner.i <= relative.right_edge.i:
                continue  # "the fall Mum described; her brother Leo", "a burn that did not fit what Mum said;
                # her brother Jem": who did what a relative clause says, in
                # another clause than "her" (not "which Mum has given to her sister Nasreen")
            if t.lower_ in self.w["adult_family"]:
                return True
            if t.pos_ == "PROPN" and t.i >= 2 and doc[t.i - 1].text == "," and doc[t.i - 2].lower_ in self.w["adult_family"]:
                return True  # "Kai's stepdad, Warren, has been letting his mate Mick stay": the stepdad's mate
            if t.pos_ == "PROPN" or t.ent_type_ == "PERSON" and _cased(t) or t.lower_ in self.w["children"] \
                    or t.lower_ in ("he", "she", "they", "him", "her", "them"):
                return False
        return False

    def _companion_of(self, word, subject) -> bool:
        """"Dad … after taking ketamine with his friend Gaz", "Mum went to the pub with her mate
        Jo": the word is whom the subject does something with ("with" on the subject's own verb,
        or on a verb of a clause that shares the subject, with no other subject between): a
        companion in the subject's act, of the subject's generation. A friend or a mate only: a
        brother or sister under the same "his" may be the child's ("his dad played football with
        his brother Finn"); nor the object of the act ("his dad hit his sister Maisie")."""
        if word.lower_ not in _FRIENDS and word.lemma_.lower() not in _FRIENDS or subject.dep_ not in ("nsubj", "nsubjpass") \
                or word.head.lower_ != "with" or word.dep_ != "pobj":
            return False
        verb = word.head.head
        while verb.i != subject.head.i:
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.head.i == verb.i:
                return False
            verb = verb.head
        return True

    def _owner_text(self, word) -> str:
        owner = self._owner(word)
        if owner is None or owner.lower_ in ("his", "her", "their"):
            return ""
        return f"{owner.text} " if owner.lower_ in ("your", "my", "our") else f"{owner.text}'s "

    def _only_teenagers_named(self, decided) -> bool:
        """Round 40 (r40d): every child the statement names by age is 13 to 17, with no word for a
        young child ("the baby", "the toddler"): being drunk there is no adult's sign, since the
        teenagers' friends, out drinking with them or plied with drink, are teenagers too."""
        ages = [int(v[1].split()[1]) for v in decided.values() if v[0] == CHILD and v[2] == "age"
                and v[1].startswith("age ") and v[1].split()[1].isdigit()]
        if not ages or min(ages) < 13:
            return False
        return not any(not _cased(t) and t.lemma_.lower() in _YOUNG_CHILD_WORDS for t in self.doc)

    def _adult_by_deeds(self, mention, decided, has_child, per_mention) -> str:
        """What is said of an otherwise unread name shows an adult: hitting "the boys" (the
        children), or, when a child is named too, moving out, coming home from the pub, bringing
        or taking a named child somewhere, being told something "at Home-Start", or being spoken
        to in a goal beside "you" ("Mum, you and Dean will…", "Dean, you will walk Ruby…")."""
        doc, last = self.doc, mention[-1]
        said = adult_predicate(last)
        if said in _DRINK_STATES and self._only_teenagers_named(decided):
            said = ""  # Round 40 (r40d): "Tayla and Skye were drunk when Kai (15) took them…": a teenager's peers
        if said and (has_child or " the " in said and said.split()[-1] in ("children", "boys", "girls", "kids")
                     or " with " in said and any(t.lower_ in self.w["children"] for t in doc)):
            return said  # "Mum and Mark were drinking while the baby slept": Mum's partner
        children = frozenset(k for k, v in decided.items() if v[0] == CHILD)
        # Another name that may be the child (not the same name said again: "Summer … Summer will
        # not go to the flat" keeps Summer the child).
        key = mention[0].lower_
        other_child = any(k != key for k in children) or any(
            m[0].lower_ != key and m[0].lower_ not in decided for m, _, _, _ in per_mention)
        back_to = gone_back_to(last) if other_child else ""
        if back_to:
            return back_to  # "Mum wants to go back to Kyle": whom a parent goes back to
        kept_away = restricted_adult(last, other_child, children)
        if kept_away:
            return kept_away  # "Shane will not stay at the flat", "Dean is not to have contact with Ruby"
        others = [m for m, _, _, _ in per_mention if m[0].lower_ != mention[0].lower_]
        if not others:
            return ""
        cares = self._looks_after_another(mention, decided, others)
        if cares:
            return cares  # "Sharon will look after Theo", "Ray will have Clover and Dylan for tea"
        verb = last.head
        if last.dep_ == "nsubj" and verb.lemma_.lower() in _BRING_VERBS and any(
                c.dep_ == "dobj" and (decided.get(c.lower_, ("",))[0] == CHILD or c.lower_ not in decided
                                      and any(c.i == m[-1].i for m in others))  # (not "take Patch the cat")
                for c in verb.children):
            return f"{verb.text} a child"  # "Pat has been bringing Missy (4) to the food bank"
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if after is not None and after.lower_ in ("at", "from") and last.dep_ in ("dobj", "pobj", "dative") \
                and (last.head.lemma_.lower() in _TALK_VERBS | {"tell", "ask", "ring", "phone", "call", "email", "meet"}
                     or last.head.lower_ in ("rang", "phoned", "rung", "emailed", "texted")
                     or last.head.head.lemma_.lower() in _TALK_VERBS):
            org = [t for t in doc[after.i + 1: after.i + 5] if _cased(t)]
            if org and doc[after.i + 1] in org and not any(t.lower_ in first_names() or t.lower_ in self.w["place_nouns"]
                                                         and t.lower_ in ("school", "nursery", "academy", "college")
                                                         for t in org):
                return f"{last.text} {after.text} {org[0].text}"  # "told Lisa at Home-Start": a worker there
        you = [t for t in last.sent if t.lower_ == "you" and t.dep_ in ("nsubj", "conj")]
        if you:
            # "Dean, you will walk Ruby", "Craig, when Ruby wets the bed you will…": the name spoken
            # to, set before the sentence whose subject is "you".
            # Round 28: the parse may make the name spoken to a subject of a verb that has its own
            # subject ("Stacey, by the time baby Jude is born, you…" hangs Stacey on "born").
            # Or it joins "you" to the name ("Donna, you and Reggie's dad will…": Donna, you and
            # Reggie's dad as one subject), where the comma says it is spoken to.
            misparsed = last.dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i != last.i for c in last.head.children)
            called = last.dep_ == "nsubj" and after is not None and after.text == "," and any(
                t.dep_ == "conj" and t.head.i == last.i and t.i == after.i + 1 for t in you) \
                and last.head.lemma_.lower() not in ("be", "feel")
            # (Round 38: the line's start, where a heading line is parsed into the sentence)
            spoken = after is not None and after.text == "," and mention[0].i == line_start(mention[0]) \
                and (last.dep_ not in ("nsubj", "nsubjpass") or misparsed) and any(
                    t.dep_ == "nsubj" and t.head.lemma_.lower() not in ("be", "feel") for t in you) \
                or called and mention[0].i == line_start(mention[0])
            # "Mum, you and Dean will cook tea": a name joined to "you" as who will do it.
            joined = last.dep_ == "conj" and last.head.lower_ == "you" or any(
                c.dep_ == "conj" and c.i == last.i for t in you for c in t.children)
            if spoken:
                parent = self._you_and_a_parent(you, mention)
                if parent:
                    return parent  # "Stacey, … you and Jude's dad will…": the other parent
            if (spoken or joined) and any(m[0].sent.start == last.sent.start and (
                    self._cared_for(m[-1], decided) or self._cared_for_by_you(m[-1])) for m in others):
                return "spoken to with \"you\""
        return ""

    def _you_and_a_parent(self, you, mention) -> str:
        """Round 28: "you" joined to another's parent ("Stacey, by the time baby Jude is born, you
        and Jude's dad will…") or to one's own partner ("Leanne, you and your partner will…"): the
        one spoken to is a parent. Not "you and your mum", "you and Mum" (a young person may be
        spoken to beside a parent), nor a parent owned by the name spoken to."""
        for t in you:
            for c in t.children:
                if c.dep_ != "conj" or not (c.lower_ in self.w["adult_family"] or c.lemma_.lower() in self.w["adult_family"]):
                    continue
                owners = [g for g in c.children if g.dep_ == "poss"]
                if any(_cased(o) and o.pos_ == "PROPN" and o.lower_ != mention[0].lower_
                       and o.lower_ not in self.w["adult_family"] for o in owners) \
                        and c.lower_ in _CHILDS_OWN - {"teacher", "teachers", "carer", "carers"}:
                    return f"spoken to with \"you and {owners[0].text}'s {c.text}\""
                if any(o.lower_ == "your" for o in owners) and c.lower_ in _PARTNER_WORDS:
                    return f"spoken to with \"you and your {c.text}\""
        return ""

    def _cared_for_by_you(self, token) -> bool:
        """Round 28: whom "you" looks after, sits with or babysits in a goal ("Kim, you will sit
        with Archie when he is upset")."""
        prep = token.head
        verb = prep.head if token.dep_ == "pobj" else token.head if token.dep_ == "dobj" else None
        if verb is None or not any(c.dep_ == "nsubj" and c.lower_ == "you" for c in verb.children):
            return False
        lemma = verb.lemma_.lower()
        if token.dep_ == "dobj":
            return lemma in _CARING_FOR
        return _CARING_WITH.get(lemma) == prep.lower_ or lemma == "sit" and prep.lower_ == "with"

    def _looks_after_another(self, mention, decided, others) -> str:
        """Round 28: the one who looks after another named person is the grown-up of the two: the
        subject of a verb of caring whose object is another name read here ("Sharon will look
        after Theo", "Grace will babysit Rosie and Finn", "Ray will come and have Clover and Dylan
        for tea", "Kerry will not drink when she is looking after Mason"). Not one who looks after
        a brother, a sister, a cousin or a friend ("Tia will look after her little brother Jack":
        a young carer), a parent, an adult or a pet; nor one who stays with someone ("Theo will
        stay with Sharon": the one stayed with is the host)."""
        last = mention[-1]
        anchor = last
        while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
            anchor = anchor.head
        if anchor.dep_ == "ROOT" and anchor.pos_ == "PROPN":
            # Round 40 (r40d): a plan's "Shona to set a bedtime and…", parsed with the name as the
            # root and the planned verb hung on it
            verbs = [c for c in anchor.children if c.dep_ in ("xcomp", "relcl", "acl") and c.tag_ == "VB"
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        elif anchor.dep_ != "nsubj" or anchor.head.pos_ not in ("VERB", "AUX"):
            return ""
        else:
            verbs = [anchor.head]
        k = 0
        while k < len(verbs) and len(verbs) < 8:
            for c in verbs[k].children:
                own_subject = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
                if c.pos_ not in ("VERB", "AUX"):
                    continue
                if c.dep_ in ("xcomp", "conj") and not own_subject:
                    verbs.append(c)  # "will come and have…", "has agreed to look after…"
                elif c.dep_ == "advcl" and len(own_subject) == 1 and own_subject[0].lower_ in ("she", "he") \
                        and not any(_cased(t) and t.pos_ == "PROPN" for t in self.doc[anchor.i + 1: own_subject[0].i]):
                    verbs.append(c)  # "Kerry will not drink when she is looking after Mason"
            k += 1
        other_heads = {m[-1].i for m in others}
        for verb in verbs:
            lemma = verb.lemma_.lower()
            objects = []
            if lemma in _CARING_FOR:
                objects = [c for c in verb.children if c.dep_ == "dobj"]
            elif lemma in _CARING_WITH:
                objects = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == _CARING_WITH[lemma]
                           for g in c.children if g.dep_ == "pobj"]
            elif lemma == "report":
                # Round 40 (r40d): "Linh to … report Bao missing to police": one who reports another
                # named person missing is their carer (the one they are missing from)
                objects = [c for c in verb.children if c.dep_ == "dobj" and c.i + 1 < len(self.doc)
                           and self.doc[c.i + 1].lower_ == "missing"] \
                    + [g for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.lower_ == "missing"
                       for g in c.children if g.dep_ in ("nsubj", "dobj") and g.i + 1 == c.i]
            elif lemma in _HAVING:
                stay = any(c.dep_ == "prep" and c.lower_ in ("for", "over") and any(
                    g.dep_ == "pobj" and g.lower_ in _HAVING_FOR for g in c.children) or c.lower_ in ("overnight", "over")
                    and c.dep_ in ("advmod", "prt") for c in verb.children)
                if stay:
                    objects = [c for c in verb.children if c.dep_ == "dobj"]
            for obj in list(objects):
                objects += [c for c in obj.subtree if c.dep_ == "conj" and c.i > obj.i]
            for obj in objects:
                if obj.i not in other_heads or not _cased(obj) or obj.lower_ == mention[0].lower_:
                    continue
                role = decided.get(obj.lower_, ("",))[0]
                if role and role != CHILD:
                    continue  # "looks after Bruno, the family's dog", "cares for Mrs Ellis"
                kin = [t for t in self.doc[max(verb.i + 1, obj.i - 4): obj.i]
                       if t.lower_ in self.w["same_generation"] or t.lemma_.lower() in self.w["same_generation"]
                       or t.lower_ in self.w["adult_family"]]
                if kin:
                    continue  # "looks after her little brother Jack": a brother or a sister, not their carer
                return f"{verb.text} {obj.text}: looks after another"
        return ""

    def _name_given(self, last) -> bool:
        """"a boy she plans to call Reed": the name a child is (to be) given."""
        return last.dep_ in ("dobj", "oprd") and last.head.lemma_.lower() in ("call", "name") and any(
            a.lemma_.lower() in self.w["children"] and not _cased(a) for a in last.head.ancestors)

    def _listed_run(self, mention) -> list:
        """Round 32: the names of the plain list a name stands in, by position ("Lorraine, Dean,
        Chase (14), Ellie-Jo (10) and Neville"): capitalised words (a hyphened or two-word name is
        one) separated by commas, "and" or "&", each perhaps with an age in brackets after it.
        Each item is (first token, last token, age in brackets or None). Empty where the name is
        not in such a list of three or more."""
        doc = self.doc
        sent = mention[-1].sent

        def name_at(k, step):  # the (first, last) of a name ending (step -1: starting) at k
            if not (sent.start <= k < sent.end and _cased(doc[k]) and doc[k].is_alpha):
                return None
            a = b = k
            while True:
                if step < 0 and a - 2 >= sent.start and doc[a - 1].text == "-" and _cased(doc[a - 2]):
                    a -= 2
                elif step > 0 and b + 2 < sent.end and doc[b + 1].text == "-" and _cased(doc[b + 2]):
                    b += 2
                else:
                    break
            return a, b

        def bracket_age(b):  # "(14)" after the name's last token: (age, index after it)
            if b + 3 < sent.end + 1 and doc[b + 1].text == "(" and b + 3 < len(doc) and doc[b + 3].text == ")":
                return _age(doc[b + 2]), b + 4
            return None, b + 1

        start, end = mention[0].i, mention[-1].i
        age, after = bracket_age(end)
        items = [(start, end, age)]
        k = after  # read on to the right
        while k + 1 < sent.end and doc[k].lower_ in (",", "and", "&"):
            k += 1
            if doc[k].lower_ in ("and", "&") and doc[k - 1].text == ",":
                k += 1
            found = name_at(k, 1)
            if found is None:
                break
            age, nxt = bracket_age(found[1])
            items.append((found[0], found[1], age))
            k = nxt
        k = start - 1  # and to the left
        while k - 1 >= sent.start and doc[k].lower_ in (",", "and", "&"):
            k -= 1
            if doc[k + 1].lower_ in ("and", "&") and doc[k].text == ",":
                k -= 1
            age = None
            if doc[k].text == ")" and k - 2 >= sent.start and doc[k - 2].text == "(":
                age, k = _age(doc[k - 1]), k - 3
            found = name_at(k, -1)
            if found is None:
                break
            items.insert(0, (found[0], found[1], age))
            k = found[0] - 1
        return items if len(items) >= 3 else []

    def _unaged_in_aged_list(self, mention, decided) -> str:
        """Round 32: in a list of three or more names where the writer gives children their ages
        in brackets ("Present at the meeting: Lorraine, Dean, Chase (14), Ellie-Jo (10) and
        Neville"), a name with no age, no child's word and nothing read of it as a child is one of
        the adults: listing it with the children is no child's sign. Two or more names of the
        list must carry a child's age. Returns the evidence, or ""."""
        items = self._listed_run(mention)
        if not items:
            return ""
        aged = [a for _, _, a in items if a is not None]
        mine = next((a for s, e, a in items if s <= mention[0].i <= e), None)
        if mine is not None or len(aged) < 2 or any(a >= 18 for a in aged):
            return ""
        doc = self.doc
        for s, e, a in items:
            if a is None and decided.get(doc[s].lower_, ("",))[0] == CHILD:
                return ""  # another unaged name of the list is a child on its own evidence
        return "listed with children given their ages, and given none"

    def _adult_beside_named_children(self, mention, decided, per_mention, listed_adults=frozenset()) -> str:
        """A child is named by an age, a child's word ("baby Arlo", "her son Kai") or a child's
        things, and this name, which stands where a person stands, has none of a child's signs:
        it is an adult. Practitioners give a child an age or a child's word and name the adults
        around the child bare ("Wayne threatened Lorraine; her son Kai, who is 11, called 999",
        "Mandy drinks most evenings… Kian (10) put out the fire"). A child's signs kept: a
        child's things or school, being spoken to or said to be the youngest, being listed with
        other names, being given something, being cared for, being joined to "she"/"he", owning a
        brother or sister who is a child ("Sonny said his big sister Jade (14)…"), and being
        harmed by Mum, Dad or another family word ("Evie (9) tries to stop Dad hitting Oscar"),
        unless a child named in the sentence sees or hears it ("Dad pushed Kerry while Poppy (4)
        watched": the one harmed in front of the child is an adult). Returns the evidence, or ""."""
        doc, head, last = self.doc, mention[0], mention[-1]
        if not any(v[0] == CHILD and v[2] in ("age", "near", "context", "configured") for v in decided.values()):
            return ""
        if self._child_context(last) or self._said_to_be_a_child(head) or self._spoken_to(head) \
                or last.dep_ == "dative":
            return ""
        unaged = self._unaged_in_aged_list(mention, decided)
        if unaged:
            return unaged  # Round 32: "Present: Lorraine, Dean, Chase (14), Ellie-Jo (10) and Neville"
        if self._addressed_list(mention, decided):
            # Round 37 (r37d): the names a statement opens by speaking to, before a child named by
            # age spoken of ("Vikram and Sunita, Aarav (7) has told us…"), are the parents, even
            # where the parse joins the child to the list ("Aarav" as a third conjunct).
            return "spoken to before a child named by age: a parent"
        if self._in_list_of_names(mention) and self._listed_beside_a_name(mention, per_mention) \
                and not self._listed_only_with(mention, listed_adults) and not self._couple_deed(last) and not self._care_for_an_aged_child(last, decided) \
                and not self._acts_on_children(last, decided) and not self._addressed_list(mention, decided):
            return ""  # "Ruby and Jack": names listed together are children, unless what they do is an adult's
        first = last
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        joined, k = [first], 0
        while k < len(joined) and len(joined) < 12:
            joined += [c for c in joined[k].children if c.dep_ == "conj"]
            k += 1
        if any(t.i != last.i and (t.pos_ == "PRON" or _cased(t) and decided.get(t.lower_, ("",))[0] == CHILD)
               for t in joined):
            return ""  # "she and Paige have been sent…", "you and Coral will…", "Cricket … and baby Pebble"
        if self._listed_beside_a_child(mention, decided):
            return ""  # "Harvey (8) and Jade both said…": listed with a child and the child's age
        if self._owns_childs_things(last, decided):
            return ""  # "Hope's foster carer", "Ellie's father, Warren,"
        if self._name_given(last):
            return ""  # "a boy she plans to call Reed": the name a child is given
        if _cased(last) and _feels_as_a_child(last):
            # Round 31 (a practice lead's trial): the name is said to feel safe, happy or calm
            # ("Amir will feel happy to go to Dad's"), what a goal wants for the child: the reading
            # that makes a sentence-opening word a child's name keeps a name a child here.
            return ""
        verb = last.head
        if last.dep_ == "pobj" and verb.lower_ in ("after", "at", "with") and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "looking after Maple", "shouted at Rocky", "plays with Jade"
        elif last.dep_ == "compound" and verb.dep_ == "dobj" and verb.head.i < last.i:
            verb = verb.head  # "Dad calls Jaxon names": the parse joins the name to the thing done
        elif last.dep_ not in ("dobj", "nsubjpass", "nsubj"):
            verb = None
        if verb is not None:
            lemma = verb.lemma_.lower()
            if last.dep_ != "nsubj" and lemma in _LOOKING_AFTER or lemma in _CHILD_ACTS:
                return ""  # cared for, or playing: a child
            if last.dep_ == "nsubjpass" and lemma in _HARM_VERBS | _DONE_TO and not any(
                    c.dep_ == "agent" for c in verb.children):
                return ""  # "watched Faith being pushed": harmed, and no one named doing it
            doers = [c for c in verb.children if c.dep_ == "nsubj"] + [
                g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if last.dep_ != "nsubj" and any(d.lower_ in self.w["caregivers"] and d.lower_ not in _NOT_PARENTS
                                            for d in doers) and not self._child_sees(last.sent, decided):
                return ""  # "Dad hitting Oscar", "Dad calls Jaxon names": what a parent does to a child
        if self._pronoun_says_young(last):
            return ""  # "Sunny…; he is the eldest", "Jordan began self-harming when he was 13"
        sentence = last.sent
        between = {m[0].i for m, _, _, _ in per_mention
                   if m[0].lower_ in decided and decided[m[0].lower_][0] in (CHILD, ADULT)
                   or m[0].lower_ not in decided and (m[0].ent_type_ == "PERSON" or m[0].lower_ in first_names())}
        for t in doc[last.i + 1: sentence.end]:
            if t.i in between and t.lower_ != head.lower_:
                break
            if t.lower_ in ("his", "her") and (self._child_sibling_after(t.i + 1)
                                               or self._owns_childs_things(t, decided)):
                return ""  # "Sonny said his big sister Jade (14) hits him", "… her head of year, Mr Fox, says"
        return "a child is named by age or a child's word; nothing says this name is a child"

    def _listed_only_with(self, mention, keys) -> bool:
        """Round 37 (r37d): every other name of the list this mention stands in ("Lenny and Krystal
        smoke…", "Gavin, Leanne and Skye (5)…") is one of ``keys`` (the names another mention of
        theirs reads as an adult beside the children), and so is this one: being listed with them
        says nothing of a child. The list is read from the words, names joined by "and", "&" or
        commas, as ``_in_list_of_names`` reads it; a name with an age in brackets is passed over
        and ends nothing ("Lenny, Krystal, Bobbi (4) and Rae (3)": Bobbi is a child, so not)."""
        if not keys or mention[0].lower_ not in keys:
            return False
        doc = self.doc
        names = []
        for step in (-1, 1):
            k = mention[0].i - 1 if step < 0 else mention[-1].i + 1
            while 0 <= k < len(doc):
                if doc[k].lower_ in ("and", "&", ","):
                    k += step
                    continue
                if doc[k].text == ")" and step < 0 and k >= 2 and doc[k - 2].text == "(":
                    k -= 3  # back over "(4)" to its name
                    continue
                if not _cased(doc[k]):
                    break  # (whatever the tagger calls a name: it may make one an adjective)
                names.append(doc[k])
                k += step
                if step > 0 and k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
                    k += 3  # over "(4)"
        return bool(names) and all(t.lower_ in keys for t in names)

    def _addressed_list(self, mention, decided) -> bool:
        """Round 35: two or more bare names opening the sentence, set off by a comma, and not the
        subject of what follows ("Ngozi and Femi, the goal is that Tobi (13)…", "Rhiannon and
        Gethin, on 9 February Ifan (4) went to nursery…"): the ones the statement speaks to. A
        worry or a goal speaks to the parents and of the children, so where a child named by age
        comes after the comma, those spoken to are the adults. The names are not the subject where
        the parse makes them so only by passing over a child named by age between the comma and the
        verb. Not a list with its own age or role set beside it ("Ruby and Jack, both 8,", read
        before this), nor a sentence that speaks to "you" (read as a child spoken to)."""
        doc = self.doc
        anchor = mention[-1]
        while anchor.dep_ == "conj" and anchor.head.i < anchor.i:
            anchor = anchor.head
        if not self._sentence_start(anchor):
            return False
        k, names = anchor.i, 1
        while k + 2 < len(doc) and doc[k + 1].lower_ in ("and", "&", ",") and _cased(doc[k + 2]) \
                and doc[k + 2].pos_ == "PROPN" and decided.get(doc[k + 2].lower_) is None:
            k += 2
            names += 1
        if names < 2 or k + 1 >= len(doc) or doc[k + 1].text != "," or not (anchor.i <= mention[0].i <= k):
            return False
        sentence = anchor.sent
        def aged_child(t):
            found = decided.get(t.lower_)
            return _cased(t) and found is not None and found[0] == CHILD and str(found[1]).startswith("age")
        later = [t for t in doc[k + 2: sentence.end] if aged_child(t)]
        if not later:
            return False
        if anchor.dep_ not in ("nsubj", "nsubjpass"):
            return True
        verb = anchor.head
        return verb.i > k and any(t.i < verb.i for t in later)

    def _listed_beside_a_name(self, mention, per_mention) -> bool:
        """The name next in the list is another name read here, not a day or a place ("On Sunday,
        Barry, who…" is no list of people)."""
        doc = self.doc
        names = {t.i for m, _, _, _ in per_mention for t in m}
        k = mention[0].i - 2
        if k >= 3 and doc[k].text == ")" and doc[k - 2].text == "(":
            k -= 3  # "Ruby (6) and Jack"
        return k in names or mention[-1].i + 2 in names

    def _pronoun_says_young(self, last) -> bool:
        """Later in the sentence, "he" or "she" with no other name between is the eldest or the
        youngest, or is (or was) an age under 18 ("…; he is the eldest", "when he was 13")."""
        doc = self.doc
        for t in doc[last.i + 1: last.sent.end]:
            if _cased(t) and t.pos_ == "PROPN":
                return False
            if t.lower_ not in ("he", "she") or t.dep_ != "nsubj" or t.head.lemma_.lower() != "be":
                continue
            for c in t.head.children:
                if c.dep_ in ("attr", "acomp") and (c.lower_ in _SIBLING_PLACES_OF_CHILDREN or c.like_num and (
                        _age(c) is not None and _age(c) < 18)):
                    return True
        return False

    def _listed_beside_a_child(self, mention, decided) -> bool:
        """Joined by "and", "&" or a comma to a child's name, whatever stands between the child's
        name and the joining word (an age in brackets the tokenizer may join to its bracket: "8)")."""
        doc = self.doc
        def child(t):
            return _cased(t) and decided.get(t.lower_, ("",))[0] == CHILD
        before = mention[0].i - 1
        # Round 31: ", and" before a name that is the subject of its own clause, after a child who
        # is not a subject, joins two clauses, not two names ("hitting his brother Filip (5), and
        # Ola and Marek have not…").
        new_clause = doc[before].lower_ in ("and", "&") and doc[before - 1].text == "," \
            and mention[0].dep_ in ("nsubj", "nsubjpass") if before >= 1 else False
        def subject(t):
            return t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "conj" and t.head.dep_ in ("nsubj", "nsubjpass")
        if before >= 1 and doc[before].lower_ in ("and", "&", ","):
            for t in reversed(list(doc[max(0, before - 5): before])):
                if child(t):
                    return not (new_clause and not subject(t))
                if t.pos_ in ("VERB", "AUX") or t.text in (".", ";", ":"):
                    break
        after = mention[-1].i + 1
        if after + 1 < len(doc) and doc[after].lower_ in ("and", "&", ","):
            return child(doc[after + 1])
        return False

    def _care_for_an_aged_child(self, token, decided) -> bool:
        """Round 25 (people_test23): a list of bare names that is the subject of a parent's deed
        done for or with a child the statement names by age ("Kemi and Tunde will agree a bedtime
        routine with Precious (4) and Blessing (2)", "Lou and Sam will take Ivy (3) to nursery"):
        the ones doing it are the adults. Not what children do together ("Ruby and Jack play with
        Kai (4)")."""
        anchor = token
        while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
            anchor = anchor.head
        if anchor.dep_ != "nsubj" or anchor.head.pos_ not in ("VERB", "AUX"):
            return False
        verb = anchor.head
        deeds = _PARENT_DEEDS
        if verb.lemma_.lower() in ("need", "have") and any(c.dep_ == "xcomp" for c in verb.children):
            # Round 27: what a goal asks of them ("Kofi and Abena need to show Esi (6)…"): a
            # parent's teaching, telling and keeping too.
            deeds = _PARENT_DEEDS | _GOAL_DEEDS
            while verb.lemma_.lower() in ("need", "have") and any(c.dep_ == "xcomp" for c in verb.children):
                verb = next(c for c in verb.children if c.dep_ == "xcomp")
        if verb.lemma_.lower() not in deeds:
            return False
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]  # "agree a routine with Precious (4)"
        for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("with", "for")):
            objects += [g for g in prep.children if g.dep_ == "pobj"]
        for obj in list(objects):
            objects += [g for g in obj.subtree if _cased(g)]  # "with Precious (4)": the parse may hang the name on its age
        return any(_cased(o) and decided.get(o.lower_, ("", "", ""))[0] == CHILD
                   and str(decided.get(o.lower_, ("", "", ""))[1]).startswith("age") for o in objects)

    def _acts_on_children(self, token, decided) -> bool:
        """Round 31 (people_test29): a list of bare names that is the active subject of a clause
        whose object is the children: a child the statement names by age ("Pat and Glen take
        turns to collect Frank (4)"), the children by a child's word ("Kerry and Dean left the
        children with a neighbour") or "them" after children named by age in the sentence ("Marie
        and Gareth have not kept them apart"), also through an infinitive of the same subject
        ("take turns to collect", "try to drive"); or the subject of agreeing or making a plan in a
        sentence that names a child by age ("Amber and Jermaine will have agreed a plan … before
        Kiara (5) … hear it"). Writers give the children ages and name the adults bare. Not what
        children do with a child (``_CHILD_ACTS``: "Ruby and Jack play with Kai (4)"), nor a
        brother or sister of their own ("share a room with their baby brother"), nor a passive
        ("were left with Tariq (13)")."""
        anchor = token
        while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
            anchor = anchor.head
        if anchor.dep_ != "nsubj" or anchor.head.pos_ not in ("VERB", "AUX"):
            return False
        doc = self.doc
        def aged_child(t):
            found = decided.get(t.lower_, ("", "", ""))
            return _cased(t) and found[0] == CHILD and str(found[1]).startswith("age")
        verbs, k = [anchor.head], 0
        while k < len(verbs) and len(verbs) < 6:  # the same subject's infinitives: "take turns to collect"
            verbs += [c for c in verbs[k].children if c.pos_ in ("VERB", "AUX") and (
                c.dep_ == "xcomp" or c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
            k += 1
        sentence = anchor.sent
        aged_before = lambda i: sum(1 for t in doc[sentence.start: i] if aged_child(t))  # noqa: E731
        for verb in verbs:
            lemma = verb.lemma_.lower()
            if lemma in _CHILD_ACTS:
                return False
            if any(c.dep_ == "auxpass" for c in verb.children):
                continue
            if lemma in _PLAN_MAKING_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in _PLAN_NOUNS for c in verb.children) \
                    and any(aged_child(t) for t in verb.subtree if t.i not in {s.i for s in anchor.subtree}):
                return True  # "Amber and Jermaine will have agreed a plan … before Kiara (5) … hear it"
            objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
            for prep in (c for h in [verb, *objects] for c in h.children if c.dep_ == "prep"
                         and c.lower_ in ("with", "for", "to", "after")):
                objects += [g for g in prep.children if g.dep_ == "pobj"]
            for obj in objects:
                if any(aged_child(g) for g in obj.subtree):
                    return True  # "collect Frank (4)": the parse may hang the name on its age
                if not _cased(obj) and obj.lemma_.lower() in self.w["children"] and obj.tag_ == "NNS" \
                        and any(c.dep_ == "det" and c.lower_ in ("the", "both", "all") for c in obj.children):
                    return True  # "left the children with a neighbour"
                if obj.lower_ == "them" and obj.dep_ == "dobj" and aged_before(obj.i) >= 2:
                    return True  # "Taylor (15) … Primrose (7) …, and Marie and Gareth have not kept them apart"
        return False

    def _couple_deed(self, token) -> bool:
        """A list of names that is the subject of what only adults do: being arrested, charged or
        remanded, drinking, driving, injecting, marrying or separating ("Clare and Rob were both
        arrested", "Colin and Bev smoke heroin")."""
        anchor = token
        while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
            anchor = anchor.head
        if anchor.dep_ not in ("nsubj", "nsubjpass"):
            return False
        verb = anchor.head
        lemma = verb.lemma_.lower()
        if lemma in _ADULT_DEEDS:
            return True
        return lemma in ("smoke", "use", "take", "sell", "deal") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _HARD_DRUGS for c in verb.children)

    def _owns_childs_things(self, owner, decided) -> bool:
        """The owner (a name before "'s", or "his"/"her") of a parent's or carer's word, of a
        child's things ("her head of year", "Hope's foster carer", "Ellie's father"), or of a
        brother, sister or friend whom the statement reads as a child ("her brother Will",
        "Theo's friend Otis")."""
        doc = self.doc
        k = owner.i + 1
        if k < len(doc) and doc[k].lower_ in ("'s", "’s", "'"):
            k += 1
        elif owner.lower_ not in ("his", "her"):
            return False
        start = k
        while k < len(doc) and k - start < 3 and (doc[k].pos_ == "ADJ" or doc[k].lower_ in _BEFORE_KIN):
            k += 1
        if k >= len(doc) or _cased(doc[k]):
            return False
        word, lemma = doc[k].lower_, doc[k].lemma_.lower()
        after = doc[k + 1].lower_ if k + 1 < len(doc) else ""
        if word in _CHILDS_OWN or lemma in _CHILDS_OWN or word == "head" and after in ("of", "teacher") \
                or word == "social" and after == "worker":
            return True
        if word in self.w["same_generation"] or lemma in self.w["same_generation"]:
            for t in doc[k + 1: min(k + 6, len(doc))]:
                if _cased(t) and decided.get(t.lower_, ("",))[0] == CHILD:
                    return True  # "Hope's brothers too, Kai and Jaden", "her brother Will", "Theo's friend Otis"
                if t.text in (".", ";") or t.pos_ == "VERB":
                    break
        return False

    def _child_sees(self, sentence, decided) -> bool:
        """A child named in the sentence sees, watches, hears or witnesses what happens."""
        for t in sentence:
            if not _cased(t) or decided.get(t.lower_, ("",))[0] != CHILD:
                continue
            anchor = t
            while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
                anchor = anchor.head
            if anchor.dep_ in ("nsubj", "nsubjpass"):
                verb = anchor.head  # "Tyler was in the next room and heard…": the verbs joined to it too
                verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
                if any(v.lemma_.lower() in _SEEING_VERBS for v in verbs):
                    return True
        return False

    def _harms_adult(self, token) -> bool:
        """"Wayne hurts Mum": the name does harm to an adult of the family."""
        if token.dep_ not in ("nsubj",) or token.head.lemma_.lower() not in _HARM_VERBS:
            return False
        if any(c.dep_ in ("dobj", "prep") and (c.lower_ in self.w["adult_family"]
               or any(g.lower_ in self.w["adult_family"] for g in c.children)) for c in token.head.children):
            return True
        # Round 39 (r39d): "Mum, who said that Ty grabbed her by the throat", "Nan told us Lee
        # pushed her": the one harmed is "her"/"him", and the one who tells of it is Mum or Dad.
        harmed = next((c for c in token.head.children if c.dep_ == "dobj" and c.lower_ in ("her", "him")), None)
        teller = self._teller_of(token.head) if harmed is not None else None
        if teller is None or not (teller.lower_ in self.w["adult_family"] or teller.lemma_.lower() in self.w["adult_family"]):
            return False
        gender = self.w["female_words"] if harmed.lower_ == "her" else self.w["male_words"]
        return teller.lower_ in gender or teller.lemma_.lower() in gender

    def _teller_of(self, verb):
        """Round 39 (r39d): who tells of what the clause of ``verb`` says: the subject of the verb of
        saying or telling it hangs on ("Mum said that…", "Mum, who told us that…": the noun the
        "who" clause is said of). None if the clause is not told by anyone."""
        while verb.dep_ in ("conj",) and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in ("say", "tell", "disclose", "report", "explain",
                                                                      "describe", "allege", "confirm"):
            return None
        saying = verb.head
        subject = next((c for c in saying.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("who", "that") and saying.dep_ == "relcl":
            subject = saying.head
        return subject

    def _role_kind(self, token) -> str:
        lower, lemma = token.lower_, token.lemma_.lower()
        global _ROLE_KINDS
        if _ROLE_KINDS[0] is not self.w or len(_ROLE_KINDS[1]) > 50_000:  # other word lists; or bounded
            _ROLE_KINDS = (self.w, {})
        table = _ROLE_KINDS[1]
        key = (lower, lemma)
        kind = table.get(key)
        if kind is None:
            kind = table[key] = self._role_kind_of(lower, lemma)
        return kind

    def _role_kind_of(self, lower: str, lemma: str) -> str:
        if lower in self.w["family"] or lemma in self.w["family"]:
            return "family"
        if lower in self.w["professionals"] and lower not in ("we", "i", "everyone", "everybody"):
            return "professional"
        if lower in self.w["institutions"]:
            return "institution"
        return ""


# (word lists, {(lower, lemma): role kind}): _role_kind is asked of every token of every statement.
_ROLE_KINDS: tuple = (None, {})


# Where a clause opens: a list of names right after one of these stands as the clause's subject.
_CLAUSE_OPENING_WORDS = frozenset({",", ";", "and", "but", "so", "while", "when", "where", "because", "as", "until",
                                   "whilst", "though", "although", "if"})


# What animals do not do: a list of names doing it is of people ("Ruby and Jack walk the dogs",
# "Mia and Leo cry", "want", "told"); sleeping, eating, running or biting say nothing either way.
_ONLY_PEOPLE_DO = frozenset({"tell", "ask", "cry", "walk", "mind", "want", "feel", "learn", "attend", "visit", "think",
                             "know", "read", "write", "cook", "clean", "help", "worry", "wish", "hope", "miss", "love",
                             "hate", "like", "understand", "remember", "go", "come", "stay", "live", "share", "play"})


class AnimalGroupReading:
    """Pets named as a group by a plural animal word: methods of the people reader."""

    def _animal_plural(self, k: int) -> bool:
        """A plural animal word or breed ending at token ``k``: "dogs", "the cats'", "Rottweilers",
        "two huskies", "XL bullies", "Staffies" (the plural of a word in ``pets`` or of a breed's last
        word)."""
        doc = self.doc
        if k < 0 or k >= len(doc):
            return False
        lower = doc[k].lower_
        if not lower.endswith("s") or len(lower) < 4:
            return False
        singulars = {doc[k].lemma_.lower(), lower[:-1], lower[:-2], lower[:-3] + "y", lower[:-3] + "ie"} - {lower}
        if any(s in self.w["pets"] for s in singulars) or lower in self.w["pets"] and lower[:-1] in self.w["pets"]:
            return True
        breeds = _squashed(("breeds",))
        for start in range(k - 1, max(-1, k - 3), -1):
            before = "".join(t.lower_ for t in doc[start: k])
            if any(before + s in breeds for s in singulars):
                return True  # "two XL bullies", "French bulldogs" (one word: above)
        return False

    def _pets_by_plural(self, mention) -> tuple[str, str]:
        """(PET, evidence) for a list of two or more names that a plural animal word names:
        set beside it ("the family's two XL bullies, Diesel and Brutus,", "three ferrets, Bandit,
        Socks and Ziggy,"), or, in a sentence that speaks of the animals ("the cats' bedding",
        "The dogs' mess") and names a child by age, opening a clause with no sign of a person on any
        name of the list ("and Biscuit and Tango sleep on the landing"); or ("", "").
        Not a list whose names have an age or a child's things ("Ruby and Jack feed the dogs …
        Ruby (9)"), nor one after a verb or a preposition ("keeps Ava and Theo awake"), nor one
        doing what people do ("Mia and Leo said…", "walk the dogs")."""
        doc = self.doc
        head = mention[0]
        first = self._list_start(head)
        while first.i < head.i and self._animal_plural(first.i):
            first = doc[first.i + 2]  # "two Rottweilers, Tyson and Rambo": the kind, then the names
        end = mention[-1]
        while end.i + 2 < len(doc) and doc[end.i + 1].lower_ in ("and", ",", "&") and _cased(doc[end.i + 2]) \
                and doc[end.i + 2].lower_ not in self.w["roles"] and end.i - head.i < 12:
            end = doc[end.i + 2]
        names = [t for t in doc[first.i: end.i + 1] if _cased(t)]
        if len(names) < 2 or any(t.lower_ in self.child_names | self.adult_names for t in names):
            return "", ""
        if first.i >= 2 and doc[first.i - 1].text == "," and self._animal_plural(first.i - 2):
            return PET, doc[first.i - 2].text  # "Dad's two Rottweilers, Tyson and Rambo,"
        if any(self._age_of(t) is not None or self._title_before(t) is not None for t in names):
            return "", ""
        sentence = head.sent
        before = doc[first.i - 1] if first.i > sentence.start else None
        after = doc[end.i + 1] if end.i + 1 < sentence.end else None
        if before is not None and before.lower_ not in _CLAUSE_OPENING_WORDS or after is None or _cased(after) \
                or after.lower_ in ("'s", "’s", "'", "and", "or", "&", "(", "who", "whose"):
            return "", ""
        for t in doc[end.i + 1: min(end.i + 4, sentence.end)]:
            lemma = t.lemma_.lower()
            if t.is_punct and t.text != ",":
                break
            if lemma in _TALK_VERBS or lemma in _CARE_VERBS or lemma in _ONLY_PEOPLE_DO:
                return "", ""  # "Mia and Leo feed the dogs", "said", "cry"
        animal = next((t for t in doc[sentence.start: first.i] if self._animal_plural(t.i)), None)
        listed = {n.i for n in names}
        ages = [self._age_of(t) for t in doc[sentence.start: sentence.end] if _cased(t) and t.i not in listed]
        if animal is None or not any(age is not None and age < 18 for age in ages):
            return "", ""
        return PET, f"named after the {animal.text} of the sentence"


def _feels_as_a_child(token) -> bool:
    """Round 31: the name (or the first of its list) is the subject of "feel" with a feeling a goal
    wants for a child ("Amir will feel happy to go to Dad's", "Ivy and Jo feel safe at Nan's")."""
    anchor = token
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
        anchor = anchor.head
    return anchor.dep_ == "nsubj" and feels_as_a_child(anchor.head)
