"""The audit summary as one self-contained HTML file: inline CSS and SVG, no scripts or links."""
from __future__ import annotations

from html import escape

from . import svg
from .markdown import (CROSS_SENTENCE, FORMULA_START, RANGE_SENTENCE, aliases_sentence, counts_sentence,
                       cross_cell, hidden_sentence, kind_cell, median_text, noise_sentence, pct, people_sentence,
                       plural, range_text, score_text, share_range_text, _number)

STYLE = """
body{font:16px/1.45 system-ui,sans-serif;color:#1b1b1b;max-width:70rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.8rem}h2{font-size:1.35rem;margin-top:2.2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.6rem 0 1rem}td,th{padding:.25rem .6rem;border-bottom:1px solid #e4e4e4;
text-align:left}td.n,th.n{text-align:right}.grid{display:flex;flex-wrap:wrap;gap:.8rem}.note{color:#555}
figure{margin:.5rem 0}figcaption{color:#555;font-size:.9rem}
"""


def _num(value) -> str:
    return "–" if value is None else (score_text(value) if isinstance(value, float) else str(value))


def _safe(value) -> str:
    """Escaped; a value that starts like a spreadsheet formula is shown as code, as text (round 34, Q#9)."""
    text = _num(value)
    if isinstance(value, str) and text.startswith(FORMULA_START) and not _number(text):
        return f"<code>{escape(text)}</code>"
    return escape(text)


def _table(headers: list[str], rows: list[list], numeric_from: int = 1) -> str:
    head = "".join(f'<th class="{"n" if i >= numeric_from else ""}">{escape(h)}</th>' for i, h in enumerate(headers))
    body = "".join("<tr>" + "".join(f'<td class="{"n" if i >= numeric_from else ""}">{_safe(v)}</td>'
                                    for i, v in enumerate(row)) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _pct(share: float) -> str:
    return f"{100 * share:.0f}%"


def render(v: dict, title: str = "Audit summary") -> str:
    dims = v["dimensions"]
    short = {"jargon": "W", "readability": "R", "specificity": "S", "child_focus": "C", "structure": "St"}
    out = [f"<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title>"
           f"<style>{STYLE}</style></head><body><h1>{escape(title)}</h1>",
           f"<p>{escape(counts_sentence(v))} The median score is the middle score of a group; the part columns "
           "beside it are averages (means). The band columns give the share of statements ready to share (8 or "
           "more), needing work (4.1 to 7.9) and not ready to share (4 or less: an error caps the score at 4). "
           f"Groups with fewer than {plural(v['min_group'], 'row')} are counted together as “other”. A median marked * comes "
           f"from fewer than {v['few']} statements: one row can move it a long way. {escape(RANGE_SENTENCE)}"
           + (f" {escape(aliases_sentence(v['aliases']))}" if v.get("aliases") else "") + "</p>"]
    band_heads = [b["name"].capitalize() for b in v["bands"]]
    out.append("<h2>Scores by kind</h2>")
    out.append(_table(["Kind", "Statements", "Median score", *band_heads, *(f"{d['label']} (mean)" for d in dims)],
                      [[k["kind"], k["checked"], k["median"], *(pct(k["bands"][b["name"]]) for b in v["bands"]),
                        *(k["means"][d["name"]] for d in dims)] for k in v["kinds"]]))
    out.append('<div class="grid">')
    for kind in v["kinds"]:
        chart = svg.columns(kind["bins"], [str(b) for b in range(10)], f"Score distribution: {kind['kind']}")
        out.append(f"<figure>{chart}<figcaption>{escape(kind['kind'].capitalize())}: statements per score band "
                   "(0 means 0–1, 9 means 9–10)</figcaption></figure>")
    out.append("</div>")
    for group in v["groups"]:
        out.append(f"<h2>By {escape(group['column'])}</h2>")
        if group.get("people"):
            out.append(f"<p><strong>{escape(people_sentence(group['column']))}</strong></p>")
        elif group.get("hidden"):
            ranked = bool(group["best"]) or group.get("within_noise")
            out.append(f"<p><strong>{escape(hidden_sentence(group['column'], ranked))}</strong></p>")
        legend = "; ".join(f"{short[d['name']]} = {d['label']}" for d in dims)
        out.append(f'<p class="note">Each panel: the median score (dark bar) and the mean score for each part '
                   f"({escape(legend)}).</p><div class=\"grid\">")
        for row in group["rows"]:
            values = [("All", row["median"])] + [(short[d["name"]], row["means"][d["name"]]) for d in dims]
            out.append(svg.small_multiple(f"{row['group']} ({row['rows']})" + (" *" if row.get("few") else ""), values))
        out.append("</div>")
        labels = ["Labels only"] if group.get("labels") else []
        out.append(_table([group["column"], "Rows", "Checked", "Median score", "Median: 90% range", *band_heads,
                           "Ready: 90% range", *labels, *(f"{d['label']} (mean)" for d in dims)],
                          [[r["group"], r["rows"], r["checked"], median_text(r), range_text(r.get("median_range")),
                            *(pct(r["bands"][b["name"]]) for b in v["bands"]), share_range_text(r.get("ready_range")),
                            *([r["labels"]] if labels else []), *(r["means"][d["name"]] for d in dims)]
                           for r in group["rows"]]))
        if group["withheld"]:
            out.append(f"<p class=\"note\">Left out: {group['withheld']} {'row' if group['withheld'] == 1 else 'rows'} "
                       "in groups too small to show.</p>")
        if group.get("within_noise"):
            out.append(f"<p>{escape(noise_sentence(group['column']))}</p>")
        if group["best"]:
            def named(rows):
                return "; ".join(f"{_safe(r['group'])} ({score_text(r['median'])}, "
                                 f"{plural(r['checked'], 'statement')})" for r in rows)
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
        counted = sorted({k for p in points for k in p.get("by_kind_checked") or p["by_kind"]})
        out.append(_table(["Month", "Rows", "Statements", "Median score",
                           *(f"{k.capitalize()}: median (statements)" for k in counted),
                           *(f"{k.capitalize()}: ready" for k in counted)],
                          [[p["month"], p["rows"], p["checked"], median_text(p), *(kind_cell(p, k) for k in counted),
                            *(pct(p.get("by_kind_ready", {}).get(k)) for k in counted)]
                           for p in points]))
    for cross in v.get("crosses", []):
        out.append(f"<h2>By {escape(cross['column'])} and month ({escape(cross['month_column'])})</h2>"
                   f"<p class=\"note\">{escape(CROSS_SENTENCE)}</p>")
        for kind in cross["kinds"]:
            out.append(f"<h3>{escape(kind['kind'].capitalize())}</h3>")
            series = {str(r["group"]): [c["median"] for c in r["cells"]] for r in kind["rows"]}
            if any(m is not None for line in series.values() for m in line):  # no empty chart
                out.append(f"<figure>{svg.lines(cross['months'], series, 'Median score by month: ' + kind['kind'])}"
                           "<figcaption>Median score (0–10) by month for each group; a gap means too few "
                           "statements.</figcaption></figure>")
            out.append(_table([cross["column"], *cross["months"]],
                              [[r["group"], *(cross_cell(c, v["min_group"]) for c in r["cells"])]
                               for r in kind["rows"]]))
    for change in v.get("changes", []):
        from .markdown import change_cell, change_sentence, side_cells

        out.append(f"<h2>Before and from {escape(change['month'])}, by {escape(change['column'])}</h2>"
                   f"<p class=\"note\">{escape(change_sentence(change))}</p>")
        out.append(_table([change["column"], "Kind", "Before: statements", "Before: median [90% range]",
                           "Before: ready [90% range]", "From: statements", "From: median [90% range]",
                           "From: ready [90% range]", "Change"],
                          [[r["group"], r["kind"], *side_cells(r["before"]), *side_cells(r["after"]), change_cell(r)]
                           for r in change["rows"]], 2))
    if v.get("held"):
        from .markdown import held_sentence

        out.append("<h2>Nearly complete, but not ready</h2><ul>" + "".join(
            f"<li>{escape(held_sentence(h)[2:])}</li>" for h in v["held"]) + "</ul>")
    out.append("<h2>Most frequent findings</h2>")
    if v["findings"]:
        scale = max(f["share"] for f in v["findings"]) or 1
        out.append(svg.bars([(f.get("title", f["name"]), f["share"], _pct(f["share"])) for f in v["findings"]],
                            "Share of statements with each finding", scale))
    out.append(_table(["What the tool found", "Code", "Times found", "Statements", "Share"],
                      [[f.get("title", f["name"]), f["code"], f["times"], f["statements"], _pct(f["share"])]
                       for f in v["findings"]], 2))
    out.append("<h2>Most frequent jargon terms</h2>")
    if v["terms"]:
        most = max(t["times"] for t in v["terms"])
        out.append(svg.bars([(t["term"], t["times"], str(t["times"])) for t in v["terms"]], "Jargon terms", most))
    out.append("<h2>Parts missing</h2>")
    for kind in v["kinds"]:
        out.append(f"<h3>{escape(kind['kind'].capitalize())} ({plural(kind['checked'], 'statement')})</h3>")
        if kind["missing"]:
            out.append(svg.bars([(m["label"], m["share"], _pct(m["share"])) for m in kind["missing"]],
                                f"Share of {kind['kind']} statements missing each part", 1.0))
        out.append(_table(["Part", "Statements missing it", "Share"],
                          [[m["label"], m["statements"], _pct(m["share"])] for m in kind["missing"]]))
    out.append("<h2>Rows left out of the figures</h2>")
    limit = v.get("listed_ids", 10)
    if v["bad_total"]:
        out.append(_table(["Problem", "Rows"], [[f"{b['meaning']} ({b['problem']})", b["rows"]] for b in v["bad"]]))
        more = v["bad_total"] - min(len(v["bad_ids"]), limit)
        listed = ", ".join(f"{_safe(i)} ({escape(p)})" for i, p in v["bad_ids"][:limit])
        out.append(f"<p>Rows: {listed}{f', and {more} more (the results status column lists every row)' if more > 0 else ''}.</p>")
    else:
        out.append("<p>None.</p>")
    if v.get("notes"):
        out.append("<h2>Rows to look at</h2><ul>")
        for note in v["notes"]:
            rest = note["rows"] - len(note["listed"])
            items = "; ".join(f"{_safe(i)}: {escape(what)}" for i, what in note["listed"])
            out.append(f"<li><strong>{escape(note['meaning'][:1].upper() + note['meaning'][1:])}</strong>: "
                       f"{plural(note['rows'], 'row')}. {items}{f'; and {rest} more' if rest > 0 else ''}.</li>")
        out.append("</ul>")
    if v.get("repeated"):
        from .markdown import repeated_sentence
        out.append(f"<h2>Ids on more than one row</h2><p>{escape(repeated_sentence(v))}</p>")
    out.append("</body></html>\n")
    return "\n".join(out)
