"""Run by tests/test_threads.py in a fresh process: four threads call the public API at once on a
cold process (nothing loaded yet), then the same calls run one after another; prints both."""
from __future__ import annotations

import json
import sys
import threading

import sos_lint

WORRY = ("Nan and the health visitor are worried that Mum leaves Alfie, who is 3, on his own when she goes out "
         "at night. Alfie wakes up and cries for her. If nothing changes, Alfie could get hurt.")
GOAL = ("Mum, you and Alfie need calm, safe nights at home. You will stay home with Alfie every night for the "
        "next six months, and Nan will sit with him if you need to go out. Alfie will feel safe.")
DRAFT = f"Worry statement\n{WORRY}\n\nSafety goal\n{GOAL}\n"
POOR = "The YP was observed to be unkempt. Concerns regarding neglect. Mother to engage with services."

CALLS = {
    "check": lambda: sos_lint.check(WORRY).to_dict(),
    "check_document": lambda: [r.to_dict() for r in sos_lint.check_document(DRAFT)],
    "rewrite": lambda: repr(sos_lint.rewrite(POOR)),
    "check_many": lambda: [r.to_dict() for r in sos_lint.check_many([POOR, GOAL])],
}


def together(names: list[str]) -> dict:
    barrier = threading.Barrier(len(names))
    results: dict = {}

    def run(index: int, name: str) -> None:
        barrier.wait()
        try:
            results[index] = CALLS[name]()
        except Exception as error:  # the test reports it
            results[index] = f"raised {type(error).__name__}: {error}"

    threads = [threading.Thread(target=run, args=(i, n)) for i, n in enumerate(names)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {f"{i}:{n}": results[i] for i, n in enumerate(names)}


if __name__ == "__main__":
    names = sys.argv[1:] or list(CALLS)
    threaded = together(names)
    serial = {f"{i}:{n}": CALLS[n]() for i, n in enumerate(names)}
    print(json.dumps({"threaded": threaded, "serial": serial}))
