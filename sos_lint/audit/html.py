"""The audit summary as one self-contained HTML file: inline CSS and SVG, no scripts or links."""
from __future__ import annotations

from html import escape

from . import svg
from .markdown import score_text

STYLE = """
body{font:16px/1.45 system-ui,sans-serif;color:#1b1b1b;max-width:70rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.8rem}h2{font-size:1.35rem;margin-top:2.2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.6rem 0 1rem}td,th{padding:.25rem .6rem;border-bottom:1px solid #e4e4e4;
text-align:left}td.n,th.n{text-align:right}.grid{display:flex;flex-wrap:wrap;gap:.8rem}.note{color:#555}
figure{margin:.5rem 0}figcaption{color:#555;font-size:.9rem}
"""


def _num(value) -> str:
    return "–" if value is None else (score_text(value) if isinstance(value, float) else str(value))


def _table(headers: list[str], rows: list[list], numeric_from: int = 1) -> str:
    head = "".join(f'<th class="{"n" if i >= numeric_from else ""}">{escape(h)}</th>' for i, h in enumerate(headers))
    body = "".join("<tr>" + "".join(f'<td class="{"n" if i >= numeric_from else ""}">{escape(_num(v))}</td>'
                                    for i, v in enumerate(row)) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _pct(share: float) -> str:
    return f"{100 * share:.0f}%"


def render(v: dict, title: str = "Audit summary") -> str:
    dims = v["dimensions"]
    short = {"jargon": "W", "readability": "R", "specificity": "S", "child_focus": "C", "structure": "St"}
    out = [f"<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title>"
           f"<style>{STYLE}</style></head><body><h1>{escape(title)}</h1>",
           f"<p>{v['rows']} rows read; {v['checked']} statements checked; {v['bad_total']} rows could not be "
           f"checked ({v['checked']} + {v['bad_total']} = {v['checked'] + v['bad_total']} of the {v['rows']} rows). The dimension columns beside "
           f"each median score are means. Groups with fewer than {v['min_group']} rows are counted together as “other”.</p>"]
    out.append("<h2>Scores by kind</h2>")
    out.append(_table(["Kind", "Statements", "Median score", *(f"{d['label']} (mean)" for d in dims)],
                      [[k["kind"], k["checked"], k["median"], *(k["means"][d["name"]] for d in dims)] for k in v["kinds"]]))
    out.append('<div class="grid">')
    for kind in v["kinds"]:
        chart = svg.columns(kind["bins"], [str(b) for b in range(10)], f"Score distribution: {kind['kind']}")
        out.append(f"<figure>{chart}<figcaption>{escape(kind['kind'].capitalize())}: statements per score band "
                   "(0 means 0–1, 9 means 9–10)</figcaption></figure>")
    out.append("</div>")
    for group in v["groups"]:
        out.append(f"<h2>By {escape(group['column'])}</h2>")
        legend = "; ".join(f"{short[d['name']]} = {d['label']}" for d in dims)
        out.append(f'<p class="note">Each panel: the median score (dark bar) and the mean score for each part '
                   f"({escape(legend)}).</p><div class=\"grid\">")
        for row in group["rows"]:
            values = [("All", row["median"])] + [(short[d["name"]], row["means"][d["name"]]) for d in dims]
            out.append(svg.small_multiple(f"{row['group']} ({row['rows']})", values))
        out.append("</div>")
        out.append(_table([group["column"], "Rows", "Checked", "Median score", *(f"{d['label']} (mean)" for d in dims)],
                          [[r["group"], r["rows"], r["checked"], r["median"], *(r["means"][d["name"]] for d in dims)]
                           for r in group["rows"]]))
        if group["withheld"]:
            out.append(f"<p class=\"note\">Left out: {group['withheld']} {'row' if group['withheld'] == 1 else 'rows'} "
                       "in groups too small to show.</p>")
        if group["best"]:
            def named(rows):
                return "; ".join(f"{escape(r['group'])} ({score_text(r['median'])}, {r['checked']} statements)"
                                 for r in rows)
            lowest = f"<br>Lowest median scores: {named(group['worst'])}." if group["worst"] else ""
            out.append(f"<p>Highest median scores: {named(group['best'])}.{lowest}</p>")
    for months in v["months"]:
        out.append(f"<h2>By month ({escape(months['column'])})</h2>")
        points = months["points"]
        kinds = sorted({k for p in points for k in p["by_kind"]})
        series = {"all": [p["median"] for p in points], **{k: [p["by_kind"].get(k) for p in points] for k in kinds}}
        out.append(f"<figure>{svg.lines([p['month'] for p in points], series, 'Median score by month')}"
                   f"<figcaption>Median score (0–10) by month; a gap means too few statements that month."
                   f"</figcaption></figure>")
        out.append(_table(["Month", "Rows", "Statements", "Median score", *(f"Median ({k})" for k in kinds)],
                          [[p["month"], p["rows"], p["checked"], p["median"], *(p["by_kind"].get(k) for k in kinds)] for p in points]))
    out.append("<h2>Most frequent findings</h2>")
    if v["findings"]:
        scale = max(f["share"] for f in v["findings"]) or 1
        out.append(svg.bars([(f"{f['code']} {f['name']}", f["share"], _pct(f["share"])) for f in v["findings"]],
                            "Share of statements with each finding", scale))
    out.append(_table(["Code", "Name", "Times found", "Statements", "Share"],
                      [[f["code"], f["name"], f["times"], f["statements"], _pct(f["share"])] for f in v["findings"]], 2))
    out.append("<h2>Most frequent jargon terms</h2>")
    if v["terms"]:
        most = max(t["times"] for t in v["terms"])
        out.append(svg.bars([(t["term"], t["times"], str(t["times"])) for t in v["terms"]], "Jargon terms", most))
    out.append("<h2>Parts missing</h2>")
    for kind in v["kinds"]:
        out.append(f"<h3>{escape(kind['kind'].capitalize())} ({kind['checked']} statements)</h3>")
        if kind["missing"]:
            out.append(svg.bars([(m["label"], m["share"], _pct(m["share"])) for m in kind["missing"]],
                                f"Share of {kind['kind']} statements missing each part", 1.0))
        out.append(_table(["Part", "Statements missing it", "Share"],
                          [[m["label"], m["statements"], _pct(m["share"])] for m in kind["missing"]]))
    out.append("<h2>Rows that could not be checked</h2>")
    if v["bad_total"]:
        out.append(_table(["Problem", "Rows"], [[f"{b['meaning']} ({b['problem']})", b["rows"]] for b in v["bad"]]))
        more = v["bad_total"] - len(v["bad_ids"])
        listed = ", ".join(f"{escape(i)} ({escape(p)})" for i, p in v["bad_ids"])
        out.append(f"<p>Ids: {listed}{f', and {more} more' if more > 0 else ''}.</p>")
    else:
        out.append("<p>None.</p>")
    if v.get("repeated"):
        from .markdown import repeated_sentence
        out.append(f"<h2>Ids on more than one row</h2><p>{escape(repeated_sentence(v))}</p>")
    out.append("</body></html>\n")
    return "\n".join(out)
