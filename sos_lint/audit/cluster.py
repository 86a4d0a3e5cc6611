"""The same audit on a Dask cluster: partitions are checked on the workers with `check_rows` (each
worker loads spaCy and the model once), results are written as partitioned Parquet, and each
partition's summary is merged into the same report as a local run. Dask schedules; we do not."""
from __future__ import annotations

import csv
import json
import math
import os
import time
from pathlib import Path

from .batch import check_rows, empty_frame
from .local import Outcome
from .readers import ROW, Export, Missing, Unreadable, _text_or_unreadable, allow_long_cells, resolve
from .spec import AuditSpec, SpecError
from .summary import Summary
from .writers import PART, table_of

CSV_BLOCK = "32MB"


def _needs_dask():
    try:
        import dask
        import dask.dataframe as dd
    except ImportError:
        raise SpecError("the cluster audit needs Dask: pip install 'sos-lint[dask]'") from None
    # Keep text as Python strings: Arrow strings cannot hold the undecodable bytes we count as bad rows.
    dask.config.set({"dataframe.convert-string": False})
    return dd


def _warm(spec: AuditSpec) -> None:
    from ..api import engine
    from ..learn import model

    engine(spec.config, spec.spacy_model)
    model.get()


def _finish_partition(results, number: int, output: str | None, spec: AuditSpec) -> Summary:
    """On a worker: write this partition's results as one complete Parquet part (written beside and
    renamed) and return its summary, to be merged in partition order."""
    if output is not None:
        import pyarrow.parquet as pq

        rows = list(_plain_rows(results))
        Path(output).mkdir(parents=True, exist_ok=True)
        target = Path(output) / f"part.{number}.parquet"
        temporary = target.with_name(f".{target.name}.tmp")
        pq.write_table(table_of(rows, spec), temporary)
        os.replace(temporary, target)
    summary = Summary.for_spec(spec)
    summary.add_rows(_plain_rows(results))
    return summary


def _plain_rows(results):
    for row in results.to_dict("records"):
        yield {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items()}


def audit_dataframe(frame, spec: AuditSpec, output: Path | str | None = None):
    """Audit a Dask DataFrame (or Bag of dicts) holding the spec's input columns. Writes partitioned
    Parquet to `output` (a folder) when given; returns the merged Summary and the result frame."""
    import dask
    import dask.bag as db

    spec.validate()
    if isinstance(frame, db.Bag):
        frame = frame.to_dataframe()
    mapping = resolve(spec, [str(c) for c in frame.columns], "the Dask DataFrame")
    frame = frame[list(mapping.values())]
    frame.columns = list(mapping)
    if ROW not in frame.columns:
        frame = frame.assign(**{ROW: 1})
        frame[ROW] = frame[ROW].cumsum()  # row numbers across partitions: "row N" ids as a local run
    results = frame.map_partitions(check_rows, spec, meta=empty_frame(spec))
    if output is not None:
        _fresh_folder(Path(output))
    finish = dask.delayed(_finish_partition)
    where = None if output is None else str(output)
    summary = Summary.for_spec(spec)
    for partial in dask.compute(*(finish(part, i, where, spec) for i, part in enumerate(results.to_delayed()))):
        summary.merge(partial)
    return summary, results


def _fresh_folder(folder: Path) -> None:
    if folder.is_file():
        raise SpecError(f"--output {folder}: is a file; Parquet results are written as a folder of parts")
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        if PART.match(old.name) or old.name.endswith(".tmp"):
            old.unlink()


def read_export(path: str, spec: AuditSpec, encoding: str = "utf-8-sig", blocksize=CSV_BLOCK):
    """The export as a Dask DataFrame of raw cells, read by the workers in blocks (CSV and JSONL
    lines through a Bag, parsed exactly as the local readers parse them)."""
    dd = _needs_dask()
    suffix = Path(path).suffix.lower()
    if not Path(path).exists():
        raise SpecError(f"{path}: no such file")
    if suffix == ".parquet":
        return dd.read_parquet(path)
    if suffix in (".csv", ".jsonl"):
        # Lines are parsed the way the local readers parse them, so bad rows come out the same.
        import dask.bag as db

        export = Export(path, spec, encoding=encoding)
        lines = db.read_text(path, blocksize=blocksize, encoding=encoding if suffix == ".csv" else "utf-8",
                             errors="surrogateescape")
        if suffix == ".csv":
            header = export.columns
            index = {actual: header.index(actual) for actual in export.mapping.values()}
            rows = lines.map(_csv_row, index, header).filter(lambda row: row is not None)
        else:
            rows = lines.filter(lambda line: line.strip()).map(_json_row, export.mapping)
        return rows.to_dataframe(meta={actual: "object" for actual in export.mapping.values()})
    raise SpecError(f"{path}: a cluster audit reads .csv, .jsonl or .parquet (save Excel sheets as CSV)")


def _csv_row(line: str, index: dict[str, int], header: list[str]) -> dict | None:
    """One CSV line as the local reader reads it; None for the header and blank lines."""
    allow_long_cells()
    try:
        record = next(csv.reader([line]), [])
    except csv.Error:
        return {actual: Unreadable() for actual in index}
    if record == header or not any(field.strip() for field in record):
        return None
    return {actual: _text_or_unreadable(record[i]) if i < len(record) else Missing() for actual, i in index.items()}


def _json_row(line: str, mapping: dict[str, str]) -> dict:
    try:
        record = json.loads(line)
    except ValueError:
        record = None
    if not isinstance(record, dict):
        return {actual: Unreadable() for actual in mapping.values()}
    row = {}
    for name, actual in mapping.items():
        value = record.get(actual, Missing())
        row[actual] = Unreadable() if isinstance(value, (dict, list)) else value
    return row


def audit_on_cluster(path: str, spec: AuditSpec, scheduler: str, output: Path | None, *,
                     encoding: str = "utf-8-sig", blocksize=CSV_BLOCK):
    """`sos-lint audit --scheduler tcp://host:8786`: connect, read, audit, and return (Outcome, Summary)."""
    _needs_dask()
    from distributed import Client

    if output is not None and Path(output).suffix.lower() != ".parquet":
        raise SpecError("--scheduler writes partitioned Parquet: name the --output folder results.parquet")
    frame = read_export(path, spec, encoding, blocksize)
    start = time.perf_counter()
    try:
        client = Client(scheduler, timeout="20s")
    except (OSError, TimeoutError) as error:
        raise RuntimeError(f"cannot reach the Dask scheduler at {scheduler} ({error})") from None
    with client:
        client.run(_warm, spec)
        summary, _ = audit_dataframe(frame, spec, output)
    return Outcome(rows=summary.rows, seconds=time.perf_counter() - start), summary
