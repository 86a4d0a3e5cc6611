"""The lexicons' lemma pass, read from a shipped table when the table was made for these phrases.

Every phrase matcher (checks/lexicon.py, rewrite/words.py) gets its lemma patterns by piping
thousands of short phrases through the tagger and lemmatizer: about a second of every cold
`check`, redone identically on every start. `python -m devtools.pattern_lemmas` records those
passes (the exact list of phrases, in order, and each token's lemma) in models/pattern_lemmas.json.gz.
Here a pipeline wrapper answers such a pass from the table, and only when everything that decides
the lemmas is the same: the spaCy release, the model and its version, the components running and
the exact list of phrases. Anything else (a lexicon edited since, a user's own jargon, another
model) is piped as before, so matches never depend on whether the table was used.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import threading
from pathlib import Path

from .data import data_dir

TABLE = "pattern_lemmas.json.gz"


def pass_key(nlp, texts: list[str]) -> str:
    """One pass: the components running (select_pipes may have left some out) and the phrases."""
    return hashlib.sha256(json.dumps([list(nlp.pipe_names), texts], ensure_ascii=False).encode("utf-8")).hexdigest()


def pipeline_id(nlp) -> dict:
    """What else decides a lemma: spaCy's release, the model and its version."""
    import spacy

    meta = getattr(nlp, "language", nlp).meta
    return {"spacy": spacy.__version__, "model": f"{meta['lang']}_{meta['name']}", "version": meta["version"]}


def read_table(path: Path | None = None) -> dict:
    """The shipped table, or an empty one when it is missing or unreadable (then every pass runs)."""
    path = path or data_dir("models") / TABLE
    try:
        return json.loads(gzip.decompress(Path(path).read_bytes()).decode("utf-8"))
    except (OSError, ValueError):
        return {}


class TabledPipeline:
    """A loaded pipeline (nlp.SharedPipeline) whose lemma passes over known phrase lists come from
    the table; everything else, calls and attributes, is the pipeline's own."""

    def __init__(self, nlp, table: dict | None = None):
        self._nlp = nlp
        self._table = table
        self._lock = threading.Lock()
        self.served = 0  # passes answered from the table (benchmarks report it)

    def __getattr__(self, name):
        return getattr(self._nlp, name)

    def __call__(self, text, **options):
        return self._nlp(text, **options)

    def _lemmas(self, texts: list[str]):
        with self._lock:
            if self._table is None:
                self._table = read_table()
        table = self._table
        if not table or table.get("pipeline") != pipeline_id(self._nlp):
            return None
        return table.get("passes", {}).get(pass_key(self._nlp, texts))

    def pipe(self, texts, **options):
        if options:  # batch sizes, tuples, processes: not how the lexicons pipe their phrases
            return self._nlp.pipe(texts, **options)
        texts = list(texts)
        lemmas = self._lemmas(texts)
        if lemmas is None or len(lemmas) != len(texts):
            return self._nlp.pipe(texts)
        docs = [self._nlp.make_doc(text) for text in texts]
        if any(len(doc) != len(words) for doc, words in zip(docs, lemmas)):
            return self._nlp.pipe(texts)
        for doc, words in zip(docs, lemmas):
            for token, lemma in zip(doc, words):
                token.lemma_ = lemma
        self.served += 1
        return iter(docs)


class RecordingPipeline(TabledPipeline):
    """Pipes every pass for real and keeps each one's lemmas (devtools.pattern_lemmas writes them)."""

    def __init__(self, nlp):
        super().__init__(nlp, {})
        self.passes: dict[str, list[list[str]]] = {}
        self.phrases: dict[str, list[str]] = {}  # the same passes' phrases (tests pipe them again)

    def pipe(self, texts, **options):
        if options:
            return self._nlp.pipe(texts, **options)
        texts = list(texts)
        docs = list(self._nlp.pipe(texts))
        key = pass_key(self._nlp, texts)
        self.passes[key] = [[t.lemma_ for t in doc] for doc in docs]
        self.phrases[key] = texts
        return iter(docs)
