"""devtools.eval_agreement: reader-against-reader recall and the tool's recall on agreed marks."""
import json

from devtools import eval_agreement
from sos_lint.api import engine


def _write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_reader_recall_and_consensus(tmp_path):
    text = "Mum is not engaging and the home conditions are poor. Ivy said she was hungry."
    base = {"w-1": {"id": "w-1", "kind": "worry", "good": False, "text": text,
                    "faults": [{"type": "label", "words": "not engaging"},
                               {"type": "jargon", "words": "home conditions"}]}}
    # Reader B agrees on the first mark only (as a judgement: same family), and adds one of her own.
    b = {"w-1": {"id": "w-1", "good": False, "faults": [{"type": "judgement", "words": "is not engaging"},
                                                        {"type": "vague", "words": "are poor"}]}}
    fig = eval_agreement.measure(engine(), base, {"B": b})
    assert fig["marks per reader"] == {"A": 2, "B": 2}
    assert fig["reader recall"]["B finds A's marks"] == {"marks": 2, "any type": 0.5, "same family": 0.5}
    assert fig["A's marks another reader also made"] == 1
    assert fig["A's marks no other reader made"] == 1
    assert fig["other readers' marks A did not make"] == 1
    assert fig["agreement with A on which statements are good"] == {"B": 1.0}


def test_main_reads_files(tmp_path, capsys):
    base = tmp_path / "base.jsonl"
    marks = tmp_path / "b.jsonl"
    _write(base, [{"id": "g-1", "kind": "goal", "good": True, "text": "Mum will walk Ivy to school each day.",
                   "faults": []}])
    _write(marks, [{"id": "g-1", "good": True, "faults": [{"type": "vague", "words": "not in the text"}]}])
    assert eval_agreement.main([str(base), str(marks)]) == 0
    out = capsys.readouterr().out
    assert "readers A, B" in out
    # A mark whose words are not in the text is ignored, not a crash.
    assert "{'A': 0, 'B': 0}" in out
