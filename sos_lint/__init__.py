"""sos_lint: checks Signs of Safety worry statements and safety goals, and scores them 0-10.

Importing this package is cheap: spaCy and scikit-learn load on the first check.
"""
from __future__ import annotations

from .api import check, check_document, check_many
from .config import Config
from .findings import DIMENSIONS, Finding
from .report import Component, Report
from .rewrite import Rewrite
from .api import rewrite  # after .rewrite: the name is the checked function, not the subpackage

__version__ = "0.1.0"
__all__ = ["check", "check_many", "check_document", "rewrite", "Rewrite", "Config", "Finding", "Report", "Component",
           "DIMENSIONS", "__version__"]
