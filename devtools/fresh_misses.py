"""`python -m devtools.fresh_misses FRESH.jsonl [--before N]`: were a fresh set's missed word faults
ever marked before?

Why: for seven rounds, tuning the word rules on the last set (which lifts that set to about 0.96)
moved the next fresh set by 0.00-0.05. One explanation is that a new writer's faults are mostly
wordings no earlier set held, so a rule written for an earlier set's wording cannot catch them.
This measures that directly, from figures only (it prints counts, never the marked words, so it
can be run on a set that is still blind).

For each marked word fault of FRESH (jargon, label, vague, judgement, guess, victim blaming) it
asks whether the rules find it (marked type, as devtools.eval_words counts) and how close it is
to the faults marked in the earlier words sets (tests/data/blind/words_test*.jsonl and
words_battery*.jsonl with a number below --before, plus the probes under tests/data):
- same words: its lemmas, content words only, are the content lemmas of an earlier marked fault;
- shares a word: one of its content lemmas (noun, verb, adjective, adverb) is a content lemma of
  an earlier marked fault of the same type;
- new: neither.
Run from the repository root; the engine parses every span once.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from devtools.eval_words import STRUCTURE_FAULTS, measure

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
_CONTENT = {"NOUN", "VERB", "ADJ", "ADV", "PROPN"}


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _number(path: Path) -> int | None:
    m = re.search(r"(\d+)[a-z]?$", path.stem)
    return int(m[1]) if m else None


def earlier_marks(before: int) -> list[dict]:
    """Marked word faults of every words set numbered below `before` (and the unnumbered probes)."""
    paths = [*sorted((DATA / "blind").glob("words_*.jsonl")), *sorted(DATA.glob("words_probe*.jsonl")),
             DATA / "words_heldout.jsonl"]
    out = []
    for path in paths:
        n = _number(path)
        if not path.exists() or (path.parent.name == "blind" and (n is None or n >= before)):
            continue
        for row in _rows(path):
            out += [m for m in row.get("faults", []) if m["type"] not in STRUCTURE_FAULTS]
    return out


def content_lemmas(nlp, texts: list[str]) -> list[frozenset[str]]:
    return [frozenset(t.lemma_.lower() for t in doc if t.pos_ in _CONTENT)
            for doc in nlp.pipe(texts)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("fresh", type=Path)
    ap.add_argument("--show", action="store_true",
                    help="also list the missed faults with their closeness (refused on a set still blind)")
    ap.add_argument("--before", type=int, help="earlier sets are those numbered below this (default: the fresh set's number)")
    args = ap.parse_args(argv)
    if args.show:
        from devtools.eval_blind import BLIND, INFORMED

        if args.fresh.resolve().parent != BLIND.resolve() or args.fresh.stem not in INFORMED:
            print("--show lists marked words: only for an open set in tests/data/blind", file=sys.stderr)
            return 2
    from sos_lint.api import engine as make_engine

    engine = make_engine()
    nlp = engine.nlp
    before = args.before or _number(args.fresh) or 10**6
    rows = _rows(args.fresh)
    fig = measure(engine, rows)
    missed = set(fig["missed"])  # "w20-01 vague: 'words'", as eval_words lists them

    old = earlier_marks(before)
    old_sets = content_lemmas(nlp, [m["words"] for m in old])
    exact = {s for s in old_sets if s}
    by_type: dict[str, set[str]] = {}
    for m, s in zip(old, old_sets):
        by_type.setdefault(m["type"], set()).update(s)

    fresh = [(r["id"], m) for r in rows for m in r["faults"] if m["type"] not in STRUCTURE_FAULTS]
    fresh_sets = content_lemmas(nlp, [m["words"] for _, m in fresh])
    counts: dict[str, Counter] = {"missed": Counter(), "found": Counter()}
    for (rid, m), lemmas in zip(fresh, fresh_sets):
        key = "missed" if f"{rid} {m['type']}: {m['words']!r}" in missed else "found"
        if lemmas and lemmas in exact:
            closeness = "same words"
        elif lemmas & by_type.get(m["type"], set()):
            closeness = "shares a word"
        else:
            closeness = "new"
        counts[key][closeness] += 1
        if args.show and key == "missed":
            print(f"  {rid} {m['type']}: {m['words']!r} ({closeness})")
    print(f"{args.fresh.name}: {len(fresh)} marked word faults; earlier marked faults: {len(old)} "
          f"(words sets numbered below {before} and the probes)")
    for key in ("found", "missed"):
        c, n = counts[key], sum(counts[key].values())
        parts = ", ".join(f"{k} {c[k]} ({c[k] / n:.2f})" for k in ("same words", "shares a word", "new")) if n else "none"
        print(f"  {key:7} {n:4}: {parts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
