"""What every command shares: exit codes, one-line errors, the configuration, the engine, the
input-error loop (with redaction) and writing the output."""
from __future__ import annotations

import os
import sys
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Optional

import typer

from .. import config as config_mod
from ..readers import Draft, InputError, read_all, shown
from ..readers.files import redacted_reason

EXIT_CLEAN, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


def fail(message: str) -> typer.Exit:
    """Print a one-line message and return the usage/input exit (raise it)."""
    say(message)
    return typer.Exit(EXIT_INPUT)


def say(message: str) -> None:
    typer.echo(f"sos-lint: {message}", err=True)


def use_color() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def codes(values: Optional[list[str]]) -> list[str]:
    return [c.strip().upper() for v in values or [] for c in v.split(",") if c.strip()]


def load_config(select=None, ignore=None, config_file: Optional[Path] = None) -> config_mod.Config:
    """The one configuration every command reads: --config, else the nearest .sos-lint.toml or
    pyproject.toml, with --select/--ignore on top. A code that matches no rule is a usage error."""
    try:
        base = config_mod.from_file(config_file) if config_file is not None else config_mod.discover()
    except config_mod.ConfigError as error:
        raise fail(f"configuration: {error}")
    for warning in base.warnings:
        say(f"warning: {warning}")
    from ..checks import all_rules

    known = [rule.code for rule in all_rules()]
    given = [(code, "--select/--ignore") for code in codes(select) + codes(ignore)]
    given += [(code, base.source or "the configuration") for code in base.select + base.ignore]
    for code, where in given:
        if not any(k.startswith(code) for k in known):
            raise fail(f"unknown rule code {shown(code)!r} in {where}; it matches no rule (`sos-lint rules` lists them)")
    return base.with_overrides(codes(select), codes(ignore))


def given_roles(child_name: Optional[str], pairs: Optional[list[str]]) -> dict[str, str]:
    """The names given with --name ROLE=NAME (repeated) and --child-name, as a role -> name mapping
    ("mother" -> "Mum", "child" -> "Leah"); a pair that is not ROLE=NAME is a usage error."""
    names: dict[str, str] = {}
    for pair in pairs or []:
        role, sep, name = pair.partition("=")
        if not sep or not role.strip() or not name.strip():
            raise fail(f"--name wants ROLE=NAME (for example mother=Mum), not {pair!r}")
        names[role.strip().lower()] = name.strip()
    if child_name and child_name.strip():
        names["child"] = child_name.strip()
    return names


def with_names(cfg: config_mod.Config, names: dict[str, str]) -> config_mod.Config:
    """Round 37 (r37d): the configuration with the names given on the command line read as its
    [names] table is ("child" = the child; any other role an adult), on top of the table's own;
    a role given both ways takes the command line's name. A child's name may hold several
    children ("Leah and Ava", "Leah, Ava"), each read as a child of its own, as on the page."""
    if not names:
        return cfg
    from ..config import given_names

    given = given_names(names)
    kept = tuple(pair for pair in cfg.names if pair[0] not in {role for role, _ in given})
    return replace(cfg, names=kept + tuple(p for p in given if p not in kept))


def make_engine(cfg, spacy_model: Optional[str]):
    """The shared engine, or a one-line error naming the spaCy pipeline to install."""
    from ..api import engine
    from ..nlp import ModelNotFound

    try:
        return engine(cfg, spacy_model)
    except ModelNotFound as error:
        raise fail(str(error))
    except Exception as error:  # a broken or foreign pipeline: still one line, never a traceback
        raise fail(f"the spaCy pipeline {shown(str(spacy_model))!r} could not be loaded "
                   f"({type(error).__name__}); leave out --spacy-model to use the default")


@dataclass
class Inputs:
    """The drafts that could be read and one line for each input that could not."""

    drafts: list[Draft] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    redacted: Optional[dict] = None  # counts by type after redact(), never the values
    author_key: dict = field(default_factory=dict)  # "Author N" -> the author as given (redacted compare)
    # Round 33 (D#9): what happened to each input, in order, for the JSON's "files" list: a nightly
    # job reads this rather than one exit code. source -> {"source", "status", ...}
    files: dict = field(default_factory=dict)

    def file_list(self) -> list[dict]:
        return list(self.files.values())


def read_inputs(paths: list[str], redact: bool = False, **reader_options) -> Inputs:
    """The one input-error loop: each error is printed at once and kept for the report. With
    `redact`, an input is only ever "draft N" (N counts every input, read or not)."""
    from ..render.json import file_entry

    found = Inputs()
    for number, item in enumerate(read_all(list(paths), **reader_options), 1):
        if isinstance(item, InputError):
            message = str(item)
            if redact:  # why, in the readers' own words, never the name (round 33: "is empty" was lost)
                reason = redacted_reason(message)
                message = f"draft {number} could not be read" + (f": {reason}" if reason else "")
            found.errors.append(message)
            say(message)
            where = f"draft {number}" if redact else (message.split(": ", 1)[0] if ": " in message else message)
            found.files[f"\0{number}"] = {**file_entry(where, []), "status": "unreadable", "message": message}
        else:
            draft = replace(item, source=f"draft {number}") if redact else item
            found.drafts.append(draft)
            found.files.setdefault(draft.source, {**file_entry(draft.source, []), "status": "read"})
    return found


def check_drafts(engine, inputs: Inputs, kind: Optional[str]) -> list:
    """(draft, reports) for each draft that reads as an English statement; the others become one
    line each in inputs.errors, never a score."""
    from ..gate import reason as refusal
    from ..render.json import file_entry
    from ..language import not_english

    out = []
    for draft in inputs.drafts:
        reason = refusal(draft.text)  # the one gate the library, the API and audit use too
        wanted = kind if kind is not None else getattr(draft, "kind", None)  # --kind, else the row's kind column
        reports = [] if reason else engine.check_document(draft.text, wanted, draft.source)
        if not reason and not reports:
            reason = "has headings but no statement under them; there is nothing to check"
        entry = inputs.files.setdefault(draft.source, {"source": draft.source})
        if reason:
            _refuse(inputs, f"{draft.source}: {reason}")
            entry.update(file_entry(draft.source, [], [f"{draft.source}: {reason}"]))
            continue
        kept, refused = [], []
        for report in reports:  # one statement of a draft may be in another language
            part_reason = not_english(report.text)
            if part_reason:
                refused.append(f"{draft.source}:{report.line}: {part_reason}")
                _refuse(inputs, refused[-1])
            else:
                kept.append(report)
        entry.update(file_entry(draft.source, kept, refused))
        skipped = _left_out(draft)
        if skipped and kept:  # round 36 (W#2): what a pasted plan held besides its statements, said
            entry["not_checked"] = skipped
            say(f"{draft.source}: not checked: {'; '.join(skipped)}")
        if kept:
            out.append((draft, kept))
    return out


def _left_out(draft: Draft) -> list[str]:
    """What of a plain-text draft is not a statement and was left out (front matter, other sections,
    a table, sign-off lines), by line; [] for a Word plan (its reader picks the statements itself)."""
    from .. import cleaning, sections

    if str(draft.path or draft.source).lower().endswith((".docx", ".doc")):
        return []
    try:
        return sections.left_out(cleaning.clean(draft.text).text)
    except cleaning.BrokenText:
        return []


def _refuse(inputs, message: str) -> None:
    inputs.errors.append(message)
    say(message)


def distinct_authors(drafts: list[Draft]) -> list[Draft]:
    """Two files with the same author name (a/sam.txt, b/sam.txt) get distinct labels,
    "sam (a/)" and "sam (b/)"; rows of one table keep theirs."""
    origins: dict[str, set] = {}
    for draft in drafts:
        origins.setdefault(draft.author, set()).add(_origin(draft))
    out = []
    for draft in drafts:
        if len(origins[draft.author]) > 1 and draft.path:
            parent = Path(draft.path).parent.name
            twins = [d for d in drafts if d.author == draft.author and d.path and Path(d.path).parent.name == parent]
            label = f"{parent}/" if parent and len(twins) == 1 else shown(Path(draft.path).name)
            draft = replace(draft, author=f"{draft.author} ({shown(label)})")
        out.append(draft)
    return out


def _origin(draft: Draft) -> str:
    return draft.source.rsplit(" row ", 1)[0] if " row " in draft.source and not draft.path else draft.source


def redact_drafts(inputs: Inputs, nlp, cfg, authors: bool = False, known: Optional[dict] = None) -> dict:
    """Find what to redact in every draft with one Redactor, so "Noah" is "Child A" in all of them.
    The drafts are still CHECKED as written, with the author's configuration, so the group is told
    the author's judgement; `redacted_reports` then redacts everything shown (the text, each
    finding's span, message and suggestion, the parts' words). With `authors`, each author becomes
    "Author N" (`known`, author -> "Author N" read from an earlier run's key, keeps those numbers).
    Returns each draft's mask by its source ("draft N")."""
    from ..redact import ALL_TYPES, TYPE_WORDS, Redactor
    from ..redaction.reports import configured_words, mask

    redactor, counts, drafts, masks = Redactor(nlp, cfg.names), Counter(), [], {}
    labels = shuffled_author_labels([d.author for d in inputs.drafts], known=known) if authors else {}
    configured = configured_words(cfg.names)
    redactor.learn(draft.text for draft in inputs.drafts)  # one person, one placeholder in every draft
    for draft in inputs.drafts:
        found = mask(redactor, draft.text, configured)
        counts.update(kind for _, _, kind, _ in found.spans)
        author = labels[draft.author] if authors else draft.source
        draft = replace(draft, author=author, path=None, writable=False)
        masks[draft.source] = found
        drafts.append(draft)
    if authors:  # listed and numbered by their new number, so neither a draft's place in the report
        # nor its "draft N" (once the order of the file names) gives its file away
        drafts.sort(key=lambda d: int(d.author.rsplit(" ", 1)[-1]))
        old_masks, masks = masks, {}
        for number, draft in enumerate(drafts, 1):
            masks[f"draft {number}"] = old_masks[draft.source]
            drafts[number - 1] = replace(draft, source=f"draft {number}")
        inputs.author_key = {label: author for author, label in labels.items()}
    inputs.drafts, inputs.redacted = drafts, {t: counts[t] for t in ALL_TYPES if counts[t]}
    summary = ", ".join(f"{counts[t]} {TYPE_WORDS.get(t, (t, t + 's'))[counts[t] != 1]}"
                        for t in ALL_TYPES if counts.get(t)) or "nothing"
    typer.echo(f"Redacted: {summary}.", err=True)
    return masks


def shuffled_author_labels(authors: list[str], rng=None, known: Optional[dict] = None) -> dict[str, str]:
    """Each distinct author -> "Author N", the numbers in a fresh random order each run: numbered in
    the order of the file names, anyone who knows who brought which file could undo the redaction.
    Round 33 (a team manager's trial): `known` (author -> "Author N", from an earlier run's
    --author-key file) keeps those authors' numbers, so the projected report and the handout made a
    minute later agree; any new author gets a random number no one else holds."""
    import random

    distinct = list(dict.fromkeys(authors))
    kept = {a: label for a, label in (known or {}).items() if a in distinct}
    taken = {int(label.rsplit(" ", 1)[-1]) for label in kept.values()}
    new = [a for a in distinct if a not in kept]
    numbers = [n for n in range(1, len(distinct) + len(taken) + 1) if n not in taken][:len(new)]
    (rng or random.SystemRandom()).shuffle(numbers)
    return {author: kept.get(author) or f"Author {numbers[new.index(author)]}" for author in distinct}


def redacted_reports(by_draft: list, masks: dict) -> list:
    """(draft, reports) as the group sees them: the redacted text and reports, the same judgement."""
    out = []
    for draft, reports in by_draft:
        found = masks[draft.source]
        out.append((replace(draft, text=found.redacted), [found.report(r) for r in reports]))
    return out


def refuse_output_over_input(output: Optional[Path], paths: list[str], redact: bool = False) -> None:
    """--output naming one of the drafts would overwrite it with the report. With --redact the message
    names no file (round 40: the draft's own name, "Tobias_Pike_worry.txt", was printed)."""
    if output is None:
        return
    from ..readers import READERS
    from ..readers.files import expand

    try:
        target = os.path.realpath(output)
    except (OSError, ValueError):
        return
    for source in expand(list(paths), tuple(READERS)):
        if not isinstance(source, InputError) and source.path != "-" and os.path.realpath(source.path) == target:
            raise fail("--output is one of the drafts; choose another file for the report" if redact else
                       f"--output {shown(str(output))} is one of the drafts; choose another file for the report")


def emit(rendered: str, output: Optional[Path], what: str = "Report", redact: bool = False) -> None:
    """Write to the screen, or to the file the user asked for, atomically: nowhere else. With
    --redact (round 40) the messages name no file: a report's name may carry the family's."""
    if output is None:
        sys.stdout.write(rendered)
        return
    from ..writeback import write_text

    try:
        if output.exists() and not output.is_file() and not output.is_dir():  # /dev/stdout, a pipe: no rename
            with open(output, "w", encoding="utf-8") as stream:
                stream.write(rendered)
            return
        write_text(output, rendered, "utf-8")
    except OSError as error:
        raise fail(f"cannot write {'the --output file' if redact else shown(str(output))}: {error.strerror or error}")
    typer.echo(f"{what} written to the --output file" if redact else f"{what} written to {shown(str(output))}", err=True)
