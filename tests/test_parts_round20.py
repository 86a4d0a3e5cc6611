"""Parts of a worry, round 20: impact is what the adults' behaviour did (or could do) to the NAMED
child (issue 11 §5). Two readings that put impact where there is none, each seen on several sets
and writers:

1. The worrier's own feeling. "Ward sister Grace is worried about baby Skye", "Will's mum, Victoria,
   is worried that…": the feeling word belongs to the subject of the worry clause, not to the child,
   even when the people reading takes the worrier's name for a child's.
2. "she"/"he" carrying an adult on. "Mum has been in FDAC since June. … she has missed 3 of 8 drug
   tests": with the sentence before naming an adult and no child, the pronoun is not the child,
   so what "she" did is not what the child lived through.

Every case is my own wording; the near misses keep a real impact that must still be read."""
from __future__ import annotations

import pytest
from report_helpers import shown_as


shown = shown_as("worry")  # round 36: the one copy is in report_helpers


# 1. The worrier's feeling is not the child's impact.
@pytest.mark.parametrize("text", [
    "Nurse Hope is worried about the discharge plan for baby Rio.",
    "Ward sister Faith is concerned about going home for baby Ivy.",
    "Will's nan, Pearl, is worried that Will's dad, Ray, drinks every night.",
    "Mrs Khan, Zain's teacher, is concerned that Zain's mum keeps him off school.",
    "The health visitor is worried about baby Mabel's weight and Mum's low mood.",
    "Grace's aunt is worried that Grace's dad has a new partner nobody knows.",
    "Sam, the youth worker, is anxious about Kai and the men he meets at the park.",
    "Miss Reid is worried about Ali because his father is in prison.",
    "Hope's childminder is concerned about the number of people who stay at the flat.",
    "Dr Patel is worried about the plan for baby Noor after the ward.",
])
def test_the_worriers_feeling_is_not_impact(engine, text):
    assert not shown(engine, text, "impact")


# Near misses: the child's own feeling, or a concrete harm, stays impact.
@pytest.mark.parametrize("text", [
    "Miss Reid is worried because Ali told her he is scared to go home when Dad is drunk.",
    "The health visitor is worried that Dad shook baby Mabel on Friday and she was sick and floppy afterwards.",
    "Nurse Hope is worried because Mum left baby Rio alone in the bath and Rio swallowed bath water and was sick and floppy.",
    "Mrs Khan is worried that Zain's mum hit him with a belt and Zain has bruises on his back.",
    "Sam is worried because Dad locked Kai out overnight and Kai slept in the shed and was frightened.",
])
def test_the_childs_own_feeling_or_hurt_stays_impact(engine, text):
    assert shown(engine, text, "impact")


# 2. "she" after a sentence about an adult alone is the adult, not the child.
@pytest.mark.parametrize("text", [
    "Mum has been in rehab since June. Her test in August was positive and she has missed 3 of 8 tests. "
    "Grace (3) lives with her nan.",
    "Dad has been on probation since May. His officer says he has missed four appointments. "
    "Leo (6) lives with him.",
    "Mum has been drinking again. She has missed her keyworker sessions. Amy (4) is in foster care.",
])
def test_an_adults_pronoun_is_not_the_childs_doing(engine, text):
    assert not shown(engine, text, "impact")


# Near misses: the pronoun after a sentence naming the child is still the child.
@pytest.mark.parametrize("text", [
    "The school nurse is worried that Mr and Mrs Okoro make Tom (11) fast all day. He has lost 3kg "
    "since March and fainted in PE.",
    "Mum leaves Ella (8) alone every evening. Ella said she is scared at night and she has stopped eating.",
])
def test_the_childs_pronoun_still_counts(engine, text):
    assert shown(engine, text, "impact")


# 3. Context: a time of the year said of the adult's act ("in the Easter holidays", "over
# Christmas") is a when, as a date is; a time of the year said of nothing the adults did is not.
@pytest.mark.parametrize("text", [
    "Miss Hale is worried that Dad took Amir (12) to his uncle's in the Easter holidays and left him there alone.",
    "The school nurse is worried that Mum stopped giving Lola (7) her inhaler over Christmas.",
    "Mr Rowe is worried that Dad hit Kian (9) with a belt during the summer holidays.",
    "Nan is worried that Mum's partner shouted at Ella (5) and pushed her over during half-term.",
    "PC Lane is worried that Dad made Isha (14) work in his shop every night throughout Ramadan.",
    "Mrs Dunn is worried that Mum locked Theo (6) in his room on his birthday.",
    "The youth worker is worried that Dad gave Reece (15) vodka at Christmas.",
    "Ms Bell is worried that Mum's boyfriend sent Lily (13) messages at night over the holidays.",
    "Mr Ali is worried that Dad drove Sami (8) home drunk after the Eid party.",
    "Mrs Lowe is worried that Mum left Noah (4) with a stranger for three days during the October holidays.",
])
def test_a_time_of_the_year_said_of_the_act_is_context(engine, text):
    assert shown(engine, text, "context")


@pytest.mark.parametrize("text", [
    "Miss Hale is worried about Amir (12). Dad drinks and shouts at him.",
    "Mum has been in contact with Dad. Lola (7) is withdrawn.",
    "Mr Rowe is worried that Kian (9) is sad. Dad hits him.",
    "The school are worried that Dad shouts at Ella (5), and the holidays are coming up.",
    "Nan is worried that Mum's partner is rough with Isha (14).",
])
def test_no_time_of_the_year_no_context(engine, text):
    assert not shown(engine, text, "context")


# 4. Behaviour: the door not opened to whoever called is engagement with the service, not a deed
# done to or around the child (classes9 P7); a door used against the child stays a deed.
@pytest.mark.parametrize("text", [
    "The social worker is worried because Mum did not answer the door on 3 May. Ava (2) has not been seen.",
    "The health visitor is worried because Dad has not opened the door on her last two visits. Baby Jo has not been weighed.",
    "The social worker is worried because Mum has kept the door shut to the health visitor. Nobody has seen Kai (1).",
    "Mum would not open the door when the school nurse called. Evie (6) has not been seen since May.",
    "Dad did not answer the door to the police on Friday. Tom (3) has not been seen.",
])
def test_the_door_kept_to_callers_is_not_behaviour(engine, text):
    assert not shown(engine, text, "behaviour")


@pytest.mark.parametrize("text", [
    "Nan is worried because Dad locked the door on Kai (6) and left him outside in the rain on Sunday.",
    "Mum left the front door open and Ava (2) walked out onto the road on 3 May.",
    "Dad kept the door shut to Kai's bedroom and would not let him out all evening.",
    "Mum's partner slammed the door on Evie's (6) hand and broke her finger.",
    "Dad did not answer the door to Tom (3), who was left outside in the cold on Friday.",
])
def test_a_door_used_against_the_child_stays_behaviour(engine, text):
    assert shown(engine, text, "behaviour")


# 5. Impact: what the child is kept in, spoilt or slept in ("in a soaked nappy", "goes to bed in his
# coat") is what the adults' care does to the child's body; ordinary clothes worn are not.
@pytest.mark.parametrize("text", [
    "Gran is worried about Kit (1). Mum is low and stays in bed. Kit is left in a wet nappy all morning.",
    "The electric has been cut off since May because Dad spent the money on drink. Ola (5) has been going to bed in her coat.",
    "Dad drinks most nights. He sends Remy (7) to school in dirty clothes with no breakfast.",
    "Mum's partner shouts and throws things at night. Noor (8) now sleeps in her school uniform.",
    "Mum is using heroin again. Bea (2) was found in a soiled nappy on Tuesday.",
    "Dad leaves Jay (4) with his friends. Jay often comes home in the same clothes he left in.",
    "Mum has no money for the gas. Finn (3) has been sleeping in his coat and shoes.",
    "Nan drinks through the day. Ivy (2) was in a filthy vest when the nursery collected her.",
    "Dad stays out all night. Sol (6) goes to bed in his jumper because the house is cold.",
    "Mum has stopped washing the children's things. Zac (5) comes to school in stained trousers.",
])
def test_kept_in_the_wrong_clothes_is_impact(engine, text):
    assert shown(engine, text, "impact")


@pytest.mark.parametrize("text", [
    "Dad drinks every night. Ola (5) goes to school in her uniform.",
    "Mum drinks at weekends. Kit (1) came to nursery in a new coat.",
    "Dad shouts at Mum. Mum dressed Remy (7) in his football shirt.",
    "Mum drinks. If this carries on, Bea (2) could be left in a wet nappy.",
    "Dad smokes cannabis in the flat. Noor (8) has a new school uniform.",
])
def test_ordinary_clothes_are_not_impact(engine, text):
    assert not shown(engine, text, "impact")
