"""`check_rows`: the one batch function. A list of raw rows (or a pandas DataFrame partition) in,
one result per row out, in the same order. The local process pool and Dask's `map_partitions` both
call it; each process builds its engine once and remembers recent texts, so a template pasted into
many plans is checked once per process."""
from __future__ import annotations

from collections import OrderedDict

from ..findings import DIMENSIONS
from .rows import prepare
from .spec import CHECKED, PROBLEMS, SCORE_COLUMNS, AuditSpec

MEMO_SIZE = 4096  # recent distinct texts remembered per process: bounded, so memory stays flat
# Jargon terms are counted from these rules only: their words come from the shipped lists, never
# from the statement's own capitals (SOS103 can be a person's initials).
TERM_CODES = frozenset({"SOS101", "SOS102", "SOS104"})

_memos: dict = {}


def check_rows(frame_or_rows, spec: AuditSpec, keys: bool = False):
    """Check a batch. Input: raw rows keyed by the spec's column names plus `_row` (a list of dicts
    or a DataFrame). Output: the same type, one result per input row, columns `spec.output_columns`."""
    is_frame = hasattr(frame_or_rows, "to_dict")
    raw = frame_or_rows.to_dict("records") if is_frame else list(frame_or_rows)
    prepared = [prepare(row, spec) for row in raw]
    outcomes = _outcomes(prepared, spec)
    wording = _wording_kinds(prepared, outcomes)
    results = [_result(p, outcome, spec, wording.get(i)) for i, (p, outcome) in enumerate(zip(prepared, outcomes))]
    if keys and not is_frame:  # round 34 (Q#2): for `repeats.Repeats`, which pops it before writing
        for p, row in zip(prepared, results):
            if row["status"] == CHECKED:
                row["_key"] = text_key(p, spec)
    return to_frame(results, spec) if is_frame else results


def empty_frame(spec: AuditSpec):
    """The zero-row frame with the result columns and types (Dask's `meta`)."""
    return to_frame([], spec)


def to_frame(results: list[dict], spec: AuditSpec):
    import pandas as pd

    frame = pd.DataFrame.from_records(results, columns=spec.output_columns)
    for column in spec.output_columns:
        frame[column] = frame[column].astype("float64" if column in SCORE_COLUMNS else "object")
    return frame


def _outcomes(prepared, spec: AuditSpec) -> list:
    """The checked part of each row's result (a tuple) from the memo or one `check_many` call;
    None for a row that could not be checked, "check-failed" where the checker itself stopped."""
    memo = _memos.setdefault((spec.config, spec.spacy_model), OrderedDict())
    keys = [(p.text, p.kind) if not p.problem else None for p in prepared]
    todo = list(dict.fromkeys(k for k in keys if k is not None and k not in memo))
    failed: set = set()
    if todo:
        from ..api import engine

        checker = engine(spec.config, spec.spacy_model)
        try:
            pairs = list(zip(todo, checker.check_many([t for t, _ in todo], [k for _, k in todo], fixes=False)))
        except Exception:  # one odd text must not stop the audit: find it by checking one at a time
            pairs = []
            for key in todo:
                try:
                    pairs.append((key, checker.check_many([key[0]], [key[1]], fixes=False)[0]))
                except Exception:
                    failed.add(key)
        for key, report in pairs:
            memo[key] = _summarise(report)
    outcomes = []
    for key in keys:
        if key is None or key in failed:
            outcomes.append(None if key is None else "check-failed")
            continue
        memo.move_to_end(key)
        outcomes.append(memo[key])
    while len(memo) > MEMO_SIZE:
        memo.popitem(last=False)
    return outcomes


# Round 34 (review34q Q#4): the kind model's probability beyond which the wording "clearly reads as"
# the other kind. The column's kind is kept (the export is the record); the row is only listed.
SURE_KIND = 0.9


def _wording_kinds(prepared, outcomes) -> dict[int, str]:
    """For rows whose kind came from the kind column: the other kind, where the kind model reads
    the wording as that kind with probability SURE_KIND or more. {row index: kind}."""
    at = [i for i, (p, o) in enumerate(zip(prepared, outcomes)) if p.kind and isinstance(o, tuple)]
    if not at:
        return {}
    from .. import cleaning
    from ..learn import model

    loaded = model.get()
    if loaded is None:
        return {}

    def plain(text: str) -> str:
        try:
            return cleaning.clean(text).text
        except cleaning.BrokenText:
            return text

    found = {}
    for i, p_goal in zip(at, loaded.p_goal([plain(prepared[i].text) for i in at])):
        reads = "goal" if p_goal >= SURE_KIND else "worry" if p_goal <= 1 - SURE_KIND else None
        if reads and reads != prepared[i].kind:
            found[i] = reads
    return found


def text_key(p, spec: AuditSpec) -> str:
    """What makes two rows the same statement twice (round 34, Q#2): the case (when the export has
    a case column), the groups, the kind label and the text as the checker reads it, whitespace and
    letter case aside. A short digest, so the summary remembers millions in little memory."""
    import hashlib

    from .. import cleaning

    try:
        text = cleaning.clean(p.text).text
    except cleaning.BrokenText:
        text = p.text
    parts = [p.case, *(f"{k}={v}" for k, v in sorted(p.groups.items())), p.label.casefold(),
             " ".join(text.split()).casefold()]
    return hashlib.blake2b("\x1f".join(parts).encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


def _summarise(report) -> tuple:
    words = (report.text[f.start:f.end] for f in report.findings if f.code in TERM_CODES)
    terms = dict.fromkeys(w if w.isupper() else w.lower() for w in words)  # "DV" stays, "Engage with" does not
    return (
        report.kind, report.kind_source, round(float(report.score), 1),
        *(round(float(report.scores.get(d, 0.0)), 1) for d in DIMENSIONS),
        " ".join(f.code for f in report.findings),
        " ".join(c.name for c in report.components if not c.present),
        ";".join(t for t in terms if t),
    )


def _result(p, outcome, spec: AuditSpec, reads_as: str | None = None) -> dict:
    row = {"id": p.id, **p.groups}
    notes = list(p.notes)
    if reads_as:
        said = f"marked {p.label}" if p.label and not spec.redact else f"marked as a {p.kind}"
        notes.append(("wrong-kind", f"{said} but reads as a {reads_as}: scored as a {p.kind}, as marked"))
    if not isinstance(outcome, tuple):
        status = outcome or p.problem
        if status in PROBLEMS and not any(code == status for code, _ in notes):
            # round 35 (review35i I#4): every status other than "checked" says why in notes
            notes.insert(0, (status, PROBLEMS[status]))
        row.update(status=status, kind=p.kind or "", kind_source="", score=None,
                   **{d: None for d in DIMENSIONS}, findings="", missing="", jargon_terms="")
    else:
        kind, source, score, *rest = outcome
        dims, (findings, missing, terms) = rest[:len(DIMENSIONS)], rest[len(DIMENSIONS):]
        row.update(status=CHECKED, kind=kind, kind_source=source, score=score, **dict(zip(DIMENSIONS, dims)),
                   findings=findings, missing=missing, jargon_terms=terms)
    row["notes"] = "; ".join(f"{code}: {what}" for code, what in notes)
    if spec.include_text:
        row["text"] = p.text
    return row
