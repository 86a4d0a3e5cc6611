"""Readings of a check's report and of `check --fix`'s result that the round 33-34 tests share
(round 35, r35e: one copy here instead of one in each file). Import them by name:
``from report_helpers import check, codes, parts`` (conftest.py puts this folder on the path).
"""
from __future__ import annotations


def check(engine, text, kind="worry"):
    """The report of one statement, checked as `kind`."""
    return engine.check_many([text], [kind])[0]


def parts(report) -> dict:
    """{part name: present} from the report's parts table."""
    return {c.name: c.present for c in report.components}


def codes(report) -> set:
    """The codes of every finding the report shows or gave way to another's."""
    return {f.code for f in [*report.findings, *report.given_way]}


def fix(text: str, kind: str = "worry"):
    """`check --fix` on `text` as one draft: the FixResult (fixed text, applied and advised edits)."""
    from sos_lint.api import engine
    from sos_lint.fixes import checked_fixed_text

    eng = engine()
    return checked_fixed_text(eng, text, eng.check_document(text, kind), kind)


def written(text: str, kind: str = "worry") -> dict:
    """{the draft's words: what --fix wrote for them} for every edit it wrote."""
    return {e.original: e.replacement for e in fix(text, kind).applied}


def shown(engine, text: str, part: str, kind: str) -> bool:
    """Whether the report of `text`, checked as `kind`, shows `part` as present (round 36: one copy
    here instead of one in each parts test file)."""
    report = engine.check_many([text], [kind])[0]
    return next(c for c in report.components if c.name == part).present


def shown_as(default_kind: str):
    """`shown` with `kind` defaulting to `default_kind`, for files whose cases are mostly one kind."""
    def shown_of_kind(engine, text: str, part: str, kind: str = default_kind) -> bool:
        return shown(engine, text, part, kind)

    return shown_of_kind
