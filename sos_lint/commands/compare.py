"""`sos-lint compare`: score several practitioners' drafts side by side for group supervision."""
from __future__ import annotations

from collections import Counter
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from .common import EXIT_CLEAN, EXIT_FINDINGS, EXIT_INPUT, emit, fail, make_engine, use_color


class CompareFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"
    html = "html"


class CompareKind(str, Enum):
    worry = "worry"
    goal = "goal"
    auto = "auto"


def compare(
    paths: List[str] = typer.Argument(..., help="Drafts to compare: files, a folder, or one CSV or JSONL file "
                                                "with an author and a text column."),
    fmt: CompareFormat = typer.Option(CompareFormat.text, "--format", "-f", help="Output format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the comparison to this file."),
    redact: bool = typer.Option(False, "--redact", help="Replace names, places, dates, phone numbers, emails and "
                                                        "schools before checking, so the drafts can be shared."),
    author_column: str = typer.Option("author", "--author-column", help="CSV/JSONL column with the author."),
    text_column: str = typer.Option("text", "--text-column", help="CSV/JSONL column with the draft."),
    kind: CompareKind = typer.Option(CompareKind.auto, "--kind", "-k",
                                     help="worry, goal, or auto (headings still win)."),
    config_file: Optional[Path] = typer.Option(None, "--config", help="Read settings from this TOML file."),
    spacy_model: Optional[str] = typer.Option(None, "--spacy-model", help="spaCy pipeline to load."),
) -> None:
    """Compare drafts of the same statement: ranking, scores, best wording and a combined draft.
    Exit 0: clean, 1: findings, 2: input problem."""
    from ..cli import load_config  # inside the body: cli imports this module
    from ..compare import compare as build
    from ..inputs import InputError
    from .compare_inputs import read_drafts

    cfg = load_config(None, None, config_file)
    engine = make_engine(cfg, spacy_model)
    drafts, errors = [], []
    for item in read_drafts(paths, author_column, text_column):
        if isinstance(item, InputError):
            errors.append(str(item))
            typer.echo(f"sos-lint: {item}", err=True)
        else:
            drafts.append(item)
    if len({d.author for d in drafts}) < 2:
        raise fail(f"compare needs at least two drafts that can be read; found {len(drafts)}")
    redacted = None
    if redact:
        drafts, redacted, cfg = redact_drafts(drafts, engine.nlp, cfg)
        engine = make_engine(cfg, spacy_model)
    wanted = None if kind is CompareKind.auto else kind.value
    statements = [(d.author, report) for d in drafts for report in engine.check_document(d.text, wanted, d.source)]
    comparison = build(statements, _spacy_sentences(engine), errors, redacted)
    emit(render(comparison, fmt.value, color=output is None and use_color()), output, "Comparison")
    if errors:
        raise typer.Exit(EXIT_INPUT)
    raise typer.Exit(EXIT_FINDINGS if any(r.findings for r in comparison.reports) else EXIT_CLEAN)


def redact_drafts(drafts, nlp, cfg):
    """Redact every draft with one Redactor, so "Noah" is "Child A" in all of them, before any scoring.
    The children's placeholders join the configured names so the rules know "Child A" is a child's name."""
    from dataclasses import replace

    from ..redact import Redactor

    redactor, counts, redacted = Redactor(nlp, cfg.names), Counter(), []
    for draft in drafts:
        result = redactor.redact(draft.text)
        counts.update(result.counts_by_type)
        # The file path can name the family too, so the author stands in for it.
        redacted.append(replace(draft, text=result.text, source=draft.author))
    names = cfg.names + tuple(("child", label) for label in redactor.child_placeholders)
    return redacted, dict(counts), replace(cfg, names=names)


def render(comparison, fmt: str, *, color: bool = False) -> str:
    if fmt == "html":
        from ..render.html import render_comparison
        return render_comparison(comparison)
    if fmt == "markdown":
        from ..render.compare_markdown import render as markdown
        return markdown(comparison)
    if fmt == "json":
        from ..render.compare_markdown import render_json
        return render_json(comparison)
    from ..render.compare_text import render as text
    return text(comparison, color=color)


def _spacy_sentences(engine):
    def split(text: str) -> list[tuple[int, int]]:
        doc = next(iter(engine.parse([text])))
        return [(s.start_char, s.end_char) for s in doc.sents]
    return split


