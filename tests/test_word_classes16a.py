"""Round 16 (helper words16a): victim blaming, verdicts, labels and guesses, each named as a class in
general terms and written in our own wordings (other names, settings, verbs, tense, voice and
word order than the set 15 rows) before the code was changed (sos_lint/checks/words16a.py).
Each class has wordings that must be flagged and near misses that must not.

Each case: (kind, text, code, words, fires), as in test_word_classes10.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

GUESS = ("SOS304", "SOS305")
LABEL = ("SOS301", "SOS305")
JUDGEMENT = ("SOS305", "SOS301", "SOS304")
BLAME = "SOS306"

CASES = [
    # V1. A young person's conduct put down to their attitude, motivation or way of life: a verdict
    # noun (attitude, motivation, lifestyle, mindset) with a verdict on it, said of the child.
    ("worry", "Kayden (13) has been excluded twice for fighting and has a poor attitude towards staff.", BLAME, "has a poor attitude", True),
    ("worry", "Rosa (15) is going missing overnight with older males and has a negative attitude to school.", BLAME, "negative attitude", True),
    ("worry", "Tyler (14) was arrested with cannabis in a stolen car; his attitude is bad and he laughs it off.", BLAME, "his attitude is bad", True),
    ("worry", "Jordan (16) was found carrying knives for older boys and shows no motivation to change.", BLAME, "no motivation to change", True),
    ("worry", "Ellis (15) has been stealing from shops with older youths and lacks the motivation to stop.", BLAME, "lacks the motivation", True),
    ("worry", "Danny (15) is selling cannabis for a local dealer and is living a criminal lifestyle.", BLAME, "a criminal lifestyle", True),
    ("worry", "Keisha (14) stays out all night with men in their twenties; this chaotic lifestyle puts her in danger.", BLAME, "chaotic lifestyle", True),
    ("worry", "Amelia (15) is collected by older men in cars late at night. Her lifestyle is putting her at risk.", BLAME, "Her lifestyle", True),
    ("worry", "Ryan (16) has been drawn into dealing and is entrenched in gang culture.", BLAME, "entrenched in gang culture", True),
    ("worry", "Leon (14) has become embedded in a drug-dealing lifestyle since leaving school.", BLAME, "embedded in a drug-dealing lifestyle", True),
    ("worry", "Shannon (13) goes missing with adults she met online and has an anti-authority mindset.", BLAME, "an anti-authority mindset", True),
    # near misses: a parent's attitude (a judgement, not blame of a child), a good attitude, a
    # lifestyle aim in a plan, a lifestyle named as an adult's, a child's motivation praised
    ("worry", "Kayden (13) says his teacher has a poor attitude towards him and shouts at him in class.", BLAME, "poor attitude", False),
    ("worry", "Rosa (15) has a positive attitude to school and says her stepdad hit her on Friday.", BLAME, "positive attitude", False),
    ("goal", "Jordan (16) will go to the boxing club every Tuesday with his youth worker, which he says keeps him motivated.", BLAME, "motivated", False),
    ("worry", "Ellis (8) is hungry most mornings because Mum spends the food money on cannabis.", BLAME, "Mum spends", False),
    ("worry", "Danny (15) is motivated to stay in college and goes to his football training.", BLAME, "motivated", False),

    # V2. A young person, not the adults, made the one who must answer for what happens: "needs to
    # take responsibility", "must be accountable", "has to own her behaviour", said of the child.
    ("worry", "Honey (14) was found shoplifting for older girls and needs to take responsibility.", BLAME, "take responsibility", True),
    ("worry", "Zac (13) has been sending threats on his phone and must take responsibility for his actions.", BLAME, "take responsibility for his actions", True),
    ("worry", "Mollie (15) sold her prescription tablets at school and has not accepted responsibility.", BLAME, "accepted responsibility", True),
    ("goal", "Archie (14) will take responsibility for his behaviour at school.", BLAME, "take responsibility for his behaviour", True),
    ("goal", "Paige (15) to take more responsibility for her own safety when out with friends.", BLAME, "take more responsibility for her own safety", True),
    ("worry", "Callum (16) keeps missing curfew and should be held accountable for his choices.", BLAME, "accountable for his choices", True),
    ("goal", "Niamh (14) will be accountable for where she goes after school.", BLAME, "accountable for where she goes", True),
    # near misses: the adult takes responsibility; a chore the child takes on; the child blamed by
    # someone the statement reports
    ("goal", "Dad will take responsibility for getting Honey (14) to school each morning.", BLAME, "take responsibility", False),
    ("goal", "Mum will take responsibility for the money and the bills from June.", BLAME, "take responsibility", False),
    ("goal", "Zac (13) will take responsibility for feeding the rabbit, which he says he enjoys.", BLAME, "take responsibility for feeding", False),
    ("worry", "Mum's partner has said that Archie (14) should take responsibility for the fights, which Archie says is unfair.", BLAME, "take responsibility", False),
    ("goal", "Gran will be accountable to the social worker for the contact arrangements.", BLAME, "accountable", False),

    # V3. Sexual abuse of a child called a relationship: "relationship", "boyfriend", "dating",
    # "seeing" where one is a child under 16 and the other an adult.
    ("worry", "Courtney (13) is in a relationship with a 24-year-old man she met at the park.", BLAME, "in a relationship with", True),
    ("worry", "Paris (14) has been having a sexual relationship with her 20-year-old neighbour.", BLAME, "sexual relationship", True),
    ("worry", "Maisie (15) says her boyfriend, who is 27, buys her vodka and collects her from school.", BLAME, "her boyfriend", True),
    ("worry", "Kai (14) is in an intimate relationship with a 30-year-old woman from the gym.", BLAME, "intimate relationship", True),
    ("worry", "Sienna (13) has a 19-year-old boyfriend who takes her to his flat.", BLAME, "boyfriend", True),
    ("worry", "Lacey (12) is dating an adult male she met on a gaming site.", BLAME, "dating", True),
    ("worry", "Ruby-Mae, aged 14, began a relationship with her 22-year-old tutor in March.", BLAME, "a relationship with", True),
    ("worry", "Bella (15) is pregnant after a relationship with an older man.", BLAME, "a relationship with an older man", True),
    ("worry", "Megan (13) is in a romantic relationship with a 21-year-old.", BLAME, "romantic relationship", True),
    ("worry", "Tiegan (14) has been seeing a man in his thirties who gives her cannabis.", BLAME, "seeing a man", True),
    # near misses: two children; adults; the relationship with a parent; the abuse named
    ("worry", "Courtney (13) has been going out with a boy in her class, who is 13.", BLAME, "going out with", False),
    ("worry", "Mum (34) is in a relationship with a 40-year-old man who has hit her.", BLAME, "relationship", False),
    ("worry", "Paris (14) has a close relationship with her 20-year-old sister, who looks after her.", BLAME, "relationship", False),
    ("worry", "A 24-year-old man has been sexually abusing Maisie (14) since she met him in May.", BLAME, "sexually abusing", False),
    ("goal", "Kai (14) will rebuild his relationship with his dad, who is 45, through weekly contact.", BLAME, "relationship", False),

    # V4. Abuse by one adult recast as something both do: "conflict between the parents",
    # "arguments between Mum and Dad", "the couple's rows", where the statement names one adult
    # hurting, threatening or following the other.
    ("worry", "Dad punched Mum in the face on Saturday; Ivy (6) is scared of the conflict between her parents.", BLAME, "conflict between her parents", True),
    ("worry", "Mr Price has followed Ms Ali to work and threatened to kill her. Jack (5) hears the arguments between the adults.", BLAME, "arguments between the adults", True),
    ("worry", "Her ex-partner strangled Ms Okoye in April, and Sami (3) has seen fighting between Mum and him since.", BLAME, "fighting between Mum and him", True),
    ("worry", "Mum says Dad has hit her twice this year. There are frequent rows between the couple, which the children hear.", BLAME, "rows between the couple", True),
    ("worry", "Mr Dunn pushed his wife down the stairs in front of Ola (9), and the conflict between the parents continues.", BLAME, "conflict between the parents", True),
    ("worry", "Dad has been tracking Mum's phone and turning up at her work. The children are caught in the disputes between the parents.", BLAME, "disputes between the parents", True),
    # near misses: no one named as hurting the other; a child's quarrels; the abuse named
    ("worry", "Mum and Dad shout at each other most nights and Ivy (6) hides under her bed.", BLAME, "shout at each other", False),
    ("worry", "There are arguments between Leo (9) and his brother about the games console.", BLAME, "arguments between", False),
    ("worry", "Dad punched Mum in the face on Saturday and Ivy (6) saw it from the stairs.", BLAME, "punched Mum", False),
    ("goal", "Mum and Dad will agree the contact times with the mediator so that there are no arguments at handover.", BLAME, "arguments", False),
    ("worry", "There is conflict between the school and the parents over Ali's transport.", BLAME, "conflict between", False),

    # V5. The harm an abuser does written as a deficit in the parent he hurts: "affecting her
    # ability to parent", "impacting on Mum's parenting capacity".
    ("worry", "Dad has threatened Mum with a knife and this is affecting her ability to parent.", BLAME, "affecting her ability to parent", True),
    ("worry", "Mr Lowe controls all the money and has hit Ms Green; her capacity to parent is reduced.", BLAME, "her capacity to parent", True),
    ("worry", "Mum has been assaulted by her partner three times and it has impacted on her parenting capacity.", BLAME, "her parenting capacity", True),
    ("worry", "Dad strangled Mum last month and her ability to care for the children has been compromised.", BLAME, "her ability to care for the children", True),
    ("worry", "Since her husband started hitting her, Ms Bello's ability to parent has been impaired.", BLAME, "ability to parent", True),
    # near misses: no abuse; a father's ability (the one who hurts); a child's ability
    ("worry", "Mum's drinking every evening is affecting her ability to get the children to school.", BLAME, "ability", False),
    ("worry", "Dad has hit Mum twice and says his drinking affects his ability to parent.", BLAME, "ability to parent", False),
    ("goal", "Mum will go to the Freedom Programme, which she says will help her ability to spot danger.", BLAME, "ability", False),
    ("worry", "Leo (9) is hit by Dad, and it is affecting his ability to concentrate at school.", BLAME, "ability to concentrate", False),
    ("worry", "Mum's depression is affecting her ability to parent, her GP says.", BLAME, "ability to parent", False),

    # V6. A parent an abuser hurts blamed for not leaving him: "she will not leave him", "won't
    # end the relationship", "refuses to leave".
    ("worry", "Dad has broken Mum's nose, but Mum will not leave him.", BLAME, "will not leave him", True),
    ("worry", "Mr Kerr hit his wife in front of the twins; she won't end the relationship.", BLAME, "won't end the relationship", True),
    ("worry", "Ms Brown was strangled by her partner and would not leave the flat they share.", BLAME, "would not leave the flat", True),
    ("worry", "Her boyfriend kicked Mum in the stomach and she has refused to leave him.", BLAME, "refused to leave him", True),
    ("worry", "Dad threw a mug at Mum's head; she does not want to separate from him.", BLAME, "want to separate", True),
    ("worry", "A man called Rob takes the money Mum makes selling sex; Mum has made it clear she will not leave him.", BLAME, "will not leave him", True),
    ("worry", "Dad has hit Mum twice this month. She has told us she loves him, but she won't leave him.", BLAME, "won't leave him", True),
    ("worry", "Dad has hit Mum twice this month, and Mum says she will not leave him.", BLAME, "will not leave him", False),
    # near misses: the abuser will not leave; leaving the children; a goal to keep him away
    ("worry", "Dad has broken Mum's nose and will not leave the house when she asks.", BLAME, "will not leave", False),
    ("goal", "Mum will not leave the children alone with Dad, who hit her.", BLAME, "will not leave the children", False),
    ("worry", "Mum will not leave the children with anyone, her GP says.", BLAME, "will not leave", False),
    ("goal", "Dad will leave the house when he feels angry and go to his brother's.", BLAME, "leave the house", False),
    ("worry", "Mum has left him, but Dad has hit her twice since at handover.", BLAME, "left him", False),

    # V2 with "make better choices" in a plan's "X to …" form
    ("goal", "Bonnie (14) to make better decisions about who she sees at weekends.", BLAME, "make better decisions", True),
    ("goal", "Tyrell (13) to make safer choices when he is out with the older boys.", BLAME, "make safer choices", True),
    ("goal", "Mum to make better decisions about who looks after Ava (3) when she works.", BLAME, "make better decisions", False),

    # V7. A relative blamed for an adult's harm: "enabling his behaviour", "colluding with him",
    # "facilitating her son's drug use".
    ("goal", "Gran to stop lending Kyle money, as this is enabling his behaviour.", BLAME, "enabling his behaviour", True),
    ("worry", "Mum buys cider for Dad every day, which enables his drinking.", BLAME, "enables his drinking", True),
    ("worry", "Nan has been facilitating her son's drug use by letting him stay over.", BLAME, "facilitating her son's drug use", True),
    ("worry", "Grandad is colluding with him and lets him see the children on Sundays.", BLAME, "colluding with him", True),
    ("worry", "By paying off his debts, Auntie Pat enables his gambling.", BLAME, "enables his gambling", True),
    ("worry", "Mum is enabling Dad's cocaine use by giving him her wages.", BLAME, "enabling Dad's cocaine use", True),
    ("worry", "Her mother has been fuelling his anger by answering back.", BLAME, "fuelling his anger", True),
    ("worry", "Nan enabled her son's drinking for years by buying his beer.", BLAME, "enabled her son's drinking", True),
    ("worry", "Mum colludes with Dad and tells the school that Jo (8) is ill.", BLAME, "colludes with Dad", True),
    ("goal", "Dad's sister to stop enabling his violence by hiding him from the police.", BLAME, "enabling his violence", True),
    # near misses: enabling a child or a good thing; an adult's own account; negated; a thing's cause
    ("goal", "Nan will take Leo (7) to football, which enables him to see his friends.", BLAME, "enables him", False),
    ("worry", "The new ramp enables Kai (6) to get into the house in his wheelchair.", BLAME, "enables", False),
    ("worry", "The school is facilitating Leo's (7) move to the new class after the half term.", BLAME, "facilitating", False),
    ("worry", "The worker facilitated contact between Dad and the children at the centre.", BLAME, "facilitated contact", False),
    ("goal", "Mum will not enable his drinking any more and will stop buying cider.", BLAME, "enable his drinking", False),

    # V8. An adult who sells sex, her acts written as her choice: "has chosen to bring men back".
    ("worry", "Ms Hale sells sex from the flat and has chosen to bring clients home while Ava (6) is there.", BLAME, "has chosen to bring clients home", True),
    ("worry", "Mum works in a brothel and has decided to take Ava (6) with her at night.", BLAME, "has decided to take Ava", True),
    ("worry", "Men pay Mum for sex and she chooses to see them at home.", BLAME, "chooses to see them", True),
    ("worry", "Ms Jay, who is a sex worker, opted to let a punter stay overnight.", BLAME, "opted to let", True),
    ("worry", "Her pimp takes her money, and she has chosen to keep working from the flat.", BLAME, "has chosen to keep working", True),
    ("worry", "Mum sells sex to pay for heroin and has chosen to see men while Kai (4) sleeps.", BLAME, "has chosen to see men", True),
    ("worry", "Ms Cole sells sex online and has decided to meet men at the family home.", BLAME, "has decided to meet men", True),
    ("worry", "Ms Dunn sells sex and chose to leave Zac (3) with a punter.", BLAME, "chose to leave Zac", False),
    ("worry", "Since she started selling sex, Mum has chosen to stay out overnight.", BLAME, "has chosen to stay out", True),
    ("worry", "Mum is paid for sex by men she meets online and decided to bring one home on Friday.", BLAME, "decided to bring one home", True),
    ("worry", "Mum works as an escort and chose to take Rio (2) to a hotel with a client.", BLAME, "chose to take Rio", True),
    # near misses: her own account; steps to safety; a man's choice; no sex sold
    ("worry", "Mum sells sex and says she has chosen to stop since Ava was born.", BLAME, "chosen to stop", False),
    ("worry", "Mum sells sex, and she has chosen to tell the police about the man who takes her money.", BLAME, "chosen to tell", False),
    ("worry", "The men who pay Mum for sex have chosen to come when the children are home.", BLAME, "chosen to come", False),
    ("worry", "Dad chose to pay for sex while the children were at home alone.", BLAME, "chose to pay", False),
    ("worry", "Mum has chosen to bring her new partner to the flat while Ava (6) is there.", BLAME, "chosen to bring", False),

    # J1. A verdict on how a family or parent is with other people: "insular", "secretive",
    # "guarded", "hostile to professionals", "closed off", said of adults.
    ("worry", "The parents are very insular and keep Noah (7) away from school trips.", JUDGEMENT, "very insular", True),
    ("worry", "Mr and Mrs Dale are secretive and would not let the nurse into the back room.", JUDGEMENT, "secretive", True),
    ("worry", "Mum has been guarded with the health visitor and Esme (1) has missed her jabs.", JUDGEMENT, "guarded", True),
    ("worry", "Dad is hostile to the school and has kept Zain (6) off for three weeks.", JUDGEMENT, "hostile to the school", True),
    ("worry", "The family are closed off from services and Ava (4) has no nursery place.", JUDGEMENT, "closed off", True),
    ("worry", "The household is insular and the children are not allowed out to play.", JUDGEMENT, "insular", True),
    ("worry", "Grandad is antagonistic towards workers and shouted at the nurse on 3 May.", JUDGEMENT, "antagonistic", True),
    ("worry", "Ms Lee has been evasive with professionals about who lives at the flat.", JUDGEMENT, "evasive", True),
    ("worry", "Dad remains suspicious of professionals and will not let the nurse weigh Rio (1).", JUDGEMENT, "suspicious of professionals", True),
    ("worry", "Mum and her partner are uncooperative and Ella (3) has not been seen since March.", JUDGEMENT, "uncooperative", True),
    # near misses: what the parent did, said plainly; a child's shyness; a place
    ("worry", "Dad shouted at the nurse to leave and slammed the door on 3 May.", JUDGEMENT, "shouted", False),
    ("worry", "Noah (7) is shy with new adults and hides behind Mum.", JUDGEMENT, "shy", False),
    ("worry", "The family live on an isolated farm with no bus to school.", JUDGEMENT, "isolated", False),
    ("goal", "Mum will let the health visitor see Esme (1) every two weeks in the front room.", JUDGEMENT, "health visitor", False),
    ("worry", "Zain (6) says Dad told him not to talk to teachers about home.", JUDGEMENT, "told him", False),

    # J2. An adult's inner faculty said to be faulty: "her judgement is impaired", "his insight is
    # limited", "Mum's reasoning is poor".
    ("worry", "Mum has been drinking since noon and her judgement is impaired.", JUDGEMENT, "her judgement is impaired", True),
    ("worry", "Dad's insight is limited and he left Mo (2) in the bath.", JUDGEMENT, "Dad's insight is limited", True),
    ("worry", "His decision-making is poor when he has used cocaine, and Tia (4) has been left alone.", JUDGEMENT, "His decision-making is poor", True),
    ("worry", "Ms Shah's reasoning has been clouded since she stopped her medication.", JUDGEMENT, "reasoning has been clouded", True),
    ("worry", "Grandma's judgement was compromised by the pills and she fell asleep with Leo (1) on the sofa.", JUDGEMENT, "judgement was compromised", True),
    ("worry", "The father's insight remains poor; he drove the children home after six pints.", JUDGEMENT, "insight remains poor", True),
    # near misses: a child's judgement; a judgement made by a court; what the adult did
    ("worry", "Mo (15) says his judgement is poor when he is with the older boys.", JUDGEMENT, "judgement is poor", False),
    ("worry", "The court's judgement was made on 2 March and Dad was given a non-molestation order.", JUDGEMENT, "judgement", False),
    ("worry", "Mum drank a bottle of wine and fell asleep while Mo (1) was in the bath.", JUDGEMENT, "fell asleep", False),
    ("goal", "Dad's psychiatrist will tell Nan if his medication changes.", JUDGEMENT, "medication changes", False),
    ("worry", "Her eyesight is impaired, so Mum cannot read the medicine labels for Leo (2).", JUDGEMENT, "eyesight is impaired", False),

    # J3. An adult's account judged as making light of the worry: "minimises the risk", "plays down
    # the injuries", "downplays the concerns" (in a worry, of what the adult says now).
    # (With "risk", "danger" or "harm" as the object, "minimises the danger Mr Burns poses" is read as a
    # risk said to lessen by care_words.risk_reduced_spans (SOS302), which hides the judgement: left.)
    ("worry", "Mother minimises what Mr Burns did to the children.", JUDGEMENT, "minimises what", True),
    ("worry", "Dad downplays leaving the twins alone overnight.", JUDGEMENT, "downplays", True),
    ("worry", "Mum has minimised the seriousness of the burns on Leo's hand.", JUDGEMENT, "minimised the seriousness", True),
    ("worry", "Nan continues to minimise the injuries her son caused to the children.", JUDGEMENT, "minimise the injuries", True),
    ("worry", "Mr Jones minimised the concerns raised by the school about Kian's bruises.", JUDGEMENT, "minimised the concerns", True),
    # near misses: a goal to lower a risk; a professional lowering a risk; a plan
    ("goal", "Dad will minimise the risk of falls by fitting a gate at the top of the stairs.", JUDGEMENT, "minimise the risk", False),
    ("goal", "Mum will keep medicines in the locked box to minimise the risk to Ava (2).", JUDGEMENT, "minimise the risk", False),
    # (A professional's "to minimise the risk" in a worry is still a lexicon judgement: left.)
    ("goal", "Safety goal: risks to Ivy will be minimised by Dad staying at his brother's.", JUDGEMENT, "minimised", False),
    ("worry", "The school minimised contact with Dad after the threats he made to staff.", JUDGEMENT, "minimised contact", False),

    # J4. An adult's "no" to an offer reported bare, with nothing of what they said or why: "was
    # offered support and declined". (What was turned down, or why, named: left alone.)
    ("worry", "Dad was offered a parenting course in May and declined.", JUDGEMENT, "declined", True),
    ("worry", "Mum has been offered a place on the Freedom Programme twice and has declined.", JUDGEMENT, "declined", True),
    ("worry", "The family were offered a Family Group Conference but declined.", JUDGEMENT, "declined", True),
    ("worry", "Mr Ahmed has been offered drug testing three times and has declined each time.", JUDGEMENT, "declined", True),
    ("worry", "Help with the rent arrears was offered to Mum, and she declined.", JUDGEMENT, "declined", True),
    ("worry", "Dad was asked to move out while the assessment took place and declined.", JUDGEMENT, "declined", True),
    ("worry", "Mum was offered counselling after the stillbirth and declined.", JUDGEMENT, "declined", True),
    ("worry", "The parents were invited to the core group meeting and declined.", JUDGEMENT, "declined", True),
    ("worry", "Ms Frost was advised to register Zak (3) with a dentist but declined.", JUDGEMENT, "declined", True),
    ("worry", "Grandad was offered a carer's assessment and declined again in June.", JUDGEMENT, "declined", True),
    # near misses: what was turned down named; things that decline; a child; a reason given
    ("worry", "Mum declined the visit on Friday because she was at work until six.", JUDGEMENT, "declined", False),
    ("worry", "Home conditions have declined since the summer and there is no food in the fridge.", JUDGEMENT, "declined", False),
    ("worry", "Kai (15) was offered a place at college and declined.", JUDGEMENT, "declined", False),
    ("worry", "Mum declined to let Dad take the children after he had been drinking.", JUDGEMENT, "declined", False),
    ("worry", "Dad's health has declined since his stroke in March.", JUDGEMENT, "declined", False),
    ("worry", "The worker offered to drive Mum to the clinic and she declined, saying her sister would take her.", JUDGEMENT, "declined", False),

    # L1. Conduct named by its category: "[kind] behaviour(s)", "offences of [kind]", "[kind]
    # offences" in place of what the adult did.
    ("worry", "Mr Hill has shown stalking behaviour towards his ex-partner since March.", LABEL, "stalking behaviour", True),
    ("worry", "Dad has convictions for offences of violence.", LABEL, "offences of violence", True),
    ("worry", "Her partner, who stays at weekends, has a record of sexual offences.", LABEL, "sexual offences", True),
    ("worry", "Mum's new boyfriend has shown harassing behaviours towards Kelly (15).", LABEL, "harassing behaviours", True),
    ("worry", "Uncle Jay, who babysits Ty (3), has a conviction for violent offences from 2019.", LABEL, "violent offences", True),
    ("worry", "Mr Khan displays threatening behaviour at handover in front of Zara (6).", LABEL, "threatening behaviour", True),
    ("worry", "The lodger was released after serving time for offences of a sexual nature.", LABEL, "offences of a sexual nature", True),
    ("worry", "Dad has a history of intimidating behaviour towards women.", LABEL, "intimidating behaviour", True),
    ("worry", "Mum's partner is on licence for drug offences.", LABEL, "drug offences", True),
    ("worry", "Mr Ward has engaged in predatory behaviour online towards teenage girls.", LABEL, "predatory behaviour", True),
    # near misses: what was done, said plainly; an offence named by what it was; a child's play
    ("worry", "Mr Hill has followed his ex-partner home from work four times since March.", LABEL, "followed", False),
    ("worry", "Dad was convicted in 2019 of breaking a man's jaw outside a pub.", LABEL, "convicted", False),
    ("goal", "Dad will tell the social worker about any new police contact within a day.", LABEL, "police contact", False),
    ("worry", "Ty (3) has been copying the swearing he hears at home.", LABEL, "copying", False),
    ("worry", "The offence happened in 2019, when Dad broke a man's jaw outside a pub.", LABEL, "offence", False),

    # L2. A person named by the sex they sell, as a label: "a prostitute", "works as a prostitute".
    ("worry", "Ms Tate works as a prostitute from the flat where Cody (5) sleeps.", LABEL, "works as a prostitute", True),
    ("worry", "Mum is a prostitute and men come to the house at night.", LABEL, "prostitute", True),
    ("worry", "Dad pays prostitutes at the flat when Mia (8) is staying.", LABEL, "prostitutes", True),
    ("worry", "The landlord uses the downstairs flat for prostitution while the children are upstairs.", LABEL, "prostitution", True),
    ("worry", "Nan says Mum has been working as a prostitute to pay for heroin.", LABEL, "working as a prostitute", True),
    # near misses: the same life said without the label
    ("worry", "Ms Tate sells sex from the flat where Cody (5) sleeps, and men come at night.", LABEL, "sells sex", False),
    ("worry", "Mum is a sex worker and men visit the flat at night while Cody (5) is in bed.", LABEL, "sex worker", False),
    ("goal", "Mum will see men for work only at the other flat, never where Cody sleeps.", LABEL, "for work", False),
    ("worry", "A man called Dex takes Mum's money and has hit her.", LABEL, "takes", False),
    ("worry", "Cody (5) has been left with a neighbour overnight while Mum works.", LABEL, "works", False),

    # G1. A child's coping or being unaffected stated as a fact, with nothing seen: "copes well",
    # "is coping fine", "manages well", "is unaffected", in a worry.
    ("worry", "Dad drinks most nights and Jess (12) looks after her brothers; she copes well.", GUESS, "copes well", True),
    ("worry", "Mum has been in hospital since May; Archie (10) is coping fine with the younger ones.", GUESS, "coping fine", True),
    ("worry", "Dad hits Mum at weekends. Poppy (9) manages well and is doing her homework.", GUESS, "manages well", True),
    ("worry", "Kian (11) does the shopping and cooking for Mum, who is bedbound, and is coping well.", GUESS, "coping well", True),
    ("worry", "Dad threatens Mum with a knife when he drinks. Ellie (8) is unaffected.", GUESS, "unaffected", True),
    ("worry", "Mum leaves Harvey (12) in charge overnight. Harvey has coped well so far.", GUESS, "coped well", True),
    # near misses: the child says so; a goal; an adult; coping with a thing plainly
    ("worry", "Jess (12) says she copes well with her brothers but is tired at school.", GUESS, "copes well", False),
    ("goal", "Archie (10) will cope well at school because Nan will walk him in each morning.", GUESS, "cope well", False),
    ("worry", "Dad hits Mum at weekends; Poppy (9) cries at night and wets the bed.", GUESS, "cries", False),
    ("worry", "Kian (11) does not cope well when Mum is drunk and has hit his sister.", GUESS, "cope well", False),
    ("worry", "Harvey (12) has not been coping with the cooking since Mum went into hospital.", GUESS, "coping", False),
]


@pytest.mark.parametrize("kind,text,code,words,fires", CASES)
def test_word_class(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_enough_wordings_per_class():
    assert sum(1 for c in CASES if c[4]) >= 80
    assert sum(1 for c in CASES if not c[4]) >= 50
