"""Audit whole exports of a case system: read rows in a stream, check them in batches, write one
result row per statement and a summary report. `check_rows` is the one batch contract that the
local process pool and Dask's `map_partitions` both call."""
from __future__ import annotations

from .batch import check_rows
from .spec import AuditSpec, GroupBy, SpecError, parse_group_by

__all__ = ["AuditSpec", "GroupBy", "SpecError", "check_rows", "parse_group_by"]
