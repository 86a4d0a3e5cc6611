"""The audit summary, built one result row at a time (so it needs no more memory for a million rows
than for ten) and mergeable (so Dask partitions can each build one). `view()` folds small groups into
"other" and returns plain data for the Markdown and HTML renderers."""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from ..findings import DIMENSIONS, DIMENSION_LABELS
from .spec import CHECKED, DUPLICATE, HIDDEN_NAME, HIDDEN_TEXT, PROBLEMS, AuditSpec, person_column_name, person_values

BINS = 101  # scores are given to one decimal place, 0.0 to 10.0: one bin each, so medians are exact
MAX_LISTED_BAD = 1000  # bad rows listed by id; beyond this the report gives the count
MAX_TRACKED_IDS = 2_000_000  # ids remembered to find repeats; beyond this repeats are not looked for
MAX_LISTED_REPEATS = 100
OTHER = "other"
UNKNOWN = "unknown"  # the month of a row whose date could not be read (rows.UNKNOWN_MONTH)
BLANK = "(blank)"
TOP = 20
LISTED_IDS = 5  # round 34 (Q#3): a summary names at most this many rows of each kind; the results list all
HELD_AT = 4.0  # the error cap (README, step 3)
FEW = 10  # round 34 (Q#6): a median of fewer statements swings when one row moves
# Round 34 (Q#6): the score bands the checker already draws. An error caps a statement at 4 ("not
# ready to share", README step 3); a statement with no findings never scores below 8.
BANDS = (("ready", "ready (8 or more)", 80, BINS), ("needs work", "needs work (4.1 to 7.9)", 41, 80),
         ("not ready", "not ready to share (4 or less)", 0, 41))
NOTES = {
    "duplicate": "the same statement as an earlier row (same case or group, kind and text): counted once",
    "repeated-text": "the same text as an earlier row of the same group, with no case column to say whether it is "
                     "the same case (counted)",
    "wrong-kind": "marked as one kind in the kind column but the wording clearly reads as the other (scored as marked)",
    "unknown-kind": "the kind column is blank or not a worry or goal word (the kind was worked out from the wording)",
    "label-only": "only a label of one or two words, not a statement (scored)",
    "bad-date": "the date could not be read (counted in month \"unknown\")",
}


def note_codes(notes: str) -> list[tuple[str, str]]:
    """The (code, text) pairs of a result's notes cell ("wrong-kind: marked ...; bad-date: ...")."""
    found = []
    for part in (notes or "").split("; "):
        code, sep, text = part.partition(": ")
        if sep and code in NOTES:
            found.append((code, text))
        elif found:  # a "; " inside a note's own text
            found[-1] = (found[-1][0], f"{found[-1][1]}; {part}")
    return found


def bands(histogram: list[int]) -> dict[str, float | None]:
    """The share of statements in each score band ({"ready": 0.6, ...}); None when there are none."""
    total = sum(histogram)
    return {name: (sum(histogram[lo:hi]) / total if total else None) for name, _, lo, hi in BANDS}


def no_value(column: str) -> str:
    """How a group with no value is shown: "(no team)" for an empty or null team cell."""
    return f"(no {column})" if column else BLANK


def _bin(score: float) -> int:
    return min(BINS - 1, max(0, round(float(score) * 10)))


def median(histogram: list[int]) -> float | None:
    """The median of the scores counted in a 0.1-wide histogram: the middle score, or for an even
    count the mean of the two middle scores (as statistics.median and a spreadsheet's MEDIAN give)."""
    total = sum(histogram)
    if not total:
        return None
    lower_at, upper_at = (total - 1) // 2, total // 2  # 0-based positions of the middle score(s)
    lower = upper = None
    running = 0
    for index, count in enumerate(histogram):
        running += count
        if lower is None and running > lower_at:
            lower = index
        if running > upper_at:
            upper = index
            break
    return round((lower + upper) / 20, 2)


Z90 = 1.6449  # round 41 (review41a P#4): the ranges given are 90% ranges


def _score_at(histogram: list[int], rank: int) -> float:
    """The score at a 1-based rank of the scores counted in a histogram."""
    running = 0
    for index, count in enumerate(histogram):
        running += count
        if running >= rank:
            return index / 10
    return (len(histogram) - 1) / 10


def median_range(histogram: list[int]) -> tuple[float, float] | None:
    """Round 41 (review41a P#4): a 90% range for a group's median, from the scores themselves (the
    distribution-free order-statistic interval: ranks n/2 -/+ 0.82 sqrt(n)), so it is wide where the
    scores split between the error cap and the top band, as statements' scores often do, and narrow
    where they agree. None for no scores."""
    n = sum(histogram)
    if not n:
        return None
    half = Z90 * n ** 0.5 / 2
    lower = max(1, math.floor(n / 2 - half))
    upper = min(n, math.ceil(n / 2 + 1 + half))
    return _score_at(histogram, lower), _score_at(histogram, upper)


def share_range(part: int, total: int) -> tuple[float, float] | None:
    """A 90% range (Wilson's) for a share such as the ready share: 8 of 10 is 0.55 to 0.93."""
    if not total:
        return None
    p, z2 = part / total, Z90 * Z90
    centre = (p + z2 / (2 * total)) / (1 + z2 / total)
    spread = Z90 * math.sqrt(p * (1 - p) / total + z2 / (4 * total * total)) / (1 + z2 / total)
    return round(max(0.0, centre - spread), 4), round(min(1.0, centre + spread), 4)


def ready_count(histogram: list[int]) -> int:
    name, _, lo, hi = BANDS[0]
    return sum(histogram[lo:hi])


@dataclass
class Tally:
    """Scores for one kind, one group or one month."""

    histogram: list[int] = field(default_factory=lambda: [0] * BINS)
    by_kind: Counter = field(default_factory=Counter)
    dimension_sums: list[float] = field(default_factory=lambda: [0.0] * len(DIMENSIONS))
    rows: int = 0  # every row in the group, bad rows included
    checked: int = 0
    labels: int = 0  # round 34 (Q#5): rows that are only a one- or two-word label (scored)

    def add(self, row: dict) -> None:
        self.rows += 1
        if row.get("status") != CHECKED:
            return
        self.checked += 1
        self.labels += "label-only: " in (row.get("notes") or "")
        self.histogram[_bin(row["score"])] += 1
        self.by_kind[row["kind"]] += 1
        for i, dimension in enumerate(DIMENSIONS):
            self.dimension_sums[i] += float(row[dimension])

    def merge(self, other: "Tally") -> None:
        self.histogram = [a + b for a, b in zip(self.histogram, other.histogram)]
        self.by_kind.update(other.by_kind)
        self.dimension_sums = [a + b for a, b in zip(self.dimension_sums, other.dimension_sums)]
        self.rows += other.rows
        self.checked += other.checked
        self.labels += other.labels

    def means(self) -> dict[str, float | None]:
        return {d: (round(s / self.checked, 1) if self.checked else None)
                for d, s in zip(DIMENSIONS, self.dimension_sums)}


@dataclass
class Summary:
    group_names: list[str]
    month_names: list[str]
    rows: int = 0
    bad: Counter = field(default_factory=Counter)
    bad_ids: list[tuple[str, str]] = field(default_factory=list)
    kinds: dict = field(default_factory=dict)  # kind -> Tally
    kind_sources: Counter = field(default_factory=Counter)
    findings: Counter = field(default_factory=Counter)  # code -> times found
    statements_with: Counter = field(default_factory=Counter)  # code -> statements with it
    terms: Counter = field(default_factory=Counter)
    missing: Counter = field(default_factory=Counter)  # (kind, part) -> statements missing it
    groups: dict = field(default_factory=dict)  # group column -> {value -> Tally}
    month_kinds: dict = field(default_factory=dict)  # month column -> {(month, kind) -> Tally}
    # Round 41 (review41a P#1): each plain group column crossed with each month column, by kind:
    # "group|month" -> {(value, month, kind) -> Tally}, so "did team X's goals improve" has an answer.
    crosses: dict = field(default_factory=dict)
    ids: set = field(default_factory=set)  # the export's own ids seen so far (to find a repeated id)
    repeated: Counter = field(default_factory=Counter)  # id -> extra rows with it
    duplicates: int = 0  # round 34 (Q#2): rows with an earlier row's case and text, counted once
    noted: Counter = field(default_factory=Counter)  # note code -> rows with it
    noted_ids: dict = field(default_factory=dict)  # note code -> [(id, what)] (the first LISTED_IDS)
    case_column: str = ""  # the column that says which rows are one case (given, or found by its name)
    aliases: list = field(default_factory=list)  # round 41: [[old, new]] from --same-group, said in the report
    # Round 41 (review41a P#6, the summary's side): statements with every part but one (or all) that
    # still score 4 or less, by kind, and the codes found in them: a board sees why a near-complete
    # goal sits with the poor ones (an error caps a statement at 4).
    held: Counter = field(default_factory=Counter)  # kind -> statements
    held_codes: Counter = field(default_factory=Counter)  # (kind, code) -> statements

    @classmethod
    def for_spec(cls, spec: AuditSpec) -> "Summary":
        return cls([g.name for g in spec.group_by], [g.name for g in spec.group_by if g.month],
                   case_column=spec.case_column or "", aliases=[list(pair) for pair in spec.aliases])

    def add_rows(self, rows) -> None:
        for row in rows:
            self.add(row)

    def add(self, row: dict) -> None:
        self.rows += 1
        status = row.get("status") or ""
        self._note_id(str(row.get("id") or ""))
        for name in self.group_names:
            value = str(row.get(name) or "") or no_value(name)
            self.groups.setdefault(name, {}).setdefault(value, Tally()).add(row)
        for code, what in note_codes(row.get("notes") or ""):
            self.noted[code] += 1
            listed = self.noted_ids.setdefault(code, [])
            if len(listed) < LISTED_IDS:
                listed.append((str(row.get("id")), what))
        if status == DUPLICATE:
            self.duplicates += 1
            return
        if status != CHECKED:
            self.bad[status] += 1
            if len(self.bad_ids) < MAX_LISTED_BAD:
                self.bad_ids.append((str(row.get("id")), status))
            return
        kind = row["kind"]
        self.kinds.setdefault(kind, Tally()).add(row)
        self.kind_sources[row.get("kind_source") or ""] += 1
        codes = (row.get("findings") or "").split()
        self.findings.update(codes)
        self.statements_with.update(set(codes))
        self.terms.update(t for t in (row.get("jargon_terms") or "").split(";") if t)
        self.missing.update((kind, part) for part in (row.get("missing") or "").split())
        if float(row["score"]) <= HELD_AT and len((row.get("missing") or "").split()) <= 1:
            self.held[kind] += 1
            self.held_codes.update((kind, code) for code in set(codes))
        for name in self.month_names:
            month = str(row.get(name) or "") or BLANK
            self.month_kinds.setdefault(name, {}).setdefault((month, kind), Tally()).add(row)
            for group in self.group_names:
                if group not in self.month_names:
                    value = str(row.get(group) or "") or no_value(group)
                    self.crosses.setdefault(f"{group}|{name}", {}).setdefault((value, month, kind), Tally()).add(row)

    def _note_id(self, row_id: str) -> None:
        """Remember the export's own ids (not "row N"), so a repeated one is reported, not passed over."""
        if not row_id or (row_id.startswith("row ") and row_id[4:].isdigit()):
            return
        if row_id in self.ids:
            self.repeated[row_id] += 1
        elif len(self.ids) < MAX_TRACKED_IDS:
            self.ids.add(row_id)

    def merge(self, other: "Summary") -> "Summary":
        """Add another summary's rows to this one (Dask partitions, in partition order)."""
        for row_id in other.ids:
            self._note_id(row_id)
        self.repeated.update(other.repeated)
        self.duplicates += other.duplicates
        self.noted.update(other.noted)
        for code, listed in other.noted_ids.items():
            mine = self.noted_ids.setdefault(code, [])
            mine.extend(listed[: LISTED_IDS - len(mine)])
        self.rows += other.rows
        self.bad.update(other.bad)
        self.bad_ids.extend(other.bad_ids[: MAX_LISTED_BAD - len(self.bad_ids)])
        for kind, tally in other.kinds.items():
            self.kinds.setdefault(kind, Tally()).merge(tally)
        for counter in ("kind_sources", "findings", "statements_with", "terms", "missing", "held", "held_codes"):
            getattr(self, counter).update(getattr(other, counter))
        for table in ("groups", "month_kinds", "crosses"):
            for name, values in getattr(other, table).items():
                mine = getattr(self, table).setdefault(name, {})
                for value, tally in values.items():
                    mine.setdefault(value, Tally()).merge(tally)
        return self

    @property
    def checked(self) -> int:
        return sum(t.checked for t in self.kinds.values())


# -- the view: folded, sorted, ready to render ------------------------------------------------
def _fold(values: dict, min_group: int) -> tuple[list[tuple[str, Tally]], Tally | None]:
    """Groups with at least `min_group` rows, largest first (by date when the values are dates or
    months: round 34, Q#6), and everything smaller added together."""
    kept, other = [], None
    order = (lambda item: item[0]) if _dated(values) else (lambda item: (-item[1].rows, item[0]))
    for value, tally in sorted(values.items(), key=order):
        if tally.rows >= min_group and value != OTHER:
            kept.append((value, tally))
        else:
            other = other or Tally()
            other.merge(tally)
    return kept, other


def _group_row(label: str, tally: Tally) -> dict:
    return {"group": label, "rows": tally.rows, "checked": tally.checked, "median": median(tally.histogram),
            "means": tally.means(), "histogram": tally.histogram, "bands": bands(tally.histogram),
            "few": 0 < tally.checked < FEW, "labels": tally.labels,
            "median_range": median_range(tally.histogram),
            "ready_range": share_range(ready_count(tally.histogram), tally.checked)}


def _within_noise(best: list[dict], worst: list[dict]) -> bool:
    """Round 41 (review41a P#4): True when the highest and the lowest medians named are within each
    other's 90% ranges, so naming them would present noise as a difference between groups."""
    if not best or not worst:
        return False
    lowest_of_best = min(r["median_range"][0] for r in best if r.get("median_range"))
    highest_of_worst = max(r["median_range"][1] for r in worst if r.get("median_range"))
    return lowest_of_best <= highest_of_worst


def _dated(values) -> bool:
    """True when every value of a plain group column is a date or a month (sort it by time)."""
    from .rows import UNKNOWN_MONTH, month_of

    shown = [v for v in values if v != OTHER and not v.startswith("(")]
    return bool(shown) and all(month_of(v) != UNKNOWN_MONTH or v == UNKNOWN_MONTH for v in shown)


def _ends(ranked: list[dict]) -> tuple[list[dict], list[dict]]:
    """The groups with the highest and the lowest medians (up to 3 each, never the same group in
    both), with every group tied with the last one named, so a tie is never reported as one winner."""
    shown = min(3, len(ranked) // 2)
    if not shown:
        return [], []
    top, bottom = ranked[shown - 1]["median"], ranked[len(ranked) - shown]["median"]
    best = [r for r in ranked if r["median"] >= top]
    worst = [r for r in reversed(ranked) if r["median"] <= bottom and r not in best]
    return best, worst


def _side(tally: Tally, min_group: int) -> dict:
    enough = tally.checked >= min_group
    ready = ready_count(tally.histogram)
    return {"checked": tally.checked, "median": median(tally.histogram) if enough else None,
            "median_range": median_range(tally.histogram) if enough else None,
            "ready": ready / tally.checked if enough else None,
            "ready_range": share_range(ready, tally.checked) if enough else None}


CHANGE_ALPHA = 0.05  # round 41: the chance, over all a summary's comparisons, of calling noise a change


def rank_test(before: list[int], after: list[int]) -> tuple[float, float]:
    """Round 41 (review41a P#1, P#4): the Mann-Whitney rank test of two score histograms (normal
    approximation with the tie correction, as scores share 0.1-point values): (z, two-sided p);
    z > 0 when the later scores are higher. Ranks suit scores that gather at the cap and at the top,
    where a mean or a median jumps."""
    n1, n2 = sum(before), sum(after)
    total = n1 + n2
    if not n1 or not n2:
        return 0.0, 1.0
    rank_sum, below, ties = 0.0, 0, 0.0
    for a, b in zip(before, after):
        t = a + b
        if t:
            rank_sum += b * (below + (t + 1) / 2)
            ties += t ** 3 - t
            below += t
    u = rank_sum - n2 * (n2 + 1) / 2
    variance = n1 * n2 / 12 * ((total + 1) - ties / (total * (total - 1)))
    if variance <= 0:
        return 0.0, 1.0
    shift = u - n1 * n2 / 2
    z = (shift - math.copysign(0.5, shift)) / math.sqrt(variance) if shift else 0.0
    return z, math.erfc(abs(z) / math.sqrt(2))


def _verdicts(rows: list[dict], tallies: list[tuple[Tally, Tally]]) -> None:
    """Each comparison's "change": "rose" or "fell" when the rank test, held to CHANGE_ALPHA over all
    the comparisons together (Holm's method), says the later statements score differently; "no
    clear change" otherwise; "too few statements" when a side has fewer than the group threshold.
    With twenty teams and two kinds, forty comparisons still call noise a change only 1 time in 20
    (90% ranges that do not overlap would call one about every other audit)."""
    tested = []
    for index, (row, (before, after)) in enumerate(zip(rows, tallies)):
        if row["before"]["median"] is None or row["after"]["median"] is None:
            row["change"], row["p"] = "too few statements", None
            continue
        z, p = rank_test(before.histogram, after.histogram)
        row["p"] = round(p, 6)
        tested.append((p, index, z))
    tested.sort()
    holding = True
    for order, (p, index, z) in enumerate(tested):
        holding = holding and p * (len(tested) - order) < CHANGE_ALPHA
        rows[index]["change"] = ("rose" if z > 0 else "fell") if holding else "no clear change"


def _before_after(summary: Summary, key: str, split: str, min_group: int) -> dict:
    """Each group's statements of each kind before the month `split` and from it on (rows whose
    month is unknown are in neither), with every group together first."""
    group, month_column = key.split("|", 1)
    kept, _ = _fold(summary.groups.get(group, {}), min_group)
    shown = [value for value, _ in kept]
    sides: dict = {}
    for (value, month, kind), tally in summary.crosses[key].items():
        if not re.fullmatch(r"\d{4}-\d{2}", month):
            continue
        side = "after" if month >= split else "before"
        for who in ("(all)", value) if value in shown else ("(all)",):
            sides.setdefault((who, kind), {"before": Tally(), "after": Tally()})[side].merge(tally)
    rows, tallies = [], []
    for who in ["(all)", *shown]:
        for kind in sorted({k for _, k in sides}):
            if (who, kind) in sides:
                before = _side(sides[(who, kind)]["before"], min_group)
                after = _side(sides[(who, kind)]["after"], min_group)
                rows.append({"group": who, "kind": kind, "before": before, "after": after, "change": ""})
                tallies.append((sides[(who, kind)]["before"], sides[(who, kind)]["after"]))
    _verdicts(rows, tallies)
    return {"column": group, "month_column": month_column, "month": split, "rows": rows}


def view(summary: Summary, component_labels: dict[str, str], min_group: int = 5,
         before_after: str | None = None) -> dict:
    """Plain data for the renderers. Groups smaller than `min_group` are folded into "other"; if
    "other" itself is that small, its figures are withheld, so no report singles out one plan."""
    from ..checks import by_code

    def name_of(code: str) -> str:
        found = by_code(code)
        return found.name if found else code

    def title_of(code: str) -> str:
        """Round 34 (Q smaller): a board reads "Statements that do not name the child", not SOS401."""
        found = by_code(code)
        if not found or not found.summary:
            return name_of(code)
        words = found.summary.strip().rstrip(".")
        words = words[6:] if words.startswith("Flags ") else words
        return words[:1].upper() + words[1:]

    kinds = []
    for kind in sorted(summary.kinds):
        tally = summary.kinds[kind]
        tens = [0] * 10
        for index, count in enumerate(tally.histogram):
            tens[min(9, index // 10)] += count
        parts = sorted(((part, n) for (k, part), n in summary.missing.items() if k == kind), key=lambda p: -p[1])
        kinds.append({
            "kind": kind, "checked": tally.checked, "median": median(tally.histogram), "means": tally.means(),
            "bins": tens, "bands": bands(tally.histogram),
            "missing": [{"part": part, "label": component_labels.get(part, part), "statements": n,
                         "share": n / tally.checked} for part, n in parts],
        })
    groups = []
    for name in summary.group_names:
        if name in summary.month_names:
            continue
        kept, other = _fold(summary.groups.get(name, {}), min_group)
        rows = [_group_row(value, tally) for value, tally in kept]
        withheld = 0
        if other is not None:
            if other.rows >= min_group:
                rows.append(_group_row(OTHER, other))
            else:
                withheld = other.rows
        ranked = sorted((r for r in rows if r["median"] is not None and r["group"] != OTHER),
                        key=lambda r: (-r["median"], r["group"]))
        best, worst = _ends(ranked)
        # Round 34 (Q#3): a table by person is never a ranking of staff.
        people = person_column_name(name) or person_values(summary.groups.get(name, {}))
        # Round 41 (review41a P#2): nor is a redacted column with hidden names ("(a name)" ranked first).
        # A hidden value too small to show (one pasted statement, folded away) does not stop the ranking.
        hidden = any(value in (HIDDEN_NAME, HIDDEN_TEXT) for value in summary.groups.get(name, {}))
        if people or any(r["group"] in (HIDDEN_NAME, HIDDEN_TEXT) for r in rows):
            best, worst = [], []
        noise = _within_noise(best, worst)
        if noise:
            best, worst = [], []
        groups.append({"column": name, "rows": rows, "withheld": withheld, "best": best, "worst": worst,
                       "people": people, "hidden": hidden, "labels": sum(r["labels"] for r in rows),
                       "within_noise": noise})
    months = []
    for name in summary.month_names:
        totals: dict[str, Tally] = {}
        for (month, _kind), tally in summary.month_kinds.get(name, {}).items():
            totals.setdefault(month, Tally()).merge(tally)
        points = []
        every_row = summary.groups.get(name, {})
        for month in sorted(set(totals) | set(every_row), key=lambda m: (m == UNKNOWN, m)):
            tally = totals.get(month) or Tally()
            rows_read = every_row[month].rows if month in every_row else tally.checked
            entry = {"month": month, "rows": rows_read, "checked": tally.checked, "median": None, "by_kind": {},
                     "few": min_group <= tally.checked < FEW, "bands": bands(tally.histogram)}
            entry["by_kind_checked"], entry["by_kind_range"], entry["by_kind_ready"] = {}, {}, {}
            if tally.checked >= min_group:
                entry["median"] = median(tally.histogram)
                entry["median_range"] = median_range(tally.histogram)
                for (m, kind), part in sorted(summary.month_kinds[name].items()):
                    if m != month:
                        continue
                    entry["by_kind_checked"][kind] = part.checked  # round 41 (P#4): n for every cell
                    if part.checked >= min_group:
                        entry["by_kind"][kind] = median(part.histogram)
                        entry["by_kind_range"][kind] = median_range(part.histogram)
                        entry["by_kind_ready"][kind] = bands(part.histogram)["ready"]
            points.append(entry)
        months.append({"column": name, "points": points})
    crosses = [_cross(summary, key, min_group) for key in sorted(summary.crosses)]
    changes = [_before_after(summary, key, before_after, min_group) for key in sorted(summary.crosses)] \
        if before_after else []
    checked = summary.checked
    return {
        "rows": summary.rows, "checked": checked, "min_group": min_group,
        "bad": [{"problem": p, "meaning": PROBLEMS.get(p, p), "rows": n} for p, n in summary.bad.most_common()],
        "bad_total": sum(summary.bad.values()), "bad_ids": summary.bad_ids,
        "kinds": kinds, "kind_sources": dict(summary.kind_sources),
        "dimensions": [{"name": d, "label": DIMENSION_LABELS[d]} for d in DIMENSIONS],
        "findings": [{"code": c, "name": name_of(c), "title": title_of(c), "times": n, "statements": summary.statements_with[c],
                      "share": summary.statements_with[c] / checked if checked else 0.0}
                     for c, n in sorted(summary.findings.items(), key=lambda i: (-i[1], i[0]))[:TOP]],
        "terms": [{"term": t, "times": n} for t, n in sorted(summary.terms.items(), key=lambda i: (-i[1], i[0]))[:TOP]],
        "groups": groups, "months": months, "crosses": crosses, "changes": changes,
        "part_labels": dict(sorted(component_labels.items())),
        "case_column": summary.case_column, "aliases": summary.aliases,
        "held": [{"kind": kind, "statements": n,
                  "codes": [{"code": c, "title": title_of(c), "statements": m}
                            for (k, c), m in sorted(summary.held_codes.items(), key=lambda i: (-i[1], i[0][1]))
                            if k == kind][:5]}
                 for kind, n in sorted(summary.held.items())],
        "repeated": [{"id": i, "rows": n + 1} for i, n in sorted(summary.repeated.items())[:MAX_LISTED_REPEATS]],
        "repeated_total": len(summary.repeated),
        "duplicates": summary.duplicates,
        "notes": [{"code": c, "meaning": NOTES[c], "rows": n, "listed": summary.noted_ids.get(c, [])}
                  for c, n in sorted(summary.noted.items(), key=lambda i: (-i[1], i[0]))],
        "bands": [{"name": n, "label": label} for n, label, _, _ in BANDS],
        "few": FEW, "listed_ids": LISTED_IDS,
    }


def _cross(summary: Summary, key: str, min_group: int) -> dict:
    """Round 41 (review41a P#1): one group column by one month column, a table per kind: each
    group's median, ready share and statement count per month. A cell of fewer than `min_group`
    statements gives its count only (as a month of too few statements has no point on the line);
    groups too small for the group table are added together as "other", as there."""
    group, month_column = key.split("|", 1)
    cells = summary.crosses[key]
    kept, other = _fold(summary.groups.get(group, {}), min_group)
    shown = {value for value, _ in kept}
    show_other = other is not None and other.rows >= min_group  # else withheld, as in the group table
    months = sorted({m for _, m, _ in cells}, key=lambda m: (m == UNKNOWN, m))
    kinds = []
    for kind in sorted({k for _, _, k in cells}):
        merged: dict = {}
        for (value, month, k), tally in cells.items():
            if k == kind:
                merged.setdefault((value if value in shown else OTHER, month), Tally()).merge(tally)
        order = [value for value, _ in kept] + ([OTHER] if show_other and any(v == OTHER for v, _ in merged) else [])
        rows = []
        for value in order:
            row_cells = []
            for month in months:
                tally = merged.get((value, month)) or Tally()
                enough = tally.checked >= min_group
                row_cells.append({"month": month, "checked": tally.checked,
                                  "median": median(tally.histogram) if enough else None,
                                  "median_range": median_range(tally.histogram) if enough else None,
                                  "ready": bands(tally.histogram)["ready"] if enough else None,
                                  "few": enough and tally.checked < FEW})
            rows.append({"group": value, "cells": row_cells})
        kinds.append({"kind": kind, "rows": rows})
    return {"column": group, "month_column": month_column, "months": months, "kinds": kinds}


def component_labels() -> dict[str, str]:
    """Part name -> its label ("impact" -> "What it means for the child"), read from the checker's
    own output for one worry and one goal, so the labels never drift from the structure rules."""
    from ..api import engine

    labels = {}
    for report in engine().check_many(["Mum hit Leah.", "Mum will walk Leah to school."], ["worry", "goal"]):
        labels.update({c.name: c.label for c in report.components})
    return labels
