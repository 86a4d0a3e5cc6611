"""Realistic benchmark inputs: the corpus's statements and the held-out poor drafts, shuffled."""
from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def statements() -> list[tuple[str, str]]:
    """(text, kind) for every corpus statement and every held-out poor draft, in file order."""
    rows = []
    for path in sorted((ROOT / "corpus").glob("part_*.jsonl")) + [ROOT / "tests" / "data" / "poor_statements.jsonl"]:
        if path.is_file():
            rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(r["text"], r["kind"]) for r in rows]


def cycle(n: int, seed: int = 7) -> list[tuple[str, str]]:
    """n statements: every statement once per pass, each pass in a fresh shuffled order."""
    pool, rng, out = statements(), random.Random(seed), []
    while len(out) < n:
        order = pool[:]
        rng.shuffle(order)
        out += order
    return out[:n]


def draft(size_bytes: int, seed: int = 7) -> str:
    """One draft of at most `size_bytes` UTF-8 bytes: whole statements as paragraphs, no headings
    (so it is checked as one long statement), varied rather than one statement repeated."""
    pool, rng = statements(), random.Random(seed)
    parts: list[str] = []
    used = 0
    while True:
        order = pool[:]
        rng.shuffle(order)
        for text, _ in order:
            cost = len(text.encode("utf-8")) + 2
            if used + cost > size_bytes:
                return "\n\n".join(parts)
            parts.append(text)
            used += cost
