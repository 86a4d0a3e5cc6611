"""When or where the adults' behaviour happens (issue 11 §5, round 17): a day written in figures,
and a day said of an adult's being told that dates what the adult then did
(sos_lint/checks/parts/when_where.py). Wordings of my own, written before the code, not taken from a
probe set, with near misses that must not count."""
from __future__ import annotations

import pytest


def _context(engine, text):
    report = engine.check_many([text], ["worry"])[0]
    return next(c for c in report.components if c.name == "context")


@pytest.mark.parametrize("text, evidence", [
    ("Dad hit Kai (4) on 12/04.", "12/04"),
    ("Mum slapped Tia (5) on 28/08.", "28/08"),
    ("Dad pushed Jo (7) down the stairs on 3.5.2024.", "3.5.2024"),
    ("Mum was warned by the GP about Kai's (3) weight on 4/11 but still gave him no lunch.", "4/11"),
])
def test_a_day_in_figures_is_a_date(engine, text, evidence):
    found = _context(engine, text)
    assert found.present and evidence in found.evidence


@pytest.mark.parametrize("text", [
    "Dad hits Kai (4). Kai scored 3/10 on his reading test.",  # a score
    "Dad hits Kai (4). Dad was late on 3/10 occasions.",  # a count
    "Dad hits Kai (4). Kai went to 2/3 of his sessions.",  # a fraction
    "Dad hits Kai (4). The social worker visited on 2/3.",  # the worker's own visit
    "Dad hits Kai (4). A referral was received on 12/10.",  # the service's process
])
def test_figures_that_are_no_day_of_the_adults(engine, text):
    assert not _context(engine, text).present


@pytest.mark.parametrize("text, present", [
    # The day the adult learnt of it dates what they then did (or did not do).
    ("Mum was made aware of Wren's (12) cuts on 2 May but did not take her to the GP.", True),
    ("Dad was told about Ali's (6) allergy on 2 March but still gave him peanut butter.", True),
    # Nothing of the adult's own joined on, or the joined clause has a subject of its own.
    ("Mum was warned by the GP on 4 November and was referred to a dietitian. Mum hits Kai (3).", False),
    ("Dad was arrested on 12 April and released on bail. Dad hits Kai (3).", False),
    ("Mum was told on 3 June and the social worker left the house. Mum hits Ava (4).", False),
    # An active telling dates the telling, not the act told.
    ("On 4 April Jayden (9) told his teacher that Dad hits him.", False),
])
def test_told_then_acted(engine, text, present):
    assert _context(engine, text).present is present


def test_what_the_adult_did_after_being_told_is_behaviour(engine):
    report = engine.check_many(["Dad was told about Ali's (6) allergy on 2 March but still gave him peanut butter."],
                               ["worry"])[0]
    assert next(c for c in report.components if c.name == "behaviour").present
    report = engine.check_many(["Mother was advised on 3 June to address the home conditions."], ["worry"])[0]
    assert not next(c for c in report.components if c.name == "behaviour").present
