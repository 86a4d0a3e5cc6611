"""Redactor output on every OPEN set (round 37: sets 1-35 of words/good/parts/people, fix 8-35), one
fresh Redactor per statement (as `check --redact` on one file), written as JSON lines so two code
versions can be diffed line by line.

    PYTHONPATH=<tree> python -m devtools.redact37_dump OUT.jsonl [--max 35] [--sets 35]

Never reads a set numbered above --max (36 and later are blind in round 37)."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OPEN = ROOT / "tests" / "data" / "blind"
FAMILIES = ("words", "good", "parts", "people", "fix")
BLIND_FROM = 40


def rows(numbers):
    for number in numbers:
        if number >= BLIND_FROM:
            raise SystemExit(f"set {number} is blind: not read")
        for family in FAMILIES:
            path = OPEN / f"{family}_test{number}.jsonl"
            if not path.exists():
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    text = row.get("text") or row.get("before") or ""
                    if text:
                        yield f"{family}{number}", str(row.get("id")), text


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--sets", default="1-35")
    args = parser.parse_args()
    low, _, high = args.sets.partition("-")
    numbers = list(range(int(low), int(high or low) + 1))
    from sos_lint.nlp import load
    from sos_lint.redact import Redactor

    nlp = load()
    with args.out.open("w", encoding="utf-8") as out:
        for source, ident, text in rows(numbers):
            red = Redactor(nlp, ()).redact(text)
            out.write(json.dumps({"source": source, "id": ident, "redacted": red.text}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
