"""`python -m devtools.advice_examples`: does the tool flag what its own advice suggests? (round 36)

review35w W#8: the advice for "under the influence" asks the writer to "say what someone saw, for
example slurring, falling over …"; a worker who wrote "he was unsteady on his feet" was then told it
"judges an attitude nobody can see". This script takes every piece of advice in rules/*.toml that
gives examples ("for example …", "e.g. …", "such as …"), cuts out the examples (a quoted wording, or
the items of an unquoted list, up to the first "and when", "how often" …), fills the placeholders
([name] -> Kai, [date] -> 12 May; an example with any other [question] is left out), sets each in a
neutral frame (a worry's "Nan told us about this on Friday: …", a goal's "Mum and Dad, this is what
you will do: …") and lists every word-fault finding (SOS1xx, SOS3xx; in a goal also SOS511/SOS512)
whose words fall inside the example. tests/test_words_round36.py keeps the list empty.

    python -m devtools.advice_examples          # the examples flagged, and how many were run
    python -m devtools.advice_examples --all    # every example and its frame
"""
from __future__ import annotations

import argparse
import re
import tomllib
from pathlib import Path

RULES = Path(__file__).resolve().parent.parent / "rules"
_MARKERS = re.compile(r"(?:for example|e\.g\.|such as)[,:]?\s*", re.I)
_QUOTED = re.compile(r"[\"“]([^\"”]+)[\"”]")
# Words that end an unquoted list of examples: what the advice asks for next.
_LIST_END = re.compile(r"^(?:and |or )?(?:when|how|what|who|whom|where|why|which|whether|and when|"
                       r"and how|and what|and who|and where|if|then|so)\b", re.I)
_FILL = {"[name]": "Kai", "[name]'s": "Kai's", "[child's name]": "Kai", "[date]": "12 May"}
WORD_CODES = ("SOS1", "SOS3")
GOAL_CODES = ("SOS511", "SOS512")
FRAMES = {"worry": "Nan told us about this on Friday: {}.", "goal": "Mum and Dad, this is what you will do: {}."}


def _strings(node, path=()):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _strings(value, (*path, i))
    elif isinstance(node, str):
        yield path, node


def _filled(text: str) -> str | None:
    for hole, word in _FILL.items():
        text = text.replace(hole, word)
    return None if "[" in text or "]" in text else text


def _items(tail: str) -> list[str]:
    """The items of an unquoted list ("slurring, falling over, or the smell of alcohol, and when")."""
    tail = re.split(r"[.;]\s|[.;]$|\.\s*$", tail, maxsplit=1)[0]
    items = []
    for piece in re.split(r",\s*", tail):
        piece = piece.strip()
        if not piece or _LIST_END.match(piece):
            break
        piece = re.sub(r"^or\s+", "", piece)
        for part in re.split(r"\s+or\s+(?=[a-z])", piece) if len(piece.split()) <= 4 else [piece]:
            if part.strip():
                items.append(part.strip())
    return items


def examples() -> list[tuple[str, str, str]]:
    """(where, kind, example) for every example in the rules' advice."""
    found = []
    for path in sorted(RULES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for keys, text in _strings(data):
            if not isinstance(keys[-1], str) or "advice" not in keys[-1]:
                continue
            kind = "goal" if keys[-1].startswith("goal") else "worry"
            where = f"{path.name}:{'/'.join(map(str, keys))}"
            for marker in _MARKERS.finditer(text):
                tail = text[marker.end():]
                quoted = _QUOTED.match(tail)
                if quoted:
                    chunk = [q.group(1) for q in _QUOTED.finditer(tail[:quoted.end() + 60])
                             if q.start() == 0 or tail[:q.start()].rstrip().endswith(("or", ","))]
                    wordings = [q.rstrip(".") for q in chunk]
                else:
                    wordings = _items(tail)
                for wording in wordings:
                    filled = _filled(wording)
                    if filled:
                        here = "goal" if kind == "goal" or re.search(r"\bwill\b", filled) else "worry"
                        found.append((where, here, filled))
    return _unique(found)


def _unique(found: list) -> list:
    """Each (kind, example) once, the first place it was found kept."""
    seen, unique = set(), []
    for item in found:
        if item[1:] not in seen:
            seen.add(item[1:])
            unique.append(item)
    return unique


CHECKS = RULES.parent / "sos_lint" / "checks"
_PY_EXAMPLE = re.compile(r'(?:for example|e\.g\.)[,:]?\s*\\"([^\\]+)\\"')


def message_examples() -> list[tuple[str, str, str]]:
    """(where, kind, example) for the quoted examples in the checks' own messages (sos_lint/checks):
    a message's string pieces joined first, so an example split over two lines is read whole."""
    found = []
    for path in sorted(CHECKS.rglob("*.py")):
        source = re.sub(r'"\s*\n\s*f?"', "", path.read_text(encoding="utf-8"))
        for match in _PY_EXAMPLE.finditer(source):
            filled = _filled(match.group(1).rstrip("."))
            if filled:
                kind = "goal" if re.search(r"\bwill\b", filled) else "worry"
                found.append((f"{path.relative_to(CHECKS.parent.parent)}", kind, filled))
    return _unique(found)


def flagged(items=None, engine=None) -> list[tuple[str, str, str, str, str]]:
    """(where, kind, example, code, flagged words) for each word fault found inside an example."""
    from sos_lint import api

    items = examples() if items is None else items
    engine = engine or api.engine()
    texts = [FRAMES[kind].format(example) for _, kind, example in items]
    found = []
    reports = engine.check_many(texts, [kind for _, kind, _ in items])
    for (where, kind, example), text, report in zip(items, texts, reports):
        start = text.index(example)
        end = start + len(example)
        codes = WORD_CODES + (GOAL_CODES if kind == "goal" else ())
        for f in report.findings:
            if f.code.startswith(codes) and f.start >= start and f.end <= end and f.end > f.start:
                found.append((where, kind, example, f.code, text[f.start:f.end]))
    return found


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="print every example and its frame")
    args = parser.parse_args(argv)
    items = examples() + message_examples()
    if args.all:
        for where, kind, example in items:
            print(f"{where}\t{kind}\t{FRAMES[kind].format(example)}")
    hits = flagged(items)
    for where, kind, example, code, words in hits:
        print(f"FLAGGED {code} {words!r} in {example!r} ({kind}; {where})")
    print(f"{len(items)} examples from the rules' advice, {len({h[:3] for h in hits})} flagged by a word rule")


if __name__ == "__main__":
    main()
