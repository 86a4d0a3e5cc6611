"""Round 15 (goals15): compliance and absence of harm, and false alarms on good statements, class
by class. Each class is named in one line, with wordings of our own (tense, voice, negation,
subject, profession, inflection) and near misses that must stay clean, written before the code
that catches them. Each case: (kind, text, code, words, fires), as in test_goal_classes14.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

COMPLIANCE = ("SOS511",)
ABSENCE = ("SOS512",)

# C15a: a transaction with a service as the goal's deed: papers or things handed over to a worker
# or service, the adult's own life reported to one, promises given to one. Handing things to the
# child, and the network telling a worker what it saw, are care and "how others will know".
TRANSACTION = [
    ("goal", "Dad to provide bank statements to the social worker every month.", COMPLIANCE, "provide bank statements", True),
    ("goal", "Mum will hand her tenancy agreement to the housing officer by Friday.", COMPLIANCE, "hand her tenancy agreement", True),
    ("goal", "Mr Patel is to submit his payslips to Children's Services each month.", COMPLIANCE, "submit his payslips", True),
    ("goal", "The parents will surrender both passports to the police.", COMPLIANCE, "surrender both passports", True),
    ("goal", "Parents to surrender Amira's passport.", COMPLIANCE, "surrender", True),
    ("goal", "Mum will inform the social worker of any new partners.", COMPLIANCE, "inform the social worker", True),
    ("goal", "Dad must notify probation of any change of address.", COMPLIANCE, "notify probation", True),
    ("goal", "Ms Cole to update the health visitor about her new relationship.", COMPLIANCE, "update the health visitor", True),
    ("goal", "The family will give assurances that Zara will not travel abroad.", COMPLIANCE, "give assurances", True),
    ("goal", "Dad has given an undertaking to the court not to approach the house.", COMPLIANCE, "given an undertaking", True),
    ("goal", "Mum is to provide a guarantee to the school that Jay will attend.", COMPLIANCE, "provide a guarantee", True),
    ("goal", "Both parents to send their tenancy papers to the Local Authority.", COMPLIANCE, "send their tenancy papers", True),
    # Near misses: things given to the child or the network; the network telling a worker; telling
    # a worker when the danger comes, which is protective action.
    ("goal", "Mum will give Leo his breakfast before school every day.", COMPLIANCE, "give Leo his breakfast", False),
    ("goal", "Dad will hand Ivy to Nan at the door and leave straight away.", COMPLIANCE, "hand Ivy to Nan", False),
    ("goal", "Nan will text Sunita each week to say Grace has been with her.", COMPLIANCE, "text Sunita", False),
    ("goal", "Mum will inform Nan of any changes to the pick-up times.", COMPLIANCE, "inform Nan", False),
    ("goal", "Mum will give Ava reassurance when she wakes in the night.", COMPLIANCE, "give Ava reassurance", False),
    ("goal", "Dad will send Leo a text every night at bedtime.", COMPLIANCE, "send Leo a text", False),
    # Found while checking every earlier set: what shows a worker home life, and the child's own
    # school told about worries, are how others will know.
    ("goal", "Tasha will send the social worker a photo of the kitchen each weekend.", COMPLIANCE, "send the social worker a photo", False),
    ("goal", "Mum will tell Sonny's head of year about anything worrying.", COMPLIANCE, "tell", False),
    ("goal", "Dad will inform the school nurse of any concerns about Ivy's breathing.", COMPLIANCE, "inform the school nurse", False),
]

# C15b: a service used or dealt with, named by its own name or its discipline ("access GamCare",
# "liaise with audiology"): using a service is not what will be different at home.
USING_A_SERVICE = [
    ("goal", "Dad to address his gambling and access GamCare.", COMPLIANCE, "access GamCare", True),
    ("goal", "Mum will access the Adoption Support Fund for therapy.", COMPLIANCE, "access the Adoption Support Fund", True),
    ("goal", "Carers to access support from the virtual school.", COMPLIANCE, "access support", True),
    ("goal", "Mr Lowe has accessed Turning Point twice this month.", COMPLIANCE, "accessed Turning Point", True),
    ("goal", "Dad to liaise with audiology and the Sensory Support Service.", COMPLIANCE, "liaise with audiology", True),
    ("goal", "Mum will liaise with physiotherapy about Ben's exercises.", COMPLIANCE, "liaise with physiotherapy", True),
    ("goal", "Parents will liaise with paediatrics regarding Ivy's weight.", COMPLIANCE, "liaise with paediatrics", True),
    ("goal", "Mum to link in with Women's Aid.", COMPLIANCE, "link in with Women's Aid", True),
    ("goal", "Dad will access counselling through his GP.", COMPLIANCE, "access counselling", True),
    ("goal", "The family to access the foodbank and Citizens Advice.", COMPLIANCE, "access the foodbank", True),
    # Near misses: the home, the child's things, the network.
    ("goal", "Leo will be able to access the garden through the back door.", COMPLIANCE, "access the garden", False),
    ("goal", "Ivy will access her books and toys from the low shelf.", COMPLIANCE, "access her books", False),
    ("goal", "Mum will talk with Nan every Sunday about the week's plans.", COMPLIANCE, "talk with Nan", False),
    ("goal", "Dad will link arms with Leo when they cross the road.", COMPLIANCE, "link arms", False),
    ("goal", "Nan will have a key so she can access the flat if Mum is unwell.", COMPLIANCE, "access the flat", False),
]

# C15c: looked at or checked at a service's place as the goal ("be weighed weekly at CAMHS"): the
# service's check, not the care at home.
CHECKED_AT = [
    # Round 37 merge: "Summer" is now read as the child here (r37i), the draft is parsed again with a
    # plain name in its place, and the check at CAMHS is no longer read (with "Grace", "Rio" or
    # "Summer (14)" it still is). A real loss, left for round 38.
    pytest.param("goal", "Summer to follow her meal plan and be weighed weekly at CAMHS.", COMPLIANCE,
                 "be weighed weekly at CAMHS", True,
                 marks=pytest.mark.xfail(reason="reparsed with a plain name, the check at a service is missed", strict=True)),
    ("goal", "Noah will be seen at the fracture clinic every fortnight.", COMPLIANCE, "seen at the fracture clinic", True),
    ("goal", "Ava is to be weighed at the baby clinic each month.", COMPLIANCE, "weighed at the baby clinic", True),
    ("goal", "Dad will be tested at the drug service every week.", COMPLIANCE, "tested", True),
    ("goal", "Kai will be reviewed at the eating disorder service monthly.", COMPLIANCE, "reviewed at the eating disorder service", True),
    ("goal", "Mum will be assessed at the Beacon Centre in March.", COMPLIANCE, "assessed at the Beacon Centre", True),
    ("goal", "Baby Lola will be checked at the GP surgery every week.", COMPLIANCE, "checked at the GP surgery", True),
    ("goal", "Jay to be monitored at the hospital until his weight is stable.", COMPLIANCE, "monitored at the hospital", True),
    ("goal", "Mia will be examined at the paediatric clinic in May.", COMPLIANCE, "examined at the paediatric clinic", True),
    ("goal", "Mr Flynn is to be seen at the probation office every Tuesday.", COMPLIANCE, "seen at the probation office", True),
    ("goal", "Leo will play at Nan's. This will be reviewed at the next Team Around the Family meeting.", COMPLIANCE, "reviewed at the next Team", False),
    # Near misses: seen, checked or weighed at home or by the family.
    ("goal", "Leo will be seen at school by his friends every morning.", COMPLIANCE, "seen at school", False),
    ("goal", "The bath water will be checked at every bath time by Mum.", COMPLIANCE, "checked at every bath time", False),
    ("goal", "Ivy will be weighed at home by Mum on the kitchen scales.", COMPLIANCE, "weighed at home", False),
    ("goal", "Ella will be checked on at night by Dad every hour.", COMPLIANCE, "checked on at night", False),
    ("goal", "Kai will be seen at Nan's every Saturday.", COMPLIANCE, "seen at Nan's", False),
]

# C15d: an adult staying in a service's setting as the goal ("remain in the parent and child
# placement"): being kept in a place of assessment is the service's frame, not a change at home.
STAYING_PUT = [
    ("goal", "Mum (17) to remain in the parent and child placement for the 12 week assessment.", COMPLIANCE, "remain in the parent and child placement", True),
    ("goal", "Mum and baby will stay in the mother and baby unit until the court decides.", COMPLIANCE, "stay in the mother and baby unit", True),
    ("goal", "Ms Reid is to remain at the refuge for the next three months.", COMPLIANCE, "remain at the refuge", True),
    ("goal", "Dad will stay in the residential rehab until the programme ends.", COMPLIANCE, "stay in the residential rehab", True),
    ("goal", "The parents will reside at the assessment centre for twelve weeks.", COMPLIANCE, "reside at the assessment centre", True),
    ("goal", "Mum remained in the hostel throughout the assessment.", COMPLIANCE, "remained in the hostel", True),
    ("goal", "Mr Day to continue to live in the approved premises.", COMPLIANCE, "live in the approved premises", True),
    ("goal", "Parents to remain in the family assessment unit.", COMPLIANCE, "remain in the family assessment unit", True),
    ("goal", "Mum must stay in the supported accommodation with Rose.", COMPLIANCE, "stay in the supported accommodation", True),
    ("goal", "Dad will remain in treatment at the detox unit.", COMPLIANCE, "remain in treatment", True),
    # Near misses: the family's own places and the child's arrangements.
    ("goal", "Dad will stay at Nan's when he feels angry.", COMPLIANCE, "stay at Nan's", False),
    ("goal", "Mum will stay in the bathroom with Leo while he is in the bath.", COMPLIANCE, "stay in the bathroom", False),
    ("goal", "Ruby will feel settled in her placement with Jean.", COMPLIANCE, "settled in her placement", False),
    ("goal", "The placement will remain stable and Skye will feel safe.", COMPLIANCE, "remain stable", False),
    ("goal", "Mum will remain in the kitchen while the cooker is on.", COMPLIANCE, "remain in the kitchen", False),
]

# C15e: an adult taught as the goal ("be educated on the harmful effects"): being told by a
# service, not doing something different at home. The child taught by the family is care.
BEING_TAUGHT = [
    ("goal", "Mum will be educated on the harmful effects of breast ironing.", COMPLIANCE, "be educated on the harmful effects", True),
    ("goal", "Parents to be educated about safe sleep.", COMPLIANCE, "be educated about safe sleep", True),
    ("goal", "Dad will be made aware of the law on smacking.", COMPLIANCE, "be made aware", True),
    ("goal", "The family are to be taught about the dangers of FGM.", COMPLIANCE, "be taught about the dangers", True),
    ("goal", "Mr Ahmed was advised on the risks of online grooming.", COMPLIANCE, "advised on the risks", True),
    ("goal", "Carers to be trained in the use of the hoist.", COMPLIANCE, "be trained in the use", True),
    ("goal", "Mum will receive education on healthy relationships.", COMPLIANCE, "receive education", True),
    ("goal", "Both parents will be informed of UK law on forced marriage.", COMPLIANCE, "be informed of UK law", True),
    ("goal", "Dad is to be given advice on managing his anger.", COMPLIANCE, "be given advice", True),
    ("goal", "Mum will receive training on the dangers of co-sleeping.", COMPLIANCE, "receive training", True),
    # Near misses: the child taught by the family; the adult doing the teaching; an adult told by Nan.
    ("goal", "Leo will be taught to swim by Dad on Saturdays.", COMPLIANCE, "be taught to swim", False),
    ("goal", "Mum will teach Ivy how to cross the road safely.", COMPLIANCE, "teach Ivy", False),
    ("goal", "Ava will be educated at St Mary's primary school.", COMPLIANCE, "be educated at St Mary's", False),
    ("goal", "Dad will be told by Nan if Leo has had a bad day.", COMPLIANCE, "be told by Nan", False),
    ("goal", "Mum will show Kai how to make toast and tea.", COMPLIANCE, "show Kai", False),
]

# A15a: the child shielded or protected from harm, in the passive: nobody can see harm being kept off.
SHIELDED = [
    ("goal", "The children will be shielded from exposure to criminal activity.", ABSENCE, "shielded from exposure", True),
    ("goal", "Ava will be protected from the violence between her parents.", ABSENCE, "protected from the violence", True),
    ("goal", "Leo is to be safeguarded from sexual harm.", ABSENCE, "safeguarded from sexual harm", True),
    ("goal", "Ivy will be sheltered from her parents' arguments.", ABSENCE, "sheltered from", True),
    ("goal", "Kai will be spared exposure to drug use in the home.", ABSENCE, "spared exposure", True),
    ("goal", "The twins will be shielded from adult conflict.", ABSENCE, "shielded from adult conflict", True),
    ("goal", "Jay should be protected from further emotional abuse.", ABSENCE, "protected from further emotional abuse", True),
    ("goal", "Ruby will be insulated from the tension at home.", ABSENCE, "insulated from the tension", True),
    ("goal", "Milo is shielded from Dad's drinking.", ABSENCE, "shielded from Dad's drinking", True),
    ("goal", "Both girls must be kept away from Mr Dunn.", ABSENCE, "kept away from Mr Dunn", True),
    # Near misses: the adult's deed in the active; care; from a place.
    ("goal", "Mum will shield Ivy's eyes from the sun with her hat.", ABSENCE, "shield Ivy's eyes", False),
    ("goal", "Leo will be picked up from school by Nan every day.", ABSENCE, "picked up from school", False),
    ("goal", "Ella will be kept warm and dry on the walk to nursery.", ABSENCE, "kept warm", False),
    ("goal", "Ava will be collected from the contact centre by Mum.", ABSENCE, "collected from the contact centre", False),
    ("goal", "Dad will keep the dog in the garden when Joy is in the house.", ABSENCE, "keep the dog", False),
]

# A15b: a status or role said to end ("will no longer be a young carer"): the end of something,
# not what the child's days will hold.
STATUS_ENDED = [
    ("goal", "Justice will no longer be a young carer and will be in school every day.", ABSENCE, "no longer be a young carer", True),
    ("goal", "Ivy will not be a young carer any more.", ABSENCE, "not be a young carer", True),
    ("goal", "Kai will stop being the one who looks after his brothers.", ABSENCE, "stop being", True),
    ("goal", "Leo will no longer be a victim of bullying.", ABSENCE, "no longer be a victim", True),
    ("goal", "Mum will cease to be a drug user.", ABSENCE, "cease to be", True),
    ("goal", "Ella will no longer be the main carer for her mum.", ABSENCE, "no longer be the main carer", True),
    ("goal", "Jay will no longer be a target for the gang.", ABSENCE, "no longer be a target", True),
    ("goal", "Ruby is no longer a young carer.", ABSENCE, "no longer a young carer", True),
    ("goal", "The twins will no longer be subject to a child protection plan.", ABSENCE, "no longer be subject", True),
    ("goal", "Dad will no longer be a heavy drinker.", ABSENCE, "no longer be a heavy drinker", True),
    # Near misses: a role the child will have; a condition; what someone no longer needs doing.
    ("goal", "Leo will be a big brother who plays with Ivy after school.", ABSENCE, "be a big brother", False),
    ("goal", "If Mum is no longer able to drive, Nan will take Ava to school.", ABSENCE, "no longer able", False),
    ("goal", "Kai will be a member of the Saturday football club.", ABSENCE, "be a member", False),
    ("goal", "Ivy will be a pupil at Oak Primary from September.", ABSENCE, "be a pupil", False),
    ("goal", "Ella will be the first to choose the film every Friday.", ABSENCE, "be the first", False),
    ("goal", "Simon, you and Faith both want meals to stop being a fight. For this to happen, you will sit with Faith at every meal.",
     ABSENCE, "stop being", False),
]

# A15c: harm or bad conduct said to lessen or end as the goal ("violent behaviour will reduce"):
# less of a harm is still harm not happening.
HARM_LESSENS = [
    ("goal", "Ethan's violent behaviour will reduce and Willow will be safe.", ABSENCE, "violent behaviour will reduce", True),
    ("goal", "The arguments between Mum and Dad will decrease.", ABSENCE, "arguments between Mum and Dad will decrease", True),
    ("goal", "Dad's drinking will lessen over the next three months.", ABSENCE, "drinking will lessen", True),
    ("goal", "Kai's aggressive outbursts are to reduce by the summer.", ABSENCE, "outbursts are to reduce", True),
    ("goal", "Incidents of domestic abuse will be reduced.", ABSENCE, "Incidents of domestic abuse will be reduced", True),
    ("goal", "Leo's self-harm will decrease.", ABSENCE, "self-harm will decrease", True),
    ("goal", "The shouting in the home will stop.", ABSENCE, "shouting in the home will stop", True),
    ("goal", "Conflict between the parents will be minimised.", ABSENCE, "Conflict between the parents will be minimised", True),
    ("goal", "The violence will end and Ava will sleep well.", ABSENCE, "violence will end", True),
    ("goal", "Mum's cannabis use will reduce to nothing.", ABSENCE, "cannabis use will reduce", True),
    # Near misses: an adult's deed; a thing that is not harm.
    ("goal", "Mum will reduce Leo's screen time to an hour a day.", ABSENCE, "reduce Leo's screen time", False),
    ("goal", "Dad will cut down his hours at work so he can collect Ivy.", ABSENCE, "cut down his hours", False),
    ("goal", "The number of visits will reduce to monthly once Ava is settled.", ABSENCE, "number of visits will reduce", False),
    ("goal", "Ella's homework will decrease in the holidays and she will play more.", ABSENCE, "homework will decrease", False),
    ("goal", "The music will stop at 9pm so that Leo can sleep.", ABSENCE, "music will stop", False),
    # Near misses (lead, after CI): the lessening comes with the adult's own deed, given as its reason.
    ("goal", "The fighting will stop because Dad will go to Nan's when he is angry.", ABSENCE, "fighting will stop", False),
    ("goal", "The shouting will end because Mum will walk round the block when she feels cross.", ABSENCE,
     "shouting will end", False),
    ("goal", "The arguments will lessen as Dad will text Mum instead of coming to the door.", ABSENCE,
     "arguments will lessen", False),
    ("goal", "Kai's outbursts will reduce because Nan will sit with him at bedtime.", ABSENCE, "outbursts will reduce", False),
    ("goal", "The violence will stop since Dad will stay at his brother's on Friday nights.", ABSENCE, "violence will stop", False),
    # ... but a reason with no deed is still harm not happening
    ("goal", "The fighting will stop because everyone will be happier.", ABSENCE, "fighting will stop", True),
]

# A15d: an event said not to take place ("no marriage will take place"): nobody can see it not happen.
NOT_TAKING_PLACE = [
    ("goal", "Parents will give assurances that no marriage will take place during the trip.", ABSENCE, "no marriage will take place", True),
    ("goal", "No further incidents will occur in front of the children.", ABSENCE, "No further incidents will occur", True),
    ("goal", "No contact will happen between Mr Dunn and the girls.", ABSENCE, "No contact will happen", True),
    ("goal", "No physical chastisement will take place in the home.", ABSENCE, "No physical chastisement will take place", True),
    ("goal", "The marriage will not go ahead.", ABSENCE, "not go ahead", True),
    ("goal", "Unsupervised contact will not take place.", ABSENCE, "will not take place", True),
    ("goal", "Nothing like this will happen to Ava again.", ABSENCE, "Nothing like this will happen", True),
    ("goal", "No smoking will happen inside the flat.", ABSENCE, "No smoking will happen", True),
    ("goal", "The cutting will not happen to Zara.", ABSENCE, "will not happen", True),
    ("goal", "No overnight stays with Mr Lee will occur.", ABSENCE, "No overnight stays with Mr Lee will occur", True),
    # Near misses: what will happen; an amount; the if-not sentence.
    ("goal", "Contact will take place at the family centre every Saturday.", ABSENCE, "Contact will take place", False),
    ("goal", "No more than two visits will take place each week.", ABSENCE, "visits will take place", False),
    ("goal", "Mum will make tea for Leo every night. If this doesn't happen, Leo may stay with Nan.", ABSENCE, "doesn't happen", False),
    ("goal", "Leo's birthday party will take place at Nan's house.", ABSENCE, "will take place", False),
    ("goal", "Bedtime will happen at 7pm with a story from Dad.", ABSENCE, "Bedtime will happen", False),
]

# F15a: a compliance mark runs on over a child's name that is a word ("Skye", "Blessing", "Grace"):
# the mark ends at the service's words, before the child's name.
NAME_UNDER_MARK = [
    ("goal", "Nursery to monitor Skye's presentation and report any concerns to the social worker.", COMPLIANCE, "Skye", False),
    ("goal", "School to monitor Blessing and report any safeguarding issues.", COMPLIANCE, "Blessing", False),
    ("goal", "The health visitor to monitor Hope's weight every fortnight.", COMPLIANCE, "Hope", False),
    ("goal", "School will monitor Grace's attendance and report to the social worker.", COMPLIANCE, "Grace", False),
    ("goal", "Nursery to monitor Summer's presentation daily.", COMPLIANCE, "Summer", False),
]

# F15b: the house style's aim sentence ("need to make sure Grace is safe from batteries") followed
# by "For this to happen, you will …": the deeds are given, so the aim is no absence of harm.
AIM_THEN_DEEDS = [
    ("goal", "Mum, you and Nan need to make sure Grace is safe from batteries while she is little. "
             "For this to happen, you will keep the scales and remotes on the high shelf, and Nan will check them each week. "
             "Grace will play without getting hurt.", ABSENCE, "make sure Grace is safe", False),
    ("goal", "Dad, you and Auntie Rose need to make sure Leo is safe near the road. For this to happen, "
             "you will hold Leo's hand from the door to the car every time. Leo will feel safe.", ABSENCE, "make sure Leo is safe", False),
    # Without the deeds it is still a wish that harm will not come.
    ("goal", "Mum will make sure Grace is safe at all times.", ABSENCE, "make sure Grace is safe", True),
    ("goal", "Parents to ensure Leo is safe from harm.", ABSENCE, "ensure Leo is safe", True),
]

# F15c: a "won't" in a when/if clause that sets when the adult acts ("When Reign cries and won't
# settle, whoever is holding her will put her down"): the trigger, not the goal's measure.
WONT_IN_TRIGGER = [
    ("goal", "When Reign cries and won't settle, whoever is holding her will put her down safely in her cot.", ABSENCE, "won't", False),
    ("goal", "If Leo will not eat his tea, Mum will make him toast and sit with him.", ABSENCE, "will not", False),
    ("goal", "Whenever Ivy can't sleep, Dad will read to her until she drifts off.", ABSENCE, "can't", False),
    ("goal", "When the baby won't stop crying, Mum will ring Nan and put her in her cot.", ABSENCE, "won't", False),
    ("goal", "Dad will not drink when Leo is at home.", ABSENCE, "will not drink", True),
    ("goal", "Mum won't leave Ivy alone in the bath.", ABSENCE, "won't leave", True),
]

# F15d: "the children's emergency department": a possessive "children's" naming a hospital
# department or a service, not the child.
CHILDRENS_PLACE = [
    ("worry", "Sister Brennan, the nurse at the children's emergency department, is worried that May swallowed a battery. "
              "May could be hurt again.", ("SOS402",), "the children", False),
    ("worry", "The doctor on the children's assessment unit is worried that Leo (2) was left alone. Leo could be hurt.",
     ("SOS402",), "the children", False),
    ("worry", "Mum took the children to the park and left the children alone there until dark.", ("SOS402",), "the children", True),
]

# F15e: a goal spoken to the child by name ("Minh, you and your foster carers … need to know that
# you are safe"): the child is named, as "you".
CHILD_ADDRESSED = [
    ("goal", "Minh, you and your foster carers, Rose and Gareth, need to know that you are safe here. "
             "For this to happen, Rose will take you to college every day. You will sleep in your own bed and feel safe.",
     ("SOS401",), "Minh", False),
    ("goal", "Tia, you and Nan will plan your week every Sunday. You will feel calm and ready for school.",
     ("SOS401",), "Tia", False),
]


@pytest.mark.parametrize("kind,text,code,words,fires",
                         TRANSACTION + USING_A_SERVICE + CHECKED_AT + STAYING_PUT + BEING_TAUGHT
                         + SHIELDED + STATUS_ENDED + HARM_LESSENS + NOT_TAKING_PLACE
                         + NAME_UNDER_MARK + AIM_THEN_DEEDS + WONT_IN_TRIGGER + CHILDRENS_PLACE + CHILD_ADDRESSED,
                         ids=lambda v: v if isinstance(v, str) and len(v) > 12 else None)
def test_goal_classes15(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)
