"""`sos-lint audit`: a quality-assurance pass over a whole export of plans (CSV, Excel, JSONL or
Parquet), on this machine's cores or on a Dask cluster, with per-statement results and a summary."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import List, Optional

import typer

from .common import EXIT_CLEAN, EXIT_FINDINGS, EXIT_INPUT, fail

EXIT_INTERRUPTED = 130  # the shell's code for Ctrl-C


def audit(
    export: Path = typer.Argument(..., help="The export to audit: a .csv, .xlsx, .jsonl or .parquet file."),
    text_column: str = typer.Option("text", "--text-column", help="Column with the statement."),
    kind_column: Optional[str] = typer.Option(None, "--kind-column", help="Column saying worry or goal "
                                              "(default: the kind is worked out from the wording)."),
    id_column: Optional[str] = typer.Option(None, "--id-column", help="Column with a unique id per row "
                                            "(default: the row number, \"row 1\" for the first data row)."),
    group_by: Optional[List[str]] = typer.Option(None, "--group-by", help="A column to group by (team), or "
                                                 "month:COLUMN for the month of a date column. Repeat for more."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Per-statement results: a .csv, .jsonl "
                                          "or .parquet (a folder of parts) name."),
    summary: Optional[Path] = typer.Option(None, "--summary", help="Summary report: a .html or .md name "
                                           "(default: Markdown on the screen when there is no --output)."),
    include_text: bool = typer.Option(False, "--include-text", help="Copy each statement's text into the results."),
    case_column: Optional[str] = typer.Option(None, "--case-column", help="Column with the case or plan reference: "
                                              "a case's text on more than one row is counted once."),
    redact: bool = typer.Option(False, "--redact", help="Write no case references or names: ids become "
                                "\"row N\", a person's name in a group cell is hidden, and no statement text."),
    min_group: int = typer.Option(5, "--min-group", min=1, help="Groups with fewer rows are counted as \"other\"."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes (default: all cores)."),
    resume: bool = typer.Option(False, "--resume", help="Carry on an interrupted audit into the same --output."),
    max_chars: int = typer.Option(5_000, "--max-chars", min=1, help="Longer texts are listed as bad rows "
                                  "(default: the limit `check`, the library and the HTTP API use)."),
    encoding: str = typer.Option("utf-8-sig", "--encoding", help="CSV text encoding (Excel on Windows: cp1252)."),
    sheet: Optional[str] = typer.Option(None, "--sheet", help="Excel sheet to read (default: the first)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Run on a Dask cluster at this address "
                                            "(tcp://host:8786); needs sos-lint[dask] on every worker."),
    config_file: Optional[Path] = typer.Option(None, "--config", help="Read settings from this TOML file."),
    spacy_model: Optional[str] = typer.Option(None, "--spacy-model", help="spaCy pipeline to load."),
    chunk_rows: int = typer.Option(128, "--chunk-rows", min=1, hidden=True, help="Rows per worker task."),
) -> None:
    """Audit a whole export: scores and findings per statement, and a summary by kind, group and month.
    Exit 0: no findings, 1: findings, 2: usage or input problem, or rows left out of the figures (unreadable,
    empty, placeholders, too long: their status and notes say why), 130: stopped (run again with --resume)."""
    from ..audit.spec import AuditSpec, SpecError, parse_group_by
    from .common import load_config

    cfg = load_config(None, None, config_file)

    def hidden(message: str) -> str:
        """Round 41 (review41a P#3): a redacted run's messages name no file (the export's name,
        "Hope_Okonkwo_Foleshill.csv", often carries the family's): redaction.labels.without_paths."""
        if not redact:
            return message
        from ..redaction.labels import without_paths

        message = without_paths(message, [output], "the --output file")
        message = without_paths(message, [summary], "the --summary file")
        return without_paths(message, [export], "the export")

    try:
        spec = AuditSpec(text_column=text_column, kind_column=kind_column, id_column=id_column,
                         group_by=tuple(parse_group_by(g) for g in group_by or ()), max_chars=max_chars,
                         include_text=include_text, config=cfg, spacy_model=spacy_model,
                         case_column=case_column, redact=redact)
        spec.validate()
        if resume and output is None:
            raise SpecError("--resume needs the --output of the run to carry on")
        replaced = output is not None and not resume and output.exists() and \
            (output.is_file() or any(output.iterdir()))
        if scheduler:
            from ..audit.cluster import audit_on_cluster

            outcome, built = audit_on_cluster(str(export), spec, scheduler, output, encoding=encoding)
        else:
            outcome, built = _local(export, spec, output, jobs or os.cpu_count() or 1, resume, encoding, sheet,
                                    chunk_rows, hidden)
        if (summary is not None or output is None) and not outcome.interrupted:
            _write_summary(built, summary, min_group)  # a stopped audit's summary waits for --resume
    except SpecError as error:
        raise fail(hidden(str(error)))
    except RuntimeError as error:  # workers died, or the cluster could not be reached
        raise fail(hidden(f"{error}; the output so far is kept" + ("; run again with --resume" if output else "")))
    except OSError as error:  # round 41 (review41a P#3/P#8): one line, never a traceback naming the files
        raise fail(hidden(f"cannot read or write {error.filename or 'a file'}: {error.strerror or error}"))
    if replaced:  # round 34 (Q smaller): a monthly re-run into last month's file is said, not silent
        typer.echo(hidden(f"{output} already existed: it was replaced by this run's results (to keep last month's, "
                          "give each run its own --output; --resume carries on a stopped run instead)."), err=True)
    _tell(outcome, built, "the --output file" if redact and output is not None else output, summary)
    if outcome.interrupted:
        raise typer.Exit(EXIT_INTERRUPTED)
    if sum(built.bad.values()):  # round 35 (review35i I#4): as `check`, a run that left rows out is never
        raise typer.Exit(EXIT_INPUT)  # mistaken for a clean one (or one with findings only) by a nightly job
    raise typer.Exit(EXIT_FINDINGS if built.findings else EXIT_CLEAN)


def _local(export: Path, spec, output: Optional[Path], jobs: int, resume: bool, encoding: str, sheet,
           chunk_rows: int, hidden=lambda message: message):
    from ..audit import local
    from ..audit.readers import Export
    from ..audit.summary import Summary
    from ..audit.writers import open_results

    source = Export(str(export), spec, encoding=encoding, sheet=sheet)
    if spec.case_column is None:
        from dataclasses import replace

        from ..audit.readers import case_column

        found = case_column(source.columns, [spec.text_column, spec.kind_column or "", *(g.column for g in spec.group_by)])
        if found:  # round 34 (Q#2): a plan exported twice is counted once, and the screen says how
            spec = replace(spec, case_column=found)
            source = Export(str(export), spec, encoding=encoding, sheet=sheet)
    if source.encoding_note:
        typer.echo(hidden(source.encoding_note), err=True)
    if output is not None:
        writer = open_results(output, spec, resume)
    else:
        writer = _Discard()
    built = Summary.for_spec(spec)
    with _Progress(source) as advance:
        def seen(rows: list[dict]) -> None:
            built.add_rows(rows)
            advance(len(rows))
        outcome = local.run(source, spec, writer, jobs=jobs, resume=resume, seen=seen, chunk_rows=chunk_rows)
    return outcome, built


class _Discard:
    """Stands in for the results file when only a summary was asked for."""

    def write(self, rows) -> None:
        pass

    def close(self) -> None:
        pass

    def read(self):
        return iter(())


class _Progress:
    """rich's progress bar (rows done, rows/s, time left) on a terminal; nothing otherwise."""

    def __init__(self, source):
        self.source, self.bar = source, None

    def __enter__(self):
        if not sys.stderr.isatty():
            return lambda n: None
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                                   TimeRemainingColumn)
        from rich.text import Text

        class Speed(ProgressColumn):
            def render(self, task) -> Text:
                return Text(f"{task.speed:.0f} rows/s" if task.speed else "")

        self.bar = Progress(TextColumn("Auditing"), BarColumn(), MofNCompleteColumn(), Speed(),
                            TimeRemainingColumn(), console=Console(stderr=True), transient=True)
        task = self.bar.add_task("audit", total=self.source.count())
        self.bar.start()
        return lambda n: self.bar.advance(task, n)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


def _write_summary(built, summary: Optional[Path], min_group: int) -> None:
    from ..audit.report import render, summary_format, write_atomic

    if summary is None:
        sys.stdout.write(render(built, "markdown", min_group))
        return
    text = render(built, summary_format(summary), min_group)
    try:
        write_atomic(summary, text)
    except OSError as error:
        raise fail(f"cannot write {summary}: {error.strerror or error}")


def unclosed_quote_lines(bad_ids: list[tuple[str, str]]) -> list[str]:
    """One warning per row whose text opens a quote that is never closed, naming the rows caught
    inside it (they follow it in the bad-row list), so no row of the export goes missing unsaid."""
    lines, owner, caught = [], None, []

    def flush():
        if owner is not None:
            after = (f"; the {len(caught)} {'row' if len(caught) == 1 else 'rows'} after it ({', '.join(caught)}) "
                     "could not be split from it") if caught else ""
            named = owner[0].upper() + owner[1:] if owner.startswith("row ") else f"Row {owner}"
            lines.append(f"{named} has an unclosed quote mark (\"), so it was not checked{after}. "
                         "Close the quote in the export and run again.")

    for row, problem in bad_ids:
        if problem == "unclosed-quote":
            flush()
            owner, caught = row, []
        elif problem == "swallowed" and owner is not None:
            caught.append(row)
        else:
            flush()
            owner, caught = None, []
    flush()
    return lines


def _tell(outcome, built, output: Optional[Path], summary: Optional[Path] = None) -> None:
    new = outcome.rows - outcome.resumed
    rate = f", {new / outcome.seconds:.0f} rows/s" if outcome.seconds > 0 and new else ""
    bad = sum(built.bad.values())
    where = "the summary" if summary is not None or output is None else f"the status column of {output}"
    parts = [f"Audited {outcome.rows} {'row' if outcome.rows == 1 else 'rows'} ({new} in this run{rate}); "
             f"{built.checked} {'statement' if built.checked == 1 else 'statements'} checked"]
    if outcome.resumed:
        parts.append(f"{outcome.resumed} carried over from the earlier run")
    if built.duplicates:
        case = f" of the same {built.case_column}" if built.case_column else ""
        parts.append(f"{built.duplicates} {'row repeats' if built.duplicates == 1 else 'rows repeat'} an earlier "
                     f"row's statement{case} and {'was' if built.duplicates == 1 else 'were'} counted once "
                     f"(listed in {where}; --case-column names the case column)")
    if bad:
        parts.append(f"{bad} {'row was' if bad == 1 else 'rows were'} left out of the figures (listed in {where})")
    typer.echo("; ".join(parts) + ".", err=True)
    for line in unclosed_quote_lines(built.bad_ids):
        typer.echo(line, err=True)
    unreadable = built.bad.get("unreadable", 0) + built.bad.get("broken-characters", 0)
    if unreadable:  # round 35 (review35i I#4): the screen says what to try, not only the notes column
        typer.echo(f"{unreadable} {'row' if unreadable == 1 else 'rows'} could not be read as UTF-8 text: an export "
                   "saved by Excel on Windows is often cp1252; run again with --encoding cp1252.", err=True)
    if built.repeated:
        shown = ", ".join(sorted(built.repeated)[:5]) + (", …" if len(built.repeated) > 5 else "")
        typer.echo(f"{len(built.repeated)} {'id is' if len(built.repeated) == 1 else 'ids are'} on more than one row "
                   f"({shown}); every row was checked (listed in {where}).", err=True)
    noted = {code: n for code, n in built.noted.items() if code != "duplicate"}
    if noted:
        from ..audit.summary import NOTES

        typer.echo("Rows to look at (listed in " + where + "): " + "; ".join(
            f"{n} {'row' if n == 1 else 'rows'}: {NOTES[code]}" for code, n in sorted(noted.items())) + ".", err=True)
    if outcome.interrupted:
        again = " with --resume" if output is not None else ""
        typer.echo(f"Stopped. The results written so far are complete rows; run the same command again{again} "
                   "to carry on.", err=True)


command = audit  # the name sos_lint.cli's COMMANDS table registers
