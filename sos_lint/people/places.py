"""What the people reading reads of places and headings: a heading before a colon, festivals, services and
breeds named in capitals, shops, streets and addresses, and the names of places, teams and things.

Read by sos_lint.people (one reader per parsed text); no rule reads this module directly.
"""
from __future__ import annotations

from .said import ABSTRACT_ENDINGS, named_by_tagger
from .wordlists import first_names, words, _HARM_VERBS, _ONLINE_VERBS, _TALK_VERBS, _cased, _per_token, _prefixes, _squashed


_POSSESSIVES = {"'s", "’s", "'S", "’S"}
# Verbs of turning on a person "at" someone ("shouted at", "swore at", "threw a cup at"): what
# follows "at" is a person, whatever the model's place tag (not "looked at", "laughed at", "went at").
# Round 30: verbs of going that "at" follows as an attack ("came at him") only with no goal of
# their own; with one ("come to parents' evening at Kingsmead", "went home at…") "at" says where.
_GOING = frozenset(("go", "come", "run", "jump", "fly", "pop"))
_GOALS = frozenset(("to", "into", "home", "back", "round", "over", "along", "in"))
_AT_A_PERSON = {"shout", "yell", "scream", "swear", "stare", "glare", "lash", "lunge", "snap", "spit", "swing",
                "throw", "hurl", "chuck", "lob", "sneer", "growl", "bellow", "hiss", "jeer", "nag", "rage", "shriek"}
# Lower-case words in a heading before whom it is about ("Worries about Hope –", "Goal for Kai:").
# Where people live that a described name stands before ("Beechcroft children's home", "Bramley
# supported lodgings"); "home" alone after a name is where someone is taken ("took Ruby home").
_RESIDENCES = frozenset({"home", "lodgings", "lodging", "accommodation"})
_HEADING_ABOUT = {"about", "for", "regarding", "re", "concerning"}


# Street and building words that are also common surnames ("Amy Park", "Ruby Lane", "Jo Hall"):
# a run ending in one is a place only after a house number or a place preposition. A run ending
# in any other ("Tennyson Tower", "Marlowe Heights", "Nelson Mansions") is a place wherever it stands.
_SURNAME_STREET_WORDS = frozenset(("lane", "park", "way", "row", "chase", "court", "mount", "gate", "grange",
                                   "lodge", "place", "view", "walk", "yard", "rise", "vale", "croft", "fold", "wharf",
                                   "quay", "glade", "drive", "grove", "meadows", "circus", "hall", "hill", "green",
                                   "wood", "field", "fields", "brook", "heath", "close"))

class PlaceReading:
    """Places and headings: methods of the people reader (sos_lint.people._Reader)."""

    # -- finding names ----------------------------------------------------------------------
    def _headings(self) -> set[int]:
        """Tokens of a heading before a colon ("Child Protection Plan:"), or before a spaced dash
        at the start of a line ("Strategy Discussion – Chloe (13)")."""
        found = set()
        doc = self.doc
        for token in doc:
            dash = token.text in ("–", "—", "-") and token.i and doc[token.i - 1].whitespace_
            if token.text != ":" and not dash:
                continue
            start = token.i
            while start > 0 and "\n" not in doc[start - 1].whitespace_ + doc[start - 1].text \
                    and not doc[start - 1].is_sent_end and token.i - start < 6:
                start -= 1
            if dash and start > 0 and "\n" not in doc[start - 1].whitespace_ + doc[start - 1].text:
                continue  # "Dad – who had been drinking – …": a dash inside a sentence
            run = doc[start: token.i]
            if run and all(t.text[:1].isupper() or t.like_num or t.is_stop for t in run) \
                    and not (dash and (len(run) < 2 or self._age_of(run[-1]) is not None
                                       or not any(t.lower_ in self.w["headings"] for t in run))):
                found.update(t.i for t in run if t.i not in self._named_in_heading(run))
        found |= self._document_brackets()
        return found

    def _named_in_heading(self, run) -> set[int]:
        """"Worries about Hope and Storm –", "Safety goal for Marvel:": in a heading written in
        sentence case, the names after a lower-case "about", "for" or "regarding" (and the
        names listed with them) are whom the heading is about. Not a heading's own words in
        title case ("Worries About Home Conditions", "Referral from Hope Valley Surgery")."""
        doc, names = self.doc, set()
        for t in run:
            before = doc[t.i - 1] if t.i > run.start else None
            if before is None or not _cased(t) or t.lower_ in self.w["headings"] or t.lower_ in self.w["roles"] \
                    or t.lower_.endswith(ABSTRACT_ENDINGS):
                continue
            if before.text in _HEADING_ABOUT and named_by_tagger(t) \
                    or before.lower_ in ("and", ",", "&") and before.i - 1 in names:
                names.add(t.i)  # (one listed with a name is a name too: "about Hope and Storm")
        # a run of capitals after the preposition is a body's or a place's name, not a person's
        return {i for i in names if not (i + 1 < run.end and _cased(doc[i + 1]) and i + 1 not in names)}

    def _document_brackets(self) -> set[int]:
        """Tokens of a bracket that names a document and where or when it was written ("(Early Help
        Assessment, Sandwell)", "(Child in Need Plan, Wigan)", "(Core Group, 3 May)"): a list of
        capitalised words, one item of it a document's name. Never a person, unless an age or a
        possessive says so ("(Ruby's plan)", "(Kai, aged 9)")."""
        doc, found = self.doc, set()
        joins = {",", "in", "of", "the", "and", "&", "for", "-", "–", "/"}
        for open_ in doc:
            if open_.text != "(":
                continue
            inner = []
            for t in doc.window(open_.i + 1, open_.i + 14):
                if t.text == ")":
                    break
                inner.append(t)
            else:
                continue
            if len(inner) < 3 or not any(t.text == "," for t in inner):
                continue
            if not all(_cased(t) or t.like_num or t.lower_ in joins for t in inner):
                continue
            if not any(_cased(t) and t.lower_ in self.w["headings"] for t in inner):
                continue
            if any(self._age_of(t) is not None for t in inner if _cased(t)):
                continue
            found.update(t.i for t in inner if _cased(t))
        return found

    def _phrase_tokens(self, keys) -> set[int]:
        """Tokens of the phrases listed under ``keys`` in rules/people.toml, led by a capital and
        matched however the tokeniser split them ("New Year's Eve", "Home-Start")."""
        phrases = _squashed(tuple(keys))
        prefixes = _prefixes(tuple(keys))
        doc, found = self.doc, set()
        for token in doc:
            if not token.text[:1].isupper():
                continue
            text, end = "", None
            for j in range(token.i, min(token.i + 6, len(doc))):
                text += doc[j].lower_
                if text in phrases:
                    end = j
                if text not in prefixes:
                    break
            if end is not None:
                found.update(range(token.i, end + 1))
        return found

    def _entity_of(self, i: int):
        """The entity holding token i, from a table built once per Doc."""
        if not hasattr(self, "_entities"):
            self._entities = {j: e for e in self.doc.ents for j in range(e.start, e.end)}
        return self._entities.get(i)

    @_per_token
    def _plural_place_word(self, token) -> bool:
        """"Hospitals", "Infirmaries", "Surgeries", "Services": the plural of a place's or a
        service's word, which ends the name of a group of them ("Leeds Teaching Hospitals",
        "Bolton Hospitals"), never a surname."""
        lower = token.lower_
        if not lower.endswith("s") or len(lower) < 5:
            return False
        singulars = {token.lemma_.lower(), lower[:-1], lower[:-3] + "y" if lower.endswith("ies") else lower[:-1]}
        singulars.discard(lower)
        w = self.w
        return any(x in w["place_nouns"] or x in w["workplaces"] or x in w["institutions"] for x in singulars) \
            and lower not in first_names()

    def _in_thing_title(self, token) -> bool:
        """A capitalised word in a run of capitalised words that ends in a place or heading word
        ("Moss Side Children's Centre", "Oak Tree Family Hub"), or a run led by "the" with no
        possessive after it ("the Jack Russell", "the Red Lion"): the name of a thing."""
        doc, w = self.doc, self.w
        if token.lower_ in self.child_names or token.lower_ in self.adult_names:
            return False
        def possessive(t):  # "Children's", and "Magistrates'", "St Thomas'" (an apostrophe after an "s")
            text = t.text
            return text in _POSSESSIVES or text in ("'", "’") and t.i and doc[t.i - 1].text.endswith("s") \
                and not doc[t.i - 1].whitespace_

        start = token.i
        while start > 0 and _cased(doc[start - 1]) and token.i - start < 3:
            start -= 1
        # Back over a possessive inside the name: "St Anne's Youth Club", "St Luke's Church Hall"
        # (a possessor led by another capitalised word; not "Oscar's Scout Group", a child's).
        if start >= 3 and possessive(doc[start - 1]) and _cased(doc[start - 2]) \
                and _cased(doc[start - 3]) and not doc[start - 2].lower_ in self.child_names:
            start -= 3
            if token.lower_ in w["place_nouns"] and self._age_of(token) is None:
                return True  # "St Anne's Youth Club": the last word too
        if start < token.i and self._plural_place_word(token) and doc[start].lower_ not in first_names():
            return True  # "Wigan Infirmaries": the last word of the name too
        # A given name that owns what follows ("Ruby's School Nurse", "Kai's Youth Club") is a person's.
        owner = start == token.i and token.i + 1 < len(doc) and possessive(doc[token.i + 1])
        if owner and token.lower_ not in first_names() and self._age_of(token) is None:
            end = token.i + 2
            while end + 1 < len(doc) and _cased(doc[end + 1]) and end - token.i < 5:
                end += 1
            owner = end < len(doc) and (doc[end].lower_ in w["roles"] or doc[end].lemma_.lower() in w["roles"])

        k = token.i
        while k + 1 < len(doc) and k - token.i < 5 and (_cased(doc[k + 1]) or doc[k + 1].text[0] in "'’"
                                                          and possessive(doc[k + 1])) \
                and doc[k].whitespace_ or (k + 1 < len(doc) and doc[k + 1].text[0] in "'’" and possessive(doc[k + 1])):
            k += 1
            # Not a surname ("Jayden Hall (14)", "Amy Park"): the run has a possessive in it or
            # three capitalised words not led by a given name.
            run = doc[start: k + 1]
            plural = self._plural_place_word(doc[k])
            long_run = any(possessive(t) for t in run) or (
                sum(_cased(t) for t in run) >= (2 if plural else 3) and doc[start].lower_ not in first_names())
            if long_run and not owner and _cased(doc[k]) and (plural or doc[k].lower_ in w["place_nouns"] or doc[k].lower_ in w["workplaces"]
                                                or doc[k].lower_ in w["institutions"]) \
                    and self._age_of(doc[k]) is None:
                return True
        if start and doc[start - 1].lower_ == "the" and not (k + 1 < len(doc) and doc[k + 1].lower_ in ("'s", "’s")) \
                and doc[k].tag_ not in ("NNPS", "NNS"):
            return True
        return False

    def _modifies_thing_word(self, token) -> bool:
        head = token
        while head.dep_ in ("compound", "amod") and head.head.i > head.i:
            head = head.head
            if not _cased(head) and any(word in self.w["pets"] or word in self.w["measures"]
                                        for word in (head.lower_, head.lemma_.lower())):
                return True  # "a Staffordshire bull terrier", "Monster cans": a breed, a brand
        return False

    def _place(self, token) -> bool:
        """A place the model found: "in Leeds", "to Coventry" (not a child the model took for one),
        or a place by its words: "at the Red Lion", "works at Asda", "Little Acorns nursery"."""
        if self._named_place(token):
            return True
        if token.ent_type_ in ("DATE", "TIME") and len(token.text) > 1 and (
                token.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "dative")
                or token.dep_ == "nmod" and token.head.dep_ == "dobj" and token.head.i > token.i and not _cased(token.head)
                or token.dep_ == "conj" and token.head.dep_ in ("nsubj", "nsubjpass") and _cased(token.head)
                and (token.head.ent_type_ not in ("DATE", "TIME") or token.head.lower_ not in self.w["calendar"]
                     and any(c.dep_ == "conj" and c.lower_ in self.w["roles"] for c in token.children))
                or token.i and (self.doc[token.i - 1].pos_ == "VERB" and self.doc[token.i - 1].lemma_.lower() in _HARM_VERBS
                                or self.doc[token.i - 1].lower_ in ("bit", "bites", "bitten"))):
            # ("Pickle the Staffie bit Summer on the cheek": the one harmed; nobody bites a season)
            # (and "Amber, Jade and their cousin Kieran were…": names the model took for dates, in a
            # list that goes on to a person word)
            # "and Autumn will eat her tea", "reads Summer and Rain a story", "Olive and Summer often
            # go to school" (one of the subjects, beside a name): a person the model took for a season
            return False
        if token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"):
            return True
        if token.ent_type_ in ("NORP", "LANGUAGE", "EVENT", "LAW"):
            # "Polish", "Muslim": a word before a noun or after "in"; the model also tags names so.
            return token.dep_ in ("amod", "compound", "acomp", "attr") or (
                token.dep_ == "pobj" and token.head.lower_ in ("in", "speaks", "from"))
        if token.ent_type_ not in ("GPE", "LOC", "FAC"):
            return False
        if token.lower_ in first_names() or token.dep_ == "pobj" and token.head.dep_ == "dative" or self._kept_from(token):
            return False  # "gave the keys to Reef": whom it was given to, whatever the model's tag
        if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_.lower() in _TALK_VERBS \
                and len(self._entity_of(token.i) or ()) < 2:
            return False  # "Mum reads to Clover", "talks to Sky": nobody reads or talks to a town
        span = self._entity_of(token.i)
        if token.dep_ == "pobj" and token.head.lower_ == "at" and token.head.head.lemma_.lower() in _AT_A_PERSON \
                and (span is None or len(span) < 2):
            return False  # "Mum shouted at Rocky", "screams at Haven": nobody shouts or swears at a town
        return (span is not None and len(span) > 1) or (token.dep_ == "pobj" and token.head.lower_ in (
            "in", "to", "from", "at", "near", "around", "outside", "across", "through", "into", "towards"))

    def _after_family_possessive(self, token) -> bool:
        k = token.i - 1
        while k >= 0 and _cased(self.doc[k]) and token.i - k < 3:
            k -= 1
        return k >= 1 and self.doc[k].lower_ in ("'s", "’s") and self.doc[k - 1].lower_ == "family"

    def _named_place(self, token) -> bool:
        """A capitalised word naming a place, shop or service rather than a person: part of a
        name before a place noun ("Little Acorns nursery", "the Asda car park"), or the object
        of "at"/"in"/"near"… with "the" ("at the Red Lion", "from the Arndale") or with no sign
        of a person ("works nights at Amazon", "in Bolton"). Not "at Ruby's", "with Holly"."""
        if token.i not in self._place_memo:
            self._place_memo[token.i] = self._read_place(token)
        return self._place_memo[token.i]

    def _read_place(self, token, chain: bool = True) -> bool:
        doc, w = self.doc, self.w
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in ("'s", "’s", "'"):
            return False
        if self._in_address(token):
            return True
        if nxt is not None and not _cased(nxt) and nxt.lower_ in w["place_nouns"] and token.lower_ not in first_names():
            return True  # "goes to Sunflowers nursery", however the parser joined them
        if self._after_place_noun(token) or self._school_name(token):
            return True
        if self._before_described_place(token):
            return True
        verb = token.head if token.dep_ == "dobj" else token.head.head if token.dep_ == "compound" \
            and token.head.dep_ == "dobj" else None
        if verb is not None and verb.lemma_.lower() == "attend":
            return True  # "attends Busy Bees": a nursery or a club ("Ruby's party" is someone's)
        if chain:  # "at Alder Hey", "the Crown and Anchor": the rest of a place's name (three words back)
            for k in range(token.i - 1, max(-1, token.i - 4), -1):
                before = doc[k]
                if not _cased(before) or not before.whitespace_ or before.lower_ in w["titles"]:
                    break
                if self._read_place(before, chain=False):
                    return True
        head = token
        while head.dep_ == "compound" and head.head.i != head.i and head.head.i > head.i:
            head = head.head
            if not _cased(head) and (head.lower_ in w["place_nouns"] or head.lemma_.lower() in w["place_nouns"]):
                return True
        if chain and head.dep_ == "conj" and _cased(head.head) and head.head.i < head.i and head.head.i >= head.i - 3 \
                and self._read_place(head.head, chain=False):
            return True  # "outside the Crown and Anchor"
        if head.dep_ != "pobj":
            return False
        preposition = head.head.lower_
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            or (token.i and doc[token.i - 1].lower_ == "the")
        if preposition == "of" and head.head.head.lower_ in w["measures"] | w["pets"]:
            return True  # "four cans of Stella", "a bottle of Coke": a brand
        part = head.head.head
        if preposition in ("of", "to") and part.lower_ in w["place_parts"] and not _cased(part) \
                and any(c.dep_ in ("det", "poss") for c in part.children) \
                and token.lower_ not in self.child_names | self.adult_names:
            return True  # "at the gates of Hillside", "the entrance to Moorside" (not "in front of Nova")
        aimed = preposition == "at" and self._aimed_at(head.head)
        if preposition in ("to", "from", "at") and head.head.head.lemma_.lower() in w["fetching_verbs"] \
                and token.lower_ not in self.child_names | self.adult_names and not aimed:
            return True  # "picks Tayla up from Brownies", "was taken to Royal Stoke": where, not whom
        trade = head.head.head
        # Whom one buys, steals or shops "for" is a person ("buy nappies for Sunny", "shops for
        # Haven"), and so is whom one sells something for ("sells drugs for Dean"); one works
        # "for" a firm ("works for Amazon", "sells for Vodafone").
        for_someone = preposition == "for" and (trade.lemma_.lower() in ("shop", "buy", "steal", "get", "pay", "save")
                                                or trade.lemma_.lower() == "sell" and any(
                                                    c.dep_ == "dobj" for c in trade.children))
        if preposition in ("at", "from", "for") and not for_someone and (
                self._works_there(trade) or trade.lemma_.lower() in ("work", "job", "shift", "shop", "buy", "steal", "sell")):
            return True  # "Dr Patel at Alder Hey", "at work at Greggs", "works for Amazon": a workplace
        if preposition == "on" and head.head.head.lemma_.lower() in _ONLINE_VERBS \
                and token.lower_ not in self.child_names | self.adult_names:
            return True  # "met him on Roblox", "posted it on Snapchat": a platform, not a person
        if preposition in ("after", "before") and token.dep_ == "pobj" and token.lower_ not in self.child_names | self.adult_names \
                and token.lower_ not in first_names() and head.head.head.pos_ in ("VERB", "NOUN") \
                and head.head.head.lemma_.lower() not in ("look", "run", "chase", "ask", "name", "take", "go", "come",
                                                          "clean", "tidy", "call", "shout", "wait"):
            return True  # "sit with Mercy after Mass", "before Brownies": an event, not a person
        if preposition == "to" and head.head.head.lower_ in ("home", "back") and head.head.head.i == head.head.i - 1 \
                and token.lower_ not in first_names() | self.child_names | self.adult_names \
                and self._age_of(token) is None and self._title_before(token) is None:
            return True  # Round 29: "take the baby home to Hargeisa", "flew back to Tirana": a town or a country
        if preposition not in w["place_prepositions"] and not (the and preposition in ("to", "by", "past", "opposite")):
            return False
        if the:
            return True
        if preposition in ("in", "inside", "into", "above", "below", "beneath", "underneath") \
                and token.lower_ not in self.child_names | self.adult_names \
                and head.head.head.lemma_.lower() not in ("believe", "interest", "trust", "confide"):
            return True  # "went back to school in Ashton": nobody is "in" a person, given name or not
        if preposition == "from" or token.lower_ in first_names() or token.lower_ in self.child_names \
                or token.lower_ in self.adult_names:
            return False
        if aimed:
            return False  # "Dad shouted at Holly", "threw a cup at Ray", "took a swing at Jay"
        if preposition in ("in", "inside", "into", "at", "outside"):
            # "in Bolton", "the car park at Morrisons", "A&E at Wrexham Maelor": nobody is "in",
            # "at" or "outside" a person (the verbs and words of aiming at someone are read above),
            # whatever the model's tag says.
            return True
        if self._kept_from(token):
            return False
        return token.ent_type_ in ("ORG", "GPE", "FAC", "LOC", "PRODUCT") or (
            token.ent_type_ != "PERSON" and not self._human_predicate(token))

    def _kept_from(self, token) -> bool:
        """"Dad is not allowed near Fable", "must not let Uncle Pete near Juno": the one an adult
        is kept from is a person, whatever the model's tag (not a shop or a building)."""
        if token.dep_ != "pobj" or token.head.lower_ not in ("near", "around", "towards") \
                or token.ent_type_ in ("ORG", "FAC", "LOC"):
            return False
        verb = token.head.head
        for _ in range(2):  # up to the verb the parse hangs the phrase on
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        return verb.lemma_.lower() in ("allow", "let", "go", "come", "get", "stay", "keep", "be") \
            and any(c.dep_ == "neg" for c in verb.children)

    def _aimed_at(self, preposition) -> bool:
        """Is this "at" aimed at someone: after a verb or word of attack or feeling ("shouted at",
        "furious at"), or a verb whose object is one ("took a swing at", "had a go at")?"""
        words = self.w["at_someone_verbs"]
        verb = preposition.head
        if verb.lemma_.lower() in _GOING and any(
                c.dep_ in ("prep", "advmod") and c.lower_ in _GOALS and c.i < preposition.i for c in verb.children):
            return False  # Round 30: "come to her parents' evening at Kingsmead": where one goes, not an attack
        return verb.lemma_.lower() in words or any(
            c.dep_ == "dobj" and c.lemma_.lower() in words and c.i < preposition.i for c in verb.children)

    @_per_token
    def _in_address(self, token) -> bool:
        """A word of an address: a run of capitalised words after a flat number ("Flat 12,
        Marlowe House"), or one ending in a street or building word after a house number or a
        place preposition ("14 Ashgrove Road", "on Gipton Approach", "outside Kestrel Court").
        Not a possessive ("at Ruby Lane's house" is someone's), nor a run after a title."""
        doc, w = self.doc, self.w
        if token.lower_ in w["dwelling_words"] and token.i + 1 < len(doc) and doc[token.i + 1].like_num:
            return True  # "Flat 3", "Unit 2"
        start = end = token.i
        while start > 0 and _cased(doc[start - 1]) and doc[start - 1].whitespace_ and token.i - start < 3:
            start -= 1
        while end + 1 < len(doc) and _cased(doc[end + 1]) and doc[end].whitespace_ and end - token.i < 3:
            end += 1
        if end + 1 < len(doc) and doc[end + 1].lower_ in ("'s", "’s", "'") or start == 0 \
                or doc[start - 1].lower_.rstrip(".") in w["titles"]:
            return False
        k = start - 2 if doc[start - 1].text == "," else start - 1
        if k >= 1 and doc[k].like_num and doc[k - 1].lower_ in w["dwelling_words"]:
            return True  # "Flat 12, Marlowe House", "Room 4 Bramble": a home's number, then its name
        if doc[start - 1].text == "," and k >= 1 and _cased(doc[k]) and self._in_address(doc[k]) \
                and self._address_part_ends(end) and self._age_of(doc[end]) is None:
            return True  # "14 Victoria Road, Toxteth,", "on Grace Street, Ely.": the district or town
        if end == start or doc[end].lower_ not in w["street_words"]:
            return False
        if doc[end].lower_ not in _SURNAME_STREET_WORDS and self._age_of(doc[end]) is None \
                and not doc[start].lower_ in self.child_names | self.adult_names:
            return True  # "the window of Tennyson Tower", "the lift at Kestrel Towers": a building or street
        before = doc[start - 1]
        if before.like_num:
            return not (start >= 2 and doc[start - 2].text == "(")
        # Not a person with a surname like a street word: "shouted at Amy Park", "near Ji-woo Park (6)".
        return before.lower_ in w["address_prepositions"] and not (before.lower_ == "at" and self._aimed_at(before)) \
            and self._age_of(doc[end]) is None

    def _school_name(self, token) -> bool:
        """"Hillside Juniors", "Oakfield Infants", "Castle High": two or three capitalised words
        whose last names a kind of school (not "Ruby High (7)", whose age says a child)."""
        doc, w = self.doc, self.w
        if token.lower_ in self.child_names or token.lower_ in self.adult_names:
            return False
        start = end = token.i
        while start > 0 and _cased(doc[start - 1]) and doc[start - 1].whitespace_ and token.i - start < 2:
            start -= 1
        while end + 1 < len(doc) and _cased(doc[end + 1]) and doc[end].whitespace_ and end - token.i < 2:
            end += 1
        return end > start and doc[end].lower_ in w["school_heads"] and self._age_of(doc[end]) is None \
            and not (end + 1 < len(doc) and doc[end + 1].lower_ in ("'s", "’s", "'")) \
            and self._title_before(doc[start]) is None

    def _address_part_ends(self, end: int) -> bool:
        """Does a part of an address end at token ``end``: at a comma, a full stop, a bracket or
        the end, or before a postcode ("Ely, CF5 4AB")? Not before a verb ("…Road, Ruby was")."""
        doc = self.doc
        if end + 1 >= len(doc):
            return True
        after = doc[end + 1]
        return after.text in (",", ".", ";", ")", ":", "-", "–") or after.is_upper and any(c.isdigit() for c in after.text)

    def _before_described_place(self, token) -> bool:
        """"at Beechcroft children's home", "to Elmwood residential home", "from Ashcroft secure
        unit": a capitalised word, then the words that say what kind of place it is (lower case:
        "children's", "care", "secure", "mental health") and a place noun ending the phrase. At least
        one such word must stand between ("took Ruby home" is whom, not where)."""
        doc, k = self.doc, token.i + 1
        described = 0
        while k < len(doc) and k - token.i <= 5 and not _cased(doc[k]) and (
                doc[k].pos_ in ("ADJ", "NOUN") or doc[k].lower_ in ("'s", "’s", "'") and described):
            described += doc[k].pos_ in ("ADJ", "NOUN")
            k += 1
        if described < 2:
            return False  # the place noun and at least one word that describes it
        noun = doc[k - 1]
        return noun.pos_ == "NOUN" and (noun.lower_ in self.w["place_nouns"] or noun.lemma_.lower() in _RESIDENCES
                                        or noun.lemma_.lower() in self.w["place_nouns"])

    def _after_place_noun(self, token) -> bool:
        """"her school, St Bede's,": a name set beside a place noun."""
        doc, k = self.doc, token.i - 1
        while k >= 0 and _cased(doc[k]) and token.i - k < 4:
            k -= 1
        noun = doc[k - 1] if k >= 2 else None
        if noun is None or doc[k].text != "," or _cased(noun) or noun.lower_ not in self.w["place_nouns"]:
            return False
        run = doc[k + 1: token.i + 1]
        # The parse must hang the name on the noun (not "at the refuge, Joy," said of a worker).
        return any(c.dep_ in ("det", "poss") for c in noun.children) and any(
            t.dep_ == "appos" and t.head.i == noun.i or t.head.dep_ == "appos" and t.head.head.i == noun.i for t in run)

    def _works_there(self, word) -> bool:
        """A professional, or a titled name: someone "at" a place is at work there."""
        lower = word.lower_
        if not _cased(word) and (lower in self.w["professionals"] or lower in ("worker", "teacher", "nurse",
                                                                             "officer", "doctor", "visitor")):
            return True
        return _cased(word) and word.i and self.doc[word.i - 1].lower_.rstrip(".") in self.w["titles"]

    def _thing_name(self, mention) -> bool:
        """"Ysgol Bro Taf", "Storm Arwen", "Operation Encompass": a name of three words with no
        given name in it, or one led by a word that names things, not people."""
        lowers = [t.lower_ for t in mention if t.text != "-"]
        if any(w in self.child_names or w in self.adult_names for w in lowers) or self._age_of(mention[-1]) is not None:
            return False
        if mention[0].i and self.doc[mention[0].i - 1].lower_.rstrip(".") in self.w["thing_prefixes"]:
            return True  # "left HMP Altcourse"
        if len(lowers) >= 2 and lowers[0] in self.w["thing_prefixes"]:
            return True
        return len(lowers) >= 3 and not any(w in first_names() for w in lowers)
