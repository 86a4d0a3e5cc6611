"""scan.py OUT.jsonl: every non-hint finding on open good statements and every must-not-flag mark a word-level
finding covers (good_test20-39, words_test14-39, corpus good). Open sets only: set 40 is blind and never read."""
import json, sys, re
from pathlib import Path
from sos_lint.api import engine as shared_engine
from devtools.eval_words import FAULT_CODES, _flags_unmarked, _overlaps, _span, _word_level


def scored(text: str, good: bool, mnf: list, faults: list, rep) -> dict:
    """One statement's row fields: the marks hit, the poor row's codes, the good row's findings and
    the must-not-flag marks a word-level finding covers (rescan.py reads the same)."""
    fs = [f for f in rep.findings if f.severity != "hint"] if good else []
    fspans = [_span(text, m["words"]) for m in faults]
    mn = []
    for m in mnf:
        s, e = _span(text, m["words"])
        own = sorted({f.code for f in rep.findings if _word_level(f, len(text)) and _flags_unmarked(f, s, e, fspans)})
        if own:
            mn.append({"reason": m["reason"], "words": m["words"], "by": own})
    hits = []
    for m in faults:
        s, e = _span(text, m["words"])
        hits.append(int(any((f.code in FAULT_CODES[m["type"]] and _overlaps(f, s, e))
                            or (f.severity == "error" and (f.start, f.end) == (s, e)) for f in rep.findings)))
    return {"hits": [[m["type"], h] for m, h in zip(faults, hits)],
            "poor_codes": [] if good else sorted(f.code for f in rep.findings if f.severity != "hint"),
            "findings": [{"code": f.code, "sev": f.severity, "words": text[f.start:f.end], "start": f.start,
                          "end": f.end, "msg": f.message} for f in fs], "mnf": mn}


def main(out_path: str) -> None:
    files = [f"tests/data/blind/good_test{i}.jsonl" for i in range(20, 40)] + [f"tests/data/blind/words_test{i}.jsonl" for i in range(14, 40)]
    for f in files:
        m = re.search(r"_test(\d+)\.jsonl$", f); assert int(m[1]) <= 39
    rows = []
    for f in files:
        for line in open(f, encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                rows.append((Path(f).stem, r["id"], r["kind"], r["text"], r.get("good", False), r.get("must_not_flag", []), r.get("faults", [])))
    for p in sorted(Path("corpus").glob("part_*.jsonl")):
        for line in open(p, encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                if r["label"] == "good":
                    rows.append(("corpus", r["id"], r["kind"], r["text"], True, [], []))
    eng = shared_engine()
    reps = eng.check_many([r[3] for r in rows], [r[2] for r in rows])
    with open(out_path, "w") as out:
        for (src, rid, kind, text, good, mnf, faults), rep in zip(rows, reps):
            out.write(json.dumps({"src": src, "id": rid, "kind": kind, "good": good, "text": text,
                                  **scored(text, good, mnf, faults, rep)}) + "\n")
    print(len(rows))


if __name__ == "__main__":
    main(sys.argv[1])
