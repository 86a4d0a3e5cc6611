"""Round 10, part 2: more word-fault CLASSES missed on words_test9 and words_battery9b, and three
false alarms, each checked on wordings of our own (other names, verbs, objects, tense, voice and
word order than any probe row) that must be flagged, and near misses that must not. Written before
the code was changed. Each case: (kind, text, code, words, fires), as in test_word_classes9.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

VAGUE = ("SOS302",)
LABEL = ("SOS301", "SOS305")
COMPLIANCE = ("SOS511",)
ANY = ("SOS101", "SOS102", "SOS201", "SOS202", "SOS301", "SOS302", "SOS303", "SOS304", "SOS305", "SOS306",
       "SOS402", "SOS511", "SOS512")

CASES = [
    # F1: the subject of a passive is never the fault, even when it is a name the tagger reads as a
    # noun ("River", "Storm", "Autumn") with no determiner: a bare singular noun as a subject is a name.
    ("goal", "River will be collected from school at 3pm.", ("SOS202",), "River", False),
    ("goal", "Storm will be given her tea at 5pm.", ("SOS202",), "Storm", False),
    ("goal", "Autumn will be taken to the dentist.", ("SOS202",), "Autumn", False),
    ("goal", "Dawn will no longer be exposed to shouting in the home.", ("SOS202",), "Dawn", False),
    ("worry", "Storm was slapped at the park on Friday.", ("SOS202",), "was slapped", True),
    ("worry", "Storm was slapped at the park on Friday.", ("SOS202",), "Storm", False),
    ("worry", "Mum was pushed against the wall on Friday while Leo (4) watched.", ("SOS202",), "was pushed", True),

    # F2: a report word as the possessive in the name of a service, group or place ("the young
    # people's group", "the children's centre") names the place, not the child. The report word
    # used for the child is still flagged.
    ("goal", "You will keep going to the young people's group at the Hub on Wednesdays.", ("SOS402",), "the young people", False),
    ("goal", "Mum will take Ava to the children's centre on Tuesdays.", ("SOS402",), "the children", False),
    ("goal", "Leo will go to the young people's club at the library each Friday.", ("SOS402",), "the young people", False),
    ("worry", "The child's ward at the hospital was locked.", ("SOS402",), "The child", True),
    ("worry", "The young person's phone has messages from older men on it.", ("SOS402",), "The young person", True),
    ("worry", "The child's bruises were seen by the nursery on Monday.", ("SOS402",), "The child", True),

    # F3: a place a family goes to, named plainly ("the contact centre"), is not jargon.
    ("goal", "If this does not happen, Ellis will see Dad at the contact centre again.", ("SOS101",), "contact centre", False),
    ("goal", "Nan will drive Ivy to the contact centre on Saturdays.", ("SOS101",), "contact centre", False),

    # V1: "keep [the child] safe" as the whole act, with nothing said of how or from what:
    # nobody can picture it. Saying how ("by", a when-clause, "from Dean") or a place is left alone.
    ("goal", "Parents to work together to keep Ray safe.", VAGUE, "keep Ray safe", True),
    ("goal", "Mum will keep Ella safe.", VAGUE, "keep Ella safe", True),
    ("goal", "Dad and Nan will make sure they keep the children safe.", VAGUE, "keep the children safe", True),
    ("goal", "Mr Khan needs to keep Amir and Sara safe at all times.", VAGUE, "keep Amir and Sara safe", True),
    ("goal", "Mum, you will keep Jade safe and well.", VAGUE, "keep Jade safe", True),
    ("goal", "The carers will keep him safe.", VAGUE, "keep him safe", True),
    ("goal", "Grandma will be keeping the twins safe.", VAGUE, "keeping the twins safe", True),
    ("goal", "Dad must keep Kai safe, and Mum will help him.", VAGUE, "keep Kai safe", True),
    ("goal", "Both parents will keep the baby safe and not argue.", VAGUE, "keep the baby safe", True),
    ("goal", "Mum and Dad will work together to keep Leo safe at home.", VAGUE, "keep Leo safe", True),
    ("goal", "Dad will keep Tiago safe online by checking his phone each night.", VAGUE, "keep Tiago safe", False),
    ("goal", "Mum will keep Kai safe from Dean by not letting him into the flat.", VAGUE, "keep Kai safe", False),
    ("goal", "Nan will keep Ella safe when Dad has been drinking: she will take her to her house.", VAGUE, "keep Ella safe", False),
    ("goal", "Mum will keep the knives safe in a locked drawer.", VAGUE, "keep the knives safe", False),
    ("goal", "Dad will keep Leo safe in the bath by staying with him the whole time.", VAGUE, "keep Leo safe", False),
    ("worry", "Mum could not keep Ava safe when Dad hit her on Friday.", VAGUE, "keep Ava safe", False),

    # V2: a child's outcome in a verb nobody can picture: "Eilidh thrives", "the boys will flourish",
    # "feel more settled". "feel safe at bedtime" (a place), "settle down to sleep" (an act) are left alone.
    ("goal", "Mum will read with Eilidh every night so that Eilidh thrives.", VAGUE, "Eilidh thrives", True),
    ("goal", "The twins will flourish.", VAGUE, "will flourish", True),
    ("goal", "Kai will thrive at home with Dad.", VAGUE, "will thrive", True),
    ("goal", "Callum, the plan is for you to feel more settled.", VAGUE, "feel more settled", True),
    ("goal", "Ava will feel more stable.", VAGUE, "feel more stable", True),
    ("goal", "Mia will be thriving by the summer.", VAGUE, "thriving", True),
    ("goal", "Leo will settle down to sleep by 8pm because Mum reads to him.", VAGUE, "settle", False),
    ("goal", "Ella will feel safe at bedtime because Dad is sober.", VAGUE, "feel safe", False),
    ("goal", "Kai will thrive on the new football team, his coach says.", VAGUE, "thrive", False),

    # V3: a home or parenting named by a quality nobody can picture: "a stable and nurturing home",
    # "good enough parenting", "his parenting style". A home described ("a home where …") is left alone.
    ("goal", "Ms Docherty will provide Eilidh with a stable and nurturing home.", VAGUE, "stable and nurturing home", True),
    ("goal", "Dad will give the boys a nurturing environment.", VAGUE, "nurturing environment", True),
    ("goal", "Mum will offer good enough parenting.", VAGUE, "good enough parenting", True),
    ("worry", "The school are worried about Dad's parenting style.", VAGUE, "parenting style", True),
    ("goal", "The children will have a stable home.", VAGUE, "stable home", True),
    ("goal", "Leo will live in a secure and loving home environment.", VAGUE, "home environment", True),
    ("goal", "Ava will have a stable home where Dad is sober every evening and tea is at 5.", VAGUE, "stable home", False),
    ("goal", "Dad will keep the bookcase stable by fixing it to the wall.", VAGUE, "stable", False),

    # C1: a named course or programme to complete, whatever its name: "complete the Caring Dads
    # course", "finish the Freedom Programme". Finishing homework or a chore is left alone.
    ("goal", "Dad will complete the Caring Dads course so that Jasper feels safe.", COMPLIANCE, "complete the Caring Dads course", True),
    ("goal", "Mum will finish the Freedom Programme by June.", COMPLIANCE, "finish the Freedom Programme", True),
    ("goal", "Mr Lee is to complete the Safer Parenting course.", COMPLIANCE, "complete the Safer Parenting course", True),
    ("goal", "Dad will do the Building Better Relationships programme.", COMPLIANCE, "do the Building Better Relationships programme", True),
    ("goal", "Mum will help Kai finish his homework each night.", COMPLIANCE, "finish his homework", False),

    # L1: an adult's conduct named by a possessive "behaviour" noun aimed at someone ("Wade's
    # behaviour towards Mum") with no deed said. A child's own behaviour is left alone.
    ("worry", "The nursery is worried about Wade's behaviour towards Mum since he moved in.", LABEL, "behaviour towards Mum", True),
    ("worry", "Nan is worried about Dad's conduct towards the children.", LABEL, "conduct towards the children", True),
    ("worry", "His behaviour towards Mum frightens Tia (5).", LABEL, "behaviour towards Mum", True),
    ("worry", "Mr Cole's attitude towards Leo (6) worries his teacher.", LABEL, "attitude towards Leo", True),
    ("worry", "Mum is worried about Kai's behaviour at school.", LABEL, "Kai's behaviour", False),

    # V4: things getting worse, said of nothing anyone can picture: "has gone downhill", "behaviours
    # are escalating", "things have deteriorated". A named act getting worse is left alone.
    ("worry", "The state of the house has gone downhill since the summer.", VAGUE, "gone downhill", True),
    ("worry", "Frank's behaviours are escalating, Dad says.", VAGUE, "behaviours are escalating", True),
    ("worry", "Things went downhill after Dad moved out.", VAGUE, "went downhill", True),
    ("worry", "Mum's behaviour is escalating and Leo (4) is frightened.", VAGUE, "behaviour is escalating", True),
    ("worry", "Dad's shouting has got louder since June, and Leo (4) hides under the table.", VAGUE, "shouting", False),
]


@pytest.mark.parametrize("kind,text,code,words,fires", CASES,
                         ids=lambda v: v if isinstance(v, str) and len(v) < 8 else None)
def test_word_class(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)

# Round 10b, second batch (written before the lexicon and code changes that follow them).
BATCH2 = [
    # B1: an exploited child's knowledge or money named as the reason (SOS306); an adult's
    # knowledge of the risk ("Mum knows the risks Dean poses") and a non-exploitation statement are left alone.
    ("worry", "Ivy (13) sends explicit images to men online; she is aware of the risks but continues.", ("SOS306",), "aware of the risks", True),
    ("worry", "Tyler (15) carries drugs for a county line and knows the risks.", ("SOS306",), "knows the risks", True),
    ("worry", "Drew (16) runs drugs for a gang and is thought to be financially motivated.", ("SOS306",), "financially motivated", True),
    ("worry", "Kai (14) is being exploited by a gang and is motivated by money.", ("SOS306",), "motivated by money", True),
    ("worry", "Jess (15) goes missing with older men and understands the risks, her worker says.", ("SOS306",), "understands the risks", True),
    ("worry", "Dad drives after drinking with Ava (4) in the car, and he is aware of the risks.", ("SOS306",), "aware of the risks", False),
    # B2: a parent blamed for the abuser's return, the abuser named by a role word.
    ("worry", "Mum failed Leo (4) by allowing the perpetrator back into the family home.", ("SOS306",), "allowing the perpetrator back", True),
    ("worry", "Mum let the abuser back in, and he hit her again while Ava (3) watched.", ("SOS306",), "let the abuser back", True),
    ("worry", "Mum let Leo (4) back in from the garden.", ("SOS306",), "let Leo", False),
    # B3: a child's needs ranked below a parent's, as a verdict (SOS305).
    ("worry", "Kayden's needs come second to hers.", ("SOS305",), "needs come second", True),
    ("worry", "Mum puts her own needs first and Ava (3) is left hungry.", ("SOS305",), "own needs first", True),
    ("worry", "The children's needs came last when Dad was drinking.", ("SOS305",), "needs came last", True),
    ("goal", "Leo will come second in the race and Dad will be there to cheer.", ("SOS305",), "come second", False),
    # B4: adults described by a check not done (SOS101); "adults she has not met" is plain.
    ("goal", "Mum will not leave Kai (2) with unassessed adults.", ("SOS101",), "unassessed adults", True),
    ("worry", "Ava (3) was left with an unvetted adult on Friday.", ("SOS101",), "unvetted adult", True),
    # B5: non-compliance, however the parse reads the list it sits in.
    ("worry", "Mother has a long history of non-compliance and disguised compliance with the social worker.", ("SOS305",), "non-compliance", True),
]


@pytest.mark.parametrize("kind,text,code,words,fires", BATCH2,
                         ids=lambda v: v if isinstance(v, str) and len(v) < 8 else None)
def test_word_class_batch2(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


# Round 10b, third batch: compliance in other verbs (SOS511), written before the code.
BATCH3 = [
    # C2: keeping any worker told (a job title whose last word is a job: "the youth offending
    # worker", "his probation officer"); keeping Nan told is the network, and left alone.
    ("goal", "Mum will keep the youth offending worker updated on where you are.", COMPLIANCE, "keep the youth offending worker updated", True),
    ("goal", "Dad will keep his probation officer informed about his new address.", COMPLIANCE, "keep his probation officer informed", True),
    ("goal", "Mum will keep the drug and alcohol worker up to date.", COMPLIANCE, "keep the drug and alcohol worker up to date", True),
    ("goal", "Dad will keep Nan updated on where Kai is after school.", COMPLIANCE, "keep Nan updated", False),
    # C3: giving a service access ("give CAMHS access to you at home"); giving a child access to
    # something is everyday life.
    ("goal", "Your mum has agreed to give CAMHS access to you at home.", COMPLIANCE, "give CAMHS access", True),
    ("goal", "Dad will give the social worker access to the flat every week.", COMPLIANCE, "give the social worker access", True),
    ("goal", "Mum will grant the health visitor access to the baby.", COMPLIANCE, "grant the health visitor access", True),
    ("goal", "Dad will give Kai access to his football kit every Saturday.", COMPLIANCE, "give Kai access", False),
    # C4: no more missed appointments or visits: attendance at a service, as the goal.
    ("goal", "There will be no more missed appointments.", COMPLIANCE, "missed appointments", True),
    ("goal", "Mum will have no missed visits from the health visitor.", COMPLIANCE, "missed visits", True),
    ("goal", "Dad will not miss any appointments with the GP.", COMPLIANCE, "miss any appointments", True),
    ("goal", "Mum will not miss any of Kai's football matches.", COMPLIANCE, "miss", False),
    ("goal", "Leo will have no missed meals because Dad cooks tea at 5.", COMPLIANCE, "missed meals", False),
]


@pytest.mark.parametrize("kind,text,code,words,fires", BATCH3,
                         ids=lambda v: v if isinstance(v, str) and len(v) < 8 else None)
def test_word_class_batch3(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


# Part B (glossary10): fixed terms the lexicons did not catch, each in a sentence of our own,
# with near misses that must stay clean.
GLOSSARY = [
    ("worry", "Jess (14) has been selling sex to men in town.", ("SOS306",), "selling sex", True),
    ("worry", "Kai (15) is self-placing with older men who give him drugs.", ("SOS306",), "self-placing", True),
    ("worry", "There is mutual violence between Mum and Dad, and Leo (4) hears it.", ("SOS306",), "mutual violence", True),
    ("worry", "Mum allowed the abuse to happen to Leo (4).", ("SOS306",), "allowed the abuse", True),
    ("worry", "Leo (4) is hypervigilant when Dad comes home.", LABEL, "hypervigilant", True),
    ("worry", "Dad has previous convictions for violence and lives with Leo (4).", ("SOS101",), "previous convictions", True),
    ("worry", "Dad is of no fixed abode and Leo (4) stays with him at weekends.", ("SOS101",), "no fixed abode", True),
    ("worry", "Mum made a Clare's law request about Dean, and Leo (4) lives with them.", ("SOS101",), "Clare's law", True),
    ("worry", "Leo (4) has ASD and Mum leaves him alone in the flat.", ("SOS102", "SOS101"), "ASD", True),
    ("worry", "Mum drinks every night, and Leo (4) says Dad looks after him at weekends.", ANY, "looks after", False),
    ("worry", "Leo (4) jumps at loud noises and watches the door when Dad comes home.", ANY, "watches the door", False),
]


@pytest.mark.parametrize("kind,text,code,words,fires", GLOSSARY,
                         ids=lambda v: v if isinstance(v, str) and len(v) < 8 else None)
def test_glossary_terms(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)
