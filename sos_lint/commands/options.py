"""The options several commands share, declared once. The --format choices come from the renderer tables."""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, List, Optional

import typer

from ..findings import KINDS
from ..render import TABLES

Kind = Enum("Kind", {name: name for name in (*KINDS, "auto")}, type=str)


def format_choices(command: str) -> type[Enum]:
    """An Enum of the formats the command's renderer table holds: the CLI's --format choices."""
    return Enum(f"{command.title()}Format", {name: name for name in TABLES[command]}, type=str)


def kind_value(kind) -> Optional[str]:
    """None for auto (headings, then the wording, decide), else "worry" or "goal"."""
    value = getattr(kind, "value", kind)
    return None if value in (None, "auto") else value


KindOption = Annotated[Kind, typer.Option("--kind", "-k", help="worry, goal, or auto (headings still win).")]
ConfigOption = Annotated[Optional[Path], typer.Option("--config", help="Read settings from this TOML file.")]
SpacyModelOption = Annotated[Optional[str], typer.Option(
    "--spacy-model", help="spaCy pipeline to load (default: en_core_web_sm).")]
RedactOption = Annotated[bool, typer.Option(
    "--redact", help="Replace names, places, dates, phone numbers, emails and schools with placeholders "
                     "in everything shown, and call files and authors 'draft N', so the report can be "
                     "shared. The draft is still checked as written, so the scores are the author's.")]
OutputOption = Annotated[Optional[Path], typer.Option(
    "--output", "-o", help="Write to this file instead of the screen (never one of the drafts).")]
SelectOption = Annotated[Optional[List[str]], typer.Option(
    "--select", help="Show (and fix) only the findings of these rule codes or prefixes (SOS1, SOS202). "
                     "Scores and --fail-under still count every rule.")]
IgnoreOption = Annotated[Optional[List[str]], typer.Option(
    "--ignore", help="Do not show (or fix) the findings of these rule codes or prefixes. "
                     "Scores and --fail-under still count every rule.")]
AuthorColumnOption = Annotated[str, typer.Option("--author-column", help="CSV/JSONL column with the author.")]
TextColumnOption = Annotated[str, typer.Option("--text-column", help="CSV/JSONL column with the draft.")]
# Round 37 (r37d): who is who, told by the practitioner: `check` and `rewrite` take the same two options.
ChildNameOption = Annotated[Optional[str], typer.Option(
    "--child-name", help="The child's name, used for \"the child\".")]
NameOption = Annotated[Optional[List[str]], typer.Option(
    "--name", help="ROLE=NAME, e.g. mother=Mum or baby=Rio; repeat it.")]
