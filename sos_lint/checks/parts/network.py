"""Who a goal names as a helper (issue 11 §5, the network): a person named with a role or a tie
("Gran Pat", "Aunt Kerry, 34"), a role head ("family support worker"), and an organisation, which is
a service and not a person in the network.
"""
from __future__ import annotations

from ..base import Context
from .. import analysis


_SIBLING_WORDS = {"brother", "sister", "sibling", "cousin", "twin", "baby", "son", "daughter"}


def _has_an_age(ctx: Context, name) -> bool:
    """"Rosie (4)", "Rosie, aged 4", "Rosie, who is 4": a child's age beside any mention of the name."""
    doc = ctx.doc
    for t in ctx.tokens:
        if t.text != name.text:
            continue
        after = doc[t.i + 1: t.i + 4]
        if len(after) >= 2 and after[0].text == "(" and (after[1].like_num or after[1].text[:1].isdigit()):
            return True
        if any(a.lower_ in ("aged", "age") for a in after[:2]):
            return True
        if any(c.dep_ == "appos" and c.like_num for c in t.children):
            return True
    return False


def _only_a_name(name, words: dict) -> bool:
    """A first name alone: no title ("Mr Price"), family or partner word, or role beside it."""
    roles = set(words["adult_family"]) | set(words["titles"]) | set(words["professionals"]) | set(words["family"]) \
        | ROLE_HEADS
    beside = [name.head] if name.dep_ in ("appos", "compound") else []
    beside += [c for c in name.children if c.dep_ in ("appos", "compound", "poss")]
    # "Jen the diabetes nurse will…": the model may make the role a second subject of the same verb.
    beside += [c for c in name.head.children if c.dep_ == "nsubj" and c.i != name.i and abs(c.i - name.i) <= 4]
    return name.lower_ not in roles and not any(t.lower_ in roles or t.lemma_.lower() in roles
                                                or t.dep_ == "poss" for t in beside)


def a_named_helper(ctx: Context, name) -> bool:
    """"Darren will be there too", "Grace tops up the meter every Friday", "Summer will be the person
    Holly texts": in a goal, a name the people reading took for a child, but that is not the child the
    goal is about (not named in its first sentence, no age, not joined to that child, no brother or
    sister word beside it), doing a step of the plan, is a helper beyond the parents."""
    if ctx.kind != "goal" or name.pos_ not in ("PROPN", "NOUN") or not name.is_title or not ctx.sentences:
        return False
    children = analysis.child_tokens(ctx)
    words = analysis.people_words()
    if name.i not in children and name.i not in analysis.adult_tokens(ctx) or not _only_a_name(name, words):
        return False  # a bare name read as a child, or an adult read by what they do ("Wendy will drive Abi")
    aim = ctx.sentences[0]
    roles = set(words["adult_family"]) | set(words["family"]) | set(words["titles"])
    aim_children = {t.text for t in aim if t.is_title and t.lower_ not in roles
                    and (t.i != aim.start or t.pos_ == "PROPN" or t.i in children)}
    if not aim_children:
        return False  # the goal's own child is not named up front: a later name may be that child
    if name.text in aim_children or name.sent.start == aim.start or _has_an_age(ctx, name):
        return False
    if any(t.lower_ in _SIBLING_WORDS for t in (name.head, *name.children) if t.dep_ in ("appos", "compound")
           or name.dep_ in ("appos", "compound")):
        return False
    subject = name
    while subject.dep_ == "conj" and subject.head.i != subject.i:
        if subject.head.text in aim_children:
            return False  # "Mia and Isla will go to bed": the goal's child and another child
        subject = subject.head
    if any(c.dep_ == "conj" and c.text in aim_children for c in subject.children):
        return False
    if subject.dep_ != "nsubj":
        return False
    verb = subject.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "be":
        # "Kev will be there too", "Marcus will be the person Kai rings"
        return any(c.lower_ in ("there", "around", "here") for c in verb.children) or any(
            c.dep_ == "attr" and c.lemma_.lower() in ("person", "one", "adult") for c in verb.children)
    if lemma == "come" and any(c.lower_ in ("round", "over", "in") for c in verb.children):
        return True  # "Bernie will come round on Tuesdays to help with the bath"
    if lemma in ("play", "go", "feel", "enjoy", "like", "love", "want", "need", "know", "learn", "sleep", "eat",
                 "have", "get", "tell", "ask", "say", "keep", "stop", "start", "come", "wake", "attend",
                 "join", "spend", "try", "become", "grow", "live", "move", "see", "hear", "wear"):
        return False  # a child's own day or words ("Isla will play…", "Mia will tell Mum…")
    return True


# Head nouns of a job title ("the education adviser", "the support officer", "the family practitioner"):
# someone from a service, whatever the first word.
ROLE_HEADS = {"adviser", "advisor", "officer", "worker", "practitioner", "coordinator", "co-ordinator", "mentor",
              "nurse", "therapist", "visitor", "caseworker", "keyworker", "inspector", "consultant", "pcso"}


# What an organisation's name ends in ("the Farming Community Network", "the Young Carers Project").
_ORG_HEADS = {"network", "service", "services", "team", "trust", "project", "charity", "centre", "center",
              "foundation", "association", "agency", "partnership", "programme", "program", "hub", "society",
              "club", "unit", "line", "helpline"}


def a_service_not_a_helper(person) -> bool:
    """"support from the Farming Community Network", "engage with his Channel mentor": a service named
    by its title, or a worker named by a job word, is not the family's network. "The family network"
    and "Nan's friends from church" stay."""
    lemma = person.lemma_.lower()
    if lemma in ROLE_HEADS:
        return True
    named = [c for c in person.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title]
    return lemma in _ORG_HEADS and bool(named)


# Round 25: a parent word that names someone else's parent ("Jolene's mum", "Kayla's mum", "the mum
# of Hazel's friend Tilly") is not the child's parent: another adult, of the family's network.
_PARENT_WORDS = {"mum", "mam", "mummy", "mom", "mother", "dad", "daddy", "father"}


def another_persons_parent(ctx: Context, token) -> bool:
    """"Jolene's mum, Bev", "Kayla's mum", "the dad of Ruby's best friend": the parent of an adult
    or of another child (one named as the child's friend) is a helper from outside the household.
    "Hazel's mum", "your mum" (to a parent: counted elsewhere), "his dad" are the family itself."""
    if token.lower_ not in _PARENT_WORDS and token.lemma_.lower() not in _PARENT_WORDS:
        return False
    owners = [c for c in token.children if c.dep_ == "poss"]
    owners += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj"]
    if not owners or owners[0].pos_ == "PRON":
        return False
    owner = owners[0]
    children = analysis.child_tokens(ctx)
    if owner.lemma_.lower() == "friend" or any(c.lemma_.lower() == "friend" for c in owner.children
                                                if c.dep_ in ("compound", "appos", "amod")):
        return True  # "the mum of Hazel's friend Tilly"
    if owner.dep_ == "appos" and owner.head.lemma_.lower() == "friend":
        return True  # "her friend Kayla's mum"
    if owner.pos_ != "PROPN":
        return False
    if any(t.lower_ == owner.lower_ and t.i and ctx.doc[t.i - 1].lemma_.lower() == "friend" for t in ctx.tokens):
        return True  # "… from her friend Kayla's …, and Kayla's mum will text Mum"
    return owner.i not in children  # "Jolene's mum": the mother of an adult, not of the child


# Round 38 (r38e): the words that tie a named adult to another adult of the family: that adult's
# parent, brother or sister, or friend ("Johnny's mam, Bridget", "Ana's brother Mihai", "your friend
# Denise"). A partner word is left out: "Mum's partner Dean" is the household, not its network.
_KIN_OF_AN_ADULT = _PARENT_WORDS | {"brother", "sister", "friend", "cousin", "aunt", "auntie", "aunty", "uncle",
                                    "nan", "gran", "grandma", "grandad", "neighbour", "godmother", "godfather"}


def an_adults_kin(ctx: Context, person) -> bool:
    """Round 38 (r38e, network misses pooled over parts_test20-36): a named adult whom the people
    reading introduces as the relative or friend of someone who is not a child of the statement
    ("Johnny's mam, Bridget", "Lena's mum Halina", "your friend Denise" in a goal spoken to a parent)
    is from outside the household: the family's network. The owner being a child ("Kai's dad, Mark")
    makes the person a parent; a partner word is never kin here."""
    words = person.evidence.lower().split()
    if len(words) != 2 or not words[0].endswith("'s") or words[1] not in _KIN_OF_AN_ADULT:
        return False
    return _an_adults_name(ctx, words[0][:-2])


def kin_named_by_the_parse(ctx: Context, token) -> bool:
    """Round 38 (r38e): the same tie read from the parse when the people reading names nobody there:
    a kin word owned by an adult's name, with a name of its own beside it ("Ana's brother Mihai will
    have Luca", "Declan's mam Bernie's by six")."""
    if ctx.kind != "goal" or token.lower_ not in _KIN_OF_AN_ADULT:
        return False
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN" and owner.lower_ != "your":
        return False
    named = any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in token.children) \
        or token.dep_ in ("compound", "nmod", "appos") and token.head.pos_ == "PROPN"
    return named and _an_adults_name(ctx, owner.lower_)


def _an_adults_name(ctx: Context, owner: str) -> bool:
    """Whether the owner of a kin word ("Johnny" of "Johnny's mam") is an adult of the statement: "your"
    in a goal not written to the child; a name the goal opens by speaking to ("Shannon and Craig, you
    must…"), which the people reading may take for a child; or a name it never reads as a child."""
    from .common import addressed_child, opening_before_comma

    if owner in set(analysis.people_words().get("children", ())) | {"child", "baby", "his", "her", "their", "my"}:
        return False  # "the child's dad", "his dad": the family itself
    if owner == "your":
        return not addressed_child(ctx)
    if ctx.kind == "goal" and ctx.sentences and not addressed_child(ctx):
        opening = opening_before_comma(ctx.sentences[0]) or []
        if 0 < len(opening) <= 6 and any(t.lower_ == owner for t in opening) and any(
                t.lower_ == "you" for t in ctx.sentences[0]):
            return True
    children = analysis.child_tokens(ctx)
    return not any(t.lower_ == owner and t.i in children for t in ctx.tokens) \
        and any(t.lower_ == owner and t.pos_ == "PROPN" for t in ctx.tokens)
