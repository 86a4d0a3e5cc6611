"""The public Python API: check, check_many and check_document, with one engine per configuration."""
from __future__ import annotations

from typing import Sequence

from .config import Config
from .report import Report

_engines: dict = {}


def engine(config: Config | None = None, spacy_model: str | None = None):
    """The shared Engine for this configuration, built on first use (loading spaCy takes a second)."""
    from .engine import Engine

    key = (config or Config(), spacy_model)
    if key not in _engines:
        _engines[key] = Engine(key[0], spacy_model)
    return _engines[key]


def check(text: str, kind: str | None = None, config: Config | None = None) -> Report:
    """Check one statement. `kind` is "worry", "goal" or None to infer it."""
    return check_many([text], kind, config)[0]


def check_many(texts: Sequence[str], kind: str | None = None, config: Config | None = None) -> list[Report]:
    """Check many statements in one batched pass through spaCy (`nlp.pipe`)."""
    texts = list(texts)
    for text in texts:
        if not isinstance(text, str) or not text.strip():
            raise ValueError("each statement must be a non-empty string")
    return engine(config).check_many(texts, [kind] * len(texts))


def check_document(text: str, kind: str | None = None, config: Config | None = None,
                   source: str | None = None) -> list[Report]:
    """Check a draft that may hold several statements under headings."""
    if not text.strip():
        raise ValueError("the draft is empty")
    return engine(config).check_document(text, kind, source)
