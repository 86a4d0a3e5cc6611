"""Round 12 (wordsb12): open word classes of jargon and vague words, each named, with wordings of
our own (varied tense, voice, negation, subject, profession and setting) and near misses that must
stay clean. Written before the code that catches them. Each case: (kind, text, code, words, fires),
as in test_word_classes9.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

JARGON = ("SOS101", "SOS102", "SOS103", "SOS104")
VAGUE = ("SOS302",)
PASSIVE = ("SOS202",)
ANY = ("SOS101", "SOS102", "SOS103", "SOS104", "SOS202", "SOS301", "SOS302", "SOS304", "SOS305", "SOS306")

# Class: jargon of a setting. Each service has fixed terms a family is never told the meaning of:
# midwifery and paediatrics ("organic cause", "NAS"), Scottish hearings ("the Reporter", "CSO"),
# youth justice ("desist", "YRO"), fostering ("private fostering"), contact ("by letterbox"),
# schools ("mainstream", "managed move", "alternative provision"), housing, immigration and
# benefits ("temporary accommodation", "NRPF"), police ("DVPN", "PPN").
SETTING = [
    ("worry", "Tia (4) has been admitted to hospital nine times and no organic cause has been found.", JARGON, "organic cause", True),
    ("worry", "Doctors could find no organic reason for Ben's vomiting.", JARGON, "organic reason", True),
    ("worry", "Baby Noor was treated for NAS for three weeks after she was born.", JARGON, "NAS", True),
    ("worry", "The midwife is worried that Ms Kerr, who is due on 3 May (EDD), is still using heroin.", JARGON, "EDD", True),
    ("worry", "Kai's case was sent to the Reporter after he was found drunk in the park.", JARGON, "Reporter", True),
    ("goal", "Leo will stay with Nan while he is on a CSO and the panel meets again in May.", JARGON, "CSO", True),
    ("worry", "Amy (12) has been on a compulsory supervision order since 2023.", JARGON, "compulsory supervision order", True),
    ("goal", "Jordan will desist from carrying knives and will be home by 9pm.", JARGON, "desist", True),
    ("worry", "Josh was given a YRO in March after the robbery.", JARGON, "YRO", True),
    ("worry", "Ama (11) has lived with her aunt's friend in a private fostering arrangement since June.", JARGON, "private fostering", True),
    ("worry", "Nobody told the council that Leon was being privately fostered by a neighbour.", JARGON, "privately fostered", True),
    ("goal", "Mum will write to Ivy by letterbox twice a year and send a photo.", JARGON, "letterbox", True),
    ("worry", "Kian (9) will not return to mainstream after his permanent exclusion.", JARGON, "mainstream", True),
    ("goal", "Sam will start a managed move to Hillside Academy in January.", JARGON, "managed move", True),
    ("worry", "Leah (14) has been in alternative provision for two years and goes in three mornings a week.", JARGON, "alternative provision", True),
    ("worry", "The family have been in temporary accommodation in Slough since the eviction.", JARGON, "temporary accommodation", True),
    ("worry", "Mum has NRPF and cannot pay for food for the twins.", JARGON, "NRPF", True),
    ("worry", "Police issued a PPN after Dad pushed Mum into the wardrobe.", JARGON, "PPN", True),
    ("worry", "A DVPN was served on Mr Ali on 2 June.", JARGON, "DVPN", True),
    ("worry", "River (16) is currently subject to a Referral Order.", JARGON, "subject to", True),
    ("worry", "Dad remains subject to bail conditions not to contact Mum.", JARGON, "subject to", True),
    # Near misses: the same words in their everyday sense.
    ("worry", "Dad pushed a note through the letterbox at 2am saying he would burn the house down.", JARGON, "letterbox", False),
    ("worry", "A reporter from the local paper knocked on the door and Mia hid upstairs.", JARGON, "reporter", False),
    ("goal", "Leo will move to Hillside Primary in January and Nan will walk him there.", JARGON, "move", False),
    ("worry", "The police officer said Dad was drunk when he arrived.", JARGON, "police officer", False),
    ("goal", "Mum will cook a meal with organic vegetables every Sunday with Ava.", JARGON, "organic", False),
]

# Class: record shorthand. A case note's abbreviations: a colon word ("re:", "Hx:"), a slash
# shorthand ("w/c", "h/v", "s/w"), a pregnancy written as weeks over 40 ("34/40"), and
# professional compounds ("multi-disciplinary", "inter-agency", "family-led", "needs-based").
SHORTHAND = [
    ("worry", "Ongoing concerns re: Mum's drinking when she has the children.", JARGON, "re:", True),
    ("worry", "School rang re: Leo's bruised arm on Monday.", JARGON, "re:", True),
    ("worry", "Ms Tait is 34/40 and still drinking a bottle of wine a day.", JARGON, "34/40", True),
    ("worry", "At 28/40 Kerry told the midwife that Dean had kicked her stomach.", JARGON, "28/40", True),
    ("goal", "Mum will see the midwife w/c 3 March and tell her about the bruises.", JARGON, "w/c", True),
    ("worry", "On h/v the flat was cold and Ava (2) was in a wet nappy.", JARGON, "h/v", True),
    ("worry", "The s/w saw Dad shouting at Mo on 4 May.", JARGON, "s/w", True),
    ("goal", "The multi-disciplinary team will meet Mum every month.", JARGON, "multi-disciplinary", True),
    ("goal", "The inter-agency plan will be shared with Nan.", JARGON, "inter-agency", True),
    ("goal", "Mum will take part in a multiprofessional meeting about Amira's feeding.", JARGON, "multiprofessional", True),
    ("goal", "A family-led plan will be written with Mum and Dad.", JARGON, "family-led", True),
    ("goal", "Dad will get needs-based help from the housing team.", JARGON, "needs-based", True),
    # Near misses.
    ("worry", "Leo scored 34/40 in his spelling test the week Dad left.", JARGON, "34/40", False),
    ("worry", "On 14/10 Mum left Ruby (3) alone in the flat for two hours.", JARGON, "14/10", False),
    ("worry", "Mum said: \"He hit me again.\"", JARGON, "said:", False),
    ("goal", "Dad will check that Ava's car seat is fitted and/or ask Nan to check it.", JARGON, "and/or", False),
    ("goal", "Nan led Leo home from school by the hand every day this week.", JARGON, "led", False),
    ("goal", "Mum and Jo will play a two-player game after tea on Fridays.", JARGON, "two-player", False),
]

# Class: an impact named, not said. An abstract part of the child's life (development,
# education, wellbeing, progress) said to suffer or be affected, a child "affected emotionally",
# missing out on an abstraction, attitudes that "have changed", behaviour that is "escalating".
IMPACT = [
    ("worry", "Storm's development is suffering because of the damp flat.", VAGUE, "development is suffering", True),
    ("worry", "Leo's education has been badly affected since Dad left.", VAGUE, "education has been badly affected", True),
    ("worry", "Her emotional wellbeing is being compromised by the arguments.", VAGUE, "wellbeing is being compromised", True),
    ("worry", "Ava's progress at nursery has been impacted.", VAGUE, "progress at nursery has been impacted", True),
    ("worry", "The shouting at home is affecting Mia emotionally.", VAGUE, "affecting Mia emotionally", True),
    ("worry", "The twins have been psychologically affected by what they saw.", VAGUE, "psychologically affected", True),
    ("worry", "This will be impacting on Josh emotionally.", VAGUE, "impacting on Josh emotionally", True),
    ("goal", "Kai will not miss out on his education.", VAGUE, "miss out on his education", True),
    ("worry", "Ruby (9) is missing out on her childhood because she cares for Mum.", VAGUE, "missing out on her childhood", True),
    ("worry", "His teachers say his attitudes have changed since the summer.", VAGUE, "attitudes have changed", True),
    ("worry", "Dad says Amir's behaviour has changed a lot.", VAGUE, "behaviour has changed", True),
    ("worry", "Sage's escalating behaviours have put the placement at risk.", VAGUE, "escalating behaviours", True),
    ("worry", "The carers report increasingly challenging behaviour from Sam.", ("SOS301", "SOS302"), "challenging behaviour", True),
    # Near misses: a thing that is really damaged, what the child missed, what changed, said.
    ("worry", "Dad's car was damaged when he crashed it with Leo in the back.", VAGUE, "damaged", False),
    ("worry", "Leo has missed 14 days of school this term.", VAGUE, "missed", False),
    ("worry", "Mum changed Ava's nappy only twice on Saturday.", VAGUE, "changed", False),
    ("worry", "The flooding affected the kitchen and the boiler does not work.", VAGUE, "affected", False),
    ("goal", "Leo's bedtime will change to 7pm on school nights, and Dad will read with him.", VAGUE, "change", False),
    ("worry", "Since Dad left, Mia wets the bed and will not eat breakfast, and her reading has slipped two levels.", VAGUE, "slipped", False),
    ("worry", "Mum is worried that if this carries on, Leo will keep missing out on learning.", VAGUE, "missing out on learning", False),
]

# Class: a comparative outcome nobody can see. "Calmer", "happier", "more settled", "feel
# closer", "greater warmth", "more consistent routines": a state said to go up with no act beside
# it. A comparative tied to a visible act ("calmer at bedtime because Dad reads with her") or to a
# measurable thing ("go to bed earlier") is fine.
COMPARATIVE_STATE = [
    ("goal", "Ivy will be calmer.", VAGUE, "calmer", True),
    ("goal", "By the summer, home life will be calmer for the children.", VAGUE, "calmer", True),
    ("goal", "Jayden will feel closer to his dad.", VAGUE, "feel closer", True),
    ("goal", "Amira will feel more settled at Nan's.", VAGUE, "more settled", True),
    ("goal", "Mornings will be happier for Leo and his sisters.", VAGUE, "happier", True),
    ("goal", "Mum and Dad will develop more consistent routines for Ellie.", VAGUE, "more consistent routines", True),
    ("goal", "Dad will show greater emotional warmth towards Jayden.", VAGUE, "greater emotional warmth", True),
    ("goal", "Mum will offer more nurture and affection to Bea.", VAGUE, "more nurture", True),
    ("goal", "The house will feel more peaceful.", VAGUE, "more peaceful", True),
    ("worry", "Without help, Kai will not become more confident.", VAGUE, "more confident", True),
    ("goal", "Ella seems happier and more relaxed with Mum now.", VAGUE, "happier", True),
    # Near misses: a comparative tied to what someone does, or to something measurable.
    ("goal", "Ivy will be calmer at bedtime because Dad will read with her every night.", VAGUE, "calmer", False),
    ("goal", "Leo will go to bed earlier, by 7.30 on school nights.", VAGUE, "earlier", False),
    ("goal", "Mum will move the cot closer to her bed so she hears Noor in the night.", VAGUE, "closer", False),
    ("goal", "Dad will put a warmer duvet on Ava's bed before November.", VAGUE, "warmer", False),
    ("worry", "Leo is taller than the other boys and they pick on him.", VAGUE, "taller", False),
    ("goal", "Ivy will feel calmer when Mum sits with her and they breathe slowly together.", VAGUE, "calmer", False),
    ("goal", "Nan will see Ivy calm at tea time, and Ivy will tell her teacher that home is calmer.", VAGUE, "calmer", False),
]

# Class: a duty with no doer or deed. "Safeguarded at all times", "monitor" with nothing of how,
# "respect her choices", "in X's best interests": a duty said, not what anyone will do.
DUTIES = [
    ("goal", "The children will be safeguarded at all times.", VAGUE, "safeguarded", True),
    ("goal", "Lily will be protected at all times.", VAGUE, "protected", True),
    ("goal", "Zara's parents will respect her cultural choices.", VAGUE, "respect her cultural choices", True),
    ("goal", "Dad will respect Maya's wishes about contact.", VAGUE, "respect Maya's wishes", True),
    ("goal", "Mum will respect Alex's identity.", VAGUE, "respect Alex's identity", True),
    ("goal", "Dad will make decisions in Kofi's best interests.", VAGUE, "best interests", True),
    ("goal", "Nan will act in the best interests of the children.", VAGUE, "best interests", True),
    ("goal", "Dad, you will monitor Wren's internet use.", VAGUE, "monitor", True),
    ("goal", "Mum will monitor who Leah is talking to.", VAGUE, "monitor", True),
    ("goal", "Nan will keep an eye on Leo's moods.", VAGUE, "keep an eye on", True),
    # Near misses: the deed and the doer are said.
    ("goal", "Dad will check Wren's phone with him every Sunday night and turn the router off at 10pm.", VAGUE, "check", False),
    ("goal", "Dad will knock before he goes into Maya's room.", VAGUE, "knock", False),
    ("goal", "Mum will take Zara to the mosque on Fridays when she asks to go.", VAGUE, "take", False),
    ("goal", "Nan will be in the room whenever Lily is in the bath.", VAGUE, "in the room", False),
    ("goal", "Mum will monitor Leo's blood sugar with his meter before every meal and write it in his book.", VAGUE, "monitor", False),
]

# False alarms: names of documents and orders are what the family is told; a passive's subject is
# not the fault; a child's name is not part of a vague phrase; a child not blamed is on purpose.
CLEAN = [
    ("worry", "An Early Help Assessment is to be offered to Mum.", JARGON, "Early Help Assessment", False),
    ("goal", "Hunter will keep to his Referral Order and see Sam from the youth team on Tuesdays.", JARGON, "Referral Order", False),
    ("worry", "When Sunita visited, the smoke alarm had been taken down.", PASSIVE, "smoke alarm", False),
    ("goal", "Skye will feel listened to and will not be blamed for what the man did.", PASSIVE, "will not be blamed", False),
    ("goal", "Joy's attendance will improve to 95% and above.", ANY, "Joy", False),
    ("goal", "Dad will make sure Will will not be sent to the shop on his own.", PASSIVE, "Will will", False),
    ("goal", "Mum will make sure Will is supervised at all times.", PASSIVE, "Will is", False),
    ("goal", "June may have to stay with Nan while things get safer.", VAGUE, "safer", False),
    # The jargon and vague parts are still found.
    ("worry", "The social worker completed a parenting assessment.", JARGON, "parenting assessment", True),
    # still found: as a vague word, or (since goals12's passive-compliance reading merged) as a
    # compliance goal, which the overlap rule keeps in its place
    ("goal", "Joy's attendance will improve to 95% and above.", VAGUE + ("SOS511",), "attendance will improve", True),
]

# Class: a harm or a thing named by a category with nothing of what it was. A bruise with no place
# or size ("came to school with bruising"), a mood named as the child's picture ("in a low mood"),
# the home as an abstraction ("the home environment"), and content judged, not described
# ("extremist material", "harmful content online").
CATEGORY = [
    ("worry", "Jack (7) came to school on Tuesday with bruising, and his teacher is worried.", VAGUE, "bruising", True),
    ("worry", "Ava (3) had bruises when Nan collected her from Dad's on Sunday.", VAGUE, "bruises", True),
    ("worry", "Nursery saw a bruise and a cut when Leo arrived on Monday.", VAGUE, "a bruise", True),
    ("worry", "The teacher is worried that Freya (15) has been in a low mood since Mum started drinking.", VAGUE, "low mood", True),
    ("worry", "Kai's mood has been low since Dad left.", VAGUE, "mood has been low", True),
    ("worry", "The home environment was found to be chaotic on three visits.", VAGUE, "home environment", True),
    ("worry", "Ruby (4) lives in a family environment where there is shouting.", VAGUE, "family environment", True),
    ("worry", "Wren (16) is accessing extremist material online.", VAGUE, "extremist material", True),
    ("worry", "Leah (12) has been viewing inappropriate content on her tablet.", VAGUE, "inappropriate content", True),
    ("goal", "Ben will not look at harmful content on his phone.", VAGUE, "harmful content", True),
    ("worry", "Sam has been sharing radical videos with his friends.", VAGUE, "radical videos", True),
    # Near misses: the place, size or thing is said; the child's own act is there.
    ("worry", "Jack came to school with a bruise the size of a 50p on his cheek.", VAGUE, "bruise", False),
    ("worry", "Ava had bruises on both upper arms shaped like fingers when Nan collected her.", VAGUE, "bruises", False),
    ("worry", "Dad hit Ali with a slipper, leaving a bruise, and Ali cried all night.", VAGUE, "a bruise", False),
    ("worry", "Leo burned his hand on the iron; by Monday the burn was red and blistered.", VAGUE, "the burn", False),
    ("worry", "Freya has been in a low mood since Mum started drinking: she stays in her room and has stopped eating tea.", VAGUE, "low mood", False),
    ("worry", "Wren has been watching videos of men with guns telling boys to attack police.", VAGUE, "videos", False),
    ("goal", "Nan will keep the home warm and the fridge full.", VAGUE, "home", False),
]


@pytest.mark.parametrize("kind,text,code,words,fires", SETTING + SHORTHAND,
                         ids=lambda v: v if isinstance(v, str) and len(v) < 8 else None)
def test_jargon_classes(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


@pytest.mark.parametrize("kind,text,code,words,fires", IMPACT + COMPARATIVE_STATE + DUTIES + CATEGORY,
                         ids=lambda v: v if isinstance(v, str) and len(v) < 8 else None)
def test_vague_classes(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


@pytest.mark.parametrize("kind,text,code,words,fires", CLEAN,
                         ids=lambda v: v if isinstance(v, str) and len(v) < 8 else None)
def test_false_alarms(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)
