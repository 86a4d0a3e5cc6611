"""The `sos-lint` command line. Heavy libraries load only inside commands that need them."""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from . import config as config_mod
from .commands.common import EXIT_CLEAN, EXIT_FINDINGS, EXIT_INPUT, emit, fail, make_engine, use_color
from .inputs import InputError, read_all

app = typer.Typer(
    help="Checks Signs of Safety worry statements and safety goals, and suggests plainer wording.",
    add_completion=False, no_args_is_help=True, rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class KindChoice(str, Enum):
    worry = "worry"
    goal = "goal"
    auto = "auto"


class FormatChoice(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"
    html = "html"


def _codes(values: Optional[List[str]]) -> list[str]:
    return [c.strip().upper() for v in values or [] for c in v.split(",") if c.strip()]


def load_config(select, ignore, config_file: Optional[Path] = None) -> config_mod.Config:
    try:
        if config_file is not None:
            table = config_mod._read(config_file)
            table = table.get("tool", {}).get("sos-lint", table)
            base = config_mod.from_mapping(table, str(config_file))
        else:
            base = config_mod.discover()
    except config_mod.ConfigError as error:
        raise fail(f"configuration: {error}")
    from .checks import by_code

    for code in _codes(select) + _codes(ignore):
        if not code.startswith("SOS") or (len(code) == 6 and by_code(code) is None):
            raise fail(f"unknown rule code {code!r}; `sos-lint rules` lists them")
    return base.with_overrides(_codes(select), _codes(ignore))


@app.command()
def check(
    paths: List[str] = typer.Argument(..., help="Draft files or folders to check; '-' reads standard input."),
    kind: KindChoice = typer.Option(KindChoice.auto, "--kind", "-k", help="worry, goal, or auto (headings still win)."),
    fmt: FormatChoice = typer.Option(FormatChoice.text, "--format", "-f", help="Output format."),
    select: Optional[List[str]] = typer.Option(None, "--select", help="Only these rule codes or prefixes (SOS1, SOS202)."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Leave out these rule codes or prefixes."),
    fail_under: Optional[float] = typer.Option(None, "--fail-under", min=0, max=10, help="Exit 1 if any score is under this."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report to this file instead of the screen."),
    config_file: Optional[Path] = typer.Option(None, "--config", help="Read settings from this TOML file."),
    spacy_model: Optional[str] = typer.Option(None, "--spacy-model", help="spaCy pipeline to load (default: en_core_web_sm)."),
    fix: bool = typer.Option(False, "--fix", help="Write the safe word-level fixes back to each file (never the scaffold)."),
    diff: bool = typer.Option(False, "--diff", help="With --fix, show a unified diff instead of writing."),
    redact: bool = typer.Option(False, "--redact", help="Replace names, places, dates, phone numbers, emails and "
                                "schools with placeholders before checking, so the report can be shared."),
) -> None:
    """Check drafts and show what to change. Exit 0: clean, 1: findings, 2: input problem."""
    from .render import render

    cfg = load_config(select, ignore, config_file)
    if fix or diff:
        from .rewrite.cli import fix_files

        raise typer.Exit(fix_files(paths, diff, cfg))
    engine = make_engine(cfg, spacy_model)
    drafts, errors = [], []
    for item in read_all(paths):
        if isinstance(item, InputError):
            errors.append(str(item))
            typer.echo(f"sos-lint: {item}", err=True)
        else:
            drafts.append(item)
    if redact:
        drafts, cfg = _redacted(drafts, engine.nlp, cfg)
        engine = make_engine(cfg, spacy_model)
    wanted = None if kind is KindChoice.auto else kind.value
    reports = [r for item in drafts for r in engine.check_document(item.text, wanted, item.name)]
    emit(render(fmt.value, reports, errors, color=use_color() and output is None), output)
    if errors:
        raise typer.Exit(EXIT_INPUT)
    failing = any(r.findings for r in reports)
    if fail_under is not None:
        failing = any(r.score < fail_under for r in reports)
    raise typer.Exit(EXIT_FINDINGS if failing else EXIT_CLEAN)


def _redacted(drafts, nlp, cfg):
    """Redact before anything is scored; file names become "draft N" (a path can name a family)."""
    from collections import Counter
    from dataclasses import replace

    from .inputs import Draft
    from .redact import Redactor

    redactor, counts = Redactor(nlp, cfg.names), Counter()
    redacted = []
    for number, draft in enumerate(drafts, 1):
        result = redactor.redact(draft.text)
        counts.update(result.counts_by_type)
        redacted.append(Draft(f"draft {number}", result.text))
    summary = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items())) or "nothing"
    typer.echo(f"Redacted: {summary}.", err=True)
    names = cfg.names + tuple(("child", label) for label in redactor.child_placeholders)
    return redacted, replace(cfg, names=names)


@app.command("rules")
def list_rules() -> None:
    """List every rule with its code, name, dimension and severity."""
    from .checks import all_rules

    for rule in all_rules():
        kinds = "" if len(rule.kinds) == 2 else f" [{rule.kinds[0]} only]"
        typer.echo(f"{rule.code}  {rule.name:<28} {rule.dimension:<12} {rule.severity:<8} {rule.summary}{kinds}")


@app.command()
def explain(code: str = typer.Argument(..., help="A rule code such as SOS101, or its name.")) -> None:
    """Print a rule's documentation: what it checks, why it matters, an example and a better version."""
    from .checks import by_code

    rule = by_code(code)
    if rule is None:
        raise fail(f"no rule called {code!r}; `sos-lint rules` lists them")
    typer.echo(rule.documentation(), nl=False)


from .commands.compare import compare as compare_command  # noqa: E402  (imports typer only)
from .rewrite.cli import rewrite_command  # noqa: E402  (imports typer only)

app.command("compare")(compare_command)
app.command("rewrite")(rewrite_command)

from .commands.audit import audit  # noqa: E402  (imports typer only)

app.command("audit")(audit)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
