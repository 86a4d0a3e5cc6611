"""Round 16 (goals16): compliance and absence of harm, and false alarms on good statements, class
by class. Each class is named in one line, with wordings of our own (tense, voice, negation,
subject, profession, inflection) and near misses that must stay clean, written before the code
that catches them. Each case: (kind, text, code, words, fires), as in test_goal_classes15.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

COMPLIANCE = ("SOS511",)
ABSENCE = ("SOS512",)

# C16a: a meeting with, or help sought from, a professional or service set as the goal's deed
# ("meet with the probation officer", "seek advice from the health visitor"): being in front of a
# worker is not what will be different at home. Meeting the child, or help from the family, is.
MEETING_A_WORKER = [
    ("goal", "Dad will meet with his probation officer every fortnight.", COMPLIANCE, "meet with his probation officer", True),
    ("goal", "Ms Kaur is to meet the family support worker weekly.", COMPLIANCE, "meet the family support worker", True),
    ("goal", "Mum has agreed to see the housing officer about the damp.", COMPLIANCE, "see the housing officer", True),
    ("goal", "Dad to consult his GP about his memory.", COMPLIANCE, "consult his GP", True),
    ("goal", "Mr Lee will seek help from the drug service for his heroin use.", COMPLIANCE, "seek help from the drug service", True),
    ("goal", "Mother to seek advice from the health visitor regarding weaning.", COMPLIANCE, "seek advice from the health visitor", True),
    ("goal", "Both carers will request support from the Local Authority.", COMPLIANCE, "request support from the Local Authority", True),
    ("goal", "Dad must obtain guidance from the school nurse about Ivy's inhaler.", COMPLIANCE, "obtain guidance from the school nurse", True),
    ("goal", "Mum will ask her midwife for help with her low mood.", COMPLIANCE, "ask her midwife for help", True),
    ("goal", "Mr Barry will be meeting with the YOT worker twice a week.", COMPLIANCE, "meeting with the YOT worker", True),
    ("goal", "Parents to meet regularly with the social worker.", COMPLIANCE, "meet regularly with the social worker", True),
    # Near misses: meeting the child or the family, help from the family, the worker's own act.
    ("goal", "Dad will meet Leo from school every Tuesday.", COMPLIANCE, "meet Leo", False),
    ("goal", "Mum will see Ivy at Nan's house every Saturday.", COMPLIANCE, "see Ivy", False),
    ("goal", "Mum will ask Nan for help when she feels low.", COMPLIANCE, "ask Nan for help", False),
    ("goal", "Dad will seek help from his brother Sam when he wants a drink.", COMPLIANCE, "seek help from his brother", False),
    ("goal", "The social worker will meet Jay at school each month and ask how he is.", COMPLIANCE, "meet Jay", False),
    ("goal", "Leo will see his friends at football club on Saturdays.", COMPLIANCE, "see his friends", False),
    # Found while checking every earlier set (good_test13): the child taken to see a worker is care.
    ("goal", "Mum will take Leo to see the GP whenever he has a temperature.", COMPLIANCE, "see the GP", False),
    ("goal", "Dad will bring Ivy to see the optician in May and help her wear her glasses.", COMPLIANCE, "see the optician", False),
]

# C16b: proof for a service produced as the goal ("provide clean tests", "give negative samples"):
# a sample or a test result exists only for the worker who reads it.
PROOF_GIVEN = [
    ("goal", "Mum to provide clean drug tests every month.", COMPLIANCE, "provide clean drug tests", True),
    ("goal", "Dad will give negative urine samples each week.", COMPLIANCE, "give negative urine samples", True),
    ("goal", "Mr Hale is to produce negative hair strand tests.", COMPLIANCE, "produce negative hair strand tests", True),
    ("goal", "Both parents will submit to random breath tests.", COMPLIANCE, "submit to random breath tests", True),
    ("goal", "Ms Obi has provided three clean samples since May.", COMPLIANCE, "provided three clean samples", True),
    ("goal", "Carly will supply saliva tests at each visit.", COMPLIANCE, "supply saliva tests", True),
    ("goal", "Dad to continue providing negative tests.", COMPLIANCE, "providing negative tests", True),
    ("goal", "Mum will return clean screens to the drug service.", COMPLIANCE, "return clean screens", True),
    ("goal", "Stepdad will give a blood sample for alcohol testing every month.", COMPLIANCE, "give a blood sample", True),
    ("goal", "The parents are to produce clear drug screens.", COMPLIANCE, "produce clear drug screens", True),
    # Near misses: the child's school tests, things given to the child.
    ("goal", "Leo will practise for his spelling test with Dad every evening.", COMPLIANCE, "spelling test", False),
    ("goal", "Mum will give Ivy a sample of each new food at tea time.", COMPLIANCE, "give Ivy a sample", False),
    ("goal", "Dad will help Amir revise for his maths test each Sunday.", COMPLIANCE, "maths test", False),
    ("goal", "Nan will give Ruby a clean towel after her bath.", COMPLIANCE, "give Ruby a clean towel", False),
    ("goal", "Mum will check the smoke alarm with a test each Monday.", COMPLIANCE, "test", False),
]

# C16c: a service's paper followed as the goal ("follow his behaviour contract", "stick to the
# written agreement", "abide by the bail conditions"): obeying a document, not everyday care.
PAPER_FOLLOWED = [
    ("goal", "Mark will follow his behaviour contract.", COMPLIANCE, "follow his behaviour contract", True),
    ("goal", "Dad will stick to the written agreement.", COMPLIANCE, "stick to the written agreement", True),
    ("goal", "Mr Ross to keep to his bail conditions.", COMPLIANCE, "keep to his bail conditions", True),
    ("goal", "Mum will abide by the contact agreement.", COMPLIANCE, "abide by the contact agreement", True),
    ("goal", "Jaden is to follow his acceptable behaviour contract at school.", COMPLIANCE, "follow his acceptable behaviour contract", True),
    ("goal", "Both parents are following the working agreement.", COMPLIANCE, "following the working agreement", True),
    ("goal", "Dad has kept to his licence conditions since March.", COMPLIANCE, "kept to his licence conditions", True),
    ("goal", "Ms Patel will respect the terms of the non-molestation order.", COMPLIANCE, "respect the terms", True),
    ("goal", "The carers to follow the recommendations of the paediatrician.", COMPLIANCE, "follow the recommendations", True),
    ("goal", "Mum will sign and follow a parenting contract.", COMPLIANCE, "follow a parenting contract", True),
    # Near misses: home routines and things the family wrote or chose.
    ("goal", "Dad will follow Ivy's bedtime routine every night.", COMPLIANCE, "follow Ivy's bedtime routine", False),
    ("goal", "Mum will follow the recipe card Nan wrote for Leo's packed lunch.", COMPLIANCE, "follow the recipe card", False),
    ("goal", "Leo will stick to the path when he walks to school with Sam.", COMPLIANCE, "stick to the path", False),
    ("goal", "Dad will keep to the speed limit when he drives the children.", COMPLIANCE, "keep to the speed limit", False),
    ("goal", "Mum will follow Ava upstairs and sit with her until she sleeps.", COMPLIANCE, "follow Ava", False),
]

# C16d: a service's measure of the child or adult said to improve as the goal ("attendance and
# punctuality to improve", "engagement will increase"): a figure a service keeps, not a deed.
MEASURE_IMPROVES = [
    ("goal", "Sunny's attendance and punctuality to improve to 95%.", COMPLIANCE, "attendance and punctuality to improve", True),
    ("goal", "Kayla's punctuality will improve this term.", COMPLIANCE, "punctuality will improve", True),
    ("goal", "Dad's engagement with the drug service is to increase.", COMPLIANCE, "engagement", True),
    ("goal", "Mum's compliance with the plan will improve.", COMPLIANCE, "compliance with the plan will improve", True),
    ("goal", "The children's school attendance to rise above 90%.", COMPLIANCE, "attendance to rise", True),
    ("goal", "Attendance at nursery will increase to four days a week.", COMPLIANCE, "Attendance at nursery will increase", True),
    ("goal", "Levi's attendance and timekeeping should improve by Easter.", COMPLIANCE, "attendance and timekeeping should improve", True),
    ("goal", "Mr Hunt's cooperation with professionals will improve.", COMPLIANCE, "cooperation with professionals will improve", True),
    ("goal", "Parental engagement to improve.", COMPLIANCE, "engagement to improve", True),
    ("goal", "Jo's punctuality has improved and must continue to improve.", COMPLIANCE, "punctuality", True),
    # Near misses: the child's own life getting better.
    ("goal", "Leo's reading will improve because Dad reads with him every night.", COMPLIANCE, "reading will improve", False),
    ("goal", "Ivy's sleep will improve once she has her own bed.", COMPLIANCE, "sleep will improve", False),
    ("goal", "Mum's mood will lift as she walks with Nan each morning.", COMPLIANCE, "mood will lift", False),
    ("goal", "Amir's confidence will grow as he goes to cubs with his cousin.", COMPLIANCE, "confidence will grow", False),
    ("goal", "Ruby's weight will increase as Mum gives her three meals a day.", COMPLIANCE, "weight will increase", False),
]

# C16e: a medical or legal compliance state ("remain concordant with her medication", "stay
# compliant", "be fully cooperative"): obedience said as a state, not what the adult does.
COMPLIANT_STATE = [
    ("goal", "Ms Adeyemi to remain concordant with her mood stabiliser.", COMPLIANCE, "remain concordant", True),
    ("goal", "Dad will stay compliant with his medication.", COMPLIANCE, "stay compliant", True),
    ("goal", "Mum is to be fully compliant with the treatment plan.", COMPLIANCE, "be fully compliant", True),
    ("goal", "Mr Doyle will remain adherent to his antipsychotic medication.", COMPLIANCE, "remain adherent", True),
    ("goal", "Parents will be cooperative with all professionals.", COMPLIANCE, "be cooperative", True),
    ("goal", "Aunty Grace to remain compliant with the special guardianship plan.", COMPLIANCE, "remain compliant", True),
    ("goal", "Mother must become concordant with her prescribed medication.", COMPLIANCE, "become concordant", True),
    ("goal", "Father has been compliant with his licence.", COMPLIANCE, "been compliant", True),
    ("goal", "Dad will keep compliant with his tablets.", COMPLIANCE, "keep compliant", True),
    ("goal", "Mum to stay co-operative with the health visitor.", COMPLIANCE, "stay co-operative", True),
    # Near misses: calm, sober, kind: everyday ways of being (sober is absence, not compliance).
    ("goal", "Dad will stay calm and walk away when Leo shouts.", COMPLIANCE, "stay calm", False),
    ("goal", "Mum will remain patient at bath time and sing with Ivy.", COMPLIANCE, "remain patient", False),
    ("goal", "Nan will be available to collect Ruby every Friday.", COMPLIANCE, "be available", False),
    ("goal", "Dad will be kind and gentle when he bathes Ava.", COMPLIANCE, "be kind", False),
    ("goal", "Mum will stay close to Leo at the park.", COMPLIANCE, "stay close", False),
]

# A16a: a "will not" whose only companion is obedience to a service ("will not let Kai work and
# will adhere to the law"), not an everyday act instead: still the absence of harm.
OBEDIENCE_NO_ALTERNATIVE = [
    ("goal", "Father will not allow Joe to work in the shop on school nights and will adhere to the law on child workers.",
     ABSENCE, "will not allow Joe to work", True),
    ("goal", "Mum will not let Ray into the flat and will comply with the written agreement.", ABSENCE, "will not let Ray", True),
    ("goal", "Dad will not drink at home and will engage with the alcohol service.", ABSENCE, "will not drink", True),
    ("goal", "Mr Bell will not contact Zoe and will abide by his licence conditions.", ABSENCE, "will not contact Zoe", True),
    ("goal", "Ms Wood will not leave Jack alone and will cooperate with the social worker.", ABSENCE, "will not leave Jack", True),
    ("goal", "Stepdad will not smoke cannabis in the house and will attend his appointments.", ABSENCE, "will not smoke", True),
    ("goal", "The parents will not argue in front of Ella and will co-operate with the plan.", ABSENCE, "will not argue", True),
    ("goal", "Gran will not give Max alcohol and will conform to the agreement.", ABSENCE, "will not give Max alcohol", True),
    ("goal", "Dad will not hit Leo and will engage with the parenting programme.", ABSENCE, "will not hit Leo", True),
    ("goal", "Mum will not take Ivy to the pub and will comply with the safety plan.", ABSENCE, "will not take Ivy", True),
    # Near misses: an everyday act joined to the "will not" is the alternative.
    ("goal", "Dad will not drive the children after a drink, and will ask Nan to drive them.", ABSENCE, "will not drive", False),
    ("goal", "Mum will not leave Jack alone and will take him with her to the shop.", ABSENCE, "will not leave Jack", False),
    ("goal", "Dad will not shout at Ella; he will go into the garden and count to ten.", ABSENCE, "will not shout", False),
    ("goal", "Mum will not open the door to Ray; Nan will answer it and send him away.", ABSENCE, "will not open the door", False),
    ("goal", "Dad will not smoke indoors, and will smoke only in the garden with the back door shut.", ABSENCE, "will not smoke", False),
]

# A16b: a verbless "No …" line as the goal ("No missed doses.", "No further incidents."): the
# absence of a lapse or of harm, with no deed in it.
NO_FRAGMENT = [
    ("goal", "Mum will give Destiny her tablets at breakfast. No missed doses.", ABSENCE, "No missed doses", True),
    ("goal", "Dad will read with Leo every night. No further incidents.", ABSENCE, "No further incidents", True),
    ("goal", "Mum will walk Ivy to school. No more late arrivals.", ABSENCE, "No more late arrivals", True),
    ("goal", "Nan will stay over on Fridays. No unexplained bruises.", ABSENCE, "No unexplained bruises", True),
    ("goal", "Dad will cook tea at six. No police call-outs to the flat this term.", ABSENCE, "No police call-outs", True),
    ("goal", "Mum will check Ruby's bag each morning. No missed appointments.", ABSENCE, "No missed appointments", True),
    ("goal", "Dad will sleep at Nan's when he drinks. No domestic incidents in front of the children.", ABSENCE, "No domestic incidents", True),
    ("goal", "Mum will give Amir his insulin at 8am. No missed injections or hospital admissions.", ABSENCE, "No missed injections", True),
    ("goal", "Leo will go to school each day. No exclusions this year.", ABSENCE, "No exclusions", True),
    ("goal", "Dad will keep the knives in the locked drawer. No further injuries.", ABSENCE, "No further injuries", True),
    # Near misses: amounts, times and answers.
    ("goal", "Leo will have screen time after tea. No more than an hour a night.", ABSENCE, "No more than an hour", False),
    ("goal", "Mum will collect Ivy from nursery. No later than 5pm each day.", ABSENCE, "No later than 5pm", False),
    ("goal", "Dad will take Ava swimming on Saturday mornings at no cost.", ABSENCE, "no cost", False),
    ("goal", "Mum will ring Nan each evening, no matter how she feels.", ABSENCE, "no matter", False),
    ("goal", "Nan will have Ruby on Sundays. No problem is too small to ring her about.", ABSENCE, "No problem", False),
]

# A16c: contact said not to be had ("will not have any further contact", "have no unsupervised
# contact", under "ensure that"): the absence of a meeting, with nothing anyone does.
NO_CONTACT = [
    ("goal", "Bonnie will not have any further contact with the father of the baby.", ABSENCE, "will not have any further contact", True),
    ("goal", "Mum will ensure that Lily and Jay have no unsupervised contact with any lodger.", ABSENCE, "have no unsupervised contact", True),
    ("goal", "Mr Grey is not to have any contact with Tia.", ABSENCE, "have any contact", True),
    ("goal", "Dad must make sure the boys have no contact with Uncle Pete.", ABSENCE, "have no contact", True),
    ("goal", "Ava won't have any contact with Liam again.", ABSENCE, "have any contact", True),
    ("goal", "Mum will ensure Kai has no further contact with the older boys.", ABSENCE, "has no further contact", True),
    ("goal", "Grandad will not have any unsupervised contact with the twins.", ABSENCE, "have any unsupervised contact", True),
    ("goal", "The children will not have contact with Mr Shaw.", ABSENCE, "have contact", True),
    ("goal", "Mum to ensure that Leo has no contact with his stepfather.", ABSENCE, "has no contact", True),
    ("goal", "Jess will no longer have any contact with Callum.", ABSENCE, "have any contact", True),
    # Near misses: contact that happens, and contact arranged.
    ("goal", "Dad will have contact with Leo every Saturday at the family centre.", ABSENCE, "have contact", False),
    ("goal", "Mum will have Ruby's contact book ready each Friday.", ABSENCE, "contact book", False),
    ("goal", "Nan will have phone contact with Ivy every evening at six.", ABSENCE, "phone contact", False),
    ("goal", "Jay will keep in contact with his sister by video call on Sundays.", ABSENCE, "contact", False),
    ("goal", "Mum will give the school a contact number for Nan.", ABSENCE, "contact number", False),
]

# A16d: a past act said not to happen again ("will not shoplift again", "will never hit Mum
# again"), with nothing done instead in the same or the next sentence.
NOT_AGAIN = [
    ("goal", "Blessing will not shoplift again and understands the consequences of her actions.", ABSENCE, "will not shoplift again", True),
    ("goal", "Dad will never hit Mum again.", ABSENCE, "never hit Mum again", True),
    ("goal", "Kai won't run off from school again. Kai's head of year will be told about this plan.", ABSENCE, "won't run off from school again", True),
    ("goal", "Mr Finn will not drink and drive with the children again.", ABSENCE, "will not drink and drive", True),
    ("goal", "Mum is not to leave the baby alone in the bath again.", ABSENCE, "not to leave the baby", True),
    ("goal", "Stepdad will not use physical chastisement again.", ABSENCE, "will not use physical chastisement again", True),
    ("goal", "Jamie will not carry a knife again.", ABSENCE, "will not carry a knife again", True),
    ("goal", "The parents must not fight in front of Ella again.", ABSENCE, "must not fight", True),
    ("goal", "Mum will never let Ray stay over again.", ABSENCE, "never let Ray stay over again", True),
    ("goal", "Aunty Rose will not smack Toby again and knows this is wrong.", ABSENCE, "will not smack Toby again", True),
    # Near misses: the deed instead, in the same or the next sentence; or the child spared.
    ("goal", "Dad will never hit Mum again. When he feels angry, he will go to his brother's flat until he is calm.", ABSENCE, "never hit Mum again", False),
    ("goal", "Mum will not leave Ivy alone again; Nan will sit with her whenever Mum goes out.", ABSENCE, "will not leave Ivy alone again", False),
    ("goal", "Dad will not drive after drinking again. He will leave the car keys with Nan at weekends.", ABSENCE, "will not drive after drinking again", False),
    ("goal", "Dad will read with Leo every night, and Leo will not have to worry about Dad shouting again.", ABSENCE, "not have to worry", False),
    ("goal", "Mum will walk Ava to school every day and Ava will not be late again.", ABSENCE, "not be late again", False),
]

# A16e (shared test): a because/as/since clause in which a person will act gives the deed as the
# reason, for any absence-of-harm reading, not only harm said to lessen.
DEED_AS_REASON = [
    ("goal", "Dad will not drink on Saturdays because he will be taking Leo to football.", ABSENCE, "will not", False),
    ("goal", "The shouting will stop because Mum and Dad will talk in the kitchen with the door shut when they disagree.",
     ABSENCE, "shouting will stop", False),
    ("goal", "Ivy will not be left alone as Nan will stay at the flat every evening.", ABSENCE, "will not", False),
    ("goal", "The arguments will end since Dad will move to his brother's flat in May.", ABSENCE, "arguments will end", False),
    ("goal", "Mum will not take Kai to the pub because Nan will have him on Friday nights.", ABSENCE, "will not", False),
    # Still fired: a reason with nobody acting, or no reason at all.
    ("goal", "Dad will not drink because everyone will be happier.", ABSENCE, "will not", True),
    ("goal", "The fighting will stop because it is bad for Ella.", ABSENCE, "fighting will stop", True),
    ("goal", "Dad will not drink at home.", ABSENCE, "will not", True),
]

# F16a: "the children" on a statement that names two or more children (joined by "and"): a word
# for them all, not a report word standing for one child.
CHILDREN_NAMED = [
    ("goal", "Dad, Storm and Summer need to travel only with a sober driver. You will not drive the children after a drink; "
             "Nanna Jean will drive them instead. Storm and Summer will feel safe.", ("SOS402",), "the children", False),
    ("goal", "Mum, River and Autumn need a warm home. You will keep the heating on for the children every evening. "
             "River and Autumn will feel warm.", ("SOS402",), "the children", False),
    ("worry", "Mrs Shah is worried that Dad left Ivy (4) and Noah (6) alone overnight. The children were found crying at 7am.",
     ("SOS402",), "The children", False),
    ("worry", "The school is worried that Mum shouted at Faith and Joy in the playground. The children were frightened.",
     ("SOS402",), "The children", False),
    ("goal", "Nan, Rocky and Willow need to be picked up on time. You will collect the children from school at 3.15 every day. "
             "Rocky and Willow will feel safe.", ("SOS402",), "the children", False),
    ("goal", "Mum and Dad, Drew and Hunter need a calm home. You will not argue in front of the children; you will talk after bedtime. "
             "Drew and Hunter will sleep well.", ("SOS402",), "the children", False),
    ("worry", "Mr Cole is worried that Dad drove Amber (7) and Jade (5) home after drinking. The children were not in car seats.",
     ("SOS402",), "The children", False),
    ("goal", "Dad, May and June need their tea every night. You will cook for the children by six. May and June will go to bed full.",
     ("SOS402",), "the children", False),
    ("worry", "Ms Bell is worried that Mum's partner shouted at Holly and Ray until 2am. The children hid under the bed.",
     ("SOS402",), "The children", False),
    ("goal", "Grandad, Miles and Pat need to be safe near the pond. You will hold the children's hands by the water. "
             "Miles and Pat will feel safe.", ("SOS402",), "the children", False),
    # Still fired: nobody is named, or only one child, or the names are adults'.
    ("worry", "Mum left the children alone overnight and the children were found crying at 7am.", ("SOS402",), "the children", True),
    ("worry", "Mrs Shah is worried that Dad left Ivy (4) alone overnight. The children were found crying at 7am.",
     ("SOS402",), "The children", True),
    ("worry", "Mum and Dad argue every night. The children hear the shouting.", ("SOS402",), "The children", True),
    ("goal", "Mum and Uncle Sam will take the children to school every day.", ("SOS402",), "the children", True),
    ("worry", "Mr Khan and Mrs Lee are worried that the children are not fed. Leo (3) is thin.", ("SOS402",), "the children", True),
]

# F16b: "the children's" on a job or a service's title ("the children's diabetes nurse", "the
# children's social worker at the hospital"): whom the job serves, not a report word.
CHILDRENS_JOB = [
    ("worry", "Sasha Kerr, the children's diabetes nurse, is worried that Mum did not give Hope (11) her insulin. "
              "Hope could be very ill.", ("SOS402",), "the children", False),
    ("worry", "Dr Obi, the children's epilepsy nurse, is worried that Dad did not give Ben (7) his tablets. Ben could have a seizure.",
     ("SOS402",), "the children", False),
    ("worry", "Mr Vale, the children's community nurse, is worried that Leo (3) has not been fed. Leo could be ill.",
     ("SOS402",), "the children", False),
    ("worry", "The children's dietitian is worried that Ivy (5) is losing weight. Ivy could become ill.",
     ("SOS402",), "The children", False),
    ("worry", "Ms Ray, the children's physiotherapist, is worried that Amir (6) has not had his exercises. Amir could be in pain.",
     ("SOS402",), "the children", False),
    ("worry", "The children's community psychiatrist is worried that Sam (15) has stopped eating. Sam could become ill.",
     ("SOS402",), "The children", False),
    ("worry", "Kim Lowe, the children's specialist nurse for asthma, is worried that Ava (8) has no inhaler at home. Ava could stop breathing.",
     ("SOS402",), "the children", False),
    ("worry", "Dr Fox, the children's consultant at the General, is worried that Kai (2) has missed his scans. Kai could get ill.",
     ("SOS402",), "the children", False),
    ("worry", "Jo Pike, the young people's drug worker, is worried that Finn (15) is using spice. Finn could collapse.",
     ("SOS402",), "the young people", False),
    ("worry", "Mr Dale, the children's learning disability nurse, is worried that Max (9) is not being washed. Max could get sores.",
     ("SOS402",), "the children", False),
    # Still fired: the children's own family or things.
    ("worry", "Mum hit the children's father in front of Ivy. Ivy could be hurt.", ("SOS402",), "the children", True),
    ("worry", "Dad broke the children's bedroom door. Ivy (4) was scared.", ("SOS402",), "the children", True),
    ("worry", "The children's nan smokes cannabis when she minds Ivy (4). Ivy could eat it.", ("SOS402",), "The children", True),
    ("worry", "Mum sold the children's beds in March. Ivy (4) sleeps on the floor.", ("SOS402",), "the children", True),
    ("worry", "Dad hit the children's mother while Ivy (4) watched. Ivy was frightened.", ("SOS402",), "the children", True),
]

# F16c: a passive in what a "will not" keeps from the child ("will not hand them to the elders to
# be strapped"): the refused harm, with its doers named, hides nobody.
REFUSED_HARM_PASSIVE = [
    ("goal", "Hannah, you will not hand Eli to the elders to be strapped; you will talk to him calmly.", ("SOS202",), "be strapped", False),
    ("goal", "Dad will not send Leo to his uncle's to be punished; he will talk with Leo at home.", ("SOS202",), "be punished", False),
    ("goal", "Mum will not leave Ivy with Ray to be looked after; Nan will mind Ivy instead.", ("SOS202",), "be looked after", False),
    ("goal", "You will not take Ava to the pastor to be prayed over; you will take her to the GP.", ("SOS202",), "be prayed over", False),
    ("goal", "Mum will never give Ruby to her cousins to be minded overnight; Nan will have her.", ("SOS202",), "be minded", False),
    ("goal", "You will not bring Tia to the mosque to be beaten; you will talk with her at home.", ("SOS202",), "be beaten", False),
    ("goal", "Dad will not leave Kai at the flat to be watched by Lee; Kai will come with him.", ("SOS202",), "be watched", False),
    ("goal", "Mum will not hand Ava to Ray to be bathed; she will bath Ava herself.", ("SOS202",), "be bathed", False),
    ("goal", "Dad will never pass Leo to his friends to be held; he will hold Leo himself.", ("SOS202",), "be held", False),
    ("goal", "You will not take Eli to the healer to be cut; Eli will see his GP.", ("SOS202",), "be cut", False),
    # Still a hint: a passive that hides who will do it, refused or not.
    ("goal", "The front door will be mended by Friday.", ("SOS202",), "be mended", True),
    ("goal", "The knives will be locked away every night.", ("SOS202",), "be locked away", True),
    ("goal", "Mum will hand Ava to Nan to be bathed.", ("SOS202",), "be bathed", True),
    ("goal", "Leo's cot will be moved into Mum's room.", ("SOS202",), "be moved", True),
    ("goal", "The bins will be emptied and the rubbish will be taken out every week.", ("SOS202",), "be emptied", True),
]


@pytest.mark.parametrize("kind,text,code,words,fires",
                         MEETING_A_WORKER + PROOF_GIVEN + PAPER_FOLLOWED + MEASURE_IMPROVES + COMPLIANT_STATE
                         + OBEDIENCE_NO_ALTERNATIVE + NO_FRAGMENT + NO_CONTACT + NOT_AGAIN + DEED_AS_REASON
                         + CHILDREN_NAMED + CHILDRENS_JOB + REFUSED_HARM_PASSIVE,
                         ids=lambda v: v if isinstance(v, str) and len(v) > 12 else None)
def test_goal_classes16(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)
