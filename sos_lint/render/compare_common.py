"""Sentences every comparison renderer shares: who took part, what was redacted, what the draft is."""
from __future__ import annotations

from ..redact import ALL_TYPES, TYPE_WORDS


def authors_line(comparison) -> str:
    drafts = len(comparison.authors)
    line = f"{drafts} draft{'s' if drafts != 1 else ''} compared: {', '.join(comparison.authors)}."
    if comparison.errors:
        line += f" {len(comparison.errors)} input{'s' if len(comparison.errors) != 1 else ''} could not be read."
    for note in getattr(comparison, "notes", ()):
        line += f" {note}"
    return line


def redaction_line(counts: dict[str, int]) -> str:
    """What was taken out, by type and count only: the values themselves are never shown."""
    parts = [f"{counts[t]} {TYPE_WORDS.get(t, (t, t + 's'))[counts[t] != 1]}" for t in ALL_TYPES if counts.get(t)]
    if not parts:
        return "Redacted for sharing: nothing identifying was found."
    return "Redacted for sharing: " + ", ".join(parts) + "."


def combined_note(kind) -> str:
    if getattr(kind, "withheld", ""):
        return "No combined draft: " + kind.withheld
    if kind.combined_is_top_draft:
        return ("No structure parts were found, so this is the highest-scoring draft as written. "
                "Each sentence shows whose draft it is from.")
    return ("The strongest sentence for each part of the statement, copied word for word from the drafts. "
            "Each sentence shows whose draft it is from. Read it through together and smooth the joins.")
