"""Round 14 (goals14): compliance and absence of harm, and false alarms on good goals, class by
class. Each class is named in one line, with wordings of our own (tense, voice, negation, subject,
profession, inflection) and near misses that must stay clean, written before the code that
catches them. Each case: (kind, text, code, words, fires), as in test_goal_classes13.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

COMPLIANCE = ("SOS511",)
ABSENCE = ("SOS512",)
ROLE = ("SOS402",)

# C14a: taking up what a service offers: taking part in, or accepting, a service's intervention,
# mentoring, referral or worker, set as the goal. Taking part in the child's life, or accepting
# the child's or the network's words, is everyday family life.
TAKING_UP = [
    ("goal", "Kyle to participate in the Channel intervention until the panel closes the case.", COMPLIANCE, "participate in", True),
    ("goal", "Mum will take part in the Triple P sessions offered by the family hub.", COMPLIANCE, "take part in", True),
    ("goal", "Dad has agreed to participate fully in the assessment.", COMPLIANCE, "participate", True),
    ("goal", "Both parents will actively participate in the parenting assessment.", COMPLIANCE, "participate", True),
    ("goal", "Mr Lane will accept mentoring from the youth offending team.", COMPLIANCE, "accept mentoring", True),
    ("goal", "Ms Grey is to accept counselling from the trauma service.", COMPLIANCE, "accept counselling", True),
    ("goal", "Mum will accept the referral to the family hub.", COMPLIANCE, "accept the referral", True),
    ("goal", "The parents must accept the named health visitor as their only point of contact.", COMPLIANCE, "accept the named health visitor", True),
    ("goal", "Mr Khan will accept support from the drug and alcohol team.", COMPLIANCE, "accept support", True),
    ("goal", "Dad took part in every session of the Caring Dads programme.", COMPLIANCE, "took part in", True),
    ("goal", "Carers to partake in the therapeutic parenting training.", COMPLIANCE, "partake in", True),
    # Near misses: the child's life, the network's help, the family's own plans.
    ("goal", "Mum will take part in Leo's sports day and cheer him on.", COMPLIANCE, "take part in", False),
    ("goal", "Dad will join in with Ivy's games at the park on Saturday mornings.", COMPLIANCE, "join in", False),
    ("goal", "Mum will accept Nan's offer to have the boys every Friday night.", COMPLIANCE, "accept Nan's offer", False),
    ("goal", "Dad will accept Ella's apology and talk calmly with her.", COMPLIANCE, "accept Ella's apology", False),
    ("goal", "The whole family will take part in Sunday dinner at Nan's every week.", COMPLIANCE, "take part in", False),
    ("goal", "Ruby will take part in the school play and Mum will come to watch.", COMPLIANCE, "take part in", False),
]

# C14b: a service kept told, or answered, as the goal: "to be kept informed", "respond to the
# school's calls". The family answering a service is not what will be different at home; a
# parent telling the child or the network is.
SERVICE_TOLD = [
    ("goal", "Children's Services to be kept informed of any change of address.", COMPLIANCE, "kept informed", True),
    ("goal", "The social worker will be kept updated about who is staying at the house.", COMPLIANCE, "kept updated", True),
    ("goal", "Professionals are to be kept informed of the family's whereabouts.", COMPLIANCE, "kept informed", True),
    ("goal", "The school and the health visitor must be kept up to date by Mum.", COMPLIANCE, "kept up to date", True),
    ("goal", "Parents are to respond to school communications within 48 hours.", COMPLIANCE, "respond to school communications", True),
    ("goal", "Dad will respond to all calls from the social worker.", COMPLIANCE, "respond to all calls", True),
    ("goal", "Mum will reply to letters from the health visitor within a week.", COMPLIANCE, "reply to letters", True),
    ("goal", "Ms Ali will answer the door and the phone to professionals.", COMPLIANCE, "answer the door", True),
    ("goal", "The parents will respond promptly to messages from the nursery manager.", COMPLIANCE, "respond promptly to messages", True),
    ("goal", "Mr Doyle to return calls from the probation officer the same day.", COMPLIANCE, "return calls", True),
    # Near misses: the child and the network kept told; answering the child.
    ("goal", "Nan will be kept informed by Mum of where the children are each weekend.", COMPLIANCE, "kept informed", False),
    ("goal", "Dad will respond to Leo's calls straight away when he is out with friends.", COMPLIANCE, "respond to Leo's calls", False),
    ("goal", "Mum will reply to Ivy's texts within ten minutes when Ivy is at her dad's.", COMPLIANCE, "reply to Ivy's texts", False),
    ("goal", "Ella will be kept warm and dry, with her coat on the hook by the door.", COMPLIANCE, "kept warm", False),
    ("goal", "Dad will answer the door only to people he knows, and Nan will be there.", COMPLIANCE, "answer the door", False),
]

# C14c: a service's figure of attendance taken as the goal's object: "achieve regular attendance",
# "have improved school attendance of 95%". Going to school with someone is the child's day; a
# figure for a service to count is not what happens at home.
ATTENDANCE_FIGURE = [
    ("goal", "Reign will achieve regular attendance at school.", COMPLIANCE, "achieve regular attendance", True),
    ("goal", "Hope will have improved school attendance of 95%.", COMPLIANCE, "attendance", True),
    ("goal", "Mum is to maintain good attendance at all appointments.", COMPLIANCE, "maintain good attendance", True),
    ("goal", "Leo to reach 90% attendance by Easter.", COMPLIANCE, "attendance", True),
    ("goal", "The children will sustain full attendance this term.", COMPLIANCE, "sustain full attendance", True),
    ("goal", "Dad will improve his attendance at contact sessions.", COMPLIANCE, "improve his attendance", True),
    ("goal", "Kai's attendance must improve to above 90% by the summer.", COMPLIANCE, "attendance", True),
    ("goal", "Parents will ensure good engagement with the health visitor.", COMPLIANCE, "engagement", True),
    ("goal", "Ava will show consistent engagement with her mentor.", COMPLIANCE, "engagement", True),
    ("goal", "Jay will achieve 100% attendance at his school.", COMPLIANCE, "attendance", True),
    # Near misses: the child's day said in everyday words; how others will know.
    ("goal", "Mum will walk Reign to school every morning and pick him up at 3.15.", COMPLIANCE, "walk Reign to school", False),
    ("goal", "Leo will go to nursery every day, and Nan will take him on Mondays.", COMPLIANCE, "go to nursery", False),
    ("goal", "Ivy's teacher will see that she arrives on time and has had breakfast.", COMPLIANCE, "arrives on time", False),
    ("goal", "Dad will achieve his aim of cooking tea every night with Ava.", COMPLIANCE, "achieve his aim", False),
    ("goal", "Mum will maintain the new bedtime routine every night.", COMPLIANCE, "maintain the new bedtime routine", False),
]

# C14d: an adult's own treatment taken as a professional directed: "take her medication as
# prescribed", "use the inhaler as directed by the GP". Giving the child medicine as the doctor
# said is care of the child.
AS_DIRECTED = [
    ("goal", "Siân will take her antipsychotic medication as prescribed.", COMPLIANCE, "medication as prescribed", True),
    ("goal", "Siân will take her antipsychotic medication as prescribed and keep all appointments with the team.", COMPLIANCE, "medication as prescribed", True),
    ("goal", "Dad will take his tablets as prescribed by the psychiatrist.", COMPLIANCE, "as prescribed", True),
    ("goal", "Mum to take her methadone as directed.", COMPLIANCE, "as directed", True),
    ("goal", "Mr Patel will use his medication as advised by his GP.", COMPLIANCE, "as advised", True),
    ("goal", "Ms Reid must continue to take her prescribed medication as instructed by the mental health team.", COMPLIANCE, "as instructed", True),
    ("goal", "You will keep taking your antidepressants as prescribed.", COMPLIANCE, "as prescribed", True),
    ("goal", "Mum has taken her lithium as prescribed since March.", COMPLIANCE, "as prescribed", True),
    ("goal", "Parents will follow the medication regime as prescribed by the clinic.", COMPLIANCE, "as prescribed", True),
    ("goal", "Dad is to take his insulin as directed by the diabetes nurse.", COMPLIANCE, "as directed", True),
    ("goal", "Mum will take her medicine as prescribed and keep her appointments.", COMPLIANCE, "as prescribed", True),
    # Near misses: the child's medicine given by the adults; everyday "as" clauses.
    ("goal", "Mum will give Leo his inhaler as prescribed, morning and night, and write it on the chart.", COMPLIANCE, "as prescribed", False),
    ("goal", "Dad will give Ava her antibiotics as the GP showed him, with her tea.", COMPLIANCE, "as the GP showed him", False),
    ("goal", "Nan will make Rio's bottles as the midwife showed her.", COMPLIANCE, "as the midwife showed her", False),
    ("goal", "Mum will put Ivy's cream on as directed by the nurse after every bath.", COMPLIANCE, "as directed", False),
    ("goal", "Dad will collect the boys as agreed with Nan on Fridays.", COMPLIANCE, "as agreed", False),
]

# C14e: harm said not to happen with "have": "will have no further dental pain", "have no more
# bruises". Nobody can see something not happening; a measure ("no more than") is a check.
HAVE_NO_HARM = [
    ("goal", "Blessing will have no further dental pain or extractions.", ABSENCE, "no further dental pain", True),
    ("goal", "Leo will have no more bruises.", ABSENCE, "no more bruises", True),
    ("goal", "Ava will suffer no further injuries while in her parents' care.", ABSENCE, "no further injuries", True),
    ("goal", "There will be no further hospital admissions for Mum.", ABSENCE, "no further hospital admissions", True),
    ("goal", "The children will experience no more violence at home.", ABSENCE, "no more violence", True),
    ("goal", "Rio is to have no further unexplained marks.", ABSENCE, "no further unexplained marks", True),
    ("goal", "Ivy will have no further missing episodes.", ABSENCE, "no further missing episodes", True),
    ("goal", "Sam will have no more nights without food.", ABSENCE, "no more nights", True),
    ("goal", "Kai should have no further burns from the kettle.", ABSENCE, "no further burns", True),
    ("goal", "Mia will have had no further admissions to hospital by the summer.", ABSENCE, "no further admissions", True),
    # Near misses: an amount, a time, an everyday "no".
    ("goal", "Leo will have no more than an hour on his tablet each evening, and Dad will read with him.", ABSENCE, "no more than", False),
    ("goal", "Mum will make sure Ava has no later bedtime than 8pm on school nights.", ABSENCE, "no later bedtime", False),
    ("goal", "Nan will take Ivy on the days she has no school, and Mum will collect her at 5.", ABSENCE, "no school", False),
    ("goal", "Dad will cook tea so the children have no need to make their own.", ABSENCE, "no need", False),
    ("goal", "Mum will keep the baby gate shut so Rio has no way onto the stairs.", ABSENCE, "no way", False),
]

# C14f (false alarm): a "will not" with the same adult's positive act joined to it ("Sonny will not
# give Chance a knife, and will keep his tools locked in the van"): the alternative is said.
WILL_NOT_AND_WILL = [
    ("goal", "Uncle Sonny will not give Chance any knife, and will keep his work tools locked in the van.", ABSENCE, "will not", False),
    ("goal", "Mum, you and Chance will make a plan every Friday. Sonny will not give Chance any knife, and will keep his work tools locked in the van.", ABSENCE, "will not", False),
    ("goal", "Leo will not hit his sister when he is cross, and will go to his room and use his punch bag.", ABSENCE, "will not", False),
    ("goal", "Ivy will not be left with Darren and will feel safe at home.", ABSENCE, "will not", True),
    ("goal", "Dad will not drink at home and will go to the pub only when Nan has the boys.", ABSENCE, "will not", False),
    ("goal", "Mum won't leave Ivy with Darren, and will take her to Nan's on her work days.", ABSENCE, "won't", False),
    ("goal", "You will not smoke in the flat and will go out onto the balcony instead.", ABSENCE, "will not", False),
    ("goal", "Mr Lee will not drive the children after a drink, and will book a taxi or ring his sister.", ABSENCE, "will not", False),
    # Still absence: the joined act is itself harm not happening, or nobody acts.
    ("goal", "Dad will not drink and will stay sober every weekend.", ABSENCE, "will not", True),
    ("goal", "Mum will not use drugs and will remain abstinent.", ABSENCE, "will not", True),
    ("goal", "Dad will not hit the children and will stop shouting.", ABSENCE, "will not", True),
    ("goal", "Mum will not drink and will keep away from the pub.", ABSENCE, "will not", True),
    ("goal", "Dad will not shout at Leo.", ABSENCE, "will not", True),
    ("goal", "The children will not suffer any further harm and will reach their milestones.", ABSENCE, "will not", True),
    ("goal", "Ivy will not be hurt again and will feel safe at home.", ABSENCE, "will not", True),
]

# C14g (false alarm): words that are not the goal's measure: a wish the family has told us, or
# a network member's training said of them in a relative clause; and a worker coming to the
# family's meetings (the service's own act, not the family's compliance).
NOT_THE_MEASURE = [
    ("goal", "Dawit, you have told us you want to finish your ESOL course and keep living with Mrs Holloway. You will be home by 10pm.", COMPLIANCE, "finish your ESOL course", False),
    ("goal", "Mum, you said you would like to go on the Freedom Programme one day. You will ring Nan when Lee turns up.", COMPLIANCE, "go on the Freedom Programme", False),
    ("goal", "Dad, you hope to finish the parenting course by summer. You will read to Ava every night.", COMPLIANCE, "finish the parenting course", False),
    ("goal", "You and your brother Reece, who has done the suction training on the ward, will take turns each night.", COMPLIANCE, "done the suction training", False),
    ("goal", "Ash to complete online safety work with the youth worker.", COMPLIANCE, "youth worker", False),
    ("goal", "Dad will do the work on his temper with the family support worker.", COMPLIANCE, "family support worker", False),
    ("goal", "Nan, who completed the first aid course last year, will babysit on Fridays.", COMPLIANCE, "completed the first aid course", False),
    ("goal", "Marcus will meet you at college, and a Tigrinya interpreter will come to each meeting so you can say what you think.", COMPLIANCE, "come to each meeting", False),
    ("goal", "The health visitor will come to every review with Mum, and Nan will mind Ivy.", COMPLIANCE, "come to every review", False),
    # Still compliance: the family is the one set to go or finish.
    ("goal", "Mum will finish the Freedom Programme by June.", COMPLIANCE, "finish the Freedom Programme", True),
    ("goal", "Dad will come to each meeting about Leo.", COMPLIANCE, "come to each meeting", True),
    ("goal", "Parents to complete the parenting course and attend all meetings.", COMPLIANCE, "complete the parenting course", True),
    ("goal", "Mum wants to work with the social worker and will attend all appointments.", COMPLIANCE, "attend all appointments", True),
]

# C14h (false alarm): a role word owned by a person ("Joy's father", "her mother") names the
# relation, not a report label; "the father", "Mother" on its own are still report words.
OWNED_ROLE = [
    ("worry", "Noor told Mrs Hughes on 3 June that her father has booked flights for 20 July.", ROLE, "father", False),
    ("worry", "On 14 May Joy's father took her passport and phone.", ROLE, "father", False),
    ("worry", "Since the summer, Will's father, Dr Hale, has drunk a bottle of wine most nights.", ROLE, "father", False),
    ("worry", "Ayaan's mother has left him alone at night three times this month.", ROLE, "mother", False),
    ("worry", "Their father shouts at Leo and Mia when he has been drinking.", ROLE, "father", False),
    ("worry", "The father hits Tia when she cries, and Tia is scared.", ROLE, "The father", True),
    ("worry", "Father has been drinking every night and shouting at Leo.", ROLE, "Father", True),
    ("goal", "Mother to take Leo to nursery every day.", ROLE, "Mother", True),
    ("worry", "The social worker is worried about Mother's drinking while Leo is in the bath.", ROLE, "Mother", True),
    ("worry", "The mother's partner hit Callum with a belt on Sunday.", ROLE, "mother's partner", True),
]

# C14i: a service let do its work, set as the goal: "allow school to manage Hope's mobility", "let
# the health visitor weigh Ava". Letting the school know, or letting the child or the network do
# things, is the family's own life.
LETTING_A_SERVICE = [
    ("goal", "Mother will allow school to manage Hope's mobility without the wheelchair.", COMPLIANCE, "allow school", True),
    ("goal", "Dad will let the health visitor weigh Ava at every visit.", COMPLIANCE, "let the health visitor", True),
    ("goal", "Parents to allow the nursery to change Leo's nappies and note any marks.", COMPLIANCE, "allow the nursery", True),
    ("goal", "Mum must permit the social worker to speak with the children alone.", COMPLIANCE, "permit the social worker", True),
    ("goal", "The carers will allow professionals to check the bedrooms.", COMPLIANCE, "allow professionals", True),
    ("goal", "Mr Kaur will let the school nurse examine Jas's feet.", COMPLIANCE, "let the school nurse", True),
    ("goal", "You will allow the doctors to decide on Hope's treatment.", COMPLIANCE, "allow the doctors", True),
    ("goal", "Mum has allowed the therapist to work with Ivy on her fears.", COMPLIANCE, "allowed the therapist", True),
    ("goal", "Mother to let the hospital manage Amir's feeding plan.", COMPLIANCE, "let the hospital", True),
    ("goal", "Dad will allow the police to search his room.", COMPLIANCE, "allow the police", True),
    # Near misses: telling the school, letting the child or the network act.
    ("goal", "Mum will let the school know by 9am if Ivy is ill.", COMPLIANCE, "let the school know", False),
    ("goal", "Dad will allow Leo to go to the park with his friends after tea.", COMPLIANCE, "allow Leo", False),
    ("goal", "Mum will let Nan take Ivy to dance class on Saturdays.", COMPLIANCE, "let Nan", False),
    ("goal", "You will let your sister Jo stay over when you have been drinking.", COMPLIANCE, "let your sister", False),
    ("goal", "Mum will let Ava choose her own bedtime story every night.", COMPLIANCE, "let Ava", False),
]

# C14j: a professional set to watch, in plan shorthand: "School nurse to monitor", "health visitor
# to review". The service's job is not the family's goal. The network checking in is how others know.
WORKER_TO_WATCH = [
    ("goal", "Parents to register Blessing with a dentist. School nurse to monitor.", COMPLIANCE, "to monitor", True),
    ("goal", "Mum to keep the flat clean. Health visitor to monitor.", COMPLIANCE, "to monitor", True),
    ("goal", "Dad to cook tea every night. Social worker to monitor closely.", COMPLIANCE, "to monitor", True),
    ("goal", "Ivy to go to bed by 8. The school will monitor.", COMPLIANCE, "will monitor", True),
    ("goal", "Family support worker to monitor weekly.", COMPLIANCE, "to monitor", True),
    ("goal", "Mum to make Leo's breakfast. Nursery staff to monitor.", COMPLIANCE, "to monitor", True),
    ("goal", "Parents to feed Noor every 3 hours. Midwife to monitor.", COMPLIANCE, "to monitor", True),
    ("goal", "Dad to stay calm. Probation officer to monitor.", COMPLIANCE, "to monitor", True),
    ("goal", "Mum to give Ava her tablets. GP to monitor.", COMPLIANCE, "to monitor", True),
    ("goal", "Mum to walk Leo to school. The teacher to monitor.", COMPLIANCE, "to monitor", True),
    # Near misses: the network or the family watching over the child.
    ("goal", "Mum will cook tea every night. Nan to check on Leo after school.", COMPLIANCE, "to check", False),
    ("goal", "Dad will feed Noor every 3 hours. Auntie Jo to help at night.", COMPLIANCE, "to help", False),
    ("goal", "Mum will keep an eye on Ivy in the bath every night.", COMPLIANCE, "keep an eye", False),
    ("goal", "Nan will watch Leo in the garden while Mum cooks.", COMPLIANCE, "watch Leo", False),
    ("goal", "Dad to check the baby monitor is on every night.", COMPLIANCE, "check the baby monitor", False),
]

# C14k (false alarm): an organisation named only inside a relative clause that describes a thing
# ("the dehumidifier the council's housing team gave you") is not who the goal says will act;
# an organisation as the goal's doer is still institutional voice.
INSTITUTION_IN_A_DESCRIPTION = [
    ("goal", "Mum and Dad, you will run the dehumidifier the council's housing team gave you every morning.", ("SOS502",), "housing team", False),
    ("goal", "You will put Noor to sleep in the cot that Children's Services bought last month.", ("SOS502",), "Children's Services", False),
    ("goal", "Dad will use the stair gate the local authority fitted, every night.", ("SOS502",), "local authority", False),
    ("goal", "Mum will take Leo to the club the council runs on Saturdays.", ("SOS502",), "council", False),
    ("goal", "Nan will keep the car seat the Local Authority provided in her car.", ("SOS502",), "Local Authority", False),
    ("goal", "The Local Authority will arrange a nursery place for Leo.", ("SOS502",), "Local Authority", True),
    ("goal", "Children's Services will visit Ivy every week until the summer.", ("SOS502",), "Children's Services", True),
    ("goal", "The council will fix the damp in Page's bedroom by March.", ("SOS502",), "council", True),
]


@pytest.mark.parametrize("kind,text,code,words,fires",
                         TAKING_UP + SERVICE_TOLD + ATTENDANCE_FIGURE + AS_DIRECTED + HAVE_NO_HARM
                         + WILL_NOT_AND_WILL + NOT_THE_MEASURE + OWNED_ROLE
                         + LETTING_A_SERVICE + WORKER_TO_WATCH + INSTITUTION_IN_A_DESCRIPTION,
                         ids=lambda v: v if isinstance(v, str) and len(v) > 12 else None)
def test_goal_classes14(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)
