"""The audit summary as Markdown: the same sections as the HTML report, as tables."""
from __future__ import annotations


def score_text(value: float) -> str:
    """A score to one decimal place, or two when it is a median halfway between two scores (4.35)."""
    return f"{value:.2f}" if abs(value * 10 - round(value * 10)) > 1e-6 else f"{value:.1f}"


def _cell(value) -> str:
    text = "–" if value is None else (score_text(value) if isinstance(value, float) else str(value))
    return text.replace("|", "\\|").replace("\n", " ")


def _table(headers: list[str], rows: list[list]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return lines + [""]


def _pct(share: float) -> str:
    return f"{100 * share:.0f}%"


def render(v: dict, title: str = "Audit summary") -> str:
    dims = v["dimensions"]
    out = [f"# {title}", "",
           f"{v['rows']} rows read; {v['checked']} statements checked; {v['bad_total']} rows could not be checked "
           f"({v['checked']} + {v['bad_total']} = {v['checked'] + v['bad_total']} of the {v['rows']} rows).",
           "The dimension columns beside each median score are means.",
           f"Groups with fewer than {v['min_group']} rows are counted together as \"other\".", ""]
    out += ["## Scores by kind", ""]
    out += _table(["Kind", "Statements", "Median score", *(f"{d['label']} (mean)" for d in dims)],
                  [[k["kind"], k["checked"], k["median"], *(k["means"][d["name"]] for d in dims)] for k in v["kinds"]])
    out += ["Score distribution (statements per score band):", ""]
    out += _table(["Kind", *(f"{b}–{b + 1}" for b in range(10))], [[k["kind"], *k["bins"]] for k in v["kinds"]])
    for group in v["groups"]:
        out += [f"## By {group['column']}", ""]
        out += _table([group["column"], "Rows", "Checked", "Median score", *(f"{d['label']} (mean)" for d in dims)],
                      [[r["group"], r["rows"], r["checked"], r["median"], *(r["means"][d["name"]] for d in dims)]
                       for r in group["rows"]])
        if group["withheld"]:
            out += [f"Left out: {group['withheld']} {'row' if group['withheld'] == 1 else 'rows'} in groups too small to show.", ""]
        if group["best"]:
            out += ["Highest median scores: " + "; ".join(f"{r['group']} ({score_text(r['median'])}, {r['checked']} statements)"
                                                          for r in group["best"]) + ".", ""]
            if group["worst"]:
                out += ["Lowest median scores: " + "; ".join(f"{r['group']} ({score_text(r['median'])}, {r['checked']} statements)"
                                                             for r in group["worst"]) + ".", ""]
    for months in v["months"]:
        out += [f"## By month ({months['column']})", ""]
        kinds = sorted({k for p in months["points"] for k in p["by_kind"]})
        out += _table(["Month", "Rows", "Statements", "Median score", *(f"Median ({k})" for k in kinds)],
                      [[p["month"], p["rows"], p["checked"], p["median"], *(p["by_kind"].get(k) for k in kinds)]
                       for p in months["points"]])
    out += ["## Most frequent findings", ""]
    out += _table(["Code", "Name", "Times found", "Statements", "Share"],
                  [[f["code"], f["name"], f["times"], f["statements"], _pct(f["share"])] for f in v["findings"]])
    out += ["## Most frequent jargon terms", ""]
    out += _table(["Term", "Times found"], [[t["term"], t["times"]] for t in v["terms"]])
    out += ["## Parts missing", ""]
    for kind in v["kinds"]:
        out += [f"{kind['kind'].capitalize()} ({kind['checked']} statements):", ""]
        out += _table(["Part", "Statements missing it", "Share"],
                      [[m["label"], m["statements"], _pct(m["share"])] for m in kind["missing"]])
    out += ["## Rows that could not be checked", ""]
    if v["bad_total"]:
        out += _table(["Problem", "Rows"], [[f"{b['meaning']} ({b['problem']})", b["rows"]] for b in v["bad"]])
        listed = ", ".join(f"{i} ({p})" for i, p in v["bad_ids"])
        more = v["bad_total"] - len(v["bad_ids"])
        out += [f"Ids: {listed}" + (f", and {more} more" if more > 0 else "") + ".", ""]
    else:
        out += ["None.", ""]
    if v.get("repeated"):
        out += ["## Ids on more than one row", ""]
        out += [repeated_sentence(v), ""]
    return "\n".join(out)


def repeated_sentence(v: dict) -> str:
    listed = ", ".join(f"{r['id']} ({r['rows']} rows)" for r in v["repeated"])
    more = v["repeated_total"] - len(v["repeated"])
    return (f"{listed}{f', and {more} more' if more > 0 else ''}. Every row was checked and counted; "
            "if one plan was exported twice, the figures count it twice.")
