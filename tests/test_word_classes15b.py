"""Round 15 (words15b): word classes of jargon and vague words, each named in general terms, with
wordings of our own (varied tense, voice, negation, subject, profession and setting) and near
misses that must stay clean. Written before the code that catches them. Each case: (kind, text,
code, words, fires), as in test_word_classes14b.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

JARGON = ("SOS101", "SOS102", "SOS103", "SOS104")
VAGUE = ("SOS302",)

# C1. A clinical or official verb or noun of a record, standing for an everyday act or hurt a family
# would name plainly: "ingested" (swallowed), "sustained a laceration" (got a cut), "convened"
# (held), "enmeshed", "contusion", "absconded", "intoxicated", "deceased".
RECORD_VERBS = [
    ("worry", "Kai (2) ingested two of Mum's sleeping tablets on Tuesday.", JARGON, "ingested", True),
    ("worry", "The baby may have ingested bleach from the bottle under the sink.", JARGON, "ingested", True),
    ("worry", "Ingestion of the cannabis sweets made Ava drowsy.", JARGON, "Ingestion", True),
    ("worry", "Leo sustained a fracture to his wrist while Dad was minding him.", JARGON, "sustained", True),
    ("worry", "Ava (4) had sustained bruising to both ears.", JARGON, "sustained", True),
    ("worry", "Mum sustained injuries when Dean pushed her down the stairs.", JARGON, "sustained", True),
    ("worry", "Ruby had a laceration above her eye when she came to nursery.", JARGON, "laceration", True),
    ("worry", "The GP saw a contusion on Sam's cheek.", JARGON, "contusion", True),
    ("worry", "Noor had abrasions on both knees and a haematoma on her head.", JARGON, "haematoma", True),
    ("goal", "A strategy meeting will be convened if Kai goes missing again.", JARGON, "convened", True),
    ("worry", "Mum and Jay (15) are enmeshed and she keeps him off school to keep her company.", JARGON, "enmeshed", True),
    ("worry", "Tia (14) absconded from her foster home on Friday night.", JARGON + ("SOS306",), "absconded", True),
    ("worry", "Dad was intoxicated when he collected Leo from school.", JARGON, "intoxicated", True),
    ("worry", "Mum was heavily inebriated when police attended.", JARGON + ("SOS301",), "inebriated", True),
    ("worry", "Kai's father is deceased and Mum has been low since.", JARGON, "deceased", True),
    # Near misses: everyday senses of the same words, and the plain words for the same acts.
    ("worry", "Kai (2) swallowed two of Mum's sleeping tablets on Tuesday.", JARGON, "swallowed", False),
    ("goal", "Mum will keep up the changes she has made for a year.", JARGON, "keep up", False),
    ("worry", "Dad has sustained his job at the garage for ten years.", JARGON, "sustained", False),
    ("worry", "Ruby had a cut above her eye when she came to nursery.", JARGON, "cut", False),
    ("goal", "Nan will hold a family meeting at her house on Sunday.", JARGON, "hold", False),
    ("worry", "Dad was drunk when he collected Leo from school.", JARGON, "drunk", False),
    ("worry", "Kai's dad died in 2021 and Mum has been low since.", JARGON, "died", False),
]

# C2. A care arrangement or the adults in it told in the service's process words: a placement "at
# risk of breakdown", an arrangement that will "stabilise", "adopters", "RSO".
CARE_ARRANGEMENT = [
    ("worry", "Mia's foster placement is at risk of breakdown.", JARGON, "at risk of breakdown", True),
    ("worry", "The kinship arrangement with Nan is at risk of breaking down.", JARGON, "at risk of breaking down", True),
    ("worry", "The special guardianship is on the verge of breakdown since Kai started running off.", JARGON, "breakdown", True),
    ("worry", "Leo's placement with his aunt is close to breakdown.", JARGON, "breakdown", True),
    ("worry", "Ethan's adoptive placement may break down if the fights go on.", JARGON, "placement may break down", True),
    ("goal", "The placement will stabilise by the summer.", JARGON, "placement will stabilise", True),
    ("goal", "Kai's care arrangement with his grandparents will be stabilised.", JARGON, "stabilised", True),
    ("worry", "The foster carers have given notice and the placement is fragile.", JARGON, "fragile", True),
    ("worry", "Mum's hip is fragile after the fall.", JARGON, "fragile", False),
    ("goal", "Adopters will use the calm-down plan when Ethan hits out.", JARGON, "Adopters", True),
    ("worry", "The adopters say they cannot manage Lily's rages.", JARGON, "adopters", True),
    ("worry", "Prospective adopters have been found for baby Noor.", JARGON, "Prospective adopters", True),
    ("worry", "Mum's new partner, Mr Dunn, is an RSO.", JARGON, "RSO", True),
    ("goal", "Mum will not let the RSO into the house.", JARGON, "RSO", True),
    # Near misses: the same words in their everyday sense.
    ("worry", "Dad's van broke down on the way to collect Mia.", JARGON, "broke down", False),
    ("worry", "Mum broke down in tears when Leo's name was mentioned.", JARGON, "broke down", False),
    ("goal", "Nan will keep Kai's bedtime at eight so his sleep stabilises.", JARGON, "stabilises", False),
    ("worry", "Ethan's mum and dad adopted him when he was two.", JARGON, "adopted", False),
    ("worry", "Mia is at risk of falling down the stairs because the gate is broken.", JARGON, "falling down", False),
    ("goal", "The nurse will stabilise Ava's arm before the X-ray.", JARGON, "stabilise", False),
]

# C3. A person's state named by "in"/"at" + an abstract plight, with no deed: "in crisis", "at
# breaking point", "in a dark place", "in turmoil".
PLIGHT = [
    ("worry", "Mum has been in crisis since Dad left.", VAGUE, "in crisis", True),
    ("worry", "The family is in crisis and the children are caught in the middle.", VAGUE, "in crisis", True),
    ("worry", "Leo (15) was in crisis at school on Monday.", VAGUE, "in crisis", True),
    ("worry", "Nan is at breaking point with the twins.", VAGUE, "at breaking point", True),
    ("worry", "Grandad has reached breaking point.", VAGUE, "breaking point", True),
    ("worry", "Dad is in a dark place since he lost his job.", VAGUE, "in a dark place", True),
    ("worry", "Ava (14) is in a bad place emotionally.", VAGUE, "in a bad place", True),
    ("worry", "Kai has been in turmoil since the move.", VAGUE, "in turmoil", True),
    ("worry", "Mum and Dad are in a state of chaos.", VAGUE, "in a state of chaos", True),
    ("worry", "Mum was in a real crisis after the baby was born.", VAGUE, "in a real crisis", True),
    ("worry", "The family are at crisis point.", VAGUE, "at crisis point", True),
    ("worry", "Dad has hit rock bottom since losing his job.", VAGUE, "hit rock bottom", True),
    ("worry", "Nan is at the end of her tether with Leo.", VAGUE, "at the end of her tether", True),
    ("worry", "The crisis point of the film scared Leo.", VAGUE, "crisis point", False),
    ("worry", "Mum told the social worker she was at the end of her tether and had smacked Hana.", VAGUE, "end of her tether", False),
    ("worry", "Nan says she is at breaking point with the twins.", VAGUE, "breaking point", False),
    # Near misses: a named service, a crisis plan, or the place said with what happened.
    ("goal", "If Mum feels unwell, she will ring the crisis team on 0800 123 456.", VAGUE, "crisis team", False),
    ("worry", "The family are in crisis accommodation in Luton since March.", VAGUE, "crisis accommodation", False),
    ("goal", "In a crisis, Dad will ring Nan and take Leo to her house.", VAGUE, "crisis", False),
    ("worry", "Dad drove Mia to a dark place in the woods and left her there.", VAGUE, "dark place", False),
    ("worry", "Mum put the pills in a high place in the kitchen.", VAGUE, "high place", False),
]

# C4. An effect named with the verb "impact" (or a manner adverb on "affect") whatever words come
# between it and its object: "impacting negatively upon his education", "adversely affecting her".
IMPACT_ADVERB = [
    ("worry", "Caring for Mum is impacting negatively upon Justice's education.", VAGUE, "impacting negatively", True),
    ("worry", "Dad's moods are impacting adversely on the children.", VAGUE, "impacting adversely", True),
    ("worry", "The moves have impacted significantly on Kai's learning.", VAGUE, "impacted significantly", True),
    ("worry", "Mum's drinking has impacted severely upon Ava's schooling.", VAGUE, "impacted severely", True),
    ("worry", "This has negatively impacted Leo's friendships.", VAGUE, "negatively impacted", True),
    ("worry", "Dad's gambling will impact hugely on the family's money for food.", VAGUE, "impact hugely", True),
    ("worry", "The arguments are adversely affecting Noor's sleep.", VAGUE, "adversely affecting", True),
    ("worry", "Mum's low mood is negatively affecting Sam.", VAGUE, "negatively affecting", True),
    ("worry", "The noise is detrimentally affecting the baby's sleep.", VAGUE, "detrimentally affecting", True),
    ("worry", "Living in one room is impacting greatly upon the children's wellbeing.", VAGUE, "impacting greatly", True),
    ("worry", "Kai's mental health is being adversely impacted.", VAGUE, "adversely impacted", True),
    # Near misses: what the child does or misses is said.
    ("worry", "Caring for Mum means Justice has missed 30 days of school since September.", VAGUE, "missed", False),
    ("worry", "Dad's shouting wakes Noor at night and she cries until 2am.", VAGUE, "wakes", False),
    ("worry", "The car impacted the wall at speed with Leo in the back.", VAGUE, "impacted", False),
    ("worry", "Ava told her teacher the rows make her feel sick.", VAGUE, "feel sick", False),
    ("worry", "Mum said the tablets affect her balance, and she dropped the baby on 3 May.", VAGUE, "affect", False),
]

# C5. A goal's outcome told as a general recovery or a return to normal, which nobody can picture:
# "make a full recovery", "recover fully", "get back to normal", "be back to her old self".
RECOVERY = [
    ("goal", "Summer will make a full recovery.", VAGUE, "make a full recovery", True),
    ("goal", "Leo will recover fully from what has happened.", VAGUE, "recover fully", True),
    ("goal", "Ava's health will fully recover by the summer.", VAGUE, "recover", True),
    ("goal", "Kai will make a good recovery and return to school.", VAGUE, "make a good recovery", True),
    ("goal", "Mia will get back to normal.", VAGUE, "get back to normal", True),
    ("goal", "Family life will return to normal.", VAGUE, "return to normal", True),
    ("goal", "Noor will be back to her old self.", VAGUE, "back to her old self", True),
    ("goal", "Mum's health will be back on track by June.", VAGUE, "back on track", True),
    ("goal", "Jay will be fully recovered within six months.", VAGUE, "fully recovered", True),
    ("goal", "Things will go back to normal for the children.", VAGUE, "back to normal", True),
    # Near misses: a recovery service's name, or the recovery said so people can see it.
    ("goal", "Dad will go to the Recovery Hub every Tuesday at 10.", VAGUE, "Recovery Hub", False),
    ("goal", "Mum will go to her recovery group on Thursdays and ring Nan after.", VAGUE, "recovery group", False),
    ("goal", "Leo will be back at school full time by 1 March.", VAGUE, "back at school", False),
    ("goal", "Summer will eat three meals a day with Mum and Dad at the table.", VAGUE, "eat", False),
    ("goal", "Dad will get the car back from the garage on Friday.", VAGUE, "get", False),
]

# C6. A goal's outcome told as a state of being taken in or thought well of, with nobody doing
# anything: "fully included", "feel included", "feel valued", "feel listened to", "be integrated".
INCLUDED = [
    ("goal", "Holly will be fully included in class.", VAGUE, "fully included", True),
    ("goal", "Kai will feel included at school.", VAGUE, "feel included", True),
    ("goal", "Ava will feel valued and respected at home.", VAGUE, "feel valued", True),
    ("goal", "Leo will feel listened to.", VAGUE, "feel listened to", True),
    ("goal", "Noor will be integrated into the family.", VAGUE, "integrated", True),
    ("goal", "Sam will be included in family life.", VAGUE, "included", True),
    ("goal", "Mia will feel accepted by her stepfather.", VAGUE, "feel accepted", True),
    ("goal", "The twins will feel valued.", VAGUE, "feel valued", True),
    ("goal", "Jay will be properly included in all activities.", VAGUE, "included", True),
    ("goal", "Ruby will feel heard by the adults around her.", VAGUE, "feel heard", True),
    # Near misses: who does what is said, or the word names a thing counted.
    ("goal", "Holly's teacher will seat her at the front and face her when she speaks.", VAGUE, "seat", False),
    ("goal", "Dad will ask Kai every Sunday what he wants to do at the weekend.", VAGUE, "ask", False),
    ("goal", "Bus fares are included in the money Nan gets each week.", VAGUE, "included", False),
    ("goal", "Nan will listen to Leo read every night before bed.", VAGUE, "listen", False),
    ("goal", "Mum will take Ava and her brother swimming together on Saturdays.", VAGUE, "swimming", False),
]

# C7. A thing kept or stored "safely", "securely" or "appropriately" with no place said: "stored
# safely", "kept securely", "disposed of safely".
STORED_SAFELY = [
    ("goal", "Mum will ensure all substances are stored safely.", VAGUE, "stored safely", True),
    ("goal", "Medication will be kept securely.", VAGUE, "kept securely", True),
    ("goal", "Dad will store his tools safely.", VAGUE, "store his tools safely", True),
    ("goal", "Used needles will be disposed of safely.", VAGUE, "disposed of safely", True),
    ("goal", "The knives are to be stored appropriately.", VAGUE, "stored appropriately", True),
    ("goal", "Mum and Dean will keep the cannabis securely stored.", VAGUE, "securely stored", True),
    ("worry", "Dad's methadone was not stored safely.", VAGUE, "stored safely", True),
    ("goal", "All medicines will be safely stored at all times.", VAGUE, "safely stored", True),
    ("goal", "Dad will keep the air rifle safely.", VAGUE, "keep the air rifle safely", True),
    ("goal", "Dean's tablets will be stored correctly.", VAGUE, "stored correctly", True),
    # Near misses: the place is said.
    ("goal", "Mum will keep all tablets in the locked box on top of the fridge.", VAGUE, "keep", False),
    ("goal", "Medication will be stored safely in the locked cupboard above the cooker.", VAGUE, "stored safely", False),
    ("goal", "Dad will lock the air rifle in the gun cabinet in the loft.", VAGUE, "lock", False),
    ("goal", "Dad will drive Leo home safely.", VAGUE, "safely", False),
    ("goal", "Nan will put the bleach on the top shelf of the garage.", VAGUE, "put", False),
]

# C8. A risk said to be lowered, in any tense or voice, including a note's "to be reduced": "risk to
# be reduced", "the risk will reduce", "risks are lessened".
RISK_LOWERED = [
    ("goal", "CCE risk to be reduced.", VAGUE, "risk to be reduced", True),
    ("goal", "The risk to Kai will reduce.", VAGUE, "risk to Kai will reduce", True),
    ("goal", "Risks to the children to be lowered by March.", VAGUE, "lowered", True),
    ("goal", "The risk of harm to Ava is to be minimised.", VAGUE, "minimised", True),
    ("goal", "Risk will be reduced to a safe level.", VAGUE, "reduced", True),
    ("goal", "The risks to Noor will lessen over the next six months.", VAGUE, "lessen", True),
    ("goal", "The level of risk to Leo to be decreased.", VAGUE, "decreased", True),
    ("goal", "Exploitation risk to be reduced for Jay.", VAGUE, "reduced", True),
    ("goal", "The risk to Mia from Dean will have reduced.", VAGUE, "reduced", True),
    ("goal", "Risk to the baby to be mitigated.", VAGUE, "mitigated", True),
    # Near misses: an amount or a thing lowered, said plainly.
    ("goal", "Dad's drinking will be reduced to two cans on a Saturday.", VAGUE, "reduced", False),
    ("goal", "Mum will reduce her shifts so she is home by 3.", VAGUE, "reduce", False),
    ("goal", "The rent arrears will be reduced to under £500 by June.", VAGUE, "reduced", False),
    ("goal", "Kai's screen time will be lowered to two hours a day.", VAGUE, "lowered", False),
    ("goal", "The heating will be turned down at night.", VAGUE, "turned down", False),
]

# C9. An aim verb ("address", "tackle", "deal with", "overcome") whose object is an adult's habit
# or state named as a gerund or a nominalisation: "address his gambling", "tackle her aggression".
AIM_HABIT = [
    ("goal", "Dad to address his gambling.", VAGUE, "address his gambling", True),
    ("goal", "Dad will deal with his gambling.", VAGUE, "deal with his gambling", True),
    ("goal", "Mum will tackle her smoking in the house.", VAGUE, "tackle her smoking", True),
    ("goal", "Dean will address his aggression.", VAGUE, "address his aggression", True),
    ("goal", "Mum will overcome her dependence on alcohol.", VAGUE, "overcome her dependence", True),
    ("goal", "Dad will address his jealousy.", VAGUE, "address his jealousy", True),
    ("goal", "Mum will tackle her isolation.", VAGUE, "tackle her isolation", True),
    ("goal", "Dad will confront his spending.", VAGUE, "confront his spending", True),
    ("goal", "Mum will address her hoarding.", VAGUE, "address her hoarding", True),
    ("goal", "Dad will resolve his resentment towards Mum.", VAGUE, "resolve his resentment", True),
    # Near misses: something real is dealt with, or the how is said.
    ("goal", "Dad will deal with the bills on Fridays with the debt adviser.", VAGUE, "deal with the bills", False),
    ("goal", "Mum will address the letter to the housing office.", VAGUE, "address the letter", False),
    ("goal", "Dad will deal with his gambling by handing his bank card to Nan each payday.", VAGUE, "deal with his gambling", False),
    ("goal", "Nan will sort out the washing every Sunday.", VAGUE, "sort out", False),
    ("goal", "Kai will work on his reading with Nan every night.", VAGUE, "work on his reading", False),
]

# C10. The whole outcome "will be safe" of a child whose name is also a word the tagger misreads
# ("Willow", "Summer", "Holly", "Autumn"), or after another clause.
SAFE_NAME = [
    ("goal", "Willow will be safe.", VAGUE, "will be safe", True),
    ("goal", "Ethan's violent behaviour will reduce and Willow will be safe.", VAGUE, "will be safe", True),
    ("goal", "Summer will be safe.", VAGUE, "will be safe", True),
    ("goal", "Holly will be safe at all times.", VAGUE, "will be safe", True),
    ("goal", "Dad will stop shouting and Autumn will be safe.", VAGUE, "will be safe", True),
    ("goal", "Skye will stay safe.", VAGUE, "will stay safe", True),
    ("goal", "Storm will remain safe.", VAGUE, "will remain safe", True),
    ("goal", "River will be safe and happy.", VAGUE, "will be safe", True),
    ("goal", "Daisy will be safe.", VAGUE, "will be safe", True),
    ("goal", "Honor will be safe at home.", VAGUE, "will be safe", True),
    # Near misses: who keeps the child safe and how is said, or the child says so.
    ("goal", "Willow will be safe because Nan will sleep over every night Dad drinks.", VAGUE, "will be safe", False),
    ("goal", "Summer will tell her teacher whether she feels safe at home.", VAGUE, "feels safe", False),
    ("goal", "Mum will keep Holly's medicine in the locked box so Holly is safe.", VAGUE, "safe", False),
    ("goal", "Autumn will be safe from Dean when he visits, because Nan will be there.", VAGUE, "safe", False),
    ("goal", "The stair gate will be safe once Dad fixes the latch on Saturday.", VAGUE, "safe", False),
]

# Round 15 false alarms as classes: an everyday abbreviation with "&" (B&B, M&S), a police rank or
# title before a person's name ("DC Amir Khan", "PC Jones"), a vague word inside a job title
# ("adoption support social worker"). The last rows are the same words where they still fire.
FALSE_ALARMS = [
    ("worry", "Mum and the children moved into a B&B in November.", JARGON, "B&B", False),
    ("worry", "Mum left Rowan (4) alone in the B&B room for an hour.", JARGON, "B&B", False),
    ("worry", "Dad took Leo to M&S and left him in the car.", JARGON, "M&S", False),
    ("worry", "DC Amir Khan from the online child abuse team is worried about Drew.", JARGON, "DC", False),
    ("worry", "PC Jones saw Dad push Mum into the wall.", JARGON, "PC", False),
    ("worry", "DS Patel and Mum are worried that Kai is carrying a knife.", JARGON, "DS", False),
    ("worry", "PCSO Lee found Mia (12) in the park at 1am.", JARGON, "PCSO", False),
    ("worry", "DI Ruth Okoro told Nan that the man has been charged.", JARGON, "DI", False),
    ("goal", "Your adoption support social worker, Lorna, will ask Ruby how home feels.", VAGUE, "support", False),
    ("goal", "Jo, the family support practitioner, will visit on Mondays.", VAGUE, "support", False),
    ("goal", "The early help support worker will meet Mum every Tuesday.", VAGUE, "support", False),
    ("goal", "Dad's housing support officer will ring him on Fridays.", VAGUE, "support", False),
    ("goal", "The parenting support nurse, Amy, will visit each week.", VAGUE, "support", False),
    ("worry", "The PFSW told Mum the ECM review was moved.", JARGON, "PFSW", True),
    ("worry", "The case went to MASH on 3 May.", JARGON, "MASH", True),
    ("goal", "Mum will get support.", VAGUE, "support", True),
]

CLASSES = (RECORD_VERBS, CARE_ARRANGEMENT, PLIGHT, IMPACT_ADVERB, RECOVERY, INCLUDED, STORED_SAFELY, RISK_LOWERED,
           AIM_HABIT, SAFE_NAME)
CASES = [case for cases in CLASSES for case in cases] + FALSE_ALARMS


@pytest.mark.parametrize("kind,text,code,words,fires", CASES)
def test_word_class(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_each_class_has_ten_wordings_and_five_near_misses():
    for cases in CLASSES:
        assert sum(fires for *_, fires in cases) >= 10
        assert sum(not fires for *_, fires in cases) >= 5
