"""Round 16 readings of the parts, kept apart so the frames are easy to find.

Worry behaviour: a deed said only as a possibility ("may take", "might move", "could return") is
what could happen; a deed under a verb of seeming or supposing ("appears to have stopped", "is
thought to have moved", "is suspected of taking") is a guess; neither is what an adult was seen to
do."""
from __future__ import annotations

# Modals of possibility: "would" is left out (a past habit: "he would hit her when drunk"), and
# "can" (a habit or ability: "Dad can be loud").
_POSSIBLE = {"may", "might", "could"}
# Verbs of seeming, which take the deed as their complement ("appears to have stopped").
_SEEMING = {"appear", "seem"}
# Verbs of supposing, said in the passive ("is thought to have", "is believed to be", "is suspected
# of taking"): what someone supposes, not what anyone saw. "said" and "alleged" are left out: an
# account someone gave can be the deed told.
_SUPPOSING = {"think", "believe", "suspect", "presume", "assume", "suppose", "understand", "rumour",
              "rumor", "feel", "consider", "expect", "fear", "guess", "estimate", "imagine"}


def _up(verb):
    """The verb and the verbs it hangs from by conjunction or complement ("take" in "might take
    Arlo and leave", "giving" in "might stop giving")."""
    node, seen = verb, []
    for _ in range(6):
        seen.append(node)
        purpose = node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        caused = node.dep_ == "ccomp" and node.head.lemma_.lower() in ("make", "let", "have", "get")
        if (node.dep_ in ("conj", "xcomp", "pcomp") or purpose or caused) and node.head.i != node.i:
            node = node.head
            if node.pos_ == "ADP" and node.head.i != node.i:  # "suspected of taking"
                node = node.head
        else:
            break
    return seen


def only_possible(verb) -> bool:
    """"Dad may take Arlo abroad", "Mr Lowe could go back to the family home", "might stop giving
    Bea her insulin": a possibility. Not "would hit" (a habit), not "could not" (what did not
    happen), not "could be heard shouting" (the deed was heard)."""
    for node in _up(verb):
        for c in node.children:
            if c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in _POSSIBLE:
                if any(n.dep_ == "neg" for n in node.children) or any(
                        n.dep_ == "auxpass" for n in node.children):
                    return False
                return True
    return False


def a_guess(verb) -> bool:
    """"Mum appears to have stopped taking her tablets", "Dad seems to be drinking", "Mum's partner
    is thought to have moved in", "Grandad is suspected of taking money": a guess. Not "Dad appeared
    at the gate drunk" (he came)."""
    chain = _up(verb)
    for below, node in zip(chain, chain[1:]):
        lemma = node.lemma_.lower()
        if lemma in _SEEMING and below.dep_ == "xcomp":
            return True
        if lemma in _SUPPOSING and any(c.dep_ == "auxpass" for c in node.children) \
                and below.dep_ in ("xcomp", "pcomp", "conj"):
            return True
    return False


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


# What a child "gets" or "has" that is a service or a professional's doing, not a moment of the
# child's own day ("will get support", "will have sessions").
_SERVICE_THINGS = {"support", "help", "referral", "assessment", "session", "appointment", "offer", "place",
                   "plan", "service", "counselling", "therapy", "intervention", "worker", "review", "check",
                   "visit", "medication", "treatment", "input", "package", "advice", "meeting", "course"}
# Nouns for a child's own age and place in life ("be a ten-year-old again", "be a kid again").
_CHILDHOOD = {"child", "kid", "boy", "girl", "teenager", "teen", "baby", "toddler", "year-old", "youngster",
              "schoolboy", "schoolgirl", "daughter", "son", "sister", "brother"}


def what_the_child_will_get(ctx, children: set):
    """"Ada will get a proper night's sleep", "Evie will get some quiet at home", "Kai will be able
    to be a boy of ten again": what the child will have of their own day, looking ahead. Not a
    service ("will get support", "will have sessions"), not an if-not or a sanction, not "will not"."""
    from .child import _if_an_adult_does, _is_child, _sanction_sentences
    from .common import _in_condition, _negated

    if not children:
        return None
    failing = {span.sent.start for span in analysis_cues(ctx, "if_not")} | _sanction_sentences(ctx) \
        | _if_an_adult_does(ctx, analysis_adults(ctx))
    for verb in ctx.tokens:
        lemma = verb.lemma_.lower()
        if lemma not in ("get", "have", "be") or verb.sent.start in failing or _in_condition(verb):
            continue
        if _negated(verb) if lemma != "be" else any(c.dep_ == "neg" and c.i < verb.i for c in verb.children):
            continue  # "will not get", but "be a boy again, not the cook" contrasts
        node = verb
        if node.dep_ == "xcomp" and node.head.lower_ == "able" and node.head.head.i != node.head.i:
            node = node.head.head  # "will be able to be a boy again"
        if not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in node.children):
            continue
        if not any(c.dep_ == "nsubj" and _is_child(ctx, c, children) for c in node.children):
            continue
        if lemma in ("get", "have"):
            things = [c for c in verb.children if c.dep_ in ("dobj", "acomp")]
            if things and not any(t.lemma_.lower() in _SERVICE_THINGS or any(
                    g.lemma_.lower() in _SERVICE_THINGS for g in t.subtree) for t in things) \
                    and not any(c.dep_ == "auxpass" for c in verb.children):
                return verb.sent  # "will get a full night's sleep", "will get some quiet"
        elif any(c.lower_ == "again" for c in verb.subtree) and any(
                (c.dep_ == "neg" and c.i > verb.i) or c.lower_ in ("instead", "rather") for c in verb.subtree) and any(
                c.dep_ == "attr" and (c.lemma_.lower() in _CHILDHOOD or c.lower_.endswith("-old") or any(
                    g.lemma_.lower() in _CHILDHOOD for g in c.subtree)) for c in verb.children):
            return verb.sent  # "be a twelve-year-old again, not the one who cooks" ("be a child again" alone says nothing seen)
    return None


def analysis_cues(ctx, kind):
    from .. import analysis

    return analysis.cues(ctx, kind)


def analysis_adults(ctx):
    from .. import analysis

    return analysis.adult_tokens(ctx)


# Feelings that name a service's aim, not what the child will feel in their day ("will feel
# supported").
_SERVICE_FEELINGS = {"support", "supported", "help", "helped", "empower", "empowered", "include", "included",
                     "value", "valued", "engage", "engaged"}
_GIVING = {"give", "offer", "provide", "allocate", "refer", "grant", "afford"}
_SERVICE_WORK = _SERVICE_THINGS | {"work", "group", "space", "opportunity", "sessions"}


def not_the_childs_day(ctx, token, children: set) -> bool:
    """"Skye will feel supported": a service's aim. "Ruby will be given space to talk about her
    feelings in direct work sessions", "Ollie will be offered time in group work": a service given
    to the child. Neither is what the child will see, hear or feel at home."""
    if token.lemma_.lower() == "feel" and any(c.dep_ in ("acomp", "xcomp", "oprd") and (
            c.lower_ in _SERVICE_FEELINGS or c.lemma_.lower() in _SERVICE_FEELINGS) for c in token.children):
        return True
    node = token
    for _ in range(6):
        if node.lemma_.lower() in _GIVING and any(c.dep_ == "auxpass" for c in node.children):
            return any(t.lemma_.lower() in _SERVICE_WORK for t in node.subtree if t.pos_ == "NOUN")
        if node.head.i == node.i:
            break
        node = node.head
    return False


# Nouns for a rule, an order or a plan someone keeps to ("abide by his licence conditions", "stick
# to the agreement"): keeping to them is compliance, not an everyday act at home.
_RULES = {"rule", "condition", "order", "agreement", "plan", "contract", "requirement", "arrangement", "term",
          "licence", "license", "bail", "injunction", "undertaking", "direction", "instruction", "recommendation",
          "guidance", "advice", "expectation", "boundary", "restriction", "policy", "framework"}
_KEEPING = {"abide", "adhere", "keep", "stick", "conform", "comply", "follow", "obey", "respect", "observe",
            "honour", "honor", "uphold", "meet", "fulfil", "fulfill"}
# Verbs that say only how someone conducts themselves ("act protectively", "behave appropriately").
_CONDUCT = {"act", "behave", "conduct"}


def keeps_to_a_rule(verb) -> bool:
    """"Dad will abide by his licence conditions", "stick to the rules of his order", "follow the
    safety plan", "act protectively", "behave appropriately", "act as a safety person": keeping to a
    rule, a manner or a role, not an act anyone could see at home. Not "keep the key in her pocket"."""
    lemma = verb.lemma_.lower()
    if lemma in _KEEPING:
        things = [c for c in verb.children if c.dep_ == "dobj"] + [
            g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "by", "with")
            for g in p.children if g.dep_ == "pobj"]
        return any(t.lemma_.lower() in _RULES or any(c.dep_ == "compound" and c.lemma_.lower() in _RULES
                                                      for c in t.children) for t in things)
    if lemma in _CONDUCT:
        if any(c.dep_ == "dobj" and c.lower_ not in ("himself", "herself", "themselves", "yourself", "yourselves")
               for c in verb.children):
            return False
        return any(c.dep_ == "advmod" and c.lower_.endswith("ly") for c in verb.children) or any(
            p.dep_ == "prep" and p.lower_ == "as" for p in verb.children) or any(
            c.lower_ in ("himself", "herself", "themselves", "yourself", "yourselves") for c in verb.children)
    return False


# Verbs of keeping watch on something, said in the passive with the one who watches after "by"
# ("will be monitored weekly by the attendance officer"): that person finds out.
_WATCHING = {"monitor", "watch", "note", "observe", "track", "oversee", "supervise", "review", "check", "record",
             "see", "measure", "weigh", "log", "count"}


def checked_by_someone(verb) -> bool:
    """"This will be monitored weekly by the attendance officer", "Leo's attendance will be watched
    by the nursery manager", "Their arrival will be noted daily by the school office": someone named
    after "by" keeps watch over a thing done. Not "Mum will be supported by the family worker" (help),
    not "Mum will be monitored by the health visitor" (a person watched, nothing said of what is seen)."""
    from .. import analysis

    if verb.lemma_.lower() not in _WATCHING or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ == "nsubjpass" and (analysis.is_person(c) or c.pos_ == "PROPN" or c.lower_ in (
            "mum", "dad", "parents", "mother", "father", "you", "he", "she", "they")) for c in verb.children):
        return False
    return any(c.dep_ == "agent" and any(g.dep_ == "pobj" for g in c.children) for c in verb.children)
