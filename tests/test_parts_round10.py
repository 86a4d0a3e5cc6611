"""Parts of a statement, round 10 (issue 11 §5): each class of miss on parts_test9 and battery9b is
named in one line, then written in my own wordings (other verbs, subjects, tenses and order) with
near misses that must not fire. None is a test-set phrase."""
from __future__ import annotations

import pytest
from report_helpers import shown_as


shown = shown_as("goal")  # round 36: the one copy is in report_helpers


# IF-NOT, class: a conditional whose condition is the harm coming back or the plan shown broken (a
# repeat: "again", "another", "any more"; a result that shows it: "positive", "found"), and whose
# main clause names what then happens to the child or the family (the child goes to live or stay
# elsewhere, the police or the court, care). The phrase list only knew "if this does not happen".
# Near misses: contingencies that are part of the plan (who steps in on a late day), the child's
# own plan when worried, and everyday conditionals.
@pytest.mark.parametrize("text, expected", [
    ("Dad, you will take Noor to school every day. If Dad hits Noor again, she will go to live with "
     "Auntie Sara.", True),
    ("Mum, you will cook tea each night. If the drug tests come back positive, Kai will stay with his "
     "nan until things change.", True),
    ("Dad, you will walk Rio to school. If there is another fight at home, the police will be called "
     "and Rio may have to live with his uncle.", True),
    ("Mum, you will put Evie to bed at seven. If Mum drinks again when she has Evie, Evie will move to "
     "her grandad's.", True),
    ("Dad, you will make Leon's breakfast. Should Dad use cocaine again, Leon will be looked after by "
     "his aunt.", True),
    ("Mum, you will take Amara to nursery. If her ex-partner Jay comes back to the house, the social worker will ask "
     "the court to decide where Amara lives.", True),
    ("Dad, you will read to Finn at bedtime. If the hair strand test shows Dad has been using, Finn's "
     "weekends at Dad's will stop.", True),
    ("Mum, you will give Ola her inhaler. If Ola misses her inhaler again, she could end up in "
     "hospital.", True),
    ("Mum and Dad, you will keep the house warm. If the shouting starts again, Mia and Jo will go and "
     "stay with Grandma Pat.", True),
    ("Dad, you will collect Tom from school. If you hit Tom any more, he will have to go into foster "
     "care.", True),
    # near misses
    ("Mum, you will collect Ada at 3.15. If you are held up at work, Nan will collect Ada instead.", False),
    ("Dad, you will take Sol to football. If Sol feels worried at night, he will ring his aunt.", False),
    ("Mum, you will bath Rae every night. If it rains on Saturday, you will take Rae to the library.", False),
    ("Dad, you will sit with Ezra while he does his homework. If Ezra wakes in the night, you will "
     "settle him back to sleep.", False),
    ("Mum, you will cook a hot tea. If Nan is free on Sundays, she will take Zak to the park.", False),
])
def test_if_not_as_a_consequence_clause(engine, text, expected):
    assert shown(engine, text, "if_not") is expected


# IMPACT, class: what the child lived through told another way than a feeling word said of the
# child: by the child's own words to someone ("told his teacher he was frightened", "said she does
# not like going home"), by how the child was found ("was found wedged … crying", "police found
# Ava hiding"), or by a state others saw ("has been very quiet in class", "was withdrawn").
# Near misses: an adult's own feelings, a finding that is a service's act, a hedge ("appears
# withdrawn"), a place found for the child.
_W = "The social worker is worried that Dad drank ten cans of lager at home on 3 May while he was caring for {c} (8). "


@pytest.mark.parametrize("text, expected", [
    (_W.format(c="Sami") + "Sami told his teacher he had been frightened all night.", True),
    (_W.format(c="Ruby") + "Ruby has said to her nan that she hates going home.", True),
    (_W.format(c="Kit") + "Kit told the school nurse that he hadn't eaten since the day before.", True),
    (_W.format(c="Jade") + "Jade has told her form tutor she does not like being at home.", True),
    (_W.format(c="Lola") + "Lola says she doesn't want to go back to the flat.", True),
    (_W.format(c="Milo") + "Milo was found by a neighbour at the window, shaking and crying.", True),
    (_W.format(c="Ivy") + "The police found Ivy hiding under the stairs in the dark.", True),
    (_W.format(c="Rex") + "Rex was discovered wedged behind the sofa in the morning.", True),
    (_W.format(c="Tia") + "Since then Tia has been very quiet in class.", True),
    (_W.format(c="Abe") + "Abe has become withdrawn and clingy at nursery.", True),
    (_W.format(c="Nell") + "Nell told Mrs Patel that she was too scared to sleep.", True),
    # near misses
    (_W.format(c="Sami") + "Dad told the teacher he was sorry.", False),
    (_W.format(c="Ruby") + "Mum said she was tired after her shift.", False),
    (_W.format(c="Kit") + "Kit was found a place at the breakfast club by the school.", False),
    (_W.format(c="Jade") + "Jade appears withdrawn to her teacher.", False),
    (_W.format(c="Lola") + "Lola said that she had a nice time at Nan's.", False),
    (_W.format(c="Milo") + "The neighbour found Dad's door unlocked.", False),
    (_W.format(c="Miles") + "Miles could be trapped if there was a fire.", False),
    (_W.format(c="Ada") + "Ada may become withdrawn if this goes on.", False),
])
def test_impact_told_or_found(engine, text, expected):
    assert shown(engine, text, "impact", kind="worry") is expected


@pytest.mark.parametrize("text", [
    "Mum, you and Nan will make sure a sober adult is with Ada every evening; if you have had a drink, "
    "you will go to your room and Nan will stay with Ada. If this doesn't happen, Ada will stay with Nan.",
    "Dad, if you have used cannabis on a Friday, your brother Tim will have Leo overnight and stay with him.",
])
def test_the_plans_own_step_keeps_its_network(engine, text):
    assert shown(engine, text, "network")


# CONTEXT, class: the time or place of the event is in the sentence even when the verb is not an
# adult's plain act: the child's stay in a carer's care or return from it ("when Jo sleeps at Dad's
# flat on Fridays", "came back from his mum's on Monday 3 June"), or a route the model hangs on the
# noun before ("dragging her by the arm along Brook Street"). Near misses: the child's own day at
# school, a service's date, a place of a vague worry ("problems at home").
@pytest.mark.parametrize("text, expected", [
    ("The social worker is worried. Dad was seen by a neighbour dragging Ava (5) by her arm along Brook "
     "Street.", True),
    ("Nan is worried about neglect when Jo (4) sleeps at Dad's flat on Fridays.", True),
    ("Grandad is worried about neglect. Kai (6) came back from his mum's on Monday 3 June with head lice "
     "and no clean clothes.", True),
    ("The school is worried about neglect when Ali (3) stays with Mum's partner Rob at weekends.", True),
    # Round 23: the learned reading (learn/parts_reader.py) takes this "when" away: the sentence names
    # the worry ("neglect") and no deed, so its P is low. Kept as a known miss rather than a new rule.
    pytest.param("The health visitor is worried about neglect whenever Bea (2) is with her dad in the holidays.",
                 True, marks=pytest.mark.xfail(reason="learned parts reading vetoes a when with no deed beside it",
                                               strict=True)),
    ("Aunt Jo is worried about neglect. Sol (5) returned from his father's flat on 9 April covered in "
     "bites.", True),
    ("Nan is worried. Mum's partner pulled Ty (4) by the hood across the car park on Saturday.", True),
    ("The teacher is worried that Mum pushed Leo (7) down the stairs at home.", True),
    ("The childminder is worried about neglect when Mo (3) spends weekends at his dad's house.", True),
    ("The GP is worried about neglect. Edie (1) came back from Dad's last Sunday with a nappy that had "
     "not been changed.", True),
    # near misses
    ("The teacher is worried about neglect. On Monday Zak (7) came into class crying.", False),
    ("Nan is worried about neglect. Kai (6) goes back to school on Monday 3 June.", False),
    ("Nan is worried about neglect. Kai (6) came back to school on Monday 3 June without his lunch.", False),
    ("The teacher is worried that there are problems at home and Ava (6) is sad.", False),
    ("The GP is worried that Dad hits Ava (6). Ava was seen by the GP on 3 March.", False),
    ("The teacher is worried that Dad hits Ava (6). A referral was received from the school on 12 May.", False),
])
def test_context_in_a_carers_care_or_on_a_route(engine, text, expected):
    assert shown(engine, text, "context", kind="worry") is expected


# OTHERS KNOW, class: someone outside the parents passes word on about the step ("share the
# results with", "flag any problems to", "raise it with"), and the parents' own chart is still
# theirs when the subject sits above "need to … and tick the chart". Near misses: sharing a task
# with a helper, the parent's own diary or chart, a helper who comes along.
@pytest.mark.parametrize("text, expected", [
    ("Mum, you will stop using cannabis. You will do hair strand tests every three months, and the "
     "social worker will share the results with Ben's school.", True),
    ("Mum, you will take Leon to school every day. The attendance officer will keep an eye on Leon's "
     "register and flag any problems to the social worker.", True),
    ("Dad, you will take Rio to nursery each morning. Nursery staff will flag to the social worker any "
     "day Rio does not arrive.", True),
    ("Mum, you will keep your tablets locked away. The pharmacist will share the readings from your "
     "blister pack with the GP each month.", True),
    ("Dad, you will get Noah up for school. His head of year will raise it with the social worker if "
     "Noah is late twice in a week.", True),
    ("Mum, you will bath Ola every night. The school nurse will share her findings with the health "
     "visitor each half term.", True),
    ("Dad, you will cook Tia a hot meal each evening. Tia's childminder will flag it to Nan if Tia "
     "comes in hungry.", True),
    ("Mum and Dad, you will be sober at pick-up. The club coach will ring Grandad Len if either of you "
     "seems drunk.", True),
    ("Mum, you will give Remi his inhaler morning and night. The practice nurse will share the test "
     "results with you and the social worker.", True),
    ("Dad, you will stay off drugs. The drug worker will pass your results on to Ella's social "
     "worker.", True),
    # near misses
    ("Dad, you need to give Kofi his tablets at 8am every day and tick the chart on the fridge when you "
     "do.", False),
    ("Mum, you will cook tea every night and write it in your diary.", False),
    ("Mum, you will share the school run with your sister Pam.", False),
    ("Dad, you will take Ivy to the park on Saturdays. Your friend Jo will come with you.", False),
    ("Mum, you need to raise Ada in a calm home and flag down a taxi if you are stranded.", False),
])
def test_others_know_word_passed_on(engine, text, expected):
    assert shown(engine, text, "others_know") is expected


# EVERYDAY ACTION (P6), class: what a parent will do written without "you will": being there for the
# child at a time anyone could check ("Dad will be home when you get in from school"), or the act after
# "is going to" ("Mum is going to ask you at tea…"), also when the name the goal is spoken to is read as
# a subject ("Kai, Mum will…"). Near misses: a wish, a state, a service, "going to engage", being
# "there for you" with no occasion.
@pytest.mark.parametrize("text, expected", [
    ('Ava, until Easter Dad will be home when you get back from school every day.', True),
    ('Mo, your mum is going to ask you at tea each Sunday who you have been chatting to online.', True),
    ('Leo, Dad is going to cook your tea on school nights.', True),
    ('Kai, Mum will be at the school gate at 3.15 every day to walk you home.', True),
    ('Sara, your dad will be there when you wake up on weekend mornings.', True),
    ('Zak, Mum is going to put her phone away at teatime and chat to you about your day.', True),
    ('Tom, your stepdad will be downstairs with you while you do your homework every evening.', True),
    ('Ruby, Dad is going to drive you to dance on Tuesdays.', True),
    ('Jaylen, your mum is going to stop checking your phone while you sleep and will ask you instead, over tea on Sunday nights, who you have been talking to.', True),
    ('Scarlett, Dad will be home when you get in from school on Mondays and Fridays, and your Nan Val will be there on the other days.', True),
    # near misses
    ('Ava, Dad will be better at listening to you.', False),
    ('Mo, your mum will be at all her appointments with the drug service.', False),
    ('Leo, Dad is going to engage with the parenting course.', False),
    ('Kai, Mum will be calmer.', False),
    ('Sara, your dad will be there for you.', False),
])
def test_everyday_action_without_you_will(engine, text, expected):
    assert shown(engine, text, "action") is expected


# EVERYDAY ACTION, class: a step that only answers a professional's contact ("answer your phone when
# the social worker rings") is keeping in touch with a service, not care. Near misses: answering the
# child, or the door to Nan, beside an act of care.
@pytest.mark.parametrize("text, expected", [
    ("Dad, you need to answer your phone when the social worker rings and keep your appointments at the "
     "drug service.", False),
    ("Mum, you will open the door when the health visitor calls and let her see Noor.", False),
    ("Dad, you will pick up whenever professionals ring you.", False),
    ("Mum, you will answer the phone when the school nurse calls about Ava's asthma.", False),
    ("Dad, you will reply to texts whenever the probation officer messages you.", False),
    ("Mum, you will return calls when the family support worker rings you.", False),
    ("Dad, you will answer Leo's questions honestly when he asks about Mum.", True),
    ("Mum, you will open the curtains when Ava wakes up and make her breakfast.", True),
    ("Dad, you will answer the door to Nan when she brings Kai home on Sundays, and make Kai his tea.", True),
])
def test_answering_a_professional_is_not_care(engine, text, expected):
    assert shown(engine, text, "action") is expected


# CONTEXT, class: "will not" joined to a verb in the present or past is a refusal now ("he locks the
# door and will not let Mum out"), so a time or place said of it is not read as the future. Near
# misses: "will not" in the future clause, on its own.
@pytest.mark.parametrize("text, expected", [
    ("Nan is worried that when Mum's partner Rob drinks on Fridays he shouts at Ava (6) and won't let her "
     "go to bed.", True),
    ("The teacher is worried that Dad shouts at Leo (7) and will not let him eat at the table on school "
     "nights.", True),
    ("Aunt Jo is worried that Mum takes Kai's (9) phone and will not give it back to him at weekends.", True),
    ("The school is worried that Dad drinks and will not open the door to Nan on Sunday mornings.", True),
    ("Nan is worried that Mum's boyfriend Lee swears at Sky (5) and will not let her out of her room in "
     "the evenings.", True),
    pytest.param("The childminder is worried that Dad hit Jo (4) and would not let her sit down in the car on "
                 "Saturday.", True, marks=pytest.mark.xfail(reason="the place is read as the child's own doing")),
    ("The nurse is worried that Mum screams at Ola (3) and won't feed her at teatime.", True),
    ("Uncle Ray is worried that Dad locked Bo (8) out and would not let him in the house on 4 May.", True),
    pytest.param("The teacher is worried that Mum's partner grabs Mo (6) and will not let go of his arm in the "
                 "playground.", True, marks=pytest.mark.xfail(reason="'let go of' is misparsed")),
    ("Nan is worried that Dad hides the food and won't let Eve (5) have tea in the kitchen.", True),
    # near misses: the future clause
    ("Nan is worried that Mum drinks. If this goes on, Ava (6) will not be able to sleep at night.", False),
    ("The teacher is worried about Leo (7). Dad will not be able to keep him safe at home.", False),
    ("Nan is worried that Mum's partner shouts. Sky (5) will not want to go home at weekends.", False),
    ("The nurse is worried that Mum is low. She will not manage Ola (3) at teatime.", False),
    ("The school is worried that Dad drinks. Dad may not collect Jo (4) from school on Fridays.", False),
])
def test_a_refusal_is_not_the_future(engine, text, expected):
    assert shown(engine, text, "context", kind="worry") is expected


# IMPACT, class: the child's name read as a modal ("Will told Kwame he was scared"); a feeling in
# what the child said, with "he"/"she" as its subject, is the child's. Near miss: an adult's account.
@pytest.mark.parametrize("text, expected", [
    ("Auntie Rose is worried that Dad went out drinking on Friday and Will (9) was on his own. Will told "
     "his coach Kwame he was scared of the dark.", True),
    ("Nan is worried that Mum's partner shouted at May (8) on Sunday. May told her teacher Mr Ash she was "
     "frightened to go home.", True),
    ("Nan is worried that Mum's partner shouted at May (8) on Sunday. Mum told Mr Ash she was frightened "
     "of him.", False),
])
def test_feeling_told_by_a_child_named_like_a_word(engine, text, expected):
    assert shown(engine, text, "impact", kind="worry") is expected


# IMPACT, class: a state hedged by "appears", "seems", "presented as" is a guess at how the child
# seemed (issue 11 §4), not impact. Near misses: the same states said plainly.
_H = "The teacher is worried that Dad shouts at {c} (7) at home most nights. "


@pytest.mark.parametrize("text, expected", [
    (_H.format(c="Rose") + "Rose appears tired and withdrawn.", False),
    (_H.format(c="Ben") + "Ben seems sad in class.", False),
    (_H.format(c="Ada") + "Ada presented as upset at school.", False),
    (_H.format(c="Kit") + "Kit seemed frightened to staff.", False),
    (_H.format(c="Ivy") + "Ivy appeared anxious when Dad collected her.", False),
    (_H.format(c="Rose") + "Rose is tired and withdrawn in class.", True),
    (_H.format(c="Ben") + "Ben cried in class on Monday.", True),
    (_H.format(c="Ada") + "Ada told her teacher she was upset.", True),
    (_H.format(c="Kit") + "Kit fell asleep at his desk twice last week.", True),
    (_H.format(c="Ivy") + "Ivy was anxious and would not go home.", True),
])
def test_a_hedged_state_is_not_impact(engine, text, expected):
    assert shown(engine, text, "impact", kind="worry") is expected
