"""The bars the practice rules must clear: seed exemplars score well, written-poor drafts score low."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import seed
from seed import seed_excerpt

DATA = Path(__file__).parent / "data"

# The rule codes that show each fault a poor test statement was written to have.
FAULT_CODES = {
    "jargon": {"SOS101", "SOS102", "SOS103", "SOS104"},
    "label": {"SOS301", "SOS303"},
    "goal_compliance": {"SOS511"},
    "goal_absence": {"SOS512"},
    "no_child": {"SOS401", "SOS402"},
    "institutional_voice": {"SOS502", "SOS501"},
    "judgement": {"SOS305"},
    "victim_blaming": {"SOS306"},
}


def _rows(name):
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def _seed_excerpt():
    """The seed exemplars, from ../shared/seed or the folder named by SOS_LINT_SEED_DIR (a git
    worktree does not sit beside the shared folder)."""
    excerpt = seed_excerpt()
    if excerpt is None and os.environ.get("SOS_LINT_SEED_DIR"):
        seed.SEED_DIR = Path(os.environ["SOS_LINT_SEED_DIR"])
        excerpt = seed_excerpt()
    return excerpt


@pytest.fixture(scope="module")
def seed_reports(engine):
    excerpt = _seed_excerpt()
    if excerpt is None:
        pytest.skip("../shared/seed is not beside this checkout")
    return engine.check_document(excerpt, source="seed")


def test_seed_has_six_statements_of_the_right_kind(seed_reports):
    assert [r.kind for r in seed_reports] == ["worry", "goal"] * 3


@pytest.mark.parametrize("index", range(6))
def test_seed_statement_scores_at_least_7(seed_reports, index):
    report = seed_reports[index]
    assert report.score >= 7, f"{report.title}: {report.score}"


@pytest.mark.parametrize("index", range(6))
def test_seed_statement_has_no_errors_in_practice_dimensions(seed_reports, index):
    report = seed_reports[index]
    jargon = [f for f in report.findings if f.dimension == "jargon"]
    errors = [f for f in report.findings
              if f.severity == "error" and f.dimension in ("specificity", "structure")]
    assert not jargon, [f.message for f in jargon]
    assert not errors, [f.message for f in errors]


def test_seed_kind_is_inferred_without_headings(engine, seed_reports):
    reports = engine.check_many([r.text for r in seed_reports])
    assert [r.kind for r in reports] == ["worry", "goal"] * 3


POOR = _rows("poor_statements.jsonl")


def test_there_are_at_least_30_poor_statements():
    assert len(POOR) >= 30


@pytest.mark.parametrize("row", POOR, ids=[r["id"] for r in POOR])
def test_poor_statement_scores_at_most_4_and_shows_its_fault(engine, row):
    report = engine.check_many([row["text"]], [row["kind"]])[0]
    assert report.score <= 4, f"{row['id']} scored {report.score}"
    codes = {f.code for f in report.findings}
    assert codes & FAULT_CODES[row["fault"]], f"{row['id']} ({row['fault']}) not flagged: {sorted(codes)}"


GOOD = _rows("good_statements.jsonl")


@pytest.mark.parametrize("row", GOOD, ids=[r["id"] for r in GOOD])
def test_good_statement_scores_at_least_7(engine, row):
    report = engine.check_many([row["text"]], [row["kind"]])[0]
    assert report.score >= 7, f"{row['id']}: {report.score} {[f.message for f in report.findings]}"
