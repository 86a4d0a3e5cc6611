"""Cost per 1,000 words as drafts grow (10 KB, 100 KB, 1 MB), and `compare` on 10,000 rows.

Every figure is a ratio against a baseline measured in the same process, because these
machines are shared and noisy: the per-word cost of a big draft against the 10 KB draft's, and
compare's per-statement rate against check_many's on the same statements. Costs are this
process's CPU seconds (time.process_time), which other work on a busy machine disturbs far less
than wall time; wall seconds are printed beside them.
"""
from __future__ import annotations

import time

from drafts import cycle, draft

SIZES = (("10 KB", 10_000, 5), ("100 KB", 100_000, 2), ("1 MB", 1_000_000, 1))  # label, bytes, runs
FLAT_TARGET = 1.5  # the 1 MB draft's cost per 1,000 words at most 1.5x the 10 KB draft's


def best_of(runs: int, action, clock=time.process_time) -> float:
    times = []
    for _ in range(runs):
        start = clock()
        action()
        times.append(clock() - start)
    return min(times)


def per_thousand_words(eng) -> dict[str, dict]:
    """Seconds per 1,000 words for check_document, and for spaCy's own parse of the same draft."""
    rows = {}
    for label, size, runs in SIZES:
        text = draft(size)
        words = len(text.split())
        start = time.perf_counter()
        whole = best_of(runs, lambda: eng.check_document(text))
        wall = (time.perf_counter() - start) / runs
        parse = best_of(runs, lambda: list(eng.parse([text])))
        rows[label] = {"bytes": len(text.encode("utf-8")), "words": words, "seconds": whole, "wall": wall,
                       "per_1000_words": 1000 * whole / words, "parse_per_1000_words": 1000 * parse / words}
    return rows


def compare_rate(eng, rows: int = 10_000) -> dict:
    """Statements per second of check_many on `rows` statements, and of check_many followed by
    sos_lint.compare.compare over the same reports (as `sos-lint compare` does with a CSV export
    of one row per author)."""
    from sos_lint.compare import compare

    data = cycle(rows)
    texts, kinds = [t for t, _ in data], [k for _, k in data]
    start = time.process_time()
    reports = eng.check_many(texts, kinds)
    checked = time.process_time() - start
    start = time.process_time()
    comparison = compare([(f"author {i}", report) for i, report in enumerate(reports)])
    compared = time.process_time() - start
    return {"rows": rows, "check_many_seconds": checked, "compare_seconds": compared,
            "check_many_rate": rows / checked, "with_compare_rate": rows / (checked + compared),
            "kinds": [k.kind for k in comparison.kinds]}


def report(eng, compare_rows: int = 10_000) -> None:
    rows = per_thousand_words(eng)
    base = rows["10 KB"]["per_1000_words"]
    base_parse = rows["10 KB"]["parse_per_1000_words"]
    print("\ncost per 1,000 words as a draft grows (check_document, one statement with no headings)")
    for label, row in rows.items():
        print(f"  {label:>6}: {row['words']:7} words  {row['seconds']:7.2f} CPU s ({row['wall']:.1f} wall)  "
              f"{row['per_1000_words']:6.3f} s/1,000 words"
              f"  ({row['per_1000_words'] / base:.2f}x the 10 KB draft; spaCy's parse alone "
              f"{row['parse_per_1000_words'] / base_parse:.2f}x)")
    largest = list(rows)[-1]  # "1 MB", or "100 KB" when --quick leaves the 1 MB draft out
    ratio = rows[largest]["per_1000_words"] / base
    print(f"  {largest} / 10 KB per-word cost: {ratio:.2f}  (target at most {FLAT_TARGET} for 1 MB: "
          f"{'met' if ratio <= FLAT_TARGET else 'MISSED'})")
    if compare_rows:
        c = compare_rate(eng, compare_rows)
        print(f"\ncompare on {c['rows']:,} rows (CPU): check_many {c['check_many_seconds']:.1f} s, compare "
              f"{c['compare_seconds']:.2f} s; {c['with_compare_rate']:.0f} statements/s against check_many's "
              f"{c['check_many_rate']:.0f} ({c['with_compare_rate'] / c['check_many_rate']:.2f}x)")


if __name__ == "__main__":
    import sys

    from sos_lint.api import engine

    report(engine(), int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
