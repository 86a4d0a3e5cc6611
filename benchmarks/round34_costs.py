"""Round 34's start-up and per-statement costs, as ratios against a baseline in the same process.

Round 34 added four things nobody had timed (round 35, r35e):
- the "pasted example" table (checks/parts/pasted.py, ``example_phrases``): the tool's own example
  wordings, read from its messages' source and rules/*.toml once per process, at the first statement;
- per statement: the pasted-example search (``pasted_spans``, ``without_pasted``), the advice fitted to
  the statement (checks/advice_fit.py, ``fitted``, on every finding), the cared-for openers
  (people/cared_openers.py) and the children a heading names (people/headings.py, ``mark``, in
  ``check_documents`` only).

Start-up is the table's build (CPU seconds, caches cleared, best of several) against loading the
spaCy pipeline in the same process. Per statement, each feature's CPU seconds (outermost calls only,
timed by wrapping the functions wherever a module has bound them) during ``check_many`` on the
benchmark statements, and during ``check_documents`` on the same statements under headings that name
a child ("Worry statement 3 - Kayden"), against a bare ``nlp.pipe`` of the same texts. CPU time
(time.process_time) is what other jobs on a shared machine disturb least.

Run with: python benchmarks/round34_costs.py [N statements, default 300] [--runs R, default 2]
(make bench runs it through run.py.)
"""
from __future__ import annotations

import functools
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# The checkout this file is in, ahead of the installed package: a worktree times its own code.
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

from drafts import cycle  # noqa: E402  (the benchmarks folder is not a package)

FEATURES = {
    "pasted example (parts/pasted.py)": ("sos_lint.checks.parts.pasted", ("pasted_spans", "without_pasted")),
    "advice fitted (checks/advice_fit.py)": ("sos_lint.checks.advice_fit", ("fitted",)),
    "cared-for openers (people/cared_openers.py)": ("sos_lint.people.cared_openers",
                                                    ("cared_for_at_opening", "seen_as_a_person_at_opening")),
    "heading's children (people/headings.py)": ("sos_lint.people.headings", ("mark",)),
}
# Given names for the headings ("Safety goal 2 - Grace and Noah"); none of them is in the statements'
# own words on purpose: the heading is then the only place the child is named (review34d D#10).
HEADING_NAMES = ("Kayden", "Grace and Noah", "Lily", "Tyler", "Amira", "Jacob and Ella")


class Timers:
    """CPU seconds spent inside each feature's functions, counting only the outermost call (a
    feature's functions call each other: without_pasted calls pasted_spans)."""

    def __init__(self):
        self.seconds = {name: 0.0 for name in FEATURES}
        self.calls = {name: 0 for name in FEATURES}
        self._depth = {name: 0 for name in FEATURES}
        self._undo: list[tuple[object, str, object]] = []

    def _wrap(self, name, function):
        @functools.wraps(function)
        def timed(*args, **kwargs):
            if self._depth[name]:
                return function(*args, **kwargs)
            self._depth[name] += 1
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[name] += time.process_time() - start
                self.calls[name] += 1
                self._depth[name] -= 1
        return timed

    def install(self) -> None:
        """Wrap each feature's functions in every sos_lint module that has bound them (``from .x
        import f`` binds a name of its own), after the engine has imported them all."""
        import importlib

        for name, (module_name, functions) in FEATURES.items():
            module = importlib.import_module(module_name)
            for function_name in functions:
                original = getattr(module, function_name)
                wrapped = self._wrap(name, original)
                for loaded in [m for key, m in list(sys.modules.items()) if key.startswith("sos_lint") and m]:
                    for attribute, value in list(vars(loaded).items()):
                        if value is original:
                            setattr(loaded, attribute, wrapped)
                            self._undo.append((loaded, attribute, original))

    def remove(self) -> None:
        for module, attribute, original in reversed(self._undo):
            setattr(module, attribute, original)
        self._undo.clear()


def headed_drafts(data: list[tuple[str, str]]) -> list[tuple[str, None, str]]:
    """The statements two by two under headings that name a child, as drafts for check_documents."""
    drafts = []
    for start in range(0, len(data), 2):
        parts = []
        for offset, (text, kind) in enumerate(data[start:start + 2]):
            number = start + offset
            label = "Safety goal" if kind == "goal" else "Worry statement"
            parts.append(f"{label} {number % 9 + 1} - {HEADING_NAMES[number % len(HEADING_NAMES)]}\n{text}")
        drafts.append(("\n\n".join(parts), None, f"draft{start // 2}"))
    return drafts


def cpu(action) -> float:
    start = time.process_time()
    action()
    return time.process_time() - start


def start_up(runs: int = 5) -> dict:
    """CPU seconds to build the pasted-example table (caches cleared each time), and to load the
    spaCy pipeline, in this process."""
    import spacy

    from sos_lint.checks.parts import pasted
    from sos_lint.nlp import load

    def build():
        pasted.example_phrases.cache_clear()
        pasted._index.cache_clear()
        pasted._index()

    table = min(cpu(build) for _ in range(runs))
    meta = getattr(load(), "language", load()).meta
    name = f"{meta['lang']}_{meta['name']}"
    pipeline = min(cpu(lambda: spacy.load(name)) for _ in range(2))
    return {"table": table, "pipeline": pipeline, "phrases": len(pasted.example_phrases())}


def per_statement(eng, n: int, runs: int) -> dict:
    data = cycle(n)
    texts, kinds = [t for t, _ in data], [k for _, k in data]
    drafts = headed_drafts(data)
    eng.check_many(texts[:50], kinds[:50])  # warm-up: matchers built, every module imported
    eng.check_documents(drafts[:10])
    best: dict[str, dict] = {}
    for _ in range(runs):  # in turns, so each sees the same machine
        bare = cpu(lambda: list(eng.nlp.pipe(texts, batch_size=64)))
        for label, action in (("check_many", lambda: eng.check_many(texts, kinds)),
                              ("check_documents (headed)", lambda: eng.check_documents(drafts))):
            timers = Timers()
            timers.install()
            try:
                whole = cpu(action)
            finally:
                timers.remove()
            row = best.get(label)
            if row is None or whole < row["whole"]:
                best[label] = {"whole": whole, "bare": bare, "seconds": dict(timers.seconds),
                               "calls": dict(timers.calls)}
    return best


def report(n: int = 300, runs: int = 2) -> None:
    from sos_lint.api import engine

    eng = engine()
    eng.check_many(["Mum is worried."], ["worry"])  # the table is built here, once
    first = start_up()
    print("\nround 34's costs, CPU seconds")
    print(f"  start-up: the pasted-example table ({first['phrases']} examples) {first['table']:.3f} s, "
          f"{first['table'] / first['pipeline']:.2f} of loading the spaCy pipeline ({first['pipeline']:.2f} s); "
          "once per process, at the first statement")
    rows = per_statement(eng, n, runs)
    for label, row in rows.items():
        print(f"  {label} on {n} statements (best of {runs}): {row['whole']:.2f} s, "
              f"bare nlp.pipe {row['bare']:.2f} s (ratio {row['whole'] / row['bare']:.2f})")
        for name in FEATURES:
            seconds, calls = row["seconds"][name], row["calls"][name]
            print(f"    {name:45} {seconds:6.3f} s  {1000 * seconds / n:6.2f} ms/statement  "
                  f"{seconds / row['bare']:.3f} of nlp.pipe  ({calls} calls)")


if __name__ == "__main__":
    argv = sys.argv[1:]
    report(int(argv[0]) if argv and argv[0].isdigit() else 300,
           int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 2)
