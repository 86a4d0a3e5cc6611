"""Who is the child, round 5 (issue 11 §1): pets named in a list, the one kept safe or fed, and adults read by what is said of them (moving out, home from the pub, hitting
"the kids", bringing a named child, told something at an organisation, spoken to beside "you").
Round 5's places, events, breeds, titles and booked months sit with the other place cases in
tests/test_people_places.py. Cases written for these tests, in our own words; not from any probe set."""
import pytest

from test_people_places import read


def test_listed_pets_with_a_plural_breed():
    children, _, pets = read("Pepper and Salt, the family's two spaniels, are fed before Ivo (4) is.")
    assert {"Pepper", "Salt"} <= set(pets)
    assert "Ivo" in children and "Pepper" not in children


def test_other_animals_are_pets():
    children, _, pets = read("Noodle, the family's gecko, lives in a tank beside Rae's bed.")
    assert "Noodle" in pets and "Noodle" not in children and "Rae" in children


@pytest.mark.parametrize("text, adult, child", [
    ("Once the review was over, Gary moved out and Tilly started sleeping through.", "Gary", "Tilly"),
    ("Finn (9) goes quiet when Wayne gets back from the pub.", "Wayne", "Finn"),
    ("Tasha brings Roxy, her granddaughter (3), to the baby group each week.", "Tasha", "Roxy"),
    ("Nan rang Karen at Barnardo's because she had not seen Alfie for two days.", "Karen", "Alfie"),
    ("Lee, you will take Ella to school each morning and stay until the bell.", "Lee", "Ella"),
    ("Dad, you and Shane will do the night feeds so Mia can be settled by midnight.", "Shane", "Mia"),
])
def test_adults_by_what_is_said_of_them(text, adult, child):
    children, adults, _ = read(text)
    assert child in children
    assert adult in adults and adult not in children


def test_hitting_the_children_is_an_adult_even_alone():
    children, adults, _ = read("Nan told the health visitor that Terry smacks the kids when he has been drinking.")
    assert "Terry" in adults and "Terry" not in children


@pytest.mark.parametrize("text, child", [
    # The one kept warm or safe is the child, even when the word is a heading word.
    ("Mum will keep Junior clean and warm at night.", "Junior"),
    ("Poppy, Nan and Grandad, we all want Poppy to feel safe at home.", "Poppy"),
    # A child spoken to stays a child when nothing shows the other name is one.
    ("Jade, you will tell Mr Ellis if Kane is unkind to you.", "Jade"),
    ("Sky, you are safe with Nan and Rio.", "Sky"),
    # A child's own act, and taking part with an adult, stay a child's.
    ("Mum, you and Lola will bake on Saturdays.", "Lola"),
    ("Nan looks after Rosie after school.", "Rosie"),
    ("Dad bought new shoes for May before the wedding.", "May"),
    ("Bryony is living in Rose's old room at Nan's.", "Bryony"),
    # A surname that is a place word is not a place's name.
    ("Jordan Hall (13) has been missing from school since Monday.", "Jordan"),
    ("Mum says Demi Church is her best friend and Leo (5) cries when she visits.", "Demi"),
    ("Kai confided in Jade (12) about the men at the park.", "Jade"),
])
def test_children_still_found(text, child):
    children, adults, _ = read(text)
    assert child in children and child not in adults
