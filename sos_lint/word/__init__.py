"""Word (.docx) plans: read their statements (reader) and write a reviewed copy with comments (annotate)."""
from __future__ import annotations

from .reader import MAX_DOCX_BYTES, WordDraft, WordError, WordStatement, read_word, read_word_bytes

__all__ = ["MAX_DOCX_BYTES", "WordDraft", "WordError", "WordStatement", "read_word", "read_word_bytes"]
