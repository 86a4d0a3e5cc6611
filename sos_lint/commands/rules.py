"""`sos-lint rules`: list every rule. Imports the rule table only, never spaCy."""
from __future__ import annotations

import typer


def command() -> None:
    """List every rule with its code, name, dimension and severity."""
    from ..checks import all_rules

    for rule in all_rules():
        kinds = "" if len(rule.kinds) == 2 else f" [{rule.kinds[0]} only]"
        typer.echo(f"{rule.code}  {rule.name:<28} {rule.dimension:<12} {rule.severity:<8} {rule.summary}{kinds}")
