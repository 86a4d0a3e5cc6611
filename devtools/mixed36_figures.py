"""Round 36 (review35i I#7): how often sections.split divides a text with no heading into a worry
and a goal. Single statements of the open sets should never be split; a worry followed by a goal
(pairs made from the same sets, each goal paired with a shuffled worry) should be, at the join.

    python -m devtools.mixed36_figures 8 33     # the sets tuned on
    python -m devtools.mixed36_figures 34 34    # set 34, fresh this round

Reads only the open good/parts/words/fix sets in tests/data/blind between the two numbers given
(never a blind set: 35 and above are refused)."""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from sos_lint.sections import split, worry_then_goal

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "blind"
FIRST_BLIND = 35


def rows(first: int, last: int) -> list[tuple[str, str, str]]:
    if last >= FIRST_BLIND:
        raise SystemExit(f"sets {FIRST_BLIND} and above are blind: not read")
    found = []
    for kind in ("good", "parts", "words", "fix"):
        for path in sorted(DATA.glob(f"{kind}_test*.jsonl")):
            match = re.search(r"_test(\d+)\.jsonl$", path.name)
            if not match or not first <= int(match[1]) <= last:
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                if row.get("kind") in ("worry", "goal"):
                    found.append((path.name, row["kind"], row["text"]))
    return found


def main(first: int, last: int) -> None:
    single = rows(first, last)
    split_single = [(name, kind) for name, kind, text in single if len(split(text)) > 1]
    print(f"sets {first}-{last}: single statements split {len(split_single)}/{len(single)}")
    for name, kind in split_single:
        print(f"  split: {name} ({kind})")
    worries = [text.strip() for _, kind, text in single if kind == "worry"]
    goals = [text.strip() for _, kind, text in single if kind == "goal"]
    random.Random(7).shuffle(goals)
    found = joined = inside_worry = 0
    for worry, goal in zip(worries, goals):
        cut = worry_then_goal(f"{worry} {goal}")
        if cut is not None:
            found += 1
            joined += cut == len(worry) + 1
            inside_worry += cut < len(worry)
    pairs = min(len(worries), len(goals))
    print(f"sets {first}-{last}: a worry then a goal split {found}/{pairs}, at the join {joined}, "
          f"inside the worry {inside_worry}, inside the goal {found - joined - inside_worry}")


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]))
