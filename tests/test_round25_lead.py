"""Round 25, the lead's mends from set 23 (opened this round), each with near misses:

(A) SOS202 (passive hint) in a worry: the child kept as the subject of what was done to them hides
    nobody when the doer is named ("Olu has been made to carry drugs by adults") or when what was
    done is not a harm ("Jade, who is 11, has been taken to A&E"); a harm, a sighting or a finding
    with nobody named still asks who did it or saw it ("Tia was hit", "has been seen crying",
    "was observed to be unkempt"), and an adult or a thing as the subject is unchanged.
(B) SOS202: a later item of a list that the parse hangs on the wrong verb still shares the
    sentence's modal ("she could be burnt again, swallow something, or be left with adults").
(C) Who is the child: a pet named after its breed and a comma ("The family's XL Bully, Derek,
    bit Amira (5)") is a pet, and the sentence's opening "The" is no pet's name; a name set beside
    "a Year 7 pupil," is a child (not "a pupil support worker, Jan,").
(D) SOS101: a term followed at once by a clause saying what it does ("the non-molestation order that
    says he must stay away") is explained in place (good_test23's writer marked it a job/document name).
(E) Who is the child: bare names listed together doing a parent's deed for or with a child named by
    age ("Kemi and Tunde will agree a bedtime routine with Precious (4)") are adults.
"""
import pytest

from sos_lint.api import check, engine
from sos_lint.people import people


def _passive_words(text: str, kind: str = "worry") -> list[str]:
    report = check(text, kind)
    return [report.text[f.start:f.end] for f in report.findings if f.code == "SOS202"]


@pytest.mark.parametrize("text", [
    "The youth worker is worried because Olu, who is 15, has been made to carry drugs by older boys.",
    "Kofi, who is 4, was woken by the shouting and cried until the neighbours knocked.",
    "Jade, who is 11, has been taken to A&E three times since May with low blood sugar.",
    "Hazel (9) has been sent home from school twice this term for hitting other children.",
    "Bilal (7) was taken to hospital by ambulance after he fell from the balcony.",
    "Scarlet (14) was reported missing and found in the early hours in a car park.",
    "Ellie (10) had been hit by Mum's partner with a belt after she came home late.",
])
def test_the_childs_side_of_a_worry_is_not_a_passive_fault(text):
    assert _passive_words(text) == []


@pytest.mark.parametrize("text, words", [
    ("Tia (6) was hit on the arm last Friday and had a bruise the next day.", "was hit"),
    ("Autumn (5) has been seen crying at the window most weekends.", "has been seen"),
    ("Clay (9) and Echo (6) are exposed to shouting most nights.", "are exposed"),
    ("Kacper (8) was observed to be wearing the same soiled clothes all week.", "was observed"),
    ("Baby Noor was found to have a fracture to her leg.", "was found"),
    ("Mum was pushed against the wall while Tia (6) watched.", "Mum was pushed"),
    ("The front door was kicked in on 3 May while Tia (6) was in the flat.", "was kicked"),
    # The doer of another clause is not this finding's source.
    ("Contact with Dad has been withheld by Ms Cole on 5 occasions, and Amelia (6) was observed to be "
     "distressed at handover.", "was observed"),
    ("Ellie (9) was seen to have marks on her legs and was examined by the paediatrician.", "was seen"),
])
def test_a_harm_a_sighting_or_a_finding_with_nobody_named_still_asks(text, words):
    assert words in _passive_words(text)


def test_a_later_item_of_a_list_shares_the_modal():
    text = ("If Dad keeps having friends using drugs around Holly (7), we are worried she could be burnt "
            "again, swallow something dangerous, or be left with adults nobody has checked.")
    assert _passive_words(text) == []
    # A list with no modal looks back, not ahead: a harm in it still asks who did it.
    assert "was left" in _passive_words("Dad shouted at Mum, and Tia (6) was left alone in the flat all night.")


def _people(text):
    return people(next(iter(engine().parse([text]))))


def test_a_pet_named_after_its_breed_and_a_comma_is_a_pet():
    found = _people("The family's XL Bully, Derek, bit Amira (5) on the face in January, and Mum "
                    "has still not kept Derek out of the children's bedroom.")
    assert {p.name for p in found.pets} == {"Derek"}
    assert {p.name for p in found.children} == {"Amira"}
    found = _people("Dad's new Staffie, Tyson, has bitten Kai (4) twice.")
    assert {p.name for p in found.pets} == {"Tyson"}


def test_a_name_after_a_list_comma_is_not_a_pet():
    found = _people("Mum walked the dog, Jay followed her and Kai (4) stayed in.")
    assert "Jay" not in {p.name for p in found.pets}


def test_a_pupil_set_beside_a_name_is_a_child():
    found = _people('Harvey (14) told a Year 7 pupil, Bilal, that "your lot will be sent back".')
    assert {"Harvey", "Bilal"} <= {p.name for p in found.children}
    found = _people("Harvey (14) told a pupil support worker, Jan, that he was scared.")
    assert "Jan" in {p.name for p in found.adults}
    assert "Jan" not in {p.name for p in found.children}


# (D) SOS101: a named order, plan or process followed at once by a clause that says what it does for
# the family is explained where it stands; a clause about something else is not an explanation.
def _jargon_words(text: str, kind: str) -> list[str]:
    report = check(text, kind)
    return [report.text[f.start:f.end] for f in report.findings if f.code == "SOS101"]


@pytest.mark.parametrize("text, kind", [
    ("If Aaron comes to the house, you will ring 999 and tell the police about the non-molestation order "
     "that says he must stay away.", "goal"),
    ("There is a child protection plan, which means the social worker will visit Ivy (4) every week.", "worry"),
])
def test_a_term_explained_in_place_is_not_jargon(text, kind):
    assert _jargon_words(text, kind) == []


@pytest.mark.parametrize("text, kind, words", [
    ("The core group that met on Monday said Mum must stop drinking.", "worry", "core group"),
    ("Mum has a non-molestation order against Dad and Ivy (4) still sees him.", "worry", "non-molestation order"),
])
def test_a_term_with_no_explanation_is_still_jargon(text, kind, words):
    assert words in _jargon_words(text, kind)


# (E) Who is the child: a list of bare names doing a parent's deed for or with a child named by age
# is the adults; children doing things together stay children.
@pytest.mark.parametrize("text, adults, children", [
    ("Kemi and Tunde will agree a bedtime routine with Precious (4) and Blessing (2), and the early help "
     "worker will call in each Thursday evening.", {"Kemi", "Tunde"}, {"Precious", "Blessing"}),
    ("Lou and Sam will take Ivy (3) to nursery every morning.", {"Lou", "Sam"}, {"Ivy"}),
])
def test_names_doing_a_parents_deed_for_an_aged_child_are_adults(text, adults, children):
    found = _people(text)
    assert adults <= {p.name for p in found.adults}, found
    assert children <= {p.name for p in found.children}
    assert not adults & {p.name for p in found.children}


def test_names_playing_with_an_aged_child_stay_children():
    found = _people("Ruby and Jack play with Kai (4) in the garden after school.")
    assert {"Ruby", "Jack", "Kai"} <= {p.name for p in found.children}
