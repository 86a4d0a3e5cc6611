"""Round 34 (r34e, review34 P#3): stock sentences that fill a part's slot with nothing in it.

A new writer who does what the missing-part messages ask adds short sentences that name the part
but say nothing anyone could see done: "Nan will help.", "Mr Novak will see it.", "The school will
check this." Each read as the network or as how others will know, and a goal whose only adult step
was a course scored 8 to 9. A part is present only when its words would convince a supervisor
(DOMAIN.md), so these readings take such sentences away:

- `says_nothing_done`: a verb of helping, seeing or checking with nothing done or seen: no object
  (or only "it", "this", "that"), no clause, no place, time, how often or whom for. "Nan will help
  with the washing", "Nan will see the kitchen every Sunday", "the school will check it each
  morning" all say something and stay.
- `does_nothing_named`: a helper every mention of whom is the subject of such a verb ("Nan will
  help.") is not the network; a helper named anywhere else doing something stays.
- `the_shared_aim`: "Mum, you and Poppy need to live in a clean home": the house style's opening
  line, what the adult and the child both need (a "need to" clause whose subjects join an adult
  and the child), is the aim of the goal, not the adult's everyday action.
- `modal_without_verb`: "If nothing changes, Poppy could." (a placeholder taken out, or a sentence
  left unfinished): a modal with no verb names no harm.
- `no_child_but_a_service_name`: "The child in need plan did not happen.": the only child word in
  the sentence is part of a service's name ("child in need", "child protection", "children's
  services"): it says nothing of what the child lives through.
"""
from __future__ import annotations

from .. import analysis
from ..base import Context

# Verbs that name a part's slot by themselves: helping, being there, seeing, checking, knowing.
_EMPTY_ABLE = {"help", "support", "see", "check", "know", "notice", "watch", "monitor", "assist", "oversee",
               "look", "keep"}
# Pronouns that point back at the goal as a whole ("see it", "check this"), not at a thing seen.
_BACK_POINTERS = {"it", "this", "that", "these", "those", "things", "everything"}
# Dependents that add nothing done or seen: the subject, auxiliaries, the full stop, "too", "also".
_SCAFFOLD = {"nsubj", "nsubjpass", "aux", "auxpass", "punct", "cc", "neg"}
_FILLERS = {"too", "also", "as", "well", "out", "up", "always", "then", "there"}
_VISITING = {"pop", "come", "drop", "call", "visit", "stay", "go", "walk", "stop", "look"}


def says_nothing_done(verb) -> bool:
    """"Nan will help.", "Mr Novak will see it.", "The school will check this.", "Nan will keep an
    eye out.": a helping or seeing verb with nothing named that anyone could see done or seen."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _EMPTY_ABLE:
        return False
    if verb.dep_ in ("xcomp", "advcl", "conj") and verb.head.i != verb.i and verb.head.lemma_.lower() in _VISITING:
        return False  # "Nan will pop in to check", "Gran will come round and help": the visit is done
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in _SCAFFOLD:
            continue
        if child.dep_ in ("advmod", "prt") and child.lower_ in _FILLERS and not list(child.children):
            continue
        if child.dep_ == "dobj" and child.lower_ in _BACK_POINTERS and not list(child.children):
            continue
        if lemma == "keep" and child.dep_ == "dobj" and child.lower_ == "eye" \
                and all(g.dep_ in ("det", "prt", "advmod") or g.lower_ in ("on", "out") and not list(g.children)
                        for g in child.children):
            continue  # "keep an eye out", "keep an eye on" with nothing watched
        if lemma == "keep" and not any(c.dep_ == "dobj" and c.lower_ == "eye" for c in verb.children):
            return False  # "keep": only in "keep an eye"
        return False
    if lemma == "keep":
        return any(c.dep_ == "dobj" and c.lower_ == "eye" for c in verb.children)
    return True


def _mentions(ctx: Context, person) -> list:
    """Every token that names the same person as `person` (same word, title case), in order."""
    return [t for t in ctx.tokens if t.lower_ == person.lower_ and (t.is_title or t.lower_ == person.lower_)]


def does_nothing_named(ctx: Context, person) -> bool:
    """A helper every mention of whom (by the same word) is the subject of a verb that says nothing
    done ("Nan will help. Nan will see it."). A mention anywhere else ("with Nan", "Nan will take
    Poppy to nursery on Mondays", "ask Nan") keeps them the network."""
    mentions = _mentions(ctx, person)
    if not mentions:
        return False
    for mention in mentions:
        head = mention
        while head.dep_ in ("compound", "appos", "conj") and head.head.i != head.i and head.head.i > head.i - 4:
            head = head.head  # "Mr Novak", "Nan and Grandad"
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return False
        verb = head.head
        if not _no_help(verb) or any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not _no_help(c)
                                     for c in verb.children):
            return False  # "Nan will help and will cook tea on Fridays"
    return True


def _no_help(verb) -> bool:
    # (Seeing or checking something named stays help: the open sets mark "Nan will check the box when
    # she visits every Sunday" as the network, so only a verb with nothing done or seen is no help.)
    return says_nothing_done(verb)


def sees_a_state(ctx: Context, verb, caregivers=("mum", "dad", "you", "mother", "father", "parents", "mummy", "daddy")) -> bool:
    """"Nan will see the home is clean", "Mr Hall will notice that Leo has had breakfast": someone
    other than the parents seeing that something is so finds out (how others will know); it is not
    an everyday action of the adults. "Mum will see that Leo is fed" (a parent) is left as it was."""
    if verb.lemma_.lower() not in ("see", "notice", "know", "check"):
        return False
    if not any(c.dep_ == "ccomp" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and subjects[0].lower_ not in caregivers and subjects[0].lemma_.lower() not in caregivers


def the_shared_aim(ctx: Context, verb, children: set) -> bool:
    """"Mum, you and Poppy need to live in a clean home", "Dad, you and Zofia need to get to school
    on time": what the adult and the child both need, said under "need to" with an adult and the
    child joined as its subjects, is the goal's aim, not the adult's everyday action. "Mum and Leo
    will go to the park every Saturday" (no "need to") stays an action."""
    head = verb
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("need", "have", "want"):
        head = verb.head
    elif verb.lemma_.lower() not in ("need",):
        return False
    if head.lemma_.lower() not in ("need", "have", "want"):
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    joined = [subjects[0], *subjects[0].conjuncts]
    return any(t.i in children or analysis.pronoun_is_child(ctx, t) for t in joined) and any(
        t.i not in children and not analysis.pronoun_is_child(ctx, t) for t in joined)


def modal_without_verb(modal) -> bool:
    """"Poppy could." : the modal is the clause's head, with no verb after it."""
    return modal.tag_ == "MD" and (modal.head.i == modal.i or modal.dep_ == "ROOT") and not any(
        c.pos_ in ("VERB", "AUX") and c.i > modal.i for c in modal.children)


_SERVICE_AFTER = {"protection", "plan", "plans", "conference", "services", "service", "care", "social",
                  "safeguarding", "exploitation", "arrangements", "assessment"}


def _in_a_service_name(token) -> bool:
    """"child in need", "child protection plan", "children's services", "child's plan"."""
    if token.lower_ not in ("child", "children", "child's", "children's"):
        return False
    doc = token.doc
    after = [t.lower_ for t in doc[token.i + 1: token.i + 4]]
    if after[:2] == ["in", "need"]:
        return True
    if after and after[0] in ("'s", "’s") and len(after) > 1:
        return after[1] in _SERVICE_AFTER
    return bool(after) and after[0] in _SERVICE_AFTER
    

def no_child_but_a_service_name(ctx: Context, sentence) -> bool:
    """The sentence's only child words belong to a service's name ("The child in need plan did not
    happen."): nothing in it is said of the child."""
    if sentence is None:
        return False
    sent = sentence.sent if hasattr(sentence, "sent") else sentence
    children = analysis.child_tokens(ctx)
    in_it = [t for t in sent if t.i in children or analysis.pronoun_is_child(ctx, t)]
    return bool(in_it) and all(_in_a_service_name(t) for t in in_it)


# What a child wears or is cared for by (hair, clothes, nappy, teeth): said to be neglected, it is
# what the child lives through (the impact), as a sore or a bruise on the body is (body.py).
_KEPT_THINGS = {"hair", "clothes", "clothing", "nappy", "nappies", "uniform", "shoes", "shoe", "teeth", "tooth",
                "bedding", "coat", "socks", "pyjamas", "nails", "skin", "face", "hands", "sheets", "cot", "bed"}
_NEGLECTED = {"matted", "dirty", "soiled", "wet", "torn", "unwashed", "smelly", "filthy", "stained", "greasy",
              "ripped", "soaked", "sodden", "ragged", "unkempt", "full", "infested", "rotten", "decayed", "caked",
              "crusted", "grubby", "damp", "holey", "lousy", "overflowing", "blackened", "tangled", "urine-soaked"}


def neglect_on_the_child(ctx: Context, children: set):
    """"Poppy's hair was matted and her clothes were wet", "his nappy was soaked through", "her
    teeth are rotten": what the child wears or is cared for by, the child's own (by the name, "his"
    or "her"), said to be neglected, as a fact. Not what could happen ("her nappy could get wet"),
    not an adult's ("Mum's clothes were dirty"), not said to be well ("his clothes were clean")."""
    from .child import _owned_by_child
    from .common import _in_condition, _negated, _under_modal

    for thing in ctx.tokens:
        if thing.lemma_.lower() not in _KEPT_THINGS and thing.lower_ not in _KEPT_THINGS:
            continue
        if thing.dep_ not in ("nsubj", "nsubjpass") or not _owned_by_child(ctx, thing, children):
            continue
        verb = thing.head
        if _under_modal(verb) or _negated(verb) or _in_condition(verb):
            continue
        said = [verb] + [c for c in verb.children if c.dep_ in ("acomp", "attr", "oprd")]
        said += [g for c in said for g in c.children if g.dep_ in ("amod", "conj") and g.pos_ == "ADJ"]
        if any(t.lower_ in _NEGLECTED for t in said):
            return verb.sent
    return None


def ongoing_until_now(span) -> bool:
    """Round 34 (r34e, P#7): "Amina has had a high temperature for two weeks", "Dad has not taken
    Kit to the GP for a month", "the baby has been left in her cot for most of the day": how long a
    harm or a lapse has gone on up to now (a present perfect) says when it happens. "cried for hours
    afterwards" (one past moment) or "will stay for two weeks" is not that."""
    doc = span.doc
    if not span.start or doc[span.start - 1].lower_ != "for":
        return False
    verb = doc[span.start - 1].head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    perfect = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "'s", "'ve") for c in verb.children)
    counted = any(t.like_num or t.lower_ in ("a", "an") for t in span)  # "for two weeks", "for a month"; not "for days"
    return perfect and verb.tag_ == "VBN" and counted


_CARE_PLACES = {"doctor", "doctors", "gp", "surgery", "hospital", "dentist", "clinic", "appointment", "appointments",
                "optician", "a&e", "nurse", "check", "checks", "check-up", "checkup", "vaccinations", "immunisations"}


def child_not_taken_for_care(ctx: Context, verb) -> bool:
    """Round 34 (r34e, P#7): "Mum and Dad did not take Oscar to his appointments at the surgery",
    "has not taken Amina to a doctor": an adult not taking the child for the child's own care is what
    the adults did (not did) for the child, as SOS511 reads a child's missed appointments. Taking
    the child is no deed to flag here ("took Ezra to his weight checks" stays a service)."""
    if verb.lemma_.lower() not in ("take", "bring") or not any(c.dep_ == "neg" for c in verb.children):
        return False
    children = analysis.child_tokens(ctx)
    if not any(c.dep_ == "dobj" and (c.i in children or analysis.pronoun_is_child(ctx, c)) for c in verb.children):
        return False
    places = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "for") for g in p.children
              if g.dep_ == "pobj"]
    return any(g.lower_ in _CARE_PLACES or g.lemma_.lower() in _CARE_PLACES for g in places)
