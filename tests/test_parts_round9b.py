"""Parts of a statement, round 9 second pass (issue 11 §5, classes9.md P1–P7): each miss on the
class battery was read for WHY the rule missed it, the frame written down here, and the rule widened
at that point. Every case below is my own wording of the widened frame (other verbs, objects and
order) or a near miss; none is a battery phrase."""
from __future__ import annotations

import pytest
from report_helpers import shown_as


shown = shown_as("goal")  # round 36: the one copy is in report_helpers


# P2, frame: someone outside the parents KEEPS A WRITTEN RECORD of something ("keep a record / a
# log / a note of …") or PASSES WORD ON ("pass on", "feed back", "share any worries", "keep … updated",
# "alert"); and counting or testing is a check like weighing. The frame was too narrow in its verb
# list (knowing = see, tell, ring …; checks = weigh, measure …).
# Near misses: the parent keeping the record (the parents' own chart), a helper sharing the school
# run, a professional's call that is only the moment the parent answers, and knowing about the plan.
@pytest.mark.parametrize("text, expected", [
    ("Dad, you will take Ola to school by 8.50. Her form tutor will keep a log of the days she arrives "
     "late.", True),
    ("Mum, you will bath Kit every other night. The childminder will make a note of how clean Kit is "
     "when he comes in.", True),
    ("Dad, you will be sober at handover. Nana Bet will pass on to the social worker anything Jo says "
     "about the weekend.", True),
    ("Mum, you will cook a hot meal each evening. The breakfast club will feed back to Mrs Shah every "
     "Friday.", True),
    ("Mum, you will keep your tablets in the locked tin. The community nurse will count them on each "
     "visit.", True),
    ("Dad, you will stay off drugs. The drug service will test your hair every month.", True),
    ("Mum, you will get up with Remy. His teacher will share any worries with the social worker.", True),
    # near misses
    ("Mum, you will stick a star chart on the kitchen door and fill it in every night when Bo is "
     "asleep.", False),
    ("Dad, you will answer the door when the social worker comes round.", False),
    ("Mum, you will pick up the phone whenever professionals ring you.", False),
    ("Dad, you will walk Ty to school. Grandad Vic has been told about the plan.", False),
    ("Mum, you will put Lily to bed at seven. Aunt Rosa is aware of the safety plan.", False),
    ("Dad, you will make Zac's tea. Your sister will share the school run with you.", False),
])
def test_p2_records_kept_and_word_passed_on(engine, text, expected):
    assert shown(engine, text, "others_know") is expected


# P4, frame: a network person counts only when they DO something for the family. Someone whose
# every act in the goal is knowing the plan, telling a professional or checking is how others know
# (or nothing), not a helper. The frame was too narrow in its subject test: any named aunt, coach or
# friend counted, whatever their verb.
@pytest.mark.parametrize("text, expected", [
    # near misses: only knowing or only checking
    ("Dad, you will not drink when you have Eli. Eli's aunt, Sue, knows about the plan.", False),
    ("Mum, you will take Fay to nursery. Fay's godmother Ines is aware of the plan.", False),
    ("Dad, you will keep to the plan. Your friend Dev will ring the social worker if you miss a "
     "handover.", False),
    # a helper who does something, beside or instead of knowing
    ("Dad, you will not drink when you have Eli. Eli's aunt, Sue, knows about the plan and will have "
     "Eli on Fridays.", True),
    ("Mum, you will take Fay to nursery. Your neighbour Pat will collect Fay on Wednesdays.", True),
    ("Dad, you will keep to the plan. Your friend Dev will drive you to the contact centre.", True),
])
def test_p4_a_helper_does_something(engine, text, expected):
    assert shown(engine, text, "network") is expected


# P5, frame: a duration named by a stretch of the calendar, the sporting SEASON among them, as the
# school term already was ("for the rest of the season", "until the end of the cricket season",
# "this season"). The frame was too narrow in its noun list. Near misses: a frequency inside the
# season, and "season ticket".
@pytest.mark.parametrize("text, expected", [
    ("Dad, you will watch Zane's matches sober for the rest of the season.", True),
    ("Mum, you will drive Ava to netball until the end of the netball season.", True),
    ("Dad, you will stand with the other parents at every home game this season.", True),
    ("Mum, you will stay for the whole of each session over the football season and the next.", True),
    # near misses
    ("Dad, you will take Zane to every match in the football season.", False),
    ("Dad, you will use your season ticket to take Zane to the match on Saturdays.", False),
])
def test_p5_a_season_is_a_stretch_of_time(engine, text, expected):
    assert shown(engine, text, "timescale") is expected


# P3, frame (1): the child's own doing hung on "get to", "start to", "be allowed to" ("Tyrese will
# get to …") is a moment of the child's day; the rule only read a doing verb that carried "will"
# itself. Frame (2), near misses: a state said only as better than now ("will feel more positive",
# "be more settled at home", "happier and more confident") with no when, what or why is a wish.
@pytest.mark.parametrize("text, expected", [
    ("Dad, you will take Mo to the pool on Sundays. Mo will get to swim with his cousins.", True),
    ("Mum, you will have the girls home by six. Lexi and Bea will get to eat tea together at the "
     "table.", True),
    ("Dad, you will have Priya on Saturdays. Priya will be allowed to ride her bike to the park with "
     "you.", True),
    ("Mum, you will read with Noa each night. Noa will feel more confident when she reads aloud in "
     "class.", True),
    ("Mum, you will stay sober in the evenings. Kai will be calmer at bedtime and fall asleep "
     "quickly.", True),
    # near misses
    ("Mum, you will read with Noa each night. Noa will be happier and more confident.", False),
    ("Mum, you will stay sober. Kai will feel calmer in himself.", False),
    ("Dad, you will keep the flat tidy. Josh will feel more positive and be more settled at home.", False),
])
def test_p3_the_childs_own_doing_not_only_better(engine, text, expected):
    assert shown(engine, text, "experience") is expected


# P7, frame: turning down what a service offers (an offer, a referral, help, support, a place, a
# visit) is non-engagement, like not letting professionals in; the rule knew missed and refused
# access, not "turned down", "declined", "rejected", "cancelled" with a service as the object.
# Near misses: turning something else down, refusing to do something for the child, cancelling a
# family event.
@pytest.mark.parametrize("text, expected", [
    ("The school is worried that Mum has declined every offer of help from Early Help since Mia (6) "
     "started in September.", False),
    ("The health visitor is worried that Dad refused the referral to the baby clinic for Ada (4 "
     "months).", False),
    ("Sam's teacher is worried that Mum turned down a place at the breakfast club for Sam (7).", False),
    ("The nurse is worried that Dad rejected the support of the family worker for Tom (3).", False),
    # near misses: what the adults did to the child or at home
    ("The nursery is worried that on Friday Dad turned the music up loud and refused to feed Leo (2) "
     "until 9pm.", True),
    ("The school is worried that Mum cancelled Ivy's (8) birthday party and locked her in her room on "
     "Saturday.", True),
])
def test_p7_turning_down_a_service_is_not_behaviour(engine, text, expected):
    assert shown(engine, text, "behaviour", "worry") is expected


# P1, frame: a family hub is a place where staff see the family, as a children's centre or a
# nursery is, so it is a "who"; an office of the local authority ("the MASH hub") stays an
# institution (rules/parts.toml organisation_is_who = false).
@pytest.mark.parametrize("text, expected", [
    ("Foxford Family Hub is worried that Dad shouted at Jo (4) in the car park on Monday.", True),
    ("The family hub is concerned that Mum leaves Jo (4) alone in the flat at night.", True),
    ("The MASH hub is worried that Mum leaves Jo (4) alone in the flat at night.", False),
])
def test_p1_a_family_hub_is_a_who(engine, text, expected):
    assert shown(engine, text, "who", "worry") is expected


# Future (P1 and P7 rows), frames: (1) what the child will NOT BE ABLE to do is a danger, though
# the clause is negated ("will not be able to get out"); the rule dropped every negated clause.
# (2) "may be a young carer" guesses what the child is now. (3) "no one will know how she is"
# is the professionals' blind spot, not a harm to the child.
@pytest.mark.parametrize("text, expected", [
    ("The police are worried because Dad fell asleep drunk with the chip pan on. If a fire starts, "
     "Ava (2) and Ben (4) will not be able to get out of the flat.", True),
    ("The school is worried that Mum locks Ali (7) in his room. If there is a fire, Ali would not "
     "be able to escape.", True),
    # near misses
    ("The nurse is worried that Dad drinks every day. It is thought that Kim (9) may be a young "
     "carer.", False),
    ("The social worker is worried that Mum has missed six visits. If nobody sees Lee (1), no one "
     "will know how he is.", False),
    ("The school is worried that Dad keeps Ria (8) at home. Professionals might not see her "
     "bruises.", False),
    ("The nursery is worried that Mum leaves Ed (3) with Gaz. Ed will not go upstairs.", False),
])
def test_future_unable_not_guesses_or_blind_spots(engine, text, expected):
    assert shown(engine, text, "future", "worry") is expected


# If-not (P5 row), frame: the adults doing the very thing the goal guards against, with a harm to
# the child that could follow ("If you leave them alone, Mia could get burnt"), is what happens if
# the goal is not met; the rule read only "if this does not happen" and its kin. Near misses: a
# check ("If you are late, the school will ring Nan") and a sanction with no harm.
@pytest.mark.parametrize("text, expected", [
    ("Dad, you will keep the stair gate shut. If you leave it open, Ted might fall down the stairs.", True),
    ("Mum, you will keep the pills in the locked tin. If you leave them on the side, Ava could swallow "
     "them and be very ill.", True),
    ("Dad, you will have Nan in when you go out. If Dad goes out and leaves the boys, Jake may get hurt "
     "on the cooker.", True),
    # near misses
    ("Mum, you will be home by six. If you are late, the school will ring Nan.", False),
    ("Dad, you will stay sober with Ollie. If Dad drinks, Ollie will spend the weekend at Nan's.", False),
])
def test_if_not_a_lapse_that_harms(engine, text, expected):
    assert shown(engine, text, "if_not") is expected


# Network (P4 and P3 rows), frames: the child's own brothers and sisters (younger, little, or only
# there to be looked after) are children, and "the school run" is a journey, not the school acting;
# the rule took any sibling word, and "school" read as a subject, for a helper. A grown-up brother
# who does something, or a school that does something, stays network.
@pytest.mark.parametrize("text, expected", [
    ("Mum, you will cook tea so that Leah is no longer minding her little sister after school.", False),
    ("Mr and Mrs Khan will share the cooking and do the school run so that Amir can go to football "
     "club.", False),
    ("Mum, you will cook tea each night so that Ayo can have friends round at weekends.", False),
    ("Mum, you will get up with the twins at 7. Kai's big brother, Sam, will walk him to school.", True),
    ("Dad, you will do Rae's physio each night, and Rae's sister Gemma will help her dress on Saturdays.", True),
    ("Mum, you will keep the flat tidy. Mum's sister Ola will come on Fridays to help with the washing.", True),
    ("Dad, you will get Ali up at 7.30. His school will give him breakfast at the breakfast club.", True),
    # other sets' wordings kept right: a family member visiting or checking in is there for the family
    ("Mum, you will wash up every evening, and Auntie Bea will pop in on Tuesdays to help.", True),
    ("Dad, you will put Rio to bed by eight and Uncle Joe will check in with you on Sundays.", True),
    ("Mum, you will speak calmly to Ava. Aunty Kim will call in twice a week.", True),
])
def test_network_siblings_and_the_school_run(engine, text, expected):
    assert shown(engine, text, "network") is expected


# Others know, near misses found on the older probe sets while widening: "count to 20" is calming
# down, not a check; "see this at her visits" is a check, not knowing the plan; a parent's chart that
# a nurse reads is how others know.
@pytest.mark.parametrize("text, expected", [
    ("Dad will not shout at Tia; instead, when he is cross, he will go outside and count to ten.", False),
    ("Mum, you will hold Ivy for every feed. The health visitor will see this at her visits.", True),
    ("Mum, you will write each dose on the chart so the asthma nurse can check it every month.", True),
])
def test_others_know_kept_right(engine, text, expected):
    assert shown(engine, text, "others_know") is expected


# More of the widened frames, in other words again: a check said as a noun after a light verb
# ("do spot checks", "carry out unannounced visits"), keeping track, the other parent who finds
# out when the goal speaks to one; knowing what the plan is or holding a copy is not a helper; an
# end named by the event ("until the case is closed", "until the next core group meeting").
@pytest.mark.parametrize("text, part, expected", [
    ("Mum, you will feed Ada every three hours. The health visitor will do spot checks on her weight "
     "every fortnight.", "others_know", True),
    ("Dad, you will keep the flat clean. The family worker will carry out unannounced visits each "
     "month.", "others_know", True),
    ("Mum, you will give Ella her tablets. The school nurse will keep track of how often Ella needs "
     "her inhaler.", "others_know", True),
    ("Dad, you will be sober at handover. Mum will tell the social worker if you smell of drink.",
     "others_know", True),
    ("Dad, you will cook tea on Fridays. Mum will tell Leo a story at bedtime.", "others_know", False),
    ("Dad, you will cook tea on Fridays. Nan will pay a visit on Sundays.", "others_know", False),
    ("Dad, you will not drink. Leo's grandma knows what the plan is.", "network", False),
    ("Dad, you will not drink. Leo's grandma has a copy of the plan.", "network", False),
    ("Mum, you will keep this up until the case is closed.", "timescale", True),
    ("Dad, you will keep to this until the next core group meeting.", "timescale", True),
    ("Mum, you will get ready for the meeting on Tuesday.", "timescale", False),
])
def test_more_wordings_of_the_widened_frames(engine, text, part, expected):
    assert shown(engine, text, part) is expected


# P7, more wordings: ignoring a service's letters or calls, not answering calls about the child,
# and stopping bringing the child to a health service are not engaging, not behaviour toward the
# child. Near miss: shutting the door on the child is what the child met.
@pytest.mark.parametrize("text, expected", [
    ("The school is worried that Mum will not answer calls from the school about Jo (8) and has ignored "
     "three letters.", False),
    ("The nurse is worried because Dad has stopped bringing Ivy (1) to the clinic and turned the health "
     "visitor away at the door.", False),
    ("The health visitor is worried that Mum has stopped taking Ben (2) to his check-ups.", False),
    ("The school is worried because on Friday Mum would not open the door to Jo (8) when he came home "
     "from school.", True),
    ("The school is worried because Mum has stopped taking Jo (8) to school and kept him in his room "
     "all week.", True),
    # not taking the child for treatment is neglect of the child's health: behaviour (other sets mark it so)
    ("The school nurse is worried that Dad has not taken Mo (9) to the dentist though his tooth is "
     "rotten.", True),
])
def test_p7_more_forms_of_not_engaging(engine, text, expected):
    assert shown(engine, text, "behaviour", "worry") is expected
