"""The audit summary as Markdown: the same sections as the HTML report, as tables."""
from __future__ import annotations


def score_text(value: float) -> str:
    """A score to one decimal place, or two when it is a median halfway between two scores (4.35)."""
    return f"{value:.2f}" if abs(value * 10 - round(value * 10)) > 1e-6 else f"{value:.1f}"


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet runs a cell starting so as a formula


def plural(n: int, one: str, many: str | None = None) -> str:
    """ "1 statement", "2 statements" (round 34: the summary said "1 statements")."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def as_text(value: str) -> str:
    """A value from the export shown in a Markdown summary: one that starts like a formula is put in
    a code span, so it reads (and pastes into a spreadsheet) as text (round 34, Q#9)."""
    value = str(value)
    if value.startswith(FORMULA_START) and not _number(value):
        return "`" + value.replace("`", "'").strip() + "`"
    return value


def _number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def pct(share) -> str:
    return "–" if share is None else f"{100 * share:.0f}%"


def listed_ids(pairs, total: int, limit: int) -> str:
    """At most `limit` ids, then how many more (round 34, Q#3: a summary never lists 49 case numbers)."""
    shown = ", ".join(f"{as_text(i)} ({p})" if p else as_text(i) for i, p in pairs[:limit])
    more = total - min(len(pairs), limit)
    return shown + (f", and {more} more (the results' status and notes columns list every row)" if more > 0 else "")


def _cell(value) -> str:
    text = "–" if value is None else (score_text(value) if isinstance(value, float) else as_text(str(value)))
    return text.replace("|", "\\|").replace("\n", " ")


def _table(headers: list[str], rows: list[list]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return lines + [""]


def _pct(share: float) -> str:
    return f"{100 * share:.0f}%"


def render(v: dict, title: str = "Audit summary") -> str:
    dims = v["dimensions"]
    out = [f"# {title}", "", counts_sentence(v),
           "The median score is the middle score of a group; the part columns beside it are averages (means).",
           "The band columns give the share of statements ready to share (8 or more), needing work (4.1 to 7.9) "
           "and not ready to share (4 or less: an error caps the score at 4).",
           f"Groups with fewer than {plural(v['min_group'], 'row')} are counted together as \"other\". "
           f"A median marked * comes from fewer than {v['few']} statements: one row can move it a long way.",
           RANGE_SENTENCE, *([aliases_sentence(v["aliases"])] if v.get("aliases") else []), ""]
    out += ["## Scores by kind", ""]
    band_heads = [b["name"].capitalize() for b in v["bands"]]
    out += _table(["Kind", "Statements", "Median score", *band_heads, *(f"{d['label']} (mean)" for d in dims)],
                  [[k["kind"], k["checked"], k["median"], *(pct(k["bands"][b["name"]]) for b in v["bands"]),
                    *(k["means"][d["name"]] for d in dims)] for k in v["kinds"]])
    out += ["Score distribution (statements per score band):", ""]
    out += _table(["Kind", *(f"{b}–{b + 1}" for b in range(10))], [[k["kind"], *k["bins"]] for k in v["kinds"]])
    for group in v["groups"]:
        out += [f"## By {group['column']}", ""]
        if group.get("people"):
            out += [people_sentence(group["column"]), ""]
        elif group.get("hidden"):
            out += [hidden_sentence(group["column"], bool(group["best"]) or group.get("within_noise")), ""]
        labels = ["Labels only"] if group.get("labels") else []
        out += _table([group["column"], "Rows", "Checked", "Median score", "Median: 90% range", *band_heads,
                       "Ready: 90% range", *labels, *(f"{d['label']} (mean)" for d in dims)],
                      [[r["group"], r["rows"], r["checked"], median_text(r), range_text(r.get("median_range")),
                        *(pct(r["bands"][b["name"]]) for b in v["bands"]), share_range_text(r.get("ready_range")),
                        *([r["labels"]] if labels else []), *(r["means"][d["name"]] for d in dims)]
                       for r in group["rows"]])
        if group["withheld"]:
            out += [f"Left out: {group['withheld']} {'row' if group['withheld'] == 1 else 'rows'} in groups too small to show.", ""]
        if group.get("within_noise"):
            out += [noise_sentence(group["column"]), ""]
        if group["best"]:
            out += ["Highest median scores: " + "; ".join(f"{as_text(r['group'])} ({score_text(r['median'])}, "
                                                          f"{plural(r['checked'], 'statement')})"
                                                          for r in group["best"]) + ".", ""]
            if group["worst"]:
                out += ["Lowest median scores: " + "; ".join(f"{as_text(r['group'])} ({score_text(r['median'])}, "
                                                             f"{plural(r['checked'], 'statement')})"
                                                             for r in group["worst"]) + ".", ""]
    for months in v["months"]:
        out += [f"## By month ({months['column']})", ""]
        kinds = sorted({k for p in months["points"] for k in p.get("by_kind_checked") or p["by_kind"]})
        out += _table(["Month", "Rows", "Statements", "Median score", *(f"{k.capitalize()}: median (statements)"
                                                                         for k in kinds),
                       *(f"{k.capitalize()}: ready" for k in kinds)],
                      [[p["month"], p["rows"], p["checked"], median_text(p), *(kind_cell(p, k) for k in kinds),
                        *(pct(p.get("by_kind_ready", {}).get(k)) for k in kinds)]
                       for p in months["points"]])
    for cross in v.get("crosses", []):
        out += [f"## By {cross['column']} and month ({cross['month_column']})", "", CROSS_SENTENCE, ""]
        for kind in cross["kinds"]:
            out += [f"{kind['kind'].capitalize()}:", ""]
            out += _table([cross["column"], *cross["months"]],
                          [[r["group"], *(cross_cell(c, v["min_group"]) for c in r["cells"])] for r in kind["rows"]])
    for change in v.get("changes", []):
        out += [f"## Before and from {change['month']}, by {change['column']}", "", change_sentence(change), ""]
        out += _table([change["column"], "Kind", "Before: statements", "Before: median [90% range]",
                       "Before: ready [90% range]", "From: statements", "From: median [90% range]",
                       "From: ready [90% range]", "Change"],
                      [[r["group"], r["kind"], *side_cells(r["before"]), *side_cells(r["after"]), change_cell(r)]
                       for r in change["rows"]])
    if v.get("held"):
        out += ["## Nearly complete, but not ready", ""]
        out += [held_sentence(h) for h in v["held"]] + [""]
    out += ["## Most frequent findings", ""]
    out += _table(["What the tool found", "Code", "Times found", "Statements", "Share"],
                  [[f.get("title", f["name"]), f["code"], f["times"], f["statements"], _pct(f["share"])]
                   for f in v["findings"]])
    out += ["## Most frequent jargon terms", ""]
    out += _table(["Term", "Times found"], [[t["term"], t["times"]] for t in v["terms"]])
    out += ["## Parts missing", ""]
    for kind in v["kinds"]:
        out += [f"{kind['kind'].capitalize()} ({plural(kind['checked'], 'statement')}):", ""]
        out += _table(["Part", "Statements missing it", "Share"],
                      [[m["label"], m["statements"], _pct(m["share"])] for m in kind["missing"]])
    out += ["## Rows left out of the figures", ""]
    if v["bad_total"]:
        out += _table(["Problem", "Rows"], [[f"{b['meaning']} ({b['problem']})", b["rows"]] for b in v["bad"]])
        out += [f"Rows: {listed_ids(v['bad_ids'], v['bad_total'], v.get('listed_ids', 10))}.", ""]
    else:
        out += ["None.", ""]
    if v.get("notes"):
        out += ["## Rows to look at", ""]
        for note in v["notes"]:
            out += [f"- **{note['meaning'][:1].upper() + note['meaning'][1:]}**: {plural(note['rows'], 'row')}. "
                    + "; ".join(f"{as_text(i)}: {what}" for i, what in note["listed"])
                    + (f"; and {note['rows'] - len(note['listed'])} more" if note["rows"] > len(note["listed"]) else "")
                    + "."]
        out += [""]
    if v.get("repeated"):
        out += ["## Ids on more than one row", ""]
        out += [repeated_sentence(v), ""]
    return "\n".join(out)


RANGE_SENTENCE = ("A 90% range is how far a figure could move by chance with this many statements: another set "
                  "of statements like these would give a figure inside it 9 times in 10. Scores gather at the "
                  "error cap (4 or less) and at 8 or more, so a median can jump between the two when a few "
                  "statements change; the ready share moves more smoothly. Two groups whose ranges overlap are "
                  "not shown to differ.")
CROSS_SENTENCE = ("Each cell: the median score, its 90% range in brackets, the share ready to share, and the "
                  "number of statements. A cell with too few statements gives the number only (–).")


def held_sentence(held: dict) -> str:
    """Round 41 (review41a P#6): why statements with (nearly) every part sit with the poor ones."""
    n, kind = held["statements"], held["kind"]
    who = f"1 {kind} has" if n == 1 else f"{n} {kind}s have"
    codes = "; ".join(f"{c['title']} ({c['code']}, {plural(c['statements'], 'statement')})" for c in held["codes"])
    return (f"- {who} every part, or all but one, and still {'scores' if n == 1 else 'score'} 4 or less: usually "
            "an error found in the "
            "statement, which caps it at 4 (the results' findings column names the codes for each row)."
            + (f" Found most in them: {codes}." if codes else ""))


def aliases_sentence(aliases) -> str:
    return "Counted under one name (--same-group): " + "; ".join(f"{as_text(old)} as {as_text(new)}"
                                                                  for old, new in aliases) + "."


def range_text(pair) -> str:
    """A 90% range for a median: "2.5–8.5"; "–" when there is none."""
    return "–" if not pair else f"{pair[0]:.1f}–{pair[1]:.1f}"


def share_range_text(pair) -> str:
    return "–" if not pair else f"{100 * pair[0]:.0f}–{100 * pair[1]:.0f}%"


def kind_cell(point: dict, kind: str) -> str:
    """A month's median for one kind with its range and statement count: "3.0 [2.5–8.5] (22)"."""
    n = (point.get("by_kind_checked") or {}).get(kind)
    value = point["by_kind"].get(kind)
    if value is None:
        return "–" if n is None else f"– ({n})"
    shown = score_text(value) + (" *" if n is not None and n < FEW_DEFAULT else "")
    span = (point.get("by_kind_range") or {}).get(kind)
    return f"{shown} [{range_text(span)}] ({n})" if span else f"{shown} ({n})"


def cross_cell(cell: dict, min_group: int) -> str:
    """A team × month cell: "9.8 [9.7–10.0], 80% ready (15)", or "– (3)" for too few statements."""
    if cell["median"] is None:
        return f"– ({cell['checked']})" if cell["checked"] else "–"
    star = " *" if cell.get("few") else ""
    return (f"{score_text(cell['median'])}{star} [{range_text(cell['median_range'])}], {pct(cell['ready'])} ready "
            f"({cell['checked']})")


def change_sentence(change: dict) -> str:
    return (f"Statements written before {change['month']} against those written in it or later (a row whose "
            "month is unknown is in neither). \"Rose\" or \"fell\" is said only when a rank test of the scores, "
            "held to a 1 in 20 chance of calling noise a change over all the rows of this table together, says "
            "the later statements score differently (p is the test's chance of a difference this large from "
            "noise alone); anything less is \"no clear change\".")


def change_cell(row: dict) -> str:
    p = row.get("p")
    if p is None:
        return row["change"]
    return f"{row['change']} (p {'< 0.001' if p < 0.001 else f'= {p:.3f}'})"


def side_cells(side: dict) -> list[str]:
    median_cell = "–" if side["median"] is None else f"{score_text(side['median'])} [{range_text(side['median_range'])}]"
    ready_cell = "–" if side["ready"] is None else f"{pct(side['ready'])} [{share_range_text(side['ready_range'])}]"
    return [str(side["checked"]), median_cell, ready_cell]


def hidden_sentence(column: str, ranked: bool = False) -> str:
    return (f"Some {column} values read as a person's name or as a statement and are hidden (\"(a name)\", "
            "\"(hidden text)\"), as --redact asks" + ("." if ranked else "; no highest or lowest is named."))


def noise_sentence(column: str) -> str:
    return (f"No {column} stands out: the highest and the lowest medians are inside each other's 90% ranges, so "
            "the gaps between them could come from chance alone (no highest or lowest is named).")


FEW_DEFAULT = 10  # the summary's FEW (round 34, Q#6): a median of fewer statements is marked *


def counts_sentence(v: dict) -> str:
    """How every row was counted: checked, repeated (counted once) and left out add up to the rows read."""
    dup = v.get("duplicates", 0)
    repeated = f"{plural(dup, 'row')} repeating an earlier row's statement, counted once; " if dup else ""
    total = v["checked"] + dup + v["bad_total"]
    adds = f"{v['checked']} + {dup} + {v['bad_total']}" if dup else f"{v['checked']} + {v['bad_total']}"
    return (f"{plural(v['rows'], 'row')} read; {plural(v['checked'], 'statement')} checked and counted; {repeated}"
            f"{plural(v['bad_total'], 'row')} left out of the figures ({adds} = {total} of the {v['rows']} rows).")


def people_sentence(column: str) -> str:
    return (f"This table is by person ({column}): it is not for ranking staff. The model judges wording, not "
            "practice (README, models/MODEL_CARD.md), so it names no highest or lowest.")


def median_text(row: dict) -> str:
    if row.get("median") is None:
        return "–"
    return score_text(row["median"]) + (" *" if row.get("few") else "")


def repeated_sentence(v: dict) -> str:
    listed = ", ".join(f"{as_text(r['id'])} ({r['rows']} rows)" for r in v["repeated"][:v.get("listed_ids", 10)])
    more = v["repeated_total"] - min(len(v["repeated"]), v.get("listed_ids", 10))
    if v.get("case_column"):  # round 41 (review41a P#5): "counted once" only when it was
        rule = (f"a row repeating another row's statement (the same {v['case_column']}, groups, kind and text) "
                "is counted once.")
    else:
        rule = ("with no case column, nothing says two rows are the same case, so every row is counted (give "
                "--case-column to count a case's repeated statement once).")
    return f"{listed}{f', and {more} more' if more > 0 else ''}. Every row was checked; {rule}"
