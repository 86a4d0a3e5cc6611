"""What the redaction finds by pattern (redaction.places.pattern_finds: identifiers, places, schools, dates) on every
OPEN text, and SOS520 alone on the texts where two code versions' finds differ (round 40: SOS520 reads the
redaction only through pattern_finds and is_demonym, so its findings can change only there).

    PYTHONPATH=<tree A> python -m devtools.redaction_finds finds A.json
    PYTHONPATH=<tree B> python -m devtools.redaction_finds finds B.json
    PYTHONPATH=<tree> python -m devtools.redaction_finds sos520 A.json B.json OUT.jsonl   # run once per tree

Reads words/good/parts/people/fix 1-39 and the corpus; 40 and later are blind and never read."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OPEN = ROOT / "tests" / "data" / "blind"
BLIND_FROM = 40


def texts():
    for number in range(1, BLIND_FROM):
        for family in ("words", "good", "parts", "people", "fix"):
            path = OPEN / f"{family}_test{number}.jsonl"
            if path.exists():
                for line in path.read_text(encoding="utf-8").splitlines():
                    if line.strip():
                        row = json.loads(line)
                        text = row.get("text") or row.get("before")
                        kind = row.get("kind") if row.get("kind") in ("worry", "goal") else None
                        if text:
                            yield f"{family}{number}|{row.get('id')}", kind, text
    from devtools.corpus import load

    for s in load(verify=False).statements:
        yield f"corpus|{s.id}", s.kind, s.text


def finds(out: str) -> None:
    from sos_lint.redaction import identifiers
    from sos_lint.redaction.places import pattern_spans

    found = {key: sorted([(f.start, f.end, f.kind) for f in identifiers.find(text)]
                         + [(s, e, k) for s, e, k, _ in pattern_spans(text)]) for key, _, text in texts()}
    Path(out).write_text(json.dumps(found), encoding="utf-8")
    print(len(found), "texts")


def sos520(a: str, b: str, out: str) -> None:
    from sos_lint.config import Config
    from sos_lint.engine import Engine

    first, second = json.loads(Path(a).read_text()), json.loads(Path(b).read_text())
    keys = {k for k in first if first[k] != second.get(k)}
    rows = [row for row in texts() if row[0] in keys]
    reports = Engine(Config(select=("SOS520",))).check_many([t for *_, t in rows], [k for _, k, _ in rows])
    count = 0
    with open(out, "w", encoding="utf-8") as stream:
        for (key, _, _), report in zip(rows, reports):
            for f in [*report.findings, *report.given_way]:
                if f.code == "SOS520":
                    count += 1
                    stream.write(json.dumps([key, f.severity, f.start, f.end, f.message, f.suggestion],
                                            ensure_ascii=False) + "\n")
    print(len(rows), "texts whose finds differ;", count, "SOS520 findings")


if __name__ == "__main__":
    {"finds": finds, "sos520": sos520}[sys.argv[1]](*sys.argv[2:])
