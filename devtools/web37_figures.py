"""Round 37 (r37f) before/after figures on the users' drafts, from scratch copies (never their folders):
    cp -r /work/wt/review36g/cmp /work/wt/review36g/bat /work/wt/review36g/ids.txt G/ ; cp -r /work/wt/review36h/drafts H
    PYTHONPATH=<tree> python devtools/web37_figures.py G H
Counts planted identifiers (G/ids.txt) in the page's report download (redact ticked and not) and in
/api/v1/compare with redact; lists not_checked over HTTP; counts the rewrite's changes not marked safe."""
import glob, os, sys, warnings
warnings.filterwarnings("ignore")
from fastapi.testclient import TestClient
import sos_lint
from sos_lint.web import create_app
G, H = sys.argv[1], sys.argv[2]
print("tree:", os.path.dirname(os.path.dirname(sos_lint.__file__)))
ids = [l.strip() for l in open(os.path.join(G, "ids.txt")) if l.strip()]
def hits(text):
    low = text.lower()
    return sum(low.count(i.lower()) for i in ids)
with TestClient(create_app()) as c:
    # G#11 report download, redact ticked
    for f in [os.path.join(G, "cmp/Zainab_Okonkwo-Reyes_worry.txt"), os.path.join(G, "bat/amy.txt"), os.path.join(G, "bat/battery.md")]:
        t = open(f).read()
        r = c.post("/report", data={"text": t, "kind": "auto", "redact": "1"})
        z = c.post("/report", data={"text": t, "kind": "auto"})
        print(f"report {os.path.basename(f)}: status {r.status_code}, identifier hits redact-ticked {hits(r.text)} / unticked {hits(z.text)}")
    # G#11 compare over HTTP
    drafts = [{"author": os.path.splitext(os.path.basename(f))[0], "text": open(f).read()} for f in sorted(glob.glob(os.path.join(G, "cmp/*.txt")))]
    r = c.post("/api/v1/compare", json={"drafts": drafts, "redact": True})
    p = c.post("/api/v1/compare", json={"drafts": drafts})
    print(f"compare redact: status {r.status_code}, identifier hits {hits(r.text) if r.status_code == 200 else '-'}; plain: status {p.status_code}, hits {hits(p.text)}")
    # W#2: what the page's check says was left out
    for f in sorted(glob.glob(os.path.join(G, "bat/*"))) + sorted(glob.glob(os.path.join(H, "*.txt"))):
        t = open(f).read()
        files = c.post("/api/v1/check", json={"text": t}).json().get("files", [{}])
        nc = files[0].get("not_checked") if files else None
        if nc:
            print(f"not_checked {os.path.basename(f)}: {nc}")
    # H#8: changes not marked safe that 'Use this rewrite' took at once (before) / takes by default (after)
    total = unsafe = 0
    for f in sorted(glob.glob(os.path.join(H, "*.txt"))):
        r = c.post("/api/v1/rewrite", json={"text": open(f).read()}).json()
        total += len(r["changes"]); unsafe += sum(not ch["safe"] for ch in r["changes"])
    print(f"H drafts rewrite: {total} changes, {unsafe} not marked safe")
