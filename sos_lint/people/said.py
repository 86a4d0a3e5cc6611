"""What a statement says of a name that shows a child: read on the parse, for the shared people
analysis (sos_lint.people) and for the rewrite's surer reading of who the child is.

"Willow was found wandering", "Will was not brought to the dentist", "Ivy will stop
self-harming": a capitalised word that opens its sentence has nothing but what is said of it to
show it is a name; where that is something done to a child, a child's own act or harm, feeling
safe, a parent of theirs or school things, it is a child's name.
"""
from __future__ import annotations

_ABSTRACT = ("ance", "ence", "tion", "sion", "ment", "ness", "ity", "ism", "ship")
ABSTRACT_ENDINGS = _ABSTRACT  # endings of nouns that name a thing or a process ("Attendance")
_CARE_VERBS = {"care", "look", "collect", "pick", "take", "feed", "bath", "bathe", "leave", "protect", "keep",
               "put", "hit", "hurt", "smack", "shout", "slap", "push", "comfort", "cuddle", "read", "walk", "drop",
               "treat", "supervise", "dress", "change", "settle", "wake", "hold"}
_CARED_STATES = {"safe", "fed", "clean", "warm", "hungry", "dry", "settled", "supervised", "rested", "ready",
                 "dressed", "washed"}
_SCHOOL_NOUNS = {"school", "nursery", "teacher", "class", "classroom", "homework", "college", "club", "lessons"}


# What is done to a child, said with the child as the subject of a passive ("Rocky will not be
# excluded", "Kit was not brought to the dentist", "Zain will not be asked to …").
_DONE_TO_CHILD = (_CARE_VERBS - {"leave", "put", "keep"}) | {"exclude", "suspend", "bring", "ask", "support", "help",
                                                             "encourage", "reassure", "praise", "immunise", "vaccinate",
                                                             "register", "settle", "keep", "groom", "exploit"}
# A child's own acts and harms: what a statement says of the child, rarely of an adult by name.
_CHILD_ACTS = {"wander", "cry", "wet", "soil", "abscond", "witness", "fgm", "cse", "camhs"}
CHILD_ACTS = _CHILD_ACTS | {"wets"}
_CHILD_PLACES = _SCHOOL_NOUNS | {"immunisations", "milestones", "vaccinations", "playground", "reception"}
_PARENTS = {"mum", "dad", "mother", "father", "parents", "stepfather", "stepdad", "stepmother", "stepmum", "nan",
            "nana", "gran", "grandad", "grandma", "carer", "carers", "teacher", "teachers", "mummy", "daddy"}
_FEELINGS = _CARED_STATES | {"happy", "loved", "calm", "secure", "confident", "listened", "cared"}


def _school_heads() -> frozenset:
    """Last words of a school's or a nursery's name ("Hillside Juniors", "Oakfield Primary")."""
    from .wordlists import words

    return words()["school_heads"]


def _in_own_clause(token, verb) -> bool:
    """Is the word in a clause joined to the verb by "and" or "but" that has a subject of its
    own ("Bedtime was 11 when Dad was home, and Ivy was tired at school": Ivy's school)?"""
    t = token
    while t.i != verb.i and t.head.i != t.i:
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return True
        t = t.head
    return False


# Subjects that may stand for the name itself in a clause below its verb ("Willow was upset when
# she was at school").
_SAME_SUBJECTS = frozenset(("he", "she", "they", "who", "that", "which"))


def _in_another_subjects_clause(token, verb) -> bool:
    """Round 29: is the word in a clause below the verb whose subject is someone else, named with
    a capital ("Prevent received a referral after Connor … said at school": Connor's school)?
    Not a clause whose subject is "he", "she" or "they", who may be the name again, nor one whose
    subject is a common noun ("need Olive's skin to heal so that she can … join in at school")."""
    t = token
    while t.i != verb.i and t.head.i != t.i:
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _SAME_SUBJECTS
                                             and c.text[:1].isupper() and c.pos_ in ("PROPN", "NOUN")
                                             and not c.left_edge.i <= token.i <= c.right_edge.i for c in t.children):
            return True  # (not the word's own clause as its subject: "…, and his dad, Lance, has slept…")
        t = t.head
    return False


def child_predicate(token) -> bool:
    """What the statement says of a name shows a child: something done to them in a passive
    ("will not be excluded", "was not brought to"), a child's own act or harm ("go missing",
    "self-harm", "was found wandering", "witness"), feeling safe or happy, a parent of theirs
    ("disclosed that her stepfather …", "spy on his mum"), or school things ("at school",
    "missed her immunisations"); never when the name does something to another person."""
    from . import first_names  # the package reads this module: import at call time

    if token.lower_.endswith(_ABSTRACT) and token.lower_ not in first_names():
        return False  # "Attendance will be monitored by the school": a thing, not a child
    anchor = token
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
        anchor = anchor.head
    verb = anchor.head
    if anchor.tag_ == "MD":  # "Will was not brought …": the name the tagger read as a modal
        subject_words = {anchor.i}
    elif anchor.dep_ in ("nsubj", "nsubjpass"):
        subject_words = {t.i for t in anchor.subtree}
    else:
        return False
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    verbs = [verb] + [c for c in verb.children if c.dep_ in ("xcomp", "conj") and c.pos_ in ("VERB", "AUX")]
    if any(c.dep_ == "dobj" and c.pos_ in ("PRON", "PROPN") and c.lower_ not in _PARENTS for v in verbs for c in v.children):
        return False  # "Dean will take Ivy to school": the one who takes is an adult ("tell his nan" is not taking)
    passive = anchor.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in verb.children)
    if passive and verb.lemma_.lower() in _DONE_TO_CHILD | {"let"} and (
            verb.lemma_.lower() != "let" or any(c.lower_ == "down" for c in verb.children)):
        return True
    if passive and verb.lemma_.lower() in _FOUND_VERBS and _child_cue(anchor.sent, subject_words):
        return True  # "Storm was found by a PCSO …, and her stepdad said she was old enough to be out"
    words = [t for t in verb.subtree if t.i not in subject_words and not _in_another_subjects_clause(t, verb)]
    for t in words:
        lemma = t.lemma_.lower()
        if lemma in _CHILD_ACTS or t.lower_ in _CHILD_ACTS:
            return True
        if t.lower_ == "missing" and t.head.lemma_.lower() in ("go", "report", "be"):
            return True
        if t.lower_ == "self" and t.i + 2 < len(t.doc) and t.doc[t.i + 1].text == "-" \
                and t.doc[t.i + 2].lower_.startswith("harm"):
            return True
        if t.lower_ in _PARENTS and any(c.dep_ == "poss" and c.lower_ in ("her", "his", "their") for c in t.children) \
                and (not passive or _points_back(anchor.sent, subject_words)):
            return True  # a passive's subject only with "she" or "him" for it ("Dinner was left and her dad…")
        if t.lower_ in _CHILD_PLACES and t.dep_ in ("dobj", "pobj") and t.head.dep_ != "agent" and not any(
                c.dep_ == "poss" and c.pos_ != "PRON" for c in t.children) and not _in_own_clause(t, verb):
            return True
        if t.dep_ == "pobj" and t.head.lower_ in ("at", "to", "in", "from") and t.text[:1].isupper() \
                and t.lower_ in _school_heads() and any(c.dep_ == "compound" and c.text[:1].isupper() for c in t.children) \
                and t.head.head.i == verb.i and verb.lemma_.lower() in ("be", "go", "attend", "start", "return", "come"):
            return True  # "Joy has not been at Hillside Juniors", "Rain goes to Park View Nursery": a pupil
    return feels_as_a_child(verb)


def feels_as_a_child(verb) -> bool:
    """"feel safe", "feel happy", "feel calm": a feeling a goal wants for a child (_FEELINGS)."""
    return verb.lemma_.lower() == "feel" and any(c.dep_ in ("acomp", "oprd") and c.lower_ in _FEELINGS
                                                 for c in verb.children)


# Being found, seen, stopped, left or taken somewhere: what happens to a person, not to the
# weather or a thing ("Rain was forecast" is not).
_FOUND_VERBS = {"find", "see", "spot", "stop", "pick", "leave", "take", "bring", "send", "collect", "catch", "follow",
                "approach", "search", "return", "report", "lock", "discover", "locate", "notice", "carry",
                "drive", "drop", "chase", "hold", "move", "escort", "walk", "film", "photograph", "lure", "give"}
_STEP_PARENTS = _PARENTS | {"stepmum", "stepmom", "step-dad", "step-mum", "mam", "grandma", "grandad", "foster"}
_AGE_JUDGED = {"old": "enough", "young": "too"}  # "old enough to be out", "too young to be left"


def _child_cue(sentence, subject_words) -> bool:
    """Words in the sentence, besides its subject, that are said of a child: being judged old
    enough or too young ("she was old enough to be out", "is too young to be left"), or a parent
    of "her" or "his" ("her stepdad Glen", "his mum") with "she", "he", "him" or "her" pointing
    back to the subject as a person ("Dinner was left out and her stepdad was out" says nothing)."""
    parent = False
    for t in sentence:
        if t.i in subject_words:
            continue
        if t.lower_ in _STEP_PARENTS:
            holder = t.head if t.dep_ in ("compound", "amod") and t.head.i > t.i else t
            parent = parent or any(c.dep_ == "poss" and c.lower_ in ("her", "his") for c in holder.children)
        pair = _AGE_JUDGED.get(t.lower_)
        if pair and any(c.lower_ == pair for c in t.children) and any(c.lower_ == "to" for c in t.subtree):
            return True
    return parent and _points_back(sentence, subject_words)


def _points_back(sentence, subject_words) -> bool:
    """"she", "he", "him" or "her" (not "her coat") in the sentence, besides its subject."""
    return any(t.lower_ in ("she", "he", "him", "her") and t.dep_ != "poss" for t in sentence if t.i not in subject_words)


def named_by_tagger(token) -> bool:
    """The tagger or the list of given names reads the word as a name: a proper noun's tag, a
    named entity, or a given name. Not "Bedtime", "Pickup" or "Research" (common nouns with a
    capital, which the model tags as such)."""
    from . import first_names  # the package reads this module: import at call time

    return token.tag_ in ("NNP", "NNPS") or bool(token.ent_type_) or token.lower_ in first_names()


def points_back_to(token, besides=()) -> bool:
    """"she", "he", "him", "her" or "his" after the word in its sentence (besides the tokens
    given): a person spoken of again ("Faith was 9 when Dad left and she…", "River brought me
    his drawing")."""
    sentence = token.sent
    return any(t.lower_ in ("she", "he", "him", "her", "his") and t.i not in besides
               for t in token.doc[token.i + 1: sentence.end])


def opens_sentence_as_child(token) -> bool:
    """A capitalised word opening its sentence that is a child's name by what is said of it
    ("Willow was found wandering …", "Will was not brought to …", "June has missed her
    immunisations"): the sentence's subject, or "Will"/"May" read as a modal before a finite
    verb, where what is said of it shows a child."""
    doc = token.doc
    if not token.is_sent_start or not token.is_alpha or not token.text[:1].isupper() or not token.text[1:].islower():
        return False
    if token.lower_ in _NOT_A_CHILD or token.lower_ in _CHILDREN_WORDS:
        return False
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    modal_name = token.tag_ == "MD" and token.lower_ in ("will", "may") and nxt is not None \
        and nxt.tag_ in ("VBD", "VBZ", "VBP")
    subject = token.dep_ in ("nsubj", "nsubjpass") and token.tag_ in ("NNP", "NN") \
        and not token.lower_.endswith(_ABSTRACT) and not any(c.dep_ == "det" for c in token.children)
    return (modal_name or subject) and child_predicate(token)


_CHILDREN_WORDS = {"children", "child", "siblings", "boys", "girls", "twins", "kids", "baby", "infant"}
_NOT_A_CHILD = {"mum", "dad", "mother", "father", "nan", "grandad", "parent", "parents", "he", "she", "they", "it",
                "the", "this", "there", "mam", "carer", "carers", "partner"}


# Where adults, not children, go or come from: "comes home from the pub", "at the bookies".
_ADULT_PLACES = {"pub", "pubs", "bar", "bookies", "bookmakers", "casino", "prison", "jail", "work", "job", "shift",
                 "shifts", "probation", "nightclub", "club"}
_ADULT_STATES = {"drunk", "hungover", "intoxicated"}
_CHILDREN_OBJECTS = {"children", "boys", "girls", "kids", "twins", "siblings"}
# Round 28: out cold among drink or drugs ("Glenn was asleep on the sofa among empty lager cans",
# "Lee was slumped in a chair next to a bottle of vodka"): an adult's state beside a named child.
_OUT_COLD = frozenset(("asleep", "unconscious", "comatose", "slumped", "unresponsive", "unrousable"))
_DRINK_AND_DRUGS = frozenset(("can", "cans", "lager", "beer", "cider", "vodka", "wine", "whisky", "gin", "spirits",
                              "alcohol", "empties", "needle", "needles", "syringe", "foil", "crack", "heroin",
                              "spice", "ketamine", "cocaine", "pills", "tablets", "codeine", "methadone"))
_HARMS = {"hit", "hurt", "smack", "slap", "kick", "punch", "beat", "shout", "scream", "threaten", "grab", "push",
          "lock", "hurt", "strangle", "choke", "belt"}


def adult_predicate(token) -> str:
    """What the statement says of a name shows an adult: moving out of the home, coming home
    from the pub or from work, being drunk, or hitting "the boys" or "the children" (the
    family's children named together). Returns the words that show it, or ""."""
    anchor = token
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
        anchor = anchor.head
    told = told_to_leave(anchor)
    if told:
        return told
    if anchor.dep_ == "nsubjpass" and anchor.head.pos_ in ("VERB", "AUX"):
        # "Lee was slumped in a chair next to a bottle of vodka"; "Lee was found to be over the limit"
        return _out_cold(anchor.head) or _over_the_limit(anchor.head)
    if anchor.dep_ != "nsubj" and not _opening_subject_misread(anchor):
        return ""
    verb = anchor.head
    if verb.pos_ not in ("VERB", "AUX"):
        return ""
    lemma = verb.lemma_.lower()
    state = _presents_as(verb) if not any(c.dep_ == "nsubj" and anchor.i < c.i < verb.i for c in verb.children) else ""
    if state:
        return state  # "Sunday has been presenting as intoxicated at pick-up"
    nearest = not any(c.dep_ == "nsubj" and anchor.i < c.i < verb.i for c in verb.children)
    if nearest and lemma in _MINDING and not any(c.dep_ in ("dobj", "prep") and c.lower_ != "for" for c in verb.children):
        return f"{verb.text}"  # "Grace will babysit when Mum works late": the one who minds (not "babysits Kai")
    if nearest and lemma in _SMOKING:
        away = _away_from(verb)
        if away:
            return f"{verb.text} away from {away}"  # "Leanne will smoke outside, away from Noah"
    advice = _professional_advice(verb) if nearest else ""
    if advice:
        return advice  # "Chloe and Mark were dismissive of safe sleep advice"
    if nearest and lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children) and any(
            c.dep_ in ("dobj", "xcomp", "advcl") and c.lower_ == "drinking" for c in verb.children):
        return "goes out drinking"  # "the nights Kerry goes out drinking": a night out in drink
    if lemma in ("move", "storm", "walk") and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return f"{verb.text} out"  # "Cliff moved out": left the family home
    moved_in = _moved_in(verb) if lemma == "move" else ""
    if moved_in:
        return moved_in  # "Dean moved back in on Friday", "Lee moved in with Mum": a partner in the home
    couple = _couple_act(token, anchor, verb)
    if couple:
        return couple
    out_cold = _out_cold(verb)
    if out_cold:
        return out_cold  # "Glenn was asleep on the sofa among empty lager cans"
    visit = _visits_in_drink(verb)
    if visit:
        return visit  # "whenever Winston comes round after drinking"
    grown = _grown_deed(verb) if nearest else ""
    if grown:
        return grown  # Round 30: "Rich drove home from the pub", "Gail and Sandy live next door"
    sober = (_sobriety(verb) or _over_the_limit(verb)) if nearest else ""
    if sober:
        return sober  # Round 31: "Ewan stays sober on the days he has them", "blows into the breathalyser"
    affairs = _household_affairs(verb)
    if affairs:
        return affairs  # "Cheryl will pay the rent": the householder
    for c in verb.children:
        if c.dep_ in ("acomp", "oprd") and c.lower_ in _ADULT_STATES:
            return c.text
        if c.dep_ == "dobj" and lemma in _HARMS and c.lower_ in _CHILDREN_OBJECTS \
                and any(d.lower_ == "the" for d in c.children):
            return f"{verb.text} the {c.text}"  # "Bill has been hitting the boys"
        if c.dep_ == "prep" and c.lower_ in ("from", "to", "at", "in"):
            for obj in c.children:
                if obj.dep_ == "pobj" and obj.lower_ in _ADULT_PLACES and obj.lower_ != "work" and not (
                        obj.lower_ == "club" and any(m.dep_ in ("compound", "amod") for m in obj.children)) or (
                        obj.lower_ == "work" and c.lower_ in ("from", "at")):
                    return f"{c.text} the {obj.text}"  # "comes home from the pub", "back from work"
        if c.dep_ == "advmod" and c.lower_ in ("home", "back"):
            for p in c.children:
                if p.dep_ == "prep" and any(o.lower_ in _ADULT_PLACES for o in p.children):
                    return f"{c.text} {p.text} the {next(o.text for o in p.children if o.lower_ in _ADULT_PLACES)}"
    return ""


# Round 30: what a vehicle is ("drove the van"): driving one is an adult's deed.
_VEHICLES = frozenset(("car", "van", "motor", "lorry", "truck", "taxi", "cab", "minibus", "bus", "vehicle", "motorbike",
                       "motorcycle", "tractor", "pickup"))
# What "drive" says besides driving: "drives Mum mad", "drove him up the wall", "drove them away".
_DRIVEN_TO = frozenset(("mad", "crazy", "insane", "wild", "nuts", "spare", "away", "off", "out", "apart"))
# Where a neighbour lives, said of the one who lives there ("live next door", "lives upstairs").
_NEIGHBOURS_PLACES = frozenset(("upstairs", "downstairs", "opposite", "below", "above"))
# A measure of drink that is a grown-up's ("after six pints", "had four pints").
_ADULT_MEASURES = frozenset(("pint", "pints", "units"))


def _grown_deed(verb) -> str:
    """Round 30: what only a grown-up does, said of the verb's subject: driving (a car, home, to
    somewhere: not "drives Mum mad"), drinking pints or drinking heavily, or living next door,
    upstairs or across the road (a neighbour). Returns the words that show it, or ""."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    if lemma == "drive" and not any(c.dep_ in ("acomp", "oprd", "xcomp", "ccomp") or c.lower_ in _DRIVEN_TO
                                    for c in children):
        objects = [c for c in children if c.dep_ == "dobj"]
        if all(o.lemma_.lower() in _VEHICLES for o in objects):
            return f"{verb.text}" + (f" the {objects[0].text}" if objects else "")
    if lemma in ("drink", "have", "down", "sink", "drive") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _ADULT_MEASURES or c.dep_ == "prep" and c.lower_ == "after"
            and any(g.dep_ == "pobj" and g.lemma_.lower() in _ADULT_MEASURES for g in c.children) for c in children):
        return f"{verb.text} pints"
    if lemma == "drink" and any(c.dep_ == "advmod" and c.lower_ in ("heavily", "excessively", "daily") for c in children):
        return f"{verb.text} heavily"
    if lemma == "live" and not _listed_with_a_child(verb):
        for c in children:
            if c.lower_ == "door" and any(g.lower_ == "next" for g in c.children) \
                    and not any(g.dep_ == "prep" and g.lower_ == "to" for g in list(c.children) + children) \
                    or c.dep_ == "advmod" and c.lower_ in _NEIGHBOURS_PLACES \
                    or c.dep_ == "prep" and c.lower_ == "across" and any(
                        g.dep_ == "pobj" and g.lower_ in ("road", "street", "landing", "hall", "corridor") for g in c.children):
                return f"{verb.text} next door" if c.lower_ == "door" else f"{verb.text} {c.text}"
    return ""


# Round 31: staying off drink, and the tests that show it: what a safety plan asks of an adult
# who drinks ("Ewan stays sober on the days he has them", "blows into the breathalyser when Nan
# asks"), never of a child.
_SOBER_VERBS = frozenset(("stay", "be", "remain", "keep", "get", "arrive", "turn"))
_DRINK_TESTS = frozenset(("breathalyser", "breathalyzer", "breathaliser", "soberlink"))


def _sobriety(verb) -> str:
    """Round 31: the verb's subject stays, keeps or is sober ("Ewan stays sober", "will be sober
    when he collects them"; not "sober" said of another word), or blows into, takes or uses a
    breathalyser. Returns the words that show it, or ""."""
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if lemma in _SOBER_VERBS and c.dep_ in ("acomp", "oprd", "xcomp") and c.lower_ == "sober":
            return f"{verb.text} sober"
        if c.dep_ == "dobj" and c.lower_ in _DRINK_TESTS or c.dep_ == "prep" and any(
                g.dep_ == "pobj" and g.lower_ in _DRINK_TESTS for g in c.children):
            return f"{verb.text} … breathalyser"
    return ""


# Round 37 (r37d): the words before "limit" that make it the drink-drive or driving limit ("over the
# drink-drive limit", "the legal limit", "the speed limit"); a bare "the limit" is read the same.
_DRIVING_LIMITS = frozenset(("drink", "drive", "drink-drive", "driving", "legal", "speed", "alcohol", "blood"))


def _household_affairs(verb) -> str:
    """Paying, signing for or managing the rent, the bills or the tenancy, said of the verb's
    subject (through a verb it carries its subject to): "Cheryl will pay the rent". The words, or ""."""
    affairs = next((c for v in [verb] + [c for c in verb.children if c.dep_ in ("xcomp", "conj") and c.pos_ == "VERB"
                                           and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
                    for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in _HOUSEHOLD_AFFAIRS
                    and v.lemma_.lower() in _PAYING), None)
    return f"{affairs.head.text} the {affairs.text}" if affairs is not None else ""


def _over_the_limit(verb) -> str:
    """Round 37 (r37d): the verb's subject is, or is found or shown to be, over the limit ("Nia was
    twice over the limit", "was found to be over the drink-drive limit", "three times over the
    legal limit"): a driver in drink, an adult. Not a limit of something else ("over the time
    limit for her game", "over the limit on his card"). Returns the words that show it, or ""."""
    for v in [verb] + [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() == "be"]:
        if v.lemma_.lower() != "be":
            continue
        for prep in (c for c in v.children if c.dep_ == "prep" and c.lower_ in ("over", "above")):
            for limit in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() == "limit"):
                words = {c.lower_ for c in limit.children if c.dep_ in ("compound", "amod", "nmod")}
                if words - _DRIVING_LIMITS or any(c.dep_ == "prep" for c in limit.children) \
                        or any(c.dep_ == "det" and c.lower_ != "the" for c in limit.children):
                    continue
                return f"{prep.text} the limit"
    return ""


def _listed_with_a_child(verb) -> bool:
    """A subject of the verb, or one listed with it, has a child's age in brackets after it ("Kai
    and Ivy (5) live upstairs"): what is said is the family's, not a neighbour's."""
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for s in subjects:
        for t in [s] + [c for c in s.subtree if c.dep_ == "conj"]:
            k = t.i + 1
            if k + 1 < len(doc) and doc[k].text in ("(", ",") and doc[k + 1].like_num and doc[k + 1].text.isdigit() \
                    and int(doc[k + 1].text) < 18:
                return True
    return False


# Round 28b: the verbs by which a worker says how someone came across ("presenting as
# intoxicated", "appeared drunk", "seemed hungover").
_PRESENTING = frozenset(("present", "appear", "seem", "arrive", "attend", "look"))


def _presents_as(verb) -> str:
    """Round 28b: an adult's state said through how the name came across: "presenting as
    intoxicated", "appeared to be drunk", "arrived hungover" (the state words of ``_ADULT_STATES``,
    as the complement, an "as …" clause or phrase, or after "to be"). Returns the words, or ""."""
    if verb.lemma_.lower() not in _PRESENTING:
        return ""
    for c in verb.children:
        if c.dep_ in ("acomp", "oprd", "advcl", "xcomp") and c.lower_ in _ADULT_STATES:
            return f"{verb.text} {c.text}"
        if c.dep_ == "prep" and c.lower_ == "as" and any(o.lower_ in _ADULT_STATES for o in c.children):
            return f"{verb.text} as {next(o.text for o in c.children if o.lower_ in _ADULT_STATES)}"
        if c.dep_ == "xcomp" and c.lemma_ == "be" and any(o.dep_ in ("acomp", "attr") and o.lower_ in _ADULT_STATES
                                                       for o in c.children):
            return f"{verb.text} to be {next(o.text for o in c.children if o.lower_ in _ADULT_STATES)}"
    return ""


# Round 28b: minding children with no one named as minded ("Grace will babysit", "childminds").
_MINDING = frozenset(("babysit", "childmind", "child-mind"))
# Smoking, vaping or drinking done away from someone: the grown-up keeps it from the child.
_SMOKING = frozenset(("smoke", "vape", "drink"))
# Advice and guidance a professional gives about a child's care, and how a parent receives it.
_ADVICE = frozenset(("advice", "guidance", "recommendation", "recommendations"))
_RECEIVING_ADVICE = frozenset(("ignore", "dismiss", "disregard", "refuse", "reject", "follow", "accept", "heed",
                               "act", "take"))
_RECEIVING_ADJECTIVES = frozenset(("dismissive", "resistant", "receptive", "open", "hostile", "compliant",
                                   "unreceptive"))


def _away_from(verb) -> str:
    """"smoke outside, away from Noah", "vape away from the children": whom the act is kept from
    (the word after "away from"), or ""."""
    for c in verb.children:
        if c.lower_ == "away" and c.dep_ == "advmod":
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ == "from":
                    obj = next((o for o in p.children if o.dep_ == "pobj"), None)
                    if obj is not None:
                        return obj.text
    return ""


def _professional_advice(verb) -> str:
    """Round 28b: how a name receives a professional's advice or guidance about a kind of care
    ("were dismissive of safe sleep advice", "ignored the health visitor's feeding advice",
    "did not follow medical advice"): the advice must say what it is about (a word before it) or
    whom it is from ("advice from the midwife"); plain "advice" ("Jade ignores advice") is not read,
    since a child is given advice too. Returns the words, or ""."""
    def specific(noun):
        return noun.lemma_.lower() in _ADVICE and any(
            m.dep_ in ("compound", "amod", "poss") and m.lower_ not in ("my", "your", "our") or
            m.dep_ == "prep" and m.lower_ == "from" for m in noun.children)
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ == "dobj" and lemma in _RECEIVING_ADVICE and specific(c):
            return f"{verb.text} {c.text}"
        if c.dep_ == "prep" and lemma in ("act", "take") and c.lower_ in ("on", "up") and any(
                specific(o) for o in c.children if o.dep_ == "pobj"):
            return f"{verb.text} {c.text} {next(o.text for o in c.children if o.dep_ == 'pobj')}"
        if c.dep_ == "acomp" and c.lower_ in _RECEIVING_ADJECTIVES:
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ in ("of", "to", "towards"):
                    noun = next((o for o in p.children if o.dep_ == "pobj" and specific(o)), None)
                    if noun is not None:
                        return f"{c.text} {p.text} {noun.text}"
    return ""


def _opening_subject_misread(token) -> bool:
    """Round 28b: the parse may make a day's or a word's name opening a sentence an adverb of
    time ("Sunday has been presenting as…" as "npadvmod"), or a given name an adverb ("Carly
    appeared drunk…"): it stands where the subject stands when it opens the sentence and its
    verb has no subject of its own."""
    verb = token.head
    if token.dep_ == "advmod":
        # "Carly appeared drunk…" parsed with "Carly" as an adverb: only a given name so misread
        # (never "Sometimes appeared…", "Often…").
        from .wordlists import first_names

        if token.lower_ not in first_names() or not token.is_title:
            return False
    elif token.dep_ != "npadvmod":
        return False
    return token.i == token.sent.start and verb.pos_ in ("VERB", "AUX") \
        and verb.i > token.i and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


# Round 28: a household's money and tenancy, paid, signed or kept up by its householder ("Cheryl
# will pay the rent on time", "Dean signed the tenancy"): an adult's affairs.
_HOUSEHOLD_AFFAIRS = frozenset(("rent", "bill", "bills", "tenancy", "mortgage", "arrears", "lease", "wages"))
_PAYING = frozenset(("pay", "sign", "owe", "clear", "manage", "keep", "budget", "hold", "take", "lose", "earn"))


# Round 28: a visitor to the home ("comes round", "turns up", "calls over"), and how they come when
# drink or drugs are said of it ("after drinking", "drunk", "high").
_VISITING = frozenset(("come", "turn", "call", "show", "pop", "drop", "roll"))
_VISIT_PARTICLES = frozenset(("round", "over", "up", "by", "around", "in"))
_IN_DRINK = frozenset(("drunk", "high", "stoned", "intoxicated", "wasted", "hammered", "mashed"))
_DRINKING = frozenset(("drinking", "drink", "drinks", "using", "pub", "smoking"))


def _visits_in_drink(verb) -> str:
    """Round 28: a visitor who comes to the home in drink ("whenever Winston comes round after
    drinking", "Gaz turns up drunk at night"): the words that show it, or "". Coming round with
    nothing of drink said stays unread (a child's friend comes round too)."""
    particle = next((c for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ in _VISIT_PARTICLES), None)
    if verb.lemma_.lower() not in _VISITING or particle is None:
        return ""
    for c in verb.children:
        if c.dep_ in ("acomp", "oprd", "advcl", "xcomp", "advmod") and c.lower_ in _IN_DRINK:
            return f"{verb.text} {particle.text} {c.text}"
        if c.dep_ == "prep" and c.lower_ == "after" and any(
                g.dep_ in ("pobj", "pcomp") and (g.lower_ in _DRINKING or g.lemma_.lower() in ("drink", "use"))
                for g in c.children):
            return f"{verb.text} {particle.text} after {next(g.text for g in c.children if g.dep_ in ('pobj', 'pcomp'))}"
    return ""


def _out_cold(verb) -> str:
    """Round 28: asleep, slumped or passed out with drink or drugs in the same clause ("was asleep
    on the sofa among empty lager cans", "had passed out next to a bottle of vodka"): the words
    that show it, or "". Not asleep with nothing of drink or drugs said ("Ollie was asleep in
    his cot"), nor drink said in another clause with its own subject."""
    state = next((c for c in verb.children if c.dep_ in ("acomp", "oprd", "advmod", "attr") and c.lower_ in _OUT_COLD), None)
    if state is None and (verb.lemma_.lower() in _OUT_COLD or verb.lower_ in _OUT_COLD):
        state = verb  # "Lee was slumped in a chair" (a participle read as the verb)
    if state is None and verb.lemma_.lower() == "pass" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        state = verb
    if state is None:
        return ""
    def own(t):  # in the verb's own clause: no other subject between
        k = t
        while k.i != verb.i and k.head.i != k.i:
            if k.pos_ in ("VERB", "AUX") and any(g.dep_ in ("nsubj", "nsubjpass") for g in k.children):
                return False
            k = k.head
        return True
    drink = next((t for t in verb.subtree if t.lower_ in _DRINK_AND_DRUGS and t.pos_ in ("NOUN", "PROPN") and own(t)), None)
    return f"{state.text} among {drink.text}" if drink is not None else ""


# Where a partner is told to leave: the home (a child is asked to leave a lesson, a shop or a club).
_HOMES_LEFT = frozenset(("house", "home", "flat", "property", "address", "hostel", "refuge", "caravan", "bungalow"))
# Verbs of telling someone to leave.
_TELLING = frozenset(("tell", "ask", "order", "direct", "make"))


def told_to_leave(anchor) -> str:
    """"Wayne was asked to leave by the police", "Mum told Carl to leave the flat", "Jenny was
    asked to leave the hostel": one told to leave the home, with no object or a home as the
    object, is an adult (a partner or a lodger). Not one asked to leave a lesson, a shop or a club."""
    verb = anchor.head
    if not (anchor.dep_ == "nsubjpass" or anchor.dep_ == "dobj" and verb.i < anchor.i) \
            or verb.lemma_.lower() not in _TELLING:
        return ""
    for c in verb.children:
        if c.dep_ == "xcomp" and c.lemma_.lower() == "leave" and c.i > anchor.i:
            objects = [g for g in c.children if g.dep_ == "dobj" and not (
                g.ent_type_ in ("DATE", "TIME") and not any(t.lower_ in _HOMES_LEFT for t in g.subtree))]
            if all(any(t.lower_ in _HOMES_LEFT or t.lemma_.lower() in _HOMES_LEFT for t in g.subtree) for g in objects):
                return f"{verb.text} to leave"
    return ""


# Whom moving in "with" makes a partner in the home (not "with Nan" or "with his dad", where
# children go to live).
_PARENTS_MOVED_IN_WITH = {"mum", "mam", "mom", "mummy", "mother", "her", "them"}


def _moved_in(verb) -> str:
    """"Dean moved back in", "Lee has moved in with Mum": moving (back) into the family's home,
    which in these statements is a parent's partner. Not moving in with a grandparent, a dad or
    anyone else (where children go to live), nor moving "into" a place ("moved into a hostel")."""
    doc = verb.doc
    inside = next((c for c in verb.children if c.lower_ == "in" and c.dep_ in ("prt", "advmod", "prep")
                   and (c.i == verb.i + 1 or c.i == verb.i + 2 and doc[verb.i + 1].lower_ == "back")
                   and not any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)), None)
    # (the parse reads "moved back in last month" as "in" + "last month": when, not where)
    if inside is None:
        return ""
    withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"] + [
        g for g in inside.children if g.dep_ == "prep" and g.lower_ == "with"]
    if not withs:
        back = any(c.lower_ == "back" for c in list(verb.children) + list(inside.children))
        return f"{verb.text} back in" if back else f"{verb.text} in"
    objects = [o for p in withs for o in p.children if o.dep_ == "pobj"]
    if objects and all(o.lower_ in _PARENTS_MOVED_IN_WITH and not any(d.dep_ == "poss" for d in o.children)
                       for o in objects):
        return f"{verb.text} in with {objects[0].text}"
    return ""


# Verbs of going back to someone: "Mum wants to go back to Kyle", "has returned to Darren", "got
# back with Shane". Whom a parent (or a child) goes back to is an adult: a partner or a carer.
_GOING_BACK = {"go", "get", "run", "return", "move", "crawl", "come"}
# Tags the model gives a place, a body or a thing, which one also goes back to ("back to Leeds").
_PLACE_TAGS = ("GPE", "LOC", "FAC", "EVENT", "DATE", "TIME")
_NOT_A_PERSON_TAGS = ("ORG", "PRODUCT", "NORP")


def gone_back_to(token) -> str:
    """"Mum keeps saying she wants to go back to Kyle", "Dad has gone back to Tasha", "Mum has
    got back with Shane": the one a person goes back to, when the model reads it as a person (not
    "back to Leeds", "back to school")."""
    from . import first_names  # the package reads this module: import at call time

    if token.dep_ != "pobj" or token.head.lower_ not in ("to", "with") or token.ent_type_ in _PLACE_TAGS \
            or token.ent_type_ in _NOT_A_PERSON_TAGS and token.lower_ not in first_names():
        return ""  # (the model tags given names as bodies too: "back to Tasha" read as ORG)
    prep = token.head
    verb = prep.head
    back = verb.lower_ == "back"
    if back:
        verb = verb.head
    elif any(c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in verb.children):
        back = True
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or lemma not in _GOING_BACK or prep.lower_ == "with" and lemma != "get" \
            or not back and lemma != "return":
        return ""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "she wants to go back to…"
    if subject is None or not (subject.pos_ in ("PRON", "PROPN") or subject.lower_ in _COUPLE_PARENTS):
        return ""  # "the fair came back from…", "the money went back to…": not a person going back
    return f"{verb.text} back {prep.text}" if back else f"{verb.text} {prep.text}"


# Verbs of travelling whose "from" names where one came from ("came back from Hull", "moved here
# from Wigan", "arrived from Appleby"): a place, not a person ("ran away from Dean" is not here).
_TRAVEL_VERBS = frozenset(("come", "return", "move", "travel", "arrive", "fly", "relocate", "emigrate", "drive"))


def _travelled_from(token) -> bool:
    """The object of "from" after a verb of travelling, also through "back", "here" or "home"
    ("since the fair came back from Hull"), which the model may tag as a person: a place. Not
    someone's home ("came back from Kerry's") nor a title run ("from Mr Lee")."""
    if token.dep_ != "pobj" or token.head.lower_ != "from" or token.i + 1 < len(token.doc) \
            and token.doc[token.i + 1].lower_ in ("'s", "’s", "'"):
        return False
    verb = token.head.head
    if verb.lower_ in ("back", "here", "home", "over", "down", "up", "away") and verb.dep_ == "advmod":
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _TRAVEL_VERBS


# What a couple does, said of a name joined to Mum or Dad as one subject ("Mum and Mark had been
# fighting", "Dad and Leanne were drinking", "Mark and Mum split up"): the parent's partner.
_COUPLE_ACTS = {"fight", "argue", "row", "bicker", "brawl", "drink", "booze", "smoke", "snort", "inject", "split",
                "separate", "divorce", "marry", "date", "wed"}
_COUPLE_PHRASES = {("break", "up"), ("get", "together"), ("get", "back"), ("get", "engaged"), ("get", "married"),
                   ("take", "drugs"), ("take", "cocaine"), ("use", "drugs"), ("use", "cocaine"), ("use", "cannabis"),
                   ("take", "heroin"), ("use", "heroin"), ("smoke", "cannabis"), ("sleep", "together")}
_CONFLICT = _HARMS | {"shout", "scream", "swear", "throw", "yell", "fight", "argue", "row"}
_COUPLE_PARENTS = {"mum", "dad", "mother", "father", "mam", "mummy", "daddy", "nan", "gran", "grandad", "grandma"}


def _couple_act(token, anchor, verb) -> str:
    """A name joined to an adult of the family as the subject of what couples, not parent and
    child, do: fighting or rowing, drinking or taking drugs, splitting up, hitting each other."""
    joined = [anchor] + [c for c in anchor.children if c.dep_ == "conj"]
    parent = next((t for t in joined if t.i != token.i and t.lower_ in _COUPLE_PARENTS), None)
    if parent is None:
        return ""
    lemma = verb.lemma_.lower()
    words = {(lemma, c.lower_) for c in verb.subtree if c.i > verb.i and c.dep_ in ("prt", "advmod", "dobj", "acomp", "oprd")}
    each_other = any(c.lower_ in ("other", "another") and c.head.i != c.i and c.i >= 1
                     and c.doc[c.i - 1].lower_ in ("each", "one") for c in verb.subtree)
    if lemma in _COUPLE_ACTS or words & _COUPLE_PHRASES or (each_other and lemma in _CONFLICT):
        return f"{verb.text} with {parent.text}"
    return ""


# What an agreement or a plan keeps an adult from: staying at or coming to the family's home,
# contact with the children ("Shane will not stay at the flat", "Dean is not to have contact with
# the children", "Lee has agreed not to visit the house").
_HOME_NOUNS = {"house", "flat", "home", "property", "address", "bungalow", "maisonette", "caravan"}
_KEPT_AWAY_VERBS = {"stay", "come", "visit", "live", "sleep", "be", "go", "return", "call", "enter", "move"}
_AGREEING = {"agree", "promise", "sign", "accept", "undertake", "consent", "understand", "confirm"}
# "The written agreement says Kieran will not visit": what such a document says is agreed.
_AGREEMENTS = {"agreement", "plan", "order", "condition", "conditions", "contract", "injunction", "undertaking"}
_RESTRICTING = {"allow", "permit", "suppose"}
_TOLD = {"tell", "warn", "ask", "advise", "order", "instruct"}  # "Craig has been told not to come to the house"
_BANNING = {"ban", "bar"}  # "Lee is banned from the house"


def _negated(verb) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ in ("advmod", "det") for c in verb.children)


def restricted_adult(token, child_named: bool, children: frozenset = frozenset()) -> str:
    """What an agreement or a plan keeps a name from shows an adult: not staying at or coming to
    "the flat" or "the house", not having contact with the children or a named child ("Shane will
    not stay at the flat", "Dean is not to have contact with Ruby", "Lee will have no contact with
    the children"). Contact with a child names an adult on its own; being kept from the home does
    when a child is named too or an adult agreed to it ("Mum has agreed that…"), since a child may
    also be kept from a place. ``children``: lower-case names already read as children. Returns
    the words that show it, or ""."""
    anchor = token
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
        anchor = anchor.head
    verb = anchor.head
    let = anchor.dep_ == "dobj" and verb.lemma_.lower() in _RESTRICTING | {"let"}  # "Mum will not let Kev into the house"
    if anchor.dep_ != "nsubj" and not let and not (anchor.dep_ == "nsubjpass" and verb.lemma_.lower() in _RESTRICTING | _TOLD | _BANNING):
        return ""  # "Leon will not be allowed to see his sons" is the one kept away
    child_named = child_named or any(t.lower_ in _CHILDREN_OBJECTS | {"baby"} for t in token.sent)
    chain = [verb]  # "is not to have", "is not allowed to visit", "has agreed not to come"
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp", "acomp") and c.i > verb.i:
            chain.append(c)
            chain += [g for g in c.children if g.dep_ == "xcomp" and g.i > c.i]
    # "Mum will not allow Dean to come round": the parse makes Dean the subject of "come".
    kept_by = verb.head if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in _RESTRICTING | {"let"} else None
    negated = any(_negated(v) for v in chain) or kept_by is not None and _negated(kept_by)
    agreed = any(v.lemma_.lower() in _AGREEING for v in chain) or any(
        a.lemma_.lower() in _AGREEING or a.lemma_.lower() in ("say", "state") and any(
            s.dep_ == "nsubj" and s.lemma_.lower() in _AGREEMENTS for s in a.children) for a in verb.ancestors)
    for v in chain:
        lemma = v.lemma_.lower()
        if lemma in _BANNING and any(p.lower_ == "from" and any(o.dep_ == "pobj" and o.lemma_.lower() in _HOME_NOUNS
                                                              for o in p.children) for p in v.children):
            return f"{v.text} from the home"  # "is banned from the flat"
        contact = [c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() == "contact"]
        for noun in contact:
            none = any(d.lower_ == "no" for d in noun.children)
            with_child = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "with"
                          for g in p.children if g.dep_ == "pobj" and _is_child_word(g, children)]
            if (negated or none) and with_child:
                return f"no contact with {with_child[0].text}"
        if lemma in ("contact", "see", "meet", "visit") and negated and any(
                c.dep_ == "dobj" and (_is_child_word(c, children) if lemma == "contact" else _is_child_word(c))
                for c in v.children):
            return f"not to {lemma} {next(c.text for c in v.children if c.dep_ == 'dobj')}"  # "not allowed to see his sons"
        if lemma == "be" and negated and any(c.lower_ == "alone" for c in v.children) and any(
                g.dep_ == "pobj" and _is_child_word(g, children) for t in v.subtree if t.lower_ == "with" for g in t.children):
            return "not to be alone with a child"  # "must not be alone with the baby"
        if (lemma in _KEPT_AWAY_VERBS or lemma in _RESTRICTING | {"let"}) and negated and (child_named or agreed):
            places = [(v, c) for c in v.children if c.dep_ == "dobj"]  # "will not visit the home"
            places += [(p, c) for p in v.children if p.dep_ == "prep" and p.lower_ in ("at", "to", "in", "into", "round", "near")
                       for c in p.children if c.dep_ == "pobj"]
            for p, place in places:
                if place.lemma_.lower() in _HOME_NOUNS and any(
                        d.lower_ == "the" or d.dep_ == "poss" and d.lower_ in _PARENTS for d in place.children):
                    return f"not to {lemma} {p.text + ' ' if p is not v else ''}the {place.text}"
            if lemma in ("visit", "come", "stay") and agreed and child_named and not any(
                    c.dep_ in ("dobj", "prep", "prt", "advmod") and c.i > v.i for c in v.children):
                return f"agreed not to {lemma}"  # "The written agreement says Kieran will not visit when Amelia…"
            back = [c for c in v.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("round", "over")]
            if (let or kept_by is not None) and lemma in _KEPT_AWAY_VERBS and back:
                return f"not let {v.text} {back[0].text}"  # "Mum will not allow Dean to come round"
    return ""


def _is_child_word(token, children=frozenset()) -> bool:
    return token.lower_ in _CHILDREN_OBJECTS or token.lower_ in ("child", "baby", "babies") \
        or token.lower_ in children or any(c.lower_ in ("her", "his", "their") and c.dep_ == "poss"
                                             and token.lower_ in ("son", "daughter", "sons", "daughters")
                                             for c in token.children)


# Words between "her"/"his" and the partner or children ("her ex-partner", "his late wife", "her
# three young boys").
_OWN_BETWEEN = {"baby", "teenage", "grown-up", "adult", "new", "former", "current", "late", "estranged", "violent",
                "abusive", "older", "old", "young", "younger", "little", "small", "own", "other", "two", "three",
                "four", "five", "six", "seven", "eldest", "youngest", "oldest", "middle", "twin", "long-term", "then"}
_NOT_ANTECEDENTS = {"us", "we", "you", "i", "me", "it", "this", "that"}
# Bodies and services spoken to: never "her" or "his" ("Chantelle told the police that her
# ex-partner…", "Dad rang the school to say his partner…" are the speaker's).
_COLLECTIVES = {"police", "school", "nursery", "college", "council", "court", "hospital", "refuge", "surgery",
                "practice", "ambulance", "housing", "helpline", "charity", "clinic", "service", "services"}
_PERSON_PRONOUNS = {"he", "she", "him", "her", "they", "them", "himself", "herself"}


_CLAUSE_BREAKS = frozenset((";", "–", "—"))


def own_partner_or_children(mention, words, tokens=None) -> str:
    """What the statement says of a name shows an adult: a partner, a husband or wife, an ex or
    children of their own. "her" or "his" pointing back to the name before one of these ("Nia
    told Women's Aid that her ex-partner followed her", "Leah and her three boys", "Marcus told us
    his wife left"); having children ("Chelsea has three children"); a parent's word set beside
    the name ("Sophie, mum to Tia and Mason,"). "her"/"his" counts where the words are joined to
    the name by "and", or the name is the first person in the sentence and the subject of the
    clause the words are in ("Dad watched Summer being pushed by his partner" is Dad's partner).
    Not the name's own description ("Kai, her son,", "Ruby is her youngest"). Returns the words,
    or "". A child has a boyfriend or a girlfriend, not these: they are not read."""
    first, last = mention[0], mention[-1]
    # `tokens`: the Doc's tokens made once (the reader's), read by index and slice without
    # building new Tokens; the Doc itself otherwise.
    doc, sent = (last.doc if tokens is None else tokens), last.sent
    indices = {t.i for t in mention}
    parent = _parent_beside(last, words) or _married(last)
    if parent:
        return parent
    if last.dep_ == "pobj" and last.head.lower_ == "with":
        had = last.head.head
        children = had if had.lower_ in words["own_children"] else next(
            (c for c in had.children if c.dep_ == "dobj" and c.lower_ in words["own_children"]), None) \
            if had.lemma_ == "have" else None
        if children is not None and children.tag_ == "NNS":
            return f"{children.text} with {last.text}"  # "Leah has two children with Dean": their father
    subject = last
    while subject.dep_ == "conj" and subject.head.i < subject.i:
        subject = subject.head
    verb = subject.head
    who = next((c for c in last.children if c.dep_ == "relcl"), None) or next(
        (c for c in subject.children if c.dep_ == "relcl" and c.i > last.i), None)  # "Rachel and Paul, who have…"
    if who is not None and who.lemma_ == "have" and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that")
                                                       for c in who.children):
        subject, verb = who, who  # "Leah, who has two children with Dean,"
    # Round 32: also a verb joined to the subject's own by "and" with no subject of its own
    # ("Kerry-Ann and Wes have been together since school and now have three kids").
    shared = [verb] + ([c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                        and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)]
                       if subject.dep_ == "nsubj" else [])
    for had in shared:
        if (subject.dep_ == "nsubj" or subject is had) and had.lemma_ == "have" and any(
                c.dep_ == "dobj" and c.lower_ in words["own_children"] and (
                    c.tag_ == "NNS" or c.lower_ in _SON_OR_DAUGHTER) for c in had.children):
            return f"{had.text} {next(c.text for c in had.children if c.dep_ == 'dobj')}"  # "Chelsea has three children"
    if subject.dep_ == "nsubj" and verb.lemma_ == "have" and verb.tag_ in ("VBD", "VBN") and any(
            c.dep_ == "dobj" and c.lower_ in ("baby", "babies") and any(
                m.lower_ in ("her", "his", "a", "first", "second", "another") for m in c.children) for c in verb.children):
        return f"{verb.text} a baby"  # "Marnie had her first baby at 16" (not "has a baby brother")
    if subject.dep_ == "nsubj" and verb.lemma_ == "give" and any(
            c.dep_ == "dobj" and c.lower_ == "birth" for c in verb.children):
        return f"{verb.text} birth"  # "Kerry gave birth to Storm in May"
    # The first person of the sentence, or of its clause after a semicolon or a dash ("…friends
    # of Dean's'; Dean has … and his son Sonny stays there").
    clause_start = next((t.i + 1 for t in reversed(doc[sent.start: first.i]) if t.text in _CLAUSE_BREAKS), sent.start)
    first_person = not any(_a_person(t, words) for t in doc[clause_start: first.i])
    for pronoun in doc[last.i + 1: sent.end]:
        noun = _owned(pronoun, words) if pronoun.lower_ in ("her", "his") and pronoun.tag_ == "PRP$" else None
        if noun is None or doc[pronoun.i - 1].text == "," and pronoun.i - 1 == last.i + 1:
            continue  # (not "Kai, her son, …": the name described, not the owner)
        k = noun.i
        # "Leah and her three boys", "Dean and his ex-wife" (not "Mum hit Ruby and her partner
        # laughed", where "her" may be Mum's).
        same_sex = words["female_words"] if pronoun.lower_ == "her" else words["male_words"]
        joined = any(t.dep_ == "conj" and t.head.i in indices for t in doc[pronoun.i + 1: k + 1]) and not any(
            t.lower_ in same_sex or _a_person(t, words) and t.pos_ == "PROPN" for t in doc[sent.start: first.i])
        in_clause = first_person and subject.dep_ in ("nsubj", "nsubjpass") \
            and (any(t.i == pronoun.i for t in subject.head.subtree)
                 # the parse often breaks "Marcus works nights and his two girls…": by position,
                 # the clause's subject and its own children a few words on, no one between
                 or subject.head.i > subject.i and pronoun.i - last.i <= 8
                 and doc[pronoun.i - 1].lower_ == "and" and not any(
                     _a_person(t, words) or t.text in _CLAUSE_BREAKS for t in doc[last.i + 1: pronoun.i]))
        # Round 29: the subject of the verb whose own words hold the pronoun, with no person
        # between ("Since Wren was born, Ffion has been telling her partner Gethin…"; not "Dad
        # watched Summer being pushed by his partner").
        # The owned word is the verb's object, not the subject's own phrase ("Ruby and her partner
        # laughed"), what the subject is ("Ruby is her youngest") or the doer of a passive.
        # One "his" or "her" is not said of a list of subjects ("April and Jude would be sharing
        # a room with his sons").
        near_subject = subject.dep_ == "nsubj" and pronoun.i - last.i <= 8 and last.dep_ != "conj" \
            and not any(c.dep_ == "conj" for c in subject.children) \
            and any(t.i == pronoun.i for t in subject.head.subtree) and not any(t.i == noun.i for t in subject.subtree) \
            and noun.dep_ not in ("attr", "acomp", "appos", "conj") and noun.head.lower_ != "by" \
            and not any(a.dep_ == "agent" for a in noun.ancestors) and not any(
                _a_person(t, words) or t.text in _CLAUSE_BREAKS or t.text in (",", ".") for t in doc[last.i + 1: pronoun.i])
        in_clause = in_clause or near_subject
        # "Jolene left home at 16 …; her son Bracken (6) has seen her hurt": the first person of
        # the sentence, its subject, owns what opens the clause after a semicolon.
        after_semicolon = first_person and subject.dep_ == "nsubj" and doc[pronoun.i - 1].text == ";" \
            and not any(_a_person(t, words) for t in doc[last.i + 1: pronoun.i])
        # Round 32: "Tina rang on Friday: she has left her husband": what "she" (pointing back to
        # the name, with no one between) has, owned in her own clause.
        own_clause = first_person and any(
            t.lower_ == {"her": "she", "his": "he"}[pronoun.lower_] and t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX")
            and noun.i in {x.i for x in t.head.subtree} and noun.dep_ in ("dobj", "pobj")
            and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != t.i and c.i < noun.i for c in t.head.children)
            for t in doc[last.i + 1: pronoun.i])
        if (joined or in_clause or after_semicolon or own_clause) and _antecedent(pronoun, words, indices) in indices:
            in_law = "-in-law" if [t.lower_ for t in doc[noun.i + 1: noun.i + 5]] == ["-", "in", "-", "law"] else ""
            return f"{pronoun.text} {noun.text}{in_law}"
        if doc[pronoun.i + 1].lower_ == "own" and _clause_subject(pronoun) in indices:
            return f"{pronoun.text} own {noun.text}"  # "Jade lives with her mum and her own baby son"
        who = next((c for c in last.children if c.dep_ == "relcl"), None)  # "Leah, who has two children,"
        if who is not None and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in who.children) \
                and any(t.i == pronoun.i for t in who.subtree) and _antecedent(pronoun, words, indices) in indices:
            return f"{pronoun.text} {noun.text}"
    return ""


# "Josh has a daughter", "Amy has a son with Dean": a parent's child (not "has a baby brother").
_SON_OR_DAUGHTER = {"son", "daughter", "stepson", "stepdaughter"}
_MARRYING = {"marry", "wed", "divorce"}


def _married(token) -> str:
    """Marrying, divorcing or being engaged to someone is said of adults: "Chloe married Darren",
    "Darren, who is married to Chloe", "engaged to Kyle" (not "separated from her mum")."""
    anchor = token
    while anchor.dep_ == "conj" and anchor.head.i < anchor.i:
        anchor = anchor.head
    head, doc = anchor.head, token.doc
    if anchor.dep_ in ("nsubj", "dobj", "nsubjpass") and head.lemma_.lower() in _MARRYING and head.pos_ == "VERB":
        return head.text
    # The parse often reads "married" before a name as an adjective ("Chloe married Darren").
    before = doc[token.i - 1] if token.i else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if before is not None and before.lower_ in ("married", "divorced") and before.tag_ in ("VBD", "VBN"):
        return f"{before.text} {token.text}"
    if after is not None and after.lower_ in ("married", "divorced") and after.tag_ == "VBD" \
            and token.i + 2 < len(doc) and doc[token.i + 2].text[:1].isupper():
        return f"{token.text} {after.text}"
    if anchor.dep_ == "pobj" and head.lower_ in ("to", "from") \
            and head.head.lower_ in ("married", "engaged", "divorced", "wed"):
        return f"{head.head.text} {head.text} {token.text}"
    return ""


def _owned(pronoun, words):
    """The partner or children "her"/"his" stands before ("her ex-partner", "his two little boys",
    "her own baby son", "Leah and her youngest"), or None ("her baby brother", "his children's
    centre", "Ruby is her youngest")."""
    doc, end = pronoun.doc, pronoun.sent.end
    owned = words["own_partners"] | words["own_children"]
    k = pronoun.i + 1
    while k < end and k - pronoun.i <= 5 and (doc[k].lower_ in _OWN_BETWEEN or doc[k].like_num or doc[k].text == "-"
                                              or doc[k].lower_ == "ex" and k + 1 < end and doc[k + 1].text == "-"):
        k += 1
    if k < end and doc[k].lower_ not in owned and doc[k - 1].lower_ in ("youngest", "eldest", "oldest"):
        k -= 1
    while k + 1 < end and doc[k].lower_ in owned and doc[k + 1].lower_ in owned:
        k += 1
    if k + 4 < end and doc[k].lower_ in _IN_LAWS and [t.lower_ for t in doc[k + 1: k + 5]] == ["-", "in", "-", "law"]:
        return doc[k]  # Round 29: "her mother-in-law": one's partner's parent, so one has a partner
    if k >= end or doc[k].lower_ not in owned or doc[k].dep_ in ("attr", "appos"):
        return None
    if k + 1 < len(doc) and doc[k + 1].tag_ in ("NN", "NNS") and not doc[k + 1].text[:1].isupper():
        return None  # a noun after it names someone else
    if k + 2 < len(doc) and doc[k + 1].lower_ in ("'s", "’s") and (
            doc[k + 2].lower_ in words["place_nouns"] or doc[k + 2].lower_ in words["institutions"]):
        return None  # a place or a service
    return doc[k]


# A partner's parents ("her mother-in-law"): whose they are has a partner (not "sister-in-law" or
# "brother-in-law", which a young person may have through a brother or sister).
_IN_LAWS = frozenset(("mother", "father", "parents", "mum", "dad"))


def _clause_subject(token) -> int | None:
    """The subject of the nearest clause above a word (the index of its first conjunct)."""
    for verb in token.ancestors:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject.i
    return None


# A parent's word set beside a name, before whose children they are ("Sophie, mum to Tia and
# Mason,", "Dean, a father of two,").
_PARENT_WORDS = {"mum", "mother", "mam", "mom", "mummy", "dad", "father", "daddy", "parent", "stepmum", "stepdad",
                 "stepmother", "stepfather", "grandmother", "grandfather", "nan", "grandad"}


def _parent_beside(last, words) -> str:
    doc = last.doc
    k = last.i + 1
    if k + 2 >= len(doc) or doc[k].text != ",":
        return ""
    k += 1
    if doc[k].lower_ in ("a", "the"):
        k += 1
    if k + 1 < len(doc) and doc[k].lower_ in _PARENT_WORDS and doc[k + 1].lower_ in ("to", "of"):
        return f"{doc[k].text} {doc[k + 1].text}"
    return ""


def _a_person(token, words) -> bool:
    """A person named before a name in its sentence (not an owner: "Women's Aid", "Amber's ex")."""
    if token.dep_ == "poss" or token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in ("'s", "’s"):
        return False
    lower = token.lower_
    if lower in words["calendar"] and token.i and (token.doc[token.i - 1].like_num or token.doc[token.i - 1].lower_ in _DATE_WORDS):
        return False  # Round 32: a date ("on 3 May", "since June") is no person
    return lower in _PERSON_PRONOUNS or lower in words["roles"] and lower not in ("we", "i", "everyone", "everybody") \
        or token.text[:1].isupper() and token.is_alpha and (token.pos_ == "PROPN" or token.ent_type_ == "PERSON") \
        and not token.is_sent_start


# Words before a month's or a day's name that make it a date ("on Friday", "since May").
_DATE_WORDS = frozenset(("on", "in", "since", "by", "until", "till", "last", "next", "this", "every", "from", "before",
                         "after", "early", "late", "mid", "of"))


# Verbs of telling: in what is told, "her" or "his" is the teller's, not the listener's.
_TELLING = {"tell", "say", "explain", "disclose", "report", "admit", "confide", "inform", "ring", "phone", "call",
            "email", "text", "write", "warn", "ask", "complain", "mention", "describe"}


def _told_of_speaker(listener, pronoun) -> bool:
    """Is ``listener`` whom a verb of telling speaks to, with ``pronoun`` in what is told
    ("Precious told the health visitor that her husband…", "said to her GP that his wife…")?"""
    noun = listener
    while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
        noun = noun.head
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "to":
        verb = verb.head
    elif noun.dep_ not in ("dobj", "dative"):
        return False
    if verb.lemma_.lower() not in _TELLING or pronoun.i < noun.i:
        return False
    return any(c.dep_ in ("ccomp", "xcomp", "advcl") and c.i > noun.i and pronoun in c.subtree for c in verb.children)


def _antecedent(pronoun, words, indices) -> int | None:
    """The person "her" or "his" points back to in its sentence: the nearest person before it of
    the right sex, not an owner ("Ivy's mum and her partner": Mum's partner)."""
    doc = pronoun.doc
    other_sex = {"his": words["female_words"], "her": words["male_words"]}[pronoun.lower_]
    for t in reversed(doc[pronoun.sent.start: pronoun.i]):
        lower = t.lower_
        if t.dep_ == "poss" or lower in ("'s", "’s") or lower in other_sex or lower in _NOT_ANTECEDENTS \
                or pronoun.lower_ == "his" and lower == "her":
            continue
        if lower in words["languages"] or lower in words["brands"]:
            continue  # "Zuzanna speaks Polish to her daughter": a language is never "her"
        if not t.text[:1].isupper() and (lower in _COLLECTIVES or lower in words["institutions"]):
            continue  # one "her" is never a body spoken to or a group ("told the police that her ex…")
        if _told_of_speaker(t, pronoun):
            continue  # "Taylor told the school nurse that her husband…": the one who tells
        if t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.lower_ == "pregnant":
            continue  # Round 29: "Halima is pregnant with a girl, and her mother-in-law…": the unborn child
        if t.i not in indices and (lower in words["calendar"] or len(t.text) > 2 and t.text.isupper()):
            continue  # Round 32: a date or a body's initials is never "her" ("discussed at MARAC on 3 October after her ex-partner…")
        if t.i in indices:
            return t.i
        if lower == {"her": "she", "his": "he"}[pronoun.lower_] and t.dep_ in ("nsubj", "nsubjpass"):
            continue  # Round 32: "she … her partner" is one person: whom "she" points back to ("Keeley
            # … has told me she is buying it with her partner Clay")
        if lower in _PERSON_PRONOUNS or lower in words["roles"] or t.lemma_.lower() in words["children"]:
            return None
        if t.text[:1].isupper() and t.is_alpha and (t.pos_ == "PROPN" or t.ent_type_ == "PERSON"):
            return t.i  # another name
    return None
