"""Who is the child, round 16, by class. Each class has wordings of our own (not the set's) and
near misses that must not change:
(A) a name that is a month or a word, the subject of a clause opened by "that" ("is worried that
    May stays…"): "that" there opens a clause, it does not point at a date ("that May" the month
    is "that May, the flat flooded");
(B) whom something is bought, stolen or sold "for" is a person ("buy nappies for Sunny"), not a
    workplace ("works for Amazon", "buys from Aldi");
(C) an age written as an adjective before a name or before "called"/"named" ("two-year-old
    Summer", "a 22-year-old called Hunter"): the age is that person's (under 18 a child, 18 or
    more an adult);
(D) one age after a name not in a list: a second number after a comma is something else
    ("June is 14, twenty weeks pregnant"), while "Ruby and Kai are 4 and 6" gives each its age;
(E) a given name and a surname with an age, opening a line after "Re:" or a colon ("Re: Meadow
    Kelly (9)"): the given name is the child's, not the surname;
(F) a son or daughter of a grandparent is of the parents' generation, an adult ("Grandad Frank
    … was punched by his son Rocky", "Nan's daughter Kerry"); a parent's son is still a child;
(G) a capitalised run ending in a school's or a building's word ("At Fernhill Infants, Lyric
    (5)…", "the window of Tennyson Tower") is a place, never a person, even with an age after it."""
import pytest

from test_people_places import read


def _words(names):
    return {w for n in names for w in n.split()}


def _check(text, children_wanted, not_children):
    children, adults, pets = read(text)
    found = _words(children)
    for name in children_wanted:
        assert name in found, (text, children, adults)
    for name in not_children:
        assert name not in found, (text, children, adults)


# (A) A month or a word as the subject of a "that" clause.
@pytest.mark.parametrize("text, children, not_children", [
    ("The teacher is worried that May sleeps in her uniform most nights.", ["May"], []),
    ("Nan told us that June had not eaten since Friday.", ["June"], []),
    ("We are concerned that April hides food in her bedroom.", ["April"], []),
    ("School reported that August was crying in the toilets at lunch.", ["August"], []),
    ("Dad admits that May has seen him hit Mum twice.", ["May"], []),
    ("The health visitor noticed that June does not babble or smile.", ["June"], []),
    ("Police were told that April walks home alone after dark.", ["April"], []),
    ("Mum is worried that August will stop going to school.", ["August"], []),
    ("It is clear that May cannot read the clock yet.", ["May"], []),
    ("Staff saw that June flinched when Dad raised his voice.", ["June"], []),
    ("Mr Khan fears that May stays up until two playing games.", ["May"], []),
])
def test_a_month_as_the_subject_of_a_that_clause_is_a_name(text, children, not_children):
    _check(text, children, not_children)


@pytest.mark.parametrize("text, children, not_children", [
    ("Mum said that May was the hardest month, when Kai (6) was in hospital.", ["Kai"], ["May"]),
    ("School said that May half-term is when Ruby (4) will move to Nan's.", ["Ruby"], ["May"]),
    ("We agreed that June is when Leo (8) will start at the new school.", ["Leo"], ["June"]),
    ("Dad knows that August is the month of the court hearing for Jade (5).", ["Jade"], ["August"]),
    ("School said that April ends the term early, and Ivy (7) will be at home.", ["Ivy"], ["April"]),
])
def test_a_month_that_is_a_time_stays_a_date(text, children, not_children):
    _check(text, children, not_children)


# (A2) A month after "to" or "about" hanging on a verb of talking or a word of worry.
@pytest.mark.parametrize("text, children, not_children", [
    ("Nan is worried about May because she is not eating.", ["May"], []),
    ("The teacher spoke to June about the bruises on her arm.", ["June"], []),
    ("Mum and Dad argue about August in front of her.", ["August"], []),
    ("I wrote to April's school and talked to April on her own.", ["April"], []),
    ("Dad lies to June about where he goes at night.", ["June"], []),
    ("Nobody has asked about May since she moved to Nan's.", ["May"], []),
    ("The nurse explained to August why she needs her inhaler.", ["August"], []),
    ("Mum is anxious about June walking home in the dark.", ["June"], []),
    ("Dad never talks to May when he has been drinking.", ["May"], []),
    ("The school is concerned about April, who has lost weight.", ["April"], []),
])
def test_a_month_spoken_to_or_of_is_a_name(text, children, not_children):
    _check(text, children, not_children)


@pytest.mark.parametrize("text, children, not_children", [
    ("The review was moved to June, and Kai (6) stays with Nan until then.", ["Kai"], ["June"]),
    ("From March to May, Ruby (4) missed nursery.", ["Ruby"], ["May"]),
    ("The move is planned for about August, when Leo (9) starts school.", ["Leo"], ["August"]),
    ("Mum talked in May about leaving, and Ivy (7) heard.", ["Ivy"], ["May"]),
    ("The hearing was put back to April; Jade (5) does not know.", ["Jade"], ["April"]),
])
def test_a_month_after_to_or_about_that_is_a_time_stays_a_date(text, children, not_children):
    _check(text, children, not_children)


# (B) Whom something is bought, stolen or sold for.
@pytest.mark.parametrize("text, children, not_children", [
    ("Mum cannot buy formula for Honey because Dad keeps the money.", ["Honey"], []),
    ("Nan buys school shoes for Rocky when Dad will not.", ["Rocky"], []),
    ("Dad stole nappies for Sunny from the corner shop.", ["Sunny"], []),
    ("There is no money to buy a coat for Bliss this winter.", ["Bliss"], []),
    ("Mum sold her phone to buy medicine for Ember.", ["Ember"], []),
    ("Dad has not bought anything for Storm since he left.", ["Storm"], []),
    ("Mum shops for Haven on her own because Dad will not help.", ["Haven"], []),
    ("Nobody buys milk for Dusty when Mum is drinking.", ["Dusty"], []),
    ("The foodbank gave Mum vouchers, but she bought cigarettes instead of food for Sunny.", ["Sunny"], []),
    ("Mum was buying nappies for Brook with the money from Nan.", ["Brook"], []),
])
def test_whom_something_is_bought_for_is_a_person(text, children, not_children):
    _check(text, children, not_children)


@pytest.mark.parametrize("text, children, not_children", [
    ("Dad works for Amazon at night and Ivy (6) is left with Nan.", ["Ivy"], ["Amazon"]),
    ("Mum buys from Aldi when Kai (5) is at school.", ["Kai"], ["Aldi"]),
    ("Dad has a job at Tesco and Jade (4) goes to nursery.", ["Jade"], ["Tesco"]),
    ("Mum shops at Lidl with Leo (3) in the buggy.", ["Leo"], ["Lidl"]),
    ("Dad sells for Vodafone on commission, and Ruby (9) waits in the car.", ["Ruby"], ["Vodafone"]),
])
def test_a_workplace_after_for_stays_a_place(text, children, not_children):
    _check(text, children, not_children)


# (C) An age written as an adjective before the name.
@pytest.mark.parametrize("text, children, not_children", [
    ("After the fire, three-year-old Blossom was taken to hospital.", ["Blossom"], []),
    ("Police found four-year-old Autumn alone in the flat.", ["Autumn"], []),
    ("Mum left nine-month-old Poppy in the bath.", ["Poppy"], []),
    ("The school nurse saw that six-year-old Summer had bruises on her arms.", ["Summer"], []),
    ("Dad shook two-year-old Storm until he stopped crying.", ["Storm"], []),
    ("Nan looks after 5-year-old Willow at weekends.", ["Willow"], []),
    ("Seven-year-old River has missed 40 days of school.", ["River"], []),
    ("On Tuesday, ten-year-old Sky told her teacher about the shouting.", ["Sky"], []),
    ("A 12-year-old called Rain says her stepdad hits her.", ["Rain"], []),
    ("Mum says that eight-year-old Frost wets the bed.", ["Frost"], []),
])
def test_an_age_adjective_before_a_name_is_a_child(text, children, not_children):
    _check(text, children, not_children)


@pytest.mark.parametrize("text, children, not_children", [
    ("Ruby (14) meets a 22-year-old called Hunter after school.", ["Ruby"], ["Hunter"]),
    ("Kai (13) is given cannabis by a 19-year-old named Chase.", ["Kai"], ["Chase"]),
    ("Jade (15) has been staying with a thirty-year-old called Rocky.", ["Jade"], ["Rocky"]),
    ("Police spoke to 24-year-old Storm about the messages he sent Ivy (12).", ["Ivy"], ["Storm"]),
    ("Leo (9) was left with twenty-year-old Drew overnight.", ["Leo"], ["Drew"]),
    ("Ella (6) was collected by a 45-year-old named Ray.", ["Ella"], ["Ray"]),
])
def test_an_adult_age_adjective_before_a_name_is_an_adult(text, children, not_children):
    _check(text, children, not_children)


# (D) One age after a name that is not in a list.
@pytest.mark.parametrize("text, children, not_children", [
    ("I saw June today; June is 14, twenty weeks pregnant, and living with her boyfriend.", ["June"], []),
    ("Ruby is 15, 30 weeks pregnant and not attending antenatal care.", ["Ruby"], []),
    ("Kai is 13, six stone underweight, and often hungry.", ["Kai"], []),
    ("Hope is 16, 20 miles from home, and sleeping on a sofa.", ["Hope"], []),
    ("Jade is 14, 28 weeks pregnant, and frightened of telling Mum.", ["Jade"], []),
    ("Ivy and Kai are 4 and 6 and share a bed with Mum.", ["Ivy", "Kai"], []),
])
def test_one_age_after_a_name(text, children, not_children):
    _check(text, children, not_children)


# (E) A given name and a surname with an age, opening a line.
@pytest.mark.parametrize("text, children, not_children", [
    ("Re: Meadow Kelly (9) and Misty Kelly (6), both of 3 Quarry Lane, Bolton.", ["Meadow", "Misty"], []),
    ("Re: River Stone (7), of 12 Elm Road, Wigan.", ["River"], []),
    ("Subject: Heath Walker (11) and his sister Coral Walker (8).", ["Heath", "Coral"], []),
    ("Re: Summer Brook (4)", ["Summer"], []),
    ("Child: Brook Fielding (2), DOB unknown.", ["Brook"], []),
    ("Re: Dale Cooper (10) and Vale Cooper (7).", ["Dale", "Vale"], []),
    ("May Kelly (9) told her teacher about the shouting.", ["May"], []),
])
def test_a_given_name_and_surname_with_an_age_open_a_line(text, children, not_children):
    _check(text, children, not_children)


@pytest.mark.parametrize("text, children, not_children", [
    ("Re: Mrs Kelly (34) and Ruby (6).", ["Ruby"], ["Kelly"]),
    ("Re: Grove Park (2 sites) and Ruby (6).", ["Ruby"], ["Grove"]),
    ("Attendance Report (Term 2): Kai (9) has missed 30 days.", ["Kai"], ["Attendance", "Report"]),
    ("Re: Child Protection (Section 47) and Ivy (5).", ["Ivy"], ["Child", "Protection"]),
    ("Re: Dean Kelly (34), father of Ruby (6).", ["Ruby"], ["Dean"]),
    ("Mondays Jax (4) goes to nursery with Ruby (6).", ["Jax", "Ruby"], ["Mondays"]),
    ("Saturday Club (12 children) is where Ivy (8) goes.", ["Ivy"], ["Saturday", "Club"]),
])
def test_a_run_with_a_number_is_not_always_a_child(text, children, not_children):
    _check(text, children, not_children)


# (F) A son or daughter of a grandparent is of the parents' generation.
@pytest.mark.parametrize("text, children, not_children", [
    ("Grandad Frank, who looks after Hope and Faith, was punched by his son Rocky.", ["Hope", "Faith"], ["Rocky"]),
    ("Nan's daughter Kerry drinks every day while Ivy (5) stays with Nan.", ["Ivy"], ["Kerry"]),
    ("Nana Jean says her son Storm threatened her in front of Kai (6).", ["Kai"], ["Storm"]),
    ("Grandma cares for Ruby (4) because her daughter Dawn uses heroin.", ["Ruby"], ["Dawn"]),
    ("Grandad's son Drew comes to the house drunk and frightens Leo (8).", ["Leo"], ["Drew"]),
    ("Granny Pat has kinship care of Jade (3); her son Ray is Jade's dad.", ["Jade"], ["Ray"]),
    ("Nan was pushed by her son Hunter while Ella (9) watched.", ["Ella"], ["Hunter"]),
    ("Grandad Ken told us his daughter Amber left the twins, Ivy and Rose (2), with him.", ["Ivy", "Rose"], ["Amber"]),
    ("Oma Greta worries that her son Chase hits Kai (7).", ["Kai"], ["Chase"]),
    ("Nanny Sue looks after Mia (6) when her daughter Summer works nights.", ["Mia"], ["Summer"]),
])
def test_a_grandparents_son_or_daughter_is_an_adult(text, children, not_children):
    _check(text, children, not_children)


@pytest.mark.parametrize("text, children, not_children", [
    ("Mum was pushed by her son Rocky (15) when she took his phone.", ["Rocky"], []),
    ("Dad says his son Storm (6) is frightened of the dark.", ["Storm"], []),
    ("Mum's son River has not been to school since Easter.", ["River"], []),
    ("Grandad looks after his grandson Ash (7) at weekends.", ["Ash"], []),
    ("Mrs Kaur says her daughter Amber (9) cries every night.", ["Amber"], []),
])
def test_a_parents_son_or_daughter_is_still_a_child(text, children, not_children):
    _check(text, children, not_children)


# (G) A school's or a building's name is a place.
@pytest.mark.parametrize("text, children, not_children", [
    ("At Fernhill Infants, Lyric (5) has not spoken to any adult.", ["Lyric"], ["Fernhill", "Infants"]),
    ("At Moorside Primary, Ivy (7) eats nothing at lunch.", ["Ivy"], ["Moorside"]),
    ("In Castle Juniors, Kai (9) sits alone.", ["Kai"], ["Castle", "Juniors"]),
    ("From Brookfield Academy, Jade (13) walks home alone.", ["Jade"], ["Brookfield"]),
    ("After the fall from the window of Tennyson Tower, Summer (2) is in hospital.", ["Summer"], ["Tennyson", "Tower"]),
    ("Ruby (4) was found on the roof of Marlowe Heights.", ["Ruby"], ["Marlowe", "Heights"]),
    ("The lift of Kestrel Towers is broken and Leo (3) is carried up nine floors.", ["Leo"], ["Kestrel", "Towers"]),
    ("The stairwell of Nelson Mansions smells of cannabis, and Mia (6) plays there.", ["Mia"], ["Nelson"]),
    ("Kai (8) climbed out of a window at Ashby Court.", ["Kai"], ["Ashby"]),
    ("Near Willow Crescent, Ella (5) was seen alone at midnight.", ["Ella"], ["Crescent"]),
    ("Staff sat with Kai (15) after he came back to Birch House with a cut lip.", ["Kai"], ["Birch", "House"]),
])
def test_a_school_or_building_name_is_a_place(text, children, not_children):
    _check(text, children, not_children)


@pytest.mark.parametrize("text, children, not_children", [
    ("Ruby Lane (6) told her teacher that Dad hits Mum.", ["Ruby"], []),
    ("Junior (5) and Ivy (7) were left alone.", ["Junior", "Ivy"], []),
    ("Mum said Heath Tower (9) is scared of the dark.", ["Heath"], []),
    ("Ruby House (6) is scared of the dark.", ["Ruby"], []),
    ("At home, Lyric (5) chats to her cat.", ["Lyric"], []),
    ("At Nan's, Rocky (4) sleeps on the floor.", ["Rocky"], []),
])
def test_a_name_with_an_age_stays_a_child(text, children, not_children):
    _check(text, children, not_children)
