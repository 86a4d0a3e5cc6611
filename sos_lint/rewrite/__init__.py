"""Plain-language rewrites of worry statements and goals, in the seed newsletter's house style.

`rewrite(text)` runs two levels. Word level (safe fixes, the only ones `sos-lint check --fix`
writes): jargon, acronyms, formal and role words swapped for plain ones, passive turned active
where the sentence says who did it, long sentences split between main clauses. Statement level
(the scaffold): the draft laid out as the seed's worry statements and goals, with a visible
question in square brackets wherever the draft does not say something. Nothing is invented.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from .model import Change, Draft, Placeholder, Rewrite

__all__ = ["rewrite", "rewrite_many", "word_level_and_full", "Rewrite", "Change", "Placeholder"]

_fixers: dict = {}


@dataclass
class _Unit:
    index: int  # which input text
    offset: int  # where the statement starts in that text
    draft: Draft
    kind: str


def _fixer(engine):
    from .words import WordFixer

    key = id(engine)
    if key not in _fixers or _fixers[key].lexicons is not engine.lexicons:
        _fixers[key] = WordFixer(engine.nlp, engine.lexicons)
    return _fixers[key]


def rewrite(text: str, kind: str | None = None, names: Mapping[str, str] | None = None, config=None,
            scaffold: bool = True) -> Rewrite:
    """Rewrite one draft. `kind` is "worry", "goal" or None (headings or wording decide);
    `names` maps roles to names, e.g. {"child": "Leah", "mother": "Mum"}."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError("the draft is empty")
    return rewrite_many([text], [kind], names, config, scaffold=scaffold)[0]


def rewrite_many(texts: Sequence[str], kinds: Sequence[str | None] | None = None,
                 names: Mapping[str, str] | None = None, config=None, scaffold: bool = True,
                 safe_only: bool = False, engine=None) -> list[Rewrite]:
    """Rewrite many drafts with one batched parse per stage. `safe_only` keeps the word-level
    swaps that need no answer from the writer (what `check --fix` writes) and skips the scaffold."""
    words, full = _run(texts, kinds, names, config, scaffold and not safe_only, safe_only, engine)
    return full if full is not None else words


def word_level_and_full(texts: Sequence[str], kinds: Sequence[str | None] | None = None,
                        names: Mapping[str, str] | None = None, config=None,
                        engine=None) -> tuple[list[Rewrite], list[Rewrite]]:
    """Both levels in one pass: (word-level fixes only, full rewrite with the scaffold)."""
    return _run(texts, kinds, names, config, True, False, engine)


def _run(texts, kinds, names, config, scaffold: bool, safe_only: bool, engine):
    from .. import sections
    from ..learn.model import choose_kind
    from ..api import engine as shared_engine
    from . import scaffold as scaffolding, sentences
    from .words import normalise_names

    eng = engine or shared_engine(config)
    fixer = _fixer(eng)
    roles = normalise_names({**dict(eng.config.names), **dict(names or {})})
    texts = list(texts)
    kinds = list(kinds) if kinds is not None else [None] * len(texts)
    units: list[_Unit] = []
    notes: dict[int, list[str]] = {i: [] for i in range(len(texts))}
    for index, (text, kind) in enumerate(zip(texts, kinds)):
        # A draft that is only a heading line ("Needs statement: Mum is …") is still one statement.
        parts = sections.split(text) or [sections.Section(text.strip(), len(text) - len(text.lstrip()))]
        for part in parts:
            chosen = part.kind or kind or choose_kind(part.text)[0]  # the same choice as check
            units.append(_Unit(index, part.offset, Draft(part.text), chosen))

    docs: dict[int, object] = {}  # unit number -> parse of its current text

    def stage(make_edits) -> None:
        stale = [i for i, u in enumerate(units) if i not in docs or docs[i].text != u.draft.text]
        for i, doc in zip(stale, eng.parse([units[i].draft.text for i in stale])):
            docs[i] = doc  # a stage that changed nothing needs no new parse
        for i, unit in enumerate(units):
            unit.draft.apply(make_edits(unit, docs[i]), safe_only=safe_only)

    def words(unit, doc):
        found, kept = fixer.edits(doc, roles)
        notes[unit.index].extend(kept)
        return found

    # Passive first, so "was hurt by the infant" turns round before "the infant" becomes a name.
    stage(lambda unit, doc: sentences.passive_edits(doc))
    stage(words)
    stage(lambda unit, doc: sentences.split_edits(doc))

    def assemble() -> list[Rewrite]:
        return [_assemble(text, kinds[i], [u for u in units if u.index == i], notes[i]) for i, text in enumerate(texts)]

    words_only = assemble()
    if not scaffold:
        return words_only, None
    stage(lambda unit, doc: scaffolding.edits(doc, eng.report(doc.text, doc, unit.kind), roles))
    return words_only, assemble()


def _assemble(text: str, kind: str | None, units: list[_Unit], notes: list[str]) -> Rewrite:
    """Put each rewritten statement back in its place in the whole draft (headings untouched)."""
    pieces, changes, placeholders = [], [], []
    pos = 0
    for unit in units:
        pieces.append(text[pos: unit.offset])
        new_offset = sum(len(p) for p in pieces)
        new_text = unit.draft.text
        pieces.append(new_text)
        for change in unit.draft.changes():
            changes.append(Change(change.start + unit.offset, change.end + unit.offset, change.original,
                                  change.replacement, change.code, change.reason, change.safe, change.codes))
        for mark in unit.draft.placeholders():
            placeholders.append(Placeholder(mark.text, mark.start + new_offset, mark.end + new_offset))
        pos = unit.offset + len(unit.draft.original)
    pieces.append(text[pos:])
    kinds = {u.kind for u in units}
    chosen = kind or (next(iter(kinds)) if len(kinds) == 1 else None)
    return Rewrite(text, "".join(pieces), chosen, changes, placeholders, list(dict.fromkeys(notes)))
