"""What the people reading reads of things used: languages, games, apps, shows, drinks and
smokes named in capitals are never people, whatever the tagger says.

"Mum speaks Pashto", "playing Call of Duty", "downloaded Wizz", "watching Bluey", "smokes Amber
Leaf", "is on Yubo", "his Roblox account": the word stands where a thing used stands (the object
of a verb of using, a platform one is on, the owner of an account), not where a person stands.
Read by sos_lint.people (one reader per parsed text); no rule reads this module directly.
"""
from __future__ import annotations

from .wordlists import _cased, _per_token, first_names

# Words that may sit between a verb and the thing ("plays the new Call of Duty", "speaks only Urdu").
_BETWEEN = {"the", "a", "an", "only", "just", "mainly", "mostly", "some", "more", "little", "new", "old", "online",
            "and", "or", "of", "his", "her", "their", "its", "'s", "’s"}
# A second object after the word says it is whom the thing is for ("played Willow a song",
# "bought Ruby new shoes"); not a time ("plays Roblox all night", "every day").
_SECOND_OBJECT_TAGS = {"PRP$", "JJ", "NN", "NNS", "CD"}
_ARTICLES = {"a", "an", "the"}
# What a person does on an app, or being there ("is on Yubo", "spends hours on Roblox").
# Meeting or talking to someone on an app: "messaging a man on Discord", "met a boy on Wizz"
# (not "found a knife on Kai", "saw a bruise on Ivy": a person's body).
_MET_ONLINE_VERBS = {"message", "chat", "talk", "groom", "contact", "meet", "add", "follow", "post", "share", "send",
                     "upload", "stream", "livestream", "speak", "befriend", "text", "video"}
# Putting a show on ("puts Paw Patrol on", "sticks Cocomelon on").
_SWITCHING_ON = {"put", "stick", "switch", "turn", "have", "leave", "pop", "whack", "bung"}
# Words before a kind of thing, never before a person's name ("a PlayStation", "every Pokémon").
_ONE_OF_A_KIND = {"a", "an", "every", "each", "another"}
# Apps the shared people word lists never take for a name (sos_lint.people.wordlists._NOT_NAMES).
_APPS = {"snapchat", "instagram", "tiktok", "whatsapp", "facebook", "youtube"}
# A drinking vessel or a meal: what one has in it or for it is a thing ("Lucozade in her bottle").
_VESSELS = {"bottle", "beaker", "cup", "glass", "mug", "flask", "lunchbox", "bowl", "sippy"}
_MEALS = {"breakfast", "lunch", "dinner", "tea", "supper", "snack", "pudding", "dessert"}
_ON_VERBS = {"be", "spend", "stay", "live", "go", "get", "log", "sign", "chat", "talk", "game", "play", "post", "message"}


class ThingReading:
    """Things used: methods of the people reader (sos_lint.people._Reader)."""

    @_per_token
    def _used_thing(self, token) -> bool:
        """A language, or the object of a verb of using a thing, or a platform or show one is on:
        never a person (unless a title, an age or the settings say so)."""
        w = self.w
        if self._title_before(token) is not None:
            return False
        before = self.doc[token.i - 1] if token.i else None
        if token.lower_ in w["languages"] and self.doc[token.i + 1: token.i + 2].text != "(":
            # never a child's name (not even with an age a list gives it: "speaks Farsi and Mina (12)")
            # "Tom Welsh", "Ellie French": a surname after a given name, not a language.
            return not (before is not None and _cased(before) and not self._sentence_start(token)
                        and before.lower_ not in w["languages"] and before.lower_ not in ("kurdish", "english"))
        if self._age_of(token) is not None and not self._age_of_the_next_in_list(token):
            return False
        dep = token.dep_
        if dep == "nsubj" and self._object_read_as_subject(token) \
                or dep in ("dobj", "compound", "conj") and self._had_in_a_cup_or_for_a_meal(token):
            return True  # "Kai played Roblox and Jade watched", "has Lucozade in her bottle"
        listed_with = token
        while listed_with.dep_ == "compound" and listed_with.head.i == listed_with.i + 1 and _cased(listed_with.head):
            listed_with = listed_with.head  # "Monster and Red Bull": the whole name
        head_word = listed_with
        start = self._name_start(head_word)
        if start is not token and (self._thing_given(start) or self._used_thing(start)):
            return True  # "Fruit Shoots" after what is given: the rest of a thing's name
        while listed_with.dep_ == "conj" and listed_with.head.i < listed_with.i and _cased(listed_with.head):
            listed_with = listed_with.head
        if listed_with is not head_word and self._name_start(listed_with) is not listed_with:
            listed_with = self._name_start(listed_with)  # "Fruit Shoots and Wotsits": the first thing's name
        nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if listed_with is not head_word and token.lower_ not in first_names() \
                and not (nxt is not None and nxt.tag_.startswith("VB") and nxt.tag_ != "VBG") and (
                listed_with.lower_ in w["brands"] or listed_with.lower_ in _APPS
                or self._used_thing(listed_with) or self._thing_given(listed_with)):
            return True  # "on Snapchat and Discord", "buys him Monster and Red Bull": one of a list of things
        before = self.doc[token.i - 1] if token.i else None
        if before is not None and before.lower_ in _ONE_OF_A_KIND and not _cased(before):
            return True  # "a PlayStation", "every Pokémon": a thing or a kind, never a named person
        # To the end of the name, or of a list of names ("Call of Duty", "bought Ruby and Kai presents").
        run_end, doc = token.i, self.doc
        while run_end + 1 < len(doc) and (_cased(doc[run_end + 1]) or doc[run_end + 1].lower_ in ("of", "and", "or", ",", "&")
                                          and run_end + 2 < len(doc) and _cased(doc[run_end + 2])):
            run_end += 1
        after = self.doc[run_end + 1] if run_end + 1 < len(self.doc) else None
        if after is not None and after.lower_ in ("'s", "’s", "'"):
            owned = self.doc[after.i + 1] if after.i + 1 < len(self.doc) else None
            if owned is not None and owned.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
                return False  # "played Ruby's game": someone's
            after = owned  # "drinking Frosty Jack's when…": a brand's name ends so
        start = token.i
        while start > 0 and _cased(self.doc[start - 1]):
            start -= 1
        led = start > 0 and (self.doc[start - 1].pos_ in ("DET", "ADP") or self.doc[start - 1].tag_ in ("PRP$", "POS"))
        if led and after is not None and not _cased(after) and after.lower_ in w["media_nouns"]:
            return True  # "her Hollyoaks forums", "a Roblox account" (not "Ivy messages Dean")
        if self._switched_on(token, run_end) or self._work_it_is_from(token):
            return True
        verb = self._using_verb(token)
        if verb is None:
            return self._platform_one_is_on(token)
        if token.dep_ == "compound" and after is not None and token.head.i == after.i and not _cased(after) \
                and after.pos_ == "NOUN" and token.lower_ not in first_names() \
                and verb.lemma_.lower() not in w["giving_verbs"]:
            return True  # "swaps Pokémon cards", "plays Xbox games": the brand of the things used
        if any(c.dep_ == "dobj" and c.i > run_end and c.pos_ == "NOUN" and not _cased(c) for c in verb.children):
            return False  # "bought Holly and Kai new coats": the coats are the thing, the names whom for
        if after is not None and not _cased(after) and after.lower_ not in w["measures"] and (
                after.lower_ in _ARTICLES or after.tag_ in _SECOND_OBJECT_TAGS and after.lower_ not in _BETWEEN
                or after.tag_.startswith("VB") or after.lower_ == "being"):
            # "played Willow a song", "bought Ruby new shoes": whom it is for; "watched Dean hit
            # Mum": someone seen doing something.
            return False
        if verb.lemma_.lower() in w["watching_verbs"] or verb.lower_ in ("watch", "watches", "watched", "watching"):
            # "Nan watches Rocky after school", "Tia (12) has to watch Kai": minding a child, by an
            # adult or over a given name from the names list (a show is rarely called so).
            return not self._watcher_is_adult(verb) and token.lower_ not in first_names()
        return True

    def _age_of_the_next_in_list(self, token) -> bool:
        """"plays Minecraft and Kai (5) watches": the age in brackets is the next name's, not this
        word's (a list's ages after "aged" are shared out: "Daisy and Poppy, aged 4 and 6")."""
        doc = self.doc
        k = token.i + 1
        if k >= len(doc) or doc[k].lower_ not in ("and", ","):
            return False
        while k + 1 < len(doc) and doc[k].lower_ in ("and", ",") and _cased(doc[k + 1]):
            k += 2
        return k < len(doc) and doc[k].text == "("

    def _object_read_as_subject(self, token) -> bool:
        """"Kai played Roblox and Jade watched", "Storm plays Minecraft and Kai watches": the parse
        makes the thing the subject of the next clause; by position it is the object of a verb of
        using that has none, and the next clause's verb agrees in tense with it (not "Ivy watched
        Storm and Kai play", someone seen doing something)."""
        w = self.w
        if token.dep_ != "nsubj" or token.lower_ in first_names() or token.lower_ in self.child_names:
            return False
        clause_verb = token.head
        k = token.i - 1
        while k >= 0 and self.doc[k].lower_ in _ARTICLES:
            k -= 1
        if k < 0 or clause_verb.i < token.i:
            return False
        verb = self.doc[k]
        if verb.pos_ != "VERB" or not (verb.lemma_.lower() in w["thing_verbs"] or verb.lemma_.lower() in w["watching_verbs"]) \
                or any(c.dep_ in ("dobj", "dative") for c in verb.children) or clause_verb.tag_ != verb.tag_ \
                or clause_verb.tag_ not in ("VBD", "VBZ", "VBP"):
            return False
        if not any(t.lower_ in ("and", "while", "whilst", "but") for t in self.doc[token.i + 1: clause_verb.i]):
            return False
        return not (verb.lemma_.lower() in w["watching_verbs"] and self._watcher_is_adult(verb))

    def _had_in_a_cup_or_for_a_meal(self, token) -> bool:
        """"Nova has Lucozade in her bottle", "had Monster for breakfast", "drinks Tango from a cup":
        what one has in a drinking vessel or for a meal is a thing (not "has River in her arms",
        "has Storm at weekends")."""
        head = token
        while head.dep_ in ("compound", "conj") and head.head.i != head.i and _cased(head.head):
            head = head.head
        if head.dep_ != "dobj" or not any(c.dep_ == "prep" for c in (*head.head.children, *head.children)):
            return False
        if token.lower_ in first_names() or token.lower_ in self.child_names or self._evidence(token):
            return False
        verb = head.head
        listed = [head] + [c for c in head.subtree if c.dep_ == "conj" and _cased(c)]
        if any(t.i != token.i and t.lower_ in first_names() for t in listed):
            return False  # Round 27: "have Clover and Dylan for tea": listed with a given name, children round for tea
        if head is not token and verb.lemma_.lower() in self.w["giving_verbs"]:
            return False  # "gives Nova Lucozade in her bottle": the first name may be whom it is given to
        for prep in (*verb.children, *head.children):  # (the parse hangs "in her bottle" on either)
            if prep.dep_ != "prep" or prep.i < head.i:
                continue
            objects = [c.lemma_.lower() for c in prep.children if c.dep_ == "pobj"]
            if prep.lower_ in ("in", "from") and any(o in _VESSELS for o in objects):
                return True
            # "had Monster for breakfast" (not "Nan has River for tea": an adult has a child round)
            if prep.lower_ == "for" and any(o in _MEALS for o in objects) and verb.lemma_.lower() in ("have", "eat", "drink") \
                    and not any(c.dep_ == "nsubj" and (c.lower_ in self.w["adult_family"] or c.lower_ in self.w["roles"])
                                for c in verb.children):
                return True
        return False

    def _name_start(self, token):
        """The first word of a capitalised name the parse builds of compounds ("Fruit" of "Fruit Shoots")."""
        doc = self.doc
        while token.i and doc[token.i - 1].dep_ == "compound" and doc[token.i - 1].head.i == token.i \
                and _cased(doc[token.i - 1]):
            token = doc[token.i - 1]
        return token

    def _switched_on(self, token, run_end) -> bool:
        """"puts Paw Patrol on for Nova", "sticks Cocomelon on and…", "has Bluey on all day": a
        show put on (not "put Ruby on the bus", "leaves Kai on his own")."""
        doc = self.doc
        if run_end + 1 >= len(doc) or doc[run_end + 1].lower_ != "on" or token.lower_ in first_names():
            return False
        k = token.i - 1
        while k >= 0 and (_cased(doc[k]) or doc[k].lower_ in _ARTICLES):
            k -= 1
        if k < 0 or doc[k].lemma_.lower() not in _SWITCHING_ON:
            return False
        nxt = doc[run_end + 2] if run_end + 2 < len(doc) else None
        return nxt is None or nxt.is_punct or nxt.pos_ in ("CCONJ", "SCONJ", "ADV") \
            or nxt.pos_ == "ADP" and nxt.lower_ != "of" or nxt.lower_ in ("all", "every", "each")

    def _work_it_is_from(self, token) -> bool:
        """"every song from Frozen", "the characters from Bluey": a film or show a work is from
        (not "a message from Kai", "a card from Ruby": things a person sends)."""
        if token.dep_ != "pobj" or token.head.lower_ != "from" or token.lower_ in first_names():
            return False
        holder = token.head.head
        works = self.w["work_nouns"]
        return holder.lower_ in works or holder.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "dobj" and c.lower_ in works and c.i < token.i for c in holder.children)

    def _using_verb(self, token):
        """The verb of using a thing whose object this capitalised word is: by the parse (the
        object, or a word of it: "play Brawl Stars", "speaks Urdu and Punjabi"), or by position
        where the parse hangs it elsewhere ("lets Esme binge Cocomelon")."""
        w = self.w
        verbs = w["thing_verbs"] | w["watching_verbs"]
        head = token
        for _ in range(4):
            if head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i \
                    or head.dep_ == "conj" and head.head.i < head.i and _cased(head.head):
                head = head.head
            else:
                break
        if head.dep_ == "dobj" and head.head.lemma_.lower() in verbs:
            return head.head
        if token.dep_ in ("nsubj", "nsubjpass"):
            return None
        k = token.i - 1
        while k >= 0 and token.i - k <= 4 and (_cased(self.doc[k]) or self.doc[k].lower_ in _BETWEEN):
            if self.doc[k].lower_ in ("and", "or") and not (k and _cased(self.doc[k - 1])):
                return None  # "Mum smokes and Ivy coughs": a new clause, not a list of things
            k -= 1
        if k < 0 or _cased(self.doc[k]):
            return None
        word = self.doc[k]
        lemma = word.lemma_.lower()
        if lemma in verbs or word.lower_ in verbs or word.lower_.rstrip("s") in verbs or word.lower_[:-3] in verbs \
                and word.lower_.endswith("ing"):
            return word  # (not "plays with Jude", "speaks to Storm": the walk stops at the preposition)
        return None

    def _watcher_is_adult(self, verb) -> bool:
        """Does an adult watch (over) the object: a family word, a job or a titled name as the
        subject ("Nan watches Rocky", "the childminder watches Ivy", "Mrs Khan watched Bo")?"""
        w = self.w
        for _ in range(3):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                break
            before = self.doc[verb.i - 2] if verb.i >= 2 and self.doc[verb.i - 1].lower_ == "to" else \
                self.doc[verb.i - 1] if verb.i else None
            if before is not None and (_cased(before) or before.lower_ in ("him", "her", "them")
                                       or before.lower_ in w["roles"] or before.lemma_.lower() in w["children"]):
                subjects = [before]  # "Mum lets Ava watch…", "allows the boys to watch…": who watches
                break
            if verb.dep_ in ("xcomp", "conj", "advcl", "ccomp") and verb.head.i != verb.i:
                verb = verb.head
            else:
                return False
        for subject in subjects:
            if subject.lower_ in ("she", "he", "they"):
                # "When Mum works late, she watches Storm": whom the pronoun points back to.
                subject = next((t for t in reversed(self.doc[subject.sent.start: subject.i])
                                if t.lower_ in w["roles"] or t.pos_ == "PROPN"), subject)
            for t in (subject, *[c for c in subject.children if c.dep_ == "conj"]):
                lower = t.lower_
                if lower in w["adult_family"] or lower in w["adult_jobs"] or lower in w["adult_nouns"] \
                        or lower in w["professionals"] and lower not in ("we", "i", "everyone", "everybody") \
                        or lower in w["caregivers"] and lower != "you" or self._title_before(t) is not None:
                    return True
        return False

    def _platform_one_is_on(self, token) -> bool:
        """"Kian is on Yubo half the night", "spends hours on Likee", "videos on Likee": a person
        is on an app, not on a person (not "the focus is on Ivy", "an effect on Lark")."""
        while token.dep_ == "conj" and token.head.i < token.i and _cased(token.head):
            token = token.head  # "on Snapchat and Discord"
        if token.dep_ != "pobj" or token.head.lower_ != "on":
            return False
        head = token.head.head
        if not _cased(head) and head.lower_ in self.w["media_nouns"]:
            return True
        if head.pos_ == "NOUN" and not _cased(head) and head.dep_ in ("dobj", "pobj") \
                and head.head.lemma_.lower() in _MET_ONLINE_VERBS:
            head = head.head  # "messaging an older man on Discord", "met a boy on Wizz": where they met
        elif head.lemma_.lower() not in _ON_VERBS:
            return False
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return any(s.lower_ in ("he", "she", "they", "i", "you", "we") or _cased(s) and s.i != token.i
                   or s.lower_ in self.w["roles"] or s.lemma_.lower() in self.w["children"] for s in subjects)
