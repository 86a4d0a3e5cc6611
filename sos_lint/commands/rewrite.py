"""`sos-lint rewrite`: print a plainer draft, laid out in the house style. spaCy loads only when it runs."""
from __future__ import annotations

import re
import sys
from typing import List, Optional

import typer

from .common import EXIT_CLEAN, fail, given_roles, load_config, make_engine, read_inputs
from .options import ChildNameOption, ConfigOption, Kind, KindOption, NameOption, SpacyModelOption, kind_value


def _names(child_name: Optional[str], pairs: Optional[List[str]]) -> dict[str, str]:
    return given_roles(child_name, pairs)  # (the parsing `check` shares: commands.common.given_roles)


def command(
    path: str = typer.Argument(..., help="The draft to rewrite; '-' reads standard input."),
    kind: KindOption = Kind.auto,
    child_name: ChildNameOption = None,
    name: NameOption = None,
    diff: bool = typer.Option(False, "--diff", help="Show a unified diff instead of the rewritten draft."),
    scaffold: bool = typer.Option(True, "--scaffold/--no-scaffold",
                                  help="Lay the draft out in the house style, with [questions] where it is missing something."),
    config_file: ConfigOption = None,
    spacy_model: SpacyModelOption = None,
) -> None:
    """Print a plainer draft: swaps jargon and report words, then lays it out in the house style.
    Names come from --child-name/--name, then the [names] table of the configuration."""
    roles = _names(child_name, name)
    cfg = load_config(None, None, config_file)
    inputs = read_inputs([path])
    if inputs.errors or len(inputs.drafts) != 1:
        raise typer.Exit(2) if inputs.errors else fail(f"{path}: rewrite takes one draft at a time")
    draft = inputs.drafts[0]
    engine = make_engine(cfg, spacy_model)
    from ..rewrite import rewrite_many
    from .check import unified_diff

    result = rewrite_many([draft.text], [kind_value(kind)], roles, cfg, scaffold=scaffold, engine=engine)[0]
    if diff:
        sys.stdout.write(unified_diff(result.original, result.text, draft.source))
    else:
        sys.stdout.write(result.text if result.text.endswith("\n") else result.text + "\n")
    # Round 39 (review39a A#9): counted in words ("5 changes, 1 question"), not "change(s)".
    changes, asked = len(result.changes), len(result.placeholders)
    summary = f"{changes} change{'' if changes == 1 else 's'}"
    if asked:
        summary += f", {asked} question{'' if asked == 1 else 's'} in square brackets for you to answer"
    typer.echo(f"sos-lint: {summary}.", err=True)
    # Round 38 (review37s S#1): what the rewrite read, left or could not change, and why (a draft
    # with no headings read as a worry and a goal; words kept for the writer to decide)
    for note in result.notes:
        kept = re.match(r'"([^"]+)" \(kept\)', note)
        if kept and kept.group(1).lower() not in result.text.lower():
            continue  # a later stage changed the words after all: the note no longer holds
        typer.echo(f"sos-lint: {note}", err=True)
    raise typer.Exit(EXIT_CLEAN)
