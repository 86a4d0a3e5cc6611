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
    # Round 5 (tests/test_people_deeds.py has the rest):
    # A town after "in", a shop "above" or "below", however given-name-like.
    ("Since the summer Kara (8) has lived with her aunt in Clayton.", "Kara", "Clayton"),
    ("Jesse (5) sleeps on a sofa in the flat below Poundland.", "Jesse", "Poundland"),
    ("Older boys made Tyler (14) take packages to Crewe on the bus.", "Tyler", "Crewe"),
    # An event after "after"/"before".
    ("Nana minds Esme (2) after Bingo on Tuesdays.", "Esme", "Bingo"),
    # A run of capitals ending in a place word; a breed after "the".
    ("Lacey (6) told staff at Oak Tree Family Hub that she is hungry.", "Lacey", "Oak"),
    ("Ziggy, the German Shepherd, growled at Bea (3) when she reached for her cup.", "Bea", "German"),
    # A month after "for" a booking is a date.
    ("Mum has planned a holiday for August and Kit (7) is worried about leaving Nan.", "Kit", "August"),
    # Sister as a title.
    ("Brother Anselm at the parish hall runs the club that Orla (10) goes to.", "Orla", "Anselm"),
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


# Issue 11 §1, round 4: a capitalised word is the child only when something says it is a person.
# Cases written for these tests, in our own words.
@pytest.mark.parametrize("text, children, not_child", [
    # A modal asking a question, a verb written with a capital, a heading before a dash.
    ("Will you ring us, Dad, if Esme (6) is not home by tea time?", ["Esme"], ["Will"]),
    ("Mum has been Facebooking the man who hurt Indie (3).", ["Indie"], ["Facebooking"]),
    ("Assessment Update – Kian (5). Dad, Robert, said Kian was asleep by eight.", ["Kian"], ["Update", "Robert"]),
    # Pets: "X the rabbit", "X and Y are …'s cats", a breed after a possessive.
    ("Pebbles the rabbit lives in Arlo's bedroom; Arlo is 3.", ["Arlo"], ["Pebbles"]),
    ("Max and Milo are Grandad's cats, and Sonny (2) pulls their tails.", ["Sonny"], ["Max", "Milo"]),
    ("Koda, the neighbour's Alsatian, jumped up at Hallie (4) in the garden.", ["Hallie"], ["Koda"]),
    # Brands, clubs, hospitals, named storms.
    ("Mum drinks three bottles of Echo Falls a night while Lexi (7) puts herself to bed.", ["Lexi"], ["Echo", "Falls"]),
    ("Dad picked Fern (6) up from Rainbows two hours late.", ["Fern"], ["Rainbows"]),
    ("Since Storm Ciara took the roof off, Milo (9) has slept at his nan's.", ["Milo"], ["Storm", "Ciara"]),
    ("Dr Shah at Russells Hall says Rio (1) has lost weight.", ["Rio"], ["Russells", "Hall"]),
    ("In the August heat Mum left Bea (2) in the car for an hour.", ["Bea"], ["August"]),
    # Adults named beside a role word, by what they have, or where they work.
    ("Mum, Tina, says Ezra (8) has been wetting the bed again.", ["Ezra"], ["Tina"]),
    ("Ollie is 15; his youth worker, Sam Price, saw him at the station.", ["Ollie"], ["Sam"]),
    ("Lola is Kerry's youngest daughter, and Kerry goes out most nights.", ["Lola"], ["Kerry"]),
    ("Mum will text Shona at the housing office when the heating breaks, so Kit (3) stays warm.", ["Kit"], ["Shona"]),
    ("Nico (11) says Deano's van is where the knives are kept.", ["Nico"], ["Deano"]),
    ("Otis (2) was found alone outside Lidl by a passer-by.", ["Otis"], ["Lidl"]),
])
def test_only_people_with_signs_are_the_child(text, children, not_child):
    found, _, _ = read(text)
    assert found == children
    assert not any(word in name for name in found for word in not_child)


@pytest.mark.parametrize("text, child", [
    ("Harper has not been seen at school since half term.", "Harper"),  # the only name: still the child
    ("Ember is in Year 2 and has missed eleven mornings since Easter.", "Ember"),
    ("Skye, 5, and her cousin Isla, 7, were left with a 12-year-old.", "Skye"),
    ("Skye, 5, and her cousin Isla, 7, were left with a 12-year-old.", "Isla"),
    ("Kai is a young carer for his dad and is often late for school.", "Kai"),
    ("Nia (8) and her brothers, Cal and Rhys, sleep on one mattress.", "Rhys"),
    ("Leo (4) cried when Dad shouted at Poppy in the kitchen.", "Poppy"),
    ("Amazon told her teacher that Dad keeps her off school.", "Amazon"),  # a brand's name, said as a girl's
    ("Tanya Reid – she is 9 and has been left alone at night.", "Tanya"),  # a name before a dash, not a heading
])
def test_children_without_an_age_are_still_found(text, child):
    found, _, _ = read(text)
    assert child in found


def test_a_brand_stays_a_name_for_redaction_but_is_nobody():
    doc = next(iter(engine().parse(["Dad drank six cans of Carling and then drove Jax (9) home."])))
    found = people(doc)
    carling = next(t for t in doc if t.text == "Carling")
    assert [p.name for p in found.children] == ["Jax"]
    assert found.role_of(carling) is None
    assert [p.name for p in found.others] == ["Carling"] or carling.i not in found.name_tokens
