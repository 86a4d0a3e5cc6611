"""Round 32 (review32c, QA lead Q#4): what the child will experience, said by a verb other than the
child's own "feel"/"be": two classes the goal reading passed over.

- Someone sees or hears the child in a state: "Nursery staff will see Rosie relaxed and chatty at
  home time", "Nan will hear the twins laughing at bath time": the child seen in a small clause (no
  "that", no tense of its own); "will see that the girls are happy" checks a fact, an adult's look
  (round 31), and stays out. The looker is the evidence (how others will know); the state is the
  child's experience. Only a state said of the child seen (the object of the seeing verb, or the
  subject of the clause it sees) counts: "the health visitor will see Ayaan each fortnight" (a
  visit) and "Dad will check that the door is locked" (a thing) do not.
- The child tells someone how something feels or is for them: "Kai will tell his teacher that
  bedtime feels quiet and safe", "Mia will tell Nan she feels safe at home". Only a that-clause
  (ccomp) of a telling verb whose subject is the child: "Mia will tell Nan if she feels scared" is a
  step asked of the child for when things go wrong (an if-clause) and stays out.

The words are the experience words of rules/child_focus.toml; the caller (child._child_words_found)
has already passed over spared feelings ("will not be scared") and abstract words.
"""
from __future__ import annotations

from .. import analysis
from ..base import Context
from .common import _in_condition

_SEEING = {"see", "hear", "notice", "find", "watch"}
_TELLING = {"tell", "say", "explain", "share", "show", "let"}
# The links a state word can hang by under the seeing verb ("see Rosie relaxed", "see Lena arrive fed").
_STATE_LINKS = {"conj", "acomp", "oprd", "ccomp", "xcomp", "advcl", "amod", "dobj", "attr"}


def _is_child(ctx: Context, token, children: set) -> bool:
    return token.i in children or analysis.pronoun_is_child(ctx, token) or \
        token.lower_ in analysis.people_words()["children"]


def _climb(token, heads: set, links: set, steps: int = 4):
    """The verb of `heads` the word hangs under through `links`, with the nodes passed, or None."""
    path, node = [token], token
    for _ in range(steps):
        if node.head.i == node.i or node.dep_ not in links:
            return None, path
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in heads:
            return node, path
        path.append(node)
    return None, path


def state_seen_by_others(ctx: Context, token, children: set) -> bool:
    """An adult or the network will see or hear the child in the state this word names."""
    if token.pos_ not in ("ADJ", "VERB") or token.lemma_.lower() in _SEEING:
        return False
    seeing, path = _climb(token, _SEEING, _STATE_LINKS)
    if seeing is None or any(c.dep_ == "neg" for c in seeing.children):
        return False
    if any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") or any(c.dep_ in ("mark", "aux") for c in t.children)
           for t in path):
        return False  # "will see that the girls are happy": a fact checked (an adult's look), not the child seen
    looker = next((c for c in seeing.children if c.dep_ == "nsubj"), None)
    if looker is None or _is_child(ctx, looker, children):
        return False  # "Kai will see Dad calm": what the child sees is read elsewhere
    seen = [c for c in seeing.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
    seen += [c for n in path for c in n.children if c.dep_ in ("nsubj", "dobj") and c.i < token.i]
    return any(_is_child(ctx, t, children) for t in seen)


def feeling_told_by_the_child(ctx: Context, token, children: set) -> bool:
    """The child will tell someone, in a that-clause, that something feels or is this way."""
    clause = token
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _TELLING:
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("if", "when", "whenever", "whether") for c in clause.children):
        return False  # "tell Nan if she feels scared": a step for when things go wrong
    speech = clause.head
    if _in_condition(speech) or _in_condition(clause):
        return False  # "end his fast if he tells you he feels dizzy": a case to act on, not the child's day
    speakers = [c for c in speech.children if c.dep_ == "nsubj"]
    modal = next((c for c in speech.children if c.tag_ == "MD" and c.i < speech.i), None)
    if not speakers and modal is not None and modal.i > 0 and modal.i - 1 >= speech.sent.start:
        speakers = [ctx.doc[modal.i - 1]]  # "Nan will visit on Sundays and Kai will tell her…": the name hung elsewhere
    return bool(speakers) and _is_child(ctx, speakers[0], children) and not any(
        c.dep_ == "neg" for c in speech.children)
