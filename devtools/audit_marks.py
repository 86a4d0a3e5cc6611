"""An audit's results against a reviewer's own marks (round 34, from review34q's compare.py): agreement
on the rows the audit counts (status "checked"), team medians and the rows' statuses. Prints figures
only. Usage (from a scratch copy of the reviewer's folder, never the folder itself):
    python devtools/audit_marks.py RESULTS.csv [MARKS.csv EXPORT.csv]
    (marks: row_id, my_mark; export: row_id, team)."""
import csv
import statistics as st
import sys
from collections import Counter


def pearson(a, b):
    ma, mb = st.mean(a), st.mean(b)
    return sum((x - ma) * (y - mb) for x, y in zip(a, b)) / (
        sum((x - ma) ** 2 for x in a) * sum((y - mb) ** 2 for y in b)) ** .5


def ranks(v):
    order, out, i = sorted(range(len(v)), key=lambda k: v[k]), [0.0] * len(v), 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and v[order[j + 1]] == v[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2
        i = j + 1
    return out


def main(results: str, marks: str = "my_marks.csv", export: str = "export.csv") -> None:
    res = {r["id"]: r for r in csv.DictReader(open(results, newline="", encoding="utf-8"))}
    teams = {r["row_id"]: r["team"] for r in csv.DictReader(open(export, newline="", encoding="utf-8"))}
    pairs = []
    for m in csv.DictReader(open(marks, newline="", encoding="utf-8")):
        r = res.get(m["row_id"])
        if r and r["score"] and r["status"] == "checked" and m["my_mark"] not in ("", "None"):
            pairs.append((float(m["my_mark"]), float(r["score"]), teams.get(m["row_id"], "")))
    mine, tool = [p[0] for p in pairs], [p[1] for p in pairs]
    print(f"n {len(pairs)} pearson {pearson(mine, tool):.3f} spearman {pearson(ranks(mine), ranks(tool)):.3f} "
          f"MAE {st.mean(abs(a - b) for a, b in zip(mine, tool)):.2f} "
          f"good(>=6)/poor agree {sum((a >= 6) == (b >= 6) for a, b in zip(mine, tool))}")
    by: dict = {}
    for a, b, team in pairs:
        by.setdefault(team, []).append((a, b))
    for team, values in sorted(by.items()):
        print(f"  {team:30} n {len(values):3} marks median {st.median(v[0] for v in values):4.1f} "
              f"tool median {st.median(v[1] for v in values):5.2f}")
    print("  statuses", dict(sorted(Counter(r["status"] for r in res.values()).items())))


if __name__ == "__main__":
    main(*sys.argv[1:])
