"""`python -m devtools.eval_words`: how well the word-level rules (SOS1xx-SOS3xx) find the faults
marked by hand in tests/data/words_probe.jsonl, how often they flag words marked "must not flag",
and how many warnings and errors good statements get (the probe's good ones and the seed six).

The probe set was written for this (issue 11), apart from corpus/ and the rule fixtures, and is
never used to fit the classifier. Compliance and absence-of-harm spans come from SOS511/SOS512
(structure rules): they are reported on their own line so they can be re-measured after a merge.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = ROOT / "tests" / "data" / "words_probe.jsonl"
# Written after the rules were changed and first measured untouched (issue 11: figures on data not
# tuned on). Its misses then led to a second pass, so it is no longer unseen: see the report.
HELDOUT = ROOT / "tests" / "data" / "words_heldout.jsonl"
# Written blind to the rules and code (branch `blind`); tuned on after its first measurement.
BLIND_DEV = ROOT / "tests" / "data" / "blind" / "words_dev.jsonl"

# The codes that count as finding each kind of marked fault. Guesses and judgements stated as
# fact are one fault family in issue 11, so either rule counts for either. Labels and judgements
# are one family too: both name what a parent is instead of what they did, and the hand-marked
# sets mark the same words both ways ("non-compliant" is a label in one row and a judgement in
# another, "controlling attitude" a label and "controlling nature" a judgement). The report words
# for the family that the sets mark as jargon ("Mother", "the parents", "maternal grandmother")
# are reported by SOS402 (role-not-name), the rule written for them. An acronym can be a label
# ("DV"): the acronym rule finds it.
FAULT_CODES: dict[str, set[str]] = {
    "jargon": {"SOS101", "SOS102", "SOS103", "SOS104", "SOS402"},
    "label": {"SOS301", "SOS305", "SOS101", "SOS102"},  # "not engaging" is both a label and jargon
    "vague": {"SOS302"},
    "victim_blaming": {"SOS306"},
    "guess": {"SOS304", "SOS305"},
    "judgement": {"SOS304", "SOS305", "SOS301"},
    "compliance": {"SOS511"},
    "absence": {"SOS512"},
}
STRUCTURE_FAULTS = ("compliance", "absence")  # another helper's rules: reported apart
# Findings about a whole sentence or the whole statement are not word-level false alarms.
NOT_WORD_LEVEL = {"SOS201", "SOS203", "SOS204"}
TARGETS = {"word_fault_recall": 0.9, "must_not_flag_rate": 0.05, "alarms_per_good": 0.3}


def load_probe(path: Path = PROBE) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        for mark in row["faults"] + row["must_not_flag"]:
            if mark["words"] not in row["text"]:
                raise ValueError(f"{row['id']}: {mark['words']!r} is not in the text")
    return rows


def find_seed(start: Path = ROOT) -> Path | None:
    """The shared seed newsletter: ../shared/seed/*.txt beside this checkout or a parent of it."""
    for folder in [start, *start.parents]:
        files = sorted((folder / "shared" / "seed").glob("*.txt"))
        if files:
            return files[0]
    return None


def seed_excerpt(path: Path) -> str:
    """The newsletter's six exemplars: from the first worry statement to the thank-you after them."""
    text = path.read_text(encoding="utf-8")
    return text[text.index("Worry Statement 1"):text.index("Also\na big thank you")]


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _word_level(finding, length: int) -> bool:
    return (finding.code not in NOT_WORD_LEVEL and finding.end > finding.start
            and not (finding.start == 0 and finding.end >= length - 1))


def _overlaps(finding, start: int, end: int) -> bool:
    return finding.start < end and start < finding.end


def measure(engine, rows: list[dict], seed_reports=None) -> dict:
    """Every figure, from one batched check of the probe statements."""
    reports = engine.check_many([r["text"] for r in rows], [r["kind"] for r in rows])
    recall: dict[str, list[int]] = {}
    any_rule: dict[str, int] = {}
    missed, alarms = [], []
    flagged: dict[str, list[int]] = {}
    strict_n = 0
    for row, report in zip(rows, reports):
        for mark in row["faults"]:
            start, end = _span(row["text"], mark["words"])
            # The engine keeps one finding per span, the more serious: an error on the same words
            # ("written agreement" as service compliance) stands for the jargon finding it hid.
            hit = any((f.code in FAULT_CODES[mark["type"]] and _overlaps(f, start, end))
                      or (f.severity == "error" and (f.start, f.end) == (start, end)) for f in report.findings)
            # A second, looser figure: the words are flagged (warning or error) by some word rule
            # (SOS1xx-3xx), whatever type the rule gives them ("exposed to" marked jargon, told
            # as vague). The strict figure above, the rule of the marked type, stays the target's.
            flagged_any = hit or any(f.severity != "hint" and f.code[3] in "123" and _overlaps(f, start, end)
                                     for f in report.findings)
            any_rule[mark["type"]] = any_rule.get(mark["type"], 0) + flagged_any
            recall.setdefault(mark["type"], [0, 0])
            recall[mark["type"]][0] += hit
            recall[mark["type"]][1] += 1
            if not hit:
                missed.append(f"{row['id']} {mark['type']}: {mark['words']!r}")
        faults = [_span(row["text"], m["words"]) for m in row["faults"]]
        for mark in row["must_not_flag"]:
            start, end = _span(row["text"], mark["words"])
            by = [f.code for f in report.findings if _word_level(f, len(row["text"])) and _overlaps(f, start, end)]
            # Some marks hold words the same row marks as a fault ("Rocky's presentation" must not
            # flag the name; "presentation" is marked jargon): a finding only on those fault words
            # does not flag the mark. The strict figure, any overlap at all, is kept beside it.
            own = [f.code for f in report.findings if _word_level(f, len(row["text"]))
                   and _flags_unmarked(f, start, end, faults)]
            strict_n += bool(by)
            flagged.setdefault(mark["reason"], [0, 0])
            flagged[mark["reason"]][0] += bool(own)
            flagged[mark["reason"]][1] += 1
            if own:
                alarms.append(f"{row['id']} {mark['reason']}: {mark['words']!r} flagged by {', '.join(sorted(set(own)))}")
            elif by:
                alarms.append(f"{row['id']} {mark['reason']}: {mark['words']!r} flagged by "
                              f"{', '.join(sorted(set(by)))} only on words the row marks as a fault (strict count only)")
    word_types = [t for t in recall if t not in STRUCTURE_FAULTS]
    hits = sum(recall[t][0] for t in word_types)
    hits_any = sum(any_rule[t] for t in word_types)
    total = sum(recall[t][1] for t in word_types)
    structure_hits = sum(recall[t][0] for t in STRUCTURE_FAULTS if t in recall)
    structure_total = sum(recall[t][1] for t in STRUCTURE_FAULTS if t in recall)
    alarm_n = sum(v[0] for v in flagged.values())
    mark_n = sum(v[1] for v in flagged.values())

    good = [rep for row, rep in zip(rows, reports) if row["good"]]
    seed = list(seed_reports or [])
    return {
        "statements": len(rows),
        "good_statements": len(good),
        "word_fault_recall": round(hits / total, 3) if total else None,
        "word_faults": total,
        "word_fault_recall_any_rule": round(hits_any / total, 3) if total else None,
        "recall_by_type": {t: {"found": v[0], "marked": v[1], "recall": round(v[0] / v[1], 3)}
                           for t, v in sorted(recall.items())},
        "structure_fault_recall": round(structure_hits / structure_total, 3) if structure_total else None,
        "structure_faults": structure_total,
        "missed": missed,
        "must_not_flag_rate": round(alarm_n / mark_n, 3) if mark_n else None,
        "must_not_flag_marked": mark_n,
        "must_not_flag_rate_strict": round(strict_n / mark_n, 3) if mark_n else None,
        "must_not_flag_by_reason": {r: {"flagged": v[0], "marked": v[1]} for r, v in sorted(flagged.items())},
        "false_alarms": alarms,
        "alarms_per_good": _per_statement(good + seed),
        "alarms_per_good_word_rules": _per_statement(good + seed, "123"),
        "alarms_per_good_probe": _per_statement(good),
        "alarms_per_good_seed": _per_statement(seed) if seed else None,
        "seed_statements": len(seed),
        "alarms_on_good_by_code": dict(sorted(Counter(
            f.code for rep in good + seed for f in rep.findings if f.severity != "hint").items())),
    }


def _flags_unmarked(finding, start: int, end: int, faults: list[tuple[int, int]]) -> bool:
    """Does the finding cover a character of the must-not-flag words that no fault mark holds?"""
    return any(finding.start <= i < finding.end and not any(a <= i < b for a, b in faults)
               for i in range(start, end) if not i < 0)


def _per_statement(reports, digits: str = "12345") -> float | None:
    if not reports:
        return None
    count = sum(1 for rep in reports for f in rep.findings if f.severity != "hint" and f.code[3] in digits)
    return round(count / len(reports), 3)


def _print(fig: dict) -> None:
    print(f"words probe: {fig['statements']} statements ({fig['good_statements']} good), "
          f"{fig['seed_statements']} seed statements")
    if fig["word_fault_recall"] is None:
        print("span recall of marked word faults  n/a: no word faults marked (a file of good statements)")
    else:
        print(f"span recall of marked word faults  {fig['word_fault_recall']:.3f} of {fig['word_faults']} "
              f"(target >= {TARGETS['word_fault_recall']})")
    if fig.get("word_fault_recall_any_rule") is not None:
        print(f"  flagged by any word rule, whatever its type  {fig['word_fault_recall_any_rule']:.3f}")
    for kind, row in fig["recall_by_type"].items():
        note = "  (SOS511/SOS512, structure rules)" if kind in STRUCTURE_FAULTS else ""
        print(f"  {kind:15} {row['found']:3}/{row['marked']:<3} {row['recall']:.3f}{note}")
    if fig["structure_fault_recall"] is not None:
        print(f"span recall of compliance / absence of harm  {fig['structure_fault_recall']:.3f} "
              f"of {fig['structure_faults']} (re-measure after merging the structure work)")
    print(f"must-not-flag words flagged  {fig['must_not_flag_rate']:.3f} of {fig['must_not_flag_marked']} "
          f"(target <= {TARGETS['must_not_flag_rate']})")
    print(f"  strict (any overlap, even on words the row also marks as a fault)  "
          f"{fig['must_not_flag_rate_strict']:.3f}")
    for reason, row in fig["must_not_flag_by_reason"].items():
        print(f"  {reason:15} {row['flagged']:3}/{row['marked']}")
    print(f"warnings+errors per good statement (hints aside)  {fig['alarms_per_good']} all rules, "
          f"{fig['alarms_per_good_word_rules']} SOS1xx-3xx (target <= {TARGETS['alarms_per_good']}); "
          f"probe {fig['alarms_per_good_probe']}, seed {fig['alarms_per_good_seed']}")
    print(f"  by code: {fig['alarms_on_good_by_code']}")
    for title, items in (("missed", fig["missed"]), ("false alarms", fig["false_alarms"])):
        if items:
            print(f"{title}:")
            for item in items:
                print("  " + item)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devtools.eval_words", description=__doc__.splitlines()[0])
    parser.add_argument("--probe", type=Path, action="append",
                        help="a probe file (default: words_probe.jsonl, words_heldout.jsonl and, when present, "
                             "blind/words_dev.jsonl)")
    parser.add_argument("--seed", type=Path, default=None, help="the seed newsletter (default: ../shared/seed)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--no-learned", action="store_true",
                        help="the rules alone: the learned word tagger off (learned_word_threshold = 1, the default)")
    parser.add_argument("--learned", action="store_true",
                        help="with the learned word tagger on at its own threshold (learned_word_threshold = 0)")
    args = parser.parse_args(argv)
    from sos_lint.api import engine as shared_engine
    from sos_lint.config import Config

    tagger = 0.0 if args.learned else 1.0 if args.no_learned else None
    engine = shared_engine(None if tagger is None else Config(thresholds=(("learned_word_threshold", tagger),)))
    seed_path = args.seed or find_seed()
    seed_reports = engine.check_document(seed_excerpt(seed_path), source="seed") if seed_path else None
    results = {}
    for path in args.probe or [PROBE, HELDOUT, *([BLIND_DEV] if BLIND_DEV.exists() else [])]:
        results[path.name] = measure(engine, load_probe(path), seed_reports)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for name, fig in results.items():
            print(f"== {name}")
            _print(fig)
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
