"""Round 21 (alarms21, goals21.py): false alarms of SOS511 (compliance) and SOS512 (absence of
harm) on good goals, grouped by cause, with wordings of our own that should stay clean and near
misses that must still fire (real compliance: "attend a parenting course", "let the social worker
in"; real absence of harm: "there will be no more police call-outs"). Each case: (kind, text,
code, words, fires), as in test_goal_classes16.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

COMPLIANCE = ("SOS511",)
ABSENCE = ("SOS512",)

# 21a: one's own class or course, named by what is learnt or where ("your college course").
OWN_EDUCATION = [
    ("goal", "Tia, you and Nan need calm evenings. Nan will have the twins on Tuesdays so you can go to your "
             "college course. Nan will tell the social worker each month how the evenings went, for the next "
             "six months.", COMPLIANCE, "go to your college course", False),
    ("goal", "Dad, you will walk Leo to school every morning and go to your evening maths class on Thursdays "
             "while Nan has him. We want to see this for the next six months.", COMPLIANCE,
     "go to your evening maths class", False),
    ("goal", "Sami, your foster carer Joy will see you going to your English lessons and eating well every day "
             "for the next year.", COMPLIANCE, "going to your English lessons", False),
    # Near misses: a service's programme is still compliance.
    ("goal", "Mum, you will attend a parenting course and engage with services for the next six months.",
     COMPLIANCE, "attend a parenting course", True),
    ("goal", "Mum, you will go to the anger management course every week for the next six months.",
     COMPLIANCE, "go to the anger management course", True),
    ("goal", "Mum will go to her parenting class every Tuesday and Nan will have Leo, for the next six months.",
     COMPLIANCE, "go to her parenting class", True),
]

# 21b: a worker let help with a deed the adult does ("let the family worker help you apply for …").
WORKER_HELPS = [
    ("goal", "Mum, you will let Rachel the family worker help you fill in the housing form, and you will take "
             "Ava to the park each Saturday. Nan will see this every week for six months.", COMPLIANCE,
     "let Rachel the family worker", False),
    ("goal", "Mum, you will let the school's family worker show you how to set up the budget app, and Nan will "
             "check the fridge with you each Sunday for the next six months.", COMPLIANCE,
     "let the school's family worker", False),
    # Near misses: letting a worker in, or help with no deed named.
    ("goal", "Mum, you will let the social worker in when she visits, every week for the next six months.",
     COMPLIANCE, "let the social worker in", True),
    ("goal", "Mum, you will let the family support worker help you, and Nan will visit weekly for the next six "
             "months.", COMPLIANCE, "let the family support worker", True),
]

# 21c: danger told to the police: someone named by what they do to the child.
DANGER_TOLD = [
    ("goal", "Jade, you need to be safe when you go out. Mum will ring the police straight away about anyone "
             "who gives you drugs, and Nan will pick you up on Fridays. We need to see this for a year.",
     COMPLIANCE, "ring the police", False),
    ("goal", "Chantelle, you need to be safe at night. Dad or Lisa will pick you up from anywhere. Dad will tell "
             "the police straight away about any men who give you drink. We need to see this for the next year.",
     COMPLIANCE, "tell the police", False),
    # Near miss: the adult's own life kept told to a worker.
    ("goal", "Mum, you will tell the social worker about any new partners who stay over, and Nan will have Leo on "
             "Fridays for the next six months.", COMPLIANCE, "tell the social worker", True),
]

# 21d: the child taken to the child's own appointments beside the adult's care at home.
APPOINTMENT_TAKEN = [
    ("goal", "Mum, you will take Ruby to her hospital appointments at the burns clinic and put cream on her arm "
             "every night, and Nan will come with you, for the next six months.", COMPLIANCE,
     "her hospital appointments", False),
    ("goal", "Dad, you will bring Noah to his physio appointments and do his stretches with him every evening, "
             "and Nan will see him walking further, for the next year.", COMPLIANCE, "his physio appointments", False),
    # Near misses: every appointment (an attendance record), the taking alone, attending.
    ("goal", "Parents to take Miles to all optician appointments and ensure he wears his glasses.", COMPLIANCE,
     "all optician appointments", True),
    ("goal", "Mum will take Leo to his CAMHS appointments for the next six months.", COMPLIANCE,
     "his CAMHS appointments", True),
    ("goal", "Mum will attend all of Faith's dental appointments for the next six months.", COMPLIANCE,
     "attend all of", True),
    ("goal", "Mum, you will take Ruby to her appointments and engage with the health visitor for the next six "
             "months.", COMPLIANCE, "her appointments", True),
]

# 21e: an adult's own abstention joined to the same adult's deed ("free of drink and go to the gym").
OWN_DEED_JOINED = [
    ("goal", "Dad, you will keep Fridays free of drink and take Leo swimming with Uncle Pete for the next six "
             "months.", ABSENCE, "free of", False),
    ("goal", "Mum, you will stay off the drink at parties and be the one who drives Ava home, and Nan will ring "
             "each Sunday, for the next six months.", ABSENCE, "stay off", False),
    ("goal", "Dad, you will stay sober at weekends and cook tea for Ruby every Saturday, and Nan will see this, "
             "for the next six months.", ABSENCE, "stay sober", False),
    # Near misses: joined to a service's demand, or to nothing an adult does.
    ("goal", "Dad will stay off alcohol and engage with CGL for the next six months.", ABSENCE, "stay off", True),
    ("goal", "Mr Lewis will stay off alcohol and the children will be protected from harm.", ABSENCE, "stay off", True),
    ("goal", "Dad will abstain from drugs and will not drink, and there will be no more police call-outs.",
     ABSENCE, "no more", True),
]

# 21f: an adult's act not done, with the family or network caring for the child beside it.
NETWORK_CARES = [
    ("goal", "Mum, Leo needs quiet nights. Craig will not stay at the house, and Aunt Jo will be with you "
             "whenever he rings. Leo will sleep well for the next six months.", ABSENCE, "will not", False),
    ("goal", "Dad, you will not drink when Ruby is staying with you. Grandma Pat will have Ruby on Saturday "
             "nights, and Uncle Sam will ring each evening, for the next year.", ABSENCE, "will not", False),
    ("goal", "Mum, you will not bring friends back after the pub, and on those nights Kai will stay at Auntie "
             "Mel's, for the next six months.", ABSENCE, "will not", False),
    ("goal", "Mum and Dad, Winter (8) needs to feel safe at Christmas. For this to happen, Uncle Roy will not stay at your house or be alone with Winter at any time. If "
             "the family meets him, it will be at Grandma's, with one of you beside Winter the whole time.",
     ABSENCE, "will not", False),
    # Near misses: a professional's visit, harm said not to happen, neglect itself.
    ("goal", "Mum will not drink. The social worker will visit every week for six months.", ABSENCE, "will not", True),
    ("goal", "There will be no more arguments. Nan will have Leo on Saturdays for the next six months.",
     ABSENCE, "no more", True),
    ("goal", "The Local Authority requires that Dad does not leave Logan and Bobby unattended in the car at any "
             "time. Grandad Roy will have the boys on Saturday afternoons for the next six months.",
     ABSENCE, "not leave", True),
    ("goal", "Dad will go to Nan's when he feels angry. There will be no more police call-outs.", ABSENCE,
     "no more", True),
]

# 21g: the child spared a sanction ("will not lose phone time for coming home late").
SPARED = [
    ("goal", "Kai, you will not lose your phone for telling us the truth, and Nan will take you to football every "
             "Saturday for the next six months.", ABSENCE, "will not", False),
    ("goal", "Shay, your key worker will text you at 8pm. You will be welcomed back with a hot meal, and you will "
             "not lose phone time for coming home late. Your nan will have you for tea every Sunday.",
     ABSENCE, "will not", False),
    # Near misses: harm or a harmful state said not to happen.
    ("goal", "Dad will not be violent, and there will be no more incidents.", ABSENCE, "not be violent", True),
    ("goal", "Kofi will know he will not be hit. The social worker will check this monthly.", ABSENCE,
     "not be hit", True),
]

# 21h: "safe" beside the care the child is given; the child's knowing in the house style's aim.
SAFE_BESIDE_CARE = [
    ("goal", "Mum, when Alfie cries you will pick him up and sing to him, and Nan will come on Tuesdays. Alfie "
             "will be cuddled and be safe from harm for the next year.", ABSENCE, "safe from harm", False),
    ("goal", "Mum, Poppy needs to be kept safe from the stairs and fed on time every day. You will put the gate up "
             "and Nan will check it on Sundays for the next six months.", ABSENCE, "kept safe", False),
    ("goal", "Mum, Dad, you and Kofi need evenings to feel calm, with Kofi feeling sure he will not be shouted at. "
             "For this to happen, Dad will go to the garden when he is cross, and Nan will ring each Sunday, for "
             "the next year.", ABSENCE, "not be shouted", False),
    # Near misses: beside protection or safeguarding, or alone.
    ("goal", "The children will be protected and kept safe at all times.", ABSENCE, "kept safe", True),
    ("goal", "Jo will be safeguarded and kept safe at all times.", ABSENCE, "kept safe", True),
    ("goal", "Ella will be kept safe at all times.", ABSENCE, "kept safe", True),
]

# 21i: a parent stopping someone else doing something to the child.
OTHERS_KEPT_FROM_CHILD = [
    ("goal", "Mum, you will not let Dean take Leo out on his motorbike, and Nan will drive Leo to football on "
             "Saturdays for the next year.", ABSENCE, "will not", False),
    ("goal", "Callum, you will hand in the knife, and Mum will not let her partner give you weapons. Uncle Rob "
             "will take you to boxing twice a week.", ABSENCE, "will not", False),
    # Near misses: a worker kept out, the child's own harm.
    ("goal", "Mum will not let the social worker see the children.", ABSENCE, "will not", True),
    ("goal", "Mum will not let Leo go missing again, and there will be no more police call-outs.", ABSENCE,
     "no more", True),
]


@pytest.mark.parametrize("kind,text,code,words,fires",
                         OWN_EDUCATION + WORKER_HELPS + DANGER_TOLD + APPOINTMENT_TAKEN + OWN_DEED_JOINED
                         + NETWORK_CARES + SPARED + SAFE_BESIDE_CARE + OTHERS_KEPT_FROM_CHILD,
                         ids=lambda v: v if isinstance(v, str) and len(v) > 12 else None)
def test_goals_round21(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


# Found by the focused run (test_goal_classes16): a bare verb after "and" shares the "not".
SHARED_NOT = [
    ("goal", "Mr Finn will not drink and drive with the children again.", ABSENCE, "will not", True),
    ("goal", "Dad will not smoke and play loud music when Ava is asleep.", ABSENCE, "will not", True),
]


@pytest.mark.parametrize("kind,text,code,words,fires", SHARED_NOT)
def test_shared_not_still_fires(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


# Found by the earlier sets (words_test10 w10-45): a passive about something else is no care given.
NOT_CARE_GIVEN = [
    ("goal", "Page's needs will be met by her parents and she will be kept safe at all times.", ABSENCE,
     "kept safe", True),
    ("goal", "The house will be cleaned and Tom will be kept safe at all times.", ABSENCE, "kept safe", True),
]


@pytest.mark.parametrize("kind,text,code,words,fires", NOT_CARE_GIVEN)
def test_not_care_given_still_fires(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)
