"""Round 40 (r40b), false alarms on good writing, each class with cases that must stay quiet and near
misses that must still be flagged. All sentences are new (other names, harms and wording than the sets).

(1) SOS202, the child's side told in the passive:
    - a "by" that names who did it says who did it, even where the parse hangs it on a noun of the
      clause ("… across the face with a slipper by her uncle") or on the second verb of a list
      ("was groomed and exploited by two men"), or where the parse loses the child ("Tomasz, who is
      13, has been collected …");
    - a passive with no subject of its own under a preposition takes the clause above's subject
      ("Mira moved to Nan's after being locked out by her stepmum");
    - what only may happen ("the family could be evicted") or a passive inside an if-clause ("If Lee
      is seen at the flat, …") tells no deed, so there is no doer to name.
    Near misses: harm with nobody named (a warning still), an adult as the subject whoever the "by"
    names, a "by" in a clause of its own, and a thing a goal says will be cleaned by nobody keep it.
(2) SOS101, a capitalised name of an order or meeting with a hyphen or ending in "Conference" is the
    name the family is told ("a Non-Molestation Order", "an Initial Child Protection Conference");
    the lower-case legal term said of an adult ("is subject to a non-molestation order") is still
    jargon.
"""
import pytest

from sos_lint.api import engine as shared_engine


@pytest.fixture(scope="module")
def engine():
    return shared_engine()


def _on(engine, text, kind, code):
    report = engine.check_many([text], [kind])[0]
    return [(f.severity, text[f.start:f.end]) for f in report.findings if f.code == code]


# --- (1) SOS202 --------------------------------------------------------------------------------------
QUIET_PASSIVES = [
    ("worry", "On 4 April Maisie (8) was slapped across the face with a slipper by her uncle, Keith, after she spilt "
              "her drink."),
    ("worry", "Twice since Easter, Tomasz, who is 13, has been collected from the skate park by two men in a white van."),
    ("worry", "At midnight on 2 June, Ruby, who is 5, was lifted out of the bath by a paramedic with a cut to her foot."),
    ("worry", "Idris (15) was groomed and exploited by two men from Leeds to sell cannabis at the station."),
    ("worry", "Mira moved in with her nan after being locked out of the house overnight by her stepmum, so she panics "
              "when a door shuts."),
    ("worry", "The head of year says a teacher heard that Priya (12) had been sent messages about her body by a man "
              "she met on a game."),
    ("goal", "If the rent is not paid first, the family could be evicted and Kit and Lola could lose their school places."),
    ("goal", "If Omar keeps meeting the older boys, he could be pulled into selling drugs, and he could be arrested."),
    ("goal", "If Lee is seen at the flat while Poppy is there, Poppy will go to her aunt Dee's that night."),
    ("goal", "If her sugar levels keep running high, Elsie could become very ill and need to be kept in hospital."),
]


@pytest.mark.parametrize("kind, text", QUIET_PASSIVES)
def test_the_childs_side_or_what_may_happen_is_not_a_hidden_doer(engine, kind, text):
    assert _on(engine, text, kind, "SOS202") == []


FLAGGED_PASSIVES = [
    ("worry", "Maisie (8) was slapped across the face on 4 April and had a red mark the next morning.", "was slapped"),
    ("worry", "Maisie, who is 8, was kicked in the park on Friday and came home crying.", "was kicked"),
    # an adult as the subject keeps the finding, whoever the "by" names
    ("worry", "Nan was pushed down the stairs by someone while Maisie (8) watched.", "Nan was pushed"),
    ("worry", "Nan was pushed down the stairs by her son while Maisie (8) watched.", "Nan was pushed"),
    ("worry", "Dad went to the pub, and Tomasz (3) was left alone in the flat until midnight.", "was left"),
    ("goal", "The kitchen will be cleaned every Saturday.", "will be cleaned"),
    # a "by" in a clause of its own after the passive is not who did it
    ("worry", "Maisie (8) was kicked in the park, and she was picked up later by her aunt.", "was kicked"),
]


@pytest.mark.parametrize("kind, text, words", FLAGGED_PASSIVES)
def test_a_hidden_doer_still_asks(engine, kind, text, words):
    assert words in [w for _, w in _on(engine, text, kind, "SOS202")]


def test_harm_with_no_doer_is_still_a_warning(engine):
    found = _on(engine, "Ayesha (6) was punched in the stomach on 9 May and cried all night.", "worry", "SOS202")
    assert ("warning", "was punched") in found


# --- (2) SOS101 on the capitalised name of an order or meeting --------------------------------------
QUIET_NAMES = [
    ("goal", "The court has made a Non-Molestation Order, and you will call 999 each time Rhys comes near the flat."),
    ("goal", "If Kit misses school again, the social worker will ask for an Initial Child Protection Conference to "
             "decide what happens next."),
    ("goal", "Dawn, you have a Non-Molestation Order now, and Jack and Evie will stay with you in your own home."),
]


@pytest.mark.parametrize("kind, text", QUIET_NAMES)
def test_the_name_the_family_is_told_is_not_jargon(engine, kind, text):
    assert _on(engine, text, kind, "SOS101") == []


FLAGGED_NAMES = [
    ("worry", "Mum's partner Carl is subject to a non-molestation order and bail conditions.", "non-molestation order"),
    ("goal", "If Kit misses school again, we will hold a child protection conference.", "child protection conference"),
]


@pytest.mark.parametrize("kind, text, words", FLAGGED_NAMES)
def test_the_term_in_lower_case_is_still_jargon(engine, kind, text, words):
    assert words in [w for _, w in _on(engine, text, kind, "SOS101")]


# --- (3) the advice stage: one ordered pass; the section 20 agreement is held aside -----------------
def test_the_advice_steps_run_in_one_declared_order():
    from sos_lint.checks.advice_stage import STEPS

    assert [name for name, _ in STEPS] == ["family words", "unborn baby", "examples and what did not happen",
                                           "whose words", "domestic abuse", "where it stands", "who acts"]


@pytest.mark.parametrize("text", [
    # kinship carers named as the ones caring: the family-words step used to write "the adults caring for
    # the child agreed", which the round-39 undo (one word, or "X or Y") did not catch
    "Gran Pat and Grandad Joe have looked after Leon (7) under section 20 since his mum went into rehab in June.",
    "Leon (7) has lived with his aunt Sadie under section 20 since 3 June, and Sadie is worried about Dad's texts.",
])
def test_section_20_advice_always_names_the_parents_agreement(engine, text):
    report = engine.check_many([text], ["worry"])[0]
    said = [f.message + " " + f.suggestion for f in report.findings
            if f.code == "SOS101" and "section 20" in text[f.start:f.end]]
    assert said and all("that Mum or Dad agreed" in s for s in said), said
    assert not any("caring for the child agreed" in s or "Sadie agreed" in s or "Leon agreed" in s for s in said)


def test_other_advice_still_names_the_carers(engine):
    # the held-aside words are only the section 20 agreement: elsewhere the family-words step still works
    text = ("Gran Pat and Grandad Joe look after Leon (7), and Leon has poor school attendance since June.")
    report = engine.check_many([text], ["worry"])[0]
    assert not any("\u2063" in f.message or "\u2063" in f.suggestion for f in report.findings)
