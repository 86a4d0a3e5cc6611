"""Which code builds the most spaCy Tokens while the rules run: the callers of Doc.__getitem__
(where iterating a sentence, `token.sent`, `token.children`, `token.head` and slices make new
Token objects), with call counts, which do not swing with the machine's load as times do.

Each Token built costs about as much as a short Python function call; a rule that reads
`token.sent` or walks `token.subtree` for every token of a statement builds thousands. The usual
cures: test the cheap things (the lemma, the word) before the walk; read `ctx.tokens` (one tuple
per statement) and `ctx.sentences[ctx.sentence_number[token.i]]` instead of `token.sent`.

Run with: python benchmarks/token_makers.py [N statements, default 200] [--top K, default 25]
"""
from __future__ import annotations

import cProfile
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# The checkout this file is in, ahead of the installed package: a worktree counts its own code.
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

from drafts import cycle  # noqa: E402  (the benchmarks folder is not a package)


def main(argv: list[str]) -> None:
    from sos_lint.api import engine

    n = int(argv[0]) if argv and argv[0].isdigit() else 200
    top = int(argv[argv.index("--top") + 1]) if "--top" in argv else 25
    data = cycle(n)
    texts, kinds = [t for t, _ in data], [k for _, k in data]
    eng = engine()
    eng.check_many(texts, kinds)  # warm-up: matchers, model, caches across calls
    docs = list(eng.parse(texts))  # parsed outside the profile: only the rules are counted
    profiler = cProfile.Profile()
    profiler.enable()
    for text, doc, kind in zip(texts, docs, kinds):
        eng.report(text, doc, kind)
    profiler.disable()
    stats = pstats.Stats(profiler)
    callers: dict[tuple, int] = {}
    total = 0
    for (path, _, func), (_, calls, _, _, who) in stats.stats.items():
        if path.endswith("doc.pyx") and func == "__getitem__":
            total += calls
            for (caller_path, line, name), (caller_calls, *_rest) in who.items():
                if caller_path.endswith("doc.pyx"):
                    continue  # a slice's own inner call
                key = (caller_path.split("site-packages/")[-1].split("sos_lint/")[-1], line, name)
                callers[key] = callers.get(key, 0) + caller_calls
    print(f"statements: {n}   Doc.__getitem__ calls while the rules ran: {total:,}")
    for (path, line, name), calls in sorted(callers.items(), key=lambda kv: -kv[1])[:top]:
        print(f"{calls:>10,}  {path}:{line} {name}")


if __name__ == "__main__":
    main(sys.argv[1:])
