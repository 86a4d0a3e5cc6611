"""`python -m devtools.words_summary SIDE_FILE SET...`: the word helpers' figures on open sets.

For each set: recall of the six word-fault types the words helper owns (judgement, victim blaming,
guess, label, vague, jargon; compliance and absence of harm are another helper's), the share of
must-not-flag words flagged and warnings+errors per good statement (the seed six counted in), all
from devtools.eval_words.measure. A SET is a file name under tests/data/blind without ".jsonl"
("words_test26", "good_test26", "words_battery9"), a path to a probe file, or "bNN": set NN's text
with the second reader's marks (tests/data/agreement/marksNN_b.jsonl) as the faults. Misses and
false alarms go to SIDE_FILE, not the screen. Blind sets are refused: a numbered test set or
second reader's set past the last one devtools.eval_blind.INFORMED opens, and any file under a
round's working folders (sets*, fixjudge*, before*, after*). Rounds 29 and 30 ran this as
words29_summary / words30_summary, the same script with the last open set typed in.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from devtools.eval_blind import INFORMED
from devtools.eval_words import find_seed, load_probe, measure, seed_excerpt

ROOT = Path(__file__).resolve().parents[1]
D = ROOT / "tests" / "data" / "blind"
A = ROOT / "tests" / "data" / "agreement"
MINE = {"judgement", "victim_blaming", "guess", "label", "vague", "jargon"}
# The last words set opened for tuning: the highest words_testN that eval_blind counts as informed.
OPEN_UP_TO = max(int(m[1]) for m in (re.fullmatch(r"words_test(\d+)", s) for s in INFORMED) if m)
_WORKING = re.compile(r"(^|/)(sets|fixjudge|before|after)\d")


def _refuse(name: str) -> None:
    m = re.search(r"(\d+)[a-z]?$", Path(name).stem)
    if _WORKING.search(name) or (m and int(m[1]) > OPEN_UP_TO and ("_test" in name or name.startswith("b"))):
        raise SystemExit(f"{name}: a blind set; not measured")


def rows_b(n: int) -> list[dict]:
    base = {r["id"]: r for r in load_probe(D / f"words_test{n}.jsonl")}
    out = []
    for line in (A / f"marks{n}_b.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        b = json.loads(line)
        r = dict(base[b["id"]])
        r["faults"] = [m for m in b["faults"] if m.get("words") and m["words"] in r["text"]]
        r["must_not_flag"] = []
        r["id"] = r["id"] + "b"
        out.append(r)
    return out


def main(argv: list[str]) -> int:
    from sos_lint.api import engine as shared_engine

    side_path, sets = argv[0], argv[1:]
    for s in sets:
        _refuse(s)
    engine = shared_engine()
    seed_path = find_seed()
    seed = engine.check_document(seed_excerpt(seed_path), source="seed") if seed_path else None
    found_all = marked_all = flagged_all = words_all = 0
    with open(side_path, "w", encoding="utf-8") as side:
        for s in sets:
            if re.fullmatch(r"b\d+", s):
                rows = rows_b(int(s[1:]))
            elif (D / f"{s}.jsonl").exists():
                rows = load_probe(D / f"{s}.jsonl")
            else:
                rows = load_probe(Path(s))
            fig = measure(engine, rows, seed)
            mine = {t: v for t, v in fig["recall_by_type"].items() if t in MINE}
            found = sum(v["found"] for v in mine.values())
            marked = sum(v["marked"] for v in mine.values())
            found_all += found
            marked_all += marked
            if fig["must_not_flag_marked"]:
                flagged_all += round(fig["must_not_flag_rate"] * fig["must_not_flag_marked"])
                words_all += fig["must_not_flag_marked"]
            print(f"{s:16} recall {found:3}/{marked:<3} {found / max(marked, 1):.3f}  mnf {fig['must_not_flag_rate']} of "
                  f"{fig['must_not_flag_marked']}  apg {fig['alarms_per_good']} (word rules {fig['alarms_per_good_word_rules']})  "
                  + " ".join(f"{t[:5]}:{v['found']}/{v['marked']}" for t, v in sorted(mine.items())))
            side.write(f"## {s}\n")
            for line in fig["missed"]:
                side.write("  MISS " + line + "\n")
            for line in fig["false_alarms"]:
                side.write("  ALARM " + line + "\n")
            side.write("  CODES " + json.dumps(fig["alarms_on_good_by_code"]) + "\n")
    print(f"TOTAL recall {found_all}/{marked_all} = {found_all / max(marked_all, 1):.4f}; "
          f"must-not-flag {flagged_all}/{words_all}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
