"""Who is the child, round 23: classes found with a probe of our own wordings (137 sentences with
named adults doing adult things beside children, written before looking at the tool's output),
each with near misses:
(A) once a child is named by an age, a child's word ("baby Arlo", "her son Kai") or a child's
    things, a bare name that stands where a person stands and shows none of a child's signs is
    an adult: the partner who is hit, the man who drinks or is arrested, the woman who drives;
    a child's signs keep a child: listed with another name, joined to a child or to "she"/"you",
    a child's school or things ("her head of year", "Ruby in Year 4"), a parent or carer of
    their own ("Hope's foster carer"), a brother or sister read as a child, being cared for,
    the name a child is given, and harm by Mum or Dad unless a child named beside it sees it;
(B) a name "from" a place or service written in lower case ("Bridget from the nursery saw…",
    "Sandra from school rang me", "found by Rachel from the nursery"): someone who works there;
    not "from home", "from care" or "from class", nor a friend or brother "from school".
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


# (A) fire: bare names beside a child named by age or a child's word are adults.
@pytest.mark.parametrize("text, children, adults", [
    ("Glen shoved Tanya into the radiator while Maddox (5) watched from the stairs.", ["Maddox"], ["Glen", "Tanya"]),
    ("Pauline gets drunk most afternoons, and Rio, who is 8, makes his own tea.", ["Rio"], ["Pauline"]),
    ("Vince was arrested on Tuesday for possession of a firearm; his stepson Kobe (12) was at home.",
     ["Kobe"], ["Vince"]),
    ("Moira drove into a lamp post after a bottle of wine with Lyra (6) in the back.", ["Lyra"], ["Moira"]),
    ("Our worry is that Terry threatens Anne with a hammer and baby Wren is in the room.", ["Wren"], ["Terry", "Anne"]),
    ("Gemma said that Lloyd strangled her until she fainted, and Jonah (9) rang for an ambulance.",
     ["Jonah"], ["Gemma", "Lloyd"]),
    ("Patrick and Sue were both arrested after the fight, and Ivo (7) was left with a neighbour.",
     ["Ivo"], ["Patrick", "Sue"]),
])
def test_bare_names_beside_a_named_child_are_adults(text, children, adults):
    _check(text, children, adults)


# (A) do not fire: a child's signs keep a bare name a child.
@pytest.mark.parametrize("text, children, adults", [
    ("Nova (7) and Kit both told their teacher that Dad hits them with a slipper.", ["Nova", "Kit"], []),
    ("Ezra (4) and his brother Remy share a bed with Mum's partner in the room.", ["Ezra", "Remy"], []),
    ("Lark told me her big sister Wren (13) locks her out of the house when Mum is at the pub.", ["Lark", "Wren"], []),
    ("Maya (10) cried when Dad slapped Rudi across the face for spilling his drink.", ["Maya", "Rudi"], []),
    ("Rosa (13) says that she and Ellis were sent to sell cannabis in Hull by older boys.", ["Rosa", "Ellis"], []),
    ("Tess's foster carer says Tess wakes screaming, and her brother Ollie (5) has started wetting again.",
     ["Tess", "Ollie"], []),
    ("Mrs Dunn, who teaches Kacey in Year 3, says Kacey and Tia (8) arrive hungry.", ["Kacey", "Tia"], []),
    ("Mum is pregnant with a girl she will call Hazel, and Finn, 3, is not yet at nursery.", ["Hazel", "Finn"], []),
    ("Nan has been looking after Coco since Mum went into hospital, and Arlo (9) stays with Dad.", ["Coco", "Arlo"], []),
])
def test_a_childs_signs_keep_the_child(text, children, adults):
    _check(text, children, adults)


def test_harm_in_front_of_a_child_makes_the_one_harmed_an_adult():
    # fire: the child sees it; the one harmed is the adult partner
    _check("Dad kicked Shona in the hallway while Alfie (6) watched.", ["Alfie"], ["Shona"])
    # near miss: harm by Dad with no child seeing it: the one harmed is a child
    _check("Bella (9) tries to stop Dad hitting Reggie when he comes home.", ["Bella", "Reggie"], [])


def test_no_child_named_by_age_changes_nothing():
    # With no child named by age or a child's word, a bare name is read as before (the child).
    found = _people("Tia is frightened when the shouting starts at night.")
    assert [p.name for p in found.children] == ["Tia"]


# (B) fire: a worker "from" a place or service in lower case.
@pytest.mark.parametrize("text, children, adults", [
    ("Carys from the nursery saw marks on Jude's neck on Monday.", [], ["Carys"]),
    ("Imran from school phoned me because Zain (7) had not been collected.", ["Zain"], ["Imran"]),
    ("Bea (2) was seen by Fiona from the health visiting team, who found her underweight.", ["Bea"], ["Fiona"]),
    ("Lorna from the foodbank says Amos, 4, has had no hot meal this week.", ["Amos"], ["Lorna"]),
])
def test_a_name_from_a_lower_case_service_is_a_worker(text, children, adults):
    _check(text, children, adults)
    assert any(w in {p.name for p in _people(text).adults} for w in adults)


# (B) do not fire: where a child comes from, or a friend from school.
@pytest.mark.parametrize("text, children", [
    ("Skye came home from school on Friday with a cut lip and would not say why.", ["Skye"]),
    ("Theo's friend Otis from school told his mum that Theo sleeps in a car.", ["Theo", "Otis"]),
])
def test_where_a_child_comes_from_is_no_workplace(text, children):
    _check(text, children, [])


# (C) fire: one told or asked to leave the home is an adult, with or without a child's age beside.
@pytest.mark.parametrize("text, children, adults", [
    ("Shane was told to leave after he threw a plate at Mum, and Esme is scared he will come back.",
     ["Esme"], ["Shane"]),
    ("Mum asked Rory to leave the house on Sunday, but Esme says Rory still stays there.", ["Esme"], ["Rory"]),
    ("Kim was asked to leave the hostel for fighting and now sleeps in her car with Esme.", ["Esme"], ["Kim"]),
])
def test_told_to_leave_the_home_is_an_adult(text, children, adults):
    _check(text, children, adults)
    assert set(adults) <= {p.name for p in _people(text).adults}


# (C) do not fire: a child asked to leave a lesson or a shop.
@pytest.mark.parametrize("text, children", [
    ("Kai was asked to leave the classroom after he threw a chair at Ruby.", ["Kai", "Ruby"]),
    ("Esme was told to leave the shop with Leo after security saw them take sweets.", ["Esme", "Leo"]),
])
def test_a_child_asked_to_leave_a_lesson_or_a_shop_stays_a_child(text, children):
    _check(text, children, [])


# (D) fire: a name with an age after "told me" is the one told of, never a thing given.
@pytest.mark.parametrize("text, children", [
    ("Nan rang the office and told me Ruby (7) had not slept since the fire.", ["Ruby"]),
    ("The neighbour told us Amber (3) was crying at the window for an hour.", ["Amber"]),
])
def test_a_name_with_an_age_after_told_me_is_a_child(text, children):
    _check(text, children, [])


def test_the_thing_given_is_still_no_child():
    # do not fire: what is given, with no age, stays a thing.
    assert not _people("Gran gives him Calpol when he cannot sleep.").children
