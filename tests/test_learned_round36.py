"""Round 36's measurement of the learned word tagger (devtools/learned36.py): it never reads a blind
set's second-reader marks, scores a second reader's marks in place of the writer's, and chooses its
threshold by the rule written down before sets 31-34 were read."""
from __future__ import annotations

from devtools import learned36 as m


def _cell(hits, faults, flagged, marks, alarms, good):
    c = {k: 0 for k in m.KEYS}
    c.update(hits=hits, faults=faults, any=hits, flagged=flagged, marks=marks, alarms=alarms, good=good)
    return c


def test_a_blind_sets_readers_marks_are_never_read():
    from devtools.eval_blind import INFORMED

    # (moved on each round as a set is opened: round 41 opened set 39; set 40 is blind)
    assert "words_test40" not in INFORMED
    assert m._b_marks(40) == {}
    assert m._b_marks(99) == {}
    assert m._b_marks(39), "set 39 is open and has a second reader's marks"


def test_set_numbers_are_read_only_from_words_and_good_files():
    assert m._set_no("words_test31") == 31 and m._set_no("good_test14") == 14
    assert m._set_no("words_battery11") is None and m._set_no("words_train17a") is None
    assert m._set_no("words_test") is None


def test_the_second_readers_marks_replace_the_writers_and_only_word_faults_count():
    rows = [{"id": "w90-01", "text": "Mum was uncooperative and the home was poor.", "good": False,
             "faults": [{"type": "label", "words": "uncooperative"}],
             "must_not_flag": [{"reason": "name", "words": "Mum"}]},
            {"id": "w90-02", "text": "Kai, 6, was left alone overnight.", "good": True, "faults": [], "must_not_flag": []}]
    marks = {"w90-01": {"id": "w90-01", "faults": [{"type": "vague", "words": "poor"},
                                                   {"type": "compliance", "words": "uncooperative"},
                                                   {"type": "vague", "words": "not in the text"}]}}
    out = m._b_rows(rows, marks)
    assert [r["id"] for r in out] == ["w90-01"]  # a row the reader did not mark is not scored
    assert out[0]["faults"] == [{"type": "vague", "words": "poor"}]
    assert out[0]["must_not_flag"] == [] and out[0]["good"] is False


def test_the_threshold_is_the_lowest_that_keeps_every_budget_on_the_tuning_sets():
    grid = [str(t) for t in [m.RULES, *m.GRID]]

    def block(alarms_at, flagged_at=lambda t: 1):
        return {"words_test20": {g: _cell(80 + (0 if g == str(m.RULES) else 5), 100, flagged_at(float(g)), 100,
                                          alarms_at(float(g)), 100) for g in grid}}

    # Alarms fall as the threshold rises: 0.50 and 0.55 add more than +0.05 per good, 0.60 does not.
    def falling(t):
        return 10 if t > 1 else {0.5: 17, 0.55: 16}.get(t, 15)

    assert m.choose(block(falling), ["words_test20"]) == 0.6
    # A must-not rate over both 0.05 and the rules' own keeps a threshold out.
    assert m.choose(block(falling, lambda t: 1 if t > 1 or t >= 0.8 else 9), ["words_test20"]) == 0.8
    # Nothing keeps the budget: no threshold.
    assert m.choose(block(lambda t: 10 if t > 1 else 40), ["words_test20"]) is None
