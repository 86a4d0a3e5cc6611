"""Round 39 (r39d): who is who, figures on the OPEN files only (never a blind set).

Run (from a checkout, with SOS_LINT_SEED_DIR set):
    python -m devtools.people39 people [--show] [--upto N] [--child-words]
                                                            # eval_people on the probes, people_test1..N
                                                            # (default 37) and the batteries; --child-words
                                                            # also counts "the baby" read as a child word
    python -m devtools.people39 sos401 N [OUT.json]         # SOS401 (no child named) on the good rows
                                                            # of good/words/parts_test N: counts and ids
Figures only; ``--show`` lists each miss and mistake with its row (open files only).
To measure the code before a change, run from an archive of it first on the path
(``git archive COMMIT sos_lint rules models | tar -x -C /tmp/before``, PYTHONPATH=/tmp/before:.).
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from devtools import eval_people as ep

BLIND = ep.DATA / "blind"
FIRST_BLIND = 40  # people_test40 and later are never read here


def _number(path: Path) -> int:
    match = re.search(r"_test(\d*)", path.name)
    return int(match.group(1) or 1)


def people_files(upto: int = 37) -> list[Path]:
    upto = min(upto, FIRST_BLIND - 1)
    tests = sorted((p for p in BLIND.glob("people_test*.jsonl") if _number(p) <= upto), key=_number)
    return [ep.PROBE, ep.DATA / "people_probe_round4.jsonl", *tests,
            *sorted(BLIND.glob("people_battery*.jsonl")), *sorted((ep.DATA / "train").glob("people_battery*.jsonl"))]


def people(show: bool, upto: int, child_words: bool = False) -> None:
    found = total = taken = 0
    for path in people_files(upto):
        rows = ep.load(path)
        predicted = ep.predict(rows)
        if child_words:  # Round 40 (r40d): also an unnamed child the rules read as a child word ("the baby")
            predicted = [p | w for p, w in zip(predicted, ep.child_words_seen(rows))]
        result = ep.score(rows, predicted)
        found += round(result["child_recall"] * result["children"])
        total += result["children"]
        taken += result["taken_as_child"]
        print(f"{path.name}: {result['sentences']} sent, {result['children']} children, "
              f"recall {result['child_recall']:.3f}, taken {result['taken_as_child']}", flush=True)
        if show:
            for row_id, mention, text in result["misses"]:
                print(f"   missed {mention!r} ({row_id}): {text}")
            for row_id, mention, text in result["mistakes"]:
                print(f"   took {mention!r} ({row_id}): {text}")
    print(f"ALL: {total} children, recall {found / total:.4f} ({total - found} missed), taken {taken}")


def sos401(number: int, out_path: str | None) -> None:
    if number >= FIRST_BLIND:
        raise SystemExit("blind set: not read here")
    from sos_lint.api import engine as make_engine
    from sos_lint.checks.base import Context
    from sos_lint.checks.child_focus import no_child_named

    engine = make_engine()
    fired = {}
    for prefix in ("good", "words", "parts"):
        path = BLIND / f"{prefix}_test{number}.jsonl"
        if not path.exists():
            continue
        rows = [r for r in ep.load(path) if r.get("good")]
        hits = 0
        for row, doc in zip(rows, engine.parse([r["text"] for r in rows])):
            ctx = Context(doc=doc, kind=row.get("kind") or "worry", config=engine.config, lexicons=engine.lexicons)
            found = list(no_child_named.check(ctx, no_child_named))
            if found:
                hits += 1
                fired[f"{path.stem}:{row['id']}"] = found[0].severity
        print(f"{path.stem}: SOS401 on {hits} of {len(rows)} good statements", flush=True)
    print("ids:", " ".join(sorted(fired)))
    if out_path:
        Path(out_path).write_text(json.dumps(fired, indent=0, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    args = sys.argv[1:]
    if args and args[0] == "sos401":
        sos401(int(args[1]), args[2] if len(args) > 2 else None)
    else:
        upto = int(args[args.index("--upto") + 1]) if "--upto" in args else 37
        people("--show" in args, upto, "--child-words" in args)
