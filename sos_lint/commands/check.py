"""`sos-lint check`: check drafts and show what to change; with --fix, write the safe fixes back."""
from __future__ import annotations

import difflib
import sys
from typing import List, Optional

import typer

from .common import (EXIT_CLEAN, EXIT_FINDINGS, EXIT_INPUT, check_drafts, emit, fail, given_roles, load_config,
                     make_engine, read_inputs, redact_drafts, redacted_reports, refuse_output_over_input, say, use_color,
                     with_names)
from ..readers import shown
from .options import (ChildNameOption, ConfigOption, IgnoreOption, Kind, KindOption, NameOption, OutputOption,
                      RedactOption, SelectOption, SpacyModelOption, format_choices, kind_value)

Format = format_choices("check")
FORMAT_ENV = "SOS_LINT_FORMAT"


def _format_from_environment(fixing: bool):
    """Round 39 (review39a A#4): a reader who always wants the plain report (a screen reader reads
    every run) sets SOS_LINT_FORMAT=plain once. An unknown value is ignored; --fix and --diff, which
    write no report, ignore it too; --format on the command line always wins."""
    import os

    value = os.environ.get(FORMAT_ENV, "").strip().lower()
    if fixing or value not in Format.__members__:
        return None
    return Format(value)


def command(
    paths: List[str] = typer.Argument(..., help="Draft files or folders to check; '-' reads standard input."),
    kind: KindOption = Kind.auto,
    fmt: Optional[Format] = typer.Option(None, "--format", "-f", help=(
        "Output format (default: text). 'plain' is the text report for a screen reader or braille display: "
        "words only, with no score bars, arrows or marks, severity said as 'Must change', 'Should change' or "
        "'Worth a look', and each rule's code at the end of its line. Set SOS_LINT_FORMAT=plain to make it "
        "your default.")),
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    fail_under: Optional[float] = typer.Option(None, "--fail-under", min=0, max=10,
                                               help="Exit 1 if any score is under this, 0 if none is, whatever the "
                                                    "findings (2 still wins when an input could not be checked)."),
    output: OutputOption = None,
    config_file: ConfigOption = None,
    spacy_model: SpacyModelOption = None,
    fix: bool = typer.Option(False, "--fix", help="Write the safe word-level fixes of the findings shown back to "
                                                  "each file (never restructuring, never the scaffold), name each "
                                                  "change not written, and exit 1 while findings remain."),
    diff: bool = typer.Option(False, "--diff", help="Preview the safe fixes as a unified diff and write nothing "
                                                    "(with or without --fix); exits as check would."),
    redact: RedactOption = False,
    annotate: bool = typer.Option(False, "--annotate", help="For Word (.docx) plans: write a reviewed copy "
                                  "(plan.reviewed.docx) with a Word comment on each flagged span and a score "
                                  "comment on each statement's heading. The original is never changed."),
    child_name: ChildNameOption = None,
    name: NameOption = None,
) -> None:
    """Check drafts and show what to change. Exit 0: clean, 1: findings, 2: an input could not be
    checked (even when others were: the JSON's "files" says what happened to each).
    Names come from --child-name/--name, then the [names] table of the configuration: the rules
    read who is who with them."""
    if (fix or diff) and (fmt is not None or output is not None or redact):
        raise fail("--fix and --diff work on the drafts themselves, so they cannot be used with --format, "
                   "--output or --redact")
    if annotate and (redact or diff):
        raise fail("--annotate writes a copy of the original document, so it cannot be used with --redact or --diff")
    fmt = fmt or _format_from_environment(fix or diff)
    roles = given_roles(child_name, name)
    refuse_output_over_input(output, paths, redact)
    cfg = with_names(load_config(select, ignore, config_file), roles)
    engine = make_engine(cfg, spacy_model)
    inputs = read_inputs(paths, redact)
    masks = redact_drafts(inputs, engine.nlp, cfg) if redact else None
    by_draft = check_drafts(engine, inputs, kind_value(kind))
    if masks is not None:  # checked as written, shown redacted: the group is told the author's judgement
        by_draft = redacted_reports(by_draft, masks)
    reports = [r for _, found in by_draft for r in found]
    if annotate and not fix:
        status = _reviewed_copies(by_draft, engine, kind_value(kind), fixes=False)
        from ..render import render

        emit(render((fmt or Format.text).value, reports, inputs.errors, color=use_color() and output is None), output,
             redact=redact)
        raise typer.Exit(max(status, _exit(reports, inputs.errors, fail_under)))
    if fix or diff:
        status = _fix(engine, by_draft, kind_value(kind), write=not diff, annotate=annotate,
                      fail_under=fail_under)
        if diff:
            status = max(status, _exit(reports, inputs.errors, fail_under))
        raise typer.Exit(max(status, EXIT_INPUT if inputs.errors else EXIT_CLEAN))
    from ..render import render

    emit(render((fmt or Format.text).value, reports, inputs.errors, color=use_color() and output is None,
                files=inputs.file_list()), output, redact=redact)
    raise typer.Exit(_exit(reports, inputs.errors, fail_under))


def _exit(reports: list, errors: list, fail_under: Optional[float]) -> int:
    if errors:
        return EXIT_INPUT
    if not reports:
        say("nothing was checked")
        return EXIT_INPUT
    if fail_under is not None:
        return EXIT_FINDINGS if any(r.score < fail_under for r in reports) else EXIT_CLEAN
    return EXIT_FINDINGS if any(r.findings for r in reports) else EXIT_CLEAN


def _reviewed_copies(by_draft: list, engine, kind: Optional[str], fixes: bool, comments: bool = True) -> int:
    """For each Word plan, a reviewed copy beside it: comments on the findings (and, with `fixes`,
    the safe fixes written into the copy, each with a comment). Other drafts are left alone."""
    from pathlib import Path

    from ..word.annotate import reviewed_path, write_reviewed
    from .fixing import safe_fixes

    status, words = EXIT_CLEAN, 0
    for draft, reports in by_draft:
        if not (draft.path or "").lower().endswith(".docx"):
            continue
        words += 1
        edits = safe_fixes(engine, draft.text, reports, kind).applied if fixes else ()
        if fixes and not comments and not edits:
            # Round 38 (review37s: "Reviewed copy with 0 fix(es) and 0 comment(s)", an unchanged
            # copy that pushed the next one to plan.reviewed-2.docx): nothing to write, no copy.
            say(f"{draft.source}: nothing was safe to change, so no reviewed copy was written")
            continue
        try:
            notes: list = []
            target, added = write_reviewed(draft.path, reports if comments else [], edits, notes=notes)
        except (OSError, ValueError) as error:
            say(f"{draft.source}: the reviewed copy could not be written ({getattr(error, 'strerror', None) or error}); "
                "the original is unchanged")
            status = EXIT_INPUT
            continue
        unwritten = sum(1 for n in notes if " was not written: " in n)  # round 40 (W#14): counted as written before
        what = f"{len(edits) - unwritten} fix(es) and {added} comment(s)" if fixes else f"{added} comment(s)"
        kept = reviewed_path(Path(draft.path))
        note = (f" ({shown(kept.name)} was already there and is left as it was)"
                if Path(target).name != kept.name else "")
        note += "".join(f"; {n}" for n in notes)
        typer.echo(f"Reviewed copy with {what} written to {shown(str(target))}{note}", err=True)
    if not words:
        say("--annotate writes comments into Word (.docx) plans; none of the drafts given is one")
    return status


def _fix(engine, by_draft: list, kind: Optional[str], write: bool, annotate: bool = False,
         fail_under: Optional[float] = None) -> int:
    """Apply each draft's safe fixes: print a diff, or write the file back atomically. Standard
    input is fixed to standard output. A file found through a link, or with several hard links,
    is only written when it was named directly. Each change not written is named, with why; when
    writing, the text as written is checked again, and the status is 1 while findings remain
    (or a score is under --fail-under), as `check` on the fixed file would say."""
    from ..writeback import write_text
    from .fixing import finding_count, held_back, remaining, safe_fixes

    status = EXIT_CLEAN
    if write and any(_is_word(d) for d, _ in by_draft):
        # The copy carries a comment at each change; with --annotate, the findings' comments too.
        status = _reviewed_copies([(d, r) for d, r in by_draft if _is_word(d)],
                                  engine, kind, fixes=True, comments=annotate)
    left = []
    for draft, reports in by_draft:
        result = safe_fixes(engine, draft.text, reports, kind)
        written = write  # the text the writer now has is the fixed one
        if not write:
            sys.stdout.write(unified_diff(draft.text, result.text, draft.source))
            if result.text == draft.text:
                # Round 39 (review39l, lesser: `--diff` printed nothing at all): say so in one line.
                say(f"{draft.source}: nothing is safe to change, so there is no diff"
                    + ("; `sos-lint check` shows the findings" if any(r.findings for r in reports) else ""))
        elif _is_word(draft):
            pass  # done above: a Word plan is never overwritten; its reviewed copy has the fixes
        elif draft.source == "<stdin>":
            sys.stdout.write(result.text)
        elif result.text != draft.text:
            if not draft.writable or draft.path is None:
                say(f"{draft.source}: not fixed: it was reached through a link or has several hard links; "
                    "name the file itself to fix it")
                status, written = EXIT_INPUT, False
            else:
                try:
                    write_text(draft.path, result.text, draft.encoding)
                except OSError as error:
                    say(f"cannot write {draft.source}: {error.strerror or error}; the file is unchanged")
                    status, written = EXIT_INPUT, False
                else:
                    typer.echo(f"Fixed {len(result.applied)} place(s) in {draft.source}", err=True)
        elif draft.path is not None and any(r.findings for r in reports):
            # round 38: findings, but none with a safe fix (a clean draft stays silent, as before)
            say(f"{draft.source}: nothing was safe to change, so the file was not written")
        after = remaining(engine, draft.text, reports, result, kind, draft.source) if written else reports
        left += after
        if not written and write:
            continue  # the file is as it was: `check` shows its findings
        lines = held_back(draft.text, result, after if not _is_word(draft) else reports, written and not _is_word(draft),
                          word=_is_word(draft))  # round 34 (D#10): a Word plan's places in Word's terms
        if lines:
            held = sum(1 for line in lines if "» -> \"" in line)  # round 34: a Word place starts with words
            if write:
                said = "change was" if held == 1 else "changes were"
                say(f"{draft.source}: {held} {said} not written:")
            else:
                # Round 41 (review41m): "nothing is safe to change, so there is no diff" and then "5 changes
                # were not written" read as a contradiction; with --diff nothing is written at all.
                said = "change needs" if held == 1 else "changes need"
                say(f"{draft.source}: {held} {said} your judgement, so {'it is' if held == 1 else 'they are'} not in the diff"
                    f" (--fix would not write {'it' if held == 1 else 'them'}):")
            for line in lines:
                typer.echo(f"  {line}", err=True)
        count = finding_count(after)
        if write and count:
            copied = _is_word(draft) and (annotate or bool(result.applied))  # no copy when nothing changed
            where = " in the reviewed copy" if copied else ""
            say(f"{draft.source}: {count} finding{'s' if count != 1 else ''} remain{'s' if count == 1 else ''}"
                f"{where}; `sos-lint check` shows them")
    if write and left:
        if fail_under is not None:
            found = any(r.score < fail_under for r in left)
        else:
            found = any(r.findings for r in left)
        status = max(status, EXIT_FINDINGS if found else EXIT_CLEAN)
    return status


def _is_word(draft) -> bool:
    return (draft.path or "").lower().endswith(".docx")


def unified_diff(before: str, after: str, name: str) -> str:
    lines = difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                 fromfile=f"a/{name}", tofile=f"b/{name}")
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)
