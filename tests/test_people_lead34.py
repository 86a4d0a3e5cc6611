"""Round 34 (review34q Q#1, the QA lead's audit): a child's name that is also a word, opening a
goal's shorthand ("NAME to have…") or plain future ("NAME will have…"), or a worry's "was
observed to be…", was not read as a name: "No child is mentioned" (an error, capped at 3.2) for
the same goal that scored 7.9 with a name the tagger knows. Sentences here are new (not the
QA lead's), with near misses that must not change."""
from __future__ import annotations

import pytest

from sos_lint import people as P
from sos_lint.people.cared_openers import cared_for_at_opening, seen_as_a_person_at_opening

WORD_NAMES = ["Honor", "Saffron", "Journey", "Marvel", "Lark", "Comfort", "Treasure", "Sonny"]


@pytest.fixture(scope="module")
def nlp():
    from sos_lint.nlp import load

    return load()


def children(nlp, text):
    return {p.name for p in P.people(nlp(text)).children}


@pytest.mark.parametrize("name", WORD_NAMES)
@pytest.mark.parametrize("frame", [
    "{n} to have a hot meal every evening and a bath before bed. Dad will cook with Nan's help on Mondays.",
    "{n} will always have a packed lunch and her PE kit on Tuesdays. Auntie Bea will check the bag.",
    "{n} is going to go to nursery four mornings a week. Mum will walk her there.",
    "{n} to be warm and fed when he gets home from school. Grandad Len will be there at 3.30.",
])
def test_a_word_name_given_a_childs_daily_care_is_the_child(nlp, name, frame):
    assert name in children(nlp, frame.format(n=name))


@pytest.mark.parametrize("name", ["Honor", "Comfort", "Marvel"])
def test_a_word_name_seen_in_a_persons_state_or_hit_on_the_body_is_named(nlp, name):
    assert name in children(nlp, f"{name} was noted to be grubby and tearful at breakfast club on Friday.")
    assert name in children(nlp, f"{name} was slapped on the face in the car park.")


@pytest.mark.parametrize("text", [
    "Housing to repair the boiler by the end of March.",                   # a body, not a child
    "Attendance to be above 95% by Easter.",                               # a process word
    "Breakfast will be given at the club from 8am.",                       # no care "had" by a name
    "Comfort will have the children ready for school by 8.15.",            # the one who gives the care
    "Treasure will get breakfast for Milo and Ada every morning.",         # the same, for named children
    "Journey will stay calm when Milo cries at bedtime.",                  # an adult's own aim
    "Marvel was hit by the recession and closed.",                         # a thing hit by a thing
])
def test_near_misses_give_no_child(nlp, text):
    doc = nlp(text)
    assert not cared_for_at_opening(doc[0]) and not seen_as_a_person_at_opening(doc[0])


def test_the_same_goal_scores_the_same_whatever_the_childs_name(no_network):
    from sos_lint.api import engine

    e = engine()
    text = "{n} to have a hot meal every evening and a bath before bed. Dad will cook with Nan's help on Mondays."
    reports = {n: e.check_document(text.format(n=n), "goal") for n in ("Saffron", "Comfort", "Aisha", "Treasure")}
    codes = {n: [f.code for f in (r[0] if isinstance(r, list) else r).findings] for n, r in reports.items()}
    scores = {n: (r[0] if isinstance(r, list) else r).score for n, r in reports.items()}
    assert not any("SOS401" in c for c in codes.values()), codes
    assert max(scores.values()) - min(scores.values()) <= 0.2, scores
