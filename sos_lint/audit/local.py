"""The audit on one machine: rows streamed in chunks to `--jobs` worker processes (each loads spaCy
and the model once), results written in input order as they finish, and --resume after a stop."""
from __future__ import annotations

import os
import signal
import threading
import time
from collections import deque
from dataclasses import dataclass
from itertools import islice
from typing import Callable, Iterator

from .batch import check_rows
from .readers import Export
from .repeats import Repeats
from .rows import row_id
from .spec import AuditSpec, SpecError

CHUNK_ROWS = 128  # rows per task: two of nlp.pipe's batches; small enough to share out evenly and write often


@dataclass
class Outcome:
    rows: int = 0  # rows in the output at the end (including those from before a resume)
    resumed: int = 0  # rows already in the output when the run started
    seconds: float = 0.0  # time spent on the new rows (workers' start-up included)
    interrupted: bool = False


class WorkersFailed(RuntimeError):
    """A worker process died (out of memory, killed): the output so far is still valid."""


def _worker_start(spec: AuditSpec) -> None:
    """Runs once in each worker: Ctrl-C is the parent's to handle; load spaCy and the model now."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    from ..api import engine
    from ..learn import model

    engine(spec.config, spec.spacy_model)
    model.get()


def _exit_with_parent(parent: int) -> None:
    """A worker whose parent was killed (SIGKILL, a crash) would wait for work for ever: leave instead."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _pid_after(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


def _chunks(rows: Iterator[dict], size: int) -> Iterator[list[dict]]:
    while chunk := list(islice(rows, size)):
        yield chunk


def _skip_done(rows: Iterator[dict], previous: Iterator[dict], spec: AuditSpec, seen: Callable) -> int:
    """Pass the results already written to `seen`, checking they are this export's first rows, and
    advance `rows` past them. Streams both: nothing is held in memory."""
    done = 0
    for result in previous:
        raw = next(rows, None)
        expected = row_id(raw, spec) if raw is not None else None
        if expected != str(result.get("id")):
            raise SpecError(f"--resume: the output's row {done + 1} is {result.get('id')!r} but the export's is "
                            f"{expected!r}; resume with the same export and options, or start a new --output")
        seen([result])
        done += 1
    return done


def run(export: Export, spec: AuditSpec, writer, *, jobs: int = 1, resume: bool = False,
        seen: Callable[[list[dict]], None] = lambda rows: None, chunk_rows: int = CHUNK_ROWS,
        pool=None) -> Outcome:
    """Check every row of `export`, write results with `writer`, and pass each written batch to `seen`
    (the summary and the progress bar). Ctrl-C stops cleanly: the output stays valid for --resume.
    `pool` (from `worker_pool`) reuses started workers; otherwise --jobs 2+ starts and ends its own."""
    outcome = Outcome()
    rows = export.rows()
    if resume:
        outcome.resumed = _skip_done(rows, writer.read(), spec, seen)
    outcome.rows = outcome.resumed
    start = time.perf_counter()
    repeats = Repeats(spec)

    def finish(results: list[dict]) -> None:
        results = repeats.mark(results)
        writer.write(results)
        outcome.rows += len(results)
        seen(results)

    try:
        if pool is not None:
            _run_pool(_chunks(rows, chunk_rows), spec, pool, finish)
        elif jobs <= 1:
            for chunk in _chunks(rows, chunk_rows):
                finish(check_rows(chunk, spec, True))
        else:
            with worker_pool(spec, jobs) as started:
                _run_pool(_chunks(rows, chunk_rows), spec, started, finish)
    except KeyboardInterrupt:
        outcome.interrupted = True
    finally:
        writer.close()
        outcome.seconds = time.perf_counter() - start
    return outcome


class worker_pool:
    """`jobs` worker processes, each with spaCy and the model loaded once, as a context manager."""

    def __init__(self, spec: AuditSpec, jobs: int):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # "spawn": a fresh interpreter per worker, whatever threads the parent runs (fork copies locks).
        self.jobs = jobs
        self.executor = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=_worker_start, initargs=(spec,))

    def wait_ready(self) -> None:
        """Block until every worker has started and loaded its engine (for benchmarks)."""
        ready: set = set()
        while len(ready) < self.jobs:
            ready.update(f.result() for f in [self.executor.submit(_pid_after, 0.5) for _ in range(self.jobs)])

    def __enter__(self) -> "worker_pool":
        return self

    def __exit__(self, *exc) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _run_pool(chunks: Iterator[list[dict]], spec: AuditSpec, pool: worker_pool, finish: Callable) -> None:
    from concurrent.futures.process import BrokenProcessPool

    pending: deque = deque()
    try:
        for chunk in chunks:
            pending.append(pool.executor.submit(check_rows, chunk, spec, True))
            if len(pending) >= 2 * pool.jobs:  # a bounded window: memory stays flat, order is kept
                finish(pending.popleft().result())
        while pending:
            finish(pending.popleft().result())
    except BrokenProcessPool:
        raise WorkersFailed("a worker process stopped unexpectedly (out of memory?)") from None
    finally:
        for future in pending:
            future.cancel()
