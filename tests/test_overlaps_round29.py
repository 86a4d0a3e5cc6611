"""Round 29 (dedupe29): showing each fault once changes what is shown, never a score. The engine
keeps the findings that gave way (Report.given_way): the dimension scores, the rule score, the rule
cap and the classifier's features count them, so the scores and the model card's figures are those
the models were trained on. Statements in our own words."""
from __future__ import annotations

from unittest import mock

from sos_lint.api import engine
from sos_lint.checks import overlaps
from sos_lint.learn import features

OVERLAPPING = ("worry", "Mum is not engaging, and Ollie (3) has missed his last two health checks. "
               "It was reported that Dad hit Ollie with a belt in March.")
APART = ("worry", "Nan saw Dad hit Ollie (3) with a belt in March, and Ollie said he was scared to go home.")


def _report(kind_text, resolve=True):
    kind, text = kind_text
    if resolve:
        return engine().check_many([text], [kind])[0]
    with mock.patch.object(overlaps, "settle", lambda found, text, kind: (found, [])):
        return engine().check_many([text], [kind])[0]


def test_findings_that_gave_way_are_kept_beside_the_report_not_shown():
    report = _report(OVERLAPPING)
    assert report.given_way, "this statement has two rules on the same words"
    shown = {(f.code, f.start, f.end) for f in report.findings}
    assert not any((f.code, f.start, f.end) in shown for f in report.given_way)
    # the JSON a caller reads shows each fault once
    assert all(set(d) != {"given_way"} for d in report.to_dict()["findings"])
    assert "given_way" not in report.to_dict()


def test_scores_and_features_are_the_same_as_without_the_overlap_policy():
    with_policy, without = _report(OVERLAPPING), _report(OVERLAPPING, resolve=False)
    assert len(with_policy.findings) < len(without.findings)
    assert with_policy.scores == without.scores
    assert with_policy.rule_score == without.rule_score
    assert with_policy.score == without.score
    assert features.rule_features(with_policy) == features.rule_features(without)


def test_a_statement_without_overlaps_gives_nothing_way():
    report = _report(APART)
    assert report.given_way == []
    assert report.findings == _report(APART, resolve=False).findings
