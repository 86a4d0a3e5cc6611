"""What every sub-command shares: exit codes, one-line errors, colour choice, writing the output."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import typer

EXIT_CLEAN, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


def fail(message: str) -> typer.Exit:
    """Print a one-line message and return the usage/input exit (raise it)."""
    typer.echo(f"sos-lint: {message}", err=True)
    return typer.Exit(EXIT_INPUT)


def use_color() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def emit(rendered: str, output: Optional[Path], what: str = "Report") -> None:
    """Write to the screen, or to the file the user asked for: nowhere else."""
    if output is None:
        sys.stdout.write(rendered)
        return
    try:
        output.write_text(rendered, encoding="utf-8")
    except OSError as error:
        raise fail(f"cannot write {output}: {error.strerror or error}")
    typer.echo(f"{what} written to {output}", err=True)


def make_engine(cfg, spacy_model: Optional[str]):
    """The shared engine, or a one-line error naming the spaCy pipeline to install."""
    from ..api import engine
    from ..nlp import ModelNotFound

    try:
        return engine(cfg, spacy_model)
    except ModelNotFound as error:
        raise fail(str(error))
