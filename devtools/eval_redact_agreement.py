"""Does `check --redact` tell a group what `check` tells the author? Scores, codes and children.

    python -m devtools.eval_redact_agreement                 # corpus + open sets 14-29 (words, good, parts)
    python -m devtools.eval_redact_agreement --sets 28       # only the round-28 open sets
    python -m devtools.eval_redact_agreement --no-corpus --sets 20-28 --show 10 --save out.json

Each statement is checked as written, and as `check --redact` shows it: one Redactor (a fresh one
per statement, as `check` on one file) finds its names, and the plain reports are redacted by
sos_lint.redaction.reports (round 31's design, the one the CLI uses). `--recheck` measures round
30's design instead: the redacted text checked again, with the children's placeholders configured.
Printed per source:
  moved   share of statements whose score moves by more than 0.1
  codes   share whose finding codes (as a multiset) differ; codes*: the same, leaving out SOS201
          (long sentence), which two-word placeholders ("Child A" for "Ava") can tip over its limit
  child>adult / child>place   mentions of a child (the people analysis of the ORIGINAL text says
          child) that the redactor labelled "Adult N" or "[place]" (statements with any, in brackets)
  adult>child   mentions of an adult the redactor labelled "Child X" (the near miss the other way)
  let through   mentions of a child or adult (by the people analysis) left unredacted: a leak
  parts   share whose parts found (present or missing, in order) differ
  shown leaks   a word of a redacted span (a name, a place, a date) found in any string of the
          redacted reports' JSON (messages, suggestions, parts' words, measures) although the shared
          text no longer holds it: a rule's quotation the mask missed
Only open sets are read: never pass a blind set here (round 41: 40 and later are blind; BLIND_FROM refuses them).
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OPEN = ROOT / "tests" / "data" / "blind"
FAMILIES = ("words", "good", "parts")
BLIND_FROM = 40
ADULT_NAMES = False


def _set_numbers(value: str) -> list[int]:
    numbers: list[int] = []
    for piece in value.split(","):
        low, _, high = piece.partition("-")
        numbers += list(range(int(low), int(high or low) + 1))
    if any(n >= BLIND_FROM for n in numbers):
        raise SystemExit(f"sets {BLIND_FROM} and later are blind: not read")
    return numbers


def statements(sets: list[int], corpus: bool) -> list[tuple[str, str, str, str]]:
    """(source, id, kind, text) for every statement asked for."""
    rows = []
    if corpus:
        from devtools.corpus import load

        rows += [("corpus", s.id, s.kind, s.text) for s in load(verify=False).statements]
    for number in sets:
        for family in FAMILIES:
            path = OPEN / f"{family}_test{number}.jsonl"
            if not path.exists():
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    rows.append((f"{family}{number}", row["id"], row.get("kind"), row["text"]))
    return rows


def _summary(reports) -> tuple[list[float], list[str]]:
    return [round(r.score, 1) for r in reports], sorted(f.code for r in reports for f in r.findings)


def mislabels(nlp, text: str, spans, cfg) -> Counter:
    """Children (by the people analysis of the original text) labelled as adults or places, and
    adults labelled as children, counted by mention."""
    from sos_lint.people import people

    child = [n for role, n in cfg.names if role in ("child", "children")]
    adult = [n for role, n in cfg.names if role not in ("child", "children")]
    found = people(nlp(text), child, adult)
    out = Counter()
    for group, role in ((found.children, "child"), (found.adults, "adult")):
        for person in group:
            for start, end in person.spans:
                for s, e, kind, label in spans:
                    if s < end and start < e:
                        if role == "child" and label.startswith("Adult"):
                            out["child>adult"] += 1
                        elif role == "child" and kind != "name":
                            out["child>place"] += 1
                        elif role == "adult" and label.startswith("Child"):
                            out["adult>child"] += 1
                        break
                else:
                    out["let through"] += 1
    return out


def _strings(value):
    """Every string in a report's JSON form: what any renderer can show."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)


def run(rows, batch: int = 32, recheck: bool = False) -> list[dict]:
    """With `recheck`, round 30's design (the redacted text is checked again, the children's
    placeholders configured); otherwise the shipped one: the text is checked as written and the
    reports are redacted (sos_lint.redaction.reports, as `check --redact` does)."""
    from sos_lint.api import engine
    from sos_lint.config import Config
    from sos_lint.redact import Redactor
    from sos_lint.redaction.reports import configured_words, leaks, mask

    cfg = Config()
    plain = engine(cfg)
    nlp = plain.nlp
    results = []
    for at in range(0, len(rows), batch):
        chunk = rows[at:at + batch]
        before = plain.check_documents([(text, kind, None) for _, _, kind, text in chunk])
        for (source, ident, kind, text), reports in zip(chunk, before):
            redactor = Redactor(nlp, cfg.names)
            found = mask(redactor, text, configured_words(cfg.names))
            spans, redacted = found.spans, found.redacted
            if recheck:
                names = cfg.names + tuple(("child", label) for label in redactor.child_placeholders)
                if ADULT_NAMES:  # experiment: tell the rules the adults' placeholders too
                    names += tuple(("adult", f"Adult {i}") for i in range(1, redactor._adults + 1))
                after = engine(replace(cfg, names=names)).check_document(redacted, kind, None)
            else:
                after = [found.report(r) for r in reports]
            shown = [s for r in after for s in _strings(r.to_dict())]
            (s0, c0), (s1, c1) = _summary(reports), _summary(after)
            moved = len(s0) != len(s1) or any(abs(a - b) > 0.1 + 1e-9 for a, b in zip(s0, s1))
            parts = [[c.present for c in r.components] for r in reports] != [[c.present for c in r.components] for r in after]
            shown_leaks = leaks(found, shown)
            results.append({"source": source, "id": ident, "scores": [s0, s1], "codes": [c0, c1],
                            "moved": moved, "codes_differ": c0 != c1, "parts_differ": parts, "redacted": redacted,
                            "shown leaks": len(shown_leaks), **mislabels(nlp, text, spans, cfg)})
    return results


def _beyond_length(result: dict) -> bool:
    """Codes differ other than SOS201 (long sentence): "Child A" and "Adult 1" are two words where
    most names are one, so a sentence near the limit can cross it under redaction."""
    before, after = ([c for c in codes if c != "SOS201"] for codes in result["codes"])
    return before != after


def table(results: list[dict]) -> str:
    keys = ("child>adult", "child>place", "adult>child", "let through", "shown leaks")
    by: dict[str, list[dict]] = {}
    for r in results:
        by.setdefault(r["source"], []).append(r)
    by["ALL"] = results
    lines = [f"{'source':10} {'n':>5} {'moved':>7} {'codes':>7} {'codes*':>7} {'parts':>7} "
             + " ".join(f"{k:>14}" for k in keys)]
    for source, group in by.items():
        n = len(group)
        cells = []
        for key in keys:
            count = sum(r.get(key, 0) for r in group)
            cells.append(f"{count:>6} ({sum(1 for r in group if r.get(key)):>3})")
        lines.append(f"{source:10} {n:>5} {sum(r['moved'] for r in group) / n:>7.1%} "
                     f"{sum(r['codes_differ'] for r in group) / n:>7.1%} "
                     f"{sum(_beyond_length(r) for r in group) / n:>7.1%} "
                     f"{sum(r.get('parts_differ', False) for r in group) / n:>7.1%} " + " ".join(f"{c:>14}" for c in cells))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="14-29", help="open set numbers, e.g. 14-29 or 20,29")
    parser.add_argument("--no-corpus", action="store_true")
    parser.add_argument("--show", type=int, default=0, help="print this many disagreeing statements")
    parser.add_argument("--save", type=Path, help="write every result as JSON")
    parser.add_argument("--adult-names", action="store_true", help="experiment: configure the adults' placeholders")
    parser.add_argument("--recheck", action="store_true",
                        help="round 30's design: check the redacted text again (the before figures)")
    args = parser.parse_args()
    global ADULT_NAMES
    ADULT_NAMES = args.adult_names
    results = run(statements(_set_numbers(args.sets) if args.sets else [], not args.no_corpus), recheck=args.recheck)
    print(table(results))
    shown = [r for r in results if r["moved"] or r["codes_differ"] or r.get("child>adult") or r.get("child>place")]
    for r in shown[:args.show]:
        gone = Counter(r["codes"][0]) - Counter(r["codes"][1])
        new = Counter(r["codes"][1]) - Counter(r["codes"][0])
        print(f"\n{r['source']} {r['id']} {r['scores'][0]} -> {r['scores'][1]} lost {dict(gone)} gained {dict(new)}"
              f" {({k: r[k] for k in ('child>adult', 'child>place', 'adult>child') if r.get(k)})}\n  {r['redacted']}")
    if args.save:
        args.save.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
