"""Round 37 (r37i): figures for a child whose name is an English word, found by context.

Run (from a checkout, with SOS_LINT_SEED_DIR set):
    python -m devtools.wordnames37 people [--show]   # eval_people's figures, pooled on the open people
                                                     # sets 14-34, and set 35 on its own
    python -m devtools.wordnames37 sos401 OUT.json   # the open good and words sets (every set but 36):
                                                     # which statements get SOS401, ids only
Both print figures only, never a row's text (``--show`` lists misses of the pooled sets 14-34).
To measure the code before a change, run from an archive of it first on the path
(``git archive COMMIT sos_lint rules models | tar -x -C /tmp/before``, PYTHONPATH=/tmp/before:.).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from devtools import eval_people

BLIND = Path(__file__).resolve().parents[1] / "tests" / "data" / "blind"
BLIND_SET = 36  # never read here


def _people_line(label: str, rows: list) -> dict:
    result = eval_people.score(rows, eval_people.predict(rows))
    print(f"{label}: {result['sentences']} sentences, {result['children']} children, child recall "
          f"{result['child_recall']:.3f} (names that are words {result['word_name_recall']:.3f} of "
          f"{result['word_names']}); adults, pets or headings taken as the child: {result['taken_as_child']} "
          f"of {result['not_children']}")
    return result


def people(show: bool = False) -> None:
    pooled = [row for n in range(14, 35) for row in eval_people.load(BLIND / f"people_test{n}.jsonl")]
    result = _people_line("people sets 14-34 pooled", pooled)
    if show:
        eval_people._show(result, with_text=True)
    _people_line("people set 35", eval_people.load(BLIND / "people_test35.jsonl"))


def _open_files(prefix: str) -> list:
    out = []
    for path in sorted(BLIND.glob(f"{prefix}_test*.jsonl")):
        number = path.stem.rsplit("test", 1)[1]
        if number.isdigit() and int(number) != BLIND_SET:
            out.append(path)
    return out


def sos401(out_path: str) -> None:
    from sos_lint.api import engine as make_engine
    from sos_lint.checks.base import Context
    from sos_lint.checks.child_focus import no_child_named

    engine = make_engine()
    fired = {}
    for prefix in ("good", "words"):
        for path in _open_files(prefix):
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            for row, doc in zip(rows, engine.parse([r["text"] for r in rows])):
                ctx = Context(doc=doc, kind=row.get("kind") or "worry", config=engine.config, lexicons=engine.lexicons)
                found = list(no_child_named.check(ctx, no_child_named))
                if found:
                    fired[f"{path.stem}:{row['id']}"] = found[0].severity
            total = len(rows)
            hits = sum(1 for k in fired if k.startswith(path.stem + ":"))
            print(f"{path.stem}: {hits} of {total} get SOS401", flush=True)
    Path(out_path).write_text(json.dumps(fired, indent=0, sort_keys=True), encoding="utf-8")
    for prefix in ("good", "words"):
        for label, test in (("sets up to 34", lambda n: n < 35), ("set 35", lambda n: n == 35)):
            keys = [k for k in fired if k.startswith(prefix + "_test") and test(int(k.split(":")[0].rsplit("test", 1)[1]))]
            errors = sum(1 for k in keys if fired[k] == "error")
            print(f"{prefix} {label}: SOS401 on {len(keys)} statements ({errors} errors)")


if __name__ == "__main__":
    if sys.argv[1] == "people":
        people("--show" in sys.argv)
    else:
        sos401(sys.argv[2])
