"""`sos-lint compare`: score several practitioners' drafts side by side for group supervision."""
from __future__ import annotations

from typing import List, Optional

import typer

from .common import (EXIT_CLEAN, EXIT_FINDINGS, EXIT_INPUT, check_drafts, distinct_authors, emit, fail, load_config,
                     make_engine, read_inputs, refuse_output_over_input, use_color)
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
    view = _redacted_view(inputs, engine.nlp, cfg) if redact else None
    checked = check_drafts(engine, inputs, kind_value(kind))
    statements = [(draft.author, report) for draft, reports in checked for report in reports]
    comparison = build(statements, _spacy_sentences(engine), inputs.errors, inputs.redacted, view)
    emit(renderer("compare", fmt.value)(comparison, color=output is None and use_color()), output, "Comparison")
    if inputs.errors:
        raise typer.Exit(EXIT_INPUT)
    raise typer.Exit(EXIT_FINDINGS if any(r.findings for r in comparison.reports) else EXIT_CLEAN)


def _redacted_view(inputs, nlp, cfg):
    """Round 31 (review #5): the drafts are judged as written, so a plain and a redacted run rank,
    score and find the same parts (redacting first changed the parts: "Tariq" read as a child,
    a date gone); only what is shown passes through the redaction. One Redactor reads every draft in
    order, so a person has one placeholder in all of them; authors become "Author N"."""
    from collections import Counter
    from dataclasses import replace

    from ..compare import RedactedView
    from ..redact import ALL_TYPES, TYPE_WORDS, Redactor

    redactor, counts, labels, found, drafts = Redactor(nlp, cfg.names), Counter(), {}, {}, []
    for draft in inputs.drafts:
        spans = redactor.find(draft.text)
        counts.update(kind for _, _, kind, _ in spans)
        found[draft.source] = (draft.text, spans)
        author = labels.setdefault(draft.author, f"Author {len(labels) + 1}")
        drafts.append(replace(draft, author=author, path=None, writable=False))
    inputs.drafts, inputs.redacted = drafts, {t: counts[t] for t in ALL_TYPES if counts.get(t)}
    summary = ", ".join(f"{counts[t]} {TYPE_WORDS.get(t, (t, t + 's'))[counts[t] != 1]}"
                        for t in ALL_TYPES if counts.get(t)) or "nothing"
    typer.echo(f"Redacted: {summary}.", err=True)
    return RedactedView(found, redactor)


def _spacy_sentences(engine):
    def split(text: str) -> list[tuple[int, int]]:
        doc = next(iter(engine.parse([text])))
        return [(s.start_char, s.end_char) for s in doc.sents]
    return split
