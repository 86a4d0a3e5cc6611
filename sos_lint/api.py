"""The public Python API: check, check_many and check_document, with one engine per configuration."""
from __future__ import annotations

import threading
from typing import Mapping, Sequence

from .config import Config, ConfigError, from_mapping
from .findings import KINDS
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
        raise ValueError(f"{name} is empty: there is no statement to check")
    return value


def checked_kind(value, name: str = "kind") -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{name} must be one of {', '.join(map(repr, KINDS))} or None, not {type(value).__name__}")
    if value not in KINDS:
        raise ValueError(f"{name} must be one of {', '.join(map(repr, KINDS))} or None, not {value!r}")
    return value


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


def check(text: str, kind: str | None = None, config: Config | None = None) -> Report:
    """Check one statement. `kind` is "worry", "goal" or None to infer it."""
    return check_many([checked_text(text)], kind, config)[0]


def check_many(texts: Sequence[str], kind: str | None = None, config: Config | None = None) -> list[Report]:
    """Check many statements in one batched pass through spaCy (`nlp.pipe`)."""
    if isinstance(texts, (str, bytes, bytearray)) or not hasattr(texts, "__iter__"):
        raise TypeError(f"texts must be a list of str, not {type(texts).__name__}")
    texts = [checked_text(text, f"texts[{i}]") for i, text in enumerate(texts)]
    kind = checked_kind(kind)
    return engine(checked_config(config)).check_many(texts, [kind] * len(texts))


def check_document(text: str, kind: str | None = None, config: Config | None = None,
                   source: str | None = None) -> list[Report]:
    """Check a draft that may hold several statements under headings."""
    text = checked_text(text)
    kind = checked_kind(kind)
    source = checked_optional_str(source, "source")
    return engine(checked_config(config)).check_document(text, kind, source)


def rewrite(text: str, kind: str | None = None, names: Mapping[str, str] | None = None, config=None,
            scaffold: bool = True):
    """sos_lint.rewrite.rewrite with its arguments checked like check's (one clear error each)."""
    from .rewrite import rewrite as rewrite_one

    if names is not None and (not isinstance(names, Mapping)
                              or not all(isinstance(k, str) and isinstance(v, str) for k, v in names.items())):
        raise TypeError("names must be a dict of role to name, both str (for example {'child': 'Leah'}), "
                        f"not {type(names).__name__}")
    return rewrite_one(checked_text(text), checked_kind(kind), names, checked_config(config), scaffold=scaffold)
