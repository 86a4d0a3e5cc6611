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
