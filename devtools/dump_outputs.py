"""Dump everything `check` and `rewrite` say about every statement in corpus/ and every jsonl under
tests/data/ (texts only), to compare two versions of the code byte for byte (a speed change must
not change any output).

    python -m devtools.dump_outputs OUT.json [--no-rewrite] [--limit N]
    diff <(python -m json.tool a.json) <(python -m json.tool b.json)   # must be empty
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def texts() -> list[tuple[str, str, str | None]]:
    """(where, text, kind) for every row with a text, corpus first, then tests/data in path order."""
    out, seen = [], set()
    files = sorted((ROOT / "corpus").glob("*.jsonl")) + sorted((ROOT / "tests" / "data").rglob("*.jsonl"))
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip()
            if not line:
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            if not isinstance(row, dict) or not isinstance(row.get("text"), str) or not row["text"].strip():
                continue
            kind = row.get("kind") if row.get("kind") in ("worry", "goal") else None
            key = (row["text"], kind)
            if key in seen:
                continue
            seen.add(key)
            out.append((f"{path.relative_to(ROOT)}:{number}", row["text"], kind))
    return out


def finding(f) -> dict:
    return {"code": f.code, "span": [f.start, f.end], "severity": f.severity, "message": f.message,
            "suggestion": getattr(f, "suggestion", None), "fix": f.fix.to_dict() if f.fix is not None else None}


def main(argv: list[str]) -> int:
    from sos_lint.api import engine
    from sos_lint.rewrite import word_level_and_full

    out_path = Path(argv[0])
    rows = texts()
    if "--limit" in argv:
        rows = rows[: int(argv[argv.index("--limit") + 1])]
    eng = engine()
    body, kinds = [t for _, t, _ in rows], [k for _, _, k in rows]
    reports = eng.check_many(body, kinds)
    dumped = []
    for (where, text, kind), report in zip(rows, reports):
        full = report.to_dict()
        dumped.append({"where": where, "kind_given": kind, "kind": report.kind, "kind_source": report.kind_source,
                       "score": report.score, "rule_score": report.rule_score, "scores": report.scores,
                       "findings": [finding(f) for f in report.findings], "components": full["components"],
                       "strengths": full["strengths"], "metrics": full["metrics"], "model": full["model"]})
    if "--no-rewrite" not in argv:
        chunk = 200
        for start in range(0, len(rows), chunk):
            words, whole = word_level_and_full(body[start:start + chunk], kinds[start:start + chunk], engine=eng)
            for i, (w, f) in enumerate(zip(words, whole)):
                dumped[start + i]["rewrite_words"] = {"text": w.text, "changes": [c.to_dict() for c in w.changes],
                                                      "notes": w.notes}
                dumped[start + i]["rewrite_full"] = {"text": f.text, "changes": [c.to_dict() for c in f.changes],
                                                     "placeholders": [p.to_dict() for p in f.placeholders],
                                                     "notes": f.notes}
    out_path.write_text(json.dumps(dumped, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(dumped)} statements -> {out_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
