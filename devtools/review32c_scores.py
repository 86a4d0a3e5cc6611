"""Scores of the round-32 practitioners' drafts (scratch copies) with the tree on PYTHONPATH: file, per-statement
score, warning/error codes and missing parts. Diff two runs for before/after (form of devtools/review_scores.py)."""
import glob
from sos_lint.api import engine
e = engine()
files = sorted(glob.glob('/tmp/review32c_drafts/drafts/*.txt')) + sorted(glob.glob('/tmp/review32c_drafts/probes/*.txt')) \
    + sorted(glob.glob('/tmp/review32c_q/group/*.txt'))
for f in files:
    text = open(f, encoding='utf-8', errors='replace').read()
    if not text.strip():
        continue
    try:
        reports = e.check_document(text, None)
    except Exception as exc:
        print(f, 'ERROR', exc); continue
    print(f.split('/tmp/review32c_')[1], ' | '.join(f"{r.kind} {r.score:.1f} S{r.scores['structure']:.1f} {sorted({x.code for x in r.findings if x.severity in ('error','warning')})} miss={[c.name for c in r.components if not c.present]}" for r in reports))
