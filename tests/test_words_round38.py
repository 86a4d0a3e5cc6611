"""Round 38 (r38c): word faults, with wordings of our own and near misses that must not change.

- Verdicts on what an adult can do as a parent (SOS305): "unable to put her needs first", "cannot
  set boundaries", "is unlikely to be protective", "worries about his ability to safely parent".
- Care judged by how well it is done (SOS302): "his epilepsy is poorly controlled".
- School words (review37s S#4): isolation, SENCo, PA, FTE, LSA, HOY, AP, lates, managed move,
  reduced timetable, alternative provision; "placed in isolation" is not a move of home.
- "YOT order" (review37x X#10): no swap that invents an order.
- Advice on words said of the child asks about the child, not "Mum or Dad" (review37x X#8).
- One name for one set: words36h's _ADULT_PARTNERS and child_blame's _SEX_TRADE_ADULTS.
"""
from __future__ import annotations

import pytest


def _on(engine, text: str, words: str, code: str, kind: str = "worry"):
    start = text.index(words)
    end = start + len(words)
    report = engine.check_many([text], [kind])[0]
    return [f for f in report.findings if f.code == code and f.start < end and start < f.end]


# ---- parenting capacity told as a verdict (SOS305) ----

CAPACITY_FIRES = [
    ("Nana Pat is unable to put Jayden's needs first.", "unable to put"),
    ("Mr Okafor cannot set boundaries for the boys.", "cannot set boundaries"),
    ("Her stepfather is struggling to set limits with Amara.", "struggling to set limits"),
    ("The social worker thinks Auntie Bev is unlikely to be protective.", "unlikely to be protective"),
    ("Staff have worries about Mr Okafor's ability to safely parent.", "ability to safely parent"),
    ("Nana Pat is not able to keep the twins safe.", "keep the twins safe"),
]

CAPACITY_QUIET = [
    # a reason is given: what happened and why, not a verdict
    ("Mr Okafor is unable to supervise the boys because he works nights.", "unable to supervise"),
    # a time: a deed on a day, not what he can never do
    ("Mr Okafor could not stop Dean hitting Amara on Friday.", "could not stop"),
    # the future or a condition: what could happen
    ("If Dean comes back, Auntie Bev will not be able to protect Amara.", "protect"),
    # the capacity praised, not doubted
    ("Auntie Bev's ability to keep Amara safe has grown since she left Dean.", "ability"),
    # the child is the one who cannot
    ("Amara cannot set boundaries with her friends yet.", "cannot set boundaries"),
    # an act that is not parenting
    ("Nana Pat was unable to attend the review.", "unable to attend"),
]


@pytest.mark.parametrize("text,words", CAPACITY_FIRES)
def test_parenting_capacity_verdict_is_a_judgement(engine, text, words):
    assert _on(engine, text, words, "SOS305"), text


@pytest.mark.parametrize("text,words", CAPACITY_QUIET)
def test_parenting_capacity_near_misses_stay_quiet(engine, text, words):
    found = _on(engine, text, words, "SOS305")
    assert not found, (text, [text[f.start:f.end] for f in found])


# ---- care judged by how well it is done (SOS302) ----

POORLY_FIRES = [
    ("The diabetes nurse is worried that Tomasz's diabetes is poorly managed at home.", "poorly managed"),
    ("Ezra's epilepsy is badly controlled and he has had three seizures at school.", "badly controlled"),
    ("Mr Okafor is not properly supervising the toddlers in the bath.", "properly supervising"),
]

POORLY_QUIET = [
    # the colon goes on to say what was not done
    ("Ezra's asthma is poorly managed: Mum has not collected his inhaler since May.", "poorly managed"),
    # how it is done well
    ("Dad manages Ezra's insulin well and writes each dose in the diary.", "manages"),
    # no verb of care
    ("The cut on Ezra's knee was poorly healed.", "poorly healed"),
    # the how is said
    ("Mum manages the rent badly by spending it on cigarettes.", "manages the rent badly"),
]


@pytest.mark.parametrize("text,words", POORLY_FIRES)
def test_care_judged_by_how_well_is_vague(engine, text, words):
    assert _on(engine, text, words, "SOS302"), text


@pytest.mark.parametrize("text,words", POORLY_QUIET)
def test_care_judged_near_misses_stay_quiet(engine, text, words):
    found = _on(engine, text, words, "SOS302")
    assert not found, (text, [text[f.start:f.end] for f in found])


# ---- school words (S#4) ----

SCHOOL = (
    "Miss Roy, Tayo's HOY, says Tayo is PA at 81% this term and has had three FTEs and four days in isolation "
    "since Easter. The SENCo and his LSA wrote that the school is looking at AP, a managed move or a reduced "
    "timetable. He has eleven lates."
)


@pytest.mark.parametrize("words,code", [
    ("HOY", "SOS102"), ("PA", "SOS102"), ("FTEs", "SOS102"), ("isolation", "SOS101"), ("SENCo", "SOS102"),
    ("LSA", "SOS102"), ("AP", "SOS102"), ("managed move", "SOS101"), ("reduced timetable", "SOS101"),
    ("lates", "SOS101"),
])
def test_school_words_are_known(engine, words, code):
    found = _on(engine, SCHOOL, words, code)
    assert found, words
    assert "looks like an acronym" not in found[0].message  # known, with its own advice


def test_school_letters_are_read_in_their_school_sense(engine):
    report = engine.check_many([SCHOOL], ["worry"])[0]
    by_words = {SCHOOL[f.start:f.end]: f.message for f in report.findings}
    assert "persistent absence" in by_words["PA"]
    assert "suspension" in by_words["FTEs"]
    assert "alternative provision" in by_words["AP"]
    assert by_words["managed move"] != by_words["reduced timetable"]  # one explanation each


def test_pa_outside_school_is_not_called_absence(engine):
    text = "Mr Daly has a PA paid by direct payments who helps him with his wheelchair and his care."
    found = _on(engine, text, "PA", "SOS102")
    assert found and "personal assistant" in found[0].message and "absence" not in found[0].message


@pytest.mark.parametrize("text", [
    "Tayo was put in isolation twice last week for his phone going off in a lesson.",
    "Tayo spent two days in the isolation room after the fight in the playground.",
])
def test_school_isolation_is_flagged(engine, text):
    assert _on(engine, text, "isolation", "SOS101"), text


@pytest.mark.parametrize("text", [
    "Since the move Mum lives in social isolation and rarely leaves the flat.",
    "Nan has felt isolated since Grandad died.",
    "The family had to self-isolate in January when Tayo had covid.",
    "Mum spoke about her isolation from her sisters.",
])
def test_isolation_that_is_not_school_is_left_alone(engine, text):
    report = engine.check_many([text], ["worry"])[0]
    assert not [f for f in report.findings if f.code == "SOS101" and "isolat" in text[f.start:f.end].lower()], text


def test_placed_in_isolation_is_not_a_move_of_home(engine):
    text = "Tayo was placed in isolation three times for being late to school."
    report = engine.check_many([text], ["worry"])[0]
    assert not [f for f in report.findings if "went to live" in f.message]
    assert _on(engine, text, "isolation", "SOS101")
    moved = "Tayo was placed with his aunt in Leeds in June."
    assert [f for f in engine.check_many([moved], ["worry"])[0].findings if "went to live" in f.message]


# ---- YOT order (X#10) ----

def test_yot_order_gets_no_swap_that_invents_an_order(engine):
    text = "Jordan is not keeping to his YOT order and has missed three appointments since June."
    found = _on(engine, text, "YOT order", "SOS101")
    assert found and "no order of that name" in found[0].message
    assert found[0].fix is None
    report = engine.check_many([text], ["worry"])[0]
    assert not [f for f in report.findings if f.fix and "youth offending team order" in f.fix.replacement]


def test_yot_alone_still_has_its_swap(engine):
    text = "Jordan sees his YOT worker on Tuesdays after school."
    found = _on(engine, text, "YOT", "SOS102")
    assert found and "youth offending team" in found[0].message


# ---- advice on words said of the child (X#8) ----

def test_advice_on_the_childs_words_asks_about_the_child(engine):
    text = "Since March Keisha is reluctant to engage with her youth worker and has gone missing twice."
    found = _on(engine, text, "reluctant to engage", "SOS305")
    assert found and "Keisha said" in found[0].message and "Mum or Dad" not in found[0].message


def test_advice_on_a_parents_words_still_asks_about_the_parent(engine):
    text = "Dad is reluctant to engage with the family support worker and missed two visits in May."
    found = _on(engine, text, "reluctant to engage", "SOS305")
    assert found and "Keisha" not in found[0].message and ("Dad" in found[0].message or "Mum or Dad" in found[0].message)


# ---- one name, one set ----

def test_partner_sets_have_one_definition_each():
    from sos_lint.checks import child_blame, words36h

    assert not hasattr(words36h, "_PARTNERS")  # the unused near-copy is gone
    assert "stepmother" in words36h._ADULT_PARTNERS and "punter" not in words36h._ADULT_PARTNERS
    assert not hasattr(child_blame, "_ADULT_PARTNERS")
    assert "punter" in child_blame._SEX_TRADE_ADULTS and "mum" not in child_blame._SEX_TRADE_ADULTS


def test_advice_never_hands_the_child_the_job_of_keeping_safe(engine):
    """A near miss of X#8: words said of the child whose advice asks what the parents WILL do keep
    that advice; "what Kacey will do differently" would make the child responsible for her safety."""
    text = ("Kacey was sent messages by a man she met in a game and he asked her for photos. "
            "Kacey needs to understand the risks of talking to strangers online.")
    report = engine.check_many([text], ["worry"])[0]
    assert not [f for f in report.findings if "Kacey will do" in f.message]
