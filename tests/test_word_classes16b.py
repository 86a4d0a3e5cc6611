"""Round 16 (words16b): word classes of jargon and vague words, each named in general terms, with
wordings of our own (varied tense, voice, negation, subject, profession and setting) and near
misses that must stay clean. Written before the code that catches them. Each case: (kind, text,
code, words, fires), as in test_word_classes15b.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

JARGON = ("SOS101", "SOS102", "SOS103", "SOS104")
VAGUE = ("SOS302",)

# C1. A clinical word for how a person talks, takes medicine or seems, where a family would say the
# plain act: "communicate verbally" (talk), "administered" / "as prescribed" (given, as the doctor
# said), "disinhibited", "labile", "elevated" of a person, "concordant with" / "adhere to".
CLINICAL = [
    ("goal", "Kai will communicate verbally with his teacher when he needs the toilet.", JARGON, "communicate verbally", True),
    ("worry", "Ben (4) does not communicate verbally at nursery.", JARGON, "communicate verbally", True),
    ("goal", "Ayla will respond verbally when her carer asks her a question.", JARGON, "verbally", True),
    ("worry", "Noor rarely interacts verbally with the other children.", JARGON, "verbally", True),
    ("worry", "Dad administered Calpol to the baby every hour on Sunday.", JARGON, "administered", True),
    ("goal", "Nan will make sure Leo's inhaler is administered twice a day.", JARGON, "administered", True),
    ("goal", "Mum will give Sam his tablets as prescribed.", JARGON, "as prescribed", True),
    ("goal", "Ruby's insulin will be given as prescribed by the diabetes nurse.", JARGON, "as prescribed", True),
    ("goal", "Dad will comply with health and safety regulations in the garage.", JARGON, "comply with health and safety regulations", True),
    ("worry", "Over the weekend Dad was elevated and talking very fast.", JARGON, "elevated", True),
    ("worry", "Mum has appeared disinhibited on home visits.", JARGON, "disinhibited", True),
    ("worry", "Dad's mood has been labile since he stopped his tablets.", JARGON, "labile", True),
    ("goal", "Mum will stay concordant with her medication.", JARGON, "concordant", True),
    ("goal", "Dad will adhere to the conditions of his licence.", JARGON, "adhere to", True),
    ("goal", "Mr Lee will adhere to health and safety law at the shop.", JARGON, "adhere to", True),
    # Near misses: the plain acts, a deed said with "verbally", and "elevated" of a thing.
    ("goal", "Kai will tell his teacher when he needs the toilet.", JARGON, "tell", False),
    ("worry", "Dad verbally threatened to kill Mum in front of Leo.", JARGON, "verbally", False),
    ("worry", "Nan's blood pressure is elevated, so she cannot lift the baby.", JARGON, "elevated", False),
    ("goal", "Mum will give Sam one tablet each morning, as the GP said.", JARGON, "as the GP said", False),
    ("goal", "Dad will stick to the rules of his licence.", JARGON, "stick to", False),
    ("goal", "Mum will take her tablets every morning with Nan.", JARGON, "take", False),
    ("worry", "Leo was excited and talking very fast after the party.", JARGON, "excited", False),
]

# C2. Record shorthand and case-management headings: kin abbreviated as a file would ("Mat.
# grandmother", "Pat uncle"), a case's next step as a verbless heading ("For allocation.",
# "Awaiting allocation."), and a service's help called its "input" ("Educational Psychology input").
RECORD_SHORTHAND = [
    ("worry", "Mat. grandmother reports that Mum drinks every night.", JARGON, "Mat. grandmother", True),
    ("worry", "Pat. uncle collects Leo from school on Fridays.", JARGON, "Pat. uncle", True),
    ("goal", "Mat aunt will have the children on Saturdays.", JARGON, "Mat aunt", True),
    ("worry", "Referral received from school. For allocation.", JARGON, "For allocation", True),
    ("worry", "Police notified. Awaiting allocation.", JARGON, "Awaiting allocation", True),
    ("worry", "Mum says Leo is out every night. Pending allocation.", JARGON, "Pending allocation", True),
    ("worry", "Seen by the GP on 3 May. For review at panel.", JARGON, "For review", True),
    ("goal", "Ava will receive Educational Psychology input this term.", JARGON, "Educational Psychology input", True),
    ("goal", "Sara needs speech and language input at school.", JARGON, "speech and language input", True),
    ("worry", "Physiotherapy input has stopped since Noah moved house.", JARGON, "Physiotherapy input", True),
    ("goal", "Health visiting input will continue for the next three months.", JARGON, "Health visiting input", True),
    ("goal", "Occupational therapy input will be offered to Mia.", JARGON, "Occupational therapy input", True),
    ("goal", "Kai to see the GP and Educational Psychology input.", JARGON, "Educational Psychology input", True),
    # Near misses: the plain words, a name that looks like shorthand, and "for" in a sentence.
    ("worry", "Mum's mum, Nan Carol, rang the school on Monday.", JARGON, "Nan Carol", False),
    ("worry", "Pat, Leo's grandmother, rang the school on Monday.", JARGON, "Pat", False),
    ("worry", "Matt collects Leo from school on Fridays.", JARGON, "Matt", False),
    ("goal", "Sky will ring Nana Pat. Nana Pat will stay over on Fridays.", JARGON, "Pat. Nana", False),
    ("goal", "Nan will ask the council for a bigger flat.", JARGON, "for a bigger flat", False),
    ("worry", "Mum has been waiting for a new flat since May.", JARGON, "waiting", False),
    ("goal", "Leo will have a say in where he lives.", JARGON, "a say", False),
    ("goal", "The speech therapist will see Sara at school every Tuesday.", JARGON, "speech therapist", False),
]

# C3. A harm said to grow, with only a pronoun for what grows: "this will escalate", "it could get
# out of hand"; nobody can picture what "this" will become.
ESCALATE = [
    ("worry", "We are worried this will escalate.", VAGUE, "this will escalate", True),
    ("worry", "It could escalate quickly if nothing changes.", VAGUE, "escalate", True),
    ("worry", "The school fears that this may worsen over the summer.", VAGUE, "worsen", True),
    ("worry", "That will deteriorate further unless Mum gets help.", VAGUE, "deteriorate", True),
    ("worry", "Nan thinks it has escalated since Dean moved in.", VAGUE, "escalated", True),
    ("worry", "It is escalating.", VAGUE, "escalating", True),
    ("worry", "If this escalates, Kai could be hurt.", VAGUE, "escalates", True),
    ("worry", "Staff believe this is likely to escalate.", VAGUE, "escalate", True),
    ("worry", "It will probably deteriorate again this winter.", VAGUE, "deteriorate", True),
    ("worry", "Everyone agrees that this could worsen.", VAGUE, "worsen", True),
    # Near misses: what it grew into is said.
    ("worry", "It escalated to Dad throwing a plate at Mum.", VAGUE, "escalated", False),
    ("worry", "Dad's shouting escalated into hitting Mum on the arm.", VAGUE, "escalated", False),
    ("worry", "Kai's asthma gets worse when Dad smokes indoors.", VAGUE, "worse", False),
    ("worry", "Dad told Mum he would escalate his complaint to the council.", VAGUE, "escalate", False),
    ("worry", "Nan's eyesight will worsen, so she cannot drive Leo to school.", VAGUE, "worsen", False),
]

# C4. Backing a plan or arrangement rather than doing something: "support the placement", "be
# supportive of the plan"; what the adult will do is not said.
SUPPORT_ARRANGEMENT = [
    ("goal", "Parents to support the placement and go to meetings.", VAGUE, "support the placement", True),
    ("goal", "Nan will support the plan.", VAGUE, "support the plan", True),
    ("goal", "Dad will support the process.", VAGUE, "support the process", True),
    ("goal", "The school will support Leo's reintegration.", VAGUE, "support Leo's reintegration", True),
    ("goal", "Grandad will support the transition to secondary school.", VAGUE, "support the transition", True),
    ("goal", "Mum and Dad will support the arrangement.", VAGUE, "support the arrangement", True),
    ("goal", "Aunt Jo is supporting the care plan.", VAGUE, "supporting the care plan", True),
    ("goal", "Both parents have agreed to support the contact arrangements.", VAGUE, "support the contact arrangements", True),
    ("goal", "Mum will continue to support the safety plan.", VAGUE, "support the safety plan", True),
    ("goal", "The foster carers will support the move home.", VAGUE, "support the move", True),
    # Near misses: a person backed, or what the adult will do is said.
    ("goal", "Nan will support Mum by doing the school run on Mondays.", VAGUE, "support Mum", False),
    ("goal", "Dad will help Kai with his reading every night.", VAGUE, "help Kai", False),
    ("goal", "Nan will support the plan by staying over on Fridays.", VAGUE, "support the plan", False),
    ("goal", "The school will support Leo's return with a half-day timetable for two weeks.", VAGUE, "support Leo's return", False),
    ("goal", "Mum will read the plan with Jo every Sunday.", VAGUE, "read the plan", False),
]

# C5. A care act named as a noun and given a verdict, with nothing said of what happened:
# "supervision was inadequate", "hygiene is poor", "the children's routines are lacking".
CARE_VERDICT = [
    ("worry", "Clay's parents were drunk and supervision was inadequate.", VAGUE, "supervision was inadequate", True),
    ("worry", "Supervision of the children is poor.", VAGUE, "Supervision of the children is poor", True),
    ("worry", "Leo's hygiene has been poor all term.", VAGUE, "hygiene has been poor", True),
    ("worry", "Routines at home are lacking.", VAGUE, "Routines at home are lacking", True),
    ("worry", "Basic care was inadequate during the holidays.", VAGUE, "care was inadequate", True),
    ("worry", "Boundaries are inconsistent in Mum's house.", VAGUE, "Boundaries are inconsistent", True),
    ("worry", "Ruby's supervision at Dad's flat is insufficient.", VAGUE, "supervision at Dad's flat is insufficient", True),
    ("worry", "Nan says the children's care has been substandard.", VAGUE, "care has been substandard", True),
    ("worry", "Dad's supervision of the twins was limited.", VAGUE, "supervision of the twins was limited", True),
    ("worry", "The baby's care is chaotic when Mum drinks.", VAGUE + ("SOS305",), "care is chaotic", True),
    # Near misses: what was seen is said, or the noun is not a care act.
    ("worry", "Kai's reading is limited for his age.", VAGUE, "reading is limited", False),
    ("worry", "Nan's English is limited, so Leo reads her letters to her.", VAGUE, "English is limited", False),
    ("goal", "Supervision will be by Nan at her house on Sundays.", VAGUE, "Supervision", False),
    ("worry", "Dad's supervision of Leo at the park was good.", VAGUE, "supervision", False),
    ("worry", "The bus service is limited on Sundays, so Mum walks Leo to church.", VAGUE, "bus service is limited", False),
]

# C6. A home's condition or state named with nothing said of what it is like: "the condition of the
# property", "the state of the house", "the conditions in the flat".
PLACE_CONDITION = [
    ("worry", "There are worries about the condition of the property.", VAGUE, "the condition of the property", True),
    ("worry", "The state of the house has got worse since Dad left.", VAGUE, "The state of the house", True),
    ("worry", "Nan is worried about the conditions in the flat.", VAGUE, "the conditions in the flat", True),
    ("worry", "School raised the state of the home at the meeting.", VAGUE, "the state of the home", True),
    ("worry", "The condition of the children's bedroom is a worry.", VAGUE, "The condition of the children's bedroom", True),
    ("worry", "Police were concerned by the state of the flat.", VAGUE, "the state of the flat", True),
    ("goal", "The condition of the home will improve.", VAGUE, "The condition of the home", True),
    ("worry", "The health visitor commented on the condition of the kitchen.", VAGUE, "the condition of the kitchen", True),
    ("worry", "Dad was embarrassed by the state of the bathroom.", VAGUE, "the state of the bathroom", True),
    ("worry", "Mum said the state of her house got her down.", VAGUE, "the state of her house", True),
    ("worry", "Nan is worried about the poor home conditions and the baby's cough.", VAGUE + ("SOS301",), "poor home conditions", True),
    ("worry", "The bedroom was cluttered and unhygienic when the nurse visited.", VAGUE + ("SOS301",), "unhygienic", True),
    ("worry", "The flat is unfit for a baby.", VAGUE + JARGON, "unfit", True),
    ("worry", "Living conditions at Dad's have got worse.", VAGUE + JARGON, "Living conditions", True),
    # Near misses: what the home is like is said, or the condition is not a home's.
    ("worry", "The kitchen floor was covered in dog mess and rotting food.", VAGUE, "kitchen floor", False),
    ("worry", "Leo has a heart condition and takes his tablets at 8am.", VAGUE, "condition", False),
    ("worry", "The state of the kitchen, with mouldy food on every plate, worried the nurse.", VAGUE, "The state of the kitchen", False),
    ("worry", "Dad's car is in poor condition and has no car seat.", VAGUE, "condition", False),
    ("goal", "Mum will wash up after tea every night.", VAGUE, "wash up", False),
]

# C7. A person said to understand or see an abstract risk, with nothing said of what the risk is or
# what they will do: "understands the risks", "does not appreciate the dangers".
UNDERSTANDS_RISK = [
    ("goal", "Mum needs to show that she understands the risks posed by unknown adults.", VAGUE, "understands the risks", True),
    ("worry", "Dad does not appreciate the dangers.", VAGUE, "appreciate the dangers", True),
    ("goal", "Nan will recognise the seriousness of the concerns.", VAGUE + ("SOS305",), "recognise the seriousness", True),
    ("worry", "Mum has not grasped the risk Dean poses.", VAGUE, "grasped the risk", True),
    ("goal", "Dad will understand the impact on the children.", VAGUE, "understand the impact", True),
    ("goal", "Mum will acknowledge the dangers posed by Dean.", VAGUE, "acknowledge the dangers", True),
    ("worry", "Grandad fails to understand the risks.", VAGUE, "understand the risks", True),
    ("goal", "Ms Ali will appreciate the risk to Zara.", VAGUE, "appreciate the risk", True),
    ("worry", "Mum understands the dangers but still lets him in.", VAGUE, "understands the dangers", True),
    ("goal", "Both parents will recognise the harm caused to the children.", VAGUE, "recognise the harm", True),
    # Near misses: what the risk is, or what the person will do, is said.
    ("goal", "Mum understands that Dean must not come to the house.", VAGUE, "understands", False),
    ("worry", "Kai understands the rules of the game.", VAGUE, "understands", False),
    ("goal", "Dad knows to ring Nan if he has been drinking.", VAGUE, "knows", False),
    ("worry", "Mum understands the risk of leaving Kai alone in the bath.", VAGUE, "understands the risk", False),
    ("worry", "Leo recognised the man from the park.", VAGUE, "recognised", False),
]

# C8. An aim of reaching a state nobody can picture: "achieve financial independence", "attain
# stability", "gain independence", with nothing said of what anyone will do.
ACHIEVE_STATE = [
    ("goal", "Mum to be supported to achieve financial independence.", VAGUE, "achieve financial independence", True),
    ("goal", "Dad will attain stability in his housing.", VAGUE, "attain stability", True),
    ("goal", "Leo will gain independence.", VAGUE, "gain independence", True),
    ("goal", "Mum will achieve emotional stability.", VAGUE, "achieve emotional stability", True),
    ("goal", "The family will achieve better outcomes.", VAGUE, "achieve better outcomes", True),
    ("goal", "Jade is working towards achieving independence.", VAGUE, "achieving independence", True),
    ("goal", "Dad will achieve abstinence.", VAGUE, "achieve abstinence", True),
    ("goal", "Ms Bell will achieve financial security.", VAGUE, "achieve financial security", True),
    ("goal", "Kai will gain resilience.", VAGUE, "gain resilience", True),
    ("goal", "Mum will have achieved permanence for the baby.", VAGUE, "achieved permanence", True),
    ("goal", "Mediation will be offered to Mum and June to restore the relationship.", VAGUE, "restore the relationship", True),
    ("goal", "Dad will rebuild trust with Kai.", VAGUE, "rebuild trust", True),
    ("goal", "Mum and Zara will repair their relationship.", VAGUE, "repair their relationship", True),
    # Near misses: what the person will get or do is said.
    ("goal", "Dad will rebuild trust with Kai by ringing him every Sunday at 6pm.", VAGUE, "rebuild trust", False),
    ("goal", "Grandad will repair the stair gate this weekend.", VAGUE, "repair the stair gate", False),
    ("worry", "The flat is cluttered because Mum is packing to move.", VAGUE, "cluttered", False),
    ("worry", "When Mum gives up, the house becomes very dirty and unsafe for Z.", VAGUE, "dirty and unsafe", False),
    ("goal", "Mum will get a job at the bakery by June.", VAGUE, "get a job", False),
    ("goal", "Kai will achieve a pass in his maths GCSE.", VAGUE, "achieve a pass", False),
    ("goal", "Dad will gain weight back after his operation.", VAGUE, "gain weight", False),
    ("goal", "Mum will pay her own rent from her wages each month.", VAGUE, "pay her own rent", False),
    ("goal", "Leo will gain two kilos by Christmas.", VAGUE, "gain two kilos", False),
]

# C9. A child's state with nothing the child did, where the only other verb is done to the child
# ("are not permitted friends"): still a state, not behaviour.
STATE_DONE_TO = [
    ("worry", "Mercy (11) and Gideon (8) are withdrawn and are not permitted friends.", VAGUE, "withdrawn", True),
    ("worry", "Ava (9) is withdrawn and hides under her bed when Dad shouts.", VAGUE, "withdrawn", False),
]

# False alarms silenced as classes: a named law or scheme said as the family hears it; a team the
# family rings, named by what it deals with; a plain place after a feeling.
FALSE_ALARMS = [
    ("goal", "Kerry, when the police told you about Darren's past under Clare's Law, you chose River.", JARGON, "Clare's Law", False),
    ("worry", "Mum was told under Sarah's Law that Dean has hurt children before.", JARGON, "Sarah's Law", False),
    ("worry", "Mum made a Clare's Law request in May.", JARGON, "Clare's Law request", True),
    ("goal", "When the dark thoughts start, you will ring Nan or the crisis team.", JARGON, "crisis team", False),
    ("worry", "The crisis team came to the flat when Mum said she wanted to die.", JARGON, "crisis team", False),
    ("goal", "Patience and Eli will feel safe at home and at the meeting hall.", VAGUE, "the meeting hall", False),
    ("goal", "Leo will feel safe at school and at the youth club.", VAGUE, "the youth club", False),
]

CLASSES = (CLINICAL, RECORD_SHORTHAND, ESCALATE, SUPPORT_ARRANGEMENT, CARE_VERDICT, PLACE_CONDITION,
           UNDERSTANDS_RISK, ACHIEVE_STATE)
CASES = [case for cases in CLASSES for case in cases] + STATE_DONE_TO + FALSE_ALARMS


@pytest.mark.parametrize("kind,text,code,words,fires", CASES)
def test_word_class(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_each_class_has_ten_wordings_and_five_near_misses():
    for cases in CLASSES:
        assert sum(fires for *_, fires in cases) >= 10
        assert sum(not fires for *_, fires in cases) >= 5
