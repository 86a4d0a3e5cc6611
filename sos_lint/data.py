"""Finds and reads the package's data folders (rules/ and models/), installed or in a checkout."""
from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """Return the folder `rules` or `models`: inside the wheel, else at the top of the checkout."""
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


@lru_cache(maxsize=None)
def load_toml(name: str) -> dict:
    """Read one TOML file from rules/ (cached: rule data never changes during a run)."""
    with open(data_dir("rules") / name, "rb") as handle:
        return tomllib.load(handle)
