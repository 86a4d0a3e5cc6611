"""Round 19 (words19): faults still missed, each class named in general terms, with wordings of our
own (varied tense, negation, subject and setting) and near misses that must stay clean. Each case:
(kind, text, code, words, fires), as in test_word_classes16b.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

ABSENT = ("SOS512",)
BLAME = ("SOS306",)
JUDGED = ("SOS301", "SOS304", "SOS305")
VAGUE = ("SOS302",)

# C1. A goal whose only content is that the problem stops: an adult's company or things not had,
# a role or place the child will "no longer" be in, the child's doing said not to happen, and
# something of a person's said to lessen with nothing done.
ABSENCE = [
    ("goal", "Mother will not have drug-using friends at the flat.", ABSENT, "will not have", True),
    ("goal", "Dad will not have any knives or weapons in the house.", ABSENT, "will not have", True),
    ("goal", "Mum will not have Steve at the flat.", ABSENT, "will not have", True),
    ("goal", "Mr Gale will comply with his care package so that Tansy is no longer in a caring role.", ABSENT,
     "no longer in a caring role", True),
    ("goal", "Kai (14) will no longer be on the streets at night.", ABSENT, "no longer be on the streets", True),
    ("goal", "Ms Reyes will ensure that Nadia (12) is not doing caring tasks.", ABSENT, "is not doing", True),
    ("goal", "Dad will make sure Amira (11) is not cooking the family's meals.", ABSENT, "is not cooking", True),
    ("goal", "Omid's emotional wellbeing will improve and his nightmares will reduce.", ABSENT,
     "nightmares will reduce", True),
    ("goal", "Leo's bedwetting will stop.", ABSENT, "bedwetting will stop", True),
    ("goal", "Ella's anxiety will ease over the next three months.", ABSENT, "anxiety will ease", True),
    ("goal", "Mum's panic attacks will lessen.", ABSENT, "panic attacks will lessen", True),
    # Near misses: the child spared having to do something, a deed with an object, an amount that
    # changes, a scene set with "if", and a "no longer" that the adults' deed explains.
    ("goal", "Leo won't have to worry about Mum: Nan will ring him every night at 7.", ABSENT, "won't have", False),
    ("goal", "Mum will reduce her hours at work so she can collect Leo at 3pm.", ABSENT, "reduce", False),
    ("goal", "Mum's working hours will reduce in September, so she will collect Ava from school.", ABSENT,
     "hours will reduce", False),
    ("goal", "If Nadia is not doing her homework, Mum will sit with her at the kitchen table.", ABSENT,
     "is not doing", False),
    ("goal", "Nan will have the children every Saturday and take them to the park.", ABSENT, "will have", False),
    ("goal", "Nadia will go to the young carers group on Tuesdays and Mum will cook tea.", ABSENT, "will go", False),
]

# C2. A harmed child made the one who will not co-operate: refusing or declining to tell, give,
# answer or engage, where the statement speaks of the child being exploited or harmed.
REFUSAL = [
    ("worry", "Dritan (16) is a victim of modern slavery and refuses to give information.", BLAME,
     "refuses to give information", True),
    ("worry", "Dritan (16) has chosen to stay with the men who employ him and refuses to give information. "
     "He may be a victim of slavery.", BLAME, "refuses to give information", True),
    ("worry", "Tia (14) has been going missing at weekends and declined to speak to officers.", BLAME,
     "declined to speak", True),
    ("worry", "Jay (15) is being exploited by a gang and refused to tell police who gave him the phone.", BLAME,
     "refused to tell", True),
    ("worry", "Amber (13) was groomed online and refuses to talk to her social worker about the man.", BLAME,
     "refuses to talk", True),
    ("worry", "Leon (16) was found with a knife and refused to answer questions.", BLAME, "refused to answer", True),
    ("worry", "Since the assault, Maya (15) has declined to discuss what happened with staff.", BLAME,
     "declined to discuss", True),
    ("worry", "Kai (14) goes missing overnight and refuses to say where he has been.", BLAME, "refuses to say", True),
    ("worry", "Ruby (15) is being sexually exploited and refuses to engage with the exploitation team.", BLAME,
     "refuses to engage", True),
    ("worry", "Sam (13) was trafficked from Leeds and has refused to name the adults involved.", BLAME,
     "refused to name", True),
    ("worry", "Abi (12) has been sending explicit pictures and refuses to give the names of the men.", BLAME,
     "refuses to give", True),
    # Near misses: an adult refusing, a toddler's tea, a child refusing to go with a man, and the
    # child telling.
    ("worry", "Dad was arrested for exploitation offences and refuses to give information.", BLAME,
     "refuses to give information", False),
    ("worry", "Leo (3) refuses to eat his tea and cries at bedtime.", BLAME, "refuses to eat", False),
    ("worry", "Tia (14) goes missing at weekends; the men declined to let her leave the flat.", BLAME,
     "declined to let", False),
    ("worry", "Kai (14) goes missing overnight; the men refuse to say where they took him.", BLAME,
     "refuse to say", False),
    ("worry", "Ruby (15) told the police officer where she was when she went missing.", BLAME, "told", False),
    ("worry", "Mia (8) refuses to tell her brother her secrets and Dad shouts at them both.", BLAME,
     "refuses to tell", False),
]

# C3. A verdict on the home rather than what happens in it: a judging adjective on a home,
# household, environment, upbringing or family life.
HOME_VERDICT = [
    ("worry", "Dad is up most nights betting. Kacper (11) and Zofia (6) are impacted by the chaotic home "
     "environment.", JUDGED, "chaotic", True),
    ("worry", "Dad drinks every night and the children live in a dysfunctional household.", JUDGED,
     "dysfunctional household", True),
    ("worry", "Mum and Dad argue most nights; it is a toxic home environment for Leo.", JUDGED,
     "toxic home environment", True),
    ("worry", "Leo has moved between five addresses and has had an unstable home life.", JUDGED,
     "unstable home life", True),
    ("worry", "The children are growing up in a chaotic household.", JUDGED, "chaotic", True),
    ("worry", "Ava (6) lives with Mum in a volatile home environment.", JUDGED, "volatile", True),
    ("worry", "Sam (7) is living in a neglectful home.", JUDGED, "neglectful home", True),
    ("worry", "The children have had a disorganised upbringing.", JUDGED, "disorganised upbringing", True),
    ("worry", "Ella (5) has lived in a chaotic environment since Dad left.", JUDGED, "chaotic", True),
    ("worry", "Leo and Ava live in a dysfunctional family.", JUDGED, "dysfunctional family", True),
    # Near misses: what the home is like, said plainly.
    ("worry", "Kacper (11) lives in a busy household with four brothers.", JUDGED, "busy household", False),
    ("worry", "The home environment was warm and tidy on every visit.", JUDGED, "home environment", False),
    ("worry", "Dad has a stable home with his partner in Leeds.", JUDGED, "stable home", False),
    ("worry", "Mum's home is quiet in the evenings and Leo has his own room.", JUDGED, "home", False),
    ("worry", "Nan's house is small but the children have their own beds.", JUDGED, "small", False),
]

# C4. A person "impacted" in the passive, with nothing of what the impact is.
IMPACTED = [
    ("worry", "Kacper (11) and Zofia (6) are impacted by Dad's gambling.", VAGUE, "are impacted by", True),
    ("worry", "Leo is being impacted by Dad's drinking.", VAGUE, "being impacted by", True),
    ("worry", "The children have been impacted by the arguments at home.", VAGUE, "been impacted by", True),
    ("worry", "Ava (6) is impacted by Mum's low mood.", VAGUE, "is impacted by", True),
    ("worry", "Sam has been negatively impacted by the move.", VAGUE, "impacted", True),
    ("worry", "Mia (9) is emotionally impacted by the violence at home.", VAGUE, "impacted", True),
    ("worry", "Dad drinks every night and the children are impacted.", VAGUE, "are impacted", True),
    ("worry", "Jay was impacted by the move between schools.", VAGUE, "was impacted by", True),
    ("worry", "Ruby (12) and her brother are being impacted by Mum's drug use.", VAGUE, "impacted by", True),
    ("worry", "Mum is impacted by Dad's control of the money and the children see her cry.", VAGUE,
     "is impacted by", True),
    # Near misses: what the child felt or did, and a thing struck.
    ("worry", "Leo was frightened by Dad's shouting and hid under the table.", VAGUE, "frightened by", False),
    ("worry", "Mia was upset by the shouting and cried at school the next day.", VAGUE, "upset by", False),
    ("worry", "The children were woken by the fighting at 2am and hid upstairs.", VAGUE, "woken by", False),
    ("worry", "The roof was impacted by the storm and water came into Leo's room.", VAGUE, "impacted by", False),
    ("worry", "The car was hit by a lorry while Dad was driving the children home.", VAGUE, "hit by", False),
]

# C5. A harmed woman's abuse written as her choice of the men who hurt her: "poor choices in
# partners", "keeps choosing violent men", "her choice of partner" (only where the statement
# speaks of an adult hurting a partner).
PARTNER_CHOICE = [
    ("worry", "Mr Frost has convictions for hitting Mum. Mum has a history of poor choices in partners.", BLAME,
     "poor choices in partners", True),
    ("worry", "Dean punched Ms Lee in May. Ms Lee has made bad choices of partner since she was 17.", BLAME,
     "bad choices of partner", True),
    ("worry", "Carl hit Mum in front of Ava. Mum's choice of partners puts the children at risk.", BLAME,
     "choice of partners", True),
    ("worry", "Her last partner broke Mum's arm. Mum keeps choosing violent men.", BLAME, "choosing violent men", True),
    ("worry", "Jay's father hit Mum in March, and Mum continues to choose abusive partners.", BLAME,
     "choose abusive partners", True),
    ("worry", "Dean has hit Mum twice this year. Mum shows poor judgement in relationships.", BLAME,
     "poor judgement in relationships", True),
    ("worry", "Mum was punched by her ex-partner last year. She has a pattern of unhealthy relationship choices.",
     BLAME, "relationship choices", True),
    ("worry", "Tom pushed Mum down the stairs. Mum has picked partners who are violent to her since she was 16.",
     BLAME, "picked partners", True),
    ("worry", "Mr Ali strangled Mum in October. Mum's poor choice of men has left Zara frightened.", BLAME,
     "choice of men", True),
    ("worry", "Gary kicked Mum in the kitchen. Mum has a history of choosing violent partners.", BLAME,
     "choosing violent partners", True),
    # Near misses: a choice that is not of a man, a man choosing, and a choice with no abuse named.
    ("worry", "Dean hit Mum in May. Mum chose a new school for Leo near Nan's house.", BLAME, "chose", False),
    ("worry", "Dean hit Mum in May. Mum made the choice to call the police, and Leo was in bed.", BLAME,
     "choice", False),
    ("worry", "Dean hit Mum in May and has chosen new friends who drink with him at the flat.", BLAME,
     "chosen new friends", False),
    ("worry", "Leo (14) chooses his friends carefully and goes to football on Saturdays.", BLAME, "chooses", False),
    ("worry", "Mum has chosen a new partner, Tom, who takes Leo to football.", BLAME, "chosen a new partner", False),
    ("worry", "Dad hit Mum. Mum's choice of school for Leo was St Mary's, near Nan.", BLAME, "choice of school",
     False),
]

CLASSES = (ABSENCE, REFUSAL, HOME_VERDICT, IMPACTED, PARTNER_CHOICE)
CASES = [case for cases in CLASSES for case in cases]


@pytest.mark.parametrize("kind,text,code,words,fires", CASES)
def test_word_class(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_each_class_has_ten_wordings_and_five_near_misses():
    for cases in CLASSES:
        assert sum(fires for *_, fires in cases) >= 10
        assert sum(not fires for *_, fires in cases) >= 5
