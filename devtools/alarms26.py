"""Round 26 (alarms26): false alarms on good statements, measured set by set, summary lines only.
(Round 28: the blind guard reads eval_blind.INFORMED, so it needs no edit when a set is opened.)

    python -m devtools.alarms26 figures FILE...   # one summary line per file (no rows printed)
    python -m devtools.alarms26 list FILE...      # every warning/error on the good rows, with its words
    python -m devtools.alarms26 poor FILE... --codes SOS512,SOS302   # those codes on the poor rows

Pass open files only (never a blind set). `figures` prints, per file: alarms per good statement
(hints aside, seed six included, as eval_words), the probe-only figure, must-not-flag rate, word-fault
recall and compliance/absence recall, and the alarm count by code. It never prints a row.
"""
from __future__ import annotations

import argparse
import re
import json
import sys
from collections import Counter
from pathlib import Path

from devtools.eval_words import find_seed, load_probe, measure, seed_excerpt


def _engine():
    from sos_lint.api import engine
    return engine()


def figures(paths: list[Path], as_json: Path | None = None) -> dict:
    eng = _engine()
    seed_path = find_seed()
    seed = eng.check_document(seed_excerpt(seed_path), source="seed") if seed_path else None
    out = {}
    for path in paths:
        fig = measure(eng, load_probe(path), seed)
        keep = {k: fig[k] for k in ("statements", "good_statements", "alarms_per_good", "alarms_per_good_probe",
                                    "alarms_per_good_seed", "must_not_flag_rate", "must_not_flag_marked",
                                    "word_fault_recall", "word_faults", "structure_fault_recall",
                                    "structure_faults", "alarms_on_good_by_code")}
        keep["recall_by_type"] = {t: f"{v['found']}/{v['marked']}" for t, v in fig["recall_by_type"].items()}
        keep["must_not_flag_by_reason"] = {r: f"{v['flagged']}/{v['marked']}"
                                           for r, v in fig["must_not_flag_by_reason"].items()}
        out[path.stem] = keep
        print(f"{path.stem:14} good {keep['good_statements']:2}  per-good {keep['alarms_per_good']}"
              f" (probe {keep['alarms_per_good_probe']})  mnf {keep['must_not_flag_rate']} of"
              f" {keep['must_not_flag_marked']}  recall {keep['word_fault_recall']} of {keep['word_faults']}"
              f"  struct {keep['structure_fault_recall']} of {keep['structure_faults']}"
              f"  {keep['alarms_on_good_by_code']}", flush=True)
    if as_json:
        as_json.write_text(json.dumps(out, indent=1, sort_keys=True))
    return out


def _rows(paths: list[Path], good: bool):
    for path in paths:
        for row in load_probe(path):
            if bool(row.get("good")) == good:
                yield path.stem, row


def listing(paths: list[Path], good: bool = True, codes: set[str] | None = None) -> Counter:
    from sos_lint.api import check_many
    rows = list(_rows(paths, good))
    counts: Counter = Counter()
    for kind in ("worry", "goal"):
        items = [(s, r) for s, r in rows if r["kind"] == kind]
        reports = check_many([r["text"] for _, r in items], kind=kind)
        for (stem, row), rep in zip(items, reports):
            for f in rep.findings:
                if f.severity == "hint" or (codes and f.code not in codes):
                    continue
                counts[f.code] += 1
                words = row["text"][f.start:f.end] if f.end > f.start else ""
                print(f"[{row['id']} {kind}] {f.code} {f.severity}: {words[:120]!r} :: {f.message[:140]}")
                if good or codes:
                    print(f"    {row['text']}")
    print(dict(sorted(counts.items())))
    return counts


def dropped(paths: list[Path]) -> None:
    """Every finding sos_lint.checks.alarms26.drop takes away, on good and poor rows alike, with
    whether it covers words the row marks as a fault (a recall loss) or as must-not-flag."""
    from sos_lint.api import engine
    from sos_lint.checks import alarms26 as mod

    eng = engine()
    real = mod.drop
    lost = Counter()
    for path in paths:
        rows = load_probe(path)
        docs = list(eng.parse([r["text"] for r in rows]))
        for row, doc in zip(rows, docs):
            mod.drop = lambda found, ctx: found
            try:
                found, ctx = eng.findings(doc, row["kind"], fixes=False)
            finally:
                mod.drop = real
            kept = real(found, ctx)
            for f in found:
                if f in kept or f.severity == "hint":
                    continue
                words = row["text"][f.start:f.end]
                marks = [m for m in row["faults"] if m["words"] in row["text"]
                         and row["text"].index(m["words"]) < f.end and f.start < row["text"].index(m["words"]) + len(m["words"])]
                tag = "FAULT " + ",".join(m["type"] for m in marks) if marks else ("good" if row.get("good") else "poor-unmarked")
                lost[tag.split()[0]] += 1
                print(f"[{path.stem} {row['id']} {tag}] {f.code}: {words!r}")
    print(dict(lost))


def _blind(path: Path) -> bool:
    """A test set still blind (tests/data/blind/*_testN.jsonl not in eval_blind.INFORMED), or a
    writer's or a measurement's folder of a round (sets28, before28_set27, after28_set27)."""
    from devtools.eval_blind import INFORMED

    if re.search(r"_test\d+$", path.stem) and path.stem not in INFORMED:
        return True
    return any(re.fullmatch(r"(?:sets|before|after)\d+\w*", part) for part in path.parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m devtools.alarms26")
    ap.add_argument("mode", choices=("figures", "list", "poor", "dropped"))
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--codes", default="")
    a = ap.parse_args(argv)
    for f in a.files:
        if _blind(f):
            raise SystemExit(f"{f}: a blind file; not read")
    codes = {c for c in a.codes.split(",") if c} or None
    if a.mode == "figures":
        figures(a.files, a.json)
    elif a.mode == "dropped":
        dropped(a.files)
    elif a.mode == "list":
        listing(a.files, True, codes)
    else:
        listing(a.files, False, codes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
