"""devtools.fresh_misses: which earlier sets count as 'before', and the refusal to list a blind set's words."""
from pathlib import Path

from devtools import fresh_misses as fm


def test_set_numbers_are_read_from_the_file_name():
    assert fm._number(Path("words_test19.jsonl")) == 19
    assert fm._number(Path("words_battery9b.jsonl")) == 9
    assert fm._number(Path("words_dev.jsonl")) is None


def test_earlier_marks_hold_only_word_faults_of_sets_below_the_fresh_one():
    marks = fm.earlier_marks(19)
    texts = {m["words"] for m in marks}
    assert marks and not any(m["type"] in ("compliance", "absence") for m in marks)
    set19 = {m["words"] for line in (fm.DATA / "blind" / "words_test19.jsonl").read_text().splitlines()
             if line.strip() for m in fm.json.loads(line)["faults"]}
    set18 = {m["words"] for line in (fm.DATA / "blind" / "words_test18.jsonl").read_text().splitlines()
             if line.strip() for m in fm.json.loads(line)["faults"] if m["type"] not in ("compliance", "absence")}
    assert set18 <= texts
    assert set19 - set18 - texts, "set 19's own marks must not count as earlier"


def test_show_is_refused_on_a_file_outside_the_open_sets(tmp_path, capsys):
    fresh = tmp_path / "words_test99.jsonl"
    fresh.write_text('{"id": "w99-01", "kind": "worry", "good": false, "text": "Mum hit Ivy.", '
                     '"faults": [{"type": "vague", "words": "hit Ivy"}], "must_not_flag": []}\n')
    assert fm.main([str(fresh), "--show"]) == 2
    assert "only for an open set" in capsys.readouterr().err
