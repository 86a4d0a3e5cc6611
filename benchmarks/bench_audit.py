"""`sos-lint audit` speed and memory, as ratios against baselines run in the same process and run
(these machines are shared and noisy). Run with: python benchmarks/bench_audit.py [--rows N]

1. Rows/s of the audit with --jobs 1 and --jobs 2 against a bare `nlp.pipe` over the same texts
   (targets: --jobs 1 within 1.3x of the bare parse; --jobs 2 at least 1.7x --jobs 1 on 2 cores).
2. Peak memory (max RSS) of `sos-lint audit --jobs 1` at 10,000 rows and a larger size (100,000
   if it fits the time budget): flat means within 10%.
3. The Dask path on a LocalCluster (2 worker processes, 1 thread each) against --jobs 2.

The exports are generated from corpus/*.jsonl: each row takes a statement's sentences, sometimes
drops one or adds one from another statement of the same kind, and swaps the children's names,
so texts vary as in a real service (the share of distinct texts is printed).
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SEED = 15
TEAMS = [f"Team {c}" for c in "ABCDEFGHIJKLMNOPQRST"]
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _names() -> list[str]:
    import tomllib

    return tomllib.loads((ROOT / "rules" / "first_names.toml").read_text(encoding="utf-8"))["names"]


def generate(path: Path, rows: int, seed: int = SEED) -> float:
    """Write an export of `rows` varied statements; return the share of distinct texts."""
    corpus = [json.loads(line) for part in sorted((ROOT / "corpus").glob("part_*.jsonl"))
              for line in part.read_text(encoding="utf-8").splitlines() if line.strip()]
    names = _names()
    known = set(names)
    by_kind: dict[str, list[list[str]]] = {}
    for item in corpus:
        by_kind.setdefault(item["kind"], []).append(SENTENCE_END.split(item["text"].strip()))
    rng = random.Random(seed)
    distinct: set[int] = set()
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["plan_id", "team", "written", "kind", "statement"])
        for i in range(rows):
            kind = rng.choice(("worry", "goal"))
            sentences = list(rng.choice(by_kind[kind]))
            if len(sentences) > 2 and rng.random() < 0.5:
                del sentences[rng.randrange(1, len(sentences))]
            if rng.random() < 0.4:
                sentences.insert(rng.randrange(1, len(sentences) + 1), rng.choice(rng.choice(by_kind[kind])))
            swap = {}
            words = []
            for word in " ".join(sentences).split(" "):
                core = word.strip(".,;:!?'’s")
                if core.lower() in known and core[:1].isupper():
                    swap.setdefault(core, rng.choice(names).capitalize())
                    word = word.replace(core, swap[core])
                words.append(word)
            text = " ".join(words)
            distinct.add(hash(text))
            month = 1 + rng.randrange(24)
            writer.writerow([f"P{i:07d}", rng.choice(TEAMS), f"{2023 + (month - 1) // 12}-{(month - 1) % 12 + 1:02d}-15",
                             kind, text])
    return len(distinct) / rows


def texts_of(path: Path) -> tuple[list[str], list[str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [r["statement"] for r in rows], [r["kind"] for r in rows]


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def cpu_probe() -> tuple[int, float]:
    time.sleep(0.3)  # long enough that the other worker takes the next probe
    return os.getpid(), time.process_time()


def forget() -> tuple[int, None]:
    from sos_lint.audit import batch

    batch._memos.clear()
    time.sleep(0.3)
    return os.getpid(), None


def _forget_quietly() -> None:
    from sos_lint.audit import batch

    batch._memos.clear()


def on_each_worker(pool, probe) -> dict:
    """Run `probe` (returning (pid, value)) until every worker of the pool has answered."""
    seen: dict = {}
    while len(seen) < pool.jobs:
        seen.update(f.result() for f in [pool.executor.submit(probe) for _ in range(pool.jobs)])
    return seen


def worker_cpu(pool) -> dict[int, float]:
    """CPU seconds used so far by each worker of a started pool."""
    return on_each_worker(pool, cpu_probe)


def timed_cpu(action) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def audit_rate(export: Path, out: Path, jobs: int) -> tuple[float, float, float]:
    """(wall seconds for the rows with started workers, CPU seconds of every process over those rows,
    seconds to start the workers) for an in-process audit."""
    from sos_lint.audit import AuditSpec, batch, local
    from sos_lint.audit.readers import Export
    from sos_lint.audit.writers import open_results

    spec = AuditSpec(text_column="statement", kind_column="kind", id_column="plan_id")
    batch._memos.clear()
    source = Export(str(export), spec)
    cpu = time.process_time()
    if jobs == 1:
        wall = timed(lambda: local.run(source, spec, open_results(out, spec, False), jobs=1))
        return wall, time.process_time() - cpu, 0.0
    with local.worker_pool(spec, jobs) as pool:
        start_up = timed(pool.wait_ready)
        # The in-process runs have parsed these texts already (spaCy's vocabulary grows as it meets
        # new words); give the workers the same start, then forget the results so nothing is skipped.
        local.run(Export(str(export), spec), spec, open_results(out, spec, False), pool=pool)
        on_each_worker(pool, forget)
        before, cpu = worker_cpu(pool), time.process_time()
        wall = timed(lambda: local.run(source, spec, open_results(out, spec, False), pool=pool))
        main_cpu, after = time.process_time() - cpu, worker_cpu(pool)
    return wall, main_cpu + sum(after[p] - before.get(p, 0.0) for p in after), start_up


def dask_rate(export: Path, out: Path) -> tuple[float, float]:
    from distributed import Client, LocalCluster

    from sos_lint.audit import AuditSpec
    from sos_lint.audit.cluster import _warm, audit_dataframe, read_export

    spec = AuditSpec(text_column="statement", kind_column="kind", id_column="plan_id")
    start = time.perf_counter()
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        client.run(_warm, spec)
        start_up = time.perf_counter() - start
        # Sixteen partitions, so two workers share the work evenly; the same warm start on these texts
        # as the other runs had, then the workers forget the results so nothing is skipped.
        frame = read_export(str(export), spec, blocksize=max(4096, export.stat().st_size // 16))
        audit_dataframe(frame, spec, out)
        client.run(_forget_quietly)
        return timed(lambda: audit_dataframe(frame, spec, out)), start_up


def peak_memory(export: Path, out: Path) -> tuple[float, float]:
    """(max RSS in MB, seconds) of `sos-lint audit --jobs 1` in a fresh child, via this helper's
    own child rusage (a fresh helper each time, so earlier runs do not count)."""
    code = ("import resource, subprocess, sys, time; s = time.perf_counter(); "
            "subprocess.run(sys.argv[1:], check=False, stdout=subprocess.DEVNULL); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.perf_counter() - s)")
    command = [sys.executable, "-m", "sos_lint.cli", "audit", str(export), "--text-column", "statement",
               "--kind-column", "kind", "--id-column", "plan_id", "--group-by", "team", "--group-by", "month:written",
               "--output", str(out), "--summary", str(out.with_suffix(".html")), "--jobs", "1"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    kb, seconds = subprocess.run([sys.executable, "-c", code, *command], env=env, capture_output=True, text=True,
                                 check=True).stdout.split()
    return int(kb) / 1024, float(seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2000, help="rows for the speed runs")
    parser.add_argument("--memory-rows", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--budget", type=float, default=600, help="seconds allowed for the largest memory run")
    parser.add_argument("--skip", nargs="*", default=[], choices=["speed", "memory", "dask"])
    options = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f} at start")
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        export = folder / "export.csv"
        share = generate(export, options.rows)
        print(f"speed export: {options.rows} rows, {100 * share:.1f}% distinct texts")
        jobs2 = None
        if "speed" not in options.skip:
            from sos_lint.api import engine

            texts, kinds = texts_of(export)
            eng = engine()
            eng.check_many(texts[:50], kinds[:50])  # warm-up: phrase matchers, the model
            bare, bare_cpu = timed_cpu(lambda: list(eng.nlp.pipe(texts, batch_size=64)))
            jobs1, jobs1_cpu, _ = audit_rate(export, folder / "j1.csv", 1)
            bare_again, bare_again_cpu = timed_cpu(lambda: list(eng.nlp.pipe(texts, batch_size=64)))
            jobs2, jobs2_cpu, start2 = audit_rate(export, folder / "j2.csv", 2)
            n = options.rows
            bare_best, bare_cpu = min(bare, bare_again), min(bare_cpu, bare_again_cpu)
            print(f"bare nlp.pipe:   {n / bare:7.1f} rows/s (again after --jobs 1: {n / bare_again:.1f} rows/s); "
                  f"{1000 * bare_cpu / n:.0f} CPU ms a row")
            print(f"audit --jobs 1:  {n / jobs1:7.1f} rows/s   wall {jobs1 / bare_best:.2f}x the bare parse, "
                  f"CPU {jobs1_cpu / bare_cpu:.2f}x (target at most 1.3x); {1000 * jobs1_cpu / n:.0f} CPU ms a row")
            print(f"audit --jobs 2:  {n / jobs2:7.1f} rows/s   wall {jobs1 / jobs2:.2f}x the rows/s of --jobs 1 "
                  f"(target at least 1.7x); {1000 * jobs2_cpu / n:.0f} CPU ms a row over all processes, "
                  f"estimate on two idle cores {2 * jobs1_cpu / jobs2_cpu:.2f}x; worker start-up {start2:.1f} s")
        if "dask" not in options.skip:
            seconds, start_up = dask_rate(export, folder / "dask.parquet")
            line = f"dask LocalCluster (2 processes): {options.rows / seconds:7.1f} rows/s; start-up {start_up:.1f} s"
            if jobs2:
                line += f"; {jobs2 / seconds:.2f}x the rows/s of --jobs 2"
            print(line)
        if "memory" not in options.skip:
            for rows in options.memory_rows:
                big = folder / f"export-{rows}.csv"
                share = generate(big, rows)
                mb, seconds = peak_memory(big, folder / f"out-{rows}.csv")
                print(f"memory at {rows:>7} rows: peak {mb:6.1f} MB in {seconds:6.0f} s "
                      f"({rows / seconds:.1f} rows/s, {100 * share:.1f}% distinct texts)")
                big.unlink()
                later = [r for r in options.memory_rows if r > rows]
                if later and seconds * later[0] / rows > options.budget:
                    print(f"  {later[0]} rows would take about {seconds * later[0] / rows / 60:.0f} min at this rate, "
                          f"over the {options.budget / 60:.0f} min budget: stopped here (--memory-rows, --budget)")
                    break
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
