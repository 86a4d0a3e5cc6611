"""Experiment (not committed to the code): if the finding that asks for a missing part counted in the
Structure dimension, how would Structure and the rule score move? Over open good sets given on the command line."""
import sys, json, dataclasses
from sos_lint.api import engine
from sos_lint import scoring
ASKING = {"SOS303": "behaviour", "SOS403": "impact", "SOS404": "experience"}
e = engine()
rows = [json.loads(l) for f in sys.argv[1:] for l in open(f) if l.strip()]
rows = [r for r in rows if r.get("good", True)]
reps = e.check_many([r["text"] for r in rows], [r["kind"] for r in rows])
n = len(reps); contradict = 0; moved = []; silent = 0
for r in reps:
    missing = {c.name for c in r.components if not c.present}
    if missing and r.scores["structure"] == 10.0:
        contradict += 1
    asked = {ASKING[f.code] for f in r.findings if f.code in ASKING}
    new = [dataclasses.replace(f, dimension="structure") if f.code in ASKING and ASKING[f.code] in missing else f
           for f in r.findings]
    dims = scoring.dimension_scores(new)
    moved.append(scoring.overall(dims, new) - scoring.overall(r.scores, r.findings))
print(f"{n} good statements; part missing while Structure 10.0: {contradict}; "
      f"rule score change if the asking finding counted in Structure: mean {sum(moved)/n:+.3f}, "
      f"changed {sum(1 for m in moved if m)}, min {min(moved):+.1f}")
