"""The `sos-lint rewrite` command and `sos-lint check --fix`. spaCy loads only when they run."""
from __future__ import annotations

import sys
from typing import List, Optional

import typer

EXIT_OK, EXIT_INPUT = 0, 2
_KINDS = ("worry", "goal", "auto")


def _names(child_name: Optional[str], pairs: Optional[List[str]]) -> dict[str, str]:
    names: dict[str, str] = {}
    for pair in pairs or []:
        role, sep, name = pair.partition("=")
        if not sep or not role.strip() or not name.strip():
            typer.echo(f"sos-lint: --name wants ROLE=NAME (for example mother=Mum), not {pair!r}", err=True)
            raise typer.Exit(EXIT_INPUT)
        names[role.strip().lower()] = name.strip()
    if child_name:
        names["child"] = child_name.strip()
    return names


def rewrite_command(
    path: str = typer.Argument(..., help="The draft to rewrite; '-' reads standard input."),
    kind: str = typer.Option("auto", "--kind", "-k", help="worry, goal, or auto (headings still win)."),
    child_name: Optional[str] = typer.Option(None, "--child-name", help="The child's name, used for \"the child\"."),
    name: Optional[List[str]] = typer.Option(None, "--name", help="ROLE=NAME, e.g. mother=Mum or baby=Rio; repeat it."),
    diff: bool = typer.Option(False, "--diff", help="Show a unified diff instead of the rewritten draft."),
    scaffold: bool = typer.Option(True, "--scaffold/--no-scaffold",
                                  help="Lay the draft out in the house style, with [questions] where it is missing something."),
) -> None:
    """Print a plainer draft: swaps jargon and report words, then lays it out in the house style."""
    from ..inputs import InputError, read_path, read_stdin

    if kind not in _KINDS:
        typer.echo(f"sos-lint: --kind must be worry, goal or auto, not {kind!r}", err=True)
        raise typer.Exit(EXIT_INPUT)
    roles = _names(child_name, name)
    try:
        draft = read_stdin() if path == "-" else read_path(path)
    except InputError as error:
        typer.echo(f"sos-lint: {error}", err=True)
        raise typer.Exit(EXIT_INPUT)
    from . import rewrite

    result = rewrite(draft.text, None if kind == "auto" else kind, roles, scaffold=scaffold)
    if diff:
        sys.stdout.write(result.diff(draft.name))
    else:
        sys.stdout.write(result.text if result.text.endswith("\n") else result.text + "\n")
    summary = f"{len(result.changes)} change(s)"
    if result.placeholders:
        summary += f", {len(result.placeholders)} [question(s)] for you to answer"
    typer.echo(f"sos-lint: {summary}.", err=True)


def fix_files(paths: List[str], diff: bool = False, config=None, names: Optional[dict] = None) -> int:
    """`sos-lint check --fix`: write the safe word-level fixes back to each draft (never the
    scaffold's questions), or with `diff` print them as a unified diff and write nothing.
    Standard input ('-') is fixed to standard output. Returns the exit status: 0, or 2 when an
    input could not be read."""
    from ..inputs import InputError, read_all
    from . import rewrite_many

    status = EXIT_OK
    drafts = []
    for item in read_all(list(paths)):
        if isinstance(item, InputError):
            typer.echo(f"sos-lint: {item}", err=True)
            status = EXIT_INPUT
        else:
            drafts.append(item)
    results = rewrite_many([d.text for d in drafts], None, names, config, safe_only=True) if drafts else []
    for draft, result in zip(drafts, results):
        if diff:
            sys.stdout.write(result.diff(draft.name))
            continue
        if draft.name == "<stdin>":
            sys.stdout.write(result.text)
            continue
        if not result.changed:
            continue
        try:
            with open(draft.name, "w", encoding="utf-8", newline="") as handle:
                handle.write(result.text)
        except OSError as error:
            typer.echo(f"sos-lint: cannot write {draft.name}: {error.strerror or error}", err=True)
            status = EXIT_INPUT
            continue
        typer.echo(f"Fixed {len(result.changes)} place(s) in {draft.name}", err=True)
    return status
