"""Round 12 (helper wordsa12): person-verdict classes, written before the code was changed, in our
own wordings (other names, verbs, tense, voice, subjects and word order than any probe row). Each
class has wordings that must be flagged and near misses that must not.

Each case: (kind, text, code, words, fires), as in test_word_classes10.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

GUESS = ("SOS304", "SOS305")
LABEL = ("SOS301", "SOS305")
JUDGEMENT = ("SOS305", "SOS301", "SOS304")
BLAME = "SOS306"

CASES = [
    # 1. Character verdicts: a word that judges what an adult is like (a trait or attitude), not
    # what they did, predicated of the adult: copula, "presents as", "comes across as", "is seen
    # as", before a person noun. Said of the child's feelings, of a thing, in quoted speech, or in
    # a goal's future, it is left alone.
    ("worry", "Dad was belligerent with the nurse when she asked to see Poppy's rash.", JUDGEMENT, "belligerent", True),
    ("worry", "Mum is very dismissive when the teacher mentions Leo's missed lunches.", JUDGEMENT, "dismissive", True),
    ("worry", "Grandad comes across as arrogant and will not let the health visitor in to see Isla (2).", JUDGEMENT, "arrogant", True),
    ("worry", "Mr Price presents as uncooperative and Ruby (5) has not been seen since May.", JUDGEMENT, "uncooperative", True),
    ("worry", "The stepfather is seen as deceitful by the school, and Kian (8) is often hungry.", JUDGEMENT, "deceitful", True),
    ("worry", "Mum has been disorganised and Ava (3) has missed her last two hearing tests.", JUDGEMENT, "disorganised", True),
    ("worry", "Her partner is a rude, spiteful man and Ellie (6) hides when he is home.", JUDGEMENT, "spiteful", True),
    ("worry", "Dad seems immature and leaves baby Finn to cry for hours.", JUDGEMENT, "immature", True),
    ("worry", "Mum's parents are very traditional and have stopped Amira (15) going to college.", JUDGEMENT, "traditional", True),
    ("worry", "Nan can be neglectful, and Oscar (4) was found in the road on Tuesday.", JUDGEMENT, "neglectful", True),
    ("worry", "Mr Shah was evasive and argumentative at the review, and Sami (11) is still missing school.", JUDGEMENT, "argumentative", True),
    ("worry", "Mum remains unmotivated and the twins (2) are left in wet nappies.", JUDGEMENT, "unmotivated", True),
    ("worry", "Dad is lazy and the children go to school without breakfast.", JUDGEMENT, "lazy", True),
    ("worry", "Dad manipulates the social worker and told her the marks on Jo's legs were from football.", JUDGEMENT, "manipulates", True),
    ("worry", "Her boyfriend is needy and jealous, and Mia (3) is left with neighbours while they argue.", JUDGEMENT, "needy", True),
    ("worry", "Mum's carelessness means Tia (1) was found chewing a tablet.", JUDGEMENT, "carelessness", True),
    ("worry", "Mum and Dad are controlling and very strict, and Aisha (15) is not allowed out after school.", JUDGEMENT, "very strict", True),
    ("worry", "Dad has lost his job and is often uncooperative with the school about Finn's lateness.", JUDGEMENT, "uncooperative", True),
    # near misses: the child's feelings, a thing, quoted words, the goal's future, a strength.
    ("worry", "Ivy (6) felt scared and confused when Dad shouted at Mum on Friday.", JUDGEMENT, "confused", False),
    ("worry", "Leo (7) told his teacher he is stubborn about reading because he gets tired.", JUDGEMENT, "stubborn", False),
    ("worry", "Mum told the nurse, \"He is so dismissive of me,\" and showed her the bruise on her arm.", JUDGEMENT, "dismissive", False),
    ("goal", "Mum, you and Dad will stay calm and patient with Kai at bedtime every night.", JUDGEMENT, "patient", False),
    ("worry", "Mum is kind and patient with Leo, but she left him alone on Friday night.", JUDGEMENT, "patient", False),
    ("worry", "The flat was disorganised, with clothes and dirty plates on the floor of Ava's room.", JUDGEMENT, "disorganised", False),
    ("worry", "Tom (9) was rude to his teacher after Dad hit him on Monday.", JUDGEMENT, "rude", False),

    # 2. Capacity verdicts: a verb or noun of capacity with an abstract complement, a verdict on
    # what a parent can do in general ("struggles to cope", "unable to keep him in line",
    # "lacks understanding", "cannot prioritise", "limited capacity").
    ("worry", "Dad struggles to cope when all three children are at home.", JUDGEMENT, "struggles to cope", True),
    ("worry", "Mum is struggling to manage since the baby was born.", JUDGEMENT, "struggling to manage", True),
    ("worry", "Nan is unable to keep Kyle in line when his mum is out.", JUDGEMENT, "unable to keep Kyle in line", True),
    ("worry", "Mum cannot keep him under control and Reece (5) ran into the road twice.", JUDGEMENT, "cannot keep him under control", True),
    ("worry", "The parents lack understanding of Lily's diabetes.", JUDGEMENT, "lack understanding", True),
    ("worry", "Dad lacks any awareness of how his shouting frightens Noah (4).", JUDGEMENT, "lacks any awareness", True),
    ("worry", "Mum has not been able to cope since Dad left, and Zac (2) is often in a dirty nappy.", JUDGEMENT, "able to cope", True),
    ("worry", "Mr Reid finds it hard to cope and Bella (6) makes her own tea.", JUDGEMENT, "hard to cope", True),
    ("worry", "Dad cannot prioritise the children over his friends.", JUDGEMENT, "cannot prioritise", True),
    ("goal", "Mum, you will demonstrate an understanding of Jay's asthma.", JUDGEMENT, "demonstrate an understanding", True),
    ("goal", "Dad will show insight into how Ellie feels when he drinks.", JUDGEMENT, "show insight", True),
    ("goal", "Parents to prioritise the children and keep the house tidy.", JUDGEMENT, "prioritise the children", True),
    # near misses: a concrete inability, a child's own ability, a goal's everyday help.
    ("worry", "Mum is unable to walk since her operation and Leo (9) does the shopping.", JUDGEMENT, "unable to walk", False),
    ("worry", "Kai (4) struggles to sleep when Dad and Mum argue.", JUDGEMENT, "struggles to sleep", False),
    ("worry", "Leo (10) cannot cope with the noise at home and hides in his room.", JUDGEMENT, "cannot cope", False),
    ("goal", "Mum, when you feel you cannot cope, you will ring Nan and she will come round.", JUDGEMENT, "cannot cope", False),
    ("worry", "Dad could not keep the appointment on Tuesday because his car broke down.", JUDGEMENT, "could not keep", False),

    # 3. Guesses stated as fact: impersonal hedges (nobody holds the view), and a cause nobody saw
    # told as fact. The future and a named person's own view are left alone.
    ("worry", "It is understood that Dad has moved back in with Mum and Remi (3).", GUESS, "It is understood", True),
    ("worry", "It is believed Mum leaves the baby with a neighbour at night.", GUESS, "It is believed", True),
    ("worry", "It is suspected that Dad is selling drugs from the flat where Kai (6) lives.", GUESS, "It is suspected", True),
    ("worry", "There are signs of Mum drinking again, and Isla (2) has been left in her cot all day.", GUESS, "There are signs of", True),
    ("worry", "There are suggestions that Dad hits Ben (7) when he wets the bed.", GUESS, "There are suggestions", True),
    ("worry", "There were indications of drug use at the house where Lola (4) lives.", GUESS, "There were indications of", True),
    ("worry", "There is likely to be violence when Dad comes home drunk, and Amy (5) is there.", GUESS, "There is likely to be", True),
    ("worry", "In all likelihood Mum was drunk when Noor (1) fell down the stairs.", GUESS, "In all likelihood", True),
    ("worry", "Ella's weight loss is caused by Mum forgetting her meals.", GUESS, "caused by", True),
    ("worry", "Owing to Mum's drinking, Zac (6) is late for school most days.", GUESS, "Owing to", True),
    ("worry", "Ruby's bedwetting stems from seeing Dad hit Mum.", GUESS, "stems from", True),
    ("worry", "Jack's anger is a result of the shouting at home.", GUESS, "result of", True),
    ("worry", "Ava (8) is withdrawn as a result of Dad's temper.", GUESS, "as a result of", True),
    ("worry", "Tyler's outbursts at school are linked to what he sees at home.", GUESS, "linked to", True),
    ("worry", "Maya's poor speech is attributed to her being left in front of the television.", GUESS, "attributed to", True),
    ("worry", "Ty (2) hardly eats at nursery, which is caused by Dad giving him crisps instead of meals.", GUESS, "caused by", True),
    ("worry", "The health visitor is worried that, owing to Mum sleeping late, Noor (1) has her first bottle at noon.", GUESS, "owing to", True),
    ("worry", "The teacher and Nan are worried that Bea's bad dreams have come about as a result of the fights at home.", GUESS, "as a result of", True),
    # near misses
    ("worry", "Ty (2) says only a few words, which the speech therapist is now checking.", GUESS, "which", False),
    ("worry", "If nothing changes, Ivy (2) could be hurt because of Dad's drinking.", GUESS, "because of", False),
    ("worry", "Dr Patel thinks Leo's bruise was caused by a fall at nursery.", GUESS, "caused by", False),
    ("worry", "Mum was late owing to a bus strike, and Ben (4) waited outside nursery for an hour.", GUESS, "owing to", False),
    ("worry", "There are signs of damp in Kai's bedroom, and his cough has got worse.", GUESS, "There are signs of", False),
    ("worry", "The fire was caused by a cigarette Dad left on the sofa while Alfie (3) slept.", GUESS, "caused by", False),
    ("worry", "Mum says Jo's nightmares stem from the night the police came.", GUESS, "stem from", False),
    ("goal", "There will be signs of Mum's progress that Nan and the school can see each week.", GUESS, "signs of", False),

    # 4. Victim blaming: a harmed child's conduct or character labelled as the problem.
    ("worry", "Keira (15) is described as attention-seeking by her carers since she began self-harming.", BLAME, "attention-seeking", True),
    ("worry", "Tia (14) is promiscuous and has been seen getting into cars with older men.", BLAME, "promiscuous", True),
    ("worry", "Kayla (13) is manipulative with staff and goes missing from her placement at night.", BLAME, "manipulative", True),
    ("worry", "Dylan (14) keeps sabotaging his foster placements after the abuse at home.", BLAME, "sabotaging", True),
    ("worry", "Leah (15) frequents a flat in Bolton where adult men give her vodka.", BLAME, "frequents", True),
    ("worry", "Nadia (14) hangs around with older men who give her cigarettes and lifts.", BLAME, "hangs around with older men", True),
    ("goal", "Sophie will take responsibility for her behaviour and stop going missing.", BLAME, "take responsibility for her behaviour", True),
    ("goal", "Callum needs to accept responsibility for his actions when he goes missing with the older boys.", BLAME, "accept responsibility for his actions", True),
    ("worry", "Ruby (13) is streetwise and knows what the men at the takeaway want from her.", BLAME, "streetwise", True),
    ("worry", "Ellie (14) has been deceitful with her carers about where she goes with the men.", BLAME, "deceitful", True),
    ("worry", "Amber's attention-seeking behaviour has got worse since the men started messaging her.", BLAME, "attention-seeking", True),
    ("worry", "Skye (14) has run away twice and is seen as sneaky by her foster carers.", BLAME, "sneaky", True),
    ("worry", "Men have been driving Liam (15) to houses where they sell cannabis.", BLAME, "houses", False),
    # near misses
    ("worry", "Older men have been giving Leah (15) vodka and taking her to a flat in Bolton.", BLAME, "taking her to a flat", False),
    ("goal", "Dad will take responsibility for getting Sophie to school each morning.", BLAME, "take responsibility", False),
    ("worry", "Mum's partner is manipulative and tells Kayla (13) that nobody will believe her.", BLAME, "manipulative", False),
    ("worry", "Tia (14) told her teacher that the men made her feel special at first.", BLAME, "feel special", False),
    ("goal", "Mum will take Ruby (13) to her dance class every Thursday evening.", BLAME, "dance class", False),

    # 5. Labels for harm done to a child, or for beliefs, with no deed: "emotionally abused",
    # "witnessed (the) abuse", "exposed to domestic violence", "extremist views", "radicalised".
    ("worry", "Jonah (8) has been emotionally abused by his stepmother for two years.", LABEL, "emotionally abused", True),
    ("worry", "Grace (5) was physically abused while she lived with her father.", LABEL, "physically abused", True),
    ("worry", "Nathan (12) is being psychologically abused by Mum's boyfriend.", LABEL, "psychologically abused", True),
    ("worry", "Priya (7) witnessed domestic violence at her mother's house last year.", LABEL, "witnessed domestic violence", True),
    ("worry", "The twins have witnessed the violence between their parents.", LABEL, "witnessed the violence", True),
    ("worry", "Ayla (4) has been exposed to domestic abuse since she was a baby.", LABEL, "exposed to domestic abuse", True),
    ("worry", "Noah (9) has been exposed to the incidents between Mum and her partner.", LABEL, "exposed to the incidents", True),
    ("worry", "Dad holds extremist views and Omar (14) has started repeating them online.", LABEL, "extremist views", True),
    ("worry", "Callum (16) has been radicalised online and now shares far-right material.", LABEL, "radicalised", True),
    ("goal", "Tariq, you will move away from radical ideology with help from your uncle.", LABEL, "radical ideology", True),
    # near misses: the deed is said, or the child saw a particular act.
    ("worry", "Priya (7) saw Dad push Mum into the kitchen door on 3 May.", LABEL, "saw Dad push", False),
    ("worry", "Jonah (8) told his teacher his stepmother calls him stupid and locks him in his room.", LABEL, "calls him stupid", False),
    ("worry", "Ayla (4) was exposed to the cold for an hour when Mum locked her out.", LABEL, "exposed to the cold", False),
    ("worry", "Omar (14) told his teacher that his cousin sends him videos of men with guns.", LABEL, "videos", False),
    ("worry", "Grace (5) witnessed Dad hitting Mum with a belt in the kitchen.", LABEL, "witnessed Dad hitting", False),
]


@pytest.mark.parametrize("kind,text,code,words,fires", CASES)
def test_word_class(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_enough_wordings_per_class():
    assert sum(1 for c in CASES if c[4]) >= 50
    assert sum(1 for c in CASES if not c[4]) >= 25
