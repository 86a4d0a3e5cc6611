"""Who is the child, round 15, by class. Each class has wordings of our own (not the set's) and
near misses that must not change:
(A) a name that is also a modal verb ("Will", "May", "Can") with its age beside it is a name:
    the age says a person, whatever the tagger says ("Will (8) said…", "May, 6, cried…");
(B) in a heading written in sentence case, a capitalised name after a lower-case "about", "for"
    or "regarding" is whom the heading is about ("Worries about Hope and Storm – …");
(C) a brother or sister called "little", "baby" or "wee" after "his"/"her" is a child, and a
    parallel "her mum … and her brother" does not make the brother the mum's ("looks after her
    mum and her little brother Mark");
(D) "X was 13 when…", "X is 9 but…", "X was only 12": a proper name opening a sentence, then
    "is"/"was" and a number followed by a clause, is a child's age;
(E) a proper name opening a sentence that gives or shows a person something ("Marvel showed me
    a picture", "Storm drew Nan a card") is a person;
(F) a proper name opening a sentence that is or is not at school or nursery ("Joy has not been
    at Hillside Juniors", "Faith was not in school") is a pupil, a child; a school word in a
    clause joined by "and" with a subject of its own is that subject's ("Bedtime was 11…, and
    Ivy was tired at school");
(G) a boyfriend or girlfriend, an ex-boyfriend too, is a young person's: it does not make its
    owner an adult (an ex-partner, an ex or a husband still does);
(H) a capitalised word before a body's initials ("Kirklees MASH", "Leeds CAMHS") is a place in the
    body's name, never a person;
(I) a bare capitalised word opening a sentence as its subject, not a person word, that the
    analysis could not place (``People.opening_subject``): what the word-level rules may read as
    a name, but never "the child" on its own;
(J) whom someone shouts, swears, stares or throws things "at" is a person, whatever the model's
    place tag ("he shouts at Haven"; not "works at Preston", "laughed at Blackpool")."""
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


# (A) A modal verb that is a name, with an age beside it.
@pytest.mark.parametrize("text, children, not_children", [
    ("Will (8) said he will not go back to the flat because Dad shouts.", ["Will"], []),
    ("Will (12) has been missing school to look after Mum.", ["Will"], []),
    ("May (6) cried when Dad's partner locked her in the bedroom.", ["May"], []),
    ("May (9) is scared of the dark and will not sleep alone.", ["May"], []),
    ("Will, 7, hides under the stairs when the shouting starts.", ["Will"], []),
    ("Will, aged 10, was found walking alone on the ring road at midnight.", ["Will"], []),
    ("May, who is 4, was left alone in the flat for three hours.", ["May"], []),
    ("Can (7) said his dad hits him with a belt.", ["Can"], []),
    ("Will (15) will not come home while Dean is living there.", ["Will"], []),
    ("Will (3) was seen by the health visitor with a burn on his arm.", ["Will"], []),
    ("May (11) will tell her teacher if Dad comes to the school.", ["May"], []),
])
def test_a_modal_with_an_age_is_a_name(text, children, not_children):
    _check(text, children, not_children)


@pytest.mark.parametrize("text, children, not_children", [
    ("Will Dad keep Ruby (6) safe when he has been drinking?", ["Ruby"], ["Will"]),
    ("May Nan (70) have the children on Fridays?", [], ["May", "Nan"]),
    ("Will you tell Miss Khan when you feel scared?", [], ["Will", "Khan"]),
    ("Can Mum (29) keep Jade (4) away from Dean?", ["Jade"], ["Can"]),
    ("Will the school ring Mum if Ivy (8) is late?", ["Ivy"], ["Will"]),
])
def test_a_modal_that_asks_stays_a_modal(text, children, not_children):
    _check(text, children, not_children)


# (B) Names after a lower-case preposition in a sentence-case heading.
@pytest.mark.parametrize("text, children, not_children", [
    ("Worries about Hope and Storm – what nursery has seen since Easter.", ["Hope", "Storm"], []),
    ("Concerns for Liberty – Mum has not collected her from school this week.", ["Liberty"], []),
    ("Worry statement about Rocky and Blaze – the police were called twice in May.", ["Rocky", "Blaze"], []),
    ("Safety goal for Marvel: Dad will not drink when he has the boys.", ["Marvel"], []),
    ("Worries about Justice: the school has seen bruises on her arms.", ["Justice"], []),
    ("Concerns regarding Harmony and Destiny – both girls have missed school.", ["Harmony", "Destiny"], []),
    ("Wellbeing goal for Ocean – Nan will check he has eaten each evening.", ["Ocean"], []),
    ("What we are worried about for Legend – Mum's partner hits her.", ["Legend"], []),
    ("Worries about Faith and Blessing — what the school has seen this term.", ["Faith", "Blessing"], []),
    ("Concerns about Sky: she has been seen with older men at the bus station.", ["Sky"], []),
])
def test_names_in_a_sentence_case_heading(text, children, not_children):
    _check(text, children, not_children)


@pytest.mark.parametrize("text, children, not_children", [
    ("Worries About Home Conditions – Ivy (4) has no bed.", ["Ivy"], ["Home", "Conditions"]),
    ("Concerns about Attendance: Kai (9) has missed 30 days.", ["Kai"], ["Attendance"]),
    ("Child Protection Plan – Review Meeting: Ruby (6) remains on the plan.", ["Ruby"], ["Review", "Meeting"]),
    ("Referral from Hope Valley Surgery: Jade (2) was brought in with a burn.", ["Jade"], ["Hope", "Valley"]),
    ("Strategy Discussion – Chloe (13) and the men at the takeaway.", ["Chloe"], ["Strategy", "Discussion"]),
])
def test_heading_words_stay_heading_words(text, children, not_children):
    _check(text, children, not_children)


# (C) A little or baby brother or sister after "his"/"her".
@pytest.mark.parametrize("text, children, not_children", [
    ("Grace, 11, looks after her mum, who has MS, and her little brother Sonny before school.", ["Grace", "Sonny"], []),
    ("Ivy, 9, walks her baby sister Faith to nursery every morning.", ["Ivy", "Faith"], []),
    ("Kai (12) cooks for his dad and his little sister Hope most nights.", ["Kai", "Hope"], []),
    ("Dad shouts at Ruby (8) and her little brother Will when he has been drinking.", ["Ruby", "Will"], []),
    ("Jade, 14, minds her baby brother Rocky when Mum goes out.", ["Jade", "Rocky"], []),
    ("Tia (10) hides with her wee brother Sonny in the bathroom.", ["Tia", "Sonny"], []),
    ("Noah (13) gets his little sister Joy ready for school because Mum is asleep.", ["Noah", "Joy"], []),
    ("Amara, 15, cares for her nan and her little brother Drew after school.", ["Amara", "Drew"], []),
    ("Leo (9) told his teacher that his baby brother Ash cries all night.", ["Leo", "Ash"], []),
    ("Esme, 12, feeds her mum's dog and her little sister Dawn before school.", ["Esme", "Dawn"], []),
])
def test_a_little_brother_or_sister_is_a_child(text, children, not_children):
    _check(text, children, not_children)


@pytest.mark.parametrize("text, children, not_children", [
    ("Mum's little brother Kev stays at the flat when Ivy (6) is there.", ["Ivy"], ["Kev"]),
    ("Mum will ring her friend Jo if she needs help with Kai (4).", ["Kai"], ["Jo"]),
    ("Mum will ask her brother Jason to have Ruby (7) on Fridays.", ["Ruby"], ["Jason"]),
    ("Dad's younger brother Lee (34) has been staying with Jade (5).", ["Jade"], ["Lee"]),
    ("Nan lives with her sister Pat, who looks after Milo (3) on Mondays.", ["Milo"], ["Pat"]),
])
def test_an_adults_brother_or_sister_stays_an_adult(text, children, not_children):
    _check(text, children, not_children)


# (D) A proper name opening a sentence, then "was 13 when…".
@pytest.mark.parametrize("text, children, not_children", [
    ("Hope was 13 when she was married to a man in his thirties.", ["Hope"], []),
    ("Faith was 9 when Dad left and she has not seen him since.", ["Faith"], []),
    ("Joy is 14 but Mum still leaves her in charge of the babies.", ["Joy"], []),
    ("Honor was only 12 when she started going to the flats.", ["Honor"], []),
    ("Precious was just 11 when her uncle first touched her.", ["Precious"], []),
    ("Destiny turned 15 last month and now stays out all night.", ["Destiny"], []),
    ("Sky is 8 so she cannot be left to walk home alone.", ["Sky"], []),
    ("Unique was 10 because she remembers the house in Leeds.", ["Unique"], []),
    pytest.param("Storm was 6 at the time and hid in the wardrobe.", ["Storm"], [], marks=pytest.mark.xfail(
        reason="a word the tagger reads as a noun, with no pronoun or given name: not read (left alone)", strict=True)),
    ("Miracle is only 3 and cannot tell anyone what happens.", ["Miracle"], []),
    ("Hope, then 13, was taken to Yemen to be married.", ["Hope"], []),
    ("Faith, only 9, was left to mind the baby.", ["Faith"], []),
])
def test_an_age_after_was_then_a_clause(text, children, not_children):
    _check(text, children, not_children)


@pytest.mark.parametrize("text, children, not_children", [
    ("Bedtime was 11 when Dad was at home, and Ivy (5) was tired at school.", ["Ivy"], ["Bedtime"]),
    ("Curfew is 10 but Kai (15) comes in at two.", ["Kai"], ["Curfew"]),
    ("Mum was 20 minutes late when she collected Jade (4).", ["Jade"], []),
    ("Tesco was 5 minutes away when Mum left Ruby (6) in the car.", ["Ruby"], ["Tesco"]),
    ("Attendance was 62 per cent when Leo (10) was living with Dad.", ["Leo"], ["Attendance"]),
])
def test_a_number_after_a_thing_is_not_an_age(text, children, not_children):
    _check(text, children, not_children)


# (E) A proper name opening a sentence that gives or shows a person something.
@pytest.mark.parametrize("text, children, not_children", [
    ("Marvel showed me a picture of the family's rabbit.", ["Marvel"], []),
    pytest.param("Storm drew me a picture of Dad shouting.", ["Storm"], [], marks=pytest.mark.xfail(
        reason="a word the tagger reads as a noun, with no pronoun or given name: not read (left alone)", strict=True)),
    ("Rocky showed us the bruises on his back.", ["Rocky"], []),
    ("River brought me his drawing of the house.", ["River"], []),
    ("Blaze showed the nurse his arm.", ["Blaze"], []),
    ("Hope wrote Nan a letter about what happens at night.", ["Hope"], []),
    ("Sky sent her teacher a message at two in the morning.", ["Sky"], []),
    ("Justice gave me a card she had made for Mum.", ["Justice"], []),
    ("Lyric handed the officer a note.", ["Lyric"], []),
    ("Angel showed me where Dad keeps the belt.", ["Angel"], []),
])
def test_a_name_that_shows_or_gives_a_person_something(text, children, not_children):
    _check(text, children, not_children)


@pytest.mark.parametrize("text, children, not_children", [
    ("Research shows us that children like Kai (6) need routine.", ["Kai"], ["Research"]),
    ("Snapchat sent her messages from older men, and Ava (14) replied.", ["Ava"], ["Snapchat"]),
    ("Homework gives him a headache, Leo (9) says.", ["Leo"], ["Homework"]),
    ("Tesco gave Mum a voucher for food for Ivy (3).", ["Ivy"], ["Tesco"]),
    ("Christmas brought them a lot of worry about Noah (7).", ["Noah"], ["Christmas"]),
])
def test_a_thing_that_gives_is_not_a_name(text, children, not_children):
    _check(text, children, not_children)


# (F) A proper name at, or not at, school or nursery.
@pytest.mark.parametrize("text, children, not_children", [
    ("Joy has not been at Hillside Juniors since half term.", ["Joy"], []),
    ("Faith was not at school on Monday or Tuesday.", ["Faith"], []),
    ("Hope has been at Oakfield Primary for two years.", ["Hope"], []),
    ("Sky is at nursery three days a week.", ["Sky"], []),
    ("Storm has not been in school since Easter.", ["Storm"], []),
    ("Honey is in nursery most mornings and with Nan after lunch.", ["Honey"], []),
    ("Ocean was off school all last week with no reason given.", ["Ocean"], []),
    ("Justice was at Brookfield Academy until she was excluded.", ["Justice"], []),
    ("Rain goes to Park View Nursery on Tuesdays.", ["Rain"], []),
    ("Blaze has been at school every day this term.", ["Blaze"], []),
])
def test_a_name_at_school_is_a_pupil(text, children, not_children):
    _check(text, children, not_children)


@pytest.mark.parametrize("text, children, not_children", [
    pytest.param("Pickup is at school at 3:15 and Ivy (5) waits by the gate.", ["Ivy"], ["Pickup"],
                 marks=pytest.mark.xfail(reason="said.opens_sentence_as_child: 'is at school' of a capitalised"
                                                " common noun (before round 15; left alone)", strict=True)),
    ("Breakfast club is at school from 8, and Kai (7) goes most days.", ["Kai"], ["Breakfast"]),
    ("Mum was at school with Dean's sister, and Ruby (4) knows her.", ["Ruby"], ["Mum"]),
    ("Mrs Begum has been at Hillside Primary for ten years and teaches Jade (6).", ["Jade"], ["Begum"]),
    pytest.param("Assembly is at school on Fridays, and Leo (8) hides in the toilets.", ["Leo"], ["Assembly"],
                 marks=pytest.mark.xfail(reason="said.opens_sentence_as_child: 'is at school' of a capitalised"
                                                " common noun (before round 15; left alone)", strict=True)),
])
def test_a_thing_at_school_is_not_a_pupil(text, children, not_children):
    _check(text, children, not_children)


# (G) A boyfriend or girlfriend, or an ex-boyfriend, is a young person's.
@pytest.mark.parametrize("text, children, not_children", [
    ("Harley's ex-boyfriend posted the video of her in the Year 10 group chat.", ["Harley"], []),
    ("Jade's ex-girlfriend shared her photos on Snapchat after they split up.", ["Jade"], []),
    ("Skye's ex-boyfriend, who is 19, still messages her every night.", ["Skye"], []),
    ("Ruby's ex boyfriend waits for her outside school.", ["Ruby"], []),
    ("Mia's boyfriend is 22 and picks her up from school in his car.", ["Mia"], []),
    ("Harley told her teacher that her ex-boyfriend has her nudes.", ["Harley"], []),
    ("Precious's ex-boyfriend threatened to share the pictures with her class.", ["Precious"], []),
    ("Destiny's ex-girlfriend turned up at school and hit her.", ["Destiny"], []),
    ("Amber (15) says her ex-boyfriend made her carry drugs.", ["Amber"], []),
    ("Lacey's ex-boyfriend keeps ringing her at school.", ["Lacey"], []),
])
def test_a_boyfriends_owner_is_not_made_an_adult(text, children, not_children):
    _check(text, children, not_children)


@pytest.mark.parametrize("text, children, not_children", [
    ("Nia's ex-partner Dean hit her in front of Ivy (4).", ["Ivy"], ["Nia", "Dean"]),
    ("Leanne's ex-husband turned up at the house when Kai (6) was there.", ["Kai"], ["Leanne"]),
    ("Kelly's ex kicked the door in while Jade (3) was asleep.", ["Jade"], ["Kelly"]),
    ("Tanya told the police her ex-partner has a knife; Ruby (8) heard it.", ["Ruby"], ["Tanya"]),
    ("Sophie's husband drinks every night and Mia (5) hides.", ["Mia"], ["Sophie"]),
])
def test_a_partners_owner_stays_an_adult(text, children, not_children):
    _check(text, children, not_children)


# (H) A word before a body's initials.
@pytest.mark.parametrize("text, children, not_children", [
    ("Strategy discussion, 12 March, Kirklees MASH: attendees DS Green, Ms Patel.", [], ["Kirklees"]),
    ("Ruby (7) was referred to Sefton CAMHS in May.", ["Ruby"], ["Sefton"]),
    ("Bolton MARAC heard that Dean has threatened Mum, and Kai (5) was there.", ["Kai"], ["Bolton"]),
    ("Oldham MASH received a call about Jade (3) on Monday.", ["Jade"], ["Oldham"]),
    ("Leeds CAMHS have closed the case, and Leo (12) is still self-harming.", ["Leo"], ["Leeds"]),
    ("Referral from Wirral MASH: Ivy (9) told school Dad hit her.", ["Ivy"], ["Wirral"]),
    ("Tameside CAMHS saw Ava (14) twice.", ["Ava"], ["Tameside"]),
    ("Kirklees LADO was told about the teacher, and Noah (8) has been moved class.", ["Noah"], ["Kirklees"]),
    ("Calderdale MASH: Storm (6) arrived at school with a bruise.", ["Storm"], ["Calderdale"]),
    ("Hull CSC has opened an assessment on Rocky (10).", ["Rocky"], ["Hull"]),
])
def test_a_word_before_a_bodys_initials_is_a_place(text, children, not_children):
    _check(text, children, not_children)


@pytest.mark.parametrize("text, children, not_children", [
    ("Storm (8) has ADHD and finds the mornings hard.", ["Storm"], []),
    ("Jade sees her CAMHS worker on Thursdays and Mum takes her.", ["Jade"], []),
    ("Kai (9) told the MASH worker that Dad hits him.", ["Kai"], []),
    ("Ruby's CAMHS appointment was missed twice.", ["Ruby"], []),
    ("River (6) has an EHCP and goes to Oak Tree Primary.", ["River"], []),
])
def test_a_child_beside_initials_stays_a_child(text, children, not_children):
    _check(text, children, not_children)


# (I) The word-level rules' weaker reading: a bare capitalised subject opening its sentence.
def _opening(text):
    from test_people_places import engine
    from sos_lint.people import people

    doc = next(iter(engine().parse([text])))
    return [t.text for t in doc if people(doc).opening_subject(t)]


@pytest.mark.parametrize("text, word", [
    ("Summer is attention-seeking and will not listen.", "Summer"),
    pytest.param("Holly has been stealing from the shop.", "Holly", marks=pytest.mark.xfail(
        reason="the parser reads 'Holly' here as an adverb, not the subject (left alone)", strict=True)),
    ("Dawn was manipulative towards the other children.", "Dawn"),
    ("Sky refuses to engage with the worker.", "Sky"),
    ("Rain has been kicking off at school.", "Rain"),
    ("Storm lies about where she goes after school.", "Storm"),
    ("Brook was aggressive in class on Monday.", "Brook"),
    ("Ocean is defiant at home.", "Ocean"),
    ("River was excluded for a day.", "River"),
    ("Willow is attention-seeking when Mum has visitors.", "Willow"),
])
def test_a_bare_opening_subject_is_read_weakly(text, word):
    assert word in _opening(text)


@pytest.mark.parametrize("text, word", [
    ("Mum is attention-seeking, the neighbour says.", "Mum"),
    ("Parents are not engaging with the plan.", "Parents"),
    ("The school says Kai is defiant.", "The"),
    ("Referral received from the police about Ivy (6).", "Referral"),
    ("Mr and Mrs Taylor say Faith is settled.", "Mr"),
    ("Dad's partner Dean is aggressive.", "Dean"),
])
def test_person_words_titles_headings_and_adults_are_not_opening_subjects(text, word):
    assert word not in _opening(text)


# (J) Whom someone shouts, swears or throws things "at" is a person, whatever the model's place tag.
@pytest.mark.parametrize("text, children, not_children", [
    ("When Dad drinks, he shouts at Haven and tells her she is the reason Mum left.", ["Haven"], []),
    ("Mum screamed at Brooklyn in the street because she lost her key.", ["Brooklyn"], []),
    ("Dean swears at Kingston when he will not eat his tea.", ["Kingston"], []),
    ("Dad threw a mug at Paris during the row on Sunday.", ["Paris"], []),
    ("Mum's partner yells at Sydney and calls her names.", ["Sydney"], []),
    ("Nan has seen Dad spit at Chelsea when she cries.", ["Chelsea"], []),
    ("Grandad stares at Dakota until she goes to her room.", ["Dakota"], []),
    ("Dad lashed out at Lincoln when he spilt his drink.", ["Lincoln"], []),
    ("Mum hurled the remote at Austin and it cut his head.", ["Austin"], []),
    ("The man in the van shouted at Jordan as she walked home from school.", ["Jordan"], []),
])
def test_whom_someone_shouts_at_is_a_person(text, children, not_children):
    _check(text, children, not_children)


@pytest.mark.parametrize("text, children, not_children", [
    # (round 16: passes now that one bracketed age after "X and Y (5)" is Y's alone)
    ("Dad works at Preston and Ivy (5) stays with Nan.", ["Ivy"], ["Preston"]),
    pytest.param("Mum laughed at Blackpool with Kai (6) on the pier.", ["Kai"], ["Blackpool"], marks=pytest.mark.xfail(
        reason="a town after 'at' where a child is named too is read as a second child (before round 15; left alone)",
        strict=True)),
    ("Dad shouted at Leeds United on the telly while Jade (4) hid.", ["Jade"], ["Leeds"]),
    ("Mum was at Bolton with Ruby (8) when the police rang.", ["Ruby"], ["Bolton"]),
    ("Dad looked at Manchester on the map and said Leo (9) would move.", ["Leo"], ["Manchester"]),
])
def test_a_place_after_at_stays_a_place(text, children, not_children):
    _check(text, children, not_children)
