"""Who is the child, round 17: never take an adult for the child, by the words around a name.
Each class has wordings of our own (not the battery's) and near misses that must not change:
(A) moving (back) in, or moving in with Mum, is what a parent's partner does ("Gary moved back in
    last month"); a child who moves in with Nan or with his dad stays a child;
(B) whom a parent goes back to is an adult ("Mum wants to go back to Darren", "has got back with
    Shane"); going back to a town or to school names no one;
(C) someone "from the church" or "from the mosque" is an adult of it, as "from the team" was;
(D) a job or a rank used as a title before a name ("Coach Barker", "Nurse Bright", "Lieutenant
    Ross Hale") is an adult's;
(E) where one travelled from ("came back from Appleby", "moved here from Wigan") is a place, even
    where the model tags it as a person; the one who came back is still read as before;
(F) a child with only context is still found: "his baby sister Flint" (the tagger makes "baby"
    a compound), "her little sister Sunny" brought somewhere, an age "at the age of 9" in the
    present tense ("Dolly weighs 62kg at the age of 9"), not in the past;
(G) an unborn child is named "Baby Marsh" ("Unborn Baby Marsh…"), a born one by the given name;
(H) what one mention of a name does (moving back in) holds for every mention of it.
"""
import pytest

from sos_lint.api import engine
from sos_lint.people import people


def _people(text):
    return people(next(iter(engine().parse([text]))))


def _words(persons):
    return {w for p in persons for w in p.name.split()}


def _check(text, children_wanted, not_children):
    found = _people(text)
    names = {p.name for p in found.children}
    words = _words(found.children)
    for name in children_wanted:
        assert name in names, (text, names, [p.name for p in found.adults])
    for name in not_children:
        assert name not in words, (text, names, [p.name for p in found.adults])


# Should be children (each with at most context to say so), beside adults that must not be.
@pytest.mark.parametrize("text, children, not_children", [
    # (A) near misses: a child who moves in with a grandparent or a father
    ("Pearl moved in with Nan after the police came, and Gary still rings her every night.", ["Pearl"], []),
    ("Since Easter Jet has moved in with his dad, who drinks most evenings.", ["Jet"], []),
    # (B) near misses: going back to a place or to school
    ("Mum wants to go back to Leeds, and Orla, 8, says she will miss her friends.", ["Orla"], ["Leeds"]),
    ("Reef went back to school on Monday with a cut lip that Mum says was from football.", ["Reef"], []),
    # (E) near miss: the child who came back is still the child
    ("Jet came back from school with a black eye and told Mum that a boy did it.", ["Jet"], []),
    # (F) a child with only context
    ("The health visitor saw Opal and her baby brother Flint, who was born on Tuesday.", ["Opal", "Flint"], []),
    ("Mum brought Nova and her little sister Sunny to the contact centre.", ["Nova", "Sunny"], []),
    ("Dolly weighs 62kg at the age of 9 and Mum has not taken her to the clinic.", ["Dolly"], []),
    ("Rowan told her Year 6 teacher that she sleeps on the sofa.", ["Rowan"], []),
    ("Jasmine hides her baby sister Wren and their rabbit, Snowy, in the shed when Dad shouts.", ["Jasmine", "Wren"], ["Snowy"]),
    # (G) an unborn child and a born one
    ("Unborn Baby Marsh is due in March and Mum is still using heroin.", ["Baby Marsh"], []),
    ("Baby Storm was born at 34 weeks and Mum is learning to make up feeds.", ["Storm"], []),
])
def test_a_child_with_only_context_is_still_found(text, children, not_children):
    _check(text, children, not_children)


# Adults, pets and places that must not be taken as the child (the child beside them is found).
@pytest.mark.parametrize("text, children, not_children", [
    # (A)
    ("Gary moved back in last month and Mum says Pearl must not tell her social worker.", ["Pearl"], ["Gary"]),
    ("Lee moved in with Mum at Easter; since then Ember has been late for nursery every day.", ["Ember"], ["Lee"]),
    # (B)
    ("Mum wants to go back to Darren even though Skye saw him hit her.", ["Skye"], ["Darren"]),
    ("Mum keeps saying she will go back to Shane, and Rocco, 7, cries when his name is said.", ["Rocco"], ["Shane"]),
    ("Dad has gone back to Tasha and Lark, 4, now stays with Nan.", ["Lark"], ["Tasha"]),
    # (C)
    ("Pastor Jim says Ruth from the church looks after Hope on Sundays.", ["Hope"], ["Ruth"]),
    ("Mum says Clive from the mosque takes Ayla and Bilal to lessons on Saturdays.", ["Ayla", "Bilal"], ["Clive"]),
    # (D)
    ("Coach Barker at the boxing gym says Tiger has bruises on both arms.", ["Tiger"], ["Coach", "Barker"]),
    ("Nurse Bright saw Ivy, 3, at the walk-in centre with a burn on her hand.", ["Ivy"], ["Bright"]),
    ("Lieutenant Ross Hale is on a tour abroad until June, so Tia stays with Nan on weekdays.", ["Tia"], ["Ross", "Hale"]),
    # (E)
    ("Since the caravan came back from Appleby, Kez, 9, has missed six weeks of school.", ["Kez"], ["Appleby"]),
    ("Blaze, 8, has been quiet since the family moved here from Wigan.", ["Blaze"], ["Wigan"]),
    # (H)
    ("Kyle moved back in on Sunday and Mum says Brook must keep it a secret; Brook says Kyle shouts.",
     ["Brook"], ["Kyle"]),
    ("Dean moved back in on Friday and now Sky says she is scared at night because Dean drinks.", ["Sky"], ["Dean"]),
])
def test_an_adult_pet_or_place_is_never_the_child(text, children, not_children):
    _check(text, children, not_children)


def test_whom_a_parent_goes_back_to_is_read_as_an_adult():
    found = _people("Mum wants to go back to Darren even though Skye saw him hit her.")
    assert [p.name for p in found.adults] == ["Darren"]
    assert "back" in found.adults[0].evidence


def test_an_age_in_the_past_is_not_read_as_the_age_now():
    # "at the age of 15" in the past says how old she was then, not that she is a child now.
    found = _people("Kelly had Rio at the age of 15 and now Rio (6) looks after her.")
    assert all(p.evidence != "age 15" for p in found.everyone)
    assert "Rio" in {p.name for p in found.children}


def test_the_age_now_is_read_from_at_the_age_of():
    found = _people("Dolly weighs 62kg at the age of 9 and Mum has not taken her to the clinic.")
    assert [(p.name, p.evidence) for p in found.children] == [("Dolly", "age 9")]


def test_a_job_title_is_an_adults_and_not_a_name():
    found = _people("Coach Barker at the boxing gym says Tiger has bruises on both arms.")
    assert "Barker" in _words(found.adults)
    assert not {"Coach", "Barker"} & _words(found.children)
