"""Parts of a statement, round 14 (issue 11 §5): each class of miss on parts_test13 is named in one
line, then written in my own wordings (other verbs, subjects, tenses, voice and order) with near
misses that must not fire. None is a test-set phrase, name or row."""
from __future__ import annotations

import pytest
from report_helpers import shown


# IMPACT, class: the harm shows in the child's body or care, said as what has happened: a reading
# that fell ("her oxygen levels dropped"), a body state seen ("he was floppy and grey"), a hospital
# stay or a treatment the harm made needed ("was admitted to hospital twice", "had four teeth taken
# out"), sleep lost ("has barely slept"). Near misses: what could happen, an adult's body, good news,
# a routine visit, the body of someone else's child.
@pytest.mark.parametrize("text, expected", [
    ("Dad turned off the pump at night. In the mornings Leo's blood sugar had dropped and he was floppy.", True),
    ("Mum left the heater off all winter. Ava has been admitted to hospital three times with chest infections.", True),
    ("Nobody brushed Kai's teeth for two years, and he has had six teeth pulled out under anaesthetic.", True),
    ("Dad lifted Mia out of the incubator while drunk, and her heart rate fell sharply.", True),
    ("After Dad shouted at Mum all night, Ivy was pale and shaking at breakfast.", True),
    ("Mum gave Finn no insulin over the weekend; on Monday he was drowsy and was rushed to hospital.", True),
    ("Since Dad left the gas on, Jo has hardly slept.", True),
    ("Mum's partner hit Sam on the head; Sam was taken to A&E by ambulance.", True),
    ("Dad did not give Noor her feeds, and her weight fell from the 50th to the 9th centile.", True),
    ("Mum forgot Ella's inhaler for a week and Ella's oxygen levels were low when she got to school.", True),
    ("Dad smoked cannabis beside Ty's cot. Ty was lethargic and limp when the nurse came.", True),
    ("Mum has been drinking. If nothing changes, Leo could be admitted to hospital.", False),
    ("Dad drinks every night. Mum was admitted to hospital after he pushed her.", False),
    ("Mum now feeds Noor on time. Noor's weight has risen to the 50th centile.", False),
    ("Dad drinks in the evenings. Kai's blood sugar could drop if nobody checks it.", False),
    ("Mum shouts at Ivy. Mum's blood pressure was low at her check-up.", False),
])
def test_impact_round14(engine, text, expected):
    assert shown(engine, text, "impact", "worry") is expected


# BEHAVIOUR, class: an adult's act told through a witness in the passive ("Dad was seen drinking on
# the towpath", "Mum was heard screaming at Ava") is that adult's act; and the witness's own
# seeing ("the child was seen by a neighbour") is nobody's behaviour. Near misses: the child seen,
# a professional's visit, a guess.
@pytest.mark.parametrize("text, expected", [
    ("Nan is worried. Dad was seen by a neighbour drinking cans in the park while Leo played by the pond.", True),
    ("Mum was heard screaming at Ava through the wall on Friday night.", True),
    ("Dad has been seen driving with Kai in the car after drinking.", True),
    ("Mum's partner was spotted smoking cannabis in the kitchen with the baby on his lap.", True),
    ("Last week Dad was seen hitting Rosie at the school gate.", True),
    ("Mum was found asleep on the sofa at midday with Noor crying upstairs.", True),
    ("Grandad was overheard calling Tia stupid and useless.", True),
    ("Dad was observed shaking the pram hard in the waiting room.", True),
    ("Mum has been seen leaving Jo alone in the flat at night.", True),
    ("Mum's boyfriend was heard threatening to hurt the children.", True),
    ("Kai (7) was seen by a neighbour climbing on the garage roof.", False),
    ("Ava was seen by the school nurse on Monday.", False),
    ("Ella (6) was found by a neighbour wandering in the road.", False),
    ("The family were seen by the social worker at home.", False),
    ("Leo was heard crying by the teacher.", False),
])
def test_behaviour_witness_round14(engine, text, expected):
    assert shown(engine, text, "behaviour", "worry") is expected


# BEHAVIOUR, class: what happened to an adult (a death, a birth, an illness) or what an adult
# thinks or believes ("Dad holds extreme views") is not an act anyone saw done to or around the
# child. Near misses: an act beside it, said in the same sentence or another.
@pytest.mark.parametrize("text, expected", [
    ("Leo (9) lost his dad in March when he passed away.", False),
    ("Ava's mum died last year and Ava now lives with her grandad.", False),
    ("Dad is believed to hold racist views.", False),
    ("Mum holds strong beliefs about medicine.", False),
    ("Kai's father passed away suddenly in 2022.", False),
    ("Dad holds extreme views and shows Kai videos of men being beaten.", True),
    ("Since Nan died, Mum has been leaving Ivy alone at night.", True),
    ("Dad held Ava upside down by her ankles on Sunday.", True),
    ("Mum's partner held Finn's head under the water in the bath.", True),
    ("After Grandad passed away, Dad started hitting Jo with a belt.", True),
])
def test_behaviour_events_round14(engine, text, expected):
    assert shown(engine, text, "behaviour", "worry") is expected


# EXPERIENCE (goal), class: a general outcome with nothing from the child's day ("will thrive",
# "will flourish", "will do well", "will be safe from harm", "will reach her potential") is a wish.
# Near misses: the child's day or feelings said plainly.
@pytest.mark.parametrize("text, expected", [
    ("Mum will cook tea every night. Leo will thrive.", False),
    ("Dad will keep the flat warm. Ava will flourish at home.", False),
    ("Mum will walk Kai to school. Kai will do well.", False),
    ("Dad will not show Tom violent videos. Tom will be safe from harm.", False),
    ("Nan will read with Ivy each night. Ivy will reach her full potential.", False),
    ("Mum will cook tea every night. Leo will eat with Mum at the table and feel full at bedtime.", True),
    ("Dad will keep the flat warm. Ava will sleep in a warm bed and wake up without a cough.", True),
    ("Nan will read with Ivy each night. Ivy will fall asleep knowing Nan is downstairs.", True),
    ("Mum will lock the door at night. Jo will sleep without pushing her bed against the door.", True),
    ("Dad will sit with Tom after school. Tom will laugh and talk about his day.", True),
])
def test_experience_round14(engine, text, expected):
    assert shown(engine, text, "experience", "goal") is expected


# ACTION (goal), class: a verb that only says when (a time clause: "until she turns 16", "once he
# is 18") or that sits under a negated adult verb ("Mum will not make the children wash") is not
# what the adults will do. Near misses: the adult's own act beside it.
@pytest.mark.parametrize("text, expected", [
    ("Jo to live with her aunt until she turns 18. Jo to go to college.", False),
    ("Kai to stay in foster care until he reaches 16.", False),
    ("Mum will not force the children to shower three times a day.", False),
    ("Dad will not make Ivy clean the house.", False),
    ("Mum will not let the girls stay up late. Mum to engage with the clinic.", False),
    ("Mum will walk Kai to school each morning until he turns 11.", True),
    ("Dad will bath Ivy every night and read her a story until she is asleep.", True),
    ("Mum will not make Ivy clean the house; instead Mum will do the washing up each evening.", True),
    ("Nan will stay over on Fridays until Dad is home from work, and Dad will cook tea.", True),
    ("Mum will let the girls play outside after tea and will watch them from the window.", True),
])
def test_action_round14(engine, text, expected):
    assert shown(engine, text, "action", "goal") is expected


# OTHERS KNOW (goal), class: someone outside the acting adults asks the child, at a set time, who
# did or what happened ("will ask the girls who looked after them", "will ask Kai where he slept").
# Near misses: a parent asking, asking for help, asking the child to do something.
@pytest.mark.parametrize("text, expected", [
    ("Mum will be home by six. Mr Ali will ask the girls at each school visit who looked after them.", True),
    ("Dad will stay sober. Kai's teacher will ask him on Mondays where he slept at the weekend.", True),
    ("Mum will cook tea. The school nurse will ask Ivy each week whether she has had breakfast.", True),
    ("Dad will put Leo to bed. Nan will ask Leo every Sunday who put him to bed.", True),
    ("Mum will keep Jo away from Mr Price. The youth worker will ask Jo after each weekend whether anyone "
     "has hurt her.", True),
    ("Mum will cook tea. Mum will ask Nan to help on Fridays.", False),
    ("Dad will sit with Kai after school. Kai's teacher will ask him to read aloud.", False),
    ("Mum will be home by six. Mum will ask the girls who wants pizza.", False),
    ("Dad will stay sober. Nan will ask Dad to drive her to the shops.", False),
    ("Mum will keep the house warm. Mum will ask the landlord to fix the boiler.", False),
])
def test_others_know_round14(engine, text, expected):
    assert shown(engine, text, "others_know", "goal") is expected


# BEHAVIOUR, class: an adult's harm to themselves in front of or near the child ("took an overdose
# of her tablets", "took all of his pills") is an act, not following treatment. Near misses: taking
# medication as prescribed.
@pytest.mark.parametrize("text, expected", [
    ("On Sunday Mum took an overdose of her tablets in the kitchen while Ivy (8) was upstairs.", True),
    ("Dad took an overdose of painkillers at home last month and Kai found him.", True),
    ("Mum took all of her sleeping tablets on Friday night while Leo (6) was in the flat.", True),
    ("Mum takes her medication as prescribed.", False),
    ("Dad has taken his tablets every day since March.", False),
])
def test_behaviour_overdose_round14(engine, text, expected):
    assert shown(engine, text, "behaviour", "worry") is expected


# OTHERS KNOW (goal), class: someone outside the acting adults watches the adults do the step
# ("will watch you make a bottle on her visits"). Near misses: a parent watching the child
# (minding), a helper watching the child play.
@pytest.mark.parametrize("text, expected", [
    ("Mum, you need to feed Noor safely. The health visitor will watch you make a bottle on her visits.", True),
    ("Dad, you need to bath Ivy safely. Nan will watch you bath Ivy on Sunday nights.", True),
    ("Mum, you need to change Leo's dressing each day. The nurse will watch Mum change it on Mondays.", True),
    ("Mum, you need to keep Kai safe at the park. You will watch Kai play on the swings.", False),
    ("Dad, you need to keep Ivy safe. Nan will watch Ivy play in the garden.", False),
])
def test_others_know_watching_round14(engine, text, expected):
    assert shown(engine, text, "others_know", "goal") is expected


# EXPERIENCE (goal), class: the child's moment when the model gives the verb no subject ("Holly
# and Joy will fall asleep…"). Near miss: an adult's step.
@pytest.mark.parametrize("text, expected", [
    ("Mum will stay with Holly (6) and Joy (4) at night. Nan will sit with the girls. Mr Lee will ask the girls "
     "each week who looked after them. Holly and Joy will fall asleep knowing Nan is there.", True),
    ("Mum will stay with Holly (6) and Joy (4) at night. Nan will sit with the girls. Mr Lee will ask the girls "
     "each week who looked after them.", False),
])
def test_experience_subject_round14(engine, text, expected):
    assert shown(engine, text, "experience", "goal") is expected


# NETWORK (goal), class: a service named by its title ("support from the Riverside Carers Network")
# or a worker named by a job word ("his youth mentor") is not the family's own network. Near misses:
# the family network, a named relative, a friend.
@pytest.mark.parametrize("text, expected", [
    ("Parents to access support from the Hillside Family Network. Kai will be safe.", False),
    ("Leo to engage with his youth mentor and attend all sessions.", False),
    ("Mum to get help from the Young Carers Project every week.", False),
    ("Dad will take advice from the Rural Support Network on keeping the yard safe.", False),
    ("Mia will meet her Prevent mentor weekly.", False),
    ("Mum, you and Leo need calm evenings. Nan will come round on Fridays to help with tea.", True),
    ("Dad, you need Ivy to be safe. Your friend Sean will have Ivy on Saturday mornings.", True),
    ("Mum, you and Kai need a break. Auntie Jo will take Kai swimming every Sunday.", True),
    ("Dad, you need support at home. The family network will take turns to have Leo after school.", True),
    ("Mum, you need help with mornings. Your neighbour Pam will walk Ava to school on Mondays.", True),
])
def test_network_services_round14(engine, text, expected):
    assert shown(engine, text, "network", "goal") is expected


# IMPACT, class: a service's record or procedure said with an impact word ("behind with his
# jabs", "was stop searched") is not what the child lived through. Near misses: behind at school,
# stopped eating, and a real impact beside it.
@pytest.mark.parametrize("text, expected", [
    ("Dad does not take Kai to the GP. Kai (3) is behind with his immunisations.", False),
    ("Mum has moved six times. Ivy (2) is behind on her vaccinations and health checks.", False),
    ("Leo (15) was stop searched by police on 3 May and found with cannabis.", False),
    ("Mum has not registered Noor with a dentist, and Noor is behind with her jabs.", False),
    ("Police stopped and searched Ty (16) outside the shop on Friday.", False),
    ("Dad keeps Kai up until 2am, and Kai (9) is behind at school and falls asleep in class.", True),
    ("Since Dad left, Leo (6) has stopped eating his tea and cries at night.", True),
    ("Mum shouts at Ivy every morning; Ivy (7) is behind with her reading and says she feels stupid.", True),
    ("Dad hit Mum in front of Ty (5); Ty stopped talking for a week.", True),
    ("Mum does not take Noor to the clinic. Noor (1) is behind with her jabs and has had a bad cough for "
     "a month.", True),
])
def test_impact_records_round14(engine, text, expected):
    assert shown(engine, text, "impact", "worry") is expected


# FUTURE (worry), class: a service word in the condition ("if Mum stops her plan", "with no plan",
# "if the review finds…") does not undo the harm said under the modal ("Ivy could go hungry"). Near
# misses: the service's response itself under the modal (court, a plan, a review, "significant harm").
@pytest.mark.parametrize("text, expected", [
    ("Dad drinks at night. If Dad becomes unwell again with no plan, Ivy (6) could go without food and be "
     "frightened.", True),
    ("Mum shouts at Kai (4). If Mum stops following her care plan, Kai could be hit again.", True),
    ("Dad leaves Leo (3) alone. If nothing changes and there is no safety plan, Leo could fall down the stairs.", True),
    ("Mum hits Ava (5). If the plan breaks down, Ava could be badly hurt.", True),
    ("Dad drinks every night. If there is no plan in place when Dad drinks, Jo (8) could be left alone all "
     "night and get hurt.", True),
    ("Mum hits Ava (5). If nothing changes, the case could go to court.", False),
    ("Dad drinks every night. If nothing changes, Jo (8) could suffer significant harm.", False),
    ("Mum leaves Kai (2) alone. If nothing changes, Kai may need a child protection plan.", False),
    ("Dad drinks. If this carries on, the local authority may seek to initiate proceedings for Ivy (4).", False),
    ("Mum shouts at Leo (5). If nothing changes, the case may be reviewed at conference.", False),
])
def test_future_condition_round14(engine, text, expected):
    assert shown(engine, text, "future", "worry") is expected


# ACTION (goal), class: word or forms sent to a service ("to notify the Local Authority", "inform
# Children's Services of any move", "register Kai with a GP") are paperwork, not what the adults
# will do at home. Near misses: telling family, a story, a real act beside it.
@pytest.mark.parametrize("text, expected", [
    ("Mr Hall to notify the Local Authority of the private arrangement.", False),
    ("Dad to inform Children's Services of any change of address.", False),
    ("Mum to register Leo with a GP and a dentist.", False),
    ("Mum will tell the social worker about any new partner.", False),
    ("Parents to report any incidents to the police.", False),
    ("Mum will tell Nan when she needs a break, and Nan will have Leo on Saturdays. Mum will cook tea "
     "with Leo every night.", True),
    ("Dad will read Ivy a story at bedtime every night.", True),
    ("Mum will tell the school if Kai is ill. Mum will walk Kai to the gate every morning.", True),
    ("Dad will register Kai for swimming lessons and take him every Saturday.", True),
    ("Mum will contact Nan each evening and ask her to sit with the girls while Mum works.", True),
])
def test_action_paperwork_round14(engine, text, expected):
    assert shown(engine, text, "action", "goal") is expected
