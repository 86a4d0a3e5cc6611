"""The lexicons' lemma pass, read from a shipped table when the table was made for these phrases.

Every phrase matcher (checks/lexicon.py, rewrite/words.py) gets its lemma patterns by piping
thousands of short phrases through the tagger and lemmatizer: about a second of every cold
`check`, redone identically on every start. `python -m devtools.pattern_lemmas` records those
passes (the exact list of phrases, in order, and each token's lemma) in models/pattern_lemmas.json.gz.
Here a pipeline wrapper answers such a pass from the table, and only when everything that decides
the lemmas is the same: the spaCy release, the model and its version, the components running and
the exact list of phrases. Anything else (a lexicon edited since, a user's own jargon, another
model) is piped as before, so matches never depend on whether the table was used.

Round 22: the table also holds each pass's words as the tokenizer splits them, and the
tokenizer's own pass over the lexicons' exact forms, so the lexicons' matchers take their patterns
as attribute values without making a Doc (and a lexeme for every phrase word) at start-up. The
words are used only when the tokenizer's rules are the ones they were made with (pipeline_id).
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


def words_key(texts: list[str]) -> str:
    """A pass of the tokenizer alone (the lexicons' exact-form phrases)."""
    return hashlib.sha256(json.dumps(["tokenizer", texts], ensure_ascii=False).encode("utf-8")).hexdigest()


def pipeline_id(nlp) -> dict:
    """What else decides a lemma or a word: spaCy's release, the model and its version, and the
    tokenizer's rules as loaded (nlp.py changes the suffixes)."""
    import spacy

    meta = getattr(nlp, "language", nlp).meta
    return {"spacy": spacy.__version__, "model": f"{meta['lang']}_{meta['name']}", "version": meta["version"],
            "tokenizer": tokenizer_id(nlp)}


def tokenizer_id(nlp) -> str:
    """A fingerprint of the tokenizer's affix and match rules and the number of its special cases."""
    tokenizer = nlp.tokenizer

    def rule(name: str):
        found = getattr(tokenizer, name, None)
        owner = getattr(found, "__self__", None)
        return getattr(owner, "pattern", None) if owner is not None else (None if found is None else repr(found))

    parts = [rule(name) for name in ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match")]
    parts.append(len(tokenizer.rules or {}))
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]




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
        self._fits: bool | None = None  # the table was made for this pipeline (decided once)
        self._lock = threading.Lock()
        self.served = 0  # passes answered from the table (benchmarks report it)

    def __getattr__(self, name):
        return getattr(self._nlp, name)

    def __call__(self, text, **options):
        return self._nlp(text, **options)

    def _current(self) -> dict:
        """The table when it was made for this pipeline, else {} (read once, on first use)."""
        with self._lock:
            if self._table is None:
                self._table = read_table()
            if self._fits is None:
                self._fits = bool(self._table) and self._table.get("pipeline") == pipeline_id(self._nlp)
        return self._table if self._fits else {}

    def _lemmas(self, texts: list[str]):
        return self._current().get("passes", {}).get(pass_key(self._nlp, texts))

    def phrase_words(self, texts: list[str], lemmas: bool = True):
        """Each phrase's words (and, with `lemmas`, their lemmas from the pass the components now
        running would make) as the table holds them, or None when it does not hold this pass."""
        table = self._current()
        if lemmas:
            key = pass_key(self._nlp, texts)
            words, found = table.get("words", {}).get(key), table.get("passes", {}).get(key)
            if words is None or found is None or len(words) != len(texts) or len(found) != len(texts) \
                    or any(len(w) != len(l) for w, l in zip(words, found)):
                return None
            self.served += 1
            return list(zip(words, found))
        words = table.get("words", {}).get(words_key(texts))
        if words is None or len(words) != len(texts):
            return None
        self.served += 1
        return [(w, None) for w in words]

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
        self.words: dict[str, list[list[str]]] = {}  # each pass's words, and the tokenizer's own passes
        self.tokenized: dict[str, list[str]] = {}  # the tokenizer's own passes' phrases

    def pipe(self, texts, **options):
        if options:
            return self._nlp.pipe(texts, **options)
        texts = list(texts)
        docs = list(self._nlp.pipe(texts))
        key = pass_key(self._nlp, texts)
        self.passes[key] = [[t.lemma_ for t in doc] for doc in docs]
        self.words[key] = [[t.text for t in doc] for doc in docs]
        self.phrases[key] = texts
        return iter(docs)

    def phrase_words(self, texts: list[str], lemmas: bool = True):
        texts = list(texts)
        if lemmas:
            docs = list(self.pipe(texts))
            return [([t.text for t in doc], [t.lemma_ for t in doc]) for doc in docs]
        words = [[t.text for t in self._nlp.make_doc(text)] for text in texts]
        self.words[words_key(texts)] = words
        self.tokenized[words_key(texts)] = texts
        return [(w, None) for w in words]
