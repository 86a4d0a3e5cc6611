"""Parts of a statement, round 16: each class of miss on parts_test15 is named in one line, then
written in my own wordings (other verbs, subjects, tenses, voice, settings) with near misses that
must not fire. None is a test-set phrase, name or row."""
from __future__ import annotations

import pytest
from report_helpers import shown


# BEHAVIOUR, class: a deed said only as a possibility ("may take", "might move", "could return"),
# a risk someone assessed, is what could happen, not what an adult did. Near misses: the deed done,
# "would" for a past habit, "could be heard" (someone heard it).
@pytest.mark.parametrize("text, expected", [
    ("The probation officer is worried that Mr Lowe may go back to live with Mum and Tilly (5).", False),
    ("The school has concerns that Dad might take Arlo (6) to Poland without telling anyone.", False),
    ("Nan is worried that Mum's partner may hit Rosa (3) if he is drinking.", False),
    ("There is a worry that Uncle Dev might contact Ivo (12) through his games console.", False),
    ("The police advise that Mr Shah could come to the school gates to find Zain (9).", False),
    ("Ms Bell is concerned that Mum may leave Pip (1) with people she does not know.", False),
    ("Health staff fear that Dad might stop giving Bea (7) her insulin.", False),
    ("The youth worker thinks that Kofi's stepdad may make him carry drugs for older boys.", False),
    ("It is feared that Mum might move to another town with Otis (4) before the hearing.", False),
    ("The midwife is worried that Dad may shake baby Ezra when he cries at night.", False),
    ("The probation officer is worried because Mr Lowe went back to live with Mum and Tilly (5) on Monday.", True),
    ("The school is worried that Dad took Arlo (6) to Poland in May without telling anyone.", True),
    ("Nan is worried that Mum's partner would hit Rosa (3) whenever he had been drinking.", True),
    ("The neighbour is worried because Dad could be heard screaming at Ivo (12) late at night.", True),
    ("Ms Bell is worried that Mum left Pip (1) with a man she had met that day.", True),
])
def test_behaviour_only_possible(engine, text, expected):
    assert shown(engine, text, "behaviour", "worry") is expected


# BEHAVIOUR, class: a deed under a verb of seeming or supposing ("appears to have stopped", "seems
# to be drinking", "is thought to have") is a guess, not something anyone saw. Near misses: the
# deed said plainly, "appeared at the door drunk" (arrived), a guess word elsewhere.
@pytest.mark.parametrize("text, expected", [
    ("The GP is worried. Mum appears to have stopped taking her antipsychotic tablets.", False),
    ("The teacher is worried. Dad seems to be drinking again most evenings.", False),
    ("The health visitor is worried. Mum's partner is thought to have moved into the flat.", False),
    ("The nursery is worried. Dad is believed to have been selling cannabis from the house.", False),
    ("The school nurse is concerned. Mum seemed to have forgotten about Ada's dental appointment.", False),
    ("Nan is worried. Grandad is suspected of taking money from Leon's savings.", False),
    ("The social worker is worried. Dad appears to be letting his friends stay over.", False),
    ("The youth worker is worried. Mum's boyfriend seems to have told Kit not to talk to staff.", False),
    ("The teacher is worried. Dad appeared to have hidden the bottles before the visit.", False),
    ("The GP is worried. Mum is presumed to have gone back to using heroin.", False),
    ("The GP is worried because Mum stopped taking her antipsychotic tablets in June.", True),
    ("The teacher is worried because Dad drank six cans at the school fair in front of Ava (8).", True),
    ("The nursery is worried because Dad appeared at the gate drunk and shouted at Lily (3).", True),
    ("Nan is worried because Grandad took £200 from Leon's (10) savings box last week.", True),
    ("The youth worker is worried because Mum's boyfriend told Kit (13) not to talk to staff.", True),
])
def test_behaviour_a_guess_by_seeming(engine, text, expected):
    assert shown(engine, text, "behaviour", "worry") is expected


# BEHAVIOUR, class: a pronoun that points back to the worried professional, named with her role
# beside her name, is the professional: her visit or call is not the adults' deed. Near misses: the
# pronoun is a parent's, or a parent did something plainly.
@pytest.mark.parametrize("text, expected", [
    ("Tom Reed, health visitor, is worried about Ada (1) because he called at the flat twice and nobody came.", False),
    ("Priya Shah, the school nurse, is worried about Leo (7) because she rang the house on Monday.", False),
    ("Jo Lee, family support worker, is worried about Kit (3) as she knocked on 2 and 9 May with no reply.", False),
    ("Sam Cole, social worker, is concerned about Ivy (4) because he went to the home on Friday.", False),
    ("Ann Bright, the midwife, is worried about baby Fen because she tried to visit three times.", False),
    ("Lucy Hart, the school nurse, is worried about Ben (6) since she phoned twice in June.", False),
    ("Dev Mistry, youth worker, is worried about Zac (15) because he went to the hostel in March.", False),
    ("Kim Ross, the nursery manager, is worried about Poppy (2) because she called at the house on Tuesday.", False),
    ("Rita Moss, social worker, is worried about Finn (8) because she visited on 3 and 10 June.", False),
    ("Ed Price, the health visitor, is concerned about Nia (1) as he went to the flat on Monday.", False),
    ("Tom Reed, health visitor, is worried about Ada (1) because Dad shouted at her when she cried.", True),
    ("Priya Shah, the school nurse, is worried about Leo (7) because Mum smacked him in the playground.", True),
    ("Jo Lee, family support worker, is worried about Kit (3) because Dad left him alone on 2 May.", True),
    ("Sam Cole, social worker, is worried about Ivy (4) because Mum locked her in her room on Friday.", True),
    ("Kim Ross, the nursery manager, is worried because Mum came to collect Poppy (2) drunk and fell over.", True),
])
def test_behaviour_the_professional_by_pronoun(engine, text, expected):
    assert shown(engine, text, "behaviour", "worry") is expected


# IMPACT, class: a hurt to the child's own body said with the child as subject ("bit through her
# tongue", "broke his wrist") or as a wound or ailment the child has ("has blisters on her feet").
# Near misses: an adult's hurt, what could happen, the child hurting someone else.
@pytest.mark.parametrize("text, expected", [
    ("Dad leaves the gate open. Last week Ayo (3) fell on the road and broke his wrist.", True),
    pytest.param("Mum does not give Esme (9) her tablets; on Friday Esme had a fit and bit through her lip.", True,
                 marks=pytest.mark.xfail(reason="round 16: the model reads 'bit' as a noun here", strict=False)),
    ("Dad makes Tobi (8) walk to school in shoes that are too small, and Tobi has blisters on his toes.", True),
    ("Mum left the iron on the floor and Cara (2) burnt her hand on it.", True),
    ("Dad does not check the trampoline; Kai (6) cut his head open on the frame in June.", True),
    ("Mum leaves glass on the floor. Noor (4) has a deep cut on her foot.", True),
    ("Dad drives after drinking; in March Ali (10) banged his head on the window when the car hit a wall.", True),
    ("Mum forgets Leo's (7) asthma pump, and Leo had two attacks at football this month.", True),
    ("Dad left Ria (5) in the garden all day and she has sunburn on her back and arms.", True),
    ("Mum did not take Evie (11) to the dentist, and Evie has an abscess on her gum.", True),
    ("Dad drinks every night. Dad broke his wrist in a fall last week.", False),
    ("Mum leaves the gate open. If this carries on, Ayo (3) could break his wrist on the road.", False),
    ("Dad shouts at home. Dad has a deep cut on his hand from the broken glass.", False),
    ("Mum has blisters on her feet from walking to the food bank.", False),
    ("Dad forgets to give Esme (9) her tablets and she may have a fit at school.", False),
])
def test_impact_the_childs_body_hurt(engine, text, expected):
    assert shown(engine, text, "impact", "worry") is expected


# EXPERIENCE, class: what the child will live when it works, said with "get", "have" or "be able
# to" ("will get a full night's sleep", "will be able to be a child again"). Near misses: a vague
# feeling ("will feel supported"), a service given to the child ("will be given sessions").
@pytest.mark.parametrize("text, expected", [
    ("Mum, you will put Ada (6) to bed at seven. Ada will get a proper night's sleep.", True),
    ("Dad, you will take over the cooking. Kai will be able to be a boy of ten again, not the cook.", True),
    ("Mum, you will keep the heating on. Ollie will have a warm bedroom every night.", True),
    ("Nan will collect the children on Fridays. Tia will be able to go to her street dance class again.", True),
    ("Dad, you will stay sober at weekends. Noor will get to spend Saturday afternoons at the park with you.", True),
    ("Mum, you will shop on Mondays. Jay will get breakfast before school every day.", True),
    ("Uncle Tom will sit with Ruby when Mum works late. Ruby will be able to do her homework in peace.", True),
    ("Mum, you will wash the uniforms on Sundays. Bea will go to school in clean clothes.", True),
    pytest.param("Dad, you will take your tablets. Finn will be able to just be a little boy again, instead of the "
                 "one who looks after his sister.", True,
                 marks=pytest.mark.xfail(reason="round 16: 'instead of' hangs outside the clause here", strict=False)),
    ("Mum and Dad, you will sort the arguments out away from the house. Evie will get some quiet at home.", True),
    ("Mum, you will put Ada (6) to bed at seven. Ada will feel supported.", False),
    ("Dad, you will take over the cooking. Kai will be offered sessions with the school counsellor.", False),
    ("Mum, you will keep the heating on. Ollie will be given time to talk about his worries in group work.", False),
    ("Nan will collect the children on Fridays. Tia will be referred to the young carers service.", False),
    ("Dad, you will stay sober at weekends. Noor will be seen by the social worker every month.", False),
    ("Mum, you will go to your appointments. Callum will be able to be a child again.", False),
])
def test_experience_what_the_child_will_get(engine, text, expected):
    assert shown(engine, text, "experience", "goal") is expected


# ACTION, class: keeping to a service or a rule, or a manner with no act ("engage with", "abide by",
# "act protectively", "adhere to", "cooperate with") is compliance, not an everyday act at home.
# Near misses: a plain act at home.
@pytest.mark.parametrize("text, expected", [
    ("Dad will abide by the contact agreement.", False),
    ("Mum will adhere to the safety plan at all times.", False),
    ("Mum will act protectively towards Ivy.", False),
    ("Dad will engage with the family support worker.", False),
    ("Mum and Dad will engage with the drug service.", False),
    ("Mr Cole will keep to his bail conditions.", False),
    ("Mum will behave appropriately around Kit.", False),
    ("Dad will conduct himself responsibly when he has contact.", False),
    ("Mum will co-operate with the health visitor.", False),
    ("Dad will stick to the rules of his order.", False),
    ("Dad will take Ivy to school every morning.", True),
    ("Mum will cook Kit a hot tea every night.", True),
    ("Mum will ring Nan when she feels low.", True),
    ("Dad will stay in the flat with the children when Mum is at work.", True),
    ("Mum will lock the front door at night and keep the key in her pocket.", True),
])
def test_action_keeping_to_a_rule(engine, text, expected):
    assert shown(engine, text, "action", "goal") is expected


# OTHERS KNOW, class: someone outside the family who will check or see it, said in the passive
# with "by" ("will be checked weekly by the school nurse"). Near misses: the passive with no one
# named, a professional's service that checks nothing.
@pytest.mark.parametrize("text, expected", [
    ("Mum will take Ava to school every day. This will be checked every Friday by her class teacher.", True),
    ("Dad will make the children's tea. The fridge will be looked at by the family worker each week.", True),
    ("Mum will keep the flat clean. The house will be seen every fortnight by the health visitor.", True),
    ("Dad will keep his appointments at the clinic. His attendance will be checked monthly by the GP.", True),
    ("Mum will take Leo to nursery each day. Leo's attendance will be watched by the nursery manager.", True),
    ("Dad will put Kai to bed at eight. This will be monitored by the social worker each month.", True),
    ("Mum will give Ivy her inhaler. Her inhaler use will be recorded by the school nurse every day.", True),
    ("Dad will walk the children to school. Their arrival will be noted daily by the school office.", True),
    ("Mum will keep the bottles out of the house. The kitchen will be checked by Nan every Sunday.", True),
    ("Mum will cook every evening. Finn's weight will be measured every month by the health visitor.", True),
    ("Mum will take Ava to school every day. This will be checked.", False),
    ("Dad will make the children's tea. Dad will be monitored by the family worker.", False),
    ("Mum will keep the flat clean. The family worker will complete six sessions with Mum.", False),
    ("Dad will put Kai to bed at eight. Dad will be supported by the family worker.", False),
    ("Mum will cook every evening. Mum will be helped by the family support worker.", False),
])
def test_others_know_passive_by(engine, text, expected):
    assert shown(engine, text, "others_know", "goal") is expected
