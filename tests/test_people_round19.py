"""Who is the child, round 19: no adult, pet or place taken as the child, read from the parse.
Each class has wordings of our own (not people_battery19's, nor the sets') and near misses:
(A) a list of names a plural animal word names is the pets': set beside it ("two German
    shepherds, Kaiser and Blue,"), or opening a clause in a sentence that speaks of the animals
    ("the puppies' mess…, and Ziggy and Lola chew the wires") and names a child by age; not a
    list with an age, after a verb, or doing what only people do ("walk", "said");
(B) a plural animal word or breed is never a name ("two Rottweilers", "Nan's Staffies");
(C) a name before the words that say what kind of place follows is a place ("Oakwood
    children's home", "Ashcroft secure unit"); "took Ruby home" is whom;
(D) a name given only a past child's age ("when she was 15", "at 14") of whom the sentence then
    says something now ("and she says…"), beside a child named by age, is a grown-up; not "she
    is now 15", nor a past age with nothing said of the name now;
(E) children by their kin and lists: a brother whom a relative clause makes a carer is an adult;
    "her brother" after a relative clause's subject in another clause is the child's brother; a
    name the model took for a date in a list of people; a title word named as a friend;
(F) whom a verb takes somewhere, and whom a dog bites, is a person.
"""
import pytest

from sos_lint.api import engine
from sos_lint.people import people


def _people(text):
    return people(next(iter(engine().parse([text]))))


def _check(text, children_wanted, not_children, pets=()):
    found = _people(text)
    names = {p.name for p in found.children}
    words = {w for p in found.children for w in p.name.split()}
    for name in children_wanted:
        assert name in names, (text, names, [p.name for p in found.adults])
    for name in not_children:
        assert name not in words, (text, names, [p.name for p in found.adults])
    pet_names = {p.name for p in found.pets}
    for name in pets:
        assert name in pet_names, (text, pet_names)


@pytest.mark.parametrize("text, children, not_children, pets", [
    # (A) set beside a plural animal word
    ("Their two German shepherds, Kaiser and Blue, sleep in the kitchen, and Ava (5) has to step over them.",
     ["Ava"], ["Kaiser", "Blue"], ["Kaiser", "Blue"]),
    ("Grandad keeps four ferrets, Nibbles, Sooty and Pip, in the shed, and Etta (3) plays in there.",
     ["Etta"], ["Nibbles", "Sooty", "Pip"], ["Nibbles", "Sooty", "Pip"]),
    # (A) opening a clause in a sentence that speaks of the animals
    ("The puppies' mess is all over the lounge, and Ziggy and Lola chew the wires while Alfie (2) plays.",
     ["Alfie"], ["Ziggy", "Lola"], ["Ziggy", "Lola"]),
    ("The hamsters' cage smells, and Peanut and Chip run loose at night while Nell (4) sleeps on the floor.",
     ["Nell"], ["Peanut", "Chip"], []),
    # (A) near misses: children beside animals
    ("Mum has two dogs, and Ruby and Jack walk them every night while Mia (3) is left alone in the flat.",
     ["Ruby", "Jack", "Mia"], [], []),
    ("The cats' bowls are empty, and Kai and Leah said they had no tea either; Leah (7) was hungry at school.",
     ["Kai", "Leah"], [], []),
    ("The dogs' barking wakes Isla and Mo every night, and Isla (6) falls asleep in class.", ["Isla", "Mo"], [], []),
    ("The rabbits are Ellie's, and Ellie and Sam (8) clean the hutch out on Saturdays.", ["Ellie", "Sam"], [], []),
    # (B) a plural breed word is no name
    ("Dad's two Rottweilers are left loose in the garden where Remi (4) plays.", ["Remi"], ["Rottweilers"], []),
    # (C) a name before a described place noun
    ("Ruby is 15 and has been at Oakwood children's home since March.", ["Ruby"], ["Oakwood"], []),
    ("Kobe (14) ran away from Ashcroft secure unit and was found in town.", ["Kobe"], ["Ashcroft"], []),
    ("Mum and Jojo (3) have moved into Holly Lodge women's refuge.", ["Jojo"], ["Holly", "Lodge"], []),
    # (C) near misses: whom, not where
    ("Mum took Ruby home from school early because she was sick, and Kai (4) stayed with Nan.", ["Ruby", "Kai"], [], []),
    ("Staff at the children's home say Rio (12) comes back late.", ["Rio"], [], []),
    # (D) a childhood told as past
    ("Kelly was in care when she was 13, and she says she will never let Bea (2) go into care.", ["Bea"], ["Kelly"], []),
    ("Dean was excluded when he was 14, and he tells Alfie (10) that school is a waste of time.", ["Alfie"], ["Dean"], []),
    ("Shona was put into foster care at 15, and she worries that Remy (1) will be taken too.", ["Remy"], ["Shona"], []),
    # (D) near misses: a child's own past
    ("Sasha was taken into care when she was 12, and her brother Kai (8) stayed with Mum.", ["Sasha", "Kai"], [], []),
    ("Sasha was taken into care when she was 12, and she is now 15 and lives with her brother Kai (8).",
     ["Sasha", "Kai"], [], []),
    ("Tommy has been excluded twice since he was 9, and he is now 11.", ["Tommy"], [], []),
    # (E) kin and lists
    ("Ivy (6) lives with her brother Noah, who has been her carer since Dad left.", ["Ivy"], ["Noah"], []),
    ("Bo (4) came in with a burnt hand that did not fit what Mum said; her brother Jem was not spoken to.",
     ["Bo", "Jem"], [], []),
    ("Maisie, Tom and their friend Bishop were found drinking in the park.", ["Maisie", "Tom", "Bishop"], [], []),
    # (E) near misses
    ("Ivy (6) and her brother Noah, who is 9, get themselves to school.", ["Ivy", "Noah"], [], []),
    ("Mum has given the passports to her sister Samira, which Dad does not know about, and Zayn (7) is scared.",
     ["Zayn"], ["Samira"], []),
    # (F) taken somewhere, bitten
    ("Nan has agreed to take Ronan to the Royal Infirmary for his hearing test.", ["Ronan"], [], []),
    ("The neighbour's dog bit Summer on the arm while Mum was out.", ["Summer"], [], []),
])
def test_round19_who_is_the_child(text, children, not_children, pets):
    _check(text, children, not_children, pets)
