"""dump shown parts, findings and score per row of a reduced list of open sets; writes after each set."""
import json, sys
from pathlib import Path
ROOT = Path(__file__).resolve().parents[1]; B = ROOT / "tests/data/blind"
sets = [ROOT / "tests/data/parts_probe.jsonl", B / "parts_dev.jsonl"] + [B / f"parts_test{n}.jsonl" for n in range(18, 35)]
sets += [B / f"{k}_test{n}.jsonl" for n in range(30, 35) for k in ("good", "words")]
from sos_lint.api import engine
e = engine(); res = {}
for path in sets:
    if not path.exists(): continue
    rows = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
    reps = e.check_many([r["text"] for r in rows], [r.get("kind") for r in rows])
    res[path.name] = [{"id": r.get("id"), "shown": {c.name: c.present for c in rep.components},
                       "marked": r.get("parts"), "good": r.get("good", True),
                       "ev": {c.name: c.evidence for c in rep.components},
                       "f": sorted([f.code, f.start, f.end, f.message] for f in rep.findings), "score": rep.score}
                      for r, rep in zip(rows, reps)]
    json.dump(res, open(sys.argv[1], "w"))
    print(path.name, len(rows), file=sys.stderr, flush=True)
