"""Parts of a worry, round 22: what it did to the named child (issue 11 §5: impact is what the
adults' behaviour did or could do to the child, concretely; "impacting on her wellbeing", a guess
at how the child seems, or the child's own conduct is not it).

1. A place or a time, not a harm. "set fire to the bins behind the Co-op", "messages him late at
   night": "behind" and "late" name where or when something was done, not a child falling behind
   at school or left waiting. Seen on sets 12, 14 and 20 (three writers), all marked missing.
   "has fallen behind with his reading", "is late for school most mornings" stay the child's.

2. Only how the child seemed. "has presented as withdrawn", "was presenting as hungry", "is
   observed to be anxious", "was noted to be tearful": a state the child was recorded as showing
   is a guess at how the child seemed (DOMAIN.md, issue 11 §4), as "appears tired" already was.
   Seen on sets 12, 15 and 18, marked missing. "was anxious and hid under the table", "has become
   withdrawn and quiet in class" stay the child's.

3. An injury the child came with. "presented at A&E with a spiral fracture of the left femur",
   "has been seen in school with bite marks on both forearms", "has a fractured skull": a mark of
   harm the child was brought in, seen or came with, or a body part of the child's said to be
   broken, is what the child suffered. Seen on sets 19 and 20 (three writers), marked present.
   An injury on an adult, or one that could happen ("could end up with a broken arm"), is not.

4. The child's own choices. "has made some unsafe choices", "is placing herself in risky
   situations and does not see the danger": a judgement of what the child chose (victim-blaming
   words, DOMAIN.md) is not what the adults' behaviour did to the child. Seen on sets 18 and 20,
   marked missing.

5. What an adult does to the child, in the child's telling. "Roxy told her teacher that Dwayne
   makes them go to bed at six", "Jade told Auntie Dawn that the men shout at her": the child's
   account of an adult's act on them (its object, made to do something, shouted or sworn at) is
   what the child lives through, as "told her teacher that Dad hit her" already was. Seen on sets
   4 and 12, marked present. An adult's care in the child's telling ("Mum takes her to the park"),
   what is not done, or the child telling of an adult alone ("Dad sleeps all day") is not.

6. The adult's act said in the passive. "Tobias is being locked in by his father", "Ava was slapped
   by Mum's partner": with the adult named as the doer, the clause is the behaviour (what the adult
   did), not what it did to the child; set 20 marked it missing. With no doer named ("Amber was
   touched", "he was stabbed") or with what followed for the child ("and had a bruise on her
   cheek", "and was frightened") the impact stays. "Another boy was stabbed" is not the named child.

7. What an adult did at a meeting or visit. "passed notes to Kacper during the open visits", "came to
   an appointment with Chase smelling strongly of alcohol and shouting at the staff": a meeting or
   visit that is only the occasion ("during", "before", "after") or the place the adult came to, with
   how they came said, does not make the act a service kept or missed (sets 9 and 18 marked these
   behaviour). Coming to or missing a meeting with nothing said of how stays no behaviour.

8. An adult's words to the child. "Dad took her passport and told her she will fly out after her
   exams", "Mum's partner told Amira he will throw her out": a modal inside what an adult in the
   family told the child is the adult's words (what they did), not the harm the worriers foresee if
   nothing changes (set 20 marked it no future). A relative telling a professional what could happen
   ("Nan told the social worker that Leo could be hurt…") and the worriers' own words stay the future.

Every case is my own wording; the near misses must keep their reading."""
from __future__ import annotations

import pytest
from report_helpers import shown_as


shown = shown_as("worry")  # round 36: the one copy is in report_helpers


# 1. A place or a time, not a harm.
@pytest.mark.parametrize("text", [
    "The youth worker is worried that Dad meets men in the alley behind the Co-op with Kian (9) beside him.",
    "Mum leaves Jade (4) strapped in the car behind the bookmakers while she places bets.",
    "Mum's partner keeps a machete behind the sofa in the room where Rio (3) plays.",
    "Dad stores stolen bikes in the shed behind the flats where Ruby (8) plays.",
    "Dad sells cannabis from the garage behind the house where Ollie (6) plays football.",
    "Uncle Lee messages Tia (13) late at night on Instagram and sends her money.",
    "Dad comes home late in the evening and plays loud music while Alfie (5) is in bed.",
    "Mum's boyfriend drives Kai (7) home late at night after drinking at the club.",
    "Dad takes Noah (10) to the bookmakers late on Saturday afternoons.",
    "Mum invites friends round late at night to take drugs in the kitchen while Leo (2) is upstairs.",
])
def test_a_place_or_a_time_is_not_impact(engine, text):
    assert not shown(engine, text, "impact")


@pytest.mark.parametrize("text", [
    "Sam (9) has fallen behind with his reading since Dad moved in and started shouting every evening.",
    "Ruby (7) is late for school most mornings because Mum does not get up.",
    "Ollie (8) is falling behind at school because Dad keeps him up late at night playing cards.",
    "Kai (6) has been late to nursery nine times this term because Dad sleeps in after drinking.",
    "Since Mum started drinking, Mia (10) has got behind with her homework.",
])
def test_falling_behind_or_late_for_school_stays_impact(engine, text):
    assert shown(engine, text, "impact")


# 2. Only how the child seemed.
@pytest.mark.parametrize("text", [
    "Dad has been drinking most days. Hope (9) has presented as withdrawn in class.",
    "Mum's partner shouts at her every evening. Rhys (5) was unkempt and presenting as hungry.",
    "Dad hit Mum on Friday. Blessing (6) is observed to be anxious at school.",
    "Mum leaves the children with different friends at weekends. Kai (4) was noted to be tearful at nursery.",
    "Dad smokes cannabis in the flat. Sonny (3) is described as lethargic by nursery staff.",
    "Mum's boyfriend shouts at her. Leah (7) presents as quiet and withdrawn in school.",
    "Dad throws things when he is drunk. Finn (8) was observed to be distressed at school.",
    "Nan leaves the gas on. Ava (5) has presented as tired and hungry on most days.",
    "Mum and Dad argue loudly at night. Zac (6) is reported to be unsettled at school.",
    "Dad drives after drinking with Ivy (4) in the car. Ivy was presenting as subdued at nursery.",
])
def test_how_the_child_seemed_is_not_impact(engine, text):
    assert not shown(engine, text, "impact")


@pytest.mark.parametrize("text", [
    "Dad hit Mum on Friday. Blessing (6) was anxious and hid under the table.",
    "Mum leaves Kai (4) alone at night. Kai told his teacher he was scared.",
    "Dad shouts at Mum every night. Leah (7) has become withdrawn and quiet in class.",
    "Mum's partner hits her. Finn (8) was distressed and crying when the police arrived.",
    "Dad drinks every evening. Zac (6) told his teacher he is frightened to go home.",
])
def test_a_state_the_child_showed_stays_impact(engine, text):
    assert shown(engine, text, "impact")


# 3. An injury the child came with.
@pytest.mark.parametrize("text", [
    "Baby Frankie (11 weeks) was brought to A&E with a spiral fracture of the left femur. Parents gave no explanation.",
    "Nelson (2) has a fractured skull after falling from the window while Dad was asleep.",
    "Kody (7) came to school with bite marks on both forearms. Dad keeps fighting dogs in the yard.",
    "Oskar (5) arrived at the clinic with a burn on the back of the hand. Mum said he touched the iron.",
    "Ivy (3) was seen at nursery with bruises on both cheeks after a weekend at Dad's.",
    "Jay (4) presented at the GP with a broken wrist that Mum said happened a week ago.",
    "Lily (6) has a broken arm. Dad says she fell off the trampoline while he was asleep.",
    "Amir (9) turned up at school with a cut above the eye after Dad's birthday party.",
    "Baby Rose has two fractured ribs that the doctors say were caused by squeezing.",
    "Tom (8) was brought in with scalds to both feet after Mum ran a very hot bath.",
])
def test_an_injury_the_child_came_with_is_impact(engine, text):
    assert shown(engine, text, "impact")


@pytest.mark.parametrize("text", [
    "Dad came to the clinic with a cut on his hand and smelling of drink. Tom (8) was with him.",
    "Mum has a broken wrist after Dad pushed her down the stairs. Ella (6) lives with them.",
    "Ava (5) could end up with a broken arm if Dad keeps swinging her round by the hands.",
    "The health visitor arrived with a leaflet about burns for Kai's mum, who smokes in the flat.",
    "Dad came home with bruises on his face after a fight in the pub. Sky (4) was in bed.",
])
def test_an_adults_injury_or_a_future_one_is_not_impact(engine, text):
    assert not shown(engine, text, "impact")


# 4. The child's own choices.
@pytest.mark.parametrize("text", [
    "Honor (13) has been talking to a 24-year-old man online and has made some unsafe choices.",
    "Scarlet (13) is placing herself in risky situations and does not see the danger.",
    "Tyler (15) has made unsafe decisions about who he spends time with.",
    "Jade (14) keeps making unhealthy choices about the men she meets online.",
    "Mum is worried that Skye (15) makes unsafe choices when she goes to parties.",
    "Kyle (16) has made some risky choices since he started going out with older boys.",
    "Amber (14) is putting herself in dangerous situations and does not see the risk.",
    "Demi (15) makes poor choices online and does not see the danger in meeting strangers.",
    "Leon (14) is making unsafe choices and does not see the harm in carrying a knife.",
    "Tia (13) has made unsafe choices about where she goes after school.",
])
def test_the_childs_own_choices_are_not_impact(engine, text):
    assert not shown(engine, text, "impact")


@pytest.mark.parametrize("text", [
    "Dad shouts at Mum every night and Honor (13) told her teacher she is scared to go home.",
    "Since Mum's boyfriend moved in, Scarlet (13) has stopped eating and cries most nights.",
    "Dad hit Mum in front of Tyler (15) and Tyler was frightened and hid in his room.",
    "Jade (14) told her teacher she feels unsafe at home when Dad has been drinking.",
    "Mum's partner threw a plate at her. Skye (15) was cut on the arm by the glass.",
])
def test_what_the_child_lived_through_stays_impact(engine, text):
    assert shown(engine, text, "impact")


# 5. What an adult does to the child, in the child's telling.
@pytest.mark.parametrize("text", [
    "Mum leaves the children with her friend Dwayne. Roxy (6) told her teacher that Dwayne makes them go to bed at six.",
    "Mum lets two men stay at the flat. Jade (10) told her aunt that the men shout at her to stay in her room.",
    "Ella (9) said that Dad makes her stand in the garden when she is naughty.",
    "Zara (7) told her teacher that her stepdad calls her stupid every night.",
    "Leo (9) told his teacher that Dad drags him out of bed by his feet.",
    "Mia (6) said that Mum hits her legs with a slipper when she swears.",
    "Sami (12) told the youth worker that his uncle sends him to buy cigarettes at night.",
    "Ben (8) told the school nurse that Mum's boyfriend pulls him by the ear.",
    "Ruby (10) told her aunt that Dad swears at her when he has been drinking.",
    "Kai (7) told his teacher that Mum's partner shuts him in the bedroom when visitors come.",
])
def test_what_an_adult_does_to_the_child_in_the_childs_telling_is_impact(engine, text):
    assert shown(engine, text, "impact")


@pytest.mark.parametrize("text", [
    "Mum drinks every evening. Ruby (7) told her teacher that Mum takes her to the park on Sundays.",
    "Dad leaves the gas on. Kai (6) told his teacher that Nan collects him from school.",
    "Dad smokes cannabis in the flat. Ella (9) said that Dad does not shout at her any more.",
    "Mum leaves the children alone at night. Leo (9) told his teacher that Dad sleeps all day.",
    "Dad drinks most days. Mia (6) told the nurse that Mum reads to her at bedtime.",
])
def test_care_or_an_adult_alone_in_the_childs_telling_is_not_impact(engine, text):
    assert not shown(engine, text, "impact")


# 6. The adult's act said in the passive.
@pytest.mark.parametrize("text", [
    "The school is worried that Tobias (8) is being locked in his room by his father.",
    "Ava (6) was slapped by Mum's partner on Friday night.",
    "Kai (4) has been hit by Dad with a belt.",
    "Leah (9) was pushed by her stepdad in the kitchen.",
    "Noah (3) was shaken by Dad in the kitchen.",
    "Mia (7) has been threatened by her uncle with a knife.",
    "Sam (10) was kicked by Mum's boyfriend on the way home from the shop.",
    "Jess (5) was grabbed by the arm by Dad outside the school.",
    "Ruby (8) was locked out of the house by Mum all afternoon.",
    "Tyler (15) was stopped and searched in the park a week after another boy was stabbed there.",
])
def test_an_adults_act_in_the_passive_is_not_impact(engine, text):
    assert not shown(engine, text, "impact")


@pytest.mark.parametrize("text", [
    "Ava (6) was slapped by Mum's partner and had a red mark on her cheek the next day.",
    "Kai (4) was hit by Dad and was frightened and hid behind the sofa.",
    "Amber (14) was touched by a man at a party, Mum's friend told us.",
    "Dad's friend came round on Friday. Tyler (15) was stabbed in the leg outside the flat.",
    "Dad left the iron on the floor. Leah (9) was burned on her hand at his flat.",
])
def test_a_harm_with_no_adult_doer_or_with_what_followed_stays_impact(engine, text):
    assert shown(engine, text, "impact")


# 7. What an adult did at a meeting or visit.
@pytest.mark.parametrize("text", [
    "The prison is worried that Dad passed notes to Kacper (12) during the visits asking him to carry things out.",
    "Mum gave Lily (7) cigarettes during the contact sessions at the family centre.",
    "Dad shouted at Ruby (9) throughout the review meeting and called her a liar.",
    "Mum slapped Theo (5) across the face before the family session at the centre.",
    "Dad came to the clinic with baby Poppy smelling of alcohol and swearing at the nurse.",
    "Mum turned up at the appointment with Kai (4) slurring her words and falling over.",
    "Mum's partner pushed Ava (6) over after the contact session in the car park.",
    "Dad gave Sam (11) cannabis during the supervised visits.",
    "Mum came to the health visitor appointment with Rio (1) smelling strongly of cannabis.",
    "Dad arrived at the meeting with Leo (8) shouting at the staff about his ex-partner.",
])
def test_what_an_adult_did_at_a_meeting_is_behaviour(engine, text):
    assert shown(engine, text, "behaviour")


@pytest.mark.parametrize("text", [
    "The health visitor is worried that Mum did not come to the appointment with Kai (4) on 3 May.",
    "The social worker is worried that Dad came to the review meeting with Leo (8).",
    "The health visitor is worried that Mum missed three appointments for Rio (1).",
    "The social worker is worried that Dad has not attended the contact sessions with Sam (11) since June.",
    "The school is worried that Dad comes to the meetings about Amy (9) late.",
])
def test_a_meeting_kept_or_missed_is_not_behaviour(engine, text):
    assert not shown(engine, text, "behaviour")


# 8. An adult's words to the child.
@pytest.mark.parametrize("text", [
    "Zara (16) told her tutor that Dad took her passport and told her she will fly out after her exams.",
    "Mum's partner has told Amira (12) he will throw her out if she tells anyone.",
    "Dad told Kai (9) that he will never see his mum again.",
    "Mum has told Ella (10) she will send her to live with her aunt in Poland.",
    "Uncle Reza told Nadia (15) she will marry her cousin next summer.",
    "Dad texted Leo (14) that he would come to the school and take him.",
    "Mum's boyfriend told Jade (8) he would hurt her dog if she cried.",
    "Dad warned Sami (11) that he will beat him if he goes to the police.",
    "Grandad told Ruby (7) she will be taken away by the police if she tells anyone.",
    "Mum told Theo (6) that she will leave and never come back if he is naughty.",
])
def test_an_adults_words_to_the_child_are_not_the_future(engine, text):
    assert not shown(engine, text, "future")


@pytest.mark.parametrize("text", [
    "Nan told the social worker that Leo (4) could be badly hurt if Dad keeps drinking and driving.",
    "Mum and the school are worried that if Dad keeps drinking, Kai (9) could be hurt in the car.",
    "If nothing changes, Ella (10) could be burned when Mum falls asleep with a cigarette.",
    "Dad has told Amira (12) he will throw her out. If this carries on, Amira could end up homeless and be hurt on the streets.",
    "The teacher is worried that Jade (8) could be hit again when Mum's boyfriend is drunk.",
])
def test_a_harm_foreseen_stays_the_future(engine, text):
    assert shown(engine, text, "future")
