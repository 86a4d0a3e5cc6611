"""Round 9, second pass (issue 11 sections 3-5): the classes W1-W7 of classes9.md widened along
the frame a rule missed on the round's class battery (tests/data/blind/words_battery9.jsonl).
For each miss the frame is written down first (the comment above each group), then cases of our
own: other verbs, objects and word order than the battery's, and near misses that must stay
silent. A fix that only caught the battery's phrase fails here.

Each case: (kind, text, code, words, fires), as in test_word_classes9.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

LABEL = ("SOS301", "SOS305")
JUDGEMENT = ("SOS305", "SOS301", "SOS304")

CASES = [
    # Guess as fact (issue 11 s4, in a W1 row of the battery), frame: the writer's reason for
    # how a child is, told as fact ("…, which is why Hunter is always so tired", "that is why
    # Leo is late"). A child's own account, and a reason for an adult's or a thing's state, are
    # left alone.
    ("worry", "Mum drinks, and that is why Leo (5) is late every day.", "SOS304", "that is why Leo (5) is late", True),
    ("worry", "Dad sells drugs from the flat, which is why Ruby (9) is so anxious.", "SOS304", "which is why Ruby (9) is so anxious", True),
    ("worry", "Mum sleeps until noon, which is why the twins are always hungry at nursery.", "SOS304", "which is why the twins are always hungry", True),
    ("worry", "Kai (7) told his teacher that is why he hides under the table.", "SOS304", "that is why", False),
    ("worry", "Mum works nights, which is why Nan is tired.", "SOS304", "which is why", False),
    ("worry", "Dad hit Mum, which is why the police came.", "SOS304", "which is why", False),
    # W3 (vague), frame: worry said to exist and held by nobody ("there are worries for Yasmin",
    # "there are fears about the baby"). Whose worry it is, what the worry is, and "no worry"
    # are left alone.
    ("worry", "There are worries for Kai (6) and his sister at home.", "SOS302", "There are worries for Kai", True),
    ("worry", "Dad drinks every night and there are fears for the baby.", "SOS302", "there are fears for the baby", True),
    ("worry", "There is some anxiety about Leo (2) at nursery.", "SOS302", "There is some anxiety about Leo", True),
    ("worry", "There are worries that Dad hits Mum when Leo (4) is there.", "SOS302", "worries", False),
    ("worry", "Nan has worries about the boys at Dad's, where he hits them.", "SOS302", "worries", False),
    ("worry", "There is no worry about Kai's school, but Dad hits him.", "SOS302", "no worry", False),
    # W3 ("will be happier" as the outcome), frame: a bare outcome in a "so that" clause is the
    # whole goal when the act it hangs on is itself only a vague aim or a service ("engage with
    # services so that Amy is happier"); after a real act it is the child's experience.
    ("goal", "Dad will engage with services so that Amy is happier.", "SOS302", "is happier", True),
    ("goal", "Mum will work openly with professionals so that Theo is safe.", "SOS302", "is safe", True),
    ("goal", "Nan will reduce the risks so that the twins are calmer.", "SOS302", "are calmer", True),
    ("goal", "Dad will go for a walk when he feels angry, every time, so that Ella feels safe at home.", "SOS302", "feels safe", False),
    ("goal", "Mum will keep away from Dean so that Leo is safe.", "SOS302", "is safe", False),
    ("goal", "Dad will cook tea every night so that Ava is happier at home.", "SOS302", "is happier", False),
    # W1, frame (c): the habit named as a thing the adult has ("his drinking", "Grandad's
    # gambling"), with no occasion and no act in the sentence. An occasion, a "when" and a
    # child's own are left alone.
    ("worry", "Mum is worried about Dad's drinking, and Leo (4) hides.", LABEL, "Dad's drinking", True),
    ("worry", "Nan says Grandad's gambling has got worse and Ava (6) has no school shoes.", LABEL, "Grandad's gambling", True),
    ("worry", "Dad's drinking is affecting Kai (5).", LABEL, "Dad's drinking", True),
    ("worry", "When Dad's drinking gets bad, he shouts at Leo (4).", LABEL, "Dad's drinking", False),
    ("worry", "Dad's drinking on Friday night meant nobody fed Ava (2).", LABEL, "Dad's drinking", False),
    ("worry", "Kai's drinking at parties worries Mum, and Dad hits him.", LABEL, "Kai's drinking", False),
    # W3 (vague impact), frame: an effect on a child named and not said ("how they are
    # affecting Maryam", "is affecting Kai"), and an effect verb never counts as the act that
    # explains a label or makes the child the one harmed.
    ("worry", "Mum is worried about how Dean's moods are affecting Ivy (7).", "SOS302", "are affecting Ivy", True),
    ("worry", "Dad shouts a lot and it affects the children.", "SOS302", "affects the children", True),
    ("worry", "Dad's drug use is affecting Kai (5).", LABEL, "drug use", True),
    ("worry", "Mum's moods affect Kai (6): he wets the bed when she is low.", "SOS302", "affect Kai", False),
    ("worry", "The move affected Leo (9) because he lost his friends.", "SOS302", "affected Leo", False),
    ("worry", "Dad's drinking affects Kai's sleep, and Kai (6) falls asleep in class.", "SOS302", "affects Kai's sleep", False),
    # Victim blaming (issue 11 s4, in a W5 row of the battery), frame: the exploited child made
    # the one to keep away from the adults who harm them ("stay away from older males", "avoid
    # the gang", "stop seeing the men"). An adult keeping the child away, and keeping away from
    # anything but those adults, are left alone.
    ("goal", "Kai (14) will avoid the gang on the estate.", "SOS306", "will avoid the gang", True),
    ("goal", "Jade will stop seeing the men from the takeaway.", "SOS306", "will stop seeing the men", True),
    ("goal", "Tia will keep away from the older men at the bus station.", "SOS306", "keep away from the older men", True),
    ("goal", "Mum will keep River away from the men at the park.", "SOS306", "keep River away", False),
    ("goal", "Dad will stay away from Mum's house.", "SOS306", "stay away", False),
    ("goal", "River will stay away from the road when she plays out.", "SOS306", "stay away", False),
    ("goal", "Kai will see his friends after school on Fridays.", "SOS306", "see his friends", False),
    # W1, frames: (a) falling back into use ("slipped back into drinking", "gone back to using",
    # "fallen back into his drinking habit"), not only "relapsed" or "back on"; (b) being "on the
    # cans / the bottle / the booze", the street's words for drinking, without "back".
    ("worry", "Mum has gone back to using and Leo (3) is with her all day.", LABEL, "has gone back to using", True),
    ("worry", "Grandad has fallen back into his drinking habit.", LABEL, "fallen back into his drinking habit", True),
    ("worry", "Dad drifted back into cocaine use after the summer.", LABEL, "cocaine use", True),
    ("worry", "Mr Lee is on the bottle again, and the boys stay with him.", LABEL, "on the bottle", True),
    ("worry", "Dad has been on the booze for weeks.", LABEL, "on the booze", True),
    ("worry", "Nan says Mum is on the cans every night.", LABEL, "on the cans", True),
    ("worry", "Leo (2) is on the bottle at night and Mum shouts at him.", LABEL, "on the bottle", False),
    ("worry", "Mum went back to work and Ava (3) is left with Dean.", LABEL, "went back to work", False),
    ("worry", "Dad slipped on the ice, and Kai (4) was left in the car.", LABEL, "slipped", False),
    ("worry", "Dad drank four cans on Friday and hit Mum while Ava (3) watched.", LABEL, "drank four cans", False),
    ("worry", "Dad has been drinking since 2pm.", LABEL, "drinking", False),
    # W6, frames: (a) choosing one person over another ("chooses Mr Pugh over Tia") is the same
    # verdict as putting one first; (b) caring "more" about one than another ("more interested in
    # herself than in her daughter", "cares more about drink than about the boys"); (c) a negated
    # grasp of the worry ("does not understand the impact", "fails to recognise the risks");
    # (d) a good word on the parent set as what to prove or become ("show that he can be a
    # responsible father", "become a better parent").
    ("worry", "Ms Okoro continues to choose her new partner over Zainab (4).", JUDGEMENT, "choose her new partner over Zainab", True),
    ("worry", "Dad cares more about drink than about the boys.", JUDGEMENT, "cares more about drink than about the boys", True),
    ("worry", "Mum seems more bothered about her phone than about the baby.", JUDGEMENT, "more bothered about her phone than about the baby", True),
    ("worry", "Mr Hill does not accept the risks to Ava (2).", JUDGEMENT, "does not accept the risks", True),
    ("worry", "Dad cannot see the harm his shouting does to Kai (6).", JUDGEMENT, "cannot see the harm", True),
    ("goal", "Mum will prove she can be a good mum to Ella.", JUDGEMENT, "good mum", True),
    ("goal", "Dad will become a better parent.", JUDGEMENT, "better parent", True),
    ("goal", "Mr Khan will demonstrate that he is a protective father.", JUDGEMENT, "protective father", True),
    ("worry", "Kai (8) does not understand the impact of the move.", JUDGEMENT, "does not understand", False),
    ("worry", "Leo (12) is more interested in football than in reading, and Dad hits him.", JUDGEMENT, "more interested", False),
    ("worry", "Mum chose a pink dress over the blue one for Ava (3), and Dad shouted at her.", JUDGEMENT, "chose a pink dress", False),
    ("worry", "Dad could not see the GP on Monday, and Ava (2) was left with Dean.", JUDGEMENT, "could not see the GP", False),
    ("goal", "Nan is a good role model for Ivy and takes her swimming.", JUDGEMENT, "good role model", False),
    ("worry", "Dad said, 'I didn't understand the impact of my drinking on the kids.'", JUDGEMENT, "understand the impact", False),
    # W3, frames: (a) lowering a risk with the verb read as a noun ("and minimise risks") is
    # still a vague aim, and is not the judgement "minimises the concerns"; (b) a good word on
    # attendance as the clause's predicate ("his attendance is consistent"), not only "attends
    # regularly"; (c) "feel safe" with only "at home" after it is as bare as "be safe"; (d) a good
    # word on the adult a child needs ("a consistent adult", "a stable carer") with no one named
    # and nothing they do.
    ("goal", "Mum will lower risks to the baby.", "SOS302", "lower risks", True),
    ("goal", "Grandad will keep a close eye and minimise risks to the twins.", "SOS302", "minimise risks", True),
    ("goal", "Mum will make sure Kai's school attendance is good this term.", "SOS302", "attendance is good", True),
    ("goal", "Dad will ensure that Tia's nursery attendance is regular.", "SOS302", "attendance is regular", True),
    ("goal", "Mr Brennan will stop shouting and Kayla will feel safe at home.", "SOS302", "will feel safe at home", True),
    ("goal", "Jack needs a stable carer and a proper routine.", "SOS302", "stable carer", True),
    ("goal", "Mum will be a reliable adult for Ella.", "SOS302", "reliable adult", True),
    ("goal", "Amir will have a consistent adult in his life.", "SOS302", "consistent adult", True),
    ("worry", "Mum minimises the concerns about Dean.", JUDGEMENT, "minimises", True),
    ("goal", "Mum will make sure Kai's attendance is 95% or more each term.", "SOS302", "attendance", False),
    ("goal", "Ella will feel safe at bedtime because Mum will sit with her.", "SOS302", "feel safe", False),
    ("goal", "Dad will go for a walk when he feels angry, every time, so that Ella feels safe at home.", "SOS302", "feels safe", False),
    ("goal", "Nan, a trusted adult, will collect Ava every Friday.", "SOS302", "trusted adult", False),
    ("goal", "Isla needs you or another reliable adult with her every minute of the day.", "SOS302", "reliable adult", False),
    ("goal", "Ava will have a safe adult who collects her at 3.15 every day.", "SOS302", "safe adult", False),
    ("goal", "Mum will lower the blinds at bedtime so Leo can sleep.", "SOS302", "lower the blinds", False),
    # W5, frames: (a) kept "safe from" harm is kept "free from" it; (b) harm met with "no" as
    # the object of a promise ("come to no harm", "suffer no further abuse"); (c) harm said to
    # end ("the arguments will end", "the shouting will stop") with nothing anyone does.
    ("goal", "Mum will keep the twins safe from harm.", "SOS512", "keep the twins safe from harm", True),
    ("goal", "Leo will suffer no further abuse.", "SOS512", "no further", True),
    ("goal", "Cody will come to no harm while he lives with Dad.", "SOS512", "will come to no harm", True),
    ("goal", "The shouting at home will stop.", "SOS512", "The shouting at home will stop", True),
    ("goal", "Dad will move out and the violence will end.", "SOS512", "the violence will end", True),
    ("goal", "The rows between Mum and Dean will cease.", "SOS512", "will cease", True),
    ("goal", "Dad will keep Ivy safe from Dean when he visits by staying in the room.", "SOS512", "safe from Dean", False),
    ("goal", "The fighting will stop because Dad will go to Nan's when he is angry.", "SOS512", "will stop", False),
    ("goal", "Mum will come to no harm either, because Nan will stay over.", "SOS512", "come to no harm", False),
    ("goal", "The film will end at 8pm and Kai will go to bed.", "SOS512", "will end", False),
    ("goal", "Mum will make sure the children have no more than an hour of screens.", "SOS512", "no more than", False),
    # W2, frames: (a) an owner is an adult when the phrase gives them a partner ("Kyle's
    # behaviour around his girlfriend", classes9 H4), and an effect verb ("how they are affecting
    # Maryam") is not an act that explains the behaviour; (b) a problem "with" an adult's temper,
    # drink or anger ("problems with his temper", "issues with alcohol") is the same label as
    # "anger issues"; (c) a service's sittings not gone to ("did not go to any sessions", "missed
    # all her appointments", "stopped going to the group") is a service not taken up.
    ("worry", "Nan is worried about Kyle's behaviour around his girlfriend when Mia (2) is there.", LABEL, "Kyle's behaviour around his girlfriend", True),
    ("worry", "Mum is worried about Mr Dale's behaviours and how they affect Kai (5).", LABEL, "Mr Dale's behaviours", True),
    ("worry", "Mum has issues with alcohol and Leo (4) is often late.", LABEL, "issues with alcohol", True),
    ("worry", "Dad's difficulties with anger mean that Ivy (5) hides in her room.", LABEL, "difficulties with anger", True),
    ("worry", "Mr Shaw has a history of problems with drink, and Zak (7) stays with him at weekends.", LABEL, "problems with drink", True),
    ("worry", "Mum has missed all her appointments with the drug team, and Leo (3) is still not weighed.", LABEL, "missed all her appointments", True),
    ("worry", "Dad stopped going to the anger group in March.", LABEL, "going to the anger group", True),
    ("worry", "Mum has not attended any of the parenting sessions.", LABEL, "has not attended any of the parenting sessions", True),
    ("worry", "Dad did not turn up to the assessment.", LABEL, "did not turn up to the assessment", True),
    ("worry", "The GP is worried because Mum has missed three appointments for baby Noor's chest.", LABEL, "missed three appointments", False),
    ("worry", "Kai (8) has problems with reading and Dad shouts at him.", LABEL, "problems with reading", False),
    ("worry", "Dad has problems with the boiler, and Kai (4) sleeps in his coat.", LABEL, "problems with the boiler", False),
    ("worry", "Leo (9) did not go to school on Monday and Dad shouted at him.", LABEL, "did not go to school", False),
    ("worry", "Mum missed the bus and Kai (6) waited alone at the gate.", LABEL, "missed the bus", False),
    ("worry", "Dad did not go to the pub on Friday, and hit Mum at home instead while Ava (3) watched.", LABEL, "did not go to the pub", False),
    ("worry", "Dad's behaviour towards his partner is to take her phone and lock her in the bedroom while Jo (4) cries.", LABEL, "Dad's behaviour", False),
    # W4, frame: using a service had more verbs than access/use/accept. Taking a service up
    # ("take up parenting help") and "make use of" a service are using it; a parent being in for a
    # service's visits ("be at home for every visit", "be in for the checks") and opening the door
    # to a professional are letting one in; "let/permit/allow" reads who is let (the object, or
    # the subject of the verb after it), so a child's name elsewhere, or the professional's
    # owner ("Esther's social worker"), no longer hides the professional.
    ("goal", "Dad will take up the offer of counselling from Relate.", "SOS511", "take up the offer of counselling", True),
    ("goal", "Mum will make good use of the support on offer.", "SOS511", "make good use of the support", True),
    ("goal", "Grandad will be in for the health visitor's checks on Mondays.", "SOS511", "be in for the health visitor's checks", True),
    ("goal", "Dad will be around for the social worker's visits and appointments.", "SOS511", "be around for the social worker's visits", True),
    ("goal", "Dad will answer the door to the family support worker.", "SOS511", "answer the door to the family support worker", True),
    ("goal", "Mum will allow the health visitor to weigh Jade every fortnight.", "SOS511", "allow the health visitor to weigh Jade", True),
    ("goal", "Mum, you will let Leo's key worker speak to him alone each month.", "SOS511", "let Leo's key worker speak to him alone", True),
    ("goal", "Mum, you will permit the social worker to look round the flat and cook Kai his tea every night.", "SOS511", "permit the social worker to look round the flat", True),
    ("goal", "Dad will take up swimming with Leo on Saturdays.", "SOS511", "take up swimming", False),
    ("goal", "Dad will make use of the garden so the boys can play outside.", "SOS511", "make use of the garden", False),
    ("goal", "Nan will be in for the boys after school.", "SOS511", "be in for the boys", False),
    ("goal", "Dad will be at home for Kai's tea every night.", "SOS511", "be at home for Kai's tea", False),
    ("goal", "Dad will be there for every contact session with Leo.", "SOS511", "be there for every contact session", False),
    ("goal", "Mum will open the door to Nan when she brings Leo home.", "SOS511", "open the door to Nan", False),
    ("goal", "Mum will let Kai's friend look at his new bike.", "SOS511", "let Kai's friend look", False),
    ("goal", "Dad, you will let Nan see the boys every Sunday.", "SOS511", "let Nan see the boys", False),
]


@pytest.mark.parametrize("kind,text,code,words,fires", CASES,
                         ids=lambda v: v if isinstance(v, str) and len(v) < 8 else None)
def test_word_class_9b(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)
