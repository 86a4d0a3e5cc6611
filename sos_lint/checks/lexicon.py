"""Lexicon rules' shared machinery: TOML word lists matched on lemmas and exact forms with spaCy."""
from __future__ import annotations

from dataclasses import dataclass

from ..data import load_toml


@dataclass(frozen=True)
class Entry:
    phrase: str
    group: str  # the entry's category (jargon.toml) or kind (specificity.toml)
    replacement: str = ""
    advice: str = ""
    source: str = ""
    with_behaviour_ok: bool = False
    variants: tuple[str, ...] = ()

    @property
    def case_sensitive(self) -> bool:
        return any(ch.isupper() for ch in self.phrase)


def load_entries(filename: str, extra: tuple[tuple[str, str], ...] = ()) -> list[Entry]:
    """Entries of one lexicon file, plus local terms from the user's configuration."""
    entries = []
    for raw in load_toml(filename).get("term", []):
        entries.append(Entry(
            phrase=raw["phrase"],
            group=raw.get("category") or raw.get("kind") or "",
            replacement=raw.get("replacement", ""),
            advice=raw.get("advice", ""),
            source=raw.get("source", ""),
            with_behaviour_ok=bool(raw.get("with_behaviour_ok", False)),
            variants=tuple(raw.get("variants", ())),
        ))
    for phrase, alternative in extra:
        entries.append(Entry(phrase=phrase, group="local", replacement=alternative,
                             advice=f"Write \"{alternative}\" or say what you mean in everyday words."
                             if alternative else "Say what you mean in everyday words.",
                             source="your .sos-lint.toml"))
    return entries


class LexiconIndex:
    """Phrase matchers for each lexicon file, built once per pipeline and configuration."""

    def __init__(self, nlp, extra_jargon: tuple[tuple[str, str], ...] = ()):
        self._nlp = nlp
        self._extra = {"jargon.toml": extra_jargon}
        self._built: dict[str, tuple] = {}

    def entries(self, filename: str) -> list[Entry]:
        return self._build(filename)[0]

    def _build(self, filename: str):
        if filename not in self._built:
            from spacy.matcher import PhraseMatcher

            entries = load_entries(filename, self._extra.get(filename, ()))
            exact = PhraseMatcher(self._nlp.vocab, attr="ORTH")
            lower = PhraseMatcher(self._nlp.vocab, attr="LOWER")
            lemma = PhraseMatcher(self._nlp.vocab, attr="LEMMA")
            plain: list[tuple[str, str]] = []
            for index, entry in enumerate(entries):
                key = str(index)
                for form in (entry.phrase, *entry.variants):
                    if entry.case_sensitive and form.isupper():
                        exact.add(key, [self._nlp.make_doc(form)])
                    else:
                        plain.append((key, form))
            for key, form in plain:
                lower.add(key, [self._nlp.make_doc(form)])
            # Lemma patterns need the tagger and lemmatizer; one batched pass at start-up.
            forms = [form for _, form in plain]
            with self._nlp.select_pipes(disable=[p for p in ("parser", "ner") if p in self._nlp.pipe_names]):
                for (key, _), pattern in zip(plain, self._nlp.pipe(forms)):
                    lemma.add(key, [pattern])
            self._built[filename] = (entries, (exact, lower, lemma))
        return self._built[filename]

    def find(self, filename: str, doc, per_group: bool = False) -> list:
        """Return (span, entry) pairs, keeping the longest of overlapping matches (within each
        group when `per_group`, so cues of different kinds may share words)."""
        from spacy.util import filter_spans

        entries, matchers = self._build(filename)
        groups: dict[str, list] = {}
        for matcher in matchers:
            for match_id, start, end in matcher(doc):
                span = doc[start:end]
                span.label_ = self._nlp.vocab.strings[match_id]
                group = entries[int(span.label_)].group if per_group else ""
                groups.setdefault(group, []).append(span)
        kept = [span for spans in groups.values() for span in filter_spans(spans)]
        return [(span, entries[int(span.label_)]) for span in sorted(kept, key=lambda s: (s.start, s.end))]
