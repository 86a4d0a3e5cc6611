"""Round 19 (issue 11, section 3): fewer false alarms on good goals, read on the parse
(checks/goals19.py, checks/readability.py). Wordings written before the code; each class has good
sentences that must be silent and poor near misses that must still fire. Each case: (kind, text,
code, words, fires), as in test_checks18_good.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

ABSENCE = ("SOS512",)
PASSIVE = ("SOS202",)
VAGUE = ("SOS302",)

# A. A "will not" that protects the child: the same adult's deed said first on a stated occasion,
# an adult kept from the child with the child placed elsewhere, a thing that stays off. Harm said
# not to happen, abstinence and "will not" with nothing instead still fire.
WILL_NOT_PROTECTS = [
    ("goal", "Mum, you will ring 999 straight away if anyone comes to the house about money, and you will not "
             "open the door to them. Nan will have Leo on Fridays.", ABSENCE, "will not", False),
    ("goal", "Sophie, if Lee turns up drunk, you will phone Grandad Jim and you will not let Lee in. Grandad Jim "
             "will come round within ten minutes.", ABSENCE, "will not", False),
    ("goal", "Mum, when the men from the flat upstairs knock, you will call Uncle Tony and you will not answer "
             "the door. Kian will feel calm at home.", ABSENCE, "will not", False),
    ("goal", "Dad, whenever Jade's mum rings drunk, you will pass the phone to Auntie Ros and you will not argue "
             "with her in front of Jade.", ABSENCE, "will not", False),
    ("goal", "Dad, you will lock the medicines in the top cupboard every night. Uncle Pete will not babysit Zara "
             "or be alone with her; on your late shifts, Zara will stay with Nana Pat.", ABSENCE, "will not", False),
    ("goal", "Tanya, you will make up the sofa bed for Kev. Kev will not go into Liberty's room or be alone with "
             "her; when you are at work, Liberty will go to Nan Dawn's.", ABSENCE, "will not", False),
    ("goal", "Mum, you will fit a lock on the bathroom door this week. Steve will not bath Ellie or be alone "
             "with her; on Saturdays, Ellie will go to Auntie Jo's.", ABSENCE, "will not", False),
    ("goal", "Mum, you will ask Chance before any photo of him goes online; if he says no, it stays off. "
             "Auntie Faith will check the channel with you every Sunday.", ABSENCE, "stays off", False),
    ("goal", "Dad, you will charge Kit's phone in the kitchen overnight, so it stays off until breakfast. "
             "Grandad Mo will take Kit to football on Saturdays.", ABSENCE, "stays off", False),
    ("goal", "Mum, you will keep the e-scooter in the shed, and it stays away from Kit until he is 12. "
             "Cousin Gem will take him to the skate park.", ABSENCE, "stays away", False),
    ("goal", "Dad will not drink. There will be no more police call-outs.", ABSENCE, "will not", True),
    ("goal", "There will be no more police call-outs.", ABSENCE, "no more", True),
    ("goal", "Dad will stay off drugs completely and Mum will cook tea every night.", ABSENCE, "stay off", True),
    ("goal", "When Dad is angry, he will not shout. Nan will visit on Sundays.", ABSENCE, "will not", True),
    ("goal", "Mum will not leave Rocky alone. Dad will remain abstinent from alcohol.", ABSENCE, "will not", True),
    ("goal", "Mum, you will cook tea every night. Dad will not hit Ellie; Ellie will go to Nan's on Fridays.",
     ABSENCE, "will not", True),
    ("goal", "Mum, you will cook tea every night. Dad will not hit Ellie; Ellie will go to school.", ABSENCE,
     "will not", True),
]

# B. The child as the subject of a passive, on purpose: kept away from things beside the child's own
# doing, an item of a list of the child's verbs, "she" for the child, a relative clause on "anyone",
# an act towards the child ("listened to") beside the adults' deeds, and the house style's aim
# "free of" a thing that is no harm, for a purpose, met by "For this to happen". Kept from harm or
# danger, free from abuse, "free of head lice" as the goal, and a worry's passive still fire.
CHILD_SIDE_PASSIVE = [
    ("goal", "Mum, you will keep the stair gate shut and the kettle at the back of the worktop. Basil will have "
             "room to crawl and explore and be kept away from the stairs and hot things.", ABSENCE, "kept away", False),
    ("goal", "Mum, you will keep the stair gate shut and the kettle at the back of the worktop. Basil will have "
             "room to crawl and explore and be kept away from the stairs and hot things.", PASSIVE, "be kept", False),
    ("goal", "Dad, you will put the fireguard up every evening. Poppy will play on the rug and be kept away from "
             "the fire.", ABSENCE, "kept away", False),
    ("goal", "Kerry-Ann, you and Reece will take turns at night. Miles will sleep safely, be suctioned as soon as "
             "his tube bubbles, and wake up to you.", PASSIVE, "be suctioned", False),
    ("goal", "Mr and Mrs Iqbal, you will take Noor to college every day. Noor will see her friends and know that "
             "she will not be punished for speaking up.", PASSIVE, "be punished", False),
    ("goal", "Mum and Dad, you will give the twins their feeds every three hours. Wren and Jago will not be left "
             "with anyone who has not been shown how to use the oxygen.", PASSIVE, "been shown", False),
    ("goal", "Nan, you will hold the bottle for Ava at each feed. Ava will only be looked after by someone who "
             "has been taught how to give her medicine.", PASSIVE, "been taught", False),
    ("goal", "Mum and Dad, when Summer tells you she is struggling you will stay with her and ring Aunt Bea. "
             "Summer will be listened to and will not be told off for telling you.", VAGUE, "listened to", False),
    ("goal", "Dad, you will sit down with Tom after school every day and ask about his day. Tom will be "
             "listened to at home.", VAGUE, "listened to", False),
    ("goal", "Dad, you and Blaze need Blaze's hair to be free of lice so she can stay in school with her "
             "friends. For this to happen, you will comb Blaze's hair with the nit comb every Sunday night.",
     ABSENCE, "free of", False),
    ("goal", "Dad will cook tea every night. Ella will be kept safe from harm.", ABSENCE, "kept safe", True),
    ("goal", "Dad will cook tea every night. Kai will be kept away from danger.", ABSENCE, "kept away", True),
    ("goal", "Dad will stay off drugs completely and Leo will be protected from harm.", ABSENCE, "protected", True),
    ("goal", "Mum, you and Leo need a home free from domestic abuse so Leo can sleep. For this to happen, you "
             "will go to Nan's when Dad shouts.", ABSENCE, "free from", True),
    ("goal", "Mum, you and Leo need Leo to be free from harm so he can grow up happy. For this to happen, you "
             "will go to Nan's when Dad shouts.", ABSENCE, "free from", True),
    ("worry", "Mum was pushed against the wall in front of Kai.", PASSIVE, "was pushed", True),
    ("goal", "Holly will be fully included in class. Mum will take her to school.", VAGUE, "fully included", True),
]

# C. "keep her safe" describing the adults the aim asks for, met by "For this to happen, …"; said as
# the adult's own promise, or with no deeds after it, it still fires.
CARERS_IN_AIM = [
    ("goal", "Kerry, you and River need a home where she only lives with adults who keep her safe. For this to "
             "happen, Darren will not stay overnight; you will see him in town.", VAGUE, "keep her safe", False),
    ("goal", "Everyone needs to be sure that Reign is only ever cared for by adults who keep her safe and handle "
             "her gently. For this to happen, Reign will live with Nanna Sue.", VAGUE, "keep her safe", False),
    ("goal", "Kerry, you and River need a home where she only lives with adults who keep her safe. Darren will "
             "move out.", VAGUE, "keep her safe", True),
    ("goal", "Mum will keep her safe. For this to happen, Nan will help.", VAGUE, "keep her safe", True),
]


@pytest.mark.parametrize("kind,text,code,words,fires", WILL_NOT_PROTECTS + CHILD_SIDE_PASSIVE + CARERS_IN_AIM)
def test_good_goals_round19(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_enough_wordings():
    for cases in (WILL_NOT_PROTECTS, CHILD_SIDE_PASSIVE):
        assert sum(not c[4] for c in cases) >= 10 and sum(c[4] for c in cases) >= 5


# D. A goal spoken to the young person, who is given a child's age ("Patience, you are 17 and …",
# "Kai (15), you …"): the child is named (SOS401) and "you will feel …" is the child's experience
# (SOS404). An adult given an adult's age is not the child.
@pytest.mark.parametrize("text,silent", [
    ("Patience, you are 17 and you have told us you want to finish college. Your Aunt Hafsa will keep your "
     "passport safe. You will feel free to study and see your friends without being frightened.", True),
    ("Kai (15), you will come home by 9pm on school nights and text Nan if you are late. You will feel calm "
     "at home.", True),
    ("Mum, you are 37 and you will stop drinking.", False),
])
def test_goal_spoken_to_the_young_person(engine, text, silent):
    codes = {f.code for f in engine.check_many([text], ["goal"])[0].findings}
    assert (not codes & {"SOS401", "SOS404"}) == silent, codes
