"""What a worry's harm did to the child's body (issue 11 §5, impact), read from the parse: a
treatment the child needed ("Willow needed six stitches"), a body state or measure a clinician saw
("her sugar levels dropped dangerously low", "was admitted to hospital"), a state the child was
brought in with ("brought in drowsy", "has lost weight") and a hurt said of the child's body ("broke
his wrist", "has blisters on her feet"). Each is the child's, not an adult's or a service's.
"""
from __future__ import annotations

from ..base import Context
from .. import analysis
from .common import _in_condition, _negated, _under_modal, loose_subjects


# What a hurt child had to have done ("needed six stitches", "required surgery", "needed an X-ray").
_TREATMENT = {"stitch", "stitches", "surgery", "operation", "x-ray", "xray", "scan", "cast", "plaster", "dressing",
              "treatment", "transfusion", "graft", "splint", "sling", "oxygen", "glue", "steri-strips", "stomach", "ray",
              # round 26: "required extraction of eight teeth under general anaesthetic"
              "extraction", "extractions", "anaesthetic", "anesthetic"}


def treated_for_harm(ctx: Context):
    """"Marvel needed four stitches", "Kai had to have three stitches in his lip", "Sam required surgery
    on his calf": the child's hurt told by the treatment it needed, said as fact (not "could need"),
    of the child (not Mum's stitches). A routine check ("needs a check-up") is not a hurt."""
    children = analysis.child_tokens(ctx)
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if lemma not in ("need", "require", "have", "receive", "get", "pump"):
            continue
        node = verb
        if lemma == "have" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "have":
            node = verb.head  # "had to have three stitches"
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        shared = node
        while not subjects and shared.dep_ == "conj" and shared.head.i != shared.i:
            shared = shared.head  # round 26: "Oskar attended with caries and required extraction of…"
            subjects = [c for c in shared.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or not any(s.i in children or analysis.pronoun_is_child(ctx, s) for s in subjects):
            continue
        if _under_modal(verb) or node.tag_ in ("VB", "VBZ", "VBP") and not any(
                c.dep_ == "aux" and c.lemma_.lower() == "have" for c in node.children):
            continue  # "could need stitches", "needs his inhaler": not what has happened
        things = [t for t in verb.subtree if t.i > verb.i and t.dep_ in ("dobj", "pobj", "compound", "conj", "nsubj")]
        if any(t.lemma_.lower() in _TREATMENT or t.lower_ in _TREATMENT for t in things):
            return verb
    return None


# What a reading of the child's body is called ("her oxygen levels", "his blood sugar", "her weight").
_MEASURES = {"level", "levels", "sugar", "sugars", "oxygen", "saturation", "saturations", "sats", "temperature",
             "weight", "rate", "pressure", "count", "glucose", "breathing", "heartbeat", "pulse"}


_FALLING = {"drop", "fall", "plummet", "dip", "crash", "plunge", "slip"}


# How a hurt or unwell child looks (what a carer or nurse saw): not a feeling, not a label.
_BODY_STATES = {"floppy", "drowsy", "limp", "pale", "grey", "lethargic", "unresponsive", "dehydrated", "listless",
                "clammy", "sleepy", "shaking", "shivering", "hypothermic", "jaundiced", "blue", "feverish", "faint",
                "unconscious", "weak", "shaky", "sweaty", "breathless", "wheezy", "mottled", "cold", "soaked"}


_LOW = {"low", "high", "dangerous", "dangerously"}


# Taken into a hospital's care ("admitted", "rushed to A&E", "kept in overnight").
_ADMITTING = {"admit", "readmit", "re-admit", "hospitalise", "hospitalize", "rush", "ventilate", "resuscitate",
              "intubate", "airlift", "blue-light"}


_CARRYING = {"take", "bring", "transfer", "send"}


_HOSPITAL = {"hospital", "a&e", "ward", "unit", "icu", "picu", "nicu", "ambulance", "emergency", "casualty"}


_REMOVED = {"pull", "take", "extract", "remove"}


_HARDLY = {"hardly", "barely", "scarcely"}


_PLANNED = {"planned", "routine", "elective", "booked"}


def _child_owns(ctx: Context, noun, children: set) -> bool:
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [g for c in noun.children if c.dep_ == "compound" for g in c.children if g.dep_ == "poss"]
    return any(o.i in children or analysis.pronoun_is_child(ctx, o) for o in owners)


def _child_subject(ctx: Context, verb, children: set) -> bool:
    return any(s.i in children or analysis.pronoun_is_child(ctx, s) for s in loose_subjects(verb))


def _a_measure_of_the_child(ctx: Context, verb, children: set) -> bool:
    subjects = loose_subjects(verb)
    if verb.dep_ == "relcl" and any(s.lower_ in ("which", "that") for s in subjects):
        subjects = [verb.head]  # round 26: "Autumn's weight, which has dropped to the 9th centile"
    return any(s.lemma_.lower() in _MEASURES or s.lower_ in _MEASURES
               for s in subjects if _child_owns(ctx, s, children))


def _to_hospital(verb) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in ("to", "into", "in", "by") and any(
        g.lower_ in _HOSPITAL or g.lemma_.lower() in _HOSPITAL for g in c.subtree) for c in verb.children)


def body_shows_harm(ctx: Context, children: set):
    """"her oxygen levels dropped", "Leo was floppy and pale", "Ava has been admitted to hospital twice",
    "Sam was taken to A&E", "he has had six teeth pulled out", "Jo has hardly slept": the harm shown in
    the child's body or care, said as what has happened. Not "could be admitted" (the future), not an
    adult's body, not a rise, not a planned stay."""
    if not children:
        return None
    for token in ctx.tokens:
        if _under_modal(token) or _in_condition(token):
            continue
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX"):
            if _negated(token):
                continue
            if lemma in _FALLING and _a_measure_of_the_child(ctx, token, children):
                return token.sent  # "her oxygen levels dropped"
            passive = any(c.dep_ == "auxpass" for c in token.children)
            if passive and (lemma in _ADMITTING or lemma in _CARRYING and _to_hospital(token)) and any(
                    c.dep_ == "nsubjpass" and (c.i in children or analysis.pronoun_is_child(ctx, c))
                    for c in token.children) and not any(t.lower_ in _PLANNED for t in token.sent):
                return token.sent  # "was admitted to hospital", "was taken to A&E by ambulance"
            if lemma == "have" and _child_subject(ctx, token, children) and any(
                    c.dep_ in ("ccomp", "xcomp", "dobj") and any(
                        g.lemma_.lower() in _REMOVED and g.tag_ == "VBN" for g in c.subtree)
                    for c in token.children):
                return token.sent  # "he has had six teeth pulled out"
            if lemma in ("sleep", "eat") and any(c.lower_ in _HARDLY for c in token.children) and \
                    _child_subject(ctx, token, children):
                return token.sent  # "Jo has hardly slept"
            if lemma == "be":
                states = [c for c in token.children if c.dep_ in ("acomp", "attr", "oprd")]
                states += [g for s in list(states) for g in s.conjuncts]
                if any(s.lower_ in _BODY_STATES for s in states) and _child_subject(ctx, token, children):
                    return token.sent  # "he was floppy and sleepy"
                if any(s.lower_ in _LOW for s in states) and _a_measure_of_the_child(ctx, token, children):
                    return token.sent  # "his sugars were low"
        elif token.pos_ == "ADJ" and token.lower_ in _BODY_STATES and token.dep_ == "conj":
            head = token.head
            while head.dep_ == "conj" and head.head.i != head.i:
                head = head.head
            if head.dep_ == "acomp" and _child_subject(ctx, head.head, children) and not _negated(head.head):
                return token.sent
    return None


# A body state a clinician or carer saw, said with no subject of its own ("brought in drowsy").
_STATES_SEEN = {"floppy", "drowsy", "limp", "pale", "grey", "lethargic", "unresponsive", "dehydrated", "listless",
                "clammy", "sleepy", "hypothermic", "jaundiced", "unconscious", "semi-conscious", "vomiting",
                "unrousable", "incoherent", "intoxicated", "drunk"}


_BROUGHT = {"bring", "take", "find", "admit", "arrive", "present", "rush", "carry", "convey", "collect"}


_WEIGHT = {"weight", "kilogram", "kilo", "kg", "stone", "pound"}


def body_shown(ctx: Context, children: set):
    """"Kai was brought into A&E drowsy", "Noor was found floppy", "Leo arrived at nursery pale and
    sleepy" (the state hangs on the verb of being brought or found), "Ava has lost a lot of weight",
    "his BMI is 13.9": the harm shown in the child's body. Not an adult's body, not weight gained,
    not what could happen."""
    if not children:
        return None
    for token in ctx.tokens:
        if _under_modal(token) or _in_condition(token):
            continue
        lower, lemma = token.lower_, token.lemma_.lower()
        if lower in _STATES_SEEN:
            verb = token.head
            while verb.dep_ in ("conj", "acomp", "oprd", "advcl", "xcomp") and verb.lemma_.lower() not in _BROUGHT \
                    and verb.head.i != verb.i:
                verb = verb.head
            if verb.lemma_.lower() in _BROUGHT and not _negated(verb) and _of_a_child(ctx, verb, children):
                return token.sent
        elif lemma == "lose" and token.pos_ == "VERB" and not _negated(token) and any(
                c.dep_ == "dobj" and (c.lemma_.lower() in _WEIGHT or any(
                    g.lemma_.lower() in _WEIGHT for g in c.subtree)) for c in token.children) \
                and _of_a_child(ctx, token, children):
            return token.sent  # "has lost a lot of weight"
        elif lower == "bmi" and any(t.like_num for t in token.sent) and _owned_by_a_child(ctx, token, children):
            return token.sent  # "her BMI is now 14"
    return None


def _of_a_child(ctx: Context, verb, children: set) -> bool:
    node = verb
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return any(s.i in children or analysis.pronoun_is_child(ctx, s) for s in subjects)
        if node.dep_ in ("conj", "acl", "relcl", "advcl") and node.head.i != node.i:
            if node.dep_ in ("acl", "relcl", "appos"):
                return node.head.i in children  # "Jade (2), brought in drowsy"
            node = node.head
        else:
            break
    head = verb.head
    return verb.dep_ == "acl" and head.i in children


def _owned_by_a_child(ctx: Context, noun, children: set) -> bool:
    return any(c.dep_ == "poss" and (c.i in children or analysis.pronoun_is_child(ctx, c)) for c in noun.children)


def body_hurt(ctx, children: set):
    """"Ayo fell and broke his wrist", "Esme bit through her lip", "Tobi has blisters on his toes",
    "Leo had two asthma attacks", "she has sunburn on her back": a hurt to the child's own body,
    with the child as the one who has it. Not an adult's hurt, not what could happen, not a hedge."""
    from .child import _is_child, _owned_by_child, _guessed
    from .common import _in_condition, _negated, _parts_words, _under_modal

    if not children:
        return None
    words = _parts_words()
    ailments, verbs, body = set(words["ailments"]), set(words["body_hurt_verbs"]), set(words["body_parts"])
    guessed = _guessed(ctx)
    for token in ctx.tokens:
        if token.pos_ != "VERB" or token.sent in guessed or _under_modal(token) or _in_condition(token) \
                or _negated(token):
            continue
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        node = token
        while not subjects and node.dep_ == "conj" and node.head.i != node.i:
            node = node.head  # "Esme had a fit and bit through her lip"
            subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if not subjects or not _is_child(ctx, subjects[0], children):
            continue
        lemma = token.lemma_.lower()
        things = [c for c in token.children if c.dep_ == "dobj"] + [
            g for p in token.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        if lemma in verbs and any(t.lemma_.lower() in body and _owned_by_child(ctx, t, children) for t in things):
            return token.sent  # "broke his wrist", "bit through her lip"
        if lemma in ("have", "get", "suffer", "develop", "sustain") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in ailments for c in token.children):
            return token.sent  # "has blisters", "had two attacks"
    return None


def _whose_clause_is_a_childs(ctx: Context, token, children: set) -> bool:
    """The clause a noun sits in has the child as its subject ("Marlow, who was brought in with
    bruising…", "Ezra has bruising…"), read up through the verbs above it."""
    from .child import _is_child

    for verb in token.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            s = subjects[0]
            if s.lower_ in ("who", "that") and verb.dep_ == "relcl":
                return verb.head.i in children
            return _is_child(ctx, s, children)
    return False


def injury_on_the_body(ctx: Context, children: set):
    """Round 25: "brought to hospital with bruising to both ears", "Bruising was noted to Ezra's upper
    arms", "a burn on Ava's hand": an injury named as a noun, placed on a part of the body that is
    the child's (owned by the child, or in a clause whose subject is the child). Not an adult's
    injury ("Mum had bruising to her face"), not what could happen, not "no bruising"."""
    from .child import _owned_by_child
    from .common import _parts_words

    if not children:
        return None
    words = _parts_words()
    injuries, body = set(words["injuries"]), set(words["body_parts"])
    for token in ctx.tokens:
        if token.lemma_.lower() not in injuries and token.lower_ not in injuries:
            continue
        # "bruising" is often read as a verb: said as a thing (a subject, an object, after "with") it is the injury
        if token.pos_ != "NOUN" and not (token.pos_ == "VERB" and token.tag_ == "VBG"
                                         and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "pcomp")):
            continue
        if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children) or _under_modal(token) \
                or _in_condition(token):
            continue
        # "Bruising was noted to Ezra's arms": the place hung on the verb the injury is the subject of
        holders = [token] + ([token.head] if token.dep_ in ("nsubj", "nsubjpass") else [])
        parts = [g for h in holders for p in h.children if p.dep_ == "prep"
                 and p.lower_ in ("to", "on", "across", "around", "over")
                 for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in body]
        parts += [g for p in parts for g in p.conjuncts if g.lemma_.lower() in body]
        if not parts:
            continue
        if any(_owned_by_child(ctx, p, children) for p in parts) or _whose_clause_is_a_childs(ctx, token, children):
            return token
    return None


# Round 26: how a child is found when all is well ("found Kai happy and settled"): no harm.
_WELL = {"happy", "well", "fine", "safe", "settled", "content", "asleep", "clean", "fed", "calm", "smiling"}
_PLACE_PREPS = {"in", "on", "at", "by", "outside", "near", "under", "behind", "inside", "with", "alone"}


def found_somewhere(ctx: Context, children: set):
    """Round 26: "a neighbour found Daria on the fourth-floor balcony in her pyjamas", "Mum found
    Sterling in Nan's bedroom with tablets in his mouth": the child found by someone, said with
    where or how (a place, what they had, alone), is what the worry did to the child, the scene a
    supervisor can picture. Not an adult found ("found Dad asleep on the sofa"), not a guess or a
    condition ("if Mum finds Kai…"), not a child found well ("found Kai happy and settled")."""
    for verb in ctx.tokens:
        if verb.lemma_.lower() not in ("find", "discover") or verb.pos_ != "VERB":
            continue
        if _in_condition(verb) or _under_modal(verb) or _negated(verb) or verb.tag_ not in ("VBD", "VBN"):
            continue
        child = next((c for c in verb.children if c.dep_ == "dobj"
                      and (c.i in children or analysis.pronoun_is_child(ctx, c))), None)
        if child is None:
            continue
        after = [c for c in verb.children if c.i > child.i]
        if any(t.lower_ in _WELL for c in after for t in c.subtree if t.pos_ == "ADJ") \
                or any(t.lower_ in _WELL for t in child.children if t.pos_ == "ADJ"):
            continue
        where = [c for c in after if c.dep_ in ("prep", "advmod", "acomp", "oprd", "xcomp", "ccomp")
                 and (c.lower_ in _PLACE_PREPS or c.dep_ != "prep")]
        if where:
            return verb
    return None


# Round 26: how a hurt part of the body looks, said of the part ("his hands are cracked and
# bleeding", "her feet were blistered and sore").
_HURT_STATES = {"sore", "swollen", "raw", "infected", "cracked", "bleeding", "blistered", "bruised", "burnt", "burned",
                "scalded", "broken", "cut", "grazed", "scratched", "bloody", "inflamed", "red", "weeping", "chapped"}


def a_body_part_hurt(ctx: Context, children: set):
    """Round 26: "His hands are cracked and bleeding from the chemicals", "Ava's bottom was red raw":
    a part of the child's body (the child's by "his", "her" or the name) said to be hurt, as a fact.
    Not an adult's body ("Mum's arm was bruised"), not what could happen ("his feet could get sore"),
    not a part said to be well ("his hands are clean")."""
    from .child import _owned_by_child
    from .common import _parts_words

    body = set(_parts_words()["body_parts"])
    verbs = set(_parts_words()["body_hurt_verbs"])
    for part in ctx.tokens:
        if part.lemma_.lower() not in body or part.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if not _owned_by_child(ctx, part, children):
            continue
        verb = part.head
        if _under_modal(verb) or _negated(verb) or _in_condition(verb):
            continue
        said = [verb] + [c for c in verb.children if c.dep_ in ("acomp", "attr", "conj", "oprd")]
        said += [g for c in said[1:] for g in c.children if g.dep_ == "conj"]
        if any(t.lower_ in _HURT_STATES or (t.lemma_.lower() in verbs and t.tag_ == "VBN") for t in said):
            return verb.sent
    return None
