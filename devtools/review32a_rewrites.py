"""Round 32 (review32a): rewrite each of the two practitioners' drafts (scratch copies of /work/wt/review32
{drafts,probes,fixprobe,compare} and /work/wt/review32q/group in /tmp/review32a/d) with the tree on PYTHONPATH:
file, [questions], fidelity.changed_subjects and the rewrite (JSON lines to argv[1]). Diff two runs for before/after."""
import glob, json, sys
from sos_lint.api import engine
from sos_lint.rewrite import rewrite_many, fidelity
e = engine()
files = sorted(glob.glob('/tmp/review32a/d/drafts/*.txt') + glob.glob('/tmp/review32a/d/probes/*.txt')
               + glob.glob('/tmp/review32a/d/fixprobe/*.txt') + glob.glob('/tmp/review32a/d/group/*.txt')
               + glob.glob('/tmp/review32a/d/compare/*.txt'))
texts = [open(f, encoding='utf-8', errors='replace').read() for f in files]
res = rewrite_many(texts, [None] * len(texts), engine=e)
drafts = list(e.parse(texts))
bare = list(e.parse([fidelity.without_placeholders(r.text) for r in res]))
with open(sys.argv[1], 'w') as out:
    for f, t, r, d, b in zip(files, texts, res, drafts, bare):
        cs = fidelity.changed_subjects(d, b, fidelity.covered_tokens(d, e.lexicons))
        out.write(json.dumps({"file": f.split('/d/')[1], "ph": len(r.placeholders), "changed": cs, "text": r.text}) + "\n")
