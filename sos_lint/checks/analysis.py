"""Shared readings of a parsed statement that several practice rules use: people, actions, cues."""
from __future__ import annotations

from dataclasses import dataclass

from ..data import load_toml
from .base import Context
from ..people import CONFIGURED_CHILD
from ..people.kin import relative_of_the_child

_PRONOUNS = {"he", "she", "they", "you", "we", "i", "him", "her", "them", "us", "me"}
STRUCTURE = "structure.toml"


def people_words() -> dict:
    return load_toml("people.toml")


_PERSON_SETS: list = [None, frozenset(), frozenset()]


def _person_words() -> list:
    """[table, is_person's words (pronouns, family, professionals, children) as one set, the
    children's words as a set], made once per people_words() table: the lists are scanned for
    every token otherwise."""
    words = people_words()
    if _PERSON_SETS[0] is not words:
        # Round 31 (a practice lead's trial): the words for an unnamed adult ("men who had given him
        # vodka", "a man in a car", "an adult") are people too: what they do is an adult's act.
        _PERSON_SETS[:] = [words, frozenset(_PRONOUNS).union(words["family"], words["professionals"], words["children"],
                                                             words.get("adult_nouns", ())),
                           frozenset(words["children"])]
    return _PERSON_SETS


def people(ctx: Context):
    """Who is who in this statement (sos_lint.people): the one reading every rule shares."""
    from ..people import people as read_people

    child = [name for role, name in ctx.config.names if role in ("child", "children")]
    adult = [name for role, name in ctx.config.names if role not in ("child", "children")]
    return read_people(ctx.doc, child, adult)


def _calendar() -> frozenset:
    calendar = load_toml("calendar.toml")
    return frozenset(calendar["months"] + calendar["days"] + calendar["other"])


# Capitalised calendar words (rules/calendar.toml); read by the rewrite scaffold too.
_CALENDAR = _calendar()


def is_name(token) -> bool:
    """A person's or pet's name (or initial) as sos_lint.people reads it: by the model's tags and
    by context, so names that are also words ("Will", "May", "River") count, and titles,
    headings and months do not."""
    from ..people import people as read_people

    return token.i in read_people(token.doc).name_tokens


def first_names() -> frozenset:
    """Common UK given names (rules/first_names.toml), for names the model tags as nouns."""
    from ..people import first_names as names_list

    return names_list()


def is_person(token) -> bool:
    """A person by pronoun, role word or name (a pet's name is not a person: "Bruno bit Leo")."""
    from ..people import PET, people as read_people

    _, person_words, children = _person_words()
    return (token.lower_ in person_words or token.lemma_.lower() in children
            or (is_name(token) and read_people(token.doc).role_of(token) != PET))


def names(ctx: Context) -> list:
    """Tokens of people's names, children and adults (pets, titles and headings left out)."""
    def compute():
        found = people(ctx)
        wanted = {i for person in found.children + found.adults for i in person.tokens}
        return [t for t in ctx.tokens if t.i in wanted]
    return ctx.memo("names", compute)


def child_tokens(ctx: Context) -> set:
    """Indices of the tokens that name a child or point to one ("Ivy", "the baby")."""
    def compute():
        return {i for person in people(ctx).children for i in person.tokens} | {t.i for t in child_words(ctx)}
    return ctx.memo("child_tokens", compute)


def adult_tokens(ctx: Context) -> set:
    """Indices of the tokens that name an adult by name or by role ("Dean", "Mrs Begum", "Mum")."""
    def compute():
        found = people(ctx)
        return {i for person in found.adults for i in person.tokens} | {i for i, kind in found.role_words
                                                                          if kind != "institution"}
    return ctx.memo("adult_tokens", compute)


def child_words(ctx: Context) -> list:
    from . import words34
    from .word_context import in_document_name

    def compute():
        words = _person_words()[2]
        found, tokens = [], ctx.tokens
        for t in tokens:
            if t.lower_ not in words and t.lemma_.lower() not in words:
                continue
            # "Children's Services" is an organisation, not a child.
            if t.text[:1].isupper() and t.i + 2 < len(tokens) and tokens[t.i + 1].lower_ in ("'s", "’s") \
                    and tokens[t.i + 2].text[:1].isupper():
                continue
            if words34.a_childrens_service(tokens, t.i):
                continue  # round 34 (review34 P#6): "children's social care", "the children's mental health service"
            if t.text[:1].isupper() and not t.is_sent_start and in_document_name(ctx.doc[t.i:t.i + 1]):
                continue  # "the Child in Need Plan" is a document, not a child
            found.append(t)
        return found
    return ctx.memo("child_words", compute)


_FEMALE = {"mum", "mummy", "mam", "mom", "mother", "nan", "nana", "nanny", "gran", "granny", "grandma",
           "grandmother", "aunt", "auntie", "aunty", "sister", "stepmum", "stepmother", "girlfriend", "wife",
           "godmother", "she", "her"}
_MALE = {"dad", "daddy", "father", "grandad", "grandpa", "grandfather", "uncle", "brother", "stepdad",
         "stepfather", "boyfriend", "husband", "godfather", "he", "him", "his"}


def pronoun_is_child(ctx: Context, pronoun) -> bool:
    """Does "he", "she" or "they" stand for the child? The nearest person before it who could be
    meant, preferring one who is the subject of a clause; professionals are passed over (they are
    rarely what a statement's pronouns point back to)."""
    def compute():
        from ..people import antecedents

        children, found = child_tokens(ctx), people(ctx)
        family = {i for i, kind in found.role_words if kind == "family"} | {i for p in found.adults for i in p.tokens}
        lower = pronoun.lower_
        candidates = []
        for t in reversed(ctx.tokens[max(0, pronoun.i - 60): pronoun.i]):
            if t.i not in children and t.i not in family:
                continue
            if lower in _MALE and t.lower_ in _FEMALE or lower in _FEMALE and t.lower_ in _MALE:
                continue
            if lower in ("he", "she", "him", "her") and t.tag_ in ("NNS", "NNPS") and t.i not in children:
                continue  # round 31: "her parents notice when she is struggling": "she" is no plural adult
            if lower in ("they", "them", "their") and t.i in children and t.lower_ not in ("children", "twins") \
                    and not any(c.dep_ == "conj" for c in t.children) and t.dep_ != "conj":
                pass
            candidates.append(t)
        if not candidates:
            return False
        # Round 36 (r36d, review35 C#6): the subject of the clause the pronoun's own is joined to
        # ("Rocky asks when Mark is coming home and he has told Hazel …": Rocky), read from the parse
        # (sos_lint.people.antecedents).
        joined = antecedents.conjoined_subject(pronoun)
        if joined is not None and (joined.i in children or joined.i in family or joined.pos_ == "PRON"):
            return joined.i in children if joined.pos_ != "PRON" else pronoun_is_child(ctx, joined)

        def is_subject(t):
            return t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "conj" and t.head.dep_ in ("nsubj", "nsubjpass"))

        # A pronoun usually points back to a subject ("Pat says he shakes", "Dad will not shout at
        # Sonny. Instead, he will go…"), in its own sentence first.
        number = ctx.sentence_number

        def pick(among):
            same = [t for t in among if number[t.i] == number[pronoun.i]]
            return next((t for t in same if is_subject(t)), None) or (same[0] if same else None) \
                or next((t for t in among if is_subject(t)), None) or among[0]
        chosen = pick(candidates)
        # Round 36 (C#6): "they" is two or more people: a lone person chosen is passed over for a
        # group named before it ("if nobody tells Ava and Noah where Dad is, they will …").
        if lower in ("they", "them") and not antecedents.is_group(chosen):
            # (in the pronoun's own sentence only: "chewing his sleeves until they're soaked" is no
            # group named sentences before)
            groups = [t for t in candidates if antecedents.is_group(t) and number[t.i] == number[pronoun.i]]
            if groups:
                chosen = pick(groups)
        return chosen.i in children
    if pronoun.lower_ not in ("he", "she", "they", "him", "her", "them"):
        return False
    if pronoun.dep_ in ("nsubj", "nsubjpass"):
        # Round 34 (r34d): "She sees Dr Rahman at the clinic, but she did not go": a subject pronoun
        # repeats the same pronoun that is the subject earlier in its sentence, whoever is named between.
        sentence = ctx.sentences[ctx.sentence_number[pronoun.i]]
        earlier = next((t for t in reversed(ctx.tokens[sentence.start:pronoun.i]) if t.lower_ == pronoun.lower_
                        and t.dep_ in ("nsubj", "nsubjpass")), None)
        if earlier is not None:
            return pronoun_is_child(ctx, earlier)
    return ctx.memo(f"pronoun:{pronoun.i}", compute)


def nearest_named_is_child(ctx: Context, pronoun, within_sentence: bool = False) -> bool:
    """Round 38's fallback after pronoun_is_child: is the nearest person named before the pronoun (a
    child, or an adult named by a proper noun), in its sentence or in the whole document, a child?"""
    children, adults = child_tokens(ctx), adult_tokens(ctx)
    scope = pronoun.sent if within_sentence else pronoun.doc[:pronoun.i]
    before = [t for t in scope if t.i < pronoun.i and (t.i in children or (t.i in adults and t.pos_ == "PROPN"))]
    return bool(before) and before[-1].i in children


def mentions_child(ctx: Context) -> bool:
    return bool(people(ctx).children or child_words(ctx))


def child_name(ctx: Context, default: str = "[child's name]") -> str:
    """The child a suggestion should name: never an adult, a pet or a heading word.

    Round 38 (review38p P#2): a name the analysis calls a child only because nothing says
    otherwise ("named in the statement") is not named before a child the text shows to be one
    ("Summer (4)"), and is never named where the words around it show an adult acting in a plan,
    let back in or gone back to ("Rose will attend…", "let Frank back in", "returning to Bilal"):
    the same reading the rewrite uses. With no such child left, the placeholder stays."""
    found = people(ctx)
    if not found.children or any(p.evidence == CONFIGURED_CHILD for p in found.children):
        return found.child_name(default)
    from ..rewrite.people import _DEFAULT, _adult_cue

    doc = ctx.doc
    # an age is surer than any cue ("Jade (15) will go to college"); other evidence is not
    # ("Wayne's friends" beside "let Wayne back in")
    kept = [p for p in found.children if p.evidence.lower().startswith("age ")
            or not any(_adult_cue(doc[i]) and not _experiences(doc[i]) for i in p.tokens)]
    # Round 40 (review40w W#1): "the sister of the child, Rufaro (14)", "the baby's brother Kai (13)":
    # a name the text gives as a relative of the child a role word stands for is someone else.
    kept = [p for p in kept if not any(relative_of_the_child(doc[i]) for i in p.tokens)]
    # Round 41 (r41d, review41m M#1): in a statement about the baby, a young mother read as a child by
    # her age ("Summer (16) is 28/40 … unborn baby") is not the child its suggestions name: the baby is.
    from ..people.adult_signs import mother_of_the_baby

    mothers = [p for p in kept if any(mother_of_the_baby(doc[i]) for i in p.tokens)]
    kept = [p for p in kept if p not in mothers]
    chosen = [p for p in kept if p.evidence.lower() != _DEFAULT] or kept
    if not chosen:
        if mothers and not found.given:
            return "the baby"
        return found.given[0] if len(found.given) == 1 else " and ".join(found.given) if found.given else default
    from ..people import written_as_baby

    return written_as_baby(doc.text, max(chosen, key=lambda p: (len(p.tokens), -p.tokens[0])))


_EXPERIENCE_VERBS = {"see", "hear", "feel", "witness", "know", "sleep", "play", "enjoy", "grow"}


def _experiences(token) -> bool:
    """A name that is the subject of a verb of experience ("Summer and Will will not witness
    it", "Ivy will feel safe"): what a child will experience, not an adult's act in a plan."""
    anchor = token
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
        anchor = anchor.head
    return anchor.dep_ in ("nsubj", "nsubjpass") and anchor.head.lemma_.lower() in _EXPERIENCE_VERBS


@dataclass(frozen=True)
class Action:
    subject: object  # spaCy Token
    verb: object  # spaCy Token
    negated: bool

    @property
    def sentence(self):
        return self.verb.sent


def in_marked_clause(token, marks: tuple) -> bool:
    """Whether the token or one of its ancestors has a "mark" child among `marks` (lower case,
    such as ("if", "unless")): the words stand in an "if …" or "when …" clause. The marked heads
    and every token's head are found once per Doc (kept in its user_data), since walking
    `ancestors` and their `children` makes new Token objects at every step."""
    data = token.doc.user_data
    heads = data.get("sos_lint.heads")
    if heads is None:
        heads = data["sos_lint.heads"] = tuple(t.head.i for t in token.doc)
    key = ("sos_lint.marked_heads", marks)
    marked = data.get(key)
    if marked is None:
        marked = data[key] = frozenset(t.head.i for t in token.doc
                                       if t.dep_ == "mark" and t.lower_ in marks and t.head.i != t.i)
    i = token.i
    for _ in range(len(heads)):
        if i in marked:
            return True
        if heads[i] == i:
            return False
        i = heads[i]
    return False


def subject_of(verb, through=("xcomp", "conj", "advcl"), steps: int = 3):
    """Who does the verb: its own subject, or the subject of the verb it hangs on by one of the
    `through` relations ("has started using crack", "offered support and did not take it up"),
    climbing at most `steps` verbs."""
    for _ in range(steps):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.head.i == verb.i or verb.dep_ not in through:
            return subject
        verb = verb.head
    return None


def _subjects(verb, children=None):
    children = tuple(verb.children) if children is None else children  # each walk makes new Tokens
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        # "on those Saturdays Auntie Bev will take her": the model hangs the name on "on".
        auxes = [c for c in children if c.dep_ == "aux" and c.i < verb.i]
        before = verb.doc[auxes[0].i - 1] if auxes and auxes[0].i > 0 else None
        if before is not None and before.dep_ in ("pobj", "compound", "npadvmod") and is_person(before):
            return [before]
    if not subjects and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        return _subjects(verb.head)
    expanded = []
    for subject in subjects:
        expanded.append(subject)
        expanded.extend(c for c in subject.children if c.dep_ == "conj")
    return expanded


def actions(ctx: Context) -> list[Action]:
    """Clauses where someone in the family does something that could be seen or heard (not a
    state or a label). What professionals did ("the social worker visited") does not count."""
    def compute():
        stative = set(people_words()["stative_verbs"])
        professionals = set(people_words()["professionals"])
        found = []
        for verb in ctx.tokens:
            if verb.pos_ != "VERB" or verb.lemma_.lower() in stative:
                continue
            children = tuple(verb.children)
            if any(c.dep_ == "auxpass" for c in children):
                continue
            people = [s for s in _subjects(verb, children) if is_person(s) and s.lower_ not in professionals
                      and not any(t.lower_ in professionals for t in s.subtree)]
            if people:
                negated = any(c.dep_ == "neg" for c in children)
                found.append(Action(people[0], verb, negated))
        return found
    return ctx.memo("actions", compute)


_MODALS = {"could", "might", "may", "will", "would", "can", "must", "should"}


def cues(ctx: Context, kind: str) -> list:
    """Spans from rules/structure.toml of one kind (timescale, compliance, future ...). A lone
    modal must be tagged as one: "May" the month and "Will" the name are not the future."""
    def compute():
        return tuple(span for span, entry in ctx.matches(STRUCTURE, per_group=True) if entry.group == kind
                     and not (len(span) == 1 and span[0].lower_ in _MODALS and span[0].tag_ != "MD"))
    return list(ctx.memo("cues:" + kind, compute))  # a list of its own: a caller may change it


def entry_for(ctx: Context, kind: str):
    """The first cue of this kind in the statement, with its kind's advice and source (stated once
    per kind in rules/structure.toml [kinds.NAME])."""
    from dataclasses import replace

    entry = next((entry for span, entry in ctx.matches(STRUCTURE, per_group=True) if entry.group == kind), None)
    if entry is None:
        return None
    group = load_toml(STRUCTURE).get("kinds", {}).get(kind, {})
    return replace(entry, advice=entry.advice or group.get("advice", ""), source=entry.source or group.get("source", ""))


def kind_advice(kind: str) -> str:
    """The advice for one kind of structure cue (rules/structure.toml [kinds.NAME])."""
    return load_toml(STRUCTURE).get("kinds", {}).get(kind, {}).get("advice", "")


_FEELING_WORDS = {"worry", "worried", "concern", "concerned"}


def _child_is_subject(token, child_tokens: set) -> bool:
    head = token.head if token.dep_ in ("acomp", "attr", "dobj") else token
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i in child_tokens for c in head.children)


def child_sentence(ctx: Context, words_key: str):
    """The first sentence that names or points to a child and says what they see, hear or feel."""
    def compute():
        cue_words = set(load_toml("child_focus.toml")[words_key])
        found_children = set(child_tokens(ctx))
        adults = adult_tokens(ctx)
        for sentence in ctx.sentences:
            indices = range(sentence.start, sentence.end)
            words = ctx.tokens[sentence.start:sentence.end]
            has_child = any(i in found_children for i in indices)
            # After a child is named, "he", "she" and "they" usually mean the child, unless an
            # adult is in the same sentence ("Dad will walk when he feels angry").
            if not has_child and found_children and not any(i in adults for i in indices):
                pronouns = [t for t in words if t.lower_ in ("he", "she", "they", "him", "her", "his", "them")]
                has_child = bool(pronouns)
                found_children |= {t.i for t in pronouns}
            if not has_child:
                continue
            for t in words:
                word = t.lemma_.lower() if t.lemma_.lower() in cue_words else t.lower_
                if word not in cue_words:
                    continue
                # "The social worker is worried" is about the worker, not the child.
                if word in _FEELING_WORDS and not _child_is_subject(t, found_children):
                    continue
                return sentence
        return None
    return ctx.memo("child_sentence:" + words_key, compute)
