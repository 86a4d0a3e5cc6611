"""`sos-lint explain CODE`: print one rule's documentation. Imports the rule table only, never spaCy."""
from __future__ import annotations

import typer

from .common import fail


def command(code: str = typer.Argument(..., help="A rule code such as SOS101, or its name.")) -> None:
    """Print a rule's documentation: what it checks, why it matters, an example and a better version."""
    from ..checks import by_code
    from ..readers import shown

    rule = by_code(code)
    if rule is None:
        raise fail(f"no rule called {shown(code)!r}; `sos-lint rules` lists them")
    typer.echo(rule.documentation(), nl=False)
