"""SOS512 (absence of harm) and the alternative another adult gives: a "will not" is fine when
the same or the next sentence says what an adult of the family or network will do instead, on the
same occasion ("Dad will not drive the children after drinking. On those days Claire will do the
school run."). It still fires when nothing is done instead: harm said not to happen, a service
that checks, the child's feelings, another "will not", or an act not tied to the occasion.
Wordings written before the code (goal_words.alternative_follows). Each case: (kind, text, code,
words, fires), as in test_goal_classes16.py."""
from __future__ import annotations

import pytest

from word_classes import check_word_class

ABSENCE = ("SOS512",)

SILENT = [
    # corpus b-082: the other adult's act joined by "and", a name the people reader took for the child
    ("goal", "Ngozi will not drive Femi anywhere after taking extra painkillers, and Claire will do the school "
             "run for the next three months.", ABSENCE, "will not", False),
    ("goal", "Dad will not drive the children after drinking. On those days Claire will do the school run.",
     ABSENCE, "will not", False),
    ("goal", "Mum will not leave Ava alone at night. On those nights Nan will sleep over at the flat.",
     ABSENCE, "will not", False),
    ("goal", "Dad will not collect Leo from school when he has been drinking. Then Uncle Ray will collect him.",
     ABSENCE, "will not", False),
    ("goal", "Mum will not take the baby to the pub. When she goes out, Auntie Bev will look after him at her house.",
     ABSENCE, "will not", False),
    ("goal", "Dad won't bath Ruby on his own. Mum or Nan will bath her every evening.", ABSENCE, "won't", False),
    ("goal", "Mr Shaw will not pick the twins up from nursery. Grandad Tom will pick them up at 3pm every day.",
     ABSENCE, "will not", False),
    ("goal", "Mum will not walk Kai to school while she is unwell. Her friend Jade will walk him there each morning.",
     ABSENCE, "will not", False),
    ("goal", "Dad will not look after Mia overnight. At those times Aunty Rose will have her at her house.",
     ABSENCE, "will not", False),
    ("goal", "Kerry will not give Jack his medicine after she has had a drink. On those evenings Paul will give "
             "it to him.", ABSENCE, "will not", False),
    ("goal", "Dad will not drive after drinking. Claire will drive the children to football on Saturdays.",
     ABSENCE, "will not", False),
    ("goal", "Dad will not drink at home. When he wants a drink, he will go to Nan's and come back sober.",
     ABSENCE, "will not", False),
]

FIRES = [
    ("goal", "There will be no more police call-outs. Dad will take Leo to football on Saturdays.",
     ABSENCE, "no more police call-outs", True),
    ("goal", "Dad will stay off drugs completely. Nan will have Leo at weekends.", ABSENCE, "stay off drugs", True),
    ("goal", "Ava will be protected from harm. Mum will walk her to school.", ABSENCE, "protected from harm", True),
    ("goal", "Dad will not drink around the children. Social care will monitor this.", ABSENCE, "will not", True),
    ("goal", "Dad will not hit Leo. The social worker will visit every week.", ABSENCE, "will not", True),
    ("goal", "Mum will not shout at Ava. There will be no further incidents.", ABSENCE, "will not", True),
    ("goal", "Dad will not drink around the children. Leo will feel happy at home.", ABSENCE, "will not", True),
    ("goal", "Dad will not drive after drinking. Mum will make sure Leo is safe.", ABSENCE, "will not", True),
    ("goal", "Dad will not drink. Mum will not let him into the house when he has been drinking.",
     ABSENCE, "will not drink", True),
    ("goal", "Dad will not drink at home. On those days Nan will stay sober too.", ABSENCE, "will not", True),
    ("goal", "Dad will not shout at Leo. The probation officer will monitor his behaviour.", ABSENCE, "will not", True),
    ("goal", "Dad will not drink. Mum will cook tea.", ABSENCE, "will not", True),
    ("goal", "Dad will not hit Leo. On those days Dad will comply with the safety plan.", ABSENCE, "will not", True),
]


@pytest.mark.parametrize("kind,text,code,words,fires", SILENT + FIRES)
def test_alternative_of_another_adult(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)


def test_enough_wordings():
    assert len(SILENT) >= 10 and len(FIRES) >= 8


# Found measuring words_test12 (w12-42) and w12-14 / w16-19: a service called on the occasion is no
# deed instead.
SERVICE_ON_THE_OCCASION = [
    ("goal", "Mr Hunter will not attend the family home. Ms Okafor will call the police if he comes.",
     ABSENCE, "will not attend", True),
    ("goal", "Dad will not drive the children after drinking. On those days Mum will ring the social worker.",
     ABSENCE, "will not drive", True),
    ("goal", "Dad will not drive the children after drinking. On those days Nan will take them to school.",
     ABSENCE, "will not drive", False),
    # corpus c-114: the same adults on another occasion
    ("goal", "The parents will not drink alcohol to excess and will not argue in front of the children. If the "
             "parents do separate, they will make safe arrangements for the children.", ABSENCE, "will not drink", True),
]


@pytest.mark.parametrize("kind,text,code,words,fires", SERVICE_ON_THE_OCCASION)
def test_service_on_the_occasion(engine, kind, text, code, words, fires):
    check_word_class(engine, kind, text, code, words, fires)
