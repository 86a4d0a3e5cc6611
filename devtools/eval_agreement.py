"""How far do careful readers agree on word faults, and how does the tool do on the faults they agree on?

Issue 11's word-fault target (span recall >= 0.9) is measured against one writer's marks. This tool
asks the question behind that figure: when other practice leads mark the same statements,
independently and without seeing anyone's marks, how many of the first writer's marks do they
make too? If a second careful reader finds only 70% of them, a tool can hardly be expected to find
90%, and the faults that every reader marks are the fairer yardstick.

Input: the set as written (its "faults" are reader A's) and one or more files of independent marks
({"id", "good", "faults"} per row, same ids), e.g. `/work/wt/agree16/marks15_b.jsonl`.

    python -m devtools.eval_agreement tests/data/blind/words_test15.jsonl MARKS_B.jsonl [MARKS_C.jsonl]

Figures:
- reader recall: of reader X's marks, the share reader Y marked too (overlapping words; "same type"
  counts only a mark of the same fault family, the families being those eval_words scores together).
- consensus: marks that at least two readers made (the overlap of A's mark with another reader's);
  the tool's recall on those, and on marks only one reader made.
- the tool's word-level findings (warnings and errors of the word rules) on words no reader marked.
- agreement on which statements are good.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from devtools.eval_words import FAULT_CODES, NOT_WORD_LEVEL, _overlaps, _span

# Fault families scored together by eval_words (a label rule counts for a judgement and back).
FAMILY = {"guess": "verdict", "judgement": "verdict", "label": "verdict", "victim_blaming": "blame",
          "jargon": "jargon", "vague": "vague", "compliance": "goal", "absence": "goal"}


def _load(path: Path) -> dict[str, dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["id"]: r for r in rows}


def _marks(row: dict, text: str) -> list[tuple[str, int, int]]:
    out = []
    for m in row.get("faults", []):
        if m.get("words") and m["words"] in text and m.get("type") in FAMILY:
            start, end = _span(text, m["words"])
            out.append((m["type"], start, end))
    return out


def _covered(mark: tuple[str, int, int], others: list[tuple[str, int, int]], same_type: bool) -> bool:
    kind, start, end = mark
    return any(s < end and start < e and (not same_type or FAMILY[k] == FAMILY[kind]) for k, s, e in others)


def _tool_hit(findings, mark: tuple[str, int, int]) -> bool:
    kind, start, end = mark
    return any((f.code in FAULT_CODES[kind] and _overlaps(f, start, end))
               or (f.severity == "error" and (f.start, f.end) == (start, end)) for f in findings)


def measure(engine, base: dict[str, dict], readers: dict[str, dict[str, dict]]) -> dict:
    ids = list(base)
    texts = {i: base[i]["text"] for i in ids}
    marks = {"A": {i: _marks(base[i], texts[i]) for i in ids}}
    good = {"A": {i: bool(base[i].get("good")) for i in ids}}
    for name, rows in readers.items():
        marks[name] = {i: _marks(rows.get(i, {}), texts[i]) for i in ids}
        good[name] = {i: bool(rows.get(i, {}).get("good")) for i in ids if i in rows}
    names = list(marks)
    pair = {}
    for x in names:
        for y in names:
            if x == y:
                continue
            total = sum(len(marks[x][i]) for i in ids)
            loose = sum(_covered(m, marks[y][i], False) for i in ids for m in marks[x][i])
            strict = sum(_covered(m, marks[y][i], True) for i in ids for m in marks[x][i])
            pair[f"{y} finds {x}'s marks"] = {"marks": total, "any type": round(loose / total, 3) if total else None,
                                              "same family": round(strict / total, 3) if total else None}
    reports = engine.check_many([texts[i] for i in ids], [base[i]["kind"] for i in ids])
    by_id = dict(zip(ids, reports))
    consensus, single = [0, 0], [0, 0]
    per_type: dict[str, list[int]] = {}
    for i in ids:
        for m in marks["A"][i]:
            agreed = any(_covered(m, marks[r][i], False) for r in names if r != "A")
            hit = _tool_hit(by_id[i].findings, m)
            bucket = consensus if agreed else single
            bucket[0] += hit
            bucket[1] += 1
            if agreed:
                per_type.setdefault(m[0], [0, 0])
                per_type[m[0]][0] += hit
                per_type[m[0]][1] += 1
    # Marks the other readers made that A did not: how often the tool finds those.
    extra = [0, 0]
    for r in names:
        if r == "A":
            continue
        for i in ids:
            for m in marks[r][i]:
                if not _covered(m, marks["A"][i], False):
                    extra[1] += 1
                    extra[0] += any(_overlaps(f, m[1], m[2]) and f.severity != "hint" and f.code[3] in "12345"
                                    for f in by_id[i].findings)
    unmarked = 0
    word_findings = 0
    unmarked_list = []
    for i in ids:
        everyone = [m for r in names for m in marks[r][i]]
        for f in by_id[i].findings:
            if f.severity == "hint" or f.code[3] not in "123" or f.end <= f.start or f.code in NOT_WORD_LEVEL:
                continue
            word_findings += 1
            if not any(f.start < e and s < f.end for _, s, e in everyone):
                unmarked += 1
                unmarked_list.append(f"{i} {f.code} {f.severity}: {texts[i][f.start:f.end]!r}")
    good_agree = {r: round(sum(good[r][i] == good["A"][i] for i in good[r]) / len(good[r]), 3)
                  for r in names if r != "A" and good[r]}
    return {
        "statements": len(ids),
        "readers": names,
        "marks per reader": {r: sum(len(marks[r][i]) for i in ids) for r in names},
        "reader recall": pair,
        "A's marks another reader also made": consensus[1],
        "tool recall on those (consensus)": round(consensus[0] / consensus[1], 3) if consensus[1] else None,
        "consensus by type": {t: f"{v[0]}/{v[1]}" for t, v in sorted(per_type.items())},
        "A's marks no other reader made": single[1],
        "tool recall on those": round(single[0] / single[1], 3) if single[1] else None,
        "other readers' marks A did not make": extra[1],
        "tool flags those (any rule, warning or error)": round(extra[0] / extra[1], 3) if extra[1] else None,
        "tool word findings (warnings/errors)": word_findings,
        "of those on words no reader marked": unmarked,
        "agreement with A on which statements are good": good_agree,
        "unmarked_list": unmarked_list,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("base", type=Path, help="the set as written (reader A's marks)")
    ap.add_argument("marks", type=Path, nargs="+", help="independent readers' marks, same ids")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show", action="store_true",
                    help="list the tool's findings on words no reader marked (reads the set: open sets only)")
    args = ap.parse_args(argv)
    from sos_lint.api import engine as shared_engine

    base = _load(args.base)
    readers = {chr(ord("B") + n): _load(p) for n, p in enumerate(args.marks)}
    fig = measure(shared_engine(), base, readers)
    if args.json:
        print(json.dumps(fig, indent=1))
        return 0
    print(f"== agreement on {args.base.name}: {fig['statements']} statements, readers {', '.join(fig['readers'])}")
    for k, v in fig.items():
        if k == "unmarked_list":
            if args.show:
                print("tool findings on words no reader marked:")
                print("\n".join("  " + line for line in v))
            continue
        if k in ("statements", "readers"):
            continue
        if isinstance(v, dict) and k == "reader recall":
            print(k + ":")
            for kk, vv in v.items():
                print(f"  {kk}: {vv['any type']} (same family {vv['same family']}) of {vv['marks']}")
        else:
            print(f"{k}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
