"""Parts of a statement, round 13 (issue 11 §5): each class of miss on parts_test12 is named in one
line, then written in my own wordings (other verbs, subjects, tenses, voice and order) with near
misses that must not fire. None is a test-set phrase, name or row."""
from __future__ import annotations

import pytest
from report_helpers import shown


# NETWORK, class: a helper beyond the parents named only by a first name (no "Nan", "aunt" or
# "friend" beside it), who does something in the goal ("Bernie will come round on Tuesdays",
# "Marcus will be the person Kai rings"). The people reading may take a bare name for a child; a
# name that is not the goal's child, with no age, doing a step in the plan, is a helper.
# Near misses: the goal's own child, or a second child (with an age, or joined to the child).
@pytest.mark.parametrize("text, expected", [
    ("Mum, you need Leo to get to school on time. For this to happen, you will get him up at seven, "
     "and Kerry will walk him to the gate on Mondays.", True),
    ("Dad, you and Mia need calm evenings. For this to happen, Dad will cook tea at six, and Bernie will "
     "come round on Tuesdays to help with the bath.", True),
    ("Mum and Dad, you need the house to be warm for Ava. Dermot will fix the boiler this week and Mum "
     "will keep the heating on.", True),
    ("Dad, you and Kai need to be able to talk when things are hard. Marcus will be the person Kai rings "
     "when Dad is angry.", True),
    ("Mum, you need Ruby to have clean clothes for school. Shona will do a wash with you every Sunday.", True),
    ("Mum, you need to keep Jo away from Mr Price. Lorraine will stay over on Saturday nights.", True),
    ("Mum, you and Abi need mornings to be calm. Wendy will drive Abi to school every Thursday.", True),
    ("Dad, you need Finn to eat well. Gail will help you plan the shopping each Sunday.", True),
    ("Mum, you need Ellie to be home by nine. Tony will pick her up from the youth club on Fridays.", True),
    ("Mum, you need Theo to be safe at football. You will stay to watch and Kev will be there too.", True),
    ("Mum, you need Leo to get to school on time. Leo will set his own alarm for seven.", False),
    ("Mum, you need Mia and Isla to sleep well. Mia and Isla will go to bed at seven.", False),
    ("Dad, you need Kai (7) and Rosie (4) to be fed. You will cook tea every night and Rosie (4) will eat "
     "at the table with Kai.", False),
    ("Mum, you need Ava to be safe at night. You will lock the door at ten.", False),
    ("Dad, you need Finn to be calm after school. Finn will play with his friends in the park.", False),
])
def test_network_round13(engine, text, expected):
    assert shown(engine, text, "network", "goal") is expected


# OTHERS KNOW, class: a check by someone outside the acting adults said as a visit ("the PCSO will
# call round on Thursdays"), a review at each visit, work or records shared with a professional on
# a schedule, or a named helper passing word on. Near misses: the parent's own visit, review or
# sharing, and the child's.
@pytest.mark.parametrize("text, expected", [
    ("Mum will keep the door locked. The PCSO will call round on Thursdays.", True),
    ("Nan will take the girls to the park on Saturdays. The supervising social worker will review this "
     "at each visit.", True),
    ("Mum will teach Kai at home, and samples of his work will be shared with the education adviser each term.", True),
    ("Dad will drive Tom to training. Bernie will message the social worker if Mr Price comes to the gym.", True),
    ("Dad will fill the fridge every Saturday. Grace and Ruth will look in the fridge when they call round.", True),
    ("Mum will keep food in the cupboards. The health visitor will look in the cupboards when she visits each month.", True),
    ("Dad will use a food diary, which will be shown to the health visitor every fortnight.", True),
    ("Mum will put Ava to bed at seven. The neighbourhood officer will drop by on Saturday nights.", True),
    ("Dad will brush Kai's teeth every night. The school nurse will review Kai's teeth each half term.", True),
    ("Mum will not let Mr Price in. The police community support officer will pop round every week.", True),
    ("Mum will call round to Nan's on Sundays with the children.", False),
    ("Dad will review his budget every week and buy food first.", False),
    ("Mum will share her lunch with Ava at the park.", False),
    ("Dad will message Ava goodnight every evening.", False),
    ("Mum will look at the menu with Ava on Sunday and plan the meals.", False),
    ("Mum will drop by the shop on the way home and buy nappies.", False),
])
def test_others_know_round13(engine, text, expected):
    assert shown(engine, text, "others_know", "goal") is expected


# TIMESCALE, class: how long said by a legal or plan stage ("for the 28 days of the notice", "for
# the length of the bail conditions", "throughout the assessment"), not a month count. Near
# misses: the length of an everyday event (a bath, a film, bedtime), a frequency.
@pytest.mark.parametrize("text, expected", [
    ("Dad will stay away from the house for the 28 days of the protection notice.", True),
    ("Dad will live at his brother's for the length of his bail conditions.", True),
    ("Dad will sleep at his mum's for the length of the police investigation.", True),
    ("Mum will keep the stair gate shut for the duration of the plan.", False),  # circular: the plan's own length
    ("Nan will have Ruby every Saturday throughout the assessment.", True),
    ("Dad will not go to the flat for the life of the injunction.", True),
    ("Mr Shah will have no contact with the children for the period of the non-molestation order.", True),
    ("Dad will sit with Ava for the length of her bath.", False),
    ("Mum will stay with Leo for the duration of the film.", False),
    ("Dad will read to Ava for the first ten minutes of bedtime.", False),
    ("Mum will put Ava to bed at seven every night.", False),
    ("Mum will go over the plan with Nan on Sunday.", False),
])
def test_timescale_round13(engine, text, expected):
    assert shown(engine, text, "timescale", "goal") is expected


# BEHAVIOUR, classes: where an adult lives or under what order they care ("is believed to be
# residing at the address", "has cared for Ella under a Special Guardianship Order"); an act told
# only by its grade ("disciplined in an inappropriate manner", "handles Ivy inappropriately");
# not answering a service's letters or calls; "made some progress". Near misses: acts anyone saw.
@pytest.mark.parametrize("text, expected", [
    ("The police are worried that Mum's partner is believed to be living at the flat with Ava.", False),
    ("Nan is worried that Mr Ross now resides at the address with the boys.", False),
    ("The school is worried that Ava was disciplined in an inappropriate manner by her father.", False),
    ("The health visitor is worried that Dad handles Ivy inappropriately.", False),
    ("The school is worried because Mum has not responded to letters from the school.", False),
    ("The social worker is worried that Dad has not returned calls from the social worker.", False),
    ("Grandad has looked after Ella under a Special Guardianship Order since 2021.", False),
    ("The social worker is worried although Mum has made some progress.", False),
    ("The teacher is worried that Dad treats Ava in an unacceptable way.", False),
    ("The nursery is worried that Mum speaks to Leo in an inappropriate manner.", False),
    ("The teacher is worried that Dad lives with Ava and hit her with a belt on Saturday.", True),
    ("The teacher is worried that Dad disciplined Ava by locking her in the shed for an hour.", True),
    ("Nan is worried that Mum did not respond when Ivy cried for two hours on Sunday night.", True),
    ("The social worker is worried that Grandad left Ella alone in the flat overnight on 3 May.", True),
    ("Nan is worried that Mum's partner moved into the flat in May and shouts at Ava every night.", True),
    ("The teacher is worried that Dad smacked Ava hard across the legs at the park.", True),
])
def test_behaviour_round13(engine, text, expected):
    assert shown(engine, text, "behaviour", "worry") is expected


# IMPACT, class: the child's hurt told by the treatment it needed ("needed six stitches", "had to
# have a cast on her arm", "was given oxygen"), said as fact of the child. Near misses: treatment
# that is a routine check or only could happen, and an adult's treatment.
@pytest.mark.parametrize("text, expected", [
    ("The nurse is worried because Dad left the iron on the floor and Ava burnt her hand on it on Sunday. "
     "Ava needed a dressing on the burn for two weeks.", True),
    ("Nan is worried that Mum's partner pushed Leo down the stairs on 4 May. Leo needed stitches above his eye.", True),
    ("The school is worried that Dad threw a mug at Kai on Friday. Kai had to have three stitches in his lip.", True),
    ("The health visitor is worried that Mum left Ivy on the bed and she rolled off on Monday. "
     "Ivy needed an X-ray on her arm.", True),
    ("The GP is worried that Dad's dog bit Sam on the leg in the garden last week. Sam required surgery on his calf.", True),
    ("The police are worried that Dad hit Mia with a belt at the flat on Saturday. Mia needed treatment for the welts.", True),
    ("Grandad is worried that Mum fell asleep with a candle lit on 2 March. Joe needed hospital treatment for smoke.", True),
    ("The social worker is worried that Dad shook Ruby on Tuesday night. Ruby needed a brain scan at hospital.", True),
    ("The teacher is worried that Mum's boyfriend kicked Ollie at home on Sunday. Ollie needed a plaster cast on his foot.", True),
    ("The nurse is worried that Dad left pills on the table on 8 June. Finn swallowed some and needed his stomach pumped.", True),
    ("The health visitor is worried that Mum has missed Ava's vaccinations. Ava needs a check-up at the clinic.", False),
    ("The GP is worried that Dad drinks every evening. Dad needed stitches after a fall on Friday.", False),
    ("The school is worried that Mum leaves knives out. Leo could need stitches if he grabs one.", False),
    ("The nurse is worried that Mum forgets Kai's inhaler. Kai needs his inhaler before PE.", False),
    ("The social worker is worried that Dad shouts at Mum at night. Mum needed stitches in her hand on 4 May.", False),
])
def test_impact_treatment_round13(engine, text, expected):
    assert shown(engine, text, "impact", "worry") is expected


# BEHAVIOUR, class: harm done to the child (a bite, a burn, a fall the child was pushed into) while
# the carer was elsewhere ("while Dad was out in the garden", "while Mum slept"): the carer left the
# child unwatched. Near misses: the carer there, harm with no carer away, the child's own mishap.
@pytest.mark.parametrize("text, expected", [
    ("The nurse is worried because the dog bit Ava on the arm while Dad was out in the garden.", True),
    ("Nan is worried that Kai was bitten by the neighbour's dog while Mum was asleep upstairs.", True),
    ("The GP is worried that the family's dog attacked Ivy (2) on Sunday while Mum was at the shop.", True),
    ("The school is worried that Leo was burnt by the kettle while Dad was in the garden.", True),
    ("The health visitor is worried that an older boy hit Mia in the park while Mum was on her phone.", True),
    ("The nurse is worried that Ruby was scalded by the bath water while Mum was downstairs.", True),
    ("The police are worried that Sam was attacked by a man on the estate while Dad was at the pub.", True),
    ("The social worker is worried that Finn was hurt by the dog when Mum went out to the car.", True),
    ("The teacher is worried that Ella was bitten by the puppy while Dad slept on the sofa.", True),
    ("The health visitor is worried that Dad's dog bit Noah's face while Mum was in the bath.", True),
    ("The nurse is worried that the dog bit Ava on the arm while she was playing.", False),
    ("The GP is worried that Kai cut his knee while he was at the park.", False),
    ("The school is worried that a dog bit Leo in the park while Mum was with him.", False),
    ("The nurse is worried that Ava fell over while Dad was in the garden.", False),
    ("The health visitor is worried that Ivy has been ill while Mum was away.", False),
])
def test_behaviour_harm_while_away_round13(engine, text, expected):
    assert shown(engine, text, "behaviour", "worry") is expected


# CONTEXT (these cases were written after the code, at the end of the round), class: the day of harm done to the child, said anywhere in the sentence that tells it
# (the parse often reads "bit" as a noun and loses the clause). Near misses: a day of a service's
# act or of telling, a span of years, harm that only could happen.
@pytest.mark.parametrize("text, expected", [
    ("Nan is worried that Dad lets his dog roam the house, and on 22 June the dog bit Ava on the cheek.", True),
    ("Nan is worried that Dad lets his dog roam the house, and the dog bit Ava on the cheek on 22 June.", True),
    ("The nurse is worried that Dad leaves the kettle within reach and on Sunday 3 March Kai was scalded by it.", True),
    ("The school is worried that Mum's partner kicked Leo on Friday.", True),
    ("Grandad is worried that Dad has a dog that is not trained, and on 5 May it bit Mia on the hand.", True),
    # "14/06" is no date entity to the model; round 17 reads a day in figures (parts/when_where.py).
    ("The teacher is worried that Dad lets his friend's dog in and the dog attacked Finn on 14/06.", True),
    ("Nan is worried that Mum leaves Sam with her boyfriend, and on Tuesday Sam was hit by him.", True),
    ("The GP is worried that Mum keeps a snake loose in the flat and it bit Ella on 2 April.", True),
    ("The health visitor is worried that Dad lets the dog sleep in the cot, and it bit Noah on Monday.", True),
    ("The police are worried that Dad's dog is kept in the kitchen, where it bit Jay on 30 October.", True),
    ("The GP is worried because she saw Ava on 3 May with a bite on her arm.", False),
    ("The school is worried because on 4 April Kai told his teacher that the dog bit him.", False),
    ("Nan is worried that Dad's dog could bite Ava if it is left with her.", False),
    ("Dad has kept dogs since 2019 and the social worker is worried that one will bite Mia.", False),
    ("The social worker is worried that Dad was arrested on 12 April and the dog bit Mia.", False),
])
def test_context_day_of_harm_round13(engine, text, expected):
    assert shown(engine, text, "context", "worry") is expected
