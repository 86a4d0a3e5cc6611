"""Verdicts on a parent's understanding and character (SOS305 judgement, with SOS304/SOS301 in
the same fault family as devtools.eval_words counts them), read by the SHAPE of the wording
(sos_lint/checks/parent_verdicts.py). Shapes found among the judgement misses of every informed
set (words_test10..16, the batteries, the probe and held-out sets):

- a worry not grasped: an adult + a negated verb of grasping ("not able to see the risks",
  "doesn't see that his shouting frightens Kian", "do not appear to take the worries seriously");
- a ranking against the child: an adult putting their own thing before the child ("puts her
  income before the children", "puts her beliefs before her son's health");
- giving up: "Mum has given up", "Dad has given up on Sky";
- harm made small: "Mother minimises the risk he poses".

Guards: a plain observed event ("Mum did not see Leo fall"), quotes, the child's own grasp or
feelings, placement ("put her coat on before the children"), giving up a habit ("has given up
drinking"), and a goal's aim ("will minimise the risk") are not verdicts. Wordings written before
the code. Each case: (kind, text, code, words, fires)."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

JUDGEMENT = ("SOS305", "SOS304", "SOS301")

NOT_GRASPED = [
    ("worry", "Mum is not able to see the risks to Rocky.", JUDGEMENT, "not able to see the risks", True),
    ("worry", "Dad doesn't see that his shouting frightens Kian.", JUDGEMENT, "doesn't see that", True),
    ("worry", "The parents do not appear to take the worries seriously.", JUDGEMENT, "take the worries seriously", True),
    ("worry", "Mr Cole does not take the concerns seriously.", JUDGEMENT, "take the concerns seriously", True),
    ("worry", "Mum cannot see that Leo is frightened when Dad drinks.", JUDGEMENT, "cannot see that", True),
    ("worry", "Dad is not able to understand the danger of leaving the baby alone.", JUDGEMENT,
     "not able to understand the danger", True),
    ("worry", "Gran doesn't accept that Uncle Pete is a risk to the girls.", JUDGEMENT, "doesn't accept that", True),
    ("worry", "Ms Shaw does not seem to take the risk from Ryan seriously.", JUDGEMENT, "take the risk from Ryan seriously", True),
    ("worry", "Mum does not recognise that the bruises were caused by her partner.", JUDGEMENT,
     "does not recognise that", True),
    ("worry", "Father isn't able to appreciate the impact of his drinking on Ava.", JUDGEMENT,
     "able to appreciate the impact", True),
    ("worry", "Mum and Dad don't realise that Jay is being groomed.", JUDGEMENT, "don't realise that", True),
    # Near misses: an event seen or not, the child's grasp, a quote, a thing seen, grasp shown.
    ("worry", "Mum did not see Leo fall down the stairs.", JUDGEMENT, "did not see Leo", False),
    ("worry", "Leo does not understand that Dad is not coming back.", JUDGEMENT, "does not understand", False),
    ("worry", "Mum said, \"I don't see that Leo is at risk.\"", JUDGEMENT, "don't see that", False),
    ("worry", "Dad could not see the road because of the snow.", JUDGEMENT, "could not see the road", False),
    ("worry", "Mum takes the worries seriously and rang the GP the same day.", JUDGEMENT, "takes the worries seriously", False),
    ("worry", "Dad did not see that Ava had climbed onto the window sill.", JUDGEMENT, "did not see that", False),
    ("worry", "Ruby is scared and does not realise that she can ring Nan.", JUDGEMENT, "does not realise", False),
]

RANKED_BEFORE_CHILD = [
    ("worry", "Mum puts her income before the children.", JUDGEMENT, "puts her income before the children", True),
    ("worry", "Mum clearly puts her beliefs before her son's health.", JUDGEMENT, "puts her beliefs before", True),
    ("worry", "Dad puts his work ahead of Ava's needs.", JUDGEMENT, "puts his work ahead of", True),
    ("worry", "Mum places her social life above the twins.", JUDGEMENT, "places her social life above", True),
    ("worry", "Mr Lee put his car before his daughter's safety.", JUDGEMENT, "put his car before", True),
    ("worry", "The parents put their holidays before the children's schooling.", JUDGEMENT,
     "put their holidays before", True),
    ("worry", "Dad is putting his gambling before Leo and Amy.", JUDGEMENT, "putting his gambling before", True),
    ("worry", "Ms Obi puts her phone above the baby's feeds.", JUDGEMENT, "puts her phone above", True),
    ("worry", "Stepdad puts his football ahead of the boys.", JUDGEMENT, "puts his football ahead of", True),
    ("worry", "Mum puts her own wishes before Kai's wellbeing.", JUDGEMENT, "puts her own wishes before", True),
    # Near misses: placement and time, not ranking.
    ("worry", "Mum puts her coat on before the children get up.", JUDGEMENT, "puts her coat on", False),
    ("worry", "Dad puts Leo to bed before eight every night.", JUDGEMENT, "puts Leo to bed", False),
    ("worry", "Mum put the medicine away before the children came home.", JUDGEMENT, "put the medicine away", False),
    ("worry", "Nan puts the kettle on before the twins arrive.", JUDGEMENT, "puts the kettle on", False),
    ("worry", "Dad put his bag in the car before school.", JUDGEMENT, "put his bag in the car", False),
    ("worry", "Mum puts her shoes by the door before bedtime.", JUDGEMENT, "puts her shoes", False),
]

GIVEN_UP = [
    ("worry", "Mum has given up.", JUDGEMENT, "given up", True),
    ("worry", "Dad has given up on Sky.", JUDGEMENT, "given up on Sky", True),
    ("worry", "Sky is staying out at weekends and Mum has given up.", JUDGEMENT, "given up", True),
    ("worry", "Ms Rowe cannot cope with the boys and has given up on them.", JUDGEMENT, "given up on them", True),
    ("worry", "Dad seems to have given up on Leo.", JUDGEMENT, "given up on Leo", True),
    ("worry", "The parents have given up trying with Jay.", JUDGEMENT, "given up trying", True),
    ("worry", "Gran gave up on Amir after he was excluded.", JUDGEMENT, "gave up on Amir", True),
    ("worry", "Mr Hale has given up on the children.", JUDGEMENT, "given up on the children", True),
    ("worry", "Mum has just given up on her daughter.", JUDGEMENT, "given up on her daughter", True),
    ("worry", "Both parents have given up on setting rules for Kai.", JUDGEMENT, "given up on setting rules", True),
    # Near misses: a habit or a thing given up, a child giving up, a goal, a quote.
    ("worry", "Dad has given up drinking since March.", JUDGEMENT, "given up drinking", False),
    ("worry", "Mum gave up her job to look after Leo.", JUDGEMENT, "gave up her job", False),
    ("worry", "Leo has given up on his homework.", JUDGEMENT, "given up on his homework", False),
    ("worry", "Dad has given up smoking.", JUDGEMENT, "given up smoking", False),
    ("worry", "Mum said, \"I have given up on him.\"", JUDGEMENT, "given up on him", False),
    ("worry", "Nan gave up her spare room for the twins.", JUDGEMENT, "gave up her spare room", False),
    # the seed's good worry: what happens at hard times, in the present, is description
    ("worry", "Mum is trying to keep it all together for Z but sometimes it gets too hard for her and she gives up "
              "trying.", JUDGEMENT, "gives up trying", False),
    ("worry", "The worker is also worried that when Mum gives up trying, the house becomes very dirty.", JUDGEMENT,
     "gives up trying", False),
]

MINIMISED = [
    ("worry", "Mother minimises the risk he poses.", JUDGEMENT, "minimises the risk", True),
    ("worry", "Dad minimises the injuries to Leo.", JUDGEMENT, "minimises the injuries", True),
    ("worry", "Mum minimised the incident when the police arrived.", JUDGEMENT, "minimised the incident", True),
    ("worry", "Mr Ali minimises his drinking.", JUDGEMENT, "minimises his drinking", True),
    ("worry", "The parents minimise the worries about Ruby's weight.", JUDGEMENT, "minimise the worries", True),
    ("worry", "Mum continues to minimise the violence.", JUDGEMENT, "minimise the violence", True),
    ("worry", "Stepdad minimizes the harm to the children.", JUDGEMENT, "minimizes the harm", True),
    ("worry", "Gran minimises the concerns raised by school.", JUDGEMENT, "minimises the concerns", True),
    ("worry", "Dad has minimised what happened on Friday.", JUDGEMENT, "minimised what happened", True),
    ("worry", "Mum tends to minimise Jay's self-harm.", JUDGEMENT, "minimise Jay's self-harm", True),
    # Near misses: a goal's aim, a service's job, a thing made small, a quote.
    ("goal", "Dad will minimise the risk by keeping the knives locked away.", JUDGEMENT, "minimise the risk", False),
    ("goal", "To minimise the risk, Nan will stay over on Fridays.", JUDGEMENT, "minimise the risk", False),
    ("goal", "Dad needs to minimise the time Leo spends alone.", JUDGEMENT, "minimise the time", False),
    ("worry", "Dad said, \"I minimised the risk.\"", JUDGEMENT, "minimised the risk", False),
    ("goal", "Mum will minimise the time Leo spends alone.", JUDGEMENT, "minimise the time", False),
]


@pytest.mark.parametrize("kind,text,code,words,fires", NOT_GRASPED + RANKED_BEFORE_CHILD + GIVEN_UP + MINIMISED)
def test_parent_verdict_shapes(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


@pytest.mark.parametrize("cases", [NOT_GRASPED, RANKED_BEFORE_CHILD, GIVEN_UP, MINIMISED])
def test_enough_wordings(cases):
    assert sum(fires for *_, fires in cases) >= 10
    assert sum(not fires for *_, fires in cases) >= 5


# Found measuring words_test12 (w12-14) and words_test16 (w16-19): "minimises" with a parent's
# deed as the object, or with none, is still the verdict.
@pytest.mark.parametrize("kind,text,code,words,fires", [
    ("worry", "Mother minimises Father's offending.", JUDGEMENT, "minimises", True),
    ("worry", "Ray was stopped by police on an e-scooter. Dad minimised.", JUDGEMENT, "minimised", True),
])
def test_minimising_kept(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


# A couple named by title as the subject of be/seem + a verdict adjective: the parser makes the
# title ("Mr") the subject and the surname a conjunct (w15-38 "Mr and Mrs Harrow are hostile to
# professionals", w12-23 "Mr and Mrs Lyttle are immature"). Plain states and feelings stay clean.
TITLED_COUPLE = [
    ("worry", "Mr and Mrs Harrow are hostile to professionals.", JUDGEMENT, "hostile", True),
    ("worry", "Mr and Mrs Lyttle are immature.", JUDGEMENT, "immature", True),
    ("worry", "Mr and Mrs Cole are chaotic.", JUDGEMENT, "chaotic", True),
    ("worry", "Mr and Mrs Cole are uncooperative.", JUDGEMENT, "uncooperative", True),
    ("worry", "Mr and Mrs Cole are evasive with the social worker.", JUDGEMENT, "evasive", True),
    ("worry", "Mr and Mrs Cole are resistant to advice.", JUDGEMENT, "resistant", True),
    ("worry", "Mr and Mrs Okoro were aggressive towards the health visitor.", JUDGEMENT, "aggressive", True),
    ("worry", "Mr and Mrs Dunn are manipulative.", JUDGEMENT, "manipulative", True),
    ("worry", "Mr and Ms Grant seem dismissive of the worries.", JUDGEMENT, "dismissive", True),
    ("worry", "Mr and Mrs Shah are defensive when asked about the bruises.", JUDGEMENT, "defensive", True),
    # A titled surname that is also a word (w12-11): "Bird", "Page", "Rose" stay a person.
    ("worry", "Ms Bird is unable to prioritise Jay (15).", JUDGEMENT, "unable to prioritise", True),
    ("worry", "Mr Page is hostile to the social worker.", JUDGEMENT, "hostile", True),
    ("worry", "Mrs Rose is chaotic in the mornings.", JUDGEMENT, "chaotic", True),
    # Near misses: a plain state, feelings, things, a worry felt.
    ("worry", "Mr and Mrs Patel were asleep when Leo rang.", JUDGEMENT, "asleep", False),
    ("worry", "Mr and Mrs Patel were tired and upset.", JUDGEMENT, "tired", False),
    ("worry", "Mr and Mrs Cole are worried about Leo.", JUDGEMENT, "worried", False),
    ("worry", "The boiler and the cooker are unreliable.", JUDGEMENT, "unreliable", False),
    ("worry", "Mr and Mrs Cole were out when the school rang.", JUDGEMENT, "out", False),
    ("worry", "The Bird Street flat is chaotic and damp.", JUDGEMENT, "chaotic", False),
]


@pytest.mark.parametrize("kind,text,code,words,fires", TITLED_COUPLE)
def test_titled_couple(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)
