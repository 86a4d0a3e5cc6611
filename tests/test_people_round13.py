"""Who is the child, round 13, by class. Each class has wordings of our own (not the set's) and
near misses that must not change:
(A) an inverted question: the auxiliary that opens it is never a name, and the name after it is
    its subject ("Does Ruby know…?", "Can May stay…?");
(B) a name spoken to at the start of a goal, before a clause, with "you" later ("Blaze, if you
    feel scared, you can…");
(C) a name a following "she"/"he" says is a child ("ring Hope – she is only nine");
(D) the owner of a brother, sister or cousin who is a child is a child too ("Frost's brothers
    Jett (16) and Cruz (14)");
(E) a cousin harmed by a child is a child ("Tyler (14) hit his cousin Blossom");
(F) a word inside an organisation's name that ends in a place word, through a saint's
    possessive ("St Mary's Youth Club", "St Luke's Church Hall") is never a person;
(G) a town after a comma that follows an adult's name in a referral line ("Mr Dale Hughes (44),
    Merthyr;") is where they live, not a person;
(H) a name whose own son or daughter follows in its clause after a semicolon or a dash ("…;
    Craig is on bail and his daughter Lily lives there") is an adult."""
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


# (A) An inverted question.
@pytest.mark.parametrize("text, children, not_children", [
    ("Is Holly still going to bed hungry on the nights Mum drinks?", ["Holly"], ["Is"]),
    ("Does Ruby know that Dad is not allowed to collect her from school?", ["Ruby"], ["Does"]),
    ("Has Storm been back to school since the fight on the bus?", ["Storm"], ["Has"]),
    ("Can May stay with Nan while Mum is in hospital?", ["May"], ["Can"]),
    ("Will River be safe at Dad's flat when his friends are round?", ["River"], ["Will"]),
    ("Should Joy be left to look after her brother after school?", ["Joy"], ["Should"]),
    ("Was Hunter at home when the police came?", ["Hunter"], ["Was"]),
    ("Did Summer tell her teacher about the bruises?", ["Summer"], ["Did"]),
    ("Are Rain and Sky still sharing a bed with Mum's partner?", ["Rain", "Sky"], ["Are"]),
    ("Could Dawn have seen what happened in the kitchen?", ["Dawn"], ["Could"]),
    ("Would Faith feel safe telling Nan if it happened again?", ["Faith"], ["Would"]),
    ("Can Will sleep at Auntie Jo's on the nights Dad works late?", ["Will"], ["Can"]),
])
def test_an_inverted_questions_subject_is_the_child(text, children, not_children):
    _check(text, children, not_children)


@pytest.mark.parametrize("text, children, not_children", [
    ("Will Jones (6) told his teacher that Dad hit him.", ["Will"], []),
    ("May is the youngest of three and sleeps in Mum's room.", ["May"], []),
    ("Will you tell Miss Khan when you feel scared?", [], ["Will", "Khan"]),
    ("Can Mum ring the school if she is running late?", [], ["Can", "Mum"]),
    ("Is Mr Patel still living at the flat with Ivy (4)?", ["Ivy"], ["Is", "Patel"]),
    ("Does Mrs Begum know where Ayaan goes after school?", ["Ayaan"], ["Does", "Begum"]),
])
def test_an_inverted_question_near_misses(text, children, not_children):
    _check(text, children, not_children)


# (B) A name spoken to, before a clause, at the start of a goal.
@pytest.mark.parametrize("text, child", [
    ("Blaze, if you feel scared at night, you can ring Nan and she will come round.", "Blaze"),
    ("Sky, whenever Dad shouts, you will go to your room and text Auntie Pam.", "Sky"),
    ("Orchid, after school on Fridays you will walk to Gran's with your cousin.", "Orchid"),
    ("Marvel, we will make sure that you always have a grown-up to talk to.", "Marvel"),
    ("Hunter, when Mum is poorly, your Uncle Joe will pick you up from school.", "Hunter"),
    ("Breeze, if anyone asks you to carry a parcel, you can say no and tell Miss Ali.", "Breeze"),
    ("Lark, before bedtime each night, Mum will read with you.", "Lark"),
    ("Echo, at the weekends you will stay with Grandad Ken.", "Echo"),
    ("Phoenix, even if Mum has been drinking, you will be safe because Nan will be there.", "Phoenix"),
    ("Indigo, on the days Dad works late, you will go to breakfast club.", "Indigo"),
])
def test_a_name_spoken_to_before_a_clause_is_the_child(text, child):
    _check(text, [child], [])


@pytest.mark.parametrize("text, not_child", [
    ("However, when you feel unsafe you can ring Nan.", "However"),
    ("Tonight, if you feel scared, you can ring Nan.", "Tonight"),
    ("Mum, when you have been drinking, Nan will collect the children.", "Mum"),
    ("Sometimes, when you feel angry, you can go for a walk with Nan.", "Sometimes"),
    ("Afterwards, you and Nan will talk about what happened.", "Afterwards"),
    ("Remember, if you are worried you can always ring Nan.", "Remember"),
])
def test_an_opening_word_before_a_clause_is_not_a_child(text, not_child):
    _check(text, [], [not_child])


# (C) A name a following pronoun says is a child.
@pytest.mark.parametrize("text, children, not_children", [
    ("Please ask Faith to ring me – she is the young carer for her mum.", ["Faith"], []),
    ("I spoke to Hope on the phone; she is only nine and was home alone with Ray.", ["Hope"], []),
    ("Call Ocean after school – he is in Year 8 and looks after Kai.", ["Ocean"], []),
    ("We need to visit Sunny soon; he is the eldest and looks after Ivy (2).", ["Sunny"], []),
    ("Could someone see Harmony today – she is a young carer and her brother Leo (4) is ill?", ["Harmony"], []),
    ("Staff saw Bliss at the bus stop at midnight; she is 13 and her sister Amy (9) was with her.", ["Bliss"], []),
    ("Please text Rowan back, he is only 12 and his sister Mia (6) is with him.", ["Rowan"], []),
    ("Nobody has seen Lark since Friday – she is in Year 7 and her brother Ben (5) is at Nan's.", ["Lark"], []),
    ("Can someone phone Echo back – he is the young carer for Dad and his sister Rose (3)?", ["Echo"], []),
    ("We met Storm at the youth club; he is 14 and his brother Kai (8) goes there too.", ["Storm"], []),
    ("Could someone see Harmony today? She is a young carer and her brother Leo (4) is ill.", ["Harmony"], []),
    ("Nobody has seen Frost since Friday. He is only 13 and his sister Ivy (6) is worried.", ["Frost"], []),
])
def test_a_name_a_pronoun_says_is_a_child(text, children, not_children):
    _check(text, children, not_children)


@pytest.mark.parametrize("text, children, not_children", [
    ("Please ring Tracey back – she is the neighbour who minds Ivy (4).", ["Ivy"], ["Tracey"]),
    ("I spoke to Dean on the phone; he is 34 and Kai's (6) father.", ["Kai"], ["Dean"]),
    ("Call Sharon after lunch – she is Ruby's (5) aunt and will have her tonight.", ["Ruby"], ["Sharon"]),
    ("We met Mrs Hale at school; she is the teacher of Ivy (7).", ["Ivy"], ["Hale"]),
    ("Please ring Jo back, she is a carer for Ruby (8) and her mum.", ["Ruby"], ["Jo"]),
    ("Please call Gail on Monday. She is the childminder who has Ivy (2) on Fridays.", ["Ivy"], ["Gail"]),
    ("Kai (6) stays with Bernie at weekends. He is 58 and drinks most nights.", ["Kai"], ["Bernie"]),
])
def test_a_pronoun_that_names_an_adult_does_not_make_a_child(text, children, not_children):
    _check(text, children, not_children)


# (D) The owner of a brother, a sister or a cousin who is a child.
@pytest.mark.parametrize("text, child", [
    ("Nan leaves Frost's brothers Jett (16) and Cruz (14) to mind him overnight.", "Frost"),
    ("Sky's sister Luna (15) collects her from the park most days.", "Sky"),
    ("The police found Blaze's cousin Nova (13) with him at the park at midnight.", "Blaze"),
    ("Dad has asked Ocean's older brother Reef (17) to keep an eye on her.", "Ocean"),
    ("We are worried that Marvel's half-brother Zeus (16) is selling cannabis from the flat.", "Marvel"),
    ("Mum relies on Haven's twin sister Bliss (11) to put her to bed.", "Haven"),
    ("Misty's cousins, Rio (14) and Kai (15), were left to babysit her.", "Misty"),
    ("Dad lets Echo's older cousins Blaze (16) and Jet (15) take her to the park at night.", "Echo"),
    ("Neighbours saw Harbour's little brother Cove (3) alone in the garden.", "Harbour"),
    ("Mum lets Storm's stepbrother Ace (15) look after him when she goes out.", "Storm"),
])
def test_the_owner_of_a_child_sibling_is_a_child(text, child):
    _check(text, [child], [])


@pytest.mark.parametrize("text, children, not_children", [
    ("Kerry's daughter Ivy (4) was left alone in the flat.", ["Ivy"], ["Kerry"]),
    ("Dean's son Sonny (6) stays there every other weekend.", ["Sonny"], ["Dean"]),
    ("Sharon's grandson Leo (7) lives with her.", ["Leo"], ["Sharon"]),
    pytest.param("Sandra's brother Pete (45) lives upstairs from Ivy (3).", ["Ivy"], ["Sandra", "Pete"],
                 marks=pytest.mark.xfail(reason="known limit: the owner of an adult's-age sibling is not read as an adult")),
    ("Mum's sister Tracey (32) minds Ivy (5) on Fridays.", ["Ivy"], ["Tracey"]),
])
def test_the_owner_of_an_adult_or_a_child_is_not_made_a_child(text, children, not_children):
    _check(text, children, not_children)


# (E) A cousin harmed by a child.
@pytest.mark.parametrize("text, child", [
    ("Kai (13) has been touching his cousin Ember when they share a bed at Nan's.", "Ember"),
    ("Tyler (14) hit his cousin Blossom with a belt while Mum was out.", "Blossom"),
    ("Leo (11) bit his cousin Meadow at a party.", "Meadow"),
    ("Bradley (15) is said to have sexually assaulted his cousin Honey.", "Honey"),
    ("Our worry is that Finn (12) kicked his younger cousin Sparrow in the stomach.", "Sparrow"),
    ("Jaxon (10) punched his cousins Skye and Autumn when they would not give him the tablet.", "Autumn"),
    ("Ruby (13) has been hurting her cousin Lark when the adults are out.", "Lark"),
    ("Harvey (14) pushed his cousin Willow down the stairs.", "Willow"),
    ("Zak, aged 15, touched his cousin Precious in a sexual way.", "Precious"),
    ("Mia (12) slapped her cousin Clover across the face at school.", "Clover"),
])
def test_a_cousin_harmed_by_a_child_is_a_child(text, child):
    _check(text, [child], [])


@pytest.mark.parametrize("text, children, not_children", [
    ("Dad punched his cousin Dean outside the pub while Ivy (4) watched.", ["Ivy"], ["Dean"]),
    ("Mum's boyfriend hit his cousin Lee with a bottle while Ivy (4) watched.", ["Ivy"], ["Lee"]),
    ("Kai (13) was hit by his cousin Darren (24).", ["Kai"], ["Darren"]),
    ("Grandad shouted at his cousin Pat about money while Ivy (4) cried.", ["Ivy"], ["Pat"]),
    ("Ivy (4) lives with Mum, who hit her cousin Shannon at a party.", ["Ivy"], ["Shannon"]),
])
def test_a_cousin_harmed_by_an_adult_is_not_made_a_child(text, children, not_children):
    _check(text, children, not_children)


# (F) A word inside an organisation's name.
@pytest.mark.parametrize("text, child, not_child", [
    ("A volunteer at St Mary's Youth Club gave Ivy (12) a lift home.", "Ivy", "Youth"),
    ("A volunteer at St Mary's Youth Club gave Ivy (12) a lift home.", "Ivy", "Mary"),
    ("Staff at St Luke's Church Hall saw Mum shouting at Ruby (5).", "Ruby", "Church"),
    ("The leader of St Peter's Scout Group drove Oscar (11) home.", "Oscar", "Scout"),
    ("Mrs Lane, who runs St Bride's Family Centre, rang about Amber (3).", "Amber", "Family"),
    ("Police were called to St Anne's Community Hall where Ivy (7) was found.", "Ivy", "Community"),
    ("A man from St Joseph's Boxing Club has been buying Theo (13) trainers.", "Theo", "Boxing"),
    ("Father Tom of St Patrick's Parish Church took Kai (10) camping.", "Kai", "Parish"),
    ("Kai (9) was seen at St Mark's Youth Project after dark.", "Kai", "Youth"),
    ("A coach from St Helen's Football Club sends River messages at night.", "River", "Football"),
    ("A coach from St Helen's Football Club sends River messages at night.", "River", "Helen"),
    ("A coach from St Helen's Football Club sends River messages at night.", "River", "Club"),
    ("Staff at St Luke's Church Hall saw Mum shouting at Ruby (5).", "Ruby", "Hall"),
])
def test_a_word_in_an_organisations_name_is_not_a_child(text, child, not_child):
    _check(text, [child], [not_child])


@pytest.mark.parametrize("text, child", [
    ("Ivy's football club coach shouted at her.", "Ivy"),
    ("Kai's Youth Worker, Tom, took him to the park.", "Kai"),
    ("Ruby's School Nurse saw the bruises on her arm.", "Ruby"),
    ("Oscar's Scout Group leader says he is often hungry.", "Oscar"),
    ("Holly's Nan collects her from Youth Club on Fridays.", "Holly"),
])
def test_a_childs_possessive_before_an_organisation_still_names_the_child(text, child):
    _check(text, [child], [])


# (G) A town after an adult's name in a referral line.
@pytest.mark.parametrize("text, children, not_child", [
    ("Referral from police – Mr Dale Hughes (44), Merthyr; two previous call-outs.", [], "Merthyr"),
    ("Subject: Mrs Ann Kerr (52), Paisley, maternal grandmother.", [], "Paisley"),
    ("MARAC – Ms Lisa Grant (27), Blackburn; Ivy (3) lives with her.", ["Ivy"], "Blackburn"),
    ("Mr Owen Price, 38, Pontypool; father of Mia (5).", ["Mia"], "Pontypool"),
    ("Alleged perpetrator: Mr Kyle Dunn (29), Wigan.", [], "Wigan"),
    ("Ms Rhian Lloyd (35), Bargoed, has three children.", [], "Bargoed"),
    ("Victim: Ms Sara Ali (24), Rotherham; second referral this year.", [], "Rotherham"),
    ("Contact: Mrs Jean Ross, 61, Kirkcaldy – Nan to Ruby (6).", ["Ruby"], "Kirkcaldy"),
    ("Dad (Mr Paul Shaw, 40, Barnsley) has not seen Amber (8) since May.", ["Amber"], "Barnsley"),
    ("Mr Tom Rees (33), Caerphilly, was arrested after the incident.", [], "Caerphilly"),
])
def test_a_town_after_an_adults_name_is_not_a_child(text, children, not_child):
    _check(text, children, [not_child])


@pytest.mark.parametrize("text, children", [
    ("Ms Bevan (31), Ivy (6) and Jack (3) live at the flat.", ["Ivy", "Jack"]),
    ("Mum (Ms Lee, 30), Ruby (7) and Jade (4) were at home.", ["Ruby", "Jade"]),
    ("Mr Hughes (44), Holly's stepdad, was arrested.", ["Holly"]),
    ("Ms Grant (27) and her children, Ivy (3), Rose (5), were at Nan's.", ["Ivy", "Rose"]),
    ("Mr Dunn (29), Kai's dad, shouted at Kai until he cried.", ["Kai"]),
    ("Ms Grant (27), Blossom, Rain and Sky live in the flat above the shop.", ["Blossom", "Rain", "Sky"]),
])
def test_a_name_after_an_adults_name_that_is_a_child_still_is(text, children):
    _check(text, children, [])


# (H) A parent named by "his son", "her daughter" in a clause after a semicolon or a dash.
@pytest.mark.parametrize("text, children, not_child", [
    ("There were two men at the flat; Craig is on bail and his daughter Lily (4) lives there.", ["Lily"], "Craig"),
    ("Police were called by a neighbour; Wayne was drunk and his son Kai was asleep upstairs.", ["Kai"], "Wayne"),
    ("They said they were friends of Lee's; Shane drinks heavily and his daughter Amber stays at weekends.",
     ["Amber"], "Shane"),
    ("Mum is in hospital; Rob cannot cope and his son Theo (9) is missing school.", ["Theo"], "Rob"),
    ("The flat was cold – Gary had no gas and his baby daughter Isla was in a wet nappy.", ["Isla"], "Gary"),
    ("Several adults drink at the house; Stacey uses cocaine and her son Jay (7) is often hungry.", ["Jay"], "Stacey"),
    ("It was late; Carl was shouting and his stepson Ben hid in the bathroom.", ["Ben"], "Carl"),
    ("They told us it was a party; Marcus works nights and his two girls Ava and Mia are left alone.",
     ["Ava"], "Marcus"),
    ("We were told they were 'mates of Gav's'; Gav sells cannabis and his son Alfie (8) lives there.",
     ["Alfie"], "Gav"),
    ("The neighbours complained – Leon plays loud music and his daughter Skye cannot sleep.", ["Skye"], "Leon"),
])
def test_a_parent_named_by_his_son_after_a_semicolon_is_an_adult(text, children, not_child):
    _check(text, children, [not_child])


@pytest.mark.parametrize("text, children", [
    ("Dad was shouting; Kai (9) hid and his sister Ivy cried.", ["Kai", "Ivy"]),
    ("Mum was out; Ruby looked after her baby brother Sam.", ["Ruby", "Sam"]),
    ("Nan was out; Holly and her brother Max watched TV until midnight.", ["Holly", "Max"]),
    ("The flat was cold; Jade (15) and her baby son Leo were in one bed.", ["Jade", "Leo"]),
    ("Mum was drinking; Ava told her teacher and her friend Lola.", ["Ava"]),
])
def test_a_child_with_a_sibling_after_a_semicolon_is_still_a_child(text, children):
    _check(text, children, [])
