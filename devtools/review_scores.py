"""Scores of a practitioner review's drafts (a scratch folder such as /work/wt/review32) with the tree
on PYTHONPATH: file, per-statement score and warning/error codes. Diff two runs for before/after.
Usage: python devtools/review_scores.py FOLDER [FOLDER...]   (every .txt under drafts/, compare/,
group/, probes*/ and fixprobe/; the first level of the folder too)."""
import glob
import os
import sys

from sos_lint.api import engine

e = engine()
for root in sys.argv[1:] or ["/work/wt/review32"]:
    files = sorted({f for pattern in ("drafts/*.txt", "drafts/*/*.txt", "compare/*.txt", "group/*.txt",
                                      "probes*/*.txt", "fixprobe/*.txt", "*.txt")
                    for f in glob.glob(os.path.join(root, pattern))})
    for f in files:
        text = open(f, encoding='utf-8', errors='replace').read()
        if not text.strip():
            continue
        try:
            reports = e.check_document(text, None)
        except Exception as exc:
            print(os.path.relpath(f, os.path.dirname(root)), 'ERROR', exc)
            continue
        print(os.path.relpath(f, os.path.dirname(root)), ' | '.join(
            f"{r.kind} {r.score:.1f} {sorted({x.code for x in r.findings if x.severity in ('error', 'warning')})}"
            for r in reports))
