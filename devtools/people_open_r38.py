"""Round 38 (r38d): eval_people's figures on every OPEN people file (the probes, people_test1-36
and the batteries), by an explicit list that never reaches a blind set (``eval_people --all``
globs every people_test file, blind ones included).
Run: python -m devtools.people_open_r38 [--show]"""
from __future__ import annotations

import re
import sys

from devtools import eval_people as ep

LAST_OPEN = 36


def _number(path) -> int:
    match = re.search(r"people_test(\d*)", path.name)
    return int(match.group(1) or 1)


def open_files() -> list:
    data = ep.DATA
    tests = sorted((p for p in (data / "blind").glob("people_test*.jsonl") if _number(p) <= LAST_OPEN), key=_number)
    return [ep.PROBE, data / "people_probe_round4.jsonl", *tests,
            *sorted((data / "blind").glob("people_battery*.jsonl")), *sorted((data / "train").glob("people_battery*.jsonl"))]


def main(argv=None) -> int:
    show = "--show" in (sys.argv[1:] if argv is None else argv)
    for path in open_files():
        rows = ep.load(path)
        result = ep.score(rows, ep.predict(rows))
        print(f"{path.name}: {result['sentences']} sent, {result['children']} children, "
              f"recall {result['child_recall']:.3f}, taken {result['taken_as_child']}", flush=True)
        if show:
            for row_id, mention, text in result["misses"]:
                print(f"   missed {mention!r} ({row_id}): {text}")
            for row_id, mention, text in result["mistakes"]:
                print(f"   took {mention!r} ({row_id}): {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
