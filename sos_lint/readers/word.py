"""Reads a Word (.docx) plan as one draft: its worry statements and goals under heading lines,
found in headings, bold lead-in lines and table labels (sos_lint.word.reader does the reading)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

from .files import InputError, Source, check_regular, shown


def read(source: Source, **_options) -> Iterator:
    from ..word import WordError, read_word
    from . import Draft

    if source.path == "-":
        raise InputError("<stdin>: a Word document cannot be read from standard input; name the .docx file")
    check_regular(source.path)
    try:
        draft = read_word(source.path)
    except WordError as error:
        raise InputError(f"{source.shown}: {error}", source.path) from None
    except PermissionError:
        raise InputError(f"{source.shown}: cannot be read (permission denied)", source.path) from None
    # Never written back: `--fix` and `--annotate` write a reviewed copy beside it instead.
    yield Draft(shown(Path(source.path).stem), draft.text, source.shown, False, os.path.realpath(source.path))
