"""When or where (a worry's context part, issue 11 §5): counted only when the time or place is said
of the adults' behaviour, the clause that holds it or an adverbial of it, not of a service's event
(a visit, an arrest, a meeting, a referral, a call to the police), the worry itself, or the child's
own doings or history. Written for this file in new wordings, not taken from any probe set."""
from __future__ import annotations

import pytest


def context_shown(engine, text: str) -> bool:
    report = engine.check_many([text], ["worry"])[0]
    return next(c for c in report.components if c.name == "context").present


@pytest.mark.parametrize("text", [
    # A service's own visit, call, arrest, discussion or worry.
    "The health visitor called at the flat on 14 February and found the heating off. Kofi (1) could get ill "
    "from the cold.",
    "Uncle Ray was arrested on 9 July after a neighbour rang the police. Tia (7) could be hurt.",
    "A strategy discussion was held on 3 March about Leo (4). Leo could be hurt if Dad hits him.",
    "Concerns were first raised in January by the nursery about Dad. Ava (3) could be hurt.",
    "The police officer who visited the house on 2 June is worried that Dad hits Mum. Sam (5) could get hurt.",
    "Ms Kaur has been worried since Easter that Dad is drinking. Ben (8) could be hurt.",
    # Taking part in a service: a missed check or a visit nobody was in for.
    "Mum has not brought Ezra (2) to his last three health checks in March. Ezra could fall behind.",
    "The family support worker saw the children at school on Monday and Mum was not at home. Jay (6) could go "
    "hungry.",
    # The child's own doings or history.
    "Kezia (9) has had headaches for months and sleeps badly at Nan's. Mum drinks. Kezia could get hurt.",
    "Ollie (6) came to breakfast club on Tuesday without a coat. Dad shouts at him. Ollie could become withdrawn.",
    # A season is a stretch of months, like "this year".
    "Grandad is worried that Dad shouted at Mum in the spring. Lola (3) could be frightened.",
])
def test_a_time_or_place_not_said_of_the_adults_behaviour_is_missing(engine, text):
    assert context_shown(engine, text) is False


@pytest.mark.parametrize("text", [
    "Nan is worried because Dad threw a plate at Mum in the hallway while Ezra (2) was in his high chair. "
    "Ezra could be cut.",
    # A professional saw it, or was called because of it: the day is the day of the adult's act.
    "On 14 February the health visitor saw Mum push Kofi (1) off her lap onto the hard floor. Kofi could break "
    "a bone.",
    "The police were called to the flat on 2 June after Dad kicked the bedroom door in. Sam (5) could get hurt.",
    "Last Saturday Mum's boyfriend Craig left Ava (3) alone in the flat for four hours. Ava could be hurt.",
    # Done to the child, said the passive way round.
    "Aunt Bea is worried that Ollie (6) was left alone in the car outside the pub on Friday night. Ollie could "
    "be taken.",
    "The school nurse is worried that Leah (8) was picked up from school by Dad on 5 May and he was slurring his "
    "words. Leah could be hurt.",
    # One occasion of the behaviour, or what was found at home.
    "There was a row at the flat on 8 October and Dad punched a hole in the wall. Nia (4) could be hurt.",
    "The social worker is worried about a domestic incident at the family home on 30 May. Nia (4) could be hurt.",
    "On the last home visit there were dirty nappies on the kitchen floor and no food in the fridge. Nia (4) "
    "could get ill.",
    # How the adult was, and the child's doing as the occasion of the adult's act.
    "Mum was asleep on the sofa at 3pm when Nia (4) let herself out of the house. Nia could be run over.",
    "Grandad is worried that Mum's partner Wes locks Harry (5) in his bedroom whenever he cries. Harry could be "
    "trapped in a fire.",
    # What a child or a parent told a professional: the date is of the act told.
    "Jaden (10) told his teacher that Dad pushed Mum down the stairs on Sunday night. Jaden could be hurt.",
])
def test_a_time_or_place_of_the_adults_behaviour_is_present(engine, text):
    assert context_shown(engine, text) is True


@pytest.mark.parametrize("text, present", [
    ("During a home visit on 3 May, Dad was slurring his words and smelled strongly of alcohol. Finn (2) could be dropped.", True),
    ("Police attended the address on 3 May following reports of shouting. Finn (2) could be hurt.", False),
    ("On 4 April Jayden (7) disclosed to his teacher that Dad had hit him with a belt. Jayden could be hurt again.", False),
    ("Jayden (7) said that on Saturday Dad hit him with a belt in the garden. Jayden could be hurt again.", True),
    ("Mia (11) has been missing from home three times since Christmas. Mum does not report her missing. Mia could be exploited.", False),
    ("Mum left Finn (2) with a 12-year-old neighbour on Friday night while she went to the pub. Finn could be hurt.", True),
    ("The case was transferred to the Child in Need team in June. Dad drinks heavily. Finn (2) could be hurt.", False),
    ("At the core group on 6 June Mum became angry and walked out. Finn (2) could be neglected.", False),
    ("Finn (2) was seen by the GP on 2 June with a chest infection. Mum smokes. Finn could get ill.", False),
    ("Dad regularly drinks. Finn (2) could be hurt.", False),
    ("When Dad has been drinking at the weekend he shouts at Finn (2) and throws things. Finn could be hit.", True),
    ("Dad was drunk at the school gate at 3pm on Tuesday and could not stand up. Finn (6) could be hurt.", True),
    ("Mum's partner Jordan smokes cannabis in the bedroom Finn (2) sleeps in. Finn could get ill.", True),
    ("A referral was made on 12 June by the school nurse. Dad drinks. Finn (6) could be hurt.", False),
    ("Finn (6) was excluded from school on 12 June. Dad drinks. Finn could fall behind.", False),
    ("Finn (6) had been in care for two years before he went home in May. Dad drinks. Finn could be hurt.", False),
    ("Finn (6) told the school nurse on Monday that Dad hits him. Finn could be hurt.", False),
    ("On Monday morning Mum was asleep and Finn (6) got himself ready for school. Finn could be late.", True),
    ("Dad's friends come round every Friday night and take drugs in the kitchen. Finn (6) could swallow something.", True),
])
def test_context_in_more_wordings(engine, text, present):
    """The day a child told, was seen, excluded or moved, or a case was transferred, is a service's
    or the child's day; a visit, a night out or a weekend on which an adult did something is theirs."""
    assert context_shown(engine, text) is present


@pytest.mark.parametrize("text, present", [
    ("Nan is worried because on Sunday evening Dad came home drunk and kicked the dog while Poppy (4) watched. Poppy could be hurt.", True),
    ("The health visitor is worried that at her last check on 2 May baby Ava (3 months) had a burn on her hand and Mum could not say how it happened. Ava could be badly hurt.", True),
    ("Mr Jones, the head teacher, is worried because Dad shouted and swore at Ruby (7) in the playground on Friday afternoon. Ruby could feel scared to come to school.", True),
    ("Ella's auntie is worried that Mum and her boyfriend take cocaine in the living room after Ella (5) goes to bed. Ella could find the drugs and swallow them.", True),
    ("The police are worried because officers found Kai (3) alone in the flat at 11pm on 4 March while Mum was at the pub. Kai could be hurt.", True),
    ("The school nurse is worried that Mum has not given Josh (8) his asthma inhaler at home for the past two weeks. Josh could have a serious attack.", True),
    ("Dad hits Mum in front of the children at weekends when he has been drinking. Sam (6) could be hurt.", True),
    ("Grandma is worried that Mum leaves Lily (2) in her cot all day on the days she cannot get out of bed. Lily could become ill.", True),
    ("The midwife is worried that Mum smoked heroin in the bathroom on 3 June while baby Noah was in the next room. Noah could be hurt.", True),
    ("On three nights last week Dad left Tom (9) and his sister on their own until after midnight. Tom could be hurt.", True),
    ("The social worker is worried that every evening Mum's partner Rick drinks a bottle of vodka and then drives Leah (6) to her nan's. Leah could be killed in a crash.", True),
    ("Ms Khan is worried because Jade (12) said that Dad grabbed her by the neck in the kitchen yesterday. Jade could be hurt.", True),
    ("Leah's teacher saw Mum slap Leah (6) at the school gate this morning. Leah could be hurt.", True),
    ("During contact at the family centre on 3 May, Dad fell asleep while holding baby Mia. Mia could be dropped.", True),
    ("Mum's neighbour heard Dad screaming at Ava (5) late at night through the wall on several nights this month. Ava could be hurt.", True),
    ("The social worker is worried that Mum has a new partner. Ava (5) could be hurt.", False),
    ("The school is worried about Ava's attendance. Ava (5) could fall behind.", False),
    ("Ava (5) has been known to Children's Services since 2020. Dad drinks. Ava could be hurt.", False),
    ("Dad drinks every day and shouts at Finn (6). Finn could be scared.", False),
    ("At the core group on 6 June Mum became angry and walked out. Finn (2) could be neglected.", False),
])
def test_context_said_plainly_in_good_statements(engine, text, present):
    """Good statements say when or where in many ways (a day, a time of day, a room, a cot, while
    the child watched); a frequency alone, a professionals' meeting or a visit nobody was in for
    does not."""
    assert context_shown(engine, text) is present
