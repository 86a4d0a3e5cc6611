"""Probe figures for who is the child: child recall and adults, pets or headings taken as the child.

Run: python -m devtools.eval_people [--before] [--show] [--probe FILE | --all]
Probe files: tests/data/people_probe.jsonl (default), tests/data/people_probe_round4.jsonl, and
the earlier blind sets tests/data/blind/people_test*.jsonl (test, test2, test4, test5, test6: each tuned
on in the round after it was first measured), and the class batteries (blind/people_battery9*.jsonl,
train/people_battery17.jsonl). `--all` prints one line for each of these files.
`--before` counts every name token from `analysis.names` as a possible child (how the rules read
names before sos_lint.people). To reproduce the published before-figures, run it against the
code before the change, from outside the checkout so that copy is imported:
    git archive cd36437 sos_lint rules models | tar -x -C /tmp/before
    cd /tmp && PYTHONPATH=/tmp/before:/path/to/checkout python -m devtools.eval_people --before
The probe set (tests/data/people_probe.jsonl) is written for this and is never used to fit anything.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
PROBE = DATA / "people_probe.jsonl"
TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "pc", "sir"}
# Batches written after the code they measure, with the figures of their first run (before any
# change made because of them).
FIRST_RUNS = {
    "held_out": "second batch (written after the code; first run recall 0.977, 1 taken as the child)",
    "round4_a": "round 4, batch a (written after the first round-4 change; first run recall 0.979, 5 taken; "
                "the code before round 4: 0.936, 18 taken)",
    "round4_b": "round 4, batch b (written after batch a's fixes; first run recall 0.958, 4 taken; "
                "the code before round 4: 0.958, 15 taken)",
}


def load(path: Path = PROBE) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _words(mention: str) -> set[str]:
    return {w.lower() for w in mention.split() if w.lower() not in TITLES}


def score(rows: list[dict], predicted: list[set[str]]) -> dict:
    """Recall of gold children, and gold adults / pets / heading words taken as a child."""
    found = total = word_found = word_total = wrong = 0
    misses, mistakes = [], []
    for row, children in zip(rows, predicted):
        children = {c.lower() for c in children}
        for name in row["children"]:
            total += 1
            hit = name.lower() in children
            found += hit
            if name in row.get("word_names", []):
                word_total += 1
                word_found += hit
            if not hit:
                misses.append((row["id"], name, row["text"]))
        gold = {n.lower() for n in row["children"]}
        for mention in row["adults"] + row["pets"] + row.get("not_child", []):
            taken = (_words(mention) & children) - gold
            if taken:
                wrong += 1
                mistakes.append((row["id"], mention, row["text"]))
    return {"sentences": len(rows), "children": total, "child_recall": found / total if total else 0.0,
            "word_name_recall": word_found / word_total if word_total else 0.0, "word_names": word_total,
            "not_children": sum(len(r["adults"]) + len(r["pets"]) + len(r.get("not_child", [])) for r in rows),
            "taken_as_child": wrong, "misses": misses, "mistakes": mistakes}


def child_words_seen(rows: list[dict]) -> list[set[str]]:
    """Round 40 (r40d): the gold children not named by a name ("the baby", "unborn baby", "her
    second child") that the rules still read as a child: the mention's last word is among
    ``analysis.child_tokens`` (the people analysis's children and the child words every rule reads).
    The people analysis itself names only named people (see people_test38 in people40_figures.md)."""
    from sos_lint.api import engine as make_engine
    from sos_lint.checks import analysis
    from sos_lint.checks.base import Context

    engine = make_engine()
    out = []
    for row, doc in zip(rows, engine.parse([r["text"] for r in rows])):
        ctx = Context(doc=doc, kind="worry", config=engine.config, lexicons=engine.lexicons)
        seen = analysis.child_tokens(ctx)
        found = set()
        for name in row["children"]:
            if name[:1].isupper() and name.split()[0].lower() not in ("the", "unborn", "her", "his", "their"):
                continue  # a name: measured by the people analysis
            start = row["text"].lower().find(name.lower())
            if start < 0:
                continue
            span = doc.char_span(start, start + len(name), alignment_mode="expand")
            if span is not None and span[-1].i in seen:
                found.add(name)
        out.append(found)
    return out


def predict(rows: list[dict], before: bool = False) -> list[set[str]]:
    from sos_lint.api import engine as make_engine
    from sos_lint.checks import analysis
    from sos_lint.checks.base import Context

    engine = make_engine()
    out = []
    for row, doc in zip(rows, engine.parse([r["text"] for r in rows])):
        ctx = Context(doc=doc, kind="worry", config=engine.config, lexicons=engine.lexicons)
        if before:
            out.append({t.text for t in analysis.names(ctx)})
        else:
            # Each child by its name and by each mention as written: the reader names a child by
            # the given name ("June"), and a gold file may mark the whole mention ("June Harris").
            out.append({p.name for p in analysis.people(ctx).children}
                       | {row["text"][a:b] for p in analysis.people(ctx).children for a, b in p.spans})
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", action="store_true", help="measure the older name reading")
    parser.add_argument("--show", action="store_true", help="list each miss and mistake")
    parser.add_argument("--probe", type=Path, default=PROBE, help="a people probe file (default: people_probe.jsonl)")
    parser.add_argument("--all", action="store_true", help="one line for every people probe and earlier blind set")
    parser.add_argument("--child-words", action="store_true",
                        help="also count an unnamed child (\"the baby\") the rules read as a child word")
    args = parser.parse_args(argv)
    if args.all:
        # Every set: the probes, the earlier blind sets, and the class batteries (blind/people_battery9,
        # 9b and train/people_battery17), which the glob of "people_test*" used to leave out.
        for path in [PROBE, DATA / "people_probe_round4.jsonl", *sorted((DATA / "blind").glob("people_test*.jsonl")),
                     *sorted((DATA / "blind").glob("people_battery*.jsonl")),
                     *sorted((DATA / "train").glob("people_battery*.jsonl"))]:
            rows = load(path)
            result = score(rows, predict(rows, args.before))
            print(f"{path.name}: {result['sentences']} sentences, child recall {result['child_recall']:.3f}, "
                  f"adults, pets or headings taken as the child: {result['taken_as_child']}")
            if args.show:
                _show(result, with_text=False)
        return 0
    rows = load(args.probe)
    predicted = predict(rows, args.before)
    if args.child_words:
        predicted = [p | w for p, w in zip(predicted, child_words_seen(rows))]
    for split, note in FIRST_RUNS.items():
        held = [i for i, r in enumerate(rows) if r.get("split") == split]
        if held:
            part = score([rows[i] for i in held], [predicted[i] for i in held])
            print(f"{note}: {part['sentences']} sentences, "
                  f"child recall {part['child_recall']:.3f}, taken as the child {part['taken_as_child']}")
    result = score(rows, predicted)
    print(f"people probe: {result['sentences']} sentences, {result['children']} children "
          f"({result['word_names']} with names that are words), {result['not_children']} adults/pets/headings")
    print(f"child recall {result['child_recall']:.3f} (names that are words {result['word_name_recall']:.3f}); "
          f"adults, pets or headings taken as the child: {result['taken_as_child']}")
    if args.show:
        _show(result, with_text=True)
    return 0


def _show(result: dict, with_text: bool) -> None:
    """Each child missed and each adult, pet or heading taken as the child, with its row."""
    for label, key in (("missed {!r}", "misses"), ("took {!r} as the child", "mistakes")):
        for row_id, mention, text in result[key]:
            print(f"  {label.format(mention)} ({row_id})" + (f": {text}" if with_text else ""))


if __name__ == "__main__":
    raise SystemExit(main())
