"""Parts of a statement present only when really there (issue 11 §5), round 9: the classes P1–P7
of language (who, how others know, the child's experience, the network, how long, the adults'
everyday action, the adults' behaviour). Each class has at least eight wordings that should be
present and five near-misses that should not, written for this file (names, verbs, order and
register varied), not taken from any probe set or the corpus."""
from __future__ import annotations

import pytest
from report_helpers import shown


# P1: who is worried. A school, a nursery, the police, a hospital or a named team that is worried
# is the "who". An institution alone ("Children's Services", "the Local Authority", "social care")
# is read as the worried party too, so SOS501 (no one worried) stays quiet, but SOS502 asks for
# its people and the "who" part shows missing: rules/parts.toml organisation_is_who = false, as
# DOMAIN.md says ("an institution alone is weak: flag it, suggest the people") and as most probe
# sets mark it. "There are concerns", "it is felt" and a passive with no one name nobody.
@pytest.mark.parametrize("text, who_present, sos502", [
    ("Children's Services are worried that Dad punches holes in the walls when Kit (6) is in the room.", False, True),
    ("The Local Authority has concerns that Mum leaves Ana (3) alone in the flat at night.", False, True),
    ("Social care have serious concerns about Mum hitting Leon (8) with a slipper.", False, True),
    ("Jayden's school has raised concerns that Dad arrives drunk to collect Jayden (7).", True, False),
    ("The nursery is worried that Mum's partner shouts at Bea (2) when he picks her up.", True, False),
    ("Police are concerned that Dad drove Ollie (5) home from the pub on Saturday after drinking.", True, False),
    ("The hospital has raised a concern that Mum gave Rae (1) her own sleeping tablets.", True, False),
    ("The school are worried because Remi (9) says Dad kicks him when he is late home.", True, False),
    ("The youth offending team is concerned that Uncle Saul sends Kyle (15) to sell cannabis.", False, True),
    ("There are concerns that Mum leaves Jo (5) alone at night.", False, False),
    ("It is felt that Dad drinks too much when he has Tom (6) on Saturdays.", False, False),
    ("Concerns have been raised that Mum smacks Zoe (3) across the face.", False, False),
    ("It is worrying that Dad shouts at Kai (7) every night.", False, False),
    ("Concerns remain that Mum's boyfriend pushes Amy (10) when he is angry.", False, False),
])
def test_p1_who_is_worried(engine, text, who_present, sos502):
    report = engine.check_many([text], ["worry"])[0]
    codes = {f.code for f in report.findings}
    assert next(c for c in report.components if c.name == "who").present is who_present
    assert ("SOS502" in codes) is sos502
    if sos502:
        assert "SOS501" not in codes  # the organisation is the worried party: one finding, not two


# P2: someone other than the parents will find out or check (asks the child, checks with someone,
# watches, hears from someone, visits unannounced, weighs, rings if…); a helper who only helps
# (drives, has the child for tea) is no check, nor is a parent checking their own child.
@pytest.mark.parametrize("text, expected", [
    ("Mum, you will get Aria to bed by 8pm. Mrs Patel will ask Aria every Monday how her weekend was.", True),
    ("Dad, you will stay sober when you have Ben. Ben's mum will check with Ben after each visit.", True),
    ("Dad, you will keep calm at Jude's matches. Coach Lee will watch how you are on the sideline every "
     "Saturday.", True),
    ("Mum, you will walk Ivy to school each day. Nan will know from Ivy how the mornings have gone.", True),
    ("Mum and Dad, you will keep the kitchen clean. The family support worker will call round without warning.", True),
    ("Mum, you will feed Noah every three hours. The health visitor will weigh Noah every fortnight.", True),
    ("Dad, you will be home by 6pm. Aunty Jo will ring the social worker if you are not home.", True),
    ("Mum, you will not let Gary in the house. Oak Lane School will monitor Leah's attendance and report any "
     "concerns to the social worker.", True),
    ("Dad, you will keep the bedroom warm. Ms Obi will drop in unannounced once a month.", True),
    ("Mum, you will take Sol to football. After each stay Grandad will ask Sol how things were at home.", True),
    # A checker's name the people reading may take for a child's: checking on the goal's child.
    ("Mum, you will walk Zara to school every day. Obi will ask Zara every Friday how her week has been. "
     "Zara will feel safe on the way to school.", True),
    ("Dad, you will be sober when Zak stays. Tomasz will visit without warning on Saturdays.", True),
    ("Mum, you will cook Ezra a hot meal each night. Nan will drive Ezra to football on Saturdays.", False),
    ("Dad, you will take Zara to school. Zara will ask her brother Jack how his day was.", False),
    ("Mum, you will speak kindly to Dad. Ravi's teacher will listen out for how Ravi talks about home.", True),
    ("Dad, you will play music with Ravi. Nan will listen to Ravi practise on Sundays.", False),
    ("Dad, you will make Amira breakfast. Aunty Sue will have Amira for tea on Fridays.", False),
    ("Mum, you will read to Zac at bedtime. Uncle Dev will take Zac swimming every Sunday.", False),
    ("Mum, you will check Rosie's homework every night and sign her reading book.", False),
    ("Dad, you will ask Nan to babysit when you go out. Grandma will pick Lily up on Tuesdays.", False),
])
def test_p2_someone_else_finds_out(engine, text, expected):
    assert shown(engine, text, "others_know", "goal") is expected


# P3: what the child will live through ("will wake up with…", "so that she has time to…", "will
# look forward to…"); not an adult's act with the child as its object, nor the if-not.
@pytest.mark.parametrize("text, expected", [
    ("Dad, you will stay in at night. Tariq will wake up to a calm house and a warm breakfast.", True),
    ("Mum, you will take the twins to the childminder after school so that Priti has time to practise her "
     "violin.", True),
    ("Dad, you will keep your temper at home. Leo will look forward to his weekends at your flat.", True),
    ("Mum, you will leave the landing light on. Ada will fall asleep in her own bed knowing you are close by.", True),
    ("Dad, you will not drink before school pick-up. Kai will come home to a dad who is sober and glad to see "
     "him.", True),
    ("Mum, you will stay in the changing room with Sienna. Sienna will enjoy her swimming lessons.", True),
    ("Dad, you will collect the boys at 3pm, so that Maisie can have her friends round for tea.", True),
    ("Mum, you will be up by 7am. Jonah will get to school on time and have breakfast with his friends.", True),
    ("Mum, you will get Dean up by 8am and give him his breakfast.", False),
    ("Dad, you will take Jude to nursery every morning and collect him at 5pm.", False),
    ("Mum, you will bath Noor every evening and put her to bed at 7pm.", False),
    ("Dad, you will wake Ruby at 7am and walk her to the school gate.", False),
    ("Mum, you will make sure the front door is locked at night. If this doesn't happen, Jude may have to "
     "live with Gran.", False),
    ("Dad, you will lock the knives away. If this doesn't happen, Mo may need to be looked after by Nan.", False),
    ("Mum, you will walk Lola to school each day. Bisi will check in with Lola every Wednesday.", False),
])
def test_p3_what_the_child_will_live_through(engine, text, expected):
    assert shown(engine, text, "experience", "goal") is expected


# P4: a helper beyond the parents doing something; "the family network will support the parents"
# (no one named, nothing done), the parents alone, or a professional who only checks is no network.
@pytest.mark.parametrize("text, expected", [
    ("Mum, you will go to bed sober. Uncle Farid will drive Ayla home after her Saturday class.", True),
    ("Dad, you will not shout at Grace. Nana Bea will have Grace for tea on Wednesdays.", True),
    ("Mum, you will ring your friend Kerry, who will come round and sit with Leo, when you feel low.", True),
    ("Dad, you will stay in on Fridays. Your brother Sam will take Josh to football on Saturday mornings.", True),
    ("Mum, you will be home by 4pm. Mrs Adeyemi next door will look after Tia until you get in.", True),
    ("Dad, you will not drink when you have Evie. Grandad Jim will stay over on Saturday nights.", True),
    ("Mum, you will get Rio up at 7am. Aunty Pat will walk Rio to school on Mondays.", True),
    ("Dad, you will keep the flat tidy. Your sister Mel will help you sort the washing on Sundays.", True),
    ("Safety goal: Alfie will be safe, and the family network will support the parents.", False),
    ("Mum and Dad, you will work together to keep Ella safe at home.", False),
    ("Mum, you will feed Dean at 7am. The health visitor will weigh Dean each month.", False),
    ("Mum, you will talk calmly to Tomas. His teacher will ask Tomas each Friday how his week was.", False),
    ("Dad, you will stay calm. Friends and family will be there for you.", False),
    ("Mum, you will keep Kian away from Lee. The wider family will support you with this.", False),
])
def test_p4_a_helper_who_does_something(engine, text, expected):
    assert shown(engine, text, "network", "goal") is expected


# P5: a duration ("for the next six months", "until the end of next season", "until the review in
# March"); not a frequency ("every day", "on Tuesdays and Thursdays"), nor a time of day ("until
# she finishes work", "until he has calmed down", "until bedtime").
@pytest.mark.parametrize("text, expected", [
    ("Mum, you will walk Ivy to school every day for the next six months.", True),
    ("Dad, you will stay off the touchline until the end of next season.", True),
    ("Mum, you will keep the kitchen clean until the review in March.", True),
    ("Dad, you will not drink on Saturdays for the rest of the school year.", True),
    ("Mum, you will take Ava to school every day until she starts secondary school.", True),
    ("Dad, you will ring Nan each night over the next twelve weeks.", True),
    ("Mum, you will keep Gary away from the house until the summer holidays.", True),
    ("Dad, you will give Ola her inhaler each morning, for a year from now.", True),
    ("Mum, you will walk Ivy to school every day.", False),
    ("Dad, you will take Leo to football on Tuesdays and Thursdays.", False),
    ("Mum will take the boys to after-school club until she finishes work.", False),
    ("Dad, you will go for a walk until you have calmed down.", False),
    ("Mum, you will stay downstairs with Bo until bedtime.", False),
    ("Dad, you will phone Bo twice a week and see him each weekend.", False),
    ("Mum and Dad, you need to make changes for Summer. Summer will then feel calmer at home.", False),
    ("Dad, you need to make changes for Autumn. Autumn will then feel happier at home.", False),
])
def test_p5_a_duration_not_a_frequency(engine, text, expected):
    assert shown(engine, text, "timescale", "goal") is expected


# P6: everyday behaviour by the parent counts (a do-not beside a do); getting the child weighed,
# letting a professional see the child, answering the phone to professionals is compliance, and a
# "will not" alone is the absence of harm. A goal written to the young person can still turn to
# the parent ("Mum, you will…").
@pytest.mark.parametrize("text, expected", [
    ("Mum, you will tell Grace one thing you like about her each day.", True),
    ("Dad, you will praise Amy when she tidies her room.", True),
    ("Mum, you will read Ben a story at bedtime and will not shout at him.", True),
    ("Dad, you will say sorry to Liam when you lose your temper and talk it through with him.", True),
    ("Mum, you will cook tea with Ella on Sundays and will not comment on her body or on what she eats.", True),
    ("Dad, you will give Kemi a hug when she comes in from school.", True),
    ("Mum, you will sit with Jay at tea and ask him about his day.", True),
    ("Dad, you will not call Roxy names and will tell her she did well when she tries.", True),
    ("Tia, you and Dad want weekends to be fun. Dad, you will take Tia to the park on Saturday mornings.", True),
    ("Mum, you need to get Hope weighed at the clinic.", False),
    ("Dad, you will let the social worker see Jake at home every week.", False),
    ("Mum, you will answer your phone when the social worker rings.", False),
    ("Rhys will be in school every day and Dad will not take him out to work.", False),
    ("Mum, you will let the family support worker in when she calls.", False),
    ("Dad, you will make yourself available for home visits.", False),
    ("Dad, you will not shout at Kemi any more and will be a better dad.", False),
])
def test_p6_an_everyday_act_by_the_parent(engine, text, expected):
    assert shown(engine, text, "action", "goal") is expected


# P7: missing home visits or keeping the child from professionals is non-engagement, not the
# adults' behaviour toward the child; an act toward the child, beside it, still is.
@pytest.mark.parametrize("text, expected", [
    ("The social worker is worried that Mum has not been in for the last three home visits and nobody has "
     "seen Kai (2) since May.", False),
    ("The health visitor is worried that Dad has not let her see baby Ola for six weeks.", False),
    ("The family support worker is worried that Mum would not open the door on her last four visits. Ria (3) "
     "could go hungry and nobody would know.", False),
    ("The social worker is worried that Dad has cancelled every visit since June and will not say where Ezra (4) "
     "is staying. Ezra could be hurt.", False),
    ("The health visitor is worried that Dad would not open the door to her on 3 or 10 June. Ola (1) could be "
     "going hungry.", False),
    ("The social worker is worried that Mum has refused access to the flat since May. Kai (2) could be hurt.", False),
    ("The family support worker is worried that Mum refused to let her see Rio's (5) bedroom when she called.",
     False),
    ("Miss Dee is worried that Dad will not let professionals into the flat or near Ivy (3). Ivy could be hurt.",
     False),
    ("The social worker is worried that the parents have missed five planned home visits. Noah (1) could "
     "be going hungry.", False),
    ("The social worker is worried that Mum locked Kai (2) in his room for the whole afternoon on 3 May.", True),
    ("The health visitor is worried that Dad propped baby Ola's bottle on a pillow and left the room.", True),
    ("Nan is worried that Mum has missed two home visits, and on 4 June she left Ria (3) alone in the flat.", True),
    ("The social worker is worried that Dad shouted at Ezra (4) and threw his toys down the stairs.", True),
    ("Ms Hall is worried that Mum hit Rio (5) with a hairbrush when he would not get dressed.", True),
    ("The teacher is worried that Dad sends Noor (8) to school with no coat or lunch.", True),
    ("Mr Fox is worried that Mum's partner grabbed Leo (6) by the arm at the school gate.", True),
    ("Nan is worried that Dad leaves Finn (7) alone at night while he goes to the pub.", True),
    ("Nan is worried that Mum lets her partner Gaz, who has hurt a child before, stay over with Pip (4).", True),
    ("Youth workers are worried that Kayla (14) has been picked up by older men in cars at night.", True),
])
def test_p7_missing_visits_is_not_behaviour(engine, text, expected):
    assert shown(engine, text, "behaviour", "worry") is expected


# The if-not part: "If you don't, …" is the goal not met; a professional musing is no consequence.
@pytest.mark.parametrize("text, expected", [
    ("Mum, you will put Kit to bed by 8pm. If you don't, Kit may have to stay with Nan during the week.", True),
    ("Dad, you will keep the car seat fitted. If you do not, Ivy will only see you at the contact centre.", True),
    ("Mum, you will keep Gaz away. If you don't, the social worker will consider next steps.", False),
    ("Dad, you will stay sober. If you do not, professionals will review the plan.", False),
    ("Mum, you will keep Gaz away. If you don't, the social worker will consider court proceedings.", True),
    ("Mum, you will read with Ada. If you don't know a word, ask Nan.", False),
])
def test_if_you_dont(engine, text, expected):
    assert shown(engine, text, "if_not", "goal") is expected


# Second round of wordings of my own per class, written after the code above to see whether each fix
# caught the class: services by name, checks by phone or in writing, the child as doer, a
# network word with nothing done, a time of day, services done to the child, answering to them.
@pytest.mark.parametrize("kind, part, expected, text", [
    ("worry", "who", True,
     "Greenfield Nursery have concerns that Mum drops Ava (3) off with no "
     "nappy on and smelling of cannabis."),
    ("worry", "who", True,
     "The police have raised concerns that Dad was found asleep in the car "
     "with Leo (4) on the back seat."),
    ("worry", "who", True, "Early Help are worried that Dad leaves Amir (9) to get himself to school."),
    ("worry", "who", False, "The health visiting team are concerned that baby Kit has not been fed at night."),  # an institution alone: organisation_is_who = false
    ("worry", "who", True, "CAMHS is worried that Mum tells Ella (14) she wishes she had never been born."),
    ("worry", "who", True, "Ruby's school has shared concerns that Dad shouts at Ruby (8) at the gate."),
    ("worry", "who", True,
     "West Midlands Police are worried that Uncle Ray lets older men into "
     "the house when Kayla (15) is there."),
    ("worry", "who", True, "The hospital were worried when Mum brought Noor (1) in with a burn on her hand on 3 May."),
    ("worry", "who", False, "Concerns have been raised about Dad shouting at Ruby (8)."),
    ("worry", "who", False, "There is a worry that Mum leaves Ava (3) alone."),
    ("worry", "who", False, "It is our view that Dad hits Leo (4)."),
    ("worry", "who", False, "It has been reported that Mum drinks when she has Kit (2)."),
    ("worry", "who", False, "Agencies are concerned that Mum leaves Kit (2) alone."),
    ("goal", "others_know", True,
     "Mum, you will get Ivy to nursery by 9am. The nursery manager will "
     "phone the social worker if Ivy is not in by 9.30."),
    ("goal", "others_know", True,
     "Dad, you will stay calm at contact. The contact supervisor will write "
     "down how each visit goes."),
    ("goal", "others_know", True,
     "Mum, you will keep Jay's room warm. The health visitor will pop round "
     "unannounced to see Jay's room."),
    ("goal", "others_know", True,
     "Dad, you will not drink when you have Mia. Mia's mum will speak to "
     "Mia after each weekend about how it went."),
    ("goal", "others_know", True,
     "Mum, you will not let Lee in. Your neighbour Pat will let the social "
     "worker know if she sees Lee at the house."),
    ("goal", "others_know", True,
     "Dad, you will be calm with Ali. The school nurse will see Ali every "
     "fortnight and ask how things are at home."),
    ("goal", "others_know", True,
     "Mum, you will bath Kai every night. The family support worker will "
     "check Kai's skin when she visits each week."),
    ("goal", "others_know", True,
     "Mum and Dad, you will keep Bo's bedtime at 7pm. Nana will ring you "
     "most evenings to check how bedtime went."),
    ("goal", "others_know", False, "Mum, you will take Kit to school. Uncle Joe will have Kit on Saturdays."),
    ("goal", "others_know", False, "Dad, you will cook tea. Auntie Val will collect Mia from school on Wednesdays."),
    ("goal", "others_know", False, "Mum, you will walk Kit to school. Nan will help with the washing."),
    ("goal", "others_know", False, "Mum and Dad, you will talk to each other calmly and check on Kit at night."),
    ("goal", "others_know", False, "Dad, you will get Ivy up at 7am and ask her how she slept."),
    ("goal", "experience", True, "Dad, you will stay sober. Maya will feel relaxed when she stays at your flat."),
    ("goal", "experience", True,
     "Mum, you will get up with Ollie. Ollie will have breakfast with you "
     "every morning before school."),
    ("goal", "experience", True,
     "Dad, you will sit with Reuben at bedtime. Reuben will go to sleep "
     "knowing you are downstairs."),
    ("goal", "experience", True,
     "Mum, you will walk Lily to school, so that Lily arrives on time and "
     "can play with her friends before the bell."),
    ("goal", "experience", True,
     "Dad, you will not shout. Ezra will be able to tell you about his day "
     "without being scared."),
    ("goal", "experience", True, "Mum, you will keep the flat tidy so that Noah can crawl about safely on the floor."),
    ("goal", "experience", True,
     "Dad, you will be home by six. Evie will tell her friends about the "
     "fun things she does with you."),
    ("goal", "experience", True, "Mum, you will be up and dressed. Tyler will walk into school smiling."),
    ("goal", "experience", False, "Mum, you will make Tyler's breakfast and take him to school."),
    ("goal", "experience", False, "Dad, you will bring Ella home by 6pm on Sundays."),
    ("goal", "experience", False, "Mum, you will wake Kai at 7 and get him dressed for school."),
    ("goal", "experience", False, "Ella will attend school every day."),
    ("goal", "experience", False, "If Dad drinks again, Ella will only see him at the contact centre."),
    ("goal", "network", True,
     "Mum, you will rest in the afternoons. Your cousin Jade will take Rio "
     "to the park on Sundays."),
    ("goal", "network", True,
     "Dad, you will cook tea. Grandma Sue will sit with Lily while you work "
     "late on Thursdays."),
    ("goal", "network", True,
     "Mum, you will ring Auntie Pam when you feel low, and she will come "
     "over and help with the children."),
    ("goal", "network", False, "Mum, you will have support from your family."),
    ("goal", "network", False, "Dad, the network will keep an eye on things."),
    ("goal", "network", False, "Mum, your friends and family will support you to keep Ava safe."),
    ("goal", "network", False, "Mum and Dad, you will both take turns to get up with Noah at night."),
    ("goal", "network", False, "Dad, you will take Ben to school. The school nurse will weigh Ben each month."),
    ("goal", "timescale", True, "Mum, you will keep Lee out of the house until the court decides."),
    ("goal", "timescale", True, "Dad, you will test every week for the next three months."),
    ("goal", "timescale", True, "Mum, you will walk Kit to school each morning until Easter."),
    ("goal", "timescale", True, "Dad, you will do this for twelve weeks, until the review."),
    ("goal", "timescale", False, "Mum, you will stay with Kit until she falls asleep."),
    ("goal", "timescale", False, "Dad, you will have Ben on alternate weekends."),
    ("goal", "timescale", False, "Mum, you will watch Kit until Dad gets home from his shift."),
    ("goal", "timescale", False, "Dad, you will ring Ben every evening at 6pm."),
    ("goal", "action", True, "Dad, you will take Ben to the park on Saturdays and play football with him."),
    ("goal", "action", True, "Mum, you will put Ivy to bed at 7pm and read her a story."),
    ("goal", "action", True, "Dad, you will tell Leo he is clever when he does his homework."),
    ("goal", "action", True, "Mum, you will give Tia a cuddle and ask about her day when she comes home."),
    ("goal", "action", False, "Mum, you will get Kit seen by the dentist."),
    ("goal", "action", False, "Dad, you will pick up when the social worker calls."),
    ("goal", "action", False, "Mum, you will let the health visitor into the house every week."),
    ("goal", "action", False, "Dad, you will work with the social worker and attend all meetings."),
    ("goal", "action", False, "Mum, you will not hit Ivy."),
    ("worry", "behaviour", False, "The social worker is worried that Dad has not answered the door on three visits."),
    ("worry", "behaviour", False,
     "The health visitor is worried that Mum has not brought Ola (1) to any "
     "of her checks."),
    ("worry", "behaviour", False, "The social worker is worried that Mum hides Kai (2) when professionals call round."),
    ("worry", "behaviour", False,
     "The social worker is worried that the parents have stopped answering "
     "calls from the school."),
    ("worry", "behaviour", True,
     "The social worker is worried that Mum hit Kai (2) on the leg on 3 May "
     "and did not let him eat tea."),
    ("worry", "behaviour", True, "Nan is worried that Dad won't let Tia (6) see her friends or go outside."),
])
def test_more_wordings_per_class(engine, kind, part, expected, text):
    assert shown(engine, text, part, kind) is expected


# Third round of wordings of my own, written after the second fixes: a visit without telling
# anyone, a time of day ("until Mum gets in"), a phone kept on for professionals, a child made
# "available", visits rearranged again and again.
@pytest.mark.parametrize("kind, part, expected, text", [
    ("worry", "who", True, "The childminder is worried that Dad collects Rosa (2) smelling of drink."),
    ("worry", "who", True,
     "Riverside Children's Centre is worried that Mum's partner swears at "
     "Kai (3) in the play area."),
    ("worry", "who", True, "The GP has concerns that Mum is giving Zain (4) adult painkillers."),
    ("worry", "who", False, "The local authority are worried that Dad has moved back in with Mia (5) and Jo (3)."),  # an institution alone: organisation_is_who = false
    ("worry", "who", False, "It is believed that Dad hits Mia (5)."),
    ("worry", "who", False, "Worries have been shared that Mum leaves Jo (3) alone."),
    ("goal", "others_know", True,
     "Dad, you will stop drinking before contact. The contact worker will "
     "notice if you smell of drink and will tell the social worker."),
    ("goal", "others_know", True,
     "Mum, you will keep the house clean. Every other Tuesday the family "
     "support worker will come round without telling you first."),
    ("goal", "others_know", True,
     "Mum, you will take Ava to nursery. Nursery staff will let Nan know "
     "each day whether Ava came in."),
    ("goal", "others_know", True,
     "Dad, you will put Leo to bed by 8. Each week Leo's teacher will ask "
     "him how he is sleeping."),
    ("goal", "others_know", True,
     "Mum, you will feed Ruby three meals a day. The health visitor will "
     "weigh and measure Ruby at every visit."),
    ("goal", "others_know", False,
     "Dad, you will take Ben to football. His coach will give him a lift "
     "home afterwards."),
    ("goal", "others_know", False, "Mum, you will walk Ivy to school. Auntie Jo will make Ivy her tea on Thursdays."),
    ("goal", "experience", True, "Dad, you will stay calm. Jay will have calm, happy bedtimes with a story."),
    ("goal", "experience", True,
     "Mum, you will be up early. Kit will get a good night's sleep and wake "
     "up ready for school."),
    ("goal", "experience", True,
     "Dad, you will take turns with Nan. Ellie will spend Sunday afternoons "
     "baking with her nan."),
    ("goal", "experience", True,
     "Mum, you will keep Gaz away. Roxy will come home from school and "
     "relax in front of the telly."),
    ("goal", "experience", False, "Mum, you will make sure Ivy goes to bed at 7pm."),
    ("goal", "experience", False, "Dad, you will make Leo's packed lunch every school day."),
    ("goal", "network", True,
     "Dad, you will be sober at contact. Your mate Deano will come with you "
     "to every contact and stay the whole time."),
    ("goal", "network", True, "Mum, you will call Nan when you feel low, and Nan will have the children overnight."),
    ("goal", "network", False, "Mum, you will have a good support network around you."),
    ("goal", "network", False, "Dad, your family will be supportive."),
    ("goal", "timescale", True, "Mum, you will do this until Kai turns five."),
    ("goal", "timescale", True, "Dad, you will stay away from Tina until the end of term."),
    ("goal", "timescale", True, "Mum, you will keep this up until the next core group meeting in June."),
    ("goal", "timescale", False, "Dad, you will stay with Kai until Mum gets in from the shop."),
    ("goal", "timescale", False, "Mum, you will check on Noor every half hour through the night."),
    ("goal", "action", True, "Mum, you will brush Ruby's teeth with her every morning and night."),
    ("goal", "action", True, "Dad, you will switch your phone off at tea time and talk with Sam about his day."),
    ("goal", "action", False, "Mum, you will keep your phone on so the social worker can reach you."),
    ("goal", "action", False, "Dad, you will make Leo available for the health visitor to see."),
    ("goal", "action", False, "Mum, you will take Ava to all her health appointments."),
    ("worry", "behaviour", False,
     "The social worker is worried because Mum has not made Kai (2) "
     "available to be seen since March."),
    ("worry", "behaviour", False,
     "The health visitor is worried that Dad keeps rearranging her visits "
     "and she has not seen Noor (1) for two months."),
    ("worry", "behaviour", False,
     "The family support worker is worried that the parents were not at "
     "home for the last three agreed visits."),
    ("worry", "behaviour", True,
     "The social worker is worried that Dad shook Noor (1) when she would "
     "not stop crying on 4 May."),
])
def test_third_wordings_per_class(engine, kind, part, expected, text):
    assert shown(engine, text, part, kind) is expected


# Fourth round of wordings of my own: a concern "flagged" (parsed badly), someone there for the
# child, "people around you" with nothing done, "until Kai's next review in the spring", a
# professional turned away at the door.
@pytest.mark.parametrize("kind, part, expected, text", [
    ("worry", "who", True,
     "Kai's nursery has flagged concerns that Dad arrives to collect Kai "
     "(3) unsteady on his feet."),
    ("worry", "who", False,  # an institution alone: organisation_is_who = false
     "The health visiting service is concerned that baby Rose has lost "
     "weight since Mum's partner moved in."),
    ("worry", "who", False, "Children's Social Care have been worried since May that Mum's partner hits Leo (6)."),  # an institution alone: organisation_is_who = false
    ("worry", "who", True,
     "St Anne's Primary School are concerned that Jade (7) is coming to "
     "school with bruises on her arms."),
    ("worry", "who", False, "There has been concern that Dad hits Leo (6)."),
    ("worry", "who", False, "Everybody is worried that Mum drinks when she has Rose (1)."),
    ("goal", "others_know", True,
     "Dad, you will keep the house calm. Mia's teacher will check in with "
     "Mia every Monday about her weekend."),
    ("goal", "others_know", True,
     "Mum, you will take Ben to bed by eight. Grandad will phone Ben each "
     "Sunday to find out how his week went."),
    ("goal", "others_know", True,
     "Mum, you will keep Gaz out of the flat. The police will tell the "
     "social worker if they are called to the flat."),
    ("goal", "others_know", True,
     "Dad, you will stay sober on Saturdays. Your sister Kim will pop in on "
     "Saturday evenings to see how things are."),
    ("goal", "others_know", False,
     "Dad, you will keep the house calm. Your sister Kim will come round on "
     "Saturdays to help with tea."),
    ("goal", "others_know", False,
     "Mum, you will walk Mia to school. Mia's friend's mum will walk her "
     "home on Wednesdays."),
    ("goal", "experience", True,
     "Mum, you will be home when Tom gets in. Tom will be greeted at the "
     "door and have someone to tell about his day."),
    ("goal", "experience", True,
     "Dad, you will keep your voice low. Ava will be able to sleep through "
     "the night without being woken by shouting."),
    ("goal", "experience", True,
     "Mum, you will keep Lee away. Sam will be free to play out with his "
     "friends after school."),
    ("goal", "experience", False, "Dad, you will get Ava to school by 8.45 every day."),
    ("goal", "experience", False, "Mum, you will take Sam to the dentist."),
    ("goal", "network", True,
     "Dad, you will stay calm. Your neighbour Mo will walk Ali to the bus "
     "stop every morning."),
    ("goal", "network", False, "Dad, you will have people around you who can help."),
    ("goal", "network", False, "Mum, the safety network will be there to support you and the children."),
    ("goal", "timescale", True, "Mum, you will keep this up from now until Kai's next review in the spring."),
    ("goal", "timescale", True, "Dad, for the next twelve weeks, you will not drink when Leo stays."),
    ("goal", "timescale", False, "Dad, you will not drink when Leo stays at weekends."),
    ("goal", "timescale", False, "Mum, you will stay up until Kai is asleep."),
    ("goal", "action", True, "Dad, you will hold Noor's hand when you cross the road and talk to her about the cars."),
    ("goal", "action", False, "Mum, you will allow the health visitor to see Noor every two weeks."),
    ("goal", "action", False, "Dad, you will attend every contact session at the family centre."),
    ("goal", "action", False, "Mum, you will comply with all drug testing."),
    ("worry", "behaviour", False,
     "The social worker is worried that Mum has cancelled four home visits "
     "and will not say where the children are staying."),
    ("worry", "behaviour", False, "The health visitor is worried that Dad turns her away at the door when she visits."),
    ("worry", "behaviour", False,
     "The social worker is worried that the family have not been home for "
     "any of the agreed visits."),
    ("worry", "behaviour", True,
     "The social worker is worried that Mum leaves Kai (2) strapped in his "
     "buggy for hours while she sleeps."),
])
def test_fourth_wordings_per_class(engine, kind, part, expected, text):
    assert shown(engine, text, part, kind) is expected
