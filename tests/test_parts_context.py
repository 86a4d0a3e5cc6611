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
