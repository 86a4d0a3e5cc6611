"""Who is who in a statement: the children, the adults and the pets, read once per parsed text.

Every rule, the rewrite scaffold and redaction read the same analysis, so they agree on who
the child is. It is memoised on the spaCy ``Doc`` (in ``doc.user_data``), so asking twice costs
nothing.

API (stable)
    ``people(doc, child_names=(), adult_names=()) -> People``
        ``child_names`` / ``adult_names``: names the user configured (``[names] child = "Leah"``).
    ``People.children``, ``People.adults``, ``People.pets``: tuples of ``Person``, in order of
        first mention.
    ``People.child_name(default="[child's name]")``: the child to name in a suggestion (the most
        mentioned child, the first on a tie), or ``default`` when no child is named.
    ``People.others``: capitalised names the text shows are not a person, or gives no sign of
        being one beside a named child (a club, a brand, a hospital, a named storm); never the child.
    ``People.role_of(token) -> "child" | "adult" | "pet" | None``: the role of a name token (None
        for a token of ``others``).
    ``People.opening_subject(token)``: a bare capitalised word opening its sentence as the subject
        ("Summer is attention-seeking"), not a person word, title or heading word, adult or pet:
        a weaker reading the word-level rules may take for the child's name. Never "the child"
        by itself (on the people sets such words, not already children, are mostly things).
    ``People.name_tokens``: indices of every token of a person's or pet's name, and of ``others``
        (titles excluded), so redaction treats a doubtful name as a name.
    ``People.role_words``: ``(token index, "family" | "professional" | "institution")`` for the
        adults named by role ("Mum", "Nan", "the social worker").
    ``Person``: ``name`` ("Ivy", "Mrs Begum"), ``role``, ``tokens`` (token indices of every mention),
        ``spans`` ((start_char, end_char) of every mention), ``evidence`` (why: "age (6)",
        "title Mrs", "Mum's partner", "the family's dog", "named in the statement").

For the rewrite scaffold and redaction
    Placeholders: ``people(doc).child_name()`` gives the child to name in "[what does Noor see,
    hear or feel]"; it never returns an adult, a pet or a heading word, and returns
    "[child's name]" only when no child is named. Redaction: ``role_of(token)`` tells a child's
    name ("Child A/B") from an adult's ("Adult 1/2") or a pet's; ``Person.spans`` gives every
    mention to replace, and ``Person.name`` keeps a title with its surname ("Mrs Begum").
    Within the rules, ``sos_lint.checks.analysis.people(ctx)`` passes the configured names.

Modules
    This module finds the names and decides each one's role (``_Reader.read``); what it reads
    beside a name lives in ``roles`` (names, titles, roles and pets), ``ages``
    (ages and child cues), ``places`` (places, addresses and headings), ``things`` (languages,
    games, apps, shows, drinks and smokes), ``said``
    (what a sentence says of a name) and ``wordlists`` (word lists and token tests).

How a name is read
    A capitalised word is a name where the model says so, mid-sentence, or, at the start of a
    sentence, where the words around it say so: an age ("Ivy (6)", "Drew, who is 9", "aged 14",
    "baby Noor"), a possessive before a child's things ("Jade's nursery"), a title or family
    word before it ("Mrs Begum", "Grandad Ken"), or a person's verb after it ("Storm said…").
    Names that are also English words (Will, May, Ruby, River, Storm…) are read the same way:
    by context, never from a longer list of names: a modal with an age beside it ("Will (8)
    said…"), an age after "was" and a clause ("Hope was 13 when she…", "turned 15"), giving or
    showing a person something ("Marvel showed me a picture"), being at a named school ("Joy
    has not been at Hillside Juniors"), being shouted, sworn or thrown things at ("shouts at
    Haven"), or a name after a lower-case "about"/"for" in a sentence-case heading ("Worries
    about Marvel and Justice –"). A word before a body's initials is a place ("Kirklees MASH"). Months are dates after "in", "since" or a
    number. Heading and document words ("Referral:", "Child Protection Plan") are never people,
    nor plural days and months ("on Tuesdays and Thursdays") or days' short names ("on Tues").
    Children named in a group take the group's age or word ("Summer and Autumn, twins aged 12",
    "Willow and Rowan, both 8", "Summer and Frost, her two boys"); a child spoken of as "little",
    "wee" or "young" with no article is a child ("looks after her and little Wren", "Little Wren is
    scared…", not "the little Spar" or "Little Lever is where…"); whom something is given, read or
    played for is a person ("bought Holly and Kai new coats", "reads Summer and Rain a story").
    Things used are never people, whatever the tagger says (``things``): a language ("speaks
    Pashto"), what one has in a bottle or cup or for a meal ("Nova has Lucozade in her bottle"),
    the object of a verb of using that the parse made the next clause's subject ("Kai played
    Roblox and Jade watched"), the object of a verb of using a thing ("playing Call of Duty",
    "downloaded Wizz", "smokes Amber Leaf"; "watching Bluey" unless an adult watches over a
    child: "Nan watches Rocky"), an app one is on ("is on Yubo"), a brand after a preposition
    ("followed her to Aldi").

Who is the child
    Adults: a title, an adult family word or a job before or beside the name ("Mum's partner
    Dean", "Sam's stepdad, Darren"), an adult noun ("a man called Tyler"), an age of 18 or more,
    or a name doing harm to Mum or Dad when a child is named by other means; a name set beside a
    role by the parse ("Mum, Leanne, told…", "his youth worker, Tom Fairweather,"), or after a
    role and where it works ("Skye's key worker at Little Acorns, Faith,"), the owner of an
    adult's things ("Kelly's van", "Kerry's daughter"), someone "at the housing office", a name an
    agreement keeps from the home or the children ("Shane will not stay at the flat", "Dean is
    not to have contact with Ruby"), a cousin with nothing to say a child ("her cousin Nadia"),
    the friend a parent leaves a child with ("Mum leaves Sonny with her friend Tracey"), a name
    with a partner, an ex, a husband or wife or children of their own ("Nia told Women's Aid
    that her ex-partner…", "Leah and her three boys", "Chelsea has three children", "Sophie,
    mum to Tia,": ``said.own_partner_or_children``; never a boyfriend, a girlfriend or "her baby").
    What "she is" or "he is" says just after a name, with no one between, says who it is ("ring
    Joy back – she is the young carer", "he is only 9", "she is in Year 7"; "she is the
    neighbour", "he is 58"). The owner of a brother, sister, twin or cousin who is a child is a
    child ("Rain's cousins Maverick (15) and Duke (13)"); a cousin harmed by a child is a child
    ("Jasper (12) touched his cousin Faith"). A name spoken to before a clause in a sentence
    that speaks to "you" is the child ("Ember, when you feel…, you can…"); an auxiliary that
    opens a question is never a name ("Is Angel…?", "Can Will stay…?"). A town after an adult's
    name in a referral line is a place ("Ms Carys Bevan (31), Tredegar;"), and so is every word
    of a name through a saint's possessive that ends in a place word ("St Anne's Youth Club").
    A school word after a name shows a child only after a verb of bringing, taking or collecting
    ("picks River up from school", not "playing Fortnite on school nights").
    Pets: an animal word or breed beside the name ("Bruno, the family's dog", "Bella the cat",
    "Max the Jack Russell", "Tyson, Dad's XL Bully", "Rocky and Ray are Dad's dogs"); a list of
    names a plural animal word names, set beside it ("two XL bullies, Diesel and Brutus,") or
    opening a clause with no age, title or person-only verb in a sentence that speaks of the
    animals and names a child by age ("the cats' bedding, and Biscuit and Tango sleep on the
    landing"; ``roles.AnimalGroupReading``). A plural animal word or breed ("Rottweilers") is no name.
    A name the sentence gives only a past child's age ("when she was 15", "at 14") and then says
    something of now ("and she says…"), beside a child named by age, is a grown-up telling of
    their own childhood (``ages.PastChildhoodReading``); "she is now 15" is a child's age now.
    A brother or friend whom a relative clause makes an adult's role is that adult ("his brother
    Reuben, who has been his carer"). A name before the words that say what kind of place follows
    is a place ("at Beechcroft children's home", "from Ashcroft secure unit"). Never
    people: services a family speaks to ("told Childline") and festivals ("on New Year's Eve"),
    listed in rules/people.toml. Not people at all: places, clubs and brands by the words
    around them ("picked up from Brownies", "four cans of Stella", "Dr Patel at Alder Hey",
    "at Stockport Magistrates' Court", "St Thomas' Hospital",
    "attends Busy Bees", "met him on Roblox"), named storms and operations, headings before a
    colon or a dash, a modal asking a question ("Will you…?"), a verb written with a capital.
    Once a child is named by an age, a child's word or a child's things, a bare name that stands
    where a person stands and shows none of a child's signs is an adult ("Wayne threatened
    Lorraine; her son Kai, who is 11, called 999"; ``roles._adult_beside_named_children``): a
    child's signs are being listed with or joined to another name or "she"/"you", a child's
    school or things ("Ruby in Year 4", "her head of year"), a parent or carer of one's own, a
    brother, sister or friend read as a child, being cared for or played with, the name a child
    is given, and harm by Mum or Dad unless a child named beside it sees it. A name "from" a
    place or service in lower case is a worker there ("Bridget from the nursery saw…"), and one
    told or asked to leave the home is an adult ("Carl was asked to leave the flat").
    Every other named person is a child (in worry statements and goals families are named by
    role, children by name), but only on positive evidence. Once a child is named, another
    capitalised word is a child only with a sign that it is a person: a person's verb, being
    shouted at, cared for or harmed, a list of names, being named twice, or the model's tag or a
    given name where the word stands where a person stands (``_person_role``). With no child named
    on evidence, a word is the child only where a person stands: the subject or object of a verb,
    the owner of something, after "with", "to", "about", "on", "near"…, before a person's verb,
    spoken to, or "Aaliyah to…" in a plan; never in an address, after a title, as the thing given,
    or in a title ("Match of the Day"). Otherwise it is in ``others``.
    A name read one way anywhere in the text is read that way everywhere.
    Round 27: the one a goal wants to be able to say, sleep or feel something is the child, and
    two or more names wanting it are the adults ("Dean and Sorrel want Bear to be able to say…";
    ``grown``). Where the child is not born yet ("unborn", or a pregnancy whose mother is an
    adult by age or title) and no child is named on evidence, a bare name is an adult; such a
    child is named "Baby Wells" where the sentence says it is due or carried ("Baby Wells is due
    in May", "pregnant with Baby Wells"). A day's or season's word is a name after "about",
    "with"… with an age set off after it ("worried about Sunday, who is 6"), or in a list beside
    a given name set before a verb the parse left with no subject ("By January, Autumn and Blaze
    will…"); a word listed with a given name is not what is had for tea ("have Clover and Dylan
    for tea").
    Round 28: one who looks after, cares for, babysits or minds another named person, or has them
    for tea or overnight (also "when she is looking after Mason"), is the grown-up of the two, for
    every mention of the name; not one who looks after a brother, sister, cousin or friend
    (``roles._looks_after_another``). A name a goal speaks to whose "you" is joined to another's
    parent or to "your partner" ("Stacey, …, you and Jude's dad will…"), or whose "you" sits with
    or asks someone to look after a named child, is a parent, also where the parse hangs the name
    on the wrong verb. "Stacey is Jude's mum and Kyle is Jude's dad": the second "is" says Kyle's
    role. An adult's state or affairs (``said.adult_predicate``): asleep, slumped or passed out
    among drink or drugs; paying or signing for the rent, bills or tenancy; coming round or turning
    up in drink ("whenever Winston comes round after drinking"). A worker "from" a lower-case
    service also when told or rung ("tell Bev from early help", not "Jake from school") or one of
    a list of subjects. A baby's age in short units ("Major (18m)", "(9mths)") is months, and a
    month's name with ", aged …" after it is a child ("the arm of January, aged 10 weeks").
    Round 30 (``carers``): whom a child lives, stays, is placed or left with, or who fosters or
    looks after a child ("came to live with Tess and Alan", "were left overnight with Gail and
    Sandy", "is fostered by…"), is an adult at every mention, unless a kin word, an age or a
    child's sign says otherwise; an age said as a decade ("in their sixties", "Nessa (70s)") is an
    adult's; a case note's "Kids = Storm 6, Raven 4" gives children's ages ("Adults: …" adults').
    Driving, drinking pints or heavily, and living next door or upstairs are an adult's deeds
    (``said._grown_deed``); the name set beside a role word ("their mum Kirsty") is that person
    when reading whose friend follows ("her friend Leanne's flat"); "at" after a verb of going
    that has its own goal is where ("come to her parents' evening at Kingsmead").
    Round 31: a list of bare names that is the active subject acting on the children (a child
    named by age, "the children", "them" after children named by age; also through "take turns
    to …"), or agreeing a plan in a sentence naming a child by age, is the adults
    (``roles._acts_on_children``); a name set beside a nearer person word ("with a neighbour,
    Paige,") is that person; staying sober or a breathalyser is an adult's (``said._sobriety``); a
    baby in its cot or bouncer said as a sentence, and one called names, are persons; "Baby X" names
    an unborn child with "due" beside it or a birth to come ("will be born"); a kin word listed
    after a grown-up son under the same "her" is of a parent's generation; a grown-up son is no
    child whom others stay with; ", and" before a subject after a child who is not one joins
    clauses, not names.
    Round 32: a date or a body's initials is never whom "her" points back to, and a subject
    "she"/"he" between is the same person ("Keeley … has told me she is buying it with her partner
    Clay"; also what "she" has in her own clause after the name: "Tina rang on Friday: she has left
    her husband"); "she is 14 weeks pregnant" is no age; "he" after "their dad, Ruaridh," is Ruaridh
    ("his sister Morag" is of an adult's generation); a person noun no list knows owned by a family
    adult ("Mum's new fella Bill", not "Mum's lad" or "Dad's little princess") and the one a partner
    or in-law word names ("her fiancé Jordan", "her sister-in-law Adaeze") are adults; in a list of
    three or more names where two or more children have ages in brackets, a name with none is an
    adult (``roles._unaged_in_aged_list``); having children said by a verb joined to the subject's
    own ("met at college and had two boys") makes an adult; a past age then "she is now 22" gives
    the age now; a case note's "2 children present Max 6 and Honey 3" gives ages.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from .adult_signs import adult_said, arguing_pair, carries_the_baby, intoxicated_in_charge
from .ages import AgeReading, PastChildhoodReading
from .carers import CarerReading
from .grown import GrownReading
from .kin import KinReading
from .modal_names import meets_the_goals_child, meets_the_one_spoken_to, modal_name_adult, spoken_to_beside_the_goals_child
from .opening_subject_child import EVIDENCE as OPENING_EVIDENCE, said_as_a_person
from .places import PlaceReading
from .roles import _ADULT_DEEDS, MILITARY_RANKS, AnimalGroupReading, RoleReading
from .cared_openers import cared_for_at_opening, seen_as_a_person_at_opening
from .said import ABSTRACT_ENDINGS, _travelled_from, adult_predicate, gone_back_to, named_by_tagger, opens_sentence_as_child, points_back_to, own_partner_or_children
from .things import ThingReading
from .wordlists import (  # CHILD, ADULT, PET, OTHER, words and first_names: public here as before
    ADULT, CHILD, OTHER, PET, _CARE_VERBS, _HARM_VERBS, _NOT_NAMES, _PRONOUNS, _Tokens, _cased, _per_token,
    first_names, line_start, words,
)


@dataclass(frozen=True)
class Person:
    name: str
    role: str
    tokens: tuple[int, ...]
    spans: tuple[tuple[int, int], ...]
    evidence: str = ""


@dataclass(frozen=True)
class People:
    children: tuple[Person, ...] = ()
    adults: tuple[Person, ...] = ()
    pets: tuple[Person, ...] = ()
    role_words: tuple[tuple[int, str], ...] = ()
    _roles: dict = field(default_factory=dict, compare=False, repr=False)
    others: tuple[Person, ...] = ()
    # Round 34 (review34d D#10): the children the statement's heading names ("Safety goal 1 -
    # Kayden"), whether or not the statement below names them again.
    given: tuple[str, ...] = ()

    @cached_property
    def name_tokens(self) -> frozenset[int]:
        return frozenset(self._roles)  # made once: is_name asks for it for every token

    def role_of(self, token) -> str | None:
        role = self._roles.get(token.i if hasattr(token, "i") else token)
        return None if role == OTHER else role

    def child_name(self, default: str = "[child's name]") -> str:
        if not self.children:
            # Round 34: a child named only in the heading ("Safety goal 1 - Kayden") is still named
            return self.given[0] if len(self.given) == 1 else " and ".join(self.given) if self.given else default
        # Round 37 (r37d): a child the practitioner named (the settings' [names], `check --child-name`,
        # the page's box) is the one to name before any child read from the text alone.
        told = [p for p in self.children if p.evidence == CONFIGURED_CHILD]
        return max(told or self.children, key=lambda p: (len(p.tokens), -p.tokens[0])).name

    def opening_subject(self, token) -> bool:
        """A bare capitalised word opening its sentence as the subject ("Summer is
        attention-seeking", "Holly will…"), not a person word, a plural or a word with a
        determiner, owner or modifier, and not read as an adult or a pet: a word the word-level
        rules may take for the child's name. A weaker reading than ``children``: it never makes
        "the child" on its own (measured on the people sets, such words are as often things:
        "Attendance is…", "Cannabis was found…")."""
        if token is None or self.role_of(token) in (ADULT, PET):
            return False
        w = words()
        if token.lower_.rstrip(".") in w["titles"] or token.lower_ in w["headings"]:
            return False  # "Mr and Mrs Taylor…", "Referral received from…", "Section 47:": never the child
        return opens_as_bare_subject(token)

    @property
    def everyone(self) -> tuple[Person, ...]:
        return self.children + self.adults + self.pets


def written_as_baby(text: str, person: Person) -> str:
    """Round 41 (r41d, review41m M#5): "Baby Ahmed" where the draft writes the child so at every
    mention ("Baby Ahmed born at 36 weeks … Baby Ahmed's cot"): a newborn or unborn baby is called by
    the family name after "Baby" until the family gives a name, so a suggestion says "Baby Ahmed", not
    "Ahmed". Otherwise the person's name as it stands."""
    if not person.spans or person.name.startswith("Baby "):
        return person.name
    if all(text[max(0, start - 5):start] == "Baby " for start, _ in person.spans):
        return "Baby " + person.name
    return person.name


def opens_as_bare_subject(token) -> bool:
    """A capitalised word opening its sentence as the subject of its verb, a singular noun or
    proper noun with no determiner, owner, compound or modifier, and no word for a person or a
    pronoun ("Summer is…", "Holly will…"; not "Mum is…", "The school…", "Parents are…")."""
    if not (token.is_title and token.i == token.sent.start and token.dep_ in ("nsubj", "nsubjpass")
            and token.pos_ in ("PROPN", "NOUN") and token.tag_ not in ("NNS", "NNPS")):
        return False
    person_words = _person_words()
    return token.lower_ not in person_words and token.lemma_.lower() not in person_words \
        and not any(c.dep_ in ("det", "poss", "compound", "amod") for c in token.children)


@lru_cache(maxsize=1)
def _person_words() -> frozenset:
    """Pronouns and the words for family, professionals and children (rules/people.toml)."""
    from ..data import load_toml

    table = load_toml("people.toml")
    return frozenset(_PRONOUNS).union(table["family"], table["professionals"], table["children"])


_NO_NAMES_KEY = ("sos_lint.people", (), ())
CONFIGURED_CHILD = "named as the child in the settings"  # a Person's evidence


def _with_heading(doc, child_names) -> tuple:
    """Round 34 (review34d D#10): the configured child names with those the statement's heading
    gives ("Safety goal 1 - Kayden", kept on the Doc by ``headings.mark``)."""
    given = doc.user_data.get(_HEADING_KEY)
    if not given:
        return child_names
    return tuple(child_names) + tuple(n for n in given if n.lower() not in {str(c).lower() for c in child_names})


_HEADING_KEY = "sos_lint.heading_children"  # headings.KEY (not imported here: headings imports this module)


def _whole_names(doc, names) -> list:
    """The token ranges of each configured name of two or more words, where all its words stand
    in order ("Child A", "Nana Joy")."""
    found = []
    for name in names:
        words_ = [w.lower() for w in str(name).split()]
        if len(words_) < 2:
            continue
        for i in range(len(doc) - len(words_) + 1):
            if all(doc[i + k].lower_ == w for k, w in enumerate(words_)):
                found.append(range(i, i + len(words_)))
    return found


def people(doc, child_names=(), adult_names=()) -> People:
    """The people in a parsed statement (memoised on the Doc for these configured names)."""
    child_names = _with_heading(doc, child_names)
    if child_names or adult_names:
        key = ("sos_lint.people", tuple(sorted(n.lower() for n in child_names)),
               tuple(sorted(n.lower() for n in adult_names)))
    else:
        key = _NO_NAMES_KEY  # the rules' usual call, many times per statement: no key to build
    found = doc.user_data.get(key)
    if found is None:
        found = _Reader(doc, child_names, adult_names).read()
        if doc.user_data.get(_HEADING_KEY):
            found = replace(found, given=tuple(doc.user_data[_HEADING_KEY]))
        doc.user_data[key] = found
    return found


# Prepositions whose object may be a person ("with Ash", "in front of Blessing", "for Joy").
_PERSON_PREPOSITIONS = ("with", "after", "for", "to", "by", "about", "without", "beside", "from", "of", "at", "on",
                        "near", "around", "against", "towards", "like", "than", "between", "upon", "onto")
# A child's word with a capital before a capitalised plural names a group, never a child ("stopped
# going to Girl Guides", "Boy Scouts", "Young Carers"): not "Baby", which leads a baby's name.
# Round 35: seasons are written in lower case; capitalised inside a sentence, before a word that is no
# season's thing ("Summer term", "Winter holidays"), the word is someone's name.
_SEASONS = frozenset(("spring", "summer", "autumn", "winter"))
_CLAUSE_OPENERS = frozenset(("as", "because", "when", "whenever", "while", "whilst", "since", "that", "if", "until"))
_SEASON_BEFORE = frozenset(("on", "since", "by", "until", "till", "from", "every", "each", "this", "next", "last",
                            "in", "the", "during", "over", "of", "a", "that", "before", "after", "through", "early",
                            "late", "mid", "all", "whole", "following", "previous", "coming", "spring", "summer",
                            "autumn", "winter", "to", "and", "or", "throughout"))
_SEASON_THINGS = frozenset(("term", "terms", "holiday", "holidays", "half", "break", "camp", "school", "fair", "time",
                            "fete", "festival", "season", "months", "clothes", "uniform", "club", "scheme", "programme"))
_GROUP_KIND_WORDS = frozenset(("girl", "girls", "boy", "boys", "young", "kids", "children", "junior", "juniors"))
# Words of going about a place ("driving round Nuneaton"), and the verbs of motion they follow.
_ROUND_WORDS = frozenset(("round", "around", "through", "across", "along", "past", "about"))
_MOTION_VERBS = frozenset(("drive", "walk", "wander", "go", "ride", "cycle", "roam", "travel", "move", "drift",
                           "stroll", "speed"))
# Where a child comes among the children ("the youngest of three", "the middle one").
_SIBLING_PLACES = {"youngest", "eldest", "oldest", "middle", "second", "third"}
# Days' short names ("on Tues and Thurs"): when, beside "on" or another day.
_DAY_ABBREVIATIONS = {"mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun"}
# Round 29: months' short names, a date beside a number ("before 1 Oct", "Sept 2024"); "Jan" or
# "May" alone may be a name.
_MONTH_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
# Round 36: words before a month's short name that take a time and hardly ever a person ("since Jan",
# "until Sept", "mid-Oct"); not "in" ("confided in Jan"), "with", "from", "by", "to" or "after", which take either.
_ONLY_TIME_BEFORE = frozenset(("since", "until", "till", "til", "during", "mid", "early", "late", "last", "next",
                               "throughout"))
# The last word of a body's name ("Faith Academy Trust", "Hope Valley Surgery").
_BODY_ENDINGS = {"trust", "academy", "surgery", "partnership", "service", "services", "team", "teams"}
# What comes from a body or a programme ("apologies from Flying Start", "a referral from…").
_SENT_FROM = {"apology", "apologies", "referral", "letter", "report", "email", "update", "feedback", "contribution"}
# Verb forms the tagger often reads as nouns before a name ("the dog bit Storm").
# What a sentence may open after ("Concerns: Ivy…", "(Ivy…", "“Ivy…").
_OPENING_MARKS = frozenset((":", "(", "[", "-", "–", "\"", "“", "‘", "'"))
# Auxiliaries that open a question ("Is Holly…?", "Can May…?", "Does Ruby…?").
_QUESTION_AUXILIARIES = frozenset(("is", "are", "was", "were", "am", "do", "does", "did", "has", "have", "had", "can",
                                   "could", "will", "would", "shall", "should", "may", "might", "must"))
_VERB_FORMS_READ_AS_NOUNS = ("bit", "bitten", "hit", "smacked", "slapped", "kicked", "punched", "pushed")


# Harm done only to a person ("Miracle was abused", "Liberty was slapped"): said of a word opening
# a sentence, it is a name, not a thing (not "hit" or "pushed": "Attendance was hit by…").
_DONE_TO_A_BODY = frozenset(("slap", "punch", "choke", "strangle", "assault", "abuse", "bully", "rape", "groom",
                             "molest", "smack"))


# Words before a day's name that take a person as well as a time ("worried about Sunday, who is
# 6", "stays with Sunday (4)"), not "on", "since" or "every".
_PERSON_OR_TIME = frozenset(("about", "with", "to", "for", "after", "before", "by", "between", "of", "around"))


# Round 41 (r41d): words before a capitalised season that take a person and hardly ever a time ("with
# Summer.", "worried about Autumn.").
_PERSON_ONLY_BEFORE = frozenset(("with", "about", "around", "towards", "beside", "near", "alongside"))


_WHEN_DUE = frozenset(("in", "on", "at", "around", "next", "this", "any", "within", "by", "early", "late",
                       "mid", ",", ".", ";", "–", "-"))


def _said_unborn(token) -> bool:
    """Round 27: the sentence says the named child is not born yet: the subject of "is due"
    ("Baby Kowalczyk is due in April") or whom a mother is pregnant with ("34 weeks pregnant with
    Baby Okoro")."""
    due = next((c for c in token.head.children if c.dep_ == "acomp" and c.lower_ == "due"), None) \
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_ == "be" else None
    if due is None:  # Round 31: "Baby Kowalczyk, due in March, will be born…": "due" set beside the name
        due = next((c for c in token.children if c.dep_ in ("amod", "appos") and c.lower_ == "due"), None)
    if due is not None and due.i + 1 < len(token.doc):
        # "is due in April", "is due next month" (not "is due her jabs", "is due to start nursery")
        return token.doc[due.i + 1].lower_ in _WHEN_DUE
    if token.dep_ == "nsubjpass" and token.head.lower_ == "born":
        # Round 31: "Baby Doyle will be born with…", "before Baby Marsh is born": a birth to come
        # (not "was born", "since Baby Storm was born")
        verb = token.head
        aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        mark = {c.lower_ for c in verb.children if c.dep_ == "mark"}
        return bool(aux & {"will", "'ll", "shall", "would"}) or bool(mark & _BEFORE_BIRTH) and bool(aux & {"is", "'s"})
    return token.dep_ == "pobj" and token.head.lower_ == "with" and token.head.head.lower_ == "pregnant"


# Round 35: quotes around a nickname ("Marcus 'Tank' Hale").
_QUOTES = frozenset(("'", "‘", "’", '"', "“", "”"))
# Round 35: verbs of going to a club or a group ("going to Guides", "takes her to Brownies").
_GOING_TO_A_CLUB = frozenset(("go", "come", "get", "take", "walk", "drive", "bring", "return", "stop", "start", "attend"))
# Round 35: verbs of moving to or staying at someone's home ("moving to Pat and Errol's home").
_STAYING = frozenset(("move", "go", "stay", "live", "sleep", "send", "take", "come", "visit", "run", "place", "return",
                      "spend", "drop", "leave"))
# Round 35: a home a child goes to, stays at or moves to ("at Dean's flat", "to Pat and Errol's home").
_HOMES = frozenset(("home", "house", "flat", "bungalow", "caravan", "maisonette", "place"))


# Round 31: words before a birth still to come ("before Baby Marsh is born", "once she is born").
_BEFORE_BIRTH = frozenset(("before", "until", "till", "once", "when", "after"))


def _initials(token) -> bool:
    """A body's initials: three to six capital letters ("MASH", "CAMHS", "MARAC", "CSC")."""
    text = token.text
    return 3 <= len(text) <= 6 and text.isalpha() and text.isupper()


class _Reader(RoleReading, AnimalGroupReading, AgeReading, PastChildhoodReading, PlaceReading, ThingReading,
              GrownReading, KinReading, CarerReading):
    def __init__(self, doc, child_names, adult_names):
        self.doc = _Tokens(doc)
        self.w = words()
        self.child_names = {n.lower() for name in child_names for n in str(name).split()}
        self.adult_names = {n.lower() for name in adult_names for n in str(name).split()} - self.child_names
        # Round 36: every word of a configured name of two or more words, where the whole name
        # stands ("Child A", the redactor's placeholder, whose "A" is otherwise an article).
        self.configured_spans = _whole_names(doc, [*child_names, *adult_names])
        self._place_memo: dict[int, bool] = {}
        self._said_of_child: set[int] = set()  # sentence openers read as names only by what is said of them
        self._opening_persons: set[int] = set()  # Round 37 (r37i): opening subjects said of as persons
        self.heading_tokens = self._headings()
        # Festivals, services and breeds named in capitals: when, to whom one speaks, what kind
        # of animal; never a person ("on Boxing Day", "told Childline", "Max the Jack Russell").
        self.thing_tokens = self._phrase_tokens(("holidays", "services", "breeds"))

    def _said_to_be_a_child(self, token) -> bool:
        """"June is the youngest of three", "May is a quiet girl": a month is never the youngest
        or a girl, so the word is a name."""
        verb = token.head
        return token.dep_ == "nsubj" and verb.lemma_ == "be" and any(
            c.dep_ == "attr" and (c.lower_ in _SIBLING_PLACES or c.lemma_.lower() in self.w["children"])
            for c in verb.children)

    def _parents_shorthand(self, token) -> bool:
        """Round 29: "between M and F", "M & F", "F and M": a case note's letters for mother and
        father, set together, with no age ("M (6) and F (4)" are children). A single letter alone
        may be a child's initial ("K has not been registered with a dentist")."""
        doc = self.doc
        other = {"M": "F", "F": "M"}[token.text]
        for k in (token.i - 2, token.i + 2):
            if 0 <= k < len(doc) and doc[k].text == other and doc[(token.i + k) // 2].lower_ in ("and", "&", "/", ",") \
                    and self._age_of(token) is None and self._age_of(doc[k]) is None:
                return True
        return False

    def _day_abbreviation(self, token) -> bool:
        """"on Tues and Thurs", "Mon-Fri": a day's short name beside "on", "every" or another day."""
        if token.lower_.rstrip(".") not in _DAY_ABBREVIATIONS:
            return False
        doc = self.doc
        before = doc[token.i - 1].lower_ if token.i else ""
        after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        def day(k):
            return 0 <= k < len(doc) and doc[k].lower_.rstrip(".") in _DAY_ABBREVIATIONS

        return before in ("on", "every", "each", "till", "until", "from", "to", "-", "/") \
            or before in ("and", "or", ",", "&") and day(token.i - 2) \
            or after in ("and", "or", ",", "&", "-", "/") and day(token.i + 2)

    def _listed_with_a_given_name(self, token) -> bool:
        """"looks after Junior and Ava", "Ava, Junior and Kai": a word that also heads documents,
        one of a list of given names mid-sentence, is a name too (not "Junior School", nor
        "the Family Court and Ava's school", a run of capitals)."""
        doc = self.doc
        if self._sentence_start(token) or token.i + 1 < len(doc) and _cased(doc[token.i + 1]) \
                or token.i and _cased(doc[token.i - 1]):
            return False
        def given(k):
            return 0 <= k < len(doc) and _cased(doc[k]) and doc[k].lower_ in first_names() \
                and doc[k].lower_ not in self.w["headings"] and not (k + 1 < len(doc) and _cased(doc[k + 1]))
        before = doc[token.i - 1].lower_ if token.i else ""
        after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        return before in ("and", ",", "&") and given(token.i - 2) or after in ("and", ",", "&") and given(token.i + 2)

    def _list_before_subjectless_verb(self, token) -> bool:
        """Round 27: "By the review in January, Autumn and Blaze will have been to school…": the
        parse may hang a list of names on the date before it. A list of capitalised words joined
        by "and", "&" or commas that ends straight before a finite verb or a modal whose clause has
        no subject of its own stands where the subject stands, when the word next to it in the
        list is a given name or one the model tags as a person."""
        doc = self.doc
        def person(k):
            return 0 <= k < len(doc) and _cased(doc[k]) and not (k + 1 < len(doc) and _cased(doc[k + 1])) \
                and (doc[k].lower_ in first_names() or doc[k].ent_type_ == "PERSON") and doc[k].lower_ not in self.w["headings"]
        if self._sentence_start(token) or _cased(doc[token.i + 1] if token.i + 1 < len(doc) else token) \
                or token.i and _cased(doc[token.i - 1]):
            return False
        if not (token.i and doc[token.i - 1].lower_ in ("and", ",", "&") and person(token.i - 2)
                or token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("and", ",", "&") and person(token.i + 2)):
            return False
        k = token.i
        while k + 2 < len(doc) and doc[k + 1].lower_ in ("and", "&", ",") and _cased(doc[k + 2]):
            k += 2
        verb = doc[k + 1] if k + 1 < len(doc) else None
        if verb is None or verb.tag_ not in ("MD", "VBZ", "VBP", "VBD"):
            return False
        clause = verb if verb.dep_ in ("ROOT", "conj", "ccomp", "advcl") else verb.head
        return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)

    @_per_token
    def _body_or_titled_role(self, token) -> bool:
        """Never a person's name: a capitalised run that ends in a word for a kind of body
        ("Faith Academy Trust", "Hope Valley Surgery", "Harbour Young People's Service"); a
        title-cased role after "the" ("the Children's Reporter", "the Named Person"); a body
        or programme that apologies, a referral or a letter come from ("apologies from Flying
        Start"), unless an age says it is a child."""
        doc = self.doc
        start = end = token.i
        def joined(k):  # a capitalised word, or "'s" between two
            return 0 <= k < len(doc) and (_cased(doc[k]) or doc[k].lower_ in ("'s", "’s") and 0 < k < len(doc) - 1
                                          and _cased(doc[k - 1]) and _cased(doc[k + 1]))
        while joined(start - 1) and not self._sentence_start(doc[start]):
            start -= 1
        while joined(end + 1):
            end += 1
        if doc[end].lower_ in ("'s", "’s"):
            end -= 1
        if self._age_of(doc[end]) is not None:
            return False
        if end > start and doc[end].lower_ in _BODY_ENDINGS:
            return True
        before = doc[start - 1] if start else None
        if before is not None and before.text == "the" and end > start:
            return True  # "the Children's Reporter", "the Named Person"
        k = start - 1
        while k >= 0 and (doc[k].text in (",", "and", "&") or _cased(doc[k])):
            k -= 1
        if k >= 1 and doc[k].lower_ == "from" and doc[k - 1].lemma_.lower() in _SENT_FROM:
            return True
        return False

    def _mid_sentence_count(self, text: str) -> int:
        """How many tokens with this text stand mid-sentence (counted once per Doc: linear)."""
        if not hasattr(self, "_mid_texts"):
            from collections import Counter

            starts = self._sentence_starts()
            self._mid_texts = Counter(t.text for t, start in zip(self.doc.tokens, starts) if not start)
        return self._mid_texts.get(text, 0)

    def _sentence_start(self, token) -> bool:
        starts = self.__dict__.get("_starts")
        if starts is None:
            starts = self._sentence_starts()
        return starts[token.i]

    def _sentence_starts(self) -> tuple:
        """For each token: does it open a sentence, or stand after an opening mark or a line
        break? Read for every token at once (the reader asks of most capitalised words)."""
        starts = self.__dict__.get("_starts")
        if starts is None:
            tokens = self.doc.tokens
            starts = tuple([True] * min(1, len(tokens)) + [
                bool(token.is_sent_start) or before.text in _OPENING_MARKS or "\n" in before.whitespace_
                for before, token in zip(tokens, tokens[1:])])
            self._starts = starts
        return starts

    def _season_named(self, token) -> bool:
        """Round 35 (review35w W#5: "School have concerns … as Summer presents as unkempt and hungry"
        told "No child is mentioned"): a season is written in lower case, so a capitalised one inside a
        sentence, not after a word of time ("in", "since", "the") nor before a season's thing ("Summer
        term", "Winter holidays") or another capitalised word, is someone's name."""
        if token.lower_ not in _SEASONS or self._sentence_start(token) or not token.i:
            return False
        before = self.doc[token.i - 1].lower_
        nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if (before in self.w["date_words"] or before in _SEASON_BEFORE) and not (
                # Round 40 (r40d): listed with a given name after a word that takes a person as well
                # as a time ("not drink around Autumn and Bodhi"; not "in Summer and Autumn")
                before in _PERSON_OR_TIME and before not in ("before", "after", "by", "of")
                and self._listed_with_a_given_name(token)) \
                or nxt is None or _cased(nxt) \
                or nxt.lower_ in _SEASON_THINGS or not (nxt.is_alpha or nxt.text in ("'s", "’s", ",", "(")
                                                        # Round 41 (r41d, review41a P#11): "maintain
                                                        # boundaries with Summer.": the sentence's end
                                                        # after a word that takes a person, not a time
                                                        or nxt.text in (".", "!", "?", ";") and before in _PERSON_ONLY_BEFORE):
            return False
        return True

    @_per_token
    def _candidate(self, token) -> bool:
        lower = token.lower_
        if not _cased(token) or token.i in self.heading_tokens or lower in _NOT_NAMES or lower in _PRONOUNS:
            return False
        if lower in self.child_names or lower in self.adult_names:
            return True
        if lower.rstrip(".") in _MONTH_ABBREVIATIONS and (
                token.i and self.doc[token.i - 1].like_num or token.i + 1 < len(self.doc) and self.doc[token.i + 1].like_num):
            return False  # Round 29: "before 1 Oct", "Sept 2024": a date
        if lower.rstrip(".") in _MONTH_ABBREVIATIONS and token.i and self.doc[token.i - 1].lower_ in _ONLY_TIME_BEFORE:
            return False  # Round 36 (r36d): "police called x3 since Jan", "until Sept": a date, not "Jan (6)"
        if self._cared_for_opener(token):
            self._said_of_child.add(token.i)
            return True  # Round 34 (review34q Q#1): "Grace to have a clean, warm bed…", "Precious will have breakfast…"
        if token.text in ("M", "F") and self._parents_shorthand(token):
            return False  # Round 29: "DV between M and F": a record's shorthand for the parents (not "K needs…")
        if self._sentence_start(token) and self._surname_with_age_after(token):
            return True  # "Re: Meadow Kelly (9)", "Ruby Lane (6) told…": a given name, then a surname and an age
        if self._body_or_titled_role(token):
            return False  # "Faith Academy Trust", "the Children's Reporter", "apologies from Flying Start"
        if lower in ("little", "young", "wee") and self._sentence_start(token) and self._little_opens(token):
            return False  # "Little Wren is scared…": how the child is spoken of, not a name
        nxt2 = self.doc[token.i + 2] if token.i + 2 < len(self.doc) else None
        if nxt2 is not None and self.doc[token.i + 1].text == "-" and not token.whitespace_ \
                and (lower + nxt2.lower_) in self.w["adult_family"]:
            return False  # "Great-Grandad Stan", "Step-Nan Pat": one word for an older relative
        beside = self._word_set_beside(token)
        if beside is not None and (beside.lemma_.lower() in self.w["place_nouns"] or beside.lower_ in self.w["place_nouns"]
                                   or beside.lemma_.lower() in self.w["workplaces"]) and self._age_of(token) is None:
            return False  # "Tesco and Aldi, the shops near the flat,", "Phoenix, the youth club": a place
        if self._group_name(token):
            return False  # "Little Acorns said…", "Busy Bees told us…": a nursery's or a club's name
        if token.i in self.thing_tokens or self._in_address(token):
            return False  # "27 Sorrel Grove and Nova (5)": an address, whatever is beside it
        if self._verb_not_name(token) or self._opens_question(token) or self._town_after_adult(token):
            return False
        w = self.w
        if lower.endswith("s") and lower[:-1] in w["calendar"] and lower[:-1] not in ("christma", "eas") \
                or lower.endswith("ses") and lower[:-2] in w["calendar"] or self._day_abbreviation(token):
            return False  # "on Tuesdays and Thursdays", "most Fridays", "Christmases", "on Tues and Thurs": when, never who
        if lower in w["brands"] and (token.dep_ in ("pobj", "compound") or token.i and self.doc[token.i - 1].lower_ in (
                "on", "via", "through")) and len(lower) > 1 \
                and lower not in first_names() and not self._evidence(token) and self._title_before(token) is None:
            return False  # "followed her to Aldi", "a Tesco bag", "on Omegle": a shop, a brand or an app where it stands
        if self._used_thing(token):
            return False  # "speaks Pashto", "playing Call of Duty", "watching Bluey", "is on Yubo"
        if self._club_gone_to(token) or self._after_a_brand(token):
            return False  # Round 35: "stopped going to Guides", "attends Cadets", "through Xbox Live"
        if (lower in w["adult_jobs"] or lower in MILITARY_RANKS) and nxt2 is not None and _cased(self.doc[token.i + 1]) \
                and self.doc[token.i + 1].lower_ not in w["roles"]:
            return False  # "Coach Stone", "Nurse Bright", "Corporal Jack Brennan": a job or rank used as a title
        if token.tag_ in ("NNS", "NNPS") and lower not in first_names() and self._animal_plural(token.i) \
                and self._age_of(token) is None:
            return False  # "Dad's two Rottweilers, Tyson and Rambo,", "Nan's Staffies": a kind of animal
        if lower in w["titles"] and lower not in w["roles"] and token.i and not _cased(self.doc[token.i - 1]) \
                and self.doc[token.i - 1].lower_ in w["same_generation"] and (
                    token.i + 1 >= len(self.doc) or not _cased(self.doc[token.i + 1])):
            return True  # "their friend Deacon were caught…": a title word with no name after it, named as kin or a friend
        if lower in w["roles"] or token.lemma_.lower() in w["roles"] or lower in w["titles"] \
                or lower in w["pets"] or lower in w["adult_nouns"] or lower in w["adult_family"] \
                or lower in w["record_persons"]:
            return False  # (and "Victim was assaulted…", "Suspect arrested": a record's word for a person)
        if (lower in w["headings"] or lower.endswith("s") and lower[:-1] in w["headings"]) and not self._evidence(token) \
                and not self._listed_with_a_given_name(token):
            return False
        if lower in w["calendar"] and lower not in w["months"]:
            # "Dad smacked Sunday, now 5,": a day's name with an age beside it, not after "on".
            before = self.doc[token.i - 1].lower_ if token.i else ""
            if before in w["date_words"] or before in ("on", "since", "by", "until", "till", "from", "every", "each",
                                                         "this", "next", "last", "in", "the", "during", "over"):
                # Round 27: "worried about Sunday, who is 6": after a word that takes a person as
                # well as a time, an age set off after the name by a comma or a bracket says who.
                after = self.doc[token.i + 1].text if token.i + 1 < len(self.doc) else ""
                return before in _PERSON_OR_TIME and after in (",", "(") and self._age_of(token) is not None
            # "Summer and Frost, her two boys,": a season's name set beside a child's word;
            # "reads Summer and Rain a story": whom something is given or read
            given_to = token.dep_ == "dative" or token.dep_ == "nmod" and token.head.dep_ == "dobj" \
                and token.head.i > token.i and token.head.head.pos_ == "VERB"
            # "Olive and Summer often go to school": one of a list of given names that is a subject;
            # "the Staffie bit Summer on the cheek": the one harmed (a season is never bitten or hit).
            listed_subject = self._listed_with_a_given_name(token) and (token.dep_ == "nsubj" or token.dep_ == "conj"
                                                                        and token.head.dep_ == "nsubj")
            harmed = token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in _HARM_VERBS | {"bite"}
            return self._age_of(token) is not None or given_to or self._child_near(token) or listed_subject or harmed \
                or self._list_before_subjectless_verb(token) \
                or self._sentence_start(token) and self._adult_said_at_opening(token)  # "Sunday has been presenting as intoxicated"
        if lower in w["calendar"]:
            return not self._month_is_date(token) and bool(
                self._evidence(token) or self._title_or_role_before(token) or not self._sentence_start(token)
                or self._human_predicate(token) or self._said_to_be_a_child(token) or self._month_acts(token)
                or self._adult_said_at_opening(token))
        if self._season_named(token):
            return True  # Round 35 (review35w W#5): "… as Summer presents as unkempt and hungry"
        if self._place(token) and not self._evidence(token) and not self._role_word_before(token) \
                and not self._worker_at_place(token, token) and not (
                    (token.i + 2 < len(self.doc) and self.doc.tokens[token.i + 1].text in ("and", ",", "&")
                     or token.i > 1 and self.doc.tokens[token.i - 1].text in ("and", ",", "&"))
                    and self._child_near(token)) \
                and not self._list_before_subjectless_verb(token):
            return False  # (not "screaming at Summer and Frost, her two boys,": children, by the words set beside them)
        if token.dep_ == "dobj" and any(c.dep_ == "dative" and c.i < token.i for c in token.head.children) \
                and lower not in first_names() and not self._title_or_role_before(token) \
                and self._age_of(token) is None or self._thing_given(token):
            return False  # "Gran gives him Calpol": the thing given, not a person (not "brought her sister Sunny to…",
            # nor "told me Ruby (8) overheard": a name with an age is never the thing given)
        if self._titled_thing(token):
            return False  # "Match of the Day", "Bank of England": the title of a programme or a body
        if self._after_family_possessive(token) or self._modifies_thing_word(token):
            return False  # "the family's Jack Russell", "a Staffordshire bull terrier": a breed
        # "Families for All Hub", "Early Help Practitioner": a word in a team's or document's name.
        nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if nxt is not None and _cased(nxt) and (nxt.lower_ in w["headings"] or nxt.lower_ in w["institutions"]):
            return False
        if nxt is not None and _initials(nxt) and token.whitespace_ and lower not in first_names() \
                and nxt.lower_.rstrip(".") not in w["titles"] and self._age_of(token) is None:
            return False  # "Kirklees MASH", "Leeds CAMHS", "Bolton MARAC": a place in a body's name
        if self._in_thing_title(token):
            return False  # "Moss Side Children's Centre", "the Jack Russell": a place or a breed
        if not self._sentence_start(token):
            return True
        # A capitalised first word: a name only where something says so.
        if self._abstract_noun(token):
            # "Attendance is a concern": a thing, whatever the tagger says, unless it speaks or
            # feels ("Patience said…") or has an age.
            return bool(self._evidence(token) or self._title_or_role_before(token) or any(
                t.lower_ in self.w["person_only_predicates"] for t in self.doc.window(token.i + 1, token.i + 4))
                or self._child_context(token)  # "Unity and her little brother Knight, who is 4,": a child's things or kin
                or self._adult_said_at_opening(token))  # "Patience did not take her son Kai…"
        if token.ent_type_ == "PERSON" or lower in first_names() or self._evidence(token) \
                or self._title_or_role_before(token) or self._role_near(token)[0] == PET \
                or self._surname_with_age_after(token):
            return True
        if self._said_to_be_a_child(token) or self._age_as_predicate(token) is not None \
                or self._listed_age(token) is not None:  # (Round 40: "Kids (Storm 5, Tiger-Lily 3)")
            return True  # Round 26: "Ruby is the youngest at 4", "Jade is a 14-year-old who…": said of a person
        if token.tag_ == "NNP" and nxt is not None and nxt.text in (",", "(") and self._role_near(token)[0] in (ADULT, CHILD):
            # "Roxy, a neighbour, heard…", "Gina (former foster carer) has…", "Major, a Year 9 boy
            # at Cardinal Newman, was…": a name set beside a person's role
            return True
        if self._mid_sentence_count(token.text) > 0:  # the same word elsewhere, capitalised mid-sentence
            return True
        if nxt is not None and nxt.lower_ in ("'s", "’s") and not token.is_stop:
            return True  # "Holly's cat": someone's, not something's
        if nxt is not None and nxt.text == "," and token.i + 2 < len(self.doc) \
                and self.doc[token.i + 2].lower_ in ("you", "your") and token.pos_ in ("PROPN", "NOUN") \
                and not token.is_stop or self._spoken_to(token):
            return True  # "Ruby, you will tell Miss Khan…", "Blaze, if you feel scared, you…": a name spoken to
        if self._human_predicate(token) or self._shows_a_person(token) or self._adult_said_at_opening(token):
            return True
        if token.dep_ == "nsubjpass" and token.head.lemma_.lower() in self.w["giving_verbs"] \
                and any(c.dep_ == "dobj" for c in token.head.children):
            return True  # "Bo was given Calpol by Nan": whom something is given to (not "Money was given to…")
        if self._in_baby_gear(token):
            return True  # "HV visit. Destiny asleep in car seat…": a baby in a visit note
        if token.dep_ == "nsubjpass" and token.head.lemma_.lower() in _DONE_TO_A_BODY:
            return True  # "Miracle was first sexually abused by her uncle": done only to a person
        if opens_sentence_as_child(token):  # "Willow was found wandering …": only what is said of it
            self._said_of_child.add(token.i)
            return True
        if said_as_a_person(token):  # Round 37 (r37i): "Will is at risk…", "Precious will stop putting herself…"
            self._opening_persons.add(token.i)
            return True
        return False

    def _leaves_others_with(self, mention) -> str:
        """Round 39 (r39d): the one who leaves named people or children in someone's care ("his sister
        Joy has twice left Maisie and Clover with him", "his brother Dan leaves the kids with
        Nan") is a grown-up: the subject of "leave" with an object and "with" someone. Asked only of
        a name a kin word reads as a child (a sister or brother may be of an adult's generation)."""
        last = mention[-1]
        anchor = last
        while anchor.dep_ == "conj" and anchor.head.i != anchor.i and anchor.head.i < anchor.i:
            anchor = anchor.head
        if anchor.dep_ == "appos" and anchor.head.i < anchor.i and not _cased(anchor.head):
            anchor = anchor.head  # "his sister Joy has left…": the parse makes "sister" the subject
        verb = anchor.head
        if anchor.dep_ != "nsubj" or verb.lemma_.lower() != "leave" or verb.pos_ != "VERB":
            return ""
        left = [c for c in verb.children if c.dep_ == "dobj" and (
            _cased(c) and c.pos_ == "PROPN" or c.lower_ in self.w["children"] or c.lemma_.lower() in self.w["children"])]
        carer = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                 if g.dep_ == "pobj"]
        if not left or not carer:
            return ""
        return f"{verb.text} {left[0].text} with {carer[0].text}: leaves others in someone's care"

    def _another_child(self, token, strict: bool, key: str, decided) -> bool:
        """Round 39 (r39d): may ``token`` be a child other than the name ``key``? A name read as a
        child on evidence, or a word for a child ("the baby", "the children"); unless ``strict``, also
        a capitalised name not yet read either way (the subject of a "when" clause beside a state)."""
        if token.pos_ == "PRON":
            return False
        if _cased(token) and token.lower_ != key:
            read = decided.get(token.lower_)
            if read is not None:
                # a young child (not a teenager, who may be out drinking with friends of their own age)
                age = read[1].split()[1] if read[1].startswith("age ") and len(read[1].split()) > 1 else ""
                return read[0] == CHILD and read[2] in ("age", "near", "context", "configured") \
                    and not (age.isdigit() and int(age) >= 13)
            return not strict and token.pos_ == "PROPN" and token.lower_ not in self.w["roles"] \
                and token.lower_ not in _person_words()
        return not _cased(token) and token.pos_ == "NOUN" and (
            token.lower_ in self.w["children"] or token.lemma_.lower() in self.w["children"])

    def _club_gone_to(self, token) -> bool:
        """Round 35: a capitalised plural that one goes to or attends ("stopped going to Guides",
        "goes to Scouts and Cadets", "attends Beavers") is a club or a group, never one person:
        the person one goes to is "to Nan's" or "to Mum". Not a given name ending in "s" ("Jess",
        "Lewis"), nor a name with an age or a title, nor one set in the settings."""
        lower = token.lower_
        if not (lower.endswith("s") and not lower.endswith(("ss", "'s", "us", "is")) and len(lower) > 3) \
                or lower in first_names() or lower in self.child_names or lower in self.adult_names \
                or self._age_of(token) is not None or self._title_before(token) is not None:
            return False
        anchor = token
        while anchor.dep_ == "conj" and anchor.head.i < anchor.i:
            anchor = anchor.head  # "goes to Scouts and Cadets"
        head = anchor.head
        if anchor.dep_ == "pobj" and head.lower_ == "to":
            verb = head.head
            return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _GOING_TO_A_CLUB
        return anchor.dep_ == "dobj" and head.lemma_.lower() in ("attend", "join", "quit")

    def _after_a_brand(self, token) -> bool:
        """Round 35: the word after a brand in one capitalised run ("through Xbox Live", "a Tesco
        Extra bag") is part of the brand's name, where the brand itself stands as a thing (after
        "on", "via", "through", or the object of a preposition), not a given name."""
        doc = self.doc
        if token.i < 2 or token.lower_ in first_names() or token.lower_ in self.child_names \
                or self._age_of(token) is not None:
            return False
        brand = doc[token.i - 1]
        if not (_cased(brand) and brand.whitespace_ and brand.lower_ in self.w["brands"]) \
                or brand.lower_ in first_names() or self._sentence_start(brand):
            return False
        return doc[token.i - 2].lower_ in ("on", "via", "through", "from", "at", "in", "a", "an", "the", "his", "her",
                                           "their")

    def _nickname_between(self, before, token) -> bool:
        """Round 35: a given name, a nickname in quotes and a surname, or the nickname itself after
        the given name ("Marcus 'Tank' Hale", "Dean “Deano” Price"): one person. The quotes must
        open right after the given name and close before the surname, around one or two
        capitalised words."""
        doc = self.doc
        k = before.i + 1
        if k >= len(doc) or doc[k].text not in _QUOTES:
            return False
        if token.i == k + 1 and before.i >= 2 and doc[before.i - 1].text in _QUOTES and _cased(doc[before.i - 2]):
            return True  # the surname after the nickname read as a name itself ("Carl “Smudge” Wright")
        j = k + 1
        while j < len(doc) and j - k <= 2 and _cased(doc[j]) and doc[j].text not in _QUOTES:
            j += 1
        if j == k + 1 or j >= len(doc) or doc[j].text not in _QUOTES or j + 1 >= len(doc) or not _cased(doc[j + 1]):
            return False
        return k < token.i <= j + 1 and token.i != j

    def _owns_a_partner(self, evidence: str) -> bool:
        """Round 35: an evidence that the name owns a partner or children of their own ("Fern's
        husband", "Jade's son"): said of an adult at any mention, whatever a sister's word says."""
        parts = evidence.replace("’", "'").split("'s ")
        if len(parts) != 2:
            return False
        word = parts[1].strip().lower()
        return word in self.w["own_partners"] or word in self.w["own_children"]

    def _cared_for_opener(self, token) -> bool:
        """Round 34: a word opening its sentence that a goal gives a child's daily care or a
        cared-for state (``cared_openers``), and that no list reads as a person's role, a title,
        a heading, a pet, a body or a place ("Nursery to have…", "Housing will get…")."""
        if token.i in self.heading_tokens or not (cared_for_at_opening(token) or seen_as_a_person_at_opening(token)):
            return False
        w = self.w
        lower = token.lower_
        return not any(lower in w[k] or token.lemma_.lower() in w[k] for k in (
            "roles", "titles", "headings", "adult_family", "adult_nouns", "record_persons", "pets", "institutions",
            "place_nouns", "workplaces", "adult_jobs"))

    def _adult_said_at_opening(self, token) -> bool:
        """Round 28b: a capitalised word opening its sentence of which the sentence says what
        only a grown-up has or is: children or a partner of their own ("Patience did not take her
        son Kai to…"), or an adult's state ("Sunday has been presenting as intoxicated…"). Such
        a word is a person's name (and ``_adult_by_deeds`` or ``own_partner_or_children`` then
        reads the adult)."""
        if token.dep_ not in ("nsubj", "npadvmod", "advmod") or token.i in self.heading_tokens:
            return False
        return bool(adult_predicate(token) or own_partner_or_children((token,), self.w, self.doc.tokens))

    def _surname_with_age_after(self, token) -> bool:
        """"Re: Meadow Kelly (9) and…", "Ruby Lane (6) told…": a capitalised word opening a line,
        then one more capitalised word (a surname) with its own age in brackets or after a
        comma: the given name of a person with an age (not a heading word or a title, nor a place
        run such as "Grove Park (2 sites)": the number must close the bracket)."""
        doc = self.doc
        k = token.i + 1
        if k + 3 >= len(doc) or not _cased(doc[k]) or not token.whitespace_ or token.pos_ not in ("PROPN", "NOUN", "ADJ") \
                or token.lower_ in self.w["headings"] or token.lower_.rstrip(".") in self.w["titles"] \
                or token.lower_ in self.w["roles"] or doc[k].lower_ in self.w["roles"] or doc[k].pos_ != "PROPN" \
                or token.i in self.heading_tokens or k in self.heading_tokens \
                or token.lower_ in self.w["calendar"] - self.w["months"] \
                or token.lower_.endswith("s") and token.lower_[:-1] in self.w["calendar"]:
            return False
        closed = doc[k + 1].text in ("(", ",") and doc[k + 2].like_num and doc[k + 3].text in (")", ",", ";", ".")
        return closed and self._age_of(doc[k]) is not None

    def _person_role(self, mention) -> str:
        """Where a person stands in the sentence, or "": the subject of a verb, whom something is
        given to, the object of a verb (not the thing given), the owner of something, the object
        of "with", "after", "for", "to", "by"…, or beside a person in a list or an apposition.
        Never after a title, in an address, or after "of" following a part of a place."""
        last, head = mention[-1], mention[-1].head
        dep, doc = last.dep_, self.doc
        before = doc[mention[0].i - 1] if mention[0].i else None
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if self._title_before(mention[0]) is not None or self._in_address(last) or _travelled_from(last):
            return ""
        mover = None if before is None else before.head if before.head.i < before.i else last.head  # (the parse
        # may hang "round" on the verb or on the name: "walking round Hanley")
        if before is not None and before.lower_ in _ROUND_WORDS and mover.i < before.i \
                and mover.lemma_.lower() in _MOTION_VERBS and (after is None or after.lower_ not in ("'s", "’s")):
            return ""  # "was found driving round Nuneaton", "walked around Hanley": where one went, not whom
        if dep in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
            return "the subject of " + head.text
        if dep == "dative" or dep == "dobj" and head.pos_ == "VERB" and not any(c.dep_ == "dative" for c in head.children):
            return "the object of " + head.text
        if dep == "poss":
            return "the owner of " + head.text
        if dep == "pobj" and head.lower_ == "on" and self._on_a_person(head):
            return ""  # Round 41 (r41d): "a man on Snapflick", "a boy she met on Kikchat": an app or a place
        if dep == "pobj" and head.lower_ in _PERSON_PREPOSITIONS and head.lower_ != "at" and not self._of_a_place(head):
            return f"after {head.text}"
        if dep in ("conj", "appos") and (self._listed_name(head) and head.i < last.i or head.lemma_.lower() in self.w["roles"]):
            return "beside " + head.text
        if after is not None and after.lower_ == "to" and last.i + 2 < len(doc) and doc[last.i + 2].tag_ == "VB":
            return "what is planned for them"  # "Aaliyah to engage with…", "Kian to go to bed by nine"
        if mention[0].i == mention[0].sent.start and after is not None and after.text in ("–", "—", "-", ":"):
            return "named before a dash"  # "Tanya Reid – she is 9 and…": whom the statement is about
        # By position too: the tagger often misreads a name that is a word ("Kacey sleeps" as a
        # compound, "Precious" as an adjective), so the words beside it also show a person's place.
        if before is not None and not _cased(before) and (
                before.tag_.startswith("VB") or before.lemma_.lower() in _HARM_VERBS | _CARE_VERBS
                or before.lower_ in _VERB_FORMS_READ_AS_NOUNS):
            return "after " + before.text  # "saw Joy flinch", "bit Storm on the hand"
        if before is not None and before.lower_ in _PERSON_PREPOSITIONS and not self._of_a_place(before):
            return "after " + before.text  # "in front of Blessing", "the impact on Willow", "not near Esme"
        if before is not None and before.lower_ in _CLAUSE_OPENERS and after is not None and not _cased(after) \
                and after.is_alpha and after.tag_ in ("NNS", "VBZ") and after.lower_.endswith("s"):
            return "the subject of " + after.text  # Round 35: "as Summer presents as unkempt" ("presents" read as a noun)
        if before is not None and before.lower_ == "as" and any(
                t.lower_ in ("as", "same") for t in doc.window(before.i - 3, before.i)):
            return "compared with a person"  # "loved as much as Reggie", "the same as Leah"
        if mention[0].i == mention[0].sent.start and after is not None and after.text == "," \
                and any(t.lower_ in ("you", "your") for t in mention[0].sent):
            return "spoken to"  # "Oskar, we want you to feel safe…", "Kieran, whenever Mum goes away, you will…"
        if before is not None and not _cased(before) and (before.lower_ in self.w["roles"]
                                                          or before.lemma_.lower() in self.w["roles"]):
            return "after " + before.text  # "her godmother Precious"
        if after is not None and last.dep_ in ("amod", "compound") and after.dep_ in ("amod", "compound") \
                and after.head.i == last.head.i and last.head.i > after.i:
            return ""  # Round 41 (r41d, review41m M#3): "Safe sleep advice to be followed": a word of a noun's phrase
        if after is not None and not _cased(after) and (
                after.tag_.startswith("VB") or after.tag_ == "MD" or after.lower_ in ("'s", "’s")
                or after.lower_ in self.w["human_predicates"] or after.lemma_.lower() in self.w["human_predicates"]):
            return "before " + after.text  # "while Kacey sleeps", "Rocky cries when…"
        return ""

    def _named_as_the_baby(self, last) -> bool:
        """Round 41 (r41d): the name a baby is to be given or has been given ("the baby, who she wants
        to call Autumn", "pregnant with a girl she has already named Summer", "the baby she is
        carrying, whom she calls Peanut"): the object of "call" or "name" in a clause hung on a word
        for a child or on carrying or expecting, in a sentence about a baby or a pregnancy. Not
        "an older man called Tyler", "a boy called Finn" in a sentence with no baby."""
        if last.dep_ not in ("dobj", "oprd") or last.head.lemma_.lower() not in ("call", "name"):
            return False
        if not any(t.lower_ in _BABY_SIGNS for t in last.sent):
            return False
        return any(a.lemma_.lower() in self.w["children"] and not _cased(a)
                   or a.lemma_.lower() in ("carry", "expect") and a.pos_ == "VERB" for a in last.head.ancestors)

    def _on_a_person(self, preposition) -> bool:
        """Round 41 (r41d): "on" hung on a word for a person ("a man on Snapflick", "an older boy
        on the estate"): where the person is found, so its object is no person."""
        owner = preposition.head
        lemma = owner.lemma_.lower()
        return owner.i < preposition.i and owner.pos_ in ("NOUN", "PRON") and not _cased(owner) and (
            lemma in self.w["adult_nouns"] or owner.lower_ in self.w["adult_nouns"] or lemma in _person_words()
            or owner.lower_ in ("someone", "somebody", "anyone", "anybody"))

    def _group_name(self, token) -> bool:
        """Two capitalised words, a word for what something is like and then a plural ("Little
        Acorns", "Busy Bees", "Happy Faces", "Bright Sparks"): the name of a nursery, a club or a
        group, never one person. Not a given name and a surname ("Ruby Jones", "Little Lewis"):
        neither word may be a given name, and the first must read as a describing word."""
        doc = self.doc
        for first in (doc[token.i - 1] if token.i else None, token):
            if first is None or first.i + 1 >= len(doc):
                continue
            second = doc[first.i + 1]
            if token.i not in (first.i, second.i) or not (_cased(first) and _cased(second)) or not first.whitespace_:
                continue
            if first.i and _cased(doc[first.i - 1]) and not self._sentence_start(first) \
                    or first.i + 2 < len(doc) and _cased(doc[first.i + 2]):
                continue  # a longer run: read elsewhere
            kind = first.lower_ in _GROUP_KIND_WORDS and first.i + 1 == token.i  # "Girl Guides", "Boy Scouts"
            if first.lower_ in first_names() or second.lower_ in first_names() \
                    or first.lower_ in self.child_names or second.lower_ in self.child_names \
                    or first.lower_.rstrip(".") in self.w["titles"] or first.lower_ in self.w["roles"] and not kind:
                continue
            plural = second.lower_
            if not (plural.endswith("s") and not plural.endswith(("ss", "'s")) and len(plural) > 3):
                continue
            describing = first.tag_ == "JJ" or first.pos_ == "ADJ" or first.lower_ in ("little", "wee", "tiny", "young") \
                or kind \
                or first.ent_type_ == "ORG" and second.ent_type_ == "ORG"
            if describing and self._age_of(second) is None:
                return True
        return False

    def _home_of(self, mention, named_home: bool = False) -> bool:
        """"goes round to Kerry's", "sleeps at Dean's", "was sent to Trevor's for the night": a
        possessive with nothing after it, after a word of place, names whose home it is. Not
        "Ruby's school" (the thing is said) nor "Amber's party"."""
        doc, last, first = self.doc, mention[-1], mention[0]
        # Round 35: one of two owners ("moving to Pat and Errol's home"): the pair owns it together
        if last.i + 3 < len(doc) and doc[last.i + 1].lower_ in ("and", "&") and _cased(doc[last.i + 2]) \
                and doc[last.i + 3].lower_ in ("'s", "’s"):
            last = doc[last.i + 2]
        elif first.i >= 2 and doc[first.i - 1].lower_ in ("and", "&") and _cased(doc[first.i - 2]):
            first = doc[first.i - 2]
        if first.i == 0 or last.i + 1 >= len(doc) or doc[last.i + 1].lower_ not in ("'s", "’s"):
            return False
        before = doc[first.i - 1]
        if before.lower_ not in self.w["place_prepositions"] and before.lower_ not in ("to", "round", "from", "into"):
            return False
        after = doc[last.i + 2] if last.i + 2 < len(doc) else None
        if after is not None and after.lower_ in _HOMES and (last.i + 3 >= len(doc) or not doc[last.i + 3].lower_ in (
                "'s", "’s")) and before.head.lemma_.lower() in _STAYING:
            return True  # Round 35: "moving to Pat and Errol's home", "stays at Dean's flat": whose home it is
        if named_home:
            return False  # (round 35: only a home said in words holds for every mention of the name)
        return after is None or after.is_punct or after.pos_ in ("ADP", "SCONJ", "CCONJ", "ADV", "PART") \
            or after.lower_ in ("until", "till", "when", "while", "if", "because", "so", "every", "each", "most") \
            or after.lower_ == "next" and last.i + 3 < len(doc) and doc[last.i + 3].lower_ == "door"  # "to Shirley's next door"

    def _titled_thing(self, token) -> bool:
        """A capitalised run joined by "of" or "of the" to another capitalised word ("Match of
        the Day", "Duke of Edinburgh", "Bank of England"): a title, never a person's name."""
        doc = self.doc
        if token.lower_ in self.child_names or token.lower_ in self.adult_names or self._age_of(token) is not None:
            return False
        end = token.i
        while end + 1 < len(doc) and _cased(doc[end + 1]):
            end += 1
        k = end + 1
        if k >= len(doc) or doc[k].lower_ != "of":
            return False
        k += 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        return k < len(doc) and _cased(doc[k]) and doc[k].lower_ not in self.w["roles"]

    def _of_a_place(self, preposition) -> bool:
        """"the gates of", "the car park of", "the school of": "of" after a part of a place or a
        place noun with its article (not "in front of", said of a person who sees)."""
        noun = preposition.head
        return preposition.lower_ == "of" and not _cased(noun) \
            and (noun.lower_ in self.w["place_parts"] or noun.lower_ in self.w["place_nouns"]) \
            and any(c.dep_ in ("det", "poss") for c in noun.children)

    def _thing_given(self, token) -> bool:
        """"Dad gives the boys Calpol", "bought her Monster", "gives Star (7) and Blue (4) Nytol":
        a capitalised word right after whom a verb of giving gives to (a pronoun, a child word or
        a name closed by its age) is the thing given. Not "gave Ruby Jane…" (a second name) nor
        "gave him Mia's phone" (someone's)."""
        doc = self.doc
        if token.i < 2 or self._age_of(token) is not None or token.lower_ in self.child_names \
                or token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("'s", "’s", "'"):
            return False
        head = token
        while head.dep_ in ("compound", "amod") and head.head.i > head.i:
            head = head.head
        if head.dep_ == "dobj" and head.head.lemma_.lower() in self.w["giving_verbs"] \
                and any(c.dep_ in ("auxpass", "nsubjpass") for c in head.head.children):
            return True  # "Dad was given a Suspended Sentence": what the subject was given
        before = doc[token.i - 1]
        if before.lower_ in ("baby", "little", "wee") and token.i + 1 < len(doc) and _cased(doc[token.i + 1]) \
                and doc[token.i + 1].lower_ not in first_names():
            return False  # "gives baby Nova Lucozade": the child, then the thing (not "gives baby Calpol")
        if not (before.text == ")" or before.lower_ in ("him", "her", "them", "me", "us")
                or (before.lower_ in self.w["children"] or before.lemma_.lower() in self.w["children"]) and not _cased(before)):
            return False
        for k in range(token.i - 2, max(-1, token.i - 14), -1):
            t = doc[k]
            if t.lemma_.lower() in self.w["giving_verbs"] and t.pos_ in ("VERB", "AUX"):
                return True
            if t.text in (".", ";", ":", "!", "?") or t.pos_ in ("VERB", "AUX") or t.lower_ in ("to", "with", "for"):
                return False
        return False

    def _abstract_noun(self, token) -> bool:
        """"Attendance", "Engagement", "Supervision": a common noun naming a thing or a process."""
        return token.lower_.endswith(ABSTRACT_ENDINGS) and token.tag_ in ("NN", "NNS") \
            and token.lower_ not in first_names() and token.lower_ not in self.child_names

    @_per_token
    def _verb_not_name(self, token) -> bool:
        """"Will you tell us…?", "May I…": a modal asking a question; "has been Googling": a verb
        written with a capital. Neither is a name."""
        if token.tag_ == "MD" and token.dep_ == "aux" and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i > token.i for c in token.head.children):
            # "Will (8) said…", "May, 6, cried…": an age beside the word says a person, whatever
            # the tagger makes of it (a modal asks no question with an age after it).
            return self._age_of(token) is None or self._sentence_asks(token)
        return token.pos_ == "VERB" and token.tag_ in ("VBG", "VBN", "VBD") and not self._sentence_start(token) \
            and any(c.dep_ in ("aux", "auxpass") for c in token.children)

    def _town_after_adult(self, token) -> bool:
        """"Ms Carys Bevan (31), Tredegar;", "Mr Owen Price, 38, Pontypool;": in a referral line,
        a capitalised word after a comma that follows an adult's name (with a title or an adult's
        age), closing the phrase, is where the adult lives, not a person. Not a given name, a
        name with an age of its own or a name that owns something ("Mr Hughes (44), Holly's
        stepdad")."""
        doc = self.doc
        k = token.i - 1
        if k < 2 or doc[k].text != "," or token.lower_ in first_names() or token.lower_ in self.child_names \
                or self._age_of(token) is not None:
            return False
        end = token.i
        while end + 1 < len(doc) and _cased(doc[end + 1]) and end - token.i < 2:
            end += 1
        if end + 1 < len(doc) and doc[end + 1].text not in (";", ",", ".", "–", "—", "-", ")", ":"):
            return False
        if end + 2 < len(doc) and doc[end + 1].text == "," and (_cased(doc[end + 2]) or doc[end + 2].lower_ in ("and", "&")):
            return False  # "Ms Grant (27), Ivy, Rose and Jack": a list of names
        k -= 1
        age = None
        if doc[k].text == ")" and k >= 2 and doc[k - 1].like_num and doc[k - 2].text == "(":
            age, k = doc[k - 1].text, k - 3
        elif doc[k].like_num and k >= 2 and doc[k - 1].text == ",":
            age, k = doc[k].text, k - 2
        if age is not None and not (age.isdigit() and 18 <= int(age) < 120):
            return False
        if k < 0 or not _cased(doc[k]):
            return False
        first = k
        while first > 0 and _cased(doc[first - 1]) and k - first < 3 and doc[first - 1].lower_.rstrip(".") not in self.w["titles"]:
            first -= 1
        return age is not None or self._title_before(doc[first]) is not None

    def _child_near(self, token) -> bool:
        """The words beside a name say a child: a child's word or role, or a cousin the sentence
        shows is a child ("punched his cousins Skye and Autumn")."""
        role, evidence = self._role_near(token)
        return role == CHILD or role == ADULT and evidence.split()[-1].lower() in self.w["any_age_relatives"] \
            and self._young_relative(token)

    def _shows_a_person(self, token) -> bool:
        """"Marvel showed me a picture", "Storm drew Nan a card", "Angel showed me where Dad
        keeps the belt": the subject of a verb with a person to whom something is shown, given
        or told, and the thing itself, is a person. Only a word the tagger reads as a name
        ("Research shows us that…", "Homework gives him a headache" are things)."""
        verb = token.head
        if token.dep_ != "nsubj" or verb.pos_ != "VERB" or token.tag_ in ("NNS", "NNPS") \
                or any(c.dep_ in ("det", "poss") for c in token.children) or self._used_thing(token):
            return False
        def person(c):
            return c.lower_ in ("me", "us", "him", "her", "them") or not _cased(c) and (
                c.lower_ in self.w["roles"] or c.lemma_.lower() in self.w["roles"]) \
                or _cased(c) and (c.lower_ in self.w["family"] or c.lower_ in first_names())
        datives = [c for c in verb.children if c.dep_ == "dative" and person(c)]
        return bool(datives) and any(c.dep_ in ("dobj", "ccomp") for c in verb.children) and (
            named_by_tagger(token) or points_back_to(token, {c.i for c in datives}))

    @_per_token
    def _spoken_to(self, token) -> bool:
        """"Blaze, if you feel scared at night, you can ring Nan", "Lark, before bedtime each night,
        Mum will read with you": a word that opens a sentence, set off by a comma, in a sentence
        that speaks to "you", is a name spoken to. Not a word that says when, how or in what
        order ("Tonight,", "However,", "Sometimes,", "Afterwards,", "Remember,"): an adverb, a
        verb, a date or time, a function word or a word ending in "-ly"."""
        doc = self.doc
        if not self._sentence_start(token) or token.i + 2 >= len(doc) or doc[token.i + 1].text != "," \
                or token.is_stop or token.lower_.endswith("ly") or not token.is_alpha \
                or token.tag_ in ("RB", "RBR", "RBS", "VB", "UH", "IN", "CC", "DT", "CD", "PRP", "WRB", "WDT", "MD") \
                or token.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL") or token.lower_ in self.w["calendar"] \
                or token.lower_ in self.w["roles"] or token.lower_ in self.w["headings"]:
            return False
        sentence = token.sent
        return any(t.lower_ in ("you", "your", "yourself") for t in doc[token.i + 2: sentence.end])

    def _sentence_asks(self, token) -> bool:
        """Does the sentence of this token end in a question mark?"""
        sentence = token.sent
        return any(t.text == "?" for t in self.doc[sentence.start: sentence.end])

    @_per_token
    def _opens_question(self, token) -> bool:
        """"Is Holly still…?", "Can May stay…?", "Does Ruby know…?": an auxiliary that opens a
        question before a capitalised word (its subject) is never a name. "Will" and "May",
        which are names too, only where the sentence asks (ends in "?") or a bare verb follows
        the name ("Will Jones (6) told…" is a name and a surname)."""
        doc = self.doc
        if not self._sentence_start(token) or token.i + 1 >= len(doc) or not _cased(doc[token.i + 1]) \
                or not (token.tag_ == "MD" or token.pos_ == "AUX" or token.lower_ in _QUESTION_AUXILIARIES):
            return False
        if token.lower_ in _QUESTION_AUXILIARIES and token.lower_ not in ("will", "may"):
            return True
        end = token.i + 1
        while end + 1 < len(doc) and _cased(doc[end + 1]):
            end += 1
        sentence = token.sent
        asks = any(t.text == "?" for t in doc[sentence.start: sentence.end])
        return asks or end + 1 < len(doc) and doc[end + 1].tag_ == "VB"

    def _title_kind(self, mention) -> str:
        """Round 41 (r41d): "mr", "ms" or "baby" for a family name written after that title ("Mr
        Okafor", "Ms Okafor", "Baby Okonkwo"), else ""."""
        first = mention[0]
        if not first.i:
            return ""
        before = self.doc[first.i - 1]
        if before.text == "Baby" or before.text == "baby" and first.i >= 2 and self.doc[first.i - 2].lower_ == "unborn":
            return "baby"
        title = self._title_before(first)
        return _TITLE_KINDS.get(title.lower_.rstrip("."), "") if title is not None else ""

    def _split_by_title(self, grouped: dict, per_mention: list) -> dict:
        """Round 41 (r41d, round 40's leftover): one family name borne by two people told apart by
        their titles ("Mr Okafor shouts at Ms Okafor"; "Baby Okonkwo … Ms Okonkwo had switched it
        off") is two people, not one: each titled mention is its own person, an adult under "Mr",
        "Mrs", "Ms" or "Miss" and a child under "Baby". Mentions with no such title stay with the
        reading they had. Only where the same name stands under two kinds of title."""
        kinds: dict[str, set] = {}
        for (key, _role), found in grouped.items():
            for mention, _ in found:
                kind = self._title_kind(mention)
                if kind:
                    kinds.setdefault(key, set()).add(kind)
        split = {key for key, found in kinds.items() if len(found) > 1}
        if not split:
            return grouped
        own = {id(m): (role, evidence) for m, role, evidence, _ in per_mention}
        out: dict = {}
        for (key, role), found in grouped.items():
            for mention, evidence in found:
                kind = self._title_kind(mention) if key in split else ""
                if not kind:
                    out.setdefault((key, role), []).append((mention, evidence))
                    continue
                said_role, said = own.get(id(mention), ("", ""))
                if kind == "baby":
                    new_role = CHILD
                    new_evidence = said if said_role == CHILD else "Baby"
                else:
                    new_role = ADULT
                    new_evidence = said if said_role == ADULT else f"title {self.doc[mention[0].i - 1].text}"
                out.setdefault((f"{key} {kind}", new_role), []).append((mention, new_evidence))
        for found in out.values():
            found.sort(key=lambda f: f[0][0].i)
        return out

    def _in_list_of_names(self, mention) -> bool:
        """"Ivy, Amber and Storm", "Star and Sol": one of several capitalised words joined by "and"
        or commas, which name people alike."""
        doc = self.doc
        first, last = mention[0], mention[-1]
        before = doc[first.i - 1] if first.i else None
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        k = first.i - 2
        if k >= 3 and doc[k].text == ")" and doc[k - 2].text == "(":
            k -= 3  # "Ruby (6) and Jack": the name before the age
        # (Round 40, r40d: a note's "+" joins two given names as "&" does: "Ruby + Kacey still off
        # school"; not "food + Rent + Bills")
        if after is not None and after.text == "+" and last.i + 2 < len(doc) or before is not None and before.text == "+":
            other = doc[last.i + 2] if after is not None and after.text == "+" else doc[first.i - 2] if first.i >= 2 else None
            def given(t):
                return t is not None and _cased(t) and (t.lower_ in first_names() or t.ent_type_ == "PERSON") \
                    and t.lower_ not in self.w["headings"]
            if given(first) and given(other) and self._listed_name(other):
                return True
        return (before is not None and before.lower_ in ("and", ",", "&") and k >= 0 and self._listed_name(doc[k])) \
            or (after is not None and after.lower_ in ("and", ",", "&") and last.i + 2 < len(doc)
                and (self._listed_name(doc[last.i + 2]) or doc[last.i + 2].lower_ in ("his", "her", "their")))

    def _listed_name(self, token) -> bool:
        """A capitalised word beside which another reads as one of a list of names: not part of
        an address, a heading, a festival or a service ("Grace Street, Ely": a street, then a town)."""
        return _cased(token) and not self._in_address(token) and token.i not in self.heading_tokens \
            and token.i not in self.thing_tokens and token.lower_ not in self.w["roles"]

    def read(self) -> People:
        doc = self.doc
        tokens = [t for t in doc if _cased(t) and self._candidate(t)]  # _candidate asks _cased first
        # "Poppy-Mae (5)": the age is beside the last part; the first part is the same name.
        found = {t.i for t in tokens}
        tokens += [doc[t.i - 2] for t in tokens if t.i >= 2 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_
                   and not doc[t.i - 2].whitespace_ and _cased(doc[t.i - 2]) and t.i - 2 not in found]
        # "Lily-Mae", "Ellie-Rose": the part after the hyphen is the same name too, however it reads alone.
        found = {t.i for t in tokens}
        tokens += [doc[t.i + 2] for t in list(tokens) if t.i + 2 < len(doc) and doc[t.i + 1].text == "-"
                   and not t.whitespace_ and not doc[t.i + 1].whitespace_ and _cased(doc[t.i + 2])
                   and t.i + 2 not in found and doc[t.i + 2].i not in self.heading_tokens]
        # A name found once is a name wherever the same word is written with a capital, unless it
        # is a date there ("In May, May's teacher…").
        seen = {t.text for t in tokens}
        chosen = {t.i for t in tokens}
        tokens += [t for t in doc if t.i not in chosen and t.text in seen and t.i not in self.heading_tokens
                   and t.i not in self.thing_tokens and not self._in_address(t)
                   and not (t.lower_ in self.w["months"] and self._month_is_date(t))]
        tokens.sort(key=lambda t: t.i)
        # Surnames: "Kayla Smith" is one person.
        mentions: list[list] = []
        for t in tokens:
            if mentions and mentions[-1][-1].i == t.i - 1:
                mentions[-1].append(t)
            elif mentions and mentions[-1][-1].i == t.i - 2 and doc[t.i - 1].text == "-" \
                    and not mentions[-1][-1].whitespace_ and not doc[t.i - 1].whitespace_:
                mentions[-1].extend([doc[t.i - 1], t])  # "Ellie-Mae", "Isla-Grace": one name
            elif mentions and self._nickname_between(mentions[-1][-1], t):
                # Round 35: "Marcus 'Tank' Hale (28)": a nickname in quotes inside one person's name
                mentions[-1].extend([doc[k] for k in range(mentions[-1][-1].i + 1, t.i + 1)
                                     if _cased(doc[k]) and doc[k].text not in _QUOTES])
            else:
                mentions.append([t])
        decided: dict[str, tuple[str, str]] = {}
        strength = {"configured": 4, "age": 3, "near": 2, "context": 1, "default": 0}
        per_mention = []
        for mention in mentions:
            head = mention[0]
            key = head.lower_
            role, evidence, how = "", "", "default"
            if key in self.child_names:
                role, evidence, how = CHILD, CONFIGURED_CHILD, "configured"
            elif key in self.adult_names:
                role, evidence, how = ADULT, "named as an adult in the settings", "configured"
            else:
                age = self._age_of(mention[-1])
                if age is None:
                    age = self._age_as_predicate(mention[-1])  # "Dean is a 32-year-old", "the oldest at 21"
                if age is None:  # Round 30: "Gail and Sandy are in their sixties", "Kids = Storm 6, Raven 4"
                    age = self._age_in_words(mention[-1])
                    if age is None:
                        age = self._listed_age(mention[-1])
                if age is not None:
                    role, evidence, how = (CHILD if age < 18 else ADULT), f"age {age}", "age"
                elif self._named_as_the_baby(mention[-1]):
                    # Round 41 (r41d): "the baby, who she wants to call Autumn", "a girl she has
                    # already named Summer": the name a baby is (to be) given is the child's
                    role, evidence, how = CHILD, "the name given to the baby", "near"
                else:
                    role, evidence = self._grown_said(mention)  # a parent, or an adult a goal speaks to
                    if not role:
                        role, evidence = self._role_near(head, mention[-1])
                    if role == CHILD:
                        said = self._copula_role(head)  # "his brother Reuben, who has been his carer since…"
                        if not said[0] and head.dep_ == "appos" and head.head.i < head.i and not _cased(head.head) \
                                and any(c.dep_ == "relcl" for c in head.head.children):
                            said = self._copula_role(head.head)  # the parse hangs the clause on "brother"
                        if said[0] == ADULT:
                            role, evidence = said
                    if role == ADULT and evidence.split()[-1].lower() in self.w["any_age_relatives"] \
                            and self._young_relative(mention[-1]):
                        role, evidence = CHILD, f"{evidence}, listed or cared for with the children"
                    if not role:
                        role, evidence = self._copula_role(head)
                        if role == CHILD and head.head.tag_ == "VBD":
                            # "Donna was a young carer for her own mum when she was 10, and she now
                            # relies on Ruby (11)…": what she was as a child, told as past.
                            past = self._childhood_told_as_past(mention)
                            if past:
                                role, evidence = ADULT, past
                    if not role:
                        role, evidence = self._pronoun_says(mention)  # "ring Joy back – she is the young carer"
                    if not role:
                        own = own_partner_or_children(mention, self.w, doc.tokens)
                        if own:
                            role, evidence = ADULT, own  # "Nia … her ex-partner", "Leah and her three boys"
                    if not role:
                        role, evidence = self._pets_by_plural(mention)  # "two XL bullies, Diesel and Brutus,"
                    if not role:
                        past = self._childhood_told_as_past(mention) or self._grown_since(mention)
                        if past:  # "Kerry was in care when she was 15, and she says…", "Craig started using when he was 17"
                            role, evidence = ADULT, past
                    how = "near" if role else "default"
                    if role == CHILD and evidence in ("baby", "unborn baby", "unborn") and carries_the_baby(mention[-1]):
                        role = ""  # Round 33: "the baby Grace is expecting": the mother, not the baby
                    if not role:
                        # Round 33: carrying a baby, a parent's meeting, abuse "between" two names,
                        # old age, harm answering a child's crying (``adult_signs``)
                        said = adult_said(mention)
                        if said:
                            role, evidence, how = ADULT, said, "near"
                    if not role and self._evidence(head) in ("baby", "little") and not carries_the_baby(mention[-1]):
                        role, evidence, how = CHILD, self._evidence(head), "age"
                    if not role and self._evidence(head).startswith("the "):
                        role, evidence, how = CHILD, self._evidence(head), "near"  # "Ruby, the youngest,"
                    if not role:
                        context = self._child_context(mention[-1])
                        if context:
                            role, evidence, how = CHILD, context, "context"
            per_mention.append((mention, role, evidence, how))
            if role:
                old = decided.get(key)
                if old is None or strength[how] > strength[old[2]]:
                    decided[key] = (role, evidence, how)
        for mention, role, evidence, how in per_mention:
            key = mention[0].lower_
            old = decided.get(key)
            if role == CHILD and old and old[0] == ADULT and old[1].split()[-1].lower() in self.w["any_age_relatives"]:
                decided[key] = (role, evidence, how)  # "her cousin Noor … Noor's nursery": a child after all
        # Round 29: a brother, sister, friend or mate of an adult is of the adult's generation
        # ("his sister Dawn" after Mr Lamb, "Chelsea (18) … Chelsea's sister Chantelle").
        name_keys = {t.i: m[0].lower_ for m, _, _, _ in per_mention for t in m}
        for _ in range(2):  # (twice: an owner may itself be read so)
            changed = False
            for mention, role, evidence, how in per_mention:
                key = mention[0].lower_
                old = decided.get(key)
                if role != CHILD or old is None or old[0] != CHILD or old[1] != evidence:
                    continue
                said = self._kin_generation(mention, lambda k: decided.get(k, ("",))[0], name_keys)
                if not said and self._kin_word_before(mention[0]) is not None:
                    # an adult's own past or partner says more than a kin word ("her brother Kyle,
                    # who is on probation,", "his sister Gemma and her husband")
                    said = self._in_or_out_of_prison(mention, name_keys) \
                        or own_partner_or_children(mention, self.w, doc.tokens) or self._leaves_others_with(mention)
                    if not said:
                        # Round 35: what another mention of the same name says ("her sister Fern,
                        # Fern's husband Steve"): a partner of one's own holds for the name
                        said = next((e for other, r, e, _ in per_mention if other is not mention
                                     and other[0].lower_ == key and r == ADULT and self._owns_a_partner(e)), "")
                if said:
                    decided[key] = (ADULT, said, how)
                    changed = True
            if not changed:
                break
        undecided = [m for m, role, _, _ in per_mention if not role and m[0].lower_ not in decided]
        evidenced_child = any(role == CHILD for role, _, _ in decided.values())
        has_child = evidenced_child or len(undecided) > 1
        counts: dict[str, int] = {}
        for mention in undecided:
            counts[mention[0].lower_] = counts.get(mention[0].lower_, 0) + 1
        signs = {m[0].lower_: self._person_sign(m, counts[m[0].lower_]) for m in undecided}
        if evidenced_child:
            # A child is named on evidence: the model's tag or a given name alone does not add
            # another child; the word must stand where a person stands ("Ely" after a street,
            # "Calpol" after what is given, "Wright" after a title do not).
            for m in undecided:
                if signs[m[0].lower_] == "tag" and not self._person_role(m):
                    signs[m[0].lower_] = ""
        # A name whose deeds show an adult ("Kyle moved back in") says nothing of another child.
        # What one mention does holds for every mention of the name ("Dean moved back in … Dean
        # shouts at night": the adult who moved in, both times).
        # Only what no child does counts so (moving in, the pub, going back to a partner): a deed
        # a child may do too ("Chase took Destiny upstairs") stays with its own mention.
        adults_by_deeds: dict[str, str] = {}
        for m in undecided:
            if m[0].lower_ not in adults_by_deeds and len(m) == 1:
                # Round 32: "when Will has been drinking", "saw Will push Mum": a name the tagger
                # reads as a modal verb, with an adult's deed (``modal_names``)
                modal = modal_name_adult(m[0], self.w["adult_family"], _ADULT_DEEDS) or meets_the_one_spoken_to(m[0]) \
                    or meets_the_goals_child(m[0]) or spoken_to_beside_the_goals_child(m[0])
                if modal:
                    adults_by_deeds[m[0].lower_] = modal
            if m[0].lower_ not in adults_by_deeds and evidenced_child and arguing_pair(m):
                adults_by_deeds[m[0].lower_] = arguing_pair(m)  # Round 33: "when Rose and Hunter argue" beside Sky (4)
            if m[0].lower_ not in adults_by_deeds:
                drunk = intoxicated_in_charge(m, lambda t, strict, key=m[0].lower_: self._another_child(t, strict, key, decided))
                if drunk:
                    adults_by_deeds[m[0].lower_] = drunk  # Round 39: "were under the influence when Jasper was…"
            if m[0].lower_ not in adults_by_deeds and (adult_predicate(m[-1]) or gone_back_to(m[-1])):
                deeds = self._adult_by_deeds(m, decided, has_child, per_mention)
                if deeds:
                    adults_by_deeds[m[0].lower_] = deeds
            if m[0].lower_ not in adults_by_deeds:
                # Round 28: looking after another named person holds for every mention ("Patience
                # will ring Ray…, and Ray will come and have Clover and Dylan for tea").
                cares = self._looks_after_another(m, decided, [o for o, _, _, _ in per_mention
                                                               if o[0].lower_ != m[0].lower_])
                if cares:
                    adults_by_deeds[m[0].lower_] = cares
            if m[0].lower_ not in adults_by_deeds and has_child and self._home_of(m, named_home=True):
                # Round 35: whose home a child goes to holds for every mention ("moving to Pat and
                # Errol's home … when Errol raises his voice")
                adults_by_deeds[m[0].lower_] = "the one whose home a child goes to"
            if m[0].lower_ not in adults_by_deeds:
                carer = self._lived_with_by_child(m, decided)  # Round 30: "Ruby (4) came to live with Tess"
                if carer:
                    adults_by_deeds[m[0].lower_] = carer
            if m[0].lower_ not in adults_by_deeds:
                prison = self._in_or_out_of_prison(m, name_keys)  # Round 29: "since he got out of prison"
                if prison:
                    adults_by_deeds[m[0].lower_] = prison
            if m[0].lower_ not in adults_by_deeds:
                # Round 29: spoken to, or joined to "you", beside a child cared for in a goal holds
                # for every mention too ("…need to see that you and Cliff can disagree …, and that
                # when Cliff feels his temper rising he goes…").
                # Not where another mention shows a child ("you and Coral will … so that Coral
                # walks into school with her friend").
                # Only a name spoken to before a comma or one of a pair with "you" ("you and Cliff",
                # "you or Rob"), not one of a longer list with "you", which may be the family
                # together ("Kerry, you, Ocean and Bramble need…").
                said = self._adult_by_deeds(m, decided, has_child, per_mention)
                doc_ = self.doc
                k = m[0].i
                pair = k >= 2 and doc_[k - 1].lower_ in ("and", "or", "&") and doc_[k - 2].lower_ == "you" \
                    or k == line_start(m[0]) and m[-1].i + 1 < len(doc_) and doc_[m[-1].i + 1].text == ","
                if said.startswith("spoken to with") and pair and not any(
                        o[0].lower_ == m[0].lower_ and o is not m and self._cared_for(o[-1], decided) for o in undecided):
                    adults_by_deeds[m[0].lower_] = said
        def child_named(key):  # by evidence, or by another name that reads as a person's
            return evidenced_child or any(sign for other, sign in signs.items()
                                          if other != key and not (sign and other in adults_by_deeds))
        # A name no mention of which shows a child, beside a child named by age or a child's word,
        # is an adult (every mention must agree: "you and Coral will…" keeps Coral the child).
        beside_children: dict[str, str] = {}
        verdicts: dict[str, list] = {}
        for m in undecided:
            said = self._adult_beside_named_children(m, decided, per_mention)
            verdicts.setdefault(m[0].lower_, []).append((m, said))
            beside_children[m[0].lower_] = said if beside_children.get(m[0].lower_, said) else ""
        # Round 37 (r37d): a mention whose only child's sign is being listed with names that other
        # mentions read as adults ("Lenny, Krystal, Bobbi (4) and Rae (3) sleep in one room, and
        # Lenny and Krystal smoke crack there") agrees with those readings.
        # Only names that end as adults count so: each round drops a name whose other mentions still
        # show a child, until none is dropped ("play with Ellie and Mason": neither).
        adult_now = {k for k, said in beside_children.items() if said}
        hopeful = {k for k, found in verdicts.items() if k not in adult_now and any(said for _, said in found)}
        while hopeful:
            keys = frozenset(adult_now | hopeful)
            failed = {k for k in hopeful if not all(
                said or self._adult_beside_named_children(m, decided, per_mention, keys) for m, said in verdicts[k])}
            if not failed:
                break
            hopeful -= failed
        for key in hopeful:
            beside_children[key] = next(said for _, said in verdicts[key] if said)
        unborn = not evidenced_child and self._child_unborn(decided)  # "the unborn baby's father"
        grouped: dict[str, list] = {}
        for mention, role, evidence, how in per_mention:
            key = mention[0].lower_
            if key in decided:
                role, evidence, _ = decided[key]
            elif self._thing_name(mention):
                role, evidence = OTHER, "the name of a place, an organisation or a thing"
            elif has_child and self._home_of(mention):
                role, evidence = ADULT, "the one whose home a child goes to"
            elif has_child and self._harms_adult(mention[-1]):
                role, evidence = ADULT, _HARMS_AN_ADULT
            elif key in adults_by_deeds:
                role, evidence = ADULT, adults_by_deeds[key]
            elif self._adult_by_deeds(mention, decided, has_child, per_mention):
                role, evidence = ADULT, self._adult_by_deeds(mention, decided, has_child, per_mention)
            elif child_named(key) and mention[0].ent_type_ in ("ORG", "GPE", "FAC", "LOC", "PRODUCT", "NORP") \
                    and not signs[key]:
                continue  # a child is named already; this is a shop, a place or a group, not a person
            elif child_named(key) and not signs[key]:
                # Another child is named; nothing says this word is a person at all.
                role, evidence = OTHER, "nothing says this is a person"
            elif signs[key] in ("", "tag") and not self._person_role(mention):
                # No child is named on evidence: the word is the child only where a person stands.
                role, evidence = OTHER, "does not stand where a person stands"
            elif beside_children.get(key):
                role, evidence = ADULT, beside_children[key]
            elif unborn and not self._name_given(mention[-1]) and not (
                    mention[-1].dep_ == "dobj" and mention[-1].head.lemma_.lower() in _CARE_VERBS):
                # (Round 33: not a name held, fed or bathed: "…when the baby is born and will hold Freya")
                role, evidence = ADULT, "the child is not born yet: a bare name is an adult"
            else:
                role, evidence = CHILD, OPENING_EVIDENCE if mention[0].i in self._opening_persons else "named in the statement"
            grouped.setdefault((key, role), []).append((mention, evidence))
        # Round 29: the same for an owner read only now ("when Cliff feels his temper rising he
        # goes to his brother Marcus's", where Cliff is the adult a goal speaks to with "you").
        # (Not an owner read an adult only because nothing says a child, nor a bare name beside an
        # unborn child: "Ruby (6) told Nan that Kyle hit his sister Macy" keeps Macy.)
        final: dict[str, set] = {}
        for (key, role), found in grouped.items():
            if role == ADULT and all(e.startswith(("a child is named by age", "the child is not born yet"))
                                     for _, e in found):
                role = ""
            final.setdefault(key, set()).add(role)
        def final_role(k):
            roles = final.get(k, set())
            return next(iter(roles)) if len(roles) == 1 else ""
        for key, role in list(grouped):
            if role != CHILD or key in decided and decided[key][0] == CHILD and not decided[key][1].endswith(
                    tuple(self.w["same_generation"])):
                continue
            found = grouped[(key, role)]
            said = next((s for s in (self._kin_generation(m, final_role, name_keys) for m, _ in found) if s), "")
            if said:
                del grouped[(key, role)]
                grouped.setdefault((key, ADULT), []).extend((m, said) for m, _ in found)
        # Round 39 (r39d): a name one mention reads as doing harm to an adult of the family ("Ty
        # grabbed her by the throat", told by Mum), whose other mentions are the child only because
        # nothing says otherwise ("Mum does not want Ty to know"), is the adult at every mention.
        # Only that reading: other deeds a child may do too stay with their own mention ("Chase took
        # Destiny upstairs"; measured: carrying every per-mention deed so lost two children).
        for key, role in list(grouped):
            if role != CHILD or (key, ADULT) not in grouped or key in decided:
                continue
            if all(e == "named in the statement" for _, e in grouped[(key, CHILD)]) and any(
                    e == _HARMS_AN_ADULT for _, e in grouped[(key, ADULT)]):
                evidence = grouped[(key, ADULT)][0][1]
                grouped[(key, ADULT)].extend((m, evidence) for m, _ in grouped.pop((key, CHILD)))
                grouped[(key, ADULT)].sort(key=lambda found: found[0][0].i)
        grouped = self._split_by_title(grouped, per_mention)
        people_by_role: dict[str, list[Person]] = {CHILD: [], ADULT: [], PET: [], OTHER: []}
        roles: dict[int, str] = {}
        for (key, role), found in grouped.items():
            first = found[0][0]
            title = self._title_before(first[0])
            head = 1
            while head + 1 < len(first) and first[head].text == "-":
                head += 2  # "Ellie-Mae"
            given = doc[first[0].i: first[head - 1].i + 1].text
            if title is None and role == CHILD and first[0].i >= 1 and doc[first[0].i - 1].text == "Baby" \
                    and (first[0].i >= 2 and doc[first[0].i - 2].lower_ == "unborn"
                         or any(_said_unborn(m[-1]) for m, _ in found)
                         # Round 41 (r41d): a baby named by the family name an adult bears under a
                         # title ("Baby Okonkwo … Ms Okonkwo"), not yet by a given one
                         or key.endswith(" baby")):
                # "Unborn Baby Wells", "Baby Kowalczyk is due in April", "pregnant with Baby Okoro":
                # how an unborn child is named (not "Baby Storm was born")
                title = doc[first[0].i - 1]
            name = f"{doc[title.i: first[0].i].text} {doc[first[0].i: first[-1].i + 1].text}" if title is not None else given
            token_ids = tuple(t.i for m, _ in found for t in m if t.text != "-")
            # Round 36: every word of a configured name of two or more words is the person's ("Child
            # A lies awake": the parser makes "A" the subject, and the child must be found there).
            token_ids += tuple(sorted({j for span in self.configured_spans if any(i in span for i in token_ids)
                                       for j in span} - set(token_ids)))
            spans = tuple((m[0].idx, m[-1].idx + len(m[-1].text)) for m, _ in found)
            if key.endswith(" baby") and title is not None:
                # Round 41 (r41d): "Baby Okonkwo" beside "Ms Okonkwo": the family name alone names
                # neither, so the baby's words are "Baby Okonkwo"
                spans = tuple((doc[m[0].i - 1].idx, end) for (_, end), (m, _) in zip(spans, found))
            people_by_role[role].append(Person(name, role, token_ids, spans, found[0][1]))
            roles.update({i: role for i in token_ids})
        for role in people_by_role:
            people_by_role[role].sort(key=lambda p: p.tokens[0])
        role_words = tuple((t.i, kind) for t in doc for kind in (self._role_kind(t),) if kind)
        return People(tuple(people_by_role[CHILD]), tuple(people_by_role[ADULT]), tuple(people_by_role[PET]),
                      role_words, roles, tuple(people_by_role[OTHER]))


_HARMS_AN_ADULT = "does harm to an adult of the family"
# Round 41 (r41d): the titles that tell one bearer of a family name from another ("Mr Okafor" and "Ms
# Okafor", "Baby Okonkwo" and "Ms Okonkwo"). "Mrs", "Ms" and "Miss" may be one woman written two ways;
# other titles ("Dr", "PC") may be the same person's, so they tell nobody apart.
_BABY_SIGNS = frozenset(("baby", "babies", "twins", "unborn", "pregnant", "pregnancy", "expecting", "newborn"))
_TITLE_KINDS = {"mr": "mr", "mrs": "ms", "ms": "ms", "miss": "ms", "baby": "baby"}
# Round 33 (review33q Q#3): an adult's reading that says nothing beyond its own statement.
_LOCAL_ADULT_READINGS = ("the child is not born yet", "a child is named by age", "nothing says")
SHARED_ADULT = "an adult in another statement of the draft"


def share_adults_across(docs, child_names=(), adult_names=()) -> None:
    """Round 33 (review33q Q#3): the statements of one draft speak of the same family. A name read
    as an adult on evidence in one statement ("Nan Rose will…", "domestic abuse between Grace and
    Will") is an adult in another statement of the draft that reads it as the child only because
    nothing there says otherwise ("We are worried about Rose because…"). Not where any statement
    reads the name as a child on evidence (an age, a child's word, being cared for). The new
    reading is kept on each Doc under the key the rules ask ``people`` with."""
    if len(docs) < 2:
        return
    read = [people(doc, child_names, adult_names) for doc in docs]
    given = child_names
    adults, children = set(), set()
    for doc, found in zip(docs, read):
        for person in found.adults:
            if not person.evidence.startswith(_LOCAL_ADULT_READINGS) and person.evidence != SHARED_ADULT:
                adults.add(doc[person.tokens[0]].lower_)
        for person in found.children:
            if person.evidence != "named in the statement" and not _owns_a_family_word(person.evidence):
                children.add(doc[person.tokens[0]].lower_)
    shared = adults - children - {n.lower() for name in child_names for n in str(name).split()}
    if not shared:
        return
    for doc, found in zip(docs, read):
        moved = {doc[p.tokens[0]].lower_ for p in found.children
                 if p.evidence == "named in the statement" or _owns_a_family_word(p.evidence)} & shared
        if not moved:
            continue
        child_names = _with_heading(doc, given)  # Round 34: each statement's own heading
        again = _Reader(doc, child_names, tuple(adult_names) + tuple(sorted(moved))).read()
        relabel = lambda p: Person(p.name, p.role, p.tokens, p.spans, SHARED_ADULT) \
            if doc[p.tokens[0]].lower_ in moved else p  # noqa: E731
        again = People(again.children, tuple(relabel(p) for p in again.adults), again.pets, again.role_words,
                       again._roles, again.others, tuple(doc.user_data.get(_HEADING_KEY, ())))
        if child_names or adult_names:
            key = ("sos_lint.people", tuple(sorted(n.lower() for n in child_names)),
                   tuple(sorted(n.lower() for n in adult_names)))
        else:
            key = _NO_NAMES_KEY
        doc.user_data[key] = again


def _owns_a_family_word(evidence: str) -> bool:
    """A child's reading only because the name owns a family word ("Grace's mum Abena"): an adult
    has a mum too, so an adult's reading on evidence elsewhere in the draft outweighs it."""
    parts = evidence.replace("’", "'").split("'s ")
    return len(parts) == 2 and parts[1].strip().lower() in words()["adult_family"]
