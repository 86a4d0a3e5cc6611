"""Round 13 (words13b): word classes of jargon and vague words, each named, with wordings of our
own (varied tense, voice, negation, subject, profession and setting) and near misses that must stay
clean. Written before the code that catches them. Each case: (kind, text, code, words, fires), as in
test_word_classes9.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

JARGON = ("SOS101", "SOS102", "SOS103", "SOS104")
VAGUE = ("SOS302",)
ANY = ("SOS101", "SOS102", "SOS103", "SOS104", "SOS301", "SOS302", "SOS304", "SOS305", "SOS306")

# C7. Jargon of a service's records: a school's, a housing office's, a court's or hearing's, a
# midwife's, a hospital's, the police's or the Home Office's fixed terms, with a plain swap each.
SERVICE_WORDS = [
    ("worry", "Leo's school took him off roll in May without telling anyone where he would go.", JARGON, "off roll", True),
    ("worry", "Ava was removed from the roll at Hill Primary after ten weeks away.", JARGON, "removed from the roll", True),
    ("goal", "Mum will make sure Kai gets a suitable education at home, with Nan teaching maths on Mondays.", JARGON, "suitable education", True),
    ("worry", "The council is thinking about a School Attendance Order because Noor has missed 60 days.", JARGON, "School Attendance Order", True),
    ("worry", "The magistrates made a parenting order after Kian missed 40 days of school.", JARGON, "parenting order", True),
    ("worry", "The council accepted the family were in priority need, but they still sleep on Nan's floor.", JARGON, "priority need", True),
    ("worry", "The family are in one room of a hostel under the s188 duty.", JARGON, "s188", True),
    ("worry", "The court will hear the council's s31 application on 4 June.", JARGON, "s31", True),
    ("worry", "At the hearing the grounds were accepted by Dad but not by Mum.", JARGON, "grounds", True),
    ("worry", "Dad chastised Mia with a wooden spoon, leaving red marks on her legs.", JARGON, "chastised", True),
    ("worry", "There have been three incidents of physical chastisement since Easter.", JARGON, "physical chastisement", True),
    ("worry", "Mr and Mrs Green have asked for a disruption meeting because Tyler hit Mrs Green.", JARGON, "disruption meeting", True),
    ("worry", "Ms Kerr had a concealed pregnancy and gave birth to Noor at home alone.", JARGON, "concealed pregnancy", True),
    ("worry", "The midwife is worried because the pregnancy was unbooked until 34 weeks.", JARGON, "unbooked", True),
    ("worry", "The GP is worried because Dad has a hx of heroin use and Ava (2) is in his care.", JARGON, "hx", True),
    ("worry", "The hospital say Amir is medically fit for discharge, but Mum has not come to collect him.", JARGON, "medically fit for discharge", True),
    ("worry", "Dad was interviewed under caution about the bruises on Leo's back.", JARGON, "interviewed under caution", True),
    ("worry", "The referral came in through the Front Door after Kai's teacher rang.", JARGON, "Front Door", True),
    ("worry", "Mum's claim is appeal rights exhausted, so the family have no money for food.", JARGON, "appeal rights exhausted", True),
    # Near misses: the same words in their everyday sense.
    ("goal", "Mum will take Ava to the school grounds on Saturday to play football.", JARGON, "grounds", False),
    ("worry", "There are no grounds to stop Ava seeing Nan.", JARGON, "grounds", False),
    ("worry", "Mum lives at 12 Hill Street, Sheffield S1 4AB, with Ava (4).", JARGON, "S1", False),
    ("worry", "Mum has been to the Front Door of the flats three times looking for Dean.", JARGON, "Front Door", False),
    ("worry", "The family moved from Gateway Road to a flat in Luton last week.", JARGON, "Gateway", False),
    ("goal", "Leo and Dad will walk through the park gateway to school every morning.", JARGON, "gateway", False),
    ("worry", "Ava (4) played on a roll mat at nursery and Mum left before lunch.", JARGON, "roll", False),
    ("worry", "Sage used to love presenting at assembly, but she has fallen asleep in maths three times.", JARGON, "presenting at", False),
    ("goal", "Dad will present at the school's science fair with Ava in June.", JARGON, "present at", False),
    ("goal", "Mum, you will go with Justice to meet the Reporter and the social worker in May.", JARGON, "Reporter", False),
    ("goal", "Mum to keep all appointments with her drug worker and the Reporter.", JARGON, "Reporter", False),
]

# C8. Harm to an abstract quality: a verb of harm on something nobody can see ("damaged his
# self-esteem", "harming her emotional health"), a quality said to stop or stall ("progress has
# stalled"), needs left "unmet", a place called "unhygienic".
ABSTRACT_HARM = [
    ("worry", "Dad's shouting every night has damaged Lucas's self-esteem.", VAGUE, "damaged Lucas's self-esteem", True),
    ("worry", "Mum cancelling her visits is harming Mia's emotional health.", VAGUE, "harming Mia's emotional health", True),
    ("worry", "The moves between hostels are damaging Eli's education.", VAGUE, "damaging Eli's education", True),
    ("worry", "Nan says the arguments have knocked Ruby's confidence.", VAGUE, "knocked Ruby's confidence", True),
    ("worry", "Dad's drinking has undermined the children's sense of security.", VAGUE, "undermined", True),
    ("worry", "Eli's progress has stalled since the family moved hostel.", VAGUE, "progress has stalled", True),
    ("worry", "Since Christmas Amir's learning has slipped and his reading has plateaued.", VAGUE, "learning has slipped", True),
    ("worry", "Kai's speech development has stopped since Dad left.", VAGUE, "development has stopped", True),
    ("worry", "Justice's needs remain unmet while Mum is drinking.", VAGUE, "unmet", True),
    ("worry", "The children's basic needs were unmet on each visit in March.", VAGUE, "unmet", True),
    ("worry", "The kitchen was unhygienic on both visits.", ANY, "unhygienic", True),
    # Near misses: a harm to something anyone can see, or the vague word said with what was seen.
    ("worry", "Dad damaged Lucas's bike and his school bag when he was drunk on Friday.", VAGUE, "damaged", False),
    ("worry", "The fire damaged the kitchen and Ivy's bedroom.", VAGUE, "damaged", False),
    ("worry", "Ruby's reading has gone from a level 6 to a level 3 since she moved school.", VAGUE, "reading", False),
    ("worry", "Dad hurt Mia's arm when he pulled her off the sofa.", VAGUE, "hurt", False),
    ("goal", "Dad will stop the car and ring Nan if he feels angry.", VAGUE, "stop", False),
]

# C9. A goal outcome as a state nobody can see ("more settled", "a happier home", "remain safe",
# "the placement will be stabilised", "wellbeing indicators will be met").
HIDDEN_OUTCOME = [
    ("goal", "Dad, over the next six months Ollie will become more settled at home after school.", VAGUE, "more settled", True),
    ("goal", "By the summer Amara (4) will grow up in a happier home with Nan nearby.", VAGUE, "happier home", True),
    ("goal", "Tuan will remain safe and free from exploitation.", VAGUE, "remain safe", True),
    ("goal", "The placement will be stabilised by Easter.", VAGUE, "will be stabilised", True),
    ("goal", "Kacey's wellbeing indicators will be met by the next review.", VAGUE, "will be met", True),
    ("goal", "The family's relationships will be strengthened over the next three months.", VAGUE, "will be strengthened", True),
    ("goal", "Ava's home life will be improved and her routines will be established.", VAGUE, "will be improved", True),
    ("goal", "Stability will be maintained for the boys over the coming year.", VAGUE, "will be maintained", True),
    ("goal", "Over the next year Rosie and Finn will live in a calmer home.", VAGUE, "calmer home", True),
    ("goal", "Nan, the outcomes for Jay will be achieved by March.", VAGUE, "will be achieved", True),
    # Near misses: a thing anyone can see done, someone named doing it, or the child's experience
    # beside what the adults will do.
    ("goal", "The stair gate will be fixed by Dad on Saturday.", VAGUE, "will be fixed", False),
    ("goal", "The lighters will be locked in the tin in Mum's room every night.", VAGUE, "will be locked", False),
    ("goal", "Ava's bed will be moved into Nan's room this week.", VAGUE, "will be moved", False),
    ("goal", "Mum, you and Ava need a calm home. Dad will take Ava to the park every Saturday. Ava will be calm and settled at home.", VAGUE, "will be calm", False),
    ("goal", "Storm, you and Mum want you to feel calmer inside. For this to happen, Mum will keep lighters in the locked tin in her room.", VAGUE, "feel calmer", False),
    ("goal", "Leo will be calmer at bedtime because Dad reads with him every night.", VAGUE, "calmer", False),
]

# C10. A process stated as the outcome ("risks will be managed", "kept under review", "report any
# concerns", "reduce their alcohol consumption"): what a service does, or a change with no figure.
PROCESS_OUTCOME = [
    ("goal", "Whenever Dean is in the house, risks will be managed so that Poppy can sleep.", VAGUE, "risks will be managed", True),
    ("goal", "Priya's safety will be kept under review each week until Christmas.", VAGUE, "kept under review", True),
    ("goal", "The situation will be monitored and concerns will be addressed at the review.", VAGUE, "will be addressed", True),
    ("goal", "Parents to check Skye's phone and report any concerns.", VAGUE, "report any concerns", True),
    ("goal", "Nan will raise any worries with the social worker.", VAGUE, "raise any worries", True),
    ("goal", "The school will share concerns with the family straight away.", VAGUE, "share concerns", True),
    ("goal", "Parents to reduce their alcohol consumption.", VAGUE, "reduce their alcohol consumption", True),
    ("goal", "Dad will cut down his drinking when the children stay over.", VAGUE, "cut down his drinking", True),
    ("goal", "Mum will reduce her cannabis use over the next three months.", VAGUE, "reduce her cannabis use", True),
    ("goal", "Mum and Dad will reduce the arguing in front of Leo.", VAGUE, "reduce the arguing", True),
    # Near misses: the figure, the person or the thing told is said.
    ("goal", "Mum will cut her drinking to two glasses of wine on Saturdays only.", VAGUE, "cut her drinking", False),
    ("goal", "Dad will cut his drinking down to no more than four cans a week.", VAGUE, "cut his drinking", False),
    ("goal", "Nan will tell the social worker if Dean comes to the flat.", VAGUE, "tell", False),
    ("goal", "Holly will tell Ms Reid about any worries she has about Dad's drinking.", VAGUE, "any worries", False),
    ("goal", "Mum will report the bruise to the GP the same day.", VAGUE, "report", False),
    ("goal", "The locks will be changed by the landlord on Monday.", VAGUE, "will be changed", False),
    ("goal", "Nan will walk Leo to school every day until his plan is reviewed in April.", VAGUE, "is reviewed", False),
    ("goal", "Ms Reid will check Kai's register each Friday and flag any problems to the social worker.", VAGUE, "flag any problems", False),
    ("goal", "This plan will be reviewed with you, Nan and Ms Reid in six weeks.", VAGUE, "will be reviewed", False),
]

CASES = SERVICE_WORDS + ABSTRACT_HARM + HIDDEN_OUTCOME + PROCESS_OUTCOME


@pytest.mark.parametrize("kind,text,code,words,fires", CASES)
def test_word_class(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_each_class_has_ten_wordings_and_five_near_misses():
    for cases in (SERVICE_WORDS, ABSTRACT_HARM, HIDDEN_OUTCOME, PROCESS_OUTCOME):
        assert sum(fires for *_, fires in cases) >= 10
        assert sum(not fires for *_, fires in cases) >= 5
