"""The public Python API: check, check_many and check_document, with one engine per configuration."""
from __future__ import annotations

import threading
from typing import Mapping, Sequence

from .config import Config, ConfigError, from_mapping
from .findings import KINDS
from .gate import NotAStatement
from .report import Report

_engines: dict = {}
_lock = threading.Lock()


def engine(config: Config | None = None, spacy_model: str | None = None):
    """The shared Engine for this configuration, built on first use (loading spaCy takes a second).

    Built under a lock: threads that start together get one engine, and an engine is only handed
    out once everything it builds lazily has been built (see Engine.__init__)."""
    from .engine import Engine

    key = (config or Config(), spacy_model)
    engine_ = _engines.get(key)
    if engine_ is None:
        with _lock:
            if key not in _engines:
                _engines[key] = Engine(key[0], spacy_model)
            engine_ = _engines[key]
    return engine_


def checked_text(value, name: str = "text") -> str:
    """`value` if it is a non-empty string; otherwise one clear error naming the argument."""
    if isinstance(value, (bytes, bytearray)):
        raise TypeError(f"{name} must be a str, not bytes: decode it first (for example value.decode('utf-8'))")
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if not value.strip():
        # Round 35 (review35i I#9): the documented NotAStatement (still a ValueError), as for every refusal
        raise NotAStatement(f"{name} is empty: there is no statement to check")
    return value


def checked_kind(value, name: str = "kind") -> str | None:
    """"worry", "goal", or None to infer it; "auto" (as the CLI and API say it) is None."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{name} must be one of {', '.join(map(repr, KINDS))}, 'auto' or None, "
                        f"not {type(value).__name__}")
    if value == "auto":
        return None
    if value not in KINDS:
        raise ValueError(f"{name} must be one of {', '.join(map(repr, KINDS))}, 'auto' or None, not {value!r}")
    return value


def checked_statement(value, name: str = "text", document: bool = False) -> str:
    """`value` if it is a statement sos-lint will score; else NotAStatement with the reason the CLI
    and the HTTP API give (round 33, D#6: one gate for every entry point)."""
    from .gate import reason

    text = checked_text(value, name)
    why = reason(text, document)
    if why:
        raise NotAStatement(f"{name} {why}")
    return text


def checked_config(value, name: str = "config") -> Config | None:
    """A Config, None, or a dict shaped like the `[tool.sos-lint]` table."""
    if value is None or isinstance(value, Config):
        return value
    if isinstance(value, Mapping):
        try:
            return from_mapping(dict(value))
        except ConfigError as error:
            raise ValueError(f"{name}: {error}") from None
    raise TypeError(f"{name} must be a sos_lint.Config, a dict or None, not {type(value).__name__}")


def checked_optional_str(value, name: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{name} must be a str or None, not {type(value).__name__}")
    return value


def check(text: str, kind: str | None = None, config: Config | None = None, *, redact: bool = False) -> Report:
    """Check one statement. `kind` is "worry", "goal", or None or "auto" to infer it.

    The text may be as a web form sends it (HTML, entities, invisible characters, emoji,
    decomposed accents): it is read made plain, and every offset in the report (each finding's
    start and end, the report's offset) is a Unicode code-point index into `text` as given.
    Raises NotAStatement (a ValueError) for a text the CLI and the HTTP API refuse too: an empty
    text, a placeholder ("N/A", "ok", "See previous plan."), another language, only markup or
    numbers, a statement over 5,000 characters.

    With redact=True the statement is checked as written and the report is redacted as
    `sos-lint check --redact` redacts it (the same Redactor): names, dates, places and numbers in
    the text, the findings' words, messages and suggestions become placeholders ("Child A"), and
    the offsets point into the redacted `report.text`."""
    return _checked_batch([text], ["text"], kind, config, "raise", _flag(redact, "redact"))[0]


def check_many(texts: Sequence[str], kind: str | None = None, config: Config | None = None,
               *, errors: str = "raise", redact: bool = False) -> list:
    """Check many statements in one batched pass through spaCy (`nlp.pipe`).

    `kind` is one kind for every text, or a list with one kind (or None) per text, for a batch
    that mixes worries and goals. With errors="raise" (the default) an empty or refused text raises
    NotAStatement (a ValueError) naming it (`texts[1] is empty ...`) and nothing is checked. With
    errors="return" the batch is checked all the same and a refused text's place in the list holds
    its NotAStatement instead of a Report (`isinstance(item, ValueError)`; str() is the reason).
    With redact=True each report is redacted as in `check`; each text is its own record (its own
    placeholders: the first child named in each is "Child A")."""
    if isinstance(texts, (str, bytes, bytearray)) or not hasattr(texts, "__iter__"):
        raise TypeError(f"texts must be a list of str, not {type(texts).__name__}")
    if errors not in ("raise", "return"):
        raise ValueError(f"errors must be 'raise' or 'return', not {errors!r}")
    texts = list(texts)
    if isinstance(kind, (list, tuple)):  # round 35 (review35i I#6): one kind per text
        if len(kind) != len(texts):
            raise ValueError(f"kind has {len(kind)} items but there are {len(texts)} texts: give one kind per text")
        kind = [checked_kind(k, f"kind[{i}]") for i, k in enumerate(kind)]
    return _checked_batch(texts, [f"texts[{i}]" for i in range(len(texts))], kind, config, errors,
                          _flag(redact, "redact"))


def _flag(value, name: str) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, not {type(value).__name__}")
    return value


def _redacted(engine_, config, text: str, reports: list) -> list:
    """`reports` of `text` as `sos-lint check --redact` shows them: one Redactor for this text."""
    from .redact import Redactor
    from .redaction.reports import configured_words, mask

    names = engine_.config.names
    redactor = Redactor(engine_.nlp, names)
    redactor.learn([text])
    found = mask(redactor, text, configured_words(names))
    return [found.report(report) for report in reports]


def _checked_batch(texts: list, names: list[str], kind, config, errors: str, redact: bool = False) -> list:
    kinds_ = list(kind) if isinstance(kind, list) else [checked_kind(kind)] * len(texts)
    config = checked_config(config)
    texts = [checked_text(text, name) if errors == "raise" else text for text, name in zip(texts, names)]
    engine_ = engine(config)  # first: built under the lock, it imports spaCy before the gate reads its word list
    results: list = []
    for text, name in zip(texts, names):
        try:
            results.append(checked_statement(text, name))
        except ValueError as error:
            if errors == "raise":
                raise
            results.append(error)
    todo = [i for i, item in enumerate(results) if isinstance(item, str)]
    for i in todo:
        _warn_if_mixed(results[i], names[i])
    reports = engine_.check_many([results[i] for i in todo], [kinds_[i] for i in todo]) if todo else []
    for i, report in zip(todo, reports):
        results[i] = _redacted(engine_, config, texts[i], [report])[0] if redact else report
    return results


class MixedStatementWarning(UserWarning):
    """A text `check` or `check_many` read as one statement holds a worry and then a goal with no
    heading between them (round 36, review35i I#7: it was scored as one goal and nothing said so)."""


def _warn_if_mixed(text: str, name: str) -> None:
    """Say, as a warning, when `text` reads as a worry and then a goal: `check` still reads it as one
    statement (one Report), and `check_document` checks the two one by one."""
    from . import cleaning, sections

    if sections.worry_then_goal(cleaning.clean(text).text.strip()) is not None:
        import warnings

        warnings.warn(f"{name} reads as a worry statement and then a goal with no heading between them; it was "
                      "checked as one statement: check_document checks them one by one", MixedStatementWarning,
                      stacklevel=4)


def check_document(text: str, kind: str | None = None, config: Config | None = None,
                   source: str | None = None, *, redact: bool = False) -> list[Report]:
    """Check a draft that may hold several statements under headings (offsets as in `check`;
    each report's `offset` is where its statement starts in `text`). With redact=True the reports
    are redacted as in `check` (one Redactor for the draft: a person has one placeholder in all
    its statements), each `offset` and span then pointing into the redacted draft."""
    checked_text(text)
    kind = checked_kind(kind)
    source = checked_optional_str(source, "source")
    redact = _flag(redact, "redact")
    if redact and source is not None:
        # Round 36 (review36g G#2): a file name names the family ("Zainab_Okonkwo-Reyes_plan.docx");
        # a redacted report calls it what `sos-lint check --redact` calls it.
        source = "draft 1"
    engine_ = engine(checked_config(config))  # first: see _checked_batch
    reports = engine_.check_document(checked_statement(text, document=True), kind, source)
    return _redacted(engine_, config, text, reports) if redact else reports


def rewrite(text: str, kind: str | None = None, names: Mapping[str, str] | None = None, config=None,
            scaffold: bool = True):
    """sos_lint.rewrite.rewrite with its arguments checked like check's (one clear error each)."""
    from .rewrite import rewrite as rewrite_one

    if names is not None and (not isinstance(names, Mapping)
                              or not all(isinstance(k, str) and isinstance(v, str) for k, v in names.items())):
        raise TypeError("names must be a dict of role to name, both str (for example {'child': 'Leah'}), "
                        f"not {type(names).__name__}")
    return rewrite_one(checked_text(text), checked_kind(kind), names, checked_config(config), scaffold=scaffold)
