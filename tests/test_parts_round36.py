"""Round 36 (r36a): parts and scores. Every statement here is new wording, not from the sets.

1. Who is worried, said by a verb of belief, fear, wanting or asking (checks/parts/worriers.py):
   a worker or a relative who is not the parent, as the subject; near misses that must not count:
   a parent's or a parent's partner's view, the child's own fear or wish, a question asked, a
   pronoun, a verb said with "not".
"""
from __future__ import annotations

import pytest

from sos_lint import api


def _parts(text: str, kind: str = "worry") -> dict:
    report = api.check(text, kind=kind)
    return {c.name: c for c in report.components}


def _codes(text: str, kind: str = "worry", severity=("warning", "error")) -> set:
    report = api.check(text, kind=kind)
    return {f.code for f in report.findings if f.severity in severity}


# ---- 1. who is worried, by a verb of stance ----

HOLDERS = [
    ("Priya Shah, the health visitor, and Nan believe that Dad has been leaving Rosie (2) alone in the flat "
     "while he goes to the pub. On Friday Rosie was found crying in her cot at 11pm.", "Priya Shah"),
    ("Rosie's key worker and her grandad are frightened by what Rosie has started to say about Dad's friend Craig. "
     "Craig has stayed over most weekends since May.", "key worker"),
    ("The school nurse and Aunt Carol both want Mum and Dad to understand that Jack (9) hears every word when they "
     "fight. Dad threw a plate at Mum on 2 May while Jack was on the stairs.", "school nurse"),
    ("Mr Patel, Leo's head of year, thinks that older boys are making Leo (14) carry parcels across town. "
     "Leo has been out past midnight four times this month.", "Mr Patel"),
    ("Leo's youth worker has asked to meet Mum and Dad because Leo (14) has been out past midnight four times "
     "this month. Dad lets Leo go out after 10pm.", "youth worker"),
    ("Dad punched the kitchen door on 4 June while Amir (5) watched. Amir's teacher and his uncle Tariq fear "
     "that next time Dad will hit Amir.", "teacher"),
    ("Mrs Kowalska, Lena's class teacher, and Dr Hale both fear for Lena (11). Her mum has stayed in bed most "
     "days since March and Lena makes the meals.", "Kowalska"),
    ("The people worried about Tilly (6) and Sam (4) are Ms Orme, the family's probation officer, and Gareth, "
     "their social worker. Their uncle was convicted of hurting a child in 2018.", "Orme"),
    ("Two people are worried about Kai (7): his gran and his teacher. Mum left Kai alone overnight on 3 May "
     "and went to a party.", "gran"),
    ("Detective Constable Ravi Mann and Lucy Ford, the family's social worker, both want Mum and Dad to understand "
     "what Nell (8) hears when Dad shouts. Dad broke the bedroom door on 6 May.", "Ravi Mann"),
    ("Dina Cole, the Early Help worker at Marsh Lane Family Hub, and Jake's dad both fear the older boys who wait "
     "for Jake (13) outside school. Jake has come home with cash twice this month.", "Dina Cole"),
    ("Dad's brother, Rob, and Sally Green, the school nurse, think Mum could stop eating again when the exams "
     "start. Mum was in hospital for six weeks last spring and Ava (10) did the shopping.", "Sally Green, the school nurse"),
    ("How Mum talks about Ruby (5) in front of her has upset Ruby's key worker and the nursery manager. Mum calls "
     "Ruby \"a nightmare\" at pick-up most days.", "key worker"),
]


@pytest.mark.parametrize("text, words", HOLDERS)
def test_a_worker_or_relative_by_a_verb_of_stance_is_who_is_worried(text, words):
    who = _parts(text)["who"]
    assert who.present, text
    assert words in who.evidence
    assert "SOS501" not in _codes(text)


NOT_HOLDERS = [
    # a parent's view, or a parent's partner's
    "Dad thinks the school is making a fuss about nothing. Dad punched the kitchen door on 4 June while Amir (5) watched.",
    "Mum believes Ellie (6) bruised her arm falling off the trampoline. Ellie has had four bruises since March.",
    "Mum's partner Dean thinks Ellie (6) is lying about the bruises. Ellie has had four bruises since March.",
    # the child's own fear or wish
    "Ellie (6) is frightened by the shouting at night. Dad shouts at Mum most nights.",
    "Ellie (6) told her teacher she wants to live with Nan. Dad shouts at Mum most nights.",
    # a parent asking, a worker asking a question
    "Dad has asked Ellie (6) to keep secrets from her teacher. Dad shouts at Mum most nights.",
    "The social worker asked Mum where Ellie (6) was on Saturday night. Ellie has had four bruises since March.",
    # a pronoun, or a verb said with "not"
    "They think Dad is hitting Ellie (6). Ellie has had four bruises since March.",
    "The GP does not think the bruises on Ellie (6) were caused by a fall. Ellie has had four bruises since March.",
    # a person frightened by what an adult did to them is not the holder of the worry
    "Dad frightened the health visitor when he shouted at her on 3 May. Ruby (5) hid behind the sofa.",
    # a group with nobody named after it
    "Three of us are worried about Kai (7). Mum left Kai alone overnight on 3 May: she went to a party.",
]


@pytest.mark.parametrize("text", NOT_HOLDERS)
def test_no_one_the_family_could_ask_is_not_who_is_worried(text):
    assert not _parts(text)["who"].present, text
    assert "SOS501" in _codes(text)


# ---- 2. whose act (review35w W#6) and what was not done (review35 C#1) ----

def _did(text: str):
    return _parts(text)["behaviour"]


NOT_DEEDS = [
    # what a worker noticed with their senses is how the deed became known
    "On 9 May Ms Grant smelt cannabis on Rhys's dad when he came to collect Rhys (5) from nursery.",
    "Mr Fenton saw a scratch on Lily's neck on Monday. Lily (8) was quiet all day.",
    # a guess in a clause of thinking
    "Olly (7) has come to school with marks on his arms. We think his mum's partner is grabbing him.",
    "Jess (3) is often hungry at nursery. I suspect Dad has been spending the money on drink.",
    # a harm said not to have been done, a parent's denial
    "Mum did not let Kian (4) stay with Lee after that weekend and rang the police herself.",
    "Dad says he did not kick the door and has never hit Rosa (9).",
]


@pytest.mark.parametrize("text", NOT_DEEDS)
def test_an_observers_verb_a_guess_or_a_denial_is_not_what_the_adults_did(text):
    assert not _did(text).present, (text, _did(text).evidence)


DEEDS = [
    # an adult's own act, said plainly
    "Tomasz swears at Ewa most evenings and Maja (6) hears it from the landing.",
    # neglect is told by what was not done: a care not given stays a deed
    "Mum did not feed Ruby (2) for most of Saturday and left her in a wet nappy.",
    # seeing a person is contact, the plan's matter
    "Mum has been seeing Craig again although he hit her in front of Ali (5) in March.",
    # a worker who is worried, and the deed said as what they are worried about
    "The school nurse is worried that Dad pushed Nia (10) down the stairs on 2 June.",
]


@pytest.mark.parametrize("text", DEEDS)
def test_an_adults_own_act_is_still_what_the_adults_did(text):
    assert _did(text).present, text


def test_a_name_that_is_a_modal_before_says_is_no_future_harm():
    # "Will says …": a modal never takes "says"; the denial is not what could happen
    parts = _parts("Will says he has never hurt Precious (6) and that her sister made it up.")
    assert not parts["future"].present
    assert not parts["behaviour"].present
    # a real modal still looks ahead
    assert _parts("Dad hits Mum when he drinks. If this goes on, Precious (6) will be hurt too.")["future"].present


def test_an_account_of_the_deed_is_not_a_denial():
    # what one parent says the other does, with no "not" in it, is the deed told
    text = "The health visitor is worried about Remi (2). Mum said that Dad gets angry and throws things at night."
    assert _did(text).present


# ---- 3. scores: a statement missing a core part is not among the best (C#8, W#6) ----

def test_a_worry_missing_a_core_part_scores_under_nine():
    # no adult's act: the bruises are seen, the deed is a guess
    text = ("Ms Ward, Finn's teacher, is worried about Finn (7). She has seen bruises on his arms three times since "
            "half term. We think his stepdad is grabbing him. Finn has started to flinch when adults come close, and "
            "if nothing changes he could be badly hurt.")
    report = api.check(text, kind="worry")
    missing = {c.name for c in report.components if not c.present}
    assert missing & {"who", "behaviour", "impact"}
    assert report.score < 9


def test_a_goal_missing_a_core_part_scores_under_nine():
    from sos_lint.report import Component
    from sos_lint.scoring import parts_cap
    every = [Component(n, n, True) for n in ("addressed", "action", "network", "others_know", "timescale",
                                             "experience", "if_not")]
    assert parts_cap("goal", every) == 10.0
    without = [Component(c.name, c.label, c.name != "experience") for c in every]
    assert parts_cap("goal", without) < 9
    # a part that is not core leaves the score as it is
    no_timescale = [Component(c.name, c.label, c.name != "timescale") for c in every]
    assert parts_cap("goal", no_timescale) == 10.0


def test_a_complete_worry_is_not_capped():
    text = ("Mrs Obi, the school nurse, and Grandad Len are worried that Dad hits Mum when he has been drinking. On "
            "12 March Dad punched Mum in the kitchen while Zara (6) was at the table, and Zara now hides in her room "
            "when she hears his car. If this goes on, Zara could be hurt trying to protect Mum.")
    report = api.check(text, kind="worry")
    assert all(c.present for c in report.components if c.name in ("who", "behaviour", "impact"))
    assert report.score >= 9


def test_an_adult_who_smelt_of_drink_is_still_the_adults_sign():
    # "smelt of" is the adult giving off the smell, not someone noticing it
    assert _did("Health visitor's visit 4/5: Dad smelt strongly of beer and Lola (3 months) was asleep on "
                "his chest on the sofa.").present
