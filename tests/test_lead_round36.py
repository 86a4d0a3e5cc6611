"""Round 36, lead's mends (issue 11: advice a practitioner can trust)."""
from __future__ import annotations

from spacy.tokens import Doc, Span


def _doc_with_parse(nlp, text, pos, tags, deps, heads, lemmas, people=()):
    """`text` tokenised by the pipeline's tokeniser, with the parse given (the parse a blind goal
    of set 35 got, on other words): the checks must read that parse whatever the model makes of
    these words today."""
    tokens = nlp.tokenizer(text)
    doc = Doc(nlp.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens],
              pos=pos.split(), tags=tags.split(), deps=deps.split(), heads=heads, lemmas=lemmas.split())
    doc.ents = [Span(doc, i, i + 1, label="PERSON") for i in people]
    return doc


def test_a_not_after_the_verb_setting_off_a_contrast_does_not_crash_the_goal_checks(engine):
    # "…you want Freya to be a 10-year-old girl again, not the one looking after you": the "not"
    # hangs on "want" after it (a contrast). Round 35's code took it for a "will not … again" and
    # made an empty span, and the whole check stopped with IndexError (set 35, one goal in 70).
    from sos_lint.nlp import load

    doc = _doc_with_parse(
        load(), "Kerry, you have told us you want Freya to be a 10-year-old girl again, not the one looking after you.",
        pos="PROPN PUNCT PRON AUX VERB PRON PRON VERB PROPN PART AUX DET NUM PUNCT NOUN PUNCT ADJ NOUN ADV PUNCT PART "
            "DET NOUN VERB ADP PRON PUNCT",
        tags="NNP , PRP VBP VBD PRP PRP VBP NNP TO VB DT CD HYPH NN HYPH JJ NN RB , RB DT NN VBG IN PRP .",
        deps="advcl punct nsubj aux ROOT dobj nsubj ccomp nsubj aux ccomp det nummod punct npadvmod punct amod attr "
             "advmod punct neg det dobj acl prep pobj punct",
        heads=[4, 4, 4, 4, 4, 4, 7, 4, 10, 10, 7, 17, 14, 14, 16, 16, 17, 10, 10, 7, 7, 22, 4, 22, 23, 24, 4],
        lemmas="Kerry , you have tell we you want Freya to be a 10 - year - old girl again , not the one look after "
               "you .",
        people=(0, 8))
    report = engine.report(doc.text, doc, "goal")
    assert report.score is not None
    # The contrast is not a goal of harm not happening.
    assert not [f for f in report.findings if f.code == "SOS512" and "not" in report.text[f.start:f.end]]


def test_a_deed_refused_again_is_still_an_absence_goal(engine):
    # Near miss: the "not" before the verb is the deed refused.
    reports = engine.check_document("Dad will not hit Mum again.", "goal")
    assert any(f.code == "SOS512" for r in reports for f in r.findings)


def _broken_engine(monkeypatch, code="SOS512"):
    """A fresh engine whose rule `code` fails on every statement, as a fault in a check would."""
    import dataclasses

    import copy

    from sos_lint.api import engine as make

    eng = copy.copy(make())  # the shared engine is left whole: only this copy's rule list changes

    def broken(ctx, rule):
        raise IndexError("a fault in a check")

    eng.rules = [dataclasses.replace(r, check=broken) if r.code == code else r for r in eng.rules]
    return eng


def test_a_check_that_fails_is_left_out_and_named_and_the_other_checks_still_speak(monkeypatch):
    monkeypatch.delenv("SOS_LINT_STRICT", raising=False)
    eng = _broken_engine(monkeypatch)
    [report] = eng.check_document("Mum will not drink. Parents to engage with services.", "goal")
    assert report.checks_not_run == ["SOS512"]
    assert report.to_dict()["checks_not_run"] == ["SOS512"]
    assert any(f.code == "SOS511" for f in report.findings)  # the compliance check still read it
    assert not any(f.code == "SOS512" for f in report.findings)
    from sos_lint.render.common import report_notes

    [note] = report_notes(report)
    assert "SOS512" in note and "not your text" in note
    # Every renderer says it beside the score.
    from sos_lint.render import html, markdown

    assert "SOS512" in markdown.render([report], []) and "SOS512" in html.render([report], [])


def test_with_sos_lint_strict_a_failing_check_raises(monkeypatch):
    import pytest

    monkeypatch.setenv("SOS_LINT_STRICT", "1")
    eng = _broken_engine(monkeypatch)
    with pytest.raises(IndexError):
        eng.check_document("Mum will not drink.", "goal")


def test_a_clean_run_names_no_check_not_run(engine):
    [report] = engine.check_document("Dad will walk Ellis to school every morning for the next three months.", "goal")
    assert report.checks_not_run == [] and report.to_dict()["checks_not_run"] == []


def test_every_word_of_a_configured_name_of_two_words_is_the_child():
    # The redactor's "Child A" (as `compare --redact` configures it): the parser makes "A" the
    # subject, and "Child A lies awake…" had no child in it, so the impact part went missing and a
    # redacted draft scored 1.3 lower than the draft itself (round 36's score cap made it show).
    import sos_lint
    from sos_lint.config import Config

    text = ("Child A's teacher is worried that Dad drinks most nights. Child A lies awake in his bedroom and "
            "hears the shouting. If nothing changes, Child A could get hurt.")
    [report] = sos_lint.check_document(text, config=Config(names=(("child", "Child A"),)))
    assert next(c for c in report.components if c.name == "impact").present
    # Near miss: the words apart are not the name ("A child" is not "Child A").
    from sos_lint.nlp import load
    from sos_lint.people import people

    doc = load()("A child lies awake. A teacher saw it.")
    assert not people(doc, ["Child A"], []).children


def test_the_author_key_is_readable_by_its_owner_only(tmp_path):
    # Round 36 (an information governance audit): `compare --redact --author-key` wrote the key,
    # which names each author, 0644 (readable by everyone on the machine).
    import os
    import stat

    from typer.testing import CliRunner

    from sos_lint.cli import app

    folder = tmp_path / "drafts"
    folder.mkdir()
    for name, text in {"ann.txt": "Worry statement\nThe school nurse is worried that Dad hits Sol with a belt. "
                                  "Sol, who is 8, had red marks on his back. If nothing changes, Sol could be hurt.\n",
                       "bob.txt": "Worry statement\nSol's teacher is worried that Dad hits Sol. Sol is scared to go "
                                  "home. If nothing changes, Sol could be badly hurt.\n"}.items():
        (folder / name).write_text(text, encoding="utf-8")
    key = tmp_path / "key.txt"
    old = os.umask(0o022)
    try:
        result = CliRunner().invoke(app, ["compare", str(folder), "--redact", "--author-key", str(key)])
    finally:
        os.umask(old)
    assert result.exit_code in (0, 1), result.output
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert "ann" in key.read_text(encoding="utf-8")


def test_an_ordinary_write_keeps_the_mode_the_umask_gives(tmp_path):
    import os
    import stat

    from sos_lint.writeback import write_text

    old = os.umask(0o022)
    try:
        write_text(tmp_path / "plain.txt", "text")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "plain.txt").stat().st_mode) == 0o644
