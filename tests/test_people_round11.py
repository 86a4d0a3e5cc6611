"""Who is the child, round 11, by class: a family word for an older relative in any spelling
before a name; an organisation whose name ends in a plural place or service word; a place in a
heading; the person whose home a child goes to ("to Kerry's"); a month's name doing what people
do after a word of time ("after May cried"). Cases written for these tests, in our own words;
each class has near misses that must not change."""
import pytest

from test_people_places import read


def _roles(text):
    children, adults, _ = read(text)
    return set(children), set(adults)


def _words(names):
    return {w for n in names for w in n.split()}


# (A) A family word for an older relative, however it is spelt, before a name: the word is never
# the child, and the name after it is an adult.
@pytest.mark.parametrize("text, child, adult", [
    ("Kai (7) stays with Gramps Eddie at weekends.", "Kai", "Eddie"),
    ("Nia, aged 6, told her teacher that Bampi Glyn shouts at her.", "Nia", "Glyn"),
    ("Tia (4) goes to Abuela Rosa's flat after nursery.", "Tia", "Rosa"),
    ("Ruby (8) is scared of Granddad Vic when he drinks.", "Ruby", "Vic"),
    ("Dad left Sol (3) with Nonna Lucia overnight.", "Sol", "Lucia"),
    ("Zara (11) says Grampa Len hits her.", "Zara", "Len"),
    ("Granddad Yusuf has been picking up Idris (5) since March.", "Idris", "Yusuf"),
    ("Noor (2) was left with Grandmama Ines while Mum went out.", "Noor", "Ines"),
    ("Mum, you and Kit (6) will stay with Great-Grandad Stan when Dad drinks.", "Kit", "Stan"),
    ("Leo (9) told us Grandpapa Tom lets him smoke in the shed.", "Leo", "Tom"),
    ("Bo (4) cried when Nonno Carlo shouted at Mum.", "Bo", "Carlo"),
    ("Ava (10) would like to live with Grandmum Pam.", "Ava", "Pam"),
])
def test_an_older_relatives_word_in_any_spelling_names_an_adult(text, child, adult):
    children, adults = _roles(text)
    assert child in children, children
    assert adult not in _words(children), children
    assert not children - {child}, children


# Near misses: a grandchild's word says a child; a given name before a surname is a child.
@pytest.mark.parametrize("text, child", [
    ("Nan looks after her grandson Alfie (4) every weekend.", "Alfie"),
    ("Grandad told us his granddaughter Pearl cries when Dad shouts.", "Pearl"),
    ("Granville (8) was found alone at the bus stop.", "Granville"),
    ("Grant, aged 12, has been missing school since Easter.", "Grant"),
    ("Nanette (5) is often hungry when she arrives at school.", "Nanette"),
])
def test_words_that_start_like_a_relatives_word_stay_as_read(text, child):
    children, adults = _roles(text)
    assert child in children, children


# (B) An organisation whose name ends in a plural place or service word is never the child.
@pytest.mark.parametrize("text, child, not_child", [
    ("Referral received from Calder Valley Teaching Hospitals about Kai (1).", "Kai", "Calder"),
    ("A letter came from Manchester University Hospitals about Ivy (3).", "Ivy", "Manchester"),
    ("Nurses at Sheffield Children's Hospitals saw bruises on Noor (1).", "Noor", "Sheffield"),
    ("Tia (6) has been referred to Pennine Care Services by her GP.", "Tia", "Pennine"),
    ("Ruby (2) was seen by Mid Yorkshire Health Centres on Tuesday.", "Ruby", "Mid"),
    ("Moorside Family Hubs rang Mum about Sol (4).", "Sol", "Moorside"),
    ("The call came from West Park Surgeries after Bo (3) fell.", "Bo", "West"),
    ("Kit (8) was taken to Airedale General Hospitals' emergency unit.", "Kit", "Airedale"),
    ("Harbour Lane Nurseries told us that Jet (3) arrives hungry.", "Jet", "Harbour"),
    ("Zak (13) is known to Greater Manchester Youth Services.", "Zak", "Greater"),
])
def test_an_organisation_with_a_plural_head_is_not_a_child(text, child, not_child):
    children, _ = _roles(text)
    assert child in children, children
    assert not_child not in _words(children), children


@pytest.mark.parametrize("text, child", [
    ("Dad shouted at Hope (6) outside the hospitals car park.", "Hope"),
    ("Willow Hughes (14) told the nurse that her stepdad hits her.", "Willow"),
    ("Ivy Park (7) was seen at the surgery on Monday.", "Ivy"),  # (round 16: a given name, a surname, an age)
    ("Mum took Rowan (2) to three different hospitals in a week.", "Rowan"),
    ("Ruby (9) and Jade (7) were left alone at home.", "Jade"),
])
def test_plural_place_words_leave_children_alone(text, child):
    children, _ = _roles(text)
    assert child in children, children


# (C) A place in a heading (a line with no verb, led by a document's name) is never the child.
@pytest.mark.parametrize("text, not_child", [
    ("Worry Statement 3 - school attendance (Child in Need Plan, Wigan)", "Wigan"),
    ("Safety Goal 2 - bedtimes (Early Help Plan, Oldham)", "Oldham"),
    ("Danger Statement - home conditions (Initial Assessment, Rotherham)", "Rotherham"),
    ("Worry statement 1 (Strategy Discussion, Halton)", "Halton"),
    ("Wellbeing Goal 4 - food and sleep (Team Around the Family, Tameside)", "Tameside"),
    ("Harm statement (Section 47 Enquiry, Walsall)", "Walsall"),
    ("Needs statement - money (Family Plan, Bury)", "Bury"),
    ("Worry Statement 1 - drinking (Review, Sefton)", "Sefton"),
    ("Safety goal (Core Group, Knowsley) - evenings", "Knowsley"),
    ("Worry statement 2 (Early Help Assessment, Dudley)", "Dudley"),
])
def test_a_place_in_a_heading_is_not_a_child(text, not_child):
    children, _ = _roles(text)
    assert not_child not in _words(children), children


@pytest.mark.parametrize("text, child", [
    ("Worry Statement 1 - Ruby (6) sees Dad hit Mum (Child in Need Plan, Wigan)", "Ruby"),
    ("Safety Goal - Kai, aged 9 (Early Help Plan, Oldham)", "Kai"),
    ("Worry statement: Storm (4) is left alone at night.", "Storm"),
    ("Danger statement - Ivy (3) (Initial Assessment)", "Ivy"),
    ("Safety goal for Willow (5): Mum will walk her to school.", "Willow"),
])
def test_a_child_in_a_heading_is_still_a_child(text, child):
    children, _ = _roles(text)
    assert child in children, children


# (D) Whose home a child goes to ("goes to Kerry's", "stays at Dean's"): a grown-up's house, not
# the child, when another child is named.
@pytest.mark.parametrize("text, child, host", [
    ("When Mum drinks, Ivy (6) goes round to Kerry's until the morning.", "Ivy", "Kerry"),
    ("Kai (9) sleeps at Dean's when Mum is out.", "Kai", "Dean"),
    ("Ruby (5) and Tia (7) stay at Aunty Jo's or at Bev's when Dad drinks.", "Ruby", "Bev"),
    ("Dad, you and Will (8) need a plan so Will can go next door to Marion's while you calm down.", "Will", "Marion"),
    ("Mum, you will take Sol (4) over to Linda's if Dad comes home drunk.", "Sol", "Linda"),
    ("Hope (11) was sent to Trevor's for the night after the fight.", "Hope", "Trevor"),
    ("Jet (3) has been staying at Gail's since the police came.", "Jet", "Gail"),
    ("Ava, who is 10, ran to Shirley's next door when Dad hit Mum.", "Ava", "Shirley"),
    ("If Dad shouts, Noor (7) will go across the road to Pauline's.", "Noor", "Pauline"),
    ("Bo (6) stopped going to Maureen's after she smacked him.", "Bo", "Maureen"),
])
def test_the_person_whose_home_a_child_goes_to_is_not_the_child(text, child, host):
    children, _ = _roles(text)
    assert child in children, children
    assert host not in children, children


@pytest.mark.parametrize("text, child", [
    ("Kai (9) goes to Ruby's school.", "Ruby"),
    ("Mum leaves Tia at home while she goes to Amber's birthday party.", "Tia"),
    ("Dad took Storm's phone and broke it.", "Storm"),
    ("Ivy (6) told Leo's teacher that Dad hits Leo.", "Leo"),
    ("Nan will take Rowan to Nan's every Friday.", "Rowan"),
])
def test_a_childs_possessive_with_its_noun_stays_a_child(text, child):
    children, _ = _roles(text)
    assert child in children, children


# (E) A month's name doing what people do, even after a word of time or inside quoted words.
@pytest.mark.parametrize("text, child", [
    ("Dad said \"May is a handful, she never listens\" after May cried at contact.", "May"),
    ("After June screamed, Dad locked her in her room.", "June"),
    ("Since April started nursery she has cried every morning.", "April"),
    ("Mum told us that before May fell asleep she had not eaten.", "May"),
    ("Nan said \"June never sleeps\" when she rang on Monday.", "June"),
    ("Until August tells someone, nobody will know what Dad does.", "August"),
    ("After April told her teacher, Dad shouted at her.", "April"),
    ("Before June gets home from school, Mum has usually been drinking.", "June"),
    ("Mum says \"April lies all the time\".", "April"),
    ("Since May was hit, she has flinched whenever Dad comes near.", "May"),
])
def test_a_month_name_doing_what_people_do_is_the_child(text, child):
    children, _ = _roles(text)
    assert child in children, children


@pytest.mark.parametrize("text, not_child", [
    ("After May, Dad stopped going to the meetings and Kai (6) missed school.", "May"),
    ("Since June the family has lived with Nan and Ivy (3) is settled.", "June"),
    ("Before April ends, Mum will have moved and Tia (4) will have a bed.", "April"),
    ("Since August started, Dad has been drinking again and Bo (2) cries.", "August"),
    ("After June was over, Kai (9) went back to school.", "June"),
])
def test_a_month_as_a_time_is_not_a_child(text, not_child):
    children, _ = _roles(text)
    assert not_child not in children, children


# (B2) The same with no child named: the organisation after "from", "by" or "to" is still no child.
@pytest.mark.parametrize("text, not_child", [
    ("Referral received from Calder Valley Teaching Hospitals regarding an unborn baby.", "Calder"),
    ("A letter came from Wigan Infirmaries about the baby's weight.", "Wigan"),
    ("Referral received from Bolton Hospitals after the birth.", "Bolton"),
    ("The call came from Hillside Surgeries on Monday.", "Hillside"),
    ("The family is known to Pennine Care Services.", "Pennine"),
    ("The baby was referred by Fernside Children's Centres last week.", "Fernside"),
])
def test_an_organisation_is_never_the_child_when_no_child_is_named(text, not_child):
    children, _ = _roles(text)
    assert not_child not in _words(children), children
    assert not {"Infirmaries", "Surgeries", "Hospitals", "Services", "Centres"} & _words(children), children


# The one reading of "written to the child" (parts.common.addressed_child), at its two strengths:
# the parts' (a goal opening with the only child named) and the wording rules' (``anywhere=True``:
# any sentence opening with a name no adult has, then a comma). These pin the behaviour the two
# near copies had before they were merged.
def _addressed(engine, text, kind, anywhere):
    from sos_lint.checks.base import Context
    from sos_lint.checks.parts.common import addressed_child

    doc = next(iter(engine.parse([text])))
    ctx = Context(doc=doc, kind=kind, config=engine.config, lexicons=engine.lexicons)
    return addressed_child(ctx, anywhere=anywhere)


@pytest.mark.parametrize("text, kind, strict, loose", [
    ("Ellie, you will tell Mum if anyone online asks you for photos.", "goal", True, True),
    ("Kacey, the goal is that you will come home by nine every night.", "goal", True, True),
    ("Dean, you will walk Ruby to school every morning.", "goal", False, False),
    ("Mum, you will walk Ruby to school every morning.", "goal", False, False),
    ("Ruby, you will tell Miss Khan if Dad shouts.", "worry", False, True),
    ("Mum will walk Ruby to school. Ruby, you can tell Nan if she does not.", "goal", False, True),
    ("Mum and Dad, you need to keep Ivy safe.", "goal", False, False),
    ("Ivy will go to Nan's when Dad drinks.", "goal", False, False),
])
def test_one_reading_of_a_statement_written_to_the_child(engine, text, kind, strict, loose):
    assert _addressed(engine, text, kind, anywhere=False) is strict
    assert _addressed(engine, text, kind, anywhere=True) is loose


def test_the_wording_rules_read_the_merged_function():
    from sos_lint.checks import child_blame
    from sos_lint.checks.parts import common

    assert child_blame.addressed_child is common.addressed_child
    assert not hasattr(child_blame, "_addressed_child")


# (F) A group's name — a word for what it is like, then a plural ("Little Acorns", "Busy Bees",
# "Happy Faces"): a nursery, a club or a playgroup, never the child, whatever it says or does.
@pytest.mark.parametrize("text, not_child", [
    ("Little Acorns said that Kai (3) arrives hungry most mornings.", "Little"),
    ("Busy Bees told us that Dad shouts at pick-up.", "Busy"),
    ("Little Stars rang the police when Dad arrived drunk.", "Little"),
    ("Happy Faces have noticed that Noor (2) is often in the same nappy all day.", "Happy"),
    pytest.param("Bright Sparks reported that Mum fell asleep at the gate.", "Bright",
                 marks=pytest.mark.xfail(reason="known limit: the tagger reads 'Bright Sparks' as a person's name "
                                                "and 'Sparks' is a surname too", strict=False)),
    ("Tiny Steps phoned Mum twice because Jet (4) had not been collected.", "Tiny"),
    ("Mum told Little Owls that Dad had left.", "Little"),
    ("Kai (3) has not been to Busy Bees since March.", "Busy"),
    ("Sunny Days said that Mum smelt of alcohol at pick-up.", "Sunny"),
    ("Wee Explorers saw a bruise on Ava's arm.", "Wee"),
])
def test_a_groups_name_is_not_a_child(text, not_child):
    children, _ = _roles(text)
    assert not_child not in _words(children), children
    assert not {"Acorns", "Bees", "Stars", "Faces", "Sparks", "Steps", "Owls", "Days", "Explorers"} & _words(children)


@pytest.mark.parametrize("text, child", [
    ("Little Lewis cried when Dad shouted.", "Lewis"),
    ("Little Wren is scared when Dad shouts.", "Wren"),
    ("Young Cole was found in the park at 2am.", "Cole"),
    ("Dad shouted at little Amos until he cried.", "Amos"),
    ("Nan says little Jess wets the bed.", "Jess"),
])
def test_a_child_called_little_whose_name_ends_in_s_stays_a_child(text, child):
    children, _ = _roles(text)
    assert child in _words(children), children


@pytest.mark.parametrize("text, adult", [
    ("Cllr Evans said that Hope (7) was begging outside the shop.", "Evans"),
    ("Miss Roberts told us that Kai (6) had no lunch.", "Roberts"),
    ("Nurse Hughes saw a bruise on Tia (2).", "Hughes"),
])
def test_a_title_then_a_surname_ending_in_s_is_not_a_group(text, adult):
    children, adults = _roles(text)
    assert adult not in _words(children), children


# (G) A name opening a sentence before a verb of eating, drinking or swallowing is someone, even
# when the thing consumed is a capitalised brand the parse takes for the next clause's subject.
@pytest.mark.parametrize("text, child", [
    ("Ruby drank Tango and Storm cried.", "Ruby"),
    ("Hazel drinks Monster before school and cannot sit still.", "Hazel"),
    ("Clover swallowed Calpol from the bottle when Mum was asleep.", "Clover"),
    ("Rain drank Stella from Dad's can at the party.", "Rain"),
    ("Breeze has drunk Lucozade for breakfast every day this week.", "Breeze"),
    ("Jet drank a bottle of Smirnoff that Dad left out.", "Jet"),
    ("Sable was drinking Red Bull at 7am when she arrived at school.", "Sable"),
    ("Wren swallows Nytol when she cannot sleep.", "Wren"),
    ("Blue drinks Coke instead of milk and Dad does not stop him.", "Blue"),
    ("Onyx drank Fanta all night while Mum was out.", "Onyx"),
])
def test_a_name_that_drinks_or_swallows_is_a_person(text, child):
    children, _ = _roles(text)
    assert child in children, children


@pytest.mark.parametrize("text, not_child", [
    ("Stella was found in the kitchen and Kai (9) had drunk some.", "Stella"),
    ("Tango is what Ivy (6) drinks at breakfast.", "Tango"),
    ("Monster cans were all over Tia's (8) bedroom floor.", "Monster"),
    ("Drinks were left out where Kai (3) could reach them.", "Drinks"),
    ("Smirnoff bottles were found under Jet's (4) cot.", "Smirnoff"),
])
def test_a_drink_is_not_the_child(text, not_child):
    children, _ = _roles(text)
    assert not_child not in _words(children), children


# (H) A name with a place's word set beside it after a comma ("Tesco and Aldi, the shops near the
# flat,", "Phoenix, the youth club on Park Road"): the place, never the child.
@pytest.mark.parametrize("text, child, not_child", [
    ("Greggs, the bakery on the corner, gives Kai (8) free sausage rolls.", "Kai", "Greggs"),
    ("Jet (7) goes to Phoenix, the youth club on Park Road, every Friday.", "Jet", "Phoenix"),
    ("Dad took Kai (9) to Oasis, the cafe by the station, at midnight.", "Kai", "Oasis"),
    ("Harmony, the refuge Mum fled to, has a room for Tia (3).", "Tia", "Harmony"),
    ("Kai (10) was seen at Summit, the hostel where Dad stays.", "Kai", "Summit"),
    ("Nia (4) spends weekends at Brambles, the pub where Nan works.", "Nia", "Brambles"),
    ("Morrisons and Lidl, the shops on the estate, have banned Dad, and Ivy (5) goes alone.", "Ivy", "Morrisons"),
    ("Haven, the hotel the council uses, has no cot for Noor (1).", "Noor", "Haven"),
    ("Mum walks Bo (6) past Raffles, the bar where Dad drinks, every morning.", "Bo", "Raffles"),
    ("Sunrise, the centre on Mill Lane, saw Dad push Ava (7).", "Ava", "Sunrise"),
])
def test_a_name_with_a_place_word_beside_it_is_the_place(text, child, not_child):
    children, _ = _roles(text)
    assert child in children, children
    assert not_child not in _words(children), children


@pytest.mark.parametrize("text, child", [
    ("Ruby, the youngest, cries at night when Dad shouts.", "Ruby"),
    ("Storm, her daughter, was hit by Dad on Sunday.", "Storm"),
    ("Holly, the girl who lives next door, is often left alone.", "Holly"),
    ("Ivy and Jade, the twins, hide in the bathroom when Dad drinks.", "Jade"),
    ("Mum's school friend Kerry looks after Willow (3) at the house.", "Willow"),
])
def test_a_child_with_a_persons_word_beside_it_stays_a_child(text, child):
    children, _ = _roles(text)
    assert child in children, children
