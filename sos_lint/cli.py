"""The `sos-lint` command line: every command registered from one table. Heavy libraries load
only inside the commands that need them.

To add a command, write sos_lint/commands/<name>.py with a `command` function and add one line
to COMMANDS.
"""
from __future__ import annotations

from importlib import import_module

import typer

app = typer.Typer(
    help="Checks Signs of Safety worry statements and safety goals, and suggests plainer wording.",
    add_completion=False, no_args_is_help=True, rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

# name -> module in sos_lint/commands (each imports only typer and the shared options at the top).
COMMANDS: dict[str, str] = {
    "check": "check",
    "rewrite": "rewrite",
    "compare": "compare",
    "rules": "rules",
    "explain": "explain",
    "serve": "serve",
    "audit": "audit",
}

def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"sos-lint {__version__}")
        raise typer.Exit()


@app.callback()
def _options(version: bool = typer.Option(False, "--version", is_eager=True, callback=_version,
                                          help="Print the version and stop.")) -> None:
    """Round 41 (review41a P#10): `sos-lint --version`, so an audit's figures can be tied to a release."""


for _name, _module in COMMANDS.items():
    app.command(_name)(import_module(f"sos_lint.commands.{_module}").command)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
