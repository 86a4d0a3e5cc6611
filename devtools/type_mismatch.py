"""`python -m devtools.type_mismatch`: marked word faults that some word rule flags, but not a rule
of the marked type, grouped by (marked type, flagging code, flagged words) with the number of open
sets each group occurs in.

A type mismatch that recurs across many sets (and so many writers, who all work from the same type
definitions) points at a wrong type on our side; one seen in a single set may be one writer's
taste. The matching is devtools.eval_words's: FAULT_CODES for "the marked type", and a warning or
error from SOS1xx-SOS3xx overlapping the marked words for "some word rule".
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from devtools.eval_words import FAULT_CODES, STRUCTURE_FAULTS, _overlaps, _span, load_probe

BLIND = Path(__file__).resolve().parents[1] / "tests" / "data" / "blind"


def open_sets(folder: Path = BLIND) -> list[Path]:
    """words_test*.jsonl and words_battery*.jsonl (sets 1-19; never a blind set outside this folder)."""
    return sorted([*folder.glob("words_test*.jsonl"), *folder.glob("words_battery*.jsonl")])


def _typed_hit(report, mark_type: str, start: int, end: int) -> bool:
    """eval_words.measure's strict test: a rule of the marked type, or an error on exactly these words."""
    return any((f.code in FAULT_CODES[mark_type] and _overlaps(f, start, end))
               or (f.severity == "error" and (f.start, f.end) == (start, end)) for f in report.findings)


def mismatches(engine, paths: list[Path]) -> list[dict]:
    """One record per (marked fault, flagging finding) where no rule of the marked type fires."""
LEXICONS = ("jargon.toml", "specificity.toml", "child_focus.toml")


def _key_words(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


def lexicon_index() -> dict[str, str]:
    """Each lexicon phrase and variant (lower case) -> "file: entry phrase (group)"."""
    from sos_lint.checks.lexicon import load_entries

    index: dict[str, str] = {}
    for name in LEXICONS:
        for entry in load_entries(name):
            for form in (entry.phrase, *entry.variants):
                index.setdefault(_key_words(form), f"{name.split('.')[0]}: {entry.phrase!r} ({entry.group})")
    return index


def reading_of(finding: dict, index: dict[str, str]) -> str:
    """The lexicon entry behind a finding when its words are an entry's form, else the reading: the
    rule and its message with the quoted words and names taken out (one message per reading)."""
    words = _key_words(finding["flagged"])
    for form in (words, re.sub(r"^(?:a|an|the|his|her|their|very|more|so|too)\s+", "", words)):
        if form in index:
            return index[form]
    template = re.sub(r'"[^"]*"', "…", finding["message"])
    template = re.sub(r"\b[A-Z][a-z]+\b", "N", template)
    return f"reading: {finding['name']}: {template[:90]}"


def collect(engine, paths: list[Path]) -> list[dict]:
    """Every marked word fault with whether a rule of its type found it and the word-rule findings
    (SOS1xx-3xx warnings and errors, whole-statement ones aside) that overlap it."""
    out = []
    for path in paths:
        rows = load_probe(path)
        reports = engine.check_many([r["text"] for r in rows], [r["kind"] for r in rows])
        for row, report in zip(rows, reports):
            for mark in row["faults"]:
                if mark["type"] in STRUCTURE_FAULTS:
                    continue
                start, end = _span(row["text"], mark["words"])
                found = [{"code": f.code, "name": f.name, "flagged": row["text"][f.start:f.end], "message": f.message}
                         for f in report.findings if f.severity != "hint" and f.code[3] in "123"
                         and _overlaps(f, start, end) and (f.end - f.start) < len(row["text"]) - 1]
                out.append({"set": path.stem, "id": row["id"], "type": mark["type"], "words": mark["words"],
                            "typed": _typed_hit(report, mark["type"], start, end), "found": found})
    return out


def mismatches(records: list[dict]) -> list[dict]:
    """One record per (marked fault, flagging finding) where no rule of the marked type fires."""
    return [{**{k: rec[k] for k in ("set", "id", "type", "words")}, **f}
            for rec in records if not rec["typed"] for f in rec["found"]]


def group(records: list[dict], index: dict[str, str]) -> list[dict]:
    """Mismatches grouped by (marked type, code, lexicon entry or reading), most sets first, each
    with the balance: how the words that entry flags are marked across every open set (typed hit
    or not), so a type is changed only where the marks agree with the definitions."""
    balance: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for rec in records:
        for f in rec["found"]:
            balance[reading_of(f, index)][rec["type"]].add((rec["set"], rec["id"], rec["words"]))
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for mis in mismatches(records):
        groups[(mis["type"], mis["code"], reading_of(mis, index))].append(mis)
    rows = [{"type": k[0], "code": k[1], "entry": k[2], "sets": sorted({r["set"] for r in v}), "faults": len(v),
             "examples": sorted({r["flagged"] for r in v})[:6],
             "marked_as": {t: len(s) for t, s in sorted(balance[k[2]].items(), key=lambda kv: -len(kv[1]))}}
            for k, v in groups.items()]
    return sorted(rows, key=lambda g: (-len(g["sets"]), -g["faults"], g["type"], g["code"], g["entry"]))


def by_code(records: list[dict]) -> list[dict]:
    """Coarser: (marked type, code) only, with sets and fault counts."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for rec in mismatches(records):
        groups[(rec["type"], rec["code"])].append(rec)
    return sorted(({"type": k[0], "code": k[1], "sets": len({r["set"] for r in v}), "faults": len(v)}
                   for k, v in groups.items()), key=lambda g: (-g["sets"], -g["faults"]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devtools.type_mismatch", description=__doc__.splitlines()[0])
    parser.add_argument("--probe", type=Path, action="append", help="a words set (default: every open one)")
    parser.add_argument("--min-sets", type=int, default=1, help="show groups seen in at least this many sets")
    parser.add_argument("--save", type=Path, help="write the collected findings here (JSON) for --load")
    parser.add_argument("--load", type=Path, help="group findings collected before instead of running the rules")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.load:
        records = json.loads(args.load.read_text(encoding="utf-8"))
    else:
        from sos_lint.api import engine as shared_engine
        records = collect(shared_engine(), args.probe or open_sets())
    if args.save:
        args.save.write_text(json.dumps(records), encoding="utf-8")
    index = lexicon_index()
    groups = [g for g in group(records, index) if len(g["sets"]) >= args.min_sets]
    if args.json:
        print(json.dumps({"by_code": by_code(records), "groups": groups}, indent=2))
        return 0
    typed = sum(r["typed"] for r in records)
    flagged = sum(bool(r["typed"] or r["found"]) for r in records)
    print(f"{len(records)} marked word faults in {len({r['set'] for r in records})} sets: {typed} found by a rule of "
          f"the marked type, {flagged} by some word rule (whole-statement findings aside)")
    print("per set: faults, typed recall, flagged by some word rule (whole-statement findings aside: eval_words's"
          " any-rule figure counts SOS303 on the whole statement too)")
    for name in sorted({r["set"] for r in records}, key=lambda n: (len(n), n)):
        rows = [r for r in records if r["set"] == name]
        print(f"  {name:18} {len(rows):4}  {sum(r['typed'] for r in rows) / len(rows):.3f}  "
              f"{sum(bool(r['typed'] or r['found']) for r in rows) / len(rows):.3f}")
    print("mismatches by (marked type, code):")
    for g in by_code(records):
        print(f"  {g['type']:15} {g['code']}  {g['sets']:2} sets  {g['faults']:3} faults")
    print(f"groups in >= {args.min_sets} sets: marked type, code, lexicon entry or reading; how its words are marked")
    for g in groups:
        print(f"  {len(g['sets']):2} sets {g['faults']:3}x  {g['type']:14} {g['code']} {g['entry']}\n"
              f"      marked as {g['marked_as']}  e.g. {g['examples']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
