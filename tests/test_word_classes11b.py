"""Round 11 (wordsb11): open word classes, each named, with wordings of our own (varied tense,
voice, negation, subject and profession) and near misses that must stay clean. Written before the
code that catches them. Each case: (kind, text, code, words, fires), as in test_word_classes9.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

COMPLIANCE = ("SOS511",)
VAGUE = ("SOS302",)
ANY = ("SOS101", "SOS102", "SOS103", "SOS104", "SOS301", "SOS302", "SOS304", "SOS305", "SOS306", "SOS511", "SOS512")

# Class: compliance as attendance. A goal whose measure is an adult being present at a service
# (any object, any voice: "attend X", "X will be attended", "attendance at X"), not what changes at
# home. A child going to school, and an adult at the child's own events, are not services.
ATTENDING = [
    ("goal", "Mum will make sure all of Theo's health appointments are attended.", COMPLIANCE, "appointments are attended", True),
    ("goal", "All sessions with the drug worker will be attended by Dad.", COMPLIANCE, "sessions with the drug worker will be attended", True),
    ("goal", "Dad, you will ensure every clinic appointment is attended for the next six months.", COMPLIANCE, "appointment is attended", True),
    ("goal", "Mum will attend the Triple P programme every Thursday.", COMPLIANCE, "attend", True),
    ("goal", "Dad will attend Change Grow Live and the Caring Dads group.", COMPLIANCE, "attend", True),
    ("goal", "You will both attend the Freedom Programme and the perpetrator programme.", COMPLIANCE, "attend", True),
    ("goal", "Mr Shah is to attend all planned sessions with the alcohol team.", COMPLIANCE, "attend", True),
    ("goal", "Nan and Mum will attend every review.", COMPLIANCE, "attend", True),
    ("goal", "Mum has agreed to attend weekly counselling.", COMPLIANCE, "attend", True),
    ("goal", "Mum's attendance at the group will be 100%.", COMPLIANCE, "attendance at the group", True),
    ("goal", "Dad will keep attending the anger management sessions until June.", COMPLIANCE, "attending", True),
    ("goal", "The parents will attend.", COMPLIANCE, "attend", True),
    # Near misses: a child at school, an adult at the child's own events, a worry's history.
    ("goal", "Mum will ensure Holly attends school every day and is in class by 8.50.", ANY, "Holly attends", False),
    ("goal", "Leo will attend nursery every morning, and Nan will drop him off at 8.30.", COMPLIANCE, "attend nursery", False),
    ("goal", "Dad will attend Leo's football matches every Saturday and cheer him on.", COMPLIANCE, "attend", False),
    ("goal", "Mum will attend Amira's school play and sit where Amira can see her.", COMPLIANCE, "attend", False),
    ("worry", "Dad did not attend the last three appointments and Theo has lost weight.", COMPLIANCE, "attend", False),
    ("goal", "Mum will go to Leo's parents' evening and ask his teacher how he is getting on.", COMPLIANCE, "go to", False),
]

# Class: compliance as letting a worker in. A goal whose measure is the family opening the door to
# a professional ("let her in when she visits", "allow access to the home"). Keeping an unsafe
# adult out is protective action, not compliance.
LETTING_IN = [
    ("goal", "Mum, you need to work with Sara the family support worker and let her in when she visits.", COMPLIANCE, "let her in", True),
    ("goal", "Dad will let the social worker in at every visit.", COMPLIANCE, "let the social worker in", True),
    ("goal", "Mum will let professionals into the flat when they call.", COMPLIANCE, "let professionals into the flat", True),
    ("goal", "The parents will allow access to the home at all times.", COMPLIANCE, "allow access", True),
    ("goal", "Mum will give the health visitor access to the children's bedrooms.", COMPLIANCE, "access", True),
    ("goal", "You will allow the social worker to see Ben alone at each visit.", COMPLIANCE, "allow the social worker to see Ben", True),
    ("goal", "Mum will open the door to the health visitor every time she comes.", COMPLIANCE, "open the door to the health visitor", True),
    ("goal", "Dad will allow the family worker into the home every week.", COMPLIANCE, "allow the family worker into the home", True),
    ("goal", "Mum will let the nurse in when she comes to weigh Isla.", COMPLIANCE, "let the nurse in", True),
    ("goal", "Mum must let workers in to see the children.", COMPLIANCE, "let workers in", True),
    # Near misses: keeping an unsafe adult out; letting the child do things; a worry.
    ("goal", "Mum will not let Lee in when he has been drinking; she will ring Nan instead.", COMPLIANCE, "let Lee in", False),
    ("goal", "Dad will let Ava in from the garden by 7pm and make her tea.", COMPLIANCE, "let Ava in", False),
    ("goal", "Mum will let Leo choose his bedtime story every night.", COMPLIANCE, "let Leo choose", False),
    ("worry", "Mum did not let the social worker in on 3 March and Leo was not seen.", COMPLIANCE, "let the social worker in", False),
    ("goal", "Nan will allow Leo to stay up until 8pm on Fridays.", COMPLIANCE, "allow Leo", False),
]

# Class: a job title is not compliance. The name of the worker a parent sees is how the family
# knows them; the fault is "work with", "engage with", not the job.
JOB_TITLES = [
    ("goal", "Ms Carter to work with the family support worker to improve home conditions.", COMPLIANCE, "work with", True),
    ("goal", "Ms Carter to work with the family support worker to improve home conditions.", COMPLIANCE, "family support worker", False),
    ("goal", "Mum, you need to work with Sara the family support worker.", COMPLIANCE, "family support worker", False),
    ("goal", "Dad will engage with the substance misuse worker every week.", COMPLIANCE, "substance misuse worker", False),
    ("goal", "Dad will engage with the substance misuse worker every week.", COMPLIANCE, "engage with", True),
    ("goal", "Mum will cooperate with the health visitor and the school nurse.", COMPLIANCE, "school nurse", False),
]


@pytest.mark.parametrize("kind,text,code,words,fires", ATTENDING + LETTING_IN + JOB_TITLES,
                         ids=lambda v: v if isinstance(v, str) and len(v) < 8 else None)
def test_compliance_classes(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


# Class: an outcome named by a comparative with no behaviour. "An improved relationship", "better
# routines", "more positive interactions": a quality going up that nobody can picture. Concrete
# things made bigger or better ("a bigger bedroom", "more fruit") and a comparative beside what
# the adults will do are fine.
COMPARATIVE = [
    ("goal", "Blessing will have an improved relationship with her mother.", VAGUE, "improved relationship", True),
    ("goal", "Mum and Leo will have a closer relationship by the summer.", VAGUE, "closer relationship", True),
    ("goal", "There will be more positive interactions between Dad and Ava.", VAGUE, "more positive interactions", True),
    ("goal", "Dad and Kai will build a stronger bond.", VAGUE, "stronger bond", True),
    ("goal", "Mum will show improved parenting of all three children.", VAGUE, "improved parenting", True),
    ("goal", "Ava will experience more consistent care from both parents.", VAGUE, "more consistent care", True),
    ("goal", "The family will have healthier relationships at home.", VAGUE, "healthier relationships", True),
    ("goal", "Mum and Dad will develop better co-operation over the children.", VAGUE, "better co-operation", True),
    ("goal", "Noor will have increased stability at home.", VAGUE, "increased stability", True),
    ("goal", "Leo will have calmer interactions with his dad.", VAGUE, "calmer interactions", True),
    ("worry", "Without a better attachment to Mum, Isla may struggle at nursery.", VAGUE, "better attachment", True),
    ("goal", "Mum will have less chaotic routines for Ava.", VAGUE, "less chaotic routines", True),
    # Near misses.
    ("goal", "Mum will move Leo into the bigger bedroom by June so he has his own bed.", VAGUE, "bigger bedroom", False),
    ("goal", "Dad will give Ava more fruit at tea time every day.", VAGUE, "more fruit", False),
    ("goal", "Nan will walk Leo home by the longer route that avoids the park.", VAGUE, "longer route", False),
    ("worry", "Leo told his teacher that he feels better when Nan is there.", VAGUE, "better", False),
    ("goal", "Mum will get a better-fitting car seat for Isla by Friday.", VAGUE, "car seat", False),
]

# Class: "free from X" as the outcome: a home or child said to be free of a harm, with nothing
# about what the adults will do ("free from hazards", "free of harm", "free from fear").
FREE_FROM_CODES = ("SOS302", "SOS512")
FREE_FROM = [
    ("goal", "Mum will ensure the home remains hygienic and free from hazards.", FREE_FROM_CODES, "free from hazards", True),
    ("goal", "Ava will live in a home free from domestic abuse.", FREE_FROM_CODES, "free from domestic abuse", True),
    ("goal", "The children will be free of harm.", FREE_FROM_CODES, "free of harm", True),
    ("goal", "Leo will grow up free from fear.", FREE_FROM_CODES, "free from fear", True),
    ("goal", "The flat will be kept free from clutter and danger.", FREE_FROM_CODES, "free from clutter", True),
    ("goal", "Noor will be free from neglect for the next six months.", FREE_FROM_CODES, "free from neglect", True),
    ("goal", "The garden will be free of dangers for the children.", FREE_FROM_CODES, "free of dangers", True),
    ("goal", "Isla's bedroom will stay free from hazards.", FREE_FROM_CODES, "free from hazards", True),
    ("goal", "Kai will be free from exploitation.", FREE_FROM_CODES, "free from exploitation", True),
    ("goal", "Mum will keep the stairs free from obstacles.", FREE_FROM_CODES, "free from obstacles", True),
    # Near misses.
    ("goal", "Leo will get free school meals from September.", FREE_FROM_CODES, "free", False),
    ("goal", "Nan is free from 3pm on weekdays and will collect Ava from school.", FREE_FROM_CODES, "free from 3pm", False),
    ("goal", "Mum will take Ava to the free swimming sessions on Saturday.", FREE_FROM_CODES, "free", False),
    ("goal", "The advice centre will help Mum free of charge every Monday.", FREE_FROM_CODES, "free of charge", False),
    ("goal", "Dad will put a safety gate at the top of the stairs so they are clear for Noor.", FREE_FROM_CODES, "clear", False),
]

# Class: a stock phrase for whom it helps, standing where the act should be: "for the benefit of
# Wren", "for Ava's benefit", "in the best interests of the children".
BENEFIT = [
    ("goal", "Mum and Dad will co-parent for the benefit of Wren.", VAGUE, "for the benefit of", True),
    ("goal", "Dad will make changes for Ava's benefit.", VAGUE, "for Ava's benefit", True),
    ("goal", "Both parents will work together for the benefit of the children.", VAGUE, "for the benefit of", True),
    ("goal", "Mum will make decisions in the best interests of Leo.", ("SOS302", "SOS101"), "in the best interests of", True),
    ("goal", "Dad will act in Kai's best interests.", ("SOS302", "SOS101"), "best interests", True),
    ("goal", "Mum will put routines in place for the good of the children.", VAGUE, "for the good of", True),
    ("worry", "Mum does not make choices for the benefit of Isla.", VAGUE, "for the benefit of", True),
    ("goal", "The parents will communicate for the benefit of their son.", VAGUE, "for the benefit of", True),
    ("goal", "Nan will help for the benefit of all the grandchildren.", VAGUE, "for the benefit of", True),
    ("goal", "Dad will stop arguing with Mum for the children's benefit.", VAGUE, "for the children's benefit", True),
    # Near misses.
    ("worry", "Mum's benefits were stopped in May and there was no food in the flat for Leo.", VAGUE, "benefits", False),
    ("goal", "Mum will use Ava's child benefit to buy her school shoes.", VAGUE, "child benefit", False),
    ("goal", "Nan will help Mum fill in the benefit forms so the rent is paid.", VAGUE, "benefit forms", False),
    ("worry", "Dad spends his benefit on drink and Leo has no tea.", VAGUE, "benefit", False),
    ("goal", "Leo will benefit from seeing Nan every Sunday.", VAGUE, "benefit", False),
]

# Class: an injury named with no description: "a mark", "an injury", "marks" with nothing of its
# size, colour, shape or what made it. Where it was alone is not a description ("a mark to her
# face"). A described mark is fine.
MARK = [
    ("worry", "Precious was noted to have a mark to her face.", VAGUE, "a mark", True),
    ("worry", "Nursery saw a mark on Leo's neck on Monday.", VAGUE, "a mark", True),
    ("worry", "Ava came to school with marks on her arms.", VAGUE, "marks", True),
    ("worry", "Isla (4 months) had an injury to her ear.", VAGUE, "an injury", True),
    ("worry", "Kai has had three injuries this year that nobody has explained.", VAGUE, "injuries", True),
    ("worry", "There was a mark on the baby's cheek when the health visitor came.", VAGUE, "a mark", True),
    ("worry", "Dad caused an injury to Mum while Leo was in the room.", VAGUE, "an injury", True),
    ("worry", "The teacher saw some marks on Ava's back during PE.", VAGUE, "some marks", True),
    ("worry", "Leo has had injuries that Mum could not explain.", VAGUE, "injuries", True),
    ("worry", "A mark was seen on Noor's leg.", VAGUE, "A mark", True),
    # Near misses: the mark described.
    ("worry", "Nursery saw a red hand-shaped mark on Leo's cheek on Monday.", VAGUE, "mark", False),
    ("worry", "Ava had a 3cm burn on her arm the shape of an iron.", VAGUE, "burn", False),
    ("worry", "The teacher saw two round bruises, each the size of a thumbprint, on Ava's upper arm.", VAGUE, "bruises", False),
    ("worry", "Leo got a top mark in his spelling test but Dad tore it up.", VAGUE, "mark", False),
    ("goal", "Mum will put a mark on the calendar for each night Leo is in bed by 7.", VAGUE, "a mark", False),
]

# Class: "risk of further X" with nothing about what could happen, often a fragment with no verb
# ("Risk of further physical abuse."). Saying what could happen to whom is fine.
FURTHER_RISK = [
    ("worry", "Risk of further physical abuse.", VAGUE, "Risk of further", True),
    ("worry", "There is a risk of further incidents if Dad comes back.", VAGUE, "risk of further", True),
    ("worry", "Mum is worried about the likelihood of further harm to Leo.", VAGUE, "likelihood of further harm", True),
    ("worry", "Dad drinks every night, so there is a real risk of further injuries.", VAGUE, "risk of further", True),
    ("worry", "High risk of further neglect.", VAGUE, "risk of further", True),
    ("worry", "Ongoing risk of further domestic abuse to Mum and the children.", VAGUE, "risk of further", True),
    ("worry", "The danger of further violence remains.", VAGUE, "danger of further violence", True),
    ("worry", "The social worker thinks there is a risk of further emotional harm to Ava.", VAGUE, "risk of further", True),
    ("worry", "Continued risk of further exploitation.", VAGUE, "risk of further", True),
    ("worry", "Kai is at risk of further harm from the men.", VAGUE, "risk of further", True),
    # Near misses: what could happen, said.
    ("worry", "If nothing changes, Dad could hit Mum again and Ava could be hurt when she tries to stop him.", VAGUE, "again", False),
    ("worry", "Nan worries that Leo could be burnt again by the iron left on the floor.", VAGUE, "again", False),
    ("worry", "Dad went further than before and broke Mum's arm on Friday.", VAGUE, "further", False),
    ("goal", "Nan will walk Leo further up the road to the crossing every morning.", VAGUE, "further", False),
    ("worry", "Mum told the teacher she had no further money for food that week.", VAGUE, "further", False),
]

# Class: an emotional state given as the child's whole picture, with no behaviour anyone saw:
# "withdrawn", "struggling emotionally", "unsettled", "dysregulated", "distressed". The same word
# beside what the child did ("was withdrawn and hid under her bed") is real impact, and fine.
STATE = [
    ("worry", "Blessing presents as withdrawn.", VAGUE, "withdrawn", True),
    ("worry", "Ivy's behaviour in class has changed and she is struggling emotionally.", VAGUE, "struggling emotionally", True),
    ("worry", "Leo has been unsettled since Dad left.", VAGUE, "unsettled", True),
    ("worry", "Ava seems dysregulated at nursery.", VAGUE, "dysregulated", True),
    ("worry", "Kai has become increasingly withdrawn.", VAGUE, "withdrawn", True),
    ("worry", "Noor appeared distressed during the visit.", VAGUE, "distressed", True),
    ("worry", "The children are emotionally unsettled.", VAGUE, "unsettled", True),
    ("worry", "Jess is struggling with her emotions.", VAGUE, "struggling", True),
    ("goal", "Leo will be less withdrawn by the summer.", VAGUE, "withdrawn", True),
    ("worry", "Since March Ruby has been very withdrawn and unsettled in class.", VAGUE, "withdrawn", True),
    ("worry", "Mum says Amir is struggling at the moment.", VAGUE, "struggling", True),
    # Near misses: what the child did is said.
    ("worry", "Ivy hid under the table and cried when Dad shouted on Friday.", VAGUE, "cried", False),
    ("worry", "Ruby was withdrawn at school and sat alone at every break this week.", VAGUE, "withdrawn", False),
    ("worry", "Leo was unsettled after contact and woke three times that night screaming.", VAGUE, "unsettled", False),
    ("worry", "Mum has withdrawn £200 from Nan's account without asking.", VAGUE, "withdrawn", False),
    ("worry", "Dad is struggling to pay the rent and the heating is off in Ava's room.", VAGUE, "struggling", False),
    ("worry", "Kai (15) was distressed and told his teacher Dad had hit him.", VAGUE, "distressed", False),
]


@pytest.mark.parametrize("kind,text,code,words,fires",
                         COMPARATIVE + FREE_FROM + BENEFIT + MARK + FURTHER_RISK + STATE,
                         ids=lambda v: v if isinstance(v, str) and len(v) < 8 else None)
def test_vague_classes(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


# A child's name and "attends" are not the vague part of "Holly attends school regularly".
ATTENDS_NAME = [
    ("goal", "Mum will ensure Holly attends school regularly and on time.", VAGUE, "regularly", True),
    ("goal", "Mum will ensure Holly attends school regularly and on time.", ANY, "Holly attends", False),
    ("goal", "Dad will make sure Ruby attends nursery consistently.", VAGUE, "consistently", True),
    ("goal", "Dad will make sure Ruby attends nursery consistently.", ANY, "Ruby attends", False),
]


@pytest.mark.parametrize("kind,text,code,words,fires", ATTENDS_NAME,
                         ids=lambda v: v if isinstance(v, str) and len(v) < 8 else None)
def test_attends_name(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)
