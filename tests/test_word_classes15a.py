"""Round 15 (helper words15a): victim blaming, verdicts on a parent's inner qualities, condition
labels and guesses at causes, each named as a class and written in our own wordings before the
code was changed (other names, verbs, tense, voice, subjects and word order than the set 14 rows).
Each class has wordings that must be flagged and near misses that must not.

Each case: (kind, text, code, words, fires), as in test_word_classes10.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

GUESS = ("SOS304", "SOS305")
LABEL = ("SOS301", "SOS305")
JUDGEMENT = ("SOS305", "SOS301", "SOS304")
BLAME = "SOS306"
# Left for specificity.py (not this helper's file): a label the lexicon reports (SOS301) is dropped
# when the same sentence has any adult deed, even one in a "when" clause ("when he had been
# drinking"), and the token stays covered for the SOS305 readings.
SHE_LEFT = "\"she\" after \"Nan said\" is read as Nan (analysis.pronoun_is_child)"
J4_LEFT = "lexicon label dropped beside a deed in a when-clause (specificity._behaviour_explains)"

CASES = [
    # B1. A harmed child's wish or appetite given as the cause of what was done to her: a verb of
    # wanting or seeking, said of the child, whose object is attention, affection, gifts or the
    # people who exploit her.
    ("worry", "Jade (14) was groomed by older men because she craves their attention.", BLAME, "craves their attention", True),
    ("worry", "Tia (13) sent images to a man online; she seeks attention from older boys.", BLAME, "seeks attention from older boys", True),
    ("worry", "Kai (15) is drawn into the gang because he wants money and status.", BLAME, "wants money and status", True),
    ("worry", "Ruby (14) was sexually exploited by men who gave her vodka, and she enjoys the attention.", BLAME, "enjoys the attention", True),
    ("worry", "Amy (12) sent nude pictures to a stranger online as she is desperate for affection.", BLAME, "desperate for affection", True),
    ("worry", "Leah (15) goes missing with older males and likes the gifts they buy her.", BLAME, "likes the gifts", True),
    ("worry", "Mia (13) was groomed online and was looking for approval from the older boys.", BLAME, "looking for approval", True),
    ("worry", "Holly (14) has been exploited by men at the flat; she craved affection from them.", BLAME, "craved affection", True),
    ("worry", "Jess (15) is going missing with adult men and is hungry for attention.", BLAME, "hungry for attention", True),
    ("worry", "Zara (13) met a man from Snapchat because she wanted attention from older males.", BLAME, "wanted attention from older males", True),
    ("worry", "Sky (14) has been groomed by older boys and seeks their approval.", BLAME, "seeks their approval", True),
    # near misses: a child's wish for a parent or an ordinary thing; an adult's craving; the
    # exploiters' wishes; no exploitation
    ("worry", "Ava (4) wants attention from Mum and cries when Mum drinks in the evening.", BLAME, "wants attention from Mum", False),
    ("worry", "Dad craves a drink by midday and Leo (3) has been left alone in the flat.", BLAME, "craves a drink", False),
    ("worry", "The men wanted Tia (13) to send images and gave her money and vodka.", BLAME, "wanted Tia", False),
    ("worry", "Jade (14) was groomed online by a man and wants her phone back from the police.", BLAME, "wants her phone back", False),
    ("worry", "Kai (15) wants to go back to school and says the gang threatened him.", BLAME, "wants to go back to school", False),
    ("goal", "Ruby will get the attention she needs from Mum and Nan every evening after the men were arrested.", BLAME, "get the attention she needs", False),

    # B2. A harmed child's trusting or unwary nature given as the cause: "too trusting", "naive",
    # "gullible", "easily led" said of the child where exploitation is written about.
    ("worry", "Lily (13) sent pictures to a man online and is far too trusting.", BLAME, "too trusting", True),
    ("worry", "Ellie (12) is naive and was groomed on Instagram by an adult male.", BLAME, "naive", True),
    ("worry", "Sam (14) is easily led and has been carrying drugs for the gang.", BLAME, "easily led", True),
    ("worry", "Jade (15) has been groomed by older men because she is so gullible.", BLAME, "gullible", True),
    ("worry", "Amir (14) was exploited by the gang; he was too trusting of older boys.", BLAME, "too trusting", True),
    ("worry", "Ruby (13) is overly trusting online and sent nude images to a stranger.", BLAME, "overly trusting", True),
    ("worry", "Tia (14) is a very trusting girl who was groomed by a man she met online.", BLAME, "very trusting", True),
    ("worry", "Maya (12), an impressionable girl, has been sending images to men on Snapchat.", BLAME, "impressionable", True),
    ("worry", "Leo (15) is too eager to please the older boys who make him sell drugs.", BLAME, "too eager to please", True),
    ("worry", "Kayla (14) goes missing with older men and is too friendly with strangers.", BLAME, "too friendly with strangers", True),
    # near misses: a child too young or too scared; an adult's trust; no exploitation
    ("worry", "Lily (13) was groomed by a man online and was too scared to tell Mum.", BLAME, "too scared", False),
    ("worry", "Ellie (2) is too young to climb the stairs alone, but Dad leaves the gate open.", BLAME, "too young", False),
    ("worry", "Mum is too trusting of her new partner, who has convictions for harming children.", BLAME, "too trusting", False),
    ("worry", "Sam (14) was exploited by the gang and is too frightened to go to school.", BLAME, "too frightened", False),
    ("worry", "Jade (15) was groomed online and is now too anxious to leave the house.", BLAME, "too anxious", False),

    # B3. A harmed child's willingness or consent given as if it lessened what was done: "was
    # willing to meet him", "agreed to go", "went willingly", "was happy to send".
    ("worry", "Tia (13) was groomed on Snapchat and was willing to send more pictures.", BLAME, "willing to send", True),
    ("worry", "Amy (14) agreed to meet the man she talked to online.", BLAME, "agreed to meet", True),
    ("worry", "Kai (15) was happy to carry drugs for the older boys.", BLAME, "happy to carry", True),
    ("worry", "Ellie (12) was keen to meet the adult male from the game.", BLAME, "keen to meet", True),
    ("worry", "Jade (14) went to the flat willingly and the men gave her alcohol.", BLAME, "willingly", True),
    ("worry", "Zak (13) has been exploited by a gang and is willing to run drugs for them.", BLAME, "willing to run", True),
    ("worry", "Ruby (15) was groomed online and consented to meeting him in the park.", BLAME, "consented to meeting", True),
    ("worry", "Mia (14) was eager to meet the older man she had been messaging on Instagram.", BLAME, "eager to meet", True),
    ("worry", "Holly (13) chose to get into the car with the men.", BLAME, "chose to get into the car", True),
    ("worry", "Sky (14) was exploited by older males and was prepared to meet them at night.", BLAME, "prepared to meet", True),
    # near misses: willing to tell or talk; an adult's willingness; a child's wish to see family
    ("worry", "Tia (13) was groomed online and was willing to talk to the police about the man.", BLAME, "willing to talk", False),
    ("worry", "Amy (14) was groomed by a man online and agreed to show Mum the messages.", BLAME, "agreed to show", False),
    ("worry", "Mum was willing to meet the man who groomed Ella (13) and let him into the house.", BLAME, "willing to meet", False),
    ("worry", "Kai (15) was exploited by a gang and was keen to go back to his football club.", BLAME, "keen to go back", False),
    ("worry", "Jade (14) was groomed online and agreed to meet the social worker at school.", BLAME, "agreed to meet", False),

    # B4. A harmed child made the one to vet her own contacts: thinking, choosing or being careful
    # about who she talks to, what she sends or where she goes.
    ("goal", "Lily will think carefully about who she talks to online.", BLAME, "think carefully about who she talks to", True),
    ("goal", "Tia will be more careful about what she posts on Snapchat after the man sent her messages.", BLAME, "be more careful about what she posts", True),
    ("goal", "Jade will choose carefully who she meets after the men groomed her.", BLAME, "choose carefully who she meets", True),
    ("goal", "Kai will think about who he hangs around with since the gang exploited him.", BLAME, "think about who he hangs around with", True),
    ("goal", "Ruby will be aware of who she is chatting to online.", BLAME, "be aware of who she is chatting to", True),
    ("goal", "Amy needs to think more carefully about what she sends to people online.", BLAME, "think more carefully about what she sends", True),
    ("worry", "Ellie (13) was groomed online and does not think about who she gives her number to.", BLAME, "think about who she gives her number to", True),
    ("goal", "Mia will consider who she adds as a friend on Instagram after the man groomed her.", BLAME, "consider who she adds", True),
    ("goal", "Sky will be careful about where she goes with older males.", BLAME, "be careful about where she goes", True),
    ("goal", "Holly must think twice about who she meets online.", BLAME, "think twice about who she meets", True),
    # near misses: the adults vet the contacts; the child tells; ordinary thinking
    ("goal", "Mum will think carefully about who looks after Lily when she works late.", BLAME, "think carefully about who looks after", False),
    ("goal", "Dad will check who Tia talks to online each evening after the man groomed her.", BLAME, "check who Tia talks to", False),
    ("goal", "Jade will tell Mum who she talks to online, and Mum will block the men.", BLAME, "tell Mum who she talks to", False),
    ("goal", "Kai will think about what he wants to say to the judge, with his social worker.", BLAME, "think about what he wants to say", False),
    ("goal", "Mum and Dad will be careful about who they let into the flat after Ruby was groomed.", BLAME, "be careful about who they let", False),

    # B5. A young child's own play or conduct given as the cause of her injury by an animal or an
    # adult: "teasing the dog", "pulled the dog's tail", "was winding Dad up".
    ("worry", "Dad said Ivy (3) had been teasing the dog before it bit her face.", BLAME, "teasing the dog", True),
    ("worry", "Mum told the nurse Leo (2) was tormenting the cat when it scratched his eye.", BLAME, "tormenting the cat", True),
    ("worry", "Noah (4) was bitten on the arm after he annoyed the dog while it was eating.", BLAME, "annoyed the dog", True),
    ("worry", "Grandad explained that Ella (5) kept pestering the dog and it snapped at her.", BLAME, "pestering the dog", True),
    ("worry", "The dog bit Mia (3) because she teased it, according to Mum.", BLAME, "teased it", True),
    ("worry", "Dad said Jack (6) had been bothering the dog, which then bit his hand.", BLAME, "bothering the dog", True),
    ("worry", "Ava (2) was bitten after she was tormenting the puppy, Mum said.", BLAME, "tormenting the puppy", True),
    ("worry", "Mum's partner said Harry (4) teases the dog all the time and that is why it bit him.", BLAME, "teases the dog", True),
    pytest.param("worry", "Sophie (3) was scratched on the face by the cat; Nan said she had been annoying it.", BLAME, "annoying it", True, marks=pytest.mark.xfail(reason=SHE_LEFT, strict=True)),
    ("worry", "Dad said Oscar (5) was aggravating the dog before it bit his leg.", BLAME, "aggravating the dog", True),
    # near misses: the dog's or an adult's conduct; play described plainly
    ("worry", "The dog bit Ivy (3) on the cheek while Dad was asleep upstairs.", BLAME, "bit Ivy", False),
    ("worry", "Dad's partner teases Leo (6) about his weight and calls him names.", BLAME, "teases Leo", False),
    ("worry", "Noah (4) was stroking the dog when it bit his hand, and no adult was in the room.", BLAME, "stroking the dog", False),
    ("worry", "Mum's boyfriend was teasing the dog and it bit Ella (5) on the leg.", BLAME, "teasing the dog", False),
    ("worry", "Ava (2) was playing with the dog in the garden when it knocked her over.", BLAME, "playing with the dog", False),

    # J1. A verdict on an adult's inner capacity, made a noun: "poor emotional regulation", "the
    # mother's emotional resilience", "limited emotional capacity", "low resilience".
    ("worry", "Dad has poor emotional regulation and shouts at Leo (4).", JUDGEMENT, "poor emotional regulation", True),
    ("worry", "There are worries about Mum's emotional resilience since the baby was born.", JUDGEMENT, "emotional resilience", True),
    ("worry", "The foster carer has limited emotional capacity to care for Ava (3) and her brother.", JUDGEMENT, "limited emotional capacity", True),
    ("worry", "Dad lacks emotional warmth towards Kai (6).", JUDGEMENT, "emotional warmth", True),
    ("worry", "Mum shows low resilience and Ella (2) is often left in her cot.", JUDGEMENT, "low resilience", True),
    ("worry", "Father's poor impulse control puts Noah (5) at risk.", JUDGEMENT, "poor impulse control", True),
    ("worry", "Nan's emotional maturity is limited and she leaves Ruby (7) with strangers.", JUDGEMENT, "emotional maturity", True),
    ("worry", "Mr Ali displays poor emotional regulation when he has been drinking.", JUDGEMENT, "poor emotional regulation", True),
    ("worry", "Mum's psychological resilience is low and Jay (4) has missed nursery.", JUDGEMENT, "psychological resilience", True),
    ("worry", "Dad has limited emotional availability for Mia (2).", JUDGEMENT, "limited emotional availability", True),
    ("worry", "Concerns remain about the father's emotional stability.", JUDGEMENT, "emotional stability", True),
    # near misses: the child's wellbeing; support named; a feeling said plainly; a service name
    ("worry", "Dad shouts at Leo (4) and Leo's emotional wellbeing is suffering: he wets the bed.", JUDGEMENT, "emotional wellbeing", False),
    ("goal", "Mum will get emotional support from her sister every Sunday.", JUDGEMENT, "emotional support", False),
    ("worry", "Mum told me she felt low and tired after the baby was born.", JUDGEMENT, "low", False),
    ("goal", "Dad will go to the anger management course on Mondays and tell Nan what he learned.", "SOS305", "anger management course", False),
    ("worry", "Ella's emotional development is behind for her age, the nursery says.", JUDGEMENT, "emotional development", False),

    # J2. "emotionally/psychologically + adjective" said of an adult: a verdict on what the parent
    # is like inside, with no deed.
    ("worry", "Dad is emotionally unavailable to Kai (7).", JUDGEMENT, "emotionally unavailable", True),
    ("worry", "Mum has been emotionally distant since the baby arrived.", JUDGEMENT, "emotionally distant", True),
    ("worry", "The foster carer is emotionally immature and shouts at Ava (9).", JUDGEMENT, "emotionally immature", True),
    ("worry", "Dad seems emotionally detached from Leo (3).", JUDGEMENT, "emotionally detached", True),
    ("worry", "Mum is an emotionally unstable woman who leaves Ruby (6) alone.", JUDGEMENT, "emotionally unstable", True),
    ("worry", "Mr Jones is emotionally cold towards his son Sam (8).", JUDGEMENT, "emotionally cold", True),
    ("worry", "Nan appeared emotionally fragile and could not settle baby Noor.", JUDGEMENT, "emotionally fragile", True),
    ("worry", "Both parents are emotionally absent and Mia (10) looks after herself.", JUDGEMENT, "emotionally absent", True),
    ("worry", "Dad has become emotionally withdrawn and stays in his room.", JUDGEMENT, "emotionally withdrawn", True),
    ("worry", "Mum is psychologically unstable and Kai (5) is scared of her.", JUDGEMENT, "psychologically unstable", True),
    # near misses: the child harmed emotionally; a plain feeling; the child's state
    ("worry", "Leo (9) has been emotionally hurt by Dad's shouting and cries at night.", JUDGEMENT, "emotionally hurt", False),
    ("worry", "Mum was emotional when she talked about the night Dad hit her.", JUDGEMENT, "emotional", False),
    ("worry", "Ava (6) is emotionally exhausted, her teacher says, and falls asleep in class.", JUDGEMENT, "emotionally exhausted", False),
    ("goal", "Dad will be emotionally and practically there for Kai, taking him to football on Saturdays.", JUDGEMENT, "emotionally", False),
    ("worry", "Mia (10) has been emotionally abused by Dad, who calls her stupid.", "SOS305", "emotionally abused", False),

    # J3. A parent summed up by a background, culture or upbringing with a verdict on it: "from a
    # very traditional background", "has strict cultural views", "a chaotic upbringing".
    ("worry", "Dad is from a very traditional background and will not let Amira (12) see friends.", JUDGEMENT, "very traditional background", True),
    ("worry", "Mum comes from a strict religious family and Yusuf (9) is kept off school trips.", JUDGEMENT, "strict religious family", True),
    ("worry", "The parents hold very conservative views and Priya (14) is not allowed out.", JUDGEMENT, "very conservative views", True),
    ("worry", "Father has a patriarchal outlook and controls the family's money.", JUDGEMENT, "patriarchal outlook", True),
    pytest.param("worry", "Mum had a chaotic upbringing herself and Liam (3) is often left with neighbours.", JUDGEMENT, "chaotic upbringing", True, marks=pytest.mark.xfail(reason=J4_LEFT, strict=True)),
    ("worry", "Grandad holds old-fashioned values about how girls behave.", JUDGEMENT, "old-fashioned values", True),
    ("worry", "Mr Shah is from a traditional culture where girls marry young.", JUDGEMENT, "traditional culture", True),
    ("worry", "Dad has traditional attitudes and Zainab (15) is not allowed a phone.", JUDGEMENT, "traditional attitudes", True),
    ("worry", "Mum was brought up in a dysfunctional family and now drinks every night.", JUDGEMENT, "dysfunctional family", True),
    ("worry", "Both carers come from traditional backgrounds, and Ayesha (13) has been kept at home.", JUDGEMENT, "traditional backgrounds", True),
    # near misses: where a parent grew up; a plain fact of faith or language; a child's family
    ("worry", "Mum grew up in Lagos and moved to Leeds in 2015 with Blessing (6).", JUDGEMENT, "grew up in Lagos", False),
    ("worry", "Dad prays at the mosque each Friday and takes Yusuf (9) with him.", JUDGEMENT, "prays at the mosque", False),
    ("worry", "Mum has a background in nursing and works nights at the hospital.", JUDGEMENT, "background in nursing", False),
    ("goal", "Dad will speak Polish at home and take Kasia to the Polish Saturday school.", JUDGEMENT, "Polish Saturday school", False),
    ("worry", "Mum comes from a large family and her sisters help with Ava (2).", JUDGEMENT, "large family", False),

    # J4. A temperament verdict hedged with "can be": "can be volatile", "can be unpredictable".
    ("worry", "Dad can be volatile when he is asked about money.", JUDGEMENT, "volatile", True),
    ("worry", "Mum can be unpredictable after a night out and Leo (5) hides.", JUDGEMENT, "unpredictable", True),
    ("worry", "Mr Khan can be explosive if the children are noisy.", JUDGEMENT, "explosive", True),
    ("worry", "The stepfather can be very hostile towards Ava (8).", JUDGEMENT, "hostile", True),
    ("worry", "Nan can be quite erratic with the medication.", JUDGEMENT, "erratic", True),
    pytest.param("worry", "Dad could be volatile when he had been drinking.", JUDGEMENT, "volatile", True, marks=pytest.mark.xfail(reason=J4_LEFT, strict=True)),
    pytest.param("worry", "Mum can be aggressive to the neighbours when they complain.", JUDGEMENT, "aggressive", True, marks=pytest.mark.xfail(reason=J4_LEFT, strict=True)),
    pytest.param("worry", "Her partner can be controlling about where Mum goes.", JUDGEMENT, "controlling", True, marks=pytest.mark.xfail(reason=J4_LEFT, strict=True)),
    ("worry", "Dad can be dismissive when the school rings about Jay (7).", JUDGEMENT, "dismissive", True),
    ("worry", "Mum's boyfriend can be intimidating when he is drunk.", JUDGEMENT, "intimidating", True),
    # near misses: what a child can be; a goal's "will be"; a feeling
    ("worry", "Leo (5) can be scared at night when Dad shouts downstairs.", JUDGEMENT, "scared", False),
    ("goal", "Dad will be calm and gentle when he talks to Ava about money.", JUDGEMENT, "calm", False),
    ("worry", "Mum can be tired after her night shifts and sleeps until noon.", JUDGEMENT, "tired", False),
    ("worry", "The stairs can be dangerous for Ivy (2) because the gate is broken.", JUDGEMENT, "dangerous", False),
    ("worry", "Dad can be upset when he talks about his own father.", JUDGEMENT, "upset", False),

    # L1. A condition noun standing for what the adult does: "a gambling addiction", "his alcohol
    # dependency", "addicted to gaming", "a drink problem".
    ("worry", "Dad has a gambling addiction and the rent is not paid.", LABEL, "gambling addiction", True),
    ("worry", "Mum's alcohol dependency means Ava (3) is often alone at night.", LABEL, "alcohol dependency", True),
    pytest.param("worry", "Dad is addicted to gambling and has sold Kai's bike.", LABEL, "addicted to gambling", True, marks=pytest.mark.xfail(reason=J4_LEFT, strict=True)),
    ("worry", "Because of his cocaine addiction, Mr Ali leaves Ruby (6) with neighbours.", LABEL, "cocaine addiction", True),
    ("worry", "Mum has a drink problem and Leo (8) makes his own tea.", LABEL, "drink problem", True),
    ("worry", "The stepfather's addiction to gaming means he does not feed Mia (2).", LABEL, "addiction to gaming", True),
    ("worry", "Nan has a long-standing alcohol addiction.", LABEL, "alcohol addiction", True),
    ("worry", "Dad's heroin dependence has worsened since Christmas.", LABEL, "heroin dependence", True),
    ("worry", "Mum is a gambling addict and the electricity has been cut off.", LABEL, "gambling addict", True),
    ("worry", "Mr Brown struggles with a betting addiction and spent the food money.", LABEL, "betting addiction", True),
    # near misses: the service; the deed said plainly; a child's medicine
    ("goal", "Dad will go to the gambling addiction service every Thursday and give Mum his bank card.", LABEL, "gambling addiction service", False),
    ("worry", "Dad spent £600 on betting apps last week and the rent was not paid.", LABEL, "betting apps", False),
    ("worry", "Mum drinks two bottles of wine most nights and falls asleep before Ava (3) is in bed.", LABEL, "two bottles of wine", False),
    ("goal", "Mum will see her drug and alcohol worker each week and tell Nan when she has used.", LABEL, "drug and alcohol worker", False),
    ("worry", "Ella (4) needs her inhaler every day and Dad often forgets it.", LABEL, "inhaler", False),

    # L2. A category of harm named in place of what was done: "a harmful cultural practice",
    # "harmful traditional practices".
    ("worry", "Amina (9) may be taken abroad for a harmful traditional practice.", LABEL, "harmful traditional practice", True),
    ("worry", "School fear Hawa (10) will be subjected to harmful cultural practices.", LABEL, "harmful cultural practices", True),
    ("worry", "Dad spoke in favour of a cultural practice that harms girls.", LABEL, "cultural practice", True),
    ("worry", "Mum believes in traditional practices that put Fatou (7) at risk.", LABEL, "traditional practices", True),
    ("worry", "The family is said to follow harmful customs.", LABEL, "harmful customs", True),
    ("worry", "There are fears Nia (11) will undergo a harmful practice during the summer.", LABEL, "harmful practice", True),
    ("worry", "The referral mentions harmful traditional practices in the wider family.", LABEL, "harmful traditional practices", True),
    ("worry", "Aunt has spoken about an abusive cultural practice being done to her daughters.", LABEL, "abusive cultural practice", True),
    ("worry", "Grandmother supports harmful cultural traditions for girls in the family.", LABEL, "harmful cultural traditions", True),
    ("worry", "It is feared that Zara (12) will be exposed to harmful ritual practices.", LABEL, "harmful ritual practices", True),
    # near misses: a religious practice described; a practice in the sense of a surgery; plain
    # words for the harm
    ("worry", "Dad told the school he will take Amina (9) to Sierra Leone to be cut this summer.", LABEL, "to be cut", False),
    ("goal", "Mum will take Hawa to her GP practice for her jabs in May.", LABEL, "GP practice", False),
    ("goal", "The family will keep their Friday prayer practice and Mum will tell the school when they travel.", LABEL, "prayer practice", False),
    ("worry", "Nan pressed a hot stone on Blessing's chest, which burned her.", LABEL, "pressed a hot stone", False),
    ("goal", "Dad will practise the bedtime routine with Noor every evening.", LABEL, "practise", False),

    # G1. A cause guessed at and stated as fact: an abstract cause ("the family dynamic", "her
    # attachment", "his past trauma") made the subject of a verb of causing ("is contributing to",
    # "is driving", "underlies", "stems from").
    ("worry", "The family dynamic is contributing to Ella's weight loss.", GUESS, "family dynamic is contributing", True),
    ("worry", "Mum's past trauma is driving her drinking.", GUESS, "trauma is driving", True),
    ("worry", "The parental relationship is causing Kai's anxiety.", GUESS, "relationship is causing", True),
    ("worry", "Leo's behaviour stems from his early trauma.", GUESS, "stems from", True),
    ("worry", "The home environment contributes to Mia's poor sleep.", GUESS, "environment contributes", True),
    ("worry", "Dad's upbringing underlies his harsh discipline of Sam (7).", GUESS, "upbringing underlies", True),
    ("worry", "Ava's self-harm is driven by the family dynamics.", GUESS, "driven by the family dynamics", True),
    ("worry", "The parents' attachment difficulties are fuelling Jay's outbursts.", GUESS, "difficulties are fuelling", True),
    ("worry", "Ruby's school refusal is rooted in the home situation.", GUESS, "rooted in", True),
    ("worry", "The household's dynamics have contributed to Noah's low mood.", GUESS, "dynamics have contributed", True),
    # near misses: a deed as the cause, said by a named person; a doctor's finding; plain events
    ("worry", "Dad's shouting at night is waking Leo (3), Nan says.", GUESS, "shouting", False),
    ("worry", "The consultant said Ella's weight loss is caused by her not eating at home.", GUESS, "caused", False),
    ("worry", "The damp in the bedroom is causing Mia's chest infections, the GP wrote.", GUESS, "causing", False),
    ("goal", "Mum and Dad will talk to the family therapist about what is contributing to the rows.", GUESS, "contributing", False),
    ("worry", "Mum's boyfriend hit Jay (6) and this caused the bruise on his cheek.", GUESS, "caused", False),
    # Round 15, widened after the first pass (each widening with its own near misses):
    # B1 with "for"/"on": longing for, thriving on a reward from the exploiters
    ("worry", "Jade (14) was groomed by men online because she longed for their attention.", BLAME, "longed for their attention", True),
    ("worry", "Kai (15) is exploited by the gang and thrives on the status it gives him.", BLAME, "thrives on the status", True),
    ("worry", "Ruby (13) sent images to a man online; she yearns for affection.", BLAME, "yearns for affection", True),
    ("worry", "Ava (4) longs for her dad, who is in prison, and the men who visit Mum shout at her.", BLAME, "longs for her dad", False),
    # B3 with a noun: "agreed to the meeting", "consented to a lift"
    ("worry", "Tia (13) was groomed on Snapchat and agreed to a meeting with the man.", BLAME, "agreed to a meeting", True),
    ("worry", "Mia (14) was exploited by older males and accepted a lift, then agreed to the party at their flat.", BLAME, "agreed to the party", True),
    ("worry", "Tia (13) was groomed online and agreed to a meeting with her teacher about it.", BLAME, "agreed to a meeting", True),
    ("worry", "Mum agreed to a meeting with the school after Tia (13) was groomed online.", BLAME, "agreed to a meeting", False),
    # B4 with "learn"/"know": the child to learn whom to trust
    ("goal", "Jade will learn who she can trust online after the man groomed her.", BLAME, "learn who she can trust", True),
    ("goal", "Kai will know who he is meeting before he goes out, since the gang exploited him.", BLAME, "know who he is meeting", True),
    ("goal", "Nan will know who Jade is meeting and will drive her there, since the man groomed her.", BLAME, "know who Jade is meeting", False),
    # B5 with rough handling of the animal, only where the animal hurt the child
    ("worry", "Mum said Ivy (3) pulled the dog's tail and it bit her face.", BLAME, "pulled the dog's tail", True),
    ("worry", "Leo (2) had been climbing on the dog before it bit him, Dad said.", BLAME, "climbing on the dog", True),
    ("worry", "Jack (6) kicks the dog when he is angry, and Dad laughs at him.", BLAME, "kicks the dog", False),
    ("worry", "The dog bit Ivy (3) after Dad's friend pulled its tail.", BLAME, "pulled its tail", False),
    # J1 through "with": struggling with an inner capacity
    ("worry", "Her partner struggles with emotional regulation when Ella (5) cries.", JUDGEMENT, "emotional regulation", True),
    ("worry", "Dad has difficulties with impulse control and has hit the wall twice.", JUDGEMENT, "impulse control", True),
    ("worry", "Leo (9) struggles with emotional regulation since Dad left, the school says.", JUDGEMENT, "emotional regulation", False),
    ("goal", "Dad will work with the psychologist on emotional regulation every Tuesday.", "SOS305", "emotional regulation", False),
    # G1 as "a result of": an abstract cause stated as fact
    ("worry", "Summer's weight loss is a result of the family dynamic.", GUESS, "is a result of the family dynamic", True),
    ("worry", "Kai's anger is a symptom of his early trauma.", GUESS, "is a symptom of his early trauma", True),
    ("worry", "Ella's cough is a result of the damp in her bedroom, the GP wrote.", GUESS, "is a result of", False),

    # The child made the one to keep himself safe (a goal)
    ("goal", "Kai will keep himself safe from the gang by staying in after dark.", BLAME, "keep himself safe", True),
]


@pytest.mark.parametrize("kind,text,code,words,fires", CASES)
def test_word_class(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_enough_wordings_per_class():
    values = [getattr(c, "values", c) for c in CASES]
    assert sum(1 for c in values if c[4]) >= 120
    assert sum(1 for c in values if not c[4]) >= 60
