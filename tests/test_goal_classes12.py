"""Round 12 (goals12): compliance and absence of harm, class by class. Each class is named, with
wordings of our own (tense, voice, negation, subject, profession, inflection) and near misses that
must stay clean, written before the code that catches them. Each case: (kind, text, code, words,
fires), as in test_word_classes9.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

COMPLIANCE = ("SOS511",)
ABSENCE = ("SOS512",)
STRUCTURE = ("SOS511", "SOS512")

# Class 1: compliance in the passive and the nominal. A service's thing (appointment, session,
# meeting, review, visit, course, programme, assessment, test, conditions, order, curfew) as the
# subject of a passive of keeping, attending, completing or facilitating, or a service measure
# (attendance, engagement) as the subject of a verb of change. Nobody does anything at home.
PASSIVE_SERVICE = [
    ("goal", "All of Noor's health visitor appointments will be kept by Mum.", COMPLIANCE, "appointments will be kept", True),
    ("goal", "The parenting course is to be completed by Dad before Christmas.", COMPLIANCE, "is to be completed", True),
    ("goal", "Every core group meeting will be attended by both parents.", COMPLIANCE, "will be attended", True),
    ("goal", "Weekly visits from the family support worker will be facilitated.", COMPLIANCE, "will be facilitated", True),
    ("goal", "The conditions of the bail order will be kept to by Mr Hale.", COMPLIANCE, "will be kept to", True),
    ("goal", "Ayaan's dental check-ups will all be kept this year.", COMPLIANCE, "will all be kept", True),
    ("goal", "Mum's engagement with the substance misuse team will improve over the next month.", COMPLIANCE, "engagement with the substance misuse team will improve", True),
    ("goal", "Dad's attendance at contact will increase to every week.", COMPLIANCE, "attendance at contact will increase", True),
    ("goal", "Ruby's attendance will rise to 96% by the end of term.", COMPLIANCE, "attendance will rise", True),
    ("goal", "Mum will walk Ruby to school at 8.30 and her teacher will see her attendance go up.", COMPLIANCE, "attendance go up", False),
    ("goal", "The assessment was completed by both carers and the curfew has been kept.", COMPLIANCE, "curfew has been kept", True),
    ("goal", "Access to the house will be granted to the social worker on every visit.", COMPLIANCE, "will be granted", True),
    ("goal", "The relapse prevention work will be finished by Mum by June.", COMPLIANCE, "will be finished", True),
    # Near misses: the family's own things kept, made or put somewhere; a plan kept where it is seen.
    ("goal", "Leo's tea will be made by Dad by 5pm every evening.", COMPLIANCE, "will be made", False),
    ("goal", "Ella's bedroom will be kept warm and tidy, with clean sheets every Sunday.", COMPLIANCE, "will be kept", False),
    ("goal", "The safety plan will be kept on the fridge where Nan and the children can see it.", COMPLIANCE, "will be kept", False),
    ("goal", "Ella's bedtime routine will be kept the same every night: bath, story, bed by 7.", COMPLIANCE, "will be kept", False),
    ("goal", "Kai's sleep will improve because Mum will turn the television off at 8pm.", COMPLIANCE, "will improve", False),
    ("goal", "Noor's bottles will be made up by an adult who has not been drinking.", COMPLIANCE, "will be made up", False),
]

# Class 2: compliance as yielding to professionals. Being available or present for a service,
# open or honest with the professionals, accepting their findings or advice, reporting to a
# service, keeping to a court's or service's conditions, showing a worker round the home, giving
# access. The same verbs toward the child or the family's own network are everyday life.
YIELDING = [
    ("goal", "Dad will make sure he is available for every home visit the social worker books.", COMPLIANCE, "available for every home visit", True),
    ("goal", "Mum will be available for the health visitor's checks each fortnight.", COMPLIANCE, "available for the health visitor's checks", True),
    ("goal", "Both parents must be present at all child protection conferences.", COMPLIANCE, "present at all child protection conferences", True),
    ("goal", "Mr Ali will be present at each core group meeting.", COMPLIANCE, "present at each core group meeting", True),
    ("goal", "Mum will be open and honest with the social worker about who is staying at the flat.", COMPLIANCE, "honest with the social worker", True),
    ("goal", "Dad needs to be truthful with professionals about his drinking.", COMPLIANCE, "truthful with professionals", True),
    ("goal", "The carers will be transparent with the team around the child.", COMPLIANCE, "transparent with the team", True),
    ("goal", "Mum will accept the recommendations of the paediatrician.", COMPLIANCE, "accept the recommendations", True),
    ("goal", "Dad has to accept the concerns raised by the school and the health visitor.", COMPLIANCE, "accept the concerns", True),
    ("goal", "Mrs Kaur will take on board the advice of the dietitian.", COMPLIANCE, "the advice", True),
    ("goal", "Connor will report to the probation office every Monday.", COMPLIANCE, "report to the probation office", True),
    ("goal", "Dad is to report to the police station twice a week as his bail says.", COMPLIANCE, "report to the police station", True),
    ("goal", "Mr Reid will stick to the terms of his licence.", COMPLIANCE, "stick to the terms", True),
    ("goal", "Dad will keep to his curfew and the conditions of the injunction.", COMPLIANCE, "keep to his curfew", True),
    ("goal", "Mum will show the health visitor the baby's cot and the kitchen cupboards.", COMPLIANCE, "show the health visitor the baby's cot", True),
    ("goal", "When the social worker visits, Dad will show him the children's rooms.", COMPLIANCE, "show him the children's rooms", True),
    ("goal", "Access to the home will be given to professionals whenever they call.", COMPLIANCE, "Access to the home will be given", True),
    # Near misses: the same verbs toward the child or the network.
    ("goal", "Mum will be available for Ivy after school every day and sit with her while she eats.", COMPLIANCE, "available for Ivy", False),
    ("goal", "Dad will be present at Leo's bedtime every night and read him a story.", COMPLIANCE, "present at Leo's bedtime", False),
    ("goal", "Mum will be honest with Ella about why Dad is not living at home.", COMPLIANCE, "honest with Ella", False),
    ("goal", "Mum will accept Ella's apology and give her a hug when she says sorry.", COMPLIANCE, "accept Ella's apology", False),
    ("goal", "Dad will stick to the bedtime routine: bath at 7, story at 7.15 and lights out by 7.30.", COMPLIANCE, "stick to the bedtime routine", False),
    ("goal", "Mum will show Ivy how to ring Nan if she is scared.", COMPLIANCE, "show Ivy", False),
    ("goal", "Dad will show Nan the new cot so she knows where baby Rio sleeps.", COMPLIANCE, "show Nan the new cot", False),
    ("goal", "Nan, you will let yourself in with your key at 7am to help Mum get the twins dressed.", COMPLIANCE, "let yourself in", False),
    ("goal", "Uncle Ray will let himself in through the back door when Mum is unwell and make Kai's breakfast.", COMPLIANCE, "let himself in", False),
]

# Class 3: appointment lists. "<service or health> appointments" kept, attended or gone to as the
# goal: "take Miles to all optician appointments", "keep her antenatal appointments".
APPOINTMENTS = [
    ("goal", "Parents will take Sami to all his dental appointments.", COMPLIANCE, "all his dental appointments", True),
    ("goal", "Mum will keep her antenatal appointments at the hospital.", COMPLIANCE, "keep her antenatal appointments", True),
    ("goal", "Dad will get Ava to every physiotherapy appointment.", COMPLIANCE, "every physiotherapy appointment", True),
    ("goal", "Ms Tait will keep all of the baby's hearing appointments.", COMPLIANCE, "the baby's hearing appointments", True),
    ("goal", "Mum will bring Jo to her speech therapy appointments.", COMPLIANCE, "speech therapy appointments", True),
    ("goal", "Mum will make sure the twins get to their eye clinic appointments.", COMPLIANCE, "eye clinic appointments", True),
    ("goal", "You will go to your GP appointments and the drug clinic.", COMPLIANCE, "your GP appointments", True),
    ("goal", "Dad kept his mental health appointments every week.", COMPLIANCE, "kept his mental health appointments", True),
    ("goal", "Mum to take Leo to all paediatric appointments.", COMPLIANCE, "all paediatric appointments", True),
    ("goal", "Mum will keep every check-up with the midwife.", COMPLIANCE, "keep every check-up", True),
    # Near misses: the child's own activities, a place gone to for a reason the family can see.
    ("goal", "Mum will take Ella to her swimming lessons every Saturday morning.", COMPLIANCE, "swimming lessons", False),
    ("goal", "Dad will take Kai to the park after school and watch him on the climbing frame.", COMPLIANCE, "take Kai to the park", False),
    ("goal", "Mum will take Noor to the GP the same day if her temperature goes over 38.", COMPLIANCE, "take Noor to the GP", False),
    ("goal", "Dad will keep Ella's tablet in the kitchen overnight.", COMPLIANCE, "keep Ella's tablet", False),
    ("goal", "Nan will take Rio to his dance class every Tuesday.", COMPLIANCE, "dance class", False),
    # The network taking the child when a parent cannot is practical help.
    ("goal", "Her Auntie Rosa will take her to her check-ups if you are working.", COMPLIANCE, "her check-ups", False),
    ("goal", "Grandad will bring Jo to her speech therapy appointments on Wednesdays while Mum is at work.", COMPLIANCE, "speech therapy appointments", False),
]

# Class 4: absence of harm as an environment or a life free of it: "drug-free environment", "a
# home free from violence", "no exposure to". The if-not sentence, a "will not" with its
# alternative, and the child's not-hurt given with what the child will see instead are fine.
ENVIRONMENT = [
    ("goal", "Baby Blessing will come home to a drug-free environment.", ABSENCE, "drug-free environment", True),
    ("goal", "Ella will grow up in a violence-free home.", ABSENCE, "violence-free home", True),
    ("goal", "The children will live in an alcohol-free house from now on.", ABSENCE, "alcohol-free house", True),
    ("goal", "Mum will provide a home free from domestic abuse.", ABSENCE, "free from domestic abuse", True),
    ("goal", "Kai needs a home that is free of drugs and violence.", ABSENCE, "free of drugs", True),
    ("goal", "Leo will have a childhood free from fear.", ABSENCE, "free from fear", True),
    ("goal", "The twins will have no further exposure to domestic abuse.", ABSENCE, "no further exposure", True),
    ("goal", "Mia's home will be substance-free.", ABSENCE, "substance-free", True),
    ("goal", "Dad will keep the flat drug-free.", ABSENCE, "drug-free", True),
    ("goal", "Dad will smoke only in the garden and Mum will keep the car smoke-free too.", ABSENCE, "smoke-free", False),
    ("goal", "Amber will be free from unnecessary medical interventions.", ABSENCE, "free from unnecessary medical interventions", True),
    ("goal", "There will be no exposure to adults using drugs in the home.", ABSENCE, "no exposure", True),
    # Near misses: free time or cost, an environment described by what is in it, a how.
    ("goal", "Nan is free from 3pm on Tuesdays to collect Kai from school.", ABSENCE, "free from 3pm", False),
    ("goal", "The course is free of charge and Mum will go on Thursdays while Nan has Leo.", ABSENCE, "free of charge", False),
    ("goal", "Ella will come home to a warm flat with food in the fridge and a bed of her own.", ABSENCE, "warm flat", False),
    ("goal", "Dad will keep Noor's room smoke-free by smoking only outside the back door.", ABSENCE, "smoke-free", False),
    ("goal", "Kai will have his own room, free for him to play in.", ABSENCE, "free for him", False),
]

# The child's not being hurt, given as what the child will see or have with the adult's new way.
NOT_HURT = [
    ("goal", "Dad, when you get angry you will leave the room and ring Uncle Femi. Lily will see Dad walk away calmly and will not get hurt.", ABSENCE, "not get hurt", False),
    ("goal", "Mum will hold Noor's hand at the road. Noor will cross safely with Mum and will not get hurt.", ABSENCE, "not get hurt", False),
    ("goal", "Nan will sleep over on Fridays. Kai will have Nan there all night and will not be hurt.", ABSENCE, "not be hurt", False),
    # Still fires: harm not happening, with nothing seen instead.
    ("goal", "Ella will not get hurt again.", ABSENCE, "not get hurt", True),
    ("goal", "Ella will be safe and will not get hurt.", ABSENCE, "not get hurt", True),
    ("goal", "Leo will be protected from harm.", ABSENCE, "protected from harm", True),
]

# A course named in a goal: as the goal it is compliance; named as one thing among everyday
# behaviour, or as the object of a flagged verb ("engage with the Freedom Programme"), the name
# itself is not the fault.
COURSE_NAMES = [
    ("goal", "Mum will complete the Freedom Programme by Christmas.", COMPLIANCE, "Freedom Programme", True),
    ("goal", "Dad will go on a parenting course.", COMPLIANCE, "parenting course", True),
    ("goal", "The Freedom Programme will be done by Mum by May.", COMPLIANCE, "Freedom Programme", True),
    ("goal", "Mother to engage with the Freedom Programme and attend all sessions.", COMPLIANCE, "engage with", True),
    ("goal", "Mother to engage with the Freedom Programme and attend all sessions.", COMPLIANCE, "Freedom Programme", False),
    ("goal", "When Dean texts, Mum will use what she learned on the Freedom Programme: she will not reply and will ring Nan.", COMPLIANCE, "Freedom Programme", False),
    ("goal", "Dad will use the time-out from his parenting course when Leo shouts: he will count to ten and sit with Leo.", COMPLIANCE, "parenting course", False),
]


@pytest.mark.parametrize("kind,text,code,words,fires",
                         PASSIVE_SERVICE + YIELDING + APPOINTMENTS + ENVIRONMENT + NOT_HURT + COURSE_NAMES,
                         ids=lambda v: v if isinstance(v, str) and len(v) > 12 else None)
def test_goal_classes12(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


# Going along with a parent to her appointments is the network's help, not the goal's compliance.
GOING_ALONG = [
    ("goal", "Aunty Bea will go with Mum to her antenatal appointments and write down what the midwife says.", COMPLIANCE, "antenatal appointments", False),
    ("goal", "Grandad will drive with Dad to his hospital appointments so Dad is not on his own.", COMPLIANCE, "hospital appointments", False),
]


@pytest.mark.parametrize("kind,text,code,words,fires", GOING_ALONG)
def test_going_along(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


# "No more than" with an amount is a measure the family can check; "no more" alone is harm not happening.
AMOUNTS = [
    ("goal", "Mum will let the bottle water cool for no more than half an hour before making Rio's feed.", ABSENCE, "no more", False),
    ("goal", "Dad will have Kai home no later than 8pm on a school night.", ABSENCE, "no later", False),
    ("goal", "Nan will ring Mum no less than twice a week to hear how Ivy is sleeping.", ABSENCE, "no less", False),
    ("goal", "Dad will drink no more than two cans on a Saturday, and Nan will have Leo that night.", ABSENCE, "no more", False),
    ("goal", "There will be no more arguments in front of the children.", ABSENCE, "no more arguments", True),
    ("goal", "Mum will make sure there are no more police call-outs to the flat.", ABSENCE, "no more police call-outs", True),
]


@pytest.mark.parametrize("kind,text,code,words,fires", AMOUNTS)
def test_amounts(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


# Reporting to the family's own network is everyday life; reporting to a service is compliance.
REPORTING = [
    ("goal", "Ella will report to Nan when she gets in from school, and Nan will make her a snack.", COMPLIANCE, "report to Nan", False),
    ("goal", "Nan will check in with the social worker once a month and tell her how the mornings are going.", COMPLIANCE, "check in with", False),
    ("goal", "Tyler will report to the youth offending team each week as his order says.", COMPLIANCE, "report to the youth offending team", True),
]


@pytest.mark.parametrize("kind,text,code,words,fires", REPORTING)
def test_reporting(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)
