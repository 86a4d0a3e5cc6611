"""Who is the child, round 18: adults by their age or a past role, and children by what is said
of them. Each class has wordings of our own (not people_battery18's) and near misses:
(A) an age adjective in the phrase set beside a name ("Connor, a 22-year-old man,") is that
    name's age: 18 or over an adult, under 18 a child; an age later in the phrase is not his;
(B) a role in brackets after a name ("Sheila (former foster carer)", "Dean (Mum's ex)") is that
    name's; an owner in the brackets ("Mum's") is not the role; a name in brackets after a family
    word ("Nan (Carol)") is the one the word names; brackets with an age or a school year are a child's;
(C) a grown-up son or daughter ("Dad's grown-up son, Drake") is an adult;
(D) a month after "and" or "to" beside a month that is a date ("in May and June") is a date;
(E) an age after a role in brackets ("Cinder (half-sister, 10)") is the name's age;
(F) a school year in brackets ("Copper (Reception)", "Silver (Year 4)") says a child;
(G) "Unity and her little brother Knight, who is 4": the one whose young brother is named is a child;
(H) a word opening a sentence as the one abused, hit or groomed is a name ("Miracle was abused");
(I) a name in a cot, a pram or a car seat in a visit note is a baby ("Destiny asleep in car seat");
(J) a season's word listed as a subject with a given name is a person ("Olive and Summer go to school");
(K) one who had a baby, gave birth, or owns the son or daughter that opens the clause after a
    semicolon is a parent, whatever age they were then ("Marnie had her first baby at age 16");
(L) a word opening a sentence with a child's role set beside it ("Major, a Year 9 boy,") or, for a
    word that is also an abstract noun, a child's kin or things ("Unity and her little brother
    Knight, who is 4,") is a name.
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


@pytest.mark.parametrize("text, children, not_children", [
    # (A) an adult's age in the phrase beside the name
    ("Darren, a 35-year-old man from the next street, gives Bay (12) cigarettes.", ["Bay"], ["Darren"]),
    ("Mum's friend Kirsty is looking after Wilder (6); Stacey, a 19-year-old neighbour, babysits at weekends.", ["Wilder"], ["Stacey"]),
    ("Jaden, an 18-year-old from the estate, has been seen with Lark (14) at the bus station.", ["Lark"], ["Jaden"]),
    ("Wes, a 44 year old lorry driver, picks Flick (15) up from school.", ["Flick"], ["Wes"]),
    ("Kelvin, a twenty-year-old lodger, sleeps in the room next to Marley (9).", ["Marley"], ["Kelvin"]),
    # (A) near misses: a young person's age, and an age that is not the name's
    ("Ember, a 15-year-old girl, was found in a flat with two men.", ["Ember"], []),
    ("Koda, a 13-year-old boy, carries drugs for older lads.", ["Koda"], []),
    ("Storm, a six-year-old, was walking alone to school.", ["Storm"], []),
    # (B) a past or present role in brackets after a name
    ("Glenda (former childminder) still collects Tansy (5) from nursery.", ["Tansy"], ["Glenda"]),
    ("Roy (Mum's ex) has been waiting outside school for Briar (10).", ["Briar"], ["Roy"]),
    ("Bev (ex-partner of Dad) sent Kestrel (13) messages on Facebook.", ["Kestrel"], ["Bev"]),
    ("Mr Hale (previous head teacher) said Sol (8) came in hungry most days.", ["Sol"], ["Hale"]),
    ("Tina (retired nurse) lives next door and hears Ripley (4) crying at night.", ["Ripley"], ["Tina"]),
    ("Grandad (Vince) drives Cove (7) to school after drinking.", ["Cove"], ["Vince"]),
    ("Mum (Chantelle) leaves Hollis (3) with her sister.", ["Hollis"], ["Chantelle"]),
    # (B) near misses: brackets that say a child
    ("Ocean (Year 2) and Breeze (Reception) were not collected on Friday.", ["Ocean", "Breeze"], ["Friday"]),
    ("Fable (eldest, 12) looks after Rio (3) when Mum goes out.", ["Fable", "Rio"], ["Mum"]),
    # (C) a grown-up son or daughter
    ("Nan's grown-up son, Lenny, shouts at Pip (6) when he has been drinking.", ["Pip"], ["Lenny"]),
    ("Mum's adult daughter Jolene lets Rain (11) smoke cannabis with her.", ["Rain"], ["Jolene"]),
    # (C) near miss: a young son
    ("Mum's son Arlo (5) has bruises on his back.", ["Arlo"], []),
    # (D) months in a list of dates
    ("Jet is 15 and missed school in April and May because he was caring for Dad.", ["Jet"], ["May"]),
    ("Between March and June Pixie (3) was taken to A&E four times.", ["Pixie"], ["June"]),
    # (D) near miss: a month's name that is a person
    ("In March, June (4) was left alone in the flat.", ["June"], ["March"]),
    # (E) an age after a role in brackets
    ("Quill (stepbrother, 9) and Sable (cousin, 6) sleep on a mattress on the floor.", ["Quill", "Sable"], []),
    ("Grey (foster child, aged 7) came back from contact upset.", ["Grey"], []),
    # (G) the one whose young brother or sister is named
    ("Harmony and her baby sister Fern, who is 1, were left with a neighbour all night.", ["Harmony", "Fern"], []),
    # (H) a word opening a sentence that is harmed
    ("Liberty was slapped across the face by Mum's partner on Saturday.", ["Liberty"], []),
    ("Patience was groomed online by a man who said he was 16.", ["Patience"], []),
    # (I) a baby in a visit note
    ("Home visit. Bramble crying in cot, nappy full. Mum asleep on sofa.", ["Bramble"], []),
    ("Unannounced visit. Juno asleep in her pram in the yard, no adult outside.", ["Juno"], []),
    ("Visit. Pip in high chair with no food; Shane asleep on sofa.", ["Pip"], ["Shane"]),
    # (J) a season's word beside a given name as a subject
    ("Olive and Winter were found in the park at midnight.", ["Olive", "Winter"], []),
    # (L) a child's role or kin beside a word opening the sentence
    ("Patience, a Year 4 girl, told her teacher that Dad hits her.", ["Patience"], []),
    ("Captain, a 12-year-old boy, was found asleep in a stairwell.", ["Captain"], []),
    ("Harmony and her baby brother Ash, who is 2, were alone in the flat.", ["Harmony", "Ash"], []),
    # (L) near misses: abstract nouns opening a sentence beside a child
    ("Attendance and punctuality at school are poor, and Ivy (7) is often late.", ["Ivy"], ["Attendance"]),
    ("Behaviour at home is hard for Mum, and Kai (4) bites.", ["Kai"], ["Behaviour"]),
    # (K) near misses: a child with a past age, a baby brother, a brother after a semicolon
    ("Sorrel started going missing at age 13 and has been found in Manchester twice this month.", ["Sorrel"], []),
    ("When she was 14, Bluebell was groomed by a man she met online.", ["Bluebell"], []),
    ("Skye has a baby sister, Star, who cries all night.", ["Skye"], []),
    ("Ruby looks after Mum; her brother Kai (6) hides in his room.", ["Ruby", "Kai"], []),
    ("Hope first ran away at age 12; she is now 15 and stays out most nights.", ["Hope"], []),
    # (J) near miss: seasons that are times
    ("Christmas and Summer are the hardest times for Ivy because Dad drinks more.", ["Ivy"], ["Christmas", "Summer"]),
])
def test_round18_children_and_adults(text, children, not_children):
    _check(text, children, not_children)


@pytest.mark.parametrize("text, adult", [
    ("Connor, a 22-year-old man who lives upstairs, has been giving Pike (13) vapes.", "Connor"),
    ("Gina (former foster carer) has Sparrow (9) to stay at weekends.", "Gina"),
    ("Dad's grown-up daughter, Shannon, brings men to the house where Ravi (8) lives.", "Shannon"),
])
def test_round18_adults_read_as_adults(text, adult):
    found = _people(text)
    assert adult in {w for p in found.adults for w in p.name.split()}, (text, found)


@pytest.mark.parametrize("text, adult", [
    ("Marnie had her first baby at age 16 and is now pregnant again; Pebble (2) is often left with neighbours.", "Marnie"),
    ("Jolene left home at 16 and has lived with violent partners; her son Bracken (6) has seen her hurt.", "Jolene"),
    ("Kerry gave birth to Storm in May and has not been to any appointments.", "Kerry"),
    ("Shania had a baby at 15 and now drinks every night while Flint (4) is in bed.", "Shania"),
])
def test_round18_a_parent_with_a_past_age_is_an_adult(text, adult):
    found = _people(text)
    assert adult in {w for p in found.adults for w in p.name.split()}, (text, found)


@pytest.mark.parametrize("text", [
    "Attendance was hit by the bus strike in March.",
    pytest.param("Progress was pushed back by the move.", marks=pytest.mark.xfail(
        reason="read as a child on main before round 18 too (opens_sentence_as_child: 'was pushed'); left alone",
        strict=True)),
])
def test_round18_a_thing_harmed_is_no_name(text):
    found = _people(text)
    assert not found.children, (text, found.children)
