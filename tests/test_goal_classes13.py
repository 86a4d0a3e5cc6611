"""Round 13 (goals13): compliance and absence of harm, class by class, with false alarms removed as
classes. Each class is named in one line, with wordings of our own (tense, voice, negation,
subject, profession, inflection) and near misses that must stay clean, written before the code
that catches them. Each case: (kind, text, code, words, fires), as in test_goal_classes12.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

COMPLIANCE = ("SOS511",)
ABSENCE = ("SOS512",)

# C11a: a service's process let happen or followed, in the passive: "the safety plan will be
# followed", "home visits will be permitted". The deed is done for the service; nobody at home is seen.
PASSIVE_LETTING = [
    ("goal", "Unannounced visits will be allowed by Mum at any time over the next three months.", COMPLIANCE, "visits will be allowed", True),
    ("goal", "The child protection plan is to be followed by both parents.", COMPLIANCE, "plan is to be followed", True),
    ("goal", "Weekly home visits were accepted by Dad after the review.", COMPLIANCE, "visits were accepted", True),
    ("goal", "The written agreement will be adhered to by Mr Cole.", COMPLIANCE, "agreement will be adhered to", True),
    ("goal", "Checks by the health visitor will be welcomed by the parents every fortnight.", COMPLIANCE, "will be welcomed", True),
    ("goal", "Contact with the social worker must be maintained by Ms Doyle until June.", COMPLIANCE, "must be maintained", True),
    ("goal", "Mum, the recommendations from the paediatrician will be acted on straight away.", COMPLIANCE, "will be acted on", True),
    ("goal", "The advice of the midwife will be followed every day.", COMPLIANCE, "will be followed", True),
    # Near misses: the family's own routine followed, a plan kept where it can be seen, the child let play.
    ("goal", "The bedtime routine will be followed every night: bath, story and lights out by 7.30.", COMPLIANCE, "will be followed", False),
    ("goal", "Leo will be allowed to stay up until 8 on Fridays and watch a film with Dad.", COMPLIANCE, "will be allowed", False),
    ("goal", "Kai's friends will be welcomed at the flat after school, with Mum there.", COMPLIANCE, "will be welcomed", False),
    ("goal", "The family's safety plan will be kept on the fridge where Nan can see it.", COMPLIANCE, "will be kept", False),
]

# C11b: being open or receptive to what services say: "be receptive to advice", "be open to
# support". Open toward the child or the network is everyday life.
RECEPTIVE = [
    ("goal", "Mum will be open to the support offered by the family hub.", COMPLIANCE, "open to the support", True),
    ("goal", "Dad needs to be more receptive to guidance from the school nurse.", COMPLIANCE, "receptive to guidance", True),
    ("goal", "The carers will be responsive to the recommendations of the therapist.", COMPLIANCE, "responsive to the recommendations", True),
    ("goal", "Mr Shah must remain amenable to professional advice.", COMPLIANCE, "amenable to professional advice", True),
    ("goal", "Both parents to be willing to accept help from services.", COMPLIANCE, "accept help", True),
    ("goal", "You will be receptive to the health visitor's advice about weaning Isla.", COMPLIANCE, "receptive to the health visitor's advice", True),
    # Near misses: open to the child, the network, or everyday things.
    ("goal", "Mum will be open to Ella's ideas about what to cook on Saturdays.", COMPLIANCE, "open to Ella's ideas", False),
    ("goal", "Dad will be receptive to Nan's offer to have the boys every Friday.", COMPLIANCE, "receptive to Nan's offer", False),
    ("goal", "The kitchen will be open to the children at all times, with fruit on the table.", COMPLIANCE, "open to the children", False),
]

# C11c: keeping in touch or in partnership with a service as the goal: "maintain contact with
# Housing Options", "work in partnership with Children's Services". The network telling a worker
# is how others will know, and a parent in touch with the child or the school about the child is care.
CONTACT = [
    ("goal", "Mum will stay in touch with the housing officer every week.", COMPLIANCE, "stay in touch with the housing officer", True),
    ("goal", "Dad to keep in regular contact with his probation officer.", COMPLIANCE, "keep in regular contact with his probation officer", True),
    ("goal", "The parents will work in partnership with the local authority.", COMPLIANCE, "work in partnership with the local authority", True),
    ("goal", "Ms Bell must maintain communication with the social work team.", COMPLIANCE, "maintain communication with the social work team", True),
    ("goal", "Mum will liaise with the drug service and the GP.", COMPLIANCE, "liaise with the drug service", True),
    ("goal", "Dad is to remain in contact with the Youth Justice Service.", COMPLIANCE, "remain in contact with the Youth Justice Service", True),
    ("goal", "Carers will collaborate with professionals on Maya's care.", COMPLIANCE, "collaborate with professionals", True),
    ("goal", "Dad will work with Priya, the parenting practitioner, on Tuesdays.", COMPLIANCE, "work with Priya", True),
    ("goal", "Mum will work with the drug and alcohol service until the summer.", COMPLIANCE, "work with the drug and alcohol service", True),
    ("goal", "Dad will work with Leo on his reading for ten minutes every night.", COMPLIANCE, "work with Leo", False),
    ("goal", "Nan will work with Mum to plan the week's meals every Sunday.", COMPLIANCE, "work with Mum", False),
    # Near misses: in touch with the child, the network, or the network telling a worker.
    ("goal", "Dad will keep in touch with Leo by phone every evening while he is away.", COMPLIANCE, "keep in touch with Leo", False),
    ("goal", "Nan will stay in touch with the social worker and tell her how the mornings are going.", COMPLIANCE, "stay in touch with the social worker", False),
    ("goal", "Mum will keep in contact with Auntie Rose every day so she knows Ivy is fine.", COMPLIANCE, "keep in contact with Auntie Rose", False),
    ("goal", "Mum and Dad will work together to get Ivy to bed by 7.", COMPLIANCE, "work together", False),
]

# C11d: being seen, checked or tested by a service as the goal: "be seen for all his developmental
# checks", "regular drug screening". A child seen by Nan, or tested in a spelling test, is not it.
TESTED = [
    ("goal", "Baby Amir will be seen for all his health visitor checks.", COMPLIANCE, "seen for all his health visitor checks", True),
    ("goal", "Dad will undergo random alcohol screening for six months.", COMPLIANCE, "screening", True),
    ("goal", "Mum's sobriety will be evidenced through monthly hair strand tests.", COMPLIANCE, "evidenced", True),
    ("goal", "Mr Webb to be tested for drugs every fortnight.", COMPLIANCE, "tested for drugs", True),
    ("goal", "Regular breath testing will show that Dad has not been drinking.", COMPLIANCE, "testing", True),
    ("goal", "Layla will be weighed by the health visitor every two weeks.", COMPLIANCE, "weighed by the health visitor", True),
    ("goal", "Mum will be drug screened at each review.", COMPLIANCE, "screened", True),
    # Near misses.
    ("goal", "Nan will see Leo every Sunday and take him to the park.", COMPLIANCE, "see Leo", False),
    ("goal", "Mum will test the bath water with her elbow before Rio gets in.", COMPLIANCE, "test the bath water", False),
    ("goal", "Ella will be seen by her friends at the school gate with clean clothes on.", COMPLIANCE, "seen by her friends", False),
]

# C11e: handing proof to a service: "provide evidence of a suitable curriculum", "sobriety will be
# evidenced". ("Demonstrate an understanding", "show insight" are the verdict rules' words, said once
# there.) Showing the child how is care.
EVIDENCING = [
    ("goal", "The parents will provide proof that the rent is paid.", COMPLIANCE, "provide proof", True),
    ("goal", "You will produce evidence of a stable income by March.", COMPLIANCE, "produce evidence", True),
    ("goal", "Mum to submit evidence of her tenancy to the housing team.", COMPLIANCE, "submit evidence", True),
    ("goal", "Dad will give the social worker proof of his new address.", COMPLIANCE, "proof", True),
    ("goal", "Mum's sobriety will be evidenced through monthly hair strand tests.", COMPLIANCE, "evidenced", True),
    ("goal", "Progress will be demonstrated at each core group.", COMPLIANCE, "demonstrated", True),
    # Near misses: showing the child how, showing love, a child proving nothing.
    ("goal", "Dad will show Leo how to make toast safely on Saturday mornings.", COMPLIANCE, "show Leo how", False),
    ("goal", "Mum will demonstrate to Ivy how to cross the road at the lights.", COMPLIANCE, "demonstrate to Ivy", False),
    ("goal", "Nan will show Ella her old photos and tell her about her family.", COMPLIANCE, "show Ella", False),
    ("goal", "Mum will give Kai a hug and a story at bedtime every night.", COMPLIANCE, "give Kai a hug", False),
]

# C11f: a percentage or attendance target set as the goal: "in school 100% of the time".
PERCENTAGES = [
    ("goal", "Jack will be at nursery 95% of the time by Easter.", COMPLIANCE, "95%", True),
    ("goal", "Dad to attend 100% of contact sessions.", COMPLIANCE, "100%", True),
    ("goal", "Mia's attendance at college will be above 90 percent.", COMPLIANCE, "attendance", True),
    ("goal", "Ruby to be in school at least 90% of days this term.", COMPLIANCE, "90%", True),
    # Near misses: a percentage that is not presence at a service.
    ("goal", "Dad will charge Leo's hearing aid to 100% every night.", COMPLIANCE, "100%", False),
    ("goal", "Mum will put 10% of her wages in a jar for Kai's school trip.", COMPLIANCE, "10%", False),
]

# C11g: paperwork for a service as the goal: "update their safeguarding policy", "failure to comply".
PAPERWORK = [
    ("goal", "The club will review its safeguarding procedures before September.", COMPLIANCE, "review its safeguarding procedures", True),
    ("goal", "The school to update their child protection policy.", COMPLIANCE, "update their child protection policy", True),
    ("goal", "Failure to engage will lead to a review of the plan.", COMPLIANCE, "Failure to engage", True),
    ("goal", "Any non-compliance will be reported to the court.", COMPLIANCE, "non-compliance", True),
    ("goal", "Mum will comply, or the case will go back to court.", COMPLIANCE, "comply", True),
    # Near misses.
    ("goal", "Mum will update Nan by text every night about how Kai's tea went.", COMPLIANCE, "update Nan", False),
    ("goal", "Dad will review Ella's homework with her every Sunday.", COMPLIANCE, "review Ella's homework", False),
]

# C11h: using a service's course or training: "access therapeutic parenting training".
ACCESSING = [
    ("goal", "Mum to access specialist domestic abuse training.", COMPLIANCE, "access specialist domestic abuse training", True),
    ("goal", "Dad will access the Caring Dads group.", COMPLIANCE, "access the Caring Dads group", True),
    ("goal", "The adopters will access therapeutic parenting classes.", COMPLIANCE, "access therapeutic parenting classes", True),
    # Near misses.
    ("goal", "Ella will be able to access her bedroom without climbing over boxes.", COMPLIANCE, "access her bedroom", False),
]

# C12: absence of harm as harm stopping or not happening: "stop self-harming", "There will be no
# relapse", "live without fear", "by not returning to the areas".
ABSENCES = [
    ("goal", "Dad will stop gambling the rent money.", ABSENCE, "stop gambling", True),
    ("goal", "Kayla will stop cutting herself.", ABSENCE, "stop cutting", True),
    # The child's stopping or living without, beside what the adults will do, is the goal's outcome.
    ("goal", "Dad will sit with Kayla every evening and Nan will ring her at lunchtime. Kayla will feel calmer and stop cutting herself.", ABSENCE, "stop cutting", False),
    ("goal", "Mum will read with Leo at bedtime. Leo will stop hiding under the duvet and will fall asleep calmly.", ABSENCE, "stop hiding", False),
    ("goal", "Dad will move out to Uncle Sam's. Amy will grow up without fear of Dad's temper.", ABSENCE, "without fear", False),
    ("goal", "Mum or Courtney will listen to Harley read after tea and sign his reading record.", COMPLIANCE, "sign his reading record", False),
    ("goal", "Mum will quit taking cocaine at weekends.", ABSENCE, "quit taking", True),
    ("goal", "Dad needs to give up drinking.", ABSENCE, "give up drinking", True),
    ("goal", "There will be no relapse in the next twelve months.", ABSENCE, "no relapse", True),
    ("goal", "There must be no domestic violence in the home.", ABSENCE, "no domestic violence", True),
    ("goal", "There will be no incidents at school this term.", ABSENCE, "no incidents", True),
    ("goal", "The twins will grow up without fear of violence.", ABSENCE, "without fear", True),
    ("goal", "Jasmine will live without violence at home.", ABSENCE, "without violence", True),
    ("goal", "Leo will be without fear at home from now on.", ABSENCE, "without fear", True),
    ("goal", "Connor will keep himself safe by not going to the flats on Eastgate.", ABSENCE, "not going", True),
    ("goal", "Dad will show he has changed by not drinking at weekends.", ABSENCE, "not drinking", True),
    ("goal", "Mum will protect the children by not letting Dean into the house.", ABSENCE, "not letting", False),
    ("goal", "Dad will avoid drinking in front of the children.", ABSENCE, "avoid drinking", True),
    # Near misses: stopping to do something, stopping someone, the child's own worries easing,
    # a "no" that is a measure or a plain fact, "without" in everyday life.
    ("goal", "Dad will stop what he is doing and listen when Leo talks to him.", ABSENCE, "stop what", False),
    ("goal", "Mum will stop the car and ring Nan if she feels dizzy.", ABSENCE, "stop the car", False),
    ("goal", "Nan will stop at the shop on the way and buy milk for Ivy's breakfast.", ABSENCE, "stop at the shop", False),
    ("goal", "There will be no charge for the after-school club, and Nan will collect Kai at 5.", ABSENCE, "no charge", False),
    ("goal", "Leo will go to sleep without a night light by the summer, with Mum reading to him first.", ABSENCE, "without a night light", False),
    ("goal", "Ella will tell Nan about her day without being interrupted.", ABSENCE, "without being interrupted", False),
]

# False alarms: a child protected, said in the passive, with the adults' deed implied ("Willow will
# not be left in any room with a dog"). Harm done to the child, said as not happening, still fires.
PROTECTED_CHILD = [
    ("goal", "Mum will take Bella with her when she goes out. Bella will not be left alone with Uncle Jim at any time.", ABSENCE, "not be left", False),
    ("goal", "Nan will collect Noah on Fridays. Noah will never be collected from school by an adult who has been drinking.", ABSENCE, "never be collected", False),
    ("goal", "Mia will not be taken to Dean's flat, and Nan will have her on Saturdays.", ABSENCE, "not be taken", False),
    ("goal", "Kai won't be put to bed in the pram any more; he will sleep in his cot.", ABSENCE, "won't be put", False),
    ("goal", "Mum will drive Rio to football. Rio will not be driven anywhere by Dad after he has had a drink.", ABSENCE, "not be driven", False),
    # Still absence: nothing the adults do is said, or neglect itself is said not to happen.
    ("goal", "Bella will not be left alone with Uncle Jim at any time.", ABSENCE, "not be left", True),
    ("goal", "Mum will walk Leo to school. The children will not be left unsupervised.", ABSENCE, "not be left", True),
    ("goal", "Dad will cook tea every night. Ava will not be left home alone in the evenings.", ABSENCE, "not be left", True),
# Still absence: harm itself said not to happen.
    ("goal", "Bella will not be hurt again.", ABSENCE, "not be hurt", True),
    ("goal", "Rio will not be shouted at or hit.", ABSENCE, "not be shouted", True),
    ("goal", "Mia will not be exposed to drug use.", ABSENCE, "not be exposed", True),
    ("goal", "Willow will not be bitten again.", ABSENCE, "not be bitten", True),
]

# False alarm: a role word naming a place or a service ("mother and baby unit", "father and toddler
# group") is a name, not a report word for the child's parent.
ROLE_IN_A_NAME = [
    ("goal", "If this doesn't happen, Mum and baby Zara may need to go to a mother and baby unit together.", ("SOS402",), "mother", False),
    ("goal", "Dad will take Leo to the father and toddler group at the library every Saturday.", ("SOS402",), "father", False),
    ("goal", "Mum and Ivy will stay at the mother and baby foster placement until the summer.", ("SOS402",), "mother", False),
    ("worry", "The mother hits Tia when she cries, and Tia is scared.", ("SOS402",), "The mother", True),
    ("goal", "The mother will take Leo to nursery every day.", ("SOS402",), "The mother", True),
]


@pytest.mark.parametrize("kind,text,code,words,fires",
                         PASSIVE_LETTING + RECEPTIVE + CONTACT + TESTED + EVIDENCING + PERCENTAGES + PAPERWORK
                         + ACCESSING + ABSENCES + PROTECTED_CHILD + ROLE_IN_A_NAME,
                         ids=lambda v: v if isinstance(v, str) and len(v) > 12 else None)
def test_goal_classes13(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)
