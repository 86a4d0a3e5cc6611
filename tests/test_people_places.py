"""Who is the child, against places, shops, breeds, titles and hyphenated names (issue 11 §1).
Cases written for these tests, in our own words; not from any probe set."""
import pytest

from sos_lint.api import engine
from sos_lint.people import people


def read(text):
    doc = next(iter(engine().parse([text])))
    found = people(doc)
    return [p.name for p in found.children], [p.name for p in found.adults], [p.name for p in found.pets]


@pytest.mark.parametrize("text, child, not_child", [
    ("Kai (9) waits outside the Crown and Anchor while Dad drinks at the Crown.", "Kai", "Crown"),
    ("Mum works evenings at Tesco, so Ayla (11) puts her brother to bed.", "Ayla", "Tesco"),
    ("Zane, aged 14, was stopped by police in Rochdale at 2am.", "Zane", "Rochdale"),
    ("Tia (3) goes to Sunflowers nursery on Mondays.", "Tia", "Sunflowers"),
    ("Inspector Walsh found Reece, who is 13, asleep in a bus shelter.", "Reece", "Walsh"),
    ("Biscuit, the family's Cocker Spaniel, snapped at Nia (2).", "Nia", "Spaniel"),
    ("Biscuit, the family's Cocker Spaniel, snapped at Nia (2).", "Nia", "Biscuit"),
])
def test_places_breeds_and_titles_are_not_the_child(text, child, not_child):
    children, _, _ = read(text)
    assert child in children
    assert not any(not_child in name for name in children)


@pytest.mark.parametrize("text, child", [
    ("Dad shouted at Holly and threw a plate at Ray (4).", "Holly"),
    ("Dad shouted at Holly and threw a plate at Ray (4).", "Ray"),
    ("Brook and her brother Kit (6) were alone in the flat all night.", "Brook"),
    ("Poppy-Mae (5) came to school with a bruise on her cheek.", "Poppy-Mae"),
    ("Rowan (10 months) was left in his cot for most of the day.", "Rowan"),
    ("Reed, Sage and Wren (7) share a mattress on the floor.", "Sage"),
])
def test_children_still_found(text, child):
    children, _, _ = read(text)
    assert child in children


def test_a_baby_in_months_is_a_child_not_an_adult():
    children, adults, _ = read("Rowan (18 months) was found alone in the bath.")
    assert children == ["Rowan"] and adults == []


def test_breed_appositive_makes_a_pet():
    children, _, pets = read("Nia (2) was bitten by Biscuit, the family's Cocker Spaniel, on Sunday.")
    assert children == ["Nia"] and pets == ["Biscuit"]
