"""Round 18 (issue 11, section 3): fewer false alarms on good goals, read on the parse
(checks/goals18.py). Wordings written before the code; each class has good sentences that must be
silent and poor near misses that must still fire. Each case: (kind, text, code, words, fires), as in
test_checks17_alternative.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

COMPLIANCE = ("SOS511",)
VAGUE = ("SOS302",)
JUDGEMENT = ("SOS305", "SOS301")
ABSENCE = ("SOS512",)

# A. "agreed to" followed by a deed ("has agreed to mend the fence"): the deed is the goal's measure,
# read on its own; "agree to" a service's thing ("agree to unannounced visits") stays compliance.
AGREED_DEED = [
    ("goal", "Mum and Dad, you have agreed to change your shifts so one of you is home by six every evening. "
             "Nan will have Ivy on Fridays.", COMPLIANCE, "agreed to", False),
    ("goal", "Uncle Jay has agreed to fit a chain on the front door this weekend, and Mum will keep it on at night.",
     COMPLIANCE, "agreed to", False),
    ("goal", "Dad, you have agreed to move in with your brother while you sort things out, and you will see Kai "
             "at football on Saturdays.", COMPLIANCE, "agreed to", False),
    ("goal", "Marcus and Theo, when you start to argue, you will stop and agree to talk after Ollie is asleep.",
     COMPLIANCE, "agree to", False),
    ("goal", "Mrs Price next door has agreed to take Lola in when Mum works late, every Tuesday for the next "
             "year.", COMPLIANCE, "agreed to", False),
    ("goal", "Auntie Grace and Nan agreed to take turns picking Tayla up from Brownies on Thursdays.",
     COMPLIANCE, "agreed to", False),
    ("goal", "Mum, you have agreed to keep the bleach on the top shelf, and Dad will fit the cupboard locks "
             "on Sunday.", COMPLIANCE, "agreed to", False),
    ("goal", "Grandad Len has agreed to drive Mia to swimming every Saturday morning until the summer.",
     COMPLIANCE, "agreed to", False),
    ("goal", "Dad, you agreed to ring Nan when you feel angry and walk round to her house until you are calm.",
     COMPLIANCE, "agreed to", False),
    ("goal", "Your friend Shona has agreed to stay over on the nights Gary is out of prison on licence.",
     COMPLIANCE, "agreed to", False),
    ("goal", "Mr Thorne, the farmer, has agreed to mend the fence round the pond by the end of April.",
     COMPLIANCE, "agreed to", False),
    # near misses: agreeing to a service's thing, or to go to a service
    ("goal", "Mum will agree to unannounced visits from the social worker.", COMPLIANCE, "agree to", True),
    ("goal", "Dad has agreed to a referral to the drug service.", COMPLIANCE, "agreed to", True),
    ("goal", "The parents will agree to random hair strand tests.", COMPLIANCE, "agree to", True),
    ("goal", "Mum has agreed to attend all appointments with the family support worker.", COMPLIANCE,
     "attend all appointments", True),
    ("goal", "Dad has agreed to engage with the substance misuse service.", COMPLIANCE, "engage with", True),
    ("goal", "Mum will agree to the safety plan and sign the written agreement.", COMPLIANCE, "agree to", True),
]

# B. A doctor or dentist seen when the child needs one: the child's own care, not the adult's
# meeting with a service. An adult seeing their own worker still fires.
CHILDS_NEED = [
    ("goal", "Mum, you and Grace need Grace to keep going to school, see a doctor when she is ill, and see her "
             "friends.", COMPLIANCE, "see a doctor", False),
    ("goal", "You, Coral and Coral's mum want her to be well fed, see a dentist when she needs one and keep "
             "close to her mum.", COMPLIANCE, "see a dentist", False),
    ("goal", "Dad, you want Leo to see a doctor whenever he is poorly and to sleep in his own bed.", COMPLIANCE,
     "see a doctor", False),
    ("goal", "Nan, you and Ava need her to see the dentist when her tooth hurts, and to eat breakfast every day.",
     COMPLIANCE, "see the dentist", False),
    ("goal", "Mum, you want Jay to see the GP if he gets a rash again, and Auntie Sue will drive you both there.",
     COMPLIANCE, "see the GP", False),
    ("goal", "Kai needs to see a doctor whenever his asthma flares up, and Mum will keep his inhaler in his bag.",
     COMPLIANCE, "see a doctor", False),
    ("goal", "Mum and Dad, you want Ruby to see the nurse if her eczema bleeds, and to go to bed by eight.",
     COMPLIANCE, "see the nurse", False),
    ("goal", "Gran, you want Sami to see a doctor when he has a fever, and Uncle Amir will take him if you are "
             "at work.", COMPLIANCE, "see a doctor", False),
    ("goal", "Dad, you and Precious need her to see the optician when her eyes hurt, and to wear her glasses "
             "at school.", COMPLIANCE, "see the optician", False),
    ("goal", "You want Ellie to see her doctor whenever she feels breathless, and Nan will ring the surgery "
             "with you.", COMPLIANCE, "see her doctor", False),
    # near misses: the adult meets a worker, on the adult's own occasion
    ("goal", "Mum will meet with the social worker every week when Leo is at school.", COMPLIANCE,
     "meet with the social worker", True),
    ("goal", "Dad will meet with the probation officer when he is released.", COMPLIANCE,
     "meet with the probation officer", True),
    ("goal", "Dad will meet with his probation officer whenever the children are at Nan's.", COMPLIANCE,
     "meet with his probation officer", True),
    ("goal", "Mum will consult her GP if she feels unwell.", COMPLIANCE, "consult her GP", True),
    ("goal", "Dad will seek advice from the health visitor when he is unsure.", COMPLIANCE, "seek advice", True),
]

# C. The child's own "will not" beside what an adult of the family or network does in the same or
# the sentence before: an arrangement, not a goal of harm not happening. It still fires with no
# adult deed beside it, for harm to the child ("go missing", "be exposed", "witness") and for a
# misdeed said not to happen again.
CHILDS_OWN = [
    ("goal", "When the boys want to swim, you or Grandpa Ted will take them to the lido, and they will not swim "
             "in the canal.", ABSENCE, "will not", False),
    ("goal", "Joy, you will stay with your aunt in Leeds, and your aunt will drive you to college. You will not "
             "travel abroad with any family member while the order is in place.", ABSENCE, "will not", False),
    ("goal", "Nan will walk Ella to the bus stop each morning, and Ella will not cross the main road on her own.",
     ABSENCE, "will not", False),
    ("goal", "Dad will pick Sam up from the skate park at six. Sam will not walk home through the underpass.",
     ABSENCE, "will not", False),
    ("goal", "Uncle Rob will take Callum to boxing twice a week, and Callum will not go to the flats after dark.",
     ABSENCE, "will not", False),
    ("goal", "Mum will charge the tablet in her room every night, and Kacey will not take it to bed.",
     ABSENCE, "will not", False),
    ("goal", "Auntie Pam will sit with the twins at the pool. The twins will not go in the deep end without her.",
     ABSENCE, "will not", False),
    ("goal", "Mum will keep the matches in the locked drawer, and Leo will not play in the kitchen when the hob "
             "is on.", ABSENCE, "will not", False),
    ("goal", "Dad will drive Amira to her friend's house on Fridays, and she will not get into cars with older "
             "boys.", ABSENCE, "will not", False),
    ("goal", "Grandad will meet Tom off the train on Saturdays. Tom will not travel to the city on his own.",
     ABSENCE, "will not", False),
    # near misses
    ("goal", "Sonny will not carry a knife.", ABSENCE, "will not", True),
    ("goal", "Ash will make better choices online and will not send pictures of himself to strangers.",
     ABSENCE, "will not", True),
    ("goal", "Dad will take Brook to school every day. Brook will not go missing.", ABSENCE, "will not go missing",
     True),
    ("goal", "Mum will cook tea every night, and Mia will not witness any more arguments.", ABSENCE, "will not",
     True),
    ("goal", "Blessing will not shoplift again. Nan will have her on Saturdays.", ABSENCE, "will not", True),
    ("goal", "Mum will walk Kai to school, and Kai will not be exposed to drugs.", ABSENCE, "will not", True),
    # words_dev bw-d08: a name read both as the child and as the adult is one person
    ("goal", "Dawn to comply with the plan. Dawn will make positive changes and demonstrate that she can put the "
             "needs of Hunter and Jade first. Dawn will not drink alcohol.", ABSENCE, "will not", True),
]

# D. Harm to a person in a goal's "If this doesn't happen" sentence is the future danger the goal
# closes with, not a vague effect. An effect on a part of a life, or harm named outside that
# sentence, still fires.
IF_NOT_HARM = [
    ("goal", "Mum will walk Leo to school every day. If this doesn't happen, Leo could be badly hurt on the main "
             "road.", VAGUE, "badly hurt", False),
    ("goal", "Aunt Hafsa will keep your passport. If this doesn't happen, you could be taken abroad and made to "
             "marry, and be badly harmed by people who should love you.", VAGUE, "badly harmed", False),
    ("goal", "Dad will fit a guard round the fire. If this doesn't happen, Ivy could be badly harmed in a fire.",
     VAGUE, "badly harmed", False),
    ("goal", "Nan will sit with Kai at bath time. If this doesn't happen, Kai could be seriously hurt in the bath.",
     VAGUE, "seriously hurt", False),
    ("goal", "Mum will keep the tablets locked away. If this doesn't happen, Mia might be severely harmed by the "
             "tablets.", VAGUE, "severely harmed", False),
    ("goal", "Dad will go to Nan's when he is angry. If this doesn't happen, Ella could be badly hurt when Dad "
             "throws things.", VAGUE, "badly hurt", False),
    ("goal", "Uncle Jay will drive the boys home. If this doesn't happen, the boys could be badly harmed by the men "
             "at the flats.", VAGUE, "badly harmed", False),
    ("goal", "Mum will put the baby on his back to sleep. If this doesn't happen, he could be seriously harmed in "
             "his sleep.", VAGUE, "seriously harmed", False),
    ("goal", "Gran will keep the gate bolted. If not, Tia could be badly hurt by a tractor.", VAGUE, "badly hurt",
     False),
    ("goal", "Dad will keep the dog in the yard. If this does not happen, Rosie could be badly hurt by the dog.",
     VAGUE, "badly hurt", False),
    # near misses
    ("goal", "Mum will walk Leo to school. If this doesn't happen, Leo's education will be badly affected.",
     VAGUE, "badly affected", True),
    ("goal", "Leo will not be badly affected by the arguments at home.", VAGUE, "badly affected", True),
    ("goal", "Mum will read with Leo every night, so that his learning is not negatively impacted.", VAGUE,
     "negatively impacted", True),
    ("goal", "If this doesn't happen, Ivy's emotional wellbeing will be significantly affected.", VAGUE,
     "significantly affected", True),
    ("goal", "Dad will cook tea every night. Ivy has been emotionally affected by what she saw.", VAGUE,
     "emotionally affected", True),
]

# E. A pair of states ("safe and happy") that sums up a goal whose other sentences give the adults'
# everyday deeds. Alone, or beside compliance only, it still fires.
STATE_SUMMED_UP = [
    ("goal", "Mum, Riya will always have an adult with her. When you need the shop, Uncle Dev or your neighbour "
             "Pam will sit with Riya. Riya will be safe and happy at home every day.", VAGUE, "safe and happy", False),
    ("goal", "Nan and Grandad, Erin needs her time with Mum to be safe and happy. Mum will see Erin at your house "
             "on Sundays, with you in the room. You will ring Kerry if Mum asks to take her out.", VAGUE,
     "safe and happy", False),
    ("goal", "Dad will make Leo's tea every night, and Nan will take him to school. Leo will be happy and settled "
             "at home.", VAGUE, "happy and settled", False),
    ("goal", "Mum, you will bath Ava at seven and read her a story. Auntie Jo will put her to bed on Fridays. Ava "
             "will stay safe and well.", VAGUE, "safe and well", False),
    ("goal", "Gran, you need Lark's time with you to stay safe and happy. For this to happen, Mum will collect "
             "Lark from school, and Uncle Tariq will stay with you both for tea on Tuesdays.", VAGUE,
     "safe and happy", False),
    ("goal", "Dad will keep his tablets in the locked box, and Uncle Ray will check the box each Sunday. Mia will "
             "be safe and secure.", VAGUE, "safe and secure", False),
    ("goal", "Mum will cook a hot tea every night, and Nan will do the washing on Mondays. Kai will be happy and "
             "healthy at home.", VAGUE, "happy and healthy", False),
    ("goal", "You will walk Ella to school each morning, and her cousin Bea will walk her home. Ella will feel "
             "safe and settled.", VAGUE, "safe and settled", False),
    ("goal", "Dad will ring Nan when he feels angry and go to her house. Nan will make him a cup of tea. Ruby will "
             "stay safe and happy.", VAGUE, "safe and happy", False),
    ("goal", "Mum will feed Noor every three hours, and Dad will do the night feeds. Noor will be settled and "
             "happy.", VAGUE, "settled and happy", False),
    # near misses
    ("goal", "Leo will be safe and happy.", VAGUE, "safe and happy", True),
    ("goal", "Mum will engage with services and attend the parenting course. Leo will be safe and happy.", VAGUE,
     "safe and happy", True),
    ("goal", "The children will remain safe and well at all times.", VAGUE, "safe and well", True),
    ("goal", "Mum will keep Kai safe and happy and will cook his tea.", VAGUE, "safe and happy", True),
    ("goal", "Dad will make sure Ava is happy and settled. Ava will be safe and secure.", VAGUE, "safe and secure",
     True),
]

# F. A trait word used as a verb with its object or what was said ("has been threatening to send
# the picture", "was controlling her bank card"): the deed told, not a verdict on character. The
# trait said of the adult ("Dad is threatening", "a controlling man") still fires.
TRAIT_AS_DEED = [
    ("worry", "Since January a man Colt met online has been threatening to send a picture of him to his friends.",
     JUDGEMENT, "threatening", False),
    ("worry", "Dad has been threatening to take Ivy to Spain without telling Mum.", JUDGEMENT, "threatening",
     False),
    ("worry", "On Friday Dean was threatening to smash the windows while Leo hid upstairs.", JUDGEMENT,
     "threatening", False),
    ("worry", "Mum's partner has been threatening Mum with a knife when he drinks.", JUDGEMENT, "threatening", False),
    ("worry", "Last week Dad was threatening to throw Mum's phone out of the window if she rang Nan.", JUDGEMENT,
     "threatening", False),
    ("worry", "Mum says Gary was controlling her bank card and gave her ten pounds a week for food.", JUDGEMENT,
     "controlling", False),
    ("worry", "Since May Dad has been threatening that he will kill himself if Mum leaves.", JUDGEMENT,
     "threatening", False),
    ("worry", "The older boys have been threatening to hurt Kai if he stops carrying their bags.", JUDGEMENT,
     "threatening", False),
    ("worry", "Nan heard Dad threatening to lock Ruby in the shed on Sunday.", JUDGEMENT, "threatening", False),
    ("worry", "Her ex-partner has been threatening to post the photos online unless she pays him.", JUDGEMENT,
     "threatening", False),
    # near misses
    ("worry", "Dad was threatening towards Mum at the school gate.", JUDGEMENT, "threatening", True),
    ("worry", "Mum's partner can be controlling.", JUDGEMENT, "controlling", True),
    ("worry", "Dad was very threatening towards the social worker.", JUDGEMENT, "threatening", True),
    ("worry", "Dad is a controlling man and Mum is scared of him.", JUDGEMENT, "controlling", True),
    ("worry", "Mum's boyfriend is intimidating and hostile.", JUDGEMENT, "intimidating", True),
]

# G. "Stepped up to" with a verb: a person taking on a task, not the process word ("the plan was
# stepped up to child protection").
STEPPED_UP = [
    ("goal", "Ash, you are 19 and you have stepped up to look after your brother and sister since Mum went into "
             "hospital.", "SOS101", "stepped up to", False),
    ("worry", "Nan stepped up to help when Mum was in hospital, and she has cared for Leo every day since.",
     "SOS101", "stepped up to", False),
    ("goal", "Uncle Rob has stepped up to take Kai to football every Saturday.", "SOS101", "stepped up to", False),
    ("goal", "Your friend Bea stepped up to have the children on Wednesday evenings.", "SOS101", "stepped up to",
     False),
    ("worry", "Jade's big sister has stepped up to cook tea for the younger ones most nights.", "SOS101",
     "stepped up to", False),
    ("goal", "Grandad stepped up to drive Mia to school when Dad lost his licence.", "SOS101", "stepped up to",
     False),
    ("goal", "Dad, you have stepped up to do the night feeds, and Nan will come on Sundays.", "SOS101",
     "stepped up to", False),
    ("worry", "Since March, Amir (14) has stepped up to care for his mum when her pain is bad.", "SOS101",
     "stepped up to", False),
    ("goal", "Auntie Sue stepped up to collect the twins from nursery on Mondays.", "SOS101", "stepped up to",
     False),
    ("goal", "Mrs Cole next door has stepped up to sit with Ruby after school.", "SOS101", "stepped up to", False),
    # near misses: the process word
    ("worry", "The case was stepped up to child protection in June.", "SOS101", "stepped up", True),
    ("worry", "Leo's plan has been stepped up to a child protection plan.", "SOS101", "stepped up", True),
    ("worry", "Social care will step up to child protection if nothing changes.", "SOS101", "step up to", True),
    ("worry", "After the strategy meeting the case was stepped up to section 47.", "SOS101", "stepped up", True),
    ("worry", "The children were stepped up to child protection plans in March.", "SOS101", "stepped up", True),
]

# H. A care aim ("be well cared for", "be a child") in a goal whose other sentences give at least two
# everyday deeds of the adults. Alone, or beside one deed or compliance, it still fires.
CARE_AIM = [
    ("goal", "Mrs Adebayo, you want Coral to be well cared for and keep close to her mum. You will register Coral "
             "with your GP this month and help her video-call her mum every Sunday. Pastor Ade will drop in every "
             "fortnight.", VAGUE, "well cared for", False),
    ("goal", "Nan, you want Leo to be well looked after. You will make his tea every night, and Uncle Jay will "
             "take him to football on Saturdays.", VAGUE, "well looked after", False),
    ("goal", "Mum, Ava needs to be well cared for. You will bath her at seven and read her a story, and Auntie "
             "Jo will have her on Fridays.", VAGUE, "well cared for", False),
    ("goal", "Dad will cook tea each night and Nan will do the school run. Ruby will get to be a child again.",
     VAGUE, "be a child", False),
    ("goal", "Gran, the boys need to be properly looked after. You will walk them to school, and their cousin "
             "Dan will collect them on Thursdays.", VAGUE, "properly looked after", False),
    ("goal", "Tom will take Ruby to school, and Auntie Bev will cook her tea on weekdays. Ruby will be free to be "
             "a child.", VAGUE, "be a child", False),
    ("goal", "Dad, Mia needs to be well cared for. You will give her breakfast before school, and Nan will pick "
             "her up each day.", VAGUE, "well cared for", False),
    ("goal", "Kian needs to be well looked after while Mum is in hospital. Auntie Rose will move in, and Uncle "
             "Sam will take him to school.", VAGUE, "well looked after", False),
    ("goal", "Precious will be a child again. Mum and Dad will change their shifts, and your friend Grace will "
             "come at six on weekdays.", VAGUE, "be a child", False),
    ("goal", "Leo will be well cared for. Mum will cook his tea every night and Dad will read to him at bedtime.",
     VAGUE, "well cared for", False),
    # near misses
    ("goal", "Leo will be well cared for.", VAGUE, "well cared for", True),
    ("goal", "Mum will engage with services. Leo will be well cared for.", VAGUE, "well cared for", True),
    ("goal", "The children will be well looked after. Nan will help.", VAGUE, "well looked after", True),
    ("goal", "Ruby will be able to be a child.", VAGUE, "be a child", True),
    ("goal", "Mum will attend the parenting course. Kai will be well cared for.", VAGUE, "well cared for", True),
]


@pytest.mark.parametrize("kind,text,code,words,fires", CARE_AIM + STEPPED_UP + TRAIT_AS_DEED + IF_NOT_HARM + STATE_SUMMED_UP + AGREED_DEED + CHILDS_NEED + CHILDS_OWN)
def test_good_goals_round18(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_enough_wordings():
    for cases in (AGREED_DEED, CHILDS_NEED, CHILDS_OWN, IF_NOT_HARM, STATE_SUMMED_UP, TRAIT_AS_DEED, STEPPED_UP, CARE_AIM):
        assert sum(not c[4] for c in cases) >= 10 and sum(c[4] for c in cases) >= 5
