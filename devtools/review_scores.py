"""Scores of a practitioner review's drafts (round 31: /work/wt/review31, a scratch folder) with the tree on
PYTHONPATH: file, per-statement score and warning/error codes. Diff two runs for before/after."""
import glob, sys
from sos_lint.api import engine
e = engine()
files = sorted(glob.glob('/work/wt/review31/drafts/*/*.txt')) + sorted(glob.glob('/work/wt/review31/compare/*.txt')) \
    + sorted(glob.glob('/work/wt/review31/probes*/*.txt'))
for f in files:
    text = open(f, encoding='utf-8', errors='replace').read()
    if not text.strip():
        continue
    try:
        reports = e.check_document(text, None)
    except Exception as exc:
        print(f.split('review31/')[1], 'ERROR', exc); continue
    print(f.split('review31/')[1], ' | '.join(f"{r.kind} {r.score:.1f} {sorted({x.code for x in r.findings if x.severity in ('error','warning')})}" for r in reports))
