"""Round 13 (helper words13a): verdicts, guesses, labels and victim blaming, as classes read on the
parse. Written before the code was changed, in our own wordings (other names, verbs, tense, voice,
subjects and word order than the set 12 rows). Each class has wordings that must be flagged and
near misses that must not.

Each case: (kind, text, code, words, fires), as in test_word_classes10.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

GUESS = ("SOS304", "SOS305")
LABEL = ("SOS301", "SOS305")
JUDGEMENT = ("SOS305", "SOS301", "SOS304")
BLAME = "SOS306"

CASES = [
    # C1. A verdict on a parent's ability, in idiom: out of one's depth, cannot handle a person,
    # (not / ill-) equipped to care, unable to prioritise a person, gives in to a child.
    ("worry", "The health visitor is worried that Dad is out of his depth with baby Noor since Mum went into hospital.", JUDGEMENT, "out of his depth", True),
    ("worry", "Nan seems completely out of her depth now that Kai (9) is running off at night.", JUDGEMENT, "out of her depth", True),
    ("worry", "The school is worried that Mum cannot handle Reece (6) when he screams in the street.", JUDGEMENT, "cannot handle", True),
    ("worry", "Grandad couldn't handle the twins on his own last weekend, and Lola (2) was found in the garden.", JUDGEMENT, "couldn't handle", True),
    ("worry", "Mr Ahmed is not equipped to look after a newborn, and baby Zain has lost weight.", JUDGEMENT, "not equipped", True),
    ("worry", "Her aunt is ill-equipped to manage Leo's seizures at night.", JUDGEMENT, "ill-equipped", True),
    ("worry", "Dad has been unable to prioritise Mason since he started his new job.", JUDGEMENT, "unable to prioritise", True),
    ("worry", "Mum is not able to put Tilly first when her partner is at the flat.", JUDGEMENT, "not able to put Tilly first", True),
    ("worry", "Dad gives in to Tyler (8) whenever he screams for his tablet at bedtime.", JUDGEMENT, "gives in to", True),
    ("worry", "Mum always gave in to Jade's demands, and Jade (12) now stays out until midnight.", JUDGEMENT, "gave in to", True),
    ("worry", "The foster carers are unable to handle Ellie's behaviour in the evenings.", JUDGEMENT, "unable to handle", True),
    ("worry", "Mum caved in to Leo's demands for the phone, and Leo (10) now stays up until 3am.", JUDGEMENT, "caved in to", True),
    # near misses: a thing, the child's own ability, a physical inability, other senses of the idiom.
    ("worry", "Mum could not handle the pushchair on the stairs, so Nan carried Ava (1) up to the flat.", JUDGEMENT, "could not handle", False),
    ("worry", "Ivy (6) was out of her depth in the pool when the lifeguard pulled her out.", JUDGEMENT, "out of her depth", False),
    ("worry", "Dad gave in his notice at work in May and has been drinking every day since.", JUDGEMENT, "gave in", False),
    ("worry", "The flat is not equipped with a stair gate and Leo (1) has fallen twice.", JUDGEMENT, "not equipped", False),
    ("worry", "Dad is unable to drive since his operation, so Leo (7) walks to school alone.", JUDGEMENT, "unable to drive", False),
    ("goal", "Mum, when you feel you cannot handle Kai's shouting, you will ring Nan, who will come round.", JUDGEMENT, "cannot handle", False),

    # C2. Character and attitude words as nouns or adjectives, and goals that ask a parent to be
    # a better kind of person ("become more organised", "acknowledge the severity").
    ("worry", "The nurse was struck by Dad's flippancy when she showed him the burn on Ava's arm.", JUDGEMENT, "flippancy", True),
    ("worry", "Mum's complacency about the open window worries the health visitor.", JUDGEMENT, "complacency", True),
    ("worry", "Mum and Dad are immature and leave Finn (2) to cry in his cot.", JUDGEMENT, "immature", True),
    ("worry", "The stepfather is so immature that he plays games all night while Finn (2) cries.", JUDGEMENT, "immature", True),
    ("worry", "Dad is a very permissive parent and Sam (13) plays online games all night.", JUDGEMENT, "permissive", True),
    ("worry", "Nan is too lenient with Jake and lets him stay out past midnight.", JUDGEMENT, "lenient", True),
    ("goal", "Dad, you can be self-absorbed, so every Saturday Uncle Ben will take Ella swimming.", JUDGEMENT, "self-absorbed", True),
    ("goal", "Mum will become more organised and keep the flat tidy.", JUDGEMENT, "become more organised", True),
    ("goal", "Dad needs to be more responsible with money.", JUDGEMENT, "be more responsible", True),
    ("goal", "Mum will acknowledge the severity of Leo's injuries.", JUDGEMENT, "acknowledge the severity", True),
    ("goal", "Dad to accept the seriousness of what happened to Poppy.", JUDGEMENT, "accept the seriousness", True),
    ("worry", "Mum does not recognise the extent of Ruby's needs.", JUDGEMENT, "recognise the extent", True),
    # near misses: the child, a thing, a plain description, a strength.
    ("worry", "Sam (4) is immature for his age and still wets the bed, his teacher says.", JUDGEMENT, "immature", False),
    ("goal", "Mum, you will keep Leo's medicines in the locked box, and Nan will check it every Sunday.", JUDGEMENT, "keep", False),
    ("worry", "The school is permissive about phones, but Sam's teacher saw Dad hit him at the gate.", JUDGEMENT, "permissive", False),
    ("goal", "Every evening for the next six months Dad will be more patient with Ivy and read her a story.", JUDGEMENT, "read her a story", False),
    ("worry", "The doctor explained the severity of Leo's burns to Mum on Monday.", JUDGEMENT, "severity", False),

    # C3. A harmed child's reaction labelled as a fault: a trait word said of the child, the
    # child's conduct made the cause, the victim parent's going back to the abuser, and advice
    # defied.
    ("worry", "Mia (14) is guarded with professionals since the men took her to Leeds.", BLAME, "guarded", True),
    ("worry", "Police say Jordan (15) was defiant with officers when they found him in the trap house.", BLAME, "defiant", True),
    ("worry", "Care staff describe Kacey (13) as manipulative and say she lies about where she goes.", BLAME, "manipulative", True),
    ("worry", "Zara (12) has been hostile towards staff since she disclosed the abuse.", BLAME, "hostile", True),
    ("worry", "Teachers say Leo (10) is disrespectful to adults, and Dad hits him with a belt.", BLAME, "disrespectful", True),
    ("worry", "Kai's behaviour is the main cause of the placement breaking down.", BLAME, "Kai's behaviour is the main cause", True),
    ("worry", "The foster carers feel that Ruby's behaviour caused the breakdown of the placement.", BLAME, "Ruby's behaviour caused", True),
    ("worry", "Mum has resumed her relationship with Dean, who broke her jaw in May.", BLAME, "resumed her relationship", True),
    ("worry", "Ms Cole went back to Mr Lees after he was arrested for strangling her.", BLAME, "went back to Mr Lees", True),
    ("worry", "Dad is in prison for punching Mum, and she keeps taking Ava to see him there against professional advice.", BLAME, "against professional advice", True),
    ("worry", "Mum let Jay stay with his father despite advice from the social worker.", JUDGEMENT, "despite advice", True),
    # near misses: an adult's trait (judged elsewhere), the child's feelings, an adult's conduct as
    # cause, a job relationship, advice taken.
    ("worry", "Mia (14) is scared of the men who took her to Leeds and cries at night.", BLAME, "scared", False),
    ("worry", "Dad's behaviour is the main cause of Kai's nightmares.", BLAME, "Dad's behaviour", False),
    ("worry", "Mum resumed her job at the café in May and Ava (3) goes to Nan's.", BLAME, "resumed her job", False),
    ("worry", "Mum followed the social worker's advice and moved to her sister's with Ava (3).", BLAME, "advice", False),
    ("worry", "Leo (10) said his dad is hostile when he drinks.", BLAME, "hostile", False),

    # C4. A goal that puts keeping safe on the child (or the victim parent): the child learns,
    # recognises, is careful, takes responsibility, discloses.
    ("goal", "Mia will learn to manage her anger so that the placement does not break down.", BLAME, "learn to manage her anger", True),
    ("goal", "Kai needs to learn how to control his emotions at school.", BLAME, "learn how to control his emotions", True),
    ("goal", "Ellie will be more careful about who she talks to online.", BLAME, "be more careful", True),
    ("goal", "Jade (14) to be more cautious when she meets people from the internet.", BLAME, "be more cautious", True),
    ("goal", "Amir will recognise the signs of exploitation and keep away from the older boys.", BLAME, "recognise the signs", True),
    ("goal", "Rosie to understand the dangers of meeting men she does not know.", BLAME, "understand the dangers", True),
    ("goal", "Lily (15) will take responsibility for her eating and for keeping her weight up.", BLAME, "take responsibility", True),
    ("goal", "Tom must take ownership of his recovery and stay off the ward.", BLAME, "take ownership", True),
    ("goal", "Jordan to disclose who gave him the drugs so that the police can act.", BLAME, "disclose", True),
    ("goal", "Skye will give a full account to the police about the coach.", BLAME, "give a full account", True),
    # near misses: an adult's learning, the child's everyday life, the adults recognising signs.
    ("goal", "Mum, you will learn to use the feeding pump with the nurse, and Summer will be fed on time.", BLAME, "learn to use", False),
    ("goal", "Ella will learn to ride her bike with Dad in the park every Sunday.", BLAME, "learn to ride", False),
    ("goal", "Mum and Dad will recognise the signs that Ellie is being groomed and ring the police.", BLAME, "recognise the signs", False),
    ("goal", "Ivy will know she can tell Nan or her teacher if anyone hurts her.", BLAME, "tell Nan", False),
    ("goal", "Dad will be careful to lock the gate so that Leo (2) cannot get onto the road.", BLAME, "be careful", False),
    ("goal", "For the next six months, when Lily (9) is rude or defiant, Mum will stay calm and Nan will take her for a walk.", BLAME, "defiant", False),

    # C5. Evidence words as a hedge: an impersonal source suggests, "evidence of", "suggesting",
    # a cause put on culture or belief, "seems" plus a state said of an adult.
    ("worry", "Information indicates that Dad has been selling cannabis from the flat.", GUESS, "Information indicates", True),
    ("worry", "Intelligence suggests that Kai (15) is carrying knives for older boys.", GUESS, "Intelligence suggests", True),
    ("worry", "Reports suggest Mum has been leaving the baby alone at night.", GUESS, "Reports suggest", True),
    ("worry", "Ruby's account has changed, suggesting she has been told what to say.", GUESS, "suggesting", True),
    ("worry", "Leo (5) is often late, which suggests Mum is struggling in the mornings.", GUESS, "which suggests", True),
    ("worry", "The punishments are rooted in the family's religious beliefs.", GUESS, "rooted in", True),
    ("worry", "Dad's shouting is linked to his cultural background.", GUESS, "linked to", True),
    ("worry", "Mum and Dad seem overwhelmed and Finn (2) is often in a dirty nappy.", GUESS, "seem overwhelmed", True),
    ("worry", "Grandad appeared confused when the nurse asked about Ava's medicine.", GUESS, "appeared confused", True),
    # near misses: a named person's finding, a plain cause that was seen, a thing that seems.
    ("worry", "The GP told Mum the X-ray shows Leo's arm was broken in two places.", GUESS, "shows", False),
    ("worry", "Dr Shah found evidence of two old fractures on Leo's X-ray on 3 May.", GUESS, "evidence of", False),
    ("worry", "The room seemed cold and the window was broken, the social worker saw.", GUESS, "seemed cold", False),
    ("worry", "Dad seemed calm and showed the nurse Ava's cot on Monday.", GUESS, "seemed calm", False),
    ("worry", "Mum looked dishevelled at the door on 3 May and Ava (2) was in a wet nappy.", GUESS, "looked dishevelled", False),
    ("worry", "Mum seems nervous about the visit, the nurse said.", GUESS, "seems nervous", False),
    ("worry", "The nurse suggested that Mum keeps a food diary for Ivy (4) after her tummy aches.", GUESS, "suggested", False),
    ("worry", "The burn on Ava's leg is linked to the kettle flex Mum left on the floor, Dr Shah said.", GUESS, "linked to", False),

    # C6. Harm named instead of described: grooming, trafficking, addiction, a diagnosis, a lack of
    # care.
    ("worry", "Ray (12) has been groomed online by a man in his forties.", LABEL, "groomed", True),
    ("worry", "Police believe an older boy is grooming Mia (13) at the park.", LABEL, "grooming", True),
    ("worry", "Tuan (16) is a victim of modern slavery and trafficking.", LABEL, "trafficking", True),
    ("worry", "Kai (14) was trafficked from Birmingham to Cardiff last year.", LABEL, "trafficked", True),
    ("worry", "Dylan (13) is addicted to online gambling sites.", LABEL, "addicted", True),
    ("worry", "Mum has been addicted to painkillers since the accident.", LABEL, "addicted", True),
    ("worry", "Grace (14) has a diagnosis of an eating disorder and a history of self-harm.", LABEL, "a diagnosis of an eating disorder", True),
    ("worry", "There is a lack of parental supervision when Leo (6) plays outside.", LABEL, "lack of parental supervision", True),
    ("worry", "The court found a lack of adequate care for the children.", LABEL, "lack of adequate care", True),
    # near misses: a dog or hair, a thing described, help with a condition.
    ("worry", "Dad grooms dogs for a living and leaves Ivy (3) alone in the van.", LABEL, "grooms", False),
    ("worry", "Mum was grooming Ella's hair when Dad punched the door.", LABEL, "grooming", False),
    ("worry", "Nan and Kai's teacher are worried that the older boys are grooming Kai (12) to hold knives for them.", LABEL, "grooming", False),
    ("worry", "Lily (8) has a diagnosis of asthma and Mum has not collected her inhaler since May.", LABEL, "a diagnosis of asthma", False),
    ("worry", "Kian (9) has kicked Mum twice this month and is defiant when she asks him to stop.", BLAME, "kicked", False),
    ("worry", "There is a lack of food in the fridge and Leo (6) said he was hungry on Monday.", LABEL, "lack of food", False),
    ("goal", "Sam's teacher will help him with his homework after school every Tuesday.", LABEL, "help", False),
]


@pytest.mark.parametrize("kind,text,code,words,fires", CASES)
def test_word_class(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_enough_wordings_per_class():
    assert sum(1 for c in CASES if c[4]) >= 60
    assert sum(1 for c in CASES if not c[4]) >= 30
