"""Leak count by type on tests/data/redaction_tagged.jsonl: the library, then `check`/`compare --redact`.

    python -m devtools.eval_redaction            # library + CLI in every format, with the saved baseline
    python -m devtools.eval_redaction --library  # the library only (fast)
    python -m devtools.eval_redaction --save-baseline  # store today's figures as the "before" column
    python -m devtools.eval_redaction --library --data tests/data/redact_probe40.jsonl  # another tagged file
    python -m devtools.eval_redaction --library --data tests/data/redact_probe41.jsonl  # families: one run each

A value leaks when it (or, for names and places, one of its distinctive words) is still in the output
more often than in the same output made from the text with every tagged value blanked out, so words
the report uses anyway ("will", "hope") are not counted against the redactor.
"""
from __future__ import annotations

import argparse
import html
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "redaction_tagged.jsonl"
BASELINE = Path(__file__).resolve().parent / "redaction_baseline.json"
STRUCTURED = ("nhs", "nino", "postcode", "vehicle", "phone", "email", "handle", "url", "reference")
LOOSE = ("name", "place", "address", "date")  # round 33: dates tagged in the rows added this round
FORMATS = ("text", "json", "markdown", "html")
_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "pc"}
# Words in a place or address that do not identify it on their own.
_GENERIC = {
    "the", "of", "in", "st", "school", "primary", "junior", "academy", "nursery", "catholic", "c", "e", "hotel",
    "hospital", "park", "road", "street", "lane", "close", "drive", "grove", "way", "avenue", "flat", "inn",
    "express", "pub", "centre", "leisure", "bus", "station", "extra", "children's", "university", "castle",
    "green", "bridge", "tree", "shops", "shopping", "theatre", "crescent", "croft", "memorial", "war", "arena",
    "central", "east", "cross", "of", "little", "grange", "holy", "family", "days", "tesco", "premier",
    "travelodge", "golden", "meadow", "pool", "cherry", "elm", "station", "holiday", "jubilee",
}


def load(split: str | None = None, data: Path = DATA) -> list[dict]:
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if split in (None, r["split"])]


def masked(row: dict) -> str:
    """The statement with every tagged value replaced by a neutral placeholder of its type."""
    text, out, cursor = row["text"], [], 0
    for tag in sorted(row["tags"], key=lambda t: t["start"]):
        out += [text[cursor:tag["start"]], f"[{tag['type']}]"]
        cursor = tag["end"]
    return "".join(out + [text[cursor:]])


def _compact(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", text).upper()


def structured_key(tag: dict) -> str:
    """What must not survive, in compact form (no spaces or punctuation, upper case)."""
    value, kind = tag["value"], tag["type"]
    if kind == "phone":
        digits = re.sub(r"\D", "", value.replace("(0)", ""))
        return digits[-7:]
    if kind == "nino":
        return _compact(value)[:8]
    if kind == "email":
        return _compact(value.split("@")[0])
    if kind == "url":
        return _compact(value.rstrip("/").rsplit("/", 1)[-1])
    return _compact(value)


def parts(tag: dict) -> list[str]:
    words = [w.strip(",.").lower() for w in tag["value"].split()]
    if tag["type"] == "name":
        return [w for w in words if w not in _TITLES and len(w) > 1]
    distinctive = [w for w in words if w not in _GENERIC and not w.isdigit() and len(w) > 1]
    return distinctive or [" ".join(words)]


def _count(word: str, text: str, capital_only: bool = False) -> int:
    """Occurrences of a word; with capital_only, only its capitalised forms ("Will", "WILL", not "will")."""
    found = re.findall(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE)
    return sum(1 for w in found if not capital_only or w[:1].isupper())


def _capital_only(part: str, tags: list[dict]) -> bool:
    """A name that is also an everyday word ("Will", "Hope"), written with a capital wherever it was tagged:
    only a capitalised occurrence can be the name. Counting the modal "will" too let a report that merely
    quoted more sentences with "will" in them (compare picks different best lines) count as a leak."""
    from sos_lint.redaction.people import is_common_word

    return is_common_word(part) and all(
        any(w.strip(",.").lower() == part and w[:1].isupper() for w in t["value"].split()) for t in tags)


def leaks(groups: list[tuple[list[dict], str, str]]) -> Counter:
    """Leaked tags by type. Each group: the tags, the output, and the control output (masked input)."""
    leaked = Counter()
    for tags, out, control in groups:
        compact_out = _compact(out)
        for tag in tags:
            if tag["type"] in STRUCTURED and structured_key(tag) in compact_out:
                leaked[tag["type"]] += 1
        by_part: dict[str, list[int]] = defaultdict(list)
        for index, tag in enumerate(tags):
            if tag["type"] in LOOSE:
                for part in set(parts(tag)):
                    by_part[part].append(index)
        hit = set()
        for part, indices in by_part.items():
            capital = _capital_only(part, [tags[i] for i in indices])
            excess = _count(part, out, capital) - _count(part, control, capital)
            hit.update(indices[:max(0, excess)])
        for index in hit:
            leaked[tags[index]["type"]] += 1
    return leaked


def totals(rows: list[dict]) -> Counter:
    return Counter(t["type"] for r in rows for t in r["tags"])


def library_outputs(rows: list[dict], make_redactor=None) -> list[str]:
    from sos_lint.api import engine
    from sos_lint.redact import Redactor

    make = make_redactor or (lambda nlp: Redactor(nlp))
    nlp = engine().nlp
    # One redactor per statement, as `check` on one file; the CLI runs share one across every file.
    # Round 41: rows that name a "family" (tests/data/redact_probe41.jsonl) share one redactor per
    # family that has read every statement of it first (Redactor.learn, as `check` on a folder and
    # `compare` do): a name found in one statement must be redacted in all of the family's.
    outs: dict[int, str] = {}
    families: dict[str, list[int]] = defaultdict(list)
    for index, row in enumerate(rows):
        if row.get("family"):
            families[row["family"]].append(index)
        else:
            outs[index] = make(nlp).redact(row["text"]).text
    for indices in families.values():
        redactor = make(nlp)
        redactor.learn(rows[i]["text"] for i in indices)
        for i in indices:
            outs[i] = redactor.redact(rows[i]["text"]).text
    return [outs[i] for i in range(len(rows))]


def library_leaks(rows: list[dict], make_redactor=None) -> tuple[Counter, list]:
    outs = library_outputs(rows, make_redactor)
    leaked = leaks([(r["tags"], out, masked(r)) for r, out in zip(rows, outs)])
    dropped = [(r["id"], word) for r, out in zip(rows, outs) for word in r["keep"] if word not in out]
    return leaked, dropped


def _cli(args: list[str]) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT), NO_COLOR="1", TERM="dumb", COLUMNS="200")
    done = subprocess.run([sys.executable, "-c", "from sos_lint.cli import main; main()", *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=1800)
    # Exit 2 with only "draft N: does not read as an English statement" lines is expected: the set
    # holds contact lists ("Contacts\nDad: …, phone …"), which are not statements; those drafts'
    # words are not printed, and every other draft is reported as usual.
    problems = [line for line in done.stderr.splitlines()
                if line.startswith("sos-lint: ") and "does not read as an English statement" not in line]
    if done.returncode not in (0, 1) and not (done.returncode == 2 and not problems):
        raise SystemExit(f"sos-lint {' '.join(args[:2])} failed ({done.returncode}): {done.stderr[-2000:]}")
    return done.stdout + "\n" + done.stderr


def _readable(out: str, fmt: str) -> str:
    if fmt == "html":
        return html.unescape(re.sub(r"<[^>]+>", " ", out))
    if fmt == "json":
        try:
            return json.dumps(json.loads(out.split("\n\n")[0] if False else out[:out.rindex("}") + 1]),
                              ensure_ascii=False)
        except ValueError:
            return out
    return out


def cli_leaks(rows: list[dict], command: str, fmt: str, folder: Path) -> Counter:
    """One CLI run over every statement and one over the masked statements (the control)."""
    outputs = {}
    for label, texts in (("real", [r["text"] for r in rows]), ("control", [masked(r) for r in rows])):
        where = folder / f"{command}-{fmt}-{label}"
        where.mkdir()
        if command == "check":
            for number, text in enumerate(texts, 1):
                (where / f"statement_{number:03d}.txt").write_text(text, encoding="utf-8")
            args = ["check", str(where), "--redact", "--format", fmt]
        else:
            lines = [json.dumps({"author": f"writer {n}", "text": t}) for n, t in enumerate(texts, 1)]
            (where / "drafts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
            args = ["compare", str(where / "drafts.jsonl"), "--redact", "--format", fmt]
        report = where / f"report.{fmt}"
        err = _cli(args + ["--output", str(report)])
        outputs[label] = _readable(report.read_text(encoding="utf-8") if report.exists() else "", fmt) + err
    tags = [t for r in rows for t in r["tags"]]
    return leaks([(tags, outputs["real"], outputs["control"])])


def table(title: str, rows: list[dict], leaked: Counter, before: dict | None = None) -> str:
    total = totals(rows)
    lines = [title, f"  {'type':<10}{'values':>7}{'leaked':>8}{'%':>7}" + (f"{'before':>9}" if before else "")]
    for group, kinds in (("structured", STRUCTURED), ("names/places", LOOSE)):
        for kind in kinds:
            extra = f"{before.get(kind, 0):>9}" if before is not None else ""
            lines.append(f"  {kind:<10}{total[kind]:>7}{leaked[kind]:>8}{100 * leaked[kind] / max(1, total[kind]):>6.1f}%"
                         + extra)
        n, k = sum(total[t] for t in kinds), sum(leaked[t] for t in kinds)
        extra = f"{sum(before.get(t, 0) for t in kinds):>9}" if before is not None else ""
        lines.append(f"  {'= ' + group:<10}{n:>7}{k:>8}{100 * k / max(1, n):>6.1f}%" + extra)
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", action="store_true", help="library only, no CLI runs")
    parser.add_argument("--split", default=None, help="dev or holdout (or the split a --data file names)")
    parser.add_argument("--data", type=Path, default=DATA, help="a tagged file in the same form (no baseline is read)")
    parser.add_argument("--save-baseline", action="store_true")
    parser.add_argument("--show", type=int, default=0, help="print this many leaked library outputs")
    args = parser.parse_args()
    rows = load(args.split, args.data)
    other = args.data.resolve() != DATA.resolve()
    if other and args.save_baseline:
        raise SystemExit("--save-baseline stores the figures of the project's own tagged file only")
    saved = json.loads(BASELINE.read_text()) if BASELINE.exists() and not args.save_baseline and not other else {}
    results: dict[str, dict] = {}
    print(f"{len(rows)} statements, {sum(totals(rows).values())} tagged values ({args.split or 'all splits'})")
    for split in ([args.split] if args.split else list(dict.fromkeys(r["split"] for r in rows))):
        part = [r for r in rows if r["split"] == split]
        leaked, dropped = library_leaks(part)
        results[f"library/{split}"] = dict(leaked)
        print(table(f"library, {split} split", part, leaked, saved.get(f"library/{split}")))
        print(f"  words that should stay but were removed (brands, roles): {len(dropped)} {dropped[:8]}")
    if args.show:
        _show(rows, args.show)
    if not args.library:
        with tempfile.TemporaryDirectory() as folder:
            for command in ("check", "compare"):
                for fmt in FORMATS:
                    leaked = cli_leaks(rows, command, fmt, Path(folder))
                    results[f"{command}/{fmt}"] = dict(leaked)
                    print(table(f"sos-lint {command} --redact --format {fmt}", rows, leaked,
                                saved.get(f"{command}/{fmt}")))
    if args.save_baseline:
        BASELINE.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n")
        print(f"saved to {BASELINE.relative_to(ROOT)}")


def _show(rows: list[dict], limit: int) -> None:
    outs = library_outputs(rows)
    shown = 0
    for row, out in zip(rows, outs):
        leaked = leaks([(row["tags"], out, masked(row))])
        dropped = [word for word in row["keep"] if word not in out]
        if (leaked or dropped) and shown < limit:
            shown += 1
            print(f"--- {row['id']} {dict(leaked)} removed: {dropped}\n{out}")


if __name__ == "__main__":
    main()
