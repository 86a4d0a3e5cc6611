"""Parts of a statement, round 12 (issue 11 §5): each class of miss on parts_test11 is named in one
line, then written in my own wordings (other verbs, subjects, tenses, voice and order) with near
misses that must not fire. None is a test-set phrase, name or row."""
from __future__ import annotations

import pytest
from report_helpers import shown


# ACTION, classes: a goal graded by a standard instead of a deed ('adequately provide', 'suitable
# accommodation', 'to a reasonable standard', 'better decisions'); keeping to a service or a view ('accept', 'register',
# 'secure', 'manage'); what follows stopping or keeping off ('stop seeking', 'keep clean from', 'stay off').
# Near misses: concrete care with a thing anyone could see.
@pytest.mark.parametrize("text, expected", [
    ('Mum and Dad will adequately feed and clothe the children.', False),
    ("Dad needs to provide appropriately for Leo's needs.", False),
    ('The parents will keep the flat to an acceptable standard of cleanliness.', False),
    ('Mum will put suitable childcare in place when she works late.', False),
    ("Grandad must make proper arrangements for Tia's care.", False),
    ('Dad will find appropriate housing for himself and Kai.', False),
    ('Mum, you need to make better choices about the men you bring home.', False),
    ('Parents are to supervise the children appropriately at all times.', False),
    ('Mum will ensure the home is kept in a reasonable condition.', False),
    ('Dad will obtain safe and suitable accommodation for the boys.', False),
    ('Mum will make good decisions about who looks after Ava.', False),
    ('Dad, you will start making wiser choices about your friends.', False),
    ('Mum will make Ava a proper breakfast of porridge every morning before school.', True),
    ('Dad will put a stair gate at the top of the stairs this week.', True),
    ("Mum, you will wash Leo's uniform on Sunday and hang it up to dry.", True),
    ('Dad will walk Kai to school every morning and wait until he goes in.', True),
    ('Mum will run Tia a bath at six and stay in the bathroom with her.', True),
    ('Dad, you need to stay clean from heroin for the next year.', False),
    ('Mum will keep off the drink while the children are in her care.', False),
    ('Dad must remain sober and drug free.', False),
    ('Mum will accept the advice of the health visitor.', False),
    ('Dad will stop seeking out his old friends from the estate.', False),
    ('Mum will cooperate and work together with professionals.', False),
    ("Mum will agree with the paediatrician's view and stop asking for more tests.", False),
    ('The parents will register Kai with a dentist.', False),
    ('Dad will keep the knives in a locked drawer.', True),
    ("Mum will keep Ava's bedroom warm and dry.", True),
    ('Dad will stay with Kai in the park and keep him in sight.', True),
])
def test_goal_action_round12(engine, text, expected):
    assert shown(engine, text, 'action', 'goal') is expected


# BEHAVIOUR, classes: a label or judgement in verb clothes ('poses a risk', 'lost control of', 'lacks
# insight', 'cannot see how her choices affect'); and the deed told by its result in the passive with the adult
# who was elsewhere named ('was found alone while Mum was out'). Near misses: acts anyone saw.
@pytest.mark.parametrize("text, expected", [
    ('The teacher is worried that Dad poses a threat to Ava.', False),
    ('The social worker is worried that Mum has lost control of Kai and cannot manage him.', False),
    ('Professionals are worried that Mum presents as chaotic and low.', False),
    ('The health visitor is worried that Dad cannot see how his drinking affects Ivy.', False),
    ("Nan is worried that Mum's boyfriend presents a risk to the children.", False),
    ('We are worried that Dad is presenting as paranoid and unwell.', False),
    ('The school is worried that the parents do not understand how their rows affect Sam.', False),
    ('Mum lacks insight into the risks posed by her partner.', False),
    ('Dad has lost all control over the boys.', False),
    ("Mum's partner is thought to pose a risk of sexual harm.", False),
    ('The teacher is worried that Dad threw a chair at Ava on Monday.', True),
    ('Nan is worried that Mum lost her temper and slapped Kai across the face.', True),
    ('The health visitor is worried that Mum left Ivy alone in the bath on Tuesday.', True),
    ('The school is worried that Dad shouts at Sam and calls him stupid.', True),
    ('The police are worried because Ava (2) was found alone in the house at midnight while Mum was out drinking.', True),
    ('The school is worried because Kai (4) was left in the car outside the pub for two hours while Dad was inside.', True),
    ('Nan is worried because the children were locked in their bedroom all day while Mum slept.', True),
])
def test_worry_behaviour_round12(engine, text, expected):
    assert shown(engine, text, 'behaviour', 'worry') is expected


# OTHERS_KNOW, classes: a record made by photos or notes; a parent who will tell someone if 'you' do
# something; a named visitor beside the goal's own child; a check said not to happen is none; a review at a
# meeting stays no check (earlier sets mark it so).
@pytest.mark.parametrize("text, expected", [
    ('Mum will put Kai to bed at seven. Gran will visit every Sunday and take photos of his room.', True),
    ('Dad will walk Ava to school. The nursery will keep a daily diary and pass any worries on to the social worker.', True),
    ('Mum will take Leo to school every day. His attendance will be looked at at the review in March.', False),
    ('Dad will go outside when he is angry. Nan will tell the social worker if he shouts at Mia.', True),
    ('Mum will make tea each night. Her sister will phone the health visitor every week.', True),
    ('Dad will stay sober. Uncle Rob will message Jo each time he drops Ava off.', True),
    ('The police will not have to come to the flat again and the children will be safe.', False),
    ('Nobody will need to phone the police and Mum and Dad will not argue.', False),
    ('Mum will not need to call Nan for help in the night.', False),
    ('Dad will tell Kai a story every night at bedtime.', False),
    ('Cliff, you will walk away when Summer cries. Mum will phone the social worker if you shout at Summer.', True),
    ('Wes, you will go to the garden when you feel angry. Mum will let Jo know if you hit Ava.', True),
    ('Mum will make tea every night. Bright Start Nursery will keep a log of how Leo arrives and pass on any worries to the social worker.', True),
    ('Dad will bath Kai every night. Kerry, the family worker, will call in each fortnight and write down what she sees.', True),
    ('Dad will bath Kai every night. The health visitor will come every month and take pictures of the bathroom.', True),
    ('Mum will take Leo to school every day. This will be reviewed at the core group meeting each month.', False),
    ('Mum will take Leo to school every day. This will be looked at again.', False),
    ('Dad, you will not need to ring the police again.', False),
    ('Police will not need to be called to the flat again and Mum and Dad will not fight.', False),
    ('Dad, you and Leo need a safe kitchen. You will keep the knives in the top drawer and Leo will help you. Maria will visit every week and check the drawer with you.', True),
    ('Mum, you and Ava need a tidy home. You will clear one room a week. Joanne will visit each month and take photos of the rooms with Ava.', True),
    ('Mum, you and Ava need a tidy home. You will clear one room a week with Ava and Ava will take photos of her room.', False),
    ('Mum will get Ava up at seven. Greenfield Primary will text the health visitor if Ava is not in by nine.', True),
])
def test_goal_others_know_round12(engine, text, expected):
    assert shown(engine, text, 'others_know', 'goal') is expected


# TIMESCALE, class: a stage the child reaches ends a stretch ('until the baby is walking'), and a
# stretch gone through whole ('through the summer holidays'). Near misses: a moment in the day.
@pytest.mark.parametrize("text, expected", [
    ('Mum will do the night feeds until Ivy is sleeping through.', True),
    ('Dad will stay with Leo at bathtime until Leo can swim.', True),
    ('Nan will help every morning until the baby is walking.', True),
    ('This needs to carry on through the summer holidays.', True),
    ('This needs to happen until Ava starts school in September.', True),
    ('Mum will sterilise every bottle until Kai starts on solid food.', True),
    ('Dad will stay with Leo until he falls asleep.', False),
    ('Mum will sit with Ava until she has finished her tea.', False),
    ('Dad will wait at the gate until Kai goes in.', False),
    ('Gran will stay over on Fridays until the twins are crawling.', True),
    ('Dad will use the stair gate until Kai can climb the stairs safely.', True),
    ('Mum will stay with Leo until he is sleeping.', False),
    ('Dad will hold Ava until she can calm down.', False),
    ('Mum will be sober through the week.', False),
])
def test_goal_timescale_round12(engine, text, expected):
    assert shown(engine, text, 'timescale', 'goal') is expected


# EXPERIENCE, class: a fear the child lives with, lessened ('less scared'), is the child's experience;
# 'happier', 'more positive' alone stay a wish.
@pytest.mark.parametrize("text, expected", [
    ('Mum will walk Ava to school. Ava will feel calmer and less worried at home.', True),
    ('Dad will cook tea each night. Leo will be less hungry and more settled in class.', True),
    ('Mum will stay sober. Kai will feel safer and happier at home.', False),
    ('Mum will walk Ava to school. Mum will feel calmer and less worried.', False),
    ('Dad will stay calm at contact. Leo will feel less frightened when he sees Dad.', True),
    ('Mum will stop shouting. Ava will be less anxious and calmer at home.', True),
    ('Mum will stop shouting. Ava will be happier and more confident.', False),
    ('Mum will stop shouting. Ava will feel more positive.', False),
])
def test_goal_experience_round12(engine, text, expected):
    assert shown(engine, text, 'experience', 'goal') is expected


# IF_NOT, class: 'If it doesn't, <child> may need to stay with <carer>' when the model loses the clause;
# not when only a musing or vague harm follows.
@pytest.mark.parametrize("text, expected", [
    ("Mum will put Ava to bed at seven. If it doesn't happen, Ava may need to live with Gran.", True),
    ("Dad will stay sober at contact. If he doesn't, Leo might have to go and stay with his aunt.", True),
    ("Mum will keep the flat safe. If not, the children may have to move to Nan's.", True),
    ("Dad will walk Kai to school. If this doesn't, Kai may have to live with his gran for a while.", True),
    ("Mum, you will keep the gate shut. If you don't, Ava might need to go and stay with Auntie Jo.", True),
    ("Dad, you will stay sober at contact. If you don't, the social worker will review the plan.", False),
])
def test_goal_if_not_round12(engine, text, expected):
    assert shown(engine, text, 'if_not', 'goal') is expected


# CONTEXT, classes: a time set before the clause of an adult's act, which the model hangs on the clause
# before ('because on most days this term Dad has sent…'); a day named as the start of a stretch in which
# the harm has gone on ('since 2 June', 'Since Ava came home on 3 March'), not a professional's doings
# since then; an adult taking the child to gatherings ('took Ali to meetings at a house on Friday nights').
# Near misses: concerns raised since, a service's visits, the child at school, a parent's missed meetings.
@pytest.mark.parametrize("text, expected", [
    ('The head teacher is worried because on most days this term Dad has sent Brook (8) to school with no coat and no lunch.', True),
    ('The teacher is worried because Dad sent Ava to school with no coat on most days this month.', True),
    ('Nan is worried because Uncle Sam took Ali to meetings at a house in Leeds on Friday nights where men talked about violence.', True),
    ('The midwife is worried that Mum dilutes the feeds. Since Ava came home on 3 March she has gained only 50 grams.', True),
    ('Staff are worried because Leo (14) has run away from the unit six times since 2 June.', False),
    ('The social worker is worried. Since 3 May she has visited four times and nobody answered.', False),
    ("Since January concerns have been raised about the children's presentation.", False),
    ('Mrs Patel is worried about domestic abuse at home. On Monday Aryan came into class crying.', False),
    ('The social worker is worried because Dad did not come to the meetings at the family centre on 3 and 10 May.', False),
    ("The health visitor is worried that Mum waters down Kai's milk. Since Kai came home on 9 May he has lost weight.", True),
    ("The health visitor is worried that Mum waters down Kai's milk. Since 9 May the health visitor has visited three times.", False),
])
def test_worry_context_round12(engine, text, expected):
    assert shown(engine, text, 'context', 'worry') is expected


# IMPACT, class: a mark on a part of the child's body named with 'of' ('a bruise on the cheek of baby Kai'),
# as with 'his back' or 'Ava's arm'; a fall in the child's weight centile. Near misses: no harm to the child.
@pytest.mark.parametrize("text, expected", [
    ("The health visitor is worried that Mum dilutes the feeds. Baby Ava's weight has dropped from the 75th to the 25th centile.", True),
    ("The GP is worried that Dad forgets Leo's feeds. Leo has fallen from the 50th centile to the 2nd.", True),
    ('The nurse is worried because she saw a bruise on the cheek of baby Kai when she visited on 3 May.', True),
    ("The teacher is worried because she noticed fingertip bruises on Ava's upper arm on Monday.", True),
    ('The health visitor is worried that Mum does not take Ava to the clinic to be weighed.', False),
    ('The GP is worried that Dad is not giving Leo his inhaler.', False),
    ("The nursery is worried because staff saw burns on the back of Leo's hand and on the arm of his sister Mia.", True),
    ('The nursery is worried that Dad shouts at the back of the room during pick-up.', False),
])
def test_worry_impact_round12(engine, text, expected):
    assert shown(engine, text, 'impact', 'worry') is expected


# BEHAVIOUR, class: how an adult seemed, said as "presenting as" a state whose word the model reads as a
# verb ("presenting as traumatised"): a label, not an act. Near miss: a state on an occasion with an act.
@pytest.mark.parametrize("text, expected", [
    ("The school is worried that Dad is presenting as intoxicated and confused.", False),
    ("Health are worried that Mum presents as depressed and withdrawn.", False),
    ("Dad is presenting as stressed and agitated and there are worries about the home.", False),
    ("The school is worried that Dad arrived drunk at the gate on Monday and shouted at Ava.", True),
])
def test_worry_presenting_as_round12(engine, text, expected):
    assert shown(engine, text, 'behaviour', 'worry') is expected
