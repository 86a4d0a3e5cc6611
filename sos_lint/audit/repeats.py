"""Round 34 (review34q Q#2): a row whose case (or group), kind label and cleaned text repeat an
earlier row's is the same statement exported twice. It is checked and keeps its score, but its
status becomes "duplicate", so the summary counts it once and lists it, whatever its own id. Only
with a case column: without one, the same text in one group may be a template pasted into several
families' plans, so it is counted and only noted."""
from __future__ import annotations

from .spec import CHECKED, DUPLICATE

MAX_TRACKED = 2_000_000  # digests remembered (12 bytes each); beyond this repeats are not looked for


class Repeats:
    """Marks repeated statements in result rows, in the order they are written."""

    def __init__(self, spec=None) -> None:
        self.first: dict[str, str] = {}  # text digest -> id of the first row with it
        self.by_case = bool(spec is not None and spec.case_column)
        same = ([spec.case_column] if spec is not None and spec.case_column else []) + \
            (list(spec.group_names) if spec is not None else [])
        self.same = ", ".join(same) + " and text" if same else "text"

    def mark(self, rows: list[dict]) -> list[dict]:
        for row in rows:
            key = row.pop("_key", None)
            if key is None or row.get("status") != CHECKED:
                continue
            first = self.first.get(key)
            if first is None:
                if len(self.first) < MAX_TRACKED:
                    self.first[key] = str(row.get("id"))
                continue
            if self.by_case:
                row["status"] = DUPLICATE
                note = f"duplicate: the same {self.same} as {first}, counted once"
            else:  # without a case column a template pasted into two families' plans looks the same
                note = (f"repeated-text: the same {self.same} as {first}; counted, as nothing says it is the "
                        "same case (give --case-column to count one case's repeated statement once)")
            row["notes"] = "; ".join(n for n in (note, row.get("notes") or "") if n)
        return rows
