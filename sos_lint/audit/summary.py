"""The audit summary, built one result row at a time (so it needs no more memory for a million rows
than for ten) and mergeable (so Dask partitions can each build one). `view()` folds small groups into
"other" and returns plain data for the Markdown and HTML renderers."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..findings import DIMENSIONS, DIMENSION_LABELS
from .spec import CHECKED, DUPLICATE, HIDDEN_NAME, PROBLEMS, AuditSpec, person_column_name, person_values

BINS = 101  # scores are given to one decimal place, 0.0 to 10.0: one bin each, so medians are exact
MAX_LISTED_BAD = 1000  # bad rows listed by id; beyond this the report gives the count
MAX_TRACKED_IDS = 2_000_000  # ids remembered to find repeats; beyond this repeats are not looked for
MAX_LISTED_REPEATS = 100
OTHER = "other"
UNKNOWN = "unknown"  # the month of a row whose date could not be read (rows.UNKNOWN_MONTH)
BLANK = "(blank)"
TOP = 20
LISTED_IDS = 5  # round 34 (Q#3): a summary names at most this many rows of each kind; the results list all
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
    ids: set = field(default_factory=set)  # the export's own ids seen so far (to find a repeated id)
    repeated: Counter = field(default_factory=Counter)  # id -> extra rows with it
    duplicates: int = 0  # round 34 (Q#2): rows with an earlier row's case and text, counted once
    noted: Counter = field(default_factory=Counter)  # note code -> rows with it
    noted_ids: dict = field(default_factory=dict)  # note code -> [(id, what)] (the first LISTED_IDS)
    case_column: str = ""  # the column that says which rows are one case (given, or found by its name)

    @classmethod
    def for_spec(cls, spec: AuditSpec) -> "Summary":
        return cls([g.name for g in spec.group_by], [g.name for g in spec.group_by if g.month],
                   case_column=spec.case_column or "")

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
        for name in self.month_names:
            month = str(row.get(name) or "") or BLANK
            self.month_kinds.setdefault(name, {}).setdefault((month, kind), Tally()).add(row)

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
        for counter in ("kind_sources", "findings", "statements_with", "terms", "missing"):
            getattr(self, counter).update(getattr(other, counter))
        for table in ("groups", "month_kinds"):
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
            "few": 0 < tally.checked < FEW, "labels": tally.labels}


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


def view(summary: Summary, component_labels: dict[str, str], min_group: int = 5) -> dict:
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
        # Round 41 (review41a P#2): nor is a redacted column with hidden names ("(a name)" ranked first).
        people = (person_column_name(name) or person_values(summary.groups.get(name, {}))
                  or HIDDEN_NAME in summary.groups.get(name, {}))
        if people:
            best, worst = [], []
        groups.append({"column": name, "rows": rows, "withheld": withheld, "best": best, "worst": worst,
                       "people": people, "labels": sum(r["labels"] for r in rows)})
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
            if tally.checked >= min_group:
                entry["median"] = median(tally.histogram)
                for (m, kind), part in summary.month_kinds[name].items():
                    if m == month and part.checked >= min_group:
                        entry["by_kind"][kind] = median(part.histogram)
            points.append(entry)
        months.append({"column": name, "points": points})
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
        "groups": groups, "months": months,
        "repeated": [{"id": i, "rows": n + 1} for i, n in sorted(summary.repeated.items())[:MAX_LISTED_REPEATS]],
        "repeated_total": len(summary.repeated),
        "duplicates": summary.duplicates,
        "notes": [{"code": c, "meaning": NOTES[c], "rows": n, "listed": summary.noted_ids.get(c, [])}
                  for c, n in sorted(summary.noted.items(), key=lambda i: (-i[1], i[0]))],
        "bands": [{"name": n, "label": label} for n, label, _, _ in BANDS],
        "few": FEW, "listed_ids": LISTED_IDS,
    }


def component_labels() -> dict[str, str]:
    """Part name -> its label ("impact" -> "What it means for the child"), read from the checker's
    own output for one worry and one goal, so the labels never drift from the structure rules."""
    from ..api import engine

    labels = {}
    for report in engine().check_many(["Mum hit Leah.", "Mum will walk Leah to school."], ["worry", "goal"]):
        labels.update({c.name: c.label for c in report.components})
    return labels
