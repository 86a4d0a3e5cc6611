"""Word-level differences between two redact37_dump outputs (JSON lines of source, id, redacted).

    python devtools/redaction_dump_diff.py BEFORE.jsonl AFTER.jsonl
"""
import json, sys, difflib
b={(r['source'],r['id']):r['redacted'] for r in map(json.loads, open(sys.argv[1]))}
a={(r['source'],r['id']):r['redacted'] for r in map(json.loads, open(sys.argv[2]))}
common=[k for k in a if k in b]
changed=[k for k in common if a[k]!=b[k]]
print(len(common), 'compared', len(changed), 'changed')
for k in changed:
    bw, aw = b[k].split(), a[k].split()
    sm = difflib.SequenceMatcher(None, bw, aw)
    parts=[]
    for op,i1,i2,j1,j2 in sm.get_opcodes():
        if op!='equal':
            parts.append(f"{' '.join(bw[max(0,i1-3):i2+2])!r} -> {' '.join(aw[max(0,j1-3):j2+2])!r}")
    print(k, '; '.join(parts)[:600])
