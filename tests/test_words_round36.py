"""Round 36 (r36b): word faults that slipped through in longer goals (review35w W#7), advice that
contradicted itself (W#8), with wordings of our own and near misses that must stay clean. Each
case: (kind, text, code, words, fires), as in test_words_round35.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

ABSENCE = "SOS512"
VAGUE = "SOS302"
JUDGED = "SOS305"
SERVICE = "SOS511"

# W#7a. A "will not" said of one of the adults the goal opens by speaking to. The people reading may
# take a name that is also a word ("Hope", "Will", "Rose") for a child's; "you" after the names makes
# them the adults, so the "will not" is theirs. Near misses: a goal written to its one child, a
# child's own "will not" beside an adult's deed, and the adult's "will not" with what happens instead.
SPOKEN_TO = [
    ("goal", "Hope and Dale, you will go to a parenting class. Hope will not smoke cannabis in the flat.",
     ABSENCE, "will not", True),
    ("goal", "Rose and Amir, you will sort out the bills together. Rose will not go to the pub after work.",
     ABSENCE, "will not", True),
    ("goal", "Faith and Lee, you will see the family worker on Mondays. Lee will not shout at Faith in front of Kit.",
     ABSENCE, "will not", True),
    # near misses
    ("goal", "Jess, Nan will collect you from the bus stop every evening, and Jess will not walk home past the "
             "park.", ABSENCE, "will not", False),
    ("goal", "Hope and Dale, you will take Kit and Bo to the park on Saturdays, and they will not play by the "
             "river.", ABSENCE, "will not", False),
    ("goal", "Hope and Dale, you will go to a parenting class. Hope will not smoke in the flat; she will go out "
             "to the balcony instead.", ABSENCE, "will not", False),
]

# W#7b. A thing's state said to get "-er" in a goal, with no yardstick and nothing done that brings
# it about. Near misses: tied to a deed in the sentence, a comparison or figure given, a feeling
# (another reading's), a measured comparative, the "if not" sentence, and a worry.
THING_BETTER = [
    ("goal", "Kemi and Jon, you will go to the family group. The flat will be tidier.", VAGUE, "will be tidier", True),
    ("goal", "Mum, Theo's bedroom will look cleaner by Easter.", VAGUE, "will look cleaner", True),
    ("goal", "Dad, things at home will be better for Amber and Finn.", VAGUE, "will be better", True),
    ("goal", "Nan and Grandad, the kitchen will be in a better state by the summer.", VAGUE,
     "will be in a better state", True),
    # near misses
    ("goal", "Mum, you will wash up after tea each night so the kitchen is cleaner for Theo.", VAGUE,
     "cleaner", False),
    ("goal", "Dad, Amber's room will be warmer than 18 degrees at night from November.", VAGUE, "warmer", False),
    ("goal", "Mum, the washing will be dry by bedtime, and Finn's school bag will be lighter with only Monday's "
             "books in it.", VAGUE, "lighter", False),
    ("goal", "Dad, you will read with Amber at bedtime, and bedtime will be earlier on school nights.", VAGUE,
     "earlier", False),
    ("goal", "Mum, you will cook tea for Finn every night. If this does not happen, things could get worse for "
             "Finn.", VAGUE, "worse", False),
    ("worry", "The flat was cleaner when the social worker visited on 3 May, but there was still no food for "
              "Ola.", VAGUE, "cleaner", False),
]

# W#8. The body's state someone saw (the advice for "under the influence" asks for it) is no
# attitude. Near misses: an attitude with a person or an idea as its object still fires.
BODY_SEEN = [
    ("worry", "Ms Kaur saw Dean come to the gate at 3pm swaying and unsteady on his feet, with Lily (4) holding "
              "his hand.", JUDGED, "unsteady on", False),
    ("worry", "When Mum opened the door she was not steady on her legs and Kai (2) was crying in his cot.",
     JUDGED, "not steady on", False),
    # near misses
    ("worry", "Dad is unreceptive to the family worker and Kai (2) has missed his jabs.", (JUDGED, "SOS301"),
     "unreceptive to", True),
    ("worry", "Mum is not accepting of the diagnosis and Kai (2) has missed his jabs.", JUDGED,
     "is not accepting of", True),
]

# W#8's class met in the advice's own example: a bare "does" standing for the verb before it, so the
# police are told of someone by what they do to the child. Near miss: someone who does nothing to the
# child, and no verb for "does" to stand for.
DONE_AGAIN = [
    ("goal", "Dad, you will look at who texts Esme (12) each evening and tell the police about any man who does.",
     SERVICE, "tell the police", False),
    # near misses
    ("goal", "Dad, you will look at who rings the landline each evening and tell the social worker about anyone "
             "who does. Esme (12) will go to bed by 9pm.", SERVICE, "tell the social worker", True),
    ("goal", "Dad, you will tell the social worker about anyone who does.", SERVICE, "tell the social worker", True),
]


# Good statements (sets 24, 27, 29, 31): a legal term with what it tells the adult to do said in the
# same clause, as the legal group's advice asks, or the order the person spoken to already holds.
# Near misses: the term alone, a "must" about someone else, an order applied for or held against
# someone else.
JARGON = "SOS101"
LEGAL = [
    ("worry", "Craig is on bail and must not go within a mile of Tilly's school, but Tilly (9) saw his car "
              "there on Monday.", JARGON, "on bail", False),
    ("worry", "Ryan's bail conditions say he must not stay at the flat, but Nan found his boots in Ava's (5) "
              "room on Sunday.", JARGON, "bail conditions", False),
    ("goal", "Shona, you have kept the non-molestation order in place and put a chain on the door. Every night "
             "you will check the chain before Tilly goes to bed.", JARGON, "non-molestation order", False),
    # near misses
    ("worry", "Craig is on bail. Tilly (9) says she is scared to walk home.", JARGON, "on bail", True),
    ("worry", "Craig is on bail and Shona must keep Tilly (9) inside after school.", JARGON, "on bail", True),
    ("goal", "Shona, you will apply for a non-molestation order and ring 999 if Craig comes to the door.",
     JARGON, "non-molestation order", True),
    ("worry", "Craig has a non-molestation order against him and Tilly (9) has seen him at the gate.", JARGON,
     "non-molestation order", True),
]


@pytest.mark.parametrize("kind,text,code,words,fires", SPOKEN_TO + THING_BETTER + BODY_SEEN + DONE_AGAIN + LEGAL)
def test_words36_classes(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_each_class_has_wordings_that_fire_and_near_misses():
    for cases in (SPOKEN_TO, THING_BETTER, BODY_SEEN, DONE_AGAIN, LEGAL):
        assert any(case[4] for case in cases) and not all(case[4] for case in cases)


def test_review35w_w7_goal_flags_will_not_and_vague_outcome(engine):
    """The user's goal (W#7): the "will not" and the vague outcome are flagged in the longer goal,
    as each is on its own."""
    text = ("Grace and Will, you will go to a parenting course. Grace will not drink alcohol. "
            "The home will be cleaner.")
    report = engine.check_many([text], ["goal"])[0]
    shown = {(f.code, text[f.start:f.end]) for f in report.findings}
    assert (ABSENCE, "will not") in shown
    assert (VAGUE, "will be cleaner") in shown


def test_the_tool_never_flags_its_own_examples(engine):
    """W#8: every example the advice in rules/*.toml and the checks' messages offer, set in a
    neutral frame, has no word-fault finding on its own words (devtools/advice_examples.py)."""
    from devtools.advice_examples import examples, flagged, message_examples

    items = examples() + message_examples()
    assert len(items) > 300  # the script still finds the examples
    assert flagged(items) == []
