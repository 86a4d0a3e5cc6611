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
