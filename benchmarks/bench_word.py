"""Reading a 50-page Word plan: time for read_word against python-docx's own Document() load of the
same file, in the same process (median of several runs), so the figure travels between machines."""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

PARAGRAPH = ("On the home visit the family support worker saw that the kitchen had food in the fridge and "
             "the children had clean clothes. Mum said she had been to the GP and was taking her tablets. ")


def fifty_page_plan(path: Path) -> tuple[Path, int]:
    """About 50 pages: case text and chronology around ten statements, half of them in tables."""
    from docx import Document

    from word_fixtures import GOAL, GOOD_WORRY

    doc = Document()
    words = 0
    for section in range(10):
        doc.add_heading(f"Section {section + 1}: case history", 1)
        for _ in range(25):
            doc.add_paragraph(PARAGRAPH * 3)
            words += len(PARAGRAPH.split()) * 3
        if section % 2:
            table = doc.add_table(rows=2, cols=2)
            table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Worry statement", GOOD_WORRY
            table.rows[1].cells[0].text, table.rows[1].cells[1].text = "Safety goal", GOAL
        else:
            doc.add_heading("Danger statement", 2)
            doc.add_paragraph(GOOD_WORRY)
            doc.add_heading("Safety goal", 2)
            doc.add_paragraph(GOAL)
        words += len(GOOD_WORRY.split()) + len(GOAL.split())
    doc.save(path)
    return path, words


def median_seconds(action, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    from docx import Document

    from sos_lint.word import read_word

    with tempfile.TemporaryDirectory() as folder:
        path, words = fifty_page_plan(Path(folder) / "plan.docx")
        read_word(path)  # warm imports
        load = median_seconds(lambda: Document(str(path)))
        read = median_seconds(lambda: read_word(path))
        print(f"word: 50-page plan ({words:,} words, {path.stat().st_size / 1000:.0f} KB): "
              f"read_word {read * 1000:.0f} ms, python-docx load alone {load * 1000:.0f} ms, "
              f"ratio {read / load:.2f}")


if __name__ == "__main__":
    main()
