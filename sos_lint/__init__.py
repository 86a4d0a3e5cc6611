"""sos_lint: checks Signs of Safety worry statements and safety goals, and scores them 0-10.

Importing this package is cheap: the public names below load on first use (so `sos-lint --help`
imports none of the rules, the people analysis or the rewriter), and spaCy and scikit-learn load
on the first check.
"""
from __future__ import annotations

import sys
import types
from importlib import import_module

__version__ = "0.1.0"
__all__ = ["check", "check_many", "check_document", "rewrite", "Rewrite", "Config", "Finding", "Report", "Component",
           "NotAStatement", "DIMENSIONS", "__version__"]

# public name -> the module that defines it
_WHERE = {"check": "api", "check_many": "api", "check_document": "api", "rewrite": "api", "Rewrite": "rewrite",
          "Config": "config", "Finding": "findings", "DIMENSIONS": "findings", "Report": "report",
          "Component": "report", "NotAStatement": "gate"}


def _public(name: str):
    return getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)


class _Package(types.ModuleType):
    """`sos_lint.rewrite` is the checked function (api.rewrite), never the subpackage of the same
    name: importing the subpackage sets the package's attribute, which is ignored here."""

    @property
    def rewrite(self):
        return _public("rewrite")

    @rewrite.setter
    def rewrite(self, value) -> None:
        if not isinstance(value, types.ModuleType):
            raise AttributeError("sos_lint.rewrite is the rewrite function and cannot be replaced")


def __getattr__(name: str):
    if name in _WHERE:
        value = _public(name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


sys.modules[__name__].__class__ = _Package
