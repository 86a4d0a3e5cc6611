"""What `check --fix` would write on a set of sentences, swap by swap, for a reader to judge.

    python -m devtools.eval_fix FILE.jsonl [--json]
    python -m devtools.eval_fix --pairs FILE.jsonl ...   every distinct swap written, most frequent first

For each row ({"id", "text", "kind"?}) it prints every safe fix (the words --fix writes), with the
words around it, and the grammar and fidelity counts of the fixed text (rewrite/fidelity.compare,
the checks `make eval` runs on rewrites). A person reads the list and marks each written swap
that breaks its sentence or changes what it says: the automatic counts miss changes of sense.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path


# Round 41 (fix_verdicts39): faults the judge found in written swaps that no count of the fixed text
# saw, counted from the swap and the words around it, so they are counted from now on:
# - capital_mid_line: an acronym written out with a capital where the writer did not open a sentence
#   ("Post-natal (day 10) Health visitor visit", fx39-067);
# - worker_before_a_date: a worker's letters written out straight before a date or a number, where
#   they name the visit ("Most recent health visitor 09/11:", fx39-016);
# - article_in_bare_list: an article added to one item of a list whose items stand bare ("(school,
#   the health visitor, GP)", fx39-028).
JUDGED_COUNTS = ("capital_mid_line", "worker_before_a_date", "article_in_bare_list")
_WORKER_WORDS = ("visitor", "worker", "officer", "nurse", "practitioner", "adviser", "advisor", "midwife",
                 "therapist", "manager", "coordinator", "co-ordinator")


def judged_faults(before: str, original: str, replacement: str, after: str) -> list[str]:
    """The JUDGED_COUNTS one written swap shows, read from the words before and after it."""
    out = []
    letters = original.replace("&", "").replace("/", "")
    acronym = letters.isupper() and len(letters) > 1
    lead = before.rstrip(" \t").rstrip("-–—•*·").rstrip(" \t").rstrip("\"'”’)]")
    words = [w for w in replacement.split() if w.lower() not in ("and", "of", "the", "for", "in", "on", "to", "a", "an")]
    titled = len(words) > 1 and all(w[:1].isupper() for w in words)  # a name ("Change Grow Live"), not a capital
    if acronym and replacement[:1].isupper() and not titled and lead and not lead.endswith(("\n", ".", "!", "?")):
        out.append("capital_mid_line")
    if acronym and replacement.lower().split()[-1:] and replacement.lower().split()[-1] in _WORKER_WORDS \
            and re.match(r"\s*\d", after):
        out.append("worker_before_a_date")
    if replacement.lower().startswith("the ") and not original.lower().startswith("the ") \
            and re.search(r",\s*$", before) and re.match(r"\s*[,)]|\s+(?:and|or)\s", after):
        # the items either side, as far as the list's brackets or commas
        left = re.split(r"[(,]", before.rstrip(" ,("))[-1].strip().lower().split()[-3:]
        right = re.split(r"[),]", re.sub(r"^\s*(?:,|\)|and|or)\s*", "", after))[0].strip().lower().split()[:2]
        if not set(left + right) & {"the", "a", "an", "his", "her", "their", "our", "my", "your"}:
            out.append("article_in_bare_list")
    return out


def fixes(rows: list[dict]) -> tuple[list[dict], dict]:
    from sos_lint.api import engine
    from sos_lint.fixes import checked_fixed_text
    from sos_lint.rewrite import fidelity

    eng = engine()
    out, counts = [], dict.fromkeys(fidelity.COUNTS + JUDGED_COUNTS, 0)
    for row in rows:
        reports = eng.check_document(row["text"], row.get("kind"))
        # Round 32: the swaps `check --fix` writes (commands.fixing.safe_fixes): the safe fixes the
        # findings carry, less those whose own words the check of the fixed text flags
        # (fixes.checked_fixed_text). Two findings on one span with the same fix (an acronym that is
        # also a jargon term) are one swap written (round 31: fix_test30 listed it twice).
        result = checked_fixed_text(eng, row["text"], reports, row.get("kind"))
        t = row["text"]
        written = [{"code": e.code, "from": e.original, "to": e.replacement,
                    "context": (t[max(0, e.start - 30):e.start] + "«" + e.original + "→" + e.replacement + "»"
                    + t[e.end:e.end + 30]).replace("\n", " ")} for e in result.applied]
        # round 33: why each was held ("flagged": its words flagged; "unfitted", "mixed": fixes_fit)
        # round 34: "inside": a word inside a phrase the check asks to replace whole
        held = [("its words flagged" if e.held == "flagged" else "inside a phrase the check asks to replace"
                 if e.held == "inside" else "does not fit its place, " + e.held,
                 f"«{e.original}→{e.replacement}» ({e.code})") for e in result.advised if e.held]
        fixed = result.text
        draft, doc = eng.parse([row["text"], fixed])
        problems = fidelity.compare(draft, doc, fixed, (), fidelity.covered_tokens(draft, eng.lexicons))
        for name, n in problems.counts.items():
            if name != "kept_errors":
                counts[name] += n
        judged = [(name, f"{e.original} -> {e.replacement}") for e in result.applied
                  for name in judged_faults(t[max(0, e.start - 40):e.start], e.original, e.replacement, t[e.end:e.end + 40])]
        for name, _ in judged:
            counts[name] += 1
        out.append({"id": row.get("id"), "text": row["text"], "fixed": fixed, "swaps": written, "held": held,
                    "problems": [p for p in problems.details if p[0] != "kept_errors"] + judged})
    return out, counts


def main(argv: list[str]) -> int:
    paths = [a for a in argv if not a.startswith("--")]
    if not paths:
        print(__doc__)
        return 2
    if "--pairs" in argv:
        return _pairs(paths)
    rows = [json.loads(line) for line in Path(paths[0]).read_text(encoding="utf-8").splitlines() if line.strip()]
    out, counts = fixes(rows)
    if "--json" in argv:
        print(json.dumps({"rows": out, "counts": counts}, indent=1))
        return 0
    swaps = [s for row in out for s in row["swaps"]]
    print(f"{len(rows)} sentences; {sum(1 for r in out if r['fixed'] != r['text'])} changed by --fix; {len(swaps)} swaps written")
    print("grammar and fidelity of the fixed text: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    for row in out:
        for s in row["swaps"]:
            print(f"  {row['id']}: {s['context']}")
        for h in row.get("held", ()):
            print(f"  {row['id']}: HELD BACK ({h[0]}) {h[1]}")
        for p in row["problems"]:
            print(f"  {row['id']}: PROBLEM {p}")
    return 0


def _pairs(paths: list[str]) -> int:
    """The audit that found round 8's swaps that changed who did what: each distinct swap --fix
    writes over many files (corpus/*.jsonl, tests/data/*.jsonl), with two of its sentences."""
    from collections import defaultdict

    rows = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else None
            if isinstance(row, dict) and isinstance(row.get("text"), str):
                rows.append({"id": row.get("id"), "text": row["text"],
                             "kind": row.get("kind") if row.get("kind") in ("worry", "goal") else None})
    rows = list({r["text"]: r for r in rows}.values())
    out, _ = fixes(rows)
    seen = defaultdict(list)
    for row in out:
        for s in row["swaps"]:
            seen[(s["from"].lower(), s["to"].lower())].append(s["context"])
    print(f"{len(rows)} statements; {len(seen)} distinct swaps written")
    for (old, new), contexts in sorted(seen.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(contexts):5d} {old!r} -> {new!r}")
        for context in contexts[:2]:
            print("        " + context.replace("\n", " "))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
