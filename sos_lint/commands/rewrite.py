"""`sos-lint rewrite`: print a plainer draft, laid out in the house style. spaCy loads only when it runs."""
from __future__ import annotations

import sys
from typing import List, Optional

import typer

from .common import EXIT_CLEAN, fail, load_config, make_engine, read_inputs
from .options import ConfigOption, Kind, KindOption, SpacyModelOption, kind_value


def _names(child_name: Optional[str], pairs: Optional[List[str]]) -> dict[str, str]:
    names: dict[str, str] = {}
    for pair in pairs or []:
        role, sep, name = pair.partition("=")
        if not sep or not role.strip() or not name.strip():
            raise fail(f"--name wants ROLE=NAME (for example mother=Mum), not {pair!r}")
        names[role.strip().lower()] = name.strip()
    if child_name:
        names["child"] = child_name.strip()
    return names


def command(
    path: str = typer.Argument(..., help="The draft to rewrite; '-' reads standard input."),
    kind: KindOption = Kind.auto,
    child_name: Optional[str] = typer.Option(None, "--child-name", help="The child's name, used for \"the child\"."),
    name: Optional[List[str]] = typer.Option(None, "--name", help="ROLE=NAME, e.g. mother=Mum or baby=Rio; repeat it."),
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
    summary = f"{len(result.changes)} change(s)"
    if result.placeholders:
        summary += f", {len(result.placeholders)} [question(s)] for you to answer"
    typer.echo(f"sos-lint: {summary}.", err=True)
    raise typer.Exit(EXIT_CLEAN)
