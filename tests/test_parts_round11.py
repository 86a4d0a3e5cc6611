"""Parts of a statement, round 11 (issue 11 §5): each class of miss on parts_test10 is named in one
line, then written in my own wordings (other verbs, subjects, tenses, voice and order) with near
misses that must not fire. None is a test-set phrase, name or row."""
from __future__ import annotations

import pytest
from report_helpers import shown_as


shown = shown_as("goal")  # round 36: the one copy is in report_helpers


# ACTION, class: a vague aim is not an act anyone could see done: the goal names only a change to be
# made or shown ("make positive changes", "show she can prioritise", "demonstrate", "prove",
# "address", "take responsibility", "work on"), with nothing done at home. Near misses: the same
# verbs carrying a concrete act ("show Ava how to…", "make Leo's lunch").
@pytest.mark.parametrize("text, expected", [
    ("Mum needs to make positive changes so that Ava is safe.", False),
    ("Dad must show that he can put Leo's needs first.", False),
    ("Mum and Dad need to demonstrate that they can prioritise Noor.", False),
    ("Dad will make real improvements in his parenting of Kai.", False),
    ("Mum has to prove she can keep Isla safe and well.", False),
    ("Dad, you need to make changes to your lifestyle for Theo.", False),
    ("The parents are to show that they understand the impact of their arguing on Mia.", False),
    ("Mum will take responsibility for meeting Jack's needs.", False),
    ("Dad needs to address his drinking and show he can look after Ellie.", False),
    ("Mum, you will prioritise Zara and make better choices.", False),
    ("Grandad will work on his parenting so that Remi's needs come first.", False),
    ("Mum is showing that she is able to put Ivo first.", False),
    # near misses
    ("Mum will show Ava how to brush her teeth every night.", True),
    ("Dad will make Leo's packed lunch each morning.", True),
    ("Mum, you will put Noor to bed at seven and read her a story.", True),
    ("Dad will change Kai's nappy when it is wet and bath him every evening.", True),
    ("Mum will make a hot tea for Isla every evening and sit with her while she eats.", True),
])
def test_a_vague_aim_is_not_an_action(engine, text, expected):
    assert shown(engine, text, "action") is expected


# ACTION, class: going to a service said in everyday words ("keep going to <named service>", "get to
# every contact session", "turn up to", "make it to", "keep seeing her drug worker", "stick with the
# programme") is still service compliance. Near misses: going somewhere with the child, getting the
# child somewhere, being at the school gate to collect.
@pytest.mark.parametrize("text, expected", [
    ("Mum, you need to keep going to the Bridge Project every week.", False),
    ("Dad, you will get to every supervised visit on time.", False),
    ("Mum will turn up to all of her sessions at the Phoenix Centre.", False),
    ("Dad needs to make it to every appointment with his drug worker.", False),
    ("Mum, you will keep seeing your counsellor at Mind each fortnight.", False),
    ("Dad will go along to the Caring Dads group every Tuesday.", False),
    ("Mum, you must be at every meeting about Ava.", False),
    ("Dad, you will show up for all your probation appointments.", False),
    ("Mum will carry on going to her AA meetings.", False),
    ("Dad, you need to stick with the Freedom Programme until it ends.", False),
    ("Mum and Dad will be on time for every family time session at the contact centre.", False),
    ("Dad kept going to his recovery group and got to each contact on time.", False),
    ("Dad will keep going to Moving On every Thursday and get to each family time on time.", False),
    # near misses
    ("Mum, you will keep going to the park with Ava on Saturdays.", True),
    ("Dad, you will get Leo to school on time every day.", True),
    ("Dad, you will go to Nan's with Kai when you feel angry.", True),
    ("Mum will turn up at the school gate at 3pm to collect Isla.", True),
    ("Mum will walk Zara to her dance class every Saturday.", True),
    ("Dad will go to Tesco every Saturday to buy Leo's food.", True),
])
def test_service_in_everyday_words_is_not_an_action(engine, text, expected):
    assert shown(engine, text, "action") is expected


# ACTION, class: a duty laid on nobody in particular ("X is to be supervised by a protective adult",
# "contact is to be supervised", "must be kept away from", "is not to be left alone with") says what
# must be so, not what a named adult will do; a ban on an adult's contact is an absence. Near misses:
# a named carer who does it (active or passive), or a parent told what to do.
@pytest.mark.parametrize("text, expected", [
    ("Leo is to be supervised by a safe adult whenever Mr Grant is in the house.", False),
    ("Ava must be looked after by a sober adult at all times.", False),
    ("Contact between Dad and Noor is to be supervised.", False),
    ("Kai should be kept away from Mum's ex-partner.", False),
    ("Isla will be cared for by a protective adult when Mum has been drinking.", False),
    ("Mr Patel is to have no unsupervised contact with Theo or any other child.", False),
    ("Zara is to be collected from school by an approved adult each day.", False),
    ("Remi needs to be supervised at all times when he is near the road.", False),
    ("All contact with Ellie's father must be supervised.", False),
    ("Jack is not to be left alone with Uncle Dave.", False),
    ("Mia should be protected by a responsible adult whenever her stepfather visits.", False),
    # near misses
    ("Leo will be collected from school by Nan every day.", True),
    ("Ava will be put to bed by Dad at seven every night.", True),
    ("Mum, you will stay with Noor whenever Mr Grant visits.", True),
    ("Dad will stay in the room with Kai whenever Uncle Dave is in the house.", True),
    ("Isla will be walked to school by her aunt Sue each morning.", True),
])
def test_a_duty_laid_on_nobody_is_not_an_action(engine, text, expected):
    assert shown(engine, text, "action") is expected


# EXPERIENCE, class: an outcome a professional measures (weight, growth, centile, milestones,
# attendance figures) is not what the child sees, hears or feels. Near misses: the child's own
# feeling, sleep or play after the same care.
_G = "Mum will give {c} her meals at the same times every day. "


@pytest.mark.parametrize("text, expected", [
    (_G.format(c="Ava") + "Ava will gain weight.", False),
    (_G.format(c="Leo") + "Leo's weight will go back up to his centile.", False),
    (_G.format(c="Noor") + "Noor will reach her developmental milestones.", False),
    (_G.format(c="Kai") + "Kai's attendance will improve to 95%.", False),
    (_G.format(c="Isla") + "Isla will put on weight steadily.", False),
    (_G.format(c="Theo") + "Theo's growth will be back on track by the summer.", False),
    (_G.format(c="Zara") + "Zara will be a healthy weight for her age.", False),
    (_G.format(c="Remi") + "Remi's speech will catch up with other children his age.", False),
    (_G.format(c="Ellie") + "Ellie will be weighed every month and her weight will increase.", False),
    (_G.format(c="Jack") + "Jack has gained weight and is following his centile line.", False),
    (_G.format(c="Mia") + "Mia will grow and put on weight.", False),
    # near misses
    (_G.format(c="Ava") + "Ava will enjoy her food and not feel hungry at night.", True),
    (_G.format(c="Leo") + "Leo will feel full and settled after his tea.", True),
    (_G.format(c="Noor") + "Noor will sleep through the night and wake up happy.", True),
    (_G.format(c="Kai") + "Kai will know his tea is coming and won't be hungry at school.", True),
    (_G.format(c="Isla") + "Isla will have the energy to play with her friends at school.", True),
])
def test_a_measured_outcome_is_not_experience(engine, text, expected):
    assert shown(engine, text, "experience") is expected


# EXPERIENCE, class: an abstract state the child is to be kept in ("grow up in a safe and nurturing
# environment", "have her needs met", "live free from harm", "a stable home") says nothing from the
# child's eye. Near misses: what the child will see, hear or feel in that home.
_D = "Dad, you will cook tea every evening for {c}. "


@pytest.mark.parametrize("text, expected", [
    (_D.format(c="Ava") + "Ava needs to grow up in a safe and nurturing environment.", False),
    (_D.format(c="Leo") + "Leo will have all of his needs met consistently.", False),
    (_D.format(c="Noor") + "It is important that Noor can live free from harm.", False),
    (_D.format(c="Kai") + "Kai will live in a stable home where his emotional needs are met.", False),
    (_D.format(c="Isla") + "Isla deserves a childhood free from violence.", False),
    (_D.format(c="Theo") + "Theo will be brought up in a safe, loving home.", False),
    (_D.format(c="Zara") + "Zara must have her physical and emotional needs met by her carers.", False),
    (_D.format(c="Remi") + "Remi will grow up in an environment free from domestic abuse.", False),
    (_D.format(c="Ellie") + "Ellie needs consistent and nurturing care.", False),
    (_D.format(c="Jack") + "Jack will be in a home where his needs come first.", False),
    # near misses
    (_D.format(c="Ava") + "Ava will feel safe at bedtime because she knows you are downstairs.", True),
    (_D.format(c="Leo") + "Leo will be able to sleep without hearing shouting.", True),
    (_D.format(c="Noor") + "Noor will enjoy sitting at the table with you.", True),
    (_D.format(c="Kai") + "Kai will feel calm and happy when he gets home from school.", True),
    (_D.format(c="Isla") + "Isla will be able to bring her friends home for tea.", True),
])
def test_an_abstract_state_is_not_experience(engine, text, expected):
    assert shown(engine, text, "experience") is expected


# EXPERIENCE, class: the child named only as the occasion of the adult's act ("stay with Ash
# whenever she is in the bath", "sit with Leo while he eats"), or adults supporting each other, says
# nothing of what the child will live through. Near misses: a line from the child's eye added.
@pytest.mark.parametrize("text, expected", [
    ("Mum and Dad will take turns to sit with Leo whenever he is in the bath. Mum and Dad will support "
     "each other with this.", False),
    ("Dad, you will stay in the kitchen with Kai while he is eating.", False),
    ("Mum will watch Isla whenever she is playing in the garden.", False),
    ("Mum and Nan will help each other with Theo's bedtime.", False),
    ("Dad will be with Noor when she is in the paddling pool.", False),
    ("Mum and Dad, you will back each other up when Zara is having a tantrum.", False),
    ("Mum will check on Remi every hour while he is asleep.", False),
    ("Dad and his partner will support one another so that Ellie is fed on time.", False),
    ("Mum will hold Jack's hand whenever he is crossing the road.", False),
    ("Dad will stay beside Mia when she is on the trampoline.", False),
    # near misses
    ("Mum and Dad will take turns to sit with Leo whenever he is in the bath. Leo will enjoy bath time "
     "and feel safe.", True),
    ("Dad, you will stay in the kitchen with Kai while he is eating. Kai will eat his tea without "
     "worrying.", True),
    ("Mum will watch Isla whenever she is playing in the garden. Isla will feel safe and have fun.", True),
    ("Mum will check on Remi every hour while he is asleep, so Remi will feel safe in his bed.", True),
    ("Dad will stay beside Mia when she is on the trampoline. Mia will know Dad is watching her.", True),
])
def test_the_childs_occasion_is_not_experience(engine, text, expected):
    assert shown(engine, text, "experience") is expected


# IMPACT, class: a professional's word for the child ("presentation has deteriorated", "made a
# disclosure", "this is impacting on her wellbeing", "would not engage in direct work") is not what
# the child saw, heard, felt or did. Near misses: what was said or seen, plainly.
_I = "The social worker is worried that Dad shouts at Mum most nights at home. "


@pytest.mark.parametrize("text, expected", [
    (_I + "This is having an impact on Ava's (6) emotional wellbeing.", False),
    (_I + "Leo's (7) presentation at school has declined.", False),
    (_I + "Noor (9) has made a disclosure to her teacher.", False),
    (_I + "Kai (5) presented as guarded and would not engage in direct work.", False),
    (_I + "This is affecting Isla's (8) wellbeing and development.", False),
    (_I + "Zara (10) disclosed to school staff on Monday.", False),
    (_I + "Remi's (4) presentation in nursery has deteriorated.", False),
    (_I + "This has had a negative impact on Ellie (7).", False),
    (_I + "The children's wellbeing is being affected, including Jack (6).", False),
    (_I + "Mia (11) would not engage with the social worker when seen alone.", False),
    (_I + "It is impacting on Theo's (3) emotional and physical health.", False),
    # near misses
    (_I + "Ava (6) told her teacher she puts her hands over her ears when Dad shouts.", True),
    (_I + "Leo (7) has wet the bed every night since the fight.", True),
    (_I + "Noor (9) told her teacher that Dad hit her.", True),
    (_I + "Kai (5) cried at school and said he did not want to go home.", True),
    (_I + "Isla (8) has been coming to school hungry.", True),
])
def test_a_professionals_word_for_the_child_is_not_impact(engine, text, expected):
    assert shown(engine, text, "impact", kind="worry") is expected


# IMPACT, class: what the child was found doing, or found with, is what the child lived through
# ("arrived to find Ava eating crisps off the floor", "saw bruises on Leo's arm", "found Kai sitting
# on the doorstep"). Near misses: an adult or a thing found, a mark on a thing, a professional seen.
_F = "Nan is worried that Mum drinks all day at the flat. "


@pytest.mark.parametrize("text, expected", [
    (_F + "On Sunday Nan arrived to find Ava (3) eating crisps off the floor in a wet nappy.", True),
    (_F + "The teacher saw bruises on Leo's (7) arm on Monday.", True),
    (_F + "Police found Kai (5) sitting alone on the doorstep in his pyjamas at midnight.", True),
    (_F + "The school nurse noticed burns on Isla's (8) fingers.", True),
    (_F + "Staff found Zara (4) drinking water from the bathroom tap because there was no food.", True),
    (_F + "The health visitor has seen a large bruise on Remi's (1) cheek.", True),
    (_F + "Jack's (9) teacher has seen marks on the back of his legs.", True),
    (_F + "Mia (6) was found wandering along the main road in bare feet.", True),
    (_F + "A neighbour found Theo (2) crying in his cot with a soaking nappy.", True),
    (_F + "Nan came round and found Ellie (4) eating dry bread in her coat because the heating was off.", True),
    # near misses
    (_F + "The social worker found Mum asleep on the sofa on Sunday.", False),
    (_F + "Police found cannabis in the kitchen drawer.", False),
    (_F + "The nurse saw Dad in the waiting room.", False),
    (_F + "Nan found marks on the kitchen wall.", False),
    (_F + "The teacher saw Mum at the school gate on Monday.", False),
])
def test_what_the_child_was_found_doing_is_impact(engine, text, expected):
    assert shown(engine, text, "impact", kind="worry") is expected


# FUTURE, class: a placement or process outcome ("may need to be placed in secure accommodation",
# "could end up in care", "This would place X at risk") is the service's response, not a harm to the
# child. Near misses: a harm anyone could picture.
_U = "The teacher is worried that Dad hits Mum in front of {c} (6). "


@pytest.mark.parametrize("text, expected", [
    (_U.format(c="Ava") + "If this continues, Ava may have to be placed in foster care.", False),
    (_U.format(c="Leo") + "Leo could end up being looked after by the local authority.", False),
    (_U.format(c="Noor") + "This will put Noor at risk.", False),
    (_U.format(c="Kai") + "This could place Kai at risk of harm.", False),
    (_U.format(c="Isla") + "If nothing changes, Isla might need to be accommodated.", False),
    (_U.format(c="Theo") + "Theo may have to go into a residential unit.", False),
    (_U.format(c="Zara") + "Zara could be made subject to a care order.", False),
    (_U.format(c="Remi") + "The situation may leave Remi at risk.", False),
    (_U.format(c="Ellie") + "If things don't change, Ellie will need to be removed from Mum's care.", False),
    (_U.format(c="Mia") + "Mia may need to be placed with foster carers a long way from home.", False),
    (_U.format(c="Jack") + "Jack would have to be moved to a secure unit.", False),
    # near misses
    (_U.format(c="Ava") + "If this continues, Ava could be hit when she tries to stop Dad.", True),
    (_U.format(c="Leo") + "Leo could be pushed over and hurt.", True),
    (_U.format(c="Noor") + "Noor may stop eating and become ill.", True),
    (_U.format(c="Kai") + "Kai could be left alone overnight and get hurt.", True),
    (_U.format(c="Isla") + "Isla may be too frightened to come home and could run away.", True),
])
def test_a_placement_is_not_a_future_harm(engine, text, expected):
    assert shown(engine, text, "future", kind="worry") is expected


# WHO, class: an adult who rejects, denies, minimises or does not share the concerns is not the one
# worried; the worrier is read elsewhere (here only an organisation, which is no "who"). Near
# misses: someone who raises, voices or has the concerns.
_O = " Ava (4) has had bruises on her arms twice this month."


@pytest.mark.parametrize("text, expected", [
    ("Mum does not accept the concerns." + _O, False),
    ("Dad has minimised the worries about his drinking." + _O, False),
    ("Mum denies the concerns and says Ava is fine." + _O, False),
    ("Dad disputes the concerns about Ava." + _O, False),
    ("Dad ignores the concerns about the state of the flat." + _O, False),
    ("Mum rejects the concerns and will not talk about them." + _O, False),
    ("The parents do not understand the concerns." + _O, False),
    ("Dad doesn't share the concerns about Ava's bruises." + _O, False),
    ("Mum downplays the concerns. The Local Authority is worried." + _O, False),
    ("Dad dismissed the worries. The LA is concerned about Ava." + _O, False),
    ("The LA is worried that Ava is left alone." + _O, False),
    # near misses
    ("Nan has raised concerns about Ava." + _O, True),
    ("The teacher has concerns about Ava." + _O, True),
    ("Mum has voiced worries about Ava's bruises." + _O, True),
    ("Ms Khan, the social worker, is concerned about Ava." + _O, True),
    ("Dad accepts the concerns. Aunt Jo is worried about Ava." + _O, True),
])
def test_someone_who_rejects_the_concerns_is_not_who(engine, text, expected):
    assert shown(engine, text, "who", kind="worry") is expected


# IF NOT, class: a conditional on the plan broken ("If he does", "if things get worse", "if Mum does
# not comply") followed by what then happens to the child or the family (removal, care, court or
# proceedings, hospital). Near misses: a day's contingency that the plan itself answers.
_P = "Mum, you will give Ava her tea at five o'clock every day. "


@pytest.mark.parametrize("text, expected", [
    ("Dad will not drink alcohol when he has the children. If he does, the children will be removed.", True),
    (_P + "If you drink when you have Ava, Ava will be taken into care.", True),
    (_P + "If things get worse, Ava may need to go into hospital.", True),
    (_P + "If the plan is not kept to, the local authority will start care proceedings.", True),
    (_P + "If Mum does not stick to this, the social worker will ask the court to decide where Ava lives.", True),
    (_P + "If the bruising happens again, Ava will be placed with foster carers.", True),
    pytest.param(_P + "Should you let Gary back into the house, Ava will be removed from your care.", True,
                 marks=pytest.mark.xfail(reason="inverted 'Should' is parsed as the main verb's aux")),
    (_P + "If Ava's weight keeps falling, she may need to be admitted to the children's ward.", True),
    (_P + "If you do not comply with this plan, the local authority will consider legal proceedings.", True),
    (_P + "If it gets any worse, Ava will have to go and live with her aunt.", True),
    (_P + "If Mum goes back to using, Ava will be removed.", True),
    # near misses
    (_P + "If Ava is ill, you will take her to the GP.", False),
    (_P + "If you are running late, Nan will pick Ava up.", False),
    (_P + "If Ava wakes at night, you will go to her.", False),
    (_P + "If it is sunny, you will take Ava to the park.", False),
    (_P + "If Ava has an asthma attack, you will take her to hospital.", False),
])
def test_a_real_consequence_is_if_not(engine, text, expected):
    assert shown(engine, text, "if_not") is expected


# CONTEXT, class: a visit or call-out to the family's home with its date and clock time is when and
# where the adults' behaviour was seen, when the statement goes on to say what the adults were doing
# then. Near misses: meetings, referrals and allocations with a date, which are a service's process.
@pytest.mark.parametrize("text, expected", [
    ("Police were called to the flat at 11pm on 4 June. Dad was drunk and had smashed the TV while "
     "Ava (3) was in the room.", True),
    ("The social worker visited on 12 March at 4pm. Mum was asleep on the sofa and Leo (2) was alone in "
     "the kitchen.", True),
    ("At an unannounced visit on Tuesday 9 April at 9am, Dad did not open the door to Noor's (4) social "
     "worker, though he was seen inside.", True),
    ("Officers attended the home at 01:15 on 2 February after neighbours heard screaming. Mum had a cut "
     "lip and Kai (5) was crying upstairs.", True),
    ("During a home visit on 20 July at 3.30pm, Mum was slurring her words and could not stand up while "
     "caring for Isla (1).", True),
    ("At 6pm on 1 May the health visitor found Theo (8 months) alone in his cot with Dad asleep "
     "downstairs.", True),
    ("Police attended at 10.40pm on 5 October. Mum and her partner had been fighting and Zara (4) saw it.", True),
    ("An ambulance was called to the house at 3am on 8 August; Dad had taken an overdose and Remi (6) "
     "let the crew in.", True),
    ("School staff went to the house at 10am on 14 January. Mum was still in bed and had not taken Ellie "
     "(7) to school.", True),
    ("A home visit on 2 December at 2.15pm found Mum's partner Lee shouting at Jack (9).", True),
    ("Worries were raised after a welfare visit to Mum's house on 6 June at 8pm. Dad was shouting at Ava "
     "(6) in the garden.", True),
    # near misses
    ("The teacher is worried that Dad hits Ava (6). A strategy meeting was held on 4 March at 2pm.", False),
    ("The teacher is worried that Dad hits Ava (6). A core group meeting took place on 1 July at 11am.", False),
    ("The teacher is worried that Dad hits Ava (6). The case was allocated at 9am on 5 May.", False),
    ("The teacher is worried that Dad hits Ava (6). A referral was received from the school on 12 May "
     "at 3pm.", False),
    ("The teacher is worried that Dad hits Ava (6). Mum went to the conference on 14 February at 10am.", False),
    ("The health visitor called at the flat on 9 June and nobody came to the door. Ava (6) missed her check.", False),
    ("The social worker visited on 14 May and the house was untidy. Ava (6) looked unkempt.", False),
])
def test_a_visit_with_its_date_and_time_is_context(engine, text, expected):
    assert shown(engine, text, "context", kind="worry") is expected


# ACTION, class: the occasion of a "will not" goal ("will not drink when caring for the children") is
# when the rule applies, not a new act. Near misses: an act of care said with the same occasion.
@pytest.mark.parametrize("text, expected", [
    ("Dad will not drink alcohol when caring for the children.", False),
    ("Mum will not smoke cannabis while looking after Ava.", False),
    ("Dad, you will not use drugs when you are minding Leo.", False),
    ("Mum will never drive after drinking when collecting Noor from school.", False),
    ("Dad won't take anything while he is looking after Kai at weekends.", False),
    ("Dad, you will not drink when you have Theo; you will cook him tea and put him to bed at seven.", True),
    ("Mum will not smoke while looking after Ava and will take her to the park instead.", True),
])
def test_the_occasion_of_a_will_not_is_not_an_action(engine, text, expected):
    assert shown(engine, text, "action") is expected


# ADDRESSED, class: a goal that opens by calling the family by name or role, then a comma and a new
# clause ("Mum and Dad, there must be…"), speaks to them even without "you". Near misses: a list of
# people that is the subject ("Mum, Dad and Nan will…"), a name said of someone in the third person.
@pytest.mark.parametrize("text, expected", [
    ("Mum and Dad, there must be no more hitting in front of Ava.", True),
    ("Dad, the drinking has to stop when Leo is with him.", True),
    ("Mum and Gary, every night Noor needs a calm bedtime with a story.", True),
    ("Nan and Grandad, this plan is about keeping Kai safe at weekends.", True),
    ("Mum, Dad and Auntie Jo, it is important that Isla always has a sober adult at home.", True),
    ("Mummy, Theo needs his tea at five o'clock every day.", True),
    ("Dad and Lisa, from now on the arguments will happen away from Zara.", True),
    ("Mum, each morning Remi will have breakfast before school.", True),
    ("Grandma Pat, on Fridays Ellie will sleep at Nan's.", True),
    ("Mum and Dad, no one will shout at Jack at bedtime.", True),
    # near misses
    ("Mum, Dad and Nan will take turns to put Ava to bed.", False),
    ("Mum and Dad will make sure Leo has his tea at five.", False),
    ("Dad will cook Noor's tea and Mum will bath her.", False),
    ("Mum, Dad and Uncle Tim will each have Kai one night a week.", False),
    ("Gran, who lives nearby, will collect Isla from school.", False),
])
def test_a_vocative_opening_speaks_to_the_family(engine, text, expected):
    assert shown(engine, text, "addressed") is expected
