"""Who is the child, round 21: no adult taken for the child, every child found, read from the parse.
Wordings of our own (not people_test20's nor people_battery19's), with near misses for each class:
(A) an age in a bracketed list after a child's word ("the children (Kaden 4, Mia 2)"); not a
    score or an address in brackets;
(B) the age of the one spoken to ("Jaden, you are 15, and…"); an adult's age says an adult;
(C) a case note's short age ("a 13 y/o boy"); an adult's says an adult;
(D) a pupil's year right after the name ("Note: Bailey in Year 6 has…"); not after a title;
(E) a past age of 17 or more dating the name's own act, with no age now ("Liam started drinking
    when he was 18, and Ava (6)…"): grown up now; a younger past age is still a child's;
(F) a childhood told as past beats what the name "was" then ("Stacey was a looked-after child
    when she was 12, and she now worries…"); "is a young carer" now is a child;
(G) the friend or mate an adult does something with, under the same "his"/"her" ("her mum was
    smoking cannabis with her friend Jodie"): the adult's companion; the object of the adult's
    act ("his dad hit his sister Maisie") and a brother in the act ("played football with his
    brother Finn") may be the child's sibling;
(H) a record's words for a person: "Victim", "Witness" are no names; "suspect Dean Price" and
    "the perpetrator, Liam Cross," are adults, unless an age says a child;
(I) a town one drives or walks round is a place ("walking round Hanley");
(J) a child's word with a capital before a plural names a group ("Girl Guides", "Boy Scouts");
    not "Baby Storm", "Little Wren";
(K) "Ward sister Bernie", "Night sister Pam": a nurse, not a sibling; "his big sister Ruby" is.
"""
import pytest

from sos_lint.api import engine
from sos_lint.people import people


def _people(text):
    return people(next(iter(engine().parse([text]))))


def _check(text, children_wanted, not_children):
    found = _people(text)
    names = {p.name for p in found.children}
    words = {w for p in found.children for w in p.name.split()}
    for name in children_wanted:
        assert name in names, (text, names, [p.name for p in found.adults])
    for name in not_children:
        assert name not in words, (text, names, [p.name for p in found.adults])


CHILDREN = [
    # (A)
    ("Officers found two children (Kaden 4, Mia 2) alone in the flat at midnight.", ["Kaden", "Mia"], []),
    ("Present at the address were the children (Skye 9, Rowan 7, Amber 1) and Mum's partner.", ["Skye", "Rowan", "Amber"], []),
    ("Dad threw a chair in front of the kids (Leo 8, Harley 6) on Friday night.", ["Leo", "Harley"], []),
    ("Mum's partner was arrested in front of her sons (Alfie 10 and Reggie 7) on the doorstep.", ["Alfie", "Reggie"], []),
    ("Officers found Ms Dale and the children (Ocean 9, Autumn 5, Precious 1) in the car at 3am.", ["Ocean", "Autumn", "Precious"], []),
    # (B)
    ("Jaden, you are 15, and you deserve to feel safe at home with Mum.", ["Jaden"], []),
    ("Tia, you're only 12, and you should not have to look after your brothers every night.", ["Tia"], []),
    ("Keira, you are 17 and you have told us you want to live with Nan.", ["Keira"], []),
    # (C)
    ("Ellis is a 13 y/o boy who has been missing from home three times this month.", ["Ellis"], []),
    ("Kenzie is a 15 yo looked-after child placed at Oak Lodge who has been seen with older men.", ["Kenzie"], []),
    # (D)
    ("Note: Bailey in Year 6 has been coming to school without a coat or lunch.", ["Bailey"], []),
    ("Update: Destiny in Year 10 was seen getting into a car outside the gates.", ["Destiny"], []),
    # (E) near misses: a child's past age
    ("Kai started nursery when he was 3, and Ruby (5) goes to Oakfield Primary.", ["Kai", "Ruby"], []),
    ("Jordan began self-harming when he was 13, and Mia (9) has seen the cuts on his arms.", ["Jordan", "Mia"], []),
    # (F) near miss: a young carer now
    ("Amber is a young carer for her mum, and Kai (7) helps her with the shopping.", ["Amber", "Kai"], []),
    # (G) near misses: the object of the adult's act
    ("Kai said his dad hit his sister Maisie with a belt on Sunday.", ["Maisie"], []),
    ("Leah told the teacher that her mum shouted at her brother Finn until he cried.", ["Finn"], []),
    ("Kai says his dad played football in the park with his brother Finn on Sunday.", ["Finn"], []),
    # (H) near misses: an age says a child
    ("Police were called after suspect Jayden (15) took the car from outside the house.", ["Jayden"], []),
    ("Officers suspect Harvey (14) was given the knife by an older boy.", ["Harvey"], []),
    # (I) near miss
    ("Dad drove Kai (12) round to Nan's house at midnight.", ["Kai"], []),
    # (J) near misses
    ("They suspect Ruby was hit by Dad on Sunday night.", ["Ruby"], []),
    # (K) near miss: a sibling's word with no nurse's word before it
    ("Kai (8) and his big sister Ruby were left alone overnight.", ["Kai", "Ruby"], []),
    # (J) near misses
    ("Baby Storm was born at 30 weeks and is still on the ward.", ["Storm"], []),
    ("Little Wren is scared when Dad shouts at Mum.", ["Wren"], []),
]


NOT_CHILDREN = [
    # (A) near misses: brackets with no child word before them
    ("Dad spends the evenings watching football (Arsenal 3, Spurs 1) and Ivy (4) is put to bed by Nan.", ["Ivy"], ["Arsenal", "Spurs"]),
    # (B)
    ("Shannon, you are 24, and Ruby (3) needs you to be awake when she gets up.", ["Ruby"], ["Shannon"]),
    # (C)
    ("Lee is a 34 y/o man who has been staying at the flat, and Ivy (2) sleeps in the next room.", ["Ivy"], ["Lee"]),
    # (D)
    ("Mrs Green in Year 6 said that Bailey (10) has not had lunch all week.", ["Bailey"], ["Green"]),
    # (E)
    ("Liam started drinking when he was 18, and Ava (6) now hides his cans in the bin.", ["Ava"], ["Liam"]),
    ("Shona left care when she was 17, and Alfie (2) now lives with her in a hostel.", ["Alfie"], ["Shona"]),
    ("Gavin began dealing when he was 19, and Poppy (8) has seen men at the door late at night.", ["Poppy"], ["Gavin"]),
    # (F)
    ("Stacey was a looked-after child when she was 12, and she now worries that Leo (4) will be taken into care.", ["Leo"], ["Stacey"]),
    ("Kerry was a young carer for her dad when she was 11, and she now leaves Jade (9) to look after the baby.", ["Jade"], ["Kerry"]),
    # (G)
    ("Ivy (4) was alone in the bath while her mum was smoking cannabis with her friend Jodie in the kitchen.", ["Ivy"], ["Jodie"]),
    ("Noah (2) was found in the street while his dad was drinking in the garden with his mate Lee.", ["Noah"], ["Lee"]),
    ("Tyler (6) was left in the car while his dad was in the bookies with his mate Craig.", ["Tyler"], ["Craig"]),
    # (H)
    ("Police attended following a report of a fight at the address. Victim was punched by partner in front of Harvey (5).", ["Harvey"], ["Victim"]),
    ("Witness heard screaming from the flat; suspect Dean Price was arrested and Ruby (7) went to Nan's.", ["Ruby"], ["Dean", "Price", "Witness"]),
    ("The perpetrator, Liam Cross, has been bailed to an address away from Skye (3).", ["Skye"], ["Liam", "Cross"]),
    # (I)
    ("Mum was seen walking round Hanley at 2am with Ivy (3) in her pushchair.", ["Ivy"], ["Hanley"]),
    ("Grandad forgot to collect Reed (7) and was found driving around Stockport looking for the school.", ["Reed"], ["Stockport"]),
    # (J)
    ("Ruby (9) has stopped going to Girl Guides since Dad moved back in.", ["Ruby"], ["Girl", "Guides"]),
    ("Josh (11) used to go to Boy Scouts on Fridays but now stays in his room.", ["Josh"], ["Boy", "Scouts"]),
    ("Mum says Mia (12) has not been to Young Carers since March.", ["Mia"], ["Young", "Carers"]),
    ("Police arrested the suspect, Jason Hill, and Tia (6) went to stay with Nan.", ["Tia"], ["Jason", "Hill"]),
    # (K)
    ("Ward sister Bernie is worried that Mum has not visited baby Rosa for three days.", ["Rosa"], ["Bernie"]),
    ("Night sister Pam saw Dad shake baby Jacob (6 weeks) in his cot.", ["Jacob"], ["Pam"]),
]


@pytest.mark.parametrize("text,children,not_children", CHILDREN)
def test_round21_read_as_the_child(text, children, not_children):
    _check(text, children, not_children)


@pytest.mark.parametrize("text,children,not_children", NOT_CHILDREN)
def test_round21_not_read_as_the_child(text, children, not_children):
    _check(text, children, not_children)


# (L) a pupil's things owned by the next "his"/"her" after the subject that opens the sentence.
OWN_SCHOOL_WORDS = [
    ("Tayla cried when her teacher asked about the bruise on her arm.", "Tayla", True),
    ("Scout was sent home for three days, and her head of year is worried about who collects her.", "Scout", True),
    ("Reggie hides under the table when his class goes out to play.", "Reggie", True),
    ("Marley has not handed in his homework since Dad moved out.", "Marley", True),
    # near misses: a body's head, a compound, another person or role between, not the subject
    ("Kerry fell down the stairs and hit her head while Ruby (4) was in the bath.", "Kerry", False),
    ("Kelly says her school run is hard because Jade (6) is slow in the mornings.", "Kelly", False),
    ("Tanya said Mum told her teacher about the fire.", "Tanya", False),
    ("Dad hit Ruby before her teacher saw the marks.", "Ruby", False),
    ("Leanne told Nan that her teacher at college had rung.", "Leanne", False),
]


@pytest.mark.parametrize("text,name,expected", OWN_SCHOOL_WORDS)
def test_round21_a_pupils_things_after_the_name(text, name, expected):
    from sos_lint.people import _Reader

    doc = next(iter(engine().parse([text])))
    reader = _Reader(doc, (), ())
    token = next(t for t in doc if t.text == name)
    assert bool(reader._own_school_word(token)) is expected, (text, reader._own_school_word(token))
