"""Round 33 (review33: a school DSL's trial), the rewrite. Wordings are my own, not the reviewer's.

Classes, each with cases that should change and near misses that should not:
1. A jargon swap judged uncertain in what it says (a table entry marked advice only, or a
   sentence the swap judge found doubtful once swapped) is not written by the rewrite, as
   `check --fix` does not write it: a plan's category stays a category, "Prior to Dad leaving"
   never becomes "Before Dad leaving". A swap judged sound is still made.
2. A long sentence is not split after a clause of worry or report ("… is worried that if …, X
   could …, and Y will …") that ends at the comma: the part split off would be stated as fact.
   A sentence of two plain main clauses is still split. The new count lost_conditions reads it.
3. A role word standing where the sentence says who the person is, is not known ("The father is
   unknown", "the baby's father is not known") keeps its words; elsewhere "the father" is Dad.
4. A judgement the sentence denies ("It is not true that Dad refused …") is not swapped; the
   same judgement asserted still is.
5. A flagged last item of a list of worries goes alone: the other worries in the sentence stay,
   with the question after the sentence (before, the whole sentence went).
6. A worker's initials holding concerns ("The CFW has concerns") say who is worried; an
   organisation ("The LA has concerns") still gets the question of who in it.
7. The new count told_twice: two sentences of a rewrite telling the same thing.
"""
from __future__ import annotations

import re

import pytest

from sos_lint.api import engine as shared_engine
from sos_lint.rewrite import fidelity, rewrite_many

ROWS = {
    # 1. uncertain swaps
    "category": ("worry", "Kayden (9) was made subject to a child protection plan under the category of "
                          "emotional abuse in May."),
    "prior_clause": ("worry", "Prior to Dad leaving the house, Rosa (5) saw him throw a chair at Mum on 2 June."),
    "prior_noun": ("worry", "Prior to the move, Dad threw a chair at Mum while Rosa (5) watched on 2 June."),
    # 2. splits
    "worried_if": ("worry", "Ms Reid is worried that if this carries on, Noah could be hurt when he tries to stop "
                            "it, and he will keep feeling scared in his own bedroom."),
    "two_clauses": ("worry", "Dad came home drunk at 2am on 3 June and shouted at Mum in the hallway for an hour "
                             "while Rosa (6) listened, and Rosa hid in the bathroom until the police came at 3am."),
    # 3. identity unknown
    "father_unknown": ("worry", "The father is unknown and Mum (19) has missed four scans since March."),
    "father_not_known": ("worry", "The baby's father is not known. Mum (19) has missed four scans since March."),
    "father_acts": ("worry", "The father shouts at Rosa (6) most nights when he has been drinking."),
    # 4. denied judgement
    "denied": ("worry", "It is not true that Dad refused to let the nurse in; he was at work. Rosa (6) has missed "
                        "three nurse visits since May."),
    "asserted": ("worry", "Dad refused to let the nurse in on 4 May and Rosa (6) has missed three nurse visits "
                          "since then."),
    # 5. a flagged last item of a list
    "list_item": ("worry", "The teacher is worried about the bruises on Ayo's arms and her risk-taking behaviour."),
    "list_item2": ("worry", "The school nurse is concerned about the cold bedroom and Ayo's inappropriate online "
                            "activity."),
    # 6. initials
    "initials": ("worry", "The CFW has concerns about the cold bedroom where Ella (4) sleeps."),
    "organisation": ("worry", "The LA has concerns about the cold bedroom where Ella (4) sleeps."),
}


@pytest.fixture(scope="module")
def out():
    eng = shared_engine()
    keys = list(ROWS)
    results = rewrite_many([ROWS[k][1] for k in keys], [ROWS[k][0] for k in keys], engine=eng)
    return {k: r.text for k, r in zip(keys, results)}


def _bare(text: str) -> str:
    return fidelity.without_placeholders(text)


def test_a_category_is_not_made_a_cause(out):
    assert "because of emotional abuse" not in out["category"]
    assert "under the category of emotional abuse" in out["category"]


def test_a_doubtful_swap_is_not_written(out):
    assert "before Dad leaving" not in out["prior_clause"].lower().replace("Before", "before")
    assert "Dad leaving the house" in out["prior_clause"]


def test_a_sound_swap_is_still_made(out):
    assert re.search(r"\b[Bb]efore the move\b", out["prior_noun"]), out["prior_noun"]


def test_no_split_after_a_worried_that_clause(out):
    text = _bare(out["worried_if"])
    assert "He will keep feeling scared" not in text
    assert "and he will keep feeling scared in his own bedroom" in text


def test_two_plain_clauses_still_split(out):
    assert "Rosa hid in the bathroom" in out["two_clauses"]
    assert ", and Rosa hid" not in out["two_clauses"]


def test_identity_unknown_keeps_the_role_word(out):
    assert "father is unknown" in out["father_unknown"]
    assert "Dad is unknown" not in out["father_unknown"]
    assert "father is not known" in out["father_not_known"]
    assert "dad is not known" not in out["father_not_known"].lower()


def test_the_father_who_acts_is_dad(out):
    assert "Dad shouts at Rosa" in out["father_acts"]


def test_a_denied_judgement_is_not_swapped(out):
    assert "Dad refused to let the nurse in" in out["denied"]
    assert "chose not to" not in out["denied"]


def test_an_asserted_judgement_is_still_swapped(out):
    assert "chose not to let the nurse in" in out["asserted"]


def test_a_flagged_list_item_goes_alone(out):
    assert "worried about the bruises on Ayo's arms" in _bare(out["list_item"])
    assert "risk-taking" not in _bare(out["list_item"])
    assert "cold bedroom" in _bare(out["list_item2"])
    assert "online activity" not in _bare(out["list_item2"])
    for key in ("list_item", "list_item2"):
        assert re.search(r"\[What did [^\]]*\bdo\b", out[key]), out[key]


def test_initials_say_who_is_worried(out):
    assert "[Who is worried" not in out["initials"]
    assert "has concerns about the cold bedroom" in out["initials"]
    assert "[Who is worried" in out["organisation"]


@pytest.fixture(scope="module")
def nlp():
    return shared_engine()


def test_lost_conditions_count(nlp):
    draft = ("Ms Reid is worried that if Mum keeps drinking, Noah could be left alone when she falls asleep, "
             "and he will keep missing nursery.")
    split = ("Ms Reid is worried that if Mum keeps drinking, Noah could be left alone when she falls asleep. "
             "He will keep missing nursery.")
    plain = "Dad shouted at Mum in the hallway for an hour, and Rosa hid in the bathroom until 3am."
    plain_split = "Dad shouted at Mum in the hallway for an hour. Rosa hid in the bathroom until 3am."
    a, b, c, d = nlp.parse([draft, split, plain, plain_split])
    assert fidelity.lost_conditions(a, b)
    assert not fidelity.lost_conditions(a, a)
    assert not fidelity.lost_conditions(c, d)
    assert "lost_conditions" in fidelity.COUNTS and "told_twice" in fidelity.COUNTS


def test_told_twice_count(nlp):
    draft = "On 14 March Dad pushed Mum into the kitchen door. Tayo saw it and hid under his bed."
    twice = ("On 14 March Dad pushed Mum into the kitchen door. On 14 March Tayo saw Dad push Mum into the "
             "kitchen door.")
    different = "On 14 March Dad pushed Mum into the kitchen door. On 2 May Nan took Tayo to the park after school."
    a, b, c = nlp.parse([draft, twice, different])
    assert fidelity.told_twice(a, b)
    assert not fidelity.told_twice(a, c)
    assert not fidelity.told_twice(a, a)
