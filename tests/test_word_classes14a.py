"""Round 14 (helper words14a): verdicts, guesses, labels and victim blaming, as classes read on the
parse. Written before the code was changed, in our own wordings (other names, verbs, tense, voice,
subjects and word order than the set 13 rows). Each class has wordings that must be flagged and
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
    # G1. A forecast of whether a parent will change, written as a finding: "(un)likely to
    # sustain change", "not likely to stop drinking", "will never change".
    ("worry", "The social worker thinks Mum is unlikely to stop drinking while Leo (4) is at home.", GUESS, "unlikely to stop drinking", True),
    ("worry", "Dad is not likely to change, and Ava (3) has been left alone twice this month.", GUESS, "not likely to change", True),
    ("worry", "The parents are unlikely to make the changes Jay (6) needs in the time he has.", GUESS, "unlikely to make the changes", True),
    ("worry", "Mr Khan is unlikely to engage with the drug service, so Zara (8) keeps missing school.", GUESS, "unlikely to engage", True),
    ("worry", "Nan was considered unlikely to cope with three grandchildren after her fall.", GUESS, "unlikely to cope", True),
    ("worry", "Both carers are unlikely to protect Tom (2) from Dean when he comes round drunk.", GUESS, "unlikely to protect", True),
    ("worry", "It is felt that Mum will never change and Ruby (7) still hides when Dad shouts.", GUESS, "will never change", True),
    ("worry", "Dad is very unlikely to maintain his sobriety once the court case ends.", GUESS, "unlikely to maintain", True),
    ("worry", "Mum and her partner are unlikely to improve the home conditions before Sam (1) is born.", GUESS, "unlikely to improve", True),
    ("worry", "The foster carer is unlikely to manage Kai's outbursts for much longer.", GUESS, "unlikely to manage", True),
    ("worry", "Father is unlikely to comply with the written agreement about visits to Mia (5).", GUESS, "unlikely to comply", True),
    # near misses: a future harm to the child, the child's own chances, a named person's forecast
    # of a plain event, a kind forecast of a date.
    ("worry", "If nothing changes, Leo (4) is likely to be hurt again when Dad has been drinking.", GUESS, "likely to be hurt", False),
    ("worry", "If Dad keeps drinking, Ava (3) is likely to fall down the stairs at night.", GUESS, "likely to fall", False),
    ("goal", "Mum will ring Nan each evening, and Nan is likely to visit on Sundays as well.", GUESS, "likely to visit", False),
    ("worry", "Jay (15) is unlikely to pass his exams after missing twelve weeks of school.", GUESS, "unlikely to pass", False),
    ("goal", "Dad will stop drinking at home, and by June Mum and Dad will change the locks on the back door.", GUESS, "change", False),

    # G2. "appears"/"seems" with a verdict on care: a reading of care passed off as what was seen.
    ("worry", "Supervision of the twins appears poor when Mum's friends are at the flat.", GUESS, "appears poor", True),
    ("worry", "The home conditions seemed unsuitable for a baby when the nurse called.", GUESS, "seemed unsuitable", True),
    ("worry", "Dad's parenting appears inconsistent and Mia (5) is often late for school.", GUESS, "appears inconsistent", True),
    ("worry", "The care given to baby Noor appears neglectful.", GUESS, "appears neglectful", True),
    ("worry", "Mum's routines seem chaotic, and Jake (6) has missed nine days of school.", GUESS, "seem chaotic", True),
    ("worry", "The boundaries at Nan's house appear lax since Kai (13) moved in.", GUESS, "appear lax", True),
    ("worry", "Ella's diet appears insufficient for a growing child.", GUESS, "appears insufficient", True),
    ("worry", "The stair gate arrangements seemed inappropriate for a toddler.", GUESS, "seemed inappropriate", True),
    ("worry", "Dad's supervision of Ivy appeared minimal during the contact session.", GUESS, "appeared minimal", True),
    ("worry", "The sleeping arrangements for Zayd (0) appear unsafe.", GUESS, "appear unsafe", True),
    # near misses: what a child looked like, a thing seen, a named observer.
    ("worry", "Leo (6) appeared hungry and ate three slices of toast at breakfast club.", GUESS, "appeared hungry", False),
    ("worry", "The kitchen floor appeared wet and Ava (1) slipped on it.", GUESS, "appeared wet", False),
    ("worry", "Ivy (4) seemed frightened when Dad came into the room, her teacher said.", GUESS, "seemed frightened", False),
    ("worry", "Mia (5) appears small for her age, the health visitor noted on Monday.", GUESS, "appears small", False),
    ("worry", "The cot appeared broken when the nurse visited, and Sam (1) was sleeping on the sofa.", GUESS, "appeared broken", False),

    # J1. A parent's character or behaviour called excessive or odd: "over-anxious",
    # "overprotective", "bizarre", "strange", "eccentric".
    ("worry", "Dad is over-protective and will not let Noor (12) out of the house.", JUDGEMENT, "over-protective", True),
    ("worry", "The health visitor describes Mum as overbearing with Ali (7).", JUDGEMENT, "overbearing", True),
    ("worry", "Mr Price has been over-involved in Ella's medical care.", JUDGEMENT, "over-involved", True),
    ("worry", "Mum's behaviour at the clinic was bizarre, and Leo (3) was crying.", JUDGEMENT, "bizarre", True),
    ("worry", "Dad has become increasingly strange since he lost his job, and Ava (4) is scared of him.", JUDGEMENT, "strange", True),
    ("worry", "Nan is eccentric and the children have stopped going to school.", JUDGEMENT, "eccentric", True),
    ("worry", "Stepdad's conduct at handovers has been odd and Mia (8) cries afterwards.", JUDGEMENT, "odd", True),
    ("worry", "Mum is described as over-zealous about Hope's diet, and Hope (6) has lost weight.", JUDGEMENT, "over-zealous", True),
    ("worry", "Mum is overindulgent and Tyler (9) eats sweets for every meal.", JUDGEMENT, "overindulgent", True),
    ("worry", "Dad's actions towards Finn were weird, according to the referral.", JUDGEMENT, "weird", True),
    # near misses: the child, a thing, a count.
    ("worry", "Ivy (6) thought the noises in the night were strange and could not sleep.", JUDGEMENT, "strange", False),
    ("worry", "Leo (9) is over-tired most mornings because Dad's friends play music until 3am.", JUDGEMENT, "over-tired", False),
    ("worry", "The smell in the flat was odd, and the nurse found Mum's tablets on the floor.", JUDGEMENT, "odd", False),
    ("worry", "Mum paid the overdue rent, but the landlord still changed the locks while Ava (2) was inside.", JUDGEMENT, "overdue", False),
    ("worry", "Dad went overseas for a month and left Kai (15) with a neighbour.", JUDGEMENT, "overseas", False),

    # J2. Losing or lacking control of a child, not being up to the task: a verdict on what a
    # parent can do, in idiom.
    ("worry", "Mum has lost control of Tyler (13) and he stays out until 2am.", JUDGEMENT, "lost control", True),
    ("worry", "Dad has no control over what Jay (11) watches at night.", JUDGEMENT, "no control", True),
    ("worry", "Grandad is losing all control of the boys since Nan went into hospital.", JUDGEMENT, "losing all control", True),
    ("worry", "The carers have little control over Amir (14), who goes missing at weekends.", JUDGEMENT, "little control", True),
    ("worry", "Mum is not up to caring for a newborn and baby Ivy has lost weight.", JUDGEMENT, "not up to caring", True),
    ("worry", "Nan is simply not up to the job of looking after three toddlers.", JUDGEMENT, "not up to the job", True),
    ("worry", "Dad lets Kai (10) rule the roost and he decides when he goes to bed.", JUDGEMENT, "rule the roost", True),
    ("worry", "Mum has lost any control over Ella's phone use since Christmas.", JUDGEMENT, "lost any control", True),
    ("worry", "Neither parent has any control over Sam (15), who carries a knife.", JUDGEMENT, "any control", True),
    ("worry", "Aunt Jo is not up to it, the school says, and Leo (5) arrives hungry.", JUDGEMENT, "not up to it", True),
    # near misses: the child's control of a thing, a physical control, a goal about control.
    ("worry", "Dad lost control of the car on the motorway with Ava (4) in the back.", JUDGEMENT, "lost control", False),
    ("worry", "Jay (16) lost control of his temper and punched the wall.", JUDGEMENT, "lost control", False),
    ("goal", "Mum will keep control of the medicine box and lock it every evening.", JUDGEMENT, "control", False),
    ("worry", "Nan was not up to date with Leo's injections, the nurse found.", JUDGEMENT, "not up to date", False),
    ("worry", "Mum walked up to the school gate and shouted at Kai (8) in front of his friends.", JUDGEMENT, "up to", False),

    # J3. A parent said to put themselves, work or a partner before the child: "placing their
    # careers ahead of", "puts his own needs above", "prioritises her partner over".
    ("worry", "Mum puts her new partner before Ruby (9) and leaves her with neighbours.", JUDGEMENT, "puts her new partner before", True),
    ("worry", "Dad places his own needs above Kai's and goes to the pub every night.", JUDGEMENT, "places his own needs above", True),
    ("worry", "The parents prioritise their jobs over the twins, who are left alone after school.", JUDGEMENT, "prioritise their jobs over", True),
    ("worry", "Mr Bell has put his drinking ahead of Leo (4) for the past year.", JUDGEMENT, "put his drinking ahead of", True),
    ("worry", "Mum is placing her relationship ahead of the children's safety.", JUDGEMENT, "placing her relationship ahead of", True),
    ("worry", "Nan prioritised her bingo nights over collecting Ava from school.", JUDGEMENT, "prioritised her bingo nights over", True),
    ("worry", "Dad consistently puts himself first and Jay (7) goes without meals.", JUDGEMENT, "puts himself first", True),
    ("worry", "Mum is unable to prioritise Tia's needs over her own.", JUDGEMENT, "prioritise", True),
    ("worry", "Both parents put their social lives before Ella (3) at weekends.", JUDGEMENT, "put their social lives before", True),
    ("worry", "Stepdad places his gaming above spending time with the boys.", JUDGEMENT, "places his gaming above", True),
    # near misses: objects placed somewhere, a goal saying what will come first, a child's list.
    ("worry", "Dad put the knife above the cooker, where Leo (3) could not reach it.", JUDGEMENT, "put the knife above", False),
    ("goal", "Mum will put Ava's bath before her own tea every evening.", JUDGEMENT, "put Ava's bath before", False),
    ("worry", "Mum placed the baby before the fire to warm her, and Noor (0) was burned.", JUDGEMENT, "placed the baby before", False),
    ("goal", "Every school day Dad will put Sam's breakfast on the table before 8am.", JUDGEMENT, "put", False),
    ("worry", "Jay (14) puts his friends ahead of school, his teacher says.", JUDGEMENT, "puts his friends ahead", False),

    # J4. A goal asking a parent to feel the weight of something: "acknowledge the impact",
    # "understand the effect", "recognise the harm".
    ("goal", "Dad will acknowledge the impact of his shouting on Ella.", JUDGEMENT, "acknowledge the impact", True),
    ("goal", "Mum to recognise the effect of her drinking on the children.", JUDGEMENT, "recognise the effect", True),
    ("goal", "The parents will accept the harm their arguments have caused Leo.", JUDGEMENT, "accept the harm", True),
    ("goal", "Mr Reid to understand the damage his temper does to Ruby.", JUDGEMENT, "understand the damage", True),
    ("goal", "Nan will appreciate the effects of her smoking in the car on baby Noor.", JUDGEMENT, "appreciate the effects", True),
    ("goal", "Mum to recognise the impact of domestic abuse on Ella, and Nan will have Ella on Fridays.", JUDGEMENT, "recognise the impact", False),
    # near misses: the child learns what helps; a named person explains.
    ("goal", "The nurse will explain the effects of the new medicine to Mum on Monday.", JUDGEMENT, "effects", False),
    ("goal", "Mum will see the impact on Ella's sleep when Nan's diary shows she goes to bed at 7pm.", JUDGEMENT, "see the impact", False),

    # V1. A harmed child's conduct made the cause of what an adult did: "winds him up",
    # "provokes Dad", "sets off the rows", "pushes his buttons".
    ("worry", "Mum says Kai (12) winds his stepdad up until he loses his temper and hits him.", BLAME, "winds his stepdad up", True),
    ("worry", "Tia (14) provokes her father, and he then slaps her.", BLAME, "provokes her father", True),
    ("worry", "Jay's cheek sets off the fights in which Dad punches him.", BLAME, "sets off the fights", True),
    ("worry", "Ella knows how to push Mum's buttons, which is why Mum smacks her.", BLAME, "push Mum's buttons", True),
    ("worry", "Leo (9) antagonises his stepfather, who then locks him in his room.", BLAME, "antagonises his stepfather", True),
    ("worry", "It is Ruby (13) who starts the arguments that end with Dad hitting her.", BLAME, "starts the arguments", True),
    ("worry", "Sam (10) keeps goading Mr Hill, who then throws him out of the house.", BLAME, "goading Mr Hill", True),
    ("worry", "Amy (11) triggers Dad's anger by answering back, and he hits her with a belt.", BLAME, "triggers Dad's anger", True),
    ("worry", "Noah, aged 8, wound his mum up so much that she slapped him.", BLAME, "wound his mum up", True),
    ("worry", "Ivy (15) has been provoking her mother's partner, who grabbed her by the throat.", BLAME, "provoking her mother's partner", True),
    # near misses: an adult provokes, a thing sets off, a child starts something harmless.
    ("worry", "Dad winds Mum up in front of the children until she cries.", BLAME, "winds Mum up", False),
    ("worry", "The smoke alarm set off when Mum left the pan on, and Ava (2) was alone in the kitchen.", BLAME, "set off", False),
    ("worry", "Leo (8) starts school in September and Mum has not applied for a place.", BLAME, "starts school", False),
    ("worry", "Mr Cole provokes fights with neighbours while Ivy (6) watches from the window.", BLAME, "provokes fights", False),
    ("worry", "Kai (7) wound up the toy car and Dad kicked it across the room.", BLAME, "wound up", False),

    # V2. An exploited or harmed child's reaction called a choice, a bid for attention or bad
    # behaviour: "of her own free will", "attention-seeking", "kicks off", "plays up".
    ("worry", "Mia (14) went to the flat of her own free will, according to the police.", BLAME, "of her own free will", True),
    ("worry", "Leo (15) is said to have gone with the older men of his own accord.", BLAME, "of his own accord", True),
    ("worry", "Ruby (13) met the man of her own volition and stayed the night.", BLAME, "of her own volition", True),
    ("worry", "Staff describe Jade (14) as attention-seeking when she self-harms.", BLAME, "attention-seeking", True),
    ("worry", "Ella (12) is attention seeking and has told lies about Dad before.", BLAME, "attention seeking", True),
    ("worry", "Kai (13) kicks off at school whenever he has been at his dad's.", BLAME, "kicks off", True),
    ("worry", "Since the assault Amy (15) has been kicking off with staff at the unit.", BLAME, "kicking off", True),
    ("worry", "Tom (9) plays up for his foster carers after contact with Mum.", BLAME, "plays up", True),
    ("worry", "Sami (14) acts out whenever his mother's partner stays over.", BLAME, "acts out", True),
    ("worry", "Zara (16) went back to the house willingly, and the men gave her drugs.", BLAME, "willingly", True),
    # near misses: an adult's choice, a match kicking off, a child playing.
    ("worry", "Dad drove the children to the party of his own accord after drinking all day.", BLAME, "of his own accord", False),
    ("worry", "The football match kicks off at 3pm and Dad leaves Leo (6) alone to watch it at the pub.", BLAME, "kicks off", False),
    ("worry", "Mum kicks off at the school gate when staff ask about Ava's bruises.", BLAME, "kicks off", False),
    ("worry", "Leo (5) plays upstairs on his own while Mum sleeps until noon.", BLAME, "plays", False),
    ("worry", "Dad is attention-seeking on social media and posts pictures of Ava (2) in the bath.", BLAME, "attention-seeking", False),

    # V3. A goal that makes a harmed child responsible for fending off the harm: confidence to
    # refuse, blocking, saying no, the "legal implications" of what was done to them.
    ("goal", "Jess will build the confidence to refuse when men at the park offer her lifts.", BLAME, "build the confidence", True),
    ("goal", "Kai will develop the resilience to say no to older boys.", BLAME, "develop the resilience", True),
    ("goal", "Ruby (14) will gain the self-esteem to turn down requests for photos.", BLAME, "gain the self-esteem", True),
    ("goal", "Amir will have the skills to resist the older lads at the shop.", BLAME, "have the skills to resist", True),
    ("goal", "Ella will block any adult who messages her online.", BLAME, "block any adult", True),
    ("goal", "Mia (13) will block and report strangers who contact her on Snapchat.", BLAME, "block", True),
    ("goal", "Tia will say no when the man asks her to send pictures.", BLAME, "say no", True),
    ("goal", "Leo will understand the legal implications of carrying drugs for the older boys.", BLAME, "legal implications", True),
    ("goal", "Zoe will know the implications of sending images to men online.", BLAME, "implications", True),
    ("goal", "Jay will learn to say no to the boys who ask him to hold knives.", BLAME, "say no", True),
    # near misses: an adult's confidence, a parent blocks a man, the child told safe adults.
    ("goal", "Mum will build the confidence to ring the police when Dean turns up.", BLAME, "build the confidence", False),
    ("goal", "Dad will block the man's number on Ella's phone and check it every Sunday.", BLAME, "block", False),
    ("goal", "Ella will tell Nan or her teacher whenever someone online asks her for photos, and Nan will ring the police.", BLAME, "tell Nan", False),
    ("goal", "Mum will say no to Dean when he asks to see the children, and ring the police if he comes round.", BLAME, "say no", False),
    ("goal", "Dad will understand the legal implications of leaving Ava (3) alone at home.", BLAME, "legal implications", False),

    # G3. An opinion nobody owns, hung on a noun ("a man believed to be linked to…"), and an
    # account weighed against an injury ("inconsistent with the injury").
    ("worry", "Kai (14) was seen getting into a car thought to belong to a known dealer.", GUESS, "thought to belong", True),
    ("worry", "Ella (13) has been messaging a man believed to be in his forties.", GUESS, "believed to be", True),
    ("worry", "Mum has let a lodger, understood to have convictions for assault, stay in the flat with Leo (5).", GUESS, "understood to have", True),
    ("worry", "Tia (15) was found at an address suspected to be used for selling drugs.", GUESS, "suspected to be used", True),
    ("worry", "Dad left the twins with a friend, said to be a heavy drinker, for the weekend.", GUESS, "said to be", True),
    ("worry", "Police found tablets presumed to be diazepam in Jay's bedroom.", GUESS, "presumed to be", True),
    ("worry", "Noor (2) had a bruise on her ear, and Mum's account was inconsistent with the injury.", GUESS, "inconsistent with", True),
    ("worry", "The explanation Dad gave for Sam's burn is not consistent with the marks the nurse saw.", GUESS, "not consistent with", True),
    ("worry", "Ava (1) has a fractured arm; the history given is incompatible with the fracture.", GUESS, "incompatible with", True),
    ("worry", "Leo's bruises were inconsistent with Nan's account of a fall from the sofa.", GUESS, "inconsistent with", True),
    # near misses: an owned opinion, a plain relative clause, praise for a routine.
    ("worry", "Dr Shah believes the bruise was caused by a slap, and Mum has not explained it.", GUESS, "believes", False),
    ("worry", "Mia (14) was picked up by a man who drives a red van.", GUESS, "drives", False),
    ("worry", "Kai (14) got into a car belonging to a known dealer, his teacher saw.", GUESS, "belonging", False),
    ("goal", "Mum will keep Ava's bedtime consistent with the plan Nan wrote down, and Nan will check on Sundays.", GUESS, "consistent with", False),
    ("worry", "Dad told the nurse that Ella fell off the trampoline.", GUESS, "told", False),

    # V4. A harmed child said to defy advice: "despite repeated advice", "against the advice of".
    ("worry", "Jess (15) went back to the men's flat despite warnings from her social worker.", BLAME, "despite warnings", True),
    ("worry", "Ravi (16) keeps going to the park despite advice from the youth offending team.", BLAME, "despite advice", True),
    ("worry", "Mia (14) met the man again against the advice of the police.", BLAME, "against the advice", True),
    ("worry", "Zoe (13) has stayed in contact with the older boy despite repeated advice.", BLAME, "despite repeated advice", True),
    ("worry", "Against all advice, Leo (15) returned to the house where the dealers stay.", BLAME, "Against all advice", True),
    ("worry", "Kai (14) continued to see the men despite clear guidance from staff.", BLAME, "despite clear guidance", True),
    ("worry", "Amber (15) went to the party despite several warnings, and an adult gave her vodka.", BLAME, "despite several warnings", True),
    ("worry", "Tyler (16) has carried on meeting the older lads despite the recommendations of his key worker.", BLAME, "despite the recommendations", True),
    ("worry", "Ella (14) went to the hotel with the man despite advice from her school.", BLAME, "despite advice", True),
    ("worry", "Sami (15) got into the car again despite warnings from the police.", BLAME, "despite warnings", True),
    # near misses: an adult against advice (a verdict on the adult, not victim blaming), advice given.
    ("worry", "Mum let Dean back into the flat despite advice from the police.", BLAME, "despite advice", False),
    ("worry", "Dad took Leo (4) to the pub despite warnings from the health visitor.", BLAME, "despite warnings", False),
    ("worry", "Jess (15) was given advice by the school nurse about the men at the park.", BLAME, "advice", False),
    ("goal", "Mum will follow the advice of the health visitor about Noor's bottles.", BLAME, "advice", False),
    ("worry", "Ravi (16) was stabbed despite the police being called an hour earlier.", BLAME, "despite", False),

    # L2. A parent's stance towards help named instead of what they did: "reluctant to accept
    # support", "unwilling to engage with services", "resistant to help".
    ("worry", "The parents are reluctant to accept support, and Leo (6) has missed 30 days of school.", LABEL, "reluctant to accept support", True),
    ("worry", "Mum is unwilling to engage with services while Ava (2) sleeps on a bare mattress.", LABEL, "unwilling to engage with services", True),
    ("worry", "Dad has been resistant to help since Kai (9) was hurt at the weekend.", LABEL, "resistant to help", True),
    ("worry", "Nan was hesitant to accept any help with the twins.", LABEL, "hesitant to accept any help", True),
    ("worry", "The family remain reluctant to work with professionals.", LABEL, "reluctant to work with professionals", True),
    ("worry", "Mr Day is resistant to support from the nursery about Noor's speech.", LABEL, "resistant to support", True),
    ("worry", "Both parents have been unwilling to accept advice about safe sleeping for baby Zayd.", LABEL, "unwilling to accept advice", True),
    ("worry", "Mum is reluctant to take up the help offered by the health visitor.", LABEL, "reluctant to take up the help", True),
    ("worry", "Dad is unreceptive to support and Mia (5) is often collected late.", LABEL, "unreceptive to support", True),
    ("worry", "Mum and her partner have been reluctant to engage with the family support worker.", LABEL, "reluctant to engage", True),
    # near misses: the child's reluctance, reluctance to hurt, a service's own reluctance.
    ("worry", "Leo (8) is reluctant to go home after school because Dad shouts at him.", LABEL, "reluctant to go home", False),
    ("worry", "Ava (12) was reluctant to accept help from her teacher after Dad hit her.", LABEL, "reluctant", False),
    ("goal", "Mum will ring Nan whenever she feels reluctant to open the door to Dean.", LABEL, "reluctant", False),
    ("worry", "Nan is happy to accept help with the school run, and Leo (6) is now on time.", LABEL, "accept help", False),
    ("worry", "The school is reluctant to exclude Sam (13), who has been bringing a knife in.", LABEL, "reluctant to exclude", False),

    # L3. A habit named with no substance or act: "his use", "her use" (of what, when?).
    ("worry", "Dad is not honest with the team about his use, and Ella (6) stays with Nan at weekends.", LABEL, "his use", True),
    ("worry", "Mum's use has increased since Christmas and Leo (4) is often alone in the evenings.", LABEL, "Mum's use", True),
    ("worry", "Dad talks down his use, and Ava (3) finds the bags under the sofa.", LABEL, "his use", True),
    ("worry", "Her use is worse at weekends, when Kai (7) has to make his own tea.", LABEL, "Her use", True),
    ("worry", "Nobody knows the extent of Mum's use, and Ella (5) is often late for school.", LABEL, "Mum's use", True),
    ("worry", "Stepdad's use continues most weekends, Mia (9) says.", LABEL, "Stepdad's use", True),
    ("worry", "Their use has escalated and the twins (6) were found outside at midnight.", LABEL, "Their use", True),
    ("worry", "His use is mostly at night, Jay (12) told his teacher.", LABEL, "His use", True),
    ("worry", "Dad's use worries Ella's teacher, who sees her arrive tired.", LABEL, "Dad's use", True),
    ("worry", "Her use has gone on for years, and Kai (8) now gets himself to school.", LABEL, "Her use", True),
    # near misses: use of a named thing, the child's use of a thing, "for his own use".
    ("worry", "Dad's use of cocaine at weekends means Ava (3) is left with a neighbour.", LABEL, "use of", False),
    ("worry", "Jay (12) has unlimited use of the internet in his bedroom at night.", LABEL, "use", False),
    ("worry", "Mum keeps the car for her own use and Leo (5) walks to school alone.", LABEL, "her own use", False),
    ("goal", "Nan will make good use of the stair gate the council fitted.", LABEL, "use", False),
    ("worry", "Leo's use of his inhaler has dropped since Mum stopped collecting the prescriptions.", LABEL, "use of", False),

    # J5. An attitude noun shown by a parent: "showing a real indifference", "displays apathy".
    ("worry", "Dad left Ava (2) in the bath alone, showing complete indifference to her safety.", JUDGEMENT, "indifference", True),
    ("worry", "Mum displays apathy when Leo (6) comes to school hungry.", JUDGEMENT, "apathy", True),
    ("worry", "Nan demonstrated real complacency about the open window in Noor's room.", JUDGEMENT, "complacency", True),
    ("worry", "Mr Shaw has shown arrogance towards the nurse who visits baby Ivy.", JUDGEMENT, "arrogance", True),
    ("worry", "Both parents show a lot of hostility when staff raise Kai's bruises.", JUDGEMENT, "hostility", True),
    ("worry", "Mum showed great naivety in letting Dean babysit Ella (4).", JUDGEMENT, "naivety", True),
    ("worry", "Dad displayed obvious impatience with Mia (3) at contact and shouted at her twice.", JUDGEMENT, "impatience", True),
    ("worry", "Stepdad shows a worrying ignorance of Sam's medical needs.", JUDGEMENT, "ignorance", True),
    ("worry", "Mum's friend showed irresponsibility by leaving the twins alone in the car.", JUDGEMENT, "irresponsibility", True),
    ("worry", "Grandad has shown stubbornness about the fire guard and Leo (2) has been burned.", JUDGEMENT, "stubbornness", True),
    # near misses: the child shows a feeling, a professional shows something, a thing shown.
    ("worry", "Leo (6) showed no interest in his toys and hid under the table when Dad came in.", JUDGEMENT, "interest", False),
    ("worry", "The X-ray showed a fracture to Ava's arm that Mum had not mentioned.", JUDGEMENT, "fracture", False),
    ("worry", "Ella (9) shows great patience with her baby brother while Mum sleeps.", JUDGEMENT, "patience", False),
    ("worry", "Mum showed the nurse the cupboard where she keeps Noor's milk.", JUDGEMENT, "cupboard", False),
    ("goal", "Dad will show kindness to Mia by reading to her every night, and Nan will check.", JUDGEMENT, "kindness", False),

    # L1. A condition or diagnosis named in place of what was seen: "has an eating disorder",
    # "mental health issues", "has OCD", "is bipolar".
    ("worry", "Mum has an eating disorder and Leo (4) is not given regular meals.", LABEL, "an eating disorder", True),
    ("worry", "Dad has mental health issues and the children are often late for school.", LABEL, "mental health issues", True),
    ("worry", "Nan has OCD, and the boys (6 and 8) have not been to school since March.", LABEL, "OCD", True),
    ("worry", "The father has been diagnosed with a personality disorder.", LABEL, "personality disorder", True),
    ("worry", "Mum suffers from mental health problems, and Leo (7) gets himself to school.", LABEL, "mental health problems", True),
    ("worry", "Stepdad has emotional health difficulties, the school says, and Ava (5) is often late.", LABEL, "emotional health difficulties", True),
    ("worry", "Mum has PTSD and Kai (9) cooks his own tea most nights.", LABEL, "PTSD", True),
    ("worry", "Dad is struggling with his mental health and Mia (6) misses school.", LABEL, "his mental health", True),
    ("worry", "Mr Long has psychosis and Ruby (10) looks after her brother.", LABEL, "psychosis", True),
    ("worry", "Mum's anxiety disorder means the twins rarely leave the flat.", LABEL, "anxiety disorder", True),
    # near misses: the child's physical condition, a named help, a service.
    ("worry", "Leo (6) has asthma and Mum has not collected his inhaler since May.", LABEL, "asthma", False),
    ("worry", "Ella (4) has a heart condition and missed her hospital check-up twice.", LABEL, "heart condition", False),
    ("goal", "Mum will see the mental health nurse every Tuesday and Nan will look after Ava.", LABEL, "mental health nurse", False),
    ("worry", "The community mental health team visited Dad on Monday and found Leo (3) alone.", LABEL, "mental health team", False),
    ("worry", "Dad told the nurse he has an appointment about his back on Friday.", LABEL, "appointment", False),
]


@pytest.mark.parametrize("kind,text,code,words,fires", CASES)
def test_word_class(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_enough_wordings_per_class():
    assert sum(1 for c in CASES if c[4]) >= 80
    assert sum(1 for c in CASES if not c[4]) >= 40
