"""Round 22 (lead): SOS511 (compliance as the goal) is silent in the goal's if-not part, what
follows when the goal is not met ("If this doesn't happen, a referral to children's social care
will be considered"), and still fires on compliance set as the goal, including a condition that
itself names a service ("If Mum does not attend the course, …": the condition is the goal's words).
Wordings are the lead's own (found on the corpus's d-022-g-poor, where the rewrite had to keep the
flagged words).
"""
import pytest

from sos_lint.api import engine


def _sos511(text):
    report = engine().check_many([text], ["goal"])[0]
    return [text[f.start:f.end] for f in report.findings if f.code == "SOS511"]


@pytest.mark.parametrize("text", [
    "Mum, you will make Ola's tea by six every night. If this doesn't happen, a referral to children's social care "
    "will be considered.",
    "Dad, you will walk Remi to school each morning. If this does not happen, the case will go to a child "
    "protection conference.",
    "Nan will collect Aya on Fridays. If not, the social worker will make a referral to the court team.",
    "Mum, you will keep the medicine locked away. Otherwise, a parenting assessment will be arranged.",
    "Dad, you will be sober when you have Kit. If that doesn't happen, contact will move to the family centre "
    "and be supervised.",
])
def test_the_consequence_of_an_unmet_goal_is_not_the_goal(text):
    assert _sos511(text) == [], text


@pytest.mark.parametrize("text", [
    "Mum will attend a parenting course and engage with services.",
    "Dad will engage with the drug service. If this doesn't happen, Remi could get hurt.",
    "If Dad is offered a place, he will attend the anger course every Tuesday.",
    "Mum will comply with her treatment and keep the social worker updated.",
    "Mum, you will make Ola's tea by six every night. If you do not attend the course, Nan will have Ola.",
])
def test_compliance_set_as_the_goal_still_fires(text):
    assert _sos511(text), text
