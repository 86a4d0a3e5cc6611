"""`sos-lint compare`: score several practitioners' drafts side by side for group supervision."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from .common import (EXIT_CLEAN, EXIT_FINDINGS, EXIT_INPUT, check_drafts, distinct_authors, emit, fail, load_config,
                     make_engine, read_inputs, redact_drafts, redacted_reports, refuse_output_over_input,
                     use_color)
from .options import (AuthorColumnOption, ConfigOption, Kind, KindOption, OutputOption, RedactOption,
                      SpacyModelOption, TextColumnOption, format_choices, kind_value)

Format = format_choices("compare")


def command(
    paths: List[str] = typer.Argument(..., help="Drafts to compare: files, a folder, or one CSV or JSONL file "
                                                "with an author and a text column."),
    fmt: Format = typer.Option(Format.text, "--format", "-f", help="Output format."),
    output: OutputOption = None,
    redact: RedactOption = False,
    author_column: AuthorColumnOption = "author",
    text_column: TextColumnOption = "text",
    kind: KindOption = Kind.auto,
    config_file: ConfigOption = None,
    spacy_model: SpacyModelOption = None,
    author_key: Optional[Path] = typer.Option(
        None, "--author-key", help="With --redact: write which author is \"Author N\" to this file, for the "
                                   "facilitator only (authors are numbered in a new random order each run)."),
) -> None:
    """Compare drafts of the same statement: ranking, scores, best wording and a combined draft.
    Exit 0: clean, 1: findings, 2: input problem."""
    from ..compare import compare as build
    from ..render import renderer

    refuse_output_over_input(output, paths)
    cfg = load_config(None, None, config_file)
    engine = make_engine(cfg, spacy_model)
    inputs = read_inputs(paths, redact, author_column=author_column, text_column=text_column)
    inputs.drafts = distinct_authors(inputs.drafts)
    if len({d.author for d in inputs.drafts}) < 2:
        raise fail(f"compare needs at least two drafts that can be read; found {len(inputs.drafts)}")
    masks = redact_drafts(inputs, engine.nlp, cfg, authors=True) if redact else None
    if author_key is not None:
        _write_author_key(author_key, inputs.author_key, redact, paths, output)
    checked = check_drafts(engine, inputs, kind_value(kind))
    if masks is not None:  # checked as written, shown redacted
        checked = redacted_reports(checked, masks)
    statements = [(draft.author, report) for draft, reports in checked for report in reports]
    comparison = build(statements, _spacy_sentences(engine), inputs.errors, inputs.redacted)
    emit(renderer("compare", fmt.value)(comparison, color=output is None and use_color()), output, "Comparison")
    if inputs.errors:
        raise typer.Exit(EXIT_INPUT)
    raise typer.Exit(EXIT_FINDINGS if any(r.findings for r in comparison.reports) else EXIT_CLEAN)


def _write_author_key(path: Path, key: dict, redact: bool, paths: list[str], output: Optional[Path]) -> None:
    """The one unredacted output of a redacted compare: "Author N<TAB>author" lines, kept apart from
    the report so the report itself can be projected or shared."""
    from ..writeback import write_text

    if not redact:
        raise fail("--author-key goes with --redact (without it the report shows the authors' own names)")
    refuse_output_over_input(path, paths)
    if output is not None and Path(output).resolve() == Path(path).resolve():
        raise fail("--author-key must name a different file from --output")
    lines = [f"{label}\t{key[label]}" for label in sorted(key, key=lambda k: int(k.rsplit(" ", 1)[-1]))]
    try:
        write_text(path, "\n".join(lines) + "\n")
    except OSError as error:
        raise fail(f"cannot write {path}: {error.strerror or error}")


def _spacy_sentences(engine):
    def split(text: str) -> list[tuple[int, int]]:
        doc = next(iter(engine.parse([text])))
        return [(s.start_char, s.end_char) for s in doc.sents]
    return split
