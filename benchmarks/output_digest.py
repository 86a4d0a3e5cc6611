"""Everything `check` says, in every format, and what `rewrite` writes, over the corpus, the seed and
the informed test sets 13-20, as one file: a speed change must leave it byte for byte the same.

    python benchmarks/output_digest.py OUT.txt [--no-rewrite] [--limit N]
    cmp before.txt after.txt          # must print nothing

Unlike devtools.dump_outputs, it reads only the files named here (never all of tests/data: a set may
be blind). A second engine with a user's own jargon runs the corpus too, so the path where the
phrase matchers are built without the shipped table is compared as well.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path.cwd()  # the checkout being measured: run from its top folder
sys.path.insert(0, str(ROOT))
SETS = range(13, 21)  # words/good/parts/people/fix _test13.._test20 (set 21 is blind: never read here)
LOCAL_JARGON = (("care plan", "the plan"), ("core group", "the meeting of the people who help"),
                ("engage", "work with"), ("Child B", ""), ("presenting", "showing"))


def files() -> list[Path]:
    found = sorted((ROOT / "corpus").glob("*.jsonl"))
    blind = ROOT / "tests" / "data" / "blind"
    for number in SETS:
        for stem in ("words", "good", "parts", "people", "fix"):
            path = blind / f"{stem}_test{number}.jsonl"
            if path.exists():
                found.append(path)
    return found


def rows() -> list[tuple[str, str, str | None]]:
    out = []
    for path in files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if isinstance(row, dict) and isinstance(row.get("text"), str) and row["text"].strip():
                kind = row.get("kind") if row.get("kind") in ("worry", "goal") else None
                out.append((f"{path.relative_to(ROOT)}:{number}", row["text"], kind))
    return out


def seed_texts() -> list[tuple[str, str]]:
    folder = Path(os.environ.get("SOS_LINT_SEED_DIR", "/work/shared/seed"))
    return [(f"seed/{p.name}", p.read_text(encoding="utf-8", errors="replace")) for p in sorted(folder.glob("*.txt"))]


def main(argv: list[str]) -> int:
    from sos_lint.api import engine
    from sos_lint.config import Config
    from sos_lint.render import FORMATS, render
    from sos_lint.rewrite import word_level_and_full

    out = open(argv[0], "w", encoding="utf-8")
    items = rows()
    if "--limit" in argv:
        items = items[: int(argv[argv.index("--limit") + 1])]

    def write(label: str, text: str) -> None:
        out.write(f"=== {label}\n{text}\n")

    eng = engine()
    body, kinds = [t for _, t, _ in items], [k for _, _, k in items]
    reports = eng.check_many(body, kinds)
    for (where, _, kind), report in zip(items, reports):
        write(f"{where} kind={kind}", json.dumps(report.to_dict(), ensure_ascii=False, sort_keys=True))
    for fmt in FORMATS:  # every check format over the sets' reports, in chunks (as several files would be)
        for start in range(0, len(reports), 100):
            write(f"render {fmt} {start}", render(fmt, reports[start:start + 100], [], color=False))
    for where, text in seed_texts():
        found = eng.check_document(text, None, where)
        for fmt in FORMATS:
            write(f"{where} document {fmt}", render(fmt, found, [], color=False))
    local = engine(Config(jargon=LOCAL_JARGON))  # the user's own jargon: the matchers built without the table
    corpus = [(w, t, k) for w, t, k in items if w.startswith("corpus/")]
    for (where, _, kind), report in zip(corpus, local.check_many([t for _, t, _ in corpus], [k for _, _, k in corpus])):
        write(f"local-jargon {where} kind={kind}", json.dumps(report.to_dict(), ensure_ascii=False, sort_keys=True))
    if "--no-rewrite" not in argv:
        for start in range(0, len(items), 200):
            words, whole = word_level_and_full(body[start:start + 200], kinds[start:start + 200], engine=eng)
            for (where, _, _), w, f in zip(items[start:start + 200], words, whole):
                write(f"rewrite {where}", json.dumps({"words": w.to_dict(), "full": f.to_dict()},
                                                     ensure_ascii=False, sort_keys=True))
    out.close()
    digest = hashlib.sha256(Path(argv[0]).read_bytes()).hexdigest()
    import sos_lint

    print(f"{sos_lint.__file__}: {len(items)} statements and {len(seed_texts())} seed document(s) -> {argv[0]} sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
