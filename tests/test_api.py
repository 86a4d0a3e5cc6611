"""The Python API other tools import: check, check_many, Report and its stable JSON."""
from __future__ import annotations

import json

import pytest

import sos_lint
from sos_lint import DIMENSIONS, Config

WORRY = ("Nan and the health visitor are worried that Mum leaves Alfie, who is 3, on his own when she goes out "
         "at night. Alfie wakes up and cries for her. If nothing changes, Alfie could get hurt.")
GOAL = ("Mum, you and Alfie need calm, safe nights at home. For this to happen, you will stay home with Alfie "
        "every night for the next six months, and Nan will sit with him if you need to go out. Alfie will feel "
        "safe when he wakes up. If this doesn't happen, Alfie may have to stay with Nan.")


def test_check_returns_a_report_with_five_scores():
    report = sos_lint.check(WORRY)
    assert report.kind == "worry"
    assert set(report.scores) == set(DIMENSIONS)
    assert 0 <= report.score <= 10
    assert all(0 <= s <= 10 for s in report.scores.values())


def test_check_many_matches_check_one_by_one():
    batch = sos_lint.check_many([WORRY, GOAL])
    single = [sos_lint.check(WORRY), sos_lint.check(GOAL)]
    assert [r.to_dict() for r in batch] == [r.to_dict() for r in single]
    assert [r.kind for r in batch] == ["worry", "goal"]


def test_finding_offsets_point_at_the_quoted_words():
    report = sos_lint.check("The social worker is worried about the YP and the core group.", kind="worry")
    for finding in report.findings:
        words = report.text[finding.start:finding.end]
        if finding.end - finding.start and finding.end - finding.start < len(report.text):
            assert f'"{words}"' in finding.message or finding.code.startswith("SOS2"), finding


def test_to_dict_is_stable_json():
    data = sos_lint.check(GOAL, kind="goal").to_dict()
    json.dumps(data)
    assert data["schema_version"] == 1
    for key in ("kind", "score", "scores", "findings", "components", "metrics", "text", "rule_score"):
        assert key in data
    for finding in data["findings"]:
        assert set(finding) == {"code", "name", "dimension", "severity", "message", "start", "end", "suggestion", "fix"}


def test_components_show_why():
    report = sos_lint.check(GOAL, kind="goal")
    parts = {c.name: c for c in report.components}
    assert parts["timescale"].present and "next six months" in parts["timescale"].evidence
    assert parts["network"].present and "Nan" in parts["network"].evidence


def test_a_finding_never_raises_a_score():
    clean = sos_lint.check(WORRY, kind="worry")
    worse = sos_lint.check(WORRY + " There are concerns about the YP.", kind="worry")
    assert worse.rule_score <= clean.rule_score
    assert all(worse.scores[d] <= clean.scores[d] for d in DIMENSIONS)


def test_config_select_and_local_jargon():
    config = Config(select=("SOS1",), jargon=(("team around the family", "the people helping you"),))
    report = sos_lint.check("Mum went to the team around the family meeting with Alfie.", kind="worry", config=config)
    assert {f.code for f in report.findings} == {"SOS101"}


def test_empty_text_is_refused_plainly():
    with pytest.raises(ValueError):
        sos_lint.check("   ")


def test_import_is_cheap():
    import subprocess
    import sys

    code = "import sys, sos_lint; sys.exit(1 if 'spacy' in sys.modules or 'sklearn' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_check_documents_equals_check_document_per_draft():
    from sos_lint.api import engine

    drafts = [("Worry statement\nThe LA is worried about neglect.\n\nSafety goal\nMum will engage with services.", None, "a.txt"),
              ("Nan is worried that Dad hit Mum in front of Ivy (6) on Friday.", "worry", "b.txt"),
              ("\n\nMum, you will walk Leo to school every day for the next six months.", None, None)]
    eng = engine()
    together = eng.check_documents(drafts)
    for (text, kind, source), reports in zip(drafts, together):
        alone = eng.check_document(text, kind, source)
        assert [(r.kind, r.score, r.line, r.offset, r.title, r.source, r.findings) for r in reports] == \
               [(r.kind, r.score, r.line, r.offset, r.title, r.source, r.findings) for r in alone]


def test_help_imports_no_rules_people_or_rewriter():
    """`sos-lint --help` reads the command table only: the package's public names load on first use."""
    import subprocess
    import sys

    code = ("import sys; from sos_lint.cli import app; from typer.testing import CliRunner; "
            "r = CliRunner().invoke(app, ['--help']); assert r.exit_code == 0, r.output; "
            "heavy = [m for m in ('sos_lint.api', 'sos_lint.checks', 'sos_lint.people', 'sos_lint.rewrite') "
            "if m in sys.modules]; print(heavy); sys.exit(1 if heavy else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_public_names_load_on_first_use_and_rewrite_stays_the_function():
    import importlib
    import subprocess
    import sys

    import sos_lint.rewrite.edits  # importing the subpackage must not rebind the public name
    from sos_lint import Rewrite, check_many, rewrite
    from sos_lint.api import check_many as api_check_many, rewrite as api_rewrite

    assert sos_lint.rewrite is api_rewrite and rewrite is api_rewrite and check_many is api_check_many
    assert Rewrite is importlib.import_module("sos_lint.rewrite.edits").Rewrite
    assert set(sos_lint.__all__) <= set(dir(sos_lint))
    with pytest.raises(AttributeError):
        sos_lint.no_such_name
    # In a fresh process, the rewriter imported first (as the web app does) leaves the name alone too.
    code = ("import sos_lint.rewrite, sos_lint, sys; from sos_lint.api import rewrite; "
            "sys.exit(0 if sos_lint.rewrite is rewrite and callable(sos_lint.rewrite) else 1)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
