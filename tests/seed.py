"""Loads the six seed exemplars from ../shared/seed/ (the council newsletter) for tests and eval."""
from __future__ import annotations

from pathlib import Path

SEED_DIR = Path(__file__).resolve().parents[2] / "shared" / "seed"


def seed_text() -> str | None:
    files = sorted(SEED_DIR.glob("*.txt")) if SEED_DIR.is_dir() else []
    return files[0].read_text(encoding="utf-8") if files else None


def seed_excerpt() -> str | None:
    """The newsletter's exemplar block: from the first worry statement to the thank-you after them."""
    text = seed_text()
    if text is None:
        return None
    start = text.index("Worry Statement 1")
    end = text.index("Also\na big thank you")
    return text[start:end]
