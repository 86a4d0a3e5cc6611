"""What `check --fix` writes keeps who did what, and the sentence whole (round 8).

Each case is a sentence of my own wording, not from corpus/ or tests/data/, in a frame where a
swap went wrong before: a person turned into a place or into the other sex, a that-clause verb
given an object-only sense, an -ing verb left bare, a noun phrase inflected as a verb, a plural
replacement given singular agreement. "expected" is the whole text --fix writes."""
from __future__ import annotations

import pytest

from sos_lint.api import engine
from sos_lint.fixes import fixed_text
from sos_lint.rewrite.fidelity import changes_who

CASES = [
    # a person stays a person, and the same sex
    # (here the swap is shown, not written: the sentence parses differently after it)
    ("A neighbour saw an adult female carry Tom into the car.", "A neighbour saw an adult female carry Tom into the car."),
    ("Three adult males and one adult female were asleep in the lounge.",
     "Three men and one woman were asleep in the lounge."),
    ("Officers spoke to the occupants, who refused to give their names.",
     "Officers spoke to the occupants, who refused to give their names."),
    ("The occupant would not open the door to the nurse.", "The occupant would not open the door to the nurse."),
    ("The premises were cold and there was no food.", "The premises were cold and there was no food."),
    ("Dad was NFA'd after the second arrest.", "Dad was NFA'd after the second arrest."),
    # a that-clause keeps the verb's sense
    ("Dad maintains that he never left Kai alone.", "Dad insists that he never left Kai alone."),
    ("Nan indicated that she could have Ruby at weekends.", "Nan said that she could have Ruby at weekends."),
    ("Mum acknowledged that she had slapped Ali.", "Mum admitted that she had slapped Ali."),
    ("The marks indicate that Ella was held by the wrists.", "The marks show that Ella was held by the wrists."),
    # -ing verbs after a preposition keep their -ing
    ("Dad moved a friend in without informing the school.", "Dad moved a friend in without telling the school."),
    ("Mum will keep Zac well by attending his clinic appointments.",
     "Mum will keep Zac well by going to his clinic appointments."),
    # noun phrases stay noun phrases, with their article and number
    ("Leah is a looked after child living with her aunt.", "Leah is a child in care living with her aunt."),
    ("It was noted that the property had no working smoke alarm.",
     "It was noted that the home had no working smoke alarm."),
    ("Sami's developmental needs are being missed.", "Sami's developmental needs are being missed."),  # shown only
    ("This is a very large sibling group.", "This is a very large group of brothers and sisters."),
    ("Ava has dental caries in four teeth.", "Ava has tooth decay in four teeth."),
    ("The two incidents constituted a breach of the agreement.", "The two incidents were a breach of the agreement."),
    # swaps that would change the sense are not written
    ("Mum has not engaged regularly with the health visitor.",
     "Mum has not engaged regularly with the health visitor."),
    ("Kyra keeps running away from placement.", "Kyra keeps running away from placement."),
    ("Mr Lee signed a letter whereby he undertook not to drive with Jo in the car.",
     "Mr Lee signed a letter where he undertook not to drive with Jo in the car."),
    ("Dad maintained the view that the burn was an accident.", "Dad maintained the view that the burn was an accident."),
    ("Dad has kept in touch with his allocated worker.", "Dad has kept in touch with his allocated worker."),
    ("Mia's uncle has an acquired brain injury.", "Mia's uncle has an acquired brain injury."),
]


@pytest.fixture(scope="module")
def eng():
    return engine()


@pytest.mark.parametrize("draft, expected", CASES)
def test_fix_keeps_meaning_and_grammar(eng, draft, expected):
    assert fixed_text(draft, eng.check_document(draft)).text == expected


@pytest.mark.parametrize("original, replacement, changes", [
    ("adult female", "man", True), ("adult male", "woman", True), ("the occupants", "the home", True),
    ("the resident", "the flat", True), ("adult males", "men", False), ("birth mother", "Mum", False),
    ("peer group", "friends", False), ("SW", "social worker", False), ("MS", "multiple sclerosis", False),
    ("the property", "the home", False),
])
def test_changes_who(original, replacement, changes):
    assert changes_who(original, replacement) is changes
