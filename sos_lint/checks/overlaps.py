"""Round 28 (dedupe28): one fault, one message. Where two findings (warnings or errors) cover the
same words, a practitioner reads two messages about one fault, which reads as noise; this module
extends the engine's one-per-span policy (engine._one_per_span, which keeps the more serious of two
findings on exactly the same words) to the cases measured on the open sets
(devtools/overlaps.py):

* One rule, two readings where one lies inside the other ("refuses to" inside "refuses to engage
  with", "likely" inside "is likely to be"): the reading on more words is said, once.
* Two rules of one fault family on the same words, where the hand-marked open sets mark the words
  as that family either way, so the family still speaks: the rule with the more specific advice
  speaks. A role word ("Mother", "MGM", "the children", "YP") is said by SOS402 (role-not-name,
  "write Mum" / "use the name"), not also by the acronym or no-child-named rules, nor by SOS101
  on exactly the same words (SOS101 on "subject child" inside SOS402's "the subject child" stays:
  the glossary tests hold it as jargon); a section number that is also a known acronym ("s20", "s47") by SOS102, whose message says what
  to write, not SOS101's "write the words out in full"; an unknown acronym (SOS103) gives way to
  any jargon-family finding on its words ("CP" inside "the CP register").
* A report's way of passing on what someone said ("It was reported", "Information suggests") is
  a guess told as fact: SOS304 speaks, not also SOS302 (vague word). The open sets mark these words
  as a guess, never as vague.
* In a goal, a service word that is itself the compliance asked for ("engage with",
  "cooperate with") flagged on exactly the same words by SOS101 and SOS511: SOS511 speaks (readers
  marked these compliance, never jargon). In a worry the same words on their own ("not engaging")
  are a label on the parent (readers marked them so): SOS101 speaks and SOS511 gives way only
  on exactly the label's words. Where SOS511 covers more ("not engaging with
  school", "failed to engage with"), the open sets' marks are split (label and compliance both
  marked) and both still speak.

A finding gives way only to one at least as serious. A word rule (SOS1xx-SOS4xx) that speaks takes
over the fix of the one that gave way when it has none of its own and that fix lies within its
words, so `check --fix` writes what it wrote before; a structure rule (SOS5xx) never does, as its
advice is to say the everyday action, not to swap one service word for another.

SOS502 (institutional voice) on "The LA" / "The Local Authority" beside the acronym or jargon
finding on "LA" / "Local Authority" is left to both speak: readers marked the jargon, but the
quality bars and the parts tests hold SOS502 as the fault of such statements. Pairs the open marks
split (SOS101/SOS301/SOS302/SOS305 among themselves, a jargon word inside a compliance or
victim-blaming phrase) are left to both speak: either choice would lose faults readers marked.
"""
from __future__ import annotations

from dataclasses import replace

from ..findings import Finding

_RANK = {"error": 0, "warning": 1, "hint": 2}

SAME, INSIDE, HOLDS = "same", "inside", "holds"
ANY_KIND = ("worry", "goal")

# (gives way, speaks) -> (relations of the giving-way finding's words to the other's, kinds)
GIVE_WAY: dict[tuple[str, str], tuple[frozenset, tuple[str, ...]]] = {
    ("SOS101", "SOS402"): (frozenset({SAME}), ANY_KIND),
    ("SOS102", "SOS402"): (frozenset({SAME, INSIDE}), ANY_KIND),
    ("SOS103", "SOS402"): (frozenset({SAME, INSIDE}), ANY_KIND),
    ("SOS401", "SOS402"): (frozenset({SAME, INSIDE}), ANY_KIND),
    ("SOS401", "SOS102"): (frozenset({SAME}), ANY_KIND),
    ("SOS101", "SOS102"): (frozenset({SAME}), ANY_KIND),
    ("SOS103", "SOS101"): (frozenset({SAME, INSIDE}), ANY_KIND),
    ("SOS103", "SOS102"): (frozenset({SAME, INSIDE}), ANY_KIND),
    ("SOS302", "SOS304"): (frozenset({SAME}), ANY_KIND),
    ("SOS101", "SOS511"): (frozenset({SAME}), ("goal",)),
    ("SOS511", "SOS101"): (frozenset({SAME}), ("worry",)),
}


def relation(a: Finding, b: Finding) -> str | None:
    """How a's words stand to b's: the same, inside them, holding them; None when apart or crossing."""
    if (a.start, a.end) == (b.start, b.end):
        return SAME
    if b.start <= a.start and a.end <= b.end:
        return INSIDE
    if a.start <= b.start and b.end <= a.end:
        return HOLDS
    return None


# Round 33 (review33q Q#10): a formal-word hint on words inside a vague-word or judgement warning
# ("demonstrate" inside "demonstrate that") read as one word flagged twice with two different fixes;
# the warning, the bigger fault, speaks, and takes over the hint's swap for --fix.
HINT_GIVES_WAY: dict[str, frozenset] = {"SOS104": frozenset({"SOS302", "SOS305"})}


def gives_way(loser: Finding, winner: Finding, kind: str) -> bool:
    """Does `loser` give way to `winner` (both said of overlapping words)?"""
    if loser is not winner and loser.severity == "hint" and winner.severity != "hint" \
            and winner.code in HINT_GIVES_WAY.get(loser.code, ()):
        # ...only where the hint's swap, if any, is not lost: it lies within the warning's words and
        # the warning has no fix of its own, so the warning takes it over (settle)
        keeps_fix = loser.fix is None or (winner.fix is None and not winner.code.startswith("SOS5")
                                          and winner.start <= loser.fix.start and loser.fix.end <= winner.end)
        return keeps_fix and relation(loser, winner) in (SAME, INSIDE)
    if loser is winner or _RANK[loser.severity] < _RANK[winner.severity] or "hint" in (loser.severity, winner.severity):
        return False
    rel = relation(loser, winner)
    if rel is None:
        return False
    if loser.code == winner.code:
        return rel == INSIDE  # one rule's reading inside its own longer reading
    rule = GIVE_WAY.get((loser.code, winner.code))
    return rule is not None and rel in rule[0] and kind in rule[1]


def resolve(findings: list[Finding], text: str, kind: str) -> list[Finding]:
    """`findings` on `text` less those that give way to another on the same words (order kept)."""
    return settle(findings, text, kind)[0]


def settle(findings: list[Finding], text: str, kind: str) -> tuple[list[Finding], list[Finding]]:
    """(the findings that speak, those that gave way), each in order. Findings about the whole
    statement are never compared."""
    length = len(text)
    def word_level(f: Finding) -> bool:
        return f.end > f.start and not (f.start == 0 and f.end >= length)

    words = [f for f in findings if word_level(f) and (f.severity != "hint" or f.code in HINT_GIVES_WAY)]
    gone: dict[int, Finding] = {}  # id of a finding that gave way -> the one it gave way to
    for loser in words:
        for winner in words:
            if id(winner) not in gone and gives_way(loser, winner, kind):
                gone[id(loser)] = winner
                break
    if not gone:
        return findings, []
    # A winner takes over the fix of a finding that gave way to it when it has none of its own.
    fix_for: dict[int, object] = {}
    for loser in words:
        winner = gone.get(id(loser))
        while winner is not None and id(winner) in gone:  # a chain: the last one standing
            winner = gone[id(winner)]
        if (winner is not None and loser.fix is not None and winner.fix is None and id(winner) not in fix_for
                and not winner.code.startswith("SOS5")
                and winner.start <= loser.fix.start and loser.fix.end <= winner.end):
            fix_for[id(winner)] = loser.fix
    return ([replace(f, fix=fix_for[id(f)]) if id(f) in fix_for else f for f in findings if id(f) not in gone],
            [f for f in findings if id(f) in gone])
